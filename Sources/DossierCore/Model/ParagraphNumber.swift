extension Provenance {
    /// The 1-based position in its article's body that the paragraph ID names (`a2-p14` → 14), or nil
    /// for an ID not of that shape.
    public var paragraphNumber: Int? {
        let id = paragraph
        guard let dash = id.lastIndex(of: "-"), id[id.index(after: dash)...].first == "p" else { return nil }
        return Int(id[id.index(dash, offsetBy: 2)...])
    }
}
