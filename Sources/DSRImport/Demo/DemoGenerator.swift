import DSRModel
import DSRStore
import Foundation

/// Writes a realistic, deterministic demo store through the same store API the importers use: two shops
/// (US, UK), `days` days of orders, parcels and scans, Zendesk and Freshdesk tickets, reviews in Chinese and
/// English, the daily official score and daily ad figures, with the product's stories planted in the data.
public final class DemoGenerator {
    /// The options this generator writes with.
    public let options: DemoOptions
    private var rng: DemoRandom
    private var orderSequence = 0
    private var trackingSequence = 0
    private var zendeskSequence = 48_000
    private var freshdeskSequence = 1_000
    private var reviewSequence = 0
    private var transit: [String: (sum: Double, n: Int)] = [:]
    private var stats = Stats()

    struct Stats {
        var lateDispatches = 0
        var sellerCancellations = 0
        var slowAgentReplies = 0
        var slowAgentLate = 0
        var badBatchNegative = 0
        var badBatchReviews = 0
        var postalOrders = 0
        var lineOrders = 0
    }

    /// A generator.
    public init(options: DemoOptions) {
        self.options = options
        rng = DemoRandom(seed: options.seed)
    }

    private var start: EpochSeconds { options.now - EpochSeconds(options.days) * UTCTime.day }

    /// Story time (0–120) of a day index, so a shorter span still tells the same stories.
    private func storyDay(_ d: Double) -> Double { d / Double(options.days) * 120 }

    /// Writes everything into `store` in one transaction and returns the summary.
    public func generate(into store: Store) throws -> DemoSummary {
        try store.transaction {
            for cast in [DemoCatalog.us, DemoCatalog.uk] {
                try store.upsert(cast.shop)
                try writeScores(cast, store: store)
                try writeAds(cast, store: store)
                try writeOrders(cast, store: store)
                try writeGeneralTickets(cast, store: store)
            }
            try logImports(store: store)
        }
        return try summary(store: store)
    }

    // MARK: Scores and ads

    private func scores(_ cast: DemoCatalog.ShopCast, day d: Int) -> (Double, Double, Double, Double) {
        let t = storyDay(Double(d))
        let span = storyDay(Double(options.days - 1))
        let isUS = cast.shop.id == DemoCatalog.usShop.id
        let p = isUS ? DemoScoreCurves.usProduct(t) : DemoScoreCurves.ukProduct(t)
        let l = isUS ? DemoScoreCurves.usLogistics(t) : DemoScoreCurves.ukLogistics(t)
        let s = isUS ? DemoScoreCurves.usService(t, span: span) : DemoScoreCurves.ukService(t)
        return (DemoScoreCurves.overall(product: p, logistics: l, service: s), p, l, s)
    }

    private func writeScores(_ cast: DemoCatalog.ShopCast, store: Store) throws {
        let firstDay = CalendarDay(utc: start)
        for d in 0..<options.days {
            var (o, p, l, s) = scores(cast, day: d)
            p += rng.normal(0, 0.006)
            l += rng.normal(0, 0.006)
            s += rng.normal(0, 0.004)
            o += rng.normal(0, 0.004)
            let r = DemoScoreCurves.round2
            try store.upsert(ShopRating(shopID: cast.shop.id, date: firstDay.adding(days: d), overall: r(o), product: r(p),
                                        logistics: r(l), service: r(s)))
        }
    }

    private func writeAds(_ cast: DemoCatalog.ShopCast, store: Store) throws {
        let firstDay = CalendarDay(utc: start)
        for d in 0..<options.days {
            // Ads cost more under 4.5 (CPM follows yesterday's score) and convert with the score of two days before.
            let logisticsYesterday = scores(cast, day: max(0, d - 1)).2
            let overallTwoDaysBefore = scores(cast, day: max(0, d - 2)).0
            for campaign in cast.campaigns {
                let spend = (campaign.dailyBudget * rng.uniform(0.85, 1.0) * 100).rounded() / 100
                let cpm = max(2.8, 3.6 + 2.4 * (4.7 - logisticsYesterday) + rng.normal(0, 0.15))
                let impressions = Int((spend / cpm * 1000).rounded())
                let clicks = Int((Double(impressions) * rng.normal(0.0145, 0.0012, in: 0.008...0.025)).rounded())
                let cvr = max(0.006, 0.034 + 0.06 * (overallTwoDaysBefore - 4.5) + rng.normal(0, 0.0025))
                let conversions: Int? = rng.chance(0.015) ? nil : Int((Double(clicks) * cvr).rounded())
                try store.upsert(AdDay(shopID: cast.shop.id, date: firstDay.adding(days: d), campaignID: campaign.id,
                                       campaignName: campaign.name, spend: spend, impressions: impressions, clicks: clicks,
                                       conversions: conversions, currency: cast.currency))
            }
        }
    }

    // MARK: Orders

    private func writeOrders(_ cast: DemoCatalog.ShopCast, store: Store) throws {
        let isUS = cast.shop.id == DemoCatalog.usShop.id
        for d in 0..<options.days {
            let logisticsBefore = scores(cast, day: max(0, d - 3)).2
            let traffic = isUS ? 0.62 + 0.38 * min(max((logisticsBefore - 4.2) / 0.5, 0), 1) : 1.0
            let expected = cast.ordersPerDay * traffic * options.scale
            let count = max(0, Int((expected * rng.uniform(0.85, 1.15)).rounded()))
            let dayStart = start + EpochSeconds(d) * UTCTime.day
            var times = (0..<count).map { _ in dayStart + EpochSeconds(rng.int(0...86_399)) }
            times.sort()
            for created in times where created < options.now {
                try writeOrder(cast, day: d, created: created, store: store)
            }
        }
    }

    private func channel(_ cast: DemoCatalog.ShopCast, day d: Int) -> DemoCatalog.Channel {
        if cast.shop.id == DemoCatalog.usShop.id {
            let postal = storyDay(Double(d)) < DemoScoreCurves.usSwitchDay ? 0.95 : 0.05
            return rng.chance(postal) ? DemoCatalog.chinaPost : DemoCatalog.yunExpress
        }
        return rng.chance(0.82) ? DemoCatalog.royalMail : DemoCatalog.yanwen
    }

    private func writeOrder(_ cast: DemoCatalog.ShopCast, day d: Int, created: EpochSeconds, store: Store) throws {
        let now = options.now
        let isUS = cast.shop.id == DemoCatalog.usShop.id
        orderSequence += 1
        let orderID = (isUS ? "577301" : "577302") + pad(orderSequence * 13 + rng.int(0...12), 12)
        let batch = "B\(4 + min(3, Int(storyDay(Double(d)) / 30)))"

        var lines: [OrderLine] = []
        var chosen: Set<String> = []
        let lineCount = rng.pick([(1, 0.8), (2, 0.17), (3, 0.03)])
        for _ in 0..<lineCount {
            let product = rng.pick(cast.products)
            guard chosen.insert(product.skuID).inserted else { continue }
            lines.append(OrderLine(lineID: product.skuID, skuID: product.skuID, sellerSKU: product.sellerSKU,
                                   productName: product.name, variant: product.variant,
                                   quantity: rng.chance(0.85) ? 1 : 2,
                                   unitPrice: Money(minorUnits: product.price, currency: cast.currency), batch: batch))
        }
        let shipping: Int64 = rng.chance(0.6) ? 0 : 299
        let total = lines.reduce(shipping) { $0 + ($1.unitPrice?.minorUnits ?? 0) * Int64($1.quantity) }
        var order = Order(id: orderID, shopID: cast.shop.id, createdAt: created,
                          total: Money(minorUnits: total, currency: cast.currency),
                          buyerRegion: cast.shop.region, buyerPostalCode: cast.postalPrefix + "****",
                          fulfillmentType: "FULFILLMENT_BY_SELLER", lines: lines)
        let hasBadBatch = !isUS && batch == DemoCatalog.badBatch && lines.contains { $0.skuID == DemoCatalog.badBatchSKU }

        // Payment: a few orders are never paid and are auto-cancelled by the platform after two days.
        guard rng.chance(0.97) else {
            if created + 2 * UTCTime.day <= now {
                order.status = .cancelled
                order.cancelledAt = created + 2 * UTCTime.day
                order.cancelInitiator = .system
                order.cancelReason = "Unpaid order auto-cancelled"
            } else {
                order.status = .unpaid
            }
            order.updatedAt = order.cancelledAt ?? created
            try store.upsert(order)
            return
        }
        let paid = created + EpochSeconds(rng.int(30...1_800))
        order.paidAt = paid
        order.dispatchDeadline = paid + 48 * UTCTime.hour
        order.deliveryDeadline = paid + EpochSeconds(cast.promisedDays * 86_400)

        // Cancellations before dispatch: buyers change their minds, sellers run out of stock, the platform
        // cancels what was never shipped.
        let fate = rng.unit()
        let sellerCancelShare = isUS ? 0.011 : 0.007
        if fate < 0.025 {
            return try cancel(order, at: paid + EpochSeconds(rng.int(600...36_000)), by: .buyer, reason: "Changed my mind",
                              store: store)
        } else if fate < 0.025 + sellerCancelShare {
            stats.sellerCancellations += 1
            return try cancel(order, at: paid + EpochSeconds(rng.int(72_000...216_000)), by: .seller,
                              reason: "Out of stock", store: store)
        } else if fate < 0.025 + sellerCancelShare + 0.002 {
            return try cancel(order, at: order.dispatchDeadline! + UTCTime.day, by: .system,
                              reason: "Seller did not ship in time", store: store)
        }

        // Dispatch: the SOP aims at 24 hours; some orders go out late.
        let isLateDispatch = rng.chance(isUS ? 0.045 : 0.02)
        let hours = isLateDispatch ? rng.uniform(50, 110) : rng.normal(17, 7, in: 2...44)
        let rts = paid + EpochSeconds(hours * 3600)
        let channel = self.channel(cast, day: d)
        if channel.isPostal, isUS { stats.postalOrders += 1 } else if isUS { stats.lineOrders += 1 }
        order.deliveryOption = channel.name
        order.shippingProvider = channel.name
        guard rts <= now else {
            order.status = .awaitingShipment
            order.updatedAt = paid
            try store.upsert(order)
            return
        }
        if isLateDispatch { stats.lateDispatches += 1 }
        order.rtsAt = rts
        trackingSequence += 1
        let tracking = channel.trackingPrefix + pad(trackingSequence * 7 + rng.int(0...6), channel.trackingPrefix.count == 2 ? 9 : 11)
            + channel.trackingSuffix
        order.trackingNumber = tracking
        let collected = rts + EpochSeconds(rng.int(7_200...43_200))
        if collected > now {
            order.status = .awaitingCollection
            order.updatedAt = rts
            try store.upsert(order)
            try writeParcel(order: order, cast: cast, channel: channel, tracking: tracking, rts: rts, collected: nil,
                            plan: .inFlight, store: store)
            return
        }
        order.collectedAt = collected

        // Transit and the parcel's fate.
        let transitDays = rng.normal(channel.meanTransitDays, channel.sdTransitDays,
                                     in: (channel.meanTransitDays * 0.5)...(channel.meanTransitDays * 1.8))
        var plan: ParcelPlan = .delivered(collected + EpochSeconds(transitDays * 86_400))
        let roll = rng.unit()
        if roll < (channel.isPostal ? 0.02 : 0.01) {
            plan = .exception(collected + EpochSeconds(transitDays * 0.5 * 86_400))
        } else if channel.isPostal, roll < 0.06 {
            plan = .lost
        } else if roll < 0.075 {
            plan = .attemptThenDelivered(collected + EpochSeconds(transitDays * 86_400))
        }
        let events = try writeParcel(order: order, cast: cast, channel: channel, tracking: tracking, rts: rts,
                                     collected: collected, transitDays: transitDays, plan: plan, store: store)
        let deliveredAt = events.first { $0.status == .delivered }?.occurredAt
        order.deliveredAt = deliveredAt
        if let deliveredAt {
            order.status = deliveredAt < now - 15 * UTCTime.day ? .completed : .delivered
            let key = cast.shop.name + "\u{1}" + channel.name
            transit[key, default: (0, 0)].sum += Double(deliveredAt - collected) / 86_400
            transit[key, default: (0, 0)].n += 1
        } else {
            order.status = .inTransit
        }
        order.updatedAt = max(deliveredAt ?? collected, events.first?.occurredAt ?? collected)
        try store.upsert(order)

        // What follows delivery: reviews, returns, tickets.
        let isLateDelivery = (deliveredAt ?? now) > order.deliveryDeadline! && (deliveredAt != nil || now > order.deliveryDeadline!)
        var negativeReviewAt: EpochSeconds?
        if let deliveredAt {
            negativeReviewAt = try writeReview(order: order, deliveredAt: deliveredAt, isLate: isLateDelivery,
                                               hasBadBatch: hasBadBatch, store: store)
            try writeReturn(order: order, hasBadBatch: hasBadBatch, store: store)
        }
        var ticketAt: EpochSeconds?
        var subject = DemoCatalog.zendeskSubjects[rng.int(3...9)]
        if case .exception(let at) = plan, rng.chance(0.5) {
            ticketAt = at + EpochSeconds(rng.int(7_200...108_000))
            subject = "Package returned to sender"
        } else if isLateDelivery, rng.chance(0.3) {
            ticketAt = max(order.deliveryDeadline!, collected + 10 * UTCTime.day) + EpochSeconds(rng.int(0...259_200))
            subject = rng.chance(0.5) ? "Where is my order #\(order.id)?" : DemoCatalog.zendeskSubjects[rng.pick([0, 8])]
        } else if let negativeReviewAt, rng.chance(0.35) {
            ticketAt = negativeReviewAt + EpochSeconds(rng.int(0...86_400))
            subject = hasBadBatch ? "Knife rusted, want a refund" : DemoCatalog.zendeskSubjects[rng.pick([1, 2, 7, 9])]
        } else if rng.chance(0.03) {
            ticketAt = paid + EpochSeconds(rng.int(7_200...259_200))
        }
        if let ticketAt, ticketAt < now {
            try writeTicket(cast, orderID: order.id, subject: subject, created: ticketAt, store: store)
        }
    }

    private func cancel(_ order: Order, at: EpochSeconds, by initiator: CancelInitiator, reason: String, store: Store) throws {
        var order = order
        if at <= options.now {
            order.status = .cancelled
            order.cancelledAt = at
            order.cancelInitiator = initiator
            order.cancelReason = reason
            order.updatedAt = at
        } else {
            order.status = .awaitingShipment
            order.updatedAt = order.paidAt
        }
        try store.upsert(order)
    }

    // MARK: Parcels and scans

    enum ParcelPlan {
        case inFlight
        case delivered(EpochSeconds)
        case attemptThenDelivered(EpochSeconds)
        case exception(EpochSeconds)
        case lost
    }

    /// Writes the parcel and its scans up to now; returns the scans written, newest first.
    @discardableResult
    private func writeParcel(order: Order, cast: DemoCatalog.ShopCast, channel: DemoCatalog.Channel, tracking: String,
                             rts: EpochSeconds, collected: EpochSeconds?, transitDays: Double = 0, plan: ParcelPlan,
                             store: Store) throws -> [TrackingEvent] {
        let now = options.now
        let city = rng.pick(cast.destinationCities)
        var events: [TrackingEvent] = [
            forwarderEvent(tracking, at: rts, chinese: "电子面单已生成", english: "Shipping label created",
                           code: "LC", status: .infoReceived),
        ]
        if let collected {
            events.append(forwarderEvent(tracking, at: collected, chinese: "快件已揽收", english: "Picked up", code: "PU",
                                         status: .inTransit))
            let transitSeconds = transitDays * 86_400
            var stopAfter = DemoCatalog.stages.count
            if case .lost = plan { stopAfter = 4 }
            if case .exception = plan { stopAfter = 3 }
            for (i, stage) in DemoCatalog.stages.enumerated() where i < stopAfter {
                // Postal packets skip scans, which leaves the week-long silences sellers know.
                if channel.isPostal, i >= 2, i != 3, rng.chance(0.45) { continue }
                let at = collected + EpochSeconds(transitSeconds * stage.fraction) + EpochSeconds(rng.int(0...14_400))
                if stage.source == "forwarder" {
                    events.append(forwarderEvent(tracking, at: at, chinese: stage.chinese, english: stage.english,
                                                 code: stage.code, status: stage.status))
                } else {
                    let place = stage.origin ? "SHENZHEN, CN" : (i < 5 ? gateway(cast) : city)
                    events.append(TrackingEvent(trackingNumber: tracking, occurredAt: at, utcOffsetSeconds: 0,
                                                description: stage.english, location: place, status: stage.status,
                                                rawStatus: stage.status.rawValue, source: stage.source))
                }
            }
            let last = events.map(\.occurredAt).max() ?? collected
            switch plan {
            case .delivered(let at), .attemptThenDelivered(let at):
                let delivered = max(at, last + 3_600)
                if case .attemptThenDelivered = plan {
                    events.append(TrackingEvent(trackingNumber: tracking, occurredAt: delivered - 86_400 + 7_200,
                                                description: "Delivery attempted - no one available", location: city,
                                                status: .attemptFail, rawStatus: "AttemptFail_001", source: "aftership"))
                }
                events.append(TrackingEvent(trackingNumber: tracking, occurredAt: delivered - EpochSeconds(rng.int(7_200...28_800)),
                                            description: "Out for delivery", location: city, status: .outForDelivery,
                                            rawStatus: "OutForDelivery_001", source: "aftership"))
                events.append(TrackingEvent(trackingNumber: tracking, occurredAt: delivered,
                                            description: "Delivered, in/at mailbox", location: city, status: .delivered,
                                            rawStatus: "Delivered_001", source: "aftership"))
            case .exception(let at):
                events.append(TrackingEvent(trackingNumber: tracking, occurredAt: max(at, last + 3_600),
                                            description: "Exception: parcel damaged, returning to sender", location: gateway(cast),
                                            status: .exception, rawStatus: "Exception_010", source: "aftership"))
            case .lost:
                events.append(TrackingEvent(trackingNumber: tracking, occurredAt: last + 30 * UTCTime.day,
                                            description: "No tracking information for 30 days", location: nil,
                                            status: .expired, rawStatus: "Expired_001", source: "aftership"))
            case .inFlight:
                break
            }
        }
        let written = events.filter { $0.occurredAt <= now }.sorted { $0.occurredAt > $1.occurredAt }
        let delivered = written.first { $0.status == .delivered }?.occurredAt
        try store.upsert(Parcel(trackingNumber: tracking, orderRef: order.id, shopID: cast.shop.id, carrier: channel.carrier,
                                channel: channel.name, shippedAt: collected, deliveredAt: delivered, originRegion: "CN",
                                destinationRegion: cast.shop.region))
        for e in written.reversed() { try store.insert(e) }
        return written
    }

    private func forwarderEvent(_ tracking: String, at: EpochSeconds, chinese: String, english: String, code: String,
                                status: ParcelStatus) -> TrackingEvent {
        TrackingEvent(trackingNumber: tracking, occurredAt: at, utcOffsetSeconds: 8 * 3600, description: "\(chinese) \(english)",
                      location: "深圳", status: status, rawStatus: code, source: "forwarder")
    }

    private func gateway(_ cast: DemoCatalog.ShopCast) -> String {
        cast.shop.id == DemoCatalog.usShop.id ? "LOS ANGELES, US" : "LONDON HEATHROW, GB"
    }

    // MARK: Reviews and returns

    /// Writes a review for some delivered orders; returns the time of a 1–2 star review, if one was written.
    private func writeReview(order: Order, deliveredAt: EpochSeconds, isLate: Bool, hasBadBatch: Bool,
                             store: Store) throws -> EpochSeconds? {
        let reviewChance = hasBadBatch ? 0.55 : (isLate ? 0.3 : 0.2)
        guard rng.chance(reviewChance) else { return nil }
        let at = deliveredAt + EpochSeconds(rng.int(86_400...604_800))
        guard at <= options.now else { return nil }
        let negativeChance = hasBadBatch ? 0.72 : (isLate ? 0.16 : 0.012)
        let isNegative = rng.chance(negativeChance)
        let rating = isNegative ? rng.pick([(1, 0.55), (2, 0.45)]) : rng.pick([(5, 0.78), (4, 0.17), (3, 0.05)])
        let text: String
        var logistics = false
        var sku = order.lines.first?.skuID
        if isNegative, hasBadBatch {
            text = rng.pick(DemoCatalog.reviewNegativeBatch)
            sku = DemoCatalog.badBatchSKU
            stats.badBatchNegative += 1
        } else if isNegative, isLate {
            text = rng.pick(DemoCatalog.reviewNegativeLogistics)
            logistics = true
        } else if isNegative {
            text = rng.pick(DemoCatalog.reviewNegativeOther)
        } else {
            text = rng.chance(0.35) ? rng.pick(DemoCatalog.reviewPositiveChinese) : rng.pick(DemoCatalog.reviewPositiveEnglish)
        }
        if hasBadBatch { stats.badBatchReviews += 1 }
        reviewSequence += 1
        try store.upsert(Review(id: "R" + pad(7_310_000_000 + reviewSequence * 3, 10), shopID: order.shopID, orderID: order.id,
                                skuID: sku, rating: rating, text: text, createdAt: at,
                                sellerReply: rating <= 2 && rng.chance(0.5) ? "Sorry! We have sent you a message. 抱歉给您带来不便" : nil,
                                isLogisticsRelated: logistics))
        return isNegative ? at : nil
    }

    private func writeReturn(order: Order, hasBadBatch: Bool, store: Store) throws {
        guard rng.chance(hasBadBatch ? 0.12 : 0.012), let line = order.lines.first else { return }
        let sellerFault = hasBadBatch || rng.chance(0.6)
        let reason = sellerFault ? (hasBadBatch ? "Not as described" : rng.pick(DemoCatalog.sellerReasons))
            : rng.pick(DemoCatalog.buyerReasons)
        let amount = (line.unitPrice?.minorUnits ?? 0) * Int64(line.quantity)
        try store.upsert(ReturnRecord(orderID: order.id, skuID: line.skuID ?? "", kind: rng.chance(0.7) ? "Return/Refund" : "Refund only",
                                      reason: reason, quantity: line.quantity,
                                      refund: Money(minorUnits: amount, currency: order.total?.currency)))
    }

    // MARK: Tickets

    private func writeTicket(_ cast: DemoCatalog.ShopCast, orderID: String?, subject: String, created: EpochSeconds,
                             store: Store) throws {
        let now = options.now
        let agent = rng.pick(cast.agents)
        let isSlow = agent == cast.slowAgent
        let replyHours = isSlow ? (rng.chance(0.65) ? rng.uniform(12.5, 40) : rng.uniform(1, 11))
            : (rng.chance(0.92) ? rng.uniform(0.2, 8) : rng.uniform(8, 20))
        let reply = created + EpochSeconds(replyHours * 3600)
        let firstReply: EpochSeconds? = reply <= now ? reply : nil
        if isSlow, firstReply != nil {
            stats.slowAgentReplies += 1
            if replyHours > 12 { stats.slowAgentLate += 1 }
        }
        let solved = firstReply.map { $0 + EpochSeconds(rng.int(14_400...259_200)) }
        let isSolved = solved.map { $0 <= now } ?? false
        let updated = [created, firstReply, isSolved ? solved : nil].compactMap { $0 }.max() ?? created
        let priority = rng.pick([("normal", 0.6), ("high", 0.2), ("low", 0.1), ("urgent", 0.1)])
        switch cast.helpdesk {
        case .zendesk:
            zendeskSequence += 1 + rng.int(0...2)
            let status: TicketStatus
            if firstReply == nil {
                status = now - created < 3_600 ? .new : .open
            } else if isSolved {
                status = solved! < now - 4 * UTCTime.day ? .closed : .solved
            } else {
                status = rng.pick([(TicketStatus.pending, 0.6), (.open, 0.25), (.hold, 0.15)])
            }
            let link = rng.unit()
            let refs = orderID.map { id in link < 0.95 || subject.contains("#") ? [id] : [] } ?? []
            let id = String(zendeskSequence)
            try store.upsert(Ticket(source: .zendesk, id: id, shopID: cast.shop.id, orderRefs: refs, subject: subject,
                                    status: status, sourceStatus: status.description, priority: priority, assignee: agent,
                                    requester: "38\(rng.digits(5))", channel: rng.pick(["email", "web", "chat"]),
                                    tags: orderID == nil ? ["general"] : ["order"], createdAt: created, updatedAt: updated,
                                    solvedAt: isSolved ? solved : nil))
            try store.upsert(TicketMetrics(ticketID: id,
                                           replyMinutesCalendar: firstReply.map { Int(($0 - created) / 60) },
                                           solvedAt: isSolved ? solved : nil, replies: firstReply == nil ? 0 : rng.int(1...4),
                                           updatedAt: updated))
        case .freshdesk:
            freshdeskSequence += 1 + rng.int(0...1)
            let code: Int
            if firstReply == nil {
                code = 2
            } else if isSolved {
                code = solved! < now - 4 * UTCTime.day ? 5 : 4
            } else {
                code = rng.pick([(3, 0.7), (2, 0.2), (6, 0.1)])
            }
            let status: TicketStatus = [2: .open, 3: .pending, 4: .solved, 5: .closed][code] ?? .custom(String(code))
            let dueHours: EpochSeconds = priority == "urgent" ? 4 : 12
            try store.upsert(Ticket(source: .freshdesk, id: String(freshdeskSequence), shopID: cast.shop.id,
                                    orderRefs: orderID.map { [$0] } ?? [], subject: subject, status: status,
                                    sourceStatus: String(code), priority: priority == "normal" ? "medium" : priority,
                                    assignee: agent, requester: "4700012\(rng.digits(4))", channel: rng.pick(["email", "portal", "chat"]),
                                    tags: orderID == nil ? ["general"] : ["order"], createdAt: created, updatedAt: updated,
                                    firstReplyAt: firstReply, solvedAt: isSolved ? solved : nil,
                                    firstResponseDueAt: created + dueHours * UTCTime.hour, dueAt: created + 3 * UTCTime.day))
        }
    }

    private func writeGeneralTickets(_ cast: DemoCatalog.ShopCast, store: Store) throws {
        let subjects = ["Do you ship to Canada?", "Wholesale enquiry", "Can I change the colour?", "发票怎么开？"]
        let perDay = 1.5 * options.scale
        for d in 0..<options.days {
            let count = Int((perDay * rng.uniform(0.5, 1.5)).rounded())
            for _ in 0..<count {
                let created = start + EpochSeconds(d) * UTCTime.day + EpochSeconds(rng.int(0...86_399))
                guard created < options.now else { continue }
                try writeTicket(cast, orderID: nil, subject: rng.pick(subjects), created: created, store: store)
            }
        }
    }

    // MARK: Log and summary

    private func logImports(store: Store) throws {
        let now = options.now
        let lastImports: [(ImportKind, EpochSeconds)] = [
            (.tiktokOrders, now - 120), (.trackingEvents, now), (.zendesk, now - 420), (.freshdesk, now - 600),
            (.tiktokReviews, now - 3_600), (.shopRating, now - 5 * 3_600), (.tiktokAds, now - 5 * 3_600),
        ]
        for (kind, at) in lastImports {
            try store.log(ImportRecord(path: "demo:\(kind.rawValue)", sha256: nil, kind: kind.rawValue, startedAt: at,
                                       finishedAt: at, rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0,
                                       outcome: .ok, message: "generated by dsrboard demo (seed \(options.seed))"),
                          rejected: [], category: kind.category)
        }
    }

    private func summary(store: Store) throws -> DemoSummary {
        let transits = transit.keys.sorted().map { key -> DemoTransit in
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            let t = transit[key]!
            return DemoTransit(shop: parts[0], channel: parts[1], meanDays: t.sum / Double(max(1, t.n)), parcels: t.n)
        }
        let slowShare = stats.slowAgentReplies == 0 ? 0 : Double(stats.slowAgentLate) / Double(stats.slowAgentReplies)
        func f1(_ x: Double) -> String { String(format: "%.1f", x) }
        var stories = transits.map { "\($0.shop) · \($0.channel): mean transit \(f1($0.meanDays)) d over \($0.parcels) delivered parcels" }
        stories.append("US-Home switches from China Post (postal) to YunExpress US line on day "
                       + "\(Int(DemoScoreCurves.usSwitchDay / 120 * Double(options.days))) of \(options.days) "
                       + "(\(stats.postalOrders) postal vs \(stats.lineOrders) line shipments); logistics score 4.63 → 4.20 → 4.70")
        stories.append("UK-Living KNF-BLK-05 batch B7: \(stats.badBatchNegative) of \(stats.badBatchReviews) reviews are 1–2 stars")
        stories.append("Agent 902213 answered \(Int((slowShare * 100).rounded()))% of \(stats.slowAgentReplies) first replies after 12 h")
        stories.append("\(stats.lateDispatches) late dispatches, \(stats.sellerCancellations) seller cancellations")
        let tables = try store.tableCounts().map { DemoTableCount(table: $0.table, rows: $0.rows) }
        return DemoSummary(options: options, tables: tables, stories: stories, transitDays: transits)
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
