/// Lines a web page prints around its content, copied with it, that are no row of a table: a
/// visit counter after a side box's table ("Lượt truy cập: 11425504", "Đang truy cập:4704",
/// "Tổng truy cập: 527648"). Such a line holds a label and a figure, so a reader took it for one
/// more row (a phantom indicator "Lượt truy cập" with a target of 11 425 504) under the group
/// title the box's next heading made ("LỊCH LÀM VIỆC").
enum PageFurniture {
    static func isCounter(_ text: String) -> Bool {
        // The label, then the count after a colon or straight after the label ("Lượt truy cập 11.425.504").
        guard text.utf8.count <= 80, let end = text.firstIndex(where: { $0 == ":" || $0.isNumber }) else { return false }
        let value = text[end...].drop(while: { $0 == ":" }).trimmed
        // One count: "Tỷ lệ hộ truy cập Internet 85 87" is an indicator's row, not a counter.
        guard !value.isEmpty, value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return false }
        let label = Words(text[..<end])
        return label.count <= 5 && (counterLabels.contains { label.hasPrefix($0) } || bareCounterLabels.contains(label))
    }

    private static let counterLabels = ["lượt truy cập", "đang truy cập", "tổng truy cập", "số lượt truy cập",
                                        "tổng số lượt truy cập", "tổng lượt truy cập", "lượt xem", "số lượt xem", "đang online",
                                        "đang xem"].map { Words($0) }
    /// A counter only when they are the whole label: as a label's first words they may name an
    /// indicator ("Truy cập Internet: 85", "Online toàn trình: 120").
    private static let bareCounterLabels = ["truy cập", "online"].map { Words($0) }
}
