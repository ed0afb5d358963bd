import DSRImport
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

/// A fresh store in a temporary folder, and helpers to write files and import them.
final class ImportHarness {
    let dir = TemporaryDirectory(prefix: "dsrboard-import")
    let store: Store

    init(name: String = "s.sqlite") throws {
        store = try Store(path: dir.path(name))
    }

    /// Writes `text` to `name` and imports it.
    @discardableResult
    func importText(_ name: String, _ text: String, _ options: ImportOptions = ImportOptions()) throws -> FileReport {
        let path = try dir.write(name, text)
        return ImportRunner(store: store, options: options).importFile(path)
    }

    /// Imports an existing file.
    @discardableResult
    func importFile(_ path: String, _ options: ImportOptions = ImportOptions()) -> FileReport {
        ImportRunner(store: store, options: options).importFile(path)
    }

    /// A fixture file's path.
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!.path
    }

    /// The options with a shop and zone, as most tests use.
    static func options(shop: String? = "Acme VN", tz: String? = nil, kind: ImportKind? = nil) -> ImportOptions {
        ImportOptions(kind: kind, shop: shop, zone: tz.flatMap(ZoneSpec.init))
    }
}

/// Asserts the counts of a report: read, inserted, updated, unchanged, rejected.
func assertCounts(_ r: FileReport, _ read: Int, _ inserted: Int, _ updated: Int, _ unchanged: Int, _ rejected: Int,
                  file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual([r.rowsRead, r.inserted, r.updated, r.unchanged, r.rejects.count],
                   [read, inserted, updated, unchanged, rejected], r.summaryLine + " " + (r.message ?? ""),
                   file: file, line: line)
}
