/// A count under a name (an agent, a channel, a status); a nil name means the source did not say.
public struct NamedCount: Hashable, Sendable {
    /// The name; nil when unknown (unassigned, no channel).
    public var name: String?
    /// How many.
    public var count: Int

    /// A count.
    public init(name: String?, count: Int) {
        self.name = name
        self.count = count
    }

    /// Counts of the names in `names`, most first, then by name (unknown last), so the order is stable.
    public static func tally<S: Sequence>(_ names: S) -> [NamedCount] where S.Element == String? {
        var counts: [String?: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return counts.map { NamedCount(name: $0.key, count: $0.value) }.sorted(by: ranksBefore)
    }

    /// Most first, then by name, unknown last.
    public static func ranksBefore(_ a: NamedCount, _ b: NamedCount) -> Bool {
        if a.count != b.count { return a.count > b.count }
        switch (a.name, b.name) {
        case let (x?, y?): return x < y
        case (_?, nil): return true
        default: return false
        }
    }
}
