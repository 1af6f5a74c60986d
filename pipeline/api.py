"""The Python API: `extract(text)` for one article, `run(paths)` for a batch.

    >>> import pipeline
    >>> facts = pipeline.extract("Josh Kerr won the mile in 3:45.34.")
    >>> facts.performances[0].seconds
    225.34
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import resource
import tempfile
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from pydantic_core import from_json

from .config import Config
from .errors import InputError, PipelineError
from .batch import Extracted, engine_for, shards
from .ingest import file_stamp, iter_files, publication_year, read_articles, source_from_text
from .models import ArticleFacts, Athlete, FactsFile, Source, SourceRef, compact
from .reconcile import SECTIONS as RECONCILED, families, group_by_families, reconcile_component
from .registry import Registry, load_registry
from .resolve import Roster, RunResolver, athlete_of, resolve_article, rewrite, unresolved
from .store import Store, code_fingerprint
from .writer import FactsWriter, Joined, joined_json

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# A file of more articles than this (a JSONL archive) is read again by every run, not listed in
# the store by its stamp: reading is cheap next to keeping a million entries per file.
FILE_SOURCES_KEPT = 10_000
# Components looked up in the store at once (their athletes, their reconciled facts): up to this
# many articles' worth (one large component alone), so what a lookup holds stays small.
ARTICLES_PER_QUERY = 500
# Articles found in the store recorded for the run at once: one transaction (and one progress
# tick) for each this many.
REUSED_PER_TRANSACTION = 2_000


class ExtractionError(PipelineError):
    """An article that the stages failed on; names the source."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: extraction failed: {message}")


@dataclass
class RunResult:
    """What a run produced: the facts file and the errors; without `output`, also the facts and
    the per-article facts behind them, in memory. `stats`: articles extracted, reused from the
    store and failed; components reconciled and reused; items per section of the facts file."""

    facts: FactsFile | None
    articles: list[ArticleFacts]
    errors: list[PipelineError] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    output: Path | None = None

    @property
    def athletes(self) -> list[Athlete]:
        return self.facts.athletes if self.facts is not None else []


class Extractor:
    """A loaded pipeline: build once, extract many articles. The spaCy pipeline is built (and
    spaCy imported) on first use: a rerun with nothing new to extract never needs it."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.registry: Registry = load_registry(self.config.registry_paths)
        self.roster = Roster(self.registry)

    @cached_property
    def nlp(self) -> Language:
        from .nlp import build

        return build(self.config)

    def extract(self, source: Source) -> ArticleFacts:
        from .facts import doc_to_facts

        return doc_to_facts(self.nlp(self.make_doc(source)), source)

    def make_doc(self, source: Source) -> Doc:
        """The article tokenized, with what the stages may read of its source: the year it was
        published (the race's year when the text gives none)."""
        from .stages.base import PUBLISHED_YEAR_KEY

        doc = self.nlp.make_doc(source.text)
        if year := publication_year(source.published):
            doc.user_data[PUBLISHED_YEAR_KEY] = year
        return doc

    def extract_batch(self, sources: list[Source]) -> list[Extracted]:
        """Facts for each source through `nlp.pipe`; if the batch fails, each source alone, so
        that one bad article never costs the others. Inside a spaCy memory zone: the strings the
        batch adds to the vocabulary are freed after it, so memory stays flat over a corpus."""
        with self.nlp.memory_zone():
            try:
                docs = list(self.nlp.pipe((self.make_doc(s) for s in sources), batch_size=self.config.batch_size))
            except Exception:  # noqa: BLE001 - isolate the article that failed
                log.debug("batch failed; extracting its articles one by one", exc_info=True)
                return [self._one(source) for source in sources]
            return [self._one(source, doc) for source, doc in zip(sources, docs)]

    def _one(self, source: Source, doc=None) -> Extracted:
        """One article's facts, with step one of resolution (the registry's reading of its names)."""
        from .facts import doc_to_facts

        try:
            facts = doc_to_facts(doc if doc is not None else self.nlp(self.make_doc(source)), source)
            return Extracted(source, facts, resolutions=resolve_article(facts, self.roster))
        except Exception as exc:  # noqa: BLE001
            log.debug("extraction failed for %s", source.path, exc_info=True)
            return Extracted(source, None, f"{type(exc).__name__}: {exc}")


def extractor_for(config: Config) -> Extractor:
    """The process's extractor for this configuration, loaded once (also in worker processes)."""
    return _load(config.extraction_key())


@lru_cache(maxsize=4)
def _load(key: Config) -> Extractor:
    return Extractor(key)


def extract(text: str, *, config: Config | None = None, path: str = "<text>") -> ArticleFacts:
    """One article's facts (athlete keys are local to the article)."""
    return extractor_for(config or Config()).extract(source_from_text(text, path=path))


Progress = Callable[[int, int], None]
Step = Callable[[str, int, int], None]  # (step, done, of how many; 0 if not known) after extraction


def run(
    paths: Sequence[str],
    *,
    config: Config | None = None,
    output: str | os.PathLike | None = None,
    on_error: Callable[[PipelineError], None] | None = None,
    on_progress: Progress | None = None,
    on_step: Step | None = None,
) -> RunResult:
    """Read, extract (or reuse from the store), resolve and reconcile every article under `paths`.

    With `output`, the facts file is written there, streamed, and nothing of it is held in
    memory (`result.facts` is None): the way to run a large corpus. Without it, the facts and
    the resolved article facts are returned in memory. No article processed: nothing written.
    `on_progress(done, failed)` is called as articles are extracted or found in the store,
    `on_step(step, done, total)` as the athletes, then the components, are made."""
    config = config or Config()
    extractor = extractor_for(config)
    errors: list[PipelineError] = []

    def report(err: PipelineError) -> None:
        errors.append(err)
        if on_error is not None:
            on_error(err)

    fingerprint = code_fingerprint(config.registry_paths)
    with ExitStack() as stack:
        scratch = None
        if config.store_path is None or output is None:
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="pipeline-")))
        store = stack.enter_context(Store(config.store_path or scratch / "store.sqlite", fingerprint))
        with _timed("reading and extracting"):
            stats = _extract_all(paths, config, store, report, on_progress)
        store.finish_run(**stats)
        if stats["extracted"] + stats["reused"] == 0:
            return RunResult(facts=None, articles=[], errors=errors, stats=stats)
        writer = stack.enter_context(FactsWriter(output if output is not None else scratch / "facts.json"))
        kept: list[ArticleFacts] | None = [] if output is None else None
        stats.update(_resolve_and_reconcile(store, extractor, writer, kept, on_step or (lambda what, done, total: None)))
        writer.add_joined("errors", *joined_json([str(e) for e in errors]))
        with _timed("writing the facts file"):
            path = writer.finish()
        stats["sections"] = dict(writer.counts)
        if output is not None:
            return RunResult(facts=None, articles=[], errors=errors, stats=stats, output=path)
        facts = FactsFile.model_validate_json(path.read_text(encoding="utf-8"))
    kept.sort(key=lambda a: (a.source.path, a.source.id))
    return RunResult(facts=facts, articles=kept, errors=errors, stats=stats)


def _resolve_and_reconcile(store: Store, extractor: Extractor, writer: FactsWriter, kept: list[ArticleFacts] | None, step: Step) -> dict:
    """Step two of resolution over the run, the athletes, then each component reconciled (or
    its facts reused from the store), streamed to `writer`."""
    registry = extractor.registry
    with _timed("resolving the names left open"), store.transaction():
        run_ids = RunResolver(extractor.roster)
        for aid, name in dict.fromkeys(store.resolved_names()):  # once each: the same name recurs in many articles
            run_ids.known(aid, name)
        for full in (True, False):  # full names first: bare surnames may join them
            store.settle(run_ids.settle(store.open_names(full=full)))

    names: dict[str, str] = {}
    stats = {"components": 0, "components_reused": 0, "athletes_reused": 0}
    with _timed("athletes"), store.transaction():
        step("athletes", 0, 0)
        for aid, group in itertools.groupby(store.athlete_rows(), key=lambda row: row[0]):
            rows = [(athlete, resolution) for _, athlete, resolution in group]
            key = _athlete_key(store.fingerprint, aid, rows)
            entry = store.components([key]).get(key)  # the athlete's entry as a run with the same rows built it
            if entry is None:
                athlete = athlete_of(aid, [(from_json(a), from_json(r)) for a, r in rows], registry)
                entry = store.save_component(key, {"name": Joined(1, athlete["name"]), "athletes": joined_json([athlete]),
                                                   "unresolved": joined_json(unresolved([athlete]))})
            else:
                stats["athletes_reused"] += 1
            names[aid] = entry["name"].text
            for name in ("athletes", "unresolved"):
                writer.add_joined(name, *entry[name])

    run_order, families_in_order = store.run_families()
    groups = group_by_families(families_in_order)
    del families_in_order  # held only to group the articles
    with _timed("components"), store.transaction():
        for batch in _batches(groups, ARTICLES_PER_QUERY):
            step("components", stats["components"], len(groups))
            members = [[run_order[i] for i in group] for group in batch]  # each component's source ids
            everyone = [sid for sids in members for sid in sids]
            ids, sources = store.athlete_ids(everyone), store.run_sources(everyone)
            keys = [_component_key(store.fingerprint, [(sid, sources[sid], ids[sid]) for sid in sids], names, registry) for sids in members]
            made = {} if kept is not None else store.components(keys)
            for sids, key in zip(members, keys):
                stats["components"] += 1
                sections = made.get(key)
                if sections is not None:
                    stats["components_reused"] += 1
                else:
                    sections = store.save_component(key, _reconciled(sids, store, ids, names, kept))
                for name in RECONCILED:
                    writer.add_joined(name, *sections[name])
        step("components", stats["components"], len(groups))
        store.prune_components()
    return stats


def _reconciled(sids: list[str], store: Store, ids: dict[str, dict[str, str]], names: dict[str, str],
                kept: list[ArticleFacts] | None) -> dict[str, Joined]:
    """One component reconciled: its sections of the facts file, as their JSON text. Its
    articles' facts are read a chunk at a time, without the mentions reconciliation does not
    read, given the run's athlete ids and compacted (`models.compact`); they are let go before
    the sections are written, and nothing of them outlives the call (unless `kept`)."""
    articles = [
        compact(ArticleFacts.model_validate(rewrite(data, ids[sid])))
        for sid, data in zip(sids, store.facts(sids, mentions=kept is not None))
    ]
    part = reconcile_component(articles, names)
    if kept is not None:
        kept.extend(articles)
    del articles
    return {name: joined_json(getattr(part, name)) for name in RECONCILED}


@contextmanager
def _timed(what: str) -> Iterator[None]:
    """Logs (debug) how long a step of the run took, and the process's peak memory after it."""
    start = time.perf_counter()
    yield
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    log.debug("%s: %.2f s (peak RSS so far %.0f MB)", what, time.perf_counter() - start, peak)


def _batches(groups: list[list[int]], size: int) -> Iterator[list[list[int]]]:
    """Consecutive groups, as many as hold `size` items between them (a larger group alone)."""
    batch: list[list[int]] = []
    held = 0
    for group in groups:
        if batch and held + len(group) > size:
            yield batch
            batch, held = [], 0
        batch.append(group)
        held += len(group)
    if batch:
        yield batch


def _athlete_key(fingerprint: str, aid: str, rows: list[tuple[str, str]]) -> str:
    """Everything an athlete's entry depends on: the code and registry, and the article athletes
    resolved to it with their resolutions, in the run's order."""
    h = hashlib.sha256(f"{fingerprint}|athlete|{aid}".encode())
    for athlete, resolution in rows:
        h.update(b"\0" + athlete.encode() + b"\0" + resolution.encode())
    return h.hexdigest()


def _component_key(fingerprint: str, members: list[tuple[str, str, dict[str, str]]], names: dict[str, str], registry) -> str:
    """Everything a component's reconciled facts depend on: the code and registry, and for each
    article its content, its source as read (path, title, ...) and the athletes its names went
    to, with the names of athletes the registry does not know."""
    parts = [
        (sid, source, sorted(ids.items()), sorted({aid: names.get(aid) for aid in ids.values() if aid not in registry}.items()))
        for sid, source, ids in members
    ]
    return hashlib.sha256(f"{fingerprint}|{parts!r}".encode()).hexdigest()  # repr: unambiguous, and fast


def _extract_all(paths, config: Config, store: Store, report, on_progress) -> dict:
    """Every article of the run in the store: reused where it holds it, else extracted."""
    store.begin_run()
    held = set() if config.force else store.held()
    stats = {"extracted": 0, "reused": 0, "failed": 0}
    seen: set[str] = set()
    reused: list[SourceRef] = []
    recorded: list[tuple[str, str, list[SourceRef]]] = []  # files read whole, for the store

    def report_input(err: InputError) -> None:
        stats["failed"] += 1
        report(err)
        store.record_failure(err.path, str(err))

    def nothing_to_extract(source: SourceRef) -> bool:
        """Whether the run has this article already: met before in the run, or held by the
        store (then listed as reused)."""
        if source.id in seen:
            return True  # the same article twice (a copy under another name) counts once
        seen.add(source.id)
        if source.id not in held:
            return False
        reused.append(source if type(source) is SourceRef else source.ref())
        stats["reused"] += 1
        if len(reused) >= REUSED_PER_TRANSACTION:
            flush()
        return True

    def flush() -> None:
        with store.transaction():
            store.add_to_run(reused)
            for path, stamp, sources in recorded:
                store.record_file(path, stamp, sources)
        reused.clear()
        recorded.clear()
        _tick(on_progress, stats)

    def todo() -> Iterator[Source]:
        for path in iter_files(list(paths), on_error=report_input):
            stamp = file_stamp(path)
            known = None if config.force else store.file_sources(path, stamp, held)
            if known is not None:
                for source in known:  # a file unchanged since a run read it: not read again
                    nothing_to_extract(source)
                continue
            read: list[SourceRef] | None = []
            for item in read_articles(path):
                if isinstance(item, InputError):
                    report_input(item)
                    read = None  # a file with errors is read again, its errors reported again
                    continue
                if read is not None:
                    read.append(item.ref())
                    if len(read) > FILE_SOURCES_KEPT:
                        read = None
                if not nothing_to_extract(item):
                    yield item
            if stamp and read:
                recorded.append((path, stamp, read))
                if len(recorded) >= config.batch_size:
                    flush()

    engine = engine_for(config)
    try:
        for results in engine.map(shards(todo(), config.batch_size)):
            done = [r for r in results if r.facts is not None]
            for r in results:
                if r.error is not None:
                    stats["failed"] += 1
                    report(ExtractionError(r.source.path, r.error))
                    store.record_failure(r.source.path, r.error)
            if done:
                store.save([(r.facts, families(r.facts), r.resolutions) for r in done])
                store.add_to_run([r.facts.source for r in done])
            stats["extracted"] += len(done)
            _tick(on_progress, stats)
    finally:
        if hasattr(engine, "close"):
            engine.close()
    flush()
    return stats


def _tick(on_progress: Progress | None, stats: dict) -> None:
    if on_progress is not None:
        on_progress(stats["extracted"] + stats["reused"], stats["failed"])
