import DossierCore

/// Hand-built packets that exercise every part of the model, so each exporter can be tested on its
/// own without depending on what assembly finds today.
public enum SamplePackets {
    public static let date = PacketDate("2021-09-26")!

    /// Two articles with every block and inline kind and a full analysis.
    public static var rich: Packet {
        let first = Article(
            id: "a1", source: "articles/sahel-drawdown.md", title: "France to cut Sahel force as Mali talks to Wagner",
            byline: "Jane Roe", credit: "Reporting by Jane Roe; Editing by Sam Poe", outlet: "Example Wire",
            dateline: "BAMAKO, Mali (Example Wire) -", date: PacketDate("2021-09-25"),
            url: "https://news.example.com/sahel?id=1&lang=en", tags: ["Sahel", "security"],
            body: [
                .paragraph(Paragraph(id: "a1-p1", text: "France will cut its force in the Sahel from 5,100 troops to about 2,500 by 2023, officials said on Saturday.")),
                .paragraph(Paragraph(id: "a1-p2", content: [
                    .text("“We have nothing to do with it,” Foreign Minister Sergey Lavrov said, calling the plan "),
                    .emphasis([.text("unilateral")]), .text(". See "),
                    .link(text: [.text("the statement")], url: "https://news.example.com/statement"), .text("."),
                ])),
                .heading(Heading(id: "a1-p3", level: 2, content: [.text("A long presence")])),
                .paragraph(Paragraph(id: "a1-p4", text: "France began fighting in the Sahel in January 2013 and has lost 52 soldiers; the mission cost $1.2 billion a year.")),
                .list(ListBlock(id: "a1-p5", ordered: false, items: [
                    [.text("Operation Barkhane ends")], [.strong([.text("Task Force Takuba")]), .text(" takes over")],
                ])),
                .blockQuote(Paragraph(id: "a1-p6", content: [.text("Mali is seeking other partners."), .lineBreak, .code("EUTM")])),
            ],
            removed: [
                RemovedLine(line: 3, text: "Share this article on Facebook", reason: .shareLine),
                RemovedLine(line: 20, text: "This website uses cookies. Accept", reason: .cookieBanner),
            ]
        )
        let second = Article(
            id: "a2", source: "articles/lavrov-un.txt",
            title: "Russia's foreign minister said Mali turned to a private Russian military company", titleInferred: true,
            byline: "Rodney N.",
            body: [
                .paragraph(Paragraph(id: "a2-p1", text: "“We have nothing to do with it,” Lavrov said at the United Nations in New York on September 25, 2021.")),
                .paragraph(Paragraph(id: "a2-p2", text: "The Malian prime minister accused France of a “unilateral” decision to withdraw 5,100 troops.")),
            ],
            removed: [RemovedLine(line: 7, text: "Tags : armed forces", reason: .tagLine)]
        )
        return Packet(
            title: "Sahel briefing",
            date: date,
            articles: [first, second],
            entities: [
                Entity(id: "e-sergey-lavrov", name: "Sergey Lavrov", kind: .person, aliases: ["Lavrov"], mentions: [
                    Mention(article: "a1", paragraph: "a1-p2", text: "Sergey Lavrov"),
                    Mention(article: "a2", paragraph: "a2-p1", text: "Lavrov"),
                ]),
                Entity(id: "e-france", name: "France", kind: .place, aliases: ["Paris"], mentions: [
                    Mention(article: "a1", paragraph: "a1-p1", text: "France"),
                    Mention(article: "a1", paragraph: "a1-p4", text: "France"),
                    Mention(article: "a2", paragraph: "a2-p2", text: "France"),
                ]),
                Entity(id: "e-united-nations", name: "United Nations", kind: .organization, aliases: ["UN"], mentions: [
                    Mention(article: "a2", paragraph: "a2-p1", text: "United Nations"),
                ]),
            ],
            quotes: [
                Quote(id: "a1-q1", text: "We have nothing to do with it", speaker: "e-sergey-lavrov", partial: false, article: "a1", paragraph: "a1-p2"),
                Quote(id: "a1-q2", text: "unilateral", speaker: nil, partial: true, article: "a1", paragraph: "a1-p2"),
                Quote(id: "a2-q1", text: "We have nothing to do with it", speaker: "e-sergey-lavrov", partial: false, article: "a2", paragraph: "a2-p1"),
                Quote(id: "a2-q2", text: "unilateral", speaker: nil, partial: true, article: "a2", paragraph: "a2-p2"),
            ],
            quantities: [
                Quantity(id: "a1-n1", value: 5100, noun: "troops", text: "5,100 troops", sentence: "France will cut its force in the Sahel from 5,100 troops to about 2,500 by 2023, officials said on Saturday.", article: "a1", paragraph: "a1-p1"),
                Quantity(id: "a1-n2", value: 52, noun: "soldiers", text: "52 soldiers", sentence: "France began fighting in the Sahel in January 2013 and has lost 52 soldiers; the mission cost $1.2 billion a year.", article: "a1", paragraph: "a1-p4"),
                Quantity(id: "a1-n3", value: 1_200_000_000, unit: "USD", noun: "mission cost", text: "$1.2 billion", sentence: "France began fighting in the Sahel in January 2013 and has lost 52 soldiers; the mission cost $1.2 billion a year.", article: "a1", paragraph: "a1-p4"),
                Quantity(id: "a2-n1", value: 5100, noun: "troops", text: "5,100 troops", sentence: "The Malian prime minister accused France of a “unilateral” decision to withdraw 5,100 troops.", article: "a2", paragraph: "a2-p2"),
            ],
            timeline: [
                TimelineEvent(id: "a1-t1", date: "2013-01", precision: .month, summary: "France began fighting in the Sahel", article: "a1", paragraph: "a1-p4"),
                TimelineEvent(id: "a2-t1", date: "2021-09-25", precision: .day, summary: "Lavrov spoke at the United Nations in New York", article: "a2", paragraph: "a2-p1"),
                TimelineEvent(id: "a1-t2", date: "2023", precision: .year, summary: "France's Sahel force to fall to about 2,500", article: "a1", paragraph: "a1-p1"),
            ],
            keyPoints: [
                KeyPoint(id: "k1", scope: .packet, rank: 1, text: "France will cut its force in the Sahel from 5,100 troops to about 2,500 by 2023, officials said on Saturday.", article: "a1", paragraph: "a1-p1"),
                KeyPoint(id: "k2", scope: .packet, rank: 2, text: "The Malian prime minister accused France of a “unilateral” decision to withdraw 5,100 troops.", article: "a2", paragraph: "a2-p2"),
                KeyPoint(id: "a1-k1", scope: .article, rank: 1, text: "France will cut its force in the Sahel from 5,100 troops to about 2,500 by 2023, officials said on Saturday.", article: "a1", paragraph: "a1-p1"),
                KeyPoint(id: "a2-k1", scope: .article, rank: 1, text: "The Malian prime minister accused France of a “unilateral” decision to withdraw 5,100 troops.", article: "a2", paragraph: "a2-p2"),
            ],
            corroborations: [
                Corroboration(id: "c1", kind: .quote, text: "We have nothing to do with it", articles: ["a1", "a2"], items: ["a1-q1", "a2-q1"]),
                Corroboration(id: "c2", kind: .quote, text: "unilateral", articles: ["a1", "a2"], items: ["a1-q2", "a2-q2"]),
                Corroboration(id: "c3", kind: .quantity, text: "5,100 troops", articles: ["a1", "a2"], items: ["a1-n1", "a2-n1"]),
            ],
            diagnostics: [
                Diagnostic(.error, code: "article-skipped", "skipped: articles/broken.txt: not valid UTF-8 (first bad byte at offset 12); save it as UTF-8", file: "articles/broken.txt"),
                Diagnostic(.warning, code: "control-characters", "removed 1 control character that documents cannot hold", file: "articles/lavrov-un.txt", article: "a2"),
            ]
        )
    }

    /// Text that would be markup, formulas or broken XML if any exporter let it through.
    public static let hostileStrings: [String] = [
        "<script>alert('x')</script> & <b>bold</b>",
        "]]> ends CDATA; <!-- comment --> &amp; &#x41;",
        "=SUM(A1:A9)", "+1 plus", "-2 minus", "@handle", "\tTab first", "\rCR first",
        "*not emphasis* _nor this_ `nor code` [not a link](javascript:alert(1)) ![img](x.png)",
        "# not a heading", "> not a quote", "- not a list", "1. not a list", "| not | a | table |",
        "<https://autolink.example.com> and <div>raw html</div>",
        "مرحبا بالعالم — שלום עולם (right-to-left)", "Emoji 🇲🇱 👩🏽‍💻 and combining é",
        "Control\u{07}bell and \u{1B}escape",
    ]

    /// Every hostile string as title, byline, paragraph, quote, entity and fact, plus limits:
    /// a 10,000-character paragraph, a 40,000-character one (over Excel's cell limit) and a long URL.
    public static var hostile: Packet {
        let long = String(repeating: "Ten chars. ", count: 1_000)
        let huge = String(repeating: "x", count: 40_000)
        let longURL = "https://example.com/" + String(repeating: "a", count: 300)
        var body = hostileStrings.enumerated().map { Block.paragraph(Paragraph(id: "a1-p\($0.offset + 1)", text: $0.element)) }
        body.append(.paragraph(Paragraph(id: "a1-p\(body.count + 1)", text: long)))
        body.append(.paragraph(Paragraph(id: "a1-p\(body.count + 1)", text: huge)))
        body.append(.heading(Heading(id: "a1-p\(body.count + 1)", level: 2, content: [.text("<h1>Subhead & co</h1>")])))
        body.append(.paragraph(Paragraph(id: "a1-p\(body.count + 1)", content: [
            .link(text: [.text("evil")], url: "javascript:alert(1)"), .text(" "),
            .link(text: [.text("long")], url: longURL),
        ])))
        let article = Article(id: "a1", source: "hostile/<odd> name & co.txt", title: "<script>alert(1)</script> =HYPERLINK(\"x\")",
                              byline: "@attacker & <friends>", credit: "=cmd|' /C calc'!A0", outlet: "]]>",
                              url: longURL, body: body,
                              removed: [RemovedLine(line: 1, text: "<b>cookie</b> & =1+1", reason: .cookieBanner)])
        return Packet(
            title: "Hostile <title> & \"quotes\" =1+1",
            date: date,
            articles: [article],
            entities: [Entity(id: "e-script", name: "<script>", kind: .organization, aliases: ["=1+1", "| pipe |"],
                              mentions: [Mention(article: "a1", paragraph: "a1-p1", text: "<script>")])],
            quotes: hostileStrings.enumerated().map {
                Quote(id: "a1-q\($0.offset + 1)", text: $0.element, speaker: $0.offset == 0 ? "e-script" : nil,
                      partial: false, article: "a1", paragraph: "a1-p\($0.offset + 1)")
            },
            quantities: [Quantity(id: "a1-n1", value: 3, noun: "=SUM(A1) <things>", text: "3 =SUM(A1) <things>",
                                  sentence: "-2 minus", article: "a1", paragraph: "a1-p5")],
            timeline: [TimelineEvent(id: "a1-t1", date: "2020-08", precision: .month, summary: "<b>coup</b> & =1",
                                     article: "a1", paragraph: "a1-p1")],
            keyPoints: [KeyPoint(id: "k1", scope: .packet, rank: 1, text: "# heading? <b>no</b> | pipe", article: "a1", paragraph: "a1-p10")],
            corroborations: [],
            diagnostics: [Diagnostic(.warning, code: "hostile", "<warning> & =1", file: "hostile/<odd> name & co.txt")]
        )
    }

    /// One plain article and no analysis at all.
    public static var emptyAnalysis: Packet {
        Packet(title: "Plain packet", date: date, articles: [
            Article(id: "a1", source: "plain.txt", title: "A plain article",
                    body: [.paragraph(Paragraph(id: "a1-p1", text: "Only one paragraph, with nothing to analyse."))]),
        ])
    }
}
