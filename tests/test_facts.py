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


