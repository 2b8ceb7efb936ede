import Vapor
import VeDichCore
import VeDichImport
import VeDichPlanModel
import VeDichReports
import VeDichStore

/// The spreadsheet round trip of the entry page: download an agency's fill-in workbook, upload
/// it filled (or a CSV) → a preview of every value with its verdict and every problem by cell →
/// confirm writes all of it or nothing. Also the indicator table as a workbook.
struct ValueWorkbookPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(HeavyRequest()).get("plans", ":planID", "table.xlsx", use: table)
        let entering = routes.grouped(RequireRole(roles: [.admin, .planner, .agencyClerk]))
        entering.grouped(HeavyRequest()).get("plans", ":planID", "entry", "template.xlsx", use: template)
        entering.grouped(HeavyRequest()).post("plans", ":planID", "entry", "import", bodyLimit: BodyLimit.upload, use: upload)
        entering.post("plans", ":planID", "entry", "import", ":token", "confirm", use: confirm)
        entering.post("plans", ":planID", "entry", "import", ":token", "cancel", use: cancel)
    }

    static let xlsxType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    /// `?version=…&agency=<id>`: a clerk always gets their own agency's workbook.
    @Sendable func template(req: Request) async throws -> Response {
        let planID = try req.planID()
        let version = try req.version()
        let snapshot = try await req.store.snapshot(planID: planID)
        let responsible = try await req.store.responsibleAgencies(planID: planID)
        let agencyID = req.principal?.role == .agencyClerk ? req.principal?.agencyID
            : req.query[String.self, at: "agency"].flatMap(UUID.init(uuidString:))
        guard let agencyID, let agency = responsible.first(where: { $0.id == agencyID }) else {
            throw APIError(status: .badRequest, code: "missing_agency", userMessage: UserMessage(
                what: "Chưa chọn cơ quan, hoặc cơ quan không phụ trách chỉ tiêu nào của kế hoạch này",
                fix: "Chọn cơ quan trong danh sách ở trang Nhập số liệu"))
        }
        let template = ValueTemplate(evaluation: snapshot.evaluation(version), previous: snapshot.previous, agency: agency.name,
                                     indicatorIDs: try await req.store.indicatorsToFill(planID: planID, agencyID: agencyID))
        let data = try await req.application.heavyWork.file { try ValueTemplateWriter.data(template) }
        return Self.download(data, name: template.fileName)
    }

    @Sendable func table(req: Request) async throws -> Response {
        let snapshot = try await req.store.snapshot(planID: try req.planID())
        let evaluation = snapshot.evaluation(try req.version())
        let data = try await req.application.heavyWork.file { try IndicatorTableXlsx.data(evaluation, previous: snapshot.previous) }
        let plan = evaluation.plan
        let years = plan.startYear == plan.endYear ? "\(plan.startYear)" : "\(plan.startYear)-\(plan.endYear)"
        return Self.download(data, name: "bang-chi-tieu-\(years)-\(evaluation.version.rawValue).xlsx")
    }

    static func download(_ data: Data, name: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = xlsxType
        response.headers.contentDisposition = .init(.attachment, filename: name)
        return response
    }

    struct Upload: Content {
        var version: String?
        var file: File
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let planID = try req.planID()
        guard let upload = try? req.content.decode(Upload.self), upload.file.data.readableBytes > 0 else {
            return try await Self.problemPage(req, planID: planID, alert: "Chưa chọn tệp. Chọn tệp Excel (.xlsx, .xls), .ods hoặc CSV đã điền rồi bấm “Xem trước”.")
        }
        let version = upload.version.flatMap(ValueVersion.init(rawValue:))
        let data = Data(upload.file.data.readableBytesView)
        let preview: ValueImportPreview
        do {
            let sheet = try await ValueWorkbookImport.read(data, filename: upload.file.filename, on: req.application)
            preview = try await ValueWorkbookImport.preview(req, sheet: sheet, scope: .init(planID: planID, version: version))
        } catch let error as any UserFacingError {
            return try await Self.problemPage(req, planID: planID, alert: "\(error.userMessage.what). \(error.userMessage.fix).")
        }
        let token = preview.problems.isEmpty
            ? await req.application.pendingValueImports.keep(.init(preview: preview, uploadedBy: req.actor)) : nil
        return Self.previewPage(req, preview, token: token)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let planID = try req.planID()
        guard let pending = await req.application.pendingValueImports.take(try req.token(), by: req.actor),
              pending.preview.planID == planID else { throw PendingImports.expired }
        let preview = pending.preview
        let entry = "/plans/\(planID.uuidString)/entry?version=\(preview.version.rawValue)"
        do {
            let saved = try await ValueWorkbookImport.apply(req, preview)
            return req.redirect(to: "\(entry)&saved=\(saved)", redirectType: .normal)
        } catch let error as StoreError {
            switch error {
            case .staleRevision, .locked:
                return try await Self.problemPage(req, planID: planID, status: .conflict,
                                                  alert: "Chưa ghi giá trị nào: \(error.userMessage.what). Số liệu đã thay đổi từ lúc xem trước; tải tệp lên lại để xem trước với số liệu hiện tại.")
            default:
                throw error
            }
        }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let planID = try req.planID()
        let version = await req.application.pendingValueImports.take(try req.token(), by: req.actor)?.preview.version ?? .fullYearEstimate
        return req.redirect(to: "/plans/\(planID.uuidString)/entry?version=\(version.rawValue)", redirectType: .normal)
    }

    /// A file that could not be read at all: the message, and the way back.
    static func problemPage(_ req: Request, planID: UUID, status: HTTPResponseStatus = .badRequest, alert: String) async throws -> Response {
        let response = Layout.page(req, "Nhập số liệu từ tệp") {
            el("h1") { "Nhập số liệu từ tệp" }
            el("p", ["class": "alert", "role": "alert", "id": "loi-tep-chung"]) { alert }
            el("p") { el("a", ["href": "/plans/\(planID.uuidString)/entry"]) { "Về trang Nhập số liệu" } }
        }
        response.status = status
        return response
    }

    /// Every value with its verdict; every problem by cell. Confirm only when there is none.
    static func previewPage(_ req: Request, _ preview: ValueImportPreview, token: UUID?) -> Response {
        let base = "/plans/\(preview.planID.uuidString)"
        let problemsAt = Dictionary(grouping: preview.problems.filter { $0.location != nil }, by: { $0.location! })
        let response = Layout.page(req, "Xem trước số liệu từ \(preview.source)") {
            el("h1") { "Xem trước số liệu từ “\(preview.source)”" }
            el("p", ["class": "muted"]) {
                "\(preview.planTitle) · \(Layout.versionAndPeriod(preview.version, preview.periodLabel))"
                if let agency = preview.agency { " · \(agency)" }
            }
            if preview.problems.isEmpty {
                el("p", ["class": "notice", "role": "status", "id": "tom-tat-nhap"]) {
                    preview.sentence.prefix(1).uppercased() + preview.sentence.dropFirst() + ". Chưa ghi gì: kiểm tra rồi bấm “Xác nhận nhập”."
                }
            } else {
                el("p", ["class": "alert", "role": "alert"]) {
                    "Không nhập được: \(preview.problems.count) ô có vấn đề. Không giá trị nào được ghi; sửa các ô dưới đây trong tệp rồi tải lên lại."
                }
                el("ul", ["id": "loi-tep", "class": "findings"]) {
                    for problem in preview.problems { el("li") { problem.description } }
                }
            }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "xem-truoc-so-lieu"]) {
                    el("thead") { el("tr") {
                        el("th") { "Ô" }; el("th") { "Mã" }; el("th") { "Chỉ tiêu" }; el("th") { "Kế hoạch" }
                        el("th") { "Đang có" }; el("th") { "Giá trị mới" }; el("th") { "Đánh giá" }
                    } }
                    el("tbody") {
                        for row in preview.rows {
                            el("tr", attributes: [("data-code", row.code), ("class", problemsAt[row.location] == nil ? nil : "mismatch")]) {
                                el("td") { "hàng \(row.location.row), cột \(row.location.column)" }
                                el("td") { row.code }
                                el("td") { row.name }
                                el("td", ["class": "num"]) { row.target ?? "" }
                                el("td", ["class": "num"]) { row.current ?? "" }
                                el("td", ["class": "num value"]) {
                                    row.text
                                    if row.unchanged { el("span", ["class": "muted"]) { " (không đổi)" } }
                                    if !row.warnings.isEmpty { el("span", ["class": "warning", "role": "note"]) { " " + row.warnings.joined(separator: " ") } }
                                }
                                el("td") {
                                    el("details") {
                                        el("summary") { Layout.verdict(row.verdict) }
                                        el("p") { row.reason }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if let token {
                if preview.rows.contains(where: { !$0.warnings.isEmpty }) {
                    el("p", ["class": "warning"]) { "Có giá trị cần kiểm tra (xem cảnh báo trong bảng). Bấm “Xác nhận nhập” nghĩa là các giá trị đó đúng; cảnh báo được lưu cùng giá trị." }
                }
                el("div", ["class": "actions confirm-import"]) {
                    el("form", ["method": "post", "action": "\(base)/entry/import/\(token.uuidString)/confirm", "class": "inline"]) {
                        Layout.csrfField(req)
                        el("button", ["type": "submit", "id": "xac-nhan-nhap"]) { "Xác nhận nhập" }
                    }
                    " "
                    el("form", ["method": "post", "action": "\(base)/entry/import/\(token.uuidString)/cancel", "class": "inline"]) {
                        Layout.csrfField(req)
                        el("button", ["type": "submit", "class": "secondary"]) { "Hủy" }
                    }
                }
            } else {
                el("p") { el("a", ["href": "\(base)/entry?version=\(preview.version.rawValue)"]) { "Về trang Nhập số liệu" } }
            }
        }
        if token == nil { response.status = .unprocessableEntity }
        return response
    }

    /// The entry page's part: the workbook to download (a clerk's own agency; the planning office
    /// chooses one) and the upload form.
    static func entrySection(_ req: Request, planID: UUID, version: ValueVersion, agencies: [AgencyInfo]) -> HTML {
        let base = "/plans/\(planID.uuidString)/entry"
        let isClerk = req.principal?.role == .agencyClerk
        return el("section", ["id": "nhap-tu-tep"]) {
            el("h2") { "Nhập từ tệp Excel/CSV" }
            if isClerk {
                el("p") {
                    el("a", ["id": "tai-mau", "class": "button", "href": "\(base)/template.xlsx?version=\(version.rawValue)"]) { "Tải mẫu nhập số liệu (Excel)" }
                    " Mẫu có các chỉ tiêu của cơ quan bạn; chỉ ghi vào cột “\(ValueSheetLayout.valueHeader)”."
                }
            } else if !agencies.isEmpty {
                el("form", ["method": "get", "action": "\(base)/template.xlsx", "class": "inline", "id": "mau-co-quan"]) {
                    el("input", ["type": "hidden", "name": "version", "value": version.rawValue])
                    el("label", ["for": "agency"]) { "Mẫu nhập số liệu của " }
                    el("select", ["id": "agency", "name": "agency"]) {
                        for agency in agencies { el("option", ["value": agency.id.uuidString]) { agency.name } }
                    }
                    " "
                    el("button", ["type": "submit", "id": "tai-mau"]) { "Tải mẫu (Excel)" }
                }
            }
            el("form", ["method": "post", "action": "\(base)/import", "enctype": "multipart/form-data", "id": "nhap-tep"]) {
                Layout.csrfField(req)
                el("input", ["type": "hidden", "name": "version", "value": version.rawValue])
                el("label", ["for": "tep-so-lieu"]) { "Tệp đã điền (.xlsx, .xls, .ods, .csv): " }
                el("input", ["type": "file", "id": "tep-so-lieu", "name": "file", "accept": ".xlsx,.xls,.ods,.csv", "required": "required"])
                " "
                el("button", ["type": "submit", "id": "xem-truoc-tep"]) { "Xem trước" }
            }
        }
    }
}
