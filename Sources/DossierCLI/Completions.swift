import ArgumentParser
import DossierCore
import DossierKit

/// What the shell completes for each argument (`dossier --generate-completion-script bash`).
enum Completions {
    /// Article files and, through the shell's own directory completion, folders of them.
    static let articles = CompletionKind.file(extensions: ["txt", "md", "markdown", "html", "htm", "xhtml", "gz", "xml", "rss", "atom", "json"])
    static let manifests = CompletionKind.file(extensions: ["yml", "yaml"])
    /// Built-in formats, their aliases and outside exporters on PATH, asked of `dossier` as it is typed.
    static let formats = CompletionKind.custom { _, _, typed in ExporterRegistry.formatNamesForCompletion().filter { $0.hasPrefix(typed) } }
}
