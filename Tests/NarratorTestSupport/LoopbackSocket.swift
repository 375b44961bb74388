import Foundation

/// A TCP socket bound to a free port on 127.0.0.1 and held for a test: not listening, it
/// refuses connections; after `listen`, it accepts them. While held, no other server can take
/// the port.
public final class LoopbackSocket {
    public let descriptor: Int32
    public let port: UInt16

    public struct BindError: Error, CustomStringConvertible { public var description: String }

    public init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = descriptor >= 0 && withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else {
            if descriptor >= 0 { close(descriptor) }
            throw BindError(description: "cannot bind a socket on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }
}
