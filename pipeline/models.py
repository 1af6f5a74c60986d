"""Pydantic models: the shapes in which data leaves a spaCy Doc.

Stages never see these; `facts.py` builds them from a Doc, and everything downstream
(resolution, reconciliation, files, CLI) speaks only in them. All models are frozen and
reject unknown keys, so a typo in a facts file is an error rather than silently ignored.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Status = Literal["agreed", "single_source", "conflict"]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


M = TypeVar("M", bound=BaseModel)


def compact(model: M) -> M:
    """`model`, and every model it holds, made to share its set of explicitly set field names
    (`model_fields_set`) with every other model that set the same fields. Pydantic gives each
    instance a set of its own: 728 bytes for a performance's eleven fields, more than the rest of
    the instance, and reconciliation holds a large component's facts by the hundred thousand.
    Sharing is safe: a frozen model never changes its set, and a copy gets a set of its own."""
    if id(model.__pydantic_fields_set__) in _SHARED:  # compacted already, and so is all it holds (frozen)
        return model
    object.__setattr__(model, "__pydantic_fields_set__", _shared_field_names(frozenset(model.__pydantic_fields_set__)))
    for name in _fields_holding_models(type(model)):
        value = model.__dict__[name]
        if isinstance(value, BaseModel):
            compact(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    compact(item)
    return model


@lru_cache(maxsize=None)
def _fields_holding_models(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `cls` whose type names a model (`Evidence`, `list[Race]`, `Source | None`):
    the only ones `compact` needs to look into. An evidence has none."""

    def names_a_model(annotation) -> bool:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return True
        return any(names_a_model(arg) for arg in get_args(annotation))

    return tuple(name for name, info in cls.model_fields.items() if names_a_model(info.annotation))


_SHARED: set[int] = set()  # the ids of the shared sets, which live as long as the cache below


@lru_cache(maxsize=None)
def _shared_field_names(names: frozenset[str]) -> set[str]:
    shared = set(names)  # a set, as pydantic's own code expects (it copies it, then updates the copy)
    _SHARED.add(id(shared))
    return shared


class Evidence(Model):
    """Where a fact comes from: `text == source_text[start:end]`."""

    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class SourceRef(Model):
    """A source as listed in the facts file (without its text)."""

    id: str
    path: str
    sha256: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    trust: float | None = None  # learned by reconciliation: how often this source agrees


class Source(SourceRef):
    """One article as read. `id` is derived from the content hash of `text` (and of the year it
    was `published`, which extraction reads)."""

    text: str = Field(repr=False)

    def ref(self) -> SourceRef:
        """The source as the facts file lists it: everything but the text."""
        return SourceRef(**self.model_dump(exclude={"text"}))


class Race(Model):
    """A race as the text names it. `id` is a stable slug of the known parts."""

    id: str
    meeting: str | None = None
    year: int | None = None
    event: str | None = None
    sex: Literal["men", "women"] | None = None
    division: Literal["wheelchair"] | None = None  # a race of its own beside the runners' ("the men's wheelchair race")
    round: Literal["heats", "semi-finals"] | None = None  # an earlier round of the event ("won his heat in 3:35.12"); None: the final or the only race


class Mention(Model):
    """One athlete mention: the surface form as written, with its evidence."""

    surface: str
    evidence: Evidence
    role: str | None = None
    country: str | None = None
    link: str | None = None  # how the mention joined the article's athlete ("surname", ...)


class ArticleAthlete(Model):
    """An athlete as one article names them: a local key plus every mention."""

    key: str
    name: str
    country: str | None = None
    roles: list[str] = []
    mentions: list[Mention]


class Performance(Model):
    """A time run by an athlete in a race, with place and tags where the text gives them."""

    athlete: str | None
    athlete_name: str | None = None
    event: str | None
    race: str
    time: str
    seconds: float
    place: int | None = None
    place_inferred: bool = False
    tags: list[str] = []
    context: str | None = None
    evidence: list[Evidence]


class Split(Model):
    """An intermediate time: `at` as the text says it, `distance_m` where it can be computed (for a lap time, a stretch,
    where it ends or its length as the text gives it: a last lap's is the race's distance, "the last 200m" 200), `lap_m` a
    lap time's length where known."""

    athlete: str | None
    athlete_name: str | None = None
    race: str
    at: str
    distance_m: float | None
    seconds: float
    time: str
    lap: bool = False
    lap_m: float | None = None  # a lap time's length where known ("last lap" on a track: 400; "30km-35km": 5000)
    evidence: list[Evidence]


class Quote(Model):
    """Words between quotation marks spoken by someone; speaker is an athlete key or None."""

    speaker: str | None
    speaker_name: str | None
    text: str
    partial: bool = False
    evidence: list[Evidence]


class ArticleFacts(Model):
    """Everything extracted from one article, before cross-article resolution."""

    source: SourceRef
    races: list[Race]
    athletes: list[ArticleAthlete]
    performances: list[Performance]
    other_times: list[Performance]
    splits: list[Split]
    quotes: list[Quote]


# ---- the facts file -------------------------------------------------------------------


class Resolution(Model):
    """Why a surface form went to an athlete: method, score and what matched."""

    surface: str
    athlete: str
    method: str
    score: float
    matched: str
    source: str | None = None


class Athlete(Model):
    id: str
    name: str
    country: str | None = None
    aliases: list[str] = []
    in_registry: bool = False
    roles: list[str] = []
    mentions: list[Evidence]
    resolutions: list[Resolution] = []


class FactPerformance(Model):
    athlete: str | None
    athlete_name: str | None = None
    event: str | None
    race: str
    time: str
    seconds: float
    place: int | None = None
    place_inferred: bool = False
    tags: list[str] = []
    context: str | None = None
    status: Status
    confidence: float | None = None
    note: str | None = None  # "precision": the sources differ only in how precisely they give it
    evidence: list[Evidence]


class FactSplit(Model):
    athlete: str | None
    race: str
    at: str
    distance_m: float | None
    seconds: float
    time: str
    lap: bool = False
    lap_m: float | None = None
    status: Status
    confidence: float | None = None
    note: str | None = None
    evidence: list[Evidence]


class FactQuote(Model):
    speaker: str | None
    speaker_name: str | None
    text: str
    partial: bool = False
    status: Status
    confidence: float | None = None
    note: str | None = None  # "wording": outlets quote it in different words
    evidence: list[Evidence]


class ConflictValue(Model):
    value: float | int | str | None
    evidence: list[Evidence]


class Conflict(Model):
    kind: str
    subject: str
    values: list[ConflictValue]
    chosen: float | int | str | None
    reason: str
    confidence: float | None = None


class Unresolved(Model):
    surface: str
    reason: str
    evidence: list[Evidence]


class FactsFile(Model):
    """The facts file contract (see DESIGN.md). Keys and meanings are stable."""

    schema_version: int = SCHEMA_VERSION
    sources: list[SourceRef]
    races: list[Race]
    athletes: list[Athlete]
    performances: list[FactPerformance]
    other_times: list[FactPerformance]
    splits: list[FactSplit]
    quotes: list[FactQuote]
    conflicts: list[Conflict]
    unresolved: list[Unresolved] = []
    errors: list[str] = []
