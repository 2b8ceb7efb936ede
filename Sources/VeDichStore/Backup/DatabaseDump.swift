import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Every row of every table of a database as text, tables by name and rows sorted: two databases
/// hold the same data exactly when their dumps are equal. Tables are read from the catalogue, not
/// from a list, so a table added later is compared too. The data generation is left out: it is a
/// key for kept snapshots, not data, and a PostgreSQL restore moves it forward on purpose.
public struct DatabaseDump: Sendable, Equatable, CustomStringConvertible {
    public struct Table: Sendable, Equatable {
        public var name: String
        public var rows: [String]
    }

    public var tables: [Table]

    public var description: String {
        tables.map { table in ([" \(table.name): \(table.rows.count) dòng"] + table.rows.map { "  " + $0 }).joined(separator: "\n") }
            .joined(separator: "\n")
    }

    /// Row counts by table, e.g. for what a restore brought back.
    public var rowCounts: [(table: String, rows: Int)] {
        tables.map { ($0.name, $0.rows.count) }
    }

    /// Reads the database at `location` through a connection of its own, so a file replaced by a
    /// restore is read anew.
    public static func of(_ location: DatabaseLocation) async throws -> DatabaseDump {
        try await DirectConnection.with(location) { database in try await of(database) }
    }

    static func of(_ database: any SQLDatabase) async throws -> DatabaseDump {
        var tables: [Table] = []
        switch database.dialect.name {
        case "sqlite":
            let names = try await database.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'data_generation' ORDER BY name")
                .all().map { try $0.decode(column: "name", as: String.self) }
            for name in names {
                let rows = try await database.raw("SELECT * FROM \(ident: name)").all()
                tables.append(Table(name: name, rows: rows.map(sqliteText).sorted()))
            }
        default:
            // row_to_json writes every value losslessly (floats in their shortest exact form).
            let names = try await database.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'data_generation' ORDER BY tablename")
                .all().map { try $0.decode(column: "tablename", as: String.self) }
            for name in names {
                let rows = try await database.raw("SELECT row_to_json(t)::text AS row FROM \(ident: name) AS t").all()
                tables.append(Table(name: name, rows: try rows.map { try $0.decode(column: "row", as: String.self) }.sorted()))
            }
        }
        return DatabaseDump(tables: tables)
    }

    /// Columns by name, each value with its storage class: `7.5` as a real and `"7.5"` as text differ.
    private static func sqliteText(_ row: any SQLRow) -> String {
        guard let row = row as? SQLiteRow else { return "\(row)" }
        return row.columns.sorted { $0.name < $1.name }.map { column in
            let value = switch column.data {
            case .integer(let integer): "int \(integer)"
            case .float(let double): "real \(double)"
            case .text(let text): "text \(text.debugDescription)"
            case .blob(let buffer): "blob " + buffer.readableBytesView.map { String(format: "%02x", $0) }.joined()
            case .null: "null"
            }
            return "\(column.name)=\(value)"
        }.joined(separator: " | ")
    }
}
