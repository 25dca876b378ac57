import DossierCore

/// The rules every outside exporter's name and file name must follow: the built-ins' names and file
/// names are taken, and a file name is one plain name inside the output folder.
enum ExporterNames {
    static let builtIns = ExporterRegistry.standard().exporters
    /// Files in the output folder that belong to Dossier itself (staging folders, temporary files, the lock).
    static let reservedPrefix = ".dossier"

    /// Why `name` cannot name an outside exporter, or nil when it can.
    static func problem(withName name: String) -> String? {
        if builtIns.contains(where: { $0.name == name.lowercased() }) { return "'\(name)' is the name of a built-in format" }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
            return "'\(VisibleText.line(name))' is not a format name (letters, digits, '-', '_' and '.' only)"
        }
        return nil
    }

    /// Why `fileName` cannot be an outside exporter's output file, or nil when it can.
    static func problem(withFileName fileName: String) -> String? {
        let shown = VisibleText.line(fileName)
        if fileName.isEmpty || fileName == "." || fileName == ".." || fileName.contains("/")
            || fileName.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "'\(shown)' is not a plain file name inside the output folder"
        }
        if let owner = builtIns.first(where: { $0.fileName.lowercased() == fileName.lowercased() }) {
            return "'\(shown)' is the file of the built-in format '\(owner.name)'"
        }
        if fileName.hasPrefix(reservedPrefix) { return "'\(shown)' starts with '\(reservedPrefix)', which Dossier keeps for its own files" }
        return nil
    }
}
