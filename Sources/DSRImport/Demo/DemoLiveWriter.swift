import DSRModel
import DSRStore

/// Keeps a demo store moving (`dsrboard demo --live`): each tick adds new orders, scans for parcels in
/// flight and ticket updates through the same store API the importers use, so a board on the file moves.
public final class DemoLiveWriter {
    private let store: Store
    private var rng: DemoRandom
    private var inFlight: [LinkedParcel]
    private var waitingTickets: [LinkedTicket]
    private var sequence = 0

    /// Prepares a writer on a store that already holds demo data.
    public init(store: Store, seed: UInt64) throws {
        self.store = store
        rng = DemoRandom(seed: seed ^ 0x5EED_11FE)
        inFlight = try store.linkedParcels(shopID: nil).filter {
            $0.orderID != nil && ($0.parcel.status == .inTransit || $0.parcel.status == .infoReceived)
        }
        waitingTickets = try store.linkedTickets(shopID: nil).filter { $0.ticket.status.isOpen && $0.firstReplyAt == nil }
    }

    /// Writes one tick of activity at `now`, in one transaction; returns a one-line description.
    @discardableResult
    public func tick(now: EpochSeconds) throws -> String {
        try store.transaction {
            var done: [String] = []
            let newOrders = rng.int(1...3)
            for _ in 0..<newOrders { try addOrder(now: now) }
            done.append("\(newOrders) new order\(newOrders == 1 ? "" : "s")")
            if let scan = try advanceParcel(now: now) { done.append(scan) }
            if rng.chance(0.5), let reply = try answerTicket(now: now) { done.append(reply) }
            try store.touch(.orders, at: now)
            try store.touch(.tracking, at: now)
            try store.touch(.tickets, at: now)
            return done.joined(separator: ", ")
        }
    }

    private func addOrder(now: EpochSeconds) throws {
        let cast = rng.chance(0.6) ? DemoCatalog.us : DemoCatalog.uk
        let product = rng.pick(cast.products)
        sequence += 1
        let id = "577309" + String(now % 1_000_000_000) + String(sequence % 1000)
        let paid = now
        let line = OrderLine(lineID: product.skuID, skuID: product.skuID, sellerSKU: product.sellerSKU,
                             productName: product.name, variant: product.variant, quantity: 1,
                             unitPrice: Money(minorUnits: product.price, currency: cast.currency), batch: "B7")
        try store.upsert(Order(id: id, shopID: cast.shop.id, status: .awaitingShipment, createdAt: now, paidAt: paid,
                               updatedAt: now, dispatchDeadline: paid + 48 * UTCTime.hour,
                               deliveryDeadline: paid + EpochSeconds(cast.promisedDays * 86_400),
                               total: Money(minorUnits: product.price, currency: cast.currency),
                               buyerRegion: cast.shop.region, buyerPostalCode: cast.postalPrefix + "****",
                               fulfillmentType: "FULFILLMENT_BY_SELLER", lines: [line]))
    }

    private func advanceParcel(now: EpochSeconds) throws -> String? {
        guard !inFlight.isEmpty else { return nil }
        let index = rng.int(0...(inFlight.count - 1))
        let linked = inFlight[index]
        let tracking = linked.parcel.trackingNumber
        let delivers = rng.chance(0.35)
        let event = delivers
            ? TrackingEvent(trackingNumber: tracking, occurredAt: now, utcOffsetSeconds: 0, description: "Delivered, in/at mailbox",
                            location: linked.lastEvent?.location, status: .delivered, rawStatus: "Delivered_001",
                            source: "aftership")
            : TrackingEvent(trackingNumber: tracking, occurredAt: now, utcOffsetSeconds: 0,
                            description: "Arrived at local delivery facility", location: linked.lastEvent?.location,
                            status: .inTransit, rawStatus: "InTransit_003", source: "aftership")
        try store.insert(event)
        if delivers, let orderID = linked.orderID, var order = try store.order(id: orderID) {
            order.status = .delivered
            order.deliveredAt = now
            order.updatedAt = now
            try store.upsert(order)
            inFlight.remove(at: index)
        }
        return "\(tracking) \(delivers ? "delivered" : "scanned")"
    }

    private func answerTicket(now: EpochSeconds) throws -> String? {
        guard !waitingTickets.isEmpty else { return nil }
        var ticket = waitingTickets.removeLast().ticket
        ticket.status = .pending
        ticket.sourceStatus = ticket.source == .zendesk ? "pending" : "3"
        ticket.updatedAt = now
        if ticket.source == .freshdesk {
            ticket.firstReplyAt = now
        } else {
            try store.upsert(TicketMetrics(ticketID: ticket.id, replyMinutesCalendar: Int((now - ticket.createdAt) / 60),
                                           replies: 1, updatedAt: now))
        }
        try store.upsert(ticket)
        return "ticket #\(ticket.id) answered"
    }
}
