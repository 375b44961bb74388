import Foundation
import Hummingbird

/// Write endpoints (create, delete) need `Authorization: Bearer TOKEN` when the server has a
/// token (`--token-file`); it must have one when bound to an address other than loopback.
struct BearerToken: Sendable {
    let token: String?

    func check(_ request: Request) throws {
        guard let token else { return }
        let given = request.headers[.authorization].flatMap { header -> String? in
            let parts = header.split(separator: " ", maxSplits: 1)
            return parts.count == 2 && parts[0].lowercased() == "bearer" ? String(parts[1]).trimmingCharacters(in: .whitespaces) : nil
        }
        guard let given, Self.equal(given, token) else {
            throw APIError(.unauthorized, "this needs 'Authorization: Bearer <token>' (the server's --token-file)",
                           headers: [.wwwAuthenticate: "Bearer realm=\"narrator\""])
        }
    }

    /// Compares in time that does not depend on where the strings differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = x.count ^ y.count
        for index in 0..<max(x.count, y.count) {
            difference |= Int((index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0))
        }
        return difference == 0
    }
}
