import Foundation

/// An e-mail in Vietnamese: a plain-text body and, optionally, the same as simple HTML.
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: [String]
    public var subject: String
    public var plain: String
    public var html: String?
    public var date: Date

    public init(from: String, to: [String], subject: String, plain: String, html: String? = nil, date: Date = Date()) {
        self.from = from
        self.to = to
        self.subject = subject
        self.plain = plain
        self.html = html
        self.date = date
    }

    /// A plain address ("ten@so.langson.gov.vn"): one "@", no spaces or angle brackets, which
    /// would break the SMTP command it goes in.
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains { $0.isWhitespace || "<>,;\"\r\n".contains($0) }
    }

    /// The message as DATA carries it (before dot-stuffing). Text goes as 8bit UTF-8 when the
    /// server takes it (8BITMIME) and no line is too long for SMTP; otherwise as base64.
    public func rendered(eightBit serverTakes8Bit: Bool, boundary: String = "vedich-" + UUID().uuidString) -> (text: String, eightBit: Bool) {
        let bodies = [plain] + (html.map { [$0] } ?? [])
        let eightBit = serverTakes8Bit && bodies.allSatisfy { body in body.split(separator: "\n").allSatisfy { $0.utf8.count <= 900 } }
        var headers = [
            "From: VeDich <\(from)>",
            "To: " + to.joined(separator: ", "),
            "Subject: " + Self.encodedWord(subject),
            "Date: " + Self.rfc5322Date(date),
            "Message-ID: <\(UUID().uuidString.lowercased())@vedich>",
            "MIME-Version: 1.0",
        ]
        func part(_ body: String, type: String) -> [String] {
            ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: " + (eightBit ? "8bit" : "base64"), "",
             eightBit ? Self.crlf(body) : Self.base64Lines(body)]
        }
        var lines: [String]
        if let html {
            headers.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            lines = headers + ["", "--\(boundary)"] + part(plain, type: "text/plain") + ["--\(boundary)"] + part(html, type: "text/html")
                + ["--\(boundary)--"]
        } else {
            lines = headers + part(plain, type: "text/plain")
        }
        return (lines.joined(separator: "\r\n") + "\r\n", eightBit)
    }

    /// RFC 2047: "=?UTF-8?B?…?=" words of at most 45 bytes of text each (a word stays under 75
    /// characters), never splitting a character; ASCII subjects go as they are.
    public static func encodedWord(_ text: String) -> String {
        if text.allSatisfy({ $0.isASCII && !$0.isNewline }) && !text.contains("=?") { return text }
        var words: [String] = []
        var chunk = ""
        for character in text where !character.isNewline {
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func base64Lines(_ text: String) -> String {
        let encoded = Data(text.utf8).base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n")
    }

    static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
