/// Place names from real data (ISO 3166 countries and subdivisions, tz cities; see `PlaceData.swift`
/// and `scripts/generate-places`), and the adjectives made from country names ("Malian", "French").
enum Gazetteer {
    enum PlaceKind: String { case country, subdivision, city, region }

    struct Place: Equatable {
        /// The preferred name, the same for every form of the place ("Russia" for "Russian Federation").
        let name: String
        let kind: PlaceKind
        /// ISO 3166-1 alpha-2 code of the country it is in, empty for regions across borders.
        let country: String
    }

    /// The place a name denotes, if the name is a known place ("Burkina Faso", "U.S.", "Mali").
    static func place(named name: String) -> Place? {
        places[normalized(name)]
    }

    /// "Malian", "Russian", "French", "Western": a people or a region's adjective, not a name.
    static func isDemonym(_ word: String) -> Bool {
        demonyms.contains(word.lowercased())
    }

    static func normalized(_ name: String) -> String {
        TextShape.straighteningApostrophes(name)
    }

    private static let places: [String: Place] = {
        var table: [String: Place] = [:]
        for line in placeTable.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let kind = PlaceKind(rawValue: String(fields[0])) else { continue }
            let names = fields[2].split(separator: "|").map(String.init)
            guard let preferred = names.first else { continue }
            let place = Place(name: preferred, kind: kind, country: String(fields[1].prefix(2)))
            for name in names where table[normalized(name)] == nil {
                table[normalized(name)] = place
            }
        }
        return table
    }()

    /// Adjectives of the countries' one-word names by the regular English endings, and the irregular ones.
    private static let demonyms: Set<String> = {
        var result: Set<String> = [
            "french", "british", "english", "dutch", "swiss", "greek", "welsh", "irish", "scottish", "spanish",
            "polish", "turkish", "danish", "finnish", "swedish", "norwegian", "filipino", "thai", "afghan", "arab",
            "kurdish", "burkinabe", "ivorian", "nigerien", "european", "african", "american", "asian", "western",
            "eastern", "northern", "southern", "latin", "jewish", "muslim", "sunni", "shiite", "shia", "islamist",
            "jihadist", "soviet", "sahelian", "malagasy", "congolese", "emirati", "saudi", "yemeni", "omani",
            "qatari", "kuwaiti", "bahraini", "israeli", "pakistani", "bangladeshi", "iraqi", "somali", "sudanese",
            "chinese", "japanese", "vietnamese", "lebanese", "senegalese", "portuguese", "maltese", "togolese",
            "beninese", "gabonese", "burmese", "nepalese", "taiwanese", "ukrainian", "belarusian", "peruvian",
            "moroccan", "mexican", "german", "italian", "hungarian", "egyptian", "chadian", "canadian",
            "palestinian", "libyan", "syrian", "russian", "malian", "mauritanian", "nigerian", "ghanaian",
            "ethiopian", "kenyan", "eritrean", "algerian", "tunisian", "iranian", "indian", "korean", "australian",
            "brazilian", "argentine", "argentinian", "chilean", "colombian", "venezuelan", "cuban", "belgian",
            "austrian", "romanian", "bulgarian", "serbian", "croatian", "bosnian", "albanian", "georgian",
            "armenian", "azerbaijani", "kazakh", "uzbek", "mongolian", "indonesian", "malaysian", "singaporean",
            "cameroonian", "rwandan", "ugandan", "tanzanian", "zambian", "zimbabwean", "angolan", "mozambican",
            "namibian", "guinean", "liberian", "jordanian", "estonian", "latvian", "lithuanian", "slovak",
            "slovenian", "czech", "icelandic", "cypriot", "haitian", "jamaican", "bolivian", "ecuadorian",
        ]
        for place in places.values where place.kind == .country && !place.name.contains(" ") {
            let name = place.name.lowercased()
            let stem = name.last.map { "aeiouy".contains($0) } == true ? String(name.dropLast()) : name
            result.formUnion([name + "n", name + "an", name + "ian", name + "i", name + "ese", stem + "ian", stem + "an", stem + "ese"])
        }
        return result
    }()
}

extension Gazetteer {
    static func isPlaceName(_ name: String) -> Bool { place(named: name) != nil }
}
