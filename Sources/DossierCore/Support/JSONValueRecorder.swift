/// What one `encode(to:)` call leaves behind: JSON scalars are final; a child that is itself
/// `Encodable` is kept as the value (a copy sharing its storage with the original) and encoded only
/// when the writer reaches it.
enum RecordedValue {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case deferred(any Encodable)
    /// A container filled through `nestedContainer` or `superEncoder` while its parent was recorded.
    case nested(JSONValueRecorder)

    static func integer(_ value: some BinaryInteger) -> RecordedValue { .number(value.description) }

    /// Numbers as `JSONEncoder` writes them: `description` without a trailing `.0`; NaN and infinity
    /// throw the error its default `.throw` strategy throws.
    static func float<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, at path: @autoclosure () -> [any CodingKey]) throws -> RecordedValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path(), debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

/// One level of the coding path of the value being written: only the current branch exists.
final class CodingPathNode {
    let parent: CodingPathNode?
    let key: any CodingKey

    init(parent: CodingPathNode?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }
}

/// Where a value sits: its container's path and its own key (none at the top level). A value
/// allocates its own path node only when one of its children needs it.
struct CodingPosition {
    var parent: CodingPathNode?
    var key: (any CodingKey)?

    static var top: CodingPosition { CodingPosition(parent: nil, key: nil) }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = key.map { [$0] } ?? []
        var node = parent
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// The keys `JSONEncoder` puts in coding paths for array elements ("Index 3") and `superEncoder()`.
struct JSONKey: CodingKey {
    let intValue: Int?
    private let name: String?

    init(stringValue: String) {
        name = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        name = nil
        self.intValue = intValue
    }

    var stringValue: String { name ?? "Index \(intValue ?? 0)" }

    static let `super` = JSONKey(stringValue: "super")
}

/// An `Encoder` for one JSON value that records its container's keys and children without encoding
/// the children. Like `JSONEncoder`, asking twice for the same kind of container gives the same one.
///
/// The value being written right now is *live*: its array elements need no sorting, so they go
/// straight to the output as they are encoded, and an array of any length costs no memory.
final class JSONValueRecorder: Encoder, SingleValueEncodingContainer {
    enum Shape { case nothing, single, object, array }

    struct Member {
        let name: String
        let key: any CodingKey
        let value: RecordedValue
    }

    /// The writer and the nesting depth of a live value.
    struct Live {
        let writer: StreamingJSONEncoder
        let depth: Int
    }

    let position: CodingPosition
    let live: Live?
    /// This value's own path node, the parent of its children's positions.
    private(set) lazy var node: CodingPathNode? = position.key.map { CodingPathNode(parent: position.parent, key: $0) } ?? position.parent
    private(set) var shape = Shape.nothing
    private(set) var single = RecordedValue.null
    private(set) var members: [Member] = []
    /// The elements of an array that is not live.
    private(set) var elements: [RecordedValue] = []
    /// A live array: elements announced so far, elements written, and nested containers opened
    /// but not yet written.
    var streamedCount = 0
    var writtenCount = 0
    var pending: [JSONValueRecorder] = []
    /// Set once the writer has written this value: changing it afterwards would be lost, so it traps.
    var isWritten = false

    init(at position: CodingPosition, live: Live? = nil) {
        self.position = position
        self.live = live
    }

    var codingPath: [any CodingKey] { position.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        become(.object)
        return KeyedEncodingContainer(ObjectRecorder<Key>(recorder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        become(.array)
        return ArrayRecorder(recorder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    private func become(_ container: Shape) {
        precondition(shape == .nothing || shape == container, "Attempt to push a new \(container) container when already previously encoded at this path.")
        shape = container
    }

    private func checkNotWritten() {
        precondition(!isWritten, "Attempt to encode into a container at \(codingPath.map(\.stringValue)) after the streaming encoder wrote it (a nested container must be filled before the next element of its array).")
    }

    // MARK: Recording

    func add(_ value: RecordedValue, forKey key: some CodingKey) {
        checkNotWritten()
        members.append(Member(name: key.stringValue, key: key, value: value))
    }

    private func set(_ value: RecordedValue) {
        precondition(shape == .nothing, "Attempt to encode value through single value container when previously value already encoded.")
        shape = .single
        single = value
    }

    var elementCount: Int { live == nil ? elements.count : streamedCount }

    func appendElement(_ value: RecordedValue) throws {
        checkNotWritten()
        guard let live else { return elements.append(value) }
        try live.writer.writeElement(of: self, depth: live.depth) { writer, position in try writer.write(value, at: position, depth: live.depth + 1) }
    }

    /// A generic element goes out without being boxed when the array is live.
    func appendElement<T: Encodable>(_ value: T) throws {
        checkNotWritten()
        guard let live else { return elements.append(.deferred(value)) }
        try live.writer.writeElement(of: self, depth: live.depth) { writer, position in try writer.writeValue(value, at: position, depth: live.depth + 1) }
    }

    /// The container under `key`, created or, as `JSONEncoder` does, the one created earlier.
    func nested(forKey key: some CodingKey, reusing: Bool = true) -> JSONValueRecorder {
        if reusing, let earlier = members.last(where: { $0.name == key.stringValue }) {
            guard case .nested(let recorder) = earlier.value else {
                preconditionFailure("Attempt to nest a container under key \"\(key.stringValue)\", which already holds a value; the streaming encoder cannot merge them.")
            }
            return recorder
        }
        let recorder = JSONValueRecorder(at: CodingPosition(parent: node, key: key))
        add(.nested(recorder), forKey: key)
        return recorder
    }

    /// A nested container as the next array element; in a live array it is written when the next
    /// element comes or the array ends, so it can be filled until then.
    func nestedElement() -> JSONValueRecorder {
        checkNotWritten()
        let recorder = JSONValueRecorder(at: CodingPosition(parent: node, key: JSONKey(intValue: elementCount)))
        if live == nil {
            elements.append(.nested(recorder))
        } else {
            pending.append(recorder)
            streamedCount += 1
        }
        return recorder
    }

    // MARK: SingleValueEncodingContainer

    func encodeNil() throws { set(.null) }
    func encode(_ value: Bool) throws { set(.bool(value)) }
    func encode(_ value: String) throws { set(.string(value)) }
    func encode(_ value: Double) throws { set(try .float(value, at: codingPath)) }
    func encode(_ value: Float) throws { set(try .float(value, at: codingPath)) }
    func encode(_ value: Int) throws { set(.integer(value)) }
    func encode(_ value: Int8) throws { set(.integer(value)) }
    func encode(_ value: Int16) throws { set(.integer(value)) }
    func encode(_ value: Int32) throws { set(.integer(value)) }
    func encode(_ value: Int64) throws { set(.integer(value)) }
    @available(macOS 15.0, *) func encode(_ value: Int128) throws { set(.integer(value)) }
    func encode(_ value: UInt) throws { set(.integer(value)) }
    func encode(_ value: UInt8) throws { set(.integer(value)) }
    func encode(_ value: UInt16) throws { set(.integer(value)) }
    func encode(_ value: UInt32) throws { set(.integer(value)) }
    func encode(_ value: UInt64) throws { set(.integer(value)) }
    @available(macOS 15.0, *) func encode(_ value: UInt128) throws { set(.integer(value)) }
    func encode<T: Encodable>(_ value: T) throws { set(.deferred(value)) }
}
