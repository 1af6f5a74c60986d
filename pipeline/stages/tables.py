"""Splits tables: a block of lines under a header that names points of a race, each line a point
and its times in cells ("Point | Leader | Time | Lap" over "700m | Cheruiyot | 1:37.52 | 55.68";
"Checkpoint  Yamauchi (JPN)  Šustić (CRO)" over "25km  1:38:12  1:49:30"); or the other way round, a point
a column and a runner a row ("200  400  600  800" over "Rudisha (Ken)  23.5  25.8 (49.28)  ...").

Read from the text alone, once per text: the race context leaves such a line's distance out of the
race's events, and the splits stage takes its times as splits at that point. A time's owner is the
athlete named in its row, else the one its column is headed with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import patterns as P
from ..races import metres
from .base import table_cells
from .times import clock_seconds, parse_hours


@dataclass(frozen=True)
class Cell:
    """A time in a splits table: the point of its row, whether its column holds single laps (and the lap's length), the
    character ranges where its owner may be named (its row's text cells, its column's header), where
    the table's header starts (whose race the table is of) and the distance of its last row."""

    at: str
    distance_m: float
    lap: bool
    row: tuple[int, int]
    header: tuple[int, int] | None
    top: int
    longest: float
    lap_m: float | None = None  # a lap's length: from the point before to its own
    quarters: bool = False  # a row of a table of a mile's quarters ("1/4 | 58.9"): a mile's only


@dataclass(frozen=True)
class Table:
    rows: frozenset[int]  # where each row's distance starts
    cells: dict[int, Cell]  # keyed by where each time starts
    finishes: frozenset[str] = frozenset()  # the points of last rows that are the finish (their times the results'): "31km"
    point_places: tuple[tuple[str, float], ...] = ()  # the place and distance of each heading over runners' times at a point:
    # ("Cougar Saddle", 10943.51) of "Cougar Saddle (mile 6.8)"


def _time(cell: str) -> re.Match[str] | None:
    return P.CLOCK_TIME.fullmatch(cell) or P.DECIMAL_TIME.fullmatch(cell)


@lru_cache(maxsize=4)
def split_tables(text: str) -> Table:
    """Every splits table of the text. A table is two or more lines opening with a distance, each
    with a time, under a header line that has no time and names a point or a lap ("Checkpoint",
    "Split", "Lap", "Leader"); its distances and its first times both rise. Where the header opens
    with a unit ("Km"), its rows may open with a bare number of it."""
    rows: set[int] = set()
    cells: dict[int, Cell] = {}
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if not P.TABLE_HEADER.search(text, a, b) or P.CLOCK_TIME.search(text, a, b) or not P.TABLE_CELL_GAP.search(text, a, b):
            i += 1
            continue
        header = table_cells(text, a, b)
        laps_beside = any(P.TABLE_LAPS_PROPER.fullmatch(text, *h) for h in header)  # "Distance | Split | Lap"
        unit = P.TABLE_UNIT_COLUMN.fullmatch(text, *header[0]) if header else None  # "Km" over "1  Aregawi  2:54.21"
        counted = len(header) > 2 and P.TABLE_LAP_COUNT_HEAD.fullmatch(text, *header[0]) is not None \
            and P.TABLE_DISTANCE_HEAD.fullmatch(text, *header[1]) is not None  # "Lap | Distance | ..." over "1 | 600m | 88.2 | ..."
        quarters = bool(header) and P.TABLE_QUARTERS_HEAD.fullmatch(text, *header[0]) is not None  # "Quarter | Cumulative | Split"
        body = []  # (distance start, at, metres, [(cell index, start, end, time match)], text cells)
        returns: list[tuple[int, re.Match[str], list, list]] = []  # points passed again on the way back, and where in the body they stand
        finish_m: float | None = None  # how far the finish is, where a row says it ("Finish (11km)")
        j = i + 1
        if j < len(lines) and lines[j][0] == b + 1 and P.TABLE_MARKDOWN_RULE.fullmatch(text, *lines[j]):
            j += 1  # a markdown table's rule under its header
        while j < len(lines) and lines[j][0] == lines[j - 1][1] + 1:  # the lines right below, none blank
            la, lb = lines[j]
            row_cells = table_cells(text, la, lb)
            times = [(k, s, e, m) for k, (s, e) in enumerate(row_cells) if k and (m := _time(text[s:e]))]
            if not times:
                break
            j += 1
            words = [(s, e) for k, (s, e) in enumerate(row_cells) if k and re.search(r"[^\W\d_]", text[s:e])]
            if (row := P.TABLE_ROW.match(text, la, lb)) is not None or (
                    counted and len(row_cells) > 2 and (row := P.TABLE_ROW.match(text, row_cells[1][0], lb)) is not None):
                body.append((row.start("d"), row.group("d") + row.group("unit"), metres(row.group("d"), row.group("unit")), times, words))
            elif unit and P.TABLE_BARE_ROW.fullmatch(d := text[slice(*row_cells[0])]):
                u = unit.group("unit").lower()
                u = "km" if u.startswith("k") else "m" if u.startswith("m") and not u.startswith("mile") else u
                body.append((row_cells[0][0], d + u, metres(d, u), times, words))
            elif (quarter := _mile_fraction(text, row_cells[0], quarters)) is not None:
                body.append((row_cells[0][0], f"{text[slice(*row_cells[0])].split()[0]} mile", quarter * P.MILE_M, times, words))
            elif quarters and body and body[-1][2] == 0.75 * P.MILE_M and P.TABLE_FINISH_HEAD.fullmatch(text, *row_cells[0]):
                body.append((row_cells[0][0], "finish", P.MILE_M, times, words))  # "Finish | 3:50.6 | 55.6" after "3/4": the mile's
            elif (label := text[slice(*row_cells[0])].lower()) in P.EVENT_DISTANCE_M and label.endswith("marathon"):
                body.append((row_cells[0][0], label, P.EVENT_DISTANCE_M[label], times, words))  # "Marathon  2:45:40" of an ultra
            elif (named := P.TABLE_NAMED_POINT_ROW.fullmatch(text, *row_cells[0])) is not None:
                if named.group("d") is None:
                    returns.append((len(body), named, times, words))  # "Forest gate (return)": placed once the finish is known
                elif P.TABLE_FINISH_HEAD.fullmatch(named.group("name")):
                    finish_m = metres(named.group("d"), named.group("unit"))  # "Finish (11km)": the result's row, passed over
                else:
                    body.append((row_cells[0][0], text[slice(*row_cells[0])], metres(named.group("d"), named.group("unit")), times, words))
            # another row ("Finish  6:41:39") is passed over
        _place_returns(text, body, returns, finish_m)
        # (a numbered lap's table whose columns are runners' laps, none growing with the distance: "Lap | Ends at | Tom | Ollie"
        # over "1 | 200m | 33.8 | 33.9", "2 | 600m | 68.4 | 68.5": every time a lap)
        all_laps = counted and len(body) >= 2 and _distances_rise(body) and not _grows_with_distance(body) \
            and all(clock_seconds(m.group()) < P.LAP_SECONDS * 2 for _, _, _, times, _ in body for _, _, _, m in times)  # (each
        # under two minutes, a lap's)
        quarter_rows = any(at.endswith(" mile") for _, at, _, _, _ in body)  # (a table of a mile's shares: `_mile_fraction`)
        if len(body) >= 2 and (_rising(body) or all_laps):
            for n, (start, at, distance_m, times, words) in enumerate(body):
                rows.add(start)
                since = distance_m - (body[n - 1][2] if n else 0.0)  # (the first row's from the start, unless its column says
                # each lap's length: "Km time" under a table opening at 2km)
                for k, s, e, m in times:
                    head = header[k] if k < len(header) else None
                    lap = all_laps or head is not None and bool(P.TABLE_LAP_COLUMN.fullmatch(text, *head)) and not (
                        P.TABLE_SPLIT_COLUMN.fullmatch(text, *head) and laps_beside)
                    row_span = (words[0][0], words[-1][1]) if words else (start, start)
                    length = (_unit_length(text, head) or since) if n == 0 and head is not None else since
                    cells[s] = Cell(at, distance_m, lap, row_span, head, a, body[-1][2], length if lap else None, quarter_rows)
        i = max(j, i + 1)
    _column_tables(text, lines, rows, cells)
    places: list[tuple[str, float]] = []
    _point_heading_lists(text, lines, rows, cells, places)
    _runner_point_lines(text, lines, rows, cells, places)
    finishes: set[str] = set()
    _slash_tables(text, lines, rows, cells, finishes, places)
    _pipe_point_tables(text, lines, rows, cells, finishes, places)
    return Table(frozenset(rows), cells, frozenset(finishes), tuple(places))


def _place_returns(text: str, body: list, returns: list[tuple[int, re.Match[str], list, list]], finish_m: float | None) -> None:
    """Put each point passed again on the way back ("Forest gate (return)") into `body` at the distance it stands from the
    start of an out-and-back course: the finish's distance less the same point's on the way out. A return whose point or
    finish the table does not say is left out."""
    for at, named, times, words in reversed(returns):  # (from the last, so that each earlier index still holds)
        name = named.group("name").casefold()
        out = next((row for row in body[:at] if (way_out := P.TABLE_NAMED_POINT_ROW.fullmatch(row[1])) is not None
                    and way_out.group("name").casefold() == name), None)
        if out is not None and finish_m is not None and out[2] < finish_m / 2:
            body.insert(at, (named.start(), named.group(), finish_m - out[2], times, words))


def _mile_fraction(text: str, cell: tuple[int, int], quarters: bool) -> float | None:
    """The share of a mile a row's first cell names ("1/4", "½", "3/4 mile"), under a header of quarters or saying its mile; else
    None."""
    if (m := P.TABLE_MILE_FRACTION_ROW.fullmatch(text, *cell)) is None or not (quarters or m.group("mile")):
        return None
    if m.group("n"):
        return int(m.group("n")) / 4
    return 0.5 if m.group("half") else {"¼": 0.25, "½": 0.5, "¾": 0.75}[m.group("glyph")]


def _unit_length(text: str, head: tuple[int, int]) -> float | None:
    """The length of a lap a column's header says: "Km time" 1000, "5km split" 5000, "Mile time" a mile; else None."""
    if (m := P.TABLE_LAP_UNIT.fullmatch(text, *head)) is None:
        return None
    return metres(m.group("n") or "1", "mile" if m.group("unit").lower() == "mile" else "km")


def _distances_rise(body: list) -> bool:
    """Do a table's distances rise from row to row?"""
    return all(x[2] < y[2] for x, y in zip(body, body[1:]))


def _rising(body: list) -> bool:
    """Do a table's distances rise, and the times of one of its columns with them (the time there, wherever it stands:
    "Lap | Leader | Lap time | Split" over "200m | Castellanos | 35.4 | 35.4", "600m | Castellanos | 71.2 | 1:46.6")?"""
    if not _distances_rise(body):
        return False
    columns = [{k: clock_seconds(m.group()) for k, _, _, m in times} for _, _, _, times, _ in body]
    return any(all(k in x and k in y and x[k] < y[k] for x, y in zip(columns, columns[1:])) for k in columns[0])


def _grows_with_distance(body: list) -> bool:
    """Does a column of a table's times grow with its distances as times there do: its last at least `P.TABLE_THERE_SHARE` of
    its first scaled by the distances (no runner's pace rises that much; a lap's time stays the same)?"""
    columns = [{k: clock_seconds(m.group()) for k, _, _, m in times} for _, _, _, times, _ in body]
    first, last = body[0][2], body[-1][2]
    return any(k in columns[-1] and columns[-1][k] >= P.TABLE_THERE_SHARE * seconds * last / first for k, seconds in columns[0].items())


def _column_tables(text: str, lines: list[tuple[int, int]], rows: set[int], cells: dict[int, Cell]) -> None:
    """Splits tables the other way round: the points as columns, a runner a row ("200  400  600  800" over
    "Rudisha (Ken)  23.5  25.8 (49.28)  25.0 (1:14.30)  26.6 (1:40.91)"). A cell gives the stretch that ends at its
    point, with the time there in a bracket after it (a single time in the first column is both; in a later one, the
    time there if past the last, else the stretch). The points' columns are read off the header in order."""
    for i, (a, b) in enumerate(lines[:-1]):
        header = table_cells(text, a, b)
        if header and P.TABLE_RUNNER_HEAD.fullmatch(text, *header[0]):
            header = header[1:]  # "Athlete  200m  400m  600m  Finish": a label over the runners' column
        finish = bool(header) and P.TABLE_FINISH_HEAD.fullmatch(text, *header[-1]) is not None
        if finish:
            header = header[:-1]  # ... and the finish's column, a result's time, not a split
        points = [P.TABLE_POINT_CELL.fullmatch(text, s, e) for s, e in header]
        if len(points) < 2 or not all(points):
            continue
        metres_at = [metres(m.group("d"), m.group("unit") or "m") if m.group("d") else metres(m.group("dk"), "km") for m in points]
        if any(x >= y for x, y in zip(metres_at, metres_at[1:])):
            continue
        body: list[tuple[tuple[int, int], list[list[re.Match[str]]]]] = []
        j = i + 1
        while j < len(lines) and lines[j][0] == lines[j - 1][1] + 1:  # the lines right below, none blank
            row_cells = table_cells(text, *lines[j])
            if len(row_cells) != len(points) + 1 + finish:
                break
            row_cells = row_cells[: len(points) + 1]  # (the finish's cell left to the results)
            timed = [[t for t in P.TABLE_CELL_TIME.finditer(text, s, e)] for s, e in row_cells[1:]]
            if not re.search(r"[^\W\d_]", text[slice(*row_cells[0])]) \
                    or not all(P.TABLE_STRETCH_CELL.fullmatch(text, s, e) for s, e in row_cells[1:]):
                break
            body.append((row_cells[0], timed))
            j += 1
        for row_span, timed in body:
            at_point = 0.0  # the time at the last point
            for (point, distance, previous), times in zip(zip(points, metres_at, [0.0, *metres_at]), timed):
                at = f"{int(distance)}m" if point.group("d") else f"{distance / 1000:g}km"
                stretch, there = times[0], times[1] if len(times) > 1 else None
                seconds = clock_seconds(stretch.group())
                if there is None and (distance == metres_at[0] or seconds > at_point):
                    there, stretch = stretch, None  # "23.5" under "200": the time there
                if stretch is not None:
                    cells[stretch.start()] = Cell(at, distance, True, row_span, None, a, metres_at[-1], distance - previous)
                if there is not None:
                    cells[there.start()] = Cell(at, distance, False, row_span, None, a, metres_at[-1])
                    at_point = clock_seconds(there.group())
        if body:
            rows.update(s for s, _ in header)


def _heading_point(head: re.Match[str]) -> tuple[str, int, float]:
    """A point heading's (`P.POINT_HEADING`) label ("mile 6.8", "22.9km"), where its distance starts and the distance in metres."""
    if head.group("d"):
        d, unit, start = head.group("d"), head.group("mu").lower(), head.start("mu")
    else:
        d, unit, start = head.group("d2"), head.group("u2").lower(), head.start("d2")
    unit = "km" if unit.startswith("k") else "mile"
    at = f"{unit} {d}" if head.group("d") else f"{d}{'km' if unit == 'km' else ' miles'}"
    return at, start, metres(d, unit)


def _point_heading_lists(text: str, lines: list[tuple[int, int]], rows: set[int], cells: dict[int, Cell],
                         places: list[tuple[str, float]]) -> None:
    """Runners' times listed under each point of a course, the heading naming it with its distance in a bracket ("Cougar
    Saddle (mile 6.8)" over "- Dax Whitaker - 52:40" and "- Rubén Solís - 52:41"): each time the split of its row's runner
    at that point, never the finish (a point named by a place)."""
    for i, (a, b) in enumerate(lines[:-1]):
        if (head := P.POINT_HEADING.fullmatch(text, a, b)) is None:
            continue
        at, at_unit, distance_m = _heading_point(head)
        body = []
        j = i + 1
        while j < len(lines) and lines[j][0] == lines[j - 1][1] + 1 and (row := P.POINT_HEADING_ROW.fullmatch(text, *lines[j])):
            body.append((lines[j][0], row.start("time")))
            j += 1
        if not body:
            continue
        rows.add(at_unit)  # (the heading's distance no race's)
        places.append((head.group("place"), distance_m))
        for row_start, time_start in body:
            cells[time_start] = Cell(at, distance_m, False, (row_start, time_start), None, a, float("inf"))


def _runner_point_lines(text: str, lines: list[tuple[int, int]], rows: set[int], cells: dict[int, Cell],
                        places: list[tuple[str, float]]) -> None:
    """A runner's splits on one line under a heading that says splits, each point named with its time, its distance in a bracket
    ("SPLITS (elapsed)" over "Caleb Olson: Lyon Ridge (10.3) 1:41:10; Robinson Flat (30.3) 4:28:15; ..." and "Abby Hall: Lyon
    Ridge 1:58:40; ..."): each time the runner's split there, at the distance a line gives the point (in miles where the text
    measures in miles and never in kilometres), three points at least and their times rising."""
    found: list[tuple[int, int, int, list[re.Match[str]]]] = []  # (line start, name end, heading start, points)
    for i, (a, b) in enumerate(lines):
        if (line := P.RUNNER_POINTS_LINE.fullmatch(text, a, b)) is None:
            continue
        points = [m for m in P.RUNNER_POINT_ITEM.finditer(text, line.start("items"), line.end("items"))]
        if len(points) < RUNNER_POINTS_MIN or sum(len(m.group()) for m in points) < len(line.group("items").rstrip(".; \t")) - 2 * len(points):
            continue  # (every stretch of the line a point's)
        seconds = [clock_seconds(m.group("time")) for m in points]
        heading = next((lines[k] for k in range(i - 1, -1, -1) if not P.RUNNER_POINTS_LINE.fullmatch(text, *lines[k])),
                       None)  # (the line above the runners' lines, over blank lines: "SPLITS (elapsed)")
        if any(x >= y for x, y in zip(seconds, seconds[1:])) or heading is None or not P.SPLITS_HEADING_WORD.search(text, *heading):
            continue
        found.append((a, line.end("name"), heading[0], points))
    if not found:
        return
    unit = "miles" if P.MILES_SAID.search(text) and not P.KM_SAID.search(text) else "km"
    distances = {m.group("place"): metres(m.group("d"), unit) for *_, points in found for m in points if m.group("d")}
    for a, name_end, top, points in found:
        for m in points:
            if (distance_m := distances.get(m.group("place"))) is None:
                continue
            rows.add(m.start())
            places.append((m.group("place"), distance_m))
            cells[m.start("time")] = Cell(m.group("place"), distance_m, False, (a, name_end), None, top, float("inf"))


RUNNER_POINTS_MIN = 3  # points a runner's splits line names at least


def _slashed(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The stretches of [a, b) between slashes, stripped ("Kipngeno / Chepngeno", "52:10 / 1:01:05")."""
    found = []
    for m in re.finditer(r"[^/]+", text[a:b]):
        if body := m.group().strip():
            s = a + m.start() + m.group().index(body)
            found.append((s, s + len(body)))
    return found


def _slash_seconds(cell: str) -> float | None:
    """The seconds of a slash table's cell that is a time alone ("1:01:05", "04h31m10s"), else None."""
    if m := P.HOURS_TIME.fullmatch(cell):
        return t.seconds if (t := parse_hours(m)) is not None else None
    return clock_seconds(cell) if _time(cell) else None


def _finish_told_elsewhere(text: str, clock: str, table: tuple[int, int]) -> bool:
    """Is the time `clock` told outside the table as a finish: after a win or a finish said before it, or in a results row
    ("The Kenyan won this year's edition in 2:24:52", "Men: 1. Patrick Kipngeno (KEN) 2:24:52"; not a checkpoint's passage the
    prose tells again, "At Weisshorn, Kipngeno passed in 1:59:10", nor "27:40" inside "1:27:40")?"""
    return any(not table[0] <= m.start() < table[1] and (P.FINISH_TOLD_BEFORE.search(text, max(0, m.start() - 120), m.start())
                                                          or P.FINISH_CUE_AFTER.match(text, m.end()))
               for m in re.finditer(rf"(?<![\d:.,]){re.escape(clock)}(?![\d]|[:.,]\d)", text))


def _slash_tables(text: str, lines: list[tuple[int, int]], rows: set[int], cells: dict[int, Cell], finishes: set[str],
                  places: list[tuple[str, float]]) -> None:
    """Splits tables of runners side by side, a dash after each point and a slash between the runners' times, their names
    atop in the header's order ("Checkpoint (km) – Kipngeno / Chepngeno" over "Ponchette (7) – 52:10 / 1:01:05"). A row
    says its point's distance in a bracket after its place, or alone, in the header's unit where it says none; the places
    named go in `places`, as `_pipe_point_tables` puts them."""
    for i, (a, b) in enumerate(lines[:-1]):
        if (head := P.SLASH_TABLE_HEADER.fullmatch(text, a, b)) is None:
            continue
        names = _slashed(text, *head.span("cols"))
        unit = P.SLASH_TABLE_UNIT.search(head.group("label"))
        body: list[tuple[int, str, float, list[tuple[int, int, float | None]]]] = []  # (distance start, at, metres, [(start, end,
        # seconds)])
        named: list[str] = []  # each row's place ("Ponchette"), or "" where it names none
        j = i + 1
        while j < len(lines) and lines[j][0] == lines[j - 1][1] + 1:  # the lines right below, none blank
            row = P.SLASH_TABLE_ROW.fullmatch(text, *lines[j])
            times = [(s, e, _slash_seconds(text[s:e])) for s, e in _slashed(text, *row.span("times"))] if row else []
            if (point := _point_of_row(row, unit)) is None or len(times) != len(names) or any(t is None for _, _, t in times):
                break
            body.append((row.start("d"), *point, times))
            named.append((row.group("place") or "").strip())
            j += 1
        _runners_side_by_side(text, (a, lines[j - 1][1]), names, body, rows, cells, finishes, named, places)


def _pipe_point_tables(text: str, lines: list[tuple[int, int]], rows: set[int], cells: dict[int, Cell], finishes: set[str],
                       places: list[tuple[str, float]]) -> None:
    """The same with cells between bars, the header's first cell the points' with their unit in a bracket, the runners' names
    after it ("Aid station (mile) | Ashdown | Ocampo" over "Cottonwood Lake (13.4) | 2:01:15 | 2:00:58"); each row's place
    and distance go in `places` ("Cottonwood Lake", a place, the point a time said reached there is at)."""
    for i, (a, b) in enumerate(lines[:-1]):
        if "|" not in text[a:b] or (head := P.PIPE_POINT_TABLE_HEAD.match(text, a, b)) is None:
            continue
        header = table_cells(text, a, b)
        names = header[1:]
        if not names or any(re.search(r"\d", text[s:e]) for s, e in names):
            continue
        unit = P.SLASH_TABLE_UNIT.search(head.group())
        body: list[tuple[int, str, float, list[tuple[int, int, float | None]]]] = []
        named: list[str] = []  # each row's place
        j = i + 1
        while j < len(lines) and lines[j][0] == lines[j - 1][1] + 1:
            row_cells = table_cells(text, *lines[j])
            row = P.PIPE_POINT_TABLE_ROW.fullmatch(text, *row_cells[0]) if row_cells else None
            times = [(s, e, _slash_seconds(text[s:e])) for s, e in row_cells[1:]]
            if (point := _point_of_row(row, unit)) is None or len(times) != len(names) or any(t is None for _, _, t in times):
                break
            body.append((row.start("d"), *point, times))
            named.append(row.group("place").strip())
            j += 1
        _runners_side_by_side(text, (a, lines[j - 1][1]), names, body, rows, cells, finishes, named, places)


def _point_of_row(row: re.Match[str] | None, unit: re.Match[str] | None) -> tuple[str, float] | None:
    """A row's point and its distance in metres, in the row's unit or else the header's ("(13.4)" under "(mile)": 13.4 miles)."""
    u = (row.group("unit") or (unit.group("unit") if unit else "")).lower() if row else ""
    if not u:
        return None
    u = "km" if u.startswith("k") else u
    at = row.group("d") + u if u in ("km", "m") else f"{row.group('d')} {'mile' if row.group('d') == '1' else 'miles'}"
    return at, metres(row.group("d"), u)


def _runners_side_by_side(text: str, table: tuple[int, int], names: list, body: list, rows: set[int], cells: dict[int, Cell],
                          finishes: set[str], named: list[str], places: list[tuple[str, float]]) -> None:
    """Take a table of runners side by side whose rows' distances rise, and each runner's times with them (whether it is
    one), and its rows' places (`named`, "" where a row names none) into `places`. A last row whose times the text tells
    elsewhere as a finish, or that names itself the finish ("Finish (50.3) – 7:48:12 / 7:55:21"), is the finish (its point
    put in `finishes`), its times the results'."""
    if len(body) < 2 or any(x[2] >= y[2] or any(p[2] >= q[2] for p, q in zip(x[3], y[3])) for x, y in zip(body, body[1:])):
        return
    places += [(place, d) for place, (_, _, d, _) in zip(named, body) if place and place.lower() not in P.FINISH_WORDS]
    if (named and named[-1].lower() in P.FINISH_WORDS) or all(_finish_told_elsewhere(text, text[s:e], table) for s, e, _ in body[-1][3]):
        finishes.add(body[-1][1])
        body[-1] = (*body[-1][:3], [])
    for start, at, distance_m, times in body:
        rows.add(start)
        for (s, _, _), name in zip(times, names):
            cells[s] = Cell(at, distance_m, False, (start, start), name, table[0], body[-1][2])


@lru_cache(maxsize=4)
def checkpoint_distances(text: str) -> dict[str, float]:
    """The places a checkpoint's row names with its distance ("CP6 Scafell Pike (21.3km) 2:41:30", "- Cottonwood Gulch (mile
    7.2): 55:40"), or a heading over its runners' times ("Cougar Saddle (mile 6.8)"), or prose with a marker in a bracket ("came
    through Barr Camp (mile 7.6)"), in metres: places, no runners
    (`athletes`), and the points a time said reached there is at (`splits`)."""
    out = {}
    for m in P.CHECKPOINT_ROW_PLACE.finditer(text):
        if (d := P.BRACKETED_KM_AFTER.match(text, m.end())) is not None:
            out[m.group("place")] = metres(d.group("d"), "km")
    for pattern in (P.MILE_CHECKPOINT_ROW, P.PLACE_MARKER_BRACKET):  # "- Cottonwood Gulch (mile 7.2): 55:40", and in prose: "came
        for m in pattern.finditer(text):  # through Barr Camp (mile 7.6) together in 1:10:52"
            out.setdefault(m.group("place"), metres(m.group("d"), m.group("unit") or "miles"))
    for place, distance_m in split_tables(text).point_places:  # (and a heading over its runners' times: "Cougar Saddle (mile 6.8)")
        out.setdefault(place, distance_m)
    return out
