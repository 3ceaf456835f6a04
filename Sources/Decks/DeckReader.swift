import CallbackModel
import ExplorerUI
import Yams

/// Reads a deck from YAML with Yams, keeping every node's position so a mistake is
/// reported as line:column. Values are read as the text written (`canary: 0.1` is exactly
/// 1/10 of a percent) and checked against the same bounds as the flags.
public enum DeckReader {
    static let deckKeys = ["title", "slides"]
    static let slideKeys = ["title", "parameters", "view", "narration", "diagram"]

    public static func read(_ text: String) throws(DeckError) -> Deck {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw DeckError(line: 1, column: 1, "the deck is empty: it needs 'slides:'") }
            root = node
        } catch let error as DeckError {
            throw error
        } catch let error as YamlError {
            throw Self.position(of: error)
        } catch {
            throw DeckError(line: 1, column: 1, "cannot read the deck: \(error)")
        }
        let deck = try mapping(root, "the deck", allowed: deckKeys)
        var title: String?
        if let node = deck["title"] { title = try string(node, "title") }
        guard let slidesNode = deck["slides"] else { throw at(root, "the deck has no 'slides:'") }
        guard let items = slidesNode.sequence, !items.isEmpty else { throw at(slidesNode, "'slides' must be a list of at least one slide") }
        var slides: [Slide] = []
        for item in items { slides.append(try slide(item)) }
        return Deck(title: title, slides: slides)
    }

    static func slide(_ node: Node) throws(DeckError) -> Slide {
        let fields = try mapping(node, "a slide", allowed: slideKeys)
        guard let titleNode = fields["title"] else { throw at(node, "a slide needs a 'title:'") }
        let title = try string(titleNode, "title")
        var parameters = Parameters()
        if let node = fields["parameters"] { parameters = try Self.parameters(node) }
        var chart = StoryChart.overview
        if let viewNode = fields["view"] {
            let name = try string(viewNode, "view")
            guard let c = StoryChart(rawValue: name) else {
                throw at(viewNode, "view '\(name)' is unknown: allowed \(StoryChart.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            chart = c
        }
        var narration = Narration.silent
        if let node = fields["narration"] { narration = try Self.narration(node) }
        var diagram: [String] = []
        if let node = fields["diagram"] { diagram = try lines(node, "diagram") }
        return Slide(title, narration, parameters, chart: chart, diagram: diagram)
    }

    static func parameters(_ node: Node) throws(DeckError) -> Parameters {
        let names = ParameterName.allCases.map(\.rawValue)
        let fields = try mapping(node, "'parameters'", allowed: names)
        var p = Parameters()
        if let poolNode = fields[ParameterName.pool.rawValue] {
            // A list of NAME:SIZE:WEIGHT[:canary], as --pool takes them (one may stand alone).
            let texts = poolNode.sequence == nil ? [try string(poolNode, "pool")] : try lines(poolNode, "pool")
            if texts.isEmpty { throw at(poolNode, "'pool' must list at least one NAME:SIZE:WEIGHT[:canary]") }
            for (i, text) in texts.enumerated() {
                do {
                    try p.set(.pool, text: text)
                } catch {
                    throw at(poolNode.sequence?[i] ?? poolNode, error.sentence(naming: "pool"))
                }
            }
        }
        for name in [ParameterName.strategy] + Bounds.numeric + Bounds.incidentNumeric + [.hashing, .callbackDelay, .callbackRouting] {
            guard let valueNode = fields[name.rawValue] else { continue }
            if name.isPoolDescribed && !p.pools.isEmpty {
                throw at(valueNode, "'\(name.rawValue)' cannot be combined with 'pool': the pools give the servers and the canary")
            }
            do {
                try p.set(name, text: try string(valueNode, name.rawValue))
            } catch let refusal as SettingRefusal {
                throw at(valueNode, refusal.sentence(naming: name.rawValue))
            } catch let error as DeckError {
                throw error
            } catch {
                throw at(valueNode, "\(error)")
            }
        }
        do {
            try p.validate()
        } catch {
            let culprit = fields[error.parameter.rawValue] ?? node
            throw at(culprit, error.description)
        }
        return p
    }

    static func narration(_ node: Node) throws(DeckError) -> Narration {
        guard let items = node.sequence else { throw at(node, "'narration' must be a list of lines") }
        var texts: [String] = []
        for item in items {
            let text = try string(item, "narration")
            do {
                _ = try Narration([text])
            } catch {
                // The error's column counts within the line; the line starts after any quote.
                let quoted = item.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
                let mark = item.mark
                throw DeckError(line: mark?.line ?? 1, column: (mark?.column ?? 1) + (quoted ? 1 : 0) + error.column - 1, error.message)
            }
            texts.append(text)
        }
        do {
            return try Narration(texts)
        } catch {
            throw at(node, error.message)
        }
    }

    static func lines(_ node: Node, _ what: String) throws(DeckError) -> [String] {
        guard let items = node.sequence else { throw at(node, "'\(what)' must be a list of lines") }
        var out: [String] = []
        for item in items { out.append(try string(item, what)) }
        return out
    }

    static func mapping(_ node: Node, _ what: String, allowed: [String]) throws(DeckError) -> [String: Node] {
        guard let mapping = node.mapping else { throw at(node, "\(what) must be a mapping of keys to values") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, allowed.contains(name) else {
                throw at(key, "unknown key '\(key.scalar?.string ?? "?")' in \(what): allowed \(allowed.joined(separator: ", "))")
            }
            guard fields[name] == nil else { throw at(key, "'\(name)' appears twice in \(what)") }
            fields[name] = value
        }
        return fields
    }

    static func string(_ node: Node, _ what: String) throws(DeckError) -> String {
        guard let scalar = node.scalar else { throw at(node, "'\(what)' must be a single value, not a list or mapping") }
        return scalar.string
    }

    static func at(_ node: Node, _ message: String) -> DeckError {
        DeckError(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message)
    }

    static func position(of error: YamlError) -> DeckError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return DeckError(line: mark.line, column: mark.column, "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DeckError(line: context.mark.line, column: context.mark.column, "key '\(duplicates.joined(separator: ", "))' appears twice")
        case .reader(let problem, _, _, _):
            return DeckError(line: 1, column: 1, "not readable as text: \(problem)")
        default:
            return DeckError(line: 1, column: 1, "not valid YAML: \(error)")
        }
    }
}
