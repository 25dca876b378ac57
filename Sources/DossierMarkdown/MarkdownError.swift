/// What can go wrong while writing `brief.md`, naming the file and the reason.
public enum MarkdownError: Error, Equatable, CustomStringConvertible {
    /// The brief could not be written (disk full, folder missing, no permission).
    case cannotWrite(file: String, reason: String)
    /// The `--template` file could not be read as UTF-8 text.
    case unreadableTemplate(file: String, reason: String)
    /// The `--template` file is not valid Mustache.
    case invalidTemplate(file: String, line: Int, column: Int, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let file, let reason):
            "\(file): cannot write the Markdown brief: \(reason)"
        case .unreadableTemplate(let file, let reason):
            "\(file): cannot read the Mustache template: \(reason)"
        case .invalidTemplate(let file, let line, let column, let reason):
            "\(file):\(line):\(column): not a valid Mustache template: \(reason)"
        }
    }
}
