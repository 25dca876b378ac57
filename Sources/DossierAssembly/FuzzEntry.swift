import DossierCore
import Foundation

extension PacketAssembler {
    /// Assembles one article from raw bytes, as if read from a file at `path`: decoding, reading and the
    /// whole analysis, without touching the file system. For the fuzzer, which feeds millions of inputs.
    package func assemble(bytes: Data, path: String) throws(AssemblyError) -> Packet {
        let source = try SourceText.decode(bytes, path: path)
        var article = try ArticleParser(text: source.text, source: path).parse().article
        article.id = "a1"
        article.renumberBlocks()
        let analysis = Analyzer.analyze([article])
        return Packet(title: options.title ?? article.title, date: options.date, articles: [article],
                      entities: analysis.entities, quotes: analysis.quotes, quantities: analysis.quantities,
                      timeline: analysis.timeline, keyPoints: analysis.keyPoints, corroborations: analysis.corroborations)
    }
}
