import DSRModel

/// An importer of one CSV format: its columns with their aliases, the columns a file must have, and what it
/// does with each row. Rows are read by `CSVImportDriver` (Seller Center files by `PipelinedSellerCenterImport`).
protocol CSVImporter {
    /// The logical columns.
    associatedtype Column: Hashable & CaseIterable & RawRepresentable where Column.RawValue == Int
    /// The kind it reads.
    static var kind: ImportKind { get }
    /// Header names per column, matched case, spacing and `_` insensitively.
    static var aliases: [Column: [String]] { get }
    /// Columns without which the file is not this kind.
    static var required: [Column] { get }
    /// Prepares for a file with this header.
    init(map: HeaderMap<Column>, session: ImportSession) throws
    /// Whether a row is not data: a translated description row under the header, a trailing total row.
    func isSkippable(_ row: CSVReader, isFirst: Bool) -> Bool
    /// Stores one row; throws `RowProblem` to reject it, `ImportFailure` to fail the file.
    mutating func importRow(_ row: CSVReader) throws
    /// Called after the last row.
    mutating func finish() throws
}

extension CSVImporter {
    func isSkippable(_ row: CSVReader, isFirst: Bool) -> Bool { false }
    mutating func finish() throws {}

    /// How many of the required columns a header has (format detection).
    static func score(headers: [String]) -> Int {
        let map = HeaderMap<Column>(headers: headers, aliases: aliases)
        return map.matches(required) == required.count ? map.matches(Array(Column.allCases)) : 0
    }
}

/// Runs a `CSVImporter` over a reader: header, required columns, skipped rows, rejects with line numbers.
enum CSVImportDriver {
    /// The header matched to `I`'s columns; a header without a required column fails the file, naming them.
    static func headerMap<I: CSVImporter>(_ type: I.Type, reader: CSVReader, headers: [String],
                                          session: ImportSession) throws -> HeaderMap<I.Column> {
        let map = HeaderMap<I.Column>(headers: headers, aliases: I.aliases)
        let missing = I.required.filter { !map.has($0) }
        guard missing.isEmpty else {
            let names = missing.map { I.aliases[$0]?.first ?? "\($0)" }
            throw ImportFailure(path: session.path, line: reader.line, reason:
                "not a \(I.kind.rawValue) file: the header has no \(names.map { "'\($0)'" }.joined(separator: ", ")) column")
        }
        return map
    }

    static func run<I: CSVImporter>(_ type: I.Type, reader: CSVReader, headers: [String], session: ImportSession) throws {
        let map = try headerMap(I.self, reader: reader, headers: headers, session: session)
        var importer = try I(map: map, session: session)
        var first = true
        while try reader.next() {
            defer { first = false }
            if importer.isSkippable(reader, isFirst: first) { continue }
            session.rowsRead += 1
            do {
                try importer.importRow(reader)
            } catch let problem as RowProblem {
                session.reject(line: reader.line, reason: problem.reason, raw: reader.rawText)
            }
        }
        try importer.finish()
    }
}

/// Reading helpers shared by the CSV importers.
extension CSVReader {
    /// A trimmed text cell, nil when the column is absent or the cell is empty or a missing marker.
    func text(_ index: Int?) -> String? {
        guard let index else { return nil }
        let b = field(index)
        var lo = 0, hi = b.count
        while lo < hi, NumberParser.isSpace(b[lo]) { lo += 1 }
        while hi > lo, NumberParser.isSpace(b[hi - 1]) { hi -= 1 }
        if lo == hi { return nil }
        if hi - lo <= 2, b[lo] == 45, b[hi - 1] == 45 { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    }

    /// The cell's bytes, empty when the column is absent.
    func bytes(_ index: Int?) -> UnsafeBufferPointer<UInt8> {
        guard let index else { return UnsafeBufferPointer(start: nil, count: 0) }
        return field(index)
    }

    /// Whether no cell of the row contains an ASCII digit.
    func hasNoDigits(_ index: Int?) -> Bool {
        guard let index else { return true }
        return !field(index).contains { $0 >= 48 && $0 <= 57 }
    }

    /// Whether the first non-empty cell begins with "Total" / "合计" / "总计" (a summary row). Read from the
    /// bytes: this is asked of every row.
    var isTotalRow: Bool {
        for i in 0..<count {
            let b = field(i)
            var lo = 0
            while lo < b.count, NumberParser.isSpace(b[lo]) { lo += 1 }
            if lo == b.count { continue }
            let rest = UnsafeBufferPointer(rebasing: b[lo...])
            if rest.count >= 5, zip(rest.prefix(5), "total".utf8).allSatisfy({ $0 | 0x20 == $1 }) { return true }
            return rest.starts(with: "合计".utf8) || rest.starts(with: "总计".utf8)
        }
        return false
    }

    /// A number cell (see `NumberParser`); throws a row problem naming the column when it is not a number.
    func number(_ index: Int?, column: String, moneyDigits: Int? = nil) throws -> CellNumber {
        guard let index else { return .missing }
        guard let n = NumberParser.parse(field(index), moneyDigits: moneyDigits) else {
            throw RowProblem("\(column) '\(text(index) ?? "")' is not a number")
        }
        return n
    }

    /// A whole number cell; nil when missing or masked.
    func integer(_ index: Int?, column: String) throws -> Int64? {
        // No decimals are allowed, so `12.345` and `12,345` are thousands separators.
        switch try number(index, column: column, moneyDigits: 0) {
        case .missing, .masked: return nil
        case .value(let v):
            guard let i = v.integer else { throw RowProblem("\(column) '\(text(index) ?? "")' is not a whole number") }
            guard i.magnitude <= UInt64(NumberParser.largestCount) else {
                throw RowProblem("\(column) '\(text(index) ?? "")' is not a plausible count")
            }
            return i
        }
    }

    /// A decimal cell as a Double (percent kept on its 0–100 scale); nil when missing or masked.
    func double(_ index: Int?, column: String) throws -> Double? {
        switch try number(index, column: column) {
        case .missing, .masked: return nil
        case .value(let v): return v.double
        }
    }

    /// An amount cell in minor units of `currency` (or of the currency written in the cell).
    func money(_ index: Int?, column: String, currency: String?) throws -> Money? {
        let digits = Money.minorDigits(of: currency)
        switch try number(index, column: column, moneyDigits: digits) {
        case .missing, .masked: return nil
        case .value(let v):
            let cur = v.currency ?? currency
            guard let minor = v.minorUnits(digits: Money.minorDigits(of: cur)) else {
                throw RowProblem("\(column) '\(text(index) ?? "")' has more decimals than \(cur ?? "the currency") allows")
            }
            return Money(minorUnits: minor, currency: cur)
        }
    }
}
