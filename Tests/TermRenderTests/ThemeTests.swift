import Foundation
import TestSupport
import XCTest
@testable import TermRender

final class ThemeTests: XCTestCase {
    /// The package root (holding `themes/`).
    private let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func testParseValuesCommentsAndFallback() throws {
        let text = """
        # comment
          accent = #ff0000   # inline comment
        bad=196
        good = "bright-green"

        selection-text = default
        borderFocused = 33
        """
        let theme = try ThemeParser.parse(text, name: "t", file: "t.theme")
        XCTAssertEqual(theme.color(.accent), .rgb(255, 0, 0))
        XCTAssertEqual(theme.color(.bad), .indexed(196))
        XCTAssertEqual(theme.color(.good), .indexed(10))
        XCTAssertEqual(theme.color(.selectionText), .default)
        XCTAssertEqual(theme.color(.borderFocused), .indexed(33))
        XCTAssertEqual(theme.color(.title), Theme.builtInDefault.color(.title))
        XCTAssertEqual(theme.source, "t.theme")
    }

    func testUnknownKeyNamesFileAndLine() {
        XCTAssertThrowsError(try ThemeParser.parse("text = red\n\nbogus = red\n", name: "t", file: "/x/t.theme")) { error in
            let themeError = error as? ThemeError
            XCTAssertEqual(themeError?.line, 3)
            XCTAssertEqual(themeError?.file, "/x/t.theme")
            XCTAssertTrue("\(error)".hasPrefix("/x/t.theme:3: error: unknown key `bogus`"), "\(error)")
        }
    }

    func testBadValuesAndMissingEquals() {
        for (text, line) in [("accent = #12345", 1), ("# c\naccent = 256", 2), ("a\naccent", 1), ("text = \u{1B}[31m", 1),
                             ("text = ", 1)] {
            XCTAssertThrowsError(try ThemeParser.parse(text, name: "t", file: "f")) { error in
                XCTAssertEqual((error as? ThemeError)?.line, line, "\(text.debugDescription): \(error)")
                XCTAssertFalse("\(error)".contains("\u{1B}"))
            }
        }
    }

    func testShippedThemesParseAndDefaultMatchesBuiltIn() throws {
        let loader = ThemeLoader(environment: [:], executablePath: packageRoot + "/.build/x86_64-unknown-linux-gnu/debug/dsrboard")
        let names = loader.available().map(\.name)
        XCTAssertEqual(Set(names), ["default", "light", "high-contrast", "solarized-dark", "mono"])
        for name in names { XCTAssertNoThrow(try loader.load(name), name) }
        XCTAssertEqual(try loader.load("default").colors, Theme.builtInDefault.colors)
        XCTAssertEqual(try loader.load("mono").colors, Theme.builtInMono.colors)
        XCTAssertEqual(Set(try loader.load("light").colors.keys), Set(Theme.Slot.allCases))
    }

    func testMonoFallsBackOnAttributes() {
        let mono = Theme.builtInMono
        XCTAssertEqual(mono.selected, Style(attributes: .reverse))
        XCTAssertEqual(mono.statusBar, Style(attributes: .reverse))
        XCTAssertEqual(mono.muted, Style(attributes: .dim))
        XCTAssertEqual(mono.title, Style(attributes: .bold))
        XCTAssertTrue(mono.colors.values.allSatisfy { $0 == .default })
    }

    // MARK: Resolution

    private func makeTree() throws -> (TemporaryDirectory, ThemeLoader) {
        let root = TemporaryDirectory()
        try root.write("config", "")
        try FileManager.default.createDirectory(atPath: root.path("xdg/dsrboard/themes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.path("pkg/.build/debug"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.path("pkg/themes"), withIntermediateDirectories: true)
        try root.write("pkg/themes/default.theme", "accent = 1\n")
        try root.write("pkg/themes/ocean.theme", "accent = 4\n")
        try root.write("pkg/themes/mono.theme", "accent = default\n")
        try root.write("xdg/dsrboard/themes/ocean.theme", "accent = 6\n")
        try root.write("xdg/dsrboard/themes/broken.theme", "accent = 6\nnope = 1\n")
        let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": root.path("xdg")],
                                 executablePath: root.path("pkg/.build/debug/dsrboard"))
        return (root, loader)
    }

    func testSearchDirectoriesOrder() throws {
        let (root, loader) = try makeTree()
        XCTAssertEqual(loader.searchDirectories, [
            root.path("xdg/dsrboard/themes"), root.path("pkg/.build/debug/../share/dsrboard/themes"), root.path("pkg/themes"),
        ])
        let home = ThemeLoader(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "relative"], executablePath: "/opt/x/bin/dsrboard")
        XCTAssertEqual(home.searchDirectories, ["/home/u/.config/dsrboard/themes", "/opt/x/bin/../share/dsrboard/themes"])
    }

    func testUserFolderWinsAndMissingKeysComeFromDefaultOnDisk() throws {
        let (root, loader) = try makeTree()
        let ocean = try loader.resolve(explicit: "ocean")
        XCTAssertEqual(ocean.color(.accent), .indexed(6))
        XCTAssertEqual(ocean.source, root.path("xdg/dsrboard/themes/ocean.theme"))
        XCTAssertEqual(try loader.resolve().color(.accent), .indexed(1))
        XCTAssertEqual(ocean.color(.title), Theme.builtInDefault.color(.title))
        let listed = Dictionary(uniqueKeysWithValues: loader.available().map { ($0.name, $0.path) })
        XCTAssertEqual(listed["ocean"], root.path("xdg/dsrboard/themes/ocean.theme"))
        XCTAssertEqual(listed["default"], root.path("pkg/themes/default.theme"))
        XCTAssertEqual(listed["broken"], root.path("xdg/dsrboard/themes/broken.theme"))
    }

    func testExplicitThenNoColorThenEnvironment() throws {
        let (root, base) = try makeTree()
        var loader = base
        loader.environment["DSRBOARD_THEME"] = "ocean"
        XCTAssertEqual(try loader.resolve().name, "ocean")
        loader.environment["NO_COLOR"] = ""
        XCTAssertEqual(try loader.resolve().name, "ocean")
        loader.environment["NO_COLOR"] = "1"
        XCTAssertEqual(try loader.resolve().name, "mono")
        XCTAssertEqual(try loader.resolve(explicit: "default").name, "default")
        let path = try root.write("elsewhere.theme", "bad = 2\n")
        let fromPath = try loader.resolve(explicit: path)
        XCTAssertEqual(fromPath.name, "elsewhere")
        XCTAssertEqual(fromPath.color(.bad), .indexed(2))
        XCTAssertEqual(fromPath.color(.accent), .indexed(1))
    }

    func testErrors() throws {
        let (root, loader) = try makeTree()
        XCTAssertThrowsError(try loader.resolve(explicit: "broken")) { error in
            XCTAssertEqual("\(error)", root.path("xdg/dsrboard/themes/broken.theme") + ":2: error: unknown key `nope` (known keys: "
                + Theme.Slot.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        XCTAssertThrowsError(try loader.resolve(explicit: "nosuch")) { error in
            XCTAssertTrue("\(error)".hasPrefix("error: unknown theme `nosuch` (available: broken, default, mono, ocean)"), "\(error)")
        }
        XCTAssertThrowsError(try loader.resolve(explicit: root.path("missing.theme"))) { error in
            XCTAssertEqual((error as? ThemeError)?.file, root.path("missing.theme"))
        }
    }

    func testBuiltInsWithoutAnyThemesFolder() throws {
        let loader = ThemeLoader(environment: ["NO_COLOR": "1"], executablePath: "/nonexistent/bin/dsrboard")
        XCTAssertEqual(try loader.resolve(), Theme.builtInMono)
        XCTAssertEqual(try loader.resolve(explicit: "default"), Theme.builtInDefault)
        XCTAssertEqual(loader.available(), [ThemeInfo(name: "default", path: "built-in"), ThemeInfo(name: "mono", path: "built-in")])
    }
}
