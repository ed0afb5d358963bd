/// A stretch of one row's cells in one style, the unit the styled snapshot writers emit.
struct SnapshotRun {
    /// Column of the first cell.
    var column: Int
    /// The style shared by the cells.
    var style: Style
    /// The cells, continuation cells of wide glyphs left out.
    var cells: [Cell]

    /// Columns covered.
    var width: Int { cells.reduce(0) { $0 + max(1, $1.width) } }

    /// The cells' text, each symbol sanitised again so nothing the buffer holds can reach the output
    /// as a control character.
    var text: String { cells.map(\.safeSymbol).joined() }

    /// Row `y` of `buffer` cut into runs of equal style.
    static func runs(of buffer: Buffer, row y: Int) -> [SnapshotRun] {
        var runs: [SnapshotRun] = []
        var column = 0
        for cell in buffer.row(y) {
            defer { column += 1 }
            if cell.isContinuation { continue }
            let safe = Cell(symbol: cell.symbol.isEmpty ? " " : cell.symbol, style: cell.style, width: cell.width)
            if var last = runs.last, last.style == cell.style {
                last.cells.append(safe)
                runs[runs.count - 1] = last
            } else {
                runs.append(SnapshotRun(column: column, style: cell.style, cells: [safe]))
            }
        }
        return runs
    }
}

extension Cell {
    /// The symbol sanitised once more (a space if nothing printable is left), for output formats.
    var safeSymbol: String {
        let clean = TextSanitizer.clean(symbol)
        return clean.isEmpty ? " " : clean
    }
}
