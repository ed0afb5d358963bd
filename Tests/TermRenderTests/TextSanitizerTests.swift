import XCTest
@testable import TermRender

final class TextSanitizerTests: XCTestCase {
    func testCleanTextIsReturnedAsIs() {
        XCTAssertEqual(TextSanitizer.clean("Ceramic mug 陶瓷马克杯 · Black ┌─┐ …"), "Ceramic mug 陶瓷马克杯 · Black ┌─┐ …")
        XCTAssertFalse(TextSanitizer.needsCleaning("┌─┐ … ▶ °"))
    }

    func testCSIIsRemoved() {
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}[31mred\u{1B}[0m b"), "ared b")
        XCTAssertEqual(TextSanitizer.clean("x\u{1B}[?1049hy"), "xy")
        XCTAssertEqual(TextSanitizer.clean("x\u{9B}2Jy"), "xy", "8-bit CSI")
    }

    func testStrayCSIDoesNotSwallowFollowingText() {
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}[12中文"), "a中文")
    }

    func testOSCEndedByBellOrST() {
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}]0;evil title\u{07}b"), "ab")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b"), "alinkb")
        XCTAssertEqual(TextSanitizer.clean("a\u{9D}52;c;Zm9v\u{9C}b"), "ab")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}]unterminated"), "a")
    }

    func testDeviceControlAndPrivacyStrings() {
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b"), "ab", "DCS")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}_apc\u{1B}\\b"), "ab", "APC")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}^pm\u{9C}b"), "ab", "PM")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}Xsos\u{1B}\\b"), "ab", "SOS")
        XCTAssertEqual(TextSanitizer.clean("a\u{90}dcs\u{9C}b"), "ab", "8-bit DCS")
    }

    func testTwoCharacterEscapes() {
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}cb"), "ab", "RIS")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}(Bb"), "ab", "charset designation")
        XCTAssertEqual(TextSanitizer.clean("a\u{1B}"), "a")
    }

    func testControlsAndWhitespace() {
        XCTAssertEqual(TextSanitizer.clean("a\tb\nc\r\nd\re"), "a b c d e")
        XCTAssertEqual(TextSanitizer.clean("a\u{07}\u{08}\u{00}\u{7F}b"), "ab")
        XCTAssertEqual(TextSanitizer.clean("a\u{85}\u{80}\u{8D}b"), "ab", "C1")
        XCTAssertEqual(TextSanitizer.clean("a\u{2028}b"), "a b")
    }

    func testBidiControlsAreRemovedButJoinersKept() {
        XCTAssertEqual(TextSanitizer.clean("a\u{202E}evil\u{202C}b"), "aevilb")
        XCTAssertEqual(TextSanitizer.clean("\u{2066}x\u{2069}\u{2067}\u{2068}"), "x")
        XCTAssertEqual(TextSanitizer.clean("👨‍👩‍👧 ❤️"), "👨‍👩‍👧 ❤️")
    }

    func testCleaningIsFastOnLongText() {
        let long = String(repeating: "Ceramic mug 陶瓷马克杯 \u{1B}[1m·\u{1B}[0m ", count: 20_000)
        let start = ContinuousClock.now
        let clean = TextSanitizer.clean(long)
        XCTAssertFalse(clean.contains("\u{1B}"))
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
    }
}
