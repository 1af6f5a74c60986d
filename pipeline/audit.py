"""Audit: a reconciled FactsFile -> a report a person can check, as text or as one HTML page.

Reads a `FactsFile` and, optionally, the text of its sources (`{source id: text as read}`, from
`load_source_texts` or the caller); writes nothing, returns strings.

- `render_terminal(facts)`: per race the reconciled results table (place, athlete, country,
  time, status, sources, confidence, tags and notes) and its splits; every conflict with its
  competing values, the chosen one, why, and for each value the sentences it came from with the
  span marked [[like this]] and the source named by path; the unresolved names.
- `render_html(facts, sources_text)`: the same as one self-contained page (inline CSS, inline
  SVG, no scripts, nothing fetched): sentences are cut from the source text around the
  evidence offsets and the spans highlighted with <mark>; per race a chart of the results (gap
  behind the winner) and of the pace between the splits the text gives.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Callable, Iterable, Mapping, Sequence

from .ingest import iter_sources
from .models import Conflict, Evidence, FactPerformance, FactsFile, FactSplit, Race
from .reconcile import event_metres

SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')]*\s+|\n")
CLOCK = re.compile(r"^\d{1,2}(?::\d{2}){0,2}(?:\.\d{1,3})?$")
CONTEXT_CHARS = 300  # at most this much text either side of a span when no sentence end is near
QUOTE_TRIM = " ,.“”\"'‘’"
STATUS_MARK = {"agreed": "agreed", "single_source": "single", "conflict": "CONFLICT"}


def load_source_texts(facts: FactsFile) -> dict[str, str]:
    """The text of every source of `facts` that can still be read unchanged (same id)."""
    wanted = {s.id for s in facts.sources}
    files = sorted({s.path.split("#", 1)[0] for s in facts.sources})
    found = {s.id: s.text for s in iter_sources(files, on_error=lambda err: None)}
    return {k: v for k, v in found.items() if k in wanted}


# ---- shared helpers ------------------------------------------------------------------------


def format_seconds(seconds: float) -> str:
    """225.34 -> "3:45.34", 7441.0 -> "2:04:01", 9.84 -> "9.84"."""
    whole, frac = divmod(round(seconds * 1000), 1000)
    fraction = f".{frac:03d}".rstrip("0").ljust(3, "0") if frac else ""
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}:{m:02d}:{s:02d}{fraction}"
    return f"{m}:{s:02d}{fraction}" if m else f"{s}{fraction}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Names:
    """Athlete ids, race ids and source ids as a reader names them."""

    def __init__(self, facts: FactsFile) -> None:
        self.athletes = {a.id: a for a in facts.athletes}
        self.races = {r.id: r for r in facts.races}
        self.paths = {s.id: s.path for s in facts.sources}

    def athlete(self, athlete_id: str | None, fallback: str | None = None) -> str:
        a = self.athletes.get(athlete_id or "")
        return a.name if a else (fallback or athlete_id or "unknown")

    def country(self, athlete_id: str | None) -> str:
        a = self.athletes.get(athlete_id or "")
        return (a.country or "") if a else ""

    def race(self, race_id: str) -> str:
        r = self.races.get(race_id)
        return race_title(r) if r else race_id

    def source(self, source_id: str) -> str:
        return self.paths.get(source_id, source_id)

    def subject(self, c: Conflict) -> str:
        """ "race title · athlete" for a fact's conflict, the words for a quote's."""
        if c.kind.startswith("quote."):
            words = next((e.text for v in c.values for e in v.evidence), c.subject)
            return "“" + words.strip(QUOTE_TRIM) + "”"
        race, _, rest = c.subject.partition("/")
        if race not in self.races:
            return c.subject
        who = " ~ ".join(self.athlete(part) if part in self.athletes else part for part in rest.split("~"))
        return f"{self.race(race)} · {who}"

    def value(self, c: Conflict, value: object, evidence: Sequence[Evidence]) -> str:
        if value is None:
            return "—"
        if c.kind.endswith(".seconds") and isinstance(value, (int, float)):
            shown = next((e.text for e in evidence if CLOCK.match(e.text)), None)
            return shown or format_seconds(float(value))
        if c.kind.endswith(".place") and isinstance(value, int):
            return _ordinal(value)
        if c.kind == "quote.speaker":
            return self.athlete(str(value))
        return str(value)


def race_title(race: Race) -> str:
    meeting = race.meeting or "Unknown meeting"
    year = f" {race.year}" if race.year else ""
    what = " ".join(part for part in (f"{race.sex}'s" if race.sex else None, race.division, race.event, race.round) if part)
    return f"{meeting}{year} · {what or 'race'}"


def _chosen_evidence(c: Conflict) -> list[Evidence]:
    return next((v.evidence for v in c.values if v.value == c.chosen), [])


def _results(facts: FactsFile) -> dict[str, list[FactPerformance]]:
    by_race: dict[str, list[FactPerformance]] = defaultdict(list)
    for p in facts.performances:
        by_race[p.race].append(p)
    return {r: sorted(ps, key=lambda p: (p.place or 999, p.seconds)) for r, ps in by_race.items()}


def _splits(facts: FactsFile) -> dict[str, list[FactSplit]]:
    by_race: dict[str, list[FactSplit]] = defaultdict(list)
    for s in facts.splits:
        by_race[s.race].append(s)
    return {r: sorted(ss, key=lambda s: (s.distance_m or 0.0, s.seconds)) for r, ss in by_race.items()}


def _sources_of(evidence: Iterable[Evidence]) -> int:
    return len({e.source for e in evidence})


def _extra(fact: object, name: str) -> object:
    """An optional field (`confidence`, `note`, `trust`) where the model has it."""
    return getattr(fact, name, None)


def _conf(fact: object) -> str:
    value = _extra(fact, "confidence")
    return f"{value:.2f}" if isinstance(value, float) else ""


def sentence(text: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """The sentence (or line) around text[start:end]: its bounds, at most CONTEXT_CHARS out, and
    whether it was cut short on the left and on the right."""
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    left, cut_left = lo, lo > 0
    for m in SENTENCE_END.finditer(text, lo, start):
        left, cut_left = m.end(), False
    m = SENTENCE_END.search(text, end, hi)
    return left, (m.start() if m else hi), cut_left, (m is None and hi < len(text))


Pieces = list[tuple[str, bool]]


def snippets(
    evidence: Sequence[Evidence], texts: Mapping[str, str], order: Callable[[str], str] = str
) -> list[tuple[str, Pieces]]:
    """For each source and sentence: (source id, [(piece, marked), ...]), the spans marked; the
    span text alone where the source text is missing or no longer matches the evidence."""
    grouped: dict[tuple[str, int, int], list[Evidence]] = defaultdict(list)
    cuts: dict[tuple[str, int, int], tuple[bool, bool]] = {}
    for e in sorted(evidence, key=lambda e: (e.source, e.start, e.end)):
        text = texts.get(e.source)
        if text is None or text[e.start : e.end] != e.text:
            grouped[(e.source, e.start, -1)].append(e)
            continue
        key = next((k for k in grouped if k[0] == e.source and k[1] <= e.start and e.end <= k[2]), None)
        if key is None:
            left, right, cut_left, cut_right = sentence(text, e.start, e.end)
            key = (e.source, left, right)
            cuts[key] = (cut_left, cut_right)
        grouped[key].append(e)
    out = []
    for (source, left, right), spans in sorted(grouped.items(), key=lambda kv: (order(kv[0][0]), kv[0][1])):
        if right < 0:
            out.append((source, [(spans[0].text, True)]))
            continue
        text, at = texts[source], left
        pieces: Pieces = [("…", False)] if cuts[(source, left, right)][0] else []
        for e in spans:
            if e.start >= at:
                pieces += [(text[at : e.start], False), (text[e.start : e.end], True)]
                at = e.end
        pieces.append((text[at:right], False))
        if cuts[(source, left, right)][1]:
            pieces.append(("…", False))
        out.append((source, [(re.sub(r"\s+", " ", p), marked) for p, marked in pieces if p]))
    return out


# ---- terminal ------------------------------------------------------------------------------


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows)]
    line = lambda cells: indent + "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return [line(headers), indent + "  ".join("-" * w for w in widths)] + [line(r) for r in rows]


def render_terminal(facts: FactsFile, *, sources_text: Mapping[str, str] | None = None) -> str:
    """The audit as plain text: results per race, conflicts with their sentences, unresolved names."""
    names, texts = _Names(facts), sources_text or {}
    out = [
        f"FACTS AUDIT: {len(facts.sources)} sources, {len(facts.races)} races, "
        f"{len(facts.performances)} results, {len(facts.conflicts)} conflicts, {len(facts.unresolved)} unresolved names",
        "",
    ]
    results, splits = _results(facts), _splits(facts)
    for race in sorted(set(results) | set(splits)):
        out.append(f"== {names.race(race)}  [{race}]")
        rows = [
            [
                _ordinal(p.place) + ("*" if p.place_inferred else "") if p.place else "",
                names.athlete(p.athlete, p.athlete_name), names.country(p.athlete), p.time,
                STATUS_MARK.get(p.status, p.status), str(_sources_of(p.evidence)), _conf(p),
                ", ".join(p.tags + ([f"note: {_extra(p, 'note')}"] if _extra(p, "note") else [])),
            ]
            for p in results.get(race, [])
        ]
        if rows:
            out += _table(["place", "athlete", "nat", "time", "status", "src", "conf", "tags / notes"], rows)
        if splits.get(race):
            out.append("  splits: " + "; ".join(
                f"{s.at} {s.time}" + (f" ({names.athlete(s.athlete)})" if s.athlete else "")
                + ("" if s.status != "conflict" else " CONFLICT")
                for s in splits[race]
            ))
        out.append("")
    out.append(f"== CONFLICTS ({len(facts.conflicts)})")
    for i, c in enumerate(facts.conflicts, 1):
        out.append("")
        out.append(f"[{i}] {c.kind}: {names.subject(c)}")
        if c.chosen is not None:
            conf = _extra(c, "confidence")
            shown = names.value(c, c.chosen, _chosen_evidence(c))
            out.append(f"    chosen: {shown}" + (f" (confidence {conf:.2f})" if conf is not None else ""))
        out.append(f"    why: {c.reason}")
        for v in c.values:
            mark = "*" if c.chosen is not None and v.value == c.chosen else " "
            out.append(f"  {mark} {names.value(c, v.value, v.evidence)}  ({_count(_sources_of(v.evidence), 'source')})")
            for source, pieces in snippets(v.evidence, texts, names.source):
                quoted = "".join(f"[[{p}]]" if marked else p for p, marked in pieces)
                out.append(f"        {names.source(source)}: {quoted}")
    out.append("")
    out.append(f"== UNRESOLVED NAMES ({len(facts.unresolved)})")
    for u in facts.unresolved:
        where = ", ".join(sorted({names.source(e.source) for e in u.evidence}))
        out.append(f"  {u.surface}: {u.reason}" + (f" ({where})" if where else ""))
    return "\n".join(out) + "\n"


# ---- HTML ----------------------------------------------------------------------------------

CSS = """
:root { --ink:#1d2330; --muted:#5d6677; --line:#dde1e8; --soft:#f5f7fa; --ok:#1f7a4d; --warn:#b3261e; --mark:#ffe38a; --accent:#2456a6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 60px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 17px; margin: 0 0 10px; } .muted, .race-id { color: var(--muted); font-size: 13px; font-weight: normal; }
.summary { display: flex; gap: 10px; flex-wrap: wrap; margin: 12px 0 0; padding: 0; list-style: none; }
.summary li { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; font-size: 14px; }
.summary li.bad { border-color: var(--warn); color: var(--warn); }
section.race, article.conflict { border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; margin: 0 0 18px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px 40px; margin-top: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--line); padding: 4px 8px; }
td { border-bottom: 1px solid var(--line); padding: 5px 8px; vertical-align: top; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { white-space: nowrap; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; line-height: 18px; white-space: nowrap; border: 1px solid var(--line); }
.badge.agreed { background: #e6f4ec; border-color: #b6dcc6; color: var(--ok); }
.badge.single_source { background: var(--soft); color: var(--muted); }
.badge.conflict { background: #fbe9e7; border-color: #f0b8b1; color: var(--warn); }
.badge.note { background: #eef3fc; border-color: #c6d5f1; color: var(--accent); }
.tag { color: var(--muted); font-size: 12px; }
figure { margin: 0; } figcaption { color: var(--muted); font-size: 12px; margin: 2px 0 8px; }
svg text { font: 11px system-ui, -apple-system, "DejaVu Sans", sans-serif; fill: var(--ink); }
svg .axis { stroke: var(--line); } svg .bar { fill: #7da0d8; } svg .bar.conflict { fill: #e08a80; } svg .bar.pace { fill: #9bc4a8; }
.splits { margin-top: 10px; font-size: 14px; color: var(--muted); }
article.conflict { border-left: 4px solid var(--warn); }
article.conflict.check { border-left-color: #d08b00; }
.kind { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; background: var(--soft); border-radius: 4px; padding: 1px 6px; }
.chosen-line { margin: 6px 0 10px; } .reason { color: var(--muted); font-size: 13px; margin: 10px 0 0; }
tr.is-chosen td.value { font-weight: 700; color: var(--ok); }
td.value { width: 150px; white-space: nowrap; }
ul.evidence { list-style: none; margin: 0; padding: 0; }
ul.evidence li { margin: 0 0 8px; }
.src { display: block; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--accent); }
blockquote { margin: 2px 0 0; padding: 4px 10px; border-left: 3px solid var(--line); background: var(--soft); }
mark { background: var(--mark); padding: 0 2px; border-radius: 2px; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _badge(status: str) -> str:
    return f'<span class="badge {_e(status)}">{_e(status.replace("_", " "))}</span>'


def render_html(facts: FactsFile, sources_text: Mapping[str, str]) -> str:
    """The audit as one self-contained HTML page."""
    names = _Names(facts)
    results, splits = _results(facts), _splits(facts)
    races = sorted(set(results) | set(splits))
    checks = sum(c.kind.startswith("check.") for c in facts.conflicts)
    summary = [
        (_count(len(facts.sources), "source"), False), (_count(len(races), "race"), False),
        (_count(len(facts.performances), "result"), False), (_count(len(facts.quotes), "quote"), False),
        (_count(len(facts.conflicts) - checks, "conflict"), bool(len(facts.conflicts) - checks)),
        (_count(checks, "failed check"), bool(checks)), (_count(len(facts.unresolved), "unresolved name"), False),
    ]
    parts = [
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Facts audit</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        "<header><h1>Facts audit</h1>",
        '<ul class="summary">'
        + "".join(f'<li class="{"bad" if bad else ""}">{_e(s)}</li>' for s, bad in summary)
        + "</ul></header>\n",
        '<h2 id="races">Results by race</h2>\n',
    ]
    for race in races:
        parts.append(_html_race(race, results.get(race, []), splits.get(race, []), names))
    parts.append(f'<h2 id="conflicts">Conflicts ({len(facts.conflicts)})</h2>\n')
    if not facts.conflicts:
        parts.append('<p class="muted">The sources agree on every fact.</p>\n')
    for i, c in enumerate(facts.conflicts, 1):
        parts.append(_html_conflict(i, c, names, sources_text))
    parts.append(_html_unresolved(facts, names))
    parts.append(_html_sources(facts))
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)


def _html_race(race: str, perfs: Sequence[FactPerformance], splits: Sequence[FactSplit], names: _Names) -> str:
    rows = []
    for p in perfs:
        note = _extra(p, "note")
        extras = "".join(f'<span class="tag">{_e(t)}</span> ' for t in p.tags)
        extras += f'<span class="badge note">{_e(note)}</span>' if note else ""
        place = (_ordinal(p.place) + (" (inferred)" if p.place_inferred else "")) if p.place else "–"
        rows.append(
            f"<tr><td class=\"num\">{_e(place)}</td><td class=\"name\">{_e(names.athlete(p.athlete, p.athlete_name))}</td>"
            f"<td>{_e(names.country(p.athlete))}</td><td class=\"num\">{_e(p.time)}</td><td>{_badge(p.status)}</td>"
            f"<td class=\"num\">{_sources_of(p.evidence)}</td><td class=\"num\">{_e(_conf(p))}</td><td>{extras}</td></tr>"
        )
    table = (
        "<table class=\"results\"><thead><tr><th>Place</th><th>Athlete</th><th>Nat</th><th>Time</th><th>Status</th>"
        f"<th>Sources</th><th>Conf.</th><th>Notes</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows else '<p class="muted">No results reported.</p>'
    )
    split_line = ""
    if splits:
        split_line = '<p class="splits">Splits: ' + "; ".join(
            f"{_e(s.at)} <strong>{_e(s.time)}</strong>" + (f" ({_e(names.athlete(s.athlete))})" if s.athlete else "")
            + (f" {_badge(s.status)}" if s.status == "conflict" else "")
            for s in splits
        ) + "</p>"
    race_obj = names.races.get(race)
    charts = results_chart(perfs, names) + pace_chart(splits, perfs, event_metres(race_obj.event if race_obj else None))
    return (
        f'<section class="race" id="race-{_e(_slug(race))}"><h3>{_e(names.race(race))} '
        f'<span class="race-id">{_e(race)}</span></h3>\n{table}{split_line}'
        f'<div class="charts">{charts}</div></section>\n'
    )


def _html_conflict(i: int, c: Conflict, names: _Names, texts: Mapping[str, str]) -> str:
    conf = _extra(c, "confidence")
    chosen = ""
    if c.chosen is not None:
        chosen = (
            f'<p class="chosen-line">Chosen: <strong>{_e(names.value(c, c.chosen, _chosen_evidence(c)))}</strong>'
            + (f" · confidence {conf:.2f}" if conf is not None else "") + "</p>"
        )
    else:
        chosen = '<p class="chosen-line">Nothing chosen: a consistency check across facts failed.</p>'
    rows = []
    for v in c.values:
        items = []
        for source, pieces in snippets(v.evidence, texts, names.source):
            body = "".join(f"<mark>{_e(p)}</mark>" if marked else _e(p) for p, marked in pieces)
            items.append(f'<li><span class="src">{_e(names.source(source))}</span><blockquote>{body}</blockquote></li>')
        is_chosen = c.chosen is not None and v.value == c.chosen
        rows.append(
            f'<tr class="{"is-chosen" if is_chosen else ""}"><td class="value">{_e(names.value(c, v.value, v.evidence))}'
            f'{" ✓" if is_chosen else ""}<br><span class="muted">{_count(_sources_of(v.evidence), "source")}</span></td>'
            f'<td><ul class="evidence">{"".join(items)}</ul></td></tr>'
        )
    css = "conflict check" if c.kind.startswith("check.") else "conflict"
    return (
        f'<article class="{css}" id="conflict-{i}" data-kind="{_e(c.kind)}" data-subject="{_e(c.subject)}">'
        f'<h3><span class="kind">{_e(c.kind)}</span> {_e(names.subject(c))}</h3>{chosen}'
        f'<table class="values"><thead><tr><th>Value</th><th>Sentences it comes from</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table><p class="reason">{_e(c.reason)}</p></article>\n'
    )


def _html_unresolved(facts: FactsFile, names: _Names) -> str:
    rows = "".join(
        f"<tr><td>{_e(u.surface)}</td><td>{_e(u.reason)}</td>"
        f"<td>{_e(', '.join(sorted({names.source(e.source) for e in u.evidence})))}</td></tr>"
        for u in facts.unresolved
    )
    body = (
        f"<table><thead><tr><th>Name</th><th>Why</th><th>Sources</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows else '<p class="muted">Every name resolved to a registry athlete.</p>'
    )
    return f'<h2 id="unresolved">Unresolved names ({len(facts.unresolved)})</h2>\n{body}\n'


def _html_sources(facts: FactsFile) -> str:
    rows = "".join(
        f"<tr><td>{_e(s.path)}</td><td class=\"num\">{_e(s.id)}</td><td>{_e(s.title or '')}</td>"
        f"<td class=\"num\">{_e(f'{t:.2f}' if isinstance(t := _extra(s, 'trust'), float) else '')}</td></tr>"
        for s in facts.sources
    )
    return (
        f'<h2 id="sources">Sources ({len(facts.sources)})</h2>\n<table><thead><tr><th>Path</th><th>Id</th>'
        f"<th>Title</th><th>Trust</th></tr></thead><tbody>{rows}</tbody></table>\n"
    )


# ---- charts (inline SVG) -------------------------------------------------------------------


def _bar_chart(caption: str, bars: Sequence[tuple[str, float, str, str]], width: int = 470) -> str:
    """A horizontal bar chart as inline SVG: one (label, length, text, css class) per bar."""
    label_w, text_w, row_h, top = 130, 110, 22, 8
    longest = max((length for _, length, _, _ in bars), default=0.0) or 1.0
    height = top + row_h * len(bars) + 8
    rows = []
    for k, (label, length, text, css) in enumerate(bars):
        y, w = top + k * row_h, max(2.0, (width - label_w - text_w) * length / longest)
        rows.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{_e(label[:22])}</text>'
            f'<rect class="{css}" x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" rx="2"></rect>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + 14}">{_e(text)}</text>'
        )
    axis = f'<line class="axis" x1="{label_w}" y1="{top}" x2="{label_w}" y2="{height - 8}"></line>'
    return (
        f"<figure><figcaption>{_e(caption)}</figcaption>"
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{_e(caption)}">{axis}{"".join(rows)}</svg></figure>'
    )


def results_chart(perfs: Sequence[FactPerformance], names: _Names) -> str:
    """Each result's gap behind the winner; results in conflict in red."""
    if not perfs:
        return ""
    ordered = sorted(perfs, key=lambda p: p.seconds)
    best = ordered[0].seconds
    bars = [
        (
            names.athlete(p.athlete, p.athlete_name), p.seconds - best,
            p.time if p.seconds == best else f"{p.time}  +{p.seconds - best:.2f}",
            "bar conflict" if p.status == "conflict" else "bar",
        )
        for p in ordered
    ]
    return _bar_chart("Results: gap behind the winner (s)", bars)


def pace_chart(splits: Sequence[FactSplit], perfs: Sequence[FactPerformance], distance: float | None) -> str:
    """The pace, in seconds per 400 m, of each stretch between the splits (and the finish)."""
    points = [(s.distance_m, s.seconds, s.at) for s in splits if s.distance_m and not s.lap]
    if not points:
        return ""
    winner = min(perfs, key=lambda p: p.seconds, default=None)
    if winner and distance and all(d < distance for d, _, _ in points):
        points.append((distance, winner.seconds, "finish"))
    bars, prev_d, prev_t, prev_at = [], 0.0, 0.0, "start"
    for d, t, at in sorted(points):
        if d > prev_d and t > prev_t:
            pace = (t - prev_t) / (d - prev_d) * 400
            bars.append((f"{prev_at}–{at}", pace, f"{pace:.1f} s", "bar pace"))
        prev_d, prev_t, prev_at = d, t, at
    return _bar_chart("Pace between splits (s per 400 m)", bars) if bars else ""
