#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value shared between threads, reached only through `withLock`.
///
/// Why not the standard library's `Mutex`: on Linux it locks with atomics and futex calls
/// inside the (uninstrumented) standard library, so ThreadSanitizer cannot see it order
/// anything and reports every guarded access as a race. A pthread mutex is intercepted by
/// the sanitizer, so CI's sanitizer run checks real ordering.
///
/// Why `@unchecked Sendable` is sound: `value` is private and touched only inside
/// `withLock`, between lock and unlock of one heap-allocated pthread mutex (never moved,
/// freed in `deinit` when no thread can hold a reference), so no two threads ever access it
/// at once; `Value: Sendable` keeps what leaves the closure safe to share.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
