/// The part of the random-value DAG one query depends on, and which of its nodes are
/// eliminated as variables.
///
/// A node used once whose value depends on at most one variable is *absorbed*: its
/// distribution, given that variable's value, is computed where it is used (a tree of such
/// nodes is exactly what the marginal evaluator handles: no sharing inside). Every other
/// node is a *variable*: used more than once (so its value is shared, and must be fixed
/// once for all its users), or depending on two or more variables (so a table of it given
/// each of them is cheaper than carrying them all further down), or the query itself.
/// Each variable gets a factor P(v | inputs), its inputs being the variables it depends on
/// through absorbed nodes only: its direct parents in the elimination, never its whole past.
/// A choice whose distribution depends on a variable is a variable too (see below).
struct QueryGraph {
    /// Every node the query depends on, parents before children.
    private(set) var order: [RandomValue] = []
    /// Variables' ids, in `order`'s order.
    private(set) var variables: [Int] = []
    /// For each node: the variables its value depends on through absorbed nodes (for an
    /// absorbed node at most one), sorted.
    private(set) var inputs: [Int: [Int]] = [:]
    private(set) var isVariable: Set<Int> = []
    /// Absorbed nodes that depend on no variable but are used inside a node that does:
    /// their marginal is asked for once per row of that node, so it is kept. Any other
    /// marginal is asked for once (an absorbed node has one use) and dropped after, so a
    /// sum of 2,000 flips holds one partial sum at a time, not all 2,000.
    private(set) var reused: Set<Int> = []
    let root: RandomValue

    init(root: RandomValue) {
        self.root = root
        var uses: [Int: Int] = [:]
        // Post-order without recursion: chains may be long.
        var visited = Set<Int>()
        var stack: [(node: RandomValue, expanded: Bool)] = [(root, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            guard visited.insert(node.id).inserted else { continue }
            stack.append((node, true))
            for parent in node.parents {
                uses[parent.id, default: 0] += 1
                if !visited.contains(parent.id) { stack.append((parent, false)) }
            }
        }
        for node in order {
            var own = Set<Int>()
            for parent in node.parents {
                if isVariable.contains(parent.id) { own.insert(parent.id) } else { own.formUnion(inputs[parent.id] ?? []) }
            }
            let sorted = own.sorted()
            inputs[node.id] = sorted
            if !sorted.isEmpty {
                for parent in node.parents where !isVariable.contains(parent.id) && inputs[parent.id]?.isEmpty == true {
                    reused.insert(parent.id)
                }
            }
            // A choice that depends on a variable is one too: its parent is usually wide (the
            // weights of a Bayesian network's table, a list of servers) and the choice narrow,
            // so carrying the parent further would multiply the tables below by its width.
            let dependent = if case .dependentChoice = node.kind { !sorted.isEmpty } else { false }
            if node === root || uses[node.id, default: 0] > 1 || sorted.count > 1 || dependent {
                isVariable.insert(node.id)
                variables.append(node.id)
            }
        }
    }
}
