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

/// The quotes, quantities and dates of one article.
typealias ArticleFindings = (quotes: [Quote], quantities: [Quantity], timeline: [TimelineEvent])

/// Runs every analysis over a packet's articles. Each finding carries its article and paragraph ID and
/// a stable ID: `a1-q1` (quotes), `a1-n1` (quantities), `a1-t1` (timeline), `a1-k1` and `k1` (key points),
/// `e-<name>` (entities), `c1` (corroborations). Every step is linear in the text; the work of each
/// article alone runs on all cores and is merged in article order, so the output does not depend on timing.
enum Analyzer {
    static func analyze(_ articles: [Article]) -> PacketAnalysis {
        var texts = articles.concurrentMap(ArticleText.init)
        let entities = resolveEntities(in: texts)
        let kinds = Dictionary(uniqueKeysWithValues: entities.entities.map { ($0.id, $0.kind) })

        var analysis = PacketAnalysis(entities: entities.entities)
        let perArticle = perArticleWork(texts, entities: entities, kinds: kinds)
        // The tokens are most of the analysis' memory, and nothing after this point reads them.
        texts = []
        for (finding, _) in perArticle {
            analysis.quotes += finding.quotes
            analysis.quantities += finding.quantities
            analysis.timeline += finding.timeline
        }
        analysis.keyPoints = KeyPointRanker.keyPoints(candidates: perArticle.map(\.keyPointCandidates), articleIDs: articles.map(\.id))
        analysis.corroborations = Corroborator.corroborations(articles: articles, quotes: analysis.quotes,
                                                              quantities: analysis.quantities, entities: analysis.entities)
        return analysis
    }

    /// What each article yields once its entities are known: its findings and its key point candidates.
    private static func perArticleWork(_ texts: [ArticleText], entities: EntityResult, kinds: [String: EntityKind])
        -> [(findings: ArticleFindings, keyPointCandidates: [KeyPointRanker.Candidate])] {
        Array(texts.indices).concurrentMap { a in
            (findings(in: texts[a], mentions: entities.mentions[a], titles: entities.titles, kinds: kinds),
             KeyPointRanker.candidates(in: texts[a], article: a))
        }
    }

    /// The packet's entities and each article's mentions. The vocabulary and the name candidates it takes
    /// live only in here.
    private static func resolveEntities(in texts: [ArticleText]) -> EntityResult {
        let vocabulary = lowercaseVocabulary(of: texts)
        let candidates = texts.concurrentMap { NameFinder(text: $0, vocabulary: vocabulary).candidates() }
        return EntityRegistry.resolve(texts, candidates: candidates)
    }

    /// Every word the packet writes in lower case; each article's words are gathered on all cores.
    private static func lowercaseVocabulary(of texts: [ArticleText]) -> Set<String> {
        let perArticle = texts.concurrentMap { text in
            var words: Set<String> = []
            for unit in text.units {
                for token in unit.tokens where token.isLowercaseWord { words.insert(token.lower) }
            }
            return words
        }
        return perArticle.reduce(into: []) { $0.formUnion($1) }
    }

    /// The quotes, quantities and dates of one article.
    private static func findings(in text: ArticleText, mentions: [ResolvedMention], titles: [String: [String]],
                                 kinds: [String: EntityKind]) -> ArticleFindings {
        let id = text.article.id
        var resolver = SpeakerResolver(text: text, mentions: mentions, titles: titles, kinds: kinds)
        let quotes = zip(text.quotes.quotes, resolver.speakers()).enumerated().map { n, pair in
            let (quote, speaker) = pair
            return Quote(id: "\(id)-q\(n + 1)", text: quote.text, speaker: speaker, partial: quote.partial,
                         article: id, paragraph: text.units[quote.startUnit].paragraph)
        }
        let quantities = QuantityFinder.quantities(in: text).enumerated().map { n, found in
            Quantity(id: "\(id)-n\(n + 1)", value: found.value, unit: found.unit, noun: found.noun,
                     text: found.text, sentence: found.sentence, article: id, paragraph: text.units[found.unitIndex].paragraph)
        }
        let timeline = DateFinder.dates(in: text).enumerated().map { n, found in
            TimelineEvent(id: "\(id)-t\(n + 1)", date: found.date, precision: found.precision, summary: found.summary,
                          article: id, paragraph: text.units[found.unitIndex].paragraph)
        }
        return (quotes, quantities, timeline)
    }
}
