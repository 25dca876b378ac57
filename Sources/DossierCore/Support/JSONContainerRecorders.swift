/// The keyed and unkeyed containers of a `JSONValueRecorder`: every `encode` becomes a recorded
/// member or element (see `RecordedValue`).
struct ObjectRecorder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let recorder: JSONValueRecorder

    var codingPath: [any CodingKey] { recorder.codingPath }

    func encodeNil(forKey key: Key) throws { recorder.add(.null, forKey: key) }
    func encode(_ value: Bool, forKey key: Key) throws { recorder.add(.bool(value), forKey: key) }
    func encode(_ value: String, forKey key: Key) throws { recorder.add(.string(value), forKey: key) }
    func encode(_ value: Double, forKey key: Key) throws { recorder.add(try .float(value, at: codingPath + [key]), forKey: key) }
    func encode(_ value: Float, forKey key: Key) throws { recorder.add(try .float(value, at: codingPath + [key]), forKey: key) }
    func encode(_ value: Int, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: Int8, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: Int16, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: Int32, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: Int64, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    @available(macOS 15.0, *) func encode(_ value: Int128, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: UInt, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: UInt8, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: UInt16, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: UInt32, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode(_ value: UInt64, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    @available(macOS 15.0, *) func encode(_ value: UInt128, forKey key: Key) throws { recorder.add(.integer(value), forKey: key) }
    func encode<T: Encodable>(_ value: T, forKey key: Key) throws { recorder.add(.deferred(value), forKey: key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        recorder.nested(forKey: key).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        recorder.nested(forKey: key).unkeyedContainer()
    }

    func superEncoder() -> any Encoder { recorder.nested(forKey: JSONKey.super, reusing: false) }
    func superEncoder(forKey key: Key) -> any Encoder { recorder.nested(forKey: key, reusing: false) }
}

struct ArrayRecorder: UnkeyedEncodingContainer {
    let recorder: JSONValueRecorder

    var codingPath: [any CodingKey] { recorder.codingPath }
    var count: Int { recorder.elementCount }
    private var nextPath: [any CodingKey] { codingPath + [JSONKey(intValue: count)] }

    func encodeNil() throws { try recorder.appendElement(.null) }
    func encode(_ value: Bool) throws { try recorder.appendElement(.bool(value)) }
    func encode(_ value: String) throws { try recorder.appendElement(.string(value)) }
    func encode(_ value: Double) throws { try recorder.appendElement(try .float(value, at: nextPath)) }
    func encode(_ value: Float) throws { try recorder.appendElement(try .float(value, at: nextPath)) }
    func encode(_ value: Int) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: Int8) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: Int16) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: Int32) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: Int64) throws { try recorder.appendElement(.integer(value)) }
    @available(macOS 15.0, *) func encode(_ value: Int128) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: UInt) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: UInt8) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: UInt16) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: UInt32) throws { try recorder.appendElement(.integer(value)) }
    func encode(_ value: UInt64) throws { try recorder.appendElement(.integer(value)) }
    @available(macOS 15.0, *) func encode(_ value: UInt128) throws { try recorder.appendElement(.integer(value)) }
    func encode<T: Encodable>(_ value: T) throws { try recorder.appendElement(value) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        recorder.nestedElement().container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { recorder.nestedElement().unkeyedContainer() }
    func superEncoder() -> any Encoder { recorder.nestedElement() }
}
