/// The sentences of one article prepared once for all readers: title first (index 0, possibly
/// empty), then body sentences numbered from 1 as on the article page.
struct ArticleText {
    var sentences: [String]
    var tokenized: [TokenizedText]
    var dates: [[DateMention]]
    var countries: [[CountryMention]]
    let hasTitle: Bool

    init(article: CleanArticle, countryReader: CountryReader) {
        sentences = [article.title ?? ""] + article.sentences
        hasTitle = article.title != nil
        tokenized = sentences.map(TokenizedText.init)
        dates = tokenized.map(DateScanner.scan)
        countries = tokenized.map(countryReader.mentions)
    }

    var indices: Range<Int> { sentences.indices }
}
