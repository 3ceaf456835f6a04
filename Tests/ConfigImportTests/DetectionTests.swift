import ConfigImport
import Testing

/// The kind comes from the content, else from the extension.
struct DetectionTests {
    @Test(arguments: [
        ("http {\n  upstream a {\n    server x;\n  }\n}\n", "", ConfigKind?.some(.nginx)),
        ("upstream a { server x; }", "x.txt", .nginx),
        ("global\n  maxconn 10\nbackend app\n  server a 1.1.1.1:80\n", "", .haproxy),
        ("frontend www\n  bind :80\n", "", .haproxy),
        ("apiVersion: v1\nkind: Service\n", "", .kubernetes),
        ("# empty\n", "deploy.yaml", .kubernetes),
        ("# empty\n", "lb.cfg", .haproxy),
        ("# empty\n", "site.conf", .nginx),
        ("hello\n", "notes.txt", nil),
        ("server {\n  listen 80;\n}\n", "site.conf", .nginx),
        ("{\n  \"kind\": \"Service\",\n  \"apiVersion\": \"v1\"\n}\n", "", .kubernetes),
    ])
    func kinds(_ row: (String, String, ConfigKind?)) {
        #expect(ConfigReader.detect(row.0, fileName: row.1) == row.2)
    }

    @Test func unknownContentIsMalformed() {
        #expect(problem("hello\n")?.message.hasPrefix("not a config this import reads") == true)
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: ImportError.unreadable(path: "/nonexistent/lb.conf", reason: "no such readable file")) {
            try ConfigReader.read(path: "/nonexistent/lb.conf")
        }
    }
}
