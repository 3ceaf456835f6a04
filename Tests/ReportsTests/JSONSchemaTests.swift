import Foundation
import Testing
import CallbackModel
import Reports

/// schemas/report.schema.json describes `report --format json`; real output at several
/// configurations validates against it. The validator below covers the keywords the schema
/// uses (type, enum, pattern, minimum, maximum, required, properties,
/// additionalProperties: false, oneOf, $ref into $defs, items, maxItems), and fails on any other keyword so
/// the schema cannot grow past what is checked.
struct JSONSchemaTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent("schemas/report.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static let configurations: [Parameters] = [
        Parameters(servers: 10),
        Parameters(servers: 10, canaryShare: Rational(1, 20)),
        Parameters(servers: 10, strategy: .shared),
        Parameters(servers: 10, strategy: .replicate, retries: 2, replicas: 3),
        Parameters(servers: 1_000_000_000, orderValue: Rational(25, 2)),
        Parameters(servers: 100, canaryShare: Rational(1, 100), strategy: .canaryFallback),
    ]

    @Test(arguments: configurations)
    func reportJSONValidates(_ p: Parameters) throws {
        let text = Documents.report(try CallbackEngine.evaluate(p)).rendered(as: .json)
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        let schema = try Self.schema()
        let errors = Validator(root: schema).errors(value, against: schema, at: "$")
        #expect(errors.isEmpty, "\(errors)")
    }

    /// The validator does reject: a missing key, a string where a number goes, an extra key.
    @Test func validatorRejectsWhatTheSchemaForbids() throws {
        let schema = try Self.schema()
        let text = Documents.report(try CallbackEngine.evaluate(Parameters(servers: 10))).rendered(as: .json)
        var o = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        o["failure"] = ["exact": "9/10", "decimal": "0.9", "percent": 90]
        o["extra"] = 1
        o["routing"] = nil
        let errors = Validator(root: schema).errors(o, against: schema, at: "$")
        #expect(errors.contains { $0.hasPrefix("$.failure.decimal") })
        #expect(errors.contains { $0.hasPrefix("$.extra") })
        #expect(errors.contains { $0.contains("routing") })
    }
}

/// Just enough JSON Schema (draft 2020-12) for schemas/report.schema.json.
struct Validator {
    let root: [String: Any]
    static let known: Set<String> = ["$schema", "$id", "title", "description", "type", "enum", "pattern", "minimum",
                                     "maximum", "required", "properties", "additionalProperties", "oneOf", "$ref", "$defs", "items", "maxItems"]

    func errors(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        var out: [String] = []
        for key in schema.keys where !Self.known.contains(key) { out.append("\(path): schema keyword \(key) is not checked") }
        if let ref = schema["$ref"] as? String {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard ref.hasPrefix("#/$defs/"), let def = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else {
                return out + ["\(path): unresolved \(ref)"]
            }
            out += errors(value, against: def, at: path)
        }
        if let type = schema["type"] as? String, !Self.has(type, value) { out.append("\(path): not \(type)") }
        if let options = schema["enum"] as? [String], !options.contains(where: { $0 == value as? String }) {
            out.append("\(path): not one of \(options)")
        }
        if let pattern = schema["pattern"] as? String, let s = value as? String,
           s.range(of: pattern, options: .regularExpression) == nil {
            out.append("\(path): \(s) does not match \(pattern)")
        }
        if let number = Self.number(value) {
            if let min = schema["minimum"] as? NSNumber, number < Decimal(min.doubleValue) { out.append("\(path): below \(min)") }
            if let max = schema["maximum"] as? NSNumber, number > Decimal(max.doubleValue) { out.append("\(path): above \(max)") }
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { errors(value, against: $0, at: path).isEmpty }.count
            if matching != 1 { out.append("\(path): matches \(matching) of oneOf") }
        }
        if let most = schema["maxItems"] as? Int, let array = value as? [Any], array.count > most {
            out.append("\(path): more than \(most) items")
        }
        if let items = schema["items"] as? [String: Any], let array = value as? [Any] {
            for (i, item) in array.enumerated() { out += errors(item, against: items, at: "\(path)[\(i)]") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(path): lacks \(key)") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let sub = properties[key] as? [String: Any] {
                    out += errors(member, against: sub, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    out.append("\(path).\(key): not allowed")
                }
            }
        }
        return out
    }

    /// Booleans (a pool's `canary`) arrive as NSNumber too; only `canary` is one, so the
    /// number check need not tell them apart.
    static func isNumber(_ value: Any) -> Bool { value is NSNumber }

    static func number(_ value: Any) -> Decimal? {
        guard isNumber(value), let n = value as? NSNumber else { return nil }
        return n.decimalValue
    }

    static func has(_ type: String, _ value: Any) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "null": value is NSNull
        case "boolean": value is Bool
        case "number": isNumber(value)
        case "integer": number(value).map { $0 == $0.rounded() } ?? false
        default: false
        }
    }
}

extension Decimal {
    func rounded() -> Decimal {
        var x = self, r = Decimal()
        NSDecimalRound(&r, &x, 0, .plain)
        return r
    }
}
