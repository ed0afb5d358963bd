import CSQLite

/// A value bound to or read from SQL.
public enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// Converts Swift values into bound SQL values.
public protocol SQLBindable {
    /// The SQL value this Swift value binds as.
    var sqlValue: SQLValue { get }
}

extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int32: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { isFinite ? .real(self) : .null } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// A prepared statement; finalised when the last reference goes. Bind with `bind`, walk rows with `step`.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    /// The SQL text, for error messages.
    public let sql: String

    init(database: Database, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw database.error(rc, sql: sql) }
        self.handle = stmt
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Number of result columns.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The name of result column `index`.
    public func columnName(_ index: Int32) -> String {
        sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }

    /// Clears bindings and rewinds, ready for the next execution.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds values to the parameters `?1…?n` in order (after a reset).
    @discardableResult
    public func bind(_ values: [SQLBindable]) throws -> Statement {
        reset()
        for (i, v) in values.enumerated() { try bind(v.sqlValue, at: Int32(i + 1)) }
        return self
    }

    /// Binds one value to parameter `index` (1-based).
    public func bind(_ value: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let i): rc = sqlite3_bind_int64(handle, index, i)
        case .real(let d): rc = sqlite3_bind_double(handle, index, d)
        case .text(let s): rc = sqlite3_bind_text(handle, index, s, -1, csqlite_transient())
        }
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    /// Binds UTF-8 bytes without copying them into a Swift String; the bytes must outlive the step.
    public func bindText(bytes: UnsafeRawBufferPointer, at index: Int32) throws {
        let rc: Int32
        if let base = bytes.baseAddress {
            rc = sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                                   csqlite_transient())
        } else {
            rc = sqlite3_bind_text(handle, index, "", 0, csqlite_static())
        }
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    /// Binds text, or NULL for nil, to parameter `index` (1-based).
    public func bindText(_ text: String?, at index: Int32) throws {
        let rc: Int32
        if var text {
            rc = text.withUTF8 { utf8 in
                guard let base = utf8.baseAddress, utf8.count > 0 else {
                    return sqlite3_bind_text(handle, index, "", 0, csqlite_static())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(utf8.count), csqlite_transient())
                }
            }
        } else {
            rc = sqlite3_bind_null(handle, index)
        }
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    /// Binds an integer, or NULL for nil, to parameter `index` (1-based).
    public func bindInt(_ value: Int64?, at index: Int32) throws {
        let rc = value.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index)
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    /// Runs a bound statement that returns no rows, then rewinds it (bindings are kept until the next reset).
    public func run() throws {
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Advances to the next row: true when a row is ready, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(rc, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion with the given bindings.
    public func execute(_ values: [SQLBindable] = []) throws {
        try bind(values)
        while try step() {}
    }

    /// Runs a query and maps each row.
    public func rows<T>(_ values: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        try bind(values)
        var out: [T] = []
        let row = Row(statement: self)
        while try step() { out.append(try map(row)) }
        return out
    }
}

/// The current row of a stepping statement; read columns by 0-based index.
public struct Row {
    let statement: Statement

    /// True when column `i` is NULL.
    public func isNull(_ i: Int32) -> Bool { sqlite3_column_type(statement.handle, i) == SQLITE_NULL }

    /// Column `i` as an integer, or nil when NULL.
    public func int64(_ i: Int32) -> Int64? { isNull(i) ? nil : sqlite3_column_int64(statement.handle, i) }

    /// Column `i` as an Int, or nil when NULL.
    public func int(_ i: Int32) -> Int? { int64(i).map { Int($0) } }

    /// Column `i` as a Double, or nil when NULL.
    public func double(_ i: Int32) -> Double? { isNull(i) ? nil : sqlite3_column_double(statement.handle, i) }

    /// Column `i` as text, or nil when NULL.
    public func string(_ i: Int32) -> String? {
        guard let p = sqlite3_column_text(statement.handle, i) else { return nil }
        let n = Int(sqlite3_column_bytes(statement.handle, i))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// Column `i` as the SQL value stored.
    public func value(_ i: Int32) -> SQLValue {
        switch sqlite3_column_type(statement.handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement.handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement.handle, i))
        case SQLITE_NULL: return .null
        default: return .text(string(i) ?? "")
        }
    }

    /// Column `i` as a Bool (non-zero), or nil when NULL.
    public func bool(_ i: Int32) -> Bool? { int64(i).map { $0 != 0 } }
}
