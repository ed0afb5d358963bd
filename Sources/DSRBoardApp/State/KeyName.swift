/// Key names as the bindings spell them: a printable character is itself ("j", "G", "/", "中"); others are words
/// ("enter", "esc", "tab", "backtab", "up", "pagedown", "ctrl-f", "f1").
public enum KeyName {
    /// The text a key types in a filter or command line, or nil for a non-printing key.
    public static func printable(_ name: String) -> String? {
        if name == "space" { return " " }
        return name.count == 1 ? name : nil
    }
}
