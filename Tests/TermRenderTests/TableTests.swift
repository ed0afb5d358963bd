import XCTest
@testable import TermRender

final class TableTests: XCTestCase {
    private let columns = [
        TableColumn("Order", minWidth: 5, maxWidth: 8),
        TableColumn("Amt", minWidth: 4, alignment: .right, weight: 0),
    ]

    private func rows(_ count: Int) -> [[Line]] {
        (0..<count).map { [Line("o\($0)"), Line("\($0 * 10)")] }
    }

    func testColumnWidthsRespectMinAndMax() {
        let table = Table(columns: columns, rows: [])
        // gutter 2 + spacing 2: 40 leaves 36; Order grows to its max 8, Amt has weight 0.
        XCTAssertEqual(table.columnWidths(for: 40), [8, 4])
        XCTAssertEqual(table.columnWidths(for: 13), [5, 4])
        // Too narrow: the last column shrinks first.
        XCTAssertEqual(table.columnWidths(for: 11), [5, 2])
        XCTAssertEqual(table.columnWidths(for: 0), [0, 0])
    }

    func testWeightsShareSpareRoom() {
        let table = Table(columns: [TableColumn("a", minWidth: 1, weight: 1), TableColumn("b", minWidth: 1, weight: 3)],
                          rows: [], selectionSymbol: "", columnSpacing: 0)
        XCTAssertEqual(table.columnWidths(for: 10), [3, 7])
    }

    func testHeaderRowsAndAlignment() {
        var buffer = Buffer(width: 16, height: 3)
        Table(columns: columns, rows: rows(2)).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            "  Order      Amt",
            "  o0           0",
            "  o1          10",
        ])
        XCTAssertTrue(buffer[2, 0].style.attributes.contains(.bold))
    }

    func testSortMarker() {
        var buffer = Buffer(width: 16, height: 1)
        Table(columns: columns, rows: [], sortColumn: 1, sortAscending: false).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["  Order     Amt▼"])
        Table(columns: columns, rows: [], sortColumn: 0).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["  Order▲     Amt"])
    }

    func testSelectionGutterAndStyle() {
        var buffer = Buffer(width: 16, height: 3)
        Table(columns: columns, rows: rows(2), selectedRow: 1).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines()[2], "▶ o1          10")
        XCTAssertTrue(buffer[0, 2].style.attributes.contains(.reverse))
        XCTAssertTrue(buffer[15, 2].style.attributes.contains(.reverse))
        XCTAssertFalse(buffer[0, 1].style.attributes.contains(.reverse))
    }

    func testScrollingKeepsSelectionVisible() {
        var buffer = Buffer(width: 16, height: 4)
        Table(columns: columns, rows: rows(10), selectedRow: 7).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), [
            "  Order      Amt",
            "  o5          50",
            "  o6          60",
            "▶ o7          70",
        ])
        XCTAssertEqual(Table.scrollOffset(selected: 2, offset: 5, visibleRows: 3, rowCount: 10), 2)
        XCTAssertEqual(Table.scrollOffset(selected: nil, offset: 50, visibleRows: 3, rowCount: 10), 7)
        XCTAssertEqual(Table.scrollOffset(selected: 9, offset: 0, visibleRows: 0, rowCount: 10), 0)
        XCTAssertEqual(Table.scrollOffset(selected: 3, offset: 2, visibleRows: 3, rowCount: 10), 2)
    }

    func testCellsAreTruncatedAndWideGlyphsKeptWhole() {
        let table = Table(columns: [TableColumn("Name", minWidth: 5, maxWidth: 5)],
                          rows: [[Line("ABCDEFG")], [Line("深圳发货仓")], [Line("ab\u{1B}[31mc")]])
        var buffer = Buffer(width: 8, height: 4)
        table.render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["  Name", "  ABCD…", "  深圳…", "  abc"])
    }

    func testRowStylesAndMissingCells() {
        let red = Style(foreground: .indexed(1))
        var buffer = Buffer(width: 16, height: 3)
        Table(columns: columns, rows: [[Line("x")], [Line("y"), Line("1"), Line("extra")]], rowStyles: [red])
            .render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["  Order      Amt", "  x", "  y            1"])
        XCTAssertEqual(buffer[2, 1].style.foreground, .indexed(1))
        XCTAssertEqual(buffer[2, 2].style.foreground, .default)
    }

    func testWithoutHeaderAndInTinyArea() {
        var buffer = Buffer(width: 16, height: 1)
        Table(columns: columns, rows: rows(3), showsHeader: false).render(in: buffer.area, buffer: &buffer)
        XCTAssertEqual(buffer.lines(), ["  o0           0"])
        var tiny = Buffer(width: 1, height: 1)
        Table(columns: columns, rows: rows(3), selectedRow: 0).render(in: tiny.area, buffer: &tiny)
        XCTAssertEqual(tiny.lines(), [""])
    }
}
