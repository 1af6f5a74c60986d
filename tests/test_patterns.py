"""Tests for pipeline.patterns: the named regexes, exercised directly on the examples their
comments promise (and on near misses they must leave alone)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import patterns as P

# ---- CLOCK_TIME ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr stopped the clock at 3:45.34 in Oslo.", ("3:45.34", None, "3", "45", "34")),
        ("He was through 800m in 1:52.74.", ("1:52.74", None, "1", "52", "74")),
        ("Kipchoge won in 2:05:41 on a cold morning.", ("2:05:41", "2", "05", "41", None)),
        ("She ran 27:51.3 for 10,000m.", ("27:51.3", None, "27", "51", "3")),
        ("The half marathon took 1:27:40.", ("1:27:40", "1", "27", "40", None)),
        ("Nuguse clocked 3:43.97, a record.", ("3:43.97", None, "3", "43", "97")),
    ],
    ids=["mile", "split", "hours", "tenths", "hours-no-fraction", "comma-after"],
)
def test_patterns_clock_time_matches(text: str, expected: tuple) -> None:
    m = P.CLOCK_TIME.search(text)
    assert m is not None
    assert (m.group(), m.group("h"), m.group("m"), m.group("s"), m.group("f")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He runs 100 miles a week.",
        "The ratio was 3.45 to one.",
        "Version 1.2.3:45 of the app.",
        "Final score 3-1 to the hosts.",
    ],
    ids=["no-colon", "decimal-only", "glued-to-version", "score"],
)
def test_patterns_clock_time_ignores_non_clocks(text: str) -> None:
    assert P.CLOCK_TIME.search(text) is None


# ---- WORDED_TIME -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won in 3 minutes 45.34 seconds.", (None, "3", "45.34")),
        ("She clocked 3 minutes, 45.60 seconds.", (None, "3", "45.60")),
        ("a time of three minutes 31.20 in Monaco", (None, "three", "31.20")),
        ("she ran one minute 58.1 seconds", (None, "one", "58.1")),
        ("inside 3 minutes and 49 seconds", (None, "3", "49")),
        ("Kipchoge ran 2 hours, 5 minutes and 41 seconds.", ("2", "5", "41")),
        ("Three Minutes 50.1 Seconds", (None, "Three", "50.1")),
    ],
    ids=["digits", "comma", "words-no-unit", "one-minute", "and", "hours", "title-case"],
)
def test_patterns_worded_time_groups(text: str, expected: tuple) -> None:
    m = P.WORDED_TIME.search(text)
    assert m is not None
    assert (m.group("h"), m.group("m"), m.group("s")) == expected


def test_patterns_worded_time_needs_minutes() -> None:
    assert P.WORDED_TIME.search("He won by 3 seconds over 45 metres.") is None


# ---- DECIMAL_TIME and the seconds unit -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("through 400m in 55.91", "55.91"),
        ("Lyles won in 9.84 seconds", "9.84"),
        ("a photo-finish 10.034", "10.034"),
        ("she ran 12.31sec", "12.31"),
        ("a wind of +1.2m/s", None),
        ("tickets cost £10.50", None),
        ("the 3:45.34 run", None),
    ],
    ids=["split", "seconds", "thousandths", "glued-unit", "wind", "money", "inside-clock"],
)
def test_patterns_decimal_time(text: str, expected: str | None) -> None:
    m = P.DECIMAL_TIME.search(text)
    assert (m.group() if m else None) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [(" seconds later", True), ("sec in the heat", True), ("s flat", True), (" metres", False),
     (" in the final", False)],
)
def test_patterns_seconds_unit(after: str, expected: bool) -> None:
    assert bool(P.SECONDS_UNIT.match(after)) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [("pm start", True), (" a.m. local", True), ("m/s", True), ("% of the vote", True), (" million viewers", True),
     (" to win", False), (" seconds", False)],
)
def test_patterns_not_time_after(after: str, expected: bool) -> None:
    assert bool(P.NOT_TIME_AFTER.match(after)) is expected


@pytest.mark.parametrize(
    ("before", "pattern", "expected"),
    [
        ("nine men inside ", P.THRESHOLD_BEFORE, True),
        ("the first man to break ", P.THRESHOLD_BEFORE, True),
        ("He clocked ", P.THRESHOLD_BEFORE, False),
        ("won by ", P.MARGIN_BEFORE, True),
        ("by just ", P.MARGIN_BEFORE, True),
        ("a margin of ", P.MARGIN_BEFORE, True),
        ("finished in ", P.MARGIN_BEFORE, False),
        ("The race started at ", P.CLOCK_OF_DAY_BEFORE, True),
        ("He finished in ", P.CLOCK_OF_DAY_BEFORE, False),
        ("Next meeting: Doha, first event at ", P.CLOCK_OF_DAY_BEFORE, True),
        ("The evening session is at ", P.CLOCK_OF_DAY_BEFORE, True),
        ("He passed 3000m at ", P.CLOCK_OF_DAY_BEFORE, False),
    ],
)
def test_patterns_time_context_before(before: str, pattern, expected: bool) -> None:
    assert bool(pattern.search(before)) is expected


# ---- EVENT_METRES and EVENT_WORDS ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 1,500 metres final", ("1,500", None)),
        ("the 1500 meters", ("1500", None)),
        ("won the 1500m", ("1500", None)),
        ("an 800-metre specialist", ("800", None)),
        ("the 110m hurdles", ("110", " hurdles")),
        ("the 3000m steeplechase", ("3000", " steeplechase")),
        ("the 10,000m", ("10,000", None)),
    ],
    ids=["comma-metres", "meters", "m", "hyphen-metre", "hurdles", "steeplechase", "ten-k"],
)
def test_patterns_event_metres(text: str, expected: tuple) -> None:
    m = P.EVENT_METRES.search(text)
    assert m is not None
    assert (m.group("d"), m.group("kind")) == expected


@pytest.mark.parametrize(
    "text",
    ["he was 5m clear", "a 2.5m gap", "a mass of 1500mg", "3:45.34m"],
    ids=["one-digit", "decimal", "longer-unit", "after-time"],
)
def test_patterns_event_metres_ignores(text: str) -> None:
    assert P.EVENT_METRES.search(text) is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("the metric mile", "metric"),
        ("the two miles at Millrose", "two"),
        ("the 2-mile race", "two"),
        ("the Bowerman Mile", "mile"),
        ("won the Bowerman-Meile", "mile"),  # left in German by translation
        ("over the English Meile", "mile"),
        ("the half-marathon", "half"),
        ("the London Marathon", "marathon"),
        ("a 10km road race", "km"),
        ("the steeplechase", "steeple"),
    ],
)
def test_patterns_event_words(text: str, group: str) -> None:
    m = P.EVENT_WORDS.search(text)
    assert m is not None
    assert m.group(group)


@pytest.mark.parametrize(
    ("after", "pattern", "expected"),
    [
        (" to go", P.DISTANCE_POSITION_AFTER, True),
        (" remaining", P.DISTANCE_POSITION_AFTER, True),
        (" final on Sunday", P.DISTANCE_POSITION_AFTER, False),
        (" world champion", P.EVENT_TITLE_AFTER, True),
        (" Olympic gold medallist", P.EVENT_TITLE_AFTER, True),
        (" final on Sunday", P.EVENT_TITLE_AFTER, False),
    ],
)
def test_patterns_event_context_after(after: str, pattern, expected: bool) -> None:
    assert bool(pattern.match(after)) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [("passed the first ", True), ("By ", True), ("with ", True), ("He won the ", False), ("the men's ", False)],
)
def test_patterns_distance_position_before(before: str, expected: bool) -> None:
    assert bool(P.DISTANCE_POSITION_BEFORE.search(before)) is expected


# ---- PLACE_ORDINAL and PLACE_WORD ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingebrigtsen finished second in 3:45.60", "second"),
        ("Nuguse was fifth in 3:46.22", "fifth"),
        ("Gourley came home in third", "third"),
        ("Hocker, in fourth,", "fourth"),
        ("she placed 3rd", "3rd"),
        ("Kessler took seventh", "seventh"),
        ("a sixth place finish", "sixth"),
        ("the third-placed Kenyan", "third"),
        ("won his second world title", None),
        ("finished third fastest of the year", None),
        ("was second lap leader", None),
        ("in second consecutive season", None),
        ("has closed sixth in 3:58.70", "sixth"),
        ("Second is arrived Diribe Welteji", "Second"),
        ("The race was fast. Second was Welteji", "Second"),
        ("In the first ever road mile", None),
        ("A second attempt failed", None),
        ("had nothing left and faded to fifth in 3:32.88", "fifth"),
        ("dropped to fifth with a lap to go", None),
        ("was the top home finisher, sixth in 2:06:05", "sixth"),
    ],
)
def test_patterns_place_ordinal(text: str, expected: str | None) -> None:
    m = P.PLACE_ORDINAL.search(text)
    got = next((g for g in (m.group("ord"), m.group("ord2"), m.group("ord3"), m.group("ord4"), m.group("ord5"), m.group("ord6")) if g), None) if m else None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Runner-up Nuguse", "p2"),
        ("took silver", "p2"),
        ("the bronze medal", "p3"),
        ("Kerr won in", "p1"),
        ("to take gold", "p1"),
        ("a famous victory", "p1"),
        ("took the 3,000 steeplechase in 8:06.41", "p1"),
        ("taking the women's 1500m in 3:55.00", "p1"),
    ],
)
def test_patterns_place_word(text: str, group: str) -> None:
    m = P.PLACE_WORD.search(text)
    assert m is not None and m.group(group)


@pytest.mark.parametrize("text", ["took the lead in the last lap", "took the 1500m lightly", "took the bell"])
def test_patterns_place_word_took_the_needs_an_event_and_its_time(text: str) -> None:
    assert P.PLACE_WORD.search(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" (3:27.80) and Britain's ", True),
        (", the Jamaican ", True),
        (" in 3:28.10, and world champion ", True),
        (" took the 5000m and ", False),
        (", who was ", False),
    ],
)
def test_patterns_follower_gap(text: str, expected: bool) -> None:
    assert bool(P.FOLLOWER_GAP.fullmatch(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a night of great heat", False), ("the heat and humidity", False), ("won her heat", True), ("the heats", True),
     ("in the semi-finals", True)],
)
def test_patterns_round_cue_is_not_the_weather(text: str, expected: bool) -> None:
    assert bool(P.ROUND_CUE.search(text)) is expected


# ---- TAG_PATTERNS ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a new world record", ["world record"]),
        ("a new British record", ["national record"]),
        ("an American record", ["national record"]),
        ("a Kenyan women's record", ["national record"]),
        ("a European record", ["area record"]),
        ("a meeting record", ["meeting record"]),
        ("a championship record", ["meeting record"]),
        ("a personal best", ["personal best"]),
        ("a big PB", ["personal best"]),
        ("a lifetime best", ["personal best"]),
        ("a season's best", ["season's best"]),
        ("a season’s best", ["season's best"]),
        ("world-leading", ["world lead"]),
        ("a world lead", ["world lead"]),
        ("the fastest time in the world this year", ["world lead"]),
        ("the world record-holder", []),
        ("the British record holder", []),
        ("a superb run", []),
    ],
)
def test_patterns_tag_patterns(text: str, expected: list[str]) -> None:
    assert [tag for tag, pattern in P.TAG_PATTERNS.items() if pattern.search(text)] == expected


# ---- NAME_RUN and POSSESSIVE -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the great Hicham El Guerrouj ran", ["Hicham El Guerrouj"]),
        ("the winner Wayde van Niekerk won", ["Wayde van Niekerk"]),
        ("behind Sha’Carri Richardson today", ["Sha’Carri Richardson"]),
        ("behind Sha'Carri Richardson today", ["Sha'Carri Richardson"]),
        ("then Dina Asher-Smith won", ["Dina Asher-Smith"]),
        ("a win for Sydney McLaughlin-Levrone", ["Sydney McLaughlin-Levrone"]),
        ("then O'Brien kicked", ["O'Brien"]),
        ("KERR STUNS INGEBRIGTSEN", ["KERR STUNS INGEBRIGTSEN"]),
        ("as J. Cole said", ["J. Cole"]),
        ("Kerr’s win", ["Kerr"]),
    ],
    ids=["particle-El", "particle-van", "curly-apostrophe", "straight-apostrophe", "hyphen",
         "mc-and-hyphen", "o-apostrophe", "all-caps", "initial", "possessive-outside"],
)
def test_patterns_name_run(text: str, expected: list[str]) -> None:
    assert [m.group() for m in P.NAME_RUN.finditer(text) if m.group()[0].isupper()] == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("’s time", True),
        ("'s win", True),
        pytest.param(
            "' race", True,
        ),
        (" said", False),
        ("son", False),
    ],
)
def test_patterns_possessive(after: str, expected: bool) -> None:
    assert bool(P.POSSESSIVE.match(after)) is expected


# ---- countries, roles, credits -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pattern", "expected"),
    [
        ("Kenyan ", P.COUNTRY_BEFORE, "kenyan"),
        ("Britain’s ", P.COUNTRY_BEFORE, "britain"),
        ("fellow American ", P.COUNTRY_BEFORE, "american"),
        (" of the United States won", P.COUNTRY_AFTER, "united states"),
        (" of Kenya", P.COUNTRY_AFTER, "kenya"),
    ],
)
def test_patterns_country_cues(text: str, pattern, expected: str) -> None:
    m = pattern.search(text) if pattern is P.COUNTRY_BEFORE else pattern.match(text)
    assert m is not None and m.group("word").lower() == expected


def test_patterns_country_code() -> None:
    m = P.COUNTRY_CODE.match(" (GBR) 3:45.34")
    assert m is not None and m.group("code") == "GBR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr celebrates his win (Jan Figueroa)", "Jan Figueroa"),
        ("Kerr celebrates his win (Jan Figueroa) in Eugene", None),
    ],
)
def test_patterns_caption_credit(text: str, expected: str | None) -> None:
    m = P.CAPTION_CREDIT.search(text)
    assert (m.group("name") if m else None) == expected


@pytest.mark.parametrize(
    ("before", "pattern", "expected"),
    [
        ("pacemaker ", P.ROLE_PACEMAKER, True),
        ("the American pacer ", P.ROLE_PACEMAKER, True),
        ("the winner ", P.ROLE_PACEMAKER, False),
        ("his coach ", P.NON_ATHLETE_BEFORE, True),
        ("singer ", P.NON_ATHLETE_BEFORE, True),
        ("rival ", P.NON_ATHLETE_BEFORE, False),
    ],
)
def test_patterns_role_cues(before: str, pattern, expected: bool) -> None:
    assert bool(pattern.search(before)) is expected


# ---- quotes and sentences --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (", said an ebullient Kerr.", ("said", None)),
        (", he smiled.", (None, "he")),
        (" she added.", (None, "she")),
        (", Kerr said later.", None),  # the name comes first: the stage checks it, not the pattern
        (" and then he left.", None),
    ],
)
def test_patterns_attribution_after(after: str, expected: tuple | None) -> None:
    m = P.ATTRIBUTION_AFTER.match(after)
    assert (m.group("verb"), m.group("pron")) == expected if m else expected is None


@pytest.mark.parametrize(
    ("before", "expected"),
    [("Kerr said: ", True), ("telling The Times: ", True), ("Kerr said, ", True), ("Kerr won the race and ", False)],
)
def test_patterns_attribution_before(before: str, expected: bool) -> None:
    assert bool(P.ATTRIBUTION_BEFORE.search(before)) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [("a race known as the ", True), ("what was billed as the ", True), ("Kerr said ", False)],
)
def test_patterns_title_before(before: str, expected: bool) -> None:
    assert bool(P.TITLE_BEFORE.search(before)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr won. Nugus was second.", 1),
        ("He said “I won.” Then he left.", 1),
        ("He ran 3:45.34. Then he left.", 1),
        ("He ran 55.91 through 400m.", 0),
        ("Kerr won. then he left.", 0),
    ],
)
def test_patterns_sentence_end(text: str, expected: int) -> None:
    assert len(P.SENTENCE_END.findall(text)) == expected


def test_every_pattern_name_is_assigned_once():
    """A second `WORD = ...` further down would silently replace the first for every stage."""
    import ast
    import collections

    tree = ast.parse(Path(P.__file__).read_text(encoding="utf-8"))
    names = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)]
    assert [n for n, k in collections.Counter(names).items() if k > 1] == []


# ---- patterns of the 2026-12-01 round: each with a text it takes and one it must not ------------------


@pytest.mark.parametrize(
    ("pattern", "yes", "no"),
    [
        (P.DECIMAL_COMMA_TIME, "won in 53,07", "won the 1,500"),
        (P.PRIME_TIME, "won in 8'04\"12", "the 8'04 mark"),
        (P.SECONDS_MARK_TIME, "in 46''89", "a 6'2\" athlete"),
        (P.UNITS_TIME, "won in 8 min 05 s 12", "8 minutes of rain"),
        (P.DATELINE, "\nCASTELLÓN. The Ugandan Jacob Kiplimo won the 10K on Sunday in a record time", "\nDINA-MITE! Asher-Smith wins the European 100m title in Rome tonight"),
        (P.RANK_LINE_AFTER, " Yared Nuguse (New York, 8 February, indoors)", " Yared Nuguse (USA)"),
        (P.TITLE_APPOSITIVE, "Lemma, the 2024 Boston Marathon champion, held on", "Lemma, Mutiso and Petros, held on"),
        (P.RESULTS_HEADER, "Top of the result sheet:", "Some times from the night:"),
        (P.LAP_AFTER_TIME, " final lap to win", " final in Paris"),
        (P.YEAR_EDITION, "who won the 2022 race in", "who won in 2022 again"),
        (P.TOWN_BEFORE_STATE, "Mantz of Provo, ", "Mantz of Provo "),
        (P.RECORD_THAT_CLAUSE, "a course record that had stood since 2011", "a course record of 2:03:42"),
        (P.ROUND_AFTER, " (+0.6) in Friday's heats", " in Friday's final"),
        (P.RELAY, "the 4x100m relay team", "the 100m final"),
        (P.OTHER_MARK_BEFORE, "improved on the previous world lead of ", "won the lead pack of "),
        (P.OTHER_MARK_BEFORE, "The Japanese record remains the ", "The Japanese record was "),
        (P.SETTER_VERB_AFTER, " ran in Doha", " broke with ease"),
        (P.PAST_CUE, "had come into the race with a best of", "came into the home straight in"),
        (P.PAST_CUE, "in Eugene the previous weekend", "in Eugene on Sunday"),
        (P.DESCRIPTION_BEFORE, "The 23-year-old ", "Kenya's "),
        (P.AGENT_BEFORE, "a final won by Scotland's ", "a final won in "),
        (P.MIDRACE_CUE, "fifth turning into the home straight", "fifth in 4:05.94"),
        (P.HOURS_TIME, "fourth in 1h01:35", "at 10:00"),
        (P.PAST_CUE, "Back in 2019 he ran", "23 seconds back in 2:05:15"),
        (P.TOP_ROUNDED_OUT, "completed the top five", "completed the race"),
        (P.ORDINAL_RIGHT_BEFORE, "with the Moroccan second in ", "his second title in "),
        (P.CHAMPIONSHIP_MEDAL, "who won Olympic bronze in Paris", "The Olympic silver medallist"),
        (P.WITH_DESCRIPTION, ", with the Moroccan second", ", with a late kick"),
        (P.SHORT_SPRINT, "won the 60m in 6.51", "with 60m to go"),
        (P.FINAL_AFTER, " in the final", " in the heats"),
        (P.PRESENT_CUE, "On Friday she won", "In Florence that June"),
        (P.IN_YEAR, "Budapest in 2023", "the 2023 race"),
        (P.APPOSITIVE_RELATIVE, "Nuguse, the American who had looked so sharp in the semi-finals, was", "Nuguse, the American, was"),
        (P.NON_ATHLETE_BEFORE, "said BYU director of track and field ", "won the 5000m ahead of "),
        (P.ANAPHOR_SUBJECT, ", the Victorian said", "The Wanamaker Mile"),
        (P.POINT_SENTENCE_BEFORE, "21:23\nBell! ", "Georgia Bell. "),
        (P.TIMESTAMP, "\n21:52\nThat's all", "\nHe ran 3:52\n"),
        (P.DAY_WORD, "back tomorrow from 09:30", "passed 4km at 10:38"),
        (P.ACCORDING_TO_BEFORE, "According to his coach, ", "He went to "),
        (P.STILL_RECORD_AFTER, " for Olympic bronze in Paris remains the British record", " remains a mystery"),
        (P.COUNTRY_IN_GAP, " of the USA (", " of them ("),
        (P.HALF_MARATHON_AFTER, "the half marathon in 59:48", "the half in 61:02"),
        (P.DOTTED_MINUTES_TIME, "won in 1.45,88", "won in 1.45"),
        (P.COURSE_AFTER, " course from Newcastle", " mark passed Ketema"),
        (P.SPLIT_BLOCK, "before halfway, with Tola second in ", "through halfway in "),
        (P.WITH_OPENING, " with the world record 49,29", " the world record 49,29"),
        (P.TOWN_AFTER_IN, "had in Santa Pola\", said", "said Santa Pola runner"),
        (P.PAST_CUE, "who ran 14:25.01 in Rome earlier this summer", "later this summer"),
        (P.MONTH_ALONE, "opened at Velocity Fest in April with", "in June 2024"),
        (P.MONTH_ALONE, "In early May she clocked", "his first race since September"),
        (P.PROSE_END, "won in Brussels on Friday.", "CHEBET STORMS TO WIN IN BRUSSELS"),
        (P.OWNED_RECORD_BEFORE, "in which his best was a ", "in which his best race was won in "),
        (P.TIME_AFTER_DASH, " - 14:07 (Kiplimo)", ": 1. Hagos Gebrhiwet 12:51.08"),
        (P.SPLIT_POINT_BARE, "5km - ", "5km to go "),
        (P.PLACE_ORDINAL, "Joel Ayeko was 14th in 29:10", "the 14th edition of the race"),
        (P.PROSE_STAMP, "21:06 Cole Hocker is in the field", "12:57.08 Hocker"),
        (P.OTHER_MARK_BEFORE, "The previous limit, ", "The limit of "),
        (P.OTHER_MARK_BEFORE, "came in as the American record holder (", "the record holder won in "),
        (P.NON_ATHLETE_BEFORE, "My buddy ", "My rival "),
        (P.MEETING, "at the Leeds Abbey Dash yesterday", "a dash for the line"),
        (P.FUTURE_EVENT_BEFORE, "who is building towards a spring ", "who won the "),
        (P.ADJACENT_GAP, " a further six seconds back in ", " said afterwards in "),
        (P.ANONYMOUS_RECORD_BEFORE, "The old mark of ", "Kerr's old mark of "),
        (P.HOLDER_BEFORE, " belonged to Britain's ", " belonged in the "),
        (P.SET_IT_AFTER, " set it at the trials", " set off"),
        (P.PAST_CUE, "1:58,79 minutes from the past summer", "in the pastures"),
        (P.PLACE_WORD, "Hodgkinson retained her European 800m title", "Hodgkinson's title defence"),
        (P.CONTINUING_VERB, "went on", "said"),
        (P.MEDIA_BEFORE, "Mu with NBC's ", "Kenya's "),
        (P.PRONOUN_SAID_OPENING, "He said Rupp had apologised", "Rupp said he was sorry"),
        (P.NON_ATHLETE_AFTER, ", 54, who watched near the finish", ", who won in 2:08"),
        (P.PERSON_VERB_AFTER, " praised the atmosphere", " Stadium"),
        (P.PLACE_WORD, "Abdihamid Nur takes the national title in 13:24.37", "a title contender in 13:24.37"),
        (P.POINT_SENTENCE_BEFORE, "\n21:22 THE BELL! ", "ringing the bell! "),
    ],
    ids=lambda v: v.pattern[:20] if hasattr(v, "pattern") else None,
)
def test_patterns_of_this_round(pattern, yes: str, no: str) -> None:
    assert pattern.search(yes) is not None
    assert pattern.search(no) is None


# ---- patterns of everyday copy (blind batches C and D) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("won the title with 27 minutes 48 seconds 21.", ("27", "48", "21")),
        ("was second with 27 minutes 49 seconds 05, and the gap", ("27", "49", "05")),
        ("third with 27 minute 55 second 60 in the end", ("27", "55", "60")),
        ("finished in 3 minutes 45 seconds.", ("3", "45", None)),
        ("in 3 minutes 45 seconds 12 athletes were still", ("3", "45", None)),
        ("in 3 minutes 45 seconds 12.5 km later", ("3", "45", None)),
    ],
    ids=["hundredths", "hundredths-comma", "singular-units", "no-hundredths", "a-count-after", "a-distance-after"],
)
def test_patterns_worded_time_hundredths_after_the_seconds(text: str, expected: tuple) -> None:
    m = P.WORDED_TIME.search(text)
    assert (m.group("m"), m.group("s"), m.group("f")) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [("laughed off questions about ", True), ("had set his sights on ", True), ("a win for ", True),
     ("The title went to Kenya and ", False), ("", False)],
)
def test_patterns_preposition_before(before: str, expected: bool) -> None:
    assert bool(P.PREPOSITION_BEFORE.search(before)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan star, fourth in the Olympic marathon in Paris, was third here", ", fourth in the Olympic marathon in Paris"),
        ("Britain's Sam Hale, 12th at the Worlds, ran again", ", 12th at the Worlds"),
        ("Sam Hale, fourth in 61:05, was the best Briton", ", fourth in 61:05"),
    ],
)
def test_patterns_place_appositive(text: str, expected: str) -> None:
    m = P.PLACE_APPOSITIVE.search(text)
    assert m is not None and m.group() == expected


def test_patterns_place_appositive_needs_the_closing_comma() -> None:
    assert P.PLACE_APPOSITIVE.search("Sam Hale came home fourth in 61:05.") is None


@pytest.mark.parametrize(
    ("text", "town"),
    [("European Championships, Stadio Olimpico, Rome, June 7-12", "Rome"), ("at Hayward Field, Eugene, on Saturday", "Eugene"),
     ("Olympic Park, London\n", "London")],
)
def test_patterns_town_after_venue(text: str, town: str) -> None:
    assert P.TOWN_AFTER_VENUE.search(text).group("town") == town


def test_patterns_town_after_venue_not_a_list_of_names() -> None:
    assert P.TOWN_AFTER_VENUE.search("Hocker, Kerr, Nuguse and Ingebrigtsen ran") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the technical director of the national team, ", True), ("his long-time coach, ", True),
     ("the Kenyan", False), ("Marco Bellini, ", False)],
)
def test_patterns_role_then_name(text: str, expected: bool) -> None:
    assert bool(P.ROLE_THEN_NAME.fullmatch(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Clayton occupied the third position in 53.78", "third"), ("grabbed the third and final spot on the team in 1:44.07", "third"),
     ("Knight traversed the line fourth at 54.44s", "fourth"), ("Fifth position at the bell was Kerr", None),
     ("Third place at halfway: Hale", None)],
)
def test_patterns_place_ordinal_spot_and_position(text: str, expected: str | None) -> None:
    m = P.PLACE_ORDINAL.search(text)
    got = next((g for g in m.groups() if g), None) if m else None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Murphy, who won the 2021 Trials in 1:43.17", "2021"), ("since the 2019 Worlds in Doha", "2019"),
     ("at the 2024 Olympic Games", None), ("the 2024 Games", "2024")],
)
def test_patterns_year_edition(text: str, expected: str | None) -> None:
    m = P.YEAR_EDITION.search(text)
    assert (m.group("year") if m else None) == expected


@pytest.mark.parametrize(
    "before",
    ["erased her prior continental-best of ", "took down the prior world record of ", "beat his old all-time best of "],
)
def test_patterns_other_mark_before_prior_and_hyphens(before: str) -> None:
    assert P.OTHER_MARK_BEFORE.search(before)


@pytest.mark.parametrize(
    ("after", "expected"),
    [(", the race's executive director, said", True), (", a retired schoolteacher from Springfield", True),
     (", who has attended every Trials since 2008", True), (", who trains in Turin, dedicated", False),
     (", who trains the Kenyan squad", True)],
)
def test_patterns_non_athlete_after(after: str, expected: bool) -> None:
    assert bool(P.NON_ATHLETE_AFTER.match(after)) is expected


@pytest.mark.parametrize("verb", ["expressed", "mentioned", "observed", "pointed out", "conveyed"])
def test_patterns_speech_verbs_of_rewritten_copy(verb: str) -> None:
    assert P.SPEECH_VERB.fullmatch(verb)


@pytest.mark.parametrize(
    ("before", "expected"),
    [("Healy now turns her attention to the ", True), ("she will race at the ", True), ("heading to the ", True),
     ("in the build-up to the ", True), ("Kerr won at the ", False), ("who won gold at the ", False)],
)
def test_patterns_future_meeting_before(before: str, expected: bool) -> None:
    assert bool(P.FUTURE_MEETING_BEFORE.search(before)) is expected


@pytest.mark.parametrize(("before", "expected"), [("08:48 - ", True), ("", True), ("  ", True), ("Kerr won the ", False)])
def test_patterns_line_opening(before: str, expected: bool) -> None:
    assert bool(P.LINE_OPENING.fullmatch(before)) is expected


def test_patterns_each_name_is_defined_once() -> None:
    """A pattern defined twice under one name silently replaces the first for every stage that reads it (a second
    `THE_BEFORE` once turned the quotes stage's "the Bailey way" check into a school's): each name is assigned once."""
    import collections
    import inspect
    import re

    source = inspect.getsource(P)
    names = collections.Counter(re.findall(r"^([A-Z_][A-Z0-9_]*)\s*=", source, re.MULTILINE))
    assert [name for name, n in names.items() if n > 1] == []


def test_patterns_no_f_string_braces_left_evaluated() -> None:
    """A pattern written as an f-string turns "\\d{1,2}" into "\\d(1, 2)" (a tuple) unless its braces are doubled: no compiled
    pattern holds such a tuple, nor a name left unformatted ("{_ORD}")."""
    accidents = re.compile(r"\(\d+, \d+\)|\{_?[A-Z][A-Z_]*\}")
    assert [name for name, value in vars(P).items() if isinstance(value, re.Pattern) and accidents.search(value.pattern)] == []


def test_patterns_no_name_bound_twice() -> None:
    """A pattern's name given again further down the module silently replaces the first for every stage that uses it: each
    top-level name of `patterns` is bound once."""
    source = Path(P.__file__).read_text(encoding="utf-8")
    names = re.findall(r"(?m)^([A-Za-z_][A-Za-z0-9_]*)\s*=", source)
    assert sorted({name for name in names if names.count(name) > 1}) == []
