/// How a sheet prints: landscape, one page wide with its header row on every page and the sheet's
/// name and page number in the footer; a summary sheet (the Overview) also fits one page tall so that
/// its chart is never split.
enum PrintLayout: Equatable {
    case table
    case onePage

    /// Excel header/footer codes: `&A` the sheet name, `&P` the page, `&N` the page count.
    static let footer = "&L&A&RPage &P of &N"
}
