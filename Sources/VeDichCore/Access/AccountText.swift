/// An account's e-mail address and display name as typed: the e-mail is optional and checked for
/// its shape only (an office's address is not always on a public domain, so nothing more is asked).
public enum AccountText {
    /// What is wrong with a typed text, in Vietnamese.
    public struct Invalid: Error, Equatable, Sendable {
        public var userMessage: UserMessage
    }

    /// The address in lower case; nil when left empty.
    public static func email(_ text: String?) throws(Invalid) -> String? {
        let tidy = (text ?? "").trimmed.lowercased()
        guard !tidy.isEmpty else { return nil }
        let parts = tidy.split(separator: "@", omittingEmptySubsequences: false)
        guard tidy.count <= 200, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !tidy.contains(where: \.isWhitespace) else {
            throw Invalid(userMessage: UserMessage(what: "Địa chỉ thư điện tử “\(tidy)” không đúng dạng",
                                                   fix: "Ghi địa chỉ dạng ten@coquan.gov.vn, hoặc để trống"))
        }
        return tidy
    }

    /// A display name with its spaces tidied; nil when empty. At most 120 characters, no control
    /// character (it shows as nothing, in every page and change log that names the person).
    public static func displayName(_ text: String?) throws(Invalid) -> String? {
        let tidy = (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let scalar = tidy.firstUnprintableScalar {
            throw Invalid(userMessage: UserMessage(what: "Họ tên có ký tự điều khiển không in được (mã \(unicodeName(scalar)))",
                                                   fix: "Gõ lại họ tên hiển thị"))
        }
        guard tidy.count <= 120 else {
            throw Invalid(userMessage: UserMessage(what: "Họ tên dài quá 120 ký tự", fix: "Rút gọn họ tên hiển thị"))
        }
        return tidy.isEmpty ? nil : tidy
    }
}
