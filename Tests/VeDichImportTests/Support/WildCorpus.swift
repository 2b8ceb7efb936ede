import Foundation
@testable import VeDichImport

/// The public corpus of real reports (Fixtures/wild, see its README): each document, its address and
/// its expected reading written by hand, in the formats it is scored in.
enum WildCorpus {
    enum Split: String, CaseIterable { case dev, heldout }

    enum Format: String, CaseIterable, Comparable {
        case txt, docx, pdf
        static func < (lhs: Format, rhs: Format) -> Bool { allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)! }
    }

    struct Document {
        var name: String
        var split: Split
        var text: URL
        var source: String
        /// The document typed as an office would (Word), when there is one: it makes the DOCX and PDF.
        var layout: URL?
        var expected: Expectation
    }

    static let root = Bundle.module.url(forResource: "wild", withExtension: nil, subdirectory: "Fixtures")!

    static func documents(_ split: Split) throws -> [Document] {
        let folder = root.appendingPathComponent(split.rawValue, isDirectory: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        return try names.map { name in
            let base = folder.appendingPathComponent(name)
            let layout = base.appendingPathExtension("layout.html")
            return Document(
                name: name, split: split, text: base.appendingPathExtension("txt"),
                source: try String(contentsOf: base.appendingPathExtension("source"), encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines),
                layout: FileManager.default.fileExists(atPath: layout.path) ? layout : nil,
                expected: try JSONDecoder().decode(Expectation.self, from: Data(contentsOf: base.appendingPathExtension("expected.json"))))
        }
    }

    /// The file to audit in `format`: the text itself, or a DOCX LibreOffice makes from the layout,
    /// or the PDF LibreOffice exports from that DOCX (as an office downloads it from its portal).
    static func file(_ document: Document, _ format: Format, docx: inout [String: URL]) throws -> URL {
        switch format {
        case .txt:
            return document.text
        case .docx, .pdf:
            guard let layout = document.layout else { throw LibreOffice.ConversionFailed(description: "\(document.name): không có bản dàn trang") }
            let made = try docx[document.name]
                ?? LibreOffice.docx(fromHTML: String(contentsOf: layout, encoding: .utf8), name: document.name)
            docx[document.name] = made
            return format == .docx ? made : try pdf(fromDocx: made)
        }
    }

    /// `soffice --convert-to pdf` of a DOCX, in the DOCX's folder.
    static func pdf(fromDocx docx: URL) throws -> URL {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw LibreOffice.ConversionFailed(description: "Không tìm thấy LibreOffice (soffice) trên máy")
        }
        // Its own profile: parallel conversions sharing one would block on its lock.
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", "pdf", "--outdir", docx.deletingLastPathComponent().path, docx.path]
        let console = Pipe()
        process.standardOutput = console
        process.standardError = console
        try process.run()
        let log = String(decoding: console.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let output = docx.deletingPathExtension().appendingPathExtension("pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            throw LibreOffice.ConversionFailed(description: "LibreOffice không tạo được \(output.lastPathComponent): \(log)")
        }
        return output
    }

    /// What `vedich audit --format json` prints for `url`, as plain JSON: the scorer reads only the
    /// output contract, never the reader's types, so it survives changes to the reader's model.
    static func auditJSON(_ url: URL) throws -> [String: Any] {
        let report = try Auditor().audit(contentsOf: url)
        let data = try JSONEncoder().encode(AuditJSON(report))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

// MARK: - The expected reading (NAME.expected.json)

extension WildCorpus {
    struct Expectation: Decodable {
        var source: String
        var place: String
        var year: Int
        var kind: String
        var rows: [ExpectedRow]
        var claims: [ExpectedClaim]
    }

    struct ExpectedRow: Decodable {
        var code: String
        var name: String
        var target: String?
        var actual: String?
        var stated: String?
        var targets: [ExpectedTarget]?
        /// Cells holding several values (by weight / by height): the indicator's lines, in order.
        var lines: [ExpectedLine]?
        /// False when the document contradicts itself on this row (an error there is right).
        var consistent: Bool?
    }

    struct ExpectedLine: Decodable {
        var name: String
        var target: String?
        var actual: String?
    }

    struct ExpectedTarget: Decodable {
        var text: String
        var issuer: String
    }

    struct ExpectedClaim: Decodable {
        var kind: String
        var text: String
        var match: [String]
        var stated: String?
        var checkable: Bool
        var consistent: Bool?
    }
}
