import DSRMetrics
import DSRModel

/// Checks, before the terminal is taken over, that the database opens and the shop asked for exists.
public enum DashboardSourceCheck {
    /// Opens the database and resolves the shop; throws the error the user should read.
    public static func open(path: String, settings: MetricsSettings, request: LoadRequest) throws -> [Shop] {
        let source = try DashboardSource(path: path, settings: settings)
        let shops = try source.shops()
        _ = try request.resolveShop(in: shops)
        return shops
    }
}
