/// Colours by meaning, and the ready-made styles screens draw with.
///
/// Styles carry the theme background so text drawn over a filled pane keeps it. Where a slot is the
/// terminal default (as in the monochrome theme), styles fall back on attributes: selection and the
/// status bar reverse, emphasis is bold, muted text is dim.
public struct Theme: Hashable, Sendable {
    /// A colour role; raw values are the keys of theme files.
    public enum Slot: String, CaseIterable, Sendable {
        /// Screen background.
        case background
        /// Ordinary text.
        case text
        /// Secondary text: context, units, hints.
        case muted
        /// Emphasis and focus.
        case accent
        /// A figure on the right side of its target.
        case good
        /// A figure near its threshold.
        case warn
        /// A figure past its threshold, errors.
        case bad
        /// Background of the selected row.
        case selection
        /// Text of the selected row.
        case selectionText = "selection_text"
        /// Pane borders.
        case border
        /// The focused pane's border.
        case borderFocused = "border_focused"
        /// Pane titles.
        case title
        /// Table headers.
        case header
        /// Background of the top and bottom bars.
        case statusBar = "status_bar"
        /// Text on the bars.
        case statusText = "status_text"
        /// Flash messages.
        case flash
        /// Key names in the footer's key hints.
        case key
    }

    /// Theme name (file name without `.theme`).
    public var name: String
    /// Where it came from: a file path or "built-in".
    public var source: String
    /// The colours set; missing slots are the terminal default.
    public var colors: [Slot: Color]

    /// Creates a theme.
    public init(name: String, source: String, colors: [Slot: Color]) {
        self.name = name
        self.source = source
        self.colors = colors
    }

    /// The colour of a slot (`.default` when unset).
    public func color(_ slot: Slot) -> Color { colors[slot] ?? .default }

    /// Ordinary text on the theme background.
    public var text: Style { foreground(.text) }
    /// Secondary text (dim when it has no colour of its own).
    public var muted: Style { foreground(.muted, emphasis: .dim) }
    /// Emphasised text (bold when it has no colour of its own).
    public var accent: Style { foreground(.accent, emphasis: .bold) }
    /// Good figures.
    public var good: Style { foreground(.good) }
    /// Warning figures (bold when they have no colour of their own).
    public var warn: Style { foreground(.warn, emphasis: .bold) }
    /// Bad figures and errors, always bold.
    public var bad: Style { foreground(.bad).bold() }
    /// Pane titles, bold.
    public var title: Style { foreground(.title).bold() }
    /// Table headers, bold.
    public var header: Style { foreground(.header).bold() }
    /// Flash messages.
    public var flash: Style { foreground(.flash) }
    /// The selected row: selection colours, or reverse video when the selection has no background.
    public var selected: Style {
        let style = Style(foreground: color(.selectionText), background: color(.selection))
        return color(.selection) == .default ? style.reversed() : style
    }
    /// Key names in the footer, bold.
    public var footerKey: Style { foreground(.key).bold() }
    /// The top and bottom bars (reverse video when they have no background colour).
    public var statusBar: Style {
        let style = Style(foreground: color(.statusText), background: color(.statusBar))
        return color(.statusBar) == .default ? style.reversed() : style
    }

    /// Pane border style; the focused one is also bold.
    public func border(focused: Bool) -> Style {
        focused ? foreground(.borderFocused).bold() : foreground(.border)
    }

    /// The style of a status or flash message of `level`.
    public func style(for level: StatusLevel) -> Style {
        switch level {
        case .info: flash
        case .success: good
        case .warning: warn
        case .error: bad
        }
    }

    private func foreground(_ slot: Slot, emphasis: TextAttributes = []) -> Style {
        let color = color(slot)
        return Style(foreground: color, background: self.color(.background), attributes: color == .default ? emphasis : [])
    }
}
