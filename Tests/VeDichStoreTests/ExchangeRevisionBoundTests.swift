import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichStore

/// A received packet names the revision of each value, target, indicator and report status; the
/// receiver's next save of that value is the held revision plus one. A packet claiming the largest
/// integer was taken, and the next save of that value (a clerk's, an import's) overflowed and
/// stopped the whole server — every later save of it stopped it again.
struct ExchangeRevisionBoundTests {
    @Test(arguments: Engine.allCases)
    func aRevisionBeyondAnyRealCountIsRefusedAndNothingIsWritten(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { source, _ in
            try await ExchangeTests.province(source)
            var packet = try await ExchangeTests.packet(source)
            let value = try #require(packet.soLieuBaoCao.soLieu.last)
            var claimed = value
            claimed.lanSua = Int.max
            claimed.giaTri = "99"
            packet.soLieuBaoCao.soLieu.append(claimed)
            packet.trangThaiBaoCao.trangThai[0].lanSua = Int.max
            packet.danhMucChiTieu.chiTieu[0].lanSua = -1
            let planIndex = try #require(packet.danhMucChiTieu.keHoach.firstIndex { !$0.chiTieuKeHoach.isEmpty })
            packet.danhMucChiTieu.keHoach[planIndex].chiTieuKeHoach[0].lanSua = 1_000_001
            try await TestDatabase.withDatabase(engine) { ministry, _ in
                let before = try await TestDatabase.snapshot(ministry)
                do {
                    _ = try await Store(database: ministry).importExchange(packet, actor: "bo", source: "thử")
                    Issue.record("a packet claiming revision \(Int.max) of “\(value.maChiTieu)” was taken")
                } catch let error as ExchangeError {
                    guard case .invalid(let problems) = error else { Issue.record("\(error)"); return }
                    #expect(problems.count == 4, "\(problems)")
                    #expect(problems.allSatisfy { $0.contains(" đến 1.000.000") }, "\(problems)")
                    #expect(problems.contains { $0.hasPrefix("danh mục chỉ tiêu, chỉ tiêu thứ 1") && $0.contains("lần sửa -1 phải từ 0") }, "\(problems)")
                    #expect(problems.contains { $0.contains("chỉ tiêu kế hoạch") && $0.contains("lần sửa 1000001") }, "\(problems)")
                    #expect(problems.contains { $0.hasPrefix("số liệu báo cáo") && $0.contains("“\(value.maChiTieu)”") && $0.contains("phải từ 1") }, "\(problems)")
                    #expect(problems.contains { $0.hasPrefix("trạng thái báo cáo") }, "\(problems)")
                }
                #expect(try await TestDatabase.snapshot(ministry) == before, "a refused packet wrote something")
            }
        }
    }
}
