"""Smoke tests of benchmarks/: each main() runs at tiny sizes and writes the JSON the README describes."""

from __future__ import annotations

import json
import random

import pytest

from benchmarks import name_variants, rerun, resolve_speed
from benchmarks.variants import FULL_KINDS, Truth, make_full_variant
from pipeline.registry import DEFAULT_REGISTRY, load_registry


def _is_fraction(x) -> bool:
    return x is None or 0.0 <= x <= 1.0


@pytest.fixture(scope="module")
def registry():
    return load_registry([DEFAULT_REGISTRY])


def test_benchmarks_name_variants_writes_scores(tmp_path, capsys):
    path = tmp_path / "nv.json"
    out = name_variants.main(["--limit", "25", "--per-kind", "1", "--distractors", "40", "--out", str(path)])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(out))
    for k in ("full_name", "bare_surname", "control_exact", "kinds", "lookalikes", "targets", "failures", "failing_kinds"):
        assert k in data
    for group in ("full_name", "bare_surname"):
        s = data[group]
        assert s["n"] > 0 and s["tp"] + s["fp"] + s["fn"] <= s["n"]
        assert _is_fraction(s["precision"]) and _is_fraction(s["recall"])
    assert data["control_exact"]["recall"] == 1.0  # registry names resolve to themselves
    assert {k for k, v in data["kinds"].items() if v["group"] == "full_name"} <= set(FULL_KINDS)
    la = data["lookalikes"]
    assert la["distractor"]["pairs"] == 40 and la["same_surname"]["pairs"] >= 1  # the Ingebrigtsens
    assert la["total_merged"] == sum(la[k]["merged"] for k in ("same_surname", "same_given_name", "distractor"))
    assert "FULL NAMES" in capsys.readouterr().out


def test_benchmarks_variants_are_seeded(registry):
    truth = Truth(registry.athletes.values())
    athletes = list(registry.athletes.values())[:30]

    def draw(seed):
        rng = random.Random(seed)
        return [make_full_variant(k, a, truth, rng) for a in athletes for k in FULL_KINDS]

    assert draw(7) == draw(7)
    assert draw(7) != draw(8)


def test_benchmarks_truth_marks_ambiguous_surnames(registry):
    truth = Truth(registry.athletes.values())
    assert truth.surname("Ingebrigtsen", "jakob-ingebrigtsen") is None
    assert truth.surname("Wightman", "jake-wightman") == "jake-wightman"
    assert truth.full("J. Ingebrigtsen", "jakob-ingebrigtsen") == "jakob-ingebrigtsen"


@pytest.mark.parametrize("budget, extrapolated", [("600", False), ("0", True)])
def test_benchmarks_resolve_speed_writes_timings(tmp_path, capsys, budget, extrapolated):
    path = tmp_path / "rs.json"
    resolve_speed.main(["--athletes", "400", "--mentions", "200", "--rf-sample", "40", "--rf-budget", budget, "--out", str(path)])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["registry"]["athletes"] == 400
    assert (data["mentions"]["variant"], data["mentions"]["exact"], data["mentions"]["absent"]) == (140, 40, 20)
    rs, rf = data["resolver"], data["rapidfuzz"]
    assert rs["seconds"] > 0 and rs["mentions_per_second"] > 0 and rs["mentions"] == 200
    assert rf["extrapolated"] is extrapolated and rf["seconds"] > 0
    assert rf["mentions"] == (40 if extrapolated else 200)
    for s in (rs, rf):
        assert _is_fraction(s["accuracy"]) and _is_fraction(s["pairwise"]["precision"]) and _is_fraction(s["pairwise"]["recall"])
    assert rs["accuracy_by_type"]["exact"] == 1.0
    assert data["ratio_rapidfuzz_over_resolver"] == pytest.approx(rf["seconds"] / rs["seconds"])
    assert data["cpu_count"] >= 1
    assert "mentions/s" in capsys.readouterr().out


@pytest.mark.parametrize("form", [[], ["--jsonl"]], ids=["txt", "dated-jsonl"])
def test_benchmarks_rerun_reuses_the_store_and_matches_a_cold_run(tmp_path, capsys, form):
    path = tmp_path / "rerun.json"
    assert rerun.main(["--n", "30", "--add", "0.1", "--out", str(path), "--tmp", str(tmp_path), *form]) == 0
    data = json.loads(path.read_text())
    assert (data["rerun"]["extracted"], data["rerun"]["reused"]) == (3, 30)  # the last repeat too: the store put back
    assert len(data["rerun"]["seconds_each"]) == 3 and data["rerun"]["seconds"] == sorted(data["rerun"]["seconds_each"])[1]
    assert data["rerun"]["reconciled"] < data["rerun"]["components"]
    assert data["check"]["same_facts_file"] is True
    assert 0 < data["ratio_rerun_full"] and "rerun" in capsys.readouterr().out
