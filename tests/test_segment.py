"""Tests for pipeline.stages.segment: paragraphs and sentence starts from the raw text."""

from __future__ import annotations

import pytest

from pipeline.stages.segment import paragraph_ranges, sentence_starts


def sentences_of(text: str) -> list[str]:
    starts = sentence_starts(text, 0, len(text)) + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Josh Kerr won the mile. Yared Nuguse was second.",
            ["Josh Kerr won the mile.", "Yared Nuguse was second."],
        ),
        (
            "Kerr ran 3:45.34. Nuguse clocked 3:46.22.",
            ["Kerr ran 3:45.34.", "Nuguse clocked 3:46.22."],
        ),
        (
            "Did he go too early? Nobody thought so at the bell!",
            ["Did he go too early?", "Nobody thought so at the bell!"],
        ),
        (
            "Kerr passed 400m in 55.91 and 800m in 1:52.74. The pace held.",
            ["Kerr passed 400m in 55.91 and 800m in 1:52.74.", "The pace held."],
        ),
        (
            "“I felt unstoppable.” Kerr then jogged a lap of honour.",
            ["“I felt unstoppable.”", "Kerr then jogged a lap of honour."],
        ),
        (
            "He said it was \"the best day of my life.\" Then he left.",
            ["He said it was \"the best day of my life.\"", "Then he left."],
        ),
        (
            "The meeting moves to Eugene, Ore. next summer after a stop in Calif. for the trials.",
            ["The meeting moves to Eugene, Ore. next summer after a stop in Calif. for the trials."],
        ),
        (
            "The U.S. champion won again. Mr. Coe presented the medals.",
            ["The U.S. champion won again.", "Mr. Coe presented the medals."],
        ),
        (
            "Rapper J. Cole watched from the stands. Kerr won.",
            ["Rapper J. Cole watched from the stands.", "Kerr won."],
        ),
        (
            "The field reached 1,000m in 2:20. 2024 was his year.",
            ["The field reached 1,000m in 2:20.", "2024 was his year."],
        ),
        (
            "He waited… Then he struck with 200m to go.",
            ["He waited…", "Then he struck with 200m to go."],
        ),
        (
            "He won. then he celebrated.",
            ["He won. then he celebrated."],
        ),
    ],
    ids=["two", "after-time", "question-exclamation", "decimal-inside", "after-curly-quote",
         "after-straight-quote", "state-abbreviations", "u-s-and-mr", "initial", "digit-start",
         "ellipsis", "lowercase-next"],
)
def test_segment_sentence_starts(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_segment_sentence_starts_inside_a_range() -> None:
    text = "Headline here\nKerr won. Nuguse was second.\nLast line."
    a = text.index("Kerr")
    b = text.index("\nLast")
    assert sentence_starts(text, a, b) == [a, text.index("Nuguse")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One line only.", ["One line only."]),
        ("First para.\n\nSecond para.\n", ["First para.", "Second para."]),
        ("  indented line  \n\t\nNext", ["indented line", "Next"]),
        ("Windows\r\nline ends\r\n", ["Windows", "line ends"]),
        ("\n\n\n", []),
    ],
    ids=["single", "blank-line", "trimmed", "crlf", "empty"],
)
def test_segment_paragraph_ranges(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraph_ranges(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KERR WINS THE MILE\nJosh Kerr won in 3:45.34. Nuguse was second.",
            ["KERR WINS THE MILE", "Josh Kerr won in 3:45.34.", "Nuguse was second."],
        ),
        (
            "Kerr wins in Eugene\n\nNuguse second",
            ["Kerr wins in Eugene", "Nuguse second"],
        ),
        (
            "Josh Kerr (GBR) 3:45.34\nYared Nuguse (USA) 3:46.22",
            ["Josh Kerr (GBR) 3:45.34", "Yared Nuguse (USA) 3:46.22"],
        ),
    ],
    ids=["headline", "line-break-without-stop", "results-list"],
)
def test_segment_doc_sentences(doc_of, text: str, expected: list[str]) -> None:
    doc = doc_of(text)
    assert [s.text.strip() for s in doc.sents] == expected


def test_segment_paragraph_spans(doc_of) -> None:
    doc = doc_of("KERR WINS\n\nJosh Kerr won the mile. Nuguse was second.\nQuotes follow.")
    assert [(s.text, s.label_) for s in doc.spans["paragraphs"]] == [
        ("KERR WINS", "paragraph"),
        ("Josh Kerr won the mile. Nuguse was second.", "paragraph"),
        ("Quotes follow.", "paragraph"),
    ]


def test_segment_initials_run_together_end_no_sentence(doc_of) -> None:
    """"O.P. Jaisha", "P.T. Usha": initials written together before a surname, as Indian names are, end no sentence
    (nor does "U.S."); a word of capitals and dots that is no run of initials still may ("in the NBA. He")."""
    doc = doc_of("Kalidas Hirave was third. O.P. Jaisha ran 2:34:43 in Beijing. P.T. Usha watched. He played in the NBA. Then he ran.")
    assert [s.text for s in doc.sents] == [
        "Kalidas Hirave was third.", "O.P. Jaisha ran 2:34:43 in Beijing.", "P.T. Usha watched.", "He played in the NBA.", "Then he ran."]


def test_segment_a_state_after_its_town_and_a_dash_in_prose_end_sentences(doc_of) -> None:
    """"Washington, D.C." after its town's comma is no run of initials before a name, and "– 10." in a long line of prose
    is no list's place: both still end their sentences."""
    doc = doc_of("The race finished in Washington, D.C. Kiplimo won in 59:12. Kenya's medal haul in Budapest – 10. Ethiopia won nine.")
    assert [s.text for s in doc.sents] == [
        "The race finished in Washington, D.C.", "Kiplimo won in 59:12.", "Kenya's medal haul in Budapest – 10.", "Ethiopia won nine."]


def test_segment_dot_leaders_end_no_sentence() -> None:
    """Dots leading a list's label to its number, four or more ("10K ....... 36:08"), end no sentence; an ellipsis does."""
    assert sentences_of("10K ....... 36:08 (18:03)") == ["10K ....... 36:08 (18:03)"]
    assert sentences_of("He was 2:22:01 ... 6. Katharina Steinruck was sixth.") == ["He was 2:22:01 ...", "6. Katharina Steinruck was sixth."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Men: 1. Wilfred Rotich (Keňa) 59:21, 2. Abdi Tesfaye (Etiop.) 59:34, 3. Haftu Berhe (Eritr.) 1:00:12.",
      ["Men: 1. Wilfred Rotich (Keňa) 59:21, 2. Abdi Tesfaye (Etiop.) 59:34, 3. Haftu Berhe (Eritr.) 1:00:12."]),
     ("She won the race (again.) Then she left.", ["She won the race (again.)", "Then she left."]),
     ("He ran a lap of honour (Olympics.) Then he left.", ["He ran a lap of honour (Olympics.)", "Then he left."])],
    ids=["countries-shortened-in-a-list", "a-lowercase-word-in-a-bracket-ends", "a-word-of-more-than-six-letters-ends"],
)
def test_segment_a_word_shortened_alone_in_a_bracket(text: str, expected: list[str]) -> None:
    """A country shortened in a translated results list ("(Etiop.)", "(Eritr.)", up to six letters, capitalised) ends no
    sentence; a lowercase word in a bracket does, and so does a longer word ("(Olympics.)")."""
    assert sentences_of(text) == expected


def test_segment_rows_left_out_of_a_list_by_an_ellipsis() -> None:
    """"2:07:55; ... 11. Mathieu Levasseur" in a list run together: rows left out, no sentence's end (its "Men:" label stays
    the row's); an ellipsis after a sentence's words still ends one."""
    assert sentences_of("Men: 1. Mulugeta Ouma (ETH) 2:05:33; 2. Titus Kipchumba (KEN) 2:06:11; ... 11. Mathieu Levasseur (FRA) 2:11:47.") == [
        "Men: 1. Mulugeta Ouma (ETH) 2:05:33; 2. Titus Kipchumba (KEN) 2:06:11; ... 11. Mathieu Levasseur (FRA) 2:11:47."]
    assert sentences_of("He was 2:22:01 ... 6. Katharina Steinruck was sixth.") == ["He was 2:22:01 ...", "6. Katharina Steinruck was sixth."]


def test_segment_a_state_shortened_after_its_town_inside_a_bracket() -> None:
    """"Derek Yazzie (Albuquerque, N.M.) 7:26:31": a state shortened after its town, closing a bracket, ends no sentence (a results
    row of a US magazine), however it is shortened ("Mont.", "N.M.")."""
    assert sentences_of("Derek Yazzie (Albuquerque, N.M.) 7:26:31 was fourth. Tom Reinholt (Missoula, Mont.) 7:33:02 was fifth.") == [
        "Derek Yazzie (Albuquerque, N.M.) 7:26:31 was fourth.", "Tom Reinholt (Missoula, Mont.) 7:33:02 was fifth."]


def test_segment_fort_and_mount_shortened_end_no_sentence() -> None:
    """The review of this stop's rules: "Tom Carr (Ft. Collins, Colo.) 4:02:10" and "the Mt. Evans ascent": a town's and a
    mountain's shortened words end no sentence."""
    assert sentences_of("Tom Carr (Ft. Collins, Colo.) 4:02:10 won the Mt. Evans ascent. Amy Lane was second.") == [
        "Tom Carr (Ft. Collins, Colo.) 4:02:10 won the Mt. Evans ascent.", "Amy Lane was second."]


def test_segment_a_distance_s_unit_glued_to_its_number_ends_a_sentence() -> None:
    """"after 35K. Kenya's Lilian Rono was second": the "K." of a distance is no initial, so a sentence ends there (an initial
    standing alone still does not end one: "J. Cole")."""
    assert sentences_of("She broke the race open after 35K. Kenya's Lilian Rono was second. Then J. Cole was third.") == [
        "She broke the race open after 35K.", "Kenya's Lilian Rono was second.", "Then J. Cole was third."]


def test_segment_a_lower_case_abbreviation_closing_a_bracket_before_a_row_s_time() -> None:
    """"3. Marcus Feld (unatt.) 7:43.90": an unattached runner's row goes on to its time (its time had gone to the next row's
    runner); a lower-case word closing a bracket before prose still ends its sentence ("(see p.) The")."""
    assert sentences_of("3. Marcus Feld (unatt.) 7:43.90; 4. Jonah Petrakis (BYU) 7:44.15. He ran for no club (unatt.) The next") == [
        "3. Marcus Feld (unatt.) 7:43.90; 4. Jonah Petrakis (BYU) 7:44.15.", "He ran for no club (unatt.)", "The next"]
