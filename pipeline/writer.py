"""The facts file, written section by section as a run produces it, never whole in memory.

A run reconciles one component of the corpus at a time and streams the athletes out of the
store; each item is appended, as its JSON, to a spool file of its section in a temporary folder
beside the output. `finish` joins the spools into the facts file, byte for byte what
`FactsFile.model_dump_json(indent=2)` writes for the same items, through a temporary file
renamed over the output: a run that fails or is killed leaves the previous facts file whole.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import NamedTuple, Sequence

from pydantic import BaseModel
from pydantic_core import to_json

from .errors import InputError
from .models import SCHEMA_VERSION, FactsFile

SECTIONS = tuple(name for name in FactsFile.model_fields if name != "schema_version")


class Joined(NamedTuple):
    """Items of a facts file section, joined as the file holds them (",\n" between items)."""

    items: int
    text: str


def joined_json(items: Sequence[BaseModel | str | dict]) -> Joined:
    """List items as they stand in the facts file, indented for their place and joined: models,
    strings, or models' JSON forms (`model_dump(mode="json")`), written by pydantic's serializer
    as one list, in one call."""
    if not items:
        return Joined(0, "")
    text = to_json(list(items), indent=2).decode()  # "[\n  {\n    ...\n  },\n  {...}\n]"
    return Joined(len(items), "  " + text[2:-2].replace("\n", "\n  "))  # items two levels deeper


class FactsWriter:
    """Spools the sections of one facts file; `finish` writes it, `close` drops the spools."""

    def __init__(self, output: str | os.PathLike) -> None:
        self.output = Path(output)
        directory = self.output.parent if str(self.output.parent) else Path(".")
        try:
            self.spool = Path(tempfile.mkdtemp(prefix=f".{self.output.name}.", suffix=".parts", dir=directory))
        except OSError as exc:
            raise InputError(str(self.output), f"cannot write: {exc.strerror or exc}") from exc
        self.files = {name: open(self.spool / name, "w", encoding="utf-8") for name in SECTIONS}
        self.counts = dict.fromkeys(SECTIONS, 0)

    def add_joined(self, section: str, items: int, text: str) -> None:
        """Items of a section already joined (",\n" between items), `items` of them."""
        if items:
            fh = self.files[section]
            if self.counts[section]:
                fh.write(",\n")
            fh.write(text)
            self.counts[section] += items

    def finish(self) -> Path:
        """Join the sections into the facts file (atomically); returns its path."""
        fd, tmp = tempfile.mkstemp(prefix=f".{self.output.name}.", suffix=".tmp", dir=self.spool.parent)
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private 0600
            with os.fdopen(fd, "wb") as out:  # bytes: the spools are copied, not decoded again
                out.write(f'{{\n  "schema_version": {SCHEMA_VERSION}'.encode())
                for name in SECTIONS:
                    if not self.counts[name]:
                        out.write(f',\n  "{name}": []'.encode())
                        continue
                    out.write(f',\n  "{name}": [\n'.encode())
                    self.files[name].flush()
                    with open(self.spool / name, "rb") as part:
                        shutil.copyfileobj(part, out, 1 << 20)
                    out.write(b"\n  ]")
                out.write(b"\n}\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.output)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise InputError(str(self.output), f"cannot write: {exc.strerror or exc}") from exc
        return self.output

    def close(self) -> None:
        for fh in self.files.values():
            fh.close()
        shutil.rmtree(self.spool, ignore_errors=True)

    def __enter__(self) -> "FactsWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
