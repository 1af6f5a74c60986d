"""The store: an embedded SQLite database of every article's extracted facts.

Keyed by the article's content hash and by what made the facts: the pipeline's fingerprint
(its version and the hash of its code) and the registry's hash (the athletes stage reads the
registry). A rerun extracts only articles whose key is missing; changing the code or the
registry invalidates exactly the facts they made. Every batch is committed as it is extracted,
so a run killed mid-way keeps what it did and the next run resumes. One run at a time: a second
run against the same store waits for the lock up to `lock_timeout` seconds, then fails clearly.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from . import __version__
from .errors import PipelineError
from .models import ArticleFacts, Source

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    source_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    path TEXT NOT NULL,
    facts TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    extracted_at REAL NOT NULL,
    PRIMARY KEY (source_id, fingerprint)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at REAL NOT NULL,
    finished_at REAL,
    fingerprint TEXT NOT NULL,
    extracted INTEGER DEFAULT 0,
    reused INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS failures (
    run_id INTEGER NOT NULL,
    path TEXT NOT NULL,
    message TEXT NOT NULL
);
"""


class StoreError(PipelineError):
    def __init__(self, path: str | os.PathLike, message: str) -> None:
        super().__init__(f"{path}: {message}")


def code_fingerprint(registry_paths: Iterable[str | os.PathLike] = ()) -> str:
    """What made the facts: the pipeline's version, the hash of its code and of the registries."""
    h = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    for reg in registry_paths:
        h.update(Path(reg).read_bytes())
    return h.hexdigest()[:16]


@dataclass
class StoreStatus:
    articles: int
    runs: int
    last_run: dict | None
    current: int  # articles held for this fingerprint
    stale: int  # articles held only for older fingerprints
    failures: list[tuple[str, str]]


class Store:
    """An open store, locked for one run. Use as a context manager."""

    def __init__(self, path: str | os.PathLike, fingerprint: str, *, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint
        self.lock_timeout = lock_timeout
        self._lock_fd: int | None = None
        self.db: sqlite3.Connection | None = None
        self.run_id: int | None = None

    def __enter__(self) -> "Store":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock()
        try:
            self.db = sqlite3.connect(self.path, timeout=self.lock_timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            self._unlock()
            raise StoreError(self.path, f"not a usable store: {exc}") from exc
        return self

    def __exit__(self, *exc) -> None:
        if self.db is not None:
            self.db.close()
        self._unlock()

    def _lock(self) -> None:
        lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock_fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self._lock_fd)
                    self._lock_fd = None
                    raise StoreError(self.path, f"in use by another run (waited {self.lock_timeout:g} s)") from None
                time.sleep(0.2)

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- a run ----------------------------------------------------------------------------

    def begin_run(self) -> int:
        cur = self.db.execute("INSERT INTO runs (started_at, fingerprint) VALUES (?, ?)", (time.time(), self.fingerprint))
        self.run_id = cur.lastrowid
        return self.run_id

    def finish_run(self, extracted: int, reused: int, failed: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, extracted = ?, reused = ?, failed = ? WHERE run_id = ?",
            (time.time(), extracted, reused, failed, self.run_id),
        )

    def cached(self, source_id: str) -> ArticleFacts | None:
        row = self.db.execute(
            "SELECT facts FROM articles WHERE source_id = ? AND fingerprint = ?", (source_id, self.fingerprint)
        ).fetchone()
        return ArticleFacts.model_validate_json(row[0]) if row else None

    def held(self) -> set[str]:
        """Content hashes of the articles held for this fingerprint."""
        rows = self.db.execute("SELECT source_id FROM articles WHERE fingerprint = ?", (self.fingerprint,))
        return {r[0] for r in rows}

    def save(self, batch: list[tuple[Source, ArticleFacts]]) -> None:
        """Store a batch of facts in one transaction: a kill leaves whole batches or nothing."""
        now = time.time()
        with self._transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                [(s.id, self.fingerprint, s.path, f.model_dump_json(), self.run_id, now) for s, f in batch],
            )

    def record_failure(self, path: str, message: str) -> None:
        with self._transaction():
            self.db.execute("INSERT INTO failures VALUES (?, ?, ?)", (self.run_id, path, message))

    def _transaction(self):
        db = self.db

        class _Tx:
            def __enter__(self_inner):
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self_inner, exc_type, *_):
                db.execute("ROLLBACK" if exc_type else "COMMIT")

        return _Tx()

    # -- what it holds ----------------------------------------------------------------------

    def status(self) -> StoreStatus:
        db = self.db
        total = db.execute("SELECT COUNT(DISTINCT source_id) FROM articles").fetchone()[0]
        current = db.execute("SELECT COUNT(*) FROM articles WHERE fingerprint = ?", (self.fingerprint,)).fetchone()[0]
        runs = db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
        last = db.execute(
            "SELECT run_id, started_at, finished_at, extracted, reused, failed FROM runs ORDER BY run_id DESC LIMIT 1"
        ).fetchone()
        failures = []
        if last:
            failures = db.execute("SELECT path, message FROM failures WHERE run_id = ?", (last[0],)).fetchall()
        last_run = dict(zip(("run_id", "started_at", "finished_at", "extracted", "reused", "failed"), last)) if last else None
        return StoreStatus(total, runs, last_run, current, total - current, failures)
