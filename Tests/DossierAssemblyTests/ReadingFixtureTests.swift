import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// Whole articles written for these tests, one per convention, read from files as a build reads them.
@Suite struct ReadingFixtureTests {
    @Test func wireStoryWithDatelineCaptionsAndCreditBlock() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("wire-dateline.txt")).article
        #expect(article.title == "Niger junta extends curfew in capital after fuel protests")
        #expect(!article.titleInferred)
        #expect(article.byline == "Amina Okafor and Pierre Lemaire")
        #expect(article.dateline == "NIAMEY, Niger (Reuters)")
        #expect(article.outlet == "Reuters")
        #expect(article.credit == "(Additional reporting by Moussa Diallo in Niamey; Writing by Pierre Lemaire; Editing by Helen Marsh)")
        #expect(article.outline == [
            "p: Niger's military government extended a night curfew in the capital on Tuesday after a second day of protests over fuel prices, a spokesman said.",
            "p: \"The measure will stay in place until calm returns,\" spokesman Colonel Idrissa Kane told state television.",
            "p: About 2,000 people marched through the city centre on Monday, according to witnesses.",
            "p: The government raised the price of petrol by 15% last month, citing the cost of imports.",
        ])
        #expect(article.removedOutline == [
            "1 [title] Niger junta extends curfew in capital after fuel protests",
            "3 [byline] By Amina Okafor and Pierre Lemaire, Reuters",
            "9 [caption] 1 of 3. Protesters gather near the central market in Niamey, Niger, October 3, 2023. REUTERS/Staff",
            "13 [caption] FILE PHOTO: A fuel station in Niamey, Niger, September 12, 2023. REUTERS/Staff/File Photo",
            "17 [credit-line] (Additional reporting by Moussa Diallo in Niamey; Writing by Pierre Lemaire; Editing by Helen Marsh)",
        ])
    }

    @Test func broadcasterStoryWithoutTitleAndWithAuthorBox() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("broadcaster.txt")).article
        #expect(article.titleInferred)
        #expect(article.title == "Flooding along the Senegal River has forced more than 4,500 families from their homes")
        #expect(article.dateline == "(CNN)")
        #expect(article.outlet == "CNN")
        #expect(article.byline == "Omar Haddad")
        #expect(article.credit == nil)
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.first?.text.hasPrefix("Flooding along the Senegal River") == true)
        #expect(article.removedOutline == [
            "9 [share-line] Share this article",
            "11 [related-story] Related: Heavy rains hit the Sahel for a third year",
            "13 [author-box] Omar Haddad is a CNN correspondent based in Dakar who covers West Africa.",
        ])
    }

    @Test func magazineMarkdownWithFrontMatterSubheadsListsAndCaptions() throws {
        let reading = try ArticleReader.read(path: ReadingFiles.fixture("magazine.md"))
        let article = reading.article
        #expect(reading.diagnostics.isEmpty)
        #expect(article.title == "The Long Road to Timbuktu")
        #expect(!article.titleInferred)
        #expect(article.byline == "Claire Dubois")
        #expect(article.outlet == "Sahel Review")
        #expect(article.date == PacketDate(year: 2023, month: 5, day: 14))
        #expect(article.url == "https://example.org/timbuktu")
        #expect(article.tags == ["travel", "Mali", "history"])
        #expect(article.outline == [
            "p: The road north from Mopti is paved for the first forty kilometres, and then it simply stops.",
            "h2: A City of Manuscripts",
            "p: Scholars have copied texts here since the fourteenth century. The library's catalogue lists 12,000 of them.",
            "quote: \"Every family kept a chest of books,\" said the librarian, Ali Maiga. \"Some still do.\"",
            "p: What visitors notice first:",
            "ul: the mud mosques | the quiet sand streets",
            "ol: First, the heat. | Then, the silence.",
            "h2: THE ROAD BACK",
            "p: The return trip took three days, and nobody complained.",
        ])
        #expect(article.body.first == .paragraph(Paragraph(id: "", content: [
            .text("The road north from Mopti is "), .strong([.text("paved")]), .text(" for the first "),
            .emphasis([.text("forty")]), .text(" kilometres, and then it simply stops."),
        ])))
        #expect(article.paragraphs[1].content == [
            .text("Scholars have copied texts here since the fourteenth century. The "),
            .link(text: [.text("library's catalogue")], url: "https://example.org/library"),
            .text(" lists "), .code("12,000"), .text(" of them."),
        ])
        #expect(article.removedOutline == [
            "2 [front-matter] title: \"The Long Road to Timbuktu\"",
            "3 [front-matter] author: Claire Dubois",
            "4 [front-matter] date: 2023-05-14",
            "5 [front-matter] outlet: Sahel Review",
            "6 [front-matter] url: https://example.org/timbuktu",
            "7 [front-matter] tags: [travel, Mali, history]",
            "10 [title] # The Long Road to Timbuktu",
            "12 [caption] *Photo: A caravan crosses the dunes north of the city. (Photo by Jean Martin/AFP)*",
            "17 [caption] ![Camels at dusk](camels.jpg)",
            "18 [caption] *Camels rest outside the city walls at dusk.*",
            "36 [share-line] ADVERTISEMENT",
        ])
    }

    @Test func pageFurnitureIsRemovedAndHardWrappedParagraphsJoin() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("furniture.txt")).article
        #expect(article.title == "Sahel farmers turn to drought-tolerant millet")
        #expect(article.tags == ["agriculture", "climate", "Mali"])
        #expect(article.byline == nil)
        #expect(article.outline == [
            "p: Farmers across the Sahel are planting new varieties of millet that need less water, a shift that agronomists say could protect harvests as the rains grow less reliable.",
            "p: The seeds, bred at a research station near Niamey, ripen about two weeks earlier than traditional varieties.",
            "p: \"We lost half our crop two years ago,\" said Hawa Traore, who farms near Ségou. \"This year we planted early and it paid off.\"",
        ])
        #expect(article.removedOutline == [
            "1 [cookie-banner] We use cookies to personalise content and ads. By continuing to browse, you agree to our cookie policy.",
            "2 [cookie-banner] Accept all",
            "4 [title] Sahel farmers turn to drought-tolerant millet",
            "6 [share-line] Facebook Twitter WhatsApp Email",
            "12 [share-line] Sign up for our daily Africa newsletter",
            "17 [related-story] READ MORE: Why the Sahel's rainy season is getting shorter",
            "22 [caption] Photo: A farmer inspects millet near Ségou. (Photo by Issa Kone)",
            "23 [share-line] Advertisement",
            "25 [related-story] Related stories",
            "26 [related-story] Mali's cotton exports fall for second year",
            "27 [related-story] How solar pumps are changing dry-season farming",
            "29 [share-line] Follow us on Twitter @sahelnews",
            "30 [tag-line] Tags: agriculture, climate, Mali",
        ])
    }

    @Test func articleWithoutTitleGetsOneFromItsLeadAndALoneNameAsByline() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("no-title.txt")).article
        #expect(article.titleInferred)
        #expect(article.title == "Farmers in the Ségou region say the rains came three weeks late this year")
        #expect(article.byline == "Jean-Paul Mensah")
        #expect(article.paragraphs.count == 2)
        #expect(article.removedOutline == ["5 [byline] Jean-Paul Mensah"])
    }

    @Test func fileWithoutBlankLinesSplitsOneParagraphPerLine() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("no-blank-lines.txt")).article
        #expect(article.title == "Port of Dakar reopens after two-day strike")
        #expect(!article.titleInferred)
        #expect(article.credit == "Reporting by Aissatou Ba; Editing by Tom Reid")
        #expect(article.outline.map { String($0.prefix(40)) } == [
            "p: Dockworkers at the Port of Dakar retu",
            "p: The agreement raises night-shift pay ",
            "h2: WHAT COMES NEXT",
            "p: Shipping agents said it would take at",
            "p: \"We lost four days of work, but the d",
        ])
        #expect(article.removedOutline == [
            "1 [title] Port of Dakar reopens after two-day strike",
            "7 [credit-line] Reporting by Aissatou Ba; Editing by Tom Reid",
        ])
    }

    @Test func byteOrderMarkAndCRLFLineEndsReadLikeUnixText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("windows.txt")
        let text = "Harmattan dust closes Kano airport\r\n\r\nBy Sani Musa\r\n\r\nFlights were grounded in Kano on Monday as\r\nHarmattan dust cut visibility to 200 metres.\r\n\r\nTags: weather, aviation\r\n"
        try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: file)

        let reading = try ArticleReader.read(path: file.path)
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.article.title == "Harmattan dust closes Kano airport")
        #expect(reading.article.byline == "Sani Musa")
        #expect(reading.article.tags == ["weather", "aviation"])
        #expect(reading.article.outline == ["p: Flights were grounded in Kano on Monday as Harmattan dust cut visibility to 200 metres."])
        #expect(reading.article.removedOutline == [
            "1 [title] Harmattan dust closes Kano airport",
            "3 [byline] By Sani Musa",
            "8 [tag-line] Tags: weather, aviation",
        ])
    }

    @Test func liveBlogTimeStampsAndEmbeddedPostsLeaveTheEntries() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("live-blog.txt")).article
        #expect(article.title == "Ferry sinks off Lindholm island: rescue under way")
        #expect(article.outline == [
            "p: Coastguard boats have reached the upturned hull of the ferry, the harbour authority says.",
            "p: Divers are searching the lower deck, where about 40 passengers were seated when the vessel listed.",
            "p: \"We heard a bang and then the lights went out,\" one passenger told the local radio station.",
            "p: The ferry left the port of Vesterby at 14:20 with 212 people on board, the operator said.",
        ])
        #expect(article.removedOutline == [
            "1 [title] Ferry sinks off Lindholm island: rescue under way",
            "3 [timestamp] 16:06 GMT",
            "7 [timestamp] 15:40 GMT",
            "9 [embedded-post] Holger Brandt (@hbrandt_sea) reports heavy swell near the harbour mouth. pic.twitter.com/Ab12Cd34Ef",
            "11 [embedded-post] — Holger Brandt (@hbrandt_sea) March 14, 2024",
            "13 [timestamp] 15.12",
            "15 [timestamp] 14:55",
        ])
    }

    @Test func captionsCountersChartCreditsPromosBioAndPrintLineLeaveAPicturePage() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("picture-page.txt")).article
        #expect(article.byline == "Maya Lund")
        #expect(article.paragraphs.map { String($0.text.prefix(24)) } == [
            "Farmers on the southern ", "Officials said the regio", "The last comparable drou", "The board will publish n",
        ])
        #expect(article.removed.map(\.reason) == [
            .title, .caption, .caption, .caption, .caption, .caption, .caption, .relatedStory, .shareLine, .authorBox, .printLine,
        ])
        #expect(article.removed.map(\.line) == [1, 5, 7, 9, 13, 17, 19, 21, 23, 27, 29])
    }

    @Test func authorCardsNameEveryAuthorAndAContributedLineIsTheCredit() throws {
        let article = try ArticleReader.read(path: ReadingFiles.fixture("cards.txt")).article
        #expect(article.byline == "Ana Ruiz, Tom Berg")
        #expect(article.credit == "Lena Koch and Mark Hale contributed.")
        #expect(article.paragraphs.count == 2)
        #expect(article.removed.map(\.reason) == [.title, .authorBox, .byline, .authorBox, .byline, .authorBox, .creditLine])
    }

    @Test(arguments: [
        "‘Take back the harbour’ rally fills the old town square",
        "'No deal is better than a bad deal' says minister as talks stall",
        "Burst pipes and manhole fires: what winter does beneath N.Y.C.",
    ])
    func headlineKeepsItsInnerQuotesAndAbbreviations(_ title: String) throws {
        let article = try readArticle("\(title)\n\nThousands of people marched through the old town on Saturday to demand that the harbour be reopened to fishing boats, organisers said.\n\nThe march ended at the town hall.\n")
        #expect(article.title == title)
        #expect(!article.titleInferred)
    }

    @Test func theDateComesFromFrontMatterAPublicationLineOrADatelineAndSaysWhich() throws {
        let lead = "The ferry between the islands ran again after a week of storms kept every boat in port."
        let published = try readArticle("Ferry service resumes\n\nPublished 12 March 2024\n\n\(lead)\n\nMore sailings follow.\n")
        #expect(published.date == PacketDate(year: 2024, month: 3, day: 12))
        #expect(published.dateSource == .publicationLine)
        let datelined = try readArticle("Ferry service resumes\n\nMarch 14, 2024 -- \(lead)\n\nMore sailings follow.\n")
        #expect(datelined.date == PacketDate(year: 2024, month: 3, day: 14))
        #expect(datelined.dateSource == .dateline)
        #expect(datelined.dateline == "March 14, 2024")
        let matter = try readArticle("---\ntitle: Ferry service resumes\ndate: 2024-03-10\n---\n\n\(lead)\n", path: "ferry.md")
        #expect(matter.dateSource == .frontMatter)
        let undated = try readArticle("Ferry service resumes\n\n\(lead)\n\nMore sailings follow.\n")
        #expect(undated.date == nil && undated.dateSource == nil)
    }
}
