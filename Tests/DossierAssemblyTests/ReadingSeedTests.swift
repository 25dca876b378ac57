import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// The two seed articles against the structure in the hand-made gold (`shared/gold/seeds.json`): the checks
/// the scorer makes (title or inferred title, byline, credit, no boilerplate left in the body, paragraph count).
@Suite struct ReadingSeedTests {
    @Test func maliArticleHasItsTitleLineAndLosesTheCookieBanner() throws {
        let article = try ArticleReader.read(path: ReadingFiles.seed("mali-wagner-france.txt")).article
        #expect(article.title == "Mali accuses France of neglect, approaches ‘Russian private companies’")
        #expect(!article.titleInferred)
        #expect(article.byline == nil)
        #expect(article.credit == nil)
        #expect(article.paragraphs.count == 25)
        #expect(article.body.count == 25)
        let banner = "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More"
        #expect(!article.paragraphs.contains { $0.text == banner })
        #expect(article.removedOutline == [
            "1 [title] Mali accuses France of neglect, approaches ‘Russian private companies’",
            "55 [cookie-banner] \(banner)",
        ])
    }

    @Test func lavrovArticleHasAnInferredTitleAndItsAuthorLinesRemoved() throws {
        let article = try ArticleReader.read(path: ReadingFiles.seed("lavrov-un-briefing.txt")).article
        #expect(article.titleInferred)
        #expect(article.title.hasPrefix("As external support was diminished"))
        #expect(article.byline == "Rodney N.")
        #expect(article.credit == "Reporting provided by Johnny Hallam of CNN in Atlanta.")
        #expect(article.tags == ["armed forces"])
        #expect(article.body.count == 12)
        #expect(article.paragraphs.last?.text == "Mali’s transitional government did not respond to a request for comment.")
        for boilerplate in ["Tags : armed forces", "Rodney N.", "The author Rodney N.", "Reporting provided by Johnny Hallam of CNN in Atlanta."] {
            #expect(!article.paragraphs.contains { $0.text == boilerplate })
        }
        #expect(article.removedOutline == [
            "25 [credit-line] Reporting provided by Johnny Hallam of CNN in Atlanta.",
            "27 [tag-line] Tags : armed forces",
            "28 [byline] Rodney N.",
            "30 [author-box] The author Rodney N.",
        ])
    }
}
