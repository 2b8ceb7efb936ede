import Foundation

/// Runs poppler's `pdftotext -bbox-layout` on a PDF and returns its XHTML: every word with its box.
/// A subprocess rather than a linked library: poppler-utils is one Debian package, and a PDF that
/// hangs or crashes the parser takes down only that process, which is stopped after `timeout`.
enum PdfTextExtractor {
    /// A 300-page report takes poppler a few seconds; a minute means the file is pathological.
    static let timeout: TimeInterval = 60
    /// Well above the word boxes of any report (about 150 bytes a word); a bound on memory.
    static let maxOutputBytes = 512 * 1024 * 1024

    static func bboxXHTML(of url: URL, name: String) throws(ReportReadError) -> Data {
        guard let tool = executable() else { throw .pdfReaderMissing(path: name) }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-q", "-bbox-layout", "-enc", "UTF-8", url.path, "-"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .pdfReaderMissing(path: name)
        }
        // Both pipes are drained while the tool runs: a full pipe would block it forever.
        let stdout = PipeDrain(output.fileHandleForReading, limit: maxOutputBytes)
        let stderr = PipeDrain(errors.fileHandleForReading, limit: 64 * 1024)
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = exited.wait(timeout: .now() + 5)
            throw .notAPdf(path: name, reason: "đọc quá \(Int(timeout)) giây mà chưa xong (tệp có thể bị hỏng hoặc quá phức tạp)")
        }
        let data = stdout.wait()
        let message = String(decoding: stderr.wait(), as: UTF8.self)
        if stdout.overflowed {
            throw .tooLarge(path: name, reason: "chữ trích từ tệp PDF vượt \(maxOutputBytes / 1024 / 1024) MB")
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .notAPdf(path: name, reason: reason(status: process.terminationStatus, message: message))
        }
        return data
    }

    /// pdftotext's exit codes: 1 the file cannot be opened, 3 permissions (copying text forbidden).
    static func reason(status: Int32, message: String) -> String {
        let lowered = message.lowercased()
        if lowered.contains("password") || lowered.contains("encrypt") {
            return "tệp được khóa bằng mật khẩu"
        }
        if status == 3 {
            return "tệp không cho phép chép chữ (bị giới hạn quyền)"
        }
        return "tệp bị hỏng hoặc không phải là PDF"
    }

    private static func executable() -> URL? {
        let directories = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return directories.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("pdftotext") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// Reads a pipe to its end on a background thread, keeping at most `limit` bytes.
private final class PipeDrain: @unchecked Sendable {
    private var data = Data()
    private(set) var overflowed = false
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle, limit: Int) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                if data.count + chunk.count > limit {
                    overflowed = true
                } else {
                    data.append(chunk)
                }
            }
            done.signal()
        }
    }

    /// The bytes read; only after the writer has closed the pipe (the process has exited).
    func wait() -> Data {
        done.wait()
        return data
    }
}
