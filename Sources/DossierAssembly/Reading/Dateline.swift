import DossierCore
import Foundation

/// A wire-style dateline opening the lead: "BAMAKO, Mali (Reuters) - ", "LONDON, Sept 25 (Reuters) - ",
/// "PARIS (AP) — ", "(CNN) --", "(CNN)Mali …", "GAO, Mali — ".
struct Dateline: Equatable {
    /// Place, date and outlet without the dash: "BAMAKO, Mali (Reuters)".
    var text: String
    /// The parenthesised news organisation: "Reuters".
    var outlet: String?
    /// Characters of the paragraph the dateline takes, dash and spaces included.
    var length: Int

    /// The day the dateline gives, when it gives day, month and year: "WASHINGTON, Sept. 25, 2018 (AP)",
    /// "April 17, 2015 --".
    var date: PacketDate? {
        var year: Int?, month: Int?, day: Int?
        for word in TextShape.words(text) {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,()")).lowercased()
            if let number = Int(bare) {
                if bare.count == 4 { year = number } else if bare.count <= 2 { day = number }
            } else if let named = Lexicon.monthNumbers[bare] ?? Lexicon.monthAbbreviations[bare] {
                month = named
            }
        }
        guard let year, let month, let day else { return nil }
        return PacketDate(year: year, month: month, day: day)
    }

    /// Looks only at the paragraph's first characters, so a megabyte paragraph costs nothing.
    init?(leading paragraph: String) {
        let head = paragraph.prefix(160)
        guard let found = Self.withOutlet(head) ?? Self.placeOnly(head) ?? Self.dateOnly(head) else { return nil }
        self = found
    }

    private init(text: String, outlet: String?, head: Substring, bodyStart: Substring.Index) {
        self.text = text
        self.outlet = outlet
        self.length = head.distance(from: head.startIndex, to: bodyStart)
    }

    /// "PLACE[, Region][, Date] (Outlet) -" or "(Outlet) --".
    private static func withOutlet(_ head: Substring) -> Dateline? {
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let place = head[..<open].trimmingCharacters(in: .whitespaces)
        let outlet = head[head.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        guard isOutlet(outlet), place.isEmpty || isPlace(place, needsCapitals: false) else { return nil }
        let afterSpaces = head[head.index(after: close)...].drop(while: \.isWhitespace)
        let dash = afterSpaces.prefix(while: isDash)
        if dash.isEmpty {
            // "(CNN)Mali has …", "Kyiv, Ukraine (CNN) Ukraine's …": without a dash, only a one-word outlet, then a capital.
            guard !outlet.contains(" "), afterSpaces.first.map({ $0.isUppercase || TextShape.quoteMarks.contains($0) }) == true
            else { return nil }
        } else if dash.count > 2 {
            return nil
        }
        let bodyStart = afterSpaces[dash.endIndex...].drop(while: \.isWhitespace).startIndex
        let text = place.isEmpty ? "(\(outlet))" : "\(place) (\(outlet))"
        return Dateline(text: text, outlet: outlet, head: head, bodyStart: bodyStart)
    }

    /// "GAO, Mali — Soldiers …": a place in capitals, then a dash.
    private static func placeOnly(_ head: Substring) -> Dateline? {
        // A hyphen inside a name ("WINSTON-SALEM") is not the separator: that one has a space before it or is a long dash.
        let window = head.prefix(60)
        guard let dashStart = window.indices.first(where: { index in
            window[index] != "-" ? isDash(window[index])
                : index > window.startIndex && window[window.index(before: index)] == " "
        }) else { return nil }
        let place = head[..<dashStart].trimmingCharacters(in: .whitespaces)
        let dash = head[dashStart...].prefix(while: isDash)
        let rest = head[dash.endIndex...].drop(while: \.isWhitespace)
        guard dash.count <= 2, isPlace(place, needsCapitals: true),
              rest.first.map({ $0.isUppercase || $0.isNumber || TextShape.quoteMarks.contains($0) }) == true
        else { return nil }
        return Dateline(text: place, outlet: nil, head: head, bodyStart: rest.startIndex)
    }

    /// "April 17, 2015 -- Imagine …": a date alone, then a dash.
    private static func dateOnly(_ head: Substring) -> Dateline? {
        let window = head.prefix(40)
        guard let dashStart = window.indices.first(where: { isDash(window[$0]) }), dashStart > head.startIndex,
              head[head.index(before: dashStart)] == " " else { return nil }
        let written = head[..<dashStart].trimmingCharacters(in: .whitespaces)
        let dash = head[dashStart...].prefix(while: isDash)
        let rest = head[dash.endIndex...].drop(while: \.isWhitespace)
        guard dash.count <= 2, let line = RuleText(written), PublicationDate(line)?.date != nil,
              rest.first.map({ $0.isUppercase || TextShape.quoteMarks.contains($0) }) == true else { return nil }
        return Dateline(text: written, outlet: nil, head: head, bodyStart: rest.startIndex)
    }

    /// "Reuters", "AP", "Dow Jones", "The Associated Press".
    private static func isOutlet(_ text: String) -> Bool {
        let words = TextShape.words(text)
        return (1...4).contains(words.count) && text.count <= 40 && TextShape.startsCapitalized(text)
            && text.allSatisfy { $0.isLetter || " .&'-".contains($0) }
            && words.allSatisfy { TextShape.startsCapitalized($0) || TextShape.minorWords.contains($0.lowercased()) }
    }

    /// "BAMAKO, Mali", "LONDON, Sept. 25", "UNITED NATIONS": capitalised words, commas, a day number.
    /// With `needsCapitals`, the first word must be in capitals ("GAO"), as a dateline without an outlet writes it.
    private static func isPlace(_ text: String, needsCapitals: Bool) -> Bool {
        let words = TextShape.words(text)
        guard let first = words.first, words.count <= 8,
              text.allSatisfy({ $0.isLetter || $0.isNumber || " ,.'’-".contains($0) }),
              !first.contains(where: \.isNumber) else { return false }
        if needsCapitals, !(TextShape.isAllCaps(first) && first.filter(\.isLetter).count >= 3) { return false }
        return words.allSatisfy { TextShape.startsCapitalized($0) || $0.first?.isNumber == true }
    }

    private static func isDash(_ character: Character) -> Bool {
        character == "-" || character == "–" || character == "—"
    }
}
