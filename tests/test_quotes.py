"""Tests for pipeline.stages.quotes: quoted words, who said them, and what is not a quote."""

from __future__ import annotations

import pytest
import spacy

import pipeline.stages  # noqa: F401  (registers the factories)
from pipeline.errors import MissingStageError
from pipeline.stages.quotes import find_marked

LEAD = "Josh Kerr won the men's 1500m in 3:27.79, ahead of Jakob Ingebrigtsen in 3:28.24.\n"


def speaker_of(q) -> str | None:
    return q._.speaker.label_ if q._.speaker is not None else None


def quotes(doc) -> list[tuple[str, str | None]]:
    return [(q.text, speaker_of(q)) for q in doc.spans["quotes"]]


# ---- marks and speakers ----------------------------------------------------------------------


def test_quotes_right_marks_on_both_sides_as_swedish_copy_writes_them() -> None:
    text = ("”I had the legs but not the last gear,” says Pihlström. ”When Laros went past, I tried to follow.” "
            "The tabloid wrote about ”Sweden's new running king”.")
    assert [text[m.start : m.end] for m in find_marked(text, 0, len(text))] == [
        "I had the legs but not the last gear,", "When Laros went past, I tried to follow.", "Sweden's new running king"]
    text = "“It was fast,” he said, and it was.” Kerr won."  # a stray closing mark opens nothing
    assert [text[m.start : m.end] for m in find_marked(text, 0, len(text))] == ["It was fast,"]


def test_quotes_guillemets_pointing_inward_as_danish_and_german_copy_writes_them(doc_of) -> None:
    """Danish and German copy open with » and close with « (»Now I am back,« said Møller); Finnish copy writes » on
    both sides. Once open, either closes; a French « ... » is unchanged."""
    text = ("»It was too hot to run fast today,« said Sawe. The runners call it »the wind tunnel«. "
            "»Tämä oli hyvä päivä,» sanoi Rasmus.")
    assert [text[m.start : m.end] for m in find_marked(text, 0, len(text))] == [
        "It was too hot to run fast today,", "the wind tunnel", "Tämä oli hyvä päivä,"]
    text = "« C'était dur », a dit Gressier. Il a gagné."
    assert [text[m.start : m.end] for m in find_marked(text, 0, len(text))] == [" C'était dur "]
    doc = doc_of("Sebastian Sawe won the half marathon in 58.57.\n\n»Yomif is a very strong man, I had to go early,« "
                 "said Sawe. »Next year I come back when it is cold.«")
    assert [(q.text, speaker_of(q)) for q in doc.spans["quotes"]] == [
        ("Yomif is a very strong man, I had to go early,", "Sebastian Sawe"), ("Next year I come back when it is cold.", "Sebastian Sawe")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "“I knew I had the strength to hold on,” said an ebullient Kerr.",
            [("I knew I had the strength to hold on,", "Josh Kerr")],
        ),
        (
            LEAD + "\"I knew I had the strength to hold on,\" said an ebullient Kerr.",
            [("I knew I had the strength to hold on,", "Josh Kerr")],
        ),
        (
            LEAD + "“That was the race of my life,” Kerr said later.",
            [("That was the race of my life,", "Josh Kerr")],
        ),
        (
            LEAD + "Kerr said: “I wanted to make it hard from the front and it worked.”",
            [("I wanted to make it hard from the front and it worked.", "Josh Kerr")],
        ),
        (
            LEAD + "Kerr spoke to reporters afterwards, telling The Times: "
            "“I have never felt better over the last lap.”",
            [("I have never felt better over the last lap.", "Josh Kerr")],
        ),
        (
            LEAD + "“I am disappointed but I will be back next season,” Ingebrigtsen said.",
            [("I am disappointed but I will be back next season,", "Jakob Ingebrigtsen")],
        ),
        (
            LEAD + "“Everyone kept telling me ‘stay patient’ and I did exactly that,” Kerr said.",
            [("Everyone kept telling me ‘stay patient’ and I did exactly that,", "Josh Kerr")],
        ),
        (
            LEAD + "\"My coach told me 'trust your kick' and I did,\" Kerr said.",
            [("My coach told me 'trust your kick' and I did,", "Josh Kerr")],
        ),
    ],
    ids=["curly-said-an-ebullient", "straight", "said-later", "before-colon", "telling-the-times",
         "other-athlete", "nested-curly-single", "nested-straight-single"],
)
def test_quotes_text_and_speaker(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "“I am happy because the legs responded well,” has said Kerr in the mixed zone.",
            [("I am happy because the legs responded well,", "Josh Kerr")],
        ),
        (
            LEAD + "Norway's Ingebrigtsen was less satisfied. “I wanted to stay with Josh on the last lap,” has declared the Norwegian, "
            "“and in the straight I had no more energy.”",
            [("I wanted to stay with Josh on the last lap,", "Jakob Ingebrigtsen"),
             ("and in the straight I had no more energy.", "Jakob Ingebrigtsen")],
        ),
        (
            LEAD + "Ingebrigtsen looked close to tears afterwards. “It is not my day, I know it.”",
            [("It is not my day, I know it.", "Jakob Ingebrigtsen")],
        ),
        (
            LEAD + "Kerr jogged a lap of honour. “It was hard to watch,” said the Briton's coach.",
            [("It was hard to watch,", None)],
        ),
    ],
    ids=["has-said-name", "has-declared-the-description", "the-one-just-written-about", "attributed-to-someone-else"],
)
def test_quotes_translated_and_unattributed(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    """Translated copy ('," has said Kerr'); a quote nobody is said to say goes to the person the
    sentence before opens with, unless the quote is attributed to someone the stage cannot name."""
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "For Ingebrigtsen, beaten again, there was no bitterness.\n“Kerr was the stronger man today.”",
            [("Kerr was the stronger man today.", "Jakob Ingebrigtsen")],
        ),
        (
            LEAD + "Ingebrigtsen was beaten again. Asked whether it hurt, he shook his head.\n“Paris was a medal. This is home.”",
            [("Paris was a medal. This is home.", "Jakob Ingebrigtsen")],
        ),
        (
            LEAD + "Kerr and Ingebrigtsen shook hands.\n“It was a good race for both of us.”",
            [("It was a good race for both of us.", None)],
        ),
    ],
    ids=["one-person-named", "pronoun", "two-people-named"],
)
def test_quotes_paragraph_opening_with_a_quote_introduced_before(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_a_short_quote_texted(doc_of) -> None:
    doc = doc_of(LEAD + "My co-host texted me at halfway: “she's going 4:14.” He was wrong.")
    assert quotes(doc) == [("she's going 4:14.", None)]
    assert not [s for s in doc.spans["splits"] if s.text == "4:14"]


def test_quotes_pronoun_skips_relative_clauses_and_objects_set_off_by_commas(doc_of) -> None:
    """"she" is the feature's subject, not the record holder of a relative clause ("the record that
    Genzebe Dibaba had set") nor a daughter named in apposition ("her daughter, Alyn, in 2018")."""
    text = (
        "The long patience\n\nFaith Kipyegon won in Eugene in 3:48.68. “I did not come here for a record,” she said.\n\n"
        "She gave birth to her daughter, Alyn, in 2018 and missed the season. “People told me that my career was over,” she said.\n\n"
        "In Florence she ran 3:49.11 to remove the world record of 3:50.07 that Genzebe Dibaba had set in Monaco in 2015.\n\n"
        "“After Florence, I believed,” she said."
    )
    assert [speaker for _, speaker in quotes(doc_of(text))] == ["Faith Kipyegon"] * 3


def test_quotes_description_after_a_list_of_rivals(doc_of) -> None:
    """"said the Kenyan" is the winner the paragraph is about, not the Kenyan listed third."""
    text = ("Report\n\nThe Kenyan Agnes Ngetich had no rival. She won in 29:47, in front of the Ethiopian Ejgayehu Taye "
            "(30:02) and the also Kenyan Margaret Kipkemboi (30:15). «The circuit is very fast, but there was wind», said the Kenyan.")
    assert quotes(doc_of(text)) == [("The circuit is very fast, but there was wind", "Agnes Ngetich")]


def test_quotes_a_pronoun_with_no_one_near_is_no_one_when_no_athlete_dominates(doc_of) -> None:
    """"He said" in an interview about two rivals named as often: the coach, not a guess."""
    text = ("Q&A\n\nNeil Gourley beat Niels Laros. Gourley and Laros had never raced.\n\nQ: How was it?\n\n"
            "A: Hard.\n\nQ: And your coach?\n\nA: Nothing.\n\nQ: Really?\n\nA: He said, “Good. Now go and recover.”")
    assert quotes(doc_of(text)) == [("Good. Now go and recover.", None)]


def test_quotes_marks_inside_times_are_no_quotation_marks(doc_of) -> None:
    text = ("Soufiane El Bakkali won in 8'04\"12, ahead of Lamecha Girma, second in 8'04\"55. "
            "«I tried to make the race hard from far,» said Girma.")
    assert quotes(doc_of(text)) == [("I tried to make the race hard from far,", "Lamecha Girma")]


def test_quotes_speaker_name_is_the_text_form(doc_of) -> None:
    doc = doc_of(LEAD + "“That was the race of my life,” Kerr said later.")
    assert [(q._.speaker_name, q._.partial) for q in doc.spans["quotes"]] == [("Kerr", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "“I felt strong,” Ingebrigtsen said, “but Kerr was simply better today.”",
            [("I felt strong,", "Jakob Ingebrigtsen"), ("but Kerr was simply better today.", "Jakob Ingebrigtsen")],
        ),
        (
            LEAD + "“I have dreamed of this,” said Kerr, “since I was a boy in Edinburgh.”",
            [("I have dreamed of this,", "Josh Kerr"), ("since I was a boy in Edinburgh.", "Josh Kerr")],
        ),
    ],
    ids=["name-said", "said-name"],
)
def test_quotes_interrupted_by_attribution(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_unclosed_runs_to_end_of_paragraph(doc_of) -> None:
    text = (
        LEAD
        + "Kerr said: “I did not expect this today, it just happened over the last lap\n"
        + "The crowd stayed late."
    )
    assert quotes(doc_of(text)) == [
        ("I did not expect this today, it just happened over the last lap", "Josh Kerr"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD
            + "“I was confident coming in,” Kerr said. “The training has gone well all winter.”\n"
            + "“Next up is a world record attempt, and I think it is on.”",
            [
                ("I was confident coming in,", "Josh Kerr"),
                ("The training has gone well all winter.", "Josh Kerr"),
                ("Next up is a world record attempt, and I think it is on.", "Josh Kerr"),
            ],
        ),
        (
            LEAD
            + "Kerr said: “I have been building to this for three years.\n"
            + "“Every session was done with this race in mind.”",
            [
                ("I have been building to this for three years.", "Josh Kerr"),
                ("Every session was done with this race in mind.", "Josh Kerr"),
            ],
        ),
    ],
    ids=["closed-then-continued", "open-paragraph-continued"],
)
def test_quotes_continuation_paragraph(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Ingebrigtsen was gracious in defeat. “I gave everything I had tonight,” he smiled.",
            [("I gave everything I had tonight,", "Jakob Ingebrigtsen")],
        ),
        (
            LEAD + "Kerr jogged a lap of honour. “This is what I have worked for all my life,” he said.",
            [("This is what I have worked for all my life,", "Josh Kerr")],
        ),
        (
            LEAD + "Jakob Ingebrigtsen, who finished second behind Kerr, was gracious. "
            "“He was the better man today,” he said.",
            [("He was the better man today,", "Jakob Ingebrigtsen")],
        ),
        (
            "Faith Kipyegon won the women's 1500m in 3:51.29 before Josh Kerr took the men's race.\n"
            "“I wanted this third title so badly,” she said.",
            [("I wanted this third title so badly,", "Faith Kipyegon")],
        ),
    ],
    ids=["he-smiled", "he-said", "he-not-the-object", "she-not-the-last-man"],
)
def test_quotes_pronoun_speaker(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Before the race Ingebrigtsen had said he would win \"98 out of 100\" races against Kerr.",
            [("98 out of 100", "Jakob Ingebrigtsen", True)],
        ),
        pytest.param(
            LEAD + "Before the race Ingebrigtsen had said he would beat Kerr \"98 out of 100\" times.",
            [("98 out of 100", "Jakob Ingebrigtsen", True)],
        ),
        (
            LEAD + "Kerr said he felt “unbelievably calm” on the start line.",
            [("unbelievably calm", "Josh Kerr", True)],
        ),
        (
            LEAD + "Kerr described the last lap as “the most painful 52 seconds of my life”.",
            [("the most painful 52 seconds of my life", "Josh Kerr", True)],
        ),
    ],
    ids=["98-out-of-100", "98-out-of-100-after-name", "said-he-felt", "described-as"],
)
def test_quotes_partial(doc_of, text: str, expected: list[tuple]) -> None:
    doc = doc_of(text)
    assert [(q.text, speaker_of(q), q._.partial) for q in doc.spans["quotes"]] == expected


# ---- not quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The race had been billed as the “Mile of the Century” for months.",
        LEAD + "The race was dubbed \"The Showdown in Paris\" by the organisers.",
        LEAD + "Bannister ran in what became known as the “Miracle Mile”.",
        LEAD + "It was the “Mile of the Century” and it lived up to it.",
        LEAD + "Kerr's “easy” win was anything but.",
        LEAD + "The so-called “super shoes” were everywhere on the start line.",
        LEAD + "Kerr wore the “Dragonfly” spikes.",
        LEAD + "The heats went ahead in what can only be described as \"proper Oslo weather\" all evening.",
        LEAD + "The race director said that the event this year carry the theme \"Lari untuk Jakarta\" (Run for Jakarta).",
        LEAD + "She added that the team has a name for her double – \"the Saturday special\" – and that she will try it again.",
    ],
    ids=["billed-as", "dubbed", "known-as", "title-no-cue", "scare-word", "so-called", "product", "can-only-be-described-as",
         "the-theme", "a-name-for"],
)
def test_quotes_titles_and_scare_quotes_are_not_quotes(doc_of, text: str) -> None:
    assert quotes(doc_of(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [(LEAD + "He has a name for his double – \"my Saturday special,\" he told reporters.", [("my Saturday special,", "Josh Kerr")]),
     (LEAD + "Kerr said the conditions could only be described as \"absolutely brutal out there, I was freezing.\"",
      [("absolutely brutal out there, I was freezing.", "Josh Kerr")]),
     ("Eilish McColgan won the 10,000m in 31:05.10. The family had long been described in Scottish athletics circles as \"the first "
      "family of Dundee distance running\", a tag Eilish admits has sometimes felt like a burden.", [])],
    ids=["a-name-for-it-then-said", "described-as-in-the-first-person", "described-as-then-a-tag"],
)
def test_quotes_a_label_s_cue_before_words_someone_says(doc_of, text: str, expected: list) -> None:
    """After a label's cue ("has a name for her double –", "could only be described as"), words tagged with their speaker right
    after them or said in the first person are a quote (the review's probes); a tag told of someone later is still a label."""
    assert quotes(doc_of(text)) == expected


# ---- speakers who are not athletes --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "His coach Danny Mackey said: “Josh executed the plan perfectly from the gun.”",
        LEAD + "“Josh executed the plan perfectly from the gun,” his coach Danny Mackey said.",
        pytest.param(
            LEAD + "Kerr's coach, Danny Mackey, said: “He executed the plan perfectly from the gun.”",
        ),
        pytest.param(
            LEAD + "“He executed the plan perfectly from the gun,” said Kerr's coach Danny Mackey.",
        ),
        LEAD + "“We have never seen a crowd like this at the stadium,” a meeting official said.",
    ],
    ids=["coach-before", "coach-after", "possessive-coach-before", "possessive-coach-after", "official"],
)
def test_quotes_coach_is_never_an_athlete(doc_of, text: str) -> None:
    doc = doc_of(text)
    (q,) = doc.spans["quotes"]
    athletes = {(s.start_char, s.end_char) for s in doc.spans["athletes"]}
    assert q._.speaker is None or (q._.speaker.start_char, q._.speaker.end_char) not in athletes
    assert q._.speaker is None or q._.speaker.label_ in {s.label_ for s in doc.spans["people"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "His coach Danny Mackey said: “Josh executed the plan perfectly from the gun.”",
            "Danny Mackey",
        ),
        pytest.param(
            LEAD + "“Josh executed the plan perfectly from the gun,” his coach Danny Mackey said.",
            "Danny Mackey",
        ),
    ],
    ids=["coach-before", "coach-after"],
)
def test_quotes_coach_speaker_name(doc_of, text: str, expected: str) -> None:
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]] == [expected]


def test_quotes_a_name_said_inside_a_quote_is_no_antecedent(doc_of) -> None:
    text = ("Jakob Ingebrigtsen won the 5000m in 13:14.26 ahead of George Mills.\n\n"
            "“I could hear the noise,” Mills said. “Jakob is Jakob, though.”\n\n"
            "He added that silver on home soil was “the best night of my life”.")
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["George Mills", "George Mills", "George Mills"]


def test_quotes_a_demonym_of_a_region_after_the_quote(doc_of) -> None:
    text = "Lauren Ryan was second in 30:39.75.\n\n“I have been knocking on the door for a while,” the Victorian said."
    assert quotes(doc_of(text)) == [("I have been knocking on the door for a while,", "Lauren Ryan")]


def test_quotes_the_new_champion_and_then_she_added(doc_of) -> None:
    text = ("The South African Sekgodiso Prudence won the gold of the 800 m in 1:59,71, before the Kenyan Lilian Odira.\n\n"
            "« I am very happy », declared the new champion. Then she added: « This medal is for my mother. »\n\n"
            "« At my age, each medal is a gift », has confided Odira.")
    assert quotes(doc_of(text)) == [("I am very happy", "Prudence Sekgodiso"), ("This medal is for my mother.", "Prudence Sekgodiso"),
                                    ("At my age, each medal is a gift", "Lilian Odira")]


def test_quotes_the_answers_of_a_q_and_a(doc_of) -> None:
    text = ("Sifan Hassan won the London Marathon in 2:18:33 ahead of Alemu Megertu. Hassan had stopped twice, and Hassan "
            "still won.\n\nQ: What was going through your mind?\n\nA: “Honestly, I thought, that's it, I'm finished.”\n\n"
            "Q: And Alemu?\n\nA: “She was so strong in the last mile, but I had a little more.”")
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Sifan Hassan", "Sifan Hassan"]


def test_quotes_a_nationality_named_paragraphs_before(doc_of) -> None:
    text = ("Hagos Gebrhiwet of Ethiopia won in 12:50.81, with Jacob Krop (KEN) second.\n\nThe pace was fast from the gun.\n\n"
            "The crowd loved it.\n\n“Tonight it was only about winning,” Gebrhiwet said.\n\n“I thought I had him,” the Kenyan admitted.")
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Hagos Gebrhiwet", "Jacob Krop"]


def test_quotes_a_short_quote_someone_spoke_of(doc_of) -> None:
    text = "Steven Gardiner won the 400m in 43.98. Gardiner spoke of “a dream come true” and refused to look further ahead."
    assert quotes(doc_of(text)) == [("a dream come true", "Steven Gardiner")]


def test_quotes_what_the_public_calls_someone_is_no_quote_but_what_she_calls_it_is(doc_of) -> None:
    """"that the public of Charléty calls now « the eternal second »" names him (French copy translated); 'a result he calls
    "a good day out, not a good race"' is his own words. And "at the microphone of Nelson Monfort" is a broadcaster's."""
    doc = doc_of("Soufiane El Bakkali won in 8:01.35. « Tokyo is the past », explained the Moroccan at the microphone of Nelson "
                 "Monfort. Lamecha Girma, that the public of Charléty calls now « the eternal second », did not dramatize. Mo Farah "
                 "was ninth in London, a result he calls \"a good day out, not a good race\".")
    assert [q.text for q in doc.spans["quotes"]] == ["Tokyo is the past", "a good day out, not a good race"]
    # (the second review's case: what a named speaker calls something, at length, is his own words; a few words so called
    # are a name, unless they say "I" or "my")
    doc = doc_of('Josh Kerr won in 3:29.38, what Kerr calls "a proper championship race, with tactics and everything in it." '
                 'The organisers call it "the fastest 10K on the planet". Steyn returns for what she calls "my favourite day of '
                 'the year". She calls it "brutal, just brutal".')
    assert [q.text for q in doc.spans["quotes"]] == ["a proper championship race, with tactics and everything in it.",
                                                      "my favourite day of the year", "brutal, just brutal"]
    assert "Nelson Monfort" not in [a.text for a in doc.spans["athletes"]]


def test_quotes_a_song_title_far_from_a_speech_verb_is_no_quote(doc_of) -> None:
    text = ("Aimee Pratt took bronze in 9:18.40. The crowd broke into “Sweet Caroline” during the lap of honour, and Pratt "
            "was still wearing the flag when she spoke to this paper.")
    assert quotes(doc_of(text)) == []


def test_quotes_a_source_after_according_to_is_the_he_of_the_next_quote(doc_of) -> None:
    text = ("Roshawn Clarke won the 400m hurdles in 47.85.\n\nAccording to his coach, Desmond Pryce, the turning point came "
            "in February. “We stopped chasing times in training,” he said.")
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]] == ["Desmond Pryce"]


def test_quotes_a_description_after_a_speech_verb_and_when(doc_of) -> None:
    text = ("Natalia Kaczmarek won the 400m in 50.12 ahead of Anna Kiełbasińska.\n\n"
            "„I am satisfied, but the legs were heavy” – said after the run the Olympic bronze medallist.")
    assert quotes(doc_of(text)) == [("I am satisfied, but the legs were heavy", "Natalia Kaczmarek")]


# ---- stage order ---------------------------------------------------------------------------------


def test_quotes_needs_athletes_stage() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Josh Kerr won the mile in 3:47.28.")
    with pytest.raises(MissingStageError, match="athletics_athletes"):
        nlp.create_pipe("athletics_quotes")(doc)


def test_quotes_low_marks_close_the_german_way(doc_of) -> None:
    """„So“: a low mark closes on “ as German and Italian copy writes it (not on the next ” only)."""
    text = ("Gabriel Geay won the „Run Rome The Marathon“ in 2:05:41.\n\n"
            "„I wanted the record from the morning“, said Geay. „Rome is beautiful but the stones hurt“.")
    assert quotes(doc_of(text)) == [("I wanted the record from the morning", "Gabriel Geay"),
                                    ("Rome is beautiful but the stones hurt", "Gabriel Geay")]


def test_quotes_translated_speech_verbs_after_the_quote(doc_of) -> None:
    text = ("Djilali Bedrani was ninth, behind Alexis Miellet.\n\n« I have tried to hang on the group of head », has regretted Miellet.")
    assert quotes(doc_of(text)) == [("I have tried to hang on the group of head", "Alexis Miellet")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yared Nuguse won the mile in 3:45.21.\n\nThe Briton Sebastian Coe took third in 3:47.63. Coe said afterwards: "
         "\"There is more to come.\"\nYared smiled when the championships came up. \"It is never easy,\" he added.",
         [("There is more to come.", "Sebastian Coe"), ("It is never easy,", "Yared Nuguse")]),
        ("Steven Gardiner won the 400m in 44.36.\n\n\"I love racing here,\" Gardiner said.\n"
         "His coach, Leif Moreau, was more cautious. \"This is what years of hard work look like,\" he added.",
         [("I love racing here,", "Steven Gardiner"), ("This is what years of hard work look like,", "Leif Moreau")]),
        ("Nadia Battocletti took silver in 14:00.\n\n\"I was suffering a lot,\" Battocletti said. Her father and coach, "
         "Giuliano Battocletti, watched from the stands.\n\n\"This medal is for everyone in Trentino,\" she added.",
         [("I was suffering a lot,", "Nadia Battocletti"), ("This medal is for everyone in Trentino,", "Nadia Battocletti")]),
    ],
    ids=["a-sentence-opened-by-another", "a-coach-opening-the-sentence", "a-father-does-not-stop-her"],
)
def test_quotes_he_added_after_someone_else_opened_a_sentence(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_he_added_goes_on_from_the_last_speaker(doc_of) -> None:
    """'," he added' is the speaker of the quote before, even when another man was named since."""
    text = ("Kibiwott Kandie won in 58:51.\n\n\"The pacemakers did a good job,\" said Kandie, whose 57:32 stood as the world "
            "record until Jacob Kiplimo ran one second faster.\n\n\"Last year I was fourth here,\" he added.")
    assert quotes(doc_of(text)) == [("The pacemakers did a good job,", "Kibiwott Kandie"), ("Last year I was fourth here,", "Kibiwott Kandie")]


def test_quotes_she_said_after_a_non_athlete_who_praised(doc_of) -> None:
    """A person named doing something before the quote is its "she" ("Meeting director Anne-Sophie Marchal
    praised the atmosphere. "...," she said"), and an interviewer named with a broadcaster's possessive
    is neither an athlete nor the speaker ("Mu with NBC's Lewis Johnson: "...," she said")."""
    director = doc_of("Jeremiah Azu ran 6.53 in the 60m final.\n\nMeeting director Anne-Sophie Marchal praised the atmosphere. "
                      "\"This is why we do this meeting,\" she said.")
    assert quotes(director) == [("This is why we do this meeting,", "Anne-Sophie Marchal")]
    interview = doc_of("Athing Mu won the women's 800m in 1:56.61.\n\nMu with NBC's Lewis Johnson on the infield: "
                       "\"I wanted to control it from the front,\" she said.")
    assert quotes(interview) == [("I wanted to control it from the front,", "Athing Mu")]
    assert [a.text for a in interview.spans["athletes"]] == ["Athing Mu", "Mu"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eliud Kipchoge finished 10th in 2:06:50.\n\nTimothy Kiplagat was second, and gracious.\n\n"
         "Kipchoge, who won here in 2022, was outkicked.\n\n\"It was not my day,\" the Kenyan great said.",
         [("It was not my day,", "Eliud Kipchoge")]),
        ("Emile Cairess won the 10K in 27:49.\n\nThe Leeds City athlete, who is building towards a spring marathon, "
         "added: \"This is as close to a home race as I get.\"",
         [("This is as close to a home race as I get.", "Emile Cairess")]),
        ("Mo Farah won the 10,000m in 27:05.17 after falling over Galen Rupp.\n\nHe said Rupp had apologised at the line. "
         "\"Galen said sorry. It's racing.\"",
         [("Galen said sorry. It's racing.", "Mohamed Farah")]),
    ],
    ids=["the-kenyan-great-said", "a-description-opening-the-sentence-before", "he-said-of-another"],
)
def test_quotes_speakers_given_by_descriptions(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_a_pronoun_skips_the_owner_of_what_a_preposition_governs(doc_of) -> None:
    """"questions about David Rudisha's world record": Rudisha is no antecedent of the "he" after."""
    text = ("Emmanuel Wanyonyi won the 800m in 1:41.95.\n\nWanyonyi's best of 1:41.11 was never under threat, and he "
            "laughed off questions about David Rudisha's world record.\n\n\"Maybe one day,\" he said.")
    assert quotes(doc_of(text)) == [("Maybe one day,", "Emmanuel Wanyonyi")]


def test_quotes_a_pronoun_skips_the_owner_of_a_mark_a_verb_governs(doc_of) -> None:
    """"was targeting Morven Gillies' course record of 1:01:47": Gillies, the owner of the mark the subject aimed at, is no
    antecedent of the "she" after."""
    text = ("Eilidh Fraser won the women's race in 1:03:18.\n\nFraser was targeting Morven Gillies' course record of 1:01:47 from 2018 "
            "but admitted the conditions put paid to that.\n\n\"The record was in the back of my mind,\" she said.")
    assert quotes(doc_of(text)) == [("The record was in the back of my mind,", "Eilidh Fraser")]


def test_quotes_a_quote_left_open_goes_on_in_the_next_paragraph_with_its_speaker(doc_of) -> None:
    """A quote its paragraph ends without closing goes on in the next paragraph's opening quote: its speaker's, here a coach
    (no athlete), not the athlete quoted before him."""
    text = ("Annet Chemutai won the women's race in 2:05:37.\n\n\"Going up I was suffering,\" Chemutai said.\n\n"
            "That coach is Peter Sabila, who trains a small group at the camp. He told me: \"Annet is a descender by nature. We "
            "trained on the Sipi trails every Saturday.\n\n\"Downhill running is a skill, you have to train the quads and the brain.\"")
    assert [speaker for _, speaker in quotes(doc_of(text))] == ["Annet Chemutai", None, None]


def test_quotes_a_role_set_off_before_the_name_after_the_verb(doc_of) -> None:
    text = (LEAD + "\"A bronze that says we are alive,\" commented the technical director of the national team, Marco Bellini.")
    doc = doc_of(text)
    assert [(q.text, q._.speaker_name) for q in doc.spans["quotes"]] == [("A bronze that says we are alive,", "Marco Bellini")]
    assert speaker_of(doc.spans["quotes"][0]) != "Josh Kerr"


def test_quotes_expressed_is_a_speech_verb(doc_of) -> None:
    text = ("Femke Bol won the 400m hurdles in 51.45.\n\nEarlier this year the Dutchwoman also broke the indoor 400m world "
            "best, clocking 49.26 in Apeldoorn.\n\n\"I am extremely contented with the clocking,\" Bol expressed to correspondents.")
    assert quotes(doc_of(text)) == [("I am extremely contented with the clocking,", "Femke Bol")]


def test_quotes_a_description_stands_for_the_subject_not_the_one_denied(doc_of) -> None:
    """"to deny Morocco's Soufiane El Bakkali": the one denied is no antecedent of "The former world under-20 champion"."""
    text = ("In the men's 3,000m steeplechase, Amos Serem timed his final water jump perfectly to deny Morocco's Soufiane "
            "El Bakkali. The former world under-20 champion crossed the line in 8:05.92. \"I knew I had it,\" said the Kenyan.")
    doc = doc_of(text)
    assert [(r.text, r._.athlete.label_) for r in doc.spans["results"]][:1] == [("8:05.92", "Amos Serem")]


def test_quotes_a_description_prefers_the_main_clause_to_a_contrasting_one(doc_of) -> None:
    text = ("Hillary Kipkoech won the Cardiff Half Marathon, while Clara Evans gave the home crowd a victory in the women's race.\n\n"
            "The Kenyan broke clear after 12 kilometres. \"It was windy,\" said the Kenyan.")
    assert quotes(doc_of(text)) == [("It was windy,", "Hillary Kipkoech")]


def test_quotes_she_is_not_the_father_named_in_a_relative_clause(doc_of) -> None:
    text = ("Beatrice Chebet won the 10,000m.\n\nBattocletti, who is coached by her father Giuliano, insisted she had no "
            "regrets.\n\n\"Silver is not a defeat,\" she said.")
    assert quotes(doc_of(text)) == [("Silver is not a defeat,", "Nadia Battocletti")]


def test_quotes_a_pronoun_and_a_verb_before_a_quote_give_its_speaker(doc_of) -> None:
    text = ("Callum Hawkins was seventh in the Seville Marathon in 2:09:41.\n\nHe paused. \"My legs went a bit after 35k, "
            "but I kept going.\"")
    assert quotes(doc_of(text)) == [("My legs went a bit after 35k, but I kept going.", "Callum Hawkins")]


def test_quotes_a_paragraph_whose_last_sentence_names_nobody_leaves_its_one_person(doc_of) -> None:
    text = ("George Mills won the 5000m in 13:10.42.\n\nMills had arrived with a season's best of 13:02.18 and a reputation as "
            "the nearly man. Not any more.\n\n\"Honestly, I didn't think I had it in my legs until about 100 to go.\"")
    assert quotes(doc_of(text)) == [("Honestly, I didn't think I had it in my legs until about 100 to go.", "George Mills")]


def test_quotes_looked_back_is_a_speech_verb_of_translated_copy(doc_of) -> None:
    text = "Tazawa Ren won the 10000m in 27:28.17. Tazawa looked back, \"I was thinking only to win today.\""
    assert quotes(doc_of(text)) == [("I was thinking only to win today.", "Tazawa Ren")]


def test_quotes_straight_single_marks_where_no_double_ones_quote() -> None:
    text = ("'This is for the people,' said Kimeli. 'On the last hill I thought: now or never.' The runners' times "
            "were slow in the '90s, and it's Kimeli's day.")
    assert [text[m.start : m.end] for m in find_marked(text, 0, len(text))] == [
        "This is for the people,", "On the last hill I thought: now or never."]
    # beside double marks, a straight single one is an apostrophe or a quote inside a quote
    text = "\"It's the 'big one' for me,\" said Kerr."
    assert [text[m.start : m.end] for m in find_marked(text, 0, len(text))] == ["It's the 'big one' for me,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jimmy Gressier was fifth in 12:58,77. « Under the 13 minutes », has he confided in the mixed zone, « it is a "
         "barrier that I had in the head. »",
         [("Under the 13 minutes", "Jimmy Gressier"), ("it is a barrier that I had in the head.", "Jimmy Gressier")]),
        ("Evans Chebet won in 2:05:54. Chebet on his second title: \"I waited and waited on the hills.\" Asked about Eliud "
         "Kipchoge, the Kenyan was kind. \"He is still the greatest.\"",
         [("I waited and waited on the hills.", "Evans Chebet"), ("He is still the greatest.", "Evans Chebet")]),
        ("Evans Chebet won in 2:05:54. Race president Jack Fleming at the start: \"Every runner here has a story,\" he said.",
         [("Every runner here has a story,", "Jack Fleming")]),
        ("Lamecha Girma won in 8:09.12. For the president of the federation of athletics, André Giraud, the night made "
         "history. « It is a night which will stay in the memory », has he declared.",
         [("It is a night which will stay in the memory", "André Giraud")]),
        ("Evans Chebet won in 2:05:54. Spotted a sign: \"Kipchoge, we came all this way for you.\" Fans on Boylston Street "
         "wore shirts that read \"Run for the ones who cannot\" all day.", []),
    ],
    ids=["an-auxiliary-before-the-pronoun", "asked-about-names-no-speaker", "the-one-introduced-said-it",
         "a-sentence-opening-with-whose-view", "signs-and-shirts"],
)
def test_quotes_speakers_of_live_blogs_and_translated_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_a_lead_in_and_a_colon_carry_on_the_last_speaker(doc_of) -> None:
    text = ("Beatrice Chebet won the 10,000m in 30:43.25. \"I was tired at the bell,\" Chebet said.\n\n"
            "Then, laughing: \"Two golds. I still cannot believe it.\"")
    assert quotes(doc_of(text)) == [("I was tired at the bell,", "Beatrice Chebet"), ("Two golds. I still cannot believe it.", "Beatrice Chebet")]


def test_quotes_a_description_opening_the_paragraph_before_introduces_the_speaker(doc_of) -> None:
    text = ("Oliver Hoare won the 1500m in 3:30.12, with Jake Wightman third.\n\nThe Scot was philosophical about the bronze.\n\n"
            "\"I gave it everything I had, but the legs were still in Eugene.\"")
    assert quotes(doc_of(text)) == [("I gave it everything I had, but the legs were still in Eugene.", "Jake Wightman")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia Bell won the 1500m in 4:13.72, with Revee Walcott-Nolan second.\n\n"
         "\"It was messy at the front, and I got boxed in at the worst moment.\"\n\n"
         "That was Walcott-Nolan's verdict on a race she felt had slipped away from her.",
         [("It was messy at the front, and I got boxed in at the worst moment.", "Revee Walcott-Nolan")]),
        ("Georgia Bell won the 1500m in 4:13.72, with Revee Walcott-Nolan second. \"Second is fine, but I came here to win.\" "
         "Those were the words of Walcott-Nolan afterwards.",
         [("Second is fine, but I came here to win.", "Revee Walcott-Nolan")]),
    ],
    ids=["next-paragraph-possessive", "same-paragraph-words-of"],
)
def test_quotes_words_owned_in_the_sentence_after(doc_of, text: str, expected: list[tuple]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_who_a_speaking_to_phrase_names_is_not_the_speaker(doc_of) -> None:
    text = ("Neil Gourley won the 1500m in 3:38.90.\n\nSpeaking to BBC presenter Jason Mohammad afterwards, Gourley said "
            "the win was \"exactly what I needed\" before heading to Glasgow.")
    assert quotes(doc_of(text)) == [("exactly what I needed", "Neil Gourley")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hagos Ghebriwet won the 5000m in 12:43.25, ahead of Yomif Kejelcha. Kejelcha, who holds the world indoor mile "
         "record, was not disappointed. «I tried, he was stronger today. Now we think of Brussels».",
         [("I tried, he was stronger today. Now we think of Brussels", "Yomif Kejelcha")]),
        ("Yeman Crippa finishes ninth in 13:04.11. «I am not satisfied but neither sad», tells the athlete of the Fiamme Oro.",
         [("I am not satisfied but neither sad", "Yeman Crippa")]),
        ("Benson Kiplangat won in 28:41.2, holding off Daniel Ebenyo. Ebenyo, who ran 59:04 in Berlin last year, said he "
         "only wanted to test his fitness.\n\n\"For me this was training,\" the soldier said.",
         [("For me this was training,", "Daniel Ebenyo")]),
    ],
    ids=["a-sentence-read-with-the-quote", "a-description-of-a-club", "an-employer-s-description"],
)
def test_quotes_speakers_of_translated_and_kenyan_copy(doc_of, text: str, expected: list[tuple]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_a_speaker_set_off_by_a_relative_clause_with_a_place(doc_of) -> None:
    text = ("Nikki Hiltz won the 1500m in 3:55.33, ahead of Emily Mackay.\n\nMark Wetmore, who coaches Hiltz in Boulder, "
            "Colorado, said the key had been patience. \"Nikki's strength is the last 200,\" he said.")
    assert quotes(doc_of(text)) == [("Nikki's strength is the last 200,", "Mark Wetmore")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nikki Hiltz won the 1500m in 3:55.33.\n\n\"I had a moment where I thought it might not happen,\" they said.",
         [("I had a moment where I thought it might not happen,", "Nikki Hiltz")]),
        ("Nikki Hiltz won the 1500m in 3:55.33.\n\n\"We did it for the whole group,\" they said.",
         [("We did it for the whole group,", None)]),
    ],
    ids=["singular-they", "a-group-s-they"],
)
def test_quotes_they_said(doc_of, text: str, expected: list[tuple]) -> None:
    assert quotes(doc_of(text)) == expected


def test_quotes_the_new_champion_is_the_one_a_description_says_won(doc_of) -> None:
    text = ("Thierry Ndikumwenayo is since this Sunday champion of Europe. The athlete of Soria, born in Burundi, won the "
            "senior men's race with a time of 29:42.\n\n\"I suffered a lot in the last hill,\" declared the new champion.")
    assert quotes(doc_of(text)) == [("I suffered a lot in the last hill,", "Thierry Ndikumwenayo")]


def test_quotes_the_winner_is_the_last_one_told_winning_before_the_quote(doc_of) -> None:
    """A round-up: "the winner laughed" after the second race's win is that race's winner."""
    text = ("Megan Keith won the women's A race in 31:10.05.\n\n"
            "The men's A race was a family affair. Mahamed Mahamed won in 27:46.32 from Patrick Dever (27:52.69).\n\n"
            "\"Zak wanted to beat me so badly,\" the winner laughed.")
    assert quotes(doc_of(text)) == [("Zak wanted to beat me so badly,", "Mahamed Mahamed")]


def test_quotes_a_description_is_not_one_the_subject_joins(doc_of) -> None:
    text = ("Joshua Cheptegei won his third world 10,000m title in 27:51.42.\n\n"
            "Cheptegei joins Ethiopian great Kenenisa Bekele and Britain's Mo Farah as the only men to win three.\n\n"
            "\"It was not easy,\" the 26-year-old told reporters.")
    assert quotes(doc_of(text)) == [("It was not easy,", "Joshua Cheptegei")]


def test_quotes_a_nickname_in_marks_leaves_the_paragraph_introducing_the_speaker(doc_of) -> None:
    """The paragraph before names Richardson and quotes no one (‘Cats’ is a nickname); "while her
    twin sister Eilish Flanagan" is a contrasting clause, whose subject yields to the main one's."""
    text = ("Aoibhe Richardson took bronze in the women’s race in 28:11. Róisín Flanagan was second, while her twin sister "
            "Eilish Flanagan finished fifth.\n\n‘You never get tired of this one,’ the Finn Valley woman said.\n\n"
            "Richardson was beaming, surrounded by a big contingent of ‘Cats’ supporters.\n\n"
            "‘I didn’t expect that at all, to be honest with you.’")
    assert quotes(doc_of(text)) == [("You never get tired of this one,", "Róisín Flanagan"),
                                    ("I didn’t expect that at all, to be honest with you.", "Aoibhe Richardson")]


def test_quotes_a_speaker_with_an_honorific(doc_of) -> None:
    text = "Sheila Chepkirui won in 2:24:35.\n\n\"I was patient,\" Ms. Chepkirui said, \"because New York is not a course to run from the gun.\""
    assert quotes(doc_of(text)) == [("I was patient,", "Sheila Chepkirui"),
                                    ("because New York is not a course to run from the gun.", "Sheila Chepkirui")]


def test_quotes_a_description_said_in_the_sentence_before(doc_of) -> None:
    text = ("Yusuke Nishiyama was ninth in 2:06:31, the first Japanese home.\n\nThe 29-year-old, who trains with Toyota, said "
            "he had no regrets. \"I am frustrated with the result, but I gave everything I had today.\"")
    assert quotes(doc_of(text)) == [("I am frustrated with the result, but I gave everything I had today.", "Yusuke Nishiyama")]


def test_quotes_a_partial_quote_is_of_its_own_clause_s_subject(doc_of) -> None:
    """"Lewis won the 100m, and veteran broadcaster Bruce McAvaney ... described the night as "special for
    this city"": the broadcaster's words (no athlete), not the winner's."""
    doc = doc_of("Earlier in the evening, Torrie Lewis won the women's 100m in 11.16, and veteran broadcaster Bruce McAvaney, "
                 "an Adelaide local, described the night as \"special for this city\".")
    assert [(q.text, q._.speaker_name) for q in doc.spans["quotes"]] == [("special for this city", "Bruce McAvaney")]
    assert [m.text for m in doc.spans["athletes"]] == ["Torrie Lewis"]  # the speaker is a person, no athlete


def test_quotes_a_speaker_with_an_aside_in_brackets(doc_of) -> None:
    """"Paula (who holds ..., and whose 2:17:42 was the record before Keitany): "..."": the name before the
    bracket speaks; the clause inside it is an aside."""
    doc = doc_of("Peres Jepchirchir won in 2:16:16, 45 seconds off Mary Keitany's record.\n\nPaula Radcliffe (who holds the mixed-race mark of 2:15:25, and whose "
                 "women-only 2:17:42 was the record before Keitany): \"What I loved about today is that nobody sat back.\"")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Paula Radcliffe"]


def test_quotes_he_after_a_name_in_reported_speech(doc_of) -> None:
    """"Cheptegei ... said Bekele's 10,000m record ... would be next. "...," he said": Bekele's is what the reported
    clause is about, no antecedent of "he"."""
    doc = doc_of("Joshua Cheptegei won the 5000m in 12:35.36.\n\nCheptegei, who won world 10,000m gold in Doha last October, said "
                 "Kenenisa Bekele's 10,000m record of 26:17.53 from Brussels in 2005 would be next on his list.\n\n"
                 "\"Next I want the 10,000 metres record,\" he said.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Cheptegei"]


def test_quotes_after_a_sentence_opening_with_a_nationality_and_a_name(doc_of) -> None:
    """"The Kenyan Abraham Kibiwott, world bronze medallist in 2023, was disappointed nonetheless. "We wanted the gold
    ..."": the quote nobody is said to say is of the one the sentence before opens with, after his nationality."""
    doc = doc_of("El Bakkali won the 3000m steeplechase in 8:06.05.\n\nThe Kenyan Abraham Kibiwott, world bronze medallist in 2023, "
                 "was disappointed nonetheless. \"We wanted the gold for Kenya. It escaped us again.\"")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Abraham Kibiwott"]


def test_quotes_translated_from_italian_the_article_before_a_surname_and_has_written(doc_of) -> None:
    """Italian copy translated: "«...», has declared the Kipyegon to the microphones of Rai" (the article Italian puts
    before a surname: a name, not a description nobody answers to), '"...", he has written on the social'."""
    doc = doc_of("Faith Kipyegon won the 1500m in 3:49.11.\n\n«I am very happy, I did not expect a time like this», has declared "
                 "the Kipyegon to the microphones of Rai.\n\nThe most expected, Marcell Jacobs, had given forfeit. \"It's a pity, "
                 "I wanted to run in front of this public\", he has written on the social.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Kipyegon", "Marcell Jacobs"]


def test_quotes_japanese_corner_brackets(doc_of) -> None:
    """Copy translated from Japanese keeps its corner brackets: 「...」 quote (『...』 nested inside), and a speech
    verb after them names the speaker."""
    text = "「When I saw the back of Sato-kun, I thought 『I can go』」, Ota said with a smile."
    assert [text[m.start : m.end] for m in find_marked(text, 0, len(text))] == ["When I saw the back of Sato-kun, I thought 『I can go』"]
    doc = doc_of("Soichiro Ota ran the third stage in 59:47.\n\n" + text)
    assert [(q.text, q._.speaker.label_ if q._.speaker is not None else None) for q in doc.spans["quotes"]] == [
        ("When I saw the back of Sato-kun, I thought 『I can go』", "Soichiro Ota")]


def test_quotes_after_reported_speech_with_an_adverb(doc_of) -> None:
    """"He also said he had thought about retiring from the track. "Many people said I was finished."": the "he" of
    the reported speech before, an adverb between pronoun and verb though."""
    doc = doc_of('Joshua Cheptegei won the 10,000m in 26:43.14.\n\nCheptegei to the mixed zone: "I came here to finish what I '
                 'started in Tokyo."\n\nHe also said he had thought about retiring from the track after Budapest. "Many people said '
                 'I was finished on the track."')
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Cheptegei", "Cheptegei"]


def test_quotes_he_is_not_the_subject_s_relation_named_after_a_preposition(doc_of) -> None:
    """"Kiplimo ... succeeds so in the palmares to his compatriot Josué Cheptegei, titled in Aarhus in 2019.
    Questioned on Paris, he preferred to remain prudent: « ... »" (translated): Kiplimo, not his compatriot."""
    doc = doc_of("Jacob Kiplimo won the title in 28:09.\n\nKiplimo had won in Bathurst in 29:17, and he succeeds so in the palmares "
                 "to his compatriot Josué Cheptegei, titled in Aarhus in 2019 in 31:40. Questioned on the Olympic Games of Paris, he "
                 "preferred to remain prudent: « We will see. For now I want to rest me. »")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Kiplimo"]


def test_quotes_she_is_not_a_rival_after_seconds_before_nor_a_passive_s_agent(doc_of) -> None:
    """German copy translated: "The Dutchwoman won in 53,03 seconds before the American Dalilah Muhammad (53,56) and
    Rushell Clayton (54,02). Her European record ..., where she was beaten only by the world record holder Sydney
    McLaughlin (50,68), was not in danger. „...“, she said.": Bol's, not a rival's nor the passive's agent's."""
    doc = doc_of("Femke Bol remained unbeaten over 400 meters hurdles. The 22-year-old Dutchwoman won in 53,03 seconds before the "
                 "American Dalilah Muhammad (53,56) and Rushell Clayton from Jamaica (54,02). Her European record of 52,03 seconds "
                 "from Eugene, where she was beaten only by the world record holder Sydney McLaughlin (50,68), was today not in "
                 "danger.\n\n„I wanted to end the season with a victory“, she said.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Femke Bol"]


def test_quotes_a_description_with_a_preposition_after_it(doc_of) -> None:
    """'"...", said the Norwegian in English, before going to the podium': the Norwegian (a description ends at
    its preposition: not "Norwegian in English", an Englishman)."""
    doc = doc_of('Jakob Ingebrigtsen won the 1500m in 3:37.56 on Saturday.\n\n"I did not step off the track, I know it", said '
                 'the Norwegian in English, before going to the podium.')
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Jakob Ingebrigtsen"]


def test_quotes_the_winner_is_no_winner_told_paragraphs_later(doc_of) -> None:
    """'"I am very happy", declared the winner in the mixed zone' when the only winner the text tells is another race's,
    paragraphs later ("In the marathon, the Kenyan Evans Chebet won with 2:03:00"): no speaker rather than him."""
    doc = doc_of("Kibiwott Kandie converted himself this Sunday in the first man to run the half marathon below 58 minutes, "
                 "crossing the line in 57:32.\n\n\"I am very happy\", declared the winner in the mixed zone.\n\n"
                 "Jacob Kiplimo was second in 57:37.\n\nIn the marathon, the Kenyan Evans Chebet won with 2:03:00.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == [None]


def test_quotes_he_is_not_a_name_inside_a_whose_clause(doc_of) -> None:
    """"Kipchoge, whose 2:01:09 from Berlin stood as the world record until Kiptum's run, was philosophical. "...,"
    he said": Kipchoge, not the name inside his "whose" clause."""
    doc = doc_of("Benson Kipruto won the Tokyo Marathon in 2:02:16.\n\nEliud Kipchoge was tenth. Kipchoge, whose 2:01:09 from Berlin "
                 "in 2022 stood as the world record until Kiptum's run, was philosophical.\n\n\"I'm happy I finished,\" he said.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Kipchoge"]


def test_quotes_the_winner_of_the_race_spoken_of(doc_of) -> None:
    """"declared the winner" after the men's race was told is the men's winner, though the lede named the women's
    winner last."""
    doc = doc_of("The Ethiopian Mulugeta Uma won the Marathon of Paris in 2h05'33. At the ladies, his compatriot Mestawut "
                 "Fikir was imposed in 2 h 20 min 45 s.\n\nThe race of the men was for a long time tactical. Uma preceded "
                 "Biwott by 11 seconds.\n\n«I had prepared well this race», declared the winner at the microphone.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Mulugeta Uma"]


def test_quotes_more_from_someone_and_a_topic_that_goes_on(doc_of) -> None:
    """A live blog's "More from Ingebrigtsen in the mixed zone, on whether he was ever worried when Mechaal went with 500m
    to go:" introduces Ingebrigtsen's words (not Mechaal's); "And on doubling again after Torun two years ago: "..."" is
    the same speaker going on."""
    doc = doc_of("20:19\nGOLD! Jakob Ingebrigtsen kicks past Adel Mechaal and wins the 3000m in 7:40.32.\n\n"
                 "20:33\nMore from Ingebrigtsen in the mixed zone, on whether he was ever worried when Mechaal went with 500m to go:"
                 "\n\n\"No. I felt him, but I had more.\"\n\nAnd on doubling again after Torun two years ago: \"It's nice to do it "
                 "twice. Not many people have done it.\"")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Ingebrigtsen", "Ingebrigtsen"]



def test_quotes_the_members_of_a_group_named_are_no_antecedents(doc_of) -> None:
    """"a chasing group ..., which also contained Benson Kipruto and Japan's Akira Akasaki": those a group contains
    are objects, so "he said" two paragraphs on goes back to the subject, Tola."""
    doc = doc_of("Tamirat Tola attacked on the downhill. He went through 35km in 1:44:40, clear of a chasing group which also "
                 "contained Benson Kipruto and Japan's Akira Akasaki.\n\nBy 40km the lead had grown to 21 seconds.\n\n"
                 "\"When I saw the gap on the downhill, I told myself this is the moment,\" he said.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Tamirat Tola"]


def test_quotes_so_for_said_in_german_copy_translated(doc_of) -> None:
    """'"...," so the winner, who receives a bonus': German copy translated writes "so" for the verb ("so die Siegerin");
    "So" opening a sentence after a quote is no attribution."""
    doc = doc_of("Valary Jemeli won the women's race in 2:19:10, a route record. Haftamnesh Tesfay was second in 2:20:47.\n\n"
                 "\"The route is fast, I have loved it. Next year I come again,\" so the winner, who receives a bonus.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Valary Jemeli"]
    doc = doc_of("Valary Jemeli won the women's race in 2:19:10.\n\nThe crowd chanted \"Kenya\". So the Kenyan ran on.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] in ([], [None])


def test_quotes_let_a_name_know_in_dutch_copy_translated(doc_of) -> None:
    """"', let Geleta know via an interpreter": Dutch copy translated writes "liet ... weten" for "said" (the last named
    before it ran second); "let" with no "know" after the name is no attribution."""
    doc = doc_of("The Ethiopian Deresa Geleta won the marathon in 2:05:38, eleven seconds before Tsegaye Getachew.\n\n"
                 "'I waited until 36 kilometres and then I went,' let Geleta know via an interpreter.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Geleta"]
    doc = doc_of("The Ethiopian Deresa Geleta won the marathon in 2:05:38, eleven seconds before Tsegaye Getachew.\n\n"
                 "'I waited until 36 kilometres,' he said, and let Getachew go.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] != ["Getachew"]


def test_quotes_a_pronoun_skips_a_person_an_earlier_quote_s_pronoun_gave_the_other_sex(doc_of) -> None:
    """'"I've coached college kids," he says' tells the coach is a man: a later '," she says' after his name is the
    athlete's (a person of no known sex was taken before). Only a non-athlete's sex is learnt so: a quote given to the
    wrong athlete would carry its error on."""
    doc = doc_of("Karen Lindqvist ran 41:07 for 10 kilometers, a world record for women aged 65 to 69.\n\n"
                 "Her coach, Mike Halvorsen, is not a jumper. \"I've coached college kids who ran 29 minutes,\" he says.\n\n"
                 "Halvorsen met her at a track workout and told her she was wasting her speed. \"He said I was a 10K runner who "
                 "didn't know it,\" she says.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Mike Halvorsen", "Karen Lindqvist"]


def test_quotes_an_athlete_s_sex_is_not_learnt_from_a_quote_s_pronoun(doc_of) -> None:
    """The review's case: the coach's '"We trained hard," he said' goes to the athlete named last; her own '"I felt great,"
    she said' after it must still be hers."""
    doc = doc_of("Anna Kowalczyk won the 10,000m in 31:02.11 ahead of Maria Lindqvist. Her coach was delighted. \"We trained "
                 "hard,\" he said.\n\nKowalczyk was thrilled. \"I felt great,\" she said.")
    assert doc.spans["quotes"][-1]._.speaker.label_ == "Anna Kowalczyk"


@pytest.mark.parametrize("after", ["so Visser short.", "so Laros in the mixed zone."])
def test_quotes_so_and_a_name_with_words_after_it(doc_of, after: str) -> None:
    """German and Dutch copy translated: '"...," so Visser short.' is Visser's, whatever follows the name (the "so" was
    read only where the name ended the sentence)."""
    name = after.split()[1]
    doc = doc_of(f'Nadine Visser and Niels Laros won their races. "The start was good, the middle not," {after}')
    assert [q._.speaker_name for q in doc.spans["quotes"]] == [name]


def test_quotes_a_nationality_no_athlete_has_is_the_person_named_since(doc_of) -> None:
    """'Her trainer Laurent Meuwly was also positive. "...," said the Swiss.': the trainer, not Peeters (of no known
    country, named before him)."""
    doc = doc_of("Femke Bol won the 400 meters hurdles in 52.46. Cathelijn Peeters became third. Her trainer Laurent Meuwly was "
                 "also positive. 'Femke is exactly where we want her in June,' said the Swiss.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Laurent Meuwly"]


def test_quotes_a_short_quote_with_a_contraction_is_no_title(doc_of) -> None:
    """'"We'll see," head coach Mark Vanderploeg said.': two words, one of them long and capitalised, read as a title
    ("Jackrabbit Jinx") when its verb stood past the title's reach; a contraction is speech."""
    doc = doc_of('Caleb Ostrander won the mile in 4:03.18. "We\'ll see," head coach Mark Vanderploeg said.')
    assert [(q.text, q._.speaker_name) for q in doc.spans["quotes"]] == [("We'll see,", "Mark Vanderploeg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Tsehay Gemechu won the Dubai Marathon in 2:16:07 on Sunday. Her manager Gianni Demadonna was delighted.\n\n'
         '"I did not expect to run so fast," said the Ethiopian.', ["Tsehay Gemechu"]),
        ('Mary Moraa won the 800m in 1:57.40. Keely Hodgkinson admitted she had felt "really flat after the heats and a bit '
         'ill," so Moraa started as the clear favourite.', ["Keely Hodgkinson"]),
        ('Noah Lyles won the 200m in 19.52. He told reporters that he had listened to "Don\'t Stop Me Now" on repeat all '
         'week.', []),
    ],
    ids=["a-winner-of-no-known-country-before-her-manager", "so-opening-a-clause", "a-song-title-with-a-contraction"],
)
def test_quotes_what_the_nationality_so_and_contraction_rules_must_not_catch(doc_of, text: str, expected: list) -> None:
    """The mid-stop review: the winner described by her nationality is still the speaker when her manager is named
    after her; "so Moraa started" opens a clause, no attribution; a song's title with "Don't" is still a title."""
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]] == expected


def test_quotes_according_to_a_name_after_the_quote(doc_of) -> None:
    """Dutch copy translated: "'The time is not important in June,' according to Laros"; not a description, which may be
    a coach ("according to the Swiss", said of the trainer Laurent Meuwly)."""
    doc = doc_of("Niels Laros won the 1500 meters at the FBK Games in 3.31,08.\n\nWith his time Laros stayed above his personal record. "
                 "‘The time is not important in June,’ according to Laros.\n\nHer trainer Laurent Meuwly was satisfied. „The basic speed is there,” according to the Swiss, who leads "
                 "the group. Lieke Klaver, the Swiss-trained runner, won in 50,71.")
    assert quotes(doc) == [("The time is not important in June,", "Niels Laros"), ("The basic speed is there,", None)]


@pytest.mark.xfail(reason="an attribution set off by dashes inside the marks was tried and taken out: the fifth review found it "
                          "took the speaker from the one named after the verb too often ('- asked Keely Hodgkinson for advice -', "
                          "'- said Grant Fisher would go early -'), and its narrow form lost the right speakers ('- says Battocletti, "
                          "silver in Paris -')", strict=True)
def test_quotes_an_attribution_set_off_by_dashes_inside_the_marks(doc_of) -> None:
    """Italian copy translated: «... after Rome - declares Abdelwahed at the mixed zone - the legs ...»."""
    doc = doc_of("Ahmed Abdelwahed won the 3000m steeplechase in 8:20.11.\n\nThe race. Start cautious, with Yohanes Chiappinelli in "
                 "head at the 1000 m in 2:46.9; only the two brothers Zoghlami resist.\n\n\"I wanted to win with authority, it was "
                 "important to confirm myself after Rome - declares Abdelwahed at the mixed zone - the legs were a little heavy.\" "
                 "The Italian record remains the 8:08.57 of Francesco Panetta.")
    assert [speaker_of(q) for q in doc.spans["quotes"]] == ["Ahmed Abdelwahed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "According to" opening a sentence of its own after the quote
        ("Jakob Ingebrigtsen was asked about the rivalry. \"Josh is a good runner, but I'm better,\" he said. \"I don't worry about "
         "him.\" According to Josh Kerr, the Norwegian is scared.",
         [("Josh is a good runner, but I'm better,", "Jakob Ingebrigtsen"), ("I don't worry about him.", "Jakob Ingebrigtsen")]),
        # a dash clause inside the marks that is no attribution
        ("Georgia Bell won the 1500m in 3:52.61. Bell was thrilled. \"I wasn't sure about moving up from the 800 — asked Keely "
         "Hodgkinson for advice and she said go for it — and it's paid off.\"",
         [("I wasn't sure about moving up from the 800 — asked Keely Hodgkinson for advice and she said go for it — and it's paid off.",
           "Georgia Bell")]),
    ],
    ids=["according-to-a-sentence-of-its-own", "a-dash-clause-that-is-no-attribution"],
)
def test_quotes_what_the_third_review_found(doc_of, text, expected) -> None:
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kaczor won the 10 km title in 30:41.\n\n– I knew that Krystian is very strong on the flat parts. The mud was my friend "
         "today – said Kaczor, who in November ran 28:39.",
         [("I knew that Krystian is very strong on the flat parts. The mud was my friend today", "Kaczor")]),
        ("Nordås won the 5000m in 12:58.11.\n\n– It was crazy. I did not think I had it in me today.\n\n– When I saw 12.58 on "
         "the board I had to look twice, he adds.",
         [("It was crazy. I did not think I had it in me today.", "Narve Gilje Nordås"),
          ("When I saw 12.58 on the board I had to look twice", "Narve Gilje Nordås")]),
        ("Wilson Maina won in 44:31.\n\n— It was very hot, much more than in Kenya at this time — said Maina.",
         [("It was very hot, much more than in Kenya at this time", "Wilson Maina")]),
        ("Results\n\n– 1500m: Kerr 3:29.11\n\n– 5000m: Grant Fisher 13:05.11", []),
    ],
    ids=["polish-dash-then-said", "norwegian-comma-then-he-adds-and-the-paragraph-before", "portuguese-em-dashes",
         "a-list-of-dashes-is-no-dialogue"],
)
def test_quotes_a_paragraph_quoted_with_a_dash(doc_of, text, expected):
    """Polish, Norwegian, Spanish and Portuguese copy (and its translation) quote a paragraph opening with a dash, the
    attribution after a closing dash or a comma; a dash paragraph beside one is the same speaker's; dashes with no
    attribution anywhere are a list."""
    assert quotes(doc_of(text)) == expected


@pytest.mark.xfail(reason="'recordman' as a description of the last athlete was tried and undone: the review found it took "
                   "results too ('Kerr, the former recordman, was second in 3:28.50' gave the time to the record's holder named "
                   "before)", strict=True)
def test_quotes_the_new_recordman_through_an_interpreter(doc_of):
    """French copy translated: "« ... », confided the new recordman through an interpreter": the record's runner."""
    doc = doc_of("Lamecha Girma won the steeplechase in 7:52.11, a world record.\n\n« I felt very good from the beginning, the "
                 "public pushed me », confided the new recordman through an interpreter.")
    assert quotes(doc) == [("I felt very good from the beginning, the public pushed me", "Lamecha Girma")]


@pytest.mark.parametrize(
    ("text", "listener"),
    [
        ("Josh Kerr won the 1500m in 3:29.10. His coach Danny Mackey, who called the final \"the bravest race I have seen "
         "him run in years\", let Kerr know afterwards that he was proud.", "Kerr"),
        ("Jakob Ingebrigtsen won in 3:28.40. His father Gjert described the tactics as \"simply too passive for a "
         "championship final\", let Jakob know it in the mixed zone.", "Jakob"),
    ],
    ids=["know-afterwards-that", "know-it"],
)
def test_quotes_let_someone_know_what_in_english_names_who_hears_it(doc_of, text: str, listener: str) -> None:
    """English "let Kerr know afterwards that he was proud" names who hears it, not the quote's speaker."""
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]] != [listener]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Posted at 20:56\n'I'm knackered but I'm proud' - McColgan\n\nEilish McColgan took silver in 30:41.05 behind "
         "Yasemin Can.", ["McColgan"]),
        ("Faith Kipyegon won the 1500m in 3:49.11 ahead of Jessica Hull.\n\n“It was the hardest race of my life” – Kipyegon "
         "on her world record", ["Kipyegon"]),
        ("QUOTE OF THE NIGHT\n\"I honestly didn't believe it until I saw my name up there.\" – Cole Hocker, to NBC after the "
         "race\n\nCole Hocker won the 1500m in 3:27.65 ahead of Josh Kerr.", ["Cole Hocker"]),
    ],
    ids=["headline-straight-marks", "curly-marks-and-a-topic", "newsletter-quote-of-the-night"],
)
def test_quotes_a_line_opened_by_a_quote_then_a_dash_and_a_name(doc_of, text: str, speakers: list[str]) -> None:
    """A line that opens with a quote, then a dash and a name, as headlines and newsletters credit words ("'I'm
    knackered but I'm proud' - McColgan"): the name is the speaker. Straight single marks close before that dash."""
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]] == speakers


def test_quotes_a_dash_after_a_quote_inside_a_sentence_is_no_credit(doc_of) -> None:
    """Only a quote that opens its line is credited by the name after a dash: in a sentence the dash opens an aside."""
    doc = doc_of("Josh Kerr won in 3:29.10. He admitted the plan was \"to sit and wait until the bell\" - Wightman had "
                 "other ideas.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] != ["Wightman"]


@pytest.mark.parametrize(
    "intro",
    ["Eilish McColgan, speaking to BBC Sport's Gabby Logan:", "Eilish McColgan told Athletics Weekly's Euan Crumley:"],
    ids=["speaking-to", "told"],
)
def test_quotes_the_one_spoken_to_in_the_paragraph_before_is_not_the_speaker(doc_of, intro: str) -> None:
    """A paragraph that names its speaker and the reporter spoken to, before a quote of its own paragraph: the reporter
    is an object ("speaking to BBC Sport's Gabby Logan"), the speaker the one left."""
    doc = doc_of(f"Eilish McColgan took silver in 30:41.05 behind Yasemin Can.\n\n{intro}\n\n\"I'm absolutely knackered, to "
                 "be honest. Two 10ks in two weeks is a lot.\"")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Eilish McColgan"]


def test_quotes_has_told_a_name_after_a_quote_is_its_speaker_not_an_object(doc_of) -> None:
    """Translated copy puts its speaker after the verb ("», has told St. Pierre in the mixed zone"): not one spoken to."""
    doc = doc_of("The American Elle St. Pierre won the 3000 meters in 8:20.87 ahead of Gudaf Tsegay.\n\n«I did not think to "
                 "win until the last five meters», has told St. Pierre in the mixed zone. «Tonight I am simply proud».")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["St. Pierre", "St. Pierre"]


def test_quotes_a_name_and_speech_verb_ending_in_a_colon_introduce_the_next_quote(doc_of) -> None:
    """'... rest a bit.“ Chelimo Kipkemboi said only: „She is too strong.“': the name after a quote that ended its sentence,
    with a speech verb and a colon, is the next quote's speaker, not that one's (which stays with the last speaker). A
    quote cut off by a comma keeps the name after it ('"Fantastic," Kipkemboi said: "I loved it."')."""
    doc = doc_of("Beatrice Chebet won in 14:12,43 before Margaret Chelimo Kipkemboi (14:14,02).\n\n„I wanted to run fast“, "
                 "said Chebet. „Now I go home to Kenya and rest a bit.“ Chelimo Kipkemboi said only: „She is too strong this "
                 "year. We try.“\n\n\"Fantastic,\" Kipkemboi said: \"I loved it.\"")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Chebet", "Chebet", "Chelimo Kipkemboi", "Kipkemboi", "Kipkemboi"]


def test_quotes_a_name_with_an_abbreviation_before_a_colon_speaks(doc_of) -> None:
    """'St. Pierre: "Honestly? I didn't."' in a Q&A: the stop of "St." ends no sentence, so the name before the colon is
    the speaker."""
    doc = doc_of("Elle St. Pierre won the 5000m in 14:40.34 ahead of Elise Cranny.\n\nQ: When did you decide to go?\n"
                 "St. Pierre: \"Honestly? I didn't. My body decided at 600 and I just went with it.\"")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["St. Pierre"]


def test_quotes_a_capital_he_after_a_quote_s_comma_is_the_surname_he(doc_of) -> None:
    """Xinhua's '," He said' after a quote about He Jie: the Chinese surname first, not the pronoun (which a comma leaves
    in lower case). With no one of that surname it is read as the pronoun."""
    doc = doc_of("The national record holder He Jie ran 2:08:14 to rank the sixth. Teammate Yang Shaohui followed at 2:08:47.\n\n\"I am not very satisfied "
                 "with today's result,\" He said.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["He Jie"]
    doc = doc_of("Josh Kerr won the 1500m in 3:29.10.\n\n\"I am very happy with that,\" He said.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Josh Kerr"]


def test_quotes_said_the_demonym_is_the_one_of_that_country_in_a_that_clause_before_one_of_no_known_country(doc_of) -> None:
    """'It was on Bislett that Warholm broke ... «...», said the Norwegian': the Norwegian named in the cleft's "that"
    clause, not an athlete of no known country named in the paragraph before ("Estonias Rasmus Mägi", garbled)."""
    doc = doc_of("Karsten Warholm of Norway won in 46,96.\n\nEstonias Rasmus Mägi became fourth with 48,20.\n\nIt was on Bislett that "
                 "Warholm in 2021 broke the world record with 46,70.\n\n«The time is ok. It is not 46,70, but it is June,» said "
                 "the Norwegian.")
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["Karsten Warholm"]


def test_quotes_said_the_demonym_and_a_verb(doc_of) -> None:
    """'«...,» said the Brazilian and laughed': the description ends before "and" and its verb."""
    doc = doc_of("Alison dos Santos of Brazil was second in 47,38.\n\n«I am not at hundred percent yet. But I am happy,» said the "
                 "Brazilian and laughed.")
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["Alison dos Santos"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("'A true champion in every sense' - Kipyegon hailed by rivals after Paris gold\n\nFaith Kipyegon won the 1500m in "
         "3:51.29 in Paris, ahead of Jessica Hull in 3:52.56.", "Kipyegon"),
        ("Sifan Hassan won the marathon in 2:22:55 in Paris, ahead of Tigst Assefa in 2:22:58.\n\n\"We knew she would be "
         "dangerous in the last 5km\" – Assefa's coach Gemedu Dedefo said Hassan was the strongest.", "Assefa"),
        ("'She runs like nobody else on the planet' - Sifan Hassan, by her coach Tim Rowberry\n\nSifan Hassan won the "
         "marathon in 2:22:55 in Paris.", "Sifan Hassan"),
        ("Faith Kipyegon won the 1500m in 3:49.11 ahead of Jessica Hull in 3:50.83.\n\nHull was delighted with second. \"I was "
         "so nervous before this race today.\" Kipyegon added: \"But once the gun went, I felt calm.\"", "Hull"),
        ("Xinhua: He Jie won the men's race in 2:07:30, while Zhang Deshun won the women's race in 2:25:10.\n\nZhang was happy "
         "with the win. \"I felt strong after 30 kilometers,\" He said, adding that she would now rest.", "He Jie"),
    ],
    ids=["a-headline-s-subject-after-the-dash", "a-possessive-after-the-dash", "by-her-coach", "added-goes-on",
         "he-said-of-a-woman"],
)
def test_quotes_what_this_stop_s_rules_must_not_do(doc_of, text: str, wrong: str) -> None:
    """The review's misfires of this stop's rules: the name after a headline's dash that its own verb or noun follows, a
    possessive, or "by her coach"; "X added:" after a quote, the same speaker going on; '," He said, adding that she'."""
    assert wrong not in [q._.speaker_name for q in doc_of(text).spans["quotes"]][:1]


def test_quotes_an_elided_ing_before_a_dash_closes_no_quote(doc_of) -> None:
    """'I was just runnin' - no thinking, ...,' Muir laughed: the elision's mark is no closing one."""
    doc = doc_of("Laura Muir won the 1500m in 3:58.20.\n\n'I was just runnin' - no thinking, no plan, nothing at all,' Muir laughed.")
    assert [(q.text[:20], q._.speaker_name) for q in doc.spans["quotes"]] == [("I was just runnin' -", "Muir")]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Josh Kerr won the 1500m in 3:29.38 ahead of Jakob Ingebrigtsen in 3:29.65.\n\n\"He is arrogant and he talks too "
         "much\" - Ingebrigtsen, Kerr says", lambda qs: "Ingebrigtsen" not in [q._.speaker_name for q in qs]),
        ("Faith Kipyegon won the 1500m in 3:49.04, ahead of Jessica Hull in 3:52.56.\n\n“Unbeatable” – Kipyegon after third "
         "straight title, Hull says", lambda qs: "Kipyegon" not in [q._.speaker_name for q in qs]),
        ("Josh Kerr won the 1500m in 3:29.38 ahead of Jakob Ingebrigtsen in 3:29.65.\n\n'I'll be back here again' - Kerr",
         lambda qs: [(q.text, q._.speaker_name) for q in qs] == [("I'll be back here again", "Kerr")]),
        ("Sondre Nordstad Moen won the 10,000m in 27:55.10, saying that Karsten Warholm had inspired him with his world "
         "record at Bislett. «It was a great night for me», said the Norwegian.",
         lambda qs: [q._.speaker.label_ for q in qs] == ["Sondre Nordstad Moen"]),
    ],
    ids=["another-says-it", "rivals-say-it-later-on-the-line", "a-word-ending-in-in-before-a-capital", "a-that-clause-spoken-of"],
)
def test_quotes_what_the_second_review_found(doc_of, text: str, check) -> None:
    """The second review's misfires: a name after a headline's dash that another is said to say it of; a quote whose last
    word ends in "in" before a dash and a capital ("again' - Kerr"); "said the Norwegian" after "saying that Warholm ..."."""
    assert check(list(doc_of(text).spans["quotes"]))


@pytest.mark.parametrize(
    ("desc", "speaker"),
    [
        ("the Kenya Defence Forces soldier", "Daniel Simiu Ebenyo"),
        ("the Athletics Kenya athlete", "Daniel Simiu Ebenyo"),
        ("the Kenyan", "Kibiwott Kandie"),
    ],
    ids=["an-employer-s-name", "a-federation-s-name", "a-nationality"],
)
def test_quotes_a_country_in_an_organisation_s_name_is_no_nationality(doc_of, desc: str, speaker: str) -> None:
    """"said the Kenya Defence Forces soldier": the country names an employer, so the description is of the one the paragraph
    speaks of (Ebenyo, of no known country), not of the last Kenyan the registry knows; "said the Kenyan" still is."""
    doc = doc_of("Daniel Simiu Ebenyo won the men's 10,000m in 28:03.51. Kibiwott Kandie dropped out.\n\n"
                 f"Ebenyo, who won silver in Budapest, said he wanted to go one better. \"In Budapest I was too late,\" said {desc}.")
    assert quotes(doc) == [("In Budapest I was too late,", speaker)]


def test_quotes_an_asked_phrase_with_a_time_before_a_description_and_a_colon(doc_of) -> None:
    """"Asked about his two-mile best of 8:00.67 from New York, the 26-year-old laughed: "..."": the stop inside the time
    ends no opening phrase, so the description after it says who speaks."""
    doc = doc_of("Josh Kerr won the 3000m in 7:42.98.\n\n\"I have dreamed about this,\" he said.\n\nAsked about his indoor two-mile "
                 "world best of 8:00.67 from New York last month, the 26-year-old laughed: \"That was a time trial. This was a fight.\"")
    assert quotes(doc) == [("I have dreamed about this,", "Josh Kerr"), ("That was a time trial. This was a fight.", "Josh Kerr")]


def test_quotes_a_home_nation_description_tells_british_speakers_apart(doc_of) -> None:
    """"said the Welshman" after a paragraph about a Scot: the one the text told as Welsh ("Wales's Jake Heyward")."""
    doc = doc_of("Wales's Jake Heyward was seventh in the 1500m in 3:33.62.\n\nScotland's Josh Kerr won in 3:31.48 and led "
                 "from the bell.\n\n\"I ran out of legs,\" said the Welshman.")
    assert quotes(doc) == [("I ran out of legs,", "Jake Heyward")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Faith Kipyegon won the 1500m in 3:49.04. Laura Muir was second in 3:51.20. \"I am happy,\" said the Kenyan Olympic "
         "champion.", "Faith Kipyegon"),
        ("Scotland's Jemma Reekie was fifth in the 800m in 1:58.90. Later, Laura Muir won the 1500m in 3:58.20. \"I'm thrilled,\" "
         "said the Scot.", "Laura Muir"),
    ],
    ids=["a-nationality-before-a-title", "a-scot-named-nearer-not-told-so"],
)
def test_quotes_what_this_stop_s_review_found(doc_of, text: str, speaker: str) -> None:
    """The review's cases: "the Kenyan Olympic champion" is a nationality before a title (no organisation's name); "the Scot"
    is still the nearest fitting one when that one was never told by another nation."""
    assert [s for _, s in quotes(doc_of(text))] == [speaker]


@pytest.mark.parametrize(
    "desc",
    ["the Ethiopian athletics star", "the Ethiopian Air Force athlete"],
    ids=["lower-case-athletics", "a-people-s-word-before-an-organisation"],
)
def test_quotes_what_this_stop_s_second_review_found(doc_of, desc: str) -> None:
    """The second review's cases: "the Ethiopian athletics star", "the Ethiopian Air Force athlete" are Ethiopian: only a
    country's name beside an organisation's capitalised word is an employer's ("the Kenya Defence Forces soldier")."""
    doc = doc_of(f"Beatrice Chebet beat Gudaf Tsegay in the 5000m. \"I will come back,\" said {desc}.")
    assert [s for _, s in quotes(doc)] == ["Gudaf Tsegay"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Muir is champion\n\n21:32\n'I've been waiting so long for this'\n\nLaura Muir speaking to BBC Sport: \"I've been waiting "
         "so long for this. So many near misses.\"",
         [("I've been waiting so long for this", "Laura Muir"), ("I've been waiting so long for this. So many near misses.", "Laura Muir")]),
        ("\"Now we go and race the world.\"\n\nFaith Kipyegon won the 1500m.\n\n\"It was hard. Now we go and race the world,\" said "
         "Kipyegon.",
         [("Now we go and race the world.", "Faith Kipyegon"), ("It was hard. Now we go and race the world,", "Faith Kipyegon")]),
        ("\"It was hard,\" said Faith Kipyegon after the 1500m.\n\nThe stadium screen read \"It was hard\" in large letters, and "
         "the crowd said nothing.",
         [("It was hard,", "Faith Kipyegon"), ("It was hard", None)]),
    ],
    ids=["a-heading-repeats-the-body", "the-body-repeats-a-headline", "three-words-are-no-repeat"],
)
def test_quotes_a_repeated_quote_is_its_speaker_s(doc_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    """A pull quote (a headline's, a live blog heading's) repeats words the body gives their speaker: it is that
    speaker's, from four words on (shorter repeats are common phrases)."""
    assert quotes(doc_of(text)) == expected


QA = ("Q&A: Georgia Bell on her UK title\n\nGeorgia Bell won the 1500m in 4:04.18, with Katie Snowden fourth. Snowden led at the "
      "bell.\n\nHow did the race feel?\n\n\"Pretty controlled, actually, from the gun.\"\n\nTrevor Painter told us you were 3:19.6 at 1200m. Was "
      "that slow?\n\n\"He says it was slow! I didn't feel slow.\"\n\nAnd Katie Snowden?\n\n\"She is a great racer, always.\"")


def test_quotes_a_q_and_a_s_answers_are_the_interviewee_s(doc_of) -> None:
    """In a Q&A (two questions or more, each a paragraph answered by a quote opening the next), an answer is the
    interviewee's: the athlete named most outside quotes, or named first when no one is named more; not whoever the
    question names ("Trevor Painter told us ...?")."""
    assert [s for _, s in quotes(doc_of(QA))] == ["Georgia Bell"] * 3


def test_quotes_one_question_is_no_q_and_a(doc_of) -> None:
    """A single rhetorical question before a quote makes no interview: the paragraph's quote keeps the speaker its
    paragraph before introduces."""
    doc = doc_of("Georgia Bell won the 1500m in 4:04.18, with Katie Snowden fourth.\n\nSo what did Snowden make of it?\n\n"
                 "Katie Snowden was blunt.\n\n\"I went far too early with my kick.\"")
    assert [s for _, s in quotes(doc)] == ["Katie Snowden"]


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("I knew that Faith is strong at the end, so I went early,", None),
        ("Here we go, she is going to do a Kipyegon,", None),
        ("Many people said Kipyegon is finished. I am not finished,", "Faith Kipyegon"),
        ("My coach told me: Faith, relax and wait for the bell,", "Faith Kipyegon"),
        ("Start slow, finish strong, that is the Kipyegon way,", "Faith Kipyegon"),
    ],
    ids=["spoken-of", "a-name-made-a-verb", "others-words-reported", "called-to", "a-name-before-a-noun"],
)
def test_quotes_a_quote_speaking_of_the_one_found_is_not_theirs(doc_of, quote: str, speaker: str | None) -> None:
    """A quote that speaks of the one found as its speaker (by a pronoun here) as someone else ("I knew that Faith is
    strong") is not theirs; a name in others' words the speaker reports, a name called to, a name before a noun are no
    such mention."""
    doc = doc_of(f"Faith Kipyegon won the 1500m in 3:49.04.\n\n\"{quote}\" she said.")
    assert [s for _, s in quotes(doc)] == [speaker]


@pytest.mark.parametrize(
    "attributed",
    ["\"Kipyegon is not finished. I will come back,\" Kipyegon said.", "Kipyegon said: \"Kipyegon is not finished, I will come back.\"",
     "\"My name is Kipyegon and I love it,\" said Faith Kipyegon."],
    ids=["named-after", "named-before", "a-full-name-after"],
)
def test_quotes_a_speaker_named_in_the_attribution_keeps_a_quote_naming_them(doc_of, attributed: str) -> None:
    """The review's cases: a speaker named in the quote's own attribution keeps it, however the quote names them ("Kenenisa
    is not finished. I will come back," Bekele said)."""
    doc = doc_of(f"Faith Kipyegon won the 1500m in 3:49.04.\n\n{attributed}")
    assert [s for _, s in quotes(doc)] == ["Faith Kipyegon"]


@pytest.mark.parametrize(
    "attribution",
    ["», has declared the Arese.", "», the Arese said."],
    ids=["verb-then-the-surname", "the-surname-then-verb"],
)
def test_quotes_italian_s_article_before_a_surname_like_a_people_s_word(doc_of, attribution: str) -> None:
    """Translated Italian puts an article before a surname ("the Arese"): a surname of the text's athletes that ends
    like a people's word (-ese, -an, -er) is that athlete, not a description ("the Piedmontese") of someone else."""
    doc = doc_of("For the blues there is the fourth place of Pietro Arese, 3:32.40, behind Reynold Cheruiyot. The Piedmontese ran "
                 f"in the group of the heads until the end. «I am happy for the position, less for the time{attribution}")
    assert [s for _, s in quotes(doc)] == ["Pietro Arese"]


def test_quotes_a_q_and_a_s_answers_go_to_the_one_answering(doc_of) -> None:
    """The review's cases: a Q&A's unattributed answer goes to the one the last answer was given to (a coach interviewed
    about his athlete), and to the one a question calls to by name ("Jess, what about you?")."""
    doc = doc_of("Yared Nuguse won the mile in 3:46.22, and Jess Adeyemi was fourth in the women's mile in 4:40.10. Coach Dave "
                 "Smith said Nuguse was ready.\n\nWhy was he so relaxed?\n\n"
                 "\"He has been training at altitude for weeks,\" Smith said.\n\nCould he have gone faster?\n\n"
                 "\"Maybe. The pacing was a bit uneven in the middle.\"\n\nJess Adeyemi, what about you?\n\n"
                 "\"I want to run under 17 minutes for 5K this year.\"")
    assert [s for _, s in quotes(doc)] == ["Dave Smith", "Dave Smith", "Jess Adeyemi"]


@pytest.mark.parametrize(
    "line",
    ["The sign at the finish read \"Welcome to the home of running\" in big letters.",
     "The famous mantra \"welcome to the home of running\" is painted on the wall."],
    ids=["a-sign", "a-motto"],
)
def test_quotes_a_sign_repeated_by_an_athlete_is_not_theirs(doc_of, line: str) -> None:
    """The review's cases: only a pull quote (a line opening with it) takes the speaker of the body's quote repeating it,
    not a sign or a motto an athlete repeats."""
    doc = doc_of(f"Emile Cairess won the 10,000m in 27:32.10.\n\n{line}\n\n\"Welcome to the home of running, that is what it "
                 "felt like,\" said Cairess.")
    assert [s for _, s in quotes(doc)][-1:] == ["Emile Cairess"] and [s for _, s in quotes(doc)][0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« I have tried, I have taken my responsibilities, explained Gressier, the face marked. But they have a gear more. »",
         "Jimmy Gressier"),
        ("« I came to Paris to win, not for the time », has declared the Frenchman by the intermediary of an interpreter.",
         "Jimmy Gressier"),
    ],
    ids=["an-attribution-inside-the-marks", "a-description-then-by"],
)
def test_quotes_french_copy_s_attributions(doc_of, text: str, speaker: str | None) -> None:
    """French copy and its translations: the attribution set off inside the marks (", explained Gressier, the face
    marked."), and a description followed by "by the intermediary of an interpreter"."""
    doc = doc_of(f"Jimmy Gressier was fifth in the 5000m in 12:55.06.\n\n{text}")
    assert [s for _, s in quotes(doc)] == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("\"It was so hard, I nearly stopped at the bell\" is written on his kit bag.", None),
        ("Q: \"It was so hard, I nearly stopped at the bell?\"", None),
        ("'It was so hard, I nearly stopped at the bell' – Faith Kipyegon on her title", "Faith Kipyegon"),
    ],
    ids=["an-inscription", "an-interviewer-s-question", "a-headline-with-its-dash"],
)
def test_quotes_a_pull_quote_is_a_line_of_its_own(doc_of, line: str, speaker: str | None) -> None:
    """The second review's cases: a pull quote is a line of its own, or with its speaker after a dash; not words a line
    goes on about ("is written on his kit bag") nor an interviewer's question."""
    doc = doc_of(f"{line}\n\nFaith Kipyegon won the 1500m in 3:49.04.\n\n\"It was so hard, I nearly stopped at the bell,\" "
                 "said Kipyegon.")
    assert [s for _, s in quotes(doc)][0] == speaker


def test_quotes_a_q_and_a_s_calls_and_interviewees(doc_of) -> None:
    """The second review's cases: a name called as a question ends ("Was it hard, Sifan?") or after a title as it opens
    ("Coach Tim Rowberry, how ..."); a list opening a question calls no one; a coach named first in the headline is the
    interviewee."""
    doc = doc_of("Q&A: coach Tim Rowberry on Sifan Hassan\n\nSifan Hassan won the marathon in 2:22:55.\n\n"
                 "How did the race go?\n\n\"She ran it perfectly from the start to the end.\"\n\n"
                 "Was it hard, Sifan?\n\n\"So hard. I nearly stopped at 35 kilometres.\"\n\n"
                 "Sifan Hassan, Tigst Assefa and Peres Jepchirchir all ran under 2:23?\n\n\"It was a great race for all of them.\"")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Tim Rowberry", "Sifan", "Tim Rowberry"]


@pytest.mark.parametrize(
    "quote",
    ["The crowd were shouting Faith, Faith, Faith and it gave me wings,", "People write Kipyegon is finished, but I am here,",
     "Faith is crazy, my coach always says,", "Team Kipyegon worked so hard for this,"],
    ids=["a-chant", "words-written", "a-coach-s-words-after", "a-team-s-name"],
)
def test_quotes_a_name_the_speaker_heard_or_a_team_s_is_no_other(doc_of, quote: str) -> None:
    """The second review's cases: the speaker's name in a chant, in words written or said of them (the verb before or
    after), or in a team's name ("Team Kipyegon") does not make the quote someone else's."""
    doc = doc_of(f"Faith Kipyegon won the 1500m in 3:49.04.\n\n\"{quote}\" she said.")
    assert [s for _, s in quotes(doc)] == ["Faith Kipyegon"]


def test_quotes_a_description_of_someone_is_no_italian_surname(doc_of) -> None:
    """The second review's case: '"I'm happy," said the 26-year-old of Klecker' is the 26-year-old's (a description then
    "of"), not Klecker's: only a surname right after "the" is Italian's article before it."""
    doc = doc_of("Grant Fisher won the 5000m in 13:05.12 ahead of Joe Klecker.\n\n\"I'm happy,\" said the 26-year-old of Klecker.")
    assert [s for _, s in quotes(doc)] != ["Joe Klecker"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laura Muir ran 4:01.20 in Oslo. She laughs off the comparison with Keely Hodgkinson and Georgia Bell: \"Keely and "
         "Georgia have the medals. I just keep turning up.\"", "Laura Muir"),
        ("Laura Muir ran 4:01.20 in Oslo. On the question about Faith Kipyegon, who skipped the race: \"I'm not chasing Faith. "
         "Nobody is.\"", "Laura Muir"),
        ("Laura Muir ran 4:01.20 in Oslo. A listener asked about strength work. Muir's answer: \"Yes, do the boring stuff.\"",
         "Laura Muir"),
    ],
    ids=["the-ones-compared-with-are-objects", "the-one-asked-about-is-no-speaker", "a-possessive-s-answer-then-the-quote"],
)
def test_quotes_colon_introduced_quotes_of_a_podcast_s_notes(doc_of, text: str, expected: str) -> None:
    """A quote after a colon is not the words of the ones named as what the sentence is about ("the comparison with X and
    Y:", "the question about X, who ...:"), above all when it speaks of them, but the one the text was about; "Muir's
    answer:" gives it to Muir."""
    doc = doc_of(text)
    assert [speaker_of(q) for q in doc.spans["quotes"]] == [expected]


def test_quotes_he_said_after_a_coach_who_did_not_hide_it(doc_of) -> None:
    """"Her coach Marek Rzepka did not hide satisfaction. „...“ – he said": the coach who "did not" do something is the
    subject the "he" stands for, not the athlete named before."""
    text = ("Klaudia Kazimierska ran 3:58,67 for a Polish record. „I did not believe it“ – she said.\n\nHer coach Marek Rzepka "
            "did not hide satisfaction. „For me this record was only the question of time“ – he said.")
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Klaudia Kazimierska", "Marek Rzepka"]


def test_quotes_a_dash_quote_said_by_a_description(doc_of) -> None:
    """Norwegian copy translated: "– This was a good test. ..., says the Sandnes boy." is a quote, its speaker the runner
    the description stands for."""
    text = ("Jakob Ingebrigtsen from Sandnes won the 5000 meters in 12.50,10.\n\n– This was a good test. Now I go home and train, "
            "says the Sandnes boy.")
    assert [(q.text, speaker_of(q)) for q in doc_of(text).spans["quotes"]] == [
        ("This was a good test. Now I go home and train", "Jakob Ingebrigtsen")]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakob Ingebrigtsen won in 3:27.14. Ingebrigtsen was asked about Josh Kerr's view: \"He can say what he wants, I know "
         "I'm the best.\"", ["Jakob Ingebrigtsen"]),
        ("Laura Muir was second in 3:55.20. Laura Muir was asked for her reaction to Jemma Reekie's verdict: \"Jemma is right, "
         "it was a tactical race.\"", ["Laura Muir"]),
    ],
    ids=["asked-about-another-s-view", "reaction-to-another-s-verdict"],
)
def test_quotes_what_the_review_of_stop_39_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: "X's view:" gives the quote to X only where it opens the sentence, not where X is only what the
    speaker was asked about."""
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soufiane El Bakkali won the steeplechase in 8.04,12.\n\n– It was wet at the water, so I waited, says El Bakkali to SVT "
         "Sport.", [("It was wet at the water, so I waited", "Soufiane El Bakkali")]),
        ("Lamecha Girma was second in 8.05,78.\n\n– I felt good, says Soufiane El Bakkali to SVT Sport.\n\nThe men's 1500m was "
         "also exciting.\n\n– Ingebrigtsen won in 3:28.80 ahead of Nordås, who told us he was happy.",
         [("I felt good", "Soufiane El Bakkali")]),
    ],
    ids=["a-speaker-of-two-words-then-to-whom", "reporter-s-dash-paragraph-two-paragraphs-from-a-quote"],
)
def test_quotes_dash_quotes_of_swedish_copy(doc_of, text: str, expected: list) -> None:
    """Swedish copy translated: "..., says El Bakkali to SVT Sport." names a speaker of two words; a dash paragraph with no
    attribution is a quote only beside an attributed one (the review of 99b4293: a reporter's dashed results, "told us",
    two paragraphs on, are no quote)."""
    assert [(q.text, speaker_of(q)) for q in doc_of(text).spans["quotes"]] == expected


def test_quotes_a_reputation_as_a_phrase_is_no_quote(doc_of) -> None:
    """What something has a reputation as is a phrase ('The event had developed a reputation, unfairly in our view, as "eight
    minutes of waiting for one lap"'), but words said after it are a quote."""
    doc = doc_of('The event had developed a reputation, unfairly in our view, as "eight minutes of waiting for one lap". '
                 '"I wanted an honest race," Lamecha Girma said.')
    assert [q.text for q in doc.spans["quotes"]] == ["I wanted an honest race,"]


def test_quotes_said_the_azzurra_is_the_italian(doc_of) -> None:
    """"has told the azzurra" (an Italian international, as Italian copy translated says) is the Italian named before, not
    the Kenyans named after her."""
    doc = doc_of("Nadia Battocletti was second in 14'21\"07. At the bell the Trentina was third, behind the Kenyans Margaret "
                 "Chelimo Kipkemboi and Agnes Ngetich.\n\n«I knew to be in form», has told the azzurra to the microphones of Rai.")
    assert [(q.text, speaker_of(q)) for q in doc.spans["quotes"]] == [("I knew to be in form", "Nadia Battocletti")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Her reputation grew as "nobody could live with her finish," said coach Jama Aden.', ["nobody could live with her finish,"]),
        ('Her coach defended her reputation as "she has never failed a test," he told reporters.', ["she has never failed a test,"]),
    ],
    ids=["reputation-grew-as", "defended-her-reputation-as"],
)
def test_quotes_what_the_review_of_4b6205f_found(doc_of, text: str, expected: list) -> None:
    """Words quoted after "reputation ... as" are a phrase only after a reputation had, earned or developed; "Her reputation
    grew as "..." said coach Jama Aden" is a quote."""
    assert [q.text for q in doc_of(text).spans["quotes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Jimmy Gressier won the 10,000m in 27:42.10. He called it "the most beautiful night since Tokyo".',
         [("the most beautiful night since Tokyo", "Jimmy Gressier")]),
        ('His coach had him hauling himself up sandhills under a philosophy he called "Stotan". Herb Elliott won in 3:35.6.', []),
        ('Organisers called it "the fastest 10K on the planet". Jimmy Gressier won in 27:42.', []),
    ],
    ids=["he-called-it", "a-philosophy-he-called", "organisers-called-it"],
)
def test_quotes_what_he_called_it_is_his_words(doc_of, text: str, expected: list) -> None:
    """What he or she "called it" is the speaker's words; a name he called something ('a philosophy he called "Stotan"') and
    what others called it stay titles."""
    assert [(q.text, speaker_of(q)) for q in doc_of(text).spans["quotes"]] == expected


def test_quotes_a_name_he_called_it_is_no_quote(doc_of) -> None:
    """The review of b0b2f96: 'He called it "the Mile of the Century"', a name of title-cased words, is no quote (his words
    are: 'He called it "the most beautiful night since Tokyo"'), nor is 'He called it the "Breaking2" project'."""
    doc = doc_of('Roger Bannister won in 3:58.8. He called it "the Mile of the Century". Kipchoge ran 2:00:25. He called it the '
                 '"Breaking2" project.')
    assert [q.text for q in doc.spans["quotes"]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Nuguse won in 3:43.97. He called it: "A Good Day At The Office."', ["A Good Day At The Office."]),
        ('Kipyegon was delighted. She called it the "best race of my life" and thanked her team.', ["best race of my life"]),
    ],
    ids=["called-it-colon", "called-it-the"],
)
def test_quotes_what_the_review_of_65d2fd4_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: after "He called it:" the words are said, title-cased or not; "She called it the "best race of my
    life"" is her words (a name after "called it the" only when of one word or title-cased)."""
    assert [q.text for q in doc_of(text).spans["quotes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Yakubu Danladi won the 5000m in 13:58.42. Danladi, who credited his coach Musa Garba for his improvement, described '
         'the race as "my Independence Day". Garba told our correspondent that the athlete had trained at altitude.',
         [("my Independence Day", "Yakubu Danladi")]),
        ("Jakob Ingebrigtsen won the mile in 3:45.88.\n\n«I wanted to win and to do it properly,» he said.\n\n"
         "He also commented on his brother. Filip Ingebrigtsen, back after a long injury break, finished ninth.\n\n"
         "«Filip is on the way back. It is good to see him in a race again.»",
         [("I wanted to win and to do it properly,", "Jakob Ingebrigtsen"),
          ("Filip is on the way back. It is good to see him in a race again.", "Jakob Ingebrigtsen")]),
        ("Narve Gilje Nordaas was fifth in 3:48.20.\n\n– I lay too far behind when it went loose, said Gilje Nordås.",
         [("I lay too far behind when it went loose", "Narve Gilje Nordaas")]),
    ],
    ids=["a-partial-quote-ends-its-sentence", "the-one-introduced-is-spoken-of", "a-double-surname-spelled-otherwise"],
)
def test_quotes_what_the_reading_of_dn_found(doc_of, text: str, expected: list) -> None:
    """A partial quote that ends its sentence is not said by someone named in the next ('"my Independence Day". Garba
    told ...'); a quote opening a paragraph is not said by the one the paragraph before introduces if it speaks of them ("Filip
    is on the way back"): the last speaker goes on; a double surname with its last word spelled a letter apart ("Gilje
    Nordås", Norwegian's "å" translated "aa" in the full name) is the full name's runner."""
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Beatrice Chebet won the 5000m in 14:28.56. Her goal had always been "to win a medal for Kenya". Chebet told reporters '
         'after the race.', [("to win a medal for Kenya", "Beatrice Chebet")]),
        ("Sha'Carri Richardson won the 100m in 10.71.\n\nAsked about expectations, Sha'Carri Richardson smiled.\n\n"
         '"Sha\'Carri is back, and I\'m better than ever."', [("Sha'Carri is back, and I'm better than ever.", "Sha'Carri Richardson")]),
    ],
    ids=["a-partial-quote-then-its-speaker", "a-speaker-speaking-of-herself"],
)
def test_quotes_what_the_review_of_7c49c29_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: a partial quote ending its sentence is said by the one the next names unless that one reports words
    of their own ("told our correspondent that"); one who speaks of herself by name is still the one introduced."""
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Kerr described the win as "a statement". Ingebrigtsen said nothing.', [("a statement", "Kerr")]),
        ('Coach Andy Young was pleased with the race. "We got the tactics right," Young said.\n\nLaura Muir finished second in '
         '4:06.12.\n\n"Laura showed real courage out there tonight."',
         [("We got the tactics right,", "Andy Young"), ("Laura showed real courage out there tonight.", "Andy Young")]),
    ],
    ids=["a-next-sentence-saying-nothing", "a-coach-speaking-of-his-runner"],
)
def test_quotes_what_the_review_of_b01f2cd_found(doc_of, text: str, expected: list) -> None:
    """The review's cases: "Ingebrigtsen said nothing." says no one spoke the partial quote before it; a quote speaking of the
    runner the paragraph before introduces, after a speaker just quoted, is that speaker's (a coach: no athlete)."""
    assert [(q.text, speaker_of(q)) for q in doc_of(text).spans["quotes"]] == expected
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]][-1] != "Laura Muir"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Beatrice Chebet won the 5000m in 14:28.56. The crowd, for the third-placed runner, was "like a wall of noise". '
         'Margaret Kipkemboi recalled later.', "Margaret Kipkemboi"),
        ('Sharon Lokedi won in 2:17:22. "I knew I had it," Lokedi said.\n\nHellen Obiri, the defending champion, was second in '
         '2:17:41.\n\n"The old Obiri would have panicked there. Today I stayed calm."', "Hellen Obiri"),
    ],
    ids=["recalled-later", "speaking-of-her-old-self"],
)
def test_quotes_what_the_review_of_7de8493_found(doc_of, text: str, expected: str) -> None:
    """The review's cases: "Margaret Kipkemboi recalled later." says who spoke the partial quote; a quote naming the one
    introduced but speaking as "I" is hers."""
    assert speaker_of(list(doc_of(text).spans["quotes"])[-1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('David Rudisha ran 1:40.91 from the front, a performance still described in these pages as "the greatest 800 ever '
         'run".', []),
        ('That race is still described in both countries as "the greatest 1500m ever run".', []),
        ('Josh Kerr won in 3:27.79. The race was described by Kerr as "the best of my life".', [("the best of my life", "Josh Kerr")]),
    ],
    ids=["described-in-these-pages", "still-described-as", "described-by-its-speaker"],
)
def test_quotes_a_label_in_the_passive_is_no_quote(doc_of, text: str, expected: list) -> None:
    """A label a thing is known by, in the passive with no one saying it ('still described in these pages as "the greatest
    800 ever run"') is no quote (the corpus gold lists such as not-quotes); one "described by Kerr as" is his words."""
    assert [(q.text, speaker_of(q)) for q in doc_of(text).spans["quotes"]] == expected


def test_quotes_a_blog_s_author_says_their_own_words_and_a_subordinate_runner_is_no_subject(doc_of) -> None:
    """A coach's post, its author on a dated "Posted ... by" line, telling the race in the first person: 'I kept saying
    "easy, easy"' is the author's. A runner named after "although" stands behind a person named in the main clause of her
    sentence only, not behind one named a sentence before ("Wellesley was as loud as ever")."""
    doc = doc_of("RACE RECAP: Boston with Maggie\n\nPosted April 18, 2024 by Dan Reyes | Filed under: Race Reports\n\n"
                 "Maggie Brennan had one goal. The first 5K went by in 20:58. I kept saying \"easy, easy\" and she kept giving me "
                 "the look. I came in two seconds after her in 2:58:53.\n\n"
                 "Wellesley was as loud as ever. The tunnel is something every runner should hear once, although Maggie said "
                 "afterwards she'd tuned it out completely.\n\n\"I could hear it but I wasn't there,\" she told me.")
    assert quotes(doc) == [("easy, easy", "Dan Reyes"), ("I could hear it but I wasn't there,", "Maggie Brennan")]


def test_quotes_what_the_review_of_d02a2ea_found(doc_of) -> None:
    """The review's cases: a person named in full a sentence before still stands behind a "he" when the runner after "As" is
    the only other one named ("Meet director Ray Flynn ... As Nuguse crossed the line, Flynn checked the clock"); a blog's
    narrator says "I", so no "she" is theirs."""
    doc = doc_of('Meet director Ray Flynn was watching from the finish. As Yared Nuguse crossed the line in 3:47.83, Flynn checked '
                 'the clock. "An American record," he said.')
    assert quotes(doc) == [("An American record,", "Ray Flynn")]
    blog = doc_of('Posted April 18, 2024 by Dan Reyes\n\nMaggie Brennan had one goal. I ran beside her all the way and I crossed '
                  'the line in 2:58:53. Maggie grabbed my arm at mile 20. "You go on," she said. I said no.')
    assert quotes(blog) == [("You go on,", "Maggie Brennan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eliud Kipchoge was second to Mark Korir in 2:04:10.\n\n“This is not my last marathon, I will be back here.” Kipchoge "
         "said this at the press conference on Monday.", ["Kipchoge"]),
        ("Cole Hocker won the 1500m from Josh Kerr in 3:29.11.\n\n“I knew I had it with 100 metres to go, I just knew it.” "
         "Hocker said the plan had been to wait until the home straight.", ["Hocker"]),
        ("Beatrice Chebet beat Nadia Battocletti in 30:43.25.\n\n“I wanted this so much, more than anything!” Chebet told the "
         "crowd.", ["Chebet"]),
    ],
    ids=["said-this", "said-the-plan", "told-the-crowd"],
)
def test_quotes_a_name_saying_more_after_a_closed_quote_is_its_speaker(doc_of, text: str, expected: list) -> None:
    """'“...” Kipchoge said this at the press conference': the name after a closed quote attributes it even with words
    of its own after the verb (a rule reading 'His coach Lu Zhiqiang said the result was good' as the coach's own speech
    was tried and taken out: the review of 82970e4 found these)."""
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]] == expected


def test_quotes_a_partial_quote_after_its_speaker_s_reported_clause(doc_of) -> None:
    """'His coach Lu Zhiqiang said, this result proves the winter training direction is correct, “the goal ...”': the words
    after his reported clause are his; 'He Jie coach Feng Shuyong say, ..., “...”' (translated) the coach's, not He Jie's."""
    doc = doc_of("Feng Peiyou was fifth in 2:08:31. His coach Lu Zhiqiang said, this result proves the winter training direction "
                 "is correct, “the goal still is the world championships standard”.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Lu Zhiqiang"]
    doc = doc_of("He Jie was fifth in 2:09:15. He Jie coach Feng Shuyong say, He Jie in December had a small injury, “today the "
                 "result we can accept, the main target still is Paris.”")
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Feng Shuyong"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samuel Tsegay won the Stockholm Marathon.\n\n– I got cramp in the calf. After that it was only to survive to the "
         "Stadion, says Kipkorir Sang, who came in as second in 2:12:30.", [("I got cramp in the calf.", "Kipkorir Sang")]),
        ("Hanna Lindholm won the women's race.\n\n– I have had a couple of dog years with injuries, so this is big for me, says "
         "Lindholm with tears in the eyes.", [("I have had a couple of dog years", "Lindholm")]),
        ("Samuel Tsegay won the Stockholm Marathon.\n\n– Samuel has a fox behind the ear, says Andreas Almgren, who has promised "
         "to try the distance ”when the track legs are finished”.",
         [("Samuel has a fox behind the ear", "Andreas Almgren"), ("when the track legs are finished", "Andreas Almgren")]),
    ],
    ids=["a-who-clause-after-the-name", "with-after-the-name", "marks-in-the-attribution"],
)
def test_quotes_a_dash_paragraph_s_attribution_with_a_clause_after_the_name(doc_of, text: str, expected: list) -> None:
    """Translated Scandinavian copy's dash speech: the attribution may go on after the name (", who came in as second",
    "with tears in the eyes"), and marks inside it ("”when the track legs are finished”") are its own quote, not the dash
    paragraph's."""
    quotes = [(q.text, q._.speaker_name) for q in doc_of(text).spans["quotes"]]
    assert [(t[: len(e)], s) for (t, s), (e, _) in zip(quotes, expected)] == expected and len(quotes) == len(expected)


def test_quotes_a_dash_paragraph_reporting_a_result_is_no_quote(doc_of) -> None:
    """"– Jakob Ingebrigtsen won in 3:29.11, writes NRK, whose reporter was at the finish": a report's dash line, its time a
    result (only a "who" clause may follow the attribution's name)."""
    doc = doc_of("Jakob Ingebrigtsen won the 1500m in Oslo.\n\n– Jakob Ingebrigtsen won in 3:29.11, writes NRK, whose reporter "
                 "was at the finish.")
    assert [q.text for q in doc.spans["quotes"]] == []
    assert [r.text for r in doc.spans["results"] if r.label_ == "result"] == ["3:29.11"]


def test_quotes_a_dash_line_of_a_report_with_a_who_clause_is_no_quote(doc_of) -> None:
    """The third review's case: "– Muir took gold in 4:01.20, wrote The Guardian, who called her run the finest": a
    report's line, its time a result."""
    doc = doc_of("Laura Muir won the 1500m.\n\n– Muir took gold in 4:01.20, wrote The Guardian, who called her run the finest of "
                 "her career.")
    assert [q.text for q in doc.spans["quotes"]] == []


def test_quotes_a_sentence_opening_with_a_phrase_then_its_subject(doc_of) -> None:
    """"Behind, Sedjati, who ran 1:41.56 in Paris, did not hide his disappointment. « I came to win. »": a short phrase set
    off by a comma opens the sentence before the one it is about, who says the quote nobody is said to say."""
    doc = doc_of("Emmanuel Wanyonyi won the 800m in 1:41.47. Behind, Djamel Sedjati, who ran 1:41.56 in Paris a few days earlier, "
                 "did not hide his disappointment. « I came to win. Second, it is not bad. »")
    assert quotes(doc) == [("I came to win. Second, it is not bad.", "Djamel Sedjati")]


def test_quotes_words_in_sentences_of_their_own_are_no_title(doc_of) -> None:
    """'"Scotland. Has. Done. It. Again."': every word capitalised, but each a sentence: said, not a title."""
    doc = doc_of('Jake Wightman watched from home. Jake Wightman on social media: "Scotland. Has. Done. It. Again."')
    assert quotes(doc) == [("Scotland. Has. Done. It. Again.", "Jake Wightman")]


def test_quotes_what_the_review_of_a8fe850_found(doc_of) -> None:
    """The review's case: a sentence whose subject is acted on ("was praised by Wanyonyi") gives no speaker to the quote after it."""
    doc = doc_of("Emmanuel Wanyonyi won the 800m in 1:41.47. Behind, Djamel Sedjati, who ran 1:41.56 in Paris, was praised by "
                 "Wanyonyi. « He pushed me all the way. »")
    assert quotes(doc) == [("He pushed me all the way.", None)]


def test_quotes_a_magazine_s_bold_questions(doc_of) -> None:
    """A Q&A that sets its questions in bold ("**Walk us through the final.**", one quoting the runner, one with no question
    mark): the answers after them are the interviewee's; a headline's '"I was not finished yet": Peruth Chemutai on ...' hers."""
    doc = doc_of(
        'TRACK Q&A | "I was not finished yet": Peruth Chemutai on silver in Paris\n\n'
        "Peruth Chemutai took silver in the 3000m steeplechase final in 8:53.34 behind Winfred Yavi.\n\n"
        "**How does silver feel?**\n\n"
        '"Honestly, it feels better today than last night."\n\n'
        "**Walk us through the final. You were at the front very early.**\n\n"
        '"Yes, my plan was to make it fast from the beginning."\n\n'
        '**After the race you said you were "not finished yet". What did you mean?**\n\n'
        '"I meant that I am still young, I am 25."')
    assert [(q.text, speaker_of(q)) for q in doc.spans["quotes"] if q.text != "not finished yet"] == [
        ("I was not finished yet", "Peruth Chemutai"),
        ("Honestly, it feels better today than last night.", "Peruth Chemutai"),
        ("Yes, my plan was to make it fast from the beginning.", "Peruth Chemutai"),
        ("I meant that I am still young, I am 25.", "Peruth Chemutai"),
    ]


@pytest.mark.xfail(strict=True, reason="the first name after a partial quote in its sentence is taken as its speaker (as before this "
                   "stop's headline colon: the colon form needs the quote to open its line, this is another path)")
def test_quotes_a_colon_and_name_after_a_quote_inside_a_line(doc_of) -> None:
    """A quote a line does not open, a colon and a name after it, is not that name's words: 'Kerr had one word for the race,
    "relief beyond words": Hocker felt the same.'"""
    doc = doc_of('Josh Kerr won the 1500m in 3:29.38. Kerr had one word for the race, "relief beyond words and all of it": Cole '
                 "Hocker felt the same.")
    assert [speaker_of(q) for q in doc.spans["quotes"]] != ["Cole Hocker"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Beatrice Chebet won the 10,000m in 30:43.25.\n\n**Chebet**\n\n"I was feeling strong all the way."\n\n**Battocletti**\n\n'
         '"Silver for Italy, I am so happy."\n\n**Sifan Hassan**\n\n"I was tired but it was fun."',
         ["Beatrice Chebet", "Nadia Battocletti", "Sifan Hassan"]),
        ('Hellen Obiri won New York in 2:27:23.\n\n**Obiri\'s coach:**\n\n"She was always in control."\n\n**Race director Ted '
         'Metellus:**\n\n"A fantastic day for New York."', [None, "Ted Metellus"]),
        ('"We will miss you, champion": Kelvin Kiptum, 1999-2024\n\nKelvin Kiptum won the Chicago Marathon in 2:00:35.', [None]),
        ('"Can she win a fourth title?": Faith Kipyegon in Tokyo\n\nFaith Kipyegon won the 1500m in 3:51.29.', [None]),
        ('Patrick Sang | "She is ready to break the record" - Faith Kipyegon, Paris 2024\n\nFaith Kipyegon won the 1500m in 3:51.29.',
         [None]),
        ('Sifan Hassan won the London Marathon in 2:22:37. Hassan was embraced by her coach Tim Rowberry at the finish. "I can\'t '
         'believe what I just did."', ["Sifan Hassan"]),
    ],
    ids=["bold-names-are-no-questions", "bold-labels-are-no-questions", "a-tribute-s-colon", "a-question-s-colon",
         "a-person-s-label-before-a-dash", "embraced-by"],
)
def test_quotes_what_the_review_of_e10a3fa_found(doc_of, text: str, expected: list) -> None:
    """The review of e10a3fa's cases: bold names and labels are no Q&A's questions (each quote keeps its own speaker); a headline's
    colon gives the quote to the name only when the name ends the line or says its subject, and the quote asks nothing; a
    person's name before the bar is no section's label; a subject embraced by someone still speaks."""
    doc = doc_of(text)
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I knew I had it": Jakob Ingebrigtsen after 1500m gold in Rome\n\nJakob Ingebrigtsen won the 1500m in 3:31.95.',
         ["Jakob Ingebrigtsen"]),
        ('"What more could I want?": Emmanuel Wanyonyi on his Olympic title\n\nEmmanuel Wanyonyi won the 800m in 1:41.19.',
         ["Emmanuel Wanyonyi"]),
        ('Beatrice Chebet won the 5000m in 14:28.56.\n\n**Your double in Paris was historic. How did it feel?**\n\n"It felt like a '
         'dream."\n\n**On the world record in Eugene.**\n\n"I knew I was ready."\n\n**Tell us about your training.**\n\n"We do a '
         'lot of hills."', ["Beatrice Chebet", "Beatrice Chebet", "Beatrice Chebet"]),
        ('Faith Kipyegon won the 1500m in 3:49.11. Kipyegon was embraced by her coach Patrick Sang. "She has worked so hard for '
         'this."', [None]),
    ],
    ids=["a-colon-then-after", "a-question-of-the-speaker-s-own", "a-clear-q-and-a-s-prompt", "embraced-then-spoken-of"],
)
def test_quotes_what_the_review_of_57883a1_found(doc_of, text: str, expected: list) -> None:
    """The review of 57883a1's cases: a headline's colon and a name "after" or "in" what (not only "on"); a question in the
    first person is the speaker's own; in a clear Q&A a bold prompt with no question ("**On the world record in Eugene.**") is
    a question too; a quote speaking of a subject acted on ("embraced by her coach ... "She has worked"") is not hers."""
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc_of(text).spans["quotes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warholm won the 400m hurdles in 46.52.\n\nMeeting director Kjersti Haugen was satisfied.\n\n– We have had a fantastic "
         "night. Jakob and Karsten on the same evening, it is what we dream of, Haugen said.",
         [("We have had a fantastic night. Jakob and Karsten on the same evening, it is what we dream of", "Kjersti Haugen")]),
        ("Warholm won the 400m hurdles in 46.52.\n\n– It was a good race, Warholm said to NRK.",
         [("It was a good race", "Karsten Warholm")]),
        ("Results\n\n– 400m hurdles: Karsten Warholm 46.52, Rai Benjamin said", []),
    ],
    ids=["the-name-before-the-verb", "the-name-before-the-verb-to-an-outlet", "a-list-line"],
)
def test_quotes_a_dash_paragraph_attributed_name_first(doc_of, text, expected) -> None:
    """A dash paragraph's attribution with the name before the verb (", Haugen said."): a quote (it was dropped, only "said
    Haugen" was read); its speaker here a person who is no athlete."""
    doc = doc_of(text)
    assert quotes(doc) == expected
    assert "Kjersti Haugen" not in {s.label_ for s in doc.spans["athletes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karsten Warholm ran 46.52 in Oslo.\n\n– He is the best hurdler in history, Aftenposten wrote.", []),
        ("Sofia Ennaoui won the 1500m in 4:01.2.\n\n– That was my best race of the season, Ennaoui told Polsat Sport.",
         [("That was my best race of the season", "Sofia Ennaoui")]),
    ],
    ids=["a-paper-s-words", "told-an-outlet"],
)
def test_quotes_the_sixth_stop_s_second_review(doc_of, text, expected) -> None:
    """The second review of a dash paragraph attributed name first: a paper's writing is no one's speech; "Ennaoui told Polsat
    Sport" is an attribution."""
    assert quotes(doc_of(text)) == expected


@pytest.mark.parametrize("description", ["the 2021 Olympic finalist", "the world semi-finalist"])
def test_quotes_a_finalist_after_the_quote_is_its_speaker(doc_of, description: str) -> None:
    """(Not "the runner-up": the one placed second, which quotes, read before results, cannot tell.)"""
    text = (f'Abel Kipsang was fourth in 3:36.1.\n\nKipsang had a different story. "They closed the door on me on the bend," '
            f'{description} lamented.')
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Abel Kipsang"]


@pytest.mark.parametrize("beaten", ["has now been runner-up to Wanyonyi", "lost to Wanyonyi again"])
def test_quotes_he_after_one_beaten_by_a_rival_is_the_beaten(doc_of, beaten: str) -> None:
    """"Arop ... has now been runner-up to Wanyonyi ... 'Second again,' he told reporters": the rival one lost to is no
    subject a pronoun goes on with."""
    text = (f'Emmanuel Wanyonyi won the 800m in 1:43.02.\n\nMarco Arop {beaten} and did not hide his frustration.\n\n'
            f'"Second again," he told reporters.')
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Marco Arop"]


def test_quotes_a_nickname_inside_a_name_and_a_pronoun_after_one_second_to_a_rival(doc_of) -> None:
    """'Theodore "Teddy" Marchetti, ..., was second to Lindqvist in the 3,200 on Friday, and he admitted that one stung.
    "I've been looking at the back of his jersey," he said': the nickname is no quote, the quote is Marchetti's."""
    text = ('Teddy Marchetti won the 1,600 in 4:05.88, ahead of Ezra Lindqvist.\n\nTheodore "Teddy" Marchetti, who signed with '
            'Gonzaga, was second to Lindqvist in the 3,200 on Friday, and he admitted that one stung.\n\n"I\'ve been looking at '
            'the back of his jersey for two years," he said.')
    assert quotes(doc_of(text)) == [("I've been looking at the back of his jersey for two years,", "Theodore Marchetti")]


def test_quotes_he_after_a_description_opening_a_sentence_with_a_name_acting_in_it(doc_of) -> None:
    """(A review's probe: "The Kenyan, however, had nothing left as Jakob Ingebrigtsen swept past to win ... He said" is
    Ingebrigtsen's: a name acting in its own clause, the pronoun goes on with it, not with the description.)"""
    text = ('Timothy Cheruiyot led at the bell in the 1500m in Monaco. The Kenyan, however, had nothing left as Jakob '
            'Ingebrigtsen swept past to win in 3:28.32. He said: "I knew I had it."')
    assert quotes(doc_of(text)) == [("I knew I had it.", "Jakob Ingebrigtsen")]


def speakers_named(doc) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, speaker_of(q), q._.speaker_name) for q in doc.spans["quotes"]]


def test_quotes_a_german_demonym_and_a_broadcast_s_title(doc_of) -> None:
    """Translated German: '„...“, said the Freiburgerin afterwards in the SRF-broadcast „sportlive“' is Werro's (a feminine
    demonym, "-erin"); the broadcast's name is a title, no quote."""
    text = ("Audrey Werro ran the 800 metres in 1:57,73. At 600 metres she had moved up to fourth.\n\n„I have seen the 1:57 on the "
            "screen and thought, that cannot be true“, said the Freiburgerin afterwards in the SRF-broadcast „sportlive“.")
    assert quotes(doc_of(text)) == [("I have seen the 1:57 on the screen and thought, that cannot be true", "Audrey Werro")]


def test_quotes_a_name_after_a_quote_with_a_quote_of_its_own_is_not_its_speaker(doc_of) -> None:
    """'Meeting director Peter Kaufmann drew a positive balance: „... What do we want more?“ The SRF commentator Daniel
    Bolliger called the race „the Swiss moment of the year“': the director's words are his (not an athlete's: "Bolliger",
    read as a demonym like "Aucklander", had sent them to the last woman named); the commentator's sentence has its own
    quote. A name going on after its own words ('», Beriso added that she wants to «fight for the gold»') still speaks."""
    text = ("Ditaji Kambundji ran 12,50 seconds to rank three. The older sister Mujinga Kambundji watched the race from the stand."
            "\n\nMeeting director Peter Kaufmann drew a positive balance: „The Letzigrund was full and we had a Swiss record. What "
            "do we want more?“ The SRF commentator Daniel Bolliger called the race of Werro „the Swiss moment of the year“.")
    assert speakers_named(doc_of(text)) == [
        ("The Letzigrund was full and we had a Swiss record. What do we want more?", "Peter Kaufmann", "Peter Kaufmann"),
        ("the Swiss moment of the year", "Daniel Bolliger", "Daniel Bolliger")]
    text = ("Amane Beriso won the women's race in 2:27:15, with Yalemzerf Yehualaw third.\n\n«It was not an easy race», she "
            "explained, «because the wind was very strong and I was alone.» Beriso added that she wants to «fight for the gold».")
    assert {speaker_of(q) for q in doc_of(text).spans["quotes"]} == {"Amane Beriso"}


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Of her best time of 9:03,30 min she is still far away.", "Gesa Krause"),
        ("A caller, Margaret from Leeds, said she had watched the race.", None),
    ],
    ids=["fronted-phrase", "a-caller-s-she"],
)
def test_quotes_a_pronoun_after_a_phrase_put_first(doc_of, opening: str, speaker: str | None) -> None:
    """Translated German keeps its order: 'Of her best time of 9:03,30 min she is still far away. „The form is not yet
    there.“': the quote is hers, as after 'She paused.'; not a "she" in a clause after someone else's "said"."""
    text = (f"Gesa Krause became tenth as best German in 9:22,40 min. {opening} „The form is not yet there where I want it. "
            "But the direction is correct.“")
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "„I knew that Isaac is strong, but I had a gear left at the end” – said Laros to the journalists. – The public in "
        "Chorzów is fantastic, I will come back here for sure.",
        "– I knew that Isaac is strong, but I had a gear left at the end – said Laros to the journalists. – The public in "
        "Chorzów is fantastic, I will come back here for sure.",
    ],
    ids=["marks-then-dash", "dash-then-dash"],
)
def test_quotes_a_dash_after_the_attribution_goes_on_with_the_words(doc_of, paragraph: str) -> None:
    """Polish copy translated: after a quote and its attribution, "– The public in Chorzów is fantastic ..." is the same
    speaker's words going on (they had been left out)."""
    doc = doc_of("Niels Laros won the 1500m in Chorzów in 3:29,53.\n\n" + paragraph)
    assert quotes(doc) == [("I knew that Isaac is strong, but I had a gear left at the end", "Niels Laros"),
                           ("The public in Chorzów is fantastic, I will come back here for sure.", "Niels Laros")]


def test_quotes_a_dash_after_a_sentence_with_no_quote_before_it_opens_none(doc_of) -> None:
    """(Only after a quote: "He was third. – a dash in prose" is no one's words.)"""
    assert quotes(doc_of("Niels Laros won the 1500m in 3:29,53. – The public in Chorzów was fantastic.")) == []


def test_quotes_a_name_said_after_it_to_be_one_is_no_quote(doc_of) -> None:
    """Swedish copy translated: '”Piu”, as dos Santos is called, was happy' names him, says nothing; the words of one
    who spoke, with "as he said", stay a quote."""
    text = ('Alison dos Santos won in 47,10. ”Piu”, as dos Santos is called, was happy with the season opening. '
            '"Duracell," as he is known in the club, was third. "I was tired," as he said later.')
    assert [q for q, _ in quotes(doc_of(text))] == ["I was tired,"]


@pytest.mark.parametrize(
    "text",
    ['"We go again," as Kerr is known to say after every race. He won the 1500m in 3:29.8.',
     '"That was tough," as Ingebrigtsen was called to the podium he told reporters. He had won in 3:27.1.',
     '"Unreal," as he was called onto the podium, Kerr grinned after winning in 3:27.79.'],
    ids=["known-to-say", "called-to-the-podium", "called-onto"],
)
def test_quotes_called_to_a_place_or_known_to_say_is_no_name(doc_of, text: str) -> None:
    """The review's find: "as Kerr is known to say", "as Ingebrigtsen was called to the podium" name nobody: the words are
    said."""
    assert len(quotes(doc_of(text))) == 1


@pytest.mark.xfail(reason="taken back after the review: a description after a participle's phrase went to the last athlete or "
                          "the winner whoever it described (a coach, an official, the silver medallist; see the test after)", strict=True)
def test_quotes_introduced_by_a_description_s_reported_speech_after_a_phrase(doc_of) -> None:
    """"Speaking to ENA after the race, the 22-year-old winner said that he had prepared ..." then a quote alone: the winner's
    (a description after a participle's phrase, saying something; not one who laughed: "Asked whether she had eased off, the
    34-year-old laughed.", left as before)."""
    text = ('Tadese Worku won the Great Ethiopian Run in 28:21.\n\nSpeaking to ENA after the race, the 22-year-old winner said '
            'that he had prepared for the competition for two months in Sululta.\n\n"I prepared well and I know this course '
            'very well. My plan was to wait until the last two kilometers."')
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Tadese Worku"]


def test_quotes_and_on_a_name_goes_on_with_the_last_speaker(doc_of) -> None:
    """A live blog's "And on Hocker: "Cole's a hell of a runner."": Beamish goes on, speaking of Hocker (the topic had been
    taken for the speaker)."""
    text = ('Geordie Beamish won the 1500m in 3:36.54 from Cole Hocker (3:36.69).\n\nGeordie Beamish in the mixed zone:\n\n'
            '"I am a steeplechaser, mate. I did not think I belonged in that final."\n\n'
            'And on Hocker: "Cole is a hell of a runner. I reckon he thought he had it."')
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Geordie Beamish", "Geordie Beamish"]


@pytest.mark.parametrize(
    "sentence",
    ["The Frenchwoman Alice Finot, that her comrades of the team nickname « the diesel », finished fourth in 9:01.77.",
     "Wanyonyi will be the guest of the emission « Tout le sport » on Saturday."],
    ids=["nickname", "emission"],
)
def test_quotes_what_one_is_nicknamed_and_a_programme_s_title_are_no_quotes(doc_of, sentence: str) -> None:
    """French copy translated: "that her comrades nickname « the diesel »", "the emission « Tout le sport »"."""
    assert quotes(doc_of("Emmanuel Wanyonyi won the 800m in 1:42.05. " + sentence)) == []


@pytest.mark.parametrize("verb", ["to pass Jepchirchir", "and overtook Jepchirchir"])
def test_quotes_one_passed_is_no_speaker_the_paragraph_introduces(doc_of, verb: str) -> None:
    """"Hassan ... came through late to pass Jepchirchir in the final three miles." then a quote alone: Hassan's (the one passed
    is an object; the last speaker before had been given it)."""
    text = ('Joyciline Jepkosgei was second in 2:18:44 and Sifan Hassan third in 2:18:59.\n\n"I tried to stay with her," '
            f'Jepkosgei said.\n\nHassan had looked in trouble at halfway before she came through late {verb} in the final three '
            'miles.\n\n"I am happy with third. My body was tired from the winter."')
    assert [speaker_of(q) for q in doc_of(text).spans["quotes"]] == ["Joyciline Jepkosgei", "Sifan Hassan"]


@pytest.mark.parametrize(
    "text",
    ['"I felt great out there," said Kerr. — Later in the evening, Jakob Ingebrigtsen won the 5000m in 12:48.45.',
     '"I\'m gutted," Muir said. – Laura Muir finished fourth in 3:57.20, a place behind Georgia Bell.',
     '„To był piękny bieg” – powiedziała Ewa Swoboda. – Anna Kiełbasińska then spoke to TVP about fifth.'],
    ids=["english-dash", "a-result", "polish-narration"],
)
def test_quotes_a_dash_in_the_narration_after_a_quote_is_no_one_s_words(doc_of, text: str) -> None:
    """(The review: after a quote, a dash opening narration, a result or a third person's doings, goes on with no quote.)"""
    assert len(doc_of(text).spans["quotes"]) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laura Muir finished fourth in 3:57.20. Afterwards she told the BBC show \"I'm absolutely gutted.\"", "Laura Muir"),
        ("Parker Valby won the 10,000m in 31:46.09. \"I just tried to stay relaxed,\" said the North Carolinian.", "Parker Valby"),
        ("Dina Asher-Smith won the 100m in 10.94. \"I felt fast,\" said the East Londoner.", "Dina Asher-Smith"),
        ("\"What a night!\" Hodgkinson said, calling the crowd \"incredible\" after she won the 800m in 1:54.61.", "Keely Hodgkinson"),
    ],
    ids=["told-the-show", "north-carolinian", "east-londoner", "said-then-calling"],
)
def test_quotes_the_review_of_titles_demonyms_and_a_quote_in_the_attribution(doc_of, text: str, speaker: str) -> None:
    """(The review: a quote told a show is speech, no title; a compass word's demonym describes its speaker; "Hodgkinson said,
    calling the crowd "incredible"" attributes the quote before.)"""
    assert speaker_of(doc_of(text).spans["quotes"][0]) == speaker


def test_quotes_a_quote_speaking_of_her_after_her_fronted_phrase_is_not_hers(doc_of) -> None:
    """(The review: "With 200 metres to go she was still in the medals. „She was unlucky in the last bend.“" is about her.)"""
    doc = doc_of("Konstanze Klosterhalfen finished fifth in the 5000 m in 14:52,30. With 200 metres to go she was still in the "
                 "medals. „She was unlucky in the last bend.“")
    assert [speaker_of(q) for q in doc.spans["quotes"]] == [None]


@pytest.mark.parametrize(
    ("text", "not_the_speaker"),
    [
        ('Tigist Ketema won the Dubai Marathon in 2:16:07. Her coach, Haji Adilo, watched from the finish area.\n\nSpeaking to ENA after the race, the 61-year-old said that he had never doubted her.\n\n"She trained harder than anyone in the group this winter."',
         'Tigist Ketema'),
        ('Faith Kipyegon won the 1500m in 3:49.04 ahead of Jessica Hull.\n\nSpeaking to Australian media, the silver medallist said that she was proud.\n\n"I ran my own race."',
         'Faith Kipyegon'),
        ('Hellen Obiri won the Boston Marathon in 2:27:37 ahead of Sharon Lokedi.\n\nSpeaking to the press, the winner said that she was tired.\n\n"She ran a perfect race," according to Obiri\'s coach, Dathan Ritzenhein.',
         'Hellen Obiri'),
        ('Cole Hocker won the men\'s 1500m in 3:27.65. Faith Kipyegon won the women\'s 1500m in 3:49.04.\n\nSpeaking to reporters, the men\'s champion said that he had believed all along that he could win a medal here.\n\n"Nobody expected me to win, but I always believed I could do it."',
         'Faith Kipyegon'),
    ],
    ids=['a-coach-described', 'the-silver-medallist', 'a-quote-with-its-own-speaker', 'the-men-s-champion-after-a-woman'],
)
def test_quotes_a_description_after_a_participle_s_phrase_is_not_the_last_athlete(doc_of, text: str, not_the_speaker: str) -> None:
    """The review of e7c3763 (taken back): "Speaking to ENA after the race, the 61-year-old said ..." of a coach, "the silver
    medallist", "the men's champion" after a woman's race, a quote with its own speaker after it: none is the last athlete
    named or the winner."""
    assert not_the_speaker not in [speaker_of(q) for q in doc_of(text).spans["quotes"]]


@pytest.mark.xfail(reason="taken back after the review: the winner spoken of last counted any mention (an aside, a possessive, a "
                   "beaten rival's place), giving a later winner's quote to the first", strict=True)
def test_quotes_the_winner_is_the_one_spoken_of_last(doc_of) -> None:
    """Two winners told, "said the winner" after a paragraph on the first: the winner spoken of last, not the one whose win was
    told last (the headline's second)."""
    text = ("Chebet and Kipyegon win in Eugene\n\nBeatrice Chebet won the 5000m in 14:09.52. Faith Kipyegon won the 1500m in "
            "3:49.11 an hour later.\n\nChebet had led from the bell and held off Tsegay down the straight.\n\n"
            "\"I knew I had the kick,\" said the winner.")
    assert quotes(doc_of(text)) == [("I knew I had the kick,", "Beatrice Chebet")]


def test_quotes_a_description_after_its_speech_verb_then_a_participle(doc_of) -> None:
    """'"...," said the Belgian laughing.' (translated, no comma before the participle): the Belgian's."""
    text = ('Bashir Abdi (BEL) was third in 2:06:03. "I met the man with the hammer at 38 kilometre," said the Belgian laughing. '
            '"Third is also fine."')
    assert quotes(doc_of(text)) == [("I met the man with the hammer at 38 kilometre,", "Bashir Abdi"), ("Third is also fine.", "Bashir Abdi")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Joshua Cheptegei won the 10,000m in 26:50.20. Later Yomif Kejelcha won the 5000m in 12:58.10, a day after watching '
         'Cheptegei train on the same track. "I felt strong over the last lap," said the winner.', "Yomif Kejelcha"),
        ('Sifan Hassan won the 5000m in 14:30.10. Faith Kipyegon won the 1500m in 3:55.10, with Hassan eighth. "I was tired," said '
         'the winner.', "Faith Kipyegon"),
        ('Jakob Ingebrigtsen won the 5000m in 13:01.10. Cole Hocker won the 1500m in 3:27.65, with Ingebrigtsen fourth in 3:28.10. '
         '"I trusted my kick," said the champion.', "Cole Hocker"),
    ],
    ids=["an-aside-after-the-win", "a-beaten-rival-s-place", "a-rival-fourth"],
)
def test_quotes_the_winner_after_a_rival_named_in_passing(doc_of, text: str, speaker: str) -> None:
    """The review's probes for the winner spoken of last (taken back): a rival named in passing after the last win told is no
    winner of the quote."""
    assert [s for _, s in quotes(doc_of(text))] == [speaker]


def test_quotes_a_participle_after_another_s_description_is_not_theirs(doc_of) -> None:
    """A review's probe: '"He was too strong," said the manager of the Ethiopian smiling.' is the manager's, no athlete's."""
    text = 'Bashir Abdi (BEL) won in 2:06:10, with Tamirat Tola (ETH) second. "He was too strong," said the manager of the Ethiopian smiling.'
    assert quotes(doc_of(text)) == [("He was too strong,", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Domenika Mayor won the women\'s 10km in 32:10 in Nairobi. The Mayor of Nairobi presented the trophy. "We are proud to host '
         'this race every year," said the Mayor.', None),
        ('Kyree King won the 100m in 10.05. The King of Spain was in the stands. "What a race," said the King.', None),
        ('Abhishek Pal won the 10,000m in 28:45.10. Coach Sanjay Pal said the plan had worked. "He was ready for this," said Pal.',
         "Sanjay Pal"),
    ],
    ids=["the-mayor-of", "the-king", "two-pals"],
)
def test_quotes_a_role_s_word_alone_after_the_or_borne_by_two(doc_of, text: str, speaker: str | None) -> None:
    """A review's probes: a role's word that an athlete bears as a surname, said alone after "the" ("said the Mayor") or borne
    by two people ("Abhishek Pal", "Coach Sanjay Pal", then "said Pal": the coach who spoke last), is not the athlete's."""
    assert [s for _, s in quotes(doc_of(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Emily Judge won the 5km in 15:40 in Dublin. "It was hard in the wind," said Judge of Dublin City Harriers.', "Emily Judge"),
        ('Results: 1. A. Pal (IND) 28:45.10; 2. G. Singh (IND) 28:50.20.\n\nAbhishek Pal won the national 10,000m title. "I was '
         'ready for this," said Pal.', "Abhishek Pal"),
    ],
    ids=["said-judge-of-a-club", "an-initial-is-no-second-pal"],
)
def test_quotes_what_the_review_of_the_mends_found(doc_of, text: str, speaker: str) -> None:
    """The third review's probes: a role's word as a surname before a club's "of" is the athlete's; an initial ("A. Pal") is no
    second person bearing it."""
    assert [s for _, s in quotes(doc_of(text))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wanyonyi won the 800m in 1:43.28 ahead of Gabriel Tual.\n\n«I am angry, frankly. I had the legs to win,» breathed Tual "
         "in the mixed zone.", "Gabriel Tual"),
        ('Jenny Simpson won the 1500m in 4:05.40.\n\nJason Simpson put it more simply. "She has been running since she was 12," he '
         'said.', "Jason Simpson"),
    ],
    ids=["breathed-tual", "a-brother-put-it"],
)
def test_quotes_a_breath_s_speech_and_a_subject_who_puts_it(doc_of, text: str, speaker: str) -> None:
    """'«...,» breathed Tual' (French copy's "souffle", translated) attributes speech; "Jason Simpson put it more simply.
    "...," he said" is his, a person not an athlete, not the athlete Simpson told of before him."""
    assert [s for _, s in quotes(doc_of(text))] == [speaker]


def test_quotes_guaranteed_attributes_speech(doc_of) -> None:
    """'"I made the race for everybody and I do not regret", guaranteed Muniz' (Portuguese "garantiu", translated)."""
    text = ('Lucas Carvalho won the 800m in 1min45s32 ahead of Rafael Muniz.\n\n"I made the race for everybody and I do not '
            'regret", guaranteed Muniz.')
    assert [s for _, s in quotes(doc_of(text))] == ["Rafael Muniz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Yemaneberhan Crippa won the 10,000m in 27:46.13.\n\nCrippa has been through the mixed zone. "Che gara!" he shouts.',
         "Yemaneberhan Crippa"),
        ('Ichitaka Yamashita was the top Japanese in 2:05:59.\n\n"Honestly, the second half was painful," Yamashita player said.',
         "Ichitaka Yamashita"),
        ('Daniel Nascimento was third in 44:10 and was received with shouts of "Daniel, Daniel" in the last 500 meters.', None),
    ],
    ids=["he-shouts", "yamashita-player-said", "shouts-of-is-no-verb"],
)
def test_quotes_shouts_and_a_player_s_speech(doc_of, text: str, speaker: str | None) -> None:
    """'"Che gara!" he shouts'; '," Yamashita player said' (Japanese "senshu" translated, between the name and the verb); not
    'shouts of "Daniel, Daniel"', a crowd's chant named by a noun (no speech)."""
    got = quotes(doc_of(text))
    assert ([s for _, s in got] == [speaker]) if speaker else got in ([], [("Daniel, Daniel", None)])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Coach Patrick Sang was blunt. "She was too strong today." Hassan breathed a sigh of relief after winning in 2:18:33.',
         "Patrick Sang"),
        ('Hassan spoke after the heats. "I am happy with my shape." Kipyegon guaranteed her place in the final with 3:58.10.',
         "Sifan Hassan"),
    ],
    ids=["breathed-a-sigh", "guaranteed-her-place"],
)
def test_quotes_what_the_review_of_the_stop_s_verbs_found(doc_of, text: str, speaker: str | None) -> None:
    """The review's probes: "breathed", "guaranteed" attribute speech only right after the words, before their speaker (the
    coach's quote is his, the sentence before it opening on him after his role, not Hassan's)."""
    assert [s for _, s in quotes(doc_of(text))] == [speaker]


@pytest.mark.parametrize("text", ["Nike offered a bonus for the world record. Kiptum won in 2:00:35.",
                                  "Omega guaranteed accurate timing, and Kerr won the 1500m in 3:29.38."],
                         ids=["nike-offered", "omega-guaranteed"])
def test_quotes_a_brand_s_verb_makes_it_no_person(doc_of, text: str) -> None:
    """The review's probes: a brand before "offered" or "guaranteed" is no athlete."""
    assert not {s.text for s in doc_of(text).spans["athletes"]} & {"Nike", "Omega"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is the best day of my life." Whispered rumours said Hassan was injured before her 14:30.10 heat.', None),
        ('Kerr won the 1500m in 3:29.38. Coach Danny Mackey put an arm around him. "I knew I could do it," he said.', "Kerr"),
    ],
    ids=["whispered-rumours", "put-an-arm"],
)
def test_quotes_what_the_second_review_of_this_stop_found(doc_of, text: str, speaker: str | None) -> None:
    """The second review's probes: "Whispered" opening a sentence is no inverted speech verb; "put an arm around him" makes the
    coach no subject a pronoun stands for (only "put it")."""
    assert [s for _, s in quotes(doc_of(text))] == [speaker]


def test_quotes_shouts_from_the_stands_is_no_speech(doc_of) -> None:
    """The second review's probe: 'Kipyegon's "home run" drew shouts from the stands' is a scare quote, no speech."""
    doc = doc_of('Kipyegon\'s "home run" drew shouts from the stands as she won the 1500m in 3:50.11.')
    assert [s for _, s in quotes(doc) if s is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("»5000m: Beatrice Chebet 14:05.20, Gudaf Tsegay 14:09.11", []),
        ("Faith Kipyegon won the 1500m in 3:50.72 (»Video). \"It felt easy,\" said Kipyegon.", [("It felt easy,", "Faith Kipyegon")]),
        ("Kipyegon won in 3:50.72 ahead of Laura Muir. \"Faith is a legend,\" said Muir (»interview).",
         [("Faith is a legend,", "Laura Muir")]),
        ("Agnes Ngetich ran 28:46 at the 10K in Valencia. 'It was incredible,' she said. »Read the full interview",
         [("It was incredible,", "Agnes Ngetich")]),
        ("Faith Kipyegon won in 3:50.72. »I was feeling great, said Kipyegon. Jessica Hull was second in 3:51.10.", []),
    ],
    ids=["a-bullet-s-arrow", "a-link-in-a-bracket", "an-interview-link", "a-read-more-link", "never-closed"],
)
def test_quotes_what_the_review_of_the_thirteenth_stop_found(doc_of, text: str, expected: list) -> None:
    """The review's probes: a right guillemet opens a quote only where a closing mark follows in its paragraph (« or a » after
    a word), before a letter: a bullet's or a link's arrow ("»5000m:", "(»Video)", "»Read the full interview") opens none."""
    assert [(q.text, speaker_of(q)) for q in doc_of(text).spans["quotes"]] == expected


def test_quotes_a_pronoun_after_an_adverb_s_comma_opening_the_sentence_before(doc_of) -> None:
    """"Afterwards, she credited teammate Taryn Cho ... "Taryn talked me through the first 3K."": the pronoun after an
    adverb's comma opens the sentence as its subject, the speaker the one it stands for (not the teammate named as an
    object)."""
    doc = doc_of("\"I have been scared of this event for three years,\" McGrath said after the race.\n\nAfterwards, she credited "
                 "teammate Taryn Cho, who ran a personal best of 33:02.87 in seventh, for the early-race help. \"Taryn talked me "
                 "through the first 3K. She told me to keep breathing.\"")
    assert [speaker_of(q) for q in doc.spans["quotes"]] == ["McGrath", "McGrath"]


def test_quotes_a_danish_quote_opening_on_a_number(doc_of) -> None:
    """The second review's probe: a right guillemet opens a quote before a number too, where its closing mark follows."""
    doc = doc_of("Jakob Ingebrigtsen vandt 5000 m i 12:55.10. »5000 meter er det sjoveste,« sagde han.")
    assert [q.text for q in doc.spans["quotes"]] == ["5000 meter er det sjoveste,"]


@pytest.mark.xfail(strict=True, reason="taken back after the third review: an object set off after a verb of credit is as often "
                                       "the next quote's speaker ('Moss thanked her coach, Artie Smith, who has guided her since her "
                                       "freshman year. \"...,\" he said'): the pronoun is told by the sex the text never gives here")
def test_quotes_a_pronoun_passes_an_object_s_apposition_with_a_relative_clause(doc_of) -> None:
    """A coach set off after an object with a relative clause ("credited his coach, Surendra Bhandari, who followed the race")
    is no subject a later "he" stands for: the sentence's subject is."""
    doc = doc_of("Anish Thapa won the Indian title in 2:17:23.\n\nThapa credited his coach, Surendra Bhandari, who followed the race "
                 "from the lead vehicle.\n\n\"Sir told me to run my own race,\" he said.")
    assert quotes(doc) == [("Sir told me to run my own race,", "Anish Thapa")]


def test_quotes_rued_attributes(doc_of) -> None:
    doc = doc_of("Man Singh held off Gopi Thonakal for second place.\n\n\"The cramp came at 36 km. Nothing I could do,\" Gopi rued.")
    assert quotes(doc) == [("The cramp came at 36 km. Nothing I could do,", "Gopi Thonakal")]


@pytest.mark.parametrize(
    "text",
    ["Kate Lee won in 2:30:00.\n\n\"You're under! You're under!\" she yelled.",
     "Kate Lee won in 2:30:00.\n\n\"I'm done! I'm done!\" she said."],
    ids=["yelled", "said"],
)
def test_quotes_a_short_quote_of_two_sentences_with_its_verb_after(doc_of, text: str) -> None:
    """A short quote whose first sentence ends inside its marks has the verb of the sentence it closes in."""
    assert quotes(doc_of(text)) == [(text.split('"')[1], "Kate Lee")]


def test_quotes_another_quote_s_verb_is_not_a_word_s(doc_of) -> None:
    """A speech verb right before another quote is that quote's, not a quoted word's later in the sentence."""
    doc = doc_of("Down the backstretch Dave grabbed my arm and yelled \"He's gonna get him!\" and I did not know which \"him\" he meant.")
    assert [q.text for q in doc.spans["quotes"]] == ["He's gonna get him!"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Anna Holt won the 3000m steeplechase in 9:31.20. Her coach, Jenna Fraser, who trained her in Flagstaff, Arizona, was "
      "delighted. \"She was so patient,\" she said.", [("She was so patient,", "Jenna Fraser")]),
     ("Nina Park won the 1500m in 4:06.22. Her coach, Jenna Fraser, who ran 4:05.8 in her day, was delighted. \"She was "
      "fearless,\" she said.", [("She was fearless,", "Jenna Fraser")]),
     ("Coach Ray Flynn said \"relax\" and \"be patient\" before the race, and Ross won the 800m in 1:46.10.",
      [("relax", "Ray Flynn"), ("be patient", "Ray Flynn")]),
     ("Fans yelled as the \"Flying Finn\" look-alike passed the stands in the 10,000m.", []),
     ("The documentary \"Run. Rest. Repeat.\" was shown after the race, and Kerr said he enjoyed it.", [])],
    ids=["a-coach-s-relative-clause-with-commas", "a-coach-s-relative-clause-with-a-time", "one-verb-two-quotes",
         "yelled-as-no-speech", "a-title-of-sentences"],
)
def test_quotes_the_reviews_of_this_stop_s_quotes(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(q.text, q._.speaker_name) for q in doc_of(text).spans["quotes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Nina Park won the 1500m in 4:06.22, and afterwards the coach, Andy Young, was delighted. \"She was fearless,\" he said.",
      [("She was fearless,", "Andy Young")]),
     ("Nina Park won the 1500m in 4:06.22. As always the meet director, Ray Flynn, was at the finish line. \"It was a great night,\" "
      "he said.", [("It was a great night,", "Ray Flynn")]),
     ("Yells of \"Go Jake!\" rang out as Ross won the 800m in 1:46.10.", []),
     ("Flynn shouted \"He's gonna get him!\" and nobody knew which \"him\" he meant as Ross won the 800m in 1:46.10.",
      [("He's gonna get him!", "Flynn")])],
    ids=["afterwards-the-coach", "as-always-the-director", "yells-of-a-crowd", "nobody-knew-which"],
)
def test_quotes_the_second_review_s_quotes(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(q.text, q._.speaker_name) for q in doc_of(text).spans["quotes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ella Moss won the 800m in 2:01.40. Moss thanked her coach, Artie Smith, who has guided her since her freshman year. \"She "
      "trusted the plan from the gun,\" he said.", [("She trusted the plan from the gun,", "Artie Smith")]),
     ("Nina Park won the 1500m in 4:06.22. Park thanked her coach, Andy Young, who was in tears in the stands. \"She has worked so "
      "hard for this,\" he said.", [("She has worked so hard for this,", "Andy Young")]),
     ("Sarah Hale won the 5000m in 15:02.10. As she came down the final straight the crowd chanted \"Ha-le! Ha-le!\" Hale admitted "
      "afterwards she had goosebumps.", [])],
    ids=["a-thanked-coach-speaks", "a-thanked-coach-in-tears", "a-crowd-s-chant"],
)
def test_quotes_the_third_review_s_quotes(doc_of, text: str, expected: list[tuple]) -> None:
    assert [(q.text, q._.speaker_name) for q in doc_of(text).spans["quotes"] if q._.speaker_name] == expected


def test_quotes_a_crowd_s_yell_is_no_runner_s(doc_of) -> None:
    """The third review's probe: "yelled" before a quote is no speech verb (a crowd's words go to the name they call, as before
    this stop with "screamed": not mended)."""
    doc = doc_of("Faith Kipyegon won the 1500m in 3:52.10. The crowd yelled \"Faith! Faith!\" as she came off the final bend.")
    assert [q._.speaker_name for q in doc.spans["quotes"]] in ([], [None])


@pytest.mark.parametrize(
    "text",
    ["Lucy Dobson rued the \"sit-and-kick\" tactics that cost her a medal in the 1500m, where she finished fourth in 4:10.31.",
     "Tom Briggs bemoaned the \"washboard\" back straight after finishing third in the 5000m in 13:50.21.",
     "The men's 1500m went to Declan Whitaker in 3:41.02. The crowd yelled throughout, and the famous \"Whitaker kick\" duly arrived."],
    ids=["rued-a-tactic", "bemoaned-a-straight", "yelled-then-a-nickname"],
)
def test_quotes_the_third_review_s_scare_quotes(doc_of, text: str) -> None:
    assert quotes(doc_of(text)) == []


def test_quotes_a_second_quote_after_you_could_believe_it(doc_of) -> None:
    doc = doc_of("Anna Lowe won the 10,000m in 31:40.22. She said \"I'm fine\" and you could believe it: \"my calf held up.\"")
    assert "my calf held up." in [q.text for q in doc.spans["quotes"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sarah Hale won the Leeds Abbey Dash in 32:10. \"Ha-le! Ha-le!\" Hale felt the noise carry her up the last hill.", []),
     ("Kerr finished second in the 1500m in 4:03.10. Kerr said \"we were flat\" and that she had \"never found a rhythm.\"",
      ["we were flat", "never found a rhythm."])],
    ids=["a-chant-then-a-feeling", "reported-speech-that-she-had"],
)
def test_quotes_the_fourth_review_s_quotes(doc_of, text: str, expected: list[str]) -> None:
    assert [q.text for q in doc_of(text).spans["quotes"]] == expected


def test_quotes_he_said_after_a_sentence_whose_he_was_an_owner_s(doc_of) -> None:
    """"... quicker than Mahlangu's own Drummond split ..., and he admitted it had frightened him. "...," he said": the owner
    that sentence's "he" stood for, not the last runner named before it."""
    doc = doc_of("At Cato Ridge on Sunday, Lucky Mahlangu looked beaten. Ethiopian debutant Tadesse Gebru had gone through the "
                 "checkpoint in 3:33:05, and Mahlangu followed in 3:33:40.\n\nTwo hours later Mahlangu won in 5:27:48.\n\nA lead bunch "
                 "of 14 went through Cowies Hill (17.2km) in 1:04:30, and by Drummond (43.1km), the halfway mark, only Mahlangu and "
                 "Gebru were left at the front, side by side in 2:39:12.\n\nThat was some three minutes quicker than Mahlangu's own "
                 "Drummond split of 2:42:15 on the last up run, and he admitted afterwards that it had frightened him.\n\n\"When I "
                 "saw the clock at Drummond I thought this is too fast,\" he said.")
    assert [q._.speaker.label_ for q in doc.spans["quotes"]] == ["Lucky Mahlangu"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Kelvin Kiptum won in 2:01:25. He broke Eliud Kipchoge's course record by 16 seconds, and he dedicated it to his family. "
      "\"This is for my children,\" he said.", "Kelvin Kiptum"),
     ("Beatrice Chebet won the 5000m in 14:28.1 ahead of Faith Kipyegon. She was far from Kipyegon's world record, but she did "
      "not mind. \"Today was about gold,\" she said.", "Beatrice Chebet")],
    ids=["he-broke-another-s-record", "she-was-far-from-another-s-record"],
)
def test_quotes_the_fifteenth_stop_s_review_of_owners(doc_of, text: str, speaker: str) -> None:
    """The review's probes: a sentence opened by "He"/"She" standing for the runner named before keeps that pronoun's runner,
    whoever's record it names."""
    assert [q._.speaker.label_ for q in doc_of(text).spans["quotes"]] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Bernard Tarus won the Seoul Marathon in 2:06:09.\n\n"At 30km the pace makers went out and I thought, now is my time," '
      "Tarus after the race in the interview said.", "Bernard Tarus"),
     ('Bernard Tarus won in 2:06:09 ahead of Abebe Tollosa.\n\n"It was a hard day for everyone," Tollosa, who was second, '
      "told reporters.", "Abebe Tollosa")],
    ids=["the-speech-verb-ending-the-clause", "a-relative-clause-between"],
)
def test_quotes_a_speech_verb_ending_the_clause_after_the_name(doc_of, text: str, speaker: str) -> None:
    """Korean and Japanese copy translated puts the speech verb at the clause's end ('," Tarus after the race in the interview
    said.'), English a relative clause between ('," Tollosa, who was second, told reporters.'): the name before it speaks."""
    (quote,) = doc_of(text).spans["quotes"]
    assert quote._.speaker is not None and quote._.speaker.label_ == speaker


def test_quotes_a_full_name_written_as_one_word(doc_of) -> None:
    """Chinese copy translated may write a name's two words as one ("Hejie" for He Jie): the same speaker."""
    doc = doc_of("China's He Jie was fourth in 2:09:14, the best Chinese man.\n\n\"Next I will go back to Kunming to train,\" Hejie said.")
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["He Jie"]


def test_quotes_a_clause_of_another_speaker_after_the_name(doc_of) -> None:
    """The review's probe: '"Keep going," Tarusu heard as the coach at the roadside said.': the coach's words, not Tarusu's."""
    doc = doc_of('Bernard Tarusu won in 2:08:40.\n\n"Keep going," Tarusu heard as the coach at the roadside said.')
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] != ["Bernard Tarusu"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Edwin Kibet Rono won the trial in 27:41. Josphat Kiprotich led the first kilometre.\n\nI caught Rono by the tunnel, still '
      'dripping. "The last 100 metres I was not seeing anything," he told me.', "Edwin Kibet Rono"),
     ('Edwin Kibet Rono won the trial in 27:41, ahead of Josphat Kiprotich.\n\n"I came here to win," Rono said. "I beat Kiprotich '
      'on the last lap." He smiled.\n\n"It was hard," he added.', "Edwin Kibet Rono")],
    ids=["the-writer-s-object", "a-quote-s-i-is-the-speaker-s"],
)
def test_quotes_a_pronoun_after_the_writer_s_own_sentence(doc_of, text: str, speaker: str) -> None:
    """A blog's "I caught Rono by the tunnel. "...," he told me": Rono, the object of the writer's own sentence (not an object
    in a quote's "I beat Kiprotich")."""
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc_of(text).spans["quotes"]][-1] == speaker


def test_quotes_what_another_said_after_the_name(doc_of) -> None:
    """The second review's probe: '"Stay calm," Tarusu remembered what his coach said.': the coach's words."""
    doc = doc_of('Bernard Tarusu won in 2:08:40.\n\n"Stay calm," Tarusu remembered what his coach said.')
    assert [q._.speaker for q in doc.spans["quotes"]] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Josh Kerr won the 1500m in 3:31.20. I watched him outkick Jake Wightman on the home straight. "I timed it right," he said.',
      "Josh Kerr"),
     ("Peres Jepchirchir won in 2:22:10 ahead of Tigst Assefa. The Ethiopian record of 2:11:53 was never under threat in the heat. "
      '"It was too hot for fast times," she said.', "Peres Jepchirchir")],
    ids=["the-writer-s-sentence-with-a-pronoun-before-its-object", "a-description-of-a-thing"],
)
def test_quotes_the_sixteenth_stop_s_third_review(doc_of, text: str, speaker: str) -> None:
    """The third review's probes: "I watched him outkick Jake Wightman" keeps "he" for Kerr; "The Ethiopian record of 2:11:53
    was never under threat" describes no runner."""
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc_of(text).spans["quotes"]] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Uma hid in the tail of the pack "like the cat who waits the mouse", according to the expression of the director of the race, '
      "Sylvain Bordier.", "Sylvain Bordier"),
     ('Kipchoge was "in a class of his own", according to his coach, Patrick Sang.', "Patrick Sang"),
     ('Kipchoge was "in a class of his own", according to Patrick Sang.', "Patrick Sang")],
    ids=["the-expression-of-a-role-then-its-name", "a-role-then-its-name", "a-name-right-after"],
)
def test_quotes_according_to_a_role_then_its_name(doc_of, text: str, speaker: str) -> None:
    """'"...", according to the expression of the director of the race, Sylvain Bordier' (French copy translated) and
    "according to his coach, Patrick Sang": the name set off after the role is the speaker's."""
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc_of(text).spans["quotes"]] == [speaker]


def test_quotes_according_to_a_pronoun_before_a_quote(doc_of) -> None:
    """'According to him, "Gideon was too strong at the end."' (Nigerian copy): the one the pronoun stands for speaks."""
    doc = doc_of("Gideon Dalyop won in 29:14. The runner-up, Nanbol Pwajok, was full of praises for the winner. According to him, "
                 "\"Gideon was too strong at the end.\"")
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["Nanbol Pwajok"]


def test_quotes_a_shared_surname_is_the_one_the_text_calls_by_it(doc_of) -> None:
    """Two brothers named Korir: the bare "Korir" the report keeps calling the winner by is the winner, though his brother was
    named in full since (not the nearest named in full)."""
    doc = doc_of("Kenya's John Korir won the Boston Marathon in 2:04:45, 13 years after his older brother Wesley took the title. Korir, "
                 "who won the Chicago Marathon in 2:02:44, was 19 seconds clear.\n\nWesley Korir won a hot edition of the race in 2012 "
                 "in 2:12:40.\n\n\"I listened to him,\" Korir told reporters.")
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["John Korir"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Renato Canova, Kiplimo's coach, was pleased. According to him, \"Jacob was in top form.\"", "Renato Canova"),
     ("Coach Renato Canova watched Kiplimo win. According to him, \"Jacob can run 57 minutes in the half.\"", "Renato Canova")],
    ids=["a-coach-set-off-before-the-athlete-s-name", "a-coach-watching"],
)
def test_quotes_according_to_him_is_the_sentence_before_s_subject(doc_of, text: str, speaker: str) -> None:
    """The review's misfires, mended: "According to him" is the subject of the sentence before (the coach), not the athlete
    named in it."""
    assert [q._.speaker_name for q in doc_of(text).spans["quotes"]] == [speaker]


def test_quotes_corner_brackets_glued_to_a_colon(doc_of) -> None:
    """'Huang Yi-ting said:「Originally the target was ...」' (Chinese copy translated): the quote is the words inside the corner
    brackets, the opening bracket split from the word it is glued to."""
    doc = doc_of("Huang Yi-ting ran 2:41:30. Huang Yi-ting said:「Originally the target was to enter 2 hours 45 minutes, very "
                 "touched.」 Wu Pei-ling was next.")
    assert [q.text for q in doc.spans["quotes"]] == ["Originally the target was to enter 2 hours 45 minutes, very touched."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huang Yi-ting ran 2:41:30. Huang said:「Originally the target was 2:10.」Lin Cheng-hao, who ran 2:14:05, said:「I was tired.」",
         [("Originally the target was 2:10.", "Huang Yi-ting"), ("I was tired.", "Lin Cheng-hao")]),
        ("Wang Chun-yu won in 1:04:05. Wang Chun-yu said:『I wanted to break 1:05.』", [("I wanted to break 1:05.", "Wang Chun-yu")]),
    ],
    ids=["closing-glued-to-the-next-name", "double-corners"],
)
def test_quotes_corner_brackets_closing_glued_and_doubled(doc_of, text: str, expected: list) -> None:
    """A closing corner bracket glued to the next word ('2:10.」Lin') ends its quote there; double corners (『...』) quote too
    when no single ones are open (a review's probes)."""
    got = [(q.text, q._.speaker.label_ if q._.speaker is not None else None) for q in doc_of(text).spans["quotes"]]
    assert got == expected


def test_quotes_a_speech_verb_after_a_phrase_of_when(doc_of) -> None:
    """'„...,“ after the finish said E. Kiprotičas' (translated): the phrase of when before the verb, the speaker after it."""
    doc = doc_of("Evans Kiprotičas won in 2:13:49.\n\n„In the morning it was cold, my legs were like wood,“ after the finish said "
                 "E. Kiprotičas, who runs the marathon only third time.")
    assert [q._.speaker.label_ if q._.speaker is not None else None for q in doc.spans["quotes"]] == ["Evans Kiprotičas"]


def test_quotes_a_coach_named_with_his_club_speaks_by_pronoun(doc_of) -> None:
    """'Her coach, Dave Lindquist of Twin Cities Track Club, was almost more emotional than she was. "...," he said': the coach
    (no athlete), not the runner the sentence's "she" stands for."""
    doc = doc_of("Kaitlyn Sorensen was second in 2:28:40.\n\nHer coach, Dave Lindquist of Twin Cities Track Club, was almost more "
                 "emotional than she was. \"She has been getting up early for three years,\" he said.")
    assert [q._.speaker.label_ for q in doc.spans["quotes"]] == ["Dave Lindquist"]


def test_quotes_guillemets_close_on_their_own_mark(doc_of) -> None:
    """'«We had 14,000 on the stand. With Jakob in the "Dream Mile"-week it is always a party,» says Aasland.': one quote, closed
    by its guillemet (not by the double mark inside it), its speaker the meet director."""
    doc = doc_of("Jakob Ingebrigtsen won in 12:52.84.\n\nThe meet director Kjersti Aasland was very pleased.\n\n«We had 14,000 on "
                 "the stand. With Jakob in the \"Dream Mile\"-week it is always a party,» says Aasland.")
    assert [(q.text[:10], q._.speaker.label_) for q in doc.spans["quotes"]] == [("We had 14,", "Kjersti Aasland")]


def test_quotes_a_physio_named_by_a_given_name_alone_is_no_athlete(doc_of) -> None:
    """"my physio Dan put it bluntly: ..." then "The plan Dan and I agreed", "Dan texted": a physio throughout, no athlete."""
    doc = doc_of("Ruth Ellison ran 19:40 at parkrun.\n\nAfter the hamstring went in March, my physio Dan put it bluntly: \"You can run, "
                 "Ruth, but you can't race.\" So that was that.\n\nThe plan Dan and I agreed was simple: nothing quicker than 4:35 "
                 "per km until 7K.\n\nDan texted that evening: \"Told you. Patience.\" I will take it.")
    assert "Dan" not in {s.label_ for s in doc.spans["athletes"]}


def test_quotes_the_owner_of_a_time_a_verb_confirms_is_still_the_antecedent(doc_of) -> None:
    """The review of this stop's rules: only a verb of aiming at or breaking a mark makes its owner no antecedent; "The
    photo-finish confirmed Hodgkinson's winning time of 1:56.34. "...," she said" is hers."""
    text = ("Mary Moraa set the early pace in the 800m but faded to second in 1:57.10.\n\nThe photo-finish confirmed Hodgkinson's "
            "winning time of 1:56.34. \"I'm really happy with that,\" she said.")
    assert [speaker for _, speaker in quotes(doc_of(text))] == ["Keely Hodgkinson"]


def test_quotes_a_class_year_stands_for_the_runner_it_introduced(doc_of) -> None:
    """US college copy: "the senior said" is the runner introduced as "Senior Anna Brekke", not the one named last (a sophomore
    or a teammate third)."""
    text = ("BROOKINGS, S.D. – Senior Anna Brekke set a facility record in the 3000 meters and sophomore Caleb Lindqvist claimed "
            "the 5000 meters.\n\nBrekke crossed the line in 9:06.58. Jackrabbit teammate Sophie Kranz was third in 9:15.06.\n\n"
            "\"Honestly, I didn't look at the clock until the last lap,\" the senior said.")
    assert quotes(doc_of(text)) == [("Honestly, I didn't look at the clock until the last lap,", "Anna Brekke")]


def test_quotes_what_the_review_of_11ba312_found(doc_of) -> None:
    """The review of this stop's rules: "Senior Associate AD Mark Stone" is a job, no class year introducing a runner; "the senior
    said" after it is not that name's."""
    text = ("Senior Associate AD Mark Stone presented the trophy to Anna Brekke, who won in 15:40.10. \"She earned it,\" the senior "
            "said.")
    assert [speaker for _, speaker in quotes(doc_of(text))] != ["Associate AD Mark Stone"]


def test_quotes_a_role_before_the_subject_the_quote_follows(doc_of) -> None:
    """'Race director Selim Karadag evaluated the day. "Despite the wind, ...' is his, and '"Next year ...," he added' in the
    paragraph after goes on with him (not the athlete quoted before him)."""
    doc = doc_of('Hillary Kiptum Chepkwony won in 2:08:51. "The bridge was very windy," said Chepkwony.\n\nRace director Selim '
                 'Karadag evaluated the day to the journalists. "Despite the wind, we had a fast race and a clean organization.\n\n'
                 '"Next year we want to bring more athletes to the course," he added.')
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Chepkwony", "Selim Karadag", "Selim Karadag"]


def test_quotes_a_description_for_a_surname_spelled_the_german_way(doc_of) -> None:
    """"Tscheruiyot" (German copy's "tsch" for "ch") is Bernard Cheruiyot, so "said the Kenyan" after the splits he led is his, not
    the Kenyan woman's named before him."""
    doc = doc_of("The Kenyan Bernard Cheruiyot won the Vienna City Marathon in 2:06:12 hours. With the women won Genet Abebe in 2:23:05, ahead of "
                 "the Kenyan Purity Chepkirui (2:23:58).\n\nThen made the pace makers Schluss and Tscheruiyot took the thing in his own "
                 'hand.\n\n"At kilometre 30 I have seen that the others are tired," said the Kenyan.')
    assert [q._.speaker.label_ for q in doc.spans["quotes"]] == ["Bernard Cheruiyot"]
    assert {a.label_ for a in doc.spans["athletes"]} == {"Bernard Cheruiyot", "Genet Abebe", "Purity Chepkirui"}


def test_quotes_the_winner_of_a_victory_celebrated_by_them(doc_of) -> None:
    """"the victory was celebrated by the representative of Kenya Dominik Kiptu Rutto": "said the winner" is his, not the
    runner named last."""
    doc = doc_of("Among men the victory was celebrated by the representative of Kenya Dominik Kiptu Rutto, who covered the distance in "
                 "2:11:49. Second place at the Kenyan Nikolas Kimeli Kipshirshir with the result 2:12:20.\n\n\"The course in Almaty is "
                 "not easy,\" said the winner.")
    assert [speaker_of(q) for q in doc.spans["quotes"]] == ["Dominik Kiptu Rutto"]


def test_quotes_a_french_incise_with_a_few_words_after_the_name(doc_of) -> None:
    """« I did not want to panic, said Bonnet at the arrival. I know that the climb towards Vissoie is long. »: the speaker the
    incise inside the marks names, a few words of where after the name, as French copy translated writes it (not Delorenzi, named
    last before the quote)."""
    doc = doc_of("Rémi Bonnet won the mountain race in 1h58'44. Patrick Kipngeno was second and Roberto Delorenzi third.\n\nDelorenzi "
                 "had led at Niouc. « I did not want to panic, said Bonnet at the arrival. I know that the climb towards Vissoie is "
                 "long. »")
    assert [speaker_of(q) for q in doc.spans["quotes"]] == ["Rémi Bonnet"]


def test_quotes_a_victory_celebrated_by_a_crowd_names_no_winner(doc_of) -> None:
    """"The victory was celebrated by the crowd in Eldoret, while Benson Kipruto finished second": no winner named, so "said the
    winner" is no one's (not the runner-up's), the review's probe."""
    doc = doc_of("The victory was celebrated by the crowd in Eldoret, while Benson Kipruto finished second in 2:06:11. \"It was good,\" "
                 "said the winner.")
    assert [speaker_of(q) for q in doc.spans["quotes"]] == [None]


def test_quotes_one_word_with_a_figure_is_no_speech() -> None:
    """'has already said the words "sub-16:40" to me': one word with a figure in quotation marks is a mark, no one's speech (a
    word of speech is: '"Go!" he yelled')."""
    from pipeline.api import extract

    facts = extract("Rob won in 16:48. Steve has already said the words \"sub-16:40\" to me. \"Go!\" he yelled.")
    assert [q.text for q in facts.quotes] == ["Go!"]


@pytest.mark.parametrize(
    "text",
    ['Asked about her target, Obiri replied: "14:05." She ran 14:10.', '"3-1," said Kiprop when asked about his record against Cheptegei.'],
    ids=["a-time-answered", "a-score-said"],
)
def test_quotes_one_word_with_a_figure_said_as_a_sentence_is_speech(text: str) -> None:
    """A word with a figure closed by a stop or a comma inside its marks is an answer ('"14:05."', '"3-1," said Kiprop')."""
    from pipeline.api import extract

    assert len(extract(text).quotes) == 1


@pytest.mark.parametrize(
    "text",
    ["Kiplagat won in 44:31. The decision came on the famous climb, which the runners call of \"wall of the São Silvestre\".",
     "Georgia McKenzie won in 29:12. She described the swampy patch - known to generations of Otago harriers simply as \"the Bog\" - "
     "as the worst she had seen."],
    ids=["call-of-translated", "known-to-a-long-phrase-as"],
)
def test_quotes_a_name_given_after_a_long_or_translated_cue_is_no_quote(text: str) -> None:
    """'which the runners call of "wall of the São Silvestre"' (Portuguese translated) and 'known to generations of Otago harriers
    simply as "the Bog"': names, no one's speech."""
    from pipeline.api import extract

    assert extract(text).quotes == []


def test_quotes_a_name_and_a_comma_before_a_quote_in_running_text_is_no_heading() -> None:
    """'Eliud Kipchoge, "the greatest marathoner of all time" according to many, ran 2:02:42': a description quoted in running
    text, not a heading's speaker (only a bulleted heading line: '■ Yamaguchi, "the wall was higher than I thought"')."""
    from pipeline.api import extract

    facts = extract('Eliud Kipchoge, "the greatest marathoner of all time" according to many, ran 2:02:42 in Berlin.')
    assert [q.speaker for q in facts.quotes] in ([], [None])
    facts = extract('Haruka Yamaguchi was third in 2:21:37.\n\n■ Yamaguchi, "the wall was higher than I thought"\n\nShe said more.')
    assert [q.speaker for q in facts.quotes] == ["Haruka Yamaguchi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [('Jelle de Vries won the Marathon of Enschede in 2:09:12. Nicholas Kiprono, who last year in Seville 2:06:40 ran, was not sad. '
      '"Second here is not nothing," laughed he.', ["Nicholas Kiprono"]),
     ('Aster Bekele won the women\'s race in 2:27:06.\n\nSpeaking through an interpreter, Bekele said: "I am happy."\n\nAsked about the '
      'course record, she laughed. "Maybe next year, if it is cold."', ["Aster Bekele", "Aster Bekele"]),
     ('In the local men\'s category, Wong Kai-lok retained his title in 2:31:47.\n\n"I lost maybe a minute at the drinks table," said '
      'the 31-year-old civil servant, who was 27th overall.', ["Wong Kai-lok"])],
    ids=["laughed-he", "asked-about-then-she-laughed", "the-31-year-old-civil-servant"],
)
def test_quotes_what_the_twenty_ninth_stop_read(text: str, expected: list) -> None:
    """Dutch copy translated keeps the verb before its pronoun ('," laughed he'); a sentence opened by what the speaker was asked
    about ("Asked about the course record, she laughed.") introduces her words; an age with a job after it ("said the 31-year-old
    civil servant") describes the speaker."""
    from pipeline.api import extract

    assert [q.speaker for q in extract(text).quotes] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [('Tom Mills won the Leeds 10K in 29:50. "It is a great course," said the 45-year-old race director.', [None]),
     ('Tom Mills, 31, won the Leeds 10K in 29:50, with Ben Cole, 24, second in 30:10. "Tom was too strong," said the 24-year-old '
      'electrician.', ["Ben Cole"]),
     ('Jakob Ingebrigtsen won the 1500m in 3:29.10. "I felt strong today," laughed he after the race.', ["Jakob Ingebrigtsen"])],
    ids=["an-age-and-a-role", "the-age-the-text-gives", "laughed-he-after"],
)
def test_quotes_what_the_twenty_ninth_stop_s_review_found(text: str, expected: list) -> None:
    """The review of this stop's rules: an age with a role after it ("the 45-year-old race director") is no runner; an age the text
    gives a runner ("Ben Cole, 24,") is that runner's; '," laughed he after the race' (words after the pronoun)."""
    from pipeline.api import extract

    assert [q.speaker for q in extract(text).quotes] == expected



def test_quotes_a_pronoun_set_off_inside_french_marks() -> None:
    """French copy translated sets its attribution inside the marks: "« Honestly I did not expect it, he confided, the tears at the
    eyes. But the public carries you. »" is the runner the pronoun stands for (here named only as another's object before it)."""
    from pipeline.api import extract

    facts = extract("The Frenchman Mehdi Belhadj, third, has beaten his personal record.\n\nIt is nevertheless the third place of Mehdi "
                    "Belhadj which made vibrate the public.\n\n« Honestly I did not expect it, he confided, the tears at the eyes. But the "
                    "public on the quays, it carries you. »")
    assert [q.speaker for q in facts.quotes] == ["Mehdi Belhadj"]



@pytest.mark.parametrize(
    ("text", "expected"),
    [('Laura Neri won the Milan 10K in 31:50. "I am so happy," said the 29-year-old nurse.', ["Laura Neri"]),
     ('Coach Jean Dupont spoke about Alice Finot after her win in 30:49. « At 5 km, she was very strong, he estimated. I told her to '
      'wait. »', ["Jean Dupont"])],
    ids=["an-age-and-a-day-job", "a-pronoun-inside-french-marks-after-its-speaker"],
)
def test_quotes_what_the_twenty_ninth_stop_s_second_review_found(text: str, expected: list) -> None:
    """The second review: an age with the runner's day job ("said the 29-year-old nurse") is the runner (only a job around the sport
    or kin of another is not); a pronoun set off inside French marks gives way to a speaker found before it ("Coach Jean Dupont
    spoke about ...")."""
    from pipeline.api import extract

    assert [q.speaker_name for q in extract(text).quotes] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [('Tom Bell won the Grasmere fell race in 45:10. "I have never seen anyone come down that fast," said the 70-year-old spectator.',
      [None]),
     ('Tom Bell won the Hexham 10k in 31:20. "He trains every morning," said the 61-year-old father of Tom Bell.', [None]),
     ('Ann Cole won the Ribble 10k in 34:10. "I cried at the finish," said the 58-year-old stepfather of the winner.', [None]),
     ('Alice Finot won the 3000m steeplechase in 9:10.50. « I am very happy », said Alice Finot.\n\nJimmy Gressier was fourth in the '
      '5000m in 13:10.20.\n\n« I gave everything, he confided. It was not enough. »', ["Alice Finot", "Jimmy Gressier"])],
    ids=["a-spectator", "father-of-a-runner", "stepfather-of-the-winner", "a-pronoun-inside-marks-after-another-speaker"],
)
def test_quotes_what_the_twenty_ninth_stop_s_third_review_found(text: str, expected: list) -> None:
    """The third review: an age with another's role or kin ("the 70-year-old spectator", "father of Tom Bell", "stepfather of the
    winner") is no runner; a pronoun inside French marks goes before the last speaker carried on ("Jimmy Gressier was fourth ...
    « I gave everything, he confided. »" is his, not Alice Finot's)."""
    from pipeline.api import extract

    assert [q.speaker for q in extract(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [('Hosea Chemutai won in 29:14.\n\n"I had prepared well in Kapchorwa," Chemutai, 23, said. "The mud favoured me."',
      ["Hosea Chemutai", "Hosea Chemutai"]),
     ('Hosea Chemutai won in 29:14.\n\n"I had prepared well in Kapchorwa," Chemutai (23) told reporters.', ["Hosea Chemutai"])],
    ids=["name-comma-age-comma-said", "name-age-in-brackets-told"],
)
def test_quotes_what_the_thirtieth_stop_read(text: str, expected: list) -> None:
    """A speaker's age set off between the name and the verb after a quote ('," Chemutai, 23, said') leaves the name the speaker."""
    from pipeline.api import extract

    assert [q.speaker for q in extract(text).quotes] == expected


def test_quotes_words_in_title_case_broken_into_sentences_before_their_attribution() -> None:
    """'"It's July. The big one is in September," she said': the long words all capitalised, as a title's are, but the speech
    verb after the close is in the sentence the close ends (the sentences broken inside the marks), so the words are a quote."""
    from pipeline.api import extract

    facts = extract("Beatrice Chebet was second in 14:07.52.\n\n\"It's July. The big one is in September,\" she said.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [("Beatrice Chebet", "It's July. The big one is in September,")]


def test_quotes_his_answer_introduces_the_paragraph_s_quote() -> None:
    """"We asked him afterwards how it felt. His answer, typically modest:" introduces the next paragraphs' quotes: his."""
    from pipeline.api import extract

    facts = extract("The headline act was Graham Pollard, who won the M60 1500m in 4:38.12. The world best is 4:29.01 by Australia's "
                    "Ron Halloran, so Graham has something to aim for.\n\nWe asked him afterwards how it felt. His answer, typically modest:\n\n\"I honestly didn't look at "
                    "the clock until the bell.\n\n\"I want to thank the Tuesday night group.\"")
    assert [q.speaker for q in facts.quotes] == ["Graham Pollard", "Graham Pollard"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [('Jamal Whitfield finally broke the hour: 58:59.\n\nJamal on the finish line: "I\'m never running again."',
      [("Jamal Whitfield", "I'm never running again.")]),
     ('Jamal Whitfield finally broke the hour: 58:59.\n\nJamal, twenty minutes later: "When\'s the next one?"',
      [("Jamal Whitfield", "When's the next one?")]),
     ('Jamal Whitfield finally broke the hour: 58:59.\n\nThe theme this year: "Run For Fun."', [])],
    ids=["a-name-and-a-colon-then-a-short-sentence", "a-name-a-time-and-a-colon-then-a-question", "a-title-after-a-colon"],
)
def test_quotes_a_short_sentence_led_by_a_colon(text: str, expected: list) -> None:
    """A short sentence in marks after a colon is someone's words ('Jamal on the finish line: "I'm never running again."'), not a
    title's words in title case ('The theme this year: "Run For Fun."')."""
    from pipeline.api import extract

    assert [(q.speaker, q.text) for q in extract(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [('Eliud Kipchoge won the Berlin Marathon in 2:02:42. We asked him afterwards how it felt. His answer, typically modest: "I just '
      'ran my race and it went well."', ["Eliud Kipchoge"]),
     ('Brigid Kosgei won the London Marathon in 2:18:58. Eliud Kipchoge congratulated her. Her reply: "He is my role model and I '
      'thank him."', ["Brigid Kosgei"])],
    ids=["his-answer-in-the-paragraph", "her-reply"],
)
def test_quotes_what_the_thirtieth_stop_s_review_found(text: str, expected: list) -> None:
    """The review: "His answer, typically modest:" and "Her reply:" before the marks in the same paragraph introduce the pronoun's
    person's words."""
    from pipeline.api import extract

    assert [q.speaker for q in extract(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [('Kevin Hart won the 5000m in 13:05.12. The sign at the finish read: "Well done."', []),
     ('Kevin Hart won the 5000m in 13:05.12. Official timing note: "Wind assisted."', []),
     ('Paul Mateiko won the half in 59:30. We asked Mateiko about Kandie. His answer: "He is a great runner."', ["Paul Mateiko"])],
    ids=["a-sign-s-words-after-a-colon", "a-note-s-words-after-a-colon", "his-answer-of-the-one-asked"],
)
def test_quotes_what_the_thirtieth_stop_s_second_review_found(text: str, expected: list) -> None:
    """The second review: a short sentence after a colon is someone's words only where someone is named, or a "he" or "she"
    said, before the colon (not a sign's or a note's); "His answer:" after "We asked Mateiko about Kandie" is the one asked."""
    from pipeline.api import extract

    assert [q.speaker for q in extract(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [('Jacob Kiplimo won the half in 57:31. His verdict: "Unreal."', ["Jacob Kiplimo"]),
     ('Jacob Kiplimo of Uganda won the half in 57:31. The Ugandan was clear afterwards: "I felt strong."', ["Jacob Kiplimo"]),
     ('Kevin Hart won the 5000m in 13:05.12. The message on his shoe: "Run free."', []),
     ('Hellen Obiri won in 2:24:35 ahead of Sharon Lokedi. We asked Obiri\'s coach, Dathan Ritzenhein, about Lokedi. His answer: "She '
      'is the real deal."', ["Dathan Ritzenhein"])],
    ids=["his-verdict-colon", "a-described-speaker-colon", "a-possessive-inside-a-label", "the-coach-asked-not-the-owner"],
)
def test_quotes_what_the_thirtieth_stop_s_third_review_found(text: str, expected: list) -> None:
    """The third review: a colon after a possessive opening the sentence ("His verdict:") or a described speaker ("The Ugandan
    was clear afterwards:") leads someone's words (not "The message on his shoe:"); "We asked Obiri's coach, Dathan Ritzenhein,
    about Lokedi. His answer:" is the coach's (no one a possessive names, and the sex must fit; a coach is named, no athlete)."""
    from pipeline.api import extract

    assert [q.speaker or q.speaker_name for q in extract(text).quotes] == expected
