import Foundation

/// A batch job file: JSON Lines, one object a line, written by hand or by a script.
///
/// ```
/// # comments and blank lines are allowed
/// {"defaults": {"voice": "uk-female", "speed": "1.25x", "format": "mp3", "sidecars": "all"}}
/// {"input": "articles/harbour.html"}
/// {"input": "articles/market.txt", "output": "city/market", "voice": "us-male", "title": "Rents"}
/// ```
///
/// An item has `input` (a file or an http(s) address) and optionally `output` (a name inside the output directory, without
/// extension; default: the input's file name) and any setting: `voice`, `speed`, `lexicon` (a
/// path or a list), `format`, `sidecars` (a list or "all"), `markers`, `split`, and the
/// metadata overrides `title`, `artist`, `date`. A `defaults` line gives settings for the
/// items after it. Relative paths are relative to the job file's folder.
public enum JobFile {
    public static let itemKeys: Set<String> = settingKeys.union(["input", "output"])
    public static let settingKeys: Set<String> = Set(SettingField.allCases.map(\.rawValue))

    public static func parse(_ text: String, file: String) throws -> [BatchItem] {
        let folder = (file as NSString).deletingLastPathComponent
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") || folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
        }
        var defaults = NarrationSettings()
        var items: [BatchItem] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let number = offset + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ message: String) -> JobFileError { JobFileError(file: file, line: number, message: message) }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                throw fail("not a JSON object")
            }
            if let values = object["defaults"] {
                guard object.count == 1, let values = values as? [String: Any] else {
                    throw fail("a defaults line holds only {\"defaults\": {...}}")
                }
                defaults = try settings(values, allowed: settingKeys, fail: fail, resolve: resolve).over(defaults)
                continue
            }
            guard let input = object["input"] as? String, !input.isEmpty else { throw fail("an item needs \"input\"") }
            let itemSettings = try settings(object, allowed: itemKeys, fail: fail, resolve: resolve)
            let output: String
            if let given = object["output"] {
                guard let given = given as? String else { throw fail("\"output\" must be a string") }
                if let problem = OutputName.check(given) { throw fail(problem) }
                output = given
            } else if WebAddress.looksLikeURL(input) {
                do {
                    output = try OutputName.derived(fromAddress: input)
                } catch let error as NarratorError {
                    throw fail(error.description)
                }
            } else {
                output = OutputName.derived(from: input)
            }
            let resolved = WebAddress.looksLikeURL(input) ? input : resolve(input)
            items.append(BatchItem(input: resolved, output: output, settings: itemSettings.over(defaults)))
        }
        return items
    }

    static func settings(_ object: [String: Any], allowed: Set<String>, fail: (String) -> JobFileError,
                         resolve: (String) -> String) throws -> NarrationSettings {
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw fail("unknown field '\(unknown)' (fields: \(allowed.sorted().joined(separator: ", ")))")
        }
        var result = NarrationSettings()
        for key in object.keys.sorted() {
            guard let field = SettingField(rawValue: key), let value = object[key] else { continue }
            // Text, a number where numbers are meant, or a list for lexicons and sidecars.
            let texts: [String]
            if let text = value as? String {
                texts = [text]
            } else if let number = value as? NSNumber, !(value is Bool), field.takesNumber {
                texts = [number.stringValue]
            } else if let list = value as? [Any], let strings = list as? [String], field.takesList {
                texts = strings
            } else {
                throw fail(field.takesList ? "\"\(key)\" must be a string or a list of strings" : "\"\(key)\" must be a string")
            }
            do {
                switch field {
                case .lexicon: for path in texts { try result.set(field, to: resolve(path)) }
                case .sidecars: try result.set(field, to: texts.joined(separator: ","))
                default: try result.set(field, to: texts[0])
                }
            } catch let error as NarratorError {
                throw fail(error.description)
            }
        }
        return result
    }
}

/// A job file that cannot be used, with the line at fault.
public typealias JobFileError = ConfigFileError
