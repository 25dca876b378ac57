import DossierCore
import DossierXHTML

/// Renders the book file by file and adds each file to the archive as soon as it is rendered, so the
/// book is held once (by libzip, until it compresses it) and never twice.
///
/// Chapters are written before the overview and the appendices because those link to the exact
/// file that holds each paragraph, which is known only once long chapters are split. Entry order in
/// the zip is fixed either way; the reading order is the spine's.
struct BookWriter {
    private typealias File = BookPlan.File
    private static let xhtml = "application/xhtml+xml"

    let plan: BookPlan
    let maximumChapterBytes: Int
    private var fileNames = UniqueNames(reserving: ["css", "cover-image", "cover", "title-page", "nav", "overview",
                                                    "sources", "index", "ncx", "pub-id", "creator"])
    private var anchors = Anchors()
    private var notes: [Diagnostic] = []
    private var removedCharacters: [TextOrigin: Int] = [:]

    init(plan: BookPlan, maximumChapterBytes: Int) {
        self.plan = plan
        self.maximumChapterBytes = maximumChapterBytes
    }

    /// Writes every entry and returns what the book could not show as the packet has it.
    mutating func write(to archive: ZipArchive) throws(EPUBError) -> [Diagnostic] {
        try archive.add("mimetype", Array("application/epub+zip".utf8), compression: .store)
        try archive.add("META-INF/container.xml", Array(PackageRenderer.container.utf8))
        try archive.add("\(BookPlan.folder)/\(File.stylesheet)", Array(Stylesheet.css.utf8))
        let front = FrontMatterRenderer(plan: plan)
        try add(front.renderCoverImage(), as: File.coverImage, to: archive)
        try add(front.renderCoverPage(), as: File.cover, to: archive)
        try add(front.renderTitlePage(), as: File.titlePage, to: archive)

        // First files are named before any chapter is rendered, so that each can link to its neighbours.
        let firstFiles = plan.packet.articles.map { fileNames.claim("article-\($0.id)") }
        var chapterItems: [ManifestItem] = []
        var articleEntries: [ContentsEntry] = []
        for (index, (article, parts)) in renderedChapters(firstFiles: firstFiles).enumerated() {
            for (offset, part) in parts.enumerated() {
                let id = offset == 0 ? firstFiles[index] : fileNames.claim("article-\(article.id)-part\(offset + 1)")
                let file = id + ".xhtml"
                anchors.recordArticle(article.id, file: file)
                for anchor in part.anchors {
                    anchors.record(Provenance(article: article.id, paragraph: anchor.block), file: file, fragment: anchor.fragment)
                }
                try add(part.writer, as: file, to: archive)
                chapterItems.append(ManifestItem(id: id, href: file, mediaType: Self.xhtml, inSpine: true))
                if offset == 0 { articleEntries.append(ContentsEntry(title: BookPlan.title(of: article), href: file)) }
            }
        }

        // The index decides which of its files holds each entry, which the overview links to.
        let index = IndexRenderer(plan: plan, anchors: anchors, maximumBytes: maximumChapterBytes).render()
        anchors.entityFiles = index.entityFiles
        for page in index.pages { try add(page.writer, as: page.file, to: archive) }

        // The overview and the sources only read the plan and the anchors: they are rendered side by side.
        let (plan, anchors) = (plan, anchors)
        let linkedFiles: [(file: String, render: @Sendable () -> XHTMLWriter)] = [
            (File.overview, { OverviewRenderer(plan: plan, anchors: anchors).render() }),
            (File.sources, { AppendixRenderer(plan: plan, anchors: anchors).renderSources() }),
        ]
        for (file, writer) in zip(linkedFiles.map(\.file), linkedFiles.map(\.render).concurrentMap { $0() }) {
            try add(writer, as: file, to: archive)
        }

        let navigation = NavigationRenderer(plan: plan, contents: contents(articles: articleEntries, index: index.pages), landmarks: [
            ("cover", File.cover, "Cover"),
            ("titlepage", File.titlePage, "Title page"),
            ("toc", "\(File.navigation)#toc", "Contents"),
            ("bodymatter", File.overview, "Overview"),
            ("bibliography", File.sources, "Sources"),
            ("index", File.index, "Index"),
        ])
        try add(navigation.renderNavigation(), as: File.navigation, to: archive)
        try add(navigation.renderNCX(), as: File.ncx, to: archive)

        let items = [
            ManifestItem(id: "cover", href: File.cover, mediaType: Self.xhtml, inSpine: true),
            ManifestItem(id: "title-page", href: File.titlePage, mediaType: Self.xhtml, inSpine: true),
            ManifestItem(id: "nav", href: File.navigation, mediaType: Self.xhtml, properties: "nav", inSpine: true),
            ManifestItem(id: "overview", href: File.overview, mediaType: Self.xhtml, inSpine: true),
        ] + chapterItems + [
            ManifestItem(id: "sources", href: File.sources, mediaType: Self.xhtml, inSpine: true),
        ] + index.pages.enumerated().map { number, page in
            ManifestItem(id: number == 0 ? "index" : "index-\(number + 1)", href: page.file, mediaType: Self.xhtml, inSpine: true)
        } + [
            ManifestItem(id: "cover-image", href: File.coverImage, mediaType: "image/svg+xml", properties: "cover-image", inSpine: false),
            ManifestItem(id: "css", href: File.stylesheet, mediaType: "text/css", inSpine: false),
            ManifestItem(id: "ncx", href: File.ncx, mediaType: "application/x-dtbncx+xml", inSpine: false),
        ]
        try add(PackageRenderer(plan: plan, items: items).render(), as: File.package, to: archive)
        return notes + removedCharacterDiagnostics
    }

    /// Every article's chapter parts, in article order. Chapters are rendered on all cores a batch at a
    /// time, so that at most a batch of rendered chapters waits to be handed to the archive.
    private func renderedChapters(firstFiles: [String]) -> some Sequence<(Article, [ChapterRenderer.Part])> {
        let (plan, maximumBytes, articles) = (plan, maximumChapterBytes, plan.packet.articles)
        return stride(from: 0, to: articles.count, by: Self.renderBatch).lazy.flatMap { start in
            let batch = Array(start..<min(start + Self.renderBatch, articles.count))
            let parts = batch.concurrentMap { index in
                let neighbours = ChapterRenderer.Neighbours(
                    previous: index > 0 ? firstFiles[index - 1] + ".xhtml" : File.overview,
                    next: index + 1 < firstFiles.count ? firstFiles[index + 1] + ".xhtml" : File.sources)
                return ChapterRenderer(plan: plan, article: articles[index], maximumBytes: maximumBytes, neighbours: neighbours).render()
            }
            return zip(batch.map { articles[$0] }, parts)
        }
    }

    private static let renderBatch = 64

    private func contents(articles: [ContentsEntry], index: [IndexRenderer.Page]) -> [ContentsEntry] {
        var contents = [
            ContentsEntry(title: "Title page", href: File.titlePage),
            ContentsEntry(title: "Overview", href: File.overview),
        ]
        if let first = articles.first {
            contents.append(ContentsEntry(title: "Articles", href: first.href, children: articles, isSection: true))
        }
        contents.append(ContentsEntry(title: "Appendices", href: File.sources, children: [
            ContentsEntry(title: "Sources", href: File.sources),
            ContentsEntry(title: "Index", href: File.index,
                          children: index.count > 1 ? index.map { ContentsEntry(title: $0.span, href: $0.file) } : []),
        ], isSection: true))
        return contents
    }

    private mutating func add(_ writer: XHTMLWriter, as file: String, to archive: ZipArchive) throws(EPUBError) {
        try archive.add("\(BookPlan.folder)/\(file)", writer.bytes)
        notes += writer.notes
        // The same text can be written twice (a title in its chapter and in the contents): count it once.
        for (origin, count) in writer.removedCharacters {
            removedCharacters[origin] = max(removedCharacters[origin] ?? 0, count)
        }
    }

    private var removedCharacterDiagnostics: [Diagnostic] {
        removedCharacters.sorted { $0.key < $1.key }.map { origin, count in
            let place = origin.paragraph ?? origin.article.map { "article \($0)" } ?? "the packet's title or analysis"
            return Diagnostic(.warning, code: "epub-control-characters",
                              "removed \(Wording.count(count, "control character")) that XHTML cannot hold from \(place)",
                              file: origin.article.flatMap { plan.articlesByID[$0]?.source },
                              article: origin.article, paragraph: origin.paragraph)
        }
    }
}
