import BigInt
import CallbackModel

/// Stepping parameters by key inside their bounds (`Bounds`, the one table of ranges).
/// Each returns a note when it had to stop at an end, so the user learns the limit
/// instead of seeing a key do nothing.
enum Adjust {
    static func step(_ field: Field, by delta: Int, in p: inout Parameters) -> String? {
        switch field {
        case .strategy:
            p.strategy = delta > 0 ? p.strategy.next : p.strategy.previous
            return nil
        case .canaryServers where !p.hasCanary:
            return "no canary: press C to route traffic to one"
        case .replicas where p.strategy != .replicate:
            // A key must not change a value the screen says does not apply.
            return "replicas apply to the replicate strategy (s to switch)"
        default:
            let name = field.parameter
            return set(name, to: p.value(of: name) + Rational(delta), in: &p)
        }
    }

    static func scaleServers(up: Bool, in p: inout Parameters) -> String? {
        set(.servers, to: Rational(up ? p.servers * 10 : p.servers / 10), in: &p)
    }

    /// Moves one parameter to `target`, or to the end of its bound nearest it, and brings
    /// the parameters that depend on it back inside their own bounds.
    static func set(_ name: ParameterName, to target: Rational, in p: inout Parameters) -> String? {
        let (value, note) = Bounds.of(name, given: p).clamp(target)
        p.set(name, to: value)
        let followed = follow(name, in: &p)
        // Both show: a clamped N may also have lowered M or r, which must not change unseen.
        return [note, followed].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
    }

    /// After `name` changed, brings the parameters that depend on it back inside their
    /// bounds (canary servers and replicas follow N down; canary servers follow the canary);
    /// says so when the change shows. Keys and typed entry both go through here.
    static func follow(_ name: ParameterName, in p: inout Parameters) -> String? {
        switch name {
        case .servers:
            let canary = lower(.canaryServers, in: &p, saying: p.hasCanary ? "canary servers lowered to" : nil)
            return lower(.replicas, in: &p, saying: p.strategy == .replicate ? "replicas lowered to" : nil) ?? canary
        case .canary:
            lowerOrRaise(.canaryServers, in: &p)
            return nil
        default:
            return nil
        }
    }

    /// Brings a dependent parameter down to its bound's upper end; says so when it shows.
    private static func lower(_ name: ParameterName, in p: inout Parameters, saying prefix: String?) -> String? {
        let bound = Bounds.of(name, given: p)
        let v = p.value(of: name)
        guard !bound.contains(v), let upper = bound.upper, v > upper.value, upper.value >= 0 else { return nil }
        p.set(name, to: upper.value)
        return prefix.map { "\($0) \(Rational.grouped(upper.value.numerator))" }
    }

    private static func lowerOrRaise(_ name: ParameterName, in p: inout Parameters) {
        let bound = Bounds.of(name, given: p)
        let v = p.value(of: name)
        if !bound.contains(v) { p.set(name, to: bound.clamp(v).value) }
    }

    /// Incident settings by key. N2 starts from N (no event) and the TTL from "never"; a
    /// TTL stepped below 0 means the state never expires again.
    static func stepIncident(_ name: ParameterName, by delta: Int, in p: inout Parameters) -> String? {
        if name == .stateTTL, p.incidents.stateTTL == nil, delta < 0 { return "state never expires already" }
        if name == .stateTTL, let ttl = p.incidents.stateTTL, ttl + Rational(delta) < .zero {
            p.incidents.stateTTL = nil
            return "state never expires"
        }
        let current = p.value(of: name)
        let (value, note) = Bounds.of(name, given: p).clamp(current + Rational(delta))
        var q = p
        q.set(name, to: value)
        do {
            try q.validate()
        } catch {
            return error.description
        }
        p = q
        return note
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
