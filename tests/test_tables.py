"""Tests for pipeline.stages.tables: splits tables read from the text alone."""

from __future__ import annotations

import pytest

from pipeline.stages.tables import checkpoint_distances, split_tables

LAP_CHART = (
    "Hobbs Kessler won the 1500m at the Pre Classic.\n\n"
    "Split   | Leader    | Time    | Lap\n"
    "300m    | Sowinski  | 42.10   | -\n"
    "700m    | Sowinski  | 1:38.90 | 56.80\n"
    "1100m   | Kessler   | 2:35.20 | 56.30\n"
    "1500m   | Kessler   | 3:30.50 | 55.30\n"
)


def cells(text: str) -> list[tuple[str, str, bool, str, str | None]]:
    found = split_tables(text).cells
    return [
        (text[k : k + 7].split()[0], c.at, c.lap, text[slice(*c.row)], text[slice(*c.header)] if c.header else None)
        for k, c in sorted(found.items())
    ]


def test_tables_a_lap_chart_with_a_leader_column() -> None:
    assert cells(LAP_CHART) == [
        ("42.10", "300m", False, "Sowinski", "Time"),
        ("1:38.90", "700m", False, "Sowinski", "Time"),
        ("56.80", "700m", True, "Sowinski", "Lap"),
        ("2:35.20", "1100m", False, "Kessler", "Time"),
        ("56.30", "1100m", True, "Kessler", "Lap"),
        ("3:30.50", "1500m", False, "Kessler", "Time"),
        ("55.30", "1500m", True, "Kessler", "Lap"),
    ]


def test_tables_athletes_as_columns_and_a_marathon_row() -> None:
    """An ultra's checkpoints, one column per athlete; "Marathon" is a point, "Finish" is passed over."""
    text = ("CHECKPOINTS\n\n"
            "Checkpoint    Kazami (JPN)    Herron (USA)\n"
            "20km          1:16:40         1:27:15\n"
            "Marathon      2:42:05         3:01:10\n"
            "60km          3:52:30         4:21:00\n"
            "Finish        6:09:14         7:08:35\n")
    assert [(t, at, head) for t, at, _, _, head in cells(text)] == [
        ("1:16:40", "20km", "Kazami (JPN)"), ("1:27:15", "20km", "Herron (USA)"),
        ("2:42:05", "marathon", "Kazami (JPN)"), ("3:01:10", "marathon", "Herron (USA)"),
        ("3:52:30", "60km", "Kazami (JPN)"), ("4:21:00", "60km", "Herron (USA)"),
    ]


def test_tables_a_unit_header_over_bare_numbers() -> None:
    """"Km" heads the column of the rows' points: "1" under it is 1km; "Split" is each kilometre's own time."""
    text = ("THE SPLITS\n\n"
            "Km   Leader       Cumulative   Split\n"
            "1    Aregawi      2:54.21      2:54.21\n"
            "2    Aregawi      5:42.83      2:48.62\n"
            "3    Ebenyo       8:31.14      2:48.31\n")
    assert cells(text) == [
        ("2:54.21", "1km", False, "Aregawi", "Cumulative"), ("2:54.21", "1km", True, "Aregawi", "Split"),
        ("5:42.83", "2km", False, "Aregawi", "Cumulative"), ("2:48.62", "2km", True, "Aregawi", "Split"),
        ("8:31.14", "3km", False, "Ebenyo", "Cumulative"), ("2:48.31", "3km", True, "Ebenyo", "Split"),
    ]
    assert split_tables(text).cells[text.index("5:42.83")].distance_m == 2000


def test_tables_what_is_no_splits_table() -> None:
    """A results table (its header names no point), a round-up of events (times that do not rise with the
    distance), a table of one row."""
    results = "Pos  Athlete     Time\n1    Kessler     3:30.50\n2    Nuguse      3:30.90\n"
    events = "Event   | Winner     | Time\n800m    | Wanyonyi   | 1:43.20\n1500m   | Kessler    | 3:30.50\n"
    round_up = "Distance | Winner   | Time\n1500m    | Kessler  | 3:30.50\n800m     | Wanyonyi | 1:43.20\n"
    one_row = "Split   | Time\n400m    | 55.10\n\nKessler won in 3:30.50.\n"
    for text in (results, events, round_up, one_row):
        assert split_tables(text).cells == {}, text


def test_tables_points_as_columns_a_runner_a_row() -> None:
    """"200  400  600  800" over "Rudisha (Ken)  23.5  25.8 (49.28)  ...": each cell the stretch that ends at its column's
    point and, in a bracket, the time there; under the first point a single time is the time there."""
    text = ("THE SPLITS\n\n"
            "                200     400             600              800\n"
            "Rudisha (Ken)   23.5    25.8 (49.28)    25.0 (1:14.30)   26.6 (1:40.91)\n"
            "Amos (Bot)      24.3    26.3 (50.6)     25.0 (1:15.6)    26.1 (1:41.73)\n")
    got = cells(text)
    assert got[:7] == [
        ("23.5", "200m", False, "Rudisha (Ken)", None), ("25.8", "400m", True, "Rudisha (Ken)", None),
        ("49.28)", "400m", False, "Rudisha (Ken)", None), ("25.0", "600m", True, "Rudisha (Ken)", None),
        ("1:14.30", "600m", False, "Rudisha (Ken)", None), ("26.6", "800m", True, "Rudisha (Ken)", None),
        ("1:40.91", "800m", False, "Rudisha (Ken)", None)]
    assert len(got) == 14
    assert split_tables("Lap times: 200  400\n\nKerr won in 3:45.34.\n").cells == {}  # a header with no rows under it


def test_tables_a_markdown_table_with_split_and_lap_columns() -> None:
    """A blog's markdown table: the rule under its header is passed over, and beside a "Lap" column "Split" is the
    time there, not a lap."""
    text = ("## Lap-by-lap (cumulative)\n\n"
            "| Distance | Split | Lap |\n"
            "|---|---|---|\n"
            "| 200m | 30.02 | – |\n"
            "| 600m | 1:30.71 | 60.69 |\n"
            "| 1000m | 2:31.22 | 60.51 |\n")
    assert [(c[0], c[1], c[2], c[4]) for c in cells(text)] == [
        ("30.02", "200m", False, "Split"), ("1:30.71", "600m", False, "Split"), ("60.69", "600m", True, "Lap"),
        ("2:31.22", "1000m", False, "Split"), ("60.51", "1000m", True, "Lap")]


def test_tables_points_as_columns_under_a_runners_label_with_the_finish_last() -> None:
    """"Athlete  200m  400m  600m  Finish" over "Athing Mu  27.05  57.15  1:26.20  1:55.21": the label over the runners'
    column is no point, and the finish's column is left to the results (no split at 800m)."""
    text = ("My 200m splits:\n\n"
            "Athlete            200m    400m    600m     Finish\n"
            "Athing Mu          27.05   57.15   1:26.20  1:55.21\n"
            "Keely Hodgkinson   27.52   57.70   1:26.82  1:55.88\n")
    assert [(c[0], c[1], c[2], c[3]) for c in cells(text)] == [
        ("27.05", "200m", False, "Athing Mu"), ("57.15", "400m", False, "Athing Mu"), ("1:26.20", "600m", False, "Athing Mu"),
        ("27.52", "200m", False, "Keely Hodgkinson"), ("57.70", "400m", False, "Keely Hodgkinson"),
        ("1:26.82", "600m", False, "Keely Hodgkinson")]


def test_tables_a_lap_column_before_the_time_there_and_a_kilometres_own_time() -> None:
    """"Lap | Leader | Lap time | Split": the times there rise in the last column, not the first (the table was passed over,
    its times read as results); "Km time" is each kilometre's own time, a lap beside the time there. A lap's length runs
    from the row before."""
    laps = ("WOMEN'S 5000m\n\n"
            "Lap | Leader | Lap time | Split\n"
            "200m | Castellanos | 35.4 | 35.4\n"
            "600m | Castellanos | 71.2 | 1:46.6\n"
            "1000m | Castellanos | 71.4 | 2:58.0\n")
    assert cells(laps) == [
        ("35.4", "200m", True, "Castellanos", "Lap time"), ("35.4", "200m", False, "Castellanos", "Split"),
        ("71.2", "600m", True, "Castellanos", "Lap time"), ("1:46.6", "600m", False, "Castellanos", "Split"),
        ("71.4", "1000m", True, "Castellanos", "Lap time"), ("2:58.0", "1000m", False, "Castellanos", "Split"),
    ]
    assert [c.lap_m for c in split_tables(laps).cells.values() if c.lap] == [200.0, 400.0, 400.0]
    km = ("MEN'S 10,000m\n\n"
          "Km | Leader | Split | Km time\n"
          "1K | Holloway | 2:42.1 | 2:42.1\n"
          "2K | Holloway | 5:24.9 | 2:42.8\n")
    assert [(c.at, c.lap, c.lap_m) for _, c in sorted(split_tables(km).cells.items())] == [
        ("1K", False, None), ("1K", True, 1000.0), ("2K", False, None), ("2K", True, 1000.0)]


def test_tables_what_this_stop_s_review_found() -> None:
    """A "5km split" column holds laps of 5km beside the time there ("Cumulative"); a "Km time" table opening at 2km has laps of
    a kilometre from its first row (its first lap was taken from the start, 2000m)."""
    five = ("Pace in the women's marathon:\nDistance | 5km split | Cumulative\n5km | 16:30 | 16:30\n10km | 16:20 | 32:50\n"
            "15km | 16:15 | 49:05\n")
    assert [(text_at(five, k), c.lap, c.lap_m) for k, c in sorted(split_tables(five).cells.items())] == [
        ("16:30", True, 5000.0), ("16:30", False, None), ("16:20", True, 5000.0), ("32:50", False, None),
        ("16:15", True, 5000.0), ("49:05", False, None)]
    km = "Cheptegei at the 10,000m:\nKm | Split | Km time\n2km | 5:20 | 2:40\n3km | 8:01 | 2:41\n"
    assert [c.lap_m for c in split_tables(km).cells.values() if c.lap] == [1000.0, 1000.0]


def text_at(text: str, k: int) -> str:
    return text[k:].split()[0]


def test_tables_runners_side_by_side_a_slash_between_their_times() -> None:
    """A checkpoint table of two runners, a dash after each point and a slash between their times, their names atop in that
    order; a row's distance in a bracket after its place, in the header's unit or its own ("04h31m10s" an ultra's hours); a
    last row of times the text gives elsewhere is the finish, left to the results."""
    text = ("Jim Walmsley won in 2:41:10 and Courtney Dauwalter in 3:02:44.\n\n"
            "Checkpoint (km) – Walmsley / Dauwalter\n"
            "Foresthill (10) – 38:20 / 44:05\n"
            "Green Gate (22) – 1:25:30 / 1:37:12\n"
            "Finish (31) – 2:41:10 / 3:02:44\n\n"
            "SPLITS (elapsed) – Walmsley / Dauwalter\n"
            "Auburn (42km) – 04h31m10s / 05h02m48s\n"
            "Placer (66km) – 07h15m22s / 08h07m15s\n")
    assert cells(text) == [
        ("38:20", "10km", False, "", "Walmsley"), ("44:05", "10km", False, "", "Dauwalter"),
        ("1:25:30", "22km", False, "", "Walmsley"), ("1:37:12", "22km", False, "", "Dauwalter"),
        ("04h31m1", "42km", False, "", "Walmsley"), ("05h02m4", "42km", False, "", "Dauwalter"),
        ("07h15m2", "66km", False, "", "Walmsley"), ("08h07m1", "66km", False, "", "Dauwalter"),
    ]


def test_tables_a_slash_in_a_credit_line_is_no_table() -> None:
    """Slashes in a credit or a line of bests under a header-like line are no runners' columns: no row rises in two columns."""
    text = ("Splits – Photos / Words\n"
            "Pete Alderson (2) – Lakeland 100 / Jo Whitely\n\n"
            "Best marks (km) – Cheptegei / Kiplimo\n"
            "Valencia (10) – 26:49 / 26:33\n")
    assert cells(text) == []


def test_tables_a_last_row_told_again_only_as_a_passage_is_no_finish() -> None:
    """The review's probes: a last row whose time shows up inside a longer one ("27:40" in "1:27:40"), or again only as a
    checkpoint's passage in prose, is a row of splits, no finish."""
    text = ("Splits (km) – Kiplimo / Gidey\n5 – 13:50 / 15:10\n10 – 27:40 / 30:20\n\nJacob Kiplimo won the Ras Al Khaimah race in "
            "1:27:40 and Letesenbet Gidey was first woman in 1:30:20.")
    assert [c.at for c in split_tables(text).cells.values()] == ["5km", "5km", "10km", "10km"]
    text = ("Checkpoint (km) – Kipngeno / Chepngeno\nChandolin (10) – 1:02:40 / 1:13:20\nWeisshorn (22) – 1:59:10 / 2:19:50\n\n"
            "Patrick Kipngeno won Sierre-Zinal in 2:24:52. At Weisshorn, Kipngeno passed in 1:59:10 and Chepngeno in 2:19:50.")
    assert split_tables(text).finishes == frozenset()
    assert len(split_tables(text).cells) == 4


def test_tables_a_finish_told_far_after_its_win_or_in_a_row_with_no_stop() -> None:
    """The third review's probes: "won the 50th edition of the Sierre-Zinal mountain race in 2:24:52" and a results row
    "Men: 1 Patrick Kipngeno (KEN) 2:24:52" tell the last row's times as a finish."""
    table = "Checkpoint (km) – Kipngeno / Chepngeno\nChandolin (10) – 1:02:40 / 1:13:20\nZinal (31) – 2:24:52 / 2:48:30\n\n"
    prose = ("Patrick Kipngeno won the 50th edition of the Sierre-Zinal mountain race in 2:24:52. Joyline Chepngeno was first "
             "woman in 2:48:30.")
    assert split_tables(table + prose).finishes == frozenset({"31km"})
    rows = "Men: 1 Patrick Kipngeno (KEN) 2:24:52\nWomen: 1 Joyline Chepngeno (KEN) 2:48:30\n"
    assert split_tables(table + rows).finishes == frozenset({"31km"})


def test_tables_a_lap_count_before_the_distance_column() -> None:
    """"Lap | Distance | Lap time | Total" over "1 | 600m | 88.2 | 2:12.1": the rows' distances in their second cell, the lap time
    a lap's (from the point before) and the total the time there; a first row labelled "start" too."""
    text = ("Here are all her laps:\n\nLap | Distance | Lap time | Total\nstart | 200m | 43.9 | 43.9\n1 | 600m | 88.2 | 2:12.1\n"
            "2 | 1000m | 88.6 | 3:40.7\n")
    cells = split_tables(text).cells
    there = cells[text.index("2:12.1")]
    lap = cells[text.index("88.6")]
    assert (there.at, there.distance_m, there.lap) == ("600m", 600.0, False)
    assert (lap.at, lap.lap, lap.lap_m) == ("1000m", True, 400.0)


def test_tables_a_lap_table_with_a_column_for_each_runner() -> None:
    """"Lap | Ends at | Tom | Ollie" over "2 | 600m | 68.4 | 68.5": no column rises, so every time is that runner's lap (from
    the point before), the first row's from the start; a row with no distance ("Official | | 14:21.94") is passed over."""
    text = ("The splits\n\nLap | Ends at | Tom | Ollie\n1 | 200m | 33.8 | 33.9\n2 | 600m | 68.4 | 68.5\n3 | 1000m | 68.9 | 69.0\n"
            "Official | | 14:21.94 | 14:39.46\n")
    cells = split_tables(text).cells
    first, second = cells[text.index("33.9")], cells[text.index("68.4")]
    assert (first.at, first.lap, first.lap_m) == ("200m", True, 200.0)
    assert (second.at, second.lap, second.lap_m) == ("600m", True, 400.0)
    assert text.index("14:21.94") not in cells


def test_tables_a_numbered_table_of_rising_times_is_no_lap_table() -> None:
    """"Lap | Distance | Kerr | Nuguse" over rising times ("1 | 400m | 56.1 | 56.3", "2 | 800m | 1:53.0 | 1:53.2"): the times there."""
    text = "Lap | Distance | Kerr | Nuguse\n1 | 400m | 56.1 | 56.3\n2 | 800m | 1:53.0 | 1:53.2\n3 | 1200m | 2:50.4 | 2:50.9\n"
    cells = split_tables(text).cells
    assert not cells[text.index("1:53.0")].lap


def test_tables_runners_times_under_each_point_s_heading() -> None:
    """"Cougar Saddle (mile 6.8)" over "- Dax Whitaker - 52:40": each row's time a split at the heading's point (its runner the
    row's), never the finish; the heading's distance no race's, its place a checkpoint's."""
    text = ("Men's aid-station splits (leaders):\n\nCougar Saddle (mile 6.8)\n- Dax Whitaker - 52:40\n- Ruben Solis - 52:41\n\n"
            "Lick Creek (22.9km)\n- Whitaker - 1:53:05\n")
    table = split_tables(text)
    first, second = table.cells[text.index("52:41")], table.cells[text.index("1:53:05")]
    assert (first.at, round(first.distance_m), first.lap) == ("mile 6.8", 10944, False)
    assert (second.at, second.distance_m) == ("22.9km", 22900.0)
    assert text[first.row[0] : first.row[1]].startswith("- Ruben Solis")
    assert text.index("mile 6.8") in table.rows
    assert checkpoint_distances(text) == {"Cougar Saddle": pytest.approx(10943.51), "Lick Creek": 22900.0}


@pytest.mark.parametrize("heading", ["Women (50K)", "Men (50 mile)", "Finish (mile 31.1)"], ids=["women", "men", "finish"])
def test_tables_a_race_s_label_with_its_distance_is_no_point_heading(heading: str) -> None:
    """"Women (50K)" over "- Tessa Lindqvist - 4:41:12": a race's results, no splits (a review's probes)."""
    text = f"{heading}\n- Tessa Lindqvist - 4:41:12\n- Maya Orr - 4:58:30\n"
    assert split_tables(text).cells == {}


def test_tables_a_race_s_label_over_its_runners_column() -> None:
    """"Women's 6K | 2K | 4K | Finish" over "Emma Lindqvist | 6:58.4 | 13:57.0 | 20:48.3": the race's label heads the runners'
    column, the points' times are splits there, the finish left to the results; the men's table right under it too."""
    text = ("SPLITS\nWomen's 6K | 2K | 4K | Finish\nEmma Lindqvist | 6:58.4 | 13:57.0 | 20:48.3\nSydney Park | 7:01.2 | 14:08.8 | 21:09.9\n"
            "Men's 8K | 2K | 4K | 6K | Finish\nOwen Kessler | 6:02.1 | 12:05.4 | 18:10.9 | 24:11.2\n")
    cells = split_tables(text).cells
    assert {text[s : s + 7]: (c.at, c.lap) for s, c in cells.items()} == {
        "6:58.4 ": ("2km", False), "13:57.0": ("4km", False), "7:01.2 ": ("2km", False), "14:08.8": ("4km", False),
        "6:02.1 ": ("2km", False), "12:05.4": ("4km", False), "18:10.9": ("6km", False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senior Women 6 km | 2 km | 4 km | Final\nEmma Lindqvist | 6:58.4 | 13:57.0 | 20:48.3\n", {"6:58.4 ": "2km", "13:57.0": "4km"}),
        ("Women's 5000m | 1000m | 2000m | Finish\nEmma Lindqvist | 3:08.4 | 6:17.0 | 15:48.3\n", {"3:08.4 ": "1000m", "6:17.0 ": "2000m"}),
        ("Women's 6K | 2024 | 2025\nEmma Lindqvist | 21:02.1 | 20:48.3\nSydney Park | 21:30.0 | 21:09.9\n", {}),
    ],
    ids=["senior-women-6-km", "metres", "years-are-no-points"],
)
def test_tables_a_race_s_label_over_its_runners_however_written(text: str, expected: dict) -> None:
    """A race's label over the runners' column written with its age group or in metres ("Senior Women 6 km", "Women's 5000m");
    a column of years is no point ("Women's 6K | 2024 | 2025": a review's probe)."""
    assert {text[s : s + 7]: c.at for s, c in split_tables(text).cells.items()} == expected


def test_tables_a_point_of_2000_is_no_year() -> None:
    """"Athlete  1000  2000  Finish": the 2000 is a point, not a year's column (years are read as such from 1900 to 1999 and
    2010 to 2029 only)."""
    text = "Athlete | 1000 | 2000 | Finish\nTom Price | 2:40.1 | 5:21.0 | 8:01.30\n"
    assert {text[s : s + 6]: c.at for s, c in split_tables(text).cells.items()} == {"2:40.1": "1000m", "5:21.0": "2000m"}


def test_tables_runners_side_by_side_between_bars() -> None:
    """"Aid station (mile) | Ashdown | Ocampo" over "Cottonwood Lake (13.4) | 2:01:15 | 2:00:58": each runner's time at the
    row's point, in the header's unit; the places are checkpoints; a last row whose times the text tells as a finish is the
    finish."""
    text = ("Ashdown won in 18:02:33 and Ocampo was second in 18:39:51.\n\nAid station (mile) | Ashdown | Ocampo\n"
            "Cottonwood Lake (13.4) | 2:01:15 | 2:00:58\nTincup (31.0) | 5:02:40 | 5:01:55\nFinish (100.4) | 18:02:33 | 18:39:51\n")
    cells = {text[s : s + 7]: (c.at, round(c.distance_m)) for s, c in split_tables(text).cells.items()}
    assert cells == {"2:01:15": ("13.4 miles", 21565), "2:00:58": ("13.4 miles", 21565), "5:02:40": ("31.0 miles", 49890),
                     "5:01:55": ("31.0 miles", 49890)}
    assert checkpoint_distances(text) == {"Cottonwood Lake": 21565.16, "Tincup": 49889.54}


def test_tables_quarters_of_a_mile() -> None:
    """A road mile's table of quarters ("Quarter | Cumulative | Split" over "1/4 | 58.9 | 58.9"): each row at its share of a
    mile, the "Split" column each quarter's own time, and a "Finish" row after "3/4" the mile (its time the result's); rows
    that say their mile need no such header ("1/2 mile | 2:10.1")."""
    text = ("Quarter | Cumulative | Split\n"
            "1/4 | 58.9 | 58.9\n"
            "1/2 | 1:57.4 | 58.5\n"
            "3/4 | 2:55.0 | 57.6\n"
            "Finish | 3:50.6 | 55.6\n")
    assert [(c[0], c[1], c[2]) for c in cells(text)] == [
        ("58.9", "1/4 mile", False), ("58.9", "1/4 mile", True), ("1:57.4", "1/2 mile", False), ("58.5", "1/2 mile", True),
        ("2:55.0", "3/4 mile", False), ("57.6", "3/4 mile", True), ("3:50.6", "finish", False), ("55.6", "finish", True)]
    said = "Point | Time\n1/4 mile | 65.2\n1/2 mile | 2:10.1\n"
    assert [(c[0], c[1]) for c in cells(said)] == [("65.2", "1/4 mile"), ("2:10.1", "1/2 mile")]
    assert cells("Share | Time\n1/4 | 65.2\n1/2 | 2:10.1\n") == []  # (no quarters said)


def test_tables_runners_side_by_side_at_aid_stations_between_dashes_and_slashes() -> None:
    """"Aid station (mile) – Holloway / Araya" over "Hurricane Creek (8.1) – 1:08:40 / 1:08:41": the slash table's header may
    name its points aid stations; the rows' places are checkpoints."""
    text = ("Holloway won in 7:48:12 and Araya was second in 7:55:21.\n\nAid station (mile) – Holloway / Araya\n"
            "Hurricane Creek (8.1) – 1:08:40 / 1:08:41\nEcho Lake (14.6) – 2:19:05 / 2:18:50\nFinish (50.3) – 7:48:12 / 7:55:21\n")
    cells = {text[s : s + 7]: (c.at, round(c.distance_m)) for s, c in split_tables(text).cells.items()}
    assert cells == {"1:08:40": ("8.1 miles", 13036), "1:08:41": ("8.1 miles", 13036), "2:19:05": ("14.6 miles", 23496),
                     "2:18:50": ("14.6 miles", 23496)}
    assert set(checkpoint_distances(text)) == {"Hurricane Creek", "Echo Lake"}


def test_tables_a_last_row_named_the_finish_is_the_finish() -> None:
    """"Finish (31.0) – 4:58:11 / 5:01:30" under a slash table of aid stations is the finish, its times told nowhere else in the
    text: no splits."""
    text = ("Aid station (mile) – Holloway / Araya\nHurricane Creek (8.1) – 1:08:40 / 1:08:41\nEcho Lake (14.6) – 2:19:05 / 2:18:50\n"
            "Finish (31.0) – 4:58:11 / 5:01:30\n")
    assert sorted(text[s : s + 7] for s in split_tables(text).cells) == ["1:08:40", "1:08:41", "2:18:50", "2:19:05"]


def test_tables_named_checkpoints_with_their_distance_and_the_way_back() -> None:
    """An out-and-back hill race's checkpoints by name, their distance in a bracket, one column per runner: "Forest gate (return)"
    is as far from the finish as the gate is from the start ("Finish (11km)" says how far that is), and the finish row is the
    result's, passed over."""
    text = ("Checkpoint                Macrae    Rennie\n"
            "Forest gate (2.6km)       10:41     12:58\n"
            "Summit (5.5km)            27:05     31:47\n"
            "Forest gate (return)      41:12     47:20\n"
            "Finish (11km)             52:18     58:47\n")
    found = split_tables(text).cells
    assert [(text[k : k + 5], c.at, c.distance_m, text[slice(*c.header)]) for k, c in sorted(found.items())] == [
        ("10:41", "Forest gate (2.6km)", 2600.0, "Macrae"), ("12:58", "Forest gate (2.6km)", 2600.0, "Rennie"),
        ("27:05", "Summit (5.5km)", 5500.0, "Macrae"), ("31:47", "Summit (5.5km)", 5500.0, "Rennie"),
        ("41:12", "Forest gate (return)", 8400.0, "Macrae"), ("47:20", "Forest gate (return)", 8400.0, "Rennie"),
    ]
    unplaced = text.replace("Finish (11km) ", "Finish        ")  # (no finish's distance: the way back's point is not placed)
    assert [c.at for c in split_tables(unplaced).cells.values()].count("Forest gate (return)") == 0


def test_tables_a_runner_s_splits_on_one_line_under_a_splits_heading() -> None:
    """"SPLITS (elapsed)" over "Caleb Olson: Lyon Ridge (10.3) 1:41:10; Robinson Flat (30.3) 4:28:15; ..." and "Abby Hall: Lyon
    Ridge 1:58:40; ...": each time the runner's split at its point, in miles where the text measures in miles, a point's
    distance taken from the line that gives it; not such a line under no splits heading."""
    lines = ("Caleb Olson: Lyon Ridge (10.3) 1:41:10; Robinson Flat (30.3) 4:28:15; Devil's Thumb (47.8) 6:46:20.\n\n"
             "Abby Hall: Lyon Ridge 1:58:40; Robinson Flat 5:16:05; Devil's Thumb 7:58:00.\n")
    text = "Caleb Olson won the Western States 100 miles in 14:04:12.\n\nSPLITS (elapsed)\n\n" + lines
    found = split_tables(text).cells
    assert [(text[k : k + 7].rstrip(";."), c.at, c.distance_m, text[slice(*c.row)]) for k, c in sorted(found.items())] == [
        ("1:41:10", "Lyon Ridge", 16576.2, "Caleb Olson"), ("4:28:15", "Robinson Flat", 48763.0, "Caleb Olson"),
        ("6:46:20", "Devil's Thumb", 76926.45, "Caleb Olson"), ("1:58:40", "Lyon Ridge", 16576.2, "Abby Hall"),
        ("5:16:05", "Robinson Flat", 48763.0, "Abby Hall"), ("7:58:00", "Devil's Thumb", 76926.45, "Abby Hall")]
    assert split_tables("Caleb Olson won the Western States 100 miles in 14:04:12.\n\nLast year\n\n" + lines).cells == {}
    from pipeline.api import extract  # (the brackets' distances are no times of the runner: the review's "10.3" performance)

    assert [p.time for p in extract(text).performances] == ["14:04:12"]
