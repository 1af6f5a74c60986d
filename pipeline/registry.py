"""The athlete registry: canonical athletes that name variants resolve to.

Format (see corpus/REGISTRY.md): JSON Lines, one athlete per line, blank and '#' lines ignored.
Loaded into a `Registry` with name indexes; every entry is validated with pydantic and an
invalid one raises `RegistryError` naming the file and line.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Literal

from pydantic import ValidationError

from .errors import RegistryError
from .models import Model

DEFAULT_REGISTRY = Path(__file__).resolve().parent.parent / "corpus" / "athletes.jsonl"


class RegistryAthlete(Model):
    id: str
    name: str
    country: str
    sex: Literal["M", "F"]
    events: list[str]
    aliases: list[str] = []
    wa_id: str | int | None = None


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Comparison form of a name: no accents, straight apostrophes, single spaces, casefolded."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.replace("’", "'").replace("‘", "'").replace("`", "'")
    return " ".join(name.split()).casefold()


def surname_of(name: str) -> str:
    """Last name token, keeping particles: "Hicham El Guerrouj" -> "el guerrouj", "Patrizia van der Weken" ->
    "van der weken" (and a translated
    article as the particle it stands for: "Soufiane The Bakkali" -> "el bakkali")."""
    parts = fold(name).split()
    if len(parts) >= 3 and parts[-2] in TRANSLATED_PARTICLES:
        return f"{TRANSLATED_PARTICLES[parts[-2]]} {parts[-1]}"
    if len(parts) >= 4 and parts[-3] in PARTICLES and parts[-2] in PARTICLES:
        return " ".join(parts[-3:])  # "Patrizia van der Weken" -> "van der weken"
    if len(parts) >= 3 and parts[-2] in PARTICLES:
        return " ".join(parts[-2:])
    return parts[-1] if parts else ""


PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "el", "al", "st", "st."}
TRANSLATED_PARTICLES = {"the": "el"}  # machine translation turns the "El" of an Arabic name into "The"


class Registry:
    def __init__(self, athletes: Iterable[RegistryAthlete] = ()) -> None:
        self.athletes: dict[str, RegistryAthlete] = {}
        self.by_name: dict[str, str] = {}
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self.by_prefix: dict[str, list[str]] = defaultdict(list)  # blocking: first letters of the surname
        for athlete in athletes:
            self.add(athlete)

    def add(self, athlete: RegistryAthlete, path: str = "registry", line: int | None = None) -> None:
        if athlete.id in self.athletes:
            raise RegistryError(path, f"duplicate athlete id {athlete.id!r}", line)
        self.athletes[athlete.id] = athlete
        for name in [athlete.name, *athlete.aliases]:
            self.by_name.setdefault(fold(name), athlete.id)
            self.by_surname[surname_of(name)].append(athlete.id)
            self.by_prefix[surname_of(name)[:2]].append(athlete.id)

    def find(self, name: str) -> RegistryAthlete | None:
        """The athlete with exactly this name or alias (accents and case ignored)."""
        aid = self.by_name.get(fold(name))
        return self.athletes[aid] if aid else None

    def with_surname(self, surname: str) -> list[RegistryAthlete]:
        return [self.athletes[a] for a in dict.fromkeys(self.by_surname.get(fold(surname), []))]

    def with_surname_prefix(self, prefix: str) -> list[RegistryAthlete]:
        """Candidates whose surname starts with `prefix`: the block fuzzy matching searches."""
        return [self.athletes[a] for a in dict.fromkeys(self.by_prefix.get(prefix, []))]

    def __len__(self) -> int:
        return len(self.athletes)

    def __contains__(self, athlete_id: str) -> bool:
        return athlete_id in self.athletes


def load_registry(paths: Iterable[str | Path]) -> Registry:
    """Load and validate registry files; ids must be unique across all of them."""
    registry = Registry()
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise RegistryError(str(path), f"cannot read registry: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise RegistryError(str(path), f"registry is not UTF-8: {exc.reason}") from exc
        entries = 0
        for lineno, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            registry.add(_parse_entry(path, lineno, line), str(path), lineno)
            entries += 1
        if entries == 0:
            raise RegistryError(str(path), "registry has no athletes")
    return registry


def _parse_entry(path: Path, lineno: int, line: str) -> RegistryAthlete:
    try:
        return RegistryAthlete.model_validate_json(line)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "entry"
        raise RegistryError(str(path), f"invalid athlete ({loc}: {first['msg']})", lineno) from None
    except json.JSONDecodeError as exc:  # pragma: no cover - pydantic wraps this
        raise RegistryError(str(path), f"not JSON: {exc}", lineno) from None
