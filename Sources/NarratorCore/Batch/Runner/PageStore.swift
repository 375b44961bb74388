import Foundation
import Narrator

/// Fetched pages kept in the batch's state folder by address: `OUT/.narrator/pages/<sha>.json`
/// (where the fetch ended, media type, charset, validators) and `<sha>.body`. A rerun reads them
/// instead of fetching again (`--refetch` fetches anew); the body's bytes are the item's input,
/// so the item key changes only when the page did. Feeds are kept the same way in
/// `OUT/.narrator/feeds/` (their validators make the next fetch conditional).
struct PageStore {
    let directory: String

    init(outputDirectory: String, folder: String = "pages") {
        directory = (outputDirectory as NSString).appendingPathComponent(".narrator/" + folder)
    }

    func paths(for address: String) -> (meta: String, body: String) {
        let base = (directory as NSString).appendingPathComponent(SHA256.hex(of: address))
        return (base + ".json", base + ".body")
    }

    /// The stored page (its body not loaded), when both files are there.
    func stored(_ address: String) -> FetchedPage? {
        let (meta, body) = paths(for: address)
        guard FileManager.default.fileExists(atPath: body), let data = FileManager.default.contents(atPath: meta),
              let page = try? JSONDecoder().decode(FetchedPage.self, from: data), page.requested == address else { return nil }
        return page
    }

    /// Keeps a fetched page: the body first, then its description (each written whole, by rename).
    func keep(_ page: FetchedPage, for address: String) throws {
        let (meta, body) = paths(for: address)
        try OutputFile.prepare(body)
        try OutputFile.write(Data(page.body), to: body)
        var described = page
        described.requested = address
        described.body = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try OutputFile.write(try encoder.encode(described), to: meta)
    }

    /// The stored page with its body, for a worker.
    static func load(meta: String) throws -> FetchedPage {
        guard let data = FileManager.default.contents(atPath: meta),
              var page = try? JSONDecoder().decode(FetchedPage.self, from: data) else {
            throw InputError(source: meta, problem: .unreadable("the stored page's description is unreadable"))
        }
        page.body = try InputDocument.readBytes(String(meta.dropLast(".json".count)) + ".body")
        return page
    }
}
