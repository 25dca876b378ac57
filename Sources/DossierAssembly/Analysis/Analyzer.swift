import DossierCore

/// Everything the analysis finds across a packet's articles.
struct PacketAnalysis {
    var entities: [Entity] = []
    var quotes: [Quote] = []
    var quantities: [Quantity] = []
    var timeline: [TimelineEvent] = []
    var keyPoints: [KeyPoint] = []
    var corroborations: [Corroboration] = []
}

/// Runs every analysis over a packet's articles. Each finding carries its article and paragraph ID and
/// a stable ID: `a1-q1` (quotes), `a1-n1` (quantities), `a1-t1` (timeline), `a1-k1` and `k1` (key points),
/// `e-<name>` (entities), `c1` (corroborations). Every step is linear in the text.
enum Analyzer {
    static func analyze(_ articles: [Article]) -> PacketAnalysis {
        let texts = articles.map(ArticleText.init)
        var vocabulary: Set<String> = []
        for text in texts {
            for unit in text.units {
                for token in unit.tokens where token.isLowercaseWord { vocabulary.insert(token.lower) }
            }
        }
        let candidates = texts.map { NameFinder(text: $0, vocabulary: vocabulary).candidates() }
        let entities = EntityRegistry.resolve(texts, candidates: candidates)
        let kinds = Dictionary(uniqueKeysWithValues: entities.entities.map { ($0.id, $0.kind) })

        var analysis = PacketAnalysis(entities: entities.entities)
        for (a, text) in texts.enumerated() {
            let id = text.article.id
            var resolver = SpeakerResolver(text: text, mentions: entities.mentions[a], titles: entities.titles, kinds: kinds)
            for (n, (quote, speaker)) in zip(text.quotes.quotes, resolver.speakers()).enumerated() {
                analysis.quotes.append(Quote(id: "\(id)-q\(n + 1)", text: quote.text, speaker: speaker, partial: quote.partial,
                                             article: id, paragraph: text.units[quote.startUnit].paragraph))
            }
            for (n, found) in QuantityFinder.quantities(in: text).enumerated() {
                analysis.quantities.append(Quantity(id: "\(id)-n\(n + 1)", value: found.value, unit: found.unit, noun: found.noun,
                                                    text: found.text, sentence: found.sentence, article: id,
                                                    paragraph: text.units[found.unitIndex].paragraph))
            }
            for (n, found) in DateFinder.dates(in: text).enumerated() {
                analysis.timeline.append(TimelineEvent(id: "\(id)-t\(n + 1)", date: found.date, precision: found.precision,
                                                       summary: found.summary, article: id,
                                                       paragraph: text.units[found.unitIndex].paragraph))
            }
        }
        analysis.keyPoints = KeyPointRanker.keyPoints(for: texts)
        analysis.corroborations = Corroborator.corroborations(articles: articles, quotes: analysis.quotes,
                                                              quantities: analysis.quantities, entities: analysis.entities)
        return analysis
    }
}
