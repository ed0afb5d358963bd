import DSRMetrics
import DSRModel

/// Checks, before the terminal is taken over, that the database opens and the shop asked for exists.
public enum DashboardSourceCheck {
    /// Opens the database and resolves the shop; throws the error the user should read.
    public static func open(path: String, settings: MetricsSettings, request: LoadRequest) throws -> [Shop] {
        let source = try DashboardSource(path: path, settings: settings)
        let shops = try source.shops()
        if let wanted = request.shopID, !shops.contains(where: { $0.id == wanted || $0.name == wanted }) {
            throw BoardError.unknownShop(wanted, known: shops.map(\.id))
        }
        return shops
    }
}
