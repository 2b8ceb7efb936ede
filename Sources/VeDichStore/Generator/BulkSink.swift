import Fluent
import FluentPostgresDriver
import Foundation
import NIOCore
import SQLKit

/// One cell of a generated row.
enum Cell: Sendable {
    case null
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case id(UUID)
    case date(Date)

    static func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .null }
    static func optional(_ id: UUID?) -> Cell { id.map(Cell.id) ?? .null }
    static func optional(_ value: Double?) -> Cell { value.map(Cell.double) ?? .null }
    static func optional(_ value: Bool?) -> Cell { value.map(Cell.bool) ?? .null }
}

/// A table the generator fills, with its columns in the order rows give them.
struct BulkTable: Sendable, Hashable {
    let name: String
    let columns: [String]
}

/// Where generated rows go: buffered per table and written in bulk, parents before children
/// (`order`), so a foreign key always finds its row.
protocol BulkSink: AnyObject {
    func add(_ table: BulkTable, _ row: [Cell]) async throws
    /// Writes everything buffered.
    func flush() async throws
}

enum BulkSinks {
    /// COPY on PostgreSQL, multi-row INSERTs elsewhere.
    static func make(for database: any Database, order: [BulkTable]) throws -> any BulkSink {
        if let postgres = database as? any PostgresDatabase, (database as? any SQLDatabase)?.dialect.name == "postgresql" {
            return CopySink(database: postgres, order: order)
        }
        return InsertSink(database: try database.sql, order: order)
    }
}

/// SQLite (and any SQL database): multi-row INSERT statements with bound values, in the
/// generator's transaction; about 16 000 values per statement, below SQLite's limit.
final class InsertSink: BulkSink {
    private let database: any SQLDatabase
    private let order: [BulkTable]
    private var buffers: [String: [[Cell]]] = [:]
    private var buffered = 0

    init(database: any SQLDatabase, order: [BulkTable]) {
        self.database = database
        self.order = order
    }

    func add(_ table: BulkTable, _ row: [Cell]) async throws {
        buffers[table.name, default: []].append(row)
        buffered += 1
        if buffered >= 20_000 { try await flush() }
    }

    func flush() async throws {
        for table in order {
            guard let rows = buffers[table.name], !rows.isEmpty else { continue }
            let perStatement = max(1, 16_000 / table.columns.count)
            var start = 0
            while start < rows.count {
                let builder = database.insert(into: table.name).columns(table.columns)
                for row in rows[start..<min(rows.count, start + perStatement)] {
                    let values: [any SQLExpression] = row.map { Self.bind($0) }
                    builder.values(values)
                }
                try await builder.run()
                start += perStatement
            }
            buffers[table.name] = []
        }
        buffered = 0
    }

    private static func bind(_ cell: Cell) -> any SQLExpression {
        switch cell {
        case .null: SQLLiteral.null
        case .text(let text): SQLBind(text)
        case .int(let value): SQLBind(value)
        case .double(let value): SQLBind(value)
        case .bool(let value): SQLBind(value)
        case .id(let id): SQLBind(id)
        case .date(let date): SQLBind(date)
        }
    }
}

/// PostgreSQL: `COPY … FROM STDIN` in text format on the generator's connection (postgres-nio's
/// `copyFrom`), one COPY per table per flush of about 8 MB.
final class CopySink: BulkSink {
    private let database: any PostgresDatabase
    private let order: [BulkTable]
    private var buffers: [String: ByteBuffer] = [:]
    private var bytes = 0
    private let allocator = ByteBufferAllocator()

    init(database: any PostgresDatabase, order: [BulkTable]) {
        self.database = database
        self.order = order
    }

    func add(_ table: BulkTable, _ row: [Cell]) async throws {
        var buffer = buffers.removeValue(forKey: table.name) ?? allocator.buffer(capacity: 1 << 16)
        let before = buffer.writerIndex
        for (index, cell) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            Self.write(cell, to: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
        bytes += buffer.writerIndex - before
        buffers[table.name] = buffer
        if bytes >= 8 << 20 { try await flush() }
    }

    func flush() async throws {
        for table in order {
            guard let buffer = buffers.removeValue(forKey: table.name), buffer.readableBytes > 0 else { continue }
            let name = table.name, columns = table.columns
            try await database.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    try await connection.copyFrom(table: name, columns: columns, logger: connection.logger) { writer in
                        try await writer.write(buffer)
                    }
                }
            }.get()
        }
        bytes = 0
    }

    /// "2025-06-20 08:00:00+00" (UTC), as COPY reads a timestamptz.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day)) \(two(secondOfDay / 3_600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))+00"
    }

    private static func write(_ cell: Cell, to buffer: inout ByteBuffer) {
        switch cell {
        case .null: buffer.writeStaticString("\\N")
        case .text(let text): writeEscaped(text, to: &buffer)
        case .int(let value): buffer.writeString(String(value))
        case .double(let value): buffer.writeString(value.description)
        case .bool(let value): buffer.writeStaticString(value ? "t" : "f")
        case .id(let id): buffer.writeString(id.uuidString)
        case .date(let date): buffer.writeString(timestamp(date))
        }
    }

    /// COPY's text format: backslash, tab, newline and carriage return escaped.
    private static func writeEscaped(_ text: String, to buffer: inout ByteBuffer) {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            buffer.writeString(text)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x5C: buffer.writeStaticString("\\\\")
            case 0x09: buffer.writeStaticString("\\t")
            case 0x0A: buffer.writeStaticString("\\n")
            case 0x0D: buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }
}
