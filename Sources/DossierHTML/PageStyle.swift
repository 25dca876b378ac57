/// The page's one stylesheet, inline. Widths are relative and long words break anywhere, so nothing
/// is wider than a 360 px phone; colours follow `prefers-color-scheme`; print drops the navigation.
enum PageStyle {
    static let css = """
        :root { --text: #1b1b1b; --muted: #595959; --page: #ffffff; --rule: #d0d0d0; --link: #0b57d0; --shade: #f1f3f6; }
        @media (prefers-color-scheme: dark) { :root { --text: #e6e6e6; --muted: #a9a9a9; --page: #121212; --rule: #3b3b3b; --link: #8ab4f8; --shade: #1f2328; } }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: var(--page); overflow-wrap: anywhere; }
        a { color: var(--link); }
        h1 { font-size: 1.8rem; line-height: 1.2; margin: 0.5rem 0; }
        h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        .meta, .more, figcaption, .footnotes, body > footer { color: var(--muted); }
        nav ol { padding-left: 1.4rem; }
        figure { margin: 1rem 0; }
        .quote blockquote { margin: 0; padding: 0.2rem 0 0.2rem 1rem; border-left: 3px solid var(--rule); }
        .quote blockquote p { margin: 0; }
        figcaption { font-size: 0.9rem; margin: 0.2rem 0 0 1rem; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        th, td { text-align: start; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); }
        thead th { background: var(--shade); }
        sup { line-height: 0; }
        .footnotes { font-size: 0.9rem; }
        body > footer { margin-top: 2rem; font-size: 0.85rem; }
        @media (max-width: 30rem) { body { padding: 0.75rem; } h1 { font-size: 1.5rem; } th, td { padding: 0.3rem; } }
        @media print {
          :root { --text: #000000; --muted: #333333; --page: #ffffff; --link: #000000; --shade: #eeeeee; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav, .back { display: none; }
          h2, h3 { break-after: avoid; }
          tr, figure, li { break-inside: avoid; }
        }

        """
}
