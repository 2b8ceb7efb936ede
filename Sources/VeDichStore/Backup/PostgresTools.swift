import Foundation

/// Runs Debian's PostgreSQL client programs (pg_dump, pg_restore, psql) on a database URL, with
/// the password passed in the environment rather than on a command line others can list.
struct PostgresTools {
    let url: String
    let password: String?

    init(url: String) {
        guard var components = URLComponents(string: url), let password = components.password else {
            self.url = url
            self.password = nil
            return
        }
        components.password = nil
        self.url = components.string ?? url
        self.password = password.removingPercentEncoding ?? password
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String

        /// The first lines of what the tool said, for a message.
        var complaint: String {
            let lines = stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return lines.prefix(3).joined(separator: " / ")
        }
    }

    /// `PATH` first (Debian's wrappers pick the cluster's version), then the versioned folders.
    static func path(of tool: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        let versioned = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin" }
        for folder in folders + versioned {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(tool).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw BackupError.toolMissing(tool: tool)
    }

    /// Runs `tool`; stdout and stderr go to files, so a large output cannot block the child.
    func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.path(of: tool))
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        if let password { environment["PGPASSWORD"] = password }
        environment["PGCONNECT_TIMEOUT"] = environment["PGCONNECT_TIMEOUT"] ?? "10"
        process.environment = environment
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: try Data(contentsOf: out),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Runs `tool` and returns its stdout, or throws what it said.
    func check(_ tool: String, _ arguments: [String]) throws -> Data {
        let output = try run(tool, arguments)
        guard output.status == 0 else { throw BackupError.toolFailed(tool: tool, message: output.complaint) }
        return output.stdout
    }

    /// The schema VeDich's tables live in: the configured search path, else the server's default.
    func schema(searchPath: String?) throws -> String {
        if let searchPath { return searchPath }
        let text = String(decoding: try check("psql", ["-X", "-A", "-t", "-c", "SELECT current_schema()", "--dbname", url]), as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
