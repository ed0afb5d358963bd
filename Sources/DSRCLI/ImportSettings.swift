import DSRImport
import DSRModel
import DSRStore
import Foundation

/// The options `import` and `watch` share, and how they become `ImportOptions` and an open store.
enum ImportSettings {
    /// `--kind`, `--shop`, `--tz`, `--encoding`, `--config`.
    static let sharedOptions: [OptionSpec] = [
        .option("kind", value: "kind", help: "Read every file as this kind instead of detecting it: "
                + ImportKind.allCases.map(\.rawValue).joined(separator: ", ") + "."),
        .option("shop", value: "name|id", help: "The shop for records that name none (created by name if new)."),
        .option("tz", value: "zone", help: "Zone for times without an offset: an IANA name or ±HH:MM "
                + "(default: the shop's zone, else UTC)."),
        .option("encoding", value: "name", help: "Text encoding (utf-8, utf-16le, gb18030…) instead of detecting it."),
        .option("config", value: "path", help: "Settings file (default: $XDG_CONFIG_HOME/dsrboard/config.toml, if present)."),
    ]

    /// Reads the shared options (usage errors for bad values; the config file's own errors are failures).
    static func options(_ args: ParsedArguments, context: CommandContext) throws -> ImportOptions {
        var options = ImportOptions()
        if let k = args.value("kind") {
            guard let kind = ImportKind(rawValue: k.lowercased()) else {
                throw CLIError.usage("Invalid value '\(k)' for '--kind': expected one of "
                                     + ImportKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            options.kind = kind
        }
        if let z = args.value("tz") {
            guard let zone = ZoneSpec(z) else {
                throw CLIError.usage("Invalid value '\(z)' for '--tz': expected an IANA zone like Asia/Bangkok or ±HH:MM")
            }
            options.zone = zone
        }
        if let e = args.value("encoding") {
            guard let encoding = TextEncoding(name: e) else {
                throw CLIError.usage("Invalid value '\(e)' for '--encoding': iconv does not know it (try utf-8, utf-16le, gb18030)")
            }
            options.encoding = encoding
        }
        if let s = args.value("shop") {
            guard !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CLIError.usage("Invalid value '' for '--shop': expected a shop name or id")
            }
            options.shop = s
        }
        let configPath = args.value("config") ?? context.configDirectory() + "/config.toml"
        if args.value("config") != nil || FileManager.default.fileExists(atPath: configPath) {
            do {
                options.forwarderTable = try ForwarderStatusTable(config: ConfigFile.load(path: configPath))
            } catch let error as ConfigError {
                throw CLIError.failure("\(error)")
            }
        }
        return options
    }

    /// Opens (creating if needed) the store at the command's database path.
    static func openStore(_ args: ParsedArguments, context: CommandContext) throws -> Store {
        let path = context.databasePath(args)
        try context.ensureParentDirectory(of: path)
        do {
            return try Store(path: path)
        } catch {
            throw CLIError.failure("cannot open the database \(path): \(error)")
        }
    }
}
