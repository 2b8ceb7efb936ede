import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichStore

/// A province's server sends its packets (QCVN 125:2021/BTTTT) to the ministry's: the ministry
/// then holds the same catalogue, every revision of every value and every report status.
@Suite struct ExchangeTests {
    static let insurance = ObservationTests.insurance
    static let fiveYears = ObservationTests.fiveYears

    /// The seed, plus what a province does after it: a value changed twice and withdrawn once, an
    /// indicator given to an agency whose figures were submitted and approved.
    static func province(_ database: any Database) async throws {
        let (plan, indicator, revision) = try await ObservationTests.seeded(database)
        let store = Store(database: database)
        let second = try await store.record(ObservationTests.draft(indicator, "97,5", basedOn: revision))
        let third = try await store.record(ObservationTests.draft(indicator, "98", basedOn: second.revision))
        _ = try await store.withdraw(indicatorID: indicator.id, period: fiveYears, version: .fullYearEstimate,
                                     basedOnRevision: third.revision, reason: "nhập nhầm dòng", actor: "test")
        try await store.assign(indicatorID: indicator.id, toAgency: "Sở Y tế", actor: "test")
        let agency = try #require(try await store.responsibleAgencies(planID: plan.id).first { $0.name == "Sở Y tế" })
        let submitted = try await store.advance(planID: plan.id, agencyID: agency.id, version: .fullYearEstimate, step: .submit,
                                                reason: nil, basedOnRevision: 0, actor: "test", confirmingMissing: true)
        _ = try await store.advance(planID: plan.id, agencyID: agency.id, version: .fullYearEstimate, step: .approve,
                                    reason: nil, basedOnRevision: submitted.revision, actor: "lãnh đạo")
    }

    static func packet(_ database: any Database) async throws -> ExchangePacket {
        try await Store(database: database).exchangePacket(province: Seed.province, now: Date(timeIntervalSince1970: 0))
    }

    @Test(arguments: [(Engine.sqlite, Engine.postgres), (Engine.postgres, Engine.sqlite)])
    func aPacketSentToAnotherServerReproducesTheProvince(_ engines: (Engine, Engine)) async throws {
        try await TestDatabase.withDatabase(engines.0) { source, _ in
            try await Self.province(source)
            let sent = try await Self.packet(source)
            // Through the bytes, as a real sending goes.
            let received = try ExchangePacket.decode(try sent.encoded())
            try await TestDatabase.withDatabase(engines.1) { ministry, _ in
                let summary = try await Store(database: ministry).importExchange(received, actor: "bo-tai-chinh", source: "tệp thử")
                #expect(summary.added["value"] == sent.soLieuBaoCao.soLieu.count)
                let held = try await Self.packet(ministry)
                #expect(held.danhMucChiTieu == sent.danhMucChiTieu, "the catalogue differs after the round trip")
                #expect(held.danhMucKyBaoCao == sent.danhMucKyBaoCao)
                for (got, expected) in zip(held.soLieuBaoCao.soLieu, sent.soLieuBaoCao.soLieu) where got != expected {
                    Issue.record("“\(expected.maChiTieu)” \(expected.maKy) \(expected.loaiSoLieu) revision \(expected.lanSua): \(got) ≠ \(expected)")
                }
                #expect(held.soLieuBaoCao.soLieu.count == sent.soLieuBaoCao.soLieu.count)
                #expect(held.trangThaiBaoCao == sent.trangThaiBaoCao)
                #expect(held == sent)
                // The figures the ministry shows are the province's: the withdrawal reads as no value there too.
                let ministryStore = Store(database: ministry)
                let plan = try await ministryStore.plan(2021, 2025)
                let indicator = try await ministryStore.indicator(named: Self.insurance, inPlan: plan.id)
                let latest = try #require(try await ministryStore.latestObservation(indicatorID: indicator.id, period: Self.fiveYears, version: .fullYearEstimate))
                #expect(latest.withdrawn, "“\(Self.insurance)”: the withdrawal did not arrive")
                let sourceEvaluation = try await Store(database: source).evaluation(planID: try await Store(database: source).plan(2021, 2025).id, version: .fullYearEstimate)
                let ministryEvaluation = try await ministryStore.evaluation(planID: plan.id, version: .fullYearEstimate)
                #expect(ministryEvaluation.summaryText == sourceEvaluation.summaryText)
                // Every imported row is in the ministry's change log: who, why (the source).
                let changes = try await ministryStore.changes(indicatorID: indicator.id)
                #expect(changes.contains { $0.actor == "bo-tai-chinh" && $0.entity == "value" && ($0.reason ?? "").contains("tệp thử") })
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aPacketSentTwiceChangesNothingAndANewRevisionIsAdded(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Self.province(database)
            let store = Store(database: database)
            var packet = try await Self.packet(database)
            let before = try await TestDatabase.snapshot(database)
            let again = try await store.importExchange(packet, actor: "bo", source: "lần hai")
            #expect(again.isNoChange && again.valuesAlreadyHeld == packet.soLieuBaoCao.soLieu.count)
            #expect(try await TestDatabase.snapshot(database) == before)

            let last = try #require(packet.soLieuBaoCao.soLieu.last)
            var next = last
            next.lanSua += 1
            next.giaTri = "1.234"
            packet.soLieuBaoCao.soLieu.append(next)
            let summary = try await store.importExchange(packet, actor: "bo", source: "lần ba")
            #expect(summary.added == ["value": 1], "“\(last.maChiTieu)”: \(summary)")
        }
    }

    @Test(arguments: Engine.allCases)
    func aRevisionChangedAfterItWasSentIsRefusedAndNothingIsWritten(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            var packet = try await Self.packet(database)
            packet.soLieuBaoCao.soLieu[0].giaTri = "999"
            packet.danhMucChiTieu.chiTieu[0].ten += " (đổi tên)"
            let before = try await TestDatabase.snapshot(database)
            await #expect {
                try await Store(database: database).importExchange(packet, actor: "bo", source: "thử")
            } throws: { error in
                guard case ExchangeError.conflicts(let problems) = error else { return false }
                return problems.count == 1 && problems[0].contains("gói mới ghi “999”")
            }
            #expect(try await TestDatabase.snapshot(database) == before, "a refused packet wrote something")
        }
    }

    @Test(arguments: Engine.allCases)
    func aBrokenPacketNamesEveryProblemInVietnameseAndWritesNothing(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { source, _ in
            try await Seed.importSeed(into: source)
            var packet = try await Self.packet(source)
            packet.soLieuBaoCao.soLieu[0].maChiTieu = "không có chỉ tiêu này"
            packet.soLieuBaoCao.soLieu[1].giaTri = "bảy phẩy năm"
            packet.trangThaiBaoCao.trangThai.append(.init(maKeHoach: "annual:1999-1999", coQuan: "Sở Ma", maKy: "year:1999-1999",
                                                          loaiSoLieu: "uoc_ca_nam", trangThai: "approved", nguoiDoi: "x", lanSua: 1))
            try await TestDatabase.withDatabase(engine) { ministry, _ in
                let before = try await TestDatabase.snapshot(ministry)
                do {
                    _ = try await Store(database: ministry).importExchange(packet, actor: "bo", source: "thử")
                    Issue.record("a broken packet was taken")
                } catch let error as ExchangeError {
                    guard case .invalid(let problems) = error else { Issue.record("\(error)"); return }
                    #expect(problems.contains { $0.contains("dòng 1") && $0.contains("không có trong danh mục chỉ tiêu") }, "\(problems)")
                    #expect(problems.contains { $0.contains("dòng 2") && $0.contains("không đọc được giá trị “bảy phẩy năm”") }, "\(problems)")
                    #expect(problems.contains { $0.contains("kế hoạch “annual:1999-1999” không có trong gói") }, "\(problems)")
                    #expect(problems.contains { $0.contains("cơ quan không có trong danh mục") }, "\(problems)")
                    #expect(error.userMessage.what.hasPrefix("Gói tin có \(problems.count) lỗi, chưa nhập gì"))
                }
                #expect(try await TestDatabase.snapshot(ministry) == before)
            }
        }
    }

    @Test func aPacketNotOfTheRegulationIsRefused() throws {
        #expect(throws: ExchangeError.unreadable(detail: "không phải JSON hợp lệ")) { try ExchangePacket.decode(Data("<xml/>".utf8)) }
        let missing = Data(#"{"quyChuan": "QCVN 125:2021/BTTTT"}"#.utf8)
        #expect(throws: ExchangeError.self) { try ExchangePacket.decode(missing) }
    }

    @Test func timesKeepTheirMicroseconds() throws {
        let text = "2025-06-30T08:15:42.123456Z"
        let date = try #require(ExchangeTime.date(text))
        #expect(ExchangeTime.text(date) == text)
        #expect(ExchangeTime.date("2025-06-30") == nil)
    }
}
