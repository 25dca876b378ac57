import CLibxml2

/// The one place that calls libxml2: parses bytes with its HTML or XML parser and copies the result into a
/// ``NodeTree``, then frees libxml2's document. Nothing of libxml2 leaves this file.
enum LibXML {
    struct Parsed {
        var tree: NodeTree
        /// libxml2's first error for a malformed document ("Opening and ending tag mismatch", line 12).
        var firstError: (message: String, line: Int)?
    }

    /// Parses HTML bytes in the given encoding (an IANA name libxml2 knows, e.g. "UTF-8", "windows-1252").
    static func parseHTML(_ bytes: [UInt8], encoding: String) -> Parsed? {
        silenceErrors()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, encoding, options)
                }
            } ?? nil
        }
        return finish(document, context: context, html: true)
    }

    /// Parses XML (a feed) with recovery, no network and no entity substitution, so an entity cannot pull
    /// in anything from outside the file.
    static func parseXML(_ bytes: [UInt8]) -> Parsed? {
        silenceErrors()
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_HUGE.rawValue)
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, nil, options)
                }
            } ?? nil
        }
        return finish(document, context: context, html: false)
    }

    /// libxml2 prints some errors (encoding, I/O) on stderr whatever the options say; they are read from the
    /// parser context instead. The handler is per thread in libxml2.
    private static func silenceErrors() {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    private static func finish(_ document: xmlDocPtr?, context: xmlParserCtxtPtr, html: Bool) -> Parsed? {
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var firstError: (String, Int)?
        if context.pointee.wellFormed == 0 || context.pointee.errNo != 0 {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0).trimmingTrailingNewlines } ?? "not well-formed"
            firstError = (message, Int(error.line))
        }
        return Parsed(tree: copy(document, html: html), firstError: firstError)
    }

    /// Elements nested deeper than this are read as their content: no page means anything by it, and it keeps
    /// every walk up the tree short.
    static let maximumDepth = 256

    /// Copies libxml2's tree in one loop over an explicit stack of (libxml2 node, parent in our tree, depth).
    private static func copy(_ document: xmlDocPtr, html: Bool) -> NodeTree {
        let tree = NodeTree()
        var stack: [(xmlNodePtr, NodeTree.ID, Int)] = []
        pushChildren(of: document.pointee.children, parent: tree.root, depth: 1, onto: &stack)
        while let (node, parent, depth) = stack.popLast() {
            let line = Int(xmlGetLineNo(node))
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if depth > maximumDepth {
                    pushChildren(of: node.pointee.children, parent: parent, depth: depth, onto: &stack)
                    continue
                }
                let element = tree.makeElement(qualifiedName(node, html: html), line: line, attributes: attributes(of: node))
                tree.appendChild(element, to: parent)
                pushChildren(of: node.pointee.children, parent: element, depth: depth + 1, onto: &stack)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    tree.appendChild(tree.makeText(String(cString: content), line: line), to: parent)
                }
            case XML_ENTITY_REF_NODE:
                // An entity the feed never declared (&nbsp; in RSS): keep what it names as text.
                if let name = node.pointee.name {
                    let text = htmlEntity(named: name)
                    if !text.isEmpty { tree.appendChild(tree.makeText(text, line: line), to: parent) }
                }
            default:
                continue
            }
        }
        return tree
    }

    /// Pushes a sibling list in reverse, so they pop in document order.
    private static func pushChildren(of first: xmlNodePtr?, parent: NodeTree.ID, depth: Int, onto stack: inout [(xmlNodePtr, NodeTree.ID, Int)]) {
        let start = stack.count
        var child = first
        while let node = child {
            stack.append((node, parent, depth))
            child = node.pointee.next
        }
        stack[start...].reverse()
    }

    private static func htmlEntity(named name: UnsafePointer<xmlChar>) -> String {
        guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else { return "" }
        return String(Character(scalar))
    }

    private static func qualifiedName(_ node: xmlNodePtr, html: Bool) -> String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        if html { return local.lowercased() }
        if let prefix = node.pointee.ns?.pointee.prefix { return "\(String(cString: prefix)):\(local)" }
        return local
    }

    private static func attributes(of node: xmlNodePtr) -> [(String, String)] {
        var result: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                var name = String(cString: rawName).lowercased()
                if let prefix = current.pointee.ns?.pointee.prefix { name = "\(String(cString: prefix)):\(name)" }
                var value = ""
                var piece = current.pointee.children
                while let text = piece {
                    if let content = text.pointee.content { value += String(cString: content) }
                    piece = text.pointee.next
                }
                result.append((name, value))
            }
            attribute = current.pointee.next
        }
        return result
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.last?.isNewline == true { result.removeLast() }
        return result
    }
}
