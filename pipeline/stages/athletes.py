"""Athlete mentions: names found, linked within the article, and told apart from other people.

Reads: sentences and paragraphs (segmenter), `doc.spans["meetings"]` (race context).
Writes:
- `doc.spans["athletes"]`: every athlete mention, label = the article-local athlete key (the
  best full form of the name), with `span._.country`, `span._.role`, `span._.possessive`.
- `doc.spans["people"]`: mentions of people who are not athletes (photographers in credits,
  coaches, parents, musicians...), label = key, `span._.role` says why.

Steps: capitalised runs are cut at words that cannot be names (stop words, titles,
nationalities; a word the article also writes in lower case); runs ending in a place or meeting
head ("Hayward Field") are dropped. Full names form clusters; a surname, an initial form
("J. Kerr"), an all-caps form or a close variant ("Ingebritsson") links to the full name it refers
to. A cluster is an athlete when the registry knows the name or when its sentences speak of the
sport; credits, non-athlete roles and names used as a type ("the J. Cole of this") are not.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable, Container, Iterable

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import patterns as P
from ..registry import DEFAULT_REGISTRY, PARTICLES, Registry, RegistryAthlete, fold, load_registry, surname_of
from ..similarity import doubled_letter_variant, german_spelling_undone, given_names_agree, same_given_name
from .base import block_heading, char_span, inside, opens_line, require, sentences, set_extension, spans_of, text_of, write_spans
from .tables import checkpoint_distances
from .attach import narrated
from .quotes import Marked, find_marked, is_title, marked_paragraphs
from .times import said_as_hour

NOT_PEOPLE_LABELS = {"GPE", "LOC", "FAC", "ORG", "EVENT", "NORP", "PRODUCT", "WORK_OF_ART"}
HEADING_WORDS = 8  # words of a line at most that make a section's heading
TITLE_CASE_HEADING_WORDS = 16  # ... or, every word of it capitalised, a headline's
SURNAME_VARIANT_CUTOFF = 80.0  # rapidfuzz ratio for "Ingebritsson" ~ "Ingebritsen"
GIVEN_VARIANT_CUTOFF = 88.0  # ... and for a given name spelled another way, alone ("Jiraphorn" ~ "Jiraporn")
GIVEN_VARIANT_MIN_LETTERS = 7  # (long enough to tell: not "Jon" for "Joan")
SAID_SPELLING_CUTOFF = 55.0  # ... for each word of a name the text says is another's spelling: "mpraian" ~ "brian" (67)
GIVEN_PREFIX_MIN = 4  # letters a given name has at least to be read as another's with Korean's final vowel ("Tigist", "Tigisteu")
RESPACED_CUTOFF = 90.0  # ... for whole names, their spaces left out: "hailemariamkiros" ~ "hailemariyamukirosi"
KOREAN_SHORT_SURNAMES = frozenset("an go no so do in ha ma na yu ji yi ko ok im ra jo".split())  # surnames that are English words too
SLOGAN_CAPITALS = 3  # capitalised words of a quoted title from which even a word alone in it is no name ("Run for Peace, Run for Unity")
PAIRS_HEADING_REACH = 200  # characters above a results row searched for a heading of pairs ("Mixed doubles 5K")
AGE_BRACKET_REACH = 40  # characters before a name its runner's bracket of age and country may open in ("(28 = Kenya, ")
SAME_SOUND_OPENINGS = frozenset("kq qk kc ck cq qc".split())  # a surname's first letters transliterated either way
SAME_SOUND_LETTERS = frozenset("fp pf bv vb".split())  # a letter a transliteration writes for another in a given name: "Wilpred"
# (Korean copy; not "Maly" of Mary, "Carlo" of Carlos: other names)
KOREAN_FINAL_VOWEL = "eu"  # the vowel Korean romanisation adds after a name's last consonant: "Tigisteu" of Tigist, "Tituseu" of Titus
COMPASS_WORDS = frozenset("north south east west northern southern eastern western".split())  # before a nationality: part of it
GENERATIONS = frozenset("jr sr jnr snr ii iii iv junior senior".split())  # "Ken Griffey Jr." is not "Ken Griffey", folded


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    possessive: bool = False
    headline: bool = False  # in an all-caps or title-case line: a word to link, not a name to trust
    entity: bool = False  # found by a statistical NER (`--spacy-model`) as a person
    link: str = "full name"  # how the mention joined its athlete, for `pipeline explain`
    key: str | None = None
    country: str | None = None
    sex: str | None = None  # as a description right before it says ("the Kenyan woman Sheila Chepkirui")
    role: str | None = None
    club_row: bool = False  # the name of a results row that gives its club ("1 Tom Ashby Harborough AC SM 31:42")

    @property
    def tokens(self) -> list[str]:
        return P.NAME_WORD.findall(P.NICKNAME_IN_NAME.sub("", self.text))  # "Sheila·Chepkirui" is two; 'Dave "Duracell" Hughes' two


@dataclass
class Cluster:
    key: str
    full_forms: list[str] = field(default_factory=list)
    mentions: list[Candidate] = field(default_factory=list)
    athlete: bool = False
    role: str | None = None

    def absorb(self, other: Cluster, link: str) -> None:
        """Take in another cluster's names and mentions, each mention now linked to this one's key by `link`."""
        self.full_forms += other.full_forms
        self.mentions += other.mentions
        for c in other.mentions:
            c.key, c.link = self.key, link


def _clean(token: str) -> str:
    return P.POSSESSIVE_END.sub("", token).lower()


SRI_LANKAN_INITIALS = 3  # initials at least run together before a surname for the last to be the given name's ("H.M.C. Herath")


def _initials_of(word: str) -> str:
    """The letters a folded given name shortens to: "sandun" -> "s", an initials run "r.p." -> "rp"."""
    return word.replace(".", "") if re.fullmatch(r"(?:[^\W\d_]\.)+", word) else word[:1]


def _initials_then_full_name(tokens: list[str]) -> bool:
    """Initials run together before a given name and a surname, as Sri Lankan and Indian copy writes a full name: "R.P. Sandun
    Wickramasinghe" (its initials and given name then shorten to "R.P.S. Wickramasinghe"), or one initial: "G. Iresha Dilhani"."""
    return len(tokens) >= 3 and P.INITIALS_OPENING_NAME.fullmatch(tokens[0]) is not None and not any(map(_is_initial, tokens[1:]))


def _is_initial(token: str) -> bool:
    """"J." or, in results lists, "J" before a surname; "A-M" (of Ann-Marie); initials run together, as Indian names write
    them: "R.S." of "R.S. Negi"."""
    return (len(token) == 2 and token.endswith(".") or len(token) == 1 or bool(re.fullmatch(r"[A-Z]-[A-Z]\.?", token))
            or bool(P.INITIALS_RUN.fullmatch(token))) and token[0].isupper()


def _title(token: str) -> str:
    """'KERR' -> 'Kerr', 'ASHER-SMITH' -> 'Asher-Smith'."""
    return "-".join(p.capitalize() for p in token.split("-")) if token.isupper() and len(token) > 2 and not _is_initial(token) else token


def _shouted_verb(i: int, word: str) -> bool:
    """Is the `i`th word of a run in capitals a verb shouted after a name ("RUTH CHEPNGETICH WINS", "HUG WINS the men's
    wheelchair race")? After two words any shouted verb; after one only a present form ("WON" is a surname too)."""
    low = _clean(word)
    return word.isupper() and low in P.SHOUTED_VERBS and (i > 1 or (i == 1 and low in P.HEADING_VERBS))


TITLED_CODES_MIN = 3  # codes in title case after names a text writes at least, for one to be no part of a name


@lru_cache(maxsize=4)
def _writes_titled_codes(text: str) -> bool:
    """Does the text write country codes in title case after names before their times, three times at least, two codes at least
    ("1) Reynold Cheruiyot Ken 3.32,64, 2) Narve Gilje Nordaas Nor 3.33,10, 3) Oliver Hoare Aus 3.33,58")?"""
    codes = [m.group(1) for m in P.TITLED_CODE_BEFORE_TIME.finditer(text) if m.group(1).upper() in P.COUNTRY_CODES]
    return len(codes) >= TITLED_CODES_MIN and len(set(codes)) >= 2


def split_run(text: str, start: int, run: str, lowercase_words: set[str], sent_starts: set[int],
              names: Container[str] = frozenset(), stop_surnames: Container[str] = frozenset(),
              given_names: bool = True, country_given: Container[int] = frozenset(),
              honoured_given: Container[str] = frozenset()) -> list[Candidate]:
    """Cut a capitalised run at words that cannot be part of a name, unless the word is part of a
    name the registry knows (`names`, folded): "Shamier Little", "Will Claye"; or a function word
    that is a surname (`stop_surnames`, see `stop_word_surnames`): "Yasemin Can", then "said Can";
    or (with `given_names`: not in a headline) a function word capitalised mid-sentence before a
    surname, which is a given name: "and Just Kwaou-Mathey of France", "record holder He Jie"; or a country's name
    that is one (`country_given`, the offsets of such words, see `country_given_names`): "Israel Olatunde"."""
    out: list[Candidate] = []
    current: list[tuple[int, str]] = []
    words = list(P.NAME_WORD.finditer(run))
    known = _known_words([_clean(m.group()) for m in words], names)
    country = _country_words([_clean(m.group()) for m in words]) - known  # "New Zealand", "South Africa"
    for i, m in enumerate(words):
        tok, tok_start = m.group(), start + m.start()
        low = _clean(tok)
        surname = (low in stop_surnames and _title_case(tok) and (len(words) == 1 or (i == len(words) - 1 and current))
                   and (tok_start not in sent_starts or low in P.COUNTRY_WORDS and _acts_or_pauses(text, tok_start + len(tok))))
        given = (given_names and not current and i < len(words) - 1 and low in P.FUNCTION_WORD_NAMES  # (first, or after a word
                 # cut off: "the men's marathon champion of Hangzhou Asian Games He Jie")
                 and _title_case(tok) and tok_start not in sent_starts
                 and text[tok_start - 1 : tok_start] not in P.OPEN_MARKS and _surname_like(words[i + 1].group())
                 and not _rate_words(text, tok_start, words[i + 1].group()))
        given = given or (low in P.ARTICLE_PARTICLES and _title_case(tok) and 0 < i < len(words) - 1 and bool(current)
                          and _surname_like(words[i + 1].group()))  # "Soufiane The Bakkali"
        particle = tok.islower() and low in PARTICLES and 0 < i < len(words) - 1  # "Daniel do Nascimento" ("do" is a stop word)
        honoured = (low in P.DAY_WORDS and i < len(words) - 1 and _surname_like(words[i + 1].group())
                    and P.HONORIFIC_RIGHT_BEFORE.search(text, max(0, tok_start - 8), tok_start) is not None)  # "Mr. Sunday Okon"
        row_initial = (i == 0 and len(tok) == 1 and len(words) > 1 and _surname_like(words[1].group())  # "6 A Cooke (St Finbarr's)
                       and P.ROW_PLACE_BEFORE.search(text, max(0, tok_start - 40), tok_start) is not None)  # 28:31": an initial
        ranked = not current and len(words) - i >= 3 and _title_case(tok) and (
            low in P.RANK_WORDS or (low == "lance" and _clean(words[i + 1].group()) in P.RANK_WORDS))  # "Lance Corporal Nicholas Kimeli"
        blocked = i not in known and not particle and not row_initial and not honoured and tok_start not in country_given and (
            i in country or ranked
            or ((low in P.NOT_NAME_WORDS or low in P.COUNTRY_WORDS)  # never in a name, unless the article writes it as one
                and not (surname and (low in P.COUNTRY_WORDS or low in P.SURNAME_NOT_NAME_WORDS)) and not (given and low in STOP_WORDS))
            or (low in STOP_WORDS and not _is_initial(tok) and not surname and not given)
            or (i == 0 and len(words) == 3 and low in P.REGION_DEMONYMS)  # "Victorian Daniel Kiprop" (not "Victorian Milers Club")
            or (i == 0 and tok in P.GIVEN_NAME_HONORIFICS and (len(words) == 3 or (len(words) == 2 and _clean(words[1].group()) in honoured_given)))
            # "Ato Tesfaye Gudeta", and "Ato Dawit" of Ato Dawit Lemma named before (not "Ato Boldon", a Ghanaian given name)
            or low.startswith("all-")  # an honour's or a selection's: "All-Big Ten honorees", "All-American", "All-Ireland"
            or (low in lowercase_words and tok_start in sent_starts and not _acts(text, tok_start + len(tok)))  # "Mark" opening a sentence
            or (tok_start in sent_starts and P.SENTENCE_ADVERB.fullmatch(low) is not None)  # "Apparently Reid's previous best was"
            or (tok.isupper() and (tok in P.COUNTRY_CODES or tok in P.RESULT_CODES))  # "Ackeem Blake JAM 6.41", "Lee Stobbart DNF"
            or (i == 0 and len(words) == 3 and len(tok) > 1 and tok.isalpha() and tok.isupper()
                and not words[1].group().isupper() and low not in P.CLUB_OPENING_WORDS and tok not in P.NORDIC_CLUB_CODES)
            # (an acronym before a given name and a surname: "The commentator of TVP Przemysław Babiarz"; not an initial, "8 K.
            # James GRN 45.86"; not "SCC Events Pro Team", "KS Podlasie Białystok" nor "IL Gular", clubs)
            or (i > 0 and tok.isupper() and len(tok) > 1 and not words[0].group().isupper()  # "Kipruto WON it" (shouted, and written
                and re.search(rf"\b{re.escape(low)}\b", text) is not None)  # in lower case elsewhere: no name's; not "Mahamed MAHAMED")
            or _shouted_verb(i, tok)  # a live blog's "RUTH CHEPNGETICH WINS in 2:14:18!", "HUG WINS the men's wheelchair race"
            or (i > 0 and _title_case(tok) and low in P.HEADING_VERBS and _heading_line(text, tok_start))  # "Castellano Takes 1500m"
            or (i > 0 and len(tok) == 3 and tok.isupper() and P.NUMBER_AFTER.match(text, tok_start + 3))  # "Megan Keith SCO 14:47.31"
            or (len(current) >= 2 and len(tok) == 3 and _title_case(tok) and tok.upper() in P.COUNTRY_CODES
                and P.NUMBER_AFTER.match(text, tok_start + 3) and _writes_titled_codes(text))  # ... or in title case after a full name,
            # as translated copy writes it: "4) Azeddine Habz Fra 3.34,02" (in a text that writes several so, not one "Mark Anthony
            # Tan 10.65")
            or (i == 0 and len(words) >= 3 and low in P.HOST_CITIES  # a host city before a full name: "the Olympic champion of
                and text[max(0, tok_start - 4) : tok_start] == " of ")  # Tokyo Jacob Ingebritsen" (not "at Xiamen International Conference")
            or (bool(P.NON_ATHLETE_ROLE_WORD.fullmatch(low)) and not (low in P.ROLE_SURNAMES and _title_case(tok) and (
                (current and i == len(words) - 1)
                or (len(current) == 1 and i == len(words) - 2 and _surname_like(words[i + 1].group()))  # a middle name between a given
                # name and a surname: "Ajeet Pal Choudhary" (not "Governing Mayor Kai Wegner", "Edmonton Mayor Amarjeet Sohi")
                or (len(words) == 1 and low in stop_surnames and (tok_start not in sent_starts or _acts(text, tok_start + len(tok)))
                    and not P.THE_RIGHT_BEFORE.search(text, max(0, tok_start - 5), tok_start))
                or (i == 0 and len(words) >= 2 and P.ROW_PLACE_BEFORE.search(text, max(0, tok_start - 40), tok_start)))))
            # "Singer Ed Sheeran", "the Armory DJ" (not "Kyree King", "Domenika Mayor", nor "Pal had gone through" after
            # "Abhishek Pal", nor a results row's given name, "4. Prince Ofori (UG) 15:02.77"; but "said the King", "The Mayor of
            # Nairobi" are the role's)
            or (low in P.MONTH_ABBREVIATIONS and text[tok_start + len(tok) : tok_start + len(tok) + 1] == ".")  # "Feb."
            or ((low in P.MONTH_ABBREVIATIONS or low in P.WEEKDAY_ABBREVIATIONS) and P.DATE_WORDS_AFTER.match(text, tok_start + len(tok)))  # "Sun Sep 10"
        )
        if blocked:
            if current:
                out.append(_candidate(text, current))
            current = []
        else:
            current.append((tok_start, tok))
    if current:
        out.append(_candidate(text, current))
    return out


def _rate_words(text: str, start: int, following: str) -> bool:
    """Is a function word at `start` ("Per") a rate's, a unit after it or a time before it ("2:52 Per Kilometre"), no given name?"""
    return _clean(following) in P.UNIT_WORDS or P.NUMBER_RIGHT_BEFORE.search(text, max(0, start - 12), start) is not None


def _heading_line(text: str, pos: int) -> bool:
    """Is the line around `pos` a short heading: a few words, ending with no full stop or each word of content capitalised
    ("Castellano Takes 1500m", "Hassan Wins 10,000m in Paris heat", "Kipyegon Breaks World Record, Chebet Wins 5000m.")?"""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[a : len(text) if b < 0 else b].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    title_case = all(w[0].isupper() for w in words if w.lower() not in STOP_WORDS and len(w) > 3)
    # (a longer one in title case, every word capitalised, with no full stop: "Caleb Ostrowski Smashes Wisconsin Mile Record
    # With 4:03.58 At Badger Distance Night")
    return (len(words) <= HEADING_WORDS and (not line.endswith(".") or title_case)) \
        or (len(words) <= TITLE_CASE_HEADING_WORDS and not line.endswith(".") and all(w[0].isupper() for w in words))


def _spelled_out(name: str) -> str:
    """A name's folded form with its Nordic and German letters spelled out: "Gilje Nordås" -> "gilje nordaas"."""
    return fold(P.NORDIC_LETTERS_SPELLED.sub(lambda m: P.NORDIC_SPELLING[m.group()], name))


def _undeclined(m: re.Match[str]) -> str:
    """The nominative of a Polish surname's case ending: "-ckiej" -> "-cka", "-skiego" -> "-ski"."""
    return m.group("stem") + ("a" if m.group("fem") else "i")


def _without_particles(surname: str) -> str:
    """A folded surname without its particles: "dos santos" -> "santos"."""
    return " ".join(w for w in surname.split() if w not in PARTICLES)


def _title_case(token: str) -> bool:
    return token[:1].isupper() and token[1:].islower()


def _surname_like(token: str) -> bool:
    """A word that may follow a given name as a surname: capitalised, no function, place or name word."""
    low = _clean(token)
    return (token[:1].isupper() and not token.isupper() and low not in STOP_WORDS and low not in P.NOT_NAME_WORDS
            and low not in P.COUNTRY_WORDS and not P.NON_ATHLETE_ROLE_WORD.fullmatch(low))


def stop_word_surnames(text: str, runs: list[re.Match[str]], sent_starts: set[int], headlines: list[tuple[int, int]]) -> set[str]:
    """Function words and nationalities the article writes as a surname, among its capitalised `runs`
    (`P.NAME_RUN`): capitalised mid-sentence, outside headlines and slogans in quotation marks ("Run
    Beyond"), right after a capitalised word that is not one ("Yasemin Can", "Kenya's Wiseman Were");
    not a number ("the Marlow Ten"); a nationality only before a verb or a pause ("Ireland's Mark
    English came home third", not "the Müller Grand Prix British record"); or a surname written first ("Park Min-ho", then
    "Park said")."""
    out = set()
    givens: dict[str, set[str]] = {}  # a role's word written as a surname -> the given names before it
    for m in runs:
        if m.start() and text[m.start() - 1] in P.OPEN_MARKS:
            continue
        words = P.NAME_WORD.findall(m.group())
        last, before = words[-1], _clean(words[-2]) if len(words) > 1 else ""
        at = m.end() - len(last)
        word = _clean(last)
        function = (word in STOP_WORDS or word in P.ROLE_SURNAMES) and word not in P.NUMBER_WORDS and word not in P.ORDINALS  # "the
        # Marlow Ten" (a role's word too: "Abhishek Pal")
        nationality = (word in P.COUNTRY_WORDS and before not in P.COUNTRY_WORDS and f"{before} {word}" not in P.COUNTRY_WORDS
                       and _acts_or_pauses(text, m.end()))  # not "South African"
        # a word that names no one alone but is a surname, after a given name and before a verb: "James West pushed him"
        # (not a place's or a conference's quarter: "America East", "Bristol West pushed Bristol East")
        surname_word = (word in P.SURNAME_NOT_NAME_WORDS and len(words) == 2 and _acts_or_pauses(text, m.end())
                        and before not in P.COUNTRY_WORDS and before not in P.CONTINENT_WORDS
                        and len(set(re.findall(rf"\b{re.escape(words[0])}\s+(East|West|North|South)\b", text))) < 2)
        if (before and (function or nationality or surname_word)
                and _title_case(last) and before not in STOP_WORDS
                and before not in P.NOT_NAME_WORDS and at not in sent_starts and not inside(at, headlines)):
            out.add(word)
            if word in P.ROLE_SURNAMES and not _is_initial(words[-2]):  # (an initial is no other given name: "A. Pal")
                givens.setdefault(word, set()).add(before)
        elif len(words) == 2 and _clean(words[0]) in P.SURNAME_NOT_NAME_WORDS and P.HYPHENATED_GIVEN_NAME.fullmatch(words[1]) \
                and not inside(m.start(), headlines):
            out.add(_clean(words[0]))  # a surname written first, before a hyphenated given name, as Korean names are: "Park Min-ho"
    return out - {w for w, g in givens.items() if len(g) > 1}  # (a role's word two people bear, "Abhishek Pal" and "Coach
    # Sanjay Pal": alone, either's)


def function_word_full_names(runs: list[re.Match[str]], sent_starts: set[int], headlines: list[tuple[int, int]]) -> set[str]:
    """Full names, folded, whose first word is a function word ("He Jie", "May Lee"; of three words, "Per Ove Lunde"), as
    the article writes them mid-sentence, with two words the other way round too: the same name opening a sentence ("He Jie
    ran out 2 hours 8 minutes 55 seconds") or written given name first ("Jie He said after the match") is that runner's."""
    out = set()
    for m in runs:
        words = P.NAME_WORD.findall(m.group())
        if (len(words) in (2, 3) and _clean(words[0]) in P.FUNCTION_WORD_NAMES and _title_case(words[0])
                and all(_surname_like(w) for w in words[1:]) and m.start() not in sent_starts and not inside(m.start(), headlines)
                and not any(_rate_words(m.string, m.start(), w) for w in words[1:])):
            out.add(fold(" ".join(words)))
            if len(words) == 2:
                out.add(fold(f"{words[1]} {words[0]}"))
    return out


class _Either:
    """Names in either of two containers: the registry's, and those the article spells."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, name: object) -> bool:
        return name in self.first or name in self.second


def country_given_names(text: str, runs: list[re.Match[str]]) -> set[int]:
    """Offsets of a country's name that is a given name: first of two words, the second a surname the
    article also writes alone ("Israel Olatunde of UCD AC ... Olatunde, who ran 6.60"); not after a
    preposition ("for Kenya Defence Forces"), not an adjective ("Kenyan Kipchoge"). Or, in a results
    row, a demonym that is a given name too before a surname and a country's code: "2. Finn Reardon IRL 1:50.20" (not "2.
    USA Red USA 38.20", a relay's team, nor "2. Swiss Kambundji SUI")."""
    out = set()
    for m in runs:
        words = list(P.NAME_WORD.finditer(m.group()))
        if len(words) < 2 or _clean(words[0].group()) not in P.COUNTRY_WORDS:  # (the cheap test first: most runs are no country)
            continue
        coded = len(words) == 3 and words[2].group() in P.COUNTRY_CODES and _clean(words[0].group()) in P.GIVEN_NAME_DEMONYMS \
            and P.ROW_OPENING_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None  # "2. Finn Reardon IRL"
        if len(words) != 2 and not coded:
            continue
        surname = words[1].group()
        if (P.COUNTRY_ADJECTIVE_SHAPE.search(words[0].group()) or not _surname_like(surname)
                or P.COUNTRY_AS_PLACE_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            continue
        if coded or len(re.findall(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)) > 1:
            out.add(m.start() + words[0].start())
    return out


def _known_words(words: list[str], names: Container[str]) -> set[int]:
    """Indices of the words that, with their neighbours, spell a name in `names` (2 to 4 words)."""
    known: set[int] = set()
    if not names:
        return known
    for i in range(len(words) - 1):
        for n in (2, 3, 4):
            if i + n <= len(words) and fold(" ".join(words[i : i + n])) in names:
                known.update(range(i, i + n))
    return known


def _country_words(words: list[str]) -> set[int]:
    """Indices of the words that spell a country of several words ("New Zealand")."""
    if not any(w in P.COUNTRY_FIRST_WORDS for w in words):
        return set()
    return _known_words(words, P.COUNTRY_WORDS)


def _describes_another_name(text: str, c: Candidate, cl: Cluster, starts: dict[int, Cluster], coach: bool = False) -> bool:
    """Does the mention stand right before another person's name as what describes them: a team, a
    school, a club, a place ("Oregon's Teare", "Oregon sophomore Cole Hocker"; with `coach`, "Carroll coach Ryan
    Dunleavy")?"""
    gap = P.MODIFIER_GAP.match(text, c.end) or (P.COACH_GAP.match(text, c.end) if coach else None)
    return gap is not None and (other := starts.get(gap.end())) is not None and other is not cl


def _school_with_class_year(text: str, c: Candidate, cl: Cluster, starts: dict[int, Cluster]) -> bool:
    """Is the mention a school, its class year after it: before another person's name ("Valor Christian senior Jalen
    Brooks"), or after "the" ("The Fossil Ridge junior had run 4:58.30")?"""
    if (gap := P.CLASS_YEAR_GAP.match(text, c.end)) is None:
        return False
    return ((other := starts.get(gap.end())) is not None and other is not cl) or P.SCHOOL_THE_BEFORE.search(text, max(0, c.start - 5), c.start) is not None


def _of_another_name(text: str, c: Candidate, cl: Cluster, ends: dict[int, Cluster]) -> bool:
    """Does the mention follow another person's name with "of", as where they come from or run for
    ("Marco Arop of Edmonton", "Brian Fay of Raheny Shamrock", "Andrew Hanson, 41, of Minneapolis"), or a town as its
    state ("of Provo, Utah")?"""
    if text[max(0, c.start - 4) : c.start] == " of " and (other := ends.get(c.start - 4)) is not None and other is not cl:
        return True
    if text[max(0, c.start - 6) : c.start] == " from " and (other := ends.get(c.start - 6)) is not None and other is not cl \
            and not P.PERSON_CLAUSE_AFTER.match(text, c.end):
        return True  # "Jiraporn Kaewmanee from Nakhon Ratchasima is the best Thai woman" (not "separated Tola from Mosinet Geremew,
        # who ran 2:04:00")
    # (with the person's age set off between: "Andrew Hanson, 41, of Minneapolis", "Patti Lindquist, 64, of Two Harbors")
    if (aged := P.AGE_THEN_OF_BEFORE.search(text, max(0, c.start - 24), c.start)) is not None \
            and (other := ends.get(aged.start())) is not None and other is not cl:
        return True
    return _clean(c.text) in P.US_STATES and bool(P.TOWN_BEFORE_STATE.search(text[max(0, c.start - 30) : c.start]))


def _told_in(text: str, sents, start: int) -> list[tuple[int, int]]:
    """The sentence of a mention, and the next one when it goes on about the same person, opening with
    a pronoun or a description ("Fionnuala McCormack was in a class of her own. The Kilcoole athlete
    led through the first lap in 6:49")."""
    i = sents.index(start)
    told = [sents.ranges[i]]
    if i + 1 < len(sents):
        a, b = sents.ranges[i + 1]
        desc = P.ANAPHOR_SUBJECT.match(text[a:b])
        # (a pronoun and an irregular verb of the sport only after a sentence the mention opens: "Sophie Becker ... did not
        # travel. She ran 51.64 in Oordegem", not "Lyles signed autographs next to Snoop Dogg. He came to watch")
        opening = text[sents.ranges[i][0] : start].strip()
        pronoun = P.PRONOUN_RACED_OPENING if not opening or opening.endswith(",") else P.PRONOUN_OPENING  # ("On Friday, Sophie Becker")
        if pronoun.match(text, a, b) or (desc and not re.match(r"\s+[A-Z]", text[a + desc.end() : b])):
            told.append((a, b))  # (not "The Ethiopian Federation of Athletics celebrated")
    return told


def _athletic_past(text: str, c: Candidate, sent: tuple[int, int]) -> bool:
    """Does the text tell the mention's athletic past, right before or after the name ("Former world indoor finalist
    Tamsyn Manou", "Patrick Sang, who won steeplechase silver at the 1992 Olympics")? Asked only of people in roles."""
    return bool(P.ATHLETE_PAST_BEFORE.search(text[max(sent[0], c.start - 60) : c.start])
                or not c.possessive and P.ATHLETE_PAST_AFTER.match(text, c.end, min(sent[1], c.end + 120)))


def _raced(text: str, c: Candidate, sent: tuple[int, int]) -> bool:
    """Does the mention's sentence place it, with a time after it ("came home third in 1:45.19", "won
    the 1986 title in 31:41.42", "The women's race was won by Wirral AC's Hannah Rowe in 2:44:10", translated "is fourth in
    8'09"71")?"""
    after = text[c.end : min(sent[1], c.end + 70)]
    before = text[max(sent[0], c.start - 60) : c.start]
    placed = (P.PLACE_ORDINAL.search(after) or P.PLACE_WORD.match(after.lstrip())
              or P.WON_BY_BEFORE.search(before) or P.INVERTED_PLACE_BEFORE.search(before))
    return not c.possessive and bool(placed) and bool(P.CLOCK_TIME.search(after) or P.DECIMAL_TIME.search(after) or P.PRIME_TIME.search(after))


def _listed(text: str, c: Candidate) -> bool:
    """Does the mention open a results line, its time after it ("1. Phil Sesemann (Leeds City) 38:02"), or its club
    and its time ("1 Tom Ashby Harborough AC SM 31:42")?"""
    return c.club_row or bool(P.ROW_PLACE_BEFORE.search(text, max(0, c.start - 40), c.start) and P.LIST_ROW_TIME_AFTER.match(text, c.end))


def _acts_or_pauses(text: str, end: int) -> bool:
    """Is the word ending at `end` followed by a verb, or a comma or bracket ("English, a doctor"), or a
    club's or country's bracket ("Mark English (Finn Valley AC)")?"""
    return text[end : end + 1] in (",", ")", ";") or bool(P.CLUB_BRACKET_AFTER.match(text, end)) or _acts(text, end)


def _acts(text: str, end: int) -> bool:
    """Is the word ending at `end` followed by a verb, as a person would be ("Bell said")?"""
    return bool(P.PERSON_VERB_AFTER.match(text[end : end + 40]))


def _candidate(text: str, toks: list[tuple[int, str]]) -> Candidate:
    start, end = toks[0][0], toks[-1][0] + len(toks[-1][1])
    return Candidate(start, end, text[start:end], possessive=bool(P.POSSESSIVE.match(text[end : end + 3])))


def _with_syllable_surname(text: str, run: re.Match[str], c: Candidate) -> Candidate:
    """A Korean given name of two syllables ("Min-ho") with the short surname before it in the run, whatever else that word
    is ("Park", "Oh", "Lee"): "Park Min-ho", "Oh Ju-han"."""
    if c.start <= run.start() or not P.SYLLABLE_NAME.fullmatch(c.tokens[0]):
        return c
    before = P.SHORT_SURNAME_BEFORE.search(text, run.start(), c.start)
    if before is not None and before.group(1).lower() in STOP_WORDS and before.group(1).lower() not in KOREAN_SHORT_SURNAMES:
        return c  # "But Kyeong-seon Choi", "With Ju-han Oh": a sentence's word, no surname (but "No Min-ji", "An Hye-jin")
    return _candidate(text, [(before.start(), before.group(1))] + [(c.start + t.start(), t.group()) for t in P.NAME_WORD.finditer(c.text)]) \
        if before is not None else c


def _without_first_word(c: Candidate) -> Candidate:
    first = c.tokens[0]
    return Candidate(c.start + len(first) + 1, c.end, c.text[len(first) + 1 :], c.possessive)


def _without_last_word(c: Candidate) -> Candidate:
    last = c.tokens[-1]
    return Candidate(c.start, c.end - len(last) - 1, c.text[: -len(last) - 1])


def _described_after_the(text: str, c: Candidate, names: Container[str]) -> bool:
    """Is the first of three or more words of a name said after "the" a description of the person named by the rest: "the
    Tricolour Agathe Guillemot", "the New-Zealander Geordie Beamisch" (no one's name opens with "the"; not a name the registry
    knows, nor one opening with a particle, "the Van der Poel", nor a name said of a thing after it, "The Mary Decker Slaney
    mile record")?"""
    return (len(c.tokens) > 2 and fold(c.text) not in names and fold(_clean(c.tokens[0])) not in PARTICLES
            and P.PERSON_NAME_ENDS.match(text, c.end) is not None)


def _strip_opener(text: str, c: Candidate, sent_starts: set[int], surnames: Container[str] = frozenset()) -> Candidate:
    """Drop a sentence-opening word glued to a name: "Past Ingebritsson" -> "Ingebritsson"; and a host city
    after "in", "at" or "from" glued to a surname the text gives with another given name (`surnames`): "In Paris
    Kaczmarek ran 48,98" -> "Kaczmarek", beside "Natalia Kaczmarek" (not "from Eugene Amo-Dadzie"); and a post's
    department: "Head of Performance Claire Whitmore" -> "Claire Whitmore"."""
    toks = c.tokens
    if len(toks) > 1:
        first = toks[0]
        if (c.start in sent_starts and (first.lower() in P.SENTENCE_OPENERS or P.OPENER_SHAPE.match(first))) or (
                len(toks) == 2 and fold(first) in P.HOST_CITIES and _clean(toks[1]) in surnames
                and P.PLACE_PREPOSITION_BEFORE.search(text, max(0, c.start - 6), c.start)) or (
                len(toks) > 2 and P.POST_OF_BEFORE.search(text, max(0, c.start - 15), c.start)):  # "Head of Performance Claire Whitmore"
            start = c.start + len(first) + 1
            return Candidate(start, c.end, text[start : c.end], c.possessive)
    return c


def quoted_titles(text: str, marked: Iterable[Marked] | None = None) -> list[tuple[int, int]]:
    """Stretches in quotation marks (`marked`, else found in the text) that are titles, every long
    word capitalised: a slogan, a song, a film ("under the theme "Reclaiming Our Cross Country Glory"")."""
    if marked is None:
        marked = (m for a, b in (p.span() for p in P.PARAGRAPH.finditer(text)) for m in find_marked(text, a, b))
    return [(m.start, m.end) for m in marked if is_title(P.WORD.findall(text[m.start : m.end]))]


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals or title case ("Josh Kerr Takes Down Mo Farah's Best")."""
    out = []
    for m in P.PARAGRAPH.finditer(text):
        words = re.findall(r"[^\W\d_][\w'’-]*", m.group())
        if (len(words) < 4 or P.CLOCK_TIME.search(m.group()) or P.DECIMAL_TIME.search(m.group()) or m.group().rstrip().endswith(".")
                or P.DOTTED_MINUTES_HUNDREDTHS.search(m.group())  # "1 Rodgers Kwemoi (Aisan Industry) 27.31.08"
                or P.DOTTED_MINUTES_TIME.search(m.group())  # "1 Zerei Kbrom Mezngi, IL Gular 28.06,41" (Norwegian results)
                or P.LIST_ROW_BREAK.search(m.group()) and (P.DECIMAL_COMMA_TIME.search(m.group()) or P.DOTTED_MINUTES_TIME.search(m.group()))
                or P.POSTED_BY.match(m.group()) or P.LABELLED_LINE.match(m.group())):
            continue  # a results line ("; 2. Lieke Klaver 50,56", its decimals after commas), a byline, a labelled line ("Hosts:
            # Marcus Lyle & Dee Okonkwo") or a sentence is no headline
        content = [w for w in words if w.lower() not in STOP_WORDS and len(w) > 3]
        if content and all(w[0].isupper() for w in content):  # every content word capitalised
            out.append(m.span())
    return out


def _is_place_like(text: str, m: re.Match[str]) -> bool:
    """"Hayward Field", "Bowerman Mile", "Stade de France", "King Baudouin stadium", "the Red Devils"
    (a nationality before a name is none: "South African Sekgodiso Prudence")."""
    after = text[m.end() : m.end() + 30]
    head = re.match(r"[ \t]+([A-Za-z]+)", after)  # (on the name's line: "Alana Reid\nBoys 110m hurdles: ..." ends a list's row)
    words = P.NAME_WORD.findall(m.group())
    if (shout := next((i for i, w in enumerate(words) if _shouted_verb(i, w)), None)) is not None:
        words = words[:shout]  # "ALEXANDER MUNYAO WINS THE LONDON MARATHON": the words before the shouted verb (`split_run`
        # cuts the run there), not the race won after it; "NORTHERN ARIZONA WINS" still a place
    if len(words) > 1 and words[0] in ("The", "the"):
        words = words[1:]  # "The São Silvestre race", "The South African Sekgodiso Prudence"
    cleaned = [_clean(w) for w in words]
    country = _country_words(cleaned) | {i for i, w in enumerate(cleaned) if w in P.COUNTRY_WORDS}
    country |= {i for i, w in enumerate(cleaned[:-1]) if w in COMPASS_WORDS and i + 1 in country}  # "West Australian Matthew Ramsden"
    lead = next((i for i in range(len(words)) if i not in country), len(words))
    if 0 < lead < len(words):
        words = words[lead:]
    if _clean(words[-1]) in P.NON_PERSON_HEADS or _clean(words[0]) in P.NON_PERSON_FIRST:
        return True
    if _clean(words[-1]) in P.LANDMARK_HEADS and P.LANDMARK_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True  # "came into Cougar Saddle", "led into Lick Creek" (not "Second was Ben Creek")
    if _clean(words[-1]) == "rock" and len(words) > 1 and (P.ROCK_LANDMARK_BEFORE.search(text, max(0, m.start() - 20), m.start()) or (
            P.ROCK_LANDMARK_FROM.search(text, max(0, m.start() - 6), m.start()) and P.ROCK_LANDMARK_TO_AFTER.match(text, m.end()))):
        return True  # "in the shadow of Tororo Rock", "from Fern Rock to the Navy Yard" (not "went to Emily Rock")
    if len(words) > 1 and _clean(words[-2]) == "city":
        return True  # "from the Durban City Hall", "around City Hall", "the North Shore City Milers" (a city's building or club; not
        # "New York City Marathon Champion Hellen Obiri")
    if len(words) == 1 and P.STREET_COMPOUND.fullmatch(words[0]):
        return True  # "the start shot went on Lidingövägen": a street
    if any(part in P.NON_PERSON_HEADS for word in words for part in _clean(word).split("-")[1:]):
        return True  # "BMW BERLIN-MARATHON"
    if len(words) > 1 and _clean(words[-1]) in P.US_STATES:
        return True  # "Northern Arizona", "Coastal Carolina"
    if head and (head.group(1)[0].isupper() and head.group(1).lower() in P.NON_PERSON_HEADS or head.group(1) in P.VENUE_AFTER
                 or head.group(1) in P.STUDY_NOUNS):
        return True  # ("Physical Education student": a field of study)
    if P.RACE_AFTER.match(text, m.end()) and P.THE_AND_WORD_BEFORE.search(text, max(0, m.start() - 25), m.start()):
        return True  # "the traditional Danske Bank Vilnius marathon"
    if P.CITY_OF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True  # "6. Paul Hegarty (City of Derry Spartans) 2:27:55": a club named for its city
    if 1 < len(words) <= 3 and P.CAPITALS_WORD.fullmatch(words[0]) and words[0] not in P.COUNTRY_CODES \
            and P.AFFILIATION_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True  # "Yudha Prasetyo from PASI Jawa Tengah": a body's branch (its acronym first), no runner (not "from KEN Tom Ruto")
    if len(words) > 2 and (initials := P.INITIALS_BRACKET_AFTER.match(text, m.end())) is not None \
            and initials.group(1) == "".join(w[0] for w in words).upper() and initials.group(1) not in P.COUNTRY_CODES \
            and P.THE_RIGHT_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return True  # "in front of the Gelora Bung Karno (GBK)": a place its initials abbreviate, after "the" (not a runner's: "Lalu
        # Muhammad Zohri (LMZ)")
    if P.AWARD_AFTER.match(after):
        return True  # "the Pac-12 Cross Country Athlete of the Year"
    before = text[max(0, m.start() - 30) : m.start()]
    if head and head.group(1).lower() == "parkrun" and P.PARKRUN_VENUE_BEFORE.search(before):
        return True  # "ticked off Bushy parkrun": its venue
    if (P.ROUTE_PLACE_BEFORE.search(before) and not P.POSSESSIVE.match(text[m.end() : m.end() + 3])) \
            or ((P.HOMETOWN_BEFORE.search(before) or (len(words) == 1 and P.BODY_TOWN_BEFORE.search(before))) and text.startswith(",", m.end())) \
            or (P.POINT_PLACE_BEFORE.search(before) and P.POINT_PLACE_REACHED_AFTER.match(text, m.end())):
        return True  # a place on the course: "the long climb to Constantia Nek", "the road from Haji Ali", "ran together through the
        # Bandra-Worli Sea Link"; a hometown set off: "Srinu, from Andhra Pradesh, kicked away", "Institute, Pune,"; a point of the course: "at
        # Drummond, which she reached in 2:54:12"
    if (P.THE_BEFORE_TEAM.search(before) or m.group().startswith(("The ", "the "))) and P.TEAM_RUNNER_AFTER.match(text, m.end()):
        return True  # a team's runner: "The Dalhousie Tigers runner pulled away" (a team's own words, "The Cornell women", are the
        # cluster's to weigh: `Athletes._unlinked`)
    if P.RUNNERS_BRACKET_AFTER.match(text, m.end()) and P.RELAY.search(text):
        return True  # a relay team's row: "2. Cornell (Brennan, Grant, Lindqvist, Moran) 11:12.40"
    if P.STREET_WORD_BEFORE.search(before) or P.AGE_OF_PLACE_BEFORE.search(before) \
            or (P.BEST_FROM_PLACE_BEFORE.search(before) and not P.POSSESSIVE.match(text[m.end() : m.end() + 3])):
        return True  # "from Via dei Fori Imperiali", "The 27 years old of Bekoji" (translated), "best is 1:07:02 from Ras Al
        # Khaimah": places
    if P.FIRM_BRACKET_BEFORE.search(before) or P.FIRM_BRACKET_AFTER.match(text, m.end()):
        return True  # a firm, a row's club: "(Murray & Roberts)"
    if words[0] in P.RACE_KIND_FIRST_WORDS and (P.THE_RIGHT_BEFORE.search(before) or m.group().startswith(("The ", "the "))) \
            and any(w in P.PLACE_OF_PARTICLES for w in words) \
            and (words[1] in P.PLACE_OF_PARTICLES or not P.PERSON_VERB_AFTER.match(text[m.end() : m.end() + 60])):
        return True  # a race named with its kind first and its place after "de", as French names run: "at the Marathon Beneva de
        # Québec", "The Marathon du Médoc was won by" (not "At the Marathon Eliud Kipchoge was never troubled", "In the Marathon
        # Robert de Castella won": a name before the particle, a runner acting after it)
    if P.CLASS_YEAR_BRACKET_BEFORE.search(before):
        return True  # a US results row's school after the class year: "3. Mason Kealoha (Sr., Gig Harbor) 4:07.15"
    if (P.NAMED_PRIZE_AFTER.match(text, m.end()) and P.ARTICLE_BEFORE.search(before) and not P.PRIZE_CAME_BEFORE.search(before)
            and not P.PRIZE_FOR_AFTER.match(text, m.end())) \
            or P.VENUE_OF_BEFORE.search(before) \
            or P.OFFICE_OF_BEFORE.search(before):
        return True  # "the Parque de los Deportes of Mar del Plata", "Sudamericano of Mar del Plata", "the Mayor of Market Hadley": the place;
        # "earning a Bill Rowan medal": a prize's label
    if P.RUNNER_OF_BEFORE.search(before) and len(words) <= 2 and not re.search(r"['’]s?$", m.group()) and _clean(words[0]) not in P.COUNTRY_WORDS:
        return True  # "The runner of Dukla Praha improved": the club (not "the athlete of Uganda Jacob Kiplimo")
    org = P.ORG_BEFORE.search(before)
    # "the broadcaster NRK" is a company, "veteran broadcaster Bruce McAvaney" a person
    return bool(org) and not (org.group().lower().startswith("broadcaster") and len(words) > 1 and not m.group().isupper())


def _names_place(text: str, c: Candidate, places: dict[str, tuple[int, int]]) -> bool:
    """Is the candidate part of the dateline, or does it hold the dateline's place: a place of several words opening it ("Terre
    Haute South" in a report datelined TERRE HAUTE) where the text never writes a name before that place (not "Alejandro Santa
    Cruz" datelined SANTA CRUZ), or one word of it with a letter more or less ("Facsa Castelló" datelined CASTELLÓN)?"""
    if any(a <= c.start < b for a, b in places.values()):
        return True  # "TERRE" of "TERRE HAUTE, Ind. (WTHQ) —", read word by word as capitals are
    words = [fold(_clean(token)) for token in c.tokens]
    for place in places:
        if " " in place:
            if " ".join(words).startswith(place) and not _surname_of_someone(text, place):
                return True
        elif any(w == place or len(w) >= 6 and abs(len(w) - len(place)) <= 1 and fuzz.ratio(w, place) >= 90 for w in words):
            return True
    return False


def _surname_of_someone(text: str, place: str) -> bool:
    """Does the text write a capitalised word other than a function word right before the place's words: someone's surname
    ("Jorge Del Mar" datelined DEL MAR)?"""
    shape = r"[ \t]+".join(re.escape(w) for w in place.split())
    return any(m.group(1).lower() not in STOP_WORDS for m in re.finditer(rf"\b([A-Z][\w'’-]*)[ \t]+{shape}\b", text, re.IGNORECASE)
               if m.group(1)[:1].isupper())


def _not_a_person_here(text: str, c: Candidate, names: Container[str]) -> bool:
    """"the Red Devils", "whose Buffaloes", "won in Rio de Janeiro": a determiner or "in" right before the name (an owner's
    not before a name the registry knows, or one the text writes elsewhere with no determiner: "on our Nadia Battocletti", as
    Italian copy writes "la nostra", "our Szabó Bence with 28:41,93 was fourteenth" ... "Szabó Bence ran his first final";
    "our Christmas Handicap" is a club's race)."""
    before = text[max(0, c.start - 6) : c.start]
    return bool(re.search(r"\bthe\s+$", before) or (re.search(r"\b(?:whose|their|our)\s+$", before) and fold(c.text) not in names
                                                      and not _written_bare_elsewhere(text, c))
                or (not c.possessive and re.search(r"\bin\s+$", before)))


def _written_bare_elsewhere(text: str, c: Candidate) -> bool:
    """Does the text write the candidate's words (two or more) elsewhere with no determiner or "in" before them?"""
    if len(c.tokens) < 2:
        return False
    return any(m.start() != c.start and not re.search(r"\b(?:the|whose|their|our|in)\s+$", text[max(0, m.start() - 6) : m.start()])
               for m in re.finditer(rf"(?<![\w-]){re.escape(c.text)}(?![\w-])", text))


def _nickname(text: str, c: Candidate) -> bool:
    """Is the candidate all a pair of quotation marks holds (a "The" before it aside): a nickname?"""
    before = re.sub(r"(?:The|the)\s+$", "", text[max(0, c.start - 5) : c.start])
    after = text[c.end : c.end + 2].lstrip(",.!?")[:1]  # 'a banner reading "Double Trouble,"'
    return bool(before) and before[-1] in P.OPEN_MARKS and after != "" and after in P.CLOSE_MARKS


def find_candidates(
    text: str, meeting_ranges: list[tuple[int, int]], sent_starts: set[int], names: Container[str] = frozenset(),
    marked: Iterable[Marked] | None = None,
) -> list[Candidate]:
    """Name candidates. A word the article also writes in lower case ("Mark", "Bell") is no name when
    it opens a sentence, unless it is the surname of a full name in the article; a word that is
    never a name ("Little") is one in a name the registry knows (`names`, folded)."""
    runs = list(P.NAME_RUN.finditer(text))  # the capitalised runs, found once
    full_names = [words for m in runs if len(words := P.NAME_WORD.findall(m.group())) > 1]
    honoured_given = {_clean(words[1]) for words in full_names if len(words) == 3 and words[0] in P.GIVEN_NAME_HONORIFICS}  # ("Ato
    # Dawit Lemma": Dawit, the name "Ato Dawit said" calls him by)
    full_surnames = {_clean(words[-1]) for words in full_names}
    given_elsewhere = {_clean(words[-1]) for words in full_names if fold(words[0]) not in P.HOST_CITIES}  # (not "Paris Kaczmarek")
    lowercase_words = {w for w in re.findall(r"\b[a-z][a-z'-]+\b", text)} - full_surnames
    headlines = headline_lines(text)
    stop_surnames = stop_word_surnames(text, runs, sent_starts, headlines)
    if spelled := function_word_full_names(runs, sent_starts, headlines):
        names = _Either(names, spelled)
    country_given = country_given_names(text, runs)
    titles = quoted_titles(text, marked)
    slogans = [(a, b) for a, b in titles if len(P.CAPITAL_WORD.findall(text, a, b)) >= SLOGAN_CAPITALS  # "Run for Peace, Run for Unity"
               and P.LOWER_WORD.search(text, a, b)]  # (not a list of names: "Kerr, Nuguse, Hocker.")
    datelines = {fold(m.group("place")): m.span("place") for m in P.DATELINE.finditer(text, text.find("\n") + 1)}
    towns_set_off = {fold(m.group("place")) for m in P.TOWN_SET_OFF_AFTER.finditer(text)}  # "the University of Nigeria, Nsukka,",
    # "at Ulinzi Sports Complex, Lang'ata yesterday."
    teams = set(P.TEAM_PLURAL.findall(text))  # "The Cougars head to ...": a "Cougar" is one of the team
    out: list[Candidate] = []
    surname_after_the: list[Candidate] = []
    nicknamed = [Candidate(m.start(), m.end(), m.group()) for m in P.NICKNAMED_NAME.finditer(text)]  # 'Dave "Duracell" Hughes'
    # ... and a row's "Vollmer, Ethan SR": one candidate, its words in the name's order
    nicknamed += [Candidate(m.start("surname"), m.end("given"), f"{m.group('given')} {m.group('surname')}")
                  for m in P.SURNAME_FIRST_ROW_NAME.finditer(text)]
    nicknamed += [Candidate(m.start("surname"), m.end("given"), f"{m.group('given')} {m.group('surname')}")  # "Løkken, Sindre (IL
                  for m in P.SURNAME_FIRST_LIST_NAME.finditer(text)  # Fjordløp) 3:48.62" (not "Ingebrigtsen, Norway (NOR) 3:28.42")
                  if not any(w.lower() in P.COUNTRY_WORDS for w in m.group("given").split())]
    out.extend(nicknamed)
    rows = club_rows(text)
    for m in runs:
        if any(c.start <= m.start() < c.end for c in nicknamed):
            continue  # its given name, nickname and surname are one candidate
        run, in_row = m.group(), inside(m.start(), rows)
        if in_row:
            if not (run := name_in_club_row(text, m, rows)):
                continue  # a club after the row's name ("Harborough AC", "Desford Striders")
        elif fold(run) not in names and not _surname_written_first(text, run, stop_surnames) and not _row_runner(text, m) \
                and _is_place_like(text, m):
            continue  # "Hayward Field", but not the registry's Quincy Hall, nor "Park said" of Park Min-ho, nor a results row's
            # runner, "4. Marcus Hill, 12, Delbarton, 4:12.95"
        if P.ROLE_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()) and " " not in m.group() and _clean(m.group()) not in full_surnames:
            continue  # "Hayashi Kiyoshi, manager of Daihatsu": a team (not "Patrick Sang, the coach of Kipchoge", Eliud Kipchoge named)
        in_headline = inside(m.start(), headlines)
        if not in_headline and (the := P.TITLED_THE_RUN.match(run)) and (second := _clean(the.group(1))) not in P.COUNTRY_WORDS \
                and second not in P.NOT_NAME_WORDS \
                and P.LOWER_WORD_RIGHT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "told The Daily Sentinel": a title capitalising its article mid-sentence, no one (not "beat The Kenyan Eliud Kipchoge",
            # "beat The Olympic Champion Peres Jepchirchir")
        run_start = m.start()
        if (slug := P.WIRE_SLUG.match(text, run_start)) is not None and slug.end() < m.end():
            run, run_start = text[slug.end() : m.end()], slug.end()  # a wire's topic slug before its headline: "Athletics-El Bakkali"
        for c in split_run(text, run_start, run, lowercase_words, sent_starts, names, stop_surnames, not in_headline, country_given,
                           honoured_given):
            c = _with_syllable_surname(text, m, c)
            c.club_row = in_row
            if any(a < c.end and c.start < b or c.start == b + 1 and text[b] == " " and not P.MEETING_THEN_PERSON_HEAD.search(text, a, b)
                   for a, b in meeting_ranges):
                continue  # "Memorial Van Damme" is a meeting, and so is "the Golden Gala Pietro Mennea" (not "the men's marathon
                # champion of Hangzhou Asian Games He Jie": no games is named after a person)
            if c.start == m.start() and len(c.tokens) == 1 and P.NUMBERED_CLUB_BEFORE.search(text, max(0, c.start - 30), c.start):
                continue  # "of Mekelle 70 Enderta": a club's name
            if opens_line(text, c.start) and P.RESULTS_HEADING_AFTER.match(text, c.end) \
                    and fold(c.text) not in names:
                continue  # a race's name heading its results' line: "Ras Bach (juniors): 1 Cai Roberts (Meirionnydd) 24:18."
            if P.BRAND_NUMBER_AFTER.match(text, c.end) or (P.ROAD_RACE_NAME_AFTER.match(text, c.end) and fold(c.text) not in names):
                continue  # "his Zatopek:10 crown": a race named after an athlete, not the athlete; "(Cardiff Bay 10k '22)"
            if (_nickname(text, c) or (len(c.tokens) > 1 or inside(c.start, slogans)) and inside(c.start, titles)) and fold(c.text) not in names:
                continue  # "dubbed "The Leigh Lightning" by her fans", the "Kilbarchan Comet", the theme "Reclaiming Our Cross Country Glory"
            if (len(c.tokens) > 1 and ((first := _clean(c.tokens[0])) in P.CLUB_OPENING_WORDS or first in P.SAINT_WORDS
                                       or first in P.PLACE_OPENING_WORDS or any(_clean(tok) in P.WELSH_PLACE_WORDS for tok in c.tokens)
                                       or c.tokens[0] in P.NORDIC_CLUB_CODES or c.tokens[-1] in P.NORDIC_CLUB_CODES)
                    or (len(c.tokens) == 1 and (P.NORDIC_CLUB_CODE_AFTER.match(text, c.end)
                                                or P.NORDIC_CLUB_CODE_BEFORE.search(text, max(0, c.start - 6), c.start)))) \
                    and fold(c.text) not in names:
                continue  # "Atletismo Numantino", "LG Telis Finanz", "IL Gular", "Stord IL", "Hälle IF" (the code a word of its own
                # after the candidate): a club; "Saint Silvester": a race's saint;
                # "Piazza Santa Croce", "Pont Cyfyng": a place
            if P.STREET_WORD_LOWER_BEFORE.search(text, max(0, c.start - 12), c.start) and fold(c.text) not in names:
                continue  # "along the avenue Mohammed VI": a street
            if P.CLASS_LABEL.fullmatch(c.text):
                continue  # "Sr M (10km):", a results heading's class
            if len(c.tokens) == 1 and ((fold(c.text) in P.FIELD_EVENT_FIRST and P.FIELD_EVENT_AFTER.match(text, c.end))
                                       or (fold(c.text) == "bell" and (
                    P.BELL_RINGS_AFTER.match(text, c.end) or _bell_row(text, c.start, c.end)))):
                continue  # "Long jump (M): 2. Kwame Asante 6.41m", "Shot put": an event; "Bell ringing at the last lap": the bell
            if fold(c.text) not in names:
                before_in_run = P.NAME_WORD.findall(text[m.start() : c.start])
                org = [i for i, t in enumerate(c.tokens) if _clean(t).lower() in P.ORGANISATION_NAME_WORDS]
                if (len(org) > 1 and org[-1] == len(c.tokens) - 1) or (
                        len(c.tokens) == 1 and before_in_run and _clean(before_in_run[-1]).lower() in P.ORGANISATION_NAME_WORDS):
                    continue  # "Mesfin Industrial Engineering", "Power" of "Ethiopian Electric Power": an organisation's name
                if len(c.tokens) == 1 and before_in_run and _clean(before_in_run[-1]).lower() in P.CLUB_PLACE_HEADS \
                        and P.OF_THE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    continue  # "Graham Fougere of the Halifax Road Hammers": the club's last word, after a place's head
                if org and org[0] == 0 and org[-1] < len(c.tokens) - 1:
                    for _ in range(org[-1] + 1):
                        c = _without_first_word(c)  # "Kenya Power Lucy Wambui": the runner after her club (not "Mark Power Jones")
            if _clean(c.tokens[-1]).lower() in P.TEAM_OF_WOMEN_WORDS and fold(c.text) not in names:
                if len(c.tokens) < 3:
                    continue  # "Essex Ladies": a club's women, no one
                c = _without_last_word(c)  # "Fionnuala McCormack Ladies race winner": the runner before the word
            if len(c.tokens) > 2 and c.tokens[0].lower() in P.STREET_HEADS and c.tokens[1] in PARTICLES:
                continue  # "the finish on Calle de la Princesa": a street
            if len(c.tokens) == 1 and c.text in P.MARK_ABBREVIATIONS:
                continue  # "the Night of 10,000m PBs was": marks, no one
            if len(c.tokens) == 1 and P.TOLD_RIGHT_BEFORE.search(text, max(0, c.start - 30), c.start) and P.TOLD_OUTLET_AFTER.match(text, c.end) \
                    and fold(c.text) not in names and len(re.findall(rf"\b{re.escape(c.text)}\b", text)) == 1:
                continue  # "Naeem told Dawn after receiving his medal": the paper, a word the text names no one else by
            if len(c.tokens) == 1 and (P.SLASH_GLUED.match(text, max(0, c.start - 2)) or P.SLASH_GLUED.match(text, c.end - 1)) \
                    and not _said_alone(text, c.text):
                continue  # a word of two clubs' or places' names glued by a slash: "Bjørnar Haugstad from Ullensaker/Kisa" (translated;
                # not a photographer's credit: "Stephen Pond/Getty Images", nor a pair's runners said alone too: "Jebb/Mounsey won the
                # pairs ... Jebb and Mounsey led")
            if (_clean(c.tokens[-1]) in P.NON_PERSON_HEADS and fold(c.text) not in names and not _surname_written_first(text, c.text, stop_surnames)
                    and not (c.start == m.start() and _row_runner(text, m))) \
                    or _names_place(text, c, datelines) \
                    or (len(c.tokens) == 1 and fold(c.text) in towns_set_off) \
                    or (_clean(c.tokens[-1]) in P.ROAD_HEADS and P.ALONG_BEFORE.search(text, max(0, c.start - 12), c.start)):
                continue  # "Indoor Tour" (of "World Athletics Indoor Tour Gold"); "Castellón" of the dateline; a campus's or venue's town alone
            # "JOSH KERR DEFEATS": word by word (not a name in capitals opening a sentence: "MEGAN KEITH added ...")
            if c.text.isupper() and len(c.tokens) in (2, 3) and _credited(text, c.start):
                out.append(c)  # "PHOTO BY ISAAC KASAMANI": a photographer's whole name in capitals (not its words, one of which
                # would be taken for a runner's given name)
            elif (c.text.isupper() or in_headline) and len(c.tokens) > 1 and not (not in_headline and (
                    P.LOWER_WORD_AFTER.match(text, c.end) or P.SHOUTED_VERB_AFTER.match(text, c.end))):
                for t in P.NAME_WORD.finditer(c.text):
                    word = _candidate(text, [(c.start + t.start(), t.group())])
                    word.headline = True
                    out.append(word)
            elif _plausible(c) or _clean(c.text) in stop_surnames:  # "English, a doctor" (of "Mark English")
                whole = c
                after_the = text[max(0, c.start - 4) : c.start].lower() == "the "
                if _not_a_person_here(text, c, names):
                    if len(c.tokens) == 1 and after_the:
                        surname_after_the.append(c)  # "has declared the Kipyegon" (Italian's article), if she is named in full
                    if len(c.tokens) < 3 or not after_the:
                        continue  # "the Red Devils", "in Rio de Janeiro"
                    c = _without_first_word(c)  # "The Britannic Keely Hodgkinson": an unknown adjective first
                elif after_the and _described_after_the(text, c, names):
                    c = _without_first_word(c)  # "The Tricolour Agathe Guillemot", "the Boulonnais Jimmy Gressier" (French copy translated)
                if len(c.tokens) > 2 and _clean(c.tokens[0]).lower() in P.PLACE_HEADS and fold(c.text) not in names \
                        and P.NAME_WORD.search(text, m.start(), c.start):
                    c = _without_first_word(c)  # "At the Potsdamer Platz Dera Dida attacked": a place's head before the name, the place's
                    # name before it (not "came Trust Munyaradzi Chikwanha", "River Jordan Smith": given names)
                c = _strip_opener(text, c, sent_starts, given_elsewhere)
                if len(c.tokens) > 2 and c.tokens[0] in teams and P.FELLOW_BEFORE.search(text, max(0, c.start - 8), c.start) \
                        and fold(c.text) not in names:
                    c = _without_first_word(c)  # "Fellow Cougar Caleb Ruiz": one of the team the text calls "the Cougars"
                if c is not whole and (c.tokens[0][:1].islower() or P.TWO_WORD_PARTICLE.search(c.text)
                                           and not any(_clean(w).lower() in P.COUNTRY_WORDS for w in whole.tokens[:2])
                                           and not P.PERSON_VERB_AFTER.match(text[c.end : c.end + 60])):
                    continue  # "the Paseo de las Delicias" without its head: a place's words, no one's name; "the Cross Internacional de
                    # la Constitución" without its kind's word (not "the Peruvian Jovana de la Cruz" without her nationality)
                c.headline = in_headline or (c.text.isupper() and not P.LOWER_WORD_AFTER.match(text, c.end)
                                             and not P.SHOUTED_VERB_AFTER.match(text, c.end))
                out.append(c)
    if nicknamed:
        out.sort(key=lambda c: c.start)
    # "the Kipyegon": a surname after "the", as copy translated from Italian writes it, when the text names her in full (not one
    # spelled a letter apart: "Third the Kiplangat" after "Edna Kiplagat" is another runner, whom resolution would merge with her)
    surnames = {fold(_clean(c.tokens[-1])) for c in out if len(c.tokens) > 1}
    for c in surname_after_the:
        if fold(_clean(c.text)) in surnames and not P.SURNAME_AFTER_THE_NOT_A_RUNNER.match(text, c.end):
            out.insert(next((i for i, o in enumerate(out) if o.start > c.start), len(out)), c)
    return out


def _reordered_variant(a: str, b: str) -> bool:
    """Are two names of two words (folded) one name in the other order, each word close to its pair ("lemma abdi", "abdi lema";
    "csepkirui purity", "purity chepkirui"), as copy translated from a language that writes the family name first mixes them?"""
    x, y = a.split(), b.split()
    return len(x) == len(y) == 2 and x != y and all(
        p[:1] == q[:1] and fuzz.ratio(p, q) >= SURNAME_VARIANT_CUTOFF for p, q in ((x[0], y[1]), (x[1], y[0])))


def _given_and_middle(full: str, short: str) -> bool:
    """Is `short` (two words, folded) the given name and the middle name of `full` (three words), the middle the same and the
    given name a letter of the same sound apart or with Korean romanisation's final vowel ("wilpred kipkemoi" of "wilfred kipkemoi
    kirui", "tigisteu alemu" of "tigist alemu bekele"; not "mark kiprop" of "mary kiprop chebet", "daniela kipchumba" of "daniel
    kipchumba mutai", "sara hall" of "sarah hall johnson", nor "mariano garcía" of "mario garcía romo": other names)?"""
    f, s = full.split(), short.split()
    if len(f) != 3 or len(s) != 2 or s[1] != f[1] or s[0] == f[0]:
        return False
    a, b = s[0], f[0]
    swapped = [x + y for x, y in zip(a, b) if x != y] if len(a) == len(b) else []  # (the letters that differ, paired)
    return (len(swapped) == 1 and a[0] == b[0] and swapped[0] in SAME_SOUND_LETTERS) \
        or (min(len(a), len(b)) >= GIVEN_PREFIX_MIN and KOREAN_FINAL_VOWEL in (a.removeprefix(b), b.removeprefix(a)))


def _row_runner(text: str, m: re.Match[str]) -> bool:
    """Is the run of two words a results row's runner, its place before and the runner's age or school year after ("4. Marcus
    Hill, 12, Delbarton, 4:12.95", "3 Jo Ridge (11) Ramapo 4:52.87")?"""
    return len(P.NAME_WORD.findall(m.group())) == 2 and P.ROW_PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None \
        and P.ROW_AGE_AFTER.match(text, m.end()) is not None and not P.TEAM_LIST_HEADING.search(text, *block_heading(text, m.start()))
    # (not a team's row: "Team results: 1. Red Bank, 45, 16:40.20")


def _surname_written_first(text: str, word: str, stop_surnames: Container[str]) -> bool:
    """Is `word` alone a surname the text writes first in a full name ("Park" of "Park Min-ho", `stop_word_surnames`), not the
    place or the thing it names elsewhere ("Olympic Park")?"""
    return " " not in word.strip() and _clean(word) in stop_surnames and P.HYPHENATED_GIVEN_NAME.search(text) is not None


def _said_alone(text: str, word: str) -> bool:
    """Does the text write the word somewhere with no slash glued to it ("Jebb and Mounsey led", beside "Jebb/Mounsey")?"""
    return any(text[m.start() - 1 : m.start()] != "/" and text[m.end() : m.end() + 1] != "/"
               for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def club_rows(text: str) -> list[tuple[int, int]]:
    """The lines of a results table that give a club after the name: the rows under a header naming a club column (to
    the first line that is no row), rows ending with an age category and a time, and a list's rows that glue the club to
    the name (`_glued_club_rows`)."""
    rows = [m.span() for m in P.CATEGORY_THEN_TIME_ROW.finditer(text)] + _glued_club_rows(text)
    for header in P.CLUB_COLUMN_HEADER.finditer(text):
        at = header.end() + 1
        while at < len(text) and (row := P.TABLE_ROW_PLACE.match(text, at)) is not None:  # the rows right under it, to the first
            end = text.find("\n", row.end())  # line that is none ("Tom Ashby said afterwards ...")
            end = end if end >= 0 else len(text)
            rows.append((at, end))
            at = end + 1
    return rows


GLUED_CLUB_EVIDENCE = 2  # rows at least whose name the text writes elsewhere with a club's words after it in the row


def _glued_club_rows(text: str) -> list[tuple[int, int]]:
    """The rows of a results list ("4 Joe Marsh Unattached 1:54.40 PB") when the list glues a club to the names: in two rows
    at least, a name the text writes outside the list ("Tom Harding won in 1:51.38") is followed by more words, one of them
    in lower case ("1 Tom Harding Kestrel Park AC 1:51.38"; not a country's code, "NOR", nor a team's institution, "2 Aoyama
    Gakuin Univ. 2:09:30"). Else none."""
    rows = list(P.PLACE_RUN_TIME_ROW.finditer(text))
    if len(rows) < 3:
        return []
    spans = [m.span() for m in rows]
    evidence = 0
    for row in rows:
        words = row.group("run").split()
        evidence += any(any(w != w.upper() for w in words[k:]) and not P.INSTITUTION_HEAD.fullmatch(" ".join(words[k:]))
                        and _written_outside(text, " ".join(words[:k]), spans, whole=True) for k in range(2, len(words))) \
            and not _written_outside(text, " ".join(words), spans, whole=True)
        if evidence >= GLUED_CLUB_EVIDENCE:
            return spans
    return []


def _written_outside(text: str, words: str, spans: list[tuple[int, int]], *, whole: bool = False) -> bool:
    """Does the text write these words outside the spans (a list's rows: "Tom Ashby crosses the line"), and with `whole`, as a
    whole name there, no capitalised word after it (not "Aoyama Gakuin" of "Aoyama Gakuin University")?"""
    return any(not inside(m.start(), spans) and not (whole and P.CAPITALISED_WORD_AFTER.match(text, m.end()))
               for m in re.finditer(rf"\b{re.escape(words)}\b", text))


def name_in_club_row(text: str, run: re.Match[str], rows: list[tuple[int, int]]) -> str:
    """A name run in a row of a table that gives clubs ("1 Tom Ashby Harborough AC SM 31:42"): the name right after
    the place is its first words, the club the rest: the longest beginning the text writes outside the table ("Tom Ashby
    crosses the line"), else the first two words. '' for a run the row has after its name (the club's)."""
    line = text.rfind("\n", 0, run.start()) + 1
    if not (place := P.TABLE_ROW_PLACE.match(text, line)) or place.end() != run.start():
        return ""
    if P.COLUMN_GAP_AFTER.match(text, run.end()):
        return run.group()  # set off from the club by the table's column gap: "7    Narve Gilje Nordås       NOR   3:48.10"
    words = list(P.NAME_WORD.finditer(run.group()))
    for k in range(len(words), 2, -1):
        prefix = run.group()[: words[k - 1].end()]
        if _written_outside(text, prefix, rows):
            return prefix
    n = 1
    while n < len(words) - 1 and words[n].group().islower():
        n += 1  # (particles: "Jack de Vries Leeds City MSEN 33:20", "Ana van der Berg Leeds City FSEN 36:12")
    return run.group()[: words[min(n + 1, len(words)) - 1].end()]


def without_affiliations(text: str, candidates: list[Candidate], names: Container[str] = frozenset()) -> list[Candidate]:
    """Candidates less those in brackets right after another name: a club, school or team it runs for
    ("Emil Agyekum (SCC Berlin, 49,20)", "Luke Campbell (Eintracht Frankfurt)") or after its age or school year in a
    results row ("Mateo Rivera (12) Southlake Carroll 4:03.78"), or set off by commas there ("9. Devin Alcott, 12, Hudson Ridge,
    15:36.2"), not a person (unless the registry knows the name); and
    the words of such a bracket wherever else the text writes them ("3 B Fay (Raheny Shamrock) 30:58" makes "ahead of
    Raheny Shamrock on 102" a club's too)."""
    ends = {c.end for c in candidates}

    def affiliation(c: Candidate) -> bool:
        if (m := P.AFFILIATION_BEFORE.search(text, max(0, c.start - 12), c.start)) is not None and m.start() in ends:
            return True
        line = text.rfind("\n", 0, c.start) + 1
        return (P.AGE_THEN_AFFILIATION_BEFORE.search(text, line, c.start) is not None and P.LIST_ROW_TIME_AFTER.match(text, c.end) is not None) \
            or ((comma := P.COMMA_AFFILIATION_BEFORE.search(text, line, c.start)) is not None and P.COMMA_TIME_AFTER.match(text, c.end) is not None
                and (comma.group("grade") is not None or not P.PAIRS_HEADING.search(text, max(0, line - PAIRS_HEADING_REACH), line)))

    # (elsewhere only a name of words the bracket holds alone: not "Splits (Landy leading)", "(Payton Jordan, May 1 2010)"; nor a
    # runner a team's row brackets, said elsewhere to do something where the team is not: "1 Rathfarnham WSAF (Sean Hehir) 24;
    # ... Sean Hehir won the individual race in 30:05", where "Aizawa Akira (Asahi Kasei)" and "Asahi Kasei was 2nd place" both act)
    acting = [c for c in candidates if P.PERSON_VERB_AFTER.match(P.BRACKET_OPENING_AFTER.sub("", text[c.end : c.end + 80], 1))
              and not P.OF_RIGHT_BEFORE.search(text, max(0, c.start - 4), c.start)]  # (not "Brian Fay of Raheny Shamrock was third")
    acting_names = {fold(c.text) for c in acting}
    acting_words = {fold(t) for c in acting for t in c.tokens}  # (a bracket after the name passed over: "Ito Sota (2nd year) ran")
    by_end = {c.end: c for c in candidates}
    clubs = set()
    for c in candidates:
        if len(c.tokens) > 1 and text.startswith(")", c.end) and affiliation(c):
            bracket = P.AFFILIATION_BEFORE.search(text, max(0, c.start - 12), c.start)
            owner = by_end.get(bracket.start()) if bracket is not None else None
            owner_words = {fold(t) for t in owner.tokens} - {fold(t) for t in c.tokens} if owner is not None else set()
            if fold(c.text) not in acting_names or owner_words & acting_words:
                clubs.add(fold(c.text))
    return [c for c in candidates if fold(c.text) in names or not (fold(c.text) in clubs or affiliation(c))]


def narrator(text: str, candidates: list[Candidate], marked: Iterable[Marked]) -> Candidate | None:
    """The author a blog post names on the line posting it ("Posted by Becky Harlow, Saturday 8 March 2025", a newsletter's
    "Kate Morrow | 25 February 2026"), when the post
    tells their own race in the first person outside quotes ("I crossed the line in 26:44", `narrated`): the one its "I"
    stands for. A reporter's byline over a report whose "I" is only in quotes, or runs into a coach, names no narrator."""
    top = 0
    for _ in range(P.POSTED_BY_LINES):
        top = text.find("\n", top + 1)
        if top < 0:
            top = len(text)
            break
    posted = next((c for c in candidates if c.start < top and len(c.tokens) > 1
                   and (by := P.POSTED_BY.search(text, max(0, c.start - 30), c.start + 1)) and by.end() == c.start), None)
    dated = next((c for c in candidates if c.start < top and len(c.tokens) > 1 and text[c.start - 1 : c.start] in ("", "\n")
                  and P.NAME_THEN_DATE_LINE.match(text, c.end)), None)
    author = posted or dated
    if author is None or any(P.NON_ATHLETE_ROLE_WORD.fullmatch(tok) or _clean(tok) in P.POSTER_WORDS for tok in author.tokens):
        return None  # (a role or a club posting, no person: "Posted by Harriers Webmaster", "Posted by Club Captain")
    if any(c is not author and fold(c.text) != fold(author.text) and c.start < top and len(c.tokens) > 1
           and P.BY_RIGHT_BEFORE.search(text, max(0, c.start - 6), c.start) for c in candidates):
        return None  # (two named by: whose "I" it is, unsure: "Posted by Mike Jones" over "Guest report by Sarah Hill")
    quoted = [(m.start, m.end) for m in marked]
    told = next((t.start() for t in P.CLOCK_TIME.finditer(text, author.end) if not inside(t.start(), quoted) and narrated(text, t.start())), None)
    if told is None or (author is dated and any(author.end < c.start < told and len(c.tokens) > 1 and _not_own_person(text, c) for c in candidates)):
        return None  # (a name and a date alone head a report as often as a post: its "I" is the author's only before anyone else
        # is named, but the author's own people ("Ran the Big Half with my club mate Tom Bryant. I crossed the line in 1:32:10");
        # not a guest's, an interviewee's or a member's: "This week's report comes from Dan Reyes ... I crossed in")
    return author


RELAY_HEADING_ROWS = 20  # rows up a results list its heading is looked for


def _relay_row(text: str, c: Candidate) -> bool:
    """Is the mention a results row's name under a heading of a relay ("Women's Distance Medley Relay" over "1. Princeton
    11:09.88" and "3. Brown 11:15.02"): a team?"""
    line = text.rfind("\n", 0, c.start) + 1
    if (row := P.TABLE_ROW_PLACE.match(text, line)) is None or row.end() != c.start:
        return False
    blank_seen = False
    for _ in range(RELAY_HEADING_ROWS):
        if line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        end = text.find("\n", line)
        end = end if end >= 0 else len(text)
        if not text[line:end].strip() and not blank_seen:
            blank_seen = True  # (one blank line under the heading)
            continue
        if not P.TABLE_ROW_PLACE.match(text, line):
            return P.RELAY_HEADING.match(text, line, end) is not None
    return False


def _bell_row(text: str, start: int, end: int) -> bool:
    """Is "Bell" a splits list's row label, a time after it and a point's row above or below ("4000m: 10:21.5 (Kejelcha)" over
    "Bell: 11:57.0 – Kejelcha leads"), no other name's row beside it (not a list of surnames, "Reekie: 4:03.21" over "Bell:
    4:05.12", "Bell 15:10.8" over "Shaw 15:22.0")?"""
    if text[start - 1 : start] not in ("", "\n") or not P.BELL_LABEL_AFTER.match(text, end):
        return False
    lines = [text.rfind("\n", 0, start - 1) + 1] if start > 0 else []
    if (below := text.find("\n", end)) >= 0:
        lines.append(below + 1)
    return any(P.SPLIT_ROW_LINE.match(text, i) for i in lines) and not any(P.NAME_ROW_LINE.match(text, i) for i in lines)


def _not_own_person(text: str, c: Candidate) -> bool:
    """Is a name before a post's first "I" time one whose "I" it may be: any but one the author calls their own ("my club mate
    Tom Bryant", "my coach Dave Morris")? A post that names a guest, an interviewee or a member first ("Many thanks to Dan
    Reyes, who sent me this report", "I spoke to Jacob Kiplimo") tells no race of the author's own."""
    return not P.OWN_RELATION_BEFORE.search(text, max(0, c.start - 40), c.start)


# the role words a coaching verb after a name leaves: a job, said even of a surname alone ("Wetmore has coached at Colorado")
COACHING_VERBS = frozenset({"coaching", "coaching job"})
WEAK_ROLES = frozenset({"coaching job", "author"})  # roles that do not decide for one timed in the text
# roles of the people who care for a runner, said before a given name alone, that decide it as they do a full name: "my physio Dan
# put it bluntly" ... "The plan Dan and I agreed" ... "Dan texted that evening"
CARE_ROLES = frozenset({"physio", "physiotherapist", "nutritionist", "psychologist"})  # (not a family's: "Winsford dad-of-two Danny
# Kerrigan storms to victory", a runner)


def _plausible(c: Candidate) -> bool:
    toks = c.tokens
    if all(_is_initial(t) for t in toks):
        return False
    if c.text.isupper() and len(toks) == 1 and len(c.text) <= 3:
        return False  # "GBR", "BBC"
    if fold(c.text) in P.COUNTRY_WORDS:
        return False  # "United States"
    if P.SPORT_PHRASE.fullmatch(c.text):
        return False  # "Mr Cross Country"
    if all(fold(t) in P.HOST_CITIES for t in toks):
        return False  # "before Paris", "the streets of Addis Ababa"
    return True


def _credited(text: str, start: int) -> bool:
    """Does a credit's cue stand right before `start`, its name's start ("Photo by", "Photo:")?"""
    credit = P.CREDIT_BEFORE.search(text, max(0, start - 45), start)
    return credit is not None and credit.group("by") is not None


def _context_of(text: str, c: Candidate, sent: tuple[int, int]) -> None:
    """Country and role cues around one mention."""
    before = text[max(sent[0], c.start - 60) : c.start]
    after = "" if c.possessive else text[c.end : min(sent[1], c.end + 40)]  # "Lyles's coach" is not Lyles
    bare = P.COUNTRY_CODE_BARE.match(after)
    titled = P.COUNTRY_CODE_TITLED.match(after)
    if m := P.COUNTRY_CODE.match(after) or (bare if bare and bare.group("code") in P.COUNTRY_CODES else None):
        c.country = m.group("code")
    elif titled and titled.group("code").upper() in P.COUNTRY_CODES:
        c.country = titled.group("code").upper()
    elif m := P.COUNTRY_AFTER.match(after):
        c.country = P.COUNTRY_WORDS[m.group("word").lower()]
    elif m := P.COUNTRY_BEFORE.search(before):
        c.country = P.COUNTRY_WORDS[m.group("word").lower()]
    if m := P.SEX_DESCRIPTION_BEFORE.search(before):
        c.sex = "women" if "wo" in (m.group("bare") or m.group("compound")).lower() else "men"
    elif m := P.SEX_CATEGORY_AFTER.match(after):
        c.sex = "men" if m.group("cat") == "M" else "women"  # "Claire Ashworth of Running Bath took the F40 title"
    elif m := P.SEX_CATEGORY_BRACKET_AFTER.match(after):
        c.sex = "men" if m.group("men") else "women"  # "Elin Morgan (W40) kept up her fine season"
    credit = P.CREDIT_BEFORE.search(before[-45:])
    if P.CREDIT_AFTER.match(after) or (credit and ((credit.group("by") or "").lower() == "by" or P.CREDIT_NAME_END.match(text, c.end))):
        c.role = "photographer"
    elif c.possessive and len(c.tokens) > 1 and P.WORK_OF_OWNER_AFTER.match(text, c.end):
        c.role = "author"  # "Chris Lear's "Running with the Buffaloes""
    elif P.MEDIA_BEFORE.search(before) or (P.BYLINE_BEFORE.search(text, max(0, c.start - 80), c.start)
                                           and P.BYLINE_NAME_END.match(text, c.end)):
        c.role = "journalist"  # "NBC's Lewis Johnson", "By Tess Marlow | Updated April 15"
    elif m := P.LINE_ROLE_BEFORE.search(text, max(0, c.start - 80), c.start):
        c.role = m.group("role").lower().rstrip("s")  # "Hosts: Rachel Okafor & Ben Haskins"
    elif (m := P.NON_ATHLETE_BEFORE.search(before) or P.ROLES_OPENING_BEFORE.search(before)) \
            and not (P.OFFICE_FOR_SAID.search(m.group()) and _raced_after(text[c.end : sent[1]])) \
            and not (P.RACED_CLAUSE_AFTER.match(text, c.end) and not P.PAST_CUE.search(text, c.end, sent[1])):  # (an office "for"
        # its field, held by one who raced: "Athletes Commission chair for Africa, Hon. Grace Atieno, won the masters 10km in 38:20";
        # any role, its bearer said to have run the race: "Breakfast radio host Jamie Tuhoe, who finished the marathon in 3:58:14")
        c.role = re.sub(r"\s+", " ", m.group("role").lower())  # "president" of "The president of the FIDAL"
    elif m := P.NON_ATHLETE_AFTER.match(after):
        c.role = re.sub(r"[^a-z ]", "", m.group().lower()).split()[-1]
        if c.role in ("coached", "coaches", "coaching") and not P.ROLE_WHO_OPENING.match(m.group()):
            c.role = "coaching job"  # the job said without "who": "Wetmore has coached at the University of Colorado"
    elif (m := P.INTERPRETER_BEFORE.search(before)) and (not m.group("comma") or P.NAME_CLOSES_CLAUSE.match(text, c.end)):
        c.role = "interpreter"
    elif P.COACHED_BY_BEFORE.search(before):
        c.role = "coach"  # "under the guidance of Trevor Painter"
    elif P.NON_ATHLETE_APPOSITIVE_BEFORE.search(before):
        c.role = "non-athlete"
    elif P.ANTONOMASIA_BEFORE.search(before[-8:]) and P.ANTONOMASIA_AFTER.match(after):
        c.role = "figure of speech"
    elif P.ROLE_PACEMAKER.search(before[-30:]):
        c.role = "pacemaker"
    elif P.VOLUNTEER_DUTY_AFTER.match(after):
        c.role = "volunteer"  # a parkrun's "Lesley Firth did timekeeping", "Ken Nuttall tail-walked", "Colin Pickard was Run Director"
    elif P.READER_BEFORE.search(before[-40:]):
        c.role = "reader"  # a live blog's "A message from Sophie Barnes in Bristol:", "One last email, from Jill Ostrowski"
    elif P.HON_RIGHT_BEFORE.search(before[-8:]) and not _raced_after(text[c.end : sent[1]]):
        c.role = "official"  # "the Minister of State for Sports, Hon. Moses Okiror Atiku" (not one the sentence has race: "Hon.
        # Abdi Hassan also completed the 5km fun run in 24:30")


@lru_cache(maxsize=4096)
def sporty(sentence: str) -> bool:
    """Does this sentence speak of the sport (its words, or a race time)?"""
    return bool(
        P.ATHLETICS_CONTEXT.search(sentence) or P.WORDED_TIME.search(sentence) or P.WORDED_SECONDS_TIME.search(sentence)
        or any(not said_as_hour(sentence, m.start(), m.end()) for m in P.CLOCK_TIME.finditer(sentence))
        # (not an hour a byline stamps: "Michał Zieliński, Chorzów | 22.08.2026, 21:48")
        or P.COMPACT_TIME.search(sentence) or P.HOURS_TIME.search(sentence)  # "with 44min27s", "– 0h44min36s" (translated)
        or P.PRIME_TIME.search(sentence) or P.SECONDS_MARK_TIME.search(sentence)  # French copy's "4'05''62", "in 7''89"
        or P.SECONDS_UNIT_TIME.search(sentence)  # "in 9s85"
        or P.DOTTED_MINUTES_HUNDREDTHS.search(sentence)  # a results row's "27.31.08" (Japanese, translated)
        or P.EVENT_METRES.search(sentence) or P.PLACE_ORDINAL.search(sentence) or P.NTH_PLACE.search(sentence)
        or any(float(m.group()) >= 9 for m in P.DECIMAL_TIME.finditer(sentence))  # "fifth in 10.91"
        or any(float(m.group().replace(",", ".")) >= 9 and P.TIME_INTRO_BEFORE.search(sentence, max(0, m.start() - 15), m.start())
               for m in P.DECIMAL_COMMA_TIME.finditer(sentence))  # "Simonelli second in 13,15" (translated)
        or (sum(float(m.group().replace(",", ".")) >= 9 and len(m.group("f")) == 2 and not P.UNIT_AFTER_DECIMAL.match(sentence, m.end())
                for m in P.DECIMAL_COMMA_TIME.finditer(sentence)) >= 2
            and len(P.ROW_PLACE_MARK.findall(sentence)) >= 2 and not P.RELAY.search(sentence))
        # a results row of them, with its places: "5) Wilfried Happio, France 48,55, 6) Yasmani Copello, Turkey 49,03" (Norwegian,
        # translated; not a relay's teams, "4x100: 1. Fiamme Gialle 39,45; 2. Fiamme Oro 39,80", nor prices or temperatures)
    )


def _raced_after(rest: str) -> bool:
    """Does the rest of a sentence after a name give a time or a place ("of Kerala, ..., finished fourth in 4:15.40")?"""
    return bool(P.CLOCK_TIME.search(rest) or P.DECIMAL_TIME.search(rest) or P.WORDED_TIME.search(rest) or P.PLACE_ORDINAL.search(rest))


def _merge_equated(text: str, clusters: list[Cluster], sent_starts: set[int]) -> None:
    """A word opening its sentence that "is" a full name set off after it, the same word's start, is
    that person: "Flo is Edrick Floréal, who has coached her" (the coach's nickname, no runner of its
    own; not "Behind Hocker was Hobbs Kessler in 3:47.90")."""
    starts = {c.start: (c, cl) for cl in clusters if cl.full_forms for c in cl.mentions if len(c.tokens) > 1 and not c.possessive}
    for cl in [cl for cl in clusters if not cl.full_forms]:
        for c in cl.mentions:
            m = P.EQUATED_AFTER.match(text, c.end)
            full, named = starts.get(m.end(), (None, None)) if m and c.start in sent_starts else (None, None)
            if named is not None and P.NAME_SET_OFF_AFTER.match(text, full.end) \
                    and any(fold(t).startswith(fold(c.text)[:3]) for t in named.key.split()):
                named.absorb(cl, "named as")
                named.mentions.sort(key=lambda mention: mention.start)
                clusters.remove(cl)
                break


def _merge_nicknamed(text: str, clusters: list[Cluster], known: Callable[[str], bool]) -> None:
    """A name the text gives a runner as a nickname right after their full name ("Dafydd Morgan, known to everyone in
    Meirionnydd as "Dai Bach""), written later without its marks ("Dai Bach laughed"), is that runner; unless the registry
    knows another runner by it ("Paul Evans, nicknamed "Bekele" for his kick ... Bekele himself once ran 26:17.53")."""
    for named in [cl for cl in clusters if cl.full_forms]:
        merged = False
        for c in list(named.mentions):  # (its own mentions, not those it takes in as it goes)
            if len(c.tokens) < 2 or (given := P.NICKNAME_GIVEN_AFTER.match(text, c.end)) is None:
                continue
            words = given.group("nick").split()
            for cl in [cl for cl in clusters if cl is not named and not known(cl.key) and _writes_nickname(text, cl, words)]:
                named.absorb(cl, "nickname")
                clusters.remove(cl)
                merged = True
        if merged:
            named.mentions.sort(key=lambda mention: mention.start)


def _writes_nickname(text: str, cl: Cluster, words: list[str]) -> bool:
    """Is the cluster the nickname of these words, or its last word after the words before it ("Dragon" of "Little Dragon", a
    common word left out of the name)?"""
    if fold(cl.key) == fold(" ".join(words)):
        return True
    before = " ".join(words[:-1])
    return len(words) > 1 and fold(cl.key) == fold(words[-1]) and all(
        text[m.start - 1 : m.start].isspace() and fold(text[max(0, m.start - 1 - len(before)) : m.start - 1]) == fold(before)
        for m in cl.mentions)


TIME_AFTER_INITIALS_REACH = 150  # characters after two initials and a surname where their time or place is looked for


class Athletes:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def __call__(self, doc: Doc) -> Doc:
        require(doc, "meetings", "athletics_athletes", "athletics_race_context")
        text = text_of(doc)
        sents = sentences(doc)
        meeting_ranges = [(s.start_char, s.end_char) for s in spans_of(doc, "meetings")]
        marked = [m for found in marked_paragraphs(doc) for m in found]
        candidates = find_candidates(text, meeting_ranges, {a for a, _ in sents.ranges}, self.registry.by_name, marked)
        candidates = without_affiliations(text, candidates, self.registry.by_name)
        candidates = self._with_entities(doc, candidates)
        for m in P.CAPTION_CREDIT.finditer(text):
            if P.SPLITS_LINE_OPENING.match(text, text.rfind("\n", 0, m.start()) + 1):
                continue  # "1209m: 3:01.35 (Gary Martin)": the leader at a point of a splits list, no credit
            for c in candidates:
                if m.start("name") <= c.start < m.end("name"):
                    c.role = "photographer"
        for c in candidates:
            if c.role is None:
                _context_of(text, c, sents.of(c.start))
        candidates = [c for c in candidates if c.role != "figure of speech"]
        if (teller := narrator(text, candidates, marked)) is not None:
            teller.role = None  # a blog's author telling their own race: one of its runners, no journalist
        clusters = self._cluster(candidates, text)
        _merge_equated(text, clusters, {a for a, _ in sents.ranges})
        _merge_nicknamed(text, clusters, lambda key: self.registry.find(key) is not None or bool(self.registry.with_surname(key)))
        meeting_places = {text[a:b].split()[0] for a, b in meeting_ranges if b > a} | {  # "London" of "London Marathon", and
            m.group(1) for _, b in meeting_ranges if (m := P.PLACE_AFTER_MEETING.match(text, b))  # "the World Championship of Budapest"
        }
        self._classify(text, clusters, sents, meeting_places, teller)
        self._mark_dnf(text, clusters, sents)
        athletes, people = [], []
        for cl in clusters:
            nationality, sex = self._identity(cl)
            for c in cl.mentions:
                span = char_span(doc, c.start, c.end, cl.key)
                if span is None:
                    continue
                span._.country, span._.possessive = c.country, c.possessive
                span._.nationality, span._.sex = nationality, sex
                span._.role = c.role if c.role else cl.role
                span._.link = c.link
                if c is teller:
                    doc._.narrator = span
                (athletes if cl.athlete else people).append(span)
        write_spans(doc, "athletes", sorted(athletes, key=lambda s: s.start))
        write_spans(doc, "people", sorted(people, key=lambda s: s.start))
        doc._.registered = {cl.key for cl in clusters if cl.athlete and self.registry.find(cl.key) is not None}
        return doc

    def _with_entities(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """When a statistical NER ran before this stage (`--spacy-model`), its PERSON entities add
        names the rules missed and its place and organisation entities remove candidates (unless
        the registry knows the name). Without entities, the candidates pass unchanged."""
        if not doc.has_annotation("ENT_IOB"):
            return candidates
        places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NOT_PEOPLE_LABELS]
        kept = [
            c for c in candidates
            if self.registry.find(c.text) is not None or not any(a <= c.start and c.end <= b for a, b in places)
        ]
        for ent in (e for e in doc.ents if e.label_ == "PERSON"):
            overlapping = [c for c in kept if c.start < ent.end_char and ent.start_char < c.end]
            for c in overlapping:
                c.entity = True
            if not overlapping:
                text = P.POSSESSIVE_END.sub("", ent.text)
                kept.append(Candidate(ent.start_char, ent.start_char + len(text), text, entity=True))
        return sorted(kept, key=lambda c: c.start)

    def _identity(self, cl: Cluster) -> tuple[str | None, str | None]:
        """Nationality and sex of a cluster: the registry's, else what the text says (a sex only
        where its descriptions agree)."""
        entry = self.registry.find(cl.key) or self._spelled_otherwise(cl.key)
        if entry is not None:
            return entry.country, {"M": "men", "F": "women"}[entry.sex]
        countries = [c.country for c in cl.mentions if c.country]
        sexes = {c.sex for c in cl.mentions if c.sex}
        # (the most said, and of those the first said: a set's order would change from run to run)
        return (max(dict.fromkeys(countries), key=countries.count) if countries else None), (sexes.pop() if len(sexes) == 1 else None)

    def _spelled_otherwise(self, name: str) -> RegistryAthlete | None:
        """The one registry athlete of this surname whose given name is this one spelled a little
        otherwise (`similarity.given_names_agree`: "Tigist Assefa" for Tigst Assefa, a
        transliteration): her sex and country (resolution links her later, by id)."""
        words = name.split()
        if len(words) < 2:
            return None
        given = " ".join(words[:-1])
        near = [e for e in self.registry.with_surname(surname_of(name)) if given_names_agree(given, " ".join(e.name.split()[:-1]))]
        return near[0] if len(near) == 1 else None

    # -- linking ------------------------------------------------------------------------

    def _cluster(self, candidates: list[Candidate], text: str) -> list[Cluster]:
        clusters: dict[str, Cluster] = {}
        full = [
            c for c in candidates
            if len(c.tokens) >= 2 and (not _is_initial(c.tokens[0]) or _initials_then_full_name(c.tokens)) and not c.headline
            and not (len(c.tokens) == 2 and c.tokens[0].lower() in PARTICLES)  # "El Guerrouj" is a surname
        ]
        in_full = {id(c) for c in full}  # by identity: `c in full` compares field by field with each (quadratic)
        short = [c for c in candidates if id(c) not in in_full]
        for c in full:
            name = " ".join(_title(t) for t in c.tokens)
            known = self.registry.find(name) or self.registry.find(" ".join(reversed(name.split())))  # "McSweyn Stewart"
            key = known.name if known else name
            cl = clusters.setdefault(fold(key), Cluster(key))
            cl.full_forms.append(name)
            cl.mentions.append(c)
            c.key = cl.key
        self._merge_suffixes(clusters)
        self._merge_variants(clusters)
        self._merge_surname_initials(clusters, text)
        self._merge_said_spellings(clusters, text)
        for c in short:
            target, c.link = self._link_short(c, list(clusters.values()), text)
            if target is not None:
                target = clusters.setdefault(fold(target.key), target)
                target.mentions.append(c)
                c.key = target.key
            elif not c.headline and len(c.tokens) in (2, 3) and all(map(_is_initial, c.tokens[:-1])) and not _is_initial(c.tokens[-1]) \
                    and (len(c.tokens) == 2 or _raced_after(P.SENTENCE_REST.match(text, c.end, c.end + TIME_AFTER_INITIALS_REACH).group())):  # (two initials
                # with a time or a place after them in their sentence: not "J P Morgan was the title sponsor")
                cl = clusters.setdefault(fold(c.text), Cluster(c.text))  # "4 M Mulhare (Portlaoise) 28:31", "veteran P U Chithra
                # of Kerala": named no other way
                c.link = "initial and surname, alone"
                cl.mentions.append(c)
                c.key = cl.key
            elif not c.headline and len(c.tokens) == 1 and len(initialled := [
                    cl for cl in clusters.values() if not cl.full_forms and len(words := cl.key.split()) > 1
                    and fold(words[-1]) == fold(c.text) and all(map(_is_initial, words[:-1]))]) == 1:
                initialled[0].mentions.append(c)  # "the AFI's technical delegate K. Venkatesan ... Venkatesan said": the one person
                c.link, c.key = "surname of an initial and surname", initialled[0].key
            elif not c.headline and (len(c.tokens) == 1 or c.tokens[0].lower() in PARTICLES):
                known = self.registry.with_surname(c.text)
                if len(known) == 1 and fold(c.text) in P.HOST_CITY_SURNAMES and not _surname_of_someone(text, c.text) \
                        and not re.search(rf"\b{re.escape(known[0].name.split()[0])}\b", text) and not P.SPRINT_SIGN.search(text):
                    continue  # "Haimanot Alew conquers Seville in 2h05:30": the city, where the text never writes Oblique Seville's
                    # given name, nor a name before the word ("Carlos Seville" is another runner), nor a sprint ("Seville won the
                    # 100m in 9.86")
                key, c.link = (known[0].name, "the registry's one athlete of that surname") if len(known) == 1 else (c.text, "alone")
                cl = clusters.setdefault(fold(key), Cluster(key))
                cl.mentions.append(c)
                c.key = cl.key
        for cl in clusters.values():
            cl.mentions.sort(key=lambda c: c.start)
        return list(clusters.values())

    def _merge_suffixes(self, clusters: dict[str, Cluster]) -> None:
        """"Gilje Nordås" is the double surname of "Narve Gilje Nordås", "Hunter Bell" of "Georgia
        Hunter Bell" (whom the registry knows as Georgia Bell): merge it into the longer name. So is
        a name the longer one goes on from with a surname or two, as Kenyan, Ethiopian, Portuguese
        and Spanish names do ("Margaret Chelimo", "Margaret Chelimo Kipkemboi"; "Núbia de Oliveira",
        then "2. Núbia de Oliveira Silva" in the results; not "Jr."), under the longer name (even
        where a list glues a club to it: "1. Sophie O'Sullivan Ballymore 4:08.00", one runner)."""
        def goes_on(words: list[str], tokens: list[str]) -> bool:  # (its given name written with a letter doubled or not:
            # "Kenedy Kiplimo" of "Kennedy Kiplimo Rono", translated)
            return len(words) > len(tokens) and tokens[1:] == words[1 : len(tokens)] and len(words) - len(tokens) <= 2 \
                and (words[0] == tokens[0] or doubled_letter_variant(words[0], tokens[0])) \
                and not any(w.rstrip(".") in GENERATIONS for w in words[len(tokens) :])

        for key, cl in sorted(clusters.items(), key=lambda kv: len(kv[0].split())):
            tokens = key.split()
            spelled = _spelled_out(cl.key).split()  # "Gilje Nordås" of "Narve Gilje Nordaas", or the other way: Norwegian's "å"
            # written "aa" (not "Lee Thompson" of "Jamie Lee Thomson", another)
            longer = [
                other for k, other in clusters.items()
                if other is not cl and any(
                    len(words := name.split()) > len(tokens)
                    and (words[-len(tokens) :] in (tokens, spelled) or goes_on(words, tokens))
                    for name in (k, *(fold(f) for f in other.full_forms), *(_spelled_out(f) for f in other.full_forms))
                )
            ]
            if len(longer) == 1:
                longer[0].absorb(cl, "double surname")
                cl.mentions = []
        for key in [k for k, cl in clusters.items() if not cl.mentions]:
            del clusters[key]

    def _merge_variants(self, clusters: dict[str, Cluster]) -> None:
        """Merge full names that are spelling variants of one another ("Jacob Ingebritson" and
        "Jakob Ingebritsen"): both first names and surnames close. A registry name absorbs the rest."""
        items = sorted(clusters.items(), key=lambda kv: (self.registry.find(kv[1].key) is None, -len(kv[1].mentions)))
        merged: dict[str, str] = {}
        two_words = {fold(k) for k in clusters if len(k.split()) == 2}
        mixes_orders = any(" ".join(reversed(k.split())) in two_words for k in two_words)  # (the text writes a name both ways)
        for i, (k1, c1) in enumerate(items):
            if k1 in merged:
                continue
            f1, s1 = fold(c1.key).split()[0], surname_of(c1.key)
            for k2, c2 in items[i + 1 :]:
                if k2 in merged or self.registry.find(c2.key) is not None:
                    continue
                f2, s2 = fold(c2.key).split()[0], surname_of(c2.key)
                torn = fold(c2.key).replace(" ", "") in (fold(c1.key).replace(" ", ""), s1.replace(" ", ""))  # "Eilish Mc Colgan", "Kloster Halfen"
                reordered = sorted(fold(c1.key).split()) == sorted(fold(c2.key).split())  # "McSweyn Stewart"
                close = f1[:1] == f2[:1] and s1[:1] == s2[:1] and fuzz.ratio(f1, f2) >= SURNAME_VARIANT_CUTOFF - 10 \
                    and fuzz.ratio(s1, s2) >= SURNAME_VARIANT_CUTOFF
                particle = f1 == f2 and _without_particles(s1) == _without_particles(s2)  # "Alison Santos", "Alison dos Santos"
                # the same given name, the surname transliterated with a vowel more or less, or another letter of the same
                # sound, at its start: "Medina Eisa", "Medina Isa"; "Yomif Kejelcha", "Yomif Quejelcha" (not "Emma Larsson",
                # "Emma Karlsson", nor "Peter Hansen", "Peter Jansen")
                close = close or (f1 == f2 and (s1[1:] == s2 or s2[1:] == s1 or fuzz.ratio(s1, s2) >= SURNAME_VARIANT_CUTOFF)
                                  and (s1[:1] + s2[:1] in SAME_SOUND_OPENINGS or (s1[:1] + s2[:1]).strip("aeiou") == ""))
                # a given name written in one word or two, transliterated otherwise too: "Haile Mariam Kiros", "Hailemariyamu
                # Kirosi" (translated Chinese; not "Jo Ann Pritchard" and "Joan Pritchard", one surname, two given names)
                respaced = len(c1.key.split()) != len(c2.key.split()) and f1[:1] == f2[:1] and s1[:1] == s2[:1] and s1 != s2 \
                    and fuzz.ratio(s1, s2) >= SURNAME_VARIANT_CUTOFF and fuzz.ratio(fold(c1.key).replace(" ", ""), fold(c2.key).replace(" ", "")) >= RESPACED_CUTOFF
                # a given name and middle name written alone, the given name transliterated: "Wilpred Kipkemoi" of Wilfred Kipkemoi
                # Kirui, "Tigisteu Alemu" of Tigist Alemu Bekele (Korean copy translated)
                middle = _given_and_middle(fold(c1.key), fold(c2.key)) or _given_and_middle(fold(c2.key), fold(c1.key))
                reordered = reordered or (mixes_orders and _reordered_variant(fold(c1.key), fold(c2.key)))  # "Abdi Lema" of "Lemma
                # Abdi", in a text that writes a name both ways (Hungarian copy; not "Ali Hassan" and "Hassen Ali", two runners)
                if reordered or torn or close or particle or respaced or middle:
                    c1.absorb(c2, "full-name spelling variant")
                    merged[k2] = k1
        for k in merged:
            del clusters[k]

    @staticmethod
    def _merge_surname_initials(clusters: dict[str, Cluster], text: str) -> None:
        """A given name with the initial of a surname signing a blog's comment on a line of its own ("Ellie M: Absolute scenes",
        "Geoff L.: ...") is the one runner the text names in full with that given name and a surname of that initial (Ellie
        Morgan, Geoff Lyle); two such, or none, and it stays as written (as it does in running text: "Tom H from the juniors ran
        22:10" may be another Tom)."""
        for key, cl in list(clusters.items()):
            words = fold(cl.key).split()
            if len(words) != 2 or len(words[1].rstrip(".")) != 1 \
                    or not all(text[c.start - 1 : c.start] in ("", "\n") and P.SIGNATURE_COLON_AFTER.match(text, c.end) for c in cl.mentions):
                continue
            given, initial = words[0], words[1][0]
            full = [other for other in clusters.values() if other is not cl and len(w := fold(other.key).split()) >= 2
                    and w[0] == given and len(w[-1]) > 1 and w[-1][0] == initial]
            if len(full) == 1:
                full[0].absorb(cl, "surname initial")
                del clusters[key]

    def _merge_said_spellings(self, clusters: dict[str, Cluster], text: str) -> None:
        """Merge a full name the text says is how someone wrote or said a runner's name ("Mpraian Kipsang, as his name was
        written in the announcements", beside Brian Kipsang Kibet) into the one runner the text names who has its surname, its
        other words still near one of the runner's ("Mpraian" of Brian): the text's own word that the two are one, where
        their spellings are too far apart to tell. A given name shared is not enough ("Vincent Kiprotich, as his name was
        written in the results" is no Vincent Kipkemoi; "Mary Ngugi" no Mary Keitany)."""
        for k2, c2 in list(clusters.items()):
            said = min(c2.mentions, key=lambda c: c.start)
            if k2 not in clusters or self.registry.find(c2.key) is not None or not P.NAME_SPELLED_AS_AFTER.match(text, said.end):
                continue
            words = fold(c2.key).split()
            sharing = [cl for k1, cl in clusters.items() if k1 != k2 and words[-1] in fold(cl.key).split()
                       and all(max(fuzz.ratio(w, v) for v in fold(cl.key).split()) >= SAID_SPELLING_CUTOFF for w in words)]
            if len(sharing) != 1:
                continue  # none, or two it could be: not merged
            sharing[0].absorb(c2, "spelling the text gives")
            del clusters[k2]

    def _link_short(self, c: Candidate, clusters: list[Cluster], text: str) -> tuple[Cluster | None, str]:
        """The cluster a surname, initial or variant mention refers to (or None), and how."""
        toks = [_title(t) for t in c.tokens]
        surname = fold(" ".join(t for t in toks if not _is_initial(t)))
        initial = toks[0][0].lower() if _is_initial(toks[0]) else None
        with_full = [cl for cl in clusters if cl.full_forms]

        def pick(matches: list[Cluster]) -> Cluster | None:
            if initials := P.INITIALS_RUN.fullmatch(toks[0]):  # "R.S. Negi": a runner of as many given names, each its initial
                letters = initials.group().replace(".", "").lower()  # (not Rajesh Negi, nor Alfred Kipchumba for "A.J. Kipchumba")
                matches = [cl for cl in matches if (given := "".join(_initials_of(w) for w in fold(cl.key).split()[:-1])) == letters
                           or (len(letters) >= SRI_LANKAN_INITIALS and given and letters.endswith(given))]  # (or, of three
                # initials or more, the family's first and the given name's last, as Sri Lankan names run: "H.M.C. Herath" of
                # Chaminda Herath)
            elif initial:
                matches = [cl for cl in matches if fold(cl.key)[0] == initial]
            if len(matches) == 1:
                return matches[0]
            athletes = [cl for cl in matches if not any(c.role and c.role != "pacemaker" for c in cl.mentions)]
            if len(athletes) == 1:
                return athletes[0]  # "Wightman" is the athlete, not his father the announcer
            if len(matches) > 1:  # shared surname: the one the text has called by it alone so far, then the one named most often
                # so far, then the nearest named in full ("Korir" of John Korir, the winner the report calls so, not of his brother
                # Wesley Korir named in full since)
                before = [(m.start, cl) for cl in matches for m in cl.mentions if m.start < c.start and len(m.tokens) > 1]
                counts = Counter(id(cl) for cl in matches for m in cl.mentions if m.start < c.start)
                full_at = {id(cl): min((m.start for m in cl.mentions if len(m.tokens) > 1), default=c.start) for cl in matches}
                alone = Counter(id(cl) for cl in matches for m in cl.mentions  # (in running text after the full name: not a
                                if full_at[id(cl)] < m.start < c.start and fold(m.text) == fold(c.text)  # headline's before it,
                                and not _heading_line(text, m.start))  # nor a heading's, "Healy gets her timing right")
                return max(before, key=lambda x: (alone[id(x[1])], counts[id(x[1])], x[0]))[1] if before else None
            return None

        def named(surname: str) -> list[Cluster]:
            return [cl for cl in with_full
                    if surname_of(cl.key) == surname or any((" " + fold(f)).endswith(" " + surname) for f in {cl.key, *cl.full_forms})]

        if len(toks) == 1 and P.GIVEN_NAME_HONORIFIC_BEFORE.search(text, max(0, c.start - 8), c.start) \
                and len(given := [cl for cl in with_full if len(words := fold(cl.key).split()) > 1 and words[0] == surname]) == 1:
            return given[0], "given name after an honorific"  # "Ato Bekele explained" of Ato Bekele Mulugeta (not Dawit Bekele)
        exact = pick(named(surname)) or (  # a Polish surname declined, as translated copy leaves it: "Bukowieckiej" of Bukowiecka
            pick(named(base)) if " " not in surname and (base := P.POLISH_CASE_ENDING.sub(_undeclined, surname)) != surname else None
        ) or pick([  # one half of a double-barrelled surname: "Thackery" for Calli Hauger-Thackery (a half written with a capital:
            # not a syllable of a given name romanised in lower case after a hyphen, "Ho" is not Leung Ka-ho)
            cl for cl in with_full if " " not in surname and "-" in (key := surname_of(cl.key)) and surname in key.split("-")
            and any(fold(half) == surname and half[:1].isupper() for half in cl.key.split()[-1].split("-"))
        ]) or pick([  # a middle name of three, used as the surname: "Tonosa" for Hiko Tonosa Haso
            cl for cl in with_full if " " not in surname and surname in fold(cl.key).split()[1:-1]
        ])
        if exact:
            return exact, "initial and surname" if initial else "surname"
        if not initial and " " not in surname and (joined := pick([cl for cl in with_full if fold(cl.key).replace(" ", "") == surname])):
            return joined, "full name written as one word"  # "Hejie" of He Jie, as Chinese copy translated may write it
        if initial:
            return self._registry_initial(initial, surname, clusters), "initial and the registry's surname"
        exact_first = [cl for cl in with_full if fold(cl.key).split()[0] == surname]
        by_first = exact_first or [cl for cl in with_full if same_given_name(fold(cl.key).split()[0], surname)] \
            or [cl for cl in with_full if doubled_letter_variant(fold(cl.key).split()[0], surname)]  # "Kenedy" of Kennedy Kiplimo Rono
        registered = self.registry.with_surname(surname)
        if len(by_first) == 1 and (not registered or (exact_first and not any(
                re.search(rf"\b{re.escape(a.name.split()[0])}\b", text) for a in registered)
                and not re.search(rf"\b{re.escape(surname)}\b", text))):  # (a word the text writes in lower case too is none: "the bell")
            return by_first[0], "given name"  # "Jake" is Jake Wightman, "Matt" Matthew Hudson-Smith; "Kovács" of Kovács Levente, the
            # family name first as Hungarian copy writes it, though the registry has a Kovacs (Joe, never written here)
        close = [
            cl for cl in with_full
            if german_spelling_undone(surname)[:1] == surname_of(cl.key)[:1]  # ("Tscheruiyot" of Cheruiyot)
            and fuzz.ratio(german_spelling_undone(surname), surname_of(cl.key)) >= SURNAME_VARIANT_CUTOFF  # ("Kedschelcha" of Kejelcha)
        ]
        if (variant := pick(close)) is not None or len(surname) < GIVEN_VARIANT_MIN_LETTERS or self.registry.with_surname(surname):
            return variant, "surname spelling variant"
        given = [cl for cl in with_full if (first := fold(cl.key).split()[0])[:1] == surname[:1]
                 and fuzz.ratio(first, surname) >= GIVEN_VARIANT_CUTOFF and not surname.startswith(first) and not first.startswith(surname)]
        # a given name spelled another way, as Thai copy calls its runners by their given names: "Jiraphorn said" of Jiraporn Kaewmanee
        # (one runner's only, long enough to tell; not the given name with an ending, an English surname: "Daniels" of Daniel Mateiko)
        return (given[0] if len(given) == 1 else None), "given-name spelling variant"

    def _registry_initial(self, initial: str | None, surname: str, clusters: list[Cluster]) -> Cluster | None:
        """"G. Mills" with no full name in the article: the one registry athlete it fits."""
        if not surname:
            return None  # initials only ("J K"): no surname to look up
        last = surname.split()[-1]
        known = [
            a for a in self.registry.with_surname(last)
            if initial and fold(a.name)[0] == initial and (" " + fold(a.name)).endswith(" " + surname)
        ]
        if len(known) != 1:
            return None
        existing = [cl for cl in clusters if fold(cl.key) == fold(known[0].name)]
        if existing:
            return existing[0]
        cl = Cluster(known[0].name)
        clusters.append(cl)
        return cl

    # -- athlete or not -----------------------------------------------------------------

    def _classify(self, text: str, clusters: list[Cluster], sents, meeting_heads: set[str] = frozenset(),
                  teller: Candidate | None = None) -> None:
        """Athlete or not, for each cluster of mentions. `meeting_heads`: the first words of the
        meetings the article names ("London" of "London Marathon"), places when alone."""
        places = {m.group(1) for m in P.PLACE_WORD_AFTER.finditer(text)} | meeting_heads
        towns = {m.group("town") for pattern in (P.TOWN_AFTER_IN, P.TOWN_AFTER_VENUE, P.REGION_AFTER_TOWN) for m in pattern.finditer(text)}
        checkpoints = checkpoint_distances(text)  # "CP1 Harter Fell (5.1km) 0:32:10" (a place with its distance: not a leader's
        # row, "CP1: Jasmin Paris 0:32:10")
        # ("in Santa Pola", "Stadio Olimpico, Rome", "from Beed, Maharashtra,")
        starts = {c.start: cl for cl in clusters for c in cl.mentions}
        ends = {c.end: cl for cl in clusters for c in cl.mentions}
        for cl in clusters:
            if teller is not None and any(c is teller for c in cl.mentions):
                cl.athlete, cl.role = True, None  # the narrator of a first-person race report (`narrator`)
                continue
            if self._unlinked(text, cl, starts, ends):
                cl.athlete, cl.role = False, "unlinked"
                continue
            roles = [c.role for c in cl.mentions if c.role]
            non_athlete = [r for r in roles if r != "pacemaker"]
            lone_place = all(len(c.tokens) == 1 and c.text in places for c in cl.mentions)  # "on the streets of Seville"
            registered = self.registry.find(cl.key) is not None and not lone_place
            # a role said of half the mentions, or of the full name of an unknown person, decides
            # (unless a mention placed with a time shows the person racing: "English came home third
            # in 1:45.19", then "English, a qualified doctor")
            # (an athlete the registry knows keeps being one in an office or at a microphone: "World Athletics President Sebastian
            # Coe", "BBC commentator Steve Cram"; not as a coach or a race director, where a namesake is as likely)
            in_office = registered and all(P.OFFICE_ROLE.search(r) for r in non_athlete)
            # (a job said by a verb, or a book, of one timed in the text is no role that decides: "Tom Ashby clocked 15:10 ...
            # Ashby coaches at Malvern Joggers", "Paula Radcliffe's "How I Run" came out after she won in 2:15:25")
            if non_athlete and all(r in WEAK_ROLES for r in non_athlete) and any(
                    P.CLOCK_TIME.search(text, *sents.of(c.start)) for c in cl.mentions):
                non_athlete = []
            if non_athlete and not in_office and (2 * len(non_athlete) >= len(cl.mentions) or not registered and any(
                c.role in non_athlete and (len(c.tokens) > 1 or c.role in COACHING_VERBS or c.role in CARE_ROLES) for c in cl.mentions
            )) and not any(_raced(text, c, sents.of(c.start)) or _listed(text, c) for c in cl.mentions
                           if not c.role or P.PLACE_WORD.match(text[c.end : c.end + 30].lstrip())) \
                    and not any(_athletic_past(text, c, sents.of(c.start)) for c in cl.mentions):  # (a coach who won Olympic
                # silver is an athlete)
                cl.role = non_athlete[0]
                continue
            cl.role = "pacemaker" if "pacemaker" in roles else None
            if registered:
                cl.athlete = True
                continue
            if cl.key in checkpoints and not any(P.PERSON_VERB_AFTER.match(text[c.end : c.end + 60]) for c in cl.mentions):
                cl.athlete, cl.role = False, "unlinked"  # a checkpoint's place (not a leader's name with its distance that acts
                continue  # elsewhere: "CP1: Jasmin Paris (5.1km) 0:32:10" ... "Jasmin Paris went on to win")
            if cl.key in towns and not any(_listed(text, c) for c in cl.mentions):  # ("a county champion in Phil Sesemann")
                cl.athlete, cl.role = False, "unlinked"
                continue
            if not cl.full_forms and (cl.key in places or fold(cl.key) in P.US_STATES or not self._standalone_ok(text, cl, sents)
                                      or self._names_a_club(text, cl)):  # (the whole text searched only for a word kept so far)
                cl.athlete = False
                cl.role = cl.role or "unlinked"
                continue
            cl.athlete = bool(roles) or any(c.country for c in cl.mentions) or any(
                sporty(text[slice(*s)]) for s in {r for c in cl.mentions for r in _told_in(text, sents, c.start)}  # each sentence once
            ) or any(_listed(text, c) and not P.RELAY.search(text, text.rfind("\n", 0, c.start) + 1, c.start) for c in cl.mentions)
            # ("; 2. Lieke Klaver 50,56": a sentence of its own to the segmenter; not a relay's team: "4x100: 1. Fiamme Gialle 39,45")
            if not cl.athlete:
                cl.role = "non-athlete"
        keep = [cl for cl in clusters if cl.athlete or cl.role != "unlinked"]
        clusters[:] = keep

    @staticmethod
    def _describes_another(text: str, cl: Cluster, starts: dict[int, "Cluster"]) -> bool:
        """Does this word stand right before another person's name as what describes them: a team,
        a school, a place ("Oregon's Teare", "Oregon sophomore Cole Hocker")?"""
        return any(_describes_another_name(text, c, cl, starts) for c in cl.mentions)

    def _unlinked(self, text: str, cl: Cluster, starts: dict[int, "Cluster"], ends: dict[int, "Cluster"]) -> bool:
        """Does the cluster name where others come from or whom they run for, not a person: "Oregon's Teare",
        "Marco Arop of Edmonton", "Brian Fay of Raheny Shamrock" (and "Raheny Shamrock retained the men's team
        title with 61 points": a team), "Shaftesbury Barnet's Ellie Baker" (and "Shaftesbury Barnet won the team title")?"""
        if not cl.full_forms and (self._describes_another(text, cl, starts) or self._of_another(text, cl, ends)):
            return True
        if not cl.full_forms and any(_relay_row(text, c) for c in cl.mentions):
            return True  # a relay team's row under its heading: "Women's Distance Medley Relay" over "3. Brown 11:15.02"
        if any((P.AGE_EQUALS_BRACKET_BEFORE.search(text, max(0, c.start - AGE_BRACKET_REACH), c.start) and P.TEAM_ITEM_END_AFTER.match(text, c.end)
                and not P.POSSESSIVE.match(text, c.end))
               or P.CLUB_WORDS_AFTER.match(text, c.end) for c in cl.mentions):
            return True  # a Japanese report's team in a runner's bracket after the age: "Edwin Kiprop Kosgei (28 = Kenya, Kurosaki
            # Harima)"; a club said so: "of Ethiopian Electric Power (Mebrat Hail) sports club"
        if self.registry.find(cl.key) is not None:
            return False
        if not cl.full_forms and any(P.THE_BEFORE_TEAM.search(text, max(0, c.start - 4), c.start) and P.TEAM_WORD_AFTER.match(text, c.end)
                                     for c in cl.mentions) \
                and not any(P.RESULT_VERB_AFTER.match(text, c.end) and not P.TEAM_AFTER.match(text, c.end) for c in cl.mentions):
            return True  # a school's or a club's team: "The Cornell women finished second", "Cornell will send its NCAA hopefuls" (not
            # a runner who wins: "Waweru won the Hamburg Marathon in 2:08:31. The Waweru team said")
        if any(_school_with_class_year(text, c, cl, starts) for c in cl.mentions):
            return True  # a school: "Valor Christian senior Jalen Brooks" ... "2. Jalen Brooks (12), Valor Christian, 4:08.33"
        of_another = [_of_another_name(text, c, cl, ends) or _describes_another_name(text, c, cl, starts, coach=True) for c in cl.mentions]
        # ("Southlake Carroll senior Mateo Rivera" ... "Carroll won the 6A boys team title with 64 points": a school)
        return all(of_another) or any(of_another) and all(o or bool(P.TEAM_AFTER.match(text, c.end)) for o, c in zip(of_another, cl.mentions))

    @staticmethod
    def _of_another(text: str, cl: Cluster, ends: dict[int, "Cluster"]) -> bool:
        """Does this word follow another person's name with "of", as where they come from ("Marco
        Arop of Edmonton", "Cole Hocker of Oregon"), or a town as its state ("of Provo, Utah")?"""
        return any(_of_another_name(text, c, cl, ends) for c in cl.mentions)

    @staticmethod
    def _names_a_club(text: str, cl: Cluster) -> bool:
        """Is a lone word the first of a club's name the text gives ("Shettleston were 15 seconds back" beside "Shettleston
        Harriers"; not "Bromley" beside "Blackheath & Bromley Harriers", a name's later word), or a results row's bracket after
        its runner ("Tonique Morrison (Holmwood) 2:08.90")?"""
        words = {c.text for c in cl.mentions}
        if len(words) != 1:
            return False
        word = re.escape(next(iter(words)))
        return any(not P.CLUB_NAME_GOES_ON_BEFORE.search(text, max(0, m.start() - 20), m.start())  # (not "Blackheath & Bromley Harriers")
                   for m in re.finditer(rf"\b{word}{P.CLUB_NAME_AFTER}", text)) \
            or re.search(rf"(?-i:[A-Z])[\w'’.-]+[ \t]+\({word}\)[ \t]*\d", text) is not None  # a results row's club or school in
        # its bracket after the runner: "3. Tonique Morrison (Holmwood) 2:08.90" (and "Holmwood also took the Class Two 1500m")

    def _standalone_ok(self, text: str, cl: Cluster, sents) -> bool:
        """A lone surname (or initial and surname) with no full form: keep it only where the text uses it
        as a person, the subject of a verb ("Nugus finished third"), the speaker ("said Ingebritsson") or
        the runner of a results row ("4 M Mulhare (Portlaoise) 28:31")."""
        if any(c.entity for c in cl.mentions):
            return True  # the statistical NER says it is a person
        word = cl.mentions[0].text
        if all(c.text == word for c in cl.mentions) and word.isalpha() and re.search(rf"\b{word.lower()}\b", text) \
                and not any(P.RESULT_VERB_AFTER.match(text, c.end) for c in cl.mentions):
            return False  # a word the text also writes in lower case, a noun: "Gun went at 10:00 ... the gun time on the results"
            # (not a surname that wins or has a time: "Hall won the 400m in 44.20 ... the fastest time run in the hall")
        for c in cl.mentions:
            if c.headline or "-" in c.text:
                continue  # headline words and "Kerr-Ingebrigtsen" compounds prove nothing
            before = text[max(0, c.start - 40) : c.start]
            if P.PLACE_BEFORE.search(before[-12:]) or P.DESCRIPTION_BEFORE.search(before):
                continue
            if P.PERSON_VERB_AFTER.match(text[c.end : c.end + 40]) or P.PERSON_VERB_BEFORE.search(before):
                return True
            # (initials and a surname: "P U Chithra of Kerala, a two-time Asian champion, finished"; not a lone word: "Instead,
            # ..., finished")
            trailer = P.NAME_TRAILER_AFTER.match(text, c.end).end() if len(c.tokens) > 1 else c.end
            if trailer > c.end and P.PERSON_VERB_AFTER.match(text[trailer : trailer + 40]):
                return True
            if P.ROW_PLACE_BEFORE.search(before) and P.LIST_ROW_TIME_AFTER.match(text, c.end):
                return True  # a results row: "; 4 M Mulhare (Portlaoise) 28:31"
        return False

    def _mark_dnf(self, text: str, clusters: list[Cluster], sents) -> None:
        mentions = sorted((c for cl in clusters if cl.athlete for c in cl.mentions), key=lambda c: c.start)
        for m in P.ROLE_DNF.finditer(text):
            a, _ = sents.of(m.start())
            before = [c for c in mentions if a <= c.start < m.start()]
            if before:
                before[-1].role = before[-1].role or "did not finish"


set_extension(Span, "country")
set_extension(Span, "role")
set_extension(Span, "possessive", False)
set_extension(Span, "nationality")
set_extension(Span, "link")
set_extension(Span, "sex")
set_extension(Doc, "registered")  # the athletes' names as the registry knows them (a name kept when two are one runner's)
set_extension(Doc, "narrator")  # the mention of a blog's author telling their own race in the first person (`narrator`)


@Language.factory("athletics_athletes", default_config={"registry": None})
def make_athletes(nlp: Language, name: str, registry: list[str] | None) -> Athletes:
    paths = registry if registry is not None else ([str(DEFAULT_REGISTRY)] if DEFAULT_REGISTRY.exists() else [])
    return Athletes(load_registry(paths))
