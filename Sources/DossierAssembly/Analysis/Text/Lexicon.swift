/// Closed word classes the rules rely on. Lower-case forms throughout.
enum Lexicon {
    /// Verbs that introduce speech or a stated position, in the forms news text uses.
    static let speechVerbs: Set<String> = expand([
        "say", "tell", "add", "insist", "state", "declare", "note", "explain", "warn", "argue", "write", "ask",
        "reply", "continue", "claim", "confirm", "announce", "acknowledge", "admit", "stress", "emphasize",
        "emphasise", "urge", "recall", "tweet", "conclude", "caution", "complain", "suggest", "concede",
        "maintain", "observe", "remark", "respond", "reiterate", "agree", "accuse", "criticize", "criticise",
        "reaffirm", "allege", "deny", "predict", "vow", "promise", "pledge", "counter", "testify", "call",
        "describe", "condemn", "denounce", "praise", "welcome", "blame", "dismiss", "brand", "label", "assert",
        "demand", "threaten", "mention", "recount", "report", "protest", "contend", "charge", "quip", "joke",
        "shout", "assure", "inform", "signal", "indicate", "instruct",
    ]).union(["said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written"])

    /// Words that may stand between a subject and its verb: "Lavrov also said", "has warned".
    static let verbFillers: Set<String> = [
        "also", "has", "have", "had", "was", "is", "were", "are", "would", "will", "then", "later", "again",
        "previously", "recently", "repeatedly", "earlier", "once", "further", "publicly", "reportedly",
        "did", "does", "do", "not", "never", "already", "still",
    ]

    /// Job titles and ranks: "Foreign Minister Sergey Lavrov", "Colonel Assimi Goita".
    static let titles: Set<String> = [
        "president", "vice-president", "minister", "secretary", "secretary-general", "general", "gen", "colonel",
        "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "commander",
        "marshal", "brigadier", "chancellor", "premier", "king", "queen", "prince", "princess", "emir", "sheikh",
        "sultan", "pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "imam", "rabbi", "senator", "sen",
        "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador",
        "envoy", "judge", "justice", "chief", "spokesman", "spokeswoman", "spokesperson", "director", "chairman",
        "chairwoman", "ceo", "leader", "speaker", "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame",
        "lord", "lady", "commissioner", "inspector", "officer", "coach", "head", "founder", "pm",
    ]

    /// Words that qualify a title without being a name: "Foreign Minister", "Prime Minister".
    static let titleQualifiers: Set<String> = [
        "foreign", "defense", "defence", "interior", "finance", "economy", "health", "trade", "energy", "prime",
        "vice", "deputy", "home", "state", "affairs", "attorney", "army", "military", "former", "acting",
        "interim", "transitional", "supreme", "first", "junior", "senior", "chief", "executive", "staff",
        "national", "security", "adviser", "advisor", "justice", "education", "culture", "agriculture",
        "transport", "labour", "labor", "environment", "development", "cooperation", "president-elect",
    ]

    /// Role nouns that name a person already introduced: "the minister said".
    static let roleNouns: Set<String> = [
        "minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "envoy", "general", "colonel", "leader", "senator", "governor", "mayor", "secretary",
        "commander", "chief", "king", "queen", "prince", "emir", "pope", "judge", "director", "chairman",
        "chairwoman", "ceo", "founder", "coach", "diplomat",
    ]

    /// Nouns through which an organisation speaks: "a statement from X", "a spokesman for X".
    static let proxyNouns: Set<String> = [
        "statement", "communique", "communiqué", "release", "spokesman", "spokeswoman", "spokesperson",
        "representative", "official", "officials", "source", "sources", "letter", "post", "message", "tweet",
        "note", "memo", "report", "declaration", "announcement",
    ]

    /// Last words that make a capitalised name an organisation: "French Foreign Ministry".
    static let organizationHeads: Set<String> = [
        "ministry", "department", "agency", "council", "assembly", "commission", "committee", "bank", "group",
        "party", "army", "forces", "force", "navy", "corporation", "corp", "company", "inc", "ltd", "llc", "plc",
        "union", "organization", "organisation", "office", "court", "parliament", "senate", "congress",
        "institute", "university", "association", "federation", "fund", "network", "service", "services",
        "police", "guard", "guards", "brigade", "brigades", "front", "movement", "alliance", "coalition",
        "authority", "mission", "programme", "program", "foundation", "nations", "times", "post", "news",
        "bureau", "board", "secretariat", "cabinet", "government", "administration", "embassy", "consulate",
        "directorate", "watch", "tribunal", "corps", "command", "legion", "battalion", "regiment", "airlines",
        "airways", "holdings", "media", "press", "television", "radio", "club", "journal", "herald", "tribune",
        "telegraph", "magazine", "monitor", "observatory", "society", "church", "academy", "school", "college",
        "hospital", "center", "centre", "chamber", "house", "junta", "gendarmerie", "militia",
        "ministries", "agencies", "fighters", "rebels",
    ]

    /// First words that make a name an organisation or an operation: "Operation Barkhane", "Task Force Takuba".
    static let organizationPrefixes: [[String]] = [["operation"], ["task", "force"], ["mission"]]

    /// Heads that take an "of" phrase inside a name: "Ministry of Defense", "Bank of England".
    static let ofHeads: Set<String> = [
        "ministry", "minister", "department", "secretary", "bank", "university", "republic", "kingdom", "union",
        "council", "court", "office", "institute", "commission", "committee", "strait", "gulf", "sea", "isle",
        "bay", "lake", "chamber", "house", "board", "bureau", "school", "college", "church", "federation",
        "organization", "organisation", "league", "state", "chief", "chiefs", "head", "prince", "king", "queen",
        "emir", "cape", "islands", "city", "archbishop", "duke", "community", "states", "people", "peoples",
        "economic", "army", "forces", "party", "assembly", "association", "rights",
    ]

    /// Lower-case words allowed inside a capitalised name: "Charles de Gaulle", "Ministry of Defense".
    static let nameParticles: Set<String> = [
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "dos", "das", "del", "della",
        "al", "el", "bin", "ibn", "ben", "abu",
    ]

    /// Capitalised words that never start or form a name on their own: they are capitalised because a
    /// sentence starts with them.
    static let functionWords: Set<String> = [
        "the", "a", "an", "but", "and", "or", "nor", "so", "yet", "for", "if", "as", "at", "by", "in", "on", "of",
        "to", "from", "with", "without", "after", "before", "during", "under", "over", "since", "until", "while",
        "when", "where", "which", "who", "whom", "whose", "what", "why", "how", "that", "this", "these", "those",
        "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
        "your", "him", "them", "us", "me", "however", "meanwhile", "moreover", "also", "although", "though",
        "because", "despite", "among", "amid", "against", "about", "around", "between", "both", "each", "every",
        "all", "some", "many", "most", "more", "much", "few", "several", "no", "not", "only", "even", "still",
        "then", "now", "today", "yesterday", "tomorrow", "according", "asked", "speaking", "like", "unlike",
        "other", "another", "such", "last", "next", "first", "one", "two", "three", "mr", "mrs", "ms", "dr",
        "sources", "officials", "residents", "witnesses", "analysts", "experts", "critics", "supporters",
        "read", "click", "share", "follow", "subscribe", "sign", "watch", "photo", "video", "image", "copyright",
        "reporting", "editing", "additional", "tags", "via", "per", "inside", "outside", "within", "across",
        "through", "toward", "towards", "upon", "onto", "into", "near", "beyond", "above", "below", "up", "down",
    ]

    static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    /// Month names to their number, for lookups by hash rather than by a walk through ``months``.
    static let monthNumbers: [String: Int] = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0 + 1) })
    /// Month abbreviations news style uses ("Jan. 6"), to their month number.
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Weekday names to their number, Monday 0.
    static let weekdayNumbers: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st", "jr",
        "sr", "inc", "corp", "ltd", "co", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "adm", "cmdr", "rev", "fig", "approx", "est", "dept", "univ", "mt", "ft",
    ]

    /// Words that end a noun phrase after a number: prepositions, determiners, verbs' helpers, time words.
    static let nounPhraseStops: Set<String> = functionWords.union([
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
        "should", "may", "might", "must", "can", "do", "does", "did", "today", "ago", "now", "earlier", "later",
        "each", "apiece", "or", "and", "than", "per", "a", "an", "more", "less", "fewer", "who", "which",
        "that", "last", "this", "next", "year", "years", "month", "months", "week", "weeks", "day",
        "days", "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century",
        "centuries", "old", "aged", "percent", "cent", "including", "deployed", "killed", "wounded",
    ])

    /// Nouns of time: counts of them are durations or ages, which the analysis leaves out.
    static let durationNouns: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "year-old", "years-old",
    ]

    /// Plural nouns without a final "s".
    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish",
        "data", "media", "crew", "livestock", "aircraft", "youth", "pence",
    ]

    /// Cardinal number words from two up, to their value ("one" is mostly a pronoun and stays out).
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]

    static let scaleWords: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "mn": 1e6, "bn": 1e9,
        "k": 1e3, "tn": 1e12,
    ]

    /// Currency signs and names to ISO 4217 codes.
    static let currencySymbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₦": "NGN",
        "₴": "UAH", "₺": "TRY",
    ]
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB",
        "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
        "naira": "NGN", "hryvnia": "UAH", "hryvnias": "UAH", "lira": "TRY", "rand": "ZAR",
    ]
    /// Currency codes written before or after an amount ("USD 5 million", "US$").
    static let currencyCodes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "CAD", "AUD", "NGN", "ZAR", "XOF", "XAF", "UAH", "TRY",
        "BRL", "MXN", "KRW", "SEK", "NOK", "DKK", "PLN",
    ]

    /// Content-free words left out of sentence vectors for key points.
    static let stopWords: Set<String> = functionWords.union([
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
        "should", "may", "might", "must", "can", "do", "does", "did", "said", "says", "say", "told", "also",
        "than", "very", "just", "over", "into", "out", "up", "its", "it's", "s", "which", "who",
    ])

    /// Verb forms of each base: "warn" → warn, warns, warned, warning.
    private static func expand(_ bases: [String]) -> Set<String> {
        var forms: Set<String> = []
        for base in bases {
            forms.insert(base)
            let stem = base.hasSuffix("e") ? String(base.dropLast()) : base
            let sForm = base.hasSuffix("s") || base.hasSuffix("sh") ? base + "es"
                : base.hasSuffix("y") && !base.hasSuffix("ay") ? String(base.dropLast()) + "ies" : base + "s"
            let edForm = base.hasSuffix("e") ? base + "d"
                : base.hasSuffix("y") && !base.hasSuffix("ay") ? String(base.dropLast()) + "ied" : base + "ed"
            forms.formUnion([sForm, edForm, stem + "ing"])
        }
        forms.formUnion(["admitted", "admitting", "labelled", "labelling", "quipped", "testified", "denied"])
        return forms
    }
}
