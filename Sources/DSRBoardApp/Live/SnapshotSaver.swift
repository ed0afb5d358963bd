import DSRModel
import Foundation
import TermRender

/// Writes the buffer on screen to files: `dsrboard-<shop>-<view>-<YYYYmmdd-HHMMSS>.<ext>` in a folder, one
/// file per format, or under a name the user typed.
public struct SnapshotSaver: Sendable {
    /// The folder written to (created when missing).
    public var directory: String
    /// The formats written.
    public var formats: [SnapshotFormat]

    /// A saver into `directory` in `formats`.
    public init(directory: String, formats: [SnapshotFormat]) {
        self.directory = directory
        self.formats = formats.isEmpty ? [.txt, .html] : formats
    }

    /// The folder from `--snapshot-dir`, else `$DSRBOARD_SNAPSHOT_DIR`, else `./snapshots`.
    public static func defaultDirectory(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["DSRBOARD_SNAPSHOT_DIR"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "snapshots"
    }

    /// The file stem for a shop, view and instant; characters unsafe in file names become `_`.
    public static func stem(shop: String, view: String, at instant: EpochSeconds) -> String {
        let stamp = UTCTime.compactStamp(instant)
        return "dsrboard-\(safe(shop))-\(safe(view))-\(stamp)"
    }

    /// Writes `buffer` in every format and returns the paths written. `name` (typed after `S`) replaces the
    /// generated stem; an extension in it picks the single format.
    public func save(_ buffer: Buffer, theme: Theme, shop: String, view: String, at instant: EpochSeconds,
                     name: String? = nil) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SnapshotSaveError(path: directory, reason: "cannot create the folder (\(SnapshotSaveError.reason(of: error)))")
        }
        var stem = SnapshotSaver.stem(shop: shop, view: view, at: instant)
        var chosen = formats
        if let name, !name.isEmpty {
            let url = URL(fileURLWithPath: name)
            if let format = SnapshotFormat(rawValue: url.pathExtension.lowercased()) {
                chosen = [format]
                stem = url.deletingPathExtension().lastPathComponent
            } else {
                stem = url.lastPathComponent
            }
            stem = SnapshotSaver.safe(stem)
        }
        // Two snapshots in the same second get -2, -3… rather than overwriting each other.
        let base = stem
        var counter = 2
        while chosen.contains(where: { FileManager.default.fileExists(atPath: path(stem, $0)) }) {
            stem = "\(base)-\(counter)"
            counter += 1
        }
        let title = "DSRBoard · \(shop) · \(view) · \(UTCTime.minute(instant)) UTC"
        var written: [String] = []
        for format in chosen {
            let path = path(stem, format)
            let text = SnapshotWriter.render(buffer: buffer, format: format, theme: theme, title: title)
            do {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw SnapshotSaveError(path: path, reason: SnapshotSaveError.reason(of: error))
            }
            written.append(path)
        }
        return written
    }

    private func path(_ stem: String, _ format: SnapshotFormat) -> String {
        (directory as NSString).appendingPathComponent(stem + "." + format.fileExtension)
    }

    static func safe(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.map { scalar -> Character in
            let allowed = CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            return allowed && scalar.value < 0x2000 ? Character(scalar) : "_"
        })
        return cleaned.isEmpty ? "_" : cleaned
    }
}
