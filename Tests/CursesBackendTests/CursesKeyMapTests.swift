import CursesBackend
import TermRender
import XCTest

final class CursesKeyMapTests: XCTestCase {
    func testSpecialKeyCodes() {
        // ncurses' fixed codes (curses.h): KEY_DOWN 0402 … KEY_BTAB 0541, KEY_END 0550.
        let expected: [(Int32, Key)] = [
            (0o402, .down), (0o403, .up), (0o404, .left), (0o405, .right), (0o406, .home), (0o407, .backspace),
            (0o512, .delete), (0o513, .insert), (0o522, .pageDown), (0o523, .pageUp), (0o527, .enter),
            (0o541, .backTab), (0o550, .end), (0o611, .left), (0o622, .right),
        ]
        for (code, key) in expected { XCTAssertEqual(CursesKeyMap.key(forCode: code), key, "code \(code)") }
    }

    func testFunctionKeysResizeAndUnknown() {
        XCTAssertEqual(CursesKeyMap.key(forCode: 0o410 + 1), .function(1))
        XCTAssertEqual(CursesKeyMap.key(forCode: 0o410 + 12), .function(12))
        XCTAssertEqual(CursesKeyMap.key(forCode: 269), .function(5))
        XCTAssertNil(CursesKeyMap.key(forCode: CursesKeyMap.resizeCode))
        XCTAssertEqual(CursesKeyMap.key(forCode: 0o631), .unknown(0o631))
    }

    func testCharacters() {
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 0x71), .character("q"))
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 0x5E97), .character("店"))
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 13), .enter)
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 127), .backspace)
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 27), .escape)
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 9), .tab)
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 0x12), .control("r"))
        XCTAssertEqual(CursesKeyMap.key(forCharacter: 0xD800), .unknown(0xD800))
    }

    func testAltPrefix() {
        XCTAssertEqual(CursesKeyMap.altKey(followedBy: .character("x")), .alt("x"))
        XCTAssertNil(CursesKeyMap.altKey(followedBy: .up))
        XCTAssertNil(CursesKeyMap.altKey(followedBy: .escape))
    }

    func testErrorMessages() {
        XCTAssertEqual("\(CursesError.unknownTerminal("vt999"))", "unknown terminal type `vt999` (TERM); try TERM=xterm-256color")
        XCTAssertTrue("\(CursesError.unknownTerminal(""))".hasPrefix("TERM is not set"))
        XCTAssertTrue("\(CursesError.notATerminal)".contains("terminal"))
    }

    func testNotATerminalIsAnErrorNotACrash() {
        // Under `swift test` standard input is usually not a terminal; either way nothing may crash.
        if isatty(0) == 0 || isatty(1) == 0 {
            XCTAssertThrowsError(try CursesTerminal()) { error in
                XCTAssertEqual(error as? CursesError, .notATerminal)
            }
        }
    }
}
