/// The ANSI flavour of a snapshot: SGR codes for colours and attributes, a reset at each row's end.
enum AnsiSnapshot {
    /// The escape character, written only by this writer and only as part of an SGR sequence.
    static let escape = "\u{1B}["

    /// The buffer as ANSI text; every row starts from the default style and ends with a reset.
    static func render(_ buffer: Buffer) -> String {
        var output = ""
        for y in 0..<buffer.height {
            let runs = SnapshotRun.runs(of: buffer, row: y)
            let lastVisible = runs.lastIndex { $0.style != .plain || $0.text.contains { $0 != " " } }
            for run in runs.prefix(lastVisible.map { $0 + 1 } ?? 0) {
                output += sgr(run.style) + run.text
            }
            output += escape + "0m\n"
        }
        return output.isEmpty ? escape + "0m" : output
    }

    /// `ESC [ 0 ; … m` selecting exactly `style`.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let attributes: [(TextAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in attributes where style.attributes.contains(attribute) { codes.append(code) }
        if let code = colorCode(style.foreground, base: 38) { codes.append(code) }
        if let code = colorCode(style.background, base: 48) { codes.append(code) }
        return escape + codes.joined(separator: ";") + "m"
    }

    private static func colorCode(_ color: Color, base: Int) -> String? {
        switch color {
        case .default: nil
        case .indexed(let index): "\(base);5;\(index)"
        case .rgb(let r, let g, let b): "\(base);2;\(r);\(g);\(b)"
        }
    }
}
