import BigInt
import CallbackModel

/// Which chart a slide opens on; mapped onto the explorer's own views.
public enum StoryChart: Sendable, Equatable {
    case compare, sweep, breakdown, impact
}

/// One slide of the talk: a real explorer configuration plus what the speaker says.
public struct Slide: Sendable, Equatable {
    public let title: String
    public let narration: [String]
    public let parameters: Parameters
    public let chart: StoryChart
    /// A small picture drawn above the charts (the failure sequence), if any.
    public let diagram: [String]

    public init(_ title: String, _ narration: [String], _ parameters: Parameters, chart: StoryChart, diagram: [String] = []) {
        self.title = title
        self.narration = narration
        self.parameters = parameters
        self.chart = chart
        self.diagram = diagram
    }
}

/// The story of the talk (SPEC, the opening and steps 1–6), in order.
public enum Story {
    public static let failureSequence = [
        "user ─▶ LB ─▶ server A ── stores order in Redis A",
        "              server A ── calls fraud API with a callback URL",
        "fraud API ─▶ callback ─▶ LB ─▶ server B ── order not found ✗",
    ]

    public static let slides: [Slide] = [
        Slide("The callback problem",
              ["Server A keeps the order; the callback comes back through the load balancer.",
               "Two servers: half the callbacks land on B, which cannot find the order."],
              Parameters(servers: 2), chart: .breakdown, diagram: failureSequence),
        Slide("Three servers",
              ["The callback finds its order only on the server that took it: 1 in N.",
               "Three servers: two callbacks in three fail."],
              Parameters(servers: 3), chart: .sweep),
        Slide("Scaling out makes it worse",
              ["Failure is 1 − 1/N: 80 % at 5 servers, 90 % at 10, 99 % at 100.",
               "Every server you add to handle load makes the bug more likely."],
              Parameters(servers: 100), chart: .sweep),
        Slide("A 90/10 canary over two servers",
              ["81 % stable→stable and 1 % canary→canary succeed.",
               "9 % + 9 % cross between the pools and fail: 18 %."],
              Parameters(servers: 2, canaryShare: Rational(1, 10)), chart: .breakdown),
        Slide("Fix: shared state",
              ["Every server reads one shared store: 0 % failures.",
               "Complexity: low, one store for all servers."],
              Parameters(servers: 10, strategy: .shared), chart: .compare),
        Slide("Fix: session affinity",
              ["The load balancer routes the callback by order id to the origin: 0 %.",
               "Complexity: medium, load-balancer configuration."],
              Parameters(servers: 10, strategy: .affinity), chart: .compare),
        Slide("Fix: broadcast",
              ["Write the order to every server: 0 %, but N writes per order.",
               "Complexity: high, network overhead grows with the fleet."],
              Parameters(servers: 10, strategy: .broadcast), chart: .compare),
        Slide("Canary with fallback",
              ["1 % canary on 1 of 100 servers; stable servers share a store.",
               "Canary-origin orders fail 99 %, stable-origin 0 %: 0.99 % overall."],
              Parameters(servers: 100, canaryShare: Rational(1, 100), strategy: .canaryFallback), chart: .breakdown),
        Slide("Retries",
              ["Each retry is routed again: 10 servers, 2 retries.",
               "0.9³ = 72.9 % still fail, for 2.71 attempts per callback."],
              Parameters(servers: 10, retries: 2), chart: .compare),
        Slide("Partial replication",
              ["Copy the order to 2 random other servers: 3 of 10 hold it.",
               "70 % still fail, for 3 writes per order."],
              Parameters(servers: 10, strategy: .replicate, replicas: 2), chart: .compare),
        Slide("Business impact",
              ["1,000 orders a minute at $10 with 10 servers: 900 lost orders.",
               "$9,000 a minute, $12,960,000 a day."],
              Parameters(servers: 10), chart: .impact),
        Slide("The error budget",
              ["A 99.9 % SLO allows 0.1 % failures; 90 % burns it 900× too fast.",
               "A 30-day budget is gone in 48 minutes."],
              Parameters(servers: 10), chart: .impact),
    ]
}
