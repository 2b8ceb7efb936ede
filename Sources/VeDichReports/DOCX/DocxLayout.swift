/// The page and type sizes of Nghị định 30/2020 (decree30.md §7, one value inside each range).
enum DocxLayout {
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let marginTop = 1134
    static let marginBottom = 1134
    static let marginLeft = 1701
    static let marginRight = 851
    static let headerDistance = 567
    /// A4 less the left and right margins: 16,5 cm.
    static let textWidth = pageWidth - marginLeft - marginRight
    /// The appendix's landscape A4, same margins: 25,2 cm of text width for the wide tables.
    static let landscapeTextWidth = pageHeight - marginLeft - marginRight

    static let body = 14
    static let table = 12
    static let nationalName = 13
    static let motto = 14
    static let issuer = 13
    static let number = 13
    static let dateLine = 14
    static let recipientsHeading = 12
    static let recipients = 11

    /// The header and signature tables: about 40% left, 60% right.
    static let leftColumn = 3685
    static var rightColumn: Int { textWidth - leftColumn }
}
