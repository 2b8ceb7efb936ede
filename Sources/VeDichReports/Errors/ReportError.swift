/// What can stop a report from being written. English case names; the Vietnamese text is in
/// `ReportError+Vietnamese.swift`.
public enum ReportError: Error, Sendable, Equatable {
    /// The output file (or a temporary file beside it) could not be written.
    case outputNotWritable(path: String)
    /// ZIPFoundation refused to build the DOCX package.
    case packagingFailed(reason: String)
    /// libxlsxwriter reported an error closing the workbook; `reason` is its own (English) text.
    case workbookFailed(path: String, reason: String)
    /// No LibreOffice (`soffice`) where it was looked for.
    case converterNotFound(searched: [String])
    /// LibreOffice ran but left no PDF (it can exit 0 without one).
    case conversionFailed(status: Int32, log: String)
    /// LibreOffice did not finish within the time allowed.
    case conversionTimedOut(seconds: Int)
    /// A report needs at least one plan.
    case nothingToReport
}
