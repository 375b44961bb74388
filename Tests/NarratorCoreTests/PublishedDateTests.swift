import Testing
@testable import NarratorCore

/// The publication date as ISO 8601 where the page's text says which day it is, so that it can
/// be announced; kept as written where it leaves that open; none for a CMS's empty date.
@Suite struct PublishedDateTests {
    @Test(arguments: [
        ("2026-11-03", "2026-11-03"),
        ("2026-11-03T09:15:00+01:00", "2026-11-03T09:15:00+01:00"),
        ("\"2026-11-03T09:15:00Z\"", "2026-11-03T09:15:00Z"),
        ("Nov 3, 2026", "2026-11-03"),
        ("November 03, 2026", "2026-11-03"),
        ("3 Nov 2026 07:09 GMT", "2026-11-03"),
        ("Tue, 3 Nov 2026 16:07:38 -0600", "2026-11-03"),
        ("Tue Nov 03 2026 03:05:46 GMT+0000", "2026-11-03"),
        ("Nov 3rd 2026", "2026-11-03"),
        ("on Tuesday November 3, 2026 @08:00PM", "2026-11-03"),
        ("Sept 30, 2026", "2026-09-30"),
        ("13/11/2026 09:21:40", "2026-11-13"),
        ("11/13/2026 05:17:31 AM", "2026-11-13"),
        ("Fri, 11/13/2026 - 11:38", "2026-11-13"),
        // The day and month either way, or no year: kept as written, not announced.
        ("02-12-2026", "02-12-2026"),
        ("Nov 3", "Nov 3"),
    ])
    func readsTheDay(_ raw: String, _ expected: String) {
        #expect(PublishedDate.normalized(raw) == expected)
    }

    @Test(arguments: ["0001-01-01T00:00:00Z", "0000-01-01", "Jan 1, 0001", "", "  ",
                      "Nov 3, 2026 " + String(repeating: "and more words ", count: 10)])
    func anEmptyDateIsNone(_ raw: String) {
        #expect(PublishedDate.normalized(raw) == nil)
    }
}
