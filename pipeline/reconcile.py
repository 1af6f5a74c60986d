"""Reconcile: all articles' facts -> one FactsFile, marking agreement and conflict.

Facts are grouped by what they are about: a performance by (race, athlete), a split by
(race, where), a quote by its words. A group whose sources give one value is `agreed` (two or
more sources) or `single_source`; one whose sources differ is a `conflict`, listed in
`conflicts` with every value and its evidence, and the value most sources give chosen (ties go to
the value seen first). Evidence is unioned, never dropped.

Races: a race whose sex the article does not state takes it from the one race of the same
meeting and event that states it, so that "the mile" and "the men’s mile" of one meeting meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Iterable, Sequence, TypeVar

from rapidfuzz import fuzz

from .models import (
    ArticleFacts,
    Athlete,
    Conflict,
    ConflictValue,
    Evidence,
    FactPerformance,
    FactQuote,
    FactsFile,
    FactSplit,
    Performance,
    Quote,
    Race,
    SourceRef,
    Split,
    Unresolved,
)

QUOTE_SAME_CUTOFF = 90.0  # two outlets' wordings of one quote
T = TypeVar("T")


def reconcile(
    articles: Sequence[ArticleFacts],
    athletes: Sequence[Athlete],
    errors: Iterable[str] = (),
    unresolved: Sequence[Unresolved] = (),
) -> FactsFile:
    races, alias = unify_races([r for a in articles for r in a.races])
    perfs = [p.model_copy(update={"race": alias.get(p.race, p.race)}) for a in articles for p in a.performances]
    others = [p.model_copy(update={"race": alias.get(p.race, p.race)}) for a in articles for p in a.other_times]
    splits = [s.model_copy(update={"race": alias.get(s.race, s.race)}) for a in articles for s in a.splits]
    quotes = [q for a in articles for q in a.quotes]
    conflicts: list[Conflict] = []
    return FactsFile(
        sources=sorted((a.source for a in articles), key=_source_key),
        races=races,
        athletes=list(athletes),
        performances=_performances(perfs, conflicts),
        other_times=_performances(others, conflicts, kind="other_time"),
        splits=_splits(splits, conflicts),
        quotes=_quotes(quotes, conflicts),
        conflicts=conflicts,
        unresolved=list(unresolved),
        errors=list(errors),
    )


def _source_key(s: SourceRef) -> tuple[str, str]:
    return (s.path, s.id)


def unify_races(races: Sequence[Race]) -> tuple[list[Race], dict[str, str]]:
    by_id = {r.id: r for r in races}
    sexed: dict[tuple, set[str]] = defaultdict(set)
    for r in by_id.values():
        if r.sex:
            sexed[(r.meeting, r.event)].add(r.id)
    alias = {}
    for r in by_id.values():
        targets = sexed.get((r.meeting, r.event), set())
        if r.sex is None and len(targets) == 1:
            alias[r.id] = next(iter(targets))
    kept = sorted((r for r in by_id.values() if r.id not in alias), key=lambda r: r.id)
    return kept, alias


def _status(sources: set[str]) -> str:
    return "agreed" if len(sources) > 1 else "single_source"


def _sources(evidence: Iterable[Evidence]) -> set[str]:
    return {e.source for e in evidence}


def _union(evidence: Iterable[Evidence]) -> list[Evidence]:
    return sorted(set(evidence), key=lambda e: (e.source, e.start, e.end))


def _choose(values: dict, order: list) -> tuple[object, str]:
    """The value most sources give; ties go to the value seen first."""
    counts = {v: len(_sources(ev)) for v, ev in values.items()}
    best = max(order, key=lambda v: (counts[v], -order.index(v)))
    total = len(_sources(e for ev in values.values() for e in ev))
    return best, f"given by {counts[best]} of {total} sources"


def _conflict(kind: str, subject: str, values: dict, order: list) -> tuple[object, Conflict]:
    chosen, reason = _choose(values, order)
    return chosen, Conflict(
        kind=kind,
        subject=subject,
        values=[ConflictValue(value=v, evidence=_union(values[v])) for v in order],
        chosen=chosen,
        reason=reason,
    )


def _performances(perfs: list[Performance], conflicts: list[Conflict], kind: str = "performance") -> list[FactPerformance]:
    groups: dict[tuple, list[Performance]] = defaultdict(list)
    for p in perfs:
        subject = p.athlete or f"unknown:{p.seconds}"
        groups[(p.race, subject, p.context if kind != "performance" else None)].append(p)
    out = []
    for (race, subject, _), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        by_time: dict[float, list[Evidence]] = defaultdict(list)
        by_place: dict[int, list[Evidence]] = defaultdict(list)
        for p in items:
            by_time[p.seconds].extend(p.evidence)
            if p.place is not None:
                by_place[p.place].extend(p.evidence)
        times, places = list(by_time), list(by_place)
        seconds, status = times[0], _status(_sources(e for p in items for e in p.evidence))
        if len(times) > 1:
            seconds, c = _conflict(f"{kind}.seconds", f"{race}/{subject}", by_time, times)
            conflicts.append(c)
            status = "conflict"
        place = places[0] if places else None
        if len(places) > 1:
            place, c = _conflict(f"{kind}.place", f"{race}/{subject}", by_place, places)
            conflicts.append(c)
            status = "conflict"
        chosen = next(p for p in items if p.seconds == seconds)
        out.append(
            FactPerformance(
                athlete=chosen.athlete,
                athlete_name=chosen.athlete_name,
                event=chosen.event,
                race=race,
                time=chosen.time,
                seconds=seconds,
                place=place,
                place_inferred=all(p.place_inferred for p in items if p.place is not None) and place is not None,
                tags=sorted({t for p in items for t in p.tags}),
                context=chosen.context,
                status=status,
                evidence=_union(e for p in items for e in p.evidence),
            )
        )
    return out


def _splits(splits: list[Split], conflicts: list[Conflict]) -> list[FactSplit]:
    groups: dict[tuple, list[Split]] = defaultdict(list)
    for s in splits:
        groups[(s.race, s.at, s.distance_m)].append(s)
    out = []
    for (race, at, distance), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][2] or 0, kv[0][1])):
        by_time: dict[float, list[Evidence]] = defaultdict(list)
        for s in items:
            by_time[s.seconds].extend(s.evidence)
        times = list(by_time)
        seconds, status = times[0], _status(_sources(e for s in items for e in s.evidence))
        if len(times) > 1:
            seconds, c = _conflict("split.seconds", f"{race}/{at}", by_time, times)
            conflicts.append(c)
            status = "conflict"
        chosen = next(s for s in items if s.seconds == seconds)
        athlete = next((s.athlete for s in items if s.athlete), None)
        out.append(
            FactSplit(
                athlete=athlete, race=race, at=at, distance_m=distance, seconds=seconds, time=chosen.time,
                lap=chosen.lap, status=status, evidence=_union(e for s in items for e in s.evidence),
            )
        )
    return out


def quote_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"[^\w' ]+", "", " ".join(text.split()).casefold()).strip()


def _quotes(quotes: list[Quote], conflicts: list[Conflict]) -> list[FactQuote]:
    clusters: list[list[Quote]] = []
    keys: list[str] = []
    for q in quotes:
        k = quote_key(q.text)
        for i, other in enumerate(keys):
            if k == other or (min(len(k), len(other)) > 20 and fuzz.ratio(k, other) >= QUOTE_SAME_CUTOFF):
                clusters[i].append(q)
                break
        else:
            clusters.append([q])
            keys.append(k)
    out = []
    for items in clusters:
        evidence = _union(e for q in items for e in q.evidence)
        status = _status(_sources(evidence))
        by_speaker: dict[str | None, list[Evidence]] = defaultdict(list)
        for q in items:
            by_speaker[q.speaker].extend(q.evidence)
        speakers = [s for s in by_speaker if s is not None]
        speaker = speakers[0] if speakers else None
        if len(speakers) > 1:
            speaker, c = _conflict("quote.speaker", quote_key(items[0].text)[:60], {s: by_speaker[s] for s in speakers}, speakers)
            conflicts.append(c)
            status = "conflict"
        first = next((q for q in items if q.speaker == speaker), items[0])
        out.append(
            FactQuote(
                speaker=speaker, speaker_name=first.speaker_name, text=first.text, partial=first.partial,
                status=status, evidence=evidence,
            )
        )
    return out
