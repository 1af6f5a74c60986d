"""Resolve: article athletes -> canonical athletes, across articles and onto the registry.

Shaped like RapidFuzz: `resolve(name, roster, *, score_cutoff=..., processor=..., context=...)`
returns a `Resolution` (what matched, how, with what score) or None, never a weak best guess.
`resolve_run` applies it to every athlete of every article, clusters the names the registry
does not know across articles, and rewrites the article facts so that every athlete key is a
global athlete id.

Rules, strictest first: the registry's exact name or alias; a name already met in this run; a
bare surname only when exactly one athlete bears it; a full name whose given name agrees
(Jack ~ Jake, Tom ~ Thomas, an initial) and whose surname is close in spelling or in sound
(`similarity`). A match on sound alone needs a sound key of three letters or more, or context
that backs it: the athlete named in full in the same article, or the same country. Two
candidates equally close: None (ambiguous, listed as unresolved).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .models import ArticleFacts, Athlete, Resolution, Unresolved
from .registry import Registry, fold, surname_of
from .similarity import edits_allowed, name_similarity, phonetic

FUZZY_CUTOFF = 88.0  # surname similarity (spelling or sound) needed when given names agree
SPELLING_ALONE = 80.0  # below this spelling score, a sound match needs backing
SHORT_SOUND_KEY = 3  # sound keys shorter than this ("kr") prove little alone


@dataclass(frozen=True)
class Context:
    """What the article says around a name: country cues and the athletes it names in full."""

    country: str | None = None
    co_mentioned: frozenset[str] = frozenset()


@dataclass
class Roster:
    """What names resolve to: the registry plus the athletes met so far in this run."""

    registry: Registry
    run_names: dict[str, str] = field(default_factory=dict)  # folded name -> id
    run_surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _blocks: dict[str, list[str]] | None = None

    def add_run_athlete(self, athlete_id: str, name: str) -> None:
        self.run_names.setdefault(fold(name), athlete_id)
        if len(name.split()) > 1:
            self.run_surnames[surname_of(name)].add(athlete_id)

    def block(self, surname: str) -> list[str]:
        """Registry ids whose surname is within a couple of letters of this one, or sounds the
        same: found through an index of surnames with letters deleted (symmetric deletion), so
        a slip at the first letter is found too, and nothing is compared all against all."""
        if self._blocks is None:
            self._blocks = defaultdict(list)
            for aid, a in self.registry.athletes.items():
                for name in (a.name, *a.aliases):
                    for k in _block_keys(surname_of(name)):
                        self._blocks[k].append(aid)
        return list(dict.fromkeys(aid for k in _block_keys(surname) for aid in self._blocks.get(k, [])))


def _block_keys(surname: str) -> set[str]:
    word = fold(surname).replace(" ", "")
    keys = {"d:" + w for w in _deletions(word, 2 if len(word) >= 9 else 1)}
    sound = "".join(phonetic(w) for w in surname.split())
    return keys | {"s:" + sound}


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    for _ in range(depth):
        out |= {w[:i] + w[i + 1 :] for w in out for i in range(len(w))}
    return out


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).replace("'", "")).strip("-")


def resolve(
    name: str,
    roster: Roster,
    *,
    score_cutoff: float = FUZZY_CUTOFF,
    processor: Callable[[str], str] = fold,
    context: Context = Context(),
) -> Resolution | None:
    """The canonical athlete `name` refers to, with the evidence used, or None."""
    key = processor(name)
    registry = roster.registry
    if (entry := registry.find(key)) is not None:
        method = "registry-exact" if fold(entry.name) == key else "registry-alias"
        return Resolution(surface=name, athlete=entry.id, method=method, score=100.0, matched=entry.name)
    if key in roster.run_names:
        return Resolution(surface=name, athlete=roster.run_names[key], method="run-exact", score=100.0, matched=name)
    if len(key.split()) == 1:
        return _resolve_surname(name, key, roster)
    return _resolve_fuzzy(name, key, roster, score_cutoff, context)


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


def _resolve_fuzzy(name: str, key: str, roster: Roster, cutoff: float, context: Context) -> Resolution | None:
    """A full name: given names agree and the surname is the same but for a slip or two of the pen,
    or sounds the same. The closest wins; two equally close: None."""
    given, surname = key.split()[0], surname_of(key)
    scored: list[tuple[tuple, str, str, str]] = []
    for aid in roster.block(surname):
        cand = roster.registry.athletes[aid]
        best = None
        for cand_name in (cand.name, *cand.aliases):
            sim = name_similarity(given, surname, fold(cand_name).split()[0], surname_of(cand_name))
            if not sim.given_names or not _close(sim, surname, cutoff) or not _backed(sim, cand, context, surname):
                continue
            rank = (-min(sim.edits, 3), sim.sound, sim.spelling)
            if best is None or rank > best[0]:
                best = (rank, aid, cand.name, sim.why)
        if best:
            scored.append(best)
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None  # nothing close, or two athletes equally close: ambiguous
    rank, aid, matched, why = scored[0]
    score = max(rank[1], rank[2]) if rank[0] < 0 else 100.0
    return Resolution(surface=name, athlete=aid, method=f"registry-fuzzy ({why})", score=round(score, 1), matched=matched)


def _close(sim, surname: str, cutoff: float) -> bool:
    """Close enough: a slip or two of the pen (by length), or the same sound with a key long
    enough to mean something. A short sound key ("kr") alone needs `_backed`."""
    return (
        sim.edits <= edits_allowed(surname)
        or (sim.sound == 100 and sim.key_length >= SHORT_SOUND_KEY)
        or (sim.sound >= cutoff and sim.key_length >= 5)
        or (sim.sound == 100)  # decided by _backed
    )


def candidates(name: str, roster: Roster, *, context: Context = Context(), limit: int = 5) -> list[str]:
    """Why `name` went where it went, or stayed unresolved: the closest registry athletes, each
    with its scores and the rule that kept or rejected it (for `pipeline explain`)."""
    key = fold(name)
    given = key.split()[0] if len(key.split()) > 1 else None
    surname = surname_of(key)
    rows = []
    for aid in roster.block(surname):
        cand = roster.registry.athletes[aid]
        cand_given = fold(cand.name).split()[0]
        sim = name_similarity(given, surname, cand_given, surname_of(cand.name))
        if sim.score < 50 and max(sim.spelling, sim.sound) < 60:
            continue
        if not sim.given_names:
            verdict = "rejected: given names differ"
        elif not _close(sim, surname, FUZZY_CUTOFF):
            verdict = "rejected: surname neither a slip of the pen away nor sounding the same"
        elif not _backed(sim, cand, context, surname):
            verdict = "rejected: sound-alike with a short key and nothing in the article to back it"
        else:
            verdict = "kept"
        rows.append((max(sim.spelling, sim.sound), f"{cand.name} ({cand.id}, {cand.country}): {sim.why} -> {verdict}"))
    return [line for _, line in sorted(rows, reverse=True)[:limit]]


def _backed(sim, cand, context: Context, surname: str = "") -> bool:
    """A match on a short sound key alone ("Cole" ~ "Kerr") needs the article to back it: the
    athlete named in full in the same article, or the same country."""
    if surname and sim.edits <= edits_allowed(surname):
        return True
    if sim.key_length >= SHORT_SOUND_KEY or (sim.sound >= FUZZY_CUTOFF and sim.key_length >= 5):
        return True
    return cand.id in context.co_mentioned or (context.country is not None and context.country == cand.country)


def resolve_article(art: ArticleFacts, roster: Roster) -> dict[str, Resolution | None]:
    """Step one, on one article alone (so it is kept in the store with the article's facts):
    every athlete the article names in full, on the registry, with the article's context. Bare
    surnames, and full names the registry does not know, are None: `RunResolver` settles them."""
    named = _context(art, roster.registry).co_mentioned
    out: dict[str, Resolution | None] = {}
    for a in art.athletes:
        res = resolve(a.name, roster, context=Context(a.country, named)) if len(a.name.split()) > 1 else None
        out[a.key] = res.model_copy(update={"source": art.source.id}) if res is not None else None
    return out


class RunResolver:
    """Step two, across the run: the names step one left open. A full name another article gave
    the same way joins that athlete, else it is a new one; then a bare surname joins the one
    athlete of the run named in full with it, else the one registry athlete bearing it, else it
    is a new athlete too."""

    def __init__(self, roster: Roster) -> None:
        self.roster = Roster(roster.registry, _blocks=roster._blocks)  # the registry index, shared

    def known(self, athlete_id: str, name: str) -> None:
        """A name step one resolved somewhere in the run."""
        self.roster.add_run_athlete(athlete_id, name)

    def settle(self, pending: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], Resolution]:
        """(source, key, name) of each open name -> its resolution. Give them in the run's order,
        full names first, so that bare surnames may join them."""
        out: dict[tuple[str, str], Resolution] = {}
        for source, key, name in pending:
            res = resolve(name, self.roster) or Resolution(surface=name, athlete=slug(name), method="new", score=0.0, matched=name)
            self.roster.add_run_athlete(res.athlete, name)
            out[(source, key)] = res.model_copy(update={"source": source})
        return out


def resolve_run(articles: Sequence[ArticleFacts], registry: Registry) -> tuple[list[ArticleFacts], list[Athlete]]:
    """Give every article athlete a global id; return the rewritten facts and the athletes."""
    roster = Roster(registry)
    first = {art.source.id: resolve_article(art, roster) for art in articles}
    run = RunResolver(roster)
    for art in articles:
        for a in art.athletes:
            if (res := first[art.source.id][a.key]) is not None:
                run.known(res.athlete, a.name)
    open_names = [(art.source.id, a.key, a.name) for art in articles for a in art.athletes if first[art.source.id][a.key] is None]
    settled = run.settle(sorted(open_names, key=lambda n: len(n[2].split()) < 2))  # full names first
    rows: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    ids: dict[str, dict[str, str]] = defaultdict(dict)  # source id -> article athlete key -> athlete id
    for art in articles:
        for a in art.athletes:
            res = first[art.source.id][a.key] or settled[(art.source.id, a.key)]
            ids[art.source.id][a.key] = res.athlete
            rows[res.athlete].append((a.model_dump(mode="json"), res.model_dump(mode="json")))
    athletes = sorted((Athlete.model_validate(athlete_of(aid, items, registry)) for aid, items in rows.items()), key=lambda a: a.id)
    return [ArticleFacts.model_validate(rewrite(art.model_dump(), ids[art.source.id])) for art in articles], athletes


def athlete_of(aid: str, rows: Sequence[tuple[dict, dict]], registry: Registry) -> dict:
    """One canonical athlete from the article athletes resolved to it, in the run's order. Works
    on JSON forms, as the store holds them: each row an (`ArticleAthlete`, `Resolution`) pair,
    the result an `Athlete` (its fields in order). A rerun builds again every athlete a new article
    names, from all their rows: as models, validating and building them would cost more than
    all the rest of the rerun."""
    names: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    aliases: set[str] = set()
    roles: set[str] = set()
    mentions: list[dict] = []
    for a, _ in rows:
        names[a["name"]] += len(a["mentions"])
        for m in a["mentions"]:
            aliases.add(m["surface"])
            mentions.append(m["evidence"])
        roles.update(a["roles"])
        if a["country"]:
            countries[a["country"]] += 1
    entry = registry.athletes.get(aid)
    name = entry.name if entry else _best_name(names)
    mentions.sort(key=lambda e: (e["source"], e["start"]))
    return {
        "id": aid,
        "name": name,
        "country": entry.country if entry else (countries.most_common(1)[0][0] if countries else None),
        "aliases": sorted(aliases - {name}),
        "in_registry": entry is not None,
        "roles": sorted(roles),
        "mentions": mentions,
        "resolutions": [res for _, res in rows],
    }


def _context(art: ArticleFacts, registry: Registry) -> Context:
    named = {entry.id for a in art.athletes if (entry := registry.find(a.name)) is not None}
    return Context(None, frozenset(named))


def unresolved(athletes: Sequence[dict]) -> list[Unresolved]:
    """Athletes (JSON forms, see `athlete_of`) the registry does not know and no other name
    joined: listed for a person to check."""
    return [
        Unresolved(surface=a["name"], reason="not in the registry; kept as a new athlete", evidence=a["mentions"][:3])
        for a in athletes if not a["in_registry"]
    ]


def rewrite(art: dict, ids: dict[str, str]) -> dict:
    """An article's facts (JSON form) with its athlete keys replaced by the run's athlete ids
    (`ids`: key -> id; a key not in it is kept), the article athletes that went to one athlete
    merged. On JSON forms: a run reads the facts from the store as such, and validates them once."""

    def gid(key: str | None) -> str | None:
        return ids.get(key, key) if key is not None else None

    merged: dict[str, dict] = {}
    for a in art["athletes"]:
        aid = gid(a["key"])
        if aid in merged:
            prev = merged[aid]
            merged[aid] = {**prev, "mentions": sorted(prev["mentions"] + a["mentions"], key=lambda m: m["evidence"]["start"])}
        else:
            merged[aid] = {**a, "key": aid}
    return {
        **art,
        "athletes": list(merged.values()),
        "performances": [{**p, "athlete": gid(p["athlete"])} for p in art["performances"]],
        "other_times": [{**p, "athlete": gid(p["athlete"])} for p in art["other_times"]],
        "splits": [{**s, "athlete": gid(s["athlete"])} for s in art["splits"]],
        "quotes": [{**q, "speaker": gid(q["speaker"])} for q in art["quotes"]],
    }


def _best_name(counts: Counter[str]) -> str:
    """The best-attested full form: most mentions among multi-word forms, then the longest."""
    return max(counts, key=lambda n: (len(n.split()) > 1, counts[n], len(n)))
