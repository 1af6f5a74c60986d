"""Doc -> ArticleFacts: the one place where the stages' spans become pydantic models.

Every fact carries `Evidence` (source id, character offsets into the text as read, the text
they cover). Repeated mentions of one fact in an article (a result in the headline and again in
the body, or told again rounded: "26:42" of "26:42.61") become one fact with several evidence items;
two names an article gives one result, a translation's garble and its results list's spelling, are
one runner.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from . import patterns as P
from .models import (
    ArticleAthlete,
    ArticleFacts,
    Evidence,
    Mention,
    Performance,
    Quote,
    Race,
    Source,
    Split,
)
from .similarity import one_runner_written_twice
from .stages.base import paragraphs, release, sentences, spans_of, text_of
from .stages.context import RaceInfo, race_at


def evidence(source: Source, span: Span) -> Evidence:
    return Evidence(source=source.id, start=span.start_char, end=span.end_char, text=span.text)


def race_model(race: RaceInfo) -> Race:
    """A race as the facts file gives it; a meeting the text does not name ("elsewhere") is None."""
    return Race(id=race.id, meeting=race.meeting if race.named else None, year=race.year, event=race.event, sex=race.sex,
                division=race.division, round=race.round)


def doc_to_facts(doc: Doc, source: Source) -> ArticleFacts:
    told_sexed = _told_again_with_its_sex(doc)
    rows = _results_read(doc, told_sexed)
    one = _one_runner_per_result(doc, rows)
    performances = _performances(source, "result", rows, one)
    others = _ownerless_told_again(_not_results_again(text_of(doc), _performances(source, "other", rows, one), performances))
    splits, split_races = _splits(doc, source, told_sexed, one)
    races = {(r := told_sexed.get(s._.race.id, s._.race)).id: race_model(r) for s in spans_of(doc, "results")}
    races |= {race.id: race_model(race) for race in split_races}
    facts = ArticleFacts(
        source=source.ref(),
        races=sorted(races.values(), key=lambda r: r.id),
        athletes=_athletes(doc, source, one),
        performances=performances,
        other_times=others,
        splits=splits,
        quotes=_quotes(doc, source, one),
    )
    release(doc)  # the stages' per-Doc memo: the Doc is freed as soon as the caller drops it
    return facts


RUN_BEFORE_REACH = 60  # characters before a time where it is said to have been run before


def _not_results_again(text: str, others: list[Performance], performances: list[Performance]) -> list[Performance]:
    """The other times, less those that are a runner's placed result again, the same time said among her bests ("PB corner: Tom
    Okoro, 800m: 1:53.47 (prev 1:54.20)" after "third in 1:53.47"): one fact, told twice. A record is a fact of its own ("the
    course record of 34:52, his since 2017"), and so is the same time run before ("Last year at Eton he ran 1:53.47 as well",
    "(prev 2:05.11, Loughborough 2023)")."""
    run = {(p.athlete, p.seconds) for p in performances if p.athlete is not None and p.place is not None}
    return [o for o in others if (o.athlete, o.seconds) not in run or o.context == "record"
            or any(P.RUN_BEFORE_CUE.search(text, _clause_start(text, e.start), e.start) or P.RUN_AGAIN_AFTER.match(text, e.end)
                   for e in o.evidence)]


def _ownerless_told_again(others: list[Performance]) -> list[Performance]:
    """The other times, an old mark told with no owner joined to the same mark of the same event told with its owner ("the
    Bison record of 13:52.10 that Dan Wexler had held since 2014", then the results row's "SR (old: 13:52.10, Dan Wexler, 2014)"
    where the row's note names no runner the text knows): one fact, with both places as its evidence."""
    owned = {(o.seconds, o.event): i for i, o in enumerate(others) if o.athlete is not None}
    extra: dict[int, list[Evidence]] = defaultdict(list)
    for o in others:
        if o.athlete is None and (i := owned.get((o.seconds, o.event))) is not None:
            extra[i].extend(o.evidence)
    return [o.model_copy(update={"evidence": _unique([*o.evidence, *extra[i]])}) if i in extra else o
            for i, o in enumerate(others) if not (o.athlete is None and (o.seconds, o.event) in owned)]


def _clause_start(text: str, at: int) -> int:
    """Where the clause of a time at `at` starts: after the last line break, full stop, bracket's close or semicolon, within
    `RUN_BEFORE_REACH` characters."""
    lo = max(0, at - RUN_BEFORE_REACH)
    return max([lo] + [m.end() for m in P.TIME_CLAUSE_BREAK.finditer(text, lo, at)])


def _athletes(doc: Doc, source: Source, one: dict[str, str]) -> list[ArticleAthlete]:
    mentions: dict[str, list[Span]] = defaultdict(list)
    for span in spans_of(doc, "athletes"):
        mentions[one.get(span.label_, span.label_)].append(span)
    out = []
    for key, spans in mentions.items():
        countries = Counter(s._.country for s in spans if s._.country)
        roles = sorted({s._.role for s in spans if s._.role})
        out.append(
            ArticleAthlete(
                key=key,
                name=key,
                country=countries.most_common(1)[0][0] if countries else None,
                roles=roles,
                mentions=[
                    Mention(surface=s.text, evidence=evidence(source, s), role=s._.role, country=s._.country,
                            link=f"one result with {key!r}" if s.label_ in one else s._.link)
                    for s in sorted(spans, key=lambda s: s.start_char)
                ],
            )
        )
    return sorted(out, key=lambda a: a.mentions[0].evidence.start)


def _told_again_with_its_sex(doc: Doc) -> dict[str, RaceInfo]:
    """Races the text tells without their sex whose results it tells again in the one race of that
    meeting and event that has one ("to win the 200m in 20.08, with Dambile second in 20.21", then
    the men's 200m in the results): race id -> that race."""
    told: dict[str, set[tuple[str, float]]] = defaultdict(set)
    races: dict[str, RaceInfo] = {}
    for s in spans_of(doc, "results"):
        if s.label_ == "result" and s._.athlete is not None:
            told[s._.race.id].add((s._.athlete.label_, round(s._.seconds, 3)))
            races[s._.race.id] = s._.race
    same = {}
    for rid, race in races.items():
        if race.sex is None:
            fits = [other for oid, other in races.items() if other.sex is not None and told[rid] & told[oid]
                    and (other.meeting, other.year, other.event, other.division, other.round)
                    == (race.meeting, race.year, race.event, race.division, race.round)]
            if len(fits) == 1:
                same[rid] = fits[0]
    return same


def _results_read(doc: Doc, told_sexed: dict[str, RaceInfo]) -> list[tuple[Span, str, str | None, RaceInfo, float]]:
    """Each time of the results stage, read once (a span's extensions are slow to read): (span, label, its runner's name or
    None, its race, its seconds to the millisecond)."""
    rows = []
    for span in spans_of(doc, "results"):
        athlete = span._.athlete
        race = span._.race
        rows.append((span, span.label_, athlete.label_ if athlete is not None else None, told_sexed.get(race.id, race),
                     round(span._.seconds, 3)))
    return rows


def _one_runner_per_result(doc: Doc, rows: list[tuple[Span, str, str | None, RaceInfo, float]]) -> dict[str, str]:
    """Two of the article's names that are one runner's: a translation's prose garbles or
    translates a name its results list spells right ("the Ethiopian Yomif Kedschelcha (12:57,08)",
    then "2. Yomif Kejelcha (ETH) 12:57,08"). Just two names given the same time in the same race,
    at no two places, in no one paragraph (a tie: "=2. Kenny Bednarek (USA) 10.01; =2. Kenny Jones (GBR) 10.01"), of no
    two countries, that `one_runner_written_twice` finds alike: name -> the name kept (the
    registry's, else the one named more often, else later: a results list spells names as entered)."""
    names: dict[tuple, dict[str, set]] = defaultdict(dict)  # (race, seconds) -> name -> places told
    starts: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # ... -> name -> where told
    for s, label, who, race, seconds in rows:
        if label == "result" and who is not None:
            key = (race.id, seconds)
            places = names[key].setdefault(who, set())
            if (place := s._.place) is not None and not s._.place_inferred:
                places.add(place)
            starts[key][who].append(s.start_char)
    if all(len(told) != 2 for told in names.values()):
        return {}  # (most articles: no time given two names; the mentions are not counted)
    paragraph = paragraphs(doc)
    paras = {key: {name: {paragraph.index(at) for at in ats} for name, ats in by_name.items()}
             for key, by_name in starts.items() if len(by_name) == 2}  # (race, seconds) -> name -> paragraphs told in
    said: Counter[str] = Counter()
    first: dict[str, int] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    for span in spans_of(doc, "athletes"):
        said[span.label_] += 1
        first.setdefault(span.label_, span.start_char)
        if span._.country:
            countries[span.label_].add(span._.country)
    registered = doc._.registered or set()
    one: dict[str, str] = {}
    for key, told in names.items():
        if len(told) == 2:
            (a, at), (b, bt) = told.items()
            if (not at or not bt or at & bt) and one_runner_written_twice(a, b) and not paras[key][a] & paras[key][b] \
                    and not (countries[a] and countries[b] and not countries[a] & countries[b]):
                dropped, kept = sorted((a, b), key=lambda n: (n in registered, said[n], first.get(n, -1)))
                one[dropped] = kept
    for name in one:
        while one[name] in one and one[name] != name:
            one[name] = one[one[name]]
    return one


def _performances(source: Source, label: str, rows: list[tuple[Span, str, str | None, RaceInfo, float]],
                  one: dict[str, str]) -> list[Performance]:
    groups: dict[tuple, list[Span]] = defaultdict(list)
    race_of: dict[str, RaceInfo] = {}
    for span, span_label, who, race, seconds in rows:
        if span_label == label:
            race_of[race.id] = race
            groups[(race.id, one.get(who, who), seconds)].append(span)
    out = []
    for (race_id, who, seconds), spans in groups.items():
        told = [s for s in spans if s._.place is not None and not s._.place_inferred]
        # a place told in a sentence or a list line of a national championship run within the race is a rank within that group,
        # no place of the race, where another place is told ("6 Cian Mulcahy 2:13:40" in the open race's list, "National
        # championships: Men: 1 C Mulcahy 2:13:40")
        if len({s._.place for s in told}) > 1:  # (read only where the places told disagree)
            told = [s for s in told if not P.GROUP_RANK_CUE.search(text_of(s.doc), *sentences(s.doc).of(s.start_char))] or told
        places = Counter(s._.place for s in told)
        if len(places) > 1 and (rows := Counter(s._.place for s in told if _in_a_results_row(s))):
            places = rows  # a results list's row over a sentence's reading ("... to win by a clear margin, Kipsang crossing in
            # 28:23.10" and "2. Cpl Vincent Kipsang (Moi Barracks, Eldoret) 28:23.10")
        inferred = [s._.place for s in spans if s._.place_inferred]
        place = places.most_common(1)[0][0] if places else (inferred[0] if inferred else None)
        ev = []
        for s in spans:
            ev.append(evidence(source, s))
            if s._.antecedent is not None:
                ev.append(evidence(source, s._.antecedent))
        first = spans[0]
        out.append(
            Performance(
                athlete=who,
                athlete_name=first._.athlete.text if first._.athlete is not None else None,
                event=race_of[race_id].event,
                race=race_id,
                time=first._.clock,
                seconds=seconds,
                place=place,
                place_inferred=not places and place is not None,
                tags=sorted({t for s in spans for t in s._.tags}),
                context=first._.context,
                evidence=_unique(ev),
            )
        )
    return sorted(_told_rounded(out) if label == "result" else out, key=lambda p: (p.race, p.seconds))


def _told_rounded(performances: list[Performance]) -> list[Performance]:
    """A runner's time told again rounded or cut to fewer decimals is the same result: the headline's "26:42" of "26:42.61",
    the next morning's "3:39.2" of "3:39.17". One result, at the finer time, with both evidences (and a place either gives).
    (Results only: a runner's earlier marks, "a best of 4:02" and "4:01.8 indoors", are marks of their own.)"""
    by_runner: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(performances):
        if p.athlete is not None:
            by_runner[(p.race, p.athlete)].append(i)
    out = list(performances)
    dropped: set[int] = set()
    for told in by_runner.values():
        if len(told) < 2:
            continue  # (a runner told one time: nothing to merge)
        for c in told:
            coarse, places = performances[c], _decimals(performances[c])
            f = next((q for q in told if q != c and q not in dropped and _decimals(performances[q]) > places
                      and coarse.seconds in (round(performances[q].seconds, places), _cut(performances[q].seconds, places))), None)
            if f is None:
                continue
            dropped.add(c)
            finer = out[f]
            update: dict = {"evidence": _unique([*finer.evidence, *coarse.evidence])}
            if finer.place is None and coarse.place is not None:
                update |= {"place": coarse.place, "place_inferred": coarse.place_inferred}
            out[f] = finer.model_copy(update=update)
    return [p for i, p in enumerate(out) if i not in dropped]


def _decimals(p: Performance) -> int:
    """Decimals a time is told to, as written: "3:39.17" two, "3:39.2" one, "10.00" two, "26:42" and the Dutch "29.21" (29
    minutes 21) none."""
    m = P.TIME_FRACTION.search(p.time)
    return len(m.group(1)) if m and abs(p.seconds % 1 - int(m.group(1)) / 10 ** len(m.group(1))) < 1e-6 else 0


def _in_a_results_row(span: Span) -> bool:
    """Is the result's time in a line that opens with a place and holds no other time ("2. Cpl Vincent Kipsang (Moi Barracks)
    28:23.10"; not a splits table's "10   Cheptegei    27:51.42     2:28.02", its kilometre first), under no heading of a group's
    list or a ranking ("M40:", "World leading times 2024:", the line above the rows)?"""
    text = text_of(span.doc)
    line = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    if P.TABLE_ROW_PLACE.match(text, line) is None or len(P.CLOCK_TIME.findall(text, line, end if end >= 0 else len(text))) != 1:
        return False
    heading = next((s for s in reversed(text[max(0, line - ROW_HEADING_REACH) : line].split("\n"))
                    if s.strip() and not P.TABLE_ROW_PLACE.match(s)), "")  # (the nearest line above that is no row)
    return not (P.GROUP_LIST_HEADING.search(heading) and not P.RESULTS_WORD.search(heading))


ROW_HEADING_REACH = 400  # characters above a results row looked through for the heading of its list


def _cut(seconds: float, places: int) -> float:
    return math.floor(seconds * 10**places + 1e-6) / 10**places


def _split_race(doc: Doc, span: Span) -> RaceInfo:
    """The race a split is of: its list column's (the women's beside the men's), else its sentence's."""
    return span._.column_race or race_at(doc, span.start_char)


def _splits(doc: Doc, source: Source, told_sexed: dict[str, RaceInfo], one: dict[str, str]) -> tuple[list[Split], list[RaceInfo]]:
    """One split per (where, time, event): the prose ("through 5km in 14:25", "At the bell the clock showed 12:07.9") and a
    splits table ("5km 14:25", "4600 m 12:07.9") saying it twice are one fact, where by its distance when known, else by its
    label; the race that knows the sex names it. With the races the splits are of."""
    groups: dict[tuple, list[Span]] = defaultdict(list)
    for span in spans_of(doc, "splits"):
        groups[(span.label_, round(span._.seconds, 3), _split_race(doc, span).event)].append(span)
    out = []
    split_races: list[RaceInfo] = []
    for spans in _same_point(groups):
        first = spans[0]
        at, seconds = first.label_, round(first._.seconds, 3)
        # its runner: as its table or list heading names them (the prose may have read a pacemaker's), else as said first
        who = next((s._.athlete for s in spans if s._.owned and s._.athlete is not None), None) or next(
            (s._.athlete for s in spans if s._.athlete is not None), None)
        races = [told_sexed.get((r := _split_race(doc, s)).id, r) for s in spans]
        race = next((r for r in races if r.sex), races[0])
        split_races.append(race)
        race_id = race.id
        out.append(
            Split(
                athlete=one.get(who.label_, who.label_) if who is not None else None,
                athlete_name=who.text if who is not None else None,
                race=race_id,
                at=at,
                distance_m=first._.distance_m,
                seconds=seconds,
                time=first._.clock,
                lap=first._.lap,
                lap_m=first._.lap_m,
                evidence=_unique([evidence(source, s) for s in spans]),
            )
        )
    return sorted(out, key=lambda s: (s.race, s.distance_m or 0, s.seconds)), split_races


def _same_point(groups: dict[tuple, list[Span]]) -> list[list[Span]]:
    """Join the groups of splits told at one point under two labels in the same time ("At the bell the clock showed 12:07.9"
    and "4600 m 12:07.9", "At four kilometres the time was 10:31.2" and "4000 m 10:31.2 (Chemutai)"): the point's distance the
    same (not a lap's, whose distance is its length), the time and the event the same (the groups' keys), and no two runners (one
    of them unnamed, or one named by a table or a list heading, whose runner the fact takes)."""
    joined: list[tuple[tuple, list[Span]]] = []  # ((seconds, event), the spans joined)
    for (_, seconds, event), spans in groups.items():
        first = spans[0]
        into = next((g for key, g in joined if key == (seconds, event) and first._.distance_m is not None and not first._.lap
                     and not g[0]._.lap and g[0]._.distance_m == first._.distance_m and _one_runner(g + spans)), None)
        if into is None:
            joined.append(((seconds, event), list(spans)))
        else:
            into.extend(spans)
    return [spans for _, spans in joined]


def _one_runner(spans: list[Span]) -> bool:
    """Do the splits name one runner at most, or one a table or a list heading names?"""
    return len({s._.athlete.label_ for s in spans if s._.athlete is not None}) <= 1 or any(s._.owned and s._.athlete is not None
                                                                                         for s in spans)


def _quotes(doc: Doc, source: Source, one: dict[str, str]) -> list[Quote]:
    athlete_at = {(s.start_char, s.end_char): one.get(s.label_, s.label_) for s in spans_of(doc, "athletes")}
    out = []
    for span in spans_of(doc, "quotes"):
        speaker = span._.speaker
        out.append(
            Quote(
                speaker=athlete_at.get((speaker.start_char, speaker.end_char)) if speaker is not None else None,
                speaker_name=span._.speaker_name,
                text=span.text,
                partial=span._.partial,
                evidence=[evidence(source, span)],
            )
        )
    return out


def _unique(items: list[Evidence]) -> list[Evidence]:
    return sorted(set(items), key=lambda e: (e.start, e.end))
