"""Race context: events, meetings, sexes, and the race each sentence speaks of.

Reads: sentences and `doc.spans["paragraphs"]` (segmenter), and the year the article was
published where its maker set it (`base.PUBLISHED_YEAR_KEY`): the main race's year when the text
names none. Writes:
- `doc.spans["events"]`: event mentions that name a race ("the 800 meters", "Bowerman Mile"),
  label = normalised event ("800m", "mile"); positions ("the first 400m") and titles
  ("the 2022 1500m world champion") are left out.
- `doc.spans["meetings"]`: meeting mentions, label = canonical meeting name, `span._.year`.
- `doc.spans["race_scopes"]`: one span per sentence, label = race id, `span._.race` a `RaceInfo`.

A sentence's race is built from its own cues (event, sex, meeting) and otherwise carried over
from the sentences before it; the article's main meeting is the one named most, counting twice
the mentions in sentences that give a time. "Elsewhere," or a university race opens a separate
race that lasts to the end of its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import patterns as P
from ..races import event_distance, metres, slug
from .base import (char_span, covering, inside, line_above_rows, opens_line, paragraphs, published_year, require, sentence_end,
                   sentences, set_extension, spans_of, text_of, write_spans)
from .quotes import marked_paragraphs
from .tables import split_tables
from .times import dotted_as_minutes, no_time_after, number, parse_clock, said_as_hour


TITLE_OF_MEETING_REACH = 30  # characters before a meeting searched for the title it names ("champion of")
FUTURE_REACH = 60  # characters before a meeting searched for what looks forward to it
WIRE_DATELINE_PARAS = 3  # paragraphs (headline, standfirst, ...) within which a first dateline is the wire's, not a section's


@dataclass(frozen=True)
class RaceInfo:
    meeting: str | None = None
    year: int | None = None
    event: str | None = None
    sex: str | None = None
    named: bool = True  # False: "elsewhere", "a college race": another meeting the text does not name
    division: str | None = None  # "wheelchair": a race of its own beside the runners' of the same sex and event
    round: str | None = None  # "heats", "semi-finals": an earlier round of the meeting's event, races of their own

    @cached_property  # asked for every span and result: a slug made once per race
    def id(self) -> str:
        parts = [self.meeting or "unknown-meeting", str(self.year) if self.year else None, self.sex, self.division, self.event, self.round]
        return slug("-".join(p for p in parts if p))

    @property
    def distance_m(self) -> float | None:
        return event_distance(self.event)


KNOWN_RACE_DISTANCE_REACH = 40  # characters after a known road race's name its distance may be said in
WIN_REACH = 70  # characters before an event searched for the win of its title ("won her fourth consecutive Olympic women's")
XC_METRES_MIN = 4000  # a cross country's distance in metres, odd and this long at least, may be its race's ("10.200 meters")


MAX_RAN_KM = 3  # a distance this short said run ("ran 2k at Temple Newsam juniors") is a race (a longer one may be a stretch run
# before fading: "ran 35km with the leaders")


def _told_with_its_climb(m: re.Match[str], before: str) -> bool:
    """Is a distance in km told as a mountain race's, its climb right after it ("24 kilometers and 1900 meters of positive
    difference in level"), not as a stretch run ("ran 18km with 1,250m of ascent in training")?"""
    return P.RACE_CLIMB_AFTER.match(m.string, m.end()) is not None and not P.RAN_DISTANCE_BEFORE.search(before)


def _around(m: re.Match[str]) -> tuple[str, str]:
    """The text right before and right after an odd distance, where it is said to be the race's own."""
    return m.string[max(0, m.start() - 30) : m.start()], m.string[m.end() : m.end() + 12]


def _event_from_metres(m: re.Match[str]) -> str | None:
    d = int(metres(m.group("d"), "m"))  # "10,000 metres", "10.000 meters" (German), "5 000m" (South African)
    said = (m.group("kind") or "").strip().lower()
    if said.startswith(("through", "over")) and d not in (60, 100, 110, 400):
        return None  # "the first 200m through the hurdles": a stretch of a hurdles race, no event
    k = re.sub(r"^(?:with|(?:through|over)(?:\s+the)?)\s+", "", said)
    kind = {"hedges": "steeplechase", "obstacles": "hurdles", "obstacle": "hurdles", "barriers": "hurdles", "sc": "steeplechase",
            "hs": "hurdles", "haies": "hurdles", "hekk": "hurdles", "häck": "hurdles", "hürden": "hurdles", "horden": "hurdles",
            "vallas": "hurdles"}.get(k, k)
    if d not in P.STANDARD_DISTANCES and not (kind == "hurdles" and d == 110):
        # a cross country's odd distance in metres, said as the race's: "dominates the 10.200 meters of the Sevillian circuit"
        # (translated; not a point reached, "at the 2.000 meters", "in the 5.100 meters")
        before, after = _around(m)
        if not kind and d >= XC_METRES_MIN and d % 100 == 0 and P.CROSS_COUNTRY.search(m.string) and (
                P.RACE_DISTANCE_THE_BEFORE.search(before) or P.OVER_THE_BEFORE.search(before) or P.COURSE_AFTER.match(after)
                or (before.rstrip().endswith("(") and after.lstrip().startswith(")"))):  # a results heading's "Men (10.200 m):"
            return f"{d / 1000:g}km"
        return None
    if kind.startswith("steeple") or (kind == "hurdles" and d in (2000, 3000)):  # "the 3000 meters with obstacles"
        return f"{d}m steeplechase"
    if kind == "hurdles":
        return f"{d}m hurdles"
    if kind:
        return None
    return f"{d}m"


def event_named_after_mark(text: str, end: int) -> str | None:
    """The event a mark ending at `end` names right after it: "16:22.41 in the 5,000m", "13:34.80 on the 5.000 meter", or
    ends the name of the race it was run at: "1:08:20 at the Inverness Half Marathon", "17:02 at the Glasgow 5K"."""
    if (lead := P.MARK_EVENT_LEAD.match(text, end)) is None:
        return None
    if (m := P.EVENT_METRES.match(text, lead.end())) is not None:
        return _event_from_metres(m)
    name = P.RACE_NAME_WORDS.match(text, lead.end())
    for word in re.finditer(r"\S+", text[lead.end() : name.end()] if name else ""):  # (each word of the name, its event last)
        if (m := P.EVENT_WORDS.match(text, lead.end() + word.start())) is not None and m.end() <= name.end() + 1:
            return _event_from_words(m)
    return None


def _event_from_words(m: re.Match[str]) -> str | None:
    if m.group("metric"):
        return "1500m"
    if m.group("two"):
        return "2 miles"
    if m.group("ten"):
        return "10 miles"
    if miles := m.group("nmiles"):  # "the Glenmore 5 Mile Road Race", "a four-mile race" (not "the four-mile marker")
        count = re.match(r"\w+", miles).group()
        before, after = _around(m)  # (or in a race's name: "the Glenmore 5 Mile on Friday", not "the Glenmore 5 Mile mark")
        if P.MILES_GROUP_BEFORE.search(before) and not P.MILES_RACE_AFTER.match(m.string, m.end()):
            return "mile" if miles.endswith("Mile") else None  # "the Division 3 Mile title": that division's mile race
        named = "Mile" in miles and P.RACE_NAME_WORD_BEFORE.search(before) and not P.MILE_MARK_AFTER.match(after)
        if not (named or P.MILES_RACE_AFTER.match(m.string, m.end())):
            return None
        start = max(m.string.rfind(c, 0, m.start()) for c in ",;.!?\n") + 1  # (its clause)
        ends = [i for c in ",;.!?\n" if (i := m.string.find(c, m.end())) >= 0]
        if P.PAST_CUE.search(m.string, start, min(ends, default=len(m.string))):
            return None  # "He had won the Bix 7 Mile in 32:10 the previous summer": a past race, not the one reported
        return f"{count if count.isdigit() else P.NUMBER_WORDS[count.lower()]} miles"
    if m.group("mile"):  # (not a numbered mile of a longer race, "Mile one", "Mile 2: 11:58", "mile 20", nor "for that mile")
        if P.MILE_NUMBERED_AFTER.match(m.string, m.end()) or P.MILE_OF_A_RACE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return None
        if m.string[m.start() - 1 : m.start()] == "(" and m.string[m.end() : m.end() + 1] == ")":
            return None  # a unit a table's header gives its points in: "Aid station (mile) | Ashdown | Ocampo"
        return "mile" if not m.group().lower().endswith("s") else None
    if m.group("half"):  # (a bare "half" after a race's place: "her 30th Auckland half in 2:48:17", not "the second half in")
        return "half marathon" if m.group() != "half" or P.RACE_NAME_WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) else None
    if m.group("ultra"):  # (not a title's or a role's word: "the former ultramarathon pacer")
        return None if P.ULTRA_ROLE_AFTER.match(m.string, m.end()) else ultra_distance(m.string)
    if m.group("marathon"):
        return "marathon"
    if m.group("km"):
        walk = m.group("walk")
        return f"{m.group('km')}km{RACE_WALK}" if walk else f"{m.group('km')}km"
    if m.group("kmodd"):  # "the Tugen Hills 21km Road Race", "Men 21km: 1. ...": no standard distance, a race's own only when said so
        before, after = _around(m)
        if P.RACE_WALK_AFTER.match(after):
            return f"{m.group('kmodd')}km{RACE_WALK}"  # "won the 35km race walk in 2:25:12"
        said = P.KM_RACE_AFTER.match(m.string, m.end()) or _told_with_its_climb(m, before) \
            or (P.RACE_LABEL_BEFORE.search(before) and P.RESULTS_FOLLOW.match(after)) \
            or (P.SEX_POSSESSIVE_BEFORE.search(before) and not re.search(r"\d\s?k$", m.group(), re.IGNORECASE)
                and int(m.group("kmodd")) <= P.SEX_POSSESSIVE_MAX_KM and not after.startswith(":") and not P.LED_AT_THE_BEFORE.search(before)) \
            or named_as_the_race(m, before, after) \
            or (int(m.group("kmodd")) <= MAX_RAN_KM and P.RAN_DISTANCE_BEFORE.search(before)
                                                                   and P.RAN_DISTANCE_VENUE_AFTER.match(after))
        return f"{m.group('kmodd')}km" if said else None
    if (word := m.group("kmword")) and P.KM_RACE_AFTER.match(m.string, m.end()):  # "the senior women's eight-kilometre race"
        return f"{P.NUMBER_WORDS[word.lower()]}km{RACE_WALK if P.RACE_WALK_AFTER.match(m.string, m.end()) else ''}"
    if m.group("kmdec"):  # a cross country's odd distance, said as the race's: "over the 10,1 kilometres", "the 9.8km course"
        before, after = _around(m)
        whole = P.OVER_THE_BEFORE.search(before) or P.COURSE_AFTER.match(m.string, m.end()) or _told_with_its_climb(m, before) \
            or after_laps(before, after) \
            or named_as_the_race(m, before, after) or (P.RACE_LABEL_BEFORE.search(before) and P.RESULTS_FOLLOW.match(after)) \
            or P.HAD_TO_COVER_BEFORE.search(m.string, max(0, m.start() - P.HAD_TO_COVER_REACH), m.start())  # ("Men (10,4 km)" over
        # "1. Vincent Langat"; "The men had to do 10,4 kilometer")
        return f"{float(m.group('kmdec').replace(',', '.')):g}km" if whole else None  # ("(8.0 km)": 8km)
    if m.group("steeple"):
        return "3000m steeplechase"
    if m.group("parkrun"):
        return "5km"
    if laps := m.group("laps") or m.group("laps2"):
        return P.EVENT_OF_LAPS[laps.lower()]
    return None


def _too_fast_after(text: str, m: re.Match[str]) -> bool:
    """Is the first time after a race named by a bare number of miles in its sentence too fast for that many miles ("won the
    Stockport 10 in 33:30": a 10km)?"""
    t = next((parse_clock(c) for c in P.CLOCK_TIME.finditer(text, m.end(), sentence_end(text, m.end()))), None)
    return t is not None and too_fast(f"{m.group('n')} miles", t.seconds)  # (read as `marathon_timed_there` reads a sentence's times)


def after_laps(before: str, after: str) -> bool:
    """Is a distance the race's own, said roughly in brackets after the laps its runners ran ("The senior men ran three laps
    (roughly 10km)"; `before` and `after` the text around it)?"""
    return P.LAPS_BRACKET_BEFORE.search(before) is not None and after.startswith(")")


def _ultra_km(m: re.Match[str]) -> float:
    return float(m.group("d").replace(",", "."))  # "87.7", "87,7"


def _most_said(said: list[re.Match[str]]) -> re.Match[str] | None:
    """The first of the ultra distances said (`P.ULTRA_DISTANCE`) of the distance said most often (the first said of those
    said as often), or None."""
    counts = Counter(_ultra_km(m) for m in said)
    if not counts:
        return None
    km = max(counts, key=lambda d: counts[d])  # (max keeps the first of equals)
    return next(m for m in said if _ultra_km(m) == km)


def ultra_distance(text: str) -> str:
    """An ultramarathon's event: the distance longer than a marathon the text says most often as a race's ("the 87km
    down run", "(56km)"; the first said of those said as often), else "ultramarathon" (not "passing 45km in 2:42:10", "runs
    160km a week")."""
    m = _most_said([m for m in P.ULTRA_DISTANCE.finditer(text)
                    if (m.group("race") or P.THE_RIGHT_BEFORE.search(text, max(0, m.start() - 4), m.start())) and not m.group("other")])
    return f"{_ultra_km(m):g}km" if m else "ultramarathon"


def named_ultra(text: str) -> str | None:
    """The ultra a race the text names a marathon is, where the text gives it a distance longer than a marathon as the
    race's, after "the" and before a race's word ("the Comrades Marathon" ... "to win the 87km up run") or after "run over"
    ("The men's race, run over about 86km from the Durban City Hall"), the first said
    most often; else None (not "a 100km week", "the 100km world record", "the 50km race walk", nor a race of the past: "Dijana
    won the 89km down run in 5:13:58 last month", its clause told in the past)."""
    m = _most_said([m for m in P.ULTRA_DISTANCE.finditer(text)
                    if (m.group("race") and P.THE_RIGHT_BEFORE.search(text, max(0, m.start() - 4), m.start())
                        or P.RUN_OVER_BEFORE.search(text, max(0, m.start() - 40), m.start())) and not m.group("other")
                    and not P.RACE_WALK_AFTER.match(text, m.end())
                    and not P.PAST_CUE.search(text, *_clause_of(text, m.start(), *_sentence_around(text, m.start())))])
    return f"{_ultra_km(m):g}km" if m else None


def marathon_timed_there(text: str, start: int) -> bool:
    """Does the sentence naming a marathon at `start` give a time a marathon's runner could run ("won the Berlin Marathon in
    2:02:42": a marathon, whatever ultra the text names besides)?"""
    times = (parse_clock(m) for m in P.CLOCK_TIME.finditer(text, start, sentence_end(text, start)))
    return any(t is not None and fits_event("marathon", t.seconds) for t in times)


def _in_a_points_list(text: str, at: int) -> bool:
    """Is the line at `at` an entry of a live blog, its time stamp opening it or on one of the two lines before ("9:52
    a.m. ET\n\n5K: ..."), or one of a list of one runner's points, another point's label with the same runner on the
    line before or after ("5K: Lemma 14:14\n10K: Lemma 28:32"; not a weekend's races: "5K: Emily Jones 15:58\n10K: Mark
    Smith 29:40")?"""
    line = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    before = [s for s in text[max(0, line - 200) : line].split("\n") if s.strip()][-2:]
    after = next((s for s in text[end + 1 : end + 200].split("\n") if s.strip()), "") if end >= 0 else ""
    runner = text[line : end if end >= 0 else len(text)].partition(":")[2].split()[:1]
    return bool(P.BLOG_STAMP_LINE.match(text, line, at) or any(P.BLOG_STAMP_LINE.match(s) for s in before)
                or any(P.SPLIT_POINT_LABEL.match(s) and s.partition(":")[2].split()[:1] == runner for s in (before[-1:] + [after])))


def timed_stretches(text: str) -> list[re.Match[str]]:
    """The stretches between two points of a road race said with their time, right after ("from 15km to 20km in 13:35",
    "Between 30 kilo and 35 kilo her lap was 16:21") or right before ("a 16:55 stretch from 15K to 20K"): splits, whose
    distances name no race."""
    if "rom " not in text and "etween" not in text:  # (cheap first: "from", "From", "between")
        return []
    return [m for m in P.STRETCH_POINTS.finditer(text)
            if not P.MOVE_UP_BEFORE.search(text, max(0, m.start() - 20), m.start())  # (not "stepped up from 5km to 10km and ran")
            and (P.STRETCH_THEN_TIME.match(text, m.end()) is not None
                 or P.TIME_THEN_STRETCH_BEFORE.search(text, max(0, m.start() - 50), m.start()) is not None)]


STAGE_REACH = 60  # characters before a bracketed distance searched for the stage it is the length of
RACE_NAME_REACH = 70  # ... and for the race's title in a sentence before its distance's bracket


def titled_distance(m: re.Match[str]) -> bool:
    """Is an odd distance its race's, in the bracket after the race's title on a line of its own at the article's top ("Crow Hill
    Horseshoe (AM, 14.2km / 720m)"), the text's only such line (not a list's: "Upcoming fixtures\nPendle Round (AM, 27.5km) –
    Saturday\nConiston Fell Race (AM, 14.5km) – Sunday", "Women (6.4km)" over "Men (9.7km)"), and not a point before a colon
    ("Shinagawa (15km): Kiptum leads")?"""
    if P.TITLE_BRACKET_BEFORE.search(m.string, max(0, m.start() - P.TITLE_BRACKET_REACH), m.start()) is None \
            or P.TITLE_BRACKET_AFTER.match(m.string, m.end()) is None:
        return False
    own_line = len([line for line in m.string[: m.start()].split("\n") if line.strip()])  # the title's line, counted from the top
    return own_line <= P.TITLE_BRACKET_LINES and sum(P.TITLE_WITH_DISTANCE_LINE.match(line) is not None for line in m.string.split("\n")) == 1


def named_as_the_race(m: re.Match[str], before: str, after: str) -> bool:
    """Is an odd distance in kilometres its race's own by what names it so: a relay's stage's length, the bracket after the
    race's title on its own line or in a sentence ("Crow Hill Horseshoe (AM, 14.2km / 720m)", "the 2025 Meikle Bin Hill Race
    (7.6km, 420m of climb)"), the bracket after "the junior race" ("The junior race (2.5km, to the gate and back)"), "the
    course is", or the race's name and "is" ("Ras Moel Siabod is 8.5km with about 700m of climb")?"""
    return staged_distance(m.string, m.start(), after) or titled_distance(m) or P.COURSE_IS_BEFORE.search(before) is not None \
        or (P.RACE_NAME_IS_BEFORE.search(before) is not None and not P.RACE_IS_NOT_AFTER.match(after)) \
        or P.RACE_NAME_BRACKET_BEFORE.search(m.string, max(0, m.start() - RACE_NAME_REACH), m.start()) is not None \
        or (P.RACE_WORD_BRACKET_BEFORE.search(before) is not None and not P.RACE_IS_NOT_AFTER.match(after))


def staged_distance(text: str, start: int, after: str) -> bool:
    """Is a distance in brackets at `start` a relay's stage's length, a race of its own for its runner ("In the 7th section
    (17.6km)" of an ekiden, "the 5th section of mountain climbing (20.8km)"), in a text about a relay (not "The first section (8km)
    of the Comrades route")?"""
    return after.startswith(")") and P.STAGE_BRACKET_BEFORE.search(text, max(0, start - STAGE_REACH), start) is not None \
        and P.RELAY_RACE.search(text) is not None


def find_events(text: str, *, titles: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, event) for every race-naming event mention; with `titles`, events named in
    titles too ("British 800 metres champion"): what an article that names its race no other way
    is about."""
    found: list[tuple[int, int, str]] = []
    table_rows = split_tables(text).rows
    point_end = -1  # where the last distance read as a point of the race ended
    title_end = -1  # where the last event named in a title ended: "his exploits over the steeplechase and the mile"
    longer_road_race = P.LONGER_ROAD_RACE.search(text) is not None  # (searched once: each event's search was quadratic)
    candidates = [(m, _event_from_metres(m)) for m in P.EVENT_METRES.finditer(text)]
    candidates += [(m, _event_from_metres(m)) for pattern in (P.EVENT_BARE, P.EVENT_OF_DAY, P.EVENT_HEADER, P.EVENT_SEX_HEADER, P.EVENT_AGATE,
                                                              P.EVENT_PLURAL)
                   for m in pattern.finditer(text)]
    candidates += [(m, _event_from_words(m)) for m in P.EVENT_WORDS.finditer(text)]
    for m in P.LAPS_OF_DISTANCE.finditer(text):  # "three laps of roughly 3km for the men, two for the women": 9km and 6km
        if any(c.start() < m.start() and text.rfind(".", c.end(), m.start()) < 0 and "\n" not in text[c.end() : m.start()]
               for c, e in candidates if e is not None):
            continue  # (not the laps of a race its sentence names before them: "The 10km course: three laps of 3km for the men")
        lap_km = float(m.group("d"))
        candidates.append((m, f"{number(m.group('n')) * lap_km:g}km"))
        if (lead := P.LAPS_FOR_THE_OTHER_SEX.match(text, m.end())) is not None and (other := P.LAPS_COUNT.match(text, lead.end())):
            candidates.append((other, f"{number(other.group('n')) * lap_km:g}km"))
    named = [(m, P.KNOWN_RACE_EVENTS[" ".join(m.group().lower().replace("-", " ").split())]) for m in P.KNOWN_RACE.finditer(text)]
    candidates += [(m, event) for m, event in named if not P.EVENT_NAMED_AFTER.match(text, m.end()) and not any(
        e == event and 0 <= c.start() - m.end() <= KNOWN_RACE_DISTANCE_REACH for c, e in candidates)]  # (not "the Great Scottish Run half
    # marathon", "the Great South Run, the 10-mile loop": the distance said with it is the one mention)
    candidates += [(m, f"{m.group('n')} miles") for m in P.BARE_MILES_RACE.finditer(text) if not _too_fast_after(text, m)]
    # an ultra's name shortened after it ("at the Two Oceans Marathon" after "the Two Oceans Ultra Marathon"), if the text names
    # no marathon of that name before it ("won the Berlin Marathon ... once ran the Berlin Ultramarathon as a pacer")
    ultras = [(m, event) for m, event in candidates if m.re is P.EVENT_WORDS and m.group("ultra") and event is not None]
    ultra_names = {}
    for m, _ in ultras:
        if (w := P.RACE_NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())) is not None:
            ultra_names.setdefault(w.group().strip(), m.start())
    for name in list(ultra_names):
        if re.search(rf"\b{re.escape(name)}\s+Marathon\b", text[: ultra_names[name]]):
            del ultra_names[name]
    stretches = timed_stretches(text)
    raced_ultra = cache(lambda: named_ultra(text))  # (searched once, and only for a marathon named)
    longest = cache(lambda: max((d for _, e in candidates if e is not None and (d := event_distance(e)) is not None), default=0.0))
    for m, event in sorted(candidates, key=lambda c: c[0].start()):
        if event is None or any(s <= m.start() < e for s, e, _ in found):
            continue
        if any(s.start() <= m.start() < s.end() or P.STRETCH_LENGTH_GAP.fullmatch(text, m.end(), s.start()) for s in stretches):
            continue  # "covered the section from 15km to 20km in 13:35", "Our 5K from 25K to 30K was 21:43": a stretch, its length
        before = text[max(0, m.start() - 40) : m.start()].rsplit("\n", 1)[-1]
        after = text[m.end() : m.end() + 40].split("\n", 1)[0]
        if event == "marathon" and (w := P.RACE_NAME_WORD_BEFORE.search(before)) and ultra_names.get(w.group().strip(), m.start()) < m.start():
            event = ultras[0][1]  # "at the Two Oceans Marathon" of an article on the Two Oceans Ultra Marathon: the ultra
        elif event == "marathon" and not ultras and P.RACE_NAME_WORD_BEFORE.search(before):
            if raced_ultra() and not marathon_timed_there(text, m.start()):
                event = raced_ultra()  # "the Comrades Marathon", "the 87km up run": that ultra
        if P.QUOTED_TITLE_BEFORE.search(before) and after[:1] in P.CLOSE_MARKS:
            continue  # 'what organisers bill as "The World's Most Beautiful Marathon"': a title, no race
        if P.WOULD_HAVE_BEFORE.search(before):
            continue  # "a time that would have won many a standalone marathon": a yardstick, no race
        # "the 13.1-mile course", "the marathon course": the race's whole length (not "the half marathon mark")
        # a course's distance in brackets closing its heading line ("Championship Course, Terre Haute (5,000 meters)"), not a point
        # (not a live blog's line: "The leaders hit Shinagawa (15km)")
        course_heading = bool(P.PLACE_BRACKET_BEFORE.search(before) and after.rstrip() == ")" and P.COURSE_WORD.search(before))
        if re.fullmatch(r"\d{1,2}000m", event) and (P.COURSE_ONLY_AFTER.match(after) or course_heading):
            event = f"{int(event[:-1]) // 1000}km"  # "over the 5,000-meter course": a road's or a cross country's 5km
        whole = (event in ("marathon", "half marathon") or event.endswith(("km", "miles"))) and (
            P.COURSE_AFTER.match(after)  # "over the 8km course"
            or (P.LOOP_AFTER.match(after) and P.THE_LOOP_BEFORE.search(before)))  # "the Great South Run, the 10-mile loop around"
        kind = "kind" in m.re.groupindex and bool(m.group("kind"))  # hurdles or a steeplechase: a race, never a point
        lapped = after_laps(before, after)
        staged = staged_distance(text, m.start(), after)
        whole = whole or lapped or staged
        # a heading over a splits list names its race ("MEN'S 10,000M SPLITS", "Women's 5000m lap times:"; not "his 400m split")
        headed_splits = bool(P.SPLITS_HEADING_AFTER.match(after) and P.SEX_LABEL_BEFORE.fullmatch(before))
        # (not a race: "The morning started with the 10km race for juniors")
        if not kind and not lapped and not staged and ((P.DISTANCE_POSITION_BEFORE.search(before) and not P.NAMED_FINAL_BEFORE.search(before)
                          and not P.EVENT_FOR_SEX_AFTER.match(after) and not P.KM_RACE_AFTER.match(after))
                         or (P.DISTANCE_POSITION_AFTER.match(after) and not whole and not headed_splits
                             and not (P.COVERED_AFTER.match(after) and not P.SENTENCE_THE_BEFORE.search(text, max(0, m.start() - 8), m.start())))
                         or (P.PLACE_BRACKET_BEFORE.search(before) and after.startswith(")")
                             and not (P.RESULTS_FOLLOW.match(text, m.end()) and P.LABEL_WORDS_BRACKET_BEFORE.search(before))
                             and not course_heading)
                         or (P.HALFWAY_BRACKET_BEFORE.search(before) and after.startswith(")"))
                         or (P.PASSED_IN_THE_BEFORE.search(before) and not P.RACE_ROUND_AFTER.match(after))):  # "through Cato Ridge
            # (28.5km) in" (not a label's: "Junior girls (3km): 1 Isabel"); "went through halfway (1500m) in 4:27.3", "passed in the 5
            # kilometers in 13:41": the point, no race
            point_end = m.end()
            continue
        if P.LAP_BRACKET_BEFORE.search(before):
            point_end = m.end()
            continue  # "At the second lap (4 km, 11:50)": the distance there, no race
        if P.LAP_LENGTH_AFTER.match(after) or P.LAP_OF_BEFORE.search(before):
            continue  # "The course was 2 km per lap", "on a lap of 2 km": a lap's length, no race
        if P.STRETCH_END_BEFORE.search(before):
            continue  # "The gap opened between 8km and 9km", "from 5km to 10km": a stretch of the race
        if P.UP_OR_DOWN_BEFORE.search(before) and not kind:
            continue  # "You go up 12km on the murram road": a stretch of a mountain course
        if (said := P.POINT_WORDS_THEN_TIME_BEFORE.search(before)) is not None and P.POINT_TIME_AFTER.match(after):
            point_end = m.start() - len(before) + said.start("gap")  # "took the field through the first lap in 62.5 and 800 metres in":
            # the next point after a lap's
        if point_end >= 0 and not P.KM_RACE_AFTER.match(text, m.end()) and (P.NEXT_POINT_GAP.fullmatch(text, point_end, m.start())
                               or (event.endswith("km") and P.NEXT_POINT_AFTER_MARK_GAP.fullmatch(text, point_end, m.start()))):
            point_end = m.end()
            continue  # "passed the 10 kilometers in 32:41 and the half marathon in 1h08:59": the next point
        if P.LISTED_POINT_TIME_BEFORE.search(text, max(0, m.start() - 100), m.start()) or P.PASSED_TIMED_POINT_BEFORE.search(before):
            continue  # "after a 54.2 first lap and a 1:51.0 800m", "through a 4:35 first 1600": a point of the race
        if (P.MARK_TIME_BEFORE_EVENT.search(before) and P.CREDENTIAL_AFTER.match(after)) or P.AT_A_TIME_AFTER.match(after):
            continue  # "a woman with a 49.57 400m on her CV": a credential; "200 metres at a time": a stretch
        if P.REACH_BEFORE.search(before) and P.TIME_RIGHT_AFTER.match(after):
            continue  # "reach 21.1km in 1:00:48": a point of the race
        # a distance a longer road race reported passes: the points below are its own ("On 30 km", "The 10 kilometers arrived in")
        road_point = event.endswith("km") and longer_road_race and float(event[:-2]) < 42
        if road_point and P.ON_POINT_OPENING_BEFORE.search(before) \
                and not P.ON_POINT_NOT_AFTER.match(text, m.end()):
            point_end = m.end()
            continue  # "On 30 km he had already 9 seconds before Rono" in a marathon's report (translated): a point of the race
        if ((P.POINT_CAME_AFTER.match(after) and P.POINT_OPENING_BEFORE.search(before)) or P.POINT_DASH_FOR_TIME_AFTER.match(after)) \
                and (here := event_distance(event)) is not None and longest() > here:
            point_end = m.end()
            continue  # "2000m came in 7:24.7 and 3000m in 11:09.1" of a 5000m, "2000 m – for 5.16" of a 3000m: points of the race
        if event == "half marathon" and P.HALF_PASSED_AFTER.match(after):
            point_end = m.end()
            continue  # a marathon's "half marathon passed with 1:14:05" (translated): its halfway
        if road_point and P.ARRIVED_AFTER.match(after):
            continue  # "The 10 kilometers arrived in 29:01" in a marathon's report (translated): a point of the race (not "The 100
            # km arrived in 6:05:35 for Sorokin", nor "the 10km arrived in 27:44 for Rhonex Kipruto")
        if P.FUTURE_EVENT_BEFORE.search(before):
            continue  # "who is building towards a spring marathon": a race to come
        if not kind and (P.HEIGHT_AFTER.match(after) or P.HEIGHT_BEFORE.search(before)
                         or (event.endswith("m") and not event.endswith("km")
                             and (P.CLIMB_AFTER.match(after) or P.CLIMB_SLASH_BEFORE.search(before)))):
            continue  # "a climb of more than 300 metres of positive difference in level", "(BM, 19km / 1,000m)": a height, no race
        if P.SIMILE_BEFORE.search(before) and not P.CLAUSE_OF_EVENT_AFTER.match(after):
            continue  # "Lemma treated the downhill start like a 10K": a comparison, not the race
        if P.CONVERSION_BEFORE.search(before):
            continue  # "a 3:59.41 mile is worth about 3:41 for 1,500 meters": a conversion, no race
        if P.DISTANCE_FOR_BEFORE.search(before) and not P.TIME_FOR_BEFORE.search(before) and not m.group().lower().startswith("the "):
            continue  # "for 15 kilometres on Sunday it looked": a stretch of the race, not the race ("back for the 800" is one)
        head = text[m.start() : m.start("d")] if "d" in m.re.groupindex and m.group("d") else ""  # "the " of "the 3,000"
        if P.EVERY_BEFORE.search(before) and not kind and not P.ROUND_WORD_AFTER.match(after) and (
                P.HEADING_REST_AFTER.match(text, m.end()) or P.EVERY_SPACING_AFTER.match(after)):
            continue  # "Women's leader, every 5K (leader in brackets):", "Leader every 5K": a heading over the points of a splits
            # table; "water stations were every 5km – but": a spacing
        if P.CLOCK_READ_AFTER.match(after) or (P.CLOCK_AT_POINT_BEFORE.search(before) and not kind):  # (not "made the chronometer
            # explode in the 3000 m steeple")
            continue  # "In the 800 meters the chrono marked 2'04''3": a point of the race
        if P.TRACK_CLOCK_READ_AFTER.match(after) and P.JOINED_POINT_BEFORE.search(before) \
                and (here := event_distance(event)) is not None and longest() > here:
            point_end = m.end()
            continue  # "... through with time 2.44,1 and in 2000 metres the clock was 5.30,2" of a steeplechase: a point of the race
        if road_point and P.ROAD_CLOCK_READ_AFTER.match(after):
            continue  # a marathon's "and in the 20 kilometres the clock showed 1:03:25": a point of the race
        if P.EN_ROUTE_AFTER.match(after) and any(r.start() <= m.start() < r.end() for r in P.SPLIT_POINT_EN_ROUTE.finditer(
                text, max(0, m.start() - 30), m.end() + 40)):
            continue  # "His 1500m en route was 3:32.2": a point of the race (a mile)
        if (road_point and P.IN_THE_BEFORE.search(before + head)
                and P.BRACKETED_CLOCK_AFTER.match(after) and not P.RACE_OF_ITS_OWN_AFTER.match(text, m.end())):
            point_end = m.end()
            continue  # a marathon's "In the 30 km (1:27:15) the last hare retired" (translated): a point of the race
        if road_point and (P.SENTENCE_THE_BEFORE.search(text, max(0, m.start() - 8), m.start()) and P.CLOCK_TIME.search(text, m.end(), m.end() + 40)
                           or P.SENTENCE_IN_THE_BEFORE.search(text, max(0, m.start() - 11), m.start())
                           and P.CLOCK_TIME.search(text, m.end(), _sentence_around(text, m.end())[1])) and not _race_of_its_own(text, m.end()):
            continue  # a marathon's "The 30 kilometers, front group time 1:30:50", "The 20 kilometers the front group reached
            # 1:00:38" (translated from Chinese), "In the 30 kilometres the Kenyan had already a gap of 22 seconds (1:48:20)": a point
            # of the race (not "The 10km, held alongside, was won by Daniel Ruto in 28:40", "The 10 kilometers went to Rhonex Kipruto
            # in 27:18", "The 10 kilometers: 1. Daniel Ruto 28:40", "In the 10km race Ruto ran 28:40")
        if P.POSITION_TO_BEFORE.search(before + head) and (after.startswith(",") or event.endswith("km") or P.TIME_RIGHT_AFTER.match(after)):
            continue  # "To the 600 m, the chronometer indicated 1:29,5", "To the 30 km only Geay and Kipruto were together",
            # "has carried the group to the 400 in 55"8" (translated)
        if m.re is P.EVENT_BARE and P.BARE_EVENT_CLAUSE_AFTER.match(after) and not P.BARE_EVENT_CLAUSE_BEFORE.search(before):
            continue  # "Of the 3000 the organisers expected": a crowd (not "In the 100 the South African wins")
        if re.search(r"\bnot\s+(?:the\s+)?$", before):
            continue  # "for the two miles, not the mile"
        # "won the Great Scottish Run half marathon in 1:02:14", "ran Winchester parkrun in 16:58": a race, never a point
        road = event in ("marathon", "half marathon") or "parkrun" in m.group().lower()
        track = re.fullmatch(r"\d+m", event) is not None and P.RAN_TRACK_EVENT_BEFORE.search(before + head) is not None
        if P.TIME_RIGHT_AFTER.match(after) and not road and not track and not P.RACE_NAMED_BEFORE.search(before + head):
            continue  # "10km 28:52", "and 10km in 28:52": a split point, not the race ("the city's flagship 10K in 27:49",
            # "a ferociously quick Diamond League 1500m in 3:58.64" are)
        if P.TIME_AFTER_DASH.match(after) and P.LINE_OPENING.fullmatch(before):
            continue  # "5km - 14:07 (Kiplimo)" opening a line of a splits table, "08:48 - 25km: 1:17:31" of a live blog
        if event.endswith(("km", "miles", "mile")) and longer_road_race and _in_a_points_list(text, m.start()) and (
                P.LINE_OPENING.fullmatch(before) and (P.POINT_LABEL_NAME_TIME_AFTER.match(after) or P.POINT_FOR_FIELD_AFTER.match(after))
                or (f := P.POINT_FOR_NAME_AFTER.match(after)) and f.group("name").lower() not in P.COUNTRY_WORDS):
            continue  # a marathon's live blog: "9:52 a.m.\n5K: Lemma 14:14, with a small gap", "10K for Lemma in 28:32",
            # "30km for the women in 1:36:58": points
        if event.endswith(("km", "miles", "mile")) and longer_road_race and P.BLOG_STAMP_BEFORE.search(before) and P.LABEL_END_AFTER.match(after):
            continue  # a marathon's live blog: "7:46 a.m. — 5km. A big men's pack goes through in 14:40": a point, its entry's label
        if m.start() in table_rows:
            continue  # "700m | Cheruiyot | 1:37.52" under a header "Point | Leader | Time"
        title = P.EVENT_TITLE_AFTER.match(after) and not P.WIN_BEFORE_EVENT.search(  # "won 800m gold" is a race
            text, max(0, m.start() - WIN_REACH, text.rfind("\n", 0, m.start()) + 1), m.start())
        listed = title_end >= 0 and P.EVENT_LIST_GAP.fullmatch(text, title_end, m.start())  # "... and the mile"
        title_before = (P.EVENT_TITLE_BEFORE.search(before) and not P.MEDAL_WON_BEFORE.search(before)  # not "took silver in the 1500m"
                        and not P.RECORD_RUN_BEFORE.search(before)  # nor "Tsegay's 14:00.21 world record in the 5000m"
                        and not (P.RECORD_OF_EVENT_BEFORE.search(before) and P.TIME_RIGHT_AFTER.match(after)))
        # (nor "the world record of the 3000 m steeple in 7'52''11")
        owned = P.OWNER_BEFORE_EVENT.search(before) and P.OWNED_RECORD_AFTER_EVENT.match(after)  # "her 1500m world record"
        won = P.WINNER_OF_THE_BEFORE.search(before)
        past_win = won is not None and (won.group("last") is not None or P.PAST_EDITION_AFTER.match(after) is not None)
        if not titles and (title or listed or title_before or owned or past_win or re.search(r"(?:19|20)\d\d\s+$", before)):
            title_end = m.end()
            continue  # "the 2022 1500m world champion", "world champion at 10,000m", "winner of the 20 km of Paris last
            # October": titles, not this race
        if m.re is P.EVENT_BARE and text[m.start()].isdigit() and not any(P.EVENT_PAIR_GAP.fullmatch(text, e, m.start()) for _, e, _ in found[-1:]):
            continue  # the second of two only right after a first: "swept the 5,000 and 10,000" (not "$1,500 and 3,000 for a record")
        found.append((m.start(), m.end(), event))
    # a cross country's distance said both ways, "the 5K race" and "Boys (5,000 meters)": its 5km, not the track's 5000m
    kms = {e for _, _, e in found if e.endswith("km")}
    if kms and P.CROSS_COUNTRY.search(text):
        found = [(a, b, f"{int(e[:-1]) // 1000}km" if re.fullmatch(r"\d+000m", e) and f"{int(e[:-1]) // 1000}km" in kms else e)
                 for a, b, e in found]
    if not found and (said := _raced_ultra_said(text)) is not None:
        found.append(said)  # "The 105-mile (169km) circuit of the Lake District": a trail ultra that names no event otherwise
    return found


def _race_of_its_own(text: str, end: int) -> bool:
    """Is the distance ending at `end` told as a race of its own: "the 10km race", "..., held alongside, was won by", "went to
    Rhonex Kipruto", "The 10 kilometers: 1. Daniel Ruto"."""
    return bool(P.KM_RACE_AFTER.match(text, end) or P.RACE_OF_ITS_OWN_AFTER.match(text, end) or P.RACE_WENT_TO_AFTER.match(text, end)
                or P.RACE_LISTED_AFTER.match(text, end))


def _raced_ultra_said(text: str) -> tuple[int, int, str] | None:
    """Where a text naming no event says a distance longer than a marathon as its race's, a race's word after it ("The
    105-mile (169km) circuit", "the 87km down run"), and that event, the first said most often; else None (not "the 50km bus
    ride to the start", "the 62km aid station", "the 90km journey to Girona", "the 50km race walk")."""
    if "km" not in text and "ilomet" not in text:
        return None  # (the cheap test first)
    m = _most_said([m for m in P.ULTRA_DISTANCE.finditer(text) if m.group("race") and not m.group("other")
                    and m.group("race").split()[-1].lower() != "journey" and not P.RACE_WALK_AFTER.match(text, m.end())])
    return (m.start(), m.end("d"), f"{_ultra_km(m):g}km") if m else None


def _given_name_before(text: str, start: int) -> bool:
    """Is the word right before `start` a person's given name: capitalised, and no place, people, or word that opens a
    sentence or a phrase ("Ivo Van Damme"; not "Then Bislett", "Oslo Bislett", "Norwegian Bislett fans")?"""
    if (m := P.GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start)) is None:
        return False
    word = m.group("word").lower()
    return word not in P.NOT_GIVEN_NAMES and word not in P.COUNTRY_WORDS and word not in P.HOST_CITIES


def canonical_meeting(name: str) -> str | None:
    """Canonical meeting name, or None for names too generic to tell one meeting ("Games")."""
    if (joined := re.search(r"(\w+)(?<!Half)-(?:Half[\s-]+)?Marathon\b", name)) and joined.group(1).lower() in P.NOT_A_CITY_BEFORE_MARATHON:
        return None  # "the Berlin-Marathon", "the Köln-Marathon" (German copy translated) are the cities'; not "the Pre-Marathon
        # press conference"
    name = re.sub(r"^(?:The|the)\s+", "", re.sub(r"\s+|-(?=(?:Half[\s-]+)?Marathon\b)|(?<=Half)-(?=Marathon\b)", " ", name).strip())
    if P.POINT_NOT_RACE_NAME.match(name):
        return None  # "By 10K (41:51) we had settled", "At 30K": a point of the race, no road race's name
    key = name.lower()
    if key.endswith("trials"):  # "U.S. Olympic Team Trials" selects a team: no Olympic Games
        return re.sub(r"\bTeam\s+", "", name) if len(name.split()) > 1 else None
    for synonym, canonical in P.MEETING_SYNONYMS.items():
        if synonym in key:
            return canonical
    if "diamond league" in key:  # "Oslo Diamond League" is a meeting; the series or its sponsor is none
        if "final" in key:
            return "Diamond League Final"
        city = key.split("diamond league")[0].split()
        return name if city and city[-1] not in ("wanda", "the") else None
    words = name.split()
    if len(words) == 1 and words[0] not in P.MEETING_HEADS_ALONE_OK:
        return None
    return name


def find_meetings(text: str) -> list[tuple[int, int, str, int | None]]:
    found = []
    for m in P.MEETING.finditer(text):
        if m.group("olympic_event"):  # "won the Olympic 5000m"
            found.append((m.start(), m.end(), "Olympic Games", None))
            continue
        if m.group("olympic_city"):
            found.append((m.start(), m.end(), "Olympic Games", int(m.group("olympic_year"))))
            continue
        raw, name_start = m.group("name"), m.start("name")
        if blank := list(P.BLANK_LINE.finditer(raw)):  # a name runs on no paragraph before it: "Naniwa Sports Online\n\nOsaka
            cut = blank[-1].end()  # Marathon" is the Osaka Marathon (a name wrapped on a line runs on: "the 2024 Boston\nMarathon")
            raw, name_start = raw[cut:], name_start + cut
        name = canonical_meeting(raw)
        if name is None or P.POSSESSIVE_DETERMINER_OPENING.match(raw):
            continue  # (nor a blog's "My 10K PB was": no meeting)
        if P.EVENT_ONLY_HEADING.fullmatch(name) and P.HEADING_LABEL_END.match(text, m.end()) and opens_line(text, name_start):
            continue  # a results heading's "Half Marathon (Men):", "Half Marathon:" opening its line: the event, no meeting's name (not a
            # line of bests: "Her bests – Half Marathon (2018): 1:08:29")
        words = name.split()
        if len(words) == 2 and words[0].lower() in P.COUNTRY_WORDS and P.NATIONAL_TITLE_AFTER.match(text, m.end()):
            continue  # "to win the Canadian 10K road championship" (at the Ottawa 10K): a national title, no meeting
        year = int(m.group("year")) if m.group("year") and name_start == m.start("name") else None
        if year is None and m.group("year_after"):
            year = int(m.group("year_after"))  # "since the World Championships 2019 in Doha"
            found.append((name_start, m.end("name"), name, year))
            continue
        found.append((name_start if not year else m.start(), m.end("name"), name, year))

    def unclaimed(m: re.Match[str]) -> bool:  # not inside a meeting already found
        return not any(s <= m.start() < e for s, e, _, _ in found)

    for m in filter(unclaimed, P.MEETING_HEAD_FIRST.finditer(text)):
        half = m.group("half") or m.group("half_en")
        found.append((m.start(), m.end(), f"{m.group('place')} {'Half Marathon' if half else 'Marathon'}", None))
    for m in filter(unclaimed, P.MEETING_IN_CAPITALS.finditer(text)):
        words = list(re.finditer(r"\S+", m.group("name")))
        named = [w for w in words if not P.MEETING_HEAD_WORD.fullmatch(w.group())]
        if not named:
            continue  # "In the WOMEN'S MARATHON", "the HALF MARATHON": a race of the meeting, no meeting's name
        if len(named) > 1 and P.ACRONYM_WORD.fullmatch(named[0].group()):
            words.remove(named[0])  # a sponsor's or a body's acronym, as MEETING leaves it out of a name in title case: "the TCS
            # LONDON MARATHON" (not "the GOLD COAST MARATHON", nor "the NYC HALF MARATHON", its one name)
        start = m.start("name") + words[0].start()
        title = " ".join(w if P.ACRONYM_WORD.fullmatch(w) or w[0].isdigit() else w.capitalize() for w in text[start : m.end()].split())
        if (name := canonical_meeting(title)) is not None:
            found.append((start, m.end(), name, None))
    for m in filter(unclaimed, P.MEETING_OF_CITY.finditer(text)):
        found.append((m.start(), m.end(), f"Meeting de {m.group('place') or m.group('host').title()}", None))
    known = list(filter(unclaimed, P.KNOWN_MEETING.finditer(text)))
    # "Ivo Van Damme of Belgium was young and dangerous": the person the meeting is named after, and so "Van Damme" after
    # (but not "at Prefontaine" in the same text)
    named = {m.start(): m.group() for m in known if _given_name_before(text, m.start())}
    for m in known:
        if m.start() in named or (m.group() in named.values() and not P.MEETING_CUE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                  and not P.MEETING_CUE_AFTER.match(text, m.end())):
            continue
        found.append((m.start(), m.end(), P.MEETING_SYNONYMS[m.group().lower()], None))
    for m in P.INTERNATIONAL_MEETING_HEAD_FIRST.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _, _ in found):
            found.append((m.start(), m.end(), m.group(), None))  # "the Meeting Internacional Mohammed VI" (not a person in it)
    for m in P.MEETING_MEMORIAL_OF.finditer(text):
        words = {w.lower() for w in m.group("person").split()}
        if any(s < m.end() and m.start() < e for s, e, _, _ in found) or words & P.NON_PERSON_HEADS or words & P.NOT_A_MEMORIAL_S_PERSON:
            continue  # "the Memorial Van Damme" (a meeting known), "Memorial Stadium Saturday", "Memorial Day"
        # (the span the word "Memorial" alone: the person after "of" stays a name, an athlete of the past)
        found.append((m.start(), m.start() + len("Memorial"), f"{m.group('person')} Memorial", None))
    return sorted(found)


def titles_meeting(text: str, start: int, floor: int = 0) -> bool:
    """Is the meeting named at `start` an athlete's title, not the race at hand ("The men's marathon champion of
    Hangzhou Asian Games He Jie ranked the 6th")?"""
    return P.TITLE_OF_MEETING_BEFORE.search(text, max(floor, start - TITLE_OF_MEETING_REACH), start) is not None


def main_year(text: str, meetings, main: str | None, lead_end: int) -> int | None:
    """The year of the article's race: written with its meeting ("the 2023 Prefontaine Classic"),
    else a full date in the lead or dateline ("BERLIN, Sept 24, 2023"); None when neither says."""
    m = P.FULL_DATE.search(text, 0, lead_end)
    for start, _, name, year in meetings:
        older = int(m.group("year")) - year if m and year and start > m.start() else 0
        if name == main and year and start < lead_end and not (older >= OLDER_EDITION_YEARS or (
                older > 0 and any(x <= start < y for x, y in _asides(text, *_sentence_around(text, start))))):
            return year  # not "the 3,000m at the 2023 Prefontaine Classic" later on, nor an edition years older than the date
            # before it ("PARIS, Aug 10, 2024 - ... every Olympic final ever run except London 2012"; "TOKYO, Aug 7, 2021 - ... at the
            # Tokyo 2020 Games" and a January review of last year's race are those editions, unless named in an aside: "Faith
            # Kipyegon, who set a world record at the 2023 Prefontaine Classic, returned")
    return int(m.group("year")) if m else None


def lead_region_end(text: str, paras) -> int:
    """End of the lead: headline, standfirst and the first paragraph of running text."""
    for a, b in paras.ranges:
        if len(text[a:b].split()) >= 25:
            return b
    return paras.ranges[-1][1] if len(paras) else 0


def walked(text: str, events: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A distance a report names as a race walk, named again alone, is that walk ("the men's 20km race walk ... Greece's Antigoni
    Ntrismpioti won the women's 20km in 1:29:03", both said right after a sex), unless the report names a run of that distance too
    ("a 10km race walk and a 10km fun run", "the 10km run"); not a road race's name ("the Leeds 10K")."""
    walks = {e for _, _, e in events if e.endswith(RACE_WALK)}
    if not walks:
        return events
    walks -= {e + RACE_WALK for _, b, e in events if P.KM_RACE_AFTER.match(text, b) or P.RUN_WORD_AFTER.match(text, b)}
    sexed = {a for a, _, _ in events if P.SEX_CUE.search(text, max(0, a - SEX_REACH), a)}  # (said right after a sex)
    walks &= {e for a, _, e in events if a in sexed}  # (a walk said with its sex: "In the men's 10km, Mo Farah won" after "the
    # 10km race walk" is a run)
    return [(a, b, e + RACE_WALK if e + RACE_WALK in walks and a in sexed else e) for a, b, e in events]


RACE_WALK = " race walk"
SEX_REACH = 12  # characters before a distance its sex is said in: "the women's 20km"


def sex_cue(text: str) -> str | None:
    m = P.SEX_CUE.search(text)
    return cue_sex(m) if m else None


def cue_sex(m: re.Match[str]) -> str:
    """The sex a `SEX_CUE` match says: "women's" -> "women", "feminine" -> "women"."""
    return P.SEX_OF_CUE[(m.group("sex") or m.group("adj") or m.group("letter")).lower()]


def _clause_of(text: str, pos: int, a: int, b: int) -> tuple[int, int]:
    """The stretch of the sentence [a, b) around `pos` between its commas, semicolons, colons and dashes."""
    start = max((m.end() for m in P.PUNCTUATION_BREAK.finditer(text, max(a, pos - 200), pos)), default=a)
    end = m.start() if (m := P.PUNCTUATION_BREAK.search(text, pos, min(b, pos + 200))) else b
    return start, end


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`, as far as full stops tell (the lead is read before sentences are at hand)."""
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    b = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    return a, b


def _asides(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The asides of the sentence [a, b): its relative clauses and the titles set off in it."""
    return [m.span() for pattern in (P.RELATIVE_CLAUSE, P.TITLE_APPOSITIVE) for m in pattern.finditer(text, a, b)]


def to_come(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Is the meeting named at [start, end) one still to come, by what looks forward to it before ("now turns her attention to
    the World Championships") or after ("the Olympic Games which will hold themselves in the capital")?"""
    return (P.FUTURE_MEETING_BEFORE.search(text, max(floor, start - FUTURE_REACH), start) is not None
            or P.FUTURE_MEETING_AFTER.match(text, end) is not None) and P.WHERE_AFTER_MEETING.match(text, end) is None
    # (not one where the sentence goes on to tell what was run there: "at three weeks of the World Indoor Championships in
    # Glasgow, where he later took silver in 7:42.98")


def main_meeting(text: str, meetings, sent_bounds, time_sentences: set[int], lead_end: int) -> str | None:
    """The meeting named most, a mention counting more in a sentence with a time (unless its clause
    dates it before: "had already run 4:16.41 at Millrose", "the 7.67 she ran at Millrose in February"
    in a March report) or in the lead; one still to come ("now turns her attention to the World
    Championships") or where a mark came from ("her PR of 4:25.8 from the Oregon Relays") counts for
    nothing (nor does a title won there, "the Commonwealth Games winner",
    which the caller leaves out of `meetings`, as it does of the race scopes); one only
    ever dated so, or named as an edition two or more years before the latest year the text names ("the
    1952 Helsinki Olympics"), loses to any named otherwise, and with none named otherwise is no main
    meeting at all."""
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    undated: set[str] = set()  # meetings named at least once in the lead or undated
    lead_months = {m.group() for m in P.MONTH_NAME.finditer(text, 0, lead_end)}
    latest = max((int(y.group("year")) for y in P.PUBLISHED_YEAR.finditer(text)), default=None)
    for start, end, name, year in meetings:
        if to_come(text, start, end):
            continue
        i = sent_bounds.index(start)
        a, b = _clause_of(text, start, *sent_bounds.of(start))
        if P.MARK_FROM_MEETING_BEFORE.search(text, max(a, start - 40), start):
            continue  # where a mark came from: "Morrow's PR of 4:25.8 from the Oregon Relays"
        dated = P.PAST_CUE.search(text, a, b) or any(m.group("month") not in lead_months for m in P.MONTH_ALONE.finditer(text, a, b)) \
            or (year is not None and latest is not None and latest - year >= OLDER_EDITION_YEARS)  # "at the 1952 Helsinki Olympics" in a 2023 report
        if not dated or start < lead_end:
            undated.add(name)
        # dated in its own clause: "..., lowering the 7.67 she ran at Millrose in February."; nor does a time count for one
        # named in an aside: "the Kenyan, who ran the 10,000m for his country at the Paris Olympics, said"
        sa, sb = sent_bounds.of(start)
        asides = _asides(text, sa, sb)
        aside = any(x <= start < y for x, y in asides) and (start >= lead_end or any(
            not any(x <= s < y for x, y in asides) for s, _, n, _ in meetings if sa <= s < sb and n != name))
        # (the lead's aside is the race's, "BERLIN — Tigst Assefa, who won the Berlin Marathon on Sunday, clocked 2:15:37", unless
        # the sentence names another meeting outside its asides: "who won the 5,000m at the Paris Olympics, ran 7:17.55 in the
        # 3,000m at the Memorial Van Damme")
        score[name] += (4 if i in time_sentences and not dated and not aside else 1) + (2 if start < lead_end else 0)
        first.setdefault(name, start)
    if not score:
        return None
    # a meeting only ever named as where an earlier mark was set is not the one reported (nor, with no other, is any)
    best = max(score, key=lambda n: (n in undated, score[n], -first[n]))
    return best if best in undated else None


class RaceContext:
    def __call__(self, doc: Doc) -> Doc:
        require(doc, "paragraphs", "athletics_race_context", "athletics_segmenter")
        text = text_of(doc)
        sents, paras = sentences(doc), paragraphs(doc)
        events = walked(text, find_events(text) or find_events(text, titles=True))
        meetings = find_meetings(text)
        time_sents = {sents.index(m.start()) for m in P.CLOCK_TIME.finditer(text)}
        time_sents |= {sents.index(m.start()) for m in P.WORDED_TIME.finditer(text)}
        lead_end = lead_region_end(text, paras)
        raced = [m for m in meetings if not P.MEETING_TITLE_AFTER.match(text, m[1])  # not "the Commonwealth Games winner", nor
                 and not _run_at_as_a_best(text, m[0])]  # where a best was run ("after a personal best of 1:09:10 at the Aberdeen Half")
        main = main_meeting(text, raced, sents, time_sents, lead_end)
        doc._.main_meeting = main

        write_spans(doc, "events", [s for a, b, e in events if (s := char_span(doc, a, b, e))])
        meeting_spans = []
        for a, b, name, year in meetings:
            span = char_span(doc, a, b, name)
            if span is not None:
                span._.year = year
                meeting_spans.append(span)
        write_spans(doc, "meetings", meeting_spans)

        year = main_year(text, meetings, main, lead_region_end(text, paragraphs(doc)))
        if year is None and main is not None:
            year = published_year(doc)  # a race report is about a race of the year it came out
        write_spans(doc, "race_scopes", fill_sex(self._scopes(doc, Indexed(events), Indexed(raced), main, year)))
        return doc

    def _scopes(self, doc: Doc, events, meetings, main: str | None, year: int | None = None) -> list[Span]:
        """One span per sentence with the race it speaks of, carried over from sentence to sentence
        (not into a section of a round-up that opens with its place)."""
        text = text_of(doc)
        sents, paras = sentences(doc), paragraphs(doc)
        scopes: list[Span] = []
        main_event = Counter(e for _, _, e in events).most_common(1)
        quoted = [(m.start, m.end) for marked in marked_paragraphs(doc) for m in marked]
        spoken = [(x, y) for x, y in quoted if len(text[x:y].split()) >= SPOKEN_WORDS]
        narrated = Indexed(e for e in events if not inside(e[0], spoken))  # (not a quote's: '"We had agreed 30 kilometre," said
        # the race director' is no 30km race of the marathon's sentences after it; a title's is: "the “Mile of the Century”")
        main_event_name = main_event[0][0] if main_event else None
        current = RaceInfo(meeting=main, year=year, event=main_event_name)
        elsewhere_para, elsewhere = -1, RaceInfo(meeting="elsewhere", named=False)
        titles = cache(lambda: Indexed(find_events(text, titles=True)))  # found only if a time fits no event named
        first_prose = next((pa for pa, pb in paras.ranges if len(text[pa:pb]) > 200), 0)
        seen_dateline = False
        categories = category_distances(text)  # each category's distance, as a programme lists them
        sex_events: dict[str, str] = {}  # each sex's own distance, said of both: "the men ran 10km and the women 6.5km"
        sex_said: dict[str, str] = {}  # ... or each said alone, right after its sex: "won the men's 10K", "In the women's 6K"
        headed: tuple[int, str] | None = None  # where a block under a line that says only a sex ("Men") opens, and that sex
        for a, b in sents.ranges:
            stext = text[a:b]
            para = paras.index(a)
            para_opening = 0 <= para < len(paras.ranges) and a == paras.ranges[para][0]
            dateline = para_opening and P.DATELINE.match(text, a) is not None
            # (a wire's dateline after its standfirst opens no section)
            opens_section = a > first_prose and dateline and (seen_dateline or para > WIRE_DATELINE_PARAS)
            seen_dateline = seen_dateline or dateline
            if opens_section:
                # a round-up's section, opened by its place ("MARUGAME. Ren Tazawa ..."): no event carried into it
                current = RaceInfo(meeting=main, year=year)
                sex_events, sex_said = {}, {}
            if para_opening and a == first_prose and para > 0 and current.sex is not None:
                current = replace(current, sex=None)  # a standfirst's "and Tigist Ketema wins the feminine test": the body's
                # first paragraph opens on the race as a whole, not on the sex the headlines spoke of last
            if para_opening and a > first_prose and P.RESULTS_HEADING.fullmatch(text, *paras.ranges[para]):
                current = RaceInfo(meeting=main, year=year, event=main_event_name)  # "RESULTS" closing
                # a report: its list is of the article's race, not of the side race told last ("won the junior 1K fun run in 4.12")
            if para_opening and a > first_prose and current.sex is not None and _section_heading(stext):
                current = replace(current, sex=None)  # "Masters", "Gwinnett runners": a section of its own, not the women's race
                # told last (its runners' sex is their own, or the one sex the article tells of the race)
            if para_opening and a > first_prose and current.sex is not None and _aside_before(text, paras.ranges[para - 1], scopes) \
                    and (told := _last_told_sex(text, a, scopes, current.sex)) is not _NOT_TOLD:
                current = replace(current, sex=told)  # a wire's lede, then an aside of one sentence on the other race, "Kebede won the
                # women's race in 2:16:08.", then "Kipruto, who set the course record ...": back to the race of the runner the
                # paragraph opens on
            local = current if para != elsewhere_para else elsewhere
            if local.division and para_opening:
                local = replace(local, division=None)  # a wheelchair race is told within its paragraph
            if (P.ELSEWHERE_CUE.search(stext) and not _same_meeting(text, a, stext, meetings, main)) or P.OTHER_MEETING_CUE.search(stext):
                other = P.OTHER_MEETING_CUE.search(stext)
                local = RaceInfo(meeting=other.group().lower() if other else "elsewhere", named=False)
                # a heading alone ("ELSEWHERE") stands for the paragraph under it
                heading = not other and len(text[slice(*paras.ranges[para])].strip()) <= HEADING_CHARS
                elsewhere_para, elsewhere = para + heading, local
            local = sentence_race(text, a, b, local, narrated, meetings, main)
            if para_opening and len(text[slice(*paras.ranges[para])]) <= HEADING_CHARS and events.within(a, b):
                sex_events, sex_said = {}, {}  # a heading naming its race's event ("Senior men 10km") ends what each sex's distance
                # was said to be before it ("In the junior races, ... won the men's 8km and ... the women's 6km")
            if paired := events_by_sex(text, a, b, events):
                sex_events = paired
            elif local.sex in sex_events and not events.within(a, b):
                local = replace(local, event=sex_events[local.sex])  # "Senior women: Hannah Grieve ... 3rd in 22:51": their 6.5km
            elif (said := sex_said_event(text, a, b, events)) is not None:
                sex_said[said[0]] = said[1]
            elif local.sex is not None and local.event is not None and not events.within(a, b) and local.sex in sex_said \
                    and local.event in sex_said.values() and sex_said[local.sex] != local.event:
                local = replace(local, event=sex_said[local.sex])  # "In the women's 6K, ... MEN: BLANKS BIDES HIS TIME. A lead pack
                # went through 5K in 14:21": the men's 10K said before, not the women's distance carried over
            if categories and not events.within(a, b) and (cat := P.CATEGORY_SAID.search(text, a, b)) is not None \
                    and (event := categories.get(_category_key(cat.group("cat")))) is not None:
                local = replace(local, event=event)  # "Senior Men (10km), ..., Under-20 Women (6km)", then "SENIOR MEN" or "In the
                # Senior Men's race, Chemutai won in 29:41": that category's race (not the last distance the list named)
            repaired = repair_event(text, a, b, local, narrated, titles)  # (not to a quote's distance: "If the course was 25km, this thing
            # was mine")
            if repaired.event not in (local.event, main_event_name) and any(x < b and a < y for x, y in spoken):
                repaired = repair_event(text, a, b, local, narrated, titles, spoken)  # a quote's time changes the race to the article's
                # event only ('"I think 12:50 is possible"' of a 5km), being speech ('"Sophie's 19:45 at the parkrun on the 14th gave her
                # away," said the handicapper' of a 10-mile race)
            local = repaired
            if P.SEX_HEADING.fullmatch(stext):
                headed = (b, local.sex)
            elif headed is not None:  # the block ends at a blank line (each stretch looked through once)
                headed = None if text.find("\n\n", headed[0] - 1, a) >= 0 else (a, headed[1])
            if headed is not None and headed[0] <= a and local.sex is None and local.division is None:
                local = replace(local, sex=headed[1])  # "Men / 800m: 1 Edmund du Plessis 1:45,91 / 1 500m: 1 Tshite 3:41,27":
                # each event's line of a results block under its sex's heading is of that sex
            if para == elsewhere_para:
                elsewhere = local  # the race of a paragraph about another meeting carries on within it
            if opens_section and local.named and local.meeting is not None:
                doc._.section_meetings = (doc._.section_meetings or frozenset()) | {local.meeting}  # a round-up's: reported now too
            if (local.meeting == current.meeting or opens_section and local.named) and para != elsewhere_para \
                    and _speaks_of_now(stext, a, events, quoted) and not _only_bests(text, events.within(a, b)) \
                    and not _lists_a_programme(text, events.within(a, b)):
                current = local  # carry over what this sentence said about the main meeting's race, or the section's own
                # ("BARCELONA - Jepkosgei won at the Barcelona Half Marathon ... Gemechu was second in 1:06:02")
            span = char_span(doc, a, b, local.id)
            if span is not None:
                span._.race = local
                scopes.append(span)
        return scopes


def _category_key(said: str) -> str:
    """A category of runners as compared: "Under-20 Men" and "under 20 men" the same, "U20 Men" too."""
    return re.sub(r"\bu(?:nder)?[\s-]?(\d\d)", r"u\1", " ".join(said.lower().split()))


def category_distances(text: str) -> dict[str, str]:
    """Each category's race distance where the text lists categories with their distances in brackets ("Senior Men (10km),
    Senior Women (10km), Under-20 Men (8km)"): two such at least, each category given one distance only."""
    said: dict[str, set[str]] = {}
    for m in P.CATEGORY_DISTANCE.finditer(text):
        said.setdefault(_category_key(m.group("cat")), set()).add(f"{m.group('d').replace(',', '.')}km")
    return {cat: next(iter(d)) for cat, d in said.items() if len(d) == 1} if len(said) >= 2 else {}


_NOT_TOLD = object()


def _aside_before(text: str, para: tuple[int, int], scopes: list[Span]) -> bool:
    """Does the paragraph `para` (the one before a paragraph opening), no heading, end with a sentence that told a sex the
    sentence before it did not: an aside on the other race (a paragraph of its own, or a lede's last sentence: "... with time
    2:11:34. In the women section, Viola Jepchirchir also stood on the highest podium.")?"""
    if len(scopes) < 2 or not para[0] <= scopes[-1].start_char < para[1]:
        return False  # (the scopes so far end with the paragraph's)
    return len(text[slice(*para)].strip()) > HEADING_CHARS and scopes[-2]._.race.sex != scopes[-1]._.race.sex


def _last_told_sex(text: str, a: int, scopes: list[Span], sex: str) -> str | None | object:
    """The sex of the race told where the text last wrote the name a paragraph opens on ("Kipruto, who ..."), if that is
    another than `sex` (the sex carried into the paragraph) and no sentence of `sex` wrote the name; else `_NOT_TOLD`."""
    if (m := P.PARAGRAPH_OPENING_NAME.match(text, a)) is None or (low := m.group(1).lower()) in STOP_WORDS or low in P.COUNTRY_WORDS:
        return _NOT_TOLD
    word = re.compile(rf"\b{re.escape(m.group(1))}\b")
    told = [s._.race.sex for s in scopes if word.search(s.text)]
    if not told or sex in told or told[-1] == sex:
        return _NOT_TOLD
    return told[-1]


def _section_heading(stext: str) -> bool:
    """A report's section heading: a paragraph of one short line, capitalised, with no stop, figure nor sex of its own
    ("Masters", "Gwinnett runners", "TOP FINISHERS"; not "Women", "Men's 5000m", "Results:")."""
    line = stext.strip()
    return 0 < len(line) <= SECTION_HEADING_CHARS and "\n" not in line and line[0].isupper() and line[-1].isalpha() \
        and not any(c.isdigit() for c in line) and not P.SEX_WORD.search(line)


SEX_OWNS_REACH = 30  # characters before an event searched for the sex owning it ("In the women's race of 10 km")
SPOKEN_WORDS = 5  # words at least of a quotation that is speech, not a title ("the “Mile of the Century”")
SECTION_HEADING_CHARS = 40  # a paragraph this short, one line, no stop: a heading over a section


def _same_meeting(text: str, a: int, stext: str, meetings, main: str | None) -> bool:
    """Does "Elsewhere" open the meeting's other events: "Elsewhere on the programme", "Elsewhere in
    Ostrava" where the text has named Ostrava as the meeting's place ("the Golden Spike meeting in
    Ostrava", or its dateline's; not "Kenya's Faith Kipyegon ..., Elsewhere in Kenya")?"""
    m = P.ELSEWHERE_SAME_MEETING.match(stext)
    if m is None or not m.group("place"):
        return m is not None and not _another_place(stext[m.end() :], main)  # ("Elsewhere on the night, at the Eugene
        # Twilight meet", "... to win the mile in New York": another meeting's night)
    place = m.group("place")
    at_place = re.compile(rf"\b(?:in|at)\s+{re.escape(place)}\b")
    return any(n == main and at_place.search(text, e, min(a, e + MEETING_PLACE_REACH)) for _, e, n, _ in meetings.within(0, a)) or any(
        d.group("place").casefold() == place.casefold() for d in P.DATELINE.finditer(text, 0, a))


def _another_place(stext: str, main: str | None) -> bool:
    """Does the sentence name a meeting other than the main one, or a host city not in its name ("in New York")?"""
    words = {w.lower() for w in (main or "").split()}
    return any(n != main for _, _, n, _ in find_meetings(stext)) or any(
        p.group("place").lower() in P.HOST_CITIES and p.group("place").lower() not in words for p in P.OTHER_PLACE_NAMED.finditer(stext))


MEETING_PLACE_REACH = 40  # characters after a meeting's name its place is said in: "the Golden Spike meeting in Ostrava"


OLDER_EDITION_YEARS = 2  # a meeting named with a year this much before the latest the text names is a past edition
HEADING_CHARS = 30  # a paragraph this short that says "elsewhere" is a heading over the next one ("ELSEWHERE")


CUE_OWNS_EVENT_WORDS = 3  # words at most between an event and a cue of a season or a year past right after it that dates it:
# "That was the Moab 50K last spring", "won the 10,000m in 27:30 last year" (not "won the 60m hurdles on Sunday in 7.29, defending
# the title he took two years ago"; nor a club weekly's "won the Helsby 10k road race last weekend", the race told)


def _speaks_of_now(stext: str, a: int, events, quoted: list[tuple[int, int]]) -> bool:
    """Does the sentence speak of the race reported: no past cue, or one only after the event it
    names ("won the men's 60m hurdles on Sunday in 7.29, defending the title he took two years
    ago"; not in an aside, "who won the 1500m title last summer", nor in a quote, nor right after it the day before, "ran 18.02
    at Victoria Park parkrun the day before"), or one in an aside set off by commas after the sentence's subject, before the
    event ("The Leeds man, fourth in the Olympic marathon in Paris last summer, covered the testing 12km course in 37:41"; not
    an opening adverb's: "Remarkably, last year, he won the 1500m")? Not one that opens on a race to come ("Next up: the
    Kirkintilloch Canal 10k on 5 October")."""
    if P.NEXT_RACE_OPENING.match(stext):
        return False
    start = 0
    asides: list[tuple[int, int]] | None = None  # (found once, at the first cue)
    while (cue := P.SENTENCE_PAST_CUE.search(stext, start)) is not None:
        if asides is None:
            asides = [m.span() for pattern in (P.RELATIVE_CLAUSE, P.TITLE_APPOSITIVE) for m in pattern.finditer(stext)]
        if any(not inside(e[0] - a, asides) and not inside(e[0], quoted) and not P.EVENT_TITLE_AFTER.match(stext, e[1] - a)  # "His
               and (not cue.group("daybefore") or P.PUNCTUATION_BREAK.search(stext, e[1] - a, cue.start()))  # 10,000m best of"
               and (not P.DISTANT_PAST_CUE.match(cue.group()) or P.PUNCTUATION_BREAK.search(stext, e[1] - a, cue.start())
                    or len(stext[e[1] - a : cue.start()].split()) > CUE_OWNS_EVENT_WORDS)
               for e in events.within(a + start, a + cue.start())):
            return True
        opening, closing = stext.rfind(",", start, cue.start()), stext.find(",", cue.end())
        if opening < 0 or closing < 0 or len(stext[start:opening].split()) < ASIDE_SUBJECT_WORDS \
                or len(stext[opening + 1 : closing].split()) - len(cue.group().split()) < ASIDE_OWN_WORDS:
            return False
        start = closing + 1
    return start == 0 or any(not inside(e[0], quoted) for e in events.within(a + start, a + len(stext)))


PROGRAMME_EVENTS = 3  # distinct events a sentence lists one after another to be telling the day's programme


def _lists_a_programme(text: str, events) -> bool:
    """Does the sentence list the day's events one after another ("divided in the categories full marathon, half marathon, 10K
    and 5K"): the programme, no race carried to the sentences after it (not the last it names)?"""
    return len({e for _, _, e in events}) >= PROGRAMME_EVENTS \
        and all(P.PROGRAMME_LIST_GAP.fullmatch(text, x[1], y[0]) for x, y in zip(events, events[1:]))


def _only_bests(text: str, events) -> bool:
    """Are the sentence's events all ones a best is told in, its time before them ("He has a personal record of 13.45,67 in the
    5000 metres"): a credential's, the sentence's own times' event but none to carry on?"""
    return bool(events) and all(_told_as_a_best(text, s) for s, _, _ in events)


BEST_REACH = 60  # characters before an event where the best told in it is looked for


def _told_as_a_best(text: str, s: int, floor: int = 0) -> bool:
    """Is the event at `s` the one a best is told in, its time right before it ("has a personal record of 13.45,67 in the
    5000 metres", "whose 16:22.41 in the 5,000m"; `_run_at_as_a_best`), read no further back than `floor`?"""
    return P.BEST_TIME_IN_BEFORE_EVENT.search(text, max(floor, s - BEST_REACH), s) is not None or _run_at_as_a_best(text, s, floor)


def _run_at_as_a_best(text: str, s: int, floor: int = 0) -> bool:
    """Is the event or meeting at `s` where a best was run before, named after "after" ("after a personal best of 1:08:20 at the
    Inverness Half Marathon in March"), read no further back than `floor`?"""
    return P.BEST_RUN_AT_BEFORE.search(text, max(floor, s - BEST_REACH), s) is not None


ASIDE_SUBJECT_WORDS = 2  # words at least before an aside's comma: a subject ("The Leeds man,"), not an adverb ("Remarkably,")
ASIDE_OWN_WORDS = 2  # words at least in the aside besides its cue: "fourth in the Olympic marathon in Paris last summer" (not
# "Jakob Ingebrigtsen, last year, won": the main clause dated)


class Indexed(list):
    """Tuples sorted by their first field (a start offset), with the offsets kept for bisection."""

    def __init__(self, items) -> None:
        super().__init__(sorted(items))
        self.starts = [x[0] for x in self]

    def within(self, a: int, b: int) -> list[tuple]:
        return self[bisect_left(self.starts, a) : bisect_left(self.starts, b)]


def _dated_before(text: str, x: int, y: int) -> bool:
    """Is the clause at [x, y) dated before the race told ("last summer", "two years ago", "last Sunday")?"""
    return P.PAST_CUE.search(text, x, y) is not None or P.LAST_WEEKDAY.search(text, x, y) is not None


def sentence_race(text: str, a: int, b: int, race: RaceInfo, events, meetings, main: str | None) -> RaceInfo:
    """The race as this sentence's own cues (meeting, event, sex) change it."""
    events, meetings = events.within(a, b), meetings.within(a, b)
    relative = [m.span() for pattern in (P.RELATIVE_CLAUSE, P.APPOSITIVE_RELATIVE) for m in pattern.finditer(text, a, b)]
    asides = relative + [m.span() for pattern in (P.TITLE_APPOSITIVE, P.PLACE_APPOSITIVE) for m in pattern.finditer(text, a, b)]
    named = [n for s, e, n, _ in meetings if a <= s < b and not inside(s, asides) and not titles_meeting(text, s, a)
             and not P.SINCE_BEFORE_MEETING.search(text, max(a, s - 40), s)  # (nor one a "since" looks back to,
             and not _run_at_as_a_best(text, s, a)  # nor one a best was run at: "after a personal best of 1:09:10 at the Aberdeen Half",
             and not to_come(text, s, e, a)]  # nor one still to come)
    if named and main not in named:
        years = [y for s, _, n, y in meetings if a <= s < b and n == named[0] and y]
        race = replace(race, meeting=named[0], year=years[0] if years else None, named=True)
    # an event in an aside about another meeting ("who won 10,000m silver at the World
    # Championships,") is not this sentence's race
    other_asides = [(x, y) for x, y in asides if any(x <= s < y and n != main for s, _, n, _ in meetings)]
    # ... nor one in a relative clause dated before: "Pryce, a student who ran 32:55 for 10,000m on the track last summer, was
    # already eight seconds up at the bell" (a title set off may name the race told: "Wanyonyi, the 800m winner last year, went
    # through the bell in 50.1")
    other_asides += [(x, y) for x, y in relative if _dated_before(text, x, y)]
    sent_events = [e for s, end, e in events if a <= s < b and not inside(s, other_asides)
                   and not P.SINCE_BEFORE_EVENT.search(text, max(a, s - 90), s)
                   and not P.NEXT_TARGET_BEFORE.search(text, max(a, s - 40), s)  # (nor a target's: "his next target is the marathon",
                   and not (_told_as_a_best(text, s, a)  # nor a best's: "whose 16:22.41 in the 5,000m"
                            and not P.WHOSE_TIME_WON_AFTER.match(text, end))]  # (unless it won: "... on Friday won her the title")
    if sent_events and sent_events[-1] != race.event:  # the last event named carries on
        race = replace(race, event=sent_events[-1], sex=None)
    if (sex := sex_cue(text[a:b])) and not _sex_of_a_later_clause(text, a, b):
        race = replace(race, sex=sex)
    # a wheelchair race is one of its own; a sex or an event said without it is the runners' race again
    if P.WHEELCHAIR.search(text, a, b):  # (the runners' sex carried over is not the wheelchair race's)
        race = replace(race, division="wheelchair", sex=sex or (race.sex if race.division else None))
    elif race.division and (sex and not P.SEX_LABEL_OPENING.match(text, a, b) or sent_events):
        race = replace(race, division=None)  # (not a list's next label: "Wheelchair: Men, Marcel Hug, 1:15:33. Women, Eden ...")
    return race


def _sex_of_a_later_clause(text: str, a: int, b: int) -> bool:
    """Is the sentence's sex said in a clause of its own after its first time, of another race that it gives no time of
    ("clocking a course record of two hours, two minutes and nine seconds as compatriot Sutume Asefa Kebede won the women's
    race", or a headline's "Kiptchoumba imposes himself in 2 h 05 min 12 s, Kébédé reigns at the women"; not "won in 58:22,
    while Agnes Ngetich took the women's race in 1:04:48", whose time the results stage tells apart, nor "won in 2:08:30 as
    Kenya's men took the first four places", the same race's)?"""
    cue = P.SEX_CUE.search(text, a, b)
    if cue is None:
        return False
    ruled = (r := P.SEX_RULED_CLAUSE_BEFORE.search(text, max(a, cue.start() - 60), cue.start())) is not None \
        and r.group("who").lower() not in P.COUNTRY_WORDS and P.CLAUSE_END_AFTER.match(text, cue.end()) is not None
    # ("Kiptchoumba imposes himself in 2 h 05 min 12 s, Kébédé reigns at the women")
    if not ruled and P.RACE_AFTER_SEX.match(text, cue.end()) is None:
        return False  # (the cheap test first: the sentence's times are looked for only after "the women's race")
    times = [m.start() for pattern in (P.CLOCK_TIME, P.WORDED_TIME) for m in pattern.finditer(text, a, b)]
    first = min(times, default=b)
    return first < cue.start() and not any(t > cue.start() for t in times) and (ruled or (
        P.OTHER_CLAUSE_OPENING.search(text, first, cue.start()) is not None
        and P.RACE_WON_BEFORE_SEX.search(text, first, cue.start()) is not None))


def events_by_sex(text: str, a: int, b: int, events) -> dict[str, str]:
    """Each sex's event where one sentence gives the men's and the women's, each after its sex: "The senior men ran
    three laps (roughly 10km) and the senior women two laps (about 6.5km)"; else none (not two races' results: "third in the
    men's 60m in 6.57, while Cindy Sember was fourth in the women's 60m hurdles in 7.93"; nor two track events, "The men's 400m
    and the women's 400m hurdles were the highlights": a course's distances only)."""
    named = events.within(a, b)
    if len(named) != 2 or not all(e.endswith(("km", "miles")) for _, _, e in named) or any(not any(s <= m.start() < e for s, e, _ in named)  # (the 6.5 of "6.5km" is no time)
                              for pattern in (P.CLOCK_TIME, P.DECIMAL_TIME, P.WORDED_TIME) for m in pattern.finditer(text, a, b)):
        return {}
    paired: dict[str, str] = {}
    last = a
    for s, e, event in named:
        cue = None
        for cue in P.SEX_CUE.finditer(text, last, s):
            pass
        if cue is None and (after := P.SEX_AFTER_EVENT.match(text, e)) is not None:
            cue = P.SEX_CUE.search(text, e, after.end())  # each sex said after its distance: "three laps of roughly 3km for the
            # men, two for the women"
        if cue is None:
            return {}
        paired[cue_sex(cue)] = event
        last = cue.end() if cue.start() >= e else e
    return paired if len(paired) == 2 and len(set(paired.values())) == 2 else {}


def sex_said_event(text: str, a: int, b: int, events) -> tuple[str, str] | None:
    """The sex and the road or cross-country distance of the one event a sentence names right after its sex ("won the men's
    10K", "In the women's 6K", "In the men's race of 10 km", "Between the women, on the 8 km"), else None."""
    named = events.within(a, b)
    if len(named) != 1 or not named[0][2].endswith(("km", "miles")):
        return None
    cue = P.SEX_OWNS_EVENT_BEFORE.search(text, max(a, named[0][0] - SEX_OWNS_REACH), named[0][0])
    if cue is None:
        return None
    return (P.SEX_OF_CUE[cue.group("among").lower()] if cue.group("among") else cue_sex(cue)), named[0][2]


def names_a_split_point(text: str, a: int, b: int) -> bool:
    """Does text[a:b] name a point of a race: a distance with its time ("3000m in 7:46.4", "800m 1:52.96";
    not "the Olympic 100m champion"), one reached ("through 400m"), "halfway", "the bell"?"""
    return (
        any(P.TIME_RIGHT_AFTER.match(text, m.end()) for m in P.DISTANCE_AT.finditer(text, a, b))
        or bool(P.SPLIT_POINT_METRES.search(text, a, b) or P.SPLIT_POINT_WORDS.search(text, a, b))
        or any(pattern.search(text, a, b) for pattern in P.OTHER_SPLIT_POINTS)  # "passed by the kilometer 5 in 14:13" (translated)
        or P.PASSED_TIMED_POINT.search(text, a, b) is not None  # "through a 4:35 first 1600" of a 3200m
        or P.NTH_PASSAGE_SAID.search(text, a, b) is not None  # "at the fourth passage (23:49)" of a 10km's 2km laps
        or splits_list_row(text, a)
    )


def splits_list_row(text: str, a: int) -> bool:
    """Is the line at `a` a row of a list its heading calls splits, the line right above its rows ("WOMEN'S 5000M SPLITS" over
    "2000m – 5:44.9 (Kiplagat)"; not a list of bests: "Personal bests:" over "1500m – 3:31.20 (2023)")?"""
    if not P.SPLIT_LIST_ROW.match(text, a) or (a > 0 and text[a - 1] != "\n"):
        return False
    return P.SPLITS_SPOKEN_OF.search(text, *line_above_rows(text, a, P.SPLIT_LIST_ROW)) is not None


def repair_event(text: str, a: int, b: int, race: RaceInfo, events, titles: Callable[[], Indexed] | None = None,
                 spoken: Sequence[tuple[int, int]] = ()) -> RaceInfo:
    """A time no one could run in the event carried over ("1:52.6" in a 400m hurdles race; "who ran
    14:25.01 in Rome" after a 10,000m; "10.83" after a steeplechase; not a "record of" one) means the
    race changed: take the latest event named before that every time of the sentence fits, else one
    named only in a title (`titles`), else the first named after. (Too fast only where the sentence names no distance nor split
    point: "through halfway in 1:02:30" of a marathon is no half marathon, "3000m in 7:46.4" of a
    5000m no steeplechase.) Times in `spoken` (quotes' spans) are speech, no result: they change no race."""
    timed = [  # not a live blog's timestamp ("20:09 — MEN'S 3000M STEEPLECHASE"), nor a record ("the world indoor 1500m record of 3:53.09"),
        # nor a time of day ("The 3,200 went off at 5:50 p.m.")
        (m.start(), t.seconds) for m in P.CLOCK_TIME.finditer(text, a, b)
        if not P.TIMESTAMP.match(text, m.start()) and not P.MARK_OF_BEFORE.search(text, max(a, m.start() - 20), m.start())
        and not no_time_after(text[m.end() : m.end() + 30], m.group()) and not said_as_hour(text, m.start(), m.end(), a)
        and (t := parse_clock(m)) is not None and not inside(m.start(), spoken)
    ] or [  # a sprint's bare seconds ("won the women's sprint in 10.83 seconds" after a steeplechase), none a lap's;
        # after a sprint, a 400m's too ("runs in 45,18" after the 60m)
        (m.start(), s) for pattern in (P.DECIMAL_TIME, P.DECIMAL_COMMA_TIME) for m in pattern.finditer(text, a, b)
        if P.SPRINT_SECONDS[0] <= (s := float(m.group().replace(",", "."))) <= (P.LAP_SECONDS if _sprint(race.event) else P.SPRINT_SECONDS[1])
        # (not minutes and seconds joined by a dot that the race carried over fits, as British local copy writes them: "1 T
        # Ashby (Malvern Joggers) 16.02" of a 5K)
        and not on_the_road_dotted(s, m.group(), race.event) and not inside(m.start(), spoken)
    ]
    asides = [r.span() for r in P.RELATIVE_CLAUSE.finditer(text, a, b)]
    dated = [(x, y) for x, y in asides if _dated_before(text, x, y)]
    # not a time of a relative clause dated before, another race's, where the sentence tells times of its own ("Tsegay, who won the
    # 10,000m last Sunday in 31:27.18, pushed to the front, with 3km passed in 9:19" is a 5000m's sentence still)
    timed = [(at, s) for at, s in timed if not inside(at, dated)] or timed
    if not timed:
        return race
    slowest = max(s for _, s in timed)
    # the fastest time outside a relative clause, which may be of another race ("Wightman, who won the
    # world title in 3:29.23, took silver in 1:44.91")
    fastest = min((s for at, s in timed if not inside(at, asides)), default=None)

    @cache
    def names_a_split() -> bool:  # read once, and only when a time is too fast for an event
        return names_a_split_point(text, a, b)

    def fits(event: str | None) -> bool:
        return fits_event(event, slowest) or (plausible(event, slowest) and names_a_split())

    def fits_all(event: str | None) -> bool:  # an event to change to fits that fastest time too
        return fits(event) and (fastest is None or not too_fast(event, fastest) or names_a_split()) and not too_slow_carried(event, slowest)

    if fits(race.event) and not (too_slow_carried(race.event, slowest) and not any(e == race.event for _, _, e in events.within(a, b))):
        return race
    if (P.AGE_CATEGORY_LINE.match(text, a) or P.VETERAN_CATEGORY.search(text, a, b)
            or (road_event(race.event) and P.CLUB_RUN_TIMED.search(text, a, b))) \
            and (fastest is None or not too_fast(race.event, fastest)) and all(e == race.event for _, _, e in events.within(a, b)):
        return race  # an age category's results line, its event named: masters slower than the record allows ("W60 3000m: 1
        # Margaret Threlfall (Calder Valley) 12:02.55; ... 3 Pauline Hebden (Halifax) 12:44.91"), or a sentence on a veterans'
        # category ("Jean MacRae ran 1:22:56 to take the F60 category" of a 10-miler); a parkrun's or a fun run's,
        # run by anyone ("Derek Mould, 71, completed his 250th parkrun in 27:44")
    for _, _, event in reversed(events.within(max(0, a - 5000), b)):
        if fits_all(event):
            return replace(race, event=event)
    if titles is not None:  # none fits: an event named only in a title ("added the world 10,000 metres title")
        for _, _, event in reversed(titles().within(max(0, a - 5000), b)):
            if fits_all(event):
                return replace(race, event=event)
    # nor there: one named after it in its paragraph that fits, where the time is too slow for the event carried ("the clock
    # reading 2:07:21. That was 11 seconds inside the course record ... at the 20th edition of the Tata Mumbai Marathon" after a
    # standfirst the article's half marathon led)
    para_end = text.find("\n\n", max(at for at, _ in timed))
    if race.event is not None and not events.within(a, b) and not plausible(race.event, slowest) \
            and slowest > P.EVENT_RECORD_S.get(race.event, slowest) and para_end != -1:
        for start, _, event in events.within(b, para_end):
            if fits_all(event) and P.RACE_NAME_WORD_BEFORE.search(text, max(0, start - 30), start) and text[start : start + 1].isupper():
                return replace(race, event=event)  # (a race's name: not "The 10km road race on Sunday", another race)
    # nor there, and the time is too slow for a track event's: the first track event named after whose world-class
    # range it is in, when the sentence names no event before its times (a standfirst's "with 3:39.05 ...; Mariano,
    # untouchable in the 800", its 1500 named below: "RESULTS. 1500 m men (final)"; not a masters runner's "In the W75
    # 800m, Angela Copson ran 3:31.20", nor a club runner's slow time, world-class in no event)
    if _track(race.event) and not plausible(race.event, slowest) and not events.within(a, min(at for at, _ in timed)):
        for _, _, event in events.within(b, b + 5000):
            if _track(event) and P.EVENT_RECORD_S[event] <= slowest <= P.EVENT_RECORD_S[event] * P.WINNER_FACTOR and fits_all(event):
                return replace(race, event=event)
    return race


def _track(event: str | None) -> bool:
    """A track event with a world record: "800m", "400m hurdles", "3000m steeplechase" (not "10km", "mile")."""
    return event in P.EVENT_RECORD_S and re.fullmatch(r"\d+m(?: hurdles| steeplechase)?", event) is not None


def _sprint(event: str | None) -> bool:
    """A race run in seconds a lap of a distance race could not take: the 60m to the 200m and their hurdles."""
    return P.EVENT_RECORD_S.get(event or "", float("inf")) < P.SPRINT_SECONDS[1]


def plausible(event: str | None, seconds: float) -> bool:
    record = P.EVENT_RECORD_S.get(event or "")
    return record is None or seconds <= record * P.SLOWEST_FACTOR


def too_slow_carried(event: str | None, seconds: float) -> bool:
    """Too slow for a road distance from 3km to the marathon's with no record here (a 15km, a 30km), carried over from
    sentences before: over `P.CARRIED_SLOWEST_FACTOR` x the time at `P.RECORD_PACE_MS` (a marathon's list, "1. Kilimo
    2:09:44", after a paragraph on the day's 15K race). Not said of a distance the sentence names itself (a masters runner's
    "ran the 6km in 33:10"), nor of club runners' times ("Joan Peters, 67, came home in 1:21:40" in the 15K)."""
    metres = event_distance(event) if P.EVENT_RECORD_S.get(event or "") is None else None
    return metres is not None and P.DISTANCE_EVENT_MIN_M <= metres <= P.EVENT_DISTANCE_M["marathon"] \
        and seconds > metres / P.RECORD_PACE_MS * P.CARRIED_SLOWEST_FACTOR


def too_fast(event: str | None, seconds: float) -> bool:
    """Faster than anyone runs the event: 0.97 x its world record, or, for a distance of 3km or more with no
    record of its own (a cross country's 12km, 8km), faster than `P.FASTEST_DISTANCE_PACE_MS` over it, an ultra's (the
    Comrades' 87km: "by Cato Ridge, passed in 3:36:05" is a point) faster than `P.ULTRA_FASTEST_PACE_MS`."""
    record = P.EVENT_RECORD_S.get(event or "")
    if record is None and (metres := event_distance(event)) is not None and metres >= P.DISTANCE_EVENT_MIN_M:
        ultra = metres > P.EVENT_DISTANCE_M["marathon"]
        return seconds < metres / (P.ULTRA_FASTEST_PACE_MS if ultra else P.FASTEST_DISTANCE_PACE_MS)
    return record is not None and seconds < record * P.FASTEST_FACTOR


def fits_event(event: str | None, seconds: float) -> bool:
    """A time someone could run in the event: neither too slow nor too fast for it."""
    return plausible(event, seconds) and not too_fast(event, seconds)


def dotted_minutes(seconds: float, clock: str, event: str | None) -> tuple[float, str]:
    """A time written with a dot between minutes and seconds, as Dutch and some British copy does
    ("Josh Okafor 77th in 34.58" of a 10km): read as seconds it is far too fast for the race, as
    minutes it fits, or is a club runner's on the road (`P.DOTTED_SLOWEST_FACTOR`: "finishing in 26.03" at a parkrun). Else the
    time as read."""
    if not too_fast(event, seconds) or (dotted := dotted_as_minutes(clock)) is None:
        return seconds, clock
    record = P.EVENT_RECORD_S.get(event or "")
    # (a track event's club times are no guide: "6.51" after a 1600m read in error is a 55m dash's)
    club = road_event(event) and record is not None and not too_fast(event, dotted[0]) and dotted[0] <= record * P.DOTTED_SLOWEST_FACTOR
    return dotted if fits_event(event, dotted[0]) or club else (seconds, clock)


def on_the_road_dotted(seconds: float, clock: str, event: str | None) -> bool:
    """Is a time of a road race written with a dot between minutes and seconds, as British local copy writes them ("1 T
    Ashby (Malvern Joggers) 16.02" of a 5K), so read (`dotted_minutes`)? (On the track such a time may be a sprint's after
    a distance race told last: "Holloway won in 7.38" after a 3000m.)"""
    return road_event(event) and dotted_minutes(seconds, clock, event)[1] != clock


def road_event(event: str | None) -> bool:
    """Is the event a road race's (kilometres, the half marathon, the marathon)?"""
    return event is not None and (event.endswith("km") or event in ("half marathon", "marathon"))


def fill_sex(scopes: list[Span], *, relabel: bool = True) -> list[Span]:
    """Give a race the sex the article states for it elsewhere, when it states only one (spans
    with `span._.race`: sentence scopes, relabelled with the race id, or results). A run of
    sentence scopes of no sex whose persons are of the other sex (`_runs_told_sex`) is of the other sex
    ("Danny Kerrigan ... has won the Chester Marathon at his first attempt ... he said", then "The
    women's race was won by")."""
    races = [s._.race for s in scopes]  # read once: each `span._` access is a lookup in the Doc
    sexes: dict[tuple, set[str]] = {}
    for race in races:
        if race.sex:
            sexes.setdefault((race.meeting, race.event, race.division), set()).add(race.sex)
    told: dict[int, str | None] = _runs_told_sex(scopes, races) if relabel else {}
    for i, (s, race) in enumerate(zip(scopes, races)):
        known = sexes.get((race.meeting, race.event, race.division), set())
        if race.sex is None and len(known) == 1:
            sex = next(iter(known))
            s._.race = replace(race, sex=told.get(i) or sex)
            if relabel:
                s.label_ = s._.race.id
    return scopes


def _runs_told_sex(scopes: list[Span], races: list[RaceInfo]) -> dict[int, str | None]:
    """For each sentence scope of no sex, the sex its run (the scopes of no sex of one race, up to one
    of that race with a sex; a sentence of another race between them breaks no run) speaks of persons of:
    one sex said at least three times as often as the other (one "he" against none is enough), else None."""
    runs: dict[tuple, list[int]] = {}
    closed: list[list[int]] = []
    for i, race in enumerate(races):
        key = (race.meeting, race.event, race.division)
        if race.sex is not None:
            if key in runs:
                closed.append(runs.pop(key))
        else:
            runs.setdefault(key, []).append(i)
    told: dict[int, str | None] = {}
    for run in [*closed, *runs.values()]:
        counts = Counter("men" if m.group("men") else "women" for i in run for m in P.PERSON_SEX_WORD.finditer(scopes[i].text))
        sex = next((x for x, n in counts.items() if n >= 3 * sum(v for y, v in counts.items() if y != x)), None)
        told.update(dict.fromkeys(run, sex))
    return told


def fill_event_from_times(doc: Doc) -> None:
    """A race the text never names the event of ("The TEN recap: Nico Young drops a 26:42"), or
    names one that every time of the article is too fast for (a half marathon's 60:21 where only
    an "autumn marathon" was named), takes the event most of its times tell, each time in one
    event's world-class range only ([record, 1.25 x record]); run once the times are known (by the
    splits stage, before splits and results read the race of each sentence)."""
    scopes = list(spans_of(doc, "race_scopes"))
    times = [t for t in spans_of(doc, "times") if t.label_ == "time"]
    slowest = max((t._.seconds for t in times), default=None)
    scopes = [s for s in scopes if s._.race.event is None or (slowest is not None and too_fast(s._.race.event, slowest))]
    if not scopes:
        return
    text = text_of(doc)
    if len(finishes := split_tables(text).finishes) == 1:  # a checkpoint table's last row, the finish: the race's distance
        event = next(iter(finishes))  # ("Zinal (31) – 2:24:52 / 2:48:30" of a mountain race naming no event), for a race whose
        for scope in scopes:  # times it fits (not the junior race's "won in 41:10", too fast for 31km)
            own = (t._.seconds for t in times if scope.start_char <= t.start_char < scope.end_char)
            if scope._.race.event is None and not any(too_fast(event, seconds) for seconds in own):
                scope._.race = replace(scope._.race, event=event)
                scope.label_ = scope._.race.id
        scopes = [s for s in scopes if s._.race.event != event]
    names_a_split = cache(lambda a, b: names_a_split_point(text, a, b))  # read once a sentence, not once a time
    votes: dict[RaceInfo, Counter[str]] = {}
    timed: Counter[RaceInfo] = Counter()  # every time of the race counts, one that fits no event's range as one against
    for t in times:
        scope = covering(doc, "race_scopes", t.start_char)
        if scope is None:
            continue
        race = scope._.race
        split = names_a_split(scope.start_char, scope.end_char)
        if race.event is not None and split:
            continue  # "through 400m in 55.64 and 800m in 1:52.96" tells no event
        timed[race] += not split  # (nor counts against one: "6k in 16:08.8, 8k in 21:30.5")
        if split and P.HALFWAY_RIGHT_BEFORE.search(text, max(0, t.start_char - 30), t.start_char):
            continue  # "went through halfway in 63:01": half the race's time, no half marathon's
        fits = [e for e in P.INFERABLE_EVENTS if P.EVENT_RECORD_S[e] <= t._.seconds <= P.EVENT_RECORD_S[e] * P.WINNER_FACTOR]
        if len(fits) == 1:
            votes.setdefault(race, Counter())[fits[0]] += 1
    for scope in scopes:
        counts = votes.get(scope._.race)
        # (and three of them, or a third of all its times: a club's cross country, "3rd in 22:51", "12th in 24:41", "2nd in the U13
        # boys in 9:40", is no steeplechase; a few club runners' times after the winners' leave the winners' event)
        if counts and 2 * (top := counts.most_common(1)[0])[1] > sum(counts.values()) and (top[1] >= 3 or 3 * top[1] > timed[scope._.race]):
            scope._.race = replace(scope._.race, event=top[0])
            scope.label_ = scope._.race.id


def race_at(doc: Doc, char: int) -> RaceInfo:
    """The race of the sentence containing `char` (needs this stage)."""
    require(doc, "race_scopes", "race lookup", "athletics_race_context")
    scope = covering(doc, "race_scopes", char)
    return scope._.race if scope is not None else RaceInfo()


set_extension(Span, "race")
set_extension(Doc, "main_meeting")
set_extension(Doc, "section_meetings")  # the meetings opening a round-up's sections by their datelines ("CASTELLON, Spain - ...")
set_extension(Span, "year")


@Language.factory("athletics_race_context")
def make_race_context(nlp: Language, name: str) -> RaceContext:
    return RaceContext()
