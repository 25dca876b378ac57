/// The book's one stylesheet. Sizes are relative (em, %), so the reader's font size setting rules;
/// no background or text colour is set, so night and sepia modes keep working; lines are hyphenated
/// where the reader supports it.
enum Stylesheet {
    static let css = """
        @charset "UTF-8";
        @namespace epub "http://www.idpf.org/2007/ops";

        body {
          font-family: Georgia, "Times New Roman", serif;
          line-height: 1.45;
          margin: 0 4%;
          text-align: justify;
          -epub-hyphens: auto;
          -webkit-hyphens: auto;
          hyphens: auto;
          orphans: 2;
          widows: 2;
        }

        h1, h2, h3, h4, h5, h6 {
          line-height: 1.2;
          text-align: left;
          -epub-hyphens: none;
          -webkit-hyphens: none;
          hyphens: none;
          page-break-after: avoid;
          break-after: avoid;
        }
        h1 { font-size: 1.6em; margin: 1.2em 0 0.4em; }
        h2 { font-size: 1.3em; margin: 1.4em 0 0.4em; }
        h3 { font-size: 1.1em; margin: 1.2em 0 0.3em; }
        h4, h5, h6 { font-size: 1em; margin: 1em 0 0.3em; }

        p { margin: 0 0 0.6em; }
        a { text-decoration: none; border-bottom: 0.05em solid; }
        code { font-family: monospace; font-size: 0.9em; }
        blockquote { margin: 0.8em 1.5em; font-style: italic; }
        ul, ol { margin: 0.4em 0 0.8em; padding-left: 1.5em; }
        li { margin-bottom: 0.3em; }

        header { margin-bottom: 1.2em; }
        .byline, .meta, .tags, .source-link, .title-note, .credit, .source-note, .lede, .more {
          font-size: 0.9em;
          text-align: left;
        }
        .byline { font-style: italic; margin-bottom: 0.2em; }
        .meta { font-variant: small-caps; letter-spacing: 0.03em; }
        .title-note { font-style: italic; opacity: 0.8; }
        footer { margin-top: 1.5em; border-top: 0.05em solid; padding-top: 0.5em; }
        h1.continued { font-size: 1.2em; font-style: italic; }

        .quote { border-bottom: 0.08em dotted; }
        .cite { font-size: 0.8em; white-space: nowrap; }
        .removed-text { font-style: italic; }
        .entry { font-weight: bold; }

        .cover { text-align: center; margin: 0; padding: 0; }
        .cover img { max-width: 100%; max-height: 100%; }
        .title-page { text-align: center; margin-top: 20%; }
        .title-page h1 { font-size: 2em; text-align: center; }
        .title-page .subtitle { font-size: 1.2em; font-style: italic; }

        """
}
