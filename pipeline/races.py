"""Race identity shared by the stages and reconciliation, without spaCy: the slug race ids and
families are made of, and the distance of an event."""

from __future__ import annotations

import re

from . import patterns as P


def slug(text: str) -> str:
    """"Prefontaine Classic 2024 men's mile" -> "prefontaine-classic-2024-mens-mile"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def metres(d: str, unit: str) -> float:
    """A distance as written, in metres: ("1,500", "m") -> 1500, ("21.1", "km") -> 21100 (a decimal
    point before km or miles, a thousands one before metres), ("five", "miles") -> 8046.7."""
    unit = unit.lower()
    if unit.startswith(("k", "mile")) and re.fullmatch(r"\d{1,2}[.,]\d{1,4}|\d{3}[.,]\d{1,2}", d):  # (and "100.4 miles", "160.9km")
        value = float(d.replace(",", "."))  # "21.1km": a decimal point, not a thousands one
    else:
        value = float(re.sub(r"[,.\s]", "", d)) if d[0].isdigit() else float(P.NUMBER_WORDS[d.lower()])  # ("5 000": a space for thousands)
    return value * 1000 if unit.startswith("k") else round(value * P.MILE_M, 2) if unit.startswith("mile") else value  # (22 miles:
    # 35405.48, not 35405.479999999996)


def event_distance(event: str | None) -> float | None:
    """Metres run in an event: "1500m" -> 1500, "mile" -> 1609.34, "5 miles" -> 8046.7."""
    if event is None:
        return None
    if event in P.EVENT_DISTANCE_M:
        return P.EVENT_DISTANCE_M[event]
    m = re.match(r"(\d+(?:\.\d+)?)\s?(m|km|miles)\b", event)
    if not m:
        return None
    return float(m.group(1)) * {"m": 1, "km": 1000, "miles": P.MILE_M}[m.group(2)]
