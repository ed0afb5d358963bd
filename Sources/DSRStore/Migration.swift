/// One schema step: an ordered id, a name, and SQL frozen once released (never edit a shipped migration;
/// add the next one).
public struct Migration: Sendable {
    /// Position in the order; recorded in `schema_migrations` once applied.
    public let id: Int
    /// What the step does.
    public let name: String
    /// The SQL, run in one transaction with the bookkeeping row.
    public let sql: String
    /// Whether a database without this step still reads correctly (it only adds or drops indexes), so the
    /// read-only board can open it before a writing command has migrated it.
    public let isReadCompatible: Bool

    /// A migration step.
    public init(id: Int, name: String, sql: String, isReadCompatible: Bool = false) {
        self.id = id
        self.name = name
        self.sql = sql
        self.isReadCompatible = isReadCompatible
    }
}

/// Applies pending migrations in order, each in its own transaction.
struct Migrator {
    let migrations: [Migration]

    func migrate(_ db: Database, from current: Int) throws {
        try db.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations(
                id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)
            """)
        for m in migrations.sorted(by: { $0.id < $1.id }) where m.id > current {
            try db.transaction {
                try db.execute(m.sql)
                try db.run("INSERT INTO schema_migrations(id, name, applied_at) VALUES (?, ?, strftime('%s','now'))",
                           [m.id, m.name])
            }
        }
    }
}
