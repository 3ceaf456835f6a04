import CallbackModel
import Dispatch
import Foundation

/// Runs the engine for the loop on worker threads, so a key is read while a 100-retry
/// frame computes. A new request replaces the queued work (a held key does not build up a
/// backlog of screens nobody will see); what is already running finishes and is kept.
/// All shared state sits behind one lock (`Locked`).
public final class BackgroundEvaluator: Sendable {
    private struct Work {
        var queue: [Parameters] = []
        var running: Set<Parameters> = []
        var finished: [Evaluated] = []
        var workers = 0
    }

    private let work = Locked(Work())
    /// Signalled whenever an answer lands, for `waitUntilIdle`.
    private let landed = NSCondition()
    private let evaluate: @Sendable (Parameters) -> Evaluated
    private let workerLimit: Int

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                evaluate: @escaping @Sendable (Parameters) -> Evaluated = Evaluated.evaluate) {
        workerLimit = max(1, workers)
        self.evaluate = evaluate
    }

    /// Computes these configurations, in order, skipping any already running.
    public func request(_ configurations: [Parameters]) {
        let spawn = work.withLock { w -> Int in
            w.queue = configurations.filter { !w.running.contains($0) }
            let extra = min(workerLimit - w.workers, w.queue.count)
            w.workers += extra
            return extra
        }
        for _ in 0 ..< spawn {
            DispatchQueue.global().async { self.drain() }
        }
    }

    private func drain() {
        while true {
            let next = work.withLock { w -> Parameters? in
                guard !w.queue.isEmpty else {
                    w.workers -= 1
                    return nil
                }
                let p = w.queue.removeFirst()
                w.running.insert(p)
                return p
            }
            guard let p = next else { return }
            let answer = evaluate(p)
            work.withLock { w in
                w.running.remove(p)
                w.finished.append(answer)
            }
            // Under the condition's lock, so a waiter that has just seen "busy" is already
            // waiting when this wakes it.
            landed.lock()
            landed.broadcast()
            landed.unlock()
        }
    }

    /// Answers computed since the last call.
    public func takeFinished() -> [Evaluated] {
        work.withLock { w in
            defer { w.finished = [] }
            return w.finished
        }
    }

    /// Work queued or running.
    public var isBusy: Bool { work.withLock { !$0.queue.isEmpty || !$0.running.isEmpty } }

    /// Waits until nothing is queued or running, or the time is up; true when idle.
    /// `Int.max` (or anything past a day) waits as long as it takes.
    @discardableResult
    public func waitUntilIdle(milliseconds: Int) -> Bool {
        // Foundation traps converting a far-off deadline (distantFuture) to a timespec.
        let forever = milliseconds > 86_400_000
        let deadline = Date(timeIntervalSinceNow: forever ? 0 : Double(milliseconds) / 1000)
        landed.lock()
        defer { landed.unlock() }
        while isBusy {
            if forever {
                landed.wait()
            } else if !landed.wait(until: deadline) {
                return !isBusy
            }
        }
        return true
    }
}
