import CYaml

/// Refuses YAML whose aliases would expand into a huge tree ("billion laughs"), judged from libyaml's
/// event stream before any value is built: composing first would already do the exponential work.
package enum YAMLAliasLimit {
    package static let maximumAliases = 200
    /// How deep aliases may refer to nodes that themselves hold aliases.
    package static let maximumAliasDepth = 4
    /// Nodes the document may have once every alias is expanded.
    package static let maximumExpandedNodes = 100_000

    /// Where (1-based line) and why `yaml` is refused, or nil when it is within the limits or does not
    /// parse (the YAML reader then reports the syntax error itself).
    package static func violation(in yaml: String) -> (line: Int, reason: String)? {
        var bytes = Array(yaml.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                if let reason = walk.take(event) { return (line, reason) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
            }
        }
    }

    /// Expanded sizes and alias depths of the open collections and of every anchor seen.
    private struct Walk {
        struct Size {
            var nodes = 1
            var depth = 0
        }

        var open: [(anchor: String?, size: Size)] = []
        var anchors: [String: Size] = [:]
        var aliases = 0
        var total = 0

        mutating func take(_ event: yaml_event_t) -> String? {
            switch event.type {
            case YAML_SCALAR_EVENT:
                return finish(Size(), anchor: text(event.data.scalar.anchor), adding: 1)
            case YAML_SEQUENCE_START_EVENT:
                open.append((text(event.data.sequence_start.anchor), Size()))
            case YAML_MAPPING_START_EVENT:
                open.append((text(event.data.mapping_start.anchor), Size()))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                return finish(closed.size, anchor: closed.anchor, adding: 1)
            case YAML_ALIAS_EVENT:
                aliases += 1
                guard aliases <= maximumAliases else { return "more than \(maximumAliases) aliases (*name)" }
                guard let name = text(event.data.alias.anchor), var size = anchors[name] else { return nil }
                size.depth += 1
                guard size.depth <= maximumAliasDepth else {
                    return "alias *\(name) nests aliases more than \(maximumAliasDepth) deep"
                }
                return finish(size, anchor: nil, adding: size.nodes)
            default:
                break
            }
            return nil
        }

        /// Adds a finished node to its parent and checks the expanded size; `added` counts the nodes it
        /// brings that are not counted yet (an alias brings its whole copy).
        private mutating func finish(_ size: Size, anchor: String?, adding added: Int) -> String? {
            total += added
            guard total <= maximumExpandedNodes else {
                return "aliases expand it to more than \(maximumExpandedNodes) values"
            }
            if let anchor { anchors[anchor] = size }
            if !open.isEmpty {
                open[open.count - 1].size.nodes += size.nodes
                open[open.count - 1].size.depth = max(open[open.count - 1].size.depth, size.depth)
            }
            return nil
        }

        private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
