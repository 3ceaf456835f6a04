import Foundation
import SafeOutput

/// Reads a load-balancer config: finds its kind, then the upstream, backend or Service.
public enum ConfigReader {
    /// Configs are small; a bigger file is a mistake (or /dev/zero), refused before it is read whole.
    public static let maxBytes = 4 << 20

    /// The file at `path`; `selecting` names the upstream, backend or Service, and `flag` is
    /// the option the user typed for it, so a refusal names that flag rather than the kind's own.
    public static func read(path: String, selecting name: String? = nil, flag: String? = nil) throws(ImportError) -> ImportedConfig {
        if let why = ReadableFile.refusal(path) { throw .unreadable(path: Echo.safe(path), reason: why) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: Echo.safe(path), reason: "no such readable file")
        }
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        try? handle.close()
        guard data.count <= maxBytes else {
            throw .malformed(ConfigProblem(line: 1, column: 1, "longer than \(maxBytes) bytes: not a load-balancer config"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .malformed(ConfigProblem(line: 1, column: 1, "not valid UTF-8 text"))
        }
        return try read(text, fileName: path, selecting: name, flag: flag)
    }

    /// Config text; `fileName` only helps tell its kind by extension when its content does not.
    public static func read(_ text: String, fileName: String = "", selecting name: String? = nil, flag: String? = nil) throws(ImportError) -> ImportedConfig {
        guard let kind = detect(text, fileName: fileName) else {
            throw .malformed(ConfigProblem(line: 1, column: 1,
                                           "not a config this import reads: expected an nginx 'upstream' block, HAProxy 'backend'/'frontend' sections or Kubernetes YAML with 'kind:'"))
        }
        switch kind {
        case .nginx: return try NginxReader.read(text, upstream: name, flag: flag ?? "--upstream")
        case .haproxy: return try HAProxyReader.read(text, backend: name, flag: flag ?? "--backend")
        case .kubernetes: return try KubernetesReader.read(text, service: name, flag: flag ?? "--upstream")
        }
    }

    /// The kind from content first (an `upstream` block; `backend`/`frontend`/`listen`
    /// sections, which nginx's `listen 80;` is not; a `kind:` key), then from the extension.
    public static func detect(_ text: String, fileName: String = "") -> ConfigKind? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("#") }
        if lines.contains(where: { $0.range(of: #"^upstream\s+\S+\s*(\{|$)"#, options: .regularExpression) != nil }) { return .nginx }
        if lines.contains(where: { $0.range(of: #"^(backend|frontend|listen)\s+[^\s;{}]+\s*$"#, options: .regularExpression) != nil }) { return .haproxy }
        // `"kind":` is a manifest in JSON (kubectl -o json), which YAML reads too.
        if lines.contains(where: { $0.hasPrefix("kind:") || $0.hasPrefix("\"kind\":") }) { return .kubernetes }
        let name = fileName.lowercased()
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return .kubernetes }
        if name.hasSuffix(".cfg") || name.contains("haproxy") { return .haproxy }
        if name.hasSuffix(".conf") || name.contains("nginx") { return .nginx }
        return nil
    }
}
