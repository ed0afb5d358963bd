/// Rows of cells under a header, with a selection marker in a gutter, a scroll offset that keeps the
/// selection in view, and a ▲/▼ marker after the sorted column's title.
public struct Table: Widget {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows; a missing cell is empty, an extra one ignored.
    public var rows: [[Line]]
    /// Base style and fill.
    public var style: Style
    /// Style of the header row.
    public var headerStyle: Style
    /// The selected row, if any.
    public var selectedRow: Int?
    /// First row shown (adjusted so the selection stays visible).
    public var offset: Int
    /// Laid over the selected row.
    public var selectionStyle: Style
    /// Drawn in the gutter of the selected row; the gutter is always this wide so columns never shift.
    public var selectionSymbol: String
    /// Column that carries the sort marker.
    public var sortColumn: Int?
    /// Direction of the sort marker (▲ ascending, ▼ descending).
    public var sortAscending: Bool
    /// Spaces between columns.
    public var columnSpacing: Int
    /// Optional style per row, laid over `style` (nil entries and missing ones keep `style`).
    public var rowStyles: [Style?]
    /// Whether the first row of the area shows the column titles.
    public var showsHeader: Bool

    /// Creates a table.
    public init(
        columns: [TableColumn], rows: [[Line]], style: Style = .plain, headerStyle: Style = Style(attributes: .bold),
        selectedRow: Int? = nil, offset: Int = 0, selectionStyle: Style = Style(attributes: .reverse),
        selectionSymbol: String = "▶ ", sortColumn: Int? = nil, sortAscending: Bool = true, columnSpacing: Int = 2,
        rowStyles: [Style?] = [], showsHeader: Bool = true
    ) {
        self.columns = columns
        self.rows = rows
        self.style = style
        self.headerStyle = headerStyle
        self.selectedRow = selectedRow
        self.offset = offset
        self.selectionStyle = selectionStyle
        self.selectionSymbol = selectionSymbol
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
        self.columnSpacing = columnSpacing
        self.rowStyles = rowStyles
        self.showsHeader = showsHeader
    }

    /// The first row to show so that `selected` is visible, starting from `offset`, clamped to the rows.
    public static func scrollOffset(selected: Int?, offset: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var first = min(max(0, offset), max(0, rowCount - visibleRows))
        if let selected, selected >= 0, selected < rowCount {
            if selected < first {
                first = selected
            } else if selected >= first + visibleRows {
                first = selected - visibleRows + 1
            }
        }
        return first
    }

    /// Width of each column for a table `width` columns wide (gutter and spacing taken out first):
    /// every column gets its minimum, spare room is shared by weight up to each maximum, and when
    /// room is short the last columns shrink first.
    public func columnWidths(for width: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let spacing = Saturating.scale(max(0, columnSpacing), by: columns.count - 1, over: 1)
        let room = max(0, Saturating.subtract(Saturating.subtract(width, gutterWidth), spacing))
        var widths = columns.map { column in min(max(0, column.minWidth), max(0, column.maxWidth ?? Int.max)) }
        var excess = widths.reduce(0, Saturating.add) - room
        for index in widths.indices.reversed() where excess > 0 {
            let cut = min(excess, widths[index])
            widths[index] -= cut
            excess -= cut
        }
        var spare = room - widths.reduce(0, Saturating.add)
        while spare > 0 {
            let growable = columns.indices.filter { columns[$0].weight > 0 && widths[$0] < (columns[$0].maxWidth ?? Int.max) }
            guard !growable.isEmpty else { break }
            var given = 0
            for (index, share) in zip(growable, Proportion.split(spare, weights: growable.map { columns[$0].weight })) {
                let grant = min(share, (columns[index].maxWidth ?? Int.max) - widths[index])
                widths[index] += grant
                given += grant
            }
            guard given > 0 else { break }
            spare -= given
        }
        return widths
    }

    /// Draws header and visible rows.
    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: style)
        guard !area.isEmpty else { return }
        let widths = columnWidths(for: area.width)
        var y = area.y
        if showsHeader {
            let header = area.row(0)
            buffer.fill(header, style: headerStyle)
            let titles = columns.indices.map { Line(headerTitle($0, width: widths[$0])) }
            drawCells(titles, widths: widths, y: y, x: area.x, baseStyle: headerStyle, buffer: &buffer)
            y += 1
        }
        let visibleRows = area.bottom - y
        let first = Table.scrollOffset(selected: selectedRow, offset: offset, visibleRows: visibleRows, rowCount: rows.count)
        for index in first..<min(rows.count, first + max(0, visibleRows)) {
            let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
            let rowStyle = index < rowStyles.count ? rowStyles[index].map(style.patched(with:)) ?? style : style
            buffer.fill(rowRect, style: rowStyle)
            if index == selectedRow {
                buffer.write(selectionSymbol, x: area.x, y: y, maxWidth: min(gutterWidth, area.width), style: rowStyle)
            }
            drawCells(rows[index], widths: widths, y: y, x: area.x, baseStyle: rowStyle, buffer: &buffer)
            if index == selectedRow { buffer.setStyle(rowRect, selectionStyle) }
            y += 1
        }
    }

    private var gutterWidth: Int { TextWidth.of(selectionSymbol) }

    private func headerTitle(_ index: Int, width: Int) -> String {
        guard index == sortColumn else { return columns[index].title }
        let marker = sortAscending ? "▲" : "▼"
        return TextWidth.truncate(columns[index].title, to: width - 1, ellipsis: "") + marker
    }

    private func drawCells(_ cells: [Line], widths: [Int], y: Int, x: Int, baseStyle: Style, buffer: inout Buffer) {
        var column = Saturating.add(x, gutterWidth)
        for (index, width) in widths.enumerated() {
            if width > 0, index < cells.count {
                let cell = cells[index].truncated(to: width).aligned(columns[index].alignment)
                buffer.write(cell, x: column, y: y, maxWidth: width, baseStyle: baseStyle)
            }
            column = Saturating.add(column, width + max(0, columnSpacing))
        }
    }
}
