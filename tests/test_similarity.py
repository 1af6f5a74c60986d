"""Name similarity: sound keys, given names, and the scores a resolution carries."""

from __future__ import annotations

import pytest

from pipeline.similarity import (
    doubled_letter_variant,
    given_names_agree,
    name_similarity,
    one_runner_written_twice,
    phonetic,
    same_given_name,
)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Whiteman", "Wightman"),  # dropped "gh"
        ("Ingebritsen", "Ingebritsson"),  # -sen / -sson
        ("Ingebritson", "Ingebritsen"),
        ("Nugus", "Nuguse"),  # dropped final vowel
        ("Cole", "Kerr"),  # l/r and c/k in a translation
        ("Hassan", "Hasan"),  # doubled letter
        ("Ball", "Bol"),
    ],
)
def test_similarity_sound_alike_surnames_share_a_key(a, b):
    assert phonetic(a) == phonetic(b)


@pytest.mark.parametrize("a, b", [("Wightman", "Heyward"), ("Kerr", "Hoey"), ("Hocker", "Kerr"), ("Kipyegon", "Kipsang")])
def test_similarity_different_surnames_differ(a, b):
    assert phonetic(a) != phonetic(b)


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("Jack", "Jake", True), ("Jacob", "Jakob", True), ("Tom", "Thomas", True), ("J.", "Josh", True),
        ("Mo", "Mohamed", True), ("Filip", "Jakob", False), ("Josh", "Jake", False), ("Henrik", "Jakob", False),
        ("Molly", "Mary", False), ("Cory", "Cole", False), ("George", "Georgia", False),
    ],
)
def test_similarity_given_names(a, b, agree):
    assert given_names_agree(a, b) is agree


def test_similarity_same_given_name_is_stricter_than_agreement():
    assert same_given_name("Matt", "Matthew") and same_given_name("Jack", "Jake")
    assert given_names_agree("Jakob", "Jakub") and not same_given_name("Jakob", "Jakub")


def test_similarity_scores_say_why():
    sim = name_similarity("Jack", "Whiteman", "Jake", "Wightman")
    assert sim.given_names and sim.sound == 100 and sim.spelling < 80
    assert "sound 100" in sim.why
    assert name_similarity("Filip", "Ingebrigtsen", "Jakob", "Ingebrigtsen").score == 0



@pytest.mark.parametrize(
    "a, b, one",
    [
        ("Yomif Kedschelcha", "Yomif Kejelcha", True),  # a German transliteration
        ("Gesa Felicitas Curly", "Gesa Krause", True),  # a surname translated as a word
        ("Tazawa Ren", "Ren Tazawa", True),  # Japanese order
        ("Philip Cancer", "Filip Rak", True), ("Izaak Nader", "Isaac Nader", True),  # given names of one sound
        ("Jakob", "Jakob Ingebrigtsen", True), ("Elmgren", "Andreas Almgren", True),  # a bare name
        ("Ditaji Kambundji", "Mujinga Kambundji", False), ("Henrik Ingebrigtsen", "Jakob Ingebrigtsen", False),  # sisters, brothers
        ("J. Smith", "John Doe", False), ("Kipchoge", "Kiptanui", False), ("Hijikata Hidekazu", "Osako Suguru", False),
    ],
)
def test_similarity_one_runner_written_twice(a, b, one):
    """Two names given one result are one runner's only where the names allow it."""
    assert one_runner_written_twice(a, b) is one
    assert one_runner_written_twice(b, a) is one


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("Kennedy", "Kenedy", True), ("Welington", "Wellington", True), ("Kenny", "Keny", False), ("Kennedy", "Kennedy", False),
     ("Mariana", "Marianne", False)],
    ids=["kenedy", "welington", "too-short", "the-same-name", "another-letter"],
)
def test_similarity_doubled_letter_variant(a: str, b: str, expected: bool) -> None:
    """One name written with a letter doubled where the other has it once, five letters at least, and nothing else changed."""
    assert doubled_letter_variant(a, b) is expected
