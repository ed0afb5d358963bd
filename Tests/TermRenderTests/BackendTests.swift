import XCTest
@testable import TermRender

final class BackendTests: XCTestCase {
    func testKeyFromCharacter() {
        XCTAssertEqual(Key(character: "q"), .character("q"))
        XCTAssertEqual(Key(character: "店"), .character("店"))
        XCTAssertEqual(Key(character: "\r"), .enter)
        XCTAssertEqual(Key(character: "\n"), .enter)
        XCTAssertEqual(Key(character: "\t"), .tab)
        XCTAssertEqual(Key(character: "\u{7F}"), .backspace)
        XCTAssertEqual(Key(character: "\u{8}"), .backspace)
        XCTAssertEqual(Key(character: "\u{1B}"), .escape)
        XCTAssertEqual(Key(character: "\u{12}"), .control("r"))
        XCTAssertEqual(Key(character: "\u{0}"), .control("@"))
        XCTAssertEqual(Key(character: "\u{1F}"), .control("_"))
    }

    func testKeyNames() {
        XCTAssertEqual([Key.character("q"), .character(" "), .control("r"), .alt("x"), .pageDown, .function(5), .backTab].map(\.name),
                       ["q", "Space", "C-r", "M-x", "PgDn", "F5", "S-Tab"])
        XCTAssertEqual(Key.alt("\u{1B}").name, "M-")
    }

    func testInMemoryBackendScriptAndFrames() throws {
        let backend = InMemoryBackend(width: 10, height: 2, events: [.key(.down)])
        backend.type("q\r")
        backend.resize(width: 20, height: 5)
        backend.enqueue(.interrupt(signal: 2))
        XCTAssertEqual(backend.size, TerminalSize(width: 10, height: 2))
        var frame = Buffer(width: backend.size.width, height: backend.size.height)
        frame.write("hello", x: 0, y: 0, style: .plain)
        let terminal: any TerminalBackend = backend
        try terminal.draw(frame, theme: .builtInMono)
        XCTAssertEqual(backend.screenText, "hello\n\n")
        XCTAssertEqual(backend.lastTheme, .builtInMono)
        var events: [InputEvent] = []
        while let event = backend.nextEvent(timeoutMilliseconds: 100) { events.append(event) }
        XCTAssertEqual(events, [.key(.down), .key(.character("q")), .key(.enter), .resize(width: 20, height: 5), .interrupt(signal: 2)])
        XCTAssertEqual(backend.size, TerminalSize(width: 20, height: 5))
        XCTAssertEqual(backend.requestedTimeouts.count, 6)
        XCTAssertEqual(backend.frameCount, 1)
        XCTAssertFalse(backend.isRestored)
        backend.restore()
        XCTAssertTrue(backend.isRestored)
        XCTAssertEqual(TerminalSize(width: -3, height: 4).area, Rect(x: 0, y: 0, width: 0, height: 4))
    }
}
