import Foundation
import NarratorTestSupport
import Testing

/// docs/openapi.json is kept true: every route the server defines is in it, every documented
/// operation answers on a live server with a documented status, and JSON bodies carry the
/// fields their schema requires.
@Suite(.serialized) struct OpenAPITests {
    nonisolated(unsafe) static let spec: [String: Any] = {
        let data = try! Data(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/openapi.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    static var paths: [String: [String: Any]] { spec["paths"] as? [String: [String: Any]] ?? [:] }

    /// (method, path) pairs the server's source registers, with ":id" written "{id}".
    static func routesInSource() throws -> Set<String> {
        var found: Set<String> = []
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/NarratorServer")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        let pattern = try NSRegularExpression(pattern: #"router\.(get|post|delete|put|patch)\("([^"]+)"\)"#)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let method = String(text[Range(match.range(at: 1), in: text)!])
                var path = String(text[Range(match.range(at: 2), in: text)!]).replacingOccurrences(of: ":id", with: "{id}").replacingOccurrences(of: ":file", with: "{file}")
                // The sidecar routes are registered in a loop over their file names.
                if path.contains("\\(path)") {
                    for name in ["timings.json", "captions.vtt", "chapters.vtt", "chapters.json"] {
                        found.insert("\(method) \(path.replacingOccurrences(of: "\\(path)", with: name))")
                    }
                    continue
                }
                path = path.replacingOccurrences(of: "\\(", with: "{")
                found.insert("\(method) \(path)")
            }
        }
        return found
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedPathIsARoute() throws {
        let documented = Set(Self.paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
        let routes = try Self.routesInSource()
        #expect(!routes.isEmpty)
        #expect(routes == documented, "in the source only: \(routes.subtracting(documented).sorted()); in the spec only: \(documented.subtracting(routes).sorted())")
        #expect(Self.spec["openapi"] as? String == "3.1.0")
    }

    /// The schema a response documents for JSON, resolved.
    static func schema(_ response: [String: Any]) -> [String: Any]? {
        guard let content = response["content"] as? [String: Any], let json = content["application/json"] as? [String: Any],
              let schema = json["schema"] as? [String: Any] else { return nil }
        return resolve(schema)
    }

    static func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String else { return schema }
        let name = ref.split(separator: "/").last.map(String.init) ?? ""
        return ((spec["components"] as? [String: Any])?["schemas"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    /// Problems with `value` against `schema`: missing required fields, wrong basic types.
    static func problems(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
        let schema = resolve(schema)
        var found: [String] = []
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path) is not an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path).\(key) is missing") }
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            if schema["additionalProperties"] as? Bool == false {
                for key in object.keys where properties[key] == nil { found.append("\(path).\(key) is not documented") }
            }
            for (key, child) in object { if let property = properties[key] { found += problems(child, property, at: "\(path).\(key)") } }
        case "array":
            guard let array = value as? [Any] else { return ["\(path) is not an array"] }
            if let items = schema["items"] as? [String: Any] { for (index, item) in array.enumerated() { found += problems(item, items, at: "\(path)[\(index)]") } }
        case "string": if !(value is String) { found.append("\(path) is not a string") }
        case "integer": if !(value is Int) { found.append("\(path) is not an integer") }
        case "number": if !(value is NSNumber) { found.append("\(path) is not a number") }
        default: break
        }
        if let options = schema["enum"] as? [String], let text = value as? String, !options.contains(text) {
            found.append("\(path) '\(text)' is not one of \(options)")
        }
        return found
    }

    @Test func aLiveServerAnswersAsDocumented() async throws {
        let server = try ServerProcess(data: try RepositoryPaths.temporaryDirectory().appendingPathComponent("data"))
        let client = TestClient()
        defer { server.stop() }
        let created = try await client.post(server.url("/api/narrations?voice=en-us"), NarrateServeTests.shortArticle(9), type: "text/plain")
        let id = try #require(created.json["id"] as? String)
        _ = try await client.waitUntilMade(server.url("/api/narrations/\(id)"))
        var checked = 0
        // DELETE last: the other operations need the narration.
        let operations = Self.paths.flatMap { path, methods in methods.map { (path, $0.key, $0.value as? [String: Any] ?? [:]) } }
            .sorted { ($0.1 == "delete" ? 1 : 0, $0.0) < ($1.1 == "delete" ? 1 : 0, $1.0) }
        for (path, method, operation) in operations {
            let url = server.url(path.replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{file}", with: "player.js"))
            let answer: HTTPAnswer
            switch method {
            case "post": answer = try await client.post(url + "?voice=en-us", NarrateServeTests.shortArticle(10), type: "text/plain")
            case "delete": answer = try await client.send(.DELETE, url)
            default: answer = try await client.get(url)
            }
            let responses = operation["responses"] as? [String: [String: Any]] ?? [:]
            #expect(responses[String(answer.status)] != nil, "\(method) \(path) answered \(answer.status), not documented")
            if let response = responses[String(answer.status)], let schema = Self.schema(response) {
                let issues = Self.problems((try? JSONSerialization.jsonObject(with: Data(answer.body))) ?? NSNull(), schema)
                #expect(issues.isEmpty, "\(method) \(path) \(answer.status): \(issues)")
            }
            checked += 1
        }
        #expect(checked == Self.paths.values.reduce(0) { $0 + $1.count })
        await client.shutdown()
    }
}
