"""Tests for pipeline.stages.athletes: athlete mentions, linked to a full name, told apart from
other people (photographers, coaches, musicians), places, meetings and brands."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import spacy

import pipeline.stages  # noqa: F401  (registers the factories)
from pipeline.errors import MissingStageError
from pipeline.stages.athletes import club_rows, sporty


def athletes(doc) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans["athletes"]]


def people(doc) -> list[tuple[str, str | None]]:
    return [(s.text, s._.role) for s in doc.spans["people"]]


# ---- names and linking -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Josh Kerr won the mile in 3:47.28.",
            [("Josh Kerr", "Josh Kerr")],
        ),
        (
            "Josh Kerr won the mile. Kerr said the race went to plan.",
            [("Josh Kerr", "Josh Kerr"), ("Kerr", "Josh Kerr")],
        ),
        (
            "Faith Kipyegon won the 1500m ahead of Jessica Hull. Hull was second and Kipyegon celebrated.",
            [("Faith Kipyegon", "Faith Kipyegon"), ("Jessica Hull", "Jessica Hull"),
             ("Hull", "Jessica Hull"), ("Kipyegon", "Faith Kipyegon")],
        ),
        (
            "Hicham El Guerrouj set the mile record in 1999. El Guerrouj ran 3:43.13 in Rome.",
            [("Hicham El Guerrouj", "Hicham El Guerrouj"), ("El Guerrouj", "Hicham El Guerrouj")],
        ),
        (
            "Dina Asher-Smith won the 100m. Asher-Smith clocked 10.97 into a headwind.",
            [("Dina Asher-Smith", "Dina Asher-Smith"), ("Asher-Smith", "Dina Asher-Smith")],
        ),
        (
            "Sha'Carri Richardson won the 100m in 10.71.",
            [("Sha'Carri Richardson", "Sha'Carri Richardson")],
        ),
        (
            "Sha’Carri Richardson won the 100m. Richardson then anchored the relay.",
            [("Sha’Carri Richardson", "Sha'Carri Richardson"), ("Richardson", "Sha'Carri Richardson")],
        ),
        (
            "Filip Ingebrigtsen set the pace for his brother Jakob Ingebrigtsen. "
            "Ingebrigtsen won the 5000m in 12:48.45.",
            [("Filip Ingebrigtsen", "Filip Ingebrigtsen"), ("Jakob Ingebrigtsen", "Jakob Ingebrigtsen"),
             ("Ingebrigtsen", "Jakob Ingebrigtsen")],
        ),
        (
            "Kenyan runner Brian Kiprotich won the 10,000m. Kiprotich ran 27:51.3.",
            [("Brian Kiprotich", "Brian Kiprotich"), ("Kiprotich", "Brian Kiprotich")],
        ),
        (
            "Sydney McLaughlin-Levrone won the 400m hurdles in 50.37.",
            [("Sydney McLaughlin-Levrone", "Sydney McLaughlin-Levrone")],
        ),
        (  # a name in brackets right after a name is a club, not a person
            "Joshua Abuaku won in 48,91, before Emil Agyekum (SCC Berlin, 49,20). Luke Campbell (Eintracht Frankfurt) was disqualified.",
            [("Joshua Abuaku", "Joshua Abuaku"), ("Emil Agyekum", "Emil Agyekum"), ("Luke Campbell", "Luke Campbell")],
        ),
        (  # an unknown pacemaker is an athlete; "Teenager" opening a sentence is no part of a name
            "Erik Sowinski did rabbit duty like always. Teenager Edmund Serem won the steeplechase.",
            [("Erik Sowinski", "Erik Sowinski"), ("Edmund Serem", "Edmund Serem")],
        ),
        (  # two runners whose given names differ by a vowel or a letter are two, whatever their surnames share (the second
            # review's cases: a rule merging "Immaculate Anyango" and "Emmaculate Anyango" merged sisters)
            "Ester Teshome won in 1:08:44, while Aster Teshome was third in 1:09:30. Mark Kiprop won the men's race. His sister "
            "Mary Kiprop Chebet won the women's race.",
            [("Ester Teshome", "Ester Teshome"), ("Aster Teshome", "Aster Teshome"), ("Mark Kiprop", "Mark Kiprop"),
             ("Mary Kiprop Chebet", "Mary Kiprop Chebet")],
        ),
        (  # a description capitalised after "the", as French copy translated writes it: no one's name opens with "the"
            "The Tricolour Agathe Guillemot was eighth, ahead of the Boulonnais Jimmy Gressier's clubmate Van der Poel.",
            [("Agathe Guillemot", "Agathe Guillemot"), ("Jimmy Gressier", "Jimmy Gressier"), ("Van der Poel", "Van der Poel")],
        ),
    ],
    ids=["full-name", "surname-links", "two-athletes", "particle", "hyphen", "straight-apostrophe",
         "curly-apostrophe", "shared-surname-nearest", "not-in-registry", "mc-hyphen", "a-club-in-brackets", "a-rabbit-and-a-teenager",
         "given-names-a-letter-apart-are-two", "a-description-after-the"],
)
def test_athletes_mentions_and_keys(doc_of, text: str, expected: list[tuple[str, str]]) -> None:
    assert athletes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Josh Kerr won the mile. Kerr's time of 3:45.34 was a record.",
            [("Josh Kerr", False), ("Kerr", True)],
        ),
        (
            "Josh Kerr won the mile. Kerr’s kick decided it.",
            [("Josh Kerr", False), ("Kerr", True)],
        ),
        (
            "Yared Nuguse ran 3:43.97. Nuguse's run was the fastest ever by an American.",
            [("Yared Nuguse", False), ("Nuguse", True)],
        ),
    ],
    ids=["straight", "curly", "s-ending"],
)
def test_athletes_possessive_mention_text(doc_of, text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(s.text, s._.possessive) for s in doc_of(text).spans["athletes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KERR STUNS INGEBRIGTSEN\nJosh Kerr beat Jakob Ingebrigtsen in the 1500m final in Paris.",
            [("KERR", "Josh Kerr"), ("INGEBRIGTSEN", "Jakob Ingebrigtsen"),
             ("Josh Kerr", "Josh Kerr"), ("Jakob Ingebrigtsen", "Jakob Ingebrigtsen")],
        ),
        (
            "HODGKINSON ROARS TO GOLD\nKeely Hodgkinson won the 800m in 1:56.72.",
            [("HODGKINSON", "Keely Hodgkinson"), ("Keely Hodgkinson", "Keely Hodgkinson")],
        ),
        (
            "Brian Kiprotich won the 10,000m for Kenya.\nKIPROTICH DELIVERS",
            [("Brian Kiprotich", "Brian Kiprotich"), ("KIPROTICH", "Brian Kiprotich")],
        ),
        (
            "Josh Kerr beat Jakob Ingebrigtsen in the 1500m final in Paris.\nKERR STUNS INGEBRIGTSEN",
            [("Josh Kerr", "Josh Kerr"), ("Jakob Ingebrigtsen", "Jakob Ingebrigtsen"),
             ("KERR", "Josh Kerr"), ("INGEBRIGTSEN", "Jakob Ingebrigtsen")],
        ),
    ],
    ids=["two-names", "one-name", "not-in-registry-after-body", "two-names-after-body"],
)
def test_athletes_all_caps_headline(doc_of, text: str, expected: list[tuple[str, str]]) -> None:
    assert athletes(doc_of(text)) == expected


# ---- countries and roles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Briton Josh Kerr won the 1500m.", "Josh Kerr", "GBR"),
        ("Britain’s Josh Kerr won the 1500m.", "Josh Kerr", "GBR"),
        ("Kenyan Abel Kipsang was fourth in the 1500m.", "Abel Kipsang", "KEN"),
        ("Yared Nuguse of the United States won the mile.", "Yared Nuguse", "USA"),
        ("Abel Kipsang of Kenya led at the bell.", "Abel Kipsang", "KEN"),
        ("1. Josh Kerr (GBR) 3:45.34", "Josh Kerr", "GBR"),
        ("Fellow American Hobbs Kessler was fifth in the mile after a late charge.", "Hobbs Kessler", "USA"),
        ("Ethiopian Tadese Worku won the 5000m.", "Tadese Worku", "ETH"),
        ("Jakob Ingebrigtsen won the mile.", "Jakob Ingebrigtsen", None),
    ],
    ids=["briton", "britains", "kenyan", "of-the-united-states", "of-kenya", "code", "fellow-american",
         "not-in-registry", "no-cue"],
)
def test_athletes_country(doc_of, text: str, name: str, expected: str | None) -> None:
    span = next(s for s in doc_of(text).spans["athletes"] if s.text == name)
    assert span._.country == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Pacemaker Erik Sowinski passed 400m in 55.91.", "Erik Sowinski", "pacemaker"),
        ("The pacemaker Abraham Alvarado led through halfway.", "Abraham Alvarado", "pacemaker"),
        ("Josh Kerr won the mile in 3:45.34.", "Josh Kerr", None),
    ],
    ids=["pacemaker", "the-pacemaker", "no-role"],
)
def test_athletes_role(doc_of, text: str, name: str, expected: str | None) -> None:
    span = next(s for s in doc_of(text).spans["athletes"] if s.text == name)
    assert span._.role == expected


# ---- not athletes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Josh Kerr celebrates after winning the mile (Jan Figueroa)\nKerr won in 3:47.28.",
            "Jan Figueroa",
            "photographer",
        ),
        (
            "Josh Kerr celebrates after winning the mile (Kevin Morris)\nKerr won in 3:47.28.",
            "Kevin Morris",
            "photographer",
        ),
        (
            "Jakob Ingebrigtsen crosses the line in Oslo. Stephen Pond/Getty Images\nIngebrigtsen won the mile.",
            "Stephen Pond",
            "photographer",
        ),
        (
            "Josh Kerr won the 1500m in Paris. His coach Danny Mackey said the plan worked.",
            "Danny Mackey",
            "coach",
        ),
        (
            "Coach Brad Smith watched Josh Kerr win the mile.",
            "Brad Smith",
            "coach",
        ),
        pytest.param(
            "Singer Ed Sheeran watched from the stands as Noah Lyles won the 100m.",
            "Ed Sheeran",
            "singer",
        ),
        (
            "Noah Lyles won the 100m as the singer Ed Sheeran watched from the stands.",
            "Ed Sheeran",
            "singer",
        ),
        (
            "Noah Lyles won the 100m with rapper Snoop Dogg in the crowd.",
            "Snoop Dogg",
            "rapper",
        ),
        ("Luke Houser won the mile in 3:54.18. Director of track and field and cross country Andy Powell was quick to "
         "spread the credit.", "Andy Powell", "director"),
        ("Lamecha Girma won in 8:07.12. The president of the FIDAL Stefano May has spoken of a great night.",
         "Stefano May", "president"),
        ("Eilish McColgan won the 5K in 15:20. Provost Bill Campbell said the city was proud.", "Bill Campbell", "provost"),
        ("Georgia Bell won the 1500m in 4:13.72, two years after returning to the track under the guidance of Trevor Painter.",
         "Trevor Painter", "coach"),
        ("Elise Cranny, coached by Jerry Schumacher since 2019, was second in 30:19.41.", "Jerry Schumacher", "coach"),
        ("Priya Raman was our fastest woman in 3:26:12. Priya is coached by our own Ray Sanders, who was out on the course.",
         "Ray Sanders", "coach"),
        ("Thanks to our officials, starter Dave Hollins and chief timekeeper Keith Armstrong, who were on duty until the 3000m.",
         "Keith Armstrong", "timekeeper"),
        ("Hagos Ghebriwet won the 5000m in 12:43.25. The telecronist Franco Bragagna has called the 5000m a lesson.",
         "Franco Bragagna", "telecronist"),
    ],
    ids=["caption-credit-jan", "caption-credit", "getty-credit", "his-coach", "coach-title", "singer-opening",
         "singer", "rapper", "a-role-of-a-long-department", "a-role-of-an-organisation-in-capitals", "a-civic-title",
         "under-the-guidance-of", "coached-by", "coached-by-our-own", "timekeeper", "telecronist"],
)
def test_athletes_other_people_are_people(doc_of, text: str, name: str, role: str) -> None:
    doc = doc_of(text)
    assert name not in [s.text for s in doc.spans["athletes"]]
    assert (name, role) in people(doc)


@pytest.mark.parametrize(
    ("text", "not_athlete", "athlete"),
    [
        ("Josh Kerr won the mile in Eugene on Saturday.", "Eugene", "Josh Kerr"),
        ("Josh Kerr won the mile at Hayward Field.", "Hayward Field", "Josh Kerr"),
        ("Faith Kipyegon won in Paris.", "Paris", "Faith Kipyegon"),
        ("Josh Kerr won the mile at the Prefontaine Classic.", "Prefontaine Classic", "Josh Kerr"),
        ("Josh Kerr won the mile at the Prefontaine Classic.", "Prefontaine", "Josh Kerr"),
        ("Jakob Ingebrigtsen won the mile at the Bislett Games.", "Bislett", "Jakob Ingebrigtsen"),
        ("Noah Lyles won the 100m at the Millrose Games.", "Millrose", "Noah Lyles"),
        ("Josh Kerr won the mile in his new Nike spikes.", "Nike", "Josh Kerr"),
        ("Josh Kerr won the mile, sponsor brand Puma said.", "Puma", "Josh Kerr"),
        ("Kerr won the mile, the BBC reported.", "BBC", "Kerr"),
        ("Josh Kerr won the mile at the Diamond League final in Brussels.", "Brussels", "Josh Kerr"),
    ],
    ids=["city", "stadium", "paris", "meeting", "meeting-head", "bislett", "millrose", "brand",
         "sponsor", "broadcaster", "final-city"],
)
def test_athletes_places_meetings_brands_are_not_athletes(doc_of, text: str, not_athlete: str, athlete: str) -> None:
    found = [s.text for s in doc_of(text).spans["athletes"]]
    assert not_athlete not in found
    assert athlete in found


@pytest.mark.parametrize(
    ("text", "not_athlete", "athlete"),
    [
        ("“Somebody had to make the race,” said Jimmy Gressier.", "Somebody", "Jimmy Gressier"),
        ("The race was fast.\n\nSecond is arrived Diribe Welteji in 3:54.09.", "Second", "Diribe Welteji"),
        ("Faith Kipyegon won the 1500 meters of the Golden Gala Pietro Mennea in 3:52.71.", "Pietro Mennea", "Faith Kipyegon"),
        ("Elle St. Pierre won. Our podcast is called Nobody Kicks Like Elle.", "Kicks Like Elle", "Elle St. Pierre"),
        ("Elle St. Pierre won, and the Armory DJ played a song.", "Armory DJ", "Elle St. Pierre"),
        ("Tamirat Tola won in Tokyo. Organisers said the temperature was 7 degrees.", "Organisers", "Tamirat Tola"),
    ],
    ids=["indefinite-pronoun", "ordinal-opening-a-sentence", "meeting-named-after-a-person", "a-title-with-like",
         "a-dj", "organisers"],
)
def test_athletes_words_that_open_a_sentence_and_meeting_names(doc_of, text: str, not_athlete: str, athlete: str) -> None:
    found = [s.text for s in doc_of(text).spans["athletes"]]
    assert not_athlete not in found and athlete in found


def test_athletes_registry_name_ending_in_a_place_word(doc_of) -> None:
    """"Hall" ends "Carnegie Hall", and the registry's Quincy Hall."""
    doc = doc_of("Quincy Hall came from behind to win the 400m in 43.98 at Hayward Field.")
    assert [(s.text, s.label_) for s in doc.spans["athletes"]] == [("Quincy Hall", "Quincy Hall")]


def test_athletes_a_host_city_a_registry_athlete_is_named_after_is_the_city_alone(doc_of) -> None:
    """"Seville" alone is the city where the text never writes Oblique Seville's given name nor a name before the word; with
    his given name, him; a surname alone that is no host city stays the registry's one athlete of it."""
    doc = doc_of("Haimanot Alew conquers Seville in 2h05:30 in the marathon. Seville did again honour to its fame as a flat course.")
    assert [s.label_ for s in doc.spans["athletes"]] == ["Haimanot Alew"]
    doc = doc_of("Oblique Seville won the 100m in 9.86 a day before the marathon. Seville had been second at the trials.")
    assert [s.label_ for s in doc.spans["athletes"]] == ["Oblique Seville", "Oblique Seville"]
    doc = doc_of("Jacobs fourth in the 100 won by Simbine. Battocletti was second in the 5000m in 14:24.16.")
    assert "Akani Simbine" in [s.label_ for s in doc.spans["athletes"]]


def test_athletes_registry_name_with_a_word_that_is_never_a_name(doc_of) -> None:
    """"Little" is cut out of capitalised runs ("Little Rock"), not out of the registry's Shamier Little."""
    found = [(s.text, s.label_) for s in doc_of("4. Shamier Little (USA) 54.37").spans["athletes"]]
    assert found == [("Shamier Little", "Shamier Little")]


@pytest.mark.parametrize(
    "text",
    [
        "Marco Arop of Edmonton was second in 1:42.87 behind Emmanuel Wanyonyi. Edmonton will host the trials.",
        "Marco Arop of Provo, Utah, was second in 1:42.87 behind Emmanuel Wanyonyi.",
        "The Fergus Valley AC man Marco Arop was second in 1:42.87 behind Emmanuel Wanyonyi.",
    ],
    ids=["town-after-of", "town-and-state", "club"],
)
def test_athletes_a_place_or_club_is_no_athlete(doc_of, text: str) -> None:
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Marco Arop", "Emmanuel Wanyonyi"}


def test_athletes_a_description_after_the_is_no_name(doc_of) -> None:
    doc = doc_of("Sarah Healy was fourth in the final. The 23-year-old Dubliner crossed the line in 4:05.29.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Sarah Healy"}


def test_athletes_a_town_of_two_words_is_no_athlete(doc_of) -> None:
    doc = doc_of("Abel Kipchumba won the Santa Pola half marathon in 59:48. \"The best field we have had in Santa Pola\", said the director.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Abel Kipchumba"}


def test_athletes_a_name_after_in_that_opens_a_results_line_is_an_athlete(doc_of) -> None:
    """"an individual county champion in Phil Sesemann" reads like a town ("in Santa Pola"); the results line he
    opens with his time says he is a runner."""
    doc = doc_of("The news: an individual county champion in Phil Sesemann.\n\n1. Phil Sesemann (Leeds City) 38:02\n"
                 "2. Sam Hartley (Hallamshire) 38:19")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Phil Sesemann", "Sam Hartley"}


def test_athletes_a_race_named_after_an_athlete_with_its_number_is_no_mention(doc_of) -> None:
    doc = doc_of("Jack Rayner won the 10,000m in 28:14.66 to defend his Zatopek:10 crown. The race honours Emil Zatopek, "
                 "who won the 10,000m at the 1952 Olympics in 29:17.0.")
    assert [s.text for s in doc.spans["athletes"]] == ["Jack Rayner", "Emil Zatopek"]


def test_athletes_a_registry_athlete_in_an_office_is_still_an_athlete(doc_of) -> None:
    """"World Athletics President Sebastian Coe ... Coe told reporters": the registry knows him as an athlete, and the office
    he holds now does not change it (an unknown president stays a person)."""
    doc = doc_of("Gudaf Tsegay won in 3:54.86. World Athletics President Sebastian Coe presented the medals. \"She is in a special "
                 "place,\" Coe told reporters. Federation president Tom Haverford was there too.")
    assert ("Sebastian Coe", "Sebastian Coe") in athletes(doc)
    assert all(name != "Tom Haverford" for name, _ in athletes(doc))


@pytest.mark.parametrize(
    ("text", "name"),
    [("The Mary Decker Slaney mile record was never in danger. Jakob Ingebrigtsen won in 3:47.10.", "Mary Decker Slaney"),
     ("The Juan Carlos Higuero record of 3:31.57 survived. Ignacio Fontes won in 3:32.10.", "Juan Carlos Higuero")],
    ids=["a-record-named-after-her", "a-record-named-after-him"],
)
def test_athletes_a_name_said_of_a_thing_keeps_its_first_word(doc_of, text: str, name: str) -> None:
    """The review's misfires: "The Mary Decker Slaney mile record" is no description before "Decker Slaney"."""
    assert name in [a.text for a in doc_of(text).spans["athletes"]]


def test_athletes_a_registry_name_as_a_race_director_is_no_athlete(doc_of) -> None:
    """The review's misfire: a race director who shares a registry athlete's name ("Race director John Korir") is a person."""
    doc = doc_of("Race director John Korir said the course was fast. Vincent Kiprop won in 59:10.")
    assert "John Korir" not in [a.text for a in doc.spans["athletes"]]


def test_athletes_a_role_of_something_before_a_name_is_no_athlete(doc_of) -> None:
    doc = doc_of('Jane Hedengren won the 5000m in 15:15.20. "She is as competitive as anyone," said BYU director of track '
                 'and field Diljeet Taylor.')
    assert {s.label_ for s in doc.spans["athletes"]} == {"Jane Hedengren"}


def test_athletes_a_country_of_two_words_is_no_name(doc_of) -> None:
    doc = doc_of("World champion Geordie Beamish of New Zealand faded to fourth. South Africa's Wayde van Niekerk was fifth in Africa. "
                 "Benson Kipruto won the half marathon in the United Arab Emirates.")
    assert {s.text for s in doc.spans["athletes"]} == {"Geordie Beamish", "Wayde van Niekerk", "Benson Kipruto"}


@pytest.mark.parametrize(
    "text",
    [
        "Konstanze Klosterhalfen of TSV Bayer 04 Leverkusen was second in 8:36.18, Sara Benfares of LC Rehlingen fifth.",
        "John Korir won in 2:04:52. Countryman Cybrian Kotut was second. Pacemakers took them through halfway.",
        "Laura Muir, whose British record has survived since Tokyo, finished seventh in 3:56.40.",
    ],
    ids=["german-clubs", "countryman-and-pacemakers", "a-place-after-since"],
)
def test_athletes_clubs_descriptions_and_places_are_no_athletes(doc_of, text: str) -> None:
    names = {s.label_ for s in doc_of(text).spans["athletes"]}
    assert not names & {"Tsv Bayer", "TSV Bayer", "LC Rehlingen", "Countryman Cybrian Kotut", "Pacemakers", "Tokyo"}
    assert names >= ({"Konstanze Klosterhalfen", "Sara Benfares"} if "TSV" in text else {"Laura Muir"} if "Muir" in text else {"John Korir"})


def test_athletes_a_nickname_in_quotation_marks_is_no_athlete(doc_of) -> None:
    text = ("Keely Hodgkinson, dubbed \"The Leigh Lightning\" by her fans, won in 1:58.53. Jemma Reekie, the "
            "\"Kilbarchan Comet\", took bronze in 1:59.80.")
    assert [s.text for s in doc_of(text).spans["athletes"]] == ["Keely Hodgkinson", "Jemma Reekie"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Munich. With a furious final round has Yasemin Can on Monday evening the European title won. \"This is for "
         "Turkey\", said Can.", [("Yasemin Can", "Yasemin Can"), ("Can", "Yasemin Can")]),
        ("Kenya's Wiseman Were, a late addition to the field, finished eighth in 49.10.", [("Wiseman Were", "Wiseman Were")]),
        ("Can Josh Kerr win again? He won the mile in 3:45.34. The brand's slogan, \"Run Beyond\", is everywhere. "
         "Kerr, who also won Marlow Ten last year, was happy.", [("Josh Kerr", "Josh Kerr"), ("Kerr", "Josh Kerr")]),
    ],
    ids=["a-surname-that-is-a-modal-verb", "a-surname-that-is-a-past-tense", "not-opening-a-sentence-nor-a-slogan"],
)
def test_athletes_a_function_word_as_a_surname(doc_of, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.label_) for s in doc_of(text).spans["athletes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia Hunter Bell was second in 1:58.99. Hunter Bell said she was happy.", {"Georgia Bell"}),
        ("Eilish McColgan was fifth. Eilish Mc Colgan said it was hard.", {"Eilish McColgan"}),
        ("Konstanze Klosterhalfen was third in 31:02.10. Kloster Halfen was happy with it.", {"Konstanze Klosterhalfen"}),
    ],
    ids=["double-barrelled-surname-of-a-registry-name", "mc-torn-apart", "surname-torn-apart"],
)
def test_athletes_one_athlete_however_the_name_is_cut(doc_of, text: str, expected: set[str]) -> None:
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_class_year_opening_a_sentence_is_no_name(doc_of) -> None:
    doc = doc_of("Brian Musau won the 10,000m. Senior Fouad Messaoudi was second in 28:43.05.")
    assert {s.text for s in doc.spans["athletes"]} == {"Brian Musau", "Fouad Messaoudi"}


def test_athletes_a_coach_said_to_have_coached_is_a_person(doc_of) -> None:
    doc = doc_of("Eoin Brennan was ninth in 3:34.62. Marian Keane, who has coached Brennan since he was 15, watched from the stand.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Eoin Brennan"}
    assert "Marian Keane" in {s.label_ for s in doc.spans["people"]}


def test_athletes_a_team_before_a_name_is_no_athlete(doc_of) -> None:
    text = ("Oregon sophomore Cole Hocker won the mile in 3:55.12. Oregon's Teare was fifth, and Oregon would run the relay.\n\n"
            "1. Cole Hocker, Oregon, 3:55.12\n5. Cooper Teare, Oregon, 3:57.30")
    doc = doc_of(text)
    assert "Oregon" not in {s.text for s in doc.spans["athletes"]}
    assert {(r.text, r._.athlete.label_) for r in doc.spans["results"]} >= {("3:57.30", "Cooper Teare")}


def test_athletes_the_dateline_place_and_series_names_are_no_athletes(doc_of) -> None:
    text = ("Kiplimo breaks the record\n\nCASTELLÓN. The Ugandan Jacob Kiplimo won the 10K Facsa Castelló in 26:51 on Sunday, "
            "a race of the World Athletics Road Running Tour Gold, run in the streets of Castellón.")
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Jacob Kiplimo"}  # the headline's "Kiplimo" too


def test_athletes_a_capitalised_headline_is_no_dateline(doc_of) -> None:
    text = "DINA-MITE! Asher-Smith wins\n\nDina Asher-Smith won the 100m in 10.99. Dina said it was her best race of the year."
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Dina Asher-Smith"}


def test_athletes_a_team_after_an_age_and_a_description_in_a_headline(doc_of) -> None:
    """"Suzuki Kengo (25 = Fujitsu)": a corporate team after the age in the bracket (as Japanese results give it), no
    athlete; "Soldier clocks 27:33.81 in Kasarani thriller": a description opening a headline."""
    doc = doc_of("Soldier clocks 27:33.81 in Kasarani thriller\n\nDaniel Ebenyo won the 10,000m in 27:33.81.\n\n"
                 "Suzuki Kengo (25 = Fujitsu) won the Lake Biwa marathon in 2:04:56.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Daniel Ebenyo", "Suzuki Kengo"}


def test_athletes_a_club_named_after_of_and_winning_the_team_title(doc_of) -> None:
    """"Brian Fay of Raheny Shamrock was fourth in 31:15" and "Raheny Shamrock retained the men's team title with 61
    points": a club (it had taken Fay's 31:15), no athlete."""
    doc = doc_of("Brian Fay of Raheny Shamrock was fourth in 31:15.\n\nRaheny Shamrock retained the men's team title with 61 points.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Brian Fay"}
    assert [r._.athlete.label_ for r in doc.spans["results"]] == ["Brian Fay"]


def test_athletes_a_school_before_its_students_and_winning_the_team_title(doc_of) -> None:
    """A high-school roundup: "Southlake Carroll senior Mateo Rivera", "Carroll coach Ryan Dunleavy", "Carroll won the 6A
    boys team title" and the results rows' "Mateo Rivera (12) Southlake Carroll 4:03.78" (after the school year in
    brackets) name a school, no athlete."""
    doc = doc_of("Southlake Carroll senior Mateo Rivera won the 6A boys 1600m in 4:03.78. Carroll coach Ryan Dunleavy was "
                 "proud. Carroll won the 6A boys team title with 64 points.\n\n6A Boys 1600m\n"
                 "1. Mateo Rivera (12) Southlake Carroll 4:03.78\n2. Noah Brandt (10) Cypress Woods 4:08.91")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Mateo Rivera", "Noah Brandt"}
    assert {(r.text, r._.athlete.label_) for r in doc.spans["results"]} == {("4:03.78", "Mateo Rivera"), ("4:08.91", "Noah Brandt")}


def test_athletes_a_name_after_another_s_bracketed_number_is_a_name_without_a_time(doc_of) -> None:
    """Only a row's run with its time after it is the school after a bracketed age: "Kerr (3) Hocker (4)" lists two runners."""
    doc = doc_of("Josh Kerr won the 1500m in 3:27.79. The favourites in the betting were Josh Kerr (3) Cole Hocker (4) and "
                 "Yared Nuguse (5).")
    assert "Cole Hocker" in {s.label_ for s in doc.spans["athletes"]}


def test_athletes_a_live_blog_s_shouted_bell_is_no_athlete(doc_of) -> None:
    """"Bell! Tsegay still leads": the bell of the last lap, not Georgia Bell of the registry."""
    doc = doc_of("Gudaf Tsegay led the 3000m from the gun.\n\nBell! Tsegay still leads, St Pierre is glued to her.")
    assert "Georgia Bell" not in {s.label_ for s in doc.spans["athletes"]}


def test_athletes_a_name_with_and_without_its_particle_is_one(doc_of) -> None:
    """"Alison dos Santos" and "Alison Santos", "Daniel do Nascimento" and "Daniel Nascimento": one athlete each (the
    name without its particle had been dropped, and a bare "Daniel" with it)."""
    doc = doc_of("Daniel do Nascimento was sixth in 44:33. Later, Daniel Nascimento said he was happy. Daniel smiled.\n\n"
                 "Alison dos Santos won the 400m hurdles in 46.29. Alison Santos was happy.")
    assert [(s.text, s.label_) for s in doc.spans["athletes"]] == [
        ("Daniel do Nascimento", "Daniel do Nascimento"), ("Daniel Nascimento", "Daniel do Nascimento"), ("Daniel", "Daniel do Nascimento"),
        ("Alison dos Santos", "Alison dos Santos"), ("Alison Santos", "Alison dos Santos")]


def test_athletes_a_transcript_s_speaker_in_capitals_is_no_dateline(doc_of) -> None:
    """"BEKELE, asked about retirement: "..."": a speaker's name in capitals opening a paragraph, a clause after
    the comma; not a dateline's place (which had dropped Kenenisa Bekele from the whole text)."""
    text = ("Munyao won the men's race in 2:04:01. Behind him, Kenenisa Bekele ran 2:04:15 for second.\n\n"
            "BEKELE, asked about retirement: \"People ask me this every year. As long as my legs allow, I will keep running.\"")
    assert [s.text for s in doc_of(text).spans["athletes"] if s.label_ == "Kenenisa Bekele"] == ["Kenenisa Bekele", "BEKELE"]


def test_athletes_shared_surname_goes_to_the_one_named_most(doc_of) -> None:
    """Two brothers: the bare surname is the one the article is about, not the last one named."""
    text = (
        "Jakob Ingebrigtsen won the 5000m in 13:08.46. Ingebrigtsen led from the bell. "
        "Henrik Ingebrigtsen, his elder brother, was 11th. Ingebrigtsen said the race was hard."
    )
    mentions = [(s.text, s.label_) for s in doc_of(text).spans["athletes"]]
    assert mentions[-1] == ("Ingebrigtsen", "Jakob Ingebrigtsen")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Josh Kerr won the mile in 3:45.34.\nFellow American Hobbs Kessler was fifth.",
            [("Josh Kerr", "Josh Kerr"), ("Hobbs Kessler", "Hobbs Kessler")],
        ),
        pytest.param(  # a results row in title case whose time is written with dots, as Japanese lists translated write it
            "Men's 10000m A group\n1 Rodgers Kwemoi (Aisan Industry) 27.31.08\n2 Hosoya Kyohei (Kurosaki Harima) 27.55.80",
            [("Rodgers Kwemoi", "Rodgers Kwemoi"), ("Hosoya Kyohei", "Hosoya Kyohei")],
        ),
    ],
    ids=["one-sentence-paragraph", "a-results-row-with-a-dotted-time"],
)
def test_athletes_short_paragraph_is_not_a_headline(doc_of, text: str, expected: list[tuple[str, str]]) -> None:
    assert athletes(doc_of(text)) == expected


# ---- stage order ---------------------------------------------------------------------------------


def test_athletes_needs_race_context_stage() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Josh Kerr won the mile in 3:47.28.")
    with pytest.raises(MissingStageError, match="athletics_race_context"):
        nlp.create_pipe("athletics_athletes")(doc)


def test_athletes_one_half_of_a_double_barrelled_surname(doc_of) -> None:
    doc = doc_of("Calli Hauger-Thackery was third in 1:08:41.\n\nThackery, who was sixth at halfway, passed 10 miles in 52:25.")
    assert [(s.text, s.label_) for s in doc.spans["athletes"]] == [
        ("Calli Hauger-Thackery", "Calli Hauger-Thackery"), ("Thackery", "Calli Hauger-Thackery")]


def test_athletes_a_name_goes_on_after_an_apostrophe_in_lower_case(doc_of) -> None:
    """"Chepng'etich", "Ng'ang'a": one name; "I've", "Kerr's", "Honestly I'm" no name of anyone."""
    doc = doc_of("Ruth Chepng'etich won the marathon in 2:14:18. \"I've never felt better,\" she said.\n\n"
                 "Honestly I'm amazed, said Kerr's coach. Ng'ang'a Mwangi was fifth in 2:20:01.")
    assert [s.text for s in doc.spans["athletes"]] == ["Ruth Chepng'etich", "Ng'ang'a Mwangi"]


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [("Carey Pinkowski, the race's executive director, said the field was deep. Conner Mantz won.", "Carey Pinkowski"),
     ("Great Run Company chief executive Paul Foster said it was cool. Abel Kipchumba won.", "Paul Foster"),
     ("\"We came for the record,\" said Deb Morales, a retired schoolteacher from Springfield. Nikki Hiltz won.", "Deb Morales"),
     ("Rachel Ashdown ran for Farleigh Hospice. Rachel finished in 3:12:45.", "Farleigh Hospice"),
     ("Conner Mantz broke the record in 2:04:43. \"Watching him come up Columbus Drive with that clock on the lead vehicle "
      "was special,\" Pinkowski said.", "Columbus Drive")],
    ids=["executive-director", "chief-executive", "schoolteacher", "hospice", "drive"],
)
def test_athletes_places_and_people_of_everyday_copy_are_no_athletes(doc_of, text: str, not_athlete: str) -> None:
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]


@pytest.mark.parametrize(
    ("text", "athlete"),
    [("Pietro Arese took bronze in 3:33.34.\n\nArese, who trains in Turin, dedicated his medal to the crowd.", "Pietro Arese"),
     ("Pacesetter Gideon Rono took them through 1000m in 2:42.8.", "Gideon Rono")],
    ids=["trains-in", "pacesetter-opening"],
)
def test_athletes_athletes_of_everyday_copy(doc_of, text: str, athlete: str) -> None:
    assert athlete in [s.label_ for s in doc_of(text).spans["athletes"]]


@pytest.mark.parametrize("word", ["Victory", "Pacing"])
def test_athletes_words_of_the_race_opening_a_sentence_are_no_athletes(doc_of, word: str) -> None:
    text = f"Ditaji Kambundji was second in 7.76. {word} went to world indoor champion Devynne Charlton of the Bahamas in 7.71."
    assert word not in [s.text for s in doc_of(text).spans["athletes"]]


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [("«This medal is for all Spain», declared Thierry Ndikumwenayo to the microphones of Televisión Española. «I knew it».",
      "Televisión Española"),
     ("Cardiff AAC's Sian Hughes was another happy finisher in 1:31:20.", "Cardiff AAC"),
     ("\"Running is just running now,\" said Elle Purrier St. Pierre.", "Running")],
)
def test_athletes_broadcasters_clubs_and_words_are_no_athletes(doc_of, text: str, not_athlete: str) -> None:
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [("\"This race is about the whole city,\" said Jenna Morales, NYRR's vice president of events. Cole Hocker won.",
      "Jenna Morales"),
     ("Scottish Athletics' endurance lead Gordon Baird watched the race. Callum Hawkins ran 2:09:41.", "Gordon Baird"),
     ("Hawkins finds his stride again on the streets of Seville\n\nCallum Hawkins ran 2:09:41 in Spain.", "Seville")],
    ids=["organisations-vice-president", "endurance-lead", "streets-of"],
)
def test_athletes_people_and_places_of_features(doc_of, text: str, not_athlete: str) -> None:
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]


def test_athletes_a_hall_is_a_surname_too(doc_of) -> None:
    doc = doc_of("Quincy Hall of the United States snatched the 400m final in 43.79. Hall said he never looks at anybody.")
    assert [s.label_ for s in doc.spans["athletes"]] == ["Quincy Hall", "Quincy Hall"]


def test_athletes_a_hill_is_no_athlete(doc_of) -> None:
    doc = doc_of("Hellen Obiri broke away on Heartbreak Hill and won in 2:17:05. Heartbreak did the rest.")
    assert "Heartbreak Hill" not in [s.text for s in doc.spans["athletes"]]


@pytest.mark.parametrize(("text", "athlete"), [("Kenny Bednarek won the 200m in 19.95, ahead of Kyree King (20.31).", "Kyree King"),
                                               ("Third became Domenika Mayor in 2:24:31.", "Domenika Mayor")])
def test_athletes_a_surname_that_is_a_role_too(doc_of, text: str, athlete: str) -> None:
    assert athlete in [s.text for s in doc_of(text).spans["athletes"]]


def test_athletes_a_footballer_father_is_no_athlete(doc_of) -> None:
    doc = doc_of("George Mills won the 5000m. The Brighton flyer, son of former England defender Danny Mills, kicked for home.")
    assert "Danny Mills" not in [s.text for s in doc.spans["athletes"]]


def test_athletes_the_city_a_meeting_is_named_after_is_no_athlete(doc_of) -> None:
    text = ("Kiptum rewrites London history\n\nIt became clear that London was watching not just a winner but a new kind of "
            "marathon runner. Kelvin Kiptum won the London Marathon in 2:01:25.")
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Kelvin Kiptum"}


def test_athletes_a_coach_said_to_have_spent_years_coaching_is_no_athlete(doc_of) -> None:
    text = ("Grant Fisher won the 5000m in 13:05.1. Spend a spring with Jerry Schumacher and his Bowerman Track Club group "
            "and it is clear why they keep running faster. \"I'm not interesting,\" Schumacher says. Schumacher, who "
            "spent more than a decade coaching at the University of Wisconsin before moving west, has built a group.")
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Grant Fisher"}


def test_athletes_saints_places_are_no_athletes(doc_of) -> None:
    text = "The São Silvestre race in São Paulo went to Timothy Kiplagat in 44:29, ahead of the São Caetano runners."
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Timothy Kiplagat"}


def test_athletes_a_nationality_written_as_a_surname(doc_of) -> None:
    text = ("Ireland's Mark English came home third in 1:45.19. English, a qualified doctor, works night shifts. "
            "He said in English that it was hard. English athletes had a good week.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["athletes"]] == [("Mark English", "Mark English"), ("English", "Mark English")]


def test_athletes_a_country_of_origin_is_not_the_athletes_country(doc_of) -> None:
    doc = doc_of("The Swiss of South Sudanese origin Dominic Lobalu won the 10,000m. The Kenyan-born Bahraini Winfred Yavi won too.")
    assert [(s.label_, s._.country) for s in doc.spans["athletes"]] == [("Dominic Lobalu", "SUI"), ("Winfred Yavi", "BRN")]


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [
        ("Ky Robinson won in 23:04.6. Oregon was fourth with 112 points.", "Oregon"),
        ("Ky Robinson won in 23:04.6. Coach Mark Wetmore, whose Buffaloes had won the meet before, was pleased.", "Buffaloes"),
        ("Ky Robinson won in 23:04.6 and was named Cross Country Athlete of the Year.", "Cross Country Athlete"),
        ("Norah Jeruto, the Kenyan-born runner who competes for Kazakhstan, ran 8:53.02.", "Kazakhstan"),
        ("Winfred Yavi won in 8:52.76. \"It was absurd,\" said Alison Reid, an athletics historian. Reid believes the "
         "next barrier to fall is the 8:40 mark.", "Alison Reid"),
    ],
    ids=["a-state-alone", "a-team-after-whose", "an-award", "a-country-of-asia", "a-historian"],
)
def test_athletes_teams_awards_countries_and_historians_are_no_athletes(doc_of, text: str, not_athlete: str) -> None:
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia athlete Hailemariam·Kiros won the men's race in 2:06:42. Kiros said he was happy.",
         [("Hailemariam·Kiros", "Hailemariam Kiros"), ("Kiros", "Hailemariam Kiros")]),
        ("Lorenzo Simonelli was second in 7.43 and Just Kwaou-Mathey of France edged into the bronze in 7.44.",
         [("Lorenzo Simonelli", "Lorenzo Simonelli"), ("Just Kwaou-Mathey", "Just Kwaou-Mathey")]),
        ("The crowd came early. National record holder He Jie ran 2:09:15 for fifth. He was tired.",
         [("He Jie", "He Jie")]),
    ],
    ids=["a-middle-dot-between-given-name-and-surname", "a-function-word-as-given-name", "a-family-name-that-is-a-pronoun"],
)
def test_athletes_names_written_with_dots_or_function_words(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(s.text, s.label_) for s in doc_of(text).spans["athletes"]] == expected


def test_athletes_a_description_opening_the_next_sentence_shows_an_athlete(doc_of) -> None:
    text = ("Up front, Fionnuala McCormack was simply in a class of her own again. The Kilcoole athlete led through "
            "the first lap in 6:49 and won in 27:48.")
    assert [s.label_ for s in doc_of(text).spans["athletes"]] == ["Fionnuala McCormack"]


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [
        ("Tonosa won in 30:41, with Brian Fay of Raheny Shamrock taking bronze in 30:58.", "Raheny Shamrock"),
        ("Sadie Engelhardt won in 4:35.10. Fans held up a banner reading \"Double Trouble,\" and the twins posed in front "
         "of it with their medals.", "Double Trouble"),
    ],
    ids=["a-club-of-two-words-after-of", "a-nickname-with-its-comma-inside-the-marks"],
)
def test_athletes_clubs_and_banners_are_no_athletes(doc_of, text: str, not_athlete: str) -> None:
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [
        ("Gotytom Gebreslase, silver medal in the World Championship of Eugene, was second with 2:27:40. Eugene was wet.",
         "Eugene"),
        ("Katie Snowden won in 4:07.87, with Shaftesbury Barnet's Ellie Baker second in 4:08.12.", "Shaftesbury Barnet"),
        ("The 27-year-old from Beed, Maharashtra, finished second in 8:11.20.", "Maharashtra"),
        ("The trials, held under the theme \"Reclaiming Our Cross Country Glory\", were won by Beatrice Chebet in 31:55.",
         "Cross Country Glory"),
    ],
    ids=["the-town-of-a-meeting", "a-club-before-its-runner", "a-region-after-a-town", "a-slogan-in-quotation-marks"],
)
def test_athletes_places_clubs_and_slogans_of_translated_and_regional_copy(doc_of, text: str, not_athlete: str) -> None:
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]


def test_athletes_a_long_title_before_a_name_and_a_son_of_someone(doc_of) -> None:
    text = ("AK Senior Vice President Paul Mutwii spoke first. \"We are clean,\" Mutwii said. Britain's George Mills, "
            "the son of former England footballer Danny Mills, finished eighth in 3:48.47.")
    doc = doc_of(text)
    assert [s.label_ for s in doc.spans["athletes"]] == ["George Mills"]
    assert [(s.text, s.label_) for s in doc.spans["people"]] == [("Paul Mutwii", "Paul Mutwii"), ("Mutwii", "Paul Mutwii"),
                                                                 ("Danny Mills", "Danny Mills")]


def test_athletes_a_mother_who_won_with_a_time_is_an_athlete_and_a_stadium_is_none(doc_of) -> None:
    text = ("Eilish McColgan won the 10,000m in 30:48.60, 36 years after her mother Liz took the same title. Liz McColgan won "
            "the 1986 title in 31:41.42. The final was disputed in the stadium Ícaro de Castro Melo.")
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Eilish McColgan", "Liz McColgan"}


def test_athletes_a_translated_article_in_an_arabic_name(doc_of) -> None:
    text = ("Golden Gala, The Bakkali king of the 3000 hedges.\n\nHas won the Moroccan Soufiane The Bakkali with the time of "
            "8:07,12. «I am happy», has declared The Bakkali in the mixed zone.")
    doc = doc_of(text)
    assert {s.label_ for s in doc.spans["athletes"]} == {"Soufiane The Bakkali"}  # the registry's El Bakkali when resolved
    assert [s.text for s in doc.spans["athletes"]] == ["Bakkali", "Soufiane The Bakkali", "Bakkali"]  # "The" alone is no name's


def test_athletes_a_name_in_capitals_opening_a_sentence_and_a_hyphenated_race(doc_of) -> None:
    text = ("MEGAN KEITH added another national title yesterday, winning in a course record of 31:52.\n\n"
            "JOSH KERR DEFEATS MO FARAH\n\nThe BMW BERLIN-MARATHON was won by Eliud Kipchoge in 2:01:09.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["athletes"] if s.text == "MEGAN KEITH"] == [("MEGAN KEITH", "Megan Keith")]
    assert "Bmw Berlin-Marathon" not in {s.label_ for s in doc.spans["athletes"]}


def test_athletes_an_adverb_opening_a_sentence_is_no_given_name(doc_of) -> None:
    text = "Ben Whitfield led the 10km early. Sadly Ben Whitfield fell at the water jump and did not finish."
    assert [s.text for s in doc_of(text).spans["athletes"]] == ["Ben Whitfield", "Ben Whitfield"]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Long jump (M): 2. Kwame Asante 6.41m. McKenzie Long was not entered.", "Long", "Kwame Asante"),
        ("Men's 3000m: Lee Stobbart DNF. Lee pulled up with a tight hamstring.", "Lee Stobbart DNF", "Lee Stobbart"),
        ("Geoffrey Kamworor, the 'Mr Cross Country' of Kenyan running, did not start.", "Cross Country", "Geoffrey Kamworor"),
        ("Thierry Ndikumwenayo, the athlete of the Club Atletismo Numantino, won the senior race in 29:42.",
         "Atletismo Numantino", "Thierry Ndikumwenayo"),
        ("ADDIS ABABA, Nov 17 (EastAfrica Wire) - Berihu Aregawi won the Great Ethiopian Run in 28:27.", "EastAfrica Wire", "Berihu Aregawi"),
        ("Post #41 | kickonthebell | Sun Sep 10 2023, 12:07 pm\n\nHobbs Kessler won the Fifth Avenue Mile in 3:49.9.", "Sun Sep", "Hobbs Kessler"),
    ],
    ids=["a-field-event", "a-results-code", "the-sport-s-words", "a-club-in-spanish", "a-news-agency", "a-post-s-date"],
)
def test_athletes_event_words_codes_clubs_agencies_and_dates_are_no_names(doc_of, text: str, absent: str, present: str) -> None:
    found = [s.text for s in doc_of(text).spans["athletes"]]
    assert absent not in found and present in found


def test_athletes_a_middle_name_of_three_is_the_athlete_s_surname_too(doc_of) -> None:
    doc = doc_of("Efrem Gidey won in 30:12, seven seconds ahead of Hiko Tonosa Haso. Tonosa, the 2022 champion, was gracious in defeat.")
    assert [(s.text, s.label_) for s in doc.spans["athletes"]][-1] == ("Tonosa", "Hiko Tonosa Haso")


def test_athletes_a_host_city_alone_is_no_athlete(doc_of) -> None:
    text = ("Hagos Gebrhiwet won the 5000m in 12:36.73. The American Grant Fisher, one of the big hopes of USA before Paris, "
            "finished fifth with 12:49.70.")
    assert [s.text for s in doc_of(text).spans["athletes"]] == ["Hagos Gebrhiwet", "Grant Fisher"]


def test_athletes_a_news_agency_and_a_province_are_no_athletes(doc_of) -> None:
    text = ("XIAMEN, April 26 (Xinhua) -- Chinese hurdler Wu Yanni clocked 12.82 seconds. \"I felt my rhythm,\" Wu told Xinhua.\n\n"
            "Wu Yanni competes in Xiamen, southeast China's Fujian Province, April 26, 2025. (Xinhua/Zhou Yixin)")
    assert {s.text for s in doc_of(text).spans["athletes"]} == {"Wu Yanni", "Wu"}


def test_athletes_a_caption_names_who_is_pictured_a_credit_who_took_it(doc_of) -> None:
    text = ("Regan Yee took silver in the women's race in 27:55.7.\n\n"
            "Photo: Regan Yee (right) and Lucia Stafford battle up the hill on the second lap.\n\nPhoto: Jordan Weller")
    doc = doc_of(text)
    assert [s.text for s in doc.spans["athletes"]] == ["Regan Yee", "Regan Yee", "Lucia Stafford"]
    assert ("Jordan Weller", "photographer") in people(doc)


def test_athletes_a_show_s_guest_line_names_no_athlete(doc_of) -> None:
    text = ("Guest: Dr Priya Menon (exercise physiologist)\n\nPeres Jepchirchir won the London Marathon in 2:16:16, "
            "and Priya Menon says the women-only start made the pace honest.")
    assert [s.text for s in doc_of(text).spans["athletes"]] == ["Peres Jepchirchir"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Behind her the Kenyan woman Joyce Kibiwott was second.", "women"),
        ("Welshman Dewi Pryce led the chasers.", "men"),
        ("Her countrywoman Ruth Abebe was third.", "women"),
        ("Club chairman Sue Patel watched from the stand.", None),  # a title, not a sex
        ("BYU freshman Jane Alder won the title.", None),
        ("The German Lena Vogt was fourth.", None),
    ],
)
def test_athletes_a_description_before_a_name_says_its_sex(doc_of, text: str, expected: str | None) -> None:
    """An athlete the registry does not know takes the sex a description right before the name says."""
    doc = doc_of(text)
    named = [*doc.spans["athletes"], *doc.spans["people"]]
    assert named and {m._.sex for m in named} == {expected}


@pytest.mark.parametrize(
    "text",
    ["Cameron Myers won the national final at the SA Athletics Stadium at Mile End, then kicked clear to win in 3:38.17.",
     "That indoor mark of Drew Hunter, 3:57.81, came in March at New Balance Nationals at the Armory in New York."],
)
def test_athletes_the_last_word_of_a_place_or_meeting_is_no_athlete(doc_of, text: str) -> None:
    """"at Mile End", "at New Balance Nationals": with the first word cut off as never a name, the
    rest ("End", "Balance Nationals") is still a place or a meeting."""
    assert {m.text for m in doc_of(text).spans["athletes"]} <= {"Cameron Myers", "Drew Hunter"}


def test_athletes_a_coach_with_a_nationality_before_the_name(doc_of) -> None:
    """"His coach, Rwandan Gervais Hakizimana, said": a coach, no athlete."""
    doc = doc_of("Kelvin Kiptum won in 2:00:35. His coach, Rwandan Gervais Hakizimana, said the secret was hard work.")
    assert [m.text for m in doc.spans["athletes"]] == ["Kelvin Kiptum"]
    assert [(m.text, m._.role) for m in doc.spans["people"]] == [("Gervais Hakizimana", "coach")]


def test_athletes_a_city_of_several_words_is_no_athlete(doc_of) -> None:
    """"the Olympic Games of Rio de Janeiro", "Los Angeles": places (the old record is Ayana's)."""
    doc = doc_of("Sifan Hassan ran 29:06.82 in Hengelo, under the old record of the Ethiopian Almaz Ayana, who in 2016 on the "
                 "Olympic Games of Rio de Janeiro ran 29.17,45. She then flew to Los Angeles.")
    assert [m.text for m in doc.spans["athletes"]] == ["Sifan Hassan", "Almaz Ayana"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faith Kipyegon won in 3:49.11. «I am happy», has declared the Kipyegon to the microphones.", ["Faith Kipyegon", "Kipyegon"]),
        ("Mahamed Mahamed won in 27:46.32, and the Mahamed brothers lit up Highgate.", ["Mahamed Mahamed"]),
        ("Jack Rayner won the Zatopek:10 in 27:41.07. Emil Zatopek won three golds in 1952.", ["Jack Rayner", "Emil Zatopek"]),
    ],
    ids=["translated-article-before-a-surname", "a-family-is-no-one", "a-race-named-after-a-runner"],
)
def test_athletes_the_and_a_surname_named_in_full(doc_of, text: str, expected: list[str]) -> None:
    """"the Kipyegon" (Italian's and Spanish's article before a surname, translated) is a mention of the runner the text
    names in full; "the Mahamed brothers" and "the Zatopek:10" are not."""
    assert [m.text for m in doc_of(text).spans["athletes"]] == expected


def test_athletes_a_forum_s_shouted_verb_imperative_and_slang_are_no_names(doc_of) -> None:
    """A message board: "Kipruto WON it last yr" (a word written in lower case elsewhere, shouted), "Remember Hassan
    won London", "Dude ran 59:47": none of "WON", "Remember", "Dude" is a name or part of one."""
    doc = doc_of("Benson Kipruto ran 2:04:02 and Sifan Hassan won in 2:13:44.\n\nFun fact, Kipruto WON it last yr in 2:04:24. "
                 "Remember Hassan won London in April. Dude ran 59:47 for the back half.")
    assert [m.text for m in doc.spans["athletes"]] == ["Benson Kipruto", "Sifan Hassan", "Kipruto", "Hassan"]


def test_athletes_people_opening_a_sentence_is_no_one(doc_of) -> None:
    """A Q&A's "People told me I could run 2:15 or 2:16": no athlete called People."""
    doc = doc_of("Sifan Hassan won the London Marathon in 2:18:33.\n\nHASSAN: Not really. People told me I could run 2:15 or 2:16. "
                 "I said no.")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Sifan Hassan"}


def test_athletes_a_transliterated_given_name_takes_the_registry_s_sex(doc_of) -> None:
    """"Tigist Assefa" (German copy's spelling of the registry's Tigst Assefa): the one Assefa of the registry so named,
    so a woman, and her result is the women's race."""
    doc = doc_of("Tigist Assefa ran after 2:11:53 hours over the finish line. At the men Eliud Kipchoge won in 2:02:42 hours.")
    assert {(m.label_, m._.sex) for m in doc.spans["athletes"]} == {("Tigist Assefa", "women"), ("Eliud Kipchoge", "men")}


def test_athletes_a_given_name_one_letter_off_takes_the_registry_s_sex(doc_of) -> None:
    """"Tigest Ketema" for the registry's Tigist Ketema: one letter off in a given name the resolver
    also accepts (`similarity.given_names_agree`), so a woman, and her result is the women's race."""
    doc = doc_of("Tigest Ketema crossed the line after 2:16:07 hours. At the men Eliud Kipchoge won in 2:02:42 hours.")
    assert {(m.label_, m._.sex) for m in doc.spans["athletes"]} == {("Tigest Ketema", "women"), ("Eliud Kipchoge", "men")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Athlete Letesenbet Gidey clocked 29:01.03 to improve the world record.", "Letesenbet Gidey"),
        ("Steeplechaser Jean-Simon Desgagnes won the 5000m in 13:45.10.", "Jean-Simon Desgagnes"),
        ("Marathoner Rory Linkletter paced the first half in 1:05:10.", "Rory Linkletter"),
        ("Start was at 9:15 clock. Eliud Kipchoge won in 2:02:42.", "Eliud Kipchoge"),
        ("Having clocked 8.04 in her heat, Sarah Lavin won the final in 7.96.", "Sarah Lavin"),
        ("Official: 3:29:47. Goal was sub-3:30 so I'll take it. Kelvin Kiptum ran 2:00:35.", "Kelvin Kiptum"),
    ],
    ids=["athlete", "steeplechaser", "marathoner", "the-start-opening-a-sentence", "having-opening-a-sentence",
         "a-goal-opening-a-sentence"],
)
def test_athletes_the_word_for_an_athlete_before_a_name_is_no_part_of_it(doc_of, text: str, name: str) -> None:
    """A news agency's "Athlete Letesenbet Gidey" and a sports page's "Steeplechaser ...": the word says what the person
    is, as "Coach" does, not part of the name."""
    assert [m.text for m in doc_of(text).spans["athletes"]] == [name]


def test_athletes_the_sponsors_of_a_race_named_head_first_are_no_athletes(doc_of) -> None:
    """Spanish copy translated names the race head first, its sponsors after the place: "the Maratón Valencia Trinidad
    Alfonso EDP" (no athlete "Alfonso EDP")."""
    doc = doc_of("The Kenyan Evans Chebet won the Maratón Valencia Trinidad Alfonso EDP with 2:03:00.")
    assert [m.label_ for m in doc.spans["athletes"]] == ["Evans Chebet"]



def test_athletes_a_winner_with_a_job_said_after_is_an_athlete(doc_of) -> None:
    """"The women's race was won by Wirral AC's Hannah Rowe in 2:44:10 ... Rowe, 28, a primary school teacher": a
    mention placed by the words before it, with a time, shows her racing; her job makes her no non-athlete."""
    doc = doc_of("The women's race was won by Wirral AC's Hannah Rowe in 2:44:10, a personal best. Rowe, 28, a primary school "
                 "teacher from Heswall, finished 31st overall.")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Hannah Rowe"}


def test_athletes_a_country_s_name_that_is_a_given_name(doc_of) -> None:
    """"Israel Olatunde of UCD AC ... Olatunde, who ran 6.60": a country's name before a surname the article writes
    alone is a given name; a country's name after a preposition is the country ("for Kenya Defence Forces")."""
    doc = doc_of("In the men's 60m, Israel Olatunde of UCD AC won in 6.63. Olatunde, who ran 6.60 in Belgium last month, was "
                 "happy. He trains with athletes who run for Kenya Defence Forces.")
    assert [m.text for m in doc.spans["athletes"]] == ["Israel Olatunde", "Olatunde"]


def test_athletes_a_coaching_job_said_of_a_surname_and_a_book_s_author(doc_of) -> None:
    """"Wetmore has coached at the University of Colorado since the 1990s" says his job of a surname alone; "Chris Lear's
    "Running with the Buffaloes"" names a book's author (a registered athlete's book leaves them an athlete; "I knew it" is
    no title)."""
    doc = doc_of("Emma Coburn won the steeplechase in 9:17.48. Before the final, Mark Wetmore stood under the grandstand. "
                 "Wetmore has coached at the University of Colorado since the 1990s, a character in Chris Lear's \"Running with "
                 "the Buffaloes\". Sebastian Coe's \"Running Free\" is on his shelf.")
    assert [m.text for m in doc.spans["athletes"]] == ["Emma Coburn", "Sebastian Coe"]
    assert {p.text: p._.role for p in doc.spans["people"]} == {"Mark Wetmore": "coaching job", "Wetmore": "coaching job", "Chris Lear": "author"}


def test_athletes_a_nationality_said_as_often_two_ways_is_the_first_in_every_run() -> None:
    """"The Kenyan Timothy Kiplagat" then "Timothy Kiplagat (QUE)" (a Portuguese results list): two countries said once
    each; the first said, whatever the process's hash seed (a set's order had chosen, and changed from run to run)."""
    script = ("from pipeline.nlp import build\n"
              "doc = build()('The Kenyan Timothy Kiplagat won in 44:31.\\n\\n1. Timothy Kiplagat (QUE) - 0:44:31')\n"
              "print([m._.nationality for m in doc.spans['athletes']])")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 5)}
    assert runs == {"['KEN', 'KEN']\n"}


def test_athletes_a_results_row_that_writes_the_surname_first(doc_of) -> None:
    """US college results: "4. Doherty, Liam SO Illinois State 3:46.02" is Liam Doherty (a class year after the given name
    shows the order); "Lund Hagen, Mattias" keeps both surnames."""
    doc = doc_of("MEN'S 1500 METERS\n1. Vollmer, Ethan SR Drake 3:44.81\n4. Doherty, Liam SO Illinois State 3:46.02\n"
                 "5. Lund Hagen, Mattias JR Northern Iowa 3:47.10\n\nVollmer won.")
    assert [(m.text, m.label_) for m in doc.spans["athletes"]] == [
        ("Vollmer, Ethan", "Ethan Vollmer"), ("Doherty, Liam", "Liam Doherty"), ("Lund Hagen, Mattias", "Mattias Lund Hagen"),
        ("Vollmer", "Ethan Vollmer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4x100m relay final: 1. Jamaica Gold JAM 38.12; 2. USA Red USA 38.20; 3. Kenya Police KEN 39.45.", []),
        ("Team standings after the 3000m: 1. Kenya Defence KEN 22 pts; 2. France Espoirs FRA 30 pts.", []),
        ("60m final:\n1. Israel Olatunde IRL 6.60 Q\n2. Swiss Kambundji SUI 6.62 Q", []),
        ("1. Jakob Ingebrigtsen, Norway (NOR) 3:28.42\n2. Josh Kerr, Edinburgh (GBR) 3:29.10", ["Jakob Ingebrigtsen", "Josh Kerr"]),
        ("Tom Ashby clocked 15:10 to win the Malvern 5K. Ashby coaches at Malvern Joggers on Tuesdays.", ["Tom Ashby", "Ashby"]),
        ("Ben Smith's \"Magic Mile\" win in 3:58.2 was the highlight of the night.", ["Ben Smith"]),
        ("Paula Radcliffe's \"How I Run\" came out after she won the London Marathon in 2:15:25.", ["Paula Radcliffe"]),
        ("Dave Hughes's \"Duracell Bunny\" nickname fits: he won the 10K in 31:22.", ["Dave Hughes"]),
    ],
    ids=["relay-teams", "team-standings", "a-demonym-no-given-name", "a-name-then-its-country", "a-timed-athlete-coaches",
         "a-race-s-name-after-a-possessive", "a-timed-athlete-s-book", "a-nickname-after-a-possessive"],
)
def test_athletes_what_the_review_of_the_ninth_stop_found(doc_of, text: str, expected: list) -> None:
    """The review's finds: a results row's demonym is a given name only where it is one ("Finn", "Dane"), not a country's
    team ("USA Red") nor another demonym ("Swiss Kambundji"); a name then its country is no surname first; a job or a book
    said of one timed in the text leaves them an athlete; a title after a possessive that a noun goes on from is no book."""
    assert [m.text for m in doc_of(text).spans["athletes"]] == expected


def test_athletes_a_demonym_that_is_a_given_name_in_a_results_row(doc_of) -> None:
    """"2. Finn Reardon IRL 1:50.20 Q": a results row writes no demonyms, so a demonym before a surname and a country's
    code is a given name, whatever the code; in prose "the Finn Virtanen" stays a Finn named Virtanen."""
    doc = doc_of("Heat 1\n1. Elias Brandt GER 1:50.12 Q\n2. Finn Reardon IRL 1:50.20 Q\n3. Finn Virtanen FIN 1:50.40\n\n"
                 "The Finn Korhonen was fourth in the other heat.")
    assert [m.text for m in doc.spans["athletes"]] == ["Elias Brandt", "Finn Reardon", "Finn Virtanen", "Korhonen"]



def test_athletes_a_nationality_as_a_surname_before_a_club_bracket(doc_of) -> None:
    """"Mark English (Finn Valley AC) ... with English second in 1:48.57": a nationality written as a surname, shown by
    the club's bracket after it, and the lone "English" is he."""
    doc = doc_of("Mark English (Finn Valley AC) came at him, but McPhillips held on to win in 1:48.21, with English second in 1:48.57.")
    assert [(m.text, m.label_) for m in doc.spans["athletes"]] == [
        ("Mark English", "Mark English"), ("McPhillips", "McPhillips"), ("English", "Mark English")]


def test_athletes_a_broadcaster_s_acronym_before_a_name(doc_of) -> None:
    """"The commentator of TVP Przemyslaw Babiarz": the acronym is the broadcaster's, no part of the name (not "SCC Events
    Pro Team", a club's name, cut there)."""
    doc = doc_of("Jakob Ingebrigtsen won in 7:17.55. The commentator of TVP Przemyslaw Babiarz shouted.")
    assert [(p.text, p._.role) for p in doc.spans["people"]] == [("Przemyslaw Babiarz", "commentator")]
    assert [m.text for m in doc.spans["athletes"]] == ["Jakob Ingebrigtsen"]
    doc = doc_of("Men's 400m:\n1 Wayde van Niekerk RSA 44.66\n8 K. James GRN 45.86")
    assert [m.text for m in doc.spans["athletes"]] == ["Wayde van Niekerk", "K. James"]



def test_athletes_placed_with_a_decimal_comma_time(doc_of) -> None:
    """"Lorenzo Simonelli second in 13,15" (Italian copy translated): a time with a decimal comma after "in" speaks of
    the sport as "13.15" does, so an unknown full name there is an athlete (not a count: "Marco Rossi bought 13,15 tickets")."""
    doc = doc_of("Grant Holloway has won in 13,08. Lorenzo Simonelli second in 13,15.")
    assert [m.text for m in doc.spans["athletes"]] == ["Grant Holloway", "Lorenzo Simonelli"]
    doc = doc_of("Marco Rossi bought 13,15 tickets.")
    assert [m.text for m in doc.spans["athletes"]] == []


def test_athletes_a_hometown_after_an_age_and_a_title_after_a_name(doc_of) -> None:
    """"Andrew Hanson, 41, of Minneapolis", "Patti Lindquist, 64, of Two Harbors": where someone comes from, after their
    age, is no person; "Taylor's coach at HOKA NAZ Elite, Ben Rosario," and "Vivek Singh, Joint Managing Director of
    organisers Procam International" are no athletes (a role after a possessive; a title's capitalised words)."""
    doc = doc_of("Andrew Hanson, 41, of Minneapolis was the first masters man in 2:27:15. Patti Lindquist, 64, of Two Harbors "
                 "ran 3:19:40 to win F60-64.")
    assert [m.text for m in doc.spans["athletes"]] == ["Andrew Hanson", "Patti Lindquist"]
    doc = doc_of("Kellyn Taylor won in 2:24:28. Taylor's coach at HOKA NAZ Elite, Ben Rosario, had predicted it. \"It was a "
                 "great day,\" said Vivek Singh, Joint Managing Director of organisers Procam International.")
    assert [m.text for m in doc.spans["athletes"]] == ["Kellyn Taylor", "Taylor"]
    assert {"Ben Rosario", "Vivek Singh"} <= {p.text for p in doc.spans["people"]}


def test_athletes_a_host_city_before_a_full_name_after_of(doc_of) -> None:
    """"the Olympic champion of Tokyo Jacob Ingebritsen": the city is the title's, no part of the name (not a venue's
    words after "at": "at Xiamen International Conference and Exhibition Center" is no person)."""
    doc = doc_of("The hare passed 800 metres in 1:52,60, with the Olympic champion of Tokyo Jacob Ingebritsen always attached. "
                 "Ingebritsen won in 3:30,37.")
    assert [m.text for m in doc.spans["athletes"]] == ["Jacob Ingebritsen", "Ingebritsen"]
    doc = doc_of("The race started at Xiamen International Conference and Exhibition Center. Yihunilign Adane won in 2:06:09.")
    assert [m.text for m in doc.spans["athletes"]] == ["Yihunilign Adane"]


def test_athletes_a_coach_with_his_club_set_off(doc_of) -> None:
    """"His coach, MVP's Stephen Francis, was typically understated": the club's possessive between the role and the
    name leaves him the coach, no athlete."""
    doc = doc_of("Kishane Thompson won the 100m final in 9.77.\n\nHis coach, MVP's Stephen Francis, was typically understated. "
                 "\"He's done nothing yet. The Olympics is where it matters,\" Francis told reporters in the mixed zone.")
    assert [m.text for m in doc.spans["athletes"]] == ["Kishane Thompson"]
    assert [p.text for p in doc.spans["people"]] == ["Stephen Francis", "Francis"]


def test_athletes_an_organisation_s_club_is_no_person(doc_of) -> None:
    """"Athlete Jemal, representing Ethiopian Electric Power club, crossed the finish line in 28:39", "Andamlak Belihu of
    Ethiopian Defence Force", "Ethiopian Prisons Administration": the clubs of a federation's organisations are no persons
    (their words are no name's), and the time is the runner's."""
    doc = doc_of("Athlete Jemal Yimer, representing Ethiopian Electric Power club, crossed the finish line in 28:39. Athlete "
                 "Andamlak Belihu of Ethiopian Defence Force finished second in 28:41. In the women's race, Athlete Tsigie "
                 "Gebreselama of Ethiopian Prisons Administration won in 32:05.")
    assert [m.text for m in doc.spans["athletes"]] == ["Jemal Yimer", "Andamlak Belihu", "Tsigie Gebreselama"]


def test_athletes_who_was_and_a_role(doc_of) -> None:
    """", who was run director for the morning" makes a non-athlete; ", who was screaming her head off" and "who was in
    head in 58,9" (translated: leading) do not ("head" there is no role)."""
    doc = doc_of("Thanks to Anne Nguyen, who was run director for the morning. Fellow Brit Keely Hodgkinson, who was screaming "
                 "her head off in the stands, runs tomorrow. It is the Beninese Noelie Yarrigo who was in head in 58,9.")
    assert [m.text for m in doc.spans["athletes"]] == ["Keely Hodgkinson", "Noelie Yarrigo"]
    assert [p.text for p in doc.spans["people"]] == ["Anne Nguyen"]


def test_athletes_a_host_city_in_two_words_is_no_person(doc_of) -> None:
    """"the streets of Addis Ababa": a host city in two words is a place, as "Paris" alone is."""
    doc = doc_of("The race wound through the streets of Addis Ababa on Sunday. Jemal Yimer won in 28:39.")
    assert [m.text for m in doc.spans["athletes"]] == ["Jemal Yimer"]


@pytest.mark.parametrize(
    "text",
    [
        "Faith Kipyegon, who was head and shoulders above the field, won in 3:49.11.",
        "Bashir Abdi, New Balance Ambassador, won in 2:03:36.",
        "Her coach had warned about one rival, Kenya's Faith Kipyegon, who won in 3:49.11.",
    ],
    ids=["who-was-head-and-shoulders", "a-sponsor-s-title-after-the-name", "a-country-s-possessive-after-a-role"],
)
def test_athletes_what_this_stop_s_role_rules_must_not_catch(doc_of, text: str) -> None:
    """The review of the stop's role rules: "who was head and shoulders above", a sponsor's capitalised title after the
    name with no "of", and a country's possessive after a role set off by a comma leave the winner an athlete."""
    assert len(doc_of(text).spans["athletes"]) == 1


@pytest.mark.parametrize("said", ["Hayashi Kiyoshi supervisor of Daihatsu talked", "Hayashi Kiyoshi, manager of Daihatsu, said"])
def test_athletes_a_single_word_after_a_role_s_of_is_the_team(doc_of, said: str) -> None:
    """"Hayashi Kiyoshi, manager of Daihatsu": the company team the manager runs is no person (a role's "of" before two
    words may name one: "the coach of Jakob Ingebrigtsen")."""
    doc = doc_of(f"Matsuda Mizuki won in 2:21:47. {said}: \"This winter she ran 40 kilometres six times.\"")
    assert [m.text for m in doc.spans["athletes"]] == ["Matsuda Mizuki"]


def test_athletes_a_verb_opening_a_translated_sentence_is_no_given_name(doc_of) -> None:
    """Polish copy translated puts the verb first: "Won Julien Alfred from Saint Lucia (10,89)" names Julien Alfred."""
    doc = doc_of("Ewa Swoboda was the third with the time 11,07. Won Julien Alfred from Saint Lucia (10,89).")
    assert [m.text for m in doc.spans["athletes"]] == ["Ewa Swoboda", "Julien Alfred"]


def test_athletes_a_surname_after_a_role_s_of_is_the_athlete_named_in_full(doc_of) -> None:
    """"Patrick Sang, the coach of Kipchoge": Eliud Kipchoge, named in full, is no team (the review's case)."""
    doc = doc_of("Eliud Kipchoge won in 2:03:59. Patrick Sang, the coach of Kipchoge, was pleased.")
    assert [m.text for m in doc.spans["athletes"]] == ["Eliud Kipchoge", "Kipchoge"]


def test_athletes_a_program_or_an_academy_is_no_person(doc_of) -> None:
    """"the American Development Program results", "the NN Running Academy": an organisation's name."""
    doc = doc_of("John Korir won in 2:02:44. The American Development Program results follow in a separate release.")
    assert [m.text for m in doc.spans["athletes"]] == ["John Korir"]


@pytest.mark.parametrize("said", ["The runner of Dukla Praha improved his best.", "Ondřej Kozel from AK Olomouc won in 1:48,02."])
def test_athletes_a_club_after_runner_of_or_opening_with_ak_is_no_person(doc_of, said: str) -> None:
    """Czech copy translated: "The runner of Dukla Praha", "from AK Olomouc" (Atletický klub) name clubs."""
    names = [m.text for m in doc_of(f"Filip Sasínek won the 1500m in 3:34,71. {said}").spans["athletes"]]
    assert "Dukla Praha" not in names and "AK Olomouc" not in names


def test_athletes_a_course_or_a_regional_is_no_person(doc_of) -> None:
    """"at the Miami University Cross Country Course", "at the NCAA Great Lakes Regional Nov. 15": places and meetings."""
    doc = doc_of("Anna Moravec ran 20:31.9 at the Miami University Cross Country Course. She expects to improve at the NCAA Great "
                 "Lakes Regional Nov. 15 in Madison.")
    assert [m.text for m in doc.spans["athletes"]] == ["Anna Moravec"]


def test_athletes_a_nickname_in_quotes_inside_a_name(doc_of) -> None:
    """'Dave "Duracell" Hughes' is Dave Hughes: not a lone "Hughes" given to the registry's one Hughes (Zharnel)."""
    doc = doc_of('Club results from the 10K road race. Special mention to Dave "Duracell" Hughes, who ran 41:09 to win the M60 '
                 'race. Tom "TK" Kowalski ran 1:29:57 in the half marathon.')
    assert sorted({m.label_ for m in doc.spans["athletes"]}) == ["Dave Hughes", "Tom Kowalski"]


def test_athletes_a_unit_left_in_german_is_no_person(doc_of) -> None:
    """German copy translated keeps its capitalised units: "won in 13:58,06 Minuten" names no one called Minuten."""
    doc = doc_of("Beatrice Tschebet won in 13:58,06 Minuten. The old record of 14:00,21 Minuten had held the Ethiopian Gudaf "
                 "Tsegai since 2023.")
    assert sorted({m.label_ for m in doc.spans["athletes"]}) == ["Beatrice Tschebet", "Gudaf Tsegai"]


def test_athletes_a_town_of_falls_or_a_sports_complex_is_no_person(doc_of) -> None:
    """"The senior from Sioux Falls", "the Sanford Jackrabbit Athletic Complex": a hometown and a venue."""
    doc = doc_of("Caleb Ostrander won the mile in 4:03.18. The senior from Sioux Falls came off the final turn in third place. "
                 "The meet was at the Sanford Jackrabbit Athletic Complex.")
    assert [m.text for m in doc.spans["athletes"]] == ["Caleb Ostrander"]


def test_athletes_springs_is_a_surname_too(doc_of) -> None:
    """The mid-stop review: "Springs" was tried among the heads of places and dropped: "Emma Springs won the 800m"."""
    assert [m.text for m in doc_of("Emma Springs won the 800m in 2:05.12 on Saturday.").spans["athletes"]] == ["Emma Springs"]


def test_athletes_a_schools_meeting_s_classes_towns_and_schools_are_no_persons(doc_of) -> None:
    """Jamaican schools' copy: "the Class One boys' 100 metres", "the ISSA/GraceKennedy Boys and Girls' Athletics
    Championships", "from Spanish Town", "Holmwood Technical's Alecia Grant"."""
    doc = doc_of("Tyreek Whyte won the Class One boys' 100 metres at the ISSA/GraceKennedy Boys and Girls' Athletics Championships. "
                 "The 18-year-old from Spanish Town was fast. Holmwood Technical's Alecia Grant was third in 11.30 in Class Two.")
    assert sorted({m.label_ for m in doc.spans["athletes"]}) == ["Alecia Grant", "Tyreek Whyte"]


def test_athletes_a_director_of_competitions_is_no_runner(doc_of) -> None:
    """"AK Director of Competitions Paul Mutwii said": "Competitions" opens no name (it made "Competitions Paul Mutwii")."""
    doc = doc_of("Reynold Cheruiyot won the 1500m in 3:33.95. AK Director of Competitions Paul Mutwii said the meet had attracted "
                 "more than 200 athletes.")
    assert "Competitions Paul Mutwii" not in [m.text for m in doc.spans["athletes"]]


def test_athletes_a_list_row_s_name_is_not_a_place_of_the_next_row(doc_of) -> None:
    """The second review: "Alana Reid\\nBoys 110m hurdles: Jahiem Stern": the next line's first word is no head of her name
    (the word after a name was read across the line break)."""
    doc = doc_of("Winners on day one at the ISSA Championships:\nClass One girls 100m: Alana Reid\nBoys 110m hurdles: Jahiem Stern\n"
                 "Girls 400m: Abigail Campbell")
    assert {"Alana Reid", "Jahiem Stern"} <= {m.label_ for m in doc.spans["athletes"]}


@pytest.mark.parametrize(
    "said",
    ["Halfway Kipchoge led the pack.", "History beckoned for the Kenyan.", "Temperatures rose above 20 degrees.",
     "The Governing Body met on Friday.", "The crowd gathered at Pietermaritzburg City Hall."],
    ids=["halfway", "history", "temperatures", "governing-body", "city-hall"],
)
def test_athletes_common_words_and_places_opening_a_sentence_are_no_names(doc_of, said: str) -> None:
    """Words the corpus found as runners ("Halfway", "History", "Temperatures", "Governing Body"; a "City Hall" no runner
    either, though "Hall" alone is a surname)."""
    names = {m.label_ for m in doc_of(f"Eliud Kipchoge won the marathon in 2:02:42. {said}").spans["athletes"]}
    assert names <= {"Eliud Kipchoge"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men's 100m: 1. Samuele Ceccarelli (ITA) 10.21, 2. Luca Pace (ITA) 10.34, 3. Chituru Ali (ITA) 10.38.",
         {"Samuele Ceccarelli", "Luca Pace", "Chituru Ali"}),
        ("Women's 20km race walk: 1. Yang Jiayu Yunnan Province 1:27:03, 2. Qieyang Shijie Qinghai Province 1:27:40",
         {"Yang Jiayu Yunnan", "Qieyang Shijie Qinghai"}),  # ("Province" is no name's word: the name less polluted)
    ],
    ids=["pace-a-surname", "a-province-after-a-name-in-a-list"],
)
def test_athletes_what_the_common_words_must_not_drop(doc_of, text: str, expected: set) -> None:
    """The last review: "Pace" (an Italian and Maltese surname) and "Province", "Palace", "Wharf" as heads of places were
    tried and dropped: "Luca Pace" lost his result to the winner, and a list writing the province after the name lost its
    rows (kept with the province in the name, as before: a polluted name is better than none)."""
    assert {m.label_ for m in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    "results",
    [
        "400m: 1. Femke Bol 49,24 (WR); 2. Lieke Klaver 50,56; 3. Cathelijn Peeters 51,78\n"
        "800m: 1. Marit de Boer 2.04,17; 2. Lotte Verhoef 2.04,90",
        "Women\n800m: 1. Marit de Boer 2,04; 2. Lotte Verhoef 2,05",
    ],
    ids=["decimal-commas", "event-label-before-the-first-row"],
)
def test_athletes_a_continental_results_list_s_runners(doc_of, results: str) -> None:
    """Short results as continental copy writes them, decimals after commas ("2. Lieke Klaver 50,56"): the lines are no
    headlines (their words had been read one by one), each row's runner is one, though no row reads as a sentence of the
    sport, and the first row's place follows its event's label ("800m: 1. Marit de Boer")."""
    names = {m.label_ for m in doc_of("Femke Bol won the 400m in 49.24.\n\n" + results).spans["athletes"]}
    assert {"Marit de Boer", "Lotte Verhoef"} <= names


def test_athletes_a_surname_after_its_line_s_event_label_opens_a_results_row(doc_of) -> None:
    """"60m: 1. Bouju 6.58; 2. Burnet 6.66": a lone surname is a runner where it opens a results row, and the first
    row's place follows its event's label (Bouju had been dropped, and Burnet given his time)."""
    doc = doc_of("Femke Bol won the 400m in 49.24.\n\nHeats\n60m: 1. Bouju 6.58; 2. Burnet 6.66")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Femke Bol", "Bouju", "Burnet"}


def test_athletes_a_lone_capital_between_the_parts_of_a_surname(doc_of) -> None:
    """"Maayke Tjin-A-Lim": one name (it was cut to "Maayke Tjin")."""
    doc = doc_of("Nadine Visser won the 60 metres hurdles in 7.86, ahead of Maayke Tjin-A-Lim (8.06).")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Nadine Visser", "Maayke Tjin-A-Lim"}


def test_athletes_a_championships_acronym_and_indoor_is_no_name(doc_of) -> None:
    """"the Dutch Indoor Championships (NK Indoor)": "NK Indoor" is the meeting ("Indoor" ends no person's name)."""
    doc = doc_of("Femke Bol won the 400 metres at the Dutch Indoor Championships (NK Indoor) in 49.24. The record fell at NK Indoor.")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Femke Bol"}


def test_athletes_a_name_the_results_go_on_from_with_a_surname(doc_of) -> None:
    """Portuguese and Spanish names: "Núbia de Oliveira" in the story, "Núbia de Oliveira Silva" in the results, one runner
    (her time had been given twice); not a son named after his father ("Ken Griffey Jr.")."""
    doc = doc_of("Núbia de Oliveira was the best Brazilian in second place, with 51min36s.\n\nRESULTS\n1. Agnes Ngetich (KEN) – "
                 "49min57s\n2. Núbia de Oliveira Silva (BRA) – 51min36s")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Agnes Ngetich", "Núbia de Oliveira Silva"}
    doc = doc_of("Ken Griffey won the mile in 4:01.2 and Ken Griffey Jr. was second in 4:03.5.")
    assert len({m.label_ for m in doc.spans["athletes"]}) == 2


def test_athletes_a_saint_s_name_is_no_runner(doc_of) -> None:
    """"the International Race of Saint Silvester": the race's saint, no athlete."""
    doc = doc_of("The Kenyan Daniel Mateiko won the 100th edition of the International Race of Saint Silvester in 43min48s.")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Daniel Mateiko"}


def test_athletes_a_word_named_as_a_full_name_is_that_person(doc_of) -> None:
    """"Flo is Edrick Floréal, who has coached her": the coach's nickname, no runner (the times after it had been Flo's)."""
    doc = doc_of('Rhasidat Adeleke won the 400m in 49.87. "Flo has us doing a lot of speed work," Adeleke said.\n\n'
                 "Flo is Edrick Floréal, who has coached her since her days at the University of Texas.")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Rhasidat Adeleke"}
    assert {m.label_ for m in doc.spans["people"]} == {"Edrick Floréal"}


@pytest.mark.parametrize(
    "told",
    ["Sophie Becker, another member of that squad, did not travel. She ran 51.64 in Oordegem on Saturday night.",
     "Chris O'Donnell had been entered but withdrew on the morning of the meeting with a tight calf."],
    ids=["she-ran-in-the-next-sentence", "withdrew"],
)
def test_athletes_told_of_as_a_runner(doc_of, told: str) -> None:
    """A sentence of no race word, then "She ran 51.64" (an irregular verb); "withdrew" from a meeting."""
    doc = doc_of(f"Rhasidat Adeleke won the 400m in 49.87.\n\n{told}")
    assert len({m.label_ for m in doc.spans["athletes"]}) == 2


def test_athletes_a_byline_s_hours_are_no_sport_and_a_memorial_s_person_is_named(doc_of) -> None:
    """"Michał Zieliński, Chorzów | 22.08.2026, 21:48": the writer, no runner (the hours made the line one of the sport);
    "the Memorial of Kamili Skolimowskiej" is a meeting, and its person, an athlete of the past, stays named."""
    doc = doc_of("Kinga Gacka was second in the 400m at the Memorial of Kamili Skolimowskiej in 49,18.\n\n"
                 "Michał Zieliński, Chorzów | 22.08.2026, 21:48 · updated 23:10")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Kinga Gacka", "Kamili Skolimowskiej"}
    assert [s.label_ for s in doc.spans["meetings"]] == ["Kamili Skolimowskiej Memorial"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hocker won the mile in 3:47.20 at the Millrose Games. Behind Hocker was Hobbs Kessler in 3:47.90.",
         {"Cole Hocker", "Hobbs Kessler"}),
        ("Kiplimo won the half marathon in 57:31 in Valencia. Second to Kiplimo was Kibiwott Kandie in 58:10.",
         {"Jacob Kiplimo", "Kibiwott Kandie"}),
        ("Noah Lyles won the 100m in 9.85. Lyles signed autographs next to Snoop Dogg. He came to watch the sprinters.",
         {"Noah Lyles"}),
        ("Noah Lyles won the 100m in 9.85. Lyles appeared on a talk show with Jimmy Fallon. He won here by a clear margin.",
         {"Noah Lyles"}),
        ("Noah Lyles won the 100m in 9.85. Erling Haaland, on a break from the Norway football squad, was in the crowd.",
         {"Noah Lyles"}),
        ("Noah Lyles won the 100m in 9.85. The meeting was nearly called off after Tom Hansen withdrew his company's "
         "sponsorship.", {"Noah Lyles"}),
        ("Filippo Tortu won the 200m in 20,34.\n\nStaffetta 4x100: 1. Fiamme Gialle 39,45; 2. Fiamme Oro 39,80; 3. "
         "Aeronautica Militare 40,01", {"Filippo Tortu"}),
        ("Kipyegon Storms To Victory In Eugene; 3 Kenyans Make Podium\n\nFaith Kipyegon won the 1500m in 3:49.04.",
         {"Faith Kipyegon"}),
        ("Sophie O'Sullivan won the 1500m in 4:08.00.\n\n1. Sophie O'Sullivan Ballymore 4:08.00\n2. Jane Doe 4:10.00",
         {"Sophie O'Sullivan Ballymore", "Jane Doe"}),
    ],
    ids=["behind-a-surname-was-a-full-name", "second-to-a-surname-was-a-full-name", "he-came-after-a-guest",
         "he-won-after-a-host", "a-football-squad", "withdrew-a-sponsorship", "a-relay-s-teams-in-a-continental-list",
         "a-title-case-headline-with-a-count", "a-club-glued-to-a-name-in-the-results"],
)
def test_athletes_what_this_stop_s_rules_must_not_do(doc_of, text: str, expected: set) -> None:
    """The review of this stop's rules: a surname "was" a full name is no nickname of it; "He came", "He won" go on about
    a guest only where the guest opens the sentence before; "squad", "withdrew" alone are no sport; a relay's teams are no
    runners; a headline's "; 3 Kenyans" no results row; a results row's longer name (a club glued to it) and the story's
    are one runner (under the longer name: a second review found real surnames so dropped, "Joan Chelimo Melly")."""
    assert {m.label_ for m in doc_of(text).spans["athletes"]} == expected


def test_athletes_ethiopian_copy_s_names(doc_of) -> None:
    """"Tsigie G/Selama": "G/" abbreviates "Gebre", one name (it was cut to "Tsigie"); "Medina Eisa" and "Medina Isa", the
    surname transliterated with another first letter, one runner, so "Athlete Medina" alone is hers."""
    doc = doc_of("Athlete Medina Eisa won the women's race in 32:09. Medina dominated the last three kilometres. Athlete Medina "
                 "Isa on her part said she was happy.\n\nWomen: 1. Medina Eisa 32:09; 2. Tsigie G/Selama 32:57.")
    assert {m.label_ for m in doc.spans["athletes"]} == {"Medina Eisa", "Tsigie G/Selama"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Emma Larsson won the 1500m in 4:10.22, ahead of club-mate Emma Karlsson in 4:12.50.", {"Emma Larsson", "Emma Karlsson"}),
     ("Peter Hansen won the 800m in 1:48.22, ahead of Peter Jansen in 1:49.50.", {"Peter Hansen", "Peter Jansen"}),
     ("Yomif Kejelcha won the 5000m in 12:50.10. Yomif Quejelcha, as the Spanish press writes him, was delighted.",
      {"Yomif Kejelcha"}),
     ("Noah Lyles won the 100m in 9.85. On Friday, Sophie Becker missed her flight to Brussels. She ran 51.64 in Oordegem "
      "the next day.", {"Noah Lyles", "Sophie Becker"})],
    ids=["larsson-karlsson", "hansen-jansen", "kejelcha-quejelcha", "a-lead-in-before-the-name"],
)
def test_athletes_what_this_stop_s_second_rules_must_not_do(doc_of, text: str, expected: set) -> None:
    """The second review: the same given name and a close surname of another first letter are two people ("Emma Larsson",
    "Emma Karlsson"), unless the letters sound alike ("Kejelcha", "Quejelcha"); "She ran" goes on about a name opened by
    a lead-in set off with its comma ("On Friday, Sophie Becker ...")."""
    assert {m.label_ for m in doc_of(text).spans["athletes"]} == expected


def test_a_race_time_after_at_around_makes_a_sentence_sporty():
    """"at around 2:01.55" is no hour of the day (it was taken for one here, not in times)."""
    assert sporty("Smith was at around 2:01.55 by then, with the others well back.")


def test_a_name_with_two_particles(doc_of):
    """"van der", "van den": two particles inside a name, as Dutch and German names pair them."""
    doc = doc_of("Second was the Italian Zaynab Dosso (7,08), third Patrizia van der Weken from Luxembourg (7,14).")
    assert {s.text for s in doc.spans["athletes"]} == {"Zaynab Dosso", "Patrizia van der Weken"}


@pytest.mark.parametrize(
    ("text", "athletes"),
    [
        ("Samuel Tefera on the finish line of the 1500 m (photo: Newspix.pl / Marek Zieliński)", {"Samuel Tefera"}),
        ("Sophie O'Sullivan won. Her long-time club coach at Ballymore Cobh, Pat Kiely, described the win as 'a long time coming'.",
         {"Sophie O'Sullivan"}),
    ],
    ids=["a-credit-with-its-agency-first", "a-role-with-two-words-before-it"],
)
def test_non_athletes_set_off_by_a_credit_or_a_role(doc_of, text, athletes):
    assert {s.text for s in doc_of(text).spans["athletes"]} == athletes


@pytest.mark.parametrize(
    ("text", "athletes"),
    [
        # Spanish "de la" is more often a race's or a place's than a name's
        ("Jacob Kiplimo won the Cross Internacional de la Constitución in Alcobendas on Sunday in 29:41.", {"Jacob Kiplimo"}),
        ("The race started on the Paseo de la Castellana, and Jacob Kiplimo won.", {"Jacob Kiplimo"}),
        # a role with two words before it is no role unless the second qualifies it
        ("After an epic last-lap head-to-head duel, Jakob Ingebrigtsen edged Josh Kerr to win the 1500m in 3:29.10.",
         {"Jakob Ingebrigtsen", "Josh Kerr"}),
        ("The British team vice captain, Laura Muir, won the 1500m in 4:05.20.", {"Laura Muir"}),
        ("Jakob Ingebrigtsen won in 3:29.10. His old training pal and Norwegian teammate, Narve Gilje Nordås, was third in 3:30.50.",
         {"Jakob Ingebrigtsen", "Narve Gilje Nordås"}),
    ],
    ids=["de-la-of-a-race", "de-la-of-a-street", "head-to-head", "team-vice-captain", "training-pal"],
)
def test_what_the_first_review_of_particles_and_roles_found(doc_of, text, athletes):
    assert {s.text for s in doc_of(text).spans["athletes"]} == athletes


def test_a_time_written_in_minutes_and_seconds_makes_a_sentence_sporty(doc_of):
    """Portuguese copy translated writes "with 45min20s", its lists "0h45min05s": names beside them are athletes."""
    doc = doc_of("The best Brazilian among the men was Johnatas de Oliveira Cruz, fifth with 45min20s.\n\n"
                 "4 – Andualem Shiferaw – ETH – 0h45min05s")
    assert {s.text for s in doc.spans["athletes"]} == {"Johnatas de Oliveira Cruz", "Andualem Shiferaw"}


def test_a_team_s_member_title_is_no_given_name(doc_of):
    """College copy: "Fellow Cougar Caleb Ruiz", where the text calls the team "the Cougars"."""
    doc = doc_of("Fellow Cougar Caleb Ruiz, a junior, ran a PR of 14:10.88 in the second section.\n\n"
                 "The Cougars head to the conference indoor championships Feb. 28.")
    assert {s.text for s in doc.spans["athletes"]} == {"Caleb Ruiz"}


def test_a_team_s_plural_strips_a_title_only_after_fellow(doc_of):
    """"SDSU's Jack Smith Jr. won the 800m ... The Jacks finished second": Jack is his given name."""
    doc = doc_of("SDSU's Jack Smith Jr. won the 800m in 1:48.20. The Jacks finished second in the team standings.")
    assert {s.text for s in doc.spans["athletes"]} == {"Jack Smith Jr."}


@pytest.mark.parametrize(
    ("text", "athletes"),
    [
        # a French time makes a sentence sporty; "the vice-world champion" is an athlete's title, not a role
        ("Cyrena Samba-Mayela, the vice-world champion in salle of Belgrade, has won the final in 7''89.", {"Cyrena Samba-Mayela"}),
        # a host city after "in" glued to a surname
        ("Natalia Kaczmarek won the 400m in Chorzow in 49,90. In Paris Kaczmarek ran 48,98 and lost only to Marileidy Paulino.",
         {"Natalia Kaczmarek", "Marileidy Paulino"}),
    ],
    ids=["a-french-time-and-a-vice-world-champion", "a-city-glued-to-a-surname"],
)
def test_names_beside_french_times_titles_and_cities(doc_of, text, athletes):
    found = {s.text for s in doc_of(text).spans["athletes"]}
    assert found >= athletes and not any("Paris" in name for name in found)


def test_a_host_city_that_is_a_given_name_stays_one(doc_of):
    """"Eugene Amo-Dadzie": no other given name for his surname in the text, so "Eugene" is his, not Eugene the city."""
    doc = doc_of("Zharnel Hughes won the 100m at the British Championships in 10.05, holding off a late challenge from Eugene "
                 "Amo-Dadzie, who was second in 10.10.")
    assert {s.text for s in doc.spans["athletes"]} == {"Zharnel Hughes", "Eugene Amo-Dadzie"}


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("Keely Hodgkinson won in 1:56.72. BBC commentator Vance Ridley, himself a world champion at 1500m, was beside himself.",
         "Vance Ridley"),
        ("Kipyegon won in 3:49.11. Her coach, Petrus Kiprono, who won steeplechase silver at the 1992 Olympics, was calm.",
         "Petrus Kiprono"),
        ("Former world indoor finalist Tamara Kells, commentating trackside, said Spencer had earned the win in 3:41.22.",
         "Tamara Kells"),
        ("Gidey won the trial in 29:01.03. Federation president Almaz Derese, the 1992 Olympic 10,000m champion, watched.",
         "Almaz Derese"),
        ("Eilish won in 14:53.05. Her mother and coach Lorna Haddow, herself a former Commonwealth medallist, was in tears.",
         "Lorna Haddow"),
    ],
    ids=["himself-a-world-champion", "who-won-olympic-silver", "former-finalist-before", "the-olympic-champion",
         "herself-a-former-medallist"],
)
def test_athletes_someone_in_a_role_whose_athletic_past_is_told_is_an_athlete(doc_of, text, former):
    """A coach, commentator or federation president the text says won medals or titles (or was an
    Olympian) was an athlete: an athlete, with the role kept on the mention."""
    doc = doc_of(text)
    assert former in {s.text for s in doc.spans["athletes"]}
    assert former not in {s.text for s in doc.spans["people"]}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kipyegon won in 3:49.11. Her coach, Petrus Kiprono, who has guided three world champions, was calm.", "Petrus Kiprono"),
        ("Kerr won in 3:27.79. His coach, Daniel Mackey, who won the coaching award of the year, smiled.", "Daniel Mackey"),
        ("Kerr won in 3:27.79. BBC commentator Vance Ridley, himself a keen cyclist, was beside himself.", "Vance Ridley"),
        ("Kerr won in 3:27.79. Former world champion Lia Ortu's coach Arno Pelt watched from the stand.", "Arno Pelt"),
    ],
    ids=["who-has-guided-champions", "who-won-a-coaching-award", "himself-a-cyclist", "a-champion-s-coach"],
)
def test_athletes_a_role_without_an_athletic_past_stays_a_person(doc_of, text, person):
    doc = doc_of(text)
    assert person in {s.text for s in doc.spans["people"]}


@pytest.mark.parametrize(
    "text",
    [
        "Kiptum won in 2:00:35. Comrades Marathon Association chairperson Lindiwe Maseko said 20,000 runners started.",
        "The team finished ninth in 33:10. U SPORTS chief executive officer Graham Brook presented the medals.",
        '"I knew the heat would come," Yamauchi said after her 7:14:23 through team interpreter Aya Kimoto.',
        '"Alone it is very hard," Tsegay said after her 8:17.11 through her interpreter, Dawit Alemayehu.',
        "Kiptum won in 2:00:35. His coach, the Rwandan Gervais Habimana, was waiting at the finish.",
        "Bol won in 52.76. Her coach, the Freiburg-born Swiss Laurent Meyer, was satisfied.",
        "Jamie Kowalski, who coached Arop as a teenager in Edmonton, watched his 1:41.20 at a neighbour's house.",
        "Kawauchi ran 2:09:18. Toshi Takeda, who oversees marathon development for the federation, was pleased.",
        "Hosts Maya Thorne and Dev Iyengar break down the final, which Hocker won in 3:27.65.",
        "Photo: Patrick Wolfe – Gideon Kurgat crosses the finish of the 10km in 28:10.",
        "Kenenisa Bekele was second in 2:04:15.\n\nPhoto: Bekele crossing the finish line (Courtesy of London Marathon Events / Dawit Alemayehu)",
        "British team leader Hannah Prowe said the squad was delighted after Mahamed's 27:50.",
    ],
    ids=["chairperson", "chief-executive-officer", "team-interpreter", "interpreter-closing-the-clause",
         "coach-then-the-nationality", "coach-then-born-and-nationality", "who-coached-him", "who-oversees",
         "hosts-named-together", "photo-credit-before-a-dash",
         "courtesy-of-an-agency-then-a-name", "team-leader"],
)
def test_athletes_roles_bylines_and_credits_are_people(doc_of, text):
    named = {s.text for s in doc_of(text).spans["athletes"]}
    for name in ("Lindiwe Maseko", "Graham Brook", "Aya Kimoto", "Dawit Alemayehu", "Gervais Habimana", "Laurent Meyer",
                 "Jamie Kowalski", "Toshi Takeda", "Maya Thorne", "Dev Iyengar", "Tess Marlowe", "Tom Aldred", "Priya Mehta",
                 "Patrick Wolfe", "Hannah Prowe"):
        if name in text:
            assert name not in named, name


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ('Speaking through an interpreter, Nishiyama said he had no regrets. Nishiyama was ninth in 2:06:31.', "Nishiyama"),
        ("by Gaz Whitford (men's captain)\n\nA grand day out at the league.\n\n1. Tom Ellery 31:02\n70. Gaz Whitford 38:41",
         "Gaz Whitford"),
        ("Photo: AP / Josh Kerr crosses the line in 3:27.79 to win the 1500m.", "Josh Kerr"),
    ],
    ids=["through-an-interpreter-then-the-speaker", "a-byline-whose-writer-ran", "a-caption-after-an-agency"],
)
def test_athletes_roles_bylines_and_credits_that_are_athletes(doc_of, text, athlete):
    assert athlete in {s.text for s in doc_of(text).spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        ("By Tess Marlowe | Updated April 15, 2024, 12:48 p.m. ET\n\nSisay Lemma won the Boston Marathon in 2:06:17.",
         ["Tess Marlowe"]),
        ("Kipyegon wins the 5000m in 14:53.88 to complete the double\nLive coverage by Tom Aldred (now) and Priya Mehta (earlier)\n\n"
         "What a race.", ["Tom Aldred", "Priya Mehta"]),
        ("Kerr ran 3:27.79 to win.\n\nBy Mark Adeyemi\n\nThere is a moment in every final.", ["Mark Adeyemi"]),
    ],
    ids=["before-a-stamp", "live-coverage-by-two", "alone-on-its-line"],
)
def test_athletes_a_byline_names_a_journalist(doc_of, text, writers):
    found = people(doc_of(text))
    assert all((w, "journalist") in found for w in writers)


def test_athletes_a_results_table_with_clubs_cuts_the_name_before_the_club(doc_of):
    """"Pos Name Club Cat Time" rows: the name is the first words (the longest the text writes alone elsewhere),
    the club the rest; a row's age category before its time tells such a table without a header."""
    doc = doc_of("Tom Ashby crosses the line to win the 10K in 31:42.\n\n"
                 "Pos Name Club Cat Time\n1 Tom Ashby Harborough AC SM 31:42\n2 Josh Mears Leicester Coritanians SM 31:58\n"
                 "3 Ravi Patel Kettering Town Harriers M40 32:20\n\nJunior race\n\n1 Alfie Dunmore Kibworth Runners U13 7:49")
    assert {s.text for s in doc.spans["athletes"]} == {"Tom Ashby", "Josh Mears", "Ravi Patel", "Alfie Dunmore"}


def test_athletes_a_polish_club_s_prefix_keeps_the_club_whole(doc_of):
    """"KS Podlasie Białystok", "UKS Orlik Bydgoszcz": a club (its prefix is no acronym before a person's name)."""
    doc = doc_of("Men, 10 km: 1. Mateusz Kaczor (AZS AWF Katowice) 30:41, 2. Krystian Zalewski (KS Podlasie Białystok) 30:52. "
                 "In the juniors won Jakub Nowicki from UKS Orlik Bydgoszcz with time 19:58.")
    assert {s.text for s in doc.spans["athletes"]} == {"Mateusz Kaczor", "Krystian Zalewski", "Jakub Nowicki"}


def test_athletes_a_compass_word_before_a_nationality_is_part_of_it(doc_of):
    """"won by West Australian Matthew Ramsden": "West Australian" describes him, the run is no place's name."""
    doc = doc_of("The second heat was won by West Australian Matthew Ramsden in 3:43.12 from Callum Davies (3:43.20).")
    assert {s.text for s in doc.spans["athletes"]} == {"Matthew Ramsden", "Callum Davies"}


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("Cheered on by thousands of supporters, Jakob Ingebrigtsen won in 3:27.14.", "Jakob Ingebrigtsen"),
        ("Surrounded by journalists, Faith Kipyegon said she was happy with her 3:49.11.", "Faith Kipyegon"),
        ("Sarah Healy, who coached herself this winter, won the 1500m in 4:05.33.", "Sarah Healy"),
        ("Josh Kerr, who oversees his own training, won in 3:29.38.", "Josh Kerr"),
        ("The race was won\nby Evans Chebet in 2:06:51, ahead of Gabriel Geay.", "Evans Chebet"),
        ("Photo: Jakob Ingebrigtsen – winner of the 5000m in 12:48.45", "Jakob Ingebrigtsen"),
        ("Kenya's team leader Beatrice Chebet won the senior women's race in 31:05.", "Beatrice Chebet"),
        ("Speaking through an interpreter Yuki Kawauchi said he was happy with his 2:09:18.", "Yuki Kawauchi"),
    ],
    ids=["a-plural-role-before-a-comma", "journalists-around-her", "coached-herself", "oversees-his-own-training",
         "a-line-wrapped-before-by", "a-caption-s-dash", "a-role-holder-who-won", "through-an-interpreter-no-comma"],
)
def test_athletes_what_the_role_byline_and_credit_rules_must_not_catch(doc_of, text, athlete):
    """The review of this stop's roles: a plural role is one only before names said together ("Hosts A and B"); "coached
    herself", "oversees his own training" are the athlete's; a byline opens with a capital "By"; a caption's name goes on
    after a dash; a role's holder who wins in her own sentence raced; "through an interpreter" names no interpreter."""
    assert athlete in {s.text for s in doc_of(text).spans["athletes"]}


@pytest.mark.parametrize(
    "text",
    [
        "Her coach, Tom Reed, who took Faith Kipyegon to three world titles, watched her win in 3:51.07.",
        "Coach Bobby Kersee, who won his third coaching title this year, watched Sydney McLaughlin-Levrone run 50.65.",
        "Race director Jim Kelly, who held the record for the fastest-growing race in Ireland, welcomed Hiko Tonosa, who won in 28:40.",
        "Present at the launch were meet director John Smith, world champion Noah Lyles and Olympic champion Julien Alfred.",
        "Her coach, John Smith, the world champion's long-time mentor, said Faith Kipyegon ran 3:51.07.",
        "Former Ireland football international turned race director John Kearney said Hiko Tonosa won in 28:40.",
        "Battocletti won in 30:43.35, coached by her father, John Smith, a former international himself.",
    ],
    ids=["took-someone-to-titles", "a-coaching-title", "a-record-of-something-else", "another-s-title-after-the-name",
         "another-s-title-possessive", "another-sport-s-international", "an-international-of-what"],
)
def test_athletes_what_the_athletic_past_rule_must_not_catch(doc_of, text):
    """The review: a title or a win the clause gives someone else, or another sport's, tells no athletic past."""
    assert not {s.text for s in doc_of(text).spans["athletes"]} & {"Tom Reed", "Bobby Kersee", "Jim Kelly", "John Smith", "John Kearney"}


def test_athletes_a_club_table_s_rows_end_where_the_prose_begins(doc_of):
    """A table headed "Pos Name Club Time" and prose right under it, no blank line between: the prose's names are whole."""
    doc = doc_of("Pos Name Club Time\n1 Tom Ashby Harborough AC 31:42\n2 Ravi Patel Kettering Town Harriers 32:20\n"
                 "Report: Sarah Cole won the women's race in 35:10, ahead of Ann Reid in 35:40.")
    assert {s.text for s in doc.spans["athletes"]} >= {"Tom Ashby", "Ravi Patel", "Sarah Cole", "Ann Reid"}


@pytest.mark.parametrize("name", ["P U Chithra", "P. U. Chithra"])
def test_athletes_two_initials_and_a_surname_alone(doc_of, name: str) -> None:
    """"veteran P U Chithra of Kerala, a two-time Asian champion, finished fourth" (Indian copy: initials before the
    name): an athlete named no other way, her place and town after her (Kerala is no athlete)."""
    doc = doc_of(f"Lili Das won the 1500m in 4:10.68, while veteran {name} of Kerala, a two-time Asian champion, finished "
                 "fourth in 4:15.40.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Lili Das", name}


def test_athletes_a_lone_word_before_an_aside_is_no_name(doc_of) -> None:
    """"Instead, as in Tokyo, Sifan Hassan finished first": the lone word opening the sentence is none."""
    doc = doc_of("Instead, as she did in Tokyo three years ago, Sifan Hassan finished first in 2:18:33.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Sifan Hassan"}


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        ("Kemei coach Renato Canova said Kemei had trained well. Kemei then won the 10,000m in 27:10.20.", "Kemei"),
        ("Korir coach Patrick Sang watched as Korir won the marathon in 2:06:10.", "John Korir"),
        ("Final results: Ingebrigtsen (1) Kerr (2) Hocker 3:29.10.", "Cole Hocker"),
    ],
    ids=["surname-coach-name", "registry-surname-coach-name", "a-list-s-bracketed-places"],
)
def test_athletes_an_athlete_before_a_coach_or_after_a_bracketed_place_stays_one(doc_of, text: str, athlete: str) -> None:
    """"Kemei coach Renato Canova" (a headline's "Kemei's coach") names no team; "(2) Hocker 3:29.10" in a list opening
    with no place is no school after an age."""
    assert athlete in {s.label_ for s in doc_of(text).spans["athletes"]}


def test_athletes_two_initials_and_a_word_need_a_race_in_their_sentence(doc_of) -> None:
    """"J P Morgan was the title sponsor again": two initials and a word with no time nor place after them are no athlete."""
    doc = doc_of("J P Morgan was the title sponsor again. Conner Mantz won the 5K in 14:10.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Conner Mantz"}


def test_a_results_row_of_comma_decimals_is_sporty():
    """A results row written with decimal commas and no word of the sport ("5) Wilfried Happio, France 48,55, 6) Yasmani
    Copello, Turkey 49,03", Norwegian translated) speaks of the sport; one price is not a row."""
    assert sporty("5) Wilfried Happio, France 48,55, 6) Yasmani Copello, Turkey 49,03.")
    assert not sporty("Tickets cost 12,50 for Anna Berg's friends.")


def test_a_lone_word_the_text_writes_in_lower_case_is_no_athlete(doc_of):
    """A forum post's "Gun went at 10:00 on the nose ... the gun time on the results says 1:28:02": a word the text also
    writes in lower case is a noun, not a lone surname; "Clubmate" before a name is no part of it."""
    doc = doc_of("Clara Evans won in 1:11:05. Gun went at 10:00 on the nose, so the gun time on the results says 1:28:02.\n\n"
                 "Clubmate Siân Pritchard absolutely flew, 1:24:10 and 3rd F40.")
    assert [a.text for a in doc.spans["athletes"]] == ["Clara Evans", "Siân Pritchard"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Clara Evans won in 1:11:05. My PBs: 10k 40:55 (Cardiff Bay 10k '22) and HM 1:27:41.", ["Clara Evans"]),
     ("Agnes Ngetich won in 29:10, outside Beatrice Chebet's mark. Beatrice Chebet 10km world record holder since January, was "
      "not racing.", ["Agnes Ngetich", "Beatrice Chebet", "Beatrice Chebet"])],
    ids=["a-race-named-after-its-place", "a-runner-s-record-of-the-distance"],
)
def test_a_name_right_before_a_road_distance_is_a_race(doc_of, text: str, expected: list[str]):
    """"(Cardiff Bay 10k '22)": a name right before a road distance in figures is a race named after its place, not a
    person; a runner's "10km world record" after the name leaves the runner."""
    assert [a.text for a in doc_of(text).spans["athletes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hall won the 400m in 44.20 at the indoor meeting, the fastest time ever run in the hall.", {"Hall"}),
        ("Young won the 800m in 1:45.10, ahead of a young field; Hoppel was second in 1:45.50.", {"Young", "Hoppel"}),
        ("Karsten Warholm won the 400 meter hekk in 46,70.\n\nIn the stafett: 1) Norway (Jonas Skjelbred, Jonas Dahl) 39,45, "
         "2) Sweden (Henrik Larsson, Erik Hagberg) 39,80", {"Karsten Warholm"}),
        ("Karsten Warholm won the 400 meter hekk in 46,70.\n\nTickets cost 12,50 euros for children and 19,90 euros for "
         "adults, according to Steinar Hoen.", {"Karsten Warholm"}),
        ("Clara Evans won in 1:11:05.\n\nClubmates Jane Doe (16:20) and Amy Brown (16:40) followed.", None),
    ],
    ids=["hall", "young", "a-relay-s-runners", "prices", "clubmates"],
)
def test_athletes_what_this_stop_s_rules_must_not_do_either(doc_of, text: str, expected) -> None:
    """The review's misfires: a surname the text also writes in lower case that wins or has a time stays an athlete; a
    Norwegian relay's runners and a sentence of prices are no results row; "Clubmates" is no part of a name."""
    names = {a.text for a in doc_of(text).spans["athletes"]}
    if expected is None:
        assert not any(n.startswith("Clubmates") for n in names)
    else:
        assert names == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("800m: 1. Young 1:52.3, 2. Price 1:53.1, 3. Hunt 1:54.0. A young field ran well despite the entry price.",
         {"Young", "Price", "Hunt"}),
        ("Results: Jane Smith 10k 34:55; Mary Byrne 10k 35:10; Sue Lee 10k 36:00.", {"Jane Smith", "Mary Byrne", "Sue Lee"}),
        ("Karsten Warholm won the 400 meter hekk in 46,70.\n\nWeather: 1. Oslo 21,50 degrees, 2. Bergen 18,40 degrees, said "
         "meteorologist Kari Nordmann.", {"Karsten Warholm"}),
        ("Femke Bol won the 400 meter horden in 52,15.\n\nIn the estafette: 1) Netherlands (Lieke Klaver, Cathelijn Peeters) "
         "42,45, 2) Belgium (Camille Laus, Naomi Van den Broeck) 43,10", {"Femke Bol", "Lieke Klaver"}),  # (Klaver: the registry's)
    ],
    ids=["a-surname-with-a-bare-time", "a-runner-s-own-distance-and-time", "weather-rows", "a-dutch-relay"],
)
def test_athletes_what_the_second_review_found(doc_of, text: str, expected: set) -> None:
    """The second review's misfires: a lone surname with a bare time after it stays; "Jane Smith 10k 34:55" is a runner's
    distance and time, no race named after a place; rows of temperatures and a Dutch relay's teams are no results rows."""
    assert {a.text for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_an_untranslated_hurdles_word_is_lower_case_or_capitals():
    """"the 5000m Horden Harriers club race" is a club, not "5000m hurdles"."""
    from pipeline.stages.context import find_events
    assert [e for _, _, e in find_events("The 5000m Horden Harriers club race was won by John Smith in 15:10.20.")] == ["5000m"]


def test_athletes_a_runner_in_brackets_after_a_split_is_no_photo_credit(doc_of) -> None:
    """"1209m: 3:01.35 (Gary Martin)" closes its line like a caption's credit, but a credit follows no time: the leader
    at that point, an athlete (a caption's "(Jan Figueroa)" is still the photographer)."""
    doc = doc_of("Virginia's Gary Martin had been sitting in sixth of the mile.\n\n1209m: 3:01.35 (Gary Martin)\n"
                 "1409m: 3:29.45 (Martin)\n\nGary Martin crosses the line in Boston (Jan Figueroa)")
    assert [s.label_ for s in doc.spans["athletes"]] == ["Gary Martin"] * 4
    assert "Jan Figueroa" not in {s.label_ for s in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rose Davies won the 10km in 30:39.\n\nAthletics Australia Head of Performance Claire Whitmore congratulated both "
         "athletes. \"Rose joins a proud list of Australian women who have held this record,\" she said.", ["Rose Davies"]),
        ("Rose Davies won the 10km in 30:39.\n\nDirector of Coaching Tom Smith congratulated both athletes. \"Rose joins a proud "
         "list of Australian women who have held this record,\" he said.", ["Rose Davies"]),
        ("Gary Martin won the mile in 3:56.70. Photo by Danielle Ruiz for The Kick Report.", ["Gary Martin"]),
        ("Gary Martin won the mile in 3:56.70, the Kenosha Herald reports.", ["Gary Martin"]),
    ],
    ids=["head-of-a-department", "director-of-a-department", "a-blog-s-name", "a-paper-s-name"],
)
def test_athletes_a_post_s_department_and_a_publication_are_no_names(doc_of, text: str, expected: list) -> None:
    """"Head of Performance Claire Whitmore": the department belongs to the post, not to the name of the official after it;
    "The Kick Report", "the Kenosha Herald": a publication, not a person."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"]}) == expected


def test_athletes_a_club_s_place_alone_is_the_club(doc_of) -> None:
    """"Shettleston were 15 seconds back" beside "Shettleston Harriers": the place alone stands for the club, no athlete."""
    doc = doc_of("Central AC retained the title, but only after a Shettleston Harriers side that led for half the afternoon had "
                 "made them fight. Shettleston were 15 seconds back in 1:01:19.\n\nShettleston had the better of the early "
                 "exchanges. Callum Lindsay led the field off the first lap in 15:05.")
    assert sorted({s.label_ for s in doc.spans["athletes"]}) == ["Callum Lindsay"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Top: Sifan Hassan winning the marathon in 2:22:55 (Michael Steele)\n\nSifan Hassan won the Olympic marathon in 2:22:55.",
         ["Sifan Hassan"]),
        ("Women's 5000m: 1. Megan Keith 15:01.20 (Inverness Harriers); 2. Hannah Nuttall 15:03.40 (Charnwood); 3. Eilish McColgan "
         "15:05.10 (Dundee Hawkhill)", ["Eilish McColgan", "Hannah Nuttall", "Megan Keith"]),
    ],
    ids=["a-caption-s-credit-after-a-time", "a-club-after-a-row-s-time"],
)
def test_athletes_what_the_review_of_ca2e0df_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: a bracketed name closing a caption after its time is the photographer's credit, and one closing a
    results row is its club; only a splits list's line ("1209m: 3:01.35 (Gary Martin)") names a leader so."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"]}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results\n800m: Ben Pattison 1:44.80 (Basingstoke & Mid Hants)\n1500m: Neil Gourley 3:36.50 (Giffnock North AC)\n"
         "5000m: George Mills 13:20.12 (Brighton Phoenix)", ["Ben Pattison", "George Mills", "Neil Gourley"]),
        ("Men's 800m – a rapid race in Silesia.\n800m: Emmanuel Wanyonyi 1:41.95 (Mark Shearman)\nWanyonyi led all the way.",
         ["Emmanuel Wanyonyi"]),
        ("Karim Tijani, manager of Soufiane El Bakkali, confirmed the Moroccan would race in Rome after his 8:05.12.",
         ["Soufiane El Bakkali"]),
        ("Bromley ran 14:12 for third. \"I'm pleased,\" said Bromley, of Blackheath & Bromley Harriers.", ["Bromley"]),
    ],
    ids=["a-club-after-a-results-line-s-time", "a-credit-on-a-live-blog-line", "manager-of-a-name", "a-later-word-of-a-club-s-name"],
)
def test_athletes_what_this_stop_s_second_review_found(doc_of, text: str, expected: list) -> None:
    """The second review's cases: a bracketed name after a results line's time is its club, and after a live blog's line a
    credit (only a splits line opening with its point's time names a leader so); "manager of" is no department glued to the
    name; "Bromley" of "Blackheath & Bromley Harriers" is a later word of the club's name, so the runner Bromley stays. ("Mid
    Hants" of "Basingstoke & Mid Hants", an athlete until the seventeenth stop, is now a firm's or club's name in its bracket.)"""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"]}) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Beatrice Chebet won the 5000m in 14:26.12, imposing herself on our Nadia Battocletti, second in 14:33.07.",
         {"Beatrice Chebet", "Nadia Battocletti"}),
        ("Club news: our Christmas Handicap was won by Tom Ellis in 17:45.", {"Tom Ellis"}),
        ("Jess Adeyemi won the 800m in 2:09.40, and our Red Devils took the team title.", {"Jess Adeyemi"}),
    ],
    ids=["an-italian-s-our", "a-club-s-race", "a-team-s-plural"],
)
def test_athletes_a_name_after_our_is_a_person_the_registry_knows(doc_of, text: str, named: set[str]) -> None:
    """"our Nadia Battocletti" (Italian copy's "la nostra") is the athlete the registry knows; "our Christmas Handicap" (the
    review's case: a club's race) and "our Red Devils" (a team) are no one."""
    assert {name for name, _ in athletes(doc_of(text))} == named


def test_athletes_a_name_opening_with_a_function_word_opening_a_sentence_or_turned_round(doc_of) -> None:
    """A name whose first word is a function word, as the text writes it mid-sentence ("national record holder He Jie"),
    is that runner's when it opens a sentence ("He Jie ran out 2 hours 9 minutes") and when machine translation turns it
    round ("Jie He said"); the quote is his, not the winner's named before."""
    text = ("Ethiopian runner Tadese Worku won in 2:05:44 ahead of national record holder He Jie.\n\nHe Jie ran out 2 hours 9 "
            "minutes 2 seconds, ranking the fourth. \"The second half was better,\" Jie He said after the race.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["athletes"] if "Jie" in s.text] == [
        ("He Jie", "He Jie"), ("He Jie", "He Jie"), ("Jie He", "He Jie")]
    assert [q._.speaker.label_ for q in doc.spans["quotes"]] == ["He Jie"]


def test_athletes_a_page_s_hosts_after_a_bar_are_no_athletes(doc_of) -> None:
    """A podcast page's line "Released Monday 16 June 2025 | Runtime 1:02:15 | Hosts: Tom Ashby and Rhona McLeish" names
    its hosts, not athletes (and the runtime is no one's time)."""
    text = ("THE LONG RUN - Episode 12\n\nReleased Monday 16 June 2025 | Runtime 1:02:15 | Hosts: Tom Ashby and Rhona McLeish\n\n"
            "Neil Gourley ran 3:48.87 for fourth in Oslo, and tells Tom and Rhona about the race.")
    doc = doc_of(text)
    roles = {s.label_: s._.role for s in doc.spans["people"]}
    assert roles.get("Tom Ashby") == "host" and roles.get("Rhona McLeish") == "host"
    assert [s.label_ for s in doc.spans["athletes"]] == ["Neil Gourley"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen won in 3:31.10. Sam Little chased him home in 3:32.05.", "Sam Little"),
    ],
    ids=["little"],
)
def test_athletes_a_surname_that_is_a_common_word(doc_of, text: str, expected: str) -> None:
    """"Little": words that name no one alone are a surname after a given name and before a verb (not the compass's
    words since the second review: "Lincoln East", "Millard West" are schools)."""
    assert expected in [s.label_ for s in doc_of(text).spans["athletes"]]


def test_athletes_no_person_in_a_venue_a_label_or_a_news_site(doc_of) -> None:
    """Translated Chinese copy: "China Sports Net Xiamen January 5 news", "the Xiamen International Conference and Exhibition
    Center", "the World Athletics Platinum Label race" name no athlete."""
    text = ("China Sports Net Xiamen January 5 news - The race was fired at the Xiamen International Conference and Exhibition "
            "Center. Kiros won in 2 hours 6 minutes 12 seconds. The race has the World Athletics Platinum Label status.")
    assert [s.label_ for s in doc_of(text).spans["athletes"]] == ["Kiros"]


def test_athletes_a_given_name_written_in_one_word_or_two(doc_of) -> None:
    """Translated Chinese copy: "Haile Mariam Kiros" and "Hailemariyamu Kirosi" are one runner, the given name written in
    one word or two, transliterated otherwise too (not "Peter Hansen" and "Peter Jansen")."""
    text = ("Ethiopian athlete Haile Mariam Kiros won the men's race in 2:06:12. In the end, Hailemariyamu Kirosi rushed through "
            "the finish line. Peter Hansen was ninth and Peter Jansen tenth.")
    labels = {s.label_ for s in doc_of(text).spans["athletes"]}
    assert "Hailemariyamu Kirosi" not in labels and {"Haile Mariam Kiros", "Peter Hansen", "Peter Jansen"} <= labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Smith won the 5000m in 14:02.11. Harvard followed with Lee in 14:05.20.", "Harvard"),
        ("Kiptum won in 2:00:35. Kaptagat followed the race on television.", "Kaptagat"),
    ],
    ids=["a-team-followed", "a-place-followed"],
)
def test_athletes_what_the_review_of_stop_39_found(doc_of, text: str, name: str) -> None:
    """The review's cases: "followed" after a capitalised word makes no athlete of a team or a place."""
    assert name not in [s.label_ for s in doc_of(text).spans["athletes"]]


@pytest.mark.parametrize(
    "text",
    [
        "Sam Smith won in 30:10. Bristol West pushed Bristol East into third in the team race.",
        "Smith won in 14:02.11 to take the America East title. America East, the conference, named him athlete of the year.",
    ],
    ids=["a-place-s-quarters", "a-conference"],
)
def test_athletes_a_compass_word_after_a_place_is_no_surname(doc_of, text: str) -> None:
    """The review's cases: "Bristol West" beside "Bristol East", and "America East", are places and conferences, not
    runners surnamed West or East."""
    assert not [s.label_ for s in doc_of(text).spans["athletes"] if s.label_.endswith(("West", "East"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jo Ann Pritchard won the W60 title in 24:12. Joan Pritchard was second in 24:50.", {"Jo Ann Pritchard", "Joan Pritchard"}),
        ("Lincoln East won the girls team title with 98 points. Maya Ortiz won the 3200 in 10:41.20.", {"Maya Ortiz"}),
    ],
    ids=["one-surname-two-given-names", "a-school-s-compass-word"],
)
def test_athletes_what_the_second_review_of_stop_39_found(doc_of, text: str, expected: set) -> None:
    """The second review's cases: names respaced merge only when their surnames differ in spelling, not two given names of
    one surname; a school's "Lincoln East" is no runner."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harkness wins at state\n\nTERRE HAUTE, Ind. (WTHQ) — For one afternoon the best cross country runner in Indiana lived ten minutes from the course.\n\n"
         "Terre Haute South senior Eli Harkness won the state title in 15:08.4 and won last week's Terre Haute semistate in 15:22.4.",
         {"Eli Harkness"}),
        ("In the women's race, Fotyen Tesfay of Ethiopian Electric Power was the winner in 31:48. Biniam Mehary, who runs for the "
         "Mesfin Industrial Engineering club, won the men's race in 28:27.", {"Fotyen Tesfay", "Biniam Mehary"}),
        ("In the 10,000m, Kenya Police Rhonex Kipruto won in 27:31 and Nadia Power was second in the 1500m in 4:13.10.",
         {"Rhonex Kipruto", "Nadia Power"}),
        ('The race started under the motto "Run for Peace, Run for Unity". Biniam Mehary won in 28:27.', {"Biniam Mehary"}),
    ],
    ids=["a-dateline-place-of-two-words", "a-company-s-and-a-club-s-names", "an-organisation-before-a-full-name", "a-slogan"],
)
def test_athletes_places_organisations_and_slogans_are_no_runners(doc_of, text: str, expected: set) -> None:
    """"Terre Haute" of a report datelined TERRE HAUTE is a place, in the dateline and out of it; a word after an
    organisation's word ("Ethiopian Electric Power"), or a run holding one before its last word ("Mesfin Industrial
    Engineering"), is no person, but a full name after one is ("Kenya Police Rhonex Kipruto", "Nadia Power"); a word alone in
    a quoted slogan of capitalised words is none either."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_surname_after_the_spelled_a_letter_apart_is_no_one_named(doc_of) -> None:
    """Italian copy translated writes "the" before a surname; one a letter apart from a surname named in full is not taken
    for that runner (the review of 4b6205f: "Third the Kiplangat" after "Edna Kiplagat" was merged with her)."""
    doc = doc_of("Edna Kiplagat won in 2:21:40, ahead of Ethiopian Tigist Abayechew in 2:22:10. Third the Kiplangat in 2:22:45.")
    assert [(r.text, r._.athlete.label_ if r._.athlete is not None else None) for r in doc.spans["results"]][:2] == [
        ("2:21:40", "Edna Kiplagat"), ("2:22:10", "Tigist Abayechew")]
    assert "Edna Kiplagat" not in {r._.athlete.label_ for r in doc.spans["results"] if r.text == "2:22:45" and r._.athlete is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the Potsdamer Platz Dera Dida attacked, and she won in 2:21:08.", {"Dera Dida"}),
        ("At the Trafalgar Square Dera Dida attacked, and she won in 2:21:08.", {"Dera Dida"}),
        ("The leading group with Sabastian Sawe and three Tempomacher passed kilometre 10 after 28:27 min.", {"Sabastian Sawe"}),
        ("High school senior Jane Smith won the mile in 4:51.08.", {"Jane Smith"}),
    ],
    ids=["a-square-s-german-head", "a-square-s-head", "a-german-pacemaker", "not-a-school-s-word"],
)
def test_athletes_a_place_s_head_or_a_german_pacemaker_is_no_name(doc_of, text: str, expected: set) -> None:
    """A place's head word opening three or more words ("Potsdamer Platz Dera Dida") is dropped from the name after it; a
    "Tempomacher" (German for pacemaker, left so by translation) is nobody's name."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wharf to Wharf\n\nSANTA CRUZ, Calif. (AP) — Mexican Alejandro Santa Cruz won the Wharf to Wharf race on Sunday in 27:44, "
         "ahead of Kenyan Edwin Kibet in 27:50.", {"Alejandro Santa Cruz", "Edwin Kibet"}),
        ('Del Mar Mile\n\nDEL MAR, Calif. — Jorge Del Mar won the Del Mar Mile in 4:02.1 on Saturday morning. "I love this race," '
         "Del Mar said.", {"Jorge Del Mar"}),
        ("Janet Ruto won in 32:10 ahead of Kenya Power Lucy Wambui in 32:30.", {"Janet Ruto", "Lucy Wambui"}),
        ("Mark Power Jones won the men's 5000m in 14:01.22.", {"Mark Power Jones"}),
        ('Ingebrigtsen won the 1500m in 3:28.10. Asked for his rivals, he replied: "Kerr, Nuguse, Hocker."',
         {"Yared Nuguse", "Cole Hocker"}),
        ("Azzurra Ferrari won the women's 400m in 53.20 ahead of Anna Polinari.", {"Azzurra Ferrari", "Anna Polinari"}),
    ],
    ids=["a-runner-named-as-the-dateline", "a-surname-that-is-the-dateline", "a-club-before-a-runner", "a-double-surname",
         "a-quoted-list-of-names", "an-italian-given-name"],
)
def test_athletes_what_the_review_of_4b6205f_found(doc_of, text: str, expected: set) -> None:
    """The review's cases: a dateline's place is a runner's name where the text writes a name right before it ("Alejandro
    Santa Cruz" datelined SANTA CRUZ); a club's word opening a candidate is dropped, not the runner ("Kenya Power Lucy
    Wambui"), nor is a surname of two words after a given name; a quoted list of surnames is no slogan; "Azzurra" is a given
    name, not an Italian's description."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} >= expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In second place came Trust Munyaradzi Chikwanha of Zimbabwe in 2:12:40.", {"Trust Munyaradzi Chikwanha"}),
        ("The 10km was won by River Jordan Smith of Oregon in 29:10.", {"River Jordan Smith"}),
    ],
    ids=["trust", "river"],
)
def test_athletes_a_given_name_that_is_a_place_s_word(doc_of, text: str, expected: set) -> None:
    """The review of ba1f210: a place's head is dropped from before a name only for a square's, a street's or a ground's head
    after the place's own name ("the Potsdamer Platz Dera Dida"), never a given name opening the run ("Trust", "River")."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Park Min-ho finished ninth in 2:10:58, a personal best.", {"Park Min-ho"}),
        ("Oh Ju-han was 11th in 2:11:40, and Lee Bong-ju's record of 2:07:20 stands.", {"Oh Ju-han", "Lee Bong-ju"}),
        ("Choi Kyeong-seon ranked first with 2:27:55.", {"Choi Kyeong-seon"}),
        ("The Kenyan-born Rhonex Kipruto won in 27:40.", {"Rhonex Kipruto"}),
        ("The race went to Cheung Wai-keung in 2:27:40, and Ho Chi-cheung was second in 2:29:15.", {"Cheung Wai-keung", "Ho Chi-cheung"}),
        ("The Boston-based Kenyan Rhonex Kipruto won in 27:40.", {"Rhonex Kipruto"}),
    ],
    ids=["park", "oh-and-lee", "a-longer-first-syllable", "not-kenyan-born", "cantonese-syllables-of-five-and-six-letters",
         "not-boston-based"],
)
def test_athletes_korean_names_romanised_with_a_hyphen(doc_of, text: str, expected: set) -> None:
    """A Korean given name of two syllables, the second in lower case after a hyphen, is one word of the name, with the short
    surname before it whatever else it is ("Park", "Oh"); "Kenyan-born" is no name."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But Kyeong-seon Choi was only fourth in 2:31:05.", {"Kyeong-seon Choi"}),
        ("Kenya One-two in Berlin: Amos Kipruto won in 2:03:10.", {"Amos Kipruto"}),
        ("The Korea Co-op runners were led by Oh Min-jae through halfway in 65:10.", {"Oh Min-jae"}),
    ],
    ids=["a-sentence-s-word-before", "one-two", "co-op"],
)
def test_athletes_what_the_review_of_b0b2f96_found(doc_of, text: str, expected: set) -> None:
    """The review's cases: a sentence's word before a Korean given name is no surname ("But Kyeong-seon Choi"); English
    compounds ("One-two", "Co-op") are no names."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The women's title went to Go Eun-ji in 33:10.40, ahead of No Min-ji in 33:20.10.", {"Go Eun-ji", "No Min-ji"}),
        ("South Korea's So Yu-jin won the 1500m in 4:20.30, while An Seul-ki took the 800m in 2:06.40.", {"So Yu-jin", "An Seul-ki"}),
    ],
    ids=["go-and-no", "so-and-an"],
)
def test_athletes_korean_surnames_that_are_english_words(doc_of, text: str, expected: set) -> None:
    """The review of 65d2fd4: Korean surnames that are English words too ("Go", "No", "So", "An") are kept before a given
    name of two syllables; "But", "With", "Also" are not."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Castellano Takes 1500m\n\nSophomore Ryan Castellano made his move with 300 meters left and won in 3:44.18.",
         {"Ryan Castellano"}),
        ("Favour Nwachukwu, a final year student of the University of Nigeria, Nsukka, said she was not discouraged. "
         "Young runners came from Jos, Nsukka and Port Harcourt.", {"Favour Nwachukwu"}),
    ],
    ids=["a-heading-s-verb", "a-campus-town"],
)
def test_athletes_what_the_reading_of_dn_found(doc_of, text: str, expected: set) -> None:
    """A heading's verb after a surname is no part of a name ("Castellano Takes 1500m"); a university's campus town is a
    place wherever it is named ("the University of Nigeria, Nsukka")."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_parkway_is_a_place(doc_of) -> None:
    """"Allen Parkway" is a road: no runner."""
    text = "Kipkoech, Takele and Young sat behind the rabbits along Allen Parkway. Hillary Kipkoech won in 59:24."
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == {"Hillary Kipkoech"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erin Storms won the women's 5000m in 15:42.18, ahead of teammate Kayla Ruiz.", {"Erin Storms", "Kayla Ruiz"}),
        ("Storms Claims Title\n\nErin Storms won the women's 10,000m in 32:41.07.", {"Erin Storms"}),
        ("Freshman Tyler Took ran 8:02.33 and Mary Won clocked 4:12.55.", {"Tyler Took", "Mary Won"}),
        ("After four years at the University of Oregon, Hocker turned professional. Cole Hocker won the mile in 3:47.88.",
         {"Cole Hocker"}),
        ("Sam Madison ran 13:35.10 to win. He studies at the University of Wisconsin, Madison campus.", {"Sam Madison"}),
        ("Jamie Lee Thomson won in 14:12.40. Lee Thompson of Tjalve was second in 14:13.00.", {"Jamie Lee Thomson", "Lee Thompson"}),
        ("Posted by Dan Phillips\n\nDan's brother Mike ran 2:44:10 in London. I went through halfway with him in 1:21:05 on "
         "the bike.", {"Mike"}),
    ],
    ids=["storms-a-surname", "a-heading-then-the-name", "took-and-won-surnames", "a-subject-after-a-university",
         "a-campus-town-that-is-a-surname", "two-people-a-letter-apart", "a-post-s-author-who-did-not-run"],
)
def test_athletes_what_the_review_of_7c49c29_found(doc_of, text: str, expected: set) -> None:
    """The review's cases: a heading's verb is cut from a name only on a short heading line and only in its present form
    ("Storms", "Took", "Won" are surnames); a campus town is one set off after the university's name, alone ("University of
    Oregon, Hocker turned professional" names Hocker); a double surname a letter apart is merged only when the letter is a
    Nordic one spelled out ("Lee Thompson" is no "Jamie Lee Thomson"); a post's author who tells no race of their own is no
    runner."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_polish_surname_declined_and_a_shot_putter(doc_of) -> None:
    """A Polish surname declined, as copy translated from Polish leaves it ("Kowalewskiej", of Kowalewska), is hers, not
    her husband's of the masculine form; "the shot putter Piotr Kowalewski" is an athlete."""
    text = ("Anna Kowalewska won the 400m in 50,52. The life record of Kowalewskiej is 49,90.\n\n"
            "In the stands sat also her husband, the shot putter Piotr Kowalewski.")
    doc = doc_of(text)
    assert [(s.text, s.label_) for s in doc.spans["athletes"]] == [
        ("Anna Kowalewska", "Anna Kowalewska"), ("Kowalewskiej", "Anna Kowalewska"), ("Piotr Kowalewski", "Piotr Kowalewski")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomson Highway, the playwright, started the Big Sur Marathon and finished in 4:41:20.", {"Tomson Highway"}),
        ("Castellano Takes 1500m!\n\nSophomore Ryan Castellano won the 1500m in 3:44.18.", {"Ryan Castellano"}),
        ("Narve Gilje Nordås won the 5000m in 13:02.10. Gilje Nordaas, the world bronze medallist, kicked hard.",
         {"Narve Gilje Nordås"}),
    ],
    ids=["a-surname-that-names-roads", "a-heading-ending-with-a-mark", "nordic-letters-the-other-way"],
)
def test_athletes_what_the_review_of_b01f2cd_found(doc_of, text: str, expected: set) -> None:
    """The review's cases: a road's word is a road only after "along" and the like ("Tomson Highway" is a man); a heading's verb
    whatever mark ends it; a double surname spelled out where the full name has the Nordic letter."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers in Christmas jumpers, including Helen Walsh and Peter Hughes, handed out mince pies after the 5K.", set()),
        ("The Gardiner Expressway was closed to traffic for the race, and the leaders passed 10km in 30:12.", set()),
        ("Hassan Wins 10,000m in Paris heat\n\nSifan Hassan won the 10,000m in 29:40.20.", {"Sifan Hassan"}),
    ],
    ids=["christmas-jumpers", "the-expressway", "a-sentence-case-headline"],
)
def test_athletes_what_the_review_of_7de8493_found(doc_of, text: str, expected: set) -> None:
    """The review's cases: "jumpers" alone are clothes; "The Gardiner Expressway" is a road; a headline in sentence case
    with no full stop is a heading whose verb is cut."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == expected



@pytest.mark.parametrize(
    "text",
    ["Men: Patrick Moran (M50) 36:12. Women: Pat Moran (W50) 44:31.",
     "Christopher Jones won the men's 5000m in 13:50.10, and Chris Jones, no relation, took the women's race in 15:40.22.",
     pytest.param("Tom Evans, 52, ran 19:44, and his son Thomas Evans, 16, won the U17 race in 16:30.",
                  marks=pytest.mark.xfail(strict=True, reason="a father and his son of one surname, the one's given name the "
                                          "other's short form, are read as one runner: an older misreading, not this rule's"))],
    ids=["a-man-and-a-woman", "no-relation", "father-and-son"],
)
def test_athletes_what_the_review_of_d02a2ea_found(doc_of, text: str) -> None:
    """The review's cases: a given name and its short form with one surname were tried as one runner and taken out; they are
    as often two people (a man and a woman, "no relation", a father and his son)."""
    assert len({s.label_ for s in doc_of(text).spans["athletes"]}) == 2


@pytest.mark.parametrize(
    "text",
    ["NCAA Cross Country live\n\n12.30pm\nNORTHERN ARIZONA WINS. Nico Young took the individual title in 28:43.6.",
     "Great North Run live\n\n11.30am\nSOUTH SHIELDS SEAFRONT IS PACKED as Jacob Kiplimo wins in 59:52."],
    ids=["a-team-shouted", "a-place-shouted"],
)
def test_athletes_a_place_shouted_before_its_verb_is_no_one(doc_of, text: str) -> None:
    """The review of 82970e4: a shouted line's words before its verb are still judged as a place ("NORTHERN ARIZONA
    WINS", "SOUTH SHIELDS SEAFRONT IS PACKED"), only the race won after the verb is left out of the judgement."""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} <= {"Nico Young", "Jacob Kiplimo"}


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Valor Christian senior Jalen Brooks held off Eli Marchetti to win the 1,600 in 4:08.33.\n\n"
         "5A boys 1,600: 1. Jalen Brooks (12), Valor Christian, 4:08.33; 2. Eli Marchetti (11), Fossil Ridge, 4:09.01", "Valor Christian"),
        ("The Fossil Ridge junior had run 4:58.30 in March. Addison Kranz won the 1,600 in 4:52.61, and Fossil Ridge pushed the "
         "relay all the way.", "Fossil Ridge"),
    ],
    ids=["before-a-named-senior-and-in-a-results-row", "the-school-s-junior"],
)
def test_athletes_a_school_before_a_class_year(doc_of, text: str, school: str) -> None:
    """A capitalised name followed by a class year ("senior", "junior") before another's name, or after "the", is a school,
    whatever its other mentions look like (a results row's "(12), Valor Christian, 4:08.33", "Fossil Ridge pushed")."""
    assert school not in [s.text for s in doc_of(text).spans["athletes"]]


def test_athletes_strides_speak_of_the_sport(doc_of) -> None:
    """"held Dillard off by three strides": strides (plural) are the sport's word, so the unknown name of that sentence is an
    athlete (who is then quoted)."""
    doc = doc_of("Marcus Dillard ran the anchor leg. Regis Jesuit anchor Terrell Oduya, a senior, held Dillard off by three strides.\n\n"
                 '"I could see him coming," Oduya said with a laugh.')
    assert "Terrell Oduya" in [s.label_ for s in doc.spans["athletes"]]


@pytest.mark.parametrize(
    "text",
    [
        "Parker Kennedy won the 800 in 2:12.01, and the Kennedy junior varsity squad swept the 3200.",
        "Ava Jackson won the 1600 in 4:58.10. The Jackson junior high relay was second.",
        "Eli Grant won the 3200 in 9:20.44. The Grant senior class has won three state titles.",
    ],
    ids=["junior-varsity", "junior-high", "senior-class"],
)
def test_athletes_what_the_review_of_a8fe850_found(doc_of, text: str) -> None:
    """The review's cases: "junior varsity", "junior high", "senior class" are no class year after a school, and an athlete's
    surname before them keeps the athlete."""
    assert len(doc_of(text).spans["athletes"]) >= 1


def test_athletes_wire_agate_rows_run_on_in_one_line(doc_of) -> None:
    """Wire agate runs its rows on in one line, a country between commas before each time: "2. Lorenzo Simonelli, Italy,
    7.43 NR. 3. Jarret Eaton, United States, 7.48." Every name is a results row's runner (those the registry does not know
    were taken for people who are no athletes)."""
    doc = doc_of("Men's 60m hurdles final: 1. Grant Holloway, United States, 7.29 CR. 2. Lorenzo Simonelli, Italy, 7.43 NR. "
                 "3. Jarret Eaton, United States, 7.48. 4. Jason Joseph, Switzerland, 7.50.")
    assert [name for name, _ in athletes(doc)] == ["Grant Holloway", "Lorenzo Simonelli", "Jarret Eaton", "Jason Joseph"]
    assert people(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Golden Gala, El Bakkali king of the siepi, Osama Zoghlami fourth with the record personal\n\n"
        "Osama Zoghlami is fourth in 8'09\"71, record personal.",
        "Golden Gala, El Bakkali king of the siepi, Osama Zoghlami fourth with the record personal\n\n"
        "RESULTS. 3000 siepi: 1. El Bakkali (Mar) 8'05\"42; 4. Osama Zoghlami (Ita) 8'09\"71",
    ],
    ids=["placed-with-a-prime-mark-time", "a-results-row-with-a-prime-mark-time"],
)
def test_athletes_a_runner_placed_with_a_time_in_prime_marks(doc_of, text: str) -> None:
    """Italian copy translated times its results in prime marks: "is fourth in 8'09"71", "4. Osama Zoghlami (Ita) 8'09"71" show
    the person racing, whatever role a headline seemed to give them ("king of the siepi, Osama Zoghlami" took the king's for
    his)."""
    assert "Osama Zoghlami" in [label for _, label in athletes(doc_of(text))]


def test_athletes_a_results_table_with_a_school_column() -> None:
    """A results table headed "Pl  Name  School  Yr  Time": its rows' names are runners (those the registry does not know were
    passed over, the school between them and the time), whole however many words, the school set off by the column gap."""
    import pipeline.nlp

    text = ("Nico Young ran well.\n\n"
            "MEN'S 10,000 METERS – FINAL\n"
            "Pl  Name                 School            Yr   Time\n"
            "3   Ky Robinson          Stanford          Gr.  28:37.40\n"
            "5   Ezekiel Kiprop Rop   Iowa State        So.  28:41.03\n"
            "7   Tomas Van der Berg   Texas Tech        Jr.  28:44.86\n")
    doc = pipeline.nlp.build()(text)
    assert [s.text for s in doc.spans["athletes"]] == ["Nico Young", "Ky Robinson", "Ezekiel Kiprop Rop", "Tomas Van der Berg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She went through the marathon mark alone and ran the long climb to Constantia Nek in 2:37:58.", []),
        ("Srinu Bugatha, from Andhra Pradesh, kicked away on the final stretch to Azad Maidan to win in 2:17:29.", ["Srinu Bugatha"]),
        ("\"The road from Haji Ali was very hard,\" admitted Niruben after finishing in 2:45:10.", ["Niruben"]),
        ("Jessica Hull lost to Faith Kipyegon in 3:55.10 after a late kick from Georgia Bell.",
         ["Jessica Hull", "Faith Kipyegon", "Georgia Bell"]),
        ("Tanner won in 3:45.02, a long way from Nick Willis's national record of 3:29.66.", ["Tanner", "Nick Willis"]),
        ("Kev Ainsworth ticked off Castle Meadow parkrun, finishing in 26:03. Jo Smith won Bushy parkrun in 17:20.",
         ["Kev Ainsworth", "Jo Smith"]),
        ("Congratulations to Jo Smith, who won Bushy parkrun in 18:10, and to Mark Lloyd parkrun first finisher at Hove in 16:41.",
         ["Jo Smith", "Mark Lloyd"]),
        ("Park Min-ho of the Korea Army Athletic Corps was third in 2:13:04, ahead of Kim Hong-rok of Samsung Electronics, under "
         "the slogan of the Seoul Metropolitan Government.", ["Park Min-ho", "Kim Hong-rok"]),
    ],
    ids=["the-climb-to-a-place", "a-hometown-and-the-stretch-to-a-place", "the-road-from-a-place", "lost-to-and-a-kick-from",
         "a-long-way-from-an-owner", "a-parkrun-s-venue", "a-runner-before-parkrun", "an-employer-s-team"],
)
def test_athletes_a_place_on_the_course_is_no_athlete(doc_of, text: str, expected: list[str]) -> None:
    """A place on a course after a way to or from it ("the long climb to Constantia Nek", "the road from Haji Ali", "the final
    stretch to Azad Maidan") and a hometown set off by commas ("Srinu, from Andhra Pradesh,") are no athletes (Azad Maidan took
    the winner's time), nor a venue before "parkrun" nor an employer's team ("Athletic Corps", "Samsung Electronics"); not a
    person lost to, a kick's runner, or a record's owner."""
    assert [s.text for s in doc_of(text).spans["athletes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A powerful drive from Tom Ashcroft in the last 100m settled the club mile, Ashcroft winning in 4:12.30.",
         ["Tom Ashcroft", "Ashcroft"]),
        ("Hannah Pollard came over the top of Megan Thirlwell in the home straight to win the county 1500m in 4:31.12.",
         ["Hannah Pollard", "Megan Thirlwell"]),
        ("A late surge, from Peter Kariuki, decided it: he won the Nakuru half marathon in 1:02:44.", ["Peter Kariuki"]),
        ("Chelsea reached the semi-finals of the FA Cup with goals from Cole Palmer. In athletics, Jake Wightman ran 3:34.55.",
         ["Jake Wightman"]),
    ],
    ids=["a-drive-from-a-runner", "over-the-top-of-a-runner", "a-surge-from-a-runner", "a-cup-s-semi-finals"],
)
def test_athletes_the_sixth_stop_s_second_review(doc_of, text: str, expected: list[str]) -> None:
    """The second review of this stop's rules: "a drive from", "over the top of" and ", from X," after no name introduce runners,
    no places; a cup's semi-finals are football's ("semis" no longer speak of the sport)."""
    assert [s.text for s in doc_of(text).spans["athletes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Marcel Hug won in 46:05.\n\nHUG WINS the men's wheelchair race, coming up 7th Avenue on his own.", ["Marcel Hug"]),
     ("SHARON LOKEDI WINS! She went on the climb inside Central Park.", ["SHARON LOKEDI"])],
)
def test_athletes_a_shouted_present_verb_after_one_word_is_no_name(doc_of, text: str, expected: list[str]) -> None:
    """A live blog's "HUG WINS the men's wheelchair race": "WINS" is no surname (after one word only a present form is cut:
    "WON" is a surname too)."""
    assert [s.text for s in doc_of(text).spans["athletes"] if "WINS" in s.text or s.text in expected] == expected


def test_athletes_a_reader_writing_in_is_no_athlete(doc_of) -> None:
    """A live blog's readers: "A message from Sophie Barnes in Bristol:", "One last email, from Jill Ostrowski"."""
    text = ('Soufiane El Bakkali won the steeplechase in 8:06.05. A message from Sophie Barnes in Bristol: "I have never seen a '
            'finish like that." One last email, from Jill Ostrowski in Park Slope: "My mom finished in 2:31."')
    doc = doc_of(text)
    assert [s.text for s in doc.spans["athletes"]] == ["Soufiane El Bakkali"]
    assert [s.text for s in doc.spans["people"]] == ["Sophie Barnes", "Jill Ostrowski"]


def test_athletes_a_volunteer_s_duty_after_the_name(doc_of) -> None:
    text = ("Tom Brierley won Roundhay parkrun in 16:48. Thank you to everyone who volunteered: Colin Pickard was Run Director at "
            "Roundhay, Lesley Firth did timekeeping, and Ken Nuttall tail-walked and still beat some of us to the cafe.")
    doc = doc_of(text)
    assert [s.text for s in doc.spans["athletes"]] == ["Tom Brierley"]
    assert [s.text for s in doc.spans["people"]] == ["Colin Pickard", "Lesley Firth", "Ken Nuttall"]


def test_athletes_a_school_after_the_class_year_in_a_results_row_is_no_athlete(doc_of) -> None:
    """"3. Mason Kealoha (Sr., Gig Harbor) 4:07.15": the school (which a possessive in the prose, "Gig Harbor's Mason
    Kealoha", made a runner of before)."""
    text = ("Baptiste held on for second in 4:06.40, and Gig Harbor's Mason Kealoha was third in 4:07.15.\n\nBoys 1,600: "
            "1. Teddy Marchetti (Sr., Central Valley) 4:05.88; 2. Owen Baptiste (Jr., Eastlake) 4:06.40; 3. Mason Kealoha (Sr., "
            "Gig Harbor) 4:07.15.")
    assert not [s.text for s in doc_of(text).spans["athletes"] if "Gig" in s.text]


def test_athletes_a_results_heading_s_senior_class_is_no_athlete(doc_of) -> None:
    """"Sr M (10km): 1 Will Barnicoat (Aldershot F&D) 30:41": a class, senior men, as a weekly's results write it."""
    text = ("Sr M (10km): 1 Will Barnicoat (Aldershot F&D) 30:41; 2 Hugo Milner (Derby) 30:44.\n"
            "Sr W (8km): 1 Megan Keith (Inverness) 27:12; 2 Innes FitzGerald (Exeter) 27:20.\n"
            "Snr M (10km): 1 Sam Stabler (Herne Hill) 31:52.\n")
    assert [s.text for s in doc_of(text).spans["athletes"]] == [
        "Will Barnicoat", "Hugo Milner", "Megan Keith", "Innes FitzGerald", "Sam Stabler"]


@pytest.mark.parametrize(("description", "sex"), [("Frenchwoman", "women"), ("Dutchwoman", "women"), ("Frenchman", "men")])
def test_athletes_a_demonym_of_one_sex_before_the_name_gives_it(doc_of, description: str, sex: str) -> None:
    """"The Frenchwoman Alice Finot" is a woman (the "wo" had been read into "French", "man" left: her results went to the men's
    steeplechase)."""
    doc = doc_of(f"The {description} Alice Finot finished fourth in 9:01.77.")
    assert [(s.text, s._.sex) for s in doc.spans["athletes"]] == [("Alice Finot", sex)]


def test_athletes_hosts_named_in_show_notes_are_no_athletes(doc_of) -> None:
    """A podcast's show notes: "Hosts: Marcus Lyle & Dee Okonkwo", then "Marcus" and "Dee" alone (the line had been read as a
    headline, word by word, and the hosts' first names had become athletes)."""
    text = ("THE BACK STRAIGHT - Episode 187\n\nHosts: Marcus Lyle & Dee Okonkwo\n\nMarcus and Dee break down Jakob "
            "Ingebrigtsen's two-mile world best of 7:54.10. \"If a guy runs 7:54 on a track, I'm calling it whatever I want,\" "
            "Dee says.")
    doc = doc_of(text)
    assert {s.label_ for s in doc.spans["athletes"]} == {"Jakob Ingebrigtsen"}
    assert {s.label_ for s in doc.spans["people"]} == {"Marcus Lyle", "Dee Okonkwo"}


@pytest.mark.parametrize(
    ("text", "athletes"),
    [
        ("North Korea's Pak Chol-il won the Pyongyang Marathon in 2:12:05, ahead of compatriot Ri Song-il (2:12:40).",
         {"Pak Chol-il", "Ri Song-il"}),
        ("Episode 41\nGuests: Jakob Ingebrigtsen & Yared Nuguse\n\nJakob Ingebrigtsen ran 3:43.73 to win the Bowerman Mile, with "
         "Yared Nuguse second in 3:43.97.", {"Jakob Ingebrigtsen", "Yared Nuguse"}),
        ("Results: 1. Pat Kelly Jnr (Leevale) 31:02; 2. Pat Kelly Snr (Leevale) 33:50; 3. Mick Clohisey (Raheny) 34:01.",
         {"Pat Kelly Jnr", "Pat Kelly Snr", "Mick Clohisey"}),
    ],
    ids=["korean-il", "guests", "senior-and-junior"],
)
def test_athletes_the_review_of_the_club_code_credits_and_class_words(doc_of, text: str, athletes: set) -> None:
    """(The review: a Korean given name's "-il" is no Nordic club's IL; a show's guests are athletes as often as not; "Jnr" and
    "Snr" tell a son from his father.)"""
    assert {s.label_ for s in doc_of(text).spans["athletes"]} == athletes


@pytest.mark.parametrize("initial", ["A", "I"])
def test_athletes_a_results_row_s_initial_that_is_a_word_too(doc_of, initial: str) -> None:
    """"6 A Cooke (St Finbarr's) 28:31" (Irish results give initials): the row's "A" or "I" after its place is an initial,
    not the article or the pronoun (her row had been lost)."""
    doc = doc_of(f"Senior women (8km): 1 R Flanagan (Finn Valley) 27:44; 6 {initial} Cooke (St Finbarr's) 28:31.")
    assert [s.text for s in doc.spans["athletes"]] == ["R Flanagan", f"{initial} Cooke"]


@pytest.mark.xfail(reason="taken back after the review: an initial matched to a later given name merged two runners sharing a "
                          "surname ('P Murphy' into 'John Paul Murphy'); a state's word before a name needs its own rule", strict=True)
def test_athletes_an_initial_of_a_name_said_after_a_state_s_word(doc_of) -> None:
    """"Victorian Adam Spencer" then "2 A Spencer (Vic) 3:38.54": the initial is his given name's, the second word of the
    full form (a state's word before it), one athlete, not two."""
    doc = doc_of("Victorian Adam Spencer had to settle for second in 3:38.54.\n\nMen's 1500m: 1 C Myers (ACT) 3:38.17; "
                 "2 A Spencer (Vic) 3:38.54.")
    assert {s.text: s.label_ for s in doc.spans["athletes"]}["A Spencer"] == "Victorian Adam Spencer"


def test_athletes_a_club_in_a_row_s_bracket_is_a_club_everywhere(doc_of) -> None:
    """"3 B Fay (Raheny Shamrock) 30:58": the bracket's words are his club's, so "Brian Fay of Raheny Shamrock" and "ahead of
    Raheny Shamrock on 102" name no athlete either (the club had been a runner)."""
    doc = doc_of("Brian Fay of Raheny Shamrock was third. Clonliffe took the team title ahead of Raheny Shamrock on 102.\n\n"
                 "RESULTS\nSenior men (10km): 1 E Gidey (Clonliffe Harriers) 30:41; 3 B Fay (Raheny Shamrock) 30:58.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Brian Fay", "E Gidey"}


def test_athletes_a_runner_in_a_bracket_of_other_words_stays_one_elsewhere(doc_of) -> None:
    """(Only a bracket the name fills alone is an affiliation elsewhere: "Splits (John Landy leading)" names the runner.)"""
    doc = doc_of("1 Roger Bannister (England) 3:58.8\n2 John Landy (Australia) 3:59.6\n\nSplits (John Landy leading): 440 yds "
                 "58.2; 880 yds 1:58.2. John Landy said he had no regrets.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Roger Bannister", "John Landy"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Club championship team result: 1 Rathfarnham WSAF (Sean Hehir) 24; 2 Crusaders (Conor Bradley) 56. Sean Hehir won the individual race in 30:05.',
         'Sean Hehir'),
        ("Team race: 1 Leevale (Sean Kelly) 45 pts; 2 St Finbarr's (Mark Hanrahan) 67 pts. Sean Kelly was first home for Leevale in 30:12.",
         'Sean Kelly'),
        ('New Year Ekiden: 1 Asahi Kasei (Hiroto Inoue) 4:47:20; 2 Toyota (Taku Fujimoto) 4:48:10. Hiroto Inoue ran the fastest time on the third stage.',
         'Hiroto Inoue'),
        ('1 Raheny Shamrock (Brian Fay) 1:32:10; 2 Clonliffe Harriers (Mark Kenneally) 1:33:45. Brian Fay ran the fastest leg and said he was delighted.',
         'Brian Fay'),
        ('Pairs race: 1 John Murphy (Paul Murphy) 38:10; 2 Liam Walsh (Tom Walsh) 38:55. The Murphy brothers were delighted; Paul Murphy said it was his best run.',
         'Paul Murphy'),
        pytest.param('1 Anna Smith (Jane Smith) 35:10; 2 Mary Kelly (Unattached) 35:40. Anna ran with her sister, Jane Smith, who was guiding her.',
         'Jane Smith', marks=pytest.mark.xfail(reason="a sister said to guide her only in a 'who' clause: no act that tells her from a club", strict=True)),
        ('The first 5km was led by Tom Ashby, passed in 15:10, and he went on to win in 31:42.',
         'Tom Ashby'),
        ('The race was shaped by Joe Wade, passed in 15:10 at halfway by the leaders, who was caught late on.',
         'Joe Wade'),
        ('At the 10 km, crossed first by Tom Ashby, passed in 29:10, the leading group still had eight men.',
         'Tom Ashby'),
        ('The leading group, towed by Joe Wade, passed in 14:40 through 5km, stayed together until 8km.',
         'Joe Wade'),
        ('Kiprop went clear at the 8km mark, followed by Sean Tobin, passed in 24:12, and won in 30:05.',
         'Sean Tobin'),
    ],
    ids=['g2', 'd28', 'g1', 'a10', 'g3', 'd30', 'd33', 'd34', 'h9', 'h10', 'h11'],
)
def test_athletes_what_this_stop_s_review_found_of_clubs_and_places(doc_of, text: str, person: str) -> None:
    """The review: a runner a team's row brackets, said elsewhere to do something ("1 Rathfarnham WSAF (Sean Hehir) 24; ...
    Sean Hehir won"), stays an athlete; so does one after an agent's "by" ("led by Tom Ashby, passed in 15:10"), no place."""
    assert person in {s.label_ for s in doc_of(text).spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "initialled"),
    [
        ('John Paul Murphy won the senior race in 31:10. 1 J P Murphy (Clonliffe) 31:10; 2 P Murphy (Dundrum) 31:40.',
         'P Murphy'),
        ("Marathon veteran Patrick Tarpy O'Connor finished in 2:30:10. 1 T O'Connor (Raheny) 2:28:40; 2 P O'Connor (Raheny) 2:30:10.",
         "T O'Connor"),
        ("Mary Beth Jones won the women's race in 34:10. Men: 1 P Ryan (Dundrum) 30:05; 2 B Jones (Clonliffe) 30:44.",
         'B Jones'),
        ("Sarah Louise Kelly won the women's 5km in 16:40. 1 T Ryan (Dundrum) 15:05; 2 L Kelly (Clonliffe) 15:44.",
         'L Kelly'),
    ],
    ids=['d25', 'd26', 'd20', 'd21'],
)
def test_athletes_an_initial_is_no_middle_name_of_another(doc_of, text: str, initialled: str) -> None:
    """The review: "P Murphy" beside "John Paul Murphy" is another runner (the fallback to a later given name, for "Victorian
    Adam Spencer", was taken back)."""
    assert initialled in {s.label_ for s in doc_of(text).spans["athletes"]}


def test_athletes_a_role_s_word_written_as_a_surname(doc_of) -> None:
    """"Abhishek Pal": a role's word ("pal", as "buddy") that is a surname after a given name, and then alone where the article
    wrote it so ("Pal had gone through", "said Pal"); a role before a name is still no name's ("his pal Tom Hart")."""
    doc = doc_of("Uttar Pradesh's Abhishek Pal won the race in 1:03:28. Pal had gone through 10km in 30:05. \"I was fine,\" said "
                 "Pal. His pal Tom Hart ran 1:09:10.")
    assert [(a.text, a.label_) for a in doc.spans["athletes"]] == [("Abhishek Pal", "Abhishek Pal"), ("Pal", "Abhishek Pal"), ("Pal", "Abhishek Pal")]
    assert [p.text for p in doc.spans["people"]] == ["Tom Hart"]


def test_athletes_a_country_code_in_title_case_in_a_results_row(doc_of) -> None:
    """Dutch and German copy's "5. Nienke Brinkmann (Ned) 2.24.37": a country's code in title case, in its bracket before the
    time (she had been taken for no athlete); a bracket that is no code stays none ("(Bob) 2.25.00")."""
    doc = doc_of("Ladies: 1. Ashete Bekere (Eth) 2.20.41, 5. Nienke Brinkmann (Ned) 2.24.37, 9. Anne Luyten (Ned) 2.29.02.")
    assert [(a.text, a._.nationality) for a in doc.spans["athletes"]] == [
        ("Ashete Bekere", "ETH"), ("Nienke Brinkmann", "NED"), ("Anne Luyten", "NED")]
    assert [a._.nationality for a in doc_of("Ladies: 1. Ashete Bekere (Bob) 2.20.41.").spans["athletes"]] == [None]


def test_athletes_a_meeting_named_after_its_word_is_no_person(doc_of) -> None:
    """"the Brazil Trophy Loterias Caixa of Athletics" (translated), "the Memorial Van Damme": a meeting's word opening a
    capitalised run names a meeting by its sponsor or its honoree, no athlete."""
    doc = doc_of("The second day of the Brazil Trophy Loterias Caixa of Athletics, this Saturday, had strong emotion. Lucas "
                 "Carvalho won the 800m in 1min45s32.\n\nAt the Memorial Van Damme, Jakob Ingebrigtsen won the 1500m.")
    assert {label for _, label in athletes(doc)} == {"Lucas Carvalho", "Jakob Ingebrigtsen"}


def test_athletes_a_city_s_building_or_club_is_no_person(doc_of) -> None:
    """"from the Durban City Hall", "the North Shore City Milers": a city's word inside a capitalised run makes it a place or a
    club, no athlete."""
    doc = doc_of("The men's race started from the Durban City Hall. Piet Wiersma won.\n\nHolly Tapsell of the North Shore City "
                 "Milers won the women's mile.")
    assert {label for _, label in athletes(doc)} == {"Piet Wiersma", "Holly Tapsell"}


def test_athletes_meeting_a_runner_is_a_verb(doc_of) -> None:
    """The review's probe: "Meeting Faith Kipyegon at the finish, Jessica Hull said" meets her; no meeting's name."""
    doc = doc_of("Meeting Faith Kipyegon at the finish, Jessica Hull said she had never run so fast. Hull was second in the 1500m "
                 "in 3:50.83.")
    assert {label for _, label in athletes(doc)} == {"Faith Kipyegon", "Jessica Hull"}


@pytest.mark.parametrize(
    "text",
    ["Seville won the 100m in 9.86 ahead of Kishane Thompson in Kingston.",
     "Coach Glen Mills said Seville was ready. The Jamaican ran 9.82 in the 100m.",
     "Seville storms to 9.82 in Kingston\n\nThe Jamaican beat Kishane Thompson in the 100m."],
    ids=["sentence-opening", "after-a-lowercase-word", "a-headline"],
)
def test_athletes_what_the_review_of_the_thirteenth_stop_found(doc_of, text: str) -> None:
    """The review's probes: "Seville" alone in a text telling of a sprint is the sprinter."""
    assert "Oblique Seville" in [s.label_ for s in doc_of(text).spans["athletes"]]


SPRINT_SIGN_NARROWED_BACK = pytest.mark.xfail(strict=True, reason="taken back after the fifth review: a narrower sign of a sprint "
                                              "lost the sprinter in sprint copy ('Seville won in 9.81 seconds', 'Jamaican 100m champion "
                                              "Seville'); any sign keeps him, as before")


def _assert_bell_and_seville(labels: list[str], bell: bool | None, seville: bool | None) -> None:
    if bell is not None:
        assert ("Georgia Bell" in labels) is bell
    if seville is not None:
        assert ("Oblique Seville" in labels) is seville


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Club 1500m times (surnames only)\nReekie: 4:03.21\nBell: 4:05.12\nMuir: 4:06.88", "Georgia Bell"),
        pytest.param("Haimanot Alew kicked with 400m to go to conquer Seville in 2h05:30.", None, marks=SPRINT_SIGN_NARROWED_BACK),
        pytest.param("The Seville Half: Ethiopians swept the podium, with Jemal Yimer first in 59:50. Entry was 25.50 euros.", None,
                     marks=SPRINT_SIGN_NARROWED_BACK),
        ("Sarah Jones | 12 March 2024\nRan the Big Half with my club mate Tom Bryant. I crossed the line in 1:32:10.", "Sarah Jones"),
    ],
    ids=["a-surname-label", "400m-to-go", "a-price", "a-club-mate"],
)
def test_athletes_what_the_second_review_of_the_thirteenth_stop_found(doc_of, text: str, expected: str | None) -> None:
    """The second review's probes: "Bell:" before a time with no bracketed leader after it is the surname; "400m to go" and a
    price are no sign of a sprint ("Seville" stays the city); a name and a date heading a first-person post make its author
    the narrator though a club mate is named first, as an object."""
    labels = [s.label_ for s in doc_of(text).spans["athletes"]]
    if expected is None:
        assert "Oblique Seville" not in labels
    else:
        assert expected in labels


@pytest.mark.parametrize(
    ("text", "bell", "seville"),
    [
        ("5000m splits\n1000m: 2:38.1 (Kejelcha)\n4000m: 10:21.5 (Kejelcha)\nBell: 11:57.0 – Kejelcha leads\nFinish: 12:52.4", False, None),
        ("Laps\n1200m ........ 2:52.0\nBell ........ 3:28.1 Ingebrigtsen\nFinish ........ 3:45.2", False, None),
        ("Seville won the 60m in 6.52 at the World Indoor Tour meet in Glasgow.", None, True),
        ("Seville won the 100m from Kishane Thompson at the Jamaican trials.", None, True),
        ("Seville, the Jamaican sprinter, was fastest in the semi-finals in Kingston.", None, True),
    ],
    ids=["a-bell-row-in-a-splits-list", "a-bell-row-after-dot-leaders", "a-60m", "100m-from", "sprinter"],
)
def test_athletes_what_the_third_review_of_the_thirteenth_stop_found(doc_of, text: str, bell: bool | None, seville: bool | None) -> None:
    """The third review's probes: "Bell:" a splits list's row between points' rows is the bell, with no bracket after its
    time too; a 60m, "100m from" and "sprinter" are signs of a sprint (a lone "Seville" the sprinter)."""
    _assert_bell_and_seville([s.label_ for s in doc_of(text).spans["athletes"]], bell, seville)


@pytest.mark.parametrize(
    ("text", "bell", "seville"),
    [
        ("Club 5000m results\n5000m: 15:02.3 Tom Lee\nBell 15:10.8\nShaw 15:22.0", True, None),
        ("Results of the club mile\n1 mile – 4:28 Hart\nBell – 4:35\nJones – 4:41", True, None),
        pytest.param("Haimanot Alew broke clear 200m from the finish to conquer Seville in 2h05:30.", None, False, marks=SPRINT_SIGN_NARROWED_BACK),
        pytest.param("The race started at 8.30 and Haimanot Alew conquered Seville in 2h05:30.", None, False, marks=SPRINT_SIGN_NARROWED_BACK),
        pytest.param("Haimanot Alew opened a 60m gap to conquer Seville in 2h05:30.", None, False, marks=SPRINT_SIGN_NARROWED_BACK),
        pytest.param("Haimanot Alew conquered Seville in 2h05:30, with the margin 7.50 seconds.", None, False, marks=SPRINT_SIGN_NARROWED_BACK),
    ],
    ids=["bell-under-a-results-row", "bell-under-a-mile-s-row", "200m-from-the-finish", "a-start-s-hour", "a-gap", "a-margin"],
)
def test_athletes_what_the_fourth_review_of_the_thirteenth_stop_found(doc_of, text: str, bell: bool | None, seville: bool | None) -> None:
    """The fourth review's probes: "Bell" under a results row (a name after its time) is the runner; a distance not said as
    a race ("200m from the finish", "a 60m gap"), an hour and a margin in seconds are no sign of a sprint."""
    _assert_bell_and_seville([s.label_ for s in doc_of(text).spans["athletes"]], bell, seville)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seville won in 9.81 seconds in Kingston.", "Oblique Seville"),
        ("Jamaican 100m champion Seville withdrew from the meeting.", "Oblique Seville"),
        ("Men's 5000m splits\n4000m: 10:21.5, Kejelcha leading\nBell: 11:57.0 – Kejelcha leads\nFinish: 12:52.4, Kejelcha wins", None),
        ("Women's 1500m\n1200m: 3:05.2 Kipyegon leads\nBell 3:09.8\nFinish 3:52.1 Kipyegon", None),
        ("Kate Morrow | 25 February 2026\nMany thanks to Dan Reyes, who sent me this report. I crossed the line in 1:32:10.", None),
        ("Kate Morrow | 25 February 2026\nI spoke to Jacob Kiplimo after the race. I crossed in 59:40, he told reporters.", None),
    ],
    ids=["seconds-after-the-time", "a-100m-champion", "a-leader-after-a-comma", "a-leader-after-the-time", "a-member-s-report",
         "an-interview"],
)
def test_athletes_what_the_fifth_review_of_the_thirteenth_stop_found(doc_of, text: str, expected: str | None) -> None:
    """The fifth review's probes: any sign of a sprint keeps a lone "Seville" the sprinter; "Bell" between points' rows with
    no other name's row beside it is the bell; a name before a post's first "I" time that is not the author's own person
    leaves no narrator."""
    labels = [s.label_ for s in doc_of(text).spans["athletes"]]
    if expected is not None:
        assert expected in labels
    else:
        assert not {"Georgia Bell", "Kate Morrow"} & set(labels)


def test_athletes_a_fell_results_row_s_club_and_category_are_no_name(doc_of) -> None:
    """A results row's club before a fell runner's category ("MSEN", "FSEN") is cut from the name."""
    doc = doc_of("Selected results:\n1 Tom Dewhurst Rossendale MSEN 1:04:32\n44 Samantha Ellis Crowden FSEN 1:24:03\n")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Tom Dewhurst", "Samantha Ellis"}


def test_athletes_a_byline_s_comments_are_no_speech_before_the_next_paragraph(doc_of) -> None:
    """A byline's "9 comments" over a paragraph opening "Short version: 2:59:14." says nothing of the word after the blank line."""
    doc = doc_of("Posted October 16, 2024 by Nikhil Rao · Race Reports · 9 comments\n\nShort version: 2:59:14. The rest below.")
    assert "Short" not in {a.text for a in doc.spans["athletes"]}



@pytest.mark.parametrize(
    ("text", "school"),
    [("The Cornell women finished second in the team standings with 118 points, and the men were third with 96.5. Declan "
      "Whitaker won the mile in 4:00.12.\n\nCornell will send its NCAA hopefuls to the Last Chance meet on Friday.", "Cornell"),
     ("Women's Distance Medley Relay\n1. Princeton 11:09.88\n2. Cornell (Brennan, Grant, Lindqvist, Moran) 11:12.40\n"
      "3. Brown 11:15.02\n", "Brown"),
     ("Women's Distance Medley Relay\n1. Princeton 11:09.88\n2. Cornell (Brennan, Grant, Lindqvist, Moran) 11:12.40\n", "Cornell")],
    ids=["the-school-women", "relay-heading-row", "relay-row-with-its-runners"],
)
def test_athletes_a_college_s_school_is_no_athlete(doc_of, text: str, school: str) -> None:
    """A school between "the" and its team's word, or a relay team's row (under a relay's heading, or
    with its runners in a bracket) is no athlete."""
    assert school not in {a.text for a in doc_of(text).spans["athletes"]}


@pytest.mark.parametrize(
    "text",
    ["Jonah Whitfield (Arts & Science, Barrie, Ont.) placed fifth in the final in 2:23.40.",
     "Men's 1500m\n1. Josh Kerr 3:29.11\n2. Brown 3:30.02\n",
     "The Ingebrigtsen brothers ran together. Jakob Ingebrigtsen won in 3:29.11."],
    ids=["student-s-faculty-bracket", "a-1500m-row", "a-family"],
)
def test_athletes_a_runner_beside_a_school_s_forms_stays(doc_of, text: str) -> None:
    names = {a.text for a in doc_of(text).spans["athletes"]}
    assert names & {"Jonah Whitfield", "Brown", "Jakob Ingebrigtsen"}


def test_athletes_a_school_after_a_row_s_class_year_is_no_name(doc_of) -> None:
    """A US results row's school after the class year ("Declan WHITAKER, SR, Cornell, 4:00.12") is no athlete's mention."""
    text = ("Declan Whitaker won the mile in 4:00.12.\n\nCornell will send its NCAA hopefuls to the Last Chance meet.\n\n"
            "Men's Mile – Final\n1. Declan WHITAKER, SR, Cornell, 4:00.12\n6. Matthew ORSINI, SO, Cornell, 4:03.77\n")
    rows = text.index("Men's Mile")
    assert not [a.text for a in doc_of(text).spans["athletes"] if a.start_char > rows and a.text == "Cornell"]


@pytest.mark.parametrize(
    ("text", "club"),
    [("Graham Fougere of the Halifax Road Hammers was third in 32:31.", "Hammers"),
     ("The Dalhousie Tigers runner pulled away from Ethan Pothier to win in 31:48.", "Dalhousie Tigers")],
    ids=["club-after-of-the", "the-team-s-runner"],
)
def test_athletes_a_club_s_words_are_no_runner(doc_of, text: str, club: str) -> None:
    assert club not in {a.text for a in doc_of(text).spans["athletes"]}


def test_athletes_a_venue_s_place_after_of(doc_of) -> None:
    """A place after a venue's or a meeting's word and "of", as Spanish copy translated writes it, owns no time; a memorial's
    person is an athlete."""
    doc = doc_of("The Florence Borelli of always appeared on Saturday in the Parque de los Deportes of Mar del Plata. The athlete of 32 "
                 "years controlled the 5000 meters and crossed the goal in 15:41.02.\n\nFrom the tribune hung a banner with the legend "
                 "\"Mar del Plata runs with you\", which Catrofe photographed.")
    assert "Mar del Plata" not in {r._.athlete.label_ for r in doc.spans["results"] if r._.athlete is not None}
    doc = doc_of("The Golden Spike, the Memorial of Josef Odložil, saw Jakob Ingebrigtsen win in 3:31.02. Josef Odložil won Olympic "
                 "silver in 1964.")
    assert "Josef Odložil" in {a.text for a in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1 Jack de Vries Leeds City MSEN 33:20\n2 Anna Marsh Kirkstall Harriers FU23 36:12\n", {"Jack de Vries", "Anna Marsh"}),
     ("1 Jo Whitworth Helm Hill LSEN 1:01:12\n2 Kath Murray Kendal LV40 1:03:55\n", {"Jo Whitworth", "Kath Murray"}),
     ("\"We knew the pace would be hot,\" commented\nFerrante, who ran 27:40.11 for fourth.", {"Ferrante"}),
     ("Ken Lattimore, Sr., Jonah Brooks and Dale Pike led the masters race, Lattimore winning in 17:40.",
      {"Ken Lattimore", "Jonah Brooks", "Dale Pike"}),
     ("1. Tom Sidwell (Leeds, Yorkshire, England) 30:12\n2. Ryan Dunne (Cork, Munster, Ireland) 30:40\n", {"Tom Sidwell", "Ryan Dunne"}),
     ("Dalhousie won the team title. The Dalhousie runner Emma Ross pulled away late to win in 27:40.", {"Emma Ross"}),
     ("Waweru won the Hamburg Marathon in 2:08:31. The Waweru team said he would now rest until the autumn.", {"Waweru"}),
     ("Penn Relays 1500m\n1. Tanui 3:41.20\n2. Ferrante 3:42.05\n3. Okafor 3:42.50\n", {"Tanui", "Ferrante", "Okafor"}),
     ("Women's 4x400m Relay\n\n1. Brown 3:38.10\n2. Yale 3:39.20\n", set()),
     ("The Tigers won the relay.\n2. Cornell (Brennan, Grant, Lindqvist and Moran) 11:12.40\n", set()),
     ("In the words of the winner of the Berlin Marathon Kipchoge, the course is the fastest in the world.", {"Eliud Kipchoge"})],
    ids=["a-particle-in-a-club-row", "ladies-categories", "a-speech-verb-at-a-line-s-end", "a-name-s-suffix", "a-runner-s-places",
         "a-school-describing-its-runner", "a-runner-s-team", "a-meeting-named-relays", "a-blank-line-under-a-relay-heading",
         "a-relay-s-runners-with-and", "a-race-s-word-before-its-winner"],
)
def test_athletes_the_reviews_of_this_stop_s_athletes(doc_of, text: str, expected: set[str]) -> None:
    """The first review's probes on this stop's athletes rules: each set of runners found, no more (schools, teams, clubs)."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1 Ana van der Berg Leeds City FSEN 36:12\n2 Tom Hale Bingley MSEN 36:40\n", {"Ana van der Berg", "Tom Hale"}),
     ("\"It was hard out there today,\" said\xa0Okafor, who finished third in 14:02.", {"Okafor"}),
     ("1. Sarah Kerr (Edinburgh, Scotland, GBR, F35) 32:10\n2. Ann Fox (Leeds, Yorkshire, England, F40) 33:02\n", {"Sarah Kerr", "Ann Fox"}),
     ("Waweru comfortably won the Hamburg Marathon in 2:08:31. The Waweru team said he would rest until the autumn.", {"Waweru"}),
     ("Relay for Life 5K\n1. Hale 18:40\n2. Fox 19:02\n3. Dunn 19:30\n", {"Hale", "Fox", "Dunn"}),
     ("Fastest relay legs\n1. Okafor 44.81\n2. Ferrante 45.10\n", {"Okafor", "Ferrante"}),
     ("The meet closed with the 4x400m relay, but first the mile:\n1. Kerr 3:58.10\n2. Nuguse 3:58.40\n", {"Kerr", "Yared Nuguse"}),
     ("Budapest 2023 was the Championships of Mara Lindqvist, who won the 1500m in 3:54.87 and the 5000m in 14:53.88.", {"Mara Lindqvist"}),
     ("These were the Games of Ruth Achieng, who won the 800m in 1:56.40 and the 1500m in 3:58.10.", {"Ruth Achieng"})],
    ids=["two-particles", "a-no-break-space", "a-runner-s-four-places", "an-adverb-before-his-win", "relay-for-life",
         "relay-legs-list", "a-sentence-naming-a-relay", "championships-of-a-person", "games-of-a-person"],
)
def test_athletes_the_second_review_s_athletes(doc_of, text: str, expected: set[str]) -> None:
    """The second review's probes on the mended athletes rules: each set of runners kept."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Solo and relay divisions both set course records.\n\nSolo results\n1. Jake Ormsby (Flagstaff, Arizona, USA, M35) 45:46:01\n"
      "2. Dan Price (Boulder, Colorado, USA, M40) 47:02:33\n\nRelay\n1. Trail Sisters 38:12:40\n", {"Jake Ormsby", "Dan Price"}),
     ("Men's 4x400m splits\n1. Okafor 45.10\n2. Whitlock 45.62\n3. Brennan 46.01\nOkafor, a junior from Houston, anchored the winning "
      "team.", {"Okafor", "Whitlock", "Brennan"}),
     ("Place, Bib, Division, Name, Time\n1, 233, SR, Ciaran Doyle, 15:02\n2, 117, JR, Marcus Bell, 15:20\n", {"Ciaran Doyle", "Marcus Bell"})],
    ids=["a-runner-s-places-and-category-beside-a-relay", "a-relay-s-legs-splits", "a-division-column"],
)
def test_athletes_the_third_review_s_athletes(doc_of, text: str, expected: set[str]) -> None:
    assert {a.label_ for a in doc_of(text).spans["athletes"]} >= expected


def test_athletes_a_crowd_s_words_after_yelled(doc_of) -> None:
    doc = doc_of("Spectators yelled Come On Leeds as Emma Hale kicked to win the 5000m in 15:44.10.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Emma Hale"}


def test_athletes_a_runner_s_places_of_two_words_beside_a_relay(doc_of) -> None:
    """The fourth review's probe: a runner's bracket of places whose last is two words ("Great Britain") is no relay's runners."""
    doc = doc_of("Tahoe 100\nThe four-person relay went to the Trail Sisters.\nResults\n1. Kate Ross (Leeds, England, Great Britain) "
                 "19:02:33\n2. Amy Lott (Boulder, Colorado, United States) 19:40:10\n")
    assert {a.label_ for a in doc.spans["athletes"]} >= {"Kate Ross", "Amy Lott"}


@pytest.mark.parametrize(
    "text",
    [pytest.param("Callum Ashworth won the Hadley 10K in 31:02. He broke clear on the drag up Windmill Lane with two kilometres left.",
                  marks=pytest.mark.xfail(strict=True, reason="taken back after the review: 'Lane' after 'up', 'down' or 'on' was a "
                                          "road's head, but it is a runner's surname as often ('ran down Jess Lane in the final 200m')")),
     "Callum Ashworth won the Hadley 10K in 31:02. The field was set off by the Mayor of Market Hadley, Cllr Janet Pryce."],
    ids=["up-a-lane", "the-mayor-of"],
)
def test_athletes_a_lane_and_a_mayor_s_town_are_places(doc_of, text: str) -> None:
    """A lane gone up ("the drag up Windmill Lane") and the town of a mayor ("the Mayor of Market Hadley") are no runners."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == {"Callum Ashworth"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tyler Holt won the 1500m in 3:41.22, earning first-team All-Big Ten honors.\n\nBY THE NUMBERS\n\n3 – Badger All-Big Ten "
      "honorees in distance events", {"Tyler Holt"}),
     ("Madison Taylor won the 60m in 7.41, behind only former All-American Shanice Rowe's 7.29 from 2008.",
      {"Madison Taylor", "Shanice Rowe"})],
    ids=["an-honour-s-name", "an-honour-before-a-name"],
)
def test_athletes_an_all_honour_is_no_name(doc_of, text: str, expected: set[str]) -> None:
    """"All-Big Ten", "All-American": an honour, no runner's name, nor part of the runner's it comes before."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_prize_named_after_someone(doc_of) -> None:
    """"earning a Bill Rowan medal": a prize's label, no runner (her time stays hers)."""
    doc = doc_of("Zanele Mthembu finished her tenth Comrades in 8:49:03, earning a Bill Rowan medal for the first time.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Zanele Mthembu"}
    assert [r._.athlete.label_ for r in doc.spans["results"]] == ["Zanele Mthembu"]


def test_athletes_a_japanese_report_s_team_in_the_age_bracket(doc_of) -> None:
    """"Edwin Kiprop Kosgei (28 = Kenya, Kurosaki Harima)": the bracket after the age holds a country and a company's team, no
    runner (the results row's "(Kenya, Kurosaki Harima)" too)."""
    doc = doc_of("Edwin Kiprop Kosgei (28 = Kenya, Kurosaki Harima) won the first victory at 2 hours 07 minutes 42 seconds.\n\n"
                 "1 Edwin Kiprop Kosgei (Kenya, Kurosaki Harima) 2:07:42\n2 Nishikawa Ryota (Asahi Kasei) 2:08:19\n")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Edwin Kiprop Kosgei", "Nishikawa Ryota"}


def test_athletes_a_club_said_so_is_no_runner(doc_of) -> None:
    """"of Ethiopian Electric Power (Mebrat Hail) sports club": a club, and its runner's time after "of Mebrat Hail" is hers."""
    doc = doc_of("Birhanu Mekonnen of Ethiopian Electric Power (Mebrat Hail) sports club won the 10 km in 28:41.\n\nTigist Demissie of "
                 "Mebrat Hail (33:15) completed the top five.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Birhanu Mekonnen", "Tigist Demissie"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("Emma Sutton ran down Jess Lane in the final 200m to win the 5000m in 16:02.4.", "Jess Lane"),
     ("Then came a Joyce Akinyi medal: the 19-year-old took bronze in 15:02.88.", "Joyce Akinyi"),
     ("Yamada Taro (24 = Toyota, Nakamura Ken's teammate) led at 30km. Nakamura Ken won in 2:08:01.", "Nakamura Ken")],
    ids=["down-a-runner-named-lane", "a-medal-that-came", "a-teammate-in-the-bracket"],
)
def test_athletes_the_fifteenth_stop_s_review_of_names(doc_of, text: str, name: str) -> None:
    """The review's probes: a runner surnamed Lane run down, a medal that came (not earned), a teammate named in an age
    bracket: runners all."""
    assert name in {a.label_ for a in doc_of(text).spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sipho Dube missed out on a Bill Rowan medal by 40 seconds, finishing in 9:00:40.", {"Sipho Dube"}),
     ("Edwin Kiprop Kosgei (28 = Kenya, Kurosaki Harima, first marathon) won in 2:07:42.", {"Edwin Kiprop Kosgei"})],
    ids=["a-prize-missed", "a-team-before-a-note-in-the-bracket"],
)
def test_athletes_the_fifteenth_stop_s_second_review_of_names(doc_of, text: str, expected: set[str]) -> None:
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_medal_for_someone_before_a_colon(doc_of) -> None:
    """The third review's probe: "The night brought a Joyce Akinyi medal: the 19-year-old took bronze": hers, a runner."""
    doc = doc_of("The night brought a Joyce Akinyi medal: the 19-year-old took bronze in 4:02.10.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Joyce Akinyi"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Boys results:\n1. Caleb Morrow, 12, Brookfield Lakes, 15:17.6\n2. Devin Alcott, 11, Hudson Ridge, 15:36.2",
      {"Caleb Morrow", "Devin Alcott"}),
     ("Girls mile:\n1. Ava Brooks, 10, Sun Prairie East, 5:01.2\n2. Noah Grant, Jr., Kettle Moraine, 5:04.4", {"Ava Brooks", "Noah Grant"}),
     ("Results: 1. Devin Alcott, Sr, Hudson Ridge, 15:36.2; 2. Marcus Lee, Jr, Franklin, 15:41.0", {"Devin Alcott", "Marcus Lee"}),
     ("Mixed relay:\n1. Caleb Morrow, Luis Ortega 15:17.6", {"Caleb Morrow", "Luis Ortega"}),
     ("Mixed doubles 5K\n1. Tom Reed, Sarah Kim, 17:40\n2. Dan Cole, Lisa Grant, 18:02", {"Tom Reed", "Sarah Kim", "Dan Cole", "Lisa Grant"}),
     ("Women's 10,000m:\n1. Hanna Vos, Ridgeline State, 33:41.20\n2. Abigail Tran, Pacific Mesa, 33:55.07", {"Hanna Vos", "Abigail Tran"}),
     ("Age-group winners\nU20 Men: Nikau Rangi, Athletics Tauranga, 31:40\nM40: Brent Halloway, Christchurch Avon, 32:05\n"
      "W50: Helen Matagi, Wellington Scottish, 38:15", {"Nikau Rangi", "Brent Halloway", "Helen Matagi"}),
     ("Place, Name, Club, Time\n1, Callum Whitmore, Wellington Scottish, 29:12\n2, Hamish Tuhiwai, Papanui Toc H, 29:18",
      {"Callum Whitmore", "Hamish Tuhiwai"})],
    ids=["a-school-after-the-grade", "a-team-of-three-words-and-a-class-year-with-a-stop", "rows-joined-by-semicolons",
         "two-names-and-a-time-no-club-between-commas", "a-pair-s-row-under-a-heading-of-pairs", "a-college-s-rows-no-grade",
         "rows-labelled-by-an-age-category", "a-spreadsheet-s-rows-under-a-header-of-columns"],
)
def test_athletes_a_team_set_off_by_commas_in_a_results_row(doc_of, text: str, expected: set[str]) -> None:
    """A local paper's results rows give the team set off by commas after the name and its grade or class year ("9. Devin
    Alcott, 12, Hudson Ridge, 15:36.2", "Jr.", "Sr"; rows joined by semicolons too): the team is no runner. A second name not
    followed by a comma before its time is, and so is a pair's second name under a heading of pairs ("Mixed doubles 5K" over
    "1. Tom Reed, Sarah Kim, 17:40", the review's probe)."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "name", "sex"),
    [("Elin Morgan (W40) was fourth in 4:58.1 in the C race.", "Elin Morgan", "women"),
     ("Gethin Lloyd (SM) won the 3000m in 8:51.4.", "Gethin Lloyd", "men"),
     ("Carys Thomas (U20W) was second in 4:49.7.", "Carys Thomas", "women"),
     ("Ben Hale (U17) was second in 4:29.7.", "Ben Hale", None),
     ("Jo Hart (V50) was second in 5:29.7.", "Jo Hart", None)],
    ids=["w40", "sm", "u20w", "u17-either-sex", "v50-either-sex"],
)
def test_athletes_a_sex_category_bracketed_after_the_name(doc_of, text: str, name: str, sex: str | None) -> None:
    """A club's results bracket each runner's age category after the name: its letter tells the sex ("(W40)", "(SM)",
    "(U20W)"); an under-17's or a veteran's bare category tells none."""
    assert {m._.sex for m in doc_of(text).spans["athletes"] if m.label_ == name} == {sex}


def test_athletes_a_pronoun_skips_a_runner_whose_category_says_the_other_sex(doc_of) -> None:
    """ "He" after a woman named with her category ("Elin Morgan (W40)") and a man named as an object stands for him."""
    doc = doc_of("Elin Morgan (W40) ran 4:58.1 in the C race.\n\nThe last race of the night belonged to Gethin Lloyd (SM). He went "
                 "through the first kilometre in 2:56 and won in 8:51.4.")
    assert [(s._.athlete.label_ if s._.athlete is not None else None) for s in doc.spans["splits"]] == ["Gethin Lloyd"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kenedy Kiplimo wins the Rio Marathon\n\nThe Kenyan Kennedy Kiplimo Rono was the champion of the Marathon of Rio, with "
      "2:11:48. Kenedy attacked at 30km.", {"Kennedy Kiplimo Rono"}),
     ("Wellington Rodrigues da Silva was second in 2:12:30. Welington Rodrigues said he gave everything.",
      {"Wellington Rodrigues da Silva"})],
    ids=["a-given-name-with-a-letter-less", "a-given-name-with-a-letter-less-and-a-surname-less"],
)
def test_athletes_a_given_name_written_with_a_letter_doubled_or_not(doc_of, text: str, expected: set[str]) -> None:
    """Copy translated from Portuguese writes English given names with a doubled letter once ("Kenedy" for Kennedy,
    "Welington" for Wellington): a shorter name going on from it with the same surnames, or it alone, is that runner."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1500m senior men\nResults: 1. Løkken, Sindre (IL Fjordløp) 3:48.62 – 2. Bjørnstad, Even (IL Tyrving) 3:49.15 – 3. Rise, "
      "Håkon Moe (Ullensaker/Kisa IL) 3:52.70", {"Sindre Løkken", "Even Bjørnstad", "Håkon Moe Rise"}),
     ("Men's 1500m:\n1. Ingebrigtsen, Norway (NOR) 3:28.42\n2. Kerr, Britain (GBR) 3:28.70", {"Ingebrigtsen", "Kerr"})],
    ids=["surname-first-with-a-club-bracket", "a-country-after-the-comma-is-no-given-name"],
)
def test_athletes_a_results_list_writing_names_surname_first(doc_of, text: str, expected: set[str]) -> None:
    """Nordic and continental results write "Løkken, Sindre (IL Fjordløp) 3:48.62": one runner, Sindre Løkken (not when a
    country follows the comma: "Ingebrigtsen, Norway (NOR)")."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_per_a_nordic_given_name_mid_sentence(doc_of) -> None:
    """"Per" is a Nordic given name mid-sentence ("which Per Ove Lunde set"), part of the name."""
    doc = doc_of("Sindre won in 3:48.62 and beat the club record, 3:49.40, which Per Ove Lunde set in this same hall in 2009.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Sindre", "Per Ove Lunde"}


def test_athletes_initials_run_together(doc_of) -> None:
    """Initials run together, as Indian names write them ("R.S. Negi"), are those of the runner named in full."""
    doc = doc_of("India's hopes rested on R.S. Negi. The Army man clocked 2:15:48.\n\nIndian men: 1. Ravinder Singh Negi 2:15:48")
    assert {(a.label_, a.text) for a in doc.spans["athletes"]} == {("Ravinder Singh Negi", "R.S. Negi"),
                                                                   ("Ravinder Singh Negi", "Ravinder Singh Negi")}


def test_athletes_a_checkpoint_row_names_a_place(doc_of) -> None:
    """A fell race's checkpoint rows name places ("CP1 Harter Fell (5.1km) 0:32:10"), wherever else the text names them."""
    doc = doc_of("Joe Brennan won in 3:41:27 after the early miles over Harter Fell and Hard Knott.\n\nCheckpoint times:\n"
                 "CP1 Harter Fell (5.1km) 0:32:10\nCP2 Hard Knott (8.4km) 0:51:45\nFinish (32.0km) 3:41:27")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Joe Brennan"}


def test_athletes_the_national_cross_country_is_no_runner(doc_of) -> None:
    """"the Scottish National Cross Country title", "his 40th consecutive National": a championship, no runner."""
    doc = doc_of("Fraser Lindsay stormed to the Scottish National Cross Country title in 31:42. John Duffy completed his 40th "
                 "consecutive National in 45:10.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Fraser Lindsay", "John Duffy"}


def test_athletes_a_title_case_headline_s_verb_ends_the_name(doc_of) -> None:
    """A long headline in title case cuts the name at its verb: "Caleb Ostrowski Smashes Wisconsin Mile Record With 4:03.58 At
    Badger Distance Night" names Caleb Ostrowski."""
    doc = doc_of("Caleb Ostrowski Smashes Wisconsin Mile Record With 4:03.58 At Badger Distance Night\n\nOak Ridge senior Caleb "
                 "Ostrowski won the mile in 4:03.58.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Caleb Ostrowski"}


def test_athletes_a_school_after_the_class_year_in_a_results_row(doc_of) -> None:
    """"3. Tyler Brandvold, SR, Stevens Point - 4:08.40": the school after the class year is no runner."""
    doc = doc_of("Boys mile:\n1. Caleb Ostrowski, SR, Oak Ridge - 4:03.58\n2. Tyler Brandvold, SR, Stevens Point - 4:08.40")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Caleb Ostrowski", "Tyler Brandvold"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [("Lakes Sky Ultra leaders\nCP1: Jasmin Paris 0:32:10\nCP2: Jasmin Paris 1:18:44\nFinish: Jasmin Paris 2:40:05", {"Jasmin Paris"}, set()),
     ("Kipchoge Averages 2:52 Per Kilometre In Berlin\n\nThe winner ran 2:52 Per Kilometre, as Per the official timing.", set(),
      {"Per Kilometre"}),
     ("R.S. Negi won the 10,000m in 29:40.12. Rajesh Negi was second in 29:55.01.", {"R.S. Negi", "Rajesh Negi"}, set()),
     ("A.J. Kipchumba won in 13:10.50. Alfred Kipchumba was fourth in 13:30.20.", {"A.J. Kipchumba", "Alfred Kipchumba"}, set())],
    ids=["a-checkpoint-row-naming-its-leader", "per-a-rate-s-word", "initials-of-another-given-name", "two-initials-one-given-name"],
)
def test_athletes_the_sixteenth_stop_s_review_of_names(doc_of, text: str, present: set[str], absent: set[str]) -> None:
    """The review's probes: a checkpoint row naming its leader, not a place, keeps the runner; "Per Kilometre" after a time is
    a rate's words; initials link only to a runner of as many given names, each its initial."""
    names = {a.label_ for a in doc_of(text).spans["athletes"]}
    assert present <= names and not names & absent


def test_athletes_a_veteran_s_category_with_its_sex(doc_of) -> None:
    """The review's probe: "(VW40)" is a woman's category, "(VM45)" a man's: "he" after both is the man."""
    doc = doc_of('Elin Morgan (VW40) won in 38:05 ahead of Gethin Lloyd (VM45). "I loved every minute," he said.')
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["Gethin Lloyd"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("CP1: Jasmin Paris (5.1km) 0:32:10\nJasmin Paris went on to win in 8:58:30.", {"Jasmin Paris"}),
     ("Couples 5K\n1. Tom Hart, Lucy Hart, 19:40\n2. Ian Price, Jo Price, 20:10", {"Tom Hart", "Lucy Hart", "Ian Price", "Jo Price"})],
    ids=["a-leader-s-row-with-its-distance", "a-couples-race"],
)
def test_athletes_the_sixteenth_stop_s_second_review(doc_of, text: str, expected: set[str]) -> None:
    """The second review's probes: a checkpoint row's leader who acts elsewhere ("went on to win") is a runner, not a place; a
    couples race's rows name two runners each."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ULTRA: TOP 3 MEN\n1 Siyabonga Ndlovu (Nedbank) 3:09:48\n2 Kabelo Morake (Lesotho) 3:10:31\n3 Mandla Khoza (Murray & Roberts) 3:19:05",
      ["Kabelo Morake", "Mandla Khoza", "Siyabonga Ndlovu"]),
     ("Siyabonga Ndlovu won the Two Oceans in 3:09:48 from Kabelo Morake, breaking him on the climb to Constantia Nek. By the top of "
      "Constantia Nek, at about 48km, he had 29 seconds on Morake.", ["Kabelo Morake", "Siyabonga Ndlovu"])],
    ids=["a-firm-in-a-row-s-bracket", "by-the-top-of-a-place"],
)
def test_athletes_a_firm_or_a_place_is_no_runner(doc_of, text: str, expected: list[str]) -> None:
    """"(Murray & Roberts)", two names joined by "&" in a row's bracket, is a firm (its club), though the registry knows a
    Roberts; "By the top of Constantia Nek" is a place on the course."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"]}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gideon Dalyop won in 29:14. The race was flagged off by the Lagos State Commissioner for Youth and Social Development, Hon. "
      "Adebayo Olatunji. \"I thank God for today,\" said Dalyop. \"Na God do am!\"", ["Gideon Dalyop"]),
     ("Sanne Vermeulen from Haag Atletiek won the 5000m in 16:51.37.", ["Sanne Vermeulen"])],
    ids=["an-office-s-words-and-god", "a-dutch-club-s-word"],
)
def test_athletes_an_office_god_or_a_club_is_no_runner(doc_of, text: str, expected: list[str]) -> None:
    """"State Commissioner", "Social Development" (an office's words), "God", "Haag Atletiek" (a Dutch club) name no runner."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"] if s._.role is None}) == expected


def test_athletes_a_day_s_name_after_an_honorific_is_a_given_name(doc_of) -> None:
    """"Mr. Sunday Okon" (a Nigerian given name): the whole name, its role the technical director's (no runner)."""
    doc = doc_of("Gideon Dalyop won in 29:14. The AFN Technical Director, Mr. Sunday Okon, said the federation would pick athletes.")
    assert sorted(s.text for s in doc.spans["athletes"] if s._.role is None) == ["Gideon Dalyop"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Holmwood also took the Class Two 1500m through Alliyah Blake.\n\nGIRLS CLASS TWO: 1. Alliyah Blake (Holmwood) 4:36.17, "
      "2. Shantae Francis (Edwin Allen) 4:38.40", ["Alliyah Blake", "Shantae Francis"]),
     ("Fantu Gelaw won in 2:21:58. The mood at the so-called 'Wall of Noise' at the Old Opera was phenomenal.", ["Fantu Gelaw"])],
    ids=["a-school-in-a-row-s-bracket", "a-building-s-head-word"],
)
def test_athletes_a_school_or_a_building_is_no_runner(doc_of, text: str, expected: list[str]) -> None:
    """A lone word the results rows give as the school in a runner's bracket ("Alliyah Blake (Holmwood) 4:36.17") is the school
    wherever it acts ("Holmwood also took the Class Two 1500m"); "the Old Opera" is a building."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"]}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Athletics-El Bakkali reels in Girma in Rabat\n\nRABAT, May 31 (Reuters) - Soufiane El Bakkali beat Lamecha Girma to win the "
      "steeplechase in 8:05.12.", ["Lamecha Girma", "Soufiane El Bakkali"]),
     ("Ajeet Pal Choudhary won the 5000m in 13:39.84, ahead of Manjeet Rathi (13:42.10).", ["Ajeet Pal Choudhary", "Manjeet Rathi"]),
     ("Emma Reid won the 1600m in 4:41.02.\n\nMedia contact: Jill Ostrander, WIAA Communications", ["Emma Reid"])],
    ids=["a-wire-s-slug", "a-role-word-as-a-middle-name", "an-office-s-communications"],
)
def test_athletes_a_slug_a_middle_name_and_an_office(doc_of, text: str, expected: list[str]) -> None:
    """A wire's topic slug ("Athletics-El Bakkali") is no part of the name; "Pal" between a given name and a surname is a middle
    name ("Ajeet Pal Choudhary"); "WIAA Communications" an office."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"] if s._.role is None}) == expected


def test_athletes_a_surname_of_an_initial_and_surname_is_that_person(doc_of) -> None:
    """"the AFI's technical delegate K. Venkatesan" then "Venkatesan said": one person, the delegate (no athlete)."""
    doc = doc_of("Lalita Kumari Oraon won the 10,000m in 32:58.61, but the AFI's technical delegate K. Venkatesan said the events had "
                 "shown depth. \"Four women finishing this close is a good sign,\" Venkatesan said.")
    assert sorted({s.label_ for s in doc.spans["athletes"] if s._.role is None}) == ["Lalita Kumari Oraon"]


def test_athletes_a_surname_german_copy_spells_its_way(doc_of) -> None:
    """"Kedschelcha" (German copy's "dsch" for English "j") is Yomif Kejelcha, named in full before."""
    doc = doc_of("Yomif Kejelcha was second in 12:49,10. Kedschelcha was not satisfied with the second rank.")
    assert {s.text: s.label_ for s in doc.spans["athletes"]} == {"Yomif Kejelcha": "Yomif Kejelcha", "Kedschelcha": "Yomif Kejelcha"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jermaine Steward won the 110m hurdles in 13.31 ahead of Grant Holloway.", ["Grant Holloway", "Jermaine Steward"]),
     ("Lisa Marshal won the 3000m in 9:01.20 ahead of Anna Berg.", ["Anna Berg", "Lisa Marshal"]),
     ("Dr. August Ruto, the meet medical officer, attended the meeting where Mary Moraa won the 800m in 1:57.20.", ["Mary Moraa"])],
    ids=["steward-a-surname", "marshal-a-surname", "a-month-after-an-honorific"],
)
def test_athletes_the_seventeenth_stop_s_review(doc_of, text: str, expected: list[str]) -> None:
    """The review's misfires, mended: "Steward" and "Marshal" are surnames, no roles; a month after "Dr." is no given name of a
    runner ("Dr. August Ruto, the meet medical officer")."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"] if s._.role is None}) == expected


def test_athletes_a_firm_of_several_words_in_a_bracket(doc_of) -> None:
    """The review's miss: "(Victoria Park & Tower Hamlets)" is a club, its words no runner."""
    doc = doc_of("Paul Martelletti (Victoria Park & Tower Hamlets) was ninth in 2:20:10.")
    assert sorted({s.label_ for s in doc.spans["athletes"]}) == ["Paul Martelletti"]


def test_athletes_a_street_s_name_and_a_home_after_an_age(doc_of) -> None:
    """"from Via dei Fori Imperiali" and "The 27 years old of Bekoji" (Italian copy translated) name places, no runners."""
    doc = doc_of("The Ethiopian Tesfaye Belachew won the Rome Marathon in 2:06:31. The 27 years old of Bekoji led from the start, given "
                 "at 8:00 from Via dei Fori Imperiali.")
    assert sorted({s.label_ for s in doc.spans["athletes"]}) == ["Tesfaye Belachew"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Results\n\nPos | Name | Cat | Club | Time\n1 | Ross Baird | M | Westerlands CCC | 35:20\n2 | Euan Fraser | MV40 | Campsie Fell "
      "Runners | 36:02", ["Euan Fraser", "Ross Baird"]),
     ("Isla Reid (FJ, Campsie Fell Runners) won the girls' race in 9:58.", ["Isla Reid"])],
    ids=["a-pipe-table-s-club-column", "a-club-s-name-before-its-word"],
)
def test_athletes_a_club_in_a_pipe_table_or_before_its_word(doc_of, text: str, expected: list[str]) -> None:
    """A pipe table under "Pos | Name | Cat | Club | Time": its club column no runner; "Campsie Fell Runners" a club."""
    assert sorted({s.label_ for s in doc_of(text).spans["athletes"]}) == expected


def test_athletes_a_swedish_club_s_code_and_a_racecourse(doc_of) -> None:
    """"IFK Lidingö", "Spårvägens FK" (a Swedish club's code before or after its name) and "Ngong Racecourse" are no runners."""
    doc = doc_of("Jonas Ahlgren (IFK Lidingö) was fourth in 2:17:02 and Lina Berglund (Spårvägens FK) second in 2:33:10 at Ngong "
                 "Racecourse.")
    assert sorted({s.label_ for s in doc.spans["athletes"]}) == ["Jonas Ahlgren", "Lina Berglund"]


@pytest.mark.parametrize(
    ("text", "not_athlete", "athlete"),
    [
        ("Marisol Vance, Tessa Lindqvist and Brooke Hanagan came into Cougar Saddle together in 1:01:18.", "Cougar Saddle",
         "Marisol Vance"),
        ("Lindqvist pushed on the descent and Tessa Lindqvist led into Lick Creek in 2:10:44.", "Lick Creek", "Tessa Lindqvist"),
        ("Dax Whitaker was alone by the time he reached Hopper Canyon in 2:31:40.", "Hopper Canyon", "Dax Whitaker"),
    ],
    ids=["saddle", "creek", "canyon"],
)
def test_athletes_a_trail_s_landmarks_are_no_athletes(doc_of, text: str, not_athlete: str, athlete: str) -> None:
    """A trail race's aid stations and landmarks, "came into Cougar Saddle", "led into Lick Creek": places, no runners (not
    words that are surnames too: "Stephen Pond", "Jenny Meadows", "Tom Ridge")."""
    found = [s.text for s in doc_of(text).spans["athletes"]]
    assert not_athlete not in found
    assert athlete in found


def test_athletes_a_landmark_s_word_as_a_runner_s_surname(doc_of) -> None:
    """A landmark's word is a place's only after a word of moving to or by it: "Second was Ben Creek in 7:20:44, with Sam
    Crossing third" are runners (a review's probe)."""
    found = [s.text for s in doc_of("Dax Whitaker won in 7:02:10. Second was Ben Creek in 7:20:44, with Sam Crossing third in "
                                    "7:31:09.").spans["athletes"]]
    assert "Ben Creek" in found and "Sam Crossing" in found


def test_athletes_an_owner_s_word_before_a_name_the_text_writes_bare_elsewhere(doc_of) -> None:
    """"our Szabó Bence with 28:41,93 was fourteenth" (Hungarian copy translated) where the text writes "Szabó Bence" elsewhere
    with no determiner: the runner (not "our Christmas Handicap", a club's race named so only there)."""
    doc = doc_of("The bronze the Swedish Andreas Almgren took home, our Szabó Bence with 28:41,93 was fourteenth.\n\nSzabó Bence "
                 "of the Budapest Honvéd ran his first final. Our Christmas Handicap is on Sunday.")
    found = [s.text for s in doc.spans["athletes"]]
    assert found.count("Szabó Bence") == 2 and "Christmas Handicap" not in found


@pytest.mark.parametrize(
    ("text", "not_athlete", "athlete"),
    [
        ("Othmane Bouchikhi won in 8:15.62. The 24-year-old, a native of Khenifra, finished outside the standard.", "Khenifra",
         "Othmane Bouchikhi"),
    ],
    ids=["a-native-of"],
)
def test_athletes_a_hometown_is_no_athlete(doc_of, text: str, not_athlete: str, athlete: str) -> None:
    """"a native of Khenifra": a hometown."""
    found = [s.text for s in doc_of(text).spans["athletes"]]
    assert not_athlete not in found and athlete in found


@pytest.mark.parametrize(
    ("text", "variant", "runner"),
    [
        ("Brian Kipsang Kibet won in 2:12:14.\n\nIn the 27th kilometre Mpraian Kipsang, as his name was written in the announcements "
         "of the speaker, made the big attack.", "Mpraian Kipsang", "Brian Kipsang Kibet"),
        pytest.param("Ruth Jepchumba Kosgei won in 2:30:58. Ruth Tzeptsoumba, as the commentator of the television was saying her "
                     "name, has run in Athens twice.", "Ruth Tzeptsoumba", "Ruth Jepchumba Kosgei",
                     marks=pytest.mark.xfail(strict=True, reason="taken back after the review: a given name shared is not enough "
                                             "('Vincent Kiprotich, as his name was written in the results' is no Vincent Kipkemoi)")),
        ("Mpraian Kipsang, as his name was written in the announcements, attacked at 27km.\n\nBrian Kipsang Kibet won in 2:12:14.",
         "Mpraian Kipsang", "Brian Kipsang Kibet"),
    ],
    ids=["written", "saying", "the-spelling-first"],
)
def test_athletes_a_name_the_text_says_is_another_s_spelling(doc_of, text: str, variant: str, runner: str) -> None:
    """"Mpraian Kipsang, as his name was written in the announcements" after Brian Kipsang Kibet (translated): one runner, the
    text says so, though the spellings are too far apart for the variants' rules."""
    got = {s.text: s.label_ for s in doc_of(text).spans["athletes"]}
    assert got[variant] == runner


@pytest.mark.parametrize(
    "text",
    [
        "Mary Keitany won in 2:20:10. Mary Ngugi, as her name was spelled in the results, was second in 2:21:30.",
        "Vincent Kipkemoi won in 27:30. Vincent Kiprotich, as his name was written in the results, was third in 27:41.",
        "Brian Kipsang won in 2:12:14. Daniel Kipsang, as his name suggests, is a cousin, and ran 2:15:40.",
    ],
    ids=["a-given-name-only", "a-given-name-and-a-near-surname", "as-his-name-suggests"],
)
def test_athletes_a_name_said_of_a_spelling_keeps_two_runners_apart(doc_of, text: str) -> None:
    """A name sharing only a given name with the runner before it ("Mary Ngugi, as her name was spelled" after Mary Keitany;
    "Vincent Kiprotich, as his name was written" after Vincent Kipkemoi, their surnames near: a review's probe), or a name said to
    tell something else ("as his name suggests"), is a runner of its own."""
    labels = {s.label_ for s in doc_of(text).spans["athletes"]}
    assert len(labels) == 2


def test_athletes_where_a_best_was_run_is_a_place(doc_of) -> None:
    """"whose best is 1:07:02 from Ras Al Khaimah": where the best was run (but "won in 3:42.18 from Luke McCann" beat a runner)."""
    found = [s.text for s in doc_of("Purity Jepkosgei, whose best is 1:07:02 from Ras Al Khaimah, won in 1:09:20. Andrew Coscoran "
                                    "won the 1500m in 3:42.18 from Luke McCann.").spans["athletes"]]
    assert "Ras Al Khaimah" not in found and "Luke McCann" in found


def test_athletes_a_seafront_s_places_are_no_athletes(doc_of) -> None:
    """"set off at 11:10 from Clarence Esplanade", "past the Historic Dockyard and Gunwharf Quays": places."""
    found = [s.text for s in doc_of("Mahamed Mahamed won in 46:58 after the elite men set off at 11:10 from Clarence Esplanade. "
                                    "Jack Rowe pushed the pace past the Historic Dockyard and Gunwharf Quays.").spans["athletes"]]
    assert "Clarence Esplanade" not in found and "Gunwharf Quays" not in found and "Jack Rowe" in found


def test_athletes_an_owner_after_a_best_s_from_is_a_person(doc_of) -> None:
    """"whose best is 50.95 from Charlotte Moore's home meet in Kingston": an owner, a person (a review's probe)."""
    found = [s.text for s in doc_of("Femke Bol, whose best is 50.95 from Charlotte Moore's home meet in Kingston, won in "
                                    "52.11.").spans["athletes"]]
    assert "Charlotte Moore" in found


def test_athletes_a_quay_is_a_place_only_after_a_word_of_moving_by_it(doc_of) -> None:
    """"ran past Mermaid Quay": a place; "Emma Quay won the 1500m": a runner (a review's probe)."""
    found = [s.text for s in doc_of("Emma Quay won the 1500m in 4:22.10 after the field ran past Mermaid Quay.").spans["athletes"]]
    assert "Emma Quay" in found and "Mermaid Quay" not in found


@pytest.mark.parametrize(
    ("text", "athletes"),
    [
        ("Sergeant Wesley Langat won the 10,000m in 28:21.65. Corporal Vincent Kipsang was second and Private Samuel Kipkoech third.",
         ["Wesley Langat", "Vincent Kipsang", "Samuel Kipkoech"]),
        ("1. SPte Kelvin Kiprono (Moi Air Base) 3:38.42\n2. Cpl Abel Rotich (Kahawa Garrison) 3:38.97\n3. Pte Dennis Kipngetich "
         "(Lanet Barracks) 3:39.50\n4. L/Cpl Brian Kiptum (Embakasi Garrison) 3:40.11",
         ["Kelvin Kiprono", "Abel Rotich", "Dennis Kipngetich", "Brian Kiptum"]),
    ],
    ids=["ranks-in-words", "ranks-abbreviated-in-rows"],
)
def test_athletes_a_soldier_s_rank_is_no_part_of_the_name(doc_of, text: str, athletes: list[str]) -> None:
    """Military ranks before a name ("Sergeant Wesley Langat", "L/Cpl Brian Kiptum") are titles, not given names."""
    assert list(dict.fromkeys(s.label_ for s in doc_of(text).spans["athletes"])) == athletes


def test_athletes_a_sports_officer_is_no_athlete(doc_of) -> None:
    """"KDF Sports Officer Lieutenant Colonel Peter Mwaura said": an officer who runs the team, not a runner; a warrant officer
    who coaches is the coach."""
    doc = doc_of("Kelvin Kiprono won in 3:38.42. Kiprono's coach, Warrant Officer Stephen Kibet, was full of praise.\n\nKDF Sports "
                 "Officer Lieutenant Colonel Peter Mwaura said the best athletes will represent the forces at the trials.\n\n"
                 "\"Today's times show that the soldiers are ready,\" said Mwaura.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Kelvin Kiprono"}


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [
        ("Kelvin Kiprono won the 1500m at the championships at Ulinzi Sports Complex, Lang'ata yesterday. Wesley Langat won the "
         "10,000m.", "Lang'ata"),
        ("On Sunday took place the traditional Danske Bank Vilnius marathon. Evans Kiprotich won in 2:13:49.", "Danske Bank Vilnius"),
        ("Bucharest Half Marathon\n\nSunday, 13 April 2025, 14:05 | Author: Mihai Georgescu | Photo: Cristina Ene\n\nEdwin Kibet won "
         "in 1:02:47.", "Mihai Georgescu"),
    ],
    ids=["a-district-after-a-venue", "a-sponsor-s-race-name", "an-author-s-label"],
)
def test_athletes_places_races_authors_and_clubs_named_like_people(doc_of, text: str, not_athlete: str) -> None:
    """A district set off after a venue ("Ulinzi Sports Complex, Lang'ata yesterday"), a race named for its sponsor and city
    after "the" ("the traditional Danske Bank Vilnius marathon") and an author's label in the line under a headline ("| Author:
    Mihai Georgescu |") are no athletes."""
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]


def test_athletes_a_romanian_club_is_nobody(doc_of) -> None:
    """"who is legitimate at CSA Steaua" (Romanian copy translated): a club, neither an athlete nor another person."""
    doc = doc_of("Ionut Dumitrescu was sixth in 1:05:42.\n\n„I am content, but I know that I can more,” has said Dumitrescu, who is "
                 "legitimate at CSA Steaua.")
    assert "CSA Steaua" not in [s.text for key in ("athletes", "people") for s in doc.spans[key]]


@pytest.mark.parametrize(
    ("text", "not_athlete"),
    [
        ("Yudha Prasetyo from PASI Jawa Tengah became the best national runner in 2:24:51.", "Jawa Tengah"),
        ("Kiprono crossed the finish line in front of the Gelora Bung Karno (GBK) in 2:11:34.", "Bung Karno"),
    ],
    ids=["a-body-s-branch-after-from", "a-place-its-initials-abbreviate"],
)
def test_athletes_a_body_s_branch_and_a_place_in_initials(doc_of, text: str, not_athlete: str) -> None:
    """"from PASI Jawa Tengah" (a federation's branch, its acronym first, after "from"; not "from KEN Tom Ruto") and "the Gelora
    Bung Karno (GBK)" (a place its initials abbreviate) are no athletes."""
    assert not_athlete not in [s.text for s in doc_of(text).spans["athletes"]]
    assert "Tom Ruto" in [s.text for s in doc_of("The winner from KEN Tom Ruto was there in 2:10:00.").spans["athletes"]]


@pytest.mark.parametrize(
    ("text", "athletes"),
    [
        ("Marcus Sergeant won the county 400m in 48.90.", ["Marcus Sergeant"]),
        ("Daniel Private, 19, won the junior 3000m in 8:40.2.", ["Daniel Private"]),
        ("Ellie Colonel won the 3000m in 9:20.10 ahead of Amy Major in 9:22.00.", ["Ellie Colonel", "Amy Major"]),
        ("At Nyayo Stadium, Obiri yesterday won the 5000m in 14:50.2, ahead of Agnes Tirop (14:52.0).", ["Hellen Obiri", "Agnes Tirop"]),
        ("Fans watched the veteran Mary Keitany race away from the pack to win in 2:19:50.", ["Mary Keitany"]),
        ("A strong run from KDF Wesley Langat saw him finish second in 28:16.0 behind Geoffrey Kamworor (28:10.5).",
         ["Wesley Langat", "Geoffrey Kamworor"]),
        ("The 100m was won by Lalu Muhammad Zohri (LMZ) in 10.18.", ["Lalu Muhammad Zohri"]),
        ("Tom Ruto won in 2:10:00. Rwanda Athletics Federation (RAF) Secretary General Jean de Dieu Habimana praised the organisation.",
         ["Tom Ruto"]),
        ("Results: 1. Pat Kelly Jnr (Leevale) 31:02; 2. Pat Kelly Snr (Leevale) 33:50.", ["Pat Kelly Jnr", "Pat Kelly Snr"]),
    ],
    ids=["a-rank-as-a-surname", "private-as-a-surname", "colonel-and-major-as-surnames", "a-runner-after-a-stadium",
         "race-as-a-verb", "a-unit-s-acronym-after-run-from", "a-runner-s-initials", "a-secretary-general", "snr-as-a-suffix"],
)
def test_athletes_the_twentieth_stop_s_review(doc_of, text: str, athletes: list[str]) -> None:
    """The review's probes: a rank word is a title only before a given name and a surname ("Marcus Sergeant", "Amy Major" are
    runners); a runner named right after "Stadium," and before the sentence goes on is no district; "race" after a name is a verb
    as often; an acronym after "run from" is a unit, not a body's branch; a runner's initials in brackets name no place; "General"
    after "Secretary" is an office's word; "Snr" after a name is its suffix."""
    assert list(dict.fromkeys(s.label_ for s in doc_of(text).spans["athletes"])) == athletes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joel Cheptoek won the 8km race in 23:36. The race was flagged off at 7:00am by the Lagos State Commissioner for Youth and "
         "Social Development, Hon. Adebayo Olatunji.", "Adebayo Olatunji"),
        ("Joel Cheptoek won the 8km race in 23:36.\n\nThe Minister of State for Sports, Hon. Moses Okiror Atiku, who was represented "
         "by the Commissioner for Physical Education and Sports, Mr. Charles Wandera, said: \"Government remains committed to our "
         "athletes.\"", "Charles Wandera"),
        ("Joel Cheptoek won the 8km race in 23:36.\n\nThe Minister of State for Sports, Hon. Moses Okiror Atiku, sent his greetings to "
         "the runners.", "Moses Okiror Atiku"),
    ],
    ids=["a-commissioner-for-a-field", "represented-by-a-commissioner", "hon-opens-no-sentence"],
)
def test_athletes_an_office_for_its_field_before_an_honorific(doc_of, text: str, name: str) -> None:
    """An office "for" its field, then an honorific ("the Commissioner for Youth and Social Development, Hon. Adebayo Olatunji"),
    is a role, and "Hon." ends no sentence: the name is no athlete's."""
    doc = doc_of(text)
    assert name in {s.text for s in doc.spans["people"]}
    assert name not in {s.text for s in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "athletes", "people"),
    [
        ("Mark Lewis won the Ulster 10k in 30:15. The race was started by the Speaker, Hon. Ann Cole.", {"Mark Lewis"}, {"Ann Cole"}),
        ("Athletes Commission chair for Africa, Hon. Grace Atieno, won the masters 10km in 38:20.", {"Grace Atieno"}, set()),
        ("Joseph Kamau won the 10km in 29:10.\n\nThe Commissioner for Sports, Hon. Abdi Hassan, also completed the 5km fun run in "
         "24:30.", {"Joseph Kamau", "Abdi Hassan"}, set()),
    ],
    ids=["hon-an-official", "an-office-for-its-field-held-by-one-who-raced", "a-commissioner-who-ran-the-fun-run"],
)
def test_athletes_what_the_review_of_40f0fb3_found(doc_of, text: str, athletes: set, people: set) -> None:
    """The review of this stop's rules: "Hon." before a name is an official's title, unless the sentence has them race; an
    office "for" its field held by one who raced ("chair for Africa, Hon. Grace Atieno, won the masters 10km") is no role."""
    doc = doc_of(text)
    assert {s.label_ for s in doc.spans["athletes"]} == athletes
    assert {s.label_ for s in doc.spans["people"]} >= people


def test_athletes_a_country_code_in_title_case_after_a_full_name_in_a_results_line(doc_of) -> None:
    """Translated copy's results line writes the code in title case after the name ("4) Azeddine Habz Fra 3.34,02"): the code
    is no part of the name, in a text that writes codes so; a three-letter surname after a given name alone stays one ("Li Can
    3.34,02"), and so does a full name's last word in a text writing no codes ("Mark Anthony Tan 10.65")."""
    doc = doc_of("Men 1500 m: 1) Reynold Cheruiyot Ken 3.32,64, 2) Azeddine Habz Fra 3.34,02, 3) Elliot Giles Gbr 3.34,71.")
    assert {label for _, label in athletes(doc)} == {"Reynold Cheruiyot", "Azeddine Habz", "Elliot Giles"}
    doc = doc_of("Men 1500 m: 1) Reynold Cheruiyot Ken 3.32,64, 2) Li Can 3.34,02, 3) Elliot Giles Gbr 3.34,71, 4) Oliver Hoare Aus "
                 "3.35,10.")
    assert {label for _, label in athletes(doc)} == {"Reynold Cheruiyot", "Li Can", "Elliot Giles", "Oliver Hoare"}
    doc = doc_of("Men's 100m: 1) Mark Anthony Tan 10.65, 2) Jonas Reyes 10.71.")
    assert "Mark Anthony Tan" in {label for _, label in athletes(doc)}


def test_athletes_a_catholic_school_is_no_runner(doc_of) -> None:
    """A school whose name ends on "Catholic" or "Prep" ("Red Bank Catholic", "Loyola Prep") is a place, not a runner."""
    doc = doc_of("The distance races delivered four tight finishes and one senior from Red Bank Catholic finally getting her state "
                 "title. Sophia Marchetti won in 10:31.46.")
    assert {label for _, label in athletes(doc)} == {"Sophia Marchetti"}


@pytest.mark.parametrize(
    ("text", "runner"),
    [
        ("The race started from Piazza Santa Croce. Geoffrey Kiprotich won in 2:08:10.", "Geoffrey Kiprotich"),
        ("We lined up in the field by Pont Cyfyng. Gethin Pritchard won in 40:31.", "Gethin Pritchard"),
        ("Hamza Lamrani won in 2:08:10 in front of a numerous public which had come to encourage him along the avenue Mohammed VI.",
         "Hamza Lamrani"),
        ("By the time the leaders at Saturday's Wallowa Divide 50 Mile hit the canyon it was hot. Tanner Holloway won in 7:48:12.",
         "Tanner Holloway"),
    ],
    ids=["a-piazza", "a-welsh-bridge", "a-street-after-its-lowercase-word", "a-race-named-with-its-miles"],
)
def test_athletes_a_place_or_a_race_named_like_a_person_is_no_runner(doc_of, text: str, runner: str) -> None:
    """A street's or a hill country's place, by its first word ("Piazza Santa Croce", "Pont Cyfyng") or a street's word before it
    ("the avenue Mohammed VI"), and a race named with its miles ("the Wallowa Divide 50 Mile"), are no runners."""
    assert {label for _, label in athletes(doc_of(text))} == {runner}


def test_athletes_a_month_as_a_surname_after_a_given_name(doc_of) -> None:
    """"and Ethan September, doubling up after his fourth, tried to respond": a month after a given name and before a pause is a
    surname (the South African name); not a date's ("in Berlin September 24", "Since September, Kipchoge has trained")."""
    doc = doc_of("Mpho Letsoalo went clear and Ethan September, doubling up after his fourth in the 1500m, tried to respond. Mpho "
                 "Letsoalo won in 14:02.77.")
    assert {label for _, label in athletes(doc)} == {"Ethan September", "Mpho Letsoalo"}
    doc = doc_of("The race was held in Berlin September 24. Since September, Kipchoge has trained at altitude. Eliud Kipchoge won.")
    assert {label for _, label in athletes(doc)} == {"Eliud Kipchoge"}


@pytest.mark.parametrize(
    ("text", "runners"),
    [
        ("Calle Pettersson of Sweden won the 5000m in 13:40.21, ahead of Jonas Raess.", {"Calle Pettersson", "Jonas Raess"}),
        ("Rua Kenana won the Auckland 10K in 29:40, ahead of Hayden Wilde.", {"Rua Kenana", "Hayden Wilde"}),
        ("Camille Herron 100 Mile World Record: Herron ran 12:41:11 in Arizona.", {"Camille Herron"}),
        ("Ana Peleteiro won the triple jump with 14.60. The second plaza Fatima Diame secured was for the Olympics.",
         {"Ana Peleteiro", "Fatima Diame"}),
    ],
    ids=["calle-a-given-name", "rua-a-given-name", "a-headline-s-miles-record", "spanish-plaza-a-place-won"],
)
def test_athletes_what_the_review_of_65cd3f8_found(doc_of, text: str, runners: set) -> None:
    """The review of this stop's rules: street words that are given names too ("Calle", "Rua") open no place; a runner's miles
    record in a headline ("Camille Herron 100 Mile World Record") names no race; Spanish copy's "plaza" is a place won."""
    assert {label for _, label in athletes(doc_of(text))} >= runners


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Josh Ellwood held the gap all the way down Shipman Knotts to win in 1:28:41.", {"Shipman Knotts"}),
        ("Dan Whitehead ran his first race, despite a face-plant in the bog below Nan Bield.", {"Nan Bield"}),
        ("Bjørnar Haugstad from Ullensaker/Kisa was the best Norwegian in 2:16:38.", {"Kisa", "Ullensaker"}),
        ("Jesse Marchetti won in 6:58:12.\n\n- Cottonwood Gulch (mile 7.2): 55:40\n- Wapiti Pass (mile 15.8): 2:14:03\n\n"
         "Luis Arrieta was first to Wapiti Pass in 2:13:31.", {"Wapiti Pass", "Cottonwood Gulch"}),
    ],
    ids=["down-a-fell", "ground-below-a-fell", "two-places-glued-by-a-slash", "an-aid-station-s-place"],
)
def test_athletes_fells_aid_stations_and_glued_clubs_are_no_runners(doc_of, text: str, places: set) -> None:
    """A fell after a way down it or ground below it ("all the way down Shipman Knotts", "the bog below Nan Bield"), the places of
    a club named with a slash between ("Ullensaker/Kisa"), an aid station a list gives its mile ("- Wapiti Pass (mile 15.8):
    2:14:03"): places, no runners."""
    assert not {label for _, label in athletes(doc_of(text))} & places


def test_athletes_a_list_that_glues_each_club_to_its_runner(doc_of) -> None:
    """A club's results list with one space between name and club ("4 Joe Marsh Unattached 1:54.40 PB"): names the text writes
    outside the list followed there by more words tell that it glues clubs, and each row's runner is the first two words (not a
    team list, "2 Aoyama Gakuin Univ. 2:09:30", whose short name the text writes too)."""
    text = ("Tom Harding won in 1:51.38, with Ryan Doyle of Harrow Hill second.\n\nMen 800m Heat 1\n"
            "1 Tom Harding Kestrel Park AC 1:51.38 PB\n2 Ryan Doyle Harrow Hill 1:51.72 SB\n3 Ollie Brennan Weald AC 1:53.15\n"
            "4 Joe Marsh Unattached 1:54.40 PB\n")
    assert {label for _, label in athletes(doc_of(text))} == {"Tom Harding", "Ryan Doyle", "Ollie Brennan", "Joe Marsh"}
    text = ("Kokugakuin University won the ekiden; Aoyama Gakuin was second and Tokyo International third.\n\n"
            "1 Kokugakuin Univ. 2:08:29\n2 Aoyama Gakuin Univ. 2:09:30\n3 Tokyo International Univ. 2:09:43\n")
    assert club_rows(text) == []


def test_athletes_a_quote_on_a_domestic_place_speaks_of_the_sport(doc_of) -> None:
    """"I was satisfied with the domestic first place, but ...," Shim said: the sentence speaks of a race (a rank among the home
    runners is no place, but its words are the sport's), so "Shim" is the runner named before (a guard of what this stop's rule
    on domestic ranks first broke, in EN06)."""
    text = ("Shim Jong-sub finished 11th overall in 2:12:05 and took the domestic top.\n\n\"I was satisfied with the domestic first "
            "place, but I still lack a lot compared to the world,\" Shim said.")
    assert [label for _, label in athletes(doc_of(text))] == ["Shim Jong-sub", "Shim Jong-sub"]


@pytest.mark.parametrize(
    ("text", "runners"),
    [
        ("Tom Bailey won in 1:12:30. Straight up Joe Mounsey pulled clear, and he was second in 1:13:05.", {"Joe Mounsey"}),
        ("Tom Bailey won in 1:12:30. Headed down Joe Hebblethwaite made up time and was second in 1:13:05.", {"Joe Hebblethwaite"}),
    ],
    ids=["straight-up-opening-a-sentence", "headed-down-opening-a-sentence"],
)
def test_athletes_what_the_review_of_11ba312_found(doc_of, text: str, runners: set) -> None:
    """The review of this stop's rules: "Straight up"/"Headed down" opening a sentence are no ways down a fell (only "all the way
    down" and "climbed"/"descended" are)."""
    assert {label for _, label in athletes(doc_of(text))} >= runners


def test_athletes_initials_run_together_before_a_given_name_and_a_surname(doc_of) -> None:
    """Sri Lankan and Indian copy writes a full name after its initials ("R.P. Sandun Wickramasinghe", "A.G. Kasun Rathnasiri")
    and shortens it to the initials of every given name ("R.P.S. Wickramasinghe"): one runner, named both ways."""
    text = ("Air Force's R.P. Sandun Wickramasinghe was a distant third in 30:21.47. In the 5000m R.P.S. Wickramasinghe was fourth "
            "in 14:40.02, with A.G. Kasun Rathnasiri (Police) fifth in 14:52.10.")
    assert athletes(doc_of(text)) == [("R.P. Sandun Wickramasinghe", "R.P. Sandun Wickramasinghe"),
                                      ("R.P.S. Wickramasinghe", "R.P. Sandun Wickramasinghe"),
                                      ("A.G. Kasun Rathnasiri", "A.G. Kasun Rathnasiri")]


def test_athletes_one_initial_before_a_given_name_and_a_surname(doc_of) -> None:
    """One initial before a given name and a surname is a full name too ("G. Iresha Dilhani"), so the record she set is hers;
    three initials run together, the family's first, the given name's last, shorten a full name ("H.M.C. Herath" of Chaminda
    Herath)."""
    doc = doc_of("Navy's S.M. Hasini Prabodha won the women's 5000m in 16:27.41, bettering the 16:31.04 set by G. Iresha Dilhani in "
                 "2018.\n\nChaminda Herath won the men's race.\n\nMen's 5000m: 1. H.M.C. Herath (Army) 14:18.05")
    assert {a.label_ for a in doc.spans["athletes"]} == {"S.M. Hasini Prabodha", "G. Iresha Dilhani", "Chaminda Herath"}


def test_athletes_a_lower_case_syllable_of_a_given_name_is_no_surname(doc_of) -> None:
    """A Cantonese given name romanised with a hyphen ("Leung Ka-ho") has no surname in its lower-case syllable: "Ho said" after
    the race director William Ho Wai-keung is his, not Leung Ka-ho's (a double-barrelled surname's halves are capitalised:
    "Thackery" of Calli Hauger-Thackery; "Min" opening "Min-ho Park" is Park Min-ho still)."""
    doc = doc_of("Leung Ka-ho was second among the locals in 2:29:15.\n\nRace director William Ho Wai-keung said 74,000 runners had "
                 'taken part.\n\n"With humidity like this, we always ask people to listen to their bodies," Ho said.')
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] != ["Leung Ka-ho"]
    doc = doc_of("Park Min-ho recorded 2:10:38. Min-ho Park passed the half point in 1:04:40 and endured alone.")
    assert {s.label_ for s in doc.spans["athletes"]} == {"Park Min-ho"}
    assert [s._.athlete.label_ for s in doc.spans["splits"]] == ["Park Min-ho"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The Level 300 Physical Education student clocked 3:51.62 to beat Emmanuel Tetteh.", {"Emmanuel Tetteh"}),
     ("The Sports Science graduate Emmanuel Tetteh was second in 3:52.10.", {"Emmanuel Tetteh"}),
     ("Men's 5000m final\n1. Kwabena Asante (UCC) 14:41.05\n4. Prince Ofori (UG) 15:02.77", {"Kwabena Asante", "Prince Ofori"})],
    ids=["a-field-of-study-before-student", "a-field-of-study-before-graduate", "a-role-word-opening-a-row-s-name"],
)
def test_athletes_a_field_of_study_and_a_row_s_given_name(doc_of, text: str, expected: set[str]) -> None:
    """Capitalised words right before "student" or "graduate" are a field of study, no runner ("Physical Education"); a word
    that names a role ("Prince") opening a results row's name after its place is a given name ("4. Prince Ofori (UG)")."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_photographer_told_in_a_sentence(doc_of) -> None:
    """"The photographs of the race were taken by Murat Ekinci": a photographer, no runner."""
    doc = doc_of("Hillary Kiptum Chepkwony won in 2:08:51.\n\nThe photographs of the race were taken by Murat Ekinci.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Hillary Kiptum Chepkwony"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Patrick Pass won the trail half marathon in 1:18:44 ahead of Mary Trail.", {"Patrick Pass", "Mary Trail"}),
     ("Joe Gray won the Ascent in 2:07:09 while Brian Summit finished second in 2:09:12.", {"Joe Gray", "Brian Summit"}),
     ("Mark Service of Leeds won the 10km in 30:45 ahead of Tom Pass in 31:02.", {"Mark Service", "Tom Pass"}),
     ("Gray pulled away after he passed Tom Barr (mile 7.6) on the climb and won in 2:07:09.", {"Tom Barr", "Gray"})],
    ids=["surnames-pass-and-trail", "a-surname-summit-after-the-ascent", "surnames-service-and-pass", "a-runner-passed-at-a-marker"],
)
def test_athletes_surnames_that_are_a_course_s_words(doc_of, text: str, expected: set[str]) -> None:
    """The review's probes: a climb's word heads a place or a race only after a word of going there or "won the" ("up Barr Trail",
    "won the Pikes Peak Ascent"); after a given name it is a surname ("Patrick Pass", "Brian Summit"), and a runner passed at a
    marker ("passed Tom Barr (mile 7.6)") is no place."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_race_or_a_place_named_for_its_climb(doc_of) -> None:
    """"the Pikes Peak Ascent", "up Barr Trail", "over Wapiti Pass": a race's or a place's name, its head a climb's word, no
    runner (and a quote after a race director's introduction is not given to the race)."""
    doc = doc_of("Caleb Ostrander won the Pikes Peak Ascent in 2:11:38. Marisol Vance ran up Barr Trail in 2:31:20 and was first over "
                 "Wapiti Pass.\n\nRace director Cathy Moss said 1,780 runners started the Ascent. \"We had perfect weather,\" she said.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Caleb Ostrander", "Marisol Vance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Émilie Gagnon won the women's race at the Marathon Beneva de Québec in 2:36:14.", {"Émilie Gagnon"}),
     ("The Marathon du Médoc drew 8,000 runners, and Émilie Gagnon won it in 3:05:10.", {"Émilie Gagnon"}),
     ("The Marathon du Médoc was won by Jean Duval in 2:40:11.", {"Jean Duval"}),
     ("In the Marathon Robert de Castella won in 2:09:18.", {"Robert de Castella"}),
     ("At the Marathon Vanderlei de Lima led until 35km and won in 2:12:10.", {"Vanderlei de Lima"})],
    ids=["a-race-named-with-its-kind-first", "the-race-opening-the-sentence", "the-race-before-was",
         "a-runner-with-a-particle-after-the-marathon",
         "a-runner-leading-after-the-marathon"],
)
def test_athletes_race_and_body_names(doc_of, text: str, expected: set[str]) -> None:
    """A race named with its kind first and its place after "de", as French names run ("the Marathon Beneva de Québec", "The
    Marathon du Médoc"), is no runner; a runner's name with a particle right after "the Marathon", acting ("In the Marathon
    Robert de Castella won"), is (the review's probes)."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The Peruvian Rosa María de la Torre completed the podium with 2:35:10.\n\n3. Rosa María de la Torre (PER) 2:35:10",
      {"Rosa María de la Torre"}),
     pytest.param("The best Bolivian was the runner of Oruro Héctor Garibay Flores, fourth in 2:14:40.", {"Héctor Garibay Flores"},
                  marks=pytest.mark.xfail(reason="a region's word glued before the name after \"the runner of\": cutting it off "
                                                 "(even only where the text names the runner elsewhere without it) cost a held-out batch "
                                                 "more than GZ05 gained; needs a better cue than the word's place", strict=True)),
     ("Héctor Garibay won the Marathon of Cusco in 2:20:15. \"Cusco is a marathon for brave legs,\" he said.", {"Héctor Garibay"}),
     ("The start was given on the Paseo de las Flores, and Héctor Garibay led from the gun.", {"Héctor Garibay"})],
    ids=["a-surname-after-de-la", "a-region-after-the-runner-of", "a-city-alone-the-text-names-a-marathon-of",
         "a-street-after-the-is-no-one"],
)
def test_athletes_names_as_spanish_copy_translated_writes_them(doc_of, text: str, expected: set[str]) -> None:
    """Spanish copy translated: a surname after "de la" is one name ("Rosa María de la Torre"); "the runner of Oruro Héctor Garibay
    Flores" is his region, then his name (not yet); a city the text names a marathon of ("the Marathon of Cusco") is no one when alone, even
    opening a quote; a street's words after "the" are no one's name ("the Paseo de las Flores")."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_home_town_after_from_and_a_name(doc_of) -> None:
    """"Jiraporn Kaewmanee from Nakhon Ratchasima is the best Thai woman": where she comes from, as "of Edmonton" is, no runner."""
    doc = doc_of("For the Thai runners, Jiraporn Kaewmanee from Nakhon Ratchasima is the best Thai woman, finish 2:49:27.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Jiraporn Kaewmanee"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Siriporn Thongchai was the best Thai woman in 2:49:27. Siriphorn said she trained at night for a month.",
      {"Siriporn Thongchai": ["Siriporn Thongchai", "Siriphorn"]}),
     ("Siriporn Thongchai was the best Thai woman in 2:49:27. Siriporn Boonma was fourth. Siriphorn said she trained at night.",
      {"Siriporn Thongchai": ["Siriporn Thongchai"], "Siriporn Boonma": ["Siriporn Boonma"]})],
    ids=["one-runner-s-given-name-spelled-another-way", "two-runners-given-names-alike"],
)
def test_athletes_a_given_name_alone_spelled_another_way(doc_of, text: str, expected: dict) -> None:
    """A given name alone, spelled another way, as Thai copy calls its runners ("Siriphorn said" of Siriporn Thongchai): the one
    runner whose given name it is close to; none where two runners' given names are alike."""
    doc = doc_of(text)
    got: dict[str, list[str]] = {}
    for a in doc.spans["athletes"]:
        got.setdefault(a.label_, []).append(a.text)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The pacing was on target. Hare Tom Castleford took the field through 5000m in 13:58 before stepping off.", {"Tom Castleford"}),
     ("Saturday's Night of 10,000m PBs was the usual chaos, and Callum Harland won in 27:48.10.", {"Callum Harland"})],
    ids=["a-hare-opening-the-sentence", "personal-bests-abbreviated"],
)
def test_athletes_a_pacemaker_s_word_and_a_mark_s_abbreviation(doc_of, text: str, expected: set[str]) -> None:
    """"Hare Tom Castleford took the field through": the pacemaker's word before his name, as "Pacemaker" is; "PBs" no one."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("\"The record was in my mind,\" Naeem told Dawn after receiving his medal. Muhammad Naeem won in 14:06.38.", {"Muhammad Naeem"}),
     ("\"Finally a race without mistakes,\" told Smidt at the microphone. Nick Smidt won the 400m hurdles in 48.90.", {"Nick Smidt"})],
    ids=["a-paper-told-by-the-runner", "a-speaker-after-told-as-translated"],
)
def test_athletes_a_paper_told_after_a_quote(doc_of, text: str, expected: set[str]) -> None:
    """"Naeem told Dawn": the paper told, a word the text names no one else by; a speaker put after "told", as translated copy
    puts one ('," told Smidt'), stays the runner."""
    assert {a.label_ for a in doc_of(text).spans["athletes"]} == expected


def test_athletes_a_coach_with_a_service_and_rank_before_his_name(doc_of) -> None:
    """"That coach, retired Army Col. Teodoro Alcantara, said": the coach, a rank and its service before the name as Philippine
    copy writes them (the soldier who ran, "Staff Sgt. Rolando Baguio", stays a runner)."""
    doc = doc_of("Staff Sgt. Rolando Baguio won the marathon in 2:24:51. That coach, retired Army Col. Teodoro Alcantara, said the "
                 "win was built at altitude.")
    assert {a.label_ for a in doc.spans["athletes"]} == {"Rolando Baguio"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [("\"Keep going,\" Sang told Kipchoge, who won in 2:01:09.", {"Eliud Kipchoge"}, set()),
     ("At 30km, he told Sambu to push the pace, and Kiplagat won in 2:08:10.", {"Sambu", "Kiplagat"}, set()),
     ("The Basque Javier de la Torre won the cross in 30:10.", {"Javier de la Torre"}, set()),
     ("The finish on Calle de la Princesa saw Kiprop win in 28:10.", set(), {"Calle de la Princesa"}),
     ("Tamirat Tola was the fastest. A sprint separated Tola from Mosinet Geremew, who ran 2:04:00 for second.", {"Mosinet Geremew"},
      set()),
     ("Daniel Mateiko won the half marathon in 59:20. Daniels was second in 59:40.", {"Daniel Mateiko", "Daniels"}, set()),
     ("Kiprotich won in 2:09:11. It was the marathon of Kiprotich, who had waited years for this.", {"Kiprotich"}, set())],
    ids=["told-a-runner-who-won", "told-a-runner-to-push", "de-la-after-a-region-s-word", "a-street-with-de-la",
         "separated-from-a-runner", "an-english-surname-like-a-given-name", "the-marathon-of-a-runner"],
)
def test_athletes_what_the_review_of_this_stop_found(doc_of, text: str, present: set[str], absent: set[str]) -> None:
    """The review's misfires of this stop's rules: "told X" is a paper only where its clause ends after it (not "told Kipchoge,
    who won", "told Sambu to push"); a name with "de la" after a region's word stays a name when the person acts ("The Basque Javier
    de la Torre won"), a street does not become one ("Calle de la Princesa"); "separated Tola from Mosinet Geremew, who ran" is a
    runner, no home town; "Daniels" is no spelling of Daniel Mateiko's given name; "the marathon of Kiprotich" (a race named in
    lower case) leaves the runner."""
    labels = {a.label_ for a in doc_of(text).spans["athletes"]}
    assert present <= labels and not (absent & labels)


def test_athletes_a_hill_race_s_category_is_no_one(doc_of) -> None:
    """"(Category BM, 11km / 520m)": a hill race's category and its code, no runner."""
    doc = doc_of("Saturday's Kinpurnie Hill Race (Category BM, 11km / 520m) went ahead in the rain. Alan Shaw won in 49:12.")
    assert [text for text, _ in athletes(doc)] == ["Alan Shaw"]


def test_athletes_a_korean_surname_alone_that_names_places_too(doc_of) -> None:
    """"Park Min-ho ... Park said": the surname written first, alone, is his (not "Olympic Park", a place)."""
    doc = doc_of("Park Min-ho won the Seoul Marathon in 2:11:42. \"I prepared very hard,\" Park said. Later the runners walked "
                 "through Olympic Park in the sun.")
    assert [(text, key) for text, key in athletes(doc)] == [("Park Min-ho", "Park Min-ho"), ("Park", "Park Min-ho")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Wilfred Kipkemoi Kirui won in 2:06:18. Wilpred Kipkemoi made spurt from the 38km point.",
      [("Wilfred Kipkemoi Kirui", "Wilfred Kipkemoi Kirui"), ("Wilpred Kipkemoi", "Wilfred Kipkemoi Kirui")]),
     ("Tigist Alemu Bekele won the women's race in 2:21:33. Tigisteu Alemu said \"I am thankful.\"",
      [("Tigist Alemu Bekele", "Tigist Alemu Bekele"), ("Tigisteu Alemu", "Tigist Alemu Bekele")]),
     ("Mario García Romo won the 1500m in 3:36.10. Mariano García won the 800m in 1:47.36.",
      [("Mario García Romo", "Mario García Romo"), ("Mariano García", "Mariano García")]),
     ("Daniel Kipchumba Mutai won the men's 10,000m in 27:40.11. In the women's race Daniela Kipchumba was fourth in 31:10.55.",
      [("Daniel Kipchumba Mutai", "Daniel Kipchumba Mutai"), ("Daniela Kipchumba", "Daniela Kipchumba")]),
     ("Mary Chepkoech Kiprop won the 10,000m in 31:10.40. Maly Chepkoech was third in 32:45.",
      [("Mary Chepkoech Kiprop", "Mary Chepkoech Kiprop"), ("Maly Chepkoech", "Maly Chepkoech")])],
    ids=["a-letter-apart", "a-syllable-more", "another-given-name", "a-woman-s-name-of-a-man-s", "l-and-r-in-a-given-name"],
)
def test_athletes_a_given_and_middle_name_transliterated(doc_of, text: str, expected: list) -> None:
    """"Wilpred Kipkemoi" of Wilfred Kipkemoi Kirui, "Tigisteu Alemu" of Tigist Alemu Bekele (Korean copy translated): the given
    name and middle name, the given name a letter of one sound apart or with Korean's final vowel; not "Mariano García" beside
    Mario García Romo, "Daniela Kipchumba" beside Daniel Kipchumba Mutai, "Maly Chepkoech" beside Mary Chepkoech Kiprop (the
    review's other runners)."""
    assert athletes(doc_of(text)) == expected


def test_athletes_a_results_row_s_runner_whose_surname_names_places_too(doc_of) -> None:
    """"4. Marcus Hill, 12, Delbarton, 4:12.95": a results row's runner, his school year after the name (not "Hill", a place's
    head, cutting him out)."""
    doc = doc_of("BOYS 1600 METERS – FINAL\n1. Jack Rinaldi, 12, Ridgewood, 4:08.31\n2. Tyler Brooks, 11, Westfield, 4:10.88\n"
                 "3. Marcus Hill, 12, Delbarton, 4:12.95\n")
    assert [text for text, _ in athletes(doc)] == ["Jack Rinaldi", "Tyler Brooks", "Marcus Hill"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Of the Hungarians, Kovács Levente (BEAC) ran the best, sixth with 1:04:52. \"I am not dissatisfied\" – told Kovács.",
      [("Kovács Levente", "Kovács Levente"), ("Kovács", "Kovács Levente")]),
     ("Joe Kovacs won the shot put with 22.10m. Kovacs said it was good.", [("Joe Kovacs", "Joe Kovacs"), ("Kovacs", "Joe Kovacs")]),
     ("On the Margaret Bridge the Ethiopian Lemma Abdi pulled the group. Second became Abdi Lema with 1:01:05. Results: 2. Abdi "
      "Lemma (Ethiopia) 1:01:05.", [("Lemma Abdi", "Lemma Abdi"), ("Abdi Lema", "Lemma Abdi"), ("Abdi Lemma", "Lemma Abdi")]),
     ("Kipchumba Hillary won in 1:00:48. Second the Kenyan Csepkirui Purity (1:08:50) finished. Results: 1. Hillary Kipchumba "
      "(Kenya) 1:00:48, 2. Purity Chepkirui (Kenya) 1:08:50.",
      [("Kipchumba Hillary", "Kipchumba Hillary"), ("Csepkirui Purity", "Csepkirui Purity"), ("Hillary Kipchumba", "Kipchumba Hillary"),
       ("Purity Chepkirui", "Csepkirui Purity")]),
     ("Ali Hassan won the men's 5000m in 13:20.10. Hassen Ali of Ethiopia was runner-up in 13:22.50.",
      [("Ali Hassan", "Ali Hassan"), ("Hassen Ali", "Hassen Ali")])],
    ids=["the-family-name-first-alone", "the-registry-s-own", "reordered-and-respelled", "reordered-and-respelled-2",
         "two-runners-of-reversed-names"],
)
def test_athletes_names_as_hungarian_copy_translated_writes_them(doc_of, text: str, expected: list) -> None:
    """"Kovács Levente" then "told Kovács": the family name first, alone, is his (not the registry's Joe Kovacs, whose given name
    the text never writes); "Lemma Abdi" and "Abdi Lema", "Csepkirui Purity" and "Purity Chepkirui": one runner each, the name
    reordered and respelled in a text that writes names both ways (not "Ali Hassan" and "Hassen Ali" in a text that does not: the
    review's two runners)."""
    assert athletes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("GABORONE: Botswana Prison Service (BPS) athlete Kagiso Seretse won the 10km in 29:02. Seretse, who is stationed at Gaborone "
      "Central Prison, led at halfway.", ["Kagiso Seretse", "Seretse"]),
     ("Kagiso Seretse won the 10km in 29:02. BAA vice president (technical), Lameck Ditshotlo, was impressed. \"We are seeing more "
      "young athletes,\" Ditshotlo said of the women's race and the team he will select.", ["Kagiso Seretse"]),
     ("Meet of Champions, 2025.\n\nTeam results: 1. Red Bank, 45, 16:40.20 2. Cherry Hill, 60, 16:55.10", [])],
    ids=["a-service-and-a-prison", "a-role-with-its-remit-in-a-bracket", "teams-rows-with-their-scores"],
)
def test_athletes_bodies_buildings_and_offices_are_no_runners(doc_of, text: str, expected: list) -> None:
    """"Botswana Prison Service", "Gaborone Central Prison": an employer and a building, no runner; "BAA vice president
    (technical), Lameck Ditshotlo,": an official, his remit in a bracket between the office and his name."""
    assert [t for t, _ in athletes(doc_of(text))] == expected


def test_athletes_a_photographer_credited_after_a_body_and_a_slash(doc_of) -> None:
    """"Photos courtesy of Athletics Alberta / Mark Hollinger.": the photographer, no runner."""
    doc = doc_of("Owen Makinde won the 3000m in 8:01.77.\n\nFull results are on the Athletics Alberta website. Photos courtesy of "
                 "Athletics Alberta / Mark Hollinger.")
    assert [t for t, _ in athletes(doc)] == ["Owen Makinde"]
    assert ("Mark Hollinger", "photographer") in people(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tumelo Sekgobela of Nedbank dug deep over Constantia Nek to win in 3:08:21.", ["Tumelo Sekgobela"]),
     ("Rahul Chaudhary of the Army Sports Institute, Pune, broke away near the junction and won in 2:16:44.", ["Rahul Chaudhary"]),
     ("The winner was Ravi Patel from Kettering Town Harriers, Alex Yee, from the same club, was second.", ["Ravi Patel", "Alex Yee"]),
     ("Kiprop came past Jane Bay and Tom Bay at 8 km to win in 28:40.", ["Kiprop", "Jane Bay", "Tom Bay"])],
    ids=["a-pass-over", "a-body-s-town-set-off", "not-a-runner-after-a-club", "bay-a-surname"],
)
def test_athletes_places_of_the_course_and_a_body_s_town_are_no_runners(doc_of, text: str, expected: list) -> None:
    """"over Constantia Nek" (a pass): a place of the course; "of the Army Sports Institute, Pune,": the body's town (one word,
    not "Kettering Town Harriers, Alex Yee, from the same club"; "Bay" is a surname as much as a bay: "came past Jane Bay")."""
    assert [t for t, _ in athletes(doc_of(text))] == expected


@pytest.mark.parametrize(
    ("text", "photographer"),
    [("Meseret Belete won in 2:20:48.\n\n(Photo) Meseret Belete breaking the tape = Nagai, Osaka City, photographed by Shota Inoue",
      "Shota Inoue"),
     ("Samuel Chebii won in 29:41.\n\nIn the photo (by Giancarlo Colombo): Chebii and Faiisa in the mud of the last lap", "Giancarlo Colombo")],
    ids=["photographed-by", "a-bracketed-by"],
)
def test_athletes_a_photographer_credited_by_in_a_caption(doc_of, text: str, photographer: str) -> None:
    """"photographed by Shota Inoue", "In the photo (by Giancarlo Colombo)": the photographer, no runner."""
    doc = doc_of(text)
    assert photographer not in [t for t, _ in athletes(doc)]
    assert (photographer, "photographer") in people(doc)


@pytest.mark.xfail(reason="tried and taken back: merging a given name's first four letters with a surname a letter or two apart "
                          "('Margherita Chepnghetic', 'Margaret Chepngetich') also merged 'Henrik Larsen' and 'Henriette Larssen', two "
                          "runners; it needs a sign the text is translated or the two forms are one runner's")
def test_athletes_a_given_name_in_another_language_s_form_with_a_garbled_surname(doc_of) -> None:
    """"Margherita Chepnghetic" in the lead and "Margaret Chepngetich" in the results (Italian copy translated): one runner."""
    doc = doc_of("The win is of the kenyan Margherita Chepnghetic in 26:52.\n\nWomen (8 km): 1. Margaret Chepngetich (Ken) 26:52; "
                 "2. Nadia Battocletti (Ita) 27:03.")
    assert len({k for _, k in athletes(doc)}) == 2


def test_athletes_two_runners_whose_names_share_a_beginning_stay_two(doc_of) -> None:
    """"Henrik Larsen" and "Henriette Larssen", the men's and the women's winners: two runners, never merged."""
    doc = doc_of("Henrik Larsen won the men's race in 14:20 and Henriette Larssen took the women's in 16:05.")
    assert len({k for _, k in athletes(doc)}) == 2


def test_athletes_an_adverb_of_two_syllables_or_more_glued_to_a_surname(doc_of) -> None:
    """"Apparently Reid's previous best was 14:06", "Unfortunately Cole fell": the adverb glued to the surname after it is no
    given name (not "Emily Smith", "Kelly Jones", nor the surnames "McNally", "Whately" opening their sentences)."""
    doc = doc_of("Reid won in 13:58.41. Apparently Reid's previous best was 14:06. Unfortunately Cole fell. Emily Smith won the women's "
                 "race. Kelly Jones was second.")
    assert [t for t, _ in athletes(doc)] == ["Reid", "Reid", "Cole", "Emily Smith", "Kelly Jones"]
    doc = doc_of("McNally won the men's race in 31:20. Whately finished third in 31:52.")
    assert [t for t, _ in athletes(doc)] == ["McNally", "Whately"]


def test_athletes_a_given_name_with_a_surname_s_initial_is_the_runner_named_in_full(doc_of) -> None:
    """A blog's comments signed "Ellie M:" and "Geoff L:" are Ellie Morgan and Geoff Lyle, named in full above; an initial two
    runners share ("Tom H" of Tom Haskins and Tom Harris) stays as written, as does one in running text ("Tom H from the juniors
    ran 22:10" may be another Tom)."""
    doc = doc_of("Ellie Morgan ran 17:20.31 and Geoff Lyle clocked 19:44.0.\n\n9 comments\n\nEllie M: Absolute scenes!\n\nGeoff L: "
                 "The Silver Fox approves.")
    assert {k for _, k in athletes(doc)} == {"Ellie Morgan", "Geoff Lyle"}
    doc = doc_of("Tom Haskins ran 15:31.07 and Tom Harris ran 15:40.2.\n\nTom H: Well run, lads.")
    assert {k for _, k in athletes(doc)} == {"Tom Haskins", "Tom Harris", "Tom H"}
    doc = doc_of("Tom Harris won the parkrun in 16:40. Tom H from the juniors ran 22:10 for a PB.")
    assert {k for _, k in athletes(doc)} == {"Tom Harris", "Tom H"}


def test_athletes_a_selector_is_no_runner(doc_of) -> None:
    """"Otago selector Brent Harraway said the team would be named next week": an official, no runner."""
    doc = doc_of("Liam Cottrell won in 33:10.\n\nOtago selector Brent Harraway said the team would be named next week.")
    assert [t for t, _ in athletes(doc)] == ["Liam Cottrell"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("In the support 1500m, Victorian Daniel Kiprop won in 3:39.71 ahead of Sam Dow.", ["Daniel Kiprop", "Sam Dow"]),
     ("The veterans' race was won by Ato Tesfaye Gudeta in 35:20.", ["Tesfaye Gudeta"]),
     ("Gemechu Dida was second. Tsegay Kidanu of Mekelle 70 Enderta was third in 28:52.", ["Gemechu Dida", "Tsegay Kidanu"]),
     ("The marathon was held on Sunday. Kipkoech got 2:07:02 second place, Ethiopia's Hafutu Teklu with 2:07:30 for third.",
      ["Kipkoech", "Hafutu Teklu"])],
    ids=["a-state-s-demonym", "amharic-ato", "a-club-with-a-number", "got-a-time"],
)
def test_athletes_what_the_twenty_eighth_stop_read(doc_of, text: str, expected: list) -> None:
    """A state's demonym before a full name is no part of it ("Victorian Daniel Kiprop"); Amharic "Ato" (Mr) before a given name
    and a surname is an honorific; the word after a number in a club's name is no one ("of Mekelle 70 Enderta"); "Kipkoech got
    2:07:02 second place" names a runner."""
    assert [t for t, _ in athletes(doc_of(text))] == expected


def test_athletes_a_name_after_a_country_demonym_titled_the_and_a_year_are_kept(doc_of) -> None:
    """Not a title: "beat The Kenyan Eliud Kipchoge" (a demonym after "The"); not a club's number: a year or a row's label
    before it ("at Tokyo 2020", "Heat 12"); a region's demonym opening a club's name keeps the club out ("the Victorian Milers Club")."""
    assert [t for t, _ in athletes(doc_of("Jacob Kiplimo beat The Kenyan Eliud Kipchoge in 2:02:40."))] == ["Jacob Kiplimo", "Eliud Kipchoge"]
    from pipeline import patterns as P
    assert [bool(P.NUMBERED_CLUB_BEFORE.search(s)) for s in ("of Mekelle 70 ", "at Tokyo 2020 ", "Heat 12 ", "Lane 14 ")] == [
        True, False, False, False]
    assert [t for t, _ in athletes(doc_of("Jacob Kiplimo won the mile at the Victorian Milers Club meet in 3:55.10."))] == ["Jacob Kiplimo"]


def test_athletes_a_given_name_after_ato_is_the_person_so_named(doc_of) -> None:
    """"Ato Bekele explained" after "the technical director, Ato Bekele Mulugeta": Ethiopians are called by their given name
    after the honorific, so the quote is the official's (no athlete's), not the runner Dawit Bekele's."""
    from pipeline.api import extract

    facts = extract("Selamu Kebede won in 13:36.40 ahead of Dawit Bekele.\n\nThe federation's technical director, Ato Bekele Mulugeta, "
                    "spoke after the race.\n\n\"For the third place, the committee looked at the season's best times,\" Ato Bekele "
                    "explained.")
    assert [q.speaker for q in facts.quotes] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Haftom told The Daily Sentinel through a translator.", ["Haftom"]),
     ("The route, which goes up towards Mexico Square and back through Kazanchis, is known as one of the toughest.", [])],
    ids=["a-paper-titled-the", "back-through-a-place"],
)
def test_athletes_a_title_and_a_route_s_place_are_no_name_candidates(text: str, expected: list) -> None:
    """A capitalised "The" mid-sentence opens a title ("told The Daily Sentinel"); a place a route goes "back through" is none."""
    from pipeline.stages.athletes import find_candidates
    from pipeline.stages.segment import sentence_starts

    assert [c.text for c in find_candidates(text, [], set(sentence_starts(text, 0, len(text))))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Evans Chebet won the Boston Marathon in 2:06:51. At Mile 20 Geay still led, but he finished second in 2:07:12.",
      ["Evans Chebet", "Geay"]),
     ("Jacob Kiplimo won the Barcelona Half Marathon in 57:31. With two kilometres left Kiplimo heads past Kandie, who finished second "
      "in 57:59.", ["Jacob Kiplimo", "Kiplimo", "Kandie"]),
     ("Tamirat Tola won the Valencia Marathon in 2:04:02. Garmin got 2:01:08 on his watch.", ["Tamirat Tola"]),
     ("Ato Boldon won the Trinidad 10K in 29:55.", ["Ato Boldon"]),
     ("Peres Jepchirchir won. Later she beat The Olympic Champion Peres Jepchirchir in 2:18:20.", ["Peres Jepchirchir", "Peres Jepchirchir"])],
    ids=["at-mile-20-a-name", "heads-past-a-runner", "a-device-got-a-time", "a-ghanaian-given-name-ato", "the-olympic-champion"],
)
def test_athletes_what_the_twenty_eighth_stop_s_review_found(doc_of, text: str, expected: list) -> None:
    """The review of this stop's rules: a point of the course and its number before a name is no club ("At Mile 20 Geay"); a
    runner a runner "heads past" is no place; "got" a time with no place is no person's sign ("Garmin got 2:01:08"); "Ato" before
    one name is a given name ("Ato Boldon"); "The Olympic Champion Peres Jepchirchir" opens no title."""
    assert [t for t, _ in athletes(doc_of(text))] == expected


def test_athletes_ato_before_a_given_name_said_in_full_before(doc_of) -> None:
    """"Ato Dawit said" after "Ato Dawit Lemma": the honorific before the given name the text gave in full, no name of its own."""
    doc = doc_of("Haftom Welday won in 28:41. The director, Ato Dawit Lemma, spoke to journalists. \"Many of our champions passed "
                 "through this road,\" Ato Dawit said.")
    assert [t for t, _ in athletes(doc)] == ["Haftom Welday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tapiwa Makumbe won the half marathon in 1:03:41.\n\nNational Athletics Association of Zimbabwe (NAAZ) secretary-general "
      "Tendai Mapfumo praised the organisers.\n\n\"The army has been the backbone of distance running here,\" said Mapfumo.",
      ["Tapiwa Makumbe"]),
     ("Tapiwa Makumbe won the half marathon in 1:03:41.\n\nZNA coach Warrant Officer Class Two Edmore Chinyanga said the team would "
      "now shift focus to the national 10km championships.", ["Tapiwa Makumbe"]),
     ("Zimbabwe Prisons and Correctional Services (ZPCS) officer Blessing Chiwara had to settle for second in 1:03:58.",
      ["Blessing Chiwara"])],
    ids=["secretary-general", "warrant-officer-class-two", "correctional-services"],
)
def test_athletes_what_the_twenty_ninth_stop_read(doc_of, text: str, expected: list) -> None:
    """A Zimbabwean daily's officials and bodies: a "secretary-general" and a "Warrant Officer Class Two" before a coach's name
    are roles and ranks, no athletes; "Correctional Services" is a body, no name."""
    assert [t for t, _ in athletes(doc_of(text))] == expected


def test_athletes_a_welsh_race_s_name_is_no_runner(doc_of) -> None:
    """"won the Ras Cadair Idris": a mountain's chair (Welsh), no runner's name; nor is a race's name heading its results' line
    ("Ras Bach (juniors): 1 Cai Roberts"), or "Aberdyfi Search and Rescue Team" (a team's "Search", as in three corpus articles'
    mountain rescue teams). (A race "won by" a runner, "the junior Ras Bach ... was won by", was taken back after the third review:
    it cut runners, "The battle between the Kenyan Joseph Kiprono and the Ugandan Moses Kibet was won by Kibet".)"""
    doc = doc_of("Rhys Pritchard won the Ras Cadair Idris in 1:27:41. Earlier, Cai Roberts won the juniors' race in 24:18. The organiser "
                 "thanked the members of Aberdyfi Search and Rescue Team.\n\nRas Bach (juniors): 1 Cai Roberts (Meirionnydd) 24:18.")
    assert [t for t, _ in athletes(doc)] == ["Rhys Pritchard", "Cai Roberts", "Cai Roberts"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [('Dafydd Morgan, known to everyone in Meirionnydd as "Dai Bach", won the M60 category in 1:52:07. Asked whether it would be his '
      'last, Dai Bach laughed.', [("Dafydd Morgan", "Dafydd Morgan"), ("Dai Bach", "Dafydd Morgan")]),
     ('Wong Kai-lok – known in running circles as "Little Dragon" – retained his title in 2:31:47. Asked about it, Little Dragon '
      'smiled.', [("Wong Kai-lok", "Wong Kai-lok"), ("Dragon", "Wong Kai-lok"), ("Dragon", "Wong Kai-lok")]),
     ('Tom Reed won the parkrun in 16:42 ahead of Dai Bach, who was second in 16:50.', [("Tom Reed", "Tom Reed"), ("Dai Bach", "Dai Bach")])],
    ids=["known-to-everyone-as", "known-in-circles-as-between-dashes", "no-nickname-given"],
)
def test_athletes_a_nickname_given_after_a_full_name(doc_of, text: str, expected: list) -> None:
    """A nickname the text gives a runner in marks right after their full name ("Dafydd Morgan, known to everyone in Meirionnydd as
    "Dai Bach"") is that runner where written later without its marks ("Dai Bach laughed"; "Dragon" of "Little Dragon", its common
    word left out of the name); a name given no one as a nickname is its own runner."""
    assert [(t, label) for t, label in athletes(doc_of(text))] == expected



def test_athletes_a_cantonese_given_name_opened_by_man(doc_of) -> None:
    """"Ho Man-kit", "Lam Man-wai": a Cantonese given name's first syllable "Man" (the runner had been cut to "Ho Man"); "Man-made"
    is still no name."""
    doc = doc_of("Chan Chun-hei was second in 2:33:05 and Ho Man-kit third in 2:34:50. Lam Man-wai ran in man-made fibres.")
    assert [t for t, _ in athletes(doc)] == ["Chan Chun-hei", "Ho Man-kit", "Lam Man-wai"]



@pytest.mark.parametrize(
    ("text", "expected"),
    [("Dutch 10,000m results: 1. Mike Foppen 28:12.40, 2. Stefan Ras 28:30.10, 3. Richard Douma 28:41.22.",
      ["Mike Foppen", "Stefan Ras", "Richard Douma"]),
     ('Paul Evans, nicknamed "Bekele" for his finishing kick, won in 31:20. Bekele himself once ran 26:17.53.', ["Paul Evans"])],
    ids=["ras-a-dutch-surname", "a-nickname-another-runner-s-name"],
)
def test_athletes_what_the_twenty_ninth_stop_s_second_review_found(doc_of, text: str, expected: list) -> None:
    """The second review of this stop's rules: "Ras" is a Dutch surname too ("Stefan Ras"), no Welsh race word in a name; a
    nickname the registry knows as another runner's name ("nicknamed "Bekele"") merges no one."""
    assert [label for t, label in athletes(doc_of(text)) if t != "Bekele"] == expected  # (not Paul Evans's "Bekele")
    assert all(label != "Paul Evans" for t, label in athletes(doc_of(text)) if t == "Bekele")



@pytest.mark.parametrize(
    ("text", "expected"),
    [("The battle between the Kenyan Joseph Kiprono and the Ugandan Moses Kibet was won by Kibet in 27:40.",
      ["Joseph Kiprono", "Moses Kibet"]),
     ("Members' results\nTom Bell (Leeds): 1 Mile, 4:45.2\nAnn Cole (Leeds): 1 Mile, 5:20.1", ["Tom Bell", "Ann Cole"])],
    ids=["a-duel-won-by", "a-member-s-mile"],
)
def test_athletes_what_the_twenty_ninth_stop_s_third_review_found(doc_of, text: str, expected: list) -> None:
    """The third review: runners in a duel that "was won by" one of them stay runners; a member's line "Tom Bell (Leeds): 1 Mile,
    4:45.2" is no race's heading (its "1" a distance's count)."""
    assert list(dict.fromkeys(label for _, label in athletes(doc_of(text)))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The start shot went on Lidingövägen at noon, and at the finish on Stockholm Stadion it was 28 degrees. Edwin Rotich won in "
      "2:12:48.",
      ["Edwin Rotich"]),
     ("Sam Brinkworth crested the bridge alone and ran away down Fanshawe St to win in 2:17:48.", ["Sam Brinkworth"]),
     ("Twelve of us lined up at Fern Rock, and Maria Kowalski ran 1:04:51 on a course with a little rise around City Hall.",
      ["Maria Kowalski"]),
     ("Hosea Chemutai won in 29:14 after kicking away on the final lap in the shadow of Tororo Rock.", ["Hosea Chemutai"]),
     ("She was asked whether a crack at the national team was next. She laughed: \"Ask my coach. Ask my husband. Actually, ask my "
      "nan.\"\n\nTapsell's coach, Rotorua's Hemi Walker, said she had been \"doing the quiet work\" all winter, including long runs "
      "through the Redwoods.", []),
     ("Sam Brinkworth won in 2:17:48. Among the mass field was breakfast radio host Jamie Tuhoe, who finished the marathon in 3:58:14.",
      ["Sam Brinkworth", "Jamie Tuhoe"]),
     ("Sam Brinkworth won in 2:17:48. Race director Tom Bell, who ran it in 2:31:05 in 1998, was pleased with the day.",
      ["Sam Brinkworth"]),
     ("Tomás Luna won in 2:10:11.\n\nAna Lilia Bravo, directive of the Institute of the Sport of Mexico City (Indeporte), indicated "
      "that more than 30 thousand runners took part.", ["Tomás Luna"])],
    ids=["a-street-and-a-stadion", "a-street-s-abbreviation",
         "a-rock-and-city-hall", "in-the-shadow-of-a-rock", "a-role-then-a-place-s-possessive", "a-role-but-finished-the-race",
         "a-role-who-ran-it-years-ago", "a-directive-of"],
)
def test_athletes_what_the_thirtieth_stop_read(doc_of, text: str, expected: list) -> None:
    """A street glued to its head ("Lidingövägen"), a "Stadion", a street's abbreviation ("Fanshawe St"), "City Hall" and a rock
    named as a landmark are places;
    a role with a place's possessive set off after it ("coach, Rotorua's Hemi Walker") is the role's; a role's bearer said to have
    finished the race ("radio host Jamie Tuhoe, who finished the marathon in 3:58:14") ran it (not one who ran it in 1998); a
    "directive of" a body (Spanish copy translated: "directiva") is its officer."""
    assert list(dict.fromkeys(label for _, label in athletes(doc_of(text)))) == expected


def test_athletes_a_credit_in_capitals_and_a_nordic_club_s_code_are_no_runner_s_words(doc_of) -> None:
    """A photographer credited in capitals ("PHOTO BY ISAAC OKELLO") is one person, not a runner's given name and a word; a word
    before a Nordic club's code ("Hälle IF") is the club's, no runner a letter away ("Haile")."""
    doc = doc_of("Defending champion Isaac Kiplagat faded to sixth in 29:50.\n\nCAPTION: The pack climbs past the water tower. PHOTO BY "
                 "ISAAC OKELLO\n\nWomen's race")
    assert athletes(doc) == [("Isaac Kiplagat", "Isaac Kiplagat")]
    doc = doc_of("Best Swede was Jonas Lindqvist, Hälle IF, ninth in 2:19:31, four places behind Tsige Haile.")
    assert athletes(doc) == [("Jonas Lindqvist", "Jonas Lindqvist"), ("Tsige Haile", "Tsige Haile")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Lucy Wambui won the 10,000m in 33:14.5. Second place went to Emily Rock in 33:20.1.", ["Lucy Wambui", "Emily Rock"]),
     ("Amy Hall was passed by Jenna Rock in the last 200m, and Rock won the 1500m in 4:18.44.", ["Amy Hall", "Jenna Rock"]),
     ("Tomoki Ota won the 10,000m in 27:41.21 in Tokyo. Yamagata was second in 27:50.02.", ["Tomoki Ota", "Yamagata"]),
     ("PHOTO BY ISAAC KASAMANI BRIGID KOSGEI WINS IN LONDON\nBrigid Kosgei won the London Marathon in 2:18:58.", ["Brigid Kosgei"]),
     ("Sam Brinkworth won in 2:17:48. Timekeeper John Brown, who clocked the winner in 2:14:02, said it was close.",
      ["Sam Brinkworth"]),
     ("Sam Brinkworth won in 2:17:48. Race director Mark Milde, who ran the marathon in 2:29:30 as a young man, said it was fast.",
      ["Sam Brinkworth"]),
     ("Sam Brinkworth won in 2:17:48. Local radio host Ann Reid, who was 245th in 3:58:14, loved it.", ["Sam Brinkworth", "Ann Reid"])],
    ids=["went-to-a-rock", "passed-by-a-rock", "a-japanese-gata", "a-credit-then-a-headline", "a-timekeeper-who-clocked",
         "ran-it-as-a-young-man", "a-host-who-was-245th"],
)
def test_athletes_what_the_thirtieth_stop_s_review_found(doc_of, text: str, expected: list) -> None:
    """The review's probes: "Rock" is a surname after "went to", "by", "from" (a landmark only in a rock's shadow, past "the" rock
    or from it to somewhere); "-gata" ends Japanese surnames, no street's; a credit in capitals takes two or three words, not the
    headline after it; a role's bearer ran the race only if said to have finished or run it, or placed, in a time, not "clocked
    the winner" nor "as a young man"."""
    assert list(dict.fromkeys(label for _, label in athletes(doc_of(text)))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sarah Jones won the 5000m in 15:10. The title passed from Emily Rock to Sarah Jones.", ["Sarah Jones", "Emily Rock"]),
     ("Sam Brinkworth won in 2:17:48. Local radio host Ann Reid, who finished in 3:58:14, said she would once again run next year.",
      ["Sam Brinkworth", "Ann Reid"]),
     ("Sam Brinkworth won in 2:17:48. Local radio host Ann Reid, who ran 3:58:14, loved it.", ["Sam Brinkworth", "Ann Reid"]),
     ("Sam Brinkworth won in 2:17:48. Local radio host Ann Reid, who finished her first marathon in 3:58:14, loved it.",
      ["Sam Brinkworth", "Ann Reid"])],
    ids=["from-a-rock-to-a-runner", "once-again-later", "who-ran-a-time", "who-finished-her-first-marathon-in"],
)
def test_athletes_what_the_thirtieth_stop_s_second_review_found(doc_of, text: str, expected: list) -> None:
    """The second review: "from Emily Rock to Sarah Jones" hands a title between runners (a rock's "from ... to the ..." is a
    place's); a role's bearer "who ran 3:58:14" or "finished her first marathon in" ran the race, and "once again" later is no past."""
    assert list(dict.fromkeys(label for _, label in athletes(doc_of(text)))) == expected
