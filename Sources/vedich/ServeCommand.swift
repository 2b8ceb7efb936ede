import ArgumentParser
import Vapor
import VeDichStore
import VeDichWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Chạy máy chủ VeDich (API JSON tại /api/v1, tài liệu tại /api/openapi.json)."
    )

    @ArgumentParser.Option(help: "Cổng.") var port: Int = 8080
    @ArgumentParser.Option(help: "Địa chỉ lắng nghe.") var hostname: String = "127.0.0.1"

    func run() async throws {
        let location = DatabaseLocation.fromEnvironment()
        // Held while serving: vedich restore refuses to replace a database a server has open.
        let lock: ServerLock
        do {
            lock = try await ServerLock.acquire(location)
        } catch let error as BackupError {
            Console.reject(error)
        }
        // Structured (JSON) lines when VEDICH_LOG_FORMAT=json; every request's lines carry its id.
        JSONLogHandler.bootstrapFromEnvironment()
        let app = try await Application.make(Environment(name: "production", arguments: ["vedich", "serve"]))
        do {
            try await configure(app, location: location)
            app.http.server.configuration.hostname = hostname
            app.http.server.configuration.port = port
            Console.print("VeDich đang chạy tại http://\(hostname):\(port)/ (dữ liệu: \(location))")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            await lock.release()
            throw error
        }
        try await app.asyncShutdown()
        await lock.release()
    }
}
