/// A value and a target whose units cannot be compared: `7 tỷ đồng` against `7%`, `USD`
/// against `đồng`. Entry, the CLI and the importer refuse or report it with this message.
public struct UnitMismatchError: Error, Sendable, Hashable {
    public var targetUnit: MeasureUnit
    public var valueUnit: MeasureUnit

    public init(targetUnit: MeasureUnit, valueUnit: MeasureUnit) {
        self.targetUnit = targetUnit
        self.valueUnit = valueUnit
    }
}

extension UnitMismatchError: UserFacingError {
    public var userMessage: UserMessage {
        UserMessage(
            what: "Đơn vị của giá trị (“\(valueUnit.text)”) không so được với đơn vị của kế hoạch (“\(targetUnit.text)”)",
            fix: "Nhập giá trị theo đơn vị của kế hoạch (\(targetUnit.text)) hoặc một đơn vị cùng loại có thể quy đổi; "
                + "“%” và “điểm %” là hai loại khác nhau")
    }
}
