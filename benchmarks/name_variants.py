"""Name-variant benchmark: how well `pipeline.resolve.resolve` maps misspelt names onto the registry.

From the registry, with a fixed seed, it generates variant surface forms of every athlete's name
(typos, transpositions, dropped and doubled letters, l/r swaps, -sen/-son/-sson endings, given-name
short forms and initials, diacritics and transliteration round trips), bare surnames, and
look-alike names that must not merge (same surname, same given name and event, and synthetic
names made from one athlete's given name and another's surname). Each is resolved with
`resolve(variant, Roster(registry))` (default context) and scored pairwise against the truth the
generator knows (see benchmarks/variants.py for the truth and the ambiguity rule).

    python benchmarks/name_variants.py --out /tmp/name_variants.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.registry import DEFAULT_REGISTRY, load_registry  # noqa: E402
from pipeline.resolve import Roster, resolve  # noqa: E402

from benchmarks.variants import (  # noqa: E402
    FULL_KINDS, SURNAME_EDIT_KINDS, SURNAME_KINDS, Parts, Score, Truth, Variant, fmt, key,
    make_full_variant, surname_variant,
)

TARGET_PRECISION = 0.99
TARGET_RECALL = 0.95


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="name_variants.py",
        description=(
            "Name-variant benchmark of the resolver: generates variants of every registry athlete's name "
            "(seeded), resolves each with resolve(variant, Roster(registry)) and reports pairwise precision "
            "and recall for full-name variants and bare surnames, per variant kind, and the number of "
            "look-alike pairs wrongly merged."
        ),
        epilog=f"Targets: full-name precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}, 0 look-alike merges.",
    )
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--per-kind", type=int, default=2, metavar="N",
                    help="variants per athlete and variant kind, where the kind applies (default 2)")
    ap.add_argument("--distractors", type=int, default=2000, metavar="N",
                    help="synthetic look-alike names not in the registry (one athlete's given name + another's "
                         "surname); none may resolve to either donor (default 2000)")
    ap.add_argument("--registry", action="append", type=Path, metavar="FILE",
                    help=f"registry file(s) (default: the bundled {DEFAULT_REGISTRY.relative_to(DEFAULT_REGISTRY.parents[1])})")
    ap.add_argument("--limit", type=int, default=0, metavar="N",
                    help="generate variants for the first N athletes only (default 0: all); for smoke tests")
    ap.add_argument("--examples", type=int, default=5, metavar="N",
                    help="failing examples printed per failing kind (default 5; the JSON keeps up to 25)")
    ap.add_argument("--out", type=Path, metavar="PATH", help="write the results as JSON to PATH")
    return ap.parse_args(argv)


def run(args: argparse.Namespace) -> dict:
    started = time.perf_counter()
    registry = load_registry(args.registry or [DEFAULT_REGISTRY])
    roster = Roster(registry)
    athletes = list(registry.athletes.values())
    truth = Truth(athletes)
    rng = random.Random(args.seed)
    subjects = athletes[: args.limit] if args.limit else athletes

    # ---- variants: (group, Variant, truth)
    cases: list[tuple[str, Variant, str | None]] = []
    for a in subjects:
        for n in (a.name, *a.aliases):
            cases.append(("control", Variant("exact", n, a.id), a.id))
        for kind in FULL_KINDS:
            seen: set[str] = set()
            for _ in range(args.per_kind):
                made = make_full_variant(kind, a, truth, rng)
                if made is None:
                    break
                v, t = made
                if v.text not in seen:
                    seen.add(v.text)
                    cases.append(("full_name", v, t))
        surnames = list(dict.fromkeys(Parts.of(n).surname for n in (a.name, *a.aliases)))
        for s in surnames:
            cases.append(("bare_surname", Variant("surname_exact", s, a.id), truth.surname(s, a.id)))
        for kind in SURNAME_KINDS[1:]:
            seen = set()
            for _ in range(args.per_kind):
                v = surname_variant(kind, surnames[0], rng)
                if v is None:
                    break
                owner_is_other = any(o != a.id for o in truth.by_surname.get(key(v.text), ()))
                if v.text in seen or key(v.text) == key(surnames[0]) and kind != "surname_diacritics":
                    continue
                seen.add(v.text)
                v = Variant(v.kind, v.text, a.id, v.note, v.pos)
                cases.append(("bare_surname", v, None if owner_is_other else truth.surname(v.text, a.id)))

    cache: dict[str, object] = {}

    def res(text: str):
        if text not in cache:
            cache[text] = resolve(text, roster)
        return cache[text]

    t0 = time.perf_counter()
    kinds: dict[tuple[str, str], Score] = defaultdict(Score)
    groups: dict[str, Score] = defaultdict(Score)
    by_pos: dict[str, Score] = defaultdict(Score)
    failures: dict[str, list[dict]] = defaultdict(list)
    records = []
    for group, v, t in cases:
        r = res(v.text)
        got = r.athlete if r else None
        outcome = kinds[(group, v.kind)].add(t, got)
        groups[group].add(t, got)
        if v.pos is not None and (v.kind in SURNAME_EDIT_KINDS or v.kind == "surname_typo"):
            by_pos[f"{group}: {'first letter' if v.pos == 0 else 'other letters'}"].add(t, got)
        records.append((group, v, t, got))
        if outcome in ("fp", "fn", "wrong"):
            failures[v.kind].append({
                "variant": v.text, "expected": t, "got": got, "outcome": outcome,
                "source": v.source, "note": v.note, "method": r.method if r else None,
            })

    # ---- look-alike pairs that must not merge
    forms: dict[str, list[str]] = defaultdict(list)
    for group, v, _, _ in records:
        if group in ("control", "full_name"):
            forms[v.source].append(v.text)
    by_sur: dict[str, set[str]] = defaultdict(set)
    by_given: dict[str, list] = defaultdict(list)
    for a in athletes:
        for n in (a.name, *a.aliases):
            by_sur[key(Parts.of(n).surname)].add(a.id)
        by_given[key(Parts.of(a.name).given)].append(a)
    pairs: dict[str, set[tuple[str, str]]] = {"same_surname": set(), "same_given_name": set()}
    shared_event: set[tuple[str, str]] = set()
    for ids in by_sur.values():
        pairs["same_surname"].update(tuple(sorted(p)) for p in combinations(sorted(ids), 2))
    for group_ in by_given.values():
        for a, b in combinations(group_, 2):
            if key(Parts.of(a.name).surname) != key(Parts.of(b.name).surname):
                pair = tuple(sorted((a.id, b.id)))
                pairs["same_given_name"].add(pair)
                if set(a.events) & set(b.events):
                    shared_event.add(pair)
    subject_ids = {a.id for a in subjects}
    lookalikes: dict[str, dict] = {}
    merged_examples: list[dict] = []
    for kind, ps in pairs.items():
        ps = {p for p in ps if subject_ids & set(p)}
        merged = 0
        for a_id, b_id in sorted(ps):
            hit = None
            for src, other in ((a_id, b_id), (b_id, a_id)):
                for text in forms.get(src, []):
                    r = res(text)
                    if r and r.athlete == other:
                        hit = {"kind": kind, "pair": [src, other], "variant": text, "expected": src, "got": other, "method": r.method}
                        break
                if hit:
                    break
            if hit:
                merged += 1
                merged_examples.append(hit)
        lookalikes[kind] = {"pairs": len(ps), "merged": merged}
        if kind == "same_given_name":
            lookalikes[kind]["sharing_an_event"] = len(ps & shared_event)
    d = distractors(args.distractors, athletes, truth, rng)
    d_merged = d_other = 0
    d_examples: list[dict] = []
    for text, a_id, b_id in d:
        r = res(text)
        got = r.athlete if r else None
        if got in (a_id, b_id):
            d_merged += 1
            merged_examples.append({"kind": "distractor", "pair": [a_id, b_id], "variant": text, "expected": None, "got": got, "method": r.method})
        elif got is not None:
            d_other += 1
            d_examples.append({"variant": text, "got": got, "method": r.method})
    lookalikes["distractor"] = {"pairs": len(d), "merged": d_merged, "resolved_to_other_athlete": d_other}
    resolve_seconds = time.perf_counter() - t0

    full, bare = groups["full_name"], groups["bare_surname"]
    total_merged = sum(x["merged"] for x in lookalikes.values())
    targets = {
        "full_name_precision": TARGET_PRECISION, "full_name_recall": TARGET_RECALL, "lookalike_merges": 0,
        "met": bool(full.precision is not None and full.precision >= TARGET_PRECISION
                    and full.recall is not None and full.recall >= TARGET_RECALL and total_merged == 0),
    }
    ex_rng = random.Random(args.seed + 1)
    failing_kinds = [
        k for (g, k), s in kinds.items()
        if g != "control" and ((s.precision is not None and s.precision < TARGET_PRECISION)
                               or (s.recall is not None and s.recall < TARGET_RECALL))
    ]
    return {
        "benchmark": "name_variants",
        "seed": args.seed,
        "per_kind": args.per_kind,
        "registry_athletes": len(athletes),
        "athletes_varied": len(subjects),
        "resolve_calls": len(cache),
        "seconds": round(time.perf_counter() - started, 3),
        "resolve_seconds": round(resolve_seconds, 3),
        "full_name": full.as_dict(),
        "bare_surname": bare.as_dict(),
        "control_exact": groups["control"].as_dict(),
        "kinds": {k: {"group": g, **s.as_dict()} for (g, k), s in kinds.items()},
        "surname_edit_position": {k: s.as_dict() for k, s in sorted(by_pos.items())},
        "lookalikes": {**lookalikes, "total_merged": total_merged},
        "lookalike_merges": merged_examples,
        "distractors_resolved_to_other": d_examples[:25],
        "targets": targets,
        "failing_kinds": failing_kinds,
        "failures": {k: _sample(v, 25, ex_rng) for k, v in failures.items()},
        "definitions": Score.__doc__.strip(),
    }


def distractors(n: int, athletes: list, truth: Truth, rng: random.Random) -> list[tuple[str, str, str]]:
    """Names not in the registry: one athlete's given name + another's surname.

    Half are drawn freely, half share the initial of the surname donor's given name (harder).
    A name is dropped when an athlete with that last word has the same given name, a short form
    of it, or one a letter off ("Jemma" / "Emma"): that would be a variant, not a distractor.
    """
    by_initial: dict[str, list] = defaultdict(list)
    for a in athletes:
        by_initial[key(Parts.of(a.name).given)[:1]].append(a)
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for i in range(n * 20):
        if len(out) >= n:
            break
        b = rng.choice(athletes)
        pb = Parts.of(b.name)
        pool = by_initial[key(pb.given)[:1]] if i % 2 else athletes
        a = rng.choice(pool)
        if a.id == b.id:
            continue
        text = f"{Parts.of(a.name).given} {pb.surname}"
        if text in seen or truth.knows(text) or truth.close_to_someone(Parts.of(a.name).given, pb.last, max_dist=0):
            continue
        seen.add(text)
        out.append((text, a.id, b.id))
    return out


def _sample(items: list, k: int, rng: random.Random) -> list:
    return items if len(items) <= k else rng.sample(items, k)


def report(out: dict, args: argparse.Namespace, registry_names: dict[str, str]) -> None:
    def who(aid):
        return f"{registry_names.get(aid, aid)}" if aid else "None"

    print(f"name-variant benchmark: seed {out['seed']}, {out['registry_athletes']} registry athletes "
          f"({out['athletes_varied']} varied), {out['per_kind']} variant(s) per athlete and kind, "
          f"{out['resolve_calls']} distinct names resolved in {out['resolve_seconds']:.1f} s")
    print()
    head = f"{'group':<13} {'kind':<19} {'n':>5} {'amb':>4} {'tp':>5} {'fp':>4} {'fn':>4} {'wrong':>5} {'precision':>9} {'recall':>7}"
    print(head)
    print("-" * len(head))

    def row(group, kind, s):
        print(f"{group:<13} {kind:<19} {s['n']:>5} {s['ambiguous']:>4} {s['tp']:>5} {s['fp']:>4} {s['fn']:>4} "
              f"{s['wrong_athlete']:>5} {fmt(s['precision']):>9} {fmt(s['recall']):>7}")

    order = ["control", "full_name", "bare_surname"]
    for k, s in sorted(out["kinds"].items(), key=lambda kv: (order.index(kv[1]["group"]), _kind_order(kv[0]))):
        row(s["group"], k, s)
    print("-" * len(head))
    row("FULL NAMES", "(all kinds)", out["full_name"])
    row("BARE SURNAMES", "(all kinds)", out["bare_surname"])
    print()
    print("surname spelling edits by position of the edited letter:")
    for k, s in out["surname_edit_position"].items():
        print(f"  {k:<36} n={s['n']:>5}  precision {fmt(s['precision'])}  recall {fmt(s['recall'])}")
    print()
    la = out["lookalikes"]
    print("look-alike pairs that must not merge:")
    for k in ("same_surname", "same_given_name", "distractor"):
        extra = ""
        if k == "distractor":
            extra = f"  (resolved to some other athlete: {la[k]['resolved_to_other_athlete']})"
        elif k == "same_given_name":
            extra = f"  ({la[k]['sharing_an_event']} of them sharing an event)"
        print(f"  {k:<22} pairs {la[k]['pairs']:>5}   wrongly merged {la[k]['merged']:>4}{extra}")
    print(f"  {'TOTAL wrongly merged':<22} {la['total_merged']}")
    for m in out["lookalike_merges"][: args.examples * 3]:
        print(f"    {m['kind']}: {m['variant']!r} -> {who(m['got'])}  [{m['method']}]")
    print()
    f, t = out["full_name"], out["targets"]
    ok = lambda c: "ok" if c else "MISSED"  # noqa: E731
    print(f"targets (full names): precision {fmt(f['precision'])} >= {t['full_name_precision']} "
          f"{ok(f['precision'] is not None and f['precision'] >= t['full_name_precision'])}; "
          f"recall {fmt(f['recall'])} >= {t['full_name_recall']} "
          f"{ok(f['recall'] is not None and f['recall'] >= t['full_name_recall'])}; "
          f"look-alike merges {la['total_merged']} == 0 {ok(la['total_merged'] == 0)}")
    if out["failing_kinds"]:
        print()
        print(f"kinds below target (precision < {TARGET_PRECISION} or recall < {TARGET_RECALL}), "
              f"{args.examples} examples each (variant -> expected, got):")
        for k in sorted(out["failing_kinds"], key=_kind_order):
            print(f"  {k}:")
            for e in out["failures"].get(k, [])[: args.examples]:
                exp = who(e["expected"]) if e["expected"] else "None (ambiguous)"
                print(f"    {e['variant']!r:<34} expected {exp:<28} got {who(e['got'])}"
                      + (f"  [{e['method']}]" if e["method"] else ""))


def _kind_order(kind: str) -> int:
    order = ["exact", *FULL_KINDS, *SURNAME_KINDS]
    return order.index(kind) if kind in order else len(order)


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    out = run(args)
    names = {}
    for path in args.registry or [DEFAULT_REGISTRY]:
        for a in load_registry([path]).athletes.values():
            names[a.id] = a.name
    report(out, args, names)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return out


if __name__ == "__main__":
    main()
