import Foundation

/// What a reader checks in a brief: how long it reads, and whether its key points are sentences worth
/// reading. Written apart from the exporter's and the ranker's own rules, so that a test catches them
/// drifting from what the issue asks.
public enum BriefCheck {
    /// The reading words of a brief as a CommonMark renderer shows it: the text of everything but front
    /// matter, tables and footnote definitions, counted as whitespace-separated pieces with a letter or digit.
    public static func readingWords(_ file: URL) throws -> Int {
        let output = try Validators.python(#"""
            import sys
            from markdown_it import MarkdownIt
            from mdit_py_plugins.footnote import footnote_plugin
            from mdit_py_plugins.front_matter import front_matter_plugin
            md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
            skipped = 0
            words = 0
            for t in md.parse(open(sys.argv[1], encoding="utf-8").read()):
                if t.type in ("table_open", "footnote_block_open"): skipped += 1
                if t.type in ("table_close", "footnote_block_close"): skipped -= 1
                if t.type == "inline" and skipped == 0:
                    text = "".join(" " if c.type in ("softbreak", "hardbreak") else c.content
                                   for c in t.children if c.type in ("text", "code_inline", "softbreak", "hardbreak"))
                    words += sum(1 for w in text.split() if any(ch.isalnum() for ch in w))
            print(words)
            """#, arguments: [file.path])
        guard output.status == 0, let words = Int(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CheckFailed(description: "markdown-it-py failed: \(output.stderr)")
        }
        return words
    }

    /// The junk rule a key point breaks, or nil: never a caption, a time stamp, an all-caps flash, a
    /// tweet, a link teaser, a question or a fragment.
    public static func junk(_ sentence: String) -> String? {
        let rules: [(name: String, pattern: String)] = [
            ("caption", #"\((?:[A-Z0-9][\w.&'-]*[ /:]*){1,6}\)$|\b(?:Photograph|Photo|Picture|Image|Credit):"#),
            ("time stamp", #"^(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|ET|CET)?\b|\d{1,2}\s?[ap]m\b|Updated\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b)"#),
            ("flash", #"^(?:BREAKING|FLASH|URGENT|UPDATE|ALERT|EXCLUSIVE)\b|^[A-Z]{4,}(?: [A-Z]{2,})*(?::|\s+[—–-])"#),
            ("tweet", #"(?:^|\s)[@#][A-Za-z_]\w*|pic\.twitter\.com|twitter\.com/|\bt\.co/"#),
            ("link teaser", #"https?://|www\.|^\[.*\]$|^(?:Read more|Read also|See also|Related|Watch|Listen)\b\s*[:—–-]|[,:–—-]\s*(?:in pictures|in photos|video|live|gallery)\.?$"#),
            ("question", #"\?["'”’)]*$"#),
            ("fragment", #"^[a-z]|[^.!"'”’)]$|…["'”’]?$"#),
        ]
        for rule in rules where sentence.range(of: rule.pattern, options: .regularExpression) != nil {
            return rule.name
        }
        let letters = sentence.filter(\.isLetter)
        if !letters.isEmpty, Double(letters.filter(\.isUppercase).count) > 0.6 * Double(letters.count) { return "flash" }
        return nil
    }

    /// Jaccard overlap of two sentences' lower-cased word sets.
    public static func tokenOverlap(_ a: String, _ b: String) -> Double {
        let (x, y) = (wordSet(a), wordSet(b))
        let union = x.union(y).count
        return union == 0 ? 0 : Double(x.intersection(y).count) / Double(union)
    }

    static func wordSet(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    public struct CheckFailed: Error, CustomStringConvertible {
        public let description: String
    }
}
