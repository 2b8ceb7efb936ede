import Foundation
import Testing

/// The shipped nginx site (deploy/nginx/vedich.conf) passes `nginx -t` as it is, with only the
/// certificate paths pointed at a self-signed pair made here; and its body limits are the app's.
@Suite struct DeployConfigTests {
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    static let config = root.appendingPathComponent("deploy/nginx/vedich.conf")

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static func tool(_ name: String) throws -> String {
        let found = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"].map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(found, "\(name) is missing: run scripts/bootstrap.sh (it installs nginx and openssl)")
    }

    @Test func theShippedNginxSitePassesNginxT() throws {
        let nginx = try Self.tool("nginx"), openssl = try Self.tool("openssl")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-nginx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cert = folder.appendingPathComponent("fullchain.pem").path, key = folder.appendingPathComponent("privkey.pem").path
        let made = try Self.run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=vedich.test",
                                          "-keyout", key, "-out", cert])
        #expect(made.status == 0, "openssl: \(made.output)")

        var site = try String(contentsOf: Self.config, encoding: .utf8)
        for (shipped, made) in [("/etc/ssl/vedich/fullchain.pem", cert), ("/etc/ssl/vedich/privkey.pem", key)] {
            #expect(site.contains(shipped), "the site no longer names \(shipped): update this test and docs/deploy.md")
            site = site.replacingOccurrences(of: shipped, with: made)
        }
        try site.write(to: folder.appendingPathComponent("vedich.conf"), atomically: true, encoding: .utf8)
        // The site goes inside http {}, as Debian's nginx.conf includes sites-enabled; every path
        // nginx writes is in the temporary folder, so no root is needed.
        let path = folder.path
        let main = """
            pid \(path)/nginx.pid;
            error_log \(path)/error.log;
            events {}
            http {
                access_log off;
                client_body_temp_path \(path)/body;
                proxy_temp_path \(path)/proxy;
                fastcgi_temp_path \(path)/fastcgi;
                uwsgi_temp_path \(path)/uwsgi;
                scgi_temp_path \(path)/scgi;
                include \(path)/vedich.conf;
            }
            """
        try main.write(to: folder.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
        let checked = try Self.run(nginx, ["-t", "-e", "\(path)/error.log", "-p", path + "/", "-c", "\(path)/nginx.conf"])
        #expect(checked.status == 0 && checked.output.contains("test is successful"), "nginx -t: \(checked.output)")
    }

    /// nginx must let through what the app takes (BodyLimit) and refuse nothing the app would take.
    @Test func theSiteBodyLimitsAreTheApps() throws {
        let site = try String(contentsOf: Self.config, encoding: .utf8)
        let limits = try String(contentsOf: Self.root.appendingPathComponent("Sources/VeDichWeb/Auth/BodyLimit.swift"), encoding: .utf8)
        for (name, app, nginx) in [("login", "16kb", "16k"), ("form", "1mb", "1m"), ("upload", "16mb", "16m"), ("exchange", "64mb", "64m")] {
            #expect(limits.contains("static let \(name): ByteCount = \"\(app)\""), "BodyLimit.\(name) is no longer \(app): update deploy/nginx/vedich.conf")
            #expect(site.contains("client_max_body_size \(nginx);"), "the nginx site has no client_max_body_size \(nginx) for \(name)")
        }
        #expect(site.contains("proxy_set_header X-Forwarded-Proto $scheme;"))
        #expect(site.contains("proxy_set_header X-Request-Id $request_id;"))
    }
}
