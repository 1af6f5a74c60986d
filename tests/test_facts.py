"""The step from a Doc's spans to an article's facts (pipeline/facts.py)."""

from __future__ import annotations

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



def test_facts_one_runner_named_two_ways_by_a_translation_is_one() -> None:
    """Translated German copy gives "Katharina Comfort" (Trost translated) in the text and "Katharina Trost" in the results,
    the same place and time in the same race: one runner, the name given more often kept. Brothers of one surname stay two
    even when a time is given to both ("Leo and Lex Young ... 14th (15:21.8) and 19th (15:28.1)")."""
    facts = extract("In the 1500 meters of the women Diribe Welteji won in 4:01,46 min. Katharina Comfort ran as second in "
                    "4:05,80 min a new hall best time.\n\nResults\nWomen, 1500 m: 1. Diribe Welteji (ETH) 4:01,46; "
                    "2. Katharina Trost (GER) 4:05,80")
    assert [a.key for a in facts.athletes] == ["Diribe Welteji", "Katharina Trost"]
    assert {(p.athlete, p.time, p.place) for p in facts.performances} == {
        ("Diribe Welteji", "4:01,46", 1), ("Katharina Trost", "4:05,80", 2)}
    twins = extract("Freshman twins Leo and Lex Young finished 14th (15:21.8) and 19th (15:28.1).\n\nResults: 14. Leo Young "
                    "(NP) 15:21.8; 19. Lex Young (NP) 15:28.1.")
    assert {a.key for a in twins.athletes} == {"Leo Young", "Lex Young"}


def test_facts_two_runners_of_one_given_name_told_alike_stay_two() -> None:
    """The review of d02a2ea: two heats' winners or two age groups' in one time are two runners, told alike in the prose (only
    a name in the prose and another only in the results list, in a final, are one runner's)."""
    heats = extract("Anna Kowal won the first heat of the 800m in 2:03.4, and Anna Brenner won the second heat, also in 2:03.4.")
    assert {a.key for a in heats.athletes} == {"Anna Kowal", "Anna Brenner"}
    groups = extract("David Moore won the U17 800m final in 1:58.3 and David Hunt won the U20 800m final in 1:58.3.")
    assert {a.key for a in groups.athletes} == {"David Moore", "David Hunt"}


def test_facts_a_short_form_in_the_text_and_the_full_name_in_the_box_are_one_runner() -> None:
    """"Dave Bedford" in the prose and "6 David Bedford (GBR) 28:05.44" in the results box, the same place and time: one
    runner (a short form alone, with no such result, joins no one: "Christopher Jones ... Chris Jones, no relation")."""
    facts = extract("Dave Bedford led early but faded to sixth in 28:05.44 in the 10,000m final.\n\nResults: 1 Lasse Viren (FIN) "
                    "27:38.35; 6 David Bedford (GBR) 28:05.44")
    assert [p.athlete for p in facts.performances if p.time == "28:05.44"] == [facts.performances[-1].athlete]
    assert len({a.key for a in facts.athletes if a.key.endswith("Bedford")}) == 1
