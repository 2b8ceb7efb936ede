import Foundation

/// PDFs exported by LibreOffice Writer, as an office exports its Word report for the portal.
extension LibreOffice {
    /// The document (DOCX, or HTML opened in Writer) exported to PDF beside it.
    static func pdf(from document: URL) throws -> URL {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ConversionFailed(description: "Không tìm thấy LibreOffice (soffice) trên máy")
        }
        let directory = document.deletingLastPathComponent()
        // Its own profile per call: parallel tests sharing one would block on its lock.
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", "pdf:writer_pdf_Export", "--outdir", directory.path, document.path]
        let console = Pipe()
        process.standardOutput = console
        process.standardError = console
        try process.run()
        let log = String(decoding: console.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let output = directory.appendingPathComponent(document.deletingPathExtension().lastPathComponent + ".pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            throw ConversionFailed(description: "LibreOffice không tạo được \(output.lastPathComponent) (mã thoát \(process.terminationStatus)): \(log)")
        }
        return output
    }

    /// A small HTML document (see `HTMLDocument`) exported straight to PDF.
    static func pdf(fromHTML html: String, name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vedich-pdf-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("\(name).html")
        try Data(html.utf8).write(to: input)
        return try pdf(from: input)
    }
}
