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

enum Analyzer {
    static func analyze(_ articles: [Article]) -> PacketAnalysis {
        PacketAnalysis()
    }
}
