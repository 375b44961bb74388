import Foundation
import Narrator

/// What `narrate batch` is given, as items: a job file (`.jsonl`, `.ndjson`), a directory
/// (every article file in it and below, named by its relative path), article files, web
/// addresses, or a list of addresses (a `.txt` file whose every line is an address, or a comment).
public enum BatchInputs {
    public static let articleExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "md", "markdown"]
    public static let jobFileExtensions: Set<String> = ["jsonl", "ndjson"]

    /// - Parameter outputDirectory: a directory's walk leaves this out (a batch run inside the
    ///   folder it reads would otherwise read its own sidecars, `.labels.txt`, as articles).
    public static func items(from arguments: [String], outputDirectory: String? = nil) throws -> [BatchItem] {
        let excluded = outputDirectory.map(realPath)
        var items: [BatchItem] = []
        for argument in arguments {
            if WebAddress.looksLikeURL(argument) {
                items.append(try webItem(argument))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw InputError(source: argument, problem: .missing)
            }
            if isDirectory.boolValue {
                items += directoryItems(argument, excluding: excluded)
            } else if jobFileExtensions.contains((argument as NSString).pathExtension.lowercased()) {
                guard let data = FileManager.default.contents(atPath: argument) else {
                    throw InputError(source: argument, problem: .unreadable("cannot read the job file"))
                }
                items += try JobFile.parse(TextDecoding.decode([UInt8](data)), file: argument)
            } else if let list = try addressList(argument) {
                items += list
            } else {
                items.append(BatchItem(input: argument, output: OutputName.derived(from: argument)))
            }
        }
        return uniqueOutputs(items)
    }

    /// An item for a web address: its last path segment names the output.
    static func webItem(_ address: String) throws -> BatchItem {
        BatchItem(input: address, output: try OutputName.derived(fromAddress: address))
    }

    /// The items of a `.txt` file whose lines are all web addresses (blank lines and `#`
    /// comments aside); nil for any other file (an article).
    static func addressList(_ path: String) throws -> [BatchItem]? {
        var info = stat()
        guard ["txt", "text"].contains((path as NSString).pathExtension.lowercased()),
              stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let bytes = try? InputDocument.readBytes(path, maxBytes: 64 << 20) else { return nil }
        let lines = TextDecoding.decode(bytes).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !lines.isEmpty, lines.allSatisfy(WebAddress.looksLikeURL) else { return nil }
        return try lines.map(webItem)
    }

    static func directoryItems(_ directory: String, excluding excluded: String? = nil) -> [BatchItem] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var relatives: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            if let excluded, realPath((directory as NSString).appendingPathComponent(relative)) == excluded {
                walker.skipDescendants()
                continue
            }
            if articleExtensions.contains((name as NSString).pathExtension.lowercased()) { relatives.append(relative) }
        }
        return relatives.sorted().map { relative in
            let parts = relative.split(separator: "/").map(String.init)
            let folders = parts.dropLast().map { Slug.make($0).isEmpty ? "folder" : Slug.make($0) }
            let output = (folders + [OutputName.derived(from: parts.last!)]).joined(separator: "/")
            return BatchItem(input: (directory as NSString).appendingPathComponent(relative), output: output)
        }
    }

    /// The path with symbolic links and "." / ".." resolved (as given when it does not exist).
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return (path as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Items that would write the same output get "-2", "-3"... in job order.
    public static func uniqueOutputs(_ items: [BatchItem]) -> [BatchItem] {
        var seen: Set<String> = []
        return items.map { item in
            var item = item
            var candidate = item.output
            var number = 2
            while seen.contains(candidate.lowercased()) {
                candidate = "\(item.output)-\(number)"
                number += 1
            }
            seen.insert(candidate.lowercased())
            item.output = candidate
            return item
        }
    }
}
