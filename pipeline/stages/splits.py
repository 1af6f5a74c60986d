"""Splits: intermediate times during a race, with where they were taken and who ran them.

Reads: `doc.spans["times"]`, `doc.spans["athletes"]`, race scopes. Writes `doc.spans["splits"]`:
one span per split time, label = where ("400m", "bell", "halfway", "last lap", "30km"), with
`span._.distance_m` (the bell = race distance − 400 m; the quarter, halfway and three-quarters are
fractions of the race distance), `span._.lap` (a single-lap time), `span._.athlete` (the mention of who led
or ran it, or None). Who: the sentence's subject, else the runner last said to lead. A splits
table's times (`tables.split_tables`) take their row's point, and the athlete of their row or column.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import patterns as P
from ..races import event_distance, metres
from .attach import is_object, narrator_told, previous_athlete, race_winner, races_sex, subject_for
from .base import (Bounds, between, covering, char_span, inside, last_match, line_above_rows, paragraphs, require, sentence_end, sentences,
                   set_extension, spans_of, starting_at, text_of, write_spans)
from .context import fill_event_from_times, fits_event, race_at, road_event, sex_cue, too_fast
from .tables import Cell, Table, checkpoint_distances, split_tables
from .times import clock_seconds, dotted_as_minutes, number, parse_clock

LOOKBACK = 100  # characters before a time where its split point may stand
MAX_STRETCH_KM = 10  # a stretch between two points of a road race longer than this is no split of it
LIST_LINES_MAX = 12  # lines of a list under a heading looked up through for it
COURSE_LAPS_REACH = 1000  # characters before "the first lap" searched for the number of laps of its course
PACED_REACH = 200  # characters before a split searched for the pacemakers taking someone through it (not a whole endless sentence)
MAX_LAP_S = 75.0  # a closing lap slower than this is no lap time
MIN_TURN_LAP_S = 45.0  # ... and a lap translated as a turn no faster than this (an English turn, a bend, takes 10 to 40 seconds)
NTH_LAP_MAX_S = 100.0  # ... nor a lap told by its ordinal slower than this (a 10,000m's middle laps take 77 seconds)
NTH_LAP_MIN_S = 40.0  # ... nor one of 400m faster than this (the 400m's record is 43.03: "the 4th lap went in 33.1" is a 200m
# track's; indoors half of it)
MIN_FIRST_ROUND_S = 58.0  # "through the first round in" a race unknown: a first lap only slower than a 400m heat could be
TRACK_SAID_REACH = 300  # characters before a bell read for a race said to be "on the track"
MAX_TRACK_M = 10_000.0  # a race this long or shorter may give its points in metres without their unit ("1:17.6 at 600")
LAP_ROW_TOLERANCE_S = 0.25  # a row's bracketed lap agrees with its two cumulative times to a quarter of a second (rounding)
SAME_POINT_SPREAD = 0.075  # a second runner's time at the point of the split before is within 7.5% of it (`_point_said_before`)
PASSAGE_MIN_S_PER_M = 0.13  # a time at a point a lap's passage tells is no faster than this a metre (a record's pace, 2:10 a km)
PASSAGE_MAX_S_PER_M = 0.45  # ... and no slower (7:30 a km)
ROAD_KM_POINTS_M = 10_000.0  # a race at least this long may give its kilometres without their unit ("by the 20 in 54:33")


def split_point(text: str, start: int, end: int, seconds: float, sent_start: int, race_m: float | None,
                lap_m: float = P.LAP_M, finish_fits: bool = False) -> tuple[str, float | None, bool] | None:
    """(at, distance_m, lap) when the time at [start, end), of `seconds`, is a split, else None
    (`lap_m`: the track's lap, 200 m indoors; `finish_fits`: the time could be the race's own)."""
    line = text.rfind("\n", 0, start) + 1
    if seconds <= MAX_LAP_S and text.startswith(")", end) and (row := P.SPLIT_LIST_ROW.match(text, line)) \
            and row.group("d") and P.LAP_IN_ROW_BEFORE.fullmatch(text, row.end(), start) and _lap_of_rows(text, row, seconds) \
            and (point := _point(row.group("d"), row.group("unit"), race_m)):
        return f"lap to {point[0]}", point[1], True  # "600m - 1:38.7 (66.1)": the lap ending at 600m
    if (row := P.KM_NUMBER_ROW.match(text, line)) is not None and row.end() == start:
        return _numbered_km(text, row, race_m)  # "Km 3 – 5:29"
    if (row := P.LAP_NUMBER_ROW.match(text, line)) is not None and (row.end() == start or (
            text.startswith(")", end) and P.LAP_IN_ROW_BEFORE.fullmatch(text, row.end(), start))):
        return _numbered_lap(text, row, race_m, lap_m, there=row.end() != start)  # "Lap 2: 70.6 (3:04.6)"
    labelled = None  # a live blog's entry labelled by its point: "8:02 a.m. — 10km. Men 29:18, still about a dozen of them"
    if (point := P.POINT_SENTENCE_BEFORE.search(text, max(0, sent_start - 20), sent_start)) is not None:
        sent_start = point.start()  # "Bell! Ingebrigtsen hits it in 12:21.0": the point is the sentence before
        labelled = _point(point.group("d"), point.group("unit"), race_m) if point.group("d") else None
    window_start = max(sent_start, start - LOOKBACK)
    if (stretch := _stretch(text, start, end, window_start, race_m)) is not None:
        return stretch
    if P.STRETCH_BEFORE.search(text, window_start, start):
        return None  # "the stretch between 35 km and 40 km in 14 minutes, 39 seconds": no split at either point
    after = text[end : end + 40]
    if lead := P.SPLIT_TIME_THEN_POINT.match(after):
        if point := _point_after(text, end + lead.end(), race_m, lap_m):
            return point  # "58.4 seconds through 400m"
        if race_m is not None and race_m <= MAX_TRACK_M and lead.group().lower().rstrip().endswith("first") \
                and (bare := P.BARE_TRACK_NUMBER.match(text, end + lead.end())) and (point := _point(bare.group("d"), "m", race_m)):
            return point  # "taking it out in 63 for the first 400" of a 1600m (a bare point after "at" or "through" is read below)
        if P.DISTANCE_AT.match(text, end + lead.end()):
            return None  # a point named right after that the race never reaches: no point before it is this time's
    if race_m is not None and race_m <= MAX_TRACK_M and (bare := P.BARE_TRACK_POINT_AFTER.match(after)) \
            and (bare.group("through") or P.PASSING_TIME_BEFORE.search(text, max(sent_start, start - 25), start)
                 or _was_at_bare_points(text, start, end, sent_start)
                 or ((P.BARE_POINT_LISTED_AFTER.match(text, end + bare.end()) or P.BARE_POINT_LISTED_BEFORE.search(text, max(sent_start, start - 25), start))
                     and P.SPLITS_SPOKEN_OF.search(text, sent_start, sentence_end(text, end)))) \
            and not P.BESTS_SAID_BEFORE.search(text, sent_start, start):
        return _point(bare.group("d"), "m", race_m)  # "roughly 1:17.6 at 600", "through 2:34.1 at 1000" (not "his best is 1:45.5 at 800")
    if race_m is not None and race_m <= MAX_TRACK_M and (bare := P.TIME_THEN_BARE_TRACK_POINT_AFTER.match(after)) \
            and P.THROUGH_A_BEFORE.search(text, max(sent_start, start - 20), start) and (point := _point(bare.group("d"), "m", race_m)) \
            and not (P.RELAY.search(text, sent_start, sentence_end(text, end)) or P.RELAY_LEG.search(text, sent_start, sentence_end(text, end))):
        return point  # "sat in the pack through a slow 2:27 800", "through a 4:35 first 1600" of a 3200m (not a relay's leg:
        # "Rachel Kim handed off after a 2:11 800" of a medley relay)
    if race_m is not None and race_m <= MAX_TRACK_M and (bare := P.BARE_TRACK_POINT_BRACKET_BEFORE.search(text, max(sent_start, start - 20), start)) \
            and (point := _point(bare.group("d"), "m", race_m)):
        return point  # "By 1200 (3:09.1) it was a three-man race"
    if (listed := P.POINT_AFTER_LISTED_TIME.match(after)) and P.LISTED_TIME_THEN_POINT_BEFORE.search(text, window_start, start):
        return _from_metres(listed, race_m)  # "after a 54.2 first lap and a 1:51.0 800m"
    if (nth := P.NTH_POINT_AFTER.match(after)) is not None:
        return _from_metres(nth, race_m)  # "a 4:34 20th mile": the mile ending 20 miles in
    if (first := P.FIRST_STRETCH_AFTER.match(after)) is not None and not P.RAN_A_BEFORE.search(text, max(0, start - 12), start) \
            and (point := _point(first.group("d"), first.group("unit"), race_m)):
        return point  # "After a 14:08 first 5km he ran the second half alone": the 5km point
    if (nth := P.NEXT_STRETCH_BEFORE.search(text, window_start, start)) is not None:
        return next_stretch(text, nth, seconds, sent_start, lap_m)
    if (nth := P.NTH_KM_BEFORE.search(text, window_start, start)) is not None and (km := _nth_kilometre(text, nth, seconds, race_m)) is not None:
        return km  # "the third kilometre (2:50.6)", "passed the second kilometre in 5:15.0"
    nth_lap_m = _long_course_lap(text, start, race_m) or lap_m  # (a course's lap: "the five 2km laps")
    if NTH_LAP_MIN_S * nth_lap_m / P.LAP_M <= seconds <= NTH_LAP_MAX_S * nth_lap_m / lap_m and not P.NTH_LAP_NOT_AFTER.match(text, end) \
            and (nth := P.NTH_LAP_BEFORE.search(text, window_start, start)) is not None \
            and (n := P.ORDINALS.get((nth.group("ord") or nth.group("ord2")).lower())) is not None and (race_m is None or n * nth_lap_m <= race_m):
        return f"lap {n}", n * nth_lap_m, True  # "the 18th lap goes in 71.3, the 19th in 70.8", "The laps have settled: the third went
        # in 76.4": a lap of its own, ending n laps in; "ran his fourth lap in 5:49" of five 2km laps
    if (passed := P.FROM_POINT_PASSED_BEFORE.search(text, max(window_start, start - 60), start)) is not None \
            and (point := _point(passed.group("d").replace(",", "."), passed.group("unit"), race_m)) is not None:
        return point  # "He was alone from 25km, passed in 1:14:12": the point he was alone from, and his time there
    if (nth := P.NTH_PASSAGE_BEFORE.search(text, max(window_start, sent_start), start)) is not None \
            and (passage := _nth_passage(text, nth, start, end, seconds, race_m)) is not None:
        return passage  # "At the second lap (4 km, 11:50)", "at the fourth passage (23:49)" of 2km laps
    if (lap_end := P.LAP_END_BEFORE.search(text, max(window_start, start - 60), start)) is not None \
            and (course_lap := _course_lap(text, lap_end.start(), race_m)) is not None:
        n = P.ORDINALS[lap_end.group("ord").lower()] if lap_end.group("ord") else number(lap_end.group("n"))
        if race_m is not None and n * course_lap < race_m:
            return f"lap {n}", round(n * course_lap, 2), False  # "by the end of lap two (20:49)" of three 3km laps: 6km in
    if seconds <= NTH_LAP_MAX_S and P.A_LAP_OF_BEFORE.search(text, max(window_start, start - 30), start):
        return "lap", None, True  # a live text's "A lap there of 68.2": a lap, where in the race unsaid
    if (stretch := course_stretch(text, start, end, window_start)) is not None:
        word = (stretch.group("s1") or stretch.group("s3") or {"down": "descent", "up": "climb"}[(stretch.group("s2") or stretch.group("s4")).lower()]).lower()
        return {"downhill": "descent", "uphill": "climb", "ascent": "climb"}.get(word, word), None, True  # "ran the descent in 41:02"
    if (closing := P.CLOSING_STRETCH_BEFORE.search(text, window_start, start)) is not None:
        return _closing_stretch(closing, seconds, race_m, lap_m)
    if (P.CLOSING_LAP_BEFORE.search(text[window_start:start]) or P.LAP_AFTER_TIME.match(after)) and seconds <= MAX_LAP_S:
        return "last lap", race_m, True  # "closed in 53.6 seconds to win", "with a 61.2 final lap"
    if P.LAST_TURN_BEFORE.search(text, window_start, start) and MIN_TURN_LAP_S <= seconds <= MAX_LAP_S and (race_m is None or race_m >= 800):
        return "last lap", race_m, True  # "the final turn in 59"8" (translated)
    if P.FIRST_LAP_AFTER_TIME.match(after) and seconds <= MAX_LAP_S:
        return "first lap", lap_m, True  # "led through a 60.8 opening lap"
    points = [
        (m.end(), _top_point(text, top, race_m) if (top := _top_height(text, m)) else _from_metres(m, race_m))  # (a top's height:
        # "the trig point at 893 metres in 56:12", the top)
        for m in P.SPLIT_POINT_METRES.finditer(text, window_start, start)
        if not P.EVENT_TITLE_BEFORE.search(text[max(0, m.start() - 30) : m.start("d")])  # "champion at 3,000 meters"
        and not P.RACE_OF_GROUP_BEFORE.search(text, max(0, m.start("d") - 30), m.start("d"))  # "in the U15 boys' 1500m in"
    ]
    # (a lap's words with their own time before them are no point of a later time: "after a 61.0 opening lap, ahead of
    # Jessica Hull in 3:50.83")
    points += [(m.end(), _from_words(m, race_m, lap_m)) for m in P.SPLIT_POINT_WORDS.finditer(text, window_start, start)
               if not ((m.group("first") or m.group("last")) and P.TIMED_LAP_WORDS_BEFORE.search(text, max(0, m.start() - 20), m.start()))
               and not (m.group("bellrow") and not _after_a_point_row(text, m.start()))  # (a "Bell – 13:17.8" row: after a point's)
               and not (m.group("firstround") and (seconds > MAX_LAP_S or (race_m is None and (
                   seconds <= MIN_FIRST_ROUND_S or not P.LED_BEFORE.search(text, max(sent_start, m.start() - 40), m.start())))))
               # ("cruised through the first round in 3:36.20", "progressed through the first round in 59.87" of a race unknown: a
               # heat; "led through the first round in 61,2" a lap)
               and not (P.TIME_FOR_BEFORE_POINT.search(text, max(0, m.start() - 20), m.start()) and P.HALF_MARATHON_AT.match(text, m.start()))]
    # (not "ran 1:10:23 for the half marathon ..., and 2:29:57 for the marathon": the event of the time before it)
    points += [
        (m.end(), _from_metres(m, race_m))
        for pattern in P.OTHER_SPLIT_POINTS for m in pattern.finditer(text, window_start, start)
    ]
    points += [(m.end(), _from_metres(m, race_m)) for m in P.SPLIT_POINT_MILE_BRACKET.finditer(text, window_start, start)
               if _rows_called_splits(text, m.start(), P.MILE_CHECKPOINT_ROW)]  # "His aid-station splits:" over "- Cottonwood
    # Gulch (mile 7.2): 55:40" (not "Aid-station cutoffs:")
    if race_m is not None:  # "The 25 km went by in 1:13:00" of a race known to be longer
        points += [(m.end(), _from_metres(m, race_m)) for m in P.SPLIT_POINT_ARRIVED.finditer(text, window_start, start)]
    if race_m is not None and not finish_fits and seconds > MAX_LAP_S:  # "With 400 meters left Ingebrigtsen had the time 11.54,6"
        # (a time the finish could take is the finish: "kicked with 250m to go and held off Bekele on the line, 7:31.45"; one a
        # lap could take, the closing stretch's: "moved to the lead with 300 meters left and split 55.8 over his final 400")
        points += [(m.end(), (f"{m.group('d')}m to go", race_m - left, False)) for m in P.SPLIT_POINT_TO_GO.finditer(text, window_start, start)
                   if 0 < (left := metres(m.group("d"), m.group("unit"))) < race_m]
    if race_m is not None and (bare := P.SPLIT_POINT_BARE.search(text[window_start:start])) \
            and (not bare.group("unit").lower().startswith("mile") or _miles_listed_as_splits(text, window_start + bare.start(), bare, seconds)):
        before = text[max(0, window_start + bare.start() - 12) : window_start + bare.start()]
        spelled = bare.group("unit").lower().startswith("kilomet")  # (a unit spelled out, as translated copy lists points: not in
        # a sentence of bests or of a time run, "Her personal bests: 10 kilometers 30:15", "she ran 10 kilometers 32:40 in Zhaoqing")
        if not re.search(r"(?:\bthe|['’]s)\s+$", before, re.IGNORECASE) and not P.RACE_OF_GROUP_BEFORE.search(before) \
                and not (spelled and (P.BESTS_WORD.search(text, sent_start, window_start + bare.start())
                                      or P.RAN_DISTANCE_BEFORE.search(before))):  # "won the
            # 1500m in" is the race, and "in the U15 boys' 1500m in"
            top = _top_height(text, bare, window_start)
            points.append((start, _top_point(text, top, race_m) if top else _from_metres(bare, race_m)))
    if race_m is not None and race_m <= MAX_TRACK_M and (unitless := P.SPLIT_POINT_UNITLESS_PASSED.search(text, window_start, start)) \
            and (unitless.group("d") or P.BRACKET_CLOSES_AFTER.match(text, end)) \
            and (at_m := float((unitless.group("d") or unitless.group("dp")).replace(",", ""))) < race_m:
        points.append((start, (f"{int(at_m)}m", at_m, False)))  # "until the 4000, passed in 10:22.5", "after the passage at the 800
        # (2:06.1)" (translated)
    if race_m is not None and race_m >= ROAD_KM_POINTS_M and (km := P.SPLIT_POINT_KM_NO_UNIT.search(text, window_start, start)) \
            and (at_m := 1000.0 * int(km.group("d"))) < race_m:
        points.append((start, (f"{int(km.group('d'))}km", at_m, False)))  # "passed by the 20 in 54:33"
    if points and (listed := P.LISTED_POINT_BEFORE.search(text, window_start, start)):
        # "through 400 meters on 55,10 and 800 meters on 1.51,8", "the first mile in 4:33 and two miles in 9:22"
        points.append((start, _from_metres(listed, race_m) if listed.group("d")
                       else _point(listed.group("d_of"), listed.group("unit_of"), race_m) if listed.group("d_of")
                       else (_point(listed.group("dn"), "m", race_m) if race_m is not None and race_m <= MAX_TRACK_M else None)
                       if listed.group("dn")
                       else _point(listed.group("dk"), listed.group("kunit"), race_m) if listed.group("dk")
                       else _point(listed.group("miles"), "miles", race_m)))
    # a point split by another time or by the finish from this one is not this time's point (unless this time is said
    # to pass it too: "through 35km in 1:44:40, 17 seconds clear of a chasing group, which passed in 1:44:57"); nor one
    # in an aside closed before it ("Ben Pattison, who was near the back at the bell, charges through for bronze in 1:44.83")
    again = P.SAME_POINT_AGAIN_BEFORE.search(text, max(window_start, start - 40), start) is not None
    blocked = start  # where a time between the point and this one blocks the point: before it, or before another runner's time
    # at the point, told in a clause joined to this one ("At 35 kilo Edesa was 1:56:36, and Kobayashi was 1:56:44")
    if (other := _other_runner_time(text, window_start, start, end, seconds)) is not None \
            and split_point(text, other.start(), other.end(), clock_seconds(other.group()), sent_start, race_m, lap_m, finish_fits) is not None:
        blocked = other.start()  # (the other runner's time is a split at the point too, not a finish: "Kiptum was dropped at
        # 30km, finishing in 2:06:10, and Kipruto was 2:06:20 in seventh")
    asides = [m.span() for m in P.RELATIVE_CLAUSE.finditer(text, window_start, start)
              if m.end() < start and not P.POINT_PASSED_GAP.fullmatch(text, m.end(), start)]  # (not "..., who broke away shortly after
    # halfway, reached in 26:30", "Hassan, who was 20 seconds adrift at halfway, went through in 1:10:21": the point's passage)
    points = [
        (e, p) for e, p in points
        if p is not None and not any(x < e <= y for x, y in asides) and not P.SPLIT_BLOCK.search(text, e, start)
        and not (finish_fits and _race_ends_between(text, e, start, end)) and (again or (
            e <= blocked and not P.CLOCK_TIME.search(text, e, blocked) and not P.PRIME_TIME.search(text, e, blocked)  # (Italian "2'21"0")
            and not P.DECIMAL_TIME.search(text, e, blocked) and not P.HOURS_TIME.search(text, e, blocked)  # (French "1h02'41")
            and not any(P.POINT_THEN_TIME_GAP.fullmatch(text, e, w.start()) for w in P.WORDED_TIME.finditer(text, e, blocked))))
    ]  # ("passed the 5km point in 14 minutes 52 seconds and the 10km in 29:45"; not a gap: "with a lead of 1 minute 20 seconds")
    if not points:  # (the entry's first time, not a finish nor another day's: "Marcel Hug won in 1:28:35", "ran 2:07:47 in Chicago
        # last year")
        if (to_go := _to_go_after(text, start, end, seconds, race_m, lap_m, finish_fits)) is not None:
            return to_go
        if labelled is not None and not finish_fits and not P.CLOCK_TIME.search(text, sent_start, start) \
                and not P.SPLIT_BLOCK.search(text, sent_start, start) and not P.PAST_CUE.search(text, sent_start, sentence_end(text, end)):
            return labelled
        if (checkpoint := _checkpoint_reached(text, start, end, window_start)) is not None:
            return checkpoint  # "She was at Scafell Pike in 3:10:05", the checkpoint a row lists at 21.3km
        if (feature := feature_reached(text, start, end, sent_start, finish_fits) or _feature_listed_before(text, start, sent_start)) is not None:
            halfway = _summit_halfway(text, race_m) if feature in SUMMIT_FEATURES else None
            return feature, (halfway if halfway is not None else feature_distance(text, feature)), False  # "reached the summit checkpoint in
            # 59:02": the summit (halfway where the text says it is: "the summit is bang on halfway"; at the distance it gives:
            # "to the trig point on the summit at 5.5km", a table's "Summit (5.5km)")
        return _place_reached(text, start, end, window_start, finish_fits)
    point_end, (at, distance, lap) = max(points, key=lambda x: x[0])
    if at == "last lap" and seconds > MAX_LAP_S:  # too long for a lap
        if race_m is not None and P.LAST_LAP_ENTERED.search(text, max(0, point_end - 40), point_end):
            return "bell", round(race_m - lap_m, 2), False  # "Bell ringing at the last lap, the clock displayed 13:10": where it began
        return None  # "unleashing a savage last lap to break clear ... in 27 minutes 51.42 seconds": the finish
    if at == "first lap" and finish_fits and race_m is not None and seconds > MAX_LAP_S:
        return None  # a time the race's finish takes, too long for a lap: "breaking clear before the first lap of the city centre
        # loop was complete and crossing Great Pulteney Street in 1hr 04min 58sec" (a half marathon's; a race of no known event
        # fits any time: "Ashby covered the first lap in 25:40")
    return at, distance, lap


def _was_at_bare_points(text: str, start: int, end: int, sent_start: int) -> bool:
    """Is the time at [start, end) said of a runner who "was" it at a bare track point, alone or first of a list ("He was 26.9
    at 200", "Mileham was 21.9 at 200 and 49.8 at 400"), in a sentence of this race (no past cue, youth or other place: "He was
    9.79 at 100 in Paris a week earlier", "As a junior she was 11.2 at 100")?"""
    first = start
    while (listed := P.BARE_POINT_LISTED_BEFORE.search(text, max(sent_start, first - 25), first)) is not None:
        before = P.LISTED_TIME_END.search(text, max(sent_start, listed.start() - 12), listed.start() + 1)
        if before is None or before.start() >= first:
            break
        first = before.start()  # the list's first time
    if not P.SUBJECT_WAS_BEFORE.search(text, max(sent_start, first - 30), first):
        return False
    stop = sentence_end(text, end)
    return not P.PAST_CUE.search(text, sent_start, stop) and not P.YOUTH_OR_PLACE_CUE.search(text, sent_start, stop)


def _after_a_point_row(text: str, line: int) -> bool:
    """Does the line before the one at `line` give a point and its time ("4000m – 11:36.0 (Taye)" before "Bell – 13:17.8
    (Taye)"; not "Bell ran well all season." before "Bell – 3:58.10 at the county mile")?"""
    before = text.rfind("\n", 0, max(0, line - 1)) + 1
    return line > 0 and P.SPLIT_LIST_ROW.match(text, before, line) is not None


def _joined_time(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The clock time last before `start` (from `lo` on), when the time at `start` is told in a clause joined to it, another
    runner's: "At 35 kilo Edesa was 1:56:36, and Kobayashi was 1:56:44", or listed after it on a checkpoint's row; else None."""
    last = last_match(P.CLOCK_TIME, text, lo, start)
    if last is None:
        return None
    if P.SAME_POINT_OTHER_RUNNER_GAP.fullmatch(text, last.end(), start):
        return last
    line = text.rfind("\n", 0, start) + 1  # (a checkpoint's row: "CP1 Garburn Pass (3.9km) – Ellwood 16:48, Hebblethwaite 16:49")
    return last if line <= last.start() and P.ROW_OTHER_RUNNER_GAP.fullmatch(text, last.end(), start) \
        and P.CHECKPOINT_ROW_OPENING.match(text, line) else None


def _other_runner_time(text: str, window_start: int, start: int, end: int, seconds: float) -> re.Match[str] | None:
    """The time just before this one, when it is another runner's at the same point, told in a clause joined to
    this one and close to it ("At 35 kilo Edesa was 1:56:36, and Kobayashi was 1:56:44"; not "..., and Kobayashi won in
    2:21:19", the finish, nor "and Kipruto was 2:06:20 in seventh", "and Kobayashi in 2:21:19 finished second": the clause ends
    with the time)."""
    if not P.CLAUSE_CLOSED_AFTER_TIME.match(text, end) or (joined := _joined_time(text, window_start, start)) is None:
        return None
    other = clock_seconds(joined.group())
    return joined if abs(seconds - other) <= max(SAME_POINT_GAP_S, SAME_POINT_GAP_SHARE * seconds) else None


def _clause_start(text: str, sent_start: int, at: int) -> int:
    """Where the clause of the time at `at` opens: after the sentence's last comma, semicolon, colon or dash before it."""
    return max((m.end() for m in P.PUNCTUATION_BREAK.finditer(text, sent_start, at)), default=sent_start)


def _joined_runner(doc: Doc, t: Span, sent_start: int) -> tuple[Span | None] | None:
    """When the time at `t` is told in a clause joined to another runner's time before it ("..., and Kobayashi was 1:56:44"),
    the athlete named in that clause (or None in a tuple); else None."""
    if (joined := _joined_time(text_of(doc), sent_start, t.start_char)) is None:
        return None
    named = between(doc, "athletes", joined.end(), t.start_char)
    return (named[-1] if named else None,)


SAME_POINT_GAP_S = 30.0  # seconds two runners' times at one point may lie apart at least ...
SAME_POINT_GAP_SHARE = 0.02  # ... or this share of the time


PLACE_WORDS = 5  # words at most of a place on the course named as a point


def course_stretch(text: str, start: int, end: int, floor: int) -> re.Match[str] | None:
    """The climb or descent of a mountain course the time at [start, end) is said to be the time of ("He ran the descent in
    41:02", "came down the mountain in 48:32", "her descent was 49:58"; `P.COURSE_STRETCH_BEFORE`, read back to `floor`), not the
    whole race ("went up the hill in 30:10 to win the ascent"), else None."""
    stretch = P.COURSE_STRETCH_BEFORE.search(text, max(floor, start - COURSE_STRETCH_REACH), start)
    if stretch is not None and stretch.group("s4") and (not P.UP_AND_DOWN.search(text) or P.WIN_OR_RECORD_WORD.search(
            text, floor, nxt.start() if (nxt := P.CLOCK_TIME.search(text, end, stop := sentence_end(text, end))) else stop)):
        return None  # "came down in 13:50" of a course up and down, no win told with it before another time (not a downhill race's
        # "came down in 9:44 and was the winner")
    return stretch if stretch is not None and not P.FINISH_CUE_AFTER.match(text, end) else None


COURSE_STRETCH_REACH = 50  # characters before a time where the stretch it is the time of is named


SUMMIT_FEATURES = frozenset({"summit", "summit cairn", "cairn", "trig", "trig point", "top", "top of the hill", "top of the climb"})  # a
# hill's top


def feature_distance(text: str, feature: str) -> float | None:
    """The one distance the text gives a feature of the course at ("the summit at 5.5km", "Summit (5.5km)"), else None."""
    said = {metres(m.group("d"), m.group("unit"))
            for m in re.finditer(rf"\b{re.escape(feature)}{P.FEATURE_DISTANCE_AFTER}", text, re.IGNORECASE)}
    return said.pop() if len(said) == 1 else None


def _feature_listed_before(text: str, start: int, sent_start: int) -> str | None:
    """The feature a time before in the sentence was at, this time listed after it with its runner ("had Gethin at the trig in
    26:41 with Tom 15 seconds back in 26:56 and Dafydd in 28:03": the trig, each), else None."""
    at = start
    for prev in reversed(list(P.CLOCK_TIME.finditer(text, sent_start, start))):
        if not P.LISTED_RUNNER_GAP.fullmatch(text, prev.end(), at):
            return None
        if (feature := feature_reached(text, prev.start(), prev.end(), sent_start)) is not None:
            return feature
        at = prev.start()
    return None


def _top_height(text: str, m: re.Match[str], offset: int = 0) -> re.Match[str] | None:
    """The top whose height in metres `m` (matched at `offset` in `text`) says ("the trig point at 893 metres in 56:12"), no point
    of the race's distance (not "cresting the top at 21 miles in 1:39:48", "the water point at 5000 metres")."""
    d, unit = offset + m.start("d"), m.group("unit").lower()
    if not unit.startswith("m") or unit.startswith("mi"):
        return None
    return P.TOP_HEIGHT_BEFORE.search(text, max(0, d - 24), d)


def _top_point(text: str, top: re.Match[str], race_m: float | None) -> tuple[str, float | None, bool]:
    """The top a height is said of, as a point: halfway of a race up to it and back ("up to the summit and back"), else of no
    distance known."""
    return " ".join(top.group("top").lower().split()), _summit_halfway(text, race_m), False


def _summit_halfway(text: str, race_m: float | None) -> float | None:
    """Halfway of the race, where the text says its top is there ("the summit is bang on halfway", "up to the summit and back")."""
    return race_m / 2 if race_m is not None and P.SUMMIT_HALFWAY.search(text) is not None else None


def feature_reached(text: str, start: int, end: int, sent_start: int, finish_fits: bool = True) -> str | None:
    """The feature of the course the time at [start, end) says was reached, its distance unsaid, where the race goes on after
    it: a checkpoint or a turn ("Wild reached the summit checkpoint in 59 minutes and two seconds", "She turned at the summit in
    1:09:55"), or a finish told after it in the sentence; never in a sentence of a win or a record, where the summit may be the
    finish ("won the Vertical Kilometre, reaching the top of the climb in 33:42", "reached the summit in 56:41 for a course
    record"). A time too fast for the race's finish (`finish_fits` false) at a feature no hill's top was no finish either: "went
    through the top of the bridge in 1:09:51" of a marathon (a hill race's event may be guessed from its times). None if not."""
    if (cp := P.CHECKPOINT_CODE_BEFORE.search(text, max(sent_start, start - 60), start)) is not None:
        if P.CHECKPOINT_STRETCH_BEFORE.search(text, max(0, cp.start("point") - 30), cp.start("point")):
            return None  # "from CP2 to CP3 in 12:10": the leg between them
        return re.sub(r"\s", "", cp.group("point")).upper()  # "at CP3 in 45.30": the checkpoint, never the finish
    if P.TURNED_IN_BEFORE.search(text, max(sent_start, start - 40), start) is not None \
            and not P.WIN_OR_RECORD_WORD.search(text, sent_start, sentence_end(text, end)):
        return "turn"  # "she turned first in 1:15:58": the turn of an out-and-back course (never the finish)
    if (m := P.FEATURE_REACHED_BEFORE.search(text, max(sent_start, start - 60), start)) is None:
        return None
    if m.group("point2"):  # a passage told in a relative clause ("well clear at the summit, which she reached in 24:30, and won
        # by ..."): mid-race, unless a win or a record is told before it
        finish = P.WIN_OR_RECORD_WORD.search(text, sent_start, m.start()) or P.FINISH_CUE_AFTER.match(text, end) \
            or P.RECORD_RIGHT_AFTER_TIME.match(text, end)  # ("the race finishes at the summit, which she reached in 2:18:30, a course
        # record, to win")
        return None if finish else m.group("point2")[4:].lower()
    stop = sentence_end(text, end)
    # a win told after the time is this time's only if no slower time of the same race follows it: not "She was at the summit in
    # 32:05 and won in 49:10" (the finish told after); a record told before the next time is this time's ("reached the summit in
    # 56:41 for a course record and won in 49:10 last year"), as is a win dated another day ("... and won the downhill race in
    # 20:10 on Sunday": faster, and another race)
    nxt, cur = P.CLOCK_TIME.search(text, end, stop), P.CLOCK_TIME.match(text, start)  # (no clock of its own: "in 59 minutes")
    later = nxt is not None and cur is not None and (n := parse_clock(nxt)) is not None and (this := parse_clock(cur)) is not None \
        and n.seconds > this.seconds and not P.PAST_CUE.search(text, end, stop) and not P.ANOTHER_DAY.search(text, end, stop) \
        and not P.RECORD_WORD.search(text, end, nxt.start())
    if P.FINISH_CUE_AFTER.match(text, end) or P.WIN_OR_RECORD_WORD.search(text, sent_start, m.end()) \
            or (not later and P.WIN_OR_RECORD_WORD.search(text, m.end(), stop)):
        return None
    if P.FINISH_ON_TOP.search(text):
        return None  # "The race finishes on the summit": its top is the finish
    went_on = later and not P.ANOTHER_RUNNER_TOLD.search(text, end, nxt.start())  # (the same runner's time after it: not "well ahead of
    # Tom Evans, who got there in 41:05")
    together_after = P.TOGETHER_AFTER.match(text, end) is not None
    if (m.group("together") or together_after) and P.FINISH_OR_RESULT_WORD.search(text, end, stop):
        return None  # two reaching it together at the finish: "reached the top of Slieve Donard together in 48:22, the finish line"
    feature = m.group("point")[4:].lower()
    if (finish_fits or feature in SUMMIT_FEATURES) and not P.MID_RACE_FEATURE.search(m.group()) \
            and not together_after and not went_on \
            and P.LATER_FINISH.search(text, end, stop) is None and not P.UP_AND_DOWN.search(text):
        return None  # (the summit may be the finish, unless the course goes up and down: "straight up the east ridge to the trig
        # point and straight back down the same line", or the runner goes on past it to a slower time: "reached the summit of
        # Chapman's Peak in 1:56:40 and passed the marathon mark in 2:35:50", or two reach it together: "the pair reached the top of
        # Constantia Nek in 2:29:55 together")
    return feature


def _checkpoint_reached(text: str, start: int, end: int, window_start: int) -> tuple[str, float, bool] | None:
    """A checkpoint's place its row gives the distance of, said reached right before a time ("She was at Scafell Pike in
    3:10:05"): a point at that distance, in a sentence dated no other time up to the next time (not a bracket's old record
    after it: "Passing at Vissoie in 1h00'48 ..., she has struck the line in 2h17'55, ... the old record of Angela Mudge (2h20'51,
    in 2006)")."""
    if not (distances := checkpoint_distances(text)):
        return None
    at = P.AT_PLACE_IN_BEFORE.search(text, window_start, start)
    if at is None or (d := distances.get(at.group("place"))) is None:
        return None
    stop = sentence_end(text, start)
    stop = min((m.start() for pattern in (P.CLOCK_TIME, P.HOURS_TIME, P.PRIME_TIME) if (m := pattern.search(text, end, stop))), default=stop)
    if P.PAST_CUE.search(text, window_start, stop):
        return None  # (not another year's: "Hartley's card from 2009 shows him at Scafell Pike in 2:44:40")
    if d % 100:  # (a distance no whole tenth of a kilometre, said in miles: "Cougar Saddle (mile 6.8)", labelled by its place,
        # not "10.9435km")
        return at.group("place"), d, False
    return _distance_label(d, "km"), d, False  # (labelled as the row is: one split, said in both)


def _to_go_after(text: str, start: int, end: int, seconds: float, race_m: float | None, lap_m: float,
                 finish_fits: bool) -> tuple[str, float, bool] | None:
    """The point a time was passed at, told after it by what was left, its runner said to be there: "was at 3:07.6 with a lap to
    go" (the bell), "hit 3:52.1 with 200 meters left" (not a time the finish could take, nor a runner no one was: "the guy who
    reads it best at 2:41 with a lap to go")."""
    if race_m is None or finish_fits or seconds <= MAX_LAP_S or (left := P.TO_GO_AFTER_TIME.match(text, end)) is None \
            or not P.PASSED_AT_BEFORE.search(text, max(0, start - 30), start):
        return None
    if left.group("lap"):
        return "bell", round(race_m - lap_m, 2), False
    d = metres(left.group("d"), left.group("unit"))
    return (f"{left.group('d')}m to go", race_m - d, False) if 0 < d < race_m else None


def _place_reached(text: str, start: int, end: int, window_start: int, finish_fits: bool) -> tuple[str, None, bool] | None:
    """A place on the course set off by a comma with the time it was reached in, its distance unsaid ("by Cato Ridge, passed
    in 3:36:05", "at Drummond, which she reached in 2:54:12"): a point of its own name, where the time is too fast for the
    race's finish or a finish follows in its sentence (the results stage's `POINT_REACHED_BEFORE`: not "to the Invalides,
    reached in 2:22:55" of a marathon, its finish)."""
    if "ed in" not in text[max(0, start - 8) : start]:
        return None  # (the cheap test first: "reached in", "passed in")
    reached, later = None, P.POINT_REACHED_BEFORE.search(text, window_start, start)
    while later is not None:  # (the last preposition's words: "at the boathouse", not "by side at the boathouse")
        reached, later = later, P.POINT_REACHED_BEFORE.search(text, later.start() + 1, start)
    if reached is None:
        return None
    words = reached.group("point").split()
    if any(c.isdigit() for c in reached.group("point")) or len(words) > PLACE_WORDS or not any(w[:1].isupper() for w in words) \
            or P.AGENT_BY_BEFORE.search(text, max(0, reached.start() - 12), reached.start() + 3):
        return None  # (a place's few words, named: "the turn at Ballyfoyle Cross", not a distance's "after the 3000", "the boathouse",
        # nor an agent: "led by Tom Ashby, passed in 15:10")
    if P.FINISH_CUE_AFTER.match(text, end) or P.FINISH_OR_RESULT_WORD.search(text, max(0, reached.start() - 40), reached.end()):
        return None
    if finish_fits and P.LATER_FINISH.search(text, end, sentence_end(text, end)) is None:
        return None
    point = reached.group("point")
    return point[4:] if point.lower().startswith("the ") else point, None, False


def _stretch(text: str, start: int, end: int, window_start: int, race_m: float | None) -> tuple[str, float, bool] | None:
    """The stretch between two points of a road race whose time [start, end) is, said before it in its clause ("Between 30
    kilo and 35 kilo her lap was 16:21") or right after it ("a 16:55 stretch from 15K to 20K"): a lap of its length, "30km-35km"."""
    m = next((m for m in P.STRETCH_POINTS.finditer(text, window_start, start) if P.STRETCH_TIME_GAP.fullmatch(text, m.end(), start)), None)
    if m is None and (after := P.STRETCH_AFTER_TIME.match(text, end)) is not None:
        m = P.STRETCH_POINTS.match(text, after.end())
    if m is None and (nxt := P.NEXT_KM_STRETCH_BEFORE.search(text, window_start, start)) is not None:
        return _next_km_stretch(text, nxt, window_start, race_m)
    if m is None or P.MOVE_UP_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # (not a move between distances: "stepped up from 5km to 10km and ran 29:50")
    # not another day's: "Two years ago Chebet ran from 25K to 30K in 14:05", "..., two years ago in the same race" (a past
    # cue in another clause after a comma, its own subject, is that clause's: "From 35K to 40K she was 16:01, last year it
    # took her 17:00")
    other = P.PAST_CLAUSE_AFTER_COMMA.search(text, end, sentence_end(text, end))
    if P.PAST_CUE.search(text, window_start, other.start() if other is not None else sentence_end(text, end)):
        return None
    if m.group("a2"):
        a, b = int(m.group("a2")), int(m.group("b2"))
    elif m.group("a_unit") or m.group("a_word") or m.group("b_unit"):
        a, b = int(m.group("a") or m.group("a_word")), int(m.group("b"))
    else:
        return None  # no unit said: "between 2019 and 2022"
    return _km_stretch(a, b, race_m)


def _km_stretch(a: int, b: int, race_m: float | None) -> tuple[str, float, bool] | None:
    """The stretch from `a` km to `b` km, a lap of its length, "30km-35km" (`P.STRETCH_LABEL`); None for one too long for a
    stretch, or going past the race's finish."""
    if not 0 < b - a <= MAX_STRETCH_KM or (race_m is not None and 1000 * b > race_m):
        return None
    return f"{a}km-{b}km", 1000.0 * (b - a), True


def _list_rows(text: str, row: re.Match[str], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The rows of the list `row` is one of, a line each, each opening with `pattern` ("Km 3 – 5:29", "Lap 2: 70.6 (3:04.6)"):
    from the list's first row down to its last."""
    line = row.start()
    while line > 0 and (above := pattern.match(text, text.rfind("\n", 0, line - 1) + 1)) is not None and above.end() < line:
        line = above.start()  # up to the list's first row
    rows = []
    while (r := pattern.match(text, line)) is not None:
        rows.append(r)
        if (line := text.find("\n", r.end()) + 1) == 0:
            break
    return rows


def _numbered_km(text: str, row: re.Match[str], race_m: float | None) -> tuple[str, float, bool] | None:
    """A kilometre's row of a list, a line each ("Km 1 – 5:31" ... "Km 10 – 5:10", "Km 5 – 25:40" ... "Km 20 – 26:10"): the time
    there, "3km", where the list's times grow with its kilometres (each step at least `KM_ROWS_CUMULATIVE` of the first row's
    rate: "Km 1 – 8:05", "Km 2 – 12:05"); else the stretch's own time since the row before, "2km-3km", "5km-10km"."""
    rows: list[tuple[int, float]] = []  # (kilometre, seconds) of each row, down to the first with no time
    for r in _list_rows(text, row, P.KM_NUMBER_ROW):
        if (t := P.CLOCK_OR_DECIMAL_AT.match(text, r.end())) is None:
            break
        rows.append((int(r.group("n")), clock_seconds(t.group())))
    n = int(row.group("n"))
    if not rows or rows[0][0] == 0:
        return None
    first_rate = rows[0][1] / rows[0][0]  # seconds a kilometre, as the first row tells
    if len(rows) >= 2 and all(b[0] > a[0] and (b[1] - a[1]) / (b[0] - a[0]) >= KM_ROWS_CUMULATIVE * first_rate for a, b in zip(rows, rows[1:])):
        return _point(str(n), "km", race_m)
    before = [k for k, _ in rows if k < n]
    return _km_stretch(before[-1] if before else 0, n, race_m)


def _nth_kilometre(text: str, nth: re.Match[str], seconds: float, race_m: float | None) -> tuple[str, float, bool] | None:
    """A time told after a kilometre by its ordinal (`P.NTH_KM_BEFORE`): that kilometre's own time ("the third kilometre (2:50.6)",
    a lap of 1000m), or, the kilometre passed or the time too slow for one, the time there ("passed the second kilometre in
    5:15.0", the Finnish "the second kilometre passed 5:15.0": 2km in); else None."""
    if (n := P.ORDINALS.get(nth.group("ord").lower())) is None:
        return None
    passed = P.NTH_KM_PASSED_BEFORE.search(text, max(0, nth.start() - 12), nth.start()) is not None \
        or P.PASSED_WORD.search(nth.group()) is not None  # (not "led through the second kilometre in 5:58": the time there; nor
    # "In the fifth kilometer, a pack of ten athletes passed with 14:41")
    cumulative = _cumulative_for_a_km(seconds, race_m) or (seconds > P.NTH_KM_S[1] and nth.group().lower().startswith("the "))  # (slower
    # than any runner's kilometre: the time there; not a runner's own slow one, "Her second kilometre, in 7:05, came on the climb")
    if P.NTH_KM_S[0] <= seconds <= P.NTH_KM_S[1] and not passed and not cumulative and (race_m is None or n * 1000 <= race_m):
        return f"{nth.group('ord').lower()} km", 1000.0, True
    if (passed or cumulative) and seconds > P.NTH_KM_S[0] * n and (race_m is None or n * 1000 < race_m):
        return f"{n}km", n * 1000.0, False
    return None


def _cumulative_for_a_km(seconds: float, race_m: float | None) -> bool:
    """Is a time too slow for one kilometre of a race of `race_m`, over `NTH_KM_RECORD_FACTOR` x the pace of the slowest world
    record at that distance (a steeplechase's "the second kilometre in 5:52.1": the time there, 2km in)?"""
    records = [r for e, r in P.EVENT_RECORD_S.items() if race_m is not None and event_distance(e) == race_m]
    return bool(records) and seconds > max(records) / race_m * 1000 * NTH_KM_RECORD_FACTOR


NTH_KM_RECORD_FACTOR = 2.0  # a kilometre's own time at most this many times the world record's pace for one


def _numbered_lap(text: str, row: re.Match[str], race_m: float | None, lap_m: float, there: bool) -> tuple[str, float, bool] | None:
    """A lap's row of a list, a line each ("Lap 1: 69.8 (1:54.0)" ... "Lap 7: 66.2 (8:49.2)"): the lap's own time, or (`there`)
    the time where it ends. The laps are counted back from the finish where the list has more laps than fit the race (a 1500m's
    four: lap 1 the first 300m) or where its last time there is a finish the text tells elsewhere (a steeplechase's first lap
    line 200m in: lap 1 ends at 600m); else from the start. None past the finish, or at it with a time the text tells as no
    finish (a training session's laps, another race's)."""
    rows = _list_rows(text, row, P.LAP_NUMBER_ROW)
    n, last = int(row.group("n")), max(int(r.group("n")) for r in rows if r.start() >= row.start())
    end_there = P.LAP_ROW_THERE.match(text, rows[-1].end())  # "66.2 (8:49.2)": the time where the last lap ends
    end = text.find("\n", rows[-1].end()) + 1 or len(text)
    told = end_there is not None and _told_elsewhere(text, clock_seconds(end_there.group("there")), rows[0].start(), end)
    back = race_m is not None and (0 < last * lap_m - race_m < lap_m or (told and race_m - lap_m < last * lap_m <= race_m))
    distance = race_m - (last - n) * lap_m if back else n * lap_m
    if race_m is not None and (distance > race_m + 1 or (there and distance >= race_m - 1 and not told)):
        return None
    return (f"{int(distance)}m", distance, False) if there else (f"lap {n}", distance, True)


def _told_elsewhere(text: str, seconds: float, a: int, b: int) -> bool:
    """Is a time of `seconds` (to within a few hundredths) told in the text outside [a, b): a list's last time the race's
    finish said in prose or a results list ("won in 8:49.17" for a list's "8:49.2")?"""
    return any(abs(clock_seconds(m.group()) - seconds) <= LAP_LIST_FINISH_S for m in P.CLOCK_TIME.finditer(text) if not a <= m.start() < b)


QUARTERS_MILE_SLACK_M = 10.0  # a race this near a mile (1609m) is one, its quarters a table's rows
LAP_LIST_FINISH_S = 0.1  # a lap list's last time there, rounded to the tenth, and the finish told elsewhere


KM_ROWS_CUMULATIVE = 0.3  # each step of a list's times at least this share of its first row's rate a kilometre: times there


def _next_km_stretch(text: str, nxt: re.Match[str], window_start: int, race_m: float | None) -> tuple[str, float, bool] | None:
    """"his next 5 km took 14:53": the stretch of that length after the last point its sentence names before it ("Sawe reached
    30 km in 1:25:51, ..."): "30km-35km", a lap of its length."""
    points = [int(p.group("d")) for p in P.KM_POINT.finditer(text, window_start, nxt.start())]
    return _km_stretch(points[-1], points[-1] + int(nxt.group("d")), race_m) if points else None


def _point_said_before(text: str, t: Span, sent_start: int, spans: list[Span], sents, finish_fits: bool,
                       race_m: float | None) -> tuple[str, float | None, bool] | None:
    """The point of the sentence before, when this time only comes through with no point of its own: that of the split
    just found there ("Men's halfway: 1:02:09 for a group of eleven. Cairess comes through in 1:02:50"), or the mark it names
    ("I parked myself at the mile marker. Sophie Lindahl came through first in 5:26"); not a time the finish of a race of
    known distance could be."""
    if (finish_fits and race_m is not None) or not P.THROUGH_IN_BEFORE.search(text, max(sent_start, t.start_char - 40), t.start_char) \
            or P.FINISH_CUE_AFTER.match(text, t.end_char):
        return None  # (of a race of no known distance, any time may be a point's; not "came through first in 17:42 to win")
    prev_start = sents.of(max(0, sent_start - 1))[0]
    if prev_start >= sent_start or text.find("\n\n", prev_start, sent_start) >= 0:
        return None  # (the sentence before, in the same paragraph)
    if spans and not spans[-1]._.lap and spans[-1].start_char >= prev_start and "\n" not in text[spans[-1].end_char : t.start_char]:
        # (only a time within 7.5% of that split's: "Kiptum comes through in 28:30, so that second 5km was 14:10" after "5km in
        # 14:20" is at another point, and so is "Bekele comes through in 1:29:10, at 30km" after halfway's 1:00:48)
        if abs(t._.seconds - spans[-1]._.seconds) > SAME_POINT_SPREAD * spans[-1]._.seconds:
            return None
        return spans[-1].label_, spans[-1]._.distance_m, False
    if spans and spans[-1].start_char >= prev_start:
        return None
    marks = list(P.SPLIT_POINT_MARK.finditer(text, prev_start, sent_start))
    if marks:
        return _point(marks[-1].group("d"), marks[-1].group("unit"), race_m)
    if P.THE_MILE_MARK.search(text, prev_start, sent_start):
        return _point("1", "mile", race_m)
    return None


def _closing_stretch(m: re.Match[str], seconds: float, race_m: float | None, lap_m: float) -> tuple[str, float | None, bool] | None:
    """"the last 200m in 26.9": a stretch ending at the finish, shorter than the race, a lap time at its length (as the
    other stretches are, "the second lap", "the second half"; labelled so, not the split at 200m a bare "200m in 26.9"
    gives); a lap's length is the last lap ("her final 400m in 61.2"), at the race's distance like every last lap. A
    time too slow for the stretch's length (a minute a hundred metres) is none of it."""
    if m.group("word"):
        word = m.group("word").lower().replace("-", " ")
        length, label = {"quarter": (P.MILE_M / 4, "quarter"), "half mile": (P.MILE_M / 2, "half mile"),
                         "mile": (P.MILE_M, "mile")}.get(word, (1000.0, "km"))
    else:
        length = metres(m.group("d"), m.group("unit"))
        label = _distance_label(length, m.group("unit"))
    if (race_m is not None and length >= race_m) or seconds > 0.6 * length:
        return None
    if length == lap_m and seconds <= MAX_LAP_S:
        return "last lap", race_m, True
    return f"last {label}", length, True


def lap_length(at: str, distance: float | None, lap: bool, on_track: bool, track_lap: float, row_gap: float | None = None) -> float | None:
    """The length a lap time covers: a list's lap between two rows, from the row before ("lap to 600m", `row_gap`); the track's
    lap for a last lap, on a track (a course's lap unsaid: None); the stretch's own distance for every other ("second half",
    "last 200m", "30km-35km", "first lap"; not a first lap off the track taken for a track's, its course's lap unsaid). None
    for a time at a point."""
    if not lap:
        return None
    if at.startswith("lap to ") and row_gap:
        return row_gap
    if at == "last lap" or at.startswith("lap "):  # ("lap to 600m", "lap 18")
        return track_lap if on_track else None
    if at == "first lap" and not on_track and distance == track_lap:
        return None
    return distance


def list_row_gap(text: str, start: int, distance: float | None) -> float | None:
    """The distance from the row before to the row of a splits list holding `start` ("200m - 28.5 (28.5)" then "400m - 58.1
    (29.6)": 200), or None."""
    prev = _row_before(text, text.rfind("\n", 0, start) + 1)
    if distance is None or prev is None or not prev.group("d"):
        return None
    gap = distance - metres(prev.group("d"), prev.group("unit"))
    return gap if gap > 0 else None


def _race_ends_between(text: str, point_end: int, start: int, end: int) -> bool:
    """Does the race end between a split point and the time at [start, end) ("shortly after 30K and ran 2:02:44"), the
    time not said to be the point's ("had lost contact with the leaders, passing in 2:01:40", "ran 1:59:50 at that point")?
    Asked only where the time could be the race's own, and only once such words stand between."""
    return P.FINISH_BLOCK.search(text, point_end, start) is not None and not (
        P.AT_THE_POINT_AFTER.match(text, end) or P.PASSING_RIGHT_BEFORE.search(text, max(0, start - 25), start))


def next_stretch(text: str, nth: re.Match[str], seconds: float, sent_start: int, lap_m: float = P.LAP_M) -> tuple[str, float | None, bool] | None:
    """"the first kilometer in 3:01.2 and the second in 6:00.8": the stretch the first one names, the
    nth of them; a time well past the first one's is where the nth ends (2000m), else that stretch
    alone (the second lap)."""
    first = None
    for first in P.SPLIT_POINT_WORDS.finditer(text, max(sent_start, nth.start() - LOOKBACK), nth.start()):
        pass
    if first is None or not (first.group("first") or first.group("firstkm") or first.group("firstmile")):
        return None
    n = P.ORDINALS[nth.group("ord").lower()]
    unit = 1000.0 if first.group("firstkm") else P.MILE_M if first.group("firstmile") else lap_m  # (a track's lap: 200m indoors)
    name = "km" if first.group("firstkm") else "mile" if first.group("firstmile") else "lap"
    before = P.CLOCK_TIME.search(text, first.end(), nth.start()) or P.DECIMAL_TIME.search(text, first.end(), nth.start())
    if before is not None and seconds > 1.5 * clock_seconds(before.group()):
        return {"km": f"{n}km", "mile": f"{n} miles", "lap": f"{int(n * unit)}m"}[name], n * unit, False
    return f"{nth.group('ord').lower()} {name}", unit, True


def _point_after(text: str, pos: int, race_m: float | None, lap_m: float) -> tuple[str, float | None, bool] | None:
    if m := P.DISTANCE_AT.match(text, pos):
        return _from_metres(m, race_m)
    if m := P.SPLIT_POINT_WORDS.match(text, pos):
        return _from_words(m, race_m, lap_m)
    if m := P.ONE_UNIT_POINT.match(text, pos):
        return _point("1", m.group("unit"), race_m)  # "A dawdling 3:01.5 for the first kilometre"
    return None


def _miles_listed_as_splits(text: str, at: int, bare: re.Match[str], seconds: float) -> bool:
    """Is a bare number of miles in a list after a colon ("Men's leader splits: 1 mile 4:36, 2 miles 9:19") a split there: its
    line says splits before it (`P.SPLITS_WORD`), and its time is one at least that many miles take (not "Pace bands: 1 mile 5:00,
    2 miles 10:00", nor "Mile splits: 1 mile 4:36, 2 miles 4:43", each mile's own time)?"""
    line = text.rfind("\n", 0, at) + 1
    return bool(P.SPLITS_WORD.search(text, line, at)) and seconds >= int(bare.group("d")) * P.MILE_FASTEST_S


def _from_metres(m: re.Match[str], race_m: float | None) -> tuple[str, float, bool] | None:
    return _point(m.group("d") or m.groupdict().get("d_listed"), m.group("unit"), race_m)


def _point(d_text: str, unit: str | None, race_m: float | None) -> tuple[str, float, bool] | None:
    """A point said as a distance in figures or words ("800m", "two miles"), short of the race's end;
    no unit said is miles ("hits 13.1 in 1:00:19", a marathon's half)."""
    unit = ("miles" if unit is None else unit).lower()
    d = metres(d_text, unit)
    if race_m is not None and d >= race_m:
        return None
    odd = unit.startswith("k") and d % 1000 or unit.startswith("mile") and "." in d_text  # not a whole km or mile
    if race_m is not None and odd and abs(2 * d - race_m) <= 0.005 * race_m:
        return "halfway", race_m / 2, False  # "reach 21.1km in 1:00:48", "through 13.1 miles in 1:01:27" of a marathon
    return _distance_label(d, unit), d, False


def _distance_label(d: float, unit: str) -> str:
    """A distance of `d` metres as the text's unit says it: "30km", "2 miles", "800m"."""
    unit = unit.lower()
    if unit.startswith("mile"):
        miles = round(d / P.MILE_M, 1)  # (a tenth of a mile kept: "mile 10.2" is "10.2 miles", not "10 miles")
        return "1 mile" if miles == 1 else f"{miles:g} miles"
    return f"{d / 1000:g}km" if unit.startswith("k") else f"{int(d)}m"


def _from_words(m: re.Match[str], race_m: float | None, lap_m: float) -> tuple[str, float | None, bool] | None:
    if m.group("bell"):  # (a cross country's lap, said long as its first: "through the first 2-kilometer lap in 6:18")
        if race_m is not None and race_m >= P.COURSE_RACE_MIN_M and P.CROSS_COUNTRY.search(m.string) is not None \
                and (first := last_match(P.FIRST_LAP_SAID_LONG, m.string, 0, m.start())) is not None:  # (a race on a course)
            lap = _km_said(first.group("d"))
            lap_m = lap if race_m is not None and P.COURSE_LAP_MIN_M <= lap < race_m else lap_m
        elif P.CROSS_COUNTRY.search(m.string) is not None and (course_lap := _long_course_lap(m.string, m.start(), race_m)) is not None:
            lap_m = course_lap  # "Overnight rain turned the five 2km laps into a slog ... hit the bell in 23:47": 8km in
        elif (said := P.BELL_LAP_SAID_LONG_AFTER.match(m.string, m.end())) is not None and race_m is not None \
                and P.COURSE_LAP_MIN_M <= (lap := _km_said(said.group("d"))) < race_m:
            lap_m = lap  # "the bell rang for the final two-kilometre lap at 24:32" of a 10km: 8km in
        elif P.CROSS_COUNTRY.search(m.string) is not None and not P.ON_THE_TRACK.search(m.string, max(0, m.start() - TRACK_SAID_REACH), m.start()) \
                and (last := P.BELL_LAST_STRETCH_AFTER.match(m.string, m.end())) is not None \
                and race_m is not None and P.COURSE_LAP_MIN_M <= (lap := _km_said(last.group("d"))) < race_m:
            lap_m = lap  # "sixth at the bell in 14:05 before running the last 2km" of a 6km: 4km in (not where a race was said to be
            # on the track just before: "The world cross country champion Chebet won the 10,000m on the track in 29:10. She was sixth
            # at the bell")
        return "bell", (round(race_m - lap_m, 2) if race_m and race_m > lap_m else None), False
    if m.group("half"):
        named = P.HALF_MARATHON_AFTER.match(m.string, m.end()) or m.group("half").lower().endswith("marathon")  # (French "semi-marathon")
        if named and not (race_m and race_m > P.EVENT_DISTANCE_M["half marathon"]):
            return None  # "won the half marathon in 59:48" is the race; in a marathon "passed the half marathon in" is halfway
        return "halfway", (race_m / 2 if race_m else None), False
    if m.group("halflisted"):  # a marathon's "5 km 14:31; 10 km 29:05; half 1:01:20" or "Passage women half: 1:08:02" (in club
        # results, "half: 1:32:10" is a half marathon run)
        listed = P.HALF_LISTED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None
        return ("halfway", race_m / 2, False) if listed and race_m and race_m > P.EVENT_DISTANCE_M["half marathon"] else None
    if m.group("halfline"):  # "10 km 28:38 – half marathon 1:00:22" of a marathon, or such a line's opening
        line = m.string.rfind("\n", 0, m.start()) + 1
        listed = line == m.start() or P.KM_POINT_THEN_DASH_BEFORE.search(m.string, line, m.start())
        marathon = race_m is not None and abs(race_m - P.EVENT_DISTANCE_M["marathon"]) < 1  # (not a "30 km:" point read as the race)
        return ("halfway", race_m / 2, False) if listed and marathon else None
    if m.group("secondhalf"):  # the stretch from halfway to the finish, at its length (as gold writers mostly give it)
        return "second half", (race_m / 2 if race_m else None), True
    if m.group("threeq"):
        return "three-quarters", (round(race_m * 0.75, 2) if race_m else None), False
    if m.group("quarter"):  # "took the field through the quarter in 58.2" of a mile
        return "quarter", (round(race_m / 4, 2) if race_m else None), False
    if m.group("last"):
        return "last lap", race_m, True
    if m.group("first"):
        if laps := m.group("laps"):  # "through the first of three laps" of a 12km cross country: 4km
            return "first lap", (round(race_m / number(laps), 2) if race_m else None), True
        if km := m.group("lapkm"):  # "went through the first 2-kilometer lap in 6:18", "the first two-kilometre loop"
            return "first lap", _km_said(km), True
        return "first lap", _course_lap(m.string, m.start(), race_m) or lap_m, True
    if m.group("firstround"):  # translated: "led the field through the first round in 55,6" of a race of two laps or more (not
        # a sprint's heat; in a race unknown, the caller asks for a time no 400m heat could take)
        return ("first lap", lap_m, True) if race_m is None or race_m >= 2 * lap_m else None
    if m.group("firstkm"):
        return "1km", 1000.0, False
    if m.group("firstmile"):  # "the first mile", "came through the mile" (of a longer race)
        return ("1 mile", P.MILE_M, False) if race_m is None or race_m > P.MILE_M + 1 else None
    if m.group("marathonmark"):  # an ultra's "reached the marathon mark in 2:39:21"
        marathon = P.EVENT_DISTANCE_M["marathon"]
        return ("marathon", marathon, False) if race_m is None or race_m > marathon + 1 else None  # (an ultra's distance unsaid:
        # no shorter race passes a marathon's mark)
    return None


def _nth_passage(text: str, nth: re.Match[str], start: int, end: int, seconds: float, race_m: float | None) -> tuple[str, float, bool] | None:
    """The point a passage of a course's lap told by its ordinal stands at, that many laps in ("At the second lap (4 km, 11:50)",
    "at the fourth passage (23:49)" of laps said to be 2km): at the bracket's distance, else the lap's length said before it or
    the course's laps; None where no time stands between it and the time at `start`, none is known, or the time is no runner's
    there (faster than a record pace, or slower than a jog: a lap's own time, "the third lap was 6:01")."""
    said_end = nth.end("first") if nth.group("first") else nth.end("ord")
    if P.CLOCK_TIME.search(text, said_end, start) is not None or P.FINISH_WORD_BETWEEN.search(text, said_end, start) \
            or P.FINISH_CUE_AFTER.match(text, end):
        return None  # (nor a finish told after the lap: "After the second lap Cheptegei broke away to win in 28:40")
    n = 1 if nth.group("first") else P.ORDINALS[nth.group("ord").lower()]
    if nth.group("d"):
        at_m = _km_said(nth.group("d").replace(",", "."))
    elif (said := last_match(P.LAP_LENGTH_SAID, text, max(0, nth.start() - COURSE_LAPS_REACH), nth.start())) is not None:
        at_m = n * _km_said((said.group("d") or said.group("d2")).replace(",", "."))
    elif (lap := _long_course_lap(text, nth.start(), race_m)) is not None:
        at_m = n * lap
    else:
        return None
    if (race_m is not None and at_m >= race_m) or not PASSAGE_MIN_S_PER_M * at_m <= seconds <= PASSAGE_MAX_S_PER_M * at_m:
        return None
    return f"lap {n}", round(at_m, 2), False


def _km_said(number_said: str) -> float:
    """Metres of a number of kilometres said in figures or a word ("2", "2.5", "two")."""
    return metres(number_said if number_said[0].isdigit() else str(P.NUMBER_WORDS[number_said.lower()]), "km")


def _long_course_lap(text: str, at: int, race_m: float | None) -> float | None:
    """`_course_lap` of a race long enough to be run on a course of laps said long (a cross country's, a road circuit's), else
    None."""
    return _course_lap(text, at, race_m) if race_m is not None and race_m >= P.COURSE_RACE_MIN_M else None


def _course_lap(text: str, at: int, race_m: float | None) -> float | None:
    """A lap of a course said to be run in so many laps before `at` ("SENIOR MEN (15km, three big laps)": 5000m), when
    that is longer than a track's (a cross country's or a road circuit's); else None (a track race's "for five laps",
    "the last two laps" say no lap's length: `P.COURSE_LAPS`)."""
    if race_m is None:
        return None
    said = max((m for m in (last_match(P.COURSE_LAPS, text, max(0, at - COURSE_LAPS_REACH), at),
                            last_match(P.COURSE_LAPS_FIRST_OF, text, max(0, at - COURSE_LAPS_REACH), at)) if m is not None),
               key=lambda m: m.start(), default=None)
    if said is None:  # (or further back, said of every race: "Both races were run over five laps of a 2-kilometer loop")
        said = next((m for m in P.EVERY_RACE_LAPS.finditer(text, 0, at) if not P.TRACK_WORD.search(text, m.end(), at)), None)
    if said is None:
        return None
    lap = race_m / number(said.group("n"))
    return round(lap, 2) if lap >= P.COURSE_LAP_MIN_M else None


def leader_before(doc: Doc, char: int, sents: Bounds, paras: Bounds) -> Span | None:
    """The athlete last said to lead before `char` ("Kerr ... moved into the lead")."""
    text = text_of(doc)
    first = paras.ranges[max(0, paras.index(char) - 2)][0]
    leader = None
    for cue in P.LEAD_CUE.finditer(text, max(first, sents.of(char)[0] - 2000), sents.of(char)[0]):
        a, _ = sents.of(cue.start())

        before = [m for m in between(doc, "athletes", a, cue.start()) if m.end_char <= cue.start()]
        subjects = [m for m in before if not is_object(text, m, a)]
        if subjects:
            leader = subjects[-1]
    return leader


def table_owner(doc: Doc, start: int, paras: Bounds) -> Span | None:
    """"SAWE'S SPLITS / 5km 14:25 / 10km 28:52": the athlete a splits table is headed with."""
    first = paras.ranges[max(0, paras.index(start) - 12)][0]
    for m in reversed(between(doc, "athletes", max(first, start - 2000), start)):
        if P.SPLITS_HEADER.match(text_of(doc)[m.end_char : m.end_char + 20]):
            return m
    return None


def _rows_called_splits(text: str, line: int, row: re.Pattern[str]) -> bool:
    """Does the heading over the rows from `line` up (a blank line may stand between) call them splits?"""
    a, b = line_above_rows(text, line, row)
    if not text[a:b].strip() and a > 0:
        a, b = line_above_rows(text, a, P.EMPTY_LINE)
    return P.SPLITS_SPOKEN_OF.search(text, a, b) is not None or P.SPLITS_HEADING_NAMED.search(text, a, b) is not None


def list_heading_owner(doc: Doc, start: int) -> Span | None:
    """"Kiptum splits (off the app tracker):" over "* HM 1:00:48, Kipruto + Mateiko still with him", "Here are
    Nuguse's cumulative splits:" over "Lap 1 (209m) – 29.9 (Sowinski leading)": the athlete a line ending in a colon
    names as the owner of the list under it, whoever its lines name after their times, or names alone in brackets
    after its word ("Official kilometre splits (Rose Davies, chip timing):"), or closes it after "for" ("Here's how it went for
    Ostrowski:"), or a pronoun's ("here are his official splits:",
    the runner told of before); or a heading that names the owner after
    its word ("Passage times Bashir Abdi"); a blog's heading of "my splits", its narrator's. Not a time a line of prose names its
    runner for before it ("Luis Arrieta was first to the top of Wapiti Pass in 2:13:31" under the list)."""
    text = text_of(doc)
    top = text.rfind("\n", 0, start) + 1
    if P.PROSE_LINE.match(text, top) and between(doc, "athletes", top, start):
        return None
    blank_seen = False
    for _ in range(LIST_LINES_MAX):  # up the block's lines to the one above it
        if top == 0:
            return None
        line = text.rfind("\n", 0, top - 1) + 1
        above = max([line] + [m.end() for m in P.SENTENCE_BREAK_IN_LINE.finditer(text, line, top - 1)])  # (a heading after a
        # sentence on its line: "Robert Nowak won the Warsaw Marathon in 2:09:15. Between-times of the winner:")
        named = between(doc, "athletes", above, top - 1)
        if doc._.narrator is not None and doc._.narrator.start_char < above and P.MY_SPLITS_HEADING.match(text, above, top - 1):
            return doc._.narrator  # a blog's "MY SPLITS (chip, from the results page)": its author's
        if P.SPLITS_HEADING_REST.match(text, above, top - 1):  # a line ending in a colon
            for m in named:
                if m.end_char < top and P.SPLITS_OF_NAME_AFTER.match(text[m.end_char : top]):
                    return m  # "Kiptum splits (...):", "Here are Nuguse's cumulative splits (unofficial):"
            if len(named) == 1 and P.FOR_NAME_BEFORE.search(text, above, named[0].start_char) \
                    and P.RACE_TOLD_HEADING.search(text, above, named[0].start_char) \
                    and P.NAME_ENDS_HEADING.fullmatch(text, named[0].end_char, top - 1):
                return named[0]  # "Here's how it went for Ostrowski:" over "400m - 60.5 (60.5)"
            if len(named) == 1 and P.SPLITS_BRACKET_BEFORE_NAME.fullmatch(text, above, named[0].start_char) \
                    and P.NAME_BRACKET_CLOSE_AFTER.match(text, named[0].end_char):
                return named[0]  # "Official kilometre splits (Rose Davies, chip timing provided by the organisers):"
            last = last_match(P.SPLITS_WORD, text, above, top - 1)  # (the list is the last one the line names, a line naming
            # both "his" and "her" owns none: "Here are her splits (his laps were not recorded):")
            pron = None if last is None else next((p for p in P.SPLITS_OF_PRONOUN.finditer(text, above, top - 1) if p.end() == last.end()), None)
            if pron is not None and not any(m.start_char > pron.start() for m in named) and not P.BOTH_PRONOUNS.match(text, above, top - 1):
                return previous_athlete(doc, pron.start(), paragraphs(doc), sex=P.PRONOUN_SEX[pron.group("pron").lower()], protagonist=True)
                # "Owen sat in sixth ... here are his official splits off the FAT feed:", the runner told of before
        if len(named) == 1 and P.SPLITS_BEFORE_NAME_HEADING.fullmatch(text, above, named[0].start_char) \
                and P.NAME_NOTE_ENDS_HEADING.fullmatch(text, named[0].end_char, top - 1):
            return named[0]  # "Passage times Bashir Abdi" (translated), "Splits of Bashir Abdi:", "Checkpoint times – Joe Brennan
            # (record run)"
        if P.SPLITS_OF_WINNER_HEADING.fullmatch(text, above, top - 1):  # "Between-times of the winner:" (translated), the winner
            if len(named) == 1:  # its bracket names: "... (Bonnet)"
                return named[0]
            winner = race_winner(doc, before=above)  # (of the sex the heading says, or no one: "(female category)" is not the men's
            said = sex_cue(text[above : top - 1])  # winner's when the women's winner is not known)
            return winner if winner is None or said is None or (winner._.sex or races_sex(doc, winner)) in (None, said) else None
        if not text[line : top - 1].strip():
            if blank_seen:
                return None  # the block's top, under no such heading (one blank line may stand between)
            blank_seen = True
        top = line
    return None


def dotted_split(seconds: float, clock: str, distance: float | None, event: str | None = None) -> tuple[float, str]:
    """"At 3000 meter the passage was 8.45": a split far too fast for its distance as seconds is
    minutes and seconds with a dot between them, as Dutch copy writes them (8:45); so too one at a
    point of unsaid distance in a road race, under a minute as seconds ("at CP3 in 45.30" of a fell
    race's 14.2km, as British club copy writes 45:30). Else as read."""
    if (dotted := dotted_as_minutes(clock)) is None:
        return seconds, clock
    if distance is None:
        return dotted if seconds < MIN_ROAD_POINT_S and road_event(event) else (seconds, clock)
    if distance / seconds <= P.FASTEST_PACE_MS:
        return seconds, clock
    return dotted if distance / dotted[0] <= P.FASTEST_PACE_MS else (seconds, clock)


MIN_ROAD_POINT_S = 60.0  # a road race's point is a minute in at least


def group_leader(doc: Doc, sent_start: int, char: int, subject: bool = False) -> Span | None:
    """"17 seconds clear of a chasing group led by Abdi, which passed in 1:44:57": the leader of the group a second time
    at the same point is said of, or the name a relative clause saying it opens after ("with Hassan, who went through in
    2:04.5"); else None (not the subject, whose time at the point was the first). With `subject`, the leader of a group
    that is the sentence's only one named ("a group of eleven athletes led by Biniyam Mehari passed the 5 km mark in")."""
    text = text_of(doc)
    named = [m for m in between(doc, "athletes", sent_start, char) if m.end_char <= char]
    if subject:
        led = len(named) == 1 and P.GROUP_LED_BY_BEFORE.search(text, max(sent_start, named[0].start_char - 50), named[0].start_char)
        return named[0] if led else None
    if named and P.GROUP_LED_BY_BEFORE.search(text, max(sent_start, named[-1].start_char - 30), named[-1].start_char):
        return named[-1]
    if named and P.WHO_CLAUSE_AFTER.match(text, named[-1].end_char):
        return named[-1]  # "with Hassan, who went through in 2:04.5": the relative clause's own
    return None


def narrator_saw(doc: Doc, t: Span, sent_start: int) -> Span | None:
    """A blog's author, named before the sentence, telling the clock they saw at a point ("At the bell I saw 15:29 on the clock"):
    their own time there (not another's they watched: "I saw 2:05:41 on the clock as Kiprop crossed the line")."""
    text = text_of(doc)
    if (teller := doc._.narrator) is not None and teller.start_char < sent_start \
            and P.NARRATOR_SAW_BEFORE.search(text, max(sent_start, t.start_char - 10), t.start_char) and not P.SOMEONE_ELSE_AFTER.match(text, t.end_char):
        return teller
    return None


def stretch_runner(doc: Doc, t: Span, sent_start: int, paras: Bounds) -> Span | None:
    """Who ran a stretch between two points of the race: the runner its sentence names last before the time, not as an
    object ("..., but Kiplimo covered the move and then went to the front himself, covering the 5 km from 30 km to 35 km in
    14:26"), else the one its pronoun stands for ("Here Gelmisa spurted at once. Between 30 kilo and 35 kilo his lap was
    14:38") or the sentences before are about ("Kiptum goes through in 1:41:03. That five-kilometre section from 30km to
    35km was covered in 13:51"); not one named after its time (", and only Hijikata chased")."""
    text = text_of(doc)
    if named := [m for m in between(doc, "athletes", sent_start, t.start_char) if not is_object(text, m, sent_start)]:
        return named[-1]
    if (teller := narrator_told(doc, sent_start, t.start_char)) is not None:
        return teller  # a blog's author's own kilometre: "Km 3 – 5:29"
    pron = P.PERSON_SEX_WORD.search(text, sent_start, t.start_char)
    sex = ("men" if pron.group("men") else "women") if pron is not None else None
    return previous_athlete(doc, sent_start, paras, sex=sex, protagonist=True)


def paced_runner(doc: Doc, sent_start: int, char: int, paras: Bounds) -> Span | None:
    """"The pacemakers took her through 400 metres in 61.4": the athlete the pronoun stands for."""
    if (m := P.PACED_OBJECT.search(text_of(doc), max(sent_start, char - PACED_REACH), char)) is None:
        return None
    return previous_athlete(doc, m.start("pronoun"), paras, sex=P.PRONOUN_SEX[m.group("pronoun").lower()], protagonist=True)


def timed_by_agent(doc: Doc, t: Span) -> Span | None:
    """The runner a passage names as its agent right before the time: "passed by Meshesha in 3.14,8" (hers, not the sentence's
    subject after it; not "covered by the winner in 56.8 seconds", whose winner may be another race's told before), or as the
    one clocked at it ("by halfway it was down to two, with Boudreau clocked at 15:49")."""
    text = text_of(doc)
    window = text[max(0, t.start_char - 60) : t.start_char]
    if "by " not in window and "clocked" not in window and "timed" not in window:
        return None  # (the cheap test first)
    named = [m for m in between(doc, "athletes", max(0, t.start_char - 60), t.start_char) if m.end_char <= t.start_char][-1:]
    if named and P.CLOCKED_AT_GAP.fullmatch(text, named[0].end_char, t.start_char) \
            and not P.OBJECT_OF_PLACE_BEFORE.search(text, max(0, named[0].start_char - 12), named[0].start_char):
        return named[0]
    if named and P.IN_GAP.fullmatch(text, named[0].end_char, t.start_char) \
            and P.TIMED_BY_AGENT_BEFORE.search(text, max(0, named[0].start_char - 30), named[0].start_char):
        return named[0]
    return None


def possessive_runner(doc: Doc, sent_start: int, paras: Bounds) -> Span | None:
    """"His unofficial 1,500-meter split was 3:41.2": the athlete a sentence's opening "His" or "Her" stands for."""
    if (m := P.POSSESSIVE_OPENING.match(text_of(doc), sent_start)) is None:
        return None
    return previous_athlete(doc, sent_start, paras, sex=P.PRONOUN_SEX[m.group("pron").lower()], protagonist=True)


def possessive_name_runner(doc: Doc, sent_start: int, char: int) -> Span | None:
    """A sentence opening with a name's stretch: "Brandt's last 200m: 27.8." (his), the only one named before the time, the
    stretch's own time right after it (not another clause's: "Kerr's last 200m was fast; the field passed 400m in 53.2")."""
    named = between(doc, "athletes", sent_start, char)
    text = text_of(doc)
    if len(named) == 1 and named[0]._.possessive and not text[sent_start : named[0].start_char].strip() \
            and (stretch := P.POSSESSIVE_STRETCH_AFTER.match(text, named[0].end_char)) \
            and P.STRETCH_TO_ITS_TIME.fullmatch(text, stretch.end(), char):
        return named[0]
    return None


def described_possessive_runner(doc: Doc, sent_start: int, sent_end: int, paras: Bounds) -> Span | None:
    """"By 40km, reached in 1:59:52, the Ethiopian's lead had grown to 21 seconds": the athlete of that country the
    sentence's possessive description stands for (the leader whose lead it is)."""
    text = text_of(doc)
    if (m := P.DESCRIPTION_POSSESSIVE.search(text, sent_start, sent_end)) is None or not P.LEAD_NOUN_AFTER.match(text, m.end()):
        return None
    return previous_athlete(doc, sent_start, paras, country=P.COUNTRY_WORDS[m.group("word").lower()])


def table_cell_owner(doc: Doc, cell: Cell) -> Span | None:
    """Who ran a time of a splits table: the athlete named in its row, else atop its column."""
    for a, b in filter(None, (cell.row, cell.header)):
        if found := [m for m in between(doc, "athletes", a, b) if m.end_char <= b]:
            return found[0]
    return None


def finish_owner(doc: Doc, table: Table, top: int, sents: Bounds, paras: Bounds) -> Span | None:
    """A splits table naming no one ("| 4600m | 11:36.93 | 59.68 |" ... "| 5000m | 12:35.36 | 58.43 |") is the run
    of whoever the text says ran its finish time outside it ("Joshua Cheptegei (UGA) finally took it down:
    12:35.36")."""
    finish = [start for start, c in table.cells.items() if c.top == top and not c.lap and c.distance_m >= c.longest]
    if len(finish) != 1:
        return None
    return _ran_elsewhere(doc, finish[0], sents, paras, table.cells)


def _row_before(text: str, line: int) -> re.Match[str] | None:
    """The splits list's row on the line before the one opening at `line` ("200m - 32.6" above "600m - 1:38.7 (66.1)"), or
    None."""
    if line < 2:
        return None
    prev = P.SPLIT_LIST_ROW.match(text, text.rfind("\n", 0, line - 1) + 1)
    return prev if prev is not None and prev.end() <= line - 1 else None


def _lap_of_rows(text: str, row: re.Match[str], seconds: float) -> bool:
    """Is a bracketed time on a splits list's row the lap since the row before: its time less that row's ("200m - 32.6" then
    "600m - 1:38.7 (66.1)"; not another runner's time in the bracket, "400m - 58.2 (57.9)" under "the leader's in brackets")?"""
    own = P.CLOCK_OR_DECIMAL_AT.match(text, row.end())
    prev = _row_before(text, row.start())
    if own is None or prev is None or (before := P.CLOCK_OR_DECIMAL_AT.match(text, prev.end())) is None:
        return False
    return abs(clock_seconds(own.group()) - clock_seconds(before.group()) - seconds) <= LAP_ROW_TOLERANCE_S


def _owned_by_finish_row(doc: Doc, ownerless: list[Span], sents: Bounds, paras: Bounds) -> None:
    """Splits listed a line each with no header and no one named ("200m - 32.6", "600m - 1:38.7 (66.1)" ...) under which a
    finish row closes the list ("Finish - 13:31.42"): the run of whoever the text says ran that time outside the list."""
    text = text_of(doc)
    owners: dict[int, Span | None] = {}  # a list's end -> its runner
    for s in ownerless:
        line = text.rfind("\n", 0, s.start_char) + 1
        if not P.SPLIT_LIST_ROW.match(text, line):
            continue
        end = text.find("\n", s.end_char)
        while end >= 0 and P.SPLIT_LIST_ROW.match(text, end + 1):  # down the list to its last row
            end = text.find("\n", end + 1)
        if end not in owners:
            finish = P.FINISH_ROW.match(text, end + 1) if end >= 0 else None
            owners[end] = _ran_elsewhere(doc, finish.start("time"), sents, paras) if finish else None
        s._.athlete = owners[end]


def _ran_elsewhere(doc: Doc, start: int, sents: Bounds, paras: Bounds, cells: Container[int] = frozenset()) -> Span | None:
    """Whoever the text says ran the time at `start` elsewhere, outside its list or table (`cells`): one runner only."""
    times = spans_of(doc, "times")
    at = next((t for t in times if t.start_char == start), None)
    if at is None:
        return None
    runners = {who.label_: who for t in times
               if t.start_char != start and t.start_char not in cells and t.label_ == "time" and abs(t._.seconds - at._.seconds) < 0.005
               and (who := subject_for(doc, t.start_char, t.end_char, sents, paras)) is not None}
    return next(iter(runners.values())) if len(runners) == 1 else None  # (a time two runners share is neither's: a tie)


def pronoun_after(doc: Doc, end: int, paras: Bounds) -> Span | None:
    """"By 30km (1:26:31) he was alone": the athlete the pronoun right after the time stands for."""
    if (m := P.PRONOUN_SUBJECT_AFTER.match(text_of(doc), end)) is None:
        return None
    return previous_athlete(doc, end, paras, sex=P.PRONOUN_SEX[m.group("pron").lower()], protagonist=True)


def point_item_runner(doc: Doc, t: Span) -> Span | None:
    """The runner a splits line names right after a point's time, item by item: "Splits (leader): 200m 24.6 Nowicki – 400m
    51.84 Nowicki – 600m 1:18.9 Brandt." (not the name before the point, the item before's)."""
    text = text_of(doc)
    if not P.POINT_RIGHT_BEFORE_TIME.search(text, max(0, t.start_char - 12), t.start_char):
        return None  # (the cheap test first: most times have no distance right before them)
    m = next(iter(between(doc, "athletes", t.end_char, t.end_char + 40)), None)
    if m is None or text[t.end_char : m.start_char].strip(" \t") or not P.ITEM_END_AFTER.match(text, m.end_char):
        return None
    line = text.rfind("\n", 0, t.start_char) + 1
    end = text.find("\n", t.end_char)
    items = [i.end() for i in P.POINT_TIME_NAME_ITEM.finditer(text, line, end if end >= 0 else len(text))]
    return m if len(items) > 1 and m.start_char + 1 in items else None  # (a line of such items, this one of them)


def leader_with_after(doc: Doc, t: Span, sents: Bounds) -> Span | None:
    """The leader a "with" phrase right after a time names, in a sentence naming no one before it, or a group ("the two"):
    "By eight kilometres,
    passed in 24:12.5 with Tsegay now leading, only four remained: Chebet, Tsegay ..." (translated: "with Oriach in head")."""
    text = text_of(doc)
    if (w := P.WITH_RIGHT_AFTER.match(text, t.end_char)) is None:
        return None  # (the cheap test first: most splits have no "with" after them)
    a, b = sents.of(t.start_char)
    named = between(doc, "athletes", a, t.start_char)
    if (named and not P.GROUP_SUBJECT.search(text, named[-1].end_char, t.start_char)) or P.PERSON_PRONOUN.search(text, a, t.start_char) \
            or P.ANAPHOR_SUBJECT.match(text[a : t.start_char]):
        return None  # (not "She passed 800m in 2:08.1 with Hassan in the lead": hers, the leader another; a group named before
        # is the leader's: "Tadesse and Addisu broke away, and the two passed 8 km in 22:37 with Tadesse at the front")
    m = starting_at(doc, "athletes", w.end())
    return m if m is not None and P.LEADER_AFTER.match(text[m.end_char : b]) else None


def leader_after(doc: Doc, end: int, sents: Bounds) -> Span | None:
    """"... in 9:13.4 with Hassan dawdling at the front": a leader named after the time."""
    _, b = sents.of(end)
    for m in between(doc, "athletes", end, b):
        if P.LEADER_AFTER.match(text_of(doc)[m.end_char : b]):
            return m
    return None


def women_column_point(text: str, start: int) -> tuple[str, float, bool] | None:
    """The point of a time in the second column of a list of points whose heading gives the men's and the women's columns
    ("Intermediate times of the leading groups (men / women):" over "5 km: 13:58 / 15:40"): the women's race's split there."""
    line = text.rfind("\n", 0, start) + 1
    if (row := P.TWO_COLUMN_POINT_ROW.match(text, line)) is None or row.start("second") != start:
        return None
    if not P.SEXES_COLUMNS_HEADING.search(text, *line_above_rows(text, line, P.TWO_COLUMN_POINT_ROW)):
        return None
    d = metres(row.group("d"), "km")
    return _distance_label(d, "km"), d, False


BEHIND_REACH = 50  # characters after "behind" its leader's name may start in (after a title: "behind Olympic champion Joshua Cheptegei")


def behind_leader(doc: Doc, t: Span, sent_start: int) -> Span | None:
    """"the pack went through halfway in 6:54 behind the American Dylan Jacobs": the runner the group passed behind, its
    leader (not "Hull was at the bell in 3:05, two seconds behind Kipyegon": a runner's own time, the group's only)."""
    text = text_of(doc)
    group = P.SPLIT_GROUP_SUBJECT.search(text, _clause_start(text, sent_start, t.start_char), t.start_char)
    if group is None or P.CHASERS.search(group.group()):
        return None  # (not the chasers', behind the one they chase: "The chasers went through 10km in 28:40 behind Jacob Kiplimo")
    if (behind := P.BEHIND_NAME_AFTER.match(text, t.end_char)) is None:
        return None
    named = between(doc, "athletes", behind.end(), min(len(text), behind.end() + BEHIND_REACH))[:1]
    return named[0] if named and P.BEHIND_TITLE_GAP.fullmatch(text, behind.end(), named[0].start_char) else None


def indoor_where_first_timed(doc: Doc) -> bool:
    """Does the sentence of the text's first time say the race was run at an indoor championship, not in an aside ("Tsegay
    won the women's 1,500 metres at the world indoor championships on Saturday"; not "Ingebrigtsen, who won the 3000m at the
    European indoor championships in Istanbul, clocked 3:29.10 to win the 1500m in Oslo")?"""
    first = next((t for t in spans_of(doc, "times") if t.label_ == "time"), None)
    if first is None:
        return False
    text, (a, b) = text_of(doc), sentences(doc).of(first.start_char)
    asides = [m.span() for m in P.RELATIVE_CLAUSE.finditer(text, a, b)]
    return any(not inside(m.start(), asides) for m in P.INDOOR_MEETING_AT.finditer(text, a, b))


class Splits:
    def __call__(self, doc: Doc) -> Doc:
        require(doc, "times", "athletics_splits", "athletics_times")
        require(doc, "athletes", "athletics_splits", "athletics_athletes")
        text = text_of(doc)
        sents, paras = sentences(doc), paragraphs(doc)
        fill_event_from_times(doc)  # a race named by no event takes the one its times tell
        indoor = P.INDOOR_MEETING.search(doc._.main_meeting or "") or P.INDOOR_HEADLINE.match(text) or indoor_where_first_timed(doc)
        track_lap = P.INDOOR_LAP_M if indoor else P.LAP_M  # the bell indoors: 200m to go
        cross_country = P.CROSS_COUNTRY.search(text) is not None  # (a race of no event there: a course's laps, no track's)
        spans = []
        table = split_tables(text)
        finish_owners: dict[int, Span | None] = {}  # a table's header start -> whoever ran its finish time
        for t in spans_of(doc, "times"):
            if t.label_ != "time" or covering(doc, "quotes", t.start_char) is not None:
                continue
            again = False  # a second time at the point just named ("..., which passed in 1:44:57")
            owned = False  # its runner named by its table or by the heading of its list: who ran it, said outright
            column_race = None  # the women's race of a list's second column ("5 km: 13:58 / 15:40" under "(men / women)")
            if (cell := table.cells.get(t.start_char)) is not None:
                # the race of the table, as said before it, unless shorter than the table ("300m | 41.84" ... "1500m | 3:28.32"
                # after "the last 300m"): then its last row is the finish
                race_m = race_at(doc, cell.top).distance_m
                if not cell.lap and cell.distance_m >= max(race_m or 0.0, cell.longest):
                    continue  # the finish: a result
                if cell.quarters and race_m is not None and abs(race_m - P.MILE_M) > QUARTERS_MILE_SLACK_M:
                    continue  # a table of quarters of a race no mile: a marathon's or a 5km's shares, not a mile's
                at, distance, lap, length = cell.at, cell.distance_m, cell.lap, cell.lap_m
                who = table_cell_owner(doc, cell)
                owned = who is not None
                if who is None:
                    if cell.top not in finish_owners:  # ... else the athlete the table is headed with ("HASSAN'S SPLITS")
                        finish_owners[cell.top] = finish_owner(doc, table, cell.top, sents, paras) or table_owner(doc, cell.top, paras) \
                            or list_heading_owner(doc, cell.top)  # ("here are his official splits off the FAT feed:")
                    who = finish_owners[cell.top]
            else:
                sent_start, sent_end = sents.of(t.start_char)
                race = race_at(doc, t.start_char)
                race_m = race.distance_m
                # a track said in the time's sentence to be of 200 metres laps in 200: "closed the last lap of the 200-meter banked
                # track in 28.9" (not one said elsewhere, of a winter's training)
                lap_m = P.INDOOR_LAP_M if P.SHORT_TRACK.search(text, sent_start, sent_end) else track_lap
                finish_fits = fits_event(race.event, t._.seconds)
                if (column := women_column_point(text, t.start_char)) is not None:
                    point, column_race = column, replace(race, sex="women")
                elif (point := split_point(text, t.start_char, t.end_char, t._.seconds, sent_start, race_m, lap_m, finish_fits)) is None \
                        and (point := _point_said_before(text, t, sent_start, spans, sents, finish_fits, race_m)) is None:
                    continue
                if point[0] == "second half" and not too_fast(race.event, t._.seconds):
                    continue  # "won in 28:31 after a fast second half": the race's time, not the stretch's
                at, distance, lap = point
                on_track = P.TRACK_EVENT.match(race.event) is not None if race.event is not None else not cross_country
                length = lap_length(at, distance, lap, on_track, lap_m,
                                    list_row_gap(text, t.start_char, distance) if at.startswith("lap to ") else None)
                if lap and P.STRETCH_OF_ANOTHER_RACE_AFTER.match(text, t.end_char):
                    continue  # "Kerr's last 800m was timed at 1:46.10 when he raced in Edinburgh in May": his latest race's
                again = P.SAME_POINT_AGAIN_BEFORE.search(text, max(sent_start, t.start_char - 40), t.start_char) is not None
                if again:
                    who = group_leader(doc, sent_start, t.start_char)  # "a chasing group led by Abdi, which passed in 1:44:57"
                elif P.STRETCH_LABEL.fullmatch(at) or at in ("first half", "second half"):
                    who = stretch_runner(doc, t, sent_start, paras)  # (a half, too: "She was. The second half took 1:07:23.")
                else:
                    who = list_heading_owner(doc, t.start_char)
                    owned = who is not None
                    who = who or timed_by_agent(doc, t) or point_item_runner(doc, t) or leader_with_after(doc, t, sents) \
                        or narrator_saw(doc, t, sent_start) or subject_for(doc, t.start_char, t.end_char, sents, paras)
                    if not owned and (joined := _joined_runner(doc, t, sent_start)) is not None:
                        who, again = joined[0], True  # "At 35km Stano was 59:40, and Ikeda at 59:52": the runner named in the
                        # joined clause, or nobody the text knows (not Stano again)
            if who is None and cell is None and not again:  # (a group's time at the point: its leader or nobody)
                who = (
                    paced_runner(doc, sent_start, t.start_char, paras)
                    or group_leader(doc, sent_start, t.start_char, subject=True)  # "a group of eleven led by Biniyam passed 5 km in"
                    or possessive_runner(doc, sent_start, paras)
                    or possessive_name_runner(doc, sent_start, t.start_char)
                    or described_possessive_runner(doc, sent_start, sent_end, paras)
                    or leader_after(doc, t.end_char, sents)
                    or behind_leader(doc, t, sent_start)
                    or pronoun_after(doc, t.end_char, paras)
                    or table_owner(doc, t.start_char, paras)
                    or (None if P.SPLIT_GROUP_SUBJECT.search(text, _clause_start(text, sent_start, t.start_char), t.start_char)
                        else leader_before(doc, t.start_char, sents, paras))
                )  # ("At 8km the chasers were at 23:50", "at halfway the leading pack passed in 1:10:02": a group's time)
            span = char_span(doc, t.start_char, t.end_char, at)
            span._.distance_m, span._.lap, span._.lap_m, span._.athlete, span._.owned = distance, lap, length, who, owned
            span._.column_race = column_race
            span._.seconds, span._.clock = (t._.seconds, t._.clock) if lap else dotted_split(
                t._.seconds, t._.clock, distance, race_at(doc, t.start_char).event if distance is None else None)
            spans.append(span)
        _owned_by_finish_row(doc, [s for s in spans if s._.athlete is None and s.start_char not in table.cells], sents, paras)
        if not indoor and not P.OUTDOOR.search(text):
            _bells_a_short_lap_from_home(doc, spans)
        write_spans(doc, "splits", spans)
        return doc


def _bells_a_short_lap_from_home(doc: Doc, spans: list[Span]) -> None:
    """A bell taken a 400m lap from home, moved to 200m from home where the race's own furthest point told before it, at the
    pace run there, puts the bell nearer that ("through 600m in 1:25.4 ... the bell rang in 1:53.8" of a 1000m: 800m, a 200m track
    the text never names; "through 2000m in 5:24.9 and rang the bell in 7:33.9" of a 3000m: 2800m). An outdoor bell stays
    ("800m in 2:00 ... the bell in 2:45" of a 1500m: 1100m), and so does a steeplechase's (never run indoors) and a longer race's
    (a 5000m slowing before its bell)."""
    for n, bell in enumerate(spans):
        race = race_at(doc, bell.start_char)
        if bell.label_ != "bell" or race.distance_m is None or bell._.distance_m != race.distance_m - P.LAP_M \
                or race.distance_m > P.SHORT_TRACK_MAX_M or "steeplechase" in (race.event or ""):
            continue
        told = [p for p in spans[:n] if not p._.lap and p._.distance_m and p._.seconds and p.label_ != "bell"
                and race_at(doc, p.start_char).id == race.id and 0 < p._.seconds < bell._.seconds]
        if not told:
            continue
        nearest = max(told, key=lambda p: p._.distance_m)  # (the point nearest the bell tells its pace best)
        at_pace = nearest._.distance_m * bell._.seconds / nearest._.seconds
        short = race.distance_m - P.INDOOR_LAP_M
        if abs(at_pace - short) < abs(at_pace - bell._.distance_m):
            bell._.distance_m = short


set_extension(Span, "distance_m")
set_extension(Span, "lap", False)
set_extension(Span, "lap_m")
set_extension(Span, "athlete")
set_extension(Span, "owned", False)
set_extension(Span, "column_race")  # the race of a list's column other than the line's (the women's beside the men's)


@Language.factory("athletics_splits")
def make_splits(nlp: Language, name: str) -> Splits:
    return Splits()
