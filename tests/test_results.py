"""Tests for pipeline.stages.results: times of this race with athlete, place and tags; times of
other races (old records, earlier marks); inferred places."""

from __future__ import annotations

import pytest
import spacy

import pipeline.stages  # noqa: F401  (registers the factories)
from pipeline import patterns as P
from pipeline.errors import MissingStageError
from pipeline.stages.results import tags_in


def round_or_label(span) -> str:
    """A result of an earlier round as its round ("heats", "semi-finals"), else the span's label ("result", "other")."""
    return (span._.race.round or "result") if span.label_ == "result" else span.label_


def athlete_of(span) -> str | None:
    return span._.athlete.label_ if span._.athlete is not None else None


def results(doc) -> list[tuple[str, str, str | None, int | None]]:
    return [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]]


# ---- places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr won the men's 1500m in 3:27.79.", [("3:27.79", "Josh Kerr", 1)]),
        ("Jakob Ingebrigtsen finished second in 3:45.60.", [("3:45.60", "Jakob Ingebrigtsen", 2)]),
        ("Runner-up Yared Nuguse clocked 3:46.22.", [("3:46.22", "Yared Nuguse", 2)]),
        ("Keely Hodgkinson took silver in 1:56.61.", [("1:56.61", "Keely Hodgkinson", 2)]),
        ("Mary Moraa won bronze in 1:57.42.", [("1:57.42", "Mary Moraa", 3)]),
        ("Georgia Bell was in fifth in 3:52.61.", [("3:52.61", "Georgia Bell", 5)]),
        ("Laura Muir came home fourth in 3:53.79.", [("3:53.79", "Laura Muir", 4)]),
        ("Cole Hocker placed 3rd in 3:28.24.", [("3:28.24", "Cole Hocker", 3)]),
        ("Hobbs Kessler, in sixth, ran 3:29.45.", [("3:29.45", "Hobbs Kessler", 6)]),
        ("Faith Kipyegon took gold in 3:51.29.", [("3:51.29", "Faith Kipyegon", 1)]),
        ("Neil Gourley ran 3:47.51.", [("3:47.51", "Neil Gourley", None)]),
        (
            "Josh Kerr won in 3:45.34 and Jakob Ingebrigtsen was second in 3:45.60.",
            [("3:45.34", "Josh Kerr", 1), ("3:45.60", "Jakob Ingebrigtsen", 2)],
        ),
        (
            "Jakob Ingebrigtsen won his second world title in 3:29.38.",
            [("3:29.38", "Jakob Ingebrigtsen", 1)],
        ),
    ],
    ids=["won", "ordinal", "runner-up", "silver", "bronze", "in-fifth", "came-home", "3rd", "commas",
         "gold", "no-place", "two-in-a-sentence", "second-title-is-not-second"],
)
def test_results_places(doc_of, text: str, expected: list[tuple]) -> None:
    doc = doc_of(text)
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beatrice Chebet won the 5000m in 14:05.20 ahead of Gudaf Tsegay (14:06.11) and Ejgayehu Taye (14:08.00).",
            [("Beatrice Chebet", 1), ("Gudaf Tsegay", 2), ("Ejgayehu Taye", 3)],
        ),
        (
            "Yomif Kejelcha was first. He won in 26:31.01 before Berihu Aregawi (26:31.13) and Selemon Barega (26:34.93).",
            [("Yomif Kejelcha", 1), ("Berihu Aregawi", 2), ("Selemon Barega", 3)],
        ),
        (
            "Yared Nuguse was third in 3:28.01, in front of Britain's Neil Gourley (3:28.50).",
            [("Yared Nuguse", 3), ("Neil Gourley", 4)],
        ),
        (
            "Josh Kerr won in 3:27.79 before Cole Hocker ran 3:31.10 in the B race.",
            [("Josh Kerr", 1), ("Cole Hocker", None)],
        ),
        (
            "Josh Kerr won in 3:29.10 ahead of Cole Hocker (3:28.90).",
            [("Josh Kerr", 1), ("Cole Hocker", None)],
        ),
        (
            "Jamaica’s Roshawn Clarke took the men’s 400 metres hurdles in 46.70 from Abderrahman Samba of Qatar (46.95) "
            "and Rai Benjamin of the United States (47.51).",
            [("Roshawn Clarke", 1), ("Abderrahman Samba", 2), ("Rai Benjamin", 3)],
        ),
        (
            "Josh Kerr won in 3:29.10 from the front. Cole Hocker ran 3:30.90.",
            [("Josh Kerr", 1), ("Cole Hocker", None)],
        ),
        (
            "Chebet returned to win the 10,000m in 30:43.25, holding off Italy's Nadia Battocletti (30:43.35) and Sifan Hassan "
            "(30:44.12) in a desperate sprint.",
            [("Chebet", 1), ("Nadia Battocletti", 2), ("Sifan Hassan", 3)],
        ),
        (
            "Salomé Afonso won the 1500m with 4:14,38, in front of the club colleague Marta Pen Freitas, with 4:15,02.",
            [("Salomé Afonso", 1), ("Marta Pen Freitas", 2)],
        ),
        (  # a round's heats, each with its places: the second heat's runner-up is faster than the first heat's winner
            "In Friday's heats, Benson Kibet won heat one in 1:47.05 from Aaron Kemei (1:47.11). Wyclife Kinyamal took the "
            "second heat in 1:45.88 ahead of Collins Kipruto (1:46.10) and Alex Ngeno (1:46.33).",
            [("Benson Kibet", 1), ("Aaron Kemei", 2), ("Wyclife Kinyamal", 1), ("Collins Kipruto", 2), ("Alex Ngeno", 3)],
        ),
        (  # a heat's runner not said to win places nobody behind
            "In the heats, Emmanuel Wanyonyi eased through heat one in 1:46.02 ahead of Kelvin Loti (1:46.40).",
            [("Emmanuel Wanyonyi", None), ("Kelvin Loti", None)],
        ),
    ],
    ids=["ahead-of-list", "before-after-a-pronoun", "in-front-of-third", "before-a-clause-is-no-list",
         "times-out-of-order", "from-with-countries", "from-the-front-is-no-list", "holding-off-two", "club-colleague",
         "heat-winners-rivals", "heat-runner-unplaced"],
)
def test_results_followers_finish_in_the_order_named(doc_of, text: str, expected: list[tuple]) -> None:
    """Rivals listed after a placed athlete ("ahead of A (t) and B (t)") take the places behind."""
    doc = doc_of(text)
    assert [(athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The race was fast.\n\nSecond was Diribe Welteji in 3:54.09.", ("Diribe Welteji", 2)),
        ("The race was fast.\n\nSecond is arrived Diribe Welteji in 3:54.09.", ("Diribe Welteji", 2)),
        ("Nadia Battocletti has closed sixth in 3:58.70.", ("Nadia Battocletti", 6)),
        ("Soufiane El Bakkali took the 3,000 steeplechase in 8:06.41.", ("Soufiane El Bakkali", 1)),
        ("In the first ever road mile, Reynold Cheruiyot won bronze in 3:56.52.", ("Reynold Cheruiyot", 3)),
        ("Scot Neil Gourley warmed up the crowd with second in the 1500m in 3:32.1.", ("Neil Gourley", 2)),
        ("The 5K was quick.\n\nFirst man home was Dundee Hawkhill Harriers' Craig Nicoll, 29, in 15:34.", ("Craig Nicoll", 1)),
        ("The 10K was quick.\n\nThird woman was Beth Collins of Shropshire Shufflers in 35:12.", ("Beth Collins", 3)),
        ("The 10K was quick.\n\nSecond Strider and first lady was Priya Raman in 1:04:12.", ("Priya Raman", None)),
        ("Bushy parkrun. Tom Hadley was our first finisher, 3rd overall in 16:58.", ("Tom Hadley", 3)),
        ("Bushy parkrun results:\n- Tom Hadley – 16:58 (3rd overall)\n", ("Tom Hadley", 3)),
        ("Club medallists:\n\nSenior Men 1500m – 2nd Oliver Grant 3:58.41 PB\n", ("Oliver Grant", 2)),
        ("WOMEN'S 1500 METERS - FINAL\nPlace | Athlete | Affiliation | Time\n5 | Heather MacLean | New Balance | 4:05.11\n",
         ("Heather MacLean", 5)),
        ("The wheelchair race was close, Catherine Debrunner edging Susannah Scaroni by one second in 1:38:12.", ("Catherine Debrunner", None)),
    ],
    ids=["ordinal-opens-the-sentence", "translated-is-arrived", "closed-sixth", "took-the-event-in", "first-ever-is-no-place",
         "with-second-in", "first-man-home-was-a-club-s", "third-woman-was", "a-club-s-own-ranking-is-no-place",
         "overall-in", "overall-in-a-bracket", "a-dash-then-the-place", "a-table-row", "by-one-second-is-no-place"],
)
def test_results_more_ways_to_say_a_place(doc_of, text: str, expected: tuple) -> None:
    (r,) = [r for r in doc_of(text).spans["results"] if r.label_ == "result"]
    assert (athlete_of(r), r._.place) == expected


def test_results_tied_places_in_a_results_list(doc_of) -> None:
    text = ("Femke Bol won in 52.84.\n\n1. Femke Bol (NED) 52.84\n=2. Rushell Clayton (JAM) 53.91\n"
            "=2. Anna Cockrell (USA) 53.91\n4. Shamier Little (USA) 54.37")
    got = {(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]}
    assert got == {("Femke Bol", 1), ("Rushell Clayton", 2), ("Anna Cockrell", 2), ("Shamier Little", 4)}


def test_results_a_round_named_in_an_aside_dates_only_the_aside(doc_of) -> None:
    doc = doc_of("Kishane Thompson, who jogged his heat in 10.01 two hours earlier, won the 100m in 9.89.")
    assert [(r.text, round_or_label(r)) for r in doc.spans["results"]] == [("10.01", "heats"), ("9.89", "result")]


def test_results_a_name_in_its_own_clause_after_a_time_is_not_its_runner(doc_of) -> None:
    doc = doc_of("Jemma Reekie was third in 4:18.33. Hall was fourth in 4:20.75, Katie Snowden ran a season's best for fifth.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("4:18.33", "Jemma Reekie"), ("4:20.75", "Hall")]


def test_results_a_pronoun_right_after_a_time_ran_it(doc_of) -> None:
    doc = doc_of("Elle St. Pierre won the mile in 4:17.02. It was not her record. That is still the 4:16.85 she ran here in 2021.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("4:17.02", "result", "Elle St. Pierre"), ("4:16.85", "other", "Elle St. Pierre"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Switzerland's Mujinga Kambundji grabbed silver in 11.05, with Poland's Ewa Swoboda taking bronze in 11.08.",
         [("11.05", "result", "Mujinga Kambundji", 2), ("11.08", "result", "Ewa Swoboda", 3)]),
        ("Louie Hinchliffe ran down Olympic champion Marcell Jacobs in the men's final to win in 10.02.",
         [("10.02", "result", "Louie Hinchliffe", 1)]),
        ("Louie Hinchliffe won the 100m final in 10.02. He had run 10.12 (+0.6) in Friday's heats and 10.08 in his semi.",
         [("10.02", "result", "Louie Hinchliffe", 1), ("10.12", "heats", "Louie Hinchliffe", None),
          ("10.08", "semi-finals", "Louie Hinchliffe", None)]),
        ("Dina Asher-Smith won the 100m in 10.99. She then anchored the 4x100m relay team to victory in 41.91.",
         [("10.99", "result", "Dina Asher-Smith", 1)]),
        ("Dina Asher-Smith is back. The Lewisham flyer, 28, stormed to 100m gold in 10.99sec (+0.4).",
         [("10.99", "result", "Dina Asher-Smith", 1)]),
    ],
    ids=["with-taking-bronze", "ran-down-an-object", "round-named-after-the-time", "relay-is-a-team", "tabloid-description"],
)
def test_results_sprint_reports(doc_of, text: str, expected: list[tuple]) -> None:
    doc = doc_of(text)
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc.spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jake Heyward settled for sixth place after he clocked a timing of 3:31.90.", [("Jake Heyward", 6)]),
        ("Jakob Ingebrigtsen clinched the men's 1500 metres contest in 3:29.74.", [("Jakob Ingebrigtsen", 1)]),
        ("In 2:05:12 hours the Belgian Bashir Abdi won the sprint before the Kenyan Evans Chebet, who came in with the "
         "same time 2:05:12 hours.", [("Bashir Abdi", 1), ("Evans Chebet", 2)]),
        ("Shiojiri Yuta won the 10000m in 27:09.80. The second was Ota Tomoki with 27:12.53, he also went under the "
         "old record.", [("Shiojiri Yuta", 1), ("Ota Tomoki", 2)]),
        ("Jakob Ingebrigtsen won the 1500m in 3:36,45. Second was the Belgian Jochem Vermeulen (3:37,02), and bronze "
         "took the Portuguese Izaak Nader in time 3:37,31.",
         [("Jakob Ingebrigtsen", 1), ("Jochem Vermeulen", 2), ("Izaak Nader", 3)]),
    ],
    ids=["settled-for-a-place", "clinched-the-contest", "relative-clause-is-its-own-window", "the-second-was",
         "second-was-the-nationality"],
)
def test_results_rewritten_and_translated_places(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


def test_results_a_season_or_month_last_dates_a_time(doc_of) -> None:
    text = ("Sarah Healy was fourth in a personal best of 4:06.12, taking a second off the 4:07.29 she ran in Boston last winter. "
            "Niels Laros won in 3:48.90. Last September he ran 3:29.54 for 1500 in Brussels.")
    got = [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]]
    assert got == [("4:06.12", "result", "Sarah Healy"), ("4:07.29", "other", "Sarah Healy"),
                   ("3:48.90", "result", "Niels Laros"), ("3:29.54", "other", "Niels Laros")]


def test_results_a_ranking_list_is_marks_of_other_races(doc_of) -> None:
    text = ("Niels Laros won the mile in 3:46.82.\n\nThe list before Saturday:\n\n"
            "1. 3:47.63 Yared Nuguse (New York, 8 February, indoors)\n2. 3:48.24 Hobbs Kessler (New York, 8 February)\n"
            "3. 3:26.73 Jakob Ingebrigtsen (Monaco 2024)")
    got = [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("3:46.82", "result", "Niels Laros", 1), ("3:47.63", "other", "Yared Nuguse", None),
                   ("3:48.24", "other", "Hobbs Kessler", None), ("3:26.73", "other", "Jakob Ingebrigtsen", None)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [("Top of the result sheet:", [1, 2, 3]), ("Some times from the night:", [None, None, None])],
    ids=["results-header", "no-results-header"],
)
def test_results_a_results_list_without_places_in_finishing_order(doc_of, header: str, expected: list) -> None:
    text = f"The Dream Mile went to Laros.\n\n{header}\n\nNiels Laros 3:46.82\nCole Hocker 3:47.05\nNeil Gourley 3:48.37\n"
    assert [r._.place for r in doc_of(text).spans["results"]] == expected


def test_results_a_final_won_by_someone_else(doc_of) -> None:
    """"clocked 3:34.62 ..., in a final won in 3:31.08 by Norway's Jakob Ingebrigtsen": the winner
    and his time come after; the "won" is his."""
    text = "Eoin Brennan clocked 3:34.62, a personal best, in a final won in 3:31.08 by Norway's Jakob Ingebrigtsen."
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("3:34.62", "Eoin Brennan", None), ("3:31.08", "Jakob Ingebrigtsen", 1)]


def test_results_a_place_in_an_earlier_round_is_not_the_final_place(doc_of) -> None:
    text = ("Cordell Tinch won the 110m hurdles in 12.96. Grant Holloway was second in 13.02.\n\n"
            "Holloway had won the first semifinal heat in 13.05, while Tinch took the second in 13.10.")
    got = [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got[:2] == [("12.96", "result", "Cordell Tinch", 1), ("13.02", "result", "Grant Holloway", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alexander Mutiso Munyao won the marathon in 2:03:21, taking 21 seconds off the course record of 2:03:42 set in 2011.",
         [("2:03:21", "result"), ("2:03:42", "other")]),
        ("Alexander Mutiso Munyao ran 2:03:21 to break a course record that had stood since 2011.", [("2:03:21", "result")]),
        ("Frankfurt Marathon report\n\nSisay Lemma, the 2024 Boston Marathon champion, held on for second in 2:04:05 "
         "at the Frankfurt Marathon.", [("2:04:05", "result")]),
        pytest.param(
            "In Florence that June she ran 3:49.11. Faith Kipyegon won in Eugene in 3:48.68.",
            [("3:49.11", "other"), ("3:48.68", "result")],
            marks=pytest.mark.xfail(reason="a paragraph that opens in the past keeps its later sentences there unless one comes "
                                           "back with a cue ('on Friday', 'tonight'): the trade made for columns that tell past races in order",
                                    strict=True),
        ),
        ("In Florence that June she ran 3:49.11. On Friday Faith Kipyegon won in Eugene in 3:48.68.",
         [("3:49.11", "other"), ("3:48.68", "result")]),
        # a month the lead does not name dates another race, in the time's stretch or the sentence's opening
        ("CHEBET WINS IN BRUSSELS\n\nBeatrice Chebet won the 5000m in Brussels on Friday in 14:09.52.\n\n"
         "In June she clocked 29:05.92 in Eugene. She opened at the Kip Keino Classic in April with 14:31.20.",
         [("14:09.52", "result"), ("29:05.92", "other"), ("14:31.20", "other")]),
        # ... but not one the lead names, nor one said of a race after the time ("since September")
        ("Beatrice Chebet won the 5000m in Brussels on 12 September in 14:09.52.\n\nIn September she has now won "
         "twice: Agnes Ngetich was second in 14:12.10, in her first race since June.",
         [("14:09.52", "result"), ("14:12.10", "result")]),
        ("Kerr won the Bislett mile in 3:47.40 on Thursday 11 June 2026.\n\nMay 2024 brought the Bowerman Mile, where Kerr ran "
         "3:45.34. In Paris that August he was beaten. Kerr took silver in 3:27.79.",
         [("3:47.40", "result"), ("3:45.34", "other"), ("3:27.79", "other")]),
    ],
    ids=["cue-after-the-next-time", "record-that-had-stood", "title-appositive", "that-june", "that-june-then-on-friday",
         "a-month-the-lead-does-not-name", "a-month-the-lead-names", "a-paragraph-about-the-past"],
)
def test_results_what_dates_a_time(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faith Cherotich won in 8:58.20. Beatrice Chepkoech was fourth in 9:07.40. Cherotich's time took three seconds off "
         "the previous meeting record of 9:01.49, set by Chepkoech in 2022.",
         [("8:58.20", "result", "Faith Cherotich"), ("9:07.40", "result", "Beatrice Chepkoech"), ("9:01.49", "other", "Beatrice Chepkoech")]),
        ("Faith Cherotich won in 8:58.20 and improved on the previous world lead of 9:02.13, which Winfred Yavi ran in Doha.",
         [("8:58.20", "result", "Faith Cherotich"), ("9:02.13", "other", "Winfred Yavi")]),
        ("Kibiwott Kandie won in 1:00:21. Kandie's time took 17 seconds off the previous course best of 1:00:38, which Kandie "
         "broke with ease.", [("1:00:21", "result", "Kibiwott Kandie"), ("1:00:38", "other", None)]),
        ("Tigist Ketema won on March 9, 2025 in 2:17:08. The Japanese record remains the 2:18:59 run by Honami Maeda.",
         [("2:17:08", "result", "Tigist Ketema"), ("2:18:59", "other", "Honami Maeda")]),
        ("Daniel Simiu Ebenyo won the 10K in 27:41. Ebenyo's winning time was three seconds outside the course record of 27:38.",
         [("27:41", "result", "Daniel Simiu Ebenyo"), ("27:38", "other", None)]),
        ("Agnes Ngetich won in 30:21, just short of the world best of 28:46 she set in Valencia.",
         [("30:21", "result", "Agnes Ngetich"), ("28:46", "other", "Agnes Ngetich")]),
        ("In the W60 grade Margaret Ellis clocked 42:30, inside the New Zealand W60 10km road record of 42:51, pending ratification.",
         [("42:30", "result", "Margaret Ellis"), ("42:51", "other", None)]),
        ("Tom Baird ran 31:02 to win the M50 grade, well inside the record of 31:40.",
         [("31:02", "result", "Tom Baird"), ("31:40", "other", None)]),
        ("Brahim Boutayeb broke away to win the 10,000m in an Olympic record of 27:21.46.", [("27:21.46", "result", "Brahim Boutayeb")]),
    ],
    ids=["set-by-after-a-comma", "which-x-ran", "broken-record-of-nobody-named", "record-remains", "missed-record-of-nobody-named",
         "missed-record-whose-setter-is-named-after", "a-record-run-inside-six-words-after", "a-record-run-well-inside",
         "broke-away-to-win-in-a-record-is-this-race-s"],
)
def test_results_whose_old_mark(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Narve Gilje Nordås won the 5000m in 12:50.10. The 26-year-old had come into the race with a best of 12:57.48.",
         [("12:50.10", "result"), ("12:57.48", "other")]),
        ("Faith Kipyegon won the 1500m in 3:51.20. She had lowered her world record to 3:48.68 in Eugene the previous weekend.",
         [("3:51.20", "result"), ("3:48.68", "other")]),
        ("Tigist Ketema won on March 9, 2025 in 2:17:08. Honami Maeda ran 2:18:59 in Osaka in January 2024.",
         [("2:17:08", "result"), ("2:18:59", "other")]),
        ("Tigist Ketema won on March 9, 2025 in 2:17:08. Honami Maeda ran 2:18:59 in Nagoya on March 9, 2025.",
         [("2:17:08", "result"), ("2:18:59", "result")]),
    ],
    ids=["came-into-the-race-with", "the-previous-weekend", "month-of-another-year", "date-of-this-race"],
)
def test_results_more_of_what_dates_a_time(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


def test_results_a_place_while_turning_into_the_straight_is_no_finishing_place(doc_of) -> None:
    text = ("Laura Muir won in 4:04.37. Sarah Healy was fourth in 4:05.29. "
            "Healy was fifth turning into the home straight and passed Katie Snowden late.")
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("Laura Muir", 1), ("Sarah Healy", 4)]


def test_results_an_agent_of_a_passive_is_no_antecedent(doc_of) -> None:
    text = ("Sarah Healy came fourth in a women's 1500m final won by Laura Muir.\n\n"
            "The 23-year-old crossed the line in 4:05.29.")
    assert [athlete_of(r) for r in doc_of(text).spans["results"]] == ["Sarah Healy"]


def test_results_a_with_phrase_is_dated_by_its_clause(doc_of) -> None:
    text = ("Natalia Kaczmarek won the 400m in 50.12 on 4 June 2025. Irena Szewińska won the Olympic gold in 1976 in "
            "Montreal, with the world record 49.29.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [("50.12", "result"), ("49.29", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 800 metres of men the victory took Patryk Sieradzki in 1:45.88, before Krzystof Roznicki (1:46.20).",
         [("1:45.88", "Patryk Sieradzki", 1), ("1:46.20", "Krzystof Roznicki", 2)]),
        ("Abel Kipchumba had waited a long time to run under the hour again. The Kenyan won the half marathon on Sunday "
         "in 59:48, shaking off Ethiopia's Amedework Walelegn.", [("59:48", "Abel Kipchumba", 1)]),
    ],
    ids=["no-object-across-a-verb", "a-nationality-no-athlete-is-said-to-have"],
)
def test_results_translated_and_described_subjects(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Djamel Sedjati, whose personal best of 1:41.46 dates from July 2024, was third in 1:43.02.",
         [("1:41.46", "other", "Djamel Sedjati"), ("1:43.02", "result", "Djamel Sedjati")]),
        ("Jessica Hull won in 3:56.14. The 29-year-old, who still holds the world record for 2000m at 5:19.70, likes to lead.",
         [("3:56.14", "result", "Jessica Hull"), ("5:19.70", "other", "Jessica Hull")]),
        ("Georgia Bell was second in 3:56.90. Bell, whose 3:52.61 for Olympic bronze in Paris remains the British record, was pleased.",
         [("3:56.90", "result", "Georgia Bell"), ("3:52.61", "other", "Georgia Bell")]),
    ],
    ids=["dates-from", "holds-the-record-at", "remains-the-record"],
)
def test_results_marks_held_and_dated_after_the_time(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France's Azeddine Habz was third in 3:30.40, just ahead of Yared Nuguse of the USA (3:30.95).",
         [("3:30.40", "Azeddine Habz", 3), ("3:30.95", "Yared Nuguse", 4)]),
        ("Jessica Hull won in 3:56.14, with Britain's Georgia Bell second in a season's best 3:56.90 and Kenya's Nelly "
         "Chepchirchir third in 3:57.33. The 29-year-old, who holds the world record for 2000m at 5:19.70, likes to lead.",
         [("3:56.14", "Jessica Hull", 1), ("3:56.90", "Georgia Bell", 2), ("3:57.33", "Nelly Chepchirchir", 3),
          ("5:19.70", "Jessica Hull", None)]),
    ],
    ids=["country-in-capitals", "a-with-phrase-longer-than-the-window"],
)
def test_results_rivals_in_everyday_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_an_athlete_in_prose_and_in_the_list_below_is_one_result(doc_of) -> None:
    text = ("Ky Robinson finished third at The TEN on Saturday in 27:11.47.\n\n"
            "Men's 10,000m\n1. Grant Fisher (USA) 27:05.10\n3. Ky Robinson (AUS) 27:11.47\n\n"
            "Women's 10,000m\n1. Weini Kelati (USA) 30:35.60")
    races = {r.text + "@" + str(r.start_char): r._.race.sex for r in doc_of(text).spans["results"] if r.text == "27:11.47"}
    assert set(races.values()) == {"men"}


def test_results_a_place_then_a_comma_then_the_time(doc_of) -> None:
    text = "Amos Serem won the steeplechase in 8:12.46 and Ryoma Aoki was sixth. Aoki sixth, 8:24.97."
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("8:12.46", "Amos Serem", 1), ("8:24.97", "Ryoma Aoki", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lauren Ryan was second in 30:39.75. Her previous best was 30:58.54, set in 2024.",
         [("30:39.75", "result", "Lauren Ryan"), ("30:58.54", "other", "Lauren Ryan")]),
        ("Riley Chamberlain finished second in 4:31.66. Her previous PR was 4:33.02.",
         [("4:31.66", "result", "Riley Chamberlain"), ("4:33.02", "other", "Riley Chamberlain")]),
        ("Roshawn Clarke went clear, already a metre up on Jaheel Hyde, and crossed the line in 47.85sec.",
         [("47.85", "result", "Roshawn Clarke")]),
    ],
    ids=["her-previous-best-was", "previous-pr", "up-on-a-rival"],
)
def test_results_previous_bests_and_rivals_behind(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_an_aside_about_an_earlier_round_dates_nothing_after_it(doc_of) -> None:
    text = "Yared Nuguse, the American who had looked so sharp in the semi-finals, was fifth in 3:30.25."
    assert [(r.text, r.label_, r._.place) for r in doc_of(text).spans["results"]] == [("3:30.25", "result", 5)]


def test_results_a_description_after_a_pronoun_is_the_nearer_subject(doc_of) -> None:
    text = ("Jakob Ingebrigtsen of Norway won in Tokyo. Josh Kerr was third.\n\n"
            "Two years ago in Tokyo he took Olympic bronze as the Norwegian won gold in an Olympic record of 3:28.32.")
    assert [athlete_of(r) for r in doc_of(text).spans["results"]] == ["Jakob Ingebrigtsen"]


def test_results_a_code_of_a_home_nation_in_a_results_table(doc_of) -> None:
    text = "Pos Name Nat Time\n1 Beatrice Chebet KEN 14:33.40\n5 Megan Keith SCO 14:47.31\n9 Izzy Fry XYZ 15:10.77"
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("Beatrice Chebet", 1), ("Megan Keith", 5), ("Izzy Fry", 9)]


def test_results_a_short_sprint_and_its_final(doc_of) -> None:
    text = ("Jeremiah Azu won the 60m in 6.51, improving on the 6.55 he ran in Lodz last week. Dominik Kopeć was second (6.54) "
            "and Jamaica's Ackeem Blake third (6.56). Ewa Swoboda clocked 7.08 in her heat and then improved to 7.02 in the final.")
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("6.51", "result", "Jeremiah Azu", 1), ("6.55", "other", "Jeremiah Azu", None), ("6.54", "result", "Dominik Kopeć", 2),
        ("6.56", "result", "Ackeem Blake", 3), ("7.08", "heats", "Ewa Swoboda", None), ("7.02", "result", "Ewa Swoboda", None)]


def test_results_a_rival_behind_by_a_margin(doc_of) -> None:
    text = "Jakob Ingebrigtsen won the Dream Mile in 3:47.12, with Josh Kerr 0.28 seconds behind in 3:47.40."
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("3:47.12", "Jakob Ingebrigtsen"), ("3:47.40", "Josh Kerr")]


def test_results_the_headline_athlete_is_the_protagonist(doc_of) -> None:
    text = ("KEELY'S BACK ON TOP\n\nKeely Hodgkinson won the 800m in 1:57.84 ahead of Jemma Reekie. Georgia Bell was third "
            "and Reekie second.\n\n“I felt in control,” said Keely.\n\n“Now it's all about the Europeans.”\n\n“Thanks.”\n\n"
            "The time was short of the British record of 1:54.61 she set in London two years ago.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]][-1] == ("1:54.61", "Keely Hodgkinson")


def test_results_a_race_named_by_no_event_takes_the_one_its_times_tell(doc_of) -> None:
    text = ("The TEN recap: Nico Young drops a 26:42\n\nNico Young won in 26:42.61. Grant Fisher was second in 26:43.20 "
            "and Jimmy Gressier third in 26:45.07.")
    assert {r._.race.event for r in doc_of(text).spans["results"]} == {"10000m"}
    ambiguous = doc_of("Cole Hocker won in 3:50.10 ahead of Yared Nuguse, second in 3:50.22.")  # a 1500m or a mile?
    assert {r._.race.event for r in ambiguous.spans["results"]} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Korir won in 2:04:52. Cybrian Kotut took the runner-up spot, 23 seconds back in 2:05:15. Conner Mantz "
         "completed the podium in 2:05:40.",
         [("2:04:52", "result", "John Korir", 1), ("2:05:15", "result", "Cybrian Kotut", 2), ("2:05:40", "result", "Conner Mantz", 3)]),
        ("Emmanuel Wanyonyi won in 1:43.10. Max Burgin was third in 1:44.05. Tshepiso Masalela (1:44.31) and Ben Pattison "
         "(1:44.90) completed the top five.",
         [("1:43.10", "result", "Emmanuel Wanyonyi", 1), ("1:44.05", "result", "Max Burgin", 3),
          ("1:44.31", "result", "Tshepiso Masalela", 4), ("1:44.90", "result", "Ben Pattison", 5)]),
        ("Geordie Beamish outsprinted Soufiane El Bakkali of Morocco to win in 8:04.81, with the Moroccan second in 8:05.12.",
         [("8:04.81", "result", "Geordie Beamish", 1), ("8:05.12", "result", "Soufiane El Bakkali", 2)]),
        ("Sharon Lokedi again dropped Hellen Obiri in the final miles and won in 2:18:31. The men's race went to Ruti Aga in 2:19:41.",
         [("2:18:31", "result", "Sharon Lokedi", 1), ("2:19:41", "result", "Ruti Aga", 1)]),
    ],
    ids=["seconds-back-in-is-no-past", "completed-the-top-five", "the-moroccan-in-a-with-phrase", "dropped-and-went-to"],
)
def test_results_places_of_everyday_marathon_and_meeting_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laura Muir, whose British record of 3:54.50 has survived since Tokyo, finished seventh in 3:56.40.",
         [("3:54.50", "other", "Laura Muir"), ("3:56.40", "result", "Laura Muir")]),
        ("Faith Kipyegon won the 1500m at the Monaco Diamond League in 3:50.87. Hunter Bell, who won Olympic bronze in Paris "
         "in 3:52.61, held off Nelly Chepchirchir.", [("3:50.87", "result", "Faith Kipyegon"), ("3:52.61", "other", "Hunter Bell")]),
        ("Jessica Hull, who set the 2000m world record of 5:19.70 here two summers ago, was second in 3:51.62.",
         [("5:19.70", "other", "Jessica Hull"), ("3:51.62", "result", "Jessica Hull")]),
        ("The Olympic silver medallist Jessica Hull clocked 3:52.41 at the Monaco Diamond League.", [("3:52.41", "result", "Jessica Hull")]),
    ],
    ids=["whose-record", "a-championship-medal-won-before", "summers-ago", "a-medallist-is-a-title"],
)
def test_results_marks_of_other_races_in_asides(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_an_entry_list_of_personal_bests_is_marks_of_other_races(doc_of) -> None:
    text = ("PREVIEW\n\nEntrants and personal bests:\n\nHagos Gebrhiwet (ETH) 12:36.73\nJacob Krop (KEN) 12:46.79\n\n"
            "RESULT\n\nHagos Gebrhiwet won the 5000m in 12:50.81 ahead of Jacob Krop, second in 12:51.30.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [
        ("12:36.73", "other"), ("12:46.79", "other"), ("12:50.81", "result"), ("12:51.30", "result")]


def test_results_clear_of_a_rival_and_rounding_out_the_podium(doc_of) -> None:
    text = ("Kenya's Daniel Ebenyo won the 10km. He crossed the line in 26:52, three seconds clear of countryman Nicholas "
            "Kipkorir (26:55), with Ethiopia's Tadese Worku rounding out the podium in 27:03.")
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("Daniel Ebenyo", 1), ("Nicholas Kipkorir", 2), ("Tadese Worku", 3)]


def test_results_an_ordinal_after_a_bracketed_time(doc_of) -> None:
    text = "Yared Nuguse won the mile in 3:44.12. Britain's Neil Gourley (3:47.95) was fifth and France's Azeddine Habz (3:48.30) sixth."
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("Yared Nuguse", 1), ("Neil Gourley", 5), ("Azeddine Habz", 6)]


def test_results_a_shot_at_a_time_is_no_result(doc_of) -> None:
    text = "Yared Nuguse won the mile in 3:44.12. Asked whether he would take another shot at 3:43 this summer, he smiled."
    assert [r.text for r in doc_of(text).spans["results"]] == ["3:44.12"]


def test_results_a_previous_best_that_had_been(doc_of) -> None:
    text = "Nikki Hiltz won the mile in 4:08.01. Hiltz’s previous best had been 4:10.15."
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == [
        ("4:08.01", "result", "Nikki Hiltz"), ("4:10.15", "other", "Nikki Hiltz")]


def test_results_a_setter_named_after_a_possessive_breaker(doc_of) -> None:
    text = "Sabastian Sawe won in 2:01:12. Sawe's 2:01:12 took 13 seconds off the mark of 2:01:25 set by the late Kelvin Kiptum in 2023."
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]][-1] == ("2:01:25", "other", "Kelvin Kiptum")


def test_results_a_cue_far_into_a_sentence_dates_only_its_stretch(doc_of) -> None:
    text = ("Tigst Assefa won the London Marathon in 2:16:11. She was some way outside the women-only world record of 2:15:50 she "
            "set on the same course 12 months ago, but still finished 37 seconds clear of Kenya's Peres Jepchirchir, who "
            "clocked 2:16:48.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [
        ("2:16:11", "result"), ("2:15:50", "other"), ("2:16:48", "result")]


def test_results_an_edition_named_by_another_year(doc_of) -> None:
    text = ("Tokyo Marathon 2026\n\nTamirat Tola won the 2026 Tokyo Marathon in 2:03:38. "
            "Eliud Kipchoge, who won the 2022 race in 2:02:40, was not entered.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [("2:03:38", "result"), ("2:02:40", "other")]


def test_results_a_title_in_apposition_between_name_and_place(doc_of) -> None:
    text = "Winfred Yavi held on for second in 9:00.12 with Peruth Chemutai, the Tokyo 2020 Olympic champion, third in 9:03.85."
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("Winfred Yavi", 2), ("Peruth Chemutai", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karissa Schweizer won the NCAA 5,000 meters. The senior from Urbandale, Iowa, won in 15:44.19, holding off "
         "New Mexico's Weini Kelati, who finished second in 15:44.80.",
         [("15:44.19", "Karissa Schweizer", 1), ("15:44.80", "Weini Kelati", 2)]),
        ("Elle St. Pierre produced a late surge to beat world 5,000 meters record holder Gudaf Tsegay and win the "
         "3,000 meters in a championship record of 8:20.87.", [("8:20.87", "Elle St. Pierre", 1)]),
        ("Margaret Kipkemboi, who turns out for Kenya Police, clocked 31:27.18 to edge Agnes Ngetich, who settled for "
         "second in 31:28.04.", [("31:27.18", "Margaret Kipkemboi", 1), ("31:28.04", "Agnes Ngetich", 2)]),
        ("Benjamin won the 400m hurdles in 46.46, pulling clear of Karsten Warholm off the final barrier. The Norwegian, the "
         "defending champion, took silver in 47.06.", [("46.46", "Rai Benjamin", 1), ("47.06", "Karsten Warholm", 2)]),
        ("Julien Alfred won in 22.08. She was clear of Gabby Thomas off the bend; the American was second in 22.31 and Daryll "
         "Neita of Britain third in 22.45.", [("22.08", "Julien Alfred", 1), ("22.31", "Gabby Thomas", 2), ("22.45", "Daryll Neita", 3)]),
        ("In the women's 100m Gina Lückenkemper had to let the American Tamari Davis go. Davis won in 11.08 seconds, the Berliner came with "
         "11.15 seconds on rank two.", [("11.08", "Tamari Davis", 1), ("11.15", "Gina Lückenkemper", 2)]),
    ],
    ids=["senior-and-two-word-possessive", "title-with-a-number", "club-is-no-athlete", "a-description-then-its-appositive",
         "a-description-of-one-named-earlier-in-its-sentence", "a-description-after-another-s-time-is-not-them"],
)
def test_results_objects_and_descriptions_in_everyday_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_heats_as_translated_copy_names_them(doc_of) -> None:
    """Portuguese, Spanish and Italian copy translated: "bateria" is a heat ("won the second battery with 1:49.30"),
    "eliminatórias" the heats; "a battery of tests" is none."""
    doc = doc_of("Thiago André won the 800m in 1:46.88. In the morning eliminatories, Thiago had won the second battery "
                 "with 1:49.30.")
    assert [(r.text, round_or_label(r), r._.place) for r in doc.spans["results"]] == [("1:46.88", "result", 1), ("1:49.30", "heats", 1)]
    doc = doc_of("After a battery of tests, Thiago André won the 800m in 1:46.88.")
    assert [(round_or_label(r), r._.place) for r in doc.spans["results"]] == [("result", 1)]


def test_results_heat_of_the_weather_is_no_earlier_round(doc_of) -> None:
    doc = doc_of("In a night of great heat, Faith Kipyegon won the 1500m in 3:52.71.")
    assert [(round_or_label(r), r._.place) for r in doc.spans["results"]] == [("result", 1)]
    doc = doc_of("Faith Kipyegon won her heat in 4:01.20.")
    assert [(round_or_label(r), r._.place) for r in doc.spans["results"]] == [("heats", 1)]


# ---- tags --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen set a world record of 3:26.73 in the 1500m.", ["world record"]),
        ("Josh Kerr ran 3:45.34, a new British record.", ["national record"]),
        ("Yared Nuguse ran 3:43.97 for an American record.", ["national record"]),
        ("Faith Kipyegon won in 3:49.11, a meeting record.", ["meeting record"]),
        ("Neil Gourley ran a personal best of 3:47.51.", ["personal best"]),
        ("Hobbs Kessler clocked 3:47.60, a big PB.", ["personal best"]),
        ("Laura Muir ran a season's best 3:55.16.", ["season's best"]),
        ("Keely Hodgkinson won in a world-leading 1:54.61.", ["world lead"]),
        ("Beatrice Chebet ran 14:05.92, a world lead.", ["world lead"]),
        ("Josh Kerr ran 3:45.34, a British record and a world lead.", ["national record", "world lead"]),
        ("Neil Gourley ran 3:47.51.", []),
    ],
    ids=["wr", "british", "american", "meeting", "pb", "PB", "sb", "world-leading", "world-lead", "two-tags",
         "no-tags"],
)
def test_results_tags(doc_of, text: str, expected: list[str]) -> None:
    doc = doc_of(text)
    assert [r._.tags for r in doc.spans["results"] if r.label_ == "result"] == [expected]


def test_results_tags_stay_with_their_time(doc_of) -> None:
    doc = doc_of("Josh Kerr won in 3:45.34, a British record, and Yared Nuguse was second in 3:46.22.")
    assert [(r.text, r._.tags) for r in doc.spans["results"]] == [
        ("3:45.34", ["national record"]),
        ("3:46.22", []),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a new world record", ["world record"]), ("the world record-holder", []),
     ("a PB and a season's best", ["personal best", "season's best"])],
)
def test_results_tags_in(text: str, expected: list[str]) -> None:
    assert tags_in(text) == expected


# ---- times of other races ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Josh Kerr ran 3:45.34 to beat Cram's old mark of 3:46.32.",
            [("3:45.34", "result", "Josh Kerr", None), ("3:46.32", "other", "Steve Cram", None)],
        ),
        pytest.param(
            "Jakob Ingebrigtsen ran 3:43.73, outside El Guerrouj's long-standing world record of 3:43.13.",
            [("3:43.73", "result", "Jakob Ingebrigtsen", None), ("3:43.13", "other", "Hicham El Guerrouj", None)],
        ),
        (
            "Jakob Ingebrigtsen ran 3:43.73, outside Ovett's long-standing British record of 3:43.13.",
            [("3:43.73", "result", "Jakob Ingebrigtsen", None), ("3:43.13", "other", "Steve Ovett", None)],
        ),
        (
            "Josh Kerr won in 3:45.34. He had run 3:47.28 on the same track last year.",
            [("3:45.34", "result", "Josh Kerr", 1), ("3:47.28", "other", "Josh Kerr", None)],
        ),
        (
            "Josh Kerr won in 3:45.34. Last year he ran 3:47.28 on the same track.",
            [("3:45.34", "result", "Josh Kerr", 1), ("3:47.28", "other", "Josh Kerr", None)],
        ),
        (
            "Faith Kipyegon won in 3:49.11. In 2023 she had run 3:49.11 in Florence.",
            [("3:49.11", "result", "Faith Kipyegon", 1), ("3:49.11", "other", "Faith Kipyegon", None)],
        ),
    ],
    ids=["cram-old-mark", "particle-record-owner", "record-owner", "pronoun-past", "last-year-pronoun",
         "in-year-pronoun"],
)
def test_results_other_races(doc_of, text: str, expected: list[tuple]) -> None:
    assert results(doc_of(text)) == expected


def test_results_other_mark_context(doc_of) -> None:
    doc = doc_of("Josh Kerr ran 3:45.34 to beat Cram's old mark of 3:46.32.")
    assert [(r.text, r._.context) for r in doc.spans["results"]] == [("3:45.34", None), ("3:46.32", "record")]


# ---- whose time ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keely Hodgkinson beat world champion Mary Moraa to win in 1:55.78.",
            [("1:55.78", "result", "Keely Hodgkinson", 1)],
        ),
        (
            "Josh Kerr held off Jakob Ingebrigtsen to win in 3:45.34.",
            [("3:45.34", "result", "Josh Kerr", 1)],
        ),
        (
            "Finishing ahead of Yared Nuguse, Josh Kerr ran 3:45.34.",
            [("3:45.34", "result", "Josh Kerr", None)],
        ),
        (
            "Josh Kerr crossed the line first. He ran 3:45.60 to win.",
            [("3:45.60", "result", "Josh Kerr", 1)],
        ),
        (
            "Yared Nuguse led early but Josh Kerr went past him on the last bend. He ran 3:45.60 to win.",
            [("3:45.60", "result", "Josh Kerr", 1)],
        ),
        (
            "Faith Kipyegon won the women's 1500m. She clocked 3:51.29, an Olympic record.",
            [("3:51.29", "result", "Faith Kipyegon", 1)],  # the winner's one time: first (`place_the_winner`)
        ),
        (
            "Josh Kerr 3:45.34\nYared Nuguse 3:46.22\nNeil Gourley 3:47.51",
            [("3:45.34", "result", "Josh Kerr", None), ("3:46.22", "result", "Yared Nuguse", None),
             ("3:47.51", "result", "Neil Gourley", None)],
        ),
        (
            "Seven runners broke 3:50 and the crowd roared.",
            [],
        ),
    ],
    ids=["beat-world-champion", "held-off", "ahead-of-first", "pronoun", "pronoun-after-two", "she",
         "results-list", "nobody"],
)
def test_results_subject(doc_of, text: str, expected: list[tuple]) -> None:
    assert results(doc_of(text)) == expected


# ---- place inference ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Faith Kipyegon won in 3:51.29. Jessica Hull clocked 3:52.56. Georgia Bell was third in 3:52.61.",
            [("Faith Kipyegon", 1, False), ("Jessica Hull", 2, True), ("Georgia Bell", 3, False)],
        ),
        (
            "Josh Kerr ran 3:45.34. Jakob Ingebrigtsen clocked 3:45.60. Yared Nuguse was third in 3:46.22.",
            [("Josh Kerr", 1, True), ("Jakob Ingebrigtsen", 2, True), ("Yared Nuguse", 3, False)],
        ),
        (
            "Faith Kipyegon won in 3:51.29. Jessica Hull clocked 3:52.56. Laura Muir ran 3:53.00. "
            "Georgia Bell was fourth in 3:53.61.",
            [("Faith Kipyegon", 1, False), ("Jessica Hull", 2, True), ("Laura Muir", 3, True),
             ("Georgia Bell", 4, False)],
        ),
        (
            "Faith Kipyegon won in 3:51.29. Jessica Hull clocked 3:52.56. Laura Muir ran 3:53.00. "
            "Georgia Bell was fifth in 3:53.61.",
            [("Faith Kipyegon", 1, False), ("Jessica Hull", None, False), ("Laura Muir", None, False),
             ("Georgia Bell", 5, False)],
        ),
    ],
    ids=["second-between-first-and-third", "two-ahead-of-third", "two-in-a-gap-of-two", "gap-not-filled"],
)
def test_results_place_inference(doc_of, text: str, expected: list[tuple]) -> None:
    doc = doc_of(text)
    assert [(athlete_of(r), r._.place, r._.place_inferred) for r in doc.spans["results"]] == expected


def test_results_place_inference_keeps_races_apart(doc_of) -> None:
    text = (
        "Josh Kerr won the men's 1500m in 3:27.79. Yared Nuguse was third in 3:28.24.\n"
        "Faith Kipyegon won the women's 1500m in 3:51.29. Jessica Hull clocked 3:52.56."
    )
    got = [(athlete_of(r), r._.place, r._.place_inferred) for r in doc_of(text).spans["results"]]
    assert got == [
        ("Josh Kerr", 1, False),
        ("Yared Nuguse", 3, False),
        ("Faith Kipyegon", 1, False),
        ("Jessica Hull", None, False),
    ]


def test_results_race_and_seconds(doc_of) -> None:
    doc = doc_of("Josh Kerr won the men's mile at the Prefontaine Classic in 3:47.28.")
    (r,) = doc.spans["results"]
    assert (r._.seconds, r._.clock, r._.race.meeting, r._.race.sex, r._.race.event) == (
        227.28, "3:47.28", "Prefontaine Classic", "men", "mile",
    )


# ---- stage order ---------------------------------------------------------------------------------


def test_results_needs_splits_stage() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Josh Kerr won the mile in 3:47.28.")
    with pytest.raises(MissingStageError, match="athletics_splits"):
        nlp.create_pipe("athletics_results")(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emile Cairess won in 27:49. The old mark of 28:00 had stood since 2019, and last year's winner, Jack Rowe, needed 28:16.",
         [("27:49", "result", "Emile Cairess"), ("28:00", "other", None), ("28:16", "other", "Jack Rowe")]),
        ("Jakob Ingebrigtsen won in 13:07.65. The previous championship record of 13:10.15 belonged to Britain's Jack Buckner.",
         [("13:07.65", "result", "Jakob Ingebrigtsen"), ("13:10.15", "other", "Jack Buckner")]),
        ("Sydney McLaughlin-Levrone won in 50.37. The previous record, 50.65, had stood for six weeks; McLaughlin-Levrone set it in Eugene.",
         [("50.37", "result", "Sydney McLaughlin-Levrone"), ("50.65", "other", "Sydney McLaughlin-Levrone")]),
    ],
    ids=["holder-unnamed", "holder-after-belonged-to", "holder-set-it"],
)
def test_results_the_holder_of_an_old_record_said_with_the(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_a_sentence_of_two_events_gives_each_time_its_own(doc_of) -> None:
    """Each time takes the event named last before it, if the time fits it ("more used to the 5000 and
    the 10000" does not make 3:58.70 a 10,000m time)."""
    two = doc_of("Katelyn Tuohy won the mile in 4:30.14 and returned to take the 3000 meters in 8:54.72.")
    assert [(r.text, r._.race.event) for r in two.spans["results"]] == [("4:30.14", "mile"), ("8:54.72", "3000m")]
    told = doc_of("Georgia Bell won the 1500m in 3:56.70. Nadia Battocletti, more used to the 5000 and the 10000, was sixth in 3:58.70.")
    assert [(r.text, r._.race.event) for r in told.spans["results"]] == [("3:56.70", "1500m"), ("3:58.70", "1500m")]


def test_results_the_winner_said_before_their_time_is_first(doc_of) -> None:
    """"... winning the race" in the lead, the winner's time in the next sentence with no place: first
    (inferred); not when a faster time or another winner is in that race."""
    text = ("Kibiwott Kandie flew the Kenyan flag high at the Prague Half Marathon on Saturday, winning the men's race.\n\n"
            "Kandie, 28, stopped the clock at 58:51 after breaking away from Tadese Worku, who crossed the line in 58:58.")
    got = [(r.text, athlete_of(r), r._.place, r._.place_inferred) for r in doc_of(text).spans["results"]]
    assert got == [("58:51", "Kibiwott Kandie", 1, True), ("58:58", "Tadese Worku", None, False)]
    faster = doc_of("Kandie won in Prague.\n\nKandie stopped the clock at 58:51. Worku crossed the line in 58:48.")
    assert [r._.place for r in faster.spans["results"]] == [None, None]


def test_results_a_margin_said_with_just_before_the_time(doc_of) -> None:
    text = "Darragh McElhinney crossed the line in 13:48.21, with Brian Fay just 0.84 seconds behind in 13:49.05."
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [
        ("13:48.21", "Darragh McElhinney"), ("13:49.05", "Brian Fay")]


def test_results_a_place_said_in_an_aside_is_not_this_times(doc_of) -> None:
    text = ("Keely Hodgkinson retained her European 800m title in Rome.\n\nThe 22-year-old Briton, who won silver at the "
            "Budapest worlds last summer, crossed the line in 1:58.65. Gabriela Gajanova took silver in 1:59.31.")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("1:58.65", "Keely Hodgkinson", 1), ("1:59.31", "Gabriela Gajanova", 2)]


def test_results_a_people_s_word_stands_for_the_one_its_paragraph_named(doc_of) -> None:
    """"the Sicilian" after "good news from Osama Zoghlami" is he, not the paragraph before's subject; a pronoun goes on
    standing for the subject before ("with Benson Kipruto ... he went through": Kiptum)."""
    text = ("Lamecha Girma won the steeplechase in 8:01.63.\n\nFor the azzurri, good news arrive from Osama Zoghlami: the "
            "Sicilian has finished seventh in 8:14,03.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]][1:] == [("8:14,03", "Osama Zoghlami")]
    text = ("Kelvin Kiptum won the Chicago Marathon in 2:00:35.\n\nThe Chepkorio-based athlete ran with defending champion "
            "Benson Kipruto through halfway. He went through 40km in 1:54:23.")
    assert [(s.text, athlete_of(s)) for s in doc_of(text).spans["splits"]] == [("1:54:23", "Kelvin Kiptum")]


@pytest.mark.parametrize(
    "second",
    ["She took the lead at the bell, well ahead of Laura Muir.", "It was her first race since beating Gudaf Tsegay in Budapest.",
     "It was a tactical race, with Jessica Hull and Laura Muir in close attendance until the bell.",
     "The race was paced by Chanelle Price for two laps."],
    ids=["pronoun-then-rival", "possessive-then-rival", "with-rivals", "paced-by"],
)
def test_results_an_age_stands_for_the_subject_before_not_a_rival_of_its_paragraph(doc_of, second: str) -> None:
    """A review's finds: "The 29-year-old" after a paragraph naming only rivals, a pacer, or someone a pronoun before them
    shows it goes on about the winner, is the winner named before."""
    text = f"Faith Kipyegon won the 1500m at the Prefontaine Classic.\n\n{second} The 29-year-old clocked 3:50.72."
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("3:50.72", "Faith Kipyegon")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kenenisa Bekele won the London Marathon in 2:05:00.\n\nThird place was taken by Emile Cairess. The 26-year-old ran 2:06:46.",
      ("2:06:46", "Emile Cairess")),
     ("Hellen Obiri won the New York City Marathon in 2:27:23.\n\nThe men's race was won by Tamirat Tola, in a course record. "
      "The 32-year-old clocked 2:04:58.", ("2:04:58", "Tamirat Tola")),
     ("Faith Kipyegon won the 1500m in 3:50.10.\n\nBehind her, the 5000m was claimed by Beatrice Chebet. The Kenyan clocked "
      "14:20.10.", ("14:20.10", "Beatrice Chebet"))],
    ids=["taken-by", "won-by", "behind-her"],
)
def test_results_a_description_after_a_win_s_agent_is_the_agent(doc_of, text: str, expected: tuple[str, str]) -> None:
    """A review's finds: the agent of a win ("was won by Tamirat Tola") is the paragraph's subject for a description
    after it; an object pronoun before it ("Behind her") goes on about no one."""
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kenya's Faith Kipyegon dominated the final.\n\nThe 1500m was won by Kipyegon, ahead of Australia's Jessica Hull and "
      "Britain's Georgia Bell. The 30-year-old clocked 3:51.29.", ("3:51.29", "Faith Kipyegon")),
     ("Faith Kipyegon set a world record in the 1500m in Florence.\n\nThe early pace was taken by pacemaker Chanelle Price. "
      "The 29-year-old then went clear alone to finish in 3:49.11.", ("3:49.11", "Faith Kipyegon")),
     ("Kenya's Eliud Kipchoge won the Berlin Marathon again on Sunday.\n\nHis winning margin over Kenya's Mark Korir was "
      "almost a minute. The Kenyan clocked 2:02:42.", ("2:02:42", "Eliud Kipchoge")),
     ("Jakob Ingebrigtsen won the 1500m in Oslo.\n\nIt was a procession at the front, while Yared Nuguse faded badly to fifth. "
      "3:29.02 for the 23-year-old, a meeting record.", ("3:29.02", "Jakob Ingebrigtsen"))],
    ids=["agent-then-rivals", "pace-taken-by", "his-margin-over", "while-clause"],
)
def test_results_what_a_description_s_own_paragraph_must_not_give_it(doc_of, text: str, expected: tuple[str, str]) -> None:
    """The third review's finds: a win's agent before its rivals is the doer; "the pace was taken by" is no win; a
    paragraph opening "His" goes on about the one before; a contrasted clause's subject is no paragraph's subject."""
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]][-1] == expected


def test_results_a_description_for_its_time_after_a_win_s_agent(doc_of) -> None:
    """"44.10 for the 29-year-old" after "the 400m was claimed by Matthew Hudson-Smith" is his."""
    text = ("Marcell Jacobs won the 100m in 9.95.\n\nThe 200m was won by Noah Lyles in 19.80, while the 400m was claimed by "
            "Matthew Hudson-Smith. 44.10 for the 29-year-old.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]][-1] == ("44.10", "Matthew Hudson-Smith")


@pytest.mark.xfail(reason="a description after a paragraph naming one runner only as an object ('dreams with Nadia Battocletti') "
                   "is the subject of the paragraphs before: the review found 'with Jessica Hull and Laura Muir in close "
                   "attendance. The 29-year-old' and 'paced by Chanelle Price. The 29-year-old', which read the same")
def test_results_a_description_after_a_paragraph_opening_with_a_runner_as_object(doc_of) -> None:
    text = ("Jacobs fourth in the 100 won by Simbine.\n\nROME - The Olimpico dreams with Nadia Battocletti. The 25-year-old "
            "closes the 5000 metres in second place in 14:24.16.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("14:24.16", "Nadia Battocletti")]


def test_results_a_rival_held_off_said_with_an_age_is_an_object(doc_of) -> None:
    """"held off 17-year-old Cameron Myers ... to win in 3:34.12": the winner's; "a fine run from 64-year-old Keith
    Bramhall, first V60 in 39.02" is Bramhall's."""
    text = "Oliver Hoare held off 17-year-old Cameron Myers by less than half a second to win the men's 1500m in 3:34.12."
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("3:34.12", "Oliver Hoare")]
    text = "Julie Marsh won the V50 category in 38:15, and there was a fine run from 64-year-old Keith Bramhall, first V60 in 39:02."
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]][1:] == [("39:02", "Keith Bramhall")]


def test_results_a_title_taken_in_a_time_is_first_place(doc_of) -> None:
    doc = doc_of("Abdihamid Nur takes the national title in 13:24.37, and Sean McGorty heads home in 13:24.87.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("13:24.37", 1), ("13:24.87", None)]


def test_results_a_place_in_another_race_set_off_by_commas_dates_nothing(doc_of) -> None:
    text = ("Abel Kipchumba won the Great North Run in 60:21.\n\nBritain's Emile Cairess, fourth in the Olympic marathon in "
            "Paris, was the best of the home runners in third place, clocking 61:05.")
    got = [(r.text, athlete_of(r), r.label_, r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("60:21", "Abel Kipchumba", "result", 1), ("61:05", "Emile Cairess", "result", 3)]


def test_results_a_time_of_an_edition_named_by_its_year_is_earlier(doc_of) -> None:
    text = ("Bryce Hoppel won the 800m at the U.S. Olympic Team Trials in 1:42.77.\n\n"
            "Clayton Murphy, who won the 2021 Trials in 1:43.17, faded to sixth.")
    got = [(r.text, r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("1:42.77", "result"), ("1:43.17", "other")]


def test_results_a_prior_best_is_an_old_mark(doc_of) -> None:
    text = "Femke Bol won the 400m hurdles in 51.45. She erased her prior continental-best of 52.03 from Tokyo."
    got = [(r.text, r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("51.45", "result"), ("52.03", "other")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [("Rushell Clayton occupied the third position in 53.78.", 3),
     ("Isaiah Jewett grabbed the third and final spot on the team in 1:44.07.", 3),
     ("Jessie Knight traversed the line fourth at 54.44s.", 4)],
)
def test_results_places_said_as_spots_and_positions(doc_of, sentence: str, place: int) -> None:
    doc = doc_of("Femke Bol won the 400m hurdles in 51.45. " + sentence)
    assert [r._.place for r in doc.spans["results"]][-1] == place


def test_results_an_earlier_edition_of_the_main_meeting_is_another_race(doc_of) -> None:
    """"London 2012, when David Rudisha ran 1:40.91": the Olympic Games of another year."""
    text = ("Emmanuel Wanyonyi won the Olympic 800m final in Paris 2024 in 1:41.19.\n\n"
            "Only one final was faster: London 2012, when David Rudisha ran 1:40.91.")
    got = [(r.text, r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("1:41.19", "result"), ("1:40.91", "other")]


def test_results_a_best_brought_to_the_race_is_an_earlier_mark(doc_of) -> None:
    text = ("Emmanuel Wanyonyi won the 800m in 1:41.19 and Marco Arop was second in 1:41.20.\n\n"
            "Arop, who had arrived at the Games with a season's best of 1:42.85, was proud of his silver.")
    got = [(r.text, r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("1:41.19", "result"), ("1:41.20", "result"), ("1:42.85", "other")]


def test_results_those_listed_behind_a_placed_athlete_finished_just_ahead(doc_of) -> None:
    text = ("Jason Joseph placed fourth in the 60m hurdles final in 7.50 behind Grant Holloway of the USA (7.38) "
            "and Jamaica's Rasheed Broadbell (7.47).")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("7.50", "Jason Joseph", 4), ("7.38", "Grant Holloway", 2), ("7.47", "Rasheed Broadbell", 3)]


def test_results_a_final_named_after_a_heat_takes_the_times_after_it(doc_of) -> None:
    text = ("Jason Joseph clocked 7.52 in his 60m hurdles heat and improved in the final, where he placed third in 7.50 "
            "behind Grant Holloway (7.38).")
    got = [(r.text, round_or_label(r)) for r in doc_of(text).spans["results"]]
    assert got == [("7.52", "heats"), ("7.50", "result"), ("7.38", "result")]


@pytest.mark.parametrize(
    "sentence",
    ["He opened with 70.4, followed it with laps of 70.9 and 70.6.", "She ran the last kilometre in 2:52.4.",
     "The lights were set to 14:40 pace, and two men did the early work: Nick Griggs for the first 2000m."],
    ids=["laps", "last-kilometre", "pace"],
)
def test_results_laps_stretches_and_paces_are_no_results(doc_of, sentence: str) -> None:
    doc = doc_of("Sarah Healy won the 5000m in 14:38.92 behind pacemaker Nick Griggs. " + sentence)
    assert [r.text for r in doc.spans["results"]] == ["14:38.92"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [("On the third step of the podium goes the Sicilian Matteo Melluzzo in 10,14.", 3),
     ("Zaynab Dosso has confirmed herself queen of the 100 meters with 11,08.", 1)],
)
def test_results_places_of_translated_copy(doc_of, sentence: str, place: int) -> None:
    doc = doc_of("At the Italian Championships in Caorle, Chituru Ali won the 100m in 10,05 (wind +1,2 m/s). " + sentence)
    assert [r._.place for r in doc.spans["results"]][1:] == [place]


def test_results_the_time_right_after_completing_the_top_five_is_fifth(doc_of) -> None:
    text = ("Tigst Assefa won the London Marathon in 2:15:50.\n\nJepchirchir faded to fourth in 2:19:30, and Ethiopia's "
            "Megertu Alemu completed the top five in 2:20:04.")
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"]] == [("2:15:50", 1), ("2:19:30", 4), ("2:20:04", 5)]


def test_results_a_position_during_the_race_gives_way_to_a_win(doc_of) -> None:
    text = ("Geordie Beamish was sixth with 150 to go, came off the final bend wide and went past Cole Hocker in the last "
            "five metres to win the 1500m in 3:36.54.")
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"]] == [("3:36.54", 1)]


def test_results_places_given_respectively(doc_of) -> None:
    text = ("Dominic Lobalu won the 10,000m in 27:51,04. The other Spaniards, Abdessamad Oukhelfen and Carlos Mayo, finished in "
            "sixth and twelfth position respectively. Oukhelfen, with 27:58,77, was close, while Carlos Mayo, with 28:21,90, paid.")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("27:51,04", "Dominic Lobalu", 1), ("27:58,77", "Abdessamad Oukhelfen", 6), ("28:21,90", "Carlos Mayo", 12)]


def test_results_a_time_set_off_after_an_objects_club_is_its_own(doc_of) -> None:
    text = ("Isaac Nader crossed the line in 3:41.26, in front of Tiago Lourenço (Sporting), with 3:42.03, and of Diogo "
            "Marques (SC Braga), third with 3:42.90.")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("3:41.26", "Isaac Nader", 1), ("3:42.03", "Tiago Lourenço", 2), ("3:42.90", "Diogo Marques", 3)]


def test_results_a_record_that_belongs_to_someone_is_theirs(doc_of) -> None:
    text = ("Isaac Nader won the 1500m in 3:41.26. The national record continues to belong to Rui Silva, with 3:30.07, "
            "obtained in Monaco in 2002.")
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("3:41.26", "Isaac Nader", "result"), ("3:30.07", "Rui Silva", "other")]


def test_results_she_who_held_off_a_rival_won_and_the_rival_was_second(doc_of) -> None:
    text = ("Natalia Bukowska won the women's 400m. She went through 200m in 24.1 and had enough in reserve to hold off "
            "Dutch rival Lieke Klaver, winning in 50.91 to Klaver's 51.24.")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("50.91", "Natalia Bukowska", 1), ("51.24", "Lieke Klaver", 2)]


def test_results_an_opening_after_clause_s_time_is_the_main_clause_subject_s(doc_of) -> None:
    """"After clocking 7.12 in her heat, the Commonwealth champion ...": the heat's time is the description's athlete's."""
    text = ("Daryll Neita was impressive in the women's 60m. After clocking 7.12 in her heat, the Commonwealth champion "
            "produced a strong finish to win the final in 7.08.")
    got = [(r.text, athlete_of(r), round_or_label(r)) for r in doc_of(text).spans["results"]]
    assert got == [("7.12", "Daryll Neita", "heats"), ("7.08", "Daryll Neita", "result")]


def test_results_a_race_won_by_the_name_after_and_a_best_equalled(doc_of) -> None:
    """"won by Jamaica's Ackeem Blake in 6.53" is Blake's first place, not the third said before it; a best equalled
    ("equalled his season's best of 6.57") was run again in this race."""
    text = "Jeremiah Azu equalled his season's best of 6.57 to finish third in the men's 60m, won by Jamaica's Ackeem Blake in 6.53."
    got = [(r.text, athlete_of(r), r.label_, r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("6.57", "Jeremiah Azu", "result", 3), ("6.53", "Ackeem Blake", "result", 1)]


def test_results_a_round_named_after_a_time_with_its_own_time_is_that_one_s(doc_of) -> None:
    text = "Cindy Sember was fourth in the women's 60m hurdles in 7.93 after a heat time of 7.95."
    got = [(r.text, round_or_label(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("7.93", "result", 4), ("7.95", "heats", None)]
    lap = doc_of("George Mills, who clocked 13:32.18 to win his heat on Thursday, covered the last lap in 53.3 and won in 13:11.30.")
    assert [(r.text, round_or_label(r)) for r in lap.spans["results"]][0] == ("13:32.18", "heats")


def test_results_a_win_said_before_one_beaten_is_not_theirs(doc_of) -> None:
    """"to claim the title, pulling clear of veteran David McNeill (28:20.41)": no first place for McNeill;
    "the bronze of the British Isabelle Boffey (2:04,34)" is hers."""
    text = ("Jack Rayner clocked 28:14.66 to claim the national title, pulling clear of veteran David McNeill (28:20.41) "
            "over the final 600m.")
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("Jack Rayner", 1), ("David McNeill", None)]
    bronze = doc_of("Joanna Jozwik was fourth with 2:04,67, to the bronze of the British Isabelle Boffey (2:04,34) she was missing a third.")
    assert [(athlete_of(r), r._.place) for r in bronze.spans["results"]] == [("Joanna Jozwik", 4), ("Isabelle Boffey", 3)]


def test_results_wire_copy_of_a_championship_night(doc_of) -> None:
    """"won the world indoor 3,000 metres title" names the race; "chasing down Norway's Karsten Warholm ... to win in
    45.25" is Doom's win; "ahead of team mate Lieke Klaver (50.16)" lists a rival."""
    text = ("Josh Kerr won the world indoor 3,000 metres title on Saturday. Kerr sat patiently before kicking past Yomif "
            "Kejelcha to win in seven minutes 42.98 seconds.\n\nFemke Bol was never threatened in the women's 400m, winning in 50.01 "
            "ahead of team mate Lieke Klaver (50.16) and American Alexis Holmes (50.24).\n\nAlexander Doom produced the upset "
            "in the men's 400m, chasing down Norway's Karsten Warholm on the home straight to win in a Belgian record of 45.25.")
    got = [(athlete_of(r), r._.race.event, r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("Josh Kerr", "3000m", 1), ("Femke Bol", "400m", 1), ("Lieke Klaver", "400m", 2), ("Alexis Holmes", "400m", 3),
                   ("Alexander Doom", "400m", 1)]


def test_results_a_canadian_paper_s_record_night(doc_of) -> None:
    """"The clock read 31:41.59" is the time of the athlete the text is about; "the mark of 31:46.18 that Lisa Harvey had
    owned since 1991" is Harvey's; "ran away from 2012 Olympian Eric Gillis ... to win in 28:39.70" is no mark of 2012."""
    text = ("Natasha Wodak spent the last four laps doing math in her head.\n\nBy the time the North Vancouver runner crossed "
            "the line on Wednesday night, the numbers had added up. The clock read 31:41.59, a Canadian record in the 10,000 "
            "metres.\n\nThe 33-year-old's run erased the mark of 31:46.18 that Lisa Harvey had owned since 1991.\n\nIn the men's "
            "race, Kip Kangogo ran away from 2012 Olympian Eric Gillis over the final mile to win in 28:39.70.")
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("31:41.59", "Natasha Wodak", "result"), ("31:46.18", "Lisa Harvey", "other"), ("28:39.70", "Kip Kangogo", "result")]


def test_results_an_old_mark_whose_setter_has_an_appositive_before_the_verb(doc_of) -> None:
    text = ("Zersenay Tadese set a new world record of the half marathon in 58:23. He took ten seconds off the previous record, "
            "the 58:33 that the Kenyan Samuel Wanjiru, Olympic champion of the marathon in Pequim, had realized in Haia in 2007.")
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("58:23", "Zersenay Tadese", "result"), ("58:33", "Samuel Wanjiru", "other")]


def test_results_an_edition_s_ordinal_is_no_place(doc_of) -> None:
    text = ("Zersenay Tadese covered the course in 58:23, in the 20.ª edition of the race. Kipchoge ran 2:03:05 in the 20th "
            "edition of the Berlin Marathon.")
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("Zersenay Tadese", None), ("Eliud Kipchoge", None)]
    running = doc_of("Eliud Kipchoge ran 2:03:05 in the 20th running of the Berlin Marathon. Geoffrey Kiprop finished third running 2:05:10.")
    assert [(athlete_of(r), r._.place) for r in running.spans["results"]] == [("Eliud Kipchoge", None), ("Geoffrey Kiprop", 3)]


def test_results_translated_from_portuguese(doc_of) -> None:
    """"closed the podium" is third ("fechou o pódio"); "in 11.º place" an ordinal with its indicator."""
    text = ("The Kenyan Sammy Kitwara was second with 59:34, and his compatriot Evans Cheruiyot closed the podium in 1:00:13. "
            "The best of the Portuguese was Rui Pedro Silva, in 11.º place, with 1:03:11.")
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("Sammy Kitwara", 2), ("Evans Cheruiyot", 3), ("Rui Pedro Silva", 11)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ethiopian Sisay Lemma stops the chronometer in 2:01:48 and becomes the fourth man more fast of the history.",
         [("2:01:48", "Sisay Lemma", "result", None)]),
        ("In the feminine test, Worknesh Degefa was imposed with 2:15:51, ahead of Almaz Ayana.",
         [("2:15:51", "Worknesh Degefa", "result", 1)]),
        ("Sisay Lemma won in 2:01:48, five seconds below the 2:01:53 that the Kenyan Kelvin Kiptum signed in his debut.",
         [("2:01:48", "Sisay Lemma", "result", 1), ("2:01:53", "Kelvin Kiptum", "other", None)]),
    ],
    ids=["a-rank-of-all-time-is-no-place", "was-imposed-is-a-win", "a-mark-signed-by-a-described-name"],
)
def test_results_translated_from_spanish(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, athlete_of(r), r.label_, r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_record_erased_named_between_its_time_and_its_setter(doc_of) -> None:
    text = ("Letesenbet Gidey ran 1:02:52 to win the Valencia Half Marathon. The 23-year-old erased the 1:04:02 world record "
            "set by Kenya's Ruth Chepngetich in Istanbul in April.")
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("1:02:52", "Letesenbet Gidey", "result"), ("1:04:02", "Ruth Chepngetich", "other")]


def test_results_a_medallist_s_title_is_no_place(doc_of) -> None:
    text = ("Narve Gilje Nordås won the 1500 meters of the ISTAF. The bronze medal winner of the world championships in "
            "Budapest came after 3:32.91 minutes into the goal.")
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"]] == [("3:32.91", 1)]


def test_results_a_record_named_before_its_time_and_set_by_a_name_after(doc_of) -> None:
    text = ("Maeda Honami crossed the goal in 2:18:59 and became the first place. The Japan record 2:19:12 which Noguchi "
            "Mizuki (at that time Globaly) made at the 2005 Berlin Marathon was renewed by 13 seconds.")
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("2:18:59", "Maeda Honami", "result"), ("2:19:12", "Noguchi Mizuki", "other")]


@pytest.mark.parametrize("said", ["is 2:19:12 which Noguchi Mizuki set", "is 2:19:12, set by Noguchi Mizuki", "stands at 2:19:12, set by Noguchi Mizuki"])
def test_results_a_record_said_to_be_its_time_and_set_by_a_name_after(doc_of, said: str) -> None:
    """"The Japanese record is 2:19:12 which Noguchi Mizuki set in Berlin 2005": the setter's, not the runner named last."""
    text = f"Matsuda Mizuki won in 2:21:47. Ohara Rei is expected to challenge in Nagoya. The Japanese record {said} in Berlin 2005."
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("2:21:47", "Matsuda Mizuki", "result"), ("2:19:12", "Noguchi Mizuki", "other")]


def test_results_days_ago_is_the_past(doc_of) -> None:
    text = ("Sarah Healy won the women's 1500m in 4:09.55. Ciara Mageean, who ran an Irish record of 4:14.58 for the mile "
            "in Monaco just nine days ago, was a notable absentee.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [("4:09.55", "result"), ("4:14.58", "other")]


def test_results_a_relay_title_is_no_relay(doc_of) -> None:
    """A relay named in a title ("the Commonwealth relay champion") does not make the sentence's times a team's."""
    text = "Daryll Neita ran the 60m. The Commonwealth relay champion won the final in 7.08, ahead of Mujinga Kambundji (7.10)."
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("7.08", "Daryll Neita", 1), ("7.10", "Mujinga Kambundji", 2)]
    team = doc_of("Daryll Neita anchored the relay team to victory in 41.91.")
    assert [r.text for r in team.spans["results"]] == []


def test_results_a_road_distance_timed_to_the_hundredth_was_run_on_the_track(doc_of) -> None:
    """Road times are whole seconds: "the 10K in 33:08.44" is a 10,000m; "32:15.6" (a cross country's hand
    timing) and "28:41" stay a 10km's."""
    track = doc_of("Billah Jepkirui won the women's 10K in 33:08.44 ahead of Lexy Lowry, who ran 33:15.90.")
    assert [(r.text, r._.race.event) for r in track.spans["results"]] == [("33:08.44", "10000m"), ("33:15.90", "10000m")]
    road = doc_of("Joan Chelimo won the 10km cross country in 32:15.6. Ruth Chepngetich won the Telford 10K in 31:22.")
    assert [(r.text, r._.race.event) for r in road.spans["results"]] == [("32:15.6", "10km"), ("31:22", "10km")]


def test_results_a_description_that_held_off_a_rival_is_the_one_placed_in_its_sentence(doc_of) -> None:
    """The winner of "held off" named only by a description: the one athlete the sentence places."""
    text = ("The women's 60m final went to Ewa Swoboda.\n\nThe Polish sprinter got a fine start and held off Italy's "
            "Zaynab Dosso to win in 7.03. Dosso was timed at 7.06.")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("7.03", "Ewa Swoboda", 1), ("7.06", "Zaynab Dosso", 2)]


def test_results_a_description_with_a_distance_in_it_is_the_subject(doc_of) -> None:
    text = ("Cole Hocker won the Fifth Avenue Mile.\n\nThe Olympic 1,500-meter champion surged past Hobbs Kessler with about "
            "150 meters to go and won the men's race in 3:50.7.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("3:50.7", "Cole Hocker")]


@pytest.mark.xfail(reason="'the half-marathon specialist' was read as a description of the subject told of before, then taken "
                   "back: a review's probe 'Josh Kerr won ... ahead of Ben Pattison. The 800m specialist clocked 3:30.2 for second' "
                   "gave the winner a second time; which one a specialist is needs more than the description's word")
def test_results_a_specialist_is_a_description_of_the_subject(doc_of) -> None:
    """"The half-marathon specialist passed the 5 km in 16min09s next to the Kenyan Cynthia Jerotich ... and won with
    49min52s": the description is the one told of before, not the rival named after it."""
    text = ("In the women's race the Ethiopian Yalemzerf Yehualaw dominated from beginning to end. The half-marathon specialist "
            "passed the 5 km in 16min09s next to the Kenyan Cynthia Jerotich, dropped the rival before the 10 km and won with "
            "49min52s. Jerotich was second with 50min38s.")
    doc = doc_of(text)
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("49min52s", "Yalemzerf Yehualaw"), ("50min38s", "Cynthia Jerotich")]
    assert [(s.text, athlete_of(s)) for s in doc.spans["splits"]] == [("16min09s", "Yalemzerf Yehualaw")]


def test_results_a_race_named_with_its_meeting_before_its_distance(doc_of) -> None:
    text = ("Sarah Healy finished seventh in a ferociously quick Diamond League 1500m in 3:58.64.\n\n"
            "Julien Alfred won the 200m in 22.08.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [("3:58.64", "1500m"), ("22.08", "200m")]


def test_results_her_time_set_off_after_a_with_phrase_is_the_last_named(doc_of) -> None:
    text = ("Faith Kipyegon won the 1500m in 3:51.29. Jessica Hull held on for second in 3:52.80, with Ethiopia's Diribe "
            "Welteji a second back in third, her 3:53.77 a season's best.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]][-1] == ("3:53.77", "Diribe Welteji")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The Kenyan Brimin Kipkorir won the Frankfurt Marathon in 2:05:12. Second became the Ethiopian Haftu Teklu in "
      "2:05:40, on rank three ran Amanal Petros in 2:06:27.", [1, 2, 3])],
)
def test_results_places_said_before_the_names_they_place(doc_of, text: str, expected: list[int]) -> None:
    assert [r._.place for r in doc_of(text).spans["results"]] == expected


def test_results_a_participle_goes_on_from_the_round_named_before_it(doc_of) -> None:
    text = ("Tshepo Tshite stormed to the men's 800m title in 1:42.61.\n\nTshite had looked sharp but controlled in Friday's "
            "heats, cruising through in 1:47.88. Zakithi Nene, the fastest qualifier with 45.12, won the 400m in 44.21.")
    got = [(r.text, round_or_label(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("1:42.61", "result", 1), ("1:47.88", "heats", None), ("45.12", "heats", None), ("44.21", "result", 1)]


def test_results_a_best_lowered_from_one_time_to_another(doc_of) -> None:
    text = "Miranda Coetzee won the women's 400m on Saturday. She lowered her personal best from 51.18 to 50.89 in the final."
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [("51.18", "other"), ("50.89", "result")]


def test_results_a_title_aside_with_a_time_in_it_dates_nothing(doc_of) -> None:
    text = ("Zakithi Nene won the 400m at the ASA Championships in 44.21. Wayde van Niekerk, the world record holder at 43.03 "
            "since the Rio Olympics, showed signs of a return to form by taking third in 44.79.")
    got = [(r.text, r.label_) for r in doc_of(text).spans["results"]]
    assert ("44.79", "result") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jimmy Gressier won the 10,000m in 27:59.21, with Sweden's Andreas Almgren edging Berihu Aregawi for bronze, "
      "27:59.70 to 28:00.12.", [("27:59.21", "Jimmy Gressier", 1), ("27:59.70", "Andreas Almgren", 3), ("28:00.12", "Berihu Aregawi", 4)]),
     ("Yared Nuguse was second in 3:35.10, and Hobbs Kessler held off a charging Henry Wynne for third, 3:35.22 to 3:35.47.",
      [("3:35.10", "Yared Nuguse", 2), ("3:35.22", "Hobbs Kessler", 3), ("3:35.47", "Henry Wynne", 4)]),
     ("Messaoudi looked in control with 200 to go, but BYU's Joey Nokes came off the final turn in lane two and edged him at "
      "the line, 14:02.11 to 14:02.50.", [("14:02.11", "Joey Nokes", None), ("14:02.50", "Joey Nokes", None)]),
     ("Josh Kerr and Jakob Ingebrigtsen came off the final bend together and Kerr edged Ingebrigtsen at the line, 3:27.79 to "
      "3:28.24.", [("3:27.79", "Josh Kerr", None), ("3:28.24", "Jakob Ingebrigtsen", None)])],
    ids=["edging-for-bronze", "held-off-for-third", "a-pronoun-rival-is-no-pair", "the-two-then-both-again"],
)
def test_results_two_times_paired_as_two_rivals(doc_of, text: str, expected: list) -> None:
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_hanging_on_for_second_is_the_one_named_before(doc_of) -> None:
    text = ("Sheila Chepkirui broke clear at 18km and won in 1:05:21, with Gebreselama hanging on for second in 1:05:48.\n\n"
            "Tsigie Gebreselama had gone out hard.")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("1:05:21", "Sheila Chepkirui", 1), ("1:05:48", "Tsigie Gebreselama", 2)]


def test_results_a_paragraph_that_opens_with_a_heat_gives_its_times_to_the_heat(doc_of) -> None:
    text = ("Hannah Pickering was seventh in the 1500m final in 4:08.91.\n\nHer weekend had begun with a nervy 1500m heat on "
            "Saturday morning. She was boxed in with 300m to go but found a gap to finish third in 4:13.27.")
    assert [(r.text, round_or_label(r)) for r in doc_of(text).spans["results"]] == [("4:08.91", "result"), ("4:13.27", "heats")]


@pytest.mark.parametrize(
    "sentence",
    ["That's a 13:25.8 / 13:17.8 split for Fisher, and a last kilometer of roughly 2:35.", "Fisher's 2:35 last K was the fastest."],
)
def test_results_halves_and_last_kilometres_are_no_results(doc_of, sentence: str) -> None:
    doc = doc_of("Grant Fisher won The TEN in 26:43.61. " + sentence)
    assert [r.text for r in doc.spans["results"]] == ["26:43.61"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hocker swung wide off the final turn and caught his American teammate Yared Nuguse 30 meters from the line, "
      "winning the mile in 3:47.12.", "Cole Hocker"),
     ("Hellen Obiri spent a year thinking about the stretch where Sharon Lokedi ran away from her.\n\nThe 36-year-old Kenyan "
      "dropped Lokedi on the downhill and won the marathon in 2:17:05.", "Hellen Obiri"),
     ("Jeremiah Azu won the 60m.\n\nThe Welshman was level by 30 metres and powered through to dip on the line in 6.47.",
      "Jeremiah Azu")],
    ids=["caught", "where-clause", "the-welshman"],
)
def test_results_who_ran_it_in_everyday_prose(doc_of, text: str, expected: str) -> None:
    doc = doc_of(("Cole Hocker won the Bowerman Mile. " if text.startswith("Hocker") else "") + text)
    assert [athlete_of(r) for r in doc.spans["results"]] == [expected]


def test_results_holding_on_for_bronze_is_the_one_named_before(doc_of) -> None:
    text = "Kishane Thompson took silver in the 60m in 6.49, with Ronnie Baker holding on for bronze in 6.50."
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("6.49", "Kishane Thompson", 2), ("6.50", "Ronnie Baker", 3)]


def test_results_a_best_personal_mark_is_an_old_mark(doc_of) -> None:
    text = "Mohamed Attaoui won the 800m in 1:45,12. Attaoui, whose best personal mark is 1:42,04, arrived with doubts."
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [("1:45,12", "result"), ("1:42,04", "other")]


@pytest.mark.parametrize(
    "text",
    ["Quincy Hall anchored the men's 4x400 relay to victory in 2:58.41. Hall was timed at 43.86 on the anchor. Vernon "
     "Norwood (44.92), Bryce Deadmon (44.61) and Chris Bailey (45.02) ran the first three legs.",
     "Quincy Hall won the 400m in 44.10.\n\nMen's 4x400 USA vs. the World: 1. USA Red (Norwood, Deadmon, Bailey, Hall) "
     "2:58.41; 2. Jamaica 2:59.37."],
    ids=["legs", "relay-results-line"],
)
def test_results_relay_legs_and_teams_are_no_ones_result(doc_of, text: str) -> None:
    got = [(r.text, r.label_) for r in doc_of(text).spans["results"]]
    assert all(t in ("44.10",) for t, label in got if label == "result")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Cameron Myers stopped the clock at 7:26.81, erasing the 7:28.02 McSweyn ran in Doha in 2020.", ("7:28.02", "Stewart McSweyn")),
     ("Olivia Markezich won the steeplechase in 9:38.20. Markezich's time erased the championship record of 9:40.11 "
      "that had stood since 2019.", ("9:40.11", None))],
    ids=["the-time-a-name-ran", "a-broken-record-is-not-the-breakers"],
)
def test_results_whose_old_mark_said_around_it(doc_of, text: str, expected: tuple) -> None:
    doc = doc_of("Stewart McSweyn held the record. " + text if "McSweyn" in text else text)
    olds = [(r.text, athlete_of(r)) for r in doc.spans["results"] if r.label_ == "other"]
    assert olds == [expected]


def test_results_setting_the_tone_an_hour_earlier_is_this_meeting(doc_of) -> None:
    text = ("George Mills won the men's 5000m in 13:10.42.\n\nAn hour earlier Georgia Bell had set the tone, storming to "
            "women's 1500m gold in 3:58.21.")
    assert [(r.text, r.label_, r._.place) for r in doc_of(text).spans["results"]][-1] == ("3:58.21", "result", 1)


def test_results_a_stretch_from_one_kilometre_to_another_is_no_result(doc_of) -> None:
    text = ("Jacob Kiplimo won the Chicago Marathon in 2:02:41. He went to the front, covering the 5 km from 30 km to 35 km "
            "in 14:26.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [("2:02:41", "marathon")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sabastian Sawe won the Chicago Marathon in 2:01:52. He has now won all four of his marathons, starting with his debut "
      "in Valencia in 2024, where he ran 2:02:05.", ("2:02:05", "Sabastian Sawe")),
     ("Sabastian Sawe won the Chicago Marathon in 2:01:52. The 2:00:35 that the late Kelvin Kiptum ran on these streets "
      "looked safe.", ("2:00:35", "Kelvin Kiptum")),
     ("Sabastian Sawe won the Chicago Marathon in 2:01:52. John Korir, the 2024 winner here in 2:02:44, was third in 2:04:11.",
      ("2:02:44", "John Korir"))],
    ids=["where-after-a-year", "the-time-that-a-name-ran", "the-year-winner"],
)
def test_results_old_marks_of_a_marathon_feature(doc_of, text: str, expected: tuple) -> None:
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"] if r.label_ == "other"] == [expected]


def test_results_the_next_five_kilometres_is_a_stretch(doc_of) -> None:
    text = "Sabastian Sawe won the Chicago Marathon in 2:01:52. He covered the next five kilometres in 15:09, his slowest."
    assert [r.text for r in doc_of(text).spans["results"]] == ["2:01:52"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ferdinand Omanyala came home third in the men's 100m in 10.01, with Jamaica's Kishane Thompson winning in 9.91 "
      "into a slight headwind.", [("10.01", "Ferdinand Omanyala", 3), ("9.91", "Kishane Thompson", 1)]),
     ("Natalia Kaczmarek held off Lieke Klaver, winning the 400m in 50.91.", [("50.91", "Natalia Kaczmarek", 1)]),
     ("Emmanuel Wanyonyi won the 800m in 1:44.71, ahead of Algeria's Djamel Sedjati in 1:44.90.",
      [("1:44.71", "Emmanuel Wanyonyi", 1), ("1:44.90", "Djamel Sedjati", 2)]),
     ("Karsten Warholm beat Alison dos Santos in 47.35 in the 400m hurdles.", [("47.35", "Karsten Warholm", None)]),
     ("Daniel Rowden finished fifth in the third semi of the 800m in 1:45.63 and is out.", [("1:45.63", "Daniel Rowden", 5)])],
    ids=["with-a-rival-winning-in", "a-participle-after-a-comma-is-the-subjects", "ahead-of-a-rival-in-after-the-winners-time",
         "beat-a-rival-in-is-the-subjects", "the-third-semi-is-no-place"],
)
def test_results_rivals_and_their_times(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_an_edition_named_by_place_and_year_after_a_time(doc_of) -> None:
    text = ("Kelvin Kiptum won the 2023 Chicago Marathon in 2:00:35. The world record had been Eliud Kipchoge's, "
            "2:01:09 from Berlin 2022, and Paula Radcliffe's 2:17:18 at Chicago 2002 looks quaint.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [
        ("2:00:35", "result"), ("2:01:09", "other"), ("2:17:18", "other")]


def test_results_no_place_inferred_in_heats_told_as_one_race(doc_of) -> None:
    text = ("Marco Arop won the 800m in 1:44.14, Ben Pattison second in 1:44.49 and Slimane Moula fourth in 1:45.30. "
            "In the B race, Wyclife Kinyamal won in 1:44.80, with Bryce Hoppel clocking 1:45.05.")
    assert {r.text: r._.place for r in doc_of(text).spans["results"]}["1:45.05"] is None


def test_results_high_school_distances(doc_of) -> None:
    text = "Grant Fisher won the 1,600 in 4:02.08 and came back two hours later to take the 3,200 in 8:51.37."
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [("4:02.08", "1600m"), ("8:51.37", "3200m")]


def test_results_an_edition_opening_a_paragraph_or_a_line(doc_of) -> None:
    text = ("Emmanuel Wanyonyi won the Paris 2024 Olympic 800m final in 1:41.19.\n\n"
            "Compare London 2012. David Rudisha went on to the world record of 1:40.91 that night.\n\n"
            "Olympic 800m winners:\n\n1960 Rome, Peter Snell: 1:46.3\n2021 Tokyo, Emmanuel Korir: 1:45.06\n\n"
            "In Paris 2024, Marco Arop was second in 1:41.20.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [
        ("1:41.19", "result"), ("1:40.91", "other"), ("1:46.3", "other"), ("1:45.06", "other"), ("1:41.20", "result")]


def test_results_a_pluperfect_telling_a_split_dates_no_paragraph(doc_of) -> None:
    text = ("In the women's 5000m, Beatrice Chebet won in 14:09.52.\n\nTaye had taken the field through halfway in 7:06.40, "
            "but she could not shake off the Kenyans. Lilian Kasait Rengeruk finished sixth in 14:20.05.\n\n"
            "Chebet had won the 2023 title in 14:30.11. She said she was tired.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [
        ("14:09.52", "result"), ("14:20.05", "result"), ("14:30.11", "other")]


def test_results_a_sex_said_in_a_later_clause_is_not_this_times(doc_of) -> None:
    text = ("Kenya's Daniel Mateiko won the Ras Al Khaimah Half Marathon in 58:22, outkicking Yomif Kejelcha, while "
            "Agnes Ngetich took the women's race in 1:04:48. The men's race was paced by Vincent Kibet. "
            "Parker Wolfe (27:21.66) and Dylan Jacobs (27:26.13) dipped under 27:30, making it seven men inside it.")
    assert [(r.text, r._.race.sex) for r in doc_of(text).spans["results"]] == [
        ("58:22", None), ("1:04:48", "women"), ("27:21.66", "men"), ("27:26.13", "men")]


def test_results_a_people_s_who_clause_of_another_race_s_runner_is_not_hers(doc_of) -> None:
    """(A review's probe: "the Kenyan, who crossed in 3:30.11" in the men's race is not the women's winner named before.)"""
    doc = doc_of("Faith Kipyegon won the women's 1500m in Paris in 3:49.04. In the men's race, Jakob Ingebrigtsen held off the "
                 "Kenyan, who crossed in 3:30.11.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("3:49.04", "Faith Kipyegon"), ("3:30.11", "Jakob Ingebrigtsen")]


def test_results_a_description_s_who_clause_and_a_sentence_opened_by_a_description(doc_of) -> None:
    """"The Kenyan, who beat Arop ..., tracked home pacemaker Patryk Sieradzki through a brisk opening lap. He passed 600
    metres in 1:16.8 and held off the Canadian, who crossed in 1:43.38": "he" goes on with the description the sentence
    before opens with (not the pacemaker), and the time in the Canadian's "who" clause is the Canadian's."""
    text = ("Emmanuel Wanyonyi of Kenya beat Marco Arop of Canada in the 800m in 1:43.02.\n\nThe Kenyan, who beat Arop in Paris, "
            "tracked home pacemaker Patryk Sieradzki through a brisk opening lap. He passed 600 metres in 1:16.8 and held off "
            "the Canadian, who crossed in 1:43.38.")
    doc = doc_of(text)
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("1:43.02", "Emmanuel Wanyonyi"), ("1:43.38", "Marco Arop")]
    assert [(s.text, athlete_of(s)) for s in doc.spans["splits"]] == [("1:16.8", "Emmanuel Wanyonyi")]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [("Hocker was fourth; the Olympic champion's 3:27.65 from Paris came from perfect positioning.", "other"),
     ("Hocker was fourth. His 3:27.65 from Paris is still the year's best.", "other"),
     ("Hocker set a world lead with his 3:27.65 from Monaco.", "result")],
)
def test_results_a_runner_s_own_time_from_a_place_spoken_of_is_an_earlier_mark(doc_of, sentence: str, label: str) -> None:
    doc = doc_of("Niels Laros won the Monaco 1500m in 3:28.01. Cole Hocker ran well. " + sentence)
    assert [(r.text, r.label_) for r in doc.spans["results"]][1:] == [("3:27.65", label)]


def test_results_an_old_mark_with_a_dot_takes_its_title_s_event_read_as_minutes(doc_of) -> None:
    """"holder of the record of the world of the 10 km on road (28.46, in Valencia)" in a half marathon report: the 10km's
    28:46, not 28.46 seconds of the half marathon."""
    text = ("Kejelcha won the Lisbon half marathon in 59:08. In the women, the Kenyan Agnes Ngetich, holder of the record of "
            "the world of the 10 km on road (28.46, in Valencia), won in 1:05:43.")
    assert [(r.text, r.label_, r._.race.event, r._.seconds) for r in doc_of(text).spans["results"]] == [
        ("59:08", "result", "half marathon", 3548.0), ("28.46", "other", "10km", 1726.0), ("1:05:43", "result", "half marathon", 3943.0)]


@pytest.mark.parametrize(
    ("text", "time", "place"),
    [("Rui Pinto was the first Portuguese, eleventh with 1h02m31s.", "1h02m31s", 11),
     ("Rui Pinto was once more the best Portuguese, eleventh with 1:02:31, and happy.", "1:02:31", 11),
     ("Rui Pinto was the first Portuguese, in 1:02:31.", "1:02:31", None)],
)
def test_results_a_place_set_off_after_a_national_rank(doc_of, text: str, time: str, place: int | None) -> None:
    """Translated copy: "the first Portuguese, eleventh with 1h02m31s" is eleventh, never first (a rank among a
    country's runners is no place, a comma after it or not)."""
    doc = doc_of("Kejelcha won the Lisbon half marathon in 59:08. " + text)
    assert [(r.text, r._.place) for r in doc.spans["results"]][1:] == [(time, place)]


@pytest.mark.parametrize(
    "text",
    ["The Ethiopian Deresa Gueleta won the Valencia Marathon in 2:03:26 on a morning in which his compatriot Letesenbet "
     "Gidey won the female race with 2:16:14.\n\nMen: 1. Deresa Gueleta (ETH) 2:03:26.",
     "Gueleta conquers Valencia Marathon with 2:03:26 and Gidey dominates between the women with 2:16:14.\n\n"
     "Men: 1. Deresa Gueleta (ETH) 2:03:26."],
    ids=["in-which", "and-a-new-subject"],
)
def test_results_a_sex_said_in_a_clause_of_a_new_subject_is_not_the_time_before(doc_of, text: str) -> None:
    """A clause opened by "in which" or by "and" with a name of its own is another race's: the women's race it names is
    not the first time's (translated copy, a headline): that is the men's, as the results list tells."""
    assert [(r.text, r._.race.sex) for r in doc_of(text).spans["results"]] == [
        ("2:03:26", "men"), ("2:16:14", "women"), ("2:03:26", "men")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sarah Lavin won the 60m in 7.26 to finish clear of Marcus Lawler (Clonliffe Harriers), 7.31, and Bori Akinola "
      "(Dundrum South Dublin AC), 7.38.", [("7.26", "Sarah Lavin"), ("7.31", "Marcus Lawler"), ("7.38", "Bori Akinola")]),
     ("Sarah Lavin ran 7.26 in the 60m final ahead of Molly Scott (St Laurence O'Toole AC), who was second in 7.29.",
      [("7.26", "Sarah Lavin"), ("7.29", "Molly Scott")])],
    ids=["a-rivals-club-before-her-time", "a-rivals-club-before-her-relative-clause"],
)
def test_results_a_club_in_brackets_after_a_rival(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_before_opening_a_clause_of_the_name_makes_no_object(doc_of) -> None:
    text = ("The men's 1500m final was a tactical affair. The field passed 800m in a pedestrian 2:09.8 before Luke McCann "
            "(UCD AC) kicked with 250 metres to go to win in 3:44.12.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("3:44.12", "Luke McCann", 1)]


def test_results_an_old_mark_takes_the_event_of_its_title(doc_of) -> None:
    text = "Beatrice Chebet won the 5000m in 14:46.11. Chebet also holds the 10,000m world record of 28:54.14."
    assert [(r.text, r.label_, r._.race.event) for r in doc_of(text).spans["results"]] == [
        ("14:46.11", "result", "5000m"), ("28:54.14", "other", "10000m")]


def test_results_a_with_phrase_after_a_win_is_not_the_winners(doc_of) -> None:
    text = ("Jacob Kiplimo broke clear of Kandie in the final kilometre to win the half marathon by five seconds, with "
            "Kandie clocking 58:54.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("58:54", "Kibiwott Kandie", None)]


def test_results_a_name_after_before_has_its_own_clause(doc_of) -> None:
    text = "Faith Kipyegon won the 1500m in 3:51.29. The field went through 400m in 62.8 before Faith Kipyegon moved up."
    doc = doc_of(text)
    assert [(s.text, s._.athlete) for s in doc.spans["splits"]] == [("62.8", None)]


def test_results_an_olympian_beaten_is_an_object(doc_of) -> None:
    text = ("Club runner Mahamed Mahamed produced the run of his life to beat two-time Olympian Chris Thompson on Sunday.\n\n"
            "The Southampton AC athlete crossed the line in 48 minutes 12 seconds, 19 seconds clear of Thompson.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("48 minutes 12 seconds", "Mahamed Mahamed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laura Muir won the 1500m, holding off Kenya's world 5,000m champion Beatrice Chebet down the straight to clock 3:55.22.",
         [("3:55.22", "result", "Laura Muir", 1)]),
        ("Georgia Bell won the 1500m in 4:01.50. Hannah Nuttall needed a fastest-loser spot after finishing fourth in her semi "
         "in 4:05.12.", [("4:01.50", "result", "Georgia Bell", 1), ("4:05.12", "semi-finals", "Hannah Nuttall", 4)]),
        ("The race was won by Mo Farah in 29:08. Behind him, Andy Vernon (29:40, 5th) and Chris Thompson (29:58, 8th) "
         "made it a good day.", [("29:08", "result", "Mohamed Farah", 1), ("29:40", "result", "Andy Vernon", 5),
                                 ("29:58", "result", "Chris Thompson", 8)]),
        ("Jo Smith was first F45 in 39:58, and Ann Lee won her age category in 44:12, her fifth age-group win at the race.",
         [("39:58", "result", "Jo Smith", None), ("44:12", "result", "Ann Lee", None)]),
        ("Gudaf Tsegay won in 14:05.20, ahead of Beatrice Chebet (14:06.11) and her compatriot Ejgayehu Taye (14:07.30).",
         [("14:05.20", "result", "Gudaf Tsegay", 1), ("14:06.11", "result", "Beatrice Chebet", 2),
          ("14:07.30", "result", "Ejgayehu Taye", 3)]),
        ("Behind, the American Grant Fisher took the fourth place in 12:55,20, and the Guatemalan Luis Grijalva the sixth "
         "(12:59,01).", [("12:55,20", "result", "Grant Fisher", 4), ("12:59,01", "result", "Luis Grijalva", 6)]),
        ("At the masters championships Nolan Shaheed won the M75 800m in 2:39.85.", [("2:39.85", "result", "Nolan Shaheed", 1)]),
        ("In the town 10K Dave Pullman won the M55 title in 38:12.", [("38:12", "result", "Dave Pullman", None)]),
        ("Mahamed Mahamed won the Great South Run in 46:31. Dan Whitlock came in 212th overall in 58:47, and Kev Doyle "
         "was 1,140th in 1:05:51.", [("46:31", "result", "Mahamed Mahamed", 1), ("58:47", "result", "Dan Whitlock", 212),
                                      ("1:05:51", "result", "Kev Doyle", 1140)]),
        ("Mahamed Mahamed won the Great South Run in 46:31.\n\nSTRIDERS RESULTS\n498  Tom Ashby  1:01:03\n"
         "1,140  Kev Doyle  1:05:51\n2024: Josh Kerr 1:02:01",
         [("46:31", "result", "Mahamed Mahamed", 1), ("1:01:03", "result", "Tom Ashby", 498),
          ("1:05:51", "result", "Kev Doyle", 1140), ("1:02:01", "result", "Josh Kerr", None)]),
    ],
    ids=["an-object-titled-by-an-event", "her-semi", "a-place-in-the-bracket-after-the-time", "age-class-places",
         "her-compatriot-in-a-list-of-rivals", "the-sixth-translated", "an-age-class-race-of-its-own",
         "an-age-class-title", "overall-places-past-99", "a-club-list-of-overall-places"],
)
def test_results_places_and_rounds_of_club_and_championship_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Callum Hawkins was fourth in 2:10:17. His best, 2:08:14, came in London.",
         [("2:10:17", "result", "Callum Hawkins"), ("2:08:14", "other", "Callum Hawkins")]),
        ("Jimmy Gressier was fifth in 12:58,77. His precedent record, 13:07,93, dated of the last season.",
         [("12:58,77", "result", "Jimmy Gressier"), ("13:07,93", "other", "Jimmy Gressier")]),
        ("Jimmy Gressier was fifth in 12:58,77. He is now close to the record of France of Ismaïl Sghyr (12:54,70).",
         [("12:58,77", "result", "Jimmy Gressier"), ("12:54,70", "other", "Ismaïl Sghyr")]),
        ("Winfred Yavi, the world champion a year earlier in 8:54.29, won the steeplechase in 8:52.76.",
         [("8:54.29", "other", "Winfred Yavi"), ("8:52.76", "result", "Winfred Yavi")]),
    ],
    ids=["his-best-opening-a-sentence", "a-translated-precedent-record", "the-record-of-a-country-of-its-holder",
         "a-year-earlier"],
)
def test_results_marks_of_other_races_said_with_a_pronoun_or_in_translation(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_every_athlete_the_text_says_won_wins_their_race(doc_of) -> None:
    text = ("Hellen Obiri wins the women's race! The Kenyan crosses the line in 2:21:38.\n\n"
            "Evans Chebet wins the men's race again! He crosses the line in 2:05:54.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("2:21:38", "Hellen Obiri", 1), ("2:05:54", "Evans Chebet", 1)]


def test_results_breaking_the_tape_wins(doc_of) -> None:
    text = "The defending champion Evans Chebet was never troubled and broke the tape in 2:05:54."
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("2:05:54", "Evans Chebet", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The women's group champion was seized by Kenya athlete Sheila Chepkirui with 2:22:10.",
         [("2:22:10", "result", "Sheila Chepkirui", 1)]),
        ("The race was fast. Dejene Debela with 2:06:58 get second, and Yang Shaohui ranked third in 2:07:30.",
         [("2:06:58", "result", "Dejene Debela", 2), ("2:07:30", "result", "Yang Shaohui", 3)]),
        ("Beatrice Chebet became the first woman since Tirunesh Dibaba in 2008 to win both titles, holding off Nadia "
         "Battocletti to win in 30:43.25.", [("30:43.25", "result", "Beatrice Chebet", 1)]),
        ("Kennedy Ogundipe, who ran 11.52 in Friday's trials, won the girls 100 in 11.41.",
         [("11.52", "heats", "Kennedy Ogundipe", None), ("11.41", "result", "Kennedy Ogundipe", 1)]),
    ],
    ids=["a-champion-seized-by", "get-second-and-ranked-third", "since-someone-in-a-year-is-no-date", "the-trials-of-a-high-school-meet"],
)
def test_results_translated_and_school_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victories were for Tsegaye Getachew. Getachew crossed the goal in 2:11:47 after a final duel with Sisay "
         "Lemma, that was second with 2:11:52.", [("2:11:47", "result", "Tsegaye Getachew", 1), ("2:11:52", "result", "Sisay Lemma", 2)]),
        ("Samuel Barata won in 13:52.64. Etson Barros (Sporting), that finished at 2,56 seconds of the winner, ran 13:55,20.",
         [("13:52.64", "result", "Samuel Barata", 1), ("13:55,20", "result", "Etson Barros", None)]),
        ("Ishmael Kipkurui won the U20 men's 8km in 23:55.0, while Pamela Kosgei took the U20 women's 6km title in 20:12.6.",
         [("23:55.0", "result", "Ishmael Kipkurui", 1), ("20:12.6", "result", "Pamela Kosgei", 1)]),
        ("Avinash Sable was second in 8:11.20. His personal best over 5000m, 13:25.65, is also a national record.",
         [("8:11.20", "result", "Avinash Sable", 2), ("13:25.65", "other", "Avinash Sable", None)]),
    ],
    ids=["translated-victories-and-that-was-second", "the-winner-of-someone-else", "an-age-class-title", "a-best-over-a-distance"],
)
def test_results_translated_releases_and_marks(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_an_age_class_title_names_its_event(doc_of) -> None:
    text = "Ishmael Kipkurui won the U20 men's 8km in 23:55.0, while Pamela Kosgei took the U20 women's 6km title in 20:12.6."
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [("23:55.0", "8km"), ("20:12.6", "6km")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noah Lyles won again. The 100m on Sunday night: Lyles 9.83, Letsile Tebogo 9.88, Zharnel Hughes 9.88 - Hughes "
         "lost silver by thousandths.", [("9.83", "result", "Noah Lyles", 1), ("9.88", "result", "Letsile Tebogo", 2),
                                         ("9.88", "result", "Zharnel Hughes", 3)]),
        ("Oliver Hoare won the 1500m title, beating Kenya's Timothy Cheruiyot and newly crowned world champion Jake "
         "Wightman in a Games record of 3:30.12.", [("3:30.12", "result", "Oliver Hoare", 1)]),
        ("The favourite is Reynold Cheruiyot, the 19-year-old Kenyan who has run 3:31.71 for 1500m. Neil Gourley won the "
         "road mile in 3:56.13. His 3:49.46 over the mile earlier this season was a best.",
         [("3:31.71", "other", "Reynold Cheruiyot", None), ("3:56.13", "result", "Neil Gourley", 1),
          ("3:49.46", "other", "Neil Gourley", None)]),
    ],
    ids=["a-list-after-a-colon", "the-second-of-two-objects", "who-has-run-and-his-time"],
)
def test_results_lists_objects_and_marks_of_briefs_and_previews(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_round_up_section_carries_its_own_race(doc_of) -> None:
    text = ("ATHLETICS ROUND-UP\n\nNEW YORK - Josh Kerr won the two miles at the Millrose Games on Sunday in 8:00.67, a "
            "world indoor best for the distance.\n\nBARCELONA - Kenya's Joyciline Jepkosgei won the women's race at the "
            "Barcelona Half Marathon on Sunday in 1:05:24. Tsehay Gemechu was second in 1:06:02.")
    assert [(r.text, r._.race.meeting, r._.race.event) for r in doc_of(text).spans["results"] if r.text != "8:00.67"] == [
        ("1:05:24", "Barcelona Half Marathon", "half marathon"), ("1:06:02", "Barcelona Half Marathon", "half marathon")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hellen Obiri won in 2:27:23. Letesenbet Gidey took second in 2:27:29 and last year's champion Sharon Lokedi came "
         "home third in 2:27:33.", [("2:27:23", "result", "Hellen Obiri", 1), ("2:27:29", "result", "Letesenbet Gidey", 2),
                                    ("2:27:33", "result", "Sharon Lokedi", 3)]),
        ("Nicholas Kimeli won in 12:59.10. Kimeli, last year's winner in 13:19.84, then went to the front.",
         [("12:59.10", "result", "Nicholas Kimeli", 1), ("13:19.84", "other", "Nicholas Kimeli", None)]),
        ("The 27-year-old Jack Rayner clocked 27:41.07 to claim the national 10,000m title, with Patrick Tiernan second in 27:44.39.",
         [("27:41.07", "result", "Jack Rayner", 1), ("27:44.39", "result", "Patrick Tiernan", 2)]),
        ("The women's race belonged to Lauren Ryan. Fourth in this race 12 months ago, the 25-year-old surged with four laps "
         "left to win in 31:02.56.", [("31:02.56", "result", "Lauren Ryan", 1)]),
    ],
    ids=["last-years-champion-then-a-name", "last-years-winner-in-a-time", "to-claim-the-national-10000m-title",
         "a-sentence-opening-with-a-place-of-the-past"],
)
def test_results_titles_of_last_year_and_this_one(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_pronouns_mark_was_the_time(doc_of) -> None:
    text = "Georgia Bell was second in 3:52.61. Her previous national mark was the 3:55.22 she ran in Paris."
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == [
        ("3:52.61", "result", "Georgia Bell"), ("3:55.22", "other", "Georgia Bell")]


def test_results_an_age_class_title_and_a_meeting_still_to_come(doc_of) -> None:
    text = ("Ackeem Blake served notice of his ambitions for the World Indoor Championships with a blistering 6.47 in the "
            "men's 60m at the Copernicus Cup in Torun on Sunday.\n\nElsewhere, Kenny Wilson took the M40 title in 31:22.")
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("6.47", "result", "Ackeem Blake", None), ("31:22", "result", "Kenny Wilson", None)]


def test_results_minutes_and_seconds_joined_by_a_dot(doc_of) -> None:
    text = "Joe Pritchard won the men's 10km in 30:55. Josh Okafor was 77th in 34.58, and Ryan Gee clocked 34:59."
    assert [(r.text, r._.seconds, r._.clock) for r in doc_of(text).spans["results"]] == [
        ("30:55", 1855, "30:55"), ("34.58", 2098.0, "34:58"), ("34:59", 2099, "34:59")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia Bell won the 1500m in 4:13.72. She still has work to do to reach the Olympic standard, but her personal "
         "best of 4:06.95 suggests she is not far away.", [("4:13.72", "result", "Georgia Bell"), ("4:06.95", "other", "Georgia Bell")]),
        ("Jacob Krop was second in 12:51.30, well outside Krop's personal best of 12:46.79.",
         [("12:51.30", "result", "Jacob Krop"), ("12:46.79", "other", "Jacob Krop")]),
        ("Josh Kerr won the mile in a personal best of 3:45.34.", [("3:45.34", "result", "Josh Kerr")]),
    ],
    ids=["her-personal-best-of", "possessive-personal-best-of", "a-personal-best-of-is-the-race"],
)
def test_results_someone_s_personal_best_of_is_an_old_mark(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_a_description_of_one_sex_stands_for_an_athlete_of_that_sex(doc_of) -> None:
    text = ("Jeremiah Azu won the men's 60m title in Birmingham, while Georgia Bell took the women's 1500m. "
            "The Welshman clocked 6.54 seconds in the final.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("6.54", "Jeremiah Azu")]


def test_results_another_crown_is_a_win(doc_of) -> None:
    text = "In the women's 60m, Asha Philip claimed another national crown in 7.17, edging Amy Hunt."
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"]] == [("7.17", 1)]


def test_results_a_result_of_unknown_sex_follows_the_race_of_the_result_before(doc_of) -> None:
    """The lede names the men's 60m first; Bell's win (her sex known) is the women's 1500m, and
    so are the results after it that name no sex (the runners in them unknown to the registry)."""
    text = ("Jeremiah Azu won the men's 60m title, while Georgia Bell took victory in the women's 1500m.\n\n"
            "Azu clocked 6.54 in the final.\n\n"
            "Bell kicked down the back straight to win in 4:13.72.\n\n"
            "Freya Testrunner held on for silver in 4:14.20 and Mara Othername took bronze in 4:14.89.")
    assert [(r.text, r._.race.sex) for r in doc_of(text).spans["results"]] == [
        ("6.54", "men"), ("4:13.72", "women"), ("4:14.20", "women"), ("4:14.89", "women")]


def test_results_unknown_sex_follows_across_paragraphs_until_the_other_sex_is_said(doc_of) -> None:
    """The race of the result before holds however many paragraphs of her race come between (no
    result in them); a person of the other sex said since ("First man home") ends it."""
    text = ("Letesenbet Gidey broke the world record in the 10,000m; the men's race was closer.\n\n"
            "Letesenbet Gidey stopped the clock at 29:01.03.\n\n"
            "That mark belonged to Sifan Hassan until Sunday.\n\n"
            "She passed 3000m in 8:45 and went through halfway in 14:33.\n\n"
            "Tsehay Gemechu was a distant second in 30:19.29.\n\n"
            "First man home was Craig Runnerson in 31:34.")
    got = [(r.text, r._.race.sex) for r in doc_of(text).spans["results"] if r.text in ("30:19.29", "31:34")]
    assert got == [("30:19.29", "women"), ("31:34", "men")]


def test_results_of_a_sentence_saying_both_sexes_the_sex_said_last_before_the_time(doc_of) -> None:
    """The sentence's race is the men's (said first); the time after "the women's race" is the
    women's, and the results after it that say no sex follow it."""
    text = ("Liam Testrunner won the men's race in 2:11:02.\n\n"
            "If the men's race was about patience, the women's race was a masterclass from Lisa Testrunnerova, "
            "who won in 2:27:41.\n\nLeanne Otherova took second in 2:28:55.")
    assert [(r.text, r._.race.sex) for r in doc_of(text).spans["results"]] == [
        ("2:11:02", "men"), ("2:27:41", "women"), ("2:28:55", "women")]


def test_results_a_club_man_and_a_record_held_in_another_event(doc_of) -> None:
    """"The Leeds City AC man ... covered the course in 37:41" is the one named before; "who also
    holds the world record in the half marathon at 57:31" is an old mark."""
    text = ("EMILE Cairess won the senior men's title at the Yorkshire Cross Country Championships.\n\n"
            "The Leeds City AC man, fourth in the Olympic marathon last summer, covered the 12km course in 37:41.\n\n"
            "Jacob Kiplimo, who also holds the world record in the half marathon at 57:31, watched.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == [
        ("37:41", "result", "Emile Cairess"), ("57:31", "other", "Jacob Kiplimo")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sheila Chepkirui won the marathon in 2:24:35, slower than the 2:17:29 Ms. Chepkirui ran in Valencia.",
         [("2:24:35", "result", "Sheila Chepkirui"), ("2:17:29", "other", "Sheila Chepkirui")]),
        ("Jessica Hull was fourth in 3:55.12. Dana Whitfield was there. Hull's 3:55.12 is well off the 3:52.56 she ran in "
         "Paris, but Dana thinks the rain cost her.",
         [("3:55.12", "result", "Jessica Hull"), ("3:55.12", "result", "Jessica Hull"), ("3:52.56", "other", "Jessica Hull")]),
        ("Natalia Kaczmarek won the 400m in 48.98, Rhasidat Adeleke second. The Irishwoman's 49.07 was a national record, "
         "taking 13 hundredths off the 49.20 she ran at the NCAA Championships.",
         [("48.98", "result", "Natalia Kaczmarek"), ("49.07", "result", "Rhasidat Adeleke"), ("49.20", "other", "Rhasidat Adeleke")]),
        ("Yared Nuguse won the Wanamaker Mile in 3:47.38. His previous best for the mile was 3:53.39.",
         [("3:47.38", "result", "Yared Nuguse"), ("3:53.39", "other", "Yared Nuguse")]),
    ],
    ids=["a-name-with-an-honorific", "she-the-owner-named-before", "she-the-description-before", "a-previous-best-for-the-event"],
)
def test_results_a_time_compared_with_one_someone_ran(doc_of, text: str, expected: list[tuple]) -> None:
    """"slower than the 2:17:29 Ms. Chepkirui ran", "well off the 3:52.56 she ran": the time compared
    with is no threshold but the mark of who ran it."""
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_feminine_names_the_women_race(doc_of) -> None:
    """Translated: "In the feminine sector", "in the masculine" say the race's sex."""
    text = ("Isaac Nader won the men's 1500m in 3:41.26.\n\n"
            "In the feminine sector, Salomé Afonso won with 4:14.38.")
    assert [(r.text, r._.race.sex) for r in doc_of(text).spans["results"]] == [("3:41.26", "men"), ("4:14.38", "women")]


def test_results_a_former_holder_of_the_record_sets_none(doc_of) -> None:
    text = ("Kibiwott Kandie was the winner. The former holder of the world record of the distance crossed the line "
            "with the time of 59:05.")
    assert [(r.text, r._.tags) for r in doc_of(text).spans["results"]] == [("59:05", [])]


def test_results_apostrophe_inside_a_name(doc_of) -> None:
    """"Amanang'ole", "Chepng'etich": a name goes on after an apostrophe in lower case."""
    text = "The Kenyan Sheila Chepkirui was second, with 1:06:20, and Catherine Amanang'ole completed the podium in 1:06:48."
    assert [(r.text, r._.athlete.text) for r in doc_of(text).spans["results"]] == [
        ("1:06:20", "Sheila Chepkirui"), ("1:06:48", "Catherine Amanang'ole")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hagos Ghebriwet won the 5000m in 12:43.25. Ghebriwet arrived in Rome with the world leading of the season, "
         "the 12:36.73 run in Oslo at the end of May.", [("12:43.25", "result", "Hagos Ghebriwet"), ("12:36.73", "other", "Hagos Ghebriwet")]),
        ("Yeman Crippa finishes ninth in 13:04.11, his best of the season but far from his personal of 13:02,26.",
         [("13:04.11", "result", "Yeman Crippa"), ("13:02,26", "other", "Yeman Crippa")]),
        ("Kelvin Kiptum won the Chicago Marathon in 2:00:35. A fan held a sign reading \"KIPTUM 1:59?\" at the finish.",
         [("2:00:35", "result", "Kelvin Kiptum")]),
    ],
    ids=["the-time-run-in-a-place", "his-personal-of", "a-sign-in-quotation-marks"],
)
def test_results_marks_of_translated_copy_and_signs(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_an_ordinal_place_for_a_runner_named_after(doc_of) -> None:
    text = ("Hagos Ghebriwet won the 5000m in 12:43.25. Third place for the Kenyan Jacob Crop, silver world of Budapest "
            "in the 5000, who stops the chronometer in 12:44.42.")
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("Hagos Ghebriwet", 1), ("Jacob Crop", 3)]


def test_results_an_employer_s_description_stands_for_the_athlete(doc_of) -> None:
    text = ("Beatrice Chebet won the senior women's 10km at the national trials in Eldoret.\n\n"
            "The Police officer timed 32:15.6 to beat a field that included Agnes Ngetich.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [("32:15.6", "Beatrice Chebet")]


def test_results_a_description_that_acts_before_a_name_is_the_subject(doc_of) -> None:
    text = ("James Preston has never been one for fuss.\n\nThe defending champion let Brad Mathas do the early work in the "
            "800m final, then went past him off the final bend to win his fifth national title in 1:47.12.\n\n"
            "Mathas, the former Commonwealth Games representative, came home second in 1:47.58.")
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("1:47.12", "result", "James Preston", 1), ("1:47.58", "result", "Brad Mathas", 2)]


def test_results_a_description_in_another_clause_is_not_the_subject(doc_of) -> None:
    text = ("Jakob Ingebrigtsen and Yared Nuguse ran the Bowerman Mile. The Norwegian won in 3:43.73, but Nuguse was right on "
            "his shoulder in second, clocking 3:43.97.")
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == [
        ("3:43.73", "Jakob Ingebrigtsen"), ("3:43.97", "Yared Nuguse")]


def test_results_a_record_improved_by_a_margin_and_the_setter_who_achieved_it(doc_of) -> None:
    text = ("The Kenyan Kibiwott Candy stopped the chronometer in 57:32 in Valencia.\n\nCandy improved in 29 seconds the 58:01 "
            "that his compatriot Geoffrey Kamworor achieved in Copenhagen in 2019.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == [
        ("57:32", "result", "Kibiwott Candy"), ("58:01", "other", "Geoffrey Kamworor")]


def test_results_a_name_doing_something_in_a_with_phrase_owns_its_time(doc_of) -> None:
    text = ("Mahamed Mahamed won the Telford 10K in 28:41. Ellis Cross, from Aldershot, Farnham & District, was eight seconds "
            "back in 28:49, with Telford AC's Tom Perkins delighting the home crowd by coming home third in 29:58.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [
        ("28:41", "Mahamed Mahamed", 1), ("28:49", "Ellis Cross", 2), ("29:58", "Tom Perkins", 3)]


def test_results_completing_a_one_two_three_is_third(doc_of) -> None:
    text = ("Benson Kipruto won the Tokyo Marathon in 2:02:16.\n\nTimothy Kiplagat held on for second in 2:02:55, and Vincent "
            "Ngetich completed a Kenyan one-two-three in 2:04:18.\n\nIn the women's race, Sutume Asefa Kebede won in 2:15:55.")
    assert [(r.text, r._.place, r._.race.sex) for r in doc_of(text).spans["results"]] == [
        ("2:02:16", 1, "men"), ("2:02:55", 2, "men"), ("2:04:18", 3, "men"), ("2:15:55", 1, "women")]


def test_results_a_record_holder_at_a_time_holds_an_old_mark(doc_of) -> None:
    text = "Soufiane El Bakkali won the steeplechase in 8:08.23. Lamecha Girma, the world record holder at 7:52.11, did not start."
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [("8:08.23", "result"), ("7:52.11", "other")]


def test_results_a_round_a_relative_clause_is_about(doc_of) -> None:
    text = ("Prudence Sekgodiso won the 800m final in 2:00.41. The winning time was some way off the record, but Sekgodiso had "
            "looked comfortable in Thursday's semi-final, which she won in a controlled 2:03.64.")
    assert [(r.text, round_or_label(r)) for r in doc_of(text).spans["results"]] == [("2:00.41", "result"), ("2:03.64", "semi-finals")]


@pytest.mark.parametrize("text", ["Josh Kerr won the mile by a second in 3:45.34.", "Josh Kerr won the mile by a tenth in 3:45.34."])
def test_results_won_by_a_fraction_is_no_place(doc_of, text: str) -> None:
    """"by a second in", "by a tenth in": a margin, not second or tenth place."""
    assert results(doc_of(text)) == [("3:45.34", "result", "Josh Kerr", 1)]


def test_results_a_pair_of_times_and_the_rival_named_after_it(doc_of) -> None:
    """"held on, 1:44.10 to 1:44.12, from a fast-finishing Marco Arop": the second time is the rival's."""
    doc = doc_of("Emmanuel Wanyonyi won the Olympic 800m title. He led from the bell and held on by two hundredths of a "
                 "second, 1:44.10 to 1:44.12, from a fast-finishing Marco Arop of Canada.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("1:44.10", "Emmanuel Wanyonyi"), ("1:44.12", "Marco Arop")]


def test_results_medals_from_a_heading_over_a_list(doc_of) -> None:
    """A federation's medal list: "GOLD", "SILVER", "BRONZE" alone on a line give their places to the
    lines under them, down to the next blank line."""
    doc = doc_of("Team Kenya won eleven medals at the Olympic Games in Paris.\n\n"
                 "GOLD\nBeatrice Chebet - Women's 5000m - 14:28.56\nEmmanuel Wanyonyi - Men's 800m - 1:41.19\n\n"
                 "SILVER\nRonald Kwemoi - Men's 5000m - 13:15.04\n\n"
                 "Bronze medals:\nMary Moraa - Women's 800m - 1:57.42\n\n"
                 "Also in the team\nWyclife Kinyamal - Men's 800m - 1:45.10\n")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("14:28.56", "Beatrice Chebet", 1), ("1:41.19", "Emmanuel Wanyonyi", 1), ("13:15.04", "Ronald Kwemoi", 2),
        ("1:57.42", "Mary Moraa", 3), ("1:45.10", "Wyclife Kinyamal", None)]


def test_results_a_woman_described_so_is_in_the_women_s_race(doc_of) -> None:
    """After the men's winner, "the Kenyan woman Joyce Kibiwott became second" is a women's result
    (the registry does not know her), and so is the one after it."""
    doc = doc_of("Eliud Kipchoge won the Berlin Marathon in 2:02:42.\n\nBehind her the Kenyan woman Joyce Kibiwott became "
                 "second with 2:17:49 hours. Third was Ruth Abebe from Ethiopia in 2:18:41 hours.")
    assert [(r.text, r._.race.sex) for r in doc.spans["results"]] == [("2:02:42", "men"), ("2:17:49", "women"), ("2:18:41", "women")]


def test_results_a_time_far_under_the_record_is_a_stretch_not_a_result(doc_of) -> None:
    """"broke the race apart with a blistering 13:51" in a marathon: a stretch of the race, no result (a
    dotted "31.52" of a 10km is 31:52, still a result)."""
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35. Kiptum then broke the race apart with a blistering 13:51.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("2:00:35", "result")]
    doc = doc_of("Darren Ashby won the Telford 10km road race. He was first V40 in 31.52, finishing ninth overall.")
    assert [(r.text, r._.seconds) for r in doc.spans["results"]] == [("31.52", 1912.0)]


def test_results_an_owned_record_of_an_event_with_a_thousands_comma(doc_of) -> None:
    """"Hassan's 10,000m world record of 29:06.82, set in Hengelo ..., was taken away ... by Gidey": Hassan's."""
    doc = doc_of("Sifan Hassan won the London Marathon in 2:18:33.\n\nFor context: Hassan's 10,000m world record of 29:06.82, "
                 "set in Hengelo in June 2021, was taken away only two days later by Letesenbet Gidey.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"] if r.text == "29:06.82"] == [
        ("29:06.82", "other", "Sifan Hassan")]


def test_results_his_own_record_is_the_sentence_opener_s(doc_of) -> None:
    """"Ingebrigtsen's 3:28.32 took ... off Noah Ngeny's Olympic record ..., and improved his own European
    record of 3:28.68": Ingebrigtsen's own, not the last man named."""
    doc = doc_of("Jakob Ingebrigtsen won the Olympic 1500m title.\n\nIngebrigtsen's 3:28.32 took more than three and a half seconds off "
                 "Noah Ngeny's Olympic record of 3:32.07 from the Sydney final in 2000, and improved his own European record "
                 "of 3:28.68, set in Monaco last August.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"] if r.label_ == "other"] == [
        ("3:32.07", "other", "Noah Ngeny"), ("3:28.68", "other", "Jakob Ingebrigtsen")]


def test_results_a_win_dated_today_after_a_past_mark_in_the_same_stretch(doc_of) -> None:
    """"added the 5,000m world record to the 1,500m mark she set a week ago when she outkicked Gidey to win
    in 14 minutes 5.20 seconds at the Paris meeting on Friday": this race's result; "had only lowered the
    1,500m world record to 3:49.11 in Florence" is an old mark."""
    doc = doc_of("Kenya's Faith Kipyegon added the 5,000 metres world record to the 1,500m mark she set a week ago when she "
                 "outkicked Ethiopian Letesenbet Gidey to win in 14 minutes 5.20 seconds at the Paris Diamond League meeting on "
                 "Friday.\n\nKipyegon had only lowered the 1,500m world record to 3:49.11 in Florence on June 2.")
    assert [(r.text, r.label_, r._.place) for r in doc.spans["results"]] == [
        ("14 minutes 5.20 seconds", "result", 1), ("3:49.11", "other", None)]


def test_results_a_medal_right_before_the_time_beats_an_ordinal_further_back(doc_of) -> None:
    doc = doc_of("Rose Davies won the women's 5000m in 15:18.30. Lauren Ryan (15:21.07) was the second Australian home and "
                 "local hope Izzi Batt-Doyle, roared on by a loud contingent, took bronze in 15:29.44.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("15:18.30", 1), ("15:21.07", 2), ("15:29.44", 3)]


def test_results_the_new_record_holder_is_the_winner(doc_of) -> None:
    """"The new world record holder had already announced himself with a debut of 2:01:53": the winner,
    who set it, not the last man named."""
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35, a world record.\n\nBenson Kipruto finished second in "
                 "2:04:02, a full three minutes behind.\n\nThe new world record holder had already announced himself with a "
                 "debut of 2:01:53 in Valencia last December.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"] if r.label_ == "other"] == [("2:01:53", "Kelvin Kiptum")]


def test_results_an_entry_list_under_a_heading_without_a_colon(doc_of) -> None:
    """"KEY ENTRIES (PB / SB)" over "Sifan Hassan (NED) 14:22.12": personal bests, no results (a results
    line tagged "PB" is no heading)."""
    doc = doc_of("Faith Kipyegon won the world 5000m title in Budapest on Saturday in 14:53.88.\n\nKEY ENTRIES (PB / SB)\n\n"
                 "Sifan Hassan (NED) 14:22.12 / -\nBeatrice Chebet (KEN) 14:12.92 / 14:12.92\n\nRESULT\n1 Faith Kipyegon KEN 14:53.88\n"
                 "2 Sifan Hassan NED 14:54.11 SB\n")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [
        ("14:53.88", "result"), ("14:22.12", "other"), ("14:12.92", "other"), ("14:53.88", "result"), ("14:54.11", "result")]


def test_results_a_day_of_another_month_dates_a_mark(doc_of) -> None:
    """The lead dates the race in August: "3:49.11 for 1500m in Florence on 2 June" is another race."""
    doc = doc_of("Published 26 Aug 2023\n\nFaith Kipyegon won the world 5000m title in Budapest tonight in 14:53.88.\n\n"
                 "Kipyegon has had a season for the ages: 3:49.11 for 1500m in Florence on 2 June and 4:07.64 for the mile in "
                 "Monaco on 21 July.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("14:53.88", "result"), ("3:49.11", "other"), ("4:07.64", "other")]


def test_results_entered_second_is_second_place(doc_of) -> None:
    """Translated from Spanish ("entró segundo"): "entered second with 57:37", not the winner of an aside's "victory"."""
    doc = doc_of("Kibiwott Kandie won the half marathon in Valencia in 57:32. Behind Kandie, the Ugandan Jacob Kiplimo, world "
                 "champion after his victory in Gdynia in October, entered second with 57:37.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("57:32", 1), ("57:37", 2)]


def test_results_a_time_that_fits_no_event_of_its_race_takes_one_named_before(doc_of) -> None:
    """A marathon's splits name the half marathon, carried on to the next sentence: "Jepkosgei finished
    second with 2h18:30" is no half marathon's time; it takes the latest event named before it that it
    fits, the marathon (the sentence's own repair reads no "2h18:30")."""
    doc = doc_of("Tsehay Gemechu won the Valencia Marathon in 2h17:48 over the 42,195 kilometers.\n\nThe leading group passed "
                 "the 10 kilometers in 32:41 and the half marathon in 1h08:59.\n\nJoyciline Jepkosgei finished second with 2h18:30.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("2h17:48", "marathon"), ("2h18:30", "marathon")]


def test_results_a_club_report_s_sections_and_places_in_brackets(doc_of) -> None:
    """"MEN'S 1500 OPEN (6 sections)", "WOMEN'S 5000 SECTION 2" name the event of the lines under them;
    "3:58.12 (11th)", "4:31.07 (7th, section 3)" give the place in a bracket after the time."""
    doc = doc_of("Eight of our athletes raced at the Payton Jordan Invite on Saturday night.\n\nMEN'S 1500 OPEN (6 sections)\n\n"
                 "Section 4: Luis Ocampo 3:58.12 (11th). Not his night.\n\nWOMEN'S 5000 SECTION 2\n\n"
                 "Priya Natarajan 16:48.19 (5th, section 2), a PR by 9 seconds.")
    assert [(r.text, r._.race.event, r._.place) for r in doc.spans["results"]] == [("3:58.12", "1500m", 11), ("16:48.19", "5000m", 5)]


def test_results_a_stats_corner_s_labelled_record_and_bracketed_finals(doc_of) -> None:
    """"Championship record: 14:26.72, Hellen Obiri (KEN), Doha 2019" is Obiri's old mark; "won in 14:36.79
    (Hassan, Tokyo 2021) and 14:46.29 (Tsegay, Eugene 2022)" are other years' finals, each of the athlete
    its bracket opens with."""
    doc = doc_of("WORLD CHAMPIONSHIPS BUDAPEST 2023 | WOMEN'S 5000m FINAL\n\nFaith Kipyegon won the 5000m title at the 2023 World "
                 "Championships in Budapest on Saturday in 14:53.88, her second gold of these World Championships.\n\nSTATS CORNER\n- Championship record: 14:26.72, Hellen Obiri (KEN), Doha 2019.\n"
                 "- The last two global 5000m finals were won in 14:36.79 (Hassan, Tokyo 2021) and 14:46.29 (Tsegay, Eugene 2022).\n")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("14:53.88", "result", "Faith Kipyegon"), ("14:26.72", "other", "Hellen Obiri"), ("14:36.79", "other", "Sifan Hassan"),
        ("14:46.29", "other", "Gudaf Tsegay")]


def test_results_a_time_set_by_someone_after_breaking_is_their_mark(doc_of) -> None:
    """"breaking the 7:53.63 set by Qatar's Saif Saaeed Shaheen" is no threshold but Shaheen's old mark, as is
    "the mark of 43:12 that belonged to the compatriot Paul Tergat"."""
    doc = doc_of("Girma won the steeplechase in 7:52.11, breaking the 7:53.63 set by Qatar's Saif Saaeed Shaheen in Brussels in 2004.\n\n"
                 "Kibiwott Kandie won the 15 km in 42:59 and lowered by 13 seconds the mark of 43:12 that belonged to the compatriot "
                 "Paul Tergat since 1995.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("7:52.11", "result", "Lamecha Girma"), ("7:53.63", "other", "Saif Saaeed Shaheen"),
        ("42:59", "result", "Kibiwott Kandie"), ("43:12", "other", "Paul Tergat")]


def test_results_an_old_record_s_holder_named_in_the_next_sentence(doc_of) -> None:
    """"... off the previous record of 14:06.62. That mark belonged to Ethiopia's Letesenbet Gidey, who set it in
    Valencia in 2020 and was second on Friday in 14:07.94": the record is Gidey's, and her 14:07.94, a place
    dated today, is this race's whatever "in 2020" before it says."""
    doc = doc_of("Kipyegon clocked 14:05.20 in Paris to take almost a second and a half off the previous record of 14:06.62.\n\n"
                 "That mark belonged to Ethiopia's Letesenbet Gidey, who set it in Valencia in 2020 and was second on Friday in "
                 "14:07.94, also inside her old record time.")
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("14:05.20", "result", "Faith Kipyegon", 1), ("14:06.62", "other", "Letesenbet Gidey", None),
        ("14:07.94", "result", "Letesenbet Gidey", 2)]


def test_results_a_round_named_before_and_won_again(doc_of) -> None:
    """"Men's 60m semi-finals done. Coleman won the first in 6.46 and Lyles the third in 6.47": wins of the
    semi-finals the paragraph opened with ("won the first", not a final's win); "had only qualified from the
    series with the eighth time (8:15.71)" (translated: French "séries") and "eliminated with 8:21.44" are
    earlier rounds."""
    doc = doc_of("Coleman took the world indoor 60m title in 6.41.\n\nMen's 60m semi-finals done. Coleman won the first in 6.46 "
                 "and Lyles the third in 6.47.\n\nEl Bakkali won the 3000m steeplechase in 8:06.05. Rooks, second, had only "
                 "qualified from the series with the eighth time (8:15.71). Alexis Miellet, eliminated with 8:21.44, was sad.")
    assert [(r.text, round_or_label(r)) for r in doc.spans["results"]] == [
        ("6.41", "result"), ("6.46", "semi-finals"), ("6.47", "semi-finals"), ("8:06.05", "result"), ("8:15.71", "heats"), ("8:21.44", "heats")]


def test_results_he_ran_after_another_s_record_is_the_sentence_s_opener(doc_of) -> None:
    """"Cairess was third in 2:06:46, the fastest since Sir Mo Farah's British record of 2:05:11, and a big step on
    the 2:08:07 he ran on his debut": the 2:08:07 is the opener's, not the record holder's named in between."""
    doc = doc_of("Munyao won the men's race in 2:04:01. Emile Cairess was third in 2:06:46, the fastest by a Briton since Sir Mo "
                 "Farah's British record of 2:05:11 in Chicago in 2018, and a big step on the 2:08:07 he ran on his debut here last year.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]][-1] == ("2:08:07", "other", "Emile Cairess")


def test_results_a_mark_a_nationality_ran_and_a_best_over_the_distance(doc_of) -> None:
    """"took almost two seconds off the 12:37.35 the Ethiopian ran in Hengelo" is the last Ethiopian's (Bekele's);
    "His previous best over the distance was 12:57.41" is the winner's old best."""
    doc = doc_of("Uganda's Joshua Cheptegei broke Kenenisa Bekele's 5,000 metres world record on Friday, clocking 12:35.36. "
                 "The 23-year-old took almost two seconds off the 12:37.35 the Ethiopian ran in Hengelo in May 2004.\n\n"
                 "His previous best over the distance was 12:57.41, set in 2019.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("12:35.36", "result", "Joshua Cheptegei"), ("12:37.35", "other", "Kenenisa Bekele"), ("12:57.41", "other", "Joshua Cheptegei")]


def test_results_a_win_since_which_and_a_contracted_had(doc_of) -> None:
    """"the first Briton on the podium since Kelly Holmes won gold in Athens in 3:57.90" is Holmes's, of another
    race (a "since" clause with a verb is no object of "since", and it is past); "She'd already won the 5000m on
    Monday in 14:36.79" is past ("'d" is "had")."""
    doc = doc_of("Laura Muir took silver in the 1500m in 3:54.50. She is the first Briton on the podium since Kelly Holmes won "
                 "gold in Athens in 3:57.90.\n\nSifan Hassan was third. She'd already won the 5000m on Monday in 14:36.79.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]][:3] == [
        ("3:54.50", "result", "Laura Muir"), ("3:57.90", "other", "Kelly Holmes"), ("14:36.79", "other", "Sifan Hassan")]


def test_results_a_list_with_ordinal_indicators_and_a_portuguese_name(doc_of) -> None:
    """"1º Brigid Kosgei (QUE) - 48min54s", "2ª ...": places of a list written with ordinal indicators; "Daniel do
    Nascimento": "do" is a particle of the name, not the stop word."""
    doc = doc_of("Kandie won the São Silvestre.\n\nResults - Masculine\n1º Kibiwott Kandie (QUE) - 42min59s\n"
                 "6º Daniel do Nascimento (BRA) - 44min33s\n\nResults - Feminine\n1º Brigid Kosgei (QUE) - 48min54s\n"
                 "2ª Sheila Chepkirui (QUE) - 49min58s")
    assert [(athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("Kibiwott Kandie", 1), ("Daniel do Nascimento", 6), ("Brigid Kosgei", 1), ("Sheila Chepkirui", 2)]


def test_results_rivals_beaten_in_a_list_and_a_holder_after_the_time(doc_of) -> None:
    """"won in 2:16:16 ..., beating Tigst Assefa (2:16:23) and Joyciline Jepkosgei (2:16:24)": second and third;
    "With the time of 42:59 ..., the fondista lowered the mark of 43:12 that belonged to the compatriot Paul Tergat":
    the holder named after the time owns the old mark, not the time (translated)."""
    doc = doc_of("Peres Jepchirchir won in 2:16:16 after a sprint finish down The Mall, beating Ethiopia's world record holder "
                 "Tigst Assefa (2:16:23) and Joyciline Jepkosgei (2:16:24).\n\nThe Kenyan Kibiwott Kandie was the great winner of "
                 "the São Silvestre. With the time of 42min59s for the 15 km, the fondista lowered in 13 seconds the mark of "
                 "43min12s that belonged to the compatriot Paul Tergat since 1995.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]][:3] == [
        ("2:16:16", "Peres Jepchirchir", 1), ("2:16:23", "Tigst Assefa", 2), ("2:16:24", "Joyciline Jepkosgei", 3)]
    assert [athlete_of(r) for r in doc.spans["results"] if r.text == "42min59s"] != ["Paul Tergat"]
    assert [(athlete_of(r), r.label_) for r in doc.spans["results"] if r.text == "43min12s"] == [("Paul Tergat", "other")]


def test_results_a_club_report_s_pb_he_set_a_parkrun_and_a_steeplechase_abbreviated(doc_of) -> None:
    """"narrowly outside the 4:18.9 PB he set at the BMC meeting" is his old mark (its noun between the time and
    "he set"); "then had the nerve to run Winchester parkrun in 16:58" is a 5km parkrun, no point of the 5000m;
    "U17M 1500m SC" is the steeplechase."""
    doc = doc_of("Harry Dunmore was 2nd in the U15 boys 1500m in 4:21.07, narrowly outside the 4:18.9 PB he set at the BMC "
                 "meeting at Eton last month.\n\nRob Kettle was 6th in the 5000m in 15:40.12 and then had the nerve to run "
                 "Winchester parkrun in 16:58 on Sunday morning.\n\nU17M 1500m SC: 1 Callum Brierley 4:35.2; 3 Josh Penfold 4:48.6")
    assert [(r.text, r.label_, athlete_of(r), r._.race.event) for r in doc.spans["results"] if r.text != "16:58"] == [
        ("4:21.07", "result", "Harry Dunmore", "1500m"), ("4:18.9", "other", "Harry Dunmore", "1500m"),
        ("15:40.12", "result", "Rob Kettle", "5000m"), ("4:35.2", "result", "Callum Brierley", "1500m steeplechase"),
        ("4:48.6", "result", "Josh Penfold", "1500m steeplechase")]
    assert [r._.race.event for r in doc.spans["results"] if r.text == "16:58"] == ["5km"]


def test_results_a_record_he_set_before_its_time(doc_of) -> None:
    """"Coleman's 6.41 is the quickest he has been since he set the world record of 6.34": the "he" is the
    sentence's opener, not the last man named before it."""
    doc = doc_of("Christian Coleman won the world indoor 60m title in 6.41. Lyles comes at him over the last 20 metres but runs out "
                 "of room. Coleman's 6.41 is the quickest he has been since he set the world record of 6.34 in Albuquerque in 2018.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]][-1] == ("6.34", "other", "Christian Coleman")


def test_results_a_record_of_someone_with_its_time_in_a_bracket(doc_of) -> None:
    """"The world record of Girma (7:52.11), established in Paris ... in June 2023, was never threatened": Girma's old
    mark, not a result of the final."""
    doc = doc_of("El Bakkali won the 3000m steeplechase in 8:06.05. The world record of Girma (7:52.11), established in Paris at "
                 "the stadium Charléty in June 2023, was never threatened in this final.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("8:06.05", "result", "Soufiane El Bakkali"), ("7:52.11", "other", "Lamecha Girma")]


def test_results_a_record_set_by_someone_named_after_it(doc_of) -> None:
    """"The national record of 9.85s, set by Olusoji Fasuba in Doha in 2006, was never under threat": the holder
    named after the time owns it (the rule that a holder after another time does not own this one stops there)."""
    doc = doc_of("Favour Ashe won the 100m in 10.01.\n\nThe national record of 9.85s, set by Olusoji Fasuba in Doha in 2006, "
                 "was never under threat.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]][-1] == ("9.85", "other", "Olusoji Fasuba")


def test_results_a_translated_report_s_old_marks_and_places(doc_of) -> None:
    """Translated from German: "Kosgei from Kenya (2:14:04, Chicago 2019)" is another edition's (the city and year
    after a comma in the bracket); "Assefa's best time before the race was 2:34:01" her old best; "Second was with a
    large distance his countryman Mark Korir in 2:05:58" is Korir's ("with a large distance" is no with-phrase that
    makes him an object)."""
    doc = doc_of("Eliud Kipchoge won the Berlin Marathon on Sunday in 2:01:09 hours. Second was with a large distance his countryman "
                 "Mark Korir in 2:05:58 hours.\n\nThe Ethiopian Tigist Assefa won in 2:15:37 hours. Only world record holder Brigid "
                 "Kosgei from Kenya (2:14:04, Chicago 2019) was ever faster. Assefa's best time before the race was 2:34:01 from her "
                 "debut in Dubai in the spring.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("2:01:09", "result", "Eliud Kipchoge"), ("2:05:58", "result", "Mark Korir"), ("2:15:37", "result", "Tigist Assefa"),
        ("2:14:04", "other", "Brigid Kosgei"), ("2:34:01", "other", "Tigist Assefa")]


def test_results_a_translated_japanese_report_s_places_and_record(doc_of) -> None:
    """Translated from Japanese: "2nd place was Tsuchikata Eiwa (Asahi Kasei) with 2:06:26" places him second (not
    third, from the next ordinal); "He renewed the Japanese record (2:05:29) of Osako Masaru (Nike)" is Osako's mark,
    its time in a bracket before "of" and the holder."""
    doc = doc_of("Suzuki Kengo (25 = Fujitsu) won the Lake Biwa marathon with 2 hours 4 minutes 56 seconds. He renewed the Japanese "
                 "record (2:05:29) of Osako Masaru (Nike) set in last year's Tokyo Marathon by 33 seconds.\n\n2nd place was Tsuchikata "
                 "Eiwa (Asahi Kasei) with 2:06:26, 3rd place Hosoya Kyohei (Kurosaki Harima) with 2:06:35.")
    assert [(r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("result", "Suzuki Kengo", 1), ("other", "Osako Masaru", None), ("result", "Tsuchikata Eiwa", 2), ("result", "Hosoya Kyohei", 3)]


def test_results_a_results_list_run_together_with_initials(doc_of) -> None:
    """"2 A Richardson (Kilkenny City Harriers) 28:02; ...; 4 M Mulhare (Portlaoise) 28:31": a row's time is its own
    runner's, an initial and a surname named no other way (not the last athlete recognised in an earlier row);
    "Finish 2:02:05" closing a splits list is no runner."""
    doc = doc_of("Fionnuala McCormack won the women's 8km. Aoibhe Richardson was second.\n\nWomen (8km): 1 F McCormack (Kilcoole) "
                 "27:40; 2 A Richardson (Kilkenny City Harriers) 28:02; 4 M Mulhare (Portlaoise) 28:31.\n\n"
                 "Sabastian Sawe won the Valencia Marathon in 2:02:05.\n\n35km 1:40:59\n40km 1:55:43\nFinish 2:02:05\n")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]][:3] == [
        ("27:40", "Fionnuala McCormack", 1), ("28:02", "Aoibhe Richardson", 2), ("28:31", "M Mulhare", 4)]
    assert "Finish" not in {s.label_ for s in doc.spans["athletes"]}


def test_results_she_after_boys_races_and_a_record_holder_s_bracketed_mark(doc_of) -> None:
    """"... while the boys races came down to the final straightaway. ... She came home in 10:11.27": a time whose
    runner a "she" stands for is in a women's race, whatever sex the paragraph before named; "Tuohy, the national
    high school record holder at two miles (9:33.38)" is her old mark."""
    doc = doc_of("Katelyn Tuohy won the 1,600 and 3,200 meters, while the boys races came down to the final straightaway.\n\n"
                 "Tuohy, the national high school record holder at two miles (9:33.38), ran the 3,200 first. She came home in "
                 "10:11.27.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("9:33.38", "other", "Katelyn Tuohy"), ("10:11.27", "result", "Katelyn Tuohy")]
    assert doc.spans["results"][-1]._.race.sex == "women"


def test_results_a_name_in_a_clause_of_its_own_after_the_time_is_not_its_runner(doc_of) -> None:
    """"Soldier clocks 27:33.81 in Kasarani thriller as Kwemoi misses out": Kwemoi has a clause of his own ("as",
    like "before", "while", "when"); the time is the winner's, named in the lead."""
    doc = doc_of("Soldier clocks 27:33.81 in Kasarani thriller as Kwemoi misses out on automatic slot\n\nDaniel Simiyu Ebenyo "
                 "yesterday produced a blistering final lap to win the men's 10,000m at the national trials in 27:33.81. Rodgers "
                 "Kwemoi was fourth in 27:40.12.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"] if athlete_of(r) == "Rodgers Kwemoi"] == [("27:40.12", "Rodgers Kwemoi")]


def test_results_a_later_clause_of_another_race_of_the_same_runner(doc_of) -> None:
    """"Rob Kettle was 6th in 15:40.12 and then had the nerve to run Winchester parkrun in 16:58": the 15:40.12 keeps
    the 5000m of the sentence before (the parkrun is the later clause's), and the parkrun takes no sixth place."""
    doc = doc_of("The senior men's 5000m was the highlight. Tom Hargreaves won in 14:52.36. Rob Kettle, running as a V40, was 6th "
                 "in 15:40.12 and then had the nerve to run Winchester parkrun in 16:58 on Sunday morning.")
    assert [(r.text, r._.race.event, r._.place) for r in doc.spans["results"]] == [
        ("14:52.36", "5000m", 1), ("15:40.12", "5000m", 6), ("16:58", "5km", None)]


def test_results_a_statistician_s_list_without_brackets(doc_of) -> None:
    """"1. 3:26.00 Hicham El Guerrouj MAR Rome 14.07.1998": a ranking line, the time first, then the name, country,
    place and a dotted date: another race's mark, the athlete's."""
    doc = doc_of("Cole Hocker won the Olympic 1500m final in 3:27.65.\n\nWHERE THEY NOW SIT\n\n"
                 "1. 3:26.00 Hicham El Guerrouj MAR Rome 14.07.1998\n2. 3:26.34 Bernard Lagat KEN Brussels 24.08.2001\n")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("3:27.65", "result", "Cole Hocker"), ("3:26.00", "other", "Hicham El Guerrouj"), ("3:26.34", "other", "Bernard Lagat")]


def test_results_a_career_told_by_month_and_year_and_months_later(doc_of) -> None:
    """A feature's career paragraph: "In June 2021 she ran 29:06.82 for 10,000m in Hengelo" (a month and a year),
    "Two months later in Tokyo ...: gold in the 5000m (14:36.79)" (months later) and "won world titles at 1500m and
    10,000m, the first of them in a championship record of 3:51.95" (a title's event, no split point) are other
    races' marks, in a report that gives its own race no year."""
    doc = doc_of("Sifan Hassan won the London Marathon on Sunday in 2:18:33.\n\nIn Doha in 2019 she won world titles at 1500m and 10,000m, "
                 "the first of them in a championship record of 3:51.95. In June 2021 she ran 29:06.82 for 10,000m in Hengelo. "
                 "Two months later in Tokyo she attempted three events: gold in the 5000m (14:36.79) and bronze in the 1500m (3:55.86).")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [
        ("2:18:33", "result"), ("3:51.95", "other"), ("29:06.82", "other"), ("14:36.79", "other"), ("3:55.86", "other")]
    assert not doc.spans["splits"]


def test_results_the_doer_of_a_with_phrase_owns_its_time_past_its_object(doc_of) -> None:
    """"with Emily Mackay (New Balance) running down Sinclaire Johnson in the final strides for third in 4:04.07":
    the name opening the "with" phrase did it (Johnson is its object, McGee the main clause's)."""
    doc = doc_of("Women's 1500m. McGee took second in 4:03.92, with Emily Mackay (New Balance) running down Sinclaire Johnson in "
                 "the final strides for third in 4:04.07.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("4:03.92", "Cory McGee", 2), ("4:04.07", "Emily Mackay", 3)]


def test_results_translated_a_meeting_s_record_in_a_bracket_and_a_bare_medal(doc_of) -> None:
    """Spanish copy translated: "nor the record of the championship (15:18,15), that remains intact since 2009" is an old
    mark of nobody named; "and of Abdessamad Oukhelfen, bronze with 28:11,90" is his (after "ahead of ... and of")."""
    doc = doc_of("Joselyn Brea won the 5000m in 15:20,11.\n\nThe Venezuelan did not achieve to beat her personal mark of 15:18,02, "
                 "nor the record of the championship (15:18,15), that remains intact since 2009.\n\nIn the 10.000 meters Thierry "
                 "Ndikumwenayo won with 28:02,41, ahead of Carlos May, who was second with 28:05,17, and of Abdessamad Oukhelfen, "
                 "bronze with 28:11,90.")
    assert [(r.text, r.label_, athlete_of(r), r._.place if r.label_ == "result" else None) for r in doc.spans["results"]] == [
        ("15:20,11", "result", "Joselyn Brea", 1), ("15:18,02", "other", "Joselyn Brea", None), ("15:18,15", "other", None, None),
        ("28:02,41", "result", "Thierry Ndikumwenayo", 1), ("28:05,17", "result", "Carlos May", 2),
        ("28:11,90", "result", "Abdessamad Oukhelfen", 3)]


def test_results_a_forum_s_list_places_after_a_dash_and_last_yr(doc_of) -> None:
    """"Benson Kipruto (KEN) 2:04:02 -- 2nd, defending champ", "-- 3rd in his debut (!)": places after a dash (and the
    faster one above them first); "(he was
    2:08:16 here last yr)": last year's."""
    doc = doc_of("Chicago Marathon results thread\n\nMEN\n* Kelvin Kiptum (KEN) 2:00:35 -- NEW WR\n"
                 "* Benson Kipruto (KEN) 2:04:02 -- 2nd, defending champ\n* Daniel Mateiko (KEN) 2:04:24 -- 3rd in his debut (!)\n"
                 "* Conner Mantz 2:07:47 -- top American, big PB (he was 2:08:16 here last yr)\n")
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("2:00:35", "result", "Kelvin Kiptum", 1), ("2:04:02", "result", "Benson Kipruto", 2),
        ("2:04:24", "result", "Daniel Mateiko", 3), ("2:07:47", "result", "Conner Mantz", None),
        ("2:08:16", "other", "Conner Mantz", None)]


def test_results_a_news_brief_had_earlier_won(doc_of) -> None:
    """A news brief: "He had earlier won the London Marathon in April in a course record of 2:01:25" is an earlier race's."""
    doc = doc_of("SPORT IN BRIEF\n\nKelvin Kiptum, the marathon world record holder, has died in a road accident. He had earlier won "
                 "the London Marathon in April in a course record of 2:01:25.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("2:01:25", "other")]


def test_results_a_national_title_won_at_a_road_race_and_a_rival_alongside(doc_of) -> None:
    """"for most of the Ottawa 10K before pulling away to win the Canadian 10K road championship in 28:05": a national
    title won at this race, not another meeting; "hit the eight-kilometre mark in 22:30 alongside Bruchet ... Last year he
    won here in 28:31": a split, and the "he" is Flanagan (Bruchet is named after "alongside")."""
    doc = doc_of("Ben Flanagan sat patiently for most of the Ottawa 10K before pulling away to win the Canadian 10K road championship "
                 "in 28:05.\n\nLucas Bruchet was second in 28:19. Flanagan hit the eight-kilometre mark in 22:30 alongside Bruchet. "
                 "Last year he won here in 28:31.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("28:05", "result", "Ben Flanagan"), ("28:19", "result", "Lucas Bruchet"), ("28:31", "other", "Ben Flanagan")]
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("22:30", "8km")]


def test_results_a_record_that_since_a_month_and_year_belonged_to_someone(doc_of) -> None:
    """"the world record of the specialty, that since July 2015 belonged to the Ethiopian Genzebe Dibaba with the 3:50.07
    realized in Monaco" (translated): an old mark."""
    doc = doc_of("Faith Kipyegon has crossed the finish line of the 1500 metres in 3:49.11 and has erased the world record of the "
                 "specialty, that since July 2015 belonged to the Ethiopian Genzebe Dibaba with the 3:50.07 realized in Monaco.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("3:49.11", "result", "Faith Kipyegon"), ("3:50.07", "other", "Genzebe Dibaba")]


def test_results_times_of_those_ahead_on_an_all_time_list(doc_of) -> None:
    """"The time lifts Thompson to fourth on the Jamaican all-time list behind Usain Bolt (9.58), Yohan Blake (9.69) and
    Asafa Powell (9.72)": their times from other races, no places in this one."""
    doc = doc_of("Kishane Thompson won the 100m in 9.77.\n\nThe time lifts Thompson to fourth on the Jamaican all-time list behind "
                 "Usain Bolt (9.58), Yohan Blake (9.69) and Asafa Powell (9.72).")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("9.77", "result"), ("9.58", "other"), ("9.69", "other"), ("9.72", "other")]


def test_results_translated_from_german_a_place_after_the_time_and_followed(doc_of) -> None:
    """"Chepkirui became in 2:17:49 hours second, with clear distance followed Magdalena Shauri from Tanzania in 2:18:41
    hours" (German word order): second, and Shauri (from Tanzania) third in her own time."""
    doc = doc_of("Tigst Assefa won the Berlin Marathon in 2:11:53. The Kenyan Sheila Chepkirui could not hold the rhythm.\n\n"
                 "Chepkirui became in 2:17:49 hours second, with clear distance followed Magdalena Shauri from Tanzania in 2:18:41 "
                 "hours, what means national record for her country.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("2:11:53", "Tigst Assefa", 1), ("2:17:49", "Sheila Chepkirui", 2), ("2:18:41", "Magdalena Shauri", 3)]


def test_results_a_q_and_a_s_your_best_is_the_interviewee_s(doc_of) -> None:
    """A Q&A: "Your 10,000m best is 29:06.82 and your half marathon best is 1:05:15, from Copenhagen in 2018": the
    interviewee's old marks."""
    doc = doc_of("Sifan Hassan won the London Marathon in 2:18:33.\n\nYour 10,000m best is 29:06.82 and your half marathon best is "
                 "1:05:15, from Copenhagen in 2018. Did those numbers give you any idea what to expect?\n\nHASSAN: Not really.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("2:18:33", "result", "Sifan Hassan"), ("29:06.82", "other", "Sifan Hassan"), ("1:05:15", "other", "Sifan Hassan")]


def test_results_in_the_second_half_of_the_field_is_no_place(doc_of) -> None:
    """"Wightman was somewhere in the second half of the field in 3:49.55": a half, not second place (the words that
    make an ordinal no place are one list, `patterns._NOT_A_PLACE`)."""
    doc = doc_of("Niels Laros won the Bowerman Mile in 3:46.82.\n\nJake Wightman was somewhere in the second half of the field "
                 "in 3:49.55, which is fine for a first race back.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("3:46.82", "Niels Laros", 1), ("3:49.55", "Jake Wightman", None)]


def test_results_this_time_after_an_opening_with_its_own_time_is_today(doc_of) -> None:
    """"Crowned in Bathurst in 2023 in 33:48, she imposed herself this time in 31:05, in front of her compatriots
    Rengeruk (31:09) and Kipkemboi (31:20)" (translated): the opening's year dates its own time only; "this time" and
    the rivals after it are today's race, the win ("imposed herself") and the compatriots' places with it."""
    doc = doc_of("Beatrice Chebet has done the double. Crowned in Bathurst in 2023 in 33:48, she imposed herself this time in 31:05, "
                 "in front of her compatriots Lilian Kasait Rengeruk (31:09) and Margaret Kipkemboi (31:20).")
    assert [(r.text, r.label_, r._.place) for r in doc.spans["results"]] == [
        ("33:48", "other", None), ("31:05", "result", 1), ("31:09", "result", 2), ("31:20", "result", 3)]


def test_results_this_time_after_a_dated_opening_without_a_time_stays_in_the_past(doc_of) -> None:
    """"Five years later in Tokyo she won again, this time in 3:53.11": the opening dates the whole sentence."""
    doc = doc_of("Faith Kipyegon won the 1500m in 3:48.68 on Sunday.\n\nShe won her first Olympic title in Rio in 2016. Five years "
                 "later in Tokyo she won again, this time in 3:53.11, an Olympic record at the time.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("3:48.68", "result"), ("3:53.11", "other")]


def test_results_rivals_after_a_winner_told_in_the_sentence_before(doc_of) -> None:
    """"Kiplimo has conserved this Saturday his title of world champion (translated). ... he crossed the line in
    28:09, well in front of the Ethiopian Aregawi (28:19) and of the Kenyan Kiplangat (28:26)": first, and the rivals
    second and third, though his place was told a sentence before."""
    doc = doc_of("The Ugandan Jacob Kiplimo has conserved this Saturday his title of world champion. On a heavy course he crossed "
                 "the line in 28:09, well in front of the Ethiopian Berihu Aregawi (28:19) and of the Kenyan Benson Kiplangat (28:26).")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("28:09", "Jacob Kiplimo", 1), ("28:19", "Berihu Aregawi", 2), ("28:26", "Benson Kiplangat", 3)]


def test_results_old_marks_of_a_newsletter(doc_of) -> None:
    """A newsletter's old marks, each said its own way: "took five seconds off Faith Kipyegon's 14:05.20" (a
    possessive right before the time broken), "Only El Guerrouj (3:43.13) and Ngeny (3:43.40), both in that Rome race
    in 1999," (a stretch after a list dating each), "The 3:47.38 indoor AR he ran at Millrose" (the mark's words between
    the time and who ran it), "she ran 3:49.11 for the world record in Florence back on June 2"."""
    doc = doc_of("Gudaf Tsegay won the 5000m in 14:00.21 on Sunday. She took five seconds off Faith Kipyegon's 14:05.20 from Paris.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("14:00.21", "result", "Gudaf Tsegay"), ("14:05.20", "other", "Faith Kipyegon")]
    doc = doc_of("Jakob Ingebrigtsen won the mile in 3:43.73 on Sunday. Only Hicham El Guerrouj (3:43.13) and Noah Ngeny (3:43.40), "
                 "both in that Rome race in 1999, have ever run quicker.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("3:43.73", "result"), ("3:43.13", "other"), ("3:43.40", "other")]
    doc = doc_of("Yared Nuguse was second in 3:43.97 on Sunday. His previous best? The 3:47.38 indoor AR he ran at Millrose.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("3:43.97", "result", "Yared Nuguse"), ("3:47.38", "other", "Yared Nuguse")]
    doc = doc_of("Faith Kipyegon won the 1500m in 3:50.72. For context, she ran 3:49.11 for the world record in Florence back on June 2.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("3:50.72", "result"), ("3:49.11", "other")]


def test_results_a_possessive_record_abbreviation_is_its_owner_s(doc_of) -> None:
    """"Cheptegei's world record is still 26:11.00 ..., and Fisher's AR is 26:33.84 from 2022": Fisher's."""
    doc = doc_of("Joshua Cheptegei won the 10,000m in 26:43.14. Cheptegei's world record is still 26:11.00 from Valencia in 2020, "
                 "and Fisher's AR is 26:33.84 from 2022. Grant Fisher was third in 26:43.46.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("26:43.14", "result", "Joshua Cheptegei"), ("26:11.00", "other", "Joshua Cheptegei"), ("26:33.84", "other", "Grant Fisher"),
        ("26:43.46", "result", "Grant Fisher")]


def test_results_a_round_said_after_the_opening_s_first_time_dates_only_that_time(doc_of) -> None:
    """"Long clocked 10.83 in the 100m final after running 10.95 in Friday's prelims, then came back to win the 200m
    in 22.09": the prelims are 10.95's; the final and the 200m are today's."""
    doc = doc_of("In the sprints, Ole Miss' McKenzie Long swept the 100m and 200m. Long clocked 10.83 in the 100m final after running "
                 "10.95 in Friday's prelims, then came back to win the 200m in 22.09.")
    assert [(r.text, round_or_label(r)) for r in doc.spans["results"]] == [("10.83", "result"), ("10.95", "heats"), ("22.09", "result")]


def test_results_a_place_before_a_clause_of_its_own_is_not_the_next_name_s(doc_of) -> None:
    """"Chepngetich was forced to settle for second as the Netherlands' Sifan Hassan stormed to victory in 2:13:44":
    Hassan won."""
    doc = doc_of("In the women's race, Ruth Chepngetich was forced to settle for second as the Netherlands' Sifan Hassan stormed "
                 "to victory in a course record of 2:13:44.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [("2:13:44", "Sifan Hassan", 1)]


def test_results_old_marks_of_a_masters_column(doc_of) -> None:
    """"Schoonbroodt finally gets under Whitlock's 2:54:48" (a possessive after "under"), "still holds the M75
    (3:04:54), M80 (3:15:54) and M85 (3:56:34) world records" (the records' labels each with its time): old marks."""
    doc = doc_of("M70 marathon: Schoonbroodt finally gets under Whitlock's 2:54:48\n\nJo Schoonbroodt ran 2:54:19 at the "
                 "Maasmarathon on Sunday.\n\nThe Canadian Ed Whitlock still holds the M75 (3:04:54), M80 (3:15:54) and M85 (3:56:34) "
                 "world records.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("2:54:48", "other", "Ed Whitlock"), ("2:54:19", "result", "Jo Schoonbroodt"), ("3:04:54", "other", "Ed Whitlock"),
        ("3:15:54", "other", "Ed Whitlock"), ("3:56:34", "other", "Ed Whitlock")]


def test_results_who_ran_it_past_a_who_clause_a_with_place_and_a_relative_antecedent(doc_of) -> None:
    """"Tola, who was added ... after an injury to Sisay Lemma, won ... in 2:06:26" (a name inside a "who" clause is
    not the subject); "with Briton Emile Cairess a brave fourth in 2:07:29" (a "with" phrase's name and its place);
    "..., where Jakob Ingebrigtsen won ... The Norwegian, whose family life ..., had strolled through his heat in
    3:38.97" (the one Norwegian named, in a relative clause though he was)."""
    doc = doc_of("PARIS (Reuters) - Ethiopia's Tamirat Tola, who was added to his country's team only after an injury to Sisay Lemma, "
                 "won the Olympic men's marathon on Saturday in an Olympic record of 2:06:26.\n\nBelgium's Bashir Abdi took silver in "
                 "2:06:47 and Kenya's Benson Kipruto claimed bronze in 2:07:00, with Briton Emile Cairess a brave fourth in 2:07:29.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("2:06:26", "Tamirat Tola", 1), ("2:06:47", "Bashir Abdi", 2), ("2:07:00", "Benson Kipruto", 3), ("2:07:29", "Emile Cairess", 4)]
    doc = doc_of("There was less suspense in the men's final, where Jakob Ingebrigtsen won his third European 1500m title in 3:31.95.\n\n"
                 "The Norwegian, whose family life was once followed by millions in a TV series, had already won the 5000m earlier in "
                 "the week and had strolled through his heat on Monday in 3:38.97.")
    assert [(r.text, round_or_label(r), athlete_of(r)) for r in doc.spans["results"]] == [
        ("3:31.95", "result", "Jakob Ingebrigtsen"), ("3:38.97", "heats", "Jakob Ingebrigtsen")]


def test_results_a_title_won_at_another_meeting_is_no_place_and_no_race(doc_of) -> None:
    """German copy translated: "Ingebrigtsen won in 3:32,06 minutes before the Kenyan Abel Kipsang (3:32,67) and the
    Commonwealth Games winner Oliver Hoare from Australia (3:33,11). The Spaniard Mohamed Katir came on place four in
    3:33,40": "Commonwealth Games winner" is Hoare's title (no first place, no race of those Games), the rivals follow
    the winner, and "on place four" is fourth."""
    doc = doc_of("Jakob Ingebrigtsen controlled the 1500 meters at Weltklasse Zurich.\n\nIngebrigtsen won in 3:32,06 minutes before "
                 "the Kenyan Abel Kipsang (3:32,67) and the Commonwealth Games winner Oliver Hoare from Australia (3:33,11). The "
                 "Spaniard Mohamed Katir came on place four in 3:33,40.")
    assert doc._.main_meeting == "Weltklasse Zurich"
    assert [(r.text, r.label_, r._.place, r._.race.meeting) for r in doc.spans["results"]] == [
        ("3:32,06", "result", 1, "Weltklasse Zurich"), ("3:32,67", "result", 2, "Weltklasse Zurich"),
        ("3:33,11", "result", 3, "Weltklasse Zurich"), ("3:33,40", "result", 4, "Weltklasse Zurich")]


def test_results_a_cross_country_s_dotted_minutes_and_an_object_after_a_club_possessive(doc_of) -> None:
    """A county cross country: "Senior men (12km): 1 T Hallam (Herne Hill) 37.52; 2 C Reid (South London) 38.04" are
    minutes and seconds (37.52 seconds is too fast for 12km, which has no record of its own here), and "pulled clear
    of South London Harriers' Callum Reid ... to win the 12km race in 37 minutes 52 seconds" is not Reid's win."""
    doc = doc_of("HERNE Hill Harriers' Tom Hallam was crowned Surrey senior men's cross country champion on Saturday.\n\n"
                 "The 26-year-old pulled clear of South London Harriers' Callum Reid on the climb to win the 12km race in 37 minutes "
                 "52 seconds.\n\nRESULTS\n\nSenior men (12km): 1 T Hallam (Herne Hill) 37.52; 2 C Reid (South London) 38.04.")
    assert [(r.text, athlete_of(r), r._.seconds, r._.place) for r in doc.spans["results"]] == [
        ("37 minutes 52 seconds", "Tom Hallam", 2272.0, 1), ("37.52", "Tom Hallam", 2272.0, 1), ("38.04", "Callum Reid", 2284.0, 2)]


def test_results_spanish_copy_s_point_thousands_and_its_series(doc_of) -> None:
    """Spanish copy translated: "silver in the 3.000" is the 3000m, "passing the 800 in 1:59.8 and the 1.200 in
    2:55.6" are splits, and "had qualified on Thursday with 7:52.34 in the series" is a heat."""
    doc = doc_of("Adel Mechaal, silver in the 3.000 at the European Indoors.\n\nThe Norwegian Jakob Ingebrigtsen crossed the line "
                 "in 7:48.20 and Mechaal stayed at 7:48.89. Mechaal had qualified on Thursday with 7:52.34 in the series.\n\n"
                 "Jakob Ingebrigtsen won the 1500m too, passing the 800 in 1:59.8 and the 1.200 in 2:55.6.")
    assert [(r.text, round_or_label(r), r._.race.event) for r in doc.spans["results"]] == [
        ("7:48.20", "result", "3000m"), ("7:48.89", "result", "3000m"), ("7:52.34", "heats", "3000m")]
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:59.8", "800m"), ("2:55.6", "1200m")]


def test_results_someone_s_record_with_its_event_and_a_set_in_aside(doc_of) -> None:
    """"For context, Kenenisa Bekele's track world record over 5000m, set in Hengelo in 2004, is 12:37.35": Bekele's
    old mark, though its event and where it was set stand between the record and the time."""
    doc = doc_of("Joshua Cheptegei ran 12:51 at the Monaco Run 5km this morning. For context, Kenenisa Bekele's track world record "
                 "over 5000m, set in Hengelo in 2004, is 12:37.35.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("12:51", "result", "Joshua Cheptegei"), ("12:37.35", "other", "Kenenisa Bekele")]


def test_results_a_season_s_best_standing_and_a_quoted_standard(doc_of) -> None:
    """"Rogers, whose season's best is 31:02.51, will rely on her ranking" (her standing mark, not this race's), and
    the "entry standard" of 27:10.00, its name in quotation marks (a standard, no one's time)."""
    doc = doc_of('Elise Cranny was second in 31:20.65 and Natosha Rogers third in 31:23.93.\n\nRogers, whose season\'s best is '
                 '31:02.51, will rely on her world ranking position. The top three need the "entry standard" of 27:10.00 for men.')
    assert [(r.text, r.label_, athlete_of(r), r._.context) for r in doc.spans["results"]] == [
        ("31:20.65", "result", "Elise Cranny", None), ("31:23.93", "result", "Natosha Rogers", None),
        ("31:02.51", "other", "Natosha Rogers", "record"), ("27:10.00", "other", None, "standard")]


def test_results_a_record_holder_s_bracket_and_a_participle_opening_s_subject(doc_of) -> None:
    """Translated copy: "The holder of the world record of the 5 km on road (12:49 in Barcelona) did not hide his
    disappointment" (the holder's old mark), and "Crowned in Bathurst in 2023 in 33:48, she imposed herself this time
    in 31:05" (the participle's clause is the "she"'s, not a rival's named later)."""
    doc = doc_of("Berihu Aregawi was second in 28:19 on Saturday.\n\nBehind, Aregawi has saved the silver medal for Ethiopia. The "
                 "holder of the world record of the 5 km on road (12:49 in Barcelona) did not hide his disappointment.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]][-1] == ("12:49", "other", "Berihu Aregawi")
    doc = doc_of("Among the ladies, the Kenyan Beatrice Chebet has also realised the double. Crowned in Bathurst in 2023 in 33:48, "
                 "she imposed herself this time in 31:05, in front of her compatriots Lilian Kasait Rengeruk (31:09) and Margaret "
                 "Kipkemboi (31:20).")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]][0] == ("33:48", "other", "Beatrice Chebet")


def test_results_a_record_s_progression_list(doc_of) -> None:
    """A stats blog's progression, "- 12:39.74 – Daniel Komen (KEN), Brussels 1997": marks of other races, but the
    line of the race reported ("- 12:35.36 – Joshua Cheptegei (UGA), Monaco 2020" in the report of Monaco 2020)."""
    doc = doc_of("Monaco, 14 August 2020 - Joshua Cheptegei took it down at the Herculis meeting on Friday: 12:35.36.\n\n"
                 "For context, here is how the record has moved:\n\n- 12:39.74 – Daniel Komen (KEN), Brussels 1997\n"
                 "- 12:37.35 – Kenenisa Bekele (ETH), Hengelo 2004\n- 12:35.36 – Joshua Cheptegei (UGA), Monaco 2020")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("12:35.36", "result", "Joshua Cheptegei"), ("12:39.74", "other", "Daniel Komen"), ("12:37.35", "other", "Kenenisa Bekele"),
        ("12:35.36", "result", "Joshua Cheptegei")]


def test_results_an_all_time_list_with_a_comma_before_the_year(doc_of) -> None:
    """"1. 4:07.64 – Faith Kipyegon (KEN), Monaco, 2023": a list line with its place and year set off by commas."""
    doc = doc_of("Monaco, 21 July 2023 - Faith Kipyegon won the mile at the Herculis meeting in 4:07.64.\n\n"
                 "The all-time list:\n\n1. 4:07.64 – Faith Kipyegon (KEN), Monaco, 2023\n2. 4:12.33 – Sifan Hassan (NED), Monaco, 2019")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("4:07.64", "result", "Faith Kipyegon"), ("4:07.64", "result", "Faith Kipyegon"), ("4:12.33", "other", "Sifan Hassan")]


def test_results_a_record_s_progression_in_markdown_with_a_dash_before_the_place(doc_of) -> None:
    """A blog's progression list: the time in bold, a dash before the place and the day before the year ("1.
    **27:39.4** – Ron Clarke (AUS) – Oslo, 14 July 1965"); the lines of years before the article's are old marks."""
    doc = doc_of("October 14, 2020 - Joshua Cheptegei ran 26:11.00 for 10,000m in Valencia.\n\nThe progression:\n\n"
                 "1. **27:39.4** – Ron Clarke (AUS) – Oslo, 14 July 1965\n2. **27:30.8** – Dave Bedford (GBR) – London, July 13, 1973\n"
                 "3. __26:17.53__ - Kenenisa Bekele (ETH) - Brussels, 26 August 2005\n4. **26:11.00** – Joshua Cheptegei (UGA) – Valencia, "
                 "7 October 2020")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("26:11.00", "result", "Joshua Cheptegei"), ("27:39.4", "other", "Ron Clarke"), ("27:30.8", "other", "Dave Bedford"),
        ("26:17.53", "other", "Kenenisa Bekele"), ("26:11.00", "result", "Joshua Cheptegei")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sawe, who arrived in Valencia with a personal brand of 58:02 in the half marathon, won in 57:50.",
         [("58:02", "other", "Sabastian Sawe", None), ("57:50", "result", "Sabastian Sawe", 1)]),
        ("Sabastian Sawe won in 57:50, improving his personal brand of 58:02.",
         [("57:50", "result", "Sabastian Sawe", 1), ("58:02", "other", "Sabastian Sawe", None)]),
        ("Daniel do Nascimento was third in 44:41. Do Nascimento, who has as best brand in the marathon the 2:04:51, was cheered.",
         [("44:41", "result", "Daniel do Nascimento", 3), ("2:04:51", "other", "Daniel do Nascimento", None)]),
    ],
    ids=["arrived-with-a-personal-brand", "his-personal-brand", "has-as-best-brand"],
)
def test_results_a_brand_is_a_mark_in_translated_copy(doc_of, text: str, expected: list) -> None:
    """Spanish and Portuguese "marca" comes out of machine translation as "brand": "a personal brand of 58:02", "who has as
    best brand in the marathon the 2:04:51" are bests of other races."""
    assert results(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Swedish record, 8.08,02, has Anders Gärderud held since 1976.", ("8.08,02", "other", "Anders Gärderud", None)),
        ("The world record, 7:52.11, held by Lamecha Girma, was never in danger.", ("7:52.11", "other", "Lamecha Girma", None)),
        ("The record of the circuit of Lamecha Girma, 7:59.10, was never in danger.", ("7:59.10", "other", "Lamecha Girma", None)),
    ],
    ids=["has-the-holder-held", "held-by-the-holder", "the-record-of-the-circuit-of-the-holder"],
)
def test_results_a_record_set_off_by_commas_with_its_holder_in_a_clause_after(doc_of, text: str, expected: tuple) -> None:
    """"The Swedish record, 8.08,02, has Anders Gärderud held since 1976" (Swedish word order translated), "The world record,
    7:52.11, held by Lamecha Girma, ...": the holder's old mark, not a result."""
    doc = doc_of(f"Soufiane El Bakkali won the steeplechase in 8.05,12. {text}")
    assert results(doc)[1] == expected


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Chebet won in 14:00.21, missing the world record by 0.02 but setting a Kenyan record.",
         lambda rs: rs[0]._.tags == ["national record"]),
        ("Lamecha Girma, the holder of the record of the world, won in 8:01.10.", lambda rs: rs[0]._.tags == []),
        ("Kipyegon won in 3:56.10, far from the record of the world (3:49.04).",
         lambda rs: [(r.text, r.label_) for r in rs] == [("3:56.10", "result"), ("3:49.04", "other")]),
        ("El Bakkali won in 8:02.30, also inside the old record of the meeting of 8:05.40.",
         lambda rs: [(r.text, r.label_) for r in rs] == [("8:02.30", "result"), ("8:05.40", "other")]),
        ("Kiplimo won in 59:20. The record of the course, 59:13, has Jacob Kiplimo owned since 2021.",
         lambda rs: [(r.text, r.label_, athlete_of(r)) for r in rs][1] == ("59:13", "other", "Jacob Kiplimo")),
        ("Tigst Assefa won the Berlin Marathon on Sunday in 2:16:42.\n\nResults (Berlin Marathon, women):\n2:16:42 Tigst Assefa "
         "(ETH, 1996)\n2:18:10 Sheila Chepkirui (KEN, 1990)", lambda rs: all(r.label_ == "result" for r in rs)),
        ("Laura Muir's coach, Steve Cram, was delighted after she won in 3:57.90.",
         lambda rs: all(athlete_of(r) != "Steve Cram" for r in rs)),
    ],
    ids=["a-record-missed-then-one-set", "a-holder-of-the-record-of-the-world", "far-from-the-record-of-the-world-bracket",
         "the-old-record-of-the-meeting-of", "the-record-of-the-course-has-its-holder-owned", "results-lines-opening-with-the-time",
         "a-registry-athlete-as-a-coach"],
)
def test_results_what_the_review_of_stop_40_found(doc_of, text: str, check) -> None:
    """The review's misfires: a record missed cuts only its own tag; "the holder of the record of the world" tags nothing;
    translated records of the world and of a meeting missed or old are other races'; a results list whose lines open with the
    time (a birth year in the bracket) is no progression; a registry athlete as a coach takes no one's result."""
    assert check(list(doc_of(text).spans["results"]))


def test_results_a_college_s_standout_stands_for_the_runner_named_before(doc_of) -> None:
    """"The former Iowa State standout broke away ... and won ... in 28:02": a description by college, the runner named before."""
    doc = doc_of("DALLAS — Edwin Kurgat has a simple rule for Valentine's Day.\n\nThe former Iowa State standout broke away on the "
                 "final climb and won the Sweetheart 10K on Saturday in 28:02. Biya Simbassa was second in 28:09.")
    assert results(doc) == [("28:02", "result", "Edwin Kurgat", 1), ("28:09", "result", "Biya Simbassa", 2)]


def test_results_a_record_s_progression_each_line_opening_with_its_mark(doc_of) -> None:
    """A federation's progression table, each line opening with its mark, dashes between the name, the place and the date
    ("1:07:11 – Liz McColgan – Tokyo – 26 January 1992"): marks of other races, but the line of the race reported."""
    doc = doc_of("NEWS | 29 March 2026\n\nEilish McColgan ran 1:05:38 at the Berlin Half Marathon on Sunday.\n\n"
                 "BRITISH RECORD PROGRESSION\n1:07:11 – Liz McColgan – Tokyo – 26 January 1992\n"
                 "1:06:47 – Paula Radcliffe – Bristol – 7 October 2001\n1:05:38 – Eilish McColgan – Berlin – 29 March 2026\n")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("1:05:38", "result", "Eilish McColgan"), ("1:07:11", "other", "Liz McColgan"), ("1:06:47", "other", "Paula Radcliffe"),
        ("1:05:38", "result", "Eilish McColgan")]


def test_results_a_progression_line_ending_with_its_place_and_year(doc_of) -> None:
    """A statistician's progression with no dashes, "3:49.78 Eamonn Coghlan IRL East Rutherford 1983": marks of other races;
    a list's line with a country's code before a year ("3:55.01 Elkanah Kiprono KEN 2007", a birth year) is not one."""
    doc = doc_of("Yared Nuguse won the Wanamaker Mile in 3:47.44.\n\nWorld indoor mile record progression:\n"
                 "3:49.78 Eamonn Coghlan IRL East Rutherford 1983\n3:48.45 Hicham El Guerrouj MAR Ghent 1997\n\n"
                 "Junior list:\n3:55.01 Elkanah Kiprono KEN 2007\n")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [
        ("3:47.44", "result"), ("3:49.78", "other"), ("3:48.45", "other"), ("3:55.01", "result")]


def test_results_a_results_heading_closing_a_report_is_of_its_race(doc_of) -> None:
    """"RESULTS" closing a report on a 5K: its list is of the 5K, not of the junior 1K fun run told last."""
    doc = doc_of("Hospice 5K raises funds\n\nTom Ashby won the Hospice 5K on Sunday in 16:02, with Ollie Grant second in 16:16. "
                 "Both went through the first kilometre in 3:05 before Ashby pulled away on the gravel.\n\n"
                 "Earlier, 87 youngsters took part in the junior 1K fun run, won by Poppy Hale in 4:12.\n\n"
                 "RESULTS\n\nOverall: 1 T Ashby (Malvern Joggers) 16:02; 2 O Grant (Kempsey Harriers) 16:16.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("16:02", "5km"), ("16:16", "5km"), ("4:12", "1km"), ("16:02", "5km"), ("16:16", "5km")]


def test_results_a_road_race_s_minutes_and_seconds_joined_by_a_dot(doc_of) -> None:
    """British local copy writes a 5K's times "16.02" (16:02): read as minutes and seconds, not as a sprint's seconds of the
    side race told last, in the list and its age groups, the oldest's too ("M70 Derek Hammond 24.47")."""
    doc = doc_of("Hospice 5K raises funds\n\nTom Ashby won the Hospice 5K on Sunday in 16 minutes and two seconds.\n\n"
                 "Earlier, the junior 1K fun run was won by Poppy Hale in 4.12.\n\n"
                 "RESULTS\n\nOverall: 1 T Ashby (Malvern Joggers) 16.02; 2 O Grant (Kempsey Harriers) 16.16.\n\n"
                 "Age groups: M40 Steve Parfitt (Droitwich AC) 17.38; M70 Derek Hammond (Upton Striders) 24.47.")
    assert [(r.text, r._.race.event, r._.seconds) for r in doc.spans["results"] if r.label_ == "result"][-4:] == [
        ("16.02", "5km", 962.0), ("16.16", "5km", 976.0), ("17.38", "5km", 1058.0), ("24.47", "5km", 1487.0)]


def test_results_spanish_copy_s_personal_mark_year_and_chronometer(doc_of) -> None:
    """Spanish copy translated: "had a personal mark of 58:38, obtained in Prague" and "the national record continues
    being of Fabián Roncero, with 59:52 achieved in Berlin in the year 2001" are old marks, and "in the 15 the
    chronometer marked 41:05" is a split at 15km."""
    doc = doc_of("Kibiwott Kandie won the Valencia half marathon in 57:32.\n\nThe head group passed by the 10 in 27:25, and in the 15 "
                 "the chronometer marked 41:05 with only four men in front.\n\nKandie had a personal mark of 58:38, obtained in "
                 "Prague. The national record continues being of Fabián Roncero, with 59:52 achieved in Berlin in the year 2001.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("57:32", "result"), ("58:38", "other"), ("59:52", "other")]
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("27:25", "10km"), ("41:05", "15km")]


def test_results_last_year_s_winning_mark_and_a_house_on_the_course(doc_of) -> None:
    """"Keith's time was 68 seconds quicker than last year's winning mark of 36:10" (nobody's: not Keith's), and
    "broke away on the climb up towards Callendar House ... and won in 37:49" (a house, no athlete: Crowe's win)."""
    doc = doc_of("Megan Keith won the senior women's race in 35:02.\n\nKeith's time was 68 seconds quicker than last year's winning "
                 "mark of 36:10.\n\nJamie Crowe broke away on the climb up towards Callendar House on the last lap and won in 37:49.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("35:02", "result", "Megan Keith"), ("36:10", "other", None), ("37:49", "result", "Jamie Crowe")]


def test_results_a_pronoun_goes_on_standing_for_whom_it_did_past_an_object(doc_of) -> None:
    """"He went through halfway in 1:11:50, tucked in with Doyle ...": the only name in reach is an object, so the next
    "he" and "His" stand for whom "He" did (Kerrigan), not Doyle."""
    doc = doc_of("Danny Kerrigan (32), who runs for Vale Royal AC, crossed the line on the Roodee in 2 hours 23 minutes 47 seconds "
                 "on Sunday, almost two minutes clear of Liverpool Harriers' Mark Doyle, who was second in 2:25:39.\n\n"
                 "He went through halfway in 1:11:50, tucked in with Doyle and two other runners, before pushing on across the "
                 "border into Wales. By 20 miles, reached in 1:49:31, he had a lead of more than a minute.\n\n"
                 "\"The last six miles were hard, I won't lie,\" he added. \"My calves were screaming coming back into the city.\"\n\n"
                 "His official gun time was 2:23:47, with a chip time of 2:23:45.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("2 hours 23 minutes 47 seconds", "Danny Kerrigan"), ("2:25:39", "Mark Doyle"), ("2:23:47", "Danny Kerrigan"),
        ("2:23:45", "Danny Kerrigan")]
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [("1:11:50", "Danny Kerrigan"), ("1:49:31", "Danny Kerrigan")]


def test_results_a_place_that_went_to_someone_and_an_edition_s_runner_up(doc_of) -> None:
    """"Third place went to Shropshire's Tom Ashworth ... in 2:27:02" is third; "The 2024 runner-up ran on Sunday after
    2:05:12 as first" is the winner (the runner-up of an edition named by its year, or last year's, is a title)."""
    doc = doc_of("Danny Kerrigan won the marathon in 2:23:47. Third place went to Shropshire's Tom Ashworth (Shrewsbury AC) in 2:27:02.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("2:23:47", "Danny Kerrigan", 1), ("2:27:02", "Tom Ashworth", 3)]
    doc = doc_of("The Kenyan Brimin Kipkorir has won the Frankfurt Marathon. The 2024 runner-up ran on Sunday after 2:05:12 as "
                 "first over the red carpet. Second became the Ethiopian Haftu Teklu in 2:05:40.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:05:12", 1), ("2:05:40", 2)]


def test_results_french_copy_s_record_of_the_test_and_olympic_minimum(doc_of) -> None:
    """French copy translated: "the record of the test (2h04'21, established by the Kenyan Elisha Rotich in 2021)" is
    Rotich's old mark (the "test" is the race, "l'épreuve"); "far from the Olympic minimum (2h08'10) which he was
    hunting" is a standard, a time of no one."""
    doc = doc_of("Mulugeta Uma won the Marathon of Paris in 2h05'33, too slow to threaten the record of the test (2h04'21, "
                 "established by the Kenyan Elisha Rotich in 2021).\n\nThe first Frenchman, Hassan Chahdi, took the 12th "
                 "place in 2h10'48, far from the Olympic minimum (2h08'10) which he was hunting.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("2h05'33", "result", "Mulugeta Uma"), ("2h04'21", "other", "Elisha Rotich"), ("2h10'48", "result", "Hassan Chahdi"),
        ("2h08'10", "other", None)]


def test_results_a_record_of_a_described_holder_in_a_bracket(doc_of) -> None:
    """German copy translated: "the old best mark of the Kenyan Brigid Kosgey (2:14:04 hours, Chicago 2019)" is Kosgey's
    old mark, a description before her name ("of the Kenyan")."""
    doc = doc_of("At the women the Ethiopian Tigist Asefa won in 2:11:53 hours and shoveled the old best mark of the Kenyan "
                 "Brigid Kosgey (2:14:04 hours, Chicago 2019) by more than two minutes away.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("2:11:53", "result", "Tigist Asefa"), ("2:14:04", "other", "Brigid Kosgey")]


def test_results_an_object_s_phrase_closed_by_a_comma_before_the_verb(doc_of) -> None:
    """"O'Sullivan, daughter of Sonia, ran 4:14.30 for silver": Sonia closes a phrase set off by commas; the verb after
    it is O'Sullivan's."""
    doc = doc_of("Sarah Healy won the women's 1500m in 4:11.92, pulling clear of Sophie O'Sullivan over the last two laps. "
                 "O'Sullivan, daughter of Sonia, ran 4:14.30 for silver.")
    assert [(r.text, r._.athlete.label_, r._.place) for r in doc.spans["results"]] == [
        ("4:11.92", "Sarah Healy", 1), ("4:14.30", "Sophie O'Sullivan", 2)]


def test_results_a_round_in_a_relative_clause_and_after_another_time(doc_of) -> None:
    """"The Mayo woman, who had eased through her heat in 53.02 on Saturday afternoon, went out hard": the heat is the
    relative clause's, not the paragraph's (Becker's silver is the final's); "winning in 6.63 after a 6.68 in the
    semi-finals": the semi-finals are the 6.68's."""
    doc = doc_of("Sharlene Mawdsley won the 400m at the National Indoor Championships yesterday in 51.41 seconds.\n\n"
                 "The Mayo woman, who had eased through her heat in 53.02 on Saturday afternoon, went out hard from lane five. "
                 "Sophie Becker took silver in 52.60, with Lauren Cadden third in 53.48.\n\n"
                 "In the men's 60m, Marcus Lawler confirmed his status, winning in 6.63 after a 6.68 in the semi-finals.")
    assert [(r.text, round_or_label(r)) for r in doc.spans["results"]] == [
        ("51.41", "result"), ("53.02", "heats"), ("52.60", "result"), ("53.48", "result"), ("6.63", "result"), ("6.68", "semi-finals")]


def test_results_a_chip_time_in_a_bracket_and_a_new_champion(doc_of) -> None:
    """A club's results line "14. Tom Whitworth – 32:05 (32:03)": the bracket is the same run's chip time, no second
    result; "is our new SENIOR MEN'S 5000m COUNTY CHAMPION in 15:02.61" is a win."""
    doc = doc_of("Tom Whitworth is our new SENIOR MEN'S 5000m COUNTY CHAMPION in 15:02.61.\n\nAshbourne 10K results:\n\n"
                 "14. Tom Whitworth – 32:05 (32:03)\n38. Steve Oldroyd – 35:58 (35:51) – 1st V45 and a PB!")
    assert [(r.text, r.label_, r._.place) for r in doc.spans["results"]] == [
        ("15:02.61", "result", 1), ("32:05", "result", 14), ("35:58", "result", 38)]


def test_results_a_record_a_name_needed_to_set_and_splits_listed_in_k(doc_of) -> None:
    """"the pace Geoffrey Mutai needed to set the course record of 2:03:02 in 2011" is Mutai's old mark (not "Whitfield
    ran a personal best of 49.87 to take the title": this race's); "He went through 5K in 14:30 and 10K in 28:21" are
    splits after "Lemma treated the downhill start like a 10K" (a comparison, no race)."""
    doc = doc_of("Sisay Lemma won the Boston Marathon in 2:06:17. Lemma treated the downhill start like a 10K. He went through 5K "
                 "in 14:30 and 10K in 28:21. He reached halfway in 1:00:19, ahead of the pace Geoffrey Mutai needed to set the "
                 "course record of 2:03:02 in 2011.\n\nIn the 400m hurdles, Jalen Whitfield ran a personal best of 49.87 to take "
                 "the title.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("2:06:17", "result", "Sisay Lemma"), ("2:03:02", "other", "Geoffrey Mutai"), ("49.87", "result", "Jalen Whitfield")]
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("14:30", "5km"), ("28:21", "10km"), ("1:00:19", "halfway")]


def test_results_a_first_since_a_year_and_a_mark_won_with(doc_of) -> None:
    """"became the first European to win the Olympic 1,500 metres since 1992 ..., to win in an Olympic record of 3:28.32":
    a first since a year dates no time of the sentence; "the 3:32.07 with which Kenya's Noah Ngeny won in Sydney in 2000"
    is Ngeny's old mark."""
    doc = doc_of("Norway's Jakob Ingebrigtsen became the first European to win the Olympic 1,500 metres since 1992 on Saturday, "
                 "holding off Timothy Cheruiyot to win in an Olympic record of 3:28.32.\n\nThe 20-year-old took almost four "
                 "seconds off the 3:32.07 with which Kenya's Noah Ngeny won in Sydney in 2000.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("3:28.32", "result", "Jakob Ingebrigtsen"), ("3:32.07", "other", "Noah Ngeny")]


def test_results_a_record_of_a_holder_set_off_by_commas(doc_of) -> None:
    """Polish copy translated: "The record of Daniela Komena, 7:20,67, was set in Rieti on 1 September 1996" is Komen's
    old mark."""
    doc = doc_of("Jakub Ingebrigtsen ran 3000 meters in 7:17,55 and won. Second was the Ethiopian Berihu Aregawi with the time "
                 "7:21,28. The record of Daniela Komena, 7:20,67, was set in Rieti on 1 September 1996.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("7:17,55", "result", "Jakub Ingebrigtsen"), ("7:21,28", "result", "Berihu Aregawi"), ("7:20,67", "other", "Daniela Komena")]


def test_results_polish_copy_s_place_with_the_time_and_hurdles(doc_of) -> None:
    """Polish copy translated: "finished the run on 100 m on fifth place with the time 11,15" is fifth; "was third in 100 m
    with hurdles (12,71)" is the 100m hurdles."""
    doc = doc_of("Jakub Ingebrigtsen ran 3000 meters in 7:17,55 at the Diamond League meeting in Chorzów.\n\nLess luck had Ewa "
                 "Swoboda. The sprinter from Żory finished the run on 100 m on fifth place with the time 11,15. Pia Skrzyszowska "
                 "was third in 100 m with hurdles (12,71).")
    assert [(r.text, r._.race.event, r._.place) for r in doc.spans["results"]] == [
        ("7:17,55", "3000m", None), ("11,15", "100m", 5), ("12,71", "100m hurdles", 3)]


def test_results_places_respectively_of_the_ones_beaten_and_a_record_in_secs(doc_of) -> None:
    """"clocked a world-leading 9.79secs to beat American Kenneth Bednarek (9.92) and Jamaica's Ackeem Blake (9.95) to
    second and third places respectively": the places are the ones beaten, in order (the subject named before them);
    "the African record of 9.77secs that he set" is his old mark (read past the unit)."""
    doc = doc_of("Ferdinand Omanyala stormed to victory in the men's 100m at the Kip Keino Classic on Saturday.\n\nOmanyala clocked "
                 "a world-leading 9.79secs to beat American Kenneth Bednarek (9.92) and Jamaica's Ackeem Blake (9.95) to second "
                 "and third places respectively.\n\nThe time was just outside the African record of 9.77secs that he set at the "
                 "same venue in 2021.")
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("9.79", "result", "Ferdinand Omanyala", 1), ("9.92", "result", "Kenny Bednarek", 2), ("9.95", "result", "Ackeem Blake", 3),
        ("9.77", "other", "Ferdinand Omanyala", None)]


def test_results_a_champion_of_other_games_named_before_his_result(doc_of) -> None:
    """"The men's marathon champion of Hangzhou Asian Games He Jie ranked the 6th of overall with 2:08:52": the games are
    his title, not the race (and "He Jie", right after them, is a person: no games are named after one)."""
    doc = doc_of("Dejene Megersa won the Xiamen Marathon in 2:06:08.\n\nThe men's marathon champion of Hangzhou Asian Games He Jie "
                 "ranked the 6th of overall with 2:08:52, and got the best of Chinese men.")
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("2:06:08", "result", "Dejene Megersa", 1), ("2:08:52", "result", "He Jie", 6)]


def test_results_times_listed_respectively_and_a_place_won(doc_of) -> None:
    """Chinese copy translated: "Feilikesi·Ji Erwa and Chalu·De Suo won the second and the third with 2:06:37 and 2:07:02
    respectively": the times go to the names in order, and "won the second" is second, no win (not "to win the 129th
    Boston Marathon", an edition)."""
    doc = doc_of("Ethiopian player De Jiene·Mei Gesa took 2:06:08 to win the championship. Kenyan player Feilikesi·Ji Erwa and "
                 "Ethiopian player Chalu·De Suo won the second and the third with 2:06:37 and 2:07:02 respectively.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("2:06:08", "De Jiene Mei Gesa", 1), ("2:06:37", "Feilikesi Ji Erwa", 2), ("2:07:02", "Chalu De Suo", 3)]
    doc = doc_of("Sharon Lokedi pulled away in the final mile to win the 129th Boston Marathon in 2:17:22.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:17:22", 1)]


def test_results_a_hometown_set_off_after_a_name(doc_of) -> None:
    """"with Leslie Sexton of Markham, Ont., second in 32:41": the hometown with its province set off by commas stands
    between her name and her time, which is hers, not the winner's."""
    doc = doc_of("Natasha Wodak of Vancouver won the women's 10K in 31:58, with Leslie Sexton of Markham, Ont., second in 32:41.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("31:58", "Natasha Wodak", 1), ("32:41", "Leslie Sexton", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the Marathon Eliud Kipchoge was never troubled and won in 2:03:12.", ("2:03:12", "result", "Eliud Kipchoge", 1)),
        ("Jakob Ingebrigtsen went on to set a personal best of 3:26.73 to win the 1500m.", ("3:26.73", "result", "Jakob Ingebrigtsen", 1)),
        ("This year's winner was Eliud Kipchoge in 2:02:42.", ("2:02:42", "result", "Eliud Kipchoge", 1)),
        ("In the men's 5000 victory went to Grant Fisher in 12:58.12.", ("12:58.12", "result", "Grant Fisher", 1)),
    ],
    ids=["a-heading-s-marathon-before-a-name", "went-on-to-set-is-this-race", "this-year-s-winner", "a-bare-distance-before-victory"],
)
def test_results_what_the_stop_s_rules_must_not_catch(doc_of, text: str, expected: tuple) -> None:
    """The review of the stop's rules: "the Marathon" before a name that is no host city is no meeting named head first;
    "went on to set a personal best of" is this race's; only last year's winner is a title ("This year's winner" wins);
    a four-figure number before "victory" is a year only if it reads as one."""
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingebrigtsen has cut the thread of arrival in 3:30,37. Fifth the blue Pietro Arese in 3:32,74, while Federico Riva "
         "has closed ninth in 3:35,60.", [("3:30,37", "Ingebrigtsen", None), ("3:32,74", "Pietro Arese", 5), ("3:35,60", "Federico Riva", 9)]),
        ("Grant Holloway has won in 13,08. Lorenzo Simonelli second in 13,15, third the Jamaican Rasheed Broadbell in 13,21.",
         [("13,08", "Grant Holloway", 1), ("13,15", "Lorenzo Simonelli", 2), ("13,21", "Rasheed Broadbell", 3)]),
        ("First Jakob Ingebrigtsen went through the bell, and he won in 3:30.37.", [("3:30.37", "Jakob Ingebrigtsen", 1)]),
        ("Nadia Battocletti ran well. Twelfth, at the debut on the distance, Ludovica Cavalli with 15:08,62.",
         [("15:08,62", "Ludovica Cavalli", 12)]),
        ("Nadia Battocletti ran well. Only ninth, instead, Freweini Hailu with 14:51,20.", [("14:51,20", "Freweini Hailu", 9)]),
    ],
    ids=["fifth-the-blue", "third-the-jamaican", "first-is-an-adverb", "an-aside-after-the-place", "only-ninth-instead"],
)
def test_results_a_place_before_a_name_with_no_verb(doc_of, text: str, expected: list[tuple]) -> None:
    """Italian copy translated puts the place first, with no verb: "Fifth the blue Pietro Arese in 3:32,74", "third the
    Jamaican Rasheed Broadbell in 13,21" (a clause's first word; "First" opening a sentence is as often an adverb)."""
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_list_s_ordinal_with_a_dash(doc_of) -> None:
    """"1st - Kibiwott Kandie (KEN) - 42:59": a results list's ordinal set off by a dash; a live blog's time of day
    before a dash is no place ("19:44 — Hodgkinson wins easily, 1:56.09")."""
    doc = doc_of("CLASSIFICATION\n\nMen\n1st - Kibiwott Kandie (KEN) - 42:59\n2nd - Jacob Kiplimo (UGA) - 43:16\n"
                 "7th - Ederson Vilela Pereira (BRA) - 44:47\n")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("42:59", 1), ("43:16", 2), ("44:47", 7)]
    doc = doc_of("19:42 — WOMEN'S 800M. The pacemaker goes out hard.\n\n19:44 — Hodgkinson wins easily, 1:56.09. Tsige Duguma "
                 "is second in 1:56.84.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("1:56.09", 1), ("1:56.84", 2)]


def test_results_a_rival_s_country_in_three_words_and_preceding(doc_of) -> None:
    """"in front of Kyron McMaster of the British Virgin Islands, 48,02": the country in three words stands between
    the rival and his time, which is his, second; "preceding the American Tamari Davis, 11.09" is second too."""
    doc = doc_of("In the 400m hurdles the Brazilian Alison Dos Santos has imposed himself in 47,63 in front of Kyron McMaster "
                 "of the British Virgin Islands, 48,02.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("47,63", "Alison dos Santos", 1), ("48,02", "Kyron McMaster", 2)]
    doc = doc_of("Julien Alfred won the 100m in 10.98, preceding the American Tamari Davis, 11.09.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [("10.98", "Julien Alfred", 1), ("11.09", "Tamari Davis", 2)]


def test_results_a_bare_hurdles_distance_names_its_race(doc_of) -> None:
    """"In the 400 hurdles the Brazilian ...": a distance with its kind and no unit is the event whatever follows
    (not the 110m hurdles of the paragraph before); so is "the 110 hurdles"."""
    doc = doc_of("In the 110 hurdles Grant Holloway won in 13.08.\n\nIn the 400 hurdles the Brazilian Alison Dos Santos won in 47.63.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("13.08", "110m hurdles"), ("47.63", "400m hurdles")]


def test_results_an_event_that_went_to_someone_and_a_heat_of_one_time(doc_of) -> None:
    """"The men's 100m went to Eddie Osei-Nketia, who ran 10.31" is his win (an event, not only a race or a title,
    "went to" its winner; "The 100 metres women has gone to", translated); "the fastest time of the championships, 10.29,
    in his heat" is that time's round, not the paragraph's: the places after it are the final's."""
    doc = doc_of("The men's 100m went to Eddie Osei-Nketia, who ran 10.31 into a similar headwind after posting the fastest "
                 "time of the championships, 10.29, in his heat. Tiaan Whelpton was second in 10.38 and Joseph Millar third in 10.45.")
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("10.31", "result", "Eddie Osei-Nketia", 1), ("10.29", "heats", "Eddie Osei-Nketia", None),
        ("10.38", "result", "Tiaan Whelpton", 2), ("10.45", "result", "Joseph Millar", 3)]
    doc = doc_of("The 100 metres women has gone to the Olympic champion Julien Alfred, which has stopped the chronometers on 10.98.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("10.98", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr was only fifth at the bell but surged past the Ethiopian pair of Yomif Kejelcha and Selemon Barega on "
         "the final bend to win in 7:42.98. Kejelcha took silver in 7:43.20.", [("7:42.98", "Josh Kerr", 1), ("7:43.20", "Yomif Kejelcha", 2)]),
        ("Belgium's Alexander Doom produced the upset of the night, reeling in Norwegian Karsten Warholm in the final 30 "
         "metres to win in a Belgian record of 45.25.", [("45.25", "Alexander Doom", 1)]),
    ],
    ids=["the-second-of-two-passed", "reeling-in"],
)
def test_results_to_win_after_those_passed_is_the_subject_s(doc_of, text: str, expected: list[tuple]) -> None:
    """Those passed or reeled in are objects: "surged past the Ethiopian pair of Yomif Kejelcha and Selemon Barega ...
    to win in 7:42.98" is the subject's win, and so is "reeling in Norwegian Karsten Warholm ... to win in 45.25"."""
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Third the blue Zainab Dosso in 11,12: the sprinter of the Yellow Flames, holder of the Italian record with 11,01, "
         "has run in lane four.", [("11,12", "result", "Zainab Dosso"), ("11,01", "other", "Zainab Dosso")]),
        ("Ingebritsen won in 3:30,37. The meeting is dedicated to Pietro Mennea, whose 19,72 of Mexico City 1979 in the 200 "
         "metres still resists as Italian record.", [("3:30,37", "result", "Ingebritsen"), ("19,72", "other", "Pietro Mennea")]),
        ("Faith Kipyegon won in 3:49,11. Her personal precedent was the 3:50,37 of Monaco 2022.",
         [("3:49,11", "result", "Faith Kipyegon"), ("3:50,37", "other", "Faith Kipyegon")]),
        ("Femke Bol lowered her own world indoor record to 49.17 seconds.\n\nThe 24-year-old had broken Jarmila "
         "Kratochvilova's 41-year-old record of 49.59 with 49.24 at the Dutch championships last month.",
         [("49.17", "result", "Femke Bol"), ("49.59", "other", "Jarmila Kratochvilova"), ("49.24", "other", "Femke Bol")]),
    ],
    ids=["holder-of-the-record-with", "of-a-city-and-a-year", "her-personal-precedent-was-the", "broke-a-record-of-with"],
)
def test_results_marks_of_earlier_races_in_translated_and_wire_copy(doc_of, text: str, expected: list[tuple]) -> None:
    """"holder of the Italian record with 11,01" is the holder's record; "whose 19,72 of Mexico City 1979" is dated by
    its city and year after "of"; "Her personal precedent was the 3:50,37" (Italian copy translated) is her earlier best;
    "The 24-year-old had broken Kratochvilova's record of 49.59 with 49.24": 49.24 is the breaker's, the description's
    (the possessive owns only the record's time)."""
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_a_college_release_s_lists_of_winners_and_scorers(doc_of) -> None:
    """A college release's lists: "EVENT – NAME (class) – TIME", "400m – 2. Kaylyn Brown (Fr.) 50.61; 4. Rosey Effiong
    (Gr.) 51.27": a class year's abbreviation in a bracket and a place after a dash end no sentence, a time at a line's
    end is no distance of the next line's event ("22.84\\nMile –"), and that line's "Mile" is its event; "Freshman" says
    no sex."""
    doc = doc_of("Event Winners\n400m – Britton Wilson (Jr.) – 50.08\n60m Hurdles – Ackera Nugent (Jr.) – 7.75\n"
                 "Mile – Krissy Gear (Gr.) – 4:33.29\n\nOther Scorers\n400m – 2. Kaylyn Brown (Fr.) 50.61; 4. Rosey Effiong (Gr.) "
                 "51.27\n200m – 3. Amber Anning (Jr.) 22.84\nMile – 3. Logan Jolly (Jr.) 4:35.84\n")
    got = {(r.text, athlete_of(r), r._.race.event, r._.place) for r in doc.spans["results"]}
    assert {("4:33.29", "Krissy Gear", "mile", None), ("50.61", "Kaylyn Brown", "400m", 2), ("51.27", "Rosey Effiong", "400m", 4),
            ("22.84", "Amber Anning", "200m", 3), ("4:35.84", "Logan Jolly", "mile", 3)} <= got
    doc = doc_of("Freshman Kaylyn Brown was second in the 400m in 50.61.")
    assert [(r.text, r._.race.sex) for r in doc.spans["results"]] == [("50.61", None)]


def test_results_a_results_line_s_sex_letter(doc_of) -> None:
    """"M 1500 sec 2 - Diego Reyes 3:51.84", "W 1500 sec 3 - Ashley Munoz 4:38.55": the letter before a line's event is its sex."""
    doc = doc_of("RESULTS\nM 1500 sec 2 - Diego Reyes 3:51.84\nW 1500 sec 3 - Ashley Munoz 4:38.55\n")
    assert [(r.text, r._.race.sex) for r in doc.spans["results"]] == [("3:51.84", "men"), ("4:38.55", "women")]


def test_results_german_copy_translated(doc_of) -> None:
    """German copy translated: "Tefera prevailed on Sunday in 2:07:08 hours" is a win; "undercut the Olympia norm of
    2:29:30 hours" a standard, nobody's; "improved her personal best by over a minute, until now it stood at 2:28:34
    hours" her earlier best; a results list that skips places with an ellipsis ("2:22:01 ... 6. Katharina Steinruck")."""
    doc = doc_of("Fikre Bekele Tefera prevailed on Sunday in 2:07:08 hours.\n\nKatharina Steinruck ran in 2:27:26 hours as best "
                 "German and undercut the Olympia norm of 2:29:30 hours clearly. The 30-year-old improved her personal best by over "
                 "a minute, until now it stood at 2:28:34 hours.\n\nWomen: 1. Valary Jemeli (KEN) 2:19:10 hours, 2. Haftamnesh "
                 "Tesfay (ETH) 2:20:47 ... 6. Katharina Steinruck (Eintracht Frankfurt) 2:27:26.")
    got = [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]]
    assert ("2:07:08", "result", "Fikre Bekele Tefera", 1) in got
    assert ("2:29:30", "other", None, None) in got
    assert ("2:28:34", "other", "Katharina Steinruck", None) in got
    assert ("2:27:26", "result", "Katharina Steinruck", 6) in got


def test_results_a_possessive_s_time_after_its_adjectives(doc_of) -> None:
    """"the fastest since Yohan Blake's famous 9.75 at these championships in 2012" is Blake's (not the subject's);
    a verb between is no adjective: "Mu's halves were 57.15 and 58.06" are not read so."""
    doc = doc_of("Kishane Thompson ran 9.77, the fastest since Yohan Blake's famous 9.75 at these championships in 2012.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("9.77", "result", "Kishane Thompson"), ("9.75", "other", "Yohan Blake")]


def test_results_french_copy_s_records_erased_and_held(doc_of) -> None:
    """French copy translated: "erasing the 7 min 53 s 63 of the Qatari Saif Saeed Shahine" and "pulverizing the 7:58,61
    of the Kenyan Daniel Komen" are their old marks; "the Ethiopian Letesenbet Guidey, holder of the world record
    (14:06,62 ...)" is hers, not the sentence's subject's; "at 200 m of the line" is a distance still to run, no point: the
    time after it is the finish's."""
    doc = doc_of("Girma finished alone in 7:52,11, erasing the 7 min 53 s 63 of the Qatari Saif Saeed Shahine, which resisted "
                 "since 2004. Jakob Ingebritsen crossed the line in 7:54,10, pulverizing the 7:58,61 of the Kenyan Daniel Komen.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("7:52,11", "result", "Lamecha Girma"), ("7 min 53 s 63", "other", "Saif Saeed Shahine"), ("7:54,10", "result", "Jakob Ingebritsen"),
        ("7:58,61", "other", "Daniel Komen")]
    doc = doc_of("The Kenyan Faith Kipyegon found in front of her the Ethiopian Letesenbet Guidey, holder of the world record "
                 "(14:06,62). Kipyegon threw her sprint at 200 m of the line and crossed it in 14:05,20.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("14:06,62", "other", "Letesenbet Guidey"), ("14:05,20", "result", "Faith Kipyegon")]
    assert list(doc.spans["splits"]) == []


def test_results_line_honours_are_a_win(doc_of) -> None:
    """"took line honours in 16:02" (Australian and New Zealand copy): first across the line."""
    doc = doc_of("Tom Ferraro led the whole way and took line honours in 16:02, a massive PB for Tom.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [("16:02", "Tom Ferraro", 1)]


def test_results_the_same_time_as_a_rival(doc_of) -> None:
    """"came through strongly to win in 10.99, the same time as Switzerland's Mujinga Kambundji": the rival ran 10.99 too,
    second to the winner (on her name's span; not "the same time as last year", no rival)."""
    doc = doc_of("Gina Lueckenkemper came through strongly to win in 10.99, the same time as Switzerland's Mujinga Kambundji, "
                 "with the photo finish separating the pair. Britain's Daryll Neita took bronze in 11.00.")
    assert [(r.text, athlete_of(r), r._.seconds, r._.place) for r in doc.spans["results"]] == [
        ("10.99", "Gina Lueckenkemper", 10.99, 1), ("Mujinga Kambundji", "Mujinga Kambundji", 10.99, 2), ("11.00", "Daryll Neita", 11.0, 3)]
    doc = doc_of("Gina Lueckenkemper won in 10.99, the same time as last year.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("10.99", "Gina Lueckenkemper")]


def test_results_a_race_of_her_sex_won_and_a_place_overall(doc_of) -> None:
    """"took the women's race in 16:48 and was 19th overall": she won the race of her sex; the mixed field's place
    is aside ("24th overall" alone stays no place of the race: "First home for CRR was Ciaran Daly in 16:58, 24th overall")."""
    doc = doc_of("The men's race was won by Efrem Gidey in 14:21. Ann-Marie McGlynn (Letterkenny AC) took the women's race in "
                 "16:48 and was 19th overall.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("14:21", "Efrem Gidey", 1), ("16:48", "Ann-Marie McGlynn", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bol had broken Jarmila Kratochvilova's 41-year-old record of 49.59 with 49.24 at the Dutch championships.",
         [("49.59", "other", "Jarmila Kratochvilova"), ("49.24", "other", "Bol")]),
        ("Alfred won the final in 10.85, in the heats she had clocked 10.95.", [("10.85", "result", "Julien Alfred"), ("10.95", "heats", "Julien Alfred")]),
        ("Sifan Hassan won in Chicago in 2:13:44, at the same time as Faith Kipyegon was preparing for Paris.",
         [("2:13:44", "result", "Sifan Hassan")]),
        ("Josh Kerr won in 3:45.12, the same time as Jake Wightman ran in Oslo last year.", [("3:45.12", "result", "Josh Kerr")]),
        ("The race included a slow first lap and Josh Kerr won in 3:45.12.", [("3:45.12", "result", "Josh Kerr")]),
        ("Beatrice Chebet won the 5000m in 14:03.11, beating the 14:05.20 of Faith Kipyegon.",
         [("14:03.11", "result", "Beatrice Chebet"), ("14:05.20", "result", "Faith Kipyegon")]),
    ],
    ids=["with-after-a-possessive-s-record", "a-heat-said-after-a-comma-opens-a-clause", "at-the-same-time-as-a-clause",
         "the-same-time-as-a-rival-s-clause", "included-no-list-of-names", "beating-the-time-of-a-rival"],
)
def test_results_what_this_stop_s_rules_must_not_catch(doc_of, text: str, expected: list[tuple]) -> None:
    """The review of the stop's rules: "with 49.24" after a possessive's record is the breaker's (the pattern matched at
    the string's start only); ", in the heats she had clocked" opens a clause, not the round of the time before it; "at
    the same time as" and "the same time as Wightman ran in Oslo" give the rival no result; "included a slow first lap
    and Kerr" lists no group's members; "beating the 14:05.20 of Faith Kipyegon" is her time in this race."""
    got = [(r.text, round_or_label(r), athlete_of(r)) for r in doc_of(text).spans["results"]]
    assert sorted(got) == sorted(expected)


def test_results_one_demonym_shape_for_every_inverted_place(doc_of) -> None:
    """The shape of a nation's adjective before a name, shared by the inverted places, the setters after "of" and the
    holders after a bracket: the short ones too ("second the Scot Jake Wightman"), and those in -i ("the Qatari")."""
    doc = doc_of("Josh Kerr won in 3:45.12; second the Scot Jake Wightman in 3:46.01, third the Qatari Mutaz Barshim in 3:47.00.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("3:45.12", 1), ("3:46.01", 2), ("3:47.00", 3)]


@pytest.mark.parametrize("held", ["The Osaka Half Marathon held at the same time was won", "The Osaka Half Marathon, run on the same day, was won"])
def test_results_another_meeting_held_the_same_day_is_of_today(doc_of, held: str) -> None:
    """A meeting said to be run at the same time as the main one: its results are results, not earlier times (a meeting
    said nothing of stays another day's: "Yuki Nakamura, who won the Osaka Half Marathon in 1:01:58")."""
    text = f"Matsuda Mizuki won the Osaka International Women's Marathon in 2:21:47. {held} by Nakamura Yuki in 1:01:58."
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("2:21:47", "Matsuda Mizuki", "result"), ("1:01:58", "Nakamura Yuki", "result")]
    text = "Matsuda Mizuki won the Osaka International Women's Marathon in 2:21:47. Nakamura Yuki won the Osaka Half Marathon in 1:01:58."
    assert [r.label_ for r in doc_of(text).spans["results"]] == ["result", "other"]


def test_results_wire_agate_rows_run_together_under_a_bare_event(doc_of) -> None:
    """Wire agate: a line per event, its bare distance then its rows run together ("100: 1. Trayvon Bromell, United
    States, 9.94. 2. Fred Kerley, ..."): each row's place and the line's event (a splits row "800: 1:52.6" names none)."""
    text = ("Results Thursday from the Diamond League final:\n\n100: 1. Trayvon Bromell, United States, 9.94. 2. Fred Kerley, "
            "United States, 9.94. 3. Yohan Blake, Jamaica, 10.02.\n\n3,000 steeplechase: 1. Norah Jeruto, Kazakhstan, 9:02.13. "
            "2. Werkuha Getachew, Ethiopia, 9:05.77.\n")
    got = [(r.text, athlete_of(r), r._.place, r._.race.event) for r in doc_of(text).spans["results"]]
    assert got == [("9.94", "Trayvon Bromell", 1, "100m"), ("9.94", "Fred Kerley", 2, "100m"), ("10.02", "Yohan Blake", 3, "100m"),
                   ("9:02.13", "Norah Jeruto", 1, "3000m steeplechase"), ("9:05.77", "Werkuha Getachew", 2, "3000m steeplechase")]
    assert P.EVENT_AGATE.search("Splits:\n400: 55.1\n800: 1:52.6\n") is None


@pytest.mark.parametrize(("said", "place"), [("came in as number eleven on", 11), ("was number 4 in", 4), ("wearing number 12 in", None)])
def test_results_a_place_said_as_a_number(doc_of, said: str, place: int | None) -> None:
    """Scandinavian copy translated says a place as a number: "came in as number eleven on 13.07,66" (not a bib's)."""
    text = f"Jakob Ingebrigtsen won the 5000 meter on 12.58,37. Narve Gilje Nordås {said} 13.07,66."
    assert [r._.place for r in doc_of(text).spans["results"]] == [1, place]


def test_results_the_minimum_of_a_time_is_a_standard(doc_of) -> None:
    """"below the minimum of 2h06:30 demanded by World Athletics": a qualifying standard, nobody's time."""
    text = ("Deresa Geleta won the Seville Marathon in 2h04:58, while Tariku Novales stopped the chronometer in 2:06:22, below the "
            "minimum of 2h06:30 demanded by World Athletics.")
    got = [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]]
    assert got == [("2h04:58", "Deresa Geleta", "result"), ("2:06:22", "Tariku Novales", "result"), ("2h06:30", None, "other")]


@pytest.mark.parametrize(("said", "owner"), [("12.34 for the Frenchwoman", "Cyréna Samba-Mayela"), ("12.34 for Samba-Mayela", "Cyréna Samba-Mayela")])
def test_results_a_time_for_a_name_or_a_description_after_it(doc_of, said: str, owner: str) -> None:
    """"She dipped past Cyréna Samba-Mayela by one hundredth, 12.34 for the Frenchwoman": the time of whom it is "for"."""
    text = (f"Masai Russell wins the 100m hurdles in 12.33! She dipped past Cyréna Samba-Mayela of France by one hundredth, {said}, "
            "and Jasmine Camacho-Quinn gets bronze in 12.36.")
    assert [athlete_of(r) for r in doc_of(text).spans["results"]] == ["Masai Russell", owner, "Jasmine Camacho-Quinn"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Having arrived in Oslo only the day before, Faith Kipyegon won the 1500m in 3:50.72.", [("3:50.72", "result")]),
        ("Ashton Eaton won the decathlon with 9045 points. His 400m was 45.00 and his 1500m 4:17.52.", [("45.00", "result"), ("4:17.52", "result")]),
        ("Hellen Obiri won in 2:21:38. The target had been 2:20:00 for Obiri's coach.", [("2:21:38", "result"), ("2:20:00", "other")]),
        ("Sharon Lokedi took second in the Boston Women's Marathon in 2:21:58.", [("2:21:58", "result")]),
        ("Eliud Kipchoge won the Berlin Marathon in 2:03:59. His world record at the Tokyo Marathon, run alongside a team of "
         "pacemakers, had been 2:01:09.", [("2:03:59", "result"), ("2:01:09", "other")]),
    ],
    ids=["the-day-before-as-an-opening-aside", "a-decathlon-s-400m-was", "for-a-possessive", "a-city-s-women-s-marathon",
         "run-alongside-pacemakers"],
)
def test_results_what_the_agate_and_translation_rules_must_not_catch(doc_of, text: str, expected: list[tuple]) -> None:
    """The review of the stop's rules: "the day before" opening a sentence dates nothing; a decathlon's "400m was 45.00"
    is no split; "for Obiri's coach" gives no time to Obiri (a target, an other time); "the Boston Women's Marathon" is no meeting of its own;
    "run alongside a team of pacemakers" is no meeting run the same day."""
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


def test_results_a_ranking_s_number_is_no_place(doc_of) -> None:
    """"the world number three with 3:29.10 this year" ranks, it places nobody (nor "number zero")."""
    text = "Kerr won the 1500m in 3:27.79. Cole Hocker, the world number three in 3:29.10 this year, faded."
    assert [r._.place for r in doc_of(text).spans["results"]][1:] in ([None], [])
    assert P.NUMBER_PLACE_BEFORE.search("came in as number zero on ") is None
    assert P.STANDARD_BEFORE.search("what she needs, at the minimum ") is None


def test_results_a_sentence_naming_nobody_is_the_owner_of_her_own_mark_after_the_time(doc_of) -> None:
    """A live blog's "KIPYEGON DOES IT AGAIN! Third straight Olympic 1500m title and an Olympic record of 3:51.29, beating
    her own 3:53.11": the time is hers (not "13:31.8 on his own watch", a poster's)."""
    text = ("Faith Kipyegon lines up for the 1500m final at the Olympics.\n\nKIPYEGON DOES IT AGAIN! Third straight Olympic "
            "1500m title and an Olympic record of 3:51.29, beating her own 3:53.11 from Tokyo.")
    assert [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]][0] == ("3:51.29", "Faith Kipyegon", "result")
    assert P.OWN_PRONOUN_AFTER.search(" on his own watch") is None


@pytest.mark.parametrize("owner", ["Dave's", "His"])
def test_results_a_pb_from_its_days_is_an_old_mark(doc_of, owner: str) -> None:
    """"Dave's PB from his Gateshead days is 31:52": what stands between the best and its verb dates it, it is still his."""
    text = f"Dave Hughes ran 41:09, first M60. {owner} PB from his Gateshead days is 31:52."
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [("41:09", "result"), ("31:52", "other")]


def test_results_a_record_that_belongs_to_a_name_is_its_holder_s(doc_of) -> None:
    """"The Netherlands' national record of 2:13:44 belongs to Sifan Hassan": hers, not the runner named before."""
    text = "Nienke Brinkman was seventh in 2:24:10. The Netherlands' national record of 2:13:44 belongs to Sifan Hassan, who was not entered."
    assert [(r.text, athlete_of(r), r.label_) for r in doc_of(text).spans["results"]][1] == ("2:13:44", "Sifan Hassan", "other")


def test_results_won_by_a_margin_over_a_rival_places_the_rival_second(doc_of) -> None:
    """"won by almost six seconds over Miami's Josh Whitaker, who ran 23:44.0": the rival beaten by the winner is second."""
    text = ("Ezra Kiprono won the men's 8K in 23:38.2. Kiprono went through 5K in 14:41 and won by almost six seconds over "
            "Miami's Josh Whitaker, who ran 23:44.0 in front of the home crowd.")
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == [("Ezra Kiprono", 1), ("Josh Whitaker", 2)]


def test_results_a_time_hoped_for_is_no_time_run(doc_of) -> None:
    """"was hoping for something around 1:40": a target, an other time (no time run)."""
    text = "Jess Alvarez ran 1:37:48. She came into the race with a PR of 1:41:52 and was hoping for something around 1:40."
    assert [(r.label_, r._.context) for r in doc_of(text).spans["results"] if r.text == "1:40"] == [("other", "target")]


def test_results_what_the_late_rules_must_not_catch(doc_of) -> None:
    """The second review: "her own" far after a time gives it no owner; "won by 12 seconds over the same course" places
    nobody second; "Britain's best from the heats was 3:33.1" is no old record of someone's."""
    doc = doc_of("The world record of 3:49.04 was safe, but she was happy to beat her own Olympic record. Faith Kipyegon won the "
                 "1500m in 3:51.29.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"] if athlete_of(r) is not None] == [("3:51.29", "Faith Kipyegon")]
    doc = doc_of("Young, who won by 12 seconds over the same course last year, beat Messaoudi (29:01) and Robinson (28:50).")
    assert 2 not in [r._.place for r in doc.spans["results"]]
    doc = doc_of("Britain's best from the heats was 3:33.1. Josh Kerr won the 1500m in 3:27.79.")
    assert "record" not in [r._.context for r in doc.spans["results"]]


def test_results_an_owned_record_with_its_nationality_after_it(doc_of) -> None:
    """Italian copy translated puts the nationality after the noun: "at 45 cents from his record Italian of 3'32"13" is
    his old mark, not a second result of the race."""
    doc = doc_of("Niels Laros won the 1500 metres at the Golden Gala in 3:30.12. Pietro Arese closes seventh in 3'32\"58, at 45 "
                 "cents from his record Italian of 3'32\"13.")
    assert [(r.text, r._.context) for r in doc.spans["results"]] == [("3:30.12", None), ("3'32\"58", None), ("3'32\"13", "record")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Femke Bol won the 400 meters hurdles in 52.46. Cathelijn Peeters became with 54.71 third.",
         [("Femke Bol", "52.46", 1), ("Cathelijn Peeters", "54.71", 3)]),
        ("Nadine Visser won the 100 meters hurdles in 12.71, before Zoë Sedney with 12.88.",
         [("Nadine Visser", "12.71", 1), ("Zoë Sedney", "12.88", 2)]),
        ("In the 5000 meters the Ethiopian Telahun Haile Bekele was the fastest in 13:02.14, before his compatriot Biniam "
         "Mehary (13:02.80).", [("Telahun Haile Bekele", "13:02.14", 1), ("Biniam Mehary", "13:02.80", 2)]),
    ],
    ids=["became-with-time-third", "before-a-name-with-its-time", "was-the-fastest-in"],
)
def test_results_places_in_dutch_word_order(doc_of, text: str, expected: list) -> None:
    """Dutch copy translated: "became with 54.71 third" ("werd met 54.71 derde"), "before Zoë Sedney with 12.88" (her time,
    not the winner's), "was the fastest in 13:02.14" (the win)."""
    assert [(athlete_of(r), r.text, r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_hyphenated_sixty_meter_race_after_a_mile(doc_of) -> None:
    """"took the women's 60-meter hurdles in 8.43" after a mile: a 60m time (a time under nine seconds is one only where
    such a sprint is named, and "60-meter" was not) and a win."""
    doc = doc_of("Caleb Ostrander won the mile in 4:03.18. First-year Aubree Kasten took the women's 60-meter hurdles in 8.43.")
    assert [(athlete_of(r), r.text, r._.place, r._.race.event) for r in doc.spans["results"]] == [
        ("Caleb Ostrander", "4:03.18", 1, "mile"), ("Aubree Kasten", "8.43", 1, "60m hurdles")]


def test_results_a_bare_event_of_a_weekday(doc_of) -> None:
    """"fourth in Friday's 5,000 (16:41.30), a race won by ... in 16:29.88": the 5000m, not the 3000m before it."""
    doc = doc_of("Kenna Dietrich won the 3,000-meter run in 9:28.70. Dietrich also finished fourth in Friday's 5,000 (16:41.30), "
                 "a race won by NDSU's Maren Solberg in 16:29.88.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("9:28.70", "3000m"), ("16:41.30", "5000m"), ("16:29.88", "5000m")]


@pytest.mark.xfail(reason='"the fast heat" of an open meeting was tried as a section run once and dropped: a championship\'s '
                   '"fastest heat" and "seeded heat" are earlier rounds ("ran 10.94 in the fastest heat on Friday, then won the '
                   'final") and nothing in the words tells the two apart', strict=True)
def test_results_the_fast_heat_of_an_open_meeting_is_its_race(doc_of) -> None:
    """"The headline race was the fast heat of the mile": a section of an open meeting, run once, not an earlier round
    whose times would be other times."""
    doc = doc_of("THE FAST MILE\n\nThe headline race was the fast heat of the mile, and what a race. Noah Fairbanks won in 4:14.2. "
                 "Pete Lindahl hung on for 4:16.0 and Marcus Tenney was third in 4:21.5.")
    assert [(r.text, r._.place, r._.context) for r in doc.spans["results"]] == [("4:14.2", 1, None), ("4:16.0", 2, None), ("4:21.5", 3, None)]


def test_results_a_club_agate_line_with_its_field_before_the_event(doc_of) -> None:
    """A club newsletter's "Open 800: 1. Sam Whitcomb 2:01.4, 2. ...": the line's event is the 800m, not the mile
    told before it."""
    doc = doc_of("Noah Fairbanks won the mile in 4:14.2.\n\nOpen 800: 1. Sam Whitcomb 2:01.4, 2. Kayla Brandt 2:19.8, 3. Ron "
                 "Ostby (M60) 2:31.2\nOpen 400: 1. Jordan Ames 52.1, 2. Lily Carver 61.4")
    assert [(r.text, r._.place, r._.race.event) for r in doc.spans["results"]] == [
        ("4:14.2", 1, "mile"), ("2:01.4", 1, "800m"), ("2:19.8", 2, "800m"), ("2:31.2", 3, "800m"), ("52.1", 1, "400m"),
        ("61.4", 2, "400m")]


def test_results_a_year_right_before_a_bracketed_time_dates_it(doc_of) -> None:
    """"after her wins in 2023 (2:21:38) and 2024 (2:27:37)": both old marks, the second dated by its year alone."""
    doc = doc_of("April 21, 2025\n\nSharon Lokedi won the Boston Marathon in 2:17:22. Obiri, chasing a three-peat after her wins in "
                 "2023 (2:21:38) and 2024 (2:27:37), held on for second in 2:17:41.")
    assert [(r.text, r._.context is None) for r in doc.spans["results"]] == [
        ("2:17:22", True), ("2:21:38", False), ("2:27:37", False), ("2:17:41", True)]


def test_results_a_turkey_trot_s_annual_5k(doc_of) -> None:
    """A Thanksgiving report: "the Harwick Turkey Trot" is the meeting (no runner called Trot), "won the 31st annual 5K in
    15:12" its race and his win (the ordinal of "pulled away in the second mile" no place)."""
    doc = doc_of("Ethan Morales won at the Harwick Turkey Trot on Thursday. He pulled away in the second mile and won the 31st "
                 "annual 5K in 15:12.")
    assert [m.text for m in doc.spans["athletes"]] == ["Ethan Morales"]
    assert [(r.text, r._.place, r._.race.event, r._.race.meeting) for r in doc.spans["results"]] == [
        ("15:12", 1, "5km", "Harwick Turkey Trot")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen finished second in the 1500m. His time of 3:27.14 is the fastest in 10 years in Oslo.",
         [("Jakob Ingebrigtsen", "3:27.14", None)]),
        ("After a 45.50 in the heats, Matthew Hudson-Smith beat Michael Norman with 44.10 in the final.",
         [("Matthew Hudson-Smith", "45.50", None), ("Matthew Hudson-Smith", "44.10", None)]),
        ("Jane Doe won in 2:08.10 on Saturday. She holds school records in the 200 (23.41) and the 400 (52.20).",
         [("Jane Doe", "2:08.10", 1), ("Jane Doe", "23.41", None), ("Jane Doe", "52.20", None)]),
        ("Jane Doe built a 60-meter gap by halfway and won the 5,000 in 16:02.30, an improvement of 8.45 on her best.",
         [("Jane Doe", "16:02.30", 1)]),
        ("Femke Bol won the 400m hurdles in 52.30. Lieke Klaver is with 49.90 third on the world list this season.",
         [("Femke Bol", "52.30", 1), ("Lieke Klaver", "49.90", None)]),
        ("Smith dropped down to the 1500 in 4:12.45 and won.", [("Smith", "4:12.45", 1)]),
    ],
    ids=["fastest-in-ten-years", "beat-a-rival-with-a-time", "bests-in-brackets-after-bare-events", "a-60-meter-gap",
         "is-with-a-time-third-on-a-list", "dropped-down-to-an-event"],
)
def test_results_what_the_translated_word_order_and_event_rules_must_not_catch(doc_of, text: str, expected: list) -> None:
    """The mid-stop review: "is the fastest in 10 years" is no win; "beat Michael Norman with 44.10" is the winner's time;
    bests in brackets after bare events name no race; a 60-meter gap is no 60m race (whose short times would make 8.45 one);
    "is with 49.90 third on the world list" a ranking; "dropped down to the 1500 in" a race, not a point of one."""
    assert [(athlete_of(r), r.text, r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_bare_year_right_before_a_time_dates_it(doc_of) -> None:
    """German copy translated: "the course record of Eliud Kipchoge, who ran here 2022 2:01:09" is an old mark."""
    doc = doc_of("Milkesa Mengesha won the Berlin Marathon in 2:03:17. Also the course record of Eliud Kipchoge, who ran here 2022 "
                 "2:01:09, remained untouched.")
    assert [(r.text, r._.context is None) for r in doc.spans["results"]] == [("2:03:17", True), ("2:01:09", False)]


def test_results_a_record_of_a_time_by_its_holder(doc_of) -> None:
    """"The world record of 1:40.91 by David Rudisha ... remains a distant dream": his old mark, "by" alone naming the setter."""
    doc = doc_of("Emmanuel Wanyonyi won the 800m in 1:43.89. The world record of 1:40.91 by David Rudisha remains a distant dream.")
    assert [(athlete_of(r), r.text, r._.context) for r in doc.spans["results"]] == [
        ("Emmanuel Wanyonyi", "1:43.89", None), ("David Rudisha", "1:40.91", "record")]


@pytest.mark.parametrize("owner", ["the compatriot", "his compatriot", "the Kenyan"])
def test_results_a_time_of_a_described_runner_named_after_it(doc_of, owner: str) -> None:
    """"far from the record of the proof, the 42min59s of the compatriot Kibiwott Kandie in 2019" (translated): his."""
    doc = doc_of(f"Daniel Mateiko won the race in 43:48, far from the record of the race, the 42:59 of {owner} Kibiwott Kandie in 2019.")
    assert [(athlete_of(r), r.text) for r in doc.spans["results"]] == [("Daniel Mateiko", "43:48"), ("Kibiwott Kandie", "42:59")]


def test_results_a_record_of_a_time_by_its_holder_with_a_nationality(doc_of) -> None:
    """"the world indoor best of 49.59 by the Czech Jarmila Kratochvílová": hers (it was the winner's, named before)."""
    doc = doc_of("Femke Bol won the 400 metres in 49.24. Before Bol's first record in 2023, the world indoor best of 49.59 by the "
                 "Czech Jarmila Kratochvílová had stood since 1982.")
    assert [(athlete_of(r), r.text) for r in doc.spans["results"]] == [("Femke Bol", "49.24"), ("Jarmila Kratochvílová", "49.59")]


def test_results_a_sentence_opening_with_its_relay_is_the_team_s(doc_of) -> None:
    """"The 4x400 relay team of Pierce, Whitlock, Moe and Trey Dahl ... finishing second in 3:15.62": the team's time, not
    Dahl's (the list's commas cut the time's stretch off from the relay named at the sentence's opening)."""
    doc = doc_of("Tre Whitlock won the 60 meters in 6.71. The 4x400 relay team of Pierce, Whitlock, Moe and Trey Dahl closed the "
                 "meet by finishing second in 3:15.62, enough to clinch the men's title.")
    assert [r.text for r in doc.spans["results"]] == ["6.71"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The women's 10,000m at the 2024 Eugene meeting was won in a time of 29:12.51 by Beatrice Chebet, with Agnes Ngetich "
         "second.", [("Beatrice Chebet", "29:12.51", None)]),
        ("Grant Fisher won the 5000m at the Pre Classic on Saturday, setting a meeting record of 12:46.96 by more than a second "
         "over Nico Young.", [("Grant Fisher", "12:46.96", None)]),
        ("Grant Fisher won the 5000m at the Prefontaine Classic on Saturday. The 12:46.96 by Fisher was the fastest time in the "
         "world this year.", [("Grant Fisher", "12:46.96", None)]),
        ("Results of the Frankfurt Marathon 2024, men:\n1. Amanal Petros (Germany) 1995 2:06:27\n2. Samuel Fitwi (Germany) 1996 "
         "2:07:38", [("Amanal Petros", "2:06:27", None), ("Samuel Fitwi", "2:07:38", None)]),
        ("In Berlin on September 29, 2024, 2:03:17 proved enough for Milkesa Mengesha to win the marathon.",
         [("Milkesa Mengesha", "2:03:17", None)]),
        pytest.param("Tigst Assefa stunned Berlin on Sunday: few experts predicted 2:11:53, but the Ethiopian won the marathon by "
                     "more than five minutes.", [("Tigst Assefa", "2:11:53", None)],
                     marks=pytest.mark.xfail(reason='"predicted" was narrowed to "who", "had" and a bracket for this case and widened '
                                             'again by the third review: a coach\'s or organisers\' predicted time ("Sang predicted '
                                             '2:02:30 for Kipchoge, who won in 2:03:36") is the commoner; a predicted time that '
                                             'is the result itself stays a guess', strict=True)),
    ],
    ids=["won-in-a-time-of-by", "a-record-by-a-margin", "the-time-by-its-runner", "a-list-s-years-of-birth",
         "a-date-with-its-comma-before-a-time", "experts-predicted"],
)
def test_results_what_the_late_record_date_and_prediction_rules_must_not_catch(doc_of, text: str, expected: list) -> None:
    """The second review: "by" and a name is a record's holder only after "record of"; a results list's years of birth
    date nothing (a bare year dates a time only after a word: "who ran here 2022 2:01:09"); a date set off by its comma
    is no dateline's stamp; "experts predicted" is no prediction race's guess."""
    assert [(athlete_of(r), r.text, r._.context) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen completed a hat-trick of European titles by kicking clear of Briton George Mills down the back "
         "straight to win in 13:21.38.", [("Jakob Ingebrigtsen", "13:21.38", 1)]),
        ("Jakob Ingebrigtsen won the 5000 meters on 12:48,45. In the women's 400 meter hurdles won the Dutch Femke Bol on 53,44, "
         "a good bit in front of the Ukrainian Anna Ryzhykova on 54,86.",
         [("Jakob Ingebrigtsen", "12:48,45", 1), ("Femke Bol", "53,44", 1), ("Anna Ryzhykova", "54,86", 2)]),
        ("The new champion won in 10,05. On the third step of podium goes the Sicilian Matteo Meluzzo in 10,14.",
         [("Matteo Meluzzo", "10,14", 3)]),
    ],
    ids=["clear-of-a-briton-to-win", "in-front-of-the-ukrainian-on-her-time", "podium-goes-the-sicilian"],
)
def test_results_a_rival_with_a_nationality_before_the_name(doc_of, text: str, expected: list) -> None:
    """"kicking clear of Briton George Mills ... to win in 13:21.38": Mills beaten, the win Ingebrigtsen's; a rival so
    beaten keeps a time said right after her with "on" (Norwegian copy translated: "på 54,86"), and, listed right after
    the winner, the next place, as with "in" ("won in 3:27.79 ahead of Hocker in 3:27.80"); "goes the Sicilian" names the
    subject of "goes", no one beaten."""
    assert [(athlete_of(r), r.text, r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_the_victory_of_a_name_in_a_time_is_hers(doc_of) -> None:
    """Italian copy translated: "The race saw the victory of Gloria Hooper in 11"41": her win ("of" after "victory" names
    the winner, not one beaten)."""
    doc = doc_of('The race saw the victory of Gloria Hooper in 11"41.')
    assert [(athlete_of(r), r._.seconds, r._.place) for r in doc.spans["results"]] == [("Gloria Hooper", 11.41, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milkesa Mengesha won the Berlin Marathon in 2:03:17. The German record holder Amanal Petros (2:04:58 hrs.) had "
         "cancelled his start because of calf problems.", [("2:03:17", None), ("2:04:58", "earlier")]),
        ("Eliud Kipchoge (2:01:09) withdrew on Friday with a back injury. Milkesa Mengesha won the marathon in 2:03:17.",
         [("2:01:09", "earlier"), ("2:03:17", None)]),
        ("Milkesa Mengesha won the marathon in 2:03:17 ahead of Cybrian Kotut (2:03:22) after Kipchoge withdrew.",
         [("2:03:17", None), ("2:03:22", None)]),
    ],
    ids=["cancelled-his-start", "withdrew", "another-one-withdrew"],
)
def test_results_a_bracketed_time_of_one_who_did_not_run(doc_of, text: str, expected: list) -> None:
    """"Amanal Petros (2:04:58 hrs.) had cancelled his start": the bracket is a mark he brought, no result; only the
    bracket's own name's verb says so (not "Kotut (2:03:22) after Kipchoge withdrew")."""
    assert [(r.text, r._.context) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the Penn Relays on Saturday, Yared Nuguse won the mile in 3:56.10.", [("Yared Nuguse", "3:56.10", None)]),
        ("A day after the relay, Gabby Thomas won the 200m in 21.83.", [("Gabby Thomas", "21.83", None)]),
        ("Before the race, coach Patrick Sang predicted 2:02:30 for Eliud Kipchoge, who won in 2:03:36.",
         [("Eliud Kipchoge", "2:03:36", None)]),
        ("Organisers forecast 2:04 for the winner, but Kelvin Kiptum won the marathon in 2:01:25.",
         [("Kelvin Kiptum", "2:01:25", None)]),
        ("Jakob Ingebrigtsen won in 3:27.14. The old mark of 3:28.32 by Mo Farah had stood since 2013.",
         [("Jakob Ingebrigtsen", "3:27.14", None), ("Mohamed Farah", "3:28.32", "record")]),
        ("The women's 10,000m final, held on August 9, 2024, at 21:10, was won by Beatrice Chebet in 30:43.25.",
         [("Beatrice Chebet", "30:43.25", None)]),
        ("Among the 3,000 women, Hellen Obiri was the fastest, winning the marathon in 2:27:23.",
         [("Hellen Obiri", "2:27:23", None)]),
        ("In the 100m: Victory of Gloria Hooper in 11.41.", [("Gloria Hooper", "11.41", None)]),
    ],
    ids=["a-meeting-s-relays", "a-relay-in-passing", "a-coach-s-prediction", "organisers-forecast", "the-old-mark-of-by",
         "a-date-then-at-an-hour", "a-crowd-of-women", "victory-capitalised"],
)
def test_results_what_the_relay_prediction_and_field_rules_must_not_catch(doc_of, text: str, expected: list) -> None:
    """The third review: a relay makes a sentence the team's only as its subject ("The 4x400 relay team of ..."); a
    predicted or forecast time is a guess; "mark of" and "best of" take "by" and a holder as "record of" does; "held on
    August 9, 2024, at 21:10" is an hour; "the 3,000 women," a crowd; "Victory of" capitalised names the winner."""
    assert [(athlete_of(r), r.text, r._.context) for r in doc_of(text).spans["results"]] == expected


def test_results_the_winner_s_one_time_told_twice_is_first_both_times(doc_of) -> None:
    """A winner whose one time is told twice (in the story and again in its list, "Kandie 58:51") is first in both, as
    when it is told once (the inference asked for a single result)."""
    text = ("Kibiwott Kandie flew the Kenyan flag high at the Prague Half Marathon on Saturday, winning the men's race.\n\n"
            "Kandie, 28, stopped the clock at 58:51 after breaking away from Tadese Worku, who crossed the line in 58:58.\n\n"
            "Kandie's 58:51 was the fastest ever run in Prague.")
    got = [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]]
    assert [g for g in got if g[1] == "Kibiwott Kandie"] == [("58:51", "Kibiwott Kandie", 1), ("58:51", "Kibiwott Kandie", 1)]


@pytest.mark.xfail(reason="a time at another meeting told twice is read as a result of the race won (a misreading older than "
                   "the winner's inference, which since 769168b also gives it first place); the review's case", strict=True)
def test_results_a_time_of_another_meeting_told_twice_is_no_result(doc_of) -> None:
    """"Obiri ran 2:18:35 in Boston in April. ... Asked about the 2:18:35": her Boston time, not her New York result."""
    doc = doc_of("Hellen Obiri won the women's race at the New York City Marathon on Sunday. Obiri ran 2:18:35 in Boston in April. "
                 "Margaret Kipkemboi clocked 2:24:29. Asked about the 2:18:35, Obiri said she felt stronger now.")
    assert all(r._.context is not None for r in doc.spans["results"] if r.text == "2:18:35")


@pytest.mark.xfail(reason="a club's initials after a rival's name were tried in the gap before the rival's bracketed time and "
                   "undone: after a beaten rival, \"of Team USA, clocking 43.74\" and \"of Cardiff AAC in 10.05\" gave the "
                   "winner's time to the rival (a weakness the country form \"of Scotland, timing\" already has)", strict=True)
def test_results_a_club_s_initials_between_a_rival_and_the_bracketed_time(doc_of) -> None:
    """British copy: "second behind Jeremiah Azu of Cardiff AAC (10.10)": his time."""
    doc = doc_of("Owen Ansah ran 10.12 in the 100m, second behind Jeremiah Azu of Cardiff AAC (10.10).")
    assert [(athlete_of(r), r.text) for r in doc.spans["results"]] == [("Owen Ansah", "10.12"), ("Jeremiah Azu", "10.10")]


def test_results_a_description_right_after_the_event_opening_its_sentence(doc_of) -> None:
    """Translated: "In the run on 800 m the Polish was third with the time 1:58,34": the runner named before (no comma
    sets the description off from the event)."""
    doc = doc_of("Mary Moraa won the 800 m in 1:57,61. Very good evening had Anna Wielgosz. In the run on 800 m the Polish was "
                 "third with the time 1:58,34, which is her new life record.\n\n– Now I want to run under 1:58 – did not hide the joy "
                 "Wielgosz.")
    assert [(athlete_of(r), r.text, r._.place) for r in doc.spans["results"]] == [
        ("Mary Moraa", "1:57,61", 1), ("Anna Wielgosz", "1:58,34", 3)]


@pytest.mark.parametrize(
    ("said", "expected"),
    [("Ota, 28 years old, has the personal best of 27:12.53.", ("Ota Tomoki", "27:12.53")),
     ("The Japan record of this event is 27:09.80 that Shiojiri Kazuya (Fujitsu) made in December 2023.",
      ("Shiojiri Kazuya", "27:09.80"))],
    ids=["has-the-personal-best-of", "the-record-of-this-event-is-that-someone-made"],
)
def test_results_a_best_someone_has_or_a_record_someone_made_is_an_old_mark(doc_of, said: str, expected: tuple) -> None:
    """Kyodo copy translated: "has the personal best of 27:12.53", "The Japan record of this event is 27:09.80 that Shiojiri
    Kazuya made" (both were results of this race, the record Ota's)."""
    doc = doc_of(f"Jimmy Gressier won the 10,000m in 28:55.77. Ota Tomoki was 14th in 29:12.04. {said}")
    assert [(athlete_of(r), r.text) for r in doc.spans["results"] if r._.context] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kieran Lumb of Vancouver and Charles Philibert-Thiboutot of Quebec City came off the final turn shoulder to shoulder "
      "and Lumb got his chest to the line first, 3:38.41 to 3:38.49.",
      [("Kieran Lumb", "3:38.41"), ("Charles Philibert-Thiboutot", "3:38.49")]),
     ("Jazz Shukla of Toronto won the women's 800 in 1:59.30, holding off Madeline Kelly of Pickering, Ont., who was second "
      "in 2:00.11.", [("Jazz Shukla", "1:59.30"), ("Madeline Kelly", "2:00.11")]),
     ("Marco Arop won the 800m in 1:44.12. Robert Heppenstall was third in 1:46.05. In the heats, Arop took the second in "
      "1:48.61 with Heppenstall right behind him in 1:48.97.",
      [("Marco Arop", "1:44.12"), ("Robert Heppenstall", "1:46.05"), ("Marco Arop", "1:48.61"), ("Robert Heppenstall", "1:48.97")])],
    ids=["the-two-then-one-of-them-first", "a-town-s-province-abbreviated-before-who", "with-a-name-right-behind-him"],
)
def test_results_whose_time_in_a_national_trials_report(doc_of, text: str, expected: list) -> None:
    """"..., and Lumb got his chest to the line first, 3:38.41 to 3:38.49": the pair's first is the last clause's subject
    (it was Philibert-Thiboutot's, named second); "Madeline Kelly of Pickering, Ont., who was second in 2:00.11" hers (the
    province's dot cut her relative clause off); "in 1:48.61 with Heppenstall right behind him in 1:48.97" his (it was
    Arop's)."""
    assert [(athlete_of(r), r.text) for r in doc_of(text).spans["results"]] == expected


def test_results_a_with_phrase_s_runner_with_an_age_set_off(doc_of) -> None:
    """"Sharon Lokedi hangs on for second in 2:27:41, with Edna Kiplagat, 44 years young, third in 2:27:45": hers (the
    age's commas had cut the with phrase off, and the time went to Lokedi)."""
    doc = doc_of("Hellen Obiri won the Boston Marathon in 2:27:37. Sharon Lokedi hangs on for second in 2:27:41, with Edna "
                 "Kiplagat, 44 years young, third in 2:27:45.")
    assert [(athlete_of(r), r.text, r._.place) for r in doc.spans["results"]] == [
        ("Hellen Obiri", "2:27:37", 1), ("Sharon Lokedi", "2:27:41", 2), ("Edna Kiplagat", "2:27:45", 3)]


@pytest.mark.parametrize(
    ("said", "expected"),
    [("Morrow's PR of 4:25.8 from the Oregon Relays still stands.", ("Sadie Morrow", "4:25.8")),
     ("Morrow came in with the No. 2 seed at 4:29.12 from the district meet.", ("Sadie Morrow", "4:29.12"))],
    ids=["a-best-from-a-meeting-named-for-its-relays", "a-seed"],
)
def test_results_a_prep_runner_s_old_marks(doc_of, said: str, expected: tuple) -> None:
    """"PR of 4:25.8 from the Oregon Relays": her old mark (the meeting's "Relays" had made it a relay team's time, no
    one's), and the meeting is not the one reported; "the No. 2 seed at 4:29.12": an entry mark, no result."""
    doc = doc_of("Twenty-four hours after winning the 3000, West Linn's Sadie Morrow came back on Saturday to take the girls "
                 f"1500 at the state meet in 4:27.05, a race she controlled from the gun. {said}")
    got = [(athlete_of(r), r.text, r._.context is None) for r in doc.spans["results"]]
    assert got == [("Sadie Morrow", "4:27.05", True), (*expected, False)]
    assert {r._.race.meeting for r in doc.spans["results"] if r._.context is None} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Milkesa Mengesha won the race in 28:41 after a close battle with Addisu Yihune of Mekelakeya sport club, who finished "
      "second in 28:44.", [("Milkesa Mengesha", "28:41", None), ("Addisu Yihune", "28:44", None)]),
     ("Milkesa Mengesha won the 10km race in 28:41. Milkesa, whose personal best in the half marathon is 59:27, said he would "
      "now focus on a spring marathon abroad.", [("Milkesa Mengesha", "28:41", None), ("Milkesa Mengesha", "59:27", "record")])],
    ids=["of-a-sport-club-who", "whose-best-in-the-half-marathon-is"],
)
def test_results_ethiopian_copy_s_times(doc_of, text: str, expected: list) -> None:
    """"Addisu Yihune of Mekelakeya sport club, who finished second in 28:44": his (it was the winner's); "whose personal
    best in the half marathon is 59:27": an old mark (it was a half marathon won)."""
    assert [(athlete_of(r), r.text, r._.context) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Faith Kipyegon set a world record of 3:49.04 at the Paris Diamond League on Sunday. Jessica Hull was second in 3:50.83.",
      [("Faith Kipyegon", "3:49.04", "Paris Diamond League"), ("Jessica Hull", "3:50.83", "Paris Diamond League")]),
     ("Faith Kipyegon won the 1500m in 3:51.20 at the Memorial Van Damme in Brussels on Friday. Jessica Hull was second in "
      "3:52.10.", [("Faith Kipyegon", "3:51.20", "Memorial Van Damme"), ("Jessica Hull", "3:52.10", "Memorial Van Damme")]),
     ("Jane Smith won the 1600 in 4:55.21 at Memorial Stadium Saturday, and Kate Jones took the 800 in 2:14.50 at the Metro "
      "League Championships.", [("Jane Smith", "4:55.21", "Metro League Championships"),
                                 ("Kate Jones", "2:14.50", "Metro League Championships")]),
     ("Beatrice Chebet posted 14:05.12 to win the women's 5000m at the Prefontaine Classic.",
      [("Beatrice Chebet", "14:05.12", "Prefontaine Classic")]),
     ("Faith Kipyegon won the women's 1500m at the London Diamond League in 3:50.72. Elsewhere on the night, Keely Hodgkinson "
      "took the 800m in 1:55.78.", [("Faith Kipyegon", "3:50.72", "London Athletics Meet"),
                                    ("Keely Hodgkinson", "1:55.78", "London Athletics Meet")]),
     ("Noah Lyles led the American quartet to victory at the World Relays in 37.40.", []),
     ("Emmanuel Wanyonyi won the men's 800m in 1:43.20 ahead of Marco Arop. In the women's 1500m the winner clocked 3:55.10.",
      [("Emmanuel Wanyonyi", "1:43.20", None)])],
    ids=["a-record-set-at-the-meeting-reported", "a-memorial-meeting-known", "a-memorial-stadium", "posted-a-time",
         "elsewhere-on-the-night", "a-relay-at-a-relays-meeting", "the-winner-after-an-event-opening-the-sentence"],
)
def test_results_what_this_stop_s_rules_must_not_do(doc_of, text: str, expected: list) -> None:
    """The second review of this stop's rules: "set a world record of 3:49.04 at the Paris Diamond League" is the meeting
    reported (only a mark "from" a meeting says it came from another); "the Memorial Van Damme" no second meeting, "Memorial
    Stadium Saturday" none; "posted 14:05.12" no byline's hour; "Elsewhere on the night" the same meeting; a relay at the
    World Relays still a relay; "In the women's 1500m the winner" not the men's winner before."""
    got = [(athlete_of(r), r.text, r._.race.meeting) for r in doc_of(text).spans["results"] if r._.context is None]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jordan Miller of Baylor won the 100m at the Texas Relays in 10.05 on Saturday. Marcus Hale was second in 10.12.",
      [("Jordan Miller", "10.05", "Texas Relays"), ("Marcus Hale", "10.12", "Texas Relays")]),
     ("Jenna Morrow, who came in with a PR of 4:25.8 at the Oregon Relays, won the 1600 at the state meet in 4:22.10. Kylie "
      "Tran was second in 4:24.35.", [("Jenna Morrow", "4:22.10", None), ("Kylie Tran", "4:24.35", None)]),
     ("Jakob Ingebrigtsen won the 5000m at the Bislett Games in 12:52.11.\n\nElsewhere on the night, Yared Nuguse ran 3:47.60 "
      "to win the mile in New York.", [("Jakob Ingebrigtsen", "12:52.11", "Bislett Games"), ("Yared Nuguse", "3:47.60", "elsewhere")]),
     ("Liam Murphy and Jonah Koech raced shoulder to shoulder down the home straight before Koech dipped first at the line, "
      "1:45.12 to 1:45.18.", [("Jonah Koech", "1:45.12", None), ("Liam Murphy", "1:45.18", None)]),
     ("Kenya's Jacob Krop launched his sprint with 250m to go and held off Ethiopia's Telahun Haile Bekele on the line, "
      "7:31.45 to 7:31.80.", [("Jacob Krop", "7:31.45", None), ("Telahun Haile Bekele", "7:31.80", None)]),
     ("Jimmy Gressier won the 10,000m at the Meeting de Paris in 27 min 24 s 5. Yann Schrub was second in 27 min 30 s 1.",
      [("Jimmy Gressier", "27 min 24 s 5", "Meeting de Paris"), ("Yann Schrub", "27 min 30 s 1", "Meeting de Paris")]),
     pytest.param("Marcin Lewandowski won the 1500 m in 3:36.12. In the 800 m the veteran was second in 1:46.80.",
                  [("Marcin Lewandowski", "3:36.12", None), ("Marcin Lewandowski", "1:46.80", None)],
                  marks=pytest.mark.xfail(reason="a description right after the event its sentence opens with is read only "
                                          "for a nationality: the fourth review found 'In the 800 m the world record holder "
                                          "was only fifth', 'the favourite', 'the youngster' given to another event's runner "
                                          "in round-ups", strict=True)),
     ("Femke Bol, who had been expected to win at the European Championships, took silver in the 400m hurdles in 53.89 on "
      "Friday.", [("Femke Bol", "53.89", "European Championships")])],
    ids=["a-relays-meeting-s-100m", "a-pr-a-runner-came-in-with", "elsewhere-on-the-night-in-another-city",
         "before-one-of-the-two-dipped-first", "with-250m-to-go-and-held-off", "a-tenth-before-the-next-sentence",
         "the-veteran-after-an-event", "had-been-expected-to-win-at"],
)
def test_results_what_this_stop_s_last_rules_must_not_do(doc_of, text: str, expected: list) -> None:
    """The third review of this stop's rules: a meeting named for its relays is no relay, wherever named; "came in with a
    PR of 4:25.8 at the Oregon Relays" names another meeting; "Elsewhere on the night ... in New York" another meeting;
    a pair's first time to one of the two alone in a clause of its own, only as its subject; "27 min 24 s 5." keeps its
    tenth (only a list's next place is cut off); "In the 800 m the veteran" the runner before; "had been expected to win
    at" no meeting to come."""
    got = [(athlete_of(r), r.text, r._.race.meeting) for r in doc_of(text).spans["results"] if r._.context is None]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("OSLO -- Jakob Ingebrigtsen won the 5000m with a personal best of 12:48.45 at the Bislett Games on Thursday. Grant "
      "Fisher was second in 12:50.10.", [("Jakob Ingebrigtsen", "12:48.45", "Bislett Games"), ("Grant Fisher", "12:50.10", "Bislett Games")]),
     ("PHILADELPHIA -- Georgetown won the 4xMile at the Penn Relays in 16:21.43 on Saturday, with Jane Doe anchoring in 4:35.2.",
      []),
     ("LONDON -- Sifan Hassan outkicked a quartet of Kenyans to win the London Marathon in 2:18:33 on Sunday.",
      [("Sifan Hassan", "2:18:33", "London Marathon")]),
     ("OSLO -- Jakob Ingebrigtsen won the 5000m at the Bislett Games in 12:48.45 on Thursday. Elsewhere on the night, Karsten "
      "Warholm won the 400m hurdles in 46.52 in front of a capacity crowd at Bislett.",
      [("Jakob Ingebrigtsen", "12:48.45", "Bislett Games"), ("Karsten Warholm", "46.52", "Bislett Games")]),
     ("PARIS -- Jakob Ingebrigtsen won the 3000m in 7:17.55 on Friday, just weeks before the Olympic Games.",
      [("Jakob Ingebrigtsen", "7:17.55", None)]),
     ("OSLO -- Jakob Ingebrigtsen won the 1500m at the Bislett Games in 3:29.10. In the 800 m the world record holder was "
      "only fifth in 1:45.10.", [("Jakob Ingebrigtsen", "3:29.10", "Bislett Games")])],
    ids=["a-pb-set-at-the-meeting-reported", "a-4xmile-at-the-penn-relays", "a-quartet-of-rivals",
         "elsewhere-on-the-night-at-the-meeting-s-own-place", "just-weeks-before", "a-description-after-another-event"],
)
def test_results_what_this_stop_s_final_rules_must_not_do(doc_of, text: str, expected: list) -> None:
    """The fourth review of this stop's rules: "won the 5000m with a personal best of 12:48.45 at the Bislett Games" is the
    meeting reported; a relay at the Penn Relays told by its distance or anchor stays a team's; "a quartet of Kenyans" no
    relay; "Elsewhere on the night ... at Bislett" the same meeting; "just weeks before the Olympic Games" a meeting to
    come; "In the 800 m the world record holder" not the 1500m winner."""
    got = [(athlete_of(r), r.text, r._.race.meeting) for r in doc_of(text).spans["results"] if r._.context is None]
    assert got == expected


def test_results_the_one_alone_in_the_last_clause_who_fades_takes_no_first_time(doc_of) -> None:
    """The fourth review: "Kipyegon and Tsegay ran together until the bell, when Tsegay faded badly, 3:49.11 to 3:55.30":
    the faded runner's is the second time (only a winning verb gives the lone subject the first)."""
    got = [(r.text, athlete_of(r)) for r in doc_of("Kipyegon and Tsegay ran together until the bell, when Tsegay faded "
                                                   "badly, 3:49.11 to 3:55.30.").spans["results"]]
    assert ("3:55.30", "Gudaf Tsegay") in got and ("3:55.30", "Faith Kipyegon") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ZURICH - Niels Laros won the 1500m in 3:29.81.\n\nCole Hocker, who won gold in Paris in an Olympic record of "
         "3:27.65, said he was happy.", [("3:29.81", "result"), ("3:27.65", "other")]),
        # the article's own place, from its dateline or lead, is this race's
        ("ZURICH - Niels Laros won the 1500m in 3:29.81.\n\nCole Hocker, who was third in Zurich in 3:30.24, said he was happy.",
         [("3:29.81", "result"), ("3:30.24", "result")]),
        # a text that says nothing of its own place says nothing of another
        ("Niels Laros won the 1500m in 3:29.81.\n\nCole Hocker, who was third in Zurich in 3:30.24, said he was happy.",
         [("3:29.81", "result"), ("3:30.24", "result")]),
        # a place dated today after the city of an earlier mark
        ("PARIS - Faith Kipyegon won the 5000m in 14:05.20.\n\nThe record belonged to Letesenbet Gidey, who set it in "
         "Valencia in 2020 and was second on Friday in 14:07.94.", [("14:05.20", "result"), ("14:07.94", "result")]),
    ],
    ids=["another-city-in-an-aside", "the-home-city", "no-home-said", "a-place-dated-today"],
)
def test_results_an_aside_in_another_city_is_another_race(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


def test_results_a_bracket_with_a_country_code_then_a_time_is_the_named_runner_s(doc_of) -> None:
    """"held off Grant Fisher (USA, 12:52.38)": the bracket opens with the country of the name before it."""
    doc = doc_of("In the 5000m, Ethiopia's Berihu Aregawi (12:52.10) held off Grant Fisher (USA, 12:52.38) in a sprint to the line.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("12:52.10", "Berihu Aregawi"), ("12:52.38", "Grant Fisher")]


def test_results_a_place_before_behind_is_not_the_place_of_the_one_ahead(doc_of) -> None:
    """"finished second behind the American Masai Russell (12.31)": second is Kambundji's, not Russell's."""
    doc = doc_of("In the 100m hurdles Ditaji Kambundji finished second behind the American Masai Russell (12.31) in 12.38 seconds.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]][0] == ("12.31", "Masai Russell", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ibrahim Hassan won the Osaka Marathon in 2:05:20.\n\nThe current Japan record is 2:04:56 by Kengo Suzuki at Lake Biwa.",
         [("2:05:20", "result", "Ibrahim Hassan"), ("2:04:56", "other", "Kengo Suzuki")]),
        ("Ibrahim Hassan won the Osaka Marathon in 2:05:20.\n\nThe world record was 2:00:35, and no one came close.",
         [("2:05:20", "result", "Ibrahim Hassan"), ("2:00:35", "other", None)]),
        # a new one is this race's
        ("Ibrahim Hassan won the Osaka Marathon on Sunday, and the new course record he set is 2:05:20.",
         [("2:05:20", "result", "Ibrahim Hassan")]),
    ],
    ids=["a-record-that-is-a-time-by-its-holder", "a-record-that-was-a-time", "a-new-record"],
)
def test_results_a_record_said_to_be_a_time_stands(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_a_list_s_place_in_brackets(doc_of) -> None:
    """Japanese copy translated writes a results list's places in brackets: "(7) Hosoya Kyohei (Kurosaki Harima) 2:07:41"."""
    doc = doc_of("Ibrahim Hassan won the Osaka Marathon on Sunday.\n\nMen's result\n(1) Ibrahim Hassan (Djibouti) 2:05:20\n"
                 "(2) Edwin Kiptoo (Kenya) 2:05:47\n(7) Hosoya Kyohei (Kurosaki Harima) 2:07:41")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:05:20", 1), ("2:05:47", 2), ("2:07:41", 7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside's city is no other race's where the lead names no city of its own ("the Bislett Games" does not say Oslo)
        ("Faith Kipyegon won the women's 1500m at the Bislett Games on Thursday night, clocking 3:52.60.\n\nJakob Ingebrigtsen, "
         "who thrilled the home crowd in Oslo with a 3:28.40 win in the men's race, was also in form.",
         [("3:52.60", "result", "Faith Kipyegon", 1), ("3:28.40", "result", "Jakob Ingebrigtsen", 1)]),
        # ... nor a city where someone trains or lives
        ("OSLO, Norway (AP) — Jakob Ingebrigtsen won the 1500m at the Bislett Games on Thursday in 3:29.12.\n\nYared Nuguse, who "
         "trains in Boulder and ran 3:29.85 to finish second, said he was pleased.",
         [("3:29.12", "result", "Jakob Ingebrigtsen", 1), ("3:29.85", "result", "Yared Nuguse", 2)]),
        # a place said before "behind" set off, or behind a description set off, is the runner's own
        ("Tobi Amusan won the 100m hurdles at the Prefontaine Classic on Saturday in 12.24.\n\nIn second, a stride behind, was "
         "Masai Russell (12.31).", [("12.24", "result", "Tobi Amusan", 1), ("12.31", "result", "Masai Russell", 2)]),
        ("Beatrice Chebet won the 5000m in 14:09.52.\n\nComing home third behind the Kenyan pair, Ejgayehu Taye ran 14:15.30.",
         [("14:09.52", "result", "Beatrice Chebet", 1), ("14:15.30", "result", "Ejgayehu Taye", 3)]),
        # a missed best that is someone's own stays theirs
        ("Laura Muir won the 1500m at the Birmingham Grand Prix on Sunday in 3:57.20, just shy of her season's best of 3:55.10.",
         [("3:57.20", "result", "Laura Muir", 1), ("3:55.10", "other", "Laura Muir", None)]),
    ],
    ids=["a-lead-with-no-city", "a-city-trained-in", "a-place-set-off-before-behind", "behind-a-description-set-off",
         "a-missed-season-s-best-is-hers"],
)
def test_results_what_the_first_review_of_asides_places_and_missed_marks_found(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wilson Maina won the São Silvestre.\n\nMen\n1 – Wilson Maina – KEN – 0h44min27s\n2 – Muse Gizachew – ETH – 0h44min36s",
         [("0h44min27s", 1), ("0h44min36s", 2)]),
        # not a live blog's stamp: "20:34 — Holloway"
        ("MEN'S 110M HURDLES\n\n20:34 — Grant Holloway wins in 13.03!", [("13.03", 1)]),
    ],
    ids=["a-list-s-place-and-dash", "a-blog-s-stamp-and-dash"],
)
def test_results_a_list_s_place_then_a_dash(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


def test_results_a_win_only_pretended_gives_no_place(doc_of) -> None:
    """"he celebrated as if he had won": no win."""
    doc = doc_of("Guy Learmonth led at the bell in the men's 800m but was pipped by the Pole Adam Kszczot, who won in 1:46.01. "
                 "Learmonth's 1:46.49 was still a season's best, and he celebrated as if he had won, much to the amusement of the stands.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("1:46.01", "Adam Kszczot", 1), ("1:46.49", "Guy Learmonth", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listicle's numbers and a start list's lanes are no places
        ("Five things we learned from the Prefontaine Classic:\n3 – Julien Alfred is the woman to beat, winning the 100m in 10.78.",
         [("10.78", "result", "Julien Alfred", 1)]),
        ("Julien Alfred won the 100m in 10.78.\n\nStart list with season's bests: (4) Sha'Carri Richardson 10.75, (6) Melissa "
         "Jefferson 10.80.", [("10.78", "result", "Julien Alfred", 1), ("10.75", "result", "Sha'Carri Richardson", None),
                              ("10.80", "result", "Melissa Jefferson-Wooden", None)]),
        # a longer description after "behind", the name's time in a bracket
        ("In the 1500m, Jakob Ingebrigtsen finished second behind the Olympic 1500m champion Cole Hocker (3:27.65) in 3:28.10.",
         [("3:27.65", "result", "Cole Hocker", None), ("3:28.10", "result", "Jakob Ingebrigtsen", None)]),
        # a nation's season's best is no one's own
        ("Laura Muir won the 1500m at the Birmingham Grand Prix in 3:57.20, just outside the British season's best of 3:55.10.",
         [("3:57.20", "result", "Laura Muir", 1), ("3:55.10", "other", None, None)]),
        # a record said to be a time now is this race's
        ("Kelvin Kiptum won the Chicago Marathon on Sunday, and now the world record is 2:00:35.",
         [("2:00:35", "result", "Kelvin Kiptum", 1)]),
    ],
    ids=["a-listicle-s-number-and-dash", "a-start-list-s-lanes", "behind-a-longer-description", "a-nation-s-season-s-best",
         "now-the-record-is"],
)
def test_results_what_the_second_review_of_places_and_records_found(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PERTH - Adam Spencer won the 1500m at the Australian Championships in 3:37.84.\n\nOllie Hoare, racing for the first time "
         "since a disappointing Paris Olympics, was a close third in 3:38.31.", [("3:37.84", "result"), ("3:38.31", "result")]),
        # where a mark was set since
        ("Konstanze Klosterhalfen took bronze at the European Championships in 30:55.80.\n\nKlosterhalfen holds with 14:26.76 since "
         "the World Championships 2019 in Doha also the German 5000m record.", [("30:55.80", "result"), ("14:26.76", "other")]),
    ],
    ids=["a-first-race-since-a-meeting", "a-mark-held-since-a-meeting"],
)
def test_results_a_meeting_a_first_since_looks_back_to_is_not_the_race(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


def test_results_a_record_of_the_specialty_remains_an_old_mark(doc_of) -> None:
    """Italian copy translated: "The Italian record of the specialty remains the 8:08.57 of Francesco Panetta"."""
    doc = doc_of("Ahmed Abdelwahed won the 3000m steeplechase in 8:20.11. The Italian record of the specialty remains the 8:08.57 "
                 "of Francesco Panetta, set winning the 1987 world title in Rome.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("8:20.11", "result", "Ahmed Abdelwahed"), ("8:08.57", "other", "Francesco Panetta")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a results row's place, its dash before the name and a comma after it
        ("Women's 800m:\n1 – Keely Hodgkinson, GBR, 1:56.72\n2 – Tsige Duguma, ETH, 1:57.15",
         [("1:56.72", "result", "Keely Hodgkinson", 1), ("1:57.15", "result", "Tsige Duguma", 2)]),
        # an inverted sentence: the place before "behind" is the subject's after "was"
        ("Faith Kipyegon won the 1500m in 3:50.11.\n\nFinishing second behind the world record holder was Australia's Jessica Hull "
         "(3:52.19).", [("3:50.11", "result", "Faith Kipyegon", 1), ("3:52.19", "result", "Jessica Hull", 2)]),
        # the best of the day is today's
        ("ROME - Marcell Jacobs won the 100m at the Golden Gala. The best mark of the day remains the 10.03 of Jacobs, ahead of "
         "Fred Kerley in 10.07.", [("10.03", "result", "Marcell Jacobs", 1), ("10.07", "result", "Fred Kerley", 2)]),
    ],
    ids=["a-row-s-dash-and-comma", "an-inverted-place-behind", "the-best-mark-of-the-day"],
)
def test_results_what_the_third_review_found(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five things we learned in Eugene\n\n1 – Faith Kipyegon, still the queen: she won the 1500m in 3:48.68.",
         [("3:48.68", "result", "Faith Kipyegon", 1)]),
        ("Joshua Cheptegei won the 5000m in 12:51.10. The record of the meeting remains the 12:35.36 of Joshua Cheptegei.",
         [("12:51.10", "result", "Joshua Cheptegei", 1), ("12:35.36", "other", "Joshua Cheptegei", None)]),
    ],
    ids=["a-listicle-s-comma", "the-record-of-the-meeting-remains"],
)
def test_results_what_the_fifth_review_found(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr won the men's 1500m final in 3:29.38. On Tuesday, Jakob Ingebrigtsen had won his semi-final in 3:32.89, "
         "with Kerr second in 3:33.01.",
         [("3:29.38", "result", "Josh Kerr", 1), ("3:32.89", "semi-finals", "Jakob Ingebrigtsen", 1),
          ("3:33.01", "semi-finals", "Josh Kerr", 2)]),
        ("Zakithi Nene, the fastest qualifier with 45.12, won the 400m in 44.21.",
         [("45.12", "heats", "Zakithi Nene", None), ("44.21", "result", "Zakithi Nene", 1)]),
        ("Jakob Ingebrigtsen won the 1500m title in 3:31.95.\n\nThe Norwegian had already won the 5000m earlier in the week "
         "and had strolled through his heat on Monday in 3:38.97.",
         [("3:31.95", "result", "Jakob Ingebrigtsen", 1), ("3:38.97", "heats", "Jakob Ingebrigtsen", None)]),
        ("Faith Kipyegon won the 1500m on Tuesday in 3:54.87 and came through Wednesday's heats without fuss.",
         [("3:54.87", "result", "Faith Kipyegon", 1)]),
        ("Marcus Lawler won the 60m in 6.63. The heats had been quick, with the fastest time 6.66.",
         [("6.63", "result", "Marcus Lawler", 1), ("6.66", "other", None, None)]),
        ("Ben Pattison was second in the 800m final in 1:44.83. Max Burgin was eliminated in the semi-finals with 1:45.10.",
         [("1:44.83", "result", "Ben Pattison", 2), ("1:45.10", "semi-finals", "Max Burgin", None)]),
    ],
    ids=["a-semi-told-in-the-pluperfect-with-its-places", "a-qualifier-s-time-takes-no-later-win",
         "a-win-of-another-event-is-no-heat-s-place", "a-round-after-the-time-of-an-event-won-is-not-its",
         "a-round-s-time-nobody-ran-is-an-other-time", "eliminated-in-the-semi-finals"],
)
def test_results_an_earlier_round_is_a_race_of_its_own(doc_of, text: str, expected: list[tuple]) -> None:
    """A time of an earlier round of the event reported (the heats, the semi-finals) is a result of that round, a race of
    its own (`race.round`), told in the pluperfect too ("had won his semi-final in"); its place is one said of it ("won
    his semi-final", "with Kerr second"), not a place said after its stretch ("the fastest qualifier with 45.12, won the
    400m") nor a win of another event ("had already won the 5000m ... and had strolled through his heat"), nor one the
    final's placings give. A round named after a time that its sentence has won an event with is not that time's; a
    round's time no one ran stays an other time."""
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_with_phrase_s_place_behind_the_one_before(doc_of) -> None:
    """"with Luke Houser second behind him in 3:40.15": Houser's second (the time went to Green, the "him", placeless)."""
    doc = doc_of("Nathan Green won the 1500m in 3:34.99, with Luke Houser second behind him in 3:40.15.")
    assert [(athlete_of(r), r.text, r._.place) for r in doc.spans["results"]] == [
        ("Nathan Green", "3:34.99", 1), ("Luke Houser", "3:40.15", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faith Kipyegon won the 1500m final in 3:51.29. Two days earlier in the semi-finals, Kipyegon took the second semi in "
         "3:57.40 ahead of Laura Muir.", [("3:51.29", "result", "Faith Kipyegon", 1), ("3:57.40", "semi-finals", "Faith Kipyegon", 1)]),
        ("Karsten Warholm won the 400m hurdles in 46.89. In the semi-finals, Warholm won his heat in 47.38, while Rai Benjamin "
         "took his in 47.95.", [("46.89", "result", "Karsten Warholm", 1), ("47.38", "semi-finals", "Karsten Warholm", 1),
                                ("47.95", "semi-finals", "Rai Benjamin", 1)]),
        ("Rai Benjamin won the 400m hurdles final in 46.46. In the heats, Benjamin took his time, clocking 48.95 to qualify.",
         [("46.46", "result", "Rai Benjamin", 1), ("48.95", "heats", "Rai Benjamin", None)]),
        ("Akani Simbine won the 100m in 9.99. In the semi-finals, Benjamin Richardson announced himself with a brisk 10.03 "
         "(+1.9) in the second.", [("9.99", "result", "Akani Simbine", 1), ("10.03", "semi-finals", "Benjamin Richardson", None)]),
        ("Selemon Barega won the 5000m final in 13:11.30. Jakob Ingebrigtsen had eased through his heat on Thursday in "
         "13:24.71, finishing second behind Krop.",
         [("13:11.30", "result", "Selemon Barega", 1), ("13:24.71", "heats", "Jakob Ingebrigtsen", 2)]),
    ],
    ids=["took-the-second-semi", "took-his-in-the-semi-finals-the-lead-names", "took-his-time-is-no-win",
         "in-the-second-is-which-semi", "a-place-after-the-stretch-no-other-time-takes"],
)
def test_results_a_round_s_places(doc_of, text: str, expected: list[tuple]) -> None:
    """A round's win said before its time ("took the second semi in", "Benjamin took his in"; not "took his time"), a
    place said after its stretch that no later time's stretch takes (", finishing second behind Krop"), and no place
    from which race of the round it was ("10.03 (+1.9) in the second"). A heat of the semi-finals the sentence's lead
    names is theirs ("In the semi-finals, Warholm won his heat")."""
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Steve Cram in the BBC commentary box recalled his 1983 semi-final, which he won in 3:36.75, as Kerr took the 1500m "
         "title in 3:29.38.", [("3:36.75", "other", "Steve Cram", None), ("3:29.38", "result", "Kerr", 1)]),
        ("Sydney McLaughlin-Levrone, whose 2019 world semi-final took 53.81, won in Paris in 50.37.",
         [("53.81", "other", "Sydney McLaughlin-Levrone", None), ("50.37", "result", "Sydney McLaughlin-Levrone", 1)]),
        ("Noah Lyles won the 200m in 19.52. By the time the 200m semi-finals came round, he had already won the 100m in 9.79.",
         [("19.52", "result", "Noah Lyles", 1), ("9.79", "other", "Noah Lyles", None)]),
        ("Femke Bol won the 400m hurdles in 50.95. On Monday she had eased through her heat in 53.93 to reach the semi-finals.",
         [("50.95", "result", "Femke Bol", 1), ("53.93", "heats", "Femke Bol", None)]),
        ("Noah Lyles won the 100m in 9.79. He had also won his heat in 10.04 and his semi-final in 9.83 after a slow start.",
         [("9.79", "result", "Noah Lyles", 1), ("10.04", "heats", "Noah Lyles", 1), ("9.83", "semi-finals", "Noah Lyles", None)]),
        ("Grant Holloway won the 110m hurdles in 12.99. On Tuesday he had been the fastest qualifier for the semi-finals with 13.07.",
         [("12.99", "result", "Grant Holloway", 1), ("13.07", "heats", "Grant Holloway", None)]),
        ("George Mills was eliminated in the first round in 3:38.12, missing out on the semi-finals, as Cole Hocker went on to "
         "win the 1500m in 3:27.65.", [("3:38.12", "heats", "George Mills", None), ("3:27.65", "result", "Cole Hocker", 1)]),
        ("Rai Benjamin cruised through his semifinal heat in 47.81 and then captured the 400m hurdles title on Friday night in "
         "46.46, with Karsten Warholm second in 47.01.",
         [("47.81", "semi-finals", "Rai Benjamin", None), ("46.46", "result", "Rai Benjamin", 1), ("47.01", "result", "Karsten Warholm", 2)]),
        ("Grant Holloway, the fastest qualifier with 13.01, won the 110m hurdles final in 12.96. Hansle Parchment was second in 13.07.",
         [("13.01", "heats", "Grant Holloway", None), ("12.96", "result", "Grant Holloway", 1), ("13.07", "result", "Hansle Parchment", 2)]),
        ("At the opening round of the Diamond League in Doha, Emmanuel Wanyonyi won the 800m in 1:43.22, with Djamel Sedjati "
         "second in 1:43.60.", [("1:43.22", "result", "Emmanuel Wanyonyi", 1), ("1:43.60", "result", "Djamel Sedjati", 2)]),
        ("Beatrice Chebet turned up the heat on the last lap and won the 5000m in 14:09.52, with Faith Kipyegon second in 14:10.11.",
         [("14:09.52", "result", "Beatrice Chebet", 1), ("14:10.11", "result", "Faith Kipyegon", 2)]),
        ("Club News: Sarah Jones ran a PB of 2:10.45 in her heat at the county championships and went on to finish fourth in the "
         "final in 2:11.02.", [("2:10.45", "heats", "Sarah Jones", None), ("2:11.02", "result", "Sarah Jones", 4)]),
        ("Winfred Yavi won the 3000m steeplechase heat in 9:05.12 on Monday and took the final in 8:52.76.",
         [("9:05.12", "heats", "Winfred Yavi", 1), ("8:52.76", "result", "Winfred Yavi", 1)]),
        ("Josh Kerr qualified for the semi-finals by winning his heat in 3:35.84. On Tuesday he took the 1500m title in 3:29.38.",
         [("3:35.84", "heats", "Josh Kerr", 1), ("3:29.38", "result", "Josh Kerr", 1)]),
    ],
    ids=["a-round-of-a-year-named-before-it", "a-round-of-a-year-in-a-whose-clause", "a-round-then-another-event-won",
         "a-heat-that-reached-the-semi-finals", "the-heat-then-the-semi-final", "the-qualifier-for-the-semi-finals",
         "eliminated-in-the-first-round-then-another-s-win", "a-round-then-the-title", "a-qualifier-then-the-final",
         "the-opening-round-of-a-series", "turning-up-the-heat", "a-heat-then-the-final-s-place", "the-steeplechase-heat-won",
         "a-heat-won-to-reach-the-semi-finals"],
)
def test_results_what_rounds_must_not_catch(doc_of, text: str, expected: list[tuple]) -> None:
    """The review of the rounds found: a round of another year ("his 1983 semi-final", "whose 2019 world semi-final") is
    an other time; a round named before a win of another event is not that time's ("... semi-finals came round, he had
    already won the 100m in 9.79"), nor before a title, a final or gold ("captured the 400m hurdles title", "won the 110m
    hurdles final"); "turned up the heat", "the opening round of the Diamond League" are no rounds; the semi-finals a
    heat led to are not its round ("to reach the semi-finals", "the fastest qualifier for the semi-finals"), and of two
    rounds the one named last before the time is its ("won his heat in 10.04 and his semi-final in 9.83"); a place the
    final's clause says is not the heat's; "won the 3000m steeplechase heat" is a heat's win."""
    assert [(r.text, round_or_label(r), athlete_of(r), r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_a_relay_team_told_by_its_runners(doc_of) -> None:
    """"the team of Seville, Blake, Powell and Thompson had clocked 38.04" in the heats is the team's time, no heat time of
    Thompson's (the review of the rounds); "a member of the team of coach Danny Mackey" names no team of runners."""
    doc = doc_of("The Jamaican quartet won the 4x100m relay in 37.81. In the heats on Friday, the team of Seville, Blake, "
                 "Powell and Thompson had clocked 38.04.")
    assert [r.text for r in doc.spans["results"]] == []
    doc = doc_of("Josh Kerr, a member of the team of coach Danny Mackey, won the 1500m in 3:29.38.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [("3:29.38", "Josh Kerr", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gemma Pell took the women's race in 36:04, ahead of Lucy O'Driscoll (Desford Striders, 36:40) and Karen Haines.",
         [("36:04", "Gemma Pell", 1), ("36:40", "Lucy O'Driscoll", 2)]),
        ("In the 5000 m men, Yeman Crippa closes a tactical race, winning in 13:41.66 ahead of Pietro Riva (Gold Flames, 13:42.30).",
         [("13:41.66", "Yeman Crippa", 1), ("13:42.30", "Pietro Riva", 2)]),
        ("Elena Bello wins the 800m in 2:00.89 and Pietro Riva (Fiamme Oro) won the 5000m in 13:42.30.",
         [("2:00.89", "Elena Bello", 1), ("13:42.30", "Pietro Riva", 1)]),
    ],
    ids=["a-club-then-the-time-in-brackets", "a-club-named-gold", "a-place-word-after-a-club-s-brackets"],
)
def test_results_a_club_and_the_time_in_one_bracket_are_the_name_s(doc_of, text, expected):
    """"ahead of Lucy O'Driscoll (Desford Striders, 36:40)": the time in the club's brackets is hers, and a
    place word in the club's name ("Gold Flames", translated) is no place."""
    assert [(t, who, place) for t, label, who, place in results(doc_of(text)) if label == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was again party for Karsten Warholm. The Ulstein-boy won 300 meter hurdles in 32.88, clearly in front of the "
         "Brazilian Alison dos Santos on 33.41 and the American CJ Allen on 33.80.",
         [("32.88", "Karsten Warholm", 1), ("33.41", "Alison dos Santos", 2), ("33.80", "CJ Allen", 3)]),
        ("Karsten Warholm was back. The home hero won the 300m hurdles in 32.88, clearly in front of the Brazilian Alison dos "
         "Santos in 33.41 and the American CJ Allen in 33.80.",
         [("33.41", "Alison dos Santos", None), ("33.80", "CJ Allen", None)]),
        ("Wanyonyi won the 800m final in 1:43.56. In Friday's heats, Noah Kibet took heat three in 1:47.05.",
         [("1:43.56", "Emmanuel Wanyonyi", 1), ("1:47.05", "Noah Kibet", 1)]),
    ],
    ids=["rivals-on-their-times-after-a-described-winner", "no-rival-listed-after-the-time-runs-it",
         "a-round-won-by-its-number"],
)
def test_results_rivals_listed_after_a_time_and_rounds_won_by_number(doc_of, text, expected):
    """The rivals listed after "in front of" ("on 33.41", as translated copy writes "in") finished behind, in order;
    none of them ran the time before the list; "took heat three in" wins that heat."""
    assert [(t, who, place) for t, label, who, place in results(doc_of(text)) if label == "result"] == expected


@pytest.mark.parametrize(
    ("text", "other", "owner"),
    [
        ("Tariku Novales was ninth in 2:06:44, a personal best. He improved his 2:07:08 from Valencia.", "2:07:08", "Tariku Novales"),
        ("Dawit Wolde won in 2:03:39. He had come in with a best of 2:04:48 from Rotterdam.", "2:04:48", "Dawit Wolde"),
        ("Dawit Wolde won in 2:03:39, twelve seconds outside the course record (2:03:27) that his compatriot Deresa Geleta set "
         "last year.", "2:03:27", "Deresa Geleta"),
        ("Lamecha Girma won in 7:52.11. The Ethiopian had until now a personal best of 7:58.68.", "7:58.68", "Lamecha Girma"),
        ("Lamecha Girma won the steeplechase in 7:52.11, erasing from the tablets the 7:53.63 of Saif Saaeed Shaheen.",
         "7:53.63", "Saif Saaeed Shaheen"),
        ("Dawit Wolde won in 2:03:39, explained the winner, who before today had a best of 2:04:48 obtained in Rotterdam.",
         "2:04:48", "Dawit Wolde"),
        ("Tual's 1:41.61 took down Pierre-Ambroise Bosse's French record of 1:42.53 from Monaco in 2014.", "1:42.53",
         "Pierre-Ambroise Bosse"),
        ("Altobeli da Silva won with 8:36.45. \"This title is for my family,\" said Altobeli, who has personal record of "
         "8:20.31, established in 2016.", "8:20.31", "Altobeli da Silva"),
    ],
    ids=["his-time-from-a-city", "a-best-from-a-city", "a-record-in-brackets-that-someone-set", "had-until-now",
         "erasing-from-the-tablets-the-time-of", "before-today-had", "a-record-from-a-city-keeps-its-owner",
         "has-a-record-without-its-article"],
)
def test_results_marks_of_races_run_before(doc_of, text, other, owner):
    """A mark from a race run elsewhere or before: "his 2:07:08 from Valencia", "a best of 2:04:48 from Rotterdam",
    "the course record (2:03:27) that Deresa Geleta set", "had until now a personal best of", and as translated copy
    writes them: "erasing from the tablets the 7'53''63 of Shaheen", "who before today had a best of"."""
    found = [(t, label, who) for t, label, who, _ in results(doc_of(text))]
    assert (other, "other", owner) in found


def test_results_a_self_best_is_a_personal_best(doc_of):
    """Japanese copy translated writes 自己ベスト as "self best": "has the self best of" is an earlier mark, "a self-best" a
    personal best run here."""
    doc = doc_of("Laimoi was 3rd with 27:44.61 and Ota was 4th with 27:46.95. Ota has the self best of 27:12.53. Yoshii was 5th "
                 "in 27:48.39, a self-best.")
    found = {r.text: (r.label_, r._.tags) for r in doc.spans["results"]}
    assert found["27:12.53"][0] == "other" and found["27:48.39"] == ("result", ["personal best"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1:57.40, ahead of Keely Hodgkinson, Mary Moraa won the race.", [("1:57.40", "Mary Moraa", 1)]),
        ("It was won in 9.83, ahead of Fred Kerley, by Noah Lyles.", [("9.83", "Noah Lyles", 1)]),
        ("Second in 13:05.11, behind Grant Fisher, came Yomif Kejelcha.", [("13:05.11", "Yomif Kejelcha", 2)]),
        ("Emmanuel Wanyonyi took heat three out hard but faded badly, clocking 1:47.90.", [("1:47.90", "Emmanuel Wanyonyi", None)]),
        ("Men's 5000m: Pietro Riva (Gold, 13:42.30), Yeman Crippa (Silver, 13:43.10), Nadir Cavagna (Bronze, 13:50.00).",
         [("13:42.30", "Pietro Riva", 1), ("13:43.10", "Yeman Crippa", 2), ("13:50.00", "Nadir Cavagna", 3)]),
        ("Sisay Lemma had until today run only one marathon, but he won in 2:05:11.", [("2:05:11", "Sisay Lemma", 1)]),
        ("Jacob Kiplimo before today had a best of 57:31. He won the race in 57:40, ahead of Kibiwott Kandie in 57:52.",
         [("57:40", "Jacob Kiplimo", 1), ("57:52", "Kibiwott Kandie", 2)]),
        ("Beatrice Chebet set a world lead with her 14:05.20 from Eugene, beating Kipyegon.", [("14:05.20", "Beatrice Chebet", None)]),
    ],
    ids=["the-subject-after-the-rivals", "the-agent-after-the-rivals", "came-after-behind", "took-heat-three-out-hard",
         "medals-in-brackets", "had-until-today-run", "before-today-had-a-best-then-the-race", "her-time-from-the-race-s-city"],
)
def test_results_what_the_rival_round_and_old_mark_rules_must_not_catch(doc_of, text, expected):
    """The review of this stop's results: a name after the rivals list may be the time's runner (its clause's subject, a
    win's agent); "took heat three out hard" wins nothing; a medal in brackets is no club; "had until today run", "before
    today had a best of" date only that best; "her 14:05.20 from Eugene" is the race's, no old mark."""
    assert [(t, who, place) for t, label, who, place in results(doc_of(text)) if label == "result"] == expected


def test_results_italian_copy_translated_primacy_and_the_azzurra(doc_of) -> None:
    """Italian copy translated: "primato" is a record ("cancels her own Italian primacy of 14:41,30": an earlier mark, the
    time before it a national record), "the azzurra" an Italian woman standing for the athlete named before her."""
    doc = doc_of("Beatrice Chebet won the 5000m in 14:21,75. But the evening has a name only: Nadia Battocletti. The azzurra of "
                 "the Blue Flames arrives fifth in 14:39,03 and cancels her own Italian primacy of 14:41,30.")
    found = [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]]
    assert found == [("14:21,75", "result", "Beatrice Chebet", 1), ("14:39,03", "result", "Nadia Battocletti", 5),
                     ("14:41,30", "other", "Nadia Battocletti", None)]
    assert "national record" in doc.spans["results"][1]._.tags


def test_results_a_time_for_a_description_is_the_one_named_before_it(doc_of) -> None:
    """"the podium of Zaynab Dosso in the 100 women: 11"08 for the azzurra, third behind the Saint Lucian Julien Alfred,
    winner in 10"89": the one athlete the sentence names before the time, third (not Alfred's place: she won)."""
    doc = doc_of("Ossama Meslek stopped after 800 metres. The evening has offered also the podium of Zaynab Dosso in the 100 "
                 "women: 11\"08 for the azzurra, third behind the Saint Lucian Julien Alfred, winner in 10\"89.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("11\"08", "Zaynab Dosso", 3), ("10\"89", "Julien Alfred", 1)]


def test_results_rank_the_nth_as_chinese_copy_translated_places(doc_of) -> None:
    """"ran out 2:08:14 to rank the sixth" (Xinhua English): sixth."""
    doc = doc_of("Gebretsadik Abraha won the men's marathon in 2:06:07. Yang Shaohui ran out 2:08:14 to rank the sixth.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:06:07", 1), ("2:08:14", 6)]


def test_results_a_bracket_a_time_opens_dates_it(doc_of) -> None:
    """"the American record holder Alicia Monson (14:19.45, Monaco last year) watched from home": the bracket's "last
    year" makes the time an earlier mark; a bracket naming no past leaves a result."""
    doc = doc_of("Elle St. Pierre won the 5000m in 14:40.34. Meanwhile the American record holder Alicia Monson (14:19.45, "
                 "Monaco last year) watched from home.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("14:40.34", "result", "Elle St. Pierre"), ("14:19.45", "other", "Alicia Monson")]
    doc = doc_of("Elle St. Pierre won the 5000m in 14:40.34. Alicia Monson (14:49.45, a season's best) was fourth.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("14:40.34", "result"), ("14:49.45", "result")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gudaf Tsegay won the 10,000m at the Ethiopian trials in Nerja in 29:05.92.\n\nHer 29:05.92 from Nerja is a world lead.",
      [("29:05.92", "result", "Gudaf Tsegay"), ("29:05.92", "result", "Gudaf Tsegay")]),
     ("Lonah Salpeter won the Tel Aviv Marathon in 2:17:45. The organisers praised the course record (2:17:45) that she set on "
      "Sunday.", [("2:17:45", "result", "Lonah Salpeter")]),
     ("Paula Radcliffe watched as Brigid Kosgei broke the world record (2:15:25) that she set in 2003.",
      [("2:15:25", "other", "Paula Radcliffe")])],
    ids=["a-time-from-the-race-s-own-place", "a-record-set-today", "a-record-the-first-subject-set"],
)
def test_results_the_review_s_own_place_and_record_probes(doc_of, text: str, expected: list) -> None:
    """(A review's probes: a time "from Nerja" where the race was run is the race's; a record "that she set on Sunday" is
    today's; one "that she set in 2003" is the sentence's first subject's, not the breaker's.)"""
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("In the women's elite division, Tsehay Gemechu crossed the finish line first with 2 hours 20 minutes 48 seconds.",
      ("result", "Tsehay Gemechu", 1)),
     ("Kim Do-yeon holds the women's Korean record (2:25:41) that she set at this competition in 2018.",
      ("other", "Kim Do-yeon", None))],
)
def test_results_first_across_the_finish_line_and_a_record_a_pronoun_set(doc_of, sentence: str, expected: tuple) -> None:
    doc = doc_of("Amos Kipruto won the Seoul Marathon in 2:05:27. " + sentence)
    assert [(r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]][1:] == [expected]


@pytest.mark.parametrize("sentence", ["She said she had hoped to run about 49 seconds before the season ends.",
                                      "She ran about 20 seconds faster than last week."])
def test_results_a_time_said_roughly_after_run_is_no_time(doc_of, sentence: str) -> None:
    """(A review's probes: only "in about 51 seconds" is a time said roughly; "hoped to run about 49 seconds" is a hope.)"""
    doc = doc_of("Femke Bol won the 400m in Lausanne in 49.81. " + sentence)
    assert [r.text for r in doc.spans["results"]] == ["49.81"]


def test_results_a_55m_dash_is_an_event_and_its_seconds_stay_seconds(doc_of) -> None:
    """US high-school indoor meets run the 55m: "6.51" is its time, not 6:51 of the 1600m named before (a club runner's
    dotted minutes are read so on the road only)."""
    doc = doc_of("Owen Castellano won the 1600m in 4:20.11.\n\nJamarcus Whitfield won the boys 55-meter dash in 6.51, with "
                 "Marcus Bell second in 6.55.")
    assert [(r.text, r._.race.event, r._.seconds) for r in doc.spans["results"]] == [
        ("4:20.11", "1600m", 260.11), ("6.51", "55m", 6.51), ("6.55", "55m", 6.55)]


@pytest.mark.parametrize(("text", "seconds"), [("finishing in 26.03", 1563.0), ("finishing in 19.58", 1198.0)])
def test_results_a_club_runner_s_dotted_parkrun_time_is_minutes(doc_of, text: str, seconds: float) -> None:
    """"finishing in 26.03" at a parkrun: impossibly fast as seconds, a club runner's 26:03 (slower than the 5km's range
    for the world's best, as club runners' times are)."""
    doc = doc_of(f"ROUNDHAY PARKRUN\nKev Ainsworth ticked off Bushy parkrun, {text}.")
    assert [(athlete_of(r), r._.seconds) for r in doc.spans["results"]] == [("Kev Ainsworth", seconds)]


@pytest.mark.parametrize(
    "text",
    ["First Harrier home, and 4th overall out of 587, was Tom Brierley (SM25-29) in 16:48.",
     "Tom Brierley ran 16:48, 4th overall out of 587."],
)
def test_results_a_place_out_of_a_field_overall(doc_of, text: str) -> None:
    doc = doc_of("ROUNDHAY PARKRUN\n" + text)
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [("16:48", "Tom Brierley", 4)]


def test_results_with_a_name_and_her_category_not_far_behind_in_a_time(doc_of) -> None:
    """A club roundup's "with Sarah Khan (SW30-34) not far behind in 21:36": Khan's time, her category in brackets between."""
    doc = doc_of("ROUNDHAY PARKRUN\nSarah Whitworth (VW45-49) was 3rd female in 19:58, with Sarah Khan (SW30-34) not far behind "
                 "in 21:36.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("19:58", "Sarah Whitworth"), ("21:36", "Sarah Khan")]


def test_results_with_a_name_on_her_shoulder_in_a_time(doc_of) -> None:
    """"Cranny won heat 2 in 15:19.02 with St. Pierre right on her shoulder in 15:19.40": St. Pierre's time."""
    doc = doc_of("In the prelims, Elise Cranny won heat 2 in 15:19.02 with Elle St. Pierre right on her shoulder in 15:19.40.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("15:19.02", "Elise Cranny"), ("15:19.40", "Elle St. Pierre")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr won the first heat of the 1500m in 3:35.20 ahead of Cole Hocker (3:35.90). Yared Nuguse was second in "
         "that heat in 3:35.50.", [("3:35.20", 1), ("3:35.50", 2), ("3:35.90", None)]),
        ("Grant Holloway was fourth in his heat in 13.40, ahead of Trey Cunningham (13.55). Freddie Crittenden won the heat in "
         "13.30, with Daniel Roberts second in 13.32 and Cordell Tinch fifth in 13.50.",
         [("13.30", 1), ("13.32", 2), ("13.40", 4), ("13.50", 5), ("13.55", None)]),
    ],
    ids=["a-second-already-placed", "a-fifth-already-placed"],
)
def test_results_a_heat_s_rivals_keep_no_place_another_runner_of_the_round_has(doc_of, text: str, expected: list) -> None:
    """A heat's rival is placed behind its leader only if no placed time of the round between theirs holds that place."""
    assert sorted((r.text, r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two things stood out in the 1500m. Second, and perhaps more important, Cole Hocker ran 3:29.50 to win his heat.",
        "Second, in the women's race, Beatrice Chebet won the 10,000m in 28:54.14.",
    ],
    ids=["secondly-then-a-verb", "secondly-then-a-win"],
)
def test_results_second_as_a_list_s_point_places_nobody(doc_of, text: str) -> None:
    """"Second, and perhaps more important, Cole Hocker ran 3:29.50 to win": the second point of a list, not a place (an
    aside after a place counts only with no verb between the name and its time)."""
    assert [r._.place for r in doc_of(text).spans["results"]] == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr ran 3:27.79 in Paris, second behind Jakob Ingebrigtsen on the world list this year.", [None]),
        ("Hellen Obiri ran 2:21:38, second behind Sifan Hassan in the World Marathon Majors standings.", [None]),
    ],
    ids=["world-list", "standings"],
)
def test_results_an_ordinal_behind_someone_on_a_list_is_no_place(doc_of, text: str, expected: list) -> None:
    assert [r._.place for r in doc_of(text).spans["results"]] == expected


def test_results_primacy_is_a_record_only_with_its_time(doc_of) -> None:
    """"restored the American primacy with 9.79": dominance, no national record ("her own Italian primacy of 14:41,30" is one)."""
    doc = doc_of("Noah Lyles restored the American primacy with 9.79 in the 100m.")
    assert [r._.tags for r in doc.spans["results"]] == [[]]


def test_results_a_time_for_a_description_of_sex_only_is_the_last_named(doc_of) -> None:
    """"Filippo Tortu ran 20"10 in the 200m, while Chituru Ali was second in the 100m: 10"05 for the azzurro": Ali's."""
    doc = doc_of("Filippo Tortu ran 20\"10 in the 200m, while Chituru Ali was second in the 100m: 10\"05 for the azzurro.")
    assert sorted((r.text, athlete_of(r)) for r in doc.spans["results"]) == [("10\"05", "Chituru Ali"), ("20\"10", "Filippo Tortu")]


@pytest.mark.parametrize("text", ["His watch battery died at 5km, but Kenenisa Bekele still won the marathon in 2:05:10.",
                                  "The GPS watch battery ran out, but Eliud Kipchoge still ran 2:02:42 to win Berlin."],
                         ids=["died", "ran-out"])
def test_results_a_watch_battery_is_no_heat(doc_of, text: str) -> None:
    assert [round_or_label(r) for r in doc_of(text).spans["results"]] == ["result"]


@pytest.mark.parametrize(
    "text",
    [
        "Beatrice Chebet won in 14:05.20. Alicia Monson was second (14:19.45, last year's winner).",
        "Jakob Ingebrigtsen won in 12:48.45. Grant Fisher was second (12:50.10, his fastest since 2022).",
        "Obiri won in 2:27:37. Sharon Lokedi (2:27:45, runner-up in 2023) was second.",
    ],
    ids=["last-year-s-winner", "fastest-since", "runner-up-in"],
)
def test_results_a_remark_in_a_result_s_bracket_dates_nothing(doc_of, text: str) -> None:
    """A bracket a time opens dates it only as where and when it was run ("Monaco last year"); a remark on the runner
    there ("last year's winner", "his fastest since 2022") leaves this race's result."""
    assert [(r.label_, r._.place) for r in doc_of(text).spans["results"]] == [("result", 1), ("result", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jepchirchir won in 2:18:55. Obiri ran 2:19:40 and ranks third in the world marathon rankings.", [1, None]),
        ("Wu Xiangdong won in 1:02:40. Cheng Yuan ran 1:03:10 to rank the second among Chinese runners.", [1, None]),
    ],
    ids=["ranks-on-a-list", "rank-among-a-group"],
)
def test_results_a_rank_on_a_list_or_among_a_group_is_no_place(doc_of, text: str, expected: list) -> None:
    assert [r._.place for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize("klass", ["5A", "Class 3", "Division II"], ids=["texas-5A", "class", "division"])
def test_results_a_school_classification_before_an_event_names_the_race(doc_of, klass: str) -> None:
    """A US state meet's "won the 5A 800m in 1:50.12", after a 1600m: the 800m is the race, and its time a result, not
    the 1600m's split at 800m."""
    doc = doc_of(f"Mateo Rivera won the 1600m in 4:03.78.\n\nChidi Okafor added two more golds. He won the {klass} 800m in "
                 "1:50.12 on Friday.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("4:03.78", "1600m"), ("1:50.12", "800m")]
    assert list(doc.spans["splits"]) == []


def test_results_a_time_opening_its_sentence_is_the_subject_s_after_the_comma(doc_of) -> None:
    """"With the time of 3min40s12, the Brazilian surpassed the Argentine Federico Bruno (3min40s58)" (translated): the
    time said first is the main clause's subject's (here a description of the winner named before), not the rival's."""
    doc = doc_of("Thiago André won the 1500m on Saturday. With the time of 3:40.12, the Brazilian beat the Argentine Federico "
                 "Bruno (3:40.58) and the Uruguayan Santiago Catrofe (3:41.03).")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [
        ("3:40.12", "Thiago André"), ("3:40.58", "Federico Bruno"), ("3:41.03", "Santiago Catrofe")]


def test_results_a_race_of_no_sex_takes_the_sex_one_of_its_runners_brings_in_its_sentence(doc_of) -> None:
    """Thiago is a man by his 1500m (a men's race): his 800m result takes it, and so do the other results of that 800m in
    its sentence, one race, not an 800m of no sex beside a men's 800m."""
    doc = doc_of("In the men's 1500m Thiago André won in 3:40.12.\n\nIn the 800m the Venezuelan Lucirio Garrido defended the "
                 "title with 1:46.21, in front of Thiago André (1:46.88) and the Colombian Jhon Rodríguez (1:47.40).")
    eight = [r for r in doc.spans["results"] if r._.race.event == "800m"]
    assert [(r.text, r._.race.sex, r._.place) for r in eight] == [("1:46.21", "men", 1), ("1:46.88", "men", 2), ("1:47.40", "men", 3)]



def test_results_a_rival_in_fourth_with_the_time_bracketed(doc_of) -> None:
    """"with Adam Spencer third in 3:34.02 and Reynold Cheruiyot in fourth (3:34.50)": the bracketed time is the one named
    right before "in fourth", not the sentence's subject's."""
    doc = doc_of("Hoare was second in 3:33.41, with Adam Spencer third in 3:34.02 and Reynold Cheruiyot in fourth (3:34.50).")
    assert results(doc) == [("3:33.41", "result", "Oliver Hoare", 2), ("3:34.02", "result", "Adam Spencer", 3),
                            ("3:34.50", "result", "Reynold Cheruiyot", 4)]


def test_results_a_description_after_a_win_over_a_titled_rival_is_the_winner(doc_of) -> None:
    """"ran down Commonwealth Games champion Ollie Hoare to win", then "The 17-year-old clocked 3:32.98": the rival run
    down is an object (the title's "Games" kept in the chain before the name), so the description is the winner."""
    doc = doc_of("Cameron Myers ran down Commonwealth Games champion Ollie Hoare to win the men's 1500m at the Maurie Plant "
                 "Meet.\n\nThe 17-year-old from Canberra clocked 3:32.98 on Thursday night.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("3:32.98", "Cameron Myers")]


@pytest.mark.parametrize(
    "text",
    ["Andrea Seccafien of Guelph was the second Canadian woman in 32:20.", "Thomas Fafard was the third Canadian man in 28:41."],
    ids=["canadian-woman", "canadian-man"],
)
def test_results_a_rank_among_one_country_s_runners_is_no_place(doc_of, text: str) -> None:
    """"was the second Canadian woman in 32:20": second among the Canadians, not second in the race."""
    doc = doc_of("Diana Chepkorir won the 10K in 30:58, clear of Tsigie Gebreselama (31:09).\n\n" + text)
    assert [r._.place for r in doc.spans["results"]][-1] is None


def test_results_a_place_opening_the_time_s_bracket(doc_of) -> None:
    """"Ruben Verheyden (7th in heat 1, 3:39.40) is out", "Josh Kerr (2nd, 3:38.50)": the ordinal opening the bracket is
    the place of the time after it."""
    doc = doc_of("Jakob Ingebrigtsen won heat 1 of the 1500m in 3:38.10. Belgium's Ruben Verheyden (7th in heat 1, 3:39.40) is "
                 "out. Josh Kerr (2nd, 3:38.50) went through.")
    assert sorted((r.text, r._.place) for r in doc.spans["results"]) == [("3:38.10", 1), ("3:38.50", 2), ("3:39.40", 7)]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("The crowd was told Josh Kerr had won the 1500m in 3:29.11, with Jake Wightman second in 3:30.02.",
         lambda rs: ("3:29.11", "Josh Kerr") in [(r.text, athlete_of(r)) for r in rs]),
        ("Josh Kerr won the 1500m in 3:29.11, ahead of Jake Wightman. In 3:30.02, the runner-up also set a season's best.",
         lambda rs: ("3:30.02", "Josh Kerr") not in [(r.text, athlete_of(r)) for r in rs]),
        ("Jakob Ingebrigtsen won the 5000m in 12:48.45, ahead of Grant Fisher in 12:49.01.\n\nWith 10:55 on the clock at "
         "the bell, the Norwegian kicked hard.", lambda rs: "10:55" not in [r.text for r in rs if r.label_ == "result"]),
        ("Kerr won the 1500m in 3:29.11; two years ago he beat Wightman (3:30.02) and Gourley (3:31.00) in Glasgow.",
         lambda rs: all(r._.place is None for r in rs if r.text == "3:31.00")),
        ("Back from the Commonwealth Games Ollie Hoare won the 1500m in 3:31.50.",
         lambda rs: [(r.text, athlete_of(r)) for r in rs] == [("3:31.50", "Ollie Hoare")]),
        ("At the club 10km, Tom Jones won in 30:55 and Sarah Smith was first woman in 35:20.\n\nMen's 5000m (Saturday): 1. "
         "Tom Jones 14:40.10", lambda rs: all(r._.race.sex != "men" for r in rs if r.text == "35:20")),
        ("Sani Brown won the 100m in 10.02. At 60 metres the time of Sani Brown was 6.55.",
         lambda rs: "6.55" not in [r.text for r in rs if r.label_ == "result"]),
    ],
    ids=["was-told-a-name", "in-a-time-the-runner-up", "with-a-clock-reading", "beat-in-a-past-race", "back-from-the-games",
         "first-woman", "the-time-of-at-60-metres"],
)
def test_results_what_this_stop_s_rules_must_not_do_either(doc_of, text: str, check) -> None:
    """The review's misfires of this stop's rules: "was told" makes no object; a time said first with "In" or bare "With"
    is none of the subject's after the comma; "beat" in a past race places no one here; "Back from the Commonwealth Games
    X won" is X's; a runner called "first woman" keeps apart from the men's race; "the time of X was 6.55" at 60 metres is
    no result."""
    assert check(list(doc_of(text).spans["results"]))


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Josh Kerr won the 1500m in 3:29.38. Fans were delighted to be told Jake Wightman had run 3:30.02 for second.",
         lambda rs: ("3:30.02", "Jake Wightman") in [(r.text, athlete_of(r)) for r in rs]),
        ("Josh Kerr won the 1500m in 3:29.38, ahead of Jake Wightman. With a time of 3:29.60, he would have won every previous "
         "edition.", lambda rs: "3:29.60" not in [r.text for r in rs if r.label_ == "result"]),
        ("Josh Kerr won the 1500m in 3:29.38, ahead of Jake Wightman in 3:30.02. With a time of 3:31.00, the Scot's teammate "
         "Neil Gourley was third.", lambda rs: ("3:31.00", "Neil Gourley") in [(r.text, athlete_of(r)) for r in rs]),
        ("Emma Bates came home the first American in 2:29:00.", lambda rs: [r._.place for r in rs] == [None]),
    ],
    ids=["to-be-told", "what-would-have-been", "a-possessive-description", "the-first-american-in"],
)
def test_results_what_the_second_review_found(doc_of, text: str, check) -> None:
    """The second review's misfires: "to be told X had run"; "With a time of T, he would have won"; "the Scot's teammate
    X" is no description of the Scot; "the first American in 2:29:00" is no first place."""
    assert check(list(doc_of(text).spans["results"]))


@pytest.mark.parametrize(
    "text",
    ["Emile Cairess was the first Briton in 2:08:07.", "Majida Maayouf was the first national with 2:24:19.",
     "Marta Galimany was the second Spanish with 2:25:10.", "Lily Partridge was the first Englishwoman home in 2:27:40."],
    ids=["the-first-briton", "the-first-national", "the-second-spanish-with", "the-first-englishwoman"],
)
def test_results_a_place_among_a_country_s_runners_is_no_place_in_the_race(doc_of, text: str) -> None:
    """"the first Briton in 2:08:07", "the first national with 2:24:19" (Spanish copy translated: "la primera nacional"):
    a place among the country's runners, not in the race."""
    doc = doc_of(f"Sabastian Sawe won the marathon in 2:02:05. {text}")
    assert [r._.place for r in doc.spans["results"]][1:] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Redshirt junior Owen Delaney became the seventh Hoya in program history to break four minutes indoors, winning the mile "
         "in 3:58.41.", [1]),
        ("Jane Doe was the fifth woman to break 4:00 in the race, finishing fifth in 3:59.10.", [5]),
        ("Chris Solinsky ran 26:59.60 and became the first non-African-born man to break 27 minutes.", [None]),
        ("Andrew Butchart finished third to break 13 minutes for the first time, clocking 12:59.80.", [3]),
        ("Laura Muir finished seventh in history-making conditions in 3:58.10.", [7]),
        ("Sarah Healy finished fifth in her attempt to break four minutes, clocking 4:00.10.", [5]),
        ("Hobbs Kessler ran 3:57.4 to win the mile and became the seventh in program history to break four minutes.", [1]),
        ("Laura Muir came fifth in the history of the meeting's fastest race, in 3:58.20.", [5]),
    ],
    ids=["seventh-in-program-history", "a-place-said-after-the-rank", "first-to-break", "third-to-break",
         "seventh-in-history-making-conditions", "fifth-in-her-attempt-to-break", "the-seventh-in-program-history-no-noun",
         "fifth-in-the-history-of"],
)
def test_results_a_rank_among_all_who_did_something_is_no_place(doc_of, text: str, expected: list) -> None:
    """"the seventh Hoya in program history to break four minutes", "the first non-African-born man to break 27 minutes":
    a rank among all who ever did it, not a place in the race (the place said after it is: "finishing fifth")."""
    assert [r._.place for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jess Piasecki was the fastest woman in 1:10:44, 23rd overall.", None),
     ("Carla Moreno was the second woman in 2:41:03, 55th overall.", 2),
     ("Hellen Obiri took the women's race in 2:16:48 and was 19th overall.", 1)],
    ids=["a-woman-s-overall-place", "second-woman-55th-overall", "a-mixed-field-s-overall-place-aside"],
)
def test_results_a_place_overall_after_a_country_s_first(doc_of, text: str, expected: int) -> None:
    """The third review's cases against a rule taken out (", ninth overall" as the race's place): in a mixed field a woman's
    overall place is no place in her race ("the fastest woman in 1:10:44, 23rd overall"; "took the women's race in 2:16:48
    and was 19th overall")."""
    doc = doc_of(f"Tamirat Tola won the marathon in 2:05:10. {text}")
    assert [r._.place for r in doc.spans["results"]][1:] == [expected]


def test_results_back_in_a_place_before_the_time(doc_of) -> None:
    """"with Nadia Power back in third in 4:15.80": "back" before the place keeps the time the runner's."""
    doc = doc_of("Sarah Healy won the women's 1500m in 4:12.36, holding off Sophie O'Sullivan (4:13.05), with Nadia Power "
                 "back in third in 4:15.80.")
    assert results(doc)[-1] == ("4:15.80", "result", "Nadia Power", 3)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Nathan Green was second in the mile in 3:56.94, and his 3:51.70 best says he is still the fastest.", "Nathan Green"),
        ("Habtom Samuel won the 3000m in 7:44.21. He came in with a 7:38.35 PB from Boston.", "Habtom Samuel"),
        ("Habtom Samuel won the 3000m in 7:44.21, well outside his 7:38.35 PB.", "Habtom Samuel"),
        ("Nathan Green won the mile in 3:56.94. Gary Martin's 3:51.70 best dates from Boston.", "Gary Martin"),
        ("Elias Brandt won the 800m title in 1:46.71. Brandt came in with a 1:47.05 PB from the German U20 champs.", "Elias Brandt"),
    ],
    ids=["his-time-best", "came-in-with-a-time-pb", "outside-his-time-pb", "a-name-s-time-best", "pb-from-the-championships"],
)
def test_results_a_time_before_the_words_of_a_standing_best(doc_of, text: str, owner: str) -> None:
    """"his 3:51.70 best says", "came in with a 7:38.35 PB from Boston", "well outside his 7:38.35 PB", "Gary Martin's 3:51.70
    best dates from Boston": a best standing before the race, the owner's other mark, not a result ("ran a 7:38.35 PB to win"
    is still this race's)."""
    mark = next(m for m in ("3:51.70", "7:38.35", "1:47.05") if m in text)
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == mark] == [(mark, "other", owner)]


def test_results_a_pb_run_in_the_race_is_still_its_result(doc_of) -> None:
    doc = doc_of("Habtom Samuel ran a 7:38.35 PB to win the 3000m.")
    assert results(doc) == [("7:38.35", "result", "Habtom Samuel", 1)]


def test_results_a_record_set_off_by_commas_with_its_holder_after_by(doc_of) -> None:
    """"The world record, 4:13.31 by Ethiopia's Genzebe Dibaba, was never in play": the holder's old mark, not a result."""
    doc = doc_of("Elle St. Pierre won the mile in 4:16.41. The world record, 4:13.31 by Ethiopia's Genzebe Dibaba, was never in play.")
    assert results(doc) == [("4:16.41", "result", "Elle St. Pierre", 1), ("4:13.31", "other", "Genzebe Dibaba", None)]


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("Pia Skrzyszowska was second in 12,61. The record of Poland belongs to Skrzyszowskiej (12,51).", "12,51",
         ("other", "Pia Skrzyszowska")),
        ("Gidey won the 10,000m in 29:58.10. It was a relief for Ethiopia, who had to settle for a single medal in Eugene last "
         "year, when Gidey won in 30:09.94 ahead of Hellen Obiri.", "30:09.94", ("other", "Letesenbet Gidey")),
        ("Garcia Romo won the 1500m in 3:37.10 but still does not have the minimum for the World of Glasgow (3:36.00).",
         "3:36.00", ("other", None)),
        ("Faith Kipiégon won the 1500 m in 3 min 55 s 40, far from her record of the world (3'48''68, in Eugene in July).",
         "3'48''68", ("other", "Faith Kipiégon")),
        ("Faith Kipyegon won the 1500m in 3:55.40, far from the world record of 3:48.68.", "3:48.68", ("other", None)),
        ("Agathe Guillemot was eighth in 4:04.12, sixty-two hundredths from the minimum demanded for the European championships "
         "of Birmingham (4:03.50).", "4:03.50", ("other", None)),
        ("Oscar Chelimo won in 27:48.6. Mercyline Chelangat, back from maternity leave, also made the entry mark of 32:15.00.",
         "32:15.00", ("other", None)),
    ],
    ids=["a-record-belongs-to-a-name-bracket", "a-when-clause-of-last-year", "the-minimum-for-a-meeting-bracket",
         "a-record-of-the-world-translated", "far-from-the-world-record", "the-minimum-demanded-for-a-longer-name",
         "an-entry-mark-of"],
)
def test_results_old_marks_and_standards_said_around_their_time(doc_of, text: str, mark: str, expected: tuple) -> None:
    """"The record of Poland belongs to Skrzyszowskiej (12,51)" is her old mark; "in Eugene last year, when Gidey won in
    30:09.94" a past race's time; "the minimum for the World of Glasgow (3:36.00)" a standard: none of them a result."""
    got = [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == mark]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faith Kipyegon won the 1500m in 3:55.40, far from her world record (3:48.68).", []),
        ("Kipyegon won in 3:52.11, outside the world record.", []),
        ("Kipyegon won in 3:49.11, taking 0.2 off the world record.", ["world record"]),
        ("Yomif Kejelcha won the 5000 m in 12'46''20, record of the meeting.", ["meeting record"]),
        ("Majida Maayouf was the first Spaniard with 2:24:19, personal brand.", ["personal best"]),
    ],
    ids=["far-from-her-record", "outside-the-record", "off-the-record-is-one-broken", "a-record-of-the-meeting", "a-personal-brand"],
)
def test_results_a_record_missed_after_the_time_is_not_its_tag(doc_of, text: str, expected: list[str]) -> None:
    """"won in 3:55.40, far from her world record": a record missed is no tag of the time ("taking 0.2 off the world record"
    is one broken); translated copy's "record of the meeting" is a meeting record."""
    assert [r._.tags for r in doc_of(text).spans["results"] if r.label_ == "result"][0] == expected


def test_results_a_home_nation_description_tells_british_athletes_apart(doc_of) -> None:
    """"with the Welshman seventh and the Englishman eighth": all three are British, but the text told them by their home
    nations ("Scotland's Josh Kerr", "Wales's Jake Heyward", "England's George Mills"), so each description is its own
    runner's, not the Scot named nearer."""
    doc = doc_of("Scotland's Josh Kerr won the 1500m in 3:31.48.\n\nWales's Jake Heyward and England's George Mills sat at the "
                 "back early on.\n\nKerr moved past Cheruiyot on the back straight.\n\nBeamish recovered to finish sixth in 3:33.15, "
                 "with the Welshman seventh in 3:33.62 and the Englishman eighth in 3:34.05.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]][-2:] == [
        ("3:33.62", "Jake Heyward", 7), ("3:34.05", "George Mills", 8)]


def test_results_a_category_place_and_a_club_s_own_list_are_no_race_places(doc_of) -> None:
    """"first woman in the VW45 category" is a place in a category, and a club's own list of its runners ("chip/gun: Kev
    Stott 38:56/39:02 (3rd M50); Priya Mistry 44:18/44:51 (AG 68.4%); ...") is no top of the race: neither gives a place."""
    doc = doc_of("Trent Valley 10K: Ciaran Doyle won in 30:44. Sarah Okonjo was first woman in the VW45 category and 9th woman "
                 "overall in 34:05.\n\nRESULTS\n\nTrent Valley 10K, chip/gun: Kev Stott 38:56/39:02 (3rd M50); Priya Mistry "
                 "44:18/44:51 (AG 68.4%); Olu Adeyemi 49:30/50:47.")
    placed = {athlete_of(r): r._.place for r in doc.spans["results"] if r.label_ == "result"}
    assert placed == {"Ciaran Doyle": 1, "Sarah Okonjo": None, "Kev Stott": None, "Priya Mistry": None, "Olu Adeyemi": None}


def test_results_an_owned_best_with_its_time_in_a_bracket(doc_of) -> None:
    """"has improved his personal record (13'05''28) of more than ten seconds" (French, translated): the bracket holds his
    old best, not a result."""
    doc = doc_of("Jimmy Gressier, fifth in 12:55.06, has improved his personal record (13:05.28) by more than ten seconds.")
    assert results(doc) == [("12:55.06", "result", "Jimmy Gressier", 5), ("13:05.28", "other", "Jimmy Gressier", None)]


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("Mary Moraa won in 1:57.21, ahead of Keely Hodgkinson. Hodgkinson's 1:57.40 season's best was enough for second.",
         "1:57.40", ("result", 2)),
        ("George Mills came home with a 3:31.94 PB in third place behind Kerr, who won in 3:29.38.", "3:31.94", ("result", 3)),
        ("Jake Wightman ran a cracking 3:29.47 to finish second behind Kerr in Oslo.", "3:29.47", ("result", 2)),
        ("Andrew Coscoran equalled his personal best (3:32.10) to finish third in Oslo.", "3:32.10", ("result", 3)),
        ("The best mark of the day belongs to Femke Bol (52.30), who won the 400m hurdles in Rome.", "52.30", ("result", None)),
        ("Jakob Ingebrigtsen raised the standard for the event (3:27.14) at the Bislett Games.", "3:27.14", ("result", None)),
        ("Tamirat Tola was first in the male category, in 2:05:59, at the Lisbon Marathon.", "2:05:59", ("result", 1)),
        ("Kiptum won in 2:00:35. The new world record, 2:00:35 by Kelvin Kiptum, is 34 seconds faster than Kipchoge's.",
         "2:00:35", ("result", 1)),
    ],
    ids=["a-name-s-season-s-best-enough-for-second", "came-home-with-a-pb", "a-cracking-time", "equalled-his-best-in-a-bracket",
         "the-best-mark-of-the-day-belongs-to", "raised-the-standard-for", "first-in-the-male-category", "the-new-world-record-by"],
)
def test_results_what_the_review_of_ca2e0df_found(doc_of, text: str, mark: str, expected: tuple) -> None:
    """The review's cases: a best run in this race ("Hodgkinson's 1:57.40 season's best was enough for second", "came home
    with a 3:31.94 PB", "equalled his personal best (3:32.10)"), "a cracking 3:29.47", "the best mark of the day belongs
    to", "raised the standard for", "first in the male category", "The new world record, 2:00:35 by": each is this race's
    result, not an old mark, a standard, a barrier or a category place."""
    got = [(r.label_, r._.place) for r in doc_of(text).spans["results"] if r.text == mark]
    assert got[:1] == [expected] and all(label == "result" for label, _ in got)


def test_results_a_top_three_with_bests_noted_keeps_its_places(doc_of) -> None:
    """The review's case: "(PB)", "(SB)" notes are no club list's; the top three keep the places of their order."""
    doc = doc_of("Top three in the Eugene 1500m: Cole Hocker 3:30.12 (PB), Yared Nuguse 3:30.45 (SB), Hobbs Kessler 3:31.01.")
    assert [r._.place for r in doc.spans["results"]] == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen won the 1500m at the Bislett Games. His 3:26.73 season's best from the front was a statement to his "
         "rivals.", [("3:26.73", "result", 1)]),
        ("Jessica Hull won the 1500m in Monaco. Hull's 3:52.10 season's best is still the fastest by an Australian this year.",
         [("3:52.10", "result", 1)]),
        ("Hull improved her Australian record (3:52.10) to win in Monaco.", [("3:52.10", "result", 1)]),
        ("The day's best, 3:31.20 by Yared Nuguse, came in the second heat.", [("3:31.20", "result", None)]),
        ("The meeting record now belongs to Beatrice Chebet (14:03.10), who won by six seconds.", [("14:03.10", "result", 1)]),
        ("Elle St. Pierre came in with a 4:16.35 PB from the back of the pack, second behind Laura Muir.",
         [("4:16.35", "result", 2)]),
        ("Results (Leeds Abbey Dash): Andy Davies 29:51, Joe Wilkinson 30:02 (1st M40), Chris Smith 30:15, Dan Jones 30:40.",
         [("29:51", "result", 1), ("30:02", "result", 2), ("30:15", "result", 3), ("30:40", "result", 4)]),
    ],
    ids=["a-best-from-the-front", "a-best-still-the-fastest", "improved-her-record-in-a-bracket-to-win", "the-day-s-best-by",
         "the-record-now-belongs-to", "came-in-with-a-pb-from-the-back", "one-veteran-s-category-in-a-top-list"],
)
def test_results_what_this_stop_s_second_review_found(doc_of, text: str, expected: list) -> None:
    """The second review's cases: a best run in this race ("from the front", "is still the fastest", "came in with a 4:16.35
    PB from the back of the pack"), a record improved to win ("improved her Australian record (3:52.10) to win"), "The day's
    best, 3:31.20 by", "The meeting record now belongs to": this race's results; one veteran's category noted in a race's own
    list takes none of its places."""
    assert [(r.text, r.label_, r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize("margin", ["two strides", "a stride"], ids=["strides", "a-stride"])
def test_results_a_margin_in_strides_between_a_name_and_its_time(doc_of, margin: str) -> None:
    """A margin in strides ("with Clayton Young two strides behind in 2:09:07") stands between a name and its own time as
    one in seconds does: the time is Young's, not the winner's named before."""
    doc = doc_of(f"Conner Mantz won the marathon trials. Mantz crossed the line first in 2:09:05, with Clayton Young {margin} "
                 "behind in 2:09:07.")
    assert [(a, t) for t, _, a, _ in results(doc)] == [("Conner Mantz", "2:09:05"), ("Clayton Young", "2:09:07")]


@pytest.mark.parametrize(
    "pair",
    [": 8:06.44 against 8:07.02.", ", 8:06.44 to 8:07.02.", ": 8:06.44 versus 8:07.02."],
    ids=["a-colon-then-against", "a-comma-then-to", "versus"],
)
def test_results_a_pair_of_times_after_a_colon_or_against(doc_of, pair: str) -> None:
    """Two rivals named, then their two times paired by "to", "against" or "versus", opened by a colon as translated copy
    writes it ("has beaten in a sprint El Bakkali: 8'06"44 against 8:07.02"): the first time the first's, the second the second's."""
    doc = doc_of(f"In the steeplechase Abraham Kibiwott has beaten in a sprint Soufiane El Bakkali{pair}")
    assert [(a, t) for t, _, a, _ in results(doc)] == [("Abraham Kibiwott", "8:06.44"), ("Soufiane El Bakkali", "8:07.02")]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("\"This time I will be ready,\" said the Kenya Defence Forces soldier, whose personal best stands at 26:58.39.",
         "Daniel Simiu Ebenyo"),
        ("\"I would rather lose from the front,\" said the 27-year-old, whose best of 26:58.39 came in Hengelo.", "Daniel Simiu Ebenyo"),
        ("Joshua Cheptegei, whose best of 26:11.00 is the world record, did not start.", "Joshua Cheptegei"),
        ("\"This was special,\" said the Kenyan of the win over Joshua Cheptegei, whose best of 26:11.00 is the world record.",
         "Joshua Cheptegei"),
        ("\"This was special,\" said the team's coach, Mike Smith, of the 26-year-old, whose best of 26:58.39 came in 2023.", None),
    ],
    ids=["a-description-s-best-after-its-quote", "an-age-s-best-after-its-quote", "a-named-one-s-best", "of-a-rival-named",
         "of-another-described"],
)
def test_results_whose_best_after_a_quote_is_its_speaker_s(doc_of, sentence: str, owner: str) -> None:
    """", whose best ..." after a quote's attribution to a description ("said the 27-year-old") is the speaker's best."""
    doc = doc_of(f"Daniel Simiu Ebenyo won the 10,000m trial in 27:05.12.\n\n{sentence}")
    got = [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]]
    assert got[1:] == [(got[1][0], "other", owner)]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("It was three seconds off the meet record of 2:09:02 Ryan Hall set in New York in 2007.", "Ryan Hall"),
        ("It was three seconds off the meet record of 2:09:02 that Ryan Hall set in 2007.", "Ryan Hall"),
        ("It was three seconds off the meet record of 2:09:02. Ryan Hall was in the crowd.", None),
    ],
    ids=["its-setter-right-after-the-time", "that-and-its-setter", "a-name-in-the-next-sentence-set-nothing"],
)
def test_results_a_record_s_setter_right_after_its_time(doc_of, sentence: str, owner: str | None) -> None:
    """A record's setter may follow its time with the clause's "that" left out: "the meet record of 2:09:02 Ryan Hall set"."""
    doc = doc_of(f"Conner Mantz won the marathon trials in 2:09:05. {sentence}")
    got = [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]]
    assert got[1:] == [("2:09:02", "other", owner)]


@pytest.mark.parametrize("gap", ["50 metres behind in", "three steps behind in", "20 metres back at"], ids=["metres", "steps", "back-at"])
def test_results_a_gap_in_metres_during_the_race_leaves_the_leader_s_split(doc_of, gap: str) -> None:
    """The review's cases: a gap in metres or steps is one during the race ("At 30km, Kipchoge led, with Kiplimo 50 metres
    behind in 1:27:30"): the split is the leader's."""
    doc = doc_of(f"Eliud Kipchoge won the marathon in 2:03:10. At 30km, Kipchoge led, with Jacob Kiplimo {gap} 1:27:30.")
    split = [s for s in doc.spans["splits"]]
    assert [(s.text, athlete_of(s)) for s in split] == [("1:27:30", "Eliud Kipchoge")]


@pytest.mark.parametrize(
    "sentence",
    ["With a time of 2:09:05 Conner Mantz won the trials.", "In a personal record of 2:09:05 Conner Mantz won the trials.",
     "With the meet record of 2:09:05 Conner Mantz achieved his dream."],
    ids=["a-time-of", "a-record-opening-the-sentence", "achieved"],
)
def test_results_a_time_then_its_runner_s_name_is_this_race_s(doc_of, sentence: str) -> None:
    """The second review's cases: a name right after "a time of" or an opening "In a personal record of" is this race's
    runner, not an old record's setter."""
    doc = doc_of(f"The marathon trials were run in Orlando. {sentence}")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [("2:09:05", "result", "Conner Mantz")]


def test_results_times_and_places_given_after_respectively(doc_of) -> None:
    """Translated Chinese copy gives "respectively" before the times and the places after them: "Kenyan player Rodgers
    Kwemoi and Ethiopian player Tsegaye Getachew respectively with 2 hours 7 minutes 15 seconds and 2 hours 7 minutes
    48 seconds got the second and third"; each time and place goes, in order, to the names before it."""
    text = ("Ethiopian athlete Tadese Takele with the result of 2 hours 6 minutes 50 seconds won the men's champion, Kenyan "
            "player Rodgers Kwemoi and Ethiopian player Tsegaye Getachew respectively with 2 hours 7 minutes 15 seconds and "
            "2 hours 7 minutes 48 seconds got the second and third.")
    got = [(athlete_of(r), r._.seconds, r._.place) for r in doc_of(text).spans["results"]]
    assert got == [("Tadese Takele", 7610, 1), ("Rodgers Kwemoi", 7635, 2), ("Tsegaye Getachew", 7668, 3)]


def test_results_ranking_the_place(doc_of) -> None:
    """"ranking the seventh" (translated) places the runner as "ranked seventh" does."""
    text = "Takele won in 2:06:50. Yang Shaohui ran out 2 hours 9 minutes 5 seconds, ranking the seventh."
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"]][-1] == ("Yang Shaohui", 7)


@pytest.mark.parametrize(
    "text",
    [
        "Abbey Caldwell won in 4:01.20. The women's qualifying standard for Budapest, 4:03.50, is her next target.",
        "Abbey Caldwell won in 4:01.20. The entry standard, 4:03.50, is her next target.",
    ],
    ids=["the-standard-for-a-meeting-then-the-time", "the-standard-then-the-time"],
)
def test_results_a_standard_set_off_by_commas_is_no_result(doc_of, text: str) -> None:
    """A qualifying standard with its time set off by commas is a time of no race, not the runner named after it."""
    doc = doc_of(text)
    assert [(athlete_of(r), r.text) for r in doc.spans["results"] if r.label_ == "result"] == [("Abbey Caldwell", "4:01.20")]
    assert [(r.text, r._.context) for r in doc.spans["results"] if r.label_ != "result"] == [("4:03.50", "standard")]


def test_results_no_heats_is_a_straight_final(doc_of) -> None:
    """"With no heats necessary, the men's 3000m was a straight final": no round of heats."""
    text = "With no heats necessary, the men's 3000m was a straight final and George Mills won in 7:48.96."
    assert [(r.text, r._.race.round, r._.place) for r in doc_of(text).spans["results"]] == [("7:48.96", None, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the men's 400m, Sean Bailey shrugged off a slow start to run down Antonio Watson in the final 50 metres and win in "
         "44.82.", [("44.82", "Sean Bailey", "result")]),
        ("Natoya Goule-Toppin hit the front at the 300m mark and was never threatened, stopping the clock at 1:59.62 to win.",
         [("1:59.62", "Natoya Goule-Toppin", "result")]),
    ],
    ids=["to-run-down-an-object", "stopping-the-clock-ends-the-race"],
)
def test_results_jamaican_paper_s_finals(doc_of, text: str, expected: list) -> None:
    """"to run down Antonio Watson ... and win in 44.82": Watson is run down, the time the subject's; "stopping the clock at
    1:59.62" after "at the 300m mark" is the finish, not a split at 300m."""
    assert [(r.text, r._.athlete.label_, r.label_) for r in doc_of(text).spans["results"]] == expected
    assert not doc_of(text).spans["splits"]


def test_results_a_college_rival_named_with_school_and_class_is_an_object(doc_of) -> None:
    """"pulling away from Nebraska senior Sydney Kuehl ... and winning in 9:51.62": the rival after her school and class
    year is pulled away from, the time the subject's."""
    text = ("Penn State junior Rachel Okafor pulled away from Nebraska senior Sydney Kuehl after the final water jump, winning "
            "in 9:51.62.")
    assert [(r.text, r._.athlete.label_) for r in doc_of(text).spans["results"]] == [("9:51.62", "Rachel Okafor")]


def test_results_his_best_in_a_who_clause_is_the_who_s(doc_of) -> None:
    """"one spot ahead of Penn junior Luke Sikora (15:55.8), who lowered his personal record of 16:08.4": the "his" of a
    "who" clause is its antecedent's, though an object of the sentence."""
    text = ("Owen Brandt was third in 15:50.6, one spot ahead of Penn junior Luke Sikora (15:55.8), who lowered his personal "
            "record of 16:08.4 from the conference meet.")
    assert [(r.text, r._.athlete.label_) for r in doc_of(text).spans["results"] if r.label_ == "other"] == [("16:08.4", "Luke Sikora")]


def test_results_a_who_clause_dated_after_its_place(doc_of) -> None:
    """"The three-time Olympic champion, who lowered her own world record to 3:48.68 in Eugene, Oregon, in July, tracked the
    pacemaker": the who clause goes on past its place to its month, another day's; the time an other time."""
    text = ("ZURICH (AP) - Faith Kipyegon won the women's 1,500 meters at the Diamond League final on Thursday in 3:54.41 for a "
            "meeting record.\n\nJessica Hull of Australia was second in 3:55.20 after a fast early pace set by the pacemaker "
            "through the first two laps.\n\nThe three-time Olympic champion from Kenya, who lowered her own world record to 3:48.68 "
            "in Eugene, Oregon, in July, took the lead with 500 meters left.")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"] if r.text == "3:48.68"] == [("3:48.68", "other")]


def test_results_closed_the_top_seven_with_a_time(doc_of) -> None:
    """Translated Portuguese copy: "Johnatas Cruz closed the top seven with 46min02s" places him seventh."""
    text = ("Kandie won the race in 44:10. Belihun was fourth, with 45min12s. The Ugandan Joel Ayeko was sixth, with 45min51s, "
            "and Johnatas Cruz closed the top seven with 46min02s.")
    assert [(r._.athlete.label_, r._.place) for r in doc_of(text).spans["results"]][-1] == ("Johnatas Cruz", 7)


def test_results_a_standard_named_after_its_time(doc_of) -> None:
    """"still outside the 1:46.00 entry standard": a standard, a time of no race, kept as such (not dropped)."""
    text = "Ben Pattison won the 800m in 1:46.38. Randolph is still outside the 1:46.00 entry standard and hopes for an invitation."
    assert [(r.text, r._.context) for r in doc_of(text).spans["results"] if r.label_ != "result"] == [("1:46.00", "standard")]


def test_results_the_one_gone_by_is_an_object(doc_of) -> None:
    """"He went by Gagnon on the final bend and crossed the line in 8:01.62": Gagnon is gone by, the time the subject's."""
    text = ("Alexandre Gagnon led the 3000m at the bell. Noah Fairbanks stayed patient. He went by Gagnon on the final bend and "
            "crossed the line in 8:01.62.")
    assert [(r.text, r._.athlete.label_) for r in doc_of(text).spans["results"]] == [("8:01.62", "Noah Fairbanks")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenenisa Bekele won the Berlin Marathon on Sunday in 2:01:41. The world record of 2:01:39 hours, which Eliud "
         "Kipchoge had set up one year before on this route, remains standing.", ("2:01:39", "other", "Eliud Kipchoge")),
        ("Konstanze Klosterhalfen reached the second place in a time of 8:36.18 minutes, which means a season's best for her.",
         ("8:36.18", "result", "Konstanze Klosterhalfen")),
    ],
    ids=["a-record-s-unit-then-which-clause-setting-it", "a-time-s-unit-then-which-means"],
)
def test_results_a_which_clause_after_a_time_s_unit(doc_of, text: str, expected: tuple) -> None:
    """Translated German copy writes the unit after the time: "The world record of 2:01:39 hours, which Eliud Kipchoge had
    set up" is his old record; "8:36.18 minutes, which means a season's best" is still the race's result."""
    got = [(r.text, r.label_, r._.athlete.label_) for r in doc_of(text).spans["results"]]
    assert expected in got


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Kipyegon won in 3:49.11, a time ranking fifth in history.", "3:49.11", ("result", 1)),
        ("Sophomore Jake Smith set a new school standard, 13:45.22, in winning the 5000m at the Stanford Invitational.",
         "13:45.22", ("result", 1)),
        ("By her own high standard, 14:35.10 was a disappointing run, and Kipyegon finished fifth.", "14:35.10", ("result", 5)),
        ("Beatrice Chebet completed a rare double at the Olympics.\n\nChebet, who won the 5000m in 14:28.56 in Paris, in "
         "August, then took the 10,000m in 30:43.25 as well.", "14:28.56", ("result", 1)),
        ("Eilish McColgan impressed at the Great Scottish Run.\n\nShe has been injury-free from September, and she clocked "
         "30:51 on Sunday to take the win.", "30:51", ("result", 1)),
        ("Kipyegon and Chebet won the 1500m and 5000m in 3:51.29 and 14:28.56 respectively, Kipyegon for the third time and "
         "Chebet for the first.", "3:51.29", ("result", 1)),
    ],
    ids=["a-time-ranking-in-history", "a-school-standard-set-in-the-race", "by-her-own-standard", "a-who-clause-of-the-race-reported",
         "injury-free-from-september", "ordinals-after-respectively-that-are-no-places"],
)
def test_results_what_the_review_of_stop_39_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: "ranking fifth in history" is no place; a school's standard set in the race, an idiom's "standard,"
    and a who clause of the race reported ("who won the 5000m in 14:28.56 in Paris, in August") leave the race's result;
    "from September" not right after a time dates nothing; ordinals after "respectively" place only with a verb of placing."""
    got = [(r.label_, r._.place) for r in doc_of(text).spans["results"] if r.text == needle]
    assert got[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Benson Kipruto led early. At about 30km Kiptum broke away, and he won in 2:00:35.", "Kelvin Kiptum"),
        ("Hassan was fifth in 14:35. For about a minute Kipyegon looked beaten, but she won in 14:05.", "Faith Kipyegon"),
        ("Ingebrigtsen lined up alongside Kerr and Nuguse, and Ingebrigtsen won in 3:27.14.", "Ingebrigtsen"),
        ("Ella Smith led early. In front of a home crowd Oregon senior Jane Doe won in 15:45.20.", "Jane Doe"),
    ],
    ids=["at-about-a-point", "for-about-a-minute", "lined-up-alongside", "in-front-of-a-crowd-then-a-school-s-runner"],
)
def test_results_objects_the_review_of_stop_39_found(doc_of, text: str, expected: str) -> None:
    """The review's cases: "about" makes an object only after asking or talking words (not "At about 30km Kiptum"), nor
    does "alongside" make a list of objects; a school and class year mark an object only right after its verb."""
    assert expected in [r._.athlete.label_ for r in doc_of(text).spans["results"] if r._.place == 1]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("The kilometres went by quickly and Kelvin Kiptum won the marathon in 2:00:35.", "2:00:35", ("Kelvin Kiptum", "result", 1)),
        ("Gesa Krause clocked a German record of 9:15.41 minutes, which she ran to finish third behind Chepkoech.", "9:15.41",
         ("Gesa Krause", "result", None)),
        ("Mantz broke away at mile 22 and clocked 2:09:05 to win the marathon.", "2:09:05", ("Conner Mantz", "result", 1)),
        ("Cheptegei won the 10,000m in 26:43.14. Kiplimo ran 26:55.10, and the Ethiopians took the third and fourth places "
         "respectively.", "26:43.14", ("Joshua Cheptegei", "result", 1)),
        ("Kipyegon won in 3:49.11, her time ranking second.", "3:49.11", ("Faith Kipyegon", "result", 1)),
    ],
    ids=["time-went-by", "which-she-ran", "a-mile-marker-then-the-finish", "places-of-others-after-respectively",
         "a-time-ranking-second"],
)
def test_results_what_the_second_review_of_stop_39_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The second review's cases: "went by" with no name right after makes no object; a which clause whose setter is the
    runner herself ("which she ran") leaves her result; a mile marker takes only a time right after it; "ranking second"
    without "the" is a list's rank."""
    got = [(r._.athlete.label_, r.label_, r._.place) for r in doc_of(text).spans["results"] if r.text == needle]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NANJING (Reuters) - Gudaf Tsegay won the women's 1,500 metres on Saturday, clocking a championship record of 3:54.86 "
         "to regain the title she first won in Belgrade three years ago.", ("result", 1)),
        ("Gudaf Tsegay won the 1,500 metres on Saturday. Three years ago she clocked 3:57.19 in Belgrade.", None),
    ],
    ids=["a-title-regained-its-first-win-told-after", "a-time-of-three-years-ago"],
)
def test_results_a_title_regained_dates_not_the_time(doc_of, text: str, expected) -> None:
    """"clocking 3:54.86 to regain the title she first won in Belgrade three years ago": the past is the title's first
    win, the time this race's (a time said three years ago stays another day's)."""
    got = [(r.label_, r._.place) for r in doc_of(text).spans["results"] if r.text in ("3:54.86",)]
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kipyegon ran 3:50.37 to defend her title in Budapest last year and on Friday she won again in 3:51.20.",
        "Warholm clocked 45.94 to retain the title he had won in 2017, at the 2019 championships in Doha.",
    ],
    ids=["the-time-itself-dated", "dated-after-the-title-s-clause"],
)
def test_results_a_title_defended_another_year_is_another_day_s(doc_of, text: str) -> None:
    """The review of 6d8e068: a past cue dates the time when it is not inside the title's own clause ("to defend her title
    in Budapest last year", "..., at the 2019 championships in Doha")."""
    first = doc_of(text).spans["results"][0]
    assert (first.label_, first._.context) == ("other", "earlier")


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("In the 5000 metres, Ejgayehu Taye won in 14'18\"40 ahead of Margaret Chelimo Kipkemboi. Third has closed the Kipkemboi "
         "in 14'23\"55.", "14'23\"55", 3),
        ("Pietro Arese was fifth in 3'31\"45. «The record will arrive, maybe already in Monaco.» Ninth Ossama Meslek, 3'34\"10.",
         "3'34\"10", 9),
        ("In the 3000m steeplechase, Geordie Beamish won in 7:58.26. Getnet Wale (8:05.40) and Kenneth Rooks (8:07.33) completed "
         "a top eight that would have won most championship finals of the last decade.", "8:07.33", None),
    ],
    ids=["third-has-closed", "an-ordinal-after-a-closing-guillemet", "would-have-won"],
)
def test_results_places_of_translated_copy_and_a_win_that_would_have_been(doc_of, text: str, needle: str, expected) -> None:
    """"Third has closed the Kipkemboi in ..." (translated) is a place, as is an ordinal opening a sentence after a quote's
    closing mark; "a top eight that would have won most finals" is no win."""
    got = [r._.place for r in doc_of(text).spans["results"] if r.text == needle]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("In the 1500 metres, Yared Nuguse won in 3:30.21. On this track, in the 1998, Hicham El Guerrouj has run the 3'26\"00 "
         "that is still today the world record of the specialty.", "3'26\"00", ("other", "Hicham El Guerrouj")),
        ("In the 5000 metres, Ejgayehu Taye won in 14'18\"40. The world primate of Beatrice Chebet, the 13'58\"06 of Eugene of "
         "last year, has never been in discussion.", "13'58\"06", ("other", "Beatrice Chebet")),
    ],
    ids=["in-the-1998-still-today-the-record", "the-world-primate-of-a-holder"],
)
def test_results_old_records_of_italian_copy_translated(doc_of, text: str, needle: str, expected: tuple) -> None:
    """"in the 1998" (nel 1998) dates the time, and "that is still today the world record" says it stands; "The world
    primate of Beatrice Chebet, the 13'58"06" ("primato") is her old record."""
    got = [(r.label_, r._.athlete.label_ if r._.athlete is not None else None) for r in doc_of(text).spans["results"] if r.text == needle]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Battocletti won in 14'35\"20; her personal primate is 14'31\"64, set in Paris.", []),
        ("For the blues the best is Pietro Arese, fifth in 3'31\"45, his best of the season, at 71 hundredths from his Italian "
         "record.", []),
    ],
    ids=["a-primate-gives-no-tag", "hundredths-from-a-record"],
)
def test_results_a_primate_gives_no_tag_and_a_record_missed_by_hundredths(text: str, expected: list) -> None:
    """"primate" (primato) names an old mark's holder ("The world primate of Beatrice Chebet, the 13'58"06") but tags no time:
    the review of 4b6205f found the winning time tagged a personal best by "her personal primate is 14'31"64"; "at 71
    hundredths from his Italian record" is a record missed."""
    assert tags_in(text) == expected


def test_results_the_azzurra_stands_for_the_italian_named_before(doc_of) -> None:
    """"The azzurra" is an Italian woman: the Italian named in the sentence before, though only as an object, not a runner
    of no known country named in a headline above."""
    doc = doc_of("Battocletti runs 14:21.07 in the 5000, Pietro Arese fifth in the 1500\n\nROME – It has missed only the "
                 "victory, but the night will remain as the night of the new record of Nadia Battocletti. The azzurra, 26 years, "
                 "has closed second the 5000 metres of the Golden Gala in 14:21.07.")
    got = {r._.athlete.label_ for r in doc.spans["results"] if r.label_ == "result" and r._.place == 2}
    assert got == {"Nadia Battocletti"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the women's 25-lap race, Irine Cheptai outsprinted Sheila Chelangat of KDF to win in 31:18.62 against 31:20.05.",
         [("31:18.62", "Irine Cheptai"), ("31:20.05", "Sheila Chelangat")]),
        ("Grant Fisher won in 13:01.20, the second-placed Cole Hocker ran 13:01.90 versus 13:02.40 last year.",
         [("13:01.20", "Grant Fisher"), ("13:01.90", "Cole Hocker"), ("13:02.40", "Cole Hocker")]),
    ],
    ids=["against-after-the-one-beaten", "versus-with-one-runner"],
)
def test_results_a_pair_of_times_after_a_rival_beaten(doc_of, text: str, expected: list) -> None:
    """"outsprinted Sheila Chelangat of KDF to win in 31:18.62 against 31:20.05": the pair's second time is the beaten
    rival's (the pairing word was looked for in too short a stretch to find "against"); one runner alone named keeps both."""
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fouad Messaoudi won the 1500m on Thursday. In the 5000m, Messaoudi looked in control with 200 to go, but Joey Nokes "
         "came off the final turn and edged him at the line, 14:02.11 to 14:02.50.",
         [("14:02.11", "Joey Nokes"), ("14:02.50", "Fouad Messaoudi")]),
        ("Beatrice Chebet led at the bell. Agnes Ngetich held her off down the straight, 14:09.82 to 14:10.04.",
         [("14:09.82", "Agnes Ngetich"), ("14:10.04", "Beatrice Chebet")]),
        ("Beatrice Chebet led at the bell. Agnes Ngetich edged him out, 14:09.82 to 14:10.04.",
         [("14:09.82", "Agnes Ngetich"), ("14:10.04", "Agnes Ngetich")]),
    ],
    ids=["edged-him", "held-her-off", "no-one-of-the-pronouns-sex"],
)
def test_results_a_pair_of_times_after_a_pronoun_beaten(doc_of, text: str, expected: list) -> None:
    """"but Nokes edged him at the line, 14:02.11 to 14:02.50": the pair's second time is the one the pronoun beaten stands
    for, named before (it was the winner's, the only runner the pair's clause names); with no one of its sex before, the one
    named keeps both."""
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Sabastian Sawe won the Berlin Marathon in 2:02:16. Akira Akasaki improved himself by almost one minute; his previous "
         "best time stood at 2:07:07 hrs.", "2:07:07", ("other", None)),
        ("Rosemary Wanjiru won the Berlin Marathon in 2:21:05. Fabienne Koenig ran 2:29:03 hrs. to rank nine. Her best time "
         "stands at 2:25:48 from Hamburg.", "2:25:48", ("other", None)),
        ("Rosemary Wanjiru won the Berlin Marathon in 2:21:05. Fabienne Koenig ran 2:29:03 hrs. to rank nine.", "2:29:03",
         ("result", 9)),
        ("Sabastian Sawe won the Berlin Marathon in 2:02:16. The course record of Eliud Kipchoge from 2022 (2:01:09) was never "
         "a topic.", "2:01:09", ("other", "Eliud Kipchoge")),
    ],
    ids=["a-best-that-stood-at", "a-best-time-that-stands-at", "to-rank-nine", "a-record-of-a-holder-from-a-year"],
)
def test_results_old_marks_and_ranks_of_german_copy_translated(doc_of, text: str, needle: str, expected: tuple) -> None:
    """German copy translated: "his previous best time stood at 2:07:07" and "Her best time stands at 2:25:48" are old marks;
    "ran 2:29:03 hrs. to rank nine" a ninth place; "the course record of Eliud Kipchoge from 2022 (2:01:09)" his old mark."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    second = r._.place if r.label_ == "result" else (r._.athlete.label_ if r._.athlete is not None and expected[1] else None)
    assert (r.label_, second) == expected


def test_results_a_list_of_bests_after_a_colon(doc_of) -> None:
    """An obituary's "Her best marks tell the story ...: 4:11.6 for 1500m (...), 8:46.21 for 3000m" lists old marks from its
    first, however long the stretch before the colon; "1:10:23 for the half marathon ..., and 2:29:57 for the marathon" names
    no point of a race for the second time."""
    text = ("Morag Baillie won the Scottish title in 32:40.15 in 1989. Her best marks tell the story of a runner who got better the "
            "further she went: 4:11.6 for 1500m (a hand time from Meadowbank in 1986), 8:46.21 for 3000m at Gateshead in 1991. On "
            "the roads she ran 1:10:23 for the half marathon when sixth at the Great North Run in 1993, and 2:29:57 for the "
            "marathon in London two years later.")
    doc = doc_of(text)
    assert {r.text: r.label_ for r in doc.spans["results"]}["4:11.6"] == "other"
    assert [s.text for s in doc.spans["splits"]] == []


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("The women's race went to Alice Jepkemoi in 2:25:10. Dennis Kibet Rotich won in 2:08:30 as Kenya's men took the first four "
         "places.", "2:08:30", ("result", 1, "men")),
        ("On the 14th arrived Faith Kipyegon in Florence, and on Friday she won the 1500 in 3'49\"11 ahead of Jessica Hull in "
         "3'50\"40.", "3'49\"11", ("result", 1, None)),
        ("Ingebrigtsen has beaten the world record in the 2000, 4'43\"13, in Brussels.", "4'43\"13", ("result", None, None)),
        ("Kipyegon won the 1500m in 3:51.29, and at 30 she is still today the best miler in the world.", "3:51.29",
         ("result", 1, None)),
    ],
    ids=["the-same-race-s-men-in-an-as-clause", "a-date-s-ordinal-before-arrived", "a-distance-after-in-the",
         "still-today-the-best-miler"],
)
def test_results_what_the_review_of_4b6205f_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: "as Kenya's men took the first four places" is the same race's sex; "On the 14th arrived" is a
    date, no place (the translated place needs "has": "Third has closed"); "in the 2000, 4'43"13" a distance, no year; "is
    still today the best miler" no standing record."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.place if expected[1] is not None else None, r._.race.sex if expected[2] else None) == expected


def test_results_a_fortnight_after_she_ran(doc_of) -> None:
    """"it comes a fortnight after she ran 14:23.15 in Monaco": an earlier race's time, as "two weeks after" is."""
    doc = doc_of("Nadia Battocletti won the 5000m in 14:40.10. That's her second straight European crown, and it comes a fortnight "
                 "after she ran 14:23.15 in Monaco.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("14:40.10", "result"), ("14:23.15", "other")]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Jakob Ingebrigtsen beat Josh Kerr again in Oslo, running 3:30.21 against 3:31.50 in the same race last year.", "3:31.50",
         "Jakob Ingebrigtsen"),
        ("Grant Fisher held off Yomif Kejelcha and improved his best by two seconds, 7:22.91 against 7:25.47.", "7:25.47",
         "Grant Fisher"),
        ("Emmanuel Wanyonyi held off Marco Arop to win in 1:41.11 against 1:41.20.", "1:41.20", "Marco Arop"),
        ("Gesa Krause won the steeplechase in 9:10.20 to rank 12 in the world this season.", "9:10.20", 1),
        ("Melat Kejeta finished fourth in Valencia. Her new best time stands at 2:19:10, set on Sunday.", "2:19:10", "result"),
        ("The best times of the day: 3:30.10 for Josh Kerr in the 1500m and 13:05.20 for Emile Cairess in the 5000m.", "3:30.10",
         "result"),
    ],
    ids=["against-the-same-race-last-year", "against-after-a-best-improved", "against-after-the-one-held-off",
         "a-rank-in-the-world", "a-new-best-time-stands-at", "the-best-times-of-the-day"],
)
def test_results_what_the_review_of_ba1f210_found(doc_of, text: str, needle: str, expected) -> None:
    """The review's cases: a pair comparing a runner's own times (the second dated after it, or a best improved before it)
    gives both to the runner; "to rank 12 in the world" is no place; a new best that stands at a time is this race's; the
    best times of the day after a colon are results, only someone's best marks before a colon old ones."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    got = r._.place if isinstance(expected, int) else r.label_ if expected in ("result", "other") else r._.athlete.label_
    assert got == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Nadia Battocletti wins the women's 5000m in 14:41.22. Germany's Konstanze Klosterhalfen takes bronze in 14:44.90.\n\n"
         "That's Battocletti's second straight European crown, and it comes a fortnight after she ran 14:23.15 in Monaco.",
         "14:23.15", "Nadia Battocletti"),
        ("Keely Hodgkinson won in 1:57.10. Asked about Boffey's fall, she said she had run 1:58.20 in the heat.", "1:58.20",
         "Keely Hodgkinson"),
    ],
    ids=["the-sentence-s-owner", "not-a-preposition-s-object"],
)
def test_results_a_pronoun_after_its_sentence_s_one_owner(doc_of, text: str, needle: str, expected: str) -> None:
    """A pronoun after the one runner its sentence names, as an owner ("That's Battocletti's second straight crown, and it
    comes a fortnight after she ran 14:23.15") stands for that runner, not the last subject before; not an owner after a
    preposition ("Asked about Boffey's fall, she said")."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert r._.athlete.label_ == expected


def test_results_an_earlier_day_of_the_meeting_told_in_the_pluperfect(doc_of) -> None:
    """A paragraph opening with a day ("On Friday night she had taken the metric mile in 4:12,48") tells an earlier day of
    the meeting reported, its results this meeting's, not another race's; a pluperfect with no day still dates its time."""
    doc = doc_of("Glenrose Xaba won the 5 000m on Saturday in 15:38,22.\n\nOn Friday night she had taken the metric mile in 4:12,48. "
                 "Carina Viljoen held on for silver in 4:14,90.\n\nShe had won the 10km in 32:10 in March.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [
        ("15:38,22", "result"), ("4:12,48", "result"), ("4:14,90", "result"), ("32:10", "other")]


def test_results_the_fastest_since_a_year_dates_no_time(doc_of) -> None:
    """"The winning time of 2:05.33 uur was the fastest in Rotterdam since 2021": the year a comparison, not the time's; a
    mark that "belonged since 2000 to the Kenyan Paul Tergat, with 59:06" is still his old one."""
    doc = doc_of("Amos Kiproeto won the Rotterdam Marathon in 2:05.33 uur. The winning time of 2:05.33 uur was the fastest in "
                 "Rotterdam since 2021.")
    assert {r.label_ for r in doc.spans["results"]} == {"result"}
    doc = doc_of("Zersenay Tadese won in 58:23. The best mark of the race belonged since 2000 to the Kenyan Paul Tergat, with 59:06.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("58:23", "result"), ("59:06", "other")]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Hannah Nuttall (Charnwood AC) won in 8:51.37, with Sophie Tarver (Cambridge & Coleridge) second in 8:55.02.", "8:55.02",
         "Sophie Tarver"),
        ("Priya Naidu (Thames Valley Harriers) won the women's race in 55:48, ahead of Emma Rowe (Woodford Green with Essex Ladies, "
         "56:20).", "56:20", "Emma Rowe"),
    ],
    ids=["a-club-of-two-names", "a-club-then-its-runner-s-time"],
)
def test_results_a_club_of_several_names_in_brackets(doc_of, text: str, needle: str, expected: str) -> None:
    """A club in brackets after a name whose words join with "&", "and" or "with" ("Cambridge & Coleridge", "Woodford Green
    with Essex Ladies") sits between the runner and her time as any club does; "Essex Ladies" is no one."""
    doc = doc_of(text)
    assert next(r for r in doc.spans["results"] if r.text == needle)._.athlete.label_ == expected
    assert "Essex Ladies" not in {s.label_ for s in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Kipyegon won the 1500m in 3:51.20 in Oslo. On Friday she had won the Diamond League race in Stockholm in 3:50.10.",
         "3:50.10", "other"),
        ("Sifan Hassan won the 1500m in 3:55.10 on Sunday.\nOn Tuesday she had clocked 4:01.00 in training.", "4:01.00", "other"),
        ("Beatrice Chebet won the 10,000m in 29:54.10 on Saturday.\nOn Friday night she had won the 5000m in 14:30.10, and in 2023 "
         "she had run 14:05.20.", "14:30.10", "other"),
    ],
    ids=["another-meeting-named", "training", "a-year-said-in-the-sentence"],
)
def test_results_what_the_review_of_b0b2f96_found(doc_of, text: str, needle: str, expected: str) -> None:
    """The review's cases: a day opening the sentence tells an earlier day of this meeting only with no place named in its
    sentence ("in Stockholm"), no training, and every past cue in it a pluperfect verb."""
    assert next(r for r in doc_of(text).spans["results"] if r.text == needle).label_ == expected


def test_results_a_season_list_with_the_country_then_the_place_and_day(doc_of) -> None:
    """A season list's line giving the country in brackets, then where and when ("3. 13:00.92 George Mills (GBR) London, 19
    July") is a mark of that list, as "(Paris, 20 June)" in brackets is, not a result of the race reported."""
    text = ("Hagos Gebrhiwet won the Diamond League final in Zurich in 12:47.63.\n\nThe Europeans\n\n"
            "1. 12:57.14 Dominic Lokinyomo Lobalu (SUI) Monaco, 11 July\n3. 13:00.92 George Mills (GBR) London, 19 July\n")
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == [
        ("12:47.63", "result"), ("12:57.14", "other"), ("13:00.92", "other")]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Peres Jepchirchir won in 2:18:40. It was the fastest time since 2019, when Brigid Kosgei ran 2:18:20 in London.",
         "2:18:20", ("other", None)),
        ("Beatrice Chebet outkicked Faith Kipyegon (Olympic and World Champion), clocking 14:05.20.", "14:05.20",
         ("result", "Beatrice Chebet")),
        ("Emily Sisson won the 10,000m in Zurich on Thursday. On Sunday she had won the 5000m at the Prefontaine Classic in 14:05.10.",
         "14:05.10", ("other", None)),
        ("Fionnuala McCormack Ladies race winner in 33:40, ahead of Ann-Marie McGlynn in 34:02.", "33:40",
         ("result", "Fionnuala McCormack")),
    ],
    ids=["since-a-year-when", "a-bracket-joined-with-and", "another-meeting-the-day-before", "ladies-after-a-name"],
)
def test_results_what_the_review_of_65d2fd4_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: "the fastest time since 2019, when Kosgei ran 2:18:20" dates the when-clause; a bracket's words
    join with "&" or "with" only ("(Olympic and World Champion)" is no club between a rival and the winner's time); a
    meeting named after "at the" is another meeting's day; "Ladies" after a full name is cut from it, not the runner."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.athlete.label_ if expected[1] else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gudaf Tsegay took silver in 30:12.71 while Italy's Nadia Battocletti, runner-up to Beatrice Chebet in Paris four years ago, "
         "claimed bronze in 30:15.09.", [("30:12.71", "Gudaf Tsegay", 2), ("30:15.09", "Nadia Battocletti", 3)]),
        ("Kenya's Beatrice Chebet retained her Olympic 10,000 metres title on Saturday at the Los Angeles Memorial Coliseum to "
         "win in 30:12.48.", [("30:12.48", "Beatrice Chebet", 1)]),
        ("Junior Samuel Kiprop opened the final day. The Eldoret, Kenya, native sat in the pack before pulling away to win in "
         "8:39.87.", [("8:39.87", "Samuel Kiprop", 1)]),
        ("Teammate Jonah Whitcomb added a fifth-place finish in 8:58.03.", [("8:58.03", "Jonah Whitcomb", 5)]),
        ("Kaitlyn Moravec finished third, running 20:31.9 and leading Ball State to a second-place team finish.",
         [("20:31.9", "Kaitlyn Moravec", 3)]),
    ],
    ids=["a-title-set-off-naming-another", "a-memorial-coliseum-venue", "a-hometown-native", "a-hyphened-place-finish",
         "a-team-s-place"],
)
def test_results_what_the_reading_of_dn_found(doc_of, text: str, expected: list) -> None:
    """A name inside a title set off after another name is not the subject ("Battocletti, runner-up to Chebet ..., claimed
    bronze"); a venue named "Memorial Coliseum" is no other meeting; "The Eldoret, Kenya, native" describes the runner named
    before; "a fifth-place finish" is a place, "a second-place team finish" a team's."""
    doc = doc_of(text)
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onyekachi won in 2:02.14, still a long way from the 1:59.00 standard.", ["1:59.00"]),
        ("Ogbonna won in 3:41.22. The World Athletics standards for Tokyo in the metric mile are 3:33.50 for men and 4:01.50 "
         "for women.", ["3:33.50", "4:01.50"]),
        ("Danladi won in 13:58.42. The Tokyo standards are 13:01.00 (men) and 14:50.00 (women).", ["13:01.00", "14:50.00"]),
    ],
    ids=["the-time-standard", "standards-for-each-sex", "standards-with-brackets"],
)
def test_results_standards_named_around_their_times(doc_of, text: str, expected: list) -> None:
    """A standard named after its time ("the 1:59.00 standard") or standards listed after their verb, each sex's, are
    times of no race and no one's."""
    doc = doc_of(text)
    assert [r.text for r in doc.spans["results"] if r.label_ == "other" and r._.athlete is None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qualifiers\n\nMen's 800m: Chukwuebuka Okafor 1:46.81, Samuel Adeyemi 1:47.35\n", [1, 2]),
        ("Results\n\nJunior 10km: Boys - Brian Kipngetich 29:58; Girls - Purity Jepchumba 34:45.\n", [None, None]),
        ("Qualifiers\n\nMen's 800m: Chukwuebuka Okafor 1:47.81, Samuel Adeyemi 1:46.35\n", [None, None]),
    ],
    ids=["rows-in-order", "two-races-on-a-line", "times-not-in-order"],
)
def test_results_a_line_of_unnumbered_rows_gives_their_order(doc_of, text: str, expected: list) -> None:
    """A results line of unnumbered rows after its event gives each its place by their order, when their times rise;
    rows labelled with a sex each ("Boys - ...; Girls - ...") are two races."""
    assert [r._.place for r in doc_of(text).spans["results"]] == expected


def test_results_a_record_said_to_have_stood(doc_of) -> None:
    """"The world record, 3:43.13, has stood since 1999": a standing mark, no one's in the text."""
    doc = doc_of("Laros won the mile in 3:46.51. The world record, 3:43.13, has stood since 1999.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [("3:46.51", "result", "Niels Laros"), ("3:43.13", "other", None)]


NARRATED = ("CPH Half 2024: the one where I finally did it\n\nPosted by Jo Pritchard on 17 September 2024 · 11 comments\n\n"
            "My PB was 1:46:31 from Hackney last year.\n\nYomif Kejelcha won the men's race in 58:41.\n\n"
            "5K: 24:41. Slightly quick.\n10K: 49:20. Still feeling decent.\n\n"
            "Finish: 1:44:52 chip time!!! I crossed the line in 1:44:52, 2,112th out of 9,873.\n")


def test_results_a_blog_s_author_telling_their_own_race(doc_of) -> None:
    """A blog post's author, named on the line posting it, who tells their own race in the first person: the "I" and
    "My" before a time, and a line of their own finish, are theirs; a runner named is still their own."""
    doc = doc_of(NARRATED)
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("1:46:31", "other", "Jo Pritchard"), ("58:41", "result", "Yomif Kejelcha"), ("1:44:52", "result", "Jo Pritchard"),
        ("1:44:52", "result", "Jo Pritchard")]
    assert [r._.place for r in doc.spans["results"] if r.label_ == "result"][-1] == 2112
    assert {r._.race.event for r in doc.spans["results"] if r.label_ == "result"} == {"half marathon"}


def test_results_a_reporter_s_byline_is_no_narrator(doc_of) -> None:
    """A reporter's byline over a report whose "I" is only in quotes names no narrator: a time nobody is named for stays
    nobody's."""
    text = ('By Tunde Afolabi, Abuja\n\nOkafor won the 800m in 1:46.81. "I crossed the line and I was happy," he said.\n\n'
            "Finish: 1:46.81 for the winner.\n")
    assert "Tunde Afolabi" not in {athlete_of(r) for r in doc_of(text).spans["results"]}


def test_results_a_meeting_some_months_away_translated(doc_of) -> None:
    """"at four months of the Olympic Games" (French translated: four months before them) names a meeting still to come,
    not the one the time was run at."""
    text = ("The Ethiopian Mulugeta Uma won this Sunday the 47th edition of the Marathon of Paris in 2h05'33, at four months "
            "of the Olympic Games which will hold themselves in the capital.")
    assert [(r.label_, r._.race.meeting) for r in doc_of(text).spans["results"]] == [("result", "Paris Marathon")]


def test_results_the_mark_with_which_one_broke_a_record(doc_of) -> None:
    """"down on the schedule of the 14:05.20 with which Kipyegon broke the world record in Paris in June": her mark of
    another race (it had been nobody's)."""
    doc = doc_of("Faith Kipyegon won the 5000m in 14:53.88.\n\nThe 3,000m mark was passed in 9:12.4, some 45 seconds down on the "
                 "schedule of the 14:05.20 with which Kipyegon broke the world record in Paris in June.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("14:53.88", "result", "Faith Kipyegon"), ("14:05.20", "other", "Faith Kipyegon")]


def test_results_a_record_taken_with_a_time_is_the_taker_s(doc_of) -> None:
    """"Eilish McColgan, who took Paula Radcliffe's British record with 14:28.55 last year": the time is the taker's; the
    holder's own mark stays hers."""
    doc = doc_of("Faith Kipyegon won the 5000m in 14:53.88.\n\nEilish McColgan, who took Paula Radcliffe's British record with "
                 "14:28.55 last year, withdrew. Radcliffe's old mark of 14:29.11 had stood since 2004.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"] if r.label_ == "other"] == [
        ("14:28.55", "Eilish McColgan"), ("14:29.11", "Paula Radcliffe")]


def test_results_an_overall_place_set_off_after_the_time(doc_of) -> None:
    """"was the best with 2:29:19, sixth overall." places its time; one right after the time before is that time's, not the
    next runner's ("Lister in 40:58, 27th overall, and first V50 Phil Robshaw in 43:10")."""
    doc = doc_of("Haven Hailu Desse won the Seoul Marathon in 2:21:34.\n\nAmong domestic athletes, Choi Kyung-sun was the best with "
                 "2:29:19, sixth overall. First V40 was Darren Lister (Wakefield) in 2:40:58, 27th overall, and first V50 Phil "
                 "Robshaw (Kirkstall) in 2:43:10.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:21:34", 1), ("2:29:19", 6), ("2:40:58", 27), ("2:43:10", None)]


def test_results_her_time_after_a_contrasted_clause_of_her_category(doc_of) -> None:
    """"Gareth Lewis was first M40 ..., while Claire Ashworth of Running Bath took the F40 title. Her official chip time was
    1:21:30, although the gun clock showed 1:21:44 by the time she crossed the line": an age category's letter says each
    one's sex; "Her" is the woman of the contrasted clause, not the winner of the sentence before; the later time, "she"
    said after it, hers too."""
    doc = doc_of("Tom Aldridge won the Bath Half Marathon in 1:04:58.\n\nChippenham Harriers' Gareth Lewis was first M40, and 14th "
                 "overall, in 69.44, while Claire Ashworth of Running Bath took the F40 title. Her official chip time was 1:21:30, "
                 "although the gun clock showed 1:21:44 by the time she crossed the line.")
    assert {a.text: a._.sex for a in doc.spans["athletes"]} == {"Tom Aldridge": None, "Gareth Lewis": "men", "Claire Ashworth": "women"}
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]][2:] == [("1:21:30", "Claire Ashworth"), ("1:21:44", "Claire Ashworth")]


def test_results_a_result_s_participle_after_a_clause_told_in_the_past(doc_of) -> None:
    """"Obiri, a two-time world champion at 5000m, made her debut in New York only a year ago, finishing sixth in 2:25:49":
    the clause before tells when (not a relative clause's year: "Sharon Lokedi, the one who won it in 2022, finishing third
    in 2:27:33 today")."""
    doc = doc_of("Hellen Obiri won the New York City Marathon in 2:27:23.\n\nThe victory caps a remarkable rise. Obiri, a two-time "
                 "world champion at 5000m on the track, made her debut in New York only a year ago, finishing sixth in 2:25:49. "
                 "Sharon Lokedi, the one who won it in 2022, finishing third in 2:27:33 today, was pleased.")
    assert sorted((r.text, r.label_) for r in doc.spans["results"]) == [("2:25:49", "other"), ("2:27:23", "result"), ("2:27:33", "result")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paula Radcliffe's record from 2003, 2:15:25, stood for 16 years until Kosgei ran 2:14:04.",
         [("2:15:25", "other"), ("2:14:04", "other")]),
        ("Holloway's winning time, the 12.86 with which Holloway broke the tape, was a season's best.", [("12.86", "result")]),
        ("Kipyegon won the 1500m in 3:49.04. It was the 3:49.04 with which Kipyegon broke the world record for the third time.",
         [("3:49.04", "result")]),
        ("Claire Ashworth won the 10K in 36:20.\n\nSarah Lynch ran 38:20 in round four of the series, second overall.",
         [("36:20", "result"), ("38:20", "result")]),
        ("Cheptegei won the 10,000m in 26:50. Kiplimo went out fast, as he had done in 2020, clocking 26:58.",
         [("26:50", "result"), ("26:58", "result")]),
    ],
    ids=["a-possessive-s-record-from-a-year-before-its-time", "broke-the-tape", "the-race-s-own-record",
         "a-series-standing", "as-he-had-done"],
)
def test_results_what_the_review_of_the_ninth_stop_found(doc_of, text: str, expected: list) -> None:
    """The review's finds: "'s record from 2003, 2:15:25," is still an old mark (only a possessive's mark after the time is
    another's); "the 12.86 with which Holloway broke the tape" and today's "the 3:49.04 with which Kipyegon broke the world
    record" are no marks of other races; a series' overall standing is no place; "as he had done in 2020" dates no result's
    participle after it."""
    doc = doc_of(text)
    assert sorted((r.text, r.label_) for r in doc.spans["results"]) == sorted(expected)
    if "series" in text:
        assert [r._.place for r in doc.spans["results"]] == [1, None]


def test_results_another_s_mark_dated_after_the_time_dates_no_time(doc_of) -> None:
    """"clocking 7.29 seconds ... to take a hundredth of a second off Colin Jackson's mark from 1994": the year is of
    Jackson's mark, the 7.29 today's; a mark set in a year it names is still an old one."""
    doc = doc_of("MADRID, Feb 24 (Reuters) - American Grant Holloway broke the world record on Wednesday, clocking 7.29 seconds in "
                 "the 60 metres hurdles to take a hundredth of a second off Colin Jackson's mark from 1994. Robles ran a "
                 "record from 2008 of 12.87 over the 110m hurdles.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("7.29", "result"), ("12.87", "other")]


@pytest.mark.parametrize(
    "sentence",
    ["The course record of 1:01:26 was never under threat.", "The world record, 57:31, was not seriously threatened.",
     "The course record of 1:01:26 continues to stand."],
    ids=["never-under-threat", "not-threatened", "continues-to-stand"],
)
def test_results_a_record_never_in_danger_is_a_standing_mark(doc_of, sentence: str) -> None:
    """A record named with its mark and said never to be in danger is a standing mark, nobody's in the text (it had been
    no fact at all)."""
    doc = doc_of("Timothy Kiplagat won the half marathon in 1:02:31. " + sentence)
    assert [(r.label_, athlete_of(r)) for r in doc.spans["results"]] == [("result", "Timothy Kiplagat"), ("other", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emmanuel Wanyonyi won in 1:41.95 on 12 July 2025. David Rudisha ran 1:40.91 in the 2012 Olympic final.",
         [("1:41.95", "result", "Emmanuel Wanyonyi"), ("1:40.91", "other", "David Rudisha")]),
        ("Emmanuel Wanyonyi won in 1:41.95 on 12 July 2025. It was here, in the 2012 Olympic final, that David Rudisha ran "
         "1:40.91 from the front.", [("1:41.95", "result", "Emmanuel Wanyonyi"), ("1:40.91", "other", "David Rudisha")]),
        ("Emmanuel Wanyonyi won the 2025 Olympic final in 1:41.95.", [("1:41.95", "result", "Emmanuel Wanyonyi")]),
        ("Hillary Kipkoech won in 59:24. The course record of 59:11 therefore stands on a route the organizers like.",
         [("59:24", "result", "Hillary Kipkoech"), ("59:11", "other", None)]),
        ("Weini Kelati won in 1:07:10. Emily Sisson, who set the former American record of 1:06:52 on this course in 2022, "
         "said she was pleased.", [("1:07:10", "result", "Weini Kelati"), ("1:06:52", "other", "Emily Sisson")]),
        ("Hillary Kipkoech won in 59:24. Two pacemakers, Edwin Kimutai and Boniface Kiprop, were asked to deliver 13:55 per "
         "5K and did almost exactly that.", [("59:24", "result", "Hillary Kipkoech")]),
    ],
    ids=["a-year-and-a-meeting-s-adjective", "a-cleft-sentence-s-year", "an-undated-race-s-own-final",
         "a-record-that-stands", "a-record-set-in-a-who-clause", "a-pace-asked-to-deliver"],
)
def test_results_what_the_reading_of_dm_found(doc_of, text: str, expected: list) -> None:
    """"the 2012 Olympic final" dates a time in another year (a cleft's "It was here, in the 2012 Olympic final, that" too),
    though an undated race's own "2025 Olympic final" may be its own; "The course record of 59:11 therefore stands" is a
    standing mark; "Sisson, who set the former American record of 1:06:52" is hers; a pace pacemakers "were asked to deliver"
    is no result."""
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("By Mark Jennings\n\nI ran into his coach at the hotel. Eliud Kipchoge looked relaxed. I think he can run 2:01:30 on "
         "Sunday.", "2:01:30", "not Mark Jennings"),
        ("By Sarah Whitfield\n\nI ran track in college, so I know the feeling. My prediction: 3:46 by next winter for Yared "
         "Nuguse.", "3:46", "not Sarah Whitfield"),
        ("Hellen Obiri won the Boston Marathon in 2:21:38, improving on her third-place finish from 2023.", "2:21:38", 1),
        ("Josh Kerr won the 1500m in 3:29.38, a week after a third-place finish behind Ingebrigtsen in Oslo.", "3:29.38", 1),
        ("Josh Kerr won the 1500m in Oslo in 3:29.38, second of 3 races in 10 days.", "3:29.38", 1),
        ("The standard of the race was high, and the winning time was 13:05.20 by Yomif Kejelcha.", "13:05.20", "result"),
        ("Hobbs Kessler won in 3:33.10, well inside the 3:58 standard he set as a high schooler.", "3:33.10", "result"),
        ("Men's 800m heat winners: Chukwuebuka Okafor 1:46.81, Samuel Adeyemi 1:47.35, Ibrahim Bello 1:48.02", "1:47.35", None),
        ("After Hellen Obiri, Boston champion Sharon Lokedi was the next Kenyan home, in 2:22:45.", "2:22:45", "Sharon Lokedi"),
        ("Laros won the mile in 3:46.51. The world record, 3:43.13, has stood since 1999, when Hicham El Guerrouj ran it in "
         "Rome.", "3:43.13", "Hicham El Guerrouj"),
        ("Faith Kipyegon won in 3:50.30. The world record, 3:49.04, remains hers.", "3:49.04", "Faith Kipyegon"),
        ("Josh Kerr won at the Millrose Games in 8:00.67 for two miles, at three weeks of the World Indoor Championships in "
         "Glasgow, where he later took silver in 7:42.98.", "7:42.98", "other"),
    ],
    ids=["a-columnist-s-prediction", "a-columnist-s-own-prediction", "an-earlier-place-finish", "a-place-finish-elsewhere",
         "second-of-three-races", "the-standard-of-a-race", "a-standard-he-set", "heat-winners-listed", "after-a-runner-a-title",
         "a-holder-when-he-ran-it", "a-record-that-remains-hers", "a-championship-weeks-away"],
)
def test_results_what_the_review_of_7c49c29_found(doc_of, text: str, needle: str, expected) -> None:
    """The review's cases: a reporter's "I" that runs into a coach or predicts is no narrator's; a place finish before or
    elsewhere, and "second of 3 races", are no places of the race; "The standard of the race was high" and "the 3:58 standard
    he set" are no standards; heat winners listed are no finishing order; a title after an opening "After Obiri," is the
    subject's own; a standing record's holder said after it is its holder; a championship weeks away is no meeting to come
    unless said so."""
    found = [r for r in doc_of(text).spans["results"] if r.text == needle]
    if isinstance(expected, str) and expected.startswith("not "):
        assert all(athlete_of(r) != expected[4:] for r in found)
        return
    r = found[0]
    if isinstance(expected, int) or expected is None:
        assert r._.place == expected
    elif expected in ("result", "other"):
        assert r.label_ == expected
    else:
        assert athlete_of(r) == expected


@pytest.mark.xfail(reason="a hometown's 'native' with no country says no more than 'the 25-year-old' and goes to the last subject "
                   "named; the review of 7c49c29 found this rival's time given to the winner, but taking bare 'native' out lost four "
                   "corpus articles' right readings ('The Kansas native', 'the Clarendon native', 'The Guelph native', 'the "
                   "Quebec City native said')", strict=True)
def test_results_a_native_with_no_country_after_a_rival(doc_of) -> None:
    """"The Eldoret native clocked 3:30.02 for second" after "Kerr won ... ahead of Reynold Cheruiyot": not Kerr's."""
    doc = doc_of("Josh Kerr won in 3:29.10 ahead of Reynold Cheruiyot. The Eldoret native clocked 3:30.02 for second.")
    assert all(athlete_of(r) != "Josh Kerr" for r in doc.spans["results"] if r.text == "3:30.02")


def test_results_a_witness_quoted_of_her_is_no_antecedent(doc_of) -> None:
    """A runner named once to say something of "she" ('One of them, Eilidh Rennie, said: "She would stand ..."') is not the
    "Her" of the record after: the one the article is about is."""
    text = ("Morag Baillie-Grant, who has died aged 61, won the Scottish 1500m title in 1986 in 4:15.20. Baillie-Grant coached "
            "at Fife AC for two decades.\n\nBaillie-Grant went on to coach juniors. One of them, Eilidh Rennie, now a Scottish "
            'international, said: "She would stand at the 800-metre mark with a stopwatch. We adored her."\n\n'
            "Her record for the women's 10 miles on the roads of Fife, 54:48 from the 1990 Kinghorn race, stood until last year.")
    r = next(r for r in doc_of(text).spans["results"] if r.text == "54:48")
    assert (r.label_, athlete_of(r)) == ("other", "Morag Baillie-Grant")


def test_results_a_record_s_runner_then_its_place_and_year(doc_of) -> None:
    """"the legendary 3'28''95 of Fermín Cacho in Zurich 1997" is his old mark, dated by the place and year after his name."""
    text = ("Mario Garcia Romo won the 1500m in 3:38.47. The national record is still the 3:28.76 of Mohamed Katir, and before "
            "it the legendary 3:28.95 of Fermín Cacho in Zurich 1997 lasted 26 years.")
    r = next(r for r in doc_of(text).spans["results"] if r.text == "3:28.95")
    assert (r.label_, athlete_of(r)) == ("other", "Fermín Cacho")


def test_results_a_life_record_of_a_runner_is(doc_of) -> None:
    """"The life record in hall of Kazimierskiej is 4:03,17" (Polish translated, her name declined): her standing mark."""
    doc = doc_of("Klaudia Kazimierska was fourth in 4:08,11. The life record in hall of Kazimierskiej is 4:03,17 from the Orlen "
                 "Copernicus Cup in Toruń.")
    r = next(r for r in doc.spans["results"] if r.text == "4:03,17")
    assert (r.label_, athlete_of(r)) == ("other", "Klaudia Kazimierska")


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("MANCHESTER, May 19, 2024 - The 2022 Commonwealth champion Eilish McColgan won the Great Manchester Run in 30:48 on "
         "Sunday.", "30:48", ("result", "Eilish McColgan", 1)),
        ("Berihu Aregawi won the 10,000m in 26:43.82. The world record, 26:11.00, remains his goal for Paris, his coach said.",
         "26:11.00", ("other", None, None)),
        ("Jane Moss won the ladies' race in 18:40. The course record, 17:02, has stood since 1998, when Moss was still at school.",
         "17:02", ("other", None, None)),
        ("Yared Nuguse, who ran a personal best of 7:26.07 to finish second, said he was pleased.", "7:26.07",
         ("result", "Yared Nuguse", 2)),
        ("Tom Baird has coached at Edinburgh AC for 30 years. One of his athletes, Kirsty Law, said: \"She was the one who told "
         "me to start running.\" Her best of 2:05.3 for 800m came in 2019.", "2:05.3", ("other", "Kirsty Law", None)),
        ("Posted by Alan Moss\n\nCaptain's report from the Southern XC. Ben Hart was our first scorer in 34:12, 40th. I finished "
         "112th in 38:40 after a bad start.", "38:40", ("result", "Alan Moss", 112)),
        ("Posted by Neil Gray\n\nParkrun day. I ran a new PB of 19:58, finally under 20 minutes!", "19:58", ("result", "Neil Gray", None)),
        ("Sabastian Sawe won the London Marathon, which will celebrate its 45th edition next year, in 2:02:27.", "2:02:27",
         ("result", "Sabastian Sawe", 1)),
        ("George Mills, the European medallist Jakob Ingebrigtsen beat in Rome, ran 7:29.03 for second.", "7:29.03",
         ("result", "George Mills", 2)),
        ("Courtney Wayment's fifth-place time of 9:12.40 was not enough.", "9:12.40", ("result", "Courtney Wayment", 5)),
        ("Sam Lee ran 22:14, 48th of 412, at Bushy parkrun.", "22:14", ("result", "Sam Lee", 48)),
        ("Jenny Lowe missed the 9:23.00 standard she needed by two seconds, running 9:25.12 in Oordegem.", "9:23.00",
         ("other", None, None)),
        ("Results\n\nMen's 5000m heat 1: Tom Pike 14:02.1, Ben Hart 14:05.3, Sam Lee 14:10.0.\n", "14:05.3", ("result", "Ben Hart", 2)),
    ],
    ids=["a-dated-title-before-a-name", "a-record-that-remains-his-goal", "a-when-clause-naming-no-setter", "who-ran-a-best-today",
         "a-witness-s-own-best-after-her-quote", "a-captain-who-also-ran", "a-narrator-s-new-pb", "a-meeting-s-own-future",
         "a-title-s-clause-of-its-own", "a-place-time-of", "a-place-of-a-field", "a-standard-she-needed", "a-heat-s-rows"],
)
def test_results_what_the_review_of_b01f2cd_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: a dated title before a name is no other edition; a record that "remains his goal", or a "when"
    clause naming no setter, has no holder; "who ran a personal best of" is today's; a witness's own best right after her quote
    is hers; a narrator's "I finished 112th in" and "I ran a new PB of"; a meeting's "which will celebrate" is no meeting to
    come; a title's clause of its own ("the European medallist Ingebrigtsen beat in Rome"); "fifth-place time of"; "48th of
    412,"; "the 9:23.00 standard she needed"; a heat's rows."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, athlete_of(r), r._.place) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Meeting of Huelva. In the 400 meters, the clock read 45.12 for Samuel García, the fastest Spaniard this year.", "45.12",
         ("result", "Samuel García", None)),
        ("Gudaf Tsegay won the 1500m in 3:52.10. The world record, 3:50.07, has stood since 2015, when Genzebe Dibaba lowered it "
         "in Monaco.", "3:50.07", ("other", "Genzebe Dibaba", None)),
        ("Keely Hodgkinson, who set the British record of 1:54.61 during a stunning 2024 season, was second in 1:57.90.", "1:54.61",
         ("other", "Keely Hodgkinson", None)),
        ("Unlike Cole Hocker, the Olympic champion Josh Kerr struggled, finishing fifth in 3:33.20.", "3:33.20",
         ("result", "Josh Kerr", 5)),
        ("Georgia Bell, a fourth-place 2024 finisher in Paris, took the win in 3:59.90.", "3:59.90", ("result", "Georgia Bell", 1)),
        ("Start lists were published on Thursday, with personal bests shown.\n\nWomen's 1500m heat 2: Faith Kipyegon 3:49.04, "
         "Jessica Hull 3:50.83, Georgia Bell 3:52.61\n", "3:50.83", ("result", "Jessica Hull", None)),
        ("Josh Kerr ran 3:29.80 in Paris on Sunday. The Commonwealth Games, which will see him defend his title in Glasgow, come "
         "next.", "3:29.80", ("result", "Josh Kerr", None)),
    ],
    ids=["the-clock-read-for-a-runner", "a-holder-who-lowered-it", "who-set-a-record-during-a-season",
         "unlike-a-runner-a-title", "a-place-finisher-of-a-year", "a-start-list-s-rows", "a-meeting-which-will-see-him"],
)
def test_results_what_the_review_of_7de8493_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: "In the 400 meters, the clock read 45.12 for García" is the 400m's result (only the translated
    "the chrono marked" makes a point); "when Dibaba lowered it" names the holder; "who set the British record of 1:54.61 during a season" is an old mark unless set "to win";
    "Unlike Hocker, the Olympic champion Kerr" is Kerr's; "a fourth-place 2024 finisher" is no place; a start list's rows are no
    finishing order; "which will see him defend his title" is a meeting to come."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, athlete_of(r), r._.place) == expected


def test_results_the_mark_of_a_winner_was_is_no_standing_mark(doc_of) -> None:
    """The review of 7de8493: "The mark of Chebet was 14:05.20" tells today's mark, no standing one (only "is" stands)."""
    doc = doc_of("Beatrice Chebet won the 5000m at the Bislett Games. The mark of Chebet was 14:05.20, a meeting record.")
    assert all(r.label_ != "other" for r in doc.spans["results"] if r.text == "14:05.20")


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Daniel Ebenyo won the Dam to Damloop on Sunday. Over the 10 English mile from Amsterdam to Zaandam he finished in 45:21.",
         "45:21", ("result", "10 miles")),
        ("Over the 10 English mile of the Dam tot Damloop he won in 45:21. Men: 1. Daniel Ebenyo (Ken) 45:21, 2. Amos Kurgat "
         "(Ken) 45:29.", "45:29", ("result", "10 miles")),
        ("Lasse Viren won the 10,000m in 27:38.35. He went on to take the 5,000m a week later in 13:26.4.", "13:26.4",
         ("other", "5000m")),
        ("Two weeks later than planned, the Rotterdam Marathon finally went ahead, and Abdi Nageeye won in 2:06:40.", "2:06:40",
         ("result", "marathon")),
        ("Moved two weeks later because of the storm, the race was won by Selemon Barega in 27:12.10.", "27:12.10",
         ("result", "10000m")),
        ("Jakob Ingebrigtsen won the 1500m in 3:27.14 a week later than his 5000m win in Rome.", "3:27.14", ("result", "1500m")),
    ],
    ids=["ten-english-miles", "results-of-the-dam-tot-dam", "a-week-later", "a-race-put-off", "a-race-moved",
         "later-than-another"],
)
def test_results_a_translated_ten_miles_and_a_race_told_as_later(doc_of, text: str, needle: str, expected: tuple) -> None:
    """Translated Dutch copy's "10 English mile" (Engelse mijl) is the 10 miles; a time "a week later" is of another race, as
    one "a year later" is, but not a race put off ("two weeks later than planned", "Moved two weeks later") nor one "later
    than" another. "Dam to Damloop" as a known race and "the following summer" as another race's date were tried and taken
    out: the reviews of d02a2ea and 159a8ee found "the Dam to Damloop by Night, over 4 English miles" and plans to come."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.race.event) == expected


def test_results_a_translated_rank_and_forerun(doc_of) -> None:
    """German copy translated: "ran in 7,89 seconds to rank two" (auf Rang zwei) is second place; "in the forerun" (im
    Vorlauf) is the heats."""
    doc = doc_of("Over 60 meters hurdles of the women Pia Skrzyszowska won in 7,83 seconds. Ricarda Lobe ran in 7,89 seconds to "
                 "rank two. In the forerun she had already shown 7,92 seconds.")
    got = {r.text: (r._.place, r._.race.round) for r in doc.spans["results"] if r.label_ == "result"}
    assert got["7,89"] == (2, None) and got["7,92"][1] == "heats"


def test_results_a_blog_s_own_marathon_told_with_paces_points_and_stretches(doc_of) -> None:
    """A coach's post on a marathon: "6:50s" is a pace in the plural, no time; "By 10K (41:51)" a point, no road race of that
    name; "Our 5K from 25K to 30K" names no 30km race (the end of a stretch), so the pros' 2:06:17 stays the marathon's;
    "I came in two seconds later in 2:58:53" is the author's own time, and "like I'd won something" wins nothing."""
    doc = doc_of("Posted April 18, 2024 by Dan Reyes\n\nMaggie and I ran all 26.2 miles of the marathon together.\n\nTHE PLAN\n\n"
                 "Go out controlled on the downhills, run 6:50s to halfway, hold through the hills.\n\nBy 10K (41:51) we had "
                 "settled. Our 5K from 25K to 30K was 21:43.\n\nShe crossed in 2:58:51 and I came in two seconds later in "
                 "2:58:53, arms up like I'd won something.\n\nUp front, Sisay Lemma went through halfway in 1:00:19 and won "
                 "in 2:06:17.")
    results = {r.text: r for r in doc.spans["results"]}
    assert "6:50" not in results and "6:50" not in {s.text for s in doc.spans["splits"]}
    assert {m.label_ for m in doc.spans["meetings"]} == set()
    assert results["2:06:17"]._.race.event == "marathon"
    mine = results["2:58:53"]
    assert (mine._.athlete.label_, mine._.place) == ("Dan Reyes", None)


def test_results_a_sex_said_of_a_runner_over_one_carried_on_and_a_results_block_under_its_sex(doc_of) -> None:
    """The women's winner named in the lede carries "women" on into a paragraph on the men's race; Kimutai's result there
    takes the sex his line in the results says ("Men's top three"), and the runners after it follow him. A results block
    under a line that says only a sex ("Men") keeps that sex through each event's line; a list's rows take their order's
    places though the prose told one of them before."""
    doc = doc_of("Chalu Deso won the men's title at the Chongqing Marathon in 2:06:41.\n\nKenya's Sheila Chepkirui claimed the "
                 "women's crown in 2:21:30.\n\nYang held off Kennedy Kimutai in the final kilometer, with Kimutai third in 2:07:15. "
                 "Feng Peiyou finished fifth in 2:09:27.\n\nMen's top three: 1. Chalu Deso (ETH) 2:06:41; 2. Yang Shaohui (CHN) "
                 "2:07:02; 3. Kennedy Kimutai (KEN) 2:07:15.")
    sex = {(r.text, r.start_char): r._.race.sex for r in doc.spans["results"]}
    assert {s for (t, _), s in sex.items() if t in ("2:07:15", "2:09:27")} == {"men"}
    block = doc_of("Tshite won the men's 1500m in 3:41.27 at the SA Championships.\n\nIn the women's sprints, Tamzin Thomas took "
                   "the 100m title in 11.29 (+0.9), holding off Viwe Jingqi (11.33) and Joviale Mbisha (11.41).\n\nRESULTS\n\nWomen\n100m final: Tamzin Thomas (WPA) 11.29; Viwe Jingqi (AGN) "
                   "11.33; Joviale Mbisha (CGA) 11.41; Shirley Nekhubui (LIMA) 11.52.\n1500m: 1 Prudence Sekgodiso 4:09,18; "
                   "2 Glenrose Xaba 4:13,02\n\nMen\n800m: 1 Edmund du Plessis 1:45,91; 2 Ryan Mphahlele 1:46,38\n"
                   "1500m: 1 Tshite 3:41,27; 2 Kyle Appel 3:41,90")
    got = {r.text: (r._.race.sex, r._.place) for r in block.spans["results"] if r.start_char > block.text.index("RESULTS")}
    assert got["3:41,90"] == ("men", 2) and got["4:13,02"] == ("women", 2) and got["1:46,38"] == ("men", 2)
    assert got["11.52"] == ("women", 4) and got["11.33"] == ("women", 2)


def test_results_a_translated_primate_missed_is_an_old_record(doc_of) -> None:
    """Italian "primato" translated: "far from his Italian primate of 13:02,26" is his national record missed, no result."""
    doc = doc_of("Yemen Crippa finishes eighth in 13:09.38 in the 5000m, far from his Italian primate of 13:02,26.")
    assert {r.text: r.label_ for r in doc.spans["results"]} == {"13:09.38": "result", "13:02,26": "other"}


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Sue Hale, 58, ran the women's 6km cross-country race in 33:10; the men's race was over 10km.", "33:10", ("result", "6km")),
        ("Hannah Irwin won the Manchester 12km walk in 1:05:20, having done the half marathon walk last year.", "1:05:20",
         ("result", "12km race walk")),
        ("Jacob Kiplimo won in 59:40 and said he would decide on his marathon debut within the next month.",
         "59:40", ("result", "half marathon")),
        ("Sha'Carri Richardson won the 100m in 10.85 to move to rank 2 in US history.", "10.85", ("result", "100m")),
        ("He Jie won the Wuxi Marathon in 2:06:57s; Yang Shaohui finished second in 2:07:09s.", "2:07:09", ("result", "marathon")),
        ("Yasemin Can won the 10,000 metres with 31:02s.", "31:02", ("result", "10000m")),
        ("The Brighton race, extended from 5km to 10km this year, was won by Jane Hale in 34:10.", "34:10", ("result", "10km")),
        ("At the 15 kilometre race in Nijmegen, Jacob Kiplimo was fastest in 41:05.", "41:05", ("result", "15km")),
    ],
    ids=["a-masters-6km", "a-12km-walk", "within-the-next-month", "a-rank-in-history", "seconds-after-a-clock",
         "seconds-after-a-clock-2", "a-course-extended", "the-singular-as-adjective"],
)
def test_results_what_the_review_of_d02a2ea_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: a club or walk time slower than 1.7 x the pace of the road records is still its distance's (only
    one near three times it is not); "the next month" of a plan dates nothing; "to rank 2 in US history" is no place; a
    clock's "s" after it, as translated copy writes seconds, is a time (only "6:50s to halfway" a pace); "extended from 5km
    to 10km" names the race's distance; "the 15 kilometre race" is no split point (but the race's event, since a distance
    before "race" is never a point)."""
    r = next(r for r in doc_of(text).spans["results"] if r.text.startswith(needle))
    assert (r.label_, r._.race.event) == expected
    if needle == "10.85":
        assert r._.place == 1


def test_results_the_review_of_d02a2ea_a_sex_in_an_aside_and_a_club_list(doc_of) -> None:
    """A "women's" in a relative clause says nothing of the man's own result, whose men's list row keeps its sex; a club's
    own list after a runner's category place takes no places from its order."""
    doc = doc_of("Tom Hale won the men's 5000m in 13:30.01. Jake Smith, who paced the women's race on Friday, was seventh in "
                 "13:45.20.\n\nMen's 5000m\n1. Tom Hale 13:30.01\n7. Jake Smith 13:45.20")
    assert {r._.race.sex for r in doc.spans["results"] if r.text == "13:45.20" and r.start_char > doc.text.index("Men's 5000m")} == {"men"}
    club = doc_of("Helen Burke was second woman at the Stockport 10K.\n\nClub results: Dan Kerr 33:05, Helen Burke 36:40, Tom Pike "
                  "38:02, Ann Cole 41:15")
    assert {r.text: r._.place for r in club.spans["results"]}.get("41:15") is None


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("The Oakwood half marathon and the Oakwood 15K were run on Sunday. In the 15K, Laura Finch won in 58:12.\n\nClub "
         "stalwart Joan Peters, 67, came home in 1:21:40.", "1:21:40", ("result", "15km")),
        ("The marathon was run alongside a 30K. Canadian Ruth Adams won the 30K in 1:48:20.\n\nHer club-mate Kim Lee was 12th in "
         "2:34:11.", "2:34:11", ("result", "30km")),
        ("Daniel Ebenyo clocked 27:45s to win the men's 10,000m at the Kenyan trials.", "27:45", ("result", "10000m")),
        ("Gudaf Tsegay posted 14:12s for the victory in the 5000m.", "14:12", ("result", "5000m")),
        ("The organisers cut the course from its usual 15km to 12km because of the heat, and Kiprop won in 35:40.", "35:40",
         ("result", "12km")),
        ("Konstanze Klosterhalfen ran to place six in the 5000m final in 15:01.20, and she rose to place 3 in the German eternal "
         "best list.", "15:01.20", ("result", "5000m")),
    ],
    ids=["a-club-runner-in-the-15k", "a-club-mate-in-the-30k", "seconds-then-to-win", "seconds-then-for-the-victory",
         "a-course-cut-from-its-usual", "a-rank-in-a-long-list"],
)
def test_results_what_the_review_of_159a8ee_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The second review's cases: a race's time carried over is another race's only when it is beyond club pace (2 x the
    road records' pace, not 1.7 x); a clock's "s" before "to win" or "for the victory" is its seconds; "cut
    from its usual 15km to 12km" names the race's distance (a stretch's end only in runners' "35K to 40K"); "place 3 in the
    German eternal best list" is no place."""
    r = next(r for r in doc_of(text).spans["results"] if r.text.startswith(needle))
    assert (r.label_, r._.race.event) == expected
    if needle == "15:01.20":
        assert r._.place == 6


def test_results_a_point_of_the_course_reached_is_no_result(doc_of) -> None:
    """"by the turn at Ballyfoyle Cross, reached in 12:03", too fast for the race's five miles: the passage of a point whose
    distance goes unsaid, no result (not "the finish line, reached in 2:19:12", the finish)."""
    doc = doc_of("Cian Brennan won the Glenmore 5 Mile Road Race on Friday evening in 24:12.\n\nBrennan went through the first mile in 4:41 in a "
                 "group of four, and by the turn at Ballyfoyle Cross, reached in 12:03, he was on his own.")
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["24:12"]
    doc = doc_of("Cian Brennan won the Glenmore Marathon. He crossed the finish line, reached in 2:19:12, alone.")
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["2:19:12"]


def test_results_a_shouted_name_before_the_race_it_won(doc_of) -> None:
    """A live blog's shouted "ALEXANDER MUNYAO WINS THE LONDON MARATHON in 2:04:01": the name before the verb is the
    winner's, though the capitals run on into the race's name."""
    doc = doc_of("London Marathon live\n\nAlexander Munyao leads the men's race.\n\n11.39am BST\n"
                 "ALEXANDER MUNYAO WINS THE LONDON MARATHON in 2:04:01.")
    assert [(r.text, r._.athlete.label_) for r in doc.spans["results"] if r.label_ == "result"] == [("2:04:01", "Alexander Munyao")]


def test_results_a_wire_round_up_s_sections_are_each_reported_now(doc_of) -> None:
    """A wire's round-up opens each section with its dateline ("CASTELLON, Spain - ", "RAS AL KHAIMAH, United Arab Emirates
    - "): the meeting each names is reported now, its times results, not another meeting's past times."""
    doc = doc_of("Athletics: weekend roundup\n\nPARIS, Feb 8, 2026 (AFP) - Round-up of the weekend's main athletics results:\n\n"
                 "NEW YORK - American Yared Nuguse retained his Wanamaker Mile title at the Millrose Games on Saturday, clocking "
                 "3:47.81 at the Armory.\n\nCASTELLON, Spain - Ethiopia's Berihu Aregawi pulled away to win the Castellon 10K in "
                 "26:41 on Sunday.\n\nRAS AL KHAIMAH, United Arab Emirates - Kenya's Sabastian Sawe won the Ras Al Khaimah Half "
                 "Marathon in 58:20 on Saturday.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("3:47.81", "result"), ("26:41", "result"), ("58:20", "result")]


def test_results_a_record_holder_at_an_event_with_a_time(doc_of) -> None:
    """"Hull, the Australian record holder at 1500m with 3:57.29": her record, an old mark, not a result."""
    doc = doc_of("Jessica Hull won the women's 3000m in 8:37.55. Hull, the Australian record holder at 1500m with 3:57.29, said "
                 "she was pleased.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("8:37.55", "result"), ("3:57.29", "other")]


def test_results_the_first_section_is_no_place(doc_of) -> None:
    """"finished third in the first section of the men's 5000m": third, "first" the section's number."""
    doc = doc_of("Sam Delgado raced at the Stanford Invitational on Friday night. He finished third in the first section of the "
                 "men's 5000m in 13:31.42.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("13:31.42", 3)]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Titus Kipruto won the Paris Marathon in 2:06:14.\n\nMelody Julien, for her part, was third in 2:24:02. The winner of "
         "the 20 km of Paris in October (in 1:05:58) had passed 10km in 33:18 with the leading group.", "1:05:58",
         ("other", "Melody Julien")),
        ("Titus Kipruto won the Paris Marathon in 2:06:14.\n\nHugo Hay, for his part, will return to the track this summer. The "
         "winner of the last 20 km of Paris in 59:48 has explained that he paced.", "59:48", ("other", "Hugo Hay")),
        ("Mohamed Attaoui won the 800m in 1:44.20. Attaoui arrived with doubts. The winner of last year, for comparison, needed "
         "1:46.80 for the gold.", "1:46.80", ("other", None)),
        ("Titus Kipruto won the Paris Marathon in 2:06:14. The winner of the men's race was never threatened.", "2:06:14",
         ("result", "Titus Kipruto")),
    ],
    ids=["the-winner-of-another-race", "the-winner-of-its-last-edition", "last-year-s-winner", "this-race-s-winner"],
)
def test_results_the_winner_of_another_race_is_not_this_race_s(doc_of, text: str, needle: str, expected: tuple) -> None:
    """"The winner of the 20 km of Paris in October (in 1:05:58)" in a marathon's report is the athlete named before, who
    won that race, not the marathon's winner; "The winner of last year" someone unnamed; "the winner of the men's race"
    this race's."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.athlete.label_ if r._.athlete is not None else None) == expected


def test_results_the_main_clause_after_a_passive_participle_with_its_agent(doc_of) -> None:
    """"Pulled by Hugo Hay, who served as hare ..., the tricolour has overtaken four Africans to finish third in 2h07'48": the
    main clause's subject (French copy translated: "the tricolour", a French runner), not the participle's agent."""
    doc = doc_of("Behind, Mehdi Frere has run a race of great maturity. Pulled by Hugo Hay, who served as hare for the Blues "
                 "until the 30th kilometre, the tricolour has overtaken four Africans to finish third in 2h07'48.")
    assert [(r.text, r._.athlete.label_) for r in doc.spans["results"]] == [("2h07'48", "Mehdi Frere")]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Josh Kerr won the 1500m in Oslo. The new meeting record is 3:27.11, achieved by Kerr in a last-lap duel.", "3:27.11",
         ("result", "Josh Kerr")),
        ("Jacob Kiplimo won in Barcelona. His time of 57:30, achieved by running negative splits, was a course record.", "57:30",
         ("result", "Jacob Kiplimo")),
    ],
    ids=["a-new-record-achieved-by", "achieved-by-running"],
)
def test_results_a_record_achieved_today_is_a_result(doc_of, text: str, needle: str, expected: tuple) -> None:
    """"achieved by"/"created by" as a record's setter was tried for translated copy ("the national record is 2:19:39,
    created by Sun Yingjie in 2003") and taken out: the review of 82970e4 found this race's records told so."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.athlete.label_) == expected

@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Evans Chebet won the New York City Marathon. He was first to the finish in Central Park, which he reached in 2:08:41.",
         "2:08:41", ("result", "Evans Chebet", 1)),
        ("Jacob Kiplimo won the Chicago Marathon. He crossed the line at Grant Park, reached in 2:02:23, clear of the field.",
         "2:02:23", ("result", "Jacob Kiplimo", 1)),
        ("Kenenisa Bekele took third place, reached in 2:05:41, in the London Marathon.", "2:05:41", ("result", "Kenenisa Bekele", 3)),
        ("Faith Kipyegon, the world record holder at 1500m, won with 3:49.11 in Paris on Sunday.", "3:49.11",
         ("result", "Faith Kipyegon", 1)),
        ("John Korir won the 2025 Boston Marathon on Monday. Conner Mantz was fifth. The winner of the 2025 Boston Marathon "
         "crossed the line in 2:04:45 after falling at the start.", "2:04:45", ("result", "John Korir", 1)),
        ("Men's 1500m heats at the World Championships\n\nJosh Kerr was the winner of the last heat in 3:35.20, ahead of Niels "
         "Laros.", "3:35.20", ("result", "Josh Kerr", 1)),
        ("Karsten Warholm won the 300m hurdles in 33.05 in Oslo. The winner of the previous edition, Rai Benjamin, was second "
         "in 33.40.", "33.40", ("result", "Rai Benjamin", 2)),
        ("Jakob Ingebrigtsen was beaten in Oslo. Overtaken by Yomif Kejelcha, the Norwegian slowed to 12:55.10 while the "
         "Ethiopian won in 12:51.20.", "12:51.20", ("result", "Yomif Kejelcha", 1)),
        ("Joshua Cheptegei won the Great Ireland Run in 28:05. He had won the Bix 7 Mile in 32:10 the previous summer.",
         "28:05", ("result", "Joshua Cheptegei", 1)),
    ],
    ids=["the-finish-which-he-reached", "the-line-at-a-place-reached", "a-place-reached", "a-record-holder-set-off",
         "this-year-s-winner", "the-last-heat", "the-previous-edition-s-winner-now", "a-contrast-clause", "a-past-miles-race"],
)
def test_results_what_the_review_of_82970e4_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: a finish reached is the result; a record holder's title set off by commas does not reach the
    time; a year may be this edition's; the last heat is no past edition; a clause after "while" has its own subject; a
    past race over miles is no event of the race reported."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.athlete.label_, r._.place) == expected
    if "Cheptegei" in text:
        assert r._.race.event != "7 miles"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Jacob Kiplimo won the Vienna half marathon. He ran alone past 10km to the Rathausplatz, which he reached in 59:30.",
         "59:30", ("result", "Jacob Kiplimo")),
        ("Jacob Kiplimo won the half marathon. He ran through the last 6km to the Tower of London, which he reached in 59:05 to "
         "win.", "59:05", ("result", "Jacob Kiplimo")),
        ("Grant Fisher won the first heat of the 5000m in 13:18.20. The winner of the last of the three heats in 13:20.11, "
         "Hagos Gebrhiwet, looked the strongest.", "13:20.11", ("result", "Hagos Gebrhiwet")),
        ("Faith Kipyegon won the 1500m in 3:50.10. Jessica Hull was second in the 1500m in 3:51.00. The winner of the 800m ran "
         "1:56.30.", "1:56.30", ("result", None)),
    ],
    ids=["past-a-distance-to-a-place", "the-last-stretch-to-the-finish", "the-last-of-the-heats", "another-event-s-winner"],
)
def test_results_what_the_second_review_of_this_stop_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The second review's cases: a point reached is a distance only when all of it is one; a winner of the last of
    today's heats is no past edition's; the winner of another event of the day is no one named."""
    found = [(r.label_, r._.athlete.label_ if r._.athlete is not None else None) for r in doc_of(text).spans["results"] if r.text == needle]
    assert found == ([expected] if expected[1] is not None else [])  # (a time no one named ran is no result at all)


def test_results_a_point_reached_before_the_win_told_after(doc_of) -> None:
    """The third review's case: "led past 35km to the Brandenburg Gate, which he reached in 1:58:40 to take a 30-second lead,
    and won in 2:03:30": the Gate's time a passage, the finish told after it."""
    doc = doc_of("In the marathon, Kipchoge led past 35km to the Brandenburg Gate, which he reached in 1:58:40 to take a 30-second "
                 "lead, and won in 2:03:30.")
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["2:03:30"]


def test_results_a_translated_marathon_s_passages_and_past_record(doc_of) -> None:
    """Machine-translated copy of a marathon: "The passage for the half marathon was in", "In the 30 kilometers, reached in"
    are points of the race (not its event: the results after them are the marathon's); "Mutiso, second, ... with" is a place
    set off by commas; a record "in the edition of 2020" is an old mark."""
    doc = doc_of(
        "Kelvin Kiptum won the Valencia Marathon with a chrono of 2h01:53. The passage for the half marathon was in 1h00:55, with "
        "Kiptum and Alexander Mutiso still together. In the 30 kilometers, reached in 1h26:35, the hares retired. Mutiso, second, "
        "also achieved a great mark with 2:03:29. The previous record of the circuit for the men was in possession of Evans Chebet, "
        "with 2h03:00 in the edition of 2020.")
    assert [(r.text, r.label_, athlete_of(r), r._.place, r._.race.event) for r in doc.spans["results"]] == [
        ("2h01:53", "result", "Kelvin Kiptum", 1, "marathon"),
        ("2:03:29", "result", "Alexander Mutiso Munyao", 2, "marathon"),
        ("2h03:00", "other", "Evans Chebet", None, "marathon"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiptum won in 2:01:53. Kiptum ran the third best mark of all time and Amane Beriso won in 2h14:58.", "Amane Beriso"),
        ("Kiptum won in 2:01:53. Kiptum beat Mutiso and Amane Beriso won in 2h14:58.", "Amane Beriso"),
        ("Kiptum won in 2:01:53. Kiptum finished ahead of Mutiso and Amane Beriso in 2h14:58.", "Amane Beriso"),
    ],
    ids=["of-all-time-and-name-won", "beat-x-and-name-won", "ahead-of-x-and-y"],
)
def test_results_a_name_after_and_opening_its_own_clause(doc_of, text: str, expected: str) -> None:
    """A name after "and" that follows an object's cue ("of", "beat") and is followed by its verb is its own clause's
    subject, and owns the time after it."""
    assert [athlete_of(r) for r in doc_of(text).spans["results"] if r.text == "2h14:58"] == [expected]


def test_results_a_step_back_is_a_finish_margin(doc_of) -> None:
    """"with Marchetti a step back in 4:09.01": one step, like one stride, is a finish's margin, the time the named runner's
    (not a number of steps, a gap during the race)."""
    doc = doc_of("Jalen Brooks held off Eli Marchetti to win the 1600m in 4:08.33, with Marchetti a step back in 4:09.01.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("4:08.33", "Jalen Brooks"), ("4:09.01", "Eli Marchetti")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Looking back at the London Marathon of 2003. The 2:15:25 that Paula Radcliffe ran through the streets of London on "
         "13 April 2003 still looks unreal. Radcliffe crossed the line on The Mall in 2:15:25.", [("2:15:25", "result"), ("2:15:25", "result")]),
        ("Sifan Hassan won the London Marathon on 23 April 2023 in 2:18:33. It was slower than the 2:15:25 that Paula Radcliffe "
         "ran through the streets of London on 13 April 2003.", [("2:18:33", "result"), ("2:15:25", "other")]),
    ],
    ids=["dated-on-the-race-s-day", "dated-in-another-year"],
)
def test_results_a_look_back_at_the_race_dated_on_its_day(doc_of, text: str, expected: list) -> None:
    """"the 2:15:25 that Paula Radcliffe ran ... on 13 April 2003", in a look back at the 2003 race: the race's own result,
    not an old mark (one dated in another year than the race's is)."""
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Castle Meadow parkrun: Bev Marsden 22:07 (1st VW55-59); Ollie Marsden 23:50 (1st JM11-14); Rhian Pugh 24:31",
         [("22:07", None), ("23:50", None), ("24:31", None)]),
        ("Dan Hollis won the Castle Meadow parkrun in 16:48.\n\nCastle Meadow parkrun: Bev Marsden 22:07; Ollie Marsden 23:50; "
         "Rhian Pugh 24:31", [("16:48", 1), ("22:07", None), ("23:50", None), ("24:31", None)]),
        ("Bev Marsden was first in the VW55-59 category with 22:07.", [("22:07", None)]),
        ("Castle Meadow parkrun: Bev Marsden 22:07; Ollie Marsden 23:50; Rhian Pugh 24:31", [("22:07", 1), ("23:50", 2), ("24:31", 3)]),
    ],
    ids=["a-parkrun-s-category-notes", "a-faster-result-told-before", "a-range-category", "a-list-of-the-top"],
)
def test_results_a_club_s_own_list_is_no_top_of_the_race(doc_of, text: str, expected: list) -> None:
    """A club's list of its runners is no finishing order: its notes of categories with ranges ("(1st VW55-59)"), or a
    faster result of the race told elsewhere in the text; a list with neither is the race's top, placed in order."""
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keely Hodgkinson won the 800m in 1:55.78. Audrey Werro broke her own Swiss record with 1:57.48 in fourth.",
         ("result", "Audrey Werro", 4)),
        ("Keely Hodgkinson won the 800m in 1:55.78. Audrey Werro, who owns the Swiss record with 1:57.48, was fourth in 1:58.10.",
         ("other", "Audrey Werro", None)),
    ],
    ids=["her-own-record-with", "owns-the-record-with"],
)
def test_results_her_own_record_with_a_time_is_the_new_one(doc_of, text: str, expected: tuple) -> None:
    """"broke her own Swiss record with 1:57.48": "own" after a possessive is no verb, the time after "with" the new record
    (one "owns the Swiss record with" stays an old mark)."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == "1:57.48")
    assert (r.label_, athlete_of(r), r._.place) == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Eliud Kipchoge won the 42km race in 2:03:05.", "2:03:05", ("result", "marathon", 1)),
        ("Masatora Kawano won the 35km race walk in 2:25:12.", "2:25:12", ("result", "35km race walk", 1)),
        ("Jacob Kiplimo won the 15km, covered in 41:05 on a hilly Nijmegen course.", "41:05", ("result", "15km", 1)),
        ("Faith Kipyegon booked her passage for the 1500m final with 3:58.87 and then won it in 3:51.29.", "3:51.29",
         ("result", "1500m", 1)),
        ("Brown, second, fourth and first in his last three starts, won the 5000m in 13:10.22.", "13:10.22", ("result", "5000m", 1)),
        ("Mo Farah won the Chicago Marathon on 7 October 2018 in 2:05:11. Weeks before, he had watched the 2:01:39 that Eliud "
         "Kipchoge ran in Berlin on 16 September 2018.", "2:01:39", ("other", "marathon", None)),
    ],
    ids=["42km-is-a-marathon", "a-race-walk", "covered-in-is-the-race-s", "booked-passage-for-a-final", "a-list-of-past-places",
         "another-race-of-the-year"],
)
def test_results_what_the_review_of_a8fe850_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: a 42km race is a marathon and a 35km race walk its own; "the 15km, covered in" is the race, not a
    point, and "booked her passage for the 1500m final" a qualification; ordinals listed after a name are past places, not this
    race's; a look back dated in the race's year but at another place ("in Berlin" in a story of Chicago) is an old mark."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.race.event, r._.place) == expected


def test_results_a_training_time_does_not_unplace_a_list(doc_of) -> None:
    """The review's case: "Dan Hollis ran 16:48 for 5km in training" is no placed result of the race, so the list after it,
    with no faster placed result told, is still the race's top, placed in order."""
    doc = doc_of("Dan Hollis ran 16:48 for 5km in training on Tuesday.\n\nCastle Meadow parkrun: Bev Marsden 22:07; Ollie Marsden "
                 "23:50; Rhian Pugh 24:31")
    assert [(r.text, r._.place) for r in doc.spans["results"] if r.text != "16:48"] == [("22:07", 1), ("23:50", 2), ("24:31", 3)]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Kipruto won the marathon in 2:02:16. Mutiso, second, in his debut, ran 2:03:29.", "2:03:29", ("result", "marathon", 2)),
        ("Eliud Kipchoge won in 2:03:05. The half marathon, covered in 1:01:30, was on record pace.", "2:03:05", ("result", None, 1)),
        ("Kipyegon won the 1500m; the chrono marked 3'51\" at the finish.", "3'51\"", ("result", "1500m", 1)),
    ],
    ids=["second-in-his-debut", "a-point-covered-in", "a-clock-s-whole-seconds"],
)
def test_results_what_the_review_of_e10a3fa_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review of e10a3fa's cases: an ordinal set off before "in his debut" is still the place; "The half marathon, covered in"
    is a point, no event for the winner; a clock read ("the chrono marked 3'51"") gives a time."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.race.event, r._.place) == expected


def test_results_a_club_list_after_its_own_runner_s_faster_time(doc_of) -> None:
    """The review of e10a3fa's case: "Our own Dan Hollis ran 16:48 there, fourth overall" is a faster result of the race: the list is
    a club's own, unplaced."""
    doc = doc_of("Castle Meadow parkrun: Bev Marsden 22:07; Ollie Marsden 23:50; Rhian Pugh 24:31. Our own Dan Hollis ran 16:48 "
                 "there, fourth overall.")
    assert [(r.text, r._.place) for r in doc.spans["results"] if r.text != "16:48"] == [("22:07", None), ("23:50", None), ("24:31", None)]


def test_results_two_winners_won_by(doc_of) -> None:
    """"The full marathon was won by Tauranga's Sam Whitfield in 2:21:47 and Christchurch's Hannah Ruawai in 2:43:30": the
    second name after "won by", with its own time, won too (the women's race)."""
    doc = doc_of("The full marathon was won by Tauranga's Sam Whitfield in 2:21:47 and Christchurch's Hannah Ruawai in 2:43:30, "
                 "while more than 13,000 runners took part.")
    assert [(athlete_of(r), r._.place) for r in doc.spans["results"]] == [("Sam Whitfield", 1), ("Hannah Ruawai", 1)]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Sifan Hassan won the London Marathon in 2:18:33. Tigst Assefa, first, in 2023 and 2024, ran 2:19:10 for second.", "2:19:10",
         ("result", "marathon", 2)),
        ("Sisay Lemma won in 2:04:17. Conner Mantz, fifth, at last year's trials, ran 2:07:47.", "2:07:47", ("result", "marathon", None)),
        ("Joshua Cheptegei won Sunday's 15km, covered in 41:05 on a hilly course.", "41:05", ("result", "15km", 1)),
    ],
    ids=["a-stated-place-after", "a-past-aside", "sunday-s-15km-covered-in"],
)
def test_results_what_the_review_of_57883a1_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review of 57883a1's cases: an ordinal set off after a name gives way to a place stated after the time and to an
    aside of the past ("at last year's trials"); a distance covered in a time is the race unless it opens its sentence."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r.label_, r._.race.event, r._.place) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dan Hollis treated Saturday's parkrun as a tempo effort but was still first finisher overall in 16:48.\n\nCastle Meadow "
         "parkrun: Bev Marsden 22:07; Tom Reid 23:10; Ana Lopes 24:55.", [None, None, None]),
        ("Hyde Park 5K: Tom Mortimer 14:55, Ben Connor 15:10, Andy Vernon 15:30. Mortimer said he would have liked to run 14:40, and a "
         "14:30 is his goal for the summer.", [1, 2, 3]),
    ],
    ids=["a-tempo-effort-that-won", "times-hoped-for"],
)
def test_results_a_list_s_places_after_the_review_of_57883a1(doc_of, text: str, expected: list) -> None:
    """The review of 57883a1's cases: a race run "as a tempo effort" is still a faster result of it (the list after is a
    club's own); times hoped for ("would have liked to run 14:40", "his goal") unplace no list."""
    listed = [r for r in doc_of(text).spans["results"] if r.text in ("22:07", "23:10", "24:55", "14:55", "15:10", "15:30")]
    assert [r._.place for r in listed] == expected


def test_results_a_distance_time_after_a_sprint_hurdles_race_is_not_the_hurdles(doc_of) -> None:
    """"Chebet took bronze in 8:22.68" after the 60m hurdles was told again: no one runs the 60m hurdles in eight minutes, so
    the time takes the 3,000 named before (the 60m hurdles had no world record in the table that says so, and every time
    fitted it)."""
    doc = doc_of("Grant Holloway won the 60m hurdles in 7.29. Elle Purrier St. Pierre won the women's 3,000 in 8:20.87.\n\n"
                 "Holloway had cruised through the morning heats in 7.50 and then won his semi-final in 7.38.\n\n"
                 "Tsegay had promised to run from the front. Beatrice Chebet took bronze in 8:22.68.")
    assert {(r.text, r._.race.event) for r in doc.spans["results"] if r.text in ("7.29", "8:22.68")} == {
        ("7.29", "60m hurdles"), ("8:22.68", "3000m")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40 minutes later, Elle Purrier St. Pierre produced the upset of the championships. The 29-year-old from a Vermont "
         "dairy farm chased down Ethiopia's Gudaf Tsegay in the last 20 meters of the women's 3,000 and won by one hundredth of a "
         "second, 8:20.87 to 8:20.88.",
         [("8:20.87", "Elle St. Pierre"), ("8:20.88", "Gudaf Tsegay")]),
        ("Faith Kipyegon ran down Jessica Hull on the last bend to win in 3:51.82 against 3:52.04.",
         [("3:51.82", "Faith Kipyegon"), ("3:52.04", "Jessica Hull")]),
    ],
    ids=["chased-down-and-won-by-a-margin", "ran-down"],
)
def test_results_a_pair_after_a_rival_run_down(doc_of, text: str, expected: list) -> None:
    """"chased down Ethiopia's Gudaf Tsegay ... and won by one hundredth of a second, 8:20.87 to 8:20.88": the one run down is
    beaten, the pair's second time hers (both were the winner's)."""
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sheila Chepkirui of Kenya pulled away from the defending champion, Hellen Obiri, inside the final 800 meters and won in "
         "2:24:35.", [("2:24:35", "Sheila Chepkirui")]),
        ("After pulling clear of the pack, Sheila Chepkirui won in 2:24:35.", [("2:24:35", "Sheila Chepkirui")]),
        ("Sheila Chepkirui won. Behind the leader, Hellen Obiri ran 2:24:49.", [("2:24:49", "Hellen Obiri")]),
    ],
    ids=["a-name-in-apposition-to-an-object", "a-subject-after-an-opening-phrase", "a-subject-after-a-phrase-of-place"],
)
def test_results_a_name_in_apposition_to_an_object(doc_of, text: str, expected: list) -> None:
    """"pulled away from the defending champion, Hellen Obiri, inside the final 800 meters and won in 2:24:35": a name set off
    by commas after the description of one beaten is an object too (the win was Obiri's); a name after an opening phrase, not
    closed by a comma, is the subject."""
    assert [(r.text, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen ran the Bowerman Mile. His 3:43.73 was the third-fastest mile in history.", None),
        ("Osama Zoghlami is fourth in 8'09\"71, record personal.", 4),
    ],
    ids=["a-rank-of-a-mark", "translated-present-with-its-time"],
)
def test_results_a_place_said_with_is_or_a_compound_ordinal(doc_of, text: str, expected: int | None) -> None:
    """"was the third-fastest mile in history" ranks a mark, no place in the race; translated copy's present "is fourth in
    8'09"71" is one (only with the time after it: "is the second Italian of all time" is none)."""
    assert [r._.place for r in doc_of(text).spans["results"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eszter Csillag won in 4:16:20. Second was local legend Jackie Merritt in 4:24:51 and third was Anna Dudek (4:29:10).",
         [("4:16:20", 1), ("4:24:51", 2), ("4:29:10", 3)]),
        ("Fastest Strider home was Dan Whitlock in 58:47. Second Strider and first lady was Priya Raman in 1:04:12.",
         [("58:47", None), ("1:04:12", None)]),
    ],
    ids=["a-description-before-the-name-and-a-second-inverted-place", "a-club-s-place"],
)
def test_results_inverted_places_with_a_description_or_after_and(doc_of, text: str, expected: list) -> None:
    """"Second was local legend Jackie Merritt in 4:24:51 and third was Anna Dudek": an inverted place with a description
    before the name, and one after "and" right before "was"; not a club's own places ("Second Strider and first lady was")."""
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"]] == expected


def test_results_an_age_category_s_results_line_keeps_its_event(doc_of) -> None:
    """"W60 3000m: 1 Margaret Threlfall (Calder Valley) 12:02.55; ... 3 Pauline Hebden (Halifax) 12:44.91": masters run slower
    than 1.7 times the world record, and their line names its event; the slowest time no longer moves the line to the 5000m
    named after it."""
    doc = doc_of("RESULTS\n\nW60 3000m: 1 Margaret Threlfall (Calder Valley) 12:02.55; 2 Siobhan Carey (Pennine MAC) 12:19.80; "
                 "3 Pauline Hebden (Halifax) 12:44.91.\nM65 5000m (hand timed): 1 Keith Barraclough (Wakefield) 18:41.3.\n")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [
        ("12:02.55", "3000m"), ("12:19.80", "3000m"), ("12:44.91", "3000m"), ("18:41.3", "5000m")]


@pytest.mark.parametrize(
    ("text", "second", "wrong"),
    [
        # a beaten pronoun: not a possessive, not negated, not someone of another sentence's race
        ("Gudaf Tsegay set the pace. Faith Kipyegon beat her personal best, 3:49.04 to 3:49.11.", "3:49.11", "Gudaf Tsegay"),
        ("Jessica Hull led at the bell. Faith Kipyegon beat her time from the heats, 3:55.10 to 3:58.21.", "3:58.21", "Jessica Hull"),
        ("Matthew Centrowitz trailed Taoufik Makhloufi for much of the race in Rio. Makhloufi never caught him, 3:50.00 to 3:50.11.",
         "3:50.11", "Matthew Centrowitz"),
        ("Karsten Warholm won the 400m hurdles in 46.8. In the 400m, the Grenadian led into the straight, but Michael Norman passed "
         "him, 44.12 to 44.50.", "44.50", "Karsten Warholm"),
    ],
    ids=["her-personal-best", "her-time-from-the-heats", "never-caught-him", "another-race-s-runner"],
)
def test_results_what_this_stop_s_review_found_of_beaten_pronouns(doc_of, text: str, second: str, wrong: str) -> None:
    """The review of the beaten pronoun ("Nokes edged him at the line, 14:02.11 to 14:02.50"): a possessive "her" is no one
    beaten, a negated verb beats no one, and the pronoun's runner is named in its own sentence (not another race's before)."""
    assert wrong not in [athlete_of(r) for r in doc_of(text).spans["results"] if r.text == second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senior Ryan Smith is fifth in 2 events at the state meet, including the 800 in 1:52.4.", [None]),
        ("Jane Doe is second in 3A girls rankings and won the 1600 in 4:55.2.", [1]),
        ("Third was the aim for Jane Doe, but she finished fifth in 4:12.1.", [5]),
        ("First was the target for Laura Muir, but she was fourth in 3:57.1.", [4]),
    ],
    ids=["is-fifth-in-a-count", "is-second-in-a-ranking", "third-was-the-aim", "first-was-the-target"],
)
def test_results_what_this_stop_s_review_found_of_places(doc_of, text: str, expected: list) -> None:
    """The review of "is fourth in 8'09"71" and "Second was local legend Jackie Merritt": "is fifth in 2 events" has no time
    after it, and "Third was the aim for Jane Doe" is a hope, no place."""
    assert [r._.place for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beatrice Chebet was the favourite. Over the final lap, Gudaf Tsegay, the world record holder, pulled away and won in "
         "14:00.21.", "Gudaf Tsegay"),
        ("Hellen Obiri was the favourite. Behind the pacemakers, Sharon Lokedi, the 2022 champion, ran patiently and won in "
         "2:23:23.", "Sharon Lokedi"),
    ],
    ids=["over-the-final-lap", "behind-the-pacemakers"],
)
def test_results_what_this_stop_s_review_found_of_appositions(doc_of, text: str, expected: str) -> None:
    """The review of a name in apposition to an object ("pulled away from the defending champion, Hellen Obiri,"): a phrase
    opening the sentence governs no object, its name after it the subject."""
    assert [athlete_of(r) for r in doc_of(text).spans["results"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen, the Olympic champion, set off fast in the 1500m, but Josh Kerr passed him in the straight, 3:27.79 "
         "to 3:28.24.", [("3:27.79", "Josh Kerr"), ("3:28.24", "Jakob Ingebrigtsen")]),
        ("Yared Nuguse won the mile in 3:46.22. Behind the pacemaker, Erik Sowinski, the field went through 800m in 1:51.2.",
         [("3:46.22", "Yared Nuguse")]),
        ("Jessica Hull is second in 1,500m world lists this year with 3:55.11.", [("3:55.11", "Jessica Hull")]),
    ],
    ids=["an-olympic-champion-in-apposition", "the-pacemaker-s-name", "a-world-list"],
)
def test_results_the_sixth_stop_s_second_review(doc_of, text: str, expected: list) -> None:
    """The second review: a description in apposition to a runner named in the pair's sentence lets the beaten pronoun stand
    for that runner; a name after "Behind the pacemaker," is the pacemaker's (no result of the field's 800m); "is second in
    1,500m world lists" is a ranking, no place."""
    results = [r for r in doc_of(text).spans["results"] if r.label_ == "result"]
    assert [(r.text, athlete_of(r)) for r in results] == expected
    assert all(r._.place is None for r in results if r.text == "3:55.11")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Switzerland's Marcel Hug — \"the Silver Bullet\" to his fans — won the men's race in 18:21, well clear of Daniel "
         "Romanchuk (19:02).", [("18:21", 1), ("19:02", 2)]),
        ("Agata Gijemo won with the time 4:07,14. Silver took Georgia Bell (4:07,38), and bronze Sarah Healy (4:07,80).",
         [("4:07,14", 1), ("4:07,38", 2), ("4:07,80", 3)]),
    ],
    ids=["a-nickname", "translated-medals"],
)
def test_results_a_medal_s_colour_in_a_name_is_no_place(doc_of, text: str, places: list) -> None:
    """"the Silver Bullet", a nickname, is no silver: Hug, who won, had been placed second (and Romanchuk third). A medal
    before a name stays a place ("and bronze Sarah Healy", translated Polish)."""
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result"] == places


def test_results_a_mark_set_at_a_meeting_of_a_year_gone_is_no_result(doc_of) -> None:
    """"Masterkova's 4:12.56, set at the Weltklasse meeting on Aug. 14, 1996, had survived 23 seasons": the record broken,
    an earlier mark (as "set in 1996" was), not a result of Monaco's mile."""
    doc = doc_of("MONACO (Reuters) - Sifan Hassan broke the mile world record at the Monaco Diamond League meeting on Friday in "
                 "4:12.33, taking 0.23 seconds off the mark of Svetlana Masterkova.\n\nMasterkova's 4:12.56, set at the Weltklasse "
                 "meeting on Aug. 14, 1996, had survived 23 seasons of attacks.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("4:12.33", "result", "Sifan Hassan"), ("4:12.56", "other", "Svetlana Masterkova")]


def test_results_a_standard_said_in_a_clause_of_its_own_is_no_result(doc_of) -> None:
    """"Tiernan, too, fell short of the Olympic standard, which is set at a daunting 27:28.00": a standard, a time of no race
    (it had been his result)."""
    doc = doc_of("Patrick Tiernan won the men's 10,000m at Zatopek:10 in 28:04.55.\n\nTiernan, too, fell short of the Olympic "
                 "standard, which is set at a daunting 27:28.00.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("28:04.55", "result", "Patrick Tiernan"), ("27:28.00", "other", None)]


def test_results_second_to_a_name_is_not_that_name_s_place(doc_of) -> None:
    """"finishing second to Georgetown graduate student Aidan Kowalczyk (3:58.62)": second is Moriarty's; Kowalczyk won."""
    doc = doc_of("Declan Moriarty ran 3:59.41 in the mile, finishing second to Georgetown graduate student Aidan Kowalczyk "
                 "(3:58.62).")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("3:59.41", "Declan Moriarty", 2), ("3:58.62", "Aidan Kowalczyk", 1)]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("He has already run 7.27 this winter, the world record, at the US championships last month.", "7.27"),
        ("Colin Jackson, whose 7.30 stood as the world record for 27 years until Holloway took it off him, was on BBC duty.", "7.30"),
    ],
    ids=["has-already-run", "stood-as-the-record"],
)
def test_results_a_mark_already_run_or_that_stood_as_a_record_is_earlier(doc_of, text: str, earlier: str) -> None:
    """A live blog of the 60m hurdles final: "has already run 7.27 this winter" and "whose 7.30 stood as the world record for
    27 years" are earlier marks (both had been results of the final, Jackson's a win)."""
    doc = doc_of("HOLLOWAY WINS! Grant Holloway takes the 60m hurdles in 7.29, a championship record.\n\n" + text)
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("7.29", "result"), (earlier, "other")]


def test_results_a_colloquial_demonym_stands_for_its_runner(doc_of) -> None:
    """"The Kiwi ran that last lap in 25.2": the New Zealander (Kiwi, Aussie, as British copy writes them)."""
    doc = doc_of("New Zealand's Geordie Beamish won the 1500m in 3:36.54 from Cole Hocker (3:36.69). The Kiwi ran that last lap in "
                 "25.2.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("25.2", "Geordie Beamish")]


def test_results_a_mark_established_somewhere_in_a_year_gone_is_earlier(doc_of) -> None:
    """"the previous world mark, that his compatriot Geoffrey Kamworor established in Copenhagen in September of 2019 with
    58:01" is an earlier mark, as "set in 2019" is (it had been a result of Valencia's half)."""
    doc = doc_of("VALENCIA - Kibiwott Kandie broke the half marathon world record on Sunday in 57:32, 29 seconds under the previous "
                 "world mark, that his compatriot Geoffrey Kamworor established in Copenhagen in September of 2019 with 58:01.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("57:32", "result"), ("58:01", "other")]


def test_results_a_nordic_results_block_with_clubs_after_commas(doc_of) -> None:
    """A Norwegian federation's results: "5 Eirik Haugland Dahle, Stord IL 28.58,37". Each row's runner and time (the rows
    had been read as headings, word by word, and the club's "IL" had taken the times); "IL Gular", "Stord IL" are clubs."""
    doc = doc_of("Zerei Kbrom Mezngi (IL Gular) won the title in 28:06.41.\n\nRESULTS\n\nMen 10 000 m\n"
                 "1 Zerei Kbrom Mezngi, IL Gular 28.06,41\n5 Eirik Haugland Dahle, Stord IL 28.58,37\n"
                 "6 Jon Ivar Lie, Hamar IL 29.20,14\n")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [
        ("28:06.41", "Zerei Kbrom Mezngi"), ("28.06,41", "Zerei Kbrom Mezngi"), ("28.58,37", "Eirik Haugland Dahle"),
        ("29.20,14", "Jon Ivar Lie")]
    assert {s.label_ for s in doc.spans["athletes"]} == {"Zerei Kbrom Mezngi", "Eirik Haugland Dahle", "Jon Ivar Lie"}


@pytest.mark.parametrize("aside", [", no relation to the winner,", ", a newcomer to the team,"])
def test_results_a_with_phrase_s_runner_set_off_by_an_aside(doc_of, aside: str) -> None:
    """"with Annet Chelangat of Prisons, no relation to the winner, a distant third in 33:40.2": Annet Chelangat's third (the
    aside had handed the time to the sentence's subject)."""
    doc = doc_of(f"Sarah Chelangat won in 33:18.6. Prisca Chesang of Police was second in 33:25.0, with Annet Chelangat of Prisons{aside} "
                 "a distant third in 33:40.2.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]][-1] == ("33:40.2", "Annet Chelangat", 3)


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Now the 5000m: Jakob Ingebrigtsen has already broken clear and wins in 12:48.45.", "12:48.45"),
        ("Beatrice Chebet has already set a meeting record of 13:58.06 tonight in winning the 5000m.", "13:58.06"),
        ("The course record of 2:08:30 had stood for 15 years until Sunday, when Kenya's Edwin Kibet ran 2:07:44 to win the "
         "Dublin Marathon.", "2:07:44"),
        ("Beatrice Chebet set a new facility standard, which is a blistering 8:45.12, in winning the 3000m at Hayward Field.",
         "8:45.12"),
        ("The stage was set in Eugene for the 2025 Bowerman Mile, and Niels Laros delivered, winning in 3:45.94.", "3:45.94"),
    ],
    ids=["has-already-broken-clear", "has-already-set-tonight", "had-stood-for-years", "a-facility-standard", "the-stage-was-set"],
)
def test_results_the_review_of_earlier_marks_and_standards(doc_of, text: str, result: str) -> None:
    """(The review: a live blog's "has already broken clear", a record "set tonight", the new time after "had stood for 15
    years until Sunday", US copy's "a new facility standard", and "The stage was set in Eugene for the 2025 ..." are today's
    results.)"""
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"] if r.text == result] == [(result, "result")]


def test_results_a_medal_table_s_colours_are_places(doc_of) -> None:
    """(The review: "Gold Faith Kipyegon (KEN) 3:51.29", a medal table's line, is first.)"""
    doc = doc_of("Women's 1500m medallists:\nGold Faith Kipyegon (KEN) 3:51.29\nSilver Jessica Hull (AUS) 3:52.56\n"
                 "Bronze Georgia Bell (GBR) 3:52.61")
    assert [r._.place for r in doc.spans["results"]] == [1, 2, 3]


def test_results_a_point_to_point_course_s_run_of_a_year_dates_its_time(doc_of) -> None:
    """"The Dutchman, who won the 2024 up run in 5:36:37", "Frith van der Merwe, whose 5:54:43 on the 1989 down run stood for
    three decades": an edition of the race named by its year and its direction, earlier times, not this year's results."""
    doc = doc_of("Tete Dijana won the 87km up run of the Comrades Marathon in 5:25:00 on Sunday. Piet Wiersma was second in "
                 "5:26:12. The Dutchman, who won the 2024 up run in 5:36:37, clung on.\n\nAsked about Frith van der Merwe, whose "
                 "5:54:43 on the 1989 down run stood for three decades, Gerda Steyn laughed.")
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["5:25:00", "5:26:12"]


@pytest.mark.parametrize("verb", ["signed", "established"])
def test_results_a_time_set_off_as_established_or_signed_in_a_year(doc_of, verb: str) -> None:
    """"her own record of the course, 1:10:34, signed in 2022" (French copy translated; "established" in English too): the
    stretch after the time dates it, an earlier time, as ", set in 2022" does."""
    doc = doc_of("Natacha Wodak won the half-marathon in 1:11:02 this Sunday.\n\nWodak finished with a smile, 28 seconds slower "
                 f"than her own record of the course, 1:10:34, {verb} in 2022.")
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["1:11:02"]


def test_results_wire_agate_s_rows_run_on_after_a_time_with_no_stop(doc_of) -> None:
    """"Men's 60m hurdles: 1. Grant Holloway (U.S.) 7.36 2. Jakub Szymanski (Poland) 7.48": the second row's runner and place
    after the first's time, no stop after it (he had been no athlete, his place none)."""
    doc = doc_of("Grant Holloway won at the Copernicus Cup on Sunday.\n\nLeading results:\n\nMen's 60m hurdles: 1. Grant Holloway "
                 "(U.S.) 7.36 2. Jakub Szymanski (Poland) 7.48\nWomen's 60m hurdles: 1. Ditaji Kambundji (Switzerland) 7.79 2. Pia "
                 "Skrzyszowska (Poland) 7.83")
    assert [(r._.athlete.label_, r.text, r._.place) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("Grant Holloway", "7.36", 1), ("Jakub Szymanski", "7.48", 2), ("Ditaji Kambundji", "7.79", 1), ("Pia Skrzyszowska", "7.83", 2)]


def test_results_italian_ordinals_left_by_a_translation_are_places(doc_of) -> None:
    """Italian copy translated leaves its ordinals: "leaves behind him the Kenyan Abraham Kibiwot, secondo in 8'06"90", "Marcel
    Jacobs, quarto in 10"12": their places (the second had gone to the winner's sentence, the fourth to no one)."""
    doc = doc_of("ROME – Sufian El Bakkali takes the 3000 siepi of the Golden Gala in 8.05,12 and leaves behind him the Kenyan "
                 "Abraham Kibiwot, secondo in 8'06\"90.\n\nIn the 100 metres the South African Akani Simbine has won in 10\"03, while "
                 "Marcel Jacobs, quarto in 10\"12, has received an ovation.")
    assert [(r._.athlete.label_, r._.place) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("Sufian El Bakkali", 1), ("Abraham Kibiwot", 2), ("Akani Simbine", 1), ("Marcel Jacobs", 4)]


def test_results_a_mark_brought_in_labelled_a_best_after_it(doc_of) -> None:
    """A stats site's "Hodgkinson, 19, came in with a 1:58.89 SB and ran 1:59.12": a season's best brought to the race, no
    result of it ("came in with a time of 2:10:05" would be a finish)."""
    doc = doc_of("Keely Hodgkinson won heat 3 in 1:59.12.\n\n- Hodgkinson, 19, came in with a 1:58.89 SB and ran 1:59.12 without "
                 "being pushed in the last 50m.")
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["1:59.12", "1:59.12"]
    assert [r.text for r in doc.spans["results"] if r.label_ != "result"] == ["1:58.89"]


@pytest.mark.xfail(reason="taken back after the third review: 'was N when' also dated the next sentence's times and this race's ('The leaders were 6 when they reached the bell, and Josh Kerr won')", strict=True)
def test_results_an_age_then_dates_the_time_of_its_sentence(doc_of) -> None:
    """A profile's "The younger Chalmers was 15 when he ran that first race at Footes Lane, finishing in 58.9": an age then,
    a time of the past, no result of the championship told."""
    doc = doc_of("Alastair Chalmers won the men's 400m hurdles at the UK Championships in 48.61.\n\nThe younger Chalmers was 15 when "
                 "he ran that first race at Footes Lane, finishing in 58.9 and hitting about seven of the ten hurdles.")
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["48.61"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aregawi could not follow the Ugandan Joshua Cheptegei's surge. The world record holder won in 26:50.12.",
         ('26:50.12', 'Joshua Cheptegei', None, 'result')),
        ("Crowds cheered the teenage Jakob Ingebrigtsen's victory in Oslo. He won the mile in 3:50.20 and said he was proud.",
         ('3:50.20', 'Jakob Ingebrigtsen', None, 'result')),
        ('Gerda Steyn won the 2024 up run in 5:49:46 on Sunday, her fourth Comrades title.',
         ('5:49:46', 'Gerda Steyn', None, 'result')),
        ('Piet Wiersma won the 2024 down run in 5:26:04 on Sunday, beating Tete Dijana.',
         ('5:26:04', 'Piet Wiersma', None, 'result')),
        ('Hellen Obiri won the Boston Marathon in 2:21:01, signed by On Running in 2023 after leaving Nike.',
         ('2:21:01', 'Hellen Obiri', None, 'result')),
        ('Jakob Ingebrigtsen won the 1500m in 3:27.14, signed by Puma in 2019 as a teenager.',
         ('3:27.14', 'Jakob Ingebrigtsen', None, 'result')),
        ('The indoor meeting in Sesto San Giovanni saw Yemaneberhan Crippa win the 3000m in 7\'45"12.',
         ('7\'45"12', 'Yemaneberhan Crippa', 1, 'result')),
        ('Yemaneberhan Crippa won the Cinque Mulini in Sesto San Giovanni, clocking 29\'10"12.',
         ('29\'10"12', 'Yemaneberhan Crippa', 1, 'result')),
        ('Battocletti finished in quarta corsia, the fourth lane, and won the 400m in 53"40.',
         ('53"40', 'Nadia Battocletti', 1, 'result')),
    ],
    ids=['h2', 'c33', 'b23', 'f11', 'b31', 'f17', 'a34', 'e37', 'e39'],
)
def test_results_what_this_stop_s_third_review_found(doc_of, text: str, expected: tuple) -> None:
    """The review: a description after "could not follow the Ugandan Joshua Cheptegei's surge" is his (only a mark's owner after
    an article is no subject); "won the 2024 up run in 5:49:46 on Sunday" is this year's (a day of the race said); ", signed by
    On Running in 2023" is a contract, no date of the time; "in Sesto San Giovanni", "in quarta corsia" are no places."""
    time, athlete, place, label = expected
    found = [(r._.athlete.label_ if r._.athlete is not None else None, r.label_) for r in doc_of(text).spans["results"] if r.text == time]
    assert (athlete, label) in found
    if place is not None:
        assert [r._.place for r in doc_of(text).spans["results"] if r.text == time and r.label_ == "result"] == [place]


def test_results_an_edition_s_year_and_this_year_in_one_sentence(doc_of) -> None:
    """The review: "won the 2023 down run in 6:00:41 and returned to win again in 5:49:46 this year": the first is the 2023
    edition's, the second this year's."""
    doc = doc_of("Alexandra Morozova won the 2023 down run in 6:00:41 and returned to win again in 5:49:46 this year.")
    assert sorted((r.text, r.label_) for r in doc.spans["results"]) == [("5:49:46", "result"), ("6:00:41", "other")]


@pytest.mark.xfail(reason="taken back after the third review: 'the day before' dated the next sentence's and the same sentence's own result ('The heats were held the day before. Kerr won the final in 3:29.10')", strict=True)
def test_results_a_run_the_day_before_is_an_earlier_time(doc_of) -> None:
    """A club newsletter's "Kev ran 26:10 at Richmond parkrun the day before": the day before the race reported, an earlier time
    ("the night before the race" names the race's eve, no time of the past)."""
    doc = doc_of("Kev Dunn finished the Brompton Bridge 10K in 52:06 on Sunday. Kev ran 26:10 at Richmond parkrun the day before.")
    assert sorted((r.text, r.label_) for r in doc.spans["results"]) == [("26:10", "other"), ("52:06", "result")]


@pytest.mark.parametrize(
    ("text", "time", "label"),
    [
        ('Kejelcha was 5 when he started running. On Saturday he won the 3000m in 7:25.10.',
         '7:25.10', 'result'),
        ('The heats were held the day before. Kerr won the final in 3:29.10.',
         '3:29.10', 'result'),
        ('The leaders were 6 when they reached the bell, and Josh Kerr won the 1500m in 3:29.10.',
         '3:29.10', 'result'),
        ('Sarah Jones won the Santa Dash in 17:10 on the morning before Christmas.',
         '17:10', 'result'),
        ('Kev ran 26:10 at Richmond parkrun the day before, then won the Bushy 10k in 33:12.',
         '33:12', 'result'),
        ('Hobbs Kessler came in with a 3:30.10 PB, finishing third, and Kerr then clocked 3:29.10 to win.',
         '3:30.10', 'result'),
        ('Beatrice Chebet ran 28:54.14, signed in Eugene in 2024, a world record.',
         '28:54.14', 'other'),
    ],
    ids=['Kejelcha_was_5_when', 'The_heats_were_held_the_d', 'The_leaders_were_6_when', 'Sarah_Jones_won_the_Santa', 'Kev_ran_26:10_at_Richmond', 'Hobbs_Kessler_came_in_wit', 'signed_in_Eugene_in_2024'],
)
def test_results_what_this_stop_s_fourth_review_found(doc_of, text: str, time: str, label: str) -> None:
    """The review of the mends: an age or "the day before" in one sentence dates no result of the next or of its own race
    (both cues taken back); "came in with a 3:30.10 PB, finishing third, and Kerr then clocked" is his finish; ", signed in
    Eugene in 2024" dates the mark as ", signed in 2024" does."""
    assert label in [r.label_ for r in doc_of(text).spans["results"] if r.text == time]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [
        ("Posted by Lauren Beaulieu · May 26, 2025\n\nMy 10K PB was 56:12 from the Army Run last September.\n\nOfficial chip time: "
         "54:38!!! Gun time was 55:20 but I am choosing not to acknowledge that.", "54:38", [("result", "Lauren Beaulieu")]),
        ("Posted by Lauren Beaulieu · May 26, 2025\n\nMy 10K PB was 56:12 from the Army Run last September.\n\nOfficial chip time: "
         "54:38!!! Gun time was 55:20 but I am choosing not to acknowledge that.", "55:20", [("result", "Lauren Beaulieu")]),
        ("Posted by Lauren Beaulieu\n\nI ran the Ottawa 10K in 54:38. My run club leader Janelle says the next target is 53:30 for "
         "the fall.", "53:30", [("other", "Lauren Beaulieu")]),
        ("Kate Moss won the 10K in 33:10. Her goal was 32:59, she said.", "32:59", [("other", "Kate Moss")]),
    ],
    ids=["official-chip-time", "gun-time-was", "the-next-target-is", "her-goal-was"],
)
def test_results_a_narrator_s_chip_and_gun_times_and_a_target(doc_of, text: str, time: str, expected: list) -> None:
    """A blog's author telling their own race: "Official chip time: 54:38", "Gun time was 55:20" (and "My 10K PB was 56:12" tells
    the post is theirs); "the next target is 53:30" told the author, "Her goal was 32:59" are aims, other times of the one who
    aims (no results)."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == expected


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [
        ("GLASGOW - Josh Kerr won the 3000m in 7:42.98 on Sunday. Kejelcha, meanwhile, has held the world indoor mile record, "
         "3:47.01, since 2019.", "3:47.01", ("other", "Yomif Kejelcha")),
        ("BERLIN - Eliud Kipchoge, who holds the course record of 2:01:09, won again in 2:03:10.", "2:01:09", ("other", "Eliud Kipchoge")),
        ("BERLIN - Eliud Kipchoge, who holds the course record of 2:01:09, won again in 2:03:10.", "2:03:10", ("result", "Eliud Kipchoge")),
    ],
    ids=["has-held-the-record", "who-holds-the-record-of", "the-race-s-own-after-it"],
)
def test_results_a_record_said_to_be_held(doc_of, text: str, time: str, expected: tuple) -> None:
    """A record said to be held ("has held the world indoor mile record, 3:47.01, since 2019") is its holder's mark, no result."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [
        ("The champion of the F35 category Anna Bell won in 18:01.", "18:01", [("Anna Bell", 1)]),
        ("Winner of the M45 race Gareth Lowe clocked 4:51.20.", "4:51.20", [("Gareth Lowe", 1)]),
    ],
    ids=["champion-of-the-f35-category", "winner-of-the-m45-race"],
)
def test_results_a_masters_class_after_of_is_no_object_s(doc_of, text: str, time: str, expected: list) -> None:
    """A review's probes: a masters' age class after "of" leaves the name after it the subject who won (an age class keeps a
    name an object only after a rival's word: "second behind the M45 Gareth Lowe")."""
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.text == time] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted by Emma Stone\n\nDad ran the London Marathon. Official chip time: 4:12:30. So proud of him!", []),
        ("Posted by Emma Stone\n\nI ran the Manchester Marathon. My 10K PB was 48:10 and my half PB was 1:45:20. Official chip "
         "time: 3:41:10.", [("3:41:10", "result", "Emma Stone"), ("48:10", "other", "Emma Stone"), ("1:45:20", "other", "Emma Stone")]),
    ],
    ids=["dad-s-chip-time", "my-pbs-are-bests"],
)
def test_results_a_blog_s_chip_time_and_bests_of_others_or_past(doc_of, text: str, expected: list) -> None:
    """The review's probes: a chip time in a paragraph about someone else is not the author's; "My 10K PB was 48:10" is a best,
    no result."""
    doc = doc_of(text)
    assert sorted((r.text, r.label_, athlete_of(r)) for r in doc.spans["results"] if r._.athlete is not None) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [
        ("Beatrice Chebet ran away from the field in Eugene and now holds the world record, 13:58.06, the first woman under 14 "
         "minutes.", "13:58.06", ("result", "Beatrice Chebet")),
        ("Posted by Tom Hughes\n\nLeeds 10K done. My PB is 44:05 now!", "44:05", ("result", "Tom Hughes")),
        ("Posted by Emma Stone\n\nBath Half done! Official chip time: 1:49:20. My legs are wrecked.", "1:49:20", ("result", "Emma Stone")),
    ],
    ids=["now-holds-the-record-set-today", "my-pb-is-now", "chip-time-then-my-legs"],
)
def test_results_what_the_review_of_the_mends_found(doc_of, text: str, time: str, expected: tuple) -> None:
    """The third review's probes: a record set in the race and now held is its result; a blog's "My PB is 44:05 now!" and a chip
    time in a paragraph whose "My" is the author's are the author's results; a masters' age class before a rival after "ahead
    of" keeps the rival an object."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


def test_results_a_rival_after_ahead_of_and_a_masters_class_is_no_subject(doc_of) -> None:
    """The third review's probe: "finished ahead of the F45 record holder Mary Roe in 18:30" gives Mary Roe, the object, no
    result."""
    doc = doc_of("Anna Bell (F35) won in 18:01. Kate Hill finished ahead of the F45 record holder Mary Roe in 18:30.")
    assert [athlete_of(r) for r in doc.spans["results"] if athlete_of(r) == "Mary Roe"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Peter Lynch came home third overall in the 43rd Dublin Marathon in 2:12:03.", 3),
        ("Joan Benoit Samuelson ran again in the 123rd Boston Marathon in 3:04:00.", None),
        ("Kiplimo was in the 20th edition of the race in 59:40.", None),
    ],
    ids=["third-in-the-43rd-dublin-marathon", "the-123rd-boston-marathon", "the-20th-edition"],
)
def test_results_an_edition_s_ordinal_before_its_name_is_no_place(doc_of, text: str, place: int | None) -> None:
    """"in the 43rd Dublin Marathon in 2:12:03": an edition's ordinal before the race's name places nobody."""
    assert [r._.place for r in doc_of(text).spans["results"]] == [place]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Two days after he ran 2:04:43 at the Chicago Marathon to finish fifth and break Khalid Khannouchi's American record "
         "of 2:05:38, Conner Mantz was still walking down stairs sideways.", "Conner Mantz"),
        ("After she crossed the line in 2:18:12, Hellen Obiri collapsed into the arms of her coach.", "Hellen Obiri"),
    ],
    ids=["two-days-after-he-ran", "after-she-crossed"],
)
def test_results_a_pronoun_opening_a_clause_before_the_main_clause_s_runner(doc_of, text: str, owner: str) -> None:
    """"Two days after he ran 2:04:43 ..., Conner Mantz was still walking": the time of the main clause's subject named after
    the opening clause, not of the record holder named inside it."""
    doc = doc_of(text)
    assert [athlete_of(r) for r in doc.spans["results"] if r.text in ("2:04:43", "2:18:12")] == [owner]


def test_results_a_domestic_rank_is_no_place(doc_of) -> None:
    """"Kim Tae-yang finished second domestic with 2 hours 13 minutes 19 seconds" (Korean copy translated): second among the home
    runners, 14th overall, no place."""
    doc = doc_of("Jemal Yimer won the Seoul Marathon in 2:05:27. Kim Tae-yang finished second domestic with 2 hours 13 minutes 19 "
                 "seconds, his personal best.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:05:27", 1), ("2 hours 13 minutes 19 seconds", None)]


@pytest.mark.parametrize(
    ("text", "time", "owner"),
    [
        ("Sara Hall finished fourth in the marathon. When she crossed the line in 2:22:10, Ruth Chepngetich came over to "
         "congratulate her.", "2:22:10", "Sara Hall"),
        ("Kipchoge was second. When he crossed in 2:05:10, Kelvin Kiptum was already celebrating his win in 2:01:25.", "2:05:10",
         "Eliud Kipchoge"),
        ("Kenenisa Bekele was fourth. When he ran 26:17.53 in Brussels in 2005, Joshua Cheptegei was just eight years old.",
         "26:17.53", "Kenenisa Bekele"),
    ],
    ids=["sara-hall-named-before", "kipchoge-named-before", "bekele-named-before"],
)
def test_results_a_pronoun_clause_after_its_runner_named_before(doc_of, text: str, time: str, owner: str) -> None:
    """The review's probes: the pronoun of an opening clause stands for the runner named before it in the paragraph, not the main
    clause's subject."""
    assert [athlete_of(r) for r in doc_of(text).spans["results"] if r.text == time] == [owner]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Benson Kipruto finished third Chicago Marathon in 2:04:10 after a late charge.", 3),
        ("Shura Kitata finished 3rd Dublin Marathon finisher overall in 2:12:03.", 3),
        ("Mo Farah was fourth in the 35th Great North Run in 60:45.", 4),
        ("Conner Mantz was fifth in the 46th Bank of America Chicago Marathon in 2:04:43.", 5),
        ("Yomif Kejelcha was third in the 47th annual Millrose Games in 7:30.10.", 3),
    ],
    ids=["third-chicago-marathon", "3rd-dublin-marathon-finisher", "35th-great-north-run", "46th-bank-of-america",
         "47th-annual-millrose"],
)
def test_results_what_the_review_of_edition_ordinals_found(doc_of, text: str, place: int) -> None:
    """The review's probes: an ordinal of one figure or a word before a race's name is a place ("finished third Chicago
    Marathon"); an edition's two figures or more before "annual", "Run" or an "of" in the name are none."""
    assert [r._.place for r in doc_of(text).spans["results"]] == [place]


@pytest.mark.parametrize(
    ("text", "time", "owner", "place"),
    [
        ("Sara Hall finished fourth in Chicago.\n\nWhen she crossed the line in 2:22:10, Ruth Chepngetich came over to congratulate "
         "her.", "2:22:10", "Sara Hall", None),
        ("Jake Smith finished 11th Berlin Marathon in 2:08:10.", "2:08:10", "Jake Smith", 11),
        ("Jakob Ingebrigtsen won the 1500m in 3:28.10 late on Sunday in Oslo. Yared Nuguse was second in 3:28.50.", "3:28.10",
         "Jakob Ingebrigtsen", 1),
        ("Keely Hodgkinson cruised through in 1:58.10 into the final of the 800m.", "1:58.10", "Keely Hodgkinson", None),
        ("New York City Marathon Champion Hellen Obiri won the Boston 10K in 31:10.", "31:10", "Hellen Obiri", 1),
    ],
    ids=["she-named-the-paragraph-before", "11th-berlin-without-the", "late-on-sunday", "into-the-final", "new-york-city-champion"],
)
def test_results_what_the_review_of_the_mends_of_the_twelfth_stop_found(doc_of, text: str, time: str, owner: str, place: int | None) -> None:
    """The second review's probes: the pronoun's runner named a paragraph before; "finished 11th Berlin Marathon" a place (an
    edition follows "the"); "late on Sunday", "into the final" no time gone; "New York City Marathon Champion Hellen Obiri" a
    runner (a city's word before the last word only makes a place: "the Durban City Hall")."""
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.text == time] == [(owner, place)]


@pytest.mark.parametrize(
    ("text", "time"),
    [("The 10km course took Joshua Cheptegei 27:10 to run. Berihu Aregawi was second in 27:25.", "27:10"),
     ("After 2:05:10 of running, Eliud Kipchoge crossed the line to win the Tokyo Marathon. Timothy Kiplagat was second in "
      "2:05:40.", "2:05:10")],
    ids=["took-to-run", "after-of-running"],
)
def test_results_a_time_run_before_to_run_or_of_running(doc_of, text: str, time: str) -> None:
    """The third review's probes: "took 27:10 to run", "After 2:05:10 of running, X crossed the line" are times run."""
    assert [r.text for r in doc_of(text).spans["results"] if r.text == time] == [time]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vincent Kipcsumba won the half marathon in 1:01:09. He did not get close to the track record of 1:00:47.",
         [("1:01:09", "result", "Vincent Kipcsumba"), ("1:00:47", "other", None)]),
        ("Vincent Kipcsumba won the half marathon in 1:01:09. He never threatened the course record of 1:00:47.",
         [("1:01:09", "result", "Vincent Kipcsumba"), ("1:00:47", "other", None)]),
        ("Marcel Hug won the wheelchair race in 1:21:34. He was nowhere near last year's course record of 1:15:33, set when he "
         "crashed into a barrier and still won.", [("1:21:34", "result", "Marcel Hug"), ("1:15:33", "other", "Marcel Hug")]),
    ],
    ids=["did-not-get-close-to", "never-threatened", "nowhere-near-one-set-when-he"],
)
def test_results_a_record_not_come_near_is_no_one_s_run(doc_of, text: str, expected: list) -> None:
    """A record the runner "did not get close to", "never threatened" or was "nowhere near" is an old mark, its holder no one
    named unless said after it ("set when he crashed": the one the pronoun stands for)."""
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


def test_results_a_best_for_a_distance_is_of_that_event(doc_of) -> None:
    """A best said for a distance ("Her personal best for 1,500 metres on the track, 4:49") is that event's, not the race's."""
    doc = doc_of("Ava Doucette won the under-16 girls 3km race in 11:02. Her personal best for 1,500 metres on the track, 4:49, was "
                 "set only in August.")
    assert [(r.text, r.label_, r._.race.event) for r in doc.spans["results"]] == [("11:02", "result", "3km"), ("4:49", "other", "1500m")]


def test_results_a_time_at_a_place_in_a_year_is_another_race_s(doc_of) -> None:
    """"broke the 10,000-meter world record with 28:54.14 in Eugene, Oregon, in 2024": a mark of another year's race, in a
    report of no date."""
    doc = doc_of("Beatrice Chebet won the senior women's race at the World Cross Country Championships on Saturday in 31:40.\n\n"
                 "Chebet, 25, broke the 10,000-meter world record with 28:54.14 in Eugene, Oregon, in 2024 and said she would now rest.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("31:40", "result"), ("28:54.14", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Women's 4x400m Relay\n1. Harvard (Shea, Moss, Kim, Ray) 3:38.20\n2. Yale (Ochoa, Lund, Pratt, Ames) 3:39.01\nOchoa ran a 53.1 "
      "anchor leg for Yale.", []),
     ("It was a perfect morning for running. Jacob Kiplimo won in 2:05:18 in Berlin, Germany, in 2026, leading from the gun.",
      [("2:05:18", "result")]),
     ("Results:\n1. Jacob Kiplimo (UGA) 2:05:18 in Berlin, Germany, in 2026\n2. Bashir Abdi (BEL) 2:06:01\n",
      [("2:05:18", "result"), ("2:06:01", "result")])],
    ids=["a-relay-row-s-time-no-runner-s", "a-win-told-with-its-place-and-year", "a-results-row-with-its-place-and-year"],
)
def test_results_the_reviews_relay_rows_and_years(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"] if r.text != "53.1"] == expected



@pytest.mark.parametrize(
    "text",
    ["Posted on October 14, 2025 by Dan Reyes\n\nI ran Chicago Sunday and finally broke three hours. Official chip time 2:59:14. "
     "Still buzzing.",
     "Posted by Becky Harlow\n\nI ran the TCS New York City Marathon on Sunday. Official chip time 3:02:11. Not bad for a first go."],
    ids=["a-city-s-name", "a-race-s-name"],
)
def test_results_a_narrator_s_chip_time_beside_a_race_s_name(doc_of, text: str) -> None:
    """The second review's probes: a race's or a place's name in the paragraph leaves a chip time with no colon the narrator's."""
    doc = doc_of(text)
    assert [(r.label_, r._.athlete.label_) for r in doc.spans["results"]] == [("result", text.split("by ")[1].split("\n")[0])]


@pytest.mark.xfail(strict=True, reason="taken back after two reviews: a numbered list whose first the prose placed lower, under a "
                   "race won faster, was a region's top five and lost its places, but no sign tells it from a sex's list whose first's "
                   "win the text tells in a form not read ('the women's race by Mia Hart in 1:21:40. Hart was eighth overall'), and a "
                   "results list losing its places costs more than a region's keeping them")
def test_results_a_region_s_top_five_gives_no_places(doc_of) -> None:
    """A numbered list of a region's runners under a race won faster elsewhere, whose first the text tells placed lower with
    the same time, ranks a part of the field: its numbers are no places (the prose's ninth stays)."""
    doc = doc_of("Mark Dunn won the Harbour Marathon in 2:18:02.\n\nOwen Price was ninth overall in 2:31:47, the first Valley man "
                 "home.\n\nVALLEY TOP FIVE\n1 Owen Price (Riverton) 2:31:47\n2 Ana Lee (Oakham) 2:58:12\n3 Tim Cole (Riverton) "
                 "3:04:55\n4 Sam Ford (Oakham) 3:11:30\n")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [
        ("2:18:02", 1), ("2:31:47", 9), ("2:31:47", None), ("2:58:12", None), ("3:04:55", None), ("3:11:30", None)]


def test_results_two_age_groups_lists_are_no_parts_of_each_other(doc_of) -> None:
    """A list's first told again with another place (a misread pair, "second and sixth") keeps the list's places where the
    race's faster winner is another list's first (two age groups' lists of one distance)."""
    doc = doc_of("Year 7 girls: 1 Poppy Lin (Oakham) 8:47; 2 Maya Chen (Riverton) 8:48; 3 Sia Howe (Oakham) 9:02.\n\nJunior girls "
                 "(3km): 1 Isla Whit (Riverton) 10:58; 2 Ada Okoro (Oakham) 11:06; 3 Nia Carr (Oakham) 11:15.")
    assert {r.text: r._.place for r in doc.spans["results"]} == {"8:47": 1, "8:48": 2, "9:02": 3, "10:58": 1, "11:06": 2, "11:15": 3}


def test_results_a_record_set_when_winning_elsewhere_last_year(doc_of) -> None:
    """"set the championship record of 3:54.86 when she won in Nanjing, China, last year": another edition's time."""
    doc = doc_of("Gudaf Tsegay won the 1500m in 3:57.12. Tsegay owns the indoor best of 3:53.09, run in Lievin, France, in 2021, and "
                 "set the meeting record of 3:54.86 when she won in Nanjing, China, last year.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("3:57.12", "result"), ("3:53.09", "other"), ("3:54.86", "other")]


def test_results_a_region_s_first_is_no_place(doc_of) -> None:
    """"the first Valley woman home, sixth woman overall": a rank among a region's runners, not the race's place."""
    doc = doc_of("Ana Lee was the first Valley woman home in 2:58:12.")
    assert [r._.place for r in doc.spans["results"]] == [None]


def test_results_a_place_among_women_after_a_comma(doc_of) -> None:
    """", sixth woman overall in 2:58:12" after a region's rank: the place in the women's race."""
    doc = doc_of("Mark Dunn won the Harbour Marathon in 2:18:02. Ana Lee was the first Valley woman home, sixth woman overall in 2:58:12.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:18:02", 1), ("2:58:12", 6)]


def test_results_the_race_won_right_after_the_time_says_its_sex(doc_of) -> None:
    """Translated order, "Genet Hailu with 2 hours 21 minutes 40 seconds won the women's champion": the women's race, though
    the sentence said the men's before."""
    doc = doc_of("Kenyan player Amos Rotich with 2 hours 06 minutes 12 seconds results won the men's champion, Ethiopian player Genet "
                 "Hailu with 2 hours 21 minutes 40 seconds won the women's champion.")
    assert [r._.race.sex for r in doc.spans["results"]] == ["men", "women"]


def test_results_an_unattached_runner_s_own_time(doc_of) -> None:
    """"with Ben Aldous (unattached) second in 16:55": a club runner's bracket that names no club, his own time."""
    doc = doc_of("First home was Brackenfield's Nathan Cole in 16:41, with Ben Aldous (unattached) second in 16:55.")
    assert [(r.text, r._.athlete.text) for r in doc.spans["results"]] == [("16:41", "Nathan Cole"), ("16:55", "Ben Aldous")]


@pytest.mark.xfail(strict=True, reason="taken back after the review: a possessive's titles that 'came in' times owned them, but "
                   "undated they became results of the race reported ('Girma won the steeplechase in 8:01.2. El Bakkali's two Olympic "
                   "titles came in 8:08.90 and 8:06.05')")
def test_results_a_possessive_s_titles_came_in(doc_of) -> None:
    """"El Bakkali's Olympic titles came in 8:08.90 (Tokyo 2021) and 8:06.05 (Paris 2024); Rooks took silver ...": El Bakkali's
    times, not the next clause's runner's."""
    doc = doc_of("Girma won the steeplechase in Monaco in 7:58.72 ahead of Soufiane El Bakkali and Kenneth Rooks.\n\nEl Bakkali's "
                 "Olympic titles came in 8:08.90 (Tokyo 2021) and 8:06.05 (Paris 2024); Rooks took silver behind him in Paris in 8:06.41.")
    assert [(r.text, r._.athlete.text) for r in doc.spans["results"]][1:3] == [("8:08.90", "El Bakkali"), ("8:06.05", "El Bakkali")]


def test_results_a_parkrun_s_slow_time(doc_of) -> None:
    """A parkrun's time right after it, slow as anyone's ("completed his 250th parkrun in 27:44"), is that run's 5km, not the
    10K's said before."""
    doc = doc_of("Callum Ashworth won the Hadley 10K in 31:02. Derek Mould, 71, completed his 250th parkrun in 27:44.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("31:02", "10km"), ("27:44", "5km")]


def test_patterns_a_place_after_a_parkrun_is_no_parkrun_s_time() -> None:
    """"backed up her parkrun with 22nd in 29:15": the place and time of the race the sentence tells, not the parkrun's."""
    assert P.CLUB_RUN_TIMED.search("she backed up her parkrun with 22nd in 29:15") is None
    assert P.CLUB_RUN_TIMED.search("he celebrated his 250th parkrun with 27:15") is not None


def test_results_a_best_that_remains_in(doc_of) -> None:
    """Translated "Her personal best remains in 1:09:48": a best standing from another race."""
    doc = doc_of("Nerea Ibarrola was 19th in the Valencia Half Marathon in 1:10:05. Her personal best remains in 1:09:48.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("1:10:05", "result"), ("1:09:48", "other")]


@pytest.mark.parametrize(
    ("text", "label"),
    [("Sharon Lokedi won the 2026 Boston Marathon in 2:19:08. No American woman has won here since Des Linden's 2:39:54 in the "
      "2018 monsoon.", "other"),
     ("Sharon Lokedi won the 2026 Boston Marathon in 2:19:08. In the 2000 meters she ran 5:30.1.", "result")],
    ids=["in-the-year-s-weather", "in-the-distance"],
)
def test_results_in_the_year_of_a_noun(doc_of, text: str, label: str) -> None:
    """"in the 2018 monsoon" dates a time in another year (not "In the 2000 meters", a distance)."""
    assert doc_of(text).spans["results"][-1].label_ == label


def test_results_a_setting_record_is_a_standard(doc_of) -> None:
    """Japanese copy translated: "It cleared the setting record 2 hours 23 minutes 00 seconds which the Japan Association of
    Athletics Federations established": a standard, no one's result."""
    doc = doc_of("Maeda Honami was 2nd place in 2 hours 20 minutes 31 seconds. It cleared the setting record 2 hours 23 minutes 00 "
                 "seconds which the Japan Association of Athletics Federations established.")
    assert [(r._.seconds, r.label_, r._.athlete) for r in doc.spans["results"]][1:] == [(8580.0, "other", None)]


def test_results_a_who_clause_after_a_club_of_several_words(doc_of) -> None:
    """"ahead of Abdisa Tola of Commercial Bank of Ethiopia who clocked 28:44": the who clause's runner, past a club's name of
    several words."""
    doc = doc_of("Birhanu Mekonnen won the 10 km. He crossed the finish line in 28:41, three seconds ahead of Abdisa Tola of "
                 "Commercial Bank of Ethiopia who clocked 28:44.")
    assert [(r.text, r._.athlete.label_) for r in doc.spans["results"]] == [("28:41", "Birhanu Mekonnen"), ("28:44", "Abdisa Tola")]


@pytest.mark.parametrize(
    ("text", "time", "label", "place"),
    [("The Harbour Half Marathon was won by Kerry Doyle in 1:12:05, the women's race by Mia Hart in 1:21:40. Hart was eighth "
      "overall in 1:21:40.\n\nWOMEN\n1 Mia Hart (Kamo) 1:21:40\n2 Zoe Pratt (Whangarei) 1:24:05\n3 Anna Kiel (Kerikeri) 1:26:30",
      "1:26:30", "result", 3),
     ("Kate Moss finished first Overall woman in 38:40 at the Round the Bays.", "38:40", "result", 1),
     ("Lisa Fox was first Elite woman in 2:31:10 at the Rotorua Marathon.", "2:31:10", "result", 1),
     ("Jones won the marathon in 2:19:50, third woman in 20 years to win it twice.", "2:19:50", "result", 1),
     ("Obiri clocked 30:10 when she won in Leeds, a race she lost last year.", "30:10", "result", 1),
     ("Chebet ran 14:05.20 when she won in Oslo, but finished only fourth in Paris a year ago.", "14:05.20", "result", 1),
     ("In the 2025 marathon on Sunday, Kiprop won in 2:06:10.", "2:06:10", "result", 1),
     ("Women's result: Obiri 2:18:30 clear of Hassan.", "2:18:30", "result", None),
     ("Kipchoge took the title with 2:03:10 clear of the field.", "2:03:10", "result", 1),
     ("Kiprop won the marathon in 2:08:10. In the accompanying race, the 10km was 29:10, won by Tom Jones.", "29:10", "result", 1)],
    ids=["a-sex-s-list", "first-overall-woman", "first-elite-woman", "woman-in-years", "won-where-she-lost-last-year",
         "fourth-elsewhere-a-year-ago", "in-the-year-s-marathon", "clear-of-a-rival", "with-a-time-clear-of-the-field",
         "the-10km-was-won-by"],
)
def test_results_the_fifteenth_stop_s_review_of_places_and_dates(doc_of, text: str, time: str, label: str, place: int | None) -> None:
    """The review's probes: a sex's list keeps its places; a category's first ("Overall", "Elite") is a place; "woman in 20
    years" no place; a win "in Leeds" with a past told in another clause is today's; "the 2025 marathon" names the race; a time
    "clear of" a rival is run; a 10km "was 29:10, won by" someone is a race of its own."""
    found = [(r.label_, r._.place) for r in doc_of(text).spans["results"] if r.text == time]
    assert found and found[-1] == (label, place if place is not None else found[-1][1])


@pytest.mark.parametrize(
    ("text", "time"),
    [("Well below the minimum for Budapest, Battocletti fixed in 14:41.30 her new personal best.", "14:41.30"),
     ("Emmanuel Wanyonyi won the final in 1:43.90, improving on the 1:44.80 qualifying mark set by the teenager at the Kenyan "
      "trials.", "1:44.80")],
    ids=["fixed-in-her-best", "a-mark-set-by-the-teenager"],
)
def test_results_the_fifteenth_stop_s_review_of_standards(doc_of, text: str, time: str) -> None:
    """The review's probes: a runner's "fixed in 14:41.30 her new personal best" and a mark "set by the teenager" are no
    standards."""
    assert [r._.context for r in doc_of(text).spans["results"] if r.text == time] != ["standard"]


@pytest.mark.parametrize(
    ("text", "time", "place"),
    [("Jill Ward was first Junior woman in 44:02 at the Round the Bays.", "44:02", None),
     ("Kate Moss was first Local woman in 41:10 at the Round the Bays.", "41:10", None),
     ("The Nagoya Women's Marathon was won by Ruth Chepngetich in 2:18:08. Kato Rina, sixth woman in 2 hours 31 minutes 05 "
      "seconds, was the best Japanese.", "2 hours 31 minutes 05 seconds", 6),
     ("Tamirat Tola won the men's race in 2:06:10 in the 2025 rain, the fastest ever on this course.", "2:06:10", 1)],
    ids=["a-junior-s-first", "a-local-s-first", "sixth-woman-in-hours", "in-the-year-s-rain-of-no-dated-race"],
)
def test_results_the_fifteenth_stop_s_second_review_of_places(doc_of, text: str, time: str, place: int | None) -> None:
    """The second review's probes: a category's or the locals' first is no place; a place "in 2 hours 31 minutes" is one; "in
    the 2025 rain" of a race of no year leaves the time the race's."""
    assert [(r.label_, r._.place) for r in doc_of(text).spans["results"] if r.text == time] == [("result", place)]


@pytest.mark.parametrize(
    ("text", "time"),
    [pytest.param("Sara Lund won the 10,000m in 32:40.10, well under the minimum for the Universiades fixed at 32:50.", "32:50",
                  marks=pytest.mark.xfail(strict=True, reason="narrowed after the third review: a standard 'fixed at' only as the "
                                          "participle after a comma or 'which was' (a runner 'fixed in 14:41.30 her new best' is "
                                          "translated copy's own)")),
     ("Ricci won the half marathon in 1:01:10, inside the standard set by the federation, which was fixed at 1:01:30.", "1:01:30"),
     ("Wanyonyi won the 800m in 1:44.10, inside the 1:45.00 selection mark set by the federation.", "1:45.00"),
     ("Okiror won in 27:48.6, well inside the 28:05.00 entry mark set by the Uganda Athletics Federation.", "28:05.00")],
    ids=["fixed-at-no-comma", "which-was-fixed-at", "set-by-the-federation", "set-by-a-named-federation"],
)
def test_results_the_fifteenth_stop_s_second_review_of_standards(doc_of, text: str, time: str) -> None:
    assert [r._.context for r in doc_of(text).spans["results"] if r.text == time] == ["standard"]


@pytest.mark.parametrize(
    ("text", "time", "label"),
    [("Well below the minimum for Budapest, Nadia Battocletti fixed in 14:41.30 her new personal best in the 5000m.", "14:41.30",
      "result"),
     ("Crippa won the 10,000m in 27:40.10. The minimum for Rome, Crippa has fixed in 27:40.10 his season's best, was never in "
      "doubt.", "27:40.10", "result"),
     ("The men's 3000m: Grijalva 7:30 clear of Ahmed, Fisher third in 7:32.10.", "7:30", "result")],
    ids=["a-runner-fixed-in-her-best", "a-runner-has-fixed-in", "a-results-line-s-time-clear-of"],
)
def test_results_the_fifteenth_stop_s_third_review(doc_of, text: str, time: str, label: str) -> None:
    """The third review's probes: a runner's clause "fixed in 14:41.30 her new personal best" is hers, no standard; a results
    line's "Grijalva 7:30 clear of Ahmed" is his time, no margin."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time][:1] == [label]
    assert "standard" not in [r._.context for r in doc_of(text).spans["results"] if r.text == time]


def test_results_a_standard_named_by_its_championships_after_its_time(doc_of) -> None:
    """ "the 1:44.50 Tokyo standard": a standard, no result of the runner named before it."""
    doc = doc_of("Danjuma won the 800m in 1:46.21. The 21-year-old was well off his 1:45.87 personal best and the 1:44.50 Tokyo "
                 "standard, but he did not seem bothered.")
    assert [(r.text, r.label_) for r in doc.spans["results"] if r.label_ == "result"] == [("1:46.21", "result")]
    assert [r._.context for r in doc.spans["results"] if r.text == "1:44.50"] == ["standard"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Results – men: 1. Wilfred Rotich (Keňa) 59:21, 2. Abdi Tesfaye (Etiop.) 59:34, 3. Haftu Berhe (Eritr.) 1:00:12.",
      [("Wilfred Rotich", 1), ("Abdi Tesfaye", 2), ("Haftu Berhe", 3)]),
     ("Boys 5000m results:\n1. Caleb Morrow, 12, Brookfield Lakes, 15:17.6\n2. Devin Alcott, 11, Hudson Ridge, 15:36.2",
      [("Caleb Morrow", 1), ("Devin Alcott", 2)])],
    ids=["countries-shortened-with-a-stop", "teams-set-off-by-commas"],
)
def test_results_rows_with_a_shortened_country_or_a_team_between_commas(doc_of, text: str, expected: list[tuple]) -> None:
    """A results list's bracket of a country shortened with a stop ("(Etiop.)") ends no row early; a team set off by commas
    after the name ("Caleb Morrow, 12, Brookfield Lakes, 15:17.6") leaves the time with the runner."""
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


def test_results_places_of_rows_run_together_with_dashes(doc_of) -> None:
    """A results line whose rows run together, each after a dash ("3:48.62 – 2. Bjørnstad, Even"): each its place."""
    doc = doc_of("1500m senior men\nResults: 1. Løkken, Sindre (IL Fjordløp) 3:48.62 – 2. Bjørnstad, Even (IL Tyrving) 3:49.15 "
                 "– 3. Rise, Håkon Moe (Ullensaker/Kisa IL) 3:52.70")
    assert [(athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("Sindre Løkken", 1), ("Even Bjørnstad", 2), ("Håkon Moe Rise", 3)]


@pytest.mark.parametrize(
    ("text", "time", "label"),
    [("Lars Vik had a quieter day in 8:24.70 for fourth. He was 8:16 in Stockholm a fortnight ago.", "8:16", "other"),
     ("Sindre won the 1500m in 3:48.62, 18 seconds slower than Jakob Ingebrigtsen's 3:30.60 world indoor record from Liévin.",
      "3:30.60", "other"),
     ("Sindre won the 1500m in 3:48.62 and beat the club record, 3:49.40, which Per Ove Lunde set in this same hall back in "
      "2009.", "3:49.40", "other"),
     ("Kipyegon's 3:49.04 world record came from the front, and Hull was second in 3:50.83.", "3:49.04", "result")],
    ids=["a-fortnight-ago", "a-possessive-s-record-from-elsewhere", "a-record-which-someone-set-years-ago",
         "a-record-set-in-the-race"],
)
def test_results_marks_of_other_races_said_after_their_time(doc_of, text: str, time: str, label: str) -> None:
    """"a fortnight ago" dates a time; "Ingebrigtsen's 3:30.60 world indoor record from Liévin" (slower than it) and "the club
    record, 3:49.40, which Per Ove Lunde set ... back in 2009" are marks of other races; a record "came from the front" is the
    race's."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time] == [label]


@pytest.mark.xfail(strict=True, reason="taken back after the review: 'came into the night with' dates the whole clause, a win "
                   "told in it too ('came into the night with a PR of 9:10.22 and won the 3000m in 9:05.40')")
def test_results_a_best_brought_into_the_night(doc_of) -> None:
    """"came into the night with a mile PR of 4:08.77 and a best of 4:06.30 for 1600m": marks brought to the race."""
    doc = doc_of("Caleb Ostrowski won the mile in 4:03.58. Ostrowski came into the night with a mile PR of 4:08.77 and a best of "
                 "4:06.30 for 1600m.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("4:03.58", "result"), ("4:08.77", "other"), ("4:06.30", "other")]


@pytest.mark.parametrize(
    ("text", "time", "label"),
    [("Thomas Ratcliffe ran the 13:05.00 Paris standard exactly to win the 5000m at Highgate.", "13:05.00", "result"),
     ("Ratcliffe won the 5000m in 13:04.10, dipping under the 13:05.00 Paris standard.", "13:05.00", "other"),
     ("Sophie Dunn came into the night with a PR of 9:10.22 and won the 3000m in 9:05.40.", "9:05.40", "result")],
    ids=["a-standard-run", "a-standard-dipped-under", "a-win-after-a-pr-brought-into-the-night"],
)
def test_results_the_sixteenth_stop_s_review_of_times(doc_of, text: str, time: str, label: str) -> None:
    """The review's probes: "ran the 13:05.00 Paris standard" is the runner's time; "came into the night with a PR ... and won
    in 9:05.40" keeps the win this race's."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time] == [label]


def test_results_a_mixed_list_s_categories_keep_one_race(doc_of) -> None:
    """The second review's probe: a parkrun's mixed list with each runner's category ("(SM)", "(VW40)") is one race, its
    places overall (the category's sex is the runner's, not the race's)."""
    doc = doc_of("Parkrun results: 1 Ben Cole (SM) 17:10; 2 Ann Brown (VW40) 18:44; 3 Sam Hart (VM50) 19:11; 4 Kate Moss (SW) 19:30")
    assert {r._.race.id for r in doc.spans["results"]} == {doc.spans["results"][0]._.race.id}
    assert [r._.place for r in doc.spans["results"]] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("text", "time", "label"),
    [("Alice Finot was fourth in 9:01.37, her fastest run since she clocked 8:58.67 in the Olympic final.", "8:58.67", "other"),
     ("Alice Finot was fourth in 9:01.37, her fastest run since she clocked 8:58.67 in the Olympic final.", "9:01.37", "result"),
     ("Wanyonyi won the 800m in 1:42.05. Tual, who set a French record of 1:41.61 in the Olympic final, was second in 1:42.38.",
      "1:41.61", "other"),
     ("Christian Coleman won the 60m in 6.41, the quickest he has been since he set the world record of 6.34 in 2018.", "6.41",
      "result")],
    ids=["a-time-run-since", "the-race-s-own-before-it", "a-who-clause-setting-a-record", "a-time-before-since-he-set"],
)
def test_results_times_of_other_races_told_by_since_or_who_set(doc_of, text: str, time: str, label: str) -> None:
    """"since she clocked 8:58.67 in the Olympic final" and "who set a French record of 1:41.61" are other races' marks; the
    time the sentence reports before them is the race's."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time] == [label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Bushy Park parkrun results:\n1 Ben Cole (SM) 17:10\n2 Ann Brown (VW40) 18:44\n3 Sam Hart (VM50) 19:11\n4 Kate Moss (SW) 19:30",
      [("Ben Cole", 1), ("Ann Brown", 2), ("Sam Hart", 3), ("Kate Moss", 4)]),
     ("Quincy Hall won the 400m hurdles in 46.10, ahead of Rai Benjamin, who set a new American record of 46.01 tonight.",
      [("Quincy Hall", 1), ("Rai Benjamin", None)]),
     ("Tola won the Tokyo Marathon in 2:05:10. The 10 kilometers: 1. Daniel Ruto 28:40, 2. Peter Kiprop 28:55.",
      [("Daniel Ruto", 1), ("Peter Kiprop", 2), ("Tamirat Tola", 1)])],
    ids=["a-mixed-list-a-row-a-line", "a-new-record-set-tonight", "a-side-race-s-list-after-a-colon"],
)
def test_results_the_sixteenth_stop_s_third_review(doc_of, text: str, expected: list[tuple]) -> None:
    """The third review's probes: a mixed parkrun list one row a line stays one race; "who set a new American record of 46.01
    tonight" is the race's; "The 10 kilometers: 1. Daniel Ruto 28:40" is a side race's list, no marathon's points."""
    assert sorted((athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result") == sorted(
        expected, key=lambda x: (x[0], x[1] or 0))


def test_results_a_standard_still_to_run(doc_of) -> None:
    """The second review's probe: "needs to run the 1:44.50 Tokyo standard in Monaco": a standard, no time run."""
    doc = doc_of("Emmanuel Wanyonyi won the 800m in 1:44.80 and needs to run the 1:44.50 Tokyo standard in Monaco.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("1:44.80", "result"), ("1:44.50", "other")]


@pytest.mark.parametrize(
    ("text", "time", "label"),
    [("Mathieu Levasseur was 11th in 2:11:47, far of his record personal (2:09:58).", "2:09:58", "other"),
     ("Mathieu Levasseur was 11th in 2:11:47, above of the minimum olympic of 2:08:10 for the Games.", "2:08:10", "other"),
     ("Mathieu Levasseur was 11th in 2:11:47, outside the Olympic minimum of 2:08:10.", "2:08:10", "other"),
     ("Mathieu Levasseur was 11th in 2:11:47, outside the Olympic minimum of 2:08:10.", "2:11:47", "result")],
    ids=["a-record-personal-far-of", "a-minimum-olympic", "an-olympic-minimum-of", "the-race-s-own"],
)
def test_results_a_mark_missed_as_french_copy_translated_says_it(doc_of, text: str, time: str, label: str) -> None:
    """"far of his record personal (2:09:58)" and "the minimum olympic of 2:08:10" (French word order translated), and "the
    Olympic minimum of 2:08:10", are marks missed, not the race's; the race's own time stays its result."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time] == [label]


@pytest.mark.parametrize(
    ("text", "time", "label"),
    [("Gideon Dalyop won in 29:14. Athletes must run at least 28:30 for the men and 32:30 for the women in a certified race.",
      "28:30", "other"),
     ("Gideon Dalyop won in 29:14. Athletes must run at least 28:30 for the men and 32:30 for the women in a certified race.",
      "32:30", "other"),
     ("Sharon Lokedi won in 2:17:22.\n\nThat wiped 2:37 off the course record of 2:19:59 set by Ethiopia's Buzunesh Deba in 2014. "
      "Hellen Obiri was second in 2:17:41.", "2:17:41", "result"),
     ("Sharon Lokedi won in 2:17:22, said Lokedi, the 2022 New York City Marathon champion, who won that race in 2:23:23.",
      "2:23:23", "other"),
     ("Rhasidat Adeleke was fifth in the women's 200m in 22.61. Saint Lucia's Julien Alfred won that race in 22.08.", "22.08", "result")],
    ids=["a-time-to-run-at-least", "its-list-s-second", "a-record-s-date-opening-a-paragraph", "that-race-after-its-title",
         "that-race-just-told"],
)
def test_results_standards_to_run_and_races_spoken_of(doc_of, text: str, time: str, label: str) -> None:
    """"must run at least 28:30 for the men and 32:30 for the women": standards; a paragraph opening with a record's date ("set by
    ... in 2014") is not about the past; "the 2022 New York City Marathon champion, who won that race in 2:23:23", its sentence
    dated in a year, another race's (not "won that race in 22.08" of a race just told)."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time] == [label]


@pytest.mark.parametrize(
    ("text", "time", "label", "place"),
    [("FRANKFURT, October 26 – Cyprian Rotich won the Frankfurt Marathon in 2:05:51 hours.\n\nBest German was Jonas Fuchs. The "
      "29-year-old came in 2:10:52 hours on rank nine and improved his personal best from the Hamburg marathon in April (2:11:40) by "
      "almost 50 seconds.", "2:10:52", "result", 9),
     ("FRANKFURT, October 26 – Cyprian Rotich won the Frankfurt Marathon in 2:05:51 hours.\n\nBest German was Jonas Fuchs. The "
      "29-year-old came in 2:10:52 hours on rank nine and improved his personal best from the Hamburg marathon in April (2:11:40) by "
      "almost 50 seconds.", "2:11:40", "other", None),
     ("Fantu Gelaw won the Frankfurt Marathon in 2:21:58. Lena Koch ran in her first marathon directly to 2:27:31 hours and place "
      "seven.", "2:27:31", "result", 7),
     ("Fantu Gelaw won the Frankfurt Marathon in 2:21:58. Vivian Chebet came after 2:22:40 hours as second, third became Aberash "
      "Wondimu.", "2:22:40", "result", 2),
     ("Lena Koch was seventh in 2:27:31. The 26-year-old, whose best time over the half marathon stands at 1:11:02 hours, was empty.",
      "1:11:02", "other", None),
     ("Elias Mwangi won the 8km title in 23:41.0. Mwangi, who owns a 13:41.22 personal best for 5,000 meters on the track, won last "
      "year's title in 24:02.8.", "13:41.22", "other", None)],
    ids=["on-rank-nine-its-best-s-date-after-it", "the-best-dated-after-the-time", "and-place-seven", "as-second",
         "whose-best-time-stands-at", "who-owns-a-best"],
)
def test_results_places_and_bests_as_translated_copy_says_them(doc_of, text: str, time: str, label: str, place) -> None:
    """German copy translated: "came in 2:10:52 hours on rank nine" (the best's own date after it, "from the Hamburg marathon in
    April (2:11:40)", dates that best, not the race's time), "directly to 2:27:31 hours and place seven", "came after 2:22:40
    hours as second"; "whose best time over the half marathon stands at 1:11:02" and "who owns a 13:41.22 personal best" are
    bests standing before."""
    found = [(r.label_, r._.place if r.label_ == "result" else None) for r in doc_of(text).spans["results"] if r.text == time]
    assert found == [(label, place)]


def test_results_a_standard_a_body_has_set(doc_of) -> None:
    """"under the 1:47.00 England Athletics have set as the selection mark": a standard, no time run."""
    doc = doc_of("Tom Hadley won the 800m in 1:46.84, which puts him under the 1:47.00 England Athletics have set as the selection mark.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("1:46.84", "result"), ("1:47.00", "other")]


@pytest.mark.parametrize(
    ("text", "time", "label", "place"),
    [pytest.param("Sawe won the Valencia Marathon in 2:02:05. The podium was closed by the Ethiopian Deresa Geleta with 2:05:16.",
                  "2:05:16", "result", 3,
                  marks=pytest.mark.xfail(strict=True, reason="taken back: the passive 'The podium was closed by' took a place away on a "
                                                             "blind batch (FM; seen in its table of figures only, the articles not read)")),
     ("Dewi Pritchard was eighth in 1:04:40. He did dip under the 1:05:00 mark Welsh Athletics has set for selection.", "1:05:00",
      "other", None)],
    ids=["the-podium-was-closed-by", "a-mark-a-body-has-set-for-selection"],
)
def test_results_a_podium_closed_and_a_mark_set_for_selection(doc_of, text: str, time: str, label: str, place) -> None:
    """"The podium was closed by ... with 2:05:16" (translated): third; "the 1:05:00 mark Welsh Athletics has set for selection":
    a standard."""
    found = [(r.label_, r._.place if r.label_ == "result" else None) for r in doc_of(text).spans["results"] if r.text == time]
    assert found == [(label, place)]


def test_results_a_record_of_its_holder_standing_since(doc_of) -> None:
    """"the world record of Joshua Cheptegei stands since 2020 at 12:35,36" (German translated): his, another race's."""
    doc = doc_of("Hagos Gebrhiwet won the 5000m in 12:48,76. The world record of Joshua Cheptegei stands since 2020 at 12:35,36.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"] if r.text == "12:35,36"] == [
        ("12:35,36", "other", "Joshua Cheptegei")]


@pytest.mark.parametrize(
    ("text", "time", "label", "place"),
    [("Hellen Obiri won the Boston Marathon in 2:21:38 on Monday.\n\nThe course record of 2:19:59 was set by Buzunesh Deba in 2014. "
      "In that race, Rita Jeptoo was second in 2:20:35.", "2:20:35", "other", None),
     ("Jonas Braun, who now owns a 13:41.22 personal best after today's race, won the 5000m in Heusden.", "13:41.22", "result", 1),
     ("The marathon course consists of two laps of roughly 21km. Tamirat Tola won in 2:06:12.", "2:06:12", "result", 1),
     ("Pacemakers must run at least 61:00 for the men at halfway. Kelvin Kiptum won the marathon in 2:01:25.", "61:00", None, None),
     ("Kiplagat wins in Paris.\n\nResults: 1. Kiplagat (KEN) 2:07:12; 2. Mengistu (ETH) 2:07:40; … 8. Morin (FRA) 2:12:03.",
      "2:12:03", "result", 8)],
    ids=["a-record-s-race-told-on", "a-best-set-today", "a-course-s-laps-of-a-race-named", "a-pace-asked-of-pacemakers",
         "a-unicode-ellipsis-before-a-surname-row"],
)
def test_results_the_seventeenth_stop_s_review(doc_of, text: str, time: str, label, place) -> None:
    """The review's misfires, mended: a record's race told on ("In that race, Rita Jeptoo was second") is the past; a best
    "now" owned "after today's race" is the race's; a marathon's course of "two laps of roughly 21km" stays a marathon; a pace
    pacemakers "must run at least" is no standard; a surname row after "…" keeps its place."""
    found = [(r.label_, r._.place if r.label_ == "result" else None) for r in doc_of(text).spans["results"] if r.text == time]
    assert found == ([(label, place)] if label else [])


@pytest.mark.parametrize(
    ("text", "time", "label", "place"),
    [("Lena Koch ran directly to 2:27:31 hours and place seven at the Berlin Marathon.", "2:27:31", "result", 7),
     ("Vivian Chebet came after 2:22:40 hours as second in the Hamburg Marathon behind the Kenyan winner.", "2:22:40", "result", 2),
     ("Emily Hosker-Thornhill, whose best time over 10,000 m stands at 31:45.20, was third in 32:05.11.", "31:45.20", "other", None),
     ("Neil Gourley won in 3:35.10, inside the 3:36.00 that Scottish Athletics has set as the selection standard.", "3:36.00", "other",
      None),
     ("Neil Gourley won in 3:35.10, well inside the 3:36.00 mark set by Scottish Athletics for selection.", "3:36.00", "other", None)],
    ids=["a-place-then-its-meeting", "as-second-then-its-meeting", "a-best-over-a-distance-with-no-the", "that-a-body-has-set",
         "a-mark-set-by-a-body-for-selection"],
)
def test_results_the_seventeenth_stop_s_review_of_close_variants(doc_of, text: str, time: str, label: str, place) -> None:
    """The review's misses of close variants: a place said after the time before its meeting's name ("and place seven at the
    Berlin Marathon", "as second in the Hamburg Marathon"); "whose best time over 10,000 m stands at"; a standard "that
    Scottish Athletics has set as the selection standard", "set by Scottish Athletics for selection"."""
    found = [(r.label_, r._.place if r.label_ == "result" else None) for r in doc_of(text).spans["results"] if r.text == time]
    assert found == [(label, place)]


@pytest.mark.parametrize(
    ("text", "time"),
    [("Carolina Kiprono won in 2:23:47. The Kenyan, that has a personal of 2:22:58 obtained in Seoul, arrived with her arms up.",
      "2:22:58"),
     ("Stefano Ruggeri was twelfth in 2:14:09. His personal remains the 2:12:50 of Siviglia.", "2:12:50")],
    ids=["has-a-personal-of", "his-personal-remains"],
)
def test_results_a_personal_as_italian_copy_translated_says_a_best(doc_of, text: str, time: str) -> None:
    """"has a personal of 2:22:58", "His personal remains the 2:12:50 of Siviglia" (Italian "personale" translated): bests."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time] == ["other"]


@pytest.mark.parametrize(
    ("text", "time"),
    [("Kelvin Kibiwott won in 28:44.6. The soldier, whose best over 10,000m on the track is 27:18.44, added a word.", "27:18.44"),
     ("Gloria Jepkorir won in 32:10.4. The 22-year-old, who has a half marathon best of 1:06:12, was unsure.", "1:06:12")],
    ids=["whose-best-over-a-distance-on-the-track", "who-has-an-event-s-best-of"],
)
def test_results_a_best_said_with_its_event(doc_of, text: str, time: str) -> None:
    """"whose best over 10,000m on the track is", "who has a half marathon best of": bests, no result."""
    assert [r.label_ for r in doc_of(text).spans["results"] if r.text == time] == ["other"]


def test_results_a_seed_mark_with_its_rank(doc_of) -> None:
    """"Whitcomb, seeded fourth at 8:48.90 from the Husky Classic": a seed mark, no result."""
    doc = doc_of("Lauren Whitcomb won the 3000m in 8:51.20. Whitcomb, seeded fourth at 8:48.90 from the Husky Classic, moved late.")
    assert [r.label_ for r in doc.spans["results"] if r.text == "8:48.90"] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Callum Birtwhistle won in 51:12. Among the age-group winners, Darren Pickles was first over-40 in 55:03.",
         [("51:12", "result", "Callum Birtwhistle", 1), ("55:03", "result", "Darren Pickles", None)]),
        ("Hannah Ormondroyd won in 58:47. Joanne Firth was the first woman over 40 in 63:02.",
         [("58:47", "result", "Hannah Ormondroyd", 1), ("63:02", "result", "Joanne Firth", None)]),
        ("Hannah Ormondroyd won in 58:47. Pat Robinson won the women's over-60 category in 78:45.",
         [("58:47", "result", "Hannah Ormondroyd", 1), ("78:45", "result", "Pat Robinson", None)]),
        ("Pat Deveau, 57, won the women's masters six-kilometre race in 25:12.", [("25:12", "result", "Pat Deveau", 1)]),
        ("Anne Shaw won the over-35 women's 5000m in 17:02.10 at the British Masters.", [("17:02.10", "result", "Anne Shaw", 1)]),
    ],
    ids=["first-over-40", "first-woman-over-40", "won-the-women-s-over-60-category", "a-masters-race-of-its-own-in-words",
         "an-age-group-s-own-race-with-its-sex"],
)
def test_results_a_place_over_an_age_is_no_place_in_the_race(doc_of, text: str, expected: list[tuple]) -> None:
    """"first over-40 in 55:03", "won the women's over-60 category in 78:45": an age category's place, none of the race's (but
    the winner of a masters race of its own, "the women's masters six-kilometre race", won it)."""
    assert results(doc_of(text)) == expected


def test_results_a_mark_to_improve_on_is_of_another_race(doc_of) -> None:
    """"hoping to improve on her 2:44:30 from Valencia": a mark from before, no result of the race."""
    doc = doc_of("Hannah Ormondroyd won the 10-mile race in 58:47. She is building towards the Manchester Marathon, where she is "
                 "hoping to improve on her 2:44:30 from Valencia.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("58:47", "result"), ("2:44:30", "other")]


@pytest.mark.parametrize(
    "best",
    ["a track best of 32:51 for 10,000m", "an indoor best of 32:51", "a road best of 32:51", "a track PB of 32:51",
     "an indoor personal best of 32:51"],
    ids=["track", "indoor", "road", "a-pb", "two-words"],
)
def test_results_a_best_said_with_where_it_was_run_is_of_another_race(doc_of, best: str) -> None:
    """"who has a track best of 32:51 for 10,000m": a mark from before, like "a best of"."""
    doc = doc_of(f"Hannah Ropata won the national road 10km title in 33:04. Ropata, who has {best}, wants to run at the Oceania "
                 "Championships next year.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("33:04", "result"), ("32:51", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam Dunleavy was sixth in the mile in 4:07.05, less than 24 hours after placing fourth in the men's 3,000 in 8:11.40.",
         [("4:07.05", "result", "Sam Dunleavy", 6), ("8:11.40", "result", "Sam Dunleavy", 4)]),
        ("Deshawn Pierce won the boys 800 in 1:52.08 over Marcus Yi, who ran 1:53.40 less than an hour after placing fourth in "
         "the 1500.", [("1:52.08", "result", "Deshawn Pierce", 1), ("1:53.40", "result", "Marcus Yi", None)]),
        ("Sean Burke finished the season strongly, placing fourth in the 3000m at the nationals in 8:11.40.",
         [("8:11.40", "result", "Sean Burke", 4)]),
    ],
    ids=["placing-then-its-time", "placing-in-another-race", "placing-with-the-meeting-between"],
)
def test_results_a_place_told_by_placing(doc_of, text: str, expected: list[tuple]) -> None:
    """"after placing fourth in the men's 3,000 in 8:11.40": fourth, with its time (not the place of a race with no time after
    it: "ran 1:53.40 ... after placing fourth in the 1500")."""
    assert results(doc_of(text)) == expected


def test_results_one_of_the_rivals_named_among_them_is_no_subject(doc_of) -> None:
    """"Klaudia Kazimierska overtook two rivals, among them the Irish Ciara Mageean, and with time 4:00,63 she was fifth": hers."""
    doc = doc_of("Faith Kipyegon won the 1500m in 3:52.10. On the last lap Klaudia Kazimierska overtook two rivals, among them the "
                 "Irish Ciara Mageean, and with time 4:00,63 she was fifth.")
    assert results(doc)[-1] == ("4:00,63", "result", "Klaudia Kazimierska", 5)


def test_results_the_owner_of_a_mark_named_after_a_colon_is_no_antecedent(doc_of) -> None:
    """"coming ... for one thing: Cam Levins's Canadian record of 2:05:36" then "The 30-year-old from Calgary crossed the line
    in 2:07:48": the description stands for the sentence's subject, not the record's owner."""
    doc = doc_of("Rory Linkletter said all week that he was coming to the Toronto Waterfront Marathon for one thing: Cam Levins's "
                 "Canadian record of 2:05:36, set in Tokyo in 2023.\n\nHe didn't get it. The 30-year-old from Calgary crossed the "
                 "line in 2:07:48, fifth overall.")
    assert results(doc) == [("2:05:36", "other", "Cam Levins", None), ("2:07:48", "result", "Rory Linkletter", 5)]


def test_results_a_best_had_with_no_article_nor_of(doc_of) -> None:
    """"has personal record 2:27:15", "had personal record 2:08:41 from Valencia" (translated, no article nor "of"): marks from
    before."""
    doc = doc_of("Ruth Kosgei won the Athens Marathon in 2:30:58. Ruth Kosgei has personal record 2:27:15 and she was running in "
                 "Athens for the second time. Brian Kipsang, 27 years old, had personal record 2:08:41 from Valencia.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("2:30:58", "result"), ("2:27:15", "other"), ("2:08:41", "other")]


def test_results_a_best_s_event_carries_no_race_on(doc_of) -> None:
    """"ran this summer a personal record of 13:34.80 on the 5.000 meter in Heusden", "has a personal record of 32:05.40 on the
    10.000 meter" (translated): the bests' events; the race carried on is still the cross country's 10.4km."""
    doc = doc_of("It was a cross of December in Hannut. The men had to do 10,4 kilometer, five big rounds.\n\nJente Vanderstraeten "
                 "has a personal record of 32:05.40 on the 10.000 meter on the track. Vanderstraeten finished second in 31:53.")
    assert {r.text: r._.race.event for r in doc.spans["results"] if r.label_ == "result"} == {"31:53": "10.4km"}


def test_results_a_time_whose_owns_before_another_event(doc_of) -> None:
    """"a two-time all-conference pick whose 16:22.41 in the 5,000m ranks second in program history": her mark from before, and
    the 5000m no race of the sentence (the 6K's other times after it stay the 6K's)."""
    doc = doc_of("Emma Lindqvist won the women's 6K in 20:48.3. Lindqvist, a two-time all-conference pick whose 16:22.41 in the "
                 "5,000m ranks second in program history, was followed by Grace Holloway (20:55.0).")
    got = {r.text: (r.label_, r._.race.event) for r in doc.spans["results"]}
    assert got == {"20:48.3": ("result", "6km"), "16:22.41": ("other", "5000m"), "20:55.0": ("result", "6km")}


@pytest.mark.parametrize(
    ("text", "mark", "event"),
    [
        ("Kiplimo won the Lisbon Half Marathon in 57:56. Kiplimo, who has a personal best of 26:33.93 over 10,000m, was delighted.",
         "26:33.93", "10000m"),
        ("Jente Vanderstraeten was second in the cross in 31:53. He has a personal record of 13:34.80 on the 5.000 meter.",
         "13:34.80", "5000m"),
    ],
    ids=["over", "on-the-dotted"],
)
def test_results_a_best_keeps_the_event_named_after_it(doc_of, text: str, mark: str, event: str) -> None:
    """A best's time keeps the event named right after it ("26:33.93 over 10,000m", "13:34.80 on the 5.000 meter"), not the
    sentence's race."""
    got = {r.text: (r.label_, r._.race.event) for r in doc_of(text).spans["results"]}
    assert got[mark] == ("other", event)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kipsambu won the Taipei Marathon in 2:11:58 from Josphat Kiptanui. Kiptanui 2:12:20 second, Da Wei Mekonan 2:13:05 third.",
         [("Kipsambu", 1), ("Josphat Kiptanui", 2), ("Da Wei Mekonan", 3)]),
        ("Kipsambu won the Taipei Marathon in 2:11:58. Men's second national runner is Lin Cheng-hao, 2:23:15 ranking 12th overall.",
         [("Kipsambu", 1), ("Lin Cheng-hao", 12)]),
        ("Kipsambu won the Taipei Marathon in 2:11:58. Josphat Kiptanui was well back. Kiptanui 2:19:20 second fastest of the "
         "Kenyans.", [("Kipsambu", 1), ("Josphat Kiptanui", None)]),
    ],
    ids=["time-then-ordinal", "ranking-overall", "not-second-fastest"],
)
def test_results_an_ordinal_right_after_a_named_time(doc_of, text: str, expected: list) -> None:
    """"Kiptanui 2:12:20 second, Da Wei Mekonan 2:13:05 third" (Chinese copy translated): the ordinal closing the clause after a
    name's time is its place (not "ran 2:12:20 second fastest")."""
    assert [(athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emily Carter, whose 16:22.41 in the 5,000m on Friday won her the conference title, also ran the 1500m.",
         [("16:22.41", "result")]),
        ("Jan de Vries won the cross in 31:53. Jan de Vries ran this summer a personal record of 13:34.80 on the 5.000 meter in "
         "Heusden.", [("31:53", "result"), ("13:34.80", "other")]),
    ],
    ids=["whose-time-won", "ran-this-summer-a-personal-record"],
)
def test_results_the_nineteenth_stop_s_review_of_marks(doc_of, text: str, expected: list) -> None:
    """A time "whose" owns that won this race is its result ("whose 16:22.41 in the 5,000m on Friday won her the title"); a
    best run earlier in the season, as translated copy orders it ("ran this summer a personal record of 13:34.80"), is a mark."""
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


def test_results_the_previous_best_after_a_new_one(doc_of) -> None:
    """"which is his new personal record – the previous was 1:06:40" (Latvian copy translated): a mark from before."""
    doc = doc_of("Kiprotich won the Riga Half Marathon in 1:02:31. The second finished the Latvian Valters Grinbergs with 1:05:58, "
                 "which is his new personal record – the previous was 1:06:40.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("1:02:31", "result"), ("1:05:58", "result"), ("1:06:40", "other")]


@pytest.mark.parametrize(
    ("text", "runner"),
    [
        ("Vincent Langat of Kenya and Jente Vanderstraeten of Belgium ran together. Then the Kenyan went away. He crossed the line in "
         "31:45, eight seconds before the Belgian.", "Vincent Langat"),
        ("Vincent Langat of Kenya and Jente Vanderstraeten of Belgium ran together. The Belgian then faded. He crossed the line in "
         "31:53.", "Jente Vanderstraeten"),
    ],
    ids=["then-the-kenyan", "the-belgian-then"],
)
def test_results_a_pronoun_after_a_people_s_word_acting_alone(doc_of, text: str, runner: str) -> None:
    """"Then the Kenyan went away. He crossed the line in 31:45": "He" goes on about the one the people's word stood for in the
    sentence before, which names nobody (not the last named, Vanderstraeten)."""
    assert [athlete_of(r) for r in doc_of(text).spans["results"]] == [runner]


def test_results_a_time_that_stood_for_years_is_a_mark(doc_of) -> None:
    """"his 3:49.78 stood for fourteen years": a mark from before (not the race's result), like "stood as the world record"."""
    doc = doc_of("Yared Nuguse won the Wanamaker Mile in 3:46.63. Coghlan won the Wanamaker seven times, and his 3:49.78 stood for "
                 "fourteen years.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("3:46.63", "result"), ("3:49.78", "other")]


# ---- the twentieth stop: GI and GJ read -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Evans Kiprotich won the marathon in 2:13:49. The route record – 2:11:54 – this year remained untouched.",
         [("2:13:49", "result"), ("2:11:54", "other")]),
        ("Chibet won the half marathon in 1:02:47. The Kenyan has not beaten the record of the route, 1:01:36, which is standing "
         "from 2019.", [("1:02:47", "result"), ("1:01:36", "other")]),
        ("Faith Kipyegon won the Olympic 1500m in Los Angeles in 3:51.95. She won in Tokyo in 3:53.11, then an Olympic record.",
         [("3:51.95", "result"), ("3:53.11", "other")]),
    ],
    ids=["a-record-set-off-by-dashes", "a-record-not-beaten-which-is-standing", "then-an-olympic-record"],
)
def test_results_records_said_as_translated_copy_says_them(doc_of, text: str, expected: list) -> None:
    """A record the sentence opens on, its time set off by dashes, a route's record "not beaten", "which is standing from 2019",
    and a time "then an Olympic record" are marks of before, not results of the race."""
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


def test_results_a_best_said_to_have_been_it_until_now(doc_of) -> None:
    """"Until now the best result of the Kaunas runner was 2:23:40" (translated): his mark from before, his (the one the
    paragraph before is about)."""
    doc = doc_of("Tomas Vaitkevicius finished sixth in 2:21:14.\n\nUntil now the best result of the Kaunas runner was 2:23:40 "
                 "(Rotterdam, 2024).")
    assert results(doc) == [("2:21:14", "result", "Tomas Vaitkevicius", 6), ("2:23:40", "other", "Tomas Vaitkevicius", None)]


def test_results_a_mark_had_as_a_best_translated(doc_of) -> None:
    """Spanish copy translated: "had as best personal mark 2:05:40", "who had 2:28:02 as mark": marks from before, their
    subject's."""
    doc = doc_of("Birhanu Tesfaye won the Seville Marathon in 2:04:51.\n\nTesfaye had as best personal mark 2:05:40, from Amsterdam "
                 "of 2023.\n\nThe best Spanish woman was Laura Ortega Varela, ninth in 2:27:14, who had 2:28:02 as mark.")
    assert results(doc) == [("2:04:51", "result", "Birhanu Tesfaye", 1), ("2:05:40", "other", "Birhanu Tesfaye", None),
                            ("2:27:14", "result", "Laura Ortega Varela", 9), ("2:28:02", "other", "Laura Ortega Varela", None)]


def test_results_a_best_with_its_event_in_metres_written_out(doc_of) -> None:
    """"whose 10,000-metre best on the track is 28:49.11", "has a 5,000-metre best of 13:58.40": bests, as "whose best is" and
    "has a 5,000m best of" are."""
    doc = doc_of("Liam Desrochers won the men's 10K in 30:21.4. Noah Bekele was second in 30:24.9.\n\nDesrochers, whose 10,000-metre "
                 "best on the track is 28:49.11, said he had thought about it for weeks.\n\nBekele, the Ontario champion, has a "
                 "5,000-metre best of 13:58.40 and was the favourite.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("30:21.4", "result"), ("30:24.9", "result"), ("28:49.11", "other"),
                                                                   ("13:58.40", "other")]


def test_results_the_race_said_right_after_a_time_is_its_race(doc_of) -> None:
    """"Tanui ran 2:11:48 to win the men's race, and Jepkemboi made it a Kenyan sweep with 2:27:14 in the women's race": each
    time's sex is the one said right after it, not the last said before it."""
    doc = doc_of("Kenya's Benson Tanui took full advantage, running 2:11:48 to win the men's race, and Winfridah Jepkemboi made it a "
                 "Kenyan sweep with 2:27:14 in the women's race.")
    assert [(r.text, r._.race.sex) for r in doc.spans["results"]] == [("2:11:48", "men"), ("2:27:14", "women")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men's 1500m\n1. SPte Kelvin Kiprono (Moi Air Base) 3:38.42\n2. Cpl Abel Rotich (Kahawa Garrison) 3:38.97\n"
         "3. L/Cpl Brian Kiptum (Embakasi Garrison) 3:40.11",
         [("3:38.42", "result", "Kelvin Kiprono", 1), ("3:38.97", "result", "Abel Rotich", 2), ("3:40.11", "result", "Brian Kiptum", 3)]),
        ("The Latvian Kristaps Berzins was second in 1:03:44. The best Romanian, Ionut Dumitrescu, has finished on the place 6 with "
         "1:05:42.", [("1:03:44", "result", "Kristaps Berzins", 2), ("1:05:42", "result", "Ionut Dumitrescu", 6)]),
    ],
    ids=["a-soldier-s-rank-in-a-row", "on-the-place-six"],
)
def test_results_places_past_a_rank_and_said_as_translated(doc_of, text: str, expected: list) -> None:
    """A row's place read past the soldier's rank before the name ("2. Cpl Abel Rotich"); "has finished on the place 6 with"
    (translated) is sixth."""
    assert results(doc_of(text)) == expected


def test_results_a_win_before_a_clause_of_another_runner_is_not_theirs(doc_of) -> None:
    """"Langat closed the deal ... to win by a clear margin, Kipsang crossing in 28:23.10": the win is Langat's; Kipsang's
    time has no place said."""
    doc = doc_of("Sergeant Wesley Langat defended his title in 28:21.65. Only Corporal Vincent Kipsang of Moi Barracks, Eldoret, could "
                 "respond, and Langat closed the deal with a 57.8 last lap to win by a clear margin, Kipsang crossing in 28:23.10.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("28:21.65", "Wesley Langat", 1), ("28:23.10", "Vincent Kipsang", None)]


def test_results_a_club_named_city_of_before_a_runner_is_no_object(doc_of) -> None:
    """"City of Derry Spartans' Gary Doherty won the M40 category in 2:31:22": the club's "of" makes no object of the runner."""
    doc = doc_of("Tom Ruto won the marathon in 2:20:00.\n\nThere were strong showings from the veterans. City of Derry Spartans' Gary "
                 "Doherty won the M40 category in 2:31:22.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("2:20:00", "Tom Ruto"), ("2:31:22", "Gary Doherty")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ashdown won in 18:02:33. He ran the 14.6-mile stretch from St. Elmo to Mount Princeton in 2:35:42, the fastest split of "
         "the day.", [("18:02:33", "result", None)]),
        ("Ingeborg Østgård won in 4:01.20. «Now I take it with me to Birmingham,» says Østgård, who also has the EC requirement of "
         "4:06.50 clear.", [("4:01.20", "result", None), ("4:06.50", "other", "standard")]),
        ("Callum Rennie won the 800m in 1:54.10.\n\nThat's his old PB of 1:55.02 from the outdoor season gone, and he's now inside "
         "the BUCS Indoors qualifier of 1:55.50.", [("1:54.10", "result", None), ("1:55.02", "other", "record"), ("1:55.50", "other", "standard")]),
    ],
    ids=["a-stretch-told-by-its-length", "a-requirement", "a-qualifier-and-that-s-his-pb"],
)
def test_results_stretches_requirements_and_qualifiers(doc_of, text: str, expected: list) -> None:
    """A stretch told by its length ("the 14.6-mile stretch from St. Elmo to Mount Princeton in") is no result; "the EC
    requirement of" (translated) and "the BUCS Indoors qualifier of" are standards; "That's his old PB of" is his mark."""
    doc = doc_of(text)
    assert [(r.text, r.label_, r._.context) for r in doc.spans["results"]] == expected
    assert all(athlete_of(r) == "Callum Rennie" for r in doc.spans["results"] if r.text == "1:55.02")


def test_results_a_record_which_made_by_its_holder(doc_of) -> None:
    """"the old course record 2:12:47 which made by the Ethiopia runner Gebre Mulugeta" (translated, its "was" left out): his."""
    doc = doc_of("Edwin Kiprono won the Jakarta Marathon in 2:11:34. The time of Kiprono erase the old course record 2:12:47 which "
                 "made by the Ethiopia runner Gebre Mulugeta in year 2019.")
    assert results(doc)[1] == ("2:12:47", "other", "Gebre Mulugeta", None)


def test_results_the_second_of_two_standards(doc_of) -> None:
    """"the internal standard of 27:40.00 in the 10,000m or 15:05.00 in the women's 5000m": both standards."""
    doc = doc_of("Haftu won the 10,000m in 28:14.62. Athletes who are selected must run the internal standard of 27:40.00 in the "
                 "10,000m or 15:05.00 in the women's 5000m before the end of June.")
    assert [(r.text, r._.context) for r in doc.spans["results"]] == [("28:14.62", None), ("27:40.00", "standard"),
                                                                      ("15:05.00", "standard")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men's 10,000m\n1. Constable Daniel Ebenyo (Police) 27:40.10\n2. Inspector Rhonex Kipruto (Police) 27:45.20\n"
         "3. Lance Corporal Nicholas Kimeli (KDF) 27:50.66\n4. PC Tom Ruto (Police) 28:05.00",
         [("27:40.10", "result", "Daniel Ebenyo", 1), ("27:45.20", "result", "Rhonex Kipruto", 2),
          ("27:50.66", "result", "Nicholas Kimeli", 3), ("28:05.00", "result", "Tom Ruto", 4)]),
        ("Evans Chebet covered the 26.2-mile stretch from Hopkinton to Boston in 2:06:51 to win the race.",
         [("2:06:51", "result", "Evans Chebet", 1)]),
        ("Kipsang won the 10km leg of the Chiba Ekiden in 28:10.", [("28:10", "result", "Abel Kipsang", 1)]),
        ("Tadesse won in 1:02:10 and has not improved the record of the route, 1:01:36, which is standing from 2017.",
         [("1:02:10", "result", "Tadesse", 1), ("1:01:36", "other", None, None)]),
    ],
    ids=["police-ranks-in-rows", "a-stretch-that-won", "a-leg-won", "a-record-not-improved"],
)
def test_results_the_twentieth_stop_s_review(doc_of, text: str, expected: list) -> None:
    """The review's probes: police ranks before rows' names ("Constable", "Inspector", "Lance Corporal", "PC") keep the rows'
    places; a stretch told by its length that won the race ("... in 2:06:51 to win") and a relay's leg won are results; a
    record "not improved" is no one's."""
    assert results(doc_of(text)) == expected


def test_results_a_record_missed_with_its_holder_after_it(doc_of) -> None:
    """"well shy of the Division I meet record, 4:03.17 by Westerville Central's Jason Whitcomb in 2014": a record missed, its
    holder named after it (the route's "has not beaten the record of the route, 1:01:36," reading leaves it so; CI's EP floor)."""
    doc = doc_of("Ike Okafor won the 1600m in 4:07.88. It was still well shy of the Division I meet record, 4:03.17 by Westerville "
                 "Central's Jason Whitcomb in 2014.")
    assert results(doc)[1] == ("4:03.17", "other", "Jason Whitcomb", None)


def test_results_an_ekiden_stage_s_distance_and_place_translated(doc_of) -> None:
    """Japanese ekiden copy translated: "1 section (8.0 km)" and "In 2 section (5.8 km)" name each stage's distance (a cardinal
    before "section", a decimal zero), "took the section prize with 23:12" is the stage won, "was section 3rd place at 23:21" its
    third place."""
    doc = doc_of("The Izumo Ekiden was held over 6 sections.\n\n1 section (8.0 km) was slow development. Ito Daichi took the section "
                 "prize with 23:12, and Takeda Ryosuke was section 3rd place at 23:21.\n\nIn 2 section (5.8 km), Nakano Sota took "
                 "the top with 16:14.")
    assert [(r.text, r._.race.event, r._.place) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("23:12", "8km", 1), ("23:21", "8km", 3), ("16:14", "5.8km", None)]


def test_results_a_record_missed_with_a_word_in_quotes_before_it(doc_of) -> None:
    """'still short of the "untouchable" meet record of 10:22.35': a record missed, a word in quotes or not between."""
    doc = doc_of('Sophia Marchetti won the 3200m in 10:31.46. Her mark was the fastest in the state this winter, but still short '
                 'of the "untouchable" meet record of 10:22.35.')
    assert [(text, athlete) for text, _, athlete, _ in results(doc)] == [("10:31.46", "Sophia Marchetti"), ("10:22.35", None)]


def test_results_a_blog_s_author_placed_in_the_first_person(doc_of) -> None:
    """"As for me, I was 38th in 1:04:12, ... but I stopped to help Rhys find his shoe": the post's author's place and time, said
    with "I was 38th in", though a runner is named after it in the sentence."""
    text = ("Ras Moel Siabod 2025\n\nPosted by Bethan Roberts on 16 June 2025\n\nGethin Pritchard won in 40:31. Rhys Morgan lost a shoe "
            "and still finished. As for me, I was 38th in 1:04:12, which is slower than last year, but I stopped to help Rhys find "
            "his shoe.")
    assert [(t, who, place) for t, label, who, place in results(doc_of(text)) if label == "result"] == [
        ("40:31", "Gethin Pritchard", 1), ("1:04:12", "Bethan Roberts", 38)]


def test_results_a_track_time_of_the_summer_told_in_a_cross_country_report(doc_of) -> None:
    """"Ella ran 4:41 for 1500m on the track in the summer and she's carrying that speed into the winter": a time of another
    season's race, no result of the cross country told."""
    doc = doc_of("In the junior women's 4km cross country, Ella Moran finished 2nd in 15:40. Ella ran 4:41 for 1500m on the track in "
                 "the summer and she's clearly carrying that speed into the winter.")
    assert [(t, label) for t, label, _, _ in results(doc)] == [("15:40", "result"), ("4:41", "other")]


def test_results_an_old_chrono_improved_in_french_copy_translated(doc_of) -> None:
    """French copy translated calls a time a "chrono": "improving by more than one minute the old chrono of 2h25min49s" is the old
    record, no one named its holder."""
    doc = doc_of("In the ladies, Meseret Gebre imposed herself in 2h24min36s, new record of the event, improving by more than one "
                 "minute the old chrono of 2h25min49s.")
    assert [(t, label, who) for t, label, who, _ in results(doc)] == [("2h24min36s", "result", "Meseret Gebre"), ("2h25min49s", "other", None)]


def test_results_last_year_s_winning_time_with_its_winner_after_by(doc_of) -> None:
    """"even last year's winning time of 30:05 by Ramatlhakwane looked out of reach": the past winner's, named after "by" (not
    the sentence's subject's; no one's where no name follows)."""
    doc = doc_of("Tshepo Kgosietsile won the national 10km in 30:31. Kgosietsile suffered in the heat, and even last year's winning "
                 "time of 30:05 by Onkabetse Ramatlhakwane looked out of reach. Last year's winning time of 30:40 was beaten too.")
    assert [(t, who) for t, label, who, _ in results(doc) if label == "other"] == [("30:05", "Onkabetse Ramatlhakwane"), ("30:40", None)]


def test_results_a_relative_that_right_after_a_name_in_translated_copy(doc_of) -> None:
    """Italian copy translated: "in front of Elisa Fantoni (Atletica Castello) that has closed in 2:35:47", no comma before
    "that": the time is that name's, not the sentence's subject's."""
    doc = doc_of("Between the women the best Italian is Chiara Morandi of the Army, ninth in 2:33:20, in front of Elisa Fantoni "
                 "(Atletica Castello) that has closed in 2:35:47.")
    assert [(t, who) for t, _, who, _ in results(doc)] == [("2:33:20", "Chiara Morandi"), ("2:35:47", "Elisa Fantoni")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Winfred Yavi won the steeplechase in 9:05.20. Beatrice Chepkoech still finished second in 9:12.40 despite landing on "
         "the track in the fall.", [("9:05.20", "result"), ("9:12.40", "result")]),
        ("Posted by Harriers Webmaster\n\nThe Hillside Half was won by Tom Ellis in 1:10:22. As for me, I was 38th in 1:24:12.",
         [("1:10:22", "result")]),
    ],
    ids=["a-fall-on-the-track", "a-webmaster-posting"],
)
def test_results_what_the_review_of_65cd3f8_found(doc_of, text: str, expected: list) -> None:
    """The review of this stop's rules: "landing on the track in the fall" is a tumble, no other season; a role posting
    ("Posted by Harriers Webmaster") is no author: its "I" names no runner, and the time is no one's."""
    doc = doc_of(text)
    assert [(t, label) for t, label, _, _ in results(doc)] == expected
    assert "Harriers Webmaster" not in {s.label_ for s in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Park Min-ho recorded 2:10:38 and took the 1st place of the domestic part (9th overall).", [("2:10:38", 9)]),
        ("The domestic 2nd place was Lee Jun-ho (Samsung Electronics) with 2:12:15, and 3rd place Kim Hong-rok (Gimcheon city "
         "hall) 2:13:02.", [("2:12:15", None), ("2:13:02", None)]),
        ("The 2nd place of domestic women was Jang Ha-eun (Daejeon city) with 2:31:20.", [("2:31:20", None)]),
        ("Németh Ádám took the silver of the championship in 2:19:31 (11. place overall).", [("2:19:31", 11)]),
        ("Tom Bell clocked a third-place 3:45.20 behind the winner.", [("3:45.20", 3)]),
        ("Asefa Girma won the Hong Kong Marathon in 2:09:32.\n\nLocal men: 1 Wong Ka-chun 2:27:40; 2 Leung Ka-ho 2:29:15",
         [("2:09:32", 1), ("2:27:40", None), ("2:29:15", None)]),
        ("Asefa Girma won the Hong Kong Marathon in 2:09:32.\n\nBest locals:\n1. Wong Ka-chun 2:27:40\n2. Leung Ka-ho 2:29:15",
         [("2:09:32", 1), ("2:27:40", None), ("2:29:15", None)]),
        ("Asefa Girma won in 2:09:32. Leung Ka-ho was the second local in 2:29:15 and Mandy Lau second local woman in 2:52:10.",
         [("2:09:32", 1), ("2:29:15", None), ("2:52:10", None)]),
    ],
    ids=["a-domestic-rank-and-the-overall-place", "domestic-ranks-listed", "a-rank-of-domestic-women", "a-dotted-overall-place",
         "a-hyphened-place-before-its-time", "a-list-of-local-men", "a-list-under-best-locals", "the-second-local-in"],
)
def test_results_a_rank_among_the_home_runners_is_no_place(doc_of, text: str, expected: list) -> None:
    """Korean copy translated ranks the home runners apart: "the 1st place of the domestic part", "The domestic 2nd place was
    ..., and 3rd place ..." are no places; the overall place in brackets is ("(9th overall)", Hungarian copy's "(11. place
    overall)"); and "a third-place 3:45.20" is third (its time right after the hyphened place)."""
    assert [(t, place) for t, label, _, place in results(doc_of(text)) if label == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tóth-Baranyi Zsolt finished eighth with 2:16:44, which is only 46 seconds slower than his personal best (2:15:58, "
         "Sevilla, February).", [("2:16:44", "result", "Tóth-Baranyi Zsolt"), ("2:15:58", "other", "Tóth-Baranyi Zsolt")]),
        ("Kenya's Edwin Kipkoech won the marathon in 2:14:22. The Rwandan record in the marathon, 2:13:14, remained intact.",
         [("2:14:22", "result", "Edwin Kipkoech"), ("2:13:14", "other", None)]),
        ("Ange Mukamana stopped the clock at 1:12:05 with Clementine Uwamahoro 43 seconds back in 1:12:48, a new personal best "
         "for the 26-year-old, whose previous best was 1:13:30 from Kigali two years ago.",
         [("1:12:05", "result", "Ange Mukamana"), ("1:12:48", "result", "Clementine Uwamahoro"),
          ("1:13:30", "other", "Clementine Uwamahoro")]),
        ("Gideon Kipruto won the Warsaw Half Marathon in 1:00:48. Bernard Cheruiyot was third in 1:01:32. The last year winner "
         "ran 1:01:10, so the result of Kipruto is better.",
         [("1:00:48", "result", "Gideon Kipruto"), ("1:01:32", "result", "Bernard Cheruiyot"), ("1:01:10", "other", None)]),
        ("Aleksandra Brzezińska ended on the fifth place with 1:12:40 in the Warsaw Half Marathon. Her best result of life is 1:12:05.",
         [("1:12:40", "result", "Aleksandra Brzezińska"), ("1:12:05", "other", "Aleksandra Brzezińska")]),
    ],
    ids=["a-best-measured-against-in-a-bracket", "a-nation-s-record-in-the-marathon", "whose-after-a-description",
         "the-last-year-winner", "a-best-result-of-life"],
)
def test_results_old_marks_as_translated_and_wire_copy_tells_them(doc_of, text: str, expected: list) -> None:
    """Marks of other races: a best measured against with its time in a bracket ("slower than his personal best (2:15:58,
    Sevilla, February)"), a nation's record in an event set off by commas, a best "whose" after a description of the runner just
    told (not the sentence's subject's), a past edition's winner's time (no one's), Polish copy's "best result of life"."""
    assert [(t, label, who) for t, label, who, _ in results(doc_of(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jebb/Mounsey won the pairs in 3:12:04. Jebb and Mounsey led from the start.", [("3:12:04", "result", "Mounsey", 1)]),
        ("At the national championships, Lee Jun-ho won in 2:10:00. Kim Hong-rok took the 2nd place of the domestic championships "
         "with 2:12:15.", [("2:10:00", "result", "Lee Jun-ho", 1), ("2:12:15", "result", "Kim Hong-rok", 2)]),
        ("Jacob Krop won the 5000m in 13:05.10. Agnes Ngetich clocked the 13:08s, good for second.",
         [("13:05.10", "result", "Jacob Krop", 1), ("13:08", "result", "Agnes Ngetich", 2)]),
        ("Adam Nemeth took silver in 2:19:31 (11. place overall), and Tamas Nagy took bronze in 2:22:05 (15. place overall).",
         [("2:19:31", "result", "Adam Nemeth", 11), ("2:22:05", "result", "Tamas Nagy", 15)]),
        ("Adam Nemeth was the runner-up in 2:19:00 (11. overall).", [("2:19:00", "result", "Adam Nemeth", 11)]),
    ],
    ids=["a-pair-s-runners-glued", "the-domestic-championships", "the-13-08s-clocked", "a-medal-then-the-overall-place",
         "a-dotted-place-overall"],
)
def test_results_what_the_review_of_11ba312_found(doc_of, text: str, expected: list) -> None:
    """The review of this stop's rules: a pair's runners glued by a slash ("Jebb/Mounsey won the pairs") are runners when the text
    says each alone too; "the 2nd place of the domestic championships" is a place in the race told; "clocked the 13:08s" a time
    (a band is "in the 12:40s"); the overall place bracketed right after the time is the place, a medal of a championship run
    within the race before it ("took bronze in 2:22:05 (15. place overall)"), and so is Hungarian copy's "(11. overall)"."""
    assert sorted(results(doc_of(text)), key=lambda r: r[1] != "result") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Place, Name, Club, Time\n1, Callum Whitmore, Wellington Scottish, 29:12\n2, Hamish Tuhiwai, Owairaka, 29:18\n"
      "3, Oliver Beaumont, Papanui Toc H, 29:31",
      [("29:12", "Callum Whitmore", 1), ("29:18", "Hamish Tuhiwai", 2), ("29:31", "Oliver Beaumont", 3)]),
     ("Results\n1, Callum Whitmore, Wellington Scottish, 29:12\n2, Hamish Tuhiwai, Owairaka, 29:18",
      [("29:12", "Callum Whitmore", 1), ("29:18", "Hamish Tuhiwai", 2)])],
    ids=["under-a-header-of-columns-set-off-by-commas", "under-no-header"],
)
def test_results_rows_of_values_set_off_by_commas(doc_of, text: str, expected: list[tuple]) -> None:
    """A results list pasted from a spreadsheet sets its values off by commas ("1, Callum Whitmore, Wellington Scottish,
    29:12"): the number opening the row is the runner's place, and the time is the runner's (not the club's before it)."""
    doc = doc_of("Whitmore won the national road 10km title on Saturday.\n\n" + text)
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == expected


def test_results_a_clause_after_before_with_its_own_runner(doc_of) -> None:
    """"... were locked together at halfway in 16:35 before Pennington drew clear over the second lap to win in 33:05": the runner
    after "before" is the subject of her own clause, and the time hers (not the other runner's named first)."""
    doc = doc_of("Grace Pennington won the title.\n\nPennington and Owairaka's Mereana Walker were locked together at halfway in "
                 "16:35 before Pennington drew clear over the second lap to win in 33:05. Walker was second in 33:21.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("33:05", "Grace Pennington"), ("33:21", "Mereana Walker")]


def test_results_an_object_after_a_club_s_possessive_in_capitals(doc_of) -> None:
    """"... to finish well clear of UCC's Priscilla Boakye (17:20.08), and returned on Friday to win the 1500m in 4:35.18": the
    runner after "clear of" and a club's possessive in capitals is the object; the 1500m is the subject's."""
    doc = doc_of("Abigail Owusu ran 17:12.44 in Wednesday's 5000m final to finish well clear of UCC's Priscilla Boakye (17:20.08), "
                 "and returned on Friday to win the 1500m in 4:35.18.")
    assert ("4:35.18", "Abigail Owusu") in [(r.text, athlete_of(r)) for r in doc.spans["results"]]


def test_results_a_subject_put_last_after_a_verb_of_taking(doc_of) -> None:
    """Slavic copy translated may put the subject last: "while the third place with 2:13:57 has taken the Ugandan Moses
    Chelangat" is Chelangat's third place, not that of the runner the sentence named before."""
    doc = doc_of("Rotich has stayed behind and finished as second in 2:12:30, while the third place with 2:13:57 has taken the Ugandan "
                 "Moses Chelangat.")
    assert [(r.text, athlete_of(r)) for r in doc.spans["results"]] == [("2:12:30", "Rotich"), ("2:13:57", "Moses Chelangat")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Abebe Tolosa was second with 2:09:14, and the third place was taken by Kenyan Nicholas Rotich in 2:09:40.",
      [("2:09:14", 2), ("2:09:40", 3)]),
     ("The race was taken by Nicholas Rotich in 2:09:40.", [("2:09:40", 1)])],
    ids=["the-third-place-was-taken-by", "the-race-was-taken-by"],
)
def test_results_a_place_taken_by(doc_of, text: str, expected: list) -> None:
    """"The third place was taken by X in 2:09:40" is third, not a win (as "the race was taken by X" is)."""
    assert [(r.text, r._.place) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gulveer Singh won the 5000m in 13:05.22. The 28-year-old had come into the Games with a season's best of 13:08.42 but had "
      "been unsure of his form.", [("13:05.22", "result"), ("13:08.42", "other")]),
     ("Suzuki Kenta became the top with second place of 27:39.90 and updated the self best record of 27:58.33 greatly.",
      [("27:39.90", "result"), ("27:58.33", "other")]),
     ("Kenneth Rooks was second in 8:06.41. Rooks came into the Games with a personal best of 8:15.08 and squeezed into the final "
      "from his heat on Monday in 8:16.68.", [("8:06.41", "result"), ("8:15.08", "other"), ("8:16.68", "result")])],
    ids=["a-season-s-best-brought-into-the-games", "a-best-record-updated", "a-best-brought-and-a-heat-s-time-after"],
)
def test_results_a_best_brought_or_updated_is_old(doc_of, text: str, expected: list) -> None:
    """A best brought "into the Games" and one "updated" (Japanese copy translated) are old marks; a heat's time after the
    brought best in the same sentence is the meeting's."""
    assert [(r.text, r.label_) for r in doc_of(text).spans["results"]] == expected


def test_results_a_list_s_runner_set_off_with_a_club_and_a_rank_among_one_sex(doc_of) -> None:
    """"Olivier Lavoie (Club Les Vainqueurs), fifth among men in 2:23:10, and Sarah Pelletier (...), fifth among women in
    2:49:33": each time its own runner's, with the place; the club after "(Club" no runner."""
    doc = doc_of("Other top finishers included Olivier Lavoie (Club Les Vainqueurs), fifth among men in 2:23:10, and Sarah Pelletier "
                 "(Club de course Sherbrooke), fifth among women in 2:49:33.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [("2:23:10", "Olivier Lavoie", 5),
                                                                                     ("2:49:33", "Sarah Pelletier", 5)]
    assert {a.label_ for a in doc.spans["athletes"]} == {"Olivier Lavoie", "Sarah Pelletier"}


def test_results_followers_in_a_sentence_of_their_own_after_the_win(doc_of) -> None:
    """"... won in 2:23:05 hours. Behind her came the Kenyan Purity Chepkirui (2:23:58) and the Ethiopian Zinash Mekonnen
    (2:25:30) into the goal." (German copy translated): second and third, behind the winner of the sentence before."""
    doc = doc_of("With the women celebrated the Ethiopian Genet Abebe a start-goal victory in 2:23:05 hours. Behind her came the Kenyan "
                 "Purity Chepkirui (2:23:58) and the Ethiopian Zinash Mekonnen (2:25:30) into the goal.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("2:23:05", 1), ("2:23:58", 2), ("2:25:30", 3)]


def test_results_translated_places_taken_and_a_route_s_record_improved(doc_of) -> None:
    """Bulgarian copy translated: "The second place took the Ethiopian X with 2:12:20 hours, and on the third place remained the
    Kenyan Y with 2:13:05" are second and third; "he improved the record of the route of 2:12:36" is the old record."""
    doc = doc_of("The Kenyan Nicholas Rotich is the winner of the Sofia Marathon. Rotich crossed the finish line with time 2:11:48 hours "
                 "and with this he improved the record of the route of 2:12:36, which was standing since 2018.\n\nThe second place "
                 "took the Ethiopian Abebe Tadesse with 2:12:20 hours, and on the third place remained the Kenyan Gideon Kiplagat "
                 "with 2:13:05.")
    assert [(r.text, r.label_, r._.place) for r in doc.spans["results"]] == [
        ("2:11:48", "result", 1), ("2:12:36", "other", None), ("2:12:20", "result", 2), ("2:13:05", "result", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Daniel Haupt won the road 10km on Saturday.\n\nBib, Name, Club, Time\n412, Daniel Haupt, Manawatu Striders, 31:02\n"
      "87, Tom Reed, Hutt Valley Harriers, 31:40", [("31:02", "Daniel Haupt", 1), ("31:40", "Tom Reed", None)]),
     ("Leboeuf won the Montreal Marathon in 2:14:20. Olivier Lavoie was third among Quebecers in 2:23:10.",
      [("2:14:20", "Leboeuf", 1), ("2:23:10", "Olivier Lavoie", None)]),
     ("Grace Pennington and Mereana Walker were locked together at halfway in 16:35 before Walker eased up, allowing Pennington "
      "to win in 33:05.", [("33:05", "Grace Pennington", 1)])],
    ids=["a-bib-s-number-is-no-place", "third-among-quebecers-is-no-place", "eased-up-is-no-runner-s-win"],
)
def test_results_what_the_review_of_this_stop_found(doc_of, text: str, expected: list) -> None:
    """The review's misfires: a bib's number opening a row under "Bib, Name, Club, Time" is no place; a rank "among Quebecers"
    is one among home runners; "before Walker eased up, allowing Pennington to win" is Pennington's win."""
    assert [(r.text, athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


def test_results_a_broken_record_noted_old_in_a_results_line(doc_of) -> None:
    """"1. H.M.C. Herath (Army) 29:48.62 (MR, old MR 29:58.31)": the old meet record is no result (and "H.M.C. Herath", the family's
    initials first and the given name's last, is Chaminda Herath of the prose); a runner's own "(old PB 20:05)" stays theirs."""
    doc = doc_of("Chaminda Herath won the 10,000m in a meet record.\n\nMen's 10,000m: 1. H.M.C. Herath (Army) 29:48.62 (MR, old MR "
                 "29:58.31), 2. K.A.D. Madushanka (Navy) 29:55.10")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]][:2] == [("29:48.62", "result", "Chaminda Herath"),
                                                                                      ("29:58.31", "other", None)]
    doc = doc_of("Priya Raman won the parkrun in 19:47 (old PB 20:05).")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [("19:47", "result", "Priya Raman"),
                                                                                  ("20:05", "other", "Priya Raman")]


def test_results_a_division_taken_is_won(doc_of) -> None:
    """"took the open division in 2:17:08": the division's win, as "took the race in" is (not a place unsaid)."""
    doc = doc_of("Kenyan Dominic Kiprop Sang took the open division in 2:17:08, and Rolando Baguio was the first Filipino in 2:24:51.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"][0] == ("2:17:08", "Dominic Kiprop Sang", 1)


def test_results_russian_copy_translated_places_and_old_marks(doc_of) -> None:
    """Russian copy translated: "the victory was celebrated by the representative of Kenya X" is X's win, "Second place at the
    Kenyan Y with the result" Y's second; "Z earlier had the best result 2:40:31" an old mark of Z's; "the norm of the master of
    sport, which is 2:20:00" a standard, no one's."""
    doc = doc_of("Among men the victory was celebrated by the representative of Kenya Dominik Kiptu Rutto, who covered the distance in "
                 "2:11:49. Second place at the Kenyan Nikolas Kimeli Kipshirshir with the result 2:12:20.\n\nZhanar Tulegenova was "
                 "sixth with 2:38:04. Tulegenova earlier had the best result 2:40:31. Nurlan Bekturganov wanted to fulfil the norm of the "
                 "master of sport, which is 2:20:00.")
    got = [(r.text, r.label_, athlete_of(r), r._.place) for r in doc.spans["results"]]
    assert got == [("2:11:49", "result", "Dominik Kiptu Rutto", 1), ("2:12:20", "result", "Nikolas Kimeli Kipshirshir", 2),
                   ("2:38:04", "result", "Zhanar Tulegenova", 6), ("2:40:31", "other", "Zhanar Tulegenova", None),
                   ("2:20:00", "other", None, None)]


def test_results_thai_copy_translated_old_marks_and_standards(doc_of) -> None:
    """Thai copy translated: "the course record 2:12:43 is not in danger" an old mark of no one's (no comma before the time, no
    holder named: not the subject's); "The qualifying time for the team of Thailand in the SEA Games is 2:30:00" a standard."""
    doc = doc_of("Joseph Kiprono Tanui cross the finish line in the time 2:14:37, so the time of today is slow, but the course record "
                 "2:12:43 is not in danger from the beginning.\n\nSarawut Phrommaphan was the best Thai man in 2:28:10. The qualifying "
                 "time for the team of Thailand in the SEA Games is 2:30:00 for the men.")
    got = [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]]
    assert got == [("2:14:37", "result", "Joseph Kiprono Tanui"), ("2:12:43", "other", None),
                   ("2:28:10", "result", "Sarawut Phrommaphan"), ("2:30:00", "other", None)]


def test_results_an_old_record_s_holder_in_a_results_bracket_and_in_prose(doc_of) -> None:
    """"14:06.38 (meet record; old: 14:11.52, Sohail Amir, Army, 2010)": the old record is Sohail Amir's, no result of the winner's;
    "had stood in the name of Army's Sohail Amir" names its holder too; "The entry standard for the Asian Championships in the
    5,000m is 13:50.00" a standard."""
    doc = doc_of("Men's 5,000m: 1. Muhammad Naeem (Army) 14:06.38 (meet record; old: 14:11.52, Sohail Amir, Army, 2010); 2. Ghulam "
                 "Abbas (WAPDA) 14:09.90\n\nThe old meet record of 14:11.52 had stood in the name of Army's Sohail Amir since 2010. The "
                 "entry standard for the Asian Championships in the 5,000m is 13:50.00, the secretary said.")
    got = [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]]
    assert got == [("14:06.38", "result", "Muhammad Naeem"), ("14:11.52", "other", "Sohail Amir"), ("14:09.90", "result", "Ghulam Abbas"),
                   ("14:11.52", "other", "Sohail Amir"), ("13:50.00", "other", None)]


def test_results_a_with_phrase_runner_with_an_aside_before_the_verb(doc_of) -> None:
    """"with Abbas, doubling up, holding on for bronze in 3:50.01": the runner the "with" phrase opens with, an aside between the
    name and its -ing verb (not the sentence's subject, Imran Shah)."""
    doc = doc_of("Muhammad Naeem won the men's 1,500m final in 3:48.72. Railways' Imran Shah took silver in 3:49.35, with Abbas, doubling "
                 "up, holding on for bronze in 3:50.01 ahead of Waqas Ahmed. Ghulam Abbas had won the 5000m.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("3:48.72", "Muhammad Naeem", 1), ("3:49.35", "Imran Shah", 2), ("3:50.01", "Ghulam Abbas", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Olga Kotova won the women's marathon in 2:29:10, and on the 10 km the fastest was Anna Sidorova with 33:40.",
      [("Anna Sidorova", "10km", "33:40", None), ("Olga Kotova", "marathon", "2:29:10", 1)]),
     ("Jason Chen took the masters category in 2:27:08, finishing 9th overall.", [("Jason Chen", "marathon", "2:27:08", 9)]),
     ("Jason Chen took the first section in 5:20 before dropping out.", [("Jason Chen", None, "5:20", None)]),
     ("The qualifying time for the final in the 5,000m was 13:42.10, run by Birhanu Legese in the first heat.",
      [("Birhanu Legese", "5000m", "13:42.10", None)]),
     ("In training, Bonnet ran 18km with 1,250m of ascent in 1:40:00 last week. He won the Vertical Kilometer in 34:10 on Saturday.",
      [("Bonnet", None, "34:10", 1)])],
    ids=["a-shorter-race-on-the-10-km", "a-category-taken-and-placed-overall", "a-section-taken", "a-qualifying-time-run-by-a-runner",
         "a-climb-run-in-training"],
)
def test_results_what_the_review_of_this_stop_found_in_results(text: str, expected: list) -> None:
    """The review's misfires: "on the 10 km the fastest was Anna Sidorova with 33:40" is the 10km race's result, no point of the
    marathon; "took the masters category in 2:27:08, finishing 9th overall" keeps its overall place, "took the first section" is
    no win; a qualifying time "run by" a runner is hers; a climb run in training ("ran 18km with 1,250m of ascent") is no race's
    distance."""
    from pipeline.api import extract

    assert [(p.athlete_name, p.event, p.time, p.place) for p in extract(text).performances] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Mohammed Ahmed won the 5000m in 14:06.38 (personal record; old: 14:11.52, Lahore, 2022).",
      [("14:06.38", "result", "Mohammed Ahmed"), ("14:11.52", "other", "Mohammed Ahmed")]),
     ("Men's 5,000m: 1. Muhammad Naeem (Army) 14:06.38 (MR; old: 14:11.52, Sohail Amir, 2010); 2. Ghulam Abbas (WAPDA) 14:09.90",
      [("14:06.38", "result", "Muhammad Naeem"), ("14:11.52", "other", "Sohail Amir"), ("14:09.90", "result", "Ghulam Abbas")]),
     ("Men's 5,000m: 1. Muhammad Naeem (Army) 14:06.38 (meet record; old: 14:11.52, Army's Sohail Amir, 2010); 2. Ghulam Abbas "
      "(WAPDA) 14:09.90",
      [("14:06.38", "result", "Muhammad Naeem"), ("14:11.52", "other", "Sohail Amir"), ("14:09.90", "result", "Ghulam Abbas")])],
    ids=["a-personal-record-s-old-mark", "a-record-s-abbreviation-in-the-bracket", "a-holder-after-his-club-s-possessive"],
)
def test_results_old_marks_noted_in_a_results_bracket_as_the_review_wrote_them(doc_of, text: str, expected: list) -> None:
    """The review's misses of the results bracket's old record: "(personal record; old: 14:11.52, Lahore, 2022)" is the runner's
    own old mark (not a result of his, nor no one's); "(MR; old: ...)" and a holder after his club's possessive ("Army's Sohail
    Amir") read as "(meet record; old: 14:11.52, Sohail Amir)" is."""
    assert [(r.text, r.label_, athlete_of(r)) for r in doc_of(text).spans["results"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The junior race was won by Callum Reid (Strathearn HR) in 11:43, with Isla Ferguson (Falkirk Victoria) first girl in 13:10.",
      [("11:43", "Callum Reid", 1), ("13:10", "Isla Ferguson", None)]),
     ("The race was won by Callum Reid in 31:43, with Isla Ferguson the first woman home in 33:10.",
      [("31:43", "Callum Reid", 1), ("33:10", "Isla Ferguson", None)]),
     ("Jack Smith won the 10km in 29:40, with Ana Cole first V40 in 36:10.", [("29:40", "Jack Smith", 1), ("36:10", "Ana Cole", None)]),
     ("Jack Smith won the 10km in 29:40, with Ben Cole first junior in 31:10.", [("29:40", "Jack Smith", 1), ("31:10", "Ben Cole", None)])],
    ids=["first-girl", "the-first-woman-home", "first-of-an-age-class", "first-junior"],
)
def test_results_a_with_phrase_runner_first_of_a_sex(doc_of, text: str, expected: list) -> None:
    """"with Isla Ferguson first girl in 13:10": the time of the runner the "with" phrase names, first of her sex (no place
    overall), not the winner's; so "first V40", "first junior" (a review's probes)."""
    doc = doc_of(text)
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == expected


def test_results_a_record_s_year_before_the_win_dates_the_record_only(doc_of) -> None:
    """"who knocked 43 seconds off Heather Dunbar's women's record of 59:30 from 2016 to win in 58:47": "from 2016" is the old
    record's date, not the win's; the win is today's."""
    doc = doc_of("Hill race report, 14 June 2025.\n\nThe story of the day was Kirsty Rennie, who knocked 43 seconds off Heather "
                 "Dunbar's women's record of 59:30 from 2016 to win in 58:47.")
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("59:30", "other"), ("58:47", "result")]
    doc = doc_of("Hill race report, 14 June 2025.\n\nJane Smith knocked 43 seconds off Heather Dunbar's record of 59:30 from 2016 to "
                 "win in 58:47.")  # (the review's: the win is the subject's, not the old record's holder's)
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [("59:30", "other", "Heather Dunbar"),
                                                                               ("58:47", "result", "Jane Smith")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Odekta Elvina Naibaho came out as champion with 2:52:37.", [("2:52:37", "Odekta Elvina Naibaho", 1)]),
     ("Beatrice Cheptoo became champion with 2:31:47, followed by Tigist Wolde (2:33:30).",
      [("2:31:47", "Beatrice Cheptoo", 1), ("2:33:30", "Tigist Wolde", 2)]),
     ("In the 10K race which was held on the same morning, Pretty Sihite became the fastest in the national women category with "
      "36:48.", [("36:48", "Pretty Sihite", 1)]),
     ("Robi Syianturi won in 2:26:40. Agus Prayogo entered the finish line with 2:28:15, while the third position was occupied by "
      "Asmar Hadi with 2:31:02.", [("2:26:40", "Robi Syianturi", 1), ("2:28:15", "Agus Prayogo", 2), ("2:31:02", "Asmar Hadi", 3)]),
     ("Felix Kirwa became the winner with a time of 2:13:50. Kirwa was accompanied on the podium by his compatriots Elijah Serem "
      "(2:14:22) and Ethiopia runner Abebe Dessalegn (2:15:09).",
      [("2:13:50", "Felix Kirwa", 1), ("2:14:22", "Elijah Serem", 2), ("2:15:09", "Abebe Dessalegn", 3)]),
     ("Edwin Kiptoo won the men's marathon in 2:13:10. The third position was occupied by Asmar Hadi for much of the race, but he "
      "faded to sixth in 2:20:02.", [("2:13:10", "Edwin Kiptoo", 1), ("2:20:02", "Asmar Hadi", 6)]),
     ("Tigist Assefa won the women's marathon in 2:16:10. The third position was occupied by Kenya's Ruth Chepngetich with 2:21:40.",
      [("2:16:10", "Tigist Assefa", 1), ("2:21:40", "Ruth Chepngetich", 3)])],
    ids=["came-out-as-champion", "became-champion", "the-fastest-in-a-category", "the-position-occupied-by", "joined-on-the-podium",
         "a-position-held-on-the-way", "occupied-by-a-country-s-runner"],
)
def test_results_wins_and_places_as_indonesian_copy_translated_tells_them(doc_of, text: str, expected: list) -> None:
    """"came out as champion with 2:52:37", "became the fastest in the national women category with 36:48": wins; "the third position
    was occupied by Asmar Hadi": his third, not the time before it; "accompanied on the podium by X (2:14:22) and Y (2:15:09)":
    second and third in the order named."""
    doc = doc_of("Jakarta Marathon 2025, Sunday (22/6/2025).\n\n" + text)
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Wilfred Kirui, in the men's elite part of the Seoul Marathon (42.195km), recorded 2:06:18 and cut the finish tape first.",
      [("2:06:18", "Wilfred Kirui", 1)]),
     ("Park Min-ho was the best Korean in 2:11:42, ninth overall.\n\nSecond in domestic part was Lee Jun-seok (25, Samsung "
      "Electronics) with 2:13:05, and Shim Jong-sub (31, Hanjeon) was third in 2:14:48.",
      [("2:11:42", "Park Min-ho", 9), ("2:13:05", "Lee Jun-seok", None), ("2:14:48", "Shim Jong-sub", None)])],
    ids=["cut-the-finish-tape", "ranks-in-the-domestic-part"],
)
def test_results_places_as_korean_copy_translated_tells_them(doc_of, text: str, expected: list) -> None:
    """"cut the finish tape first": a win; "Second in domestic part was Lee ..., and Shim was third in 2:14:48": ranks among the
    home runners, no places in the race."""
    doc = doc_of("(Seoul = News) Seoul Marathon, 16 March 2025.\n\n" + text)
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"] if r.label_ == "result"] == expected


def test_results_an_old_record_s_holder_in_the_clause_after_it(doc_of) -> None:
    """"breaking the meet record of 10:24.15 that Katie Brennan of Holmdel had held since 2017": Brennan's old record (not the
    winner's, nor no one's)."""
    doc = doc_of("Ava Morales came back three hours later to win the 3200 in 10:21.80, breaking the meet record of 10:24.15 that Katie "
                 "Brennan of Holmdel had held since 2017.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("10:21.80", "result", "Ava Morales"), ("10:24.15", "other", "Katie Brennan")]


def test_results_seed_times_a_results_heading_says_are_in_brackets(doc_of) -> None:
    """"GIRLS 1600 METERS – FINAL (seed time in parentheses)" over "1 Ava Morales (11) Haddonfield 4:47.12 (4:49.60)": the bracket is
    her seed, an other time (without the heading, a bracket after the result is the same run's other time, no fact)."""
    rows = "1 Ava Morales (11) Haddonfield 4:47.12 (4:49.60)\n2 Grace Liu (12) Bridgewater-Raritan 4:50.33 (4:51.05)\n"
    doc = doc_of("GIRLS 1600 METERS – FINAL (seed time in parentheses)\n" + rows)
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("4:47.12", "result", "Ava Morales"), ("4:49.60", "other", "Ava Morales"),
        ("4:50.33", "result", "Grace Liu"), ("4:51.05", "other", "Grace Liu")]
    doc = doc_of("GIRLS 1600 METERS – FINAL\n" + rows)
    assert [r.text for r in doc.spans["results"]] == ["4:47.12", "4:50.33"]


def test_results_an_event_that_went_to_its_winner(doc_of) -> None:
    """"The "Dream Mile", the traditional final event, went to Australia's Cameron Myers in 3:48.92": his win."""
    doc = doc_of("The \"Dream Mile\", the traditional final event, went to Australia's Cameron Myers in 3:48.92.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [("3:48.92", "Cameron Myers", 1)]


def test_results_a_clock_s_seconds_before_a_name_are_no_list_place(doc_of) -> None:
    """"The ninth place with 1:05:40 Szabó Bence took" (Hungarian copy translated): ninth, not 40th ("40" is the clock's seconds,
    not a row's number); "Men 1500: 1 Jack Rowe 3:41.20" keeps its row's place."""
    doc = doc_of("Budapest Half Marathon, 2023.\n\nKovács Levente was sixth with 1:04:52. The ninth place with 1:05:40 Szabó Bence took, "
                 "who last year was the Hungarian champion.")
    assert [(r.text, athlete_of(r), r._.place) for r in doc.spans["results"]] == [
        ("1:04:52", "Kovács Levente", 6), ("1:05:40", "Szabó Bence", 9)]
    doc = doc_of("Men 1500: 1 Jack Rowe 3:41.20, 2 Tom Bell 3:42.05")
    assert [r._.place for r in doc.spans["results"]] == [1, 2]


def test_results_a_mark_s_holder_in_a_which_clause_is_not_the_time_s_runner(doc_of) -> None:
    """"At 15 kilometre he went through in 43:12, ... and finally 1:00:48 hours finished, with which he improved the course record,
    which the Kenyan Edwin Kiptoo set in 2019 with 1:01:09" (Hungarian copy translated): the win is the one "he" stands for, not
    the old record's holder named after it."""
    doc = doc_of("Budapest, 2023. September 10. \"I did not want to wait\" – said after the race Hillary Kipchumba, who attacked at the "
                 "17th kilometre. At 15 kilometre he went through in 43:12, and finally 1:00:48 hours finished, with which he improved "
                 "with 21 seconds the course record, which the Kenyan Edwin Kiptoo set in 2019 with 1:01:09.")
    assert [(r.text, r.label_, athlete_of(r)) for r in doc.spans["results"]] == [
        ("1:00:48", "result", "Hillary Kipchumba"), ("1:01:09", "other", "Edwin Kiptoo")]


def test_results_ran_an_ordinal_place(doc_of) -> None:
    """"Santeri Kuusinen, who ran eighth place with time 13:17.85" (Finnish copy translated): eighth."""
    doc = doc_of("TURKU. Hagos Gebrhiwet won the race with time 13:04.36. The biggest cheer got Santeri Kuusinen, who ran eighth place "
                 "with time 13:17.85.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("13:04.36", 1), ("13:17.85", 8)]


def test_results_a_race_s_distance_after_of_is_no_object_before_its_winner() -> None:
    """"In the race of 10 km Samuel Chebii won in 29:41" (translated): "of 10 km" is the race's distance, not an "of" making the
    name after it an object; the winner's time."""
    from pipeline.api import extract

    facts = extract("In the race of 10 km Samuel Chebii won in 29:41.")
    assert [(p.athlete, p.time, p.place) for p in facts.performances] == [("Samuel Chebii", "29:41", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kiprop won in 29:41. The record of the route belongs still to Jacob Kiplimo, that in 2020 has dominated in 28'59\".",
      ("Jacob Kiplimo", "28:59")),
     ("Rowe won in 61:12. The course record (59:30, Leonard Barsoton, 2019) was never under threat.", ("Leonard Barsoton", "59:30")),
     ("Pfeiffer was the first German home in 2:08:55; the German record is still Amanal Petros' 2:04:58.", ("Amanal Petros", "2:04:58")),
     ("Jimmy Gressier won in 27:44.\n\nGressier 27:44 (PB 27:58)\nEbenyo 27:49", ("Jimmy Gressier", "27:58"))],
    ids=["belongs-still-to-that-in", "bracket-of-time-holder-year", "record-is-still-a-possessive", "a-row-s-bracketed-pb"],
)
def test_results_an_old_mark_and_its_holder(text: str, expected: tuple) -> None:
    """A record said to belong to its holder before a clause of when ("belongs still to Jacob Kiplimo, that in 2020 has dominated
    in 28'59""), bracketed with its holder and year ("(59:30, Leonard Barsoton, 2019)"), or the holder's possessive after "record
    is still"; a row's "(PB 27:58)": the runner's earlier best. Each an old mark of its holder, no result."""
    from pipeline.api import extract

    facts = extract(text)
    assert [(o.athlete, o.time) for o in facts.other_times] == [expected]
    assert expected[1] not in [p.time for p in facts.performances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sonika Bhoir won the marathon in 2:42:15. \"The weather was kind,\" said Bhoir, whose target had been 2:40:00.",
      [("Sonika Bhoir", "2:40:00", 9600.0)]),
     ("Tom Haskins came fifth in the 5000m in 15:31.07. He was hoping for 15:20 but the heat went off fast.",
      [("Tom Haskins", "15:20", 920.0)]),
     ("Meseret Belete won the marathon in 2:20:48. The organizer has requested the passage of the halfway at 1:10:30.",
      [(None, "1:10:30", 4230.0)]),
     ("Jess Alvarez came into the Riverbend Half Marathon with a PR of 1:41:52 and was hoping for something around 1:40.",
      [("Jess Alvarez", "1:40", 6000.0)])],
    ids=["target-had-been", "hoping-for", "pace-requested", "hours-and-minutes-in-a-half"],
)
def test_results_a_target_is_an_other_time_of_whoever_aimed_at_it(text: str, expected: list) -> None:
    """"whose target had been 2:40:00", "was hoping for 15:20": the runner's target, an other time (no result); a pace the
    organisers asked for ("has requested the passage of the halfway at 1:10:30") is no one's; a target of a long race written in
    hours and minutes ("around 1:40" in a half marathon) is 1 hour 40."""
    from pipeline.api import extract

    facts = extract(text)
    assert [(o.athlete, o.time, o.seconds) for o in facts.other_times if o.context == "target"] == expected
    assert not {o.time for o in facts.other_times if o.context == "target"} & {p.time for p in facts.performances}


def test_results_a_blog_s_official_result_line_is_its_author_s() -> None:
    """"Posted by Rob Kettle ..." over a first-person post whose paragraph says "Official result: 16:48.62.": the author's own
    race, their result (and the "1k - 3:17" lines under "My watch splits" their splits)."""
    from pipeline.api import extract

    facts = extract("Twilight 5000m: under 17 at last\n\nPosted by Rob Kettle on 10 July 2024 · Race reports\n\nWhere do I start. Last "
                    "night was round three of the Twilight 5000m series and I have finally got rid of the 17. Official result: "
                    "16:48.62. I may have cried a little.\n\nMy watch splits, for the nerds:\n\n1k - 3:17\n2k - 6:39\n")
    assert [(p.athlete, p.time) for p in facts.performances] == [("Rob Kettle", "16:48.62")]
    assert [(s.athlete, s.time) for s in facts.splits] == [("Rob Kettle", "3:17"), ("Rob Kettle", "6:39")]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("The best mark of the day belongs to Femke Bol, who ran in 52.30 to win.", "52.30", ("result", "Femke Bol")),
     ("The new German record is Amanal Petros' 2:04:58, run today in Berlin.", "2:04:58", ("result", "Amanal Petros")),
     ("Edwin Kiprop, whose target had been 27:30, won in 27:41.", "27:30", ("other", "Edwin Kiprop")),
     ("Edwin Kiprop, who won in 2:06:10, had hoped for 2:05.", "2:05", ("other", "Edwin Kiprop")),
     ("Hellen Obiri beat Beatrice Chebet, who was hoping for 14:20, in 14:25.", "14:20", ("other", "Beatrice Chebet")),
     ("Eliud Kiprop won in 2:06:10. His coach, Patrick Sang, says the next target is 2:04.", "2:04", ("other", "Eliud Kiprop")),
     ("Posted by Becky Harlow, Saturday 8 March 2025\n\nI ran the Great North Run in 1:45:10 with my friend Sarah Lowe. Sarah Lowe "
      "says the next target is 1:50 for her.", "1:50", ("other", "Sarah Lowe")),
     ("Posted by Becky Harlow, Saturday 8 March 2025\n\nI crossed the line in 1:45:10. I am hoping for 1:43 next time.", "1:43",
      ("other", "Becky Harlow"))],
    ids=["best-mark-of-the-day-to-win", "a-new-record-run-today", "whose-target", "who-won-had-hoped", "who-was-hoping-for",
         "his-coach-says", "a-runner-says", "i-am-hoping-for"],
)
def test_results_what_the_twenty_seventh_stop_s_review_found(doc_of, text: str, time: str, expected: tuple) -> None:
    """The review of this stop's rules: "The best mark of the day belongs to Femke Bol, who ran in 52.30 to win" and "The new
    German record is ..., run today" are results; a target is the aimer's: the runner a "whose" or "who" clause opens on, the
    one whose coach says it, a runner who says it, the narrator saying "I am hoping for"."""
    found = [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "absent"),
    [("Posted by Becky Harlow, Saturday 8 March 2025\n\nAt the club 5000m Jenny Ross won. Official result: 16:48.62. I was third in "
      "19:10.", "16:48.62"),
     ("Posted by Becky Harlow, Saturday 8 March 2025\n\nI ran a tempo on Tuesday in 25:00 for 5K. On Sunday I crossed the line of the "
      "Ottawa 10K in 54:38.", "25:00"),
     ("Posted by Becky Harlow, Saturday 8 March 2025\n\nI ran the first 5K with Sarah in 26:10 and then pushed on. My chip time was "
      "52:40.", "26:10")],
    ids=["another-s-official-result", "a-training-run", "a-first-5k-run-with-a-friend"],
)
def test_results_a_narrator_tells_no_one_else_s_result_nor_a_training_run(text: str, absent: str) -> None:
    """An official result after another runner's win is not the narrator's; "I ran a tempo on Tuesday in 25:00", "I ran the first
    5K with Sarah in 26:10" are no races of theirs (only a race named: "I ran the Ottawa 10K in 54:38")."""
    from pipeline.api import extract

    facts = extract(text)
    assert absent not in [p.time for p in facts.performances if p.athlete == "Becky Harlow"]


def test_results_a_blog_s_old_pb_line_seed_and_bell_are_its_narrator_s() -> None:
    """A first-person post under its author's byline: "Old PB: 17:05.10" on a label of its own is the author's earlier best; "I was
    in Heat C with a seed of 17:02" the author's seed; "At the bell I saw 15:29 on the clock" the author's bell split."""
    from pipeline.api import extract

    facts = extract("Posted by Rob Kettle on 10 July 2024 · Race reports\n\nWhere do I start. I have finally got rid of the 17. "
                    "Official result: 16:48.62. Old PB: 17:05.10, from the same track last August.\n\nI was in Heat C with a seed of "
                    "17:02, which was cheeky. At the bell I saw 15:29 on the clock and did the maths.")
    assert sorted((o.athlete, o.time) for o in facts.other_times) == [("Rob Kettle", "17:02"), ("Rob Kettle", "17:05.10")]
    assert [(s.athlete, s.at, s.time) for s in facts.splits] == [("Rob Kettle", "bell", "15:29")]


BLOG_BYLINE = "Posted by Becky Harlow on 8 March 2025\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [(BLOG_BYLINE + "I ran the Chester Marathon today. Official chip time 3:58:12. Coach Tom Barnes took my bag at the finish.",
      [("Becky Harlow", "3:58:12")]),
     (BLOG_BYLINE + "At the finish I saw 2:05:41 on the clock as Kiprop crossed the line.", [])],
    ids=["someone-took-my-bag", "a-clock-i-saw-of-another"],
)
def test_results_a_narrator_s_own_result_and_no_other_s(text: str, expected: list) -> None:
    """The second review of this stop's rules: a helper who "took my bag" tells no race of theirs, so the narrator's chip time is
    theirs; a clock the narrator saw as another crossed the line is no result of the narrator's."""
    from pipeline.api import extract

    assert [(p.athlete, p.time) for p in extract(text).performances] == expected


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [(BLOG_BYLINE + "I ran 24:05. I think Kate Reed had a PB of 25:10 before today.", "25:10", ("other", "Kate Reed")),
     (BLOG_BYLINE + "I ran 17:40 at Battersea. My clubmate Sarah Lowe ran 17:01. Old PB: 17:20. She is flying this year.", "17:20",
      ("other", "Sarah Lowe")),
     ("Marc Scott ran 13:05.12 to win. Old PB: 13:10.40.", "13:10.40", ("other", "Marc Scott")),
     (BLOG_BYLINE + "I ran 3:51:05 at Manchester. My husband hoped for 3:30 and got 3:28:12.", "3:30", ("other", None)),
     (BLOG_BYLINE + "I ran 24:05 at the parkrun. Sarah Lowe said I should be aiming for 23:30 next time.", "23:30",
      ("other", "Becky Harlow")),
     ("The new course record, 2:03:40, belongs to Jacob Kiprop, who won the Seoul Marathon on Sunday.", "2:03:40",
      ("result", "Jacob Kiprop")),
     ("The course record, 2:03:59, belongs to history after Eliud Kipchoge ran 2:01:09 in Berlin.", "2:03:59", ("other", None))],
    ids=["another-s-pb-after-i", "old-pb-after-another-s-result", "old-pb-of-the-winner", "my-husband-hoped-for",
         "said-i-should-be-aiming", "a-new-record-belongs-to", "belongs-to-history"],
)
def test_results_what_the_twenty_seventh_stop_s_second_review_found(doc_of, text: str, time: str, expected: tuple) -> None:
    """The second review of this stop's rules: a best after "I think Kate Reed had" is hers; "Old PB:" after another's result is
    that runner's; "My husband hoped for 3:30" is no aim of the narrator's; "Sarah Lowe said I should be aiming for" is the
    narrator's; a new record that "belongs to" its setter is a result; "belongs to history after ..." names no holder."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


@pytest.mark.parametrize(
    "text",
    ["Kabelo Nthite won the half in 1:03:18, outsprinting Lesotho's Tebello Ramakongoana (1:03:21).",
     "Kabelo Nthite won the 5000m in 13:18.2, outkicking Tebello Ramakongoana (13:18.9)."],
    ids=["outsprinting", "outkicking"],
)
def test_results_a_rival_outsprinted_after_a_win_is_second(doc_of, text: str) -> None:
    """"won in 1:03:18, outsprinting Lesotho's Tebello Ramakongoana (1:03:21)": the rival beaten in the sprint is second."""
    assert [r._.place for r in doc_of(text).spans["results"]] == [1, 2]


def test_results_an_aim_told_a_blog_s_author_is_theirs_unless_said_for_the_sayer() -> None:
    """A blog's "Janelle says the next target is 53:30 for the fall": its author's target (told her); "Sarah Lowe says the next
    target is 1:50 for her": the sayer's."""
    from pipeline.api import extract

    facts = extract(BLOG_BYLINE + "I ran the Ottawa 10K in 54:38. Janelle says the next target is 53:30 for the fall.")
    assert [(o.athlete, o.time) for o in facts.other_times if o.context == "target"] == [("Becky Harlow", "53:30")]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("The marathon was held. Li Zicheng finished seventh with 2:10:33, refreshed his personal best result (before was 2:11:48).",
      "2:11:48", ("other", "Li Zicheng")),
     ("Javier Moratalla was eleventh in the marathon with 2:07:12, personal mark (before he had 2:08:40).", "2:08:40",
      ("other", "Javier Moratalla")),
     ("The marathon was held. The national record of the men's marathon in China is 2:07:09, created by Yang Shaohui in Tokyo in 2023.",
      "2:07:09", ("other", "Yang Shaohui")),
     ("The marathon was held. Getaqiu won, his result only 26 seconds slower than the competition record 2:06:19.", "2:06:19",
      ("other", None)),
     ("The marathon was held. Caijiaye Getaqiu took the men's championship with a result of 2:06:45.", "2:06:45", ("result", "Caijiaye Getaqiu")),
     ("Laura Sáez was fourteenth in the marathon with 2:27:48, which gives her the minimum mark of 2:29:30 that the Federation demands.",
      "2:29:30", ("other", None))],
    ids=["before-was-in-brackets", "before-he-had-in-brackets", "created-by", "slower-than-a-record", "took-the-championship",
         "the-minimum-mark-of"],
)
def test_results_what_the_twenty_eighth_stop_read(doc_of, text: str, time: str, expected: tuple) -> None:
    """Translated copy's old marks and wins: a best before the new one in brackets ("(before was 2:11:48)"); a record "created by"
    its holder; a record a time was "slower than"; "took the men's championship with"; "the minimum mark of" a federation."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


def test_results_a_win_and_no_win_said_of_a_championship(doc_of) -> None:
    """"took the men's championship with": a win; "won the best Chinese men's result": a country's best, no win; the holder
    of a record a time was slower than, named after it, is still its holder."""
    doc = doc_of("The marathon was held. Caijiaye Getaqiu took the men's championship with 2:06:45. Li Zicheng ran 2:10:33 and won "
                 "the best Chinese men's result.")
    assert [(athlete_of(r), r._.place) for r in doc.spans["results"]] == [("Caijiaye Getaqiu", 1), ("Li Zicheng", None)]
    doc = doc_of("Tesfaye Alemu won the Rotterdam Marathon in 2:04:32, well a minute slower than the course record of 2:03:36 that "
                 "Bashir Abdi in 2021 here set.")
    assert [(r.label_, athlete_of(r)) for r in doc.spans["results"] if r.text == "2:03:36"] == [("other", "Bashir Abdi")]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Yuki Kawauchi won the Berlin Marathon in 2:03:10. Amanal Petros, eighth overall, took the men's championship with 2:06:27 as the "
      "first German.", "2:06:27", ("result", "Amanal Petros", 8)),
     ("Eliud Kipchoge won the Berlin Marathon in 2:01:09, faster than the world record of 2:01:39 that he himself set four years ago.",
      "2:01:39", ("other", "Eliud Kipchoge", None)),
     ("Tamirat Tola won the Valencia Marathon in 2:04:02, faster than the course record of 2:02:57 of Dennis Kimetto.", "2:02:57",
      ("other", "Dennis Kimetto", None)),
     ("Jorge Blanco was ninth in the Valencia Marathon. Blanco ran the minimum time of 2:11:30 exactly, finishing ninth.", "2:11:30",
      ("result", "Jorge Blanco", 9))],
    ids=["a-nation-s-championship-inside-the-race", "that-he-himself-set", "of-its-holder", "ran-the-minimum-time"],
)
def test_results_what_the_twenty_eighth_stop_s_review_found(doc_of, text: str, time: str, expected: tuple) -> None:
    """The review of this stop's rules: a nation's championship taken inside a bigger race ("as the first German") is no win; a
    record compared with is its holder's when a pronoun sets it or "of" names them (Spanish "de", translated); "ran the minimum
    time of" a result."""
    assert [(r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Men's 800m. Sandy Mackie was the quickest qualifier in 1:51.64 from heat two, while heat one went to Jamie Paterson of "
      "Kilbarchan AAC in 1:52.18.", "1:52.18", ("result", "Jamie Paterson", 1)),
     ("Kiprono won the 5000m trial in 13:20.10. The standard in the men's 5,000m is 13:25.00, and all three men dipped under it.",
      "13:25.00", ("other", None, None)),
     ("Serkan Yildirim won the Istanbul Marathon in 2:16:40. Yildirim said that his target for next year is to go below 2:14:00.",
      "2:14:00", ("other", "Serkan Yildirim", None))],
    ids=["heat-one-went-to", "the-standard-in-the-men-s-5-000m", "a-target-to-go-below"],
)
def test_results_what_the_twenty_eighth_stop_read_next(doc_of, text: str, time: str, expected: tuple) -> None:
    """"heat one went to X in T" a heat's win; "The standard in the men's 5,000m is" a standard (the distance's comma no clause's);
    "his target for next year is to go below 2:14:00" his target."""
    assert [(r.label_, athlete_of(r), r._.place) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


def test_results_an_age_class_s_race_and_an_hour_said_sharp() -> None:
    """"In the boys' U15 3km, ... to win in 9:48": the 3km's (an age class between the sex and the distance); "closes at 10:30
    sharp" an hour; a newsletter's "Our run director this week, Sue Pelham," no runner."""
    from pipeline.api import extract

    facts = extract("The senior men's 10km was won by Ciarán Fitzpatrick in 31:10. In the boys' U15 3km, Jack Phelan won in 9:48.")
    assert [(p.athlete, p.event) for p in facts.performances] == [("Ciarán Fitzpatrick", "10km"), ("Jack Phelan", "3km")]
    facts = extract("Tom Reed won the parkrun in 16:42. Our run director this week, Sue Pelham, thanked the volunteers. Sue also "
                    "reminded everyone that the car park barrier now closes at 10:30 sharp.")
    assert [(p.athlete, p.time) for p in facts.performances] == [("Tom Reed", "16:42")]
    assert [a.name for a in facts.athletes] == ["Tom Reed"]


def test_results_a_paragraph_dated_before_the_race_comes_back_to_it() -> None:
    """"Three weeks before the Chicago Marathon, Hiwot Gebrekidan was not sure she would start. On Sunday she won it ...":
    once a sentence after the paragraph's opening comes back to the race ("On Sunday"), the sentences after it are the race's
    too ("Kenya's Lilian Rono was second in 2:18:05"), not an earlier race's."""
    from pipeline.api import extract

    facts = extract("Three weeks before the Chicago Marathon, Hiwot Gebrekidan was not sure she would start. On Sunday she won it in "
                    "2:17:36. Kenya's Lilian Rono was second in 2:18:05.")
    assert [(p.athlete, p.time, p.place) for p in facts.performances] == [("Hiwot Gebrekidan", "2:17:36", 1),
                                                                            ("Lilian Rono", "2:18:05", 2)]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Haftu Gebremedhin won the Marathon of Eindhoven in 2:06:40. The course record of 2:05:12, in 2019 set by the Kenyan Abel Kirui, "
      "came today never in danger.", "2:05:12", ("other", "Abel Kirui")),
     ("Anne Luijten was ninth in the Marathon of Eindhoven in 2:29:48, a personal record. Her old best time stood on 2:31:03 from "
      "Seville.", "2:31:03", ("other", "Anne Luijten")),
     ("Haftu Gebremedhin won the Marathon of Eindhoven in 2:06:40. The hares Bernard Koech and Silas Kipruto had the instruction to "
      "run until 30 kilometer on schedule for an end time of around 2:05:30.", "2:05:30", ("other", None)),
     ("Gemma Ball took 27 seconds off her PB at Riverside parkrun with 21:14, her old best being 21:41 from the summer.", "21:41",
      ("other", "Gemma Ball")),
     ("Alfie Tennant-Wood broke 20 minutes at Riverside parkrun with 19:58. His target for the year had been 19:59.", "19:59",
      ("other", "Alfie Tennant-Wood"))],
    ids=["in-a-year-set-by", "old-best-time-stood-on", "on-schedule-for-an-end-time-of-around", "her-old-best-being",
         "target-for-the-year-had-been"],
)
def test_results_what_the_twenty_ninth_stop_read(doc_of, text: str, time: str, expected: tuple) -> None:
    """Dutch copy translated: a record's year before its verb (", in 2019 set by the Kenyan Abel Kirui"); a best that "stood on"
    its time ("stond op"); pacemakers "on schedule for an end time of around" a finish no one ran. A club newsletter's "her old
    best being 21:41" and "His target for the year had been 19:59"."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Ingrid Saele was best Norwegian on ninth place with 15:02.44, a new personal record. Before, Saele had 15:09.80.", "15:09.80",
      ("other", "Ingrid Saele")),
     ("Haftom Welday won the world indoor 3000m title in 7:38.42, with Ryan McAllister taking silver in 7:38.90 and Conor Whitfield "
      "bronze in 7:39.15.", "7:39.15", ("result", "Conor Whitfield")),
     ("Haftom Welday won the world indoor 3000m title in 7:38.42, with Ryan McAllister taking silver in 7:38.90 and Conor Whitfield "
      "took bronze in 7:39.15.", "7:39.15", ("result", "Conor Whitfield")),
     ("Tomas Villarreal won the men's 3000m in 7:41.06, a Mexican indoor record. The old NIR was 7:44.52 by Arturo Benitez from the "
      "2021 Boston meeting.", "7:44.52", ("other", "Arturo Benitez")),
     ("Jordan Okafor won the men's mile in 3:56.40. The previous MR, 3:57.12 by Derek Lyles of Texas A&M, had stood since 2018.",
      "3:57.12", ("other", "Derek Lyles")),
     ("Cian O'Rourke won the men's mile in 3:53.10. O'Rourke, who had a 3:55.48 PB coming in, said only that he was happy.", "3:55.48",
      ("other", "Cian O'Rourke"))],
    ids=["before-she-had", "and-another-bronze-in", "and-another-took-bronze-in", "the-old-NIR-was", "the-previous-MR",
         "a-PB-coming-in"],
)
def test_results_what_the_twenty_ninth_stop_read_next(doc_of, text: str, time: str, expected: tuple) -> None:
    """"Before, Saele had 15:09.80" after her new record (Norwegian translated): her old best. A "with" phrase going on to a
    second runner's medal ("with McAllister taking silver in 7:38.90 and Whitfield bronze in 7:39.15"): the bronze is Whitfield's.
    A statistics newsletter's abbreviated old records ("The old NIR was", "The previous MR, 3:57.12 by") and a best brought to the
    race ("who had a 3:55.48 PB coming in")."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Rhys Pritchard won the fell race in 1:27:41. Nobody got close to the course record, which has stood since 1988, when Colin "
      "Donnelly ran 1:22:58 in conditions the old hands still talk about.", "1:22:58", ("other", "Colin Donnelly")),
     ("Lucy Harrow ran a 4:08.21 PB coming in third behind Jess Carr in the 1500m at Loughborough.", "4:08.21", ("result", "Lucy Harrow")),
     ("Karoline Grovdal won the 5000m final in 14:59.10. Before, she had 15:09.80 in the heats on Thursday.", "15:09.80",
      ("result", "Karoline Grovdal")),
     ("Laura Muir won the 1500m in 3:56.80. The old BR was 3:57.49 set by Kelly Holmes.", "3:57.49", ("other", "Kelly Holmes")),
     ("Ingrid Lid won the 5000m on Sunday in 15:02.33. Before that, she had 4:05.10 in the 1500m on Friday, finishing second.",
      "4:05.10", ("result", "Ingrid Lid")),
     ("The target for the pacemakers was 61:30 at halfway, and Jacob Kiplimo won the marathon in 2:04:10.", "61:30", ("other", None)),
     ("Josh Kerr won the 3000m in 7:35.10, with Neil Gourley taking silver in 7:38.90 and Andrew Butchart a distant bronze in 7:45.00.",
      "7:45.00", ("result", "Andrew Butchart"))],
    ids=["record-stood-since-a-year-when", "a-PB-coming-in-third", "before-she-had-in-the-heats", "the-old-BR", "before-that-a-race",
         "a-target-for-the-pacemakers", "a-distant-bronze"],
)
def test_results_what_the_twenty_ninth_stop_read_last(doc_of, text: str, time: str, expected: tuple) -> None:
    """A record "which has stood since 1988, when Colin Donnelly ran 1:22:58": his. The review of this stop's rules: a PB "coming in
    third" is set finishing, no best brought; "Before, she had 15:09.80 in the heats" a round's result; "The old BR" an old best;
    "Before that, she had 4:05.10 in the 1500m on Friday" (the second review) the meeting's earlier race; a target "for the
    pacemakers" a pace asked of them, no runner's; "a distant bronze in" the named runner's."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]



def test_results_a_club_s_scorer_in_a_with_phrase(doc_of) -> None:
    """A club newsletter's "with Sarah Tennant-Wood just behind in 31:47 and Jo Marsh third scorer in 33:05": the third scorer's
    time is Jo Marsh's (it had gone to the sentence's subject), and a team's scorer no place in the race."""
    doc = doc_of("Priya Shah was our first finisher in 31:20, 33rd overall, with Sarah Tennant-Wood just behind in 31:47 and Jo Marsh "
                 "third scorer in 33:05.")
    assert [(athlete_of(r), r._.place) for r in doc.spans["results"] if r.text == "33:05"] == [("Jo Marsh", None)]



@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Hansen ran 8:20.10 to win the steeplechase. Before, Hansen had 8:25.40 in his qualifying heat at the 2022 Europeans.", "8:25.40",
      ("other", "Hansen")),
     ("Ben Jones, who had the 3:55.48 PB coming in, finished fourth in the mile in 3:56.10.", "3:55.48", ("other", "Ben Jones"))],
    ids=["a-heat-of-another-meeting", "the-PB-coming-in"],
)
def test_results_what_the_twenty_ninth_stop_s_second_review_found(doc_of, text: str, time: str, expected: tuple) -> None:
    """The second review: a round of another meeting after "Before, X had" keeps the time an old best ("in his qualifying heat at
    the 2022 Europeans"); "who had the 3:55.48 PB coming in" a best brought (its article "the")."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]



def test_results_the_last_finisher_in_a_with_phrase(doc_of) -> None:
    """(What the second review found still missed: "with Ann Bell last finisher in 41:20" is hers, not the winner's.)"""
    doc = doc_of("Tom Reed won the parkrun in 16:42, with Ann Bell last finisher in 41:20.")
    assert [athlete_of(r) for r in doc.spans["results"] if r.text == "41:20"] == ["Ann Bell"]



def test_results_heats_at_the_same_championships_are_this_meeting_s(doc_of) -> None:
    """(The third review: "Before, she had 15:09.80 in the heats on Friday at the same championships" is this meeting's heat, a
    result; only a round dated or placed elsewhere, "at the 2022 Europeans", "at the Tokyo Olympics", is an old best.)"""
    doc = doc_of("Karoline Grovdal won the 5000m final at the Norwegian Championships in 15:01.20. Before, she had 15:09.80 in the heats "
                 "on Friday at the same championships.")
    assert [r.label_ for r in doc.spans["results"] if r.text == "15:09.80"] == ["result"]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Meseret Gola won the women's race in 2:19:50 and stayed only some seconds over the course record of 2:19:44.", "2:19:44",
      ("other", None)),
     ("Benard Koech won in 2:05:01. Koech, who until now had a best time of 2:06:58 from Eindhoven, was happy.", "2:06:58",
      ("other", "Benard Koech")),
     ("Lukas Brenner was tenth in 2:09:48. He improved his personal best by over a minute, it stood before at 2:11:02.", "2:11:02",
      ("other", "Lukas Brenner")),
     ("Benard Koech won in 2:05:01. The organizers had ordered the pace makers on a final time of 2:03:30.", "2:03:30",
      ("other", None)),
     ("Meseret Gola won in 2:19:50. The German record of the women holds since 2008 Irina Mikitenko with 2:19:19 from Berlin.",
      "2:19:19", ("other", "Irina Mikitenko")),
     ("Edwin Rotich won in 2:12:48. The course record, 2:10:58 from 2011 by the Ethiopian Hailu Wondimu, was never in danger.",
      "2:10:58", ("other", "Hailu Wondimu")),
     ("Ava Mendez won the girls 1,600 in 4:46.90. She wanted the meet record (4:44.12 by Upper Arlington's Lauren Whitfield in 2019).",
      "4:44.12", ("other", "Lauren Whitfield")),
     ("Girls 3,200: 1. Kenzie Ortner (Hudson) 10:21.08 (meet record; old record 10:23.66, Anna Kowalczyk, Hudson, 2016); 2. Priya "
      "Natarajan (Liberty) 10:34.45.", "10:23.66", ("other", "Anna Kowalczyk")),
     ("Sunday Audu was fourth in 2:20:10. Audu, whose personal best before Saturday stood at 2:22:31, was pleased.", "2:22:31",
      ("other", "Audu")),
     ("Graham Pollard won the M60 1500m in 4:38.12. The world M60 indoor best is 4:29.01 by Australia's Ron Halloran.", "4:29.01",
      ("other", "Ron Halloran")),
     ("Otmane El Ghazi was third in 8:06.40. His personal record stood until now at 8:09.15.", "8:09.15", ("other", "Otmane El Ghazi")),
     ("Otmane El Ghazi was third in 8:06.40. His trainer said that the objective is to descend under the 8:00 this season.", "8:00",
      ("other", "Otmane El Ghazi")),
     ("Jonas Lindqvist was ninth in 2:19:31. He had before the race talked about a time under 2:15:00.", "2:15:00",
      ("other", "Jonas Lindqvist")),
     ("Sam Brinkworth won the Auckland Marathon in 2:17:48. It was a gamble: his personal best coming into the race was 2:19:05.",
      "2:19:05", ("other", "Sam Brinkworth"))],
    ids=["seconds-over-the-course-record", "until-now-had-a-best-time-of", "it-stood-before-at", "pace-makers-on-a-final-time",
         "record-holds-since-a-year-a-name-with", "from-a-year-by-the-ethiopian", "by-a-town-s-runner-in-a-bracket",
         "old-record-in-a-row-s-bracket", "whose-best-before-a-day-stood-at", "a-world-age-group-best-is-by",
         "personal-record-stood-until-now-at", "objective-to-descend-under", "talked-about-a-time-under",
         "best-coming-into-the-race-was"],
)
def test_results_what_the_thirtieth_stop_read(doc_of, text: str, time: str, expected: tuple) -> None:
    """German copy translated: a time "some seconds over the course record of" misses it; a best "until now" had, or that "stood
    before at" a time, is the runner's old one; pacemakers ordered "on a final time of" a finish no one ran; a record that "holds
    since 2008 Irina Mikitenko with" its time is hers. A record's holder after "by" with its year before ("from 2011 by the
    Ethiopian"), a bracket's "by Upper Arlington's Lauren Whitfield", a results row's "(meet record; old record 10:23.66, Anna
    Kowalczyk, ...)"; "whose personal best before Saturday stood at" the runner's. "The world M60 indoor best is 4:29.01 by" its
    holder; "His personal record stood until now at" (French translated) his old best; "the objective is to descend under" a
    target; a time a runner "talked about" before the race (Swedish translated) his target."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("We raced the 10-mile point-to-point. Tom Brennan ran 55:38, which puts him 41st overall.", 41),
     ("We raced the 10-mile point-to-point. Tom Brennan ran 55:38, which was good for 41st place.", 41),
     ("We raced the 10-mile point-to-point. Tom Brennan ran 55:38, which is a second short of his best.", None)],
    ids=["which-puts-him", "which-was-good-for", "which-is-no-place"],
)
def test_results_a_place_in_a_clause_after_the_time(text: str, expected) -> None:
    """"ran 55:38, which puts him 41st overall": the clause after the time places its runner."""
    from pipeline.api import extract

    assert [p.place for p in extract(text).performances] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Amane Gobena dropped the pacers for a time of 2:21:02 and won the marathon.", "2:21:02", ("result", "Amane Gobena")),
     ("Amane Gobena won the marathon, running with the pacemakers to a final time of 2:21:02.", "2:21:02", ("result", "Amane Gobena")),
     ("Yuki Kawauchi won the marathon. Afterwards he talked about running 2:14:08 in such heat.", "2:14:08",
      ("result", "Yuki Kawauchi")),
     ("Kiprop won by only seconds over Rotich in a course record of 59:44. Stephen Kiprop said he was delighted.", "59:44",
      ("result", "Stephen Kiprop")),
     ("Chasing the record, Sifan Hassan held Beatrice Chebet off with 14:07.11 for second.", "14:07.11",
      ("result", "Beatrice Chebet")),
     ("Tom Kelly won the M60 1500m in 4:27.50. The new world M60 indoor best is 4:27.50 by Tom Kelly, who broke Ron Halloran's mark.",
      "4:27.50", ("result", "Tom Kelly")),
     ("Tom Kelly won the M60 1500m in 4:27.50. The world best was 4:29.01 until Kelly ran 4:27.50.", "4:29.01", ("other", None)),
     ("Kenzie Ortner won the girls 3,200 in 10:21.08 (meet record, old record 10:23.66 by Anna Kowalczyk of Hudson in 2016).",
      "10:23.66", ("other", "Anna Kowalczyk"))],
    ids=["dropped-the-pacers-for-a-time-of", "with-the-pacemakers-to-a-final-time", "talked-about-running-a-time",
         "seconds-over-a-rival", "held-a-rival-off-with", "a-new-world-best-is", "a-world-best-until-another-ran",
         "old-record-by-in-a-bracket"],
)
def test_results_what_the_thirtieth_stop_s_review_found(doc_of, text: str, time: str, expected: tuple) -> None:
    """The review's probes: pacemakers are set on a finish only by whoever orders them ("dropped the pacers for a time of" is the
    runner's own); a time "talked about" is a target only as a bar or a guess ("a time under"), not "running 2:14:08"; "seconds
    over" a rival is a margin; "held Chebet off with" a race's verb (a record "holds since" its year); a "new" world best is the
    race's; a world best broken is no one's named; an old record's holder after "by" in a bracket."""
    results = [r for r in doc_of(text).spans["results"] if r.text == time]
    assert [(r.label_, athlete_of(r)) for r in results][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Kevin Hart won the 5000m in 13:05.12, which places him third on the world list.", "13:05.12", ("result", "Kevin Hart", 1)),
     ("Tom Brennan ran 55:38, which placed him second in the M50 category, 120th overall.", "55:38", ("result", "Tom Brennan", 120)),
     ("Jacob Kiplimo won by seconds over the Kenyan in course record 59:44.", "59:44", ("result", "Jacob Kiplimo", 1)),
     ("Kenenisa Bekele won the marathon in 2:05:10. He dreams of running 2:03:00 one day.", "2:03:00",
      ("other", "Kenenisa Bekele", None)),
     ("Tigst Kejeta won in 2:21:10. The German record has been held since 2008 by Irina Mikitenko with 2:19:19.", "2:19:19",
      ("other", "Irina Mikitenko", None))],
    ids=["which-places-him-on-a-list", "which-placed-him-in-a-category", "seconds-over-the-kenyan", "dreams-of-running",
         "has-been-held-since-by"],
)
def test_results_what_the_thirtieth_stop_s_second_review_found(doc_of, text: str, time: str, expected: tuple) -> None:
    """The second review: a "which" clause places its runner only where it ends at the place (not "third on the world list",
    "second in the M50 category"); "seconds over the Kenyan" is a margin; "dreams of running" a time a target; a record "has been
    held since 2008 by" its holder."""
    results = [r for r in doc_of(text).spans["results"] if r.text == time]
    assert [(r.label_, athlete_of(r), r._.place) for r in results][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Anne Luijten was ninth in 2:27:48, a personal record. She had hoped on under the 2:28:30, so her goal she has reached.",
      "2:28:30", ("other", "Anne Luijten")),
     ("Mwanaisha Selemani won the half in 1:11:58. Selemani said her target had been to run under 1:12:30.", "1:12:30",
      ("other", "Mwanaisha Selemani")),
     ("Amos Kiprono of Kenya won the Lisbon Half Marathon in 59:40. \"I came here for the record,\" declared the Kenyan athlete, "
      "that already had a personal best of 58:55 from Berlin.", "58:55", ("other", "Amos Kiprono"))],
    ids=["hoped-on-under", "target-had-been-to-run-under", "the-described-speaker-who-had-a-best"],
)
def test_results_what_the_thirtieth_stop_read_in_the_corpus(doc_of, text: str, time: str, expected: tuple) -> None:
    """Misses read again in the corpus's translated copy: "had hoped on under the 2:28:30" (Dutch "gehoopt op") a target; "her
    target had been to run under" one; a best "that already had" the speaker an attribution describes ('," declared the Kenyan
    athlete, that already had a personal best of 58:55 from Berlin', Portuguese translated) is that speaker's."""
    results = [r for r in doc_of(text).spans["results"] if r.text == time]
    assert [(r.label_, athlete_of(r)) for r in results] == [expected]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Amos Kiprono won the Lisbon Half Marathon in 59:40. The hares had order to pass the 10 kilometers in 27:20, rhythm for "
      "finish in 57:20.", "27:20", [("other", None)]),
     ("Joshua Cheptegei won in 13:38. Two pacemakers have been booked to take Cheptegei through the first three kilometres at "
      "2:33-2:34 pace.", "2:33", [])],
    ids=["a-split-asked-of-the-hares", "a-pace-per-kilometre"],
)
def test_results_a_pace_asked_of_the_pacemakers_is_a_target(doc_of, text: str, time: str, expected: list) -> None:
    """A point's time asked of the pacemakers ("The hares had order to pass the 10 kilometers in 27:20") is a target, no one's
    (the gold of the newer batches lists it; it had been dropped); a pace per kilometre asked of them is no time of a point."""
    assert [(r.label_, athlete_of(r)) for r in doc_of(text).spans["results"] if r.text == time] == expected


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Tom Brennan ran 55:38, which earned him 14th place overall.", "55:38", ("result", 14)),
     ("Tom Brennan ran 55:38, which put him 14th among the men.", "55:38", ("result", 14)),
     ("Tom Brennan ran 55:38, which puts him 14th overall after two races in the series.", "55:38", ("result", None)),
     ("Sam Brinkworth won in 2:17:48. Local radio host Tim Kirk, who ran 2:11:05 in Berlin, was the starter.", "2:11:05", None),
     ("Kelvin Kiptum won in 2:00:35. Nobody dreamed of 2:00:35 when the gun went.", "2:00:35", ("result", 1))],
    ids=["earned-him-nth-place-overall", "nth-among-the-men", "a-series-standing", "a-host-who-ran-a-time-elsewhere",
         "nobody-dreamed-of"],
)
def test_results_what_the_thirtieth_stop_s_third_review_found(doc_of, text: str, time: str, expected) -> None:
    """The third review: "which earned him 14th place overall", "14th among the men" place their runner, "14th overall after two
    races in the series" does not; a host "who ran 2:11:05 in Berlin" ran no race of this report; "Nobody dreamed of 2:00:35" is
    no target."""
    results = [(r.label_, r._.place) for r in doc_of(text).spans["results"] if r.text == time and r.label_ == "result"]
    assert results[-1:] == ([expected] if expected else [])
