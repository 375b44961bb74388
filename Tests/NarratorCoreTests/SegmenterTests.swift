import Testing
@testable import NarratorCore

@Suite struct SegmenterTests {
    static let cases: [(String, [String])] = [
        ("Hello world. This is a test.", ["Hello world.", "This is a test."]),
        ("Mr. Smith went to Washington. He arrived at 5 p.m. on Friday.",
         ["Mr. Smith went to Washington.", "He arrived at 5 p.m. on Friday."]),
        ("The U.S. economy grew 3.5% last year. Analysts were surprised.",
         ["The U.S. economy grew 3.5% last year.", "Analysts were surprised."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("“Stop,” she said. “Now.”", ["“Stop,” she said.", "“Now.”"]),
        ("He met J. R. Smith at No. 5 Main St. last week.", ["He met J. R. Smith at No. 5 Main St. last week."]),
        ("Visit example.com today. Or e-mail a.b@example.org now.",
         ["Visit example.com today.", "Or e-mail a.b@example.org now."]),
        ("It costs $1.50 per item. See p. 55 for details.", ["It costs $1.50 per item.", "See p. 55 for details."]),
        ("Wait... what happened? Nobody knew.", ["Wait... what happened?", "Nobody knew."]),
        ("One line\nwith a break. Next.", ["One line with a break.", "Next."]),
        ("She works at Acme Inc. The company is large.", ["She works at Acme Inc.", "The company is large."]),
        ("No terminal punctuation", ["No terminal punctuation"]),
        ("", []),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) {
        #expect(SentenceSegmenter().sentences(in: text) == expected)
    }

    @Test func keepsEveryWordInOrder() {
        let text = String(repeating: "Dr. Who met Ms. Pond at 10 a.m. in the U.K. office. Then they left! ", count: 200)
        let sentences = SentenceSegmenter().sentences(in: text)
        #expect(sentences.joined(separator: " ") == TextCleanup.collapse(text))
        #expect(sentences.count == 400)
    }
}
