"""Quotes: words between quotation marks that someone said, and who said them.

Reads: paragraphs and sentences (segmenter), `doc.spans["athletes"]` and `doc.spans["people"]`.
Writes `doc.spans["quotes"]`: one span per quoted stretch (the words inside the marks), with
`span._.speaker` (the mention of the speaker, athlete or other person, or None),
`span._.speaker_name` and `span._.partial` (a few words quoted inside reported speech).

Marks: curly and straight double quotes; nested single quotes stay inside; British single
quotes, curly or straight, where a paragraph has no double ones; a quote left open runs to the end
of its paragraph (not one opened by a straight mark: that was an apostrophe, "the '90s"); a paragraph opening with a dash,
as Polish, Norwegian, Spanish and Portuguese copy quote, up to the dash or comma before its attribution.
Titles and scare quotes ('known as the “Mile of the Century”') are not quotes.
Speaker, most direct first: an attribution right after the quote ('," Kerr said later',
'said an ebullient Kerr', '" he smiled', '," has declared the Ethiopian' in translated copy); one
right before ('Kerr said:', 'telling The Times:'); the subject of the sentence of a partial quote;
the previous quote in the paragraph; the speaker of reported speech in the sentence before, or
the person that sentence opens with ('Battocletti was close to tears. “..."'); for a paragraph
that opens with a quote, the last speaker of the paragraph before. A "he"/"she" stands for the
speaker of the last quote when nobody has been named since ('declared the new champion. Then
she added: « ... »'), else for the last person named outside quotes; "the winner", "the new
champion" for the race's winner. A pull quote left with no speaker (a headline's or a live blog
heading's line) whose words a quote of the body repeats is that quote's speaker's. One found away
from the quote whom it speaks of as someone else ("I knew that Mare is strong," they said) is not
its speaker. In a Q&A, an answer after its question is the one the question calls to ("Was it
hard, Sifan?"), else the one the last attributed answer was given to, else the interviewee. French
copy's attribution set off inside the marks ("« I have tried, explained Gressier, the face marked.
But ... »") names its speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import patterns as P
from .attach import anaphor_subject, described, description_country, is_object, previous_athlete, protagonist_of, race_winners
from .base import (Bounds, SortedSpans, between, char_span, inside, memo, paragraphs, require, sentence_end, sentences, set_extension,
                   spans_of, text_of, write_spans)

SHORT_QUOTE_WORDS = 4  # a quote this short needs a speech verb in its sentence
TITLE_CUE_REACH = 60  # characters before a quotation mark searched for what names a title ("known to generations of Otago harriers
# simply as")
REPUTATION_REACH = 100  # characters before a quote searched for a reputation it names ("had developed a reputation, ... as")
TITLE_VERB_REACH = 30  # characters either side of a quote in title case searched for its speech verb
REPEATED_QUOTE_WORDS = 4  # a quote's words found again in another quote share its speaker from this many
SAID_LAST_REACH = 70  # characters after a name its speech verb may end the clause in, as translated copy puts it ("Tarusu
# after the race in the interview said.")


@dataclass
class Marked:
    start: int  # first character inside the marks
    end: int  # one past the last character inside
    open_at: int  # the opening mark
    close_at: int | None  # the closing mark, None if left open


def marked_paragraphs(doc: Doc) -> list[list[Marked]]:
    """The quoted stretches of each paragraph of the Doc (`find_marked`), found once: the race
    context, the athletes stage and this one all read them."""
    cache = memo(doc)
    if "marked" not in cache:
        text = text_of(doc)
        ranges = paragraphs(doc).ranges
        found = [find_marked(text, a, b) for a, b in ranges]
        dialogue = [bool(marks) and marks[0].open_at == a and text[a] in "–—" for marks, (a, _) in zip(found, ranges)]
        for i, (a, b) in enumerate(ranges):  # a dash paragraph with no attribution of its own beside one that has it: the same
            # speaker's words ("– It was crazy. I did not think I had it in me.", then "– When I saw 12.58 ..., he adds.")
            if not found[i] and (opening := P.DIALOGUE_OPENING.match(text, a, b)) is not None and P.FIRST_PERSON.search(text, a, b) \
                    and not text[a:b].rstrip().endswith("?") and any(0 <= j < len(ranges) and dialogue[j] for j in (i - 1, i + 1)):
                found[i] = [Marked(opening.end(), b, a, None)]
        cache["marked"] = found
    return cache["marked"]


def find_marked(text: str, a: int, b: int, after_words: bool = False) -> list[Marked]:
    """Quoted stretches in the paragraph text[a:b]. The outer marks decide: inside “double” marks
    single ones are nested quotes, inside ‘single’ ones (British style) double ones are; a low
    mark opens the German way („so“) and closes on either double mark; a right mark opens the
    Swedish way (”så”), and a right guillemet the Danish and German way (»so«, or Finnish »niin»);
    Japanese corner brackets quote as translated copy keeps them (「...」, with 『...』 nested). After
    a quote and its attribution (`after_words`: a quote ended just before `a`), a dash opening the
    next sentence goes on with the words (`DIALOGUE_GOES_ON`)."""
    if (dialogue := _dialogue(text, a, b)) is not None:
        return [dialogue] + find_marked(text, dialogue.close_at + 1, b, after_words=True)
    if (goes_on := P.DIALOGUE_GOES_ON.search(text, a, b)) is not None and ((said := find_marked(text, a, goes_on.start())) or after_words) \
            and not any(m in text[goes_on.end() : b] for m in '"“”„«»'):
        close = P.DIALOGUE_DASH_CLOSE.search(text, goes_on.end(), b)
        end = close.start("mark") if close is not None else len(text[:b].rstrip())
        if not P.FIRST_PERSON.search(text, goes_on.end(), end) or P.CLOCK_TIME.search(text, goes_on.end(), end):
            return said + find_marked(text, goes_on.end(), b)  # a dash in the narration, no one's words: "– Later in the evening,
            # Ingebrigtsen won the 5000m in 12:48.45"
        return said + [Marked(goes_on.end(), end, goes_on.end() - 1, end if close is not None else None)] + (
            find_marked(text, end + 1, b, after_words=True) if close is not None else [])
    out: list[Marked] = []
    open_at, kind = None, None
    straight = not any(m in text[a:b] for m in '"“”„«「『')  # straight single marks quote only where no double ones do
    for i in range(a, b):
        c = text[i]
        if open_at is None:
            if c == "„":
                open_at, kind = i, "low"
            elif c == "«" and text.find("»", i + 1, b) >= 0:
                open_at, kind = i, "guillemet"  # (closed by its own mark only: '«With Jakob in the "Dream Mile"-week it is a party,»')
            elif c in "“«" or (c == '"' and _opens(text, i, a)) or (c == "”" and _opens_right_mark(text, i, a)):
                open_at, kind = i, "double"
            elif c == "「":
                open_at, kind = i, "corner"
            elif c == "『":
                open_at, kind = i, "double corner"  # (not nested: no 「 open)
            elif c == "»" and _opens_right_mark(text, i, a) and P.REVERSED_GUILLEMET_CLOSE.search(text, i + 2, b):
                open_at, kind = i, "reversed"  # (closed later in the paragraph: not a bullet's or a link's arrow, "»5000m: Beatrice
                # Chebet 14:05.20", "»Read the full interview")
            elif c == "‘" and (i == a or not text[i - 1].isalnum()):
                open_at, kind = i, "single"
            elif c == "'" and straight and (i == a or text[i - 1] in " \t\n([") and i + 1 < b and text[i + 1].isalnum():
                open_at, kind = i, "straight"
        elif (kind == "double" and c in '”»"' or kind == "low" and c in '“”"') and not _in_number(text, i):
            out.append(Marked(open_at + 1, i, open_at, i))
            open_at = None
        elif kind == "guillemet" and c == "»":
            out.append(Marked(open_at + 1, i, open_at, i))
            open_at = None
        elif kind == "reversed" and c in "«»" and not _in_number(text, i):
            out.append(Marked(open_at + 1, i, open_at, i))
            open_at = None
        elif (kind == "corner" and c == "」") or (kind == "double corner" and c == "』"):
            out.append(Marked(open_at + 1, i, open_at, i))
            open_at = None
        elif kind == "single" and c == "’" and _closes_single(text, i, b):
            out.append(Marked(open_at + 1, i, open_at, i))
            open_at = None
        elif kind == "straight" and c == "'" and _closes_straight(text, i, b):
            out.append(Marked(open_at + 1, i, open_at, i))
            open_at = None
    if open_at is not None and kind != "straight":  # a straight mark left open was an apostrophe ("the '90s")
        out.append(Marked(open_at + 1, b, open_at, None))
    return out


def _dialogue(text: str, a: int, b: int) -> Marked | None:
    """A paragraph opening with a dash, as Polish, Norwegian, Spanish and Portuguese copy quote (translated keeps it):
    "– I knew that Krystian is strong on the flat. The mud was my friend today – said Kaczor, who ...", "– When I saw 12.58
    on the board I had to look twice, he adds.": the words up to the dash or comma before the attribution. Without an
    attribution it is no quote ("– 1500m: Kerr 3:29.11", a list's)."""
    opening = P.DIALOGUE_OPENING.match(text, a, b)
    if opening is None:
        return None
    close = P.DIALOGUE_DASH_CLOSE.search(text, opening.end(), b) or P.DIALOGUE_COMMA_CLOSE.search(text, opening.end(), b)
    if close is None or any(m in text[a : close.start("mark")] for m in '"“”„«»') or P.REPORT_WHO_ATTRIBUTION.search(close.group()):
        return None  # (a dash, then quotation marks: the marks quote; marks in the attribution after are its own: '...,
        # says Almgren, who has promised to try the distance ”when the track legs are finished”.'; a report's "writes NRK, who
        # had a reporter in the stadium" is no speaker's)
    return Marked(opening.end(), close.start("mark"), a, close.start("mark"))


def _opens(text: str, i: int, a: int) -> bool:
    if _in_number(text, i):
        return False
    return i == a or not text[i - 1].isalnum() or i + 1 < len(text) and text[i + 1].isalnum()


def _opens_right_mark(text: str, i: int, a: int) -> bool:
    """A ” that opens, as Swedish and Finnish copy writes both marks (”Stockholm is always good to
    me.”): where no quote is open, at the paragraph's start or after a space, before a word."""
    return (i == a or text[i - 1] in " \t\n(") and i + 1 < len(text) and text[i + 1].isalnum()


def _in_number(text: str, i: int) -> bool:
    """A mark between digits is part of a time ("8'04"12", "46"89"), not a quotation mark."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _closes_single(text: str, i: int, b: int) -> bool:
    """A ’ that ends a quote, not an apostrophe ("it’s", "Kerr’s"): no letter after it, and after
    the quoted words (a space before it only when a closing mark or punctuation precedes)."""
    if i + 1 < b and text[i + 1].isalpha():
        return False
    prev = text[i - 1]
    if prev.isspace():
        return text[:i].rstrip()[-1:] in "”\".,!?…"
    return True


def _closes_straight(text: str, i: int, b: int) -> bool:
    """A straight ' that ends a quote ("'Mike has made a big step,' he said", "'a solid result'."), not
    an apostrophe ("it's", "the runners' times"): after punctuation, or after a word and before it."""
    after = text[i + 1] if i + 1 < b else ""
    if after.isalnum():
        return False
    return text[i - 1] in ",.!?…" or (text[i - 1].isalnum() and (after == "" or after in ".,;:!?)\n"
                                                                     or (P.DASH_AFTER_QUOTE.match(text, i + 1, b) is not None
                                                                         and (text[i - 2 : i] != "in"
                                                                              or P.PULL_QUOTE_DASH.match(text, i + 1, b) is not None))))
    # (before a dash and a capital: "'I'll be back here again' - Kerr"; before any other dash, "'I just had to believe the gap
    # would open' – how the final was won", but not after an elided "runnin' - no thinking")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_title(words: list[str], said: str = "") -> bool:
    """"Mile of the Century": every long word capitalised, more than one word; not words `said` like speech,
    a contraction of a pronoun and closed by a stop or a comma ('"We'll see," head coach Mark Vanderploeg
    said'; a song's "Don't Stop Me Now" stays a title), nor words in sentences of their own ("Scotland. Has. Done. It.")."""
    long = [w for w in words if len(w) > 3]
    spoken = said.rstrip()[-1:] in (",", ".", "!", "?") and any(P.CONTRACTION_END.search(w) for w in words)
    spoken = spoken or len(P.SENTENCE_BREAK_IN.findall(said.rstrip())) >= 2  # sentences, no title: "Scotland. Has. Done. It. Again."
    return len(words) > 1 and bool(long) and all(w[0].isupper() for w in long) and not spoken


def _speech_signs(text: str, m: Marked) -> bool:
    """Does a quote after a label's cue show it is someone's words: its speaker's tag right after it ('– "my Saturday special," she
    told reporters'), or the first person ('described as "absolutely brutal out there, I was freezing"')?"""
    return P.ATTRIBUTION_AFTER.match(text[m.end + 1 : m.end + 60]) is not None or P.FIRST_PERSON_SINGULAR.search(text, m.start, m.end) is not None


def _title_cased(words: list[str]) -> bool:
    """Words written as a name's are, each capitalised but its small linking words ("Run for Fun", "Race for the Cure")?"""
    return len(words) > 1 and all(w[0].isupper() for w in words if w.lower() not in P.TITLE_SMALL_WORDS) and words[0][0].isupper()


class Quotes:
    def __call__(self, doc: Doc) -> Doc:
        require(doc, "athletes", "athletics_quotes", "athletics_athletes")
        text = text_of(doc)
        sents, paras = sentences(doc), paragraphs(doc)
        people = SortedSpans(list(spans_of(doc, "athletes")) + list(spans_of(doc, "people")))
        in_paragraphs = [[m for m in found if self._is_quote(text, m, sents, len(found) > 1, people)] for found in marked_paragraphs(doc)]
        for m in (m for marked in in_paragraphs for m in marked):
            for p in people.within(m.start, m.end):
                p._.quoted = True  # a name said inside a quote is no antecedent of the narrative's "he"
        asked = _questions_answered(text, paras, in_paragraphs)
        answered: tuple[Span | None, str | None] | None = None  # who the Q&A's last answer was given to
        asked_of: list[tuple[Span | None, str | None]] = []  # the Q&A's interviewee, found once, when first needed
        spans: list[Span] = []
        last_speaker: tuple[Span | None, str | None, int] = (None, None, -10)
        recent: tuple[Span, int] | None = None  # the last named speaker and where its quote ended
        left_open: tuple[Span | None, str | None, int] | None = None  # the speaker of a quote its paragraph ends without closing
        for pi, (a, b) in enumerate(paras.ranges):
            marked = in_paragraphs[pi]
            prev_in_para: tuple[Span | None, str | None] | None = None
            for k, m in enumerate(marked):
                start, end = trimmed(text, m.start, m.end)
                span = char_span(doc, start, end, "quote")
                if span is None:
                    continue
                nxt = marked[k + 1].open_at if k + 1 < len(marked) else b
                prv = marked[k - 1].close_at + 1 if k and marked[k - 1].close_at is not None else a
                speaker, name = self._speaker(doc, m, people, sents, paras, prv, nxt, recent)
                if speaker is not None and not _said_beside(text, m, speaker) and _spoken_of(text, speaker, m.start, people.within(m.start, m.end)):
                    speaker, name = None, None  # '„I knew that Mare is strong in the end", they said' (not '"Kenenisa is back," Bekele said')
                if speaker is None and name is None and (inside_said := _said_inside(text, m, people)) is not None:
                    speaker, name = inside_said, inside_said.text  # « I have tried, explained Gressier, the face marked. But ... »
                answer = k == 0 and pi - 1 in asked
                if speaker is None and name is None and (P.QA_ANSWER.match(text, a, m.open_at + 1) or answer):
                    # "A: “Honestly, I thought ...”", or an answer after its question: the one the question calls to ("Jess, what
                    # about you?"), else the one the last answer was given to, else the interviewee (not whom the questions name)
                    called = _called_to(text, paras.ranges[pi - 1], people) if answer else None
                    if called is None and answered is None and not asked_of:
                        asked_of.append(_named(interviewee(doc, [paras.ranges[i] for i in sorted(asked)], others=True)))
                    speaker, name = (called, called.text) if called is not None else answered or asked_of[0]
                elif answer and (speaker is not None or name is not None):
                    answered = (speaker, name)  # an answer attributed in its own words: the next unattributed ones are theirs too
                if speaker is None and name is None:
                    if prev_in_para is not None:
                        speaker, name = prev_in_para
                    elif (owner := self._owned_next(text, m, pi, b, people, paras)) is not None:
                        speaker, name = owner, owner.text  # a quote alone, then "That was Walcott-Nolan's verdict on a race ..."
                    elif (said := self._said_before(doc, m, people, sents, a, paras, recent)) is not None:
                        speaker, name = said
                    elif m.open_at == a and pi > 0 and not in_paragraphs[pi - 1] \
                            and (intro := self._introduced(doc, m, pi, people, sents, paras, recent)) is not None \
                            and not (intro[0] is not None and _spoken_of(text, intro[0], m.start, people.within(m.start, m.end))
                                     and not P.FIRST_PERSON_SINGULAR.search(text, m.start, m.end)  # ("The old Obiri would have
                                     # panicked there. Today I stayed calm": hers)
                                     and (last_speaker[2] >= pi - 2
                                          or P.PRONOUN_SENTENCE.search(text, *paras.ranges[pi - 1]) is not None)):
                        speaker, name = intro  # (a paragraph with quotes of its own carries its speaker on, or not; not one the
                        # quote speaks of, after a speaker just quoted or a "he" or "she" of another: 'He also commented on his
                        # brother. Filip Ingebrigtsen ... finished ninth. «Filip is on the way back.»' is the brother's; with no one
                        # quoted before, 'Sha'Carri Richardson smiled. "Sha'Carri is back"' is hers)
                    elif k == 0 and m.open_at == a and left_open is not None and left_open[2] == pi - 1:
                        speaker, name = left_open[:2]  # the quote goes on from the paragraph before, left open there: its
                        # speaker's, whoever they are ('He told me: "Annet is a descender by nature. ...' then '"Downhill running
                        # is a skill ..."': the coach's, not the athlete quoted before him)
                    elif (incise := P.INCISE_PRONOUN.search(text, m.start, m.end)) is not None:
                        speaker, name = _named(previous_person(doc, m.open_at, paras, incise.group("pron"), recent))  # « ..., he
                        # confided, the tears at the eyes. But ... », no one said to speak before it: the one the pronoun stands
                        # for (not the last speaker carried on: "Jimmy Gressier was fourth. « I gave everything, he confided. »")
                    elif (m.open_at == a or P.LEAD_IN_OPENING.fullmatch(text, a, m.open_at)) and last_speaker[2] >= pi - 2:
                        speaker, name = last_speaker[:2]  # a paragraph that carries on the last speaker ("Then, laughing: ...")
                span._.speaker, span._.speaker_name = speaker, name
                span._.partial = self._partial(text, m, sents)
                prev_in_para = (speaker, name)
                if speaker is not None or name is not None:
                    last_speaker = (speaker, name, pi)
                if speaker is not None:
                    recent = (speaker, m.end)
                left_open = (speaker, name, pi) if m.close_at is None and k == len(marked) - 1 else left_open
                spans.append(span)
        _speak_repeated(spans)
        write_spans(doc, "quotes", spans)
        return doc

    # -- what is a quote ------------------------------------------------------------------

    def _is_quote(self, text: str, m: Marked, sents: Bounds, among_others: bool, people: SortedSpans) -> bool:
        """Words someone said: long enough, or a full sentence, or near a speech verb; not a title."""
        start, end = trimmed(text, m.start, m.end)
        words = P.WORD.findall(text[start:end])
        if not words:
            return False
        if not any(c.isspace() for c in text[start:end]) and any(c.isdigit() for c in text[start:end]) and text[start:end][-1:].isalnum():
            return False  # one word with a figure, no stop of a sentence: a mark or a label, no speech ('said the words "sub-16:40"',
            # '"4x400"'; not an answer, '"14:05." She ran', '"3-1," said Kiprop')
        if P.TITLE_BEFORE.search(text[max(0, m.open_at - TITLE_CUE_REACH) : m.open_at]) \
                or (P.CALLED_IT_BEFORE.search(text, max(0, m.open_at - 20), m.open_at) and (is_title(words) or len(words) == 1)) \
                or (P.DISTANCE_TITLE_BEFORE.search(text, max(0, m.open_at - 20), m.open_at) and _title_cased(words)) \
                or (P.NAMED_LABEL_BEFORE.search(text, max(0, m.open_at - 40), m.open_at) and not _speech_signs(text, m)) \
                or P.REPUTATION_AS_BEFORE.search(text, max(0, m.open_at - REPUTATION_REACH), m.open_at) \
                or (len(words) <= P.MEDIUM_TITLE_WORDS and (medium := P.MEDIUM_BEFORE.search(text, max(0, m.open_at - 20), m.open_at))
                    and not P.SPEECH_TO_MEDIUM_BEFORE.search(text, max(0, medium.start() - 30), medium.start())
                    and not P.FIRST_PERSON.search(text, m.start, m.end) and text[start:end].rstrip()[-1:] not in ".!?") \
                or (P.LABEL_AS_BEFORE.search(text, max(0, m.open_at - REPUTATION_REACH), m.open_at)
                    and not P.BY_AFTER_QUOTE.match(text, m.end) and not _speech_signs(text, m)) or (
                len(words) <= P.CALLED_NAME_WORDS and (P.CALLS_BEFORE.search(text, max(0, m.open_at - 40), m.open_at)
                                                       or P.NAME_SO_CALLED_AFTER.match(text, m.end + 1))
                and not P.FIRST_PERSON.search(text, start, end)):  # (not 'what she calls "my favourite day of the year"')
            return False
        if any(n.start() < m.open_at and m.end < n.end() for n in P.NICKNAMED_NAME.finditer(text, max(0, m.open_at - 30), m.end + 40)):
            return False  # a nickname inside a name: 'Theodore "Teddy" Marchetti'
        sa, sb = sents.of(m.open_at)
        has_verb = any(not _verb_of_another(text, v, hi, m.open_at) for lo, hi in ((sa, m.open_at), (m.end + 1, sb))
                       for v in P.SPEECH_VERB.finditer(text, lo, hi)) \
            or (sb <= m.end and not text[sa : m.open_at].strip() and P.ATTRIBUTION_RIGHT_AFTER.match(text, m.end + 1) is not None)
        # a quote opening its sentence whose first sentence ends inside its marks, its speaker and verb right after it: '"You're under!
        # You're under!" she yelled', '"Yes! Yes!" Kara Hale screamed' (not a title's sentence: 'The documentary "Run. Rest. Repeat."
        # was shown ..., and Kerr said he enjoyed it'; nor a chant's: 'the crowd chanted "Ha-le! Ha-le!" Hale admitted')
        # a title needs its speech verb right beside it: 'broke into "Sweet Caroline" ... when she spoke to this paper'
        close_sb = sb if sb > m.end else sents.of(m.end)[1]  # (the words after it to the end of the sentence its close is in: '"It's
        # July. The big one is in September," she said', its sentence broken inside the marks)
        near = text[max(sa, m.open_at - TITLE_VERB_REACH) : m.open_at] + " " + text[m.end + 1 : min(close_sb, m.end + 1 + TITLE_VERB_REACH)]
        if is_title(words, text[start:end]) and not P.SPEECH_VERB.search(near):
            return False
        colon_led = text[sa : m.open_at].rstrip().endswith(":") and (  # ('Jamal on the finish line: "I'm never running again."':
            # someone named or a "he" or "she" before the colon; not a label's words, 'The sign at the finish read: "Well done."',
            # nor a title's, 'The theme: "Run For Fun."')
            bool(people.within(sa, m.open_at)) or P.ANY_PRONOUN.search(text, sa, m.open_at) is not None
            or P.POSSESSIVE_OPENING.match(text, sa, m.open_at) is not None  # ('His verdict: "Unreal."')
            or P.ANAPHOR_SUBJECT.match(text[sa : m.open_at].lstrip()) is not None)  # ('The Ugandan was clear afterwards: "..."')
        sentence_like = words[0][0].isupper() and text[end - 1 : end] in ".!?…," and (among_others or (
            colon_led and text[end - 1 : end] != "," and not _title_cased(words)))
        return len(words) > SHORT_QUOTE_WORDS or has_verb or sentence_like

    def _owned_next(self, text: str, m: Marked, pi: int, para_end: int, people, paras: Bounds) -> Span | None:
        """The owner the paragraph after a quote that ends its own paragraph names: "That was
        Walcott-Nolan's verdict", "Those were the words of Kerr"."""
        if m.close_at is None or text[m.close_at + 1 : para_end].strip(" \t\r\n.,") or pi + 1 >= len(paras):
            return None
        start, end = paras.ranges[pi + 1]
        return _owner_of_words(text, start, min(end, start + 120), people)

    def _partial(self, text: str, m: Marked, sents: Bounds) -> bool:
        before = text[sents.of(m.open_at)[0] : m.open_at].rstrip()
        return bool(before) and before[-1].isalnum()  # words run on into the marks: reported speech

    # -- who said it ----------------------------------------------------------------------

    def _speaker(self, doc, m: Marked, people, sents, paras, prv: int, nxt: int, recent):
        text = text_of(doc)
        if (teller := doc._.narrator) is not None and _narrator_said(text, m, sents):
            return teller, teller.text  # a blog's author, telling their own race: 'I kept saying "easy, easy"'
        # (not from the next sentence, after a partial quote ends its own, unless that one only says who spoke: 'described the
        # race as "my Independence Day". Garba told our correspondent that ...', 'said the course was "lovely". Run director
        # Phil Naylor reckons it is the fastest' are not; 'her goal had been "to win a medal". Chebet told reporters.' is)
        ended = m.close_at is not None and self._partial(text, m, sents) \
            and (end := P.SENTENCE_END_AFTER_MARK.match(text, m.close_at + 1)) is not None \
            and not P.SPEAKER_ONLY_SENTENCE.match(text, end.end())
        if m.close_at is not None and not ended:
            if _pronoun_said(text, m.close_at + 1, nxt, m.open_at) and (intro := self._before(doc, prv, m.open_at, people, paras, recent)):
                return intro  # 'CEO Jack Fleming at the start: "This is the 127th running," he said': the one introduced
            found = self._after(doc, m.close_at + 1, min(nxt, m.close_at + 121), people, paras, m.open_at, recent)
            if found:
                return found
        found = self._before(doc, prv, m.open_at, people, paras, recent)
        if found:
            return found
        if self._partial(text, m, sents):
            return self._subject(doc, sents.of(m.open_at)[0], m.open_at, people, paras, recent)
        return None, None

    def _after(self, doc, start, stop, people, paras, quote_start, recent):
        """'," Kerr said later' / '," said an ebullient Kerr' / '" he smiled' / '," the Dutchwoman said'."""
        text = text_of(doc)
        tail = text[start:stop]
        lead = re.match(r"[\s,.;:!?…—–-]*", tail).end()
        rest = tail[lead:]
        if pron := _pronoun_said(text, start, stop, quote_start):
            if pron.group("pron") == "He" and text[quote_start:start].rstrip(" \t\"”’'").endswith(",") \
                    and not P.SHE_IN_SENTENCE.search(text, pron.end(), sentences(doc).of(pron.start())[1]) \
                    and (named := _surname_he(people, quote_start)) is not None:
                return named, named.text  # '," He said' in Xinhua's copy: He Jie, the Chinese surname first, not "he"
            continuing = bool(P.CONTINUING_VERB.fullmatch(pron.group("verb")))  # '," he added': the last speaker goes on
            return _named(previous_person(doc, quote_start, paras, pron.group("pron"), recent, continuing=continuing))
        if desc := P.ANAPHOR_SUBJECT.match(rest):
            if re.match(rf"\s+{P.AUXILIARY}(?:{P.SPEECH_VERBS})\b", rest[desc.end() :], re.IGNORECASE):
                if desc.start("desc") == desc.start("noun") and (
                        named := next(iter(people.within(start + lead + desc.start("noun"), start + lead + desc.end("noun"))), None)) is not None:
                    return named, named.text  # '," the Arese said': a surname after Italian's article
                return _named(_described(doc, quote_start, paras, desc.group("desc")))
        here = start + lead
        line_start, line_end = paras.of(quote_start)
        if (dash := P.PULL_QUOTE_DASH.match(text, start)) is not None and dash.end() == here \
                and (named := next(iter(people.within(here, here + 1)), None)) is not None and not named._.possessive \
                and P.PULL_QUOTE_NAME_END.match(text, named.end_char) \
                and not P.SAID_ON_THE_LINE.search(text, named.end_char, line_end) and not people.within(named.end_char, line_end) \
                and (_headline_colon(text, named, people, line_start, quote_start, start) if P.PULL_QUOTE_COLON.match(text, dash.start())
                     else line_start == quote_start):
            return named, named.text  # a line opened by a quote, then a dash and its speaker: "'I'm proud' - McColgan",
            # a colon in a headline: '"I was not finished yet": Peruth Chemutai on silver in Paris'
        if (owner := _owner_of_words(text, here, stop, people)) is not None:
            return owner, owner.text
        if (acc := P.ACCORDING_TO_AFTER.match(rest)) is not None and rest[0].islower():  # (not a sentence of its own: "According to Kerr, ...")
            to = here + acc.end()
            named = next(iter(people.within(to, stop)), None)
            if named is not None and named.start_char > to and not P.ROLE_THEN_NAME.fullmatch(
                    text, w.end() if (w := P.WORDS_OF.match(text, to)) else to, named.start_char):
                named = None  # (a role set off before the name: "according to the expression of the director of the race,
                # Sylvain Bordier", translated)
            return (named, named.text) if named is not None and not named._.possessive else None
        if verb := re.match(rf"{P.SPEECH_ADVERBIAL}{P.VERB_AFTER_QUOTE}\s+{P.SPEECH_ADVERBIAL}", rest, re.IGNORECASE):
            # a role and the name set off after it: '," commented the technical director of the national team, Marco Bellini.'
            named = next((p for p in people.within(here + verb.end(), stop) if not p._.possessive), None)
            if named is not None and P.ROLE_THEN_NAME.fullmatch(text, here + verb.end(), named.start_char):
                return named, named.text
            desc = P.ANAPHOR_SUBJECT.match(rest[verb.end() :])
            if desc and named is not None and desc.start("desc") == desc.start("noun") and named.start_char == here + verb.end() + desc.start("noun"):
                return named, named.text  # '», has declared the Arese.': Italian's article before a surname, not "the Piedmontese"
            if desc and desc.group("noun").endswith("-year-old") and P.AGE_ROLE_END.match(rest, verb.end() + desc.end()) \
                    and _runner_s_own(rest, verb.end() + desc.end()):
                return _named(_aged(doc, quote_start, paras, desc.group("desc")))  # '," said the 31-year-old civil servant': an age
                # and a job (not '," said the 45-year-old race director')
            if desc and (P.DESCRIPTION_END.match(rest, verb.end() + desc.end()) or (
                    P.DESCRIPTION_PARTICIPLE_END.match(rest, verb.end() + desc.end()) and " of " not in desc.group("desc"))) \
                    and (who := _described(doc, quote_start, paras, desc.group("desc"))) is not None:
                return _named(who)  # '," has declared the Ethiopian', '" – said after the run the Olympic bronze medallist'
                # (not '», has declared the Kipyegon to the microphones': Italian's article before a surname, read on)

        # a possessive is not the speaker: '," said Kerr's coach Danny Mackey'
        first = next((p for p in people.within(here, stop) if not p._.possessive), None)
        if first is None or first.start_char >= stop:
            return None
        between = text[here : first.start_char]
        after_name = text[first.end_char : first.end_char + 30]
        if (player := P.PLAYER_AFTER_NAME.match(after_name)) is not None:
            after_name = after_name[player.end() :]  # '," Yamashita player said' (Japanese copy translated)
        elif (age := P.AGE_AFTER_NAME.match(after_name)) is not None and age.group().endswith((",", ")")):
            after_name = after_name[age.end() :]  # '," Chemutai, 23, said': the speaker's age set off
        role = rf"(?:(?:his|her|their|the)\s+)?(?:[\w’'-]+\s+){{0,3}}{P.HONORIFICS}"  # '," Ms. Chepkirui said'
        if re.fullmatch(role, between) and (said := P.VERB_AFTER_NAME.match(after_name.lstrip(" ,"))):
            if text[quote_start:start].rstrip(" \t\"”“„«»’'").endswith((".", "!", "?")) and not P.CONTINUING_VERB.fullmatch(said.group()) \
                    and (P.INTRODUCES_NEXT_QUOTE.match(after_name.lstrip(" ,"), said.end())
                         or (not (between.strip() == "" and P.ATTRIBUTION_END.match(after_name.lstrip(" ,"), said.end()))
                             and any(c in P.OPEN_QUOTES for c in text[first.end_char : sentences(doc).of(first.start_char)[1]]))):
                return None  # '... rest a bit.“ Chelimo Kipkemboi said only: „...“': the words after the colon are hers; 'more?“ The
                # SRF commentator Daniel Bolliger called the race „the Swiss moment“': the quote in the name's own sentence is (not
                # 'Kipyegon added: "..."', '», Beriso added that she wants to «fight for the gold»': she goes on; nor '"What a
                # night!" Hodgkinson said, calling the crowd "incredible"': an attribution, its verb set off)
            return first, first.text  # '," Kerr said', '," his coach Danny Mackey said'
        if not between.strip() and text[quote_start:start].rstrip(" \t\"”’'").endswith(",") \
                and (P.SAID_LAST_AFTER_NAME.match(text, first.end_char, min(stop + 1, first.end_char + SAID_LAST_REACH))
                     or P.RELATIVE_THEN_SAID_AFTER.match(text[first.end_char : stop])):
            return first, first.text  # '," Tarusu after the race in the interview said.' (translated), '," Tollosa, who was second,
            # told reporters.'
        if P.LET_BEFORE_NAME.fullmatch(between) and P.KNOW_AFTER_NAME.match(after_name):
            return first, first.text  # "', let Geleta know via an interpreter" (translated)
        if re.fullmatch(rf"{P.SPEECH_ADVERBIAL}{P.VERB_AFTER_QUOTE}\s+(?:(?:an?|the)\s+)?(?:(?!(?:about|of)\s)[\w’'-]+\s+){{0,4}}",
                        between, re.IGNORECASE) and not (between.startswith("so") and P.SO_CLAUSE_VERB_AFTER.match(after_name)):
            return first, first.text  # '," said an ebullient Kerr', '," has said Kerr', '," so Jemeli', '," after the finish said
            # Kiprotičas' (translated); not '" Asked about Kipchoge,'
            # (nor the English "so" opening a clause of the name's own: '"... a bit ill," so Moraa started as the favourite')

        return None

    def _before(self, doc, prv, open_at, people, paras, recent):
        """'Kerr said:' / 'telling The Times:' / 'He added:' before the opening mark."""
        text = text_of(doc)
        seg = text[prv:open_at]
        if (recent is not None and P.TOPIC_GOES_ON.fullmatch(seg) and (not people.within(prv, open_at) or P.TOPIC_A_NAME.fullmatch(seg))
                and paras.index(recent[1]) >= paras.index(open_at) - 1):  # (the last quote in this paragraph or the one before)
            return recent[0], recent[0].text  # 'And on doubling again after Torun two years ago: "..."': the last speaker goes on
        if (acc := P.ACCORDING_TO_PRONOUN_BEFORE.search(seg)) is not None:  # 'According to him, "Gideon was too strong"': the subject
            # of the sentence before whose sex fits ("The runner-up, Pwajok, was full of praises for the winner."; "Coach Renato
            # Canova watched Kiplimo win."), else the one the pronoun stands for
            sents = sentences(doc)
            pron = "he" if acc.group("pron").lower() == "him" else "she"
            a, b = sents.of(max(0, sents.of(prv + acc.start())[0] - 1))
            subjects = [p for p in people.within(a, b) if not is_object(text, p, a) and not p._.possessive
                        and p._.sex in (None, P.PRONOUN_SEX[pron])]
            return (subjects[0], subjects[0].text) if subjects else _named(previous_person(doc, prv + acc.start(), paras, pron, recent))
        line_start = text.rfind("\n", 0, open_at) + 1
        if line_start >= prv and len(named := people.within(line_start, open_at)) == 1 \
                and P.HEADING_BULLET.fullmatch(text, line_start, named[0].start_char) and P.NAME_COMMA_GAP.fullmatch(text, named[0].end_char, open_at):
            return named[0], named[0].text  # a section's heading, its speaker and a comma before the quote: '■ Yamaguchi, "the wall was
            # higher than I thought"' (Japanese copy translated)
        if not P.ATTRIBUTION_BEFORE.search(seg):
            return None
        sent_start = prv + max(seg.rfind(". "), seg.rfind("? "), seg.rfind("! "), -1) + 1
        owners = people.within(sent_start, open_at)
        if owners and owners[0]._.possessive and P.SENTENCE_OPENING.fullmatch(text[sent_start : owners[0].start_char]) \
                and P.OWNED_WORDS_BEFORE_QUOTE.match(text, owners[0].end_char, open_at):
            return owners[0], owners[0].text  # "Neil's answer: "..."" opening its sentence (not "asked about Josh Kerr's view:")
        if (poss := P.POSSESSIVE_ANSWER_OPENING.match(text, sent_start, open_at)) is not None and text[sent_start:open_at].rstrip().endswith(":"):
            return _answered(doc, poss, people, sentences(doc), paras, recent)  # "We asked him how it felt. His answer: "...""
        if (named := next((p for p in people.within(prv, sent_start) if p.end_char > sent_start), None)) is not None:
            sent_start = named.start_char  # the stop of a name's abbreviation ends no sentence: 'St. Pierre: "..."'
        sent_start = _past_opening_phrase(text, sent_start, open_at)
        if (p := _clause_subject(text, people, sent_start, open_at, possessive=False)) is not None:
            return p, p.text
        if pron := P.ANY_PRONOUN.search(text, sent_start, open_at):
            return _named(previous_person(doc, sent_start, paras, pron.group("pron"), recent))
        if desc := P.ANAPHOR_SUBJECT.match(text[sent_start:open_at].lstrip()):  # 'The Leeds City athlete, ..., added:'
            return _named(_described(doc, sent_start, paras, desc.group("desc")))
        return None

    def _said_before(self, doc, m: Marked, people, sents, para_start: int, paras: Bounds, recent):
        """'Hugh Brasher ... said the race had been great. ‘To have four women ...’': the speaker
        of the reported speech in the sentence before, in the same paragraph ('He said Rupp had
        apologised. "..."': the "he", not the one he spoke of); or, with no speech verb, the person
        that sentence opens with ('Battocletti was close to tears. “It is ...”', 'He paused. "..."')."""
        i = sents.index(m.open_at)
        text = text_of(doc)
        own_start = sents.ranges[i][0]
        if own_start >= para_start and text[own_start : m.open_at].rstrip().endswith((".", "!", "?")):
            a, b = own_start, m.open_at  # 'Kegelcha ... was not disappointed. «I tried ...»' read as one sentence
        elif i == 0 or sents.ranges[i - 1][0] < para_start:
            return None
        else:
            a, b = sents.ranges[i - 1]
        # 'He said Rupp had apologised.', or a quote no one is said to say after 'He paused.'
        if pron := P.PRONOUN_SAID_OPENING.match(text, a, b) or (not _attributed(text, m, sents) and P.PRONOUN_OPENING.match(text, a, b)):
            return _named(previous_person(doc, a, paras, pron.group("pron"), recent))
        subjects = [p for p in people.within(a, b) if not is_object(text, p, a)
                    and not (p._.possessive and P.ROLE_OF_POSSESSIVE_AFTER.match(text, p.end_char))]  # (not the runner whose coach
        # speaks: "Vrba's coach, Derek Pankratz, said the plan had been ...")
        if not subjects:
            if (desc := P.ANAPHOR_SUBJECT.match(text[a:b])) is not None and P.SPEECH_VERB.search(text, a, b):
                return _named(_described(doc, a, paras, desc.group("desc")))  # 'The 29-year-old, who trains with Toyota, said he ...'
            if not people.within(a, b) and not _attributed(text, m, sents) and (pron := P.PRONOUN_AFTER_FRONTED_PHRASE.match(text, a, b)) \
                    and not (P.THIRD_PERSON.search(text, m.start, m.end) and not P.FIRST_PERSON_SINGULAR.search(text, m.start, m.end)):
                return _named(previous_person(doc, a, paras, pron.group("pron"), recent))  # 'Of her best time she is still far away. „..."'
                # (not a quote speaking of her: '„She was unlucky in the last bend.“')
            return None
        if P.SPEECH_VERB.search(text, a, b):
            return subjects[0], subjects[0].text
        if not _attributed(text, m, sents) and not subjects[0]._.possessive and P.SENTENCE_OPENING.fullmatch(text, a, subjects[0].start_char) \
                and not P.PASSIVE_AGENT_AFTER.search(text, subjects[0].end_char, b) \
                and not (P.PASSIVE_ANY_AFTER.search(text, subjects[0].end_char, b) and P.THIRD_PERSON.search(text, m.start, m.end)
                         and not P.FIRST_PERSON_SINGULAR.search(text, m.start, m.end)):
            return subjects[0], subjects[0].text  # a quote nobody is said to say: the one just written about (not one acted on:
            # "Sedjati ... was praised by Wanyonyi.", "Kipyegon was embraced by her coach Patrick Sang. "She has worked so hard"")
        return None

    def _introduced(self, doc, m: Marked, pi: int, people, sents, paras, recent):
        """The speaker of a paragraph that opens with a quote, introduced by the paragraph before
        (which the caller has checked quotes nobody; marks around a nickname quote no one: 'a big
        contingent of ‘Cats’ supporters'): the one person its last sentence names as other than an
        object ('For Lemma, there was no bitterness.'), or the person its "he"/"she" stands for
        ('Asked about Sapporo, he shook his head.'); a last sentence that names nobody ('Not any
        more.') leaves the one person the paragraph names as other than an object."""
        text = text_of(doc)
        if pi == 0 or _attributed(text, m, sents):
            return None
        pa, pb = paras.ranges[pi - 1]
        sa, sb = sents.ranges[sents.index(max(pa, pb - 1))]
        if (more := P.MORE_FROM_OPENING.match(text, sa, sb)) is not None and (who := next(iter(people.within(more.end(), sb)), None)) \
                is not None and who.start_char == more.end():
            return who, who.text  # a live blog's "More from Ingebrigtsen in the mixed zone, on whether ... Mechaal went ...:"
        named = {p.label_: p for p in people.within(sa, sb) if not is_object(text, p, sa) and not p._.possessive}
        if len(named) == 1:
            (who,) = named.values()
            return who, who.text
        if not named and (pron := P.SUBJECT_PRONOUN.search(text[sa:sb])):
            return _named(previous_person(doc, sa + pron.start("pron"), paras, pron.group("pron"), recent))
        if not named and (poss := P.POSSESSIVE_ANSWER_OPENING.match(text, sa, sb)) is not None:
            return _answered(doc, poss, people, sents, paras, recent)  # "We asked him how it felt. His answer, typically modest:"
        opening = text[sa:sb].lstrip()
        if not named and (desc := P.ANAPHOR_SUBJECT.match(opening)) and P.PERSON_VERB_AFTER.match(opening[desc.end() :]):
            return _named(_described(doc, sa, paras, desc.group("desc")))  # 'The Englishman was philosophical about the bronze.'

        if not named and not people.within(sa, sb):  # "Mills had arrived with ... Not any more.": the paragraph's one person
            subjects = {p.label_: p for p in people.within(pa, pb) if not is_object(text, p, sents.of(p.start_char)[0]) and not p._.possessive}
            if len(subjects) == 1:
                (who,) = subjects.values()
                return who, who.text
        return None

    def _subject(self, doc, sent_start, open_at, people, paras, recent):
        """The speaker of a partial quote: the subject of its sentence."""
        text = text_of(doc)
        sent_start = _past_opening_phrase(text, sent_start, open_at)
        if (p := _clause_subject(text, people, sent_start, open_at)) is not None:
            return p, p.text
        if (who := anaphor_subject(doc, sent_start, open_at, paras)) is not None:
            return who, who.text
        if pron := re.search(r"\b(?P<pron>he|she)\b", text[sent_start:open_at], re.IGNORECASE):
            return _named(previous_person(doc, sent_start, paras, pron.group("pron"), recent))
        return None, None


PULL_QUOTE_OPENING = 10  # characters of a line before its pull quote may open ("Q&A | ")


def _answered(doc: Doc, poss: re.Match[str], people, sents: Bounds, paras: Bounds, recent) -> tuple[Span | None, str | None]:
    """The one whose answer "His answer:" or "Her reply:" opens with: the one the sentence before says was asked ("We asked Mateiko
    about Kandie. His answer:"), else the one the pronoun stands for ("We asked him afterwards how it felt")."""
    text = text_of(doc)
    a, b = sents.of(max(0, sents.of(poss.start("pron"))[0] - 1))
    pron = poss.group("pron").lower()
    if (asked := next((p for p in reversed(people.within(a, b)) if not p._.possessive and p._.sex in (None, P.PRONOUN_SEX[pron])
                       and P.ASKED_RIGHT_BEFORE.search(text, max(a, p.start_char - 12), p.start_char)), None)) is not None:
        return asked, asked.text  # (the last one asked whose sex fits, not one whose coach was: "We asked Obiri's coach, ...")
    return _named(previous_person(doc, poss.start("pron"), paras, "he" if pron == "his" else "she", recent))


def _headline_colon(text: str, named: Span, people, line_start: int, quote_start: int, close: int) -> bool:
    """A headline's quote and its speaker after a colon, the line opened by the quote or by a section's label and a bar (no
    person's name): '"I was not finished yet": Peruth Chemutai on silver in Paris', 'Q&A | "...": Kerr'; the name ends the line
    or says where or of what ("on ...", "after ..."), not set off by a comma ('"We will miss you, champion": Kelvin Kiptum,
    1999-2024' is about him), and the quote asks nothing but of the speaker's own ('"Can she win a fourth title?": Faith
    Kipyegon in Tokyo' is about her; '"What more could I want?": Emmanuel Wanyonyi on his title' is his)."""
    return (P.PULL_QUOTE_LABEL.fullmatch(text, line_start, quote_start) is not None
            and not people.within(line_start, quote_start)
            and not (text[quote_start:close].rstrip(" \t\"”’'").endswith("?") and not P.FIRST_PERSON_SINGULAR.search(text, quote_start, close))
            and P.PULL_QUOTE_COLON_NAME_END.match(text, named.end_char) is not None)


def _pulled(span: Span) -> bool:
    """Is the quote a pull quote: the words of a line that opens with it (a headline, a live blog's heading), not of a
    sentence about a sign or a motto ('The sign at the finish read "Welcome to the home of running"')?"""
    text = text_of(span.doc)
    line = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    rest = text[span.end_char : line_end if line_end >= 0 else len(text)]
    return (span.start_char - line <= PULL_QUOTE_OPENING and not P.QUESTION_LABEL.match(text, line)
            and P.PULL_QUOTE_REST.fullmatch(rest) is not None)  # (not '"Never give up" is written on his kit bag', a chant)


def _speak_repeated(spans: list[Span]) -> None:
    """A pull quote with no speaker whose words another quote, with one, says too (or says within
    its own) is that speaker's: a headline's or a live blog heading's pull quote ("'I've been waiting
    so long for this'") repeats words the body gives to their speaker."""
    words = [f" {' '.join(P.WORD.findall(s.text.casefold()))} " for s in spans]
    said = [(w, s) for w, s in zip(words, spans) if s._.speaker is not None]
    for w, span in zip(words, spans):
        if span._.speaker is not None or span._.speaker_name is not None or not _pulled(span):
            continue
        for other, by in said:
            shorter = min(w, other, key=len)
            if shorter.count(" ") > REPEATED_QUOTE_WORDS and (w in other or other in w):
                span._.speaker, span._.speaker_name = by._.speaker, by._.speaker_name
                break


INCISE_REACH = 30  # characters before a name inside the marks searched for the comma and speech verb that introduce it
SAID_BESIDE_REACH = 40  # characters between a quote's marks and the name its attribution gives there ('," Bekele said')


def _verb_of_another(text: str, verb: re.Match[str], hi: int, open_at: int) -> bool:
    """Is a speech verb before a quote at `open_at` another quote's, its words right after it and a clause of someone's own
    between them ('shouted "He's gonna get him!" and I did not know which "him" he meant'; not 'said "relax" and "be patient"')?"""
    if not P.OTHER_QUOTE_OPENS.match(text, verb.end(), hi):
        return False
    close = max(text.rfind(c, verb.end() + 2, open_at) for c in '"”»')
    return close > 0 and P.CLAUSE_SUBJECT_PRONOUN.search(text, close + 1, open_at) is not None


def _said_beside(text: str, m: Marked, speaker: Span) -> bool:
    """Is the speaker named in the quote's own attribution, right after or right before its marks in its sentence ('," Bekele
    said', 'Bekele said: "')? Then a quote speaking of the speaker by name is still theirs ("Kenenisa is not finished")."""
    if m.close_at is not None and 0 <= speaker.start_char - m.close_at <= SAID_BESIDE_REACH:
        gap = text[m.close_at + 1 : speaker.start_char]
    elif 0 <= m.open_at - speaker.end_char <= SAID_BESIDE_REACH:
        gap = text[speaker.end_char : m.open_at]
    else:
        return False
    return "\n" not in gap and not P.SENTENCE_BREAK_IN.search(gap)


def _said_inside(text: str, m: Marked, people) -> Span | None:
    """The speaker named inside the marks, set off by commas after a speech verb, as French copy and its translations write
    the attribution within the quote: « I have tried, I have taken my responsibilities, explained Gressier, the face marked.
    But they have a gear more »."""
    for p in people.within(m.start, m.end):
        if P.INCISE_BEFORE.search(text, max(m.start, p.start_char - INCISE_REACH), p.start_char) and P.INCISE_NAME_END.match(text, p.end_char):
            return p
    return None


def _called_to(text: str, question: tuple[int, int], people) -> Span | None:
    """The person a question calls to by name, as it opens ("Jess, what about you?", "Coach Dave Smith, how have you ...")
    or as it ends ("Was it hard, Sifan?"); not a list a question opens with ("Sha'Carri Richardson, Julien Alfred and you")."""
    a, b = question
    if (opening := P.CALLED_OPENING.match(text, a, b)) is not None:
        named = list(people.within(opening.start("name"), opening.end("name")))
        if named and named[-1].end_char == opening.end("name"):
            return named[-1]  # (its parts may be two mentions of one: "Jess" and "Adeyemi" opening the line)
    if (closing := P.CALLED_CLOSING.search(text, a, b)) is not None:
        named = list(people.within(closing.start("name"), closing.end("name")))
        if named and named[-1].end_char == closing.end("name"):
            return named[-1]
    return None


def _spoken_of(text: str, speaker: Span, start: int, inside_quote: Iterable[Span]) -> bool:
    """Does the quote (its words from `start`) speak of its speaker as someone else ("I knew that
    Mare is strong", "Kenenisa has shown the world", "she's going to do a Hassan")? Then the one
    found is not its speaker. A name called to ("Faith, relax"), a name made a word of a noun ("dat
    a di Bailey way") or in others' words the speaker reports ("people said Kenenisa is finished")
    is no such mention."""
    def reported(p: Span) -> bool:  # in words the speaker heard, read or was told: "People write Ingebrigtsen is arrogant",
        # "Sifan is crazy, my coach always says"
        own = text[start : p.start_char]
        sentence_start = max(own.rfind(". "), own.rfind("! "), own.rfind("? "), 0)
        rest = text[p.end_char : sentence_end(text, p.end_char)]
        return bool(P.REPORTING_VERB.search(own, sentence_start) or P.REPORTING_VERB.search(rest))

    mentions = [p for p in inside_quote if p.label_ == speaker.label_]
    if any(P.CALLED_TO_AFTER.match(text, p.end_char) for p in mentions):
        return False  # "The crowd were shouting Mo, Mo, Mo and it gave me wings"
    return any(not reported(p) and not P.NAME_AS_WORD_BEFORE.search(text, max(0, p.start_char - 8), p.start_char)
               and not (P.THE_BEFORE.search(text, max(0, p.start_char - 8), p.start_char) and P.LOWER_WORD_AFTER.match(text, p.end_char))
               for p in mentions)



def _clause_subject(text: str, people, sent_start: int, open_at: int, *, possessive: bool = True) -> Span | None:
    """The subject of the clause a quote opens in ("Torrie Lewis won the 100m, and broadcaster Bruce
    McAvaney described the night as "special for this city""), else of its sentence: the first person
    named before the quote who is no object (nor, unless `possessive`, an owner: "Kerr's coach said"); what a
    bracket holds is an aside ("Paula (who holds ..., and whose 2:17:42 was the record before Keitany): "..."")."""
    asides = [m.span() for m in P.BRACKETED.finditer(text, sent_start, open_at)]
    clause = max([sent_start] + [m.end() for m in P.LATER_CLAUSE_OPENING.finditer(text, sent_start, open_at) if not inside(m.start(), asides)])
    for start in dict.fromkeys((clause, sent_start)):
        named = people.within(start, open_at)
        for p, q in zip(named, named[1:] + [None]):
            if q is not None and P.OWNER_ROLE_GAP.fullmatch(text, p.end_char, q.start_char):
                continue  # "He Jie coach Feng Shuyong say, ...": the coach speaks
            if p.end_char <= open_at and not inside(p.start_char, asides) and not is_object(text, p, start) and (possessive or not p._.possessive):
                return p
    return None


def _past_opening_phrase(text: str, sent_start: int, open_at: int) -> int:
    """Where the main clause of a sentence opening with a participle phrase begins: "Speaking to
    presenter Jason Mohammad afterwards, Gourley said": who the phrase names is not the subject."""
    lead = P.SPEAKING_TO_OPENING.match(text, sent_start, open_at)
    return lead.end() if lead else sent_start


def _attributed(text: str, m: Marked, sents: Bounds) -> bool:
    """Does the quote's sentence say, after it, that someone said it ('," a meeting official said')?
    Then it is that someone's, named or not, and no one's from the sentences around."""
    return m.close_at is not None and bool(P.SPEECH_VERB.search(text, m.close_at, sents.of(m.close_at)[1]))


def _named(who: Span | None) -> tuple[Span | None, str | None]:
    return (who, who.text) if who is not None else (None, None)


QA_QUESTIONS = 2  # questions, each a paragraph of its own answered by the next, that make a text a Q&A


def _questions_answered(text: str, paras: Bounds, in_paragraphs: list[list[Marked]]) -> set[int]:
    """The paragraphs of a Q&A that are its questions: a paragraph with no quote of its own that
    ends with a question mark, or one set in bold as a magazine sets its questions, quoting or not, asking or spoken to the
    interviewee ("**Walk us through the final. You were at the front very early.**"; not a bold name or heading), the next
    one opening with a quote (its answer); none unless the text has at least `QA_QUESTIONS` of them (one rhetorical question
    is no interview), and then its other bold prompts too ("**On the world record in Eugene.**") but a label ending in a
    colon."""
    def answered(pi: int) -> bool:
        return bool(answer := in_paragraphs[pi + 1]) and answer[0].open_at == paras.ranges[pi + 1][0]

    bold = {pi for pi, (a, b) in enumerate(paras.ranges[:-1]) if P.BOLD_PARAGRAPH.fullmatch(text, a, b) and answered(pi)}
    asked = {pi for pi in bold if P.BOLD_QUESTION.fullmatch(text, *paras.ranges[pi])} | {
        pi for pi, (a, b) in enumerate(paras.ranges[:-1]) if not in_paragraphs[pi] and text[a:b].rstrip().endswith("?") and answered(pi)}
    if len(asked) < QA_QUESTIONS:
        return set()
    # a clear Q&A: its other bold prompts too ("**On the world record in Eugene.**"), not a label ("**Hassan on her race:**")
    return asked | {pi for pi in bold if not P.BOLD_LABEL.fullmatch(text, *paras.ranges[pi])}


def interviewee(doc: Doc, questions: Sequence[tuple[int, int]] = (), *, others: bool = False) -> Span | None:
    """The athlete a Q&A interviews: the one the text, outside quotes and its `questions`, is
    clearly about, or the first one it names as no object if no one is named more often; with
    `others`, a person other than an athlete its headline names first (a coach's interview)."""
    text = text_of(doc)
    headline_end = text.find("\n")
    if others and headline_end > 0 and (person := next((p for p in spans_of(doc, "people") if p.start_char < headline_end), None)) is not None \
            and not any(m.start_char < person.start_char for m in spans_of(doc, "athletes")):
        return person  # "Q&A: Mark Rowland, coach of Laura Muir": a coach's interview
    mentions = [m for m in spans_of(doc, "athletes") if not m._.quoted and not inside(m.start_char, questions)]
    if (who := protagonist_of(mentions)) is not None or not mentions:
        return who
    counts = Counter(m.label_ for m in mentions)
    subjects = [m for m in mentions if not is_object(text, m, text.rfind("\n", 0, m.start_char) + 1)]
    first = (subjects or mentions)[0].label_  # (not "After beating Jakob Ingebrigtsen, Josh Kerr sits down with us")
    return next(m for m in reversed(mentions) if m.label_ == first) if counts[first] == max(counts.values()) else None


def _narrator_said(text: str, m: Marked, sents: Bounds) -> bool:
    """Does the quote's own sentence give it to the one who says "I": 'I kept saying "easy, easy"', '"Go," I shouted'?"""
    sa, sb = sents.of(m.open_at)
    return P.NARRATOR_SAID_BEFORE.search(text, sa, m.open_at) is not None or (
        m.close_at is not None and P.NARRATOR_SAID_AFTER.match(text, m.close_at + 1, sb) is not None)


def _pronoun_said(text: str, start: int, stop: int, quote_start: int) -> re.Match[str] | None:
    """'," he said' / '" she added' (or, translated, '," laughed he') after a closing mark at `start`: the pronoun and its
    verb. Not '"We did it," they said': a group's words, no one speaker's ("they" of one person speaks in the first person
    singular: '"I was tired," they said')."""
    pron = P.PRONOUN_SAID_AFTER.match(text, start, stop) or P.PRONOUN_AFTER_SAID.match(text, start, stop)
    if pron and pron.group("pron").lower() == "they" and not P.FIRST_PERSON_SINGULAR.search(text, quote_start, start):
        return None
    return pron


def _surname_he(people, before: int) -> Span | None:
    """The last person named before `before` whose name opens with the Chinese surname He ("He Jie")."""
    return next((p for p in reversed(people.within(0, before)) if p.text.split()[0] == "He" and len(p.text.split()) > 1), None)


def _owner_of_words(text: str, at: int, stop: int, people) -> Span | None:
    """The person a sentence opening at `at` says the words before were of: "That was
    Walcott-Nolan's verdict on ...", "Those were the words of Josh Kerr"."""
    owned = P.OWNED_WORDS_OPENING.match(text, at)
    owner = next(iter(people.within(owned.end(), stop)), None) if owned else None
    if owner is None:
        return None
    if owner._.possessive:
        fits = owner.start_char == owned.end() and P.OWNED_WORDS_AFTER_OWNER.match(text, owner.end_char + 2)  # past "'s"
    else:
        fits = P.OWNED_WORDS_OF.fullmatch(text, owned.end(), owner.start_char)
    return owner if fits else None


def previous_person(
    doc: Doc, char: int, paras: Bounds, pronoun: str, recent: tuple[Span, int] | None = None, *, continuing: bool = False
) -> Span | None:
    """The person a pronoun before a quote stands for: the last subject, athlete or not
    ("His coach, Leif Olav Alnes, was more cautious. “...,” he said"); the speaker of the last
    quote when nobody has been named since, outside quotes, in the paragraph or the one before
    ("« ... », declared the new champion. Then she added: « ... »"); when the verb goes on from it
    (`continuing`: '," he added'), past anyone named since who opens no sentence ('," said Kandie,
    whose record stood until Jacob Kiplimo ran faster. "...," he added') or is of the other sex."""
    sex = P.PRONOUN_SEX.get(pronoun.lower())
    told = memo(doc).setdefault(TOLD_SEX_KEY, {})  # the sex the pronouns of earlier quotes gave their speakers
    found = _previous_person(doc, char, paras, sex, told, recent, continuing)
    if found is not None and sex is not None and not found._.sex and not any(a.label_ == found.label_ for a in spans_of(doc, "athletes")):
        told.setdefault(found.label_, sex)  # '"I've coached college kids," he says': the coach Halvorsen is no later "she"
    return found  # (an athlete's sex is not learnt so: a quote given to the wrong one would carry the error on)


TOLD_SEX_KEY = "quote_speaker_sex"


def _previous_person(doc: Doc, char: int, paras: Bounds, sex: str | None, told: dict[str, str],
                     recent: tuple[Span, int] | None, continuing: bool) -> Span | None:
    if recent is not None and paras.index(recent[1]) >= paras.index(char) - 1 and not (sex and _sex_of(recent[0], "", told) not in (None, sex)):
        named = [m for m in (*between(doc, "athletes", recent[1], char), *between(doc, "people", recent[1], char)) if not m._.quoted]
        if continuing:  # only a sentence opened by someone else stops it ('Yared smiled ... "...," he added', 'His coach, Leif Moreau, was ...')
            sents, text = sentences(doc), text_of(doc)
            named = [
                m for m in named
                if (opening := P.SUBJECT_OPENING.fullmatch(text[sents.of(m.start_char)[0] : m.start_char].strip())) is not None
                and (sex is None or _sex_of(m, opening.group(), told) in (None, sex))  # 'Her father, Giuliano, watched. "...," she added'
            ]
        if not named:
            return recent[0]
    if sex is not None and (opened := _description_opened_before(doc, char, paras, sex)) is not None:
        return opened
    other_sex = frozenset(label for label, said in told.items() if sex and said != sex)
    athlete = previous_athlete(doc, char, paras, sex=sex, protagonist=True, exclude=other_sex)
    subordinated = athlete is not None and P.SUBORDINATOR_BEFORE.search(text_of(doc)[max(0, athlete.start_char - 10) : athlete.start_char])
    # "as Jake crossed the line": a person in the main clause of its sentence comes first, else one named in full before it
    # ("Meet director Ray Flynn was watching. As Nuguse crossed the line, Flynn checked the clock"; not a word taken for a
    # name: "Wellesley was as loud as ever. The tunnel ..., although Maggie said afterwards")
    athlete_end = sentences(doc).of(athlete.start_char)[0] - 1 if subordinated else athlete.end_char if athlete is not None else 0
    first_para = paras.ranges[max(0, paras.index(char) - 1)][0]
    text = text_of(doc)

    def subjects(start: int) -> list[Span]:
        return [
            p for p in between(doc, "people", start, char) if p.end_char <= char and p.start_char >= first_para and _is_subject(text, p)
            and (sex is None or _sex_of(p, text[max(0, p.start_char - 30) : p.start_char], told) in (None, sex))  # not "her father Giuliano" for "she"
        ]

    people = subjects(athlete_end + 1) or ([p for p in subjects(0) if " " in p.text] if subordinated else [])
    return people[-1] if people else athlete


def _description_opened_before(doc: Doc, char: int, paras: Bounds, sex: str) -> Span | None:
    """The runner a description opening the sentence right before the quote's stands for, that sentence naming no one ("Tesfaje
    and Jepchirchir ran through the half together. The Ethiopian made a gap on the hill. "...," she added": Tesfaje)."""
    sents, text = sentences(doc), text_of(doc)
    a = sents.of(char)[0]
    if a == 0:
        return None
    pa, pb = sents.of(a - 1)
    if paras.index(pa) != paras.index(char) or between(doc, "athletes", pa, pb) or between(doc, "people", pa, pb):
        return None
    desc = P.ANAPHOR_SUBJECT.match(text[pa:pb])
    if desc is None or not P.LOWER_WORD_AFTER.match(text, pa + desc.end()) or not P.PRONOUN_OF_SEX[sex].search(text, pa + desc.end(), pb):
        return None  # (a person who does something, the quote's pronoun said of them in that sentence: "The Ethiopian made a gap
        # ... on the end she was 43 seconds faster"; not a thing, "The Ethiopian record of 2:11:53 was never under threat")
    who = _described(doc, pa, paras, desc.group("desc"))
    return who if who is not None and who._.sex in (None, sex) else None


def _sex_of(person: Span, opening: str, told: dict[str, str]) -> str | None:
    """A person's sex: as the registry or the text says, or the pronoun of a quote of theirs (`told`), else
    as the role before the name says ("Her father and coach, Giuliano Battocletti,")."""
    if person._.sex or person.label_ in told:
        return person._.sex or told[person.label_]
    roles = {P.ROLE_SEX[w] for w in re.findall(r"[a-z]+", opening.lower()) if w in P.ROLE_SEX}
    return roles.pop() if len(roles) == 1 else None


def _described(doc: Doc, char: int, paras: Bounds, desc: str) -> Span | None:
    """The person a description before a quote stands for: the athlete it fits (`described`); but for a
    country no athlete before is known to be from, a person named after that athlete, subject of their
    sentence ('Her trainer Laurent Meuwly was also positive. "...," said the Swiss': the trainer, not
    the athlete of no known country named before him), unless that athlete won."""
    who = described(doc, char, paras, desc)
    country = description_country(desc)
    if country is None or (who is not None and (who._.nationality == country or any(w.label_ == who.label_ for w in race_winners(doc)))):
        return who  # (a winner the one spoken of, not the manager named after her: "Tsehay Gemechu won ... Her manager ... was
        # delighted. "...," said the Ethiopian")
    start = who.end_char if who is not None else paras.ranges[max(0, paras.index(char) - 1)][0]
    text = text_of(doc)
    people = [p for p in between(doc, "people", start, char) if p.end_char <= char and not p._.quoted and _is_subject(text, p)]
    return people[-1] if people else who


def _runner_s_own(text: str, at: int) -> bool:
    """Are the words after an age at `at` a runner's own job or family ("the 31-year-old civil servant", "the 29-year-old nurse",
    "the 34-year-old mother of two"), not another's role ("the 45-year-old race director", "the 70-year-old spectator") or kin
    ("the 61-year-old father of Tom Bell", "the 58-year-old stepfather of the winner")?"""
    if (kin := P.AGE_KIN.match(text, at)) is not None:
        return kin.group("children") is not None
    role = P.AGE_ROLE.match(text, at)
    return role is None or P.RUNNER_DAY_JOB.fullmatch(role.group("role").lower()) is not None


def _aged(doc: Doc, char: int, paras: Bounds, desc: str) -> Span | None:
    """The runner an age describes ("the 31-year-old civil servant"): the one the text gives that age ("Laura Neri, 29,", "the
    29-year-old Laura Neri"), else the one the description stands for, unless the text gives them another age."""
    text, age = text_of(doc), re.search(r"\d+", desc)
    stated = {}
    for m in between(doc, "athletes", 0, char):
        if (said := P.AGE_AFTER_NAME.match(text, m.end_char) or P.AGE_BEFORE_NAME.search(text, max(0, m.start_char - 16), m.start_char)):
            stated[m.label_] = (said.group("age"), m)
    if age is not None and (same := [m for a, m in stated.values() if a == age.group()]):
        return same[-1]
    who = _described(doc, char, paras, desc)
    return None if who is not None and who.label_ in stated else who


def _is_subject(text: str, p: Span) -> bool:
    """A person who does something in the sentence ("Alnes was more cautious", "His coach, Alnes,")
    rather than one something is done to ("Kerr listens to Kendrick")."""
    after = text[p.end_char : p.end_char + 140]
    if (club := P.OF_AFFILIATION_AFTER.match(after)) is not None:
        after = after[club.end() :]  # "His coach, Dave Lindquist of Twin Cities Track Club, was": read past the club
    before = text[max(0, p.start_char - 3) : p.start_char]
    appositive = re.match(r",[^,.;]{1,100},", after)  # "Hugh Brasher, the event director, said"
    return bool(
        P.PERSON_VERB_AFTER.match(after)
        or P.RELATIVE_THEN_SAID_AFTER.match(after)  # "Mark Wetmore, who coaches Hiltz in Boulder, Colorado, said"
        or P.ACCORDING_TO_BEFORE.search(text, max(0, p.start_char - 40), p.start_char)  # "According to his coach, Desmond Pryce,"
        or P.VIEWPOINT_BEFORE.search(text, max(0, p.start_char - 90), p.start_char)  # "For the president, André Giraud, the"
        or (appositive and re.match(r",\s+(?:somehow\s+|[a-z]+ly\s+)?(?!and\b|or\b|the\b|a\b|an\b|in\b|at\b|of\b)[a-z]{2,}\b", after[appositive.end() - 1 :]))
        # "His coach, Alnes, said": set off by commas and followed by its verb ("her daughter, Alyn, in 2018" is not)
        or (before.endswith(", ") and bool(P.APPOSITION_VERB_AFTER.match(after)))
    )


set_extension(Span, "speaker")
set_extension(Span, "speaker_name")
set_extension(Span, "partial", False)
set_extension(Span, "quoted", False)


@Language.factory("athletics_quotes")
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()
