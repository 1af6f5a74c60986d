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
from rapidfuzz.distance import OSA, Levenshtein

from . import patterns as P
from .registry import fold

SAME_RESULT_SURNAME_CUTOFF = 80.0  # a bare surname given one result with a full name: "Elmgren" for Almgren

_RULES = tuple((re.compile(a), b) for a, b in P.PHONETIC_RULES)
_NICK: dict[str, set[str]] = {}  # a given name -> the full names it can stand for (itself included)
for _full, _shorts in P.NICKNAMES.items():
    _full = _full.rstrip("_")
    for _name in (_full, *_shorts):
        _NICK.setdefault(_name, {_name}).add(_full)


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
    """"Jack" ~ "Jake", "Jacob" ~ "Jakob", "Tom" ~ "Thomas", "J." ~ "Josh", and one slip of the
    pen in a longer name; not names that merely sound alike ("Molly" and "Mary" are two people)."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if same_given_name(a, b):
        return True
    return min(len(a), len(b)) >= 4 and Levenshtein.distance(a, b) <= 1


def doubled_letter_variant(a: str, b: str) -> bool:
    """One name written with a letter doubled where the other has it once, as copy translated from Portuguese or Spanish
    writes English given names: "Kenedy" ~ "Kennedy", "Welington" ~ "Wellington" (not "Kenny" ~ "Keny": too short to tell)."""
    a, b = fold(a), fold(b)
    return a != b and min(len(a), len(b)) >= 5 and _single_letters(a) == _single_letters(b)


def german_spelling_undone(name: str) -> str:
    """A name as German copy spells the sounds English writes otherwise, written the English way: "dsch" as "j", "tsch" as
    "ch" ("Kedschelcha" -> "Kejelcha", "Tschebet" -> "Chebet", "Kiptschoge" -> "Kipchoge")."""
    return name.replace("dsch", "j").replace("tsch", "ch")


def _single_letters(name: str) -> str:
    return re.sub(r"(.)\1+", r"\1", name)


def same_given_name(a: str, b: str) -> bool:
    """The same given name or one of its short forms: "Matt" ~ "Matthew", "Jack" ~ "Jake"."""
    a, b = fold(a), fold(b)
    return a == b or bool(_NICK.get(a, {a}) & _NICK.get(b, {b}))


@dataclass(frozen=True)
class Similarity:
    score: float  # 0-100
    spelling: float  # surname ratio on folded letters
    sound: float  # surname ratio on sound keys
    given_names: bool  # the first names (or initials) agree
    key_length: int  # length of the shorter sound key: short keys prove little
    edits: int = 99  # letters to change to turn one surname into the other

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
    edits = OSA.distance(fold(surname), fold(cand_surname), score_cutoff=3)  # a transposition is one slip
    score = max(spelling, sound) if agree else 0.0
    return Similarity(score, spelling, sound, agree, key_length, edits)


def edits_allowed(surname: str) -> int:
    """Slips of the pen a surname of this length may carry: none under 4 letters, one up to 8,
    two from 9 ("Bednadek" is Bednarek; "Ingebritsson" Ingebrigtsen)."""
    n = len(fold(surname).replace(" ", ""))
    return 0 if n < 4 else 1 if n <= 8 else 2


def one_runner_written_twice(a: str, b: str) -> bool:
    """Two names an article gives one result (the same time, in the same race) that may be one
    runner's, the one garbled or translated where the other is spelt right: the given names agree or
    sound the same ("Yomif Kedschelcha", "Yomif Kejelcha"; "Gesa Felicitas Curly", a translation of
    Krause; "Philip Cancer" for Filip Rak), the words are the same in another order ("Tazawa Ren",
    "Ren Tazawa"), or a bare name is the other's given name or its surname a slip of the pen away
    ("Jakob"; "Elmgren" for Andreas Almgren). Not two of one surname ("Ditaji Kambundji", "Mujinga
    Kambundji"): brothers and sisters race."""
    wa, wb = fold(a).split(), fold(b).split()
    if not wa or not wb or wa == wb:
        return bool(wa) and wa == wb
    if sorted(wa) == sorted(wb):
        return True
    if len(wa) == 1 or len(wb) == 1:
        (one,), full = (wa, wb) if len(wa) == 1 else (wb, wa)
        return one == full[0] or fuzz.ratio(one, full[-1]) >= SAME_RESULT_SURNAME_CUTOFF
    initials = min(len(wa[0].rstrip(".")), len(wb[0].rstrip("."))) == 1
    if initials:
        return given_names_agree(wa[0], wb[0]) and fuzz.ratio(wa[-1], wb[-1]) >= SAME_RESULT_SURNAME_CUTOFF
    return given_names_agree(wa[0], wb[0]) or phonetic(wa[0]) == phonetic(wb[0])
