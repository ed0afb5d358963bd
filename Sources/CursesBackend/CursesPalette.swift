@preconcurrency import CCurses
import TermRender

/// Turns `Color`s into ncurses colour numbers and colour pairs, allocated on demand.
///
/// `.default` is -1 (the terminal's own colour, via `use_default_colors`). A 24-bit colour is sent as is
/// on a direct-colour terminal; where `can_change_color()` holds, it redefines a palette slot (counting
/// down from the top, original values saved and put back on `restore`); otherwise it becomes the
/// nearest of 256, 16 or 8 colours. Pairs come from `alloc_pair`, cached per (foreground, background).
final class CursesPalette {
    /// Colours the terminal has (`COLORS`); 0 without colour support.
    let colors: Int
    /// Whether palette slots may be redefined.
    let canChangeColors: Bool
    /// Whether -1 means the terminal default (`use_default_colors` succeeded).
    let hasDefaultColors: Bool

    private var pairs: [PairKey: Int32] = [:]
    private var customSlots: [RGB: Int32] = [:]
    private var savedSlots: [(slot: Int32, r: Int32, g: Int32, b: Int32)] = []
    private var nextSlot: Int32
    private let lowestCustomSlot: Int32 = 16

    private struct PairKey: Hashable { var foreground: Int32, background: Int32 }
    private struct RGB: Hashable { var r: UInt8, g: UInt8, b: UInt8 }

    /// Starts colour on the current screen (after `newterm`); a terminal without colours gets pair 0.
    init(allowPaletteChanges: Bool) {
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            colors = Int(nc_colors())
            canChangeColors = allowPaletteChanges && can_change_color() && colors >= 256 && colors < 1 << 24
        } else {
            colors = 0
            hasDefaultColors = false
            canChangeColors = false
        }
        nextSlot = Int32(min(colors, 256) - 1)
    }

    /// Whether the terminal takes colours at all.
    var isColor: Bool { colors >= 8 }

    /// The colour pair for a style's colours (0, the default pair, when nothing can be shown).
    func pair(for style: Style) -> Int32 {
        guard isColor else { return 0 }
        let key = PairKey(foreground: number(for: style.foreground, isBackground: false),
                          background: number(for: style.background, isBackground: true))
        if key.foreground == -1, key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        let pair = alloc_pair(key.foreground, key.background)
        let result = pair > 0 ? Int32(pair) : 0
        pairs[key] = result
        return result
    }

    /// Puts redefined palette slots back as they were.
    func restore() {
        for saved in savedSlots.reversed() {
            _ = init_extended_color(saved.slot, saved.r, saved.g, saved.b)
        }
        savedSlots.removeAll()
        customSlots.removeAll()
    }

    /// The ncurses colour number for `color`.
    private func number(for color: Color, isBackground: Bool) -> Int32 {
        switch color {
        case .default:
            if hasDefaultColors { return -1 }
            return isBackground ? Int32(COLOR_BLACK) : Int32(COLOR_WHITE)
        case .indexed(let index):
            if colors >= 1 << 24, index >= 16 {
                let (r, g, b) = ColorMapper.rgb(ofIndex: index)
                return packed(r, g, b)
            }
            return indexNumber(ColorMapper.downgrade(color, colors: colors), isBackground: isBackground)
        case .rgb(let r, let g, let b):
            if colors >= 1 << 24 { return packed(r, g, b) }
            if canChangeColors, let slot = customSlot(RGB(r: r, g: g, b: b)) { return slot }
            return indexNumber(ColorMapper.downgrade(color, colors: colors), isBackground: isBackground)
        }
    }

    private func indexNumber(_ color: Color, isBackground: Bool) -> Int32 {
        if case .indexed(let index) = color { return Int32(index) }
        return number(for: .default, isBackground: isBackground)
    }

    private func packed(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int32 {
        Int32(r) << 16 | Int32(g) << 8 | Int32(b)
    }

    /// A channel 0–255 on ncurses' 0–1000 scale, rounded up so ncurses' own truncating conversion back
    /// gives the same byte.
    private func scaled(_ channel: UInt8) -> Int32 {
        Int32((Int(channel) * 1000 + 254) / 255)
    }

    /// A palette slot redefined to `rgb`, reusing one already set; nil when slots run out.
    private func customSlot(_ rgb: RGB) -> Int32? {
        if let slot = customSlots[rgb] { return slot }
        // An exact palette match needs no redefinition.
        let nearest = ColorMapper.nearest256(rgb.r, rgb.g, rgb.b)
        if ColorMapper.rgb(ofIndex: nearest) == (rgb.r, rgb.g, rgb.b) { return Int32(nearest) }
        guard nextSlot >= lowestCustomSlot else { return nil }
        let slot = nextSlot
        guard init_extended_color(slot, scaled(rgb.r), scaled(rgb.g), scaled(rgb.b)) == OK else { return nil }
        // ncurses only knows its own guesses for palette values above 15, so what is put back is xterm's
        // default; `endwin` also sends the terminal's own reset (`oc`) where terminfo has one.
        let (r, g, b) = ColorMapper.rgb(ofIndex: UInt8(slot))
        savedSlots.append((slot, scaled(r), scaled(g), scaled(b)))
        customSlots[rgb] = slot
        nextSlot -= 1
        return slot
    }
}
