import NarratorCore
/// The charset a page declares in its first 1,024 bytes (`<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`), as browsers prescan it.
enum CharsetPrescan {
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }  // ASCII lower case
        let marker = Array("charset".utf8)
        var index = 0
        while index + marker.count < head.count {
            guard head[index..<(index + marker.count)].elementsEqual(marker) else { index += 1; continue }
            var cursor = index + marker.count
            while cursor < head.count, head[cursor] == 0x20 { cursor += 1 }
            guard cursor < head.count, head[cursor] == 0x3D else { index = cursor; continue }  // "="
            cursor += 1
            while cursor < head.count, head[cursor] == 0x20 || head[cursor] == 0x22 || head[cursor] == 0x27 { cursor += 1 }
            var end = cursor
            while end < head.count, head[end] > 0x20, head[end] != 0x22, head[end] != 0x27, head[end] != 0x3B, head[end] != 0x3E,
                  head[end] != 0x2F {
                end += 1
            }
            return end > cursor ? String(decoding: head[cursor..<end], as: UTF8.self) : nil
        }
        return nil
    }

    /// The labels the WHATWG Encoding Standard maps to windows-1252.
    static func isWindows1252(_ label: String) -> Bool { TextDecoding.isWindows1252(label) }
}
