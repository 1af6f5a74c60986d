"""Batch extraction: one function from a shard of articles to their facts, run in this process,
in worker processes, or on a Dask cluster, always through the same code path.

Each process loads the pipeline once (`api.extractor_for`) and sends back facts, never spaCy Docs
(a pickled Doc drags its whole vocabulary). Shards are submitted as the articles are read, with
a bounded number in flight, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .config import Config
from .errors import PipelineError
from .models import ArticleFacts, Resolution, Source

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extracted:
    """One article's outcome: its facts, or the error that stopped it."""

    source: Source
    facts: ArticleFacts | None
    error: str | None = None
    resolutions: dict[str, Resolution | None] = field(default_factory=dict)  # resolve.resolve_article


def extract_shard(sources: list[Source], config: Config) -> list[Extracted]:
    """The unit of work on every engine: a shard of articles in, their facts out."""
    from .api import extractor_for

    return extractor_for(config).extract_batch(sources)


def shards(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


class LocalEngine:
    """This process (workers=1) or a pool of worker processes."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.workers = max(1, config.workers)

    def map(self, batches: Iterable[list[Source]]) -> Iterator[list[Extracted]]:
        if self.workers == 1:
            for batch in batches:
                yield extract_shard(batch, self.config)
            return
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            yield from _bounded(lambda b: pool.submit(extract_shard, b, self.config), batches, 2 * self.workers)


class DaskEngine:
    """An existing Dask distributed cluster, reached at `config.scheduler`."""

    def __init__(self, config: Config) -> None:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise PipelineError("--engine dask needs the dask extra: pip install 'pipeline[dask]'") from exc
        self.config = config
        try:
            self.client = Client(config.scheduler, timeout="10s") if config.scheduler else Client(processes=False)
        except OSError as exc:
            raise PipelineError(f"cannot reach the Dask scheduler at {config.scheduler}: {exc}") from exc

    def map(self, batches: Iterable[list[Source]]) -> Iterator[list[Extracted]]:
        n = max(2, 2 * len(self.client.scheduler_info().get("workers", {})))
        yield from _bounded(lambda b: self.client.submit(extract_shard, b, self.config, pure=False), batches, n)

    def close(self) -> None:
        self.client.close()


def _bounded(submit: Callable[[list[Source]], Future], batches: Iterable[list[Source]], limit: int) -> Iterator[list[Extracted]]:
    """Submit batches keeping at most `limit` in flight; yield results in submission order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def engine_for(config: Config):
    return DaskEngine(config) if config.engine == "dask" else LocalEngine(config)
