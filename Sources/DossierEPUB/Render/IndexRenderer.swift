import DossierCore
import DossierXHTML
import Foundation

/// The index of entities, by letter, with a link to every paragraph that names them, each link
/// labelled by its article's title and paragraph number. A letter bar leads to each letter; an index
/// larger than the chapter size limit continues on further files, at letter or, for a very long
/// letter, at entry boundaries, so that no file grows past the limit e-readers cope with.
struct IndexRenderer {
    struct Page {
        let file: String
        /// What the page covers, for the contents: "A–F".
        let span: String
        let writer: XHTMLWriter
    }

    /// The entries of one letter, rendered, with the entities they hold.
    private struct Chunk {
        let letter: String
        let continued: Bool
        var writer = XHTMLWriter()
        var entities: [String] = []
    }

    let plan: BookPlan
    let anchors: Anchors
    let maximumBytes: Int

    static let firstFile = BookPlan.File.index

    /// The pages, and the file each entity's entry is on (for links from the overview).
    func render() -> (pages: [Page], entityFiles: [String: String]) {
        let chunks = chunks()
        guard !chunks.isEmpty else {
            var writer = opening(title: "Index")
            writer.elementLine("p", text: "The analysis found no people, organisations or places in these articles.")
            return ([Page(file: Self.firstFile, span: "", writer: closing(writer))], [:])
        }
        let pages = paginate(chunks)
        var letterFiles: [String: String] = [:]
        var entityFiles: [String: String] = [:]
        for (number, page) in pages.enumerated() {
            for chunk in page {
                if letterFiles[chunk.letter] == nil { letterFiles[chunk.letter] = Self.file(number) }
                for entity in chunk.entities { entityFiles[entity] = Self.file(number) }
            }
        }
        let letters = chunks.map(\.letter).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        let rendered = pages.enumerated().map { number, chunks in
            let span = Self.span(chunks)
            var writer = opening(title: pages.count == 1 ? "Index" : "Index, \(span)")
            writeLetterBar(letters, files: letterFiles, to: &writer)
            for chunk in chunks { writer.append(contentsOf: chunk.writer) }
            return Page(file: Self.file(number), span: span, writer: closing(writer))
        }
        return (rendered, entityFiles)
    }

    static func file(_ page: Int) -> String {
        page == 0 ? firstFile : "index-\(page + 1).xhtml"
    }

    private static func span(_ chunks: [Chunk]) -> String {
        guard let first = chunks.first?.letter, let last = chunks.last?.letter else { return "" }
        return first == last ? first : "\(first)–\(last)"
    }

    /// Sorted entries grouped by letter, a letter cut into several chunks where one would not fit a page.
    private func chunks() -> [Chunk] {
        let entities = plan.packet.entities.enumerated()
            .sorted { ($0.element.name.lowercased(), $0.offset) < ($1.element.name.lowercased(), $1.offset) }
            .map(\.element)
        let budget = max(maximumBytes - pageOverhead, 1)
        var chunks: [Chunk] = []
        for entity in entities {
            let letter = Self.letter(of: entity.name)
            var entry = XHTMLWriter()
            writeEntry(entity, to: &entry)
            if chunks.last?.letter != letter || chunks[chunks.count - 1].writer.count + entry.count > budget {
                let continued = chunks.last?.letter == letter
                var chunk = Chunk(letter: letter, continued: continued)
                chunk.writer.start("section", continued ? [] : [("id", Self.letterID(letter))])
                chunk.writer.raw("\n")
                chunk.writer.elementLine("h2", text: continued ? "\(letter) (continued)" : letter)
                chunk.writer.raw("<ul class=\"index\">\n")
                chunks.append(chunk)
            }
            chunks[chunks.count - 1].writer.append(contentsOf: entry)
            chunks[chunks.count - 1].entities.append(entity.id)
        }
        for index in chunks.indices { chunks[index].writer.raw("</ul>\n</section>\n") }
        return chunks
    }

    /// Chunks in order, as many on a page as fit.
    private func paginate(_ chunks: [Chunk]) -> [[Chunk]] {
        var pages: [[Chunk]] = [[]]
        var size = pageOverhead
        for chunk in chunks {
            if !pages[pages.count - 1].isEmpty, size + chunk.writer.count > maximumBytes {
                pages.append([])
                size = pageOverhead
            }
            pages[pages.count - 1].append(chunk)
            size += chunk.writer.count
        }
        return pages
    }

    /// The document head, the heading and a letter bar of up to 27 links, with room to spare.
    private var pageOverhead: Int { 4_000 }

    /// `A`…`Z` for names that start with a Latin letter (accents folded), else `#`.
    static func letter(of name: String) -> String {
        guard let first = name.first else { return "#" }
        let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        return folded.count == 1 && ("A"..."Z").contains(folded) ? folded : "#"
    }

    static func letterID(_ letter: String) -> String {
        letter == "#" ? "letter-other" : "letter-\(letter)"
    }

    private func opening(title: String) -> XHTMLWriter {
        var writer = plan.document(title: title)
        writer.raw("<section epub:type=\"index\">\n")
        writer.elementLine("h1", text: title)
        return writer
    }

    private func closing(_ writer: XHTMLWriter) -> XHTMLWriter {
        var writer = writer
        writer.raw("</section>\n")
        writer.endDocument()
        return writer
    }

    private func writeLetterBar(_ letters: [String], files: [String: String], to writer: inout XHTMLWriter) {
        writer.raw("<nav class=\"letters\" aria-label=\"Letters\"><p>")
        for (position, letter) in letters.enumerated() {
            if position > 0 { writer.raw(" ") }
            writer.element("a", [("href", "\(files[letter] ?? Self.firstFile)#\(Self.letterID(letter))")], text: letter)
        }
        writer.raw("</p></nav>\n")
    }

    /// `France (place; also Paris): Mali accuses France…, ¶1; …, ¶4 ×2`, each paragraph linked once.
    private func writeEntry(_ entity: Entity, to writer: inout XHTMLWriter) {
        writer.origin = TextOrigin()
        writer.start("li", [("id", plan.entityAnchors[entity.id])])
        writer.element("span", [("class", "entry")], text: entity.name)
        let aliases = entity.aliases.isEmpty ? "" : "; also " + entity.aliases.joined(separator: ", ")
        writer.text(" (\(entity.kind.rawValue)\(aliases)):")
        var paragraphs: [Provenance] = []
        var counts: [Provenance: Int] = [:]
        for mention in entity.mentions {
            let provenance = Provenance(article: mention.article, paragraph: mention.paragraph)
            if counts[provenance] == nil { paragraphs.append(provenance) }
            counts[provenance, default: 0] += 1
        }
        anchors.writeCitations(paragraphs, into: &writer, separator: "; ", label: plan.readableLabel) {
            counts[$0].flatMap { $0 > 1 ? "×\($0)" : nil }
        }
        writer.raw("</li>\n")
    }
}
