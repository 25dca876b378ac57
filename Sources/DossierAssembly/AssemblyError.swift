import DossierWeb

/// What can stop assembly, each naming the file and the reason.
public enum AssemblyError: Error, Equatable, CustomStringConvertible {
    case missingInput(path: String)
    case unreadable(path: String, reason: String)
    case noArticles(path: String)
    case emptyArticle(path: String)
    case binaryFile(path: String)
    case invalidUTF8(path: String, offset: Int)
    case onlyBoilerplate(path: String)
    /// YAML front matter that cannot be read; `line` is the 1-based line in the file.
    case invalidFrontMatter(path: String, line: Int, reason: String)
    /// A web page or feed that cannot be read (binary, a zip bomb, no article text).
    case webPage(WebReadingError)
    /// Every input was rejected; the individual reasons come along.
    case nothingUsable([AssemblyError])

    public var description: String {
        switch self {
        case .missingInput(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .noArticles(let path): "\(path): folder has no articles (.txt, .md, .html or feed files)"
        case .emptyArticle(let path): "\(path): article is empty"
        case .binaryFile(let path): "\(path): not a text file (it contains NUL bytes)"
        case .invalidUTF8(let path, let offset): "\(path): not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8"
        case .onlyBoilerplate(let path): "\(path): article has no body text once boilerplate is removed"
        case .invalidFrontMatter(let path, let line, let reason): "\(path):\(line): invalid front matter: \(reason)"
        case .webPage(let error): error.description
        case .nothingUsable(let errors):
            errors.count == 1 ? errors[0].description
                : "no usable article among \(errors.count) inputs:\n" + errors.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    /// The file the error is about, for diagnostics.
    public var path: String? {
        switch self {
        case .missingInput(let path), .unreadable(let path, _), .noArticles(let path), .emptyArticle(let path),
             .binaryFile(let path), .invalidUTF8(let path, _), .onlyBoilerplate(let path),
             .invalidFrontMatter(let path, _, _): path
        case .webPage(let error): error.path
        case .nothingUsable: nil
        }
    }
}
