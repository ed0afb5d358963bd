extension Store {
    /// Gives this connection a large page cache (`megabytes`), for an import that writes many rows in one
    /// transaction: index pages stay in memory instead of being spilled and re-read. SQLite takes pages as it
    /// needs them, so a small import does not use more memory for it.
    public func useLargeCache(megabytes: Int = 256) throws {
        try database.execute("PRAGMA cache_size = -\(max(2, megabytes) * 1024)")
    }
}
