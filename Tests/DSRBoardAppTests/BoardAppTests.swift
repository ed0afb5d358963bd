import DSRBoardApp
import DSRMetrics
import DSRModel
import Foundation
import TermRender
import Testing
import TestSupport

/// The whole app loop (background reader, keys, effects, frames) through the in-memory backend on a copy of the
/// fixed demo database, against the same reviewed golden files as the pure screens.
@Suite("Board app through the in-memory backend", .serialized)
final class BoardAppTests {
    let directory = TemporaryDirectory(prefix: "dsrboard-app")
    let backend = InMemoryBackend(width: 120, height: 40)
    let app: BoardApp

    init() throws {
        let path = directory.path("demo.sqlite")
        try FileManager.default.copyItem(atPath: try DemoDatabase.path(), toPath: path)
        let asOf = try #require(UTCTime.parseInstant(DemoDatabase.now))
        let request = LoadRequest(shopID: "US-Home", fixedAsOf: asOf)
        let reader = BoardReader(path: path, settings: MetricsSettings(), request: request, interval: 0.2)
        app = BoardApp(backend: backend, reader: reader, state: BoardState(request: request, refreshInterval: 0.2),
                       theme: .builtInDefault,
                       themes: BoardApp.Themes(load: { name in
                           guard let theme = Theme.builtIn[name] else { throw BoardError.terminal("no theme \(name)") }
                           return theme
                       }, names: { ["default", "mono"] }),
                       saver: SnapshotSaver(directory: directory.path("shots"), formats: [.txt, .svg]),
                       wallClock: { Double(asOf) })
        app.startReader()
    }

    deinit { app.stopReader() }

    /// Takes the reader's reports until `done` holds (the reader runs on its own thread).
    func waitUntil(_ what: String, _ done: (BoardState) -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while !done(app.state) {
            guard Date() < deadline else { throw BoardError.terminal("timed out waiting for \(what)") }
            Thread.sleep(forTimeInterval: 0.02)
            app.takeReports()
        }
    }

    func frameText() throws -> String {
        try app.drawFrame()
        return SnapshotWriter.render(buffer: try #require(backend.lastFrame), format: .txt)
    }

    @Test func firstFrameEqualsTheGoldenBoard() throws {
        try waitUntil("the first load") { $0.data != nil }
        let text = try frameText()
        if let difference = Golden.difference(text, named: "board-120x40.txt", in: Golden.directory()) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func keysDriveTheLoopToAnOrderAndBackAndSnapshotTheScreen() throws {
        try waitUntil("the first load") { $0.data != nil }
        #expect(try app.handle(.key(.character("p"))) == nil)
        #expect(try frameText().contains("Problem orders"))
        let first = try #require(app.state.lists.problems.first?.orderID)
        try app.handle(.key(.enter))
        try waitUntil("the story of \(first)") { $0.data?.storyOrderID == first && $0.data?.story != nil }
        let story = try frameText()
        #expect(story.contains("Board › Problems › Order \(first)"))
        #expect(story.contains("DEADLINES"))
        try app.handle(.key(.character("s")))
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("shots")).sorted()
        #expect(files.count == 2)
        let txt = try #require(files.first { $0.hasSuffix(".txt") })
        #expect(txt.hasPrefix("dsrboard-US-Home-order-\(first)-"))
        let written = try String(contentsOfFile: directory.path("shots/" + txt), encoding: .utf8)
        #expect(written == story, "the snapshot is the frame that was on screen")
        #expect(app.state.visibleFlash?.message.contains("snapshot saved to") == true)
        try app.handle(.key(.escape))
        #expect(app.state.route == .problems)
        try app.handle(.key(.character("t")))
        #expect(app.theme.name == "mono")
        #expect(try app.handle(.key(.character("q"))) == 0)
        #expect(try app.handle(.interrupt(signal: 15)) == 143)
    }
}
