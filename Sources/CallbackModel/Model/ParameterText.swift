/// A typed setting its reader refuses; `sentence(naming:)` puts the flag or key in front.
public struct SettingRefusal: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case outOfBound(BoundViolation)
        /// Not one of the names the setting takes.
        case unknownName
        /// Not in the setting's form (a callback delay), with what is wrong.
        case malformed(String)
    }

    public let name: ParameterName
    public let text: String
    public let reason: Reason

    public func sentence(naming subject: String) -> String {
        let allowed = Bounds.of(name, given: nil).allowed
        switch reason {
        case .outOfBound(let violation): return violation.sentence(naming: subject)
        case .unknownName: return "\(subject) '\(text)' is unknown: allowed \(allowed)"
        case .malformed(let why): return "\(subject) \(why): allowed \(allowed)"
        }
    }
}

extension Parameters {
    /// Sets one parameter from the text a person wrote for it (a flag, a deck's key): a
    /// number checked against the bound that holds whatever the others are, or one of a
    /// setting's names, or a callback delay. The ranges that depend on the other parameters
    /// are `validate`'s. `caseInsensitive`: names match whatever their case (the flags).
    public mutating func set(_ name: ParameterName, text: String, caseInsensitive: Bool = false) throws(SettingRefusal) {
        let key = caseInsensitive ? text.lowercased() : text
        switch name {
        case .strategy:
            guard let s = Strategy(rawValue: key) else { throw SettingRefusal(name: name, text: text, reason: .unknownName) }
            strategy = s
        case .hashing:
            guard let h = Hashing(rawValue: key) else { throw SettingRefusal(name: name, text: text, reason: .unknownName) }
            incidents.hashing = h
        case .callbackRouting:
            guard let r = CallbackRouting(rawValue: key) else { throw SettingRefusal(name: name, text: text, reason: .unknownName) }
            callbackRouting = r
        case .pool:
            // Repeatable: each text adds one class.
            switch ServerClass.parse(text) {
            case .success(let c): pools.append(c)
            case .failure(let refusal): throw SettingRefusal(name: name, text: text, reason: .malformed("'\(text)' \(refusal.why)"))
            }
        case .callbackDelay:
            switch CallbackDelay.parse(text) {
            case .success(let d): incidents.callbackDelay = d
            case .failure(let refusal): throw SettingRefusal(name: name, text: text, reason: .malformed(refusal.reason))
            }
        default:
            switch Bounds.of(name, given: nil).check(text) {
            case .success(let v): set(name, to: v)
            case .failure(let violation): throw SettingRefusal(name: name, text: text, reason: .outOfBound(violation))
            }
        }
    }
}
