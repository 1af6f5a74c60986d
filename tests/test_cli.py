"""The command line: exit codes, one-line errors for bad input, and the facts file it writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Josh Kerr of Britain won the mile in 3:45.34 at the Prefontaine Classic.\n"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


BAD_INPUTS = [
    ("missing.txt", None, "no such file or directory"),
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x00\x01\x02\x03binary\x00", "binary file"),
    ("broken.txt", "Kerr ran “well”.\n".encode() + b"\xe2\x80 then \xff\n", "invalid UTF-8"),
    ("emptydir", "dir", "no articles found"),
]


@pytest.mark.parametrize("name, content, message", BAD_INPUTS)
def test_cli_bad_input_is_one_line_and_the_rest_goes_on(capsys, tmp_path, good, name, content, message):
    bad = tmp_path / name
    if content == "dir":
        bad.mkdir()
    elif content is not None:
        bad.write_bytes(content)
    out_file = tmp_path / "facts.json"
    code, _, err = run_cli(capsys, "run", str(bad), str(good), "-o", str(out_file), "-q")
    error_lines = [line for line in err.splitlines() if message in line]
    assert len(error_lines) == 1 and str(bad) in error_lines[0]
    assert code == 0
    facts = json.loads(out_file.read_text())
    assert [p["seconds"] for p in facts["performances"]] == [225.34]


def test_cli_malformed_jsonl_line_names_the_line(capsys, tmp_path, good):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Faith Kipyegon won the 1500m in 3:49.04."}\n{not json\n{"id": "c"}\n', encoding="utf-8")
    out_file = tmp_path / "facts.json"
    code, _, err = run_cli(capsys, "run", str(feed), "-o", str(out_file), "-q")
    assert code == 0
    assert f"{feed}:2:" in err and f"{feed}:3:" in err
    assert json.loads(out_file.read_text())["performances"][0]["seconds"] == 229.04


def test_cli_nothing_processed_exits_1_and_writes_nothing(capsys, tmp_path):
    out_file = tmp_path / "facts.json"
    code, _, err = run_cli(capsys, "run", str(tmp_path / "nope.txt"), "-o", str(out_file))
    assert code == 1 and not out_file.exists()
    assert "nothing could be processed" in err


def test_cli_strict_fails_on_any_error(capsys, tmp_path, good):
    code, _, _ = run_cli(capsys, "run", str(good), str(tmp_path / "nope.txt"), "-o", str(tmp_path / "f.json"), "--strict", "-q")
    assert code == 1


def test_cli_keeps_previous_facts_file_when_nothing_processed(capsys, tmp_path):
    out_file = tmp_path / "facts.json"
    out_file.write_text('{"previous": true}')
    run_cli(capsys, "run", str(tmp_path / "nope.txt"), "-o", str(out_file), "-q")
    assert json.loads(out_file.read_text()) == {"previous": True}


def test_cli_read_only_output_directory_is_a_clear_error(capsys, tmp_path, good):
    code, _, err = run_cli(capsys, "run", str(good), "-o", str(tmp_path / "no" / "such" / "dir" / "facts.json"), "-q")
    assert code == 2 and "cannot write" in err and len(err.strip().splitlines()) == 1


def test_cli_extract_prints_one_articles_facts(capsys, good):
    code, out, _ = run_cli(capsys, "extract", str(good))
    facts = json.loads(out)
    assert code == 0
    assert facts["performances"][0]["athlete"] == "Josh Kerr"
    assert facts["performances"][0]["place"] == 1


def test_cli_schema_describes_the_contract(capsys):
    code, out, _ = run_cli(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    for key in ("schema_version", "sources", "athletes", "performances", "splits", "quotes", "conflicts"):
        assert key in schema["properties"]


def test_cli_run_defaults_to_the_bundled_seeds(capsys, tmp_path):
    out_file = tmp_path / "facts.json"
    code, _, _ = run_cli(capsys, "run", "-o", str(out_file), "-q")
    facts = json.loads(out_file.read_text())
    assert code == 0 and len(facts["sources"]) == 3


def test_cli_is_a_module_and_a_script():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True)
    for command in ("run", "extract", "eval", "schema"):
        assert command in proc.stdout


class _Terminal:
    """A stand-in for stderr on a terminal."""

    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_cli_progress_on_a_terminal_shows_count_rate_eta_then_the_steps(monkeypatch):
    from pipeline.cli import Progress

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress = Progress(total=10)
    progress.start -= 2.0  # two seconds in
    progress.update(4, 0)
    assert "4/10 article(s) (40%), 0 failed, 2.0/s, ETA 3 s" in terminal.text
    progress.update(12, 0)  # more than counted (the count is an estimate): no ETA, no percentage
    assert "\r12 article(s), 0 failed, 6.0/s, 2 s" in terminal.text
    progress.step("athletes", 0, 0)
    progress.step("components", 250, 1000)
    progress.close()
    assert "\rathletes..." in terminal.text
    assert "\rcomponents: 250/1000" in terminal.text and terminal.text.endswith("\n")


def test_cli_progress_is_silent_when_quiet_or_not_on_a_terminal(monkeypatch):
    from pipeline.cli import Progress

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress = Progress(quiet=True, total=3)
    progress.update(1, 0)
    progress.step("components", 1, 2)
    progress.close()
    assert terminal.text == ""
    monkeypatch.setattr(terminal, "isatty", lambda: False)
    progress = Progress(total=3)
    progress.update(1, 0)
    progress.close()
    assert terminal.text == ""


def test_cli_run_on_a_real_terminal_shows_progress_then_the_summary(tmp_path):
    """`pipeline run` with stderr on a pseudo-terminal: the progress line (articles of the
    counted total, then the components), then the summary on its own line."""
    import os

    primary, secondary = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(ROOT / "seeds"), "-o", str(tmp_path / "facts.json"), "--no-store"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary, cwd=ROOT,
    )
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    assert proc.wait(timeout=120) == 0
    text = shown.decode()
    assert "/3 article(s) (" in text and "components: 1/1" in text
    assert "\n3 article(s) (3 extracted, 0 from the store)" in text.replace("\r\n", "\n")
