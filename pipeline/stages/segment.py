"""Segmenter: paragraphs and sentences, from the raw text alone.

Reads: the Doc's text. Writes: `doc.spans["paragraphs"]` (one span per non-empty line) and
sentence starts (`token.is_sent_start`), so `doc.sents` works without a parser. A line break
always ends a sentence; inside a line, '.', '!', '?' or '…' end one unless they close an
initial ("J. Cole", "O.P. Jaisha") or a known abbreviation ("Ore.", "U.S.").
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import patterns as P
from .base import char_span, text_of, write_spans


LABEL_MAX = 20  # characters of a list line's label before its dash ("60m Hurdles – ")


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trimmed of surrounding spaces."""
    ranges = []
    for m in P.PARAGRAPH.finditer(text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            start = m.start() + (len(line) - len(line.lstrip()))
            ranges.append((start, start + len(stripped)))
    return ranges


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the '.' before `end` closes an initial or an abbreviation."""
    i = end
    while i > 0 and text[i - 1] in "”\"’')]":
        i -= 1
    if i == 0 or text[i - 1] != ".":
        return False
    j = i - 1
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j : i - 1]
    if word and j > 0 and text[j - 1].isdigit():
        return False  # a distance's unit glued to its number, no initial: "breaking the race open after 35K. Kenya's Lilian Rono"
    if not word and _is_list_number(text, i - 1):
        return True  # "1. J. Ingebrigtsen (NOR) 3:48.41, 2. A. Habz": numbering, not an ending
    if text[i : i + 1] == ")" and (word[:1].isupper() or P.FIGURE_AFTER_BRACKET.match(text, i)) and len(word) <= BRACKET_ABBREVIATION_MAX \
            and ((text[j - 1 : j] == "(" and len(word) > 1) or text[max(0, j - 2) : j] == ", "):
        return True  # a short abbreviation closing a bracket, alone in it: a college's class year, "Kaylyn Brown (Fr.) 50.61", a
        # country shortened in a translated results list, "2. Abdi Tesfaye (Etiop.) 59:34"; or a state after its town: "Derek
        # Yazzie (Albuquerque, N.M.) 7:26:31", "(Missoula, Mont.)"; lower case before a row's time: "3. Marcus Feld (unatt.) 7:43.90"
    return (len(word) == 1 and word.isupper() or word.lower() in P.ABBREVIATIONS
            or (P.RUN_OF_INITIALS.fullmatch(word) is not None and text[max(0, j - 2) : j] != ", "))  # "O.P. Jaisha", "P.T. Usha"
    # (not a state after its town: "finished in Washington, D.C. Kiplimo won")


def _is_list_number(text: str, dot: int) -> bool:
    """A one- or two-digit number before `dot` that stands alone after a line start, ',', ':', a dash or an ellipsis."""
    k = dot
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if not 1 <= dot - k <= 2:
        return False
    before = text[max(0, k - 4) : k]  # (after an ellipsis too, "2:22:01 ... 6. Katharina Steinruck"; after a dash near a line's
    # start, a list's label: "400m – 2. Kaylyn Brown", or after the row before's time, "3:48.62 – 2. Bjørnstad, Even"; not
    # "Kenya's medal haul in Budapest – 10. Ethiopia won nine")
    dashed = before.endswith(("– ", "— ")) and (k - (text.rfind("\n", 0, k) + 1) <= LABEL_MAX
                                              or P.TIME_THEN_DASH_BEFORE.search(text, max(0, k - 12), k) is not None)
    return k == 0 or dashed or before.endswith(("\n", ", ", ": ", "; ", "... ", "… ")) or text[max(0, k - 2) : k] in (",", ":")


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Character offsets where sentences begin inside text[start:end]."""
    starts = [start]
    for m in P.SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, m.end()):
            continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if _dot_leader(text, m.start(), nxt):
            continue
        if P.ROWS_LEFT_OUT_BEFORE.search(text, max(start, m.start() - 6), m.start()) and P.ROW_NUMBER_AT.match(text, nxt):
            continue  # "2:07:55; ... 11. Mathieu Levasseur": rows left out of a list, no sentence's end
        if nxt < end:
            starts.append(nxt)
    return starts


def _dot_leader(text: str, dots_end: int, nxt: int) -> bool:
    """Dots leading a list's label to its number, four or more after a space ("10K ....... 36:08"): no sentence's end (an
    ellipsis is three; "faded.... 15:10 was enough" ends one)."""
    first = dots_end
    while first > 0 and text[first - 1] == ".":
        first -= 1
    return dots_end - first >= DOT_LEADER_MIN and text[first - 1 : first] == " " and nxt < len(text) and text[nxt].isdigit()


DOT_LEADER_MIN = 4
BRACKET_ABBREVIATION_MAX = 6  # letters of a word shortened alone in a bracket: "(Fr.)", "(Soph.)", "(Etiop.)", "(Eritr.)"


class Segmenter:
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        paras = paragraph_ranges(text)
        starts = sorted({s for a, b in paras for s in sentence_starts(text, a, b)})
        # one array read and one array write: a Python loop over the tokens, or setting
        # token.is_sent_start one token at a time (quadratic in spaCy), costs more than the rest
        if len(doc):
            at = doc.to_array([IDX, IS_SPACE]).astype("int64")
            words = numpy.flatnonzero(at[:, 1] == 0)  # a sentence starts on its first non-space token
            first = numpy.searchsorted(at[words, 0], numpy.asarray(starts, dtype="int64"))
            flags = numpy.full(len(doc), -1, dtype="int64")  # -1 (wrapped to uint64): not a start
            flags[words[first[first < len(words)]]] = 1
            flags[0] = 1
            doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))
        write_spans(doc, "paragraphs", [s for a, b in paras if (s := char_span(doc, a, b, "paragraph"))])
        return doc


@Language.factory("athletics_segmenter")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter()
