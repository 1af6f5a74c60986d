"""Name variants, the truth they carry, and look-alike names: shared by the benchmarks.

Everything here is deliberately independent of the resolver under test: the variant
generators, the short-form table, the folding used for the truth and the ambiguity rule
are written out here, so that a change to `pipeline/` cannot quietly change what counts as
right. Only `RegistryAthlete` / `Registry` (the data) come from the pipeline.

A variant is generated from one athlete's canonical name. Its truth is that athlete, unless
the variant is ambiguous by construction (see `Truth`): then the truth is None, and a
resolver that picks an athlete is guessing.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

# --------------------------------------------------------------------------- folding / parts

_EXTRA_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "el", "al", "st", "st."}


def key(text: str) -> str:
    """Truth-side comparison form: no accents (ł, ø too), casefolded, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_EXTRA_FOLD)
    return " ".join(text.replace("’", "'").split())


@dataclass(frozen=True)
class Parts:
    """A name as written: its given name (first word), last word, and surname (last word + particle)."""

    given: str
    last: str
    surname: str

    @classmethod
    def of(cls, name: str) -> "Parts":
        tokens = name.split()
        surname = tokens[-1]
        if len(tokens) >= 3 and key(tokens[-2]) in PARTICLES:
            surname = f"{tokens[-2]} {tokens[-1]}"
        return cls(tokens[0], tokens[-1], surname)


def replace_last_word(name: str, word: str) -> str:
    tokens = name.split()
    return " ".join([*tokens[:-1], word])


def replace_first_word(name: str, word: str) -> str:
    tokens = name.split()
    return " ".join([word, *tokens[1:]])


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key(name).replace("'", "")).strip("-")


# --------------------------------------------------------------------------- given-name forms

# Groups of given names the press uses for one person (short forms, spellings). Used both to
# generate given-name variants and, for the truth, to decide which given names are "the same".
GIVEN_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(g)
    for g in (
        {"thomas", "tom", "tommy"}, {"joshua", "josh"}, {"jacob", "jakob", "jakub", "jake"},
        {"mohamed", "mohammed", "muhammad", "mo"}, {"matthew", "matt"}, {"michael", "mike"},
        {"benjamin", "ben"}, {"samuel", "sam"}, {"kenneth", "kenny", "ken"}, {"sebastian", "seb"},
        {"steve", "steven", "stephen"}, {"timothy", "tim"}, {"nicholas", "nick"}, {"alexander", "alex"},
        {"daniel", "dan", "danny"}, {"frederick", "fred", "freddie"}, {"christian", "chris"},
        {"joseph", "joe"}, {"geoffrey", "geoff"}, {"oliver", "ollie"}, {"jessica", "jess"},
        {"margaret", "maggie"}, {"valerie", "val"}, {"eleanor", "ellie"}, {"gabrielle", "gabby"},
        {"leonardo", "leo"}, {"katherine", "katie", "kate"}, {"james", "jimmy", "jim"},
        {"sandra", "sandy"}, {"shelly-ann", "shelly"},
    )
)
# pairs the press confuses that are not one name's forms ("Jack Wightman" for Jake Wightman)
GIVEN_PAIRS: frozenset[frozenset[str]] = frozenset({frozenset({"jake", "jack"})})
_GROUP_OF = {n: i for i, g in enumerate(GIVEN_GROUPS) for n in g}


def given_forms(given: str) -> list[str]:
    """The other forms of a given name: its short/long forms and the names the press confuses it with."""
    g = key(given).rstrip(".")
    forms = set(GIVEN_GROUPS[_GROUP_OF[g]]) if g in _GROUP_OF else set()
    forms |= {n for p in GIVEN_PAIRS if g in p for n in p}
    return sorted(forms - {g})


def same_given(a: str, b: str) -> bool:
    """The same given name or a short form of it (truth side)."""
    a, b = key(a).rstrip("."), key(b).rstrip(".")
    return a == b or (_GROUP_OF.get(a) is not None and _GROUP_OF.get(a) == _GROUP_OF.get(b)) or frozenset({a, b}) in GIVEN_PAIRS


# --------------------------------------------------------------------------- spelling edits

KEYBOARD_NEIGHBOURS = {
    "q": "wa", "w": "qesa", "e": "wrds", "r": "etfd", "t": "ryfg", "y": "tugh", "u": "yihj", "i": "uojk",
    "o": "ipkl", "p": "ol", "a": "qwsz", "s": "awedxz", "d": "serfcx", "f": "drtgvc", "g": "ftyhbv",
    "h": "gyujnb", "j": "huikmn", "k": "jiolm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv",
    "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}


@dataclass(frozen=True)
class Edit:
    word: str
    pos: int | None = None  # letter position the edit touched (None: not a one-letter edit)
    note: str = ""


def _case_like(new: str, old: str) -> str:
    return new.upper() if old.isupper() else new.lower()


def _letters(word: str) -> list[int]:
    return [i for i, c in enumerate(word) if c.isalpha()]


def keyboard_typo(word: str, rng: random.Random) -> Edit | None:
    spots = [i for i in _letters(word) if word[i].lower() in KEYBOARD_NEIGHBOURS]
    if len(_letters(word)) < 3 or not spots:
        return None
    i = rng.choice(spots)
    new = _case_like(rng.choice(KEYBOARD_NEIGHBOURS[word[i].lower()]), word[i])
    return Edit(word[:i] + new + word[i + 1 :], i, f"{word[i]}->{new}")


def transposition(word: str, rng: random.Random) -> Edit | None:
    spots = [i for i in range(len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha() and word[i].lower() != word[i + 1].lower()]
    if len(_letters(word)) < 3 or not spots:
        return None
    i = rng.choice(spots)
    a, b = word[i], word[i + 1]
    return Edit(word[:i] + _case_like(b, a) + _case_like(a, b) + word[i + 2 :], i, f"{a}{b}->{b}{a}")


def drop_letter(word: str, rng: random.Random) -> Edit | None:
    spots = _letters(word)
    if len(spots) < 4:
        return None
    i = rng.choice(spots)
    new = word[:i] + word[i + 1 :]
    if i == 0:
        new = new[:1].upper() + new[1:]
    return Edit(new, i, f"-{word[i]}")


def double_letter(word: str, rng: random.Random) -> Edit | None:
    low = word.lower()
    spots = [
        i for i in _letters(word)
        if (i + 1 >= len(low) or low[i + 1] != low[i]) and (i == 0 or low[i - 1] != low[i])
    ]
    if len(_letters(word)) < 3 or not spots:
        return None
    i = rng.choice(spots)
    return Edit(word[: i + 1] + word[i].lower() + word[i + 1 :], i, f"+{word[i].lower()}")


def lr_swap(word: str, rng: random.Random) -> Edit | None:
    spots = [i for i, c in enumerate(word) if c.lower() in "lr"]
    if not spots:
        return None
    i = rng.choice(spots)
    new = _case_like("r" if word[i].lower() == "l" else "l", word[i])
    return Edit(word[:i] + new + word[i + 1 :], i, f"{word[i]}->{new}")


_ENDING = re.compile(r"(?<=[a-z])(sson|ssen|sen|son)$", re.IGNORECASE)


def ending_swap(word: str, rng: random.Random) -> Edit | None:
    m = _ENDING.search(word)
    if not m:
        return None
    old = m.group(1).lower()
    new = rng.choice([e for e in ("sen", "son", "sson") if e != old])
    return Edit(word[: m.start()] + new, m.start(), f"-{old}->-{new}")


SPELLING_EDITS: dict[str, Callable[[str, random.Random], Edit | None]] = {
    "typo_keyboard": keyboard_typo,
    "transposition": transposition,
    "drop_letter": drop_letter,
    "double_letter": double_letter,
    "lr_swap": lr_swap,
    "ending_swap": ending_swap,
}

# --------------------------------------------------------------------------- transliteration

DIACRITIC_FORMS = {
    "ö": ("o", "oe"), "ü": ("u", "ue"), "ä": ("a", "ae"), "å": ("a", "aa"), "ø": ("o", "oe"),
    "č": ("c", "ch"), "š": ("s", "sh"), "ž": ("z", "zh"), "ł": ("l",), "ñ": ("n", "ny"), "æ": ("ae",),
}


def strip_diacritics(name: str, rng: random.Random) -> str:
    """The name as an ASCII-only source prints it: ö -> o or oe, ø -> o or oe, é -> e, Č -> C or Ch."""
    out = []
    for c in name:
        forms = DIACRITIC_FORMS.get(c.lower())
        if forms:
            f = rng.choice(forms)
            out.append(f.capitalize() if c.isupper() else f)
        elif ord(c) > 127:
            out.append("".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch)))
        else:
            out.append(c)
    return "".join(out)


V = "aeiouy"
# (name, pattern, replacement): spellings a name picks up in a round trip through another script
TRANSLIT_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (n, re.compile(p, re.IGNORECASE), r)
    for n, p, r in (
        ("tch->ch", r"tch", "ch"),
        ("ch->tch", r"(?<![t])ch", "tch"),
        ("kh->h", r"kh", "h"),
        ("h->kh", rf"\bh(?=[{V}])", "kh"),
        ("y->i", r"y", "i"),
        ("i->y", rf"(?<=[a-z])i(?=[{V}]|\b)", "y"),
        ("ou->u", r"ou", "u"),
        ("u->ou", rf"(?<=[b-df-hj-np-tv-z])u(?=[b-df-hj-np-tv-z][{V}]|\b)", "ou"),
        ("ie->y", r"(?<=[a-z])ie\b", "y"),
        ("y->ie", r"(?<=[b-df-hj-np-tv-z])y\b", "ie"),
        ("dj->j", r"dj", "j"),
    )
)


def translit(name: str, rng: random.Random) -> Edit | None:
    spots = [(n, m, r) for n, rule, r in TRANSLIT_RULES for m in rule.finditer(name)]
    if not spots:
        return None
    n, m, r = rng.choice(spots)
    rep = r.capitalize() if m.group(0)[0].isupper() else r
    return Edit(name[: m.start()] + rep + name[m.end() :], None, n)


# --------------------------------------------------------------------------- variant kinds

FULL_KINDS = (
    "typo_keyboard", "transposition", "drop_letter", "double_letter", "lr_swap", "ending_swap",
    "given_typo", "given_short_form", "given_initial", "diacritics", "translit",
)
SURNAME_KINDS = ("surname_exact", "surname_diacritics", "surname_typo")
SURNAME_EDIT_KINDS = tuple(SPELLING_EDITS)  # the kinds that edit the surname's last word


@dataclass(frozen=True)
class Variant:
    kind: str
    text: str
    source: str  # athlete id the variant was made from
    note: str = ""
    pos: int | None = None  # letter position of a one-letter surname edit


def full_name_variant(kind: str, name: str, rng: random.Random) -> Variant | None:
    """One variant of a full `name` of the given kind, or None when the kind does not apply."""
    parts = Parts.of(name)
    if len(name.split()) < 2:
        return None
    if kind in SPELLING_EDITS:
        edit = SPELLING_EDITS[kind](parts.last, rng)
        return edit and Variant(kind, replace_last_word(name, edit.word), "", edit.note, edit.pos)
    if kind == "given_typo":
        edit = keyboard_typo(parts.given, rng)
        return edit and Variant(kind, replace_first_word(name, edit.word), "", edit.note)
    if kind == "given_short_form":
        forms = given_forms(parts.given)
        if not forms:
            return None
        form = rng.choice(forms)
        form = "-".join(w.capitalize() for w in form.split("-"))
        return Variant(kind, replace_first_word(name, form), "", f"{parts.given}->{form}")
    if kind == "given_initial":
        letter = next((c for c in parts.given if c.isalpha()), "")
        if not letter:
            return None
        return Variant(kind, replace_first_word(name, letter.upper() + "."), "", f"{parts.given}->{letter.upper()}.")
    if kind == "diacritics":
        if name.isascii():
            return None
        return Variant(kind, strip_diacritics(name, rng), "", "ascii")
    if kind == "translit":
        edit = translit(name, rng)
        return edit and Variant(kind, edit.word, "", edit.note)
    raise ValueError(f"unknown variant kind {kind!r}")


def surname_variant(kind: str, surname: str, rng: random.Random) -> Variant | None:
    """A bare-surname variant ("Kerr", "Nordas", "Wightmann")."""
    if kind == "surname_exact":
        return Variant(kind, surname, "")
    if kind == "surname_diacritics":
        return None if surname.isascii() else Variant(kind, strip_diacritics(surname, rng), "", "ascii")
    if kind == "surname_typo":
        edit_kind = rng.choice(SURNAME_EDIT_KINDS)
        edit = SPELLING_EDITS[edit_kind](surname.split()[-1], rng)
        return edit and Variant(kind, replace_last_word(surname, edit.word), "", f"{edit_kind} {edit.note}", edit.pos)
    raise ValueError(f"unknown surname kind {kind!r}")


# --------------------------------------------------------------------------- truth

def _lev(a: str, b: str) -> int:
    return Levenshtein.distance(a, b)


class Truth:
    """What a variant should resolve to, decided without the resolver.

    A full-name variant of athlete A is ambiguous (truth None) when another athlete B has a
    name whose last word is at least as close (Levenshtein, folded) to the variant's last word
    as A's is, and whose given name is compatible with the variant's: the same initial for an
    initial, the same short-form group, or at least as close in letters as A's given name.
    A bare surname is ambiguous when another athlete's surname is at least as close as A's.
    """

    def __init__(self, athletes: Iterable) -> None:
        self.names: dict[str, str] = {}  # key(full name) -> id
        self.entries: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # id -> (given, last, surname)
        self.by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)  # last -> [(id, given)]
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        for a in athletes:
            for n in (a.name, *a.aliases):
                p = Parts.of(n)
                g, last, sur = key(p.given), key(p.last), key(p.surname)
                self.names.setdefault(key(n), a.id)
                self.entries[a.id].append((g, last, sur))
                self.by_last[last].append((a.id, g))
                self.by_surname[sur].add(a.id)
        self._last_len = _by_length(self.by_last)
        self._sur_len = _by_length(self.by_surname)

    def knows(self, name: str) -> str | None:
        return self.names.get(key(name))

    def full(self, variant: str, source: str) -> str | None:
        p = Parts.of(variant)
        g, last = key(p.given).rstrip("."), key(p.last)
        d_src, g_src = min((_lev(last, e_last), e_g) for e_g, e_last, _ in self.entries[source])
        for cand_last in _within(last, d_src, self.by_last, self._last_len):
            for aid, cg in self.by_last[cand_last]:
                if aid != source and self.given_compatible(g, g_src, cg):
                    return None
        return source

    @staticmethod
    def given_compatible(g: str, g_src: str, other: str) -> bool:
        if len(g) == 1:
            return other[:1] == g
        return same_given(g, other) or _lev(g, other) <= _lev(g, g_src)

    def surname(self, variant: str, source: str) -> str | None:
        s = key(variant)
        d_src = min(_lev(s, e_sur) for _, _, e_sur in self.entries[source])
        for cand in _within(s, d_src, self.by_surname, self._sur_len):
            if self.by_surname[cand] - {source}:
                return None
        return source

    def close_to_someone(self, given: str, surname_last: str, max_dist: int = 1) -> bool:
        """Some athlete whose last word is within `max_dist` letters and given name the same or one letter off."""
        g, last = key(given), key(surname_last)
        for cand_last in _within(last, max_dist, self.by_last, self._last_len):
            for _, cg in self.by_last[cand_last]:
                if same_given(g, cg) or _lev(g, cg) <= 1:
                    return True
        return False


def _by_length(index: dict[str, object]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for k in index:
        out[len(k)].append(k)
    return out


def _within(word: str, d: int, index: dict, by_len: dict[int, list[str]]) -> list[str]:
    if d == 0:
        return [word] if word in index else []
    pool = [w for n in range(len(word) - d, len(word) + d + 1) for w in by_len.get(n, ())]
    return [w for w, _, _ in process.extract(word, pool, scorer=Levenshtein.distance, score_cutoff=d, limit=None)]


def make_full_variant(kind: str, athlete, truth: Truth, rng: random.Random, tries: int = 8) -> tuple[Variant, str | None] | None:
    """A fresh variant of `athlete` of this kind with its truth, or None (kind does not apply)."""
    for _ in range(tries):
        v = full_name_variant(kind, athlete.name, rng)
        if v is None:
            return None
        if key(v.text) == key(athlete.name) and kind != "diacritics":
            continue  # no change
        owner = truth.knows(v.text)
        if owner is not None and owner != athlete.id:
            continue  # the variant is another athlete's real name: not a variant any more
        v = Variant(v.kind, v.text, athlete.id, v.note, v.pos)
        return v, truth.full(v.text, athlete.id)
    return None


# --------------------------------------------------------------------------- scoring

@dataclass
class Score:
    """Pairwise counts for one group of variants.

    tp: resolved to the truth. wrong: resolved to another athlete when the truth is an athlete.
    fn: None when the truth is an athlete. amb: truth None (ambiguous); amb_resolved: of those,
    resolved anyway. A wrong link is a false pair and a missed true pair, so
    precision = tp / (tp + wrong + amb_resolved), recall = tp / (tp + wrong + fn).
    """

    n: int = 0
    tp: int = 0
    wrong: int = 0
    fn: int = 0
    amb: int = 0
    amb_resolved: int = 0

    def add(self, truth: str | None, got: str | None) -> str:
        self.n += 1
        if truth is None:
            self.amb += 1
            if got is not None:
                self.amb_resolved += 1
                return "fp"
            return "tn"
        if got == truth:
            self.tp += 1
            return "tp"
        if got is None:
            self.fn += 1
            return "fn"
        self.wrong += 1
        return "wrong"

    @property
    def fp(self) -> int:
        return self.wrong + self.amb_resolved

    @property
    def precision(self) -> float | None:
        d = self.tp + self.fp
        return self.tp / d if d else None

    @property
    def recall(self) -> float | None:
        d = self.tp + self.wrong + self.fn
        return self.tp / d if d else None

    def as_dict(self) -> dict:
        return {
            "n": self.n, "tp": self.tp, "fp": self.fp, "fn": self.fn, "wrong_athlete": self.wrong,
            "ambiguous": self.amb, "ambiguous_resolved": self.amb_resolved,
            "precision": self.precision, "recall": self.recall,
        }


def fmt(x: float | None, digits: int = 4) -> str:
    return "-" if x is None else f"{x:.{digits}f}"
