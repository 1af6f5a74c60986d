"""Small helpers every stage shares: span creation from character offsets, stage checks,
and sentence/paragraph lookup by character offset. No stage logic lives here."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable

from spacy.tokens import Doc, Span

from .. import patterns as P
from ..errors import MissingStageError


MEMO_KEY = "pipeline.memo"
# set by whoever makes the Doc (`api.Extractor`): the year the article was published, which
# dates its race when the text does not ("BERLIN, Sept 24 -" in a report published 2023-09-24)
PUBLISHED_YEAR_KEY = "pipeline.published_year"


def memo(doc: Doc) -> dict:
    """Per-Doc values computed once (text, bounds, span lists), kept in `doc.user_data`: they hold
    Spans, which hold the Doc, so they must live and die with it (in a table beside the Docs,
    even a weak one, they would keep every Doc ever made alive). `release` drops them; a Doc
    dropped without it is a reference cycle the garbage collector frees."""
    found = doc.user_data.get(MEMO_KEY)
    if found is None:
        found = doc.user_data[MEMO_KEY] = {}
    return found


def published_year(doc: Doc) -> int | None:
    return doc.user_data.get(PUBLISHED_YEAR_KEY)


def release(doc: Doc) -> None:
    """Drop the Doc's memo: once its facts are read, and before serialising it."""
    doc.user_data.pop(MEMO_KEY, None)


def text_of(doc: Doc) -> str:
    """The Doc's text, joined once: spaCy rebuilds `doc.text` from every token on each access."""
    m = memo(doc)
    if "text" not in m:
        m["text"] = doc.text
    return m["text"]


def spans_of(doc: Doc, key: str) -> list[Span]:
    """`doc.spans[key]` as a list made once (iterating a SpanGroup builds new Span objects)."""
    m = memo(doc)
    if ("spans", key) not in m:
        m[("spans", key)] = list(doc.spans[key])
    return m[("spans", key)]


class SortedSpans(list):
    """Spans sorted by start, with the starts kept so that the ones in a range are bisected out."""

    def __init__(self, spans: Iterable[Span]) -> None:
        super().__init__(sorted(spans, key=lambda s: (s.start_char, s.end_char)))
        self.starts = [s.start_char for s in self]

    def within(self, a: int, b: int) -> list[Span]:
        return self[bisect_left(self.starts, a) : bisect_left(self.starts, b)]


def write_spans(doc: Doc, key: str, spans: Iterable[Span]) -> None:
    doc.spans[key] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
    m = memo(doc)
    m.pop(("spans", key), None)
    m.pop(("starts", key), None)


def _starts(doc: Doc, key: str) -> list[int]:
    m = memo(doc)
    starts = m.get(("starts", key))
    if starts is None:
        starts = m[("starts", key)] = [s.start_char for s in spans_of(doc, key)]
    return starts


def between(doc: Doc, key: str, a: int, b: int) -> list[Span]:
    """The spans of `key` starting in [a, b), found by bisection: stages ask this for every time
    and mention, so a scan of all spans would make a long article quadratic."""
    starts = _starts(doc, key)
    return spans_of(doc, key)[bisect_left(starts, a) : bisect_left(starts, b)]


def count_between(doc: Doc, key: str, a: int, b: int) -> int:
    """How many spans of `key` start in [a, b), without copying them out (an endless sentence asks
    this for each of its times)."""
    starts = _starts(doc, key)
    return bisect_left(starts, b) - bisect_left(starts, a)


def last_match(pattern: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    """The last match of `pattern` in text[a:b], or None."""
    last = None
    for last in pattern.finditer(text, a, b):
        pass
    return last


def inside(char: int, ranges: Iterable[tuple[int, int]]) -> bool:
    """Is `char` inside one of these character ranges (the asides of a sentence, say)?"""
    return any(x <= char < y for x, y in ranges)


def covering(doc: Doc, key: str, char: int) -> Span | None:
    """The span of `key` (non-overlapping, like sentences or quotes) that covers `char`, if any."""
    spans = between(doc, key, 0, char + 1)
    return spans[-1] if spans and spans[-1].end_char > char else None


def starting_at(doc: Doc, key: str, char: int) -> Span | None:
    """The span of `key` that starts at `char`, if any ("(Hassan, Tokyo 2021)": the name the bracket opens with)."""
    return next((s for s in between(doc, key, char, char + 1) if s.start_char == char), None)


def opens_line(text: str, at: int) -> bool:
    """Does nothing but blanks stand before `at` on its line (a heading's or a row's first word)?"""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


def sentence_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends, read from the text alone (a stop and a space, a closing quotation mark or the
    line's end): for a look a few words ahead, where the doc's sentences are more than is needed."""
    m = P.SENTENCE_OR_QUOTE_END.search(text, at)
    return m.start() if m else len(text)


def table_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line [a, b): the stretches between separators ("|", a tab, a wide gap)."""
    found, pos = [], a
    for sep in P.TABLE_CELL_GAP.finditer(text, a, b):
        if sep.start() > pos:
            found.append((pos, sep.start()))
        pos = sep.end()
    if pos < b:
        found.append((pos, b))
    stripped = []
    for s, e in found:
        cell = text[s:e]
        if body := cell.strip(" \t|"):
            s += cell.index(body)
            stripped.append((s, s + len(body)))
    return stripped


def line_above_rows(text: str, line: int, row: re.Pattern[str]) -> tuple[int, int]:
    """The bounds of the line right above the rows of a list, from the row opening at `line` up ("WOMEN'S 5000M SPLITS" over
    "1000m – 2:51.6" and "2000m – 5:44.9"): where a list's heading is."""
    while line > 0 and row.match(text, line):
        line = text.rfind("\n", 0, line - 1) + 1
    end = text.find("\n", line)
    return line, end if end >= 0 else len(text)


BLOCK_LINES_MAX = 40  # lines up a block of lines (no blank one between) is read for its first line


def block_heading(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the first line of the block of lines (no blank one between, at most `BLOCK_LINES_MAX` up) that the line at
    `pos` ends: a list's heading ("GIRLS 1600 METERS – FINAL (seed time in parentheses)", "Team results")."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(BLOCK_LINES_MAX):
        if start == 0 or not text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip():
            break
        start = text.rfind("\n", 0, start - 1) + 1
    end = text.find("\n", start)
    return start, max(start, end if end >= 0 else len(text))


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
    m = memo(doc)
    if "sentences" not in m:
        m["sentences"] = Bounds((s.start_char, s.end_char) for s in doc.sents)
    return m["sentences"]


def paragraphs(doc: Doc) -> Bounds:
    require(doc, "paragraphs", "paragraphs", "athletics_segmenter")
    m = memo(doc)
    if "paragraphs" not in m:
        m["paragraphs"] = Bounds((p.start_char, p.end_char) for p in doc.spans["paragraphs"])
    return m["paragraphs"]


def set_extension(cls, name: str, default=None) -> None:
    if not cls.has_extension(name):
        cls.set_extension(name, default=default)
