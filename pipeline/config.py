"""One frozen configuration object, built by the CLI (or the API) and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .registry import DEFAULT_REGISTRY


class Config(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    registry_paths: tuple[Path, ...] = (DEFAULT_REGISTRY,) if DEFAULT_REGISTRY.exists() else ()
    spacy_model: str | None = None
    strict: bool = False
    batch_size: int = 64
