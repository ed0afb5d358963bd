import DSRModel

/// One order as it stood at an instant, with the facts every metric uses (metrics.md, Order facts). A fact
/// stamped after the instant had not happened yet, so a report for a past instant shows what was true then.
/// Immutable; a class so that the many passes over every order's facts share them instead of copying them.
final class OrderFacts {
    private let box: OrderBox
    /// The order (borrowed from its box, never copied).
    var order: Order { _read { yield box.order } }
    /// The order's parcels (linked through its tracking numbers or their order reference).
    let parcels: [ParcelState]
    let paidAt: EpochSeconds?
    let shippedAt: EpochSeconds?
    let deliveredAt: EpochSeconds?
    /// A cancel time at or before the instant, or a cancelled status without a time.
    let isCancelled: Bool
    /// Cancelled (by anyone) while not yet shipped: left out of the late dispatch rate.
    let isCancelledBeforeShipping: Bool
    /// Cancelled by the buyer before it shipped: left out of the three fulfilment rates.
    let isBuyerCancelledBeforeDispatch: Bool
    let dispatchDeadline: Deadline?
    let deliveryDeadline: Deadline?
    /// The logistics channel: the first parcel's channel, else the order's delivery option.
    let channel: String?
    /// The carrier: the first parcel's carrier, else the order's shipping provider.
    let carrier: String?

    /// The facts of `order` at `asOf`; nil when the order was created after `asOf` (it did not exist yet).
    convenience init?(order: Order, parcels: [ParcelState], settings: MetricsSettings, asOf: EpochSeconds) {
        self.init(box: OrderBox(order), parcels: parcels, settings: settings, asOf: asOf)
    }

    /// The facts of the boxed order at `asOf`, sharing the box (the same order's facts at several instants
    /// share one copy of it); nil when the order was created after `asOf`.
    init?(box: OrderBox, parcels: [ParcelState], settings: MetricsSettings, asOf: EpochSeconds) {
        if let created = box.order.createdAt, created > asOf { return nil }
        func known(_ t: EpochSeconds?) -> EpochSeconds? { t.flatMap { $0 <= asOf ? $0 : nil } }
        self.box = box
        let order = box.order
        self.parcels = parcels
        paidAt = known(order.paidAt)
        shippedAt = known(order.shippedAt)
        deliveredAt = known(order.deliveredAt)
        if let cancelled = order.cancelledAt {
            isCancelled = cancelled <= asOf
        } else {
            isCancelled = order.status == .cancelled
        }
        // "Before it shipped": no ship time yet, or a cancel time earlier than the ship time. A cancelled
        // status without a time on a shipped order cannot be placed, so it counts as cancelled after shipping.
        let beforeShipping: Bool
        if let shipped = shippedAt {
            beforeShipping = order.cancelledAt.map { $0 < shipped } ?? false
        } else {
            beforeShipping = true
        }
        isCancelledBeforeShipping = isCancelled && beforeShipping
        isBuyerCancelledBeforeDispatch = isCancelledBeforeShipping && order.cancelInitiator == .buyer
        // Closures over stored properties, not key paths through `ParcelState.parcel`: this runs for every
        // order at every instant the daily watch looks at.
        channel = parcels.first { $0.linked.parcel.channel != nil }?.linked.parcel.channel ?? order.deliveryOption
        carrier = parcels.first { $0.linked.parcel.carrier != nil }?.linked.parcel.carrier ?? order.shippingProvider

        if let given = order.dispatchDeadline {
            dispatchDeadline = Deadline(at: given, origin: .orderSource)
        } else if let paid = paidAt {
            let sla = EpochSeconds((settings.dispatchSLAHours * 3600).rounded())
            dispatchDeadline = Deadline(at: paid + sla, origin: .paidPlusSLA(hours: settings.dispatchSLAHours))
        } else {
            dispatchDeadline = nil
        }
        deliveryDeadline = OrderFacts.deliveryDeadline(order: order, parcels: parcels, shippedAt: shippedAt,
                                                       isCancelled: isCancelled, settings: settings)
    }

    private static func deliveryDeadline(order: Order, parcels: [ParcelState], shippedAt: EpochSeconds?,
                                         isCancelled: Bool, settings: MetricsSettings) -> Deadline? {
        if isCancelled { return nil }
        if let given = order.deliveryDeadline { return Deadline(at: given, origin: .orderSource) }
        // Several parcels may each carry a promised date; the earliest is the one the buyer was promised first.
        // The first of the smallest (promised date, tracking number), as `min(by:)` picks.
        var promised: (at: EpochSeconds, trackingNumber: String)?
        for p in parcels {
            guard let at = p.linked.parcel.promisedDeliveryAt else { continue }
            let candidate = (at: at, trackingNumber: p.linked.parcel.trackingNumber)
            if promised.map({ (candidate.at, candidate.trackingNumber) < ($0.at, $0.trackingNumber) }) ?? true {
                promised = candidate
            }
        }
        if let promised {
            return Deadline(at: promised.at, origin: .promisedDate(trackingNumber: promised.trackingNumber))
        }
        guard let shipped = shippedAt else { return nil }
        // The parcels' channels are tried first, then the order's delivery option: the first name that has a
        // `promised_transit_days` setting gives the deadline.
        let names = parcels.compactMap { $0.linked.parcel.channel } + [order.deliveryOption].compactMap { $0 }
        for name in names {
            if let days = settings.transitDays(channel: name) {
                return Deadline(at: shipped + EpochSeconds((days * 86_400).rounded()),
                                origin: .shippedPlusTransit(channel: name, days: days))
            }
        }
        return nil
    }

    /// The newest tracking activity of the order's parcels (as of the instant), else its ship time.
    var lastTrackingActivity: EpochSeconds? {
        parcels.compactMap { $0.lastEvent?.occurredAt }.max() ?? shippedAt
    }
}

/// One order, stored once and shared by reference by its facts at every instant.
final class OrderBox: Sendable {
    let order: Order

    init(_ order: Order) { self.order = order }
}
