"""Attaching a time or a quote to the athlete it belongs to: the shared mechanism the splits,
results and quotes stages use. Reads `doc.spans["athletes"]` and `doc.spans["people"]`.

The order of evidence, most direct first: a name right before the time ("Kerr 3:45.34",
"Kerr (GBR), 3:45.34"); the nearest name before it in the sentence that is not an object
("beat Mary Moraa", "ahead of Ingebrigtsen") nor a possessive of something else
("Ingebrigtsen’s challenge"); the first such name after it; a subject pronoun ("He ran ...")
resolved to the most recent athlete before the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .. import patterns as P
from .base import Bounds


def is_object(text: str, mention: Span, sent_start: int) -> bool:
    before = text[max(sent_start, mention.start_char - 60) : mention.start_char]
    return bool(P.OBJECT_BEFORE.search(before))


def owns_other_noun(text: str, mention: Span) -> bool:
    """"Ingebrigtsen’s challenge": a possessive that does not own a time."""
    return bool(mention._.possessive) and not P.TIME_NOUN_AFTER_POSSESSIVE.match(text[mention.end_char : mention.end_char + 50])


def subject_for(doc: Doc, start: int, end: int, sents: Bounds, *, people: bool = False) -> Span | None:
    """The athlete mention a fact at [start, end) belongs to, within its sentence, or None."""
    text = doc.text
    a, b = sents.of(start)
    pool = doc.spans["athletes"] if not people else list(doc.spans["athletes"]) + list(doc.spans["people"])
    in_sent = sorted((m for m in pool if a <= m.start_char < b), key=lambda m: m.start_char)
    before = [m for m in in_sent if m.end_char <= start]
    after = [m for m in in_sent if m.start_char >= end]
    if before and P.ADJACENT_GAP.match(text[before[-1].end_char : start]):
        return before[-1]
    for m in reversed(before):
        if not is_object(text, m, a) and not owns_other_noun(text, m):
            return m
    for m in after:
        if not is_object(text, m, a) and not owns_other_noun(text, m):
            return m
    return None


def pronoun_before(text: str, start: int, sent_start: int) -> str | None:
    """'he' or 'she' when a subject pronoun stands between the sentence start and `start`."""
    found = None
    for m in P.SUBJECT_PRONOUN.finditer(text[sent_start:start]):
        found = m.group("pron").lower()
    return found


def previous_athlete(doc: Doc, char: int, paras: Bounds, *, max_paragraphs: int = 2) -> Span | None:
    """The last athlete mention before `char`, within the last few paragraphs."""
    first_para = paras.ranges[max(0, paras.index(char) - max_paragraphs)][0] if len(paras) else 0
    best = None
    for m in doc.spans["athletes"]:
        if first_para <= m.start_char and m.end_char <= char:
            best = m
    return best
