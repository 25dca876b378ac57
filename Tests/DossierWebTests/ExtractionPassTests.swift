import DossierCore
import Foundation
import Testing
@testable import DossierWeb

/// Each extraction pass alone, on a page made for it.
@Suite struct ExtractionPassTests {
    @Test func prepareDropsScriptsAndTurnsDoubleBreaksIntoParagraphs() {
        let tree = WebFixtures.tree(html: "<body><script>var x = 1;</script><style>p{}</style><div>First part<br><br>second part<br>same paragraph</div></body>")
        #expect(WebFixtures.elements(tree, .script).isEmpty && WebFixtures.elements(tree, .style).isEmpty)
        let paragraphs = WebFixtures.elements(tree, .p)
        #expect(paragraphs.count == 1)
        #expect(tree.innerText(of: paragraphs[0]) == "second partsame paragraph")
    }

    @Test func cleanRemovesPageFurnitureWithReasonsAndLines() {
        let html = """
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="cookie-notice">We use cookies on this site.</div>
        <div id="comments">A reader wrote something here.</div>
        <div class="related-links">Other stories you may like</div>
        <div style="display: none">Hidden text</div>
        <div class="article-body"><p>Kept paragraph.</p></div>
        </body>
        """
        var work = Workspace(tree: WebFixtures.tree(html: html), flags: .all, title: "", wantsByline: false)
        CleanPass.run(&work)
        #expect(work.removed.map(\.reason) == [.navigation, .cookieBanner, .comments, .relatedStory])
        #expect(work.removed.map(\.line) == [2, 3, 4, 5])
        #expect(work.tree.innerText(of: work.tree.root) == "Kept paragraph.")
    }

    @Test func cleanTakesTheVisibleBylineWhenMetadataHasNone() {
        let html = "<body><p class=\"byline\">By <span itemprop=\"name\">Ada Lind</span></p><p>Body text.</p></body>"
        var work = Workspace(tree: WebFixtures.tree(html: html), flags: .all, title: "", wantsByline: true)
        CleanPass.run(&work)
        #expect(work.byline == "Ada Lind")
        #expect(work.removed.map(\.reason) == [.byline])
    }

    @Test func cleanReadsADivOfTextAsAParagraph() {
        var work = Workspace(tree: WebFixtures.tree(html: "<body><div id=\"x\">Just text in a div, no blocks inside it.</div></body>"), flags: .all, title: "", wantsByline: false)
        CleanPass.run(&work)
        let paragraphs = WebFixtures.elements(work.tree, .p)
        #expect(paragraphs.count == 1 && WebFixtures.elements(work.tree, .div).isEmpty)
        #expect(work.toScore == paragraphs)
    }

    static let twoColumns = """
    <body>
    <div id="story"><p>The council voted on Tuesday, after a long debate, to keep the library open, funding it for three more years.</p>
    <p>Supporters, who had gathered outside, cheered the decision, and the head librarian thanked them, saying the campaign had mattered.</p></div>
    <div id="linkbox"><p><a href="/1">A list of links to other pages on the same site</a></p></div>
    </body>
    """

    @Test func scoreGivesProseMoreThanLinks() {
        var work = Workspace(tree: WebFixtures.tree(html: Self.twoColumns), flags: .all, title: "", wantsByline: false)
        CleanPass.run(&work)
        _ = ScorePass.run(&work)
        let story = WebFixtures.element(work.tree, id: "story"), linkbox = WebFixtures.element(work.tree, id: "linkbox")
        #expect(work.scores[story]! > 10)
        #expect((work.scores[linkbox] ?? 0) < 1)
    }

    @Test func pickChoosesTheBestScoredBlock() {
        var work = Workspace(tree: WebFixtures.tree(html: Self.twoColumns), flags: .all, title: "", wantsByline: false)
        CleanPass.run(&work)
        let candidates = ScorePass.run(&work)
        #expect(PickPass.run(candidates, &work) == WebFixtures.element(work.tree, id: "story"))
    }

    @Test func siblingsJoinTheLeadButNotTheLinks() {
        let html = """
        <body><div>
        <p id="lead">A lead paragraph set apart from the story, long enough to be part of the article it introduces.</p>
        <div id="story"><p>The council voted on Tuesday, after a long debate, to keep the library open, funding it for three years.</p></div>
        <p id="links"><a href="/a">Another story somewhere else on this site, linked here</a></p>
        </div></body>
        """
        var work = Workspace(tree: WebFixtures.tree(html: html), flags: .all, title: "", wantsByline: false)
        let story = WebFixtures.element(work.tree, id: "story")
        work.scores[story] = 20
        let container = SiblingPass.run(best: story, &work)
        #expect(work.tree.elementChildren(of: container).map { work.tree.attribute("id", of: $0) } == ["lead", "story"])
    }

    @Test func tidyDropsFormsShareBarsAndLinkyBlocks() {
        let html = """
        <body><div id="article"><p>The first paragraph of the article, long enough to stay where it is in the text.</p>
        <form><input type="text"><button>Subscribe</button></form>
        <div class="share-bar"><a href="/s">Share</a></div>
        <div><a href="/1">Link one</a> <a href="/2">Link two</a> and a few words</div>
        <p>The last paragraph of the article, which also stays where it is.</p></div></body>
        """
        var work = Workspace(tree: WebFixtures.tree(html: html), flags: .all, title: "", wantsByline: false)
        let article = WebFixtures.element(work.tree, id: "article")
        TidyPass.run(article, &work)
        #expect(WhiteSpace.collapse(work.tree.textContent(of: article)) ==
                "The first paragraph of the article, long enough to stay where it is in the text. The last paragraph of the article, which also stays where it is.")
        #expect(work.removed.contains { $0.reason == .shareLine && $0.text == "Share" })
    }

    @Test func blocksKeepInlinesAndOnlyWebLinksLive() throws {
        let tree = WebFixtures.tree(html: String(decoding: try WebFixtures.bytes("pages/inline-markup.html"), as: UTF8.self))
        let (blocks, _) = BlockPass.blocks(of: tree.root, in: tree, baseURL: URL(string: "https://site.example/dir/page"))
        guard case .paragraph(let first) = blocks[0] else { Issue.record("not a paragraph"); return }
        #expect(first.content == [
            .text("Plain, "), .emphasis([.text("emphasised")]), .text(", "), .strong([.text("strong")]), .text(" and "),
            .code("code"), .text(" text, then a "), .link(text: [.text("web link")], url: "https://example.org/report"),
            .text(", a "), .link(text: [.text("relative link")], url: "https://site.example/dir/relative/page.html"),
            .text(", a script link and a data link."),
        ])
        guard case .paragraph(let second) = blocks[1] else { Issue.record("not a paragraph"); return }
        #expect(second.content.first == .text("Line one") && second.content[1] == .lineBreak)
    }

    @Test func blocksListCaptionsAsRemovedAndKeepStructure() {
        let html = "<body><h1>Top</h1><h3>Sub</h3><figure><img src=a.jpg><figcaption>A barge.</figcaption></figure><blockquote><p>Quoted.</p></blockquote><ol><li>One</li><li>Two</li></ol></body>"
        let tree = WebFixtures.tree(html: html)
        let (blocks, removed) = BlockPass.blocks(of: tree.root, in: tree, baseURL: nil)
        #expect(blocks == [
            .heading(Heading(id: "", level: 2, content: [.text("Top")])),
            .heading(Heading(id: "", level: 3, content: [.text("Sub")])),
            .blockQuote(Paragraph(id: "", text: "Quoted.")),
            .list(ListBlock(id: "", ordered: true, items: [[.text("One")], [.text("Two")]])),
        ])
        #expect(removed == [RemovedLine(line: 1, text: "A barge.", reason: .caption)])
    }
}
