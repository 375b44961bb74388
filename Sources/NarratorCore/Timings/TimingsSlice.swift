extension Timings {
    /// The timings of frames `range` of this narration as a file of its own named `audio`:
    /// the sentences that start inside it, the chapters that overlap it (clipped), all times
    /// from the piece's start.
    public func slice(_ range: Range<Int>, audio: String) -> Timings {
        let rate = Double(sampleRate)
        let start = Double(range.lowerBound) / rate, end = Double(range.upperBound) / rate
        let epsilon = 0.5 / rate
        let pieceSentences = sentences.filter { $0.start >= start - epsilon && $0.start < end - epsilon }.map {
            var sentence = $0
            sentence.start = (sentence.start - start).microseconds
            sentence.end = (min(sentence.end, end) - start).microseconds
            return sentence
        }
        let pieceChapters = chapters.filter { $0.end > start + epsilon && $0.start < end - epsilon }.map {
            ChapterTiming(title: $0.title, start: (max($0.start, start) - start).microseconds,
                          end: (min($0.end, end) - start).microseconds)
        }
        let seconds = Double(range.count) / rate
        let words = pieceSentences.reduce(0) { $0 + TextCleanup.wordCount($1.text) }
        var piece = self
        piece.audio = audio
        piece.frames = range.count
        piece.durationSeconds = seconds.microseconds
        piece.words = words
        piece.speed.measuredWPM = seconds > 0 ? (Double(words) / seconds * 60).rounded(toPlaces: 1) : 0
        piece.chapters = pieceChapters
        piece.sentences = pieceSentences
        return piece
    }
}
