"""Smoke tests of the benchmark corpus generator (benchmarks/generate_corpus.py).

The generator is deterministic for a seed, its gold follows the gold format, the gold is
consistent with the text it was rendered with, and the pipeline scores well above chance on it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import GoldArticle, evaluate, load_gold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate_corpus as gen

N = 60  # six of each template on average; generation takes well under a second


@pytest.fixture(scope="module")
def articles():
    return list(gen.generate(N, seed=11))


def test_benchmarks_corpus_deterministic_for_a_seed(articles):
    again = list(gen.generate(N, seed=11))
    assert [(a.name, a.text, a.gold) for a in again] == [(a.name, a.text, a.gold) for a in articles]
    other = list(gen.generate(N, seed=12))
    assert [a.text for a in other] != [a.text for a in articles]


def test_benchmarks_corpus_article_depends_on_seed_and_index_only():
    assert gen.generate_one(5, 7).text == list(gen.generate(8, seed=5))[7].text


def test_benchmarks_corpus_uses_every_template():
    seen = {a.template for a in gen.generate(200, seed=1)}
    assert seen == set(gen.TEMPLATES)
    assert len(gen.TEMPLATES) >= 8


@pytest.mark.parametrize("template", sorted(gen.TEMPLATES))
def test_benchmarks_corpus_each_template_renders_facts(template):
    arts = list(gen.generate(5, seed=3, templates=[template]))
    assert all(a.template == template for a in arts)
    assert all(a.gold["athletes"] and a.gold["performances"] for a in arts)


def test_benchmarks_corpus_gold_validates(articles):
    for art in articles:
        gold = GoldArticle.model_validate(art.gold)
        assert gold.file == art.name
        assert all(a.surface_forms for a in gold.athletes), art.name


def test_benchmarks_corpus_gold_is_in_the_text(articles):
    """Every surface form, quote opening, non-athlete and time the gold names is written in the article."""
    for art in articles:
        gold = GoldArticle.model_validate(art.gold)
        for athlete in gold.athletes:
            for form in athlete.surface_forms:
                assert form in art.text, (art.name, form)
        for quote in gold.quotes:
            assert quote.starts_with and quote.starts_with in art.text, (art.name, quote.starts_with)
        for name in gold.non_athletes:
            assert name in art.text, (art.name, name)
        for fact in (*gold.performances, *gold.other_times, *gold.splits):
            assert fact.time in art.text, (art.name, fact.time)
            assert fact.seconds > 0


def test_benchmarks_corpus_times_fit_the_event(articles):
    for art in articles:
        for p in art.gold["performances"]:
            spec = gen.EVENTS[p["event"]]
            lo = min(spec.men[0], spec.women[0])
            assert lo <= p["seconds"] <= 1.3 * max(spec.men[1], spec.women[1]), (art.name, p)
        places = {}
        for p in art.gold["performances"]:
            places.setdefault(p["race"], []).append((p["place"], p["seconds"]))
        for race, rows in places.items():
            ordered = sorted(r for r in rows if r[0] is not None)
            assert [s for _, s in ordered] == sorted(s for _, s in ordered), (art.name, race)


def test_benchmarks_corpus_athletes_match_the_registry(articles):
    registry = {a.name: a for a in gen.load_registry()}
    for art in articles:
        for athlete in art.gold["athletes"]:
            assert athlete["country"] == registry[athlete["canonical"]].country
        sexes = {}
        for p in art.gold["performances"]:
            sexes.setdefault(p["race"], set()).add(registry[p["athlete"]].sex)
        assert all(len(s) == 1 for s in sexes.values()), art.name


def test_benchmarks_corpus_writes_txt_and_jsonl(tmp_path):
    txt_dir = gen.write_corpus(tmp_path / "txt", 4, 2)
    assert sorted(p.name for p in txt_dir.iterdir()) == sorted(g.file for g in load_gold(tmp_path / "txt" / "gold"))
    jsonl = gen.write_corpus(tmp_path / "jl", 4, 2, jsonl=True)
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    golds = load_gold(tmp_path / "jl" / "gold")
    assert [f"{jsonl.name}#{line['id']}" for line in lines] == [g.file for g in golds]


def test_benchmarks_corpus_pipeline_scores_well_above_chance(tmp_path):
    """The pipeline on 20 generated articles, far above chance (near 0). When this test was
    written: performances F1 0.83, athletes 0.98, quotes 0.98, splits 1.0."""
    from pipeline import run

    corpus = gen.write_corpus(tmp_path, 20, seed=5)
    result = run([str(corpus)])
    report = evaluate(result.articles, result.athletes, load_gold(tmp_path / "gold"))
    assert not report.missing_articles
    assert report.scores["performances"].f1 > 0.5, report.scores["performances"]
    assert report.scores["athletes"].f1 > 0.8, report.scores["athletes"]
    assert report.scores["quotes"].f1 > 0.6, report.scores["quotes"]


def test_benchmarks_corpus_articles_about_one_race_agree():
    """A race's facts depend on the race only: two articles naming an athlete in it give the same time and place."""
    seen: dict[tuple[str, str], tuple[float, int | None]] = {}
    shared = 0
    for art in gen.generate(400, seed=2):
        for p in art.gold["performances"]:
            key = (p["race"], p["athlete"])
            if key in seen:
                shared += 1
                assert seen[key] == (p["seconds"], p["place"]), (art.name, p)
            seen[key] = (p["seconds"], p["place"])
    assert shared > 0
