/// What went wrong, in the words a user acts on, and which exit status it maps to.
///
/// Every stage's error conforms; the CLI prints `description` on one line and exits with
/// `exitStatus.code`.
public protocol NarratorError: Error, CustomStringConvertible, Sendable {
    var exitStatus: ExitStatus { get }
}

/// The documented exit statuses of `narrate` (sysexits.h numbering).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    /// Bad command line: unknown option, bad speed, pause, sidecar name or announce item, unknown voice.
    case usage = 64
    /// The input cannot be narrated: empty, binary, or no article text found.
    case dataError = 65
    /// The input file is missing or unreadable.
    case noInput = 66
    /// A program the output format needs is not installed (ffmpeg for M4B).
    case unavailable = 69
    /// An internal failure, including the speech engine failing mid-synthesis.
    case software = 70
    /// The output cannot be written (bad path, disk full, read-only directory).
    case cannotCreate = 73
    /// A batch finished but some items failed (report.json says which; a rerun retries them).
    case someFailed = 75
    /// A configuration problem: a malformed voice preset or lexicon, eSpeak NG data missing.
    case config = 78
    /// A web address whose host name does not resolve (DNS failure).
    case hostNotFound = 80
    /// The host refused the connection or cannot be reached.
    case connectionFailed = 81
    /// The TLS handshake failed (certificate, protocol).
    case tlsFailed = 82
    /// Connecting or reading the response took longer than the timeout.
    case timedOut = 83
    /// The server answered with an error status (404, 500, 429 after retries...).
    case httpStatus = 84
    /// The response is larger than --max-input-mb.
    case responseTooLarge = 85
    /// The response is not an article (a PDF, image, video...) or not a feed.
    case notArticleType = 86
    /// Redirects: more than 5, a loop, or to an address that is not http or https.
    case redirectFailed = 87
    /// robots.txt disallows the address (batch; --ignore-robots overrides).
    case disallowedByRobots = 88
    /// Interrupted by SIGINT or SIGTERM; nothing was left under a final name.
    case interrupted = 130

    public var code: Int32 { rawValue }
}
