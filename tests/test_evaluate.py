"""Tests for pipeline.evaluate: scoring resolved facts against facts-only gold."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.errors import GoldError
from pipeline.evaluate import (
    KINDS,
    NON_ATHLETE_FLAG,
    NOT_QUOTE_FLAG,
    GoldArticle,
    GoldAthlete,
    GoldPerformance,
    GoldQuote,
    GoldSplit,
    evaluate,
    format_report,
    load_gold,
    normalise_name,
    same_event,
    normalise_event,
)
from pipeline.models import (
    ArticleAthlete,
    ArticleFacts,
    Athlete,
    Evidence,
    Mention,
    Performance,
    Quote,
    SourceRef,
    Split,
)

GOLD_DIR = Path(__file__).resolve().parents[1] / "corpus" / "gold"
FILE = "001_test.txt"

# ---- helpers: hand-built predictions and gold ------------------------------------------


def _ev(text: str, start: int = 0) -> Evidence:
    return Evidence(source="src", start=start, end=start + len(text), text=text)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def _athlete(key: str, name: str, *surfaces: str) -> tuple[Athlete, ArticleAthlete]:
    """A global athlete and its article entry, one mention per surface (default: the name)."""
    mentions = [Mention(surface=s, evidence=_ev(s, 10 * n)) for n, s in enumerate(surfaces or (name,))]
    return (
        Athlete(id=key, name=name, mentions=[m.evidence for m in mentions]),
        ArticleAthlete(key=key, name=name, mentions=mentions),
    )


def _perf(athlete: str | None, seconds: float, place: int | None = None, event: str | None = "mile") -> Performance:
    time = f"{int(seconds // 60)}:{seconds % 60:05.2f}" if seconds >= 60 else f"{seconds:.2f}"
    return Performance(
        athlete=athlete, event=event, race="race", time=time, seconds=seconds, place=place, evidence=[_ev(time, 100)]
    )


def _split(athlete: str | None, distance_m: float | None, seconds: float, lap: bool = False, lap_m: float | None = None) -> Split:
    return Split(lap_m=lap_m, 
        athlete=athlete, race="race", at="last lap" if lap else f"{distance_m}m", distance_m=distance_m, seconds=seconds,
        time=f"{seconds}", evidence=[_ev(f"{seconds}", 200)], lap=lap,
    )


def _quote(text: str, speaker: str | None) -> Quote:
    return Quote(speaker=speaker, speaker_name=None, text=text, evidence=[_ev(text, 300)])


def _article(
    file: str = FILE,
    athletes: list[ArticleAthlete] | None = None,
    performances: list[Performance] | None = None,
    other_times: list[Performance] | None = None,
    splits: list[Split] | None = None,
    quotes: list[Quote] | None = None,
) -> ArticleFacts:
    return ArticleFacts(
        source=SourceRef(id="src", path=f"/some/where/{file}", sha256="0" * 64),
        races=[],
        athletes=athletes or [],
        performances=performances or [],
        other_times=other_times or [],
        splits=splits or [],
        quotes=quotes or [],
    )


def _gold(**fields: object) -> GoldArticle:
    data: dict[str, object] = {
        "file": FILE,
        "athletes": [
            GoldAthlete(canonical="Josh Kerr", surface_forms=["Josh Kerr", "Kerr", "Josh Cole"]),
            GoldAthlete(canonical="Jakob Ingebrigtsen", surface_forms=["Ingebritsen"]),
        ],
        "non_athletes": ["J. Cole", "Drake"],
    }
    data.update(fields)
    return GoldArticle.model_validate(data)


KERR, KERR_ENTRY = _athlete("josh-kerr", "Josh Kerr", "Josh Kerr", "Kerr")
JAKOB, JAKOB_ENTRY = _athlete("jakob-ingebrigtsen", "Jakob Ingebrigtsen", "Ingebritsen")
BOTH = [KERR_ENTRY, JAKOB_ENTRY]
GLOBAL = [KERR, JAKOB]
PERFS_GOLD = [
    GoldPerformance(athlete="Josh Kerr", event="mile", time="3:45.34", seconds=225.34, place=1),
    GoldPerformance(athlete="Jakob Ingebrigtsen", event="mile", time="3:45.60", seconds=225.6, place=2),
]


def _facts_from_gold(gold: GoldArticle) -> tuple[ArticleFacts, list[Athlete]]:
    """A perfect prediction for a gold article: every athlete, result, time, split and quote."""
    pairs = [_athlete(_slug(a.canonical), a.canonical, *a.surface_forms) for a in gold.athletes]

    def key(name: str | None) -> str | None:
        return _slug(name) if name is not None else None

    article = _article(
        file=gold.file,
        athletes=[entry for _, entry in pairs],
        performances=[_perf(key(p.athlete), p.seconds, p.place, p.event) for p in gold.performances],
        other_times=[_perf(key(t.athlete), t.seconds, None, t.event) for t in gold.other_times],
        splits=[_split(key(s.athlete), s.distance_m, s.seconds) for s in gold.splits],
        quotes=[_quote(f"\u201c{q.starts_with} and so on.\u201d", key(q.speaker)) for q in gold.quotes],
    )
    return article, [athlete for athlete, _ in pairs]


# ---- tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("gold", load_gold(GOLD_DIR), ids=lambda g: g.file)
def test_evaluate_perfect_match_scores_one_everywhere(gold: GoldArticle) -> None:
    article, athletes = _facts_from_gold(gold)
    report = evaluate([article], athletes, [gold])
    for kind in KINDS:
        score = report.scores[kind]
        assert (score.precision, score.recall, score.f1, score.fp, score.fn) == (1.0, 1.0, 1.0, 0, 0), kind
    assert report.scores["athletes"].tp == len(gold.athletes)
    assert report.scores["performances"].tp == len(gold.performances)
    assert report.scores["quote_speakers"].tp == len(gold.quotes)
    assert report.misses == [] and report.spurious == [] and report.split_athletes == []
    assert report.articles[0].scores == report.scores


def test_evaluate_empty_on_both_sides_scores_one() -> None:
    report = evaluate([_article(athletes=BOTH)], GLOBAL, [_gold()])
    assert report.scores["splits"].model_dump() == {
        "tp": 0, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0
    }


@pytest.mark.parametrize(
    ("predicted", "kind", "expected"),
    [
        # wrong place: a spurious result and a missed one, but the time is right
        (_perf("josh-kerr", 225.34, place=2), "performances", (0, 1, 1)),
        (_perf("josh-kerr", 225.34, place=2), "performances_time_only", (1, 0, 0)),
        # place missing (None) is not place 1
        (_perf("josh-kerr", 225.34, place=None), "performances", (0, 1, 1)),
        # wrong event
        (_perf("josh-kerr", 225.34, place=1, event="1500m"), "performances", (0, 1, 1)),
        (_perf("josh-kerr", 225.34, place=1, event="1500m"), "performances_time_only", (1, 0, 0)),
        # seconds within 0.005 agree, beyond do not
        (_perf("josh-kerr", 225.345, place=1), "performances", (1, 0, 0)),
        (_perf("josh-kerr", 225.36, place=1), "performances_time_only", (0, 1, 1)),
        # the right time given to the wrong athlete
        (_perf("jakob-ingebrigtsen", 225.34, place=1), "performances_time_only", (0, 1, 1)),
        (_perf(None, 225.34, place=1), "performances", (0, 1, 1)),
    ],
)
def test_evaluate_performance_matching(predicted: Performance, kind: str, expected: tuple[int, int, int]) -> None:
    gold = _gold(performances=PERFS_GOLD[:1])
    report = evaluate([_article(athletes=BOTH, performances=[predicted])], GLOBAL, [gold])
    score = report.scores[kind]
    assert (score.tp, score.fp, score.fn) == expected
    assert len([f for f in report.spurious if f.kind == kind]) == score.fp
    assert len([f for f in report.misses if f.kind == kind]) == score.fn


def test_evaluate_wrong_place_lists_evidence_of_the_spurious_result() -> None:
    gold = _gold(performances=PERFS_GOLD[:1])
    report = evaluate([_article(athletes=BOTH, performances=[_perf("josh-kerr", 225.34, 3)])], GLOBAL, [gold])
    (spurious,) = [f for f in report.spurious if f.kind == "performances"]
    assert spurious.evidence == [_ev("3:45.34", 100)]
    assert "'3:45.34' [100:107]" in spurious.description and "place 3" in spurious.description
    (miss,) = [f for f in report.misses if f.kind == "performances"]
    assert miss.file == FILE and "place 1" in miss.description


@pytest.mark.parametrize(
    ("name", "surface", "flag"),
    [
        ("J. Cole", "J. Cole", NON_ATHLETE_FLAG),
        ("Drake", "Drake\u2019s", NON_ATHLETE_FLAG),  # possessive and curly apostrophe normalised away
        ("Mo Farah", "Farah", None),  # a spurious athlete, but not a known non-athlete
    ],
)
def test_evaluate_non_athlete_found_as_athlete_is_fp_and_flagged(name: str, surface: str, flag: str | None) -> None:
    wrong, wrong_entry = _athlete(_slug(name), name, surface)
    report = evaluate([_article(athletes=[*BOTH, wrong_entry])], [*GLOBAL, wrong], [_gold()])
    score = report.scores["athletes"]
    assert (score.tp, score.fp, score.fn) == (2, 1, 0)
    assert score.precision == pytest.approx(2 / 3) and score.recall == 1.0
    (spurious,) = report.spurious
    assert spurious.kind == "athletes" and spurious.flag == flag
    assert surface in spurious.description
    assert spurious.evidence == [wrong_entry.mentions[0].evidence]


def test_evaluate_athlete_maps_by_surface_forms_when_name_differs() -> None:
    # machine-translated "Josh Cole" resolved to a new athlete: its mentions say it is Kerr
    cole, cole_entry = _athlete("josh-cole", "Josh Cole", "Josh Cole", "Cole")
    gold = _gold(performances=PERFS_GOLD[:1])
    report = evaluate([_article(athletes=[cole_entry], performances=[_perf("josh-cole", 225.34, 1)])], [cole], [gold])
    assert report.scores["athletes"].tp == 1 and report.scores["athletes"].fp == 0
    assert report.scores["performances"].tp == 1


def test_evaluate_split_athlete_reported_without_changing_scores() -> None:
    kerr2, kerr2_entry = _athlete("kerr", "Kerr", "Kerr")
    merged = evaluate([_article(athletes=BOTH)], GLOBAL, [_gold()])
    split = evaluate([_article(athletes=[*BOTH, kerr2_entry])], [*GLOBAL, kerr2], [_gold()])
    assert split.scores["athletes"] == merged.scores["athletes"]
    assert (split.scores["athletes"].tp, split.scores["athletes"].fp) == (2, 0)
    assert split.split_count == 1 and merged.split_count == 0
    (entry,) = split.split_athletes
    assert (entry.file, entry.athlete, entry.predicted) == (FILE, "Josh Kerr", ["josh-kerr", "kerr"])
    assert split.articles[0].split_athletes == [entry]
    assert "Josh Kerr <- josh-kerr, kerr" in format_report(split, verbose=False)


@pytest.mark.parametrize(
    ("text", "starts_with", "matches"),
    [
        ("I\u2019m here to run a race.", "I'm here to run", True),
        ("I'm here to run a race.", "I\u2019m here to run", True),
        ("\u201cI said, 'If I feel good", "I said, \u2018If I feel", True),
        ("  'I  felt   very strong", "I felt very", True),
        ("i FELT very strong", "I felt very", True),
        ("I am here to run", "I'm here to run", False),
        ("I felt", "I felt very strong", False),  # a predicted quote shorter than starts_with
    ],
)
def test_evaluate_quote_starts_with_matching(text: str, starts_with: str, matches: bool) -> None:
    gold = _gold(quotes=[GoldQuote(speaker="Josh Kerr", starts_with=starts_with)])
    report = evaluate([_article(athletes=BOTH, quotes=[_quote(text, "josh-kerr")])], GLOBAL, [gold])
    expected = (1, 0, 0) if matches else (0, 1, 1)
    for kind in ("quotes", "quote_speakers"):
        score = report.scores[kind]
        assert (score.tp, score.fp, score.fn) == expected, kind
    # an unmatched quote is listed under quotes only, not again under quote_speakers
    assert len([f for f in report.misses if f.kind == "quotes"]) == (0 if matches else 1)
    assert [f for f in report.misses + report.spurious if f.kind == "quote_speakers"] == []


def test_evaluate_quotes_match_one_to_one_in_order() -> None:
    gold = _gold(
        quotes=[GoldQuote(speaker="Josh Kerr", starts_with="I think"), GoldQuote(speaker="Josh Kerr", starts_with="I")]
    )
    preds = [_quote("I think so", "josh-kerr"), _quote("I think so", "josh-kerr"), _quote("I think so", "josh-kerr")]
    report = evaluate([_article(athletes=BOTH, quotes=preds)], GLOBAL, [gold])
    score = report.scores["quotes"]
    assert (score.tp, score.fp, score.fn) == (2, 1, 0)


def test_evaluate_title_in_quotation_marks_is_flagged() -> None:
    gold = _gold(not_quotes=["Mile of the Century"])
    report = evaluate([_article(athletes=BOTH, quotes=[_quote("\u201cMile of the Century\u201d", None)])], GLOBAL, [gold])
    (spurious,) = [f for f in report.spurious if f.kind == "quotes"]
    assert spurious.flag == NOT_QUOTE_FLAG
    assert report.scores["quotes"].fp == 1


@pytest.mark.parametrize(
    ("gold_speaker", "predicted_speaker", "right"),
    [
        ("Josh Kerr", "josh-kerr", True),
        ("Josh Kerr", "jakob-ingebrigtsen", False),
        ("Josh Kerr", None, False),
        (None, None, True),
        (None, "josh-kerr", False),
        ("Josh Kerr", "somebody-unknown", False),  # an id that maps to no gold athlete
    ],
)
def test_evaluate_wrong_speaker_lowers_quote_speakers_only(
    gold_speaker: str | None, predicted_speaker: str | None, right: bool
) -> None:
    gold = _gold(
        performances=PERFS_GOLD,
        quotes=[GoldQuote(speaker=gold_speaker, starts_with="I felt very strong")],
    )
    article = _article(
        athletes=BOTH,
        performances=[_perf("josh-kerr", 225.34, 1), _perf("jakob-ingebrigtsen", 225.6, 2)],
        quotes=[_quote("I felt very strong through the bell", predicted_speaker)],
    )
    report = evaluate([article], GLOBAL, [gold])
    for kind in KINDS:
        if kind != "quote_speakers":
            assert report.scores[kind].f1 == 1.0, kind
    speakers = report.scores["quote_speakers"]
    assert (speakers.tp, speakers.fp, speakers.fn) == ((1, 0, 0) if right else (0, 1, 1))
    assert speakers.precision == (1.0 if right else 0.0)
    assert len([f for f in report.misses if f.kind == "quote_speakers"]) == speakers.fn


@pytest.mark.parametrize(
    ("gold_split", "predicted", "matches"),
    [
        (GoldSplit(athlete="Josh Kerr", distance_m=400, seconds=55.91), _split("josh-kerr", 400.0, 55.91), True),
        (GoldSplit(athlete="Josh Kerr", distance_m=400, seconds=55.91), _split("josh-kerr", 400.9, 55.914), True),
        (GoldSplit(athlete="Josh Kerr", distance_m=400, seconds=55.91), _split("josh-kerr", 402.0, 55.91), False),
        (GoldSplit(athlete="Josh Kerr", distance_m=400, seconds=55.91), _split("jakob-ingebrigtsen", 400, 55.91), False),
        (GoldSplit(athlete=None, distance_m=400, seconds=55.91), _split("jakob-ingebrigtsen", 400, 55.91), True),
        (GoldSplit(athlete=None, distance_m=None, seconds=55.91), _split(None, None, 55.91), True),
        (GoldSplit(athlete=None, distance_m=None, seconds=55.91), _split(None, 400, 55.91), False),
        (GoldSplit(athlete="Josh Kerr", at="last lap", distance_m=None, seconds=55.91), _split("josh-kerr", 1500, 55.91, lap=True), True),
        (GoldSplit(athlete="Josh Kerr", at="last lap", distance_m=400, seconds=55.91), _split("josh-kerr", 1500, 55.91, lap=True), False),
        (GoldSplit(athlete="Josh Kerr", at="last lap", distance_m=None, seconds=55.91), _split("jakob-ingebrigtsen", 1500, 55.91, lap=True), False),
        # a lap's length given as the gold's distance: the lap's `lap_m` (not a point's, nor another length)
        (GoldSplit(athlete="Josh Kerr", at="last lap", distance_m=400, seconds=55.91), _split("josh-kerr", 1500, 55.91, lap=True, lap_m=400), True),
        (GoldSplit(athlete="Josh Kerr", at="last lap", distance_m=1500, seconds=55.91), _split("josh-kerr", 1500, 55.91, lap=True, lap_m=400), True),
        (GoldSplit(athlete="Josh Kerr", at="last lap", distance_m=200, seconds=55.91), _split("josh-kerr", 1500, 55.91, lap=True, lap_m=400), False),
        (GoldSplit(athlete="Josh Kerr", at="400m", distance_m=400, seconds=55.91), _split("josh-kerr", 1500, 55.91, lap_m=400), False),
    ],
)
def test_evaluate_split_matching(gold_split: GoldSplit, predicted: Split, matches: bool) -> None:
    report = evaluate([_article(athletes=BOTH, splits=[predicted])], GLOBAL, [_gold(splits=[gold_split])])
    score = report.scores["splits"]
    assert (score.tp, score.fp, score.fn) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(
    ("athlete", "matches"), [("josh-kerr", True), (None, False), ("jakob-ingebrigtsen", False)]
)
def test_evaluate_other_times_match_on_athlete_and_seconds(athlete: str | None, matches: bool) -> None:
    gold = _gold(other_times=[{"athlete": "Josh Kerr", "event": "mile", "seconds": 226.32, "context": "old"}])
    report = evaluate([_article(athletes=BOTH, other_times=[_perf(athlete, 226.32)])], GLOBAL, [gold])
    score = report.scores["other_times"]
    assert (score.tp, score.fp, score.fn) == ((1, 0, 0) if matches else (0, 1, 1))


def test_evaluate_missing_article_counts_every_gold_fact_as_a_miss() -> None:
    present = _gold(performances=PERFS_GOLD)
    absent = _gold(
        file="002_absent.txt",
        performances=PERFS_GOLD,
        quotes=[GoldQuote(speaker="Josh Kerr", starts_with="Yes")],
    )
    article = _article(athletes=BOTH, performances=[_perf("josh-kerr", 225.34, 1), _perf("jakob-ingebrigtsen", 225.6, 2)])
    ignored = _article(file="999_no_gold.txt", athletes=BOTH, performances=[_perf("josh-kerr", 1.0, 1)])
    report = evaluate([article, ignored], GLOBAL, [absent, present])
    assert report.missing_articles == ["002_absent.txt"]
    assert [(a.file, a.missing) for a in report.articles] == [("001_test.txt", False), ("002_absent.txt", True)]
    missing = report.articles[1]
    assert missing.scores["performances"].fn == 2 and missing.scores["performances"].recall == 0.0
    assert missing.scores["athletes"].fn == 2 and missing.scores["quotes"].fn == 1
    perf = report.scores["performances"]
    assert (perf.tp, perf.fp, perf.fn) == (2, 0, 2)  # the article without gold added nothing
    assert {f.file for f in report.misses} == {"002_absent.txt"}
    assert "missing articles: 002_absent.txt" in format_report(report, verbose=False)


def test_evaluate_load_gold_reads_the_seed_gold_files() -> None:
    golds = load_gold(GOLD_DIR)
    assert [g.file for g in golds] == sorted(p.with_suffix(".txt").name for p in GOLD_DIR.glob("*.json"))
    assert len(golds) >= 3
    by_file = {g.file: g for g in golds}
    seed4 = by_file["004_233c576c4aab946b.txt"]
    assert len(seed4.quotes) == 16 and seed4.not_quotes == ["Mile of the Century"]
    assert by_file["000_902adeda618af3ef.txt"].splits[2].distance_m == pytest.approx(1209.34)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "cannot read as JSON"),
        (json.dumps({"file": "x.txt", "unknown_key": 1}), "unknown_key"),
        (json.dumps({"race": "no file key"}), "file: Field required"),
        (json.dumps({"file": "x.txt", "performances": [{"athlete": None, "time": "3:45"}]}), "seconds"),
        (json.dumps({"file": "x.txt", "athletes": [], "quotes": [{"speaker": "Nobody", "starts_with": "Hi"}]}), "Nobody"),
        (json.dumps({"file": "000_902adeda618af3ef.txt"}), "already has gold in 000_902adeda618af3ef.json"),
    ],
)
def test_evaluate_load_gold_broken_file_raises_gold_error_naming_it(tmp_path: Path, content: str, says: str) -> None:
    shutil.copy(GOLD_DIR / "000_902adeda618af3ef.json", tmp_path)
    (tmp_path / "005_broken.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(tmp_path)
    message = str(caught.value)
    assert message.startswith("005_broken.json: ")
    assert says in message and "\n" not in message


def test_evaluate_load_gold_accepts_informational_keys_and_curly_names(tmp_path: Path) -> None:
    data = {
        "file": "x.txt",
        "note": "n",
        "aggregates": ["a"],
        "facts_without_time": ["f"],
        "athletes": [{"canonical": "Sha'Carri Richardson", "surface_forms": ["Sha\u2019Carri Richardson"], "role": "r"}],
        "placings_without_time": [{"athlete": "Sha\u2019Carri Richardson", "place": None, "notes": "n"}],
    }
    (tmp_path / "x.json").write_text(json.dumps(data), encoding="utf-8")
    (gold,) = load_gold(tmp_path)
    assert gold.athletes[0].role == "r" and gold.aggregates == ["a"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kerr\u2019s", "kerr"),
        ("Ingebrigtsen'", "ingebrigtsen"),
        ("  Josh \n Kerr ", "josh kerr"),
        ("Sha\u2019Carri Richardson", "sha'carri richardson"),
        ("\uff2b\uff45\uff52\uff52", "kerr"),  # full-width letters (NFKC)
    ],
)
def test_evaluate_name_normalisation(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


def test_evaluate_format_report_verbose_lists_findings_by_article() -> None:
    wrong, wrong_entry = _athlete("j-cole", "J. Cole", "J. Cole")
    gold = _gold(performances=PERFS_GOLD[:1])
    report = evaluate([_article(athletes=[*BOTH, wrong_entry])], [*GLOBAL, wrong], [gold])
    short = format_report(report, verbose=False)
    long = format_report(report, verbose=True)
    assert short.splitlines()[0].split() == ["kind", "P", "R", "F1", "tp", "fp", "fn"]
    assert "performances" in short and "J. Cole" not in short
    lines = long.splitlines()
    header = lines.index(f"== {FILE}")
    after = lines[header + 1 :]
    assert any(line.split()[:2] == ["miss", "performances"] and "Josh Kerr mile 3:45.34" in line for line in after)
    assert any(
        line.split()[:2] == ["spurious", "athletes"] and f"[{NON_ATHLETE_FLAG}]" in line and "[0:7]" in line
        for line in after
    )


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [("10km cross country", "10km"), ("10km road", "10km"), ("road mile", "mile"), ("800 metres", "800m"),
     ("Indoor 60m", "60m"), ("10,000m", "10000m"), ("3.000 m", "3000m"), ("two mile", "2 miles"), ("ten miles", "10 miles"),
     ("cross country 8km", "8km"), ("10K", "10km"), ("5k road", "5km"),
     ("parkrun (5km)", "5km"), ("ultramarathon (87.7km)", "87.7km"), ("ultramarathon (100km trail)", "100km"),
     ("50km trail", "50km"), ("cross-country (approx 8km)", "8km"), ("cross country (about 6.8km)", "6.8km"),
     ("half marathon (wheelchair)", "half marathon"), ("marathon (wheelchair)", "marathon"),
     ("marathon (para, vision impairment)", "marathon"), ("1500m (decathlon)", "1500m"), ("800m (heptathlon)", "800m"),
     ("5km (parkrun)", "5km"), ("5km parkrun", "5km"), ("5k parkrun", "5km"), ("fell race 14.2km", "14.2km"),
     ("hill race 7.5km", "7.5km"), ("10km fell race", "10km"), ("87.8km ultramarathon (Comrades up run)", "87.8km"),
     ("3km hill race (junior)", "3km"), ("24km mountain race", "24km"), ("56km (Two Oceans ultra)", "56km"), ("20km (race walk)", "20km race walk"),
     ("10km (boardwalk course)", "10km"), ("5km (walkers welcome)", "5km")],
)
def test_evaluate_events_compare_without_their_surface(gold: str, predicted: str) -> None:
    assert normalise_event(gold) == normalise_event(predicted)


@pytest.mark.parametrize(("a", "b"), [("60m hurdles", "60m"), ("3000m steeplechase", "3000m"), ("half marathon", "marathon"),
                                      ("mile", "2 miles"), ("10K", "10 miles"),
                                      ("parkrun (5km)", "10km"), ("cross-country (approx 8km)", "10km"),
                                      ("half marathon (wheelchair)", "marathon"), ("fell race 14.2km", "14km"),
                                      ("87.8km ultramarathon (Comrades up run)", "56km"), ("20km (race walk)", "20km"),
                                      ("3000m (steeplechase)", "3000m"), ("4x400m (mixed)", "4x400m"), ("3000m (obstacles)", "3000m"),
                                      ("20km (racewalking)", "20km"), ("400m (hurdle)", "400m")])
def test_evaluate_events_that_differ_stay_apart(a: str, b: str) -> None:
    assert normalise_event(a) != normalise_event(b)


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("8km", "cross country", True),
        ("5km", "cross-country", True),
        ("800m", "cross-country", False),
        ("10.2km", "Cross Country", True),
        ("1500m", "cross country", False),
        ("87.7km", "ultramarathon", True),
        ("56km", "ultramarathon (56km)", True),
        ("42.195km", "ultramarathon", False),
        ("marathon", "ultramarathon", False),
        ("8km", "10km cross country", False),
        ("10km", "10km cross country", True),
        ("100 miles", "ultramarathon", True),
        ("10 miles", "ultramarathon", False),
        ("100 miles", "100-mile trail ultramarathon", True),
        ("50km", "50km ultra", True),
        ("100km", "100-mile trail ultramarathon", False),
    ],
)
def test_evaluate_a_gold_kind_with_no_distance_meets_a_distance_of_that_kind(predicted: str, gold: str, same: bool) -> None:
    """A gold event that names a kind and leaves its distance unsaid ("cross country", "ultramarathon") is met by a
    predicted distance of that kind; a gold distance must still be the same."""
    assert same_event(predicted, gold) is same
