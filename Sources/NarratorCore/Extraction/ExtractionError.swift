/// Why no article could be extracted.
public struct ExtractionError: NarratorError, Equatable {
    public enum Problem: Sendable, Equatable {
        /// No paragraph of article text; the count of text blocks that were looked at.
        case noArticleText(Int)
        case unparsable
    }

    public var source: String
    public var problem: Problem

    public init(source: String, problem: Problem) {
        self.source = source
        self.problem = problem
    }

    public var description: String {
        let name = InputSource.displayName(source)
        switch problem {
        case .noArticleText(let rejected):
            return "\(name): no article text found (\(rejected) short or boilerplate text blocks, no paragraph to read)"
        case .unparsable:
            return "\(name): the page could not be parsed as HTML"
        }
    }

    public var exitStatus: ExitStatus { .dataError }
}
