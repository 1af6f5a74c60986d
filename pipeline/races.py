"""Race identity shared by the stages and reconciliation, without spaCy: the slug race ids and
families are made of, and the distance of an event."""

from __future__ import annotations

import re

from . import patterns as P


def slug(text: str) -> str:
    """"Prefontaine Classic 2024 men's mile" -> "prefontaine-classic-2024-mens-mile"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def event_distance(event: str | None) -> float | None:
    """Metres run in an event: "1500m" -> 1500, "mile" -> 1609.34."""
    if event is None:
        return None
    if event in P.EVENT_DISTANCE_M:
        return P.EVENT_DISTANCE_M[event]
    m = re.match(r"(\d+(?:\.\d+)?)\s?(m|km)\b", event)
    if not m:
        return None
    return float(m.group(1)) * (1000 if m.group(2) == "km" else 1)
