"""Building the pipeline: stage order, entry points, and the optional statistical NER signal."""

from __future__ import annotations

import pytest
import spacy

from pipeline.config import Config
from pipeline.errors import ModelError
from pipeline.nlp import STAGES, build


def test_nlp_stage_order_is_fixed(nlp):
    assert nlp.pipe_names == list(STAGES)


def test_nlp_stages_are_spacy_factories_a_user_can_add():
    nlp = spacy.blank("en")
    for name in STAGES:
        nlp.add_pipe(name)
    doc = nlp("Josh Kerr won the mile in 3:45.34.")
    assert [s.text for s in doc.spans["results"]] == ["3:45.34"]


@pytest.fixture(scope="module")
def ner_model(tmp_path_factory):
    """A real spaCy pipeline package on disk whose NER knows one person and one place."""
    model = spacy.blank("en")
    ruler = model.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": [{"LOWER": "tebogo"}]},
        {"label": "GPE", "pattern": [{"LOWER": "gaborone"}, {"LOWER": "central"}]},
    ])
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    model.to_disk(path)
    return str(path)


TEXT = "Then came Tebogo with 19.46 in the 200m.\nGaborone Central won the relay in 38.2 seconds.\n"


def test_nlp_without_model_misses_a_lone_unknown_name():
    doc = build(Config(registry_paths=()))(TEXT)
    assert "Tebogo" not in {s.text for s in doc.spans["athletes"]}


def test_nlp_model_entities_add_people_and_remove_places(ner_model):
    doc = build(Config(registry_paths=(), spacy_model=ner_model))(TEXT)
    athletes = {s.text for s in doc.spans["athletes"]}
    assert "Tebogo" in athletes
    assert not any("Gaborone" in a for a in athletes)
    assert [(r.text, r._.athlete.text) for r in doc.spans["results"] if r._.athlete is not None] == [("19.46", "Tebogo")]


def test_nlp_missing_model_is_a_clear_error():
    with pytest.raises(ModelError, match="no_such_model"):
        build(Config(spacy_model="no_such_model"))


def test_nlp_a_unit_s_full_stop_is_its_own_token() -> None:
    """"won in 43min48s.": the full stop is no part of the time's last token (English's exception "s." had joined them,
    and the time's evidence ended with the full stop)."""
    from pipeline import extract

    facts = extract("Daniel Mateiko won the 15km race in 43min48s. Fábio Jesus Correia was second in 44min19s.")
    assert sorted(e.text for p in facts.performances for e in p.evidence) == ["43min48s", "44min19s"]
