import DossierCore

/// Cleans and escapes every text from the packet that the brief shows, and remembers which texts
/// lost characters no document can hold, so the loss is reported instead of silent.
final class BriefText {
    private var textsWithControlCharacters: Set<String> = []

    /// The text on one line without control characters: for front matter and Mermaid, which quote it their own way.
    func plain(_ text: String) -> String {
        let (cleaned, removed) = MarkdownText.clean(text)
        if removed > 0 { textsWithControlCharacters.insert(text) }
        return cleaned
    }

    /// The text as Markdown that shows it literally.
    func markdown(_ text: String) -> String {
        MarkdownText.escape(plain(text))
    }

    /// A warning when some text lost control characters.
    func diagnostics(file: String) -> [Diagnostic] {
        guard !textsWithControlCharacters.isEmpty else { return [] }
        let count = textsWithControlCharacters.count
        return [Diagnostic(.warning, code: "markdown-control-characters",
                           "removed control characters that Markdown cannot show from \(count) \(count == 1 ? "text" : "texts")",
                           file: file)]
    }
}
