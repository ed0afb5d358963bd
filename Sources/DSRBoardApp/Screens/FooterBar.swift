import TermRender

/// The two bottom lines: the keys that work here (or the line being typed), then the flash message.
struct FooterBar {
    let state: BoardState
    let theme: Theme

    /// Draws the key line into the first row of `area` and the flash into the second.
    func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: theme.text)
        _ = buffer.write(keyLine(), x: area.x, y: area.y, maxWidth: area.width, baseStyle: theme.text)
        guard area.height > 1 else { return }
        if let flash = state.visibleFlash {
            StatusLine(message: flash.message, level: flash.level, theme: theme).render(in: area.row(1), buffer: &buffer)
        } else if let error = state.loadError {
            StatusLine(message: "cannot read the database: \(error)", level: .error, theme: theme).render(in: area.row(1), buffer: &buffer)
        }
    }

    private func keyLine() -> Line {
        switch state.mode {
        case .filter:
            let text = state.activeList.flatMap { state.cursors[$0]?.filter } ?? ""
            return prompt("/", text, hints: [("⏎", "keep"), ("Esc", "clear")])
        case .command(let text):
            return prompt(":", text, hints: [("⏎", "run"), ("Esc", "cancel"), ("", "order ID · shop ID · theme NAME · quit")])
        case .snapshotName(let text):
            return prompt("snapshot name: ", text, hints: [("⏎", "save"), ("Esc", "cancel")])
        case .help:
            return hints([("Esc", "close"), ("↑↓", "scroll")])
        case .normal:
            switch state.route {
            case .board, .pane:
                return hints([("?", "help"), ("q", "quit"), ("Tab", "pane"), ("↑↓", "move"), ("⏎", "open"), ("p", "problems"),
                              ("n", "next problem"), ("/", "filter"), ("z", "zoom"), (":", "cmd"), ("s", "snapshot"),
                              ("space", state.isPaused ? "resume" : "pause")])
            case .problems:
                return hints([("Esc", "back"), ("?", "help"), ("q", "quit"), ("↑↓", "move"), ("⏎", "open"), ("n/N", "next/prev"),
                              ("/", "filter"), ("o", "sort"), ("s", "snapshot")])
            case .order:
                return hints([("Esc", "back"), ("?", "help"), ("q", "quit"), ("↑↓", "scroll"), ("n/N", "next/prev problem"),
                              ("s", "snapshot")])
            }
        }
    }

    private func prompt(_ label: String, _ text: String, hints list: [(String, String)]) -> Line {
        Line(spans: [Span(" " + label, style: theme.footerKey), Span(text + "█", style: theme.accent), Span("   ")]
             + hints(list).spans)
    }

    private func hints(_ list: [(String, String)]) -> Line {
        var spans: [Span] = []
        for (key, label) in list {
            spans.append(Span(" " + key, style: theme.footerKey))
            spans.append(Span(" " + label + (key.isEmpty ? "" : " "), style: theme.muted))
        }
        return Line(spans: spans)
    }
}
