"""Export: one JSONL and one CSV file per fact kind, stable ids, byte-identical reruns, atomic writes."""

from __future__ import annotations

import csv
import json
import os

import pytest

from pipeline import run
from pipeline.export import KINDS, export_csv, export_jsonl, rows, write_atomic
from pipeline.models import Athlete, Conflict, FactPerformance, FactQuote, FactSplit
from pipeline.reconcile import reconcile

from .conftest import ROOT, SEEDS

RECONCILE_CORPUS = ROOT / "corpus" / "reconcile"
MODEL_OF = {
    "performances": FactPerformance, "other_times": FactPerformance, "splits": FactSplit,
    "quotes": FactQuote, "athletes": Athlete, "conflicts": Conflict,
}


@pytest.fixture(scope="module")
def result():
    return run([str(RECONCILE_CORPUS), str(SEEDS)])


def _files(directory):
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_export_jsonl_one_file_per_kind_with_rows_that_are_facts(result, tmp_path):
    written = export_jsonl(result.facts, tmp_path)
    assert [p.name for p in written] == [f"{k}.jsonl" for k in KINDS]
    for kind in KINDS:
        lines = (tmp_path / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(getattr(result.facts, kind))
        ids = [json.loads(line)["id"] for line in lines]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        for line in lines:
            row = json.loads(line)
            assert next(iter(row)) == "id"
            if kind != "athletes":  # an athlete's id is its own
                del row["id"]
            MODEL_OF[kind].model_validate(row)


def test_export_csv_one_file_per_kind_with_the_model_columns(result, tmp_path):
    export_csv(result.facts, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{k}.csv" for k in KINDS)
    for kind in KINDS:
        with open(tmp_path / f"{kind}.csv", newline="", encoding="utf-8") as fh:
            table = list(csv.DictReader(fh))
        assert [r["id"] for r in table] == [r["id"] for r in rows(result.facts, kind)]
        assert list(table[0]) == ["id", *(f for f in MODEL_OF[kind].model_fields if f != "id")]
    with open(tmp_path / "performances.csv", newline="", encoding="utf-8") as fh:
        kerr = next(r for r in csv.DictReader(fh) if r["athlete"] == "josh-kerr")
    assert (kerr["time"], kerr["status"], kerr["tags"]) == ("3:45.34", "agreed", "national record; world lead")
    assert len(json.loads(kerr["evidence"])) >= 2


def test_export_two_runs_give_byte_identical_files(tmp_path):
    for name in ("one", "two"):
        facts = run([str(RECONCILE_CORPUS), str(SEEDS)]).facts
        export_jsonl(facts, tmp_path / name)
        export_csv(facts, tmp_path / name)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert len(_files(tmp_path / "one")) == 2 * len(KINDS)


def test_export_does_not_depend_on_the_order_articles_were_read(result, tmp_path):
    reversed_facts = reconcile(result.articles[::-1], result.athletes)
    export_jsonl(result.facts.model_copy(update={"errors": []}), tmp_path / "a")
    export_jsonl(reversed_facts, tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("performances", "performance:olympic-games-women-5000m:sifan-hassan"),
        ("splits", "split:olympic-games-women-5000m:3000m"),
        ("athletes", "bryce-hoppel"),
        ("conflicts", "conflict:performance.place:olympic-games-men-800m/gabriel-tual"),
    ],
)
def test_export_ids_name_what_the_fact_is_about(result, kind, expected):
    assert expected in {r["id"] for r in rows(result.facts, kind)}


def test_export_quote_ids_hash_the_words(result):
    ids = [r["id"] for r in rows(result.facts, "quotes")]
    assert all(i.startswith("quote:") and len(i.rsplit(":", 1)[1]) == 12 for i in ids)


def test_export_replaces_files_atomically(tmp_path, monkeypatch):
    target = tmp_path / "out" / "performances.jsonl"
    write_atomic(target, "old\n")
    write_atomic(target, "new\n")
    assert target.read_text() == "new\n" and os.listdir(target.parent) == ["performances.jsonl"]

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, "half\n")
    assert target.read_text() == "new\n" and os.listdir(target.parent) == ["performances.jsonl"]
