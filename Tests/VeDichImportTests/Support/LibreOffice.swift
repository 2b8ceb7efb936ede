import Foundation

/// Makes real DOCX files with LibreOffice, so the reader is tested against a producer that is not
/// VeDich (a DOCX we wrote ourselves would only confirm our own reading of the format).
///
/// What works (LibreOffice 7.4 here): the plain
/// `soffice --headless -env:UserInstallation=file:///tmp/lo-<uuid> --convert-to docx:"MS Word 2007 XML" --outdir DIR file.html`
/// — an .html input opens in Writer (not Writer/Web) in headless conversion, so no `--infilter`
/// is needed. LibreOffice writes HTML colspan as `w:gridSpan` and rowspan as
/// `w:vMerge val="restart"` followed by `w:vMerge val="continue"`.
enum LibreOffice {
    struct ConversionFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// - Parameter html: a whole HTML document; it must declare `<meta charset="utf-8">`, or
    ///   LibreOffice reads the Vietnamese as Latin-1.
    static func docx(fromHTML html: String, name: String) throws -> URL {
        try convert(html: html, name: name, extension: "docx", filter: "MS Word 2007 XML")
    }

    /// An OpenDocument text: a ZIP package like a DOCX, but without `word/document.xml`.
    static func odt(fromHTML html: String, name: String) throws -> URL {
        try convert(html: html, name: name, extension: "odt", filter: "writer8")
    }

    private static func convert(html: String, name: String, extension ext: String, filter: String) throws -> URL {
        let soffice = try executable()
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vedich-docx-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("\(name).html")
        try Data(html.utf8).write(to: input)

        // Its own profile per call: parallel tests sharing one would block on its lock.
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }

        let process = Process()
        process.executableURL = soffice
        process.arguments = [
            "--headless", "--norestore",
            "-env:UserInstallation=\(profile.absoluteString)",
            "--convert-to", "\(ext):\(filter)",
            "--outdir", directory.path,
            input.path,
        ]
        let console = Pipe()
        process.standardOutput = console
        process.standardError = console
        try process.run()
        let log = String(decoding: console.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        let output = directory.appendingPathComponent("\(name).\(ext)")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            throw ConversionFailed(description: """
                LibreOffice không tạo được \(output.lastPathComponent) \
                (mã thoát \(process.terminationStatus)): \(log)
                """)
        }
        return output
    }

    private static func executable() throws -> URL {
        let candidates = ["/usr/bin/soffice"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").flatMap {
                ["\($0)/soffice", "\($0)/libreoffice"]
            }
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ConversionFailed(description: "Không tìm thấy LibreOffice (soffice) trên máy")
        }
        return URL(fileURLWithPath: found)
    }
}
