"""The step from a Doc's spans to an article's facts (pipeline/facts.py)."""

from __future__ import annotations

import pytest

from pipeline import extract

SPRINTS = (
    "Akani Simbine edged Bayanda Walaza in the men's 100m final at the SA Championships on Saturday.\n\n"
    "Simbine clocked 9.94 seconds to hold off Walaza (10.02) in the final.\n\n"
    "Walaza, who won the world U20 100m title last year, made amends an hour later. The university student came off the "
    "bend level with Sinesipho Dambile and powered away to win the 200m in 20.08, with Dambile second in 20.21 and Luxolo "
    "Adams third in 20.35.\n\n"
    "In the women's sprints, Tamzin Thomas took the 100m title in 11.29, holding off Viwe Jingqi (11.33).\n\n"
    "Jingqi turned the tables in the 200m, winning in 23.02, with Thomas second in 23.18.\n\n"
    "Men\n100m final: Akani Simbine (AGN) 9.94; Bayanda Walaza (AGN) 10.02\n"
    "200m final: Walaza (AGN) 20.08; Dambile (EPA) 20.21; Luxolo Adams (AFS) 20.35\n\n"
    "Women\n100m final: Tamzin Thomas (WPA) 11.29; Viwe Jingqi (AGN) 11.33\n"
    "200m final: Jingqi (AGN) 23.02; Thomas (WPA) 23.18"
)


def test_facts_a_race_told_without_its_sex_then_again_with_it_is_one_race() -> None:
    """The 200m told in prose without its sex, then again in the results under "Men": one race, the men's (each result
    had been given twice, once in a race of no sex); the women's 200m, which shares no result with it, stays apart."""
    facts = extract(SPRINTS)
    sex = {r.id: r.sex for r in facts.races}
    assert {(p.athlete, p.time, sex[p.race]) for p in facts.performances if p.event == "200m"} == {
        ("Bayanda Walaza", "20.08", "men"), ("Sinesipho Dambile", "20.21", "men"), ("Luxolo Adams", "20.35", "men"),
        ("Viwe Jingqi", "23.02", "women"), ("Tamzin Thomas", "23.18", "women")}




TRANSLATED = (
    "[Automatically translated from German]\n\n"
    "ISTAF: Tschebet too strong, Monastery Half fourth\n\n"
    "Berlin. Before 40.000 spectators in the Olympic stadium the Kenyan Beatrice Tschebet has on Sunday the 5000 meters of "
    "the women won. In 14:31,05 min she lay at the end clearly before the Ethiopian Medina Eisa (14:33,40 min). Konstanze "
    "Monastery Half ran as best German on rank four in 14:48,12 min.\n\n"
    "In the 3000 meters obstacle the Americans Emma Coburn and Emma Grace Hurley came in the same time of 9:20,15 min over the "
    "line; the photo gave Coburn the fourth rank.\n\n"
    "Results (selection)\n\n"
    "Women, 5000 m: 1. Beatrice Chebet (KEN) 14:31,05 min; 2. Medina Eisa (ETH) 14:33,40; 4. Konstanze Klosterhalfen (GER) "
    "14:48,12.\n"
    "Women, 3000 m obstacle: 4. Emma Coburn (USA) 9:20,15; 5. Emma Grace Hurley (USA) 9:20,15.\n"
)


def test_facts_a_name_translated_in_the_prose_and_spelt_right_in_the_results_is_one_runner() -> None:
    """"Konstanze Monastery Half" (Klosterhalfen, translated) and the results' "Konstanze Klosterhalfen" give one result: one
    runner, under the registry's name, with both names among her mentions (she had been two athletes with one result each).
    Two runners given one time at two places stay two."""
    facts = extract(TRANSLATED)
    fifth = [(p.athlete, p.place) for p in facts.performances if p.time == "14:48,12"]
    assert fifth == [("Konstanze Klosterhalfen", 4)]
    her = next(a for a in facts.athletes if a.key == "Konstanze Klosterhalfen")
    assert {m.surface for m in her.mentions} >= {"Konstanze Monastery", "Konstanze Klosterhalfen"}
    assert {(p.athlete, p.place) for p in facts.performances if p.time == "9:20,15"} == {("Emma Coburn", 4), ("Emma Grace Hurley", 5)}


def test_facts_a_name_joined_by_one_result_says_so() -> None:
    """`pipeline explain` tells how a mention joined its athlete: the translated name "by one result with 'Konstanze
    Klosterhalfen'" (it had said "full name")."""
    her = next(a for a in extract(TRANSLATED).athletes if a.key == "Konstanze Klosterhalfen")
    assert {m.link for m in her.mentions if m.surface == "Konstanze Monastery"} == {"one result with 'Konstanze Klosterhalfen'"}


def test_facts_a_time_told_again_rounded_is_the_same_result() -> None:
    """The headline's "26:42" of the body's "26:42.61", the next morning's "3:39.2" of "3:39.17": one result each, at the finer
    time, with both evidences (each had been a second result). "10.00" is no rounding of "9.99": told to two decimals."""
    facts = extract("Nico Young drops a 26:42 at The TEN\n\nNico Young won the men's 10,000m at The TEN, crossing in 26:42.61. "
                    "Grant Fisher was second in 26:43.20.\n\nThe paper the next morning gave Young's time as 26:42.6.")
    assert [(p.athlete, p.time) for p in facts.performances] == [("Nico Young", "26:42.61"), ("Grant Fisher", "26:43.20")]
    assert len(facts.performances[0].evidence) == 3
    facts = extract("Ackeem Blake won the men's 100m in 9.99. Ryiem Forde was fourth in 10.00, and Blake's heat time was 10.00.")
    assert sorted(p.time for p in facts.performances if p.athlete == "Ackeem Blake") == ["10.00", "9.99"]


@pytest.mark.parametrize(
    "text",
    ["Men's 100m: 1. Noah Lyles (USA) 9.95; =2. Kenny Bednarek (USA) 10.01; =2. Kenny Jones (GBR) 10.01; 4. Ferdinand Omanyala "
     "(KEN) 10.04.",
     "Heat 3: Kenny Bednarek (USA) 10.01, Kenny Jones (GBR) 10.01, Akani Simbine (RSA) 10.05."],
    ids=["a-tie-in-a-list", "a-heat-s-row"],
)
def test_facts_two_runners_tied_in_one_list_stay_two(text: str) -> None:
    """(The review: two runners of one given name given one time in one list, a dead heat, are two; one had been dropped.)"""
    facts = extract(text)
    assert {p.athlete for p in facts.performances if p.time == "10.01"} == {"Kenny Bednarek", "Kenny Jones"}


def test_facts_a_runner_s_earlier_marks_told_to_other_decimals_stay_apart() -> None:
    """(The review: "a personal best of 4:02 from the 2021 Olympic final" and "4:01.8 indoors last winter" are two marks.)"""
    facts = extract("Hull's personal best is 4:02 from the 2021 Olympic final. She also ran 4:01.8 indoors in Boston last winter. "
                    "On Saturday Jessica Hull won the Sydney mile in 4:20.12.")
    assert sorted(o.time for o in facts.other_times) == ["4:01.8", "4:02"]


def test_facts_a_national_championship_s_rank_is_no_place_of_the_race() -> None:
    """One runner's time told with its place in the open race ("6 Cian Mulcahy ... 2:13:40") and in the national championship run
    within it ("National championships: Men: 1 C Mulcahy ... 2:13:40"): one result, the race's place."""
    facts = extract("Chesire wins Dublin as Mulcahy takes national title\n\nDennis Chesire won the Dublin Marathon in 2:08:44. Cian "
                    "Mulcahy won the national title in 2:13:40.\n\n"
                    "RESULTS\n\nMen: 1 Dennis Chesire (Kenya) 2:08:44; 2 Tadesse Gebremariam (Ethiopia) 2:09:10; 3 Alfred Bett (Kenya) "
                    "2:09:58; 4 Yonas Haile (Eritrea) 2:11:26; 5 Moses Kiprugut (Kenya) 2:12:35; 6 Cian Mulcahy (Clonliffe Harriers) "
                    "2:13:40\n\nNational championships: Men: 1 C Mulcahy (Clonliffe Harriers) 2:13:40; 2 E Ryan (Leevale) 2:15:21.")
    assert [(p.time, p.place) for p in facts.performances if p.time == "2:13:40"] == [("2:13:40", 6)]


def test_facts_a_placed_result_told_again_among_bests_is_one_fact() -> None:
    """"PB corner: Tom Okoro, 800m: 1:53.47 (prev 1:54.20)" after "came through to third in 1:53.47": one result, not a mark
    too; the old best stays a mark."""
    facts = extract("Race 1 at the Watford Open Graded went off hard. Tom Okoro came through to third in 1:53.47, his first PB "
                    "in two seasons. Sam Hale won in 1:52.10.\n\nPB corner\nTom Okoro, 800m: 1:53.47 (prev 1:54.20)\n")
    assert {(p.athlete, p.time) for p in facts.performances} >= {("Tom Okoro", "1:53.47"), ("Sam Hale", "1:52.10")}
    assert ("Tom Okoro", "1:53.47") not in {(o.athlete, o.time) for o in facts.other_times}
    assert ("Tom Okoro", "1:54.20") in {(o.athlete, o.time) for o in facts.other_times}


@pytest.mark.parametrize(
    "text",
    [
        "Mia Cole was fifth in the 800m at Watford in 2:05.11, equalling her best. PBs: Mia Cole, 800m 2:05.11 (prev 2:05.11, "
        "Loughborough 2023).",
        "Tom Okoro was third in the 800m at Watford in 1:53.47. Last year at Eton he ran 1:53.47 as well.",
    ],
    ids=["prev", "as-well"],
)
def test_facts_the_same_time_run_before_stays_a_mark(text: str) -> None:
    """The same time as a placed result, said to have been run before ("(prev 2:05.11", "he ran 1:53.47 as well"), stays a
    mark of its own (a review's probes)."""
    facts = extract(text)
    assert {p.time for p in facts.performances} & {o.time for o in facts.other_times}


def test_facts_a_ranking_s_row_does_not_overrule_the_race_s_place() -> None:
    """"Obiri was third in the 5000m in 14:50.10." and a world-leading list's "1. Obiri 14:50.10": third (a list's row wins over a
    sentence's place only under no heading of a ranking or a group)."""
    facts = extract("Obiri was third in the 5000m in 14:50.10.\n\nWorld leading times 2024:\n1. Obiri 14:50.10\n2. Chebet 14:52.00\n")
    assert [(p.time, p.place) for p in facts.performances if p.time == "14:50.10"] == [("14:50.10", 3)]



def test_facts_a_results_row_s_place_over_a_sentence_s() -> None:
    """A time told in prose with a win before another runner's clause and again in a results row ("2. Cpl Vincent Kipsang ...
    28:23.10"): the row's place (a list's row wins where the places told disagree)."""
    facts = extract("Only Vincent Kipsang could respond, and Wesley Langat closed the deal with a 57.8 last lap to win in 28:21.65, "
                    "Kipsang finishing a stride back in 28:23.10 to take the win in the army series.\n\nMen's 10,000m\n"
                    "1. Sgt Wesley Langat (Laikipia Air Base) 28:21.65\n2. Cpl Vincent Kipsang (Moi Barracks) 28:23.10\n")
    assert [(p.athlete, p.place) for p in facts.performances if p.time == "28:23.10"] == [("Vincent Kipsang", 2)]


def test_facts_an_old_record_told_again_with_no_owner_joins_the_owned_one() -> None:
    """"the Bison record of 13:52.10 that Dan Wexler had held since 2014", then a results table's "SR (old: 13:52.10, Dan Wexler,
    2014)" whose note names no runner the text knows: one old mark, Dan Wexler's, with both places as its evidence (and the row's old
    time no result of the runner whose row it is)."""
    facts = extract("Owen Prescott finished fourth in the 5,000m in 13:48.62, taking down the Bison record of 13:52.10 that Dan Wexler "
                    "had held since 2014.\n\nPl  Name              Yr  School       Time      Note\n4   Owen Prescott     SR  Bucknell"
                    "     13:48.62  SR (old: 13:52.10, Dan Wexler, 2014)\n5   Tom Lane          JR  Navy         13:49.02\n")
    assert [(o.athlete, o.time, len(o.evidence)) for o in facts.other_times] == [("Dan Wexler", "13:52.10", 2)]
    assert [(p.athlete, p.time) for p in facts.performances] == [("Owen Prescott", "13:48.62"), ("Tom Lane", "13:49.02")]


def test_facts_a_split_told_in_prose_and_in_a_table_under_two_labels_is_one() -> None:
    """"At four kilometres the time was 10:31.2" and the table's "4000 m 10:31.2 (Chemutai)": one split, the table's runner (a
    point's label said two ways, "4km" and "4000m"); two runners named at one point in one time stay two."""
    facts = extract("TURKU. Hagos Gebrhiwet won the men's 5000 metres in 13:04.36. At four kilometres the time was 10:31.2, and the "
                    "group still had six runners.\n\nIntermediate times (leader):\n3000 m 7:53.6 (Kiprotich)\n4000 m 10:31.2 (Chemutai)\n")
    assert [(s.athlete_name, s.distance_m, s.time, len(s.evidence)) for s in facts.splits if s.distance_m == 4000] == [
        ("Chemutai", 4000.0, "10:31.2", 2)]
    facts = extract("Hagos Gebrhiwet won the men's 5000 metres in 13:04.36. Gebrhiwet went through 4km in 10:31.2, and Oscar Chemutai "
                    "passed 4000 metres in 10:31.2 too.")
    assert sorted(s.athlete_name for s in facts.splits) == ["Gebrhiwet", "Oscar Chemutai"]
