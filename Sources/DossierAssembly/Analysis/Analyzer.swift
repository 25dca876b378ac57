import DossierCore

/// Everything the analysis finds across a packet's articles.
struct PacketAnalysis {
    var entities: [Entity] = []
    var quotes: [Quote] = []
    var quantities: [Quantity] = []
    var timeline: [TimelineEvent] = []
    var keyPoints: [KeyPoint] = []
    var synopsis: [SynopsisSentence] = []
    var stories: [Story] = []
    var corroborations: [Corroboration] = []
}

/// The quotes, quantities and dates of one article.
typealias ArticleFindings = (quotes: [Quote], quantities: [Quantity], timeline: [TimelineEvent])

/// Runs every analysis over a packet's articles. Each finding carries its article and paragraph ID and
/// a stable ID: `a1-q1` (quotes), `a1-n1` (quantities), `a1-t1` (timeline), `a1-k1` and `k1` (key points),
/// `e-<name>` (entities), `c1` (corroborations). Every step is linear in the text; the work of each
/// article alone runs on all cores and is merged in article order, so the output does not depend on timing.
///
/// Three passes, because names are resolved across the packet (surnames, acronyms, the words it writes in
/// lower case) before any speaker can be: the vocabulary, the names, then the findings. Each reads the
/// articles' ``PreparedTexts``.
enum Analyzer {
    /// `heldTextLimit`: how much of the packet's text keeps its prepared form between the passes
    /// (see ``PreparedTexts``); it changes the time and memory taken, never the analysis.
    static func analyze(_ articles: [Article], declaredStories: [DeclaredStory]? = nil,
                        heldTextLimit: Int = PreparedTexts.defaultHeldTextLimit) -> PacketAnalysis {
        let (found, sentences) = readPasses(articles, heldTextLimit: heldTextLimit)
        var analysis = found
        let grouping = StoryGrouper.group(articleVectors: sentences.map { StoryGrouper.articleVector($0.map(\.vector)) },
                                          entitySets: entitySets(found.entities, articles: articles), declared: declaredStories)
        let storyOfArticle = grouping.storyOfArticle(count: articles.count)
        // Key points and corroborations do not depend on each other: they run side by side.
        let late = [LateStep.keyPoints, .corroborations].concurrentMap { step -> LateResult in
            switch step {
            case .keyPoints:
                .keyPoints(KeyPointRanker.select(sentences: sentences, articleIDs: articles.map(\.id), storyOfArticle: storyOfArticle))
            case .corroborations:
                .corroborations(Corroborator.corroborations(articles: articles, quotes: found.quotes,
                                                            quantities: found.quantities, entities: found.entities))
            }
        }
        for result in late {
            switch result {
            case .keyPoints(let selection):
                analysis.keyPoints = selection.keyPoints
                analysis.synopsis = selection.synopsis
            case .corroborations(let corroborations):
                analysis.corroborations = StoryGrouper.independent(corroborations, grouping: grouping, articleIDs: articles.map(\.id))
            }
        }
        analysis.stories = StoryGrouper.stories(grouping, articles: articles, keyPoints: analysis.keyPoints)
        analysis.markStories()
        return analysis
    }

    /// The entities each article names.
    private static func entitySets(_ entities: [Entity], articles: [Article]) -> [Set<String>] {
        let indexOfArticle = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        var sets = Array(repeating: Set<String>(), count: articles.count)
        for entity in entities {
            for mention in entity.mentions {
                if let a = indexOfArticle[mention.article] { sets[a].insert(entity.id) }
            }
        }
        return sets
    }

    private enum LateStep { case keyPoints, corroborations }
    private enum LateResult { case keyPoints(KeyPointRanker.Selection), corroborations([Corroboration]) }

    /// The three passes over the prepared text: the entities, quotes, quantities and timeline of the packet,
    /// and each article's key point sentences, weighed. Each step hands on only what the next needs, so the
    /// prepared text, the per-article findings and the key point candidates are let go here, before the
    /// packet-wide steps allocate their own.
    private static func readPasses(_ articles: [Article], heldTextLimit: Int)
        -> (found: PacketAnalysis, keyPointSentences: [[KeyPointRanker.Sentence]]) {
        let (entities, perArticle) = findingsPerArticle(articles, heldTextLimit: heldTextLimit)
        var found = PacketAnalysis(entities: entities.entities)
        // Exact sizes: grown by appending, the arrays would copy themselves and keep up to twice the room.
        found.quotes.reserveCapacity(perArticle.reduce(0) { $0 + $1.findings.quotes.count })
        found.quantities.reserveCapacity(perArticle.reduce(0) { $0 + $1.findings.quantities.count })
        found.timeline.reserveCapacity(perArticle.reduce(0) { $0 + $1.findings.timeline.count })
        for (finding, _) in perArticle {
            found.quotes += finding.quotes
            found.quantities += finding.quantities
            found.timeline += finding.timeline
        }
        return (found, KeyPointRanker.sentences(from: perArticle.map(\.keyPointCandidates)))
    }

    private static func findingsPerArticle(_ articles: [Article], heldTextLimit: Int)
        -> (entities: EntityResult, perArticle: [(findings: ArticleFindings, keyPointCandidates: KeyPointRanker.ArticleCandidates)]) {
        let texts = PreparedTexts(articles, heldTextLimit: heldTextLimit)
        let entities = resolveEntities(in: texts, articleIDs: articles.map(\.id))
        let kinds = Dictionary(uniqueKeysWithValues: entities.entities.map { ($0.id, $0.kind) })
        let perArticle = Array(articles.indices).concurrentMap { a in
            let text = texts[a]
            return (findings: findings(in: text, mentions: entities.mentions[a], titles: entities.titles, kinds: kinds),
                    keyPointCandidates: KeyPointRanker.candidates(in: text, article: a))
        }
        return (entities, perArticle)
    }

    /// The packet's entities and each article's mentions.
    private static func resolveEntities(in texts: PreparedTexts, articleIDs: [String]) -> EntityResult {
        let candidates = Array(articleIDs.indices).concurrentMap { a in
            NameFinder(text: texts[a], vocabulary: texts.lowercaseVocabulary).candidates()
        }
        return EntityRegistry.resolve(articleIDs: articleIDs, candidates: candidates)
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
                     text: found.text, sentence: found.sentence, context: found.context, article: id, paragraph: text.units[found.unitIndex].paragraph)
        }
        let timeline = DateFinder.dates(in: text).enumerated().map { n, found in
            TimelineEvent(id: "\(id)-t\(n + 1)", date: found.date, precision: found.precision, summary: found.summary,
                          article: id, paragraph: text.units[found.unitIndex].paragraph)
        }
        return (quotes, quantities, timeline)
    }
}
