/// A file format a frame can be saved in.
public enum SnapshotFormat: String, CaseIterable, Hashable, Sendable {
    /// Plain text: what is shown, one line per row, trailing spaces trimmed.
    case txt
    /// Text with ANSI SGR colours and attributes, for `cat` in a terminal.
    case ansi
    /// A self-contained HTML page (inline CSS, no scripts).
    case html
    /// A self-contained SVG picture with selectable text.
    case svg

    /// The file name extension (without the dot).
    public var fileExtension: String { rawValue }

    /// Parses a comma-separated list such as `txt,html` (case-insensitive, spaces allowed, duplicates
    /// dropped, order kept); `all` means every format. Throws `SnapshotError` for an unknown name or an
    /// empty list.
    public static func list(from text: String) throws -> [SnapshotFormat] {
        var formats: [SnapshotFormat] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = String(part).trimmingSpaces().lowercased()
            let parsed: [SnapshotFormat]
            if name == "all" {
                parsed = allCases
            } else if let format = SnapshotFormat(rawValue: name == "text" ? "txt" : name) {
                parsed = [format]
            } else {
                throw SnapshotError.unknownFormat(TextSanitizer.clean(name))
            }
            for format in parsed where !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw SnapshotError.unknownFormat("") }
        return formats
    }
}
