#!/usr/bin/env python3
"""Train, and measure, a learned reader of turns on the annotated corpus.

    python scripts/learn_turns.py stats            # labels: sentences, parts left out
    python scripts/learn_turns.py loso             # leave one set out: 12xx … 16xx
    python scripts/learn_turns.py final [--held-out 17]  # train on all but one set, score it once

Two readings of the corpus feed it. *Now*: today's rules on every script (they were made
from most of them, so they agree with the annotations almost everywhere). *Fresh*: each
set that came in unseen (2xx … 16xx) read by the parser of the day it came in, before any
rule was made from it (its source taken from git history): where the rules of the day
erred on scripts they had never read, which is what a reader must learn to correct.

Labels: the annotation gives each item's cues in order, not where each is said. The rules'
turns are aligned with them, sentence by sentence: a named cue goes to the sentence that
names that person (the one the rules gave that name, when several name them); the nameless
ones in a gap between named ones to the rules' unclaimed turns there when they are as many,
or to the one request in the gap. A part that cannot be aligned so is left out of training
(counted by `stats`). Pure Python, no dependency beyond the project's own; deterministic.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "scripts"
TURNS = ROOT / "scripts" / "learn_turns_reading.py"
HELD_OUT = "17"
DEV_SETS = ("12", "13", "14", "15", "16")
FRESH_FROM = {
    # set: the commit that added it (its parent's parser had never read it)
    "2": "1b62e28",
    "3": "adfdb6c",
    "4": "a41ffa1",
    "7": "a41ffa1",
    "8": "9ebcd9c",
    "9": "d6b82de",
    "10": "19e5289",
    "11": "35994ff",
    "12": "c9aee6f",
    "13": "c073896",
    "14": "c073896",
    "15": "6af196e",
    "16": "fa12dad",
}


def set_of(name: str) -> str:
    """1201_… -> '12'; 201_… -> '2'; 001_… -> '0'."""
    head = name.split("_", 1)[0]
    return head[:2] if len(head) == 4 else head[:1]


# --- reading: a parser (today's or an old one) dumps what it read ------------------------


def dump(files: list[str]) -> dict[str, Any]:
    """Each script as the `chair` on sys.path reads it: its items' titles, and each part's
    sentences with the turns the rules gave them and the clues that parser's finders see.
    Today's `scripts/learn_turns_reading.py` is loaded by its path, so an old parser is read the same
    way as today's."""
    import dataclasses
    import importlib.util

    from chair.script.decode import decode_bytes
    from chair.script.parse import parse

    spec = importlib.util.spec_from_file_location("turns_now", TURNS)
    assert spec is not None and spec.loader is not None
    turns = importlib.util.module_from_spec(spec)
    sys.modules["turns_now"] = turns
    spec.loader.exec_module(turns)
    out = {}
    for f in files:
        path = Path(f)
        m = parse(decode_bytes(path.read_bytes(), path), source=str(path))
        out[path.name] = {
            "titles": [it.title for it in m.items],
            "parts": [dataclasses.asdict(p) for p in turns.parts(m)],
        }
    return out


def read_with(commit: str | None, files: list[Path]) -> dict[str, Any]:
    """`dump` run by the parser at `commit`'s parent (today's when None), in a subprocess."""
    with tempfile.TemporaryDirectory() as tmp:
        src = ROOT / "src"
        if commit is not None:
            archive = Path(tmp) / "src.tar"
            subprocess.run(
                ["git", "-C", str(ROOT), "archive", "-o", str(archive), commit + "^", "src"],
                check=True,
            )
            with tarfile.open(archive) as tar:
                tar.extractall(tmp, filter="data")
            src = Path(tmp) / "src"
        env = dict(os.environ, PYTHONPATH=str(src), XDG_DATA_HOME=tmp, CHAIR_HOME=tmp)
        res = subprocess.run(
            [sys.executable, __file__, "dump", *map(str, files)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
    return json.loads(res.stdout)


# --- labels --------------------------------------------------------------------------------


def _chair() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "scripts"))


@dataclass
class Sample:
    """One part (opening or item) of one script as one reading gave it."""

    feats: list[list[str]]
    rules: list[int]
    labels: list[int] | None
    expected: int
    sentences: list[str]
    named: list[bool]
    """Whether the rules named anyone in each sentence's turns."""


@dataclass
class Script:
    name: str
    set: str
    items_ok: bool
    samples: list[Sample]
    expected_items: int


def align(part: Any, expected: list[dict[str, Any]]) -> list[int] | None:
    """Each sentence's number of expected turns, or None when the alignment is ambiguous."""
    from corpus import same_text

    from chair.script.normal import normalise

    sents = part.sentences
    n = len(sents)
    rules = [len(s.turns) for s in sents]
    flat = [t for s in sents for t in s.turns]
    if len(flat) == len(expected) and all(
        same_text(e.get("name"), t.name) if e.get("name") else t.name is None
        for t, e in zip(flat, expected, strict=True)
    ):
        return rules
    labels = [0] * n
    at: list[int | None] = [None] * len(expected)
    lo = 0
    for j, e in enumerate(expected):
        name = e.get("name")
        if not name:
            continue
        bare = normalise(name)
        cands = [
            k for k in range(lo, n) if name in sents[k].text or bare in normalise(sents[k].text)
        ]
        ruled = [k for k in cands if any(same_text(name, t.name) for t in sents[k].turns)]
        if len(ruled) > 1:
            single = [k for k in ruled if rules[k] == 1]
            ruled = single if len(single) == 1 else ruled
        if len(ruled) == 1:
            pick = ruled[0]
        elif not ruled and len(cands) == 1:
            pick = cands[0]
        else:
            return None
        at[j] = pick
        labels[pick] += 1
        lo = pick
    j = 0
    while j < len(expected):
        if at[j] is not None:
            j += 1
            continue
        start = j
        while j < len(expected) and at[j] is None:
            j += 1
        k = j - start
        left = at[start - 1] if start else 0
        right = at[j] if j < len(expected) else n - 1
        assert left is not None and right is not None
        free = {u: max(0, rules[u] - labels[u]) for u in range(left, right + 1)}
        if sum(free.values()) == k:
            for u, c in free.items():
                labels[u] += c
            continue
        asks = [
            u
            for u in range(left, right + 1)
            if sents[u].kind in ("text", "cue") and ("请" in sents[u].text or "由" in sents[u].text)
        ]
        if k == 1 and sum(free.values()) == 0 and len(asks) == 1:
            labels[asks[0]] += 1
            continue
        return None
    return labels


def _parts(doc: dict[str, Any]) -> list[Any]:
    from learn_turns_reading import Part, Sentence, Turn

    return [
        Part(
            p["item"],
            p["line"],
            [Sentence(**{**x, "turns": [Turn(**t) for t in x["turns"]]}) for x in p["sentences"]],
        )
        for p in doc["parts"]
    ]


def scripts_of(doc_by_name: dict[str, Any]) -> list[Script]:
    """Samples from one reading of some scripts, with their annotations."""
    import yaml
    from corpus import named
    from learn_turns_reading import features

    out = []
    for name, doc in sorted(doc_by_name.items()):
        stem = name[: -len(".txt")]
        expect = yaml.safe_load((CORPUS / f"{stem}.expect.yaml").read_text(encoding="utf-8"))
        items = expect.get("items") or []
        wanted = [expect.get("opening_cues") or []] + [e.get("cues") or [] for e in items]
        items_ok = len(doc["titles"]) == len(items) and all(
            named(e, t) for e, t in zip(items, doc["titles"], strict=False)
        )
        samples = []
        ps = _parts(doc)
        if len(ps) == len(wanted):
            for part, exp in zip(ps, wanted, strict=True):
                samples.append(
                    Sample(
                        features(part),
                        [len(s.turns) for s in part.sentences],
                        align(part, exp),
                        len(exp),
                        [s.text for s in part.sentences],
                        [any(t.name for t in s.turns) for s in part.sentences],
                    )
                )
        out.append(Script(name, set_of(name), items_ok, samples, len(items)))
    return out


def readings() -> tuple[list[Script], dict[str, list[Script]]]:
    """Today's reading of the corpus but the held-out set, and each set's fresh reading."""
    files = sorted(p for p in CORPUS.glob("*.txt") if set_of(p.name) != HELD_OUT)
    now = scripts_of(read_with(None, files))
    fresh: dict[str, list[Script]] = {}
    for commit in dict.fromkeys(FRESH_FROM.values()):
        sets = [s for s, c in FRESH_FROM.items() if c == commit]
        mine = [p for p in files if set_of(p.name) in sets]
        for sc in scripts_of(read_with(commit, mine)):
            fresh.setdefault(sc.set, []).append(sc)
    return now, fresh


# --- the model -----------------------------------------------------------------------------

CLASSES = ("none", "keep", "more")
"""Of one sentence: no turn; the rules' count (one, where the rules gave none); one more."""


def target(rules: int, label: int) -> int:
    if label == 0:
        return 0
    return 1 if label <= max(rules, 1) else 2


def predicted(rules: int, cls: int) -> int:
    return 0 if cls == 0 else max(rules, 1) if cls == 1 else max(rules, 1) + 1


def rows_of(data: list[Script]) -> list[tuple[list[str], int]]:
    return [
        (f, target(r, y))
        for sc in data
        for s in sc.samples
        if s.labels is not None
        for f, r, y in zip(s.feats, s.rules, s.labels, strict=True)
    ]


def train(
    rows: list[tuple[list[str], int]], epochs: int = 6, l2: float = 1e-4, rate: float = 0.2
) -> dict[str, list[float]]:
    """Softmax regression by AdaGrad, the rows in a fixed shuffled order: deterministic."""
    w: dict[str, list[float]] = {}
    g2: dict[str, list[float]] = {}
    order = list(range(len(rows)))
    random.Random(17).shuffle(order)
    m = len(CLASSES)
    for _ in range(epochs):
        for i in order:
            feats, y = rows[i]
            p = _probs(w, feats)
            grad = [p[c] - (1.0 if c == y else 0.0) for c in range(m)]
            for f in feats:
                wf = w.setdefault(f, [0.0] * m)
                gf = g2.setdefault(f, [1e-6] * m)
                for c in range(m):
                    g = grad[c] + l2 * wf[c]
                    gf[c] += g * g
                    wf[c] -= rate * g / math.sqrt(gf[c])
    return w


def _probs(w: dict[str, list[float]], feats: list[str]) -> list[float]:
    z = [0.0] * len(CLASSES)
    for f in feats:
        wf = w.get(f)
        if wf is not None:
            for c in range(len(z)):
                z[c] += wf[c]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    s = sum(e)
    return [v / s for v in e]


def counts(s: Sample, w: dict[str, list[float]] | None, margin: float) -> list[int]:
    """Each sentence's turns: the rules', unless the reader is surer of another class by
    more than `margin`."""
    if w is None:
        return list(s.rules)
    out = []
    for f, r, named in zip(s.feats, s.rules, s.named, strict=True):
        p = _probs(w, f)
        keep = 1 if r else 0
        cls = max(range(len(p)), key=lambda c: p[c])
        if cls == 0 and named:
            cls = keep  # a person the rules named is asked to do something: never struck out
        out.append(predicted(r, cls) if cls != keep and p[cls] - p[keep] > margin else r)
    return out


def evaluate(data: list[Script], w: dict[str, list[float]] | None, margin: float) -> dict[str, int]:
    """Scripts with items and cues both right; items (not the opening) with the right count
    of turns, of all the annotation's items; sentences the reader changed."""
    both = right = total = moved = 0
    for sc in data:
        total += sc.expected_items
        ok = sc.items_ok and bool(sc.samples)
        for idx, s in enumerate(sc.samples):
            got = counts(s, w, margin)
            moved += sum(a != b for a, b in zip(got, s.rules, strict=True))
            good = sum(got) == s.expected
            ok = ok and good
            right += bool(idx and sc.items_ok and good)
        both += ok
    return {"both": both, "n": len(data), "items": right, "of": total, "moved": moved}


def _fmt(r: dict[str, int]) -> str:
    return f"{r['both']}/{r['n']} items {r['items']}/{r['of']} changed {r['moved']}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("dump", "stats", "loso", "changes", "final"))
    ap.add_argument("rest", nargs="*")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--margins", default="0,0.3,0.6,0.9")
    ap.add_argument("--train", choices=("now", "fresh", "both"), default="both")
    ap.add_argument("--held-out", default="17", help="the set scored once (17 for 17xx)")
    args = ap.parse_args(argv)
    global HELD_OUT
    HELD_OUT = args.held_out
    if args.mode == "dump":
        json.dump(dump(args.rest), sys.stdout, ensure_ascii=False)
        return 0
    _chair()
    now, fresh = readings()
    margins = [float(m) for m in args.margins.split(",")]
    if args.mode == "stats":
        for label, data in [("now", now)] + [(f"fresh {k}", v) for k, v in fresh.items()]:
            ps = [s for sc in data for s in sc.samples]
            pairs = Counter(
                (min(r, 3), min(y, 3))
                for s in ps
                if s.labels is not None
                for r, y in zip(s.rules, s.labels, strict=True)
                if r != y
            )
            base = evaluate(data, None, 0)
            print(
                f"{label}: scripts {len(data)} (rules {base['both']} right), parts {len(ps)},"
                f" left out {sum(s.labels is None for s in ps)}, rows {len(rows_of(data))},"
                f" rules≠label {dict(pairs)}"
            )
        return 0

    def training(dev: str | None) -> list[Script]:
        rows: list[Script] = []
        if args.train in ("now", "both"):
            rows += [sc for sc in now if sc.set != dev]
        if args.train in ("fresh", "both"):
            rows += [sc for k, v in fresh.items() if k != dev for sc in v]
        return rows

    if args.mode == "changes":
        tally: Counter[tuple[str, int, int, str]] = Counter()
        for dev in DEV_SETS:
            w = train(rows_of(training(dev)), epochs=args.epochs)
            for label, test in (
                ("now", [sc for sc in now if sc.set == dev]),
                ("fresh", fresh[dev]),
            ):
                for sc in test:
                    for s in sc.samples:
                        got = counts(s, w, margins[0])
                        for r, g, y in zip(
                            s.rules, got, s.labels or [None] * len(got), strict=True
                        ):
                            if g != r:
                                verdict = "?" if y is None else "right" if g == y else "wrong"
                                tally[(label, r, g, verdict)] += 1
                        if args.verbose:
                            for f, r, g, x in zip(s.feats, s.rules, got, s.sentences, strict=True):
                                if g != r:
                                    p = [round(v, 2) for v in _probs(w, f)]
                                    print(label, sc.name, r, "->", g, p, x[:70])
        for key in sorted(tally):
            print(key, tally[key])
        return 0
    if args.mode == "final":
        # once, at the end: trained on every reading but the held-out set's, which is read
        # by today's parser (it has never read it) and scored, figures only
        w = train(rows_of(training(None)), epochs=args.epochs)
        held = sorted(p for p in CORPUS.glob("*.txt") if set_of(p.name) == HELD_OUT)
        test = scripts_of(read_with(None, held))
        print(f"{HELD_OUT}xx rules {_fmt(evaluate(test, None, 0))}")
        for m in margins:
            print(f"{HELD_OUT}xx rules+model m{m:g} {_fmt(evaluate(test, w, m))}")
        kept = {f: [round(v, 3) for v in ws] for f, ws in w.items() if max(map(abs, ws)) >= 0.01}
        size = len(json.dumps(kept, ensure_ascii=False).encode())
        print(f"weights: {len(w)} features, {len(kept)} kept, {size} bytes as JSON")
        return 0
    if args.mode == "loso":
        for dev in DEV_SETS:
            w = train(rows_of(training(dev)), epochs=args.epochs)
            for label, test in (
                ("now", [sc for sc in now if sc.set == dev]),
                ("fresh", fresh[dev]),
            ):
                line = f"{dev}xx {label:5} rules {_fmt(evaluate(test, None, 0))}"
                for m in margins:
                    line += f" | m{m:g} {_fmt(evaluate(test, w, m))}"
                print(line, flush=True)
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
