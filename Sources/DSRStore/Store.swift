import DSRModel

/// What an upsert did with a record.
public enum UpsertOutcome: String, Sendable {
    /// The record was new and is now stored.
    case inserted
    /// A stored record was replaced by a newer (or different) version.
    case updated
    /// The same record was already stored, or the stored one is newer.
    case unchanged
}

/// The typed face of the DSRBoard database: idempotent upserts for the importers and the demo generator,
/// reads for the metrics. Only this module speaks SQL.
public final class Store {
    /// The underlying connection.
    public let database: Database
    /// Orders and lines with statements prepared once (the import hot path).
    lazy var orderWriter = OrderWriter(database: database)

    /// Opens the store at `path` (read-write creates and migrates; read-only never writes).
    public init(path: String, readOnly: Bool = false) throws {
        database = try Database(path: path, mode: readOnly ? .readOnly : .readWrite)
    }

    /// Runs `body` in one transaction: all of it is written, or none of it.
    public func transaction<T>(_ body: () throws -> T) throws -> T { try database.transaction(body) }

    /// Inserts or updates one row keyed by `key`. `values` are the non-key columns; `hash` identifies the
    /// record as imported. A stored row with the same hash is unchanged; a stored row with a newer
    /// `updatedColumn` than `updatedAt` is kept (unchanged). With `merge`, a nil incoming value keeps the stored
    /// one, so a source that lacks a field never erases what another source gave.
    func upsert(table: String, key: [(String, SQLBindable)], values: [(String, SQLBindable?)], hash: Int64,
                updatedColumn: String? = nil, updatedAt: EpochSeconds? = nil, merge: Bool = true) throws -> UpsertOutcome {
        let whereClause = key.map { "\($0.0) = ?" }.joined(separator: " AND ")
        let keyValues = key.map(\.1)
        let selectSQL = "SELECT row_hash\(updatedColumn.map { ", \($0)" } ?? "") FROM \(table) WHERE \(whereClause)"
        let select = try database.cached(selectSQL)
        try select.bind(keyValues)
        let found = try select.step()
        let storedHash = found ? Row(statement: select).int64(0) : nil
        let storedUpdated = found && updatedColumn != nil ? Row(statement: select).int64(1) : nil
        select.reset()

        let columns = values.map(\.0)
        let bound: [SQLBindable] = values.map { $0.1?.sqlValue ?? SQLValue.null }
        guard found else {
            let names = (key.map(\.0) + columns + ["row_hash"]).joined(separator: ", ")
            let marks = Array(repeating: "?", count: key.count + columns.count + 1).joined(separator: ", ")
            try database.run("INSERT INTO \(table)(\(names)) VALUES (\(marks))", keyValues + bound + [hash])
            return .inserted
        }
        if storedHash == hash { return .unchanged }
        if let updatedAt, let storedUpdated, updatedAt < storedUpdated { return .unchanged }
        let sets = columns.map { merge ? "\($0) = coalesce(?, \($0))" : "\($0) = ?" }.joined(separator: ", ")
        try database.run("UPDATE \(table) SET \(sets), row_hash = ? WHERE \(whereClause)", bound + [hash] + keyValues)
        return .updated
    }
}
