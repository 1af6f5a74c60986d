"""Tests for pipeline.stages.context: events, meetings and the race each sentence speaks of."""

from __future__ import annotations

import pytest
import spacy

import pipeline.stages  # noqa: F401  (registers the factories)
from pipeline import patterns as P
from pipeline.errors import MissingStageError
from pipeline.stages.context import event_distance, find_events, find_meetings, too_fast, walked

# ---- events ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr won the 1,500 metres final in Paris.", ["1500m"]),
        ('Dosso took the podium in the 100 women: 11"08 for the azzurra.', ["100m"]),
        ("Kipyegon ran the 1500 meters in Eugene.", ["1500m"]),
        ("Ingebrigtsen ran the 1500m from the front.", ["1500m"]),
        ("The metric mile was the last event of the night.", ["1500m"]),
        ("Nuguse won the mile at Bislett.", ["mile"]),
        ("The Bowerman Mile closed the meeting.", ["mile"]),
        ("Kerr raced over two miles at Millrose.", ["2 miles"]),
        ("Kerr won the 2-mile race in New York.", ["2 miles"]),
        ("Kipchoge won the marathon for a fifth time.", ["marathon"]),
        ("Ngetich won the half marathon in Valencia.", ["half marathon"]),
        ("She won the half-marathon by a minute.", ["half marathon"]),
        ("Chebet won the 10,000m on the opening night.", ["10000m"]),
        ("Tsegay doubled in the 5000m and 10,000 metres.", ["5000m", "10000m"]),
        ("El Bakkali won the 3000m steeplechase again.", ["3000m steeplechase"]),
        ("Holloway won the 110m hurdles in 12.99.", ["110m hurdles"]),
        ("Bol won the 400m hurdles in Paris.", ["400m hurdles"]),
        ("Hodgkinson is an 800-metre runner at heart.", []),
        ("Hodgkinson won the 800-metre final.", ["800m"]),
        ("Lyles won the 100m in 9.79.", ["100m"]),
        ("Chebet won the 10km road race.", ["10km"]),
        ("Wanyonyi won the men's 800m, Hodgkinson the women's 800m.", ["800m", "800m"]),
        ("El Bakkali won the 3000 meters hedges.", ["3000m steeplechase"]),
        ("Bol won the 400 metres obstacles.", ["400m hurdles"]),
        ("Cairess was third on the 13.1-mile course from Newcastle.", ["half marathon"]),
        ("Kipchoge won over the full 42.195km.", ["marathon"]),
        ("The half marathon mark passed Ketema in 1:09:20.", []),
        ("Davies was fifth, her first track race since the marathon season.", []),
        ("Hull, who set the 2000m world record of 5:19.70 here, was second.", []),
        ("El Bakkali has won the 3000 meters with obstacles again.", ["3000m steeplechase"]),
        ("El Bakkali is still the king of the siepi.", ["3000m steeplechase"]),
        ("The pacemakers did a good job up to 15km.", []),
        ("Assefa ran alone from 15 kilometres onwards.", []),
        ("The pace held through 15km (44:02) and 20km (58:44).", []),
        ("Beamish, better known for his exploits over the steeplechase, was fourth.", []),
        ("Fischer won the Twin Cities 10 Mile on Sunday.", ["10 miles"]),
        ("Battocletti won the 10.000 meters in Birmingham.", ["10000m"]),
        ("Cheptegei, the Olympic champion of 10.000 metres, was fourth.", []),
        ("Beamish, known for his exploits over the steeplechase barriers and the mile, was fourth.", []),
        ("Ellie Barnes was first woman home at the Cannon Hill parkrun.", ["5km"]),
        ("Olli Hoare has got his hands on the Australian 1500m record, storming to victory in 3:29.20.", ["1500m"]),
        ("The race was set up by Olympic 800m finalist Peter Bol.", []),
        ("Callum Hawkins won the Great Scottish Run half marathon in 1:02:14.", ["half marathon"]),
        ("The women's 25-lap race was a tactical affair.", ["10000m"]),
        ("Bol took the flat one-lap final by a stride.", ["400m"]),
        ("He sat third with two laps to go.", []),
        ("For 15 kilometres it looked like a record, but the second 5km was slower.", []),
        ("She clocked 29:05.92 for 10,000m and 45.3 seconds for 400m.", ["10000m", "400m"]),
        ("Leaders' splits:\n5km - 14:07 (Kiplimo)\n", []),
        ("To the 30 km only Geay and Kipruto were together.", []),
        ("Cairess, who is building towards a spring marathon, won the city's flagship 10K in 27:49.", ["10km"]),
        ("Mo Farah kicks to Olympic 10,000m gold. He went on to defend his Olympic 10,000m title.", ["10000m", "10000m"]),
        ("The field reached halfway, 5000m, in 13:49.3.", []),
        ("Yamauchi won the 100km world title in 6:41:39.", ["100km"]),
        ("We lined up for the Great South Run, the 10-mile loop around the dockyard.", ["10 miles"]),
        ("The race is two laps of the 5km loop around the lake.", []),
        ("The Olympic champion on 5000 meters won 1500 meters in Lausanne.", ["1500m"]),
        ("Muir took silver in the 1500m in 3:54.50, the Olympic silver medallist in the 800m a day before.", ["1500m"]),
        ("They passed through Cato Ridge (28.5km) in 1:42:40.\nMEN (10km): 1 E Gidey (Clonliffe Harriers) 30:12", ["10km"]),
        ("Chebet became the first woman under 14 minutes for 5000m. He was running 27 minutes for 10k back then.", ["5000m"]),
        ("Ota caught him near 7km and went ahead nearing 15km.", []),
        ("She won the mile. Her 1500m world record from Florence is 3:49.11.", ["mile"]),
        ("In the 3000 meters obstacle the world champion Winfred Yavi won.", ["3000m steeplechase"]),
        ("Nico Young won in 14:31.0 over the 5,000-meter course.", ["5km"]),
        ("Gidey won the 10,000m. Gidey, who also holds the 5000m world record, passed 5000m in 14:33.", ["10000m"]),
        ("Chebet won the Maratón Valencia. Kandie won the Medio Maratón in 57:32.", ["marathon", "half marathon"]),
        ("Lemma treated the downhill start like a 10K.", []),
        ("Jakub Ingebrigtsen ran 3000 meters in 7:17,55 and improved the record of the world.", ["3000m"]),
        ("Niels Laros won the Diamond League Final 1500m in 3:29.81. Habz led over the final 400m.", ["1500m"]),
        ("In the run on 60 m through hurdles Charlton won. Bol won the 400m over hurdles; the first 200m over the hurdles took 23.1.",
         ["60m hurdles", "400m hurdles"]),
        ("At the 400 meters for women won Lieke Klaver in 50,71. At 800 meters the time was 1.53,4.", ["400m"]),
    ],
    ids=["comma-metres", "bare-with-its-field-after", "meters", "m", "metric-mile", "mile", "bowerman", "two-miles", "2-mile",
         "marathon", "half", "half-hyphen", "10000-comma", "double", "steeplechase", "110mh", "400mh",
         "runner-title", "metre-adjective", "100m", "10km", "twice", "translated-hedges", "translated-obstacles",
         "course-length-in-miles", "marathon-in-km", "half-marathon-mark-is-a-point", "a-season-is-no-race",
         "a-record-of-another-event", "translated-steeplechase", "italian-siepi", "up-to-a-point",
         "from-a-point-onwards", "a-split-point-before-a-bracketed-time", "known-for-an-event", "ten-miles", "dotted-thousands",
         "champion-of-an-event", "an-event-listed-after-a-title-one", "parkrun",
         "a-record-broken-in-the-race", "a-finalist-of-another-event",
         "a-half-marathon-won-in-a-time", "a-race-told-by-its-laps", "a-one-lap-final", "laps-to-go-are-no-race",
         "a-stretch-of-the-race-is-no-race", "an-event-run-for-a-time", "a-splits-table-line",
         "translated-to-the-km", "a-race-to-come-and-a-10k-won-in-a-time",
         "gold-kicked-to-and-a-title-to-defend", "halfway-said-as-a-distance", "an-ultra-in-km",
         "the-loop-that-is-the-race", "a-loop-run-twice-is-a-lap", "champion-on-an-event-translated",
         "a-medal-won-in-an-event-names-it", "a-place-s-distance-in-a-bracket-is-a-point-a-heading-s-a-race",
         "a-barrier-broken-for-an-event-names-it-minutes-run-for-one-do-not", "near-a-distance-is-a-point",
         "an-event-of-a-record-someone-owns", "translated-obstacle",
         "a-course-in-metres-is-a-road-s-or-cross-country-s", "an-event-of-a-record-someone-holds",
         "marathons-named-in-spanish", "a-comparison-is-no-race",
         "a-track-distance-run-in-a-time", "a-meeting-s-final-is-no-position",
         "through-or-over-hurdles", "a-distance-for-women-is-an-event"],
)
def test_context_find_events(text: str, expected: list[str]) -> None:
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Alvarado passed the first 400m in 55.91.",
        "Kerr kicked with 200m to go.",
        "By 800m the field was strung out.",
        "Ingebrigtsen led at 1200m.",
        "Kerr struck over the final 100m.",
        "The leaders went through halfway with 700m remaining.",
        "Kerr, the 2022 1500m world champion, was in the field.",
        "The Olympic 800m champion was absent.",
        "The 2023 5000m gold medallist withdrew.",
        "He logs 100 miles a week in training.",
        "He was 5m clear off the final bend.",
        "The 1200m split was slow.",
        "Marc Scott, Olympian and British 10,000m man, was running.",
        "The hare has carried the group to the 400 in 55\"8.",
        "The pacemaker took them to the 800 in 1:52.9.",
        "The decisive move came in the 25th mile.",
    ],
    ids=["first-400m", "to-go", "by-800m", "at-1200m", "final-100m", "remaining", "world-champion",
         "olympic-champion", "gold-medallist", "training-miles", "gap", "non-standard", "an-event-s-man",
         "to-the-bare-400-in-primes", "to-the-bare-800-in", "an-nth-mile"],
)
def test_context_positions_and_titles_are_not_events(text: str) -> None:
    assert find_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Keely Hodgkinson won 800m gold in Paris in 1:56.72.", "800m",
        ),
        pytest.param(
            "Faith Kipyegon took the 1500 meters crown again in 3:51.29.", "1500m",
        ),
        pytest.param(
            "Femke Bol defended her 400m hurdles title in 52.15.", "400m hurdles",
        ),
        ("Keely Hodgkinson won the 800m in Paris in 1:56.72.", "800m"),
    ],
    ids=["won-gold", "took-crown", "defended-title", "plain"],
)
def test_context_event_of_a_race_won_as_a_title(doc_of, text: str, expected: str) -> None:
    assert [r._.race.event for r in doc_of(text).spans["results"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soufiane El Bakkali took the 3,000 steeplechase in 8:06.41.", "3000m steeplechase"),
        ("Nico Young won the 5,000 in 13:24.07.", "5000m"),
    ],
    ids=["bare-steeplechase-before-its-time", "bare-5000-before-its-time"],
)
def test_context_bare_event_right_before_its_time(doc_of, text: str, expected: str) -> None:
    """"the 3,000 steeplechase in 8:06.41" names the race (its "the" is part of the match)."""
    assert [r._.race.event for r in doc_of(text).spans["results"]] == [expected]


def test_context_a_live_blog_timestamp_is_no_time_of_the_race(doc_of) -> None:
    """"20:09 — MEN'S 3000M STEEPLECHASE.": 20:09 is the hour, not a time too slow for the event."""
    text = ("LIVE: the 5000m and more\n\n20:09 — MEN'S 3000M STEEPLECHASE. El Bakkali on the line.\n\n"
            "20:16 — Soufiane El Bakkali wins in 8:04.21.")
    assert [r._.race.event for r in doc_of(text).spans["results"]] == ["3000m steeplechase"]


@pytest.mark.parametrize(
    "text",
    ["Korir held a lead of about half a mile.", "She was a mile clear of the field.", "I was on my limit from 32km."],
    ids=["half-a-mile", "a-mile", "a-marathon-point"],
)
def test_context_a_distance_in_miles_is_no_event(text: str) -> None:
    assert [e for _, _, e in find_events(text)] == []


def test_context_an_article_naming_its_race_only_in_a_title() -> None:
    text = "Keely Hodgkinson is British 800 metres champion once more. She crossed the line in 1:57.84."
    assert [e for _, _, e in find_events(text)] == []
    assert [e for _, _, e in find_events(text, titles=True)] == ["800m"]


def test_context_a_marathon_said_in_miles_is_no_mile() -> None:
    assert [e for _, _, e in find_events("He won the 26.2-mile race in Chicago.")] == ["marathon"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CROSS COUNTRY\n\nThe Burundian dominates the 10.200 meters of the Sevillian circuit. At the 2.000 meters the group was "
         "compact; in the 5.100 meters the crono marked 14:33.", ["10.2km"]),
        ("Cross country results. Men (10.200 m): 1. Rodrigue Kwizera 29:02. Women (8.200 m): 1. Likina Amebaw 26:45.",
         ["10.2km", "8.2km"]),
        ("Track: Jakob Ingebrigtsen dominates the 10.200 meters of training each morning.", []),
        ("Cross country: Isaac Kimeli attacked after 6,5 kilometres and finished alone in 30:12 on the 10,1 kilometre course.",
         ["10.1km"]),
    ],
    ids=["a-cross-country-s-metres-said-as-its-race", "a-results-heading-s-bracket", "no-cross-country-no-odd-event",
         "odd-kilometres-before-a-finish-are-a-point"],
)
def test_context_a_cross_country_s_odd_distance_in_metres(text: str, expected: list[str]) -> None:
    """Spanish copy translated gives a cross country's distance in metres with a thousands dot: "dominates the 10.200
    meters of the Sevillian circuit", "Men (10.200 m):" are the races (10.2km); "at the 2.000 meters", "in the 5.100
    meters" are points, and so are odd kilometres after which someone attacked and finished (the third review's case against
    a rule taken out, which read "who after 10,4 kilometres in 29:37 the finish crossed" as the race's distance)."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We talk about Sunday's Great North Run, where he finished fourth in 1:03:28 behind Tamirat Tola.", ["half marathon"]),
        ("Jacob Kiplimo won the Great Manchester Run and the Bay to Breakers, then the Bloomsday.", ["10km", "12km", "12km"]),
    ],
    ids=["the-great-north-run", "three-road-races"],
)
def test_context_a_road_race_known_by_a_name_that_says_no_distance(text: str, expected: list[str]) -> None:
    """"the Great North Run" is a half marathon, "the Bay to Breakers" 12km: races always run over one distance that their
    names do not say."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_find_events_offsets() -> None:
    text = "She won the 1,500 metres and the 3000m steeplechase."
    assert [(text[a:b], e) for a, b, e in find_events(text)] == [
        ("1,500 metres", "1500m"),
        ("3000m steeplechase", "3000m steeplechase"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kerr, the 2022 1500m world champion, won the mile in 3:47.28.",
            ["mile"],
        ),
        (
            "Alvarado took them through the first 400m of the mile in 55.91.",
            ["mile"],
        ),
    ],
)
def test_context_doc_event_labels(doc_of, text: str, expected: list[str]) -> None:
    assert [s.label_ for s in doc_of(text).spans["events"]] == expected


@pytest.mark.parametrize(
    ("event", "expected"),
    [("1500m", 1500.0), ("mile", 1609.34), ("2 miles", 3218.68), ("marathon", 42195.0),
     ("10km", 10000.0), ("3000m steeplechase", 3000.0), (None, None)],
)
def test_context_event_distance(event: str | None, expected: float | None) -> None:
    assert event_distance(event) == expected


# ---- meetings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr won at the Prefontaine Classic on Saturday.", [("Prefontaine Classic", None)]),
        ("Kerr won at the Pre Classic on Saturday.", [("Prefontaine Classic", None)]),
        ("Kerr raced at Prefontaine again.", [("Prefontaine Classic", None)]),
        ("Nuguse ran the mile at the Millrose Games.", [("Millrose Games", None)]),
        ("Ingebrigtsen won at the Bislett Games.", [("Bislett Games", None)]),
        ("Kipyegon won at the Paris Olympics.", [("Olympic Games", None)]),
        ("Kipyegon won in Paris 2024.", [("Olympic Games", 2024)]),
        ("Kerr won at the Olympic Games.", [("Olympic Games", None)]),
        ("Kerr won the 2023 World Championships in Budapest.", [("World Championships", 2023)]),
        ("Kerr won at the World Athletics Championships.", [("World Championships", None)]),
        pytest.param(
            "Kerr won at the London Diamond League.", [("London Athletics Meet", None)],
        ),
        pytest.param(
            "Ingebrigtsen won at the Oslo Diamond League.", [("Oslo Diamond League", None)],
        ),
        ("Kerr won the Diamond League Final in Brussels.", [("Diamond League Final", None)]),
        ("She leads the Diamond League standings.", []),
        ("The Games were a success.", []),
        ("Kandie broke the record in the Medio Maratón Valencia Trinidad Alfonso EDP.", [("Valencia Half Marathon", None)]),
        ("Chebet won the Marathon Valencia Trinidad Alfonso Zurich.", [("Valencia Marathon", None)]),
        ("Matsuda won the 39th Osaka International Women's Marathon.", [("Osaka International Women's Marathon", None)]),
        ("Hassan won the Women's Marathon in Paris.", []),
        ("Femke Bol opened her season at the FBK Games.", [("FBK Games", None)]),
        ("The meeting is named the Fanny Blankers-Koen Games.", [("Fanny Blankers-Koen Games", None)]),
        ("Sawe won the EDP Half Marathon of Lisbon.", [("Half Marathon", None)]),
        ("In the jubilee edition of the Berlin-Marathon the Ethiopian won.", [("Berlin Marathon", None)]),
        ("She won the Hamburg-Half-Marathon.", [("Hamburg Half Marathon", None)]),
        ("At the Pre-Marathon press conference, Kipchoge said he was ready.", []),
        ("Jacob Kiplimo won the Copenhagen Half-Marathon on Sunday.", [("Copenhagen Half Marathon", None)]),
        ("Winning the Hannover-Marathon in 2:08:11, Tadese Worku was delighted.", [("Hannover Marathon", None)]),
        ("Adeleke won the women's 400m at the Golden Spike in Ostrava.", [("Golden Spike", None)]),
        ("Bukowiecka was second at the Memorial of Kamili Skolimowskiej in Chorzów.", [("Kamili Skolimowskiej Memorial", None)]),
        ("The parade passed the Memorial Sports Park on Memorial Day.", []),
        ("Tsegay won the 1,500 metres at the world indoor championships on Saturday.", []),
        ("Delaney closed out the BIG EAST Indoor Track & Field Championships.", [("Indoor Track & Field Championships", None)]),
        ("She ran 1:05:38 at the GENERALI BERLIN HALF MARATHON on Sunday.", [("Generali Berlin Half Marathon", None)]),
        ("Kiplimo won at the TCS LONDON MARATHON.", [("London Marathon", None)]),
        ("KIPCHOGE WINS BERLIN MARATHON", []),
        ("She won at the GOLD COAST MARATHON, then at the NYC HALF MARATHON. In the WOMEN'S MARATHON, Chumba won.",
         [("Gold Coast Marathon", None), ("NYC Half Marathon", None)]),
        ("Ahmed won at the Canadian Track and Field Championships.", [("Canadian Track and Field Championships", None)]),
    ],
    ids=["prefontaine", "pre-classic", "prefontaine-alone", "millrose", "bislett", "paris-olympics",
         "paris-2024", "olympic-games", "worlds-year", "world-athletics", "london-dl", "oslo-dl", "dl-final",
         "series-only", "games-alone", "translated-head-first-with-sponsors", "head-first-in-english",
         "a-women-s-marathon-named-by-its-city", "a-women-s-marathon-alone-is-no-meeting", "an-acronym-alone",
         "a-double-name", "a-road-race-s-sponsor-is-not-its-name", "a-city-joined-to-its-marathon",
         "a-city-joined-to-its-half-marathon", "a-prefix-joined-to-marathon-is-no-city", "a-half-marathon-hyphenated",
         "a-city-joined-to-its-marathon-off-the-list", "ostrava-s-golden-spike", "a-memorial-named-head-first",
         "a-memorial-park-or-day-is-no-meeting", "a-championship-in-lower-case-is-no-meeting", "track-and-field-with-an-ampersand",
         "track-and-field-spelt-out",
         "a-meeting-in-capitals-in-a-sentence", "a-sponsor-s-acronym-in-capitals", "a-headline-in-capitals-is-no-meeting",
         "capitals-no-acronym-to-leave-out-and-a-race-of-the-meeting"],
)
def test_context_find_meetings(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(name, year) for _, _, name, year in find_meetings(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr won the mile at the Pre Classic.", ["Prefontaine Classic"]),
        ("Hodgkinson won at the 2024 Olympic Games in Paris.", ["Olympic Games"]),
    ],
)
def test_context_doc_meeting_labels(doc_of, text: str, expected: list[str]) -> None:
    assert [s.label_ for s in doc_of(text).spans["meetings"]] == expected


# ---- the race of each sentence ------------------------------------------------------------------


def race_of(doc, needle: str):
    """The race of the sentence containing `needle`."""
    at = doc.text.index(needle)
    scope = next(s for s in doc.spans["race_scopes"] if s.start_char <= at < s.end_char)
    r = scope._.race
    return (r.meeting, r.sex, r.event)


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        (
            "Faith Kipyegon won the women's 1500m at the Paris Olympics.",
            "Kipyegon",
            ("Olympic Games", "women", "1500m"),
        ),
        (
            "The men's 800m was the highlight of the Prefontaine Classic. Emmanuel Wanyonyi won in 1:42.80.",
            "Wanyonyi",
            ("Prefontaine Classic", "men", "800m"),
        ),
        (
            "Josh Kerr won the men’s two miles at the Millrose Games. He ran 8:00.67.",
            "He ran",
            ("Millrose Games", "men", "2 miles"),
        ),
        (
            "The women's 5000m at the Pre Classic was quick. Beatrice Chebet won.",
            "Chebet",
            ("Prefontaine Classic", "women", "5000m"),
        ),
        (
            "Jakob Ingebrigtsen won the mile at the Bislett Games in 3:43.73. "
            "Elsewhere, Femke Bol won the 400m hurdles in 52.11.",
            "Femke",
            ("elsewhere", None, "400m hurdles"),
        ),
        (
            "Rhasidat Adeleke won the women's 400m at the Golden Spike in Ostrava in 49.87. "
            "Elsewhere in Ostrava, Cillín Greene finished sixth in the men's 400m in 45.88.",
            "Cillín",
            ("Golden Spike", "men", "400m"),
        ),
        (
            "Jakob Ingebrigtsen won the mile at the Bislett Games in 3:43.73. "
            "Elsewhere on the programme, Karsten Warholm won the 400m hurdles in 46.52.",
            "Karsten",
            ("Bislett Games", None, "400m hurdles"),
        ),
        (
            "Jakob Ingebrigtsen won the mile at the Bislett Games in 3:43.73. "
            "Elsewhere in Eugene, Faith Kipyegon won the 1500m in 3:49.11.",
            "Faith",
            ("elsewhere", None, "1500m"),
        ),
        (
            "Kenya's Faith Kipyegon won the 1500m in 3:49.04 at the Prefontaine Classic in Eugene. "
            "Elsewhere in Kenya, Ferdinand Omanyala won the 100m in Nairobi in 9.95.",
            "Ferdinand",
            ("elsewhere", None, "100m"),
        ),
        (
            "Faith Kipyegon won the 1500m in 3:49.04 at the Prefontaine Classic. "
            "Elsewhere on the day, Jakob Ingebrigtsen won the 5000m in Oslo in 12:48.10.",
            "Jakob",
            ("elsewhere", None, "5000m"),
        ),
    ],
    ids=["one-sentence", "carried-over", "curly-apostrophe", "pre-classic", "elsewhere", "elsewhere-in-the-meeting-s-city",
         "elsewhere-on-the-programme", "elsewhere-in-a-city-not-named-before", "elsewhere-in-a-country-named-otherwise",
         "elsewhere-on-the-day"],
)
def test_context_race_scope(doc_of, text: str, needle: str, expected: tuple) -> None:
    assert race_of(doc_of(text), needle) == expected


def results_by_race(doc) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(r.text, r._.race.meeting, r._.race.sex, r._.race.event) for r in doc.spans["results"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Faith Kipyegon won the women's 1500m at the Prefontaine Classic in 3:49.11. "
            "In the men's mile, Jakob Ingebrigtsen won in 3:43.73. "
            "Beatrice Chebet took the women's 5000m in 14:05.92.",
            [
                ("3:49.11", "Prefontaine Classic", "women", "1500m"),
                ("3:43.73", "Prefontaine Classic", "men", "mile"),
                ("14:05.92", "Prefontaine Classic", "women", "5000m"),
            ],
        ),
        (
            "The Millrose Games produced two records.\n"
            "Josh Kerr won the men's two miles in 8:00.67.\n"
            "Elle St. Pierre won the women's mile in 4:16.41.\n"
            "Yared Nuguse was second in the two miles in 8:03.62.",
            [
                ("8:00.67", "Millrose Games", "men", "2 miles"),
                ("4:16.41", "Millrose Games", "women", "mile"),
                ("8:03.62", "Millrose Games", "men", "2 miles"),
            ],
        ),
        pytest.param(
            "The Millrose Games produced two records.\n"
            "Josh Kerr won the men's two miles in 8:00.67.\n"
            "Elle St. Pierre won the women's mile in 4:16.41.\n"
            "Yared Nuguse was second to Kerr in 8:03.62.",
            [
                ("8:00.67", "Millrose Games", "men", "2 miles"),
                ("4:16.41", "Millrose Games", "women", "mile"),
                ("8:03.62", "Millrose Games", "men", "2 miles"),
            ],
        ),
        (
            "Emmanuel Wanyonyi won the men's 800m at the Bislett Games in 1:43.23. "
            "Keely Hodgkinson then won the women's 800m in 1:57.15.",
            [
                ("1:43.23", "Bislett Games", "men", "800m"),
                ("1:57.15", "Bislett Games", "women", "800m"),
            ],
        ),
        (  # 14:25.01 is no 10,000m: the race is the 5000m named before
            "Beatrice Chebet won the women's 5000m at the Bislett Games in 14:09.52. She also ran 29:05.92 for 10,000m there. "
            "Agnes Ngetich, who ran 14:25.01 in Rome, was second in 14:12.10.",
            [
                ("14:09.52", "Bislett Games", "women", "5000m"),
                ("29:05.92", "Bislett Games", "women", "10000m"),
                ("14:25.01", "Bislett Games", "women", "5000m"),
                ("14:12.10", "Bislett Games", "women", "5000m"),
            ],
        ),
        (  # a split of the race said without "through" stays in it
            "Soufiane El Bakkali won the men's 3000m steeplechase at the Bislett Games in 8:04.21.\n\n"
            "Hagos Gebrhiwet won the men's 5000m in 12:51.08.\n\n3000m in 7:46.4 for the leaders. Jacob Krop was second in 12:51.55.",
            [("8:04.21", "Bislett Games", "men", "3000m steeplechase"), ("12:51.08", "Bislett Games", "men", "5000m"),
             ("12:51.55", "Bislett Games", "men", "5000m")],
        ),
    ],
    ids=["pre-classic-roundup", "millrose-event-named-again", "millrose-back-to-the-first-race",
         "same-event-both-sexes", "a-time-too-fast-for-the-event-carried-over", "a-split-too-fast-for-the-event-is-still-its"],
)
def test_context_race_per_result(doc_of, text: str, expected: list[tuple]) -> None:
    assert results_by_race(doc_of(text)) == expected


def test_context_race_id_includes_meeting_sex_and_event(doc_of) -> None:
    doc = doc_of("Josh Kerr won the men's 1500m at the Prefontaine Classic in 3:45.34.")
    assert [r._.race.id for r in doc.spans["results"]] == ["prefontaine-classic-men-1500m"]


# ---- stage order ---------------------------------------------------------------------------------


def test_context_needs_segmenter_stage() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Josh Kerr won the mile in 3:47.28.")
    with pytest.raises(MissingStageError, match="athletics_segmenter"):
        nlp.create_pipe("athletics_race_context")(doc)


def test_context_race_at_an_unnamed_other_meeting_has_no_meeting_in_the_facts() -> None:
    import pipeline

    facts = pipeline.extract(
        "Josh Kerr won the men's mile at the Prefontaine Classic in 3:45.34.\n\n"
        "Elsewhere, Femke Bol won the women's 400m hurdles in 52.11.\n"
    )
    meetings = {r.event: r.meeting for r in facts.races}
    assert meetings == {"mile": "Prefontaine Classic", "400m hurdles": None}


# ---- the publication year dates the race the text does not -----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "race"),
    [
        ("Kerr won the men's mile at the Prefontaine Classic in 3:45.34.", "2024-05-25", "prefontaine-classic-2024-men-mile"),
        ("Kerr won the men's mile at the Prefontaine Classic in 3:45.34.", None, "prefontaine-classic-men-mile"),
        ("Kerr won the men's mile at the 2023 Prefontaine Classic in 3:45.34.", "2024-05-25", "prefontaine-classic-2023-men-mile"),
        ("Kerr won the men's mile in 3:45.34.", "2024-05-25", "unknown-meeting-men-mile"),  # no meeting: nothing to date
    ],
    ids=["dated-by-publication", "undated", "the-text-wins", "no-meeting"],
)
def test_context_publication_year_dates_the_main_race(text: str, published: str | None, race: str) -> None:
    from pipeline.api import extractor_for
    from pipeline.config import Config
    from pipeline.ingest import source_from_text

    facts = extractor_for(Config()).extract(source_from_text(text, published=published))
    assert [p.race for p in facts.performances] == [race]


def test_context_an_event_every_time_is_too_fast_for_gives_way_to_the_one_they_tell(doc_of) -> None:
    """Only the marathon of a title named, every time an hour: the half marathon the times tell; a
    sentence that names split points ("through 400m in 55.64 and 800m in 1:52.96") votes for none."""
    text = ("Hellen Obiri, the Olympic marathon bronze medallist, won the Great North Run in 66:52.\n\n"
            "Tsigie Gebreselama was second in 1:07:20.")
    assert {r._.race.event for r in doc_of(text).spans["results"]} == {"half marathon"}
    splits = ("Josh Kerr won the 1500m in 3:29.38.\n\nHis mother ran the marathon for Britain at the Olympics.\n\n"
              "Ingebrigtsen led through 400m in 55.64 and 800m in 1:52.96.")
    assert "800m" not in {s._.race.event for s in doc_of(splits).spans["race_scopes"]}


def test_context_a_trials_meeting_is_no_olympic_games(doc_of) -> None:
    doc = doc_of("Nikki Hiltz won the 1500m at the U.S. Olympic Team Trials in 3:55.33.")
    assert [r._.race.meeting for r in doc.spans["results"]] == ["U.S. Olympic Trials"]


def test_context_a_live_blog_split_line_names_no_event(doc_of) -> None:
    text = ("Alphonce Simbu won the world championship marathon.\n\n08:48 - 25km: 1:17:31. The pack is down to 14.\n\n"
            "09:42 - Simbu wins in 2:09:48.")
    assert [r._.race.event for r in doc_of(text).spans["results"]] == ["marathon"]


def test_context_a_meeting_named_only_in_the_winner_s_quote_is_still_the_race_s(doc_of) -> None:
    """The second review's case against a rule that left meetings named in quotes out of the main meeting (taken out): reports
    often name their meeting only in the winner's words."""
    doc = doc_of('Jakob Ingebrigtsen won the 1500m in 3:27.14. "The Bislett Games is always special for me and my family," he '
                 "said. Next up for him is the European Championships in Rome.")
    assert doc._.main_meeting == "Bislett Games"


def test_context_male_pacemakers_make_no_men_s_race(doc_of) -> None:
    """"Running in a mixed race with two male pacemakers, McColgan went through 5km in 15:29": the pacemakers' sex, not the
    race's; the women's race goes on."""
    doc = doc_of("Eilish McColgan was second in the women's half marathon in 1:05:38.\n\nRunning in a mixed race with two male "
                 "pacemakers, McColgan went through 5km in 15:29.\n\nAlso in Berlin, Calli Hauger-Thackery ran 1:08:44 for 11th place.")
    assert [(r.text, r._.race.sex) for r in doc.spans["results"]] == [("1:05:38", "women"), ("1:08:44", "women")]


def test_context_a_meeting_still_to_come_is_not_the_main_one(doc_of) -> None:
    text = ("Sarah Healy ran 14:38.92 for 5000m in Santry on Wednesday.\n\n"
            "Healy now turns her attention to the World Championships in Tokyo in September.")
    doc = doc_of(text)
    assert doc._.main_meeting is None
    assert [r._.race.meeting for r in doc.spans["results"]] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diribe Welteji, the Ethiopian who took silver at the 2023 World Championships, led from the bell but had to settle "
         "for second in 3:56.90.", [("3:56.90", "Bislett Games")]),
        ("Ejgayehu Taye, a medallist over 3,000m at the 2022 World Indoor Championships, finished a distant third in 14:13.31.",
         [("14:13.31", "Bislett Games")]),
        ("Laura Muir, fourth at the World Championships in London four years ago and seventh in Rio, came through to take "
         "silver in 3:54.50.", [("3:54.50", "Bislett Games")]),
        ("Mohammed Ahmed was third in 13:41.77 and will now chase the World Championships standard.", [("13:41.77", "Bislett Games")]),
        ("Jessica Hull was third in 8:37.55, a race she called a sharpener before the World Indoor Championships in Glasgow.",
         [("8:37.55", "Bislett Games")]),
    ],
    ids=["an-appositive-holding-a-who-clause", "a-medallist-s-longer-appositive", "a-longer-place-appositive",
         "a-championship-s-standard", "a-sharpener-before-a-championship"],
)
def test_context_a_championship_said_aside_or_to_come_is_not_the_sentence_s_race(doc_of, text: str, expected: list) -> None:
    """Copy names championships in asides ("the Ethiopian who took silver at the 2023 World Championships", "a medallist
    over 3,000m at the 2022 World Indoor Championships", "fourth at the World Championships in London four years ago and
    seventh in Rio"), as the standard to chase or as what a race sharpens for: none is the race whose time the sentence gives
    (wire copy's lower case, "the 2023 world championships", is the same)."""
    doc = doc_of(f"Faith Kipyegon won the women's 1500m at the Bislett Games on Thursday in 3:53.11.\n\n{text}")
    assert [(r.text, r._.race.meeting) for r in doc.spans["results"]][1:] == expected


@pytest.mark.parametrize(
    "to_come",
    ["It came less than a month before the Olympic Games. He clocked 8:09.91 to finish sixth at the Paris Diamond League, "
     "three weeks before the Olympic Games.",
     "He clocked 8:09.91 to finish sixth at the Paris Diamond League. Chopra, who ran 86.20 last week, is expected to "
     "compete next at the Olympic Games, where Sable is expected to race at the Olympic Games on August 5 in 8:15."],
    ids=["a-month-before", "expected-to-compete-next-at"],
)
def test_context_a_meeting_weeks_away_is_not_the_main_one(doc_of, to_come: str) -> None:
    """"less than a month before the Olympic Games", "expected to compete next at the Olympics": a meeting to come, named
    more often than the one reported (whose results had gone to the Olympics)."""
    doc = doc_of(f"Avinash Sable bettered his national record in the 3000m steeplechase. {to_come}")
    assert doc._.main_meeting == "Paris Diamond League"


def test_context_a_sprints_bare_seconds_send_the_race_back_to_the_sprint(doc_of) -> None:
    text = ("Julien Alfred won the women's 100 metres in Paris.\n\nIn the men's 3,000m steeplechase, Amos Serem won in 8:05.92.\n\n"
            "Alfred, the Olympic 100m champion, won the women's sprint in 10.83 seconds, edging Daryll Neita (10.97).")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [
        ("8:05.92", "3000m steeplechase"), ("10.83", "100m"), ("10.97", "100m")]


def test_context_a_record_said_in_an_aside_changes_no_race(doc_of) -> None:
    """"who still owns the world indoor 1500m record of 3:53.09" in a 3000m: the splits after are the 3000m's."""
    text = ("Josh Kerr won the men's 1500m on Friday.\n\nSaturday's women's 3000m was different. Gudaf Tsegay, who still owns "
            "the world indoor 1500m record of 3:53.09, went to the front. She led through 1000m in 2:49.80 and 2000m in 5:36.91.")
    assert [(s.text, s._.distance_m) for s in doc_of(text).spans["splits"]] == [("2:49.80", 1000.0), ("5:36.91", 2000.0)]


def test_context_an_event_named_only_in_a_title_takes_a_time_no_event_named_fits(doc_of) -> None:
    text = ("Beatrice Chebet added the world 10,000 metres title on Sunday, before Quincy Hall won the men's 400m final.\n\n"
            "Chebet crossed the line in 30:21.47. Nadia Battocletti took silver in 30:22.10.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [("30:21.47", "10000m"), ("30:22.10", "10000m")]


def test_context_a_header_line_names_its_event() -> None:
    text = "MEN'S 1500\n\n1 Niels Laros NED 3:27.96\n\nWOMEN'S 800 \n\n1 Keely Hodgkinson GBR 1:55.62"
    assert [e for _, _, e in find_events(text)] == ["1500m", "800m"]
    # a headline's tail is no header (no section of results under it) ...
    assert P.EVENT_HEADER.search("Tortu returns to win in the 200\n\nCAORLE - Chituru Ali won") is None
    # ... but the event it names, as "in the 200m" would be (a bare event ending its line: "record of the championships in
    # the 3000", the one place a translated report names its race)
    assert [e for _, _, e in find_events("Tortu returns to win in the 200\n\nCAORLE - Chituru Ali won")] == ["200m"]


def test_context_a_round_up_section_opened_by_its_place_carries_no_event(doc_of) -> None:
    text = ("A busy weekend on three continents, so let's get straight to it, with the best of the racing from everywhere "
            "that mattered on the roads, the tracks and the country.\n\n"
            "SAN VITTORE OLONA. Nadia Battocletti won the women's 6km race in 19:42.\n\n"
            "MARUGAME. Ren Tazawa won the Kagawa Marugame Half Marathon in 1:00:12, with Bedan Karoki second in 1:00:18.")
    events = {r.text: r._.race.event for r in doc_of(text).spans["results"]}
    assert events["19:42"] == "6km" and events["1:00:18"] == "half marathon"


def test_context_a_distance_said_with_behind_is_a_position() -> None:
    assert find_events("Behind 30 kilometers, which the leaders passed in 1:28:40, the last pacemaker fell away.") == []


def test_context_a_race_to_come_is_no_race_of_the_article() -> None:
    text = "Mahamed Mahamed, who is building up for the European 10,000m Cup, won the 10K."
    assert [e for _, _, e in find_events(text)] == ["10km"]


def test_context_a_60m_after_a_1500m_sends_the_race_back_to_the_sprint(doc_of) -> None:
    text = ("Gudaf Tsegay won the women's 1500m in 4:00.71 and Jeremiah Azu the men's 60m.\n\nJessica Hull was second in "
            "4:01.20.\n\nJamaica's Kishane Thompson took silver in 6.49.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]][-1] == ("6.49", "60m")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Imposed himself Mohamed Attaoui in the two laps with a mark of 1:45,12.", ["800m"]),
     ("Attaoui imposes his law in the 800 and Ndikumwenayo dominates the 10.000 in the Championship of Spain", ["800m"])],
)
def test_context_events_of_translated_copy(text: str, expected: list[str]) -> None:
    assert [e for _, _, e in find_events(text)][:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("In the 400 hs Femke Bol makes the show and closes in 52\"46.", ["400m hurdles"]),
     ("Sasha Zhoya won the 110 m haies in 13.15.", ["110m hurdles"]),
     ("In the 100 the South African Akani Simbine wins in 9\"98.", ["100m"]),
     ("Adrian Ben, who this winter has climbed to the 1500 after years in the 800.", ["1500m", "800m"])],
    ids=["hs", "haies", "the-next-subject", "after"],
)
def test_context_events_of_continental_copy(text: str, expected: list[str]) -> None:
    """Hurdles abbreviated ("hs") or in French ("haies"); a bare event before the next clause's subject or "after"."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The 5,000 the stadium holds were on their feet as Hellen Obiri won the marathon in 2:23:10.", ["marathon"]),
     ("Of the 3000 the organisers expected, only 2,400 started the 5000m.", ["5000m"]),
     ("Organisers had to turn away the 3000 after the limit was reached for the marathon.", ["marathon"]),
     ("Quincy Wilson ran 44.66 to break the 400m HS national record.", ["400m"]),
     ("For lack of 1500m races at home, Kipyegon ran 3:58.20 in Nairobi.", ["1500m"]),
     ("In the women's 1500 the Kenyan Faith Kipyegon won in 3:55.10.", ["1500m"]),
     ("Sarah Smith took the 3,200 after a duel with Jane Doe, winning in 10:20.15.", ["3200m"]),
     ("Alessandro Sibilio won the 400m Hs in 48.10.", ["400m hurdles"]),
     ("In the 110 Hs, Lorenzo Simonelli won in 13.20.", ["110m hurdles"]),
     ("Mohamed Katir attacked to the lack of 300 meters and won the 1500m in 3:31.10.", ["1500m"])],
    ids=["crowd-the", "entrants-the", "entrants-after", "high-school", "for-lack-of", "women-s-1500-the", "took-the-3200-after",
         "400m-Hs", "110-Hs", "to-the-lack-of"],
)
def test_context_what_continental_copy_s_events_must_not_read(text: str, expected: list[str]) -> None:
    """A review's finds: a crowd or a field's size before "the" or "after", a high school's "HS", a plain "lack of"."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("In the W75 800m, Angela Copson ran 3:31.20 to break the British age-group record.\n\nLater, Tom Ellis won the M40 "
      "1500m in 3:58.40.", ("3:31.20", "800m")),
     ("Sprint veteran Harold Moss, 91, ran the 200m in 45.81, a world age record.\n\nIn the 400m, Jane Otieno won the "
      "women's race in 54.20.", ("45.81", "200m"))],
    ids=["w75-800m", "m90-200m"],
)
def test_context_a_masters_time_in_the_event_its_sentence_names_keeps_it(doc_of, text: str, expected: tuple[str, str]) -> None:
    """A review's finds: a masters runner's time, world-class in a longer event named after, stays in the event its own
    sentence names before it."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]][0] == expected


def test_context_an_indoor_title_names_no_race() -> None:
    """"the kind of finish that won him the 1500m world indoor title in Glasgow last March": a title, not this race."""
    text = ("Beamish sat in a bunch through the opening quarter of the Quay St Mile before unleashing the kind of finish that "
            "won him the 1500m world indoor title in Glasgow last March.")
    assert [e for _, _, e in find_events(text)] == ["mile"]


def test_context_a_distance_to_go_said_as_its_lack_is_no_event() -> None:
    """Spanish copy's "a falta de 300 metros" (with 300m to go), translated word for word."""
    assert [e for _, _, e in find_events("Warrior endured the attack of Marta Perez at the lack of 300 meters and won the 1500m.")] == ["1500m"]


def test_context_a_time_too_slow_for_the_event_before_takes_a_track_event_named_after(doc_of) -> None:
    """A standfirst's winning time, its sentence naming only another race's event: the race is the one named below it."""
    text = ("García Romo wins the title\n\nThe Salamancan conquers his first national title with 3:39.05; Mariano, untouchable "
            "in the 800.\n\nRESULTS. 1500 m men (final): 1. Mario García Romo 3:39.05; 2. Adrián Ben 3:39.41.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]][:1] == [("3:39.05", "1500m")]


def test_context_a_slow_time_of_a_club_runner_keeps_its_event(doc_of) -> None:
    """A masters runner's 3:05.2 in the 800m is world-class in no event: the 1500m named after does not take it."""
    text = ("Masters night at the club. In the 800m, Ron Fenwick, 81, was first in 3:05.2.\n\n"
            "Later the 1500m went to Tess Brady in 4:58.1.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]][:1] == [("3:05.2", "800m")]


def test_context_a_400m_time_after_a_60m_sends_the_race_back_to_the_400m(doc_of) -> None:
    text = ("Sito flies to the Italian record in the 400, Ali beats Jacobs in the 60\n\nThe protagonist is Luca Sito: the "
            "specialist runs in 45,18 and sets a new Italian record indoor.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [("45,18", "400m")]


def test_context_a_stretch_from_one_distance_to_another_names_no_race() -> None:
    from pipeline.stages.context import find_events

    text = "Kiptum won the marathon in 2:00:35. The 30K to 35K stretch was a 13:51."
    assert [event for _, _, event in find_events(text)] == ["marathon"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sifan Hassan, the Olympic 5,000m and 10,000m champion, was running the marathon for the first time.", ["marathon"]),
     ("The pacemaker managed barely 15 kilometres before drifting back in the marathon.", ["marathon"]),
     ("Dunn won the 10 mile handicap, although she had to dig in along the last half mile from the church.", ["10 miles"]),
     ("Reddish won the 10 mile race, covering the final quarter-mile in 71 seconds.", ["10 miles"])],
    ids=["two-events-of-one-title", "a-stretch-managed", "the-last-half-mile", "the-final-quarter-mile"],
)
def test_context_titles_and_stretches_name_no_race(text: str, expected: list[str]) -> None:
    from pipeline.stages.context import find_events

    assert [event for _, _, event in find_events(text)] == expected


def test_context_a_club_of_runners_is_no_meeting() -> None:
    from pipeline.stages.context import find_meetings

    text = "Nick Griggs (Mourne Runners) was third. The Great North Run went to Kerr, then the Millrose Games."
    assert [name for _, _, name, _ in find_meetings(text)] == ["Great North Run", "Millrose Games"]


def test_context_an_event_taken_for_a_sentence_fits_its_fastest_time_outside_asides(doc_of) -> None:
    text = ("Mariano García won the European 800m title in 1:44.85, holding off the world 1,500m champion.\n\n"
            "Jake Wightman, who won the world title over the longer distance in 3:29.23, took silver in 1:44.91.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [
        ("1:44.85", "800m"), ("3:29.23", "800m"), ("1:44.91", "800m")]
    # the time in the aside is another race's: the event named before still fits the sentence's own times
    text = ("Sabastian Sawe won the half marathon in 59:10. Daniel Ebenyo, who won 10,000m silver at the World "
            "Championships in 27:52.6, took silver in 59:14.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text != "27:52.6"] == [
        ("59:10", "half marathon"), ("59:14", "half marathon")]


def test_context_a_group_or_a_pace_names_no_race() -> None:
    text = "She joined the Couch to 5K group last year and now runs at 10K pace in the 10K."
    assert [event for _, _, event in find_events(text)] == ["10km"]


def test_context_a_meeting_dated_in_its_own_clause_is_not_the_main_one(doc_of) -> None:
    text = ("GLASGOW, March 3 - Josh Kerr gave the home crowd the moment it had waited all weekend for, winning the men's "
            "3000m at the World Athletics Indoor Championships on Saturday night, an hour after Elle St. Pierre won the women's.\n\n"
            "Kerr, who set a world best of 8:00.67 for two miles at the Millrose Games in February, won in 7:42.98. "
            "Elle St. Pierre had already run 4:16.41 at Millrose this winter. In the women's 60m hurdles, Devynne Charlton clocked 7.65, lowering "
            "the 7.67 she ran at Millrose in February.")
    doc = doc_of(text)
    assert doc._.main_meeting == "World Athletics Indoor Championships"
    assert [(r.text, r.label_, r._.race.meeting) for r in doc.spans["results"] if r.text in ("7:42.98", "7.65")] == [
        ("7:42.98", "result", "World Athletics Indoor Championships"), ("7.65", "result", "World Athletics Indoor Championships")]


def test_context_a_sentence_of_the_race_then_a_past_clause_carries_its_race_on(doc_of) -> None:
    text = ("Elle St. Pierre won the women's 3000m in 8:20.87.\n\nGrant Holloway won the men's 60m hurdles on Sunday in 7.29, "
            "defending the title he took two years ago in 7.39. Italy's Lorenzo Simonelli was second in 7.43.")
    assert [(r.text, r._.race.sex, r._.race.event) for r in doc_of(text).spans["results"] if r.text == "7.43"] == [
        ("7.43", "men", "60m hurdles")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Richardson ran a superbly judged race over the 8km course. In the men's 10km, Lynch was fourth.", ["8km", "10km"]),
        ("Faith Kipyegon stepped up to the 5000m for the first time. The pace was even up to 3000m.", ["5000m"]),
        ("Two hours later she was back on the track for the 800 and won that too.", ["800m"]),
        ("Kennedy Ogundipe won the girls 100 in 11.41.", ["100m"]),
    ],
    ids=["a-cross-country-course", "stepping-up-to-an-event", "back-for-the-800", "the-girls-100"],
)
def test_context_more_ways_to_name_a_race(text: str, expected: list[str]) -> None:
    assert [event for _, _, event in find_events(text)] == expected


def test_context_a_meeting_named_only_where_old_marks_were_set_is_not_the_main_one(doc_of) -> None:
    text = ("EUGENE, Ore. (May 28) - Jakob Ingebrigtsen won the Bowerman Mile on Saturday in 3:43.73, with Yared Nuguse "
            "second and Yomif Kejelcha third in the fastest mile ever run on American soil.\n\n"
            "Nuguse, who had set the indoor American record of 3:47.38 at the Millrose Games in February, ran 3:43.97. "
            "Kejelcha ran 3:47.01 at the Millrose Games in February too.\n\n"
            "The crowd at the Prefontaine Classic stood for the last lap.")
    assert doc_of(text)._.main_meeting == "Prefontaine Classic"


def test_context_a_translated_world_championship() -> None:
    from pipeline.stages.context import find_meetings

    text = "The test of selection for the marathon of the World Championship of Budapest was hard."
    assert [name for _, _, name, _ in find_meetings(text)] == ["World Championships"]


def test_context_a_night_of_distance_races_is_a_meeting() -> None:
    from pipeline.stages.context import find_meetings

    text = "She won at the Ghent Distance Night on Saturday evening. On Saturday Night the crowd stayed late."
    assert [name for _, _, name, _ in find_meetings(text)] == ["Ghent Distance Night"]


def test_context_a_challenge_and_a_cup_are_meetings() -> None:
    from pipeline.stages.context import find_meetings

    text = "He ran at the Hokuren Distance Challenge in Abashiri, then at the Copernicus Cup. The Challenge was hard."
    assert [name for _, _, name, _ in find_meetings(text)] == ["Hokuren Distance Challenge", "Copernicus Cup"]


def test_context_reaching_a_distance_with_its_time_is_a_point_not_an_event() -> None:
    assert find_events("Kiptum and Kipruto reach 21.1km in 1:00:48.") == []
    assert [e for *_, e in find_events("Pattison reaches 800m final")] == ["800m"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Agnes Ngetich, holder of the record of the world of the 10 km on road, won the half marathon.", ["half marathon"]),
     ("Kipyegon, already holder of the record of the world of the 1500 m since one week at Florence (3'49''11), won.", []),
     ("Kipyegon pulverized this Friday the record of the world of the 5000 m in 14'05''20.", ["5000m"])],
)
def test_context_a_record_of_the_world_is_a_title(text: str, expected: list[str]) -> None:
    """Translated copy's "the record of the world of the 10 km" names a title, as "the world record of the 10 km" does
    (its event no race of the day), unless broken right there with its time."""
    assert [e for *_, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("On Sunday, Alfie Mears ran 2k at Temple Newsam juniors in 9:47.", ["2km"]), ("She won 3k at Hove in 9:12.", ["3km"]),
     ("Alfie Mears ran the last 2k in 6:47.", []), ("He ran 35km with the leaders before fading.", []),
     ("Dave Smith raced a 1k warm-up and then won in 9:47.", []),  # (a review's probes)
     ("Emily Smith won the Bolton half marathon in 1:17:22. She ran 3km alone in 10:30 between 15km and 18km.", ["half marathon"])],
)
def test_context_a_short_distance_said_run_is_a_race(text: str, expected: list[str]) -> None:
    assert [e for *_, e in find_events(text)] == expected


@pytest.mark.parametrize(("text", "event"), [("Ellie Smith opened her season with a 2:08.45 800m at Lee Valley on Saturday.", "800m"),
                                            ("Emma Jones won with a 4:21.30 1500m at the county championships in Bedford.", "1500m")])
def test_context_a_race_told_by_its_time_then_its_event(text: str, event: str) -> None:
    """(A review's probes: "with a 2:08.45 800m at Lee Valley" is the race; only a mark held, "on her CV", is a credential.)"""
    assert [e for *_, e in find_events(text)] == [event]


@pytest.mark.parametrize(("text", "event"), [("Results from the Southern Counties, Under 17 – 800m: 1. Jo Smith 2:10.45", "800m"),
                                            ("M35 – 5000m: 1. Tom Smith 16:10.2, 2. Jo Brown 16:30.4.", "5000m"),
                                            ("Heat 2 – 800m: Ellie Smith won in 2:08.45.", "800m")])
def test_context_a_label_and_its_event_after_a_dash_are_no_range(text: str, event: str) -> None:
    """(A review's probes: a list's label, an age group or a heat, then a dash and the event: the event.)"""
    assert [e for *_, e in find_events(text)] == [event]


@pytest.mark.parametrize(
    "text",
    ["Laros won the 1500m.\n\nTHE KICK (1100–1500m)\n\nAt 1200m it was still Cheruiyot.",
     "Mu won the 800m.\n\n600-800m: THE DYING STRAIGHT\n\nMu closed in 29.01.",
     "Mu won the 800m. For a woman with a 49.57 400m on her CV it is slow.",
     "Mu won the 800m. Let's go through it 200 metres at a time."],
    ids=["a-range-in-a-heading", "a-range-opening-a-heading", "a-credential", "at-a-time"],
)
def test_context_a_range_a_credential_and_a_distance_at_a_time_are_no_races(text: str) -> None:
    """A range told by a dash ("1100–1500m") is a stretch, "a 49.57 400m on her CV" a runner's credential, "200 metres at a
    time" a stretch: none the race (the blog's 800m was read as a 200m, then a 400m, between them)."""
    assert [e for *_, e in find_events(text)] == [text.split()[3].rstrip(".")]


@pytest.mark.parametrize("text", ["Not bad for someone whose parkrun PB of 17:58 at Hove Prom was set in dry shoes!",
                                  "Her 10km personal best of 31:58 came in Valencia."])
def test_context_an_event_s_personal_best_is_a_credential(text: str) -> None:
    assert find_events(text) == []


def test_context_a_mini_marathon_is_no_marathon() -> None:
    """The fun run beside a half marathon ("35 thousand between the half and the mini-marathon") names no marathon."""
    assert [e for *_, e in find_events("Kejelcha won the Lisbon Half Marathon, with 35,000 in the half and the "
                                       "mini-marathon. He ran the Valencia Marathon in December.")] == ["half marathon", "marathon"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lemma won the marathon. In the 30 km (1:27:15) the last hare retired and the race broke.", ["marathon"]),
        ("Lemma won the half marathon. In the 10 km (28:40), three men were still together.", ["half marathon"]),
        ("In the 10 km (28:40) Kiplimo beat the field by a minute.", ["10km"]),  # no marathon: a race of its own
        ("Lemma won the marathon. In the 10 km (Kiplimo) the course record fell.", ["marathon", "10km"]),
        ("Ruth Chepngetich won the Chicago Marathon in 2:09:56. In the 10 km (31:27), held on the Saturday, Sarah Jones won by a "
         "minute.", ["marathon", "10km"]),  # (a review's probe: a race of its own, won)
    ],
)
def test_context_a_marathon_s_distance_with_its_clock_in_brackets_is_a_point(text: str, expected: list[str]) -> None:
    """Translated copy: "In the 30 km (1:27:15) the last hare retired" ("En el km 30") is a point of the marathon."""
    assert [e for *_, e in find_events(text)] == expected


def test_context_a_live_blog_shout_opens_no_section(doc_of) -> None:
    """"HALFWAY." opening an entry is no dateline ("MARUGAME. Ren Tazawa ..."): the race goes on."""
    text = ("LIVE: Chicago Marathon\n\n7:28 a.m.\nThe men's favourite is Kelvin Kiptum. The 23-year-old Kenyan ran 2:01:25 "
            "in London in April, the second-fastest time in history, and only the world record of 2:01:09 from Berlin last "
            "year stands above him.\n\n8:33 a.m.\nHALFWAY. Kiptum and Kipruto are together and the pacers are dropping off one by one.")
    assert doc_of(text).spans["race_scopes"][-1]._.race.event == "marathon"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hagos Ghebriwet takes the 5000 metres, in a stadium full of heat. He closes in 12:43.25.", None),
        ("Hagos Ghebriwet was the winner of heat two in 13:22.10.", "heats"),
    ],
    ids=["full-of-heat-is-weather", "of-heat-two-is-a-round"],
)
def test_context_heat_of_the_weather_and_of_a_round(doc_of, text: str, expected: str | None) -> None:
    """A round is a race of its own: the result's race has it."""
    assert [(r.label_, r._.race.round) for r in doc_of(text).spans["results"]] == [("result", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won with a time of 29:42 over the 10,1 kilometres of the circuit.", ["10.1km"]),
        ("The men raced the 9.8km course twice.", ["9.8km"]),
        ("She ran the 3rd section (10.6 km) of the Queens Ekiden in 33:29.", ["10.6km"]),
        ("The leaders went through the 3rd checkpoint (10.6 km) in 33:29.", []),
    ],
    ids=["over-the-decimal-kilometres", "a-decimal-km-course", "a-section-is-its-runner-s-race", "a-checkpoint-is-a-point"],
)
def test_context_a_cross_country_s_decimal_distance(text: str, expected: list[str]) -> None:
    """A decimal distance is a race said as the race's ("over the 10,1 kilometres", "the 9.8km course") or as a relay's stage
    (an ekiden's "3rd section (10.6 km)", its runner's race, as the gold of ekiden reports has it: this case was first written
    as no race); a checkpoint's is a point."""
    assert [e for *_, e in find_events(text)] == expected


def test_context_an_elsewhere_heading_stands_for_the_paragraph_under_it(doc_of) -> None:
    text = ("Megan Keith won the women's 10,000m at Highgate in 31:10.50, and Mahamed Mahamed took the men's race in "
            "27:48.90, a personal best by twenty seconds on a night of fast times.\n\nELSEWHERE\n\n"
            "In Rabat, Soufiane El Bakkali won the 3000m steeplechase in 8:08.23. "
            "Britain's Phil Norman was sixth in 8:17.46, a season's best.")
    races = {r.text: r._.race for r in doc_of(text).spans["results"]}
    assert (races["8:08.23"].event, races["8:17.46"].event) == ("3000m steeplechase", "3000m steeplechase")
    assert races["8:08.23"].meeting != races["31:10.50"].meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Regan Yee took silver in the women's 8-kilometre race.", ["8km"]), ("Desgagnés won the men's 10-km race.", ["10km"])],
    ids=["hyphenated-kilometre", "hyphenated-km"],
)
def test_context_hyphenated_kilometres_name_the_race(text: str, expected: list[str]) -> None:
    assert [e for *_, e in find_events(text)] == expected


def test_context_a_distance_between_two_points_is_no_event() -> None:
    """"the section between 30km (1:26:31) and 35km (1:40:22)" of a marathon names points, not a 30km race."""
    text = "Kelvin Kiptum won the Chicago Marathon, covering the section between 30km (1:26:31) and 35km (1:40:22) in 13:51."
    assert [e for _, _, e in find_events(text)] == ["marathon"]


def test_context_a_bare_event_as_the_subject_of_its_verb() -> None:
    """High-school copy: "The 3,200 went off at 5:50 p.m." names the race (a time of day is no time of it,
    and does not move the race to one that 350 seconds would fit)."""
    text = "The 3,200 went off at 5:50 p.m., barely an hour and a half later. Hunter sat behind two runners through the mile in 4:31."
    assert [e for _, _, e in find_events(text)] == ["3200m"]


def test_context_a_time_of_day_does_not_change_the_race(doc_of) -> None:
    doc = doc_of("Drew Hunter won the 1,600 in 4:04.75.\n\nThe 3,200 went off at 5:50 p.m., barely an hour and a half later. "
                 "Hunter sat behind two runners through the mile in 4:31 and won in 8:54.20.")
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("4:31", "1 mile")]
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("4:04.75", "1600m"), ("8:54.20", "3200m")]


def test_context_a_translated_half_marathon() -> None:
    """Spanish "media maratón" and Italian "mezza maratona" translated word for word: a half marathon."""
    assert [e for _, _, e in find_events("Kandie won the average marathon of Valencia in 57:32.")] == ["half marathon"]
    assert [e for _, _, e in find_events("Crippa won the middle marathon of Naples.")] == ["half marathon"]


def test_context_the_next_point_listed_after_a_point_is_no_race() -> None:
    """"passed the 10 kilometers in 32:41 and the half marathon in 1h08:59": both points of the marathon."""
    text = "Gemechu won the marathon in 2h17:48. The group passed the 10 kilometers in 32:41 and the half marathon in 1h08:59."
    assert [e for _, _, e in find_events(text)] == ["marathon"]


def test_context_an_ultra_named_a_marathon_runs_the_distance_it_is_said_to_be() -> None:
    """"his Comrades Marathon title ... roughly 44km into the 87.7km race": the race's length, not a marathon's."""
    text = ("Tete Dijana defended his Comrades Marathon title on Sunday in 5:13:58. By Drummond, roughly 44km into the 87.7km race, "
            "it was obvious that something special was brewing.")
    assert "87.7km" in [e for _, _, e in find_events(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen won the Bowerman Mile in 3:43.73 at the Prefontaine Classic.", ["mile"]),
        ("The rest of the weekend: Gudaf Tsegay's 14:00.21 world record in the 5000m, and Jakob coming back to run 7:23.63 "
         "for a European record in the 3000m.", ["5000m", "3000m"]),
        ("Tsegay, the world record holder in the 5000m, won the 1500m.", ["1500m"]),
    ],
    ids=["a-race-s-name-before-its-time", "records-run-in-events", "a-record-holder-s-event-is-a-title"],
)
def test_context_races_named_with_a_time_or_a_record_run(text: str, expected: list[str]) -> None:
    assert [e for _, _, e in find_events(text)] == expected


def test_context_a_cross_country_course_with_a_hyphen() -> None:
    """"to finish the 10.3-km course in 30 minutes 12 seconds": the race's length (not the "1,500 metres" of his title)."""
    text = ("Olympic 1,500 metres champion Jakob Ingebrigtsen won the men's senior title, pulling clear over the final kilometre "
            "to finish the 10.3-km course in 30 minutes 12 seconds.")
    assert [e for _, _, e in find_events(text)] == ["10.3km"]


def test_context_a_bare_event_ending_a_headline(doc_of) -> None:
    """A headline's "record of the championships in the 3000", the end of its line: the 3000m."""
    text = ("Athletics, World Indoor of Glasgow: St. Pierre beats Tsegay on the wire, record of the championships in the 3000\n\n"
            "The American Elle St. Pierre wins with 8:20.87.")
    assert [r._.race.event for r in doc_of(text).spans["results"]] == ["3000m"]


def test_context_a_meeting_named_only_as_an_old_edition_is_not_the_main_one(doc_of) -> None:
    """"the Czech great whose 29:17.0 won the 10,000m at the 1952 Helsinki Olympics", in a report that looks to 2024:
    an edition long past, not the meeting reported (none is named), and its time an old mark."""
    text = ("Jack Rayner won the men's 10,000m on Saturday night in 28:12.47 at Lakeside Stadium, holding off a strong field in "
            "blustery conditions to claim his third national title over the distance.\n\n"
            "The Victorian sat in the pack until the bell and then went, as his coach had told him to.\n\n"
            "He said his focus for 2024 would be the marathon, and that the track had given him what he wanted.\n\n"
            "The meet honours Emil Zatopek, the Czech great whose 29:17.0 won the 10,000m at the 1952 Helsinki Olympics.")
    doc = doc_of(text)
    assert doc._.main_meeting is None
    assert [(r.text, r.label_) for r in doc.spans["results"]] == [("28:12.47", "result"), ("29:17.0", "other")]


def test_context_a_race_of_no_sex_whose_persons_are_men_is_not_the_women_s(doc_of) -> None:
    """The only sex the article says is the women's ("The women's race was won by"), but the sentences before it, of no
    sex, speak of men ("his first attempt", "he said", "He went through"): the men's race, so Doyle's second place is not
    taken by the women's second. A run of no sex and no persons still takes the one sex said."""
    doc = doc_of("Danny Kerrigan has won the Chester Marathon at his first attempt in 2:23:47, almost two minutes clear of Mark "
                 "Doyle, who was second in 2:25:39.\n\n\"I honestly didn't come here thinking I'd win it,\" he said.\n\n"
                 "He went through halfway in 1:11:50.\n\n"
                 "The women's race was won by Hannah Rowe in 2:44:10. Katie Morrissey was second woman in 2:48:26.")
    assert [(r.text, r._.race.sex, r._.place) for r in doc.spans["results"]] == [
        ("2:23:47", "men", 1), ("2:25:39", "men", 2), ("2:44:10", "women", 1), ("2:48:26", "women", 2)]
    doc = doc_of("Sara Vaughn won the mile in 4:21.50.\n\nThe women's race was fast from the gun.")
    assert [r._.race.sex for r in doc.spans["results"]] == ["women"]


def test_context_a_wheelchair_race_is_a_race_of_its_own(doc_of) -> None:
    """"In the wheelchair races, Switzerland's Marcel Hug claimed his latest Chicago title in 1:22:57": not the women's
    race told before it (whose sex it carried, and whose first place it took), but the men's wheelchair race, within its
    paragraph; a list's next label ("Women, ...") stays in it; the next paragraph is the runners' race again."""
    doc = doc_of("Megertu Alemu won the women's marathon in 2:16:48. Sifan Hassan was 14 seconds back in 2:17:02 and Hawi Feysa "
                 "third in 2:18:10.\n\nIn the wheelchair races, Switzerland's Marcel Hug claimed his latest Chicago title in 1:22:57. "
                 "Romanchuk was second in 1:23:40.\n\nWheelchair: Men, Marcel Hug, 1:22:57. Women, Catherine Debrunner, "
                 "1:38:12.\n\nAlemu said the pace had been hard.")
    assert [(r.text, r._.race.sex, r._.race.division, r._.place) for r in doc.spans["results"]] == [
        ("2:16:48", "women", None, 1), ("2:17:02", "women", None, 2), ("2:18:10", "women", None, 3),
        ("1:22:57", "men", "wheelchair", 1), ("1:23:40", "men", "wheelchair", 2), ("1:22:57", "men", "wheelchair", None),
        ("1:38:12", "women", "wheelchair", None)]
    assert doc.spans["race_scopes"][-1]._.race.division is None


def test_context_a_wire_s_dateline_after_its_standfirst_opens_no_section(doc_of) -> None:
    """"OSLO (NTB): ..." after the headline and a standfirst is the wire's dateline: the race the standfirst named (the
    400m hurdles) goes on into it (a round-up's later datelines still open sections)."""
    doc = doc_of("Warholm pulverized the world record on Bislett\n\nKarsten Warholm (25) ran 400 meter hurdles in 46,70 on Thursday "
                 "evening. Thus is the Ulstein-boy the first man in history under 46,78, the record of Kevin Young from 1992.\n\n"
                 "OSLO (NTB): Only 5000 spectators were let in on Bislett, but it sounded like 50 000 when Warholm crossed the line. "
                 "Kyron McMaster from the British Virgin Islands was third on 48,41.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"] if r.text == "48,41"] == [("48,41", "400m hurdles")]


def test_context_a_cross_country_s_distance_said_both_ways() -> None:
    """A cross country report's "the 5K race" and its results' "Boys (5,000 meters)" are one event, the course's 5km; an
    indoor 3000m's report that speaks of cross country but names no 3km keeps its 3000m."""
    text = ("Caleb Novak won the 5K race in 15:38.2 at the cross country regional.\n\nBoys (5,000 meters)\n1. Caleb Novak "
            "15:38.2")
    assert [e for _, _, e in find_events(text)] == ["5km", "5km"]
    text = "Elle St. Pierre, a former cross country runner, won the 3000m in 8:20.87."
    assert [e for _, _, e in find_events(text)] == ["3000m"]


def test_context_a_wheelchair_race_carries_its_own_sex(doc_of) -> None:
    """A second sentence of the women's wheelchair race, with no sex of its own, stays the women's wheelchair race."""
    doc = doc_of("Catherine Debrunner won the women's wheelchair race in 1:38:54. The wheelchair champion Debrunner was never "
                 "challenged and Scaroni was second in 1:39:10.")
    assert [(s._.race.sex, s._.race.division) for s in doc.spans["race_scopes"]] == [("women", "wheelchair"), ("women", "wheelchair")]


def test_context_a_french_meeting_named_head_first_and_a_steeple_after_with(doc_of) -> None:
    """"Meeting de Paris" is a meeting (the article's, not "the World Championships of Budapest" it mentions); "the evening
    had begun strong with the 3000 m steeple": a distance with its kind is an event, never a position ("with the 200m")."""
    doc = doc_of("Meeting de Paris: Kipyegon pulverizes the world record\n\nFriday, the Meeting de Paris saw fall two world "
                 "records. Kipyegon did not want to speak of the World Championships of Budapest.\n\nThe evening had begun strong "
                 "with the 3000 m steeple. Girma finished alone in 7:52,11.")
    assert doc._.main_meeting == "Meeting de Paris"
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("7:52,11", "3000m steeplechase")]


def test_context_a_meeting_a_standard_is_for_is_not_the_main_one(doc_of) -> None:
    """"Tariku Novales signs the minimum for the World Cup of Tokyo": a meeting qualified for (Spanish copy translated)
    is still to come; the race is the one won."""
    doc = doc_of("The Ethiopian Deresa Geleta is imposed in Seville and Tariku Novales signs the minimum for the World Cup of Tokyo\n\n"
                 "The Ethiopian Tigist Ketema wins in women with 2h19:47\n\n"
                 "Seville, Feb 23 (EFE).- The Ethiopian Deresa Geleta won this Sunday the Zurich Marathon of Seville with a time of "
                 "2h04:58, in a test marked by the good temperature and the absence of wind, while the Spanish Tariku Novales stopped "
                 "the chronometer in 2:06:22, below the minimum of 2h06:30 demanded by World Athletics for the World Cup of Tokyo in "
                 "September.")
    assert doc._.main_meeting == "Zurich Marathon"


def test_context_hurdles_said_through_the_hurdles_in_translation() -> None:
    """Polish copy translated says "100 m through the hurdles" ("100 m przez płotki"): the 100m hurdles."""
    assert [e for _, _, e in find_events("On 100 m through the hurdles Pia Skrzyszowska was second with the time 12,61.")] == ["100m hurdles"]


def test_context_a_stretch_through_the_hurdles_is_no_event() -> None:
    """Only a hurdles distance "through the hurdles" is the event: "the first 200m through the hurdles" is a stretch."""
    assert find_events("She was quickest over the first 200m through the hurdles, reaching it in 24.9.") == []


def test_context_a_section_heading_in_capitals_carries_no_sex_on(doc_of) -> None:
    """"On the women's side, ..." then a heading "OUR CREW RESULTS": the list under it is not the women's race. (Tried once as
    any short capitals line and dropped, "1500M FINAL" among them; a section heading is now one with no figure nor sex, its
    race's one sex told elsewhere filled in again: `context._section_heading`.)"""
    doc = doc_of("Jordan Ellery was second in the men's race in 1:07:14. On the women's side, Ashley Brennan won in 1:16:40.\n\n"
                 "OUR CREW RESULTS\n\nCaleb Hartwell – 1:04:58 (1st overall, he set a course record)\n")
    assert doc.spans["race_scopes"][-1]._.race.sex != "women"


def test_context_the_games_trials_are_for_are_no_main_meeting(doc_of) -> None:
    """"the AFN National Trials for the Paris 2024 Olympics": the trials are the meeting (reports of them must not be
    reconciled with the Olympic final's)."""
    doc = doc_of("Kanyinsola Ajayi stormed to victory in the men's 100m final at the AFN National Trials for the Paris 2024 "
                 "Olympics in Benin City on Friday. The 21-year-old clocked 10.04secs.")
    assert doc._.main_meeting == "National Trials"


def test_context_a_marathon_blog_s_points_are_no_races(doc_of) -> None:
    """A marathon's live blog: "5K: Lemma 14:14, with a small gap", "10K for Lemma in 28:32" are points of the marathon,
    not a 5km and a 10km race (each had been a result, first place)."""
    doc = doc_of("Sisay Lemma won the Boston Marathon in 2:06:17.\n\n10:06 a.m.\n10K for Lemma in 28:32. He is alone.\n\n"
                 "9:52 a.m.\n5K: Lemma 14:14, with a small gap already.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("2:06:17", "marathon")]
    assert [s.text for s in doc.spans["splits"]] == ["14:14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Valencia Marathon: Sisay Lemma 2:01:48\n10K: Rhonex Kipruto 26:58 in Valencia", ["marathon", "10km"]),
     ("Rhonex Kipruto won the 10km for Kenya in 26:58, a week before the marathon.", ["10km"])],
    ids=["a-roundup-s-10k-line", "for-a-country"],
)
def test_context_a_road_roundup_s_races_are_no_points(doc_of, text: str, expected: list) -> None:
    """The second review: a road roundup's "10K: Rhonex Kipruto 26:58" (no blog's stamp before it) and "won the 10km for
    Kenya in 26:58" are races, though the text names a marathon."""
    assert [r._.race.event for r in doc_of(text).spans["results"]] == expected


def test_context_a_marathon_s_points_listed_or_blogged_under_a_stamp_with_its_zone(doc_of) -> None:
    """The third review: a recap's list of points ("5K: Lemma 14:14\\n10K: Lemma 28:32") and a blog's entries under stamps
    with a zone and a blank line ("9:52 a.m. ET\\n\\n5K: ...") are points of the marathon, no 5km or 10km races."""
    for text in ("Sisay Lemma won the Boston Marathon in 2:06:17.\n\nHow the race unfolded:\n5K: Lemma 14:14, with a small gap\n"
                 "10K: Lemma 28:32, still alone",
                 "Sisay Lemma won the Boston Marathon in 2:06:17.\n\n9:52 a.m. ET\n\n5K: Lemma 14:14, with a small gap.\n\n"
                 "10:20 a.m. ET\n\n10K: Lemma 28:32, still alone."):
        doc = doc_of(text)
        assert [r._.race.event for r in doc.spans["results"]] == ["marathon"]
        assert [s.text for s in doc.spans["splits"]] == ["14:14", "28:32"]


def test_context_a_marathon_weekend_s_shorter_races_are_races(doc_of) -> None:
    """The fourth review: "5K: Emily Jones 15:58\n10K: Mark Smith 29:40" under a marathon weekend are two races, not one
    runner's points (a list of points follows one runner)."""
    doc = doc_of("The Chicago Marathon weekend also included shorter races.\n\n5K: Emily Jones 15:58\n10K: Mark Smith 29:40")
    assert sorted(r._.race.event for r in doc.spans["results"]) == ["10km", "5km"]


def test_context_a_meeting_s_name_runs_on_no_line_before_it() -> None:
    """A byline's outlet over the lead is not part of the meeting it names: "Naniwa Sports Online" over "Osaka Marathon ..."."""
    text = "2025/02/24 14:52  Naniwa Sports Online\n\nOsaka Marathon was held on the 24th, and Ibrahim Hassan won."
    assert [(text[a:b], name) for a, b, name, _ in find_meetings(text)] == [("Osaka Marathon", "Osaka Marathon")]


def test_context_a_selection_race_s_championships_are_still_to_come(doc_of) -> None:
    """"the selection race of the Tokyo World Championships" (Japanese copy translated) is no main meeting."""
    doc = doc_of("Osaka Marathon (also the selection race of the Tokyo World Championships) was held on the 24th, and Ibrahim "
                 "Hassan won in 2:05:20.\n\nThe federation's mark for the Tokyo World Championships is 2:06:30, and Sonoda cleared it.")
    assert doc._.main_meeting == "Osaka Marathon"


def test_context_a_meeting_named_in_an_aside_gets_no_weight_from_the_sentence_s_time(doc_of) -> None:
    """"the Kenyan, who ran the 10,000m for his country at the Paris Olympics, said" beside "27:38": the aside's meeting
    is the athlete's past, not the race of the sentence's time."""
    doc = doc_of("Ebenyo edges Chelimo at Bengaluru 10K\n\nBENGALURU, April 27 - Kenya's Daniel Simiu Ebenyo outsprinted Uganda's Oscar "
                 "Chelimo over the last 200 metres to win the World 10K Bengaluru on Sunday, while Agnes Ngetich completed a Kenyan "
                 "double.\n\nEbenyo's winning time was three seconds outside the course record of 27:38 "
                 "but the Kenyan, who ran the 10,000m for his country at the Paris Olympics, said he had not been chasing the clock.")
    assert doc._.main_meeting == "Bengaluru 10K"


def test_context_a_meeting_s_year_after_its_name() -> None:
    """"since the World Championships 2019 in Doha": that edition's year."""
    assert [(n, y) for _, _, n, y in find_meetings("She holds it since the World Championships 2019 in Doha.")] == [
        ("World Championships", 2019)]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results of the 2024 Boston\nMarathon\n\nSisay Lemma won in 2:06:17.", [("Boston Marathon", 2024)]),
        ("2025/02/24 14:52  Naniwa Sports Online\n\nOsaka Marathon was held on the 24th.", [("Osaka Marathon", None)]),
    ],
    ids=["a-name-wrapped-on-a-line", "a-name-after-a-blank-line"],
)
def test_context_a_meeting_s_name_runs_on_a_line_not_a_paragraph(text, expected) -> None:
    assert [(name, year) for _, _, name, year in find_meetings(text)] == expected


def test_context_qualifiers_of_a_championships_are_its_own_rounds(doc_of) -> None:
    """"in the qualifiers of the Jamaican Championships" is no championships still to come (a selection race's are)."""
    doc = doc_of("Shericka Jackson ran 21.90 in the qualifiers of the Jamaican Championships on Thursday in Kingston, winning her heat.")
    assert doc._.main_meeting == "Jamaican Championships"


def test_context_an_older_edition_after_the_date_does_not_date_the_race(doc_of) -> None:
    """"PARIS, Aug 10, 2024 - ... every Olympic final ever run except London 2012": the race is of 2024."""
    doc = doc_of("PARIS, Aug 10, 2024 - Emmanuel Wanyonyi won the Olympic 800m final in 1:41.19 on Saturday night.\n\nArop's time "
                 "would have won every Olympic final ever run except London 2012, when David Rudisha set the world record of 1:40.91.")
    assert {s._.race.year for s in doc.spans["race_scopes"]} == {2024}


@pytest.mark.parametrize(
    ("text", "meeting", "years"),
    [
        # the lead's aside is the race's own meeting
        ("BERLIN — Tigst Assefa, who won the Berlin Marathon on Sunday, clocked 2:15:37. Sheila Chepkirui was second in 2:16:03.\n\n"
         "Chepkirui ran 2:17:29 at the London Marathon.", "Berlin Marathon", None),
        # an edition one year older than the date is the race's (Tokyo 2020 was run in 2021)
        ("TOKYO, Aug 7, 2021 (AFP) - Jakob Ingebrigtsen won the 1500m gold at the Tokyo 2020 Games in an Olympic record 3:28.32 on "
         "Saturday, with Timothy Cheruiyot second in 3:29.01.", "Olympic Games", {2020}),
    ],
    ids=["a-lead-s-aside", "tokyo-2020-in-2021"],
)
def test_context_what_the_third_and_fourth_reviews_found(doc_of, text, meeting, years) -> None:
    doc = doc_of(text)
    assert doc._.main_meeting == meeting
    if years is not None:
        assert {s._.race.year for s in doc.spans["race_scopes"] if s._.race.meeting == meeting} == years


@pytest.mark.parametrize(
    ("text", "meeting", "year"),
    [
        ("BRUSSELS — Jakob Ingebrigtsen, who won the 5,000m at the Paris Olympics, ran 7:17.55 in the 3,000m at the Memorial Van "
         "Damme on Friday.", "Memorial Van Damme", None),
        ("EUGENE, Ore., May 25, 2024 — Faith Kipyegon, who set a world record at the 2023 Prefontaine Classic, returned to win the "
         "1500m at the Prefontaine Classic in 3:58.83.", "Prefontaine Classic", 2024),
    ],
    ids=["a-lead-aside-beside-the-meeting-named-outside-it", "an-edition-a-year-older-in-an-aside"],
)
def test_context_what_the_fifth_review_found(doc_of, text, meeting, year) -> None:
    doc = doc_of(text)
    assert doc._.main_meeting == meeting
    assert {s._.race.year for s in doc.spans["race_scopes"] if s._.race.meeting == meeting} == {year}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lamecha Girma offered the crowd the world record of the 3000 m steeple in 7'52''11.", ["3000m steeplechase"]),
        ("Girma beat this Friday the world record of the 3000 m steeple (7'52''11).", ["3000m steeplechase"]),
        ("Girma, world record holder of the 3000 m steeple, was in the field.", []),
        ("Girma holds the world record of the 3000 m steeple, set in Paris.", []),
    ],
    ids=["record-of-the-event-in-a-time", "record-of-the-event-then-the-time-in-brackets", "a-record-holder-s-title",
         "a-record-without-its-time"],
)
def test_context_a_record_of_the_event_with_its_time_names_the_race(text, expected):
    """Translated copy writes a record run as "the world record of the 3000 m steeple in 7'52''11": the
    race run, not a title; a record without its time, or a holder's, stays a title."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_a_meeting_aimed_at_is_no_main_meeting(doc_of) -> None:
    """"he aims at the representative of the 10000m in the World Championships, where the standard is 27:00.00",
    "Toward the World Championships of Tokyo I want ...": meetings to come, not the one reported."""
    doc = doc_of("At the Hokuren Distance Challenge 2025, Rodgers Kwemoi won the men's 10000m with 27:31.08. Ota was 4th with "
                 "27:46.95 and he aims at the representative of the 10000m in the World Championships, where the participation "
                 "standard is 27:00.00. Toward the World Championships of Tokyo I want to raise the last lap, Shiojiri said.")
    assert doc._.main_meeting == "Hokuren Distance Challenge"


def test_context_a_meeting_where_a_final_is_to_be_run_is_no_main_meeting(doc_of) -> None:
    """"with the final to be run at the Box Hill Milers meeting next Thursday": a meeting to come."""
    doc = doc_of("At the Zatopek:10 meeting, Cameron Myers eased through the first heat of the men's 1500m in 3:41.08, with the "
                 "final to be run at the Box Hill Milers Meeting next Thursday. Patrick Tiernan won the 10,000m in 27:49.18.")
    assert doc._.main_meeting != "Box Hill Milers Meeting"


def test_context_a_road_race_of_an_age_group_with_an_apostrophe(doc_of) -> None:
    """"won the under-18 boys' 5 km in 14:39" after a 10km: a race of its own (the apostrophe and "under-18" kept it from
    reading as one, and the time was the 10km's split at 5km)."""
    doc = doc_of("Tadese Worku won the 10km in 28:03. Yismaw Dillu won the under-18 boys' 5 km in 14:39.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("28:03", "10km"), ("14:39", "5km")]
    assert list(doc.spans["splits"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("RESULTS, 400 M HEKK MEN:", ["400m hurdles"]), ("the 400 m häck", ["400m hurdles"]), ("die 400 m Hürden", ["400m hurdles"]),
     ("de 400 meter horden", ["400m hurdles"]), ("the 110 meters vallas", ["110m hurdles"])],
    ids=["norwegian", "swedish", "german", "dutch", "spanish"],
)
def test_context_the_hurdles_word_a_translation_leaves_untranslated(text: str, expected: list[str]) -> None:
    """Machine translation leaves the hurdles' own word ("400 M HEKK" in a Norwegian results heading): still the hurdles."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.xfail(reason="a heading 'Elsewhere' over a paragraph naming no meeting nor place was tried as the same meeting's other "
                          "events and taken out: the second review found too many ways copy opens another meeting's paragraph "
                          "('Across the Pacific,', 'Back home in the US,', 'Meanwhile, in the pros,', 'On the roads,')", strict=True)
def test_context_an_elsewhere_heading_over_the_same_meeting_s_other_finals(doc_of) -> None:
    """A championships report's "Elsewhere" over its other finals ("Cian McPhillips won the men's 800m in 1:47.62") is the
    same meeting."""
    text = ("Andrew Coscoran won the men's 1500m at the National Senior Championships in 3:44.19.\n\nElsewhere\n\n"
            "Cian McPhillips won the men's 800m in 1:47.62. Israel Olatunde won the 100m in 10.26, outside the record he set in Munich.")
    assert race_of(doc_of(text), "Cian") == ("National Senior Championships", "men", "800m")


def test_context_an_elsewhere_heading_over_another_place(doc_of) -> None:
    """"ELSEWHERE" over "In Rabat, ...": another meeting's paragraph."""
    text = ("Jakob Ingebrigtsen won the mile at the Bislett Games in 3:43.73.\n\nELSEWHERE\n\n"
            "In Rabat, Soufiane El Bakkali won the steeplechase in 8:08.23.")
    assert race_of(doc_of(text), "Soufiane") == ("elsewhere", None, "3000m steeplechase")


def test_context_a_year_named_after_a_meeting_is_no_race_there(doc_of) -> None:
    """"at the start of a World Championships year": a year, not the meeting the race was run at."""
    doc = doc_of("Rose Davies won the 10km in Castellon in 30:39. \"To do it at the start of a World Championships year shows "
                 "what she can do,\" said her coach.")
    assert doc._.main_meeting is None


@pytest.mark.parametrize(
    "text",
    [
        "Andrew Coscoran, a late addition to the World Championships squad, won the 1500m in Budapest in 3:33.10.",
        "Keely Hodgkinson, who leads the World Championships team in Budapest, won silver in the 800m in 1:56.61 on Sunday.",
    ],
    ids=["a-championships-squad", "the-championships-team"],
)
def test_context_a_season_or_team_of_the_championships_reported_is_still_it(doc_of, text: str) -> None:
    """The review's cases: "the World Championships squad", "the World Championships team" are said of the championships
    reported, so they stay its meeting."""
    assert doc_of(text)._.main_meeting == "World Championships"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Unlike the 1500m, where Kerr won in 3:29.38, the 800m was slow and Emmanuel Wanyonyi won in 1:46.10.", "Kerr",
         "1500m"),
        ("Sarah Healy won the women's 1500m at the Irish Championships in Dublin in 4:09.10.\n\nElsewhere\n\nStateside, Nick "
         "Griggs won the NCAA 5000m title in 13:24.10.", "Griggs", "elsewhere"),
    ],
    ids=["a-compared-race-a-clause-tells-of", "stateside-under-elsewhere"],
)
def test_context_what_the_review_of_ca2e0df_found(doc_of, text: str, needle: str, expected: str) -> None:
    """The review's cases: a compared race a clause then tells of ("Unlike the 1500m, where Kerr won") is still a race, and
    "Stateside, ..." under "Elsewhere" is another meeting."""
    doc = doc_of(text)
    if expected[0].isdigit():
        assert {r._.race.event for r in doc.spans["results"] if r._.athlete is not None and needle in r._.athlete.label_} == {expected}
    else:
        assert race_of(doc, needle)[0] == expected


def test_context_year_on_year_after_a_meeting_s_name(doc_of) -> None:
    """The second review's case: "the Bislett Games year on year" is the meeting, not a year named after it."""
    doc = doc_of("Ingebrigtsen has dominated the Bislett Games year on year. He won the 5000m in 12:48.45.")
    assert doc._.main_meeting == "Bislett Games"


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        ("Alberto Juantorena won the Olympic 800m in 1:43.50. Ivo Van Damme of Belgium was second, and Van Damme ran 1:43.86.",
         ["Olympic Games"]),
        ("Steve Prefontaine set the American record in 1974. Prefontaine never raced in Europe again.", []),
        ("Jakob Ingebrigtsen ran 7:17.55 at the Memorial Van Damme, and at Prefontaine he won again.",
         ["Memorial Van Damme", "Prefontaine Classic"]),
    ],
    ids=["the-person-a-meeting-is-named-after", "his-surname-alone-after", "the-meetings-themselves"],
)
def test_context_a_meeting_s_namesake_named_with_a_given_name_is_a_person(doc_of, text: str, meetings: list[str]) -> None:
    """A meeting known by one name ("Van Damme", "Prefontaine") is the person it is named after when a given name comes
    before it ("Ivo Van Damme of Belgium", "Steve Prefontaine"), and so is that name alone in the same text."""
    assert [s.label_ for s in doc_of(text).spans["meetings"]] == meetings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gerda Steyn won the Two Oceans Ultra Marathon on Saturday. She ran the 56km for the sixth time. Photo: Steyn at the "
         "Two Oceans Marathon.", ["56km", "56km"]),
        ("Steyn won the ultramarathon on Saturday, her sixth win there.", ["ultramarathon"]),
        ("Steyn won the ultramarathon, passing 45km in 2:42:10; she runs 160km a week.", ["ultramarathon"]),
        ("Steyn won the Two Oceans Ultra Marathon (56km). She won the Valencia Marathon in 2:19:10 last year.", ["56km", "marathon"]),
        ("Myers won the open 1500m, a race organisers had billed as the \"Grandstand Mile\".", ["1500m"]),
        ("Tete Dijana won the Comrades Marathon yesterday. He crossed the line in 5:25:00 to win the 87km up run from Durban, "
         "adding an up-run crown to the down-run titles he won in 2022 and 2023.", ["87km"]),
        ("Kiprop won the Comrades Marathon in 5:25:00. He runs 160km a week.", ["marathon"]),
        ("Kiprop won the Comrades Marathon in 5:25:00. Next he runs a 100km race in Italy.", ["marathon", "100km"]),
    ],
    ids=["an-ultra-s-distance-and-its-name-shortened", "an-ultra-s-distance-unsaid", "a-point-s-and-a-week-s-distances",
         "another-race-s-marathon-is-one", "a-quoted-title-names-no-race", "an-ultra-named-a-marathon",
         "a-week-s-distance-makes-no-ultra", "another-race-s-distance-makes-no-ultra"],
)
def test_context_an_ultramarathon_s_event_is_its_distance(text: str, expected: list[str]) -> None:
    """An ultra marathon is no marathon: its event is the distance longer than a marathon the text says most ("the
    56km"), else "ultramarathon"; the race's name shortened ("the Two Oceans Marathon") is the ultra too, another race's
    ("the Valencia Marathon") no ultra; a race named a marathon whose distance the text says as longer than one ("the
    Comrades Marathon", "to win the 87km up run") is that ultra. An event word ending a quoted title ("billed as the "Grandstand Mile"") names no race."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        ("Grant Fisher ran 12:46.96 at Prefontaine on Saturday. Fisher, like Steve Prefontaine, grew up in a small town.",
         ["Prefontaine Classic"]),
        ("Jakob Ingebrigtsen won the mile in 3:43.73. Then Bislett erupted.", ["Bislett Games"]),
        ("Jakob Ingebrigtsen won the mile in 3:43.73, and Norwegian Bislett fans roared.", ["Bislett Games"]),
        ("Jakob Ingebrigtsen won the mile in 3:43.73 as Oslo Bislett became a cauldron.", ["Bislett Games"]),
        ("Jakob Ingebrigtsen won the mile in 3:43.73. On Thursday Bislett was packed.", ["Bislett Games"]),
        ("Jakob Ingebrigtsen won the mile in 3:43.73. Historic Bislett roared.", ["Bislett Games"]),
        ("Like Steve Prefontaine, Yared Nuguse ran from the front. Nuguse, racing his third Prefontaine, won the mile.",
         ["Prefontaine Classic"]),
        ("Steve Prefontaine would have loved it. Yared Nuguse won the mile, and Prefontaine organisers were thrilled.",
         ["Prefontaine Classic"]),
    ],
    ids=["at-the-meeting-beside-its-namesake", "a-sentence-s-opening-word", "a-people-s-word", "a-city", "a-day",
         "an-adjective", "an-ordinal-before", "a-meeting-s-word-after"],
)
def test_context_a_meeting_s_namesake_needs_a_given_name(doc_of, text: str, meetings: list[str]) -> None:
    """The review's cases: "at Prefontaine" stays the meeting beside "Steve Prefontaine"; "Then", "Norwegian", "Oslo"
    before a meeting's one name are no given names."""
    assert [s.label_ for s in doc_of(text).spans["meetings"]] == meetings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peter Kiprono, the former ultramarathon pacer, was 15th in the London Marathon.", ["marathon"]),
        ("Dennis Kimetto won the Berlin Marathon in 2:02:57. He once ran the Berlin Ultramarathon as a pacer.",
         ["marathon", "ultramarathon"]),
        ("Second in the Chicago Marathon was the Ultra Marathon world champion Irina Mikitenko.", ["marathon"]),
        ("Tete Dijana won the Comrades Ultra Marathon, the 87km down run, after a 100km week in training.", ["87km", "100km"]),
        ("Cole Hocker won the \"Fifth Avenue Mile\" in 3:47.1.", ["mile"]),
    ],
    ids=["an-ultra-s-role", "another-race-of-the-same-city", "an-ultra-s-title", "the-race-s-distance-not-a-week-s",
         "a-race-s-quoted-name"],
)
def test_context_what_the_review_found_of_ultras_and_quoted_names(text: str, expected: list[str]) -> None:
    """The review's cases: an ultra's word in a role or a title ("the former ultramarathon pacer", "the Ultra Marathon world
    champion") names no race; a marathon named before an ultra of the same city stays a marathon; the ultra's distance is
    the one a race's word follows ("the 87km down run", not "a 100km week"); a quoted race name is no billing ("won the
    "Fifth Avenue Mile"")."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam McEntee took the Australian 5000m championship on a warm night in Sydney, ahead of Morgan McDonald.", ["5000m"]),
        ("Jessica Hull won the Oceania 1500m championships title for the second time.", []),
        ("Stewart McSweyn won in 13:20.41. The pack split between 3km and 4km, and he ran alone from there.", []),
        ("The senior men ran four laps (roughly 12km) and the senior women three laps (about 8.5km) of the park.",
         ["12km", "8.5km"]),
        ("The course is two laps (just over 6km) of the common.", ["6km"]),
    ],
    ids=["a-championship-in-an-event-is-a-race", "a-championships-title-is-a-title", "a-stretch-between-two-points",
         "a-race-s-rough-distance-after-its-laps", "one-race-s-laps"],
)
def test_context_events_of_this_stop(text: str, expected: list[str]) -> None:
    """A national "5000m championship" is the race run (its "championships title" a title); a stretch between two points,
    "between 3km and 4km", names no race; a race's rough distance in brackets after the laps it ran does."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_each_sex_s_distance_said_in_one_sentence(doc_of) -> None:
    """A club's cross country: "the senior men ran ... (roughly 12km) and the senior women ... (about 8.5km)" gives each
    section that follows its own sex's distance, not the last one named."""
    text = ("Heavy going at Bramley Fields on Sunday. The senior men ran four laps (roughly 12km) and the senior women three "
            "laps (about 8.5km).\n\nSenior men: Tom Ashdown was 9th in 41:12.\n\nSenior women: Priya Nair was 4th in 33:50.")
    doc = doc_of(text)
    assert race_of(doc, "Tom Ashdown")[1:] == ("men", "12km")
    assert race_of(doc, "Priya Nair")[1:] == ("women", "8.5km")


def test_context_two_races_results_in_one_sentence_give_no_sex_its_event(doc_of) -> None:
    """Two races' results in one sentence ("sixth in the men's 60m in 6.61, while ... fifth in the women's 60m hurdles in
    7.99") pair no sex with an event for the sentences after."""
    text = ("Reece Prescod was sixth in the men's 60m in 6.61, while Tiffany Porter was fifth in the women's 60m hurdles in 7.99. "
            "Tobi Amusan of Nigeria won that final in 7.81.")
    assert race_of(doc_of(text), "Tobi Amusan")[2] == "60m hurdles"


def test_context_club_times_vote_for_no_world_class_event(doc_of) -> None:
    """A club's cross country whose event is never named: one junior's 9:40 in the range of a world-class steeplechase
    does not make the seniors' 24:10 and 26:02 a steeplechase; most of the race's times must tell the event."""
    text = ("Harriers at the league fixture on Sunday.\n\nWomen: Jo Platt was 3rd in 24:10 and Amy Reid 10th in 26:02. "
            "Juniors: Lily Cole was 4th in the girls' race in 11:40 and Sam Cole 1st in the boys' race in 9:40.")
    assert race_of(doc_of(text), "Jo Platt")[2] is None


def test_context_a_meeting_dated_from_a_month_is_not_the_main_one(doc_of) -> None:
    """"his Great North Run time of 1:14:52 from September" in a November round-up: a mark of another day, not the meeting
    reported."""
    text = ("Sunday's league fixture at Temple Newsam was run in thick mud after a night of rain, and the club turned out "
            "in numbers for both the senior races, with eleven men and nine women finishing.\n\nTom Ashdown was 9th in 41:12, "
            "his best league run yet. Tom still has his Great North Run time of 1:11:40 from September to live up to.")
    assert doc_of(text)._.main_meeting is None


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Callum Hawkins won the 10,000m title. Hawkins led after two laps (about 4km) and went on to win in 30:12.", "Hawkins",
         "10000m"),
        ("Moving up from 5km to 10km on the roads, Jess Orr won the Balmoral race in 33:10.", "Jess Orr", "10km"),
        ("Josh Kerr, a 1500m championship winner in 2023, clocked 3:48.10 to win the mile.", "Josh Kerr", "mile"),
        ("The men's 400m and the women's 400m hurdles were the highlights. Kirani James won in 44.30. Femke Bol won in 52.10.",
         "Femke Bol", "400m hurdles"),
        ("Ingebrigtsen won in 7:27.05, ahead of Kejelcha in 7:28.10, while the Britons were 11th and 12th in 7:55.20 and 8:01.10.",
         "Kejelcha", "3000m"),
    ],
    ids=["laps-after-which-a-point", "moving-up-from-one-distance-to-another", "a-championship-winner-is-a-title",
         "two-track-events-of-each-sex", "club-times-that-fit-two-events"],
)
def test_context_what_the_review_of_stop_39_found(doc_of, text: str, needle: str, expected: str) -> None:
    """The review's cases: "after two laps (about 4km)" is a point; "from 5km to 10km" a move up in distance, no stretch;
    "a 1500m championship winner" a title; the sexes' events paired only for a course's distances; a few slower times
    that fit two events leave the winners' event."""
    doc = doc_of(text)
    events = {r._.race.event for r in doc.spans["results"] if r._.athlete is not None and needle in r._.athlete.label_}
    assert events == {expected}


def test_context_a_course_s_distance_in_a_heading_s_brackets(doc_of) -> None:
    """A course's distance in brackets closing its heading line is the race's, in kilometres for a cross country ("LaVern
    Gibson Championship Course, Terre Haute (5,000 meters)"), not a point of it; a 3200m best told before it is no race."""
    text = ("Eli Harkness won the state cross country title. He says his 3200-meter best of 9:01.87 doesn't mean much on grass.\n\n"
            "STATE FINALS\nLaVern Gibson Championship Course, Terre Haute (5,000 meters)\n\n"
            "BOYS\nTop 3: 1. Eli Harkness (Terre Haute South), Sr., 15:08.4; 2. Caleb Nwosu (Carmel), Jr., 15:11.9; "
            "3. Owen Brandt (Brownsburg), Sr., 15:15.2.")
    assert [e for _, _, e in find_events(text)] == ["5km"]
    assert {r._.race.event for r in doc_of(text).spans["results"] if r.label_ == "result"} == {"5km"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("TOKYO (Reuters) - Tadese Takele won the Tokyo Marathon on Sunday, clocking a course record of two hours, two minutes "
         "and nine seconds as compatriot Sutume Asefa Kebede won the women's race.\n\nDeresa Geleta was third in 2:03:31.",
         "Deresa Geleta", None),
        ("Sutume Asefa Kebede won the women's race in 2:16:48 as Tadese Takele took the men's in 2:02:09.", "Sutume Asefa Kebede",
         "women"),
    ],
    ids=["the-other-race-s-sex-in-a-clause-after-the-time", "the-sex-before-the-time"],
)
def test_context_a_sex_said_of_another_race_after_the_time(doc_of, text: str, name: str, expected) -> None:
    """A sex said in a clause of its own after the sentence's first time is another race's ("... nine seconds as compatriot
    Sutume Asefa Kebede won the women's race"): it is not the sentence's, nor carried on; one said before the time still is."""
    got = {r._.race.sex for r in doc_of(text).spans["results"] if r._.athlete is not None and r._.athlete.label_ == name}
    assert got == {expected}


def test_context_laps_for_each_sex_then_their_distance(doc_of) -> None:
    """"two big laps for the men (about 9.5km) and one and a half for the women (about 6.8km)" gives each sex its distance,
    as "the men ran two laps (about 9.5km)" does; "two weeks before his marathon" names no race of this paragraph."""
    text = ("Proper conditions: two big laps for the men (about 9.5km) and one and a half for the women (about 6.8km), with the "
            "hill twice.\n\nMen: Tom Hardacre was 14th in 36:02. Gary Fairhurst was 48th in 39:10, two weeks before his marathon."
            "\n\nWomen: Priya Sharma was 22nd in 29:15.")
    assert [e for _, _, e in find_events(text)] == ["9.5km", "6.8km"]
    got = {r._.athlete.label_: r._.race.event for r in doc_of(text).spans["results"] if r.label_ == "result"}
    assert got == {"Tom Hardacre": "9.5km", "Gary Fairhurst": "9.5km", "Priya Sharma": "6.8km"}


def test_context_a_live_blog_s_place_and_distance_is_no_course(doc_of) -> None:
    """The review of 4b6205f: "The leaders hit Shinagawa (15km)" closing a live blog's line is a point of the marathon, not
    the race's distance; only a course named before the bracket is ("... Championship Course, Terre Haute (5,000 meters)")."""
    text = "Live: London Marathon\nTower Bridge (20km)\nKiptum went through 20km in 57:50, alone in front. He won in 2:01:25."
    doc = doc_of(text)
    assert [(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"] == [("2:01:25", "marathon")]
    assert [s.text for s in doc.spans["splits"]] == ["57:50"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The final lap for the women (about 2.2km) was decisive. Beatrice Chebet broke clear on the climb and won in 26:40 from "
         "Agnes Ngetich in 26:52.", {"10000m"}),
        ("Kiplimo was already 10 seconds clear at the half for the men (about 4.9km). He won in 28:50 from Cheptegei in 29:05.",
         {"10000m"}),
    ],
    ids=["a-lap-for-the-women", "the-half-for-the-men"],
)
def test_context_a_lap_or_the_half_for_a_sex_is_no_race(doc_of, text: str, expected: set) -> None:
    """The review of ba1f210: one lap, or "the half", for a sex with a distance in brackets is a stretch of the race; only
    laps, or one and a half, said for a sex give its race's distance."""
    assert {r._.race.event for r in doc_of(text).spans["results"] if r.label_ == "result"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xaba won the 5 000m in 15:38,22 after sitting on Kesa Molotsane for 11 and a half laps.", ["5000m"]),
        ("Karen Mellor won the W50 1500m in 5:31.4.", ["1500m"]),
        ("Musagala stepped off the track after 2 400 meters of the 5 000 meters.", ["5000m"]),
        ("Chidi Okafor won the Class 3 800m in 1:50.12 and Heat 2 400m in 48.10.", ["800m", "400m"]),
        ("heat 2 400m: 1. Charlie Dobson 45.10; 2. Lewis Davey 45.60.", ["400m"]),
        ("HEAT 2 400M: 1. Charlie Dobson 45.10; 2. Lewis Davey 45.60.", ["400m"]),
        ("Race #2 400m: 1. Charlie Dobson 45.10; 2. Lewis Davey 45.60.", ["400m"]),
        ("In round 1 200m, Zharnel Hughes won in 20.12 and Louie Hinchliffe was second in 20.30.", ["200m"]),
        ("Men's heat 4 100m: 1. Louie Hinchliffe 10.02; 2. Jeremiah Azu 10.10.", ["100m"]),
    ],
    ids=["a-space-for-thousands", "an-age-group-before-a-distance", "hundreds-after-the-space", "a-label-s-number-before-hundreds",
         "a-heat-in-lower-case", "a-heat-in-capitals", "a-race-s-number-sign", "a-round-s-number", "a-men-s-heat"],
)
def test_context_a_distance_with_a_space_for_thousands(text: str, expected: list) -> None:
    """South African copy writes "5 000m" with a space for thousands: the 5000m, not a race of "000m"; "W50 1500m" is no
    thousands' space; nor is "2 400 meters" (Swedish copy translated) a 400m; "Class 3 800m" is an 800m."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabat.\n\n3.000 obstacles masculine: 1. Sufian El Bakkali (MAR) 8.05,19; 2. Abraham Kibiwott (KEN) 8.06,72.\n\n"
         "1.500 feminine: 1. Diribe Welteji (ETH) 3.56,85.", ["3000m steeplechase", "1500m"]),
        ("El Bakkali dominates the 3.000 obstacles in Rabat.", ["3000m steeplechase"]),
    ],
    ids=["a-list-headed-by-its-event-and-sex", "obstacles-bare"],
)
def test_context_spanish_copy_s_event_and_sex_heading_its_list(text: str, expected: list) -> None:
    """Spanish copy translated heads a results list "3.000 obstacles masculine:" (obstáculos: the steeplechase at 3000m),
    "1.500 feminine:", its list on the same line."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won at the Los Angeles Memorial Coliseum on Saturday.", []),
        ("He raced at Memorial Stadium in Lincoln.", []),
        ("He won the Hanzekovic Memorial in Zagreb.", [("Hanzekovic Memorial", None)]),
        ("Abel Kipchumba won the 49th edition of the Marathon of Paris in 2 h 05 min 12 s.", [("Paris Marathon", None)]),
        ("El Bakkali won the test of the Meeting Internacional Mohammed VI, fifth stop of the Diamond League.",
         [("Meeting Internacional Mohammed VI", None)]),
        ("The Meeting International Faith Kipyegon won last year is back on the calendar.", []),
        ("Meeting International Mohammed VI d'Athlétisme de Rabat\nSufian El Bakkali (MAR) 8:05.12",
         [("Meeting International Mohammed VI d'Athlétisme", None)]),
    ],
    ids=["a-memorial-coliseum", "memorial-stadium", "a-memorial-meeting", "the-marathon-of-a-host-city",
         "an-international-meeting-head-first", "a-runner-after-international", "a-heading-s-line-only"],
)
def test_context_memorial_venues_and_a_marathon_of_a_city(text: str, expected: list) -> None:
    """"Memorial" before a venue's head word is a ground (the Los Angeles Memorial Coliseum), no meeting; "the Marathon of
    Paris", as French copy translated names it, is the Paris Marathon; "the Meeting Internacional Mohammed VI" (Spanish copy
    translated) is a meeting, its king no runner."""
    assert [(name, year) for _, _, name, year in find_meetings(text)] == expected


def test_context_a_headline_s_other_race_ruled_at_the_women(doc_of) -> None:
    """A headline's later clause whose runner rules "at the women", with no time of its own, does not make its first time
    a women's race's: "Kiptchoumba imposes himself in 2 h 05 min 12 s, Kébédé reigns at the women"."""
    text = ("Marathon of Paris: Kiptchoumba imposes himself in 2 h 05 min 12 s, Kébédé reigns at the women\n\n"
            "The Kenyan Abel Kiptchoumba won the Marathon of Paris in 2 h 05 min 12 s.\n")
    assert {r._.race.sex for r in doc_of(text).spans["results"] if r.label_ == "result"} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laros won the mile in 3:46.51.\n\n– Now I go to Stockholm and will run 1500 meters.\n\n"
         "Azeddine Habz was fourth in 3:47.95.", "mile"),
        ("Laros won the mile in 3:46.51.\n\nHe raced the 1500 meters next.\n\nAzeddine Habz was fourth in 3:47.95.", "1500m"),
    ],
    ids=["will-run-a-race-to-come", "a-race-run"],
)
def test_context_a_race_someone_will_run_is_none_of_the_text(doc_of, text: str, expected: str) -> None:
    """A distance someone "will run" is a race to come: the times after it keep the race reported."""
    assert next(r._.race.event for r in doc_of(text).spans["results"] if r.text == "3:47.95") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lewis won at the Gary Troyer Memorial Track Meet in 1:47.22.", [("Gary Troyer Memorial", None)]),
        ("At the Marathon of Paris 2024, Tamirat Tola won the Olympic title in 2:06:26.", [("Olympic Games", 2024)]),
    ],
    ids=["a-memorial-track-meet", "the-games-marathon-of-a-year"],
)
def test_context_what_the_review_of_7c49c29_found_in_meetings(text: str, expected: list) -> None:
    """The review's cases: "Memorial Track Meet" is a meeting whatever venue word it holds; "the Marathon of Paris 2024" is no
    Paris Marathon."""
    assert [(name, year) for _, _, name, year in find_meetings(text)] == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Nairobi Marathon: Kamau wins in 2:10:05, Kenya sweeps among the men\n\nJohn Kamau won the Nairobi City Marathon in "
         "2:10:05.", "2:10:05", ("marathon", "men")),
        ("20:40 Next up, the men will race the 400m hurdles.\n20:45 Karsten Warholm wins in 46.70!", "46.70", ("400m hurdles", "men")),
    ],
    ids=["a-country-sweeps-among-the-men", "a-live-blog-s-next-race"],
)
def test_context_what_the_review_of_7c49c29_found_in_races(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review's cases: a country sweeping "among the men" is the same race's; a live blog's "the men will race the 400m
    hurdles" is the race it reports next."""
    r = next(r for r in doc_of(text).spans["results"] if r.text == needle)
    assert (r._.race.event, r._.race.sex) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sabastian Sawe won the Marathon of Valencia 2024 in 2:02:05.", [("Valencia Marathon", None)])],
    ids=["a-city-s-marathon-of-a-year"],
)
def test_context_what_the_review_of_b01f2cd_found(text: str, expected: list) -> None:
    """The review's case: "the Marathon of Valencia 2024" is Valencia's (only an Olympic city's year is the Games')."""
    assert [(name, year) for _, _, name, year in find_meetings(text)] == expected


def test_context_a_marathon_s_list_after_a_shorter_road_race_is_the_marathon_s(doc_of) -> None:
    """A results list after a paragraph on the day's 15K race: its 2:09:44 is too slow for any 15km (the time at a pace
    under every road record's, times 1.7), so the marathon named before is its event."""
    doc = doc_of("Kilimo won the Istanbul Marathon in 2:09:44.\n\nIn the 15K race held on the same day, Ramazan Ozdemir won "
                 "with 44:21.\n\nMEN\n1. Rhonzas Kilimo (Kenya) 2:09:44\n2. Deso Gelmisa (Ethiopia) 2:10:05")
    assert {(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"} == {
        ("2:09:44", "marathon"), ("44:21", "15km"), ("2:10:05", "marathon")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cian Brennan won the Glenmore 5 Mile Road Race in 24:12.", ["5 miles"]),
        ("Brennan won the Glenmore 5 Mile on Friday in 24:12.", ["5 miles"]),
        ("Aoife Dunphy won the four-mile race in 21:40.", ["4 miles"]),
        ("He passed the four-mile marker in 19:18 and won in 24:12.", []),
        ("She went out for a five-mile run before the race.", []),
        ("The Glenmore 5 Mile mark was reached in 24:12.", []),
    ],
    ids=["a-road-race-s-miles", "in-a-race-s-name", "a-four-mile-race", "a-marker-is-no-race", "a-training-run", "a-named-mark"],
)
def test_context_a_road_race_over_a_number_of_miles(text: str, expected: list) -> None:
    """A road race over five or four miles is its own event ("5 miles") when said so: before "race", "Road Race", "course"
    or as a race's name; never "the four-mile marker" (a point, once read as "mile") nor a training run."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_a_road_race_over_miles_has_its_distance() -> None:
    assert event_distance("5 miles") == pytest.approx(5 * P.MILE_M)


def test_context_a_live_blog_s_point_for_the_women_is_no_race(doc_of) -> None:
    """A live blog's entry "30km for the women in 1:36:58" is a point of the marathon, not the race: the results after it
    stay the marathon's."""
    doc = doc_of("London Marathon live\n\n10.22am BST\n30km for the women in 1:36:58. It's four abreast.\n\n10.52am BST\n"
                 "Peres Jepchirchir wins in 2:16:16, with Tigst Assefa second in 2:16:23.")
    assert {(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"} == {
        ("2:16:16", "marathon"), ("2:16:23", "marathon")}


def test_context_a_sex_s_heading_takes_the_distance_said_for_that_sex(doc_of) -> None:
    """A cross country's men ran 10K and its women 6K, each said once after its sex: under the heading "MEN:" after the
    women's paragraph, the men's times are of their 10K, not of the women's 6K carried over."""
    doc = doc_of("Graham Blanks won the men's 10K in 28:37.3.\n\nIn the women's 6K, Doris Lemngole won in 19:25.4.\n\n"
                 "MEN: BLANKS BIDES HIS TIME\nHabtom Samuel was second in 28:40.2 and Parker Wolfe third in 28:44.9.")
    assert {(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"} == {
        ("28:37.3", "10km"), ("19:25.4", "6km"), ("28:40.2", "10km"), ("28:44.9", "10km")}


def test_context_a_past_edition_s_winner_names_no_event_of_the_text() -> None:
    """"winner of the 20 km of Paris last October", "The winner of the last 20 km of Paris": a title won in a past edition,
    no race of the text (not "the winner of the 20 km of Paris on Sunday")."""
    assert find_events("Melody Julien, winner of the 20 km of Paris last October, was third.") == []
    assert find_events("The winner of the last 20 km of Paris in 59:48 has explained.") == []
    assert [e for _, _, e in find_events("Hugo Hay, winner of the 20 km of Paris on Sunday, ran 59:48.")] == ["20km"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mile one\n\nI parked myself at the marker with my stopwatch.", []),
        ("The numbers for Ellie\n\nMile 1: 5:48\nMile 2: 11:58 (6:10 for that mile)", []),
        ("Jakob Ingebrigtsen won the mile in 3:43.73.", ["mile"]),
        ("Men's Mile 1. Yared Nuguse 3:47.81", ["mile"]),
    ],
    ids=["a-numbered-mile-heading", "numbered-miles-and-that-mile", "the-mile", "a-results-list-s-mile"],
)
def test_context_a_numbered_mile_of_a_longer_race_is_no_event(text: str, expected: list) -> None:
    """"Mile one", "Mile 2: 11:58", "6:10 for that mile": miles of a longer race (a parent's cross-country blog), no mile
    race; "Men's Mile 1. Yared Nuguse" is a results list's."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.xfail(strict=True, reason="a men's sentence naming the women's distance ('running the 6K B race') under a "
                   "'MEN:' heading starts a race of that distance with no sex, which the runs told take for the women's; the "
                   "review of 82970e4 found it after the heading took the men's distance said before")
def test_context_a_men_s_race_over_the_women_s_distance_under_the_men_s_heading(doc_of) -> None:
    doc = doc_of("Graham Blanks won the men's 10K in 28:37.3.\n\nIn the women's 6K, Doris Lemngole won in 19:25.4.\n\n"
                 "MEN: NEWCOMERS IMPRESS\nFreshman Evan Jenkins, running the 6K B race, won it in 18:11.9.")
    r = next(r for r in doc.spans["results"] if r.text == "18:11.9")
    assert r._.race.sex == "men"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yared Nuguse won the Wanamaker Mile 3 years after his first attempt, clocking 3:47.38.", ["mile"]),
        ("In the men's mile 12 runners broke four minutes on Saturday.", ["mile"]),
        ("“This mile was for my dad,” said Yared Nuguse, who won in 3:47.38.", ["mile"]),
        ("Men's Mile 3:47.38 Yared Nuguse, New Balance", ["mile"]),
        ("Hannah Cole won the Division 3 Mile in 4:58.20 on Saturday.", ["mile"]),
        ("Mantz prepared with a 20-mile race simulation at 4:50 pace.", []),
        ("The race runs over a three-mile course section on the bridge.", []),
        ("The Bix 7 Mile Road Race was won by Conner Mantz in 32:10 on Saturday.", ["7 miles"]),
    ],
    ids=["mile-then-years", "mile-then-a-count", "this-mile", "a-results-line", "a-division-s-mile", "a-race-simulation",
         "a-course-section", "a-race-s-name"],
)
def test_context_what_the_second_review_of_this_stop_found_in_events(text: str, expected: list) -> None:
    """The second review's cases: a number after "mile" that counts something else, "This mile", a results line's time
    and a division's number keep the mile race; a race simulation or a course section over miles is no race."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girls' Mile 1 – 4:58.30 Ella Smith (Bromley), 2 – 5:01.10 Amy Jones (Kent)", ["mile"]),
        ("Mary Kearney won the Region 5 Mile Road Race in 27:10 on Saturday morning.", ["5 miles"]),
        ("Josh Gallen clocked 24:02 for the Wave 5 Mile.", ["5 miles"]),
    ],
    ids=["a-results-list-s-place-and-dash", "a-region-s-road-race", "a-wave-of-a-race"],
)
def test_context_what_the_third_review_of_this_stop_found_in_events(text: str, expected: list) -> None:
    """The third review's cases: a results list's "Mile 1 – 4:58.30" is a place and its time, the mile race's; only a
    division's, section's, class's, grade's, heat's or flight's number before "Mile" makes a mile race, and never before
    "Road Race"."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For many of them the third edition of the Tugen Hills 21km Road Race was not just a race.", ["21km"]),
        ("Men 21km: 1. Edwin Kiplagat Bett (Prisons) 1:03:41, 2. Josphat Kiprono Tanui (KDF) 1:03:58", ["21km"]),
        ("Sam won the 3km fun run in 9:58.", ["3km"]),
        ("The morning started with the 10km race for juniors.", ["10km"]),
        ("He passed the 21km mark in 1:03:41.", []),
        ("After a first loop of 2 km run with prudence, she moved up.", []),
        ("11.27 BST\n35km: Kiptum goes through in 1:41:03.", []),
        ("She did a 21km race simulation in training.", []),
    ],
    ids=["a-road-race-s-name", "a-results-line-s-label", "a-fun-run", "started-with-the-race", "a-mark", "a-loop-run",
         "a-live-blog-s-point", "a-simulation"],
)
def test_context_a_race_over_kilometres_no_standard_distance(text: str, expected: list[str]) -> None:
    """A number of kilometres no standard race is run over is a race's only when said so: before "road race", "classic",
    "fun run", or as a results line's label; never a mark, a loop, a live blog's point or a training run."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dulcie Hemara, 82, completed her 30th Auckland half in 2:48:17.", ["half marathon"]),
        ("Kiptum ran the second half in 59:40.", []),
        ("Half of the field dropped out in the heat.", []),
    ],
    ids=["a-place-s-half", "the-second-half", "half-of-the-field"],
)
def test_context_a_half_after_its_race_s_place(text: str, expected: list[str]) -> None:
    """A bare "half" after a race's place, with its time ("her 30th Auckland half in 2:48:17"), is a half marathon; "the second
    half in" is a stretch of the race."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain's Neil Gourley won his men's 1,500 heat in 3:38.47.", ["1500m"]),
        ("She went out in the 800 semi-finals.", ["800m"]),
        ("Chebet swept the 5,000 and 10,000 at the Paris Olympics.", ["5000m", "10000m"]),
        ("Between 3,000 and 5,000 runners are expected.", []),
        ("The stadium holds the 5,000 and 10,000 fans came.", ["5000m"]),
    ],
    ids=["a-heat-after-it", "semi-finals-after-it", "the-second-of-two", "a-crowd-between-numbers", "a-crowd-after-and"],
)
def test_context_bare_events_with_their_rounds_and_in_pairs(text: str, expected: list[str]) -> None:
    """US copy's bare events before their rounds ("his men's 1,500 heat", "the 800 semi-finals") and the second of two
    ("swept the 5,000 and 10,000"); not numbers of people."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_two_points_named_before_their_splits() -> None:
    """"The 6K and 7K splits were the two slowest of the night": both are points of the race, the first as the second (it was
    read as a 6km race, and every time after it as that race's)."""
    assert [e for _, _, e in find_events("The 6K and 7K splits were the two slowest of the night.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the university ekiden, the 1st section (9.5km) was a slow start.", ["9.5km"]),
        ("At the Hakone Ekiden, in the 5th section of mountain climbing (20.8km), Wakabayashi kept the top with 1:10:16.", ["20.8km"]),
        ("Ekiden: in 7th section (17.6km), Mori took the lead.", ["17.6km"]),
        ("The leaders went through Cato Ridge (28.5km) in 1:40:12.", []),
    ],
    ids=["a-stage-s-length", "a-stage-described", "odd-kilometres", "a-place-s-point"],
)
def test_context_a_relay_stage_told_by_its_length(text: str, expected: list[str]) -> None:
    """An ekiden's stage told by its length in brackets ("the 1st section (9.5km)") is a race of its own for its runner (no
    event was found, and stage times went to the race carried over); a place's distance in brackets stays a point."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The winner received $1,500 and 3,000 for a meet record.", []),
        ("The race offered $5,000 and 10,000 for a course record.", []),
        ("The final leg of the course (4.2km) runs along the river.", []),
        ("Berlin's final section (2.2km) along Unter den Linden decided it.", []),
        ("The race's toughest stage (4.5km) is the climb to the castle.", []),
    ],
    ids=["money-and-a-second-number", "money-then-ten-thousand", "a-course-s-final-leg", "a-course-s-final-section",
         "a-course-s-toughest-stage"],
)
def test_context_the_review_of_bare_pairs_and_stages(text: str, expected: list[str]) -> None:
    """The review of "swept the 5,000 and 10,000" and of an ekiden's "1st section (9.5km)": the second of two numbers is an
    event only after an event; a course's section told by no ordinal is no relay's stage."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first section (8.4km) of the Comrades route climbs to Botha's Hill.", []),
        ("The second leg (3.2km) of the Inter-Counties course climbs twice.", []),
        ("At the ekiden, the 1st section (9.5km) was a slow start.", ["9.5km"]),
    ],
    ids=["a-route-s-first-section", "a-course-s-second-leg", "an-ekiden-s-stage"],
)
def test_context_the_sixth_stop_s_second_review(text: str, expected: list[str]) -> None:
    """The second review: a numbered section of a course is a relay's stage only in a text about a relay or an ekiden."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize("heading", ["Masters", "Local runners"])
def test_context_a_section_heading_ends_the_sex_told_before_it(heading: str) -> None:
    """A report's section under its own heading ("Masters", "Local runners") is no longer the women's race told before it:
    Abdirahman's 30:52 is a man's (he), not a woman's result."""
    import pipeline

    facts = pipeline.extract(
        "Senbere Teferi of Ethiopia won the women's race in 31:07, pulling away from Emily Sisson, who was second in 31:29.\n\n"
        "\"I wanted to make it honest from the start,\" Sisson said.\n\n"
        f"{heading}\n\n"
        "Abdi Abdirahman, 47, showed again why he is so durable. The five-time Olympian ran 30:52 to win the masters division "
        "by more than a minute.\n"
    )
    sex = {r.id: r.sex for r in facts.races}
    assert {(p.athlete, sex[p.race]) for p in facts.performances} == {
        ("Senbere Teferi", "women"), ("Emily Sisson", "women"), ("Abdi Abdirahman", "men")}


def test_context_an_event_looked_back_to_after_first_since_is_not_the_sentence_s() -> None:
    """"his 28:18 left Emile Cairess, in his first race since finishing fourth in the Olympic marathon, 16 seconds adrift": the
    10K's, not a marathon (whose "second half" the 28:18 had become)."""
    import pipeline

    facts = pipeline.extract(
        "Jack Rowe won the Leeds Abbey Dash 10K. After a 14:08 first 5km he ran the second half alone, and his 28:18 left Leeds "
        "City's Emile Cairess, in his first race since finishing fourth in the Olympic marathon, 16 seconds adrift.\n")
    assert {r.event for r in facts.races} == {"10km"}
    assert [(s.at, s.time) for s in facts.splits] == [("5km", "14:08")]


def test_context_a_time_converted_to_another_distance_names_no_race() -> None:
    """"a 3:59.41 mile is worth about 3:41 for 1,500 meters": a conversion, no race (the race told before goes on: Whitcomb's
    4:03.55 in the mile after it had become a 1500m result)."""
    assert find_events("By the usual tables a 3:59.41 mile is worth about 3:41 for 1,500 meters.") == []
    assert [e for _, _, e in find_events("By the usual tables it is worth about 3:41 for the 1,500 meters final.")] == []


@pytest.mark.parametrize(
    ("event", "seconds", "expected"),
    [("87km", 3 * 3600 + 36 * 60 + 5, True), ("87km", 5 * 3600 + 25 * 60, False), ("50km", 2 * 3600 + 27 * 60 + 23, True),
     ("50km", 2 * 3600 + 38 * 60 + 43, False), ("8km", 22 * 60 + 30, False)],
    ids=["a-point-of-the-comrades", "the-comrades-winner", "a-marathon-time-over-50km", "the-50km-record", "a-cross-country"],
)
def test_context_an_ultra_is_run_no_faster_than_a_marathon(event: str, seconds: float, expected: bool) -> None:
    """An ultra's distance is run no faster than 5.5 m/s (the 50km's record is 5.25): "by Cato Ridge, passed in 3:36:05" of
    the Comrades' 87km is a point, a Boston marathoner's 2:27:23 no 50km (7 m/s, a cross country's bound, had let both in)."""
    assert too_fast(event, seconds) is expected


def test_context_the_next_point_after_a_time_in_minutes_and_seconds_words(doc_of) -> None:
    """French copy translated: "has passed the 5 km in 14 min 47 s and the 10 km in 29 min 41 s": the 10 km is the next point,
    not the race (a half marathon's results had become a 10km's)."""
    doc = doc_of("Ben Flanagan has won the half-marathon of Montreal, this Sunday, in 1 h 02 min 48 s.\n\nThe head group has passed "
                 "the 5 km in 14 min 47 s and the 10 km in 29 min 41 s, on the boulevard René-Lévesque.")
    assert {r._.race.event for r in doc.spans["results"] if r.label_ == "result"} == {"half marathon"}
    assert [(s.text, s._.distance_m) for s in doc.spans["splits"]] == [("14 min 47 s", 5000.0), ("29 min 41 s", 10000.0)]


def test_context_a_trail_ultra_naming_no_event_runs_its_distance() -> None:
    """A trail ultra's press release names no event but its course ("The 105-mile (169km) circuit of the Lake District"): its
    distance longer than a marathon is the race's; a text with an event of its own keeps it."""
    text = ("Kim Collison claimed his third Lakeland 100 title, crossing the line in 20h12m05s.\n\nThe 105-mile (169km) circuit "
            "of the Lake District started from Coniston at 6pm on Friday.")
    assert [e for _, _, e in find_events(text)] == ["169km"]
    assert [e for _, _, e in find_events("Kipruto won the 10km in 27:10. He runs 160km a week.")] == ["10km"]
    assert find_events("Kipruto won in 5:10:00. He runs 160km a week.") == []


@pytest.mark.parametrize(
    "text",
    [
        'Eliud Kipchoge won the Berlin Marathon in 2:02:42. Tete Dijana won the 89km down run in 5:13:58 last month.',
        'Kiplimo took the Chicago Marathon in 2:02:43, while in South Africa Tete Dijana won the 89km down run of Comrades in 5:13:58.',
        'Evans Chebet won the Boston Marathon in 2:05:54, and the same weekend Piet Wiersma won the 56km race at Two Oceans in 3:05:26.',
        'Obiri won the New York City Marathon in 2:27:23. The event has little in common with the Two Oceans, where the 56km race was won by Gerda Steyn in 3:29:42.',
        "Results of Sunday's Dublin Marathon and the Wicklow 50km race: Dublin Marathon: 1 Stephen Scullion 2:09:49; Wicklow: the 50km race was won by Peter Kenny in 3:05:10.",
        'Worknesh Degefa won the Dubai Marathon in 2:19:38, while the 50km race walk in Dubai went to Masatora Kawano in 3:36:45.',
    ],
    ids=['d0', 'b4', 'd7', 'g20', 'g21', 'd3'],
)
def test_context_a_marathon_timed_as_one_is_no_ultra_the_text_names_besides(text: str) -> None:
    """The review: "Eliud Kipchoge won the Berlin Marathon in 2:02:42. Tete Dijana won the 89km down run ... last month": the
    marathon's own time says it is one (and a race walk's or a past race's distance names no ultra)."""
    assert "marathon" in [e for _, _, e in find_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Sifan Hassan won in Paris in 2:22:55 after the 50km bus ride to the start was delayed.',
        'Jacob Kiplimo won in Barcelona in 56:42 on Sunday. He then made the 90km journey to Girona by car.',
        'Kristian Blummenfelt won Ironman Hawaii in 7:35:48, running the final leg after the 180km bike course in blistering heat.',
        'Jim Walmsley won Western States in 14:09:28 after taking the lead at the 62km aid station.',
        'Courtney Dauwalter won UTMB in 23:29:14, pulling clear on the 45km climb to the Col de la Seigne.',
        'Kilian Jornet won the Hardrock 100 in 24:25:00 after leading from the 48km point.',
    ],
    ids=['d11', 'b9', 'b8', 'd8', 'd9', 'd10'],
)
def test_context_a_distance_that_is_no_race_s_names_no_ultra(text: str) -> None:
    """The review: "the 50km bus ride", "the 90km journey", "the 180km bike course", "the 62km aid station", "the 45km climb",
    "the 48km point" name no race of their distance in a text naming no event."""
    assert not [e for _, _, e in find_events(text) if e.endswith("km")]


def test_context_a_race_naming_no_event_runs_its_checkpoint_table_s_finish(doc_of) -> None:
    """A mountain race naming no event, whose checkpoint table's last row gives the times its results give ("Zinal (31) –
    2:24:52 / 2:48:30"): the race runs that row's distance (its times had been read as a marathon's); with no such table, the
    times tell the event as before."""
    table = ("\n\nCheckpoint (km) – Kipngeno / Chepngeno\nPonchette (7) – 52:10 / 1:01:05\nChandolin (10) – 1:02:40 / 1:13:20\n"
             "Zinal (31) – 2:24:52 / 2:48:30\n")
    text = "Patrick Kipngeno won Sierre-Zinal in 2:24:52. Joyline Chepngeno won the women's race in 2:48:30."
    assert [r._.race.event for r in doc_of(text + table).spans["results"]] == ["31km", "31km"]
    assert [r._.race.event for r in doc_of(text).spans["results"]] == ["marathon", "marathon"]


def test_context_a_time_s_seconds_before_a_kilometre_s_line_are_no_event() -> None:
    """"Km 7 – 5:30\nKm 8 – 5:32": the seconds of a time and the next line's "Km" are no 30km."""
    assert find_events("The Ottawa 10K.\n\nKm 7 – 5:30\nKm 8 – 5:32\n") == [(11, 14, "10km")]


def test_context_a_standfirst_s_sex_is_not_carried_into_the_body(doc_of) -> None:
    """A standfirst ending on the women's race ("and Tigist Ketema wins the women's race") leaves the body's first paragraph
    on the race as a whole, not the women's: "said the winner" after it is the men's winner, told there."""
    text = ("Mateiko dominates in Valencia with 2h03:14\n\nThe Kenyan breaks the race at 35km and Tigist Ketema wins the women's "
            "race with 2h16:42\n\nThe Valencia Marathon lived another great day of athletics this Sunday, although without "
            "records of the course. The Kenyan Daniel Mateiko, second last year behind his compatriot, did not forgive this time "
            "and won with 2h03:14.\n\n"
            "Mateiko waited until 35km and then launched a surge that nobody could follow.\n\n"
            "\"Last year I learned that in Valencia the race starts at 35km,\" declared the winner in the mixed zone.")
    doc = doc_of(text)
    body = text.index("The Valencia Marathon")
    assert [s._.race.sex for s in doc.spans["race_scopes"] if s.start_char == body] != ["women"]
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["Daniel Mateiko"]


def test_context_an_event_said_in_speech_is_not_the_race_carried_on(doc_of) -> None:
    """'"We had agreed 30 kilometre, but the wind was heavy for him," said the race director': a distance said in speech is
    no race of the marathon's sentences after it; a title in quotation marks names one ("the “Mile of the Century”")."""
    text = ("Tadesse Takele won the Rotterdam Marathon in 2:05:12.\n\nAt 25 kilometre the last hare stepped out. \"We had agreed "
            "30 kilometre, but the wind on the boulevard was heavy for him,\" said the race director.\n\nAmos Kipruto came second "
            "in 2:05:40.")
    assert [r._.race.event for r in doc_of(text).spans["results"]] == ["marathon", "marathon"]
    text = "The race is known as the “Mile of the Century”. Jake Wightman was fifth in 3:47.83."
    assert [r._.race.event for r in doc_of(text).spans["results"]] == ["mile"]


def test_context_a_short_body_paragraph_s_sex_is_carried_on(doc_of) -> None:
    """A review's probe: a short paragraph of the body told in a sentence ("In the women's race, Hellen Obiri won in 2:21:38.")
    is no standfirst: its sex carries into the long paragraph after it (its 30km split is no half marathon's result). (Known
    failure until the eighteenth stop, which made a halfway time vote for no half marathon; the paragraph is still read as a
    standfirst.)"""
    text = ("Chebet wins men's race\n\nIn the women's race, Hellen Obiri won in 2:21:38.\n\nThe pace was steady early on and a "
            "group of nine ran together for a long way, before the leader pulled away on Heartbreak Hill and crossed the line 40 "
            "seconds clear of Sharon Lokedi and Edna Kiplagat, who ran together for most of the way. The winner went through "
            "halfway in 1:11:10 and 30km in 1:41:20.")
    doc = doc_of(text)
    assert [r.text for r in doc.spans["results"]] == ["2:21:38"]
    assert [(s.text, s._.distance_m) for s in doc.spans["splits"] if s.text == "1:41:20"] == [("1:41:20", 30000.0)]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [
        ('Earlier, Tom Smith won the 3000m steeplechase in 8:15.10.\n\n"I came here for the 3000m flat race and it worked out '
         'perfectly," said Jones. Jones went through 2000m in 5:30 and won in 8:10.20.', "8:10.20", "3000m"),
        ('Jakob Ingebrigtsen won the 1500m in 3:29.10.\n\n"The mile has always been special to me and tonight I wanted it," said '
         'Yared Nuguse. He went through 800m in 1:54 and won in 3:47.20.', "3:47.20", "mile"),
    ],
    ids=["a-quote-s-3000m-flat", "a-quote-s-mile"],
)
@pytest.mark.xfail(reason="known: an event said in speech is never carried on, even the speaker's own race told after it (a "
                   "narrower rule, a quote's distance inside a longer road race only, lost six corpus facts where quotes name "
                   "other events: 'over 60 metres' in a 60m hurdles report)", strict=True)
def test_context_a_race_a_quote_names_stays_one(doc_of, text: str, time: str, event: str) -> None:
    """A review's probes: a race named in speech, no point of a longer road race told before, is the race after it."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.text == time] == [event]


def test_context_an_event_a_past_cue_is_said_of_is_not_carried_on(doc_of) -> None:
    """"a man who ran 18.02 at Victoria Park parkrun the day before": the parkrun is past, its 5km not the race of the
    paragraphs after it (their 5-mile race's)."""
    text = ("Antonine 5 Mile Road Race\n\nEuan Marshall won in 24.38 with Kyle Donnachie second in 24.59.\n\n"
            "Big Stevie Reid was ninth in 26.41, not bad for a man who ran 18.02 at Victoria Park parkrun the day before.\n\n"
            "Tam McGuigan was 14th in 27.30, also a PB.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == "27.30"] == [("27.30", "5 miles")]


def test_context_a_past_cue_in_an_aside_leaves_the_main_clause_s_event(doc_of) -> None:
    """"The Leeds man, fourth in the Olympic marathon in Paris last summer, covered the testing 12km course in 37:41": the
    past cue sits in an aside set off by commas; the main clause's 12km is the race carried on."""
    text = ("Emile Cairess won the senior men's title at the Yorkshire Cross Country Championships on Saturday.\n\n"
            "Finlay Lowther won the under-20 race over 8km in 26:40.\n\n"
            "The Leeds man, fourth in the Olympic marathon in Paris last summer, covered the testing 12km course in 37:41.\n\n"
            "Tom Heslop was third in 38:19.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == "38:19"] == [("38:19", "12km")]


def test_context_a_race_to_come_is_not_carried_on(doc_of) -> None:
    """"Next up: the Kirkintilloch Canal 10k on 5 October" closes a report of a 5-mile race; its results list after it is
    the 5-mile race's, not the 10k's (and "Next up was Jonathan Mears in 18:59" is the next finisher, not a race to come)."""
    text = ("Antonine 5 Mile Road Race\n\nEuan Marshall won in 24.38.\n\n"
            "Next up: the club championship continues with the Kirkintilloch Canal 10k on 5 October.\n\n"
            "RESULTS\n3 Ross Gilmour 25.21\n9 Stevie Reid 26.41")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [
        ("24.38", "5 miles"), ("25.21", "5 miles"), ("26.41", "5 miles")]
    assert P.NEXT_RACE_OPENING.match("Next up was Jonathan Mears in 18:59") is None


@pytest.mark.xfail(reason="taken back after the review: a combined event's division for its races tagged open finals, other sexes' "
                   "races and races after a title ('In the men's 100m final, Aaron Brown won', 'Decathlon silver medallist Pierce "
                   "LePage ran 10.20 to win the 100m'); the evaluation compares events, so a decathlon's 1500m is a 1500m",
                   strict=True)
def test_context_a_combined_event_s_races_are_its_own(doc_of) -> None:
    """A report whose lead tells of a decathlon, scored in points: its 1500m is the decathlon's race (division "decathlon"), not
    an open 1500m; an 800m told in it is no decathlon's race, and a round-up whose lead names another race as well keeps its 100m
    open."""
    text = ("Warner grinds out another national decathlon title\n\nMONTREAL — Damian Warner did not win the last event of the "
            "Canadian championships on Sunday night, and he did not need to after two long days of competition. Warner finished "
            "with 8,437 points.\n\nPierce LePage won the 1,500 metres in 4:31.45 and Warner was third in 4:38.90.\n\nIn the 800m, "
            "Marco Arop won in 1:44.26.")
    assert [(r.text, r._.race.event, r._.race.division) for r in doc_of(text).spans["results"]] == [
        ("4:31.45", "1500m", "decathlon"), ("4:38.90", "1500m", "decathlon"), ("1:44.26", "800m", None)]
    text = ("Lyles wins the 200m as Warner takes the decathlon\n\nEUGENE — A night of fast times at the national championships "
            "ended with two titles for the favourites in front of a full stadium.\n\nNoah Lyles won the 100m in 9.83.")
    assert [r._.race.division for r in doc_of(text).spans["results"]] == [None]


def test_context_a_distance_named_again_in_a_race_walk_report_is_the_walk(doc_of) -> None:
    """"the men's 20km race walk ... Greece's Antigoni Ntrismpioti won the women's 20km in 1:29:03": the women's 20km is a walk
    too; a 10km named in it is no walk of a distance the report never walks."""
    text = ("Álvaro Martín won the men's 20km race walk in 1:19:11 on Monday.\n\nEarlier in the morning Greece's Antigoni "
            "Ntrismpioti won the women's 20km in 1:29:03. Kenny's 10km road best is 41:05.")
    assert [e for _, _, e in walked(text, find_events(text))] == ["20km race walk", "20km race walk", "10km"]
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == "1:29:03"] == [("1:29:03", "20km race walk")]


def test_context_an_ultra_s_length_said_as_run_over(doc_of) -> None:
    """"the Comrades Marathon" ... "The men's race, run over about 86km from the Durban City Hall": the race is that 86km ultra,
    not a marathon."""
    text = ("Piet Wiersma won the Comrades Marathon in 5:25:00 on Sunday.\n\nThe men's race, run over about 86km from the Durban "
            "City Hall, was tactical through the early hills.")
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"]] == [("5:25:00", "86km")]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [
        ("Jakob Ingebrigtsen won the mile in 3:47.10, the fastest mile in Oslo. Remarkably, last year, he won the 1500m at the same "
         "meeting. Yared Nuguse was second in 3:47.50.", "3:47.50", "mile"),
        ("Beatrice Chebet won the senior women's 8km in 25:10, with Agnes Ngetich second in 25:20 over the 8km course. Coming up "
         "the final hill in the men's 12km, Jacob Kiplimo broke clear to win in 35:02. Joshua Cheptegei was second in 35:15.",
         "35:15", "12km"),
        ("Tom Evans won the 5km road race in 13:40 on the seafront, and the 5km field was deep. Next up on the track, the 5000m "
         "was won by Jake Smith in 13:50. Andy Butchart was second in 13:58.", "13:58", "5000m"),
        ("Tom Brown won the 10000m at the club championships in 31:10, the 10000m being held on the track. Sarah Jones won the "
         "Helsby 10k road race last weekend in 34:10. Emma Clarke was second in 34:40.", "34:40", "10km"),
    ],
    ids=["remarkably-last-year", "coming-up-the-final-hill", "next-up-on-the-track", "last-weekend-right-after"],
)
def test_context_what_the_review_of_the_past_cue_found(doc_of, text: str, time: str, event: str) -> None:
    """The review's probes: an opening adverb's commas are no aside ("Remarkably, last year, he won the 1500m"); "Coming up the
    final hill", "Next up on the track, the 5000m was won" are the race reported; a past cue right after an event dates it only
    as "the day before" does ("won the Helsby 10k road race last weekend" is the race told)."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == time] == [(time, event)]


@pytest.mark.parametrize(
    ("text", "divisions"),
    [
        ("Katarina Johnson-Thompson won the heptathlon at the British Championships with 6,500 points on Sunday, running 2:07.50 "
         "in the 800m to seal the title.\n\nIn the open 800m, Keely Hodgkinson won in 1:57.40. Jemma Reekie was second in 1:58.10.",
         {"1:57.40": None, "1:58.10": None}),
        ("Damian Warner wins decathlon gold with 8,800 points after clocking 46.20 in the 400m on the first evening.\n\nElsewhere "
         "on the night, Matthew Hudson-Smith won the men's 400m in 44.30, and Shericka Jackson took the women's 100m in 10.90.",
         {"44.30": None, "10.90": None}),
        ("Heptathlon star Katarina Johnson-Thompson switched to the 800m on Saturday and won in 2:02.10, beating Isabelle Boffey "
         "who ran 2:02.50 and scored 1,100 points in the standings.", {"2:02.10": None, "2:02.50": None}),
        ("Former decathlon world champion Trey Hardee ran the 110m hurdles in 13.80 with 8,000 points behind him, finishing fourth "
         "behind Grant Holloway who won in 13.10.", {"13.80": None, "13.10": None}),
        ("Harry Maslen won the decathlon at the Arizona meeting on Saturday. In the invitational 400m, Quincy Hall won in 44.10.",
         {"44.10": None}),
    ],
    ids=["open-800m", "elsewhere-and-women-s-100m", "heptathlon-star", "former-champion", "no-points"],
)
def test_context_what_the_review_of_combined_events_found(doc_of, text: str, divisions: dict) -> None:
    """The review's probes: an open or invitational race, one "Elsewhere", one after a title ("Heptathlon star", "Former
    decathlon world champion") is no combined event's (the rule that gave a combined event's races its division is taken back)."""
    got = {r.text: r._.race.division for r in doc_of(text).spans["results"] if r.text in divisions}
    assert got == divisions


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [
        ("The city held a 10km race walk and a 10km fun run on Sunday. Perseus Karlstrom won the 10km race walk in 38:50. Hosea "
         "Kiprop won the 10km in 28:40.", "28:40", "10km"),
        ("The 10km race walk and the 10km road race were held together in Leeds. Tom Bosworth won the walk in 40:10. Calum "
         "Johnson won the 10km in 29:30, ahead of Andy Vernon in 29:45.", "29:30", "10km"),
        ("Evan Dunfee won the 10km race walk in 40:10 at the Canadian championships. On Sunday he raced a 10km road race in "
         "Vancouver and ran 33:10.", "33:10", "10km"),
    ],
    ids=["a-fun-run-too", "a-road-race-too", "raced-a-road-race"],
)
def test_context_a_run_of_the_walk_s_distance_stays_a_run(doc_of, text: str, time: str, event: str) -> None:
    """The review's probes: a report naming a run of a walk's distance too ("a 10km race walk and a 10km fun run") keeps the bare
    distance a run."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == time] == [(time, event)]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [
        ("The women's mile was won by Elle St. Pierre in 4:20.10. Kipyegon won the 1500m in 3:50.72 after a sleepless night the "
         "night before. Jessica Hull was second in 3:51.10.", "3:51.10", "1500m"),
        ("Yared Nuguse won the mile in 3:47.10 in Oslo. Jakob Ingebrigtsen, last year, won the 1500m at the same meeting in "
         "3:28.10. Cole Hocker was second in 3:47.50.", "3:47.50", "mile"),
        ("Josh Kerr won the men's 1500m in 3:31.10. Next up for the men was the mile, and Yared Nuguse won it in 3:47.10. Cole "
         "Hocker was second in 3:47.50.", "3:47.50", "mile"),
        ("The city hosted a 10km race walk and a 10km run on Sunday. Perseus Karlstrom won the walk in 38:50. Hosea Kiprop won "
         "the 10km run in 28:40, ahead of Tom Evans in 28:55.", "28:40", "10km"),
        ("Tom Bosworth won the 10km race walk in 40:10. Calum Johnson won the Leeds 10K in 28:50.", "28:50", "10km"),
        ("Gerda Steyn won the Two Oceans Marathon, run over 56km, in 3:29:42. She also ran the London Marathon a week later. She "
         "was 15th there in 2:30:10.", "2:30:10", "marathon"),
    ],
    ids=["the-night-before-in-its-clause", "a-cue-alone-between-commas", "next-up-for-was", "a-10km-run", "the-leeds-10k",
         "another-race-run-over"],
)
def test_context_what_the_review_of_the_mends_of_the_twelfth_stop_found(doc_of, text: str, time: str, event: str) -> None:
    """The second review's probes: only "the day before" dates its event; a cue alone between commas dates the main clause; "Next
    up" carries nothing only with a colon; a run of the walk's distance or a race's name stays a run; "run over" is the race's
    own length only said of "the race"."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == time] == [(time, event)]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [
        ("At the Great Manchester Run, Jane Smith won the women's 10km in 33:10. A 10km race walk was also held, won by Tom "
         "Bosworth in 40:10.", "33:10", "10km"),
        ("Tom Bosworth won the 10km race walk in 40:10. In the men's 10km, Mo Farah won in 28:10, with Chris Thompson second in "
         "28:30.", "28:10", "10km"),
        ("Tete Dijana won the Comrades Marathon in 5:13:58. He had won the Two Oceans in April; the race, run over 56km, took him "
         "3:10:10.", "5:13:58", "marathon"),
    ],
    ids=["a-walk-said-with-no-sex", "the-men-s-10km-after-a-walk", "another-race-run-over-in-a-clause"],
)
def test_context_what_the_third_review_of_the_twelfth_stop_found(doc_of, text: str, time: str, event: str) -> None:
    """The third review's probes: a run said after a sex stays a run unless the walk is said with its sex too; "run over" is the
    race's own length only in a sentence opening on "The race"."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == time] == [(time, event)]


def test_context_what_the_thirteenth_stop_found(doc_of) -> None:
    """A height climbed ("a climb of more than 300 metres of positive difference in level", French translated) is no race; a
    race one "will now prepare" is one to come; the event a best is told in, its time before it, is that time's but carries
    on to no sentence after it ("who has a personal record of 13.45,67 in the 5000 metres": not the race the splits after are
    of)."""
    doc = doc_of("Joyciline Jepkosgei won in 1:05:48 the 20 kilometres which separate Marseille from Cassis. The Gineste is a "
                 "famous climb of more than 300 metres of positive difference in level. At the summit Jepkosgei led Julien in "
                 "33:05, and Alice Finot was third in 1:08:02.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("1:05:48", "20km"), ("33:05", "20km"), ("1:08:02", "20km")]
    assert find_events("Melody Julien, who will now prepare the marathon of Valencia, was second.") == []
    doc = doc_of("Rui Pinto was eleventh in the half marathon with 1h02m31s. The athlete of Benfica, who has a personal record of "
                 "13.45,67 in the 5000 metres, was happy.\n\nIn the women, Agnes Ngetich made a race of solitary almost from the "
                 "start. She passed the 10 km in 30m55s and the 20 km in 1h02m17s, and she closed in 1h05m43s.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [
        ("1h02m31s", "half marathon"), ("13.45,67", "5000m"), ("1h05m43s", "half marathon")]
    assert [(s.text, s.label_) for s in doc.spans["splits"]] == [("30m55s", "10km"), ("1h02m17s", "20km")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caleb Olson won the Western States 100 in 14:04:12.", ["100 miles"]),
        ("Callum Hawkins won the Great Scottish Run 10K in 29:00.", ["10km"]),
        ("Emile Cairess won the Great North Run 2024 in 1:00:41.", ["half marathon"]),
        ("The plan was 3:37 per kilometre, which is 18:05 for each 5K.", []),
        ("Patience till 30k. Then race.", []),
    ],
    ids=["a-known-ultra-s-number", "a-distance-after-a-known-race", "a-year-after-a-known-race", "each-5k", "till-30k"],
)
def test_context_known_races_and_paces_of_the_thirteenth_stop(text: str, expected: list[str]) -> None:
    """A race known by its name keeps its distance where a number without a unit follows the name ("the Western States 100",
    "the Great North Run 2024"), not where a distance does ("the Great Scottish Run 10K"); "each 5K" and "till 30k" are a pace
    and a point, no race."""
    assert [e for *_, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Junior girls (3km): 1 Isabel Whitaker (Bedford Girls') 10:58; 2 Ada Okafor (Cardinal Newman) 11:06.", ["3km"]),
        ("Twins Ada and Chinwe Okafor were second and sixth in the junior girls' 3km, which was won by Isabel Whitaker.", ["3km"]),
        ("Men 21km: 1. Edwin Kiplagat Bett (Prisons) 1:03:41", ["21km"]),
        ("At 35km: Kiptum goes through in 1:41:03", []),
        ("They passed through Cato Ridge (28.5km) in 1:42:40.", []),
    ],
    ids=["a-label-s-bracket", "a-sex-s-possessive", "a-label", "a-live-blog-s-point", "a-place-s-bracket"],
)
def test_context_a_distance_of_no_standard_race_named_by_its_group(text: str, expected: list[str]) -> None:
    """A distance no standard race runs is a race where a results label names it for its group, in a bracket after the group's
    words ("Junior girls (3km): 1 Isabel Whitaker"), or after a sex owning it ("the junior girls' 3km"); not a point."""
    assert [e for *_, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [
        ("Noah Lyles won the 200m gaining on Letsile Tebogo all the way down the straight in 19.70.", "19.70", "200m"),
        ("Joe Gray won the 12km climb to the summit of Loon Mountain in 58:40.", "58:40", "12km"),
        ("Kipyegon won the 5000m in 14:20.10. In the 1500m high school race, Sadie Engelhardt won in 4:09.53.", "4:09.53", "1500m"),
        ("Chebet won the 5000m in 14:09.52. The Kenyan Kipyegon prepares the 1500m final: she won her heat in 4:01.20.", "4:01.20",
         "1500m"),
        ("Kipyegon won the 1500m in 3:52.10. Jessica Hull clocked a personal best of 4:15.20 in the mile. Laura Muir was second in "
         "4:16.00.", "4:16.00", "mile"),
        ("Beatrice Chebet won the 5000m in 14:12.30. Each 1500m heat was won in under 4:05, Jessica Hull taking the first in 4:02.10.",
         "4:02.10", "1500m"),
        ("Cheptegei won the 10,000m in 26:43.14. Every 5000m final this year has been fast, and Ingebrigtsen won this one in "
         "12:48.45.", "12:48.45", "5000m"),
        ("Kipyegon won the 5000m. She waited till the 1500m final to show her form, winning in 3:51.29.", "3:51.29", "1500m"),
    ],
    ids=["gaining", "a-climb-race", "high-school", "prepares-a-final", "a-best-run-today", "each-heat", "every-final",
         "till-a-final"],
)
def test_context_what_the_review_of_the_thirteenth_stop_found(doc_of, text: str, time: str, event: str) -> None:
    """The review's probes: only a height said as one ("of climbing", "above sea", "altitude" alone) is no race; only a race
    one "will prepare" or "is preparing" is to come; a best run today ("clocked a personal best of") carries its event on;
    "each", "every" and "till" before a race's round leave it a race."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == time] == [(time, event)]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [
        ("Grant Fisher won the men's 3k at the Millrose Games in 7:24.8.", "7:24.8", "3000m"),
        ("Jacob Kiplimo won the men's 21km in Lisbon in 57:31.", "57:31", "half marathon"),
        ("A 300m climb to the finish awaited; Eliud Kipchoge won the race in 2:08:40.", "2:08:40", "marathon"),
        ("Sifan Hassan, preparing the marathon of Chicago, ran 65:12 in the half in Copenhagen.", "65:12", "half marathon"),
    ],
    ids=["the-men-s-3k", "the-men-s-21km", "a-climb-in-metres", "preparing-a-marathon"],
)
def test_context_what_the_second_review_of_the_thirteenth_stop_found(doc_of, text: str, time: str, event: str) -> None:
    """The second review's probes: a sex's possessive makes a race only of an odd distance in kilometres up to 15 ("the men's
    3k" is the 3000m, "the men's 21km" the half); a distance in metres before a climb's word is a height; "preparing" the
    marathon looks to a race to come."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.text == time] == [(time, event)]


@pytest.mark.parametrize(
    "text",
    ["Live: the leaders pass Shinagawa (15km): Kiptum leads by 3 seconds in 44:10",
     "35km: 1 athlete left in the lead group, Kiptum at 1:41:03",
     "Men's 3km: 1 lap to go, Goolab leads in 7:20.",
     "5K: 14:31 Tamirat Tola leading\n10K: 29:02 Tamirat Tola leading\nHalf: 1:01:10"],
    ids=["a-place-s-bracket-then-a-colon", "one-athlete-left", "one-lap-to-go", "a-leader-after-a-colon"],
)
def test_context_points_of_the_second_review_of_the_thirteenth_stop(doc_of, text: str) -> None:
    """The second review's probes: a point of a race said with a colon is no race and gives no result (a label's results need
    a name after the place: "1 Isabel", not "1 athlete", "1 lap")."""
    doc = doc_of(text)
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == []
    assert doc.spans["splits"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men 13km: 1. Øystein Sylta (NOR) 41:02, 2. Sondre Moen (NOR) 41:20", [("41:02", "13km"), ("41:20", "13km")]),
        ("Senior Ladies (10km): 1 Jess Gibbon (Bristol) 35:10, 2 Amy Hale (Bath) 35:44", [("35:10", "10km"), ("35:44", "10km")]),
        ("Under 17 Ladies (4km): 1 Maya Collins (Ipswich) 14:02", [("14:02", "4km")]),
        ("The junior men's 3 kilometres was won by Cian Murphy in 9:40.", [("9:40", "3km")]),
        ("Eilish Flanagan won at the women's 11km in Belfast in 38:10.", [("38:10", "11km")]),
        pytest.param("Ladies' 11km: Jess Gibbon won in 38:10, ahead of Amy Hale.", [("38:10", "11km")], marks=pytest.mark.xfail(
            strict=True, reason="taken back after the fourth review: a sex's possessive before a colon is as often a live blog's "
                                "point ('Women's 13km: Chepngetich pulls clear, through in 40:21')")),
        pytest.param("800m: 1:52.4 Tom Lee (Halifax)\n1500m: 3:58.1 Sam Hart (Leeds)\n5000m: 14:40.2 Ben Ford (York)",
                     [("1:52.4", "800m"), ("3:58.1", "1500m"), ("14:40.2", "5000m")], marks=pytest.mark.xfail(
            strict=True, reason="taken back after the fourth review: a splits list's leader is written the same way after a "
                                "colon ('5km: 14:31 Tamirat Tola (ETH)'); only a dot leaders' row with a name after its time is a result")),
        ("Kipyegon, who spent the winter preparing the 1500m at altitude, won it in Eugene in 3:49.04.", [("3:49.04", "1500m")]),
    ],
    ids=["a-label-s-name-with-a-letter-of-its-own", "a-label-s-capitalised-words", "a-label-s-age-group", "kilometres-spelled-out",
         "won-at-the-women-s", "a-label-s-colon-then-a-name", "a-club-s-results-list", "spent-the-winter-preparing"],
)
def test_context_what_the_third_review_of_the_thirteenth_stop_found(doc_of, text: str, expected: list) -> None:
    """The third review's probes: a results label's place before any name's letter; a bracketed distance after a label's
    capitalised words; an odd distance spelled out after a sex's possessive, or said "at the", or before a colon and a name;
    a list's row with a name and a club's bracket after its time is a result; "spent the winter preparing" no race to come."""
    assert [(r.text, r._.race.event) for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men 13km: 1 km to go and Sylta leads in 38:40.", []),
        ("Shinagawa (15km): Kiptum leads in 44:10", []),
        ("Women's 13km: Chepngetich pulls clear, through in 40:21.", []),
        ("Splits\n5km: 14:31 Tamirat Tola (ETH)\n10km: 29:02 Tamirat Tola (ETH)\nHalf: 1:01:10", []),
        ("Chebet was never challenged and set a personal best of 14:05.20 in Eugene.", ["14:05.20"]),
        ("Ruth Chepngetich was never troubled and set a course record of 2:16:34 in Chicago.", ["2:16:34"]),
    ],
    ids=["one-km-to-go", "a-place-s-bracket-at-a-line-s-start", "a-sex-s-distance-before-a-colon", "a-leader-and-his-country",
         "never-challenged-and-set", "never-troubled-and-set"],
)
def test_context_what_the_fourth_review_of_the_thirteenth_stop_found(doc_of, text: str, expected: list) -> None:
    """The fourth review's probes: "1 km to go" is no label's place; a place's bracket at a line's start is a point (a label
    names a group); a sex's distance before a colon is a point of a live blog; a splits list's leader with his country stays a
    split; a record set by one "never challenged" or "never troubled" is theirs, a result."""
    assert [r.text for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chebet won in 28:46 and never troubled the course record of 28:12.", ["28:46"]),
        ("Kipyegon won in 3:55.40 but never approached Dibaba's world record of 3:50.07.", ["3:55.40"]),
        ("Womens (8km): 1 Jess Gibbon (Leeds) 29:12, 2 Amy Hart (York) 29:40", ["29:12", "29:40"]),
        ("Fun Run (5km): 1 Tom Lee (Halifax) 17:12, 2 Ben Hart (York) 17:40", ["17:12", "17:40"]),
        ("Wanyonyi won the 800m in 1'43''20. Arop ran 1'44 and took second.", ["1'43''20", "1'44"]),
    ],
    ids=["never-troubled-the-record", "never-approached-another-s", "a-label-s-own-word", "a-fun-run-s-label", "a-time-then-and"],
)
def test_context_what_the_fifth_review_of_the_thirteenth_stop_found(doc_of, text: str, expected: list) -> None:
    """The fifth review's probes: a record "never troubled" or "never approached" (its object right after the verb) is an old
    mark; a bracketed distance after any label's words is its event where a results list follows its colon; a bare prime time
    before "and" and a word ends its clause."""
    assert [r.text for r in doc_of(text).spans["results"] if r.label_ == "result"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crow Hill Horseshoe (AM, 14.2km / 720m) – Sunday 14th September\nTom Dewhurst won in 1:04:32.", "14.2km"),
        ("Tinto Hill Race (approx. 7.5km)\nAnn Bell was first home in 41:10.", "7.5km"),
        ("Ann Bell won the 14.2km fell race in 1:12:40.", "14.2km"),
    ],
    ids=["fell-heading-category-climb", "heading-approx", "fell-race-after"],
)
def test_context_an_odd_distance_in_a_race_title_s_bracket(doc_of, text: str, expected: str) -> None:
    """An odd distance in the bracket after a race's title on its own line, or before "fell race", is the race's."""
    assert [r._.race.event for r in doc_of(text).spans["results"]] == [expected]


@pytest.mark.parametrize(
    "text",
    ["Shinagawa (15.3km): Kiptum leads by two seconds in 45:10.",
     "The route went through Wanstead (14.2km) and the leaders passed in 44:10."],
    ids=["live-point-before-colon", "bracket-in-a-sentence"],
)
def test_context_an_odd_distance_in_a_bracket_not_a_title_s(doc_of, text: str) -> None:
    assert not any(e.label_ == "14.2km" or e.label_ == "15.3km" for e in doc_of(text).spans["events"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hannah LeBlanc won the senior women's eight-kilometre race in 28:16.", "8km"),
     ("Ava Doucette won the under-16 girls three-kilometre race in 11:02.", "3km")],
    ids=["eight-kilometre-race", "three-kilometre-race"],
)
def test_context_a_race_s_kilometres_in_words(doc_of, text: str, expected: str) -> None:
    assert [r._.race.event for r in doc_of(text).spans["results"]] == [expected]


def test_context_kilometres_in_words_not_a_race_s(doc_of) -> None:
    """A number of kilometres in words said of no race is a stretch: "the final five kilometres"."""
    doc = doc_of("Ruth Chepngetich won the marathon in 2:09:56, covering the final five kilometres alone.")
    assert [e.label_ for e in doc.spans["events"]] == ["marathon"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tour of Pendle (AL, 27km / 1370m)\nPaul Hamer won in 2:41:10.", "27km"),
     ("Crow Hill Horseshoe (AM, 14.2km / 720m) – Sun. 14 Sept.\nSarah Jennings won the women's race in 1:12:40.", "14.2km"),
     ("Kilian Jornet won the 13.8km mountain race in 1:08:45 on Saturday.", "13.8km"),
     ("Tom Ashworth won the 13km fell race in 58:20.", "13km"),
     ("Jacob Kiplimo won the twenty-one-kilometre race in 57:31.", "half marathon"),
     ("Cecilia Tranberg won the five-kilometre race walk in 21:40.", "5km race walk"),
     ("Sophie Coldwell won the senior women's eight-kilometre cross-country race in 27:10.", "8km"),
     ("Boston Marathon live\nHeartbreak Hill (32.2km / 20 miles) – Lemma pulls clear\nSisay Lemma won in 2:06:17.", "marathon")],
    ids=["title-of-words", "title-dated-after-a-dash", "mountain-race", "integer-fell-race", "tens-and-units-in-words",
         "race-walk-in-words", "cross-country-race-in-words", "live-point-with-no-colon"],
)
def test_context_the_reviews_race_distances(doc_of, text: str, expected: str) -> None:
    """The first review's probes on this stop's race distances: titles with lower-case words or a date after them, a mountain or
    fell race's distance, kilometres in words (not "one" of "twenty-one"), and a live blog's point that is no title."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.label_ == "result"][-1] == expected


def test_context_a_fixtures_list_s_titles_are_no_race_s(doc_of) -> None:
    """A bracketed distance on a list's line further down, a fixture's, is no race's title."""
    doc = doc_of("Club news\nUpcoming fixtures\nPendle Round (AM, 27.5km) – Saturday\nConiston Fell Race (AM, 14.5km) – Sunday\n"
                 "Last weekend Gary Jones won the Crow Hill Horseshoe in 1:12:40.")
    assert not {e.label_ for e in doc.spans["events"]} & {"27.5km", "14.5km"}


@pytest.mark.parametrize(
    ("text", "not_event"),
    [("Women (6.4km)\n1. Anna Pryor (Leeds) 24:10\n2. Sue Dawson (Holmfirth) 24:52\n\nMen (9.7km)\n1. Dan Kirk (Leeds) 33:12\n"
      "2. Tom Brunt (Keswick) 33:40\n", "6.4km"),
     ("Club news\nNext fixture\nPendle Round (AM, 27.5km) – Saturday 10 May\nLast Sunday Gary Jones won the Crow Hill Horseshoe "
      "in 1:12:40 and Sarah Jennings was first woman in 1:25:10.", "27.5km")],
    ids=["a-label-over-another", "a-fixture-line"],
)
def test_context_the_second_review_s_titles(doc_of, text: str, not_event: str) -> None:
    """The second review's probes: a results label with another below it, a fixture's line under the top, name no race's title."""
    doc = doc_of(text)
    assert not_event not in [r._.race.event for r in doc.spans["results"] if r.text in ("33:12", "33:40", "1:12:40", "1:25:10")]


@pytest.mark.parametrize(
    "text",
    ["Joshua Kerr won the 10,000m in 27:45.12. With five laps left it became a two-kilometre race between Kerr and Ryan Lowe, who "
     "was second in 27:46.01.",
     "Beatrice Chebet won the 5000m in 14:12.10. With 1km left it was a one-kilometre race between Chebet and Gudaf Tsegay, who was "
     "second in 14:12.90."],
    ids=["became-a-race", "was-a-race"],
)
def test_context_a_race_within_a_race_in_words(doc_of, text: str) -> None:
    """"it became a two-kilometre race between": a turn of the race, no event."""
    assert not {e.label_ for e in doc_of(text).spans["events"]} & {"1km", "2km"}


@pytest.mark.parametrize(
    "text",
    ["Sofia Marsh won the Lisbon Half Marathon in 1:07:12. The 20 kilometres marked 1:03:40 for Marsh, already clear of the field.",
     "Sofia Marsh won the Lisbon Half Marathon in 1:07:12. She passed 15 kilometres in 47:50. The 20 kilometres were in 1:03:40.",
     "Sofia Marsh won the Lisbon Half Marathon in 1:07:12. \"When I saw the clock in the 20 kilometres I knew it was mine,\" she said.",
     "Sofia Marsh won the Lisbon Marathon in 2:21:40.\n\nWomen's leader, every 5K:\n5K — 16:41 (Marsh)\n10K — 33:15 (Marsh)"],
    ids=["marked-for", "were-in", "the-clock-in-the", "every-5k"],
)
def test_context_a_road_race_s_point_read_on_the_clock(doc_of, text: str) -> None:
    """A distance of a longer road race whose clock is read ("the 20 kilometres marked 1:03:40", "were in", "saw the clock in
    the 20 kilometres", translated), or told "every 5K", is a point of the race, no event: the results stay the race's."""
    doc = doc_of(text)
    assert {e.label_ for e in doc.spans["events"]} <= {"half marathon", "marathon"}


def test_context_a_chronometer_in_a_steeplechase_is_its_race(doc_of) -> None:
    doc = doc_of("Lamecha Girma made the chronometer explode in the 3000 m steeple, winning in 7'52''11.")
    assert [e.label_ for e in doc.spans["events"]] == ["3000m steeplechase"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("THE 1500 WOMEN. Welteji went to the front and won in 3:56.90.", ["1500m"]),
     ("In the 1500 female the blue Nadia Battocletti has closed third in 3:59.41.", ["1500m"]),
     ("Among the 3,000 women, Obiri was the fastest.", [])],
    ids=["a-section-s-heading", "female-then-the", "a-crowd"],
)
def test_context_a_bare_distance_before_its_sex(text: str, expected: list[str]) -> None:
    """A bare track distance before its sex, a section's heading ("THE 1500 WOMEN.") or translated ("in the 1500 female the
    blue Nadia Battocletti"), is that event (not a crowd: "Among the 3,000 women,")."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The route is the usual 11km with 760m of climb (category BM): out over the Bealach and back.", ["11km"]),
     ("The course measures 9.6km this year after the bridge works.", ["9.6km"]),
     ("She ran 11km with the group on Tuesday.", [])],
    ids=["the-route-is", "the-course-measures", "a-training-run"],
)
def test_context_a_course_said_to_be_of_a_distance(text: str, expected: list[str]) -> None:
    """"The route is the usual 11km", "The course measures 9.6km": the race's own odd distance (not a training run's)."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Kosgei won the Fukuoka Marathon in 2:07:42. Kosgei made the 5km from 30km to 35km at 14:48, the fastest lap of the day.",
     "Kosgei won the Fukuoka Marathon in 2:07:42. The 20km was 1:00:14 and the middle point was passed at 1:03:33."],
    ids=["a-stretch-from-to", "the-20km-was"],
)
def test_context_a_marathon_s_stretch_and_point_said_as_translated(doc_of, text: str) -> None:
    """Translated copy's "the 5km from 30km to 35km at 14:48" (a stretch) and "The 20km was 1:00:14" (a point): no event."""
    assert {e.label_ for e in doc_of(text).spans["events"]} == {"marathon"}


@pytest.mark.parametrize(
    "text",
    ["Tsigereda Alemu won the Great Ethiopian Run 10 km in 32:37. The winner, who has a personal best of 31:02.44 over 10,000m on "
     "the track, said her next target is the marathon.\n\nBizuayehu came second in 32:49 and Asnakech was third in 33:02."],
    ids=["a-best-s-event-and-a-target"],
)
def test_context_a_best_s_event_and_a_target_race_are_not_the_race(doc_of, text: str) -> None:
    """"a personal best of 31:02.44 over 10,000m" (a best's event) and "her next target is the marathon" (a race to come) carry
    no event to the results after them. (A known failure until the nineteenth stop: the best's event skipped as the sentence's
    race left the best without its event; the best now takes the event named right after it, `context.event_named_after_mark`.)"""
    doc = doc_of(text)
    assert [(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"] == [
        ("32:37", "10km"), ("32:49", "10km"), ("33:02", "10km")]


def test_context_an_aside_dated_before_names_no_race_of_the_sentence(doc_of) -> None:
    """"Pryce, a student who ran 32:55 for 10,000m on the track last summer, was already eight seconds up at the bell": the
    aside's event, dated before (its 10,000 read whole), carries no race on to the women's 8km results after it."""
    doc = doc_of("Megan Pryce won the women's 8km in 27:44. Pryce, a third-year sport science student who ran 32:55 for 10,000m on "
                 "the track last summer, was already eight seconds up at the bell. Isla Drummond took silver in 27:51.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"] if r.label_ == "result"] == [("27:44", "8km"), ("27:51", "8km")]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [("Kiplimo, who holds a personal best of 26:33.93 over 10,000m, won the Ras Al Khaimah half marathon in 57:56.", "26:33.93",
      "10000m"),
     ("Hobbs Kessler, who has a personal best of 3:48.26 in the mile, won the 1500m in 3:30.10.", "3:48.26", "mile"),
     ("Jessica Hull won with a personal best of 4:15.20 in the mile at Monaco on Friday.", "4:15.20", "mile"),
     ("Having won the 5000m on Tuesday, Beatrice Chebet's next target was the 10,000m, and on Saturday she won it in 29:58.10.",
      "29:58.10", "10000m"),
     ("Every 10K she enters, she wins; on Sunday Hellen Obiri clocked 31:40 in Cardiff.", "31:40", "10km")],
    ids=["a-best-over-10000m", "a-best-in-the-mile", "won-with-a-best", "a-target-told-as-past", "every-10k"],
)
def test_context_the_fifteenth_stop_s_review_of_events(doc_of, text: str, time: str, event: str | None) -> None:
    """The review's probes: a best's event stays the best's; a target told in the past was run;
    "Every 10K she enters" names the race (only a heading's "every 5K:" over a table is points)."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.text == time] in ([event], [] if event is None else [event])


def test_context_a_loop_s_length_is_no_race_s(doc_of) -> None:
    """The review's probe: "The loop measures 1.6km and the senior men ran six laps": a lap's length, not the race's."""
    doc = doc_of("The loop measures 1.6km and the senior men ran six laps; Ben Hall won in 31:10.")
    assert "1.6km" not in [r._.race.event for r in doc.spans["results"]]


@pytest.mark.parametrize(
    ("text", "not_event"),
    [pytest.param("The course is 2km long and the senior men ran five laps; Ben Hall won in 31:10.", "2km", marks=pytest.mark.xfail(
        strict=True, reason="not mended: a course's length run in laps ('2km long ... five laps') is read as the race's; the third "
        "review found the narrowing ('long', 'laps' after it) lost whole courses ('The course is 9.6km long.', 'four laps of the park')")),
     ("Hellen Obiri won the marathon in 2:21:10.\nLeader every 5K\n5K 16:40 (Obiri)\n10K 33:10 (Obiri)\n15K 49:55 (Hassan)", "5km")],
    ids=["a-course-s-lap-long", "a-heading-without-a-colon"],
)
def test_context_the_fifteenth_stop_s_second_review_of_events(doc_of, text: str, not_event: str) -> None:
    """The second review's probes: a course "2km long" run in laps is no 2km race; a heading "Leader every 5K" over a table, no
    colon after it, is points still."""
    assert not_event not in [r._.race.event for r in doc_of(text).spans["results"]]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [("The course is 9.6km long. Ben Hall won in 30:12 and Amy Cole won the women's race in 34:10.", "30:12", "9.6km"),
     ("The route is 11km long with 760m of climb. Jo Pike won the hill race in 58:20.", "58:20", "11km"),
     ("Hellen Obiri won the marathon in 2:21:10.\nSplits every 5K (top 10):\n5K 16:40 (Obiri)\n10K 33:10 (Obiri)", "2:21:10",
      "marathon"),
     ("Obiri has won every 10K she has entered this year.\nShe won again on Sunday in 30:40.", "30:40", "10km")],
    ids=["a-course-long", "a-route-long-with-climb", "a-heading-with-a-figure", "every-10k-a-sentence-s"],
)
def test_context_the_fifteenth_stop_s_third_review_of_events(doc_of, text: str, time: str, event: str) -> None:
    """The third review's probes: a course "9.6km long" is the race's; a heading "Splits every 5K (top 10):" is points; a
    sentence's "every 10K she has entered" names the race."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.text == time] == [event]


@pytest.mark.parametrize(
    "text",
    ["Zakaria Boudad won the national 10km title in Casablanca in 28:11. The 26-year-old is now targeting a place in the "
     "national team for the World Half Marathon Championships.",
     "Zakaria Boudad won the national 10km title in Casablanca in 28:11. He hopes for a spot on the squad for the World "
     "Half Marathon Championships."],
    ids=["a-place-in-the-team-for", "a-spot-on-the-squad-for"],
)
def test_context_a_meeting_a_team_is_to_be_picked_for_is_still_to_come(doc_of, text: str) -> None:
    """A meeting a runner targets a place in the team for is still to come: no main meeting of the report."""
    doc = doc_of(text)
    assert doc._.main_meeting is None
    assert [r._.race.event for r in doc.spans["results"] if r.text == "28:11"] == ["10km"]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [("RACE REPORT: ESKDALE EDGE (AL, 32km/2,950m)\nJoe Brennan won in 3:41:27.\n\nCheckpoint times:\n"
      "CP1 Harter Fell (5.1km) 0:32:10\nCP2 Hard Knott (8.4km) 0:51:45", "3:41:27", "32km"),
     ("Warsaw Marathon: Nicholas Langat won in 2:08:14.\n\nAfter 28 km the last hare went down. On 30 km he had already 9 "
      "seconds before Rono. Rono was second in 2:08:51.", "2:08:51", "marathon")],
    ids=["a-title-after-a-label-over-checkpoint-rows", "a-sentence-opening-on-a-distance"],
)
def test_context_the_sixteenth_stop_s_events(doc_of, text: str, time: str, event: str) -> None:
    """A race's title after a label ("RACE REPORT: ESKDALE EDGE (AL, 32km/2,950m)") gives its distance, checkpoint rows
    ("CP1 Harter Fell (5.1km) 0:32:10") being no titles; "On 30 km he had already..." (translated) is a point."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.text == time] == [event]


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [("Kiprono Maiyo won the Beijing Marathon in 2:07:51.\n\nThe 20 kilometers the front group reached 1:00:38. The 30 "
      "kilometers, front group time 1:30:50, He Jie still with them. He Jie was fourth in 2:09:14.", "2:09:14", "marathon"),
     ("Kiprono Maiyo won the Beijing Marathon in 2:07:51. The 10km, held alongside, was won by Daniel Ruto in 28:40.", "28:40", "10km")],
    ids=["a-sentence-opening-on-a-point", "a-race-of-its-own-held-alongside"],
)
def test_context_a_sentence_opening_on_a_marathon_s_point(doc_of, text: str, time: str, event: str) -> None:
    """A marathon's sentence opening "The 20 kilometers" with a time in its clause (translated) is at a point of the race, no
    race of its own (one "held alongside, was won by" is)."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.text == time] == [event]


def test_context_a_meeting_targeted_and_then_won_is_the_race(doc_of) -> None:
    """The review's probe: "was targeting the Edinburgh Marathon, and he delivered: he won it": the meeting reported."""
    doc = doc_of("Ross Houston was targeting the Edinburgh Marathon, and he delivered: he won it in 2:16:20 on Sunday.")
    assert doc._.main_meeting == "Edinburgh Marathon"


@pytest.mark.parametrize(
    ("text", "time", "event"),
    [("On 10 km Eva Dvorak won the national title in 32:40, ahead of Lucie Svobodova in 32:58.", "32:40", "10km"),
     ("Results. On 21 km: 1. Paul Tanui 1:02:10, 2. Eric Kiprop 1:02:40. On 10 km: 1. Marek Novy 29:50.", "29:50", "10km")],
    ids=["a-title-won-on-a-distance", "a-label-on-a-distance"],
)
def test_context_on_a_distance_that_is_the_race(doc_of, text: str, time: str, event: str) -> None:
    """The review's probes: "On 10 km Eva Dvorak won" and a label "On 10 km: 1. ..." name the race, no point of another."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.text == time] == [event]


def test_context_a_distance_that_went_to_its_winner_is_a_race(doc_of) -> None:
    """The second review's probe: "The 10 kilometers went to Rhonex Kipruto in 27:18" after a marathon: a race of its own."""
    doc = doc_of("Kelvin Kiptum won the Chicago Marathon in 2:00:35. The 10 kilometers went to Rhonex Kipruto in 27:18.")
    assert [r._.race.event for r in doc.spans["results"] if r.text == "27:18"] == ["10km"]


@pytest.mark.parametrize(
    "text",
    [("Mulugeta Uma carried away the Marathon of Paris in 2 h 05 min 33 s, after having let the others make the work during more than "
      "30 kilometres. His compatriot Haftu Gebrehiwet was second in 2:06:40."),
     ("Tola carried away the Tokyo Marathon in 2:05:10, after having sat in the pack for nearly 35 kilometres. Kiprop was second in "
      "2:06:40.")],
    ids=["during-more-than-a-distance", "for-nearly-a-distance"],
)
def test_context_a_distance_run_for_a_while_is_no_race(doc_of, text: str) -> None:
    """"during more than 30 kilometres" (French copy translated), "for nearly 35 kilometres": a stretch of the race, not its
    event (the next sentence's result is the marathon's)."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.text == "2:06:40"] == ["marathon"]


@pytest.mark.parametrize(
    ("text", "event"),
    [("Men, 3000 m\n\nIn the race on 3000 m the first kilometer was passed for 2.38, 2000 m – for 5.16. Vasily Troshin won with the "
      "result 7.54,41.", "3000m"),
     ("Men, 3000 m\n\nVasily Troshin attacked 600 meters before the finish and won with the result 7.54,41.", "3000m")],
    ids=["a-point-after-a-dash-for-its-time", "a-distance-before-the-finish"],
)
def test_context_points_as_russian_copy_translated_says_them(doc_of, text: str, event: str) -> None:
    """Russian copy translated: "2000 m – for 5.16" in a 3000m (a point's time after "for") and "600 meters before the finish"
    (a distance to go) are no races; the result stays the 3000m's."""
    assert [r._.race.event for r in doc_of(text).spans["results"] if r.label_ == "result"] == [event]


def test_context_a_course_told_by_its_laps_for_each_sex(doc_of) -> None:
    """"three laps of roughly 3km for the men, two for the women": the men's race 9km, the women's 6km, each list's rows theirs."""
    doc = doc_of("DORSET XC LEAGUE\n\nThe course was the usual affair (three laps of roughly 3km for the men, two for the women) with a "
                 "hill at the end of every lap.\n\nMEN - top three\n1 Jake Pellow (Bournemouth AC) 30:58\n2 Sam Okonjo (Stourside) 31:12\n"
                 "3 Harry Duckworth (Poole AC) 31:25\n\nWOMEN - top three\n1 Keira Hollis (Wimborne AC) 22:41\n2 Beth Marchant "
                 "(Stourside) 22:58\n3 Nina Oduya (Poole AC) 23:20")
    assert {r.text: r._.race.event for r in doc.spans["results"]} == {"30:58": "9km", "31:12": "9km", "31:25": "9km", "22:41": "6km",
                                                                      "22:58": "6km", "23:20": "6km"}


def test_context_a_distance_within_which_is_no_race(doc_of) -> None:
    """"had the field strung out behind them within 4km" of a 10km: a stretch, no race of its own."""
    doc = doc_of("Senior women (10km)\n\nGeorgia Whitcombe won in 33:18. Whitcombe and Brennan ran the first lap in 6:31 and had the "
                 "field strung out behind them within 4km. Brennan was second in 33:25.")
    assert [r._.race.event for r in doc.spans["results"] if r.text == "33:25"] == ["10km"]


def test_context_a_race_s_distance_in_the_bracket_after_its_title_in_a_sentence(doc_of) -> None:
    """"the 2025 Meikle Bin Hill Race (7.6km, 420m of climb, category BS)": the race's distance (not the climb's metres)."""
    doc = doc_of("41 runners toed the line for the 2025 Meikle Bin Hill Race (7.6km, 420m of climb, category BS). Ross Baird won in "
                 "35:20.")
    assert [r._.race.event for r in doc.spans["results"]] == ["7.6km"]


def test_context_a_results_heading_s_event_ends_a_distance_said_of_each_sex(doc_of) -> None:
    """"In the junior races, X won the men's 8km and Y the women's 6km" then a heading "Senior men 10km" over its rows: the rows
    are the 10km's (the heading's event ends what each sex's distance was said to be)."""
    doc = doc_of("Kibiwott won the senior title.\n\nIn the junior races, Collins Kiprotich won the men's 8km and Purity Chebet the "
                 "women's 6km.\n\nSenior men 10km\n1. Kelvin Kibiwott (KDF) 28:44.6\n2. Amos Kiprotich Langat (Prisons) 28:47.1")
    assert {r.text: r._.race.event for r in doc.spans["results"]} == {"28:44.6": "10km", "28:47.1": "10km"}


@pytest.mark.parametrize(
    "text",
    ["Tremblay stepped off at 15K as planned; Kiprotich carried on to 25K.",
     "The two pacemakers were meant to take the leaders as far as 30km.",
     "The pacemaker paced them all the way to 30K."],
    ids=["carried-on-to", "as-far-as", "all-the-way-to"],
)
def test_context_a_point_a_pacemaker_got_to_is_no_race(text: str) -> None:
    """"Kiprotich carried on to 25K" of a marathon: a point reached, no 25km race."""
    assert find_events(text) == []


def test_context_a_wire_s_aside_on_the_other_race_is_not_carried_past_its_paragraph(doc_of) -> None:
    """A wire's lede on the men's winner, then one sentence on the women's race, then "Kipruto, who set the course record ...":
    the paragraph is back on the race Kipruto was told in, not the women's."""
    doc = doc_of("TOKYO, March 1 (Reuters) - Kenya's Benson Kipruto won the men's race of the Tokyo Marathon on Sunday, pulling away "
                 "from Tadese Takele "
                 "after 37 kilometres to finish in 2:03:14.\n\nEthiopia's Sutume Asefa Kebede won the women's race for a third year "
                 "in 2:16:08.\n\nKipruto, who won here in 2024, had been in a lead group of 11 that went through 5km in 14:31.\n\n"
                 "Takele was second in 2:03:29.")
    races = {r.text: r._.race.sex for r in doc.spans["results"]}
    assert races["2:16:08"] == "women" and races["2:03:29"] == "men"


def test_context_a_paragraph_under_its_sex_s_heading_keeps_it(doc_of) -> None:
    """Under "WOMEN'S 1500 METERS", "Kowalczyk made it a wire-to-wire win" stays the women's race though the lede told her name
    in a sentence of no sex (no aside before the paragraph)."""
    doc = doc_of("Hannah Kowalczyk and Marcus Ellis won titles on Saturday.\n\nMEN'S 800 METERS\n\nEllis won in 1:48.90.\n\n"
                 "WOMEN'S 1500 METERS\n\nKowalczyk made it a wire-to-wire win in 4:21.47.\n\nJunior Kayla Brooks was third in 4:23.90.")
    assert {r.text: r._.race.sex for r in doc.spans["results"]}["4:23.90"] == "women"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Callum Birtwhistle won the 41st Washburn Valley 10 in 51 minutes 12 seconds.", ["10 miles"]),
        ("Round 4 is the Thirsk 10 on 16th April.", ["10 miles"]),
        ("Ross Baird won the Antonine 5 on Sunday in 25:21.", ["5 miles"]),
        ("Markezich gave the Fighting Irish 10 crucial points.", []),
        ("She made the Top 10.", []),
        ("Sifan Hassan, the Dutch Olympic 5,000m champion, was there.", []),
        ("Laura Grant won the Stockport 10 in 33:30.", []),
    ],
    ids=["an-edition-of-a-ten", "a-ten-on-a-date", "a-five", "a-number-of-points", "a-top-ten", "a-thousands-comma",
         "a-time-too-fast-for-ten-miles"],
)
def test_context_a_road_race_named_by_a_bare_number_of_miles(text: str, expected: list[str]) -> None:
    """British and Irish clubs name a road race by its place and a bare number of miles: "the Washburn Valley 10" (not where the
    time after it in its sentence is too fast for that many miles: "the Stockport 10 in 33:30" is a 10km, a review's probe)."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the group were in 5000s, and Lewis ran the 1500 earlier in the programme.", ["5000m"]),
        ("He has run two 5000s this month.", ["5000m"]),
        ("The town was founded in the 1500s.", []),
        ("The session was a set of 800s.", []),
    ],
    ids=["in-5000s", "two-5000s", "a-century", "a-session-s-reps"],
)
def test_context_an_event_in_the_plural(text: str, expected: list[str]) -> None:
    """Runners write the races of an evening in the plural: "were in 5000s"."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_a_halfway_time_votes_for_no_half_marathon(doc_of) -> None:
    """A race named by no event takes the one its times tell; "went through halfway in 63:01" is half the race's time, no vote
    for a half marathon (the men's 2:06:14 makes it a marathon; a review's probe)."""
    doc = doc_of("Titus Kipruto won the men's race in 2:06:14.\n\nTigist Kebede won the women's race in 2:16:08.\n\nKipruto, who "
                 "went through halfway in 63:01, said he was happy.")
    assert {r.text: r._.race.event for r in doc.spans["results"]} == {"2:06:14": "marathon", "2:16:08": "marathon"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kipsang won the Athens Marathon in 2:12:14. In the 10 kilometres passed eleven athletes together in 31:30 and in the 20 "
         "kilometres the clock showed 1:03:25.", ["marathon"]),
        ("Kosgei won the Athens Marathon in 2:30:58. In the 30 kilometres the Kenyan had already a gap of 22 seconds (1:48:20).",
         ["marathon"]),
        ("Kipsang won the Athens Marathon in 2:12:14. In the 10km race Daniel Ruto was first in 28:40.", ["marathon", "10km"]),
        ("Kipsang won the Athens Marathon in 2:12:14. In the 10 kilometres, held alongside, Daniel Ruto ran 28:40.",
         ["marathon", "10km"]),
    ],
    ids=["clock-showed", "in-the-opening", "the-10km-race", "held-alongside"],
)
def test_context_a_road_race_s_point_opened_by_in_the(text: str, expected: list[str]) -> None:
    """A marathon's "in the 20 kilometres the clock showed 1:03:25" and a sentence's "In the 30 kilometres the Kenyan had ...
    (1:48:20)" (translated) are points of the race, not races (but "In the 10km race", "..., held alongside," are)."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results\n\nMen (10,4 km)\n1. Vincent Langat (KEN) 31:45\n2. Jente Vanderstraeten (BEL) 31:53\n\nLadies (8,1 km)\n"
         "1. Lotte Claessens (BEL) 27:58\n", ["10.4km", "8.1km"]),
        ("It was a cross of December in Hannut. The men had to do 10,4 kilometer, five big rounds, the ladies 8,1 kilometer.",
         ["10.4km", "8.1km"]),
        ("It was a cross of December in Hannut. After 4,2 kilometer the Kenyan had ten seconds.", []),
    ],
    ids=["headings-over-rows", "had-to-do", "a-point"],
)
def test_context_a_cross_country_s_odd_distance_with_a_decimal_comma(text: str, expected: list[str]) -> None:
    """A cross country's odd distance is its race's under a sex's heading over its rows ("Men (10,4 km)" over "1. Vincent
    Langat"; "Ladies" a sex's word too) and where the field "had to do" it (translated), the other sex's after a comma too."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sang won the Eldoret Half Marathon in 1:01:48. \"My job was to take them to 15km but the stomach refused,\" Kiprono said.",
         ["half marathon"]),
        ("Sang won the Eldoret Half Marathon in 1:01:48. The leaders went through 10km in 29:18 (5km had been 14:42, already slow).",
         ["half marathon"]),
        ("Sang won the Eldoret Half Marathon in 1:01:48. The water stations were every 5km – but the pacing failed.",
         ["half marathon"]),
        ("Obiri won the Boston 10K in 31:20. Every 10K she enters, she wins.", ["10km", "10km"]),
    ],
    ids=["take-them-to", "had-been", "every-as-a-spacing", "every-race-she-enters"],
)
def test_context_a_pacemaker_s_target_a_point_s_past_time_and_a_spacing_are_no_races(text: str, expected: list[str]) -> None:
    """"to take them to 15km" (a pacemaker's target), "(5km had been 14:42" and "every 5km –" (a spacing) in a half marathon's
    report are no races (but "Every 10K she enters" is one)."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_a_title_won_for_the_nth_time_names_the_race() -> None:
    """"won her fourth consecutive Olympic women's 1,500 metres title on Saturday": the race won (not a title of before)."""
    assert [e for _, _, e in find_events("Faith Kipyegon of Kenya won her fourth consecutive Olympic women's 1,500 metres title on "
                                         "Saturday, holding off Jessica Hull.")] == ["1500m"]


def test_context_the_meeting_a_qualifying_mark_was_for_is_not_the_one_reported(doc_of) -> None:
    """"the 2:18:00 qualifying mark he narrowly missed for the 2024 Olympic Trials": a meeting of the future (or past), not the
    race reported."""
    doc = doc_of("Benson Tanui won the marathon in 2:11:48.\n\nNathan Lindgren ran 2:14:20 for fourth, under the 2:18:00 "
                 "qualifying mark he narrowly missed for the 2024 Olympic Trials.")
    assert {r._.race.meeting for r in doc.spans["results"]} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 100.4-mile loop starts in Buena Vista at 4 a.m.", ["100 miles"]),
        ("He won the 50-mile race in 6:10:00.", ["50 miles"]),
        ("Aid station (mile) | Ashdown | Ocampo", []),
    ],
    ids=["a-hundred-mile-loop", "a-fifty-mile-race", "a-table-s-unit"],
)
def test_context_an_ultra_s_miles_and_a_table_s_unit(text: str, expected: list[str]) -> None:
    """An ultra's distance in miles ("The 100.4-mile loop", "the 50-mile race") is its race (not "The 100", a sprint); a unit in
    brackets heading a table's points ("Aid station (mile)") is no mile race."""
    assert [e for _, _, e in find_events(text)] == expected


def test_context_a_lede_s_last_sentence_an_aside_on_the_other_race(doc_of) -> None:
    """A lede on the men's winner whose last sentence is an aside on the women's ("In the women section, Viola Jepchirchir also
    stood on the highest podium."), then a paragraph opening on the men's winner ("Kiprono which start ..."): the men's race
    again, its rivals' times the men's."""
    doc = doc_of("Jakarta - Runner from Kenya Edwin Kiprono came out as champion of the category full marathon men in the Jakarta "
                 "Marathon 2025, with time 2:11:34. In the women section, athlete of Kenya Viola Jepchirchir also stood on the highest "
                 "podium.\n\nKiprono which start together with around 30 thousand participants crossed the finish line ahead of the "
                 "Ethiopia runner Abebe Tadesse which record 2:11:58.")
    assert [(r.text, r._.race.sex) for r in doc.spans["results"]] == [("2:11:34", "men"), ("2:11:58", "men")]
def test_context_a_quote_s_distance_is_no_race_a_time_is_sent_to(doc_of) -> None:
    """A time too slow for the race carried over goes to the latest event the narration names that fits it, not to a distance
    said inside a quote ("If the course was 25km, ...")."""
    text = ("The Kapsowar Hill Run goes up the mountain to a turn and back down: the course is 24km.\n\n"
            "In the 6km junior race, Kiprop won in 19:40.\n\n"
            "\"If the course was 25km, I would have caught her,\" said Mercy Kusuro.\n\n"
            "Annet Chemutai won the women's race in 2:05:37.")
    assert race_of(doc_of(text), "Annet Chemutai won")[2] == "24km"


def test_context_a_best_told_at_a_named_race_carries_no_event(doc_of) -> None:
    """"after a personal best of 1:08:20 at the Inverness Half Marathon in March": a credential's race, its name before its
    event; the 10-mile race reported carries on to the results below."""
    text = ("Calum MacKenzie won the 10-mile hill race in 56:42.\n\n"
            "His form has been building all summer, after a personal best of 1:08:20 at the Inverness Half Marathon in March.\n\n"
            "Ruaridh Stewart was second in 57:19.")
    assert race_of(doc_of(text), "Ruaridh Stewart was")[2] == "10 miles"


def test_context_a_veterans_category_keeps_its_slow_time_in_the_race(doc_of) -> None:
    """A sentence on a veterans' category of fifty or older ("took the F60 category") keeps the race's event for a time slower
    than that event allows of anyone else."""
    text = ("Calum MacKenzie won the 10-mile hill race in 56:42.\n\n"
            "Kirsty Henderson, who was second in the Inverness Half Marathon last month, was the first woman in 1:05:02.\n\n"
            "Jean MacRae ran 1:22:56 to take the F60 category for the fifth year in a row.")
    assert race_of(doc_of(text), "Jean MacRae")[2] == "10 miles"


def test_context_a_category_listed_with_its_distance_names_its_race_later(doc_of) -> None:
    """"Senior Men (10km), Senior Women (10km), Under-20 Men (8km) and Under-20 Women (6km)", then a heading "SENIOR MEN" or "In
    the Senior Men's race": that category's distance, not the last one the list named; a sentence naming its own event keeps it."""
    text = ("Athletes competed in four categories, namely Senior Men (10km), Senior Women (10km), Under-20 Men (8km) and Under-20 "
            "Women (6km).\n\nSENIOR MEN\n\nIn the Senior Men's race, Isaac Chemutai emerged the winner in a time of 29:41.\n\n"
            "SENIOR WOMEN\n\nThe Senior Women's race was won by Sharon Chepkurui in 33:02.\n\n"
            "In the Under-20 Men's 8km, Joel Cheptoek won in 23:36.")
    doc = doc_of(text)
    assert race_of(doc, "Isaac Chemutai")[1:] == ("men", "10km")
    assert race_of(doc, "Sharon Chepkurui")[1:] == ("women", "10km")
    assert race_of(doc, "Joel Cheptoek")[1:] == ("men", "8km")


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Mark Ross won the Forres 10 Mile in 52:30. He arrived in form after a personal best of 1:09:10 at the Aberdeen Half "
         "Marathon in March. Second was Dan Kerr in 53:10.", "Second was", (None, None, "10 miles")),
        ("Jacob Kiplimo won the Kapchorwa uphill 15km in 58:10. You climb 15km on the road to the finish near the summit. Second "
         "was Joel Cherop in 58:40.", "Second was", (None, None, "15km")),
        ("The Climb 10K at Loch Ness was won by Ewan Grant in 36:20, with Alan Shaw second in 37:02.", "Alan Shaw", ("Climb 10K", None, "10km")),
    ],
    ids=["a-best-run-at-another-race-names-no-meeting", "an-uphill-race-s-whole-climb", "a-race-named-the-climb"],
)
def test_context_what_the_review_of_40f0fb3_found(doc_of, text: str, needle: str, expected: tuple) -> None:
    """The review of this stop's rules: the meeting a best was run at ("after a personal best of 1:09:10 at the Aberdeen Half
    Marathon in March") is not the race reported; a distance climbed to the finish, or a race named "The Climb 10K", is the race
    (only a distance gone "up" or "down" is a stretch)."""
    meeting, sex, event = race_of(doc_of(text), needle)
    assert (meeting, event) == (expected[0], expected[2])


def test_context_a_race_said_to_be_its_distance_by_its_name(doc_of) -> None:
    """"Ras Moel Siabod is 8.5km with about 700m of climb": the race's odd distance, said by its name and "is" (not a runner's
    place in it: "Kiprop was 8.5km into the race")."""
    text = ("For anyone who hasn't done it, Ras Moel Siabod is 8.5km with about 700m of climb.\n\nThe men's race\n\n"
            "Gethin Pritchard won in 40:31.")
    assert race_of(doc_of(text), "Gethin Pritchard")[2] == "8.5km"
    text = "Tom Kiprop was 8.5km into the race when he went clear.\n\nTom Kiprop won the men's race in 40:31."
    assert race_of(doc_of(text), "won the")[2] != "8.5km"


def test_context_a_race_said_longer_this_year_is_no_distance_of_it(doc_of) -> None:
    """"Ras Moel Siabod is 2km longer this year": a change of the course, not its distance (the review of this stop's rules)."""
    text = "Chris Farley won the men's race in 1:02:11. Ras Moel Siabod is 2km longer this year after the route change."
    assert race_of(doc_of(text), "Chris Farley")[2] != "2km"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RACE REPORT: KENTMERE HORSESHOE (BM, 19km / 1,000m), Sunday 13 April\n\nJosh Ellwood won in 1:28:41.", ["19km"]),
        ("RACE REPORT: KENTMERE HORSESHOE (BM, 19km / 1,000m)\n\nJosh Ellwood won in 1:28:41.\n\n"
         "CP1 Garburn Pass (3.9km) – Ellwood 16:48, Hebblethwaite 16:49\nCP2 Yoke (6.8km) – Ellwood 30:05", ["19km"]),
        ("Marchetti broke seven hours on the 50-mile, 10,400-foot-gain course.\n\n- Cottonwood Gulch (mile 7.2): 55:40\n"
         "- Lost Lake (mile 24.6): 3:18:26", ["50 miles"]),
        ("Gideon Kipchumba won the Seoul Marathon in 2:06:51.\n\nThe 5km section record of the leading group (Kipchumba base) is "
         "as following.\n- 5km 15:01\n- 10km 30:03\n", ["marathon"]),
    ],
    ids=["a-fell-race-s-title-with-its-climb-and-date", "a-title-over-checkpoint-rows", "a-course-s-climb-and-mile-markers",
         "a-section-s-record"],
)
def test_context_a_fell_race_s_climb_and_a_trail_s_mile_markers_are_no_events(text: str, expected: list[str]) -> None:
    """A fell race's title "(BM, 19km / 1,000m), Sunday 13 April": its distance, the metres after the slash its climb, the date
    after a comma; checkpoint rows with times are no titles; "the 50-mile, 10,400-foot-gain course" is the race, and "(mile 7.2)"
    a marker on it; Korean copy's "5km section record" the time of a stretch."""
    assert [event for _, _, event in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "needle", "event"),
    [
        ("Evans Kiprono won the Oslo Marathon in 2:11:47. The pacemaker Nicholas Rotich held the tempo to 25 kilometre, then he "
         "stepped off the road. Abebe Tadesse was second in 2:12:20.", "Abebe", "marathon"),
        ("Gladys Jeptoo won the Warsaw Half Marathon in 1:08:21. At 5 km they had 16:10, at 10 km 32:25, and 15 km they passed in "
         "48:41. Worknesh Alemu was second in 1:08:57.", "Worknesh", "half marathon"),
    ],
    ids=["a-pace-held-to-a-point", "a-point-they-passed"],
)
def test_context_points_said_as_translated_copy_says_them_are_no_races(doc_of, text: str, needle: str, event: str) -> None:
    """Translated copy's points of a road race: "held the tempo to 25 kilometre", "15 km they passed in 48:41": no race of their
    own, the next sentence's runner's race the one reported."""
    assert race_of(doc_of(text), needle)[2] == event


def test_context_a_past_cue_right_after_an_event_dates_it(doc_of) -> None:
    """"That was the Moab 50K last spring": the 50K was another race, and the results list after it is the 50-mile race's (not
    "won the 60m hurdles on Sunday in 7.29, defending the title he took two years ago", set off by a comma)."""
    text = ("Hannah Okafor won the Wapiti Ridge 50-mile race in 8:01:47. \"My longest race before this was a 50K.\" That was the "
            "Moab 50K last spring, where she ran 4:41:09.\n\nTop finishers\n\n1. Hannah Okafor (Golden, Colo.) 8:01:47\n"
            "2. Maren Holtzclaw (Leadville, Colo.) 8:09:30\n")
    assert race_of(doc_of(text), "Maren")[2] == "50 miles"


def test_context_a_quote_s_time_changes_the_race_to_the_article_s_only(doc_of) -> None:
    """A time in a quote that fits no event carried over is speech: it may turn the race back to the article's own event, not
    to another the text named ("the parkrun" of a handicapper's quote in a report on a 10-mile race): the results list after it
    is of the 10-mile race still."""
    text = ("Peggy Dunn won the club's 10 mile handicap in 1:27:50. Start times came from everyone's parkrun PB.\n\n"
            "Ravi Chandran was second in 1:16:05 and Sophie Wren fourth in 1:10:31.\n\n"
            'Clive was delighted: "I used everyone\'s parkrun times. Sophie\'s 19:45 at the parkrun on the 14th gave her away!"\n\n'
            "The first three home, in finishing order (start times left out):\n1 Peggy Dunn 1:27:50\n2 Ravi Chandran 1:16:05\n"
            "3 Tom Reddish 59:18")
    assert {r._.race.event for r in doc_of(text).spans["results"]} == {"10 miles"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The route climbs 27 kilometers and 2100 meters of positive difference in level to the hut.", ["27km"]),
        ("a hard 18km with 1,250m of ascent above the lake", ["18km"]),
        ("the 12.5km with 900 m of climbing", ["12.5km"]),
        ("he still had 27 kilometers and 2100 meters to climb", []),
        ("they covered 27 kilometers, and 2100 meters later the road turned", []),
    ],
    ids=["translated-positive-difference", "ascent-after-with", "climbing-decimal-km", "no-climb-word", "a-later-distance"],
)
def test_context_a_mountain_race_s_distance_told_with_its_climb(text: str, expected: list[str]) -> None:
    """A distance no standard race's is the race's own when its climb follows it ("27 kilometers and 2100 meters of positive
    difference in level", as French copy translated says it), not when no word of climbing does."""
    assert [e for _, _, e in find_events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Saturday's Kinpurnie Hill Race (Category BM, 11km / 520m) went ahead in the rain. Alan Shaw won in 49:12.", ["11km"]),
     ("The junior race (2.5km, to the forest gate and back) was won by Ben Reid in 11:43.", ["2.5km"]),
     ("Ben Reid won the hill race in 49:12. He led the race (2.5km from the finish) by ten seconds.", [None])],
    ids=["a-day-s-race-and-its-category", "the-junior-race-s-bracket", "not-a-point-of-the-race"],
)
def test_context_a_race_s_distance_in_the_bracket_after_its_name_or_its_runners(doc_of, text: str, expected: list) -> None:
    """"Saturday's Kinpurnie Hill Race (Category BM, 11km / 520m)": a day's race and a category before the distance, the race's
    distance; "The junior race (2.5km, to the gate and back)": the race of those runners (not "the race (2.5km from the finish)",
    a point of it)."""
    assert [r._.race.event for r in doc_of(text).spans["results"]] == expected


def test_context_a_programme_listed_carries_no_race_on(doc_of) -> None:
    """"divided in the categories full marathon, half marathon, 10K and 5K": the day's programme, so the sentences after it stay
    with the marathon (not the 5K it names last, nor the half marathon a time of 1:12:05 there would fit)."""
    doc = doc_of("Robi Syianturi won the Jakarta Marathon in 2:26:40. Thirty thousand runners took part, divided in the categories "
                 "full marathon, half marathon, 10K and 5K.\n\n\"It was humid,\" said Robi.\n\nRobi passed the half distance in 1:12:05.")
    assert doc.spans["race_scopes"][-1]._.race.event == "marathon"


@pytest.mark.parametrize(
    "text",
    ["Gerda Steyn won the Two Oceans Ultra Marathon in 3:28:11. She passed the marathon mark in 2:35:50, a time that would have won "
     "many a standalone marathon in this country.",
     "Gerda Steyn won the Two Oceans Ultra Marathon in 3:28:11. The race earned its billing as \"the world's most beautiful marathon\" "
     "once again."],
    ids=["would-have-won-a-marathon", "billing-as-a-quoted-title"],
)
def test_context_a_yardstick_or_a_billed_title_names_no_race(doc_of, text: str) -> None:
    """"a time that would have won many a standalone marathon" measures a time by a race never run; 'its billing as "the world's
    most beautiful marathon"' is a title: neither is a marathon of the article."""
    assert "marathon" not in [e.label_ for e in doc_of(text).spans["events"]]


def test_context_each_sex_s_distance_said_translated_comes_back_under_its_heading(doc_of) -> None:
    """"In the men's race of 10 km ..." and "Between the women, on the 8 km, ...": each sex's distance, so a heading "THE MEN'S
    RACE" after the women's sentence brings back the men's 10km (not the women's 8km carried over)."""
    doc = doc_of("In the men's race of 10 km the kenyan Samuel Chebii has conquered the victory in 29:41. Between the women, on the "
                 "8 km, the win is of the kenyan Margaret Chepngetich in 26:52.\n\nTHE MEN'S RACE\n\nFourth Pietro Riva in 30:12.")
    assert [(r._.race.sex, r._.race.event) for r in doc.spans["results"]] == [("men", "10km"), ("women", "8km"), ("men", "10km")]


def test_context_a_race_that_would_have_been_won_is_still_the_race(doc_of) -> None:
    """"Kiprop would have won the 10km had he not been disqualified": a race of the article (only an indefinite one after "would
    have won" is a yardstick: "many a standalone marathon")."""
    doc = doc_of("Kiprop would have won the 10km had he not been disqualified after crossing first in 28:05.")
    assert [e.label_ for e in doc.spans["events"]] == ["10km"]


def test_context_a_time_too_slow_for_the_event_carried_takes_one_named_after_it_in_its_paragraph(doc_of) -> None:
    """An article whose half marathon is named most often, its lead "the clock reading 2:07:21. That was 11 seconds inside the
    course record ... at the 20th edition of the Tata Mumbai Marathon": the marathon named after the time in its paragraph, the
    one the time fits (not the half marathon carried)."""
    doc = doc_of("Haile wins in Mumbai\n\nThe city had barely woken when Ethiopia's Kibrom Haile crossed the line, the clock reading "
                 "2:07:21. That was 11 seconds inside the course record at the 20th edition of the Tata Mumbai Marathon.\n\nHalf "
                 "marathon\n\nAnkit Deshwal won the half marathon in 1:04:52, and the women's half marathon went to Tejaswini Lamba.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]][:1] == [("2:07:21", "marathon")]


def test_context_a_later_race_of_another_day_is_no_repair(doc_of) -> None:
    """"Joan Hart, 79, ran 29:40. The 10km road race on Sunday should suit her better.": another race, not the event of her time
    (only a race's name after the time repairs it: "at the 20th edition of the Tata Mumbai Marathon")."""
    doc = doc_of("Hassan won the 5000m in 14:28.\n\nIn the masters race, Joan Hart, 79, ran 29:40. The 10km road race on Sunday should "
                 "suit her better.\n\nMore to follow.")
    assert [(r.text, r._.race.event) for r in doc.spans["results"]] == [("14:28", "5000m"), ("29:40", "5000m")]


def test_context_a_results_heading_of_the_event_alone_names_no_meeting() -> None:
    """"Half Marathon (Men): 1. ..." under a report on the Kilimanjaro Marathon is that meeting's half marathon, not a meeting
    named "Half Marathon" (its rows had gone to a race of their own and become other times)."""
    from pipeline.api import extract

    facts = extract("Faraja Lazaro won the full marathon of the Kilimanjaro Marathon in 2:14:32. The half marathon was won by "
                    "Elibariki Mollel in 1:03:14, with Paschal Qambalo six seconds behind in 1:03:20.\n\nRESULTS\n\n"
                    "Half Marathon (Men): 1. Elibariki Mollel (TZA) 1:03:14, 2. Paschal Qambalo (TZA) 1:03:20, 3. Kennedy Kiplagat (KEN) "
                    "1:03:49.")
    assert [(p.athlete, p.place) for p in facts.performances if p.event == "half marathon"] == [
        ("Elibariki Mollel", 1), ("Paschal Qambalo", 2), ("Kennedy Kiplagat", 3)]
    assert facts.other_times == []


def test_context_an_event_s_words_in_a_line_of_bests_are_no_heading() -> None:
    """(The review: "Her bests – Half Marathon (2018): 1:08:29; Marathon (2020): 2:20:22" is a line of bests, its event's words no
    results heading: the bests stay other times.)"""
    from pipeline.api import extract

    facts = extract("Sarah Hall won the Rock 'n' Roll Half Marathon in 1:09:30. Her bests – Half Marathon (2018): 1:08:29; Marathon "
                    "(2020): 2:20:22.")
    assert [o.time for o in facts.other_times] == ["1:08:29", "2:20:22"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("We sent seven Striders down Broad Street yesterday for the 10-mile point-to-point from Fern Rock to the Navy Yard.",
      ["10 miles"]),
     ("Ruth Okafor won the 12km point-to-point from Bray to Greystones in 41:10.", ["12km"]),
     ("Isaac Mwangi was first to the 10-mile point in 49:02.", [])],
    ids=["a-ten-mile-point-to-point", "a-km-point-to-point", "the-ten-mile-point"],
)
def test_context_a_point_to_point_race_is_its_distance_s_race(text: str, expected: list[str]) -> None:
    """"the 10-mile point-to-point" is a race of 10 miles, no point at 10 miles ("first to the 10-mile point" still is one)."""
    assert [e for _, _, e in find_events(text)] == expected
