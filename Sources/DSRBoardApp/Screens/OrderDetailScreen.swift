import Foundation
import DSRMetrics
import DSRModel
import TermRender

/// One order's whole story: the order, its lines, deadlines, every parcel scan, its tickets with first-reply
/// times, its reviews and returns, and why it is a problem. Scrolls as one paragraph.
struct OrderDetailScreen {
    let orderID: String
    let story: OrderStory?
    let isLoading: Bool
    let theme: Theme

    /// Draws the screen; returns the largest useful scroll offset.
    func render(in area: Rect, buffer: inout Buffer, offset: Int) -> Int {
        let inner = PaneFrame.draw(Line("Order \(orderID)"), focused: true, in: area, buffer: &buffer, theme: theme)
        // Wrapped, never clipped: a price or an id cut at the pane edge would read as another value.
        var paragraph = Paragraph(lines: lines(width: inner.width), style: theme.text, wrap: true)
        let limit = max(0, paragraph.rowCount(for: inner.width) - inner.height)
        paragraph.scroll = min(offset, limit)
        paragraph.render(in: inner, buffer: &buffer)
        return limit
    }

    /// Every line of the story.
    func lines(width: Int) -> [Line] {
        guard let s = story else {
            return [Line(isLoading ? "loading order \(orderID)…" : "no order \(orderID) in the database (as of this instant)",
                         style: isLoading ? theme.muted : theme.warn)]
        }
        var out: [Line] = []
        let o = s.order
        out.append(Line(spans: [
            Span("Order \(o.id)  ", style: theme.accent), Span((s.shop?.name ?? o.shopID) + "  "),
            Span((o.sourceStatus ?? o.status?.rawValue ?? "—") + "  ", style: s.isCancelled ? theme.bad : theme.text),
        ]))
        out.append(Line(spans: [
            Span("paid \(Format.minute(s.paidAt))  ", style: theme.muted), Span("total \(Format.money(o.total))  "),
            Span("buyer \(o.buyerRegion ?? "—")", style: theme.muted),
            Span([s.channel, s.carrier].compactMap { $0 }.isEmpty ? "" : "  ship by " + [s.channel, s.carrier].compactMap { $0 }.joined(separator: " · "),
                 style: theme.muted),
        ]))
        if s.problems.isEmpty {
            out.append(Line(spans: [Span("Problems  ", style: theme.header), Span("none", style: theme.good)]))
        } else {
            out.append(Line(spans: [Span("Problems  ", style: theme.header),
                                    Span(s.problems.map { $0.summary.isEmpty ? $0.reason.title : "\($0.reason.title) (\($0.summary))" }
                                        .joined(separator: " · "),
                                         style: theme.bad)]))
        }
        if o.isCancelled || o.cancelInitiator != nil {
            out.append(Line(spans: [Span("Cancelled ", style: theme.header),
                                    Span("\(Format.minute(o.cancelledAt)) by \(o.cancelInitiator?.rawValue ?? "?")"
                                         + (o.cancelReason.map { " · \($0)" } ?? ""), style: theme.warn)]))
        }
        out.append(.empty)
        out.append(Line("LINES   SKU                  PRODUCT", style: theme.header))
        for line in o.lines {
            let product = [line.productName, line.variant].compactMap { $0 }.joined(separator: " · ")
            let batch = line.batch.map { "  batch \($0)" } ?? ""
            out.append(Line(spans: [Span("        " + TextWidth.pad(TextWidth.truncate(line.sellerSKU ?? line.skuID ?? "—", to: 20), to: 21)),
                                    Span(product.isEmpty ? "—" : product),
                                    Span("  ×\(line.quantity)  \(Format.money(line.unitPrice))", style: theme.muted),
                                    Span(batch, style: theme.muted)]))
        }
        if o.lines.isEmpty { out.append(Line("        (no lines imported)", style: theme.muted)) }
        out.append(.empty)
        out.append(contentsOf: deadlineLines(s))
        out.append(.empty)
        if s.parcels.isEmpty {
            out.append(Line(spans: [Span("PARCEL  ", style: theme.header), Span("no parcel linked yet", style: theme.muted)]))
        }
        for parcel in s.parcels {
            let p = parcel.parcel
            let status = (parcel.status?.rawValue ?? "—") + (p.sourceSubstatus.map { " (\($0))" } ?? "")
            out.append(Line(spans: [Span("PARCEL  ", style: theme.header), Span(p.trackingNumber, style: theme.accent),
                                    Span(" · " + [p.channel, p.carrier].compactMap { $0 }.joined(separator: " · ")),
                                    Span(" · " + status, style: parcel.status?.isDeliveryException == true ? theme.bad : theme.text),
                                    Span(p.promisedDeliveryAt.map { " · promised \(Format.shortMinute($0))" } ?? "", style: theme.muted)]))
            if parcel.events.isEmpty { out.append(Line("  no scans yet", style: theme.muted)) }
            for event in parcel.events {
                let local = event.utcOffsetSeconds.map { offsetText($0) } ?? "UTC   "
                out.append(Line(spans: [
                    Span("  " + Format.shortMinute(event.occurredAt + Int64(event.utcOffsetSeconds ?? 0)) + " " + local + "  ", style: theme.muted),
                    Span(TextWidth.pad(TextWidth.truncate(event.location ?? "—", to: 18), to: 19)),
                    Span(event.description),
                    Span("  " + event.source + (event.rawStatus.map { " \($0)" } ?? ""), style: theme.muted),
                ]))
            }
        }
        out.append(.empty)
        if s.tickets.isEmpty { out.append(Line(spans: [Span("TICKETS ", style: theme.header), Span("none", style: theme.muted)])) }
        for (index, t) in s.tickets.enumerated() {
            let ticket = t.ticket
            let reply: String
            if let hours = t.replyHours {
                reply = "first reply after \(Format.hours(hours))"
            } else if t.isOpen {
                reply = "no reply for \(Format.hours(Double(s.asOf - ticket.createdAt) / 3600))"
            } else {
                reply = "no reply recorded"
            }
            out.append(Line(spans: [
                Span(index == 0 ? "TICKETS " : "        ", style: theme.header),
                Span("#\(ticket.id) \(ticket.source.rawValue.capitalized) · \(ticket.status.description) · \(ticket.priority ?? "—") · agent \(ticket.assignee ?? "—") · opened \(Format.shortMinute(ticket.createdAt)) · "),
                Span(reply + (t.isOverdue ? " ⚠" : ""), style: t.isOverdue ? theme.bad : theme.muted),
            ]))
            if let subject = ticket.subject { out.append(Line("        \"\(subject)\"", style: theme.muted)) }
        }
        out.append(.empty)
        if s.reviews.isEmpty { out.append(Line(spans: [Span("REVIEW  ", style: theme.header), Span("—", style: theme.muted)])) }
        for review in s.reviews {
            let stars = String(repeating: "★", count: max(0, min(5, review.rating))) + String(repeating: "☆", count: max(0, 5 - review.rating))
            out.append(Line(spans: [Span("REVIEW  ", style: theme.header),
                                    Span(stars, style: review.rating <= 2 ? theme.bad : theme.good),
                                    Span("  \(Format.shortMinute(review.createdAt))  SKU \(review.skuID ?? "—")", style: theme.muted),
                                    Span(review.isLogisticsRelated == true ? "  logistics-related" : "", style: theme.warn)]))
            if let text = review.text, !text.isEmpty { out.append(Line("        \"\(text)\"")) }
        }
        for r in s.returns {
            out.append(Line(spans: [Span("RETURN  ", style: theme.header),
                                    Span("\(r.record.kind ?? "return") · \(r.record.reason ?? "no reason") · \(Format.minute(r.record.requestedAt))"),
                                    Span(r.isBuyerFault ? "  buyer's choice" : "  seller fault", style: r.isBuyerFault ? theme.muted : theme.bad)]))
        }
        return out
    }

    private func deadlineLines(_ s: OrderStory) -> [Line] {
        [Line(spans: [Span("DEADLINES  ", style: theme.header)]
              + deadline(s.dispatchDeadline, verb: "dispatch by", done: s.shippedAt, doneWord: "shipped", asOf: s.asOf)),
         Line(spans: [Span("           ")]
              + deadline(s.deliveryDeadline, verb: "deliver by ", done: s.deliveredAt, doneWord: "delivered", asOf: s.asOf))]
    }

    /// "dispatch by 08-10 17:52  shipped 08-09 05:28 ✓   (from the order)", or what is known.
    private func deadline(_ d: Deadline?, verb: String, done: EpochSeconds?, doneWord: String, asOf: EpochSeconds) -> [Span] {
        guard let d else { return [Span("no \(verb.trimmingCharacters(in: .whitespaces)) deadline known", style: theme.muted)] }
        var spans = [Span("\(verb) \(Format.shortMinute(d.at))  ")]
        if let done {
            spans.append(Span("\(doneWord) \(Format.shortMinute(done)) " + (done <= d.at ? "✓" : "✗ late"),
                              style: done <= d.at ? theme.good : theme.bad))
        } else {
            spans.append(Span(asOf > d.at ? "not \(doneWord) ✗" : "not \(doneWord) yet", style: asOf > d.at ? theme.bad : theme.muted))
        }
        spans.append(Span("   (\(d.explanation))", style: theme.muted))
        return spans
    }

    private func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let m = abs(seconds) / 60
        return sign + String(format: "%02d:%02d", m / 60, m % 60)
    }
}
