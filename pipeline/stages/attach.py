"""Attaching a time or a quote to the athlete it belongs to: the shared mechanism the splits,
results and quotes stages use. Reads `doc.spans["athletes"]` (with `span._.nationality` and
`span._.sex` that the athletes stage sets).

The order of evidence, most direct first:
1. a name right before the time ("Kerr 3:45.34", "Kerr (GBR), 3:45.34", "Alemu fourth in 2:16:34",
   "with dos Santos clocking 47.28");
2. a name whose relative clause holds the time ("Hailu, who was second in 8:24.13");
3. the nearest name before it in the sentence that is not an object ("beat Mary Moraa",
   "ahead of Ingebrigtsen") nor a possessive of something else ("Ingebrigtsen’s challenge");
4. a subject pronoun or description before it ("He ran ...", "The Kenyan won ...") resolved
   to the most recent athlete before the sentence who fits (sex, nationality);
5. the first name after it that is not an object.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from .. import patterns as P
from .base import Bounds, between, count_between, covering, memo, paragraphs, sentence_end, sentences, spans_of, starting_at, text_of


DESCRIPTION_OPENING_REACH = 80  # characters of a sentence's opening read for a description that is its subject
WITH_REACH = 150  # characters before a name searched for the "with" that opens its phrase


def is_object(text: str, mention: Span, sent_start: int) -> bool:
    """Is the mention an object ("beat Y", "ahead of Y") or inside a "with" phrase ("with Y third")?"""
    lo = max(sent_start, mention.start_char - 60)
    before = text[lo : mention.start_char]
    if text.startswith(",", mention.end_char) and (o := P.OBJECT_APPOSITION_BEFORE.search(before)) is not None \
            and (text[sent_start : lo + o.start()].strip() or P.PERSON_HEAD_BEFORE_COMMA.search(before)):
        return True  # in apposition to an object, set off on both sides: "pulled away from the defending champion, Hellen Obiri,"
        # (in a phrase opening the sentence only after a person: "Behind the pacemaker, Erik Sowinski, the field went through";
        # not "Over the final lap, Gudaf Tsegay, the world record holder, pulled away")
    if (o := P.OBJECT_BEFORE.search(before)) is not None:
        if not o.group().lower().startswith(("before", "since")):
            # "the third best mark of all time and Amane Berisso won in": "and" opening a clause of the name's own
            return not (P.CLAUSE_AND_BEFORE.search(o.group()) and P.PERSON_VERB_AFTER.match(text[mention.end_char : mention.end_char + 60]))
        # "2:09.8 before Luke McCann (UCD AC) kicked", "the first since Kelly Holmes won gold in Athens": "before",
        # "since" opening a clause of the name's own
        after = P.CLUB_IN_GAP.sub("", text[mention.end_char : mention.end_char + 60], count=1)
        return not P.PERSON_VERB_AFTER.match(after)
    if P.OBJECT_DEMONYM_BEFORE.search(before) or P.OBJECT_AGE_BEFORE.search(before) or P.SPOKEN_TO_BEFORE.search(before) \
            or P.OBJECT_SCHOOL_BEFORE.search(before) or P.WENT_BY_BEFORE.search(before):
        return True  # "kicking clear of Briton George Mills", "in front of the Ukrainian Anna Ryzhykova", "held off 17-year-old X",
        # "speaking to BBC Sport's Gabby Logan"
    if P.AMONG_THEM_BEFORE.search(before):
        return True  # "overtook two rivals, among them the Irish Ciara Mageean, and with time 4:00,63 she was fifth": one of
        # the rivals named, no subject
    if P.COORDINATED_OBJECT_BEFORE.search(text, max(sent_start, mention.start_char - 120), mention.start_char):
        return True  # "beating Kenya's Timothy Cheruiyot and newly crowned world champion Jake Wightman"
    if P.GROUP_MEMBERS_BEFORE.search(text, max(sent_start, mention.start_char - 120), mention.start_char):
        return True  # "a chasing group which also contained Benson Kipruto and Japan's Akira Akasaki"
    # a "with" phrase runs to the next comma: "with Bell second in a season's best 3:56.90 and Kenya's Chepchirchir"
    return bool(P.WITH_PHRASE_BEFORE.search(text, max(sent_start, mention.start_char - WITH_REACH), mention.start_char))


def owns_other_noun(text: str, mention: Span) -> bool:
    """"Ingebrigtsen’s challenge": a possessive that does not own a time."""
    return bool(mention._.possessive) and not P.TIME_NOUN_AFTER_POSSESSIVE.match(text[mention.end_char : mention.end_char + 50])


MAX_GAP = 80  # characters: a name further from its time is not "right before" it


def adjacent_gap(text: str, end: int, start: int) -> tuple[str, re.Match[str] | None]:
    """The text between a name ending at `end` and a time starting at `start`, a title set off
    after the name left out ("Chemutai, the Tokyo 2020 Olympic champion, third in"), and its
    `ADJACENT_GAP` match: None when the name and the time are not side by side."""
    gap = text[end:start]
    if (title := P.TITLE_APPOSITIVE.match(gap)) is not None:
        gap = gap[title.end() :]
    if (home := P.HOMETOWN_IN_GAP.match(gap)) is not None:
        gap = gap[home.end() :]  # "with Leslie Sexton of Markham, Ont., second in 32:41": her hometown set off
    return gap, P.ADJACENT_GAP.match(gap)


def _adjacent(doc: Doc, m: Span, start: int, sent_start: int) -> bool:
    text = text_of(doc)
    if start - m.end_char > MAX_GAP:
        return False
    gap, g = adjacent_gap(text, m.end_char, start)
    if g is None:
        return False
    if not is_object(text, m, sent_start):
        return True
    # "beat Y in 3:45.34" is the subject's time; "with Y fourth in", "Y 3:45.34" are Y's, and so are
    # "wins in 1:44.71, ahead of Y in 1:44.90" and "won in 12.71, before Zoë Sedney with 12.88" (translated): the subject's
    # time said before (not "beat Michael Norman with 44.10": "with" after a beaten rival is the winner's time)
    verb = (g.group("verb") or "").strip().lower()
    if verb.startswith("winning") and "," in gap:
        return False  # "hold off Klaver, winning in 50.91": the subject's participle
    if gap.startswith(",") and verb not in ("", "in", "with", "at") and not verb.endswith("ing"):
        return False  # "O'Sullivan, daughter of Sonia, ran 4:14.30": an object's phrase closed, the subject's verb
    # "Mary Moraa of Kenya (1:57.40)", "Marcus Lawler (Clonliffe Harriers), 6.71", "Lucy O'Driscoll (Desford Striders,
    # 36:40)" are theirs
    core = P.CLUB_OPEN_IN_GAP.sub("", P.CLUB_IN_GAP.sub("", P.COUNTRY_IN_GAP.sub("", gap))).strip(" ,(:–-’'s")
    return (bool(g.group("ord") or g.group("medal") or g.group("margin")) or verb not in ("", "in", "with", "at", "on") or core == ""
            or bool(P.APPENDED_TIME_GAP.fullmatch(gap))  # "in front of Tiago Lourenço (Sporting), with 3:42,03"
            or ((verb in ("in", "on") or (verb == "with" and P.AHEAD_OF_BEFORE.search(text, max(sent_start, m.start_char - 60), m.start_char)))
                and count_between(doc, "times", sent_start, m.start_char) > 0))


def subject_for(doc: Doc, start: int, end: int, sents: Bounds, paras: Bounds | None = None) -> Span | None:
    """The athlete mention a fact at [start, end) belongs to, or None."""
    text = text_of(doc)
    a, b = sents.of(start)
    before = between(doc, "athletes", a, start)  # (by bisection: an endless sentence holds thousands)
    if before and before[-1].end_char > start:
        before = before[:-1]
    after = between(doc, "athletes", end, b)
    if after and P.INVERTED_TAKER_GAP.fullmatch(text, end, after[0].start_char):
        return after[0]  # "the third place with 2:13:57 has taken the Ugandan Moses Chelangat" (translated): the subject put last
    if before and _adjacent(doc, before[-1], start, a):
        return before[-1]
    if before and before[-1]._.possessive and (P.POSSESSIVE_ADJECTIVES_GAP.fullmatch(text, before[-1].end_char, start)
                                                or P.POSSESSIVE_STRETCH_GAP.fullmatch(text, before[-1].end_char, start)):
        return before[-1]  # "the fastest since Yohan Blake's famous 9.75 at these championships in 2012", "Beamish's final 200m
        # was measured at 25.9"
    if not before and paras is not None and (who := _participle_opening_subject(doc, a, start, end, b, paras)) is not None:
        return who  # "Crowned in Bathurst in 2023 in 33:48, she imposed herself this time": the main clause's "she"
    if not before and paras is not None and not between(doc, "athletes", _headline_end(text, paras), a) \
            and (who := _pronoun_clause_subject(doc, a, start, end, b)) is not None:
        return who  # "Two days after he ran 2:04:43 at the Chicago Marathon ..., Conner Mantz was still walking": the main clause's
    if (pron := P.PRONOUN_REACHED_BEFORE.search(text, max(a, start - 40), start)) is not None:  # "..., which she reached in"
        sex = P.PRONOUN_SEX[pron.group("pron").lower()]
        if before:
            subjects = [m for m in before if not is_object(text, m, a) and m._.sex in (None, sex)]
            if subjects:
                return subjects[-1]  # "Whitcomb ... had two metres on Mutua at the bell, which she reached in 8:19.6": the last
                # subject's (not an object's; "Chemutai led through 1000m in 2:58.9, and Yavi took over before 2000m, which she
                # reached in": Yavi)
        elif paras is not None and not P.ANAPHOR_SUBJECT.match(text[a:start]):  # (not "The Ethiopian led at the bell, which he
            # reached in 7:03.6")
            main = P.CLAUSE_SUBJECT_AFTER.match(text, end)
            named = starting_at(doc, "athletes", main.end()) if main is not None else None
            if named is not None and not P.PRONOUN_OBJECT_OF_SEX[sex].search(text, named.end_char, b):
                return named  # "By 30km, which he reached in 1:27:10, Kiptum had dropped Kipruto": the main clause's subject
            if (who := previous_athlete(doc, a, paras, sex=sex, protagonist=True)) is not None:
                return who  # "By 8km, which he reached in 23:29, only Pwajok could stay with him": the one "him" and "he" stand for
    if after and P.TIME_OF_AFTER.match(text[end : after[0].start_char]):
        return after[0]
    if (for_ := P.TIME_FOR_AFTER.match(text, end)) is not None:
        if after and after[0].start_char == for_.end() and not after[0]._.possessive:
            return after[0]  # "by one hundredth, 12.34 for Samba-Mayela" (not "2:20:00 for Obiri's coach")
        if paras is not None and (desc := P.ANAPHOR_SUBJECT.match(text[for_.end() : for_.end() + 80])) is not None \
                and P.DESCRIPTION_ALONE_AFTER.match(text, for_.end() + desc.end()):
            sex, country = description_sex(desc.group("desc")), description_country(desc.group("desc"))
            if P.ITALIAN_INTERNATIONAL.fullmatch(desc.group("desc").split()[-1]):
                country = None  # "10"05 for the azzurro" right after a runner the registry may not know as Italian: the sex only
            fitting = {m.label_: m for m in before if not (sex and m._.sex and m._.sex != sex) and not (country and m._.nationality != country)}
            if len(fitting) == 1 or fitting and country is None and sex is not None:
                # "the podium of Zaynab Dosso in the 100 women: 11"08 for the azzurra"; of several, a description telling only
                # the sex stands for the last named ("Tortu ran 20"10, while Chituru Ali was second in the 100m: 10"05 for
                # the azzurro")
                return list(fitting.values())[-1]
            if (who := described(doc, start, paras, desc.group("desc"))) is not None:
                return who  # "12.34 for the Frenchwoman"
    if paras is not None and (rival := _described_rival(doc, before[-1].end_char if before else a, start, paras)) is not None:
        return rival
    if paras is not None and (who_clause := P.DESCRIPTION_WHO_BEFORE.search(text, max(a, start - 80), start)) is not None:
        word = who_clause.group("word").lower()  # "held off the Canadian, who crossed in 1:43.38": the Canadian's, one of the race's
        # sex, told in a sentence of it (not "Faith Kipyegon won the women's 1500m ... In the men's race, Jakob Ingebrigtsen held
        # off the Kenyan, who crossed in 3:30.11", a review's probe)
        who = previous_athlete(doc, who_clause.start(), paras, country=P.COUNTRY_WORDS[word], home=P.HOME_NATIONS.get(word))
        sex = _scope_sex(doc, start)
        if who is not None and (sex is None or (who._.sex in (None, sex) and _scope_sex(doc, who.start_char) in (None, sex))):
            return who
    if before and (own := P.PRONOUN_OWNS_TIME_BEFORE.search(text, max(a, start - 10), start)) is not None:
        sex = P.PRONOUN_SEX[own.group("pron").lower()]
        fitting = [m for m in before if not (m._.sex and m._.sex != sex)]
        if fitting:
            return fitting[-1]  # "with Ethiopia's Diribe Welteji a second back in third, her 3:53.77 a season's best"
    if before and paras is not None and P.AGENT_PARTICIPLE_OPENING.match(text, a, start):
        # "Pulled by Hugo Hay, who served as hare ..., the tricolour has overtaken four Africans to finish third in 2h07'48":
        # the main clause's description, not the agent of the opening participle
        for d in P.ANAPHOR_SUBJECT.finditer(text, before[-1].end_char, start):
            if d.group().startswith(",") and P.LOWER_WORD_AFTER.match(text, d.end()) \
                    and not P.CONTRAST_CLAUSE.search(text, d.end(), start):  # (not "..., the Norwegian slowed while the Ethiopian won in")
                if (who := anaphor_subject(doc, a, d.end(), paras)) is not None:
                    return who
                break
    if before and P.RELATIVE_AFTER.match(text[before[-1].end_char : start]):
        return before[-1]  # the time is in this name's relative clause
    if (doer := _with_phrase_doer(text, before, a, start)) is not None:
        return doer  # "with Telford AC's Tom Perkins delighting the home crowd by coming home third in 29:58"
    if before and P.SUBORDINATE_SUBJECT_BEFORE.search(text, max(a, before[-1].start_char - 30), before[-1].start_char) \
            and not P.SUBORDINATE_CLAUSE_ENDS.search(text, before[-1].end_char, start) \
            and P.SUBORDINATE_VERB_AFTER.match(text, before[-1].end_char):
        return before[-1]  # "... sat in fourth as Jamaica's Tarique Morrison dragged the field through 400m in 62 seconds": the
        # subject of the clause the time is told in, not the main clause's
    if before and paras is not None and (desc := P.ANAPHOR_SUBJECT.match(text[a : before[0].start_char])) is not None \
            and P.DESCRIPTION_VERB_AFTER.match(text, a + desc.end(), before[0].start_char) \
            and (who := anaphor_subject(doc, a, a + desc.end(), paras)) is not None:
        return who  # "The defending champion let Brad Mathas do the early work ... to win in 1:47.12": the description acts
    if before and paras is not None and (who := _described_in_its_own_clause(doc, before[-1].end_char, a, start, paras)) is not None:
        return who  # "Davis won in 11.08 seconds, the Berliner came with 11.15 seconds on rank two": not Davis
    # a name inside a "who" or "whose" clause closed before the time is not its subject: "Tola, who was added to the team
    # only after an injury to Sisay Lemma, won the Olympic marathon in 2:06:26", "Kandie, whose 57:32 ... was the fastest
    # until Jacob Kiplimo ran 57:31 ..., finished second in 59:03" (a "which" clause may have its own: "the bell, which
    # Bell reached in 3:34.9, but the Briton ran the last lap in 28.51")
    for m in reversed(before):
        times_after = between(doc, "times", m.end_char, start) if m._.possessive else []
        if times_after and P.POSSESSIVE_MARK_OF.fullmatch(text, m.end_char, times_after[0].start_char) \
                and (P.WITH_TIME_BEFORE.fullmatch(text, times_after[0].end_char, start)
                     or P.WIN_RIGHT_BEFORE.search(text, max(times_after[0].end_char, start - 30), start)):
            continue  # "had broken Kratochvilova's record of 49.59 with 49.24", "knocked 43 seconds off Heather Dunbar's record of 59:30
            # from 2016 to win in 58:47": the breaker's time, not the record's holder's
        if m._.possessive and P.RECORD_TAKEN_WITH.fullmatch(text, m.end_char, start) \
                and P.TAKING_VERB_BEFORE.search(text, max(a, m.start_char - 20), m.start_char):
            continue  # "McColgan, who took Paula Radcliffe's British record with 14:28.55": the taker's
        if _in_title_of_another(text, m, before, start):
            continue  # "Nadia Battocletti, runner-up to Chebet in Paris four years ago, claimed bronze in 30:15.09"
        if not is_object(text, m, a) and not owns_other_noun(text, m) and not (
                _in_closed_who_clause(text, m.start_char, a) and text.rfind(",", m.end_char, start) >= 0):
            return m
    if paras is not None and (who := anaphor_subject(doc, a, start, paras)) is not None:
        return who
    if not before and (teller := narrator_told(doc, a, start)) is not None:
        return teller  # "As for me, I was 38th in 1:04:12, ... but I stopped to help Rhys find his shoe": the author's (not a name after)
    if not before and after and paras is not None and (pron := P.PRONOUN_THEN_VERB.search(text, a, start)) is not None \
            and (P.CONTRAST_NAME_GAP.fullmatch(text, end, after[0].start_char)
                 or (P.AND_CLAUSE_GAP.fullmatch(text, end, after[0].start_char)
                     and P.PERSON_VERB_AFTER.match(text[after[0].end_char : after[0].end_char + 60]))):
        return previous_athlete(doc, a, paras, sex=P.PRONOUN_SEX[pron.group("pron").lower()], protagonist=True)  # "At the
        # bell he led in 26:57, but Gressier was sitting on his shoulder", "At 30 kilometres he was alone in 1:31:10, and Tolosa
        # was 11 seconds behind him": the one "he" stands for, not the rival of the clause after
    list_end = None  # where the last rival of a list after the time ended
    for m in after:
        tail = text[m.end_char : m.end_char + 60]
        listed = list_end is not None or any(  # (once the rivals are listed, whoever follows is beaten too: "third behind Julien
            # Alfred, winner in 10"89, and the Ivorian Marie-Josée Ta Lou-Smith (11"02)")
            P.FOLLOWER_GAP.fullmatch(text, f.end(), m.start_char) for f in P.FOLLOWERS_BEFORE.finditer(text, end, m.start_char))
        if listed and not (text[end : m.start_char].rstrip().endswith(",") and P.PERSON_VERB_AFTER.match(tail)) \
                and not P.BY_AGENT_BEFORE.search(text, max(end, m.start_char - 5), m.start_char) \
                and not P.INVERTED_SUBJECT_BEFORE.search(text, max(end, m.start_char - 20), m.start_char):
            list_end = m.end_char
            continue  # "won in 32.88, clearly in front of Alison dos Santos in 33.41 and the American CJ Allen", "passed halfway
            # in 14:09 ... before Rayner and Goddard pulled clear": rivals listed, none its runner (but the clause's subject after
            # the list, "In 1:57.40, ahead of Keely Hodgkinson, Mary Moraa won", and the agent of a win, "won in 9.83, ahead of
            # Fred Kerley, by Noah Lyles", or of an inverted verb, "Second in 13:05.11, behind Grant Fisher, came Yomif Kejelcha";
            # and not "in 2:37,4 behind the hare, Guirma has then made the race alone": no list)
        if (P.OWN_CLAUSE_BEFORE.search(text, end, m.start_char) and P.PERSON_VERB_AFTER.match(tail)
                and not P.REFERS_BACK_AFTER.match(tail) and P.SUBJECT_VERB_BEFORE.search(text, a, start)):
            break  # "fourth in 4:20.75, Katie Snowden ran ...": her own clause, not this time's
        if P.BEFORE_CLAUSE_BEFORE.search(text, max(end, m.start_char - 40), m.start_char) and (
                P.PERSON_VERB_AFTER.match(tail) or P.CLAUSE_VERB_AFTER.match(tail)):
            break  # "through 400m in 62.8 before Faith Kipyegon moved to the front": hers is the next clause
        if (P.HOLDER_BEFORE.search(text, max(end, m.start_char - 40), m.start_char)
                or (P.MARK_CLAUSE_BEFORE_NAME.search(text, max(end, m.start_char - 30), m.start_char) and P.HELD_IT_AFTER.match(text, m.end_char))) \
                and between(doc, "times", end, m.start_char):
            continue  # "With the time of 42:59, the fondista lowered the mark of 43:12 that belonged to Paul Tergat", "improved the
            # course record, which the Kenyan Edwin Kiptoo set in 2019 with 1:01:09": the mark's
            # (another time's holder; not "The national record of 9.85s, set by Olusoji Fasuba": this one's)
        if not is_object(text, m, a) and not owns_other_noun(text, m):
            return m
    if (paras is not None and not before and P.CLOCK_READ_BEFORE.search(text, max(a, start - 40), start)
            and not P.GROUP_WORD.search(text, a, b)):
        # "... crossed the line on Wednesday night. The clock read 31:41.59" (not "Bell ringing at the last lap, the
        # clock displayed 13:10, three people were still together": a group's)
        return previous_athlete(doc, a, paras, protagonist=True)
    if paras is not None and (ran := P.PRONOUN_RAN_AFTER.match(text, end)) is not None:  # "the 4:16.85 she ran"
        return previous_athlete(doc, a, paras, sex=P.PRONOUN_SEX[ran.group("pron").lower()], protagonist=True)
    pron = None
    for pron in P.ANY_PRONOUN.finditer(text, max(a, start - 300), start):
        pass
    if pron is None and not before and not after:
        pron = P.OWN_PRONOUN_AFTER.match(text, end, b)  # a sentence naming nobody: "3:51.29, beating her own 3:53.11"
    if paras is not None and pron is not None and _owner_before_pronoun(text, a, before, pron):
        return before[-1]  # "That's Battocletti's second straight crown, and it comes a fortnight after she ran 14:23.15"
    if paras is not None and pron is not None:
        return previous_athlete(doc, a, paras, sex=P.PRONOUN_SEX[pron.group("pron").lower()], protagonist=True)
    return None


def narrator_told(doc: Doc, a: int, start: int) -> Span | None:
    """The blog's author (`athletes.narrator`), named before the sentence at `a`, where they tell the time at `start` as
    their own race's: "I crossed the line in 26:44", "My PB is 26:10", a line "5K: 24:41." or "Km 3 – 5:29"; else None."""
    text = text_of(doc)
    if (teller := doc._.narrator) is not None and teller.start_char < a and (
            narrated(text, start) or P.NARRATED_LINE.match(text, text.rfind("\n", 0, start) + 1)):
        return teller
    return None


def narrated(text: str, start: int) -> bool:
    """Is the time at `start` told by the narrator of their own race, in its clause before it ("I crossed the line in 26:44",
    "My PB is 26:10"; not a Q&A's answer, "A: I went through halfway in 4:28"), or in a line of their chip or gun time in a
    paragraph of their own words that speaks of no one else ("Official chip time: 54:38")?"""
    line = text.rfind("\n", 0, start) + 1
    opening = max(line, start - P.NARRATOR_REACH)
    if P.QA_LINE_OPENING.match(text, line) is not None:
        return False
    if P.NARRATOR_TIME_BEFORE.search(text[opening:start]) is not None:
        return True
    if (cue := P.NARRATOR_CHIP_TIME_BEFORE.search(text[opening:start])) is None:
        return False
    para = text[text.rfind("\n\n", 0, start) + 1 : (end if (end := text.find("\n\n", start)) >= 0 else len(text))]
    return P.FIRST_PERSON_ANY_CASE.search(para) is not None and P.THIRD_PERSON.search(para) is None and (
        ((":" in cue.group() or "was" in cue.group()) and cue.group("result") is None) or P.OTHERS_RACE_TOLD.search(para) is None)  # ("Official chip time: 54:38!!!
    # ... but I am choosing not to"; not "Dad ran the London Marathon. Official chip time: 4:12:30. So proud of him!"; a line with
    # no colon, "Official chip time 2:59:14.", or an official result, only where the paragraph tells no one else's race: not "Well
    # done to club captain Sarah Lowe, who ran Chicago on Sunday. Official chip time 3:12:40.", "Jenny Ross won. Official result:
    # 16:48.62.")


def _sole_owner(text: str, mentions: list[Span], floor: int, reach: int) -> Span | None:
    """The one runner `mentions` name, every time as an owner and the first no preposition's object (looked for `reach`
    characters back, not before `floor`): whom a pronoun after them stands for ("That's Battocletti's second straight crown,
    and ... after she ran"; not "Asked about Boffey's fall, she added")."""
    if mentions and all(m._.possessive and m.label_ == mentions[0].label_ for m in mentions) \
            and not P.PREPOSITION_BEFORE.search(text, max(floor, mentions[0].start_char - reach), mentions[0].start_char):
        return mentions[-1]
    return None


def _owner_before_pronoun(text: str, a: int, before: list[Span], pron: re.Match[str]) -> bool:
    """Is the one runner the sentence names before a pronoun its sole owner (`_sole_owner`), of the pronoun's sex?"""
    if not before or pron.start() < before[-1].end_char:
        return False
    sex = P.PRONOUN_SEX[pron.group("pron").lower()]
    return not (before[-1]._.sex and before[-1]._.sex != sex) and _sole_owner(text, before, a, 20) is not None


def _described_in_its_own_clause(doc: Doc, since: int, a: int, start: int, paras: Bounds) -> Span | None:
    """The athlete a description opening a clause of its own stands for, acting up to the time, when the clause before it,
    since the last name, ended with a time of its own ("Davis won in 11.08 seconds, the Berliner came with 11.15"), or
    when a conjunction sets it off as the time's own clause ("Hull sat on Kipyegon's shoulder as the Kenyan reached the bell
    in 2:55.4")."""
    text = text_of(doc)
    desc = None
    for desc in P.ANAPHOR_SUBJECT.finditer(text, since, start):
        pass
    if desc is None or not (P.DESCRIPTION_VERB_AFTER.match(text, desc.end(), start) or P.DESCRIPTION_VERBS_JOINED_AFTER.match(text, desc.end(), start)):
        return None
    if P.CLOCK_TIME.search(text, since, desc.start()) or P.DECIMAL_TIME.search(text, since, desc.start()):
        return anaphor_subject(doc, a, start, paras)
    if not P.SUBORDINATE_DESCRIPTION.match(text, desc.start()):
        return None
    # set off by a conjunction: another than the sentence's subject only when it tells a country that subject is not of (not
    # "Favour Ofili was in a class of her own as the LSU-trained star won in 22.31secs", Ofili herself)
    country = None if P.FORMER_WORD.search(desc.group("desc")) else description_country(desc.group("desc"))  # ("the former Kenyan
    # junior": a country someone ran for once)
    subjects = [m for m in between(doc, "athletes", a, desc.start()) if not is_object(text, m, a) and not owns_other_noun(text, m)]
    if country is None or any(m._.nationality in (country, None) for m in subjects):
        return None
    return anaphor_subject(doc, a, start, paras)


def _participle_opening_subject(doc: Doc, a: int, start: int, end: int, b: int, paras: Bounds) -> Span | None:
    """The subject of the main clause after a sentence-opening past participle's clause that holds the time
    ("Crowned in Bathurst in 2023 in 33:48, she imposed herself ..."), or after the time said first ("With the time of
    3min40s12, the Brazilian surpassed ..."): the athlete a pronoun opening that clause stands for, or the name opening it."""
    text = text_of(doc)
    phrase = P.TIME_PHRASE_OPENING.fullmatch(text, a, start) is not None
    if not (P.PAST_PARTICIPLE_OPENING.match(text, a, start) or phrase):
        return None
    comma = text.find(",", end, b)
    if comma < 0 or (phrase and P.UNREAL_VERB.search(text, comma, b)):
        return None  # (not "With a time of 3:29.60, he would have won every previous edition")
    if (pron := P.CLAUSE_PRONOUN_OPENING.match(text, comma + 1, b)) is not None:
        return previous_athlete(doc, a, paras, sex=P.PRONOUN_SEX[pron.group("pron").lower()], protagonist=True)
    if (desc := P.ANAPHOR_SUBJECT.match(text, comma, b)) is not None and not P.APOSTROPHE_S.search(text, desc.start("desc"), desc.end() + 2):
        # ", the Commonwealth relay champion produced" (not ", the Scot's teammate Neil Gourley was third")
        return described(doc, a, paras, desc.group("desc"))
    named = between(doc, "athletes", comma + 1, b)
    return named[0] if named and not text[comma + 1 : named[0].start_char].strip() else None


def _headline_end(text: str, paras: Bounds) -> int:
    """Where a text's headline ends: its first paragraph's end, when that is a line with no stop at its end; else 0."""
    a, b = paras.ranges[0] if len(paras) else (0, 0)
    return b if text[a:b].strip() and not text[a:b].rstrip().endswith((".", "!", "?")) else 0


def _writer_s_sole_object(doc: Doc, text: str, m: Span, a: int) -> bool:
    """Is the runner the one runner named in a sentence the writer opens as its subject, no pronoun before them standing for
    another ("I caught Rono by the tunnel"; not "I watched him outkick Jake Wightman")?"""
    if not P.FIRST_PERSON_OPENING.match(text, a):
        return False
    b = sentences(doc).of(a)[1]
    return len({x.label_ for x in between(doc, "athletes", a, b)}) == 1 and not P.OBJECT_PRONOUN.search(text, a, m.start_char)


def _pronoun_clause_subject(doc: Doc, a: int, start: int, end: int, b: int) -> Span | None:
    """The runner named as the main clause's subject after a sentence-opening clause whose pronoun subject ran the time
    ("Two days after he ran 2:04:43 at the Chicago Marathon to finish fifth and break Khalid Khannouchi's American record of
    2:05:38, Conner Mantz was still walking down stairs sideways"), the pronoun's sex fitting; none named before the time (nor
    before it, but in the headline: "Sara Hall finished fourth. When she crossed the line in 2:22:10, Ruth Chepngetich came
    over" is hers)."""
    text = text_of(doc)
    pron = P.PRONOUN_CLAUSE_OPENING.match(text, a, start)
    if pron is None:
        return None
    sex = P.PRONOUN_SEX[pron.group("pron").lower()]
    for comma in (m.start() for m in re.finditer(",", text[end:b])):
        named = between(doc, "athletes", end + comma + 1, b)
        if named and not text[end + comma + 1 : named[0].start_char].strip() and not named[0]._.possessive \
                and P.PERSON_VERB_AFTER.match(text[named[0].end_char : named[0].end_char + 60]) and named[0]._.sex in (None, sex):
            return named[0]
    return None


def _described_rival(doc: Doc, since: int, start: int, paras: Bounds) -> Span | None:
    """"..., with the Moroccan second in 8:05.12": the last athlete of that country named before."""
    text = text_of(doc)
    for w in P.WITH_DESCRIPTION.finditer(text, max(since, start - MAX_GAP), start):
        if P.ADJACENT_GAP.match(text[w.end() : start]):
            word = w.group("word").lower()
            return previous_athlete(doc, w.start(), paras, country=P.COUNTRY_WORDS[word], max_paragraphs=0, home=P.HOME_NATIONS.get(word))
    return None


def _same_pronoun_after(text: str, own: re.Match[str], start: int) -> bool:
    """Is the possessive pronoun that opens a sentence ("Her") said again as a subject after the time at `start`, in the
    sentence ("... 1:21:44 by the time she crossed the line")?"""
    said = P.ANY_PRONOUN.search(text, start, sentence_end(text, start))
    return said is not None and P.PRONOUN_SEX[said.group("pron").lower()] == P.PRONOUN_SEX[own.group("pron").lower()]


def anaphor_subject(doc: Doc, sent_start: int, start: int, paras: Bounds) -> Span | None:
    """"He ran ...", "The Kenyan won ...": the athlete the pronoun or description stands for."""
    text = text_of(doc)
    segment = text[sent_start:start]
    pron = None
    segment = segment[-300:]  # the clause before the time, not the whole of an endless sentence
    pron_at = -1
    for m in P.SUBJECT_PRONOUN.finditer(segment):
        pron, pron_at = m.group("pron").lower(), m.start("pron")
    if pron is None and (own := P.POSSESSIVE_MARK_OPENING.match(text, sent_start)) is not None and own.end() <= start and (
            start <= own.end() + 40 or (not between(doc, "athletes", sent_start, start) and _same_pronoun_after(text, own, start))):
        # "His previous best, 13:07.93, came", "His 3:49.46 over the mile" (its time only; or, no one named between, a later one
        # the pronoun is said again after: "Her official chip time was 1:21:30, although the gun clock showed 1:21:44 by the time
        # she crossed the line"; not "His 8:19.77 would have won this race two years ago, when the title went in 8:21.40")
        pron, pron_at = own.group("pron").lower(), own.start("pron") - (start - len(segment))
    desc = None
    for m in P.ANAPHOR_SUBJECT.finditer(segment):
        if desc is None or m.start() != desc.end() or not m.group().startswith(","):
            desc = m  # (not an appositive of the one before: "The Norwegian, the defending champion, took silver")
    if pron is None and desc is None:
        return None
    if pron is None and P.PAST_EDITION_DESCRIPTION.search(segment, max(0, desc.start() - 12), desc.end()):
        return None  # "The last year winner ran 1:01:10" (translated): a past edition's, no one the text names
    if pron is not None and desc is not None and desc.start("desc") > pron_at:
        pron = None  # "he took bronze as the Norwegian won gold in": the description after the pronoun
    # ("The Ugandan ... was alone when he reached 10km": one athlete, of both)
    if desc is not None and pron is None and P.WINNER_DESCRIPTION.fullmatch(_head_of(desc.group("desc"))):
        if (whose := _winner_of_another_race(doc, start - len(segment) + desc.end())) is None:
            return race_winner(doc, before=sent_start)  # "The new champion ran ...", "The passages of the winner were of 15:32"
        if whose == "past":
            return None  # "The winner of last year needed 1:46,80": someone unnamed
    sex = P.PRONOUN_SEX.get(pron or "") or (description_sex(desc.group("desc")) if desc else None)
    if pron is not None and desc is None and (described := _described_just_before(doc, sent_start, paras, sex)) is not None:
        return described  # "Then the Kenyan went away. He crossed the line in 31:45": the one the description stood for
    country = description_country(desc.group("desc")) if desc else None
    # named before it, in its own sentence too ("was clear of Gabby Thomas ...; the American was second in 22.31"), but
    # not a description of the subject named before it there ("Davis won in 11.08 seconds, the Berliner came with 11.15")
    at = start - len(segment) + (pron_at if pron is not None else desc.start("desc"))
    others = frozenset() if pron is not None else frozenset(
        m.label_ for m in between(doc, "athletes", sent_start, at) if not is_object(text, m, sent_start) and not owns_other_noun(text, m))
    described = "" if pron is not None else "people" if _people_word(desc.group("noun")) else "person"
    return previous_athlete(doc, at, paras, sex=sex, country=country, exclude=others, described=described,
                            home=description_home(desc.group("desc")) if desc else None)


def _described_just_before(doc: Doc, sent_start: int, paras: Bounds, sex: str | None) -> Span | None:
    """The athlete a people's word stands for as the subject of the sentence right before, in the same paragraph, a sentence
    naming nobody ("Then the Kenyan went away."): whom a pronoun opening the next sentence goes on about ("He crossed the
    line in 31:45"), the one of that country named before."""
    sents = sentences(doc)
    i = sents.index(sent_start)
    if i <= 0:
        return None
    a, b = sents.ranges[i - 1]
    if between(doc, "athletes", a, b) or paras.index(a) != paras.index(sent_start):
        return None
    desc = P.PEOPLE_WORD_ACTS.search(text_of(doc), a, b)
    if desc is None or (country := description_country(desc.group("desc"))) is None:
        return None
    return previous_athlete(doc, desc.start("desc"), paras, sex=sex, country=country, described="people")


def _winner_of_another_race(doc: Doc, end: int) -> str | None:
    """Whose race is the winner described up to `end` said "of"? "another" when a past edition of another event than the
    one the text tells most ("The winner of the 20 km of Paris in October (in 1:05:58)", "the winner of the last 20 km of
    Paris" in a marathon's report: the athlete named before, who won it); "past" when only a past edition or another
    event of the day ("The winner of last year ... needed 1:46,80", "The winner of the 800m ran 1:56.30": someone
    unnamed); None when this race's or none ("the winner of the men's race", "the winner")."""
    text = text_of(doc)
    if (m := P.WINNER_OF_AFTER.match(text, end)) is None:
        return None
    what = m.group("what")
    past = P.PAST_EDITION_WORD.search(what) is not None or P.MONTH_NAME.search(what) is not None
    told = Counter(e.label_ for e in spans_of(doc, "events")).most_common(1)  # (the sentence's own race takes the event it names)
    if told and any(e.label_ != told[0][0] for e in between(doc, "events", m.start("what"), m.end("what"))):
        return "another" if past else "past"  # (another event of the day, its winner unnamed: "The winner of the 800m ran 1:56.30")
    if not past:
        return None
    # (a past edition of a race it names, its event read as a title: "the winner of the last 20 km of Paris in 59:48")
    return "another" if P.RACE_DISTANCE_WORD.search(what) else "past"


def _people_word(noun: str) -> bool:
    """Is a description's noun a people's or a place's ("the Kenyan", "the Sicilian", "The New Zealander"; not "the
    Olympian", "the 29-year-old", "the champion")?"""
    return noun[:1].isupper() and noun.lower() not in P.NOT_PEOPLE_WORDS


def described(doc: Doc, char: int, paras: Bounds, desc: str) -> Span | None:
    """The athlete a description before `char` stands for: "the new champion", "the winner" is
    the race's winner; "the Ethiopian", "the 26-year-old" the last athlete who fits."""
    if P.WINNER_DESCRIPTION.fullmatch(desc.strip()):
        return race_winner(doc, before=char)
    if (year := P.CLASS_YEAR_DESCRIPTION.fullmatch(desc.strip())) is not None \
            and (introduced := _introduced_by_class_year(doc, char, year.group("year"))) is not None:
        return introduced  # "the senior said" of "Senior Anna Brekke set a ... record" (not the sophomore named since)
    country, sex, home = description_country(desc), description_sex(desc), description_home(desc)
    found = previous_athlete(doc, char, paras, sex=sex, country=country, described="person", home=home)  # (a quote's "said the Norwegian"
    # after "clear of compatriot Narve Gilje Nordås" is no object's: its own paragraph only for a subject or a win's agent)
    if found is None and country is not None:  # "the Kenyan admitted": the Kenyan named further back
        found = previous_athlete(doc, char, paras, sex=sex, country=country, max_paragraphs=len(paras), home=home)
    return found


CLASS_YEAR_NAME_WORDS = 3  # words at most of a name a class year introduces (not "Senior Associate AD Mark Stone", a job)


def _introduced_by_class_year(doc: Doc, char: int, year: str) -> Span | None:
    """The last athlete before `char` introduced by this class year right before the name ("Senior Anna Brekke"), if one."""
    text, said = text_of(doc), " ".join(year.lower().split())
    return next((m for m in reversed(between(doc, "athletes", 0, char)) if m.end_char <= char and len(m.text.split()) <= CLASS_YEAR_NAME_WORDS
                 and (before := P.CLASS_YEAR_RIGHT_BEFORE.search(text, max(0, m.start_char - len(year) - 3), m.start_char)) is not None
                 and " ".join(before.group("year").lower().split()) == said), None)


def race_winner(doc: Doc, before: int | None = None) -> Span | None:
    """The athlete the text says won: the subject of "won", "victory", "gold" ("Sekgodiso offers
    herself the gold", "Kerr won"); the last one named before `before` (the women's winner after
    the men's race was told), else the first in the text."""
    winners = race_winners(doc)
    told = [w for w in winners if before is not None and w.start_char < before]
    if told and (sex := _scope_sex(doc, before)) is not None:  # not the women's winner for the men's race spoken of
        told = [w for w in told if (w._.sex or races_sex(doc, w)) in (None, sex)]
    if before is not None and not told and winners and paragraphs(doc).index(winners[0].start_char) > paragraphs(doc).index(before):
        return None  # the only winners told paragraphs later: another race's ("In the marathon, ... Chebeth won")
    return told[-1] if told else winners[0] if winners else None


def races_sex(doc: Doc, person: Span) -> str | None:
    """The sex of the races the sentences naming `person` speak of, the one most of them say ("Tejeda, the queen of the
    house", a heading of no race, is the women's winner the sentences after it tell of; "Kipchumba did himself with the
    victory ..., while the Peruvian Gladys Tejeda gave the hand in the feminine category" one sentence of both)."""
    sexes = Counter(sex for m in spans_of(doc, "athletes") if m.label_ == person.label_ and (sex := _scope_sex(doc, m.start_char)))
    top = sexes.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _scope_sex(doc: Doc, char: int) -> str | None:
    """The sex of the race the sentence at `char` speaks of, if the race context has one."""
    scope = covering(doc, "race_scopes", char)
    return scope._.race.sex if scope is not None else None


def _head_of(desc: str) -> str:
    """The person a description names: "passages of the winner" is the winner's."""
    return re.split(r"\b(?:of|by)\s+the\s+", desc)[-1]


def race_winners(doc: Doc) -> list[Span]:
    """Every athlete the text says won, in the order of the text, each once (the first mention
    that does): "HELLEN OBIRI WINS!", then "EVANS CHEBET WINS AGAIN!"."""
    cache = memo(doc)
    if "winners" not in cache:
        text, sents = text_of(doc), sentences(doc)
        found: dict[str, Span] = {}
        for w in P.PLACE_WORD.finditer(text):
            if not w.group("p1"):
                continue
            a, _ = sents.of(w.start())
            # the first subject before the word (found lazily: an endless sentence holds many "won")
            subject = next(
                (m for m in between(doc, "athletes", a, w.start()) if m.end_char <= w.start() and not is_object(text, m, a)), None
            )
            if subject is None and (desc := P.ANAPHOR_SUBJECT.match(text[a : w.start()])) is not None \
                    and not P.WINNER_DESCRIPTION.fullmatch(desc.group("desc")):
                # "The athlete of the Club Atletismo Numantino, born in Burundi, won the senior men's race"
                d = desc.group("desc")
                subject = previous_athlete(doc, a, paragraphs(doc), sex=description_sex(d), country=description_country(d))
            if subject is None and (w.group().endswith("by") or P.VICTORY_PASSIVE_AFTER.match(text, w.end())):
                subject = next((m for m in between(doc, "athletes", w.end(), sents.of(w.start())[1])
                                if P.VICTORY_BY_BEFORE.search(text, max(a, m.start_char - 90), m.start_char)), None)  # "the victory was
                # celebrated by the representative of Kenya Dominik Kiptu Rutto", "the title was seized by" (translated; not "by fans
                # of Benson Kipruto", nor "by the crowd in Eldoret, while Benson Kipruto finished second")
            if subject is not None:
                found.setdefault(subject.label_, subject)
        cache["winners"] = list(found.values())
    return cache["winners"]


def description_country(desc: str) -> str | None:
    """"26-year-old Briton" -> "GBR"; none from a country beside an organisation's word (`ORGANISATION_WORDS`): "the Kenya
    Defence Forces soldier", "the Athletics Kenya official" stand for an employer, not a nationality."""
    words = desc.split()
    for i in range(len(words) - 1, -1, -1):
        if P.ITALIAN_INTERNATIONAL.fullmatch(words[i]):
            return "ITA"  # "the azzurra": an Italian international (not a name's word, "Azzurra Ferrari")
        if P.FRENCH_INTERNATIONAL.fullmatch(words[i]):
            return "FRA"  # "the tricolour" (translated)
        if (code := P.COUNTRY_WORDS.get(words[i].lower())) is not None:
            beside = (words[i + 1] if i + 1 < len(words) else "", words[i - 1] if i > 0 else "")
            if not P.DEMONYM_END.search(words[i]) and any(w[:1].isupper() and w.lower() in P.ORGANISATION_WORDS for w in beside):
                continue  # (not "the Kenyan Olympic champion", "the Ethiopian athletics star", "the Kenyan Prisons runner")
            return code
    return None


def description_home(desc: str) -> str | None:
    """"the Welshman" -> "WAL", "the Scot" -> "SCO": the home nation of Great Britain a description says, if any."""
    words = desc.lower().split()
    return next((P.HOME_NATIONS[w] for w in reversed(words) if w in P.HOME_NATIONS), None)


def home_nation(doc: Doc, athlete: Span) -> str | None:
    """The home nation the text tells an athlete by, right before one of its mentions ("Wales's Jake Heyward"), if any."""
    homes = memo(doc).setdefault("home nations", {})
    if athlete.label_ not in homes:
        text = text_of(doc)
        said = (P.HOME_NATION_BEFORE.search(text, max(0, m.start_char - 25), m.start_char)
                for m in spans_of_label(doc, athlete.label_))
        homes[athlete.label_] = next((P.HOME_NATIONS[" ".join(h.group("word").lower().split())] for h in said if h), None)
    return homes[athlete.label_]


def spans_of_label(doc: Doc, label: str) -> list[Span]:
    """The athlete mentions of one athlete, read once a document."""
    by_label = memo(doc).setdefault("athletes by label", {})
    if not by_label:
        for m in spans_of(doc, "athletes"):
            by_label.setdefault(m.label_, []).append(m)
    return by_label.get(label, [])


def description_sex(desc: str) -> str | None:
    """"the Welshman" -> "men", "the Dutchwoman" -> "women", "the azzurra" -> "women"; "the German", "the Kenyan" -> None."""
    words = desc.split()
    found = P.DESCRIPTION_SEX.search(words[-1]) if words else None
    return None if found is None else ("women" if found.group("wo") or found.group("woman") else "men")


ANTECEDENT_REACH = 3000  # characters before a pronoun searched for what it stands for (within its paragraphs)
LIST_LOOKBACK = 12  # names before a pronoun whose listing after an object is checked ("ahead of A, B and C")


def _witness_of_another(doc: Doc, m: Span, sex: str) -> bool:
    """Is the mention one named once, to say something of someone else of that sex: its speech verb, then a quote that
    speaks of "she" ('One of them, Eilidh Rennie, now a Scottish international, said: "She would stand ...')? No antecedent of
    the "she" or "her" of a later paragraph, who is the one the quote spoke of (the caller asks only across paragraphs: "Her
    best of 2:05.3" right after her quote is hers)."""
    text = text_of(doc)
    said = P.SAID_THEN_QUOTE_AFTER.match(text, m.end_char)  # (the cheap test first; the article's mentions counted only then)
    return said is not None and P.SEX_PRONOUN_OPENING[sex].match(text, said.end()) is not None \
        and sum(1 for x in spans_of(doc, "athletes") if x.label_ == m.label_) == 1


def protagonist_of(mentions: list[Span]) -> Span | None:
    """The athlete these mentions are mostly about, if one clearly is: named at least twice as
    often as anyone else, or named first (in the headline or the lede) and more often than anyone
    else (its latest mention)."""
    counts = Counter(m.label_ for m in mentions).most_common(2)
    if not counts:
        return None
    top, n = counts[0]
    if len(counts) > 1 and n < 2 * counts[1][1] and not (mentions[0].label_ == top and n > counts[1][1]):
        return None
    return next(m for m in reversed(mentions) if m.label_ == top)


def previous_athlete(
    doc: Doc, char: int, paras: Bounds, *, max_paragraphs: int = 2, sex: str | None = None, country: str | None = None,
    protagonist: bool = False, exclude: frozenset[str] = frozenset(), described: str = "", home: str | None = None,
) -> Span | None:
    """The athlete a pronoun or description before `char` stands for: in the nearest earlier
    sentence (within a few paragraphs) naming one who fits, its subject, else its last such name;
    a name said inside a quote (`span._.quoted`, set by the quotes stage), a name inside a relative clause ("the record that Genzebe Dibaba had set") or listed after an
    object ("ahead of Taye and Kipkemboi") is none. With none in those paragraphs and
    `protagonist`: the one who fits the article is clearly about, named before (`protagonist_of`). A
    description (`described`: "people" for a people's or place's word, "person" for another) stands for one
    named in its own paragraph when the paragraph opens about them: one of them its subject, or any of them for a
    people's word ("sat behind Ramsden for most of the race. The New Zealander towed the pack"), the agent of a win
    counting as a subject ("The men's race was won by Tamirat Tola. The 32-year-old clocked"; not "with Jessica Hull
    and Laura Muir in close attendance. The 29-year-old then ran away", "paced by Chanelle Price"; nor a contrasted
    clause's: "while Yared Nuguse faded"), and no "he", "she", "His", "Her" or "was her" before them going on about
    someone named before ("She took the lead, well ahead of Laura Muir. The 29-year-old clocked" is she). With only a
    win's agent among them, and no subject, it is that agent ("won by Kipyegon, ahead of ... Georgia Bell").
    A pronoun goes on standing for the subject before ("with Benson Kipruto ... By 30km he was alone"). A description
    saying a home nation of Great Britain (`home`: "the Welshman") stands for none told by another ("England's George
    Mills"), and is looked for in every paragraph before when none in reach fits."""
    text = text_of(doc)
    sents = sentences(doc)
    if sex is not None and (teller := doc._.narrator) is not None:
        exclude = exclude | {teller.label_}  # a blog's narrator says "I": no "she" or "he" stands for them
    first_para = paras.ranges[max(0, paras.index(char) - max_paragraphs)][0] if len(paras) else 0
    first_para = max(first_para, char - ANTECEDENT_REACH)  # an endless paragraph is not searched whole for each pronoun

    def fitting(start: int, unknown_country: bool = False) -> list[Span]:
        return [
            m for m in between(doc, "athletes", start, char)
            if m.end_char <= char and not m._.quoted and not (sex and m._.sex and m._.sex != sex) and m.label_ not in exclude
            and not (country and m._.nationality != country and not (unknown_country and m._.nationality is None))
            and not (home and home_nation(doc, m) not in (None, home))
        ]

    def in_main_clause(m: Span) -> bool:  # (a cleft's "that" clause is the sentence's own: "It was in the region of the Pacaembu
        # that Kiprono Mutai pulled the rhythm. He passed the 10 km in 29min18s", translated)
        return not P.RELATIVE_SUBJECT_BEFORE.search(text, max(0, m.start_char - 60), m.start_char) \
            or P.CLEFT_OPENING.match(text, sents.of(m.start_char)[0], m.start_char) is not None

    fitting_here = fitting(first_para)
    if not described:  # a pronoun after the one runner its own sentence names, as an owner: "That's Battocletti's second straight
        # crown, and it comes a fortnight after she ran 14:23.15 in Monaco" (not the bronze medallist of the sentence before)
        if (owner := _sole_owner(text, [m for m in fitting_here if m.start_char >= sents.of(char)[0]], 0, 12)) is not None:
            return owner
    if sex and not described and fitting_here:  # a pronoun of the sentence before that stood for its one runner, named as an owner,
        # goes on standing for them: "... quicker than Mahlangu's own Drummond split ..., and he admitted it had frightened him.
        # "...," he said" (not the last runner named before that sentence)
        last_a, last_b = sents.of(fitting_here[-1].start_char)
        named = [m for m in fitting_here if m.start_char >= last_a]
        if (owner := _sole_owner(text, named, last_a, 12)) is not None and not (owner._.sex and owner._.sex != sex) \
                and P.PRONOUN_OF_SEX[sex].search(text, owner.end_char, min(last_b, char)) \
                and not P.PRONOUN_OF_SEX[sex].search(text, last_a, owner.start_char):  # (not "He broke Eliud Kipchoge's course
            # record, and he dedicated it": the sentence's "He" stood for someone named before)
            return owner
    fits = [m for m in fitting_here if in_main_clause(m)]
    if not fits and country:  # the one of that country in a cleft's "that" clause ("It was on Bislett that Warholm broke ...
        # «...», said the Norwegian"), before any of no known country (not one spoken of: "saying that Warholm had inspired him")
        fits = [m for m in fitting_here if P.CLEFT_OPENING.match(text, sents.of(m.start_char)[0], m.start_char)]
    if not fits and country:  # "The Kenyan won": of a country no athlete is said to be from, one of no known country
        loose = fitting(first_para, unknown_country=True)
        fits = [m for m in loose if in_main_clause(m)]
        if not fits and len({m.label_ for m in loose}) == 1:
            fits = loose  # "..., where Jakob Ingebrigtsen won ... The Norwegian had strolled through his heat": the one named
    if not fits and home and max_paragraphs < len(paras):  # "the Welshman" told apart from a Scot named nearer: the Welsh one
        # named further back
        return previous_athlete(doc, char, paras, max_paragraphs=len(paras), sex=sex, country=country, protagonist=protagonist,
                                exclude=exclude, home=home)
    if not fits:
        if not protagonist:
            return None
        earlier = fitting(0)
        return protagonist_of([m for m in earlier if in_main_clause(m)] or earlier)
    if described and len(paras):
        opening = paras.ranges[paras.index(char)][0]
        own = [m for m in fits if m.start_char >= opening]

        def doer(m: Span) -> str:  # "subject" of its clause (not a contrasted one: "while Yared Nuguse faded"), "agent" of a win
            a = sents.of(m.start_char)[0]
            if P.WIN_AGENT_BEFORE.search(text, max(a, m.start_char - 40), m.start_char):
                return "agent"
            contrasted = P.CONTRAST_BEFORE.search(text, max(0, m.start_char - 40), m.start_char)
            return "subject" if not _not_subject(text, m, a) and not contrasted else ""

        roles = [doer(m) for m in own]
        if own and not P.PERSON_PRONOUN.search(text, opening, own[0].start_char) and (described == "people" or any(roles)):
            if "subject" not in roles and "agent" in roles:
                return own[len(roles) - 1 - roles[::-1].index("agent")]  # the win's doer, not the rivals after it
            fits = own
    if not described and (who := _description_opening(doc, fits, paras, sex, country, exclude)) is not None:
        return who  # "The Kenyan, who beat Arop ..., tracked home pacemaker Patryk Sieradzki ... He passed 600 metres in": the
        # description the sentence opens with, its subject
    # objects among the last names before `char`, every one of them: a list may mix countries
    near = [m for m in between(doc, "athletes", fits[0].start_char, char) if m.end_char <= char][-LIST_LOOKBACK:]
    objects: set[int] = set()
    for prev, m in zip([None, *near], near):
        a = sents.of(m.start_char)[0]
        listed = prev is not None and id(prev) in objects and prev.start_char >= a and P.LISTED_AFTER.fullmatch(text[prev.end_char : m.start_char])
        if (listed or _not_subject(text, m, a)) and not _writer_s_sole_object(doc, text, m, a):
            objects.add(id(m))  # (the object of a sentence the writer opens as its subject is whom a pronoun after it stands
            # for: "I caught Rono by the tunnel, still dripping. "...," he told me")
    in_near = {id(m) for m in near}
    # the most recent subject of a main clause, else of a contrasting clause ("Kipkoech won, while Clara Evans
    # gave the home crowd a victory. The Kenyan broke clear ..."), else the most recent name
    contrasted = None
    for k, m in enumerate(reversed(fits)):
        if sex and protagonist and paras.index(m.start_char) < paras.index(char) and _witness_of_another(doc, m, sex):
            continue  # 'One of them, Eilidh Rennie, said: "She would stand at the 800-metre mark ..."': her "she" is another
        if id(m) not in objects if id(m) in in_near else not _not_subject(text, m, sents.of(m.start_char)[0]):
            if not P.CONTRAST_BEFORE.search(text, max(0, m.start_char - 40), m.start_char):
                # (not one of an earlier sentence whose sex is unsaid, when the contrasted one is said to be of the pronoun's:
                # "Gareth Lewis was first M40, while Claire Ashworth took the F40 title. Her official chip time" is hers, not the
                # winner's of the sentence before; "while Yared Nuguse faded badly to fifth. 3:29.02 for the 23-year-old" is not his)
                sexed = contrasted is not None and sex is not None and contrasted._.sex == sex and m._.sex is None
                return contrasted if sexed and sents.of(m.start_char) != sents.of(contrasted.start_char) else m
            contrasted = contrasted or m
        if contrasted is not None and k >= LIST_LOOKBACK:
            break  # a main clause's subject is looked for among the few names before the contrasted one
    if contrasted is not None:
        return contrasted
    # every name in reach an object (the loop above found no subject), after a sentence a pronoun of this sex opened: the
    # pronoun goes on standing for whom it stood for ("He went through halfway in 1:11:50, tucked in with Doyle ... His
    # official gun time was 2:23:47": not Doyle's)
    opened = [a for a, _ in sents.ranges[sents.index(first_para) : sents.index(fits[-1].start_char) + 1]
              if first_para <= a < fits[-1].start_char and P.SEX_PRONOUN_OPENING[sex].match(text, a)] if sex else []
    # (whom it stood for named further back: the one the article is about)
    if opened and (who := previous_athlete(doc, opened[-1], paras, max_paragraphs=max_paragraphs, sex=sex, country=country,
                                           protagonist=True, exclude=exclude)) is not None:
        return who
    return fits[-1]


def _description_opening(doc: Doc, fits: list[Span], paras: Bounds, sex: str | None, country: str | None,
                         exclude: frozenset[str]) -> Span | None:
    """The athlete a description opening the sentence of the last fitting name stands for, when it comes before every name of
    that sentence and is followed by its verb or an aside ("The Kenyan, who beat Arop ..., tracked home pacemaker Patryk
    Sieradzki"): the sentence's subject, whom a pronoun after it goes on with; None if it stands for no one who fits."""
    text = text_of(doc)
    a, _ = sentences(doc).of(fits[-1].start_char)
    desc = P.ANAPHOR_SUBJECT.match(text[a : a + DESCRIPTION_OPENING_REACH])
    named = [m for m in fits if m.start_char >= a]
    first = min(m.start_char for m in named)
    if any(P.NAME_ACTS_AFTER.match(text, m.end_char) for m in named):
        return None  # a name of the sentence acting in a clause of its own: "The Kenyan, however, had nothing left as Jakob
        # Ingebrigtsen swept past to win" (a review's probe: he is Ingebrigtsen)
    if desc is None or a + desc.end() > first or not (P.DESCRIPTION_VERB_AFTER.match(text, a + desc.end(), first)
                                                       or text.startswith(",", a + desc.end())) \
            or re.fullmatch(r",\s*", text[a + desc.end() : first]):  # (not "The first Frenchman, Morhad Amdouni, took": the name)
        return None
    who = anaphor_subject(doc, a, a + desc.end(), paras)
    fits_too = who is not None and not (sex and who._.sex and who._.sex != sex) and not (country and who._.nationality != country)
    return who if fits_too and who.label_ not in exclude else None


def _with_phrase_doer(text: str, before: list[Span], sent_start: int, start: int) -> Span | None:
    """The name a "with" phrase opens with, doing an -ing verb, when the time ends the phrase (no comma
    between): "with Tom Perkins delighting the home crowd by coming home third in 29:58", "with Emily
    Mackay (New Balance) running down Sinclaire Johnson in the final strides for third in 4:04.07" (the
    names after it are its objects); or the place it took: "with Briton Emile Cairess a brave fourth in 2:07:29"."""
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        gap = P.AGE_ASIDE.sub("", text[m.end_char : start], count=1)  # "with Edna Kiplagat, 44 years young, third in 2:27:45"
        gap = P.CLUB_IN_GAP.sub("", gap, count=1)  # "with Sarah Khan (SW30-34) not far behind in 21:36"
        acting = None
        if (aside := P.FROM_AND_ASIDE_IN_GAP.match(gap)) is not None and (P.PLACE_THEN_TIME.fullmatch(gap, aside.end())
                                                                        or (acting := P.ING_VERB_AFTER.match(" " + gap[aside.end() :].lstrip()))):
            gap = gap[aside.end() :]  # "with Annet Chelangat of Prisons, no relation to the winner, a distant third in 33:40.2", "with
            # Abbas, doubling up, holding on for bronze in 3:50.01"
        if re.search(r"[,;](?!\d{3})", gap) or (re.search(r"[,;]", gap) and any(
                re.search(r"(?:\band|,)\s+$", text[before[k - 1].end_char : before[k].start_char]) for k in range(i + 1, len(before)))):
            return None  # (a thousands separator is none: "with Renner leading through 1,000 meters in 3:18.6", "with Cole Hocker
            # leading Yared Nuguse through 1,000 meters"; but a name joined after it is the time's: "with Hull leading and Muir at
            # 1,200 meters in 3:05.2")
        if (P.WITH_PHRASE_BEFORE.search(text, max(sent_start, m.start_char - WITH_REACH), m.start_char)
                or P.WITH_PHRASE_AFTER_TIME.search(text, max(sent_start, m.start_char - WITH_REACH), m.start_char)) \
                and (acting or P.ING_VERB_AFTER.match(P.CLUB_IN_GAP.sub("", text[m.end_char : m.end_char + 80], count=1))
                     or P.PLACE_THEN_TIME.fullmatch(gap)) \
                and all(is_object(text, later, sent_start) for later in before[i + 1 :]):
            return m
    return None


def _not_subject(text: str, m: Span, sent_start: int) -> bool:
    """An object ("beat Y"), one let do something ("let Y set the pace"), the agent of a passive ("a final won by Y"), the owner of what a
    preposition governs ("questions about David Rudisha's world record") or a mark after an article ("to break the late
    Kelvin Kiptum's world record"), a colon ("coming for one thing: Cam Levins's Canadian record") or a verb ("was targeting
    Morven Gillies' course record") or the subject's relation
    after a preposition ("to his compatriot Josué Cheptegei"): no antecedent."""
    return (
        is_object(text, m, sent_start)
        or bool(P.AGENT_BEFORE.search(text, max(sent_start, m.start_char - 40), m.start_char))
        or bool(m._.possessive and (P.PREPOSITION_BEFORE.search(text, max(sent_start, m.start_char - 20), m.start_char)
                                    or (P.ARTICLE_BEFORE_OWNER.search(text, max(sent_start, m.start_char - 20), m.start_char)
                                        and P.OWNED_MARK_AFTER.match(text, m.end_char))
                                    or ((P.TARGET_COLON_BEFORE.search(text, max(sent_start, m.start_char - 4), m.start_char)
                                         or P.VERB_BEFORE_OWNER.search(text, max(sent_start, m.start_char - 20), m.start_char))
                                        and P.OWNED_MARK_AFTER.match(text, m.end_char))))
        or bool(P.RELATION_OF_SUBJECT_BEFORE.search(text, max(sent_start, m.start_char - 40), m.start_char))
        or bool(P.LET_BEFORE.search(text, max(sent_start, m.start_char - 12), m.start_char))
        or _in_closed_who_clause(text, m.start_char, sent_start)
    )


def _in_title_of_another(text: str, m: Span, before: list[Span], start: int) -> bool:
    """Is the mention inside a title set off by commas after an earlier name and closed before the time at `start`
    ("Nadia Battocletti, runner-up to Chebet in Paris four years ago, claimed bronze": the title's Chebet is no subject)?"""
    for owner in before:
        if owner.end_char >= m.start_char:
            return False
        if (title := P.TITLE_APPOSITIVE.match(text, owner.end_char)) is not None and m.end_char <= title.end() < start \
                and not P.PREPOSITION_RIGHT_BEFORE.search(text, max(0, owner.start_char - 10), owner.start_char) \
                and (P.TITLE_OBJECT_BEFORE.search(text, title.start(), m.start_char) is not None
                     or P.TITLE_CLAUSE_VERB_AFTER.match(text, m.end_char) is not None):
            return True  # (the name a preposition's object, or a clause's subject, in it: "the European medallist Ingebrigtsen
            # beat in Rome"; not after an opening phrase: "After Obiri, Boston champion Lokedi was the next home")
    return False


def _in_closed_who_clause(text: str, char: int, sent_start: int) -> bool:
    """Is `char` inside a "who" or "whose" clause set off by commas ("Kipchoge, whose 2:01:09 ... stood as the world
    record until Kiptum's run, was philosophical": Kiptum is no subject of the sentence)?"""
    for w in P.WHO_OPENING.finditer(text, max(sent_start, char - 300), char):  # (rare: most mentions meet none)
        r = P.RELATIVE_CLAUSE.match(text, w.start(), char + 300)
        if r is not None and char < r.end() and text[r.end() : r.end() + 1] == ",":
            return True
    return False
