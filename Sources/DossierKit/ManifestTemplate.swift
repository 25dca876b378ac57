/// The starter manifest `dossier init` writes: every key, commented.
public enum ManifestTemplate {
    public static let starter = """
    # dossier.yml: how to build this briefing packet. Run `dossier build` next to it.
    # Paths are relative to this file. Options on the command line win over these.

    title: My briefing packet
    # date: 2021-09-26            # fixes every timestamp; default SOURCE_DATE_EPOCH, else today

    inputs:                        # files, folders (read recursively), shell patterns or http(s) URLs
      - articles
      # - https://example.com/story

    output: packet
    # cache: .dossier-cache        # fetched pages; default .dossier-cache beside the output folder
    formats: [markdown, xlsx, epub, docx, html, json]

    # Facts an article's text lacks or gets wrong, by its path or URL as listed under inputs.
    # articles:
    #   articles/lavrov.txt:
    #     title: Lavrov says Mali turned to a private military company
    #     outlet: CNN
    #     url: https://example.com/lavrov
    #     date: 2021-09-25

    markdown:
      front-matter: yaml           # yaml, toml or none
      citations: footnotes         # footnotes, inline or none
      mermaid: false               # add a Mermaid timeline
      # template: brief.mustache   # render brief.md through your own Mustache template

    xlsx:
      constant-memory-threshold: 50000   # rows above which the workbook streams (autofilters, no tables)

    epub:
      language: en
      maximum-chapter-bytes: 250000

    docx:
      paper: a4                    # a4 or letter
      language: en

    html:
      language: en

    # Outside exporters: programs that read packet.json on stdin and write --output PATH.
    # exporters:
    #   csv:
    #     command: [scripts/dossier-export-csv]
    #     file: quotes.csv
    #     summary: quotes as CSV
    #     timeout: 60

    """
}
