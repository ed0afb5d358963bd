import XCTest
@testable import TermRender

final class RectTests: XCTestCase {
    func testNegativeSizesClampToZero() {
        let rect = Rect(x: 3, y: 4, width: -5, height: -1)
        XCTAssertEqual(rect.width, 0)
        XCTAssertEqual(rect.height, 0)
        XCTAssertTrue(rect.isEmpty)
    }

    func testEdgesSaturateInsteadOfOverflowing() {
        let rect = Rect(x: Int.max - 1, y: 0, width: 10, height: 1)
        XCTAssertEqual(rect.right, Int.max)
    }

    func testInsetShrinksAndClamps() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 4)
        XCTAssertEqual(rect.inset(by: 1), Rect(x: 1, y: 1, width: 8, height: 2))
        XCTAssertEqual(rect.inset(by: 3).height, 0)
        XCTAssertEqual(rect.inset(top: 1, left: 2), Rect(x: 2, y: 1, width: 8, height: 3))
    }

    func testIntersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        let b = Rect(x: 5, y: 8, width: 10, height: 10)
        XCTAssertEqual(a.intersection(b), Rect(x: 5, y: 8, width: 5, height: 2))
        XCTAssertTrue(a.intersection(Rect(x: 20, y: 20, width: 3, height: 3)).isEmpty)
    }

    func testRowInsideAndOutside() {
        let rect = Rect(x: 2, y: 3, width: 5, height: 2)
        XCTAssertEqual(rect.row(1), Rect(x: 2, y: 4, width: 5, height: 1))
        XCTAssertTrue(rect.row(2).isEmpty)
        XCTAssertTrue(rect.row(-1).isEmpty)
    }

    func testContains() {
        let rect = Rect(x: 1, y: 1, width: 2, height: 2)
        XCTAssertTrue(rect.contains(x: 1, y: 2))
        XCTAssertFalse(rect.contains(x: 3, y: 1))
        XCTAssertFalse(Rect.zero.contains(x: 0, y: 0))
    }
}
