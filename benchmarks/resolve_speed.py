"""Resolver speed benchmark: 100,000 mentions against a 10,000-athlete registry.

Builds (seeded) a synthetic registry: the real registry plus generated athletes whose names
recombine real given names and surnames with syllable-generated surnames. Builds the mentions:
70% full-name variants of registry athletes (the kinds of benchmarks/name_variants.py), 20% exact
names, 10% names not in the registry. Then, on the same data, times

  (a) `pipeline.resolve.resolve(mention, roster)` for every mention, one Roster reused;
  (b) a plain `rapidfuzz.process.extractOne(mention, all_names, scorer=fuzz.WRatio, score_cutoff=88)`
      loop, timed on a fixed random sample and extrapolated when the full loop would take too long,

and reports seconds, mentions per second, their ratio and the accuracy of each on the truth.

    python benchmarks/resolve_speed.py --out /tmp/resolve_speed.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rapidfuzz  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from pipeline.registry import DEFAULT_REGISTRY, Registry, RegistryAthlete, load_registry  # noqa: E402
from pipeline.resolve import Roster, resolve  # noqa: E402

from benchmarks.variants import FULL_KINDS, Parts, Score, Truth, fmt, key, make_full_variant, slug  # noqa: E402

TARGET_SECONDS = 60.0
RF_CUTOFF = 88

# --------------------------------------------------------------------------- synthetic names

# (prefixes, middles, endings) per naming tradition; a surname is prefix + 0-2 middles + ending
SURNAME_STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "east_african": (
        ("Kip", "Chep", "Jep", "Che", "Ki", "Ke", "Ko", "Ru", "Ja", "Nge", "Wa", "Ma"),
        ("ro", "ru", "ke", "go", "te", "ti", "ga", "mo", "ri", "la", "nya", "ngo", "to", "sa", "ba", "ku"),
        ("", "i", "ei", "ich", "tich", "gat", "got", "on", "ui", "yo", "kei", "wa", "ny", "mboi"),
    ),
    "ethiopian": (
        ("Gebre", "Wolde", "Tes", "Hai", "Bel", "Ay", "Ge", "Ke", "De", "Ye", "Ab", "Tse", "Ha"),
        ("ma", "le", "ga", "ha", "ne", "tu", "sa", "ye", "de", "be", "ta", "ge", "lu", "gi"),
        ("", "w", "t", "u", "e", "a", "ssa", "y", "ew", "ie"),
    ),
    "nordic": (
        ("Ing", "Lar", "Hal", "Ber", "Sve", "Ol", "Nil", "Ask", "Ek", "Lind", "Dahl", "Tor", "Hag", "Gun"),
        ("e", "a", "o", "i", "ar", "er"),
        ("sen", "son", "sson", "berg", "strom", "lund", "dal", "vik", "gren", "holm", "stad", "rud"),
    ),
    "anglo": (
        ("Hol", "Whit", "Ash", "Brad", "Kim", "Thorn", "Cart", "Hay", "Mor", "Wil", "Pem", "Ram", "Fair", "Lang", "Bur", "Chad"),
        ("e", "i", "er", "a", "ing"),
        ("ton", "ley", "ford", "man", "well", "wood", "by", "ham", "field", "more", "ridge", "er", "son", "worth"),
    ),
    "slavic": (
        ("Kow", "Nov", "Wis", "Pet", "Dub", "Kral", "Zel", "Mar", "Gor", "Sok", "Vol", "Bog", "Hor", "Lis"),
        ("al", "ak", "e", "o", "an", "in", "ar"),
        ("ski", "ska", "ov", "ova", "enko", "czyk", "ic", "ek", "ak", "uk", "iak"),
    ),
    "romance": (
        ("Fer", "Gar", "Rod", "Mar", "Bel", "Cas", "Ros", "Val", "Lor", "San", "Mon", "Cor", "Pal", "Ben"),
        ("n", "r", "l", "t", "ri", "di", "ta"),
        ("andez", "ez", "ini", "etti", "ardo", "eira", "ino", "one", "es", "ano", "elli", "ato"),
    ),
    "west_african": (
        ("O", "A", "Ade", "Olu", "Oko", "Eze", "Ibe", "Nwa", "Ama", "Ko", "Ba", "Di"),
        ("la", "ko", "ye", "mi", "gu", "wa", "de", "ri", "bo", "nu"),
        ("", "de", "ji", "mi", "nna", "ke", "ye", "fo", "ogu", "lu"),
    ),
}


_UNPRONOUNCEABLE = re.compile(r"[aeiouy]{3}|[^aeiouy]{4}|(.)\1\1|ii|aa|uu|ww|eew|nnt")


def generated_surname(rng: random.Random) -> str:
    """A surname in one of the naming traditions above ("Kiprogot", "Wisakski", "Gebremaw")."""
    while True:
        prefixes, middles, endings = SURNAME_STYLES[rng.choice(list(SURNAME_STYLES))]
        s = rng.choice(prefixes) + "".join(rng.choice(middles) for _ in range(rng.choice((0, 1, 1, 2)))) + rng.choice(endings)
        s = s.lower()
        if len(s) >= 4 and not _UNPRONOUNCEABLE.search(s):
            return s.capitalize()


def synthetic_registry(base: Registry, size: int, rng: random.Random, real_surname_share: float = 0.25) -> Registry:
    """`base` plus generated athletes up to `size`: real given names, real or syllable-made surnames."""
    real = list(base.athletes.values())
    givens: dict[str, list[str]] = defaultdict(list)
    for a in real:
        givens[a.sex].append(Parts.of(a.name).given)
    real_surnames = [Parts.of(a.name).surname for a in real]
    names = {key(n) for a in real for n in (a.name, *a.aliases)}
    ids = set(base.athletes)
    athletes = list(real)
    while len(athletes) < size:
        template = rng.choice(real)
        given = rng.choice(givens[template.sex])
        surname = rng.choice(real_surnames) if rng.random() < real_surname_share else generated_surname(rng)
        name = f"{given} {surname}"
        if key(name) in names:
            continue
        names.add(key(name))
        aid, n = slug(name), 2
        while aid in ids:
            aid, n = f"{slug(name)}-{n}", n + 1
        ids.add(aid)
        athletes.append(RegistryAthlete(id=aid, name=name, country=template.country, sex=template.sex, events=list(template.events)))
    return Registry(athletes[:size] if size < len(athletes) else athletes)


# --------------------------------------------------------------------------- mentions

def build_mentions(registry: Registry, n: int, rng: random.Random, shares=(0.7, 0.2, 0.1)) -> tuple[list[tuple[str, str | None, str, str]], Truth]:
    """(text, truth athlete id or None, type, kind) for n mentions: variants, exact names, absent names."""
    athletes = list(registry.athletes.values())
    truth = Truth(athletes)
    n_var = round(n * shares[0])
    n_exact = round(n * shares[1])
    n_absent = n - n_var - n_exact
    out: list[tuple[str, str | None, str, str]] = []
    while len(out) < n_var:
        a, kind = rng.choice(athletes), rng.choice(FULL_KINDS)
        made = make_full_variant(kind, a, truth, rng)
        if made:
            v, t = made
            out.append((v.text, t, "variant", kind))
    for _ in range(n_exact):
        a = rng.choice(athletes)
        out.append((rng.choice((a.name, *a.aliases)), a.id, "exact", "exact"))
    givens = [Parts.of(a.name).given for a in athletes]
    surnames = [Parts.of(a.name).surname for a in athletes]
    absent: set[str] = set()
    while len(absent) < n_absent:
        recombined = len(absent) % 2 == 0
        given = rng.choice(givens)
        surname = rng.choice(surnames) if recombined else generated_surname(rng)
        text = f"{given} {surname}"
        if text in absent or truth.knows(text) or truth.close_to_someone(given, Parts.of(text).last, max_dist=1):
            continue
        absent.add(text)
        out.append((text, None, "absent", "recombined" if recombined else "generated"))
    rng.shuffle(out)
    return out, truth


# --------------------------------------------------------------------------- scoring

def score(mentions, got: dict[int, str | None], indices) -> dict:
    total, by_type = Score(), defaultdict(Score)
    correct, correct_type = 0, Counter()
    for i in indices:
        _, t, typ, _ = mentions[i]
        g = got[i]
        total.add(t, g)
        by_type[typ].add(t, g)
        if g == t:
            correct += 1
            correct_type[typ] += 1
    n = len(indices)
    return {
        "mentions": n,
        "accuracy": correct / n if n else None,
        "accuracy_by_type": {k: correct_type[k] / s.n for k, s in sorted(by_type.items())},
        "pairwise": total.as_dict(),
    }


# --------------------------------------------------------------------------- run

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="resolve_speed.py",
        description=(
            "Resolver speed benchmark: times pipeline.resolve.resolve() (one Roster reused) and a plain "
            "rapidfuzz.process.extractOne(WRatio, score_cutoff=88) loop on the same mentions against a "
            "synthetic registry, and reports seconds, mentions/s, the ratio and each one's accuracy."
        ),
        epilog=f"Target: resolve() under {TARGET_SECONDS:.0f} s for 100,000 mentions against 10,000 athletes.",
    )
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--athletes", type=int, default=10_000, metavar="N", help="registry size, real athletes included (default 10000)")
    ap.add_argument("--mentions", type=int, default=100_000, metavar="N",
                    help="mentions: 70%% full-name variants, 20%% exact names, 10%% absent names (default 100000)")
    ap.add_argument("--rf-sample", type=int, default=2000, metavar="N",
                    help="mentions in the fixed random sample the rapidfuzz loop is timed on first (default 2000)")
    ap.add_argument("--rf-budget", type=float, default=600.0, metavar="SECONDS",
                    help="run the rapidfuzz loop over all mentions only if the sample projects it under this "
                         "(default 600); otherwise report the sample's time extrapolated linearly")
    ap.add_argument("--registry", action="append", type=Path, metavar="FILE",
                    help="real registry file(s) the synthetic one starts from (default: the bundled corpus/athletes.jsonl)")
    ap.add_argument("--out", type=Path, metavar="PATH", help="write the results as JSON to PATH")
    return ap.parse_args(argv)


def run(args: argparse.Namespace) -> dict:
    rng = random.Random(args.seed)
    base = load_registry(args.registry or [DEFAULT_REGISTRY])
    t = time.perf_counter()
    registry = synthetic_registry(base, args.athletes, rng)
    mentions, _ = build_mentions(registry, args.mentions, rng)
    setup_s = time.perf_counter() - t
    n = len(mentions)
    texts = [m[0] for m in mentions]
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"cpu count: {os.cpu_count()} (usable: {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'}); "
          f"python {platform.python_version()}, rapidfuzz {rapidfuzz.__version__}", flush=True)
    print(f"registry: {len(registry)} athletes ({len(base)} real); mentions: {n} "
          f"({dict(Counter(m[2] for m in mentions))}); data built in {setup_s:.1f} s", flush=True)

    # (a) the pipeline's blocked resolver, one Roster reused
    print(f"timing resolve() over {n} mentions ...", flush=True)
    roster = Roster(registry)
    got_resolver: dict[int, str | None] = {}
    c0, t0 = time.process_time(), time.perf_counter()
    r = resolve(texts[0], roster)
    first_s = time.perf_counter() - t0
    got_resolver[0] = r.athlete if r else None
    for i in range(1, n):
        r = resolve(texts[i], roster)
        got_resolver[i] = r.athlete if r else None
    resolver_s = time.perf_counter() - t0
    resolver_cpu = time.process_time() - c0

    # (b) plain rapidfuzz extractOne over every registry name
    choices, owner = [], []
    for a in registry.athletes.values():
        for nm in (a.name, *a.aliases):
            choices.append(nm)
            owner.append(a.id)
    sample = sorted(random.Random(args.seed + 1).sample(range(n), min(args.rf_sample, n)))
    print(f"timing rapidfuzz extractOne(WRatio, cutoff {RF_CUTOFF}) on a sample of {len(sample)} mentions ...", flush=True)

    def rf_loop(indices) -> tuple[float, float, dict[int, str | None]]:
        got: dict[int, str | None] = {}
        c1, t1 = time.process_time(), time.perf_counter()
        for i in indices:
            hit = process.extractOne(texts[i], choices, scorer=fuzz.WRatio, score_cutoff=RF_CUTOFF)
            got[i] = owner[hit[2]] if hit else None
        return time.perf_counter() - t1, time.process_time() - c1, got

    sample_s, sample_cpu, got_rf = rf_loop(sample)
    projected = sample_s / len(sample) * n if sample else 0.0
    extrapolated = projected > args.rf_budget and len(sample) < n
    if extrapolated:
        rf_s, rf_cpu, rf_scope = projected, sample_cpu / len(sample) * n, sample
        print(f"  projected {projected:.1f} s for all {n} > budget {args.rf_budget:g} s: extrapolating from the sample", flush=True)
    elif len(sample) < n:
        print(f"  projected {projected:.1f} s <= budget {args.rf_budget:g} s: running it over all {n} mentions ...", flush=True)
        rf_s, rf_cpu, got_rf = rf_loop(range(n))
        rf_scope = list(range(n))
    else:
        rf_s, rf_cpu, rf_scope = sample_s, sample_cpu, sample

    resolver_all = score(mentions, got_resolver, range(n))
    load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "benchmark": "resolve_speed",
        "seed": args.seed,
        "cpu_count": os.cpu_count(),
        "load_average_before_after": [load_before, load_after],
        "python": platform.python_version(),
        "rapidfuzz_version": rapidfuzz.__version__,
        "registry": {"athletes": len(registry), "real_athletes": len(base), "names_incl_aliases": len(choices)},
        "mentions": {"total": n, **Counter(m[2] for m in mentions),
                     "variant_kinds": dict(sorted(Counter(m[3] for m in mentions if m[2] == "variant").items())),
                     "truth_none_ambiguous_variants": sum(1 for m in mentions if m[2] == "variant" and m[1] is None)},
        "setup_seconds": round(setup_s, 3),
        "resolver": {
            "seconds": resolver_s,
            "cpu_seconds": resolver_cpu,
            "first_call_seconds": first_s,
            "mentions_per_second": n / resolver_s,
            "target_seconds": TARGET_SECONDS,
            "target_scaled_to_this_run": TARGET_SECONDS * n / 100_000,
            "target_met": resolver_s <= TARGET_SECONDS * n / 100_000,
            **resolver_all,
        },
        "rapidfuzz": {
            "call": f"process.extractOne(mention, all_registry_names, scorer=fuzz.WRatio, score_cutoff={RF_CUTOFF})",
            "seconds": rf_s,
            "cpu_seconds": rf_cpu,
            "extrapolated": extrapolated,
            "sample_mentions": len(sample),
            "sample_seconds": sample_s,
            "mentions_per_second": n / rf_s if rf_s else None,
            "accuracy_measured_on": "sample" if extrapolated else "all",
            **score(mentions, got_rf, rf_scope),
        },
        "resolver_on_rapidfuzz_scope": score(mentions, got_resolver, rf_scope),
        "ratio_rapidfuzz_over_resolver": rf_s / resolver_s if resolver_s else None,
        "ratio_rapidfuzz_over_resolver_cpu": rf_cpu / resolver_cpu if resolver_cpu else None,
    }


def report(out: dict) -> None:
    rs, rf = out["resolver"], out["rapidfuzz"]
    n = out["mentions"]["total"]
    print()
    head = (f"{'method':<34} {'wall s':>9} {'cpu s':>9} {'mentions/s':>11} {'accuracy':>9} {'precision':>9} "
            f"{'recall':>7}  accuracy on")
    print(head)
    print("-" * len(head))
    print(f"{'resolve() (blocked, pipeline)':<34} {rs['seconds']:>9.2f} {rs['cpu_seconds']:>9.2f} {rs['mentions_per_second']:>11.0f} "
          f"{fmt(rs['accuracy']):>9} {fmt(rs['pairwise']['precision']):>9} {fmt(rs['pairwise']['recall']):>7}  all {n}")
    label = "rapidfuzz extractOne WRatio>=88"
    tilde = "~" if rf["extrapolated"] else ""
    print(f"{label:<34} {tilde + format(rf['seconds'], '.2f'):>9} {tilde + format(rf['cpu_seconds'], '.2f'):>9} "
          f"{rf['mentions_per_second']:>11.0f} {fmt(rf['accuracy']):>9} "
          f"{fmt(rf['pairwise']['precision']):>9} {fmt(rf['pairwise']['recall']):>7}  {rf['accuracy_measured_on']} {rf['mentions']}")
    if rf["extrapolated"]:
        same = out["resolver_on_rapidfuzz_scope"]
        print(f"{'resolve() on the same sample':<34} {'':>9} {'':>9} {'':>11} {fmt(same['accuracy']):>9} "
              f"{fmt(same['pairwise']['precision']):>9} {fmt(same['pairwise']['recall']):>7}  sample {same['mentions']}")
        print(f"\nrapidfuzz time EXTRAPOLATED linearly: {rf['sample_mentions']} sampled mentions took "
              f"{rf['sample_seconds']:.2f} s -> ~{rf['seconds']:.1f} s for {n}")
    print()
    print(f"resolve() first call (builds the roster's blocks): {rs['first_call_seconds'] * 1000:.0f} ms")
    print("accuracy by mention type, resolve(): " + ", ".join(f"{k} {v:.4f}" for k, v in rs["accuracy_by_type"].items()))
    print("accuracy by mention type, rapidfuzz: " + ", ".join(f"{k} {v:.4f}" for k, v in rf["accuracy_by_type"].items()))
    print(f"ratio rapidfuzz / resolve(): {out['ratio_rapidfuzz_over_resolver']:.2f}x wall, "
          f"{out['ratio_rapidfuzz_over_resolver_cpu']:.2f}x cpu (above 1: resolve() is faster)")
    ok = "ok" if rs["target_met"] else "MISSED"
    print(f"target: resolve() {rs['seconds']:.1f} s wall ({rs['cpu_seconds']:.1f} s cpu) <= {rs['target_scaled_to_this_run']:.1f} s "
          f"({TARGET_SECONDS:.0f} s per 100k mentions) {ok}")
    la = out["load_average_before_after"]
    if la[0] is not None:
        print(f"cpu count {out['cpu_count']}; 1-min load average before {la[0][0]:.2f}, after {la[1][0]:.2f} "
              "(other work on the machine slows both loops alike)")


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    out = run(args)
    report(out)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return out


if __name__ == "__main__":
    main()
