import DossierCore

/// A name found in the text, before the packet decides which entity it belongs to.
struct NameCandidate {
    enum Kind: Equatable {
        /// A person's full name of two words or more.
        case person
        /// One name after a title: "President Macron".
        case titledSurname
        case organization
        case place(Gazetteer.Place)
        /// A place named by a geographic head that no list has: "Gulf of Guinea".
        case unlistedPlace
        /// One capitalised word or acronym, resolved against the names the packet knows.
        case single
        /// A name the tagger typed that no rule confirms: resolved against the names the packet knows first.
        case tagged(EntityKind)
    }

    var kind: Kind
    /// The name as written, its words joined by single spaces, without a possessive ending.
    let text: String
    var position: TextPosition
    /// The ID of the paragraph the name stands in.
    let paragraph: String
    /// The last token of the name.
    var endToken: Int
    /// The title written before a person's name: "Foreign Minister".
    var title: String? = nil
    /// Shorter names derived from this one: "Takuba" for "Task Force Takuba", "Wagner" for "Wagner group".
    var derivedAliases: [String] = []
    /// For a body of an organisation ("UN General Assembly"): the organisation ("UN") and the body ("General Assembly").
    var parent: (organization: String, body: String)? = nil
    var possessive = false
    /// The subject of a speech verb: "Lavrov said", "said Lavrov".
    var speechSubject = false
    var sentenceInitial = false
    var isAcronym = false
    /// False for a name in a heading or the title: a mention of the entity, never a speaker.
    var inBody = true
    /// True when the learned tagger found the name, false when a rule did.
    var fromTagger = false
}
