import Foundation

/// Turns a DOCX into a PDF with LibreOffice headless. Every call gets a profile of its own: two
/// conversions sharing one are unreliable (one may leave no file and still exit 0), so the output
/// file is checked, not the exit status alone.
public struct PdfConverter: Sendable {
    /// Where `soffice` is looked for, in order.
    public var candidates: [String]
    public var timeoutSeconds: Int

    public init(candidates: [String]? = nil, timeoutSeconds: Int = 180) {
        self.candidates = candidates ?? Self.defaultCandidates()
        self.timeoutSeconds = timeoutSeconds
    }

    static func defaultCandidates() -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        return ["/usr/bin/soffice"] + path.split(separator: ":").flatMap { ["\($0)/soffice", "\($0)/libreoffice"] }
    }

    public func convert(docx: Data, to destination: URL) throws(ReportError) {
        try ReportOutput.write(try pdf(docx: docx), to: destination)
    }

    /// The PDF's bytes, for a server that keeps them or sends them without a file of its own.
    public func pdf(docx: Data) throws(ReportError) -> Data {
        guard let soffice = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw .converterNotFound(searched: Array(Set(candidates)).sorted())
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-pdf-\(UUID().uuidString)", isDirectory: true)
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer {
            try? FileManager.default.removeItem(at: work)
            try? FileManager.default.removeItem(at: profile)
        }
        let input = work.appendingPathComponent("bao-cao.docx")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try docx.write(to: input)
        } catch {
            throw .outputNotWritable(path: input.path)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", "pdf", "--outdir", work.path, input.path]
        let log = work.appendingPathComponent("soffice.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try? FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        do { try process.run() } catch { throw .converterNotFound(searched: [soffice]) }
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw .conversionTimedOut(seconds: timeoutSeconds)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try? handle?.close()

        let output = work.appendingPathComponent("bao-cao.pdf")
        guard FileManager.default.fileExists(atPath: output.path), let pdf = try? Data(contentsOf: output), !pdf.isEmpty else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let lines = text.split(separator: "\n").filter { !$0.contains("javaldx") }
            throw .conversionFailed(status: process.terminationStatus, log: lines.suffix(3).joined(separator: " "))
        }
        return pdf
    }
}
