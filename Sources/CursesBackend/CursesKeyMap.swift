import TermRender

/// The table from ncurses key codes (what `wget_wch` returns with `KEY_CODE_YES`) to `Key`.
///
/// Codes are ncurses' fixed octal values, written out so the table can be tested without a terminal.
public enum CursesKeyMap {
    /// `KEY_RESIZE`: the terminal changed size.
    public static let resizeCode: Int32 = 0o632
    /// `KEY_F0`: function key n is `KEY_F0 + n`.
    static let functionZero: Int32 = 0o410

    /// Special keys by ncurses code.
    static let special: [Int32: Key] = [
        0o402: .down, 0o403: .up, 0o404: .left, 0o405: .right, 0o406: .home, 0o407: .backspace,
        0o512: .delete, 0o513: .insert, 0o522: .pageDown, 0o523: .pageUp, 0o527: .enter,
        0o541: .backTab, 0o550: .end,
        // Keypad corners (KEY_A1, KEY_A3, KEY_C1, KEY_C3) as on a PC keypad.
        0o534: .home, 0o535: .pageUp, 0o537: .end, 0o540: .pageDown,
        // Shifted keys read as the plain ones (KEY_SF, KEY_SR, KEY_SLEFT, KEY_SRIGHT, KEY_SHOME, KEY_SEND).
        0o520: .down, 0o521: .up, 0o611: .left, 0o622: .right, 0o607: .home, 0o602: .end,
    ]

    /// The key for an ncurses key code; nil for `KEY_RESIZE` (an event, not a key).
    public static func key(forCode code: Int32) -> Key? {
        if code == resizeCode { return nil }
        if let key = special[code] { return key }
        if code > functionZero, code <= functionZero + 63 { return .function(Int(code - functionZero)) }
        return .unknown(Int(code))
    }

    /// The key for a character `wget_wch` returned (a Unicode scalar value); invalid values are unknown.
    public static func key(forCharacter value: UInt32) -> Key {
        guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
        return Key(character: Character(scalar))
    }

    /// The key for Esc followed within the escape delay by `next`: Alt with a printable character,
    /// nil when `next` is not a printable character (then Esc and `next` are separate keys).
    public static func altKey(followedBy next: Key) -> Key? {
        if case .character(let character) = next { return .alt(character) }
        return nil
    }
}
