import TermRender

/// `?`: every key, in a box over the screen.
struct HelpOverlay {
    let theme: Theme

    /// Every line of the help text.
    func lines() -> [Line] {
        var out = [Line("Keys work on the focused pane or the screen on top; Esc goes back.", style: theme.muted), .empty]
        for binding in KeyBinding.all {
            let keys = binding.keys.map(display).joined(separator: " ")
            out.append(Line(spans: [Span(TextWidth.pad(keys, to: 16), style: theme.footerKey), Span(binding.help)]))
        }
        out += [.empty, Line("In a filter or command line: type, Backspace deletes, ⏎ keeps, Esc cancels.", style: theme.muted)]
        return out
    }

    /// Draws the box centred in `area`; returns the largest useful scroll offset.
    func render(in area: Rect, buffer: inout Buffer, offset: Int) -> Int {
        let all = lines()
        let width = min(area.width, 72)
        let height = min(area.height, all.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inner = PaneFrame.draw(Line("Help · every key"), focused: true, in: box, buffer: &buffer, theme: theme)
        let limit = max(0, all.count - inner.height)
        Paragraph(lines: all, style: theme.text, scroll: min(offset, limit)).render(in: inner, buffer: &buffer)
        return limit
    }

    private func display(_ key: String) -> String {
        switch key {
        case "up": "↑"
        case "down": "↓"
        case "left": "←"
        case "right": "→"
        case "enter": "⏎"
        case "esc": "Esc"
        case "backspace": "⌫"
        case "tab": "Tab"
        case "backtab": "⇧Tab"
        case "pageup": "PgUp"
        case "pagedown": "PgDn"
        case "home": "Home"
        case "end": "End"
        case "space": "space"
        default: key
        }
    }
}
