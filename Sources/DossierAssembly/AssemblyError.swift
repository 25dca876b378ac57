import DossierWeb

/// What can stop assembly, each naming the file and the reason.
public enum AssemblyError: Error, Equatable, CustomStringConvertible {
    case missingInput(path: String)
    case unreadable(path: String, reason: String)
    case noArticles(path: String)
    case emptyArticle(path: String)
    case binaryFile(path: String)
    case invalidUTF8(path: String, offset: Int)
    /// UTF-16 text (it starts with a UTF-16 byte order mark).
    case utf16(path: String)
    case onlyBoilerplate(path: String)
    /// YAML front matter that cannot be read; `line` is the 1-based line in the file.
    case invalidFrontMatter(path: String, line: Int, reason: String)
    /// A web page or feed that cannot be read (binary, a zip bomb, no article text).
    case webPage(WebReadingError)
    /// Every input was rejected; the individual reasons come along.
    case nothingUsable([AssemblyError])

    public var description: String {
        switch self {
        case .missingInput(let path): "\(Self.shown(path)): no such file or folder"
        case .unreadable(let path, let reason): "\(Self.shown(path)): cannot read: \(reason)"
        case .noArticles(let path): "\(Self.shown(path)): folder has no articles (.txt, .md, .html or feed files)"
        case .emptyArticle(let path): "\(Self.shown(path)): article is empty"
        case .binaryFile(let path): "\(Self.shown(path)): not a text file (it contains NUL bytes)"
        case .utf16(let path): "\(Self.shown(path)): UTF-16 text, not UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt"
        case .invalidUTF8(let path, let offset): "\(Self.shown(path)): not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8"
        case .onlyBoilerplate(let path): "\(Self.shown(path)): article has no body text once boilerplate is removed"
        case .invalidFrontMatter(let path, let line, let reason): "\(Self.shown(path)):\(line): invalid front matter: \(reason)"
        case .webPage(let error): error.description
        case .nothingUsable(let errors):
            errors.count == 1 ? errors[0].description
                : "no usable article among \(errors.count) inputs:\n" + errors.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    /// A path as one printable line: a newline or escape sequence in a file name must not break the message.
    private static func shown(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { out += (scalar.value < 0x10 ? "\\x0" : "\\x") + String(scalar.value, radix: 16, uppercase: true) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The file the error is about, for diagnostics.
    public var path: String? {
        switch self {
        case .missingInput(let path), .unreadable(let path, _), .noArticles(let path), .emptyArticle(let path),
             .binaryFile(let path), .invalidUTF8(let path, _), .utf16(let path), .onlyBoilerplate(let path),
             .invalidFrontMatter(let path, _, _): path
        case .webPage(let error): error.path
        case .nothingUsable: nil
        }
    }
}
