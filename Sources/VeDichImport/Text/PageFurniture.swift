/// Lines a web page prints around its content, copied with it, that are no row of a table: a
/// visit counter after a side box's table ("Lượt truy cập: 11425504", "Đang truy cập:4704",
/// "Tổng truy cập: 527648"). Such a line holds a label and a figure, so a reader took it for one
/// more row (a phantom indicator "Lượt truy cập" with a target of 11 425 504) under the group
/// title the box's next heading made ("LỊCH LÀM VIỆC").
enum PageFurniture {
    static func isCounter(_ text: String) -> Bool {
        guard text.utf8.count <= 80, let colon = text.firstIndex(of: ":") else { return false }
        let value = text[text.index(after: colon)...].trimmed
        guard !value.isEmpty, value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == " " }) else { return false }
        let label = Words(text[..<colon])
        return counterLabels.contains { label.contains($0) }
    }

    private static let counterLabels = ["truy cập", "lượt xem", "online", "đang xem"].map { Words($0) }
}
