import Fluent
import Foundation
import SQLKit
import VeDichCore

extension Store {
    /// Everything of one province another server needs to show it as this one does: its
    /// catalogue and plans, the periods its values are for, every revision of every value, and
    /// the workflow status of each agency's figures. Sorted, so equal data gives an equal packet.
    public func exchangePacket(province name: String, now: Date = Date()) async throws -> ExchangePacket {
        let sql = try database.sql
        guard let province = try await sql.raw("SELECT id, code FROM admin_units WHERE name = \(bind: name) AND level = 'province'").first() else {
            throw ExchangeError.provinceNotFound(name: name)
        }
        let provinceID = try province.decode(column: "id", as: UUID.self)
        let read = ExchangeReader(sql: sql, provinceID: provinceID, provinceName: name)
        let catalogue = try await read.catalogue()
        let (periods, values) = try await read.values()
        let statuses = try await read.statuses()
        // A status may be for a period no value is for yet (figures submitted empty).
        var periodsByCode = Dictionary(periods.values.map { ($0.ma, $0) }, uniquingKeysWith: { first, _ in first })
        for status in statuses where periodsByCode[status.maKy] == nil {
            periodsByCode[status.maKy] = ExchangeCode.periodEntry(code: status.maKy)
        }
        let periodRows = periodsByCode.values.compactMap { $0 }.sorted { ($0.loai, $0.namBatDau, $0.namKetThuc) < ($1.loai, $1.namBatDau, $1.namKetThuc) }
        return ExchangePacket(
            quyChuan: ExchangePacket.regulation, dinhDang: ExchangePacket.currentFormat,
            donViGui: .init(ma: try province.decodeNil(column: "code") ? nil : try province.decode(column: "code", as: String.self), ten: name),
            thoiGianTao: ExchangeTime.text(now),
            danhMucChiTieu: catalogue, danhMucKyBaoCao: .init(kyBaoCao: periodRows),
            soLieuBaoCao: .init(soLieu: values), trangThaiBaoCao: .init(trangThai: statuses))
    }
}

/// The period code of packets: `kind:start-end`.
enum ExchangeCode {
    static func period(kind: String, start: Int, end: Int) -> String { "\(kind):\(start)-\(end)" }
    static func plan(horizon: String, start: Int, end: Int) -> String { "\(horizon):\(start)-\(end)" }

    /// `kind:start-end` read back; nil when it is not of that form.
    static func parts(_ code: String) -> (kind: String, start: Int, end: Int)? {
        let halves = code.split(separator: ":")
        guard halves.count == 2 else { return nil }
        let years = halves[1].split(separator: "-")
        guard years.count == 2, let start = Int(years[0]), let end = Int(years[1]) else { return nil }
        return (String(halves[0]), start, end)
    }

    static func periodEntry(kind: String, start: Int, end: Int) -> ExchangePacket.Period {
        // The stored kind names quarters and months too ("quarter_2", "month_06").
        let name = Period(storageKind: kind, startYear: start, endYear: end)?.description ?? kind
        return .init(ma: period(kind: kind, start: start, end: end), loai: kind, namBatDau: start, namKetThuc: end, ten: name)
    }

    static func periodEntry(code: String) -> ExchangePacket.Period? {
        parts(code).map { periodEntry(kind: $0.kind, start: $0.start, end: $0.end) }
    }
}

/// Reads one province's rows, turning ids into the codes packets use.
struct ExchangeReader {
    let sql: any SQLDatabase
    let provinceID: UUID
    let provinceName: String

    private func optional<T: Decodable>(_ row: any SQLRow, _ column: String, as type: T.Type = T.self) throws -> T? {
        try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: T.self)
    }

    private func time(_ row: any SQLRow, _ column: String) throws -> String? {
        try optional(row, column, as: Date.self).map(ExchangeTime.text)
    }

    func agencyNames() async throws -> [UUID: String] {
        let rows = try await sql.raw("""
            SELECT a.id, a.name FROM agencies a JOIN admin_units u ON u.id = a.unit_id
            WHERE u.id = \(bind: provinceID) OR u.parent_id = \(bind: provinceID)
            """).all()
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) })
    }

    func indicatorKeys() async throws -> [UUID: String] {
        let rows = try await sql.raw("SELECT id, key FROM indicators WHERE unit_id = \(bind: provinceID)").all()
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "key", as: String.self)) })
    }

    func catalogue() async throws -> ExchangePacket.Catalogue {
        let agencyRows = try await sql.raw("""
            SELECT a.id, a.name, a.kind, u.name AS unit_name, u.code AS unit_code, u.level, u.id AS unit_id FROM agencies a
            JOIN admin_units u ON u.id = a.unit_id WHERE u.id = \(bind: provinceID) OR u.parent_id = \(bind: provinceID)
            """).all()
        var units: [String: ExchangePacket.Unit] = [:]
        var agencies: [ExchangePacket.Agency] = []
        for row in agencyRows {
            let unitName = try row.decode(column: "unit_name", as: String.self)
            if try row.decode(column: "unit_id", as: UUID.self) != provinceID {
                units[unitName] = .init(ma: try optional(row, "unit_code"), ten: unitName, cap: try row.decode(column: "level", as: String.self))
            }
            agencies.append(.init(ten: try row.decode(column: "name", as: String.self), loai: try row.decode(column: "kind", as: String.self), donViHanhChinh: unitName))
        }
        let agencyNames = Dictionary(uniqueKeysWithValues: try agencyRows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) })
        var coAgencies: [UUID: [String]] = [:]
        for row in try await sql.raw("""
            SELECT c.indicator_id, c.agency_id FROM indicator_co_agencies c JOIN indicators i ON i.id = c.indicator_id
            WHERE i.unit_id = \(bind: provinceID)
            """).all() {
            if let name = agencyNames[try row.decode(column: "agency_id", as: UUID.self)] {
                coAgencies[try row.decode(column: "indicator_id", as: UUID.self), default: []].append(name)
            }
        }
        var indicators: [ExchangePacket.Indicator] = []
        var keys: [UUID: String] = [:]
        for row in try await sql.raw("SELECT * FROM indicators WHERE unit_id = \(bind: provinceID)").all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let key = try row.decode(column: "key", as: String.self)
            keys[id] = key
            indicators.append(.init(
                ma: key, ten: try row.decode(column: "name", as: String.self), donViTinh: try optional(row, "measure_unit"),
                chieuDanhGia: try row.decode(column: "direction", as: String.self),
                lyDoChieuDanhGia: try row.decode(column: "direction_reason", as: String.self),
                coQuanChuTri: try optional(row, "agency_id", as: UUID.self).flatMap { agencyNames[$0] },
                coQuanPhoiHop: (coAgencies[id] ?? []).sorted(), maQuocGia: try optional(row, "national_code"),
                ngungTheoDoiLuc: try time(row, "retired_at"), lyDoNgungTheoDoi: try optional(row, "retired_reason"),
                lanSua: try row.decode(column: "revision", as: Int.self)))
        }
        let plans = try await self.plans(indicatorKeys: keys)
        return .init(donViHanhChinh: units.values.sorted { $0.ten < $1.ten },
                     coQuan: agencies.sorted { ($0.donViHanhChinh, $0.ten) < ($1.donViHanhChinh, $1.ten) },
                     chiTieu: indicators.sorted { $0.ma < $1.ma }, keHoach: plans)
    }

    private func plans(indicatorKeys keys: [UUID: String]) async throws -> [ExchangePacket.Plan] {
        var plans: [ExchangePacket.Plan] = []
        for row in try await sql.raw("SELECT * FROM plans WHERE unit_id = \(bind: provinceID)").all() {
            let planID = try row.decode(column: "id", as: UUID.self)
            let horizon = try row.decode(column: "horizon", as: String.self)
            let start = try row.decode(column: "start_year", as: Int.self), end = try row.decode(column: "end_year", as: Int.self)
            var numerals: [UUID: String] = [:]
            var groups: [ExchangePacket.Group] = []
            for group in try await sql.raw("SELECT * FROM indicator_groups WHERE plan_id = \(bind: planID)").all() {
                let numeral = try group.decode(column: "numeral", as: String.self)
                numerals[try group.decode(column: "id", as: UUID.self)] = numeral
                groups.append(.init(so: numeral, ten: try group.decode(column: "title", as: String.self), thuTu: try group.decode(column: "position", as: Int.self)))
            }
            let placements = try await sql.raw("SELECT * FROM plan_indicators WHERE plan_id = \(bind: planID)").all().map { placement in
                ExchangePacket.Placement(
                    maChiTieu: keys[try placement.decode(column: "indicator_id", as: UUID.self)] ?? "",
                    maTrongKeHoach: try placement.decode(column: "code", as: String.self),
                    nhom: try optional(placement, "group_id", as: UUID.self).flatMap { numerals[$0] },
                    chiTieuCha: try optional(placement, "parent_indicator_id", as: UUID.self).flatMap { keys[$0] },
                    thuTu: try placement.decode(column: "position", as: Int.self))
            }
            let targets = try await sql.raw("SELECT * FROM targets WHERE plan_id = \(bind: planID)").all().map { target in
                ExchangePacket.Target(
                    maChiTieu: keys[try target.decode(column: "indicator_id", as: UUID.self)] ?? "",
                    capGiao: try target.decode(column: "issuer", as: String.self),
                    giaTri: try target.decode(column: "figure_text", as: String.self),
                    nguoiGhi: try target.decode(column: "recorded_by", as: String.self),
                    thoiDiemGhi: try time(target, "recorded_at"), lanSua: try optional(target, "revision"))
            }
            plans.append(.init(
                ma: ExchangeCode.plan(horizon: horizon, start: start, end: end), ten: try row.decode(column: "title", as: String.self),
                loai: horizon, namBatDau: start, namKetThuc: end,
                cachTongHop: try row.decode(column: "composite_policy", as: String.self),
                capGiaoApDung: try optional(row, "governing_issuer"), canDoTyLe: try optional(row, "range_end"),
                banHanhLuc: try time(row, "issued_at"), banHanhBoi: try optional(row, "issued_by"),
                ngayChotSoLieu: try optional(row, "data_cutoffs"),
                nhom: groups.sorted { ($0.thuTu, $0.so) < ($1.thuTu, $1.so) },
                chiTieu: placements.sorted { ($0.thuTu, $0.maChiTieu) < ($1.thuTu, $1.maChiTieu) },
                chiTieuKeHoach: targets.sorted { ($0.maChiTieu, $0.capGiao) < ($1.maChiTieu, $1.capGiao) }))
        }
        return plans.sorted { $0.ma < $1.ma }
    }

    /// Every revision of every value of the province's indicators, and the periods they are for.
    func values() async throws -> ([UUID: ExchangePacket.Period], [ExchangePacket.Value]) {
        let agencies = try await agencyNames()
        var periods: [UUID: ExchangePacket.Period] = [:]
        for row in try await sql.raw("SELECT * FROM periods").all() {
            let kind = try row.decode(column: "kind", as: String.self)
            let start = try row.decode(column: "start_year", as: Int.self), end = try row.decode(column: "end_year", as: Int.self)
            periods[try row.decode(column: "id", as: UUID.self)] = ExchangeCode.periodEntry(kind: kind, start: start, end: end)
        }
        let rows = try await sql.raw("""
            SELECT i.key, o.period_id, o.version, o.revision, o.figure_text, o.agency_id, o.note, o.recorded_by, o.recorded_at,
                   o.withdrawn, o.warnings
            FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE i.unit_id = \(bind: provinceID)
            """).all()
        var used: Set<UUID> = []
        var values: [ExchangePacket.Value] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            let periodID = try row.decode(column: "period_id", as: UUID.self)
            used.insert(periodID)
            values.append(.init(
                maChiTieu: try row.decode(column: "key", as: String.self), maKy: periods[periodID]?.ma ?? "",
                loaiSoLieu: try row.decode(column: "version", as: String.self), lanSua: try row.decode(column: "revision", as: Int.self),
                giaTri: try row.decode(column: "figure_text", as: String.self),
                coQuan: try optional(row, "agency_id", as: UUID.self).flatMap { agencies[$0] }, ghiChu: try optional(row, "note"),
                nguoiGhi: try row.decode(column: "recorded_by", as: String.self), thoiDiemGhi: try time(row, "recorded_at"),
                rutLai: try optional(row, "withdrawn"), canhBao: try optional(row, "warnings")))
        }
        values.sort { ($0.maChiTieu, $0.maKy, $0.loaiSoLieu, $0.lanSua) < ($1.maChiTieu, $1.maKy, $1.loaiSoLieu, $1.lanSua) }
        return (periods.filter { used.contains($0.key) }, values)
    }

    /// The workflow status of each agency's figures.
    func statuses() async throws -> [ExchangePacket.Status] {
        let agencies = try await agencyNames()
        let rows = try await sql.raw("""
            SELECT s.*, p.horizon, p.start_year AS plan_start, p.end_year AS plan_end FROM submissions s
            JOIN plans p ON p.id = s.plan_id WHERE p.unit_id = \(bind: provinceID)
            """).all()
        return try rows.map { row in
            ExchangePacket.Status(
                maKeHoach: ExchangeCode.plan(horizon: try row.decode(column: "horizon", as: String.self),
                                             start: try row.decode(column: "plan_start", as: Int.self), end: try row.decode(column: "plan_end", as: Int.self)),
                coQuan: agencies[try row.decode(column: "agency_id", as: UUID.self)] ?? "",
                maKy: ExchangeCode.period(kind: try row.decode(column: "period_kind", as: String.self),
                                          start: try row.decode(column: "start_year", as: Int.self), end: try row.decode(column: "end_year", as: Int.self)),
                loaiSoLieu: try row.decode(column: "version", as: String.self), trangThai: try row.decode(column: "status", as: String.self),
                ghiChu: try optional(row, "comment"), nguoiDoi: try row.decode(column: "changed_by", as: String.self),
                thoiDiemDoi: try time(row, "changed_at"), lanSua: try row.decode(column: "revision", as: Int.self))
        }.sorted { ($0.maKeHoach, $0.coQuan, $0.maKy, $0.loaiSoLieu) < ($1.maKeHoach, $1.coQuan, $1.maKy, $1.loaiSoLieu) }
    }
}

extension Store {
    /// The id of the province with this name, if there is one (nil, never an error: the exchange
    /// says "no such province" in its own words).
    public func exchangeProvinceID(named name: String) async throws -> UUID? {
        try await database.sql.raw("SELECT id FROM admin_units WHERE name = \(bind: name) AND level = 'province'").first()?
            .decode(column: "id", as: UUID.self)
    }
}
