import Foundation
import VeDichCore

/// The public corpus of real reports (Tests/VeDichImportTests/Fixtures/wild/dev, see its README),
/// read from the source tree: the import is checked against the same hand-written readings the
/// audit is scored on. The DOCX and PDF are made once per test run from each document's layout,
/// with LibreOffice, as `WildCorpus` makes them for the audit.
enum WildDocuments {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("VeDichImportTests/Fixtures/wild/dev", isDirectory: true)

    enum Format: String, CaseIterable, Sendable { case txt, docx, pdf }

    struct Expected: Decodable {
        var year: Int
        var rows: [Row]

        struct Row: Decodable {
            var code: String
            var name: String
            var target: String?
            var actual: String?
            var stated: String?
            var targets: [Issued]?
            var components: [Component]?
        }

        struct Issued: Decodable {
            var text: String
            var issuer: String
        }

        struct Component: Decodable {
            var name: String
            var target: String?
            var actual: String?
        }
    }

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("\(name).expected.json")))
    }

    struct ConversionFailed: Error, CustomStringConvertible { var description: String }

    /// The file of `name` in `format`; DOCX and PDF come from the layouts converted once.
    static func file(_ name: String, _ format: Format) throws -> URL {
        switch format {
        case .txt: return folder.appendingPathComponent("\(name).txt")
        case .docx, .pdf:
            let directory = try converted.get()
            let url = directory.appendingPathComponent("\(name).\(format.rawValue)")
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ConversionFailed(description: "\(name): không có bản \(format.rawValue) (không có bản dàn trang?)")
            }
            return url
        }
    }

    /// Every layout of the dev set, to DOCX in one LibreOffice run, then those to PDF in another
    /// (two runs of ~3 s, rather than two per document and test).
    private static let converted: Result<URL, ConversionFailed> = {
        do {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-wild-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let layouts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".layout.html") }
            var inputs: [String] = []
            for layout in layouts {
                let html = directory.appendingPathComponent(layout.replacingOccurrences(of: ".layout.html", with: ".html"))
                try FileManager.default.copyItem(at: folder.appendingPathComponent(layout), to: html)
                inputs.append(html.path)
            }
            try soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", directory.path] + inputs)
            try soffice(["--convert-to", "pdf", "--outdir", directory.path]
                        + inputs.map { $0.replacingOccurrences(of: ".html", with: ".docx") })
            return .success(directory)
        } catch let failure as ConversionFailed {
            return .failure(failure)
        } catch {
            return .failure(ConversionFailed(description: "\(error)"))
        }
    }()

    private static func soffice(_ arguments: [String]) throws {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ConversionFailed(description: "Không tìm thấy LibreOffice (soffice) trên máy")
        }
        // Its own profile: another test run converting at the same time would block on a shared one.
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)"] + arguments
        let console = Pipe()
        process.standardOutput = console
        process.standardError = console
        try process.run()
        let log = String(decoding: console.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ConversionFailed(description: "LibreOffice: \(log)") }
    }
}

/// Figures and names compared the way a person compares them on paper.
enum WildCompare {
    /// The numbers a figure is made of, without a note in parentheses beside it: "tăng 7,4 - 8,4%
    /// (do năm 2020 là năm gốc, tăng 2,06%)" and the stored "7,4 - 8,4%" are both [7,4, 8,4].
    /// - Parameter notes: the numbers of the note too.
    static func numbers(_ text: String?, notes: Bool = false) -> [String] {
        guard let text else { return [] }
        let withoutNotes = text.replacingOccurrences(of: #"\([^()]*\)"#, with: "", options: .regularExpression)
        let kept = !notes && withoutNotes.contains(where: \.isNumber) ? withoutNotes : text
        var numbers: [String] = []
        var current = ""
        for character in kept {
            if character.isNumber || (!current.isEmpty && (character == "," || character == ".")) {
                current.append(character)
            } else if !current.isEmpty {
                numbers.append(current.trimmingCharacters(in: CharacterSet(charactersIn: ",.")))
                current = ""
            }
        }
        if !current.isEmpty { numbers.append(current.trimmingCharacters(in: CharacterSet(charactersIn: ",."))) }
        return numbers
    }

    static func words(_ text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The stored name says what the printed one says: all but a bullet's "Trong đó" of its words.
    static func sameName(_ stored: String, _ printed: String) -> Bool {
        let printed = words(printed).filter { !["trong", "đó"].contains($0) }, stored = Set(words(stored))
        return Double(printed.filter(stored.contains).count) >= Double(printed.count) * 0.8
    }

    /// "I.4", "4" and "1." all end in row number 4, 4, 1.
    static func rowNumber(_ code: String) -> Int? {
        code.split(whereSeparator: { !$0.isNumber }).last.flatMap { Int($0) }
    }

    /// Vietnamese as a person writes it: at least one letter only Vietnamese uses.
    static func isVietnamese(_ text: String) -> Bool {
        text.precomposedStringWithCanonicalMapping.lowercased().contains { "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains($0) }
    }
}
