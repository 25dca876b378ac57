/// A piece of the body before it becomes a ``Block``: the source lines it is made of.
enum BodyUnit {
    case text([ReadLine])
    case heading(level: Int, ReadLine)
    case list(ordered: Bool, items: [[ReadLine]])
    case quote([ReadLine])
}

enum BodyUnits {
    /// Groups the body lines: runs of text split into paragraphs, Markdown headings, lists and quotes.
    /// Any line that is not body text (blank, removed) ends the run before it.
    static func group(_ lines: [ReadLine]) -> [BodyUnit] {
        var units: [BodyUnit] = []
        var run: [ReadLine] = []
        /// The previous line was body text of the last list or quote, so the next line may continue it.
        var continuesLast = false
        func flush() {
            units += ParagraphSplitter.split(run.map(\.content)).map { BodyUnit.text(Array(run[$0])) }
            run = []
        }
        for line in lines {
            guard line.role == .body else {
                flush()
                continuesLast = false
                continue
            }
            switch line.shape {
            case .heading(let level, _):
                flush()
                units.append(.heading(level: level, line))
                continuesLast = false
            case .listItem(let ordered, _):
                flush()
                if continuesLast, case .list(let lastOrdered, var items) = units.last, lastOrdered == ordered {
                    items.append([line])
                    units[units.count - 1] = .list(ordered: ordered, items: items)
                } else {
                    units.append(.list(ordered: ordered, items: [[line]]))
                }
                continuesLast = true
            case .quote:
                flush()
                appendToQuote(line, &units, continuing: continuesLast)
                continuesLast = true
            case .text, .image:
                if continuesLast, case .list(let ordered, var items) = units.last, line.source.indent >= 2 {
                    items[items.count - 1].append(line)
                    units[units.count - 1] = .list(ordered: ordered, items: items)
                } else if continuesLast, case .quote = units.last {
                    appendToQuote(line, &units, continuing: true)  // Markdown's lazy continuation of a quote
                } else {
                    run.append(line)
                    continuesLast = false
                }
            }
        }
        flush()
        return units
    }

    private static func appendToQuote(_ line: ReadLine, _ units: inout [BodyUnit], continuing: Bool) {
        if continuing, case .quote(var lines) = units.last {
            lines.append(line)
            units[units.count - 1] = .quote(lines)
        } else {
            units.append(.quote([line]))
        }
    }
}
