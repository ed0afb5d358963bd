import DSRModel

/// The fixed cast of the demo store: shops, products, channels, agents, campaigns and the words they use.
enum DemoCatalog {
    struct Product {
        let skuID: String
        let sellerSKU: String
        let name: String
        let variant: String
        let price: Int64
    }

    struct Channel {
        let name: String
        let carrier: String
        let meanTransitDays: Double
        let sdTransitDays: Double
        let trackingPrefix: String
        let trackingSuffix: String
        /// Postal packets go quiet for days between scans.
        let isPostal: Bool
    }

    struct Campaign {
        let id: String
        let name: String
        let dailyBudget: Double
    }

    struct ShopCast {
        let shop: Shop
        let products: [(Product, Double)]
        let ordersPerDay: Double
        let promisedDays: Double
        let helpdesk: TicketSource
        let agents: [(String, Double)]
        let slowAgent: String?
        let campaigns: [Campaign]
        let destinationCities: [String]
        let postalPrefix: String
        let currency: String
    }

    static let usShop = Shop(id: "7495100000000000001", name: "US-Home", region: "US", timeZone: "America/Los_Angeles",
                             currency: "USD", sellerType: "CROSS_BORDER", cipher: "ROW_demo_us", code: "USHOME01")
    static let ukShop = Shop(id: "7495100000000000002", name: "UK-Living", region: "GB", timeZone: "Europe/London",
                             currency: "GBP", sellerType: "CROSS_BORDER", cipher: "ROW_demo_uk", code: "UKLIVI02")

    static let mugBlack = Product(skuID: "1729000000000000101", sellerSKU: "MUG-BLK", name: "Ceramic mug 陶瓷马克杯",
                                  variant: "Black", price: 1299)
    static let mugWhite = Product(skuID: "1729000000000000102", sellerSKU: "MUG-WHT", name: "Ceramic mug 陶瓷马克杯",
                                  variant: "White", price: 1299)
    static let lamp = Product(skuID: "1729000000000000103", sellerSKU: "LMP-USB", name: "LED desk lamp 护眼台灯",
                              variant: "USB", price: 2450)
    static let knife = Product(skuID: "1729000000000000104", sellerSKU: "KNF-BLK-05", name: "Chef knife 5in 主厨刀",
                               variant: "Black", price: 1990)
    static let towels = Product(skuID: "1729000000000000105", sellerSKU: "TWL-SET", name: "Bamboo towel set 竹纤维毛巾",
                                variant: "Grey, 3 pcs", price: 1680)
    static let planter = Product(skuID: "1729000000000000106", sellerSKU: "PLN-POT", name: "Self-watering planter 自吸水花盆",
                                 variant: "Medium", price: 1420)
    static let ukKnife = Product(skuID: "1729000000000000204", sellerSKU: "KNF-BLK-05", name: "Chef knife 5in 主厨刀",
                                 variant: "Black", price: 1590)
    static let ukMug = Product(skuID: "1729000000000000201", sellerSKU: "MUG-BLK", name: "Ceramic mug 陶瓷马克杯",
                               variant: "Black", price: 999)
    static let ukCup = Product(skuID: "1729000000000000202", sellerSKU: "CUP-GLS", name: "Double-wall glass cup 双层玻璃杯",
                               variant: "350 ml", price: 1150)
    static let ukLamp = Product(skuID: "1729000000000000203", sellerSKU: "LMP-USB", name: "LED desk lamp 护眼台灯",
                                variant: "USB", price: 1950)
    static let ukClock = Product(skuID: "1729000000000000205", sellerSKU: "CLK-WAL", name: "Silent wall clock 静音挂钟",
                                 variant: "30 cm", price: 1799)

    /// The US shop's postal channel (about 25 days, stale tracks) and the dedicated line it switches to.
    static let chinaPost = Channel(name: "China Post (postal)", carrier: "china-post", meanTransitDays: 25,
                                   sdTransitDays: 3.5, trackingPrefix: "LP00", trackingSuffix: "CN", isPostal: true)
    static let yunExpress = Channel(name: "YunExpress US line", carrier: "yunexpress", meanTransitDays: 12,
                                    sdTransitDays: 1.6, trackingPrefix: "YT25", trackingSuffix: "", isPostal: false)
    static let royalMail = Channel(name: "Royal Mail UK line", carrier: "royal-mail", meanTransitDays: 7,
                                   sdTransitDays: 1.2, trackingPrefix: "RM", trackingSuffix: "GB", isPostal: false)
    static let yanwen = Channel(name: "Yanwen economy", carrier: "yanwen", meanTransitDays: 13, sdTransitDays: 2.5,
                                trackingPrefix: "UG", trackingSuffix: "YP", isPostal: true)

    static let us = ShopCast(
        shop: usShop,
        products: [(mugBlack, 0.24), (mugWhite, 0.14), (lamp, 0.18), (knife, 0.16), (towels, 0.14), (planter, 0.14)],
        ordersPerDay: 112, promisedDays: 20, helpdesk: .zendesk,
        agents: [("902211", 0.38), ("902213", 0.37), ("902214", 0.25)], slowAgent: "902213",
        campaigns: [Campaign(id: "1801234567890123", name: "US_mugs_always_on", dailyBudget: 120),
                    Campaign(id: "1801234567890124", name: "US_lamps_promo", dailyBudget: 80),
                    Campaign(id: "1801234567890125", name: "US_knives_retarget", dailyBudget: 45)],
        destinationCities: ["LOS ANGELES, CA", "DALLAS, TX", "CHICAGO, IL", "NEW YORK, NY", "MIAMI, FL", "SEATTLE, WA"],
        postalPrefix: "9", currency: "USD")

    static let uk = ShopCast(
        shop: ukShop,
        products: [(ukKnife, 0.26), (ukMug, 0.2), (ukCup, 0.2), (ukLamp, 0.18), (ukClock, 0.16)],
        ordersPerDay: 75, promisedDays: 12, helpdesk: .freshdesk,
        agents: [("47000999001", 0.55), ("47000999002", 0.45)], slowAgent: nil,
        campaigns: [Campaign(id: "1801234567890201", name: "UK_home_always_on", dailyBudget: 90),
                    Campaign(id: "1801234567890202", name: "UK_knives_promo", dailyBudget: 40)],
        destinationCities: ["LONDON, GB", "MANCHESTER, GB", "BIRMINGHAM, GB", "LEEDS, GB", "GLASGOW, GB"],
        postalPrefix: "SW", currency: "GBP")

    /// The UK batch that draws a burst of 1–2 star reviews.
    static let badBatchSKU = "1729000000000000204"
    static let badBatch = "B7"

    /// Scan stages of a parcel: fraction of the transit, words (English, Chinese), where, raw code, status, source.
    struct Stage {
        let fraction: Double
        let english: String
        let chinese: String
        let origin: Bool
        let code: String
        let status: ParcelStatus
        let source: String
    }

    static let stages: [Stage] = [
        Stage(fraction: 0.03, english: "Departed sorting centre", chinese: "已离开深圳分拣中心", origin: true, code: "DP",
              status: .inTransit, source: "forwarder"),
        Stage(fraction: 0.12, english: "Flight departed", chinese: "航班已起飞", origin: true, code: "FD",
              status: .inTransit, source: "forwarder"),
        Stage(fraction: 0.24, english: "Arrived at destination country", chinese: "到达目的国", origin: false, code: "AR",
              status: .inTransit, source: "17track"),
        Stage(fraction: 0.32, english: "Import customs clearance started", chinese: "进口清关中", origin: false, code: "CC",
              status: .inTransit, source: "17track"),
        Stage(fraction: 0.45, english: "Customs clearance completed", chinese: "清关完成", origin: false, code: "CR",
              status: .inTransit, source: "17track"),
        Stage(fraction: 0.72, english: "Arrived at local delivery facility", chinese: "到达派送站", origin: false, code: "AF",
              status: .inTransit, source: "aftership"),
    ]

    static let zendeskSubjects = [
        "Where is my order? It has been weeks", "Mug arrived cracked", "Wrong colour sent", "Question about delivery date",
        "Chargeback warning", "收货地址修改", "Package says delivered but not received", "Refund request",
        "物流一直没有更新", "Lamp does not turn on",
    ]
    static let reviewPositiveEnglish = ["Love it, exactly as pictured", "Great quality for the price", "Fast shipping, works well",
                                        "Nice gift, would buy again", "Solid and well made"]
    static let reviewPositiveChinese = ["质量很好，物超所值", "包装完好，很满意", "和图片一样，好评", "做工不错，推荐"]
    static let reviewNegativeLogistics = ["Took over a month to arrive", "Tracking did not update for weeks",
                                          "物流太慢了，等了一个月", "Arrived late and the box was crushed"]
    static let reviewNegativeBatch = ["Blade rusted after one wash", "刀刃一周就生锈了", "Rust spots on the blade on arrival",
                                      "Handle came loose, blade rusting"]
    static let reviewNegativeOther = ["Not as described", "做工粗糙", "Smaller than expected", "Stopped working after a week"]
    static let sellerReasons = ["Damaged in transit", "Not as described", "质量问题", "Missing parts"]
    static let buyerReasons = ["No longer needed", "Changed my mind", "不想要了", "拍错了", "Ordered by mistake"]
}
