/// The result of parsing a command line against a `CommandSpec`.
public struct ParsedArguments: Sendable {
    /// Option values by long name, in the order given.
    public var values: [String: [String]] = [:]
    /// Flags that were given.
    public var flags: Set<String> = []
    /// Positional arguments, in order.
    public var positionals: [String] = []

    /// The last value of an option, or nil.
    public func value(_ long: String) -> String? { values[long]?.last }

    /// Whether a flag was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// Parses `arguments` (without the command names) against `spec`; throws `CLIError.usage` on any mistake.
    public static func parse(_ arguments: [String], spec: CommandSpec) throws -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        func find(_ name: String) throws -> OptionSpec {
            if let o = spec.options.first(where: { $0.long == name }) { return o }
            throw CLIError.usage("Unknown option '--\(name)'")
        }
        func take(_ option: OptionSpec, inline: String?) throws {
            if option.valueName == nil {
                if inline != nil { throw CLIError.usage("Flag '--\(option.long)' takes no value") }
                result.flags.insert(option.long)
                return
            }
            var value = inline
            if value == nil {
                i += 1
                guard i < arguments.count else { throw CLIError.usage("Missing value for '--\(option.long) <\(option.valueName!)>'") }
                value = arguments[i]
            }
            if !option.isRepeatable, result.values[option.long] != nil {
                throw CLIError.usage("Option '--\(option.long)' given more than once")
            }
            result.values[option.long, default: []].append(value!)
        }
        while i < arguments.count {
            let arg = arguments[i]
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                result.positionals.append(arg)
            } else if arg == "--" {
                onlyPositionals = true
            } else if arg.hasPrefix("--") {
                let body = arg.dropFirst(2)
                if let eq = body.firstIndex(of: "=") {
                    try take(try find(String(body[..<eq])), inline: String(body[body.index(after: eq)...]))
                } else {
                    try take(try find(String(body)), inline: nil)
                }
            } else {
                let letters = Array(arg.dropFirst())
                for (k, letter) in letters.enumerated() {
                    guard let o = spec.options.first(where: { $0.short == letter }) else {
                        throw CLIError.usage("Unknown option '-\(letter)'")
                    }
                    if o.valueName != nil, k < letters.count - 1 {
                        try take(o, inline: String(letters[(k + 1)...]))
                        break
                    }
                    try take(o, inline: nil)
                }
            }
            i += 1
        }
        try checkPositionals(result.positionals, spec: spec)
        return result
    }

    private static func checkPositionals(_ given: [String], spec: CommandSpec) throws {
        let required = spec.arguments.filter { !$0.isOptional }.count
        let variadic = spec.arguments.contains { $0.isVariadic }
        if given.count < required, let missing = spec.arguments.filter({ !$0.isOptional }).dropFirst(given.count).first {
            throw CLIError.usage("Missing expected argument '<\(missing.name)>'")
        }
        if !variadic, given.count > spec.arguments.count {
            throw CLIError.usage("Unexpected argument '\(given[spec.arguments.count])'")
        }
    }
}
