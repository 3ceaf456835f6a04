import BigInt
import CallbackModel

/// Servers a load balancer routes to, as one line of the config lists them: one server, or
/// a template's many (counted, never listed one by one).
struct ListedServer {
    let address: String
    let weight: BigInt
    var count: BigInt = 1
}

/// Servers of one weight are alike to the model, so they become one class; the notes say
/// which servers went where, so nothing is merged out of sight.
enum ServerGrouping {
    /// Names listed in a class's note before the rest are counted.
    static let namesShown = 8

    static func classes(_ servers: [ListedServer], unitName: String, at problemLine: Int) throws(ConfigProblem) -> ([ServerClass], [ImportNote]) {
        guard !servers.isEmpty else {
            throw ConfigProblem(line: problemLine, column: 1, "\(Echo.safe(unitName)) has no server that takes traffic (every one is down, backup or weight 0)")
        }
        var weights: [BigInt] = []
        for s in servers where !weights.contains(s.weight) { weights.append(s.weight) }
        guard weights.count <= ServerClass.maxClasses else {
            throw ConfigProblem(line: problemLine, column: 1,
                                "\(Echo.safe(unitName)) has servers of \(weights.count) different weights: the model takes at most \(ServerClass.maxClasses) classes")
        }
        var classes: [ServerClass] = [], notes: [ImportNote] = []
        for weight in weights {
            let members = servers.filter { $0.weight == weight }
            let size = members.reduce(BigInt(0)) { $0 + $1.count }
            let name = weights.count == 1 ? ClassName.of(unitName) : "weight-\(weight)"
            classes.append(ServerClass(name: name, size: size, weight: Rational(weight)))
            var shown = members.prefix(namesShown).map(\.address).joined(separator: ", ")
            if members.count > namesShown { shown += " and \(members.count - namesShown) more" }
            let count = size == 1 ? "1 server" : "\(size) servers"
            notes.append(ImportNote(line: nil, directive: "",
                                    reading: "class \(name): \(count) of weight \(weight) (\(shown))"))
        }
        if weights.count > 1 {
            let total = servers.reduce(BigInt(0)) { $0 + $1.weight * $1.count }
            notes.append(ImportNote(line: nil, directive: "",
                                    reading: "servers of equal weight form one class; each server takes its weight / \(total) of requests"))
        }
        return (classes, notes)
    }
}
