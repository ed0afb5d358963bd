/// Makes untrusted text (imported data) safe to put on a terminal or in a snapshot.
///
/// Removes escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-character `ESC x`), C0 and C1
/// controls, DEL and the bidi embeddings, overrides and isolates that could reorder what a reader sees.
/// Tab, newline, carriage return and the Unicode line/paragraph separators become one space each (a
/// CR LF pair one space). ZWJ and variation selectors stay: they are part of emoji.
public enum TextSanitizer {
    /// `text` without anything that could move the cursor, change colours or reorder the display.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        let scalars = text.unicodeScalars
        var output = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar.value {
            case 0x1B:
                index = skipEscape(scalars, from: next)
                continue
            case 0x9B:
                index = skipControlSequence(scalars, from: next)
                continue
            case 0x9D:
                index = skipString(scalars, from: next, bellEnds: true)
                continue
            case 0x90, 0x98, 0x9E, 0x9F:
                index = skipString(scalars, from: next, bellEnds: false)
                continue
            case 0x0D where next < scalars.endIndex && scalars[next].value == 0x0A:
                break
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029:
                output.append(" ")
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                output.append(scalar)
            }
            index = next
        }
        return String(output)
    }

    /// A quick byte scan, so clean text (nearly all of it) costs no allocation.
    static func needsCleaning(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            // C1 controls are C2 80–C2 9F in UTF-8.
            if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return true }
            if beforePrevious == 0xE2 {
                // U+2028–U+202E are E2 80 A8–AE; U+2066–U+2069 are E2 81 A6–A9.
                if previous == 0x80, byte >= 0xA8, byte <= 0xAE { return true }
                if previous == 0x81, byte >= 0xA6, byte <= 0xA9 { return true }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Index just past an escape sequence whose ESC came right before `start`.
    private static func skipEscape(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index {
        guard start < scalars.endIndex else { return start }
        let introducer = scalars[start].value
        let afterIntroducer = scalars.index(after: start)
        switch introducer {
        case 0x5B:  // [
            return skipControlSequence(scalars, from: afterIntroducer)
        case 0x5D:  // ]
            return skipString(scalars, from: afterIntroducer, bellEnds: true)
        case 0x50, 0x58, 0x5E, 0x5F:  // P X ^ _
            return skipString(scalars, from: afterIntroducer, bellEnds: false)
        case 0x20...0x2F:
            // Intermediates then one final byte, as in ESC ( B.
            var index = afterIntroducer
            while index < scalars.endIndex, (0x20...0x2F).contains(scalars[index].value) {
                index = scalars.index(after: index)
            }
            if index < scalars.endIndex, (0x30...0x7E).contains(scalars[index].value) {
                return scalars.index(after: index)
            }
            return index
        case 0x30...0x7E:
            return afterIntroducer
        default:
            return start
        }
    }

    /// Index past a CSI's parameters and final byte; stops early (keeping the offender) at anything
    /// that cannot be part of one, so a stray `ESC [` cannot swallow the rest of the text.
    private static func skipControlSequence(
        _ scalars: String.UnicodeScalarView, from start: String.Index
    ) -> String.Index {
        var index = start
        while index < scalars.endIndex {
            let value = scalars[index].value
            if (0x40...0x7E).contains(value) { return scalars.index(after: index) }
            guard (0x20...0x3F).contains(value) else { return index }
            index = scalars.index(after: index)
        }
        return index
    }

    /// Index past a control string ended by ST (`ESC \` or U+009C), or BEL for OSC. An unterminated
    /// string runs to the end of the text: a terminal would swallow it too.
    private static func skipString(
        _ scalars: String.UnicodeScalarView, from start: String.Index, bellEnds: Bool
    ) -> String.Index {
        var index = start
        while index < scalars.endIndex {
            let value = scalars[index].value
            let next = scalars.index(after: index)
            if value == 0x9C || (bellEnds && value == 0x07) { return next }
            if value == 0x1B {
                if next < scalars.endIndex, scalars[next].value == 0x5C { return scalars.index(after: next) }
                return index
            }
            index = next
        }
        return index
    }
}
