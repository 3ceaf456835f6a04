import Foundation

/// A value shared between threads, reached only through `withLock`.
///
/// Why not the standard library's `Mutex`: on Linux it locks with atomics and futex calls
/// inside the (uninstrumented) standard library, so ThreadSanitizer cannot see it order
/// anything and reports every guarded access as a race. `NSLock` is a pthread mutex, which
/// the sanitizer intercepts, so CI's sanitizer run checks real ordering.
///
/// Why `@unchecked Sendable` is sound: `value` is private and touched only inside
/// `withLock`, between `lock()` and `unlock()` of one `NSLock`, so no two threads ever
/// access it at once; `Value: Sendable` keeps what leaves the closure safe to share.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
