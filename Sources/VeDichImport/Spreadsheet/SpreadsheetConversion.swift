import Foundation

/// Turns an .xls or .ods into an .xlsx with LibreOffice headless, so one reader reads them all.
/// Its own profile per call (two conversions sharing one are unreliable) and a time limit: a
/// file that makes LibreOffice hang must not hold a worker for ever.
public struct SpreadsheetConversion: Sendable {
    public var timeoutSeconds: Int

    public init(timeoutSeconds: Int = 60) {
        self.timeoutSeconds = timeoutSeconds
    }

    func xlsx(from data: Data, name: String, extension ext: String) throws(SpreadsheetReadError) -> Data {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        let candidates = ["/usr/bin/soffice"] + path.split(separator: ":").flatMap { ["\($0)/soffice", "\($0)/libreoffice"] }
        guard let soffice = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw .converterMissing(name: name)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-convert-\(UUID().uuidString)", isDirectory: true)
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer {
            try? FileManager.default.removeItem(at: work)
            try? FileManager.default.removeItem(at: profile)
        }
        let input = work.appendingPathComponent("so-lieu.\(ext)")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try data.write(to: input)
        } catch {
            throw .conversionFailed(name: name, reason: "không ghi được bản tạm")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw .converterMissing(name: name) }
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw .conversionFailed(name: name, reason: "quá \(timeoutSeconds) giây")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let output = work.appendingPathComponent("so-lieu.xlsx")
        guard let converted = try? Data(contentsOf: output), !converted.isEmpty else {
            throw .conversionFailed(name: name, reason: "LibreOffice không tạo ra tệp (mã thoát \(process.terminationStatus))")
        }
        return converted
    }
}
