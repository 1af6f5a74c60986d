"""Score extracted facts against facts-only gold files (corpus/gold/*.json).

Reads per-article `ArticleFacts` after resolution (athlete keys, performance athletes, split
athletes and quote speakers hold global athlete ids), the global `Athlete` list, and the gold
articles from `load_gold`. Writes nothing: `evaluate` returns an `EvalReport`, and
`format_report` renders it as plain text.

How the numbers are made
------------------------

Pairing. An article is paired with the gold whose `file` equals the base name of
`article.source.path`. Articles without gold are ignored. Gold without an article is a
*missing article*: every gold fact in it counts as a miss.

Names. Names and surface forms are compared after normalisation: NFKC, curly apostrophes and
quotes made straight, a trailing possessive ("'s" or "'") removed, whitespace collapsed,
casefolded. So "Kerr’s" and "kerr" are the same name.

Athlete mapping (per article). A predicted athlete id maps to the gold athlete whose normalised
canonical name equals the normalised name of the global athlete with that id (the article's own
name for it when the id is not among the global athletes). Failing that, it maps to the gold
athlete sharing the most normalised surface forms with the mentions of that athlete in this
article (gold surface forms plus the canonical name; ties go to the gold athlete listed first).
No shared form: the id is unmapped, and every fact it carries that needs an athlete is wrong.
ArticleAthlete entries with the same key are one predicted athlete.

Kinds. Each kind counts tp, fp and fn over all articles (micro-average) and per article.
Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean. A ratio whose
denominator is zero is 1.0 when the kind is empty on both sides (nothing to find and nothing
predicted), otherwise 0.0. Matching is one-to-one and greedy: predicted items in order, each
taking the still unmatched gold item that fits (the one closest in seconds when several fit).
Seconds agree when they differ by at most 0.005.

- athletes: predicted = the article's athletes. tp = gold athletes mapped to by at least one
  predicted athlete; fp = predicted athletes mapping to no gold athlete (flagged "non-athlete
  found as athlete" when one of their surfaces is among the gold `non_athletes`); fn = gold
  athletes nobody maps to. A gold athlete mapped to by two or more predicted ids is reported
  as *split* (it shows resolution failed to merge them) but changes neither precision nor
  recall: the extra ids are neither tp nor fp.
- performances: same gold athlete, same event, seconds agree, same place (None == None).
  A predicted athlete of None matches only a gold athlete of null. Events compare casefolded
  without spaces, with written-out "metres"/"meters" read as "m" ("800 metres" == "800m") and
  the surface some gold writers add left out ("10km cross country" == "10km road" == "10km"),
  a "K" read as "km" ("10K" == "10km"), a gold kind with no distance ("cross country", "cross-country", "ultramarathon") met by a
  predicted distance of that kind (any in km; one longer than a marathon), a distance in brackets read for the event it explains,
  said about or not ("parkrun (5km)" == "cross-country (approx 8km)" == "5km"), a wheelchair or para race's division in brackets left
  out as the corpus gold leaves it out ("marathon (wheelchair)" == "marathon (para, vision impairment)" == "marathon"), and a
  combined event's as well ("1500m (decathlon)" == "1500m": events are compared, not races, and the pipeline gives a decathlon's
  1500m as a 1500m),
  and no thousands separator ("10,000m" == "10000m").
- performances_time_only (diagnostic): performances matched on athlete and seconds only. A
  wrong place or event is then a hit here and a miss plus a spurious fact under performances.
- other_times: predicted `other_times` against gold `other_times`: same gold athlete (null
  matches None) and seconds agree.
- splits: distance_m both None or within 1.0 m (or, for a predicted lap time, a stretch such as "last
  lap", a gold distance that is the lap's length, `lap_m`, or is left unsaid: gold writers give a lap's end, its length or
  nothing), seconds agree, and, when the gold split names
  an athlete, the predicted split's athlete maps to that athlete (a gold null does not check
  the predicted athlete).
- quotes: text only. Quote text and gold `starts_with` are normalised (NFKC, curly quotes and
  apostrophes straight, whitespace collapsed, casefolded, leading quotation marks and spaces
  removed); a predicted quote matches a gold quote when its normalised text starts with the
  normalised `starts_with`. Spurious quotes whose text starts with a gold `not_quotes` entry
  are flagged "title or phrase found as quote".
- quote_speakers: tp = text-matched pairs with the right speaker (gold null: the predicted
  speaker must be None; otherwise the predicted speaker id must map to that gold athlete).
  fp = predicted quotes - tp, fn = gold quotes - tp, so precision = tp / predicted quotes and
  recall = tp / gold quotes. Only wrong speakers of text-matched quotes are listed under
  quote_speakers; quotes that did not text-match are listed under quotes (for every other kind
  the lists of misses and spurious facts add up to its fn and fp).

Gold files. `load_gold` validates each file strictly (unknown keys are errors; the informational
keys note, placings_without_time, facts_without_time, aggregates, role, notes and context are
allowed but not scored). Besides `file`, the fields a match depends on are required: an
athlete's `canonical`, the `seconds` of performances, other times and splits, and a quote's
`starts_with`; and every athlete or speaker a gold fact names must be listed in `athletes`.
A gold file that breaks these would otherwise give silent, permanent misses.

Every miss and every spurious fact is listed with its article file, kind and a readable
description; spurious facts carry the evidence (text and offsets) of the predicted item.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar, get_args

from pydantic import ValidationError, computed_field, model_validator

from pipeline.errors import GoldError
from pipeline.models import (
    ArticleAthlete,
    ArticleFacts,
    Athlete,
    Evidence,
    Model,
    Performance,
    Quote,
    Split,
)

logger = logging.getLogger(__name__)

Kind = Literal[
    "athletes",
    "performances",
    "performances_time_only",
    "other_times",
    "splits",
    "quotes",
    "quote_speakers",
]
KINDS: tuple[Kind, ...] = get_args(Kind)  # table and report order

SECONDS_TOLERANCE = 0.005
DISTANCE_TOLERANCE_M = 1.0
_FLOAT_SLACK = 1e-9  # 225.34 vs 225.345 must count as within 0.005 despite binary floats

NON_ATHLETE_FLAG = "non-athlete found as athlete"
NOT_QUOTE_FLAG = "title or phrase found as quote"


# ---- the gold format ------------------------------------------------------------------


class GoldAthlete(Model):
    """An athlete named in the article. `canonical` is the key every other gold list uses."""

    canonical: str
    country: str | None = None
    surface_forms: list[str] = []
    competed_in_main_race: bool | None = None
    role: str | None = None


class GoldPerformance(Model):
    athlete: str | None = None
    event: str | None = None
    time: str | None = None
    seconds: float
    place: int | None = None
    race: str | None = None
    notes: str | None = None


class GoldPlacing(Model):
    """A place without a time (informational, not scored)."""

    athlete: str | None = None
    event: str | None = None
    place: int | None = None
    race: str | None = None
    notes: str | None = None


class GoldOtherTime(Model):
    athlete: str | None = None
    event: str | None = None
    time: str | None = None
    seconds: float
    context: str | None = None


class GoldSplit(Model):
    athlete: str | None = None
    at: str | None = None
    distance_m: float | None = None
    time: str | None = None
    seconds: float
    notes: str | None = None


class GoldQuote(Model):
    speaker: str | None = None
    starts_with: str
    notes: str | None = None


class GoldArticle(Model):
    """One gold file. Every athlete a fact names must be one of `athletes` (by canonical name)."""

    file: str
    race: str | None = None
    date: str | None = None
    note: str | None = None
    athletes: list[GoldAthlete] = []
    non_athletes: list[str] = []
    performances: list[GoldPerformance] = []
    placings_without_time: list[GoldPlacing] = []
    other_times: list[GoldOtherTime] = []
    splits: list[GoldSplit] = []
    quotes: list[GoldQuote] = []
    not_quotes: list[str] = []
    facts_without_time: list[str] = []
    aggregates: list[str] = []

    @model_validator(mode="after")
    def _facts_name_listed_athletes(self) -> GoldArticle:
        known = {normalise_name(a.canonical) for a in self.athletes}
        named: list[tuple[str, str | None]] = [
            *(("performances", p.athlete) for p in self.performances),
            *(("placings_without_time", p.athlete) for p in self.placings_without_time),
            *(("other_times", t.athlete) for t in self.other_times),
            *(("splits", s.athlete) for s in self.splits),
            *(("quotes", q.speaker) for q in self.quotes),
        ]
        for where, name in named:
            if name is not None and normalise_name(name) not in known:
                raise ValueError(f"{where} names {name!r}, which is not a canonical name in athletes")
        return self


def load_gold(directory: str | os.PathLike[str]) -> list[GoldArticle]:
    """Every `*.json` in `directory` as a GoldArticle, sorted by `file`.

    Raises GoldError naming the file (and saying what is wrong, on one line) for a file that is
    not JSON or does not follow the gold format.
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a directory of gold files")
    golds: list[GoldArticle] = []
    seen: dict[str, str] = {}  # article file -> gold file naming it
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path.name}: cannot read as JSON: {exc}") from exc
        try:
            gold = GoldArticle.model_validate(data)
        except ValidationError as exc:
            raise GoldError(f"{path.name}: {_one_line(exc)}") from exc
        if gold.file in seen:
            raise GoldError(f"{path.name}: file {gold.file!r} already has gold in {seen[gold.file]}")
        seen[gold.file] = path.name
        golds.append(gold)
    return sorted(golds, key=lambda g: g.file)


def _one_line(exc: ValidationError) -> str:
    problems = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"]) or "(top level)"
        problems.append(f"{loc}: {err['msg']}")
    count = len(problems)
    return f"{count} validation error{'s' if count != 1 else ''} for {exc.title}: " + "; ".join(problems)


# ---- normalisation --------------------------------------------------------------------

_STRAIGHTEN = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u02bc": "'",  # ʼ
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2033": '"',  # ″
    }
)
_WHITESPACE = re.compile(r"\s+")
# "Kerr's" -> "Kerr", "Nuguse'" -> "Nuguse" (only at the end: "Sha'Carri" keeps its apostrophe)
_POSSESSIVE = re.compile(r"'s?$")
# quotation marks (after straightening) and spaces that may open a quote's text
_LEADING_QUOTE_CHARS = "\"'`\u00ab\u00bb\u2039\u203a "
# "800 metres" -> "800m" once spaces are gone
_EVENT_METRES = re.compile(r"(?<=\d)(?:metres|meters|metre|meter)$")
_EVENT_K = re.compile(r"(?<=\d)k$")  # "10K" -> "10km"
_EVENT_BRACKETED_DISTANCE = re.compile(
    r"[^()]*\((?:approx\.?|approximately|about|around|c\.|ca\.?|~)?(\d[\d.,]*(?:km|k|m|miles?))(?:trail|road|crosscountry|cross-country|xc)?\)")
# "parkrun (5km)" -> "5km", "ultramarathon (100km trail)" -> "100km", "cross-country (approx 8km)" -> "8km"
_EVENT_DIVISION = re.compile(r"\((?:wheelchair|para\b[^)]*|decathlon|heptathlon|parkrun)\)$|(?:(?<=\dkm)|(?<=\d[km]))parkrun$")  # "marathon (wheelchair)", "marathon (para,
# vision impairment)" -> "marathon"; "1500m (decathlon)" -> "1500m" (the race within the combined event, which facts compare
# by their event alone); "5km (parkrun)", "5km parkrun" -> "5km" (a parkrun is its distance)
# a note in brackets after an event led by its distance: "87.8km ultramarathon (Comrades up run)" -> "87.8km ultramarathon", "3km
# hill race (junior)" -> "3km hill race" (not a distance in the brackets: "parkrun (5km)")
_EVENT_NOTE_BRACKET = re.compile(r"\((?![\d~]|approx|about|around|c\.|ca\b)[^()]*\)\s*$", re.IGNORECASE)
_EVENT_KIND_WORD = re.compile(r"\b(?:race[\s-]?)?walk(?:ing)?\b|\bsteeple|\bhurdle|\bobstacle|\brelay\b|\bmixed\b", re.IGNORECASE)  # (a kind kept)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))|(?<=\d)\.(?=\d{3}m)")  # "10,000m", "3.000m" are "10000m", "3000m"; "42.195km" stays
# an ultra told by its distance first: "100-mile trail ultramarathon" -> "100-mile", "50km ultra" -> "50km"
_EVENT_DISTANCE_ULTRA = re.compile(r"(\d[\d.]*(?:km|k|-?miles?|-?mi))(?:trail|road|mountain)?(?:ultra-?marathon|ultra)")
_MILE_COUNTS = {"two": "2", "three": "3", "five": "5", "ten": "10"}
_EVENT_MILES = re.compile(r"^(two|three|five|ten|\d+)[-]?miles?$")  # a number of miles, written out or not, one or many
_EVENT_SURFACE = re.compile(r"^(?:road|indoor|crosscountry|cross-country|xc|trail|fellrace|hillrace|mountainrace|fell)|(?:crosscountry|cross-country|xc|road|indoor|track|trail|fellrace|hillrace|mountainrace)$")


def _straight(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_STRAIGHTEN)


def normalise_name(name: str) -> str:
    """Name as compared: NFKC, straight quotes, no trailing possessive, single spaces, casefolded."""
    text = _WHITESPACE.sub(" ", _straight(name)).strip().casefold()
    return _POSSESSIVE.sub("", text).strip()


def normalise_quote(text: str) -> str:
    """Quote text as compared: NFKC, straight quotes, single spaces, casefolded, no opening marks."""
    return _WHITESPACE.sub(" ", _straight(text)).strip().casefold().lstrip(_LEADING_QUOTE_CHARS)


def normalise_event(event: str | None) -> str | None:
    """Event as compared: casefolded, no spaces, written-out metres as "m" ("800 metres" -> "800m"),
    a "K" as "km" ("10K" -> "10km"), a distance in brackets for the event it explains ("ultramarathon
    (87.7km)" -> "87.7km", "ultramarathon (100km trail)" -> "100km"), no surface ("10km cross country" -> "10km", "road
    mile" -> "mile", "50km trail" -> "50km", "fell race 14.2km" -> "14.2km", "24km mountain race" -> "24km"), an ultra told by its distance first as that distance ("100-mile trail
    ultramarathon" -> "100miles"), no note in brackets after an event led by its distance ("87.8km ultramarathon (Comrades up
    run)" -> "87.8km"), no thousands separator."""
    if event is None:
        return None
    event = unicodedata.normalize("NFKC", event)
    if event[:1].isdigit() and (note := _EVENT_NOTE_BRACKET.search(event)) is not None:
        inside = note.group()[1:-1]  # a kind of race in the brackets is the event's ("20km (race walk)" -> "20km race walk"), a note
        event = event[: note.start()] + (inside if _EVENT_KIND_WORD.search(inside) else "")  # is not ("3km hill race (junior)")
    compact = _THOUSANDS.sub("", _WHITESPACE.sub("", event).casefold())
    compact = _EVENT_DIVISION.sub("", compact)
    if bracketed := _EVENT_BRACKETED_DISTANCE.fullmatch(compact) or _EVENT_DISTANCE_ULTRA.fullmatch(compact):
        compact = bracketed.group(1)
    compact = _EVENT_MILES.sub(lambda m: f"{_MILE_COUNTS.get(m.group(1), m.group(1))}miles", compact)  # "two mile" -> "2miles"
    return _EVENT_K.sub("km", _EVENT_METRES.sub("m", _EVENT_SURFACE.sub("", compact) or compact))


_KM_EVENT = re.compile(r"(\d+(?:\.\d+)?)km")
_MARATHON_KM = 42.195
_MILES_EVENT = re.compile(r"(\d+(?:\.\d+)?)miles?")
_MILE_KM = 1.609344


def same_event(predicted: str | None, gold: str | None) -> bool:
    """The same event, normalised (`normalise_event`), or a gold kind that leaves its distance unsaid and the predicted
    distance of that kind: a gold "cross country" is any distance in km, a gold "ultramarathon" any longer than a marathon."""
    p, g = normalise_event(predicted), normalise_event(gold)
    if p == g:
        return True
    km = _KM_EVENT.fullmatch(p or "")
    if g in ("crosscountry", "cross-country"):
        return km is not None
    miles = _MILES_EVENT.fullmatch(p or "")
    if g == "ultramarathon":  # (or one in miles: "100 miles")
        return (km is not None and float(km.group(1)) > _MARATHON_KM) or (miles is not None and float(miles.group(1)) * _MILE_KM > _MARATHON_KM)
    return False


def _same_seconds(a: float, b: float) -> bool:
    return abs(a - b) <= SECONDS_TOLERANCE + _FLOAT_SLACK


def _same_distance(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= DISTANCE_TOLERANCE_M + _FLOAT_SLACK


# ---- the report -----------------------------------------------------------------------


def _ratio(num: int, den: int, *, empty: bool) -> float:
    if den:
        return num / den
    return 1.0 if empty else 0.0


class KindScore(Model):
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> KindScore:
        empty = tp == fp == fn == 0
        precision = _ratio(tp, tp + fp, empty=empty)
        recall = _ratio(tp, tp + fn, empty=empty)
        if empty:
            f1 = 1.0
        elif precision + recall:
            f1 = 2 * precision * recall / (precision + recall)
        else:
            f1 = 0.0
        return cls(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1)


class Finding(Model):
    """One miss (a gold fact not found) or one spurious fact (a predicted fact not in gold)."""

    file: str
    kind: Kind
    description: str
    evidence: list[Evidence] = []
    flag: str | None = None


class SplitAthlete(Model):
    """A gold athlete that two or more predicted athlete ids map to (resolution did not merge them)."""

    file: str
    athlete: str
    predicted: list[str]


class ArticleReport(Model):
    file: str
    missing: bool = False
    scores: dict[Kind, KindScore]
    split_athletes: list[SplitAthlete] = []


class EvalReport(Model):
    """Micro-averaged scores per kind, the per-article breakdown, and every miss and spurious fact."""

    scores: dict[Kind, KindScore]
    articles: list[ArticleReport]
    misses: list[Finding]
    spurious: list[Finding]
    split_athletes: list[SplitAthlete]
    missing_articles: list[str]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def split_count(self) -> int:
        return len(self.split_athletes)


# ---- matching -------------------------------------------------------------------------

P = TypeVar("P")
G = TypeVar("G")


@dataclass
class _Match:
    pairs: list[tuple[int, int]]
    pred_unmatched: list[int]
    gold_unmatched: list[int]


def _greedy(
    preds: Sequence[P],
    golds: Sequence[G],
    fits: Callable[[P, G], bool],
    distance: Callable[[P, G], float] = lambda p, g: 0.0,
) -> _Match:
    """One-to-one: each predicted item in order takes the closest still unmatched gold item that fits."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    pred_unmatched: list[int] = []
    for i, pred in enumerate(preds):
        candidates = [j for j, gold in enumerate(golds) if j not in used and fits(pred, gold)]
        if not candidates:
            pred_unmatched.append(i)
            continue
        best = min(candidates, key=lambda j: (distance(pred, golds[j]), j))
        used.add(best)
        pairs.append((i, best))
    return _Match(pairs, pred_unmatched, [j for j in range(len(golds)) if j not in used])


def _evidence_text(evidence: Sequence[Evidence]) -> str:
    return "; ".join(f"{e.text!r} [{e.start}:{e.end}]" for e in evidence) or "none"


def _short(text: str, limit: int = 70) -> str:
    flat = _WHITESPACE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


@dataclass
class _Article:
    """One article paired with its gold, with the predicted-id -> gold-athlete mapping."""

    file: str
    gold: GoldArticle
    facts: ArticleFacts | None
    global_athletes: dict[str, Athlete]
    mapping: dict[str, str | None] = field(default_factory=dict)  # id -> normalised canonical
    predicted: dict[str, list[ArticleAthlete]] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)  # normalised -> as written
    misses: list[Finding] = field(default_factory=list)
    spurious: list[Finding] = field(default_factory=list)
    counts: dict[Kind, tuple[int, int, int]] = field(default_factory=dict)
    split_athletes: list[SplitAthlete] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.canonical = {normalise_name(a.canonical): a.canonical for a in self.gold.athletes}
        if self.facts is None:
            return
        for entry in self.facts.athletes:
            self.predicted.setdefault(entry.key, []).append(entry)
        for key, entries in self.predicted.items():
            self.mapping[key] = self._map_article_athlete(key, entries)

    # -- athlete mapping

    def _name_of(self, athlete_id: str, entries: Sequence[ArticleAthlete] = ()) -> str | None:
        known = self.global_athletes.get(athlete_id)
        if known is not None:
            return known.name
        return entries[0].name if entries else None

    def _map_article_athlete(self, key: str, entries: Sequence[ArticleAthlete]) -> str | None:
        name = self._name_of(key, entries)
        if name is not None and normalise_name(name) in self.canonical:
            return normalise_name(name)
        surfaces = {normalise_name(m.surface) for entry in entries for m in entry.mentions}
        best: str | None = None
        best_overlap = 0
        for gold in self.gold.athletes:
            forms = {normalise_name(f) for f in gold.surface_forms} | {normalise_name(gold.canonical)}
            overlap = len(surfaces & forms)
            if overlap > best_overlap:
                best, best_overlap = normalise_name(gold.canonical), overlap
        return best

    def gold_of(self, athlete_id: str) -> str | None:
        """Normalised canonical of the gold athlete a predicted id maps to, or None (unmapped)."""
        if athlete_id not in self.mapping:
            name = self._name_of(athlete_id)
            self.mapping[athlete_id] = (
                normalise_name(name) if name is not None and normalise_name(name) in self.canonical else None
            )
        return self.mapping[athlete_id]

    def same_athlete(self, athlete_id: str | None, gold_name: str | None) -> bool:
        if gold_name is None or athlete_id is None:
            return gold_name is None and athlete_id is None
        return self.gold_of(athlete_id) == normalise_name(gold_name)

    def label(self, athlete_id: str | None) -> str:
        if athlete_id is None:
            return "no athlete"
        gold = self.gold_of(athlete_id)
        return f"{athlete_id} (= {self.canonical[gold]})" if gold else f"{athlete_id} (no gold athlete)"

    # -- recording

    def miss(self, kind: Kind, description: str) -> None:
        self.misses.append(Finding(file=self.file, kind=kind, description=description))

    def spurious_fact(
        self, kind: Kind, description: str, evidence: Sequence[Evidence], flag: str | None = None
    ) -> None:
        text = f"{description}; evidence: {_evidence_text(evidence)}"
        self.spurious.append(
            Finding(file=self.file, kind=kind, description=text, evidence=list(evidence), flag=flag)
        )

    def count(self, kind: Kind, tp: int, fp: int, fn: int) -> None:
        self.counts[kind] = (tp, fp, fn)

    def report(self) -> ArticleReport:
        scores = {kind: KindScore.from_counts(*self.counts[kind]) for kind in KINDS}
        return ArticleReport(
            file=self.file, missing=self.facts is None, scores=scores, split_athletes=self.split_athletes
        )


def _gold_athlete_text(gold: GoldAthlete) -> str:
    country = f" ({gold.country})" if gold.country else ""
    return f"{gold.canonical}{country}; surface forms: {', '.join(gold.surface_forms) or 'none'}"


def _gold_performance_text(gold: GoldPerformance | GoldOtherTime, place: bool = True) -> str:
    parts = [gold.athlete or "no athlete", gold.event or "(no event)", f"{gold.time or ''} ({gold.seconds:.2f} s)"]
    if place and isinstance(gold, GoldPerformance):
        parts.append(f"place {gold.place}")
    if isinstance(gold, GoldOtherTime) and gold.context:
        parts.append(f"[{gold.context}]")
    return " ".join(parts)


def _performance_text(art: _Article, perf: Performance, place: bool = True) -> str:
    parts = [art.label(perf.athlete), perf.event or "(no event)", f"{perf.time} ({perf.seconds:.2f} s)"]
    if place:
        parts.append(f"place {perf.place}")
    return " ".join(parts)


def _metres(distance_m: float | None) -> str:
    return "distance unknown" if distance_m is None else f"{distance_m:g} m"


def _split_text(art: _Article, split: Split) -> str:
    return (
        f"{art.label(split.athlete)} at {split.at} ({_metres(split.distance_m)}) "
        f"{split.time} ({split.seconds:.2f} s)"
    )


def _gold_split_text(gold: GoldSplit) -> str:
    return (
        f"{gold.athlete or 'any athlete'} at {gold.at} ({_metres(gold.distance_m)}) "
        f"{gold.time or ''} ({gold.seconds:.2f} s)"
    )


def _quote_text(art: _Article, quote: Quote) -> str:
    said = f" ({quote.speaker_name!r})" if quote.speaker_name else ""
    return f"\"{_short(quote.text)}\" speaker {art.label(quote.speaker)}{said}"


def _gold_quote_text(gold: GoldQuote) -> str:
    return f"quote starting \"{gold.starts_with}\" by {gold.speaker or 'an unnamed speaker'}"


# ---- the kinds ------------------------------------------------------------------------


def _score_athletes(art: _Article) -> None:
    mapped_by: dict[str, list[str]] = defaultdict(list)
    non_athletes = {normalise_name(n) for n in art.gold.non_athletes}
    fp = 0
    for key, entries in art.predicted.items():
        gold = art.mapping[key]
        if gold is not None:
            mapped_by[gold].append(key)
            continue
        fp += 1
        surfaces = [m.surface for entry in entries for m in entry.mentions]
        names = {normalise_name(s) for s in surfaces} | {normalise_name(e.name) for e in entries}
        flag = NON_ATHLETE_FLAG if names & non_athletes else None
        shown = ", ".join(dict.fromkeys(surfaces)) or entries[0].name
        art.spurious_fact(
            "athletes",
            f"{key} ({entries[0].name!r}) maps to no gold athlete; surfaces: {shown}",
            [m.evidence for entry in entries for m in entry.mentions],
            flag,
        )
    tp = 0
    for gold in art.gold.athletes:
        ids = mapped_by.get(normalise_name(gold.canonical), [])
        if ids:
            tp += 1
        else:
            art.miss("athletes", _gold_athlete_text(gold))
        if len(ids) > 1:
            art.split_athletes.append(SplitAthlete(file=art.file, athlete=gold.canonical, predicted=ids))
    art.count("athletes", tp, fp, len(art.gold.athletes) - tp)


def _score_performances(art: _Article, preds: Sequence[Performance]) -> None:
    golds = art.gold.performances

    def distance(p: Performance, g: GoldPerformance) -> float:
        return abs(p.seconds - g.seconds)

    def time_only(p: Performance, g: GoldPerformance) -> bool:
        return art.same_athlete(p.athlete, g.athlete) and _same_seconds(p.seconds, g.seconds)

    def full(p: Performance, g: GoldPerformance) -> bool:
        return time_only(p, g) and same_event(p.event, g.event) and p.place == g.place

    for kind, fits, with_place in (("performances", full, True), ("performances_time_only", time_only, False)):
        match = _greedy(preds, golds, fits, distance)
        for i in match.pred_unmatched:
            art.spurious_fact(kind, _performance_text(art, preds[i], with_place), preds[i].evidence)
        for j in match.gold_unmatched:
            art.miss(kind, _gold_performance_text(golds[j], with_place))
        art.count(kind, len(match.pairs), len(match.pred_unmatched), len(match.gold_unmatched))


def _score_other_times(art: _Article, preds: Sequence[Performance]) -> None:
    golds = art.gold.other_times
    match = _greedy(
        preds,
        golds,
        lambda p, g: art.same_athlete(p.athlete, g.athlete) and _same_seconds(p.seconds, g.seconds),
        lambda p, g: abs(p.seconds - g.seconds),
    )
    for i in match.pred_unmatched:
        art.spurious_fact("other_times", _performance_text(art, preds[i], place=False), preds[i].evidence)
    for j in match.gold_unmatched:
        art.miss("other_times", _gold_performance_text(golds[j]))
    art.count("other_times", len(match.pairs), len(match.pred_unmatched), len(match.gold_unmatched))


def _score_splits(art: _Article, preds: Sequence[Split]) -> None:
    golds = art.gold.splits

    def fits(p: Split, g: GoldSplit) -> bool:
        athlete_ok = g.athlete is None or art.same_athlete(p.athlete, g.athlete)
        # a lap: a stretch, its end or its length given, or neither
        distance_ok = _same_distance(p.distance_m, g.distance_m) or (p.lap and (g.distance_m is None or _same_distance(p.lap_m, g.distance_m)))
        return athlete_ok and distance_ok and _same_seconds(p.seconds, g.seconds)

    match = _greedy(preds, golds, fits, lambda p, g: abs(p.seconds - g.seconds))
    for i in match.pred_unmatched:
        art.spurious_fact("splits", _split_text(art, preds[i]), preds[i].evidence)
    for j in match.gold_unmatched:
        art.miss("splits", _gold_split_text(golds[j]))
    art.count("splits", len(match.pairs), len(match.pred_unmatched), len(match.gold_unmatched))


def _score_quotes(art: _Article, preds: Sequence[Quote]) -> None:
    golds = art.gold.quotes
    starts = [normalise_quote(g.starts_with) for g in golds]
    texts = [normalise_quote(p.text) for p in preds]
    not_quotes = [normalise_quote(n) for n in art.gold.not_quotes]
    match = _greedy(range(len(preds)), range(len(golds)), lambda i, j: texts[i].startswith(starts[j]))
    for i in match.pred_unmatched:
        flag = NOT_QUOTE_FLAG if any(n and texts[i].startswith(n) for n in not_quotes) else None
        art.spurious_fact("quotes", _quote_text(art, preds[i]), preds[i].evidence, flag)
    for j in match.gold_unmatched:
        art.miss("quotes", _gold_quote_text(golds[j]))
    art.count("quotes", len(match.pairs), len(match.pred_unmatched), len(match.gold_unmatched))
    _score_quote_speakers(art, preds, match)


def _score_quote_speakers(art: _Article, preds: Sequence[Quote], match: _Match) -> None:
    golds = art.gold.quotes
    right = 0
    for i, j in match.pairs:
        pred, gold = preds[i], golds[j]
        if art.same_athlete(pred.speaker, gold.speaker):
            right += 1
            continue
        said = f"gold speaker {gold.speaker or 'none'}"
        art.spurious_fact("quote_speakers", f"{_quote_text(art, pred)}; {said}", pred.evidence)
        art.miss("quote_speakers", f"speaker of {_gold_quote_text(gold)}: predicted {art.label(pred.speaker)}")
    # quotes that did not text-match also count against quote_speakers, but are listed under quotes only
    art.count("quote_speakers", right, len(preds) - right, len(golds) - right)


def _score_article(art: _Article) -> None:
    facts = art.facts
    _score_athletes(art)
    _score_performances(art, facts.performances if facts else [])
    _score_other_times(art, facts.other_times if facts else [])
    _score_splits(art, facts.splits if facts else [])
    _score_quotes(art, facts.quotes if facts else [])


def evaluate(
    articles: Sequence[ArticleFacts], athletes: Sequence[Athlete], golds: Sequence[GoldArticle]
) -> EvalReport:
    """Score resolved per-article facts against gold (the rules are in the module docstring)."""
    global_athletes = {a.id: a for a in athletes}
    by_file: dict[str, ArticleFacts] = {}
    for facts in articles:
        name = os.path.basename(facts.source.path)
        if name in by_file:
            logger.warning("%s: two articles share this file name; scoring the first only", name)
            continue
        by_file[name] = facts

    reports: list[ArticleReport] = []
    misses: list[Finding] = []
    spurious: list[Finding] = []
    splits: list[SplitAthlete] = []
    totals: dict[Kind, list[int]] = {kind: [0, 0, 0] for kind in KINDS}
    for gold in sorted(golds, key=lambda g: g.file):
        art = _Article(gold.file, gold, by_file.get(gold.file), global_athletes)
        _score_article(art)
        reports.append(art.report())
        misses.extend(art.misses)
        spurious.extend(art.spurious)
        splits.extend(art.split_athletes)
        for kind, counts in art.counts.items():
            totals[kind] = [a + b for a, b in zip(totals[kind], counts, strict=True)]

    order = {kind: n for n, kind in enumerate(KINDS)}
    return EvalReport(
        scores={kind: KindScore.from_counts(*totals[kind]) for kind in KINDS},
        articles=reports,
        misses=sorted(misses, key=lambda f: (f.file, order[f.kind])),
        spurious=sorted(spurious, key=lambda f: (f.file, order[f.kind])),
        split_athletes=splits,
        missing_articles=[r.file for r in reports if r.missing],
    )


# ---- text report ----------------------------------------------------------------------


def _table(scores: dict[Kind, KindScore]) -> list[str]:
    width = max(len(k) for k in KINDS)
    lines = [f"{'kind':<{width}}  {'P':>6} {'R':>6} {'F1':>6}  {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind in KINDS:
        s = scores[kind]
        lines.append(
            f"{kind:<{width}}  {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.tp:5d} {s.fp:5d} {s.fn:5d}"
        )
    return lines


def format_report(report: EvalReport, verbose: bool = False) -> str:
    """Plain text: the score table; with `verbose`, every miss and spurious fact, grouped by article."""
    lines = _table(report.scores)
    if report.missing_articles:
        lines.append(f"missing articles: {', '.join(report.missing_articles)}")
    if report.split_athletes:
        lines.append(f"split athletes: {report.split_count}")
        lines.extend(
            f"  {s.file}: {s.athlete} <- {', '.join(s.predicted)}" for s in report.split_athletes
        )
    if not verbose:
        return "\n".join(lines)
    width = max(len(k) for k in KINDS)
    for article in report.articles:
        lines.append("")
        lines.append(f"== {article.file}" + (" (missing article)" if article.missing else ""))
        found = False
        for label, findings in (("miss", report.misses), ("spurious", report.spurious)):
            for f in findings:
                if f.file != article.file:
                    continue
                found = True
                flag = f" [{f.flag}]" if f.flag else ""
                lines.append(f"  {label:<8}  {f.kind:<{width}}  {f.description}{flag}")
        if not found:
            lines.append("  no misses, no spurious facts")
    return "\n".join(lines)
