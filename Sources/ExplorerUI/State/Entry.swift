import BigInt
import CallbackModel

/// Typed values: parsed exactly ("2.5" % is 1/40 of traffic) and checked against the same
/// bounds as the flags, never clamped; a bad value leaves the parameters alone and says
/// why in the words the command line uses.
enum Entry {
    static func set(_ field: Field, to text: String, in p: inout Parameters) -> String? {
        let t = String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        let subject = field.label.lowercased()
        if field == .strategy {
            guard let s = Strategy(rawValue: t.lowercased()) else {
                return "unknown strategy '\(t)': \(Bounds.of(.strategy, given: p).allowed)"
            }
            p.strategy = s
            return "strategy set to \(s.name)"
        }
        let name = field.parameter
        let value: Rational
        switch Bounds.of(name, given: p).check(t) {
        case .success(let v): value = v
        case .failure(let violation): return violation.sentence(naming: subject)
        }
        var candidate = p
        candidate.set(name, to: value)
        // Parameters that depend on this one follow it, as they do for keys.
        _ = Adjust.follow(name, in: &candidate)
        do {
            try candidate.validate()
        } catch {
            return error.description
        }
        p = candidate
        // Echo the value as the header shows it: "servers set to 1,000,000,000".
        return "\(subject) set to \(Screen.fieldValue(field, candidate))"
    }
}
