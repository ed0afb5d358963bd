import Foundation
import TermRender

/// `dsrboard themes`: lists the themes the board can use and where each was found.
enum ThemesCommand: Command {
    static let spec = CommandSpec(
        name: "themes",
        abstract: "List the available themes and where each was found.",
        discussion: """
            Themes are looked up in $XDG_CONFIG_HOME/dsrboard/themes/ (else ~/.config/dsrboard/themes/), then in the
            installed themes folder. The first found of a name wins. --check NAME|PATH loads one and reports errors.
            """,
        options: [.option("check", value: "name|path", help: "Load one theme and report its errors with file and line.")])

    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32 {
        let loader = ThemeLoader(environment: context.environment, executablePath: BoardSetup.executablePath())
        if let name = args.value("check") {
            do {
                let theme = try loader.load(name)
                context.console.out("\(theme.name): OK (\(theme.source))\n")
                return 0
            } catch {
                throw CLIError.failure("\(error)")
            }
        }
        let themes = loader.available()
        let width = themes.map(\.name.count).max() ?? 8
        let active = try? loader.resolve(explicit: nil)
        for theme in themes {
            let mark = theme.name == active?.name ? "*" : " "
            context.console.out("\(mark) \(theme.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(theme.path)\n")
        }
        if themes.isEmpty { context.console.out("no theme files found; the built-in default is used\n") }
        context.console.out("\nsearched: " + loader.searchDirectories.joined(separator: ", ") + "\n")
        return 0
    }
}
