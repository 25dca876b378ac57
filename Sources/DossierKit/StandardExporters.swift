import DossierCore
import DossierDOCX
import DossierEPUB
import DossierHTML
import DossierMarkdown
import DossierXLSX

extension ExporterRegistry {
    /// The six built-in formats, in the order `dossier formats` lists them, with the names people
    /// reach for first as aliases.
    public static func standard(
        markdown: MarkdownOptions = MarkdownOptions(),
        xlsx: XLSXOptions = XLSXOptions(),
        epub: EPUBOptions = EPUBOptions(),
        docx: DOCXOptions = DOCXOptions(),
        html: HTMLOptions = HTMLOptions()
    ) -> ExporterRegistry {
        var registry = ExporterRegistry()
        registry.register(.markdown(markdown))
        registry.register(.xlsx(xlsx))
        registry.register(.epub(epub))
        registry.register(.docx(docx))
        registry.register(.html(html))
        registry.register(.json)
        registry.alias("md", for: "markdown")
        registry.alias("excel", for: "xlsx")
        registry.alias("ebook", for: "epub")
        return registry
    }
}
