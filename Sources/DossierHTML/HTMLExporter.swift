import DossierCore
import Foundation

public struct HTMLOptions: Sendable {
    /// The page's `lang`.
    public var language: String

    public init(language: String = "en") {
        self.language = language
    }
}

/// The intranet brief, `brief.html`: one self-contained HTML5 page (inline stylesheet, no scripts,
/// no outside requests) with the brief's sections, a table of contents and footnotes.
///
/// It reads on a phone (nothing wider than the screen), follows the reader's light or dark colour
/// scheme and prints without the navigation. Article text is escaped, and only http and https
/// addresses become links. The same packet gives the same bytes.
public struct HTMLExporter: Exporter {
    public let name = "html"
    public let fileName = "brief.html"
    public let summary = "a single-page HTML brief for intranets, every claim footnoted"
    public var options: HTMLOptions

    public init(options: HTMLOptions = HTMLOptions()) {
        self.options = options
    }

    public func export(_ packet: Packet, to file: URL) throws -> [Diagnostic] {
        var page = BriefPage(packet: packet, options: options, fileName: fileName)
        let bytes = page.render()
        do {
            try Data(bytes).write(to: file)
        } catch {
            throw HTMLError.cannotWrite(path: file.path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        return page.diagnostics
    }
}

extension Exporter where Self == HTMLExporter {
    public static var html: HTMLExporter { HTMLExporter() }
    public static func html(_ options: HTMLOptions) -> HTMLExporter { HTMLExporter(options: options) }
}
