import CTextCat
import Foundation
import NarratorCore

/// Language identification with libexttextcat's N-gram fingerprints.
///
/// The library's handle is not safe to share between threads; each call is serialized.
/// `@unchecked Sendable` is safe: the handle is only touched under `lock`.
public final class TextCatIdentifier: LanguageIdentifier, @unchecked Sendable {
    /// The fingerprint list Debian's libexttextcat-data installs.
    public static let defaultConfiguration = "/usr/share/libexttextcat/fpdb.conf"

    private let handle: UnsafeMutableRawPointer
    private let lock = NSLock()

    /// Loads the fingerprints `configuration` lists (from its folder); nil when they cannot be read.
    public init?(configuration: String = TextCatIdentifier.defaultConfiguration) {
        let folder = (configuration as NSString).deletingLastPathComponent + "/"
        guard let handle = special_textcat_Init(configuration, folder) else { return nil }
        self.handle = handle
    }

    deinit {
        textcat_Done(handle)
    }

    public func identify(_ text: String) -> [String] {
        let result: String = lock.withLock {
            var text = text
            return text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    guard let answer = textcat_Classify(handle, chars.baseAddress, bytes.count) else { return "" }
                    return String(cString: answer)
                }
            }
        }
        return Self.tags(in: result)
    }

    /// The tags in an answer such as "[en--utf8][de--utf8]" (language-country-encoding names);
    /// none for "SHORT" or "UNKNOWN".
    static func tags(in answer: String) -> [String] {
        answer.split(whereSeparator: { $0 == "[" || $0 == "]" }).compactMap { name in
            let parts = name.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, let language = parts.first, !language.isEmpty else { return nil }
            let country = parts.count >= 3 ? parts[1] : ""
            return country.isEmpty ? language : "\(language)-\(country)"
        }
    }
}
