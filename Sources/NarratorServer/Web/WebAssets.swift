import Foundation
import Narrator

/// Where the player's files (player.js, player.css, library.js) are: `$NARRATOR_WEB_ASSETS`, the
/// package's resource bundle beside the executable (SwiftPM's `Narrator_NarratorServer.resources`),
/// an installed `share/narrator/web`, else this source tree. Looked up once, without
/// Foundation's `Bundle.module`, which ends the process when its bundle is missing.
enum WebAssets {
    static let names: Set<String> = ["player.js", "player.css", "library.js"]

    static let directory: String? = {
        var candidates: [String] = []
        if let given = ProcessInfo.processInfo.environment["NARRATOR_WEB_ASSETS"], !given.isEmpty { candidates.append(given) }
        if let executable = VoiceDirectories.executablePath().map({ ($0 as NSString).deletingLastPathComponent }) {
            candidates.append(executable + "/Narrator_NarratorServer.resources/Assets")
            candidates.append(executable + "/../share/narrator/web")
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Assets").path)
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/player.js") }
    }()

    static func path(_ name: String) -> String? {
        guard names.contains(name), let directory else { return nil }
        return directory + "/" + name
    }

    static func mediaType(_ name: String) -> String {
        name.hasSuffix(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8"
    }
}

/// Text made safe inside HTML (element content and quoted attribute values).
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
