import CSQLite

/// Everything that can go wrong talking to the SQLite file, with what the user needs to fix it.
public enum DatabaseError: Error, Equatable, CustomStringConvertible {
    /// SQLite refused a call: its result code, its message, and the SQL when there was one.
    case sqlite(code: Int32, message: String, sql: String?)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The file was written by a newer DSRBoard; opening it would risk damaging it.
    case schemaTooNew(path: String, found: Int, supported: Int)
    /// A read-only open of a file that does not exist.
    case missing(path: String)
    /// The file needs migrations but was opened read-only.
    case needsMigration(path: String, found: Int, supported: Int)
    /// WAL could not be switched on (e.g. a network file system).
    case walUnavailable(path: String, mode: String)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case let .sqlite(code, message, sql):
            let name = String(cString: sqlite3_errstr(code))
            return "SQLite error \(code) (\(name)): \(message)" + (sql.map { " [\($0.prefix(200))]" } ?? "")
        case .notADatabase(let path):
            return "\(path) is not a DSRBoard database (not an SQLite file); nothing was changed"
        case let .schemaTooNew(path, found, supported):
            return "\(path) has schema version \(found), newer than this dsrboard supports (\(supported)); "
                + "upgrade dsrboard; nothing was changed"
        case .missing(let path):
            return "no database at \(path); create one with `dsrboard demo` or `dsrboard import`"
        case let .needsMigration(path, found, supported):
            return "\(path) has schema version \(found) and needs upgrading to \(supported); "
                + "run any writing command (e.g. `dsrboard import`) once"
        case let .walUnavailable(path, mode):
            return "could not switch \(path) to WAL (journal mode stayed \(mode)); keep the database on a local disk"
        }
    }

    /// True for SQLITE_CONSTRAINT and its extended codes.
    public var isConstraintViolation: Bool {
        if case .sqlite(let code, _, _) = self { return code & 0xFF == SQLITE_CONSTRAINT }
        return false
    }
}
