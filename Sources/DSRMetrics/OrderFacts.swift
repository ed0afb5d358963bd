import DSRModel

/// One order as it stood at an instant, with the facts every metric uses (metrics.md, Order facts). A fact
/// stamped after the instant had not happened yet, so a report for a past instant shows what was true then.
struct OrderFacts {
    let order: Order
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
    init?(order: Order, parcels: [ParcelState], settings: MetricsSettings, asOf: EpochSeconds) {
        if let created = order.createdAt, created > asOf { return nil }
        func known(_ t: EpochSeconds?) -> EpochSeconds? { t.flatMap { $0 <= asOf ? $0 : nil } }
        self.order = order
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
        channel = parcels.lazy.compactMap(\.parcel.channel).first ?? order.deliveryOption
        carrier = parcels.lazy.compactMap(\.parcel.carrier).first ?? order.shippingProvider

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
        if let promised = parcels.filter({ $0.parcel.promisedDeliveryAt != nil })
            .min(by: { ($0.parcel.promisedDeliveryAt!, $0.parcel.trackingNumber)
                     < ($1.parcel.promisedDeliveryAt!, $1.parcel.trackingNumber) }) {
            return Deadline(at: promised.parcel.promisedDeliveryAt!,
                            origin: .promisedDate(trackingNumber: promised.parcel.trackingNumber))
        }
        guard let shipped = shippedAt else { return nil }
        // The parcels' channels are tried first, then the order's delivery option: the first name that has a
        // `promised_transit_days` setting gives the deadline.
        let names = parcels.compactMap(\.parcel.channel) + [order.deliveryOption].compactMap { $0 }
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
