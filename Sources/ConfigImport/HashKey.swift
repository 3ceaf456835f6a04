/// What a hash key carries on a callback, decided by the variable's name: the callback
/// comes from the provider, so only what the provider sends (the URL it was given, its
/// own address) can steer it.
enum HashKey: Equatable {
    /// The key holds the order id; the rule that said so.
    case orderID(rule: String)
    /// The provider's address (or a value the same for every callback): one server for
    /// every attempt.
    case provider(why: String)
    /// A cookie: the provider sends none.
    case cookie
    /// Cannot tell.
    case unknown

    /// An nginx variable's name, without `$`.
    static func nginx(_ variable: String) -> HashKey {
        let v = variable.lowercased()
        if v.hasPrefix("arg_"), v.hasSuffix("id") {
            return .orderID(rule: "$\(variable) is a query argument named …id: the callback URL carries the order id there")
        }
        if ["request_uri", "uri", "document_uri", "request"].contains(v) {
            return .orderID(rule: "$\(variable) is the callback's URL, assumed to hold the order id (e.g. /callbacks/ORDER_ID); if the URL is the same for every order, every callback lands on one server")
        }
        if v.hasPrefix("http_"), v.contains("order"), v.hasSuffix("id") {
            return .orderID(rule: "$\(variable) is a header naming the order id, which the callback must carry")
        }
        if ["remote_addr", "binary_remote_addr", "realip_remote_addr", "http_x_forwarded_for", "http_x_real_ip",
            "proxy_add_x_forwarded_for"].contains(v) {
            return .provider(why: "$\(variable) is the caller's address, and a callback's caller is the provider")
        }
        if ["host", "http_host", "server_name", "scheme", "server_port", "server_addr", "proxy_host"].contains(v) {
            return .provider(why: "$\(variable) is the same on every callback")
        }
        if v.hasPrefix("cookie_") { return .cookie }
        return .unknown
    }

    /// An HTTP header's name (HAProxy `hdr(H)`).
    static func header(_ name: String) -> HashKey {
        let h = name.lowercased()
        if h.contains("order"), h.hasSuffix("id") {
            return .orderID(rule: "header \(name) names the order id, which the callback must carry")
        }
        if ["x-forwarded-for", "x-real-ip", "forwarded"].contains(h) {
            return .provider(why: "header \(name) is the caller's address, and a callback's caller is the provider")
        }
        if h == "host" { return .provider(why: "header \(name) is the same on every callback") }
        if h == "cookie" { return .cookie }
        return .unknown
    }

    /// A query parameter's name (HAProxy `url_param P`).
    static func queryParameter(_ name: String) -> HashKey {
        name.lowercased().hasSuffix("id")
            ? .orderID(rule: "query parameter \(name) is named …id: the callback URL carries the order id there")
            : .unknown
    }
}
