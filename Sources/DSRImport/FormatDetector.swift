import DSRModel

/// Tells the kind of a file from its content: CSV header names, JSON keys and envelope shape.
enum FormatDetector {
    /// The JSON importers, in the order they are tried.
    static var jsonImporters: [any JSONImporter.Type] { [
        TikTokShopsImporter.self, AdsReportImporter.self, Track17Importer.self, AfterShipImporter.self,
        FreshdeskImporter.self, ZendeskImporter.self, TikTokOrdersImporter.self,
    ] }

    /// The CSV importers, in the order they are tried.
    static let csvKinds: [ImportKind] = [.tiktokOrders, .tiktokReviews, .trackingEvents, .shopRating, .tiktokAds]

    /// The JSON importer for a kind.
    static func jsonImporter(for kind: ImportKind) -> (any JSONImporter.Type)? {
        if kind == .tiktokAds { return AdsReportImporter.self }
        return jsonImporters.first { $0.kind == kind }
    }

    /// The kind of a JSON document, or nil.
    static func kind(ofJSON value: Any) -> ImportKind? {
        jsonImporters.first { $0.recognizes(value) }?.kind
    }

    /// The kind of a CSV file from its header: the format whose required columns are all present and that
    /// matches the most columns.
    static func kind(ofCSVHeader headers: [String]) -> ImportKind? {
        let scores: [(ImportKind, Int)] = [
            (.tiktokOrders, SellerCenterOrdersImporter.score(headers: headers)),
            (.tiktokReviews, ReviewsImporter.score(headers: headers)),
            (.trackingEvents, TrackingEventsImporter.score(headers: headers)),
            (.shopRating, ShopRatingImporter.score(headers: headers)),
            (.tiktokAds, AdsManagerImporter.score(headers: headers)),
        ]
        guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return best.0
    }

    /// Runs the CSV importer of a kind; nil when the kind has no CSV form.
    static func runCSV(kind: ImportKind, reader: CSVReader, headers: [String], session: ImportSession) throws -> Bool {
        switch kind {
        case .tiktokOrders: try PipelinedSellerCenterImport.run(reader: reader, headers: headers, session: session)
        case .tiktokReviews: try CSVImportDriver.run(ReviewsImporter.self, reader: reader, headers: headers, session: session)
        case .trackingEvents: try CSVImportDriver.run(TrackingEventsImporter.self, reader: reader, headers: headers, session: session)
        case .shopRating: try CSVImportDriver.run(ShopRatingImporter.self, reader: reader, headers: headers, session: session)
        case .tiktokAds: try CSVImportDriver.run(AdsManagerImporter.self, reader: reader, headers: headers, session: session)
        default: return false
        }
        return true
    }
}
