import Fluent
import Foundation
import SQLKit
import VeDichCore

/// What an import brought: rows added and rows changed per kind, values already held.
public struct ExchangeImportSummary: Sendable, Codable, Equatable {
    public var province: String
    public var added: [String: Int] = [:]
    public var changed: [String: Int] = [:]
    /// Value revisions the receiver already held, identical: a packet sent twice changes nothing.
    public var valuesAlreadyHeld = 0

    public var isNoChange: Bool { added.values.allSatisfy { $0 == 0 } && changed.values.allSatisfy { $0 == 0 } }
}

extension Store {
    /// Takes a province's packet, all or nothing: a packet with any problem, or a value revision
    /// the receiver holds with other content, is refused with every reason and nothing written.
    /// Rows are matched by code (the province by name); new ones are added, changed ones
    /// updated, nothing is deleted, every value revision the receiver holds stays as it is.
    /// Every row added or changed is in the change log (`actor`, now, old and new, `source`).
    public func importExchange(_ packet: ExchangePacket, actor: String, source: String) async throws -> ExchangeImportSummary {
        guard packet.quyChuan == ExchangePacket.regulation else { throw ExchangeError.wrongRegulation(found: packet.quyChuan) }
        guard packet.dinhDang == ExchangePacket.currentFormat else { throw ExchangeError.unsupportedFormat(found: packet.dinhDang) }
        let problems = packet.problems()
        guard problems.isEmpty else { throw ExchangeError.invalid(problems: problems) }
        let reason = "Nhập gói tin \(ExchangePacket.regulation) của \(packet.donViGui.ten) (tạo lúc \(packet.thoiGianTao)) từ \(source)"
        return try await database.writeTransaction { database in
            let store = Store(database: database, snapshots: snapshots)
            var importer = try await ExchangeImporter(store: store, packet: packet, actor: actor, reason: reason)
            try await importer.apply()
            try await store.bumpGeneration(plans: .province(importer.provinceID))
            return importer.summary
        }
    }
}

/// One import inside its transaction: the receiver's rows of the province read once (as a
/// packet, so comparing is comparing packets), then what differs written.
struct ExchangeImporter {
    let sql: any SQLDatabase
    let store: Store
    let packet: ExchangePacket
    let actor: String
    let reason: String
    let now = Date()
    let provinceID: UUID
    let held: ExchangePacket
    /// "sqlite" or "postgresql": how a received time is stored (`ExchangeTime.storable`).
    let dialect: String
    var summary: ExchangeImportSummary
    var log: [ChangeRow] = []

    init(store: Store, packet: ExchangePacket, actor: String, reason: String) async throws {
        self.store = store
        self.sql = try store.database.sql
        dialect = sql.dialect.name
        self.packet = packet
        self.actor = actor
        self.reason = reason
        summary = ExchangeImportSummary(province: packet.donViGui.ten)
        let name = packet.donViGui.ten
        if let row = try await sql.raw("SELECT id FROM admin_units WHERE name = \(bind: name) AND level = 'province'").first() {
            provinceID = try row.decode(column: "id", as: UUID.self)
        } else {
            let row = UnitRow(code: packet.donViGui.ma, name: name, level: "province")
            try await sql.insertRows([row], into: "admin_units")
            provinceID = row.id
            summary.added["province", default: 0] += 1
            log.append(ChangeRow(at: now, actor: actor, entity: "admin_unit", entity_id: row.id, field: "exchange", new_value: name, reason: reason))
        }
        held = try await store.exchangePacket(province: name)
    }

    private func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }

    private mutating func note(_ kind: String, id: UUID?, planID: UUID? = nil, indicatorID: UUID? = nil, old: (some Encodable)?, new: some Encodable) {
        if old == nil { summary.added[kind, default: 0] += 1 } else { summary.changed[kind, default: 0] += 1 }
        log.append(ChangeRow(at: now, actor: actor, entity: kind, entity_id: id, plan_id: planID, indicator_id: indicatorID, field: "exchange",
                             old_value: old.map { json($0) }, new_value: json(new), reason: reason))
    }

    private func ids(_ query: SQLQueryString, key: (any SQLRow) throws -> String) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        for row in try await sql.raw(query).all() { ids[try key(row)] = try row.decode(column: "id", as: UUID.self) }
        return ids
    }

    mutating func apply() async throws {
        let catalogue = packet.danhMucChiTieu
        // Units and agencies.
        var units = try await ids("SELECT id, name FROM admin_units WHERE id = \(bind: provinceID) OR parent_id = \(bind: provinceID)") {
            try $0.decode(column: "name", as: String.self)
        }
        for unit in catalogue.donViHanhChinh where units[unit.ten] == nil {
            let row = UnitRow(code: unit.ma, name: unit.ten, level: unit.cap, parent_id: provinceID)
            try await sql.insertRows([row], into: "admin_units")
            units[unit.ten] = row.id
            note("admin_unit", id: row.id, old: ExchangePacket.Unit?.none, new: unit)
        }
        let heldAgencies = Dictionary(held.danhMucChiTieu.coQuan.map { ($0.ten, $0) }, uniquingKeysWith: { first, _ in first })
        var agencies = try await ids("SELECT a.id, a.name FROM agencies a JOIN admin_units u ON u.id = a.unit_id WHERE u.id = \(bind: provinceID) OR u.parent_id = \(bind: provinceID)") {
            try $0.decode(column: "name", as: String.self)
        }
        for agency in catalogue.coQuan where heldAgencies[agency.ten] != agency {
            let row = AgencyRow(id: agencies[agency.ten] ?? UUID(), unit_id: units[agency.donViHanhChinh] ?? provinceID, name: agency.ten, kind: agency.loai)
            if agencies[agency.ten] == nil { try await sql.insertRows([row], into: "agencies") } else { try await sql.updateRow(row, in: "agencies", id: row.id) }
            agencies[agency.ten] = row.id
            note("agency", id: row.id, old: heldAgencies[agency.ten], new: agency)
        }
        try await indicators(agencies: agencies)
        let indicators = try await ids("SELECT id, key FROM indicators WHERE unit_id = \(bind: provinceID)") { try $0.decode(column: "key", as: String.self) }
        let periods = try await self.periods()
        try await plans(indicators: indicators)
        let plans = try await ids("SELECT id, horizon, start_year, end_year FROM plans WHERE unit_id = \(bind: provinceID)") {
            ExchangeCode.plan(horizon: try $0.decode(column: "horizon", as: String.self), start: try $0.decode(column: "start_year", as: Int.self),
                              end: try $0.decode(column: "end_year", as: Int.self))
        }
        try await values(indicators: indicators, periods: periods, agencies: agencies)
        try await statuses(plans: plans, agencies: agencies)
        try await sql.insertRows(log, into: "change_log")
    }

    private mutating func indicators(agencies: [String: UUID]) async throws {
        let heldIndicators = Dictionary(held.danhMucChiTieu.chiTieu.map { ($0.ma, $0) }, uniquingKeysWith: { first, _ in first })
        let existing = try await ids("SELECT id, key FROM indicators WHERE unit_id = \(bind: provinceID)") { try $0.decode(column: "key", as: String.self) }
        for indicator in packet.danhMucChiTieu.chiTieu where heldIndicators[indicator.ma] != indicator {
            let id = existing[indicator.ma] ?? UUID()
            let row = IndicatorRow(id: id, unit_id: provinceID, key: indicator.ma, name: indicator.ten, measure_unit: indicator.donViTinh,
                                   direction: indicator.chieuDanhGia, direction_reason: indicator.lyDoChieuDanhGia,
                                   agency_id: indicator.coQuanChuTri.flatMap { agencies[$0] }, national_code: indicator.maQuocGia,
                                   retired_at: ExchangeTime.storable(indicator.ngungTheoDoiLuc, dialect: dialect), retired_reason: indicator.lyDoNgungTheoDoi,
                                   revision: indicator.lanSua)
            if existing[indicator.ma] == nil { try await sql.insertRows([row], into: "indicators") } else { try await sql.updateRow(row, in: "indicators", id: id) }
            if heldIndicators[indicator.ma]?.coQuanPhoiHop != indicator.coQuanPhoiHop {
                try await sql.raw("DELETE FROM indicator_co_agencies WHERE indicator_id = \(bind: id)").run()
                for agency in indicator.coQuanPhoiHop.compactMap({ agencies[$0] }) {
                    try await sql.raw("INSERT INTO indicator_co_agencies (id, indicator_id, agency_id) VALUES (\(bind: UUID()), \(bind: id), \(bind: agency))").run()
                }
            }
            note("indicator", id: id, indicatorID: id, old: heldIndicators[indicator.ma], new: indicator)
        }
    }

    /// Periods are shared by every province: one missing is added, none is changed.
    private mutating func periods() async throws -> [String: UUID] {
        var periods = try await ids("SELECT id, kind, start_year, end_year FROM periods") {
            ExchangeCode.period(kind: try $0.decode(column: "kind", as: String.self), start: try $0.decode(column: "start_year", as: Int.self),
                                end: try $0.decode(column: "end_year", as: Int.self))
        }
        for period in packet.danhMucKyBaoCao.kyBaoCao where periods[period.ma] == nil {
            let id = UUID()
            try await sql.raw("INSERT INTO periods (id, kind, start_year, end_year) VALUES (\(bind: id), \(bind: period.loai), \(bind: period.namBatDau), \(bind: period.namKetThuc))").run()
            periods[period.ma] = id
            note("period", id: id, old: ExchangePacket.Period?.none, new: period)
        }
        return periods
    }

    private mutating func plans(indicators: [String: UUID]) async throws {
        let heldPlans = Dictionary(held.danhMucChiTieu.keHoach.map { ($0.ma, $0) }, uniquingKeysWith: { first, _ in first })
        for plan in packet.danhMucChiTieu.keHoach where heldPlans[plan.ma] != plan {
            let old = heldPlans[plan.ma]
            let existingID = try await sql.raw("""
                SELECT id FROM plans WHERE unit_id = \(bind: provinceID) AND horizon = \(bind: plan.loai)
                AND start_year = \(bind: plan.namBatDau) AND end_year = \(bind: plan.namKetThuc)
                """).first()?.decode(column: "id", as: UUID.self)
            let planID = existingID ?? UUID()
            var bare = plan, oldBare = old
            bare.nhom = []; bare.chiTieu = []; bare.chiTieuKeHoach = []
            oldBare?.nhom = []; oldBare?.chiTieu = []; oldBare?.chiTieuKeHoach = []
            if bare != oldBare {
                let row = PlanRow(id: planID, unit_id: provinceID, title: plan.ten, horizon: plan.loai, start_year: plan.namBatDau, end_year: plan.namKetThuc,
                                  composite_policy: plan.cachTongHop, governing_issuer: plan.capGiaoApDung, range_end: plan.canDoTyLe,
                                  issued_at: ExchangeTime.storable(plan.banHanhLuc, dialect: dialect), issued_by: plan.banHanhBoi, data_cutoffs: plan.ngayChotSoLieu)
                if existingID == nil { try await sql.insertRows([row], into: "plans") } else { try await sql.updateRow(row, in: "plans", id: planID) }
                note("plan", id: planID, planID: planID, old: oldBare, new: bare)
            }
            // Groups, placements and targets of the plan, each by its code.
            var groups = try await ids("SELECT id, numeral FROM indicator_groups WHERE plan_id = \(bind: planID)") { try $0.decode(column: "numeral", as: String.self) }
            let heldGroups = Dictionary((old?.nhom ?? []).map { ($0.so, $0) }, uniquingKeysWith: { first, _ in first })
            for group in plan.nhom where heldGroups[group.so] != group {
                let row = GroupRow(id: groups[group.so] ?? UUID(), plan_id: planID, numeral: group.so, title: group.ten, position: group.thuTu)
                if groups[group.so] == nil { try await sql.insertRows([row], into: "indicator_groups") } else { try await sql.updateRow(row, in: "indicator_groups", id: row.id) }
                groups[group.so] = row.id
                note("indicator_group", id: row.id, planID: planID, old: heldGroups[group.so], new: group)
            }
            let placed = try await ids("SELECT p.id, i.key FROM plan_indicators p JOIN indicators i ON i.id = p.indicator_id WHERE p.plan_id = \(bind: planID)") {
                try $0.decode(column: "key", as: String.self)
            }
            let heldPlacements = Dictionary((old?.chiTieu ?? []).map { ($0.maChiTieu, $0) }, uniquingKeysWith: { first, _ in first })
            for placement in plan.chiTieu where heldPlacements[placement.maChiTieu] != placement {
                guard let indicatorID = indicators[placement.maChiTieu] else { continue }
                let row = PlacementRow(id: placed[placement.maChiTieu] ?? UUID(), plan_id: planID, indicator_id: indicatorID,
                                       group_id: placement.nhom.flatMap { groups[$0] }, code: placement.maTrongKeHoach,
                                       parent_indicator_id: placement.chiTieuCha.flatMap { indicators[$0] }, position: placement.thuTu)
                if placed[placement.maChiTieu] == nil { try await sql.insertRows([row], into: "plan_indicators") } else { try await sql.updateRow(row, in: "plan_indicators", id: row.id) }
                note("plan_indicator", id: row.id, planID: planID, indicatorID: indicatorID, old: heldPlacements[placement.maChiTieu], new: placement)
            }
            let targeted = try await ids("SELECT t.id, i.key, t.issuer FROM targets t JOIN indicators i ON i.id = t.indicator_id WHERE t.plan_id = \(bind: planID)") {
                try $0.decode(column: "key", as: String.self) + "|" + $0.decode(column: "issuer", as: String.self)
            }
            let heldTargets = Dictionary((old?.chiTieuKeHoach ?? []).map { ($0.maChiTieu + "|" + $0.capGiao, $0) }, uniquingKeysWith: { first, _ in first })
            for target in plan.chiTieuKeHoach where heldTargets[target.maChiTieu + "|" + target.capGiao] != target {
                guard let indicatorID = indicators[target.maChiTieu] else { continue }
                let key = target.maChiTieu + "|" + target.capGiao
                let row = TargetRow(id: targeted[key] ?? UUID(), planID: planID, indicatorID: indicatorID, target: target, dialect: dialect)
                if targeted[key] == nil { try await sql.insertRows([row], into: "targets") } else { try await sql.updateRow(row, in: "targets", id: row.id) }
                note("target", id: row.id, planID: planID, indicatorID: indicatorID, old: heldTargets[key], new: target)
            }
        }
    }

    /// A revision held with the same content is left; with other content it is a conflict and
    /// the whole packet is refused: a revision, once recorded, never changes.
    private mutating func values(indicators: [String: UUID], periods: [String: UUID], agencies: [String: UUID]) async throws {
        func key(_ value: ExchangePacket.Value) -> String { "\(value.maChiTieu)|\(value.maKy)|\(value.loaiSoLieu)|\(value.lanSua)" }
        let heldValues = Dictionary(held.soLieuBaoCao.soLieu.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [ObservationRow] = []
        var conflicts: [String] = []
        for value in packet.soLieuBaoCao.soLieu {
            if let heldValue = heldValues[key(value)] {
                if heldValue == value { summary.valuesAlreadyHeld += 1 } else {
                    conflicts.append("chỉ tiêu “\(value.maChiTieu)”, kỳ \(value.maKy), \(value.loaiSoLieu), lần sửa \(value.lanSua): đã nhận “\(heldValue.giaTri)”, gói mới ghi “\(value.giaTri)”")
                }
                continue
            }
            guard let indicatorID = indicators[value.maChiTieu], let periodID = periods[value.maKy] else { continue }
            let row = ObservationRow(indicatorID: indicatorID, periodID: periodID, agencyID: value.coQuan.flatMap { agencies[$0] }, value: value, dialect: dialect)
            rows.append(row)
            note("value", id: row.id, indicatorID: indicatorID, old: ExchangePacket.Value?.none, new: value)
        }
        guard conflicts.isEmpty else { throw ExchangeError.conflicts(problems: conflicts) }
        try await sql.insertRows(rows, into: "observations")
    }

    private mutating func statuses(plans: [String: UUID], agencies: [String: UUID]) async throws {
        func key(_ status: ExchangePacket.Status) -> String { "\(status.maKeHoach)|\(status.coQuan)|\(status.maKy)|\(status.loaiSoLieu)" }
        let heldStatuses = Dictionary(held.trangThaiBaoCao.trangThai.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        for status in packet.trangThaiBaoCao.trangThai where heldStatuses[key(status)] != status {
            guard let planID = plans[status.maKeHoach], let agencyID = agencies[status.coQuan], let period = ExchangeCode.parts(status.maKy) else { continue }
            let existingID = try await sql.raw("""
                SELECT id FROM submissions WHERE plan_id = \(bind: planID) AND agency_id = \(bind: agencyID) AND period_kind = \(bind: period.kind)
                AND start_year = \(bind: period.start) AND end_year = \(bind: period.end) AND version = \(bind: status.loaiSoLieu)
                """).first()?.decode(column: "id", as: UUID.self)
            let row = SubmissionRow(id: existingID ?? UUID(), plan_id: planID, agency_id: agencyID, period_kind: period.kind, start_year: period.start,
                                    end_year: period.end, version: status.loaiSoLieu, status: status.trangThai, comment: status.ghiChu,
                                    changed_by: status.nguoiDoi, changed_at: ExchangeTime.storable(status.thoiDiemDoi, dialect: dialect), revision: status.lanSua)
            if existingID == nil { try await sql.insertRows([row], into: "submissions") } else { try await sql.updateRow(row, in: "submissions", id: row.id) }
            note("submission", id: row.id, planID: planID, old: heldStatuses[key(status)], new: status)
        }
    }
}
