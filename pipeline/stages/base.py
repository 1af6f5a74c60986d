"""Small helpers every stage shares: span creation from character offsets, stage checks,
and sentence/paragraph lookup by character offset. No stage logic lives here."""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

from spacy.tokens import Doc, Span

from ..errors import MissingStageError


def require(doc: Doc, key: str, stage: str, needs: str) -> None:
    """Raise if `doc.spans[key]` (written by stage `needs`) is missing."""
    if key not in doc.spans:
        raise MissingStageError(stage, needs)


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """The smallest token span covering [start, end), or None for an empty range."""
    if end <= start:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


class Bounds:
    """Sorted, non-overlapping character ranges (sentences or paragraphs) with lookup by offset."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self._starts = [s for s, _ in self.ranges]

    def index(self, char: int) -> int:
        """Index of the range containing `char` (or the last one starting before it)."""
        return max(0, bisect_right(self._starts, char) - 1)

    def of(self, char: int) -> tuple[int, int]:
        return self.ranges[self.index(char)] if self.ranges else (0, 0)

    def __len__(self) -> int:
        return len(self.ranges)


def sentences(doc: Doc) -> Bounds:
    """Sentence character ranges (needs the segmenter); computed once per Doc."""
    require(doc, "paragraphs", "sentences", "athletics_segmenter")
    if "sentence_bounds" not in doc.user_data:
        doc.user_data["sentence_bounds"] = Bounds((s.start_char, s.end_char) for s in doc.sents)
    return doc.user_data["sentence_bounds"]


def paragraphs(doc: Doc) -> Bounds:
    require(doc, "paragraphs", "paragraphs", "athletics_segmenter")
    if "paragraph_bounds" not in doc.user_data:
        doc.user_data["paragraph_bounds"] = Bounds((p.start_char, p.end_char) for p in doc.spans["paragraphs"])
    return doc.user_data["paragraph_bounds"]


def set_extension(cls, name: str, default=None) -> None:
    if not cls.has_extension(name):
        cls.set_extension(name, default=default)
