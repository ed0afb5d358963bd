/// What a (sub)command accepts, from which its help, usage line and parser are derived.
public struct CommandSpec: Sendable {
    /// The command's name as typed (`import`), or the tool's name for the root.
    public var name: String
    /// One line for the OVERVIEW section and the parent's SUBCOMMANDS list.
    public var abstract: String
    /// More text under the overview (may be empty).
    public var discussion: String
    /// Positional arguments.
    public var arguments: [ArgumentSpec]
    /// Options and flags (`--help` is added automatically).
    public var options: [OptionSpec]

    /// A command specification.
    public init(name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
                options: [OptionSpec] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    /// Name shown in usage (`path`).
    public var name: String
    /// Help text.
    public var help: String
    /// Whether it takes any number of values (at least one unless optional).
    public var isVariadic: Bool
    /// Whether it may be left out.
    public var isOptional: Bool

    /// A positional argument.
    public init(_ name: String, help: String, isVariadic: Bool = false, isOptional: Bool = false) {
        self.name = name
        self.help = help
        self.isVariadic = isVariadic
        self.isOptional = isOptional
    }
}

/// An option (`--db <path>`) or a flag (`--live`).
public struct OptionSpec: Sendable {
    /// Long name without dashes (`db`).
    public var long: String
    /// Optional one-letter short name.
    public var short: Character?
    /// Value placeholder (`path`); nil for a flag.
    public var valueName: String?
    /// Help text.
    public var help: String
    /// Whether the option may be given several times.
    public var isRepeatable: Bool

    /// An option taking a value.
    public static func option(_ long: String, short: Character? = nil, value: String, help: String,
                              repeatable: Bool = false) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: value, help: help, isRepeatable: repeatable)
    }

    /// A flag without a value.
    public static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: nil, help: help, isRepeatable: false)
    }

    /// `--db <path>` in usage and help.
    var synopsis: String { "--\(long)" + (valueName.map { " <\($0)>" } ?? "") }
}

/// The shared `--db` option every subcommand takes.
extension OptionSpec {
    /// `--db <path>`.
    public static let database = OptionSpec.option(
        "db", value: "path",
        help: "The database file (default: $DSRBOARD_DB, else $XDG_DATA_HOME/dsrboard/dsrboard.sqlite).")
}
