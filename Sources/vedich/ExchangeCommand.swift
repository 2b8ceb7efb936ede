import ArgumentParser
import Foundation
import Vapor
import VeDichCore
import VeDichStore

/// `vedich exchange export|import|send`: a province's catalogue, periods, values and report
/// statuses as the packets of QCVN 125:2021/BTTTT (docs/exchange.md).
struct ExchangeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: "Trao đổi dữ liệu với hệ thống cấp trên theo gói tin QCVN 125:2021/BTTTT.",
        subcommands: [Export.self, Import.self, Send.self]
    )

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Xuất danh mục chỉ tiêu, kỳ báo cáo, số liệu (mọi lần sửa) và trạng thái báo cáo của một tỉnh ra tệp JSON.")

        @ArgumentParser.Option(help: "Tên tỉnh, ví dụ “Lạng Sơn”.") var province: String
        @ArgumentParser.Option(help: "Tệp JSON sẽ ghi; không ghi đè tệp đã có.") var out: String

        func run() async throws {
            guard !FileManager.default.fileExists(atPath: out) else {
                Console.reject(ExchangeFileError.exists(path: out), where: "--out")
            }
            let packet: ExchangePacket
            do {
                packet = try await ServerApplication.with { app in try await Store(database: app.db).exchangePacket(province: province) }
            } catch let error as ExchangeError {
                Console.reject(error, where: "--province")
            }
            try packet.encoded().write(to: URL(fileURLWithPath: out), options: .withoutOverwriting)
            Console.print("Đã xuất \(province): \(packet.danhMucChiTieu.chiTieu.count) chỉ tiêu, \(packet.danhMucChiTieu.keHoach.count) kế hoạch, "
                          + "\(packet.danhMucKyBaoCao.kyBaoCao.count) kỳ báo cáo, \(packet.soLieuBaoCao.soLieu.count) số liệu, "
                          + "\(packet.trangThaiBaoCao.trangThai.count) trạng thái báo cáo vào \(out).")
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Nhập gói tin JSON của một tỉnh: tất cả hoặc không gì cả; có lỗi thì liệt kê và thoát với mã 2.")

        @ArgumentParser.Argument(help: "Tệp JSON do `vedich exchange export` tạo.") var file: String
        @ArgumentParser.Option(help: "Tên đăng nhập của người nhập, ghi vào nhật ký thay đổi.") var user: String?
        @ArgumentParser.Option(help: "text hoặc json.") var format: OutputFormat = .text

        func run() async throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                Console.reject(ExchangeFileError.unreadable(path: file), where: file)
            }
            let summary: ExchangeImportSummary
            do {
                let packet = try ExchangePacket.decode(data)
                let actor = user ?? "dòng lệnh (vedich exchange import)"
                summary = try await ServerApplication.with { app in
                    try await Store(database: app.db).importExchange(packet, actor: actor, source: "tệp \(URL(fileURLWithPath: file).lastPathComponent)")
                }
            } catch let error as ExchangeError {
                Console.reject(error, where: file)
            }
            switch format {
            case .json: try Console.printJSON(summary)
            case .text: Console.print(ExchangeCommand.describe(summary))
            }
        }
    }

    struct Send: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "send",
            abstract: "Gửi gói tin của một tỉnh tới máy chủ VeDich của Bộ (POST /api/v1/exchange/packets), xác thực bằng khóa API của tài khoản quản trị bên nhận.")

        @ArgumentParser.Option(help: "Tên tỉnh.") var province: String
        @ArgumentParser.Option(help: "Địa chỉ máy chủ nhận, ví dụ https://vedich.bo.gov.vn") var to: String
        @ArgumentParser.Option(help: "Khóa API bên nhận cấp (`vedich user token` ở máy chủ nhận); mặc định lấy từ biến VEDICH_EXCHANGE_TOKEN.")
        var token: String?

        func run() async throws {
            guard let token = token ?? ProcessInfo.processInfo.environment["VEDICH_EXCHANGE_TOKEN"], !token.isEmpty else {
                Console.reject(ExchangeFileError.noToken, where: "--token")
            }
            let target = to.hasSuffix("/") ? String(to.dropLast()) : to
            let (status, body): (HTTPResponseStatus, String) = try await ServerApplication.with { app in
                let packet: ExchangePacket
                do { packet = try await Store(database: app.db).exchangePacket(province: province) } catch let error as ExchangeError {
                    Console.reject(error, where: "--province")
                }
                let data = try packet.encoded()
                let response = try await app.client.post(URI(string: target + "/api/v1/exchange/packets")) { request in
                    request.headers.bearerAuthorization = BearerAuthorization(token: token)
                    request.headers.contentType = .json
                    request.body = ByteBuffer(data: data)
                }
                return (response.status, response.body.map { String(buffer: $0) } ?? "")
            }
            guard status == .ok else {
                Console.printError("Máy chủ nhận trả lời \(status.code): \(body)")
                throw ExitCode(2)
            }
            let summary = try? JSONDecoder().decode(ExchangeImportSummary.self, from: Data(body.utf8))
            Console.print("Đã gửi \(province) tới \(target). " + (summary.map(ExchangeCommand.describe) ?? body))
        }
    }

    static func describe(_ summary: ExchangeImportSummary) -> String {
        guard !summary.isNoChange else {
            return "Đã nhận \(summary.province): không có gì mới (\(summary.valuesAlreadyHeld) số liệu đã có từ trước)."
        }
        func list(_ counts: [String: Int]) -> String {
            counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.value) \(label($0.key))" }.joined(separator: ", ")
        }
        var parts = ["Đã nhận \(summary.province)"]
        if !list(summary.added).isEmpty { parts.append("thêm " + list(summary.added)) }
        if !list(summary.changed).isEmpty { parts.append("cập nhật " + list(summary.changed)) }
        parts.append("\(summary.valuesAlreadyHeld) số liệu đã có từ trước")
        return parts.joined(separator: "; ") + "."
    }

    static func label(_ kind: String) -> String {
        switch kind {
        case "province": "tỉnh"
        case "admin_unit": "đơn vị hành chính"
        case "agency": "cơ quan"
        case "indicator": "chỉ tiêu"
        case "period": "kỳ báo cáo"
        case "plan": "kế hoạch"
        case "indicator_group": "nhóm chỉ tiêu"
        case "plan_indicator": "chỉ tiêu trong kế hoạch"
        case "target": "chỉ tiêu kế hoạch"
        case "value": "số liệu"
        case "submission": "trạng thái báo cáo"
        default: kind
        }
    }
}

enum ExchangeFileError: UserFacingError {
    case exists(path: String)
    case unreadable(path: String)
    case noToken

    var userMessage: UserMessage {
        switch self {
        case .exists(let path): UserMessage(what: "Tệp \(path) đã có", fix: "Chọn tên tệp khác hoặc xóa tệp cũ")
        case .unreadable(let path): UserMessage(what: "Không đọc được tệp \(path)", fix: "Kiểm tra đường dẫn và quyền đọc tệp")
        case .noToken: UserMessage(what: "Chưa có khóa API của máy chủ nhận",
                                   fix: "Xin quản trị máy chủ nhận tạo bằng `vedich user token TÊN` rồi truyền bằng --token hoặc biến VEDICH_EXCHANGE_TOKEN")
        }
    }
}
