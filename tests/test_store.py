"""The store: incremental reruns, invalidation, one run at a time, and surviving a kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import run
from pipeline.config import Config
from pipeline.errors import PipelineError
from pipeline.store import Store, code_fingerprint

from .conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def config(tmp_path: Path, **kw) -> Config:
    return Config(store_path=tmp_path / "store.sqlite", **kw)


def test_store_rerun_extracts_only_new_articles(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        (corpus / p.name).write_text(p.read_text())
    first = run([str(corpus)], config=config(tmp_path))
    assert counts(first) == {"extracted": 2, "reused": 0, "failed": 0}
    third = sorted(SEEDS.glob("*.txt"))[2]
    (corpus / third.name).write_text(third.read_text())
    second = run([str(corpus)], config=config(tmp_path))
    assert counts(second) == {"extracted": 1, "reused": 2, "failed": 0}
    fresh = run([str(corpus)], config=Config())
    assert second.facts.model_dump_json() == fresh.facts.model_dump_json()


def counts(result) -> dict:
    return {k: result.stats[k] for k in ("extracted", "reused", "failed")}


def two_races(tmp_path: Path) -> Path:
    corpus = tmp_path / "in"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text("Josh Kerr won the men's mile at the Prefontaine Classic in 3:45.34.\n")
    (corpus / "b.txt").write_text("Keely Hodgkinson won the women's 800m at the London Diamond League in 1:54.61.\n")
    return corpus


def test_store_rerun_reconciles_again_only_the_components_new_articles_join(tmp_path):
    corpus = two_races(tmp_path)
    out = tmp_path / "facts.json"
    first = run([str(corpus)], config=config(tmp_path), output=out)
    assert (first.stats["components"], first.stats["components_reused"]) == (2, 0)
    (corpus / "c.txt").write_text("Kerr took the Prefontaine Classic men's mile in 3:45.34, a British record.\n")
    second = run([str(corpus)], config=config(tmp_path), output=out)
    assert counts(second) == {"extracted": 1, "reused": 2, "failed": 0}
    assert (second.stats["components"], second.stats["components_reused"]) == (2, 1)  # the 800m's facts reused
    # every athlete's entry reused but Kerr's, whom the new article names
    assert second.stats["athletes_reused"] == second.stats["sections"]["athletes"] - 1 > 0
    fresh = tmp_path / "fresh.json"
    run([str(corpus)], config=Config(), output=fresh)
    assert out.read_bytes() == fresh.read_bytes()
    kerr = next(p for p in json.loads(out.read_text())["performances"] if p["athlete"] == "josh-kerr")
    assert kerr["status"] == "agreed" and len(kerr["evidence"]) == 2


def test_store_keeps_what_recent_runs_used_and_prunes_the_rest(tmp_path, monkeypatch):
    import pipeline.store as store_module

    monkeypatch.setattr(store_module, "COMPONENT_RUNS_KEPT", 2)
    corpus = two_races(tmp_path)
    out = tmp_path / "facts.json"

    def held() -> int:
        with sqlite3.connect(tmp_path / "store.sqlite") as db:
            return db.execute("SELECT COUNT(DISTINCT key) FROM components").fetchone()[0]

    run([str(corpus)], config=config(tmp_path), output=out)
    everything = held()  # two components and the athletes' entries
    for _ in range(3):  # the 800m article alone, three runs: the mile's entries fall out
        last = run([str(corpus / "b.txt")], config=config(tmp_path), output=out)
    assert last.stats["components_reused"] == 1 and last.stats["athletes_reused"] == 1
    assert held() == everything - 2  # the mile's component and Kerr's entry
    again = run([str(corpus)], config=config(tmp_path), output=out)
    assert again.stats["components_reused"] == 1  # the 800m's, kept because every run used it


def test_store_entries_used_every_other_run_are_marked_lazily_and_kept(tmp_path, monkeypatch):
    """A run marks a reused entry only if no run of the last COMPONENT_RUNS_KEPT // 2 did: an
    entry used at least that often is never dropped; one unused for COMPONENT_RUNS_KEPT runs is."""
    import pipeline.store as store_module

    monkeypatch.setattr(store_module, "COMPONENT_RUNS_KEPT", 4)
    corpus = two_races(tmp_path)
    out = tmp_path / "facts.json"

    def run_ids() -> set[int]:
        with sqlite3.connect(tmp_path / "store.sqlite") as db:
            return {r[0] for r in db.execute("SELECT DISTINCT run_id FROM components")}

    run([str(corpus)], config=config(tmp_path), output=out)
    for _ in range(5):  # runs 2-6, the 800m article alone: its component and entries reused every run
        last = run([str(corpus / "b.txt")], config=config(tmp_path), output=out)
        assert last.stats["components_reused"] == 1 and last.stats["athletes_reused"] == 1
    assert run_ids() == {5}  # marked in runs 3 and 5, not in every run; the mile's entries (run 1) dropped
    again = run([str(corpus)], config=config(tmp_path), output=out)
    assert (again.stats["components_reused"], again.stats["athletes_reused"]) == (1, 1)


def test_store_rerun_with_nothing_new_never_loads_spacy(tmp_path):
    """Nothing to extract: no spaCy import, no pipeline build (most of a no-op rerun's start-up)."""
    out = tmp_path / "facts.json"
    run([str(SEEDS)], config=config(tmp_path), output=out)
    before = out.read_bytes()
    probe = (
        "import sys; from pipeline import run; from pipeline.config import Config; "
        f"r = run([{str(SEEDS)!r}], config=Config(store_path={str(tmp_path / 'store.sqlite')!r}), output={str(out)!r}); "
        "print(r.stats['extracted'], r.stats['reused'], 'spacy' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert proc.stdout.split() == ["0", "3", "False"]
    assert out.read_bytes() == before


def settled(path: Path, seconds_ago: float = 3600) -> Path:
    """A file last written a while ago (a file written this very second may change unseen)."""
    when = time.time() - seconds_ago
    os.utime(path, (when, when))
    return path


def reads(monkeypatch) -> list[str]:
    """The files each run reads from now on."""
    import pipeline.api as api

    read: list[str] = []
    real = api.read_articles
    monkeypatch.setattr(api, "read_articles", lambda path: (read.append(path), real(path))[1])
    return read


def test_store_rerun_reads_only_the_files_changed_since_a_run_read_them(tmp_path, monkeypatch):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        (corpus / p.name).write_text(p.read_text())
        settled(corpus / p.name)
    first = run([str(corpus)], config=config(tmp_path))
    read = reads(monkeypatch)
    again = run([str(corpus)], config=config(tmp_path))
    assert read == [] and counts(again) == {"extracted": 0, "reused": 3, "failed": 0}
    assert again.facts == first.facts
    changed = sorted(corpus.iterdir())[1]
    changed.write_text(changed.read_text().replace("3:", "4:", 1))
    settled(changed, 60)
    third = run([str(corpus)], config=config(tmp_path))
    assert read == [str(changed)] and counts(third) == {"extracted": 1, "reused": 2, "failed": 0}
    read.clear()
    run([str(corpus)], config=config(tmp_path, force=True))
    assert len(read) == 3


def test_store_file_written_just_now_or_with_errors_is_read_again(tmp_path, monkeypatch):
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("Josh Kerr won the mile in 3:45.34.\n")
    archive = tmp_path / "archive.jsonl"
    archive.write_text(json.dumps({"text": "Jake Wightman won the 800m in 1:44.18."}) + "\n{not json\n")
    settled(archive)
    run([str(fresh), str(archive)], config=config(tmp_path))
    read = reads(monkeypatch)
    again = run([str(fresh), str(archive)], config=config(tmp_path))
    assert read == [str(fresh), str(archive)]
    assert [str(e) for e in again.errors] == [f"{archive}:2: line is not valid JSON: Expecting property name enclosed in double quotes (column 2)"]
    assert counts(again) == {"extracted": 0, "reused": 2, "failed": 1}


def test_store_streamed_run_holds_no_facts_and_writes_what_a_run_in_memory_returns(tmp_path):
    out = tmp_path / "facts.json"
    streamed = run([str(SEEDS)], config=config(tmp_path), output=out)
    assert streamed.facts is None and streamed.output == out
    assert out.read_text() == run([str(SEEDS)], config=Config()).facts.model_dump_json(indent=2) + "\n"
    assert streamed.stats["sections"]["performances"] == len(json.loads(out.read_text())["performances"])


def test_store_run_with_nothing_processed_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "facts.json"
    result = run([str(tmp_path / "empty.txt")], config=config(tmp_path), output=out)
    assert result.output is None and not out.exists() and result.errors


def test_store_of_an_older_layout_is_rebuilt(tmp_path):
    db = sqlite3.connect(tmp_path / "store.sqlite")
    db.execute("CREATE TABLE articles (source_id TEXT, fingerprint TEXT, path TEXT, facts TEXT, run_id INTEGER, extracted_at REAL)")
    db.execute("INSERT INTO articles VALUES ('x', 'y', 'z', '{}', 1, 0)")
    db.commit()
    db.close()
    assert counts(run([str(SEEDS)], config=config(tmp_path))) == {"extracted": 3, "reused": 0, "failed": 0}


def test_store_changed_article_is_extracted_again(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Josh Kerr won the mile in 3:45.34.\n")
    run([str(art)], config=config(tmp_path))
    art.write_text("Josh Kerr won the mile in 3:45.43.\n")
    result = run([str(art)], config=config(tmp_path))
    assert result.stats["extracted"] == 1 and result.facts.performances[0].seconds == 225.43


def test_store_force_re_extracts(tmp_path):
    run([str(SEEDS)], config=config(tmp_path))
    assert run([str(SEEDS)], config=config(tmp_path, force=True)).stats["extracted"] == 3


def test_store_fingerprint_follows_code_and_registry(tmp_path):
    reg = tmp_path / "r.jsonl"
    reg.write_text('{"id": "a-b", "name": "Ann Bee", "country": "GBR", "sex": "F", "events": ["800m"]}\n')
    before = code_fingerprint([reg])
    assert code_fingerprint([reg]) == before
    reg.write_text(reg.read_text().replace("GBR", "IRL"))
    assert code_fingerprint([reg]) != before


def test_store_a_second_run_waits_then_fails_clearly(tmp_path):
    path = tmp_path / "store.sqlite"
    with Store(path, "x"):
        with pytest.raises(PipelineError, match="in use by another run"):
            with Store(path, "x", lock_timeout=0.3):
                pass
    with Store(path, "x", lock_timeout=0.3):  # free again
        pass


def test_store_failures_are_recorded(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    run([str(bad), str(SEEDS)], config=config(tmp_path))
    with Store(tmp_path / "store.sqlite", "x") as store:
        status = store.status()
    assert status.last_run["failed"] == 1 and "empty file" in status.failures[0][1]


def test_store_kill_mid_run_keeps_facts_and_resumes(tmp_path):
    """SIGKILL a run part-way: the earlier facts.json is intact, the store consistent, and the
    next run reuses every batch the killed one committed."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    lines = [json.dumps({"id": f"n{i}", "text": f"Runner Number{i} won the 800m in 1:{44 + i % 10}.{i % 100:02d} at the meet."}) for i in range(3000)]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "facts.json"
    out.write_text('{"previous": true}')
    store = tmp_path / "store.sqlite"
    cmd = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "--store", str(store), "-q", "--no-default-registry"]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until some batches are committed
        time.sleep(0.2)
        if store.exists() and _held(store) >= 128:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    held = _held(store)
    assert held >= 128
    assert json.loads(out.read_text()) == {"previous": True}  # the old file, whole
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Store(store, "x") as s:
        last = s.status().last_run
    assert last["reused"] >= held and last["extracted"] + last["reused"] == 3000
    assert len(json.loads(out.read_text())["sources"]) == 3000


def _held(store: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(store, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_store_components_are_looked_up_in_batches_of_bounded_size():
    """Components are looked up a batch at a time; a batch holds at most so many articles (a
    larger component alone), so a batch of large components never holds much of the corpus.
    (Batches of 250 components each held the first, largest components whole: +41 MB at 100k.)"""
    from pipeline.api import _batches

    groups = [list(range(600)), [600], [601, 602], *[[i] for i in range(603, 1603)], list(range(1603, 1703))]
    batches = list(_batches(groups, 500))
    assert [g for batch in batches for g in batch] == groups
    assert batches[0] == [groups[0]]
    assert all(sum(map(len, batch)) <= 500 for batch in batches[1:])
    assert len(batches) == 4


def test_store_status_shows_what_is_held_and_pending_without_reading_unchanged_files(tmp_path, monkeypatch, capsys):
    from pipeline.cli import main

    corpus = tmp_path / "in"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        (corpus / p.name).write_text(p.read_text())
        settled(corpus / p.name)
    store = tmp_path / "store.sqlite"
    assert main(["status", str(corpus), "--store", str(store)]) == 1  # no store yet
    run([str(corpus)], config=config(tmp_path))
    capsys.readouterr()
    import pipeline.ingest

    read: list[str] = []
    monkeypatch.setattr(pipeline.ingest, "read_articles", lambda path: (read.append(path), iter(()))[1])
    assert main(["status", str(corpus), "--store", str(store)]) == 0
    assert read == [] and f"3 of 3 article(s) under {corpus} held; 0 pending" in capsys.readouterr().out
    monkeypatch.undo()
    new = corpus / "zz_new.txt"
    new.write_text("Faith Kipyegon won the 1500m in 3:49.04.\n")
    assert main(["status", str(corpus), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert f"3 of 4 article(s) under {corpus} held; 1 pending" in out and f"  pending: {new}" in out
