"""The Python API: `extract(text)` for one article, `run(paths)` for a batch.

    >>> import pipeline
    >>> facts = pipeline.extract("Josh Kerr won the mile in 3:45.34.")
    >>> facts.performances[0].seconds
    225.34
"""

from __future__ import annotations

import logging
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Sequence

from spacy.language import Language

from .config import Config
from .errors import InputError, PipelineError
from .batch import Extracted, engine_for, shards
from .facts import doc_to_facts, source_ref
from .ingest import iter_sources, source_from_text
from .models import ArticleFacts, Athlete, FactsFile, Source
from .nlp import build
from .reconcile import reconcile
from .registry import Registry, load_registry
from .resolve import resolve_run, unresolved
from .store import Store, code_fingerprint

log = logging.getLogger(__name__)


class ExtractionError(PipelineError):
    """An article that the stages failed on; names the source."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: extraction failed: {message}")


@dataclass
class RunResult:
    """What a run produced: the facts file, the per-article facts behind it, and the errors."""

    facts: FactsFile
    articles: list[ArticleFacts]
    athletes: list[Athlete]
    errors: list[PipelineError] = field(default_factory=list)
    stats: dict = field(default_factory=dict)  # extracted, reused, failed


class Extractor:
    """A loaded pipeline: build once, extract many articles."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.nlp: Language = build(self.config)
        self.registry: Registry = load_registry(self.config.registry_paths)

    def extract(self, source: Source) -> ArticleFacts:
        return doc_to_facts(self.nlp(source.text), source)

    def extract_batch(self, sources: list[Source]) -> Iterator[Extracted]:
        """Facts for each source through `nlp.pipe`; if the batch fails, each source alone, so
        that one bad article never costs the others."""
        try:
            docs = list(self.nlp.pipe((s.text for s in sources), batch_size=self.config.batch_size))
        except Exception:  # noqa: BLE001 - isolate the article that failed
            log.debug("batch failed; extracting its articles one by one", exc_info=True)
            for source in sources:
                yield self._one(source)
            return
        for source, doc in zip(sources, docs):
            try:
                yield Extracted(source, doc_to_facts(doc, source))
            except Exception as exc:  # noqa: BLE001
                yield Extracted(source, None, f"{type(exc).__name__}: {exc}")

    def _one(self, source: Source) -> Extracted:
        try:
            return Extracted(source, self.extract(source))
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


def run(
    paths: Sequence[str],
    *,
    config: Config | None = None,
    on_error: Callable[[PipelineError], None] | None = None,
    on_progress: Progress | None = None,
) -> RunResult:
    """Read, extract (or reuse from the store), resolve and reconcile every article under `paths`."""
    config = config or Config()
    extractor = extractor_for(config)
    errors: list[PipelineError] = []

    def report(err: PipelineError) -> None:
        errors.append(err)
        if on_error is not None:
            on_error(err)

    store = Store(config.store_path, code_fingerprint(config.registry_paths)) if config.store_path else None
    with store or nullcontext():
        articles, stats = _extract_all(paths, config, store, report, on_progress)
        if store is not None:
            store.finish_run(**stats)
    articles.sort(key=lambda a: (a.source.path, a.source.id))  # the same facts file whatever the engine
    resolved, athletes = resolve_run(articles, extractor.registry)
    facts = reconcile(resolved, athletes, errors=[str(e) for e in errors], unresolved=unresolved(athletes))
    return RunResult(facts=facts, articles=resolved, athletes=athletes, errors=errors, stats=stats)


def _extract_all(paths, config: Config, store: Store | None, report, on_progress) -> tuple[list[ArticleFacts], dict]:
    """Every article's facts: reused from the store where it holds them, else extracted."""
    if store is not None:
        store.begin_run()
        held = set() if config.force else store.held()
    articles: list[ArticleFacts] = []
    stats = {"extracted": 0, "reused": 0, "failed": 0}
    seen: set[str] = set()

    def report_input(err: InputError) -> None:
        stats["failed"] += 1
        report(err)
        if store is not None:
            store.record_failure(err.path, str(err))

    def todo() -> Iterator[Source]:
        for source in iter_sources(list(paths), on_error=report_input):
            if source.id in seen:
                continue  # the same article twice (a copy under another name) counts once
            seen.add(source.id)
            if store is not None and source.id in held and (cached := store.cached(source.id)) is not None:
                articles.append(cached.model_copy(update={"source": source_ref(source)}))
                stats["reused"] += 1
                _tick(on_progress, stats)
                continue
            yield source

    engine = engine_for(config)
    try:
        for results in engine.map(shards(todo(), config.batch_size)):
            done = [(r.source, r.facts) for r in results if r.facts is not None]
            for r in results:
                if r.error is not None:
                    stats["failed"] += 1
                    report(ExtractionError(r.source.path, r.error))
                    if store is not None:
                        store.record_failure(r.source.path, r.error)
            if store is not None and done:
                store.save(done)
            articles.extend(f for _, f in done)
            stats["extracted"] += len(done)
            _tick(on_progress, stats)
    finally:
        if hasattr(engine, "close"):
            engine.close()
    return articles, stats


def _tick(on_progress: Progress | None, stats: dict) -> None:
    if on_progress is not None:
        on_progress(stats["extracted"] + stats["reused"], stats["failed"])
