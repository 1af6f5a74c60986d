"""Reconciliation: race identity, agreement and conflict per attribute, trust, quotes, checks,
and the planted disagreements of corpus/reconcile/ (expected.json) and the seeds."""

from __future__ import annotations

import gc
import json
import time
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given as hypothesis_given, settings
from hypothesis import strategies as st

from pipeline import run
from pipeline.models import (
    ArticleFacts,
    Evidence,
    FactPerformance,
    Performance,
    Quote,
    Race,
    SourceRef,
    Split,
)
from pipeline.reconcile import (
    EDITION_DISAGREEMENTS,
    Candidate,
    Question,
    cluster_quotes,
    components,
    decimals,
    editions,
    families,
    group_by_families,
    group_by_keys,
    learn_trust,
    quote_key,
    reconcile,
    same_quote,
    same_time,
    unify_races,
)

from .conftest import ROOT, SEEDS

RECONCILE_CORPUS = ROOT / "corpus" / "reconcile"
EXPECTED = json.loads((RECONCILE_CORPUS / "expected.json").read_text(encoding="utf-8"))
HAS_NOTE = "note" in FactPerformance.model_fields

# ---- builders ------------------------------------------------------------------------------

MILE = Race(id="pre-men-mile", meeting="Pre", event="mile", sex="men")
M800 = Race(id="pre-men-800m", meeting="Pre", event="800m", sex="men")


def seconds(time: str) -> float:
    total = 0.0
    for part in time.split(":"):
        total = total * 60 + float(part)
    return round(total, 3)


def ev(source: str, text: str, start: int = 0) -> Evidence:
    return Evidence(source=source, start=start, end=start + len(text), text=text)


def perf(source: str, athlete: str, time: str, place: int | None = None, race: Race = MILE, at: int = 0, **kw) -> Performance:
    return Performance(
        athlete=athlete, athlete_name=athlete.title(), event=race.event, race=race.id, time=time,
        seconds=seconds(time), place=place, evidence=[ev(source, time, at)], **kw,
    )


def split(source: str, at: str, distance: float, time: str, race: Race = MILE) -> Split:
    return Split(athlete=None, race=race.id, at=at, distance_m=distance, seconds=seconds(time), time=time, evidence=[ev(source, time)])


def quote(source: str, speaker: str | None, text: str) -> Quote:
    return Quote(speaker=speaker, speaker_name=speaker, text=text, evidence=[ev(source, text)])


def article(source: str, races=(MILE,), performances=(), splits=(), quotes=(), other_times=()) -> ArticleFacts:
    return ArticleFacts(
        source=SourceRef(id=source, path=f"{source}.txt", sha256=source), races=list(races), athletes=[],
        performances=list(performances), other_times=list(other_times), splits=list(splits), quotes=list(quotes),
    )


def facts_of(*articles: ArticleFacts):
    return reconcile(list(articles), [])


def by_athlete(facts):
    return {p.athlete: p for p in facts.performances}


# ---- times and precision ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time", "expected"),
    [("3:45.34", 2), ("3:29.6", 1), ("4:01", 0), ("2:05:41", 0), ("9.84", 2), ("1:27:40.5", 1), ("10.034", 3), ("3:59,42", 2)],
)
def test_reconcile_decimals(time, expected):
    assert decimals(time) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("3:29.63", "3:29.6", True),  # truncated
        ("4:01", "4:01.02", True),  # whole seconds
        ("3:29.63", "3:29.7", True),  # rounded up, as the rules round
        ("14:28.56", "14:28.6", True),
        ("1:41.20", "1:41.2", True),
        ("3:45.34", "3:45.34", True),
        ("3:45.34", "3:45.43", False),  # transposed digits
        ("3:29.63", "3:29.5", False),
        ("4:01", "4:02.5", False),
        ("4:01", "4:02", False),
        ("9.84", "9.85", False),
        ("2:05:41", "2:05:42", False),
    ],
)
def test_reconcile_same_time(a, b, same):
    assert same_time(seconds(a), decimals(a), seconds(b), decimals(b)) is same
    assert same_time(seconds(b), decimals(b), seconds(a), decimals(a)) is same


def test_reconcile_precision_only_difference_is_an_agreement():
    facts = facts_of(article("a", performances=[perf("a", "kerr", "3:49.63")]), article("b", performances=[perf("b", "kerr", "3:49.6")]))
    kerr = by_athlete(facts)["kerr"]
    assert (kerr.status, kerr.time, kerr.seconds) == ("agreed", "3:49.63", 229.63)
    assert {e.text for e in kerr.evidence} == {"3:49.63", "3:49.6"}
    assert facts.conflicts == []
    if HAS_NOTE:
        assert kerr.note == "precision"


@pytest.mark.skipif(not HAS_NOTE, reason="FactPerformance.note not in models.py yet")
def test_reconcile_same_precision_has_no_note():
    facts = facts_of(article("a", performances=[perf("a", "kerr", "3:45.34")]), article("b", performances=[perf("b", "kerr", "3:45.34")]))
    assert by_athlete(facts)["kerr"].note is None


# ---- agreement and conflict --------------------------------------------------------------------


def test_reconcile_status_single_source_and_agreed():
    facts = facts_of(
        article("a", performances=[perf("a", "kerr", "3:45.34", 1), perf("a", "nuguse", "3:46.22", 3)]),
        article("b", performances=[perf("b", "kerr", "3:45.34", 1)]),
    )
    assert {a: p.status for a, p in by_athlete(facts).items()} == {"kerr": "agreed", "nuguse": "single_source"}
    assert facts.conflicts == []


def test_reconcile_wrong_time_is_a_conflict_keeping_every_evidence_item():
    facts = facts_of(
        article("a", performances=[perf("a", "kerr", "3:45.34", 1, at=10)]),
        article("b", performances=[perf("b", "kerr", "3:45.34", 1, at=20)]),
        article("c", performances=[perf("c", "kerr", "3:45.43", 1, at=30)]),
    )
    kerr = by_athlete(facts)["kerr"]
    assert (kerr.status, kerr.time) == ("conflict", "3:45.34")
    assert [(e.source, e.start) for e in kerr.evidence] == [("a", 10), ("b", 20), ("c", 30)]
    [conflict] = facts.conflicts
    assert (conflict.kind, conflict.subject, conflict.chosen) == ("performance.seconds", "pre-men-mile/kerr", 225.34)
    assert [(v.value, [e.source for e in v.evidence]) for v in conflict.values] == [(225.34, ["a", "b"]), (225.43, ["c"])]
    assert "confidence" in conflict.reason and "trust" in conflict.reason
    if "confidence" in type(conflict).model_fields:
        assert 0.5 < conflict.confidence < 1.0


def test_reconcile_swapped_places_are_two_place_conflicts():
    right = [("sedjati", "1:41.50", 3), ("tual", "1:41.61", 4)]
    facts = facts_of(
        article("a", races=[M800], performances=[perf("a", a, t, p, M800) for a, t, p in right]),
        article("b", races=[M800], performances=[perf("b", a, t, p, M800) for a, t, p in right]),
        article("c", races=[M800], performances=[perf("c", "sedjati", "1:41.50", 4, M800), perf("c", "tual", "1:41.61", 3, M800)]),
    )
    conflicts = {(c.kind, c.subject): c.chosen for c in facts.conflicts}
    assert conflicts == {("performance.place", "pre-men-800m/sedjati"): 3, ("performance.place", "pre-men-800m/tual"): 4}
    assert {a: p.place for a, p in by_athlete(facts).items()} == {"sedjati": 3, "tual": 4}


def test_reconcile_trust_learnt_elsewhere_decides_one_against_one():
    """`c` is outvoted on Nuguse, so it loses trust, and with it the Gourley conflict against `b`."""
    facts = facts_of(
        article("a", performances=[perf("a", "kerr", "3:45.34"), perf("a", "nuguse", "3:46.22")]),
        article("b", performances=[perf("b", "kerr", "3:45.34"), perf("b", "nuguse", "3:46.22"), perf("b", "gourley", "3:47.74")]),
        article("c", performances=[perf("c", "kerr", "3:45.34"), perf("c", "nuguse", "3:46.32"), perf("c", "gourley", "3:47.47")]),
    )
    chosen = {c.subject: c.chosen for c in facts.conflicts}
    assert chosen == {"pre-men-mile/nuguse": 226.22, "pre-men-mile/gourley": 227.74}


def test_reconcile_learn_trust_rewards_agreement_and_punishes_being_outvoted():
    def q(*values):
        return Question("t", "s", [Candidate(v, str(v), [perf(s, "x", "3:45.34") for s in sources]) for v, sources in values])

    trust = learn_trust([q((1, "ab")), q((1, "ab"), (2, "c")), q((3, "c"))])
    assert trust["a"] == trust["b"] > 0.8 > trust["c"]


def test_reconcile_learn_trust_is_the_plain_definition_to_the_last_bit():
    """learn_trust works over arrays; it must give what the definition gives, bit for bit, on
    questions with any number of values and sources (and values no source gives)."""
    import random
    from collections import defaultdict

    from pipeline.reconcile import INITIAL_TRUST, MAX_TRUST, TRUST_ITERATIONS, _confidences

    def plain(questions):
        asked = [[c.sources for c in q.candidates] for q in questions]
        trust = dict.fromkeys(sorted({s for given in asked for ss in given for s in ss}), INITIAL_TRUST)
        for _ in range(TRUST_ITERATIONS):
            scores = defaultdict(list)
            for given in asked:
                for ss, confidence in zip(given, _confidences(given, trust)):
                    for s in ss:
                        scores[s].append(confidence)
            trust = {s: min(MAX_TRUST, sum(v) / len(v)) for s, v in scores.items()}
        return trust

    rng = random.Random(5)
    names = [f"s{i:02d}" for i in range(30)]
    for _ in range(20):
        questions = [
            Question("t", f"q{n}", [Candidate(v, str(v), [perf(s, "x", "3:45.34") for s in rng.sample(names, rng.randint(1, 6))])
                                    for v in range(rng.randint(1, 4))])
            for n in range(rng.randint(1, 40))
        ]
        assert learn_trust(questions) == plain(questions)
    assert learn_trust([]) == {}


def test_reconcile_splits_conflict_and_agreement():
    facts = facts_of(
        article("a", splits=[split("a", "400m", 400, "55.91"), split("a", "800m", 800, "1:52.74")]),
        article("b", splits=[split("b", "400m", 400, "55.9"), split("b", "800m", 800, "1:53.74")]),
    )
    statuses = {s.at: (s.status, s.time) for s in facts.splits}
    assert statuses == {"400m": ("agreed", "55.91"), "800m": ("conflict", "1:52.74")}
    assert [c.kind for c in facts.conflicts] == ["split.seconds"]


# ---- race identity -----------------------------------------------------------------------------


def test_reconcile_unknown_sex_merges_into_the_one_sexed_race():
    unsexed = Race(id="pre-mile", meeting="Pre", event="mile")
    races, alias = unify_races([MILE, unsexed])
    assert [r.id for r in races] == ["pre-men-mile"] and alias == {"pre-mile": "pre-men-mile"}
    facts = facts_of(
        article("a", performances=[perf("a", "kerr", "3:45.34")]),
        article("b", races=[unsexed], performances=[perf("b", "kerr", "3:45.34", race=unsexed)]),
    )
    assert [(p.race, p.status) for p in facts.performances] == [("pre-men-mile", "agreed")]


def test_reconcile_unknown_year_merges_into_the_one_dated_race():
    dated = Race(id="pre-2024-men-mile", meeting="Pre", year=2024, event="mile", sex="men")
    races, alias = unify_races([MILE, dated, Race(id="pre-mile", meeting="Pre", event="mile")])
    assert [r.id for r in races] == ["pre-2024-men-mile"]
    assert alias == {"pre-men-mile": "pre-2024-men-mile", "pre-mile": "pre-2024-men-mile"}


@pytest.mark.parametrize(
    "candidates",
    [
        [MILE, Race(id="pre-women-mile", meeting="Pre", event="mile", sex="women")],  # which sex?
        [Race(id="pre-2023-mile", meeting="Pre", year=2023, event="mile"), Race(id="pre-2024-mile", meeting="Pre", year=2024, event="mile")],
    ],
)
def test_reconcile_ambiguous_race_is_not_merged(candidates):
    races, alias = unify_races([Race(id="pre-mile", meeting="Pre", event="mile"), *candidates])
    assert alias == {} and len(races) == 3


def test_reconcile_a_wheelchair_race_never_merges_with_the_runners():
    """The men's wheelchair marathon and the men's marathon of one meeting are two races: neither merges into the
    other, and the runners' race of no sex merges into the runners' race only; their families differ."""
    runners = Race(id="chicago-men-marathon", meeting="Chicago", event="marathon", sex="men")
    wheelchair = Race(id="chicago-men-wheelchair-marathon", meeting="Chicago", event="marathon", sex="men", division="wheelchair")
    unsexed = Race(id="chicago-marathon", meeting="Chicago", event="marathon")
    races, alias = unify_races([runners, wheelchair, unsexed])
    assert alias == {"chicago-marathon": "chicago-men-marathon"} and len(races) == 2
    assert families(article("a", races=[wheelchair])) == ["chicago|marathon-wheelchair|men|", "id:chicago-men-wheelchair-marathon"]


def test_reconcile_facts_of_different_races_never_conflict():
    w800 = Race(id="pre-women-800m", meeting="Pre", event="800m", sex="women")
    oslo = Race(id="oslo-men-mile", meeting="Oslo", event="mile", sex="men")
    facts = facts_of(
        article("a", races=[MILE, w800], performances=[perf("a", "kerr", "3:45.34", 1), perf("a", "hodgkinson", "1:55.78", 1, race=w800)]),
        article("b", races=[oslo], performances=[perf("b", "kerr", "3:47.20", 2, race=oslo)]),
    )
    assert facts.conflicts == []
    assert sorted((p.race, p.athlete) for p in facts.performances) == [
        ("oslo-men-mile", "kerr"), ("pre-men-mile", "kerr"), ("pre-women-800m", "hodgkinson"),
    ]


def test_reconcile_two_undated_editions_of_one_race_are_told_apart():
    """Sources that agree on no result and disagree on two report different editions."""
    facts = facts_of(
        article("a", performances=[perf("a", "kerr", "3:45.34", 1), perf("a", "ingebrigtsen", "3:45.60", 2)]),
        article("b", performances=[perf("b", "kerr", "3:45.34", 1), perf("b", "ingebrigtsen", "3:45.60", 2)]),
        article("c", performances=[perf("c", "ingebrigtsen", "3:43.73", 1), perf("c", "nuguse", "3:43.97", 2), perf("c", "kerr", "3:48.0", 5)]),
    )
    assert facts.conflicts == []
    assert [r.id for r in facts.races] == ["pre-men-mile", "pre-men-mile-edition-2"]
    assert {(p.race, p.athlete) for p in facts.performances if p.athlete == "ingebrigtsen"} == {
        ("pre-men-mile", "ingebrigtsen"), ("pre-men-mile-edition-2", "ingebrigtsen"),
    }


def test_reconcile_one_disagreement_is_a_conflict_not_another_edition():
    facts = facts_of(
        article("a", performances=[perf("a", "kerr", "3:45.34")]),
        article("b", performances=[perf("b", "kerr", "3:45.43")]),
    )
    assert [r.id for r in facts.races] == ["pre-men-mile"]
    assert [c.kind for c in facts.conflicts] == ["performance.seconds"]


def _editions_pairwise(per_source):
    """`editions` by its definition, source pair by source pair: the reference."""

    def compare(s, t):
        agree, disagree = set(), set()
        for athlete in per_source[s].keys() & per_source[t].keys():
            p, q = per_source[s][athlete], per_source[t][athlete]
            same = same_time(p.seconds, decimals(p.time), q.seconds, decimals(q.time))
            (agree if same else disagree).add(athlete)
        return agree, disagree

    sources = sorted(per_source)
    component = {s: {s} for s in sources}
    for s, t in combinations(sources, 2):
        if component[s] is not component[t] and compare(s, t)[0]:
            merged = component[s] | component[t]
            for u in merged:
                component[u] = merged
    parts = sorted({id(c): c for c in component.values()}.values(), key=lambda c: (-len(c), min(c)))
    groups = []
    for part in parts:
        for group in groups:
            if len(set().union(*(compare(s, t)[1] for s in part for t in group))) < EDITION_DISAGREEMENTS:
                group.extend(sorted(part))
                break
        else:
            groups.append(sorted(part))
    return groups


# few athletes and times (some differing in precision only), so that sources agree, disagree
# and differ by one unit of the last digit often
EDITION_TIMES = ["3:45.3", "3:45.34", "3:45.35", "3:45.4", "3:46", "3:46.0", "3:47.12"]


@settings(max_examples=1000, deadline=None)
@hypothesis_given(st.dictionaries(
    st.sampled_from([f"s{i:02d}" for i in range(12)]),
    st.dictionaries(st.sampled_from(["kerr", "nuguse", "hocker"]), st.sampled_from(EDITION_TIMES), max_size=3),
    min_size=1, max_size=12,
))
def test_reconcile_editions_are_those_of_the_pairwise_definition(given_times):
    per_source = {s: {a: perf(s, a, t) for a, t in by_athlete.items()} for s, by_athlete in given_times.items()}
    assert editions(per_source) == _editions_pairwise(per_source)


# ---- quotes ------------------------------------------------------------------------------------

CHEBET_A = "I knew I had to be patient and wait for the last 200 metres,"
CHEBET_B = "I knew I had to stay patient and wait for the final 200m,"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (CHEBET_A, CHEBET_B, True),  # one quote, two wordings
        ("I ran the race I wanted to run.", "“I ran the race I wanted to run”", True),  # punctuation only
        ("I ran the race I wanted to run. He was just a little bit better today", "He was just a little bit better today", True),  # a part
        ("It is my first time here and the track is very fast", "It's my first time here and the crowd is insane", False),
        ("I will come back", "I will be back for more", False),
        ("Yes, of course,", "Yes, of course, I listen to him.", False),  # short quotes match word for word only
    ],
)
def test_reconcile_same_quote(a, b, same):
    assert same_quote(quote_key(a), quote_key(b)) is same


def test_reconcile_quote_worded_differently_is_one_quote():
    facts = facts_of(article("a", quotes=[quote("a", "chebet", CHEBET_A)]), article("b", quotes=[quote("b", "chebet", CHEBET_B)]))
    [q] = facts.quotes
    assert (q.speaker, q.status, len(q.evidence)) == ("chebet", "agreed", 2)
    assert facts.conflicts == []
    if "note" in type(q).model_fields:
        assert q.note == "wording"


def test_reconcile_same_quote_given_to_different_speakers_is_a_conflict():
    words = "I told myself to stay calm and trust my finish"
    facts = facts_of(
        article("a", quotes=[quote("a", "wanyonyi", words)]), article("b", quotes=[quote("b", "arop", words)]),
        article("c", quotes=[quote("c", None, words)]),
    )
    [q] = facts.quotes
    [conflict] = facts.conflicts
    assert conflict.kind == "quote.speaker" and {v.value for v in conflict.values} == {"wanyonyi", "arop"}
    assert q.status == "conflict" and q.speaker == conflict.chosen and len(q.evidence) == 3


def test_reconcile_cluster_quotes_keeps_different_quotes_apart():
    quotes = [quote("a", "kerr", "I had a lot of fun"), quote("b", "kerr", "I had a lot of fun"), quote("b", "kerr", "I am not here to resolve tensions")]
    assert [len(c) for c in cluster_quotes(quotes)] == [2, 1]


# ---- consistency checks --------------------------------------------------------------------------


def checks(facts):
    return sorted((c.kind, c.subject) for c in facts.conflicts if c.kind.startswith("check."))


def test_reconcile_check_place_order():
    facts = facts_of(article("a", performances=[perf("a", "kerr", "3:46.60", 1), perf("a", "ingebrigtsen", "3:45.60", 2)]))
    assert checks(facts) == [("check.place_order", "pre-men-mile/kerr~ingebrigtsen")]
    [c] = facts.conflicts
    assert c.chosen is None and [v.value for v in c.values] == ["Kerr: 1st in 3:46.60", "Ingebrigtsen: 2nd in 3:45.60"]


def test_reconcile_check_place_order_tolerates_precision():
    facts = facts_of(article("a", performances=[perf("a", "kerr", "3:45.6", 1), perf("a", "ingebrigtsen", "3:45.58", 2)]))
    assert checks(facts) == []


@hypothesis_given(st.lists(st.tuples(st.integers(1, 6), st.integers(0, 9)), max_size=14))
@settings(max_examples=300, deadline=None)
def test_reconcile_placed_before_slower_finds_the_pairs_of_every_pair_of_results(results):
    """The place-order check's pairs, found in one pass, are those of the plain double loop over
    every pair, in its order: ties of place, of time, and places out of order included."""
    from types import SimpleNamespace

    from pipeline.reconcile import _placed_before_slower

    placed = sorted((SimpleNamespace(place=place, seconds=225.0 + tenth / 10) for place, tenth in results), key=lambda p: p.place)
    plain = [(a, b) for a, b in combinations(placed, 2) if a.place < b.place and a.seconds > b.seconds]
    assert _placed_before_slower(placed) == plain


def test_reconcile_check_place_shared():
    facts = facts_of(article("a", performances=[perf("a", "kerr", "3:45.34", 2), perf("a", "nuguse", "3:46.22", 2)]))
    assert checks(facts) == [("check.place_shared", "pre-men-mile/2nd")]


def test_reconcile_heats_have_a_winner_each_and_are_no_part_of_the_final():
    """An earlier round is a race of its own, of several heats: two heat winners share no place, a heat's time is not
    the final's (no conflict with it), and a report of only the heats joins no component with one of only the final."""
    heats = Race(id="pre-men-mile-heats", meeting="Pre", event="mile", sex="men", round="heats")
    facts = facts_of(article("a", races=[MILE, heats], performances=[
        perf("a", "kerr", "3:45.34", 1), perf("a", "nuguse", "3:46.22", 2),
        perf("a", "kerr", "3:52.10", 1, race=heats), perf("a", "nuguse", "3:51.02", 1, race=heats)]))
    assert checks(facts) == []
    assert sorted((p.race, p.athlete, p.time) for p in facts.performances) == [
        ("pre-men-mile", "kerr", "3:45.34"), ("pre-men-mile", "nuguse", "3:46.22"),
        ("pre-men-mile-heats", "kerr", "3:52.10"), ("pre-men-mile-heats", "nuguse", "3:51.02")]
    assert [c for c in facts.conflicts if not c.kind.startswith("check.")] == []
    assert families(article("h", races=[heats], performances=[perf("h", "kerr", "3:52.10", 1, race=heats)])) == [
        "id:pre-men-mile-heats", "pre|mile-heats|men|"]
    assert families(article("f", performances=[perf("f", "kerr", "3:45.34", 1)])) == ["id:pre-men-mile", "pre|mile|men|"]
    unsexed = Race(id="pre-mile-heats", meeting="Pre", event="mile", round="heats")  # the heats, sex unsaid: not the final
    assert unify_races([unsexed, MILE])[1] == {}
    assert unify_races([unsexed, heats])[1] == {"pre-mile-heats": "pre-men-mile-heats"}


@pytest.mark.parametrize(
    ("splits", "expected"),
    [
        ([("400m", 400, "55.91"), ("800m", 800, "1:52.74"), ("bell", 1209.34, "2:50.70")], []),
        ([("400m", 400, "55.91"), ("800m", 800, "52.74")], [("check.split_order", "pre-men-mile/400m~800m")]),
        ([("1200m", 1200, "3:50.10")], [("check.split_order", "pre-men-mile/1200m~finish")]),  # slower than the winner
    ],
)
def test_reconcile_check_split_order(splits, expected):
    facts = facts_of(article("a", performances=[perf("a", "kerr", "3:45.34", 1)], splits=[split("a", *s) for s in splits]))
    assert checks(facts) == expected


@pytest.mark.parametrize(
    ("time", "impossible"),
    [("3:45.34", False), ("3:36.10", True), ("3:37.00", False), ("6:19.00", False), ("6:30.00", True)],
)
def test_reconcile_check_time_impossible(time, impossible):
    # mile record 223.13 s: 0.97 x = 216.4 s, 1.7 x = 379.3 s
    facts = facts_of(article("a", performances=[perf("a", "kerr", time)]))
    assert checks(facts) == ([("check.time_impossible", "pre-men-mile/kerr")] if impossible else [])


def test_reconcile_clean_race_has_no_conflicts():
    results = [("kerr", "3:45.34", 1), ("ingebrigtsen", "3:45.60", 2), ("nuguse", "3:46.22", 3)]
    facts = facts_of(*[
        article(s, performances=[perf(s, a, t, p) for a, t, p in results], splits=[split(s, "800m", 800, "1:52.74")])
        for s in "ab"
    ])
    assert facts.conflicts == [] and {p.status for p in facts.performances} == {"agreed"}


def test_reconcile_order_of_articles_does_not_matter():
    arts = [
        article("a", performances=[perf("a", "kerr", "3:45.34", 1), perf("a", "nuguse", "3:46.2", 3)], quotes=[quote("a", "kerr", CHEBET_A)]),
        article("b", performances=[perf("b", "kerr", "3:45.43", 1), perf("b", "nuguse", "3:46.22", 2)], quotes=[quote("b", "nuguse", CHEBET_B)]),
        article("c", performances=[perf("c", "kerr", "3:45.34", 1)]),
    ]
    assert reconcile(arts, []).model_dump_json() == reconcile(arts[::-1], []).model_dump_json()


# ---- the planted corpus and the seeds --------------------------------------------------------------


@pytest.fixture(scope="module")
def planted():
    result = run([str(RECONCILE_CORPUS)])
    assert not result.errors
    return result


def _name(source_id: str, facts) -> str:
    return Path(next(s.path for s in facts.sources if s.id == source_id)).name


def _found(conflict, facts) -> dict:
    race, _, subject = conflict.subject.rpartition("/") if conflict.kind != "quote.speaker" else (None, "", conflict.subject)
    return {"kind": conflict.kind, "race": race, "subject": subject, "values": sorted(map(str, (v.value for v in conflict.values)))}


def test_reconcile_corpus_reports_every_planted_conflict_and_no_false_alarm(planted):
    facts = planted.facts
    found = [_found(c, facts) for c in facts.conflicts]
    expected = [
        {"kind": e["kind"], "race": e["race"], "subject": e["subject"], "values": sorted(map(str, e["values"]))}
        for e in EXPECTED["conflicts"]
    ]
    missed = [e for e in expected if e not in found]
    false_alarms = [f for f in found if f not in expected]
    assert (missed, false_alarms) == ([], [])
    assert len(found) == len(expected) == 6


def test_reconcile_corpus_chooses_the_right_values_and_blames_the_planted_sources(planted):
    facts = planted.facts
    for e in EXPECTED["conflicts"]:
        [c] = [c for c in facts.conflicts if c.kind == e["kind"] and c.subject.endswith(e["subject"])]
        assert c.chosen == e["chosen"], e["planted"]
        wrong = [v for v in c.values if v.value != c.chosen]
        assert sorted({_name(ev.source, facts) for v in wrong for ev in v.evidence}) == e["wrong_in"]


def test_reconcile_corpus_rounding_and_wording_are_agreements(planted):
    facts = planted.facts
    perfs = {(p.race, p.athlete): p for p in facts.performances}
    for e in EXPECTED["agreements"]:
        if e["kind"] == "quote":
            [q] = [q for q in facts.quotes if q.speaker == e["subject"] and len({ev.source for ev in q.evidence}) > 1]
            assert q.status == "agreed"
            assert sorted({_name(ev.source, facts) for ev in q.evidence}) == e["sources"]
            if "note" in type(q).model_fields:
                assert q.note == e["note"]
            continue
        p = perfs[(e["race"], e["subject"])]
        assert (p.status, p.time) == ("agreed", e["kept"]), e["planted"]
        assert {ev.text for ev in p.evidence} >= {e["kept"]}
        if HAS_NOTE:
            assert p.note == e["note"]


def test_reconcile_corpus_races(planted):
    assert [r.id for r in planted.facts.races] == EXPECTED["races"]


@pytest.fixture(scope="module")
def seeds():
    return run([str(SEEDS)]).facts


def test_reconcile_seeds_bowerman_mile_has_five_results(seeds):
    [kerr] = [p for p in seeds.performances if p.athlete == "josh-kerr"]
    race = next(r for r in seeds.races if r.id == kerr.race)
    assert (race.meeting, race.event, race.sex) == ("Prefontaine Classic", "mile", "men")
    mile = [p for p in seeds.performances if p.race == race.id]
    assert sorted((p.place, p.athlete) for p in mile) == [
        (1, "josh-kerr"), (2, "jakob-ingebrigtsen"), (3, "yared-nuguse"), (4, "neil-gourley"), (5, "jake-wightman"),
    ]


def test_reconcile_seeds_kerr_agreed_by_all_three_articles(seeds):
    [kerr] = [p for p in seeds.performances if p.athlete == "josh-kerr"]
    assert (kerr.time, kerr.status) == ("3:45.34", "agreed")
    assert {e.source for e in kerr.evidence} == {s.id for s in seeds.sources} and len(seeds.sources) == 3


def test_reconcile_seeds_other_races_stay_apart(seeds):
    races = {p.athlete: p.race for p in seeds.performances}
    by_id = {r.id: r for r in seeds.races}
    hodgkinson, hinchliffe = by_id[races["keely-hodgkinson"]], by_id[races["louie-hinchliffe"]]
    assert (hodgkinson.event, hodgkinson.sex) == ("800m", "women")
    assert hinchliffe.event == "100m" and hinchliffe.meeting != "Prefontaine Classic"
    assert len({races["josh-kerr"], races["keely-hodgkinson"], races["louie-hinchliffe"]}) == 3
    assert seeds.conflicts == []


def test_reconcile_other_times_of_one_athlete_keep_their_contexts():
    facts = facts_of(article(
        "a", other_times=[perf("a", "kerr", "3:48.87", context="earlier"), perf("a", "kerr", "3:33.6", context="heat")],
    ))
    assert sorted((p.context, p.time) for p in facts.other_times) == [("earlier", "3:48.87"), ("heat", "3:33.6")]
    assert facts.conflicts == []


# ---- components --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([["a"], ["b"], ["a"]], [[0, 2], [1]]),
        ([["a"], ["b"], ["a", "b"]], [[0, 1, 2]]),  # joined through the third
        ([[], [], ["x"]], [[0], [1], [2]]),  # no key: alone
        ([["c", "d"], ["e"], ["d", "e"], ["f"]], [[0, 1, 2], [3]]),
    ],
)
def test_group_by_keys_joins_items_sharing_a_key_transitively(keys, expected):
    assert group_by_keys(keys) == expected


def test_components_split_articles_that_share_no_race_family():
    a = article("a", performances=[perf("a", "kerr", "3:45.34", 1)])
    b = article("b", races=[M800], performances=[perf("b", "hoppel", "1:43.10", 1, race=M800)])
    c = article("c", races=[Race(id="pre-mile", meeting="Pre", event="mile")])  # no sex: still the mile's family
    assert [[x.source.id for x in part] for part in components([b, c, a])] == [["a", "c"], ["b"]]


def test_components_reconcile_like_separate_runs_with_trust_learnt_apart():
    mile = [article(s, performances=[perf(s, "kerr", t, 1)]) for s, t in (("a", "3:45.34"), ("b", "3:45.34"), ("c", "3:45.90"))]
    other = [article(s, races=[M800], performances=[perf(s, "hoppel", t, 1, race=M800)]) for s, t in (("d", "1:43.10"), ("e", "1:43.90"))]
    together = facts_of(*mile, *other)
    assert together.performances == facts_of(*mile).performances + facts_of(*other).performances
    assert together.sources == facts_of(*mile).sources + facts_of(*other).sources


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([["pre|mile|men|2023"], ["pre|mile|men|2024"]], [[0], [1]]),  # two editions, each dated
        ([["pre|mile|men|2024"], ["pre|mile||"]], [[0, 1]]),  # "the mile": the one mile the run holds
        ([["pre|mile|men|2023"], ["pre|mile|men|2024"], ["pre|mile||"]], [[0], [1], [2]]),  # either: merged with none
        ([["pre|mile|men|2023"], ["pre|mile|men|2024"], ["pre|mile|men|"], ["pre|mile||"]], [[0], [1], [2], [3]]),
        ([["pre|mile|men|2024"], ["pre|mile|men|"], ["pre|mile||"]], [[0, 1, 2]]),  # each stands for 2024's
        ([["pre|mile|men|2024"], ["pre|mile|women|2024"]], [[0], [1]]),
        ([["pre|mile|men|"], ["pre|mile||2024"]], [[0], [1]]),  # neither says what the other leaves out
        ([["pre|mile|men|2023", "pre|mile||"], ["pre|mile|men|2024"]], [[0], [1]]),  # one article: together anyway
        ([["pre|mile|men|2024"], ["oslo|mile|men|2024"]], [[0], [1]]),
        ([["id:x", "a|b||"], ["id:x", "c|d||"]], [[0, 1]]),  # one race id: always together
    ],
)
def test_group_by_families_joins_races_one_may_stand_for_the_other(keys, expected):
    assert group_by_families(keys) == expected


# ---- the same facts whatever the process's hash seed -------------------------------------------

# Twelve quotes (from generated articles) whose clustering followed the hash seed: each shares
# "Running here in ... means a lot" with the others, so ties decided which ones were compared.
TIED_QUOTES = [  # (source, start, text): the order they are clustered in follows the source
    ('3ef13d7dd736358a', 821, 'The plan was simple: sit, wait and kick. Running here in London means a lot,'),
    ('1afa58a794578e2f', 271, 'I just tried to stay relaxed and trust my finish. Running here in Rome means a lot,'),
    ('ca2f0802714255e8', 705, 'Everything came together tonight. Running here in Chicago means a lot,'),
    ('a910f4ec979a8ed0', 929, 'Next time I want to be closer to the front when it matters. Running here in Oslo means a lot.'),
    ('c01e7fd7355513aa', 280, 'There is still a lot of work to do before the championships. Running here in Stockholm means a lot,'),
    ('66477e396bb5756d', 424, 'The crowd here is amazing and they carried me home. Running here in Lausanne means a lot,'),
    ('6ee9ce0508a8195e', 493, 'Everything came together tonight,'),
    ('7bf75138cb45c68c', 493, 'I wanted to win here more than anything. Running here in Rabat means a lot,'),
    ('2a5b24eba3a09b7a', 356, 'and this is for my family and everyone back home. Running here in Zurich means a lot.'),
    ('96ca7156f9eb0453', 398, 'I felt good from the start and I wanted to push the pace. Running here in Ostrava means a lot,'),
    ('054380c6ca9282b5', 386, 'I have been training well, so this is not a surprise for me. Running here in Copenhagen means a lot,'),
    ('c15f3dd683c63a8a', 271, 'I came here to win, and I did it. Running here in London means a lot,'),
]

HASH_SEED_PROBE = """
import json, sys
from pipeline.models import Evidence, Quote
from pipeline.reconcile import cluster_quotes

quotes = [Quote(speaker=None, speaker_name=None, text=t, evidence=[Evidence(source=s, start=a, end=a + len(t), text=t)])
          for s, a, t in json.loads(sys.argv[1])]
print(json.dumps([[q.evidence[0].source for q in c] for c in cluster_quotes(quotes)]))
"""


def test_reconcile_cluster_quotes_is_the_same_whatever_the_hash_seed():
    """Quote clusters (and so the facts file) must not follow the order a set of strings is walked
    in, which changes from process to process: a rerun must give what a cold run gives."""
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in range(1, 9):  # before the fix, each of two clusterings came up about half the time
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        proc = subprocess.run([sys.executable, "-c", HASH_SEED_PROBE, json.dumps(TIED_QUOTES)], capture_output=True, text=True, env=env, check=True)
        outputs.add(proc.stdout)
    assert len(outputs) == 1


# ---- linear time -------------------------------------------------------------------------------


def _reconcile_seconds(reports: int) -> float:
    """CPU seconds to reconcile one mile whose winner `reports` articles report, in two wordings
    of one time (an archive's popular race): one time question with many reports."""
    articles = [article(f"s{i:05d}", performances=[perf(f"s{i:05d}", "kerr", "3:45.34" if i % 2 else "3:45.3", 1)])
                for i in range(reports)]
    gc.collect()
    gc.disable()  # a collection of the test session's heap is not reconciliation's cost
    try:
        start = time.process_time()
        facts_of(*articles)
        return time.process_time() - start
    finally:
        gc.enable()


def test_reconcile_time_is_linear_in_the_reports_of_one_fact():
    """4x the reports may take at most 8x the time (a ratio in one run, never an absolute time).
    Each joining report once gathered again the sources of every report before it: quadratic."""
    small = min(_reconcile_seconds(2000) for _ in range(3))
    big = min(_reconcile_seconds(8000) for _ in range(2))
    assert big <= 8 * small, f"2000 reports took {small:.2f} CPU s, 8000 took {big:.2f}: more than 8x"
