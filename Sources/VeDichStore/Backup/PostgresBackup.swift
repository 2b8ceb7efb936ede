import Foundation

/// PostgreSQL backups: `pg_dump` in its custom format, of the one schema VeDich uses; a restore
/// checks the archive first, then replaces the schema's tables in one transaction through psql,
/// so a failure halfway leaves the database as it was.
enum PostgresBackup {
    static let magic = Data("PGDMP".utf8)

    static func write(url: String, searchPath: String?, to output: URL) throws {
        let tools = PostgresTools(url: url)
        let schema = try tools.schema(searchPath: searchPath)
        let partial = DurableFile.temporarySibling(of: output, purpose: "partial")
        defer { try? FileManager.default.removeItem(at: partial) }
        _ = try tools.check("pg_dump", ["--format=custom", "--schema=\(quotedIdentifier(schema))", "--file=\(partial.path)",
                                        "--dbname=\(tools.url)"])
        do {
            try DurableFile.commit(partial, as: output)
        } catch {
            throw BackupError.outputUnwritable(path: output.path, reason: "\(error)")
        }
    }

    static func restore(url: String, searchPath: String?, from backup: URL, named path: String) async throws {
        let tools = PostgresTools(url: url)
        let archive = try contents(of: backup, named: path, tools: tools)
        let schema = try tools.schema(searchPath: searchPath)
        guard archive.schema == schema else {
            throw BackupError.otherSchema(path: path, backupSchema: archive.schema, databaseSchema: schema)
        }
        try MigrationNames.check(archive.migrations, path: path)
        try await SchemaCheck.postgres(backup, migrations: archive.migrations, backupSchema: archive.schema, url: url,
                                       tools: tools, named: path)

        let script = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-restore-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        _ = try tools.check("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--file=\(script.path)", backup.path])
        // Tables the backup does not have (a later migration, a stray table) go too: afterwards
        // the schema holds exactly what the backup holds. All in the one transaction of psql -1.
        let dropEveryTable = """
            DO $$ DECLARE t record; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = \(quotedLiteral(schema)) LOOP
                EXECUTE format('DROP TABLE IF EXISTS %I.%I CASCADE', \(quotedLiteral(schema)), t.tablename);
              END LOOP;
            END $$;
            """
        // Servers still running keep plan snapshots keyed by the data generation; the restored
        // counter may equal one they hold, so it ends above both the old and the restored one.
        let generation = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\".data_generation"
        let keepGeneration = """
            CREATE TEMP TABLE vedich_generation_before (counter bigint);
            DO $$ BEGIN IF to_regclass(\(quotedLiteral(generation))) IS NOT NULL THEN
              INSERT INTO pg_temp.vedich_generation_before SELECT counter FROM \(generation);
            END IF; END $$;
            """
        let passGeneration = """
            DO $$ BEGIN IF to_regclass(\(quotedLiteral(generation))) IS NOT NULL THEN
              UPDATE \(generation) SET counter = GREATEST(counter,
                COALESCE((SELECT max(counter) FROM pg_temp.vedich_generation_before), 0)) + 1;
            END IF; END $$;
            """
        try await ServerLock.exclusively(.postgres(url: url, searchPath: searchPath)) {
            _ = try tools.check("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction",
                                         "-c", keepGeneration, "-c", dropEveryTable, "-f", script.path, "-c", passGeneration,
                                         "--dbname=\(tools.url)"])
        }
    }

    struct Archive {
        var schema: String
        var migrations: [String]
    }

    /// What the archive holds, read without touching any database; refuses what is not a VeDich backup.
    static func contents(of backup: URL, named path: String, tools: PostgresTools) throws -> Archive {
        let list = try tools.run("pg_restore", ["--list", backup.path])
        guard list.status == 0 else { throw BackupError.damaged(path: path, reason: list.complaint) }
        // "215; 1259 57844 TABLE zz_try _fluent_migrations vedich"
        let tableEntries = String(decoding: list.stdout, as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix(";") }
            .map { $0.split(separator: " ").map(String.init) }
            .filter { $0.count >= 6 && $0[3] == "TABLE" && $0[4] != "DATA" }
        guard let migrationTable = tableEntries.first(where: { $0[5] == MigrationNames.table }) else {
            throw BackupError.notABackup(path: path, reason: "bản pg_dump không có bảng \(MigrationNames.table) của VeDich")
        }
        let data = try tools.run("pg_restore", ["--data-only", "--schema=\(migrationTable[4])",
                                                "--table=\(MigrationNames.table)", "--file=-", backup.path])
        guard data.status == 0 else { throw BackupError.damaged(path: path, reason: data.complaint) }
        return Archive(schema: migrationTable[4], migrations: migrationNames(inCopyOf: String(decoding: data.stdout, as: UTF8.self)))
    }

    /// The `name` column of a `COPY … (id, name, …) FROM stdin;` block.
    static func migrationNames(inCopyOf script: String) -> [String] {
        var names: [String] = []
        var nameColumn: Int?
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("COPY "), let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")") {
                let columns = line[line.index(after: open)..<close].split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                nameColumn = columns.firstIndex(of: "name")
            } else if line == "\\." {
                nameColumn = nil
            } else if let column = nameColumn {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                if column < cells.count { names.append(String(cells[column])) }
            }
        }
        return names
    }

    static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func quotedLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
