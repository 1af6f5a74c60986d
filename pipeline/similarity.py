"""Name similarity: how alike two spellings of a name are, in letters and in sound.

`name_similarity` scores a candidate athlete against a written name and says why: the
evidence a `Resolution` carries. Spelling uses RapidFuzz's ratio on folded names; sound uses a
transliteration-aware key (l/r, -sen/-son/-sson, dropped "gh", doubled letters, vowels) so that
"Ingebritsson" meets "Ingebrigtsen", "Whiteman" meets "Wightman" and "Cole" meets "Kerr".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from . import patterns as P
from .registry import fold

_RULES = tuple((re.compile(a), b) for a, b in P.PHONETIC_RULES)
_NICK = {short: full for full, shorts in P.NICKNAMES.items() for short in shorts}


@lru_cache(maxsize=65536)
def phonetic(word: str) -> str:
    """Sound key of one name word: consonant skeleton after the rewrite rules, first letter kept."""
    w = fold(word)
    for rule, repl in _RULES:
        w = rule.sub(repl, w)
    if not w:
        return ""
    return w[0] + re.sub(r"[aeiou]", "", w[1:])


def given_names_agree(a: str, b: str) -> bool:
    """"Jack" ~ "Jake", "Jacob" ~ "Jakob", "Tom" ~ "Thomas", "J." ~ "Josh"."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a == b or _NICK.get(a, a) == _NICK.get(b, b) or _NICK.get(a) == b or _NICK.get(b) == a:
        return True
    return phonetic(a) == phonetic(b) or fuzz.ratio(a, b) >= 80


def same_given_name(a: str, b: str) -> bool:
    """The same given name or one of its short forms: "Matt" ~ "Matthew" (no fuzzier than that)."""
    a, b = fold(a), fold(b)
    return a == b or _NICK.get(a, a) == _NICK.get(b, b) or _NICK.get(a) == b or _NICK.get(b) == a


@dataclass(frozen=True)
class Similarity:
    score: float  # 0-100
    spelling: float  # surname ratio on folded letters
    sound: float  # surname ratio on sound keys
    given_names: bool  # the first names (or initials) agree
    key_length: int  # length of the shorter sound key: short keys prove little

    @property
    def why(self) -> str:
        return f"surname spelling {self.spelling:.0f}, sound {self.sound:.0f}; given names {'agree' if self.given_names else 'differ'}"


def surname_similarity(a: str, b: str) -> tuple[float, float, int]:
    fa, fb = fold(a), fold(b)
    ka = " ".join(phonetic(w) for w in fa.split())
    kb = " ".join(phonetic(w) for w in fb.split())
    return fuzz.ratio(fa, fb), fuzz.ratio(ka, kb), min(len(ka), len(kb))


def name_similarity(given: str | None, surname: str, cand_given: str | None, cand_surname: str) -> Similarity:
    spelling, sound, key_length = surname_similarity(surname, cand_surname)
    agree = given is None or cand_given is None or given_names_agree(given, cand_given)
    score = max(spelling, sound) if agree else 0.0
    return Similarity(score, spelling, sound, agree, key_length)
