import DossierCore

/// Numbers for people: `10,000`, `1 mention`, `2 mentions`.
package enum Counting {
    package static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { output += "," }
            output.append(digit)
        }
        return output
    }

    package static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(value)) \(value == 1 ? singular : plural)"
    }
}

/// How the briefs name dates and kinds of entity.
package enum BriefWording {
    /// The date as precise as the article is: `2023`, `2020-08`, `2021-09-25`; "October (no year)" for a
    /// month the article gives without its year.
    package static func displayDate(_ event: TimelineEvent) -> String {
        let length = switch event.precision {
        case .year: 4
        case .month: 7
        case .day: 10
        case .monthWithoutYear: 2
        }
        let date = String(event.date.prefix(length))
        guard event.precision == .monthWithoutYear, let month = Int(date), monthNames.indices.contains(month - 1) else { return date }
        return "\(monthNames[month - 1]) (no year)"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    package static func kindName(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "person"
        case .organization: "organisation"
        case .place: "place"
        case .other: "other"
        }
    }
}

// The paragraph each finding comes from, as a citation source.
extension KeyPoint { package var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension Quote { package var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension Quantity { package var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
extension TimelineEvent { package var provenance: Provenance { Provenance(article: article, paragraph: paragraph) } }
