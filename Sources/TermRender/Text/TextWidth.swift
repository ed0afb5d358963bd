/// Display width of text in terminal columns, the way glibc's `wcwidth` (and so ncurses and tmux) see it.
///
/// Per scalar: East Asian Wide/Fullwidth (and so emoji presentation) 2; combining marks, ZWJ, variation
/// selectors and controls 0; everything else, ambiguous characters included, 1. The table is generated
/// by `scripts/gen_width_table.py` and never depends on the process locale.
///
/// Per grapheme cluster (Character) the width is what the terminal will show, because a cell holds what
/// ncurses can put in one `cchar_t`: a spacing scalar plus its zero-width followers. So `é` is 1, a
/// flag (two regional indicators) 2, `कि` 2, and an emoji ZWJ sequence the width of its first emoji,
/// since ncurses cannot send the joined sequence and tmux would otherwise disagree about the cursor.
public enum TextWidth {
    /// ncurses' CCHARW_MAX: scalars one cell can carry.
    static let maxScalarsPerCell = 5

    /// Columns one scalar takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
        if contains(WidthTable.zeroWidth, value) { return 0 }
        if value >= 0x1100, contains(WidthTable.doubleWidth, value) { return 2 }
        return 1
    }

    /// Columns one grapheme cluster takes on screen (0 when it has no spacing scalar).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first { return of(only) }
        return glyphs(of: character).reduce(0) { $0 + $1.width }
    }

    /// Columns a string takes on screen.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut; a wide glyph
    /// that would straddle the limit is dropped, never halved. The ellipsis is left out when it alone
    /// would not fit.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        let mark = ellipsisWidth <= width ? ellipsis : ""
        let budget = width - (mark.isEmpty ? 0 : ellipsisWidth)
        var kept = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > budget { break }
            kept.append(character)
            used += characterWidth
        }
        return kept + mark
    }

    /// `text` made exactly `width` columns: cut (without ellipsis, never halving a wide glyph) when too
    /// wide, then padded with spaces according to `alignment`.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = of(text) > width ? truncate(text, to: width, ellipsis: "") : text
        let used = of(fitted)
        let leading = alignment.leadingSpace(used: used, available: width)
        return String(repeating: " ", count: leading) + fitted + String(repeating: " ", count: width - used - leading)
    }

    /// The cells a grapheme cluster becomes. Zero-width scalars ride on the spacing scalar before them
    /// (at most five per cell, as in ncurses); a pair of regional indicators is one 2-column cell; a
    /// cluster joined with ZWJ keeps only its first part, because ncurses would send each part as its
    /// own cell while tmux draws the joined sequence in the first part's width.
    static func glyphs(of character: Character) -> [Glyph] {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first {
            let width = of(only)
            return width == 0 ? [] : [Glyph(symbol: String(character), width: width)]
        }
        let joined = scalars.contains { $0.value == 0x200D }
        var glyphs: [Glyph] = []
        var current = String.UnicodeScalarView()
        var currentWidth = 0
        for scalar in scalars {
            if joined && scalar.value == 0x200D { break }
            let width = of(scalar)
            if width == 0 {
                if currentWidth > 0, current.count < maxScalarsPerCell { current.append(scalar) }
                continue
            }
            let pairsFlag = isRegionalIndicator(scalar) && current.count == 1 && currentWidth == 1
                && current.first.map(isRegionalIndicator) == true
            if pairsFlag {
                current.append(scalar)
                currentWidth += width
                continue
            }
            if currentWidth > 0 {
                if joined { break }
                glyphs.append(Glyph(symbol: String(current), width: currentWidth))
            }
            current = String.UnicodeScalarView([scalar])
            currentWidth = width
        }
        if currentWidth > 0 { glyphs.append(Glyph(symbol: String(current), width: currentWidth)) }
        return glyphs
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Binary search in a flat list of inclusive (first, last) pairs.
    private static func contains(_ ranges: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[2 * middle] {
                high = middle - 1
            } else if value > ranges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
