/// The words a fill-in workbook of values is recognised by. The writer of the workbook and its
/// reader are in targets that do not know each other, so the words live here, once.
public enum ValueSheetLayout {
    /// The sheet the values go on; its header row has a cell "Mã" over the codes and a cell
    /// "Số liệu" over the values, wherever a person moved them.
    public static let sheetName = "Số liệu"
    public static let instructionsSheetName = "Hướng dẫn"
    public static let codeHeader = "Mã"
    public static let valueHeader = "Số liệu"

    /// Labelled cells above the header saying what the workbook is for; the cell to the right of
    /// each label holds the plan's id, the agency's name and the version's code.
    public static let planLabel = "Mã kế hoạch"
    public static let agencyLabel = "Cơ quan"
    public static let versionLabel = "Loại số liệu"

    /// A component shares its headline's code in the plan ("I.4" for each share of the economy),
    /// so the workbook names it by its place under the headline: "I.4.a", "I.4.b", …
    public static func componentCode(_ headline: String, index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let suffix = index < letters.count ? String(letters[index]) : "\(index + 1)"
        return headline.isEmpty ? suffix : "\(headline).\(suffix)"
    }
}
