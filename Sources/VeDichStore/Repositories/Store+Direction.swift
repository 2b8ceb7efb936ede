import Fluent
import Foundation
import VeDichCore

extension Store {
    /// Sets which way an indicator is better, with the reason a person gives, and logs it (who,
    /// when, old, new, why). Every plan holding the indicator is judged the new way from the next
    /// read: the data generation moves on. Setting the direction it already has changes nothing.
    public func setDirection(indicatorID: UUID, to direction: Direction, reason: String, actor: String) async throws {
        let reason = reason.trimmed
        guard !reason.isEmpty else {
            throw StoreError.reasonRequired(UserMessage(what: "Cần ghi lý do đổi hướng đánh giá",
                                                        fix: "Ghi lý do (ví dụ: chỉ tiêu đo lượng được xử lý, càng cao càng tốt) rồi lưu lại"))
        }
        try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let indicator = try await IndicatorRecord.find(indicatorID, on: database) else {
                throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
            }
            let old = Direction(rawValue: indicator.direction) ?? .higher
            guard old != direction else { return }
            indicator.direction = direction.rawValue
            // Who set it is in the change log; the page shows the reason beside the direction.
            indicator.directionReason = "đặt tay: \(reason)"
            try await indicator.save(on: database)
            try await store.logChange(actor: actor, entity: "indicator", entityID: indicatorID, indicatorID: indicatorID,
                                      field: "hướng đánh giá", old: old.label, new: direction.label, reason: reason)
            try await store.bumpGeneration(plans: .holding([indicatorID]))
        }
    }
}
