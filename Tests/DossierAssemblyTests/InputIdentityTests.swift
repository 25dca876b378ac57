import DossierCore
import Foundation
import Testing
import TestSupport
@testable import DossierAssembly

/// Which files a build reads, in which order, does not depend on how the inputs were named.
@Suite("Input identity")
struct InputIdentityTests {
    private static let date = PacketDate("2021-09-26")!

    /// A folder with two short articles, a.txt and b.txt, that share a quote.
    private func articles() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for (name, place) in [("a.txt", "Bamako"), ("b.txt", "Gao")] {
            try """
                Talks resume in \(place)

                The talks resumed in \(place) on Monday, officials said.

                "We will stay as long as it takes," said Amadou Diallo, the minister.
                """.write(to: folder.file(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    private func relative(_ paths: [String], to folder: TemporaryDirectory) -> [String] {
        paths.map { String($0.dropFirst(folder.url.path.count + 1)) }
    }

    @Test("the order of the inputs on the command line does not change the packet (failure 10)")
    func orderIsCanonical() throws {
        let folder = try articles()
        let (a, b) = (folder.file("a.txt").path, folder.file("b.txt").path)
        let assembler = PacketAssembler(options: AssemblyOptions(date: Self.date))
        let forwards = try JSONExporter.encode(try assembler.assemble([a, b]))
        let backwards = try JSONExporter.encode(try assembler.assemble([b, a]))
        #expect(forwards == backwards)
        #expect(try InputCollector.collect([b, a]) == [a, b])
    }

    @Test("a symbolic link, a hard link and a file named twice are read once (failure 10)")
    func linksAreReadOnce() throws {
        let folder = try articles()
        try FileManager.default.createSymbolicLink(atPath: folder.file("c-link.txt").path, withDestinationPath: "a.txt")
        try FileManager.default.linkItem(atPath: folder.file("b.txt").path, toPath: folder.file("d-hard.txt").path)
        let files = try InputCollector.collect([folder.url.path, folder.file("a.txt").path])
        #expect(relative(files, to: folder) == ["a.txt", "b.txt"])
        let packet = try PacketAssembler(options: AssemblyOptions(date: Self.date)).assemble([folder.url.path])
        #expect(packet.articles.count == 2)
    }

    @Test("the output folder, files Dossier wrote and a README next to the articles are not read (failure 6)")
    func ownFilesAreNotArticles() throws {
        let folder = try articles()
        try FileManager.default.createDirectory(at: folder.file("packet"), withIntermediateDirectories: true)
        try "An earlier brief\n\nIt is not news.\n".write(to: folder.file("packet/notes.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: \"Old\"\ndate: 2021-09-26\ngenerator: \"Dossier 0.1.0\"\n---\n\n# Old\n\nA brief.\n"
            .write(to: folder.file("brief.md"), atomically: true, encoding: .utf8)
        try "Sources\n\nWhere these came from.\n".write(to: folder.file("SOURCES.md"), atomically: true, encoding: .utf8)
        try "About\n\nThis folder holds articles.\n".write(to: folder.file("README.md"), atomically: true, encoding: .utf8)
        let files = try InputCollector.collect([folder.url.path], excluding: [folder.file("packet").path])
        #expect(relative(files, to: folder) == ["a.txt", "b.txt"])
    }

    @Test("a folder named like an article and a FIFO inside a folder are not articles (failure 11)")
    func onlyRegularFilesInFolders() throws {
        let folder = try articles()
        try FileManager.default.createDirectory(at: folder.file("y.txt"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.file("pipe.txt").path, 0o644) == 0)
        #expect(relative(try InputCollector.collect([folder.url.path]), to: folder) == ["a.txt", "b.txt"])
    }

    @Test("a FIFO named as input and a symbolic link loop say what they are (failure 11)")
    func honestErrors() throws {
        let folder = try TemporaryDirectory()
        #expect(mkfifo(folder.file("pipe.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.file("loop.txt").path, withDestinationPath: "loop.txt")
        #expect(throws: AssemblyError.unreadable(path: folder.file("pipe.txt").path,
                                                 reason: "not a regular file (a FIFO); name an article file or a folder")) {
            try InputCollector.collect([folder.file("pipe.txt").path])
        }
        #expect(throws: AssemblyError.unreadable(path: folder.file("loop.txt").path,
                                                 reason: "symbolic links loop (a link leads back to itself)")) {
            try InputCollector.collect([folder.file("loop.txt").path])
        }
    }
}

/// Aliases that would expand exponentially are refused before any value is built.
@Suite("YAML alias limits")
struct YAMLAliasLimitTests {
    /// Nine levels of nine aliases each: 9⁹ values once expanded; aliases also used as keys.
    static let bomb: String = {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        lines.append("? *a9\n: boom")
        return lines.joined(separator: "\n")
    }()

    @Test("an alias bomb in article front matter is refused quickly, naming the line (failure 4)")
    func frontMatterBomb() throws {
        let start = ContinuousClock.now
        #expect {
            try ArticleReader.read(text: "---\ntitle: Bomb\n\(Self.bomb)\n---\n\nThe text.\n", path: "bomb.md")
        } throws: { error in
            guard case AssemblyError.invalidFrontMatter(let path, _, let reason) = error else { return false }
            return path == "bomb.md" && (reason.contains("aliases expand it to more than") || reason.contains("aliases more than"))
        }
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test("limits on alias count and depth", arguments: [
        (String(repeating: "- *a\n", count: 201), "more than 200 aliases"),
        ("- &a [x]\n- &b [*a]\n- &c [*b]\n- &d [*c]\n- &e [*d]\n- [*e]\n", "nests aliases more than 4 deep"),
    ])
    func limits(yaml: String, reason: String) {
        let text = yaml.hasPrefix("- *a") ? "- &a x\n" + yaml : yaml
        #expect(YAMLAliasLimit.violation(in: text)?.reason.contains(reason) == true)
    }

    @Test("ordinary anchors and merges are accepted")
    func ordinaryAliases() {
        #expect(YAMLAliasLimit.violation(in: "base: &base {outlet: CNN}\na: {<<: *base, title: A}\nb: *base\n") == nil)
    }
}
