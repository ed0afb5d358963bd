/// Finds, lists and loads themes.
///
/// Which theme: `--theme` (a name or a path), else the monochrome `mono` when `NO_COLOR` is set and not
/// empty, else `$DSRBOARD_THEME` (a name or a path), else `default`. A name is looked up as
/// `<name>.theme` in `searchDirectories` (the first hit wins); `default` and `mono` are also compiled in.
/// Slots a theme file leaves out come from the `default` theme.
public struct ThemeLoader: Sendable {
    /// The environment variables consulted (`DSRBOARD_THEME`, `NO_COLOR`, `XDG_CONFIG_HOME`, `HOME`).
    public static let environmentKeys = ["DSRBOARD_THEME", "NO_COLOR", "XDG_CONFIG_HOME", "HOME"]

    /// The environment, passed in so tests need not change the real one.
    public var environment: [String: String]
    /// The running executable, from which installed and development themes folders are found.
    public var executablePath: String?

    /// Creates a loader; by default over the process environment and executable.
    public init(environment: [String: String]? = nil, executablePath: String? = nil) {
        self.environment = environment ?? ThemeLoader.processEnvironment()
        self.executablePath = executablePath ?? FileSystem.executablePath()
    }

    /// The variables of `environmentKeys` that are set in this process.
    public static func processEnvironment() -> [String: String] {
        var values: [String: String] = [:]
        for key in environmentKeys {
            if let value = FileSystem.environmentValue(key) { values[key] = value }
        }
        return values
    }

    /// Folders searched for `<name>.theme`, in order: the user's (`$XDG_CONFIG_HOME/dsrboard/themes`,
    /// else `~/.config/dsrboard/themes`), the installed one (`<executable dir>/../share/dsrboard/themes`),
    /// and for development builds the `themes` folder of the nearest ancestor of the executable that
    /// holds `themes/default.theme`.
    public var searchDirectories: [String] {
        var directories: [String] = []
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            directories.append(FileSystem.join(config, "dsrboard/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(FileSystem.join(home, ".config/dsrboard/themes"))
        }
        if let executablePath {
            let binDirectory = FileSystem.directory(of: executablePath)
            directories.append(FileSystem.join(binDirectory, "../share/dsrboard/themes"))
            var directory = binDirectory
            while true {
                let candidate = FileSystem.join(directory, "themes")
                if FileSystem.isFile(FileSystem.join(candidate, "default.theme")) {
                    directories.append(candidate)
                    break
                }
                let parent = FileSystem.directory(of: directory)
                if parent == directory || directory == "." { break }
                directory = parent
            }
        }
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    /// Every theme that can be chosen, by name, with the file it loads from (the first folder that has
    /// it wins); compiled-in themes not found on disk are listed as "built-in".
    public func available() -> [ThemeInfo] {
        var found: [String: String] = [:]
        for directory in searchDirectories {
            for entry in FileSystem.entries(of: directory) where entry.hasSuffix(".theme") && entry.count > 6 {
                let path = FileSystem.join(directory, entry)
                let name = String(entry.dropLast(6))
                if found[name] == nil, FileSystem.isFile(path) { found[name] = path }
            }
        }
        for name in Theme.builtIn.keys where found[name] == nil { found[name] = "built-in" }
        return found.map { ThemeInfo(name: $0.key, path: $0.value) }.sorted { $0.name < $1.name }
    }

    /// The theme to use, given the `--theme` argument if any (see the type's summary for the order).
    public func resolve(explicit: String? = nil) throws -> Theme {
        if let explicit, !explicit.isEmpty { return try load(explicit) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return try load("mono") }
        if let chosen = environment["DSRBOARD_THEME"], !chosen.isEmpty { return try load(chosen) }
        return try load("default")
    }

    /// Loads a theme by name, or from a file when `nameOrPath` contains `/` or ends in `.theme`.
    public func load(_ nameOrPath: String) throws -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme") {
            return try load(path: nameOrPath)
        }
        if let path = path(ofThemeNamed: nameOrPath) {
            return try load(path: path, name: nameOrPath)
        }
        if let builtIn = Theme.builtIn[nameOrPath] { return builtIn }
        let names = available().map(\.name).joined(separator: ", ")
        throw ThemeError(file: "", message: "unknown theme `\(TextSanitizer.clean(nameOrPath))` (available: \(names))")
    }

    /// Loads a theme file; its name defaults to the file name without `.theme`.
    public func load(path: String, name: String? = nil) throws -> Theme {
        guard let text = FileSystem.readText(path) else {
            throw ThemeError(file: path, message: "cannot read theme file")
        }
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        let themeName = name ?? (fileName.hasSuffix(".theme") ? String(fileName.dropLast(6)) : fileName)
        let base = themeName == "default" ? Theme.builtInDefault : try defaultTheme()
        return try ThemeParser.parse(text, name: themeName, file: path, base: base)
    }

    /// The first `<name>.theme` in the search folders.
    public func path(ofThemeNamed name: String) -> String? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        return searchDirectories.map { FileSystem.join($0, name + ".theme") }.first(where: FileSystem.isFile)
    }

    /// The `default` theme from the search folders, else the compiled-in one.
    private func defaultTheme() throws -> Theme {
        guard let path = path(ofThemeNamed: "default") else { return .builtInDefault }
        return try ThemeParser.parse(
            FileSystem.readText(path) ?? "", name: "default", file: path, base: .builtInDefault
        )
    }
}
