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
        let routes = routes.grouped(HeavyRequest())
        for format in Format.allCases {
            routes.get("plans", ":planID", "report.\(format.rawValue)") { req in try await download(req, format) }
        }
    }

    func download(_ req: Request, _ format: Format) async throws -> Response {
        let planID = try req.planID()
        let version = try req.version()
        let settings = ReportSettings(date: .today())
        let work = req.application.heavyWork
        if format == .pdf {
            // The generation before the data: a PDF kept under it holds data at least that new.
            let generation = try await req.store.generation()
            let convert: @Sendable () async throws -> PdfCache.File = {
                let report = try Report(plans: await req.store.planReports([(planID, version)]), settings: settings)
                let docx = try await work.file { try DocxWriter.data(report) }
                return (try await work.conversion { try PdfConverter().pdf(docx: docx) }, Self.filename(report, version, format))
            }
            guard let generation else { return Self.response(try await convert(), format) }
            let key = PdfCache.Key(planID: planID, version: version, settings: settings, generation: generation)
            return Self.response(try await req.application.pdfCache.pdf(key, make: convert), format)
        }
        let report = try Report(plans: await req.store.planReports([(planID, version)]), settings: settings)
        // Writing blocks: on the file workers, off the pools every request shares.
        let data = try await work.file {
            guard format == .xlsx else { return try DocxWriter.data(report) }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-report-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("bao-cao.xlsx")
            try XlsxWriter.write(report, to: file)
            return try Data(contentsOf: file)
        }
        return Self.response((data, Self.filename(report, version, format)), format)
    }

    static func filename(_ report: Report, _ version: ValueVersion, _ format: Format) -> String {
        report.fileName(extension: format.rawValue)
    }

    static func response(_ file: (data: Data, name: String), _ format: Format) -> Response {
        let response = Response(status: .ok, body: .init(data: file.data))
        response.headers.contentType = format.mediaType
        response.headers.contentDisposition = .init(.attachment, filename: file.name)
        return response
    }
}
