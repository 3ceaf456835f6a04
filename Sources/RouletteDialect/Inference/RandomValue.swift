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

    /// Identity of the node; for a choice, also the choice's name in an assignment.
    let id: Int
    let kind: Kind
    /// Every choice this value depends on (its own id for a choice).
    let choices: Set<Int>
    /// Longest path to a leaf; bounds the inference's recursion.
    let height: Int

    init(id: Int, kind: Kind) {
        self.id = id
        self.kind = kind
        var choices: Set<Int> = []
        var height = 0
        switch kind {
        case .choice:
            choices = [id]
        case .dependentChoice(let parent, _, _):
            choices = parent.choices.union([id])
            height = parent.height + 1
        case .apply(_, let operands):
            for case .random(let r) in operands {
                choices.formUnion(r.choices)
                height = max(height, r.height + 1)
            }
        }
        self.choices = choices
        self.height = height
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
