import ArgumentParser
import Foundation
import Narrator

/// `narrate`: the root command. Holds the subcommands; speaking an article is the default.
/// The process starts in `Entry`.
struct Narrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "narrate",
        abstract: "Turn news articles into narrated audio with chapter markers, using eSpeak NG.",
        discussion: """
            Examples:
              narrate Samples/harbour-tides.html --voice uk-female --speed 1.25x
              narrate page.txt --speed fast -o out/page.wav --sidecars all
              narrate - < article.md
              narrate extract page.html --format json
              narrate segment article.txt --format jsonl
              narrate voices --preview uk-male

            Speeds: 1.25x, 1.25, 250wpm, "250 WPM", slow (0.75x, 150 WPM),
            average (1x, 200 WPM), fast (1.5x, 300 WPM); from 0.5x to 3x.
            1.0x is 200 words per minute, measured on the audio.

            Exit codes:
              0    success
              64   bad command line: unknown option, bad speed, pause or
                   sidecar name or announce item, unknown voice
              65   input cannot be narrated: empty, binary, no article text
              66   input file missing or unreadable
              69   something narrate needs is missing: ffmpeg for M4B,
                   a mounted /proc
              70   internal error, or the speech engine failed
              73   output cannot be written
              75   batch: some items failed (see report.json)
              78   configuration: malformed voice preset or lexicon,
                   eSpeak NG data missing
              80-88 web addresses: 80 host not found, 81 cannot connect,
                   82 TLS, 83 timeout, 84 HTTP error status, 85 too large,
                   86 not an article (or feed) type, 87 redirects,
                   88 disallowed by robots.txt
              130  interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT); nothing partial left
            """,
        version: NarratorVersion.string,
        subcommands: [Speak.self, Edition.self, Batch.self, Serve.self, Extract.self, Segment.self, Voices.self, BatchWorkerCommand.self],
        defaultSubcommand: Speak.self
    )
}
