"""Shared fixtures: one pipeline for the whole session (blank English, no statistical model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.nlp import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS_ARTICLES = ROOT / "corpus" / "articles"
GOLD = ROOT / "corpus" / "gold"


@pytest.fixture(scope="session")
def nlp():
    return build(Config())


@pytest.fixture(scope="session")
def doc_of(nlp):
    """Run the whole pipeline on a text (cached per text)."""
    cache = {}

    def run(text: str):
        if text not in cache:
            cache[text] = nlp(text)
        return cache[text]

    return run


def all_article_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted(CORPUS_ARTICLES.glob("*.txt"))
