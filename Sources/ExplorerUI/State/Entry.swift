import BigInt
import CallbackModel

/// Typed values: parsed exactly ("2.5" % is 1/40 of traffic), checked, clamped never;
/// a bad value leaves the parameters alone and explains itself.
enum Entry {
    static func set(_ field: Field, to text: String, in p: inout Parameters) -> String? {
        let t = String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        if field == .strategy {
            guard let s = Strategy(rawValue: t.lowercased()) else {
                return "unknown strategy '\(t)': \(Strategy.allCases.map(\.name).joined(separator: ", "))"
            }
            p.strategy = s
            return "strategy set to \(s.name)"
        }
        guard let value = Rational(exactText: t.hasSuffix("%") ? String(t.dropLast()) : t) else {
            return "'\(t)' is not a number"
        }
        var candidate = p
        switch field {
        case .servers:
            guard value.isInteger, value >= 1, value <= Rational(Parameters.maxServers) else {
                return "servers '\(t)' out of range: 1 to 1,000,000,000"
            }
            candidate.servers = value.numerator
            if candidate.canaryServers > candidate.servers - 1 && candidate.servers > 1 { candidate.canaryServers = candidate.servers - 1 }
            if candidate.replicas > candidate.servers - 1 { candidate.replicas = candidate.servers - 1 }
        case .canary:
            guard !value.isNegative, value < 100 else { return "canary '\(t)' out of range: 0 ≤ canary < 100" }
            candidate.canaryShare = value / 100
        case .canaryServers:
            guard value.isInteger, value >= 1, value.numerator <= p.servers - 1 else {
                return "canary servers '\(t)' out of range: 1 to \(Rational.grouped(max(1, p.servers - 1)))"
            }
            candidate.canaryServers = value.numerator
        case .retries:
            guard value.isInteger, value >= 0, value <= 100 else { return "retries '\(t)' out of range: 0 to 100" }
            candidate.retries = Int(value.numerator)
        case .replicas:
            guard value.isInteger, value >= 0, value.numerator <= p.servers - 1 else {
                return "replicas '\(t)' out of range: 0 to \(Rational.grouped(p.servers - 1))"
            }
            candidate.replicas = value.numerator
        case .strategy:
            break
        }
        do {
            try candidate.validate()
        } catch {
            return error.description
        }
        p = candidate
        // Echo the value as the header shows it: "servers set to 1,000,000,000".
        return "\(field.label.lowercased()) set to \(Screen.fieldValue(field, candidate))"
    }
}
