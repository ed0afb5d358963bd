/// Finds columns by name, never by position: case, spacing, `_` and `-` do not matter, and each logical column
/// has aliases (market variants, Chinese headers).
struct HeaderMap<Column: RawRepresentable> where Column.RawValue == Int {
    /// Position of each column by its raw value (an array: this is read for every cell of every row).
    private var indexOf: [Int?] = []
    /// The header cells as written.
    let headers: [String]

    /// Matches `headers` against the aliases of each column; the first alias found wins.
    init(headers: [String], aliases: [Column: [String]]) where Column: Hashable {
        self.headers = headers
        var positions: [String: Int] = [:]
        for (i, h) in headers.enumerated() {
            let key = HeaderMap.normalize(h)
            if positions[key] == nil { positions[key] = i }
        }
        indexOf = Array(repeating: nil, count: (aliases.keys.map(\.rawValue).max() ?? -1) + 1)
        for (column, names) in aliases {
            for name in names {
                if let i = positions[HeaderMap.normalize(name)] {
                    indexOf[column.rawValue] = i
                    break
                }
            }
        }
    }

    /// The index of a column, or nil when the file has none.
    subscript(_ column: Column) -> Int? {
        column.rawValue >= 0 && column.rawValue < indexOf.count ? indexOf[column.rawValue] : nil
    }

    /// Whether the file has the column.
    func has(_ column: Column) -> Bool { self[column] != nil }

    /// How many of the given columns the file has.
    func matches(_ columns: [Column]) -> Int { columns.filter(has).count }

    /// Lower case without spaces, tabs, `_`, `-`, a BOM or a no-break space.
    static func normalize(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\r", "\n", "_", "-", "\u{FEFF}", "\u{00A0}", "\u{3000}", "\"": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased()
    }
}
