"""Tests for pipeline.stages.splits: intermediate times, where they were taken, and who ran them."""

from __future__ import annotations

import pytest
import spacy

import pipeline.stages  # noqa: F401  (registers the factories)
from pipeline import patterns as P
from pipeline.errors import MissingStageError
from pipeline.stages.splits import split_point


def splits(doc) -> list[tuple[str, str, float | None, str | None]]:
    return [
        (s.text, s.label_, s._.distance_m, s._.athlete.label_ if s._.athlete is not None else None)
        for s in doc.spans["splits"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The men's mile at the Bislett Games was quick from the gun. "
            "Pacemaker Abraham Alvarado passed the first 400m in 55.91.",
            [("55.91", "400m", 400.0, "Abraham Alvarado")],
        ),
        (
            "Josh Kerr hit the front early in the men's 1500m. By 800m he had reached 1:52.74.",
            [("1:52.74", "800m", 800.0, "Josh Kerr")],
        ),
        (
            "Jakob Ingebrigtsen led the men's mile from the start and reached the bell in 2:50.70.",
            [("2:50.70", "bell", 1209.34, "Jakob Ingebrigtsen")],
        ),
        (
            "Jakob Ingebrigtsen led the men's 1500m from the start and reached the bell in 2:38.10.",
            [("2:38.10", "bell", 1100.0, "Jakob Ingebrigtsen")],
        ),
        (
            "In the women's 1500m Faith Kipyegon hit three-quarters in 2:55.1.",
            [("2:55.1", "three-quarters", 1125.0, "Faith Kipyegon")],
        ),
        (
            "In the men's 800m Emmanuel Wanyonyi went through halfway in 49.9.",
            [("49.9", "halfway", 400.0, "Emmanuel Wanyonyi")],
        ),
        (
            "In the men's mile Alvarado ran 58.4 seconds through 400m before stepping aside.",
            [("58.4", "400m", 400.0, "Abraham Alvarado")],
        ),
        (
            "Josh Kerr won the men's 1500m in Paris and covered the last lap in 52.8.",
            [("52.8", "last lap", 1500.0, "Josh Kerr")],
        ),
        (
            "Kelvin Kiptum won the marathon in Chicago after passing 30km in 1:27:49.",
            [("1:27:49", "30km", 30000.0, "Kelvin Kiptum")],
        ),
    ],
    ids=["first-400m", "by-800m-pronoun", "bell-mile", "bell-1500m", "three-quarters", "halfway",
         "time-then-point", "last-lap", "marathon-km"],
)
def test_splits_where_and_who(doc_of, text: str, expected: list[tuple]) -> None:
    assert splits(doc_of(text)) == expected


def test_splits_last_lap_is_a_lap(doc_of) -> None:
    doc = doc_of("Josh Kerr won the men's 1500m in Paris and covered the last lap in 52.8.")
    assert [(s.label_, s._.lap) for s in doc.spans["splits"]] == [("last lap", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The men's mile at the Bislett Games began steadily. "
            "Jakob Ingebrigtsen moved into the lead after 800m. "
            "At the bell, reached in 2:50.70, the field was strung out behind him.",
            [("2:50.70", "bell", 1209.34, "Jakob Ingebrigtsen")],
        ),
        (
            "The women's 1500m at the Paris Olympics was a fast one. "
            "Faith Kipyegon took the lead after two laps. "
            "The bell came in 2:50.3 and nobody could live with her.",
            [("2:50.3", "bell", 1100.0, "Faith Kipyegon")],
        ),
        (
            "The men's mile at the Prefontaine Classic went out hard. "
            "Pacemaker Erik Sowinski led through 400m in 55.1. "
            "Yared Nuguse then took the lead. "
            "By 1200m, passed in 2:51.9, only three men were left in contention.",
            [("55.1", "400m", 400.0, "Erik Sowinski"), ("2:51.9", "1200m", 1200.0, "Yared Nuguse")],
        ),
        (
            "Josh Kerr and Jakob Ingebrigtsen met again in the men's mile. "
            "At the bell, reached in 2:50.70, Ingebrigtsen was two metres ahead of Kerr.",
            [("2:50.70", "bell", 1209.34, "Jakob Ingebrigtsen")],
        ),
        (
            "Josh Kerr and Jakob Ingebrigtsen met again in the men's mile. "
            "Sitting behind Kerr, Ingebrigtsen passed 800m in 1:52.74.",
            [("1:52.74", "800m", 800.0, "Jakob Ingebrigtsen")],
        ),
    ],
    ids=["leader-earlier-sentence", "leader-two-sentences-back", "leader-changes", "subject-over-object",
         "object-first"],
)
def test_splits_leader_from_earlier_sentence(doc_of, text: str, expected: list[tuple]) -> None:
    assert splits(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr won the men's 1500m in 3:27.79.", []),
        ("Kerr ran 3:45.34 at the Pre Classic, 55.91 faster than anyone expected.", []),
        (
            "Josh Kerr won the men's mile in 3:45.34. He passed 400m in 55.91.",
            [("55.91", "400m", 400.0, "Josh Kerr")],
        ),
    ],
    ids=["finish-time", "no-point", "finish-and-split"],
)
def test_splits_finish_times_are_not_splits(doc_of, text: str, expected: list[tuple]) -> None:
    assert splits(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "race_m", "expected"),
    [
        ("passed the first 400m in 55.91", 1609.34, ("400m", 400.0, False)),
        ("reached the bell in 2:50.70", 1609.34, ("bell", 1209.34, False)),
        ("reached the bell in 2:50.70", 1500.0, ("bell", 1100.0, False)),
        ("reached the bell in 2:50.70", None, ("bell", None, False)),
        ("hit three-quarters in 2:55.1", 1500.0, ("three-quarters", 1125.0, False)),
        ("covered the last lap in 52.8", 1500.0, ("last lap", 1500.0, True)),
        ("covered the first lap in 57.2", 1500.0, ("first lap", 400.0, True)),
        ("went through 1,000m in 2:20.1", 1500.0, ("1000m", 1000.0, False)),
        ("passed 1500m in 3:32.4", 1500.0, None),
        ("won the final in 3:27.79", 1500.0, None),
    ],
    ids=["400m", "bell-mile", "bell-1500m", "bell-unknown-race", "three-quarters", "last-lap", "first-lap",
         "comma-distance", "finish-distance", "no-point"],
)
def test_splits_split_point(text: str, race_m: float | None, expected: tuple | None) -> None:
    time = text.split(" in ")[-1]
    start = text.index(time)
    seconds = sum(float(part) * 60**i for i, part in enumerate(reversed(time.split(":"))))
    got = split_point(text, start, start + len(time), seconds, 0, race_m)
    assert got == expected


def test_splits_of_the_winner_time_then_point(doc_of) -> None:
    """Translated: "The first 5 km were made in 13:50"; "The passages of the winner were of 15:32 at
    the 5 km, ..., 46:50 to the 15 km": times then their points, the winner's (the women's, told
    after the men's), "to the 15 km" as "at"."""
    doc = doc_of("Kibiwott Kandie won the men's half marathon in 59:05. The first 5 km were made in 13:50.\n\n"
                 "In the women's race, Tsigie Gebreselama won with 1:05:57 and Sheila Chepkirui was second with 1:06:20. "
                 "The passages of the winner were of 15:32 at the 5 km, 31:10 at the 10 km and 46:50 to the 15 km.")
    assert [(s.text, s.label_, s._.athlete.text if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("13:50", "5km", None), ("15:32", "5km", "Tsigie Gebreselama"), ("31:10", "10km", "Tsigie Gebreselama"),
        ("46:50", "15km", "Tsigie Gebreselama")]


def test_splits_prime_notation_closing_lap(doc_of) -> None:
    """A closing lap in French primes ("closed in 53''9") is read from its seconds, as "53.9" is."""
    doc = doc_of("Mohamed Katir won the 1500m in 3'29''80.\n\nKatir closed in 53''9 for the last lap.")
    assert [(s.label_, s._.seconds, s._.lap) for s in doc.spans["splits"]] == [("last lap", 53.9, True)]


def test_splits_distance_then_passed_in(doc_of) -> None:
    """"By 30 kilometres, passed in 1:27:41": the point first, spelt out, then its time."""
    doc = doc_of("Abdi Nageeye won the marathon in 2:03:29.\n\nBy 30 kilometres, passed in 1:27:41, only three were left.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("1:27:41", "30km", 30000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soufiane El Bakkali won the 3000m steeplechase in 8:04.21.\n\n20:12 — 1000m passed in 2:41.8.", ("2:41.8", "1000m")),
        ("Mary Moraa won the 800m in 1:57.02.\n\n20:35 — 400m in 56.3 for the pacer.", ("56.3", "400m")),
    ],
    ids=["distance-passed-in", "distance-in-tenths"],
)
def test_splits_a_distance_right_before_its_time(doc_of, text: str, expected: tuple) -> None:
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == [expected]


def test_splits_the_final_circuit_is_the_last_lap(doc_of) -> None:
    doc = doc_of("Jakob Ingebrigtsen won the 1500m in 3:29.74 and covered the final circuit in 53.8 seconds.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("53.8", "last lap")]


def test_splits_the_unit_before_the_number(doc_of) -> None:
    """Translated road splits: "At kilometre 5, 13:32", "in the kilometre 8, in 21:39"."""
    doc = doc_of("Jacob Kiplimo won the 10km in 26:51. At kilometre 5, 13:32, the group was nine. In the kilometre 8, in 21:39, three were left.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("13:32", "5km"), ("21:39", "8km")]


def test_splits_the_first_half(doc_of) -> None:
    doc = doc_of("Alexander Mutiso Munyao won the marathon in 2:03:21. A group of eight went through the first half, reached in 1:01:29.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:01:29", "halfway")]


def test_splits_a_point_in_miles_and_a_place_between_point_and_time(doc_of) -> None:
    doc = doc_of("Jacob Kiplimo won the half marathon in 60:02, pulling away before halfway, with Tamirat Tola second in 1:00:31. "
                 "Emile Cairess was 14 seconds down on Tola by the time he passed 10 miles in 46:20.")
    assert [(s.text, s.label_, round(s._.distance_m), s._.athlete.label_) for s in doc.spans["splits"]] == [
        ("46:20", "10 miles", 16093, "Emile Cairess")]


def test_splits_the_half_marathon_is_halfway_only_in_a_marathon(doc_of) -> None:
    marathon = doc_of("Tigist Ketema won the marathon in 2:18:33. The men passed the half marathon in 1:02:31.")
    half = doc_of("Abel Kipchumba won the half marathon in 59:48.")
    assert [(s.text, s.label_) for s in marathon.spans["splits"]] == [("1:02:31", "halfway")]
    assert [(s.text, s.label_) for s in half.spans["splits"]] == []


def test_splits_a_live_blog_point_said_alone_before_its_time(doc_of) -> None:
    text = ("Jakob Ingebrigtsen won the men's 5000m in 13:14.26.\n\n21:23\nBell! Ingebrigtsen hits it in 12:21.0 with Mills on his shoulder."
            "\n\n21:13\nIsaac Kimeli took them through the first kilometre in 2:41.9.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("12:21.0", "bell", 4600.0), ("2:41.9", "1km", 1000.0)]


def test_splits_through_the_mile_of_a_longer_race(doc_of) -> None:
    longer = doc_of("Jane Hedengren won the 5000m in 15:15.20. The field came through the mile in 4:52.")
    assert [(s.text, s.label_) for s in longer.spans["splits"]] == [("4:52", "1 mile")]


def test_splits_points_in_k_and_a_hyphenated_last_lap(doc_of) -> None:
    text = ("Jane Hedengren won the 5000m in 15:06.20. Hilda Olemomoi took the field through 1K in 3:04.9 and led at 3K in 9:13.4. "
            "Hedengren closed with a 61.8-second final lap.")
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == [("3:04.9", "1km"), ("9:13.4", "3km"), ("61.8", "last lap")]


def test_splits_translated_points(doc_of) -> None:
    text = ("Prudence Sekgodiso won the final of the 800 m in 1:59,71. At the passage of the 400 m, it is the Beninese Noelie "
            "Yarrigo who was in head in 58,9. To the 600 m, the chronometer indicated 1:29,5 and the group was compact.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("58,9", "400m"), ("1:29,5", "600m")]
    assert {r._.race.event for r in doc.spans["results"]} == {"800m"}


def test_splits_of_a_race_named_by_no_event(doc_of) -> None:
    text = ("The TEN recap\n\nKieran Lumb took them through 1k in 2:41.2 and 2k in 5:22.6. Nico Young won in 26:42.61, "
            "Grant Fisher was second in 26:43.20 and Jimmy Gressier third in 26:45.07.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("2:41.2", "1km"), ("5:22.6", "2km")]
    assert {r._.race.event for r in doc.spans["results"]} == {"10000m"}


def test_splits_a_time_before_halfway(doc_of) -> None:
    doc = doc_of("Daniel Ebenyo won the 10km in 26:52. He sat in the pack through a 13:19 halfway.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("13:19", "halfway")]


def test_splits_miles_in_words_and_an_opening_quarter(doc_of) -> None:
    road = doc_of("Reed Fischer won the Twin Cities 10 Mile in 46:31. Fischer and Simbassa were together through five miles in 23:22.")
    mile = doc_of("Yared Nuguse won the mile in 3:44.12. Erik Sowinski towed the field through the opening quarter in 55.6.")
    assert [(s.text, s.label_, round(s._.distance_m)) for s in road.spans["splits"]] == [("23:22", "5 miles", 8047)]
    assert [(s.text, s._.distance_m) for s in mile.spans["splits"]] == [("55.6", 400.0)]


def test_splits_a_distance_mark_and_kilometres_in_words(doc_of) -> None:
    text = ("Nadia Battocletti won the 10,000m in 30:43,35. The 5000-meter mark passed the leading group with her in front "
            "after 15:37,40 minutes. After eight kilometers (25:01,0) six women were still together.")
    assert [(s.text, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("15:37,40", 5000.0), ("25:01,0", 8000.0)]


def test_splits_a_lap_time_before_final_lap(doc_of) -> None:
    doc = doc_of("Nikki Hiltz defended the title with a 61.2 final lap to win the 1500m in 4:02.36.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("61.2", "last lap")]


def test_splits_a_table_of_distances_dashed_from_their_times(doc_of) -> None:
    """"5km - 14:07 (Kiplimo)": each line a split, its distance no race, whoever the bracket names."""
    text = ("Jacob Kiplimo won the 10km race at the World Cross Country Championships in 28:09.\n\n"
            "Leaders' kilometre splits:\n4km - 11:17 (Aregawi)\n5km - 14:07 (Kiplimo)\n6km: 16:55 (Kiplimo)\n")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("11:17", "4km"), ("14:07", "5km"), ("16:55", "6km")]
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["28:09"]


def test_splits_translated_passages_to_a_distance(doc_of) -> None:
    text = ("Faith Kipyegon has crossed the line in 14:05,20. The hares have carried the group to the passage of the 3000m in "
            "8:28,5, then to the 4000m in 11:19,8. Passed to the 1000m in 2:37,4 and to the 2000m in 5:16,2, she was alone.")
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == [
        ("8:28,5", "3000m"), ("11:19,8", "4000m"), ("2:37,4", "1000m"), ("5:16,2", "2000m")]


def test_splits_a_track_distance_said_without_its_unit(doc_of) -> None:
    doc = doc_of("Niels Laros won the mile in 3:46.38. Erik Sowinski paced them through 400 in 55.6 and hit 800 in 1:53.1.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("55.6", "400m"), ("1:53.1", "800m")]


def test_splits_the_bell_called_after_a_blog_stamp(doc_of) -> None:
    doc = doc_of("Hagos Gebrhiwet won the 5000m final in 12:57.08.\n\n21:22 THE BELL! 12:03.5 on the clock and Gebrhiwet leads.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("12:03.5", "bell")]


# ---- stage order ---------------------------------------------------------------------------------


def test_splits_needs_times_stage() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Josh Kerr won the mile in 3:47.28.")
    with pytest.raises(MissingStageError, match="athletics_times"):
        nlp.create_pipe("athletics_splits")(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hobbs Kessler won the mile in 3:51.0. He took the field through the quarter in 58.2.", [("58.2", "quarter", 402.34)]),
     ("Niels Laros won the 1500m in 3:27.96. Erik Sowinski took them out, 400 in 54.6.", [("54.6", "400m", 400.0)]),
     ("Keely Hodgkinson won the 800m in 1:55.62. The rabbit went 400 in 56.1.", [("56.1", "400m", 400.0)])],
    ids=["quarter-of-a-mile", "unitless-after-a-comma", "unitless-after-went"],
)
def test_splits_points_of_american_copy(doc_of, text: str, expected: list) -> None:
    got = [(s.text, s.label_, round(s._.distance_m)) for s in doc_of(text).spans["splits"]]
    assert got == [(t, at, round(d)) for t, at, d in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hawi Feysa won the marathon in 2:20:15, although at half distance with 1:09:31 she still lay on course for the record.",
      [("1:09:31", "halfway")]),
     ("Cole Hocker won the mile in 3:50.21. Kessler, who had led from the bell, was timed at 3:50.58.", [])],
    ids=["half-distance", "led-from-the-bell"],
)
def test_splits_points_of_translated_and_american_copy(doc_of, text: str, expected: list) -> None:
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_distance_with_a_thousands_dot(doc_of) -> None:
    text = "Thierry Ndikumwenayo won the 10,000m in 28:02,41. He passed the 5.000 meters in 14:12,30 in a group of six."
    assert [(s.text, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("14:12,30", 5000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sophie O'Sullivan won the 3000m in 8:50.12. Maia Ramsden towed the pack through the first kilometer in 3:01.2 "
      "and the second in 6:00.8.", [("3:01.2", 1000.0), ("6:00.8", 2000.0)]),
     ("Sophie O'Sullivan won the 3000m in 8:50.12. She ran the first lap in 61.2 and the second in 62.0.",
      [("61.2", 400.0), ("62.0", 400.0)])],
    ids=["the-second-kilometre-reached", "the-second-lap-alone"],
)
def test_splits_the_next_stretch_with_its_noun_left_out(doc_of, text: str, expected: list[tuple]) -> None:
    doc = doc_of(text)
    assert [(s.text, s._.distance_m) for s in doc.spans["splits"]] == expected
    assert [r.text for r in doc.spans["results"]] == ["8:50.12"]


def test_splits_a_bulleted_list_of_splits(doc_of) -> None:
    text = ("Sifan Hassan won the Chicago Marathon in 2:13:44.\n\nWomen's lead splits:\n\n- 10K: 31:07 (Chepngetich)\n"
            "- Half: 1:05:42 (Chepngetich and Hassan)\n- 30K: 1:34:05 (Hassan)\n\nChepngetich was second in 2:15:37.")
    doc = doc_of(text)
    assert [(s.text, s._.distance_m) for s in doc.spans["splits"]] == [("31:07", 10000.0), ("1:05:42", 21097.5), ("1:34:05", 30000.0)]
    assert [r.text for r in doc.spans["results"]] == ["2:13:44", "2:15:37"]


def test_splits_a_live_blogs_present_tense(doc_of) -> None:
    doc = doc_of("Evans Chebet won the Boston Marathon in 2:05:54.\n\n11:14 a.m.\nChebet, Geay and Kipruto pass 20 miles in 1:35:51.")
    assert [(s.text, s._.distance_m) for s in doc.spans["splits"]] == [("1:35:51", 32186.8)]


def test_splits_the_bell_indoors_is_a_200m_lap_from_home(doc_of) -> None:
    text = ("Josh Kerr won the 3000m at the World Indoor Championships in 7:42.98. Selemon Barega led at the bell in "
            "7:16.4.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("7:16.4", "bell", 2800.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gudaf Tsegay won the women's 1,500 metres at the world indoor championships on Saturday in 3:54.86. By the bell, "
         "reached in 3:24.7, the gap was three seconds.", [("3:24.7", "bell", 1300.0)]),
        ("Owen Delaney won the mile in 3:58.41 at the BIG EAST Indoor Track & Field Championships. Matt Kessel still led at the "
         "bell in 3:29.7.", [("3:29.7", "bell", 1409.34)]),
        ("Jakob Ingebrigtsen won the 5000m in Oslo in 12:48.45. He was at the bell in 11:53.0. It was his first 5000m since he "
         "skipped the world indoor championships.", [("11:53.0", "bell", 4600.0)]),
        ("Standing 6'04'' at the 800 m start, Marco Arop towers over his rivals. He won the 800m in 1:43.10.", []),
        ("Fresh from gold at the world indoor championships in March, Jessica Hull won the 1500m in Eugene in 3:55.10. She was "
         "at the bell in 2:55.3.", [("2:55.3", "bell", 1100.0)]),
        ("Jacob Kiplimo won the half marathon in 57'31''. Kiplimo stood out from the start and passed the 5 km in 13'50''.",
         [("13'50''", "5km", 5000.0)]),
        ("Jakob Ingebrigtsen, who won the 3000m at the European indoor championships in Istanbul, clocked 3:29.10 to win the "
         "1500m in Oslo. He passed the bell in 2:46.20.", [("2:46.20", "bell", 1100.0)]),
        ("Jakob Ingebrigtsen won the 3000m in 7:42.98 at the world indoor championships in Glasgow, passing the bell in 7:15.9.",
         [("7:15.9", "bell", 2800.0)]),
        ("At the European indoor championships in Istanbul, Jakob Ingebrigtsen ran 3:33.95 to win the 1500m. He passed the bell "
         "in 3:00.1.", [("3:00.1", "bell", 1300.0)]),
    ],
    ids=["a-championship-in-lower-case", "track-and-field-with-an-ampersand", "an-indoor-championship-named-later-is-not-the-race",
         "a-height-before-a-point", "a-past-indoor-championship-in-the-first-sentence", "stood-out-is-no-height",
         "an-indoor-championship-in-an-aside", "won-in-a-decimal-time-at-the-indoor-championships", "no-win-verb-before"],
)
def test_splits_an_indoor_championship_as_wire_copy_and_colleges_name_it(doc_of, text: str, expected: list) -> None:
    """"at the world indoor championships" (a wire's lower case) in the sentence of the text's first time and "Indoor Track &
    Field Championships" are indoor meetings: the bell is 200m from home (not an indoor championship named later, nor a
    height's primes before a point)."""
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kejelcha won the 5000m in 12:51.06. The group passed the 3000 m in 7:44.1 then the 4000 m in 10:19.2.",
         [("7:44.1", "3000m", 3000.0), ("10:19.2", "4000m", 4000.0)]),
        ("El Bakkali won the steeplechase in 8:01.35. The hares went 2:40.5 at the kilometer, 5:21.0 at the 2000 m.",
         [("2:40.5", "1km", 1000.0), ("5:21.0", "2000m", 2000.0)]),
        ("Kipyegon won the 1500 m in 3'55''40. Behind the hare: 1'02''5 at the 400 m, 2'06'' at the 800 m, 2'54'' at the bell.",
         [("1'02''5", "400m", 400.0), ("2'06''", "800m", 800.0), ("2'54''", "bell", 1100.0)]),
        ("Girma won the 3000 m steeplechase in 7'52''11. The hares went through in 2'49'' at the kilometer then 8'28'' at the 3000 m.",
         [("2'49''", "1km", 1000.0)]),
    ],
    ids=["then-the-next-point", "the-kilometer-after-its-time", "whole-seconds-in-primes-before-their-points",
         "a-point-the-race-never-reaches-is-no-earlier-point"],
)
def test_splits_translated_lists_of_points(doc_of, text: str, expected: list) -> None:
    """Translated copy lists its splits: "passed the 3000 m in 7:44.1 then the 4000 m in 10:19.2", "2:40.5 at the kilometer"
    (the first), whole seconds in primes before their points ("2'06'' at the 800 m, 2'54'' at the bell"); a time whose
    point right after is one the race never reaches ("8'28'' at the 3000 m" in a 3000m) takes no point said before it."""
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_list_of_track_distances_without_units(doc_of) -> None:
    text = "Sadie Engelhardt won the 1,600 in 4:35.10. She went through 400 meters in 66.8, 800 in 2:17.9 and 1,200 in 3:28.4."
    assert [(s.text, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("66.8", 400.0), ("2:17.9", 800.0), ("3:28.4", 1200.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kelvin Kiptum won the Chicago Marathon in 2:00:35. Kiptum reached 21.1km in 1:00:48.",
         [("1:00:48", "halfway", 21097.5, "Kelvin Kiptum")]),
        ("Kelvin Kiptum won the Chicago Marathon in 2:00:35.\n\nFirst 5K for the lead men in 14:26.",
         [("14:26", "5km", 5000.0, None)]),
        ("Hagos Ghebriwet won the 5000m in 12:43.25. The passage at the 1000 metres is in 2:32,6, at the 2000 in 5:06.1.",
         [("2:32,6", "1000m", 1000.0, None), ("5:06.1", "2000m", 2000.0, None)]),
    ],
    ids=["decimal-km-halfway-of-a-marathon", "live-blog-first-5k", "at-the-2000-without-unit"],
)
def test_splits_points_of_live_blogs_and_translated_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert splits(doc_of(text)) == expected


def test_splits_a_whole_km_half_of_the_race_stays_a_km_point(doc_of) -> None:
    text = "Jacob Kiplimo won the 10km in 28:09. Kiplimo passed 5km in 14:07."
    assert splits(doc_of(text)) == [("14:07", "5km", 5000.0, "Jacob Kiplimo")]


def test_splits_mid_race_is_halfway(doc_of) -> None:
    text = "Thierry Ndikumwenayo won the 10km cross country in 29:42. At mid-race Yann Schrub pulled, with a passage of 14:52."
    assert splits(doc_of(text)) == [("14:52", "halfway", 5000.0, "Yann Schrub")]


def test_splits_a_lap_of_a_time_is_a_lap(doc_of) -> None:
    text = ("Soufiane El Bakkali won the 3000m steeplechase in 8:06.05.\n\n1,000m passed in 2:48.6, Jhinaoui at the front. "
            "A lap there of 68.2. Nobody wants this.")
    assert [(t, at, d) for t, at, d, _ in splits(doc_of(text))] == [("2:48.6", "1000m", 1000.0), ("68.2", "lap", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Reynold Cheruiyot won the 1500m in 3:35.2. Reynold, who ran the last lap in about 51 seconds, swept past Timothy.",
      [("51", "last lap", "Reynold Cheruiyot")]),
     ("Faith Kipyegon won the 5000m in 14:05.20. Letesenbet Gidey pushed from the front, with the pair reaching 4,000m in 11:24.3, "
      "but the Kenyan never let a gap open and covered her final lap in around 60 seconds.",
      [("11:24.3", "4000m", "Letesenbet Gidey"), ("60", "last lap", "Faith Kipyegon")]),
     ("Faith Kipyegon won the women's 1500m in 3:55.20. Laura Muir led at the bell. The Scot faded and watched Faith Kipyegon "
      "cover the last lap in 58.1.", [("58.1", "last lap", "Faith Kipyegon")])],
    ids=["about-51-seconds", "the-kenyan-never-let-and-covered", "watched-another-cover-the-lap"],
)
def test_splits_a_lap_said_roughly_in_whole_seconds(doc_of, text: str, expected: list[tuple]) -> None:
    """"in about 51 seconds" is a time, not a barrier; a description opening a clause after "but" is the lap's runner, after
    "never" too, its verbs joined by "and" where it names no one else; not one whose clause goes on with "and" to another's
    action ("The Scot faded and watched Faith Kipyegon cover the last lap in 58.1", a review's probe)."""
    assert [(t, at, who) for t, at, _, who in splits(doc_of(text))] == expected


def test_splits_a_pronoun_after_one_let_do_something_is_the_subject_s(doc_of) -> None:
    """"Chebet ... let Lilian Kasait set the pace through 3,000m in 9:12.4 before pulling away. She covered her last 400m in
    61.8": the pace is Kasait's, the "she" Chebet's (the one let set it is no subject a pronoun goes on with)."""
    text = ("Beatrice Chebet won the 5000m in 14:52.1. Chebet let Lilian Kasait set the pace through 3,000m in 9:12.4 before "
            "pulling away. She covered her last 400m in 61.8.")
    assert [(t, who) for t, _, _, who in splits(doc_of(text))] == [("9:12.4", "Lilian Kasait"), ("61.8", "Beatrice Chebet")]


@pytest.mark.parametrize("text", ["Tom Brown won the Bath Half in 1:14:22. Sue Price (half: 1:32:10) and Dave Jones (full: 3:05:22) "
                                  "both ran PBs at Manchester.",
                                  "Jake Smith took the 10k in 29:10; half 1:05:20 for Tom Jones, who was 12th.",
                                  "Sue Price won the women's race at the Manchester half marathon in 1:24:10. Club results: marathon: "
                                  "Dave Jones 3:05:22; half: 1:32:10 for Amy Lee."])
def test_splits_half_listed_is_halfway_only_in_a_marathon(doc_of, text: str) -> None:
    """(A review's probes: in club results "half: 1:32:10" and "; half 1:05:20" are half marathons run.)"""
    assert splits(doc_of(text)) == []


def test_splits_a_dotted_time_in_brackets_near_a_point(doc_of) -> None:
    text = ("Kejelcha won the Lisbon half marathon in 59:08. After the exit of the hares, near the 15 km (42.06), it was "
            "Daniel Ebenyo that attacked.")
    assert [(t, at, d) for t, at, d, _ in splits(doc_of(text))] == [("42.06", "15km", 15000.0)]


def test_splits_half_alone_in_a_list_of_points_or_as_a_label_is_halfway(doc_of) -> None:
    """A translated agency's passing times: "half" with no "way" after a point before it ("; half 1:01:20") or as a label
    with its colon ("Passage women half: 1:08:02") is the marathon's halfway, not a half marathon run."""
    text = ("Deresa Geleta won the marathon in 2:03:26.\n\nPassages men: 10 km 29:05; half 1:01:20; 30 km 1:27:15 (Geleta). "
            "Passage women half: 1:08:02.")
    assert [(t, at, d) for t, at, d, _ in splits(doc_of(text))] == [
        ("29:05", "10km", 10000.0), ("1:01:20", "halfway", 21097.5), ("1:27:15", "30km", 30000.0), ("1:08:02", "halfway", 21097.5)]
    assert [r.text for r in doc_of(text).spans["results"] if r.label_ == "result"] == ["2:03:26"]


def test_splits_a_clock_time_at_the_last_lap_is_the_bell(doc_of) -> None:
    text = ("Beatrice Chebet won the women's 5000m in 14:09.52. Bell ringing at the last lap, the clock displayed 13:10, "
            "three people were still together. She ran the last lap in 59.5.")
    doc = doc_of(text)
    assert splits(doc) == [("13:10", "bell", 4600.0, None), ("59.5", "last lap", 5000.0, "Beatrice Chebet")]
    assert [s.text for s in doc.spans["athletes"]] == ["Beatrice Chebet"]


def test_splits_a_time_too_long_for_a_lap_is_the_bell_only_where_the_last_lap_begins(doc_of) -> None:
    """"By the bell for the last lap, timed at 20:48" is the bell; "unleashing a savage last lap to
    break clear ... in 27 minutes 51.42 seconds" is no split: the finish, the winner's result."""
    doc = doc_of("Logan Rees won the 10km in 31:24. By the bell for the last lap, timed at 20:48, only two were left.")
    assert splits(doc) == [("20:48", "bell", 9600.0, None)]
    doc = doc_of("Uganda's Joshua Cheptegei won his third world 10,000 metres title on Sunday, unleashing a savage last lap "
                 "to break clear of Kenya's Daniel Ebenyo and Olympic champion Selemon Barega in 27 minutes 51.42 seconds.")
    assert splits(doc) == []
    assert [(r.text, r._.athlete.text, r._.place) for r in doc.spans["results"]] == [
        ("27 minutes 51.42 seconds", "Joshua Cheptegei", 1)]


def test_splits_the_first_of_n_laps(doc_of) -> None:
    """"through the first of three laps" of a 12km cross country is 4km in."""
    doc = doc_of("Emile Cairess won the 12km cross country in 37:41. Tom Heslop led through the first of three laps in 12:31.")
    assert splits(doc) == [("12:31", "first lap", 4000.0, "Tom Heslop")]


def test_splits_her_final_400m_in_is_the_closing_lap(doc_of) -> None:
    doc = doc_of("Sarah Healy won the 3000m in 8:52.31. She moved wide on the final bend and was gone, covering her final "
                 "400m in 61.2 seconds.")
    assert splits(doc) == [("61.2", "last lap", 3000.0, "Sarah Healy")]


def test_splits_translated_points_listed_with_on(doc_of) -> None:
    """Norwegian copy translated: "through 400 meters on 55,10 and 800 meters on 1.51,8", "the passage
    on 1200 meters was 2:46,9": points of the 1500m (not an 800m race), each with its time."""
    doc = doc_of("Jakob Ingebrigtsen won 1500 meters in Lausanne in 3.28,47. The harer went through 400 meters on 55,10 and "
                 "800 meters on 1.51,8. At the bell he was clocked at 2.33,1, and the passage on 1200 meters was 2:46,9.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [
        ("55,10", "400m", 400.0), ("1.51,8", "800m", 800.0), ("2.33,1", "bell", 1100.0), ("2:46,9", "1200m", 1200.0)]


def test_splits_a_lap_chart_under_a_header(doc_of) -> None:
    """"Split | Leader | Time | Lap": each row's times are splits at its distance, of the athlete in its
    row, the "Lap" column single laps; the last row's time is the finish, even where a shorter distance
    was named before the table ("the last 300m")."""
    text = ("Hobbs Kessler won the 1500m at the Pre Classic in 3:30.50, covering the last 300m in 40.9.\n\n"
            "Split   | Leader    | Time    | Lap\n"
            "300m    | Nuguse    | 42.10   | -\n"
            "700m    | Nuguse    | 1:38.90 | 56.80\n"
            "1100m   | Kessler   | 2:35.20 | 56.30\n"
            "1500m   | Kessler   | 3:30.50 | 55.30\n")
    doc = doc_of(text)
    assert [(s.text, s.label_, s._.lap, s._.athlete.text) for s in doc.spans["splits"] if s.start_char > 100] == [
        ("42.10", "300m", False, "Nuguse"), ("1:38.90", "700m", False, "Nuguse"), ("56.80", "700m", True, "Nuguse"),
        ("2:35.20", "1100m", False, "Kessler"), ("56.30", "1100m", True, "Kessler"), ("55.30", "1500m", True, "Kessler")]
    assert [(r.text, r.start_char > 100) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("3:30.50", False), ("3:30.50", True)]


def test_splits_a_table_with_an_athlete_in_each_column(doc_of) -> None:
    doc = doc_of("Nao Kazami won the 100km world title in 6:09:14 ahead of Camille Herron.\n\n"
                 "Checkpoint    Kazami (JPN)    Herron (USA)\n"
                 "20km          1:16:40         1:27:15\n"
                 "Marathon      2:42:05         3:01:10\n"
                 "60km          3:52:30         4:21:00\n")
    assert splits(doc) == [
        ("1:16:40", "20km", 20000.0, "Nao Kazami"), ("1:27:15", "20km", 20000.0, "Camille Herron"),
        ("2:42:05", "marathon", 42195.0, "Nao Kazami"), ("3:01:10", "marathon", 42195.0, "Camille Herron"),
        ("3:52:30", "60km", 60000.0, "Nao Kazami"), ("4:21:00", "60km", 60000.0, "Camille Herron")]


def test_splits_a_point_with_its_time_in_brackets(doc_of) -> None:
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35. He covered the section between 30km (1:26:31) and "
                 "35km (1:40:22) in a blistering 13:51.")
    assert splits(doc) == [("1:26:31", "30km", 30000.0, "Kelvin Kiptum"), ("1:40:22", "35km", 35000.0, "Kelvin Kiptum"),
                           ("13:51", "30km-35km", 5000.0, "Kelvin Kiptum")]  # (the stretch's own split, a lap of its length)


def test_splits_pacemakers_taking_her_through_a_point(doc_of) -> None:
    """"The pacemakers took her through 400 metres in 61.4": the split is hers, not the pacemakers'."""
    doc = doc_of("Faith Kipyegon broke the 1500m world record in Florence. The pacemakers took her through 400 metres in 61.4 "
                 "and 800m in 2:03.2.")
    assert splits(doc) == [("61.4", "400m", 400.0, "Faith Kipyegon"), ("2:03.2", "800m", 800.0, "Faith Kipyegon")]


def test_splits_minutes_and_seconds_with_a_dot(doc_of) -> None:
    """Dutch copy translated: "at 5000 meter, Hassan came through in 14.38" is 14:38, not 14.38 seconds
    (no one runs 5000m at 350 m/s); a 400m lap's "61.50" stays seconds. (The point is "5000 meter", named, no
    longer the "Halfway" before it: the same 5000 m of a 10,000m.)"""
    doc = doc_of("Sifan Hassan won the 10,000m in Hengelo in 29.06,82. Halfway, at 5000 meter, Hassan came through in 14.38, "
                 "a few seconds behind the lights. She passed 400m in 61.50.")
    assert [(s.text, s.label_, s._.seconds, s._.clock) for s in doc.spans["splits"]] == [
        ("14.38", "5000m", 878.0, "14:38"), ("61.50", "400m", 61.5, "61.50")]


def test_splits_of_french_copy_translated(doc_of) -> None:
    """"1'52''40 at the passage of the 800 m": the point after its time; "a last tour in 54''5": the last lap."""
    doc = doc_of("Narve Gilje Nordås won the 1500 m in 3'30''12. The hare Boaz Kiprugut went 55''1 at the 400 m, 1'52''40 at "
                 "the passage of the 800 m. Nordås held off Laros with a last tour in 54''5.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("55''1", "400m"), ("1'52''40", "800m"), ("54''5", "last lap")]


def test_splits_the_first_lap_of_a_course_run_in_so_many_laps(doc_of) -> None:
    """"SENIOR MEN (15km, three big laps)": its first lap is 5000m, not a track's 400m; a track's "Twenty-five laps" of a
    10,000m and "three laps to go" say no lap of a course."""
    doc = doc_of("SENIOR MEN (15km, three big laps)\nThe cross country race was won by Tom Ellery, who went through the first lap "
                 "in 15:48 and was never caught, finishing in 49:02.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("15:48", "first lap", 5000.0)]
    doc = doc_of("Twenty-five laps of the 10,000m. Jimmy Gressier led the field through the first lap in 66.1 and won in 27:43.12.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("66.1", "first lap", 400.0)]


def test_splits_a_point_in_k_after_its_time(doc_of) -> None:
    doc = doc_of("Greg Tanaka ran 14:29.66 in the 5000m, a patient race: 2:54 first k, 8:43 at 3k, then a 63 last lap.")
    assert ("8:43", "3km", 3000.0, "Greg Tanaka") in splits(doc)


def test_splits_a_stretch_between_two_points_is_no_split_at_either(doc_of) -> None:
    """"covered the stretch between 35 km and 40 km in 14 minutes, 39 seconds": the 5km stretch's own split (a lap of 5000 m),
    no split at 40 km; "By the 30-km mark, reached in 1:29:17": a split."""
    doc = doc_of("Kengo Suzuki won the Lake Biwa marathon in 2:04:56. By the 30-km mark, reached in 1:29:17, the group had "
                 "thinned to a dozen. Suzuki covered the stretch between 35 km and 40 km in 14 minutes, 39 seconds.")
    assert [(s.text, s.label_, s._.distance_m, s._.lap) for s in doc.spans["splits"]] == [
        ("1:29:17", "30km", 30000.0, False), ("14 minutes, 39 seconds", "35km-40km", 5000.0, True)]


def test_splits_a_distance_said_to_be_passed(doc_of) -> None:
    """"the 2000 m being passed in 5 min 29 s 80" (translated): a point of the steeplechase, not a 2000m race
    (nor halfway, said before it); "The 10km was reached in 28:35" the same."""
    doc = doc_of("El Bakkali won the 3000m steeplechase in 8:06.05. It is the Kenyan Amos Serem who has accelerated at mid-race, "
                 "the 2000 m being passed in 5 min 29 s 80.\n\nKandie won the 15km in 42:59. The 10km was reached in 28:35.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("5 min 29 s 80", "2000m", 2000), ("28:35", "10km", 10000)]
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("8:06.05", "3000m steeplechase"), ("42:59", "15km")]


def test_splits_a_time_split_at_the_half(doc_of) -> None:
    """"Dave split 1:48:55 at the half": the marathon's halfway, not a result."""
    doc = doc_of("Dave Morales finished the Chicago Marathon in 3:49:03. Dave split 1:48:55 at the half and walked the aid stations.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:48:55", "halfway")]
    assert [r.text for r in doc.spans["results"]] == ["3:49:03"]


def test_splits_translated_points_and_a_possessive_opening(doc_of) -> None:
    """"The half marathon passed Kiptschoge after 59:51 minutes" (translated word order) and "the 40-kilometer
    intermediate time was 1:54:53" name points; "His unofficial 1,500-meter split was 3:41.2" is his."""
    doc = doc_of("Eliud Kipchoge won the Berlin Marathon in 2:01:09. The half marathon passed Kipchoge after 59:51 minutes. "
                 "The 40-kilometer intermediate time was 1:54:53.\n\nNick Willis won the mile in 3:58.1. His unofficial "
                 "1,500-meter split was 3:41.2.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("59:51", "halfway"), ("1:54:53", "40km"), ("3:41.2", "1500m")]
    assert doc.spans["splits"][-1]._.athlete.label_ == "Nick Willis"


def test_splits_after_a_runner_goes_on_alone_the_splits_are_his(doc_of) -> None:
    """"From then on Kipchoge ran alone against the clock. At 30 kilometers the clock showed 1:25:40": the splits of a
    sentence naming nobody are of the one last said to lead, and running alone is leading."""
    doc = doc_of("Eliud Kipchoge won the Berlin Marathon in 2:01:09. Belihu followed until 25km, then Kipchoge ran alone against "
                 "the clock.\n\nAt 30 kilometers the clock showed 1:25:40, at 35 kilometers 1:40:10.")
    assert [(s.text, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("1:25:40", "Eliud Kipchoge"), ("1:40:10", "Eliud Kipchoge")]


def test_splits_an_ultra_s_checkpoints_named_with_their_distance(doc_of) -> None:
    """"passed through Cato Ridge (28.5km) in 1:42:40", "by Pinetown (70.5km), which he reached in 4:12:05": points of
    the course, not 28.5km races."""
    doc = doc_of("Tete Dijana won the Comrades in 5:13:58. The 87.7km route was run in cool conditions. A lead bunch passed through "
                 "Cato Ridge (28.5km) in 1:42:40. By Pinetown (70.5km), which he reached in 4:12:05, Dijana led by three minutes.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("1:42:40", "28.5km", 28500), ("4:12:05", "70.5km", 70500)]
    assert [r.text for r in doc.spans["results"]] == ["5:13:58"]


def test_splits_a_bare_distance_said_to_go_by(doc_of) -> None:
    """"The 800 went by in something like 2:07" (a blog's): a point of the 1500m, not an 800m race."""
    doc = doc_of("Faith Kipyegon won the 1500m final in 3:53.11. Kipyegon went to the front early. The 800 went by in something "
                 "like 2:07 and the field strung out.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("2:07", "800m")]
    assert [r.text for r in doc.spans["results"]] == ["3:53.11"]


def test_splits_a_translated_kilometre_point_keeps_the_race(doc_of) -> None:
    """"The Kenyan passed by the kilometer 5 in 14:13, exactly the same time of the world record of 5K": a point
    written unit first names a split, so the time too fast for the 10K does not move the sentence to the 5K."""
    doc = doc_of("Agnes Ngetich won the 10K Valencia in 28:46.\n\nThe Kenyan passed by the kilometer 5 in 14:13, exactly the same "
                 "time of the world record of 5K in road that her compatriot Beatriz Chebet achieved in Barcelona. In the step by "
                 "the kilometer 8 the chronometer marked 23:01.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("14:13", "5km"), ("23:01", "8km")]
    assert [r.text for r in doc.spans["results"]] == ["28:46"]


def test_splits_a_point_a_relative_clause_says_was_passed(doc_of) -> None:
    """"through a tactical opening 800m, which the leaders passed in 2:15.8": a point of the 1500m, not Hiltz's 800m."""
    doc = doc_of("Women's 1500m. Hiltz sat patiently in the pack through a tactical opening 800m, which the leaders passed in 2:15.8, "
                 "before moving up on the outside. Hiltz won in 4:03.10.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("2:15.8", "800m")]
    assert [r.text for r in doc.spans["results"]] == ["4:03.10"]


def test_splits_a_forum_s_hm_is_halfway_of_a_marathon(doc_of) -> None:
    """"* HM 1:00:48, Kipruto + Mateiko still with him", "thru HM in 1:05:42": halfway, not a half marathon's result."""
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35.\n\nKiptum splits:\n* HM 1:00:48, pacers gone shortly after\n"
                 "* 30k 1:26:31\n\nChepngetich took it out insane, thru HM in 1:05:42.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:00:48", "halfway"), ("1:26:31", "30km"), ("1:05:42", "halfway")]


def test_splits_a_list_under_a_heading_naming_its_runner(doc_of) -> None:
    """"Kiptum splits (off the app tracker, somebody correct me if wrong):" over "* HM 1:00:48, Kipruto + Mateiko still
    with him", "* 30k 1:26:31, Kipruto hanging on": Kiptum's splits, whoever the lines name after their times."""
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35 from Benson Kipruto.\n\nKiptum splits (off the app tracker, "
                 "somebody correct me if wrong):\n* HM 1:00:48, Kipruto + Mateiko still with him\n* 30k 1:26:31, Kipruto hanging on\n"
                 "* 40k 1:54:23\n")
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [
        ("1:00:48", "Kelvin Kiptum"), ("1:26:31", "Kelvin Kiptum"), ("1:54:23", "Kelvin Kiptum")]


def test_splits_translated_points_reached_to_the_distance_and_where_passed(doc_of) -> None:
    """Italian copy translated: "The hares have taken the group to the 400 metres in 1:00.9 and to the 800 in 2:03.3", "At
    the 1200, where the Kipyegon has passed in 3:05.4": splits of the 1500m (not a 400m race, nor her 1500m)."""
    doc = doc_of("Faith Kipyegon won the 1500 metres in 3:49.11. The hares have taken the group to the 400 metres in 1:00.9 and to "
                 "the 800 in 2:03.3, with the Kipyegon already alone. At the 1200, where the Kipyegon has passed in 3:05.4, the "
                 "record was in the game.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:00.9", "400m"), ("2:03.3", "800m"), ("3:05.4", "1200m")]
    assert [r.text for r in doc.spans["results"]] == ["3:49.11"]


def test_splits_a_live_blog_s_point_labels_and_the_second_half(doc_of) -> None:
    """A live blog: "35km: Kiptum goes through in 1:41:03" (the point labels the entry), "He ran the second half in 59:45"
    (the stretch from halfway to the finish, at its length, too fast for the marathon); "had never run further than a half marathon" names
    no race, so a wheelchair winner's 1:23:44 stays the marathon's. "won in 28:31 after a fast second half" is no stretch."""
    doc = doc_of("London Marathon live\n\nA woman who had never run further than a half marathon has won.\n\n11.42 BST\nKelvin Kiptum wins "
                 "the London Marathon in 2:01:25! He ran the second half in 59:45.\n\n11.27 BST\n35km: Kiptum goes through in 1:41:03.\n\n"
                 "10.29 BST\nMarcel Hug wins the men's wheelchair race in 1:23:44.")
    assert [(s.text, s.label_, s._.lap, s._.distance_m) for s in doc.spans["splits"]] == [
        ("59:45", "second half", True, 21097.5), ("1:41:03", "35km", False, 35000)]
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("2:01:25", "marathon"), ("1:23:44", "marathon")]
    doc = doc_of("Tadese Worku won the 10km in 28:31 after a fast second half.")
    assert [s.text for s in doc.spans["splits"]] == []


def test_splits_a_lap_list_introduced_by_whose_splits_they_are(doc_of) -> None:
    """"Here are Nuguse's cumulative splits (unofficial, from the broadcast timing):" then, after a blank line, "Lap 1
    (209m) – 29.9 (Sowinski leading)": splits at the bracketed points, Nuguse's (Sowinski only led)."""
    doc = doc_of("Yared Nuguse won the Wanamaker Mile in 3:47.38.\n\nPacer Erik Sowinski was asked for 57-second quarters. Here are "
                 "Nuguse's cumulative splits (unofficial, from the broadcast timing):\n\nLap 1 (209m) – 29.9 (Sowinski leading)\n"
                 "Lap 2 (409m) – 57.2 (Sowinski)\nLap 7 (1409m, bell) – 3:19.3 (Nuguse)\nFinish (1609m) – 3:47.38\n")
    assert [(s.text, s.label_, s._.athlete.label_) for s in doc.spans["splits"]] == [
        ("29.9", "209m", "Yared Nuguse"), ("57.2", "409m", "Yared Nuguse"), ("3:19.3", "1409m", "Yared Nuguse")]



def test_splits_a_list_introduced_by_a_pronoun_s_splits(doc_of) -> None:
    """"Owen sat in sixth through the early laps. For the stat nerds, here are his official splits (first split at 209m):" over
    "209m — 30.1": the list is his, the runner the pronoun stands for (a name after the pronoun would be the owner instead)."""
    doc = doc_of("Kessler finally breaks 4\n\nOwen Kessler has been knocking on the door since last February. On Friday night he "
                 "got it done in the mile: 3:59.87, fourth in a heat won by pro Sam Prakel in 3:56.41.\n\nOwen sat in sixth through "
                 "the early laps. For the stat nerds, here are his official splits off the FAT feed (first split at 209m):\n\n"
                 "209m — 30.1\n409m — 60.4\n1409m — 3:30.4 (bell)\nFinish — 3:59.87\n")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("30.1", "209m", "Owen Kessler"), ("60.4", "409m", "Owen Kessler"), ("3:30.4", "1409m", "Owen Kessler")]


def test_splits_a_table_naming_no_one_is_whoever_ran_its_finish_time(doc_of) -> None:
    """A splits table naming no one whose finish row's time the text gives a runner ("Joshua Cheptegei finally took
    it down: 12:35.36" over "| 5000m | 12:35.36 | 58.43 |"): his splits."""
    doc = doc_of("On Friday night in Monaco, Joshua Cheptegei finally took it down: 12:35.36.\n\n"
                 "| Distance | Split | Lap |\n|---|---|---|\n| 1000m | 2:31.22 | – |\n| 3000m | 7:35.17 | 60.94 |\n"
                 "| 5000m | 12:35.36 | 58.43 |\n")
    assert [(s.text, s.label_, s._.lap, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("2:31.22", "1000m", False, "Joshua Cheptegei"), ("7:35.17", "3000m", False, "Joshua Cheptegei"),
        ("60.94", "3000m", True, "Joshua Cheptegei"), ("58.43", "5000m", True, "Joshua Cheptegei")]


def test_splits_a_point_then_fading_to_a_time_is_no_split(doc_of) -> None:
    """"he came through halfway on schedule before fading to 2:56:01": his finish, not his halfway split."""
    doc = doc_of("Jo Schoonbroodt won the marathon in 2:54:19 on Sunday.\n\nIt was not his first go. Last October in Eindhoven he "
                 "came through halfway on schedule before fading to 2:56:01.")
    assert [s.text for s in doc.spans["splits"]] == []
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("2:54:19", "result"), ("2:56:01", "other")]


def test_splits_a_road_race_s_kilometres_without_their_unit(doc_of) -> None:
    """Copy translated from Spanish: "by the 10 in 27:25", "passed by the 20 in 54:33" in a half marathon are 10km and
    20km."""
    doc = doc_of("Kibiwott Kandie won the Valencia half marathon in 57:32.\n\nThe head group passed by the kilometer 5 in 13:45 and "
                 "by the 10 in 27:25. The Kenyan, that passed by the 20 in 54:33, launched the definitive attack.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("13:45", "5km"), ("27:25", "10km"), ("54:33", "20km")]


def test_splits_a_pronoun_right_after_the_time_is_whose_split(doc_of) -> None:
    """"By 30km (1:26:31) he was alone": his split, the one the "he" stands for."""
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35.\n\nBy 30km (1:26:31) he was alone, and the clock kept running.")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("1:26:31", "30km", "Kelvin Kiptum")]


def test_splits_the_pacemaker_named_after_of_the_men(doc_of) -> None:
    """German copy translated: "In the 1500 meters of the men the pacemaker Erik Sowinski led the field through 400
    meters in 55,4 seconds": Sowinski's split ("of the men" is no preposition making him an object)."""
    doc = doc_of("Jakob Ingebrigtsen won the 1500 meters in 3:32,06 minutes.\n\nIn the 1500 meters of the men the pacemaker Erik "
                 "Sowinski led the field through 400 meters in 55,4 seconds.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [("55,4", "Erik Sowinski")]


def test_splits_the_bell_of_a_race_no_longer_than_a_lap_has_no_distance() -> None:
    """"went through the bell in 57.15" where the race taken is 400m (an event named in passing): the bell, at no
    distance (not at 0 m)."""
    text = "Mu went through the bell in 57.15."
    start = text.index("57.15")
    assert split_point(text, start, start + 5, 57.15, 0, 400.0) == ("bell", None, False)


def test_splits_a_marathon_s_half_in_miles_without_its_unit(doc_of) -> None:
    """"Lemma hits 13.1 in 1:00:19" (American copy): the half of a marathon, and "13.1" no time."""
    doc = doc_of("Sisay Lemma won the Boston Marathon in 2:06:17.\n\nHALFWAY: Lemma hits 13.1 in 1:00:19.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("1:00:19", "halfway", 21097.5)]
    assert [t.text for t in doc.spans["times"]] == ["2:06:17", "1:00:19"]


def test_splits_an_athlete_s_passage_times_heading_a_list(doc_of) -> None:
    doc = doc_of("Maeda Honami won the Osaka Women's Marathon in 2:18:59.\n\nMaeda's passage times\n"
                 "5km 16:25 / 10km 32:52 / 15km 49:20")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("16:25", "Maeda Honami"), ("32:52", "Maeda Honami"), ("49:20", "Maeda Honami")]


def test_splits_a_table_under_an_athlete_s_splits_heading_is_theirs(doc_of) -> None:
    """A table with a header row ("Checkpoint  Time  Position") under "HASSAN'S SPLITS, LONDON 2023" whose finish
    time the prose gives to no one."""
    doc = doc_of("Sifan Hassan made her marathon debut in London.\n\nHASSAN'S SPLITS, LONDON 2023\n\n"
                 "Checkpoint    Time       Position\n5K            16:34      3rd\n10K           33:10      5th\n"
                 "Finish        2:18:33    1st\n")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("16:34", "Sifan Hassan"), ("33:10", "Sifan Hassan")]


def test_splits_a_point_in_km_listed_after_another(doc_of) -> None:
    """Spanish copy translated lists its points with the article: "passed the 10 kilometers in 31:02 and the 15 kilometers
    in 46:18" (the second no result)."""
    doc = doc_of("Genzebe Dibaba won the half marathon in 1:05:18. She passed the 10 kilometers in 31:02 and the 15 kilometers "
                 "in 46:18 and resisted alone.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("31:02", "10km"), ("46:18", "15km")]
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["1:05:18"]


def test_splits_a_point_in_miles_listed_after_another(doc_of) -> None:
    doc = doc_of("Nico Young won the state title in 14:31.0 over the 5,000-meter course. Young went through the first mile in "
                 "4:33 and two miles in 9:22, already well clear.")
    assert [(s.text, s.label_, round(s._.distance_m)) for s in doc.spans["splits"]] == [("4:33", "1 mile", 1609), ("9:22", "2 miles", 3219)]


def test_splits_french_copy_s_semi_marathon_and_ordinal_kilometre(doc_of) -> None:
    """French copy translated: "to the passage at the semi-marathon in 1h02'41" is halfway of a marathon, "At the 30th
    kilometre, crossed in 1h29'12" the 30km; a record's "(2h04'21" after the halfway time is no point's ("1h02'41" in
    between)."""
    doc = doc_of("Mulugeta Uma won the Marathon of Paris in 2h05'33. The hares conducted a group of about fifteen men to the "
                 "passage at the semi-marathon in 1h02'41, a schedule too slow to threaten the record of the test (2h04'21, "
                 "established by the Kenyan Elisha Rotich in 2021). At the 30th kilometre, crossed in 1h29'12, they were still "
                 "nine in the head.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1h02'41", "halfway"), ("1h29'12", "30km")]


def test_splits_a_distance_into_the_race_and_a_checkpoint(doc_of) -> None:
    """"reached the checkpoint at the White Horse car park, roughly six miles in, in 44min 10sec" and "went through the
    ten-mile checkpoint at Sutton Bank in 1:16:40" are points of a half marathon, not its results."""
    doc = doc_of("Ross Arnott retained his title at the Hardmoors White Horse Trail Half Marathon on Sunday.\n\nHe reached the "
                 "checkpoint at the White Horse car park, roughly six miles in, in 44min 10sec and pushed on to finish in 1hr "
                 "31min 08sec.\n\nHannah Brierley went through the ten-mile checkpoint at Sutton Bank in 1:16:40 and crossed the "
                 "line in 1hr 42min 17sec.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("44min 10sec", "6 miles"), ("1:16:40", "10 miles")]


def test_splits_points_listed_with_commas_and_with(doc_of) -> None:
    """Chinese copy translated lists its points with commas and "with": "passed 5 kilometers with 14 minutes 58 seconds, 10
    kilometers with 29:53, 15 kilometers with 44:50, ... and the half course with 1:03:05" (none of them the race)."""
    doc = doc_of("Dejene Megersa won the Xiamen Marathon in 2:06:08. The leading group passed 5 kilometers with 14 minutes 58 "
                 "seconds, 10 kilometers with 29:53, 15 kilometers with 44:50, and the half course with 1:03:05.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [
        ("14 minutes 58 seconds", "5km"), ("29:53", "10km"), ("44:50", "15km"), ("1:03:05", "halfway")]
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("2:06:08", "marathon")]


def test_splits_a_second_time_at_the_point_just_named(doc_of) -> None:
    """"He went through 35km in 1:44:40, 17 seconds clear of a chasing group led by Bashir Abdi, which passed in 1:44:57":
    the second time is the group's at the same point, its leader's (not a result of the subject's); with no leader named,
    nobody's ("clear of the pack, which passed in")."""
    doc = doc_of("Tamirat Tola attacked on the downhill. He went through 35km in 1:44:40, 17 seconds clear of a chasing group "
                 "led by Bashir Abdi, which passed in 1:44:57.")
    assert [(s.text, s.label_, s._.athlete.label_) for s in doc.spans["splits"]] == [
        ("1:44:40", "35km", "Tamirat Tola"), ("1:44:57", "35km", "Bashir Abdi")]
    assert list(doc.spans["results"]) == []
    doc = doc_of("Tamirat Tola attacked on the downhill. He went through 35km in 1:44:40, clear of the pack, which passed in 1:44:57.")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("1:44:40", "35km", "Tamirat Tola"), ("1:44:57", "35km", None)]


def test_splits_a_heading_that_names_the_list_s_owner(doc_of) -> None:
    """"Passage times Bashir Abdi" (Dutch copy translated) over "15 km: 44:02" lines: the heading names whose splits
    they are, with no colon and the name after its word."""
    doc = doc_of("Bashir Abdi won the Rotterdam Marathon in 2:03:36, ahead of Abdi Nageeye.\n\nPassage times Bashir Abdi\n"
                 "15 km: 44:02\n20 km: 58:46\n25 km: 1:13:27")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("44:02", "15km", "Bashir Abdi"), ("58:46", "20km", "Bashir Abdi"), ("1:13:27", "25km", "Bashir Abdi")]


def test_splits_a_line_of_points_under_the_intermediate_times_of_a_runner(doc_of) -> None:
    """"The intermediate times of Kipchoge" over "5 km 14:19 – ... – half marathon 1:00:22 – ...": his, the half
    marathon included (a marathon's halfway); the prose's pacemakers, who "led the group after five kilometers in
    14:19", are not whose the list says it is."""
    doc = doc_of("Eliud Kipchoge won the Berlin Marathon in 2:02:42. Noah Kipkemboi and Philemon Kiplimo led the group "
                 "after five kilometers in 14:19.\n\nThe intermediate times of Kipchoge\n5 km 14:19 – 10 km 28:38 – half "
                 "marathon 1:00:22 – 25 km 1:11:38 – Goal 2:02:42")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]][1:] == [
        ("14:19", "5km", "Eliud Kipchoge"), ("28:38", "10km", "Eliud Kipchoge"), ("1:00:22", "halfway", "Eliud Kipchoge"),
        ("1:11:38", "25km", "Eliud Kipchoge")]
    from pipeline import extract

    facts = extract(doc.text)
    assert [(s.at, s.athlete) for s in facts.splits if s.at == "5km"] == [("5km", "Eliud Kipchoge")]


@pytest.mark.parametrize(
    "text",
    ["Joshua Cheptegei won the 10,000m in 27:05.20. The pack stayed together for five laps before Cheptegei went to the "
     "front, having covered the first lap in 61.5 seconds.",
     "Mo Farah won the 10,000m in 27:30.42. The last two laps took him 1:53. Earlier, Farah had run the first lap in 63 seconds."],
    ids=["for-five-laps", "the-last-two-laps"],
)
def test_splits_a_track_race_s_laps_said_are_no_course_s(doc_of, text: str) -> None:
    """A review's finds: a track race's "for five laps", "The last two laps" say no lap of a course: its first lap is 400m."""
    assert [(s.label_, s._.distance_m) for s in doc_of(text).spans["splits"] if s.label_ == "first lap"] == [("first lap", 400.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("SENIOR MEN (10km, four laps)\n1. Jacob Kiplimo 29:10\nKiplimo went through the first lap in 7:12 and was never headed.",
      ("7:12", "first lap")),
     ("In the 1500m, Azeddine Habz won in 3:33.12 with a last tour of 54''5.", ("54''5", "last lap")),
     ("In the 5000m, Hugo Hay won in 13:10.44; his final tour was run in 56''2.", ("56''2", "last lap"))],
    ids=["laps-without-cross-country", "last-tour-of", "final-tour-was-run"],
)
def test_splits_what_the_third_review_found_lost(doc_of, text: str, expected: tuple[str, str]) -> None:
    """The third review's finds: a course's laps said in a heading with no "cross country" in the text (2500m), and French
    copy's "last tour of 54''5", "final tour was run in"."""
    got = {(s.text, s.label_): s._.distance_m for s in doc_of(text).spans["splits"]}
    assert expected in got and (expected[1] != "first lap" or got[expected] == 2500.0)


def test_splits_a_final_tour_of_the_circuit_is_no_last_lap(doc_of) -> None:
    """A review's find: "at the final Tour Gold meeting" is no last lap ("a last tour in 54''5", French copy's, is)."""
    doc = doc_of("Femke Bol won the 400m hurdles in 52.10 at the final Tour Gold meeting of the season in Zagreb.")
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("52.10", 1)] and list(doc.spans["splits"]) == []


def test_splits_a_splits_line_with_colons_has_its_halfway(doc_of) -> None:
    """A review's find: "15 km: 43:09 – 20 km: 57:38 – half marathon 1:00:48" (a colon after each km point)."""
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35.\n\nSplits: 5 km: 14:26 – 10 km: 28:42 – 20 km: 57:38 – "
                 "half marathon 1:00:48 – finish: 2:00:35")
    assert ("1:00:48", "halfway", 21097.5) in [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]]


@pytest.mark.xfail(reason="a splits line of 'N km: time' points going on past halfway reads its later point ('25 km:') as the "
                   "race, so its halfway would be half of that: the halfway is then read only in a marathon (the third review)")
def test_splits_a_splits_line_with_colons_going_past_halfway(doc_of) -> None:
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35.\n\nSplits: 5 km: 14:26 – 10 km: 28:42 – 20 km: 57:38 – "
                 "half marathon 1:00:48 – 25 km: 1:12:04")
    assert ("1:00:48", "halfway", 21097.5) in [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]]


def test_splits_a_results_line_s_half_marathon_is_no_halfway(doc_of) -> None:
    """A review's find: "in 2:03:17 – half marathon 59:40 for Bernard Koech" is the half marathon's result, not a
    halfway split of the marathon (a splits line has a km point before its dash: "10 km 28:38 – half marathon")."""
    doc = doc_of("Berlin, Sunday: marathon won by Milkesa Mengesha in 2:03:17 – half marathon 59:40 for Bernard Koech, "
                 "who won the accompanying race.")
    assert list(doc.spans["splits"]) == []


def test_splits_a_feature_of_the_course_with_its_distance_in_a_bracket(doc_of) -> None:
    """"his watch had him through 1K in 3:12 and at the turnaround (2.5K) in 8:25": a feature of the course with its
    distance in a bracket is a point, as a place named so is ("through Cato Ridge (28.5km) in"); not the race's time."""
    doc = doc_of("First home for the club was Ciaran Daly in 16:58. His watch had him through 1K in 3:12 and at the turnaround "
                 "(2.5K) in 8:25.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("3:12", "1km", 1000.0), ("8:25", "2.5km", 2500.0)]
    assert [r.text for r in doc.spans["results"]] == ["16:58"]


def test_splits_a_second_time_at_a_point_of_a_relative_clause_or_of_nobody(doc_of) -> None:
    """"with Sifan Hassan, who went through in 2:04.5": the relative clause's own; "the group, which passed in 1:44:57"
    with no leader named is nobody's (not the subject's, who ran the first time)."""
    doc = doc_of("In the 1500m final Faith Kipyegon went through 800m in 2:04.1, with Sifan Hassan, who went through in 2:04.5, "
                 "on her shoulder.")
    assert [(s.text, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("2:04.1", "Faith Kipyegon"), ("2:04.5", "Sifan Hassan")]
    doc = doc_of("Tamirat Tola attacked on the downhill. At 35km, reached in 1:44:40, the group, which passed in 1:44:57, had shrunk.")
    assert [(s.text, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]][1:] == [("1:44:57", None)]


def test_splits_the_leader_a_possessive_description_stands_for(doc_of) -> None:
    """"By 40km, reached in 1:59:52, the Ethiopian's lead had grown to 21 seconds": the split is the leader's, the
    Ethiopian named before (not "the Ethiopian's old record", no lead)."""
    doc = doc_of("Tamirat Tola of Ethiopia attacked on the steep downhill and opened a gap.\n\nBy 40km, reached in 1:59:52, the "
                 "Ethiopian's lead had grown to 21 seconds. Tola won in 2:06:26.")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("1:59:52", "40km", "Tamirat Tola")]


def test_splits_a_distance_in_kilos_said_to_be_its_time(doc_of) -> None:
    """Japanese copy translated writes a kilometre "kilo" and gives a point's time after "was" or "passed at": "The 5
    kilo passed at 16:45", "the 25 kilo was 1:23:50"; a stretch between two points said to be a time is neither's, but the
    stretch's own ("The 5 km between 35 km and 40 km was 14 minutes 39 seconds": "35km-40km", a lap)."""
    doc = doc_of("Mizuki Matsuda won the Osaka Women's Marathon in 2:21:47. The 5 kilo passed at 16:45, and the 25 kilo was "
                 "1:23:50. The 5 km between 35 km and 40 km was 17 minutes 25 seconds.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("16:45", "5km"), ("1:23:50", "25km"),
                                                                ("17 minutes 25 seconds", "35km-40km")]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Sandoval led at 1,200 in 3:08.9", ("3:08.9", "1200m", 1200.0)),
        ("Sandoval took the lead just after the 1,600 mark, passed in 4:31", ("4:31", "1600m", 1600.0)),
    ],
    ids=["led-at-a-bare-distance", "a-bare-distance-s-mark"],
)
def test_splits_a_track_distance_without_its_unit_led_at_or_marked(doc_of, said: str, expected: tuple) -> None:
    """American copy leaves the unit off a track distance: "led at 1,200 in 3:08.9", "the 1,600 mark" (metres, not miles)."""
    doc = doc_of(f"Eli Sandoval won the boys 3,200 in 8:58.20. {said}, and nobody could close the gap.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In the men's marathon, Kenya's John Korir broke away from a lead pack of five shortly after 30K and ran 2:02:44.",
        "Sifan Hassan won the women's marathon in 2:18:05. Brigid Kosgei dropped off after 30km and came home in 2:22:10.",
        "Beatrice Chebet won the women's 5000m in 14:21,75. Only ninth, instead, Freweini Hailu, that after the 3000 metres "
        "has lost the contact (14:51,20).",
        "Kelvin Kiptum won the men's marathon in 2:06:35. Hosoya dropped from the group after 30km and became 7th place with "
        "2:07:41.",
    ],
    ids=["and-ran", "came-home", "lost-the-contact", "place-with"],
)
def test_splits_a_point_then_the_end_of_the_race_is_the_finish(doc_of, text: str) -> None:
    """"broke away shortly after 30K and ran 2:02:44", "dropped off after 30km and came home in": the race's time, not a
    split at the point."""
    assert [s.text for s in doc_of(text).spans["splits"]] == []


def test_splits_a_point_then_and_ran_a_time_too_fast_for_the_race_is_the_point_s(doc_of) -> None:
    """"reached 30km inside world record pace and ran 1:26:31 there": no marathon is run in 1:26:31, so the point's."""
    doc = doc_of("Kelvin Kiptum won the men's marathon in 2:00:35. He reached 30km inside world record pace and ran 1:26:31 there.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:26:31", "30km")]


def test_splits_a_record_named_between_a_point_and_a_time_is_the_time_s(doc_of) -> None:
    """"the pacemakers left at 30km, and the men's course record of 2:03:39 ... was never under threat": the record's time."""
    doc = doc_of("Tsegaye Getachew won the Amsterdam Marathon in 2:05:13. The tempo dropped once the pacemakers left at 30km, and the "
                 "men's course record of 2:03:39, set by Getachew himself two years ago, was never under threat.")
    assert list(doc.spans["splits"]) == []


def test_splits_a_pronoun_coming_through_when_the_clock_said_the_time(doc_of) -> None:
    """"The clock at 10K said 30:51 when he came through": his split."""
    doc = doc_of("Caleb Hartwell won the half marathon in 1:04:58. He went out with a pack of four. The clock at 10K said 30:51 when "
                 "he came through.")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("30:51", "10km", "Caleb Hartwell")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At halfway, the best of the rest was Gabriel Geay in 1:02:10. Sisay Lemma won the marathon in 2:03:34.", ("1:02:10", "halfway")),
        ("Faith Kipyegon reached 30km inside world record pace and clocked 1:26:31 before winning the marathon in 2:05:10.", ("1:26:31", "30km")),
    ],
    ids=["the-best-of-the-rest", "and-clocked-after-a-point"],
)
def test_splits_what_the_record_block_must_not_catch(doc_of, text: str, expected: tuple) -> None:
    """The second review: "the best of the rest" names no record between a point and its time; "and clocked" after a
    point is that point's time."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == [expected]


def test_splits_when_a_pronoun_was_still_back_is_no_passage(doc_of) -> None:
    """"The leaders passed 10K in 33:05 when she was still 20 seconds back": the leaders', not hers."""
    doc = doc_of("The leaders passed 10K in 33:05 when she was still 20 seconds back. Hellen Obiri won the marathon in 2:21:38.")
    assert [(s.text, s._.athlete) for s in doc.spans["splits"]] == [("33:05", None)]


def test_splits_a_point_in_meter_singular(doc_of) -> None:
    """Copy translated from German, Dutch or the Nordic languages writes "400 Meter", "1200 meter": a point as "metres" is."""
    doc = doc_of("Faith Kipyegon won the 1500m in 3:48,68. After 400 Meter she lay at 61,0 seconds and at 1200 meter the clock "
                 "showed 3:03,4.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("61,0", "400m"), ("3:03,4", "1200m")]


def test_splits_to_a_bare_distance_in_italian_primes(doc_of) -> None:
    """Italian copy translated: "has carried the group to the 400 in 55"8 and to the 800 in 1'52"9": two points of the
    1500m, not a 400m race of its own."""
    doc = doc_of("Niels Laros won the 1500 metres in 3'30\"12. The hare has carried the group to the 400 in 55\"8.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("55\"8", "400m", 400.0)]


def test_splits_a_name_after_before_doing_the_covering(doc_of) -> None:
    """"with the pack passing 3,000 metres in 8:14.6, before Ingebrigtsen covered the last lap in 53.9 seconds": the name
    after "before" opens a clause of its own ("covered"), so the last lap is his."""
    doc = doc_of("Jakob Ingebrigtsen won the 5,000m in 13:21.38. The pace was slow, with the pack passing 3,000 metres in 8:14.6, "
                 "before Ingebrigtsen covered the last lap in 53.9 seconds.")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete else None) for s in doc.spans["splits"]] == [
        ("8:14.6", "3000m", None), ("53.9", "last lap", "Jakob Ingebrigtsen")]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("The decisive move came in the 25th mile, which Lokedi covered in 5:02.", ("5:02", "25 miles")),
        ("Lokedi blew the race apart with a 5:02 25th mile.", ("5:02", "25 miles")),
    ],
    ids=["in-the-nth-mile-which-she-covered-in", "a-time-then-its-nth-mile"],
)
def test_splits_a_road_race_s_nth_mile(doc_of, said: str, expected: tuple) -> None:
    """A marathon's 25th mile, named by its ordinal before or after its time: a point 25 miles in (not a mile race of its
    own, whose times were results)."""
    doc = doc_of(f"Sharon Lokedi won the Boston Marathon in 2:17:22. {said}")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [expected]
    assert [r.text for r in doc.spans["results"] if r._.context is None] == ["2:17:22"]


def test_splits_the_next_point_listed_with_a_time_in_units(doc_of) -> None:
    """A British paper: "through 400m in 57.1sec and 800m in 1min 53.9sec": the 800m a point of the 1500m (it was a race of its
    own, and the bell of an 800m came at 400m)."""
    doc = doc_of("Oliver Hoare won the 1500m in 3min 30.12sec. Abel Kipsang took the Kenyans through 400m in 57.1sec and 800m in "
                 "1min 53.9sec. Cheruiyot reached the bell in 2min 34.8sec.")
    assert [(s._.seconds, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [
        (57.1, "400m", 400.0), (113.9, "800m", 800.0), (154.8, "bell", 1100.0)]


def test_splits_a_pronoun_after_the_point_opening_the_sentence(doc_of) -> None:
    """Translated: "After 200 m she had according to unofficial measurement 23,4 and she was before Paulino": the split is
    the runner "she" stands for (it went to Paulino, named after it)."""
    doc = doc_of("Marileidy Paulino won the 400 m in 49,02. Kinga Gacka was second in 49,18. Gacka went out from the sixth "
                 "track very aggressive. After 200 m she had according to unofficial measurement 23,4 and she was before "
                 "Paulino about one meter.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [("23,4", "Kinga Gacka")]


def test_splits_the_middle_point_is_halfway(doc_of) -> None:
    """Japanese copy translated: "At the middle point (1 hours 2 minutes 21 seconds)", a list's "Middle point 1:02:21"."""
    doc = doc_of("Ibrahim Hassan won the Osaka Marathon in 2:05:20.\n\nAt the middle point (1 hours 2 minutes 21 seconds) eight "
                 "Japanese were in the group.\n\nPassing times\n20km 59:05\nMiddle point 1:02:21\n25km 1:13:57")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [
        ("1 hours 2 minutes 21 seconds", "halfway"), ("59:05", "20km"), ("1:02:21", "halfway"), ("1:13:57", "25km")]


def test_splits_a_point_in_an_aside_closed_before_the_time_is_not_its_point(doc_of) -> None:
    """"Ben Pattison, who was near the back at the bell, charges through for bronze in 1:44.83": a result, no bell split;
    but "..., who broke away shortly after halfway, reached in 26:30," is halfway's time, said right after the aside."""
    doc = doc_of("Emmanuel Wanyonyi of Kenya gets silver in 1:44.53 and Britain's Ben Pattison, who was near the back at the bell, "
                 "charges through for bronze in 1:44.83!\n\nThe women's 10-mile race went to Dakotah Lindwurm, who broke away from "
                 "Annie Frisbie shortly after halfway, reached in 26:30, and won in 52:48.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("26:30", "halfway")]


def test_splits_the_midway_point_of_something_else_is_no_halfway(doc_of) -> None:
    """"At the midway point of the season, her 3:49.04 leads the world lists": no split (the midway point of the race is one)."""
    doc = doc_of("At the midway point of the season, her 3:49.04 leads the world lists.\n\nFaith Kipyegon won the 10,000m, and the midway "
                 "point of the race was reached in 15:10.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("15:10", "halfway")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LONDON - Sifan Hassan won the London Marathon in 2:18:33.\n\nHassan, who was 20 seconds adrift of the leaders at halfway, "
         "went through in 1:10:21.", [("1:10:21", "halfway")]),
        ("Kipchoge passed the midway point of the marathon in 59:51 and won in 2:02:40.", [("59:51", "halfway")]),
        ("BERLIN - Tigst Assefa won the Berlin Marathon in 2:16:42.\n\nAt 30km for women, Assefa led a group of three in 1:35:10.",
         [("1:35:10", "30km")]),
    ],
    ids=["an-aside-s-point-then-went-through", "the-midway-point-of-the-marathon", "a-point-for-women"],
)
def test_splits_what_the_third_review_found(doc_of, text, expected) -> None:
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


def test_splits_what_the_fifth_review_found(doc_of) -> None:
    """An aside's point is not a finish's: "Ingebrigtsen, who took the lead at the bell, clocked 3:29.74 to hold off Nuguse"."""
    doc = doc_of("Jakob Ingebrigtsen won the 1500m at the Bislett Games.\n\nIngebrigtsen, who took the lead at the bell, clocked 3:29.74 "
                 "to hold off Yared Nuguse.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == []
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("3:29.74", "result")]


def test_splits_a_runner_named_after_behind_the_hare_ran_the_split(doc_of):
    """"Passed the 1000m in 2:37.4 ... behind the hare, Girma then made the race alone": Girma's split (a name after a
    rivals' cue is no runner only when the rivals are listed right after it)."""
    doc = doc_of("Lamecha Girma won the 3000m steeplechase in 7:52.11. Passed the 1000m in 2:37.4 and the 2000m in 5:16.2 "
                 "behind the hare, Girma then made the race alone.")
    assert ("2:37.4", "1000m", 1000.0, "Lamecha Girma") in splits(doc)


def test_splits_a_listed_point_of_two_figures_in_miles(doc_of) -> None:
    """"went through 10k in 36:10 and 10 miles in 58:31": both splits of the half marathon."""
    doc = doc_of("Mark Dunstan ran the half marathon in 1:16:42. He went through 10k in 36:10 and 10 miles in 58:31.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("36:10", "10km"), ("58:31", "10 miles")]


def test_splits_a_race_of_an_age_group_is_no_split_point(doc_of) -> None:
    """"2nd in the U15 boys' 1500m in 4:31.20", in a list after a 3000m: a race of its own, not the 3000m's 1500m point."""
    doc = doc_of("Junior results:\n- Lily Parsons 3rd in the U17 women's 3000m in 10:21.46\n- Tom Hale 2nd in the U15 boys' 1500m "
                 "in 4:31.20")
    assert list(doc.spans["splits"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 40km Tamirat Tola had lost contact with the leaders, passing in 2:01:40, and he finished fourth in 2:08:30.",
         [("2:01:40", "40km")]),
        ("At 40km Benson Kipruto led and ran 1:59:50 at that point before finishing in 2:06:30.", [("1:59:50", "40km")]),
        ("Kiplimo passed 20km and came home alone, clocking 56:40 at that point and 59:50 at the finish of the half marathon.",
         [("56:40", "20km")]),
    ],
    ids=["passing-in", "at-that-point", "came-home-at-that-point"],
)
def test_splits_the_end_of_a_race_said_before_a_time_of_the_point(doc_of, text: str, expected: list) -> None:
    """A time said to be the point's ("passing in", "at that point") stays its split, whatever ends the race before it."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr won the 1500m in 3:29.10. He covered the last 300m in 40.1 and his final 200m took 26.9 seconds.",
         [("40.1", "last 300m"), ("26.9", "last 200m")]),
        ("Elle St. Pierre won the 3000m in 8:20.87 after the closing 1000m in 2:31.9.", [("2:31.9", "last 1000m")]),
        ("Kenenisa Bekele won the 10,000m in 26:17.53. His final kilometre took 2:37.1.", [("2:37.1", "last km")]),
        ("Grant Fisher won the 5000m in 13:05.11, running the final mile in 4:01.", [("4:01", "last mile")]),
        ("Timothy Kiplagat won the 15 km race in 44min31s. The Kenyan made the last 1,5 km, with the climb, in around 4min28s.",
         [("4min28s", "last 1.5km")]),
        ("Grant Fisher won the 10,000m in 27:05.11, with a last kilometer of roughly 2:35.", [("2:35", "last km")]),
    ],
    ids=["last-300m-final-200m", "closing-1000m", "final-kilometre", "final-mile", "decimal-km-an-aside-around",
         "roughly"],
)
def test_splits_a_closing_stretch_of_a_given_length_is_a_segment(doc_of, text: str, expected: list) -> None:
    """"the last 300m in 40.1" is the stretch ending at the finish: labelled so, a lap time at its length (not the split
    at 300m a bare "300m in 40.1" would give). A lap's length is the last lap (below)."""
    found = doc_of(text).spans["splits"]
    assert [(s.text, s.label_) for s in found] == expected
    assert all(s._.lap for s in found)
    assert [s._.distance_m for s in found][-1] in (200.0, 1000.0, 1500.0, 1609.34)


@pytest.mark.parametrize(
    "text",
    ["Josh Kerr, who won the last 1500m final in 3:29.38, ran 3:31.02 here.",
     "Faith Kipyegon won the 1500m in 3:49.11 and ran the last 400m of her warm-up in 2:30."],
    ids=["last-final-of-an-event", "too-slow-for-the-stretch"],
)
def test_splits_no_closing_stretch_without_its_time(doc_of, text: str) -> None:
    """"the last 1500m final in 3:29.38" is an earlier race, not a stretch; a time too slow for the stretch is none of it."""
    assert not [s for s in doc_of(text).spans["splits"] if s.label_.startswith("last ")]


def test_splits_the_last_400m_outdoors_is_the_last_lap(doc_of) -> None:
    """"the last 400m in 53.4" of an outdoor race is its last lap, at the race's distance like every last lap."""
    doc = doc_of("Josh Kerr won the 1500m in 3:29.10. He covered the last 400m in 53.4.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("53.4", "last lap", 1500.0)]


@pytest.mark.parametrize(
    ("text", "lap", "result"),
    [
        ("Mateo Rivera won the 1600m in 4:03.78. Caleb Whitfield led through a 60.8 opening lap.", "60.8", "4:03.78"),
        ("Whitmarsh won the 800m in 1:44.63. He sat on Rhoden's shoulder through a 51.8-second opening lap.", "51.8", "1:44.63"),
    ],
    ids=["opening-lap", "seconds-first"],
)
def test_splits_a_time_before_opening_lap_is_the_first_lap(doc_of, text: str, lap: str, result: str) -> None:
    """"a 60.8 opening lap", as "a 58.7 final lap" is the last: the first lap's time, not a result."""
    doc = doc_of(text)
    assert [(s.text, s.label_, s._.distance_m, s._.lap) for s in doc.spans["splits"]] == [(lap, "first lap", 400.0, True)]
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == [result]


def test_splits_points_listed_with_times_written_with_units(doc_of) -> None:
    """"passed the 400m in 61s2 and the 800m in 2min03s" (Brazilian copy translated): two points of the 1500m, each with
    its time; the 800m listed after the first is no race of its own."""
    doc = doc_of("Thiago André won the 1500m in 3min40s12. The group passed the 400m in 61s2 and the 800m in 2min03s, with "
                 "Bruno in front.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("61s2", "400m"), ("2min03s", "800m")]


def test_splits_the_last_1_lap_of_a_runner(doc_of) -> None:
    """Japanese copy translated: "the last 1 lap of Gressie was 53 seconds 6" is Gressier's last lap ("of" a lap names its
    runner, not an object)."""
    doc = doc_of("Jimmy Gressier won the 10,000m in 28:55.77 ahead of Yomif Kejelcha. According to the organizers, the last 1 "
                 "lap of Gressier was 53 seconds 6.")
    assert splits(doc) == [("53 seconds 6", "last lap", 10000.0, "Jimmy Gressier")]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Josh Kerr won the 3000m in 7:33.20. Kerr's last 1500m was in 3:29.38, in Budapest.", lambda sp: sp == []),
        ("Faith Kipyegon won the 1500m in 3:49.11 after a 61.0 opening lap, ahead of Jessica Hull in 3:50.83.",
         lambda sp: [s[0] for s in sp] == ["61.0"]),
    ],
    ids=["his-last-race", "a-later-time-is-no-lap"],
)
def test_splits_what_this_stop_s_rules_must_not_do(doc_of, text: str, check) -> None:
    """"Kerr's last 1500m was in 3:29.38" is his latest race; "a 61.0 opening lap" has its time, a later one is none of it."""
    assert check(splits(doc_of(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keely Hodgkinson won the 800m in 1:56.72, going into the last 400m in 56.8.", [("56.8", "400m")]),
        ("In heat 2 the first lap was a pedestrian 63.5 and Josh Kerr won in 3:36.20.", [("63.5", "first lap")]),
    ],
    ids=["into-the-last-400m", "a-heat-s-number-before-the-first-lap"],
)
def test_splits_what_the_second_review_found(doc_of, text: str, expected: list) -> None:
    """"going into the last 400m in 56.8" is where that stretch starts (the 400m point); a heat's number before "the first
    lap" is no lap time of its own."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen won the 1500m in 3:29.10, after a first 400m of 55.2.", [("55.2", "400m", 400.0)]),
        ("Andrew Coscoran won the 1500m in 3:44.19 after a dawdling opening 400m of 62.8 seconds.", [("62.8", "400m", 400.0)]),
        ("Jakob Ingebrigtsen won the 1500m in 3:29.10; the opening 800m took 1:53.4.", [("1:53.4", "800m", 800.0)]),
        ("Jakob Ingebrigtsen won the 1500m in 3:29.10 after an opening 400m of 55.2 and a quick 800m of 1:53.4.",
         [("55.2", "400m", 400.0), ("1:53.4", "800m", 800.0)]),
        ("Cole Hocker won the 1500m in 3:28.10 after a 54.2 first lap and a 1:51.0 800m.",
         [("54.2", "first lap", 400.0), ("1:51.0", "800m", 800.0)]),
        ("Yared Nuguse won the mile in 3:51.10 after a first 400m of 55.2 and a 1:51.0 800m.",
         [("55.2", "400m", 400.0), ("1:51.0", "800m", 800.0)]),
    ],
    ids=["a-first-400m-of", "opening-400m-of-seconds", "the-opening-800m-took", "and-a-quick-800m-of", "a-time-then-800m-listed",
         "listed-after-a-first-400m-of"],
)
def test_splits_an_opening_stretch_with_its_time(doc_of, text: str, expected: list) -> None:
    """"a first 400m of 55.2", "the opening 800m took 1:53.4": the race's opening stretch is a split at its length, and so
    is the next point listed after it ("and a quick 800m of 1:53.4", "and a 1:51.0 800m"), not a race of its own."""
    doc = doc_of(text)
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == expected
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == [text.split(" in ")[1].split()[0].rstrip(",;")]


@pytest.mark.parametrize(
    "text",
    [
        "Josh Kerr ran a 3:51.10 mile and a 1:49.3 800m this winter.",
        "She won her first 800m in 2:01.5 at the age of 14.",
    ],
    ids=["a-time-then-a-race", "her-first-race-of-the-distance"],
)
def test_splits_no_opening_stretch_in_races_of_their_own(doc_of, text: str) -> None:
    """"a 1:49.3 800m" after a race's time, not a split's, and "her first 800m in 2:01.5" are races, not points."""
    assert splits(doc_of(text)) == []


def test_splits_a_list_headed_with_its_runner_in_brackets(doc_of) -> None:
    """"Official kilometre splits (Rose Davies, chip timing):" over the list: the runner the heading names in brackets
    runs every line of it."""
    doc = doc_of("Rose Davies set an Australian record of 30:39 in the 10km in Castellon.\n\n"
                 "Official kilometre splits (Rose Davies, chip timing provided by the organisers):\n\n"
                 "1km - 3:02\n2km - 6:05\n3km - 9:11\nFinish - 30:39\n")
    assert splits(doc) == [("3:02", "1km", 1000.0, "Rose Davies"), ("6:05", "2km", 2000.0, "Rose Davies"),
                           ("9:11", "3km", 3000.0, "Rose Davies")]


def test_splits_a_point_passed_after_a_comparison_of_races(doc_of) -> None:
    """"The 3K was the opposite of the mile": the mile is a comparison, the section's 3000m goes on, so "2K, which he
    passed in 5:19.88" is a point of it, not a mile's result."""
    doc = doc_of("MEN'S MILE\n\nGary Martin won in 3:56.70.\n\nMEN'S 3000\n\nThe 3K was the opposite of the mile. Habtom Samuel "
                 "took over just before 2K, which he passed in 5:19.88. He won in 7:44.21.")
    assert splits(doc) == [("5:19.88", "2km", 2000.0, "Habtom Samuel")]


def test_splits_an_indoor_race_said_in_the_headline(doc_of) -> None:
    """"NCAA Indoors: ..." in the headline: the track's lap is 200m, so the bell of a 3000m comes at 2800m."""
    doc = doc_of("NCAA Indoors: Habtom Samuel Runs Away With the 3K\n\nHabtom Samuel won the men's 3000m in 7:44.21. At the "
                 "bell it was 7:17.30 and a four-man race.")
    assert splits(doc) == [("7:17.30", "bell", 2800.0, None)]


@pytest.mark.parametrize(
    "text",
    ["Yomif Kejelcha won the 5000m in 12:51.87. The passage at the kilometre was made in 2:34.8.",
     "Yomif Kejelcha won the 5000m in 12:51.87 after going through the kilometre in 2:34.8."],
    ids=["at-the-kilometre", "through-the-kilometre"],
)
def test_splits_the_kilometre_is_the_first(doc_of, text: str) -> None:
    """"the passage at the kilometre", "through the kilometre": the first kilometre's point, 1000m."""
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("2:34.8", "1km", 1000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Athing Mu ran a 2:00.10 800m and a 4:15.00 1500m within an hour at the Penn Relays on Saturday.", []),
        ("Phoebe Gill ran a first 1500m in 4:11.20, winning at Watford.", []),
        ("Josh Kerr, the world indoor champion, won the 1500m at the Prefontaine Classic in 3:30.12. He hit the bell in 2:47.1 "
         "behind Yared Nuguse.", [("2:47.1", "bell", 1100.0)]),
        ("Hobbs Kessler won the 1500m in 3:33.10, with Erik Sowinski pacing.\n\nOfficial splits (Erik Sowinski, pacemaker):\n"
         "400m 55.2\n800m 1:52.0\n", [("55.2", "400m", 400.0), ("1:52.0", "800m", 800.0)]),
    ],
    ids=["a-runner-s-two-races", "a-first-race-at-the-distance", "an-indoor-title-in-the-lead", "a-pacemaker-in-the-heading"],
)
def test_splits_what_the_review_of_ca2e0df_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: "ran a 2:00.10 800m and a 4:15.00 1500m" and "a first 1500m in 4:11.20" are races, not splits;
    "the world indoor champion" in the lead makes no indoor race (a 1500m's bell at 1100m); a pacemaker in a heading's
    brackets owns no splits."""
    doc = doc_of(text)
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == expected
    if "Athing Mu" in text:  # each time its own race's
        assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("2:00.10", "800m"), ("4:15.00", "1500m")]
    if "pacemaker" in text:
        assert all(s._.athlete is None or s._.athlete.label_ != "Erik Sowinski" for s in doc.spans["splits"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr, the world indoor 3000m champion, won the 1500m in Oslo in 3:29.10 after a 55.9 first lap.",
         [("55.9", "first lap", 400.0)]),
        ("Indoor mile record holder Nuguse wins Bowerman Mile\n\nYared Nuguse won the Bowerman Mile in 3:46.22 after reaching the "
         "bell in 2:50.1.", [("2:50.1", "bell", 1209.34)]),
        ("Beatrice Chebet won the 5000m in 14:09.52. At the kilometre-to-go banner, reached in 11:41.0, she struck.", []),
    ],
    ids=["an-indoor-title-in-the-first-line", "an-indoor-record-holder-in-the-headline", "the-kilometre-to-go"],
)
def test_splits_what_this_stop_s_second_review_found(doc_of, text: str, expected: list) -> None:
    """The second review's cases: an indoor title or record in the first line makes no indoor race;
    "the kilometre-to-go banner" is no first kilometre."""
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_pacer_in_a_splits_heading_s_brackets_owns_none(doc_of) -> None:
    """The second review's case: "(Erik Sowinski, pacing)" names the pacer, not the splits' runner."""
    doc = doc_of("Lap splits (Erik Sowinski, pacing):\n400m: 55.8\n800m: 1:52.9\n1200m: 2:49.7\nYared Nuguse won the mile in 3:46.22.")
    assert all(s._.athlete is None or s._.athlete.label_ != "Erik Sowinski" for s in doc.spans["splits"])
    assert len(doc.spans["splits"]) == 3


def test_splits_kilo_as_japanese_copy_translated_writes_the_kilometre(doc_of) -> None:
    """"5 kilo" is 5km, as Japanese copy translated writes it: in a passing-times table ("10 kilo 29:47 (14:55)") and as the
    next point of a list ("passed 5 kilo at 14:52 and 10 kilo at 29:47")."""
    doc = doc_of("Deso Gelmisa won the Osaka Marathon in 2:06:31.\n\nThe group passed 5 kilo at 14:52 and 10 kilo at 29:47.\n\n"
                 "Passing times of the top\n15 kilo 44:46 (14:59)\n20 kilo 59:44 (14:58)\n")
    assert [(s[1], s[0]) for s in splits(doc)] == [("5km", "14:52"), ("10km", "29:47"), ("15km", "44:46"), ("20km", "59:44")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alberto Juantorena won the 800m in 1:43.50. Ivo Van Damme was roughly 1:17.6 at 600, but finished fastest.",
         [("600m", "1:17.6")]),
        ("Jakob Ingebrigtsen won the 5000m in 12:48.45, through 2:34.1 at 1000.", [("1000m", "2:34.1")]),
        ("Faith Kipyegon won the 1500m in 3:49.04. She ran 3:55.10 at 1500 in Rome last year.", []),
        ("Josh Kerr won the 1500m in 3:30.12. Kerr, whose best is 1:45.5 at 800, kicked past.", []),
        ("Ruth Carter won the 5K title in 15:02.4. Carter, who has run 4:05 at 1600 and 8:50 at 3200 on the track, led.", []),
        ("Haile Gebrselassie won the 10,000m in 27:20.1. He ran 27:18.20 at the 2000 Olympics.", []),
        ("Athing Mu won the 800m in 1:56.61. Mu took it out like we all expected, 27.9 at 200 and 58.21 at the bell.",
         [("200m", "27.9"), ("bell", "58.21")]),
        ("Beatrice Chebet won the 10,000m in 28:54.14, a week after running 14:05 at 5000 and 8:20 at 3000 in Eugene.", []),
        ("Grant Fisher won the 10,000m in 27:25.01. Fisher (3:33 at 1500, 12:46 at 5000) kicked late.", []),
        ("Sifan Hassan won the 10,000m in 29:37.80, after about 14:20 at 7000 feet in training.", []),
    ],
    ids=["an-800m-s-600", "a-5000m-s-point", "the-race-s-own-distance-is-no-point", "a-best-at-a-shorter-distance",
         "bests-at-american-distances", "a-year-after-at-the", "listed-with-another-point", "races-run-listed",
         "bests-listed-in-a-bracket", "feet"],
)
def test_splits_a_track_point_after_its_time_without_a_unit(doc_of, text: str, expected: list[tuple[str, str]]) -> None:
    """A track race's point may follow its time without a unit ("roughly 1:17.6 at 600"): metres, shorter than the race,
    the time a rough or passing one ("roughly", "through"); a best at a distance ("whose best is 1:45.5 at 800", "has run
    4:05 at 1600") or "at the 2000 Olympics" is none (the review's cases)."""
    assert [(s[1], s[0]) for s in splits(doc_of(text))] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hannah and Claire Voss passed 800 meters in 2:27.4, reaching 1,200 together in 3:42.", [("800m", "2:27.4"), ("1200m", "3:42")]),
        ("Oyelaran led through a pedestrian first 1,600 of 4:34.", [("1600m", "4:34")]),
        ("Oyelaran led through a first 1,600 of his season, 4:34 slower than he hoped.", []),
        ("Oyelaran ran a first 1500 of 4:10 after his injury.", []),
        ("Oyelaran opened with a first 1500 of 2025 in Boston, clocking 3:33.", []),
    ],
    ids=["an-adverb-between-point-and-time", "an-opening-stretch-s-hundreds", "no-of-right-after-no-point",
         "a-first-race-at-the-distance", "a-first-race-of-a-year"],
)
def test_splits_american_copy_s_points_without_a_unit(doc_of, sentence: str, expected: list[tuple[str, str]]) -> None:
    """American copy leaves a track point's unit out: "reaching 1,200 together in 3:42", "a pedestrian first 1,600 of 4:34"."""
    doc = doc_of(f"Hannah Voss won the 3200m in 10:02.10. {sentence}")
    assert [(s[1], s[0]) for s in splits(doc)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The hares went fast: at the 400 the passage was of 55\"2, at the 800 of 1'52\"9.", [("400m", "55\"2"), ("800m", "1'52\"9")]),
        ("At the 1200 (2'49\"1) the Kenyan Cheruiyot took the head.", [("1200m", "2'49\"1")]),
        ("At the 1200 of Rome he was 3'29\"54 last year.", []),
        ("The hares led: at the 400 the passage was of 55\"8, at the 800 of 1'52\"9, at the 1000 in 2'21\"0, at the 1500 (3'31\"4) "
         "the Kenyan took the head.", [("400m", "55\"8"), ("800m", "1'52\"9"), ("1000m", "2'21\"0")]),
    ],
    ids=["the-passage-was-of", "a-bracketed-time-after-the-point", "of-a-place-is-no-point-s-time", "the-race-s-own-distance-listed"],
)
def test_splits_italian_copy_translated_says_its_points_without_a_unit(doc_of, sentence: str, expected: list[tuple[str, str]]) -> None:
    """Italian copy translated: "at the 400 the passage was of 55"2, at the 800 of 1'52"9", "At the 1200 (2'49"1)"."""
    doc = doc_of(f"Niels Laros won the 1500 metres in 3'31\"12 ahead of Reynold Cheruiyot. {sentence}")
    assert [(s[1], s[0]) for s in splits(doc)] == expected


def test_splits_an_ultra_s_marathon_mark(doc_of) -> None:
    """An ultra's "marathon mark" is a point 42.195km in, and its halfway half the ultra's distance."""
    doc = doc_of("Ketema Negasa won the Two Oceans Ultra Marathon in 3:11:46, ahead of Joseph Manyedi.\n\nA lead bunch went through "
                 "the 28km halfway mark in 1:35:20. By the time the pair reached the marathon mark in 2:23:48 only they were "
                 "left.\n\nManyedi, running the 56km for the fourth time, was second in 3:12:20.")
    assert [(s[1], s[0], s[2]) for s in splits(doc)] == [("halfway", "1:35:20", 28000.0), ("marathon", "2:23:48", 42195.0)]


@pytest.mark.parametrize(
    "sentence",
    ["At the 1500 (4'05\"21) she had been only fourth in the Golden Gala two weeks earlier.",
     "She returned to the 1500 (4'01\"1 in Rome) after a year away."],
    ids=["a-bracketed-time-after-an-event", "to-the-event"],
)
def test_splits_an_event_s_bracketed_time_is_no_italian_point(doc_of, sentence: str) -> None:
    """The review's cases: "At the 1500 (4'05"21)" of a 5000m's report is another race's time, not a point 1500m in: the
    bracketed form is a point only at a distance that is no event ("At the 1200 (2'49"1)"), and only after "at the"."""
    assert splits(doc_of(f"Nadia Battocletti won the 5000 metres in 14'33\"07. {sentence}")) == []


@pytest.mark.parametrize(
    "sentence",
    ["She had been the best at the 800 of 1'59\"8 in Padova last week.", "She won the gold at the 800 of 1'46\"1 in Rovereto."],
    ids=["the-best-at-an-event", "a-gold-at-an-event"],
)
def test_splits_italian_at_the_of_is_a_point_only_listed(doc_of, sentence: str) -> None:
    """The second review's cases: "at the 800 of 1'59"8" is a point only listed after another point's time ("at the 400 the
    passage was of 55"2, at the 800 of 1'52"9"), not a result at an event."""
    assert splits(doc_of(f"Nadia Battocletti won the 1500 metres in 4'01\"07. {sentence}")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiros won in 2 hours 6 minutes 12 seconds. To the 30 kilometers, the first group remained only 5 people, the time "
         "was 1 hour 29 minutes 36 seconds.", ("1 hour 29 minutes 36 seconds", "30km")),
        ("Kiros won in 2 hours 6 minutes 12 seconds. Yang followed in the second group, his half marathon split was 1 hour "
         "4 minutes 10 seconds.", ("1 hour 4 minutes 10 seconds", "halfway")),
    ],
    ids=["to-the-point-opening-a-sentence", "a-half-marathon-split"],
)
def test_splits_translated_points_of_this_stop(doc_of, text: str, expected: tuple[str, str]) -> None:
    """Translated Chinese copy: a sentence opening "To the 30 kilometers, ..." names the point of the time it gives later
    ("the time was ..."); "his half marathon split was" is a split at halfway, not a result."""
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [expected]
    assert [r.text for r in doc.spans["results"]] == ["2 hours 6 minutes 12 seconds"]


def test_splits_a_marathon_live_blog_s_entries_labelled_by_their_point(doc_of) -> None:
    """A marathon's live blog labels its entries by the point reached ("8:02 a.m. — 10km. Men 29:20, ..."), or by the point
    and whose it is ("9:29 a.m. — 40km for Kipruto: 1:58:02"): splits, not 10km or 40km races run; and "RUTH CHEPNGETICH
    WINS in 2:14:18!" names her, not a runner called "Wins"."""
    text = ("LIVE: Berlin Marathon – Kipruto and Chepngetich win\n\n7:46 a.m. — 5km. The men's pack of 12 goes through in 14:38 "
            "behind the pacemakers.\n\n8:02 a.m. — 10km. Men 29:20, still a dozen of them.\n\n9:29 a.m. — 40km for Kipruto: "
            "1:58:02. He is alone.\n\n9:35 a.m. — Benson Kipruto wins the marathon in 2:04:50!\n\n9:45 a.m. — RUTH CHEPNGETICH "
            "WINS in 2:14:18! A stunning run.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("14:38", "5km"), ("29:20", "10km"), ("1:58:02", "40km")]
    assert [(r.text, r._.athlete.label_, r._.race.event) for r in doc.spans["results"]] == [
        ("2:04:50", "Benson Kipruto", "marathon"), ("2:14:18", "Ruth Chepngetich", "marathon")]


def test_splits_a_point_the_clock_is_read_at(doc_of) -> None:
    """Translated Polish copy: "on 1200 metres the clock showed 3:09,8" is a split at 1200m, not the 1500m's result."""
    text = ("Diribe Welteji won the 1500 metres in 3:55,12. When the hare stepped off, the Ethiopian led, and on 1200 metres the "
            "clock showed 3:09,8.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("3:09,8", "1200m")]
    assert [r.text for r in doc.spans["results"]] == ["3:55,12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen won the 5000 meters in 12:50.10. With 400 meters left he had the time 11:54.6, and then he "
         "kicked.", [("11:54.6", "400m to go", 4600.0)]),
        ("Jacob Krop won the 3000m. He launched his sprint with 250m to go and held off Telahun Haile Bekele on the line, "
         "7:31.45 to 7:31.80.", []),
        ("Brian Kiprotich won the 1500m in 3:38.20. He moved to the lead with 300 meters left and split 55.8 over his final "
         "400.", []),
    ],
    ids=["a-point-said-by-what-was-left", "the-finish-after-it", "a-closing-stretch-after-it"],
)
def test_splits_a_point_said_by_what_was_left(doc_of, text: str, expected: list) -> None:
    """"With 400 meters left he had the time 11:54.6" is a split at 4600m of a 5000m; a time the finish or a lap could take
    after "with 250m to go" is not."""
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"] if "to go" in s.label_] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conner Mantz won the trials in 2:09:05. By mile 20, reached in 1:38:32, the front two had a cushion. Mantz went "
         "through mile 22 in 1:48:10.", [("1:38:32", "20 miles", 32186.8), ("1:48:10", "22 miles", 35405.48)]),
        ("Tadese won the half marathon in 1:00:31. The leading group passed the 5 km point on 14:22 and the 10 km on 28:44.",
         [("14:22", "5km", 5000.0), ("28:44", "10km", 10000.0)]),
    ],
    ids=["a-mile-marker-by-its-number", "the-next-point-after-a-point-said-as-one"],
)
def test_splits_mile_markers_and_points_listed_after_a_point(doc_of, text: str, expected: list) -> None:
    """American copy's "By mile 20, reached in 1:38:32" is a split at 20 miles (in metres to the centimetre); "the 5 km
    point on 14:22 and the 10 km on 28:44" lists a second point, not a 10km race."""
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiplimo won the 10,000m in 27:10 on Saturday. His half marathon mark is 57:31, the world record.", []),
        ("LIVE: Boston Marathon\n\n8:10 a.m. — 10km. Conner Mantz, who ran 2:07:47 in Chicago last year, is in the lead group.", []),
        ("LIVE: Boston Marathon\n\n9:40 a.m. — 10km. The wheelchair race is already over: Marcel Hug won in 1:28:35.", []),
        ("Sunday's race was the Great North Run – 13.1 miles. Tamirat Tola won in 59:58.", []),
    ],
    ids=["a-half-marathon-mark-that-is-a-best", "a-past-time-in-a-labelled-entry", "a-win-in-a-labelled-entry",
         "a-distance-after-a-dash-with-no-time-stamp"],
)
def test_splits_what_the_review_of_stop_39_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: "His half marathon mark is 57:31" is a best, no halfway; a live blog entry's label is the point
    of its first time only when that time is no win and no other day's; a distance after a dash is a label only after a
    time stamp."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIVE: Berlin Marathon\n\n10:02 a.m. — 42km. Kiptum breaks the tape in 2:00:35, a new world record!", []),
        ("Letesenbet Gidey passed the 5000m mark in 14:40 and the 10,000m in 29:01.03, a world record.", [("14:40", "5000m")]),
        ("Kiplimo won the half marathon. He passed the 10km point in 27:05 and the half marathon in 57:31 to win.",
         [("27:05", "10km")]),
    ],
    ids=["a-finish-in-a-labelled-entry", "the-race-s-distance-after-a-mark", "the-half-after-a-point"],
)
def test_splits_what_the_second_review_of_stop_39_found(doc_of, text: str, expected: list) -> None:
    """The second review's cases: a live blog entry's finish is no split at its label; after "the 5000m mark in 14:40",
    "the 10,000m" and "the half marathon" are the race, not another point (only a road's km is)."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eli Harkness went through the first mile in 4:41, hit two miles in 9:47 and won the 5K cross country race in 15:08.4.",
         [("4:41", "1 mile"), ("9:47", "2 miles")]),
        ("In the 5000 metres, the hares brought the group to the 2000 in 5'44\"0. At the 3000, passed in 8'39\"2, the last hare "
         "stepped aside. Ejgayehu Taye won in 14'18\"40.", [("5'44\"0", "2000m"), ("8'39\"2", "3000m")]),
    ],
    ids=["hit-two-miles", "at-the-3000-passed-in"],
)
def test_splits_points_hit_in_words_or_passed_after_a_comma(doc_of, text: str, expected: list) -> None:
    """"hit two miles in 9:47" as "through two miles"; "At the 3000, passed in 8'39"2," (translated) as "at the 3000 in"."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sabastian Sawe won in 2:02:16. The organisers had given the pacemakers the order to go through the half in 60:00 min.", []),
        ("Sabastian Sawe won in 2:02:16. The pacemakers had been asked to go through halfway in 61:30.", []),
        ("Sabastian Sawe won in 2:02:16. The plan was to pass 10km in 28:30.", []),
        ("Sabastian Sawe won in 2:02:16. He went through 10km in 27:40 and halfway in 58:30.", [("27:40", "10km"), ("58:30", "halfway")]),
    ],
    ids=["an-order-to-go-through", "asked-to-go-through", "the-plan-was-to-pass", "went-through"],
)
def test_splits_a_pace_asked_for_is_no_split(doc_of, text: str, expected: list) -> None:
    """A pace asked for or planned ("the order to go through the half in 60:00", "asked to go through halfway in 61:30", "The
    plan was to pass 10km in 28:30") is no split, nor a result (asked of the pacemakers, a target, no one's); what was run is."""
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == expected
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["2:02:16"]
    assert all(r._.athlete is None for r in doc.spans["results"] if r.label_ != "result")


def test_splits_a_track_s_hundreds_without_their_unit_opening(doc_of) -> None:
    """American copy leaves a track split's unit out: "through a quick opening 400 in 61.8", as "went through 800 meters in
    2:03.5" has it."""
    text = ("In the men's mile final, Colton Reyes towed the field through a quick opening 400 in 61.8, and the pack went through 800 "
            "meters in 2:03.5. Jackson Pettit won in 4:03.19.")
    assert sorted((s.label_, s.text) for s in doc_of(text).spans["splits"]) == [("400m", "61.8"), ("800m", "2:03.5")]


@pytest.mark.xfail(reason="'covered the last 200 in 28.9' is read as the bell's split: the closing stretch without its unit was "
                          "taken out after it gave CJ05's 'she ran her last 300 in 59.7' to the coach named before the pronoun, "
                          "below the CJ batch's splits floor; the attribution needs mending first", strict=True)
def test_splits_a_closing_stretch_without_its_unit(doc_of) -> None:
    text = "Jackson Pettit hit the bell in front and covered the last 200 in 28.9 to win the mile in 4:03.19."
    assert [(s.label_, s.text) for s in doc_of(text).spans["splits"]] == [("last 200m", "28.9")]


def test_splits_a_time_for_the_first_kilometre(doc_of) -> None:
    """"A dawdling 3:01.5 for the first kilometre" is the split at 1km, as "3:01.5 for the first 1000m" is; "at kilometre 5"
    is no first kilometre."""
    text = ("Women's 5000m final: A dawdling 3:01.5 for the first kilometre, Melissa Courtney-Bryant at the front. Nadia Battocletti "
            "won in 14:40.10.")
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == [("3:01.5", "1km")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eliud Kipchoge, who is scheduled to run Boston in April, went through halfway in 60:50 and won in 2:02:42.",
         [("60:50", "halfway")]),
        ("The plan was to go out hard, and Beatrice Chebet passed 5km in 15:10 before winning the 10km in 30:05.", [("15:10", "5km")]),
        ("Kipchoge clocked 60:50 for the half, and his teammate Geoffrey Kamworor came through in 61:30. Kipchoge won in 2:02:42.",
         [("61:30", "halfway")]),
    ],
    ids=["scheduled-to-run-another-race", "a-plan-then-what-was-run", "a-time-for-the-half"],
)
def test_splits_what_the_review_of_ba1f210_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: a plan or a schedule in another clause leaves the split run; "60:50 for the half" is a halfway
    split point, and the next time through it is a split (only "for the half marathon" names a time's event; "60:50 for the
    half" itself is not read as a split yet)."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_pace_asked_for_is_no_result_either(doc_of) -> None:
    """The review of ba1f210: "The target was to hit halfway in 1:02:00; Benson Kipruto got there in 1:02:05" asks a pace,
    no result nor split of anyone's; the time run is the split."""
    doc = doc_of("The target was to hit halfway in 1:02:00; Benson Kipruto got there in 1:02:05 and won in 2:04:10.")
    assert "1:02:00" not in {r.text for r in doc.spans["results"]} | {s.text for s in doc.spans["splits"]}


def test_splits_a_first_lap_s_word_before_the_finish_time_is_no_split(doc_of) -> None:
    """"breaking clear before the first lap of the city centre loop was complete and crossing Great Pulteney Street in 1hr
    04min 58sec": a time the half marathon's finish takes, too long for a lap, is no first lap's (a slow track lap of 77.0 in a
    10,000m still is)."""
    doc = doc_of("Tom Aldridge produced a commanding run to win the Bath Half Marathon, breaking clear before the first lap of the "
                 "city centre loop was complete and crossing Great Pulteney Street in 1hr 04min 58sec.\n\n"
                 "Beatrice Chebet won the 10,000m in 30:15.72. Gudaf Tsegay led through the first lap in 77.0.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("77.0", "first lap")]
    assert [r.text for r in doc.spans["results"]] == ["1hr 04min 58sec", "30:15.72"]


def test_splits_a_sentence_opening_with_a_name_s_stretch(doc_of) -> None:
    """A stats site's "Brandt's last 200m: 27.8." is his (the possessive owns the stretch, its only name); "Kerr's coach said
    the last lap took 55.1" names no runner of it."""
    doc = doc_of("Elias Brandt won the European U20 800m title in 1:46.71, ahead of Jakub Nowicki.\n\nBrandt's last 200m: 27.8. "
                 "Kerr's coach said the last lap took 55.1.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("27.8", "Elias Brandt"), ("55.1", None)]


def test_splits_a_splits_line_names_each_point_s_runner_after_its_time(doc_of) -> None:
    """"Splits (leader): 200m 24.6 Nowicki – 400m 51.84 Nowicki – 600m 1:18.9 Brandt.": each item's runner after its time,
    not the name before the point (the item before's)."""
    doc = doc_of("Elias Brandt won the European U20 800m title in 1:46.71, ahead of Jakub Nowicki.\n\n"
                 "Splits (leader): 200m 24.6 Nowicki – 400m 51.84 Nowicki – 600m 1:18.9 Brandt.")
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [
        ("24.6", "Jakub Nowicki"), ("51.84", "Jakub Nowicki"), ("1:18.9", "Elias Brandt")]


def test_splits_a_long_first_lap_of_a_race_of_no_known_event(doc_of) -> None:
    """The review's find: a race of no known event fits any finish, so "Ashby covered the first lap in 25:40" stays a split."""
    doc = doc_of("Ashby covered the first lap in 25:40 and finished in 52:10.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("25:40", "first lap")]


def test_splits_a_point_passed_en_route_is_no_race(doc_of) -> None:
    """A newsletter's "His 1500m en route was 3:32.2" in a mile: a point of the mile, not a race of 1500m that the results
    list after it would then be of."""
    doc = doc_of("Yared Nuguse won the Wanamaker Mile in 3:47.44.\n\nHis 1500m en route was 3:32.2 (unofficial).\n\n"
                 "RESULTS\n1 Yared Nuguse USA 3:47.44\n2 Cole Hocker USA 3:48.02")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("3:32.2", "1500m")]
    assert {r._.race.event for r in doc.spans["results"] if r.label_ == "result"} == {"mile"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kesa Molotsane towed the field through 3 000m in 9:28,5, and Glenrose Xaba won the 5 000m in 15:38,22.",
         [("9:28,5", "3000m")]),
        ("Men's 5000m final live.\n\n21:12 1km in 2:38.9 with Jacob Krop still in front.", [("2:38.9", "1km")]),
        ("Hagos Gebrhiwot won the 5 000 meters in 13.00,12. The pacemaker Ronald Musagala took the field through 1 000 meters "
         "in 2.36,8 and stepped off after 2 400 meters.", [("2.36,8", "1000m")]),
    ],
    ids=["a-space-for-thousands", "a-blog-stamp-before-a-kilometre", "hundreds-after-the-space"],
)
def test_splits_a_point_with_a_space_for_thousands(doc_of, text: str, expected: list) -> None:
    """"through 3 000m in 9:28,5" is the split at 3000m (it was one at 0m); a live blog's stamp before "1km" is no
    thousands' space."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noah Lyles won the 200m in 19.70. Earlier in the evening he won the first 100 in 9.95 and then skipped the final.", []),
        ("Nia Akins won the 800m in 1:58.10. Her last 200 in 29.8 at the Trials last year cost her a place.", []),
        ("Kelvin Kiptum won the marathon in 2:00:35, running 2:52 to the km for long stretches.", []),
        ("Josh Kerr ran 3:51.30 for the first mile race of his outdoor season, winning at Oxy.", []),
    ],
    ids=["the-first-100-a-race", "a-last-200-of-last-year", "a-pace-to-the-km", "the-first-mile-race"],
)
def test_splits_what_the_review_of_b0b2f96_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: a track's hundreds without their unit are a point only after "opening"; a closing stretch dated
    past in its own clause is another race's; "to the km" is a pace and "the first mile race" a race, no first kilometre's or
    mile's split."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hare Erik Sowinski led the field through the first round in 55,6 and 800 meters in 1.52,3.", ("55,6", "first lap")),
        ("Kerr won the men's 1500m in 3:30.11. He cruised through the first round in 3:36.20 on Friday.", None),
        ("Kerr won the men's 400m in 44.30. He cruised through the first round in 45.20 on Friday.", None),
    ],
    ids=["the-first-round-translated", "a-heat-of-the-1500m", "a-heat-of-the-400m"],
)
def test_splits_the_first_round_said_for_the_first_lap(doc_of, text: str, expected: tuple | None) -> None:
    """"through the first round in 55,6" (translated) is the first lap's split; a time no lap could take, or a one-lap race's,
    is a heat's."""
    splits = [(s.text, s.label_) for s in doc_of(text).spans["splits"]]
    assert (expected in splits) if expected else not any(label == "first lap" for _, label in splits)


def test_splits_a_blog_s_author_s_own_splits(doc_of) -> None:
    """The lines of a first-person blog's own splits ("5K: 24:41.") are its author's; a group's split is nobody's."""
    text = ("CPH Half 2024: the one where I finally did it\n\nPosted by Jo Pritchard on 17 September 2024\n\n"
            "I crossed the line in 1:44:52. The men's lead group went through 10K in 27:38.\n\n"
            "5K: 24:41. Slightly quick.\n10K: 49:20. Still feeling decent.\n")
    splits = doc_of(text).spans["splits"]
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in splits] == [
        ("27:38", None), ("24:41", "Jo Pritchard"), ("49:20", "Jo Pritchard")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emmanuel Wanyonyi won the 800m in 1:41.95. His last 200 metres was timed at 26.2.", ("26.2", "Emmanuel Wanyonyi")),
        ("Kessler covered the last lap in 26.8 seconds, but Geordie Beamish's final 200m was measured at 25.9.",
         ("25.9", "Geordie Beamish")),
    ],
    ids=["a-stretch-was-timed-at", "a-possessive-s-stretch"],
)
def test_splits_a_closing_stretch_timed_at(doc_of, text: str, expected: tuple) -> None:
    """A closing stretch "was timed at" or "was measured at" its time is a split, and a possessive before the stretch owns
    it ("Beamish's final 200m was measured at 25.9", not the runner of the clause before)."""
    assert expected in [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc_of(text).spans["splits"]]


def test_splits_a_sprint_s_first_round_is_a_heat(doc_of) -> None:
    """The review's case: "cruised through the first round in 10.94" of a race not known to be two laps or more is a heat."""
    assert not doc_of("Sha'Carri Richardson cruised through the first round in 10.94 on Saturday.").spans["splits"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mario Garcia Romo won the 1.500 meters in 3'38''47. The first 400 meters were passed in 61,9, with Pol Oriach in head. "
         "In the 800 meters the chrono marked 2'04''3 and the group continued.", [("61,9", "Pol Oriach"), ("2'04''3", None)]),
        ("Beatrice Chebet won the 10,000m in 30:12.48. By eight kilometres, passed in 24:12.5 with Gudaf Tsegay now leading, "
         "only four remained: Beatrice Chebet, Gudaf Tsegay and Agnes Ngetich.", [("24:12.5", "Gudaf Tsegay")]),
    ],
    ids=["translated-spanish-points", "with-the-leader-after-the-time"],
)
def test_splits_what_the_reading_of_dm_found(doc_of, text: str, expected: list) -> None:
    """Copy that writes prime-mark times and thousands with a dot ("the 1.500 meters") writes decimals with a comma ("61,9");
    "In the 800 meters the chrono marked" is a point, no race; a leader in a "with" phrase right after a time no one before it
    ran is its runner ("with Oriach in head", "with Tsegay now leading")."""
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tadese Worku won the 10km in 28:21. Tadese and Addisu Yehune broke away on the climb, and the two passed the 8 km point "
         "together in 22:37 with Tadese at the front.", [("22:37", "Tadese Worku")]),
        ("Fotyen Tesfay won the 10km in 31:05. The leading group of five passed the 5 km check point in 15:44, with Likina Amebaw "
         "of Federal Police setting the pace.", [("15:44", "Likina Amebaw")]),
        ("Tadese Worku won the 10km in 28:21. Addisu Yehune passed 8 km in 22:37 with Tadese at the front.", [("22:37", "Addisu Yehune")]),
        ("Tadese Worku won the 10km in 28:21. A group of eleven athletes led by Biniam Mehary passed the 5 km mark in 14:11.",
         [("14:11", "Biniam Mehary")]),
    ],
    ids=["the-two-with-one-at-the-front", "a-club-then-setting-the-pace", "one-named-before-runs-it", "a-group-led-by-as-subject"],
)
def test_splits_a_group_s_time_with_its_leader_after_it(doc_of, text: str, expected: list) -> None:
    """A group's time at a point, its leader in a "with" phrase after it, is the leader's: the group named as "the two" after
    its members, or a leader's club between ("of Federal Police setting the pace"); one runner named before still runs it."""
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_closing_stretch_before_its_runner(doc_of) -> None:
    """Polish copy translated names the stretch first, then its runner: "The last 200 m the Frenchwoman ran in 29,6" is her
    closing split, no result."""
    doc = doc_of("Agathe Guillemot of France won with the time 4:07,14. The last 200 m the Frenchwoman ran in 29,6.")
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [("29,6", "Agathe Guillemot")]
    assert [r.text for r in doc.spans["results"]] == ["4:07,14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr ran 3:28.42 for second in the 1500m on Saturday. Kerr's last 800m was timed at 1:46.10 when he raced in "
         "Edinburgh in May.", []),
        ("The Kenyan Faith Kipyegon led through the first round in 61,2 before winning in 3:58,40 at the meeting of Nairobi.",
         [("61,2", "Faith Kipyegon")]),
    ],
    ids=["a-stretch-of-his-latest-race", "a-first-round-of-a-race-unknown"],
)
def test_splits_what_the_review_of_b01f2cd_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: a stretch dated in another race ("when he raced in Edinburgh in May") is no split of this one; "the
    first round in 61,2" of a race unknown is a first lap, slower than any 400m heat."""
    assert [(s.text, s._.athlete.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mohamed Katir won the 1.500 meters in Madrid in 3'33''12. The Spaniard passed the first lap in 57,9 and the temperature "
         "on the track was 31,5 degrees.", [("57,9", "Mohamed Katir")]),
        ("Laura Muir won the 1500m in 3:58.20. She passed 800m in 2:08.1 with Hassan in the lead.", [("2:08.1", "Laura Muir")]),
        ("Faith Kipyegon won the 1500m in 3:55.10. The last 400m the leaders covered in 57.8, but Kipyegon came home fastest of "
         "all.", []),
        ("Faith Kipyegon won the 1500m in 3:52.10. She covered her final lap in 57.2 when she won, the fastest closing lap of the "
         "night.", [("57.2", "Faith Kipyegon")]),
        ("Sarah Jones progressed through the first round in 59.87 and will run in the semi-finals on Sunday.", []),
    ],
    ids=["a-temperature-is-no-time", "a-leader-after-her-own-split", "the-leaders-last-400m", "a-last-lap-when-she-won",
         "a-heat-s-first-round"],
)
def test_splits_what_the_review_of_7de8493_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: "31,5 degrees" is no time; "She passed 800m in 2:08.1 with Hassan in the lead" is hers; "the
    leaders covered" the last 400m, no one runner; "when she won" dates no other race; "progressed through the first round"
    of a race unknown, with no leading, is a heat."""
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_point_in_the_singular_kilometre(doc_of) -> None:
    """Translated copy keeps the singular after a number: "at 5 kilometre the clock stood on 13:55", "came at 10 kilometre
    through in 31:17"."""
    doc = doc_of("Tsigie Gebreselama won the 10 miles in 50:38. At 5 kilometre the clock stood on 13:55 for the men. She went "
                 "at 5 kilometre (15:41) alone in the lead and came at 10 kilometre through in 31:17.")
    assert [(s.text, s._.distance_m) for s in doc.spans["splits"]] == [("13:55", 5000.0), ("15:41", 5000.0), ("31:17", 10000.0)]


def test_splits_italian_copy_translated_passage_to_and_turn_of_track(doc_of) -> None:
    """Italian copy translated: "The passage to the 1000 metres is in 2'34''8" (il passaggio ai 1000) is a split, and "the
    last turn of track" (l'ultimo giro di pista) the last lap; "the last turn" alone is a bend."""
    doc = doc_of("Berihu Aregawi won the 5000m in 12:58.41. The passage to the 1000 metres is in 2'34''8, to the 2000 in 5:10.6. He "
                 "ran the last turn of track in 56.4.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("2'34''8", "1000m"), ("5:10.6", "2000m"), ("56.4", "last lap")]


def test_splits_a_mile_marker_in_words_and_a_live_blog_s_point_for_a_field(doc_of) -> None:
    """"the four-mile marker, which he passed in 19:18" is a split at four miles; a live blog's "10km for the women: 32:09"
    and "30km for the women in 1:36:58" are points of the field, no one's."""
    doc = doc_of("Cian Brennan won the Glenmore 5 Mile Road Race in 24:12. He was moving well at the four-mile marker, which "
                 "he passed in 19:18.")
    assert [(s.text, s._.distance_m) for s in doc.spans["splits"]] == [("19:18", pytest.approx(4 * 1609.34))]
    doc = doc_of("London Marathon live\n\n9.04am BST\n10km for the women: 32:09, a shade quick.\n\n10.22am BST\n30km for the "
                 "women in 1:36:58. It's four abreast.\n\n10.52am BST\nPeres Jepchirchir wins in 2:16:16.")
    assert splits(doc) == [("32:09", "10km", 10000.0, None), ("1:36:58", "30km", 30000.0, None)]


def test_splits_a_runner_coming_through_the_point_of_the_sentence_before(doc_of) -> None:
    """"Men's halfway: 1:02:09 for a group of eleven. Cairess comes through in 1:02:50": his split at halfway too (not
    a time the finish could be: "Kerr comes through in 3:29.10" after the bell's split is his result)."""
    doc = doc_of("London Marathon live\n\n10.38am BST\nMen's halfway: 1:02:09 for a group of eleven. Emile Cairess comes through "
                 "in 1:02:50, a little behind.\n\n11.47am BST\nEmile Cairess finishes third in 2:06:46.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:02:09", "halfway"), ("1:02:50", "halfway")]
    doc = doc_of("Josh Kerr won the 1500m. Kerr hit the bell in 2:34.5. Kerr comes through in 3:29.10.")
    assert [s.text for s in doc.spans["splits"]] == ["2:34.5"]


def test_splits_a_list_with_no_header_closed_by_its_finish_row(doc_of) -> None:
    """A coach's list of splits, a line each ("600m - 1:38.7 (66.1)") with no header and no name, closed by "Finish -
    13:31.42": the splits of whoever the text says ran 13:31.42, and each bracketed time the lap ending at its point."""
    doc = doc_of("Sam Delgado finished third in the men's 5000m in 13:31.42.\n\nCumulative time first, lap in brackets.\n\n"
                 "200m - 32.6\n600m - 1:38.7 (66.1)\n1000m - 2:44.5 (65.8)\nFinish - 13:31.42 (60.7)\n\nA good run.")
    assert splits(doc) == [("32.6", "200m", 200.0, "Sam Delgado"), ("1:38.7", "600m", 600.0, "Sam Delgado"),
                           ("66.1", "lap to 600m", 600.0, "Sam Delgado"), ("2:44.5", "1000m", 1000.0, "Sam Delgado"),
                           ("65.8", "lap to 1000m", 1000.0, "Sam Delgado")]
    doc = doc_of("Sam Delgado finished third in the men's 5000m in 13:31.42.\n\n200m - 32.6\n600m - 1:38.7\n\nA good run.")
    assert [s._.athlete for s in doc.spans["splits"]] == [None, None]  # (no finish row: no one's)


def test_splits_coming_through_at_the_mark_the_sentence_before_names(doc_of) -> None:
    """"I parked myself at the mile marker. Sophie Lindahl came through first in 5:26", of a race whose distance goes
    unsaid: her split at one mile; "the two-mile mark. Ellie came through in 11:58" at two miles."""
    doc = doc_of("Sophie Lindahl won the girls' state meet.\n\nI parked myself at the mile marker with my phone stopwatch. Sophie "
                 "Lindahl came through first in 5:26, already clear.\n\nThen I ran up the hill to the two-mile mark. Ellie "
                 "Bergstrom came through in 11:58.")
    assert splits(doc) == [("5:26", "1 mile", 1609.34, "Sophie Lindahl"), ("11:58", "2 miles", 3218.68, "Ellie Bergstrom")]


def test_splits_a_headerless_list_with_a_half_row(doc_of) -> None:
    """A list of splits under a line naming no one, with a "Half" row among its distances, closed by "Finish – 2:58:51":
    the runner's whom the text says ran 2:58:51."""
    doc = doc_of("Maggie Brennan finished the Boston Marathon in 2:58:51.\n\nTHE SPLITS\n\n20K – 1:23:50\nHalf – 1:28:28\n"
                 "25K – 1:44:58\nFinish – 2:58:51\n\nWhat a day.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]
            if s.text in ("1:23:50", "1:44:58")] == [("1:23:50", "Maggie Brennan"), ("1:44:58", "Maggie Brennan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin Marathon live\n\n5km in 14:20 for the pack, and then the pace picks up. Kiptum comes through in 28:30, so that "
         "second 5km was 14:10.", [("14:20", "5km")]),
        ("Berlin Marathon live\n\nMen's halfway: 1:00:48 for Kiptum. Behind him Bekele comes through in 1:29:10, but that is at "
         "30km.", [("1:00:48", "halfway")]),
        ("Sam Delgado finished third in the men's 1500m in 3:36.20.\n\nHis splits, with the leader's split in brackets:\n\n"
         "400m - 58.2 (57.9)\n800m - 1:58.0 (1:57.6)\nFinish - 3:36.20 (3:35.80)\n\nGood run.", [("58.2", "400m"), ("1:58.0", "800m")]),
        ("Des Linden won the Boston Marathon in 2:39:54. Along Five Mile Road the field splintered, with Linden going through "
         "25km in 1:33:10.", [("1:33:10", "25km")]),
    ],
    ids=["a-time-far-from-the-split-before", "a-point-said-after", "the-leader-s-time-in-brackets", "a-street-named-five-mile"],
)
def test_splits_what_the_review_of_82970e4_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: a time far from the split before is at another point; a bracket holding the leader's time is no
    lap (its lap only agrees with the row before); "Five Mile Road" is a street, no race."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_tie_owns_no_headerless_list(doc_of) -> None:
    """A finish time two runners share ("Weini Kelati was given the same time") tells no one's splits."""
    doc = doc_of("Emily Sisson won the 10,000m in 31:10.20. Weini Kelati was given the same time, 31:10.20, and took second.\n\n"
                 "Her coach sent us the splits:\n\n2000m - 6:15.0\n4000m - 12:30.4\nFinish - 31:10.20")
    assert [s._.athlete for s in doc.spans["splits"]] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spectators lined the course at the mile marker in Van Cortlandt Park. Maria Gonzalez came through first in 17:42 to "
         "win the girls' championship race.", []),
        ("Laura Muir sat in the pack until the 800m mark. She came through first in 4:01.22 to win her heat comfortably.", []),
        ("The lead pack passed 7km in 22:50 at Lehigh Valley. Weini Kelati came through in 24:30 to win the club title.",
         [("22:50", "7km")]),
        ("The leaders went through 1200m in 3:03.1 in the Wanamaker Mile. Yared Nuguse came through in 3:20.5 with a furlong "
         "left.", [("3:03.1", "1200m")]),
    ],
    ids=["to-win-after-a-marker", "to-win-a-heat", "to-win-after-a-split", "more-than-5-percent-later"],
)
def test_splits_what_the_second_review_of_this_stop_found(doc_of, text: str, expected: list) -> None:
    """The second review's cases: "came through first in 17:42 to win" is the finish, not the point named before; a time
    more than 5% after the split before is at another point."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the marathon, the leaders came through halfway in 1:02:40. Kiptum came through in 1:02:42 to take the lead at "
         "25km and won in 2:01:53.", [("1:02:40", "halfway"), ("1:02:42", "halfway")]),
        ("In the 1500m final, the field reached 800m in 2:04.1. Kerr came through in 2:04.3 to take control and won in 3:31.12.",
         [("2:04.1", "800m"), ("2:04.3", "800m")]),
        ("The leaders of the 1500m reached 400m in 57.8. Kipyegon came through in 61.2, last of the field.",
         [("57.8", "400m"), ("61.2", "400m")]),
    ],
    ids=["to-take-the-lead", "to-take-control", "six-percent-behind"],
)
def test_splits_what_the_third_review_of_this_stop_found(doc_of, text: str, expected: list) -> None:
    """The third review's cases: "to take the lead", "to take control" are mid-race, no finish cue; a runner 6% behind the
    leader at a point comes through at it too."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiptum won the Chicago Marathon in 2:00:35. He covered the stretch from 25K to 30K in 13:51 and reached 30K in "
         "1:26:31 with Kipruto behind.", [("13:51", "25km-30km", 5000.0, "Kelvin Kiptum"), ("1:26:31", "30km", 30000.0, "Kelvin Kiptum")]),
        ("Honami Maeda won the Osaka Marathon in 2:18:59. Between 30 kilo and 35 kilo her lap was 16:21, the fastest of the race.",
         [("16:21", "30km-35km", 5000.0, "Honami Maeda")]),
        ("Sabastian Sawe won the Valencia Marathon in 2:02:05. Between the kilometre 30 and the 35 the Kenyan made a partial of "
         "14:06 that broke the race.", [("14:06", "30km-35km", 5000.0, "Sabastian Sawe")]),
        ("Sifan Hassan won the London Marathon in 2:22:37, with a 16:55 stretch from 15K to 20K while she nursed the hip, and a "
         "35K-to-40K segment covered in 15:39.", [("15:39", "35km-40km", 5000.0, "Sifan Hassan"), ("16:55", "15km-20km", 5000.0, "Sifan Hassan")]),
        ("Kibiwott Kandie won the Valencia Half Marathon in 57:32. John Korir tried to force the issue at 14km, but Kandie covered "
         "the move and covered the section from 15km to 20km in 13:35.", [("13:35", "15km-20km", 5000.0, "Kibiwott Kandie")]),
        ("Kelvin Kiptum won the Valencia Marathon in 2:01:53. In the 30 kilometers, reached in 1h26:35, the hares retired.",
         [("1h26:35", "30km", 30000.0, None)]),
    ],
    ids=["from-to-in", "between-her-lap-was", "translated-partial-of", "time-first-and-hyphenated", "the-last-subject-before",
         "in-the-distance-reached-in"],
)
def test_splits_a_stretch_between_two_points(doc_of, text: str, expected: list) -> None:
    """A stretch between two points of a road race, said with its time before or after it, is a lap split of its length,
    "30km-35km", run by the runner its sentence names last before the time, else the one its pronoun or the sentences before
    are about; "In the 30 kilometers, reached in" (translated) is the point's passage."""
    assert sorted(splits(doc_of(text)), key=lambda s: s[0]) == sorted(expected, key=lambda s: s[0])


@pytest.mark.parametrize(
    "text",
    [
        "Mark Orr moved up from 5km to 10km on the roads this year, and won the Cork 10km in 28:30.",
        "Eilish McColgan won the Great Scottish Run in 1:06:40 after racing from 2019 to 2022 on the track.",
        "Faith Kipyegon won the 1500m in 3:55.20, her 12th win between 2015 and 2024 at the meeting.",
    ],
    ids=["a-move-between-distances", "years-from-to", "years-between"],
)
def test_splits_no_stretch_without_its_time_or_unit(doc_of, text: str) -> None:
    """Two distances with no time of theirs after them, or two years, are no stretch of the race."""
    assert splits(doc_of(text)) == []


def test_splits_translated_bell_and_last_turn(doc_of) -> None:
    """Spanish copy translated: "in the head with 27'47"" at the bell, and "a last turn of 58"4", the closing lap."""
    doc = doc_of("Ederson Vilela won the 10,000 meters in 28:45.12. When the bell sounded, Vilela was already in the head with "
                 "27'47\" and closed with a last turn of 58\"4 that left Blanco without answer.")
    assert [(s.text, s.label_, s._.lap) for s in doc.spans["splits"]] == [("27'47\"", "bell", False), ("58\"4", "last lap", True)]


def test_splits_a_look_back_at_a_marathon_s_splits(doc_of) -> None:
    """"the first 5km in roughly 15:59 and 10km in about 32:01": the next point after a rough time; "The second half took
    1:07:23": the half of whom the story is about; "Somewhere between 20 and 25 kilometres she ran a five-kilometre section in
    around 15:46": a stretch whose first point's unit is left to the second's."""
    doc = doc_of("Paula Radcliffe won the London Marathon in 2:15:25. She went through the first 5km in roughly 15:59 and 10km in "
                 "about 32:01. She was fine. The second half took 1:07:23. Somewhere between 20 and 25 kilometres she ran a "
                 "five-kilometre section in around 15:46.")
    assert splits(doc) == [("15:59", "5km", 5000.0, "Paula Radcliffe"), ("32:01", "10km", 10000.0, "Paula Radcliffe"),
                           ("1:07:23", "second half", 21097.5, "Paula Radcliffe"), ("15:46", "20km-25km", 5000.0, "Paula Radcliffe")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ballycotton race went from 5km to 10km this year and Sean Tobin ran 28:45 to win.", []),
        ("Jane Hale won the Brighton 10km in 34:10 after stepping up from 5km to 10km this winter.", []),
        ("Beatrice Chebet won the 10,000m in 28:54.14 after running from 6km to 10km in 11:20 on the track.",
         [("11:20", "6km-10km", 4000.0, "Beatrice Chebet")]),
        ("Sifan Hassan won the London Marathon in 2:22:37. From 5km to 10km she was 16:20, from 10km to 15km 16:22 and from 15km "
         "to 20km 16:15.", [("16:20", "5km-10km", 5000.0, "Sifan Hassan"), ("16:22", "10km-15km", 5000.0, "Sifan Hassan"),
                            ("16:15", "15km-20km", 5000.0, "Sifan Hassan")]),
        ("Sifan Hassan won the London Marathon in 2:22:37. The 5km from 25km to 30km was 16:20 and from 30km to 35km 16:05.",
         [("16:20", "25km-30km", 5000.0, "Sifan Hassan"), ("16:05", "30km-35km", 5000.0, "Sifan Hassan")]),
        ("Evans Chebet won the Boston Marathon in 2:05:54. Two years ago Chebet ran from 25K to 30K in 14:05 in Boston, but this "
         "time he waited.", []),
        ("Kosgei won the marathon in 2:18:20. At 35km race leader Kosgei was timed in 1:50:20.", [("1:50:20", "35km", 35000.0, "Brigid Kosgei")]),
    ],
    ids=["this-year-and-another-clause", "a-win-then-a-move-up", "a-finish-then-a-stretch", "a-list-of-stretches",
         "a-second-stretch-elided", "two-years-ago", "race-leader"],
)
def test_splits_what_the_review_of_a8fe850_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: a stretch's time is in its own clause (not "this year and Sean Tobin ran 28:45"), and after it only
    a stretch's word ("a 16:55 stretch from", not "in 34:10 after stepping up from"); a list's later stretches take the time
    right after them; another day's stretch is none; "At 35km race leader" names no race."""
    order = [s[0] for s in expected]
    assert sorted(splits(doc_of(text)), key=lambda s: order.index(s[0]) if s[0] in order else -1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kelvin Kiptum won the Chicago Marathon in 2:00:35. He produced a 13:51 five-kilometre stretch from 30km to 35km.",
         [("13:51", "30km-35km", 5000.0, "Kelvin Kiptum")]),
        ("Kelvin Kiptum won the Chicago Marathon in 2:00:35. He clocked 13:51 for the section from 30km to 35km.",
         [("13:51", "30km-35km", 5000.0, "Kelvin Kiptum")]),
        ("Peres Jepchirchir won the London Marathon in 2:16:16. From 30km to 35km this morning she ran 16:10.",
         [("16:10", "30km-35km", 5000.0, "Peres Jepchirchir")]),
        ("Hellen Obiri won the Boston Marathon in 2:27:33. From 35K to 40K she was 16:01, last year it took her 17:00.",
         [("16:01", "35km-40km", 5000.0, "Hellen Obiri")]),
        ("Cheptegei won the 10,000m. At the bell the clock said 25'45\".", [("25'45\"", "bell", 9600.0, "Joshua Cheptegei")]),
    ],
    ids=["a-five-kilometre-stretch-from", "for-the-section-from", "this-morning", "a-past-cue-after-the-time", "a-clock-at-the-bell"],
)
def test_splits_what_the_review_of_e10a3fa_found(doc_of, text: str, expected: list) -> None:
    """The review of e10a3fa's cases: a time first may be followed by a few of a stretch's words ("a 13:51 five-kilometre stretch
    from", "13:51 for the section from"); "this morning" opens no other clause; a past cue after the stretch's time is
    another clause's; a prime-mark time read off a clock at the bell."""
    assert splits(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Letesenbet Gidey won the half marathon in 1:02:52. She stepped up from 5km to 10km and ran 29:50 on her debut.", []),
        ("Sisay Lemma won the Valencia Marathon in 2:01:48. From 35km to 40km he clocked 14:20, two years ago in the same race.", []),
        ("Peres Jepchirchir won the London Marathon in 2:16:16. From 30km to 35km Jepchirchir and Assefa ran 16:10 together.",
         [("16:10", "30km-35km", 5000.0, "Tigst Assefa")]),
    ],
    ids=["stepped-up-and-ran", "a-past-cue-in-its-clause", "two-names-joined-by-and"],
)
def test_splits_what_the_review_of_57883a1_found(doc_of, text: str, expected: list) -> None:
    """The review of 57883a1's cases: a move between distances ("stepped up from 5km to 10km and ran") is no stretch; a past
    cue in the time's clause after a comma ("two years ago in the same race") is; "and" between two names opens no clause."""
    assert splits(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faith Kipyegon won the 1500m in 3:49.04. Jessica Hull was second in 3:50.11. Hull sat on Kipyegon's shoulder as the "
         "Kenyan reached the bell in 2:55.4.", "Faith Kipyegon"),
        ("Faith Kipyegon won the 1500m in 3:49.04. Jessica Hull was second in 3:50.11. Hull sat on the shoulder of Kipyegon as "
         "the Kenyan reached the bell in 2:55.4.", "Faith Kipyegon"),
        ("Faith Kipyegon won the 1500m in 3:49.04. Jessica Hull was second in 3:50.11. Kipyegon was in a class of her own as "
         "the Kenyan reached the bell in 2:55.4.", "Faith Kipyegon"),
        ("Faith Kipyegon won the 1500m in 3:49.04. Jessica Hull was second in 3:50.11. Hull was patient as the star reached "
         "the bell in 2:55.4.", "Jessica Hull"),
    ],
    ids=["as-the-kenyan-after-a-possessive", "as-the-kenyan-after-an-object", "the-subject-of-that-country",
         "a-description-of-no-country"],
)
def test_splits_a_description_in_a_clause_of_its_own(doc_of, text: str, expected: str) -> None:
    """"Hull sat on Kipyegon's shoulder as the Kenyan reached the bell in 2:55.4": the description set off by "as" acts up to
    the time and tells a country the sentence's subject is not of, so it stands for another (the subject's split before; and
    "Kipyegon's", owning a shoulder, is no subject the description must differ from). One of the subject's country, or of
    none ("as the star reached"), may be the subject herself."""
    assert [s[3] for s in splits(doc_of(text)) if s[1] == "bell"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr won the 1500m in 3:27.79 and covered the last lap in 52.8.", ("last lap", 1500.0, 400.0)),
        ("Josh Kerr won the 3000m at the Millrose Games indoors in 7:33.21 and covered the last lap in 26.9.", ("last lap", 3000.0, 200.0)),
        ("Jacob Kiplimo won the 12km cross country in 35:02 and ran the last lap in 61.5.", ("last lap", 12000.0, None)),
        ("SENIOR MEN (12km, three big laps). Jacob Kiplimo won in 35:02 after leading through the first lap in 11:40.",
         ("first lap", 4000.0, 4000.0)),
        ("Faith Kipyegon won the 1500m in 3:49.04 and ran her last 200m in 28.9.", ("last 200m", 200.0, 200.0)),
        ("Tigst Assefa won the Berlin Marathon in 2:11:53. Between 30km and 35km her lap was 16:21.", ("30km-35km", 5000.0, 5000.0)),
        ("Faith Kipyegon went through 800m in 2:04.5 on her way to 3:49.04 in the 1500m.", ("800m", 800.0, None)),
    ],
    ids=["last-lap-on-a-track", "last-lap-indoors", "last-lap-of-a-course", "a-course-lap-said", "a-closing-stretch", "a-stretch-between-points",
         "a-point-no-lap"],
)
def test_splits_a_lap_times_length(doc_of, text: str, expected: tuple) -> None:
    """A lap time's length (`lap_m`): the track's lap for a last lap (400m, 200m indoors), unknown for a road course's; a
    stretch's own length ("last 200m", "30km-35km"); none for a time at a point."""
    assert expected in [(s.label_, s._.distance_m, s._.lap_m) for s in doc_of(text).spans["splits"]]


def test_splits_the_next_point_after_a_time_with_its_unit(doc_of) -> None:
    """German copy translated writes a time's unit after it: "passed the half marathon in 1:08:05 Std. and the 30 kilometres
    in 1:36:50 Std." names two points of the marathon (the second was read as a 30km race, and every result after it as that
    race's)."""
    doc = doc_of("Tigist Ketema won the Berlin Marathon in 2:16:42 Std. She passed the half marathon in 1:08:05 Std. and the "
                 "30 kilometres in 1:36:50 Std. Best German woman was Domenika Mayer as eighth in 2:24:40 Std.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("1:08:05", "halfway"), ("1:36:50", "30km")]
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("2:16:42", "marathon"), ("2:24:40", "marathon")]


def test_splits_a_pronoun_after_a_cleft_behind_a_demonstrative(doc_of) -> None:
    """"After that it was Ingebrigtsen himself who took over the running. He passed 1200 meters in 2.50,4": "that" after a
    preposition is a demonstrative, no relative clause making Ingebrigtsen no antecedent (the pacemaker's split)."""
    doc = doc_of("Jakob Ingebrigtsen won the Bowerman Mile in 3:46.12.\n\nThe hare Erik Sowinski led the field through 800 meters in "
                 "1.53,1, as agreed. After that it was Ingebrigtsen himself who took over the running. He passed 1200 meters in 2.50,4.")
    assert [(s[1], s[3]) for s in splits(doc)] == [("800m", "Erik Sowinski"), ("1200m", "Jakob Ingebrigtsen")]


def test_splits_a_name_after_but_is_no_object_of_the_clause_before(doc_of) -> None:
    """"placed his attack at 200 m from the arrival but Cheruiyot, author of a last lap in 56''2, resisted": "but" opens a clause
    of its own, Cheruiyot its subject, no object of "from" (the lap went to Habz)."""
    doc = doc_of("Timothy Cheruiyot won the 1500 m in 3'30''46. Habz placed his attack at 200 m from the arrival but Cheruiyot, "
                 "author of a last lap in 56''2, resisted.")
    assert [(s[1], s[3]) for s in splits(doc)] == [("last lap", "Timothy Cheruiyot")]


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Bahrain's Winfred Yavi won the steeplechase in 8:52.76, from Kenya's Faith Cherotich. Yavi led as the former Kenyan junior "
         "reached the bell in 7:45.1.", "bell", ("Winfred Yavi", None)),
        ("Elle St. Pierre ran 8:20.87 to win the 3,000m at the world indoor championships in Glasgow. She covered the first lap in "
         "31.1 and the second in 32.0.", "second lap", ("Elle St. Pierre", 200.0)),
        ("Hobbs Kessler's splits from the mile:\n200m - 28.5 (28.5)\n400m - 58.1 (29.6)\n600m - 1:27.6 (29.5)", "lap to 600m",
         ("Hobbs Kessler", 200.0)),
    ],
    ids=["a-former-country", "a-second-lap-indoors", "a-list-s-rows-200m-apart"],
)
def test_splits_the_review_of_lap_lengths_and_descriptions(doc_of, text: str, at: str, expected: tuple) -> None:
    """The review of this stop's rules: "the former Kenyan junior" tells no country the subject is not of (Yavi led); a second
    lap indoors is 200m long, and a list's lap runs from the row before (200m apart). (Left: a cross country's first lap is
    still a track's 400m where its race's event is read off its winning time, a 10,000m's.)"""
    assert [(s._.athlete.label_ if s._.athlete is not None else None, s._.lap_m) for s in doc_of(text).spans["splits"]
            if s.label_ == at] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beatrice Chebet won the women's 10,000m in 30:43.25.\n\nThe laps have settled: the third went in 76.4, the fourth in "
         "76.9. 2,000m in 6:19.8.", [("lap 3", 1200.0, 400.0), ("lap 4", 1600.0, 400.0), ("2000m", 2000.0, None)]),
        ("Beatrice Chebet won the women's 10,000m in 30:43.25.\n\nTsegay tries to wind it up: the 18th lap goes in 71.3, the 19th in "
         "70.8.", [("lap 18", 7200.0, 400.0), ("lap 19", 7600.0, 400.0)]),
        ("Beatrice Chebet won the women's 10,000m in 30:43.25. She finished third in the 5000m, the fourth in her career, in 14:28.56.",
         []),
    ],
    ids=["ordinals-after-laps", "the-nth-lap-and-the-next", "an-ordinal-of-no-lap"],
)
def test_splits_a_lap_told_by_its_ordinal(doc_of, text: str, expected: list) -> None:
    """"the 18th lap goes in 71.3, the 19th in 70.8", "The laps have settled: the third went in 76.4, the fourth in 76.9": laps
    of their own, ending n laps in (none was read; a 10,000m's middle laps take longer than a closing lap's 75 seconds)."""
    assert [(s.label_, s._.distance_m, s._.lap_m) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the men's 10,000m, on lap 20 the leader Joshua Cheptegei was timed in 61.2, the second in 61.5 was Berihu Aregawi.", []),
        ("In the mixed 4x400m, a lap each: the first went in 45.5 for Vernon Norwood, the second in 49.7 for Shamier Little.", []),
        ("Indoors in Torun, the 3000m went out slow: the 4th lap went in 33.1, the 5th in 32.4.", []),
    ],
    ids=["a-position-after-its-time", "a-relay-s-legs", "too-fast-for-a-400m-lap"],
)
def test_splits_the_sixth_stop_s_second_review(doc_of, text: str, expected: list) -> None:
    """The second review of a lap told by its ordinal: "the second in 61.5 was Berihu Aregawi" is a position, "the second in 49.7
    for Shamier Little" a relay's leg, and a 33-second lap no 400m track's (an indoor one not told so)."""
    assert [s.label_ for s in doc_of(text).spans["splits"] if s.label_.startswith("lap ")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jack Rowe won the Leeds Abbey Dash 10K in 28:18. After a 14:08 first 5km he ran the second half alone.",
         [("14:08", "5km", 5000.0)]),
        ("Jack Rowe won the Leeds Abbey Dash 10K in 28:18, a week after a 14:10 first 5km race of his own.", []),
    ],
    ids=["a-first-5km", "a-first-race"],
)
def test_splits_the_opening_stretch_said_after_its_time(doc_of, text: str, expected: list) -> None:
    """"After a 14:08 first 5km": the 5km point (it had been missed); "a first 5km race" is a race."""
    assert [(s.text, s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == expected


def test_splits_points_passed_at_their_times_and_a_planned_time(doc_of) -> None:
    """Japanese copy translated: "the first 5 km passed at 16 minutes 38 seconds, 10 km at 33 minutes 20 seconds" are two
    points of the marathon (the "10 km" had become the race's event, its 33:20 a 10km race's halfway); "a little slower than
    the planned 1 hour 10 minutes 00 seconds" is a plan, no split."""
    doc = doc_of("Tigist Girma won the Osaka Women's Marathon in 2 hours 19 minutes 48 seconds.\n\nThe pace maker led the group, "
                 "and the first 5 km passed at 16 minutes 38 seconds, 10 km at 33 minutes 20 seconds. The halfway was 1 hour 10 "
                 "minutes 22 seconds, a little slower than the planned 1 hour 10 minutes 00 seconds.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [
        ("16 minutes 38 seconds", "5km", 5000.0), ("33 minutes 20 seconds", "10km", 10000.0),
        ("1 hour 10 minutes 22 seconds", "halfway", 21097.5)]


def test_splits_a_track_said_to_be_of_200_metres_laps_in_200(doc_of) -> None:
    """"He closed the last lap of the 200-meter banked track in 28.9": a lap of 200m (it had been taken as 400m)."""
    doc = doc_of("Declan Moriarty ran 3:59.41 in the mile at the BU Valentine Invitational. He closed the last lap of the "
                 "200-meter banked track in 28.9.")
    assert [(s.text, s.label_, s._.lap_m) for s in doc.spans["splits"]] == [("28.9", "last lap", 200.0)]


@pytest.mark.parametrize(
    "sentence",
    ["The passage to the 400 metres is in 55.4.", "The passage to the 400 metres is in 55\"4, to the 800 in 1'52\"6."],
    ids=["one-point", "italian-marks"],
)
def test_splits_the_passage_to_a_distance_names_no_race(doc_of, sentence: str) -> None:
    """Italian copy translated: "The passage to the 400 metres is in 55"4" is a point of the 1500m (the 400 metres had been
    read as the sentence's race, a 400m's whole distance, no split)."""
    doc = doc_of("Niels Laros won the 1500 metres of the Golden Gala in 3:29.48. " + sentence)
    assert [(s.label_, s._.seconds) for s in doc.spans["splits"]][:1] == [("400m", 55.4)]


@pytest.mark.parametrize(
    "text",
    ["Hocker won the 1500m at the Prefontaine Classic in 3:30.02. In December he had raced on a 200m flat track in Boise, but "
     "Saturday was a different world: he ran the bell lap in 53.1.",
     "Jakob Ingebrigtsen, who spent the winter training on a 200m indoor track, won the 1500m in 3:29.12. He ran the last lap in "
     "52.8."],
    ids=["same-sentence", "another-sentence"],
)
def test_splits_a_200m_track_raced_on_elsewhere_laps_no_lap_here(doc_of, text: str) -> None:
    """(The review: a 200m track said of other races is no lap of this one's 400m track.)"""
    assert [s._.distance_m if s.label_ == "bell" else s._.lap_m for s in doc_of(text).spans["splits"]] in ([1100.0], [400.0])


def test_splits_a_first_race_at_a_distance_is_no_opening_stretch(doc_of) -> None:
    """(The review: "who ran a 12:57 first 5000m on the track as a junior" is no 5km split of the 10,000m.)"""
    doc = doc_of("Jacob Kiplimo won the 10,000m in Hengelo in 26:50.10. The Ugandan, who ran a 12:57 first 5000m on the track as "
                 "a junior, led from halfway.")
    assert not [s for s in doc.spans["splits"] if s.text == "12:57"]


def test_splits_a_closing_stretch_set_off_by_a_comma_before_its_time(doc_of) -> None:
    """Italian copy translated: "the last 300 metres, covered in 39"8, make the difference" (it had been missed)."""
    doc = doc_of("Niels Laros won the 1500m in 3:29.48. In the last curve the Dutch comes out large and the last 300 metres, covered "
                 "in 39\"8, make the difference.")
    assert [(s.label_, s._.seconds) for s in doc.spans["splits"]] == [("last 300m", 39.8)]


def test_splits_a_distance_after_a_lap_s_time_is_the_next_point(doc_of) -> None:
    """"took the field through the first lap in 62.5 and 800 metres in a dawdling 2:03.4": the 800m point of the 1500m (the
    800 metres had been an event, the 2:03.4 an 800m result); not "the world 100 and 200m champion"."""
    doc = doc_of("John Walker won the 1500m in 3:39.17. The American Rick Wohlhuter took the field through the first lap in 62.5 "
                 "and 800 metres in a dawdling 2:03.4.")
    assert [(s.label_, s._.seconds) for s in doc.spans["splits"]] == [("first lap", 62.5), ("800m", 123.4)]
    doc = doc_of("Christian Coleman won the 60m in 6.41. Fellow American Noah Lyles, the world 100 and 200m champion, took silver "
                 "in 6.44.")
    assert [s.label_ for s in doc.spans["splits"]] == []
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("6.41", 1), ("6.44", 2)]


def test_splits_the_lap_s_next_point_after_an_aside_naming_a_distance(doc_of) -> None:
    """"The American Rick Wohlhuter, a bronze medallist at 800m earlier in the week, took the field through the first lap in
    62.5 and 800 metres in a dawdling 2:03.4": the 1500m's 800m point, whatever distance the aside named before it (the 2:03.4
    had been an 800m result)."""
    doc = doc_of("John Walker won the Olympic 1500m final in 3:39.17. The American Rick Wohlhuter, a bronze medallist at 800m "
                 "earlier in the week, took the field through the first lap in 62.5 and 800 metres in a dawdling 2:03.4.")
    assert [(s.label_, s._.seconds) for s in doc.spans["splits"]] == [("first lap", 62.5), ("800m", 123.4)]
    assert [r.text for r in doc.spans["results"]] == ["3:39.17"]


@pytest.mark.parametrize(
    ("text", "splits", "results"),
    [
        ("Sha'Carri Richardson won the 200m in 22.10. Dina Asher-Smith was passed in the last 100m, 22.35 enough only for fourth.",
         [], ["22.10", "22.35"]),
        ("Josh Kerr won the 1500m in 3:29.38. Over the last 400m, 3:33.10 was only good enough for sixth for Jake Wightman.",
         [], ["3:29.38", "3:33.10"]),
        ("Josh Kerr won the 1500m in 3:29.38. Kerr reached the bell in 2:48.0, and the 800m, an hour later, went to Emmanuel "
         "Wanyonyi in 1:43.20.", None, ["3:29.38", "1:43.20"]),
        ("Yared Nuguse took the 1500m in 3:30.10. Emmanuel Wanyonyi, the 800m winner last year, went through the bell in 50.1 and "
         "won again in 1:43.20.", [("bell", 400.0)], ["3:30.10", "1:43.20"]),
    ],
    ids=["comma-then-a-result", "comma-then-another-clause", "the-next-race-after-a-point", "an-aside-naming-the-race-told"],
)
def test_splits_the_second_review_of_the_stretch_comma_and_the_next_point(doc_of, text: str, splits: list, results: list) -> None:
    """(The second review: a comma after "the last 100m" ends its clause, the time after it a result; "and the 800m ... went to
    Wanyonyi in 1:43.20" after the bell is the next race, no point; an aside naming the race the sentence goes on to tell keeps
    it, its bell 400m from the 800m's end.)"""
    doc = doc_of(text)
    if splits is not None:  # (the bell of the race before the next one's sentence is read at the next one's distance, as before)
        assert [(s.label_, s._.distance_m) for s in doc.spans["splits"]] == splits
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == results
    assert all(r._.race.event != "1500m" for r in doc.spans["results"] if r.text == "1:43.20")


@pytest.mark.parametrize(
    ("text", "time", "runner"),
    [
        ("Beatrice Chebet won the 10,000m in 28:54.1. Chebet's last kilometre took 2:41.3, and the first kilometre took 3:02.0 with Sifan Hassan leading.",
         '3:02.0', 'Sifan Hassan'),
        ("Jakob Ingebrigtsen won the 1500m in 3:27.8 ahead of Josh Kerr. Kerr's last 200m, 26.0, was the fastest in the field, though the winner had passed 1200m in 2:49.1.",
         '2:49.1', None),
        ("Cole Hocker won the 1500m in 3:27.65. Hocker's last 300m of 38.4 was matched by Kerr, who ran his last 300m in 38.6.",
         '38.6', None),
        ("Lukas Brandt won the 800m in 1:45.62. Brandt's last 200m was strong, yet the field had dawdled through 400m in 53.2.",
         '53.2', None),
        ("Tigst Assefa won the marathon in 2:11:53. Assefa's first half of 1:06:20 was a shock; the men's leaders, by contrast, had passed halfway in 1:02:10.",
         '1:02:10', None),
        ("Grant Fisher won the 3000m in 7:22.9. Fisher's final 800m of 1:59.0 was quicker than anything seen indoors; the men passed 2000m in 5:03.1.",
         '5:03.1', None),
        ("Lukas Brandt won the 800m in 1:45.62. Brandt's last 200m in the semi-final was 27.1; in the final, the field went through 400m in 51.8.",
         '51.8', None),
        ("Lukas Brandt won the 800m in 1:45.62 ahead of Piotr Nowicki. Brandt's last 200m: 27.8 – the pacemaker had gone through 400m in 50.9.",
         '50.9', None),
        ("Emmanuel Wanyonyi won the 800m in 1:42.80. Last year's race was won by Marco Arop. Arop's first 400m then was 49.8, but the men passed 400m in 50.6 this time.",
         '50.6', None),
        ("Sifan Hassan won the marathon in 2:22:55 ahead of Tigst Assefa. Hassan's last 5km took 15:35, and the leading group had reached 35km in 1:56:20.",
         '1:56:20', None),
        ("Jakob Ingebrigtsen won the 5000m in 12:48.4. Ingebrigtsen's first 1000m: 2:31.0 – the pacemakers did their job, 2000m in 5:02.1.",
         '5:02.1', None),
    ],
)
def test_splits_a_name_s_stretch_owns_its_own_time_only(doc_of, text: str, time: str, runner: str | None) -> None:
    """The review: a sentence opening with a name's stretch ("Kerr's last 200m, 26.0, was ...") owns the stretch's time only,
    not another clause's after it, the field's, a group's or a leader's named after ("..., and the first kilometre took 3:02.0
    with Sifan Hassan leading")."""
    assert [s._.athlete.label_ if s._.athlete is not None else None for s in doc_of(text).spans["splits"] if s.text == time] == [runner]


@pytest.mark.parametrize(
    ("text", "time", "runner"),
    [
        ('Hagos Gebrhiwet won the 5000m in 12:58.1 ahead of Yomif Kejelcha. Kejelcha led at 3000m 7:52.3 Gebrhiwet, sitting third, then struck.',
         '7:52.3', 'Yomif Kejelcha'),
        ('Faith Kipyegon won the 1500m in 3:49.04 from Jessica Hull. Hull led through 800m 2:02.0 Kipyegon – the favourite – waiting.',
         '2:02.0', 'Jessica Hull'),
        ('Jakob Ingebrigtsen won the 5000m in 12:58.1 ahead of Grant Fisher. Fisher towed the field through 3000m 7:52.3 Ingebrigtsen, as ever, content to follow.',
         '7:52.3', 'Grant Fisher'),
        ('Sifan Hassan won the marathon in 2:22:55 ahead of Tigst Assefa. Assefa led the group through 30km 1:38:44 Hassan, the eventual winner, sitting on her shoulder.',
         '1:38:44', 'Tigst Assefa'),
        ('Beatrice Chebet won the 10,000m in 28:54.1 ahead of Agnes Ngetich. Ngetich led through 5000m 14:40 Chebet, never more than a stride behind.',
         '14:40', 'Agnes Ngetich'),
        ('Josh Kerr won the 1500m in 3:29.4 ahead of Yared Nuguse. After Kerr passed 1200m 2:50.1 Nuguse, who was second, struck.',
         '2:50.1', 'Josh Kerr'),
        ('Emmanuel Wanyonyi won the 800m in 1:42.80 ahead of Marco Arop. Arop hit 400m 49.9 Wanyonyi, content, sat behind.',
         '49.9', 'Marco Arop'),
        ('Jakob Ingebrigtsen won the 1500m in 3:27.8 ahead of Josh Kerr. Ingebrigtsen led from the gun: 400m 54.9, 800m 1:51.2, 1200m 2:47.1 Kerr, who sat second, made his move.',
         '2:47.1', 'Jakob Ingebrigtsen'),
        ('Peres Jepchirchir won the London Marathon in 2:16:16 ahead of Tigst Assefa. Assefa made the break after 25km 1:19:01 Jepchirchir, though, was patient.',
         '1:19:01', 'Tigst Assefa'),
    ],
)
def test_splits_a_name_after_a_point_s_time_in_prose_is_no_item_s_runner(doc_of, text: str, time: str, runner: str) -> None:
    """The review: a name right after a point's time in prose ("Kejelcha led at 3000m 7:52.3 Gebrhiwet, sitting third, then
    struck") opens the next clause; only a line of two such items at least is a splits line naming each item's runner."""
    assert [s._.athlete.label_ for s in doc_of(text).spans["splits"] if s.text == time] == [runner]


def test_splits_a_name_s_stretches_listed_one_after_another(doc_of) -> None:
    """"Kipyegon's last 1000m: 2:38.36; last 400m: 58.4": the list's next stretch is hers too (the stretch's own time only
    may not end at the first)."""
    doc = doc_of("Faith Kipyegon won the 5000m in 14:21.21.\n\nKipyegon's last 1000m: 2:38.36; last 400m: 58.4")
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [("2:38.36", "Faith Kipyegon"), ("58.4", "Faith Kipyegon")]


def test_splits_a_place_on_the_course_reached_in_a_time(doc_of) -> None:
    """An ultra's checkpoints named, their distance unsaid: "through Cato Ridge, passed in 3:36:05" (Dijana's, who went to the
    front; the place no runner), "at Drummond, which she reached in 2:54:12" (Steyn's): points of their own name; a marathon's
    "to the Invalides, reached in 2:22:55" is its finish."""
    doc = doc_of("Tete Dijana won the 87km up run of the Comrades Marathon in 5:25:00.\n\nDijana went to the front, and through "
                 "Cato Ridge, passed in 3:36:05, only Piet Wiersma could stay with him.\n\nGerda Steyn was already clear at Drummond, "
                 "which she reached in 2:54:12. Her winning time of 5:47:58 was a record.")
    assert [(s.text, s.label_, s._.distance_m, s._.athlete.label_) for s in doc.spans["splits"]] == [
        ("3:36:05", "Cato Ridge", None, "Tete Dijana"), ("2:54:12", "Drummond", None, "Gerda Steyn")]
    assert "Cato Ridge" not in {s.label_ for s in doc.spans["athletes"]}
    doc = doc_of("Sifan Hassan won the Paris marathon. She ran alone along the Seine to the Invalides, reached in 2:22:55.")
    assert not doc.spans["splits"]


def test_splits_a_leader_doing_the_work_in_a_with_phrase(doc_of) -> None:
    """"A pack of seven went through halfway in 15:32, with Peter Lynch of Kilkenny City Harriers doing most of the work at the
    front": the leader doing the work (his club between) is the group's time's."""
    doc = doc_of("Efrem Gidey won the senior men's 10km title in 30:41. A pack of seven went through halfway in 15:32, with Peter "
                 "Lynch of Kilkenny City Harriers doing most of the work at the front, and the group came apart on the hill.")
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [("15:32", "Peter Lynch")]


def test_splits_a_closing_lap_of_a_length(doc_of) -> None:
    """A cross country's "His final 2km lap of 6:12": the closing stretch of that length, his."""
    doc = doc_of("Efrem Gidey won the senior men's 10km title in 30:41, with Brian Fay third in 30:58.\n\nFay was philosophical. "
                 "His final 2km lap of 6:12 was the fastest in the field.")
    assert [(s.text, s.label_, s._.lap_m, s._.athlete.label_) for s in doc.spans["splits"]] == [("6:12", "last 2km", 2000.0, "Brian Fay")]


def test_splits_a_lap_s_seconds_said_as_its_adjective(doc_of) -> None:
    """"pulled away with a 62-second final lap": the last lap's 62 seconds ("a 10-second lead" is a margin, no time)."""
    doc = doc_of("Caleb Okafor ran 8:58.41 to win the 3,200 by more than three seconds, pulling away with a 62-second final lap. "
                 "He had a 10-second lead at the line.")
    assert [(s.text, s.label_, s._.seconds) for s in doc.spans["splits"]] == [("62", "last lap", 62.0)]


def test_splits_a_last_turn_is_a_lap_in_italian_copy_translated(doc_of) -> None:
    """Italian's "giro" translated as a turn: "the final turn in 59"8" closing a steeplechase is its last lap."""
    doc = doc_of("ROME – Sufian El Bakkali takes the 3000 siepi of the Golden Gala in 8.05,12. At the bell it is El Bakkali to "
                 "command in 7'03\"9; the final turn in 59\"8 closes the discussion.")
    assert [(s.label_, s._.seconds) for s in doc.spans["splits"]] == [("bell", 423.9), ("last lap", 59.8)]


def test_splits_the_next_kilometres_after_a_point(doc_of) -> None:
    """"Sawe reached 30 km in 1:25:51, ..., but his next 5 km took 14:53": the 30km-35km stretch, a lap of 5km."""
    doc = doc_of("Sabastian Sawe won the Berlin Marathon in 2:02:16.\n\nAlone from there, Sawe reached 30 km in 1:25:51, still "
                 "within a minute of the record, but his next 5 km took 14:53 and he passed 35 km in 1:40:44.")
    assert [(s.label_, s._.lap_m) for s in doc.spans["splits"]] == [("30km", None), ("30km-35km", 5000.0), ("35km", None)]


def test_splits_a_description_is_not_an_owner_inside_the_sentence_before(doc_of) -> None:
    """"... ended his bid to break the late Kelvin Kiptum's world record ... The 30-year-old ... went through halfway in
    1:00:16": the owner after an article is no subject, the description the winner's."""
    doc = doc_of("BERLIN (Reuters) - Kenya's Sabastian Sawe won the Berlin Marathon in 2:02:16 on Sunday, but rising temperatures "
                 "ended his bid to break the late Kelvin Kiptum's world record.\n\nThe 30-year-old went through halfway in 1:00:16 "
                 "behind the last of his pacemakers.")
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [("1:00:16", "Sabastian Sawe")]


@pytest.mark.parametrize(
    ("text", "runner"),
    [
        ("Hirut Meshesha won the women's 1500m in 4:01.20. After 1200 m, passed by Meshesha in 3.14,8, only Martyna Galant was "
         "still able to hold the contact.", "Hirut Meshesha"),
        pytest.param("Patrick Tiernan won the Zatopek 10,000m in 27:41.20 ahead of Ky Robinson. The last lap, covered by the winner "
                     "in 56.8 seconds, was settled late.", "Patrick Tiernan", marks=pytest.mark.xfail(
                         reason="taken back after the third review: 'the winner' went to another race's winner told before", strict=True)),
    ],
    ids=["a-name", "the-winner"],
)
def test_splits_a_passage_s_agent_right_before_its_time(doc_of, text: str, runner: str) -> None:
    """"passed by Meshesha in 3.14,8" (Polish copy translated), "covered by the winner in 56.8 seconds": the agent's passage, not
    the subject's after it or the one named before."""
    assert [s._.athlete.label_ for s in doc_of(text).spans["splits"]] == [runner]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ('Chebet built a 30-second first lap lead in the 10,000m and won in 29:05.20.',
         '30'),
        ('Kiptum had a 25-second first lap advantage in the cross country and won the 10km race in 29:02.',
         '25'),
        ('Hocker had a 20-second last lap deficit to make up but won the 1500m in 3:27.65.',
         '20'),
        ('Wanyonyi held a 40-second lap record on the indoor track, and won the 800m in 1:44.10.',
         '40'),
        ('Kerr ran the last turn in 13.2 and the straight in 12.6, covering the last 200m in 25.8, and won the 1500m in 3:29.38.',
         '13.2'),
        ('Battocletti, with the last turn in 30"2, won the 5000m in 14\'32"18.',
         '30"2'),
        ('Noah Lyles hit the final turn in 10.21 and won the 200m in 19.70.',
         '10.21'),
        ('Julien Alfred came off the final turn in 11.1 and pulled away to win the 200m in 21.86.',
         '11.1'),
        ('Bol came off the last turn in 38.2 and won the 400m hurdles in 52.15.',
         '38.2'),
    ],
    ids=['c9', 'e18', 'e19', 'e25', 'f36', 'f37', 'c14', 'c15', 'e20'],
)
def test_splits_a_margin_or_a_bend_is_no_lap(doc_of, text: str, time: str) -> None:
    """The review: "a 30-second first lap lead", "a 40-second lap record" are margins, "the final turn in 10.21" a bend of a
    sprint (a translated turn is a lap only at a lap's time, in a race of laps): no lap's time."""
    assert not [s for s in doc_of(text).spans["splits"] if s.text == time and s._.lap]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ('With 10 km to go Kiptum surged, and his next 5 km took 14:10 before he won in 2:00:35.',
         '14:10'),
        ('With 12 km remaining Kipruto attacked, and his next 5 km took 14:20; he won the Tokyo Marathon in 2:02:16.',
         '14:20'),
        ('Two weeks after a 25 km tempo run, his next 5 km took 14:10 in the Tokyo Marathon, which he won in 2:03:13.',
         '14:10'),
    ],
    ids=['e11', 'h6', 'h7'],
)
def test_splits_the_next_kilometres_count_from_a_point_reached_only(doc_of, text: str, time: str) -> None:
    """The review: "With 10 km to go ..., his next 5 km took 14:10", "Two weeks after a 25 km tempo run, his next 5 km": no
    point reached before, no stretch between two points."""
    assert not [s for s in doc_of(text).spans["splits"] if s.text == time and "km-" in s.label_]


def test_splits_that_lap_was_a_time_is_a_lap(doc_of) -> None:
    """A live text's "Ndikumwenayo has decided he has had enough of the dawdling. That lap was a 64.9": a lap of its own (its
    runner taken back to the sentence before, the last one named, was taken back after the third review: it went to a rival
    or another race's winner)."""
    doc = doc_of("Jimmy Gressier won the European 10,000m title in 27:41.08, with Thierry Ndikumwenayo fourth in 27:45.61.\n\n"
                 "Ndikumwenayo has decided he has had enough of the dawdling. That lap was a 64.9, the fastest yet.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("64.9", "lap")]


@pytest.mark.parametrize(
    ("text", "time", "runner"),
    [
        ("Josh Kerr won the men's 1500m in 3:29.10. In the women's 5000m, the last lap, covered by the winner in 58.9 seconds, decided it, and Beatrice Chebet took the title in 14:09.52.",
         '58.9', 'Beatrice Chebet'),
        ("Josh Kerr won the men's race in 3:29.10. In the women's race, the bell rang at 3:10. That lap was a 61.2 for the leaders.",
         '61.2', None),
        ('Faith Kipyegon produced a 57-second last lap ahead of Ngetich to win the 1500m in 3:51.10.',
         '57', 'Faith Kipyegon'),
        ('Conner Mantz won in 2:05:08. After 30 km in 1:28:33, his next 5 km took 14:53.',
         '14:53', 'Conner Mantz'),
    ],
    ids=["In_the_women's_5000m,_the", 'That_lap_was_a_61.2_for_t', '57-second_last_lap_ahead', 'After_30_km_in_1:28:33'],
)
def test_splits_what_this_stop_s_fourth_review_found(doc_of, text: str, time: str, runner: str | None) -> None:
    """The review of the mends: "covered by the winner" after another race's winner is not that winner's (taken back); "That
    lap was a 61.2 for the leaders" after the men's winner is not his (taken back); "a 57-second last lap ahead of Ngetich" is a
    lap ("ahead" is no margin's word); "After 30 km in 1:28:33, his next 5 km took 14:53" counts from 30km."""
    found = [(s._.athlete.label_ if s._.athlete is not None else None) for s in doc_of(text).spans["splits"] if s.text == time]
    assert found == [runner]


@pytest.mark.parametrize(
    ("text", "time", "at"),
    [
        ("Daniel Mateiko won the Valencia Marathon in 2h03:14. The 10 kilometers arrived in 29:01, with six men together.", "29:01", "10km"),
        ("Daniel Mateiko won the Valencia Marathon in 2h03:14. The 25 km went by in 1:13:00 and the pace held.", "1:13:00", "25km"),
        ("Beatrice Chebet won the 10,000m in 30:15.2. The field passed 6000m in 16:17.2, and 7000m arrived in 18:57.4.", "18:57.4", "7000m"),
    ],
    ids=["10_kilometers_arrived_in", "The_25_km_went_by_in", "7000m_arrived_in"],
)
def test_splits_a_distance_said_to_arrive_or_go_by(doc_of, text: str, time: str, at: str) -> None:
    """A distance said to arrive or go by in a time is a point of the race, not a race of its own: "The 10 kilometers arrived
    in 29:01" (translated from Spanish) is the marathon's 10km, "The 25 km went by in 1:13:00" its 25km."""
    assert [s.label_ for s in doc_of(text).spans["splits"] if s.text == time] == [at]


def test_splits_a_checkpoint_table_of_runners_side_by_side(doc_of) -> None:
    """ "Checkpoint (km) – Kipngeno / Chepngeno" over "Ponchette (7) – 52:10 / 1:01:05": each time its column's runner's, at the
    row's point; the last row, the times the results give, no split."""
    doc = doc_of("Patrick Kipngeno won Sierre-Zinal in 2:24:52 and Joyline Chepngeno won the women's race in 2:48:30.\n\n"
                 "Checkpoint (km) – Kipngeno / Chepngeno\n"
                 "Ponchette (7) – 52:10 / 1:01:05\n"
                 "Chandolin (10) – 1:02:40 / 1:13:20\n"
                 "Zinal (31) – 2:24:52 / 2:48:30\n")
    assert splits(doc) == [("52:10", "7km", 7000.0, "Patrick Kipngeno"), ("1:01:05", "7km", 7000.0, "Joyline Chepngeno"),
                           ("1:02:40", "10km", 10000.0, "Patrick Kipngeno"), ("1:13:20", "10km", 10000.0, "Joyline Chepngeno")]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("Km 1 – 5:31 (crowded)\nKm 2 – 5:24\nKm 3 – 5:29\n", [("5:31", "0km-1km"), ("5:24", "1km-2km"), ("5:29", "2km-3km")]),
        ("Km 1 – 5:31\nKm 2 – 10:55\nKm 3 – 16:24\n", [("5:31", "1km"), ("10:55", "2km"), ("16:24", "3km")]),
    ],
    ids=["each-kilometre-s-own", "the-time-there"],
)
def test_splits_a_blog_s_kilometres_by_their_number(doc_of, rows: str, expected: list) -> None:
    """A runner's watch, a kilometre a line ("Km 3 – 5:29"): each kilometre's own time where a row is below the one before it,
    else the time there; the blog's author's own (not "Janelle", the last one named)."""
    text = ("Posted by Lauren Beaulieu · May 26, 2025\n\nMy run club leader Janelle built me a block. I crossed the line in "
            "54:38.\n\nThese are straight off my watch:\n\n" + rows)
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete is not None else None) for s in doc_of(text).spans["splits"]] == [(t, at, "Lauren Beaulieu") for t, at in expected]


@pytest.mark.xfail(reason="taken back after the review: the runner of a time clause who overtakes, kicks or pulls clear is the one "
                   "a pronoun after means as often as the main clause's subject", strict=True)
def test_splits_a_pronoun_after_a_time_clause_is_the_main_subject_s(doc_of) -> None:
    """"Brandvold sat in the chase pack as North Prairie State's Dominic Ashby led ... He moved to the front": "he" is the main
    clause's subject, not the one of the clause of the time beside it."""
    doc = doc_of("Tyler Brandvold won the men's 3,000-meter steeplechase in 8:41.07. Dominic Ashby was second in 8:43.55.\n\n"
                 "Brandvold sat in the chase pack as North Prairie State's Dominic Ashby led through the first kilometer in 2:54. "
                 "He moved to the front just before 2K, which he passed in 5:49.6. He covered the final lap in 66.1.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("2:54", "Dominic Ashby"), ("5:49.6", "Tyler Brandvold"), ("66.1", "Tyler Brandvold")]


def test_splits_a_rival_after_behind_and_a_masters_class_is_no_antecedent(doc_of) -> None:
    """"was second behind the M45 Gareth Lowe, who won in 4:51.20. He went through the first lap in 74.1": the object of
    "behind", its age class before it, is no subject a later "he" stands for."""
    doc = doc_of("Martin Keane ran the masters mile and was second behind the M45 Gareth Lowe, who won in 4:51.20. He had planned "
                 "it to the tenth. He went through the first lap in 74.1 and reached 800m in 2:29.9.")
    assert {s._.athlete.label_ for s in doc.spans["splits"] if s._.athlete is not None} == {"Martin Keane"}


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [
        ("Finlay Wild won the Ben Nevis Race in 1:27:06. Wild reached the summit checkpoint in 59 minutes and two seconds.",
         "59 minutes and two seconds", [("summit", None)]),
        ("Sarah McCormack won the women's race in 1:46:12. She turned at the summit in 1:09:55, already clear.", "1:09:55",
         [("summit", None)]),
        ("Jess Ward won the Fell Race. She reached the summit in 42:10 to win the King of the Mountain prize.", "42:10", []),
        ("Calum MacKenzie won the Knockfarrel Ten in 56:42.\n\nMacKenzie and Ruaridh Stewart, last year's winner, crested the summit "
         "together in 21:05, and the pair were still locked together on the descent.", "21:05", [("summit", None)]),
        ("Eilidh Fraser won the women's race in 1:03:18.\n\nShe was already well clear at the summit, which she reached in 24:30, and "
         "won by more than a minute.", "24:30", [("summit", None)]),
        ("Jess Ward won the Fell Race, well clear at the summit, which she reached in 42:10.", "42:10", []),
    ],
    ids=["reached-the-summit-checkpoint", "turned-at-the-summit", "to-win-a-prize-there", "crested-together-by-last-year-s-winner",
         "reached-in-a-relative-clause", "a-relative-clause-after-a-win"],
)
def test_splits_a_feature_of_the_course_reached_in_a_time(doc_of, text: str, time: str, expected: list) -> None:
    """A hill race's summit reached in a time, its distance unsaid, is a point of its own name (no result); not where the
    time wins ("to win the King of the Mountain prize")."""
    doc = doc_of(text)
    assert [(s.label_, s._.distance_m) for s in doc.spans["splits"] if s.text == time] == expected
    assert [r.text for r in doc.spans["results"] if r.text == time] == ([] if expected else [time])


def test_splits_until_a_distance_set_off_with_its_passage(doc_of) -> None:
    """"sat behind the pacemaker until 2,000 meters, passed in 5:34.0": the point, its thousands written with a comma (no
    result of the 3000m)."""
    doc = doc_of("Josette Andrews won the women's 3000 meters in 8:19.66, an American record. Andrews sat behind the pacemaker "
                 "until 2,000 meters, passed in 5:34.0, then went to the front.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("5:34.0", "2000m")]
    assert [r.text for r in doc.spans["results"]] == ["8:19.66"]


@pytest.mark.xfail(reason="taken back after the third review: \"Nth place with\" after a point is as often the place held there "
                   "(\"At 30km, Kipchoge was in first place with 1:27:10 on the clock\")", strict=True)
def test_splits_a_point_before_a_place_settled_with_a_time_is_not_its(doc_of) -> None:
    """"lost contact already after 800 meters and had to settle for seventh place with 3.33,94" (translated): the place's time,
    a result, not the point's split."""
    doc = doc_of("OSLO - Jakob Ingebrigtsen won the 1500m in 3.29,50. Filip Ingebrigtsen lost contact with the group already after "
                 "800 meters and had to settle for seventh place with 3.33,94.")
    assert list(doc.spans["splits"]) == []
    assert [(r.text, r._.place) for r in doc.spans["results"]] == [("3.29,50", 1), ("3.33,94", 7)]


@pytest.mark.parametrize(
    ("text", "time", "runner"),
    [
        ("Ngetich faded badly as Assefa pulled clear at 30km. She reached 35km in 1:49:20 and won in 2:11:53.", "1:49:20", "Tigst Assefa"),
        ("Aregawi led until Kiplimo surged at the bell. He covered the last lap in 54.2 to take the title.", "54.2", "Jacob Kiplimo"),
    ],
    ids=["pulled-clear-as", "surged-until"],
)
def test_splits_a_pronoun_after_a_time_clause_whose_runner_moves(doc_of, text: str, time: str, runner: str) -> None:
    """The review's probes for the time clause rule (taken back): the runner who pulls clear or surges in it is the one "she",
    "he" after means."""
    assert [s._.athlete.label_ for s in doc_of(text).spans["splits"] if s.text == time] == [runner]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The 100 km arrived in 6:05:35 for Aleksandr Sorokin, a world record in Vilnius.", "6:05:35"),
        ("The 15km went by in 41:10 for Letesenbet Gidey, setting a world record over the distance in Nijmegen.", "41:10"),
        ("Philemon Kiriago won the Vertical Kilometre, reaching the top of the climb in 33:42.", "33:42"),
        ("Maude Mathys reached the summit in 1:11:45, winning the women's Pikes Peak Ascent by six minutes.", "1:11:45"),
        ("Jonathan Wyatt reached the summit in 56:41 for a course record at Mount Washington.", "56:41"),
        ("In the hill climb, Andrew Douglas reached the summit in 45:05, three minutes clear of the field.", "45:05"),
    ],
    ids=["the-100km-arrived-for", "the-15km-went-by-for", "won-reaching-the-top", "reached-the-summit-winning",
         "the-summit-for-a-record", "the-summit-clear-of-the-field"],
)
def test_splits_a_race_s_own_distance_or_summit_finish_stays_a_result(doc_of, text: str, time: str) -> None:
    """The review's probes: a distance said to arrive or go by that is the race's own (no longer race known), and a summit
    reached in a sentence of a win or a record, are the finish: a result, no split."""
    doc = doc_of(text)
    assert [s.text for s in doc.spans["splits"]] == []
    assert [r.text for r in doc.spans["results"]] == [time]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("Km 5 – 25:40\nKm 10 – 25:30\nKm 15 – 25:55\n", [("25:40", "0km-5km"), ("25:30", "5km-10km"), ("25:55", "10km-15km")]),
        ("Km 1 – 5:10\nKm 2 – 5:20\nKm 3 – 5:40\n", [("5:10", "0km-1km"), ("5:20", "1km-2km"), ("5:40", "2km-3km")]),
    ],
    ids=["five-km-stretches", "slowing-kilometres"],
)
def test_splits_a_blog_s_kilometre_rows_from_the_row_before(doc_of, rows: str, expected: list) -> None:
    """The review's probes: each row's stretch runs from the row before ("Km 10 – 25:30" after "Km 5": 5km-10km), and times that
    rise slowly are each stretch's own, not the time there."""
    text = "Posted by Tom Hughes\n\nI crossed the line in 1:49:20 at the Bath Half.\n\nMy splits:\n" + rows
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "time", "at"),
    [
        ("Eliud Kipchoge won the Berlin Marathon in 2:03:10. At 30km, Kipchoge was in first place with 1:27:10 on the clock.", "1:27:10", "30km"),
        ("Sifan Hassan won the 5000m in 14:30.10. After 2000m, Hassan was in fourth place with 5:58.1.", "5:58.1", "2000m"),
        ("In the 10,000m, the 3 000 m went by in 8:10 and Joshua Cheptegei won in 26:50.20.", "8:10", "3000m"),
    ],
    ids=["first-place-with-at-30km", "fourth-place-with-after-2000m", "the-3-000-m-went-by"],
)
def test_splits_what_the_review_of_the_mends_found(doc_of, text: str, time: str, at: str) -> None:
    """The third review's probes: a place held at a point ("At 30km, Kipchoge was in first place with 1:27:10") is the point's
    split; "the 3 000 m went by in 8:10" is the 3000m (its "000 m" no distance of its own)."""
    assert [s.label_ for s in doc_of(text).spans["splits"] if s.text == time] == [at]


def test_splits_the_clock_a_translation_s_bell(doc_of) -> None:
    """"At the clock Kibiwot was still first, in 7.04,0" (Swedish "vid klockan", translated) is the bell, no result; "He looked
    at the clock" is no point."""
    doc = doc_of("Abraham Kibiwot won the 3000 meters obstacle in 8.05,12.\n\nAt the clock Kibiwot was still first, in 7.04,0, "
                 "with Getnet Wale at his back.")
    assert [(s.text, s.label_, s._.athlete.label_) for s in doc.spans["splits"]] == [("7.04,0", "bell", "Abraham Kibiwot")]
    assert [r.text for r in doc.spans["results"]] == ["8.05,12"]
    assert P.SPLIT_POINT_WORDS.search("He looked at the clock Kibiwot") is None


def test_splits_a_point_naming_no_one_after_a_runner_went_on_alone(doc_of) -> None:
    """"... and from there Sawe ran completely alone against the clock" then "At Kilometer 30 the intermediate time showed
    1:26:10": the lone leader's split ("from there" is no preposition before an object, "completely" no break in "ran alone")."""
    doc = doc_of("Sebastian Sawe won the Berlin Marathon in 2:02:16.\n\nAlready at Kilometer 25 the last tempo maker stepped out, and "
                 "from there Sawe ran completely alone against the clock.\n\nAt Kilometer 30 the intermediate time showed 1:26:10, at "
                 "Kilometer 40 it was 1:55:48.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("1:26:10", "Sebastian Sawe"), ("1:55:48", "Sebastian Sawe")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At 35 kilo Edesa was 1:56:36, and Kobayashi was 1:56:44 with 8 seconds behind.",
         [("1:56:36", "35km", "Workneshu Edesa"), ("1:56:44", "35km", "Kana Kobayashi")]),
        ("At 35km Edesa was timed in 1:56:36 and Kobayashi in 1:56:44.",
         [("1:56:36", "35km", "Workneshu Edesa"), ("1:56:44", "35km", "Kana Kobayashi")]),
        ("At 35km Edesa was timed in 1:56:36, and Kobayashi won in 2:21:19.", [("1:56:36", "35km", "Workneshu Edesa")]),
    ],
    ids=["and-kobayashi-was", "and-kobayashi-in", "and-kobayashi-won"],
)
def test_splits_another_runner_s_time_at_the_same_point(doc_of, sentence: str, expected: list[tuple]) -> None:
    """"At 35 kilo Edesa was 1:56:36, and Kobayashi was 1:56:44": the second runner's time, told in a clause joined to the first
    and close to it, is at the same point (a win after it is the finish)."""
    doc = doc_of(f"Workneshu Edesa won the Osaka marathon in 2:21:00 and Kana Kobayashi was second in 2:21:19. {sentence}")
    assert [(s.text, s.label_, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == expected


def test_splits_a_point_listed_after_a_time_in_words(doc_of) -> None:
    """"passed the 5km point in 14 minutes 52 seconds and the 10km in 29:45" (Korean copy translated): 29:45 is the 10km's, not
    the 5km's across the worded time, nor a 10km race's."""
    doc = doc_of("Jemal Yimer won the Seoul Marathon in 2:05:27.\n\nThe leading group passed the 5km point in 14 minutes 52 seconds "
                 "and the 10km in 29:45.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("14 minutes 52 seconds", "5km"), ("29:45", "10km")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sifan Hassan won the women's 10,000m in 29:40.10. Joshua Cheptegei won the men's race. His splits were not published; "
         "her lap times:\n1km 2:58\n2km 5:57", [("2:58", None), ("5:57", None)]),
        ("Farah won the 10,000m in 27:01.20. We do not have his own laps, but here are the leader's splits:\n1km 2:42\n2km 5:25",
         [("2:42", None), ("5:25", None)]),
        ("Cheptegei ran totally alone in the cross country at Bathurst, winning the 10km in 29:10. At 8km the chasers were at "
         "23:50.", [("23:50", None)]),
        ("Chepngetich ran all alone from 15km. At 30km the clock showed 1:33:10. In the men's race, at 30km the leaders passed in "
         "1:27:40.", [("1:33:10", "Ruth Chepngetich"), ("1:27:40", None)]),
        ("At 15km of the 20km race walk Stano was 59:40, and Ikeda at 59:52; Stano won in 1:19:10.",
         [("59:40", "Stano"), ("59:52", None)]),
        ("Kiptum was dropped at 30km, finishing in 2:06:10, and Kipruto was 2:06:20 in seventh.", [("2:06:10", "Kelvin Kiptum")]),
        ("At 40km Edesa was 2:14:40, and Kobayashi in 2:21:19 finished second.", [("2:14:40", "Edesa")]),
        ("At 35km, with a lead of 1 minute 20 seconds, Kiptum passed in 1:42:10 and went on to win in 2:00:35.",
         [("1 minute 20 seconds", "Kelvin Kiptum"), ("1:42:10", "Kelvin Kiptum")]),
        ("At the clock Kamworor stopped in 27:44 to win the 10km road race in Prague.", []),
    ],
    ids=["her-lap-times-after-his", "the-leader-s-splits", "the-chasers", "the-men-s-leaders", "ikeda-unknown",
         "finishing-then-in-seventh", "finished-second-after", "a-lead-in-words", "the-clock-stopped"],
)
def test_splits_what_the_review_of_the_stop_s_splits_found(doc_of, text: str, expected: list[tuple]) -> None:
    """The review's probes: a heading naming both "his" and "her" owns no list; a group the subject at a point has no leader; a
    runner the text does not know in a joined clause is nobody, not the first runner; a finish after a point stays a finish; a
    gap in words blocks no point; "At the clock X stopped" is no bell."""
    doc = doc_of(text)
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Josh Kerr won the men's 1500m in 3:29.38 and Faith Kipyegon the women's in 3:50.11. Here are her splits (his laps were "
         "not recorded):\n400m 61.2\n800m 2:03.1", [("61.2", None), ("2:03.1", None)]),
        ("Grant Fisher won the 5000m in 12:46.96. Here are his planned splits:\n1000m 2:33\n2000m 5:06", [("2:33", None), ("5:06", None)]),
        ("Obiri hit the front at 30km. The pack had no answer, and at 35km the clock showed 1:55:10. She won in 2:21:38.",
         [("1:55:10", "Hellen Obiri")]),
        ("At 1400m Kipyegon was 3:35.0, and Hassan in 3:51.20 was second.", [("3:35.0", "Faith Kipyegon")]),
        ("At 10km, having run the first kilometre in 2 minutes 41 seconds, Kiplimo passed in 27:20 and won the half marathon in "
         "57:31.", [("2 minutes 41 seconds", "Jacob Kiplimo"), ("27:20", "Jacob Kiplimo")]),
        ("At the clock Kipyegon was 3:49.04, a new world record in the 1500m.", []),
    ],
    ids=["her-splits-his-laps", "his-planned-splits", "the-pack-had-no-answer", "hassan-in-then-second",
         "a-stretch-in-an-aside", "the-clock-was-a-record"],
)
def test_splits_what_the_review_of_the_mends_of_the_twelfth_stop_found(doc_of, text: str, expected: list[tuple]) -> None:
    """The second review's probes: a heading naming both pronouns, or a plan, owns no list; a group in another clause takes no
    leader away; a joined time whose clause goes on ("was second") is a finish; a stretch in words in an aside blocks no point;
    "At the clock X was" a record is no bell."""
    doc = doc_of(text)
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == expected


def test_splits_a_newsletter_s_own_race_and_its_dot_leader_list(doc_of) -> None:
    """A newsletter's author on a line of her name and the date ("Kate Morrow | 25 February 2026") who tells her race in the
    first person ("I crossed in 2:34:52") is its runner; her list of splits after dot leaders ("10K ....... 36:08 (18:03)")
    is hers, and so are "My 5K from 30K to 35K was 18:42" and "At 40K the watch said 2:26:30"; a pace "for each 5K" and a
    plan "till 30k" are no race."""
    doc = doc_of("NOTES FROM THE LONG RUN\nKate Morrow | 25 February 2026\n\nThe plan was 3:37 per kilometre, which is 18:05 for "
                 "each 5K. His text said: \"Patience till 30k. Then race.\"\n\nMy 5K from 30K to 35K was 18:42. At 40K the watch "
                 "said 2:26:30. I crossed in 2:34:52 in the marathon.\n\nTHE SPLITS\n\n5K ........ 18:05 (18:05)\n"
                 "10K ....... 36:08 (18:03)\n15K ....... 54:12 (18:04)\nFinish .... 2:34:52\n")
    assert [(r.text, r._.race.event, athlete_of_result(r)) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("2:34:52", "marathon", "Kate Morrow")]
    assert [(s.text, s._.distance_m, a) for s, (*_, a) in zip(doc.spans["splits"], splits(doc))] == [
        ("18:42", 5000.0, "Kate Morrow"), ("2:26:30", 40000.0, "Kate Morrow"), ("18:05", 5000.0, "Kate Morrow"),
        ("36:08", 10000.0, "Kate Morrow"), ("54:12", 15000.0, "Kate Morrow")]


def athlete_of_result(r) -> str | None:
    return r._.athlete.label_ if r._.athlete is not None else None


@pytest.mark.parametrize("row", ["bell 11:57.0 (Kejelcha)", "Bell: 11:57.0 (Kejelcha)"], ids=["lowercase", "label"])
def test_splits_a_list_s_bell_row(doc_of, row: str) -> None:
    """A splits list's row for the bell, "bell 11:57.0 (Kejelcha)" as a forum writes it or "Bell: 11:57.0": the bell split
    of the runner in its bracket, no result and no Georgia Bell."""
    doc = doc_of("Jakob Ingebrigtsen won the 5000m in 12:48.20.\n\nSPLITS\n3k 7:52 (rabbit drops, Kejelcha takes over)\n"
                 f"4k 10:27.5 (Kejelcha)\n{row}")
    assert splits(doc)[-1] == ("11:57.0", "bell", 4600.0, "Yomif Kejelcha")
    assert [r.text for r in doc.spans["results"]] == ["12:48.20"]
    assert "Georgia Bell" not in [a.label_ for a in doc.spans["athletes"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Smith, 3 May 2025\n\nJacob Kiplimo was relentless in London. At 40K the watch said 1:55:12 and the course record "
         "was gone. He crossed the line in 2:02:41.", [("1:55:12", "Jacob Kiplimo")]),
        ("Kate Morrow | 25 February 2026\n\nThis week's member report comes from Dan Reyes, who ran the Seville Marathon.\n\nI "
         "went out with the 3:00 bus. At 40K the watch said 2:50:12, and I crossed in 2:59:41.", [("2:50:12", "Dan Reyes")]),
        ("By Tom Lee, 3 May 2025\n\nJacob Kiplimo won the London Marathon in 2:03:37. At 40K the watch said 1:56:12.",
         [("1:56:12", "Jacob Kiplimo")]),
    ],
    ids=["a-reporter-s-byline", "a-member-s-report", "a-watch-of-another"],
)
def test_splits_what_the_review_of_the_thirteenth_stop_found(doc_of, text: str, expected: list) -> None:
    """The review's probes: "the watch said" is no narrator's own; a name and a date heading a text make its author the
    narrator only where the first "I" time comes before anyone else is named."""
    doc = doc_of(text)
    assert [(s.text, a) for s, (*_, a) in zip(doc.spans["splits"], splits(doc))] == expected
    assert not {"Jane Smith", "Kate Morrow", "Tom Lee"} & {a.label_ for a in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sarah Hall was fourth in 2:26:10.... 2:24:03 won it for Lonah Salpeter.", [("2:26:10", "Sarah Hall"),
                                                                                      ("2:24:03", "Lonah Salpeter")]),
        ("Club championships, results:\n5000m ........ 15:02.3 Tom Lee\n1500m ........ 4:01.8 Dan Reyes",
         [("15:02.3", "5000m"), ("4:01.8", "1500m")]),
    ],
    ids=["dots-after-a-word", "a-results-list-with-dot-leaders"],
)
def test_splits_dot_leaders_of_the_review_of_the_thirteenth_stop(doc_of, text: str, expected: list) -> None:
    """The review's probes: dots after a word end a sentence; a row with a name after its time is a result's, its distance the
    event."""
    doc = doc_of(text)
    if expected[0][1][0].isdigit():
        assert [(r.text, r._.race.event) for r in doc.spans["results"]] == expected
    else:
        assert [(r.text, r._.athlete.label_) for r in doc.spans["results"]] == expected


@pytest.mark.parametrize(
    "text",
    ["Kate Morrow | 25 February 2026\nThanks to Dan Reyes for this week's report.\nI crossed in 1:32:10 at the Big Half.",
     "Sarah Jones | 12 March 2024\nWe asked Dan Reyes how his race went.\nI crossed in 1:32:10, which was a PB by a minute.",
     "Kate Morrow | 25 February 2026\nGuest post: Emma Lane on her first marathon.\nI crossed the line in 3:29:10 and cried."],
    ids=["thanks-for-a-report", "we-asked", "a-guest-post"],
)
def test_splits_a_guest_s_first_person_is_not_the_author_s(doc_of, text: str) -> None:
    """The third review's probes: a name and a date heading a post make no narrator where someone named before the first "I"
    time is given the post's words or spoken with."""
    assert not {"Kate Morrow", "Sarah Jones"} & {a.label_ for a in doc_of(text).spans["athletes"]}


@pytest.mark.parametrize(
    "text",
    [pytest.param("Kate Morrow | 25 February 2026\nIn this post I recap the Big Half, which I ran with Tom Bryant. I crossed in 1:32:10.",
                  marks=pytest.mark.xfail(strict=True, reason="taken back after the fifth review: a name before a post's first 'I' time "
                                                              "leaves the author the narrator only as the author's own person ('my club "
                                                              "mate Tom Bryant'); a sentence's 'I' did not tell whose the post was "
                                                              "('Many thanks to Dan Reyes, who sent me this report')")),
     "Sarah Jones | 12 March 2024\nMy coach Dave Morris told me to go out steady. I crossed the line in 1:32:10."],
    ids=["in-this-post-i", "my-coach-told-me"],
)
def test_splits_the_author_s_own_sentence_naming_another(doc_of, text: str) -> None:
    """The fourth review's probes: a sentence of the author's own ("I", "my", "me") naming another with a post's or a speech's
    word leaves the author the narrator."""
    doc = doc_of(text)
    assert [(r.text, r._.athlete.label_) for r in doc.spans["results"]] == [("1:32:10", text.split(" |")[0])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kate Smith won the 14.2km fell race in 1:04:32. She'd already been at CP3 in 45.30.",
         [("45.30", "CP3", None, "Kate Smith")]),
        ("Jo Lee won the 14.2km fell race in 1:10:11. Lee reached CP 2 in 20:11 with a lead of a minute.",
         [("20:11", "CP2", None, "Jo Lee")]),
        ("Tom Dewhurst won the 14.2km fell race in 1:04:32. He was together with Sutcliffe at the trig (CP2), the marshal reckoned "
         "in 27:50.", [("27:50", "CP2", None, "Tom Dewhurst")]),
        ("Ann Bell won the 14.2km fell race in 1:12:40. Bell was through the trig in 30.12 and pulled away on the descent.",
         [("30.12", "trig", None, "Ann Bell")]),
    ],
    ids=["been-at-cp", "reached-cp-spaced", "cp-in-brackets-aside", "through-the-trig-dotted"],
)
def test_splits_a_checkpoint_by_its_code_or_the_trig(doc_of, text: str, expected: list[tuple]) -> None:
    """A fell race's checkpoint by its code ("CP3") or its trig point, gone through, is a point of unsaid distance; a dotted
    time there under a minute as seconds is minutes and seconds (45.30 is 45:30)."""
    doc = doc_of(text)
    assert splits(doc) == expected
    assert doc.spans["splits"][0]._.seconds >= 60


def test_splits_a_checkpoint_then_the_finish_is_no_split(doc_of) -> None:
    """The words between a checkpoint and a time that say a finish leave the time the finish's."""
    doc = doc_of("Kate Smith won the 14.2km fell race. She was at CP4 and finished in 1:04:32.")
    assert splits(doc) == []
    assert [r.text for r in doc.spans["results"]] == ["1:04:32"]


def test_splits_a_blog_s_my_splits_heading_and_its_half_row(doc_of) -> None:
    """A blog's "MY SPLITS" heading over a dot leaders' table gives its rows to the narrator, the "Half" row too; "Official chip
    time 2:59:14" with no colon and "my PB going into Sunday was" are the narrator's."""
    doc = doc_of("Posted October 16, 2024 by Nikhil Rao\n\nI ran the Chicago Marathon on Sunday. My PB going into Sunday was 3:07:45 "
                 "from Grandma's Marathon in June 2023.\n\nOfficial chip time 2:59:14. Yes, I cried.\n\n"
                 "MY SPLITS (chip, from the results page)\n\n20K ....... 1:24:14\nHalf 1:28:53\n25K ....... 1:45:20\n")
    assert splits(doc) == [("1:24:14", "20km", 20000.0, "Nikhil Rao"), ("1:28:53", "halfway", 21097.5, "Nikhil Rao"),
                           ("1:45:20", "25km", 25000.0, "Nikhil Rao")]
    assert [(r.text, r.label_, r._.athlete.label_) for r in doc.spans["results"]] == [("3:07:45", "other", "Nikhil Rao"),
                                                                                      ("2:59:14", "result", "Nikhil Rao")]


def test_splits_the_runner_clocked_at_a_point(doc_of) -> None:
    """"with Boudreau clocked at 15:49": the runner clocked, the object of "with" though he is."""
    doc = doc_of("Mackenzie Boudreau won the 10km race in 31:48. By halfway it was down to two, with Boudreau clocked at 15:49 and "
                 "Pothier a couple of strides back.")
    assert splits(doc) == [("15:49", "halfway", 5000.0, "Mackenzie Boudreau")]


def test_splits_a_time_and_its_unit_then_the_point_and_a_pace_per_kilometre(doc_of) -> None:
    """German copy translated: "in 62:41 minutes through the half marathon mark" is halfway's; "a cut of about 2:58 minutes per
    kilometre" a pace, no time."""
    doc = doc_of("Kiros won the marathon in 2:05:18. The hares led a group of twelve runners in 62:41 minutes through the half "
                 "marathon mark, that corresponded to a cut of about 2:58 minutes per kilometre.")
    assert splits(doc) == [("62:41", "halfway", 21097.5, None)]
    assert "2:58" not in {t.text for t in doc.spans["times"]}


def test_splits_a_cross_country_s_lap_said_long_sets_its_first_lap_and_bell(doc_of) -> None:
    """A cross country's lap said long ("the first 2-kilometer lap") is the first lap's length and sets the bell a lap from the
    finish."""
    doc = doc_of("Beatrice Chebet won the senior women's 10-kilometer race at the World Cross Country Championships in 31:50. A lead "
                 "group of nine went through the first 2-kilometer lap in 6:18. Chebet led at the bell in 25:40 and pulled clear.")
    assert splits(doc) == [("6:18", "first lap", 2000.0, None), ("25:40", "bell", 8000.0, "Beatrice Chebet")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sarah Jennings won the 14.2km fell race in 1:12:40. She reached CP 2 in 20:11 and CP4 in 58:02.",
      [("20:11", "CP2"), ("58:02", "CP4")]),
     ("Sarah Jennings won the 14.2km fell race in 1:12:40. She went through CP3 at 45:30 with a minute's lead.", [("45:30", "CP3")]),
     ("Sarah Jennings won the 14.2km fell race in 1:12:40. She reached CP3 (Stoodley Pike) in 45:30.", [("45:30", "CP3")]),
     ("Sarah Jennings won the 14.2km fell race. She was clear at CP4, going on to win in 1:12:40.", []),
     ("Sarah Jennings won the 14.2km fell race. By CP4 she eased to victory in 1:12:40.", [])],
    ids=["a-second-checkpoint-listed", "at-a-time", "a-bracket-after-the-code", "going-on-to-win", "to-victory"],
)
def test_splits_the_reviews_checkpoints(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Winners, Sunday's races:\nMARATHON 2:11:05 Daniel Kipchumba\nHALF 1:03:40 Josphat Tanui\n10K 29:10 Joel Kibet", []),
     ("Posted on 10 October 2024 by Dave Short\nChicago was my fourth marathon and I was hoping to go sub-3.\nMy planned splits (for a "
      "2:59 finish):\n5K 21:10\n10K 42:20\nHALF 1:29:20\nOn the day it all fell apart and I ran 3:08:40.", None),
     ("Melat Kejeta has a best of 31:20 minutes at 10 km and won the half marathon in Berlin in 1:06:45.", []),
     ("Tigst Assefa won the Berlin Marathon in 2:11:53. She has run 1:05:40 hours at the half marathon.", [])],
    ids=["a-winners-list-s-half", "planned-splits-no-one-s", "a-best-s-unit-at", "a-best-s-hours-at"],
)
def test_splits_the_reviews_rows_and_units(doc_of, text: str, expected: list | None) -> None:
    """A winners list's "HALF 1:03:40" is a half marathon's result; a blog's planned splits are no one's; a best's time with its
    unit "at" a distance is no split."""
    got = splits(doc_of(text))
    if expected is None:
        assert all(owner is None for *_, owner in got)
    else:
        assert [s for s in got if s[0] in ("1:03:40", "31:20", "1:05:40")] == expected


@pytest.mark.parametrize(
    ("text", "bell_m"),
    [("Jakob Ingebrigtsen won the 5000m in 13:01.20. Before the race he jogged a 2km loop of the park to warm up. He hit the bell "
      "in 12:06.1.", 4600.0),
     ("Grant Fisher won the 10,000m on the track in 27:12.40. The warm-up area was a 2km loop behind the stands. At the bell "
      "Fisher led in 26:12.9.", 9600.0),
     ("Jakob Ingebrigtsen won the 5000m in 13:01.20. He sat in for the opening four laps before moving up. At the bell he was "
      "clocked in 12:06.1.", 4600.0),
     ("Sifan Hassan won the 10km on the road in 30:10. Earlier in the week she had done 10 x 1km laps of the lake in training. "
      "She hit the bell in 27:20.", 9600.0),
     ("Grant Fisher won the 10,000m in 27:12.40. Earlier, Parker Valby won the women's 10km road race on a 2.5km circuit. At the "
      "bell Fisher led in 26:12.9.", 9600.0)],
    ids=["a-5000m-s-warm-up-loop", "a-10000m-s-warm-up-loop", "four-laps-of-a-5000m", "a-session-s-reps", "another-race-s-circuit"],
)
def test_splits_the_reviews_bells_on_the_track(doc_of, text: str, bell_m: float) -> None:
    assert [s._.distance_m for s in doc_of(text).spans["splits"] if s.label_ == "bell"] == [bell_m]


@pytest.mark.parametrize(
    "text",
    ["Beatrice Chebet led after the first 2-kilometre loop in 6:20 and won the 10km in 31:05.",
     "Jacob Kiplimo went through the first two-kilometre lap in 6:18 and won the 10km in 28:09."],
    ids=["a-loop", "kilometres-in-words"],
)
def test_splits_the_reviews_first_laps_said_long(doc_of, text: str) -> None:
    assert [(s.label_, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("first lap", 2000.0)]


@pytest.mark.xfail(strict=True, reason="the first review's probe, not mended: a chip time with no colon, in a paragraph of the "
                                       "author's own words that names no one, is the author's even where the paragraph before "
                                       "tells another's race ('Our son Jake ran his first marathon')")
def test_splits_a_parent_s_post_chip_time_is_not_the_author_s(doc_of) -> None:
    doc = doc_of("Posted on October 14, 2025 by Karen Moss\n\nOur son Jake ran his first marathon in Chicago on Sunday and I was at "
                 "mile 20 with a sign.\n\nOfficial chip time 3:59:14. I cried when I saw the finish photo.")
    assert "Karen Moss" not in {a.label_ for a in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sarah Jennings won the 14.2km fell race in 1:12:40. She ran from CP2 to CP3 in 12:10, the fastest leg of the day.", []),
     ("Sarah Jennings won the 14.2km fell race in 1:12:40. Between CP2 and CP3 in 14:20 she gained a minute on Lucy Mills.", []),
     ("Sarah Jennings won the 14.2km fell race. She was clear at CP4, eventually triumphing in 1:12:40.", []),
     ("Sarah Jennings won the 14.2km fell race. Clear at CP4, she stopped the clock in 1:12:40.", []),
     ("Sarah Jennings won the 14.2km fell race. She reached CP4, taking the title in 1:12:40.", []),
     ("Sarah Jennings won the 14.2km fell race. Leading at CP4, she breasted the tape in 1:12:40.", [])],
    ids=["from-one-to-another", "between-two", "triumphing", "stopped-the-clock", "taking-the-title", "breasted-the-tape"],
)
def test_splits_the_second_review_s_checkpoints(doc_of, text: str, expected: list) -> None:
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    "text",
    ["Sunday results\nHALF ...... 1:03:40 Josphat Tanui\n10K ...... 29:10 Joel Kibet",
     "Winners:\nMARATHON: 2:11:05 Daniel Kipchumba\nHALF: 1:03:40 Josphat Tanui\n10K: 29:10 Joel Kibet",
     "Posted on 10 October 2024 by Dave Short\nChicago was my fourth marathon and I was hoping to go sub-3.\nMy original planned "
     "splits:\n5K 21:10\n10K 42:20\nHALF ...... 1:29:20\nOn the day it all fell apart and I ran 3:08:40."],
    ids=["dot-leaders-with-a-winner", "a-colon-with-a-winner", "original-planned-splits"],
)
def test_splits_the_second_review_s_half_rows(doc_of, text: str) -> None:
    """A winners list's "HALF" row is the half marathon's result, a planned table's no one's split."""
    assert not [s for s in splits(doc_of(text)) if s[1] == "halfway" and s[3] is not None or s[0] == "1:03:40"]


@pytest.mark.xfail(strict=True, reason="taken back after the second review: a 'HALF' row in capitals with dot leaders ('HALF ...... "
                                       "1:28:53') was halfway's, but a winners list writes its half marathon so ('HALF ...... "
                                       "1:03:40 Josphat Tanui'), and the point is read before the row's name after the time is seen")
def test_splits_a_blog_s_half_row_in_capitals(doc_of) -> None:
    doc = doc_of("Posted October 16, 2024 by Nikhil Rao\n\nI ran the Chicago Marathon on Sunday.\n\nMY SPLITS\n\n20K ....... 1:24:14\n"
                 "HALF ...... 1:28:53\n25K ....... 1:45:20\n")
    assert ("1:28:53", "halfway", 21097.5, "Nikhil Rao") in splits(doc)


@pytest.mark.parametrize(
    ("text", "bell_m"),
    [("Grant Fisher won the 10,000m at the Olympic Stadium in 27:12.40. The walks the day before used the 2km loop in the park. At "
      "the bell Fisher led in 26:12.9.", 9600.0),
     ("Grant Fisher won the 10,000m in 27:12.40. Fisher had dropped to sixth two laps earlier before fighting back. At the bell he "
      "led in 26:12.9.", 9600.0),
     ("Beatrice Chebet won the 10,000m in 30:10.20. With six laps from home Tsegay surged. At the bell Chebet led in 29:12.5.", 9600.0),
     ("Grant Fisher won the 10,000 metres on the track in 27:12.40. Earlier the women's 10km road race was run over five 2km loops "
      "of the park. At the bell Fisher led in 26:12.9.", 9600.0)],
    ids=["another-s-loop", "two-laps-earlier", "six-laps-from-home", "five-loops-of-another"],
)
def test_splits_the_second_review_s_track_bells(doc_of, text: str, bell_m: float) -> None:
    assert [s._.distance_m for s in doc_of(text).spans["splits"] if s.label_ == "bell"] == [bell_m]


@pytest.mark.parametrize(
    ("text", "bell_m"),
    [("Weekend round-up. At the Antrim International cross country, Sarah Lowe went through the first 2km lap in 6:20 and won the "
      "8km race in 26:40.\n\nIn Eugene, Emma Hale won the 3000m in 8:41.20 after leading at the bell in 8:09.5.", 2600.0),
     ("Beatrice Chebet won the 5000m in 14:10.2. The XC season opener, on a course whose first 2km loop is famously hilly, was her "
      "last race. At the bell she was clocked in 13:09.1.", 4600.0)],
    ids=["another-paragraph-s-cross-country", "a-5000m-beside-a-cross-country"],
)
def test_splits_the_third_review_s_bells(doc_of, text: str, bell_m: float) -> None:
    assert [s._.distance_m for s in doc_of(text).spans["splits"] if s.label_ == "bell"] == [bell_m]


@pytest.mark.parametrize(
    "text",
    ["Clear by CP4, Tom Ashworth came through in 52:10 to win the Pen-y-Ghent fell race by a minute.",
     "Tom Ashworth won the Ilkley fell race in 52:10. Rob Hope, fastest to CP6, ended up in 53:40 after a fall.",
     "Jo Dunn, fourth at CP3, took second in 1:05:10 behind Tom Hale, who won the Crow Hill fell race in 1:03:40.",
     "Tom Hale won the Crow Hill fell race in 1:03:40. Jo Dunn, who was caught at CP6, held on for second in 1:04:12."],
    ids=["a-name-after-the-checkpoint", "ended-up-in", "took-second", "held-on-for-second"],
)
def test_splits_the_third_review_s_finishes_after_a_checkpoint(doc_of, text: str) -> None:
    assert [s.label_ for s in doc_of(text).spans["splits"]] == []


def test_splits_a_group_behind_a_runner_clocked(doc_of) -> None:
    doc = doc_of("Emma Lowe won the 10km in 33:10. At halfway the chase group behind Emma Lowe was clocked at 16:58.")
    assert [(s.text, s._.athlete) for s in doc.spans["splits"]] == [("16:58", None)]


def test_splits_a_winners_list_s_half_with_dot_leaders(doc_of) -> None:
    doc = doc_of("Leeds Running Festival winners\nMarathon ..... 2:24:10 Tom Hale\nHalf ..... 1:08:12 Ben Dunn\n10K ..... 31:02 Sam Ode")
    assert "1:08:12" not in [s.text for s in doc.spans["splits"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sofia Marsh won the Lisbon Half Marathon in 1:07:12. The 20 kilometres marked 1:03:40 for Marsh.", [("1:03:40", 20000.0)]),
     ("Sofia Marsh won the Lisbon Half Marathon in 1:07:12. The 20 kilometres were in 1:03:40.", [("1:03:40", 20000.0)])],
    ids=["marked", "were-in"],
)
def test_splits_a_point_read_as_translated(doc_of, text: str, expected: list[tuple]) -> None:
    """Translated copy's "the 20 kilometres marked 1:03:40" and "were in 1:03:40": a point of the race at its distance."""
    assert [(s.text, s._.distance_m) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param("Sofia Marsh won the Lisbon Marathon in 2:21:40.\n\nWomen's leader, every 5K:\n10K — 33:15 (Marsh)\nHalf — 1:10:02 "
                  "(Marsh)\n25K — 1:23:05 (Marsh)", [("33:15", "10km"), ("1:10:02", "halfway"), ("1:23:05", "25km")],
                  marks=pytest.mark.xfail(strict=True, reason="taken back after three reviews: a 'Half — 1:10:02' row is a winners' "
                                          "list's as often ('10K — 30:40 (Joe Bell) / Half — 1:04:13 (Tom Hale)'), whatever rows are "
                                          "beside it")),
     ("Li Wei won the Xiamen Marathon in 2:07:10. The leading group passed the half marathon in 1:03:05, Zhang Lei followed in the "
      "second group, half time 1:04:10.", [("1:03:05", "halfway"), ("1:04:10", "halfway")])],
    ids=["a-half-row-with-a-dash", "half-time"],
)
def test_splits_a_half_said_otherwise(doc_of, text: str, expected: list[tuple]) -> None:
    """A splits table's "Half — 1:10:02 (Marsh)" row between its kilometres, translated copy's "half time 1:04:10": halfway."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kejelcha won the 5000m in 12:51.36. Crippa stayed with the leaders until the 4000, passed in 10:22.5.", [("10:22.5", 4000.0)]),
     ("Welteji won the 1500m in 3:56.90. She went to the front after the passage at the 800 (2:06.1).", [("2:06.1", 800.0)]),
     ("Welteji won the 1500m in 3:56.90. She also ran the 800 in 2:01.10 in May.", [])],
    ids=["passed-in", "a-bracket", "another-race-s-time"],
)
def test_splits_a_track_point_without_its_unit_passed(doc_of, text: str, expected: list[tuple]) -> None:
    """Translated copy's "until the 4000, passed in 10:22.5" and "the passage at the 800 (2:06.1)": points of the track race
    (not "ran the 800 in 2:01.10", a race of its own)."""
    assert [(s.text, s._.distance_m) for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_with_phrase_s_runner_through_a_thousand_metres(doc_of) -> None:
    """"with Renner leading through 1,000 meters in 3:18.6": the with phrase's runner (a thousands separator closes no phrase)."""
    doc = doc_of("Abby Renner won the 3000m steeplechase in 9:41.20 ahead of Hanna Larsen. Larsen broke away early, with Renner "
                 "leading through 1,000 meters in 3:18.6.")
    assert [(s.text, s._.athlete.text) for s in doc.spans["splits"]] == [("3:18.6", "Renner")]


@pytest.mark.parametrize(
    "text",
    ["Festival winners:\nMarathon — 2:11:30 (Daniel Kiprop)\nHalf — 1:04:13 (Tom Hale)\n10K — 30:40 (Joe Bell)",
     "Results\nHalf — 1:04:13 Tom Hale\nMarathon — 2:11:30 Daniel Kiprop",
     "She won the 10,000m in 30:10.20. Earlier this month at the 3000 (8:30.12) in Ostrava she was fifth.",
     "Ngeno, who finished third at the 3000 (7:35.4) in Doha, won the 5000m in 13:02.1.",
     "Faith Kipyegon won the 1500m in 3:50.10. She moved down to the 800 (1:57.10 in 2021) briefly."],
    ids=["a-winners-list-s-half", "a-results-list-s-half", "another-race-at-the-3000", "third-at-the-3000", "down-to-the-800"],
)
def test_splits_the_fifteenth_stop_s_review_of_rows_and_brackets(doc_of, text: str) -> None:
    """The review's probes: a winners' list's "Half — 1:04:13 (Tom Hale)" is the half marathon's, not halfway (only under a
    kilometre point's row); another race's time in a bracket after "at the 3000" is no point."""
    assert [s.text for s in doc_of(text).spans["splits"] if s.text in ("1:04:13", "8:30.12", "7:35.4", "1:57.10")] == []


def test_splits_a_with_phrase_s_second_runner_at_a_thousand_metres(doc_of) -> None:
    """The review's probe: "with Hull leading and Muir at 1,200 meters in 3:05.2": Muir's, the name right before the time."""
    doc = doc_of("In the women's mile, with Hull leading and Muir at 1,200 meters in 3:05.2, the record was on.")
    assert [s._.athlete.text for s in doc.spans["splits"] if s._.athlete is not None] != ["Hull"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Faith Kipyegon led at the 800 (2:06.1) and at the 1200 (3:08.0) and won the 1500m in 3:55.10.", ["2:06.1"]),
     ("Battocletti won the 5000m in 14:41.30 after the passage to the 3000 (8:50.2) in the lead.", ["8:50.2"]),
     pytest.param("Daniel Marsh won the marathon in 2:09:40.\nSplits (leader):\n20km: 1:06:20 (Marsh)\nHalf — 1:10:02 (Marsh)\n"
                  "25km: 1:23:10 (Marsh)", ["1:06:20", "1:10:02", "1:23:10"], marks=pytest.mark.xfail(strict=True, reason="taken back "
                  "after three reviews: a 'Half — 1:10:02' row is a winners' list's as often, whatever rows are beside it")),
     ("Festival winners:\n10K — 30:40 (Joe Bell)\nHalf — 1:04:13 (Tom Hale)\nMarathon — 2:11:30 (Daniel Kiprop)", [])],
    ids=["led-at-the-800", "the-passage-to-the-3000", "a-half-row-among-colon-rows", "a-winners-list-with-a-10k-row"],
)
def test_splits_the_fifteenth_stop_s_second_review_of_points(doc_of, text: str, expected: list[str]) -> None:
    """The second review's probes: "led at the 800 (2:06.1)" and "the passage to the 3000 (8:50.2)" are points; a "Half —" row
    among kilometre rows with colons is halfway, one beside an event's row ("Marathon —") no point."""
    assert [s.text for s in doc_of(text).spans["splits"]][: len(expected) or None] == expected


def test_splits_a_with_phrase_s_runner_leading_another_through_a_thousand_metres(doc_of) -> None:
    """The second review's probe: "with Cole Hocker leading Yared Nuguse through 1,000 meters in 2:18.6": Hocker's (the name
    after him is his verb's object, not a runner joined by "and")."""
    doc = doc_of("Hobbs Kessler won the 1500m in 3:34.10, with Cole Hocker leading Yared Nuguse through 1,000 meters in 2:18.6.")
    assert [s._.athlete.text for s in doc.spans["splits"]] == ["Cole Hocker"]


@pytest.mark.parametrize(
    "text",
    ["Winners:\nHalf — 1:04:13 (Tom Hale)\n10K — 30:40 (Joe Bell)\n5K — 14:50 (Sam Lee)",
     "Winners:\n10km: 30:40 (Joe Bell)\nHalf — 1:04:13 (Tom Hale)\n5km: 14:40 (Sam Lee)",
     "Ingebrigtsen led at the 800 (1:55.30 indoors last winter) and won the 1500m in 3:28.10."],
    ids=["a-winners-half-row-first", "a-winners-half-row-between-km-rows", "a-bracket-holding-more-than-the-time"],
)
def test_splits_the_fifteenth_stop_s_third_review(doc_of, text: str) -> None:
    """The third review's probes: a winners' list's "Half —" row is no halfway whatever rows are beside it; a bracket holding
    more than its time ("(1:55.30 indoors last winter)") is no point's."""
    assert [s.text for s in doc_of(text).spans["splits"] if s.text in ("1:04:13", "1:55.30")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Beijing Marathon: Kiprono Maiyo won the men's race in 2:07:51.\n\nWomen front group 10 kilometers 34:05, 20 kilometers "
      "1:08:02, 30 kilometers 1:41:40.", ["10km", "20km", "30km"]),
     ("Beijing Marathon: Kiprono Maiyo won the men's race in 2:07:51.\n\n10 kilometers used 30:21, about 20 people in the group.",
      ["10km"]),
     ("Beijing Marathon: Kiprono Maiyo won the men's race in 2:07:51.\n\nMen front group every 10 kilometers split:\n"
      "10 kilometers 30:21\n20 kilometers 1:00:38\n30 kilometers 1:30:50", ["10km", "20km", "30km"])],
    ids=["points-listed-in-a-sentence", "a-time-used", "a-list-of-points"],
)
def test_splits_a_kilometre_point_spelled_out_before_its_time(doc_of, text: str, expected: list[str]) -> None:
    """A marathon's points with their unit spelled out right before their times ("10 kilometers 34:05"), or the time "used"
    there, as Chinese copy translated says it."""
    assert [s.label_ for s in doc_of(text).spans["splits"]] == expected


def test_splits_a_splits_list_of_dash_rows_under_its_heading(doc_of) -> None:
    """A meeting report's list headed "SPLITS", its rows a point, a dash, the time and its leader ("2000m – 5:44.9 (Kiplagat)",
    "Bell – 13:17.8 (Taye)"): splits of the women's 5000m, though the men's 1500m was named before (not 1500m results)."""
    doc = doc_of("Beatrice Chebet won the women's 5000m in 14:18.76 at the Diamond League, while Niels Laros won the men's 1500m.\n\n"
                 "WOMEN'S 5000M SPLITS\n1000m – 2:51.6 (Kiplagat)\n2000m – 5:44.9 (Kiplagat)\n3000m – 8:40.3 (Chebet)\n"
                 "4000m – 11:36.0 (Taye)\nBell – 13:17.8 (Taye)\n")
    assert [s.label_ for s in doc.spans["splits"]] == ["1000m", "2000m", "3000m", "4000m", "bell"]
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["14:18.76"]


@pytest.mark.parametrize(
    "text",
    ["Personal bests:\n1500m – 3:31.20 (2023)\n5000m – 13:02.10 (2024)",
     "Bell ran well all season.\nBell – 3:58.10 at the county mile, a best."],
    ids=["a-list-of-bests-with-dashes", "a-surname-bell-opening-a-line"],
)
def test_splits_dash_rows_that_are_no_splits_list(doc_of, text: str) -> None:
    """A list of bests written with dashes is no splits list; nor is a line opening with a runner named Bell and a dash."""
    assert [s.text for s in doc_of(text).spans["splits"]] == []


def test_splits_a_description_right_after_a_road_point(doc_of) -> None:
    """ "In the km 35 the Kenyan passed alone in 1:48:02" (translated): the Kenyan named before in the paragraph."""
    doc = doc_of("The Kenyan Kennedy Kiplimo Rono won the marathon in 2:11:48. The Brazilian Welington Rodrigues was second.\n\n"
                 "At 30km Kennedy Kiplimo Rono attacked on the climb. Only Welington went with him. In the km 35 the Kenyan passed "
                 "alone in 1:48:02, and the Brazilian was twelve seconds behind.")
    assert [(s.text, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("1:48:02", "Kennedy Kiplimo Rono")]


def test_splits_a_list_under_a_line_closed_by_for_its_runner(doc_of) -> None:
    """ "Here's how it went for Ostrowski:" over the rows of a splits list: his splits."""
    doc = doc_of("Caleb Ostrowski won the mile in 4:03.58, ahead of Mateo Alvarez.\n\nHere's how it went for Ostrowski:\n\n"
                 "400m - 60.5\n800m - 2:01.3\n1200m - 3:02.6")
    assert [(s.label_, s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == [
        ("400m", "Caleb Ostrowski"), ("800m", "Caleb Ostrowski"), ("1200m", "Caleb Ostrowski")]


@pytest.mark.parametrize(
    "text",
    ["Eliud Kipchoge won the marathon in 2:01:09.\n\nAt 30km the Kenyans were alone in 1:28:30.",
     "Eliud Kipchoge won the marathon in 2:01:09.\n\nAt 30km the Kenyan duo passed in 1:28:30.",
     "Eliud Kipchoge won the marathon in 2:01:09.\n\nAt 30km the Kenyan crowd cheered as the leaders passed in 1:28:30."],
    ids=["a-people-s-plural", "a-duo", "a-crowd"],
)
def test_splits_a_group_after_a_road_point_is_no_runner(doc_of, text: str) -> None:
    """The review's probes: "the Kenyans", "the Kenyan duo", "the Kenyan crowd" after a point name no one runner."""
    assert [s._.athlete for s in doc_of(text).spans["splits"]] == [None]


@pytest.mark.parametrize(
    "text",
    ["Jiang Yan won the 10km in 31:50. Earlier this year she ran 10 kilometers 32:40 on the track in Zhaoqing.",
     "Hellen Obiri won the marathon in 2:21:10. Her personal bests: 10 kilometers 30:15, half marathon 1:04:22."],
    ids=["a-time-run-earlier", "a-list-of-bests"],
)
def test_splits_a_spelled_out_kilometre_of_a_best_or_a_run_is_no_point(doc_of, text: str) -> None:
    """The review's probes: "she ran 10 kilometers 32:40", "Her personal bests: 10 kilometers 30:15": no splits."""
    assert [s.text for s in doc_of(text).spans["splits"]] == []


def test_splits_a_bell_row_above_a_results_heading(doc_of) -> None:
    """The review's probe: "Bell – 13:17.8 (Taye)" over "WOMEN'S 5000M RESULT" is the bell, and no runner named Bell."""
    doc = doc_of("WOMEN'S 5000M SPLITS\n1000m – 2:55.1 (Kiplagat)\n2000m – 5:44.9 (Kiplagat)\nBell – 13:17.8 (Taye)\n"
                 "WOMEN'S 5000M RESULT\n1. Beatrice Chebet (KEN) 14:05.20\n2. Ejgayehu Taye (ETH) 14:12.98")
    assert [s.label_ for s in doc.spans["splits"]] == ["1000m", "2000m", "bell"]
    assert "Georgia Bell" not in {a.label_ for a in doc.spans["athletes"]}


def test_splits_a_splits_heading_names_its_race(doc_of) -> None:
    """The review's probe: "MEN'S 10,000M SPLITS" over rows of 1000m to the bell: a 10,000m's points (its 5000m row no race)."""
    doc = doc_of("MEN'S 10,000M SPLITS\n1000m – 2:41.0 (Kejelcha)\n5000m – 13:31.5 (Kejelcha)\n8000m – 21:40.0 (Cheptegei)\n"
                 "Bell – 25:52.3 (Cheptegei)")
    assert [(s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("1000m", 1000.0), ("5000m", 5000.0), ("8000m", 8000.0),
                                                                       ("bell", 9600.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Beth Pascall won the fell race in 6:12:20, passing Esk Hause in 2:01:10 and Scafell Pike in 2:58:44.\n\nCheckpoints:\n"
      "CP5 Esk Hause (19.0km) 2:01:10\nCP6 Scafell Pike (21.3km) 2:58:44", ["19km", "21.3km"]),
     ("Joe Brennan won in 3:41:27.\n\nCheckpoint splits: Joe Brennan (record run)\nCP1 Harter Fell (5.1km) 0:32:10\n"
      "CP2 Hard Knott (8.4km) 0:51:45", ["5.1km", "8.4km"])],
    ids=["places-passed-and-joined", "a-checkpoint-heading-with-a-colon"],
)
def test_splits_the_sixteenth_stop_s_second_review(doc_of, text: str, expected: list[str]) -> None:
    """The second review's probes: checkpoints passed ("passing Esk Hause in 2:01:10 and Scafell Pike in 2:58:44") are the
    rows' points; "Checkpoint splits: Joe Brennan (record run)" heads his rows."""
    assert sorted({s.label_ for s in doc_of(text).spans["splits"]}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Nico Young won the 5000m in 13:31.20. The pack went through halfway in 6:54 behind the American Dylan Jacobs.", ["Dylan Jacobs"]),
     ("Faith Kipyegon won the 1500m in 3:52.10. Jessica Hull was at the bell in 3:05.1, two seconds behind Kipyegon.", ["Jessica Hull"])],
    ids=["a-group-behind-its-leader", "a-runner-s-own-time-behind-another"],
)
def test_splits_a_group_s_time_behind_its_leader(doc_of, text: str, expected: list[str]) -> None:
    """A group's time at a point "behind the American Dylan Jacobs" is its leader's; a runner's own time behind another is
    the runner's."""
    assert [s._.athlete.label_ if s._.athlete is not None else None for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    "text",
    ["Jacob Kiplimo won in 58:40. The chasers went through 10km in 28:40 behind Jacob Kiplimo, who was already 20 seconds clear.",
     "Adam Ostrowski won the boys' 1600m in 4:12.30.\n\nPersonal bests for Ostrowski:\n800m - 1:55.40\n3200m - 9:10.40"],
    ids=["the-chasers-behind-the-leader", "a-list-of-bests-for-a-runner"],
)
def test_splits_the_sixteenth_stop_s_third_review(doc_of, text: str) -> None:
    """The third review's probes: the chasers' time behind the leader is no leader's split; "Personal bests for Ostrowski:"
    heads no splits of his."""
    assert [s._.athlete for s in doc_of(text).spans["splits"] if s._.athlete is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jacob Kiplimo won in 58:40. The group of ten went through 5km in 14:40 behind Olympic champion Joshua Cheptegei.",
      ["Joshua Cheptegei"]),
     ("Agnes Ngetich won in 29:50. The women's pack went through halfway in 15:10 behind the Kenyan Agnes Ngetich.", ["Agnes Ngetich"])],
    ids=["a-group-of-ten-behind-a-titled-leader", "a-sex-s-pack"],
)
def test_splits_a_group_behind_its_leader_however_named(doc_of, text: str, expected: list[str]) -> None:
    """The third review's misses: "The group of ten ... behind Olympic champion Joshua Cheptegei", "The women's pack ... behind
    the Kenyan Agnes Ngetich": the leader's splits."""
    assert [s._.athlete.label_ if s._.athlete is not None else None for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("heading", "women"),
    [("Intermediate times of the leading groups (men / women):", ["10km", "20km"]),
     ("Intermediate times of the leading groups:", [])],
    ids=["a-heading-of-both-sexes-columns", "no-heading-of-columns"],
)
def test_splits_a_list_s_second_column_is_the_women_s(doc_of, heading: str, women: list[str]) -> None:
    """A list of points with two columns under a heading "(men / women)" ("10 km: 27:59 / 31:22"): the second column the women's
    race's splits; with no such heading, no column of another race."""
    doc = doc_of("Wilfred Rotich won the men's half marathon in 59:21 and Joyce Chepkoech the women's in 1:06:50.\n\n"
                 f"{heading}\n10 km: 27:59 / 31:22\n20 km: 56:12 / 1:03:20")
    assert [s.label_ for s in doc.spans["splits"] if s._.column_race is not None and s._.column_race.sex == "women"] == women


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Siyabonga Ndlovu won the Two Oceans Ultra Marathon in 3:09:48. He crested the summit, at roughly 37km, in 2:06:40.",
      [("2:06:40", "37km", 37000.0, "Siyabonga Ndlovu")]),
     ("Gerda Steyn won the Two Oceans Ultra Marathon in 3:32:17. Steyn went through the marathon mark in 2:38:40.",
      [("2:38:40", "marathon", 42195.0, "Gerda Steyn")])],
    ids=["a-point-said-roughly", "an-ultra-s-marathon-mark-its-distance-unsaid"],
)
def test_splits_points_of_an_ultra_of_no_distance_said(doc_of, text: str, expected: list[tuple]) -> None:
    """An ultra whose distance the text never says: "at roughly 37km, in 2:06:40" is a point's split, and so is "the marathon
    mark" (no shorter race passes it)."""
    assert splits(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gideon Dalyop won the 10km in 29:14 ahead of Nanbol Pwajok. By 8km, which he reached in 23:29, only Pwajok could stay with him.",
      [("23:29", "8km", 8000.0, "Gideon Dalyop")]),
     ("Marjolein de Graaf won the women's 5000m in 18:29.84. 2000m came in 7:24.7 and 3000m in 11:09.1.",
      [("7:24.7", "2000m", 2000.0, None), ("11:09.1", "3000m", 3000.0, None)])],
    ids=["a-point-which-he-reached", "a-distance-opening-its-sentence-came-in"],
)
def test_splits_a_point_reached_by_a_pronoun_or_opening_its_sentence(doc_of, text: str, expected: list[tuple]) -> None:
    """"By 8km, which he reached in 23:29, only Pwajok could stay with him": the pronoun's split (not the runner named after);
    "2000m came in 7:24.7" of a 5000m: a point, no race of its own."""
    assert splits(doc_of(text)) == expected


def test_splits_a_bell_split_of(doc_of) -> None:
    """"after a bell split of 2:55" in a 1500m: the bell's split (1100m), no finish."""
    doc = doc_of("Rajay Campbell won the boys' 1500m in 3:53.71. Campbell covered the last lap in 58.7 after a bell split of 2:55.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"] if s.text == "2:55"] == [("2:55", "bell", 1100.0)]


def test_splits_to_a_point_then_passed_in(doc_of) -> None:
    """"Will Ashdown took over to 1000m, passed in 2:27.5": the 1000m point's split."""
    doc = doc_of("Alfie Marsh won the 1500m in 3:38.72. Dan Kerrigan led through 800m in 1:57.9, and Will Ashdown took over to 1000m, "
                 "passed in 2:27.5.")
    assert [s for s in splits(doc) if s[0] == "2:27.5"] == [("2:27.5", "1000m", 1000.0, "Will Ashdown")]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("The course was three laps of roughly 3km for the men, two for the women. Jake Pellow won in 30:58 ahead of Sam Okonjo, who "
      "had moved up to second by the end of lap two (20:49).", "20:49", ("20:49", "lap 2", 6000.0, "Sam Okonjo")),
     ("Ruth Ellison ran the Worthing 10K in 46:20. Here are my splits:\nkm 4 - 4:39\nkm 5 - 4:43 (5K on the watch: 23:16)\n"
      "km 6 - 4:42", "23:16", ("23:16", "5km", 5000.0, None)),
     ("Megan Llewellyn was third in the half marathon. Llewellyn was 34:31 at 10K and held on for 1:12:35.", "1:12:35", None)],
    ids=["the-end-of-a-course-s-lap", "a-point-on-the-watch", "held-on-for-a-finish"],
)
def test_splits_laps_of_a_course_a_watch_and_a_finish_held(doc_of, text: str, time: str, expected) -> None:
    """"by the end of lap two (20:49)" of three 3km laps: 6km in; "(5K on the watch: 23:16)": the 5km point; "was 34:31 at 10K and
    held on for 1:12:35": the finish, no split at 10K."""
    found = [s for s in splits(doc_of(text)) if s[0] == time]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Lachlan Fairweather won the senior men's 10km cross country in 29:41. Overnight rain turned the five 2km laps into a slog, "
      "and Fairweather hit the bell in 23:47.", "23:47", ("23:47", "bell", 8000.0, "Lachlan Fairweather")),
     ("Edwin Kiprono Mutai won the São Silvestre in 44:07. It was in the region of the Pacaembu that Kiprono Mutai pulled the rhythm. "
      "He passed the 10 km in 29:18 already with some meters over the compatriot Bernard Koros.", "29:18",
      ("29:18", "10km", 10000.0, "Edwin Kiprono Mutai")),
     ("Hagos Gebrhiwet won the 5000m in 12:48,76.\n\nThe intermediate times (leading):\n4000 m: 10:16,9 (Kejelcha)\n"
      "Bell (4600 m): 11:52,9 (Gebrhiwet)", "11:52,9", ("11:52,9", "bell", 4600.0, "Hagos Gebrhiwet"))],
    ids=["a-cross-country-bell-its-laps-said", "a-pronoun-after-a-cleft", "a-bell-row-with-its-distance"],
)
def test_splits_a_course_s_bell_a_cleft_and_a_bell_row(doc_of, text: str, time: str, expected: tuple) -> None:
    """The bell of a cross country of "five 2km laps" (8km in; "laps into a slog" is still its laps); "He" after a cleft's
    "It was ... that Kiprono Mutai pulled the rhythm" is Kiprono Mutai (not the rival named after the time); a splits list's
    "Bell (4600 m): 11:52,9 (Gebrhiwet)" row."""
    assert [s for s in splits(doc_of(text)) if s[0] == time] == [expected]


def test_splits_a_track_point_listed_with_no_unit(doc_of) -> None:
    """"The leaders reached 1600 in 4:33.2 and 2400 in 6:48.9" of a 3200: both points, the second listed after the first."""
    doc = doc_of("Sandoval won the boys' 3200 in 8:58.44. The leaders reached 1600 in 4:33.2 and 2400 in 6:48.9.")
    assert [(s[0], s[1]) for s in splits(doc)] == [("4:33.2", "1600m"), ("6:48.9", "2400m")]


def test_splits_a_pronoun_s_point_then_its_name_in_the_main_clause(doc_of) -> None:
    """The review's misfire, mended: "By 30km, which he reached in 1:27:10, Kiptum had dropped Kipruto": Kiptum's (the main
    clause's subject, with no "him" after it)."""
    doc = doc_of("By 30km, which he reached in 1:27:10, Kelvin Kiptum had dropped Benson Kipruto.")
    assert [s[3] for s in splits(doc)] == ["Kelvin Kiptum"]


@pytest.mark.parametrize(
    ("text", "time", "expected"),
    [("Sawe won the Valencia Marathon in 2:02:05. The passes of the head of the race were these:\n\n20 km: 57:45\n"
      "Middle marathon: 1:00:56\n25 km: 1:12:13", "1:00:56", ("1:00:56", "halfway", 21097.5, None)),
     ("Sawe won the Valencia Marathon in 2:02:05. The passes of the head of the race were these:\n\n20 km: 57:45\n"
      "Middle marathon: 1:00:56\n25 km: 1:12:13", "1:12:13", ("1:12:13", "25km", 25000.0, None)),
     ("Lachlan Fairweather won the senior men's 10km cross country in 29:41. Overnight rain turned the five 2km laps into a slog, "
      "and Fairweather ran his fourth lap in 5:49.", "5:49", ("5:49", "lap 4", 8000.0, "Lachlan Fairweather"))],
    ids=["a-middle-marathon-row", "the-row-after-it", "his-nth-lap-of-a-course"],
)
def test_splits_a_middle_marathon_row_and_a_course_s_nth_lap(doc_of, text: str, time: str, expected: tuple) -> None:
    """"Middle marathon: 1:00:56" (Spanish "media maratón" translated) a splits list's halfway row, its list going on; "ran his
    fourth lap in 5:49" of a cross country of five 2km laps: the fourth lap (a course's, too slow for a track's)."""
    assert [s for s in splits(doc_of(text)) if s[0] == time] == [expected]


def test_splits_a_list_s_owner_in_its_heading_s_bracket_after_times_of(doc_of) -> None:
    """"The passages of the head of the race (times of Belachew):" (Italian copy translated): the list's splits are Belachew's."""
    doc = doc_of("Tesfaye Belachew won the Rome Marathon in 2:06:31.\n\nThe passages of the head of the race (times of Belachew):\n\n"
                 "5 km - 15:02\n10 km - 30:05\n15 km - 45:11")
    assert {s[3] for s in splits(doc)} == {"Tesfaye Belachew"}


def test_splits_a_list_s_rows_after_a_double_hyphen(doc_of) -> None:
    """"35 km -- 1:55:20 (Kaneshiro alone)": a splits list's row, its dash two hyphens as wire copy writes it."""
    doc = doc_of("Rino Kaneshiro won the Osaka Women's Marathon in 2:20:15.\n\nLead pack splits (every 5 km):\n30 km -- 1:38:50 (pacemakers "
                 "off)\n35 km -- 1:55:20 (Kaneshiro alone)\n40 km -- 2:12:35 (Kaneshiro)")
    assert [(s[0], s[1]) for s in splits(doc) if s[0] in ("1:55:20", "2:12:35")] == [("1:55:20", "35km"), ("2:12:35", "40km")]


@pytest.mark.parametrize(
    ("text", "time", "who"),
    [("Lauren Whitcomb won the 3000m in 8:51.20. Whitcomb moved with 500m to go and had two metres on Grace Mutua at the bell, which "
      "she reached in 8:19.6.", "8:19.6", "Lauren Whitcomb"),
     ("Winfred Yavi won the steeplechase in 9:01.20. Peruth Chemutai led through 1000m in 2:58.9, and Yavi took over before 2000m, "
      "which she reached in 5:57.2.", "5:57.2", "Winfred Yavi")],
    ids=["the-subject-not-the-object", "the-last-clause-s-subject"],
)
def test_splits_a_point_which_she_reached_after_a_named_subject(doc_of, text: str, time: str, who: str) -> None:
    """"..., which she reached in 8:19.6" after a sentence naming runners: the last subject before it (not an object: "had two
    metres on Grace Mutua")."""
    assert [s[3] for s in splits(doc_of(text)) if s[0] == time] == [who]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jimmy Gressier won the men's 10,000m in 27:51.34, ahead of Yemaneberhan Crippa. The 8000 meters Crippa passed first in "
         "22:27, here the group was thinned to six.", [("22:27", "8000m", 8000.0, "Yemaneberhan Crippa")]),
        ("Jacob Kiplimo won the half marathon in 59:01, ahead of Berihu Aregawi. At the 15 kilometres Kiplimo went through "
         "in front in 41:55.", [("41:55", "15km", 15000.0, "Jacob Kiplimo")]),
        ("Jacob Kiplimo won the half marathon in 59:01. The 10 kilometres Kiplimo covered in 27:40.",
         [("27:40", "10km", 10000.0, "Jacob Kiplimo")]),
    ],
    ids=["the-point-then-its-runner", "at-the-point-then-its-runner", "covered"],
)
def test_splits_a_point_fronted_before_its_runner(doc_of, text: str, expected: list[tuple]) -> None:
    """Translated copy orders the point first: "The 8000 meters Crippa passed first in 22:27", a split, no result."""
    assert splits(doc_of(text)) == expected


def test_splits_a_pronoun_s_time_before_a_rival_s_clause_of_contrast(doc_of) -> None:
    """"Crippa wanted to decide from the front. At the bell he led in 26:57, but Gressier was sitting on his shoulder": the time
    is the one "he" stands for, not the rival named in the clause after it."""
    doc = doc_of("Jimmy Gressier won the men's 10,000m in 27:51.34, ahead of Yemaneberhan Crippa. Crippa wanted to decide from the "
                 "front. At the bell he led in 26:57, but Gressier was sitting on his shoulder.")
    assert splits(doc) == [("26:57", "bell", 9600.0, "Yemaneberhan Crippa")]


def test_splits_a_checkpoint_named_by_a_point_heading_reached_in_prose(doc_of) -> None:
    """A place a heading lists with its distance ("Lick Creek (mile 14.2)") is that point when prose reaches it: "Tessa Lindqvist
    led into Lick Creek in 2:10:44", "came into Cougar Saddle together in 1:01:18" (splits, no results, no runners)."""
    doc = doc_of("Marisol Vance won the women's 50K in 4:31:09.\n\nAid-station splits:\n\nCougar Saddle (mile 6.8)\n- Dax Whitaker "
                 "- 52:40\n\nLick Creek (mile 14.2)\n- Dax Whitaker - 1:53:05\n\nVance and Tessa Lindqvist came into Cougar Saddle "
                 "together in 1:01:18. Tessa Lindqvist led into Lick Creek in 2:10:44.")
    got = {s.text: (s.label_, round(s._.distance_m), s._.athlete.label_) for s in doc.spans["splits"]}
    assert got["1:01:18"] == ("Cougar Saddle", 10944, "Tessa Lindqvist")
    assert got["2:10:44"] == ("Lick Creek", 22853, "Tessa Lindqvist")
    assert "Lick Creek" not in [s.text for s in doc.spans["athletes"]]


def test_splits_a_point_opened_by_in_the_with_its_group_or_clock_after(doc_of) -> None:
    """"In the 10 kilometres passed eleven athletes together in 31:30 and in the 20 kilometres the clock showed 1:03:25" of a
    marathon (translated): both points' splits, the race still the marathon."""
    doc = doc_of("Brian Kipsang won the Athens Marathon in 2:12:14.\n\nIn the 10 kilometres passed eleven athletes together in 31:30 "
                 "and in the 20 kilometres the clock showed 1:03:25.")
    got = {s.text: (s.label_, round(s._.distance_m)) for s in doc.spans["splits"]}
    assert got == {"31:30": ("10km", 10000), "1:03:25": ("20km", 20000)}


def test_splits_a_point_s_time_told_by_had_been(doc_of) -> None:
    """"the leaders went through 10km in 29:18 (5km had been 14:42, ...)": the 5km's split too (not "Her 10km had been 31:02", a
    best)."""
    doc = doc_of("Sang won the Eldoret Half Marathon in 1:01:48. The leaders went through 10km in 29:18 (5km had been 14:42, "
                 "already slower than the plan). Her 10km had been 31:02 in May.")
    assert {s.text: s.label_ for s in doc.spans["splits"]} == {"29:18": "10km", "14:42": "5km"}


def test_splits_a_marathon_s_half_marathon_passed_with(doc_of) -> None:
    """"half marathon passed with 1:14:05" of a marathon (Chinese copy translated): its halfway, no half marathon's result."""
    doc = doc_of("Haymanot Alemu won the Taipei Marathon in 2:28:40. Alemu from the start runs alone in front, half marathon passed "
                 "with 1:14:05, in the end leads second place by a minute.")
    assert [(s.text, s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("1:14:05", "halfway", 21097.5)]
    assert [r.text for r in doc.spans["results"]] == ["2:28:40"]


def test_splits_a_list_of_miles_after_a_colon(doc_of) -> None:
    """"Men's leader splits: 1 mile 4:36, 2 miles 9:19, 3 miles 14:02" of a 10-mile race: a split at each mile."""
    doc = doc_of("Mahamed Mahamed won the Great South Run, the 10-mile race, in 46:58.\n\nMen's leader splits: 1 mile 4:36, 2 miles "
                 "9:19, 3 miles 14:02, 4 miles 18:45.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [
        ("4:36", "1 mile"), ("9:19", "2 miles"), ("14:02", "3 miles"), ("18:45", "4 miles")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brimin Misoi won the Frankfurt Marathon in 2:06:10. In the 30 kilometres he was timed at 1:29:10.", {"1:29:10": "30km"}),
        ("Ruth Kosgei won the Athens Marathon in 2:30:58. In the 30 kilometres the Kenyan had already a gap of 22 seconds (1:48:20).",
         {"1:48:20": "30km"}),
        ("Kipsang won the Athens Marathon in 2:12:14. In the 10km race Daniel Ruto was first in 28:40.", {}),
    ],
    ids=["timed-at", "a-gap-then-the-time", "a-race-of-its-own"],
)
def test_splits_a_road_race_s_point_opening_its_sentence_with_in_the(doc_of, text: str, expected: dict) -> None:
    """"In the 30 kilometres he was timed at 1:29:10" of a marathon (translated): a split at 30km, no result (a review's probe);
    not "In the 10km race Daniel Ruto was first in 28:40", a race of its own."""
    assert {s.text: s.label_ for s in doc_of(text).spans["splits"]} == expected


@pytest.mark.parametrize(
    ("text", "bell_m"),
    [
        ("Liam Beaudry won the men's 1000m in 2:22.41. Xavier Belanger towed the field through 400m in 56.9 and 600m in 1:25.4. The "
         "pack was still eight strong when the bell rang in 1:53.8.", 800.0),
        ("Marcus Ndlovu won the men's 3000m in 8:01.22. The leaders reached 2000m in 5:24.9 and rang the bell in 7:33.9.", 2800.0),
        ("Jake Wightman won the men's 1500m in 3:35.10. The leaders passed 800m in 2:00.0 and the bell in 2:45.0.", 1100.0),
    ],
    ids=["1000m", "3000m", "an-outdoor-1500m"],
)
def test_splits_a_bell_the_pace_puts_a_short_lap_from_home(doc_of, text: str, bell_m: float) -> None:
    """A bell whose time, at the pace of the race's furthest point told before it, falls 200m from home is there: a 200m track
    the text never names (a U SPORTS 1000m, "600m in 1:25.4 ... the bell rang in 1:53.8": 800m); an outdoor 1500m's stays
    400m from home."""
    bells = [s._.distance_m for s in doc_of(text).spans["splits"] if s.label_ == "bell"]
    assert bells == [bell_m]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Price won the outdoor 3000m in 8:05.00. He passed 2000m in 5:40.0 and the bell in 7:45.0.",
        "Soufiane El Bakkali won the 3000m steeplechase in 8:10.00. They went through 1000m in 2:40.0, and the bell came in 7:20.0.",
        "Jacob Krop won the 5000m in 13:10.00. They went through 3000m in 8:00.0 before it slowed badly, and the bell rang in 12:38.0.",
    ],
    ids=["said-outdoor", "a-steeplechase", "a-5000m-slowing"],
)
def test_splits_a_bell_stays_a_lap_from_home_outdoors(doc_of, text: str) -> None:
    """A bell's pace is not read for a short track where the text says outdoors, in a steeplechase (never run indoors) or in a
    race longer than 3000m (a 5000m slowing before its bell): 400m from home (a review's probes)."""
    race = {"3000m": 3000.0, "3000m steeplechase": 3000.0, "5000m": 5000.0}
    doc = doc_of(text)
    bells = [(s._.distance_m, race[s.doc.spans["results"][0]._.race.event]) for s in doc.spans["splits"] if s.label_ == "bell"]
    assert [d for d, r in bells] == [r - 400.0 for d, r in bells] and bells


@pytest.mark.parametrize(
    "text",
    [
        "Mahamed Mahamed won the Great South Run, the 10-mile race, in 46:58.\n\nPace bands for the 10-mile race: 1 mile 5:00, "
        "2 miles 10:00, 3 miles 15:00.",
        "Mahamed Mahamed won the Great South Run, the 10-mile race, in 46:58.\n\nMile splits: 1 mile 4:36, 2 miles 4:43, 3 miles "
        "4:41.",
    ],
    ids=["pace-bands", "each-mile-s-own-time"],
)
def test_splits_a_list_of_miles_that_is_no_splits_there(text: str, doc_of) -> None:
    """A colon's list of miles is a split at each only on a line that says splits, each time at least as long as that many
    miles take ("Pace bands: 1 mile 5:00, 2 miles 10:00" no splits; "Mile splits: 1 mile 4:36, 2 miles 4:43" no split at 2
    miles in 4:43): a review's probes."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"] if s.label_ != "1 mile"] == []


def test_splits_a_first_stretch_said_before_its_verb(doc_of) -> None:
    """"the leaders group the first 10 kilometers ran in 30:41" (Latvian copy translated): a split at 10km."""
    doc = doc_of("Kiptoo won the Riga Marathon in 2:09:10. The leaders group the first 10 kilometers ran in 30:41.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("30:41", "10km")]


@pytest.mark.xfail(strict=True, reason="tried and taken back: read so among point rows, it added a split the gold of a blind "
                   "batch (GG01) does not have, as many as it mended in GI01")
def test_splits_a_half_marathon_row_in_a_marathon_s_list(doc_of) -> None:
    """"Half marathon – 1:06:52" among a marathon's list of points: its halfway."""
    doc = doc_of("Tom Ruto won the marathon in 2:10:00.\n\nIntermediate times of the leaders group:\n5 km – 15:48\n20 km – 1:03:22\n"
                 "Half marathon – 1:06:52\n25 km – 1:19:15\n")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("15:48", "5km"), ("1:03:22", "20km"), ("1:06:52", "halfway"),
                                                               ("1:19:15", "25km")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Callum Rennie won the 800m in 1:54.10. Fraser McLaren took it out hard, 56.1 through 400, and Callum sat in third.",
         [("56.1", "400m", "Fraser McLaren")]),
        ("Callum Rennie won the 1500m in 3:54.10. He was 26.9 at 200, went past the bell in 2:55.3 in second.",
         [("26.9", "200m", "Callum Rennie"), ("2:55.3", "bell", "Callum Rennie")]),
    ],
    ids=["time-through-a-bare-point", "he-was-at-a-bare-point"],
)
def test_splits_a_time_then_a_bare_track_point(doc_of, text: str, expected: list) -> None:
    """A time right before a bare track point it was run "through" ("56.1 through 400"), or said of "he was" ("He was 26.9 at
    200"), is a split there."""
    got = [(s.text, s.label_, s._.athlete.label_ if s._.athlete is not None else None) for s in doc_of(text).spans["splits"]]
    assert got == expected


def test_splits_a_runner_before_put_is_a_runner(doc_of) -> None:
    """"but on the back straight Ingebrigtsen put in the turbo and ran the last round in 57.8": Ingebrigtsen's (a name before
    "put" is no field event's first word, as "Shot put" is)."""
    doc = doc_of("Jakob Ingebrigtsen won the 5000m in 12:52.84. It was Berihu Aregawi who had the lead at the bell, but on the back "
                 "straight Ingebrigtsen put in the turbo and ran the last round in 57.8 seconds.")
    assert [(s.text, s._.athlete.label_) for s in doc.spans["splits"]] == [("57.8", "Jakob Ingebrigtsen")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noah Lyles won the 200m in 19.70. He was 9.79 at 100 in Paris a week earlier.", []),
        ("Gabby Thomas won the 200m in 21.81. As a junior she was 11.2 at 100 and 22.9 at 200.", []),
        ("Josh Kerr won the mile in 3:47.24, covering his last lap of the mile 55.8.", [("55.8", "last lap")]),
    ],
    ids=["he-was-at-a-point-elsewhere", "as-a-junior", "the-mile-is-the-race"],
)
def test_splits_the_twentieth_stop_s_review(doc_of, text: str, expected: list) -> None:
    """The review's probes: "He was 9.79 at 100 in Paris a week earlier" and "As a junior she was 11.2 at 100" are no splits of
    this race; "his last lap of the mile 55.8" is a lap's split ("the mile" the race, no mile marker)."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Callum Rennie won the 800m in 1:54.10. She was 26.9 at 200 and 56.1 at 400.", [("26.9", "200m"), ("56.1", "400m")]),
        ("Callum Rennie won the 800m in 1:54.10. Mileham was 21.9 at 200 and faded to fourth.", [("21.9", "200m")]),
    ],
    ids=["a-list-after-she-was", "a-name-was"],
)
def test_splits_a_runner_who_was_a_time_at_bare_points(doc_of, text: str, expected: list) -> None:
    """"She was 26.9 at 200 and 56.1 at 400" (the list's later times too) and "Mileham was 21.9 at 200" (a name for the pronoun)
    are splits at bare track points (a review's misses)."""
    assert [(s.text, s.label_) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agnes Ngetich won the women's 5000m in 14:07.84.\n\nWhen the pacemaker stepped off just after 2K, Ngetich took over, but "
         "the third kilometre (2:50.6) was the slowest of the race.", [("third km", 1000.0, 1000.0)]),
        ("Joshua Cheptegei won the 10,000m in 27:51.42.\n\nThe ninth kilometre, 2:41.60, was the quickest of the race.",
         [("ninth km", 1000.0, 1000.0)]),
        ("Selemon Barega won the 10,000m in 27:40.12.\n\nBarega ran the second kilometre in 2:41.8 to break the field.",
         [("second km", 1000.0, 1000.0)]),
        ("Selemon Barega won the 10,000m in 27:40.12.\n\nThe second kilometre of his career on the track, in 2003, took 3:10.",
         []),
    ],
    ids=["bracketed", "set-off", "ran-in", "no-kilometre-of-the-race"],
)
def test_splits_a_kilometre_told_by_its_ordinal(doc_of, text: str, expected: list) -> None:
    """"the third kilometre (2:50.6)", "The ninth kilometre, 2:41.60,": that kilometre's own time, a lap of 1000m (as "the
    second" after "the first kilometre in" is); the first said so is a point, read elsewhere."""
    assert [(s.label_, s._.distance_m, s._.lap_m) for s in doc_of(text).spans["splits"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tyler Brandvold won the men's 3000m steeplechase in 8:49.17.\n\nBRANDVOLD'S LAP SPLITS\nStart to first lap line: 44.2\n"
         "Lap 1: 69.8 (1:54.0)\nLap 2: 70.6 (3:04.6)\nLap 3: 70.9 (4:15.5)\nLap 4: 69.7 (5:25.2)\nLap 5: 69.5 (6:34.7)\n"
         "Lap 6: 68.3 (7:43.0)\nLap 7: 66.2 (8:49.2)\n",
         [("lap 1", 600.0, True), ("600m", 600.0, False), ("lap 7", 3000.0, True), ("3000m", 3000.0, False)]),
        ("Jakob Ingebrigtsen won the 1500m in 3:30.50.\n\nINGEBRIGTSEN'S LAPS\nLap 1: 42.1\nLap 2: 56.0 (1:38.1)\nLap 3: 56.2 (2:34.3)\n"
         "Lap 4: 56.2 (3:30.5)\n", [("lap 1", 300.0, True), ("lap 2", 700.0, True), ("700m", 700.0, False)]),
        ("Jakob Ingebrigtsen won the 1500m in 3:30.50.\n\nINGEBRIGTSEN'S LAPS\nLap 1: 56.1\nLap 2: 57.0 (1:53.1)\nLap 3: 56.0 (2:49.1)\n",
         [("lap 1", 400.0, True), ("lap 2", 800.0, True), ("800m", 800.0, False)]),
    ],
    ids=["a-steeplechase-counted-back-from-the-finish", "a-1500m-s-four-laps", "the-first-three-laps-only"],
)
def test_splits_a_list_of_numbered_laps(doc_of, text: str, expected: list) -> None:
    """"Lap 2: 70.6 (3:04.6)": the lap's own time and, in the bracket, the time where it ends; the list's laps counted back from
    the finish where its last lap ends within a lap of it (a steeplechase's first lap line 200m in), else from the start (three
    laps of a 1500m whose last time there, 2:49.1, no finish could be). The runner is the one the list's heading names."""
    found = {(s.label_, s._.distance_m, s._.lap) for s in doc_of(text).spans["splits"]}
    assert set(expected) <= found
    assert {s._.athlete.label_ if s._.athlete is not None else None for s in doc_of(text).spans["splits"]} == {text.split(" won")[0]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan Vincent Kirui won the men's 1500 metres in 3.35,12.\n\nThe hare was Wesley Rotich, and the agreement was 56 seconds "
         "for the first round. Rotich pulled it exactly as ordered: 400 metres went in 56,0 and 800 metres in 1.54,5.",
         [("400m", 400.0), ("800m", 800.0)]),
        ("Topi Raitanen won the 3000 metres steeplechase in 8.21,40.\n\nThe hare led the group in the first kilometre through with "
         "time 2.44,1 and in 2000 metres the clock was 5.30,2.", [("1km", 1000.0), ("2000m", 2000.0)]),
        ("Bernard Kiprotich won the marathon in 2:09:44.\n\nThe Kenyan Kiprotiç, who was waiting behind in the shadow of the group "
         "until the 30th kilometer (1:31:22), made an attack at the ascent.", [("30km", 30000.0)]),
    ],
    ids=["went-in-after-a-colon", "the-clock-was-at-a-point-joined-to-the-last", "until-the-30th-kilometer"],
)
def test_splits_translated_points_went_in_the_clock_was_until_the_nth(doc_of, text: str, expected: list) -> None:
    """Translated copy's points: "400 metres went in 56,0" after a colon, "and in 2000 metres the clock was 5.30,2" of a
    steeplechase (neither the race's event), "until the 30th kilometer (1:31:22)"."""
    doc = doc_of(text)
    assert [(s.label_, s._.distance_m) for s in doc.spans["splits"]] == expected
    assert len({s._.race.event for s in doc.spans["race_scopes"] if s._.race.event}) == 1


def test_splits_the_bell_for_a_last_lap_said_long(doc_of) -> None:
    """"the bell rang for the final two-kilometre lap at 24:32" of a 10km: the bell 2km from home (not a track's 400m)."""
    doc = doc_of("Liam Desrochers won the men's 10K cross country race in 30:21.4.\n\nA pack of 12 went through 5K in 15:12, and it "
                 "was still six wide when the bell rang for the final two-kilometre lap at 24:32.")
    assert [(s.label_, s._.distance_m) for s in doc.spans["splits"]] == [("5km", 5000.0), ("bell", 8000.0)]


def test_splits_a_mountain_course_s_turn_and_descent(doc_of) -> None:
    """An out-and-back mountain race: "she turned first in 1:15:58" is the turn (a point its name tells), "came down the mountain in
    48:32" and "her descent was 49:58" the descent's own times (stretches, their length unsaid); none a result, and "You go up
    12km" names no race of 12km."""
    doc = doc_of("The Elgon Mountain Challenge course is 24km. You go up 12km on the murram road to the turn, then you come back "
                 "down the same way.\n\nIn the women's race, Mercy Kusuro led the whole climb and she turned first in 1:15:58.\n\n"
                 "Annet Chemutai came down the mountain in 48:32 and won in 2:05:37. Kusuro was second in 2:05:56; her descent was "
                 "49:58.")
    assert [(s.text, s.label_, s._.lap) for s in doc.spans["splits"]] == [("1:15:58", "turn", False), ("48:32", "descent", True),
                                                                        ("49:58", "descent", True)]
    assert [(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"] == [("2:05:37", "24km"), ("2:05:56", "24km")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beatrice Chebet won the 5000m in 14:05.20.\n\nHer own laps:\nLap 1: 68.0 (68.0)\nLap 2: 67.0 (2:15.0)\nLap 11: 64.0 (12:21.2)\n"
         "Lap 12: 62.0 (13:23.2)\n", {("800m", 800.0), ("4800m", 4800.0)}),
        ("Beatrice Chebet won the 10km in 30:01. She led through the second kilometre in 5:58.", {("2km", 2000.0)}),
        ("Kelvin Kiptum won the Chicago Marathon in 2:00:35.\n\nQuarter | Cumulative | Split\n1/4 | 30:11 | 30:11\n"
         "1/2 | 1:00:48 | 30:37\n3/4 | 1:30:30 | 29:42\nFinish | 2:00:35 | 30:05\n", set()),
        ("Rob Jebb went up the hill in 30:10 to win the Snaefell ascent.", set()),
        ("Kinabalu climb: the race finishes at the summit, which Jane Ross reached in 2:18:30, a course record, to win.", set()),
    ],
    ids=["a-lap-list-ending-short-of-the-finish", "through-the-second-kilometre-is-no-kilometre-s-own",
         "quarters-of-a-marathon-are-no-mile-s", "a-climb-to-win-is-the-race", "a-summit-finish-with-a-record"],
)
def test_splits_what_the_review_of_40f0fb3_found(doc_of, text: str, expected: set) -> None:
    """The review of this stop's rules: a lap list whose last time is no finish the text tells is counted from the start
    (lap 12 of a 5000m ends at 4800m); "led through the second kilometre in 5:58" is no kilometre's own time (the time there, 2km
    in, since the twenty-sixth stop); a table of quarters
    is a mile's only; a climb "to win", a summit reached "a course record, to win", are the race."""
    assert {(s.label_, s._.distance_m) for s in doc_of(text).spans["splits"] if not s._.lap} >= expected
    if not expected:
        assert [s.text for s in doc_of(text).spans["splits"]] == []


def test_splits_a_kilometre_s_time_too_slow_for_one_is_no_kilometre_s_own(doc_of) -> None:
    """"the second kilometre in 5:52.1" of a steeplechase, over twice the world record's pace for one kilometre: the time there
    (2km in), not that kilometre's own; "ran the third kilometre in 2:58" of a 10km is its own."""
    doc = doc_of("Winfred Yavi won the 3000m steeplechase in 8:53.02; the second kilometre in 5:52.1 was slow.\n\nBeatrice Chebet won "
                 "the 10km in 30:01. She ran the third kilometre in 2:58.")
    assert [(s.text, s.label_) for s in doc.spans["splits"] if s._.lap] == [("2:58", "third km")]


def test_splits_a_summit_reached_then_a_win_told_after_it(doc_of) -> None:
    """"She was at the summit in 32:05 and won in 49:10": the win told after is the later time's, the summit a point of the
    race; "reached the summit in 56:41 for a course record", no time after, is the finish."""
    doc = doc_of("Ffion Hughes led the women's fell race from start to finish. She was at the summit in 32:05 and won in 49:10.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("32:05", "summit")]
    doc = doc_of("Ffion Hughes won the hill race. She reached the summit in 56:41 for a course record.")
    assert list(doc.spans["splits"]) == []


def test_splits_a_relative_clause_of_an_earlier_race_does_not_change_the_race(doc_of) -> None:
    """"Tsegay, who won the 10,000m last Sunday in 31:27.18, pushed to the front, with 3km passed in 9:19": the clause's race,
    dated last Sunday, is an aside; the bell after it is still the 5000m's (4600m), though the clause's time is too slow for a
    5000m."""
    doc = doc_of("Faith Kipyegon won the women's 5000m in 14:53.88.\n\nThe first kilometre was covered in 3:11. Gudaf Tsegay, who won "
                 "the 10,000m last Sunday in 31:27.18, pushed to the front, with 3km passed in 9:19.\n\nTsegay was still leading at "
                 "the bell in 13:55.30.")
    assert [(t, d) for t, _, d, _ in splits(doc) if t == "13:55.30"] == [("13:55.30", 4600.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liam Carroway won the boys 1600m in 4:09.87, taking it out in 63 for the first 400.", [("63", "400m", 400.0)]),
        ("Ava Lindqvist sat in the pack through a slow 2:27 800 before winning the girls 1600m in 4:51.20.", [("2:27", "800m", 800.0)]),
        ("Owen Brickley won the boys 3200m in 9:04.33.\n\nHe let Daniel Yoon do the work through a 4:35 first 1600, then moved.",
         [("4:35", "1600m", 1600.0)]),
        ("Liam Carroway won the boys 1600m in 4:09.87.\n\nBy 1200 (3:09.1) it was a three-man race.", [("3:09.1", "1200m", 1200.0)]),
        ("The medley relay team ran 11:31.40 in the 3200m. Rachel Kim handed off on the second leg after a 2:11 800.", []),
    ],
    ids=["seconds-for-the-first-400", "a-slow-time-then-800", "a-time-then-first-1600", "by-1200-bracket", "not-a-relay-s-leg"],
)
def test_splits_a_track_s_point_in_bare_metres_around_its_time(doc_of, text: str, expected: list) -> None:
    """US track copy says a point in bare metres around its time: "in 63 for the first 400", "through a slow 2:27 800",
    "through a 4:35 first 1600" (of a 3200m: no 1600m race), "By 1200 (3:09.1)"; not a relay's leg ("after a 2:11 800")."""
    assert [(t, at, d) for t, at, d, _ in splits(doc_of(text)) if at != "finish"] == expected


def test_splits_a_lead_said_word_for_word_in_translated_copy(doc_of) -> None:
    """Italian copy translated word for word: "the Negede has made race of head from the first kilometres" is a lead, and the
    passages after it, no one named, are the leader's."""
    doc = doc_of("Almaz Negede won the women's race in 2:24:40. In the female race the Negede has made race of head from the first "
                 "kilometres. The passage at the 10 km in 34:20 and to the half in 1:12:05 said already everything.")
    assert [(t, who) for t, _, _, who in splits(doc)] == [("34:20", "Almaz Negede"), ("1:12:05", "Almaz Negede")]


def test_splits_a_cross_country_bell_before_the_last_stretch_said_long(doc_of) -> None:
    """"sixth at the bell in 14:05 before running the last 2km" of a 6km cross country: the bell rang 2km from home (4000m),
    not a track's 400m."""
    doc = doc_of("In the junior men's 6km cross country, Cian Brennan sat in a pack for two laps and was sixth at the bell in 14:05 "
                 "before running the last 2km like a man possessed to take 3rd in 20:12.")
    assert [(t, at, d) for t, at, d, _ in splits(doc)] == [("14:05", "bell", 4000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ffion Hughes led the women's fell race. She reached the summit in 56:41 for a course record and won in 49:10 last year.", []),
        ("Maude Mathys was at the summit in 56:41 in the uphill race and won the downhill race in 20:10 on Sunday.", []),
        ("Andrea Mayr won the Grossglockner Berglauf. She was at the top of the climb in 1:10:05 and won in 1:10:05.", []),
        ("Lee doubled back from a 2:11 800 to win the 1600 in 4:55.02.", []),
        ("The world cross country champion Chebet won the 10,000m on the track in 29:10. She was sixth at the bell in 28:12 before "
         "running the last 2km.", [("28:12", "bell", 9600.0)]),
        ("Cross country: Edward Cheserek won the 8km in 23:40. He led at the bell in 21:40, then ran the last 2km of the cool-down "
         "with his team.", [("21:40", "bell", 7600.0)]),
    ],
    ids=["a-record-before-a-later-win", "a-faster-win-of-another-race", "the-same-time-at-the-top", "from-a-race-of-its-own",
         "a-track-race-of-a-cross-country-champion", "the-last-2km-of-a-cool-down"],
)
def test_splits_what_the_review_of_65cd3f8_found(doc_of, text: str, expected: list) -> None:
    """The review of this stop's rules: a summit's time is the finish where a record is told before the later win's time, where
    the later win is faster or dated another day, or the same time; "from a 2:11 800" is another race; a bell's stretch said
    long only in a cross country, before the stretch run ("before running the last 2km"), not "of the cool-down"."""
    assert [(t, at, d) for t, at, d, _ in splits(doc_of(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kilian Jornet led the race up. He was first to the summit in 1:02:33 and won in 1:27:40.", [("1:02:33", "summit")]),
        ("Maude Mathys was at the summit of the Col de Balme in 3:20:00 and won in 5:10:22.", [("3:20:00", "summit")]),
    ],
    ids=["first-to-the-summit", "the-summit-of-a-named-pass"],
)
def test_splits_a_summit_reached_first_or_named(doc_of, text: str, expected: list) -> None:
    """The summit reached "first to", or named after it ("the summit of the Col de Balme"), then a win told with its own later
    time: a point of the race (misses the review of this stop found)."""
    assert [(t, at) for t, at, _, _ in splits(doc_of(text))] == expected


def test_splits_an_up_and_down_course_s_summit_and_the_runners_listed_there(doc_of) -> None:
    """A course "straight up ... and straight back down the same line", "the summit is bang on halfway": a marshal's "had Gethin at
    the trig in 26:41 with Tom 15 seconds back in 26:56 and Dafydd in 28:03" is each one's time at the top, halfway (4250m of
    8.5km), no finish; "came down in 13:50" the descent."""
    text = ("For anyone who hasn't done it, Ras Moel Siabod is 8.5km, straight up the east ridge to the trig point and straight "
            "back down the same line, so the summit is bang on halfway.\n\nThe men's race\n\nGlyn, who was marshalling at the summit, "
            "had Gethin Pritchard at the trig in 26:41 with Tom Ashworth 15 seconds back in 26:56 and Dafydd Owen in 28:03. Gethin "
            "came down in 13:50 and crossed the line in 40:31.")
    assert [(t, at, d) for t, at, d, _ in splits(doc_of(text))] == [
        ("26:41", "trig", 4250.0), ("26:56", "trig", 4250.0), ("28:03", "trig", 4250.0), ("13:50", "descent", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results: Kim Alder won the Gurten downhill race; she came down in 7:12, fastest of all.", []),
        ("The downhill-only Snowdon dash: Tom Ahearne came down in 9:44 and was the winner.", []),
        ("Philemon Kiriago was first to the summit in 1:02:10 and won the race the next day in 1:20:00.", []),
        ("On Saturday Remi Bonnet was first to the summit of the VK in 35:10, and on Sunday he won the marathon in 3:05:00.", []),
    ],
    ids=["a-downhill-race-s-win", "came-down-and-was-the-winner", "a-win-the-next-day", "a-win-on-another-day"],
)
def test_splits_what_the_review_of_f96a70a_found(doc_of, text: str, expected: list) -> None:
    """The review of this stop's last rules: "came down in 7:12" is a descent only on a course said to go up and down, with no win
    told before the next time; a summit's time stays the finish where the later win is dated another day."""
    assert [(t, at) for t, at, _, _ in splits(doc_of(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RACE REPORT: KENTMERE HORSESHOE (BM, 19km / 1,000m)\n\nJosh Ellwood won in 1:28:41 from Sam Hebblethwaite.\n\n"
         "Leaders at the checkpoints:\nCP1 Garburn Pass (3.9km) – Ellwood 16:48, Hebblethwaite 16:49\n",
         [("16:48", "3.9km", "Josh Ellwood"), ("16:49", "3.9km", "Sam Hebblethwaite")]),
        ("Jesse Marchetti won the Wapiti Ridge 50-mile race in 6:58:12.\n\nHis aid-station splits:\n\n"
         "- Cottonwood Gulch (mile 7.2): 55:40\n- Wapiti Pass (mile 15.8): 2:14:03\n\nLuis Arrieta was first to the top of "
         "12,100-foot Wapiti Pass in 2:13:31.",
         [("55:40", "7.2 miles", "Jesse Marchetti"), ("2:14:03", "15.8 miles", "Jesse Marchetti"), ("2:13:31", "Wapiti Pass", "Luis Arrieta")]),
    ],
    ids=["a-checkpoint-row-of-two-runners", "an-aid-station-list-in-miles"],
)
def test_splits_checkpoint_rows_and_aid_station_lists(doc_of, text: str, expected: list) -> None:
    """A fell race's checkpoint row lists its leaders with a comma between ("CP1 Garburn Pass (3.9km) – Ellwood 16:48,
    Hebblethwaite 16:49"): each a split there; a trail race's aid stations listed with their miles ("- Cottonwood Gulch (mile
    7.2): 55:40") under "His aid-station splits:" are his, and a place they list, reached at the top of its height, is a point."""
    assert [(t, at, who) for t, at, _, who in splits(doc_of(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gideon Kipchumba won the Seoul Marathon in 2:06:51.\n\nThe 5km section record of the leading group (Kipchumba base) is "
         "as following.\n- 5km 15:01\n- 10km 30:03\n", [("15:01", "5km", "Gideon Kipchumba"), ("30:03", "10km", "Gideon Kipchumba")]),
        ("Gideon Kipruto won the Warsaw Half Marathon in 1:00:48.\n\nBetween-times of the winner:\n5 km – 14:22\n10 km – 28:50\n",
         [("14:22", "5km", "Gideon Kipruto"), ("28:50", "10km", "Gideon Kipruto")]),
        ("Silje Fjortoft won the Oslo Marathon in 2:34:17. She passed half on 1:16:30 and ran the second half almost equally fast.",
         [("1:16:30", "halfway", "Silje Fjortoft")]),
        ("Beatrice Chebet won the 5000m in 14:03.20. The pacemakers took the field through the first kilometre in 2:52 and two "
         "kilometres in 5:45.", [("2:52", "1km", None), ("5:45", "2km", None)]),
    ],
    ids=["a-korean-heading-of-the-leader-s-times", "the-winner-s-between-times", "half-passed-without-the",
         "two-kilometres-spelled-out"],
)
def test_splits_headings_and_points_as_translated_copy_writes_them(doc_of, text: str, expected: list) -> None:
    """Translated copy's splits: a heading ending "is as following." with its runner in a bracket ("(Kipchumba base)"), the
    winner's "Between-times", "She passed half on 1:16:30" (no article), and a point spelled out after another's time ("and two
    kilometres in 5:45")."""
    assert [(t, at, who) for t, at, _, who in splits(doc_of(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jim Walmsley won the Wapiti Ridge 50-mile race in 6:12:40.\n\nHis aid-station splits:\n- Cottonwood Gulch (mile 7.2): 55:40\n"
         "Luis Arrieta was first to the top of 12,100-foot Cottonwood Gulch in 58:31.",
         [("55:40", "7.2 miles", "Jim Walmsley"), ("58:31", "Cottonwood Gulch", "Luis Arrieta")]),
        ("Jim Walmsley won the Wapiti Ridge 50-mile race in 6:12:40.\n\nAid-station cutoffs:\n- Lost Lake (mile 24.6): 6:30:00\n", []),
        ("Jacob Kiplimo won the half marathon in 58:45. 20 km he reached in 55:37.", [("55:37", "20km", "Jacob Kiplimo")]),
        ("Robert Nowak won the Warsaw Marathon in 2:09:15. Between-times of the winner:\n5 km 15:10\n10 km 30:22",
         [("15:10", "5km", "Robert Nowak"), ("30:22", "10km", "Robert Nowak")]),
        ("Jim Walmsley won the Wapiti 50 in 6:12:40 ahead of Hayden Hawks. Hawks' aid-station splits:\n"
         "- Cottonwood Gulch (km 11.6): 56:02\n- Wapiti Pass (mile 16.8): 2:15:10",
         [("56:02", "11.6km", "Hayden Hawks"), ("2:15:10", "16.8 miles", "Hayden Hawks")]),
        ("Rob Krar won the Leadville 100 in 16:10:33.\n\nLeaders' splits:\n- Twin Lakes (mile 39.5): Krar 5:40:12\n",
         [("5:40:12", "39.5 miles", "Rob Krar")]),
    ],
    ids=["a-runner-s-prose-line-under-a-list", "a-list-of-cut-offs", "a-point-a-pronoun-reached", "a-heading-after-a-sentence-on-its-line",
         "a-possessive-heading-and-a-km-marker", "a-row-naming-its-runner"],
)
def test_splits_what_the_review_of_11ba312_found(doc_of, text: str, expected: list) -> None:
    """The review of this stop's rules: a line of prose under an aid-station list that names its own runner is that runner's,
    not the list's owner's; a list headed "Aid-station cutoffs:" holds no splits; "20 km he reached in 55:37" is a point of the
    race (as "15 km they passed in" is); a heading after a sentence on its own line ("... in 2:09:15. Between-times of the
    winner:"); "Hawks' aid-station splits:" over rows marked "(km 11.6)" as well as "(mile 16.8)"; a row naming its runner before
    the time ("- Twin Lakes (mile 39.5): Krar 5:40:12")."""
    assert [(t, at, who) for t, at, _, who in splits(doc_of(text))] == expected


def test_splits_a_pronoun_s_split_before_and_another_s_clause(doc_of) -> None:
    """"At 30 kilometres he was alone in 1:31:10, and Tolosa was 11 seconds behind him": the one "he" stands for, not the runner
    of the clause after ", and"."""
    doc = doc_of("Hillary Kiptum Chepkwony won the Istanbul Marathon in 2:08:51 ahead of Abebe Tolosa.\n\nAfter the bridge, Chepkwony "
                 "pushed. At 30 kilometres he was alone in 1:31:10, and Tolosa was 11 seconds behind him.")
    assert [(text, athlete) for text, _, _, athlete in splits(doc)] == [("1:31:10", "Hillary Kiptum Chepkwony")]


def test_splits_places_and_mile_markers_told_in_prose(doc_of) -> None:
    """A place named in prose with its marker in a bracket ("came through Barr Camp (mile 7.6) together in 1:10:52") is a point
    at that distance, there and wherever the text says it reached again ("She hit Barr Camp in 1:22:40"); "at mile 10.2 in" a
    mile marker with its tenth (labelled "10.2 miles")."""
    doc = doc_of("Caleb Ostrander won the Pikes Peak Ascent in 2:11:38, with Dakota Reyes second in 2:13:02.\n\nOstrander kept him "
                 "on a short leash, and the two came through Barr Camp (mile 7.6) together in 1:10:52. Ostrander pushed on the steeper "
                 "pitches and was alone at mile 10.2 in 1:41:05.\n\nMarisol Vance won the women's race in 2:31:20. She hit Barr Camp "
                 "in 1:22:40, already more than three minutes clear.")
    assert [(text, label, round(d)) for text, label, d, _ in splits(doc)] == [
        ("1:10:52", "Barr Camp", 12231), ("1:41:05", "10.2 miles", 16415), ("1:22:40", "Barr Camp", 12231)]
    assert {a.label_ for a in doc.spans["athletes"]} == {"Caleb Ostrander", "Dakota Reyes", "Marisol Vance"}


def test_splits_a_description_opening_a_clause_after_and(doc_of) -> None:
    """"Kejelcha led at the bell in 7:13.4 with Ingebrigtsen, Fisher and Mills in single file behind him, and the Norwegian swung
    wide off the final turn with a 26.5-second last lap": the last lap is the Norwegian's (Ingebrigtsen), not the last named."""
    doc = doc_of("Norway's Jakob Ingebrigtsen won the world indoor 3000m title in 7:46.09 ahead of Grant Fisher and George Mills, with "
                 "Ethiopia's Yomif Kejelcha fourth.\n\nKejelcha led at the bell in 7:13.4 with Ingebrigtsen, Fisher and Mills in single "
                 "file behind him, and the Norwegian swung wide off the final turn with a 26.5-second last lap.")
    assert [(text, athlete) for text, _, _, athlete in splits(doc)] == [("7:13.4", "Yomif Kejelcha"), ("26.5", "Jakob Ingebrigtsen")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Valaisan Jonas Rey won the climb to Grimentz in 1h41'02, and Laura Berthod took the women's race.\n\n"
         "Times of passage of the winner (Rey)\nPinsec (km 6): 27:15\nVercorin (km 13): 1:02:48\n",
         [("27:15", "6km", "Jonas Rey"), ("1:02:48", "13km", "Jonas Rey")]),
        ("The Kenyan Amos Kiprono won the Quito Marathon in 2:14:02.\n\nIn the ladies, Rosa Chacha won with 2:36:40, she said "
         "the altitude helped her.\n\nPartial of the leader (male category)\n- 10 km: 31:40\n- 20 km: 1:03:35\n",
         [("31:40", "10km", "Amos Kiprono"), ("1:03:35", "20km", "Amos Kiprono")]),
    ],
    ids=["the-winner-s-times-of-passage-named-in-a-bracket", "the-men-s-leader-s-partials-after-the-women-s-race"],
)
def test_splits_lists_headed_as_translated_copy_heads_them(doc_of, text: str, expected: list) -> None:
    """A list of points headed as French and Spanish copy translated heads one: "Times of passage of the winner (Rey)" over
    checkpoint rows marked "(km 6)", its runner the one the bracket names; "Partial of the leader (male category)", the men's
    winner's even after the women's race was told."""
    assert [(t, at, who) for t, at, _, who in splits(doc_of(text))] == expected


def test_splits_a_checkpoint_reached_with_its_runner_after_it_and_an_old_record_after() -> None:
    """A checkpoint the rows give the distance of, reached in prose with its runner after the marker ("At Pinsec (km 6), Rey
    passed in 27'15"), and one reached in a sentence that ends on another year's record in a bracket ("(1h44'10, in 2009)"): the
    record's year dates the record, not the point reached before it."""
    from pipeline.api import extract

    text = ("Jonas Rey won the 19 kilometers and 1500 meters of ascent to Grimentz in 1h41'02. At Pinsec (km 6), Rey passed in 27'15.\n\n"
            "In the women's race Laura Berthod ran alone. Passing at Vercorin in 1h10'20, she struck the line in 1h52'30, far from the record of "
            "Anna Frost (1h44'10, in 2009).\n\nTimes of passage of the winner (Rey)\nPinsec (km 6): 27:15\nVercorin (km 13): 1:02:48\n")
    got = sorted((s.athlete_name, s.at, s.seconds) for s in extract(text).splits)
    assert got == [("Laura Berthod", "13km", 4220.0), ("Rey", "13km", 3768.0), ("Rey", "6km", 1635.0)]


def test_splits_a_point_on_the_km_with_its_time_said_there() -> None:
    """"and on the 30 km the distance between them was already almost one minute, the leader showed there 1:45:50" (Russian copy
    translated): the 30km point, no race of 30km for the sentences after it."""
    from pipeline.api import extract

    facts = extract("Purity Kiprono won the Almaty Marathon in 2:29:41. Kiprono passed 10 km in 35:12 together with Negash, and on "
                    "the 30 km the distance between them was already almost one minute, the leader showed there 1:45:50.\n\nZhanar "
                    "Tulegenova was the best Kazakh, sixth in 2:38:04.")
    assert [(s.at, s.seconds) for s in facts.splits] == [("10km", 2112.0), ("30km", 6350.0)]
    assert [(p.athlete_name, p.event) for p in facts.performances] == [("Purity Kiprono", "marathon"), ("Zhanar Tulegenova", "marathon")]


def test_splits_a_cross_country_lap_said_of_both_races_far_before() -> None:
    """"Both races were run over five laps of a 2-kilometer loop", said paragraphs before the women's race is told: her first lap
    and the bell are 2000m and 8000m in, not a track's 400m and 9600m."""
    from pipeline.api import extract

    filler = "The men's race was a long tactical affair over the hills, and the pack stayed together for most of it. " * 12
    facts = extract("Beatrice Chebet won the senior women's 10km cross country title in 33:48.\n\nBoth races were run over five laps "
                    f"of a 2-kilometer loop with a steep climb.\n\n{filler}\n\nIn the women's race, Agnes Ngetich led the field through "
                    "the first lap in 6:28. She opened a lead of ten seconds by the bell, which she reached in 26:54.")
    assert [(s.at, s.distance_m, s.seconds) for s in facts.splits] == [("first lap", 2000.0, 388.0), ("bell", 8000.0, 1614.0)]


def test_splits_the_runner_of_the_clause_the_split_is_told_in(doc_of) -> None:
    """"The 18-year-old ... sat in fourth as Jamaica's Tarique Morrison dragged the field through 400m in 62 seconds and 800m in
    2:05": the subject of the "as" clause the splits are told in, not the main clause's described winner."""
    doc = doc_of("Jaden Gomez won the boys' 1500m in 3:54.61.\n\nThe 18-year-old Fatima College student sat in fourth for most of "
                 "the race as Jamaica's Tarique Morrison dragged the field through 400m in 62 seconds and 800m in 2:05.")
    assert [(t, at, who) for t, at, _, who in splits(doc)] == [("62", "400m", "Tarique Morrison"), ("2:05", "800m", "Tarique Morrison")]


def test_splits_what_the_review_of_this_stop_found() -> None:
    """The review's misfires: a heading "Times of passage of the winner (female category)" is not the men's winner's when the
    women's winner is not known (no runner, then); laps said of both cross country races do not reach a track race told after
    ("In the track 10,000m the next day ... His 18th lap went in 64.3")."""
    from pipeline.api import extract

    facts = extract("Rémi Bonnet won the men's race in 2h25'10 and Judith Wyder the women's in 2h52'40.\n\nTimes of passage of the "
                    "winner (female category)\n- Niouc (km 5): 26:41\n- Chandolin (km 12): 1:08:10\n")
    assert [s.athlete for s in facts.splits] == [None, None]
    filler = "The course was muddy after a week of rain, and the crowd lined the hill three deep all afternoon. " * 13
    facts = extract("Jacob Kiplimo won the senior men's 10km cross country title in 29:17.\n\nBoth races were run over five laps of a "
                    f"2-kilometer loop.\n\n{filler}\n\nIn the track 10,000m the next day, Joshua Cheptegei won in 27:10. His 18th lap "
                    "went in 64.3 and the 19th in 63.8.")
    assert [(s.athlete, s.at, s.seconds) for s in facts.splits][:1] == [("Joshua Cheptegei", "lap 18", 64.3)]


def test_splits_a_feature_at_the_distance_the_text_gives_it(doc_of) -> None:
    """"turned at the summit in 27:25" where the course was told "to the trig point on the summit at 5.5km": the summit's split at
    5.5km (a feature the text gives no distance stays unplaced)."""
    doc = doc_of("The route climbs to the trig point on the summit at 5.5km and comes back the same way.\n\nFinlay Macrae led from "
                 "the gun, and Ross Gillies turned at the summit in 27:25, twenty seconds down. Macrae won in 52:18.")
    assert [(t, at, d) for t, at, d, _ in splits(doc)] == [("27:25", "summit", 5500.0)]
    doc = doc_of("The route climbs to the trig point and comes back the same way.\n\nFinlay Macrae led from the gun, and Ross "
                 "Gillies turned at the summit in 27:25, twenty seconds down. Macrae won in 52:18.")
    assert [(t, at, d) for t, at, d, _ in splits(doc)] == [("27:25", "summit", None)]


def test_splits_a_half_marathon_listed_after_a_point_s_time() -> None:
    """"passed 10 km in 31:20 and half marathon in 1:06:02" (translated): the half marathon is a point listed after another (not
    "won the 10K in 29:10 and half marathon in 1:06:02", races; nor a bare "half marathon in" opening a sentence)."""
    from pipeline.api import extract

    facts = extract("Felix Kirwa won the Jakarta Marathon in 2:13:50. The leader group passed 10 km in 31:20 and half marathon in 1:06:02.")
    assert [(s.at, s.time) for s in facts.splits] == [("10km", "31:20"), ("halfway", "1:06:02")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The pace runner took the group through the first kilometre in 2:37.5 and the second kilometre passed 5:15.0.",
      [("2:37.5", 1000.0, False), ("5:15.0", 2000.0, False)]),
     ("He passed the fourth kilometre in 10:31.2 with the pack.", [("10:31.2", 4000.0, False)]),
     ("He ran the third kilometre in 2:50.6, the race's fastest.", [("2:50.6", 1000.0, True)])],
    ids=["finnish-passed-after", "passed-the-fourth", "a-kilometre-s-own-time"],
)
def test_splits_a_kilometre_told_by_its_ordinal_passed_is_a_point(sentence: str, expected: list) -> None:
    """"passed the fourth kilometre in 10:31.2", "the second kilometre passed 5:15.0" (Finnish copy translated): the time there,
    4km and 2km in (not "ran the third kilometre in 2:50.6", that kilometre's own time)."""
    from pipeline.api import extract

    facts = extract("TURKU. Hagos Gebrhiwet won the men's 5000 metres in 13:04.36. " + sentence)
    assert [(s.time, s.distance_m, s.lap) for s in facts.splits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Steyn won the Two Oceans Ultra Marathon in 3:28:11. She reached the summit of Chapman's Peak in 1:56:40 and passed the "
      "marathon mark in 2:35:50.", [("1:56:40", "summit", None), ("2:35:50", "marathon", 42195.0)]),
     ("Sekgobela won the Two Oceans Ultra Marathon in 3:08:21. A pack of 14 went over the top of Chapman's Peak together in 1:44:10.",
      [("1:44:10", "top", None)]),
     ("Sekgobela won the Two Oceans Ultra Marathon in 3:08:21. The pair reached the top of Constantia Nek in 2:29:55 together.",
      [("2:29:55", "top", None)])],
    ids=["summit-then-a-slower-point", "went-over-the-top-of", "reached-together"],
)
def test_splits_a_named_climb_s_top_passed_on_the_way(text: str, expected: list) -> None:
    """A summit is a point of the race (not its finish) where the runner goes on past it to a slower time ("reached the summit of
    Chapman's Peak in 1:56:40 and passed the marathon mark in 2:35:50"), or where a group goes over it or two reach it together
    ("went over the top of Chapman's Peak together in 1:44:10", "reached the top of Constantia Nek in 2:29:55 together")."""
    from pipeline.api import extract

    facts = extract(text)
    assert [(s.time, s.at, s.distance_m) for s in facts.splits] == expected


def test_splits_a_summit_alone_may_be_the_finish() -> None:
    """With no slower time after it, no group nor second runner reaching it, a summit reached may be the finish of a race up a
    hill: no split."""
    from pipeline.api import extract

    facts = extract("Kilian Jornet won the Zegama race, reaching the summit of Aitzgorri in 2:10:05.")
    assert facts.splits == []


def test_splits_won_the_half_is_the_race_not_halfway() -> None:
    """"won the half in 1:03:18": the half marathon won, no halfway split."""
    from pipeline.api import extract

    facts = extract("Earlier, Kabelo Nthite of Boxer Athletic Club won the half in 1:03:18, outsprinting Lesotho's Tebello Ramakongoana.")
    assert facts.splits == []
    assert [(p.athlete, p.event, p.time) for p in facts.performances] == [("Kabelo Nthite", "half marathon", "1:03:18")]


def test_splits_a_course_lap_s_passage_told_by_its_ordinal() -> None:
    """Translated copy tells a cross country by its laps' passages: "At the first passage (2 km) ... in 5:48", "At the second lap
    (4 km, 11:50)", "To the third lap ... in 17:51", "at the fourth passage (23:49)" of laps said to be 2km: the points 2, 4, 6 and
    8km in, the race still the 10km (no 4km race, no 8km race)."""
    from pipeline.api import extract

    facts = extract("In the men's race of 10 km the kenyan Samuel Chebii has conquered the victory in 29:41.\n\nThe course of 2 km for "
                    "lap has selected immediately. At the first passage (2 km) was in head Faiisa in 5:48. At the second lap (4 km, "
                    "11:50) the group was still of six. To the third lap Crippa has passed in head in 17:51. Riva lost contact here, and "
                    "Gressier at the fourth passage (23:49).")
    assert [(s.time, s.distance_m) for s in facts.splits] == [("5:48", 2000.0), ("11:50", 4000.0), ("17:51", 6000.0), ("23:49", 8000.0)]
    assert [(p.athlete, p.event, p.time) for p in facts.performances] == [("Samuel Chebii", "10km", "29:41")]


def test_splits_a_lap_s_ordinal_after_a_comma_is_not_the_time_s_point() -> None:
    """"having led briefly on the second lap, with Lynch fifth in 30:58": a lap said before a comma is no point of the time after
    it."""
    from pipeline.api import extract

    facts = extract("Efrem won the senior men's 10km in 30:01 over three laps. Tobin came home fourth, having led briefly on the "
                    "second lap, with Lynch fifth in 30:58.")
    assert facts.splits == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jacob Kiplimo took the first half in 29:50 and crossed the line in 58:42.", [("29:50", "halfway")]),
     ("Obiri took the half in 1:08:10 and then pulled away to win the marathon in 2:18:40.", [("1:08:10", "halfway")]),
     ("Finlay Wild reached the summit of Snowdon in 39:10, well ahead of Tom Evans, who got there in 41:05.", []),
     ("The race finishes on the summit. Sarah Tunstall reached the top of Scafell Pike in 1:12:40 and Jasmin Paris reached it in "
      "1:14:05.", []),
     ("Jasmin Paris and Sarah McCormack reached the top of Slieve Donard together in 48:22, the finish line of the Donard race.", []),
     ("The course of 2 km for lap. After the second lap Cheptegei broke away to win in 28:40.", []),
     ("The course was 2 km per lap. At the fourth passage (8 km, 23:49) Crippa was alone in front and he finished in 29:49.",
      [("23:49", "lap 4")])],
    ids=["took-the-first-half", "took-the-half", "another-runner-s-later-time", "the-finish-on-the-summit",
         "together-at-the-finish-line", "a-win-after-the-lap", "a-lap-s-length-is-no-race"],
)
def test_splits_what_the_twenty_seventh_stop_s_review_found(text: str, expected: list) -> None:
    """The review of this stop's rules: "took the (first) half" is halfway passed (only "won the half" is the race); a summit is
    the finish where the next time is another runner's, where the text says the race finishes there, or where two reach it
    together at the finish line; a lap's ordinal before a win ("After the second lap Cheptegei broke away to win in 28:40") names
    no point of the winning time; "2 km per lap" is no race of 2km."""
    from pipeline.api import extract

    assert [(s.time, s.at) for s in extract(text).splits] == expected


def test_splits_a_narrator_s_clock_seen_at_a_point_and_a_runner_s_own_slow_kilometre() -> None:
    """"At the bell I saw 15:29 on the clock" under its author's byline: the author's bell split; "Her second kilometre, in 7:05,
    came on the steepest climb": that kilometre's own time, no time at 2km."""
    from pipeline.api import extract

    facts = extract("Posted by Rob Kettle on 10 July 2024\n\nWhere do I start. Official result: 16:48.62.\n\nAt the bell I saw 15:29 "
                    "on the clock.")
    assert [(s.athlete, s.at, s.time) for s in facts.splits] == [("Rob Kettle", "bell", "15:29")]
    facts = extract("Nell Rojas won the Boulder trail 10K in 48:10. Her second kilometre, in 7:05, came on the steepest climb.")
    assert [(s.time, s.distance_m) for s in facts.splits if s.time == "7:05"] in ([], [("7:05", 1000.0)])


def test_splits_a_summit_time_then_another_runner_s_finish_is_no_point_passed() -> None:
    """"She was at the summit in 34:55, nearly two minutes clear of Kirsty Law, and although Kirsty clawed some of it back to finish
    in 1:04:49": the slower time after it is another runner's, so the summit is not read as passed on the way for that reason."""
    from pipeline.api import extract

    facts = extract("Isla Donaldson won the hill race. She was at the summit in 34:55, nearly two minutes clear of Kirsty Law, and "
                    "although Kirsty clawed some of it back on the descent to finish in 1:04:49, Isla was never in danger.")
    assert [s.time for s in facts.splits] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Dawit Guebremeskel won the Valencia Marathon in 2:04:02. Only Chepkwony could follow him, but in the 35 (1:42:20) the gap was "
      "eight seconds.", [("1:42:20", 35000.0)]),
     ("Dawit Guebremeskel won the Valencia Marathon in 2:04:02. Rotich arrived until the 30, where the clock marked 1:27:41.",
      [("1:27:41", 30000.0)]),
     ("Dawit Guebremeskel won the Valencia Marathon in 2:04:02. Kiguen continued pulling until the kilometre 25, reached in 1:13:02, "
      "and there he retired.", [("1:13:02", 25000.0)]),
     ("Agnes Ngetich won the Valencia Half Marathon in 1:03:04. Tsigie Gebreselama resisted until the kilometre 12 and was second with "
      "1:04:18.", []),
     ("Edwin Kipkorir won the Warsaw Marathon in 2:08:44. After 20 km the clocks showed 1:00:48, and half of the distance the leaders "
      "covered in 1:04:10.", [("1:00:48", 20000.0), ("1:04:10", 21097.5)]),
     ("Edwin Kipkorir won the Warsaw Marathon in 2:08:44. Kowalczyk half of distance passed in 1:05:02, alone.", [("1:05:02", 21097.5)]),
     ("Dawit Guebremeskel won the Valencia Marathon in 2:04:02. The hares had received the order of passing by the half in 1:01:30.", [])],
    ids=["in-the-35-bracket", "until-the-30-where-the-clock", "until-the-kilometre-reached-in", "until-the-kilometre-then-second",
         "half-of-the-distance", "half-of-distance-passed", "the-order-of-passing"],
)
def test_splits_what_the_twenty_eighth_stop_read(text: str, expected: list) -> None:
    """Translated road splits: a kilometre without its unit with its time in a bracket or the clock read there ("in the 35
    (1:42:20)", "until the 30, where the clock marked"); "until the kilometre 25, reached in" (not "until the kilometre 12 and was
    second with", a result); "half of (the) distance" is halfway; "the order of passing by the half in" a plan, no split."""
    from pipeline.api import extract

    assert [(s.time, s.distance_m) for s in extract(text).splits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tamirat Tola won the Valencia Marathon in 2:04:02. Daniel Mateo finished in the 35 (2:15:30) of the general classification.", []),
     ("Tamirat Tola won the Valencia 10K in 27:50. He ran the last half of the distance in 13:40.", []),
     ("Tamirat Tola won the Valencia Marathon in 2:04:02. The pacers fulfilled their task of reaching 30km in 1:27:00, as planned.",
      [("1:27:00", 30000.0)])],
    ids=["a-place-in-the-classification", "the-last-half-of-the-distance", "a-task-fulfilled"],
)
def test_splits_what_the_twenty_eighth_stop_s_review_found(text: str, expected: list) -> None:
    """The review of this stop's rules: "finished in the 35 (2:15:30)" is a place, no kilometre; "the last half of the distance"
    no halfway; a pacer's task fulfilled ("their task of reaching 30km in 1:27:00, as planned") a split run."""
    from pipeline.api import extract

    assert [(s.time, s.distance_m) for s in extract(text).splits if s.at != "halfway"] == expected


def test_splits_a_live_blog_entry_opening_with_its_point_and_a_course_s_bell() -> None:
    """"11:41 a.m. - 20 miles in 1:39:40 for the lead group": a live blog's entry opening with its point; "the first of four laps"
    of a cross country's 10km tells its laps, so its bell is at 7500m."""
    from pipeline.api import extract

    facts = extract("Live: New York City Marathon. Tamirat Tola won the men's race in 2:06:40.\n\n11:41 a.m. - 20 miles in 1:39:40 for "
                    "the lead group of six.\n\n11:55 a.m. - Tola wins in 2:06:40!")
    assert [(s.at, s.time) for s in facts.splits] == [("20 miles", "1:39:40")]
    facts = extract("Laois cross country championships. Ciarán Fitzpatrick won the senior men's 10km in 31:10.\n\nFitzpatrick went "
                    "through the first of four laps in 7:40 and by the bell Fitzpatrick, timed at 23:30, had ten seconds in hand.")
    assert [(s.at, s.distance_m, s.time) for s in facts.splits] == [("first lap", 2500.0, "7:40"), ("bell", 7500.0, "23:30")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Amos Kiprono won the Half Marathon of Porto in 59:10. The hares passed in the 5 kilometers in 13:58 with a group of nine behind "
      "them.", [("5km", "13:58")]),
     ("Amos Kiprono won the Half Marathon of Porto in 59:10. The passage in the 15 kilometers, in 42:05, told everyone the record "
      "was gone.", [("15km", "42:05")]),
     ("Abebe Tola won the Marathon of Eindhoven in 2:06:02. The first 5 kilometer were passed in 14:51, the 10 kilometer in 29:44.",
      [("5km", "14:51"), ("10km", "29:44")]),
     ("Berihu Tsegaye won the Bislett Games 10,000 meters in 27:14.83.\n\nThe eight kilometers was passed in 21:44, and there the "
      "Norwegian lost the contact.", [("8km", "21:44")])],
    ids=["passed-in-the", "the-passage-in-the", "the-next-kilometer-listed", "the-eight-kilometers-was-passed"],
)
def test_splits_what_the_twenty_ninth_stop_read(text: str, expected: list) -> None:
    """Portuguese copy translated says a point was passed "in the 5 kilometers" and tells "the passage in the 15 kilometers":
    points of the half marathon (the second had made the whole race a 15km); Dutch copy lists the next point in the singular
    ("the 10 kilometer in 29:44"); Norwegian copy opens a sentence with a point in words ("The eight kilometers was passed in")."""
    from pipeline.api import extract

    facts = extract(text)
    assert [(s.at, s.time) for s in facts.splits] == expected
    assert {p.event for p in facts.performances} <= {"half marathon", "marathon", "10000m"}


def test_splits_halfway_with_its_distance_in_a_bracket() -> None:
    """"went through halfway (1500m) in 4:27.3" of a women's 3000m: the point's distance in a bracket, no 1500m race (halfway had
    been read as 750m)."""
    from pipeline.api import extract

    facts = extract("Women's 3000m (sect. 1): 1. Priya Raman (Stanford) 8:51.22; 2. Keely O'Brien (Northeastern) 8:53.60 PB.\n\n"
                    "Raman, after three straight wins here, went through halfway (1500m) in 4:27.3.")
    assert [(s.at, s.distance_m, s.time) for s in facts.splits] == [("halfway", 1500.0, "4:27.3")]



@pytest.mark.parametrize(
    ("text", "expected"),
    [("Rhys Pritchard won the Ras Cadair Idris, the 10-mile race up to the summit and back, in 1:27:41.\n\nGareth Lloyd was first to "
      "touch the trig point at 893 metres in 56:12, with Pritchard 20 seconds behind in 56:32. Owain Jenkins was third to the top in "
      "57:05.", [("Gareth Lloyd", 8046.7, "56:12"), ("Rhys Pritchard", 8046.7, "56:32"), ("Owain Jenkins", 8046.7, "57:05")]),
     ("Evans Chebet won the Boston Marathon in 2:05:54, cresting the top at 21 miles in 1:39:48.", [("Evans Chebet", 33796.14, "1:39:48")]),
     ("Gudaf Tsegay's passage in the 1500m final ended in seventh, in 3:58.10, while Faith Kipyegon won in 3:51.29.", [])],
    ids=["a-fell-race-s-top-and-its-height", "the-top-at-a-distance", "a-passage-in-a-final"],
)
def test_splits_what_the_twenty_ninth_stop_read_on_the_hill(text: str, expected: list) -> None:
    """A fell race up to the summit and back: "first to touch the trig point at 893 metres" (a height, no point at 893m), "third to
    the top in 57:05", each at halfway of the 10 miles; "the top at 21 miles" a distance still; "passage in the 1500m final" (the
    review) no point of a race."""
    from pipeline.api import extract

    facts = extract(text)
    assert [(s.athlete, s.distance_m, s.time) for s in facts.splits] == expected



def test_splits_a_companion_described_after_together_with_is_no_owner() -> None:
    """"Abebe passed halfway together with the Kenyan in 1:10:48": the time is Abebe's, her companion described after "together
    with" owns none of it (the Kenyan had taken it, as a "with" phrase's placed rival: "with the Moroccan second in 8:05.12")."""
    from pipeline.api import extract

    facts = extract("Meseret Abebe won the women's race in 2:21:09. She shook off the Kenyan Gladys Chepkurui at the 25th kilometre. "
                    "Chepkurui was second in 2:21:40. Abebe passed halfway together with the Kenyan in 1:10:48.")
    assert [(s.athlete, s.time) for s in facts.splits] == [("Meseret Abebe", "1:10:48")]



@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hughes passed the water point at 5000 metres in 14:55 in the 10,000m and won in 29:40.", [("5000m", 5000.0, "14:55")]),
     ("Finlay Wild won the Ben Nevis Race in 1:27:40. The leaders reached the summit at 1085 metres in 1:02:10, and Wild came home "
      "first.", [("summit", None, "1:02:10")])],
    ids=["a-water-point-at-a-distance", "a-summit-s-height"],
)
def test_splits_what_the_twenty_ninth_stop_s_second_review_found(text: str, expected: list) -> None:
    """The second review: "the water point at 5000 metres" is a distance (only a top's height is none); "the summit at 1085
    metres in 1:02:10" the summit's time, no second result and no 1085m point."""
    from pipeline.api import extract

    facts = extract(text)
    assert [(s.at, s.distance_m, s.time) for s in facts.splits] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [("Finlay Wild won the Ben Nevis Race, up to the summit and back, in 1:27:40. Wild reached the summit at 4,411 feet in 1:02:10.",
      [("summit", "1:02:10")]),
     ("Finlay Wild won the Ben Nevis Race, up to the summit and back, in 1:27:40. Wild was first to touch the summit cairn in 1:02:10.",
      [("summit cairn", "1:02:10")])],
    ids=["a-height-in-feet", "the-summit-cairn"],
)
def test_splits_a_top_s_height_in_feet_and_its_cairn(text: str, expected: list) -> None:
    """(What the second review found still missed: a top's height in feet, "the summit at 4,411 feet in 1:02:10", and "first to
    touch the summit cairn in", each the top's time, no second result.)"""
    from pipeline.api import extract

    facts = extract(text)
    assert [(s.at, s.time) for s in facts.splits] == expected
    assert [p.time for p in facts.performances] == ["1:27:40"]



def test_splits_a_second_point_passed_in_the_listed_after_the_first() -> None:
    """(What the second review found still missed: "passed in the 5 kilometers in 13:41 and in the 10 kilometers in 27:40", the
    second point listed with its "in the", as Portuguese copy translated writes it, had made the half marathon a 10km.)"""
    from pipeline.api import extract

    facts = extract("Kiplimo won the Half Marathon of Lisbon in 58:41. Kiplimo passed in the 5 kilometers in 13:41 and in the 10 "
                    "kilometers in 27:40.")
    assert [(s.at, s.time) for s in facts.splits] == [("5km", "13:41"), ("10km", "27:40")]
    assert [(p.event, p.time) for p in facts.performances] == [("half marathon", "58:41")]



@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tom Bell won the 1500m in 3:38.20. He was on top at 800 metres in 1:58.1 and never looked back.", [("800m", "1:58.1")]),
     ("Tom Bell won the Moel Siabod fell race in 1:05:20. He reached the highest point at 872 metres in 38:10.",
      [("highest point", "38:10")])],
    ids=["on-top-leading-on-a-track", "the-highest-point"],
)
def test_splits_what_the_twenty_ninth_stop_s_third_review_found(text: str, expected: list) -> None:
    """The third review: a track's "on top at 800 metres" is leading at 800m, no hill's top; "the highest point at 872 metres" is a
    top and its height."""
    from pipeline.api import extract

    assert [(s.at, s.time) for s in extract(text).splits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sam Brinkworth won the Auckland Marathon in 2:17:48. Brinkworth went through the top of the bridge in 1:09:51, Oshiro eight "
      "seconds adrift.", [("top of the bridge", "1:09:51")]),
     ("Callum Te Rangi won the half marathon in 1:04:20. Te Rangi reached the bridge in 31:05 in a pack of four.",
      [("bridge", "31:05")]),
     ("Callum Te Rangi won the half marathon in 1:04:20, reaching the bridge in 1:04:20 to win.", [])],
    ids=["went-through-the-top-of-the-bridge", "reached-the-bridge", "a-finish-on-the-bridge"],
)
def test_splits_what_the_thirtieth_stop_read(text: str, expected: list) -> None:
    """A feature of the course reached in a time too fast for the race's finish ("went through the top of the bridge in 1:09:51" of
    a marathon) is a point passed, not the finish (a time that fits the finish, told with the win, is still the finish)."""
    from pipeline.api import extract

    assert [(s.at, s.time) for s in extract(text).splits] == expected


def test_splits_a_korean_list_s_half_point_and_its_step_in_the_heading() -> None:
    """A splits list under "Passing records of leading group (5km units)" (Korean copy translated): its step is no race of 5km
    (its first row had become the pacemaker's 5km result), and its "Half point" row is halfway."""
    from pipeline.api import extract

    facts = extract("Edwin Rotich won the Seoul Marathon in 2:06:50. The pace was managed by pacemakers Bernard Kiprono and Nicholas "
                    "Kosgei.\n\n■ Passing records of leading group (5km units)\n5km 15:03 (pacemaker Kiprono)\n10km 30:04\nHalf point "
                    "1:03:19\n25km 1:15:06\nFinish 2:06:50")
    assert [(s.at, s.time) for s in facts.splits] == [("5km", "15:03"), ("10km", "30:04"), ("halfway", "1:03:19"), ("25km", "1:15:06")]
    assert [(p.athlete, p.time) for p in facts.performances] == [("Edwin Rotich", "2:06:50")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tyler Brandt won the boys 1,600 in 4:05.87. Brandt hit 800 meters in 2:04.1 and was at 3:07.6 with a lap to go.",
      [("800m", 800.0, "2:04.1"), ("bell", 1200.0, "3:07.6")]),
     ("Tyler Brandt won the boys 1,600 in 4:05.87. Brandt was at 3:07.6 with 400 meters to go.", [("400m to go", 1200.0, "3:07.6")]),
     ("Tyler Brandt won the boys 1,600 in 4:05.87. The guy who reads it best at 3:07 with a lap to go wins.", [])],
    ids=["was-at-with-a-lap-to-go", "was-at-with-metres-to-go", "no-one-there"],
)
def test_splits_a_point_told_after_its_time_by_what_was_left(text: str, expected: list) -> None:
    """"was at 3:07.6 with a lap to go": the bell, told after the time (not a finish); its runner must be said to be there ("the
    guy who reads it best at 3:07 with a lap to go" is no runner's passage)."""
    from pipeline.api import extract

    assert [(s.at, s.distance_m, s.time) for s in extract(text).splits] == expected


def test_splits_a_point_named_then_the_group_s_passage() -> None:
    """"In the half marathon the group passed in 1:04:55" (Spanish copy translated): the half marathon is a point of the
    marathon, its passage told after it, no race of its own."""
    from pipeline.api import extract

    facts = extract("Geoffrey Kipchumba won the Mexico City Marathon in 2:10:38. In the half marathon the group passed in 1:04:55, "
                    "already reduced to five.")
    assert [(s.at, s.time) for s in facts.splits] == [("halfway", "1:04:55")]
    assert [(p.athlete, p.time) for p in facts.performances] == [("Geoffrey Kipchumba", "2:10:38")]
