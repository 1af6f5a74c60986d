"""Throughput, per-stage profile, memory and accuracy of the pipeline on generated articles.

One run measures, on the SAME generated texts (benchmarks/generate_corpus.py, --n and --seed):

  full       the whole extraction: `pipeline.nlp.build()`, `nlp.pipe(texts, batch_size=64)` and
             `facts.doc_to_facts` on every doc (articles/s, tokens/s)
  floor      spaCy's tokenizer-only pipeline, `spacy.blank("en")` + `sentencizer`, through
             `nlp.pipe`: the floor no stage can beat
  sm         `en_core_web_sm` through `nlp.pipe`, where it is installed ("not installed" otherwise)

Each measurement is repeated --repeats times (default 3), interleaved (full, floor, sm, full, ...),
and the median is reported with the ratio full/floor (target >= 0.4).

The per-stage profile runs the tokenizer, then each pipeline component, then `doc_to_facts`, one
after the other over the same fresh Docs, and prints what each costs as a share of the total
(median of the repeats).

--rss: peak RSS of `pipeline run` (a subprocess, one worker, no store) over 1k, 10k and 100k
generated articles written as one .jsonl in a temporary directory; reports RSS(100k)/RSS(10k)
(target <= 2). The peak comes from wait4()'s ru_maxrss of the child, forked by a small launcher
process (a child of this process would inherit this process's peak: Linux carries the high-water
mark of the memory image replaced by exec); /proc/PID/status is sampled meanwhile, so a run stopped by --rss-timeout still reports the peak so far, the articles done
(read from the CLI's progress line through a pseudo-terminal) and the time it took. The lines
carry the articles' publication dates unless --undated (then most races are undated: see the
README).

--accuracy: `pipeline.run` on --accuracy-n (default 10k) generated articles, scored with
`pipeline.evaluate.evaluate` against the generated gold: the per-kind table, F1 per template,
and a breakdown of the performance errors with examples.

All results go to --out as JSON.

    python benchmarks/throughput.py                               # throughput + profile, n=2000
    python benchmarks/throughput.py --rss --accuracy --out results.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import select
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_corpus as gen

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 0.4
TARGET_RSS_RATIO = 2.0


# ---- machine ------------------------------------------------------------------------------


def machine_info() -> dict:
    import spacy

    import pipeline

    cpu_model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        usable = os.cpu_count()
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "cpu_model": cpu_model,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "pipeline": getattr(pipeline, "__version__", None),
        "en_core_web_sm": _sm_version(),
        "git": _git_state(),
    }


def _git_state() -> dict:
    """The commit measured, and the pipeline files changed from it (others may be editing them)."""
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=False).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": git("rev-parse", "--short", "HEAD"),
            "changed": [line for line in git("status", "--short", "pipeline").splitlines() if line]}


def _sm_version() -> str:
    if importlib.util.find_spec("en_core_web_sm") is None:
        return "not installed"
    try:
        from importlib.metadata import version

        return version("en_core_web_sm")
    except Exception:  # noqa: BLE001
        return "installed"


# ---- throughput ---------------------------------------------------------------------------


def _sources(articles):
    from pipeline.ingest import source_from_text

    return [source_from_text(a.text, path=a.name) for a in articles]


def run_full(nlp, texts, sources, batch_size: int) -> tuple[float, int]:
    from pipeline.facts import doc_to_facts

    tokens = 0
    start, cpu = time.perf_counter(), time.process_time()
    for doc, source in zip(nlp.pipe(texts, batch_size=batch_size), sources):
        doc_to_facts(doc, source)
        tokens += len(doc)
    return time.perf_counter() - start, time.process_time() - cpu, tokens


def run_plain(nlp, texts, batch_size: int) -> tuple[float, int]:
    tokens = 0
    start, cpu = time.perf_counter(), time.process_time()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    return time.perf_counter() - start, time.process_time() - cpu, tokens


def measure_throughput(articles, repeats: int, batch_size: int) -> dict:
    import spacy

    from pipeline.nlp import build

    texts = [a.text for a in articles]
    sources = _sources(articles)
    full = build()
    floor = spacy.blank("en")
    floor.add_pipe("sentencizer")
    runners = {
        "full": lambda: run_full(full, texts, sources, batch_size),
        "floor": lambda: run_plain(floor, texts, batch_size),
    }
    sm_status = _sm_version()
    if sm_status != "not installed":
        sm = spacy.load("en_core_web_sm")
        runners["sm"] = lambda: run_plain(sm, texts, batch_size)
    # warm-up: lazy loading (lookups, regex compilation) is not throughput
    warm = texts[: min(50, len(texts))]
    for name, nlp in (("full", full), ("floor", floor)) + ((("sm", sm),) if "sm" in runners else ()):
        for _ in nlp.pipe(warm, batch_size=batch_size):
            pass
    times: dict[str, list[float]] = defaultdict(list)
    cpu_times: dict[str, list[float]] = defaultdict(list)
    tokens: dict[str, int] = {}
    for rep in range(repeats):
        for name, runner in runners.items():
            seconds, cpu, ntok = runner()
            times[name].append(seconds)
            cpu_times[name].append(cpu)
            tokens[name] = ntok
            print(f"  repeat {rep + 1}/{repeats} {name:<5} {seconds:8.2f} s wall {cpu:8.2f} s cpu  "
                  f"{len(texts) / seconds:9.1f} articles/s  (load {os.getloadavg()[0]:.1f})", file=sys.stderr)
    out: dict = {"n": len(texts), "batch_size": batch_size, "repeats": repeats, "characters": sum(map(len, texts))}
    for name in ("full", "floor", "sm"):
        if name not in times:
            out[name] = {"status": sm_status}
            continue
        med = statistics.median(times[name])
        med_cpu = statistics.median(cpu_times[name])
        out[name] = {
            "seconds": times[name],
            "cpu_seconds": cpu_times[name],
            "median_seconds": med,
            "median_cpu_seconds": med_cpu,
            "articles_per_s": len(texts) / med,
            "tokens": tokens[name],
            "tokens_per_s": tokens[name] / med,
            "articles_per_cpu_s": len(texts) / med_cpu,
        }
    out["ratio_full_floor"] = out["full"]["articles_per_s"] / out["floor"]["articles_per_s"]
    out["ratio_full_floor_cpu"] = out["full"]["articles_per_cpu_s"] / out["floor"]["articles_per_cpu_s"]
    out["target_ratio"] = TARGET_RATIO
    out["meets_target"] = out["ratio_full_floor"] >= TARGET_RATIO
    if "sm" in times:
        out["ratio_full_sm"] = out["full"]["articles_per_s"] / out["sm"]["articles_per_s"]
    return out


def profile_stages(articles, repeats: int) -> dict:
    """Tokenizer, each component, doc_to_facts: run one after the other over the same fresh Docs."""
    from pipeline.facts import doc_to_facts
    from pipeline.nlp import build

    nlp = build()
    texts = [a.text for a in articles]
    sources = _sources(articles)
    names = ["tokenizer", *nlp.pipe_names, "doc_to_facts"]
    runs: dict[str, list[float]] = defaultdict(list)  # CPU seconds: steadier than wall time on a shared machine
    walls: dict[str, list[float]] = defaultdict(list)

    def timed(name: str, work):
        start, cpu = time.perf_counter(), time.process_time()
        out = work()
        runs[name].append(time.process_time() - cpu)
        walls[name].append(time.perf_counter() - start)
        return out

    for _ in range(repeats):
        docs = timed("tokenizer", lambda: [nlp.make_doc(t) for t in texts])
        for name, proc in nlp.pipeline:
            docs = timed(name, lambda: [proc(doc) for doc in docs])  # noqa: B023 - called at once
        timed("doc_to_facts", lambda: [doc_to_facts(doc, source) for doc, source in zip(docs, sources)])  # noqa: B023
    med = {name: statistics.median(runs[name]) for name in names}
    total = sum(med.values())
    return {
        "n": len(texts),
        "repeats": repeats,
        "clock": "process_time (CPU seconds), median of the repeats",
        "total_seconds": total,
        "stages": [
            {"stage": name, "seconds": med[name], "wall_seconds": statistics.median(walls[name]),
             "ms_per_article": 1000 * med[name] / len(texts), "share": med[name] / total}
            for name in names
        ],
    }


def print_throughput(t: dict) -> None:
    print(f"\nthroughput on {t['n']} generated articles ({t['characters']:,} characters), batch_size={t['batch_size']}, "
          f"median of {t['repeats']} interleaved repeats")
    print(f"  {'pipeline':<36} {'articles/s':>11} {'tokens/s':>11} {'median s':>9} {'articles/cpu-s':>15}")
    labels = {"full": "(a) full extraction (build + facts)", "floor": "(b) blank('en') + sentencizer", "sm": "(c) en_core_web_sm"}
    for name in ("full", "floor", "sm"):
        r = t[name]
        if "status" in r:
            print(f"  {labels[name]:<36} {r['status']:>11}")
            continue
        print(f"  {labels[name]:<36} {r['articles_per_s']:11.1f} {r['tokens_per_s']:11.0f} {r['median_seconds']:9.2f} "
              f"{r['articles_per_cpu_s']:15.1f}")
    verdict = "meets" if t["meets_target"] else "MISSES"
    print(f"  ratio (a)/(b) = {t['ratio_full_floor']:.3f} wall, {t['ratio_full_floor_cpu']:.3f} cpu "
          f"({verdict} the target >= {TARGET_RATIO})")
    if "ratio_full_sm" in t:
        print(f"  ratio (a)/(c) = {t['ratio_full_sm']:.3f}")


def print_profile(p: dict) -> None:
    print(f"\nper-stage profile on {p['n']} articles (stages run one after the other; CPU seconds, median of {p['repeats']})")
    print(f"  {'stage':<26} {'cpu s':>8} {'ms/article':>11} {'share':>7}")
    for s in p["stages"]:
        print(f"  {s['stage']:<26} {s['seconds']:8.2f} {s['ms_per_article']:11.3f} {100 * s['share']:6.1f}%")
    print(f"  {'total':<26} {p['total_seconds']:8.2f} {1000 * p['total_seconds'] / p['n']:11.3f} {100.0:6.1f}%")


# ---- memory -------------------------------------------------------------------------------

PROGRESS = re.compile(rb"(\d+) article\(s\), (\d+) failed")


def _status_kb(pid: int, key: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _cli_flags() -> list[str]:
    """Flags of `pipeline run` this version has that keep the measurement clean."""
    help_text = subprocess.run([sys.executable, "-m", "pipeline", "run", "--help"], capture_output=True, text=True, check=False).stdout
    return ["--no-store"] if "--no-store" in help_text else []


# Started from this (large) process, a child's ru_maxrss would include this process's high-water
# mark: Linux carries the pre-exec memory image's peak over exec. So a small launcher forks the
# pipeline from its own small image, reports the grandchild's pid, then its wait4() rusage.
LAUNCHER = """
import json, os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable] + sys.argv[1:])
print(pid, flush=True)
_, status, usage = os.wait4(pid, 0)
print(json.dumps({"maxrss_kb": usage.ru_maxrss, "exit": os.waitstatus_to_exitcode(status)}), flush=True)
"""


def rss_of_run(corpus: Path, out_dir: Path, timeout: float) -> dict:
    """Run `pipeline run corpus` in a child; its peak RSS, wall time, and progress if stopped."""
    import pty

    args = ["-m", "pipeline", "run", str(corpus.resolve()), "-o", str(out_dir / "facts.json"), *_cli_flags()]
    cmd = [sys.executable, "-c", LAUNCHER, *args]
    master, slave = pty.openpty()  # the CLI shows its progress line only on a terminal
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, cwd=out_dir, text=True)
    os.close(slave)
    assert proc.stdout is not None
    child = int(proc.stdout.readline())
    tail = bytearray()
    samples: list[tuple[float, int]] = []
    peak_seen = 0
    done = [0]
    finished = threading.Event()

    def reader() -> None:
        while not finished.is_set():
            try:
                ready, _, _ = select.select([master], [], [], 0.5)
                if not ready:
                    continue
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            tail.extend(chunk)
            del tail[:-8192]
            found = PROGRESS.findall(bytes(tail[-400:]))
            if found:
                done[0] = int(found[-1][0])

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    timed_out = False
    next_sample = 0.0
    while proc.poll() is None:
        elapsed = time.monotonic() - start
        if elapsed >= next_sample:
            rss = _status_kb(child, "VmRSS")
            hwm = _status_kb(child, "VmHWM")
            if rss is not None:
                samples.append((round(elapsed, 1), rss))
            if hwm is not None:
                peak_seen = max(peak_seen, hwm)
            next_sample = elapsed + (1.0 if elapsed < 60 else 5.0)
        if elapsed > timeout and not timed_out:
            timed_out = True
            peak_seen = max(peak_seen, _status_kb(child, "VmHWM") or 0)
            os.kill(child, 9)
        time.sleep(0.1)
    report = json.loads(proc.stdout.readline() or "{}")
    proc.returncode = report.get("exit", proc.returncode)
    wall = time.monotonic() - start
    time.sleep(0.3)  # let the reader drain the last progress line
    finished.set()
    thread.join(timeout=2)
    os.close(master)
    peak_kb = max(report.get("maxrss_kb", 0), peak_seen)
    text = tail.decode("utf-8", "replace").replace("\r", "\n")
    return {
        "command": " ".join([sys.executable, *args]),
        "exit_code": proc.returncode,
        "timed_out": timed_out,
        "wall_seconds": round(wall, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "articles_done": done[0] or None,
        "rss_samples_mb": [(t, round(kb / 1024, 1)) for t, kb in samples[:: max(1, len(samples) // 60)]],
        "stderr_tail": [line for line in text.splitlines() if line.strip()][-3:],
        "facts_bytes": (out_dir / "facts.json").stat().st_size if (out_dir / "facts.json").exists() else None,
    }


def measure_rss(sizes: list[int], seed: int, timeout: float, workdir: Path | None, dated: bool = True) -> dict:
    results = {}
    with tempfile.TemporaryDirectory(prefix="pipeline-rss-", dir=workdir) as tmp:
        for n in sizes:
            where = Path(tmp) / f"n{n}"
            start = time.perf_counter()
            corpus = gen.write_corpus(where, n, seed, jsonl=True, gold=False, dated=dated)
            made = time.perf_counter() - start
            print(f"  rss: generated {n} articles ({corpus.stat().st_size / 1e6:.1f} MB) in {made:.1f} s; running pipeline ...",
                  file=sys.stderr)
            r = rss_of_run(corpus, where, timeout)
            r["n"] = n
            r["corpus_mb"] = round(corpus.stat().st_size / 1e6, 1)
            results[str(n)] = r
            state = "TIMED OUT" if r["timed_out"] else f"exit {r['exit_code']}"
            print(f"  rss: n={n}: peak {r['peak_rss_mb']} MB in {r['wall_seconds']} s ({state})", file=sys.stderr)
            corpus.unlink()
    out: dict = {"runs": results, "target_ratio": TARGET_RSS_RATIO}
    by_n = {int(k): v for k, v in results.items()}
    if 100_000 in by_n and 10_000 in by_n:
        ratio = by_n[100_000]["peak_rss_mb"] / by_n[10_000]["peak_rss_mb"]
        out["ratio_100k_10k"] = ratio
        out["ratio_is_partial"] = by_n[100_000]["timed_out"]
        out["meets_target"] = ratio <= TARGET_RSS_RATIO
    return out


def print_rss(r: dict) -> None:
    dated = "with publication dates" if r.get("dated", True) else "without publication dates"
    print(f"\npeak RSS of `pipeline run` (one subprocess per corpus, one worker, .jsonl input {dated})")
    print(f"  {'articles':>9} {'peak RSS MB':>12} {'wall s':>8} {'articles/s':>11}  status")
    for n, run in r["runs"].items():
        done = run["articles_done"] if run["timed_out"] else int(n)
        rate = f"{done / run['wall_seconds']:.1f}" if done else "?"
        status = (f"stopped after {run['wall_seconds']} s at {run['articles_done'] or '?'} articles" if run["timed_out"]
                  else f"exit {run['exit_code']}")
        print(f"  {int(n):>9} {run['peak_rss_mb']:12.1f} {run['wall_seconds']:8.1f} {rate:>11}  {status}")
    if "ratio_100k_10k" in r:
        partial = " (PARTIAL: the 100k run was stopped)" if r["ratio_is_partial"] else ""
        verdict = "meets" if r["meets_target"] else "MISSES"
        print(f"  RSS(100k)/RSS(10k) = {r['ratio_100k_10k']:.2f} ({verdict} the target <= {TARGET_RSS_RATIO}){partial}")


# ---- accuracy -----------------------------------------------------------------------------


def _norm(name: str | None) -> str | None:
    from pipeline.evaluate import normalise_name

    return normalise_name(name) if name else None


def diagnose_performances(result, golds) -> dict:
    """Why gold performances were missed: the nearest predicted fact for each miss."""
    from pipeline.evaluate import normalise_event

    names = {a.id: a.name for a in result.athletes}
    by_file = {os.path.basename(a.source.path): a for a in result.articles}
    causes: Counter = Counter()
    by_template: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list] = defaultdict(list)
    for gold in golds:
        facts = by_file.get(gold.file)
        template = gold.file.rsplit("_", 1)[-1].removesuffix(".txt")
        preds = facts.performances if facts else []
        others = facts.other_times if facts else []
        for g in gold.performances:
            same_t = [p for p in preds if abs(p.seconds - g.seconds) <= 0.005]
            who = [p for p in same_t if _norm(names.get(p.athlete or "", p.athlete_name)) == _norm(g.athlete)]
            full = [p for p in who if normalise_event(p.event) == normalise_event(g.event) and p.place == g.place]
            if full:
                continue
            if who:
                p = who[0]
                if p.place != g.place:
                    cause = "place missing" if p.place is None else "wrong place"
                else:
                    cause = "wrong event"
                detail = f"predicted place {p.place}, event {p.event!r}"
            elif same_t:
                cause, detail = "wrong athlete", f"predicted {same_t[0].athlete_name!r}"
            elif any(abs(o.seconds - g.seconds) <= 0.005 for o in others):
                cause, detail = "taken as an other time", ""
            else:
                cause, detail = "time not extracted as a result", ""
            causes[cause] += 1
            by_template[template][cause] += 1
            if len(examples[cause]) < 8:
                examples[cause].append(f"{gold.file}: {g.athlete} {g.event} {g.time} place {g.place}; {detail}".rstrip("; "))
    return {"causes": dict(causes.most_common()), "by_template": {k: dict(v) for k, v in sorted(by_template.items())},
            "examples": dict(examples)}


def measure_accuracy(n: int, seed: int, workdir: Path | None) -> dict:
    from pipeline import run
    from pipeline.evaluate import KINDS, evaluate, format_report, load_gold

    with tempfile.TemporaryDirectory(prefix="pipeline-acc-", dir=workdir) as tmp:
        start = time.perf_counter()
        corpus = gen.write_corpus(Path(tmp), n, seed, jsonl=True)
        print(f"  accuracy: generated {n} articles in {time.perf_counter() - start:.1f} s; running pipeline.run ...", file=sys.stderr)
        start = time.perf_counter()
        result = run([str(corpus)])
        ran = time.perf_counter() - start
        golds = load_gold(Path(tmp) / "gold")
    report = evaluate(result.articles, result.athletes, golds)
    templates = sorted({g.file.rsplit("_", 1)[-1] for g in golds})
    per_template = {}
    for t in templates:
        sub = evaluate(result.articles, result.athletes, [g for g in golds if g.file.endswith("_" + t)])
        per_template[t] = {k: round(sub.scores[k].f1, 4) for k in KINDS}
    flags = Counter(f.flag for f in report.spurious if f.flag)
    spurious_kinds = Counter(f.kind for f in report.spurious)
    return {
        "n": n,
        "seed": seed,
        "run_seconds": ran,
        "errors": [str(e) for e in result.errors][:20],
        "scores": {k: report.scores[k].model_dump() for k in KINDS},
        "table": format_report(report),
        "per_template_f1": per_template,
        "split_athletes": report.split_count,
        "spurious_by_kind": dict(spurious_kinds),
        "flags": dict(flags),
        "performance_misses": diagnose_performances(result, golds),
        "miss_examples": _examples(report.misses),
        "spurious_examples": _examples(report.spurious),
    }


def _examples(findings, per_kind: int = 6) -> dict:
    out: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        if len(out[f.kind]) < per_kind:
            out[f.kind].append(f"{f.file}: {f.description}")
    return dict(out)


def print_accuracy(a: dict) -> None:
    print(f"\naccuracy on {a['n']} generated articles (seed {a['seed']}; pipeline.run took {a['run_seconds']:.0f} s)")
    print("  " + a["table"].replace("\n", "\n  "))
    kinds = list(next(iter(a["per_template_f1"].values())).keys())
    short = {"performances_time_only": "perf_time", "quote_speakers": "speakers", "performances": "perfs", "other_times": "other"}
    print("\n  F1 per template")
    print("  " + f"{'template':<10}" + "".join(f"{short.get(k, k):>10}" for k in kinds))
    for t, scores in a["per_template_f1"].items():
        print("  " + f"{t:<10}" + "".join(f"{scores[k]:10.3f}" for k in kinds))
    pm = a["performance_misses"]
    print("\n  missed performances by cause: " + ", ".join(f"{c} {n}" for c, n in pm["causes"].items()))
    for t, causes in pm["by_template"].items():
        print(f"    {t:<10} " + ", ".join(f"{c} {n}" for c, n in sorted(causes.items(), key=lambda x: -x[1])))
    if a["flags"]:
        print("  flagged spurious facts: " + ", ".join(f"{k}: {v}" for k, v in a["flags"].items()))
    if a["errors"]:
        print(f"  extraction errors: {len(a['errors'])} (first: {a['errors'][0]})")


# ---- main ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="throughput.py",
        description="Benchmark the pipeline on generated articles (benchmarks/generate_corpus.py): throughput of the "
        "full extraction against spaCy's tokenizer-only floor and en_core_web_sm, a per-stage profile, and with "
        "--rss / --accuracy the peak memory of `pipeline run` and the accuracy against the generated gold.",
        epilog="Targets: full/floor throughput ratio >= 0.4; RSS(100k)/RSS(10k) <= 2. "
        "Example: python benchmarks/throughput.py --rss --accuracy --out results.json",
    )
    parser.add_argument("--n", type=int, default=2000, help="articles for throughput and profile (default: 2000)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default: 0)")
    parser.add_argument("--repeats", type=int, default=3, help="interleaved repeats per measurement; the median is reported (default: 3)")
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size (default: 64)")
    parser.add_argument("--no-throughput", action="store_true", help="skip the throughput and per-stage measurements")
    parser.add_argument("--rss", action="store_true", help="measure peak RSS of `pipeline run` over --rss-sizes articles")
    parser.add_argument("--rss-sizes", default="1000,10000,100000", help="comma-separated corpus sizes (default: 1000,10000,100000)")
    parser.add_argument("--rss-timeout", type=float, default=900, help="stop a `pipeline run` after this many seconds and report "
                        "the partial figures (default: 900)")
    parser.add_argument("--undated", action="store_true", help="--rss corpora without publication dates: the undated "
                        "reports of one meeting are then one race to reconcile, whatever their year (the worst case)")
    parser.add_argument("--accuracy", action="store_true", help="score pipeline.run on --accuracy-n generated articles")
    parser.add_argument("--accuracy-n", type=int, default=10_000, help="articles for --accuracy (default: 10000)")
    parser.add_argument("--tmp", type=Path, help="directory for the temporary corpora (default: the system's)")
    parser.add_argument("--out", type=Path, default=Path("benchmark-results.json"), help="JSON results file (default: benchmark-results.json)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    results: dict = {"machine": machine_info(), "args": {k: str(v) for k, v in vars(args).items()}}
    m = results["machine"]
    print(f"machine: {m['cpu_count']} CPUs ({m['cpus_usable']} usable, {m['cpu_model']}), Python {m['python']}, "
          f"spaCy {m['spacy']}, pipeline {m['pipeline']}, en_core_web_sm {m['en_core_web_sm']}")

    results["load_average_start"] = os.getloadavg()

    def save() -> None:
        results["load_average_end"] = os.getloadavg()
        args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")

    if not args.no_throughput:
        start = time.perf_counter()
        articles = list(gen.generate(args.n, args.seed))
        print(f"generated {len(articles)} articles in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        results["throughput"] = measure_throughput(articles, args.repeats, args.batch_size)
        print_throughput(results["throughput"])
        save()
        results["profile"] = profile_stages(articles, args.repeats)
        print_profile(results["profile"])
        save()
    if args.rss:
        sizes = [int(s) for s in args.rss_sizes.split(",") if s.strip()]
        results["rss"] = measure_rss(sizes, args.seed, args.rss_timeout, args.tmp, dated=not args.undated)
        results["rss"]["dated"] = not args.undated
        print_rss(results["rss"])
        save()
    if args.accuracy:
        results["accuracy"] = measure_accuracy(args.accuracy_n, args.seed, args.tmp)
        print_accuracy(results["accuracy"])
        save()
    save()
    print(f"\nresults: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
