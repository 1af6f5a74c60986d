"""One frozen configuration object, built by the CLI (or the API) and passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .registry import DEFAULT_REGISTRY


class Config(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    registry_paths: tuple[Path, ...] = (DEFAULT_REGISTRY,) if DEFAULT_REGISTRY.exists() else ()
    spacy_model: str | None = None
    strict: bool = False
    batch_size: int = Field(default=64, ge=1)
    store_path: Path | None = None  # SQLite store for incremental runs; None: no store
    force: bool = False  # re-extract even what the store holds
    workers: int = Field(default=1, ge=1)
    engine: Literal["local", "dask"] = "local"
    scheduler: str | None = None  # Dask scheduler address, e.g. tcp://10.0.0.5:8786

    def extraction_key(self) -> "Config":
        """The part of the configuration that changes what extraction produces (one pipeline each)."""
        return Config(registry_paths=self.registry_paths, spacy_model=self.spacy_model, batch_size=self.batch_size)
