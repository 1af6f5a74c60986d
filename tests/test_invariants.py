"""Provenance: every evidence span of every fact equals the text it cites, over the whole corpus."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from pipeline import run
from pipeline.ingest import iter_sources

from .conftest import CORPUS_ARTICLES, SEEDS


@pytest.fixture(scope="module")
def corpus_run():
    paths = [str(p) for p in (SEEDS, CORPUS_ARTICLES) if p.exists()]
    texts = {s.id: s.text for s in iter_sources(paths)}
    return run(paths), texts


def _all_evidence(facts):
    for athlete in facts.athletes:
        yield from athlete.mentions
    for group in (facts.performances, facts.other_times, facts.splits, facts.quotes):
        for fact in group:
            yield from fact.evidence
    for conflict in facts.conflicts:
        for value in conflict.values:
            yield from value.evidence


def test_invariants_every_evidence_span_equals_its_text(corpus_run):
    result, texts = corpus_run
    evidence = list(_all_evidence(result.facts))
    assert len(evidence) > 100
    bad = [e for e in evidence if texts[e.source][e.start : e.end] != e.text]
    assert bad == []


def test_invariants_every_fact_has_evidence(corpus_run):
    result, _ = corpus_run
    facts = result.facts
    for group in (facts.performances, facts.other_times, facts.splits, facts.quotes):
        assert all(fact.evidence for fact in group)


def test_invariants_fact_ids_point_at_athletes(corpus_run):
    facts = corpus_run[0].facts
    ids = {a.id for a in facts.athletes}
    referenced = {p.athlete for p in facts.performances + facts.other_times if p.athlete}
    referenced |= {s.athlete for s in facts.splits if s.athlete} | {q.speaker for q in facts.quotes if q.speaker}
    assert referenced <= ids


def test_invariants_two_runs_give_identical_files():
    paths = [str(SEEDS)]
    assert run(paths).facts.model_dump_json() == run(paths).facts.model_dump_json()


def test_invariants_no_test_module_defines_a_name_twice() -> None:
    """A test defined twice in one module shadows the first, which then never runs (two stops' review tests shared a name):
    every top-level function and class name of a test module is its own."""
    twice = {}
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        names = Counter(node.name for node in ast.parse(path.read_text(encoding="utf-8")).body
                        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
        if repeated := sorted(name for name, n in names.items() if n > 1):
            twice[path.name] = repeated
    assert twice == {}
