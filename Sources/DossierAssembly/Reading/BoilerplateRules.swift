import DossierCore
import Foundation

/// Rules that recognise page furniture wherever it stands: consent banners, tag lines, captions,
/// related-story teasers, share, subscribe and advertisement lines. Each rule matches a kind of line
/// (its label, its shape, its vocabulary), never a particular sentence.
enum BoilerplateRules {
    static func rule(for line: RuleText) -> BoilerplateRule? {
        if isCookieBanner(line) { return .cookieBanner }
        if tags(in: line) != nil { return .tagLine }
        if TimeStamp.isWholeLine(line.text[...]) { return .timestamp }
        if isEmbeddedPost(line) { return .embeddedPost }
        if isPrintLine(line) { return .printLine }
        if isCaption(line) { return .caption }
        if isRelatedTeaser(line) { return .relatedStory }
        if isShareLine(line) { return .shareLine }
        return nil
    }

    /// The tags of a "Tags : a, b" line; nil when the line is not one.
    static func tags(in line: RuleText) -> [String]? {
        if isWhole(line, oneOf: tagLabels) { return [] }
        guard let value = line.value(afterLabel: tagLabels), value.wordCount <= 40 else { return nil }
        return value.split(whereSeparator: { ",;|·•".contains($0) })
            .map { String(TextShape.trimmingQuotes($0)) }
            .filter { !$0.isEmpty }
    }

    /// A label alone on its line that heads the lines under it: "Related stories" (teasers follow),
    /// "Related Topics" (tags follow), "Image caption," (the caption follows).
    static func headsLines(_ line: RuleText, removedAs rule: BoilerplateRule) -> Bool {
        switch rule {
        case .relatedStory: line.words.count <= 6 && !TextShape.endsSentence(line.text)
        case .tagLine: isWhole(line, oneOf: tagLabels)
        case .caption: isWhole(line, oneOf: captionHeadings)
        case .cookieBanner, .shareLine, .authorBox, .byline, .creditLine, .title, .frontMatter, .publicationDate,
             .printLine, .timestamp, .embeddedPost, .navigation, .advertisement, .comments, .pageChrome: false
        }
    }

    // MARK: Rules

    private static func isCookieBanner(_ line: RuleText) -> Bool {
        if isWhole(line, oneOf: consentButtons) { return true }
        guard line.words.count <= 90 else { return false }
        if line.contains("cookie") && line.contains(any: cookieContext) { return true }
        return line.contains(any: consentPhrases)
    }

    private static func isCaption(_ line: RuleText) -> Bool {
        guard line.words.count <= 80 else { return false }
        // "Image", "Photo": a picture's placeholder left alone on its line.
        if isWhole(line, oneOf: captionHeadings) { return true }
        if isPictureCounter(line.words) || line.hasLabel(captionLabels) || isChartCredit(line) { return true }
        return line.words.count <= 60 && (line.contains(any: pictureCredits) || endsWithPictureAgency(line))
    }

    /// "SOURCE: Census Bureau; GRAPHIC: Jane Doe": what a chart or graphic leaves behind in the text. It names
    /// its source as a credit line does, so reading asks this before it asks for a credit.
    static func isChartCredit(_ line: RuleText) -> Bool {
        line.words.count <= 40 && line.hasLabel(["source:", "sources:", "graphic:", "chart:", "graphics:"])
            && line.contains(any: ["graphic:", "graphics:", "chart:", "map:", "illustration:"])
    }

    /// "… on the quay (EPA)": a caption closes with the picture agency in brackets.
    private static func endsWithPictureAgency(_ line: RuleText) -> Bool {
        guard line.folded.hasSuffix(")"), let open = line.folded.lastIndex(of: "(") else { return false }
        let agency = line.folded[line.folded.index(after: open)...].dropLast()
        return pictureAgencies.contains(agency.trimmingCharacters(in: .whitespaces))
    }

    /// An embedded post: its signature "— Jane Doe (@jdoe) May 3, 2021", or its picture link "pic.twitter.com/…".
    private static func isEmbeddedPost(_ line: RuleText) -> Bool {
        guard line.words.count <= 80 else { return false }
        if line.contains(any: ["twitter.com/", "instagram.com/p/"]) && !line.contains(" said") {
            return true
        }
        // The signature: a handle in brackets, then the post's date at the end of the line.
        guard line.contains("(@"), let last = line.words.last, last.count == 4, Int(last).map({ (1990...2100).contains($0) }) == true,
              line.words.count >= 4 else { return false }
        let dayWord = line.words[line.words.count - 2].trimmingCharacters(in: .punctuationCharacters)
        let monthWord = line.words[line.words.count - 3].lowercased().trimmingCharacters(in: .punctuationCharacters)
        return Int(dayWord) != nil && Lexicon.monthNumbers[monthWord] != nil
    }

    /// "A version of this article appears in print on …", "This article was reprinted on …".
    private static func isPrintLine(_ line: RuleText) -> Bool {
        line.words.count <= 80 && line.hasLabel(printLabels)
    }

    /// "1 of 4", "1 of 4. Soldiers patrol …", "Photo 2 of 5".
    private static func isPictureCounter(_ words: [Substring]) -> Bool {
        let numbered = words.first.map { ["photo", "image", "picture", "slide"].contains($0.lowercased()) } == true
            ? words.dropFirst() : words[...]
        guard numbered.count >= 3, numbered.first?.first?.isNumber == true else { return false }
        let parts = Array(numbered.prefix(3)).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        return Int(parts[0]) != nil && parts[1].lowercased() == "of" && Int(parts[2]) != nil
    }

    private static func isRelatedTeaser(_ line: RuleText) -> Bool {
        guard line.words.count <= 40 else { return false }
        if line.hasLabel(relatedLabels) || isWhole(line, oneOf: relatedWholeLines) { return true }
        // The heading of a links box ("More about the federal debt"), or a gallery link ("Storm damage in pictures").
        guard line.words.count <= 10, !TextShape.endsSentence(line.text) else { return false }
        return line.hasLabel(["more about", "more on"]) || line.key.hasSuffix("in pictures") || line.key.hasSuffix("in photos")
    }

    private static func isShareLine(_ line: RuleText) -> Bool {
        if isWhole(line, oneOf: shareWholeLines) || isSocialButtonRow(line) || isReadingTime(line) { return true }
        guard line.words.count <= 40 else { return false }
        if line.hasLabel(sharePrefixes) || line.contains(any: ["all rights reserved"]) { return true }
        if line.contains("newsletter") && line.contains(any: ["sign up", "subscribe", "inbox", "get our"]) { return true }
        // "[What you need to know: Get New York Today in your inbox.]": a promo for a newsletter by its name.
        if line.contains(any: ["in your inbox", "to your inbox"]), line.text.hasPrefix("[") || line.contains(any: ["get ", "sign up", "subscribe"]) {
            return true
        }
        return line.starts(with: "follow ") && line.words.count <= 20
            && line.contains(any: [" on twitter", " on x", " on facebook", " on instagram", " on linkedin", "@"])
    }

    /// "3 min read", "Reading time: 4 minutes".
    private static func isReadingTime(_ line: RuleText) -> Bool {
        guard line.words.count <= 5 else { return false }
        return line.starts(with: "reading time") || line.words.first?.first?.isNumber == true && line.contains(" read")
    }

    /// "Facebook Twitter WhatsApp Email": every word a sharing button.
    private static func isSocialButtonRow(_ line: RuleText) -> Bool {
        guard line.words.count <= 15 else { return false }
        let words = line.folded.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
        return !words.isEmpty && words.allSatisfy(socialWords.contains) && words.contains(where: networks.contains)
    }

    /// True when the line, punctuation at its ends aside, is one of `lines`. Most lines are longer than
    /// any of them, and skip the copy and the hash. Swift compares strings by canonical equivalence, so
    /// the length tells only for lines compared byte for byte (the entries are all ASCII).
    private static func isWhole(_ line: RuleText, oneOf lines: Set<String>) -> Bool {
        let key = line.key
        guard key.utf8.count <= longestWholeLine || !line.comparesByBytes else { return false }
        return lines.contains(String(key))
    }

    // MARK: Vocabulary

    private static let longestWholeLine: Int = {
        let entries = [tagLabels, captionHeadings, consentButtons, relatedWholeLines, shareWholeLines].joined()
        assert(entries.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "isWhole(_:oneOf:) compares lengths of ASCII entries only")
        return entries.map(\.utf8.count).max()!
    }()

    private static let tagLabels: Set<String> = [
        "tags", "tag", "topics", "topic", "filed under", "categories", "category", "keywords", "subjects",
        "posted in", "labels", "related topics", "more on these topics", "explore more on these topics",
    ]
    private static let captionHeadings: Set<String> = [
        "caption", "image caption", "media caption", "photo", "photograph", "picture", "image", "photo caption",
    ]
    private static let consentButtons: Set<String> = [
        "accept", "accept all", "accept cookies", "accept all cookies", "reject", "reject all", "decline", "i agree",
        "i accept", "agree", "got it", "ok got it", "manage preferences", "manage cookies", "manage options",
        "cookie settings", "cookie preferences", "privacy settings", "allow all", "allow cookies", "necessary only",
        "only necessary", "accept and close", "agree and close",
    ]
    private static let cookieContext = [
        "website", "this site", "our site", "we use", "uses cookies", "accept", "consent", "opt-out", "opt out",
        "privacy policy", "cookie policy", "cookie settings", "browsing", "your experience", "personalis", "personaliz",
    ]
    private static let consentPhrases = [
        "we value your privacy", "by continuing to use this site", "by continuing to use our site",
        "by continuing to browse", "by using this site, you agree", "by using this website, you agree",
        "you consent to our use of",
    ]
    private static let captionLabels = [
        "photo:", "photos:", "photograph:", "image:", "images:", "picture:", "pictures:", "pictured:", "caption:",
        "file photo", "file:", "video:", "illustration:", "graphic:", "credit:", "photo credit", "photo caption",
        "image credit", "image source", "image caption", "media caption", "image copyright", "(photo", "(image", "(picture",
        "(file photo", "(ap photo", "(afp photo", "(reuters photo", "[photo", "[image", "file -", "file –", "file —",
        // Where a picture of several stands: "Clockwise from top: …", "Above, …; right, …".
        "clockwise from", "from left:", "left to right:", "above,", "above:", "top:", "left:", "right:", "below:",
        "inset:", "main picture:", "main image:",
    ]
    /// Picture agencies as captions credit them in brackets: "(EPA)", "(Getty Images)".
    private static let pictureAgencies: Set<String> = [
        "epa", "afp", "ap", "reuters", "getty", "getty images", "pa", "pa media", "pa wire", "epa-efe", "aap", "anp",
        "xinhua", "shutterstock", "alamy", "afp via getty images", "ap photo", "bloomberg", "dpa", "ansa", "kyodo",
    ]
    private static let printLabels = [
        "a version of this article appears in print", "a version of this story appears in print",
        "a version of this article appeared in print", "this article appeared in print", "this article was reprinted",
        "this story was reprinted", "this article appears in print", "order reprints",
    ]
    /// Credits that end a caption: "… (Photo by Jane Doe/AFP)", "… REUTERS/Jane Doe".
    private static let pictureCredits = [
        "photo:", "photo by ", "photograph:", "photograph by ", "photos by ", "image:", "picture:", "credit:",
        "reuters/", "ap photo", "afp photo", "getty images", "/afp", "afp/", "/reuters", "epa/", "epa-efe",
        "/ap)", "/file photo", "file photo:",
    ]
    private static let relatedLabels = [
        "related:", "related coverage", "related stories", "related story", "related articles", "related article",
        "related content", "related reading", "related links", "related news", "read more:", "read more about",
        "read more on", "read also", "also read", "read next", "see also", "more:", "more on this", "more from",
        "more stories", "more news", "recommended:", "recommended for you", "recommended stories",
        "you may also like", "you might also like", "you may be interested", "don't miss", "watch:", "watch more",
        "listen:", "latest:", "trending:", "most read", "most popular", "most viewed", "editor's picks",
        "editors' picks", "further reading", "explore more", "in case you missed it", "also on ",
    ]
    private static let relatedWholeLines: Set<String> = ["related", "more", "trending", "latest", "watch", "recommended"]
    private static let shareWholeLines: Set<String> = [
        "share", "share this", "share this article", "share this story", "share this page", "share article",
        "share story", "tweet", "email", "e-mail", "print", "copy link", "copy url", "link copied", "comments",
        "comment", "view comments", "leave a comment", "advertisement", "advertising", "ad", "sponsored",
        "sponsored content", "paid content", "paid post", "read more", "continue reading", "show more", "load more",
        "skip advertisement", "scroll to continue with content", "story continues below",
        "story continues below advertisement", "article continues below advertisement",
        "article continues after advertisement", "content continues below", "listen to this article", "save",
        "save article", "gift article", "gift this article", "subscribe", "sign up", "sign in", "log in", "register",
        "follow", "back to top",
    ]
    private static let sharePrefixes = [
        "share on", "share this", "share via", "share with your", "subscribe to", "subscribe for", "subscribe now",
        "subscribe today", "subscribe here", "sign up for", "sign up to", "sign up now", "sign up here",
        "follow us", "follow @", "like us on", "join us on", "join our", "get our", "get the latest",
        "get breaking news", "download our", "download the app", "click here", "click to", "tap here",
        "this article was originally published", "this story was originally published", "originally published",
        "copyright", "©", "support our journalism", "support independent journalism", "become a member",
        "sponsored by", "story continues", "article continues", "continue reading", "listen to this",
        "have a tip", "got a tip", "send us a tip", "advertisement", "our standards", "print this", "listen to article",
        "read the full",
    ]
    private static let networks: Set<String> = [
        "facebook", "twitter", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "messenger", "flipboard",
        "instagram", "youtube", "tiktok", "bluesky", "threads", "email", "e-mail",
    ]
    private static let socialWords: Set<String> = networks.union([
        "share", "x", "mail", "print", "copy", "link", "tweet", "pocket", "sms", "on", "via", "this", "article",
        "story", "save", "comments", "comment", "url",
    ])
}
