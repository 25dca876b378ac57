/// Empty columns at the end of every item sheet for the analyst's own judgement, with the grading
/// of the Admiralty (NATO) system as drop-down lists: the source's reliability A–F and the
/// information's credibility 1–6.
enum AnalystColumns {
    static let reliability = [
        "A - Completely reliable", "B - Usually reliable", "C - Fairly reliable",
        "D - Not usually reliable", "E - Unreliable", "F - Reliability cannot be judged",
    ]
    static let assessment = [
        "1 - Confirmed", "2 - Probably true", "3 - Possibly true",
        "4 - Doubtful", "5 - Improbable", "6 - Truth cannot be judged",
    ]

    static let columns = [
        Column(header: "Assessment", width: 20, choices: assessment),
        Column(header: "Reliability", width: 22, choices: reliability),
        Column(header: "Notes", width: 30, wraps: true),
    ]
}
