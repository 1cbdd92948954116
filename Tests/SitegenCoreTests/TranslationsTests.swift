import Testing
@testable import SitegenCore

@Suite struct TranslationsTests {
    let t = Translations(language: "en", strings: [
        "greeting": "Session {n} of {series}",
        "braces": "{n} {unknown} { {n",
        "date_day": "{day} {month_name} {year}",
        "date_month": "{month_name} {year}",
        "date_year": "{year}",
        "month_names": "January, February, March, April, May, June, July, August, September, October, November, December",
    ])

    @Test func fillsEveryPlaceholderOnce() {
        #expect(t.text("greeting", ["n": "14", "series": "Strategic Dialogue"]) == "Session 14 of Strategic Dialogue")
        #expect(t.text("greeting", ["n": "{series}", "series": "X"]) == "Session {series} of X", "a value is not filled again")
    }

    @Test func leavesUnknownPlaceholdersAndStrayBracesAsWritten() {
        #expect(t.text("braces", ["n": "2"]) == "2 {unknown} { {n")
        #expect(t.text("greeting") == "Session {n} of {series}")
        #expect(t.text("missing_key", ["n": "1"]) == "missing_key")
    }

    @Test func labelsDatesOfEachPrecisionTheSameEveryTime() {
        for _ in 0..<2 {
            #expect(t.dateLabel("2025-12-18") == "18 December 2025")
            #expect(t.dateLabel("2011-10") == "October 2011")
            #expect(t.dateLabel("2019") == "2019")
        }
    }
}
