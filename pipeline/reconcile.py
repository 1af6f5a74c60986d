"""Reconcile: all articles' facts -> one FactsFile, marking agreement and conflict.

Reads the resolved `ArticleFacts` of every article (athlete ids are global) and writes one
`FactsFile`. Evidence is unioned, never dropped.

The articles are first split into components: articles that report on a common race family
(one meeting and event, whatever sex or year they give) are joined, transitively. The five steps
below run on each component alone, so that a component's facts depend on its articles only:
trust learnt on disjoint components is the same as trust learnt on all of them at once (no
question joins two components), a rerun reconciles again only the components that new articles
join, and a run never holds more than one component's facts. The one thing a component boundary
changes is quote wording: the same words quoted by two articles that share no race are two
quotes. Steps:

1. Races. A race whose sex or year the article does not state takes them from the one race of
   the same meeting and event that states them ("the mile" and "the men's mile" of one meeting
   meet). A race whose meeting the article does not name is that article's alone (`race_id`):
   two unnamed women's 100m in two articles are as likely two races as one. Sources of one race id that agree on no result and disagree on two or more report
   different editions of it (the 2023 and the 2024 Bowerman Mile, neither dated in the text):
   the smaller group gets the race id with "-edition-2" (3, ...) appended.
2. Questions. Each attribute of each fact, with the competing values the sources give:
   a performance's time and place (keyed by race and athlete), an earlier mark's time (race,
   athlete, context), a split's time (race and point), a quote's speaker (quotes are clustered
   first: one quote in several wordings is one quote). Times that differ only in precision,
   the coarser within one unit of its last digit of the finer ("3:29.6" and 3:29.63, "4:01" and
   4:01.02), are one value: the most precise wording is kept and the fact noted "precision".
3. Trust, learnt across the component as in TruthFinder: every source starts at 0.8; then, five
   times, a value's confidence is 1 - prod(1 - trust) over the sources giving it, times its
   share of the question's trust-weighted vote (each source voting -ln(1 - trust); the share is
   1 for an uncontested value), and a source's trust is the mean confidence of the values it
   gives. The share plays the part of TruthFinder's penalty between conflicting values: without
   it no value ever lowers a source's trust, and the trust of every source that agrees with
   another climbs towards 1; with it, a source outvoted on a fact loses trust, and the trust it
   keeps decides the next one-against-one conflict.
4. Choice. Each question takes its most confident value (ties: more sources, then the smaller
   value). A question with two or more values is a conflict, listed with every value and its
   evidence, the chosen value, the confidence of each in the reason, and the chosen value's
   confidence. A fact's confidence is the lowest over its questions; it is `conflict` if any
   question of it is, else `agreed` with two or more sources, else `single_source`.
5. Checks across the reconciled facts, reported as conflicts with nothing chosen:
   `check.place_order` (a better place with a slower time), `check.place_shared` (two athletes
   in one place; neither in an earlier round, whose heats each have a winner), `check.split_order`
   (splits not increasing with distance, or not below the winning time), `check.time_impossible`
   (faster than 0.97 x or slower than SLOWEST_FACTOR x the world record of the event). The same
   quote given to different speakers is the `quote.speaker` question of step 4.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any, Iterable, Iterator, Sequence

from rapidfuzz import fuzz

from . import patterns as P
from .races import event_distance as event_metres  # one reading of an event's distance
from .races import slug
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
    Model,
    Performance,
    Quote,
    Race,
    SourceRef,
    Split,
    Unresolved,
    compact,
)

INITIAL_TRUST = 0.8
TRUST_ITERATIONS = 5
MAX_TRUST = 0.999  # keeps -ln(1 - trust) finite
FASTEST_FACTOR = P.FASTEST_FACTOR  # a time faster than 0.97 x the world record is no result of that event
EDITION_DISAGREEMENTS = 2  # results two groups of sources must disagree on to be two editions
QUOTE_SAME_CUTOFF = 80.0  # fuzz.ratio of two normalised wordings of one quote
QUOTE_PART_CUTOFF = 95.0  # fuzz.partial_ratio when one outlet quotes part of the other's quote
QUOTE_MIN_CHARS = 20  # shorter quotes must match word for word


SECTIONS = ("sources", "races", "performances", "other_times", "splits", "quotes", "conflicts")


@dataclass
class Reconciled:
    """The reconciled facts of one component of the corpus (see `components`)."""

    sources: list[SourceRef]
    races: list[Race]
    performances: list[FactPerformance]
    other_times: list[FactPerformance]
    splits: list[FactSplit]
    quotes: list[FactQuote]
    conflicts: list[Conflict]


def reconcile(
    articles: Sequence[ArticleFacts],
    athletes: Sequence[Athlete],
    errors: Iterable[str] = (),
    unresolved: Sequence[Unresolved] = (),
) -> FactsFile:
    """One facts file from the facts of every article (athlete ids resolved across articles)."""
    names = {a.id: a.name for a in athletes}
    parts = [reconcile_component(part, names) for part in components(articles)]
    return FactsFile(
        **{name: [item for part in parts for item in getattr(part, name)] for name in SECTIONS},
        athletes=list(athletes),
        unresolved=list(unresolved),
        errors=list(errors),
    )


def families(article: ArticleFacts) -> list[str]:
    """The races an article reports on, as the keys `components` joins articles by: each race's
    id, and its family "meeting|event|sex|year" (slugs; "" where the article does not say; a wheelchair
    race's event is its own, "marathon-wheelchair")."""
    keys = set()
    for r in article.races:
        if r.meeting:  # else the article's own race (`race_id`): it joins nothing
            keys.add("id:" + r.id)
            # a wheelchair race, and an earlier round, are an event of their own
            event = slug(" ".join(part for part in (r.event, r.division, r.round) if part))
            keys.add("|".join((slug(r.meeting), event, r.sex or "", str(r.year or ""))))
    return sorted(keys)


def components(articles: Sequence[ArticleFacts]) -> list[list[ArticleFacts]]:
    """The articles in groups that share no race and no race family with one another, each group
    sorted by source and the groups by their first source. Every step of reconciliation stays
    inside a group (races, questions, trust, quote wordings), so a group's facts depend on its
    articles alone: a rerun reconciles again only the groups new articles join."""
    order = sorted(articles, key=lambda a: (a.source.path, a.source.id))
    return [[order[i] for i in group] for group in group_by_families([families(a) for a in order])]


def group_by_families(keys: Sequence[Sequence[str]]) -> list[list[int]]:
    """Articles joined when they share a race id or a family, or have families `unify_races`
    would merge: of one meeting and event, one with sex or year unsaid ("the mile" of a meeting)
    and the one family of the run that states what it leaves out ("men's mile, 2024"). A family
    that could stand for several ("the London Marathon" when the run holds 2023 and 2024) is
    merged with none, so it joins none: components stay one race wide, however many years of a
    meeting the corpus holds."""
    by_event: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ks in keys:
        for k in ks:
            if not k.startswith("id:"):
                meeting, event, sex, year = k.split("|")
                by_event[f"{meeting}|{event}"].add((sex, year))

    def fills(general: tuple[str, str], specific: tuple[str, str]) -> bool:
        return general != specific and general[0] in ("", specific[0]) and general[1] in ("", specific[1])

    bridges = []
    for base, variants in by_event.items():
        for v in sorted(variants):
            targets = [t for t in variants if fills(v, t)]
            most_specific = [t for t in targets if not any(fills(t, d) for d in targets)]
            if len(most_specific) == 1:
                (sex, year), = most_specific
                bridges.append([f"{base}|{v[0]}|{v[1]}", f"{base}|{sex}|{year}"])
    groups = group_by_keys([*keys, *bridges])
    n = len(keys)
    return [kept for g in groups if (kept := [i for i in g if i < n])]


def group_by_keys(keys: Sequence[Sequence[str]]) -> list[list[int]]:
    """Indices grouped into connected components (items sharing a key are joined), each group
    ascending, groups ordered by their first index. Union-find, linear in the keys."""
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            j = first.setdefault(k, i)
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def reconcile_component(articles: Sequence[ArticleFacts], names: dict[str, str]) -> Reconciled:
    """The reconciled facts of one group of articles (athlete ids global, `names` their names)."""
    races, race_of = identify_races(articles)

    def placed(section: str) -> Iterator[tuple[str, Any]]:
        """(race id, fact) for the facts of this section of every article: each fact under the
        race it belongs to here (facts are not copied to say so: a large component holds them once)."""
        return ((race_of(a.source.id, f.race), f) for a in articles for f in getattr(a, section))

    perf_groups = [
        (key, items, _performance_questions("performance", key, items))
        for key, items in _group(((race, p.athlete or f"unknown:{p.seconds}", ""), p) for race, p in placed("performances"))
    ]
    other_groups = [
        (key, items, _performance_questions("other_time", key, items))
        for key, items in _group(((race, p.athlete or f"unknown:{p.seconds}", p.context or ""), p) for race, p in placed("other_times"))
    ]
    split_groups = [
        (key, items, [_time_question("split.seconds", _split_subject(key), items)])
        for key, items in _group(((race, s.at, s.distance_m or 0.0, s.lap), s) for race, s in placed("splits"))
    ]
    quotes = [q for a in articles for q in a.quotes]
    quote_groups = [(items, _speaker_question(items, names)) for items in cluster_quotes(quotes)]
    questions = [q for groups in (perf_groups, other_groups, split_groups) for _, _, qs in groups for q in qs]
    questions += [q for _, qs in quote_groups for q in qs]
    trust = learn_trust(questions)
    decided = {id(q): decide(q, trust) for q in questions}

    def decisions(qs: list[Question]) -> list[Decision]:
        return [decided[id(q)] for q in qs]

    performances = [_performance(key, items, decisions(qs)) for key, items, qs in perf_groups]
    fact_splits = [_split(key, items, decisions(qs)[0]) for key, items, qs in split_groups]
    conflicts = [d.conflict for q in questions if (d := decided[id(q)]).conflict is not None]
    sources = sorted((a.source for a in articles), key=lambda s: (s.path, s.id))
    return Reconciled(
        sources=[_with(SourceRef, **{**s.model_dump(), "trust": round(trust.get(s.id, INITIAL_TRUST), 3)}) for s in sources],
        races=races,
        performances=performances,
        other_times=[_performance(key, items, decisions(qs)) for key, items, qs in other_groups],
        splits=fact_splits,
        quotes=[_quote(items, (decisions(qs) or [None])[0], trust) for items, qs in quote_groups],
        conflicts=conflicts + check_facts(races, performances, fact_splits, names),
    )


def _with(model: type[Model], **fields: Any) -> Any:
    """`model(**fields)` without the optional fields the model does not (yet) declare."""
    declared = model.model_fields  # a class property: looked up once, not once per field
    return compact(model(**{k: v for k, v in fields.items() if k in declared}))


def _group(keyed: Iterable[tuple[tuple, Any]]) -> list[tuple[tuple, list[Any]]]:
    """Items given as (key, item), grouped by key, the groups in key order."""
    groups: dict[tuple, list[Any]] = defaultdict(list)
    for key, item in keyed:
        groups[key].append(item)
    return sorted(groups.items(), key=lambda kv: tuple(str(k) if not isinstance(k, float) else f"{k:012.3f}" for k in kv[0]))


def _evidence_key(e: Evidence) -> tuple[str, int, int]:
    return (e.source, e.start, e.end)


def _union(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Each piece of evidence once (a source's offsets say which), in source and offset order."""
    by_key = {_evidence_key(e): e for e in evidence}
    return [by_key[k] for k in sorted(by_key)]


# ---- times and their precision -------------------------------------------------------------


@lru_cache(maxsize=1 << 14)  # a component asks it of the same few hundred times, again and again
def decimals(time: str) -> int:
    """Digits after the decimal point of a time as written: "3:45.34" -> 2, "2:05:41" -> 0."""
    last = time.rsplit(":", 1)[-1].replace(",", ".")  # "3:59,42": a decimal comma
    return len(last.split(".", 1)[1]) if "." in last else 0


def same_time(a: float, a_decimals: int, b: float, b_decimals: int) -> bool:
    """Two reported times of one run: equal, or the coarser within one unit of its last digit
    of the finer (truncated, rounded or rounded up: 3:29.6 for 3:29.63, 4:01 for 4:01.02)."""
    unit = 10.0 ** -min(a_decimals, b_decimals)
    if a_decimals == b_decimals:
        return abs(a - b) < unit / 2
    return abs(a - b) < unit - 1e-9


# ---- races ---------------------------------------------------------------------------------


def unify_races(races: Sequence[Race], scope: dict[str, str] | None = None) -> tuple[list[Race], dict[str, str]]:
    """Races without a stated sex or year merged into the one race that states them (within
    one `scope` where races have one: a race whose meeting no article names is its article's)."""
    by_id = {r.id: r for r in races}
    scope = scope or {}

    def fills(general: Race, specific: Race) -> bool:
        return (
            general.id != specific.id
            and (general.meeting, general.event) == (specific.meeting, specific.event)
            and scope.get(general.id) == scope.get(specific.id)
            and general.sex in (None, specific.sex)
            and general.year in (None, specific.year)
            and general.division == specific.division
            and general.round == specific.round
        )

    alias = {}
    for r in by_id.values():
        targets = [c for c in by_id.values() if fills(r, c)]
        most_specific = [c for c in targets if not any(fills(c, d) for d in targets)]
        if len(most_specific) == 1:
            alias[r.id] = most_specific[0].id
    kept = sorted((r for r in by_id.values() if r.id not in alias), key=lambda r: r.id)
    return kept, alias


def race_id(race: Race, source: str) -> str:
    """A race's id across the corpus. A race whose meeting the article does not name cannot be
    told from another race of that event: it is the article's own ("unknown-meeting-men-mile@<source>")
    and never merged with another article's."""
    return race.id if race.meeting else f"{race.id}@{source}"


def identify_races(articles: Sequence[ArticleFacts]) -> tuple[list[Race], Any]:
    """The races of the run, and `race_of(source, race)`: the race id a source's fact belongs to."""
    scope: dict[str, str] = {}
    named: list[Race] = []
    for a in articles:
        for r in a.races:
            rid = race_id(r, a.source.id)
            if rid != r.id:
                scope[rid] = a.source.id
            named.append(r if rid == r.id else r.model_copy(update={"id": rid}))
    races, alias = unify_races(named, scope)

    def base_of(source: str, race: str) -> str:
        rid = f"{race}@{source}" if f"{race}@{source}" in scope else race
        return alias.get(rid, rid)

    results: dict[str, dict[str, dict[str, Performance]]] = defaultdict(lambda: defaultdict(dict))
    for a in articles:
        for p in a.performances:
            if p.athlete:
                results[base_of(a.source.id, p.race)][a.source.id][p.athlete] = p
    edition_of: dict[tuple[str, str], int] = {}
    by_id = {r.id: r for r in races}
    for race, per_source in results.items():
        for k, group in enumerate(editions(per_source)):
            for source in group:
                edition_of[(race, source)] = k
            if k and race in by_id:
                by_id[f"{race}-edition-{k + 1}"] = by_id[race].model_copy(update={"id": f"{race}-edition-{k + 1}"})

    def race_of(source: str, race: str) -> str:
        base = base_of(source, race)
        k = edition_of.get((base, source), 0)
        return base if k == 0 else f"{base}-edition-{k + 1}"

    return sorted(by_id.values(), key=lambda r: r.id), race_of


def editions(per_source: dict[str, dict[str, Performance]]) -> list[list[str]]:
    """Sources of one race id grouped by edition: sources agreeing on a result are one edition;
    groups that agree on none and disagree on EDITION_DISAGREEMENTS athletes or more are two.

    Work is per athlete and distinct time, not per pair of sources: an undated race of a
    meeting can have hundreds of sources, nearly all giving the winner the same time."""
    sources = sorted(per_source)
    # editions agreeing on a result: sources joined by a key per athlete and time as given, and
    # the keys of an athlete's times that are one time (`same_time`) joined by a bridge
    def key(athlete: str, seconds: float, digits: int) -> str:
        return f"{athlete}|{seconds!r}|{digits}"

    keys: list[list[str]] = []
    times: dict[str, set[tuple[float, int]]] = defaultdict(set)
    for s in sources:
        keys.append([])
        for athlete, p in per_source[s].items():
            keys[-1].append(key(athlete, p.seconds, decimals(p.time)))
            times[athlete].add((p.seconds, decimals(p.time)))
    bridges = [
        [key(athlete, *a), key(athlete, *b)]
        for athlete, given in times.items()
        for a, b in combinations(sorted(given), 2)
        if same_time(*a, *b)
    ]
    n = len(sources)
    parts = [[sources[i] for i in g if i < n] for g in group_by_keys([*keys, *bridges])]
    parts = sorted((part for part in parts if part), key=lambda c: (-len(c), c[0]))

    # then a part joins the first group it disagrees with on fewer than EDITION_DISAGREEMENTS
    # athletes: every athlete a part and a group share is a disagreement (a source of each
    # giving it the same time would have joined them above)
    groups: list[tuple[list[str], set[str]]] = []
    for part in parts:
        named = {athlete for s in part for athlete in per_source[s]}
        for group, group_named in groups:
            if len(named & group_named) < EDITION_DISAGREEMENTS:
                group.extend(part)
                group_named |= named
                break
        else:
            groups.append((part, named))
    return [group for group, _ in groups]


# ---- questions and truth discovery ---------------------------------------------------------


@dataclass(slots=True)
class Candidate:
    """One value given for a question, with the facts that give it (all of them, once its
    question is built: its sources are gathered when first asked for, and kept)."""

    value: Any
    label: str
    items: list[Any] = field(default_factory=list)
    _sources: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def evidence(self) -> list[Evidence]:
        return _union(e for item in self.items for e in item.evidence)

    @property
    def sources(self) -> list[str]:
        if self._sources is None:
            self._sources = sorted({e.source for item in self.items for e in item.evidence})
        return self._sources

    @property
    def precise(self) -> bool:
        """Whether every source gave the value at the same precision."""
        return len({decimals(i.time) for i in self.items if hasattr(i, "time")}) <= 1


@dataclass(slots=True)
class Question:
    """One attribute of one fact (kind and subject name both) with the values given for it."""

    kind: str
    subject: str
    candidates: list[Candidate]


@dataclass(slots=True)
class Decision:
    chosen: Candidate
    confidence: float
    conflict: Conflict | None


def _performance_questions(kind: str, key: tuple, items: list[Performance]) -> list[Question]:
    """The time question, then the place question where any source gives a place."""
    subject = f"{key[0]}/{key[1]}" + (f" ({key[2]})" if key[2] else "")
    questions = [_time_question(f"{kind}.seconds", subject, items)]
    placed = [p for p in items if p.place is not None]
    if placed:
        by_place: dict[int, Candidate] = {}
        for p in sorted(placed, key=lambda p: (p.place, _evidence_key(p.evidence[0]))):
            by_place.setdefault(p.place, Candidate(p.place, _ordinal(p.place))).items.append(p)
        questions.append(Question(f"{kind}.place", subject, list(by_place.values())))
    return questions


def _time_question(kind: str, subject: str, items: Sequence[Performance | Split]) -> Question:
    """Times grouped into values, most precise first; a coarser time joins the value it fits."""
    candidates: list[Candidate] = []
    held: list[tuple[int, set[str]]] = []  # each candidate's decimals and sources, kept as it grows
    for item in sorted(items, key=lambda i: (-decimals(i.time), i.seconds, _evidence_key(i.evidence[0]))):
        d = decimals(item.time)
        fits = [i for i, c in enumerate(candidates) if same_time(c.value, held[i][0], item.seconds, d)]
        if fits:
            i = max(fits, key=lambda i: len(held[i][1]))  # the first of the most attested
            candidates[i].items.append(item)
        else:
            candidates.append(Candidate(item.seconds, item.time, [item]))
            held.append((d, set()))
        held[i if fits else -1][1].update(e.source for e in item.evidence)
    return Question(kind, subject, candidates)


def _speaker_question(items: list[Quote], names: dict[str, str]) -> list[Question]:
    by_speaker: dict[str, Candidate] = {}
    for q in sorted((q for q in items if q.speaker), key=lambda q: (q.speaker, _evidence_key(q.evidence[0]))):
        by_speaker.setdefault(q.speaker, Candidate(q.speaker, names.get(q.speaker, q.speaker))).items.append(q)
    if not by_speaker:
        return []
    return [Question("quote.speaker", _quote_subject(items), list(by_speaker.values()))]


def _confidence(sources: Iterable[str], trust: dict[str, float]) -> float:
    """1 - prod(1 - trust): the chance that not every source giving the value is wrong. In sorted
    order: a float product taken in a set's order would change with the process's hash seed."""
    return 1.0 - math.prod(1.0 - trust.get(s, INITIAL_TRUST) for s in sorted(sources))


def _votes(sources: Iterable[str], trust: dict[str, float]) -> float:
    """-ln prod(1 - trust): the trust-weighted vote, so that `_confidence` = 1 - exp(-votes)."""
    return sum(-math.log(1.0 - trust.get(s, INITIAL_TRUST)) for s in sorted(sources))


def _confidences(given: Sequence[Sequence[str]], trust: dict[str, float]) -> list[float]:
    """The confidence of each value of a question, given by these sources each: `_confidence`
    times its share of the question's votes (the same sums and products, in the same order, as
    `_votes` and `_confidence`: one pass over each value's sources)."""
    votes, sure = [], []
    for sources in given:
        trusts = [trust.get(s, INITIAL_TRUST) for s in sorted(sources)]
        votes.append(sum(-math.log(1.0 - t) for t in trusts))
        sure.append(1.0 - math.prod(1.0 - t for t in trusts))
    total = sum(votes) or 1.0
    return [c * v / total for c, v in zip(sure, votes)]


def learn_trust(questions: Sequence[Question], iterations: int = TRUST_ITERATIONS) -> dict[str, float]:
    """Source trust as in TruthFinder: the mean confidence of the values a source gives.

    Computed over arrays, with every sum and product taken in the order `_confidences` takes
    it (and the logarithms by `math.log`), so the trust is the same to the last bit."""
    import numpy  # here, not at import: a rerun with nothing to reconcile never needs it

    given = [c.sources for q in questions for c in q.candidates]  # sorted
    sources = sorted({s for ss in given for s in ss})
    if not sources:
        return {}
    index = {s: i for i, s in enumerate(sources)}
    pair_source = numpy.array([index[s] for ss in given for s in ss], dtype=numpy.intp)
    pair_value = numpy.repeat(numpy.arange(len(given)), [len(ss) for ss in given])
    value_question = numpy.repeat(numpy.arange(len(questions)), [len(q.candidates) for q in questions])
    trust = numpy.full(len(sources), INITIAL_TRUST)
    for _ in range(iterations):
        votes = numpy.bincount(pair_value, weights=numpy.array([-math.log(1.0 - t) for t in trust])[pair_source], minlength=len(given))
        unsure = numpy.ones(len(given))
        numpy.multiply.at(unsure, pair_value, 1.0 - trust[pair_source])
        total = numpy.bincount(value_question, weights=votes, minlength=len(questions))
        total[total == 0] = 1.0
        confidence = (1.0 - unsure) * votes / total[value_question]
        scores = numpy.bincount(pair_source, weights=confidence[pair_value], minlength=len(sources))
        trust = numpy.minimum(MAX_TRUST, scores / numpy.bincount(pair_source, minlength=len(sources)))
    return {s: float(t) for s, t in zip(sources, trust)}


def decide(question: Question, trust: dict[str, float]) -> Decision:
    """The most confident value; a conflict when the sources give more than one."""
    given_by = [c.sources for c in question.candidates]  # each value's sources, gathered once
    if len(given_by) == 1:
        return Decision(question.candidates[0], round(_confidences(given_by, trust)[0], 3), None)
    scored = sorted(
        zip(question.candidates, _confidences(given_by, trust), given_by),
        key=lambda cc: (-round(cc[1], 9), -len(cc[2]), str(cc[0].value)),
    )
    chosen, confidence, _ = scored[0]
    given = "; ".join(
        f"{c.label} from {len(sources)} source{'s' if len(sources) > 1 else ''} "
        f"(trust {', '.join(f'{trust.get(s, INITIAL_TRUST):.2f}' for s in sources)}): confidence {conf:.2f}"
        for c, conf, sources in scored
    )
    conflict = _with(
        Conflict,
        kind=question.kind,
        subject=question.subject,
        values=[ConflictValue(value=c.value, evidence=c.evidence) for c, _, _ in scored],
        chosen=chosen.value,
        reason=f"{chosen.label} has the highest confidence, weighing agreement by source trust learnt over the corpus: {given}",
        confidence=round(confidence, 3),
    )
    return Decision(chosen, round(confidence, 3), conflict)


# ---- reconciled facts ----------------------------------------------------------------------


def _status(decisions: Sequence[Decision], items: Sequence[Any]) -> str:
    if any(d.conflict for d in decisions):
        return "conflict"
    return "agreed" if len({e.source for i in items for e in i.evidence}) > 1 else "single_source"


def _performance(key: tuple, items: list[Performance], decisions: list[Decision]) -> FactPerformance:
    time, place = decisions[0], (decisions[1] if len(decisions) > 1 else None)
    first = time.chosen.items[0]
    return _with(
        FactPerformance,
        athlete=first.athlete,
        athlete_name=first.athlete_name,
        event=first.event,
        race=key[0],
        time=time.chosen.label,
        seconds=time.chosen.value,
        place=place.chosen.value if place else None,
        place_inferred=bool(place) and all(p.place_inferred for p in place.chosen.items),
        tags=sorted({t for p in items for t in p.tags}),
        context=first.context,
        status=_status(decisions, items),
        evidence=_union(e for p in items for e in p.evidence),
        confidence=min(d.confidence for d in decisions),
        note=None if time.chosen.precise else "precision",
    )


def _split(key: tuple, items: list[Split], time: Decision) -> FactSplit:
    first = time.chosen.items[0]
    return _with(
        FactSplit,
        athlete=next((s.athlete for s in time.chosen.items + items if s.athlete), None),
        race=key[0],
        at=first.at,
        distance_m=first.distance_m,
        seconds=time.chosen.value,
        time=time.chosen.label,
        lap=first.lap,
        lap_m=first.lap_m,
        status=_status([time], items),
        evidence=_union(e for s in items for e in s.evidence),
        confidence=time.confidence,
        note=None if time.chosen.precise else "precision",
    )


def _split_subject(key: tuple) -> str:
    return f"{key[0]}/{key[1]}" + (" (lap)" if key[3] else "")


def _quote(items: list[Quote], speaker: Decision | None, trust: dict[str, float]) -> FactQuote:
    wordings: dict[str, list[Quote]] = defaultdict(list)
    for q in items:
        wordings[quote_key(q.text)].append(q)
    sources = {k: {e.source for q in qs for e in q.evidence} for k, qs in wordings.items()}
    best = max(wordings, key=lambda k: (round(_votes(sources[k], trust), 9), len(k), k))
    first = wordings[best][0]
    named = next((q for q in speaker.chosen.items if q.speaker_name), None) if speaker else None
    all_sources = {e.source for q in items for e in q.evidence}
    return _with(
        FactQuote,
        speaker=speaker.chosen.value if speaker else None,
        speaker_name=(named or first).speaker_name,
        text=first.text,
        partial=first.partial,
        status=_status([speaker] if speaker else [], items),
        evidence=_union(e for q in items for e in q.evidence),
        confidence=speaker.confidence if speaker else round(_confidence(all_sources, trust), 3),
        note="wording" if len(wordings) > 1 else None,
    )


def quote_key(text: str) -> str:
    """A quote's words for comparison: case, punctuation, quote marks and "metres" folded."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"(\d)\s*(?:metres|meters|metre|meter)\b", r"\1m", " ".join(text.split()).casefold())
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


def same_quote(a: str, b: str) -> bool:
    """Two wordings of one quote: the same words, nearly the same, or one a part of the other."""
    if a == b:
        return True
    if min(len(a), len(b)) <= QUOTE_MIN_CHARS:
        return False
    # a score under the cutoff comes back as 0, sooner
    return (fuzz.ratio(a, b, score_cutoff=QUOTE_SAME_CUTOFF) >= QUOTE_SAME_CUTOFF
            or fuzz.partial_ratio(a, b, score_cutoff=QUOTE_PART_CUTOFF) >= QUOTE_PART_CUTOFF)


MAX_QUOTE_CANDIDATES = 10  # earlier wordings compared with each quote, the ones sharing most phrases


def cluster_quotes(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """Quotes grouped by wording (single link, in a fixed order). A quote is compared only with
    the clusters sharing most three-word phrases with it, so the work stays linear in the corpus."""
    clusters: list[list[Quote]] = []
    keys: list[list[str]] = []
    by_phrase: dict[tuple, set[int]] = {}  # phrase -> the clusters holding it
    for q in sorted(quotes, key=lambda q: _evidence_key(q.evidence[0])):
        k = quote_key(q.text)
        words = k.split()
        phrases = {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
        shared = Counter(i for p in phrases for i in by_phrase.get(p, ()))
        # ties go to the earlier cluster: `most_common` would break them in the order the phrase
        # set was walked, which changes with the hash seed, and so would the clusters
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_QUOTE_CANDIDATES]
        candidates = sorted(i for i, _ in ranked)
        for i in candidates:
            if any(same_quote(k, other) for other in {keys[i][0], keys[i][-1]}):  # its first and latest wording
                clusters[i].append(q)
                keys[i].append(k)
                break
        else:
            i = len(clusters)
            clusters.append([q])
            keys.append([k])
        for p in phrases:
            by_phrase.setdefault(p, set()).add(i)
    return clusters


def _quote_subject(items: Sequence[Quote]) -> str:
    return quote_key(items[0].text)[:60]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---- consistency checks --------------------------------------------------------------------


def _check(kind: str, subject: str, facts: Sequence[FactPerformance | FactSplit], labels: Sequence[str], reason: str) -> Conflict:
    return _with(
        Conflict,
        kind=kind,
        subject=subject,
        values=[ConflictValue(value=label, evidence=f.evidence) for f, label in zip(facts, labels)],
        chosen=None,
        reason=reason,
        confidence=None,
    )


def _who(p: FactPerformance) -> str:
    return p.athlete or p.athlete_name or "unknown athlete"


def check_facts(
    races: Sequence[Race], performances: Sequence[FactPerformance], splits: Sequence[FactSplit], names: dict[str, str] | None = None
) -> list[Conflict]:
    """Consistency checks across the reconciled facts of each race (see the module docstring)."""
    names = names or {}
    events = {r.id: r.event for r in races}
    rounds = {r.id for r in races if r.round}  # heats or semi-finals: several races, each with its winner
    by_race: dict[str, list[FactPerformance]] = defaultdict(list)
    for p in performances:
        by_race[p.race].append(p)
    found: list[Conflict] = []
    for race, perfs in sorted(by_race.items()):
        if race not in rounds:
            found += _check_places(race, perfs, names)
        found += _check_times(race, perfs, events.get(race))
    split_races: dict[str, list[FactSplit]] = defaultdict(list)
    for s in splits:
        split_races[s.race].append(s)
    for race, items in sorted(split_races.items()):
        found += _check_splits(race, items, by_race.get(race, []), events.get(race))
    return found


def _check_places(race: str, perfs: Sequence[FactPerformance], names: dict[str, str]) -> list[Conflict]:
    def shown(p: FactPerformance) -> str:
        return f"{names.get(p.athlete or '', p.athlete_name or _who(p))}: {_ordinal(p.place)} in {p.time}"

    found = []
    placed = sorted((p for p in perfs if p.place is not None), key=lambda p: (p.place, p.seconds, _who(p)))
    by_place: dict[int, list[FactPerformance]] = defaultdict(list)
    for p in placed:
        by_place[p.place].append(p)
    for place, same in sorted(by_place.items()):
        if len(same) > 1:
            found.append(_check(
                "check.place_shared", f"{race}/{_ordinal(place)}", same,
                [shown(p) for p in same],
                f"{len(same)} athletes are placed {_ordinal(place)} (a dead heat, or a place given twice)",
            ))
    for a, b in _placed_before_slower(placed):
        if not same_time(a.seconds, decimals(a.time), b.seconds, decimals(b.time)):
            found.append(_check(
                "check.place_order", f"{race}/{_who(a)}~{_who(b)}", [a, b],
                [shown(a), shown(b)],
                f"{shown(a)}, ahead of {shown(b)}: a better place with a slower time",
            ))
    return found


def _placed_before_slower(placed: Sequence[FactPerformance]) -> list[tuple[FactPerformance, FactPerformance]]:
    """The pairs (a, b) of `placed` (in place order) with a better place and a slower time, in
    the order of `combinations(placed, 2)`. Linear where the times rise with the places: a
    result is compared with those before it only when one of them is slower."""
    pairs: list[tuple[int, int]] = []
    slowest = -math.inf  # of the results placed before the current place
    group_start, group_slowest = 0, -math.inf  # the current place's first index, and its slowest time
    for j, b in enumerate(placed):
        if j and b.place != placed[j - 1].place:
            slowest, group_start, group_slowest = max(slowest, group_slowest), j, -math.inf
        if slowest > b.seconds:
            pairs += [(i, j) for i in range(group_start) if placed[i].seconds > b.seconds]
        group_slowest = max(group_slowest, b.seconds)
    return [(placed[i], placed[j]) for i, j in sorted(pairs)]


def _check_times(race: str, perfs: Sequence[FactPerformance], race_event: str | None) -> list[Conflict]:
    found = []
    for p in sorted(perfs, key=lambda p: (p.seconds, _who(p))):
        event = p.event or race_event
        record = P.EVENT_RECORD_S.get(event or "")
        if record is None:
            continue
        if p.seconds < FASTEST_FACTOR * record:
            why = f"faster than {FASTEST_FACTOR} x the {event} world record ({record} s)"
        elif p.seconds > P.SLOWEST_FACTOR * record:
            why = f"slower than {P.SLOWEST_FACTOR} x the {event} world record ({record} s)"
        else:
            continue
        found.append(_check("check.time_impossible", f"{race}/{_who(p)}", [p], [p.time], f"{p.time} is {why}"))
    return found


def _check_splits(race: str, splits: Sequence[FactSplit], perfs: Sequence[FactPerformance], event: str | None) -> list[Conflict]:
    found = []
    points = sorted((s for s in splits if s.distance_m and not s.lap), key=lambda s: (s.distance_m, s.seconds))
    for a, b in zip(points, points[1:]):
        if a.distance_m < b.distance_m and a.seconds >= b.seconds:
            found.append(_check(
                "check.split_order", f"{race}/{a.at}~{b.at}", [a, b], [f"{a.at}: {a.time}", f"{b.at}: {b.time}"],
                f"the split at {b.at} ({b.time}) is not later than the split at {a.at} ({a.time})",
            ))
    distance = event_metres(event)
    winner = min(perfs, key=lambda p: p.seconds, default=None)
    if points and winner and distance:
        last = max((s for s in points if s.distance_m < distance), key=lambda s: s.distance_m, default=None)
        if last and last.seconds >= winner.seconds:
            found.append(_check(
                "check.split_order", f"{race}/{last.at}~finish", [last, winner],
                [f"{last.at}: {last.time}", f"finish: {winner.time}"],
                f"the split at {last.at} ({last.time}) is not faster than the winning time ({winner.time})",
            ))
    return found
