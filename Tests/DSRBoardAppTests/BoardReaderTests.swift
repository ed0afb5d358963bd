import DSRBoardApp
import DSRMetrics
import DSRModel
import DSRStore
import Foundation
import Testing
import TestSupport

/// The background reader on a real database file.
@Suite("Board reader")
struct BoardReaderTests {
    func waitFor(_ reader: BoardReader, timeout: Double = 30, _ done: (BoardData) -> Bool) -> BoardData? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            for case .loaded(let data) in reader.drain() where done(data) { return data }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    func makeStore(_ path: String, shop: String) throws {
        let store = try Store(path: path)
        _ = try store.upsert(Shop(id: shop, name: shop))
    }

    @Test func loadsOnStartAndSeesNewCommits() throws {
        let directory = TemporaryDirectory(prefix: "dsrboard-reader")
        let path = directory.path("board.sqlite")
        try makeStore(path, shop: "First")
        let reader = BoardReader(path: path, settings: MetricsSettings(), request: LoadRequest(), interval: 0.1)
        reader.start()
        defer { reader.stop() }
        #expect(waitFor(reader) { $0.shops.map(\.name) == ["First"] && $0.dashboard?.shop?.name == "First" } != nil)
        // A commit from another connection: data_version moves, the reader reloads.
        do { _ = try Store(path: path).upsert(Shop(id: "Second", name: "Second")) }
        #expect(waitFor(reader) { $0.shops.map(\.name) == ["First", "Second"] } != nil)
    }

    @Test func reopensAFileReplacedUnderTheSameName() throws {
        let directory = TemporaryDirectory(prefix: "dsrboard-reader")
        let path = directory.path("board.sqlite")
        try makeStore(path, shop: "First")
        let reader = BoardReader(path: path, settings: MetricsSettings(), request: LoadRequest(fixedAsOf: 1_764_000_000), interval: 0.1)
        reader.start()
        defer { reader.stop() }
        #expect(waitFor(reader) { $0.dashboard?.shop?.name == "First" } != nil)
        // A fresh demo or a restored backup: a new file whose data_version counts from the same start.
        let other = directory.path("other.sqlite")
        try makeStore(other, shop: "Replaced")
        try FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.moveItem(atPath: other, toPath: path)
        // A fixed instant: no 30-second clock reload can hide a reader that missed the new file.
        #expect(waitFor(reader, timeout: 10) { $0.shops.map(\.name) == ["Replaced"] && $0.dashboard?.shop?.name == "Replaced" } != nil)
    }
}
