"""The athlete registry: the bundled file validates; bad files and entries name file and line."""

from __future__ import annotations

import pytest

from pipeline.cli import main
from pipeline.errors import RegistryError
from pipeline.registry import DEFAULT_REGISTRY, fold, load_registry, surname_of

GOOD = '{"id": "a-b", "name": "Ann Bee", "country": "GBR", "sex": "F", "events": ["800m"], "aliases": [], "wa_id": null}\n'


def test_registry_bundled_file_is_large_and_valid():
    registry = load_registry([DEFAULT_REGISTRY])
    assert len(registry) >= 150
    assert registry.find("josh kerr").country == "GBR"
    assert registry.find("Mo Farah").id == "mohamed-farah"  # an alias


@pytest.mark.parametrize(
    "content, message, line",
    [
        ('{"id": "x"}\n', "invalid athlete (name: Field required)", 1),
        ("# comment\n\n" + GOOD.replace('"F"', '"X"'), "invalid athlete (sex:", 3),
        ("not json\n", "invalid athlete", 1),
        (GOOD + GOOD, "duplicate athlete id 'a-b'", 2),
        (GOOD.replace('"aliases": []', '"aliases": [], "nick": 1'), "Extra inputs", 1),
        ("# only a comment\n", "registry has no athletes", None),
    ],
)
def test_registry_bad_entries_name_file_and_line(tmp_path, content, message, line):
    path = tmp_path / "mine.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry([path])
    assert message in str(err.value) and str(path) in str(err.value)
    assert err.value.line == line


def test_registry_ids_unique_across_files(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(GOOD)
    b.write_text(GOOD)
    with pytest.raises(RegistryError, match="duplicate athlete id"):
        load_registry([a, b])


def test_registry_missing_file_is_an_error(tmp_path):
    with pytest.raises(RegistryError, match="cannot read registry"):
        load_registry([tmp_path / "nope.jsonl"])


def test_registry_user_file_adds_athletes_via_cli(tmp_path, capsys):
    reg = tmp_path / "mine.jsonl"
    reg.write_text(GOOD.replace("Ann Bee", "Zoe Quill").replace("a-b", "zoe-quill"))
    art = tmp_path / "a.txt"
    art.write_text("Zoe Quill won the 800m in 1:59.10.\n")
    out = tmp_path / "facts.json"
    assert main(["run", str(art), "--registry", str(reg), "-o", str(out), "-q"]) == 0
    assert '"zoe-quill"' in out.read_text()


def test_registry_invalid_user_file_exits_2_with_one_line(tmp_path, capsys):
    reg = tmp_path / "bad.jsonl"
    reg.write_text("{broken\n")
    code = main(["run", "--registry", str(reg), "-o", str(tmp_path / "f.json")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and f"{reg}:1" in err[0]


@pytest.mark.parametrize("name, surname", [("Hicham El Guerrouj", "el guerrouj"), ("Wayde van Niekerk", "van niekerk"), ("Josh Kerr", "kerr"),
                                           ("Patrizia van der Weken", "van der weken")])
def test_registry_surname_keeps_particles(name, surname):
    assert surname_of(name) == surname


def test_registry_fold_ignores_accents_and_apostrophes():
    assert fold("Sha’Carri  RICHARDSON") == fold("Sha'Carri Richardson") and fold("Nordås") == "nordas"
