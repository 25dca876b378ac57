import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// Front matter, and input that is empty, odd or hostile: read sensibly or refused with the file and reason.
@Suite struct ReadingInputTests {
    // MARK: Front matter

    @Test func frontMatterOverridesWhatIsInferred() throws {
        let text = """
            ---
            title: Given title
            author: [Jane Doe, John Smith, Ali Musa]
            outlet: Sahel Review
            tags: security, trade
            date: 2021-09-25
            ---
            By Someone Else

            BAMAKO, Mali (Reuters) - The talks opened on Monday.

            Tags: ignored
            """
        let article = try readArticle(text, path: "notes.txt")
        #expect(article.title == "Given title")
        #expect(!article.titleInferred)
        #expect(article.byline == "Jane Doe, John Smith and Ali Musa")
        #expect(article.outlet == "Sahel Review")
        #expect(article.dateline == "BAMAKO, Mali (Reuters)")
        #expect(article.tags == ["security", "trade"])
        #expect(article.date == PacketDate(year: 2021, month: 9, day: 25))
        #expect(article.outline == ["p: The talks opened on Monday."])
        #expect(article.removedOutline.first == "2 [front-matter] title: Given title")
        #expect(article.removedOutline.count == 7)
    }

    @Test func firstLineRepeatingTheFrontMatterTitleIsItsTitleLine() throws {
        let article = try readArticle("---\ntitle: Rains return\n---\n\nRains Return\n\nThe rains came late.\n\nThey were heavy.\n")
        #expect(article.title == "Rains return")
        #expect(article.outline == ["p: The rains came late.", "p: They were heavy."])
        #expect(article.removedOutline.last == "5 [title] Rains Return")
    }

    @Test func unknownFrontMatterKeyIsReported() throws {
        let reading = try ArticleReader.read(text: "---\ntitle: A\nsubtitle: B\n---\n\nThe text.\n", path: "in/a.md")
        #expect(reading.diagnostics.map(\.code) == ["front-matter-key"])
        #expect(reading.diagnostics.first?.file == "in/a.md")
        #expect(reading.diagnostics.first?.message.contains("'subtitle' on line 3") == true)
    }

    @Test(arguments: [
        ("---\ntitle: A\nauthor: [Jane\n---\nThe text.\n", 4),
        ("---\ntitle: A\nThe text.\n", 1),
        ("---\ntitle: A\ndate: someday\n---\nThe text.\n", 3),
        ("---\ntitle: [a, b]\n---\nThe text.\n", 2),
        ("---\ntitle: A\n  bad: indent\n---\nThe text.\n", 3),
    ])
    func invalidFrontMatterNamesFileAndLine(_ text: String, _ line: Int) throws {
        let error = try #require(throws: AssemblyError.self) { try ArticleReader.read(text: text, path: "in/bad.md") }
        guard case .invalidFrontMatter(let path, let reported, _) = error else {
            Issue.record("expected invalid front matter, got \(error)")
            return
        }
        #expect(path == "in/bad.md")
        #expect(reported == line)
        #expect(error.description.hasPrefix("in/bad.md:\(line): invalid front matter: "))
    }

    @Test func dashedFirstLineWithoutKeysIsNotFrontMatter() throws {
        let article = try readArticle("---\nRains return\n\nThe rains came late.\n")
        #expect(article.title == "Rains return")
        #expect(article.outline == ["p: The rains came late."])
    }

    // MARK: Bad input

    @Test(arguments: ["", "  \n\n\t\n", "\u{FEFF}"])
    func emptyArticleIsRefused(_ text: String) {
        #expect(throws: AssemblyError.emptyArticle(path: "empty.txt")) { try ArticleReader.read(text: text, path: "empty.txt") }
    }

    @Test func articleOfOnlyBoilerplateIsRefused() {
        let text = "Share this article\nAdvertisement\n\nTags: Mali\nThis website uses cookies. Accept\n"
        #expect(throws: AssemblyError.onlyBoilerplate(path: "junk.txt")) { try ArticleReader.read(text: text, path: "junk.txt") }
        #expect(throws: AssemblyError.onlyBoilerplate(path: "junk.md")) {
            try ArticleReader.read(text: "---\ntitle: Nothing\n---\n\n# Nothing\n", path: "junk.md")
        }
    }

    @Test func singleLineIsABodyWithAnInferredTitle() throws {
        let article = try readArticle("Rains return to the Sahel")
        #expect(article.titleInferred)
        #expect(article.title == "Rains return to the Sahel")
        #expect(article.outline == ["p: Rains return to the Sahel"])
    }

    @Test func controlCharactersAreRemovedAndReported() throws {
        let reading = try ArticleReader.read(text: "Rains return\n\nThe rains\u{07} came\u{1B} late.\n", path: "ctl.txt")
        #expect(reading.article.outline == ["p: The rains came late."])
        #expect(reading.diagnostics.map(\.code) == ["control-characters"])
    }

    @Test func unbalancedQuoteMarksDoNotLeakIntoTheTitle() throws {
        let article = try readArticle("“We will stay, the colonel said as the convoy left Gao.\n\n“And we will come back.\n")
        #expect(article.title == "We will stay, the colonel said as the convoy left Gao")
        #expect(article.paragraphs.count == 2)
    }

    @Test(.timeLimit(.minutes(2)), arguments: ["long.txt", "long.md"])
    func megabyteLineWithoutNewlineIsOneParagraph(_ name: String) throws {
        // Words with every kind of mark that could start a scan: quotes, emphasis, code, links, brackets.
        let words = ["Alpha", "beta,", "“gamma", "delta”", "*eps", "_zeta", "`eta", "[theta", "iota]", "(kappa", "lambda.", "mu"]
        func line(bytes: Int) -> String {
            var text = ""
            var index = 0
            while text.utf8.count < bytes {
                text += words[index % words.count] + " "
                index += 1
            }
            return text
        }
        let read = try readArticle(line(bytes: 1_000_000), path: name)
        #expect(read.body.count == 1)
        #expect(read.titleInferred)
        #expect(read.title.count <= TitleRules.longestTitle + 1)
        #expect(read.body[0].plainText.utf8.count > 900_000)
    }

    @Test func manyShortLinesWithoutBlankLinesAreManyParagraphs() throws {
        let text = "Title line\n\n" + String(repeating: "A short line of text.\n", count: 20_000)
        let article = try readArticle(text)
        #expect(article.title == "Title line")
        #expect(article.paragraphs.count == 20_000)
    }

    @Test func everyArticleGetsADateTheManifestsOrElseThePacketsMarkedAsSuch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Ferry service resumes\n\nThe ferry between the islands ran again after a week of storms kept every boat in port.\n"
        let listed = folder.appendingPathComponent("a.txt").path, unlisted = folder.appendingPathComponent("b.txt").path
        try text.write(toFile: listed, atomically: true, encoding: .utf8)
        try text.write(toFile: unlisted, atomically: true, encoding: .utf8)
        let packetDay = PacketDate(year: 2024, month: 6, day: 1)!
        let options = AssemblyOptions(date: packetDay, overrides: [listed: ArticleOverride(date: PacketDate(year: 2024, month: 3, day: 9))])
        let packet = try PacketAssembler(options: options).assemble([listed, unlisted])
        #expect(packet.articles.map { "\($0.date!) \($0.dateSource!.rawValue)" } == ["2024-03-09 manifest", "2024-06-01 packet-date"])
    }
}
