import DSRMetrics
import DSRModel
import TermRender

/// The top line: product, shop, as-of, LIVE / PAUSED / STALE, and the last import of each source (or the
/// breadcrumb when a screen is stacked on the board).
struct HeaderBar {
    let state: BoardState
    let theme: Theme

    /// Draws the header into the first row of `area`.
    func render(in area: Rect, buffer: inout Buffer) {
        let bar = theme.statusBar
        buffer.fill(area.row(0), style: bar)
        var spans = [Span(" DSRBoard ", style: bar.bold())]
        let shops = state.data?.shops ?? []
        if let shop = state.dashboard?.shop {
            let position = (shops.firstIndex { $0.id == shop.id } ?? 0) + 1
            spans.append(Span("│ \(shop.name)" + (shops.count > 1 ? " (\(position)/\(shops.count))" : "") + " ", style: bar))
        } else if state.data != nil {
            spans.append(Span("│ no shops yet ", style: bar))
        }
        if let asOf = state.data?.asOf {
            spans.append(Span("│ \(Format.shortMinute(asOf)) UTC ", style: bar))
        }
        spans.append(Span("│ ", style: bar))
        spans += indicator(bar)
        spans.append(Span(" │ ", style: bar))
        if state.stack.count > 1 {
            spans.append(Span(state.stack.map(\.crumb).joined(separator: " › "), style: bar.bold()))
        } else {
            spans += sources(bar)
        }
        _ = buffer.write(Line(spans: spans), x: area.x, y: area.y, maxWidth: area.width, baseStyle: bar)
    }

    private func indicator(_ bar: Style) -> [Span] {
        if state.isPaused { return [Span("‖ PAUSED", style: bar.bold())] }
        if state.data == nil {
            return [Span(state.loadError == nil ? "… loading" : "▲ STALE " + (state.loadError ?? ""), style: bar.bold())]
        }
        if state.isStale { return [Span("▲ STALE", style: bar.bold().with(foreground: theme.color(.bad)))] }
        let live = Span("● LIVE", style: bar.bold().with(foreground: theme.color(.good)))
        // With a fixed --as-of the figures do not age, so the header shows no relative time and a headless
        // snapshot at the same instant is identical to the screen.
        guard state.request.fixedAsOf == nil, let fetched = state.data?.fetchedAt else { return [live] }
        return [live, Span(" " + Format.age(seconds: state.clock - fetched) + " ago", style: bar)]
    }

    private func sources(_ bar: Style) -> [Span] {
        guard let d = state.dashboard else { return [] }
        var spans: [Span] = []
        for category in SourceCategory.allCases {
            guard let last = d.sourceActivity[category] else { continue }
            if !spans.isEmpty { spans.append(Span(" · ", style: bar)) }
            // Staleness is about now, not about the instant shown: a board fixed in the past still says how long
            // ago each source last received data.
            let age = max(0, state.clock - Double(last))
            let isStale = age > Double(category.expectedCadence)
            spans.append(Span("\(category.rawValue) \(Format.shortAge(seconds: age))", style: bar))
            if isStale { spans.append(Span(" STALE", style: bar.bold().with(foreground: theme.color(.bad)))) }
        }
        return spans.isEmpty ? [Span("no imports yet", style: bar)] : spans
    }
}
