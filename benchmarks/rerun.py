"""The incremental rerun: how long `pipeline run` takes after 1% new articles, against the full run.

One run, on generated articles (benchmarks/generate_corpus.py, --n and --seed) written as files
into one folder, with one store, each step a fresh `pipeline run` process (as a user runs it):

  full      the first run: every article extracted, every component reconciled
  same      a rerun with nothing new: what any rerun costs at least (start-up, walking the
            folder, the athletes and the facts file written again)
  rerun     a rerun after adding --add (default 1%) new articles to the folder: only they are
            extracted, only the components they join reconciled again; --repeats times (default
            3), each from the store as the runs before left it, the median reported
  check     (unless --no-check) a cold run on the final folder with a fresh store: the rerun's
            facts file must be byte for byte the same

The new articles come from the same generator (same meetings, years and athletes), so they join
existing components: the harder case. Reports the seconds of each step and rerun/full (target
<= 0.05), with what each rerun extracted and reconciled again (the CLI's own summary line).

As .txt files (the default) articles carry no date, and most generated texts name no year: the
undated reports of one meeting, whatever their year, are one race to reconcile, so components
grow with the corpus. With --jsonl each article is a one-line .jsonl with its publication date,
as an archive's metadata gives it, which dates its race: components stay one meeting-year wide.

    python benchmarks/rerun.py --n 10000 --out rerun.json
    python benchmarks/rerun.py --n 10000 --jsonl --out rerun-dated.json
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_corpus as gen

TARGET_RATIO = 0.05
SUMMARY = re.compile(r"(\d+) article\(s\) \((\d+) extracted, (\d+) from the store\).*?(\d+) component\(s\) \((\d+) reconciled")


def pipeline_run(folder: Path, output: Path, store: Path, workers: int) -> dict:
    cmd = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(output), "--store", str(store), "--workers", str(workers)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"pipeline run failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    m = SUMMARY.search(proc.stderr)
    summary = dict(zip(("articles", "extracted", "reused", "components", "reconciled"), map(int, m.groups()))) if m else {}
    return {"seconds": round(seconds, 2), **summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--n", type=int, default=10_000, help="articles of the first run (default: 10000)")
    parser.add_argument("--add", type=float, default=0.01, help="share of new articles added for the rerun (default: 0.01)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default: 0)")
    parser.add_argument("--workers", type=int, default=1, help="--workers of every run (default: 1)")
    parser.add_argument("--jsonl", action="store_true", help="write each article as a one-line .jsonl with its publication "
                        "date (which dates its race when the text does not), not as a .txt without one")
    parser.add_argument("--repeats", type=int, default=3, help="reruns after adding the new articles, each from the same "
                        "store; the median is reported (default: 3)")
    parser.add_argument("--no-check", action="store_true", help="skip the cold run that checks the rerun's facts file")
    parser.add_argument("--tmp", type=Path, help="directory for the corpus and store (default: the system's)")
    parser.add_argument("--out", type=Path, default=Path("rerun-results.json"), help="JSON results (default: rerun-results.json)")
    args = parser.parse_args(argv)

    added = max(1, round(args.n * args.add))
    results: dict = {"n": args.n, "added": added, "seed": args.seed, "workers": args.workers, "jsonl": args.jsonl,
                     "target_ratio": TARGET_RATIO}
    with tempfile.TemporaryDirectory(prefix="pipeline-rerun-", dir=args.tmp) as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        articles = list(gen.generate(args.n + added, args.seed))
        def write(art) -> None:
            if args.jsonl:
                (folder / f"{art.id}.jsonl").write_text(json.dumps(gen.jsonl_record(art)) + "\n", encoding="utf-8")
            else:
                (folder / art.name).write_text(art.text, encoding="utf-8")

        for art in articles[: args.n]:
            write(art)
        print(f"generated {args.n} + {added} articles", file=sys.stderr)
        facts, store = root / "facts.json", root / "store.sqlite"

        results["full"] = pipeline_run(folder, facts, store, args.workers)
        print(f"full   {results['full']}", file=sys.stderr)
        results["same"] = pipeline_run(folder, facts, store, args.workers)
        print(f"same   {results['same']}", file=sys.stderr)
        for art in articles[args.n :]:
            write(art)
        # each repeat starts from the store as the runs before left it: its files (the database,
        # and a write-ahead log if one is left) copied aside, and put back alone before each
        def store_files() -> list[Path]:
            return [path for path in root.glob(f"{store.name}*") if not path.name.endswith(".lock")]

        kept = {path: root / f"kept-{path.name}" for path in store_files()}
        for path, copy in kept.items():
            shutil.copy2(path, copy)
        reruns = []
        for _ in range(args.repeats):
            for path in store_files():
                path.unlink()
            for path, copy in kept.items():
                shutil.copy2(copy, path)
            reruns.append(pipeline_run(folder, facts, store, args.workers))
            print(f"rerun  {reruns[-1]}", file=sys.stderr)
        results["rerun"] = {**reruns[-1], "seconds": statistics.median(r["seconds"] for r in reruns),
                            "seconds_each": [r["seconds"] for r in reruns]}
        if not args.no_check:
            cold = root / "cold.json"
            results["check"] = pipeline_run(folder, cold, root / "cold.sqlite", args.workers)
            results["check"]["same_facts_file"] = cold.read_bytes() == facts.read_bytes()
            print(f"check  {results['check']}", file=sys.stderr)

    full = results["full"]["seconds"]
    results["ratio_rerun_full"] = round(results["rerun"]["seconds"] / full, 4)
    results["ratio_same_full"] = round(results["same"]["seconds"] / full, 4)
    results["meets_target"] = results["ratio_rerun_full"] <= TARGET_RATIO
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    r = results["rerun"]
    kind = "one-line .jsonl files with publication dates" if args.jsonl else ".txt files"
    print(f"\nincremental rerun on {args.n} generated articles ({kind}) + {added} new ({args.add:.0%}), workers={args.workers}")
    print(f"  full run          {full:8.1f} s")
    print(f"  rerun, nothing new {results['same']['seconds']:7.1f} s   ({results['ratio_same_full']:.3f} of the full run)")
    print(f"  rerun, {added} new    {r['seconds']:8.1f} s   ({results['ratio_rerun_full']:.3f} of the full run; "
          f"{'meets' if results['meets_target'] else 'MISSES'} the target <= {TARGET_RATIO}; median of "
          f"{', '.join(f'{x:.2f}' for x in r['seconds_each'])} s)")
    if r.get("components"):
        print(f"    extracted {r['extracted']} of {r['articles']} articles; reconciled again {r['reconciled']} of {r['components']} components")
    if "check" in results:
        print(f"  cold run on the final folder: {results['check']['seconds']:.1f} s; same facts file as the rerun: "
              f"{results['check']['same_facts_file']}")
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
