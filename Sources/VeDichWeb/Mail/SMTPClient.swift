import Foundation
import NIOCore
import NIOPosix
import VeDichCore

/// An SMTP server to hand mail to: "HOST:PORT", as `vedich remind --smtp` takes it.
public struct SMTPServer: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// "127.0.0.1:2525", "mail.langson.gov.vn:25"; nil when it is not HOST:PORT.
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port) else { return nil }
        let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
        guard !host.isEmpty else { return nil }
        self.init(host: host, port: port)
    }

    public var description: String { "\(host):\(port)" }
}

/// Why a message was not handed over. Vietnamese for the person running `vedich remind`.
public enum SMTPError: Error, Sendable, Equatable, UserFacingError {
    case unreachable(server: String, reason: String)
    /// The server answered a step with an error code: the step, and its reply as sent.
    case refused(server: String, step: String, reply: String)
    case noReply(server: String, step: String)
    case invalidAddress(String)

    public var userMessage: UserMessage {
        switch self {
        case .unreachable(let server, let reason):
            UserMessage(what: "Không kết nối được máy chủ thư \(server) (\(reason))",
                        fix: "Kiểm tra địa chỉ và cổng trong --smtp HOST:PORT, và máy chủ thư đang chạy, cho phép máy này kết nối")
        case .refused(let server, let step, let reply):
            UserMessage(what: "Máy chủ thư \(server) từ chối bước \(step): “\(reply)”",
                        fix: "Kiểm tra địa chỉ người gửi (--from) và người nhận; máy chủ có thể cần cho phép máy này chuyển thư")
        case .noReply(let server, let step):
            UserMessage(what: "Máy chủ thư \(server) không trả lời ở bước \(step)", fix: "Thử lại sau; nếu vẫn vậy, báo người quản trị máy chủ thư")
        case .invalidAddress(let address):
            UserMessage(what: "Địa chỉ thư “\(address)” không hợp lệ", fix: "Sửa địa chỉ thư điện tử của tài khoản (trang Tài khoản hoặc vedich user)")
        }
    }
}

/// A small SMTP client (RFC 5321) on SwiftNIO: EHLO (HELO when the server does not know EHLO),
/// MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT. No TLS and no authentication: it hands mail
/// to the province's relay on its network, as a scanner or a printer does.
public enum SMTPClient {
    /// Hands `message` to `server`, or throws why not (nothing is retried).
    public static func send(_ message: MailMessage, via server: SMTPServer, heloName: String = "vedich.local",
                            timeout: Duration = .seconds(30)) async throws {
        for address in [message.from] + message.to where !MailMessage.isAddress(address) { throw SMTPError.invalidAddress(address) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await conversation(message, server: server, heloName: heloName) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw SMTPError.noReply(server: server.description, step: "chờ trả lời (quá \(timeout.components.seconds) giây)")
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private static func conversation(_ message: MailMessage, server: SMTPServer, heloName: String) async throws {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .connect(host: server.host, port: server.port) { channel in
                    channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
                }
        } catch {
            throw SMTPError.unreachable(server: server.description, reason: String(describing: error))
        }
        try await channel.executeThenClose { inbound, outbound in
            var session = Session(server: server.description, replies: ReplyReader(inbound.makeAsyncIterator()), outbound: outbound)
            try await session.expect([220], step: "chào")
            var extensions: [String] = []
            let ehlo = try await session.command("EHLO \(heloName)", step: "EHLO")
            if ehlo.code == 250 {
                extensions = ehlo.lines.dropFirst().map { $0.uppercased() }
            } else {
                try await session.command("HELO \(heloName)", step: "HELO", expecting: [250])
            }
            let eightBit = extensions.contains { $0.hasPrefix("8BITMIME") }
            let data = message.rendered(eightBit: eightBit)
            try await session.command("MAIL FROM:<\(message.from)>" + (data.eightBit ? " BODY=8BITMIME" : ""), step: "MAIL FROM", expecting: [250])
            for recipient in message.to {
                try await session.command("RCPT TO:<\(recipient)>", step: "RCPT TO \(recipient)", expecting: [250, 251])
            }
            try await session.command("DATA", step: "DATA", expecting: [354])
            try await session.write(Self.dotStuffed(data.text) + ".\r\n")
            try await session.expect([250], step: "gửi nội dung thư")
            // The mail is accepted; a server that closes without answering QUIT changes nothing.
            _ = try? await session.command("QUIT", step: "QUIT")
        }
    }

    /// Lines as SMTP carries them: CRLF endings, a line starting with "." doubled (RFC 5321 4.5.2),
    /// ending with CRLF so the closing "." stands on its own line.
    public static func dotStuffed(_ text: String) -> String {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n"
    }

    struct Reply {
        var code: Int
        var lines: [String]
        var text: String { lines.joined(separator: " ") }
    }

    /// Reads replies ("250-first", "250 last") from the byte stream.
    struct ReplyReader {
        var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        var pending = ""

        init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) {
            self.iterator = iterator
        }

        mutating func line() async throws -> String? {
            while true {
                if let end = pending.range(of: "\r\n") ?? pending.range(of: "\n") {
                    let line = String(pending[..<end.lowerBound])
                    pending.removeSubrange(..<end.upperBound)
                    return line
                }
                guard var buffer = try await iterator.next() else { return nil }
                pending += buffer.readString(length: buffer.readableBytes) ?? ""
            }
        }

        mutating func reply() async throws -> Reply? {
            var lines: [String] = []
            while let line = try await line() {
                guard line.count >= 3, let code = Int(line.prefix(3)) else { continue }
                lines.append(String(line.dropFirst(4)))
                if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " { return Reply(code: code, lines: lines) }
            }
            return nil
        }
    }

    struct Session {
        var server: String
        var replies: ReplyReader
        var outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

        mutating func write(_ text: String) async throws {
            try await outbound.write(ByteBuffer(string: text))
        }

        @discardableResult
        mutating func expect(_ codes: [Int], step: String) async throws -> Reply {
            guard let reply = try await replies.reply() else { throw SMTPError.noReply(server: server, step: step) }
            guard codes.contains(reply.code) else { throw SMTPError.refused(server: server, step: step, reply: "\(reply.code) \(reply.text)") }
            return reply
        }

        @discardableResult
        mutating func command(_ line: String, step: String, expecting codes: [Int]? = nil) async throws -> Reply {
            try await write(line + "\r\n")
            guard let codes else {
                guard let reply = try await replies.reply() else { throw SMTPError.noReply(server: server, step: step) }
                return reply
            }
            return try await expect(codes, step: step)
        }
    }
}
