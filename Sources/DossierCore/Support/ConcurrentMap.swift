import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores for work that is independent per element; results come back in element order,
    /// so the output does not depend on timing. Shared by assembly (per article) and the build (per format).
    package func concurrentMap<Result>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = ConcurrentSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = transform(self[index])
        }
        return slots.values
    }
}

/// Fixed slots written by concurrent workers, each slot by exactly one worker.
private final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value] { lock.withLock { slots.map { $0! } } }
}

/// A count that concurrent workers step, each step answered with the new total (for progress).
package final class ConcurrentCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    package init() {}

    package func next() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}
