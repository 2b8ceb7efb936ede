import Vapor
import VeDichCore
import VeDichReports
import VeDichStore

/// The ministry's pages (`/national…`): the national summary, one indicator across provinces,
/// reporting status by province and agency, and the drill-down province → agencies → indicator,
/// each with its XLSX download. Only the ministry's roles get past `RequireRole`.
struct NationalPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let national = routes.grouped(RequireRole(roles: NationalController.ministry)).grouped("national")
        national.get(use: summary)
        national.get("summary.xlsx", use: summaryWorkbook)
        national.get("indicators", ":code", use: indicator)
        national.get("indicators", ":code", "table.xlsx", use: indicatorWorkbook)
        national.get("status", use: status)
        national.get("status.xlsx", use: statusWorkbook)
        national.get("provinces", ":provinceID", use: province)
        national.get("provinces", ":provinceID", "agencies", ":agencyID", use: agency)
        national.get("provinces", ":provinceID", "agencies", ":agencyID", "table.xlsx", use: agencyWorkbook)
    }

    @Sendable func summary(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: true) {
            let year = try await req.nationalYear()
            let summary = try await req.store.nationalSummary(year: year, version: try req.version(), rollups: req.nationalRollups)
            let choices = try await req.store.nationalChoices(year: year, rollups: req.nationalRollups)
            return NationalSummaryView.page(req, summary: summary, years: choices.years, codes: choices.codes)
        }
    }

    @Sendable func summaryWorkbook(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: false) {
            let summary = try await req.store.nationalSummary(year: try await req.nationalYear(), version: try req.version(),
                                                              rollups: req.nationalRollups)
            return try await Self.download(req, NationalWorkbooks.summary(summary), name: "tong-hop-\(summary.year)-\(summary.version.rawValue).xlsx")
        }
    }

    @Sendable func indicator(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: true) {
            NationalIndicatorView.page(req, indicator: try await req.nationalIndicator())
        }
    }

    @Sendable func indicatorWorkbook(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: false) {
            let indicator = try await req.nationalIndicator()
            return try await Self.download(req, NationalWorkbooks.indicator(indicator),
                                           name: "chi-tieu-\(Self.fileSafe(indicator.code))-\(indicator.year)-\(indicator.version.rawValue).xlsx")
        }
    }

    @Sendable func status(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: true) {
            let status = try await req.store.reportingStatus(year: try await req.nationalYear(), version: try req.version(),
                                                             today: Store.vietnameseDay(Date()), rollups: req.nationalRollups)
            return ReportingStatusView.page(req, status: status, years: try await req.store.annualPlanYears(rollups: req.nationalRollups))
        }
    }

    @Sendable func statusWorkbook(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: false) {
            let status = try await req.store.reportingStatus(year: try await req.nationalYear(), version: try req.version(),
                                                             today: Store.vietnameseDay(Date()), rollups: req.nationalRollups)
            return try await Self.download(req, NationalWorkbooks.status(status), name: "tinh-hinh-bao-cao-\(status.year)-\(status.version.rawValue).xlsx")
        }
    }

    @Sendable func province(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: true) {
            let provinceID = try req.uuidParameter("provinceID") { .agencyNotFound(id: $0) }
            let status = try await req.store.reportingStatus(year: try await req.nationalYear(), version: try req.version(),
                                                             today: Store.vietnameseDay(Date()), provinceID: provinceID)
            guard let province = status.provinces.first else { throw Self.noProvince(provinceID) }
            return ReportingStatusView.provincePage(req, province: province, status: status)
        }
    }

    @Sendable func agency(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: true) {
            AgencyIndicatorsView.page(req, agency: try await Self.agencyIndicators(req))
        }
    }

    @Sendable func agencyWorkbook(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: false) {
            let agency = try await Self.agencyIndicators(req)
            return try await Self.download(req, NationalWorkbooks.agency(agency),
                                           name: "chi-tieu-co-quan-\(agency.plan.startYear)-\(agency.version.rawValue).xlsx")
        }
    }

    static func agencyIndicators(_ req: Request) async throws -> AgencyIndicators {
        let provinceID = try req.uuidParameter("provinceID") { .agencyNotFound(id: $0) }
        let agencyID = try req.uuidParameter("agencyID") { .agencyNotFound(id: $0) }
        do {
            return try await req.store.agencyIndicators(provinceID: provinceID, agencyID: agencyID, year: try await req.nationalYear(),
                                                        version: try req.version())
        } catch let error as NationalError {
            throw error.apiError
        }
    }

    static func noProvince(_ id: UUID) -> APIError {
        APIError(status: .notFound, code: "province_not_found", userMessage: UserMessage(
            what: "Không có tỉnh, thành phố mã “\(id.uuidString)”", fix: "Chọn tỉnh trong bảng tổng hợp cả nước"))
    }

    static func download(_ req: Request, _ workbook: TableWorkbook, name: String) async throws -> Response {
        let data = try await req.application.heavyWork.file { try workbook.data() }
        return ValueWorkbookPages.download(data, name: name)
    }

    /// A code as part of a file name: letters, digits, dots and dashes.
    static func fileSafe(_ code: String) -> String {
        String(code.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "-" })
    }
}
