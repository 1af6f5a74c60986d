"""Resolve: article athletes -> canonical athletes, across articles and onto the registry.

Shaped like RapidFuzz: `resolve(name, roster, *, score_cutoff=..., processor=...)` returns a
`Resolution` or None, never a weak best guess. `resolve_run` applies it to every athlete of
every article, clusters the names the registry does not know across articles, and rewrites
the article facts so that every athlete key is a global athlete id.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Sequence

from rapidfuzz import fuzz

from .models import ArticleAthlete, ArticleFacts, Athlete, Resolution
from .registry import Registry, fold, surname_of

FUZZY_CUTOFF = 88.0  # surname similarity needed when first names agree


@dataclass
class Roster:
    """What names resolve to: the registry plus the athletes met so far in this run."""

    registry: Registry
    run_names: dict[str, str] = field(default_factory=dict)  # folded name -> id
    run_surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add_run_athlete(self, athlete_id: str, name: str) -> None:
        self.run_names.setdefault(fold(name), athlete_id)
        if len(name.split()) > 1:
            self.run_surnames[surname_of(name)].add(athlete_id)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).replace("'", "")).strip("-")


def resolve(
    name: str,
    roster: Roster,
    *,
    score_cutoff: float = FUZZY_CUTOFF,
    processor: Callable[[str], str] = fold,
) -> Resolution | None:
    """The canonical athlete `name` refers to, with the evidence used, or None."""
    key = processor(name)
    registry = roster.registry
    if (entry := registry.find(key)) is not None:
        method = "registry-exact" if fold(entry.name) == key else "registry-alias"
        return Resolution(surface=name, athlete=entry.id, method=method, score=100.0, matched=entry.name)
    if key in roster.run_names:
        return Resolution(surface=name, athlete=roster.run_names[key], method="run-exact", score=100.0, matched=name)
    tokens = key.split()
    if len(tokens) == 1:
        return _resolve_surname(name, key, roster)
    return _resolve_fuzzy(name, key, roster, score_cutoff)


def _resolve_surname(name: str, key: str, roster: Roster) -> Resolution | None:
    """A bare surname: only when exactly one athlete (in this run, else in the registry) bears it."""
    in_run = roster.run_surnames.get(key, set())
    if len(in_run) == 1:
        aid = next(iter(in_run))
        return Resolution(surface=name, athlete=aid, method="run-surname", score=100.0, matched=key)
    if in_run:
        return None
    known = roster.registry.with_surname(key)
    if len(known) == 1:
        return Resolution(surface=name, athlete=known[0].id, method="registry-surname", score=100.0, matched=known[0].name)
    return None


def _resolve_fuzzy(name: str, key: str, roster: Roster, cutoff: float) -> Resolution | None:
    """A full name: the same first name (or initial) and a surname within `cutoff`."""
    first, surname = key.split()[0], surname_of(key)
    best: list[tuple[float, str, str]] = []
    for cand in roster.registry.with_surname_prefix(surname[:2]):
        cfirst, csurname = fold(cand.name).split()[0], surname_of(cand.name)
        if cfirst != first:
            continue
        score = fuzz.ratio(surname, csurname)
        if score >= cutoff:
            best.append((score, cand.id, cand.name))
    best.sort(reverse=True)
    if best and (len(best) == 1 or best[0][0] > best[1][0]):
        score, aid, matched = best[0]
        return Resolution(surface=name, athlete=aid, method="registry-fuzzy", score=round(score, 1), matched=matched)
    return None


def resolve_run(articles: Sequence[ArticleFacts], registry: Registry) -> tuple[list[ArticleFacts], list[Athlete]]:
    """Give every article athlete a global id; return the rewritten facts and the athletes."""
    roster = Roster(registry)
    mapping: dict[tuple[str, str], str] = {}
    resolutions: dict[str, list[Resolution]] = defaultdict(list)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    # full names first, so that bare surnames in any article can link to them
    order = sorted(
        ((art, a) for art in articles for a in art.athletes), key=lambda pair: len(pair[1].name.split()) < 2
    )
    for art, athlete in order:
        res = resolve(athlete.name, roster)
        if res is None:
            aid = slug(athlete.name)
            res = Resolution(surface=athlete.name, athlete=aid, method="new", score=0.0, matched=athlete.name)
        aid = res.athlete
        roster.add_run_athlete(aid, athlete.name)
        mapping[(art.source.id, athlete.key)] = aid
        resolutions[aid].append(res.model_copy(update={"source": art.source.id}))
        names[aid][athlete.name] += len(athlete.mentions)
    rewritten = [_rewrite(art, mapping) for art in articles]
    athletes = _global_athletes(rewritten, registry, resolutions, names)
    return rewritten, athletes


def _rewrite(art: ArticleFacts, mapping: dict[tuple[str, str], str]) -> ArticleFacts:
    def gid(key: str | None) -> str | None:
        return mapping.get((art.source.id, key), key) if key is not None else None

    merged: dict[str, ArticleAthlete] = {}
    for a in art.athletes:
        aid = gid(a.key)
        if aid in merged:
            prev = merged[aid]
            merged[aid] = prev.model_copy(update={"mentions": sorted(prev.mentions + a.mentions, key=lambda m: m.evidence.start)})
        else:
            merged[aid] = a.model_copy(update={"key": aid})
    return art.model_copy(
        update={
            "athletes": list(merged.values()),
            "performances": [p.model_copy(update={"athlete": gid(p.athlete)}) for p in art.performances],
            "other_times": [p.model_copy(update={"athlete": gid(p.athlete)}) for p in art.other_times],
            "splits": [s.model_copy(update={"athlete": gid(s.athlete)}) for s in art.splits],
            "quotes": [q.model_copy(update={"speaker": gid(q.speaker)}) for q in art.quotes],
        }
    )


def _global_athletes(articles, registry: Registry, resolutions, names) -> list[Athlete]:
    mentions = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, set[str]] = defaultdict(set)
    for art in articles:
        for a in art.athletes:
            for m in a.mentions:
                mentions[a.key].append(m.evidence)
                aliases[a.key].add(m.surface)
            if a.country:
                countries[a.key][a.country] += 1
            roles[a.key].update(a.roles)
    out = []
    for aid, evs in mentions.items():
        entry = registry.athletes.get(aid)
        name = entry.name if entry else _best_name(names[aid])
        country = entry.country if entry else (countries[aid].most_common(1)[0][0] if countries[aid] else None)
        out.append(
            Athlete(
                id=aid,
                name=name,
                country=country,
                aliases=sorted(aliases[aid] - {name}),
                in_registry=entry is not None,
                roles=sorted(roles[aid]),
                mentions=sorted(evs, key=lambda e: (e.source, e.start)),
                resolutions=resolutions[aid],
            )
        )
    return sorted(out, key=lambda a: a.id)


def _best_name(counts: Counter[str]) -> str:
    """The best-attested full form: most mentions among multi-word forms, then the longest."""
    return max(counts, key=lambda n: (len(n.split()) > 1, counts[n], len(n)))
