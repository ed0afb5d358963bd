import XCTest
@testable import TermRender

final class LayoutTests: XCTestCase {
    private let area = Rect(x: 0, y: 0, width: 100, height: 10)

    private func widths(_ constraints: [Constraint], in width: Int = 100, spacing: Int = 0) -> [Int] {
        Layout.split(Rect(x: 0, y: 0, width: width, height: 1), .horizontal, constraints, spacing: spacing).map(\.width)
    }

    func testLengthsAndFillShareTheRest() {
        XCTAssertEqual(widths([.length(20), .fill(1), .fill(3)]), [20, 20, 60])
    }

    func testPercentagesAbsorbRoundingSoTheyCoverTheRect() {
        XCTAssertEqual(widths([.percentage(50), .percentage(50)], in: 101), [51, 50])
        XCTAssertEqual(widths([.ratio(1, 3), .ratio(2, 3)], in: 10), [3, 7])
    }

    func testMinTakesSpareRoomAndMaxCaps() {
        XCTAssertEqual(widths([.max(10), .min(5)]), [10, 90])
        XCTAssertEqual(widths([.max(10), .max(20)]), [10, 20])
    }

    func testMaxGivesWayFirstWhenRoomIsShort() {
        XCTAssertEqual(widths([.max(30), .length(20), .min(15)], in: 40), [5, 20, 15])
    }

    func testEverythingShrinksInTinyRect() {
        let rects = Layout.split(Rect(x: 0, y: 0, width: 3, height: 1), .horizontal, [.length(5), .min(5), .fill(1)])
        XCTAssertEqual(rects.count, 3)
        XCTAssertEqual(rects.map(\.width).reduce(0, +), 3)
        assertTiles(rects, in: Rect(x: 0, y: 0, width: 3, height: 1), horizontal: true)
    }

    func testEmptyRectGivesEmptyRects() {
        let rects = Layout.split(.zero, .vertical, [.length(3), .fill(1)])
        XCTAssertEqual(rects.count, 2)
        XCTAssertTrue(rects.allSatisfy(\.isEmpty))
        XCTAssertEqual(Layout.split(area, .vertical, []), [])
    }

    func testVerticalSplitWithSpacingTilesWithoutOverlap() {
        let rect = Rect(x: 5, y: 2, width: 7, height: 20)
        let rects = Layout.split(rect, .vertical, [.length(4), .percentage(30), .fill(1)], spacing: 1)
        XCTAssertEqual(rects.map(\.height), [4, 5, 9])
        XCTAssertEqual(rects.map(\.y), [2, 7, 13])
        assertTiles(rects, in: rect, horizontal: false)
    }

    func testHugeSpacingAndValuesNeverCrash() {
        let rects = Layout.split(area, .horizontal, [.length(Int.max), .ratio(Int.max, 1), .percentage(900), .fill(Int.max)], spacing: Int.max)
        XCTAssertEqual(rects.count, 4)
        assertTiles(rects, in: area, horizontal: true)
        XCTAssertEqual(widths([.ratio(1, 0), .ratio(-1, 2), .length(-4), .fill(-1)]), [0, 0, 0, 0])
    }

    private func assertTiles(_ rects: [Rect], in outer: Rect, horizontal: Bool, line: UInt = #line) {
        var previousEnd = horizontal ? outer.x : outer.y
        for rect in rects {
            if !rect.isEmpty { XCTAssertEqual(rect.intersection(outer), rect, line: line) }
            let start = horizontal ? rect.x : rect.y
            XCTAssertGreaterThanOrEqual(start, previousEnd, line: line)
            previousEnd = horizontal ? rect.right : rect.bottom
            XCTAssertLessThanOrEqual(previousEnd, horizontal ? outer.right : outer.bottom, line: line)
        }
    }
}
