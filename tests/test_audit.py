"""The audit report: terminal text and the self-contained HTML page (checked in headless Chromium)."""

from __future__ import annotations

import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from pipeline import run
from pipeline.audit import format_seconds, load_source_texts, render_html, render_terminal, sentence, snippets
from pipeline.models import Evidence, FactsFile, Unresolved

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
RECONCILE_CORPUS = ROOT / "corpus" / "reconcile"


@pytest.fixture(scope="module")
def audited():
    facts = run([str(RECONCILE_CORPUS)]).facts
    return facts, load_source_texts(facts)


# ---- pieces -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(225.34, "3:45.34"), (9.84, "9.84"), (7441.0, "2:04:01"), (101.2, "1:41.20"), (240.0, "4:00"), (1843.25, "30:43.25")],
)
def test_audit_format_seconds(seconds, expected):
    assert format_seconds(seconds) == expected


TEXT = "Headline here\nKerr won in 3:45.34. Ingebrigtsen was second in 3:45.60, a season's best! Then it rained."


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("3:45.34", "Kerr won in 3:45.34."),
        ("3:45.60", "Ingebrigtsen was second in 3:45.60, a season's best!"),
        ("Headline", "Headline here"),
    ],
)
def test_audit_sentence_around_a_span(span, expected):
    start = TEXT.index(span)
    left, right, cut_left, cut_right = sentence(TEXT, start, start + len(span))
    assert TEXT[left:right] == expected and not cut_left and not cut_right


def test_audit_snippets_mark_spans_and_fall_back_to_the_span():
    start = TEXT.index("3:45.34")
    evidence = [Evidence(source="s", start=start, end=start + 7, text="3:45.34"), Evidence(source="gone", start=0, end=4, text="Kerr")]
    assert snippets(evidence, {"s": TEXT}) == [
        ("gone", [("Kerr", True)]),
        ("s", [("Kerr won in ", False), ("3:45.34", True), (".", False)]),
    ]


# ---- terminal ---------------------------------------------------------------------------------


def test_audit_terminal_has_results_conflicts_and_marked_sentences(audited):
    facts, texts = audited
    out = render_terminal(facts, sources_text=texts)
    assert "== Olympic Games · women's 5000m" in out and "== Olympic Games · men's 800m" in out
    assert re.search(r"1st\s+Beatrice Chebet\s+KEN\s+14:28.56\s+agreed\s+3", out)
    assert f"== CONFLICTS ({len(facts.conflicts)})" in out
    assert "Sifan Hassan, running the first of three finals, was third in [[14:30.16]]." in out
    assert "corpus/reconcile/r02_blog_women_5000m.txt" in out
    assert "== UNRESOLVED NAMES (0)" in out


def test_audit_terminal_without_source_texts_shows_the_spans(audited):
    out = render_terminal(audited[0])
    assert "[[14:30.16]]" in out and "running the first of three finals" not in out


# ---- HTML -------------------------------------------------------------------------------------


def test_audit_html_is_self_contained(audited):
    page = render_html(*audited)
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"<script|<link|<img|<iframe|src=|url\(|@import", page, re.IGNORECASE)
    # the only address is the SVG namespace, which is never fetched
    assert set(re.findall(r"https?://[^\"' ]+", page)) == {"http://www.w3.org/2000/svg"}


def test_audit_html_marks_every_conflict_span(audited):
    facts, texts = audited
    page = render_html(facts, texts)
    spans = {e.text for c in facts.conflicts for v in c.values for e in v.evidence}
    marked = set(re.findall(r"<mark>(.*?)</mark>", page))
    assert {s.replace("'", "&#x27;").replace('"', "&quot;") for s in spans} <= marked
    assert page.count('<article class="conflict') == len(facts.conflicts)
    assert page.count("<svg") >= 2 * len(facts.races) - 1  # results for each race, pace where splits are given


def test_audit_html_escapes_text_and_lists_unresolved_names(audited):
    facts, texts = audited
    odd = Unresolved(surface="<b>Bob</b> & Co", reason="not in the registry", evidence=[])
    page = render_html(facts.model_copy(update={"unresolved": [odd]}), texts)
    assert "&lt;b&gt;Bob&lt;/b&gt; &amp; Co" in page and "<b>Bob</b>" not in page
    assert 'id="unresolved">Unresolved names (1)' in page


def test_audit_html_of_an_empty_facts_file():
    page = render_html(FactsFile(sources=[], races=[], athletes=[], performances=[], other_times=[], splits=[], quotes=[], conflicts=[]), {})
    assert "The sources agree on every fact." in page and "Every name resolved" in page


# ---- in a real browser ------------------------------------------------------------------------


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
    ]
    return subprocess.run([str(CHROMIUM), *flags, *args], capture_output=True, text=True, timeout=120, check=False)


def _png_pixels(png: bytes) -> tuple[int, int, bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    idat, at = b"", 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at : at + 8])
        if kind == b"IDAT":
            idat += png[at + 8 : at + 8 + length]
        at += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
def test_audit_html_renders_in_headless_chromium(audited, tmp_path):
    facts, texts = audited
    page = tmp_path / "audit.html"
    page.write_text(render_html(facts, texts), encoding="utf-8")
    shot = tmp_path / "audit.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,2000", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 50_000
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 2000)
    assert len(set(pixels)) > 100  # text, badges, bars and marks, not a blank page

    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    rendered = re.findall(r'<article class="conflict[^"]*" id="conflict-\d+" data-kind="([^"]+)" data-subject="([^"]+)"', dom)
    assert rendered == [(c.kind, c.subject.replace("'", "&#x27;")) for c in facts.conflicts]
    assert dom.count("<mark>") >= sum(len({e.source for e in v.evidence}) for c in facts.conflicts for v in c.values)
    assert "14:30.16" in dom and "Bryce Hopple of the United States" in dom


def test_audit_race_title_names_a_division_and_a_round():
    """A wheelchair race and an earlier round are races of their own: the title says which."""
    from pipeline.audit import race_title
    from pipeline.models import Race

    heats = Race(id="europeans-2024-men-1500m-heats", meeting="European Championships", year=2024, event="1500m", sex="men",
                 round="heats")
    assert race_title(heats) == "European Championships 2024 · men's 1500m heats"
    chair = Race(id="boston-women-wheelchair-marathon", meeting="Boston Marathon", event="marathon", sex="women", division="wheelchair")
    assert race_title(chair) == "Boston Marathon · women's wheelchair marathon"
