import DossierAssembly
import DossierCore
import DossierKit
import DossierMarkdown
import Foundation
import TestSupport
import Testing

@Suite("dossier.yml")
struct ManifestTests {
    /// Writes `yaml` as dossier.yml in a fresh folder that lives as long as `body` runs.
    private func withManifest(_ yaml: String, _ body: (_ path: String, _ folder: URL) throws -> Void) throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("dossier.yml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        try withExtendedLifetime(folder) { try body(path, folder.url) }
    }

    @Test("every key is read, and paths are relative to the manifest's folder")
    func readsEverything() throws {
        try withManifest("""
            title: Sahel briefing
            date: 2021-09-26
            inputs: [articles]
            output: out
            formats: [markdown, json]
            articles:
              articles/a.txt: {title: Given title, outlet: Example Wire, url: "https://example.com/a", date: 2021-09-25}
            markdown: {front-matter: toml, citations: inline, mermaid: true}
            xlsx: {constant-memory-threshold: 10}
            epub: {language: fr, maximum-chapter-bytes: 1000}
            docx: {paper: letter, language: fr}
            html: {language: fr}
            exporters:
              csv: {command: [bin/dossier-export-csv, --strict], file: quotes.csv, summary: quotes, timeout: 5}
            """) { path, folder in
            let read = try ManifestReader.read(path)
            #expect(read.title == "Sahel briefing")
            #expect(read.date == PacketDate("2021-09-26"))
            #expect(read.formats == ["markdown", "json"])
            #expect(read.articles["articles/a.txt"] == ArticleOverride(title: "Given title", outlet: "Example Wire",
                                                                       url: "https://example.com/a", date: PacketDate("2021-09-25")))
            #expect(read.markdown.frontMatter == .toml)
            #expect(read.markdown.citations == .inline)
            #expect(read.markdown.mermaid)
            #expect(read.xlsx.constantMemoryThreshold == 10)
            #expect(read.epub.language == "fr")
            #expect(read.epub.maximumChapterBytes == 1000)
            #expect(read.docx.paper == .letter)
            #expect(read.docx.language == "fr")
            #expect(read.html.language == "fr")
            #expect(read.exporters.map(\.command) == [["bin/dossier-export-csv", "--strict"]])
            #expect(read.exporters.first?.timeLimit == .seconds(5))
            #expect(read.registry.names == ["markdown", "xlsx", "epub", "docx", "html", "json", "csv"])

            let (_, request) = try BuildSettings(manifest: path).resolve(environmentPath: "")
            let base = folder.path
            #expect(request.inputs == ["\(base)/articles"])
            #expect(request.outputDirectory == "\(base)/out")
            #expect(request.overrides.keys.sorted() == ["\(base)/articles/a.txt"])
            #expect(request.formats == ["markdown", "json"])
            #expect(request.title == "Sahel briefing")
        }
    }

    @Test("command-line options win over the manifest")
    func commandLineWins() throws {
        try withManifest("title: From manifest\ndate: 2021-09-26\ninputs: [a]\nformats: [json]\n") { path, _ in
            let (_, request) = try BuildSettings(inputs: ["b"], manifest: path, output: "o", formats: ["markdown"],
                                                 title: "From flag", date: "2020-01-02").resolve(environmentPath: "")
            #expect(request.inputs == ["b"])
            #expect(request.title == "From flag")
            #expect(request.date == PacketDate("2020-01-02"))
            #expect(request.formats == ["markdown"])
            #expect(request.outputDirectory == "o")
        }
    }

    @Test("an unknown key names the file, the line and the key probably meant")
    func unknownKey() throws {
        try withManifest("title: x\nmarkdown:\n  citatons: inline\n") { path, _ in
            #expect {
                try ManifestReader.read(path)
            } throws: { error in
                "\(error)" == "\(path):3: unknown key 'citatons'. Did you mean 'citations'? Known keys here: front-matter, citations, template, mermaid, words."
            }
        }
    }

    @Test("values of the wrong kind are errors with their line", arguments: [
        ("date: 26/09/2021\n", ":1: invalid date '26/09/2021': expected YYYY-MM-DD"),
        ("inputs: articles\n", ":1: expected a list"),
        ("markdown:\n  citations: endnotes\n", ":2: 'endnotes' is not one of: footnotes, inline, none"),
        ("exporters:\n  csv: {file: a.csv}\n", ":2: exporter 'csv' needs a 'command'"),
        ("title: [unclosed\n", ": not valid YAML"),
    ])
    func badValues(yaml: String, message: String) throws {
        try withManifest(yaml) { path, _ in
            #expect {
                try ManifestReader.read(path)
            } throws: { error in
                "\(error)".hasPrefix(path + message)
            }
        }
    }

    @Test("the starter manifest written by `dossier init` is itself a valid manifest")
    func starter() throws {
        try withManifest(ManifestTemplate.starter) { path, _ in
            let read = try ManifestReader.read(path)
            #expect(read.inputs == ["articles"])
            #expect(read.formats == ["markdown", "xlsx", "epub", "docx", "html", "json"])
        }
    }
}

@Suite("Manifest limits")
struct ManifestLimitTests {
    @Test("an alias bomb in dossier.yml is refused before it is expanded (failure 4)")
    func aliasBomb() throws {
        let folder = try TemporaryDirectory()
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 { lines.append("a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", "))]") }
        try "title: Bomb\nexporters:\n  csv: {command: [x], file: q.csv, summary: *a9}\n\(lines.joined(separator: "\n"))\n"
            .write(to: folder.file("dossier.yml"), atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        #expect { try ManifestReader.read(folder.file("dossier.yml").path) } throws: { "\($0)".contains("not accepted: ") }
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test("an EPUB language that is not a BCP 47 tag is refused (failure 9)", arguments: ["''", "english language", "e", "en_US", "fr-", "x-toolongsubtag"])
    func badLanguage(language: String) throws {
        let folder = try TemporaryDirectory()
        try "epub: {language: \(language)}\n".write(to: folder.file("dossier.yml"), atomically: true, encoding: .utf8)
        #expect { try ManifestReader.read(folder.file("dossier.yml").path) } throws: { "\($0)".contains("is not a BCP 47 language tag") }
    }

    @Test("BCP 47 tags are accepted", arguments: ["en", "fr-CA", "zh-Hant-TW", "sr-Latn", "es-419"])
    func goodLanguage(language: String) throws {
        let folder = try TemporaryDirectory()
        try "epub: {language: \(language)}\n".write(to: folder.file("dossier.yml"), atomically: true, encoding: .utf8)
        #expect(try ManifestReader.read(folder.file("dossier.yml").path).epub.language == language)
    }

    @Test("a SOURCE_DATE_EPOCH past the year 9999 or before 1970 is refused (failure 9)", arguments: ["99999999999999", "-1", "253402300800"])
    func sourceDateEpochRange(epoch: String) {
        #expect(throws: DossierCoreError.invalidSourceDateEpoch(epoch)) {
            try PacketDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": epoch])
        }
    }
}
