/// One `Range: bytes=...` request over a file of `size` bytes (RFC 9110): `a-b`, `a-` or the
/// suffix `-n`. A header naming several ranges, or another unit, is ignored (the whole file is
/// sent, as the RFC allows); a range that starts past the end is unsatisfiable (416).
enum ByteRange {
    enum Answer: Equatable { case whole, part(ClosedRange<Int>), unsatisfiable }

    static func parse(_ header: String?, size: Int) -> Answer {
        guard let header = header?.trimmingCharacters(in: .whitespaces), header.lowercased().hasPrefix("bytes=") else { return .whole }
        let spec = header.dropFirst(6).trimmingCharacters(in: .whitespaces)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return .whole }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        if first.isEmpty {
            guard let count = Int(last), count > 0 else { return last.isEmpty ? .whole : .unsatisfiable }
            return size == 0 ? .unsatisfiable : .part(max(0, size - count)...(size - 1))
        }
        guard let start = Int(first), start >= 0 else { return .whole }
        guard start < size else { return .unsatisfiable }
        if last.isEmpty { return .part(start...(size - 1)) }
        guard let end = Int(last), end >= start else { return .whole }
        return .part(start...min(end, size - 1))
    }
}

import Foundation
