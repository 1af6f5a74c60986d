"""Golden test: `pipeline eval` on corpus/gold, with the thresholds the product promises."""

from __future__ import annotations

import pytest

from pipeline import run
from pipeline.evaluate import evaluate, load_gold

from .conftest import CORPUS_ARTICLES, GOLD, SEEDS

SEED_THRESHOLDS = {"athletes": 0.95, "performances": 0.95, "splits": 1.0, "quotes": 0.90}
OWN_THRESHOLD = 0.95
OWN_KINDS = ("athletes", "performances", "other_times", "splits", "quotes", "quote_speakers")


@pytest.fixture(scope="module")
def corpus():
    result = run([str(SEEDS), str(CORPUS_ARTICLES)])
    golds = load_gold(GOLD)
    return result, golds


def _report(corpus, keep):
    result, golds = corpus
    chosen = [g for g in golds if keep(g.file)]
    return evaluate(result.articles, result.athletes, chosen)


def is_seed(name: str) -> bool:
    return (SEEDS / name).exists()


@pytest.mark.parametrize("kind, threshold", sorted(SEED_THRESHOLDS.items()))
def test_golden_seeds(corpus, kind, threshold):
    score = _report(corpus, is_seed).scores[kind]
    assert score.f1 >= threshold, f"{kind}: F1 {score.f1:.3f} < {threshold}"


def test_golden_seed_quote_speakers_000_001(corpus):
    score = _report(corpus, lambda f: f.startswith(("000_", "001_"))).scores["quote_speakers"]
    assert score.f1 >= 0.90


def test_golden_has_own_articles():
    own = [g for g in load_gold(GOLD) if not is_seed(g.file)]
    assert len(own) >= 12
    assert all((CORPUS_ARTICLES / g.file).exists() for g in own)


@pytest.mark.parametrize("kind", OWN_KINDS)
def test_golden_own_articles(corpus, kind):
    score = _report(corpus, lambda f: not is_seed(f)).scores[kind]
    assert score.f1 >= OWN_THRESHOLD, f"{kind}: F1 {score.f1:.3f} < {OWN_THRESHOLD}"
