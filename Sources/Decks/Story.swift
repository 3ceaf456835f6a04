import ExplorerUI

/// The talk this project grew out of (SPEC, the story), as a deck in the format speakers
/// write. `decks/talk.yaml` is the same text (a test keeps them equal) for copying.
public enum Story {
    public static let yaml = #"""
# The talk this project grew out of, as a deck for `callback-explorer present`.
# Copy it to write your own: `callback-explorer present --deck my-talk.yaml`.
#
# Each slide: a title, the explorer's parameters (the same names and units as the flags),
# the view it opens on (overview, compare, sweep, breakdown, impact), and narration whose
# {placeholders} are live values: they follow any change made on the slide. A placeholder
# can change parameters for itself: {failure servers=5} is the failure at 5 servers.
# Quote a line that starts with "{".
title: The callback problem
slides:
  - title: The callback problem
    parameters: {servers: 2}
    view: breakdown
    diagram:
      - "user ─▶ LB ─▶ server A ── stores order in Redis A"
      - "              server A ── calls fraud API with a callback URL"
      - "fraud API ─▶ callback ─▶ LB ─▶ server B ── order not found ✗"
    narration:
      - Server A keeps the order; the callback comes back through the load balancer.
      - "{servers} servers: {failure} of the callbacks land on a server that cannot find the order."

  - title: Three servers
    parameters: {servers: 3}
    view: sweep
    narration:
      - "The callback finds its order only on the server that took it: {success} at {servers} servers."
      - "{servers} servers: {failure} of the callbacks fail."

  - title: Scaling out makes it worse
    parameters: {servers: 100}
    view: sweep
    narration:
      - "Failure is 1 − 1/N: {failure servers=5} at 5 servers, {failure servers=10} at 10, {failure servers=100} at 100."
      - Every server you add to handle load makes the bug more likely.

  - title: A 90/10 canary over two servers
    parameters: {servers: 2, canary: 10}
    view: breakdown
    narration:
      - "{same_server} of the callbacks come back to the server that took the order."
      - "{stable_to_canary} + {canary_to_stable} cross between the pools and fail: {failure}."

  - title: "Fix: shared state"
    parameters: {servers: 10, strategy: shared}
    view: compare
    narration:
      - "Every server reads one shared store: {failure} failures."
      - "Complexity: low, one store for all servers."

  - title: "Fix: session affinity"
    parameters: {servers: 10, strategy: affinity}
    view: compare
    narration:
      - "The load balancer routes the callback by order id to the origin: {failure}."
      - "Complexity: medium, load-balancer configuration."

  - title: "Fix: broadcast"
    parameters: {servers: 10, strategy: broadcast}
    view: compare
    narration:
      - "Write the order to every server: {failure}, but {writes} writes per order."
      - "Complexity: high, network overhead grows with the fleet."

  - title: Canary with fallback
    parameters: {servers: 100, canary: 1, strategy: canary-fallback}
    view: breakdown
    narration:
      - "{canary} canary on {canary_servers} of {servers} servers; stable servers share a store."
      - "Canary-origin orders fail {canary_failure}, stable-origin {stable_failure}: {failure} overall."

  - title: Retries
    parameters: {servers: 10, retries: 2}
    view: compare
    narration:
      - "Each retry is routed again: {servers} servers, {retries} retries."
      - "{failure} still fail, for {attempts} attempts per callback."

  - title: Partial replication
    parameters: {servers: 10, strategy: replicate, replicas: 2}
    view: compare
    narration:
      - "Copy the order to {replicas} random other servers: {holders} of {servers} hold it."
      - "{failure} still fail, for {writes} writes per order."

  - title: Business impact
    parameters: {servers: 10}
    view: impact
    narration:
      - "{orders_per_minute} orders a minute at {order_value} with {servers} servers: {failed_per_minute} lost orders."
      - "{lost_per_minute} a minute, {lost_per_day} a day."

  - title: The error budget
    parameters: {servers: 10}
    view: impact
    narration:
      - "A {slo} SLO allows {budget} failures; {failure} burns it {burn} too fast."
      - "A 30-day budget is gone in {budget_lasts}."

  - title: Affinity, until the pool is resized
    parameters: {servers: 10, strategy: affinity, scale-to: 11, hashing: modulo}
    view: incidents
    narration:
      - "Affinity is {failure} until the pool grows to 11 with modulo hashing: then {scale_failure} of in-flight callbacks miss."
      - "Consistent hashing moves only the keys the new server takes: {scale_failure hashing=consistent}."

"""#

    /// The talk's slides. The text above is checked by the tests, so reading it cannot fail.
    public static let deck: Deck = {
        do {
            return try DeckReader.read(yaml)
        } catch {
            preconditionFailure("the built-in talk does not read: \(error)")
        }
    }()

    public static var slides: [Slide] { deck.slides }
}
