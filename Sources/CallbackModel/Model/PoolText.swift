import BigInt

extension ServerClass {
    /// The form `--pool` takes, as errors name it.
    public static let textForm = "NAME:SIZE:WEIGHT[:canary] (SIZE 1 to 1,000,000,000, WEIGHT > 0, e.g. big:2:3 or new:1:1:canary)"

    /// Reads `NAME:SIZE:WEIGHT[:canary]`; the reason when the text is not that.
    public static func parse(_ text: String) -> Result<ServerClass, PoolRefusal> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4 else {
            return .failure(PoolRefusal(text: text, why: "has \(parts.count) part\(parts.count == 1 ? "" : "s") separated by ':'"))
        }
        let name = parts[0]
        // ASCII only: a name is typed in the explorer and shown in fixed-width columns, where
        // invisible or double-width characters would lie about what is on screen.
        guard !name.isEmpty, name.unicodeScalars.count <= 40,
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0" ... "9").contains($0) || "-_.".unicodeScalars.contains($0)) }) else {
            return .failure(PoolRefusal(text: text, why: "has a name that is not 1 to 40 ASCII letters, digits, '-', '_' or '.'"))
        }
        guard case .success(let size) = Bounds.of(.servers, given: nil).check(parts[1]) else {
            return .failure(PoolRefusal(text: text, why: "has a size '\(parts[1])' that is not a whole number from 1 to 1,000,000,000"))
        }
        guard parts[2].count <= Bounds.maxDigits, let weight = Rational(exactText: parts[2]), weight > .zero else {
            return .failure(PoolRefusal(text: text, why: "has a weight '\(parts[2])' that is not a number above 0 (exact, at most \(Bounds.maxDigits) characters)"))
        }
        if parts.count == 4 && parts[3].lowercased() != "canary" {
            return .failure(PoolRefusal(text: text, why: "ends in '\(parts[3])' where only 'canary' may follow the weight"))
        }
        return .success(ServerClass(name: name, size: size.numerator, weight: weight, canary: parts.count == 4))
    }

    /// `NAME:SIZE:WEIGHT[:canary]`, as the flag takes it.
    public var text: String {
        "\(name):\(size):\(weight.terminatingDecimal ?? weight.description)\(canary ? ":canary" : "")"
    }
}

public struct PoolRefusal: Error, Sendable, Equatable {
    public let text: String
    public let why: String
}

extension ParameterName {
    /// Parameters that weighted pools give, so they are not set beside them.
    public var isPoolDescribed: Bool { self == .servers || self == .canary || self == .canaryServers }
}
