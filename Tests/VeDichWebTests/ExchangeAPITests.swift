import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// The province's server gives its packet to whoever may read the province; the ministry's server
/// takes it from its admin only, all or nothing, and a second sending changes nothing.
@Suite struct ExchangeAPITests {
    @Test(arguments: Engine.allCases)
    func aProvincePacketReachesTheMinistryServerThroughTheAPI(_ engine: Engine) async throws {
        try await TestApp.with(engine) { province in
            let outsiders = try await AccessTests.outsiderHeaders(province)
            let path = "/api/v1/exchange/packets?province=L%E1%BA%A1ng%20S%C6%A1n"
            var sent = Data()
            try await province.testing().test(.GET, path, headers: province.auth(.planner)) { response in
                #expect(response.status == .ok)
                sent = Data(buffer: response.body)
            }
            try await province.testing().test(.GET, path, headers: outsiders[.planner] ?? [:]) { response in
                #expect(response.status == .forbidden, "Cao Bằng's planning office read Lạng Sơn's packet: \(response.status.code)")
            }
            // Only an admin sends packets in: the province's own planning office does not.
            try await province.testing().test(.POST, "/api/v1/exchange/packets", headers: province.auth(.planner), beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(data: sent)
            }) { response in
                #expect(response.status == .forbidden, "the planning office sent a packet: \(response.status.code)")
            }
            let packet = try ExchangePacket.decode(sent)
            #expect(packet.danhMucChiTieu.chiTieu.count > 40 && !packet.soLieuBaoCao.soLieu.isEmpty)

            try await TestApp.with(engine, seeded: false) { ministry in
                for role in [Role.viewer] {
                    try await ministry.testing().test(.POST, "/api/v1/exchange/packets", headers: ministry.auth(role), beforeRequest: { request in
                        request.headers.contentType = .json
                        request.body = ByteBuffer(data: sent)
                    }) { response in
                        #expect(response.status == .forbidden, "\(role.rawValue) sent a packet: \(response.status.code)")
                    }
                }
                for sending in 1...2 {
                    try await ministry.testing().test(.POST, "/api/v1/exchange/packets", headers: ministry.auth(.admin), beforeRequest: { request in
                        request.headers.contentType = .json
                        request.body = ByteBuffer(data: sent)
                    }) { response in
                        #expect(response.status == .ok, "sending \(sending): \(response.body.string)")
                        let summary = try JSONDecoder().decode(ExchangeImportSummary.self, from: Data(buffer: response.body))
                        if sending == 1 {
                            #expect(summary.added["value"] == packet.soLieuBaoCao.soLieu.count)
                        } else {
                            #expect(summary.isNoChange && summary.valuesAlreadyHeld == packet.soLieuBaoCao.soLieu.count)
                        }
                    }
                }
                let held = try await Store(database: ministry.db).exchangePacket(province: "Lạng Sơn")
                #expect(held.danhMucChiTieu == packet.danhMucChiTieu && held.soLieuBaoCao == packet.soLieuBaoCao)
                // The ministry's viewer now reads Lạng Sơn's plans on the ministry's server.
                try await ministry.testing().test(.GET, "/api/v1/plans", headers: ministry.auth(.viewer)) { response in
                    #expect(response.status == .ok && response.body.string.contains("Lạng Sơn"))
                }
                // A broken packet: 400 with the reasons in Vietnamese, nothing written.
                try await ministry.testing().test(.POST, "/api/v1/exchange/packets", headers: ministry.auth(.admin), beforeRequest: { request in
                    request.headers.contentType = .json
                    request.body = ByteBuffer(string: #"{"quyChuan": "QCVN 125:2021/BTTTT"}"#)
                }) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.body.string.contains("Không đọc được gói tin: thiếu trường"), "\(response.body.string)")
                }
            }
        }
    }
}
