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
from pathlib import Path

from . import __version__
from .api import ExtractionError, Extractor, run
from .config import Config
from .errors import InputError, PipelineError
from .ingest import read_source
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

    p = sub.add_parser("run", parents=[common], help="extract, resolve and reconcile articles into facts.json")
    p.add_argument("paths", nargs="*", type=str, metavar="PATH",
                   help="files or directories (.txt .md .html .jsonl); default: the bundled seeds/")
    p.add_argument("-o", "--output", type=Path, default=Path("facts.json"), help="facts file to write (default: facts.json)")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input fails")
    p.set_defaults(func=cmd_run)

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
    return Config(registry_paths=tuple(registry), spacy_model=args.spacy_model, strict=getattr(args, "strict", False))


def _print_error(err: PipelineError) -> None:
    print(f"pipeline: {err}", file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    paths = args.paths or [str(p) for p in DEFAULT_INPUTS]
    if not paths:
        print("pipeline: error: no input paths given and no bundled seeds/ found", file=sys.stderr)
        return EXIT_USAGE
    result = run(paths, config=config_from(args), on_error=_print_error)
    n = len(result.articles)
    if n == 0:
        print("pipeline: nothing could be processed; no facts file written", file=sys.stderr)
        return EXIT_FAILED
    write_atomic(args.output, result.facts.model_dump_json(indent=2) + "\n")
    f = result.facts
    log.info(
        "%d article(s), %d error(s): %d athletes, %d performances, %d splits, %d quotes, %d conflicts -> %s",
        n, len(result.errors), len(f.athletes), len(f.performances), len(f.splits), len(f.quotes),
        len(f.conflicts), args.output,
    )
    return EXIT_FAILED if args.strict and result.errors else EXIT_OK


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
