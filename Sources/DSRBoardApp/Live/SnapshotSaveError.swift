import Foundation

/// A snapshot file could not be written.
public struct SnapshotSaveError: Error, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Why.
    public var reason: String
    /// The message shown.
    public var description: String { "cannot write \(path): \(reason)" }

    /// The system's reason in words (the POSIX message when there is one), not Foundation's dump.
    static func reason(of error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
