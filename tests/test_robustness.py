"""Robustness on hostile input: no stage crashes, every evidence span cites its text, every time
is a finite positive number of seconds, extraction stays linear in the size of the text, and
ingest refuses an article over `MAX_ARTICLE_BYTES` with one line while the batch goes on.

The property tests are derandomized and keep no example database, so a run in CI sees the same
examples as a run here; `ROBUST` bounds each one (the whole file runs in well under a minute on
two cores when extraction is linear).
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import random
import time
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.attrs import SENT_START

import pipeline
from pipeline.errors import InputError
from pipeline.ingest import MAX_ARTICLE_BYTES, MAX_HTML_BYTES, iter_sources, read_source

from .conftest import all_article_paths

ROBUST = settings(
    max_examples=120,
    deadline=timedelta(seconds=3),  # a bounded text that takes seconds is a super-linear path
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ---- what hostile text is made of ------------------------------------------------------------

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
QUOTE_MARKS = ["\"", "'", "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "`", "´"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\t"]
SPACES = [" ", "  ", "\u00a0", "\u2009", "\u202f", "\u3000"]
# digits of other scripts: `\d` matches them and int() reads them ("٣:٤٥.٣٤")
DIGITS = list("0123456789") + ["٣", "٤", "५", "３", "４", "𝟑", "²", "½"]
HOSTILE = ZERO_WIDTH + BIDI + QUOTE_MARKS + BREAKS + SPACES + DIGITS + ["\u0301", "…", ".", ",", ":", ";", "(", ")", "-", "–", "—"]

NAMES = [
    "Josh Kerr", "Kerr", "KERR", "J. Kerr", "Jakob Ingebrigtsen", "Ingebrigtsen", "Ingebritsson",
    "Sha’Carri Richardson", "Hicham El Guerrouj", "Wayde van Niekerk", "Dina Asher-Smith",
    "Faith Kipyegon", "Kipyegon", "Yared Nuguse", "St. John", "O'Brien", "Mo Farah", "Abraham Alvarado",
    "the Norwegian", "The 26-year-old", "He", "she", "coach Danny Mackey", "Keely Hodgkinson",
]
TIMES = [
    "3:45.34", "3:43.13", "1:52.74", "2:05:41", "27:51.3", "9.84", "10.034", "55.91", "49 seconds",
    "3 minutes 45.34 seconds", "three minutes 31.20", "2 hours, 5 minutes and 41 seconds", "12.31s",
    "9.84sec", "0.26", "59:59.99", "99:99.99", "0:00.00", "00:00", "7:45pm", "1:27:40", "3:50",
]
EVENTS = [
    "mile", "the mile", "1500m", "1,500 metres", "800 meters", "110m hurdles", "3000m steeplechase",
    "marathon", "half-marathon", "10km", "two miles", "metric mile", "400m", "10,000m",
]
PHRASES = [
    "won the", "finished second in", "was third in", "clocked", "ran", "in", "passed 400m in",
    "through the bell in", "at halfway in", "with", "ahead of", "beat", "behind", "by", "inside",
    "broke Steve Cram’s 39-year-old mark of", "a national record of", "personal best", "world lead",
    "said", "told reporters:", "added", "runner-up", "took gold", "1.", "2.", "(GBR)", "of Kenya",
    "at the Prefontaine Classic", "in Eugene", "Elsewhere,", "last year", "matched that time",
    "in 2023", "at the Diamond League", "led", "the pacemaker", "did not finish", "first", "fourth place",
]
QUOTED = [
    "“I am so happy with that,” Kerr said.", "\"It was hard,\" he said.", "‘Brilliant,’ said Ingebrigtsen.",
    "Kerr said: “I knew I had it.”", "“Unclosed quote runs to the end", "”Backwards quotes“",
    "known as the “Mile of the Century”", "“”", "\"\"\"", "“a", "‘it’s", "’", "Kerr’s", "“He said ‘no’ to me,” she added.",
]


def _fragments() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NAMES), st.sampled_from(TIMES), st.sampled_from(EVENTS),
        st.sampled_from(PHRASES), st.sampled_from(QUOTED), st.sampled_from(HOSTILE),
        st.text(max_size=4),
    )


# athletics-like text: sentences of names, verbs, times, events and quotes, mostly as an article
# writes them (so the stages reach their deeper paths), now and then with a hostile character
WORD_GAPS = [" "] * 12 + ["  ", "\u00a0", " \u200b", "\u200d", " \u202e", "\u2066 ", "\u00ad", "\t"]
SENTENCE_ENDS = [". "] * 6 + [".\n\n", ".\r\n", ".\r", "! ", "? ", "… ", "; ", ", ", ".” ", "\n", " "]
sentence = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(NAMES), st.sampled_from(PHRASES), st.sampled_from(TIMES), st.sampled_from(EVENTS),
            st.sampled_from(QUOTED),
        ),
        st.sampled_from(WORD_GAPS),
    ),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(a + b for a, b in parts).rstrip())
athletics_text = st.lists(st.tuples(sentence, st.sampled_from(SENTENCE_ENDS)), max_size=12).map(
    lambda parts: "".join(a + b for a, b in parts)
)

# a soup of fragments and hostile characters: no grammar at all
fragment_soup = st.lists(
    st.tuples(_fragments(), st.sampled_from([" ", ". ", ", ", "", *BREAKS, *ZERO_WIDTH, *BIDI])), max_size=60
).map(lambda parts: "".join(a + b for a, b in parts))

# real article text, a few paragraphs of it, with hostile edits: a character inserted, a stretch
# deleted, line breaks turned into CR or CRLF, quotes straightened or turned round
def _article_paragraphs() -> list[list[str]]:
    return [
        [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for path in all_article_paths()
    ]


@st.composite
def edited_article(draw) -> str:
    paragraphs = draw(st.sampled_from(ARTICLES))
    first = draw(st.integers(0, max(0, len(paragraphs) - 1)))
    text = "\n\n".join(paragraphs[first : first + draw(st.integers(1, 4))])
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "insert", "delete", "newlines", "quotes"]))
        if edit == "insert":
            text = text[:at] + draw(st.sampled_from(HOSTILE + QUOTED + TIMES)) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif edit == "newlines":
            text = text.replace("\n", draw(st.sampled_from(["\r", "\r\n", "\u2028", "\n\u200b"])))
        else:
            text = text.translate(str.maketrans(draw(st.sampled_from(["“”", "”“", "‘’"])), draw(st.sampled_from(["\"\"", "«»", "’‘"]))))
    return text


ARTICLES = _article_paragraphs()

# hostile characters only, with a few words to cling to
hostile_text = st.one_of(
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.sampled_from(["Kerr", "3:45.34", "said", "“", "\r"])), max_size=200).map("".join),
    fragment_soup,
)

# any Unicode (no surrogates: those cannot come from decoded bytes; see the test below)
unicode_text = st.text(max_size=400)


def _athletics_document(rng: random.Random, size: int) -> str:
    """A deterministic athletics-like text of about `size` characters: paragraphs of results,
    splits and quotes with many distinct names, so both the times and the athletes grow with it."""
    first = ["Josh", "Jakob", "Yared", "Neil", "Jake", "Faith", "Keely", "Mary", "Abel", "Timothy", "Hobbs", "Cole"]
    last = ["Kerr", "Nuguse", "Gourley", "Wightman", "Kipyegon", "Moraa", "Kipsang", "Cheruiyot", "Kessler",
            "Hocker", "Laros", "Habz", "Sowinski", "Mills", "Fisher", "Hunter", "Engels", "Rooks"]
    out: list[str] = []
    n = 0
    while n < size:
        a, b, c = (f"{rng.choice(first)} {rng.choice(last)}" for _ in range(3))
        m, s, f = rng.randint(3, 4), rng.randint(10, 59), rng.randint(0, 99)
        para = (
            f"{a} won the men’s mile at the Prefontaine Classic in {m}:{s:02d}.{f:02d}, a personal best. "
            f"{b} of Kenya was second in {m}:{s:02d}.{(f + 7) % 100:02d} and {c} finished third. "
            f"The pacemaker passed 400m in {rng.randint(54, 58)}.{rng.randint(10, 99)} and {a.split()[1]} led at the bell. "
            f"“I knew I had it with {rng.randint(100, 300)}m to go,” {a.split()[1]} said. "
            f"{c.split()[1]} broke the 39-year-old mark of 3:46.32 set in Oslo in 1985."
        )
        out.append(para)
        n += len(para) + 2
    return "\n\n".join(out)


# ---- the properties ----------------------------------------------------------------------------


def _evidence_of(facts):
    for athlete in facts.athletes:
        for mention in athlete.mentions:
            yield "athlete mention", mention.evidence
    for kind in ("performances", "other_times", "splits", "quotes"):
        for fact in getattr(facts, kind):
            for ev in fact.evidence:
                yield kind, ev


def check_facts(text: str, facts) -> None:
    """Every evidence span equals the text it cites; every time is finite and positive."""
    for kind, ev in _evidence_of(facts):
        assert 0 <= ev.start <= ev.end <= len(text), (kind, ev)
        assert text[ev.start : ev.end] == ev.text, (kind, ev)
    for kind in ("performances", "other_times", "splits"):
        for fact in getattr(facts, kind):
            assert math.isfinite(fact.seconds) and fact.seconds > 0, (kind, fact)
    for quote in facts.quotes:
        assert quote.text in [ev.text for ev in quote.evidence], quote


NOT_SENT_START = 2**64 - 1  # SENT_START is stored as uint64: 1 starts a sentence, -1 does not


def check_doc(text: str, doc) -> None:
    """The Doc after any stage: its text is the input, every span (and every span a span points
    to) cites the text, times are finite and positive, and the sentence starts are sound."""
    assert doc.text == text
    for key, group in doc.spans.items():
        for span in group:
            assert text[span.start_char : span.end_char] == span.text, (key, span)
            for attr in ("athlete", "speaker", "antecedent"):
                other = getattr(span._, attr, None) if span.has_extension(attr) else None
                if other is not None:
                    assert text[other.start_char : other.end_char] == other.text, (key, attr, other)
            if key in ("times", "splits", "results") and span._.seconds is not None:
                assert math.isfinite(span._.seconds) and span._.seconds > 0, (key, span, span._.seconds)
    if len(doc) and "paragraphs" in doc.spans:
        flags = doc.to_array([SENT_START]).reshape(-1).tolist()
        assert set(flags) <= {1, NOT_SENT_START}, "sentence starts not all set to yes or no"
        assert flags[0] == 1
        for paragraph in doc.spans["paragraphs"]:
            assert doc[paragraph.start].is_sent_start, f"paragraph {paragraph.text[:30]!r} does not start a sentence"


def run_stages(nlp, text: str):
    """Each stage in order on a fresh Doc, checking the Doc after each; a crash names its stage."""
    doc = nlp.make_doc(text)
    for name, stage in nlp.pipeline:
        try:
            doc = stage(doc)
        except Exception as exc:
            exc.add_note(f"stage {name!r} crashed on {text[:200]!r}")
            raise
        check_doc(text, doc)
    return doc


def check_text(nlp, text: str) -> None:
    run_stages(nlp, text)
    if not text.strip():
        with pytest.raises(InputError):
            pipeline.extract(text)
        return
    check_facts(text, pipeline.extract(text))


# ---- property tests ----------------------------------------------------------------------------


@ROBUST
@given(text=unicode_text)
@example(text="")
@example(text="\ufeff")
@example(text="\ufeffJosh Kerr won the mile in 3:45.34.")
@example(text="Josh Kerr won the mile in 3:45.34.\r\nKerr said: “Yes.”\rLone CR line in 3:46.00.")
@example(text="٣:٤٥.٣٤ Kerr ran ３:４５.３４ and 𝟑:𝟒𝟓.𝟑𝟒")
@example(text="Kerr\u200b won\u202e in 3:45\u200b.34\u202c, said “\u2066Hi\u2069”.")
def test_robustness_any_unicode(nlp, text: str) -> None:
    check_text(nlp, text)


@ROBUST
@given(text=hostile_text)
@example(text="\"" * 300)
@example(text="“" * 200)
@example(text="”“" * 150 + "Kerr said")
@example(text="'" * 200 + "’" * 200)
@example(text="“Kerr said " * 40)  # nothing ever closes
@example(text="0123456789" * 60)
@example(text="3:45.34" * 60)
@example(text="1:" * 200 + "1")
@example(text="9.84." * 120)
@example(text="\r" * 100 + "Kerr ran 3:45.34" + "\r\n" * 100)
@example(text="\u200b" * 500)
@example(text="\u202e\u2066" * 200 + "Kerr 3:45.34")
def test_robustness_hostile_characters(nlp, text: str) -> None:
    check_text(nlp, text)


@settings(ROBUST, max_examples=250)
@given(text=athletics_text)
@example(text="Josh Kerr won the mile in 3:45.34. “I knew,” Kerr said. Jakob Ingebrigtsen was second in 3:45.60.")
@example(text="Kerr 3:45.34, Ingebrigtsen 3:45.60, Nuguse 3:46.22")
@example(text="The pacemaker passed 400m in 55.91 and Kerr led at the bell in 2:52.1. He said: “Yes")
def test_robustness_athletics_like(nlp, text: str) -> None:
    check_text(nlp, text)


@settings(ROBUST, max_examples=60)
@given(text=edited_article())
def test_robustness_edited_articles(nlp, text: str) -> None:
    check_text(nlp, text)


@settings(ROBUST, max_examples=6, deadline=None)
@given(
    unit=st.lists(_fragments(), min_size=1, max_size=10).map(" ".join),
    repeat=st.integers(min_value=20, max_value=120),
)
def test_robustness_one_enormous_line(nlp, unit: str, repeat: int) -> None:
    """One line, no sentence end, kilobytes long: every per-sentence scan sees all of it."""
    text = (unit.replace("\n", " ").replace("\r", " ").replace(". ", " ") + " ") * repeat
    check_text(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kerr " * 1000,  # no sentence, no time
        "Kerr 3:45.34, " * 300,  # no sentence, a time each two words
        "“Kerr said ” " * 300,  # quotes in one paragraph
        "said: " + " " * 20000 + "“Yes”",  # a long run of blanks before a quote
        "Josh Kerr" + " " * 2000 + "x in 3:45.34",  # a long run of blanks between a name and its time
        "3" * 50000,  # digits everywhere
        "J K",  # initials alone
        "U S A",
    ],
    ids=["names", "names-and-times", "quotes", "blank-run", "blank-gap", "digits", "initials", "initials-3"],
)
def test_robustness_no_sentence_end(nlp, text: str) -> None:
    check_text(nlp, text)


def test_robustness_lone_surrogate_is_an_input_error() -> None:
    with pytest.raises(InputError, match="surrogate"):
        pipeline.extract("Kerr ran 3:45.34 \ud800")


# ---- linear time -------------------------------------------------------------------------------
#
# Ratios only, never absolute times: 4x the text may take at most LINEAR_RATIO x the time (linear
# is 4x, n log n a little more). Each run is timed in a forked child that inherits the loaded
# pipeline, in CPU seconds (a busy neighbour on the machine slows the wall clock, not the CPU
# time the extraction takes); the big run is stopped once its wall time is well past the ratio,
# so a quadratic stage fails these tests in bounded time instead of hanging the suite.

LINEAR_RATIO = 8
STOP_AFTER = 3  # the big run is stopped after STOP_AFTER x its CPU budget in wall seconds
FORK_SLACK_S = 0.5  # starting and reaping a child, on top of the ratio, before it is stopped


def _timed_extract(text: str, queue) -> None:
    gc.freeze()  # the parent's heap (the whole test session's) is not the extraction's to walk
    start = time.process_time()
    pipeline.extract(text)
    queue.put(time.process_time() - start)


def _time_in_child(text: str, timeout: float | None) -> float | None:
    """CPU seconds one extraction takes in a forked child, or None when it runs past `timeout`
    (wall seconds)."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_timed_extract, args=(text, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    assert child.exitcode == 0, f"extraction failed in the child (exit code {child.exitcode})"
    return queue.get(timeout=5)


def assert_linear(small: str, big: str, *, small_runs: int = 2, big_runs: int = 2) -> None:
    pipeline.extract("Josh Kerr won the mile in 3:45.34.")  # load the pipeline before forking
    t_small = min(t for t in (_time_in_child(small, None) for _ in range(small_runs)) if t is not None)
    budget = LINEAR_RATIO * t_small
    best = None
    for _ in range(big_runs):  # a second chance against a noisy neighbour, never after a stop
        t_big = _time_in_child(big, STOP_AFTER * budget + FORK_SLACK_S)
        if t_big is not None and t_big < budget:
            return
        best = t_big if best is None or (t_big is not None and t_big < best) else best
        if t_big is None:
            break
    shown = f"{best:.2f} CPU s" if best is not None else f"more than {STOP_AFTER * budget:.2f} s of wall time (stopped)"
    raise AssertionError(
        f"{len(small) // 1000} KB took {t_small:.2f} CPU s and {len(big) // 1000} KB took {shown}: "
        f"{len(big) / len(small):.0f}x the text, more than {LINEAR_RATIO}x the time"
    )


def test_robustness_extraction_time_is_linear() -> None:
    """~100 KB and ~400 KB of athletics-like text, many paragraphs and many distinct athletes."""
    assert_linear(_athletics_document(random.Random(1), 100_000), _athletics_document(random.Random(2), 400_000), big_runs=1)


# one paragraph, one sentence, a unit repeated: quadratic paths inside a sentence show here
ONE_SENTENCE_UNITS = {
    "names-and-times": "Kerr 3:45.34, ",
    "pronoun-times": "He ran 3:45.34, ",
    "quotes": "“Kerr said ” ",
    "speakers": "Zed said ",
    "held-off": "Kerr held off Nuguse, ",
    "splits": "passed 400m in 55.91, ",
    "results-list": "1. J. Kerr (GBR) 3:45.34, ",
    "followers": "Kerr won in 3:45.34 ahead of Nuguse (3:46.01) and Hocker (3:46.50), ",
    "pronoun-quotes": "Kerr ran ahead of Nuguse and Hocker. “Fine race today,” he said. ",
    "paired-times": "Ann Lee edged Bo Ray, 3:45.34 to 3:46.01, ",
    "respectively": "Kerr and Hocker were sixth and seventh respectively, ",
    "heat-paragraph": "In her heat Kerr ran 3:45.34 and then ",
    "rival-in-after-a-time": "Kerr won in 3:45.34, ahead of Hocker in 3:45.50, ",
    "sex-in-a-later-clause": "Kerr won in 3:45.34, while Hull took the women's race in 4:01.10, ",
    "nationality-surnames": "Ireland's Mark English came third in 1:45.19, ",
    "a-place-in-the-bracket": "Kerr (3:45.34, 9th) and ",
}


@pytest.mark.parametrize("unit", list(ONE_SENTENCE_UNITS.values()), ids=list(ONE_SENTENCE_UNITS))
def test_robustness_one_sentence_time_is_linear(unit: str) -> None:
    repeat = 2000 // len(unit) + 1
    assert_linear(unit * repeat, unit * (4 * repeat), small_runs=3)


def test_robustness_a_long_number_in_a_list_of_rivals_is_no_trap() -> None:
    """A run of 40 digits between "ahead of" and a name: a pattern that split it every way would take
    2^40 steps; the big text (with it) is stopped if it runs far past the small one's time."""
    unit = "Kerr won in 3:45.34 ahead of Nuguse (3:46.01) and Hocker (3:46.50), "
    trap = "Kerr won in 3:45.34 ahead of " + "1" * 40 + " x Nuguse (3:46.01), "
    assert_linear(unit * 30, unit * 119 + trap, small_runs=3)


def test_robustness_blank_run_time_is_linear() -> None:
    """A run of blanks between a name and its time (a padded table, a broken layout)."""
    assert_linear("Josh Kerr" + " " * 1000 + "x in 3:45.34", "Josh Kerr" + " " * 4000 + "x in 3:45.34", small_runs=3)


# ---- the size limit of ingest ------------------------------------------------------------------


def _write_article_of(path: Path, size: int) -> Path:
    line = b"Josh Kerr won the mile in 3:45.34 at the Prefontaine Classic.\n"
    path.write_bytes((line * (size // len(line) + 1))[:size])
    return path


def test_robustness_ingest_refuses_an_article_over_the_limit(tmp_path: Path) -> None:
    big = _write_article_of(tmp_path / "big.txt", MAX_ARTICLE_BYTES + 1)
    with pytest.raises(InputError) as caught:
        read_source(big)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{big}: article is ")
    assert f"; the limit is {MAX_ARTICLE_BYTES / 1e6:g} MB" in message


def test_robustness_ingest_reads_an_article_at_the_limit(tmp_path: Path) -> None:
    at_limit = _write_article_of(tmp_path / "at_limit.txt", MAX_ARTICLE_BYTES)
    assert len(read_source(at_limit).text) == MAX_ARTICLE_BYTES


def test_robustness_ingest_batch_goes_on_after_a_big_article(tmp_path: Path) -> None:
    _write_article_of(tmp_path / "a_big.txt", MAX_ARTICLE_BYTES + 1)
    (tmp_path / "b_small.txt").write_text("Josh Kerr won the mile in 3:45.34.", encoding="utf-8")
    (tmp_path / "c_big_text.html").write_bytes(b"<p>" + b"x" * (MAX_ARTICLE_BYTES + 1) + b"</p>")
    (tmp_path / "d_big_page.html").write_bytes(b"<script>" + b"x" * MAX_HTML_BYTES + b"</script><p>Kerr won.</p>")
    errors: list[InputError] = []
    sources = list(iter_sources([tmp_path], on_error=errors.append))
    assert [Path(s.path).name for s in sources] == ["b_small.txt"]
    assert [(Path(e.path).name, e.message.split(" is ")[0]) for e in errors] == [
        ("a_big.txt", "article"), ("c_big_text.html", "article"), ("d_big_page.html", "HTML page")
    ]
    assert all("; the limit is " in e.message for e in errors)


def test_robustness_ingest_reads_a_heavy_page_with_a_small_article(tmp_path: Path) -> None:
    """Scripts and styles weigh megabytes on a news page; only the article text counts."""
    page = b"<style>" + b"p{}" * MAX_ARTICLE_BYTES + b"</style><article><p>Josh Kerr won the mile in 3:45.34.</p></article>"
    source = read_source(_write_bytes(tmp_path / "page.html", page))
    assert source.text == "Josh Kerr won the mile in 3:45.34."


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_robustness_ingest_limits_each_jsonl_article(tmp_path: Path, monkeypatch) -> None:
    """A JSONL file holds many articles: the limit applies to each line, not to the file."""
    monkeypatch.setattr("pipeline.ingest.MAX_ARTICLE_BYTES", 1000)
    lines = [
        '{"id": "small", "text": "Josh Kerr won the mile in 3:45.34."}',
        '{"id": "big", "text": "' + "Kerr ran. " * 200 + '"}',
        '{"id": "small2", "text": "Faith Kipyegon won the 1500m in 3:49.11."}',
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines * 2), encoding="utf-8")  # 6 lines, over 1000 bytes in all
    errors: list[InputError] = []
    sources = list(iter_sources([path], on_error=errors.append))
    assert [s.path.rsplit("#", 1)[1] for s in sources] == ["small", "small2", "small", "small2"]
    assert [(e.line, e.message.split(";")[1].strip()) for e in errors] == [(2, "the limit is 0.001 MB"), (5, "the limit is 0.001 MB")]
