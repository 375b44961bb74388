import CCrypto
import Foundation

/// SHA-256 through OpenSSL's libcrypto, fed in pieces.
public struct SHA256 {
    private let context: OpaquePointer

    public init() {
        context = EVP_MD_CTX_new()
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
    }

    public mutating func update(_ bytes: some ContiguousBytes) {
        bytes.withUnsafeBytes { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
    }

    public mutating func update(_ text: String) {
        update(Array(text.utf8))
        update([0])  // a separator, so ("ab", "c") and ("a", "bc") differ
    }

    /// The digest as 64 hex digits; the hasher is used up.
    public func hex() -> String {
        bytes().map { String($0, radix: 16).leftPadded(2) }.joined()
    }

    /// The digest's 32 bytes; the hasher is used up.
    public func bytes() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        EVP_MD_CTX_free(context)
        return digest
    }

    public static func hex(of text: String) -> String {
        var hasher = SHA256()
        hasher.update(Array(text.utf8))
        return hasher.hex()
    }

    /// The digest of a file's bytes, read in blocks; nil when it cannot be read.
    public static func hex(ofFile path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty { hasher.update(data) }
        return hasher.hex()
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
