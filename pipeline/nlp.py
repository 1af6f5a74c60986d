"""Builds the spaCy pipeline and fixes the stage order. The one place that knows all stages."""

from __future__ import annotations

import spacy
from spacy.lang.en import English
from spacy.language import Language

from .config import Config
from .errors import ModelError

# stage order: each stage reads the spans of the ones before it
STAGES = (
    "athletics_segmenter",
    "athletics_race_context",
    "athletics_athletes",
    "athletics_quotes",
    "athletics_times",
    "athletics_splits",
    "athletics_results",
)


def build(config: Config | None = None) -> Language:
    """A blank English pipeline with every stage; an optional statistical model adds its NER."""
    from . import stages  # noqa: F401  (registers the factories when not installed as entry points)

    config = config or Config()
    nlp = _base(config.spacy_model)
    for name in STAGES:
        stage_config = {"registry": [str(p) for p in config.registry_paths]} if name == "athletics_athletes" else {}
        nlp.add_pipe(name, config=stage_config)
    return nlp


def _base(model: str | None) -> Language:
    """A blank English pipeline, or an installed statistical one reduced to its entity recogniser."""
    if model is None:
        return _English()  # spacy.blank("en") with our suffix rule, its tokenizer built once
    try:
        nlp = spacy.load(model, exclude=["parser", "senter", "tagger", "lemmatizer", "attribute_ruler", "morphologizer"])
    except OSError as exc:
        raise ModelError(model, str(exc).splitlines()[0]) from exc
    if nlp.lang != "en":
        raise ModelError(model, f"is a {nlp.lang!r} pipeline; an English one is needed")
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(_English.Defaults.prefixes).search
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(_English.Defaults.infixes).finditer
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(_English.Defaults.suffixes).search
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in NOT_EXCEPTIONS}
    return nlp


# Split units glued to numbers ("9.84sec", "12.31s") so time spans stop at the number.
UNIT_SUFFIX = r"(?<=\d)(?:sec|secs|s)"
# ... and a sentence's full stop from such a unit: English's exception "s." would join them again ("43min48s." then
# ended its time's evidence with the full stop)
NOT_EXCEPTIONS = frozenset({"s."})


# Corner brackets, as copy translated from Chinese or Japanese keeps its quotes (「...」, 『...』), split from the words they open
# and from a word glued after the closing one ('」Lin'), so a quote's span is its words.
CORNER_OPENS = ["「", "『"]
CORNERS = [*CORNER_OPENS, "」", "』"]


class _English(English):
    """Blank English whose tokenizer also splits `UNIT_SUFFIX` and corner brackets (`CORNERS`), and keeps a unit's full stop
    apart."""

    class Defaults(English.Defaults):
        prefixes = [*English.Defaults.prefixes, *CORNER_OPENS]
        infixes = [*English.Defaults.infixes, "|".join(CORNERS)]  # (glued to a word: 'said:「Originally', '2:10.」Lin')
        suffixes = [*English.Defaults.suffixes, UNIT_SUFFIX]
        tokenizer_exceptions = {k: v for k, v in English.Defaults.tokenizer_exceptions.items() if k not in NOT_EXCEPTIONS}
