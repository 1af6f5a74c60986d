"""The `pipeline` command. The only module that prints, reads the environment or exits.

Exit codes:
  0  success (some inputs may have failed: each is reported on stderr, one line each)
  1  nothing could be processed, or any input failed with --strict
  2  usage error (bad options, missing gold directory, invalid registry)
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from . import __version__
from .api import ExtractionError, Extractor, run
from .config import Config
from .errors import InputError, PipelineError
from .ingest import count_articles, read_source
from .models import FactsFile
from .registry import DEFAULT_REGISTRY

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [p for p in (REPO / "seeds",) if p.exists()]
DEFAULT_EVAL_INPUTS = [p for p in (REPO / "seeds", REPO / "corpus" / "articles") if p.exists()]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("pipeline")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(message)s",
        stream=sys.stderr,
    )
    try:
        return args.func(args)
    except PipelineError as exc:
        print(f"pipeline: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `pipeline extract x | head`
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline",
        description="Turn athletics news articles into one reconciled facts file: athletes, results, "
        "splits and quotes, each with its source and character offsets.",
        epilog="Exit codes: 0 success; 1 nothing processed (or any failure with --strict); 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"pipeline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--registry", action="append", type=Path, metavar="FILE",
        help=f"athlete registry (JSON Lines), repeatable; default: {_shown(DEFAULT_REGISTRY)}",
    )
    common.add_argument("--no-default-registry", action="store_true", help="do not load the bundled registry")
    common.add_argument("--spacy-model", metavar="NAME", help="installed spaCy pipeline whose NER adds a signal (optional)")
    common.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")

    batch = argparse.ArgumentParser(add_help=False)
    batch.add_argument("--store", type=Path, metavar="FILE",
                       help="SQLite store of extracted facts, for incremental reruns (default: .pipeline/store.sqlite beside the output)")
    batch.add_argument("--no-store", action="store_true", help="extract everything, keep nothing between runs")
    batch.add_argument("--force", action="store_true", help="re-extract articles the store already holds")
    batch.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes for extraction (default: 1)")
    batch.add_argument("--engine", choices=("local", "dask"), default="local", help="where extraction runs (default: local)")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address for --engine dask, e.g. tcp://host:8786")

    p = sub.add_parser("run", parents=[common, batch], help="extract, resolve and reconcile articles into facts.json")
    p.add_argument("paths", nargs="*", type=str, metavar="PATH",
                   help="files or directories (.txt .md .html .jsonl); default: the bundled seeds/")
    p.add_argument("-o", "--output", type=Path, default=Path("facts.json"), help="facts file to write (default: facts.json)")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input fails")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("status", parents=[common], help="what the store holds for these articles, and what is pending")
    p.add_argument("paths", nargs="*", type=str, metavar="PATH", help="articles to check; default: the bundled seeds/")
    p.add_argument("--store", type=Path, metavar="FILE", default=Path(".pipeline/store.sqlite"),
                   help="the store (default: .pipeline/store.sqlite)")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("extract", parents=[common], help="one article's facts as JSON on stdout")
    p.add_argument("file", type=str, metavar="FILE")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", parents=[common], help="precision, recall and F1 per fact kind against gold")
    p.add_argument("--gold", type=Path, required=True, metavar="DIR", help="directory of gold JSON files")
    p.add_argument("paths", nargs="*", type=str, metavar="PATH",
                   help="articles to score; default: seeds/ and corpus/articles/")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss and every spurious fact")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("explain", parents=[common], help="why a name went to an athlete, or stayed unresolved")
    p.add_argument("name", metavar="NAME", help='a name as an article writes it, e.g. "Jack Whiteman"')
    p.add_argument("paths", nargs="*", type=str, metavar="PATH", help="articles to read; default: the bundled seeds/")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("audit", help="report on a facts file: results per race, every conflict with its sentences")
    p.add_argument("facts", nargs="?", type=Path, default=Path("facts.json"), metavar="FACTS", help="facts file (default: facts.json)")
    p.add_argument("--html", type=Path, metavar="FILE", help="also write a self-contained HTML report")
    p.add_argument("-q", "--quiet", action="store_true", help="no terminal report (with --html)")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("export", help="facts as JSON Lines or CSV, one file per fact kind")
    p.add_argument("facts", nargs="?", type=Path, default=Path("facts.json"), metavar="FACTS", help="facts file (default: facts.json)")
    p.add_argument("--to", type=Path, required=True, metavar="DIR", help="directory to write into")
    p.add_argument("--format", choices=("jsonl", "csv", "both"), default="jsonl", help="file format (default: jsonl)")
    p.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("schema", help="JSON Schema of the facts file")
    p.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_schema)
    return parser


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def config_from(args: argparse.Namespace) -> Config:
    registry = [] if args.no_default_registry or not DEFAULT_REGISTRY.exists() else [DEFAULT_REGISTRY]
    registry += args.registry or []
    store = None
    if hasattr(args, "no_store") and not args.no_store:
        store = args.store or Path(args.output).parent / ".pipeline" / "store.sqlite"
    return Config(
        registry_paths=tuple(registry),
        spacy_model=args.spacy_model,
        strict=getattr(args, "strict", False),
        store_path=store,
        force=getattr(args, "force", False),
        workers=getattr(args, "workers", 1),
        engine=getattr(args, "engine", "local"),
        scheduler=getattr(args, "scheduler", None),
    )


def _print_error(err: PipelineError) -> None:
    print(f"pipeline: {err}", file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    paths = args.paths or [str(p) for p in DEFAULT_INPUTS]
    if not paths:
        print("pipeline: error: no input paths given and no bundled seeds/ found", file=sys.stderr)
        return EXIT_USAGE
    if args.workers < 1:
        print("pipeline: error: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    out_dir = args.output.parent if str(args.output.parent) else Path(".")
    if not out_dir.is_dir() or not os.access(out_dir, os.W_OK):
        print(f"pipeline: error: {args.output}: cannot write: no writable directory {out_dir}", file=sys.stderr)
        return EXIT_USAGE  # said before any work is done
    progress = Progress(quiet=args.quiet)
    if progress.live:
        progress.total = count_articles(paths)  # for the rate's ETA; only shown on a terminal
    try:
        result = run(paths, config=config_from(args), output=args.output, on_error=progress.error,
                     on_progress=progress.update, on_step=progress.step)
    finally:
        progress.close()
    stats = result.stats
    if result.output is None:
        print("pipeline: nothing could be processed; no facts file written", file=sys.stderr)
        return EXIT_FAILED
    counts = stats["sections"]
    log.info(
        "%d article(s) (%d extracted, %d from the store), %d error(s); %d component(s) (%d reconciled, %d from the store): "
        "%d athletes, %d performances, %d splits, %d quotes, %d conflicts -> %s",
        stats["extracted"] + stats["reused"], stats["extracted"], stats["reused"], len(result.errors),
        stats["components"], stats["components"] - stats["components_reused"], stats["components_reused"], counts["athletes"],
        counts["performances"], counts["splits"], counts["quotes"], counts["conflicts"], args.output,
    )
    return EXIT_FAILED if args.strict and result.errors else EXIT_OK


class Progress:
    """A progress line on stderr: articles done (of how many, when counted), failed, rate and
    ETA, then the steps after extraction; silent when stderr is not a terminal or with --quiet.
    Errors are printed on their own lines."""

    def __init__(self, quiet: bool = False, total: int | None = None) -> None:
        self.live = not quiet and sys.stderr.isatty()
        self.total = total
        self.start = time.monotonic()
        self.shown = False

    def update(self, done: int, failed: int) -> None:
        if not self.live:
            return
        elapsed = time.monotonic() - self.start
        rate = done / elapsed if elapsed > 0 else 0.0
        if self.total and self.total >= done + failed:
            left = self.total - done - failed
            eta = f", ETA {_duration(left / rate)}" if rate > 0 and left else ""
            line = f"{done}/{self.total} article(s) ({100 * (done + failed) / self.total:.0f}%), {failed} failed, {rate:.1f}/s{eta}"
        else:
            line = f"{done} article(s), {failed} failed, {rate:.1f}/s, {_duration(elapsed)}"
        self._show(line)

    def step(self, what: str, done: int, total: int) -> None:
        if self.live:
            self._show(f"{what}: {done}/{total}" if total else f"{what}...")

    def _show(self, line: str) -> None:
        sys.stderr.write("\r" + line + "\x1b[K")  # \x1b[K: clear what a longer line left
        sys.stderr.flush()
        self.shown = True

    def error(self, err: PipelineError) -> None:
        if self.shown:
            sys.stderr.write("\n")
            self.shown = False
        _print_error(err)

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _duration(seconds: float) -> str:
    """"42 s", "3 min 05 s", "2 h 07 min"."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def cmd_status(args: argparse.Namespace) -> int:
    from .ingest import file_stamp, iter_files, read_articles
    from .store import Store, code_fingerprint

    config = config_from(args)
    if not args.store.exists():
        print(f"pipeline: no store at {args.store}", file=sys.stderr)
        return EXIT_FAILED
    paths = args.paths or [str(p) for p in DEFAULT_INPUTS]
    found = pending = 0
    shown: list[str] = []  # the first pending articles' paths
    with Store(args.store, code_fingerprint(config.registry_paths), lock_timeout=5) as store:
        status = store.status()
        held = store.held()
        for path in iter_files(paths, on_error=_print_error):
            known = store.file_sources(path, file_stamp(path), held)
            if known is not None:  # as in a run: not read again
                found += len(known)
                continue
            for item in read_articles(path):  # one at a time: a JSONL archive is never held whole
                if isinstance(item, PipelineError):
                    _print_error(item)
                    continue
                found += 1
                if item.id not in held:
                    pending += 1
                    if len(shown) < 20:
                        shown.append(item.path)
    print(f"store {args.store}: {status.articles} article(s) in {status.runs} run(s); "
          f"{status.current} current, {status.stale} made by another pipeline or registry version")
    if status.last_run:
        r = status.last_run
        print(f"last run #{r['run_id']}: {r['extracted']} extracted, {r['reused']} reused, {r['failed']} failed")
        for path, message in status.failures:
            print(f"  failed: {message}")
    print(f"{found - pending} of {found} article(s) under {' '.join(paths)} held; {pending} pending")
    for path in shown:
        print(f"  pending: {path}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        source = read_source(args.file)
        facts = Extractor(config_from(args)).extract(source)
    except (InputError, ExtractionError) as err:
        _print_error(err)
        return EXIT_FAILED
    sys.stdout.write(facts.model_dump_json(indent=2) + "\n")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report, load_gold

    golds = load_gold(args.gold)
    paths = args.paths or [str(p) for p in DEFAULT_EVAL_INPUTS]
    result = run(paths, config=config_from(args), on_error=_print_error)
    report = evaluate(result.articles, result.athletes, golds)
    if args.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, verbose=args.verbose) + "\n")
    return EXIT_OK if result.articles else EXIT_FAILED


def cmd_explain(args: argparse.Namespace) -> int:
    from .registry import fold
    from .resolve import Roster, candidates, resolve

    paths = args.paths or [str(p) for p in DEFAULT_INPUTS]
    result = run(paths, config=config_from(args), on_error=_print_error)
    wanted = fold(args.name)
    athletes = {a.id: a for a in result.facts.athletes}
    found = False
    for art in result.articles:
        for local in art.athletes:
            for m in local.mentions:
                if fold(m.surface) != wanted:
                    continue
                found = True
                athlete = athletes[local.key]
                where = "in the registry" if athlete.in_registry else "not in the registry (new athlete)"
                print(f"{art.source.path} [{m.evidence.start}:{m.evidence.end}] {m.surface!r}")
                print(f"  within the article: joined its athlete by {m.link or 'full name'}")
                print(f"  -> {athlete.name} [{athlete.id}], {where}; the article's names resolved as:")
                for r in (r for r in athlete.resolutions if r.source == art.source.id):
                    print(f"     {r.surface!r}: {r.method}, score {r.score:g}, matched {r.matched!r}")
    if found:
        return EXIT_OK
    roster = Roster(Extractor(config_from(args)).registry)
    res = resolve(args.name, roster)
    print(f"{args.name!r} is not named in these articles.")
    if res is not None:
        print(f"On its own it resolves to {res.matched} [{res.athlete}]: {res.method}, score {res.score:g}")
    else:
        print("On its own it stays unresolved: no registry athlete is close enough, or two are equally close.")
    for line in candidates(args.name, roster):
        print(f"  candidate {line}")
    return EXIT_OK


def read_facts(path: Path) -> FactsFile:
    try:
        return FactsFile.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read facts file: {exc.strerror or exc}") from exc
    except ValueError as exc:
        first = str(exc).splitlines()
        raise InputError(str(path), f"not a facts file ({first[1].strip() if len(first) > 1 else first[0]})") from exc


def cmd_audit(args: argparse.Namespace) -> int:
    from . import audit

    facts = read_facts(args.facts)
    texts = audit.load_source_texts(facts)
    if not args.quiet:
        sys.stdout.write(audit.render_terminal(facts, sources_text=texts) + "\n")
    if args.html:
        write_atomic(args.html, audit.render_html(facts, texts))
        log.info("HTML report -> %s", args.html)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from . import export

    facts = read_facts(args.facts)
    try:
        args.to.mkdir(parents=True, exist_ok=True)
        written = []
        if args.format in ("jsonl", "both"):
            written += export.export_jsonl(facts, args.to)
        if args.format in ("csv", "both"):
            written += export.export_csv(facts, args.to)
    except OSError as exc:
        raise InputError(str(args.to), f"cannot write: {exc.strerror or exc}") from exc
    for path in written:
        print(path)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(FactsFile.model_json_schema(), indent=2) + "\n")
    return EXIT_OK


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(str(path), f"cannot write: {exc.strerror or exc}") from exc
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private 0600
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(str(path), f"cannot write: {exc.strerror or exc}") from exc


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
