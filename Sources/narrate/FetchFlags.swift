import ArgumentParser
import Narrator

/// How web addresses are fetched: shared by `speak`, `edition` and `batch`.
struct FetchFlags: ParsableArguments {
    @Option(name: .customLong("header"), help: ArgumentHelp("A request header for web addresses, 'Name: value' (repeatable): a cookie or token you own.", valueName: "header"))
    var headers: [String] = []

    @Option(name: .customLong("fetch-timeout"), help: "Seconds a web response may take, head and body (default 30).")
    var timeout: Double?

    @Option(name: .customLong("connect-timeout"), help: "Seconds to connect to a web server (default 10).")
    var connectTimeout: Double?

    func options() throws -> FetchOptions {
        var options = FetchOptions()
        options.headers = try headers.map(FetchOptions.header)
        for (name, value) in [("--fetch-timeout", timeout), ("--connect-timeout", connectTimeout)] {
            if let value, !(value > 0 && value <= 3600) {
                throw FlagError("\(name) \(value) is out of range: seconds above 0, at most 3600")
            }
        }
        if let timeout { options.timeout = timeout }
        if let connectTimeout { options.connectTimeout = connectTimeout }
        return options
    }
}
