import Vapor
import VeDichCore
import VeDichReports
import VeDichStore

/// The formal report of a plan, written from live data: `/plans/{id}/report.docx|xlsx|pdf`.
struct ReportDownloads: RouteCollection {
    enum Format: String, CaseIterable {
        case docx, xlsx, pdf

        var mediaType: HTTPMediaType {
            switch self {
            case .docx: HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.wordprocessingml.document")
            case .xlsx: HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            case .pdf: .pdf
            }
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        for format in Format.allCases {
            routes.get("plans", ":planID", "report.\(format.rawValue)") { req in try await download(req, format) }
        }
    }

    func download(_ req: Request, _ format: Format) async throws -> Response {
        let planID = try req.planID()
        let version = try req.version()
        let report = try Report(plans: await req.store.planReports([(planID, version)]), settings: ReportSettings(date: .today()))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bao-cao.\(format.rawValue)")
        // Writing, and above all LibreOffice's PDF conversion, blocks: keep it off the event loop.
        try await req.application.threadPool.runIfActive {
            switch format {
            case .docx: try DocxWriter.write(report, to: file)
            case .xlsx: try XlsxWriter.write(report, to: file)
            case .pdf: try PdfConverter().convert(docx: try DocxWriter.data(report), to: file)
            }
        }
        let plan = report.sections.first?.evaluation.plan
        let name = "bao-cao-\(plan.map { "\($0.startYear)-\($0.endYear)" } ?? "ke-hoach")-\(version.rawValue).\(format.rawValue)"
        let response = Response(status: .ok, body: .init(data: try Data(contentsOf: file)))
        response.headers.contentType = format.mediaType
        response.headers.contentDisposition = .init(.attachment, filename: name)
        return response
    }
}
