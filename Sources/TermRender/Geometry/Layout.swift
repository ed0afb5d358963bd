/// Splits a rectangle into parts along one axis, like a tiny, deterministic constraint solver.
///
/// Lengths, percentages and ratios are sized first, `min`/`max` are honoured when there is room, and
/// `fill` parts share what is left by weight. When room is short, `max` parts give way first, then
/// fixed sizes, then `min`. The result always has one rect per constraint; the rects never overlap,
/// stay inside the input and keep `spacing` cells between neighbours where it fits.
public enum Layout {
    /// The parts of `rect` along `direction`, one per constraint, in order.
    public static func split(
        _ rect: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0
    ) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let length = direction == .horizontal ? rect.width : rect.height
        let gap = max(0, spacing)
        let gaps = Saturating.scale(gap, by: constraints.count - 1, over: 1)
        let room = max(0, Saturating.subtract(length, gaps))
        let sizes = solve(constraints, room: room)

        var rects: [Rect] = []
        rects.reserveCapacity(sizes.count)
        var offset = 0
        for size in sizes {
            let start = min(offset, length)
            let extent = min(size, length - start)
            switch direction {
            case .horizontal:
                rects.append(Rect(x: Saturating.add(rect.x, start), y: rect.y, width: extent, height: rect.height))
            case .vertical:
                rects.append(Rect(x: rect.x, y: Saturating.add(rect.y, start), width: rect.width, height: extent))
            }
            offset = Saturating.add(Saturating.add(start, extent), gap)
        }
        return rects
    }

    /// Sizes summing to at most `room`: base sizes, then shrunk or grown to fit.
    static func solve(_ constraints: [Constraint], room: Int) -> [Int] {
        var sizes = constraints.map { baseSize($0, room: room) }
        let total = sizes.reduce(0, Saturating.add)
        if total > room {
            var excess = total - room
            for group in [isMax, isFixed, isMin] where excess > 0 {
                let members = constraints.indices.filter { group(constraints[$0]) }
                let available = members.reduce(0) { Saturating.add($0, sizes[$1]) }
                let cut = Proportion.split(min(excess, available), weights: members.map { sizes[$0] })
                for (member, amount) in zip(members, cut) { sizes[member] -= amount }
                excess -= min(excess, available)
            }
        } else if total < room {
            let spare = room - total
            let fills = constraints.indices.filter { fillWeight(constraints[$0]) > 0 }
            let mins = constraints.indices.filter { isMin(constraints[$0]) }
            let relatives = constraints.indices.filter { isRelative(constraints[$0]) && sizes[$0] > 0 }
            let (members, weights): ([Int], [Int]) =
                !fills.isEmpty ? (fills, fills.map { fillWeight(constraints[$0]) })
                : !mins.isEmpty ? (mins, mins.map { _ in 1 })
                : (relatives, relatives.map { sizes[$0] })
            for (member, amount) in zip(members, Proportion.split(spare, weights: weights)) {
                sizes[member] = Saturating.add(sizes[member], amount)
            }
        }
        return sizes
    }

    private static func baseSize(_ constraint: Constraint, room: Int) -> Int {
        switch constraint {
        case .length(let n), .min(let n), .max(let n): max(0, n)
        case .percentage(let p): Saturating.scale(room, by: min(100, max(0, p)), over: 100)
        case .ratio(let a, let b): min(room, Saturating.scale(room, by: a, over: b))
        case .fill: 0
        }
    }

    private static func isMax(_ c: Constraint) -> Bool { if case .max = c { true } else { false } }
    private static func isMin(_ c: Constraint) -> Bool { if case .min = c { true } else { false } }
    private static func isRelative(_ c: Constraint) -> Bool {
        switch c {
        case .percentage, .ratio: true
        default: false
        }
    }
    private static func isFixed(_ c: Constraint) -> Bool {
        switch c {
        case .length, .percentage, .ratio: true
        default: false
        }
    }
    private static func fillWeight(_ c: Constraint) -> Int { if case .fill(let w) = c { max(0, w) } else { 0 } }
}
