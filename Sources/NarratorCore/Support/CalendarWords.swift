/// The days of the week and the months in English: the days in lower case and in order, read
/// by the byline parser (a dateline's "Fri"), the segmenter (a time before its day: "at 3:15 a.m.
/// Friday") and the reader ("Mon-Fri" "Monday to Friday"); the days and months written short,
/// with their names in full, read by the segmenter (a short form may end a sentence: "in Sept.
/// Then") and the reader ("Sept 3" "September 3rd", "Tues." "Tuesday"), each from these lists.
enum CalendarWords {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Days of the week written short, capitalised, and their names.
    static let shortWeekdays = ["Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Weds": "Wednesday",
                                "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
                                "Sat": "Saturday", "Sun": "Sunday"]

    /// Months written short, capitalised, and their names ("May" is never short).
    static let shortMonths = ["Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
                              "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
                              "Nov": "November", "Dec": "December"]
}
