"""Writes the dialect's scaling programs (issue 18) for given sizes, and ProbLog twins of
the chain and the hidden Markov model for Benchmarks/compare-problog.sh.

Usage: python3 Benchmarks/dialect/generate.py OUT_DIR SHAPE N [N ...]
Shapes: chain hmm dice heads replication canary or and
Each program prints one probability; OUT_DIR/SHAPE-N.rkt (and SHAPE-N.pl for chain, hmm).
"""
import random
import sys
from pathlib import Path

HEADER = "#lang roulette/example/disrupt\n"


def chain(n):
    # x0 a fair flip; x(i) is likely #t after #t (0.9) and unlikely after #f (0.2).
    lines = ["(define (next prev) (if prev (flip 0.9) (flip 0.2)))", "(define x0 (flip 0.5))"]
    lines += [f"(define x{i} (next x{i - 1}))" for i in range(1, n)]
    lines.append("(probability (and " + " ".join(f"x{i}" for i in range(n)) + "))")
    rkt = HEADER + "\n".join(lines) + "\n"
    pl = ("0.5::x(0).\n0.9::x(I) :- between(1, %d, I), J is I - 1, x(J).\n"
          "0.2::x(I) :- between(1, %d, I), J is I - 1, \\+ x(J).\n"
          "all(0) :- x(0).\nall(I) :- I > 0, J is I - 1, all(J), x(I).\nquery(all(%d)).\n") % (n - 1, n - 1, n - 1)
    return rkt, pl


def observations(n):
    rng = random.Random(18)
    return [rng.random() < 0.6 for _ in range(n)]


def hmm(n):
    # Hidden state: sticky (0.7 stays #t, 0.3 becomes #t from #f); emission 0.9 / 0.2.
    obs = observations(n)
    lines = ["(define (step s) (if s (flip 0.7) (flip 0.3)))",
             "(define (emit s) (if s (flip 0.9) (flip 0.2)))",
             "(define s0 (flip 0.5))"]
    for i in range(1, n + 1):
        lines.append(f"(define s{i} (step s{i - 1}))")
        lines.append(f"(observe! (equal? (emit s{i}) {'#t' if obs[i - 1] else '#f'}))")
    lines.append(f"(probability s{n})")
    rkt = HEADER + "\n".join(lines) + "\n"
    pl = ["0.5::s(0).",
          f"0.7::s(T) :- between(1, {n}, T), P is T - 1, s(P).",
          f"0.3::s(T) :- between(1, {n}, T), P is T - 1, \\+ s(P).",
          "0.9::e(T) :- s(T).", "0.2::e(T) :- \\+ s(T)."]
    pl += [f"evidence(e({i}), {'true' if obs[i - 1] else 'false'})." for i in range(1, n + 1)]
    pl.append(f"query(s({n})).")
    return rkt, "\n".join(pl) + "\n"


def dice(n):
    return HEADER + f"""(define (die) (discrete-uniform '(1 2 3 4 5 6)))
(define total (foldl + 0 (for/list ([i (range {n})]) (die))))
(probability (>= total {7 * n // 2}))
"""


def heads(n):
    return HEADER + f"""(define heads (foldl + 0 (for/list ([i (range {n})]) (if (flip 1/2) 1 0))))
(probability (= heads {n // 2}))
"""


def replication(n):
    return HEADER + f"""(define servers (range {n}))
(define origin (discrete-uniform servers))
(define others (remove origin servers))
(define replica-1 (discrete-uniform others))
(define replica-2 (discrete-uniform (remove replica-1 others)))
(define callback (discrete-uniform servers))
(probability (not (or (equal? callback origin) (equal? callback replica-1) (equal? callback replica-2))))
"""


def canary(n):
    # The story's canary: 10 % of traffic to server 0, the rest uniform over the other
    # n − 1; local state, two retries: P(all three attempts miss the order's server).
    return HEADER + f"""(define stable (range 1 {n}))
(define (route) (if (flip 0.1) 0 (discrete-uniform stable)))
(define order (route))
(define a1 (route))
(define a2 (route))
(define a3 (route))
(probability (and (not (equal? order a1)) (not (equal? order a2)) (not (equal? order a3))))
"""


def or_form(n):
    return HEADER + f"""(define x (discrete-uniform (range {n})))
(define y (discrete-uniform (range {n})))
(probability (or (equal? x y) (flip 1/2)))
"""


def and_form(n):
    return HEADER + f"""(define x (discrete-uniform (range {n})))
(define y (discrete-uniform (range {n})))
(probability (not (and (not (equal? x y)) (not (flip 1/2)))))
"""


SHAPES = {"chain": chain, "hmm": hmm, "dice": dice, "heads": heads, "replication": replication,
          "canary": canary, "or": or_form, "and": and_form}

if __name__ == "__main__":
    out, shape = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    for n in map(int, sys.argv[3:]):
        made = SHAPES[shape](n)
        rkt, pl = made if isinstance(made, tuple) else (made, None)
        (out / f"{shape}-{n}.rkt").write_text(rkt)
        if pl is not None:
            (out / f"{shape}-{n}.pl").write_text(pl)
