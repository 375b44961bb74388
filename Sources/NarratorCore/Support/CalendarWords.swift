/// The days of the week in English, in lower case and in order: read by the byline parser (a
/// dateline's "Fri"), the segmenter (a time before its day: "at 3:15 a.m. Friday") and the
/// reader ("Mon-Fri" "Monday to Friday"), each from this one list.
enum CalendarWords {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
