import Testing
@testable import SitegenCore

@Suite struct CountryReaderTests {
    let reader = CountryReader(knowledge: TestSupport.knowledge)

    func codes(_ s: String) -> [String] { reader.mentions(in: TokenizedText(s)).map(\.code) }

    @Test func aliasesAndTransliterations() {
        #expect(codes("quan hệ Việt Nam - Hoa Kỳ") == ["VN", "US"])
        #expect(codes("Bộ trưởng Quốc phòng LH Vương quốc Anh và Bắc Ireland") == ["GB"])
        #expect(codes("Thủ tướng Ô-xtrây-li-a") == ["AU"])
        #expect(codes("hợp tác với CHLB Đức") == ["DE"])
    }

    @Test func personalNamesAndWordsAreNotCountries() {
        #expect(codes("Bộ trưởng Công Thương Trần Tuấn Anh phát biểu") == [])
        #expect(codes("nữ Nam tước Baroness Goldie") == [])
        #expect(codes("lớp học tiếng Anh cho sĩ quan") == [])
        #expect(codes("Anh hùng Lực lượng vũ trang") == [])
        #expect(codes("các nước Đông Nam Á") == [])
    }

    @Test func partnerIsThePairedCountryNotOneMentionedInPassing() {
        let sentences = ["Đối thoại Việt Nam - Anh", "Tuyên bố về cách ứng xử giữa ASEAN và Trung Quốc năm 2002 được nhắc lại."].map(TokenizedText.init)
        #expect(reader.partner(in: sentences, mentions: sentences.map(reader.mentions), leadCount: 1) == "GB")
    }
}

@Suite struct PersonReaderTests {
    let reader = PersonReader(knowledge: TestSupport.knowledge)

    func people(_ s: String) -> [PersonMention] { reader.people(in: TokenizedText(s)) }

    @Test func titleCountryAndName() {
        let p = people("Quốc Vụ khanh Bộ Ngoại giao Anh Jeremy Browne đồng chủ trì")
        #expect(p.map(\.name) == ["Jeremy Browne"])
        #expect(p.first?.title == "Quốc vụ khanh Bộ Ngoại giao")
        #expect(p.first?.country == "GB")
    }

    @Test func rankAppositiveAndHonorific() {
        let p = people("do Thượng tướng Lê Huy Vịnh, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng và nữ Nam tước Baroness Goldie, Quốc vụ khanh Quốc phòng Anh đồng chủ trì.")
        #expect(p.map(\.name) == ["Lê Huy Vịnh", "Baroness Goldie"])
        #expect(p.map(\.title) == ["Thượng tướng, Thứ trưởng Bộ Quốc phòng", "Quốc vụ khanh Quốc phòng"])
        #expect(p.map(\.country) == ["VN", "GB"])
    }

    @Test func chainedOffices() {
        let p = people("Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm")
        #expect(p.first?.title == "Phó Thủ tướng, Bộ trưởng Ngoại giao")
        #expect(p.first?.name == "Bùi Thanh Sơn")
    }
}

@Suite struct SeriesReaderTests {
    let reader = SeriesReader(knowledge: TestSupport.knowledge)

    @Test func sameSeriesWhateverTheDashes() {
        let a = reader.mentions(in: TokenizedText("Đối thoại Chính trị-An ninh-Quốc phòng Việt Nam-Mỹ lần thứ 14"))
        let b = reader.mentions(in: TokenizedText("Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam – Hoa Kỳ lần thứ XIV"))
        #expect(a.first?.series.id == "political-security-defence-dialogue")
        #expect(a.first?.series.id == b.first?.series.id)
        #expect(a.first?.session == 14)
        #expect(b.first?.session == 14)
    }

    @Test func sessionsInWordsAndParts() {
        #expect(reader.mentions(in: TokenizedText("Đối thoại Chính sách Quốc phòng Việt Nam-Anh lần thứ tư, phiên thứ hai")).first.map { ($0.session, $0.part) }! == (4, 2))
        #expect(reader.mentions(in: TokenizedText("Việt - Anh đối thoại chiến lược lần đầu tiên")).first?.session == 1)
        #expect(reader.mentions(in: TokenizedText("phiên thứ nhất Đối thoại Chính sách Quốc phòng Việt Nam-Anh lần thứ 4")).first?.part == 1)
    }
}

@Suite struct TopicTests {
    @Test func exceptionsKeepCuesApart() {
        let reader = CueReader(knowledge: TestSupport.knowledge)
        #expect(reader.topics(in: TokenizedText("hợp tác an ninh mạng")) == ["cyber"])
        #expect(reader.topics(in: TokenizedText("Về hợp tác an ninh, hai bên")) == ["security"])
        #expect(reader.topics(in: TokenizedText("tình hình Biển Đông")) == ["maritime"])
    }
}

@Suite struct UnknownSeriesTests {
    let reader = SeriesReader(knowledge: TestSupport.knowledge)

    @Test func seriesMissingFromTheDataFileIsReadFromItsName() {
        let m = reader.mentions(in: TokenizedText("Phiên họp Nhóm công tác hỗn hợp về hợp tác quốc phòng Việt Nam - Phi-líp-pin lần thứ 10 diễn ra tại Hà Nội"))
        #expect(m.count == 1)
        #expect(m.first?.series.name == "Phiên họp Nhóm công tác hỗn hợp về hợp tác quốc phòng")
        #expect(m.first?.series.kind == "meeting")
        #expect(m.first?.session == 10)
    }

    @Test func knownSeriesIsNotReadTwice() {
        let m = reader.mentions(in: TokenizedText("Phiên họp Đối thoại chiến lược Việt Nam - Anh lần thứ nhất hôm qua diễn ra"))
        #expect(m.map(\.series.id) == ["strategic-dialogue"])
    }

    @Test func namedSeriesWithoutSessionIsNotASeries() {
        #expect(reader.mentions(in: TokenizedText("Hội nghị Thượng đỉnh Hoa Kỳ - Triều Tiên lần thứ hai vừa qua")).isEmpty)
    }
}

@Suite struct NameFormTests {
    let reader = PersonReader(knowledge: TestSupport.knowledge)

    @Test func hyphenatedNamesStayWhole() {
        #expect(reader.people(in: TokenizedText("Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam phát biểu")).first?.name == "Choi Young-sam")
        #expect(reader.people(in: TokenizedText("Tổng thống Kazakhstan Kassym-Jomart Tokayev đón")).first?.name == "Kassym-Jomart Tokayev")
        #expect(reader.people(in: TokenizedText("Tổng thống Brazil Luiz Inácio Lula da Silva thăm")).first?.name == "Luiz Inácio Lula da Silva")
    }
}
