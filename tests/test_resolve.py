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


def test_resolve_rewrite_gives_facts_the_runs_athlete_ids():
    """On JSON forms: keys become ids (a key with none is kept, no athlete stays none), and two
    article athletes that went to one athlete are one, their mentions in text order."""
    from pipeline.models import ArticleAthlete, ArticleFacts, Evidence, Performance, Quote, Race, SourceRef, Split
    from pipeline.resolve import rewrite

    def ev(start: int, text: str) -> Evidence:
        return Evidence(source="s1", start=start, end=start + len(text), text=text)

    def mention(start: int, surface: str) -> dict:
        return {"surface": surface, "evidence": ev(start, surface)}

    art = ArticleFacts(
        source=SourceRef(id="s1", path="a.txt", sha256="s1"),
        races=[Race(id="pre-men-mile", meeting="Pre", event="mile", sex="men")],
        athletes=[
            ArticleAthlete(key="a1", name="Josh Kerr", mentions=[mention(0, "Josh Kerr"), mention(90, "Kerr")]),
            ArticleAthlete(key="a2", name="Jake Wightman", mentions=[mention(40, "Jake Wightman")]),
            ArticleAthlete(key="a3", name="Josh Cole", mentions=[mention(60, "Josh Cole")]),
        ],
        performances=[Performance(athlete="a3", event="mile", race="pre-men-mile", time="3:45.34", seconds=225.34, evidence=[ev(70, "3:45.34")]),
                      Performance(athlete=None, event="mile", race="pre-men-mile", time="3:46.00", seconds=226.0, evidence=[ev(80, "3:46.00")])],
        other_times=[],
        splits=[Split(athlete="a2", race="pre-men-mile", at="800m", distance_m=800.0, seconds=112.0, time="1:52", evidence=[ev(20, "1:52")])],
        quotes=[Quote(speaker="a1", speaker_name="Kerr", text="It was fast.", evidence=[ev(100, "It was fast.")]),
                Quote(speaker="a9", speaker_name="Coach", text="Good.", evidence=[ev(120, "Good.")])],
    )
    got = ArticleFacts.model_validate(rewrite(art.model_dump(), {"a1": "josh-kerr", "a2": "jake-wightman", "a3": "josh-kerr"}))
    assert [(a.key, a.name) for a in got.athletes] == [("josh-kerr", "Josh Kerr"), ("jake-wightman", "Jake Wightman")]
    assert [m.evidence.start for m in got.athletes[0].mentions] == [0, 60, 90]
    assert [p.athlete for p in got.performances] == ["josh-kerr", None]
    assert [s.athlete for s in got.splits] == ["jake-wightman"]
    assert [q.speaker for q in got.quotes] == ["josh-kerr", "a9"]
    assert got.races == art.races and got.source == art.source


def test_resolve_a_translated_article_is_the_particle_it_stands_for() -> None:
    from pipeline.registry import surname_of

    assert surname_of("Soufiane The Bakkali") == surname_of("Soufiane El Bakkali") == "el bakkali"
