import Foundation
import Testing
import CallbackModel

/// The flags against the one table of bounds: each numeric flag, at each end of its range
/// and a step outside, in the real binary. Refused exactly outside, with the table's words.
struct FlagBoundsTests {
    struct Probe: CustomStringConvertible, Sendable {
        let flags: [String]
        let name: ParameterName
        let value: String
        let accepted: Bool
        var description: String { flags.joined(separator: " ") }
    }

    /// Contexts where each flag's bound applies (replicas with replicate, M with a canary).
    static let contexts: [ParameterName: [String]] = [
        .canaryServers: ["--servers", "10", "--canary", "10"],
        .replicas: ["--servers", "10", "--strategy", "replicate"],
    ]

    static var probes: [Probe] {
        Bounds.numeric.flatMap { name -> [Probe] in
            let context = contexts[name] ?? ["--servers", "10"]
            var given = Parameters(servers: 10)
            if name == .canaryServers { given.canaryShare = Rational(1, 10) }
            if name == .replicas { given.strategy = .replicate }
            if name == .servers { given = Parameters() }
            let bound = Bounds.of(name, given: given)
            let step: Rational = bound.wholeNumber ? 1 : Rational(1, 100)
            let ends = [bound.lower?.value, bound.upper?.value].compactMap { $0 }
            return ends.flatMap { e in [e - step, e, e + step] }.map { v in
                let text = v.terminatingDecimal ?? v.description
                let flags = ["report"] + (name == .servers ? [] : context) + ["--\(name.rawValue)", text]
                return Probe(flags: flags, name: name, value: text, accepted: bound.contains(v))
            }
        }
    }

    // Catches a flag parsed with a range of its own: each probe is refused exactly when the
    // table refuses it, and the refusal quotes the table's allowed range.
    @Test(arguments: probes)
    func flagsRefuseExactlyOutsideTheTable(_ probe: Probe) throws {
        let out = try Binary.run(probe.flags + ["--format", "json"])
        if probe.accepted {
            #expect(out.status == 0, "\(probe): \(out.stderr)")
        } else {
            #expect(out.status == 64, "\(probe)")
            #expect(out.stderr.hasPrefix("callback-explorer: --\(probe.name.rawValue) \(probe.value)"), "\(out.stderr)")
            #expect(out.stderr.contains("allowed "), "\(out.stderr)")
        }
    }
}
