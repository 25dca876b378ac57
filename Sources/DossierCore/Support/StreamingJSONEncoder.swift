import Foundation

/// Writes an `Encodable` value as exactly the bytes `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, but as a stream. An object's
/// `encode(to:)` records its members (children kept as the values themselves), which are then sorted
/// and written one by one, each encoded only when reached; an array's elements are written as they
/// are encoded. Memory follows the nesting depth and the widest object, not the document.
///
/// `depth` below is the nesting level a container written at that point gets: the top level is 1,
/// and it is also the indentation of the container's elements.
final class StreamingJSONEncoder {
    private let output: JSONOutput
    /// The first error thrown after an element's bytes began: rethrown at the end even if the
    /// encoding code caught it, since the bytes written so far are incomplete.
    private var failure: (any Error)?
    /// The last member order worked out for each `CodingKey` type: most objects of a type encode
    /// the same keys in the same order, so their sorting is done once.
    private var memberOrders: [ObjectIdentifier: (names: [String], order: [Int])] = [:]

    private init(output: JSONOutput) {
        self.output = output
    }

    static func encode<T: Encodable>(_ value: T, to output: JSONOutput) throws {
        let encoder = StreamingJSONEncoder(output: output)
        do {
            let wroteValue = try encoder.writeValue(value, at: .top, depth: 1)
            if let failure = encoder.failure { throw failure }
            guard wroteValue else {
                throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
            }
        } catch is NestedTooDeep {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Unable to encode the given top-level value to JSON."))
        }
    }

    /// Encodes `value` and writes it; false when it encoded nothing (written as `{}`, as `JSONEncoder` does).
    @discardableResult
    func writeValue<T: Encodable>(_ value: T, at position: CodingPosition, depth: Int) throws -> Bool {
        if let scalar = Self.foundationScalar(value) {
            try write(scalar, at: position, depth: depth)
            return true
        }
        let recorder = JSONValueRecorder(at: position, live: .init(writer: self, depth: depth))
        try value.encode(to: recorder)
        try write(recorder, depth: depth)
        return recorder.shape != .nothing
    }

    func write(_ value: RecordedValue, at position: CodingPosition, depth: Int) throws {
        switch value {
        case .string(let text): try output.write(quoted: text)
        case .number(let digits): try output.write(raw: digits)
        case .bool(let flag): try output.write(flag ? "true" : "false")
        case .null: try output.write("null")
        case .deferred(let child): try writeValue(child, at: position, depth: depth)
        case .nested(let recorder): try write(recorder, depth: depth)
        }
    }

    /// Writes the next element of a live array; `body` writes the element itself.
    func writeElement(of array: JSONValueRecorder, depth: Int, _ body: (StreamingJSONEncoder, CodingPosition) throws -> Void) throws {
        do {
            try writePendingElements(of: array, depth: depth)
            let position = CodingPosition(parent: array.node, key: JSONKey(intValue: array.streamedCount))
            array.streamedCount += 1
            try beginElement(array.writtenCount, open: "[", depth: depth)
            array.writtenCount += 1
            try body(self, position)
        } catch {
            failure = failure ?? error
            throw error
        }
    }

    private func writePendingElements(of array: JSONValueRecorder, depth: Int) throws {
        for nested in array.pending {
            try beginElement(array.writtenCount, open: "[", depth: depth)
            array.writtenCount += 1
            try write(nested, depth: depth + 1)
        }
        array.pending.removeAll()
    }

    private func write(_ recorder: JSONValueRecorder, depth: Int) throws {
        recorder.isWritten = true
        switch recorder.shape {
        case .nothing:
            try endContainer(count: 0, open: "{", close: "}", depth: depth)
        case .single:
            try write(recorder.single, at: recorder.position, depth: depth)
        case .object:
            let members = recorder.members
            let order = memberOrder(members)
            for (index, memberIndex) in order.enumerated() {
                let member = members[memberIndex]
                try beginElement(index, open: "{", depth: depth)
                try output.write(quoted: member.name)
                try output.write(" : ")
                try write(member.value, at: CodingPosition(parent: recorder.node, key: member.key), depth: depth + 1)
            }
            try endContainer(count: order.count, open: "{", close: "}", depth: depth)
        case .array where recorder.live != nil:
            try writePendingElements(of: recorder, depth: depth)
            try endContainer(count: recorder.writtenCount, open: "[", close: "]", depth: depth)
        case .array:
            for (index, element) in recorder.elements.enumerated() {
                try beginElement(index, open: "[", depth: depth)
                try write(element, at: CodingPosition(parent: recorder.node, key: JSONKey(intValue: index)), depth: depth + 1)
            }
            try endContainer(count: recorder.elements.count, open: "[", close: "]", depth: depth)
        }
    }

    // MARK: Layout

    /// `JSONEncoder` refuses containers nested this deep.
    private static let maximumDepth = 512

    private struct NestedTooDeep: Error {}

    /// `JSONEncoder`'s pretty layout: the opening bracket, then each element on its own line.
    private func beginElement(_ index: Int, open: StaticString, depth: Int) throws {
        if index == 0 {
            try writeOpening(open, depth: depth)
        } else {
            try output.write(",\n")
        }
        try output.writeIndent(depth)
    }

    /// Closes a container; an empty one still gets its own empty line (`[`, blank line, `]`).
    private func endContainer(count: Int, open: StaticString, close: StaticString, depth: Int) throws {
        if count == 0 { try writeOpening(open, depth: depth) }
        try output.write("\n")
        try output.writeIndent(depth - 1)
        try output.write(close)
    }

    private func writeOpening(_ open: StaticString, depth: Int) throws {
        guard depth < Self.maximumDepth else { throw NestedTooDeep() }
        try output.write(open)
        try output.write("\n")
    }

    private func memberOrder(_ members: [JSONValueRecorder.Member]) -> [Int] {
        guard let first = members.first else { return [] }
        let keyType = ObjectIdentifier(type(of: first.key))
        if let known = memberOrders[keyType], known.names.count == members.count,
           zip(known.names, members).allSatisfy({ $0 == $1.name }) {
            return known.order
        }
        let order = Self.sortedUniqueIndices(members)
        memberOrders[keyType] = (members.map(\.name), order)
        return order
    }

    /// Members in the order of `.sortedKeys` on Linux (UTF-8 bytes); a key encoded twice keeps its last value.
    private static func sortedUniqueIndices(_ members: [JSONValueRecorder.Member]) -> [Int] {
        let order = members.indices.sorted { a, b in
            let first = members[a].name.utf8, second = members[b].name.utf8
            if first.lexicographicallyPrecedes(second) { return true }
            if second.lexicographicallyPrecedes(first) { return false }
            return a < b
        }
        return order.indices.compactMap { position in
            let isOverridden = position + 1 < order.count
                && members[order[position]].name.utf8.elementsEqual(members[order[position + 1]].name.utf8)
            return isOverridden ? nil : order[position]
        }
    }

    /// `JSONEncoder` writes these Foundation types as scalars instead of calling their `encode(to:)`.
    /// It tests with `as?`; comparing types is cheaper and gives the same bytes, because a wrapper
    /// such as `Optional` passes its content back through here.
    private static func foundationScalar<T: Encodable>(_ value: T) -> RecordedValue? {
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        if T.self == Decimal.self { return .number((value as! Decimal).description) }
        return nil
    }
}
