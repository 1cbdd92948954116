/// The sentences of one article prepared once for all readers: title first (index 0, possibly
/// empty), then body sentences numbered from 1 as on the article page. What several readers ask of
/// a sentence (its dates, countries, kind cues, series, anniversaries) is read here once.
struct ArticleText {
    var sentences: [String]
    var tokenized: [TokenizedText]
    var dates: [[DateMention]]
    var countries: [[CountryMention]]
    var kinds: [[(kind: EventKind, tokens: Range<Int>)]]
    var series: [[SeriesMention]]
    var anniversaries: [[AnniversaryMention]]
    let hasTitle: Bool

    init(article: CleanArticle, countryReader: CountryReader, cueReader: CueReader, seriesReader: SeriesReader, anniversaryReader: AnniversaryReader) {
        sentences = [article.title ?? ""] + article.sentences
        hasTitle = article.title != nil
        tokenized = sentences.map(TokenizedText.init)
        dates = tokenized.map(DateScanner.scan)
        countries = tokenized.map(countryReader.mentions)
        kinds = tokenized.map(cueReader.kinds)
        series = tokenized.map(seriesReader.mentions)
        anniversaries = tokenized.map(anniversaryReader.mentions)
    }

    var indices: Range<Int> { sentences.indices }
}
