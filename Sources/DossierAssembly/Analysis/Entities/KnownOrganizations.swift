/// International organisations that news text names by acronym, with their full names, and
/// organisations written as one common word that no rule can recognise. Compiled by hand from the
/// organisations' own names; only bodies whose acronym is unambiguous in news text are listed.
enum KnownOrganizations {
    /// Acronym → full name.
    static let acronyms: [String: String] = [
        "UN": "United Nations", "EU": "European Union", "NATO": "North Atlantic Treaty Organization",
        "AU": "African Union", "ECOWAS": "Economic Community of West African States", "IMF": "International Monetary Fund",
        "OPEC": "Organization of the Petroleum Exporting Countries", "OSCE": "Organization for Security and Co-operation in Europe",
        "IAEA": "International Atomic Energy Agency", "ICC": "International Criminal Court", "ICJ": "International Court of Justice",
        "UNHCR": "UN Refugee Agency", "UNICEF": "United Nations Children's Fund", "WFP": "World Food Programme",
        "UNESCO": "United Nations Educational, Scientific and Cultural Organization", "ASEAN": "Association of Southeast Asian Nations",
        "OECD": "Organisation for Economic Co-operation and Development", "WTO": "World Trade Organization",
        "MINUSMA": "United Nations Multidimensional Integrated Stabilization Mission in Mali", "ECB": "European Central Bank",
        "FBI": "Federal Bureau of Investigation", "CIA": "Central Intelligence Agency", "ICRC": "International Committee of the Red Cross",
        "MSF": "Doctors Without Borders", "HRW": "Human Rights Watch", "G7": "Group of Seven", "G20": "Group of 20",
    ]

    /// One-word organisations: metonyms and names that are also common words.
    static let singleWords: Set<String> = [
        "Kremlin", "Pentagon", "Élysée", "Elysee", "Hamas", "Hezbollah", "Taliban", "Interpol", "Europol", "Reuters",
        "Bloomberg", "Frontex", "Gazprom", "Rosneft",
    ]
}
