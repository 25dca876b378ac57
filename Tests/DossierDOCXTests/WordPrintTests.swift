import DossierCore
import DossierDOCX
import Foundation
import Testing
import TestSupport

/// LibreOffice lays the Word brief out and prints it to PDF; pdftotext and pdfinfo read the result.
@Suite struct WordPrintTests {
    @Test func libreOfficePrintsItOnTheChosenPaper() throws {
        let a4 = try WordExport(SamplePackets.rich)
        let letter = try WordExport(SamplePackets.rich, DOCXOptions(paper: .letter))
        let hostile = try WordExport(SamplePackets.hostile)
        let folder = try TemporaryDirectory()
        var inputs: [URL] = []
        for (name, export) in [("rich-a4", a4), ("rich-letter", letter), ("hostile", hostile)] {
            let copy = folder.file("\(name).docx")
            try FileManager.default.copyItem(at: export.file, to: copy)
            inputs.append(copy)
        }
        // One LibreOffice run for all three, with a private profile so parallel runs share no lock.
        let converted = try Validators.run([
            "soffice", "-env:UserInstallation=file://\(folder.file("lo-profile").path)", "--headless",
            "--convert-to", "pdf", "--outdir", folder.file("pdf").path,
        ] + inputs.map(\.path))
        try #require(converted.status == 0, "soffice failed: \(converted.stderr)")

        let richA4 = try PDF(folder.file("pdf/rich-a4.pdf"))
        #expect((1...3).contains(richA4.pages), "rich brief has \(richA4.pages) pages")
        #expect(richA4.size == "595.304 x 841.89 pts (A4)")
        for expected in ["Sahel briefing", "Sahel briefing · 2021-09-26", "Key points", "Who said what", "5,100 troops",
                         "Page 1 of \(richA4.pages)", "paragraph a1-p1.", "People, organisations and places"] {
            #expect(richA4.text.contains(expected), "PDF lacks \(expected)")
        }
        let richLetter = try PDF(folder.file("pdf/rich-letter.pdf"))
        #expect(richLetter.size == "612 x 792 pts (letter)")
        #expect((1...3).contains(richLetter.pages))

        let hostilePDF = try PDF(folder.file("pdf/hostile.pdf"))
        #expect((1...4).contains(hostilePDF.pages), "hostile brief has \(hostilePDF.pages) pages")
        #expect(hostilePDF.text.contains("<script>alert('x')</script> & <b>bold</b>"))
    }
}

/// A PDF's text (pdftotext, layout order) and its page count and size (pdfinfo).
struct PDF {
    var text: String
    var pages: Int
    var size: String

    init(_ file: URL) throws {
        let text = try Validators.run(["pdftotext", "-enc", "UTF-8", file.path, "-"])
        try #require(text.status == 0, "pdftotext failed: \(text.stderr)")
        let info = try Validators.run(["pdfinfo", file.path])
        try #require(info.status == 0, "pdfinfo failed: \(info.stderr)")
        func field(_ name: String) -> String {
            info.stdout.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        self.text = text.stdout
        pages = Int(field("Pages")) ?? 0
        size = field("Page size")
    }
}
