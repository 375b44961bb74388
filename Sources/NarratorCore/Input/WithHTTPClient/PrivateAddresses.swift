#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NarratorCore

/// A service that fetches addresses users give must not reach the machine it runs on or its
/// network: loopback, private (RFC 1918, unique local), link-local (and so the cloud metadata
/// address 169.254.169.254), carrier-grade NAT, multicast and unspecified addresses are refused,
/// checked on the addresses the host name resolves to, for every redirect hop.
public enum PrivateAddresses {
    /// Throws when `url`'s host resolves to any address that is not public.
    public static func check(_ url: URL) throws {
        let host = (url.host ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else {
            throw FetchError(url: WebAddress.display(url), problem: .hostNotFound(host))
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            if let address = current.pointee.ai_addr, let reason = refusal(address) {
                throw FetchError(url: WebAddress.display(url),
                                 problem: .badAddress("refusing to fetch a \(reason) address (--allow-private-fetch to allow it)"))
            }
            entry = current.pointee.ai_next
        }
    }

    static func refusal(_ address: UnsafeMutablePointer<sockaddr>) -> String? {
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            let value = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt32(bigEndian: $0.pointee.sin_addr.s_addr) }
            return refusal(ipv4: value)
        case AF_INET6:
            let bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
            }
            return refusal(ipv6: bytes)
        default:
            return "non-IP"
        }
    }

    static func refusal(ipv4 value: UInt32) -> String? {
        let a = value >> 24, b = (value >> 16) & 0xFF
        if a == 127 { return "loopback" }
        if a == 10 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168) { return "private" }
        if a == 169 && b == 254 { return "link-local" }
        if a == 100 && (64...127).contains(b) { return "shared (carrier-grade NAT)" }
        if a == 0 { return "unspecified" }
        if a >= 224 { return "multicast or reserved" }
        return nil
    }

    static func refusal(ipv6 bytes: [UInt8]) -> String? {
        if bytes.allSatisfy({ $0 == 0 }) { return "unspecified" }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return "loopback" }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {
            return refusal(ipv4: UInt32(bytes[12]) << 24 | UInt32(bytes[13]) << 16 | UInt32(bytes[14]) << 8 | UInt32(bytes[15]))
        }
        if bytes[0] & 0xFE == 0xFC { return "private (unique local)" }
        if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return "link-local" }
        if bytes[0] == 0xFF { return "multicast" }
        return nil
    }
}
