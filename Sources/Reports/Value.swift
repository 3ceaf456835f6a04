import CallbackModel

/// A value and how it reads; probabilities are the ones drawn as bars.
public enum Value: Sendable {
    case probability(Rational)
    case number(Rational)
    /// Writes per order: scripts read SPEC §2's `writes_per_order` as a plain number, so
    /// JSON writes it bare when it is whole.
    case writes(Rational)
    case money(Rational)
    /// A ratio such as a burn rate: "900×".
    case times(Rational)
    /// Days, printed in the unit that reads best; nil reads "forever".
    case duration(Rational?)
    case text(String)
    /// A formula (SPEC §5): Unicode for people, the ASCII grammar for scripts, the same with
    /// this configuration's values written in, and its exact value there.
    case formula(unicode: String, ascii: String, substituted: String?, value: Rational?)
    /// A point that cannot be computed, with the reason.
    case unavailable(String)
}
