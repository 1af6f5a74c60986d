"""Times: every race time in the text, normalised to seconds, with what kind of time it is.

Reads: the text (and the segmenter's paragraphs, to check the order). Writes `doc.spans["times"]`:
label "time" (a candidate result or split), "threshold" ("nine men inside 3:50") or "margin"
("by 0.26 seconds"); `span._.seconds` (float) and `span._.clock` (clock form: "3:45.34").
Ages, distances, dates, clock times of day, wind readings and money never become times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import patterns as P
from .base import char_span, inside, require, set_extension, table_cells, text_of, write_spans

MIN_BARE_SECONDS = 9.0  # a bare decimal below this ("0.26", "1.2") is no race time without a unit ...
MAX_DOTTED_HOURS = 6  # hours at most of "1:28.55 uur" read as hours (not "13:10.20 hrs", "59:48.20 hours")
PLAN_REACH = 90  # characters before a time searched for a pace asked for or planned ("the order to go through the half in")
SHORT_SPRINT_MIN_S = 5.5  # ... unless the text names a 50m, 55m or 60m race ("won the 60m in 6.51")
BLOG_HOUR_MARGIN = 60  # minutes either side of a live blog's first and last stamp that may be hours it names
PROSE_STAMPS_MIN = 3  # entries of a live blog whose lines open with an hour ("21:06 Cole Hocker is ...")
PROSE_ENTRY_MIN_CHARS = 40  # characters of such an entry's line: a short line is a list's ("13:05 Jacob Krop (KEN)")
CLEAR_MARGIN_MAX_S = 600.0  # minutes "clear" or "adrift" under ten, in minutes and seconds only, are a margin ("was 1:50 clear")
DAY_WORD_REACH = 40  # characters either side of an hour, in its line, searched for "tomorrow", "session", ...


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    seconds: float
    clock: str
    label: str = "time"


def number(word: str) -> int:
    """A count in figures or words: "3", "three", "thirty-eight"."""
    return int(word) if word.isdigit() else sum(P.NUMBER_WORDS[w] for w in re.split(r"[\s-]+", word.lower()))


def clock_form(seconds: float, decimals: int) -> str:
    """225.34 -> "3:45.34"; 7541 -> "2:05:41"; 9.84 -> "9.84"."""
    whole = int(round(seconds * 10**decimals)) // 10**decimals
    frac = f"{seconds - whole:.{decimals}f}"[1:] if decimals else ""
    h, rem = divmod(whole, 3600)
    m, s = divmod(rem, 60)
    if h:
        return f"{h}:{m:02d}:{s:02d}{frac}"
    if m:
        return f"{m}:{s:02d}{frac}"
    return f"{s}{frac}"


def clock_seconds(clock: str) -> float:
    """Seconds of a clock as written ("3:45.34", "1:05:18", "55,9"); infinity if it is none."""
    parts = clock.replace(",", ".").split(":")
    try:
        return sum(float(p) * 60**i for i, p in enumerate(reversed(parts)))
    except ValueError:
        return float("inf")


def dotted_as_minutes(clock: str) -> tuple[float, str] | None:
    """A clock that may be minutes and seconds joined by a dot, as Dutch and some British copy writes
    them ("34.58" -> 2098 s, "34:58"); None for any other shape. Whether it is so read is the caller's
    to say (read as seconds, the time is impossible where it stands)."""
    whole, _, frac = clock.partition(".")
    if ":" in clock or len(frac) != 2 or not whole.isdigit() or not frac.isdigit() or int(frac) >= 60:
        return None
    return float(int(whole) * 60 + int(frac)), f"{whole}:{frac}"


def parse_clock(m: re.Match[str]) -> TimeMatch | None:
    h, mi, s, f = (m.group(g) for g in ("h", "m", "s", "f"))
    if int(s) >= 60 or (h and int(mi) >= 60):
        return None
    if not h and f and len(f) == 2 and int(f) < 60 and int(mi) <= MAX_DOTTED_HOURS and P.HOURS_WORD_AFTER.match(m.string, m.end()):
        # hours, minutes and seconds with a dot before the seconds, said to be hours ("passed in 1:28.55 uur", Dutch translated)
        return TimeMatch(m.start(), m.end(), float(int(mi) * 3600 + int(s) * 60 + int(f)), f"{int(mi)}:{s}:{f}")
    seconds = (int(h) * 3600 if h else 0) + int(mi) * 60 + int(s) + (float(f"0.{f}") if f else 0.0)
    if seconds < 1:
        return None  # "0:00.00" is no time anyone ran
    return TimeMatch(m.start(), m.end(), round(seconds, 3), m.group())


def parse_worded(m: re.Match[str]) -> TimeMatch | None:
    secs = m.group("s").replace(",", ".")
    if not secs[0].isdigit():
        secs = str(number(secs))  # "59 minutes and four seconds"
    elif m.group("f") and "." not in secs:
        secs += "." + m.group("f")  # "27 minutes 48 seconds 21"
    if float(secs) >= 60 or (float(secs) == 0 and number(m.group("m")) == 0):
        return None
    hours = number(m.group("h")) if m.group("h") else 0
    minutes = number(m.group("m"))
    seconds = hours * 3600 + minutes * 60 + float(secs)
    decimals = len(secs.split(".")[1]) if "." in secs else 0
    return TimeMatch(m.start(), m.end(), round(seconds, 3), clock_form(seconds, decimals))


def parse_hours(m: re.Match[str]) -> TimeMatch | None:
    """"1h01:35" -> 3695 ("1:01:35")."""
    t = parse_clock(m)
    return None if t is None else TimeMatch(t.start, t.end, t.seconds, clock_form(t.seconds, len(m.group("f") or "")))


def parse_units(m: re.Match[str]) -> TimeMatch | None:
    """"8 min 05 s 12" and "8'05"12" -> 485.12 ("8:05.12"); "46''89" -> 46.89; "59m01s" -> 3541; seconds alone may
    pass a minute ("61s2", a lap)."""
    minutes = int(m.group("m")) if "m" in m.re.groupindex and m.group("m") else None
    secs = int(m.group("s") if m.group("s") is not None or "s2" not in m.re.groupindex else m.group("s2"))  # ("15m07s10")
    frac = (m.group("f") if "f" in m.re.groupindex else None) or ""
    if secs >= 60 and minutes is not None:
        return None
    minutes = minutes or 0
    seconds = round(minutes * 60 + secs + (int(frac) / 10 ** len(frac) if frac else 0), 3)
    return TimeMatch(m.start(), m.end(), seconds, clock_form(seconds, len(frac)))


def parse_decimal(text: str, m: re.Match[str], min_bare: float = MIN_BARE_SECONDS) -> TimeMatch | None:
    after = text[m.end() : m.end() + 14]
    seconds = float(m.group().replace(",", "."))
    if seconds <= 0 or P.THOUSANDS_DISTANCE.fullmatch(m.group()):
        return None  # "the 10.000" (a distance, as Spanish and German copy write it)
    if P.SECONDS_UNIT.match(after):
        return TimeMatch(m.start(), m.end(), seconds, m.group())
    if seconds < min_bare or P.NOT_TIME_AFTER.match(after) or (m.group() in P.MILES_OF_ROAD_RACES and P.DISTANCE_THEN_CLOCK.match(after)):
        return None
    if P.MARKER_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _point_cell(text, m):
        return None  # "through Hancock at mile 47.6", a table's "Alpine Tunnel (58.2) | 10:22:48": a distance along the course
    return TimeMatch(m.start(), m.end(), seconds, m.group())


def _point_cell(text: str, m: re.Match[str]) -> bool:
    """Is the number the bracketed distance in a bar table's first cell ("Alpine Tunnel (58.2) | 10:22:48 | 10:31:02")?"""
    line = text.rfind("\n", 0, m.start()) + 1
    return text[m.start() - 1 : m.start()] == "(" and P.POINT_CELL_CLOSE.match(text, m.end()) is not None \
        and "|" not in text[line : m.start()].lstrip(" \t|")


def parse_whole_seconds(text: str, m: re.Match[str]) -> TimeMatch | None:
    """"in 49 seconds" is a time; a bare round number of seconds ("whether 50 seconds could fall")
    is a barrier."""
    label = "time" if P.TIME_INTRO_BEFORE.search(text[max(0, m.start() - 15) : m.start()]) else "threshold"
    if float(m.group("s")) < 1:
        return None
    return TimeMatch(m.start("s"), m.end("s"), float(m.group("s")), m.group("s"), label)


def no_time_after(after: str, clock: str) -> bool:
    """Does what follows a clock say it is no race time ("7.45pm", "at 14:00 hrs", "4:30/km"; minutes and seconds in the
    plural, a pace: "run 6:50s to halfway", "a string of 4:30's", not "clocked 27:45s to win")? Hours said after hours,
    minutes and seconds do not ("after 2:03:17 hrs.", German copy translated: a marathon's time)."""
    if clock.count(":") == 1 and not any(c in clock for c in ".,") and P.CLOCK_PLURAL_AFTER.match(after):
        return True
    return bool(P.NOT_TIME_AFTER.match(after)) and not (clock.count(":") == 2 and P.HOURS_UNIT_AFTER.match(after))


def next_place_after(text: str, m: re.Match[str]) -> bool:
    """Is the number after a units time's seconds the next row's place of a list run on one line ("1. Jacob Kiplimo (UGA)
    57min31s 2. Yomif Kejelcha"), not its tenths ("in 27 min 24 s 5. Yann Schrub was second")?"""
    after = text[m.end("f") : m.end("f") + 2]
    if not (text[m.start("f") - 1] in " \t" and after[:1] in ".)" ):
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    return re.search(rf"(?:^|\s){int(m.group('f')) - 1}[.)]\s", line) is not None


def could_be_hour(written: str) -> bool:
    """Could a time so written be an hour of the day ("7:45", "19.45", "21:52")? Not seconds and tenths
    ("at around 23.5 for the first 200m"), nor a first number past 24 ("at around 53.45"), nor hours,
    minutes and seconds ("Valencia Marathon 01.12.2024, 2:02:05 Sisay Lemma")."""
    parts = re.findall(r"\d+", written)
    return len(parts) == 2 and int(parts[0]) <= 24 and len(parts[1]) == 2


def said_as_hour(text: str, start: int, end: int, since: int = 0) -> bool:
    """Is the time at [start, end) an hour of the day by what comes before it ("the gun went off at
    7:45", "the session starts at 18:10", "22.08.2026, 21:48", a stamp "2025/02/24 14:52" set off from
    what follows; not before `since`), and written as one? The one test of an hour the stages share."""
    before = P.CLOCK_OF_DAY_BEFORE.search(text, max(since, start - 30), start) or (
        P.YEAR_FIRST_DATE_BEFORE.search(text, max(since, start - 30), start) and P.STAMP_END_AFTER.match(text, end))
    return bool(before) and could_be_hour(text[start:end])


def named_standard(text: str, start: int, end: int) -> bool:
    """Is the time at [start, end) a standard named around it ("the 1:59.00 standard", "The Tokyo standards are 13:01.00
    (men) and 14:50.00 (women)"; not one run: "ran the 13:05.00 Paris standard exactly", "The 2:09:40 Olympic standard he ran")?"""
    return (text[max(0, start - 4) : start].lower() == "the " and (P.STANDARD_WORD_AFTER.match(text, end) is not None
                                                                 or P.STANDARD_SET_AS_AFTER.match(text, end) is not None)
            and not P.RAN_THE_BEFORE.search(text, max(0, start - 20), start)) \
        or P.STANDARDS_LISTED_BEFORE.search(text, max(0, start - P.STANDARD_REACH), start) is not None


def classify(text: str, t: TimeMatch, min_bare: float = MIN_BARE_SECONDS) -> TimeMatch | None:
    """Label a time threshold or margin from its surroundings; None for a time of day."""
    before = text[max(0, t.start - 45) : t.start]  # (45: "on schedule for an end time of around ")
    after = text[t.end : t.end + 30]
    if no_time_after(after, t.clock) or said_as_hour(text, t.start, t.end) \
            or (P.TIME_BAND_AFTER.match(after) and P.TIME_BAND_BEFORE.search(before)):
        return None  # (nor a band: "on schedule for a time in the 12:40s")
    if (t.label == "threshold" or (P.THRESHOLD_BEFORE.search(before) and not P.RUN_BY_AFTER.match(text, t.end, t.end + 60)
                                      and not P.SET_BY_AFTER.match(text, t.end, t.end + 40))
            or P.THRESHOLD_AFTER.match(after) or (before.lower().endswith("the ") and P.MARK_TO_REACH_AFTER.match(after))
            or (before.rstrip().endswith(("(", ",")) and P.STANDARD_BEFORE.search(text, max(0, t.start - P.STANDARD_REACH), t.start))
            or P.STANDARD_PAIR_BEFORE.search(text, max(0, t.start - P.STANDARD_REACH), t.start)
            or P.BODY_LIMIT_BEFORE.search(text, max(0, t.start - P.STANDARD_REACH), t.start)
            or (P.STANDARD_WORD.search(text, max(0, t.start - P.STANDARD_REACH), t.start)  # (the cheap test first: most times have none)
                and P.STANDARD_IN_A_CLAUSE_BEFORE.search(text, max(0, t.start - P.STANDARD_REACH), t.start))
            or named_standard(text, t.start, t.end)
            or (P.SELECTION_MARK_BEFORE.search(text, max(0, t.start - P.STANDARD_REACH), t.start) and not P.SELECTION_MARK_OWNED_AFTER.match(text, t.end)
                and not P.SELECTION_MARK_OWNER_BEFORE.search(text, max(0, t.start - P.STANDARD_REACH), t.start))
            or P.PLANNED_BEFORE.search(text, max(0, t.start - PLAN_REACH), t.start)):  # "had given the pacemakers the order to go through
        # the half in 60:00": a pace asked for, not run (no split, nor a result)
        return TimeMatch(t.start, t.end, t.seconds, t.clock, "threshold")
    # "1.5 seconds behind", "three minutes and 27 seconds behind the winner" are margins; "3:56.52 behind Kessler" a time
    bare = ":" not in t.clock or any(c.isalpha() for c in text[t.start : t.end])
    run = P.TIME_INTRO_BEFORE.search(before)  # "won in 12.99 ahead of Roberts" is a time
    if (P.MARGIN_BEFORE.search(before) or P.MARGIN_FROM_AFTER.match(after) or (bare and not run and P.MARGIN_AFTER.match(after))
            or (not run and P.CLEAR_AFTER.match(after) and not P.CLEAR_WINNER_AFTER.match(after) and t.seconds < CLEAR_MARGIN_MAX_S
                and t.clock.count(":") == 1 and "." not in t.clock and not P.NAME_RIGHT_BEFORE.search(before))  # "was 1:50 clear by
            # the top", "2:10 adrift" (not a result's: "Obiri 2:18:30 clear of Hassan", "won with 2:03:10 clear of the field",
            # "Grijalva 7:30 clear of Ahmed")
            or (bare and t.seconds < min_bare)):
        return TimeMatch(t.start, t.end, t.seconds, t.clock, "margin")
    return t


def writes_decimal_commas(text: str, clocks: list[re.Match[str]]) -> bool:
    """Does the text write decimals with a comma, as continental and machine-translated copy does:
    a clock time so written ("26:31,13", "1.45,88"), a comma decimal with its unit ("50,12 s"), or no
    decimal point anywhere and a comma decimal right after a word that introduces a time ("won in
    53,07")? Then "53,07" is a time too."""
    if any("," in m.group() for m in clocks) or P.DOTTED_MINUTES_TIME.search(text):
        return True
    if any(P.SECONDS_UNIT.match(text, m.end()) for m in P.DECIMAL_COMMA_TIME.finditer(text)):
        return True
    return not P.DOTTED_DECIMAL.search(text) and any(
        P.TIME_INTRO_BEFORE.search(text[max(0, m.start() - 15) : m.start()]) for m in P.DECIMAL_COMMA_TIME.finditer(text)
    )


def minute_of_day(stamp: re.Match[str]) -> int | None:
    """The minute of the day a blog's stamp says ("21:06" -> 1266), None if it is no hour of a day."""
    h, mi = (int(x) for x in re.findall(r"\d+", stamp.group())[:2])
    return h * 60 + mi if h < 24 and mi < 60 else None


def blog_hours(stamps: list[re.Match[str]]) -> tuple[int, int] | None:
    """The minutes of the day a live blog's timestamps span, an hour either side; None for a text
    with fewer than two stamps."""
    minutes = [minute for m in stamps if (minute := minute_of_day(m)) is not None]
    if len(minutes) < 2:
        return None
    return min(minutes) - BLOG_HOUR_MARGIN, max(minutes) + BLOG_HOUR_MARGIN


def is_time_of_day(text: str, m: re.Match[str], hours: tuple[int, int] | None) -> bool:
    """"The steeplechase at 15:20" in a live blog written between 13:58 and 16:05, "back tomorrow
    from 09:30 with the morning session": an hour and minute said after "at", "from", ..., within
    the hours a live blog was written in or next to a word of the day; or a runner's start, "off at 10:12" (no pace after it)."""
    if m.group("h") or m.group("f") or int(m.group("m")) > 23 or not P.HOUR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    if P.START_AT_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not P.PACE_AFTER.match(text, m.end()):
        return True  # a handicap's start: "(off at 10:12)", "last away at 10:29"
    minute = int(m.group("m")) * 60 + int(m.group("s"))
    line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    return (hours is not None and hours[0] <= minute <= hours[1]) or bool(
        P.DAY_WORD.search(text, max(line_start, m.start() - DAY_WORD_REACH), min(line_end, m.end() + DAY_WORD_REACH))
    )


def start_hour_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table's column headed with the start, whose times are hours of the day, no times run: a handicap's
    "Pos | Name | Start | Run time" over "1 | Peggy Dunn | 10:00 | 1:27:50" (the rows under the header to a blank line, each
    with as many cells as the header)."""
    out: list[tuple[int, int]] = []
    for head in P.START_HOUR_HEAD.finditer(text):
        a = text.rfind("\n", 0, head.start()) + 1
        b = text.find("\n", head.end())
        b = len(text) if b < 0 else b
        header = table_cells(text, a, b)
        column = next((k for k, (x, y) in enumerate(header) if x <= head.start("head") < y), None)
        while column is not None and b < len(text) and text[b + 1 : b + 2].strip():
            a, b = b + 1, text.find("\n", b + 1)
            b = len(text) if b < 0 else b
            if len(cells := table_cells(text, a, b)) == len(header):
                out.append(cells[column])
    return out


def prose_stamps(text: str) -> list[re.Match[str]]:
    """A live blog's hours that open entries of prose ("21:06 Cole Hocker, the Olympic 1500m champion,
    is ..."): PROSE_STAMPS_MIN or more such lines, in order through the day; none otherwise."""
    stamps = []
    for m in P.PROSE_STAMP.finditer(text):
        end = text.find("\n", m.end())
        if (len(text) if end < 0 else end) - m.end() >= PROSE_ENTRY_MIN_CHARS:
            stamps.append(m)
    minutes = [minute_of_day(m) for m in stamps]  # each an hour of a day: PROSE_STAMP takes no other
    in_order = all(a <= b for a, b in zip(minutes, minutes[1:])) or all(a >= b for a, b in zip(minutes, minutes[1:]))
    return stamps if len(stamps) >= PROSE_STAMPS_MIN and in_order else []


BARE_PRIME_MIN_MINUTES = 10  # minutes at least of a time with one prime and no mark after it: a road race's ("won in 59'12"), not
# a countdown, a lead, a pace or a rep ("under way in 4'30 —", "a lead of 0'45", "2'49 per kilometre", "12 x 1000m in 2'55 each");
# fewer where its clause ends right after it ("ahead of Josh Kerr in 3'30.", "second in 2'00,")


def _prime_whole_is_time(text: str, m: re.Match[str]) -> bool:
    """Are minutes and whole seconds with prime marks ("14'31''") a time (not a height or a vault's "6'04"")? After a word
    that introduces a time or before a point it was reached at, or a results row's after its country's code, or in a
    bracket alone (seconds no height's inches can be: "1. Daniel Mateiko (KEN) 59'12''", "ahead of Workou (59'31)"); read
    off a clock ("At 2,000 meters the watch marked 5'42"",
    "The clock stopped at 3'27""), or after "with" ("in the head with 27'47""), with seconds no height's inches can be and no
    countdown after it ("8'45" before the start"); or in a bracket after its point ("At the bell (11'59'')"); not "spent
    25'30" on the warm-up track"."""
    if P.FEET_INCHES_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return False
    if P.TIME_INTRO_BEFORE.search(text, max(0, m.start() - 25), m.start()) or P.POINT_AFTER_PRIME.match(text, m.end()) \
            or P.POINT_BRACKET_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True
    if int(m.group("s")) < 12:  # (a height's inches)
        return False
    if int(m.group("m")) > 0 and (P.ROW_CODE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                  or (text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")")):
        return True  # a results row's, after its country's code ("2. Tadese Worku (ETH) 59'31''"), or in a bracket after its runner
        # ("19 seconds ahead of Workou (59'31)"): no inches of a height (nor a gap to the winner: "2. Pietro Riva (ITA) 0'29")
    return (P.CLOCK_READ_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None and not P.COUNTDOWN_AFTER.match(text, m.end())) \
        or P.WITH_BEFORE.search(text, max(0, m.start() - 6), m.start()) is not None


def find_times(text: str) -> list[TimeMatch]:
    found: list[TimeMatch] = []
    stamps = sorted([*P.TIMESTAMP.finditer(text), *prose_stamps(text)], key=lambda m: m.start())
    taken: list[tuple[int, int]] = [m.span() for m in stamps]  # "19:42 —" stamps a blog entry
    hours = blog_hours(stamps)
    if hours is not None:  # "21:44 MEN'S 800M SEMI-FINAL THREE" among the blog's stamps
        headers = [m for m in P.HEADER_STAMP.finditer(text) if hours[0] <= (minute_of_day(m) or -1) <= hours[1]]
        taken += [m.span() for m in headers if not inside(m.start(), taken)]
    taken += [m.span() for m in P.CHAPTER_STAMP.finditer(text)]  # "[27:30] Yared's record in context"
    min_bare = SHORT_SPRINT_MIN_S if P.SHORT_SPRINT.search(text) else MIN_BARE_SECONDS

    covered = bytearray(len(text) + 1)  # characters already inside a time (or a blog timestamp)
    for a, b in taken:
        covered[a:b] = b"\x01" * (b - a)

    def add(t: TimeMatch | None) -> None:
        if t is None or any(covered[t.start : t.end]):
            return
        covered[t.start : t.end] = b"\x01" * (t.end - t.start)
        if P.ELAPSED_AFTER.match(text, t.end):
            return  # "Forty-five minutes and ten seconds into the race", "with 21:30 to run": time gone or left, no time run
        if (t := classify(text, t, min_bare)) is not None:
            found.append(t)

    for m in P.UNITS_TIME.finditer(text):  # before the worded times: "8 min 05 s 12" is not "8 min 05 s"
        if not next_place_after(text, m):
            add(parse_units(m))
    for m in P.HOURS_TIME.finditer(text):  # and "1h 10min 02s" is not "10min 02s"
        add(parse_hours(m))
    for m in P.DOTTED_HOURS_TIME.finditer(text):  # "2.03.47" (before the decimals: not "03.47")
        add(parse_hours(m))
    for m in P.DOTTED_MINUTES_HUNDREDTHS.finditer(text):  # "27.31.08" (not "27.31" and "31.08"), its row's place left out
        row = m.start("m") != m.start()
        if (row or P.TIME_INTRO_BEFORE.search(text, max(0, m.start() - 25), m.start())) and (dotted := parse_units(m)) is not None:
            add(replace(dotted, start=m.start("m")))
    for m in P.COMPACT_TIME.finditer(text):  # "59m01s"
        add(parse_units(m))
    for m in P.WORDED_TIME.finditer(text):
        add(parse_worded(m))
    for m in P.WORDED_SECONDS_TIME.finditer(text):  # "12 seconds 86" (translated)
        add(parse_units(m))
    for m in P.PRIME_TIME.finditer(text):
        add(parse_units(m))
    for m in P.PRIME_TIME_WHOLE.finditer(text):
        if _prime_whole_is_time(text, m):
            add(parse_units(m))
    if any(set("'′’") & set(text[t.start : t.end]) for t in found):
        for m in P.PRIME_TIME_BARE.finditer(text):  # "in 59'12" where the text writes "1h00'51" or "59'12''" too
            if (int(m.group("m")) >= BARE_PRIME_MIN_MINUTES or int(m.group("m")) > 0 and P.CLAUSE_END_AFTER_TIME.match(text, m.end())) \
                    and _prime_whole_is_time(text, m):
                add(parse_units(m))
    for m in P.SECONDS_MARK_TIME.finditer(text):
        add(parse_units(m))
    for m in P.SECONDS_UNIT_TIME.finditer(text):  # "9s85"
        add(parse_units(m))
    clocks = list(P.CLOCK_TIME.finditer(text))
    starts = start_hour_cells(text)
    for m in clocks:
        if not is_time_of_day(text, m, hours) and not inside(m.start(), starts):
            add(parse_clock(m))
    for m in P.DECIMAL_TIME.finditer(text):
        if len(m.group("f")) == 3 and P.COUNT_NOUN_AFTER.match(text, m.end()):
            continue  # "Before 42.300 spectators": a thousands point, a crowd
        if P.POINT_MARKER_BRACKET_AFTER.match(text, m.end()) and text[m.start() - 1 : m.start()] == "(":
            continue  # "Lyon Ridge (10.3) 1:41:10": a point's distance in its bracket, before the time there
        add(parse_decimal(text, m, min_bare))
    if writes_decimal_commas(text, clocks):
        for m in P.DOTTED_MINUTES_TIME.finditer(text):
            add(parse_units(m))
        for m in P.DECIMAL_COMMA_TIME.finditer(text):
            add(parse_decimal(text, m, min_bare))
    for m in P.WHOLE_SECONDS.finditer(text):
        add(parse_whole_seconds(text, m))
    for pattern in (P.LAP_SECONDS_ADJECTIVE, P.LAP_SECONDS_FOR):  # "a 62-second final lap", "in 63 for the first 400"
        for m in pattern.finditer(text):
            add(TimeMatch(m.start("s"), m.end("s"), float(m.group("s")), m.group("s"), "time"))
    return sorted(found, key=lambda t: t.start)


class Times:
    def __call__(self, doc: Doc) -> Doc:
        require(doc, "paragraphs", "athletics_times", "athletics_segmenter")
        spans = []
        for t in find_times(text_of(doc)):
            span = char_span(doc, t.start, t.end, t.label)
            if span is not None:
                span._.seconds, span._.clock = t.seconds, t.clock
                spans.append(span)
        write_spans(doc, "times", spans)
        return doc


set_extension(Span, "seconds")
set_extension(Span, "clock")


@Language.factory("athletics_times")
def make_times(nlp: Language, name: str) -> Times:
    return Times()
