import CallbackModel

/// What a balancing directive means for the provider's callbacks.
struct Balancing {
    var routing = CallbackRouting.perRequest
    /// Affinity when the balancer hashes the order id; nil leaves the flags' strategy.
    var strategy: Strategy?
    var hashing: Hashing?
}
