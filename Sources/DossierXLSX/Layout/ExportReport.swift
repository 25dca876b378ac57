import DossierCore

/// The diagnostics of one export, in the order they arose. They end up on the Warnings sheet and are
/// returned to the caller.
final class ExportReport {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func warn(_ code: String, _ message: String, at place: SheetLocation? = nil, row: Row? = nil) {
        let location = place.map { "\($0.reference): " } ?? ""
        diagnostics.append(Diagnostic(.warning, code: code, location + message, file: file,
                                      article: row?.article, paragraph: row?.paragraph))
    }
}
