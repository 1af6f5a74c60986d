"""The Python API: `extract(text)` for one article, `run(paths)` for a batch.

    >>> import pipeline
    >>> facts = pipeline.extract("Josh Kerr won the mile in 3:45.34.")
    >>> facts.performances[0].seconds
    225.34
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language

from .config import Config
from .errors import InputError, PipelineError
from .facts import doc_to_facts
from .ingest import iter_sources, source_from_text
from .models import ArticleFacts, Athlete, FactsFile, Source
from .nlp import build
from .reconcile import reconcile
from .registry import Registry, load_registry
from .resolve import resolve_run, unresolved

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


class Extractor:
    """A loaded pipeline: build once, extract many articles."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.nlp: Language = build(self.config)
        self.registry: Registry = load_registry(self.config.registry_paths)

    def extract(self, source: Source) -> ArticleFacts:
        return doc_to_facts(self.nlp(source.text), source)

    def extract_many(
        self, sources: Iterable[Source], on_error: Callable[[PipelineError], None]
    ) -> Iterator[ArticleFacts]:
        """Facts for each source, in order; a source the stages fail on is reported and skipped."""
        for source in sources:
            try:
                yield self.extract(source)
            except Exception as exc:  # one bad article must never cost the others
                log.debug("extraction failed for %s", source.path, exc_info=True)
                on_error(ExtractionError(source.path, f"{type(exc).__name__}: {exc}"))


@lru_cache(maxsize=4)
def _extractor(config: Config) -> Extractor:
    return Extractor(config)


def extract(text: str, *, config: Config | None = None, path: str = "<text>") -> ArticleFacts:
    """One article's facts (athlete keys are local to the article)."""
    return _extractor(config or Config()).extract(source_from_text(text, path=path))


def run(
    paths: Sequence[str],
    *,
    config: Config | None = None,
    on_error: Callable[[PipelineError], None] | None = None,
) -> RunResult:
    """Read, extract, resolve and reconcile every article under `paths`."""
    extractor = _extractor(config or Config())
    errors: list[PipelineError] = []

    def report(err: PipelineError) -> None:
        errors.append(err)
        if on_error is not None:
            on_error(err)

    def report_input(err: InputError) -> None:
        report(err)

    sources = iter_sources(list(paths), on_error=report_input)
    articles = list(extractor.extract_many(sources, report))
    resolved, athletes = resolve_run(articles, extractor.registry)
    facts = reconcile(resolved, athletes, errors=[str(e) for e in errors], unresolved=unresolved(athletes))
    return RunResult(facts=facts, articles=resolved, athletes=athletes, errors=errors)
