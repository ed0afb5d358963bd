/// Key names as the bindings spell them: a printable character is itself ("j", "G", "/", "中"); others are words
/// ("enter", "esc", "tab", "backtab", "up", "pagedown", "ctrl-f", "f1").
public enum KeyName {
    /// The text a key types in a filter or command line, or nil for a non-printing key.
    public static func printable(_ name: String) -> String? {
        if name == "space" { return " " }
        return name.count == 1 ? name : nil
    }
}

import TermRender

extension KeyName {
    /// The binding name of a key from the backend.
    public static func of(_ key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "ctrl-" + String(c).lowercased()
        case .alt(let c): "alt-" + String(c)
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pageup"
        case .pageDown: "pagedown"
        case .home: "home"
        case .end: "end"
        case .enter: "enter"
        case .escape: "esc"
        case .backspace: "backspace"
        case .delete: "delete"
        case .insert: "insert"
        case .tab: "tab"
        case .backTab: "backtab"
        case .function(let n): "f\(n)"
        case .unknown(let code): "key\(code)"
        }
    }
}
