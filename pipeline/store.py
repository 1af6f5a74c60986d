"""The store: an embedded SQLite database of every article's extracted facts.

Keyed by the article's content hash and by what made the facts: the pipeline's fingerprint
(its version and the hash of its code) and the registry's hash (the athletes stage reads the
registry). A rerun extracts only articles whose key is missing; changing the code or the
registry invalidates exactly the facts they made. Every batch is committed as it is extracted,
so a run killed mid-way keeps what it did and the next run resumes. One run at a time: a second
run against the same store waits for the lock up to `lock_timeout` seconds, then fails clearly.

Beside each article's facts it keeps what the rest of a run reads without loading the facts:
the article's race families (`reconcile.families`) and one row per article athlete with the
registry's reading of its name (`resolve.resolve_article`). And it keeps each reconciled
component's facts, and each athlete's entry, as the facts file's JSON under the hash of
everything they depend on, so that a rerun reconciles again only the components new articles
join and builds again only the athletes they name. It lists the articles read from each file
under the file's stamp (device, inode, size, modification time), so that a rerun does not read
again a file that did not change. The articles of the
current run are a temporary table, so that the run's steps are SQL queries over it, in the
run's order, with nothing held in memory.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from pydantic_core import from_json

from . import __version__
from .errors import PipelineError
from .models import ArticleFacts, Resolution, SourceRef
from .writer import Joined

SCHEMA_VERSION = 3  # PRAGMA user_version: a store written by an older layout is rebuilt
COMPONENT_RUNS_KEPT = 20  # a reconciled component or athlete entry unused for this many runs is dropped

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    source_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    path TEXT NOT NULL,
    facts TEXT NOT NULL,
    families TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    extracted_at REAL NOT NULL,
    PRIMARY KEY (source_id, fingerprint)
);
CREATE TABLE IF NOT EXISTS athletes (
    source_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    seq INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    athlete_id TEXT,
    athlete TEXT NOT NULL,
    resolution TEXT,
    PRIMARY KEY (source_id, fingerprint, seq)
);
CREATE TABLE IF NOT EXISTS components (
    key TEXT NOT NULL,
    section TEXT NOT NULL,
    items INTEGER NOT NULL,
    text TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    PRIMARY KEY (key, section)
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    stamp TEXT NOT NULL,
    sources TEXT NOT NULL,
    PRIMARY KEY (path, fingerprint)
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


RUN_TABLES = """
CREATE TEMP TABLE IF NOT EXISTS run_sources (
    source_id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS temp.run_order ON run_sources (path, source_id);
CREATE TEMP TABLE IF NOT EXISTS run_ids (
    source_id TEXT NOT NULL,
    key TEXT NOT NULL,
    athlete_id TEXT NOT NULL,
    resolution TEXT NOT NULL,
    PRIMARY KEY (source_id, key)
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
        self._used: list[str] = []  # keys of held components this run reused, marked at pruning

    def __enter__(self) -> "Store":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock()
        try:
            self.db = sqlite3.connect(self.path, timeout=self.lock_timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
            self.db.executescript(SCHEMA)
            self.db.executescript(RUN_TABLES)
        except sqlite3.DatabaseError as exc:
            self._unlock()
            raise StoreError(self.path, f"not a usable store: {exc}") from exc
        return self

    def __exit__(self, *exc) -> None:
        if self.db is not None:
            self.db.close()
        self._unlock()

    def _migrate(self) -> None:
        """A store of an older layout holds only what a rerun can make again: rebuilt."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            tables = [r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'")]
            for table in tables:
                self.db.execute(f"DROP TABLE {table}")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

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
        self.db.execute("DELETE FROM files WHERE fingerprint != ?", (self.fingerprint,))
        return self.run_id

    def finish_run(self, extracted: int, reused: int, failed: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, extracted = ?, reused = ?, failed = ? WHERE run_id = ?",
            (time.time(), extracted, reused, failed, self.run_id),
        )

    def file_sources(self, path: str, stamp: str | None, held: set[str]) -> list[SourceRef] | None:
        """The articles read from the file at `path` when it had this `stamp` (see
        `record_file`), if it has one and all of them are `held` (`held()`): a file a run need
        not read again. None otherwise."""
        if stamp is None:
            return None
        row = self.db.execute(
            "SELECT sources FROM files WHERE path = ? AND fingerprint = ? AND stamp = ?", (path, self.fingerprint, stamp)
        ).fetchone()
        if row is None:
            return None
        sources = json.loads(row[0])
        if not all(s["id"] in held for s in sources):
            return None
        return [SourceRef.model_validate(s) for s in sources]

    def record_file(self, path: str, stamp: str, sources: list[SourceRef]) -> None:
        """The articles read from a file with this stamp (its device, inode, size and modification
        time), so that a rerun that finds the same stamp reuses them without reading the file."""
        self.db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
            (path, self.fingerprint, stamp, json.dumps([s.model_dump() for s in sources])),
        )

    def held(self) -> set[str]:
        """Content hashes of the articles held for this fingerprint."""
        rows = self.db.execute("SELECT source_id FROM articles WHERE fingerprint = ?", (self.fingerprint,))
        return {r[0] for r in rows}

    def save(self, batch: list[tuple[ArticleFacts, list[str], dict[str, Resolution | None]]]) -> None:
        """Store a batch of (facts, race families, step-one resolutions) in one transaction: a
        kill leaves whole batches or nothing."""
        now = time.time()
        with self._transaction():
            for facts, families, resolutions in batch:
                sid = facts.source.id
                self.db.execute("DELETE FROM athletes WHERE source_id = ? AND fingerprint = ?", (sid, self.fingerprint))
                self.db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (sid, self.fingerprint, facts.source.path, facts.model_dump_json(), json.dumps(families), self.run_id, now),
                )
                self.db.executemany(
                    "INSERT INTO athletes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (sid, self.fingerprint, seq, a.key, a.name, res.athlete if res else None, a.model_dump_json(),
                         res.model_dump_json() if res else None)
                        for seq, a in enumerate(facts.athletes)
                        for res in [resolutions.get(a.key)]
                    ],
                )

    # -- the run's articles, in SQL -----------------------------------------------------------

    def add_to_run(self, sources: list[SourceRef]) -> None:
        """Articles of this run (already in the store or just saved); the run reads them by
        (path, id), the order of the facts file."""
        with self._transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO run_sources VALUES (?, ?, ?)", [(s.id, s.path, s.model_dump_json()) for s in sources]
            )

    def run_families(self) -> tuple[list[str], list[tuple[str, ...]]]:
        """The run's articles in the run's order: their source ids, and their race families
        (see `reconcile.families`). Articles with the same families share one tuple: the
        articles of a race hold their families once, however many they are."""
        rows = self.db.execute(
            "SELECT r.source_id, a.families FROM run_sources r JOIN articles a ON a.source_id = r.source_id "
            "AND a.fingerprint = ? ORDER BY r.path, r.source_id", (self.fingerprint,),
        )
        ids: list[str] = []
        families: list[tuple[str, ...]] = []
        parsed: dict[str, tuple[str, ...]] = {}
        for sid, text in rows:
            ids.append(sid)
            if (fams := parsed.get(text)) is None:
                fams = parsed[text] = tuple(json.loads(text))
            families.append(fams)
        return ids, families

    def run_sources(self, source_ids: list[str]) -> dict[str, str]:
        """source id -> its source as this run read it (JSON: path, title, ...), for these
        articles of the run."""
        out: dict[str, str] = {}
        for chunk in _chunks(source_ids):
            out.update(self.db.execute(
                f"SELECT source_id, source FROM run_sources WHERE source_id IN ({','.join('?' * len(chunk))})", chunk
            ))
        return out

    def resolved_names(self) -> Iterator[tuple[str, str]]:
        """(athlete id, name) of every name step one resolved in the run, in the run's order."""
        yield from self.db.execute(
            "SELECT a.athlete_id, a.name FROM run_sources r JOIN athletes a ON a.source_id = r.source_id AND a.fingerprint = ? "
            "WHERE a.athlete_id IS NOT NULL ORDER BY r.path, r.source_id, a.seq", (self.fingerprint,),
        )

    def open_names(self, full: bool) -> list[tuple[str, str, str]]:
        """(source id, key, name) of the names step one left open, in the run's order: the full
        names, or the bare surnames."""
        return self.db.execute(
            "SELECT a.source_id, a.key, a.name FROM run_sources r JOIN athletes a ON a.source_id = r.source_id AND a.fingerprint = ? "
            f"WHERE a.athlete_id IS NULL AND a.name {'' if full else 'NOT '}LIKE '% %' ORDER BY r.path, r.source_id, a.seq",
            (self.fingerprint,),
        ).fetchall()

    def settle(self, settled: dict[tuple[str, str], Resolution]) -> None:
        """The resolutions step two gave the open names."""
        with self._transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO run_ids VALUES (?, ?, ?, ?)",
                [(sid, key, res.athlete, res.model_dump_json()) for (sid, key), res in settled.items()],
            )

    def athlete_rows(self) -> Iterator[tuple[str, str, str]]:
        """(athlete id, article athlete JSON, resolution JSON) of the run, by athlete id, then in
        the run's order: the text, hashed to find an athlete's entry built before, and parsed
        (`ArticleAthlete`, `Resolution`) only to build it again."""
        rows = self.db.execute(
            "SELECT COALESCE(a.athlete_id, i.athlete_id) AS aid, a.athlete, COALESCE(a.resolution, i.resolution) "
            "FROM run_sources r JOIN athletes a ON a.source_id = r.source_id AND a.fingerprint = ? "
            "LEFT JOIN run_ids i ON i.source_id = a.source_id AND i.key = a.key ORDER BY aid, r.path, r.source_id, a.seq",
            (self.fingerprint,),
        )
        yield from rows

    def athlete_ids(self, source_ids: list[str]) -> dict[str, dict[str, str]]:
        """source id -> {article athlete key -> global athlete id} for these articles of the run."""
        out: dict[str, dict[str, str]] = {sid: {} for sid in source_ids}
        for chunk in _chunks(source_ids):
            rows = self.db.execute(
                "SELECT a.source_id, a.key, COALESCE(a.athlete_id, i.athlete_id) FROM athletes a "
                "LEFT JOIN run_ids i ON i.source_id = a.source_id AND i.key = a.key "
                f"WHERE a.fingerprint = ? AND a.source_id IN ({','.join('?' * len(chunk))})",
                (self.fingerprint, *chunk),
            )
            for sid, key, aid in rows:
                out[sid][key] = aid
        return out

    def facts(self, source_ids: list[str], *, mentions: bool = True) -> Iterator[dict]:
        """These articles' facts as JSON forms (`ArticleFacts`, parsed, not validated), each
        with its source as this run reads it, in the order given, read a few hundred at a time.
        With `mentions=False`, without their athletes' mentions (`athletes` empty): what
        reconciliation reads, at about half the memory."""
        for chunk in _chunks(source_ids):
            got: dict[str, dict] = {}
            rows = self.db.execute(
                "SELECT a.source_id, a.facts, r.source FROM articles a JOIN run_sources r ON r.source_id = a.source_id "
                f"WHERE a.fingerprint = ? AND a.source_id IN ({','.join('?' * len(chunk))})",
                (self.fingerprint, *chunk),
            )
            for sid, facts, source in rows:
                data = from_json(facts)  # repeated strings shared
                data["source"] = from_json(source)
                if not mentions:
                    data["athletes"] = []
                got[sid] = data
            yield from (got[sid] for sid in chunk)

    def components(self, keys: list[str]) -> dict[str, dict[str, Joined]]:
        """The facts file sections made for each of `keys` the store holds, each section as its
        number of items and their JSON text joined as the facts file holds them: a reconciled
        component's, or an athlete's entry (`athletes`, `unresolved`, and its `name`)."""
        out: dict[str, dict[str, Joined]] = {}
        for chunk in _chunks(keys):
            rows = self.db.execute(
                f"SELECT key, section, items, text, run_id FROM components WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
            for key, section, items, text, run_id in rows:
                if key not in out and run_id <= (self.run_id or 0) - COMPONENT_RUNS_KEPT // 2:
                    self._used.append(key)  # marked used at pruning; unless a recent run marked it
                out.setdefault(key, {})[section] = Joined(items, text)
        return out

    def save_component(self, key: str, sections: dict[str, Joined]) -> dict[str, Joined]:
        """Keep a component's sections under `key`; returns them."""
        self.db.executemany(
            "INSERT OR REPLACE INTO components VALUES (?, ?, ?, ?, ?)",
            [(key, name, part.items, part.text, self.run_id) for name, part in sections.items()],
        )
        return sections

    def prune_components(self) -> None:
        """Drop reconciled components and athlete entries no run has used in the last
        COMPONENT_RUNS_KEPT runs. (A run marks what it used only if no run of the last
        COMPONENT_RUNS_KEPT // 2 did: an entry used now is kept that long at least.)"""
        self.db.executemany("UPDATE components SET run_id = ? WHERE key = ?", [(self.run_id, key) for key in self._used])
        self._used.clear()
        self.db.execute("DELETE FROM components WHERE run_id <= ?", ((self.run_id or 0) - COMPONENT_RUNS_KEPT,))

    def record_failure(self, path: str, message: str) -> None:
        with self._transaction():
            self.db.execute("INSERT INTO failures VALUES (?, ?, ?)", (self.run_id, path, message))

    def transaction(self):
        """Many writes in one transaction (much faster than one each, and all or nothing)."""
        return self._transaction()

    def _transaction(self):
        """One transaction; inside another, part of it (the outer one commits or rolls back)."""
        db = self.db

        class _Tx:
            def __enter__(self_inner):
                self_inner.outer = db.in_transaction
                if not self_inner.outer:
                    db.execute("BEGIN IMMEDIATE")

            def __exit__(self_inner, exc_type, *_):
                if not self_inner.outer:
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


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    """Slices small enough for SQLite's limit on parameters in one statement."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
