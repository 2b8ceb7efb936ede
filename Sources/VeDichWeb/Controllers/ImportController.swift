import Vapor
import VeDichCore
import VeDichImport
import VeDichStore

/// `/api/v1/imports`: upload a report (the file's bytes as the body) → its audit and a preview
/// of what would change, kept under a token; confirm applies it in one transaction; delete drops it.
/// A filled-in value workbook (.xlsx, .xls, .ods, CSV: told apart by its bytes) goes the same
/// way: a preview of every value with its verdict, or 422 with every problem; an agency's clerk
/// may send one for their own agency (`ValueWorkbookImport`).
struct ImportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // Reports: admin and planner (`authorizeImport`); workbooks of values: whoever enters values.
        let imports = routes.grouped("imports").grouped(RequireRole(roles: [.admin, .planner, .agencyClerk]))
        // Reading a report is heavy: a few at a time per person (`HeavyRequest`).
        let heavy = imports.grouped(HeavyRequest())
        heavy.post(bodyLimit: BodyLimit.upload, use: upload)
        heavy.post(":token", "confirm", use: confirm)
        imports.delete(":token", use: cancel)
    }

    struct Preview: Content {
        var token: UUID
        var source: String
        var province: String
        var findings: Int
        var errors: Int
        var tables: Int
        var targets: Int
        var summary: String
        var changes: [ImportSummary.Change]
    }

    struct Applied: Content {
        var source: String
        var province: String
        var summary: String
        var changes: [ImportSummary.Change]
    }

    @Sendable func upload(req: Request) async throws -> Response {
        if let buffer = req.body.data, buffer.readableBytes > 0 {
            let data = Data(buffer.readableBytesView)
            let name = String((req.query[String.self, at: "filename"] ?? "so-lieu").suffix(120))
            if SpreadsheetReader.kind(of: data, name: name) != nil { return try await uploadValues(req, data: data, filename: name) }
        }
        guard let province = req.query[String.self, at: "province"]?.trimmed, !province.isEmpty, province.count <= 100 else {
            throw APIError(status: .badRequest, code: "missing_province", userMessage: UserMessage(
                what: "Chưa cho biết báo cáo của tỉnh nào", fix: "Thêm tham số ?province=Tên tỉnh, ví dụ ?province=Lạng Sơn"))
        }
        let filename = String((req.query[String.self, at: "filename"] ?? "bao-cao.txt").suffix(120))
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            throw APIError(status: .badRequest, code: "empty_upload", userMessage: UserMessage(
                what: "Chưa gửi tệp báo cáo", fix: "Gửi nội dung tệp .txt, .docx hoặc .pdf trong thân yêu cầu"))
        }
        try await req.authorizeImport(province: province)
        let data = Data(buffer.readableBytesView)
        let report = try await Self.audit(data, filename: filename, on: req.application)
        let summary = try await ReportImporter(database: req.db).preview(report, province: province, recordedBy: req.actor)
        let token = await req.application.pendingImports.keep(.init(data: data, filename: filename, province: province, uploadedBy: req.actor))
        return try await Preview(token: token, source: filename, province: province, findings: report.findings.count,
                                 errors: report.errorCount, tables: report.tables.count, targets: report.targets.count,
                                 summary: summary.sentence, changes: summary.changes).encodeResponse(for: req)
    }

    /// A workbook of values: 200 with the preview and its token, or 422 `value_import_refused`
    /// with every problem (nothing kept). A bare CSV names its plan, version and agency in the query.
    func uploadValues(_ req: Request, data: Data, filename: String) async throws -> Response {
        let planID = try req.query[String.self, at: "plan"].map { text in
            guard let id = UUID(uuidString: text) else { throw StoreError.planNotFound(id: text) }
            return id
        }
        let version = try req.query[String.self, at: "version"].map { _ in try req.version() }
        let scope = Store.ValueImportScope(planID: planID, agency: req.query[String.self, at: "agency"], version: version)
        let sheet = try await ValueWorkbookImport.read(data, filename: filename, on: req.application)
        let preview = try await ValueWorkbookImport.preview(req, sheet: sheet, scope: scope)
        guard preview.problems.isEmpty else {
            let response = Response(status: .unprocessableEntity)
            try response.content.encode(ValueImportRefusal(.refused(source: filename, problems: preview.problems), problems: preview.problems), as: .json)
            return response
        }
        let token = await req.application.pendingValueImports.keep(.init(preview: preview, uploadedBy: req.actor))
        return try await ValueImportUploaded(token: token, summary: preview.sentence, preview: preview).encodeResponse(for: req)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        if let values = await req.application.pendingValueImports.take(try req.token(), by: req.actor) {
            let saved = try await ValueWorkbookImport.apply(req, values.preview)
            return try await ValueImportApplied(source: values.preview.source, saved: saved,
                                                summary: "đã ghi \(saved) giá trị từ \(values.preview.source)").encodeResponse(for: req)
        }
        let pending = try await req.application.pendingImports.take(try req.token(), by: req.actor)
        try await req.authorizeImport(province: pending.province)
        let report = try await Self.audit(pending.data, filename: pending.filename, on: req.application)
        let summary = try await ReportImporter(database: req.db).apply(report, province: pending.province, recordedBy: req.actor)
        return try await Applied(source: pending.filename, province: pending.province, summary: summary.sentence,
                                 changes: summary.changes).encodeResponse(for: req)
    }

    @Sendable func cancel(req: Request) async throws -> HTTPStatus {
        if await req.application.pendingValueImports.take(try req.token(), by: req.actor) != nil { return .noContent }
        _ = try await req.application.pendingImports.take(try req.token(), by: req.actor)
        return .noContent
    }

    /// Reads and audits a report (text, DOCX or PDF) on the file workers (`HeavyWork`): unzipping a
    /// DOCX or running pdftotext takes long enough to stall every other request if done on the shared pools.
    static func audit(_ data: Data, filename: String, on app: Application) async throws -> AuditReport {
        try await app.heavyWork.file {
            Auditor().audit(try ReportReader.read(data: data, name: filename))
        }
    }
}

extension Request {
    func token() throws -> UUID {
        guard let token = parameters.get("token").flatMap(UUID.init(uuidString:)) else { throw PendingImports.expired }
        return token
    }
}
