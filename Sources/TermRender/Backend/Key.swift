/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, CJK, …).
    case character(Character)
    /// A control chord: `.control("r")` is Ctrl-R (lower-case letter or `@[\]^_`).
    case control(Character)
    /// Alt (Meta) held with a printable character, sent by terminals as Esc then the character.
    case alt(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter / Return.
    case enter
    /// Escape on its own.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// A function key, `.function(1)` is F1.
    case function(Int)
    /// A key code the board does not know.
    case unknown(Int)

    /// A short human name (`q`, `C-r`, `M-x`, `Up`, `PgDn`, `F5`, `S-Tab`) for help screens and logs.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): TextSanitizer.clean(String(character))
        case .control(let character): "C-" + String(character)
        case .alt(let character): "M-" + TextSanitizer.clean(String(character))
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .function(let number): "F\(number)"
        case .unknown(let code): "key \(code)"
        }
    }

    /// The key a single input character stands for: Enter for CR/LF, Tab, Backspace for BS/DEL, Esc,
    /// control chords for the other C0 codes, otherwise the character itself.
    public init(character: Character) {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            self = .character(character)
            return
        }
        switch scalar.value {
        case 0x0A, 0x0D: self = .enter
        case 0x09: self = .tab
        case 0x08, 0x7F: self = .backspace
        case 0x1B: self = .escape
        case 0x00: self = .control("@")
        case 0x01...0x1A: self = .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0x1C...0x1F: self = .control(Character(Unicode.Scalar(scalar.value + 0x40)!))
        default: self = .character(character)
        }
    }
}
