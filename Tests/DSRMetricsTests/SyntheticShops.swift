import DSRModel
import DSRStore
import Foundation

/// A deterministic, realistic-sized data set for timing: two shops with `ordersPerShop` orders each over
/// 120 days, about ten tracking events per parcel, tickets, reviews, returns, daily scores and ad days.
/// Written with plain SQL inside one transaction, because the point is to time the reads, not the upserts.
enum SyntheticShops {
    struct Generator {
        private var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
    }

    static let channels = ["China Post (postal)", "YunExpress US line", "UniUni", "USPS Ground Advantage"]

    /// Fills `store` and returns how many orders and events it wrote.
    @discardableResult
    static func fill(_ store: Store, ordersPerShop: Int, asOf: EpochSeconds) throws -> (orders: Int, events: Int) {
        var g = Generator(seed: 42)
        let db = store.database
        let day: EpochSeconds = 86_400, hour: EpochSeconds = 3_600
        var events = 0
        try store.transaction {
            for (s, shop) in ["7495", "8810"].enumerated() {
                try store.upsert(Shop(id: shop, name: s == 0 ? "US-Home" : "UK-Kitchen", region: s == 0 ? "US" : "GB"))
                for i in 0..<ordersPerShop {
                    let id = "5773\(s)\(String(format: "%012d", i))"
                    let created = asOf - 120 * day + EpochSeconds(g.below(Int(120 * day)))
                    let paid = created + EpochSeconds(g.below(1_800))
                    let cancelled = g.chance(0.03)
                    let shipped = cancelled ? nil : paid + EpochSeconds(g.below(Int(60 * hour)))
                    let channel = channels[g.below(channels.count)]
                    let transit = EpochSeconds(3 + g.below(20)) * day
                    let delivered = shipped.flatMap { $0 + transit < asOf && g.chance(0.9) ? $0 + transit : nil }
                    let tracking = "TN\(s)\(String(format: "%010d", i))"
                    try db.run("""
                        INSERT INTO orders(id, shop_id, status, created_at, paid_at, rts_at, delivered_at, cancelled_at,
                            cancel_initiator, tracking_number, delivery_option, buyer_region, row_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """, [id, shop, cancelled ? "CANCELLED" : (delivered == nil ? "IN_TRANSIT" : "DELIVERED"), created,
                              paid, shipped, delivered, cancelled ? paid + hour : nil,
                              cancelled ? (g.chance(0.5) ? "BUYER" : "SELLER") : nil, tracking, channel,
                              s == 0 ? "US" : "GB"])
                    try db.run("""
                        INSERT INTO order_lines(order_id, line_id, sku_id, seller_sku, product_name, quantity, batch)
                        VALUES (?, '1', ?, ?, 'Ceramic mug 陶瓷马克杯', 1, ?)
                        """, [id, "SKU\(g.below(40))", "MUG-\(g.below(40))", "B\(g.below(9))"])
                    guard let shippedAt = shipped else { continue }
                    let end = delivered ?? asOf
                    let count = 6 + g.below(9)
                    let span = max(end - shippedAt, 1)
                    var last: EpochSeconds = shippedAt
                    for k in 0..<count {
                        let at = min(shippedAt + span * EpochSeconds(k) / EpochSeconds(count), asOf - 1)
                        last = at
                        try db.run("""
                            INSERT OR IGNORE INTO tracking_events(tracking_number, occurred_at, description, status, source)
                            VALUES (?, ?, ?, ?, 'demo')
                            """, [tracking, at, "Scan \(k) 进口清关中", k == count - 1 && delivered != nil ? "Delivered" : "InTransit"])
                        events += 1
                    }
                    let status = delivered != nil ? "Delivered" : (g.chance(0.05) ? "Exception" : "InTransit")
                    try db.run("""
                        INSERT INTO parcels(tracking_number, shop_id, carrier, channel, status, status_at, shipped_at,
                            destination_region, row_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """, [tracking, shop, channel.split(separator: " ").first.map(String.init), channel, status, last,
                              shippedAt, s == 0 ? "US" : "GB"])
                    if g.chance(0.15) {
                        try db.run("""
                            INSERT INTO tickets(source, id, shop_id, subject, status, source_status, assignee, created_at,
                                first_reply_at, row_hash)
                            VALUES ('zendesk', ?, ?, ?, ?, ?, ?, ?, ?, 0)
                            """, [id, shop, "Where is my order #\(id)", g.chance(0.3) ? "open" : "solved", "open",
                                  "9022\(g.below(5))", shippedAt + day, g.chance(0.8) ? shippedAt + day + EpochSeconds(g.below(Int(30 * hour))) : nil])
                        try db.run("INSERT INTO ticket_order_refs(source, ticket_id, priority, ref) VALUES ('zendesk', ?, 0, ?)", [id, id])
                    }
                    if let d = delivered, g.chance(0.25) {
                        try db.run("""
                            INSERT INTO reviews(id, shop_id, order_id, sku_id, rating, created_at, row_hash)
                            VALUES (?, ?, ?, ?, ?, ?, 0)
                            """, ["R\(id)", shop, id, nil as String?, 1 + g.below(5), min(d + day, asOf - 1)])
                    }
                    if delivered != nil, g.chance(0.02) {
                        try db.run("INSERT INTO returns(order_id, sku_id, reason, row_hash) VALUES (?, '', ?, 0)",
                                   [id, g.chance(0.5) ? "Damaged" : "Changed my mind"])
                    }
                }
                let lastDay = CalendarDay(utc: asOf - 1)
                for k in 0..<120 {
                    let d = lastDay.adding(days: -k)
                    let base = 4.4 + Double(g.below(40)) / 100
                    try store.upsert(ShopRating(shopID: shop, date: d, overall: base, product: base + 0.05,
                                                logistics: base - 0.05, service: base))
                    for c in 0..<3 {
                        let clicks = 200 + g.below(200)
                        try store.upsert(AdDay(shopID: shop, date: d, campaignID: "C\(c)", spend: 50 + Double(g.below(50)),
                                               impressions: 20_000 + g.below(5_000), clicks: clicks,
                                               conversions: Int(Double(clicks) * (base - 4.0) / 10)))
                    }
                }
            }
        }
        return (ordersPerShop * 2, events)
    }
}
