"""Writes the two comparison problems for each N, in the Roulette dialect and in ProbLog."""
import sys
from fractions import Fraction
from pathlib import Path

out = Path(sys.argv[1])
for n in map(int, sys.argv[2:]):
    servers = " ".join(str(i) for i in range(n))
    stable = " ".join(str(i) for i in range(1, n))
    (out / f"uniform-{n}.rkt").write_text(f"""#lang roulette/example/disrupt
(define servers '({servers}))
(define order (discrete-uniform servers))
(define callback (discrete-uniform servers))
(not (equal? order callback))
""")
    w = 1.0 / n
    (out / f"uniform-{n}.pl").write_text(
        "; ".join(f"{w!r}::order({i})" for i in range(n)) + ".\n"
        + "; ".join(f"{w!r}::cb({i})" for i in range(n)) + ".\n"
        + "miss :- order(S), cb(T), S \\= T.\nquery(miss).\n")
    # Server 0 is the canary (10 %); the other n − 1 share 90 %.
    (out / f"canary-{n}.rkt").write_text(f"""#lang roulette/example/disrupt
(define stable '({stable}))
(define (route) (if (flip 0.1) 0 (discrete-uniform stable)))
(define order (route))
(define a1 (route))
(define a2 (route))
(define a3 (route))
(and (not (equal? order a1)) (not (equal? order a2)) (not (equal? order a3)))
""")
    ws = 0.9 / (n - 1)
    ad = "0.1::{h}(0); " + "; ".join(f"{ws!r}::{{h}}({i})" for i in range(1, n))
    (out / f"canary-{n}.pl").write_text(
        ad.format(h="order") + ".\n"
        + ad.replace("{h}(", "cb(A,").replace("0.1::cb(A,0)", "0.1::cb(A,0)") + " :- att(A).\n"
        + "att(1). att(2). att(3).\nhit(S) :- att(A), cb(A,S).\nmiss :- order(S), \\+ hit(S).\nquery(miss).\n")
    # The exact answers, for the reader: uniform 1 − 1/n; canary 0.1·0.9³ + 0.9·(1 − 0.9/(n−1))³.
    exact = Fraction(1, 10) * Fraction(9, 10) ** 3 + Fraction(9, 10) * (1 - Fraction(9, 10) / (n - 1)) ** 3
    (out / f"canary-{n}.expected").write_text(str(exact) + "\n")
