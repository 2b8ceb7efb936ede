/// What an import did, or would do: one line per record created or changed.
public struct ImportSummary: Sendable, Codable, Equatable {
    public struct Change: Sendable, Codable, Equatable {
        public enum Action: String, Sendable, Codable { case create, update }
        public var action: Action
        /// "plan", "indicator", "target", "observation", …
        public var entity: String
        public var description: String
    }

    public var source: String
    public var province: String
    public var applied: Bool
    public var changes: [Change]

    public init(source: String, province: String, applied: Bool, changes: [Change]) {
        self.source = source
        self.province = province
        self.applied = applied
        self.changes = changes
    }

    public var isEmpty: Bool { changes.isEmpty }

    public func count(_ action: Change.Action, _ entity: String) -> Int {
        changes.filter { $0.action == action && $0.entity == entity }.count
    }

    /// "Tạo mới 3 kế hoạch, 60 chỉ tiêu, …" or "Không có thay đổi".
    public var sentence: String {
        guard !isEmpty else { return "Không có thay đổi: cơ sở dữ liệu đã có đủ nội dung của tệp" }
        let names = ["plan": "kế hoạch", "group": "nhóm chỉ tiêu", "indicator": "chỉ tiêu", "component": "chỉ tiêu thành phần", "placement": "vị trí chỉ tiêu trong kế hoạch",
                     "target": "chỉ tiêu kế hoạch", "observation": "số liệu", "unit": "đơn vị hành chính",
                     "section": "mục nội dung báo cáo", "task": "nhiệm vụ"]
        func list(_ action: Change.Action) -> String {
            names.keys.sorted().compactMap { key in
                let count = self.count(action, key)
                return count > 0 ? "\(count) \(names[key] ?? key)" : nil
            }.joined(separator: ", ")
        }
        let created = list(.create)
        let updated = list(.update)
        return [created.isEmpty ? nil : "tạo mới \(created)", updated.isEmpty ? nil : "cập nhật \(updated)"]
            .compactMap { $0 }.joined(separator: "; ")
    }

    enum CodingKeys: String, CodingKey { case source, province, applied, changes }
}
