import Vapor
import VeDichCore
import VeDichImport
import VeDichStore

/// Upload a report (TXT or DOCX) → its audit (stated beside computed, findings) → a preview of
/// what would change in the database → confirm or cancel.
struct ImportPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let routes = routes.grouped(RequireRole(roles: [.admin, .planner]))
        routes.get("import", use: form)
        let heavy = routes.grouped(HeavyRequest())
        heavy.post("import", bodyLimit: BodyLimit.upload, use: upload)
        heavy.post("import", ":token", "confirm", use: confirm)
        routes.post("import", ":token", "cancel", use: cancel)
    }

    struct Upload: Content {
        var province: String
        var file: File
    }

    @Sendable func form(req: Request) async throws -> Response {
        Self.formPage(req, alert: nil)
    }

    static func formPage(_ req: Request, alert: String?, status: HTTPResponseStatus = .ok) -> Response {
        let response = Layout.page(req, "Nhập & kiểm tra báo cáo") {
            el("h1") { "Nhập và kiểm tra báo cáo" }
            el("p") { "Tải lên báo cáo (văn bản .txt, Word .docx hoặc PDF). VeDich tính lại mọi đánh giá, chỉ ra chỗ văn bản tự mâu thuẫn, rồi cho xem trước những gì sẽ được ghi vào cơ sở dữ liệu." }
            if let alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            el("form", ["method": "post", "action": "/import", "enctype": "multipart/form-data"]) {
                Layout.csrfField(req)
                el("p") {
                    el("label", ["for": "province"]) { "Tỉnh" }
                    el("br")
                    el("input", ["type": "text", "id": "province", "name": "province", "value": "Lạng Sơn", "required": "required"])
                }
                el("p") {
                    el("label", ["for": "file"]) { "Tệp báo cáo" }
                    el("br")
                    el("input", ["type": "file", "id": "file", "name": "file", "accept": ".txt,.docx,.pdf", "required": "required"])
                }
                el("p") { el("button", ["type": "submit"]) { "Kiểm tra" } }
            }
        }
        response.status = status
        return response
    }

    @Sendable func upload(req: Request) async throws -> Response {
        guard let upload = try? req.content.decode(Upload.self), upload.file.data.readableBytes > 0 else {
            return Self.formPage(req, alert: "Chưa chọn tệp báo cáo. Chọn một tệp .txt, .docx hoặc .pdf rồi bấm Kiểm tra.", status: .badRequest)
        }
        let province = upload.province.trimmingCharacters(in: .whitespaces)
        guard !province.isEmpty, province.count <= 100 else {
            return Self.formPage(req, alert: "Chưa ghi tên tỉnh.", status: .badRequest)
        }
        let data = Data(upload.file.data.readableBytesView)
        let report: AuditReport
        do {
            report = try await ImportController.audit(data, filename: upload.file.filename, on: req.application)
        } catch let error as any UserFacingError {
            return Self.formPage(req, alert: "\(error.userMessage.what). \(error.userMessage.fix).", status: .badRequest)
        }
        var preview: ImportSummary?
        var refusal: String?
        do {
            try await req.authorizeImport(province: province)
            preview = try await ReportImporter(database: req.db).preview(report, province: province, recordedBy: req.actor)
        } catch let error as StoreError {
            refusal = "\(error.userMessage.what). \(error.userMessage.fix)."
        } catch let error as AuthError {
            refusal = "\(error.userMessage.what). \(error.userMessage.fix)."
        }
        let token = preview == nil ? nil
            : await req.application.pendingImports.keep(.init(data: data, filename: upload.file.filename, province: province, uploadedBy: req.actor))
        return AuditView.page(req, report, preview: preview, refusal: refusal, token: token)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let pending = try await req.application.pendingImports.take(try req.token(), by: req.actor)
        try await req.authorizeImport(province: pending.province)
        let report = try await ImportController.audit(pending.data, filename: pending.filename, on: req.application)
        let summary = try await ReportImporter(database: req.db).apply(report, province: pending.province, recordedBy: req.actor)
        return Layout.page(req, "Đã nhập báo cáo") {
            el("h1") { "Đã nhập \(pending.filename)" }
            el("p", ["class": "notice", "role": "status"]) { summary.sentence.prefix(1).uppercased() + summary.sentence.dropFirst() + "." }
            el("p") { el("a", ["class": "button", "href": "/"]) { "Xem các kế hoạch" } }
        }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        _ = try? await req.application.pendingImports.take(try req.token(), by: req.actor)
        return req.redirect(to: "/import")
    }
}

/// The audit of an uploaded report, and the preview of the import.
enum AuditView {
    static func page(_ req: Request, _ report: AuditReport, preview: ImportSummary?, refusal: String?, token: UUID?) -> Response {
        Layout.page(req, "Kiểm tra \(report.source)") {
            el("h1") { "Kiểm tra báo cáo \(report.source)" }
            el("p", ["class": "muted"]) { "Cách tính chỉ tiêu tổng hợp: \(report.policy.label)" }
            el("h2") { "Phát hiện (\(report.findings.count))" }
            el("ul", ["class": "findings", "id": "phat-hien"]) {
                for finding in report.findings where finding.severity != .info {
                    el("li", ["data-kind": finding.kind.rawValue]) {
                        el("span", ["class": "sev-\(finding.severity.rawValue)"]) { finding.severity.label }
                        " \(finding.location): \(finding.message)"
                    }
                }
            }
            let notes = report.findings.filter { $0.severity == .info }
            if !notes.isEmpty {
                el("details") {
                    el("summary") { "\(notes.count) ghi chú" }
                    el("ul") { for note in notes { el("li") { "\(note.location): \(note.message)" } } }
                }
            }
            for (index, audited) in report.tables.enumerated() {
                el("h2") { "Bảng \(index + 1): \(audited.table.title)" }
                el("p") {
                    if let stated = audited.statedSummary { "Văn bản ghi “\(stated.text)”; " }
                    "tính lại: \(audited.computedSummary.total.sentence)."
                }
                el("div", ["class": "wrap"]) {
                    el("table", ["class": "data"]) {
                        el("thead") { el("tr") { el("th") { "TT" }; el("th") { "Chỉ tiêu" }; el("th") { "Kế hoạch" }; el("th") { "Thực hiện" }; el("th") { "Văn bản ghi" }; el("th") { "Tính lại" } } }
                        el("tbody") {
                            for row in audited.rows {
                                el("tr", attributes: [("data-code", row.indicator.code.description), ("class", row.consistent ? nil : "mismatch")]) {
                                    el("td") { row.indicator.code.description }
                                    el("td") { row.indicator.line.name }
                                    el("td", ["class": "num"]) { row.indicator.line.target?.text ?? "" }
                                    el("td", ["class": "num"]) { row.indicator.line.actual?.text ?? "" }
                                    el("td") { row.indicator.statedText ?? "" }
                                    el("td") {
                                        el("details") {
                                            el("summary") { Layout.verdict(row.computed); if !row.consistent { " ✗ mâu thuẫn" } }
                                            el("p") { row.reason }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            el("h2") { "Xem trước thay đổi trong cơ sở dữ liệu" }
            if let refusal {
                el("p", ["class": "alert", "role": "alert"]) { refusal }
                el("p") { el("a", ["href": "/import"]) { "Tải tệp khác" } }
            }
            if let preview, let token {
                el("p", ["id": "xem-truoc"]) { preview.sentence.prefix(1).uppercased() + preview.sentence.dropFirst() + "." }
                if !preview.isEmpty {
                    el("details") {
                        el("summary") { "\(preview.changes.count) thay đổi" }
                        el("ul") { for change in preview.changes.prefix(500) { el("li") { "\(change.action == .create ? "Tạo" : "Cập nhật") \(change.entity): \(change.description)" } } }
                    }
                }
                el("form", ["method": "post", "action": "/import/\(token.uuidString)/confirm", "class": "inline"]) {
                    Layout.csrfField(req)
                    el("button", ["type": "submit", "id": "xac-nhan"]) { "Xác nhận nhập" }
                }
                " "
                el("form", ["method": "post", "action": "/import/\(token.uuidString)/cancel", "class": "inline"]) {
                    Layout.csrfField(req)
                    el("button", ["type": "submit", "class": "secondary"]) { "Hủy" }
                }
            }
        }
    }
}
