"""Export: a FactsFile -> one JSON Lines or CSV file per fact kind, byte for byte reproducible.

Reads a `FactsFile`; writes, into a directory, `performances`, `other_times`, `splits`,
`quotes`, `athletes` and `conflicts` as `.jsonl` (`export_jsonl`) or `.csv` (`export_csv`).

- Every row starts with a stable `id` made of what the fact is about, not of its position
  (athletes keep their own id):
  `performance:<race>:<athlete>`, `other_time:<race>:<athlete>:<context>:<time>`,
  `split:<race>:<at>`, `quote:<speaker>:<hash of the words>`, the athlete id,
  `conflict:<kind>:<subject>`. Ids repeated within a kind get `#2`, `#3`, ... in row order.
- Rows are sorted by id (then by content), so two runs over the same input give
  byte-identical files whatever the order the articles were read in.
- JSONL rows are the facts file's models (`FactsFile.model_json_schema()` documents them) with
  the `id` first. CSV columns are `id` and the model's fields; lists of strings are joined with
  "; ", nested values (evidence, mentions, conflict values) are compact JSON.
- Each file is written to a temporary file beside it and renamed over it: a reader never sees a
  half-written file. Library code: errors are `OSError`s for the caller to report.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel

from .models import FactsFile
from .reconcile import quote_key

KINDS = ("performances", "other_times", "splits", "quotes", "athletes", "conflicts")


def _quote_id(q: Any) -> str:
    digest = hashlib.sha1(quote_key(q.text).encode("utf-8")).hexdigest()[:12]
    return f"quote:{q.speaker or 'unknown'}:{digest}"


ID_OF: dict[str, Callable[[Any], str]] = {
    "performances": lambda p: f"performance:{p.race}:{p.athlete or 'unknown-' + p.time}",
    "other_times": lambda p: f"other_time:{p.race}:{p.athlete or 'unknown'}:{p.context or ''}:{p.time}",
    "splits": lambda s: f"split:{s.race}:{s.at}" + (":lap" if s.lap else ""),
    "quotes": _quote_id,
    "athletes": lambda a: a.id,
    "conflicts": lambda c: f"conflict:{c.kind}:{c.subject}",
}


def rows(facts: FactsFile, kind: str) -> list[dict[str, Any]]:
    """The rows of one kind: `{"id": ..., **fact}`, sorted, with ids made unique."""
    dumped = [(ID_OF[kind](item), item.model_dump(mode="json")) for item in getattr(facts, kind)]
    dumped.sort(key=lambda pair: (pair[0], json.dumps(pair[1], sort_keys=True, ensure_ascii=False)))
    seen: Counter[str] = Counter()
    out = []
    for key, data in dumped:
        seen[key] += 1
        out.append({"id": key if seen[key] == 1 else f"{key}#{seen[key]}", **data})
    return out


def export_jsonl(facts: FactsFile, directory: str | os.PathLike[str]) -> list[Path]:
    """Write `<kind>.jsonl` for every fact kind into `directory`; returns the paths written."""
    written = []
    for kind in KINDS:
        lines = (json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows(facts, kind))
        written.append(write_atomic(Path(directory) / f"{kind}.jsonl", "".join(lines)))
    return written


def export_csv(facts: FactsFile, directory: str | os.PathLike[str]) -> list[Path]:
    """Write `<kind>.csv` for every fact kind into `directory`; returns the paths written."""
    written = []
    for kind in KINDS:
        columns = ["id", *(f for f in _fields(facts, kind) if f != "id")]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows(facts, kind):
            writer.writerow([_cell(row.get(c)) for c in columns])
        written.append(write_atomic(Path(directory) / f"{kind}.csv", buffer.getvalue()))
    return written


def _fields(facts: FactsFile, kind: str) -> list[str]:
    """The columns of a kind: the fields of the model its list holds."""
    annotation = type(facts).model_fields[kind].annotation
    model: type[BaseModel] = annotation.__args__[0]  # list[Model]
    return list(model.model_fields)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def write_atomic(path: Path, text: str) -> Path:
    """Write `text` to a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path

