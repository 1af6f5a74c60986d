"""Results: a time in the race, with its athlete, place, tags and race; and the times of other races.

Reads: `doc.spans["times"]`, `doc.spans["splits"]`, `doc.spans["athletes"]`, race scopes.
Writes `doc.spans["results"]`: label "result" (this race) or "other" (an old record, an earlier
season's mark), with `span._.athlete` (mention), `span._.place`, `span._.place_inferred`,
`span._.tags`, `span._.race` (`RaceInfo`), `span._.context` ("record"/"earlier" for other times),
`span._.seconds`, `span._.clock` and `span._.antecedent` (the time span an anaphor such as
"matched that time" refers to).

Places the text leaves out are inferred only where the known places of a race leave exactly
one way to fill a gap (2nd between a 1st and a 3rd, or the two times ahead of a 3rd), and
marked `place_inferred`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import patterns as P
from .attach import previous_athlete, pronoun_before, subject_for
from .base import Bounds, char_span, paragraphs, require, sentences, set_extension
from .context import race_at

OTHER_WINDOW = 60  # characters before a time searched for "old mark of"


def fact_window(doc: Doc, t: Span, who: Span | None, sents: Bounds) -> tuple[int, int]:
    """The stretch of the sentence that speaks of this time and its athlete."""
    a, b = sents.of(t.start_char)
    times = [x for x in doc.spans["times"] if a <= x.start_char < b and x != t]
    others = [m for m in doc.spans["athletes"] if a <= m.start_char < b and (who is None or m.label_ != who.label_)]
    anchor = who.start_char if who is not None and who.start_char < t.start_char else t.start_char
    w0 = max([a] + [x.end_char for x in times if x.end_char <= anchor] + [m.end_char for m in others if m.end_char <= anchor])
    w1 = min([b] + [x.start_char for x in times if x.start_char >= t.end_char] + [m.start_char for m in others if m.start_char >= t.end_char])
    return w0, w1


def place_in(text: str, w0: int, w1: int, t: Span) -> int | None:
    """The place the window gives, the ordinal nearest the time first."""
    ordinals = list(P.PLACE_ORDINAL.finditer(text, w0, w1))
    if ordinals:
        m = min(ordinals, key=lambda m: abs(m.start() - t.start_char))
        word = next(g for g in (m.group("ord"), m.group("ord2"), m.group("ord3")) if g)
        return P.ORDINALS[word.lower()]
    words = list(P.PLACE_WORD.finditer(text, w0, w1))
    for group, place in (("p2", 2), ("p3", 3), ("p1", 1)):
        if any(m.group(group) for m in words):
            return place
    return None


def tags_in(text: str) -> list[str]:
    return [tag for tag, pattern in P.TAG_PATTERNS.items() if pattern.search(text)]


def clause(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The clause of the sentence [a, b) around [start, end): cut at ';', dashes and ': '."""
    c0 = max([a] + [m.end() for m in P.CLAUSE_BREAK.finditer(text, a, start)])
    c1 = min([b] + [m.start() for m in P.CLAUSE_BREAK.finditer(text, end, b)])
    return c0, c1


def other_owner(doc: Doc, t: Span, a: int) -> tuple[bool, Span | None]:
    """(is this an old mark, whose) from "Cram’s 39-year-old mark of 3:46.32"."""
    text = doc.text
    w0 = max(a, t.start_char - OTHER_WINDOW)
    if not P.OTHER_MARK_BEFORE.search(text[w0 : t.start_char]):
        return False, None
    owners = [m for m in doc.spans["athletes"] if w0 <= m.start_char < t.start_char and m._.possessive]
    return True, owners[-1] if owners else None


class Results:
    def __call__(self, doc: Doc) -> Doc:
        require(doc, "splits", "athletics_results", "athletics_splits")
        text = doc.text
        sents, paras = sentences(doc), paragraphs(doc)
        split_starts = {s.start_char for s in doc.spans["splits"]}
        spans: list[Span] = []
        for t in doc.spans["times"]:
            if t.label_ != "time" or t.start_char in split_starts:
                continue
            a, b = sents.of(t.start_char)
            is_old, owner = other_owner(doc, t, a)
            who = owner or subject_for(doc, t.start_char, t.end_char, sents)
            if who is None and pronoun_before(text, t.start_char, a):
                who = previous_athlete(doc, a, paras)
            c0, c1 = clause(text, t.start_char, t.end_char, a, b)
            past = is_old or bool(P.PAST_CUE.search(text, c0, c1))
            if who is None and not past:
                continue  # a time nobody in the text ran ("Seven runners ran ...")
            w0, w1 = fact_window(doc, t, who, sents)
            span = self._span(doc, t, t, who, race_at(doc, t.start_char))
            span.label_ = "other" if past else "result"
            span._.place = None if past else place_in(text, w0, w1, t)
            span._.tags = tags_in(text[w0:w1])
            span._.context = ("record" if is_old else "earlier") if past else None
            spans.append(span)
        spans += self._anaphors(doc, sents)
        infer_places([s for s in spans if s.label_ == "result"])
        doc.spans["results"] = sorted(spans, key=lambda s: s.start_char)
        return doc

    def _span(self, doc: Doc, at: Span, time: Span, who: Span | None, race) -> Span:
        span = char_span(doc, at.start_char, at.end_char, "result")
        span._.athlete, span._.race = who, race
        span._.seconds, span._.clock = time._.seconds, time._.clock
        span._.place_inferred, span._.antecedent = False, (time if time is not at else None)
        return span

    def _anaphors(self, doc: Doc, sents: Bounds) -> list[Span]:
        """"Whiteman matched that time": the time of the sentence before, for this athlete."""
        text = doc.text
        out = []
        for m in P.TIME_ANAPHOR.finditer(text):
            a, b = sents.of(m.start())
            prev_start = sents.ranges[max(0, sents.index(m.start()) - 1)][0]
            earlier = [t for t in doc.spans["times"] if t.label_ == "time" and prev_start <= t.start_char < m.start()]
            who = subject_for(doc, m.start(), m.end(), sents)
            at = char_span(doc, m.start(), m.end())
            if not earlier or who is None or at is None:
                continue
            span = self._span(doc, at, earlier[-1], who, race_at(doc, m.start()))
            span._.place = place_in(text, m.start(), b, at)
            span._.tags = tags_in(text[m.start() : b])
            out.append(span)
        return out


def infer_places(results: list[Span]) -> None:
    """Fill a place where the known places of the same race leave exactly one way to do it."""
    by_race: dict[str, dict[str, Span]] = defaultdict(dict)
    for s in results:
        if s._.athlete is None:
            continue
        key = s._.athlete.label_
        prev = by_race[s._.race.id].get(key)
        if prev is None or (prev._.place is None and s._.place is not None):
            by_race[s._.race.id][key] = s
    for race in by_race.values():
        best = sorted(race.values(), key=lambda s: s._.seconds)
        places = Counter(s._.place for s in best if s._.place is not None)
        if not places or max(places.values()) > 1:
            continue  # nothing to anchor on, or two athletes given one place
        known = sorted((s._.place, s._.seconds) for s in best if s._.place is not None)
        if any(x[1] > y[1] for x, y in zip(known, known[1:])):
            continue  # places that contradict the times: leave them for the audit
        bounds = [(0, 0.0)] + known
        for (p_lo, t_lo), (p_hi, t_hi) in zip(bounds, bounds[1:]):
            gap = [s for s in best if s._.place is None and t_lo < s._.seconds < t_hi]
            if gap and len(gap) == p_hi - p_lo - 1:
                for i, s in enumerate(gap, start=p_lo + 1):
                    for same in results:
                        if same._.athlete is not None and same._.athlete.label_ == s._.athlete.label_ and same._.race.id == s._.race.id:
                            same._.place, same._.place_inferred = i, True


set_extension(Span, "place")
set_extension(Span, "place_inferred", False)
set_extension(Span, "tags")
set_extension(Span, "context")
set_extension(Span, "antecedent")


@Language.factory("athletics_results")
def make_results(nlp: Language, name: str) -> Results:
    return Results()
