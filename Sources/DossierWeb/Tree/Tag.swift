/// The element names extraction treats specially; everything else is `.other` (its name stays in the tree).
enum Tag: UInt8, Sendable {
    case document, html, head, body, title, meta, link, script, style, noscript, template, svg, math
    case div, section, article, main, header, footer, nav, aside, form, fieldset, input, textarea, select, button
    case label, option, iframe, object, embed, canvas, video, audio, picture, source, img, figure, figcaption
    case p, br, hr, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre, code, table, thead, tbody
    case tfoot, tr, td, th, caption, a, em, i, strong, b, u, s, span, font, small, sup, sub, abbr, cite, q
    case time, mark, del, ins, kbd, samp, `var`, tt, address, center, dialog, menu, details, summary
    case other

    init(_ name: String) {
        self = Self.byName[name] ?? .other
    }

    var name: String {
        switch self {
        case .document: "#document"
        default: "\(self)"
        }
    }

    private static let byName: [String: Tag] = {
        var table: [String: Tag] = [:]
        for raw in 0..<Tag.other.rawValue {
            let tag = Tag(rawValue: raw)!
            table[tag.name] = tag
        }
        return table
    }()

    /// Heading level 1–6, nil for other tags.
    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }

    /// Inline (phrasing) elements: text inside them runs on with its neighbours.
    static let phrasing: Set<Tag> = [
        .abbr, .audio, .b, .br, .button, .cite, .code, .embed, .em, .font, .i, .img, .input, .kbd, .label,
        .mark, .math, .noscript, .object, .q, .samp, .script, .select, .small, .span, .strong, .sub, .sup,
        .textarea, .time, .var, .u, .s, .tt,
    ]

    /// Elements that make a block of their own: a div holding one is not a paragraph.
    static let blockLevel: Set<Tag> = [.blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul]
}
