import Vapor
import VeDichCore
import VeDichImport
import VeDichStore

/// A filled-in workbook or CSV, uploaded through the entry page or `POST /api/v1/imports`: read
/// on the file workers (`HeavyWork`; an .xls or .ods goes through LibreOffice there), checked
/// by the store as value entry checks, and, for this person, each row they may not change
/// reported like every other problem.
enum ValueWorkbookImport {
    /// Reads the file into a value sheet; a file that is no workbook at all is a `SpreadsheetReadError`.
    static func read(_ data: Data, filename: String, on app: Application) async throws -> ValueSheet {
        try await app.heavyWork.file {
            try ValueSheetReader.read(try SpreadsheetReader.read(data: data, name: filename))
        }
    }

    static func preview(_ req: Request, sheet: ValueSheet, scope: Store.ValueImportScope) async throws -> ValueImportPreview {
        var scope = scope
        if req.principal?.role == .agencyClerk { scope.onlyAgency = req.principal?.agencyID }
        var preview = try await req.store.previewValueImport(sheet, scope: scope)
        try req.authorize(.read(province: try await req.province(planID: preview.planID)))
        let access = try await EntryAccess.load(req, planID: preview.planID, version: preview.version)
        // Locks are the store's to report; what this account may not change is the page's.
        let locked = Set(preview.problems.compactMap(\.location))
        for row in preview.rows where !locked.contains(row.location) {
            guard access.editable(row.agencyID) == false else { continue }
            preview.problems.append(ValueSheetProblem(row.location, "chỉ tiêu \(row.code) “\(row.name)”: tài khoản của bạn không được sửa số liệu chỉ tiêu này"))
        }
        return preview
    }

    /// Applies a confirmed preview: everything, or nothing with the reason.
    static func apply(_ req: Request, _ preview: ValueImportPreview) async throws -> Int {
        try req.authorize(.read(province: try await req.province(planID: preview.planID)))
        return try await req.store.applyValueImport(preview, actor: req.actor)
    }
}

/// 422 `value_import_refused`: every problem, by sheet, row and column; nothing kept.
struct ValueImportRefusal: Content {
    var code = "value_import_refused"
    var message: String
    var fix: String
    var problems: [ValueSheetProblem]

    init(_ error: ValueImportError, problems: [ValueSheetProblem]) {
        message = error.userMessage.what
        fix = error.userMessage.fix
        self.problems = problems
    }
}

/// 200 after an upload: the preview, and the token that confirms it.
struct ValueImportUploaded: Content {
    var kind = "values"
    var token: UUID
    var summary: String
    var preview: ValueImportPreview
}

/// 200 after confirming: how many values were written.
struct ValueImportApplied: Content {
    var kind = "values"
    var source: String
    var saved: Int
    var summary: String
}
