"""The models' helpers: `compact` (what reconciliation holds of a large component)."""

from __future__ import annotations

import pytest

from pipeline.models import Evidence, Performance, compact


def _performance(seconds: float, athlete: str = "josh-kerr") -> Performance:
    ev = Evidence(source="s1", start=10, end=17, text="3:45.34")
    return Performance(athlete=athlete, event="mile", race="r", time="3:45.34", seconds=seconds, evidence=[ev])


def test_models_compact_shares_one_set_of_field_names_per_shape_nested_too():
    a, b = _performance(225.34), _performance(225.43)
    assert a.model_fields_set is not b.model_fields_set
    compact(a), compact(b)
    assert a.model_fields_set is b.model_fields_set
    assert a.evidence[0].model_fields_set is b.evidence[0].model_fields_set
    assert a.model_fields_set == {"athlete", "event", "race", "time", "seconds", "evidence"}


def test_models_compact_changes_no_value_dump_or_hash():
    plain, shared = _performance(225.34), compact(_performance(225.34))
    assert shared == plain
    assert hash(shared.evidence[0]) == hash(plain.evidence[0])  # evidence is unioned through sets
    assert shared.model_dump_json() == plain.model_dump_json()
    assert shared.model_dump_json(exclude_unset=True) == plain.model_dump_json(exclude_unset=True)


def test_models_compact_a_copy_with_updates_leaves_the_shared_set_alone():
    a, b = compact(_performance(225.34)), compact(_performance(225.43))
    copied = a.model_copy(update={"place": 1})
    assert "place" in copied.model_fields_set
    assert "place" not in a.model_fields_set and "place" not in b.model_fields_set


def test_models_compact_models_stay_frozen():
    a = compact(_performance(225.34))
    with pytest.raises(Exception):
        a.seconds = 1.0  # type: ignore[misc]
    assert a.seconds == 225.34


def test_models_compact_a_new_model_around_compacted_ones_and_new_ones():
    """Reconciliation builds its facts around evidence compacted when it was read: compact
    passes over what is compacted already and still compacts what is new, at any depth."""
    old = compact(_performance(225.34)).evidence[0]
    fresh = Evidence(source="s2", start=0, end=7, text="3:45.34")
    built = Performance(athlete="josh-kerr", event="mile", race="r", time="3:45.34", seconds=225.34, evidence=[old, fresh])
    assert fresh.model_fields_set is not old.model_fields_set
    compact(built)
    assert built.model_fields_set is compact(_performance(225.43)).model_fields_set
    assert fresh.model_fields_set is old.model_fields_set
