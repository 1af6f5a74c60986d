"""Resolution: registry, run and fuzzy matching; never a weak guess; the seeds' name variants."""

from __future__ import annotations

import json

import pytest

from pipeline import run
from pipeline.registry import DEFAULT_REGISTRY, RegistryAthlete, Registry, fold, load_registry
from pipeline.resolve import Context, Roster, resolve

from .conftest import GOLD, SEEDS


@pytest.fixture(scope="module")
def registry():
    return load_registry([DEFAULT_REGISTRY])


@pytest.mark.parametrize(
    "name, expected, method",
    [
        ("Josh Kerr", "josh-kerr", "registry-exact"),
        ("Mo Farah", "mohamed-farah", "registry-alias"),
        ("Jack Whiteman", "jake-wightman", "registry-fuzzy"),
        ("Jacob Ingebritson", "jakob-ingebrigtsen", "registry-fuzzy"),
        ("Yared Nugus", "yared-nuguse", "registry-fuzzy"),
        ("Nuguse", "yared-nuguse", "registry-surname"),
    ],
)
def test_resolve_variants_reach_their_athlete(registry, name, expected, method):
    res = resolve(name, Roster(registry))
    assert res is not None and res.athlete == expected and res.method.startswith(method)


@pytest.mark.parametrize(
    "name",
    [
        "Ingebrigtsen",  # three brothers: a bare surname stays unresolved
        "Filip Kerr",  # a surname of one athlete, the given name of none
        "Josh Cole",  # sounds like Kerr, but nothing backs a two-letter sound key
        "Jake Heywood",  # not Jake Wightman
    ],
)
def test_resolve_never_guesses(registry, name):
    res = resolve(name, Roster(registry))
    assert res is None or res.athlete not in {"josh-kerr", "jake-wightman"} and not name.startswith("Ingebrigtsen")


def test_resolve_sound_alike_needs_the_article_to_back_it(registry):
    backed = resolve("Josh Cole", Roster(registry), context=Context(co_mentioned=frozenset({"josh-kerr"})))
    assert backed is not None and backed.athlete == "josh-kerr"
    assert resolve("Josh Cole", Roster(registry), context=Context(country="GBR")).athlete == "josh-kerr"


def test_resolve_look_alikes_do_not_merge(registry):
    roster = Roster(registry)
    for a, b in [("Jakob Ingebrigtsen", "Filip Ingebrigtsen"), ("Jake Wightman", "Jake Heyward"), ("Josh Kerr", "Josh Hoey")]:
        assert resolve(a, roster).athlete != resolve(b, roster).athlete


def test_resolve_two_equally_close_candidates_is_none():
    reg = Registry([
        RegistryAthlete(id="a-smith", name="Anna Smith", country="USA", sex="F", events=["800m"]),
        RegistryAthlete(id="a-smyth", name="Anna Smyth", country="IRL", sex="F", events=["800m"]),
    ])
    assert resolve("Anna Smiht", Roster(reg)).athlete == "a-smith"  # a transposition away, Smyth three
    assert resolve("Anna Smeth", Roster(reg)) is None  # one letter from each: ambiguous


@pytest.fixture(scope="module")
def seeds():
    return run([str(SEEDS)])


def test_resolve_every_seed_surface_form_reaches_its_gold_athlete(seeds, registry):
    by_id = {a.id: a for a in seeds.facts.athletes}
    paths = {s.id: s.path for s in seeds.facts.sources}
    checked, wrong = 0, []
    for gold_file in sorted(GOLD.glob("0*.json")):
        gold = json.loads(gold_file.read_text())
        source = next(sid for sid, p in paths.items() if p.endswith(gold["file"]))
        surface_to_ids: dict[str, set[str]] = {}
        for athlete in by_id.values():
            for m in athlete.mentions:
                if m.source == source:
                    surface_to_ids.setdefault(fold(m.text), set()).add(athlete.id)
        for g in gold["athletes"]:
            for form in g["surface_forms"]:
                ids = surface_to_ids.get(fold(form), set())
                checked += 1
                if {by_id[i].name for i in ids} != {fold(g["canonical"])} and {fold(by_id[i].name) for i in ids} != {fold(g["canonical"])}:
                    wrong.append((gold["file"], form, sorted(ids)))
    assert checked == 50 and wrong == []


def test_resolve_cole_hocker_is_never_josh_kerr(seeds):
    kerr = next(a for a in seeds.facts.athletes if a.id == "josh-kerr")
    assert not any("Hocker" in m.text for m in kerr.mentions)
    assert "Cole Hocker" in {a.name for a in seeds.facts.athletes}


def test_resolve_no_seed_athlete_split_over_two_ids(seeds):
    names = [a.name for a in seeds.facts.athletes]
    assert len(names) == len(set(names))
    assert not any(a.id in ("josh-cole", "jack-whiteman") for a in seeds.facts.athletes)


def test_resolve_athlete_of_gives_an_athletes_json_form_as_the_model_writes_it(registry):
    """The athlete is built from JSON rows without models: it must be what `Athlete` validates
    and writes back unchanged, fields in order (the facts file's bytes depend on it)."""
    from pipeline.models import Athlete, ArticleAthlete, Resolution
    from pipeline.resolve import athlete_of
    from pipeline.writer import joined_json

    mention = {"surface": "Nordås", "evidence": {"source": "s1", "start": 4, "end": 10, "text": "Nordås"}, "country": "NOR"}
    rows = [
        (ArticleAthlete(key="k", name="Narve Nordås", country="NOR", mentions=[mention]), Resolution(surface="Narve Nordås", athlete="narve-gilje-nordas", method="registry-fuzzy", score=93.75, matched="Narve Gilje Nordås", source="s1")),
        (ArticleAthlete(key="k", name="Nordaas", roles=["pacer"], mentions=[{**mention, "surface": "Nordaas", "evidence": {"source": "s0", "start": 0, "end": 7, "text": "Nordaas"}}]), Resolution(surface="Nordaas", athlete="narve-gilje-nordas", method="run", score=1e-05, matched="x \"y\"", source="s0")),
    ]
    got = athlete_of("narve-gilje-nordas", [(a.model_dump(mode="json"), r.model_dump(mode="json")) for a, r in rows], registry)
    model = Athlete.model_validate(got)
    assert list(got) == list(Athlete.model_fields)
    assert model.model_dump(mode="json") == got
    assert joined_json([got]) == joined_json([model])
    assert [m.source for m in model.mentions] == ["s0", "s1"] and model.roles == ["pacer"] and model.aliases == ["Nordaas", "Nordås"]
