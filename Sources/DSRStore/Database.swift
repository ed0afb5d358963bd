import CSQLite
import Foundation

/// One connection to the DSRBoard SQLite file. Owns the handle (closed in `deinit`), switches WAL on and checks
/// it, sets the busy timeout, foreign keys and `synchronous=NORMAL`, and runs the ordered migrations.
/// A connection belongs to one thread at a time; open one per thread.
public final class Database {
    /// How the file is opened.
    public enum Mode: Sendable {
        /// Read and write; creates the file and migrates it when needed.
        case readWrite
        /// Read only: the board never writes. Fails when the file is missing or needs migrating.
        case readOnly
    }

    let handle: OpaquePointer
    /// The file's path as given.
    public let path: String
    /// Whether this connection was opened read-only.
    public let isReadOnly: Bool
    private var statementCache: [String: Statement] = [:]
    private var transactionDepth = 0
    /// Work to do inside the current transaction just before it commits (dropped when it rolls back).
    private var commitActions: [() throws -> Void] = []
    /// Counts the outermost transactions begun on this connection, so per-transaction state can tell them apart.
    private(set) var transactionSerial = 0

    /// How long a writer waits for another writer's lock before giving up (milliseconds).
    public static let busyTimeoutMilliseconds: Int32 = 5_000

    /// Opens (and for `.readWrite`, creates and migrates) the database at `path`.
    /// A file that is not SQLite, or whose schema is newer than `migrations`, is refused and left untouched.
    public init(path: String, mode: Mode = .readWrite, migrations: [Migration] = Schema.migrations) throws {
        self.path = path
        self.isReadOnly = mode == .readOnly
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, mode == .readOnly { throw DatabaseError.missing(path: path) }
        if exists, !Database.hasSQLiteHeader(path: path) { throw DatabaseError.notADatabase(path: path) }

        var db: OpaquePointer?
        let flags = (mode == .readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw DatabaseError.sqlite(code: rc, message: "cannot open \(path): \(message)", sql: nil)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Database.busyTimeoutMilliseconds)

        let found: Int
        do {
            found = try Database.schemaVersion(of: self)
        } catch let error as DatabaseError {
            if case .sqlite(let code, _, _) = error, code & 0xFF == SQLITE_NOTADB { throw DatabaseError.notADatabase(path: path) }
            throw error
        }
        let supported = migrations.map(\.id).max() ?? 0
        if found > supported { throw DatabaseError.schemaTooNew(path: path, found: found, supported: supported) }
        if mode == .readOnly, found < supported,
           !migrations.filter({ $0.id > found }).allSatisfy(\.isReadCompatible) || found == 0 {
            throw DatabaseError.needsMigration(path: path, found: found, supported: supported)
        }

        if mode == .readWrite {
            let journal = try pragma("journal_mode = WAL")
            guard journal.lowercased() == "wal" else { throw DatabaseError.walUnavailable(path: path, mode: journal) }
            try execute("PRAGMA synchronous = NORMAL")
        } else {
            try execute("PRAGMA query_only = ON")
        }
        try execute("PRAGMA foreign_keys = ON")
        if mode == .readWrite { try Migrator(migrations: migrations).migrate(self, from: found) }
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// The journal mode in force (`wal` for every DSRBoard database).
    public var journalMode: String { (try? pragma("journal_mode")) ?? "" }

    /// SQLite's `PRAGMA data_version`: changes whenever another connection commits. The board polls it.
    public func dataVersion() throws -> Int64 { try scalarInt("PRAGMA data_version") ?? 0 }

    /// Rows changed by the last INSERT/UPDATE/DELETE on this connection.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs one or more SQL statements without results.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw DatabaseError.sqlite(code: rc, message: text, sql: sql)
        }
    }

    /// Prepares a new statement.
    public func prepare(_ sql: String) throws -> Statement { try Statement(database: self, sql: sql) }

    /// A prepared statement kept for reuse on this connection (for statements run many times).
    public func cached(_ sql: String) throws -> Statement {
        if let s = statementCache[sql] { return s }
        let s = try prepare(sql)
        statementCache[sql] = s
        return s
    }

    /// Runs `sql` with bound values and returns the first column of the first row as an integer.
    public func scalarInt(_ sql: String, _ values: [SQLBindable] = []) throws -> Int64? {
        let s = try cached(sql)
        try s.bind(values)
        defer { s.reset() }
        guard try s.step() else { return nil }
        return Row(statement: s).int64(0)
    }

    /// Runs `sql` with bound values and returns the first column of the first row as text.
    public func scalarText(_ sql: String, _ values: [SQLBindable] = []) throws -> String? {
        let s = try cached(sql)
        try s.bind(values)
        defer { s.reset() }
        guard try s.step() else { return nil }
        return Row(statement: s).string(0)
    }

    /// Runs `sql` with bound values, mapping every row.
    public func rows<T>(_ sql: String, _ values: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        let s = try cached(sql)
        defer { s.reset() }
        return try s.rows(values, map)
    }

    /// Runs `sql` (one statement) with bound values.
    public func run(_ sql: String, _ values: [SQLBindable] = []) throws {
        let s = try cached(sql)
        defer { s.reset() }
        try s.execute(values)
    }

    /// Runs `body` in one transaction (`BEGIN IMMEDIATE`, so writers queue on the busy timeout instead of
    /// failing mid-way); commits when it returns, rolls back when it throws. Nested calls join the outer one.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            return try body()
        }
        try execute("BEGIN IMMEDIATE")
        transactionDepth = 1
        transactionSerial += 1
        do {
            let result = try body()
            try runCommitActions()
            transactionDepth = 0
            try execute("COMMIT")
            return result
        } catch {
            transactionDepth = 0
            commitActions.removeAll()
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Whether a transaction begun by `transaction` is open.
    var isInTransaction: Bool { transactionDepth > 0 }

    /// Registers `action` to run inside the open transaction just before it commits; it is forgotten if the
    /// transaction rolls back. A throwing action rolls the transaction back.
    func beforeCommit(_ action: @escaping () throws -> Void) {
        commitActions.append(action)
    }

    /// Runs the registered commit actions now (still inside the transaction), in the order they were registered.
    func runCommitActions() throws {
        while !commitActions.isEmpty {
            let action = commitActions.removeFirst()
            try action()
        }
    }

    /// A pragma's value as text (`journal_mode`, `foreign_keys`…).
    public func pragma(_ text: String) throws -> String {
        let s = try prepare("PRAGMA \(text)")
        guard try s.step() else { return "" }
        return Row(statement: s).string(0) ?? ""
    }

    func error(_ rc: Int32, sql: String?) -> DatabaseError {
        DatabaseError.sqlite(code: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    private static func schemaVersion(of db: Database) throws -> Int {
        // Reading the schema is what detects a file that is not SQLite (SQLITE_NOTADB).
        let hasTable = try db.scalarInt(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") ?? 0
        guard hasTable > 0 else { return 0 }
        return Int(try db.scalarInt("SELECT coalesce(max(id), 0) FROM schema_migrations") ?? 0)
    }

    private static func hasSQLiteHeader(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }  // let SQLite report it
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head.isEmpty || head == Data("SQLite format 3\0".utf8)
    }
}
