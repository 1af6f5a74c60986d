"""Results: a time in the race, with its athlete, place, tags and race; and the times of other races.

Reads: `doc.spans["times"]`, `doc.spans["splits"]`, `doc.spans["athletes"]`, race scopes.
Writes `doc.spans["results"]`: label "result" (this race) or "other" (an old record, an earlier
season's mark), with `span._.athlete` (mention), `span._.place`, `span._.place_inferred`,
`span._.tags`, `span._.race` (`RaceInfo`), `span._.context` ("record"/"earlier" for other times),
`span._.seconds`, `span._.clock` and `span._.antecedent` (the time span an anaphor such as
"matched that time" refers to).

Places the text leaves out are inferred only where the known places of a race leave exactly
one way to fill a gap (2nd between a 1st and a 3rd, or the two times ahead of a 3rd), and
marked `place_inferred`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache
from typing import NamedTuple, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import patterns as P
from ..races import event_distance
from ..registry import fold
from .attach import adjacent_gap, is_object, previous_athlete, race_winners, subject_for
from .base import (
    Bounds, between, block_heading, count_between, covering, char_span, inside, last_match, memo, paragraphs, require, sentences,
    set_extension, spans_of,
    line_above_rows, starting_at, text_of, write_spans,
)
from .context import (
    RaceInfo, cue_sex, dotted_minutes, event_named_after_mark, fill_sex, find_events, fits_event, on_the_road_dotted, race_at,
    road_event, titles_meeting, to_come, too_fast,
)
from .quotes import interviewee, marked_paragraphs
from .splits import MAX_LAP_S, course_stretch, feature_reached
from .times import PLAN_REACH, named_standard, number

START_LIST_REACH = 300  # characters before a results line searched for a start list's words
STRETCH_REACH = 110  # characters before a time searched for a stretch told by its length ("the 14.6-mile stretch from ... in")
AIMER_REACH = 40  # characters before a target's cue searched for whose it is
HOLDER_REACH = 40  # characters after "belongs to" within which a record's holder is named
HOURS_TARGET_MIN_M = 20_000.0  # a race at least this long takes a target written "1:40" in hours and minutes
OTHER_WINDOW = 60  # characters before a time searched for "old mark of"
OWNED_WINDOW = 100  # ... and for someone's record with its event and a "set in" aside ("Bekele's ... record over 5000m, set in Hengelo in 2004, is")
PAIR_REACH = 200  # characters before a pair of times searched for the two rivals they are of
BESTS_LIST_REACH = 120  # characters before a time searched for a list of bests it opens ("Her best marks tell ...: 4:11.6 for 1500m")
PAIR_WORD_REACH = 12  # characters before a time searched for the word pairing it with the time before ("31:18.62 against 31:20.05")
RELAY_REACH = 600  # characters before a sentence of legs searched for the relay it is of
HOLDER_OPENING_REACH = 80  # characters after an old record's sentence within which "That mark belonged to X" names X
SETTER_REACH = 60  # characters after "set by", "which" within which an old mark's setter is named
LIST_LINE_MAX = 100  # characters of a line of a list ("Hagos Gebrhiwet (ETH) 12:36.73")
LEAD_CUE_REACH = 90  # characters of a sentence's opening where a cue dates all of it ("A year ago, ...", "In Tokyo in 2021, ...")
LIST_LINES_MAX = 30  # lines looked through for the header of a list
HEADING_MAX = 60  # characters of a heading line over a list ("KEY ENTRIES (PB / SB)")
SAME_TIME_REACH = 60  # characters from "the same time as" to the rival's name
EMPHASIS = "*_"  # markdown's emphasis marks around a time: "**27:39.4**"


def fact_window(doc: Doc, t: Span, who: Span | None, sents: Bounds) -> tuple[int, int]:
    """The stretch of the sentence that speaks of this time and its athlete."""
    text = text_of(doc)
    a, b = sents.of(t.start_char)
    a, b = max(a, t.start_char - 400), min(b, t.end_char + 400)  # the neighbourhood, in an endless sentence too
    times = [x for x in between(doc, "times", a, b) if x != t]
    others = [m for m in between(doc, "athletes", a, b) if who is None or m.label_ != who.label_]
    anchor = who.start_char if who is not None and who.start_char < t.start_char else t.start_char
    relative = who is not None and who.end_char <= t.start_char and P.RELATIVE_AFTER.match(text[who.end_char : t.start_char])
    if relative:
        anchor = who.end_char + relative.start()  # "behind Masai Russell, who won in 12.40": from "who" on
    time_before = max([x.end_char for x in times if x.end_char <= anchor], default=None)
    w0 = max([a] + [x.end_char for x in times if x.end_char <= anchor] + [m.end_char for m in others if m.end_char <= anchor])
    # a time of the same runner between the name and this one takes what is said before it: "was 6th in 15:40.12 and
    # then had the nerve to run Winchester parkrun in 16:58" (the parkrun is no sixth place)
    w0 = max([w0] + [x.end_char for x in times if anchor <= x.start_char and x.end_char <= t.start_char])
    if relative:
        w0 = max(w0, anchor)  # "Abdi won ... before Tschebet, who came in with the same time": not Tschebet's "won"
    elif who is not None and anchor == who.start_char and (wp := P.WITH_PHRASE_BEFORE.search(text, w0, anchor)) is not None:
        w0 = wp.start()  # "to win by five seconds, with Kandie clocking 58:54": not Kandie's "win"
    elif who is not None and anchor == who.start_char and (cl := P.CLAUSE_OPENING_BEFORE.search(text, w0, anchor)) is not None:
        w0 = cl.start()  # "settle for second as the Netherlands' Sifan Hassan stormed to victory in": not Hassan's second
    # "9.88 in seventh and Oblique Seville ...": a place right after the time before belongs to it
    if w0 == time_before and (tail := P.PLACE_ORDINAL.match(text[w0 : min(anchor, w0 + 20)].lstrip(" ,"))) is not None:
        w0 += len(text[w0:anchor]) - len(text[w0:anchor].lstrip(" ,")) + tail.end()
    w1 = min([b] + [x.start_char for x in times if x.start_char >= t.end_char] + [m.start_char for m in others if m.start_char >= t.end_char])
    return w0, w1


HOME_RANKS_REACH = 160  # characters back a list of ranks among the home runners may have opened in the sentence


def place_in(text: str, w0: int, w1: int, t: Span, who: Span | None = None, asides: Sequence[tuple[int, int]] = ()) -> int | None:
    """The place the window gives: an ordinal between the name and its time ("Alemu fourth in"),
    a results-line place ("– 1st,"), else the ordinal nearest the time, else a word ("won"); none
    said in an aside (", who won silver at last summer's World Championships,"), nor in a list of ranks among the home runners
    ("Second in domestic part was Lee Jun-seok ..., and Shim Jong-sub was third in 2:14:48")."""
    if P.HOME_RANKS_OPENING_BEFORE.search(text, max(0, t.start_char - HOME_RANKS_REACH), t.start_char):
        return None
    if who is not None and who.end_char <= t.start_char and t.start_char - who.end_char <= 80:
        _, gap = adjacent_gap(text, who.end_char, t.start_char)
        if gap and gap.group("ord"):
            return P.ORDINALS[gap.group("ord").split()[0].strip(",").lower()]
        bullet = P.BULLET_PLACE.match(text, who.end_char, t.start_char) or P.BULLET_PLACE.match(text, who.end_char + 1, t.start_char)
        if bullet:
            return P.ORDINALS[bullet.group("ord").lower()]
    if who is not None and who.end_char <= t.start_char \
            and (taken := P.PLACE_TAKEN_BY_BEFORE.search(text, max(0, who.start_char - 80), who.start_char)) is not None:
        return P.ORDINALS[taken.group("ord").lower()]  # "the third place was taken by Kenyan Nicholas Rotich in 2:09:40"
    if who is not None and who.end_char <= t.start_char and (P.WON_BY_BEFORE.search(text, max(0, who.start_char - 40), who.start_char)
                                                             or P.WON_BY_PAIR_BEFORE.search(text, max(0, who.start_char - 120), who.start_char)
                                                             or P.VICTORY_BY_BEFORE.search(text, max(0, who.start_char - 90), who.start_char)):
        return 1  # "finished third in the 60m, won by Jamaica's Ackeem Blake in 6.53": not the third; "won by Sam Whitfield in
        # 2:21:47 and Christchurch's Hannah Ruawai in 2:43:30": both
    if P.WIN_RIGHT_BEFORE.search(text, max(w0, t.start_char - 30), t.start_char):
        return 1  # "went past Cole Hocker in the last five metres to win in 3:36.54"
    if (overall := P.OVERALL_BRACKET_AFTER.match(text, t.end_char)) is not None:
        return P.ORDINALS[overall.group("ord").lower()]  # "took bronze in 2:22:05 (15. place overall)": the field's place
    if medal := P.MEDAL_RIGHT_BEFORE.search(text, max(w0, t.start_char - 40), t.start_char):
        return P.MEDAL_PLACES[medal.group("medal").lower()]  # "... was the second Australian home and Batt-Doyle took bronze in"
    if who is not None and who.end_char <= t.start_char \
            and (held := P.PLACE_HELD_BY_BEFORE.search(text, max(0, who.start_char - 60), who.start_char)) is not None \
            and P.NO_VERB_TO_TIME.fullmatch(text, who.end_char, t.start_char):  # (the cheap test first: the gap's is slow on blanks)
        return P.ORDINALS[held.group("ord").lower()]  # "the third position was occupied by Asmar Hadi with 2:31:02"
    if who is not None and (inverted := P.INVERTED_PLACE_BEFORE.search(text, max(0, who.start_char - 60), who.start_char)
                            or P.INVERTED_PLACE_BARE.search(text, max(0, who.start_char - 60), who.start_char)) \
            and not (who.end_char <= t.start_char and inverted.groupdict().get("aside")
                     and not P.NO_VERB_TO_TIME.fullmatch(text, who.end_char, t.start_char)):
        return place_of(inverted)  # "on rank three ran Amanal Petros in 2:06:27", "Second became the Ethiopian Haftu Teklu"
    if (right := P.ORDINAL_RIGHT_BEFORE.search(text, max(w0, t.start_char - 40), t.start_char)) is not None:
        return P.ORDINALS[right.group("ord").lower()]  # "with the Moroccan second in 8:05.12"
    if (opening := P.ORDINAL_OPENING_BRACKET_BEFORE.search(text, max(w0, t.start_char - 30), t.start_char)) is not None:
        return P.ORDINALS[opening.group("ord").lower()]  # "Ruben Verheyden (7th in heat 1, 3:39.40)"
    # an ordinal set off by commas after the name, when nothing before says a place and its aside says no past: "Mutiso,
    # second, also achieved a great mark with 2:03:29" (not "Assefa, first, in 2023 and 2024, ran 2:15:10 for second")
    if who is not None and who.end_char <= t.start_char and t.start_char - who.end_char <= 80 \
            and (set_off := P.ORDINAL_APPOSITION_AFTER.match(text, who.end_char, t.start_char)) is not None \
            and not P.APPOSITION_PAST.search(text, set_off.end(), t.start_char) and not P.PLACE_ORDINAL.search(text, t.end_char, w1):
        return P.ORDINALS[set_off.group("ord").lower()]
    if (said := P.NUMBER_PLACE_BEFORE.search(text, max(w0, t.start_char - 40), t.start_char)) is not None:
        return number(said.group("n") or said.group("n2"))  # "came in as number eleven on 13.07,66", "has finished on the place 6
        # with 1:05:42" (translated)
    if (section := P.SECTION_PLACE_BEFORE.search(text, max(w0, t.start_char - 40), t.start_char) or P.SECTION_PLACE_AFTER.match(text, t.end_char)):
        return 1 if section.group("prize") else int(section.group("n"))  # "took the section prize with 23:12", "was section 3rd
        # place at 23:21" (an ekiden's stage, translated)
    if (after := P.ORDINAL_AFTER_BRACKET.match(text, t.end_char)) is not None:
        return P.ORDINALS[after.group("ord").lower()]  # "Habz (3:48.30) sixth"
    if text[t.start_char - 1 : t.start_char] == "(" and (bracket := P.ORDINAL_CLOSING_BRACKET.match(text, t.end_char)) is not None:
        return P.ORDINALS[bracket.group("ord").lower()]  # "Tom Gatley (34:55, 9th)"
    if (bracket := P.ORDINAL_OPENING_BRACKET.match(text, t.end_char)) is not None:
        return P.ORDINALS[bracket.group("ord").lower()]  # "Luis Ocampo 3:58.12 (11th)"
    if (dashed := P.ORDINAL_AFTER_DASH.match(text, t.end_char)) is not None:
        return P.ORDINALS[dashed.group("ord").lower()]  # "Benson Kipruto (KEN) 2:04:02 -- 2nd, defending champ"
    if (rank := P.RANK_AFTER_TIME.match(text, t.end_char)) is not None:
        return number(rank.group("n"))  # "ran in 2:29:03 hrs. to rank nine" (German translated: "auf Rang neun"), "directly to
        # 2:27:31 hours and place seven"
    if (which := P.WHICH_PLACES_AFTER_TIME.match(text, t.end_char)) is not None:
        return P.ORDINALS[which.group("ord").lower()]  # "he ran 55:38, which puts him 41st overall"
    if (as_ord := P.AS_ORDINAL_AFTER_TIME.match(text, t.end_char)) is not None:
        return P.ORDINALS[as_ord.group("ord").lower()]  # "Chebet came after 2:22:40 hours as second" (translated)
    if P.VERB_IN_BEFORE.search(text, max(0, t.start_char - 20), t.start_char) and (late := P.ORDINAL_AFTER_TIME.match(text, t.end_char)):
        return P.ORDINALS[late.group("ord").lower()]  # "Chepkirui became in 2:17:49 hours second" (translated)
    if who is not None and P.NAME_TIME_GAP.fullmatch(text, who.end_char, t.start_char) \
            and (late := P.NAMED_TIME_ORDINAL_AFTER.match(text, t.end_char)) is not None:
        return P.ORDINALS[late.group("ord").lower()]  # "Kiptanui 2:12:20 second, Da Wei Mekonan 2:13:05 third" (translated)

    ordinals = [  # "sat in second behind the pacemaker", "was sixth with 150 to go" are positions during the race ("settled for sixth" is none)
        m for m in P.PLACE_ORDINAL.finditer(text, w0, w1)
        if not inside(m.start(), asides) and (m.group().lower().startswith("for ") or not P.POSITION_VERB_BEFORE.search(text[max(0, m.start() - 25) : m.start()]))
        and not P.POSITION_AFTER.match(text, m.end())
        and not (m.end() <= t.start_char and P.BEHIND_A_WINNER_AFTER.match(text, m.end(), t.start_char))  # (not the winner's)
        and not P.BEHIND_ON_A_LIST_AFTER.match(text, m.end())  # ("second behind Ingebrigtsen on the world list")
        # (a place set off right after the time before, before this time's runner: "Darren Lister in 40:58, 27th overall, and
        # first V50 Phil Robshaw in 43:10" is Lister's; not "First Harrier home, and 4th overall out of 587, was Tom Brierley")
        and not (m.group("ord6") and who is not None and m.end() <= who.start_char and text[m.start() - 1 : m.start()].isdigit())
        # (nor a mixed field's overall place after a rank within one sex: "was the fastest woman in 1:10:44, 23rd overall.", nor a
        # series' standing: "in round four of the series, second overall")
        and not (m.group("ord6") and P.OVERALL_AFTER.match(text, m.end()) and P.SUBFIELD_RANK.search(text, w0, m.start()))
        and not _of_inverted_name(text, m, who)  # "on rank three ran Amanal Petros": Petros's third, not this time's
        and not (m.group("ord2") and P.HOME_RANKS_LISTED_BEFORE.search(text, max(0, m.start() - HOME_RANKS_REACH), m.start()))  # (a rank among the home runners
        # listed on: "The domestic 2nd place was Lee Jun-ho with 2:12:15, and 3rd place Kim Hong-rok 2:13:02")
        # nor the place of the one who finished behind the time's runner: "finished second behind the American Masai Russell (12.31)",
        # "third behind the Saint Lucian Julien Alfred, winner in 10"89"
        # (not "In second, a stride behind, was Masai Russell", "third behind the Kenyan pair, Ejgayehu Taye ran")
        and not (who is not None and m.end() <= who.start_char and P.BEHIND_NAME_BEFORE.search(text, m.end(), who.start_char)
                 and (P.BRACKET_OPENING.match(text, who.end_char) or P.WINNER_APPOSITION.match(text, who.end_char)))
    ]
    if ordinals and all(P.OVERALL_AFTER.match(text, m.end()) for m in ordinals) and any(
            w.group("p1") and not inside(w.start(), asides) for w in P.PLACE_WORD.finditer(text, w0, w1)):
        return 1  # "took the women's race in 16:48 and was 19th overall": the race of her sex won, the mixed field's place aside
    if ordinals:
        m = min(ordinals, key=lambda m: abs(m.start() - t.start_char))
        return place_of(m)
    # "won in" right before the next time is that time's: "clocked 3:34.62, in a final won in 3:31.08 by ..."
    # (not a win said before the name of one beaten: "clocked 28:14.66 to claim the title, pulling clear of veteran David
    # McNeill (28:20.41)")
    beaten = who is not None and w0 <= who.start_char < t.start_char and is_object(text, who, w0)
    bracket = who is not None and who.end_char <= t.start_char and (
        P.CLUB_IN_GAP.match(text, who.end_char, t.start_char) or P.CLUB_OPEN_IN_GAP.match(text, who.end_char, t.start_char))
    club = bracket.span() if bracket else (0, 0)
    own_clause = (who is not None and w0 < who.start_char < t.start_char  # ", Kipsang crossing in 28:23.10"
                  and text[max(w0, who.start_char - 3) : who.start_char].rstrip().endswith(",")
                  and P.ABSOLUTE_CLAUSE_TO_TIME.fullmatch(text, who.end_char, t.start_char) is not None)
    words = [
        m for m in P.PLACE_WORD.finditer(text, w0, w1)
        if not inside(m.start(), asides) and (w1 <= t.end_char or not P.PLACE_WORD_OF_NEXT_TIME.fullmatch(text[m.end() : w1]))
        and not ((beaten or own_clause) and m.group("p1") and m.start() < who.start_char)
        and not club[0] <= m.start() < club[1]  # a club's name: "Pietro Riva (Gold Flames, 13:42.30)" (translated)
    ]
    for group, place in (("p2", 2), ("p3", 3), ("p1", 1)):
        if any(m.group(group) for m in words):
            return place
    return None


def bracketed_runner(doc: Doc, t: Span) -> Span | None:
    """"were won in 14:36.79 (Hassan, Tokyo 2021) and 14:46.29 (Tsegay, Eugene 2022)": the athlete a
    bracket right after the time opens with ran it."""
    text = text_of(doc)
    if (opening := P.BRACKET_OPENING.match(text, t.end_char)) is None:
        return None
    named = starting_at(doc, "athletes", opening.end())
    return named if named is not None and P.BRACKET_NAME_END.match(text, named.end_char) else None


def relay_said(text: str, a: int, b: int) -> bool:
    """Does text[a:b] name a relay ("the 4x400", "the relay"), not a meeting named for its relays ("at the Texas Relays",
    "from the Oregon Relays"), unless a relay of that meeting is told ("led the American quartet to victory at the World
    Relays")?"""
    meetings = [m.span() for m in P.RELAY_MEETING.finditer(text, max(0, a - RELAY_MEETING_REACH), b)]
    said = list(P.RELAY.finditer(text, a, b))
    if any(not any(s <= m.start() < e for s, e in meetings) for m in said):
        return True
    return bool(said) and P.RELAY_AT_RELAYS.search(text, a, b) is not None


RELAY_MEETING_REACH = 40  # characters before a stretch a meeting's name may open in, its "Relays" inside the stretch


def paired_runner(doc: Doc, t: Span, sent_start: int, paras: Bounds) -> Span | None:
    """"Almgren edging Aregawi for bronze, 27:59.70 to 28:00.12": two times paired as two rivals named
    before them take them in order (the first time the first's, the second the second's); the second
    is the rival's named right after the pair ("held on, 1:41.19 to 1:41.20, from a fast-finishing Marco
    Arop"), or the one a pronoun beaten stands for ("Messaoudi looked in control, but Nokes edged him at
    the line, 14:02.11 to 14:02.50")."""
    text = text_of(doc)
    if P.PAIRED_TIME_AFTER.match(text, t.end_char):
        first, which = t.start_char, -2
        second = between(doc, "times", t.end_char, t.end_char + PAIR_WORD_REACH + 2)
        if second and _own_times_compared(text, sent_start, first, second[0].end_char):
            return None
    elif (pair := P.PAIRED_TIME_BEFORE.search(text, max(sent_start, t.start_char - PAIR_WORD_REACH), t.start_char)) is not None:
        earlier = [x for x in between(doc, "times", max(sent_start, pair.start() - 12), pair.start() + 1) if x.end_char == pair.start() + 1]
        if not earlier:
            return None
        first, which = earlier[0].start_char, -1
        if _own_times_compared(text, sent_start, first, t.end_char):
            return None
        if (rival := P.PAIR_RIVAL_AFTER.match(text, t.end_char)) is not None:
            if (named := starting_at(doc, "athletes", rival.end())) is not None:
                return named
    else:
        return None
    start = max(sent_start, first - PAIR_REACH)
    # "..., but Nokes edged him" (not the colon that opens the pair: "has beaten in a sprint El Bakkali: 8'06"44 against 8:07.02")
    stretch = max([start] + [m.end() for m in P.CLAUSE_BREAK.finditer(text, start, first) if text[m.end() : first].strip()])
    named = [m for m in between(doc, "athletes", stretch, first) if m.end_char <= first and not m._.possessive]
    opener = max((c.end() for c in P.LATER_CLAUSE_OPENER.finditer(text, named[0].end_char, first)), default=-1) if named else -1
    last_clause = [m for m in named if m.start_char >= opener]
    if opener >= 0 and last_clause and last_clause[0].start_char == opener and len({m.label_ for m in last_clause}) == 1 \
            and len({m.label_ for m in named}) == 2 and P.WINNING_VERB_AFTER.match(text, last_clause[0].end_char):
        # the two named, then one of them alone in a clause of its own, the pair's first: "Kieran Lumb and Charles
        # Philibert-Thiboutot came off the final turn shoulder to shoulder and Lumb got his chest to the line first, 3:38.41
        # to 3:38.49", "... before Koech dipped first at the line" (its subject, right after the clause's opening word; not
        # "and Kerr edged Ingebrigtsen", both in it, nor "with 250m to go and held off Telahun Haile Bekele", an object)
        other = next(m for m in reversed(named) if m.label_ != last_clause[0].label_)
        return named[-1] if which == -2 else other
    if len(named) == 1 and which == -1 and P.BEATEN_RIVAL_BEFORE.search(text, max(stretch, named[0].start_char - 40), named[0].start_char) \
            and P.BEATEN_RIVAL_GAP.fullmatch(text, named[0].end_char, first):
        return named[0]  # the one beaten, the pair's second: "outsprinted Sheila Chelangat of KDF to win in 31:18.62 against 31:20.05"
    if len(named) == 1 and which == -1 and (beaten := P.BEATEN_PRONOUN.search(text, named[0].end_char, first)) is not None:
        if P.ANAPHOR_SUBJECT.search(text, sent_start, named[0].start_char) \
                and not any(m.label_ != named[0].label_ for m in between(doc, "athletes", sent_start, named[0].start_char)):
            return None  # the pronoun stands for a description before it, no one named in the sentence: "In the 400m, the Grenadian
            # led into the straight, but Michael Norman passed him, 44.12 to 44.50" (not "Niels Laros, the Dutch teenager, led ...;
            # Yared Nuguse caught him")
        return previous_athlete(doc, named[0].start_char, paras, sex=P.PRONOUN_SEX[beaten.group("pron")],
                                exclude=frozenset({named[0].label_}))  # "but Nokes edged him": whom "him" stands for
    return named[which] if len(named) >= 2 else None


def _earlier_day_of_the_meeting(text: str, a: int, b: int) -> bool:
    """Does the sentence from `a` to `b` tell an earlier day of the meeting reported, in the pluperfect: opening with the day,
    naming no place ("in Stockholm", "at the Prefontaine Classic"), no training, every past cue in it a pluperfect verb ("On
    Friday night she had taken the metric mile in 4:12,48")?"""
    return P.WEEKDAY_OPENING.match(text, a) is not None and not P.OTHER_DAY_SAID.search(text, a, b) and all(
        P.PLUPERFECT.match(r.group()) for r in P.PAST_CUE.finditer(text, a, b))


def _own_times_compared(text: str, sent_start: int, first: int, second_end: int) -> bool:
    """Does a pair of times compare a runner's own time with an earlier one of theirs: the second dated after it ("running
    3:30.21 against 3:31.50 in the same race last year", "in 1:41.11 against 1:42.50 in Rome a month ago") or a best improved
    before it ("improved his best by two seconds, 7:22.91 against 7:25.47")?"""
    return (P.EARLIER_RACE_AFTER_PAIR.match(text, second_end) is not None
            or P.IMPROVED_BEFORE_PAIR.search(text, max(sent_start, first - PAIR_REACH), first) is not None)


def respective_runner(doc: Doc, t: Span, sent_start: int, sent_end: int) -> Span | None:
    """"Feilikesi·Ji Erwa and Chalu·De Suo won the second and the third with 2:06:37 and 2:07:02 respectively": times
    listed before "respectively" go, in order, to as many names listed before them; so do times listed right after it,
    to the names before it ("Philimon Kipulimo and Deso Gelemisa respectively with 2 hours 6 minutes 40 seconds and 2
    hours 7 minutes 3 seconds got the second and third")."""
    text = text_of(doc)
    key = ("respectively", sent_start)  # the cues of a sentence found once, not once a time (a results list is one long sentence)
    if (cues := memo(doc).get(key)) is None:
        cues = memo(doc)[key] = [m.start() for m in P.RESPECTIVELY.finditer(text, sent_start, sent_end)]
    if (cue := next((c for c in cues if c >= t.end_char), None)) is not None:
        names = [m for m in between(doc, "athletes", sent_start, t.start_char) if not m._.possessive]
        times = [x for x in between(doc, "times", names[-1].end_char if names else sent_start, cue)]
    elif (cue := next((c for c in reversed(cues) if c < t.start_char), None)) is not None:
        names = [m for m in between(doc, "athletes", sent_start, cue) if not m._.possessive]
        after = between(doc, "times", cue, sent_end)
        if not after or not P.RESPECTIVELY_TIMES_GAP.fullmatch(text, cue, after[0].start_char):
            return None
        times = after[:1]
        for x in after[1:]:  # the times listed on from the first
            if not P.TIME_LIST_GAP.fullmatch(text, times[-1].end_char, x.start_char):
                break
            times.append(x)
    else:
        return None
    if len(times) < 2 or len(names) < len(times) or not all(
            P.TIME_LIST_GAP.fullmatch(text, x.end_char, y.start_char) for x, y in zip(times, times[1:])):
        return None
    at = next((i for i, x in enumerate(times) if x.start_char == t.start_char), None)
    return names[len(names) - len(times) + at] if at is not None else None


def _of_inverted_name(text: str, m: re.Match[str], who: Span | None) -> bool:
    """Is the ordinal said before a verb and the name it places, as translated copy inverts them
    ("Second became the Ethiopian Haftu Teklu", "on rank three ran Amanal Petros"), someone else's?"""
    inverted = P.INVERTED_PLACE_AFTER.match(text, m.end())
    return inverted is not None and (who is None or not who.start_char <= inverted.end() < who.end_char + 1)


def place_of(m: re.Match[str]) -> int:
    """The place a `PLACE_ORDINAL` (or `INVERTED_PLACE_BEFORE`, `INVERTED_PLACE_BARE`) match gives: an ordinal ("third") in
    whichever of its groups matched, or a rank ("on rank three", "rank 3")."""
    if "rank" in m.re.groupindex and (rank := m.group("rank")):
        return number(rank)
    groups = [name for name in m.re.groupindex if name.startswith("ord")]
    return P.ORDINALS[next(g for g in map(m.group, groups) if g).lower()]


def round_of(cue: str, lead: str, sentence: str, before: str = "") -> str:
    """The earlier round a round's cue names: "semi-finals" ("his semi", "the semi-final", and a heat of the semi-finals
    the sentence's lead sets it in: "In the semi-finals, Warholm won his heat"), "heats" (a heat, prelims, the first
    round), and for a cue of neither ("eliminated", "the fastest qualifier") the semi-finals where its sentence is set
    in them, else the heats; a time that took its runner to the semi-finals is the heats' ("the fastest qualifier for the
    semi-finals with 13.07")."""
    if P.SEMI_ROUND.search(cue) and P.ROUND_REACHED_BEFORE.search(before):
        return "heats"
    if P.SEMI_ROUND.search(cue) or (P.HEAT_WORD.fullmatch(cue) and P.SEMI_SETTING.search(lead)):
        return "semi-finals"
    if P.HEATS_ROUND.search(cue):
        return "heats"
    return "semi-finals" if P.SEMI_SETTING.search(sentence) else "heats"


def tags_in(text: str, after: int = 0) -> list[str]:
    """The records and bests `text` says of a time, not those it says were missed after `after` (the time's end: "won in
    3:55.40, far from her world record"; "missing the world record by 0.02 but setting a Kenyan record" keeps the second)."""
    for missed in reversed(list(P.RECORD_MISSED_AFTER.finditer(text, after))):
        text = text[: missed.start()] + text[missed.end() :]
    return [tag for tag, pattern in P.TAG_PATTERNS.items() if pattern.search(text)]


def segment(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The comma-delimited stretch of the sentence [a, b) around the time at [start, end); a time
    standing alone as an appositive (", 3:53.11."), in a "with" phrase (", with the world record
    49,29") or in a participle's (", cruising through in 1:47.88") takes the stretch before it too."""
    a, b = max(a, start - 300), min(b, end + 300)  # a stretch is short; an endless sentence stays linear
    s0 = max([a] + [m.end() for m in P.SEGMENT_BREAK.finditer(text, a, start)])
    s1 = min([b] + [m.start() for m in P.SEGMENT_BREAK.finditer(text, end, b)])
    if (not P.WORD.search(text[s0:start]) or P.WITH_OPENING.match(text, s0, start) or P.PARTICIPLE_OPENING.match(text, s0, start)) and s0 > a:
        s0 = max([a] + [m.end() for m in P.SEGMENT_BREAK.finditer(text, a, s0 - 1)])
    return s0, s1


class OldMark(NamedTuple):
    is_old: bool  # the mark of another race
    owner: Span | None
    settled: bool = False  # the owner is known, None included: no one else is looked for


def _named_by(doc: Doc, a0: int, b: int, after: str) -> Span | None:
    """The athlete named right after "by" after a mark ending at `a0` (`after` the text from there): "of 1:40.91 by David
    Rudisha", "of 30:05 by Ramatlhakwane"; else None."""
    if (by := P.BY_NAME_AFTER.match(after)) is None:
        return None
    named = between(doc, "athletes", a0 + by.end(), min(b, a0 + by.end() + 3))
    return named[0] if named else None


def _setter_after(doc: Doc, a0: int, b: int, after: str) -> Span | None:
    """The athlete named as a mark's setter right after it (`after`, the text from `a0`, the mark's end
    or its unit's): ", set by Chepkoech in 2022", ", which Yavi ran in Doha" (not "Sawe's 2:01:12")."""
    if (by := P.MARK_SETTER_AFTER.match(after)) is None:
        return None
    setters = between(doc, "athletes", a0, min(b, a0 + by.end() + SETTER_REACH))
    if by.group("contact") is not None:  # "the meet record of 2:09:02 Ryan Hall set": the setter's name right after the time
        text = text_of(doc)
        return setters[0] if (setters and setters[0].start_char == a0 + by.end() and P.CONTACT_RECORD_BEFORE.search(text, max(0, a0 - 40), a0)
                              and not P.CONTACT_OPENING_BEFORE.search(text, max(0, a0 - 80), a0)
                              and P.CONTACT_SETTER_VERB.match(text, setters[0].end_char)) else None
    if setters and (by.group("by") or P.SETTER_VERB_AFTER.match(text_of(doc), setters[0].end_char)):
        return setters[0]
    return None


def _dated_as_the_race(doc: Doc, t: Span, start: int, b: int) -> bool:
    """Does [start, b) date the time on a day of its race's year, naming no place but the race's ("through the streets of
    London on 13 April 2003" of the 2003 London Marathon, or of a race whose meeting is unnamed; not "in Berlin on 16 September
    2018" in a story of Chicago 2018)?"""
    race, text = race_at(doc, t.start_char), text_of(doc)
    if race.year is None or (date := next((d for d in P.FULL_DATE.finditer(text, start, b) if int(d.group("year")) == race.year), None)) is None:
        return False
    meeting = (race.meeting or "").lower()
    return not meeting or all(place.lower() in meeting for place in P.PLACE_NAMED.findall(text, start, date.start()))


def _race_told_there(doc: Doc, t: Span, place: str, paras: Bounds) -> bool:
    """Does the lead, before the time, name `place`, where the race reported was run ("won the 10,000m at the Ethiopian
    trials in Nerja. Her 29:05.92 from Nerja is a world lead")?"""
    text = text_of(doc)
    told = text[: min(lead_end(text, paras), t.start_char)]
    return re.search(rf"\b{re.escape(place)}\b", told) is not None


def old_mark(doc: Doc, t: Span, a: int, b: int, paras: Bounds) -> OldMark:
    """Is this the mark of another race, and whose: "Cram’s 39-year-old mark of 3:46.32",
    "off the world record of 14:05.20 that Kenya’s Faith Kipyegon set", "his American record of",
    "the 5,000m mark of 14:05.20 she set in Paris", "the previous record of 9:01.49, set by
    Chepkoech". A record broken or missed whose setter is not named is nobody's in the text: not the
    breaker's ("took 17 seconds off the previous course best of 1:00:38"), nor the one who fell short
    ("Ebenyo's winning time was three seconds outside the course record of 27:38")."""
    text = text_of(doc)
    w0 = max(a, t.start_char - OTHER_WINDOW)
    # "her record of the world (3'48''68", as French or Italian copy translated says it: read as "her record (", blanks kept
    lo = max(a, t.start_char - OWNED_WINDOW)
    if P.RECORD_OF_WHERE.search(text, lo, t.start_char):
        text = text[:lo] + P.RECORD_OF_WHERE.sub(lambda m: " " * len(m.group()), text[lo : t.start_char]) + text[t.start_char :]
    before = text[w0 : t.start_char]
    a0 = unit.end() if (unit := P.SECONDS_UNIT.match(text, t.end_char)) else t.end_char  # "the African record of 9.77secs
    after = text[a0 : a0 + 40]  # that he set": read past the unit
    if P.BEST_BRACKET_AFTER_TIME_BEFORE.search(before):  # a row's "Gressier 27:44 (PB 27:58)": the best the runner had before
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
    if P.RECORD_BRACKET_BEFORE.search(before) and (held := P.HOLDER_YEAR_BRACKET_AFTER.match(text, t.end_char)) is not None \
            and not P.NEW_RECORD_WORD.search(before[-30:]):  # (not "won in a new course record (59:20, Kiprop, 2025)")
        holder = next(iter(between(doc, "athletes", held.start("holder"), held.end("holder"))), None)
        return OldMark(True, holder, settled=True)  # "The course record (59:30, Leonard Barsoton, 2019)"
    if (own := _possessive_owner(doc, t, a)) is not None and (still := P.RECORD_IS_STILL_BEFORE.search(text, w0, own.start_char)) \
            and not P.NEW_RECORD_WORD.search(text, max(w0, still.start() - 20), still.start()):  # (not "The new German record is Amanal
        # Petros' 2:04:58, run today")
        return OldMark(True, own, settled=True)  # "the German record is still Amanal Petros' 2:04:58"
    if P.THE_RIGHT_BEFORE.search(before):  # "erasing the 7:28.02 McSweyn ran", "the 2:00:35 that the late Kelvin Kiptum ran"
        reach = a0 + ((by.end() + SETTER_REACH) if (by := P.MARK_SETTER_AFTER.match(after)) else 3)
        ran_by = between(doc, "athletes", t.end_char, min(b, reach))
        if ran_by and ((by and by.group("by")) or P.SETTER_VERB_AFTER.match(text, ran_by[0].end_char)
                       or (by and by.group("means") and P.BROKE_WITH_IT_AFTER.match(text, ran_by[0].end_char))):
            # "breaking the 7:53.63 set by Qatar's Saif Saaeed Shaheen"; not the race's own, dated on its day in a look back at
            # it: "the 2:15:25 that Paula Radcliffe ran through the streets of London on 13 April 2003" of the 2003 race
            return OldMark(not _dated_as_the_race(doc, t, ran_by[0].end_char, b), ran_by[0], settled=True)
        if (run := P.RUN_BY_AFTER.match(text, t.end_char, min(b, t.end_char + 60))) is not None:
            if named := between(doc, "athletes", t.end_char, run.end()):
                return OldMark(not _dated_as_the_race(doc, t, run.end(), b), named[0], settled=True)  # "slower than the 2:17:29
                # Ms. Chepkirui ran in Valencia"
            if run.group("pron"):  # "outside the 26:33 he ran": the sentence's owner of a time, else the last who fits
                return OldMark(True, _pronoun_setter(doc, t, a, paras, P.PRONOUN_SEX[run.group("pron").lower()]))
            if (country := P.COUNTRY_WORDS.get((run.group("desc") or "").lower())) is not None:  # "off the 12:37.35 the Ethiopian ran"
                return OldMark(True, previous_athlete(doc, t.start_char, paras, country=country), settled=True)
        if P.RUN_AT_PLACE_AFTER.match(text, t.end_char):  # "the 12:36.73 run in Oslo at the end of May"
            return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
        if P.ERASING_THE_BEFORE.search(before) and (of := P.MARK_OF_SETTER_AFTER.match(text, a0)) is not None \
                and (setter := starting_at(doc, "athletes", of.end())) is not None:
            return OldMark(True, setter, settled=True)  # "erasing the 7 min 53 s 63 of the Qatari Saif Saeed Shahine" (translated)
    if P.CAME_IN_WITH_BEFORE.search(before) and P.BEST_LABEL_AFTER.match(text, a0) \
            and P.RAN_TIME_AFTER.match(text, a0, b):  # "came in with a 1:58.89 SB and ran 1:59.12": brought (not "came in with a
        # 4:16.35 PB from the back of the pack, second", a finish)
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
    if P.RECORD_STOOD_SINCE_WHEN_BEFORE.search(text, max(a, t.start_char - 120), t.start_char):  # "the course record, which has
        # stood since 1988, when Colin Donnelly ran 1:22:58": the holder's, run that year
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras), settled=True)
    if P.BEST_BROUGHT_AFTER.match(text, a0) and P.HAD_A_BEFORE.search(before):  # "who had a 3:55.48 PB coming in": the best the
        # runner brought to the race (not "ran a 4:08.21 PB coming in third")
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
    if P.OWN_OLD_MARK_BRACKET_BEFORE.search(before):  # "14:06.38 (personal record; old: 14:11.52, Lahore, 2022)": the runner's own
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras), settled=True)
    if P.OLD_RECORD_ABBREVIATION_BEFORE.search(before):
        holder = next((m for m in between(doc, "athletes", t.end_char, min(b, t.end_char + 40))
                       if P.OLD_RECORD_HOLDER_GAP.fullmatch(text, t.end_char, m.start_char)), None)
        return OldMark(True, holder, settled=True)  # "29:48.62 (MR, old MR 29:58.31)": the broken record's, no one's named here;
        # "(meet record; old: 14:11.52, Sohail Amir, Army, 2010)": the holder named after it
    if (held := P.RECORD_HELD_WITH_BEFORE.search(text, max(a, t.start_char - 120), t.start_char)) is not None \
            and (holder := between(doc, "athletes", held.start("holder"), held.end("holder"))):
        return OldMark(True, holder[-1], settled=True)  # "The German record of the women holds since 2008 Irina Mikitenko with 2:19:19"
    if P.BROUGHT_BEST_OF_BEFORE.search(before):  # "had come into the Games with a season's best of 13:08.42"
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
    whose = P.WHOSE_BEST_BEFORE.search(before)
    if whose is None and P.WHOSE_TIME_EVENT_AFTER.match(text, a0) and not P.WHOSE_TIME_WON_AFTER.match(text, a0):
        whose = P.WHOSE_TIME_BEFORE.search(before)
    if whose is not None:  # '"...," said the 27-year-old, whose best of 3:50.83': the speaker's; "whose 16:22.41 in the 5,000m"
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras) or _speaker_said_before(doc, a, w0 + whose.start()))
    if P.STOOD_FOR_YEARS_AFTER.match(text, a0):
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))  # "his 3:49.78 stood for fourteen years"
    if P.IMPROVED_TO_BEFORE.search(before):
        return OldMark(False, None)  # "lowered her personal best from 51.18 to 50.89": the new mark, this race's
    if P.EQUALLED_MARK_BEFORE.search(before):
        return OldMark(False, None)  # "equalled his season's best of 6.57 to finish third": run again, in this race
    if (own := P.OWN_TIME_BEFORE.search(before)) is not None and (label := P.STANDING_BEST_AFTER.match(text, a0)) is not None \
            and (((own.group("against") or (own.group("owned") and not P.BEST_SET_TODAY_AFTER.match(text, label.end())))
                  and not own.group("brought")) or P.STANDING_AFTER.match(text, label.end())):
        # "well outside his 7:38.35 PB", "his 3:51.70 best says", "came in with a 7:38.35 PB from Boston": a best standing before
        if own.group("pron"):
            return OldMark(True, previous_athlete(doc, t.start_char, paras, sex=P.PRONOUN_SEX[own.group("pron").lower()], protagonist=True))
        return OldMark(True, _possessive_owner(doc, t, a) if own.group("poss") else subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
    if (held := P.RECORD_HOLDER_BRACKET_BEFORE.search(before)) is not None:  # "Tuohy, the national high school record holder at
        # two miles (9:33.38)"; the name the title is set off after, whoever the subject: "found in front of her the Ethiopian
        # Letesenbet Guidey, holder of the world record (14:06,62 since the 7 October 2020 in Valence)" (translated)
        named = [m for m in between(doc, "athletes", a, w0 + held.start()) if P.TITLE_SET_OFF_AFTER.fullmatch(text, m.end_char, w0 + held.start())]
        return OldMark(True, named[-1] if named else subject_for(doc, t.start_char, t.end_char, sentences(doc), paras), settled=True)
    if P.RECORD_BRACKET_BEFORE.search(before):
        if (of := P.HOLDER_OF_AFTER.match(text, t.end_char)) is not None:
            return OldMark(True, starting_at(doc, "athletes", of.end()), settled=True)  # "the Japanese record (2:05:29) of Osako Masaru"
        if P.THE_RECORD_BRACKET_BEFORE.search(before) and (by := P.HOLDER_BY_AFTER.match(text, t.end_char)) is not None \
                and (holder := starting_at(doc, "athletes", by.end())) is not None:
            return OldMark(True, holder, settled=True)  # "the meet record (4:44.12 by Upper Arlington's Lauren Whitfield in 2019)"
        if (that := P.RECORD_BRACKET_THAT_AFTER.match(text, t.end_char)) is not None and (
                setter := starting_at(doc, "athletes", that.end())) is not None and P.SETTER_VERB_AFTER.match(text, setter.end_char):
            return OldMark(True, setter, settled=True)  # "the record of the circuit (2:03:27) that his compatriot Deresa Geleta signed"
        if P.RECORD_BRACKET_PRONOUN_SET_AFTER.match(text, t.end_char) and P.PAST_CUE.search(text, t.end_char, b):
            # "holds the women's Korean record (2:25:41) that she set at this competition in 2018": the sentence's first subject's
            # (not "the course record (2:17:45) that she set on Sunday", today's)
            holders = [m for m in between(doc, "athletes", a, t.start_char) if not is_object(text, m, a)]
            return OldMark(True, holders[0] if holders else None, settled=True)
    if P.RECORD_OF_HOLDER_BEFORE.search(before) and (holder := between(doc, "athletes", w0, t.start_char)[-1:]):
        return OldMark(True, holder[0], settled=True)  # "The world record of Girma (7:52.11), established in Paris in 2023"
    if P.LAST_YEARS_WINNING_BEFORE.search(before):  # "68 seconds quicker than last year's winning mark of 36:10": not "Keith's
        # time"'s; its winner's only if named right after "by" ("last year's winning time of 30:05 by Ramatlhakwane")
        return OldMark(True, _named_by(doc, a0, b, after), settled=True)
    if P.RECORD_OF_MEETING_BEFORE.search(before):  # "nor the record of the championship (15:18,15), that remains intact";
        return OldMark(True, _setter_after(doc, a0, b, after), settled=True)  # its setter if named ("(2h04'21, established by")
    if P.RECORD_APPOSITION_BEFORE.search(before) and (by := P.HOLDER_BY_AFTER.match(text, a0)) is not None \
            and (holder := starting_at(doc, "athletes", by.end())) is not None:
        return OldMark(True, holder, settled=True)  # "The world record, 4:13.31 by Ethiopia's Genzebe Dibaba, was never in play"
    if P.RECORD_APPOSITION_BEFORE.search(before) and (held := P.HOLDER_CLAUSE_AFTER.match(text, a0)) is not None \
            and (holder := starting_at(doc, "athletes", held.end())) is not None \
            and (held.group("held") or P.HELD_AFTER_HOLDER.match(text, holder.end_char)) \
            and (not held.group("which") or P.PAST_CUE.search(text, holder.end_char, b)):
        return OldMark(True, holder, settled=True)  # "The Swedish record, 8.08,02, has Anders Gärderud held since 1976" (translated),
        # "the club record, 3:49.40, which Per Ove Lunde set in this same hall back in 2009"
    if P.RECORD_LABEL_BEFORE.search(before):  # "Championship record: 14:26.72, Hellen Obiri (KEN), Doha 2019"
        holders = [m for m in between(doc, "athletes", t.end_char, min(b, t.end_char + 40)) if P.HOLDER_GAP.fullmatch(text, t.end_char, m.start_char)]
        return OldMark(True, holders[0] if holders else None, settled=True)
    if P.IMPROVED_FROM_BEFORE.search(before) and P.TO_TIME_AFTER.match(after):
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))  # ... 51.18, the old one
    if ((own := P.POSSESSIVE_MARK_OPENING.match(text, a, t.start_char)) is not None and (own.group("noun") or "time").lower() != "time"
            and P.MARK_THEN_TIME.fullmatch(text, own.end(), t.start_char)):  # "His best, 2:08:14, came in London in 2019"
        return OldMark(True, previous_athlete(doc, t.start_char, paras, sex=P.PRONOUN_SEX[own.group("pron").lower()], protagonist=True))
    owned = P.OWNED_RECORD_BEFORE.search(text, lo, t.start_char)  # (a longer reach: its aside)
    if owned and (owned.group("pron") or "").lower() == "your":
        return OldMark(True, interviewee(doc))  # a Q&A's "Your 10,000m best is 29:06.82 and your half marathon best is 1:05:15"
    if owned and owned.group("my"):
        return OldMark(True, doc._.narrator)  # a blog's "My 10K PB was 56:12": its author's
    if owned and (owned.group("pron") or "").lower() == "whose" \
            and (desc := P.DESCRIPTION_BEFORE_WHOSE.search(text, max(a, owned.start("pron") - 40), owned.start("pron"))) is not None \
            and (told := between(doc, "athletes", a, desc.start())):
        return OldMark(True, told[-1])  # "with Uwamahoro 43 seconds back in 1:12:48, a new personal best for the 26-year-old, whose
        # previous best was 1:13:30": the runner just told, described, not the sentence's subject
    if owned and (owned.group("own") or owned.group("pron")) and (opener := _own_mark_opener(doc, owned, a, t.start_char)):
        return OldMark(True, opener)  # "Ingebrigtsen's 3:28.32 took ... off Ngeny's record ..., and improved his own European record of"
    if owned and owned.group("own"):  # "improve her own 28:46"
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
    if owned and owned.group("pron") and owned.group("pron").lower() == "whose":  # "Muir, whose British record of"
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras))
    if owned and owned.group("pron3") and not (P.IMPROVED_BY.search(owned.group("gap")) or P.IMPROVED_BY_AFTER.match(text, t.end_char)):
        owned = None  # "Hull improved her Australian record (3:52.10) to win": the new record, this race's
    if owned and (pron := owned.group("pron") or owned.group("pron2") or owned.group("pron3")):  # (pron2, pron3: a bracketed best,
        # "not far from her best time (8:39,47)", "has improved his personal record (13'05''28) of more than ten seconds")
        named = between(doc, "athletes", a, owned.start())[-1:]
        if named and (rel := P.RELATIVE_AFTER.match(text[named[0].end_char : owned.start()])) is not None \
                and "," not in text[named[0].end_char + rel.end() : owned.start()]:
            return OldMark(True, named[0])  # "one spot ahead of Penn junior Luke Sikora (15:55.8), who lowered his personal record of"
        return OldMark(True, previous_athlete(doc, t.start_char, paras, sex=P.PRONOUN_SEX.get(pron.lower()), protagonist=True))
    if pron := P.PRONOUN_SET_RECORD_BEFORE.search(before):  # "Coleman's 6.41 is ... since he set the world record of 6.34"
        return OldMark(True, _pronoun_setter(doc, t, a, paras, P.PRONOUN_SEX[(pron.group("pron") or pron.group("pron2")).lower()]),
                       settled=True)
    teller = doc._.narrator if doc._.narrator is not None and doc._.narrator.start_char < t.start_char else None
    if teller is not None and (entry := P.NARRATOR_ENTRY_BEFORE.search(text, lo, t.start_char)) is not None \
            and not between(doc, "athletes", entry.start(), t.start_char) and not between(doc, "people", entry.start(), t.start_char):
        return OldMark(True, teller)  # "I was in Heat C with a seed of 17:02": the narrator's (not "I think Kate Reed had a PB of")
    if P.OLD_BEST_LABEL_BEFORE.search(before):  # "Old PB: 17:05.10" after a result: the one whose result the sentence before told
        told = between(doc, "athletes", sentences(doc).of(max(0, a - 1))[0], a)
        return OldMark(True, told[-1] if told else teller)  # (a blog's narrator where it names no one: "Official result: 16:48.62.")
    if P.RUNNER_UP_THEN_WINNING_TIME_BEFORE.search(text, lo, t.start_char) and not P.TODAY_WORD.search(text, a, b):
        return OldMark(True, None, settled=True)  # "Deshwal had finished runner-up in 2024 when the winning time was 1:05:10"
    if P.RECORD_SET_OFF_BEFORE.search(before) and (to := P.BELONGS_TO_AFTER.match(text, a0)) is not None \
            and not P.NEW_RECORD_WORD.search(before):  # (not "The new course record, 2:03:40, belongs to Jacob Kiprop")
        holder = next(iter(between(doc, "athletes", to.end(), min(b, to.end() + HOLDER_REACH))), None)
        if holder is not None and P.HOLDER_GAP_BREAK.search(text, to.end(), holder.start_char):
            holder = None  # (not "belongs to history after Eliud Kipchoge ran 2:01:09")
        return OldMark(True, holder, settled=True)  # "The record of the course, of 42:59, belongs to the queniano Kibiwott Kandie
        # since 2019"
    if (belongs := P.RECORD_BELONGS_TO_BEFORE.search(text, lo, t.start_char)) is not None and not P.FINISH_CUE_AFTER.match(text, t.end_char) \
            and (held := between(doc, "athletes", *belongs.span("holder" if belongs.group("holder") else "holder2"))):
        return OldMark(True, held[0], settled=True)  # "The record of the route belongs still to Jacob Kiplimo, that in 2020 has
        # dominated in 28'59"" (translated)
    named_before = between(doc, "athletes", w0, t.start_char)
    if named_before and (P.NAME_SET_RECORD_BEFORE.match(text, named_before[-1].end_char, t.start_char) or (
            (who_set := P.WHO_SET_RECORD_BEFORE.match(text, named_before[-1].end_char, t.start_char)) is not None
            and (who_set.group("former") or not P.SET_TODAY_AFTER.match(text, a0)))):
        return OldMark(True, named_before[-1], settled=True)  # "the pace Geoffrey Mutai needed to set the course record of 2:03:02",
        # "Bol, who set the Australian record of 1:44.11 at the Tokyo Olympics"
    mark_of = P.MARK_OF_BEFORE.search(before)
    if mark_of is not None and mark_of.group("noun").lower() != "time" and (holder := _named_by(doc, a0, b, after)) is not None:
        return OldMark(True, holder, settled=True)  # "The world record of 1:40.91 by David Rudisha remains"
    setter = mark_of and ((m := P.MARK_SETTER_AFTER.match(after)) and (m.group("contact") is None or _setter_after(doc, a0, b, after))
                          or P.PRONOUN_SETTER_AFTER.match(after))
    # a record missed is no one's either, unless it is someone's own ("just shy of her season's best of": the subject's)
    missed = P.RECORD_MISSED_BEFORE.search(before)
    broken = P.RECORD_BROKEN_BEFORE.search(before) or (missed if missed and not P.OWN_MARK_WORD.search(missed.group()) else None)
    compared = P.RECORD_COMPARED_BEFORE.search(before)  # "only 26 seconds slower than the competition record 2:06:19"
    still = P.STILL_RECORD_AFTER.match(text, t.end_char, min(len(text), t.end_char + 120))
    stood = P.RECORD_STOOD_AFTER.match(text, a0) if (P.RECORD_APPOSITION_BEFORE.search(before) is not None or (
        mark_of is not None and mark_of.group("noun").lower() == "record")) else None
    if stood is not None and (holder := _holder_after_stood(doc, stood.end(), t.start_char, paras)) is not None:
        return OldMark(True, holder, settled=True)  # "The world record, 3:43.13, has stood since 1999, when Hicham El Guerrouj ran it"
    world = P.WORLD_BEST_IS_BEFORE.search(before)  # "the world M60 indoor best is 4:29.01": a record standing (not "The new world ...")
    world = world if world is not None and not P.NEW_RECORD_WORD.search(world.group("head")) else None
    standing = any(rec is not None and not P.NEW_RECORD_WORD.search(rec.group("head"))
                   for rec in (P.RECORD_IS_BEFORE.search(before), P.RECORD_SUBJECT_DASHED_BEFORE.search(before))) or stood is not None \
        or world is not None
    if P.RECORD_RIGHT_BEFORE.search(before) and (named := _setter_after(doc, a0, b, after)) is not None:
        return OldMark(True, named, settled=True)  # "The Japan record 2:19:12 which Noguchi Mizuki (at that time Globaly) made"
    prior = P.PRIOR_BEST_WAS_BEFORE.search(before) or P.HAD_AS_MARK_BEFORE.search(before) \
        or (P.BEFORE_SHE_HAD_BEFORE.search(before) and not P.ROUND_AFTER_TIME.match(text, a0)) \
        or (P.HAD_RIGHT_BEFORE.search(before) and P.AS_MARK_AFTER.match(after)) \
        or (P.AFTER_A_BEST_BEFORE.search(before) and (event_named_after_mark(text, t.end_char) is not None
                                                      or P.PAST_CUE.search(text, t.end_char, b) is not None))
    # "Until now the best result of the Kaunas runner was 2:23:40", "had as best personal mark 2:05:40", "who had 2:28:02 as mark"
    # (translated), "after a personal best of 1:08:20 at the Inverness Half Marathon in March"
    if not (owned or setter or broken or missed or compared or still or standing or prior
            or P.BESTS_LIST_BEFORE.search(text, max(a, t.start_char - BESTS_LIST_REACH), t.start_char)
            or P.OTHER_MARK_BEFORE.search(before) or P.SEASON_BEST_IS_BEFORE.search(before)):
        if P.BEST_OR_OWN_BEFORE.search(before) and (there := P.MARK_FROM_PLACE_AFTER.match(text, a0)) is not None \
                and (there.group("place") is None or starting_at(doc, "athletes", there.start("place")) is None):  # "a best of 2:04:48 from Rotterdam", "he
            # improved his 2:07:08 of Valencia" (translated): a race run elsewhere
            return OldMark(True, _possessive_owner(doc, t, a) or subject_for(doc, t.start_char, t.end_char, sentences(doc), paras)
                           or _described_speaker_had(doc, a, w0, before))
        if P.POSSESSED_TIME_BEFORE.search(before) and (there := P.MARK_FROM_PLACE_SAID_AFTER.match(text, a0)) is not None \
                and starting_at(doc, "athletes", there.start("place")) is None \
                and not _race_told_there(doc, t, there.group("place"), paras):
            return OldMark(True, _possessive_owner(doc, t, a))  # "the Olympic champion's 3:27.65 from Paris came from perfect
            # positioning": a race run elsewhere, spoken of
        return OldMark(False, _possessive_owner(doc, t, a))
    if (named := _setter_after(doc, a0, b, after)) is not None:
        return OldMark(True, named, settled=True)
    if standing and (by := P.HOLDER_BY_AFTER.match(text, a0)) is not None and (holder := starting_at(doc, "athletes", by.end())) is not None:
        return OldMark(True, holder, settled=True)  # "The world record is 4:29.01 by Australia's Ron Halloran"
    # a possessive before the verb that broke the record is the breaker's: "Markezich's time erased the record of"
    owners = [m for m in named_before if m._.possessive and not (broken and m.end_char <= w0 + broken.start())]
    if owners:
        return OldMark(True, owners[-1])

    if desc := P.DESCRIPTION_POSSESSIVE.search(before):  # "the Norwegian's old Olympic record of"
        return OldMark(True, previous_athlete(doc, t.start_char, paras, country=P.COUNTRY_WORDS[desc.group("word").lower()]))
    if pron := P.PRONOUN_SETTER_AFTER.match(after):
        return OldMark(True, previous_athlete(doc, t.start_char, paras, sex=P.PRONOUN_SEX[(pron.group("pron") or pron.group("pron2")).lower()],
                                              protagonist=True))
    if (held := next(iter(between(doc, "athletes", t.end_char, b)), None)) is not None \
            and P.THAT_HOLDER_GAP.fullmatch(text, t.end_char, held.start_char) and P.HELD_IT_AFTER.match(text, held.end_char):
        return OldMark(True, held, settled=True)  # "the meet record of 10:24.15 that Katie Brennan of Holmdel had held since 2017"
    if compared:  # "a minute slower than the course record of 2:03:36 that Bashir Abdi in 2021 here
        # set": its holder named right after it, else no one ("slower than the competition record 2:06:19")
        held = next(iter(between(doc, "athletes", t.end_char, b)), None)
        return OldMark(True, held if held is not None and P.COMPARED_HOLDER_GAP.fullmatch(text, t.end_char, held.start_char) else None,
                       settled=True)
    if P.ANONYMOUS_RECORD_BEFORE.search(before):
        # "The previous championship record of 13:10.15 belonged to Britain's Jack Buckner", "The previous
        # record, 50.65, had stood ...; McLaughlin-Levrone set it": its holder named after it, else nobody
        # ("The old mark of 28:00 had stood since 2019, and last year's winner, Jack Rowe, ...")
        for m in between(doc, "athletes", t.end_char, b):
            if P.HOLDER_BEFORE.search(text, t.end_char, m.start_char) or P.SET_IT_AFTER.match(text, m.end_char):
                return OldMark(True, m, settled=True)
        # or at the opening of the next sentence: "... off the previous record of 14:06.62. That mark belonged to
        # Ethiopia's Letesenbet Gidey"
        if (holder := next(iter(between(doc, "athletes", b, b + HOLDER_OPENING_REACH)), None)) and P.HOLDER_OPENING.fullmatch(text, b, holder.start_char):
            return OldMark(True, holder, settled=True)
        return OldMark(True, None, settled=True)
    if prior:  # its owner the sentence's subject, else the one the text is about
        return OldMark(True, subject_for(doc, t.start_char, t.end_char, sentences(doc), paras)
                       or previous_athlete(doc, t.start_char, paras, protagonist=True))
    if (speaker := _described_speaker_had(doc, a, w0, before)) is not None:
        return OldMark(True, speaker)  # '," declared the Kenyan athlete, who already had a personal best of 58:55 from Berlin'
    # (nor one "the" record said to stand, no holder named: "but the course record 2:12:43 is not in danger", not the subject's)
    return OldMark(True, None, settled=bool(broken) or world is not None
                   or (stood is not None and P.RECORD_APPOSITION_BEFORE.search(before) is not None))


def _speaker_said_before(doc: Doc, a: int, at: int) -> Span | None:
    """The speaker of the quote the sentence from `a` opens in, when what follows it to `at` is its attribution:
    '"I would rather lose from the front," said the 27-year-old, whose best of 3:50.83' (the one who said it)."""
    quote = covering(doc, "quotes", a) or next(iter(between(doc, "quotes", a, at)), None)  # (the sentence may open inside it)
    if quote is None or quote._.speaker is None or not P.ATTRIBUTION_THEN_WHOSE.fullmatch(text_of(doc), quote.end_char, at) \
            or between(doc, "athletes", quote.end_char, at) or between(doc, "people", quote.end_char, at) \
            or P.OF_SOMEONE_IN.search(text_of(doc), quote.end_char, at):
        return None  # (not '..., said the Scot of the win over Ingebrigtsen, whose best', 'said the captain of the 19-year-old, whose')
    return quote._.speaker


def _described_speaker_had(doc: Doc, a: int, w0: int, before: str) -> Span | None:
    """The speaker an attribution describes, a relative clause of a best they had after it ('," declared the Kenyan athlete, that
    already had a personal best of 58:55 from Berlin', translated), else None."""
    rel = P.WHO_HAD_BEFORE.search(before)
    if rel is None or P.RELATIVE_OPENING.search(before, 0, rel.start()):
        return None  # (the clause the first after the attribution: not '," said the Ugandan, who beat the Kenyan, who already had')
    return _speaker_said_before(doc, a, w0 + rel.start())


def _own_mark_opener(doc: Doc, owned: re.Match[str], a: int, char: int) -> Span | None:
    """The athlete a sentence opens with, whose "own" record a pronoun before `char` names ("Ingebrigtsen's
    3:28.32 took ... off Ngeny's Olympic record ..., and improved his own European record of 3:28.68"), if
    the sex fits."""
    if not P.OWN_WORD.search(owned.group()):
        return None
    sex = P.PRONOUN_SEX.get(owned.group().split()[0].lower())
    named = between(doc, "athletes", a, char)
    if named and not text_of(doc)[a : named[0].start_char].strip() and not (sex and named[0]._.sex and named[0]._.sex != sex):
        return named[0]
    return None


def _pronoun_setter(doc: Doc, t: Span, a: int, paras: Bounds, sex: str) -> Span | None:
    """Who "she" is in "Hull's 3:55.12 is well off the 3:52.56 she ran", "The Irishwoman's 49.07 ...
    taking 13 hundredths off the 49.20 she ran": the athlete the sentence opens with, else the owner named
    before the time in its sentence, a name or a description, else the last athlete before who fits ("Cairess
    was third in 2:06:46, the fastest since Sir Mo Farah's British record of 2:05:11, and a big step on the
    2:08:07 he ran" is Cairess's)."""
    text = text_of(doc)
    named = between(doc, "athletes", a, t.start_char)
    if named and not text[a : named[0].start_char].strip() and not (named[0]._.sex and named[0]._.sex != sex):
        return named[0]
    owners = [m for m in named if m._.possessive and not (m._.sex and m._.sex != sex)]
    if owners:
        return owners[-1]
    if desc := P.DESCRIPTION_POSSESSIVE.search(text, a, t.start_char):
        return previous_athlete(doc, t.start_char, paras, country=P.COUNTRY_WORDS[desc.group("word").lower()], sex=sex)
    return previous_athlete(doc, t.start_char, paras, sex=sex, protagonist=True)


def _other_year(text: str, start: int, end: int, race: RaceInfo, record_dates: bool = False) -> bool:
    """Does [start, end) date itself in a year not the race's ("May 2024 brought", "In Tokyo in 2021",
    "Compare London 2012.", "1960 Rome, Peter Snell:"), a record's own date after it ("the course record of 2:19:59 set by
    Buzunesh Deba in 2014") counting only with `record_dates` (the text tells that race on: "In that race, Rita Jeptoo was
    second")?"""
    if race.year is None:
        return False
    if (e := P.EDITION_OPENING.match(text, start, end)) is not None and int(e.group("year") or e.group("year2")) != race.year:
        return True
    # (not a record's date: "That wiped 2:37 off the course record of 2:19:59 set by Ethiopia's Buzunesh Deba in 2014. Obiri was
    # second in 2:17:41" is the race's)
    return any(int(d.group("year")) != race.year and (record_dates or not _mark_s_date(text, start, d))
               for pattern in (P.FULL_DATE, P.IN_YEAR, P.YEAR_EDITION) for d in pattern.finditer(text, start, end))


def _dates_the_time_before(doc: Doc, date: re.Match[str], since: int) -> bool:
    """Is `date` (a past cue) said right after a time told since `since`, that time's own date ("Dunbar's record of 59:30 from
    2016", "a best of 13:10.41 set in 2023")?"""
    before = between(doc, "times", since, date.start())
    return bool(before) and P.OWN_DATE_GAP.fullmatch(text_of(doc), before[-1].end_char, date.start()) is not None


def _mark_s_date(text: str, since: int, date: re.Match[str], *, time_after: bool = False) -> bool:
    """Is `date` (a year, a month, a past cue) the date of a record or mark told after `since`, not of what is told around it
    ("the course record of 2:19:59 set by Buzunesh Deba in 2014", "his personal best from the Hamburg marathon in April")?
    With `time_after`, only where the mark's own time follows the date ("... in April (2:11:40)")."""
    return P.RECORD_SET_BEFORE_YEAR.search(text, since, date.start()) is not None \
        and (not time_after or P.MARK_TIME_RIGHT_AFTER.match(text, date.end()) is not None)


def event_named_before(doc: Doc, t: Span, a: int, b: int, race: RaceInfo) -> RaceInfo:
    """A sentence [a, b) naming two events gives each time the event named last before it ("winning the
    mile in 4:30.14 and returning to take the 3000 meters in 8:54.72"), if the time fits it; the
    sentence's race (its last event) otherwise. An event named only in a later clause ("was 6th in 15:40.12 and
    then had the nerve to run Winchester parkrun in 16:58") is not the time's: it keeps the race before the sentence."""
    text = text_of(doc)
    named = between(doc, "events", a, b)
    if named and named[0].start_char > t.end_char and a > 0 and P.THEN_CLAUSE.search(text, t.end_char, named[0].start_char):
        last = len(text[:a].rstrip()) - 1  # the last character of the sentence before
        before_race = race_at(doc, max(0, last))
        if before_race.event and before_race.event != race.event and fits_event(before_race.event, t._.seconds):
            return replace(race, event=before_race.event)
    if len({e.label_ for e in named}) < 2:
        return race
    before = [e for e in named if e.end_char <= t.start_char]
    event = (before[-1] if before else named[0]).label_
    if event == race.event or not fits_event(event, t._.seconds):
        return race
    return replace(race, event=event)


def fitting_event(doc: Doc, t: Span, race: RaceInfo) -> RaceInfo:
    """A time no one could run in its race's event takes the latest event named before it that it
    fits: "Jepkosgei finished second with 2h18:30" after "passed the half marathon in 1h08:59" was
    carried on as a half marathon's (the sentence's own repair, `context.repair_event`, reads only
    clock times). Not one written with a dot that, read as minutes, the race's event takes ("1 T Ashby (Malvern Joggers)
    16.02" of a 5K: 16:02, `dotted_minutes`)."""
    if race.event is None or fits_event(race.event, t._.seconds) or on_the_road_dotted(t._.seconds, t._.clock, race.event):
        return race
    if road_event(race.event) and not too_fast(race.event, t._.seconds) \
            and P.CLUB_RUN_TIMED_BEFORE.search(text_of(doc), max(0, t.start_char - 20), t.start_char):
        return race  # a parkrun's or a fun run's time, slow as anyone's: "completed his 250th parkrun in 27:44"
    for e in reversed(between(doc, "events", max(0, t.start_char - EVENT_REACH), t.start_char)):
        if e.end_char <= t.start_char and fits_event(e.label_, t._.seconds):
            return replace(race, event=e.label_)
    return race


def home_places(text: str, lead_to: int, main_meeting: str | None) -> frozenset[str]:
    """Where the article's race is run, as far as its lead says: the host cities it names (the
    dateline's "Zurich, 28 August 2025", "in Paris on Sunday") or the venues and meetings that stand for one
    ("the Bislett Games": Oslo, `P.VENUE_CITY`), with the words of its main meeting; nothing where it names
    no city (a lead that names only "the Golden Spike" does not say where it is run)."""
    words = set(re.findall(r"[^\W\d_]+", fold(text[:lead_to])))
    named = {P.VENUE_CITY.get(w, w) for w in words if w in P.HOST_CITIES or w in P.VENUE_CITY}
    return frozenset(named | words & P.VENUE_CITY.keys() | set(fold(main_meeting or "").split())) if named else frozenset()


def aside_elsewhere(text: str, t: Span, a: int, b: int, home: frozenset[str]) -> bool:
    """Is the time in a relative clause that names, before it, a host city where the article's race
    is not run ("Hocker, who won gold in Paris in an Olympic record of 3:27.65, said" in a report from
    Zurich)? An aside about another race. (Not where the lead names no city; nor a city where someone
    lives or trains, "who trains in Boulder and ran 3:29.85"; the caller leaves out a place dated today:
    "Gidey, who set it in Valencia in 2020 and was second on Friday in 14:07.94".)"""
    if not home:
        return False
    for clause in P.RELATIVE_CLAUSE.finditer(text, a, b):
        if clause.start() < t.start_char < clause.end():
            return any((place := fold(m.group("place"))) in P.HOST_CITIES and place not in home
                       and not P.RESIDENCE_BEFORE.search(text, max(clause.start(), m.start() - 30), m.start())
                       and (m.start() < t.start_char or P.MEDAL_WON_THERE_BEFORE.search(text, max(t.end_char, m.start() - 30), m.start("place")))
                       for m in P.OTHER_PLACE_NAMED.finditer(text, clause.start(), clause.end()))  # (or after it, where a medal or
            # title was won: "Bell, who ran a personal best of 3:52.61 to take bronze in Paris, put it plainly")
    return False


def lead_end(text: str, paras: Bounds) -> int:
    """Where the article's lead ends: its first paragraph of prose (ending as a sentence does), with
    the headline and any line before it."""
    for _, end in paras.ranges:
        if P.PROSE_END.search(text, max(0, end - 3), end):
            return end
    return 0


def _holder_after_stood(doc: Doc, end: int, start: int, paras: Bounds) -> Span | None:
    """The holder a standing record names after saying it stands (ending at `end`): "..., has stood since 1999, when Hicham El
    Guerrouj ran it", "remains Kenenisa Bekele's", "remains hers" (the last runner of that sex before the time at `start`)."""
    text = text_of(doc)
    if (m := P.HOLDER_AFTER_STOOD.match(text, end)) is None:
        return None
    if m.group("pron"):
        return previous_athlete(doc, start, paras, sex=P.PRONOUN_SEX[m.group("pron").lower()], protagonist=True)
    holder = starting_at(doc, "athletes", m.end())
    if holder is None or not (holder._.possessive or (m.group("when") and P.HOLDER_SET_IT_AFTER.match(text, holder.end_char))):
        return None  # (not "remains his goal", "has stood since 1998, when Moss was still at school")
    return holder


def _possessive_owner(doc: Doc, t: Span, a: int) -> Span | None:
    """"Mo Farah's 8:03.40": a possessive right before a time owns it."""
    for m in between(doc, "athletes", max(a, t.start_char - 60), t.start_char):
        if m._.possessive and re.fullmatch(r"[’']s?\s*", text_of(doc)[m.end_char : t.start_char]):
            return m
    return None


def _named_after(doc: Doc, race: RaceInfo, a: int, s1: int, b: int) -> bool:
    """Is the sentence's [a, b) other meeting named in it only after the time's stretch (ending at s1)?"""
    named = [m for m in between(doc, "meetings", a, b) if m.label_ == race.meeting]
    return bool(named) and all(m.start_char >= s1 for m in named)


EVENT_REACH = 5000  # characters before a time searched for an event it fits (`fitting_event`)
TITLE_REACH = 60  # characters before an old mark searched for the event of its title


def titled_event(text: str, t: Span, a: int, race: RaceInfo) -> RaceInfo:
    """An old mark's event is the one its title names right before it ("holds the 10,000m world record
    of 28:54.14" in a 5000m report), if the time fits it (read as minutes where it has a dot: "holder of the record of the
    world of the 10 km on road (28.46", translated), or the distance a best is said for ("Her personal best for 1,500 metres on
    the track, 4:49, was set in August")."""
    window = text[max(a, t.start_char - TITLE_REACH) : t.start_char]
    near = find_events(window, titles=True)
    if not near and (best_for := last_match(P.MARK_FOR_BEFORE, window, 0, len(window))) is not None:
        near = find_events(window[best_for.end() :], titles=True)  # "Her personal best for 1,500 metres on the track, 4:49"
    if near and near[-1][2] != race.event and fits_event(near[-1][2], dotted_minutes(t._.seconds, t._.clock, near[-1][2])[0]):
        return replace(race, event=near[-1][2])
    return race


def sex_said_later(doc: Doc, t: Span, a: int, b: int, race: RaceInfo) -> RaceInfo:
    """"Mateiko won in 58:22, outkicking Kejelcha, while Agnes Ngetich took the women's race": a sex
    said only in a later clause of the sentence is the later times' race; this time's sex is left unsaid, for the runner's
    other results to tell (`fill_sex_of_athletes`, `facts`: "1. Deresa Geleta (ETH) 2:03:26" under "Men"). (The sentence
    before is no guide: a lead's is its dateline's or headline's, "Gueleta conquers Valencia with 2h03:26 and Guidey dominates
    between the women".) A clause opened by "and" breaks only before a race's sex ("and Guidey dominates between the women";
    not "Parker Wolfe (27:21.66) and Dylan Jacobs (27:26.13) dipped under 27:30, making it seven men")."""
    cues, _ = sentence_sex_cues(doc, a, b)
    if race.sex is None or not cues or cues[0][0] < t.end_char or cues[0][1] != race.sex:
        return race
    breaks = memo(doc).setdefault("break before the first sex cue", {})
    if a not in breaks:  # read once a sentence: the last clause break before its first cue
        text = text_of(doc)
        of_race = P.THE_SEX_BEFORE.search(text, max(a, cues[0][0] - 12), cues[0][0]) is not None
        breaks[a] = max((m.start() for m in P.LATER_CLAUSE.finditer(text, a, cues[0][0]) if of_race or not m.group().lower().startswith("and")),
                        default=-1)
    if breaks[a] < t.end_char:
        return race
    return replace(race, sex=None)


def sex_said_before(doc: Doc, t: Span, a: int, b: int, race: RaceInfo) -> RaceInfo:
    """"If the men's race was about patience, the women's race was a masterclass from Lisa
    Weightman, who won in 2:27:41", "Kerr won the men's 1500m in 3:29.12 and Muir the women's in
    3:55.22": of a sentence that says both sexes, a time is in the race of the sex said last
    before it (the sentence's race is the first said)."""
    cues, both = sentence_sex_cues(doc, a, b)
    if not both:
        return race
    if (won := P.SEX_RACE_RIGHT_AFTER_TIME.match(text_of(doc), t.end_char, b)) is not None \
            and (k := bisect_left(cues, (won.end(), ""))) < len(cues) and cues[k][0] == won.end():
        return replace(race, sex=cues[k][1]) if cues[k][1] != race.sex else race  # "... and Jepkemboi made it a sweep with 2:27:14
        # in the women's race": the race said right after the time
    k = bisect_left(cues, (t.start_char, "")) - 1
    return replace(race, sex=cues[k][1]) if k >= 0 and cues[k][1] != race.sex else race


def sentence_sex_cues(doc: Doc, a: int, b: int) -> tuple[list[tuple[int, str]], bool]:
    """Where the sentence [a, b) says a sex, and which ((start, sex), in order), and whether it
    says both; read once a sentence (an endless one holds many times)."""
    cache = memo(doc).setdefault("sex cues", {})
    if a not in cache:
        cues = [(m.start(), cue_sex(m)) for m in P.SEX_CUE.finditer(text_of(doc), a, b)]
        cache[a] = cues, len({sex for _, sex in cues}) > 1
    return cache[a]


def with_athlete_sex(race: RaceInfo, who: Span | None) -> RaceInfo:
    """A woman's result is in a women's race, whatever the sentence before said (not a row's whose sex its age category tells:
    a club's list of one mixed race, "1 Ben Cole (SM) 17:10; 2 Ann Brown (VW40) 18:44", keeps one race)."""
    if who is not None and who._.sex and who._.sex != race.sex and not _mixed_categories_block(text_of(who.doc), who):
        return replace(race, sex=who._.sex)
    return race


def _mixed_categories_block(text: str, who: Span) -> bool:
    """Is the runner's block of lines a list of both sexes' categories, the runner's bracketed after the name ("1 Ben Cole (SM)
    17:10; 2 Ann Brown (VW40) 18:44", a row a line or run together)?"""
    if not P.SEX_CATEGORY_BRACKET_AFTER.match(text, who.end_char) \
            or not P.ROW_PLACE_BEFORE.search(text, max(0, who.start_char - 40), who.start_char):
        return False  # (a placed row's: its place overall; a club's unplaced rows, "Priya Raman (F45) 3:26:12 PB", are each told apart)
    a, b = text.rfind("\n\n", 0, who.start_char) + 1, text.find("\n\n", who.end_char)  # (its block of lines: one row a line too)
    sexes = {"men" if m.group("men") else "women" for m in P.SEX_CATEGORY_BRACKET_AFTER.finditer(text, a, b if b >= 0 else len(text))}
    return len(sexes) == 2


def fill_sex_of_athletes(results: list[Span]) -> None:
    """An athlete's results are all in races of one sex: a result in a race of no known sex takes
    the sex of the athlete's other results ("Ky Robinson ... 27:11.47" in the prose, "Men's
    10,000m: 3. Ky Robinson 27:11.47" in the list below: one result, not two); and so do the other results of that race
    of no known sex in the same sentence."""
    _said_sex_over_carried(results)
    sexes: dict[str, set[str]] = defaultdict(set)
    for r in results:
        if r._.athlete is not None and r._.race.sex:
            sexes[r._.athlete.label_].add(r._.race.sex)
    filled: dict[tuple[RaceInfo, tuple[int, int]], set[str]] = defaultdict(set)  # a race of no known sex in a sentence -> the sexes given
    for r in results:
        if r._.athlete is not None and r._.race.sex is None and len(known := sexes[r._.athlete.label_]) == 1:
            filled[r._.race, sentences(r.doc).of(r.start_char)].update(known)
            r._.race = replace(r._.race, sex=next(iter(known)))
    if not filled:
        return
    for r in results:  # the rest of such a race in that sentence, its runners of no other result: the same race ("the
        # Venezuelan X defended the title with 1min46s21, in front of Thiago Andrew (1min46s88)", Thiago a man by his 1500m),
        # not one of its own (a results list's rows of "100m final" under a "Women" line are not the men's above)
        if r._.race.sex is None and len(known := filled.get((r._.race, sent := sentences(r.doc).of(r.start_char)), ())) == 1 \
                and not P.SEX_WORD.search(text_of(r.doc), *sent):  # (not "Sarah Smith was first woman in 35:20" beside the men's winner)
            r._.race = replace(r._.race, sex=next(iter(known)))


def _said_sex_over_carried(results: list[Span]) -> None:
    """An athlete's result in a race whose sex was only carried over from sentences before (its own sentence says none)
    takes the one sex their results' own sentences say ("Kenya's Sheila Chepkirui claimed the women's crown", then a
    paragraph on the men's race: "with Kimutai third in 2:07:15", and "Men's top three: ... 3. Kennedy Kimutai (KEN)
    2:07:15" below: one result, the men's)."""
    said: dict[str, set[str]] = defaultdict(set)
    unsaid: list[Span] = []
    for r in results:
        if r.label_ != "result" or r._.athlete is None or not r._.race.sex:
            continue
        text, (a, b) = text_of(r.doc), sentences(r.doc).of(r.start_char)
        cues, both = sentence_sex_cues(r.doc, a, b)
        before = [(at, sex) for at, sex in cues if at < r.start_char]
        if not cues:
            unsaid.append(r)
        elif not both and before and before[-1][1] == r._.race.sex \
                and not ("," in text[a : before[-1][0]] and "," in text[before[-1][0] : r.start_char]):
            # (said before this result, not in an aside set off by commas: not a sex the sentence says of another race after
            # it, "to win the Chicago Marathon ..., while Megertu Alemu outkicked Sifan Hassan in a thrilling women's race",
            # nor "Jake Smith, who paced the women's race on Friday, was seventh in 13:45.20"; but "In the women's race,
            # Obiri won in 2:27:37")
            said[r._.athlete.label_].add(r._.race.sex)
    for r in unsaid:
        if len(told := said.get(r._.athlete.label_, ())) == 1 and r._.race.sex not in told:
            r._.race = replace(r._.race, sex=next(iter(told)))


def follow_sex_of_results(doc: Doc, results: list[Span], sents) -> None:
    """A result of an athlete of unknown sex, in the race of the result just before it but for
    the sex, is in that result's race when its athlete's sex or its own sentence set it and
    nothing since says a sex ("Bell ... won in 4:13.72. Walcott-Nolan held on for silver in
    4:14.20": the women's 1500m, though the lede named the men's 60m first), nor speaks of a
    person of the other sex ("First man home was Craig Nicoll", "he")."""
    text = text_of(doc)

    def breaks_off(sex: str, start: int, end: int) -> bool:
        """A sex said in [start, end), either one, or a person of the other sex spoken of."""
        return P.SEX_CUE.search(text, start, end) is not None or any(
            m.group(sex) is None for m in P.PERSON_SEX_WORD.finditer(text, start, end))

    ordered = sorted(results, key=lambda r: r.start_char)
    followed: set[int] = set()  # results that took the sex of the one before (so the next may too)
    for prev, r in zip(ordered, ordered[1:]):
        who, by = r._.athlete, prev._.athlete
        # backed: its sex set by its athlete, by the result before it, or in its own sentence ("the women's race
        # was a masterclass from Lisa Weightman, who won in 2:27:41")
        backed = ((by is not None and by._.sex == prev._.race.sex) or prev.start_char in followed
                  or prev._.race.sex != race_at(doc, prev.start_char).sex)
        if (
            (who is None or not who._.sex) and backed and prev._.race.sex and prev._.race.sex != r._.race.sex
            and (prev._.race.meeting, prev._.race.event) == (r._.race.meeting, r._.race.event)
            and not breaks_off(prev._.race.sex, prev.end_char, sents.of(r.start_char)[1])
        ):
            r._.race = replace(r._.race, sex=prev._.race.sex)
            followed.add(r.start_char)


SHORT_MARKED = 40  # characters inside quotation marks that are a sign or a title, when no one is quoted


def stretch_of_race(event: str | None, seconds: float) -> bool:
    """A time far under the event's world record is no one's result in it: a stretch of the race no
    split point was read for ("a blistering 13:51" of a marathon). (Not one just under half of it: a
    10,000m result in a half marathon's report, its event never named.)"""
    record = P.EVENT_RECORD_S.get(event or "")
    return record is not None and seconds < record * P.STRETCH_FACTOR


def in_quotes(doc: Doc, char: int) -> bool:
    """Inside a quote, or inside short closed marks that quote no one: a sign ("KIPTUM 1:59?"), a title."""
    if covering(doc, "quotes", char) is not None:
        return True
    return any(m.close_at is not None and m.start <= char < m.end and m.end - m.start <= SHORT_MARKED
               for m in marked_paragraphs(doc)[paragraphs(doc).index(char)])


def place_after(text: str, t: Span, b: int) -> int | None:
    """"Kambundji Ditaji (SUI) 12.48 2.": a results line giving the place after the time."""
    m = P.LIST_PLACE_AFTER.match(text[t.end_char : min(b + 1, t.end_char + 8)])
    return int(m.group("n")) if m else None


def ranking_line(doc: Doc, t: Span) -> Span | None:
    """The athlete of a ranking list's line whose mark this time is ("2. 3:48.24 Hobbs Kessler (New
    York, 8 February, indoors)": the time first, then the name, then where and when), else None."""
    text = text_of(doc)
    line = text.rfind("\n", 0, t.start_char) + 1
    opening = text[line : t.start_char].rstrip(EMPHASIS)
    if not P.RANK_LINE_BEFORE.match(opening) or not (m := P.RANK_LINE_AFTER.match(after := _line_after(text, t))):
        return None
    if m.group("place_year") and not P.MARKS_LIST_HEADER.search(list_header(text, t.start_char) or ""):
        return None  # a line ending with a place and a year is a progression's only under a heading that says so ("World indoor
        # mile record progression since 1983 ...:"; not a results list's home town and birth year: "14:01.62 Elkanah Kiprono KEN
        # Eldoret 2006")
    if not opening.strip() and not P.DASH_AFTER_MARK.match(after) and not m.group("place_year"):
        return None  # a line opening with its mark is a progression's only with a dash after it ("1:07:11 – Liz McColgan – Tokyo –
        # 26 January 1992", or with the place and year ending it; not a results list's "2:16:42 Tigst Assefa (ETH, 1996)", a
        # birth year in its bracket)
    end = text.find("\n", t.end_char)
    names = between(doc, "athletes", t.end_char, end if end >= 0 else len(text))
    return names[0] if names else None


def _line_after(text: str, t: Span) -> str:
    """What follows a time on its line, markdown's emphasis around the time ("1. **27:39.4** – Ron Clarke") left out."""
    return text[t.end_char : t.end_char + 140].lstrip(EMPHASIS)


def ranking_year(text: str, t: Span) -> int | None:
    """The year a record's progression line gives its mark ("- 12:39.74 – Daniel Komen (KEN), Brussels 1997", "3:49.78
    Eamonn Coghlan IRL East Rutherford 1983")."""
    m = P.RANK_LINE_AFTER.match(_line_after(text, t))
    year = (m.group("year") or m.group("place_year")) if m is not None else None
    return int(year) if year else None


def list_header(text: str, pos: int) -> str | None:
    """The line that introduces the list the line at `pos` belongs to ("Entrants and personal
    bests:"): the nearest line above ending in a colon, or a heading naming entries ("KEY ENTRIES (PB /
    SB)"), across list lines (each with a number) and blank lines; None if prose comes first, or if
    the line at `pos` is no short list line."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if (end if end >= 0 else len(text)) - start > LIST_LINE_MAX:
        return None
    for _ in range(LIST_LINES_MAX):
        if start == 0:
            return None
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = text[line_start : start - 1].strip()
        if line.endswith(":") or (len(line) <= HEADING_MAX and not any(c.isdigit() for c in line) and not P.PROSE_END.search(line)
                                  and P.ENTRY_HEADER.search(line)):
            return line
        if line and (len(line) > LIST_LINE_MAX or not any(c.isdigit() for c in line)):
            return None
        start = line_start
    return None


def podium_place(doc: Doc, t: Span, a: int) -> int | None:
    """"Kiptoo was accompanied on the podium by his compatriots Elijah Serem (2:14:22) and Abebe Dessalegn (2:15:09)": the
    winner joined on the podium by two runners in the order named, the first time second and the next third; else None."""
    text = text_of(doc)
    cue = last_match(P.PODIUM_JOINED_BY, text, a, t.start_char)
    if cue is None:
        return None
    n = len(between(doc, "times", cue.end(), t.start_char))
    return 2 + n if n < 2 else None


def medal_heading_place(text: str, t: Span) -> int | None:
    """"GOLD / Beatrice Chebet - Women's 5000m - 14:28.56": the medal a heading gives every line of
    the block under it (its lines run on without a blank one)."""
    start = text.rfind("\n", 0, t.start_char) + 1
    if text.find("\n", t.start_char, start + LIST_LINE_MAX + 1) < 0 and len(text) - start > LIST_LINE_MAX:
        return None  # no short list line
    for _ in range(LIST_LINES_MAX):
        if start == 0:
            return None
        line_start = text.rfind("\n", 0, start - 1) + 1
        if heading := P.MEDAL_HEADING.fullmatch(text, line_start, start - 1):
            return P.MEDAL_PLACES[heading.group("medal").lower()]
        if not text[line_start : start - 1].strip():
            return None  # the block's top, under no heading
        start = line_start
    return None


def list_place(text: str, who: Span, a: int) -> int | None:
    """"2. A. Habz (FRA) 3:49.20": the number before a name in a results list, in its sentence, or
    opening its line ("=2. Rushell Clayton": the segmenter may end a sentence after "=2."), or, in
    a line of rows run together, the sentence before the name's ("9.94. 2. Fred Kerley": "2." one)."""
    start = rank.start() if (rank := P.RANK_RIGHT_BEFORE.search(text, max(a, who.start_char - 20), who.start_char)) else who.start_char
    m = P.LIST_PLACE_BEFORE.search(text[max(a, start - 8) : start])  # (read past a rank: "4. L/Cpl Brian Kiptum")
    if m is None:
        line = text.rfind("\n", 0, start) + 1
        m = P.LIST_PLACE_BEFORE.fullmatch(text[line : start])
        if m is None and a > start - 8:
            m = P.AGATE_PLACE_BEFORE.search(text, max(line, start - 10), start)
        if m is None and P.LIST_ROW_TIME_AFTER.match(text, who.end_char) \
                and not P.NUMBER_COLUMN_HEADER.match(text, line_above_rows(text, line, P.COMMA_ROW_PLACE)[0]):
            m = P.COMMA_ROW_PLACE.fullmatch(text, line, start)  # "1, Callum Whitmore, Wellington Scottish, 29:12" (not under "Bib,
            # Name, Club, Time": a bib's number)
    if m is not None and "dash" in m.re.groupindex and m.group("dash") and not P.ROW_DASH_AFTER.match(text, who.end_char):
        return None  # "3 – Julien Alfred is the woman to beat": a listicle's number, not a row's place
    if m is not None and (P.HOME_RUNNERS_LIST_LABEL.match(text, text.rfind("\n", 0, start) + 1)
                          or P.HOME_RUNNERS_LIST_LABEL.fullmatch(list_header(text, who.start_char) or "")):
        return None  # "Local men: 1 Wong Ka-chun 2:27:40; 2 Leung Ka-ho": ranks among the home runners
    return int(m.group("n").replace(",", "")) if m else None


def row_order_place(doc: Doc, who: Span, t: Span) -> int | None:
    """The place of a row in a results line of unnumbered rows, by their order when their times rise ("Men's 800m:
    Chukwuebuka Okafor 1:46.81, Samuel Adeyemi 1:47.35": Adeyemi second)."""
    text = text_of(doc)
    line = text.rfind("\n", 0, who.start_char) + 1
    if (m := P.ORDERED_ROWS_LINE.match(text, line)) is None or not m.start("rows") <= who.start_char < t.start_char < m.end() \
            or P.START_LIST_BEFORE.search(text, max(0, line - START_LIST_REACH), line):
        return None  # (not a start list's personal bests: "Start lists were published, with personal bests shown. Women's 1500m
        # heat 2: Faith Kipyegon 3:49.04, ...")
    times = [x for x in between(doc, "times", m.start("rows"), m.end()) if x.label_ == "time"]
    rows = len(P.ROW_SEPARATOR.findall(m.group("rows"))) + 1
    rising = all(x._.seconds <= y._.seconds for x, y in zip(times, times[1:]))
    if len(times) != rows or not rising or not find_events(text[line : m.start("rows")]):
        return None
    return next((i + 1 for i, x in enumerate(times) if x.start_char == t.start_char), None)


class Results:
    def __call__(self, doc: Doc) -> Doc:
        require(doc, "splits", "athletics_results", "athletics_splits")
        require(doc, "quotes", "athletics_results", "athletics_quotes")
        text = text_of(doc)
        sents, paras = sentences(doc), paragraphs(doc)
        split_starts = {s.start_char for s in spans_of(doc, "splits")}
        split_order = sorted(split_starts)
        main_meeting = doc._.main_meeting
        main_year = next((s._.race.year for s in spans_of(doc, "race_scopes") if s._.race.meeting == main_meeting), None)
        same_day = {m.label_ for m in spans_of(doc, "meetings") if P.SAME_DAY_AFTER.match(text, m.end_char)}  # (meetings of today,
        same_day |= doc._.section_meetings or frozenset()  # and those of a round-up's sections, each reported now)
        spans: list[Span] = []
        sentence_asides: dict[tuple[int, int], list[tuple[int, int]]] = {}
        past_paragraphs: dict[tuple[int, int | None], bool] = {}
        lead_months = set(P.MONTH_NAME.findall(text, 0, lead_end(text, paras)))
        home = home_places(text, lead_end(text, paras), main_meeting)
        lead_dated = {m[:3] for m in P.LEAD_MONTH.findall(text, 0, lead_end(text, paras))}  # "Aug" of "26 Aug 2023"

        def other_month(start: int, end: int, asides: list[tuple[int, int]] | None = None, since: int | None = None) -> bool:
            """Does [start, end) date itself in a month the lead does not name ("In June she clocked",
            "opened at Velocity Fest in April with"; where the lead names a month, "in Florence on 2 June"),
            outside the asides given, and not as the date of a mark told after `since` (a time's end: "ran 2:10:52 and improved
            his personal best from the Hamburg marathon in April (2:11:40)")? The lead dates the race."""
            return any(
                m.group("month") not in lead_months and not inside(m.start(), asides or ())
                and not _mark_s_date(text, start if since is None else max(start, since), m, time_after=since is not None)
                for m in P.MONTH_ALONE.finditer(text, start, end)
            ) or (bool(lead_dated) and any(
                (m.group("month") or m.group("month_first"))[:3] not in lead_dated and not inside(m.start(), asides or ())
                for m in P.DAY_MONTH.finditer(text, start, end)
            ))

        @cache
        def opens_with_round(pa: int) -> re.Match[str] | None:  # the paragraph's first sentence names a round (not "in the heat"; nor in
            sa, sb = sents.of(pa)  # a relative clause: "The Mayo woman, who had eased through her heat in 53.02, went out hard")
            relative = [r.span() for r in P.RELATIVE_CLAUSE.finditer(text, sa, sb)]
            # (nor one a time's own: "the fastest time of the championships, 10.29, in his heat")
            of_a_time = [(x.end_char, m.end()) for x in between(doc, "times", sa, sb)
                         if (m := P.ROUND_AFTER.match(text, x.end_char, x.end_char + 50)) is not None]
            return next((r for r in P.ROUND_CUE.finditer(text, sa, sb) if not P.WEATHER_HEAT_BEFORE.search(text, max(sa, r.start() - 8), r.start())
                         and not inside(r.start(), relative) and not inside(r.start(), of_a_time)), None)

        @cache
        def relay_sentence(a: int, b: int) -> bool:  # a relay's sentence: its times are legs' or a team's
            return bool(P.RELAY_LEG.search(text, a, b) and relay_said(text, max(0, a - RELAY_REACH), b))

        @cache
        def says_won(ta: int, tb: int) -> bool:  # "Nene won the 400m in 44.21": a final's (not "won the first in 6.46")
            return any(w.group("p1") and not P.ROUND_WON_AFTER.match(text, w.end()) for w in P.PLACE_WORD.finditer(text, ta, tb))

        @cache
        def final_named_by(pa: int, pb: int) -> int | None:  # where the paragraph first names the final ("in the final")
            return (f := P.FINAL_SAID.search(text, pa, pb)) and f.end()

        def paragraph_round(t: Span) -> re.Match[str] | None:
            """Does the time's paragraph open with an earlier round ("Her weekend had begun with a nervy
            1500m heat on Saturday morning."), no final named before the time nor a win in its sentence?
            Its times are that round's. (Each paragraph and sentence read once.)"""
            pa, pb = paras.of(t.start_char)
            ta, tb = sents.of(t.start_char)
            final = final_named_by(pa, pb)
            if sents.of(pa)[0] < ta and not says_won(ta, tb) and not (final is not None and final <= t.start_char):
                return opens_with_round(pa)
            return None

        def paragraph_past(pi: int, race: RaceInfo) -> bool:
            """Does the paragraph open by dating itself in the past ("A year later in Eugene", "May 2024
            brought the Bowerman Mile")? Then its later sentences are about the past too."""
            if (pi, race.year) not in past_paragraphs:
                sa, sb = sents.of(paras.ranges[pi][0])
                x, y = segment(text, sa, sa, sa, sb)
                y = min(y, x + LEAD_CUE_REACH)
                # "Taye had taken the field through halfway in 7:06.40": a pluperfect telling a split is the race's
                told_back = P.THAT_RACE.search(text, sb, paras.ranges[pi][1]) is not None  # ("... set by Buzunesh Deba in 2014.
                # In that race, Rita Jeptoo was second": the dated race told on)
                cue = next((c for c in P.PAST_CUE.finditer(text, x, y)
                            if told_back or not _mark_s_date(text, x, c)), None)
                told_split = (cue is not None and cue.group().lower().startswith("had")
                              and bisect_left(split_order, sb) > bisect_left(split_order, sa))
                earlier_day = cue is not None and _earlier_day_of_the_meeting(text, sa, sb)  # ("On Friday night she had taken the metric mile")
                past_paragraphs[(pi, race.year)] = (cue is not None and not told_split and not earlier_day) or _other_year(text, x, y, race, told_back) \
                    or other_month(x, y)
            return past_paragraphs[(pi, race.year)]

        for t in spans_of(doc, "times"):
            if t.label_ == "threshold" and (P.STANDARD_BEFORE.search(text[max(0, t.start_char - P.STANDARD_REACH) : t.start_char])
                                            or P.STANDARD_AFTER.match(text, t.end_char) or named_standard(text, t.start_char, t.end_char)
                                            or P.SELECTION_MARK_BEFORE.search(text, max(0, t.start_char - P.STANDARD_REACH), t.start_char)):
                spans.append(self._standard(doc, t))  # a qualifying standard: a time of no race
                continue
            if t.label_ == "threshold" and not in_quotes(doc, t.start_char) \
                    and (aim := P.TARGET_BEFORE.search(text, max(sents.of(t.start_char)[0], t.start_char - P.TARGET_REACH), t.start_char)) is not None:
                spans.append(self._target(doc, t, self._aimer(doc, t, aim, sents, paras)))
                continue  # a target: "whose target had been 2:40:00" (hers), "has requested the passage of the halfway at 1:10:30" (no one's)
            if t.label_ == "threshold" and not in_quotes(doc, t.start_char) \
                    and P.PLANNED_BEFORE.search(text, max(sent0 := sents.of(t.start_char)[0], t.start_char - PLAN_REACH), t.start_char) \
                    and P.PACERS_WORD.search(text, sent0, t.start_char) \
                    and not P.PACE_PER_UNIT.match(text, t.end_char) and not P.PACE_OF_BEFORE.search(text, max(0, t.start_char - 12), t.start_char):
                spans.append(self._target(doc, t, None))
                continue  # a pace asked of the pacemakers: "The hares had order to pass the 10 kilometers in 27:20" (no one's)
            if t.label_ != "time" or t.start_char in split_starts or in_quotes(doc, t.start_char):
                continue
            a, b = sents.of(t.start_char)
            s0, s1 = segment(text, t.start_char, t.end_char, a, b)
            line = max(text.rfind("\n", max(0, t.start_char - 300), t.start_char) + 1, t.start_char - 300)
            if (relay_said(text, s0, s1) or relay_sentence(a, b) or P.RELAY_SUBJECT_OPENING.match(text, a, b)
                    or P.TEAM_OF_RUNNERS.search(text, a, t.start_char) or (P.RUNNERS_BRACKET_BEFORE.search(text, line, t.start_char) and P.RELAY.search(text))
                    or (P.RESULTS_LINE.match(text, line) and relay_said(text, line, t.start_char))):
                continue  # "anchored the 4x100m relay team to victory in 41.91": a team's time; "ran the first three legs";
                # "Men's 4x400 USA vs. the World: 1. USA Red (Norwood, ...) 2:58.41", a results line of a relay; a sentence
                # opening with its relay ("The 4x400 relay team of Pierce, Whitlock, Moe and Trey Dahl ... finishing second
                # in 3:15.62"); a team told by its runners ("the team of Seville, Blake, Powell and Thompson had clocked", "2. Yale
                # (Ochoa, Lund, Pratt, Ames) 3:39.01")
            if (t._.seconds <= MAX_LAP_S and P.LAP_TIME_BEFORE.search(text, max(a, t.start_char - 40), t.start_char)) or \
                    P.SEGMENT_BEFORE.search(text, max(a, t.start_char - 40), t.start_char) or P.SEGMENT_AFTER.match(text, t.end_char) \
                    or course_stretch(text, t.start_char, t.end_char, a) is not None \
                    or (P.STRETCH_BY_LENGTH_BEFORE.search(text, max(a, t.start_char - STRETCH_REACH), t.start_char)
                        and not P.WON_AFTER_TIME.match(text, t.end_char)) \
                    or feature_reached(text, t.start_char, t.end_char, a, fits_event(race_at(doc, t.start_char).event, t._.seconds)) is not None \
                    or ("ed in" in text[max(a, t.start_char - 8) : t.start_char]  # (the cheap test first: "reached in", "passed in")
                        and (reached := P.POINT_REACHED_BEFORE.search(text, max(a, t.start_char - 100), t.start_char)) is not None
                        and not P.FINISH_OR_RESULT_WORD.search(text, max(a, reached.start() - 40), reached.end())
                        and not P.FINISH_CUE_AFTER.match(text, t.end_char)
                        and (P.DISTANCE_NAMED.fullmatch(reached.group("point")) is not None
                             or not fits_event(race_at(doc, t.start_char).event, t._.seconds)
                             or P.LATER_FINISH.search(text, t.end_char, b) is not None)):
                continue  # "followed it with laps of 70.9 and 70.6", "ran the last kilometre in 2:52.4", "ran the descent in 41:02": a
                # stretch, not the race;
                # "reached the summit checkpoint in 59:02": a feature of the course;
                # "until 20km, reached in 1:01:28", "by the turn at Ballyfoyle Cross, reached in 12:03" (too fast for the five
                # miles), "to the Brandenburg Gate, which he reached in 1:58:40 ..., and won in 2:03:30": a point's passage (not
                # "to the Invalides, reached in 2:22:55" of a marathon, its finish)
            seeded = False
            if P.TIME_THEN_BRACKET_BEFORE.search(text, max(a, t.start_char - 14), t.start_char) and text.startswith(")", t.end_char):
                if not (seeded := P.SEED_TIMES_HEADING.search(text, *block_heading(text, t.start_char)) is not None):
                    continue  # "14. Tom Whitworth – 32:05 (32:03)": the same run's other time (its chip time), no result of its own
                # (one under "GIRLS 1600 METERS – FINAL (seed time in parentheses)": the runner's seed, an other time)
            is_old, owner, settled = old_mark(doc, t, a, b, paras)
            ranked = ranking_line(doc, t)  # "1. 3:47.63 Yared Nuguse (New York, 8 February)": a list of marks
            entered = seeded or ((header := list_header(text, t.start_char)) is not None and P.ENTRY_HEADER.search(header))
            respective = respective_runner(doc, t, a, b)  # (read once: the runner's, and below the place's)
            who = ranked or owner or (None if settled else bracketed_runner(doc, t) or paired_runner(doc, t, a, paras) or respective
                                      or subject_for(doc, t.start_char, t.end_char, sents, paras))
            if who is not None and who.end_char <= t.start_char and P.LIST_ROW_BREAK.search(text, who.end_char, t.start_char):
                who = None  # "2 A Richardson (Kilkenny) 28:02; 3 A-M McGlynn (Letterkenny) 28:17": the row's own runner, else no one
            race = fitting_event(doc, t, event_named_before(doc, t, a, b, race_at(doc, t.start_char)))
            race = sex_said_before(doc, t, a, b, sex_said_later(doc, t, a, b, race))
            if (won := P.WON_THE_SEX_AFTER.match(text, t.end_char)) is not None:
                race = replace(race, sex=P.SEX_OF_CUE[won.group("sex").lower()])  # "Genet Hailu with 2 hours 21 minutes 40 seconds won
                # the women's champion" (translated): the race won right after the time, whatever sex the sentence said before
            if who is not None and who.start_char < a and not who._.sex and (pron := P.SUBJECT_PRONOUN.search(text[a : t.start_char])):
                race = replace(race, sex=P.PRONOUN_SEX[pron.group("pron").lower()])  # "She came home in 10:11.27": hers, a woman's race
            # another meeting named before the time or in its stretch: not this race ("At the 2022
            # World Championships she ran 14:46.75", "who won silver at the World Championships in 27:52.6");
            # one named after it ("..., his first race since the Paris Olympics") says nothing of it
            if (a, b) not in sentence_asides:  # found once a sentence: an endless one holds many times
                sentence_asides[(a, b)] = [
                    r.span() for pattern in (P.RELATIVE_CLAUSE, P.TITLE_APPOSITIVE, P.RECORD_THAT_CLAUSE, P.APPOSITIVE_RELATIVE, P.PLACE_APPOSITIVE,
                                             P.SINCE_COMPARISON, P.FIRST_SINCE)
                    for r in pattern.finditer(text, a, b)
                ]
            # ", who won silver at ...", ", the 2024 Boston Marathon champion,", "a record that had stood since
            # 2011": about the athlete or the record, not this time
            asides = [(x, y) for x, y in sentence_asides[(a, b)] if not x <= t.start_char < y]

            def cued(pattern: re.Pattern[str], start: int, end: int) -> bool:
                # (a round's time told in the pluperfect is the round's: "had won his semi-final in 3:32.89")
                return any(not inside(r.start(), asides) and not (round_cue is not None and P.PLUPERFECT.match(r.group()))
                           and not (pattern is P.PAST_CUE and _mark_s_date(text, max(start, t.end_char), r, time_after=True))
                           # (another mark's date after the time: "came in 2:10:52 hours ... and improved his personal best from the
                           # Hamburg marathon in April (2:11:40)", its own time right after; not the time's own: "her own record
                           # of the course, 1:10:34, established in 2022", "has 12.48,45 as personal record from Firenze in June")
                           and not (r.start() >= t.end_char  # (another's mark after the time: "off Colin Jackson's mark from 1994")
                                    and P.OWNED_MARK_RIGHT_BEFORE.search(text, max(start, r.start() - 30), r.start()))
                           # (another mark's date right after it, before the win: "off Dunbar's record of 59:30 from 2016 to win in 58:47")
                           and not (r.end() <= t.start_char and P.WIN_RIGHT_BEFORE.search(text, max(r.end(), t.start_char - 30), t.start_char)
                                    and _dates_the_time_before(doc, r, a))
                           for r in pattern.finditer(text, start, end))

            def round_named(start: int, end: int) -> re.Match[str] | None:  # an earlier round, unless the final is named after it
                # (the last named before the time, else the first after: "qualified for the semi-finals by winning his heat
                # in 3:35.84", "won his heat in 10.04 and his semi-final in 9.83")
                named = [r for r in P.ROUND_CUE.finditer(text, start, end) if not inside(r.start(), asides)
                             and not P.FINAL_SAID.search(text, r.end(), t.start_char)
                             # (one named after this time, before another, is that one's: "in 7.93 after a heat time of 7.95";
                             # or after another: "winning in 6.63 after a 6.68 in the semi-finals")
                             and not (r.start() >= t.end_char and (P.ROUND_TIME_AFTER.match(text, r.end(), b)
                                                                   or count_between(doc, "times", t.end_char, r.start()) > 0
                                                                   or won_another_race(start, t.start_char)))
                             # (nor one before a win of another event: "By the time the 200m semi-finals came round, he
                             # had already won the 100m in 9.79", "eliminated in the first round, as Hocker went on to
                             # win the 1500m in 3:27.65")
                             and not (r.end() <= t.start_char and won_another_race(r.end(), t.start_char))]
                return next((r for r in reversed(named) if r.end() <= t.start_char), next(iter(named), None))

            def wins_of_another_race(start: int, end: int) -> list[re.Match[str]]:  # "won the 5000m", "won the 1500m here on
                return [m for m in P.PLACE_WORD.finditer(text, start, end) if P.OTHER_RACE_WON_AFTER.match(text, m.end())]  # Tuesday"

            def won_another_race(start: int, end: int) -> bool:  # "won the 1500m here on Tuesday in 3:54.87 and came through
                return any(m.group("p1") for m in wins_of_another_race(start, end))  # Wednesday's heats": the final's, not the heats'

            def other_edition() -> bool:
                """Is the round of another edition? Another year, an earlier edition or another meeting said where the round
                is (the time's stretch or the sentence's opening, outside asides about others: "At the 2022 Worlds, Wightman
                had won his semi-final", "At the previous Games he won his semi"), or a year of the round's own ("his 1983
                semi-final", "whose 2019 world semi-final took 53.81"), whatever the race's."""
                where = [(s0, s1), (lead[0], lead[1])]
                return (any(not inside(y.start(), asides) and race.year is not None and int(y.group("year")) != race.year
                            for x0, x1 in where for y in P.ROUND_YEAR.finditer(text, x0, x1))
                        or any(not inside(e.start(), asides) for x0, x1 in where for e in P.PREVIOUS_EDITION.finditer(text, x0, x1))
                        or (main_meeting is not None and any(m.label_ != main_meeting and not inside(m.start_char, asides)
                                                             for x0, x1 in where for m in between(doc, "meetings", x0, x1)))
                        or P.YEAR_OF_ROUND_BEFORE.search(text, max(a, round_cue.start() - 25), round_cue.start()) is not None)

            other_meetings = [  # another meeting, or another edition of this one ("London 2012, when Rudisha ran")
                m for m in between(doc, "meetings", a, s1)
                if (m.label_ != main_meeting and m.label_ not in same_day or (m._.year and race.year and m._.year != race.year))
                and not inside(m.start_char, asides)
                and not to_come(text, m.start_char, m.end_char)  # one still to come
                and not P.MEETING_TITLE_AFTER.match(text, m.end_char)  # a title won there: "the Commonwealth Games winner Oliver Hoare (3:33,11)"
                and not titles_meeting(text, m.start_char)  # "champion of Hangzhou Asian Games He Jie"
                and not P.SINCE_BEFORE_MEETING.search(text, max(a, m.start_char - 40), m.start_char)  # "the first time since the Olympics"
            ]
            named_after = race.meeting is not None and race.meeting != main_meeting and _named_after(doc, race, a, s1, b)
            elsewhere = bool(other_meetings) or (race.meeting is not None and race.meeting.islower() is False
                                                  and race.meeting != main_meeting and race.meeting not in same_day and not named_after)
            if named_after:  # "clocked 7.65 to take gold, lowering the 7.67 she ran at Millrose": the main meeting's race
                race = replace(race, meeting=main_meeting, year=main_year, named=True)
            if P.SET_AFTER.match(text[s1:b]):  # "..., set in Chicago in 2018": read the dating stretch too
                s1 = segment(text, s1 + 1, s1 + 1, a, b)[1]
            lead = segment(text, a, a, a, b)  # "A year ago, Bekele ran ...": the opening stretch dates the sentence
            # ... as far as its first time: "Long clocked 10.83 in the 100m final after running 10.95 in Friday's prelims,
            # then came back to win the 200m in 22.09" (the prelims are 10.95's)
            lead_times = between(doc, "times", lead[0], lead[1])
            lead_opening = min([lead[1]] + [x.start_char for x in lead_times if x.start_char != t.start_char])
            now = P.NOW_CUE.search(text, lead[1], t.start_char)  # ... up to "today", or "this time" after its own time
            lead_dates = now is None or not (now.group("today") or lead_times)
            # a cue after the next time of the stretch dates that time: "won in 2:03:21 and took 21 seconds off
            # the record of 2:03:42 set in 2011"
            next_time = next((x.start_char for x in between(doc, "times", t.end_char, s1)), s1)
            listed = (d := P.LIST_DATED_AFTER.search(text, t.end_char, b)) is not None and P.FOLLOWER_GAP.fullmatch(
                text, t.end_char + (text[t.end_char : t.end_char + 1] == ")"), d.start()) is not None
            list_dated = segment(text, d.end(), d.end(), a, b) if listed else (b, b)  # "..., both in that Rome race in 1999,"
            # "added the world record to the 1,500m mark she set a week ago when she outkicked Gidey to win in 14:05.20 at
            # the Paris meeting on Friday": a win dated today, whatever past the stretch before it tells
            # ("who set it in Valencia in 2020 and was second on Friday in 14:07.94": a place dated today)
            won_now = ((P.WIN_RIGHT_BEFORE.search(text, max(s0, t.start_char - 30), t.start_char) is not None
                        and P.PRESENT_CUE.search(text, t.end_char, next((x.start_char for x in between(doc, "times", t.end_char, b)), b)) is not None)
                       or P.PLACED_TODAY_BEFORE.search(text, max(s0, t.start_char - 40), t.start_char) is not None)
            if ranked is not None and race.year is not None and ranking_year(text, t) == race.year:
                ranked = None  # "- 12:35.36 – Joshua Cheptegei (UGA), Monaco 2020" in the report of that race: its own mark
            # "In the semifinals, Green won his heat in 3:39.82": an earlier round of this race's event, a race of its own
            # (not one in an aside: "Thompson, who jogged his heat in 10.01, won in 9.89"; the round named in the time's own
            # stretch or the sentence's opening one: "clocked 7.08 in her heat and then improved to 7.02 in the final",
            # "Visser, fastest in the heats with 7.83, was second in 7.81"). A round's time nobody ran is an other time.
            round_cue = (  # (the round named right after the time first: "10.12 in Friday's heats and 10.08 in his semi")
                P.ROUND_AFTER.match(text, t.end_char, t.end_char + 50)
                or (None if P.FINAL_AFTER.match(text, t.end_char) else round_named(s0, s1) or round_named(lead[0], lead_opening))
                or next((w for w in P.ROUND_THEN_WHICH.finditer(text, max(a, s0 - 60), t.start_char) if w.end() >= s0), None)
                or paragraph_round(t)
            )
            # a past cue in the time's stretch, not the title's past in its own clause ("to regain the title she first won in
            # Belgrade three years ago")
            if (title_won := P.TITLE_AGAIN_AFTER.search(text, t.end_char, next_time)) is not None:
                past_cued = cued(P.PAST_CUE, s0, title_won.start()) or cued(P.PAST_CUE, title_won.end(), next_time)
            else:
                past_cued = cued(P.PAST_CUE, s0, next_time)
            if not past_cued and s0 > a and P.RESULT_PARTICIPLE_OPENING.match(text, s0, t.start_char):
                # a result's participle after a clause told in the past: "made her debut in New York only a year ago, finishing
                # sixth in 2:25:49" (not a relative clause's: "ticked off Bushy parkrun, the one where it all began in 2004, finishing
                # in 26.03")
                prev_s0 = segment(text, s0 - 1, s0 - 1, a, b)[0]
                past_cued = not P.RELATIVE_WORD.search(text, prev_s0, s0) and cued(P.PAST_CUE, prev_s0, s0)
            earlier_day = _earlier_day_of_the_meeting(text, a, b)  # "On Friday night she had taken the metric mile in 4:12,48"
            past_cued = past_cued and not earlier_day
            opening = min(lead[1], t.start_char, lead[0] + LEAD_CUE_REACH)  # the sentence's opening stretch, as far as its time
            past = is_old or elsewhere or ranked is not None or bool(entered) or bool(
                (past_cued and not won_now) or P.PAST_CLAUSE_BEFORE.search(text, s0, t.start_char)
                or P.PAST_WHEN_BEFORE.search(text, max(a, s0 - 40), t.start_char) or P.PAST_WIN_AFTER.match(text, t.end_char)
                # (an undated race's "2025 final" is another edition; its "2025 Olympic final" may be its own)
                or any(int(e.group("year")) != race.year if race.year is not None
                       else not e.group("adj") and not P.THIS_DAY_CUE.search(text, s0, next_time)
                       for e in P.YEAR_EDITION.finditer(text, s0, next_time))
                or ((e := P.EDITION_AFTER_TIME.match(text, t.end_char)) is not None and int(e.group("year")) != race.year)
                or ((e := P.YEAR_NOUN_AFTER_TIME.match(text, t.end_char)) is not None and race.year is not None
                    and int(e.group("year")) != race.year)
                or ((e := P.PLACE_THEN_YEAR_AFTER.match(text, t.end_char)) is not None and (
                    int(e.group("year")) != race.year if race.year is not None
                    else not P.WON_IN_BEFORE.search(text, max(a, t.start_char - 40), t.start_char)
                    and not P.THIS_DAY_CUE.search(text, s0, next_time) and not P.RESULTS_LINE.match(text, line)))
                # ("broke the 10,000-meter world record with 28:54.14 in Eugene, Oregon, in 2024" in a report of no date; not
                # "Jacob Kiplimo won in 2:05:18 in Berlin, Germany, in 2026", nor a results row)
                or ((e := P.YEAR_RIGHT_BEFORE_TIME.search(text, max(a, t.start_char - 10), t.start_char)) is not None and int(e.group("year")) != race.year)
                or (text[t.start_char - 1 : t.start_char] == "(" and P.DID_NOT_RUN_AFTER.match(text, t.end_char) is not None)
                # "Alicia Monson (14:19.45, Monaco last year)": the bracket the time opens dates it
                or (text[t.start_char - 1 : t.start_char] == "(" and (rest := P.BRACKET_REST_AFTER.match(text, t.end_char)) is not None
                    and cued(P.PAST_CUE, *rest.span()))
                # "the last two finals were won in 14:36.79 (Hassan, Tokyo 2021)": a year in a bracket, not this race's
                or (race.year is not None and (e := P.EDITION_IN_BRACKET_AFTER.match(text, t.end_char)) is not None
                    and int(e.group("year")) != race.year)
                # "the 2:18:59 run by Maeda in Osaka in January 2024", this race run in 2025
                or any(race.year is not None and int(d.group("year")) != race.year for d in P.FULL_DATE.finditer(text, s0, next_time))
                or (lead_dates and not earlier_day and cued(P.PAST_CUE, lead[0], opening)
                    and not P.APPOSITIVE_OPENING.match(text, lead[0]))
                or (lead_dates and _other_year(text, lead[0], opening, race))
                or ((cleft := P.CLEFT_DATING_OPENING.match(text, a, t.start_char)) is not None and _other_year(text, a, cleft.end(), race))
                or cued(P.PAST_CUE, *list_dated) or _other_year(text, *list_dated, race)
                or other_month(s0, next_time, asides, since=t.end_char) or (lead_dates and other_month(lead[0], opening, since=t.end_char))
                or any(c.group("champ").lower() not in (main_meeting or "").lower() for c in P.CHAMPIONSHIP_MEDAL.finditer(text, s0, next_time))
                # "In Tokyo in 2021, Ingebrigtsen won ... Kerr took the bronze in 3:29.05": a paragraph about the past
                or (paragraph_past(paras.index(t.start_char), race) and a > paras.of(t.start_char)[0]
                    and not P.PRESENT_CUE.search(text, sents.of(paras.of(t.start_char)[0])[1], b))  # (not once a sentence after its
                # opening came back to the race: "Three weeks before the Chicago Marathon, she was not sure she would start. On Sunday
                # she won it in 2:17:36. Kenya's Lilian Rono was second in 2:18:05")
                # ", where he ran 2:02:05" after "his debut in Valencia in 2024": the stretch before dates it
                or P.ALL_TIME_BEHIND.search(text, a, t.start_char) is not None  # "fourth on the all-time list behind Bolt (9.58)"
                or P.PAST_EDITION_WIN_BEFORE.search(text, max(a, t.start_char - 80), t.start_char) is not None  # "The winner of
                # the last 20 km of Paris in 59:48"
                or (aside_elsewhere(text, t, a, b, home) and not won_now)  # "Hocker, who won gold in Paris in an Olympic record of 3:27.65," in Zurich
                # "Kipyegon, who lowered her own world record to 3:48.68 in Eugene, Oregon, in July,": a record's clause dated after
                # its place (not "Chebet, who won the 5000m in 14:28.56 in Paris, in August, then took the 10,000m")
                or any(x <= t.start_char < y and (d := P.ASIDE_DATED_AFTER.match(text, y)) is not None and d.group("month") not in lead_months
                       and P.RECORD_WORD.search(text, x, y) for x, y in sentence_asides[(a, b)])
                # "in September 2021, ... behind Trayvon Bromell, who won that race in 9.76": a race of that year, an earlier one
                or (P.WON_THAT_RACE_BEFORE.search(text, max(a, t.start_char - 30), t.start_char) is not None
                    and any(race.year is None or int(y.group()) != race.year for y in P.YEAR_WORD.finditer(text, a, t.start_char)))
                or (P.WHERE_OPENING.match(text, s0, t.start_char) is not None and s0 > a
                    and any(race.year is None or int(y.group("year")) != race.year
                            for y in P.IN_YEAR.finditer(text, segment(text, s0 - 1, s0 - 1, a, b)[0], s0)))
            )
            if round_cue is not None and not past and who is not None and not other_edition():  # (another edition's: an other time)
                race = replace(race, round=round_of(round_cue.group(), text[lead[0] : lead[1]], text[a:b],
                                                    text[max(a, round_cue.start() - 20) : round_cue.start()]))
            else:
                past = past or round_cue is not None
            if who is None and not past:
                continue  # a time nobody in the text ran ("Seven runners ran ...")
            if not past and stretch_of_race(race.event, dotted_minutes(t._.seconds, t._.clock, race.event)[0]):
                continue  # "covering the section between 30km and 35km in a blistering 13:51" of a marathon
            if past:
                race = titled_event(text, t, a, race)
            w0, w1 = fact_window(doc, t, who, sents)
            place_asides = asides
            if race.round:  # a round's time takes no place said in the next time's stretch ("Nene, the fastest qualifier with
                # 45.12, won the 400m in 44.21" is no heat's win; "in 13:24.71, finishing second behind Krop" is); one in an
                # aside, only the aside's ("who won his heat in 10.01,")
                if nt := next(iter(between(doc, "times", t.end_char, b)), None):
                    w1 = min(w1, max(s1, segment(text, nt.start_char, nt.end_char, a, b)[0]))
                if final := P.FINAL_SAID.search(text, t.end_char, b):  # "2:10.45 in her heat and went on to finish fourth
                    breaks = [c.start() for c in P.ROUND_CLAUSE_BREAK.finditer(text, t.end_char, final.start())]  # in the final": its
                    w1 = min(w1, breaks[-1] if breaks else final.start())  # place the final's, said in the clause naming it
                w0, w1 = next(((x, y) for x, y in sentence_asides[(a, b)] if x <= t.start_char < y), (w0, w1))
                place_asides = asides + [m.span() for m in wins_of_another_race(w0, w1)]  # "won the 5000m and strolled through his heat"
                place_asides += [m.span() for m in P.ROUND_NUMBER.finditer(text, w0, w1)]  # "10.03 in the second"
            if past and (own := event_named_after_mark(text, t.end_char)) is not None:
                race = replace(race, event=own)  # "whose 16:22.41 in the 5,000m": the mark's own event, not the race's
            span = self._span(doc, t, t, who, race)
            span.label_ = "other" if past else "result"
            place = (podium_place(doc, t, a) or list_place(text, who, a) or row_order_place(doc, who, t) or place_after(text, t, w1 if race.round else b)
                     or medal_heading_place(text, t)) \
                if who is not None else None
            if race.round and (won := P.ROUND_WIN_BEFORE.search(text, max(w0, t.start_char - 90), t.start_char)) \
                    and not between(doc, "athletes", won.end(), t.start_char):
                place = place or 1  # "took the second semi in 3:57.40", "Benjamin took his in 47.95" (not another's time after it)
            paired_second = P.PAIRED_TIME_BEFORE.search(text, max(a, t.start_char - PAIR_WORD_REACH), t.start_char) is not None
            # the second of a pair takes no place said for the first ("edging Aregawi for bronze, 27:59.70 to 28:00.12"); a time
            # given out by "respectively" takes its place so too, in order (`fill_places_from_placings`), not the one after it
            given_out = who is not None and who == respective
            span._.place = None if past or paired_second or given_out else (place or place_in(text, w0, w1, t, who, place_asides))
            tag_from = who.start_char if who is not None and w0 <= who.start_char < t.start_char else w0
            span._.tags = tags_in(text[tag_from:w1], t.end_char - tag_from)  # tags after the time before belong to it
            span._.context = ("record" if is_old else "earlier") if past else None
            spans.append(span)
        spans += self._anaphors(doc, sents, paras)
        spans += self._same_time_as(doc, sents, spans)
        results = [s for s in spans if s.label_ == "result"]
        fill_sex(results, relabel=False)  # results of one meeting and event share its known sex
        fill_sex_of_athletes(results)
        follow_sex_of_results(doc, results, sents)
        finals = [r for r in results if r._.race.round is None]  # a round's places are only those said of its times
        fill_places_from_placings(doc, finals, sents)
        place_narrow_losers(doc, finals, sents)
        place_top_rounded_out(doc, finals, sents)
        place_followers(doc, finals, sents)
        place_listed_in_order(doc, finals)
        place_listed_after_colon(doc, finals, sents)
        place_the_winner(doc, finals)
        place_followers(doc, finals, sents)  # again, after a winner placed from another sentence ("won the title. He crossed the line in 28:09, well in front of")
        infer_places(finals)
        # a round's rivals listed right after its placed runner's time ran in the same heat: "took heat three in 1:47.05 from Kemei (1:47.11)"
        place_followers(doc, [r for r in results if r._.race.round is not None], sents, one_heat=True)
        write_spans(doc, "results", sorted(spans, key=lambda s: s.start_char))
        return doc

    def _span(self, doc: Doc, at: Span, time: Span, who: Span | None, race) -> Span:
        span = char_span(doc, at.start_char, at.end_char, "result")
        span._.seconds, span._.clock = dotted_minutes(time._.seconds, time._.clock, race.event)
        if race.event in P.TRACK_OF_ROAD and P.HUNDREDTHS_END.search(span._.clock):
            race = replace(race, event=P.TRACK_OF_ROAD[race.event])  # "winning the 10K in 33:08.44": the track's
        span._.athlete, span._.race = who, with_athlete_sex(race, who)
        span._.place_inferred, span._.antecedent = False, (time if time is not at else None)
        return span

    def _standard(self, doc: Doc, t: Span) -> Span:
        span = self._span(doc, t, t, None, race_at(doc, t.start_char))
        span.label_ = "other"
        span._.place, span._.tags, span._.context = None, [], "standard"
        return span

    @staticmethod
    def _aimer(doc: Doc, t: Span, aim: re.Match[str], sents: Bounds, paras: Bounds) -> Span | None:
        """Whose target the time at `t` is, its cue `aim` before it: no one's for a pace asked for or a finish projected ("has
        requested the passage of the halfway at 1:10:30"); a blog's narrator's for "my" or "I" ("my next target is 1:42", "I am
        hoping for 3:45"); for one told ("X says the next target is"), a blog's narrator (unless "for her" says it is the
        sayer's), else the runner who says it, the one a pronoun saying it or owning its sayer stands for ("He says", "His coach
        says"); the runner a possessive pronoun stands for
        ("Her goal was 32:59"), a relative clause's runner ("Chebet, who was hoping for 14:20"), an owner's ("Kiprop's goal is
        2:03"); else the clause's subject ("He was hoping for 15:20")."""
        text = text_of(doc)
        if aim.group("paced") or P.FOR_A_GROUP_IN_AIM.search(aim.group()):
            return None  # (nor a pace asked of a group: "The target for the pacemakers was 61:30 at halfway")
        sent_start = sents.of(t.start_char)[0]
        lo = max(sent_start, aim.start() - AIMER_REACH)
        before = text[lo : aim.start()]
        if doc._.narrator is not None and ((P.MY_RIGHT_BEFORE.search(before) and P.AIM_NOUN.match(aim.group()))
                                           or P.I_SUBJECT_BEFORE.search(before)):
            return doc._.narrator  # "my next target is 1:42", "I am hoping for 3:45" (not "My husband hoped for 3:30")
        if (told := P.TOLD_AIM_BEFORE.search(before)) is not None:
            told_at = lo + told.start()
            named = between(doc, "athletes", sent_start, told_at)
            people = between(doc, "people", sent_start, told_at)
            sayer = max(named[-1:] + people[-1:], key=lambda m: m.start_char, default=None)
            if named and sayer is named[-1] and (doc._.narrator is None or P.FOR_THEM_AFTER.match(text, t.end_char)):
                return named[-1]  # "Sarah Lowe says the next target is 1:50" (in a blog, "... 1:50 for her")
            if (pron := P.SAYER_PRONOUN_BEFORE.search(text, sent_start, told_at)) is not None:
                return previous_athlete(doc, t.start_char, paras, sex=P.PRONOUN_SEX[pron.group(1).lower()], protagonist=True)  # "He says",
                # "His coach, Patrick Sang, says"
            return doc._.narrator  # a blog's "Janelle says the next target is 53:30 for the fall": told its author (or no one's)
        if (pron := P.POSSESSIVE_PRONOUN_RIGHT_BEFORE.search(before)) is not None:
            return _pronoun_setter(doc, t, sent_start, paras, P.PRONOUN_SEX[pron.group(1).lower()])
        if (rel := P.WHO_AIMED_BEFORE.search(before)) is not None \
                and (named := [m for m in between(doc, "athletes", sent_start, lo + rel.start()) if m.end_char == lo + rel.start()]):
            return named[0]  # "Obiri beat Chebet, who was hoping for 14:20, in 14:25"
        if (owner := next(iter(between(doc, "athletes", lo, aim.start())[-1:]), None)) is not None and owner._.possessive \
                and not text[owner.end_char : aim.start()].strip(" '’s"):
            return owner  # "Kiprop's goal is 2:03"
        return subject_for(doc, t.start_char, t.end_char, sents, paras) or next(
            (m for m in between(doc, "athletes", sent_start, aim.start())[:1] if not text[sent_start : m.start_char].strip()), None)
        # ("Kiprop, who won in 2:06:10, had hoped for 2:05": the name opening the sentence)

    def _target(self, doc: Doc, t: Span, who: Span | None) -> Span:
        span = self._span(doc, t, t, who, race := race_at(doc, t.start_char))
        if P.HOURS_MINUTES_CLOCK.fullmatch(t._.clock) and (d := event_distance(race.event)) is not None and d >= HOURS_TARGET_MIN_M:
            span._.seconds = t._.seconds * 60  # "hoping for something around 1:40" in a half marathon: 1 hour 40
        span.label_ = "other"
        span._.place, span._.tags, span._.context = None, [], "target"
        return span

    def _anaphors(self, doc: Doc, sents: Bounds, paras: Bounds) -> list[Span]:
        """"Whiteman matched that time": the time of the sentence before, for this athlete."""
        text = text_of(doc)
        out = []
        for m in P.TIME_ANAPHOR.finditer(text):
            a, b = sents.of(m.start())
            prev_start = sents.ranges[max(0, sents.index(m.start()) - 1)][0]
            earlier = [t for t in between(doc, "times", prev_start, m.start()) if t.label_ == "time"]
            who = subject_for(doc, m.start(), m.end(), sents, paras)
            at = char_span(doc, m.start(), m.end())
            if not earlier or who is None or at is None:
                continue
            span = self._span(doc, at, earlier[-1], who, race_at(doc, m.start()))
            span._.place = place_in(text, m.start(), b, at)
            span._.tags = tags_in(text[m.start() : b])
            out.append(span)
        return out

    def _same_time_as(self, doc: Doc, sents: Bounds, results: list[Span]) -> list[Span]:
        """"came through strongly to win in 10.99, the same time as Switzerland's Mujinga Kambundji": the rival named
        after "the same time as" ran the time before it too (the span on the rival's name), second to a winner."""
        text = text_of(doc)
        out = []
        for m in P.SAME_TIME_AS.finditer(text):
            a, _ = sents.of(m.start())
            earlier = [t for t in between(doc, "times", a, m.start()) if t.label_ == "time"]
            rival = next((r for r in between(doc, "athletes", m.end(), m.end() + SAME_TIME_REACH) if not r._.possessive), None)
            if not earlier or rival is None or not P.RIVAL_GAP.fullmatch(text, m.end(), rival.start_char) \
                    or not P.RIVAL_END.match(text, rival.end_char):
                continue
            said = [r for r in results if r.start_char == earlier[-1].start_char]
            if not any(r.label_ == "result" for r in said) or any(r.label_ == "result" and r._.athlete is not None
                                                                   and r._.athlete.label_ == rival.label_ for r in results):
                continue  # the time a result of this race (not "Last year Kerr ran 3:29.10 in Oslo"), the rival's own none yet
            span = self._span(doc, rival, earlier[-1], rival, race_at(doc, earlier[-1].start_char))
            won = any(r.label_ == "result" and r._.place == 1 for r in said)
            span._.place, span._.tags = (2 if won else None), []
            out.append(span)
        return out


def fill_places_from_placings(doc: Doc, results: list[Span], sents: Bounds) -> None:
    """"Jepkosgei a further second back in third" (no time) then "Jepkosgei 2:16:24": one athlete,
    one race, the place said in one sentence and the time in another; so too the places of names
    listed with as many places and "respectively"."""
    text = text_of(doc)
    timed = [s.start_char for s in spans_of(doc, "times")]
    placings: dict[tuple[str, str], set[int]] = defaultdict(set)
    # each read once a sentence, not once a name
    respectively = cache(lambda a, b: P.RESPECTIVELY.search(text, a, b) is not None)
    no_final_place = cache(lambda a, b: P.MIDRACE_CUE.search(text, a, b) is not None or P.ROUND_CUE.search(text, a, b) is not None)
    for m in spans_of(doc, "athletes"):
        a, b = sents.of(m.start_char)
        nxt = between(doc, "athletes", m.end_char, b)[:1]
        later_times = timed[bisect_left(timed, m.end_char) : bisect_left(timed, b)]
        stop = min([b] + [x.start_char for x in nxt] + later_times[:1])
        if later_times and later_times[0] < stop:
            continue
        if respectively(a, b):
            continue  # the places of the names listed, in order (below)
        g = P.PLACE_ORDINAL.search(text, m.end_char, stop)
        # not a position during the race, nor a place in an earlier round ("Tinch took the second [heat]"), nor the
        # subject's place said after an object ("held off a charging Henry Wynne for third")
        if g and g.start() - m.end_char < 40 and not no_final_place(a, b) and not is_object(text, m, a):
            placings[(m.label_, race_at(doc, m.start_char).id)].add(place_of(g))
    for cue in P.RESPECTIVELY.finditer(text):  # "Oukhelfen and Carlos Mayo finished in sixth and twelfth position respectively"
        a, _ = sents.of(cue.start())
        a = max(a, cue.start() - PAIR_REACH)
        ordinals = [P.ORDINALS[o.lower()] for o in P.ORDINAL_WORD.findall(text, a, cue.start())]
        named = [m for m in between(doc, "athletes", a, cue.start()) if not m._.possessive]
        if not ordinals and (got := P.RESPECTIVE_PLACES_AFTER.match(text, cue.end(), sents.of(cue.start())[1])) is not None:
            # "Kipulimo and Gelemisa respectively with 2:06:40 and 2:07:03 got the second and third" (translated): the places of
            # the names right before it, as its times are (not "..., Kipyegon for the third time and Chebet for the first")
            ordinals = [P.ORDINALS[o.lower()] for o in P.ORDINAL_WORD.findall(got.group("ords"))]
            named = named[-len(ordinals):]
        if len(named) > len(ordinals) >= 2 and is_object(text, named[-len(ordinals)], a):
            named = named[-len(ordinals):]  # "clocked 9.79secs to beat American Kenneth Bednarek (9.92) and Jamaica's Ackeem Blake
            # (9.95) to second and third places respectively": the places of the ones beaten
        if len(named) == len(ordinals) >= 2 and not P.ROUND_CUE.search(text, a, cue.start()):
            # (the race of each one's result in the sentence, which may know the sex its sentence does not)
            raced = {r._.athlete.label_: r._.race.id for r in results if a <= r.start_char < cue.start() and r._.athlete is not None}
            for m, place in zip(named, ordinals):
                placings[(m.label_, raced.get(m.label_) or race_at(doc, m.start_char).id)].add(place)
    for s in results:
        if s._.place is None and s._.athlete is not None:
            found = placings.get((s._.athlete.label_, s._.race.id), set())
            if len(found) == 1:
                s._.place = next(iter(found))
                if not _consistent([r for r in results if r._.race.id == s._.race.id]):
                    s._.place = None  # a place the times contradict was a position during the race


def place_top_rounded_out(doc: Doc, results: list[Span], sents: Bounds) -> None:
    """"Masalela (1:44.31) and Pattison (1:44.90) completed the top five": the results listed in
    the sentence before the cue take the last places of the top N, in order; "Alemu completed the
    top five in 2:20:04": the time right after the cue is the Nth's."""
    text = text_of(doc)
    for m in P.TOP_ROUNDED_OUT.finditer(text):
        a, _ = sents.of(m.start())
        word = m.group("n")
        n = 3 if m.group("podium") else int(word) if word.isdigit() else P.NUMBER_WORDS.get(word.lower())
        if n is None:
            continue
        own = next((r for r in results if r.start_char >= m.end() and (P.TIME_RIGHT_AFTER.match(text, m.end(), r.end_char)
                                                                      or P.WITH_TIME_GAP.fullmatch(text, m.end(), r.start_char))), None)
        if own is not None and own._.athlete is not None and own._.athlete.end_char <= m.start() and own._.place is None:
            own._.place, own._.place_inferred = n, False  # "Megertu Alemu completed the top five in 2:20:04": the last of them
            continue
        listed = [r for r in results if a <= r.start_char < m.start() and r._.place is None]
        if not listed or between(doc, "athletes", listed[-1].end_char, m.start()):
            continue  # "..., with Worku rounding out the podium": Worku's own place, not the list's
        if n < len(listed):
            continue
        for place, r in enumerate(listed, start=n - len(listed) + 1):
            r._.place, r._.place_inferred = place, False


def place_narrow_losers(doc: Doc, results: list[Span], sents: Bounds) -> None:
    """"Tebogo held off Zharnel Hughes to win": the rival held off finished one place behind (of a
    "she" who held off: of the athlete the pronoun stands for; of a description, "The Polish sprinter
    held off Zharnel Hughes to win in 7.03": of the one athlete the sentence places)."""
    text = text_of(doc)
    by_athlete = {(s._.athlete.label_, s._.race.id): s for s in results if s._.athlete is not None}
    of_athlete: dict[str, list[Span]] = defaultdict(list)  # each athlete's results, for the winner of each verb
    for r in results:
        if r._.athlete is not None:
            of_athlete[r._.athlete.label_].append(r)
    for m in P.NARROW_BEAT.finditer(text):
        a, b = sents.of(m.start())
        mentions = between(doc, "athletes", max(a, m.start() - 300), min(b, m.end() + 300))
        winner = [x for x in mentions if x.end_char <= m.start() and not is_object(text, x, a)]
        if (right := [x for x in mentions if x.end_char <= m.start()][-1:]) and not text[right[0].end_char : m.start()].strip():
            winner = right  # "with Sweden's Andreas Almgren edging Berihu Aregawi": the one right before the verb
        rival = [x for x in mentions if x.start_char >= m.end()]
        if not winner and (pron := P.ANY_PRONOUN.match(text, a)) is not None:  # "She ... had enough to hold off Klaver"
            winner = [w] if (w := previous_athlete(doc, a, paragraphs(doc), sex=P.PRONOUN_SEX[pron.group("pron").lower()])) else []
        if not winner and rival:  # "The Polish sprinter ... held off Italy's Zaynab Dosso to win in 7.03": the one placed
            placed = {r._.athlete.label_: r._.athlete for r in results
                      if a <= r.start_char < b and r._.place and r._.athlete is not None and r._.athlete.label_ != rival[0].label_}
            winner = list(placed.values()) if len(placed) == 1 else []
        if not winner or not rival:
            continue
        for race_result in of_athlete[winner[-1].label_]:
            if race_result._.place:
                _place_behind(race_result, rival[:1], by_athlete, results)


def place_followers(doc: Doc, results: list[Span], sents: Bounds, one_heat: bool = False) -> None:
    """"won in 3:27.79 ahead of Hocker (3:27.80) and Nuguse (3:27.85)", "won in 2:16:16, beating Assefa (2:16:23)
    and Jepkosgei (2:16:24)": the rivals listed after a placed athlete finished behind, in the order named;
    "placed third in 7.50 behind Holloway (7.38) and Broadbell (7.47)": those listed after "behind" finished
    just ahead, in the order named. Only a list (names with their times, commas, "and"), only places the text
    left open, and only if the times keep the order (with `one_heat`, the results of a round, whose heats each
    have their places: the placed runner's, the rivals' and the placed times of the round between theirs)."""
    text = text_of(doc)
    by_athlete = {(s._.athlete.label_, s._.race.id): s for s in results if s._.athlete is not None}
    ordered = sorted(results, key=lambda r: r.start_char)
    starts = [r.start_char for r in ordered]
    for m in P.FOLLOWERS_BEFORE.finditer(text):
        a, b = sents.of(m.start())
        # the placed result right before the list ("He won in 26:31.01 before ..."), in the sentence before for one opening on the
        # list ("... won in 2:23:05. Behind her came ...")
        k = bisect_left(starts, m.start()) - 1
        since = sents.of(a - 1)[0] if m.group("came") and a > 0 else a
        placed = ordered[k] if k >= 0 and starts[k] >= since else None
        if placed is None or placed._.athlete is None or not placed._.place:
            continue
        rivals: list[Span] = []
        end = m.end()
        for x in between(doc, "athletes", m.end(), b):
            if x._.possessive or not P.FOLLOWER_GAP.fullmatch(text, end, x.start_char) or not P.FOLLOWER_END.match(text, x.end_char, b):
                break
            rivals.append(x)
            end = x.end_char
        if m.group("behind") is None:
            _place_behind(placed, rivals, by_athlete, results, one_heat=one_heat)
        elif placed._.place > len(rivals):
            _place_behind(placed, rivals, by_athlete, results, first=placed._.place - len(rivals), one_heat=one_heat)


def _place_behind(leader: Span, rivals: list[Span], by_athlete: dict[tuple[str, str], Span], results: list[Span],
                  first: int | None = None, one_heat: bool = False) -> None:
    """The rivals (mentions) finished behind `leader`'s result in the order given (or, from place
    `first` on, ahead of it): the result of each in that race, if it has no place yet, takes the
    next one, unless the times of the race (of a round, `one_heat`: those between the leader's and the
    last rival's) then contradict its places."""
    placed = []
    for i, x in enumerate(rivals):
        rival = by_athlete.get((x.label_, leader._.race.id))
        if rival is not None and rival._.place is None and rival is not leader:
            rival._.place = (leader._.place + 1 if first is None else first) + i
            placed.append(rival)
    if placed and one_heat:  # the round's placed times between the leader's and the last rival's may be of this heat
        slowest = max(r._.seconds for r in placed)
        between_them = [r for r in results if r._.race.id == leader._.race.id and r._.place is not None and r is not leader
                        and not any(r is p for p in placed) and leader._.seconds <= r._.seconds <= slowest]
        places = [r._.place for r in sorted([leader, *placed, *between_them], key=lambda r: r._.seconds)]
        if any(p1 >= p2 for p1, p2 in zip(places, places[1:])):  # "Kerr won the first heat in 3:35.20 ahead of Hocker
            for rival in placed:  # (3:35.90). Nuguse was second in that heat in 3:35.50": Hocker is no second
                rival._.place = None
    elif placed and not _consistent([r for r in results if r._.race.id == leader._.race.id]):
        for rival in placed:
            rival._.place = None


def place_listed_in_order(doc: Doc, results: list[Span]) -> None:
    """"Top of the result sheet:" then "Laros 3:46.82", "Cole Hocker 3:47.05", ... one a line: a
    results list without places, in finishing order, takes its places from that order (three
    lines or more, right after a line that says so, times in order, no place given)."""
    text = text_of(doc)
    lines: dict[int, Span] = {}  # line start -> the result that is all of its line (a name, a time)
    for r in results:
        start, end = text.rfind("\n", 0, r.start_char) + 1, text.find("\n", r.end_char)
        who = r._.athlete
        if who is not None and who.start_char == start and not text[who.end_char : r.start_char].strip(" \t") \
                and not text[r.end_char : end if end >= 0 else len(text)].strip():
            lines[start] = r
    done: set[int] = set()
    for start in sorted(lines):
        if start in done:
            continue
        block, at = [], start
        while at in lines:
            block.append(lines[at])
            done.add(at)
            nxt = text.find("\n", lines[at].end_char)
            at = nxt + 1 if nxt >= 0 else -1
        header = text[: start].rstrip().rsplit("\n", 1)[-1]
        seconds = [r._.seconds for r in block]
        if (len(block) >= 3 and P.RESULTS_HEADER.search(header) and seconds == sorted(seconds)
                and all(r._.place is None for r in block) and len({r._.race.id for r in block}) == 1
                and not _club_list(text, block)):
            for place, r in enumerate(block, start=1):
                r._.place = place


def place_listed_after_colon(doc: Doc, results: list[Span], sents: Bounds) -> None:
    """"The 100m on Sunday night: Lyles 9.83, Letsile Tebogo 9.88, Zharnel Hughes 9.88": a race named
    before a colon, then its runners with their times, one after another: three or more, times in
    order, no place given, one race: places in the order named."""
    text = text_of(doc)
    by_start = {r._.athlete.start_char: r for r in results if r._.athlete is not None and r._.athlete.end_char <= r.start_char}
    for colon in P.LIST_COLON.finditer(text):
        a, b = sents.of(colon.start())
        if not (between(doc, "events", a, colon.start()) or P.RESULTS_HEADER.search(text, a, colon.end())):
            continue
        chain: list[Span] = []
        at = colon.end()
        while (r := by_start.get(at)) is not None and r.start_char < b and P.NAME_TIME_GAP.fullmatch(text, r._.athlete.end_char, r.start_char):
            chain.append(r)
            gap = P.LIST_ITEM_GAP.match(text, r.end_char)
            if gap is None:
                break
            at = gap.end()
        seconds = [r._.seconds for r in chain]
        if (len(chain) >= 3 and seconds == sorted(seconds) and all(r._.place is None for r in chain)
                and len({r._.race.id for r in chain}) == 1 and not _club_list(text, chain)
                and not _faster_told(text, results, chain, sents)):
            for place, r in enumerate(chain, start=1):
                r._.place = place


def _faster_told(text: str, results: list[Span], chain: list[Span], sents: Bounds) -> bool:
    """Is a result of the list's race faster than its first told elsewhere (placed, or no training run's nor a time hoped
    for)? Then the list is no top of the race but a club's own: "Dan Hollis was first finisher overall in 16:48" ... "Castle
    Meadow parkrun: Bev Marsden 22:07; ..." (not after "Dan Hollis ran 16:48 for 5km in training on Tuesday", "a 14:30 is his
    goal")."""
    race, first = chain[0]._.race.id, chain[0]._.seconds
    return any(r.label_ == "result" and r._.race.id == race and r._.seconds < first
               and (r._.place is not None or not P.TRAINING_WORD.search(text, *sents.of(r.start_char))) for r in results)


def _club_list(text: str, chain: list[Span]) -> bool:
    """Is a list one of a club's own runners, two or more of its items noted with a category place or an age grade
    ("Dan Whitlock 17:42 (4th, AG 73.90%); Sarah Okonjo 21:05 (AG 77.63%); ...")? Then it is no top of the race (a race's
    own top list may note one veteran's category: "Joe Wilkinson 30:02 (1st M40)")."""
    return len(P.CLUB_LIST_NOTE.findall(text, chain[0].start_char, chain[-1].end_char + 40)) >= 2


def place_the_winner(doc: Doc, results: list[Span]) -> None:
    """An athlete the text says won ("... winning the men's and women's races respectively", "OBIRI
    WINS!") is first in the race of their one result (one time, told once or again), when it gives no
    place, no one else there is first, and no time there is faster ("Kandie, 28, stopped the clock at
    58:51")."""
    winners = race_winners(doc)
    if not winners:
        return
    by_race: dict[str, list[Span]] = defaultdict(list)
    theirs: dict[tuple[str, str], list[Span]] = defaultdict(list)  # (race, athlete) -> results
    for r in results:
        by_race[r._.race.id].append(r)
        if r._.athlete is not None:
            theirs[(r._.race.id, r._.athlete.label_)].append(r)
    races_of: dict[str, list[str]] = defaultdict(list)  # athlete -> the races of their results, in the races' order
    for race, rs in by_race.items():
        for label in dict.fromkeys(r._.athlete.label_ for r in rs if r._.athlete is not None):
            races_of[label].append(race)
    fastest = {race: min(r._.seconds for r in rs) for race, rs in by_race.items()}
    first_given = {race for race, rs in by_race.items() if any(r._.place == 1 for r in rs)}
    for winner in winners:  # (each looks only at the races it ran: many winners in a long race stay linear)
        for race in races_of.get(winner.label_, ()):
            mine = theirs[(race, winner.label_)]
            # (one time, told once or again: "crossed the finish line in 2:17:22" and a splits list's "Finish — 2:17:22")
            if len({r._.seconds for r in mine}) == 1 and all(r._.place is None for r in mine) and race not in first_given \
                    and mine[0]._.seconds <= fastest[race]:
                for r in mine:
                    r._.place, r._.place_inferred = 1, True
                first_given.add(race)


def _consistent(results: list[Span]) -> bool:
    """Do the placed results of one race keep their places in the order of their times?"""
    placed = sorted((r._.seconds, r._.place) for r in results if r._.place is not None)
    return all(p1 <= p2 for (_, p1), (_, p2) in zip(placed, placed[1:]))


def infer_places(results: list[Span]) -> None:
    """Fill a place where the known places of the same race leave exactly one way to do it."""
    by_race: dict[str, dict[str, Span]] = defaultdict(dict)
    for s in results:
        if s._.athlete is None:
            continue
        key = s._.athlete.label_
        prev = by_race[s._.race.id].get(key)
        if prev is None or (prev._.place is None and s._.place is not None):
            by_race[s._.race.id][key] = s
    for race in by_race.values():
        best = sorted(race.values(), key=lambda s: s._.seconds)
        places = Counter(s._.place for s in best if s._.place is not None)
        if not places or places.most_common(1)[0][1] > 1:
            continue  # a place given to two athletes: heats told as one race, or a conflict the audit reports
        known = sorted((s._.place, s._.seconds) for s in best if s._.place is not None)
        if any(x[1] > y[1] for x, y in zip(known, known[1:])):
            continue  # places that contradict the times: leave them for the audit
        bounds = [(0, 0.0)] + known
        for (p_lo, t_lo), (p_hi, t_hi) in zip(bounds, bounds[1:]):
            gap = [s for s in best if s._.place is None and t_lo < s._.seconds < t_hi]
            if gap and len(gap) == p_hi - p_lo - 1:
                for i, s in enumerate(gap, start=p_lo + 1):
                    for same in results:
                        if same._.athlete is not None and same._.athlete.label_ == s._.athlete.label_ and same._.race.id == s._.race.id:
                            same._.place, same._.place_inferred = i, True


set_extension(Span, "place")
set_extension(Span, "place_inferred", False)
set_extension(Span, "tags")
set_extension(Span, "context")
set_extension(Span, "antecedent")


@Language.factory("athletics_results")
def make_results(nlp: Language, name: str) -> Results:
    return Results()
