/// Maps colours down to what a terminal can show: 256, 16 or 8 colours.
public enum ColorMapper {
    /// The six channel levels of the xterm 6×6×6 colour cube (indices 16–231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// xterm's default values for the 16 named colours, the usual reference for "nearest of 16".
    static let basicPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The xterm default RGB value of a palette index.
    public static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        let i = Int(index)
        switch i {
        case 0..<16:
            let (r, g, b) = basicPalette[i]
            return (UInt8(r), UInt8(g), UInt8(b))
        case 16..<232:
            let n = i - 16
            return (UInt8(cubeLevels[n / 36]), UInt8(cubeLevels[n / 6 % 6]), UInt8(cubeLevels[n % 6]))
        default:
            let grey = UInt8(8 + 10 * (i - 232))
            return (grey, grey, grey)
        }
    }

    /// The nearest of the 240 cube and grey-ramp entries (16–255); the cube wins ties.
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        let (ri, gi, bi) = (nearestLevel(target.0), nearestLevel(target.1), nearestLevel(target.2))
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let average = (target.0 + target.1 + target.2) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyValue = 8 + 10 * greyStep
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let greyIndex = 232 + greyStep
        return distance(target, (greyValue, greyValue, greyValue)) < distance(target, cube)
            ? UInt8(greyIndex) : UInt8(cubeIndex)
    }

    /// The nearest of the 16 named colours (xterm values); the lower index wins ties.
    public static func nearest16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        nearest(in: 16, (Int(r), Int(g), Int(b)))
    }

    /// The nearest of the 8 basic colours; the lower index wins ties.
    public static func nearest8(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        nearest(in: 8, (Int(r), Int(g), Int(b)))
    }

    /// `color` as a terminal with `colors` colours can show it: unchanged above 256, palette entries
    /// at 256, named colours at 16 or 8, and `.default` when the terminal has fewer than 8.
    public static func downgrade(_ color: Color, colors: Int) -> Color {
        switch color {
        case .default:
            return .default
        case .indexed(let index):
            if colors < 8 { return .default }
            if Int(index) < colors { return color }
            let (r, g, b) = rgb(ofIndex: index)
            return downgrade(.rgb(r, g, b), colors: colors)
        case .rgb(let r, let g, let b):
            if colors > 256 { return color }
            if colors >= 256 { return .indexed(nearest256(r, g, b)) }
            if colors >= 16 { return .indexed(nearest16(r, g, b)) }
            if colors >= 8 { return .indexed(nearest8(r, g, b)) }
            return .default
        }
    }

    private static func nearestLevel(_ value: Int) -> Int {
        var best = 0
        for (index, level) in cubeLevels.enumerated() where abs(level - value) < abs(cubeLevels[best] - value) {
            best = index
        }
        return best
    }

    private static func nearest(in count: Int, _ target: (Int, Int, Int)) -> UInt8 {
        var best = 0
        for index in 1..<count where distance(target, basicPalette[index]) < distance(target, basicPalette[best]) {
            best = index
        }
        return UInt8(best)
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
