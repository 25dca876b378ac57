import DossierCore
import Foundation
import Testing
@testable import DossierAssembly

/// One rule at a time, on lines of the kinds other outlets print, and on lines that only look like them.
@Suite struct ReadingRuleTests {
    private func line(_ text: String) -> RuleText { RuleText(text)! }

    // MARK: Boilerplate

    @Test(arguments: [
        ("This website uses cookies to improve your experience. Accept Read More", BoilerplateRule.cookieBanner),
        ("We use cookies on this site to enhance your user experience", .cookieBanner),
        ("Accept all", .cookieBanner),
        ("Reject All »", .cookieBanner),
        ("We value your privacy", .cookieBanner),
        ("Tags: Mali, Russia", .tagLine),
        ("Topics : security", .tagLine),
        ("Filed under: Africa", .tagLine),
        ("Share on Facebook", .shareLine),
        ("Facebook | Twitter | LinkedIn | Email", .shareLine),
        ("Sign up for the Morning Brief newsletter", .shareLine),
        ("Subscribe now for unlimited access", .shareLine),
        ("Follow us on Instagram", .shareLine),
        ("Advertisement", .shareLine),
        ("Story continues below advertisement", .shareLine),
        ("Read more", .shareLine),
        ("© 2023 Sahel Media. All rights reserved.", .shareLine),
        ("3 min read", .shareLine),
        ("Our Standards: The Thomson Reuters Trust Principles.", .shareLine),
        ("FILE - In this Aug. 3, 2021, file photo, soldiers patrol in Gao. (AP Photo/John Smith)", .caption),
        ("1 of 4. Soldiers patrol a market in Gao, Mali.", .caption),
        ("Photo: AFP", .caption),
        ("(Photo by Jane Doe/AFP)", .caption),
        ("Image: Reuters", .caption),
        ("FILE PHOTO: A soldier stands guard in Bamako, Mali, May 2, 2021.", .caption),
        ("A soldier in Gao, Mali, June 3, 2022. REUTERS/John Smith", .caption),
        ("A convoy near Kidal. Photograph: Jane Doe/Getty Images", .caption),
        ("Related: Mali's junta delays vote", .relatedStory),
        ("READ MORE: Why the Sahel is getting hotter", .relatedStory),
        ("See also: Five things to know about Wagner", .relatedStory),
        ("Watch: Protesters march in Niamey", .relatedStory),
        ("You may also like", .relatedStory),
        ("16:06 GMT", .timestamp),
        ("04.25", .timestamp),
        ("8.20 a.m.", .timestamp),
        ("— Jane Doe (@janedoe) May 3, 2021", .embeddedPost),
        ("Water is rising fast here pic.twitter.com/x1Y2z3", .embeddedPost),
        ("Image", .caption),
        ("3 of 7.", .caption),
        ("Rescue workers at the site of the collapse (Getty Images)", .caption),
        ("SOURCE: National Statistics Office; GRAPHIC: Tom Reid", .caption),
        ("Clockwise from top: the quay; the lifeboat station; the harbour wall.", .caption),
        ("The flooded valley in pictures", .relatedStory),
        ("More about the federal budget", .relatedStory),
        ("[Get the Morning Digest in your inbox.]", .shareLine),
        ("A version of this article appears in print on Page A12 of the New York edition.", .printLine),
        ("This article was reprinted on Example.com.", .printLine),
    ])
    func boilerplateLine(_ text: String, _ rule: BoilerplateRule) {
        #expect(BoilerplateRules.rule(for: line(text)) == rule)
    }

    @Test(arguments: [
        "Cookie sales rose 4% in the quarter, the bakers' association said.",
        "Share prices fell 3% on Monday after the announcement.",
        "Subscribers to the service rose to two million.",
        "The photo showed a burned-out truck near the border.",
        "Relatedly, the ministry said it would review the contract.",
        "More than 300 people attended the funeral.",
        "Following the coup, the junta suspended the constitution.",
        "Topics discussed included security and trade.",
        "16:06 was when the first call reached the coastguard.",
        "More about that question will be known next week, officials said.",
        "The ferry reached the harbour at 4.25 in the afternoon.",
        "Pictures of the storm were shared thousands of times (officials said).",
    ])
    func bodySentenceIsNotBoilerplate(_ text: String) {
        #expect(BoilerplateRules.rule(for: line(text)) == nil)
    }

    @Test(arguments: [
        ("15:40 GMT Divers are searching the deck.", 10),
        ("14:55 The ferry left the port.", 6),
        ("09.12 - \"We heard a bang,\" she said.", 8),
        ("3.25 million people live there.", nil),
        ("10:30 is when the vote starts.", nil),
        ("12.5 Percent of voters stayed home.", nil),
    ] as [(String, Int?)])
    func liveBlogStampOpensAnEntry(_ paragraph: String, _ length: Int?) {
        #expect(TimeStamp.leadingLength(in: paragraph[...], wholeLine: false) == length)
    }

    @Test func tagLineGivesItsTags() {
        #expect(BoilerplateRules.tags(in: line("Tags : armed forces")) == ["armed forces"])
        #expect(BoilerplateRules.tags(in: line("Topics: Mali; Russia | Wagner")) == ["Mali", "Russia", "Wagner"])
        #expect(BoilerplateRules.tags(in: line("Tags")) == [])
        #expect(BoilerplateRules.tags(in: line("Tagged animals were released.")) == nil)
    }

    // MARK: Bylines, credits, author boxes

    @Test(arguments: [
        ("By Jane Doe", "Jane Doe", nil as String?),
        ("By Jane Doe and John Smith", "Jane Doe and John Smith", nil),
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
        ("BY JANE DOE", "JANE DOE", nil),
        ("By KWAME ASANTE Associated Press", "KWAME ASANTE", "Associated Press"),
        ("By Jane Doe, John Smith and Ali Musa, Associated Press", "Jane Doe, John Smith and Ali Musa", "Associated Press"),
        ("By Jane Doe | Updated 10:32 AM", "Jane Doe", nil),
        ("By Jane Doe, West Africa correspondent", "Jane Doe", nil),
        ("Written by Claire Dubois", "Claire Dubois", nil),
    ])
    func bylineLine(_ text: String, _ names: String, _ affiliation: String?) {
        #expect(Attribution.byline(in: line(text)) == Attribution.Byline(names: names, affiliation: affiliation))
    }

    @Test(arguments: [
        "By Monday, the troops had left the base.",
        "By the end of the year, 2,500 troops will remain.",
        "by Jane Doe",
        "Bystanders said the convoy did not stop.",
    ])
    func sentenceIsNotAByline(_ text: String) {
        #expect(Attribution.byline(in: line(text)) == nil)
    }

    @Test func creditLines() {
        for credit in [
            "Reporting by Jane Doe in Bamako; Editing by John Smith",
            "(Additional reporting by Ali Musa; Editing by Helen Marsh)",
            "Reporting provided by Johnny Hallam of CNN in Atlanta.",
            "Writing by Pierre Lemaire; Compiled by Ruth Okoro",
            "Associated Press writer Yaw Boateng in Kumasi contributed to this report.",
            "Source: Al Jazeera and news agencies",
        ] {
            #expect(Attribution.isCredit(line(credit)), "\(credit)")
        }
        #expect(!Attribution.isCredit(line("Reporting by the agency showed that the ministry knew.")))
        #expect(!Attribution.isCredit(line("The minister said reporting was difficult.")))
    }

    @Test func authorBoxesAndLoneNames() {
        #expect(Attribution.authorBox(in: line("The author Rodney N.")) == Attribution.AuthorBox(name: "Rodney N."))
        #expect(Attribution.authorBox(in: line("About the author: Jane Doe")) == Attribution.AuthorBox(name: "Jane Doe"))
        #expect(Attribution.authorBox(in: line("The author is a freelance journalist based in Dakar.")) == Attribution.AuthorBox(name: nil))
        #expect(Attribution.authorBox(in: line("The author of the report, a UN official, said it was accurate.")) == nil)

        #expect(Attribution.authorSentence(in: line("Jane Doe is a correspondent in Dakar.")) == "Jane Doe")
        #expect(Attribution.authorSentence(in: line("Omar Haddad covers West Africa for the network.")) == "Omar Haddad")
        #expect(Attribution.authorSentence(in: line("Jane Doe is a farmer in Ségou.")) == nil)

        #expect(Attribution.loneName(in: line("Rodney N.")) == "Rodney N.")
        #expect(Attribution.loneName(in: line("Lucy Bennett in Addis Ababa")) == "Lucy Bennett")
        #expect(Attribution.loneName(in: line("Jean-Paul Mensah, Sahel correspondent")) == "Jean-Paul Mensah")
        #expect(Attribution.loneName(in: line("The End")) == nil)
        #expect(Attribution.loneName(in: line("Mali")) == nil)
        #expect(Attribution.loneName(in: line("Troops leave Gao")) == nil)
    }

    // MARK: Datelines and dates

    @Test(arguments: [
        ("BAMAKO, Mali (Reuters) - Mali's junta said on Monday.", "BAMAKO, Mali (Reuters)", "Reuters" as String?, "Mali's junta said on Monday."),
        ("PARIS (AP) — France said it would stay.", "PARIS (AP)", "AP", "France said it would stay."),
        ("(CNN) -- Flooding forced families out.", "(CNN)", "CNN", "Flooding forced families out."),
        ("(CNN)Flooding forced families out.", "(CNN)", "CNN", "Flooding forced families out."),
        ("LONDON, Sept 25 (Reuters) - Britain said.", "LONDON, Sept 25 (Reuters)", "Reuters", "Britain said."),
        ("WINSTON-SALEM, N.C. — A fire broke out.", "WINSTON-SALEM, N.C.", nil, "A fire broke out."),
        ("SAINT-LOUIS, Senegal — The waves reached the school.", "SAINT-LOUIS, Senegal", nil, "The waves reached the school."),
        ("Kyiv, Ukraine (CNN) Ukraine's president said.", "Kyiv, Ukraine (CNN)", "CNN", "Ukraine's president said."),
    ])
    func dateline(_ paragraph: String, _ text: String, _ outlet: String?, _ rest: String) throws {
        let dateline = try #require(Dateline(leading: paragraph))
        #expect(dateline.text == text)
        #expect(dateline.outlet == outlet)
        #expect(String(paragraph.dropFirst(dateline.length)) == rest)
    }

    @Test(arguments: [
        ("WASHINGTON, Sept. 25, 2018 (AP) — Lawmakers met.", "WASHINGTON, Sept. 25, 2018 (AP)", PacketDate(year: 2018, month: 9, day: 25)),
        ("April 17, 2015 -- Imagine a hospital.", "April 17, 2015", PacketDate(year: 2015, month: 4, day: 17)),
        ("LONDON, Sept 25 (Reuters) - Shares fell.", "LONDON, Sept 25 (Reuters)", nil),
        ("GAO, Mali — Soldiers patrolled.", "GAO, Mali", nil),
    ] as [(String, String, PacketDate?)])
    func datelineGivesItsDayWhenItHasAYear(_ paragraph: String, _ text: String, _ date: PacketDate?) throws {
        let dateline = try #require(Dateline(leading: paragraph))
        #expect(dateline.text == text)
        #expect(dateline.date == date)
    }

    @Test(arguments: [
        "Mali has called (again) - for help.",
        "NATO — the alliance said it would meet.",
        "The UN (United Nations) said on Monday it would stay.",
        "The UN (United Nations) Security Council met on Monday.",
        "Russian President Vladimir Putin (pictured) - a former spy - said.",
        "March 2024 - a month of storms - began badly.",
    ])
    func leadWithoutDateline(_ paragraph: String) {
        #expect(Dateline(leading: paragraph) == nil)
    }

    @Test func publicationDateLines() {
        #expect(PublicationDate(line("Published 25 September 2021"))?.date == PacketDate(year: 2021, month: 9, day: 25))
        #expect(PublicationDate(line("Updated 10:32 AM EDT, Mon September 27, 2021"))?.date == PacketDate(year: 2021, month: 9, day: 27))
        #expect(PublicationDate(line("2021-09-25"))?.date == PacketDate(year: 2021, month: 9, day: 25))
        #expect(PublicationDate(line("Sun 20 Feb 2022 12.30 GMT"))?.date == PacketDate(year: 2022, month: 2, day: 20))
        #expect(PublicationDate(line("Oct. 4, 2023"))?.date == PacketDate(year: 2023, month: 10, day: 4))
        #expect(PublicationDate(line("Updated 1103 GMT (1903 HKT) September 25, 2021"))?.date == PacketDate(year: 2021, month: 9, day: 25))
        #expect(PublicationDate(line("Issued on: 25/09/2021 - 14:32"))?.date == PacketDate(year: 2021, month: 9, day: 25))
        #expect(PublicationDate(line("Updated 2 hours ago")).map { $0.date == nil } == true)
        #expect(PublicationDate(line("May 2021")) != nil)
        #expect(PublicationDate(line("May 2021"))?.date == nil)
        #expect(PublicationDate(line("Mali in May")) == nil)
        #expect(PublicationDate(line("March")) == nil)
    }

    // MARK: The lines above the lead

    @Test func kickerDateBylineAndAffiliationAboveTheLeadLeaveTheBody() throws {
        let text = """
            Analysis

            Mali Junta Turns East

            September 25, 2021

            By Jane Doe
            BBC News, Nairobi

            Mali's junta said on Monday that it would seek help from Russian companies, a move that France has warned against.
            """
        let article = try readArticle(text)
        #expect(article.title == "Mali Junta Turns East")
        #expect(article.byline == "Jane Doe")
        #expect(article.date == PacketDate(year: 2021, month: 9, day: 25))
        #expect(article.tags == ["Analysis"])
        #expect(article.paragraphs.count == 1)
        #expect(article.removedOutline == [
            "1 [tag-line] Analysis", "3 [title] Mali Junta Turns East", "5 [publication-date] September 25, 2021",
            "7 [byline] By Jane Doe", "8 [byline] BBC News, Nairobi",
        ])
    }

    @Test func nameLikeTitleUnderADateLineStaysTheTitle() throws {
        let article = try readArticle("Updated 10:32 AM EDT, Mon September 27, 2021\n\nAmina Diallo Wins\n\nThe runner won the race in Dakar on Sunday, beating the favourite by four seconds in the heat.\n")
        #expect(article.title == "Amina Diallo Wins")
        #expect(article.byline == nil)
    }

    // MARK: Titles and subheads

    @Test func titleAndSubheadShapes() {
        #expect(TitleRules.isTitle("Mali accuses France of neglect, approaches ‘Russian private companies’"))
        #expect(TitleRules.isTitle("Is Mali turning to Moscow?"))
        #expect(!TitleRules.isTitle("Mali accused France of neglect on Saturday."))
        #expect(!TitleRules.isTitle("and then it stopped"))
        #expect(TitleRules.isSubhead("THE ROAD BACK"))
        #expect(TitleRules.isSubhead("A Race Against Time"))
        #expect(TitleRules.isSubhead("What Comes Next?"))
        #expect(!TitleRules.isSubhead("A race against time"))
        #expect(!TitleRules.isSubhead("He Left."))
    }

    @Test(arguments: [
        ("Mali has called on Russian private companies to increase security, Russia’s foreign minister confirmed on Saturday.",
         "Mali has called on Russian private companies to increase security"),
        ("The U.S. Embassy in Bamako said on Friday it would reduce staff. Other embassies did not comment.",
         "The U.S. Embassy in Bamako said on Friday it would reduce staff"),
        ("“We will never leave this city, whatever happens,” the colonel told the crowd in Gao on Monday morning.",
         "We will never leave this city"),
        ("“We will never leave the people of this city to fend for themselves in the desert, the colonel said.",
         "We will never leave the people of this city to fend for themselves in the desert"),
        ("“We will never leave the people of this city to fend for themselves without water or food, he said.",
         "We will never leave the people of this city to fend for…"),
        ("troops arrived.", "Troops arrived"),
    ])
    func inferredTitle(_ lead: String, _ title: String) {
        #expect(TitleRules.inferred(fromLead: lead) == title)
    }

    // MARK: Paragraph splitting

    @Test func hardWrappedLinesJoinAndLongLinesStayApart() {
        let wrapped: [Substring] = [
            "Farmers across the Sahel are planting new varieties of millet that",
            "need less water, a shift that agronomists say could protect harvests",
            "as the rains grow less reliable.",
            "The seeds, bred at a research station near Niamey, ripen about two",
            "weeks earlier than traditional varieties.",
        ]
        #expect(ParagraphSplitter.split(wrapped) == [0..<3, 3..<5])

        let onePerLine: [Substring] = [
            "Port of Dakar reopens",
            "Dockworkers at the Port of Dakar returned to work on Friday after union leaders agreed on a new pay scale.",
            "The agreement raises night-shift pay by 12% and adds a bonus for work on public holidays.",
        ]
        #expect(ParagraphSplitter.split(onePerLine) == [0..<1, 1..<2, 2..<3])
    }

    @Test func wrappedLineStartingLikeBoilerplateStaysInItsParagraph() throws {
        let article = try readArticle("Ministers meet in Accra\n\nThe two ministers said they would\nshare this view with the regional bloc on Friday.\n")
        #expect(article.outline == ["p: The two ministers said they would share this view with the regional bloc on Friday."])
    }

    @Test func shortTitleCaseLineInsideThePlainTextBodyIsASubhead() throws {
        let article = try readArticle("Ministers meet in Accra\n\nThe talks opened on Monday.\n\nBackground To The Talks\n\nThe bloc was founded in 1975.\n")
        #expect(article.outline == ["p: The talks opened on Monday.", "h2: Background To The Talks", "p: The bloc was founded in 1975."])
    }

    // MARK: Markdown inlines

    @Test func inlineMarkup() {
        #expect(InlineParser.parse("a *b* and **c** `d` [e](https://x.org) \\*f\\*") == [
            .text("a "), .emphasis([.text("b")]), .text(" and "), .strong([.text("c")]), .text(" "), .code("d"), .text(" "),
            .link(text: [.text("e")], url: "https://x.org"), .text(" *f*"),
        ])
        #expect(InlineParser.parse("_a_ and __b__") == [.emphasis([.text("a")]), .text(" and "), .strong([.text("b")])])
        #expect(InlineParser.parse("snake_case_name stays") == [.text("snake_case_name stays")])
        #expect(InlineParser.parse("2 * 3 = 6 and *unclosed") == [.text("2 * 3 = 6 and *unclosed")])
        #expect(InlineParser.parse("see ![a map](map.png) here") == [.text("see a map here")])
        #expect(InlineParser.parse("[no link] (here)") == [.text("[no link] (here)")])
        #expect(InlineParser.parse("**bold *and em* inside**") == [.strong([.text("bold "), .emphasis([.text("and em")]), .text(" inside")])])
    }

    @Test func markdownDatelineInBoldLeavesTheRestOfTheMarkup() throws {
        let article = try readArticle("Rates rise\n\n**PARIS (AP)** — The bank raised rates by *half* a point.\n", path: "rates.md")
        #expect(article.dateline == "PARIS (AP)")
        #expect(article.body == [.paragraph(Paragraph(id: "", content: [
            .text("The bank raised rates by "), .emphasis([.text("half")]), .text(" a point."),
        ]))])
    }

    @Test func markdownRelatedHeadingTakesItsListWithIt() throws {
        let text = """
            # Rates rise

            The bank raised rates.

            ## Related stories

            - [Inflation slows](https://x.org/a)
            - [Bank chief speaks](https://x.org/b)

            ## Reaction

            Markets fell.
            """
        let article = try readArticle(text, path: "rates.md")
        #expect(article.outline == ["p: The bank raised rates.", "h2: Reaction", "p: Markets fell."])
        #expect(article.removed.map(\.reason) == [.title, .relatedStory, .relatedStory, .relatedStory])
    }

    @Test func markdownPlainTextArticleKeepsMarkupCharactersAsText() throws {
        let article = try readArticle("Rates rise\n\nThe bank raised rates by *half* a point.\n", path: "plain.txt")
        #expect(article.body == [.paragraph(Paragraph(id: "", text: "The bank raised rates by *half* a point."))])
    }
}
