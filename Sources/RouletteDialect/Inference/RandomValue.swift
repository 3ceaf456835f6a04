import CallbackModel

/// A random value: a node of a DAG whose leaves are random choices. Each `flip`,
/// `categorical` or `discrete-uniform` call makes one choice leaf; using the same
/// value twice reuses the same node, so `(equal? x x)` is certainly #t.
public final class RandomValue: Sendable {
    enum Kind {
        /// An independent choice with a fixed distribution.
        case choice(Distribution<Datum>)
        /// A choice whose distribution depends on another random value
        /// (`(discrete-uniform (remove origin servers))`).
        case dependentChoice(parent: RandomValue, position: SourcePosition, draw: @Sendable (Datum) throws(DialectError) -> Distribution<Datum>)
        /// An operation on operands, at least one of them random.
        case apply(Operation, [Operand])
    }

    enum Operand {
        case constant(Datum)
        case random(RandomValue)
    }

    /// Identity of the node; ids grow in creation order, so parents have smaller ids.
    let id: Int
    let kind: Kind
    /// Longest path to a leaf; bounds the inference's recursion.
    let height: Int
    /// A dependent choice uniform over its parent, a list (`(discrete-uniform others)`):
    /// its distribution depends on which values the list holds, not on what they are, so
    /// `InterchangeableWorlds` may relabel them.
    let drawsUniformly: Bool

    /// Only the direct parents are kept (through `kind`): a node never records everything
    /// upstream of it, so a chain of n steps holds n nodes, not n² dependencies. Inference
    /// finds what is shared by walking the DAG of the value it is asked about.
    init(id: Int, kind: Kind, drawsUniformly: Bool = false) {
        self.id = id
        self.kind = kind
        self.drawsUniformly = drawsUniformly
        var height = 0
        switch kind {
        case .choice:
            break
        case .dependentChoice(let parent, _, _):
            height = parent.height + 1
        case .apply(_, let operands):
            for case .random(let r) in operands { height = max(height, r.height + 1) }
        }
        self.height = height
    }

    /// Where the node was built (nil for a choice that is not dependent).
    var position: SourcePosition? {
        switch kind {
        case .choice: nil
        case .dependentChoice(_, let position, _): position
        case .apply(let op, _): op.position
        }
    }

    /// The random values this one is computed from, once per use (an operand used twice
    /// appears twice).
    var parents: [RandomValue] {
        switch kind {
        case .choice: []
        case .dependentChoice(let parent, _, _): [parent]
        case .apply(_, let operands): operands.compactMap { if case .random(let r) = $0 { r } else { nil } }
        }
    }
}

/// What an `apply` node computes. Equality and `if` have their own inference rules
/// (a hash join, and a mixture that only looks at the branch each world takes).
struct Operation {
    enum Rule {
        case equal
        case numericEqual
        case ifThenElse
        /// `(or a b)`: a where a is true, else b (b is looked at only where a is #f).
        case or
        case general
    }

    let name: String
    let rule: Rule
    let position: SourcePosition
    let function: @Sendable ([Datum]) throws(DialectError) -> Datum
}
