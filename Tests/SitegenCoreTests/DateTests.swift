import Testing
@testable import SitegenCore

@Suite struct DateScannerTests {
    func scan(_ s: String) -> [DateMention] { DateScanner.scan(TokenizedText(s)) }

    @Test func fullDates() {
        let a = scan("Ngày 04/12/2015, hai bên ký kết.")[0]
        #expect((a.day, a.month, a.year) == (4, 12, 2015))
        let b = scan("ngày 21 tháng 11 năm 2019 tại Hà Nội")[0]
        #expect((b.day, b.month, b.year) == (21, 11, 2019))
    }

    @Test func spans() {
        let a = scan("từ ngày 4 đến 6/7/2007")[0]
        #expect((a.day, a.month, a.endDay, a.endMonth, a.year) == (4, 7, 6, 7, 2007))
        let b = scan("Hội nghị diễn ra 4-6/12 tại Tokyo")[0]
        #expect((b.day, b.month, b.endDay, b.endMonth) == (4, 12, 6, 12))
        #expect(b.year == nil)
        let c = scan("kỷ niệm 50 năm (11/9/1973-11/9/2023)")[0]
        #expect((c.year, c.endYear, c.endMonth) == (1973, 2023, 9))
    }

    @Test func partialAndRelativeDays() {
        let a = scan("Ngày 18/12, tại thủ đô")[0]
        #expect((a.day, a.month, a.year) == (18, 12, nil))
        let b = scan("tại cuộc điện đàm chiều qua (20/12) với")[0]
        #expect((b.day, b.month) == (20, 12))
        #expect(b.relative == .day(-1))
        #expect(scan("Phiên họp hôm qua diễn ra")[0].relative == .day(-1))
        #expect(scan("hôm thứ Năm, hai bên")[0].relative == .weekday(5))
        #expect(scan("sáng 12/8 tại Hà Nội")[0].month == 8)
    }

    @Test func monthsYearsAndPeriods() {
        let a = scan("vào tháng 10/2011")[0]
        #expect((a.month, a.year) == (10, 2011))
        #expect(scan("vào tháng 11 tới")[0].relative == .month(1))
        #expect(scan("ký vào tháng 9 vừa qua")[0].relative == .month(-1))
        let c = scan("vào cuối năm 2022")[0]
        #expect((c.year, c.part) == (2022, .late))
        let d = scan("Kế hoạch hành động giai đoạn 2024-2026")[0]
        #expect((d.year, d.endYear, d.isPeriod) == (2024, 2026, true))
        #expect(scan("trong năm nay")[0].relative == .year(0))
        #expect(scan("Chương trình hành động 2010 về")[0].isBareYear)
    }

    @Test func ratiosAndNumbersAreNotDates() {
        #expect(scan("tăng 40% so với mức 20% và tỷ lệ 3/4 số phiếu").isEmpty)
    }
}

@Suite struct YearReasonerTests {
    @Test func pastAndFutureBracketTheYear() {
        let conclusion = YearReasoner.reason([
            YearEvidence(constraint: .atLeast(hard: 2018, soft: 2019), quote: "năm 2018"),
            YearEvidence(constraint: .atMost(hard: 2020, soft: 2019), quote: "năm 2020"),
        ])
        #expect(conclusion?.year == 2019)
        #expect(conclusion?.certain == true)
    }

    @Test func impliedYearWinsWhenInsideBounds() {
        let conclusion = YearReasoner.reason([
            YearEvidence(constraint: .atLeast(hard: 2010, soft: 2011), quote: "năm 2010"),
            YearEvidence(constraint: .exactly(2011), quote: "một năm ký Tuyên bố chung"),
        ])
        #expect(conclusion?.year == 2011)
    }

    @Test func softCluesGiveWayToHardOnes() {
        let conclusion = YearReasoner.reason([
            YearEvidence(constraint: .within(2024, 2026), quote: "giai đoạn 2024-2026"),
            YearEvidence(constraint: .atMost(hard: 2025, soft: 2024), quote: "(2010-2025)"),
        ])
        #expect(conclusion?.year == 2024)
        let conflicting = YearReasoner.reason([
            YearEvidence(constraint: .atLeast(hard: 2022, soft: 2023), quote: "a"),
            YearEvidence(constraint: .atMost(hard: 2022, soft: 2021), quote: "b"),
        ])
        #expect(conflicting?.year == 2022)
    }

    @Test func noCluesNoYear() {
        #expect(YearReasoner.reason([]) == nil)
    }

    @Test func publicationDateResolvesPartialDates() {
        let e = TestSupport.extract("---\ndate: 2024-12-21\n---\nViệt Nam và Anh điện đàm\nĐây là nội dung cuộc điện đàm chiều qua (20/12) giữa Phó Thủ tướng Bùi Thanh Sơn với Bộ trưởng Ngoại giao Anh David Lammy.")
        let date = try? #require(e.events.first?.date)
        #expect(date?.start == "2024-12-20")
        #expect(date?.precision == .day)
        #expect(date?.inferred == true)
        let y = TestSupport.extract("---\ndate: 2025-01-05\n---\nĐối thoại Việt Nam - Nhật Bản\nNgày 28/12, tại Tô-ki-ô, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ và Thứ trưởng Ngoại giao Nhật Bản Funakoshi Takehiro đồng chủ trì Đối thoại chiến lược Việt Nam - Nhật Bản lần thứ 12.")
        #expect(y.events.first?.date.start == "2024-12-28")
        #expect(y.events.first?.location?.city == "Tokyo")
    }
}

@Suite struct ContradictoryClueTests {
    @Test func mostCluesWinAndTheBasisSaysWhichOneIsContradicted() throws {
        let c = try #require(YearReasoner.reason([
            YearEvidence(constraint: .atLeast(hard: 2019, soft: 2019), quote: "tháng 3/2019"),
            YearEvidence(constraint: .within(2019, 2024), quote: "giai đoạn 2019-2024"),
            YearEvidence(constraint: .within(2025, 2030), quote: "giai đoạn 2025-2030"),
            YearEvidence(constraint: .atMost(hard: 2024, soft: 2023), quote: "năm 2024"),
        ]))
        #expect((2019...2024).contains(c.year))
        #expect(!c.certain)
        #expect(c.basis.contains("2025-2030"))
    }

    @Test func onlyLowerBoundsGiveTheEarliestYear() {
        #expect(YearReasoner.reason([YearEvidence(constraint: .atLeast(hard: 2010, soft: 2011), quote: "năm 2010")])?.year == 2011)
    }
}

@Suite struct NearbyDateTests {
    @Test func partialDateTakesTheYearOfAFullDateNearby() throws {
        let e = TestSupport.extract("Chủ tịch nước tiếp Bộ trưởng Ngoại giao Pháp\nTừ 30/11 đến 2/12/2019, Bộ trưởng Ngoại giao Pháp Jean-Yves Le Drian thăm chính thức Việt Nam. Rạng sáng 1/12, Chủ tịch nước Nguyễn Phú Trọng đã tiếp Bộ trưởng Jean-Yves Le Drian tại Phủ Chủ tịch.")
        let date = try #require(e.events.first { $0.primary }?.date)
        #expect(date.start == "2019-12-01")
        #expect(date.inferred)
    }

    @Test func leadDatelineIsThePublicationDate() {
        let a = TestSupport.clean("Tiêu đề bài viết về hội đàm\nHà Nội, ngày 30/11/2019 - Chiều qua, hai Bộ trưởng đã hội đàm tại Hà Nội về nhiều nội dung.")
        #expect(a.published == "2019-11-30")
        #expect(a.sentences.first?.hasPrefix("Chiều qua") == true)
    }
}
