"""The facts file's text: items as the file holds them, and the file as pydantic writes it."""

from __future__ import annotations

import json

from pydantic import BaseModel
from pydantic_core import to_json

from pipeline.models import Conflict, ConflictValue, Evidence, FactsFile, Race, SourceRef
from pipeline.writer import FactsWriter, Joined, joined_json

EVIDENCE = Evidence(source="a", start=3, end=9, text="Zürich\n“3:29.63”\u2028")
ITEMS = [
    Race(id="weltklasse-zurich-2024-men-1500m", meeting="Weltklasse Zürich", year=2024, event="1500m", sex="men"),
    Race(id="unknown-meeting-mile"),
    Conflict(kind="performance.seconds", subject="x", values=[ConflictValue(value=209.63, evidence=[EVIDENCE])], chosen=209.63,
             reason="two values", confidence=0.5),
]


def item_json(item) -> str:
    """One item as `FactsFile.model_dump_json(indent=2)` writes it in a section."""
    text = item.model_dump_json(indent=2) if isinstance(item, BaseModel) else to_json(item, indent=2).decode()
    return "    " + text.replace("\n", "\n    ")


def test_writer_joined_json_is_each_item_as_the_facts_file_holds_it():
    for items in (ITEMS, ITEMS[:1], [EVIDENCE.model_dump(mode="json"), {"nested": [1, {"a": None}]}], ["an error: ‘bad’\tline"]):
        assert joined_json(items) == Joined(len(items), ",\n".join(item_json(i) for i in items))
    assert joined_json([]) == Joined(0, "")


def test_writer_writes_what_pydantic_writes(tmp_path):
    source = SourceRef(id="a", path="a.txt", sha256="0" * 64)
    races, conflicts = ITEMS[:2], ITEMS[2:]
    with FactsWriter(tmp_path / "facts.json") as writer:
        writer.add_joined("sources", *joined_json([source]))
        writer.add_joined("races", *joined_json(races[:1]))
        writer.add_joined("races", *joined_json(races[1:]))  # a section written in two parts
        writer.add_joined("conflicts", *joined_json(conflicts))
        writer.add_joined("errors", *joined_json(["b.txt: line 2: not JSON"]))
        path = writer.finish()
    sections = {name: [] for name in FactsFile.model_fields if name != "schema_version"}
    expected = FactsFile(**{**sections, "sources": [source], "races": races, "conflicts": conflicts, "errors": ["b.txt: line 2: not JSON"]})
    assert path.read_text(encoding="utf-8") == expected.model_dump_json(indent=2) + "\n"
    assert json.loads(path.read_text(encoding="utf-8"))["races"][1]["id"] == "unknown-meeting-mile"
