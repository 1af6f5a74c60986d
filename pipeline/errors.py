"""Typed errors. Library code raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class for every error the pipeline raises on purpose."""


class InputError(PipelineError):
    """An input that cannot be read as an article: names the path and, where known, the line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class MissingStageError(PipelineError):
    """A stage ran before a stage whose spans it needs."""

    def __init__(self, stage: str, needs: str) -> None:
        super().__init__(f"stage {stage!r} needs the spans of stage {needs!r}; add it earlier in the pipeline")


class RegistryError(PipelineError):
    """A registry file or entry that does not validate."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class ModelError(PipelineError):
    """A `--spacy-model` that cannot be loaded."""

    def __init__(self, model: str, message: str) -> None:
        super().__init__(f"spaCy model {model!r}: {message}")


class GoldError(PipelineError):
    """A gold file that does not follow the gold format."""
