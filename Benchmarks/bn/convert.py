"""Converts a bnlearn Bayesian network (the BIF files pgmpy ships) into a dialect program
that answers one conditional marginal with observe!, and prints pgmpy's answer to the same
query (variable elimination, floats) for comparison.

Usage: python3 Benchmarks/bn/convert.py NETWORK OUT.rkt   → prints pgmpy's probabilities
(one "state<TAB>probability" line each, after a header line naming the query)
The query: the network's first variable (in topological order) given its last one (a
leaf) at its first state with positive probability, and, for networks of 8+ variables,
also the second-to-last at its first state.

Each variable is one choice: a root is `(categorical '(states…) '(weights…))`; a variable
with parents looks its weights up by the list of its parents' values in its table,
`(categorical '(states…) (second (assoc (list p1 p2 …) table)))`, so its factor is
P(v | parents) and nothing else.
"""
import gzip
from decimal import Decimal
import os
import re
import sys
import warnings

warnings.filterwarnings("ignore")
import logging

logging.disable(logging.WARNING)

import pgmpy
from pgmpy.inference import VariableElimination
from pgmpy.readwrite import BIFReader


def load(network):
    path = os.path.join(os.path.dirname(pgmpy.__file__), "utils", "example_models", f"{network}.bif.gz")
    with gzip.open(path, "rt") as f:
        return BIFReader(string=f.read()).get_model()


def name(v):
    return "v-" + re.sub(r"[^A-Za-z0-9_]", "_", v)


def state(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def weights(column):
    # The shortest decimal that reads back as the float (what the BIF file wrote), written
    # out without an exponent: the dialect reads decimals exactly.
    return "(" + " ".join(format(Decimal(repr(float(p))), "f") for p in column) + ")"


def convert(model):
    order = list(model.get_topological_order()) if hasattr(model, "get_topological_order") else list(
        __import__("networkx").topological_sort(model))
    lines = ["#lang roulette/example/disrupt", f"; {len(order)} variables, converted by Benchmarks/bn/convert.py"]
    for v in order:
        cpd = model.get_cpds(v)
        states = cpd.state_names[v]
        parents = cpd.variables[1:]
        values = cpd.get_values()  # rows: states of v; columns: parent combinations
        quoted = "'(" + " ".join(state(s) for s in states) + ")"
        if not parents:
            lines.append(f"(define {name(v)} (categorical {quoted} '{weights(values[:, 0])}))")
            continue
        # Columns run over parent combinations with the last parent fastest.
        import itertools
        combos = list(itertools.product(*[cpd.state_names[p] for p in parents]))
        rows = [f"(({' '.join(state(s) for s in combo)}) {weights(values[:, i])})" for i, combo in enumerate(combos)]
        lines.append(f"(define table-{name(v)} '(" + " ".join(rows) + "))")
        lines.append(f"(define {name(v)} (categorical {quoted} (second (assoc (list {' '.join(name(p) for p in parents)}) table-{name(v)}))))")
    return order, lines


def main():
    network, out = sys.argv[1], sys.argv[2]
    model = load(network)
    order, lines = convert(model)
    # Some BIF columns are rounded and do not sum to 1 (sachs: 35 of them); `categorical`
    # normalises its weights, so pgmpy is given the same normalised tables.
    for cpd in model.get_cpds():
        cpd.normalize(inplace=True)
    infer = VariableElimination(model)
    target = order[0]
    evidence = {}
    candidates = [order[-1]] + ([order[-2]] if len(order) >= 8 else [])
    for v in candidates:
        for s in model.get_cpds(v).state_names[v]:
            trial = dict(evidence, **{v: s})
            try:
                infer.query([target], evidence=trial, show_progress=False)
                evidence = trial
                break
            except Exception:
                continue
    result = infer.query([target], evidence=evidence, show_progress=False)
    for v, s in evidence.items():
        lines.append(f"(observe! (equal? {name(v)} {state(s)}))")
    lines.append(f"(query {name(target)})")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    states = model.get_cpds(target).state_names[target]
    print(f"{network}: P({target} | " + ", ".join(f"{v}={s}" for v, s in evidence.items()) + ")")
    for s, p in zip(states, result.values):
        print(f"{s}\t{float(p)!r}")


main()
