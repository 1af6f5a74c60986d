"""Every regular expression and word list of the pipeline, in one place.

Each pattern is named, compiled once, and commented with an example of the text it handles.
Stages import from here; tests in `tests/test_patterns.py` exercise each pattern directly.
All patterns are linear-time: no nested unbounded quantifiers, bounded repetition only.
"""

from __future__ import annotations

import re

# ---- shared character classes ---------------------------------------------------------

APOS = "'’‘`"  # straight, right and left single quotes used as apostrophes
DASHES = "-‐‑–"  # hyphen, non-breaking hyphen, en dash (names: "Asher-Smith")
# the mark closing a quote a right guillemet opened, the Danish and German way (»so«) or the Finnish (»niin»: after a word or
# a stop, before a space, a stop or the line's end)
REVERSED_GUILLEMET_CLOSE = re.compile(r"«|(?<=[\w.,!?…])»(?=[\s.,;:!?]|$)")
OPEN_QUOTES = "“„«「『\""
CLOSE_QUOTES = "”»」』\""
# ... and the single marks too, around a nickname or slogan: 'Thommo', "The Leigh Lightning"
OPEN_MARKS = OPEN_QUOTES + "‘'"
CLOSE_MARKS = CLOSE_QUOTES + "’'"
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
LOWER = "a-zß-öø-ÿā-ž"

# ---- numbers written as words ---------------------------------------------------------

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
}
_NUM_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# ... and a tens' word with its units, as a time's minutes or seconds are written: "thirty-eight minutes and twenty seconds"
_TENS_UNITS_WORD = r"(?:twenty|thirty|forty|fifty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b"

# ---- the time grammar (shared by times, splits and results) ---------------------------

# "3:45.34", "1:52.74", "2:05:41", "27:51.3", "1:27:40"
# ("3:58,83": a decimal comma, as continental and machine-translated text writes it; "had run in 8:33.82: thirty-five
# years later", a colon after a time with a fraction, which no hour of the day has: "14:05: Kiptum leads" is none)
CLOCK_TIME = re.compile(
    r"(?<![\d:.,])(?:(?P<h>\d{1,2}):(?=\d{2}:))?(?P<m>\d{1,2}):(?P<s>\d{2})(?:[.,](?P<f>\d{1,3}))?(?(f)(?!\d|:\d|[.,]\d)|(?![\d:]|[.,]\d))"
)
# a live blog's timestamp opening a line: "19:42 — MEN'S 110M HURDLES", or alone on its line: "21:52\n"; a
# podcast's chapter list: "- 12:45 — Women's 1500m"
TIMESTAMP = re.compile(r"(?m)^[ \t]*(?:[-*•·][ \t]+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*[—–-]|[ \t]*$)")
# a podcast's or video's chapter stamp in square brackets opening a line: "[27:30] Yared's record in context",
# "[1:02:15] Listener questions" (a place in the recording, never a race's time)
CHAPTER_STAMP = re.compile(r"(?m)^[ \t]*(?:[-*•·][ \t]+)?\[\d{1,2}:\d{2}(?::\d{2})?\]")
# a live blog's stamp opening an entry of prose on its line: "21:06 Cole Hocker, the Olympic 1500m champion, is
# trying ..." (one stamp alone may be a time: `times.prose_stamps` asks for a run of them)
PROSE_STAMP = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?=[ \t]+\S)")
# a live blog's stamp opening a line of capitals: "21:44 MEN'S 800M SEMI-FINAL THREE" (taken only within the
# hours of the blog's other stamps: `times.find_times`)
HEADER_STAMP = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?=[ \t]+[^a-z\n]*[A-Z][^a-z\n]*$)")
# what says an hour of the day before it: "the steeplechase at 15:20", "from 09:30"
HOUR_BEFORE = re.compile(r"\b(?:at|from|until|till|before|after|by)\s+$", re.IGNORECASE)
# a table's header cell naming the start's hour, between the column gaps ("|", a tab, two spaces or more): "Pos | Name | Start |
# Run time", "Start time", "Handicap start" (a handicap race's, each runner off at an hour of the day)
START_HOUR_HEAD = re.compile(r"(?im)(?:\||(?<![ \t])(?:\t|  ))[ \t]*+(?P<head>(?:handicap\s+)?start(?:\s+time)?|off)[ \t]*(?=\||\t| {2,}|$)")
# (a run of blanks tried from its start only, its blanks taken once: not again from every blank of a long run)
# ... and the start's hour said so in prose: "(off at 10:12)", "last away at 10:29", "was sent off at 10:00" (not a pace after it:
# "went off at 2:50 pace", "set off at 4:05 per mile", "away at 3:05/km")
START_AT_BEFORE = re.compile(r"\b(?:off|away)\s+(?:first\s+)?at\s+$", re.IGNORECASE)
PACE_AFTER = re.compile(r"\s*(?:-?\s*(?:pace|per)\b|/)", re.IGNORECASE)
# words of the day near an hour: "back tomorrow from 09:30 with the morning session"
DAY_WORD = re.compile(r"\b(?:tomorrow|today|tonight|morning|afternoon|evening|session|local\s+time|kick-?off)\b", re.IGNORECASE)
# "55.91", "9.84", "10.034" (bare seconds; the stage checks context and value)
DECIMAL_TIME = re.compile(r"(?<![\d.:,+\-±$£€/])(?P<s>\d{1,2})\.(?P<f>\d{1,3})(?![\d]|\.\d|,\d)")
# "3 minutes 45.34 seconds", "3 minutes, 45.60 seconds", "three minutes 31.20", "3min 29.38sec", "2hr 02min 10sec",
# "2 min 00,48" (translated),
# "one minute 58.1 seconds", "3 minutes and 49 seconds", "2 hours, 5 minutes and 41 seconds",
# "27 minutes 48 seconds 21" (hundredths after the seconds, as Japanese copy translated writes them: "with 28 minutes 55
# seconds 77 by overtaking", "is 27 minutes 09 seconds 80 that Shiojiri Kazuya made", "27 minutes 48 seconds 39 it is
# the self-best"; not "... seconds 12 metres")
WORDED_TIME = re.compile(
    rf"(?<!\d[:.,])\b(?:(?P<h>\d|{_NUM_WORD})\s*(?:hours?|hrs?|small\s+time),?\s+(?:and\s+)?)?"  # (Chinese copy translated: 小时
    rf"(?P<m>\d{{1,2}}|{_TENS_UNITS_WORD}|{_NUM_WORD})\s*(?:min(?:ute)?s?|(?(h)points(?=\s+\d{{2}}\s+seconds?\b)|(?!x)x)),?\s+(?:and\s+)?"  # "small time", 分 "points"
    # "2 small time 22 points 05 seconds", "1 hour 03 points 40 seconds"; only after hours: not a score, "scored 8 points 40
    # seconds into the fourth quarter")
    rf"(?P<s>\d{{1,2}}(?:[.,]\d{{1,3}})?|(?:{_TENS_UNITS_WORD}|{_NUM_WORD})(?=\s+seconds?\b))(?:\s*(?:seconds?|secs?|s)\b"
    r"(?:\s(?P<f>\d{2})(?=[.,;)]{0,2}(?:\s|$)(?![.,]?\d)|[.,;)]{1,2}$)(?![.,]\d)(?!\s+(?!(?:and|in|to|for|at|as|while|but|with|on|the|a|took|won|broke|set|ran|finished|crossed|was|is|by|of|that|which|"
    r"from|after|ahead|behind|when|it|he|she|they|this|his|her|its|their|so)\b)[a-z]))?)?",
    re.IGNORECASE,
)
# seconds and their fraction in words, as Chinese copy translated writes a sprint or a lap: "ran 12 seconds 86 ranked
# fourth", "the last lap in 66 seconds 5" (not "12 seconds 2 metres"; after the worded times, which take "9 minutes 02
# seconds 68" whole)
WORDED_SECONDS_TIME = re.compile(
    r"(?<![\d.:,])\b(?P<s>\d{1,2})\s+seconds?\s+(?P<f>\d{1,2})(?![\d]|[.,:]\d)"
    r"(?!\s*(?:m|metres?|meters?|km|kilomet\w*|miles?|laps?|seconds?|minutes?|years?|days?|hours?|places?|positions?|%)(?!\w))",
    re.IGNORECASE,
)
# "53,07", "56,9": bare seconds with a decimal comma, read only in a text that writes its decimals
# so (`times.writes_decimal_commas`): elsewhere "10,11" may be a list
# people counted after a number: "42.300 spectators" (a thousands point, as German and Dutch copy write it)
COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:spectators|fans|people|runners|participants|finishers|entrants|supporters|visitors|viewers|starters|athletes)\b", re.IGNORECASE
)
DECIMAL_COMMA_TIME = re.compile(r"(?<![\d.:,+\-±$£€/])(?P<s>\d{1,2}),(?P<f>\d{1,2})(?![\d]|[.,]\d)"
                                r"(?!\s?(?:°|degrees|kilos?|kg|per\s?cent|%|km|kilomet|metres|meters|m\b|points|euros?|€))")  # (not "31,5 degrees")
# a decimal point between digits: "9.84", "1.2"; a text without one may write its decimals with a comma
DOTTED_DECIMAL = re.compile(r"\d\.(?:(?!\d{3}(?!\d))\d|\d{3}(?=\s?(?:km|kilomet|miles?)\b))")  # (not a thousands' dot, as continental
# copy writes "the 1.500 meters"; but "42.195 km")
# minutes and seconds with prime marks, as Italian and French copy write them: "8'04"12", "2'42"8", "8′04″12", "3'27''14"
PRIME_TIME = re.compile(r"(?<![\d.:,])(?P<m>\d{1,2})['′’](?P<s>\d{2})(?:[\"″”]|''|’’)(?P<f>\d{1,2})(?!\d)")
# ... whole seconds, as Spanish copy translated writes them: "passed the 5 kilometres in 14'31''" (read after a word that
# introduces a time only: not an athlete's "6'02"" height, nor a vault's "18'09"")
FEET_INCHES_BEFORE = re.compile(  # (a height or a field event's mark: "won the pole vault in 18'09"", "the 6'04" tall Kenyan")
    r"\b(?:vault|jump|throw|put|discus|javelin|hammer|cleared|clearing|tall|height|listed|feet|foot|inches|stands?)\b"
    r"|\b(?:standing|stood|measur(?:es|ed|ing))\s+(?:at\s+)?$", re.IGNORECASE)  # ... or right before it: "Standing 6'04'' at the 800 m start"
PLACE_NAMED = re.compile(r"\b(?:in|at|of|through)\s+(?:the\s+)?((?-i:[A-Z])[a-z]+)")  # "in Berlin", "the streets of London"
WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
COUNTDOWN_AFTER = re.compile(r"\s+(?:before|to\s+go|until|till|left)\b", re.IGNORECASE)  # "the clock read 8'45\" before the start"
# a mile or kilometre marker right before a number: "through Hancock at mile 47.6" (a distance along the course, no time)
MARKER_BEFORE = re.compile(r"(?:\b(?:at|through|past|passing|passed|by|near|reached|reaching|to|from|in|on)[ \t]+the[ \t]+|(?<!\bthe\s))"
                           r"\b(?:mile|km|kilomet(?:re|er)|marker)[ \t]+$", re.IGNORECASE)  # (or "at the km 12.5"; not a race's: "his last lap of
# the mile 55.8")
POINT_CELL_CLOSE = re.compile(r"[ \t]?(?:km|k|m|miles?)?\)[ \t]*\|")  # ... or a bar table's first cell's: "Alpine Tunnel (58.2) |"
POINT_BRACKET_BEFORE = re.compile(r"\b(?:at|by|through|near|nearing|approaching)\s+(?:the\s+)?(?:bell|halfway|half|\d[\d,.]*\s?(?:m|km|metres?|meters?|kilomet(?:re|er)s?)\b)\s*\(\s*$",
                                  re.IGNORECASE)  # "At the bell (11'59'')", "near the 15 km (42.06)"
# ... or before the point of a race it was reached at: "2'06'' at the 800 m, 2'54'' at the bell" (translated splits)
POINT_AFTER_PRIME = re.compile(
    r"\s+(?:at|through|to)\s+(?:the\s+)?(?:passage\s+of\s+(?:the\s+)?)?(?:\d[\d,.]*\s?(?:m|km|metres?|meters?|kilomet(?:re|er)s?)\b|bell\b|kilomet(?:re|er)\b|half-?way\b)",
    re.IGNORECASE)
PRIME_TIME_WHOLE = re.compile(r"(?<![\d.:,])(?P<m>\d{1,2})['′’](?P<s>[0-5]\d)(?:''|’’|[\"″”])(?![\d'′’])")
# ... or with no mark after the seconds at all, as French copy translated writes a road race's times ("won in 59'12", "the
# passage at the 5 km was in 15'42"): read only in a text that writes prime-marked times elsewhere, where a marked one would be
CLAUSE_END_AFTER_TIME = re.compile(r"[.,;)!?](?:\s|$)|$|\s+(?:and|&)\s+(?!\d)")  # (not "2'57 and 2'58", paces)  # ... its clause ending right after it ("ahead of Josh Kerr in 3'30.")
PRIME_TIME_BARE = re.compile(r"(?<![\d.:,'′’])(?P<m>\d{1,2})['′’](?P<s>[0-5]\d)(?![\d'′’\"″”]|[.,]\d)")
# a results row's country code right before a time: "1. Daniel Mateiko (KEN) 59'12''", "2. Tadese Worku ETH 59'31"
ROW_CODE_BEFORE = re.compile(r"(?:\([A-Z]{3}\)|(?<![\w(])[A-Z]{3})[ \t]*$")
# seconds with marks for the fraction: "46''89", "46"89", "59"4", "46″89"
SECONDS_MARK_TIME = re.compile(r"(?<![\d.:,'′’])(?P<s>\d{1,2})(?:''|\"|″)(?P<f>\d{1,2})(?!\d)")
# seconds with an "s" for the decimal point, as French and Portuguese copy writes them: "9s85", "10s05", "61s2" (not the
# seconds of "3min40s12", nor "4s" alone)
SECONDS_UNIT_TIME = re.compile(r"(?<![\w.:,'′’\"])(?P<s>\d{1,2})s(?P<f>\d{1,2})(?!\w|[.,:]\d)")
# minutes, seconds and hundredths with units, as French and Spanish copy writes them: "8 min 05 s 12", "3min31s48", "15m07s10" (on one line, and
# not a list's next place: "43min48s\n2. Fábio", "43min48s 2º Fábio"; "57min31s 2. Yomif" after "1. Jacob Kiplimo",
# `times.next_place_after`)
UNITS_TIME = re.compile(r"(?<![\d.:,])(?P<m>\d{1,2})(?:[ \t]?min[ \t]?(?P<s>\d{2})[ \t]?s[ \t]?|m(?P<s2>\d{2})s)(?P<f>\d{1,2})\b(?![º°ª])")
# hours with a unit before minutes and seconds, as Spanish and French copy writes them: "1h01:35",
# "1h 10min 02s", "2h05'41"", "1h05m41s", an ultra's "20h12m05s", "04h31m10s"
HOURS_TIME = re.compile(r"(?<![\d.:,])(?P<h>\d|[0-4]\d)\s?h\s?(?P<m>\d{2})(?:[:'′’]|\s?min\s?|m)(?P<s>\d{2})(?:[.,](?P<f>\d{1,2}))?(?:\s?s\b|[\"″”])?(?![\d:])")
# minutes and seconds with their units run together, as Portuguese and French copy writes them: "59m01s", "42min59s"
COMPACT_TIME = re.compile(r"(?<![\d.:,h])(?P<m>\d{1,2})(?:m|min)(?P<s>\d{2})s\b")
# hours, minutes and seconds joined by dots, as Dutch copy writes a road race's time: "won in 2.03.47" (not a date
# said with "on": "on 6.04.23"; but a clock that "stood on 1.02.05", Dutch "stond op", reads a time; not a record that
# "stood on 2.04.56", nor "Hassan stood on 1.08.21 on the podium")
DOTTED_HOURS_TIME = re.compile(r"(?<![\d.:,])(?<!(?<!\bclock\sstood\s)(?<!\bwatch\sstood\s)\bon\s)(?P<h>[1-9])\.(?P<m>[0-5]\d)\.(?P<s>[0-5]\d)(?P<f>)(?![\d]|[.,:]\d)")
# ... and minutes, seconds and hundredths, as Japanese and Scandinavian results lists write them: "5 Yoshii Yamato
# (Toyota) 27.48.39 PB" (minutes of two figures, never hours; only in a row opening with its place, or in prose right after
# a word that introduces a time, `TIME_INTRO_BEFORE`, "won in 15.41.80": else "posted at 21.45.00" is an hour of the day,
# "updated 12.15.24" a date)
DOTTED_MINUTES_HUNDREDTHS = re.compile(
    r"(?m)(?:^[ \t]*(?:=|T-?)?\d{1,3}[.)]?[ \t]+[^\d\n][^\n]*?|(?<=\s)(?=[1-5]\d\.))(?<![\d.:,])(?P<m>[1-5]\d)\.(?P<s>[0-5]\d)\.(?P<f>\d{2})(?![\d]|[.,:]\d)"
)
# minutes and seconds joined by a dot, hundredths after a comma, as Polish and German copy writes them: "1.45,88"
DOTTED_MINUTES_TIME = re.compile(r"(?<![\d.:,])(?P<m>\d{1,2})\.(?P<s>\d{2}),(?P<f>\d{1,2})(?![\d]|[.,]\d)")
# a race short enough for times under nine seconds: "the 60m", "60 metres hurdles", "the 55m dash", "the 60-meter hurdles"
SHORT_SPRINT = re.compile(r"\b(?:50|55|60)[\s-]?(?:m|metres?|meters?)\b(?!\s*(?:to\s+go|left|out|from|lead|gap|margin|advantage|cushion|clear|behind|ahead))", re.IGNORECASE)
# (not a gap: "built a 60-meter lead by halfway")
# a distance written with a thousands dot, never a time: "dominates the 10.000", "the 5.000 meters"
THOUSANDS_DISTANCE = re.compile(r"(?:1|2|3|5|10)\.000")
# the unit that makes a bare decimal a time: "9.84 seconds", "12.31sec", "12.31s"
SECONDS_UNIT = re.compile(r"\s?(?:seconds?|secs?\.?|s)\b", re.IGNORECASE)
# "49 seconds" (whole seconds, only with the unit)
WHOLE_SECONDS = re.compile(r"(?<![\d.:,])(?P<s>\d{1,2})\s?(?:seconds|secs?)\b", re.IGNORECASE)
# ... and a lap's, said as its adjective: "pulled away with a 62-second final lap" (not "a 10-second lead", a margin)
LAP_SECONDS_ADJECTIVE = re.compile(r"(?<![\d.:,])(?P<s>[2-9]\d)-second(?=\s+(?:(?:final|last|closing|opening|first)\s+)?(?:lap|circuit|400m?)\b"
                                   r"(?!\s+(?:lead|advantage|gap|cushion|deficit|margin|record|penalty)\b))",
                                   re.IGNORECASE)  # (nor "a 30-second first lap lead", "a 40-second lap record"; a track's lap said by
# its length too: "a 68-second final 400")
# ... or bare whole seconds "for" a lap named after them, as US track copy writes them: "taking it out in 63 for the first 400"
LAP_SECONDS_FOR = re.compile(r"(?<=\bin\s)(?P<s>[2-9]\d)(?=\s+for\s+(?:the|his|her|their)\s+(?:first|opening|last|final|closing)\s+(?:lap|circuit|400m?)\b)",
                             re.IGNORECASE)
# a clock read at the finish, no one named: "The clock read 31:41.59" (the time of the athlete the text is about)
CLOCK_READ_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:clock|watch|timer|chronometer|chrono|scoreboard)\s+(?:read|reads|showed|shows|said|says|stopped\s+(?:at|on)|flashed|displayed"
    r"|marked|indicated)\s+$", re.IGNORECASE)  # (translated: "the chrono marked 2'04''3")
# ... right after a distance the clock is read at: "In the 800 meters the chrono marked 2'04''3" (Spanish translated: a point)
CLOCK_READ_AFTER = re.compile(r"\s*,?\s*the\s+(?:chronometer|chrono)\s+(?:marked|indicated)\b", re.IGNORECASE)  # (a translated idiom
# only: "In the 400 meters, the clock read 45.12 for Samuel García" is the 400m's)
# ... a road race's clock at a point it passes: "and in the 20 kilometres the clock showed 1:03:25" of a marathon
ROAD_CLOCK_READ_AFTER = re.compile(r"\s*,?\s*the\s+(?:clock|watch|timer|chronometer|chrono)\s+(?:showed|shows|read|reads|said|says|marked|indicated|"
                                   r"stood\s+at)\b", re.IGNORECASE)
# ... or a track race's, joined to the point told before it: "led the first kilometre through with time 2.44,1 and in 2000 metres
# the clock was 5.30,2" of a steeplechase (not "In the 400 meters, the clock read 45.12 for Samuel García", the 400m's)
JOINED_POINT_BEFORE = re.compile(r"\band\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
TRACK_CLOCK_READ_AFTER = re.compile(r"\s*,?\s*the\s+(?:clock|watch|timer|chronometer|chrono)\s+(?:was|showed|read|said|marked|indicated|stood\s+at)\b",
                                    re.IGNORECASE)
# a group, not one athlete, in the sentence of such a clock: "three people were still together", "the leading pack"
GROUP_WORD = re.compile(r"\b(?:together|group|pack|leaders|bunch|people|trio|quartet)\b", re.IGNORECASE)
# a marathon's or a half's miles before the time they were reached in, not a time: "Lemma hits 13.1 in 1:00:19"
MILES_OF_ROAD_RACES = ("13.1", "26.2")
# a clock in the plural, a pace: "run 6:50s to halfway", "a string of 4:30's", "4:30s per mile" (not a time's seconds, as
# translated and wire copy write them: "won in 2:06:57s", "with 31:02s.", "clocked 27:45s to win", "14:12s for the victory")
# a band of times, no time: "on schedule for a time in the 12:40s", "in the low 2:10s" (the plural right after the clock)
TIME_BAND_BEFORE = re.compile(r"\b(?:in|into|to)\s+the\s+(?:(?:low|mid|high|upper|lower)[\s-]+)?$", re.IGNORECASE)  # (not "clocked the
# 13:08s, good for second")
TIME_BAND_AFTER = re.compile(r"s(?![\w'’])")
CLOCK_PLURAL_AFTER = re.compile(r"['’]s\b|s\s+(?:to\s+(?:the\s+)?(?:halfway|half|bell|finish|turn)\b|pace\b|per\s+(?:mile|km|kilomet|lap)|each\b|a\s+(?:mile|lap)\b)")
DISTANCE_THEN_CLOCK = re.compile(r"\s+(?:in|at)\s+\d{1,2}:\d{2}")
# what follows a number that is not a race time: "7.45pm", "+1.2m/s", "1.5 million", "2.5%", "the 13.1-mile course"
NOT_TIME_AFTER = re.compile(  # (a unit right after it on its line: "22.84\nMile – Krissy Gear" is a time, then a list's next event)
    r"[ \t-]?(?:a\.?m\b|p\.?m\b|m/s|mps|%|per\s?cent|million|billion|bn|m\b|km\b|kg|cm|met(?:re|er)s?\b|"
    r"miles?\b|points?|pts|GMT|BST|CET|ET\b|EST|EDT|PST|PDT|UTC|local(?:\s+time\b|(?=\s*[)\],;]))|hrs|o['’]clock|kilometres|kilometers|"
    r"(?:[ \t]+(?:minutes?|mins?)\.?)?\s(?:per|for|a|each)\s+(?:kilomet(?:re|er)|km|mile)\b|/\s?(?:km|mi|mile)\b|"  # a pace: "2:58,7
    # for kilometre", "4:30/km", "about 2:58 minutes per kilometre"
    r"\s(?:pace|schedule)\b|"  # a target: "the pacing lights were set to 14:40 pace"
    r"[ \t]+sharp\b|"  # an hour: "the car park barrier now closes at 10:30 sharp"
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:morning|evening|afternoon|night)s\b)",  # "at 8:30 on Sunday mornings"
    re.IGNORECASE,
)
# what follows a time gone by in a race, no time run: "Forty-five minutes and ten seconds into the race", "45:10 into the
# marathon"
ELAPSED_AFTER = re.compile(
    r"\s+into\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:race|run|contest|marathon)\b", re.IGNORECASE)  # (not "into the final", "late on
# Sunday", "took 27:10 to run", "After 2:05:10 of running, Kipchoge crossed the line": a time run)
# a pace asked for or planned, before the point and time it names: "had been asked to go through halfway in 61:30", "the
# order to go through the half in 60:00", "The plan was to pass 10km in 28:30" (not what was run: "went through in")
PLANNED_BEFORE = re.compile(
    r"\b(?:(?:asked|told|instructed|ordered|briefed|scheduled|due|supposed|meant|paid|hired|booked)\s+to|(?:the\s+)?(?:order|orders|instructions?|brief|plan|target|task|job|idea)\s+"
    r"(?:(?:was|is|had\s+been)\s+)?to|plann?(?:ed|ing)\s+to|aim(?:ed|ing|s)?\s+to)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:go|going|pass|passing|run|running|take|taking|bring|bringing|reach|reaching|hit|hitting|get|cover|lead|tow|pace|deliver)\b"
    r"(?:(?!\b(?:and|but|then|before|while)\b)[^.;:!?,]){0,50}$"  # (in its own clause: not "who is scheduled to run Boston in April, went
    # through halfway in 60:50", "The plan was to go out hard, and Chebet passed 5km in 15:10")
    r"|\b(?:than|of)\s+the\s+(?:planned|scheduled|targeted|intended|projected)\s+$"  # "a little slower than the planned 1 hour 10 minutes"
    r"|\b(?:order|orders|instructions?)\s+of\s+(?:passing|going|running|reaching|hitting|covering)\b"  # "had received the order
    r"(?:(?!\b(?:and|but|then|before|while)\b)[^.;:!?,]){0,50}$"  # of passing by the half in 1:01:30" (translated)
    r"|\b(?P<requested>request(?:ed|s)?|asked\s+for)\s+(?:the\s+)?(?:passage|pace|split|time)\s+(?:[\w’'-]+\s+){0,4}?(?:at|in|of)\s+$",  # "The
    # organizer has requested the passage of the halfway at 1:10:30" (translated)
    re.IGNORECASE)
# a time right before "for", whose event the words after it name: "ran 1:10:23 for the half marathon"
TIME_FOR_BEFORE_POINT = re.compile(r"\d[:.,]\d\d\s+for\s+$", re.IGNORECASE)
HALF_MARATHON_AT = re.compile(r"(?:the\s+)?half[\s-]marathon\b", re.IGNORECASE)  # (not "60:50 for the half", its halfway)
# hours said after a time: "2:03:17 hrs." (German copy translated: "Std.")
# an hours' word right after a time: "1:28.55 uur" (Dutch), "2:05.33 hrs", "1.43.48 Std." (its first number the hours)
HOURS_WORD_AFTER = re.compile(  # (not hours of something else: "3:51.20 hours after landing", "1:30.00 hours of massage")
    r"[ \t]?(?:uur|hrs|hours|Std|Stunden|timer|horas|heures)\b\.?"
    r"(?![ \t]+(?:after|before|of|later|earlier|ago|in|to|or|and|long|local|into|since|from|at|on|ahead|behind|clear|for|with|as|but)\b)",
    re.IGNORECASE)
HOURS_UNIT_AFTER = re.compile(r"[ \t]?hrs\b", re.IGNORECASE)
# words that introduce a time that was run: "in 49 seconds", "clocked 12 seconds flat"
TIME_INTRO_BEFORE = re.compile(r"\b(?:in|clocked|clocking|ran|run|running|time\s+of|timed|stopped\s+the\s+clock\s+at)\s+$"
                               r"|\bin\s+(?:about|around|roughly|approximately|some|just\s+(?:over|under))\s+$", re.IGNORECASE)
# ("ran the last lap in about 51 seconds": a time said roughly is a time; not "hoped to run about 49 seconds", a hope)
# a date written year first before an hour that ends its line or is set off from what follows: a dateline's stamp,
# "2025/02/24 14:52  Naniwa Sports Online" (not a list of dated results: "2025-02-22 15:12 Jane Smith (PB)")
YEAR_FIRST_DATE_BEFORE = re.compile(r"\b(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}\s+$")
STAMP_END_AFTER = re.compile(r"[ \t]*(?:$|\n|[ \t]{2,}|[|·•–—])", re.MULTILINE)
# a blank line: a paragraph's end
BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# what precedes a clock time of day: "at 7:45 local time" is handled after; "kick-off at 19:45";
# a programme: "first event at 20:35", "the session is at 18:10"
CLOCK_OF_DAY_BEFORE = re.compile(
    r"(?:start(?:ed|s)?|gun(?:fire)?(?:\s+went|\s+fired|\s+goes|\s+sound(?:ed|s)?)?|kick-?off|scheduled|begins?|began|doors|went\s+off|goes\s+off|set\s+off|under\s?way|off)\s+(?:at|for)\s+(?:about\s+|around\s+)?$|"
    r"\b(?:events?|sessions?|programmes?|programs?)\s+(?:(?:is|are|starts?|begins?)\s+)?(?:at|from)\s+$|"
    r"\b(?:at|for)\s+(?:about|around)\s+$"
    # (or a date, as a dateline stamps the hour it was filed: "28. 5. 2024 21:52", "22.08.2026, 21:48", "Published May 28,
    # 2024 21:52", or the hour it was "updated 23:10")
    r"|\b(?:updated|published|modified|edited)\s+(?:at\s+)?$"
    r"|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d,\s+$"
    r"|(?:\b\d{1,2}\.\s?\d{1,2}\.\s?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+)(?:19|20)\d\d(?:,?\s+at\s+|\s+)$",  # (not "on September 29, 2024, 2:03:17 proved enough"; "held on
    # August 9, 2024, at 21:10" is one)
    re.IGNORECASE,
)
# a qualifying minimum, its adjective before it or, as French copy translated writes it, after it: "the Olympic minimum",
# "the minimum olympic" (not "at the minimum")
_MINIMUM = r"(?:(?:olympic|qualifying|entry)\s+minimum|(?<!\bat\sthe\s)(?<=the\s)minimum(?:\s+(?:olympic|qualifying))?)"
# a time to run at least, each sex's listed: "must run at least 28:30 for the men and 32:30 for the women" (standards)
_AT_LEAST_TO_RUN = (r"(?<!pacemakers\s)(?<!pacers\s)(?<!hares\s)(?<!pacemaker\s)(?<!pacer\s)"  # (not a pace asked for: "Pacemakers must
                    # run at least 61:00 for the men at halfway")
                    r"\b(?:must|need(?:s|ed)?\s+to|ha(?:ve|s|d)\s+to)\s+(?:run|clock|do)\s+at\s+least"
                    r"(?:\s+\d[\d:.,]*\s+for\s+(?:the\s+)?(?:men|women)\s*(?:,\s*(?:and\s+)?|and\s+))*")
# a threshold, not a result: "nine men inside 3:50", "broke 3:50", "sub-4", "under 13 minutes"; a
# pace asked for: "the pacemakers had been asked for 61:30 at halfway", "aiming for 2:05"
# the pacemakers set on a finish time: "had ordered the pace makers on a final time of 2:03:30" (a finish the pace projects, no one's;
# not "dropped the pacers for a time of 2:21:02", "ran with the pacemakers to a final time of": the runner's own)
_PACERS = r"pace\s*-?makers?|pacers?|hares|rabbits"  # the pacemakers, as copy names them ("pace makers", "hares", "rabbits")
_PACERS_ON_A_TIME = (rf"\b(?:ordered|asked|instructed|told|briefed|set|paid|hired|booked)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_PACERS})"
                     r"\s+(?:on|for|to)\s+an?\s+"
                     r"(?:(?:end|finish(?:ing)?|final|target)\s+)?(?:time|finish)\s+of\s+(?:(?:around|about)\s+)?")
# a time someone spoke of running, a target of theirs: "had before the race talked about a time under 2:15:00"
_TALKED_OF_A_TIME = (r"\b(?:(?:talked|talking|talks|spoke|speaking|speaks)\s+(?:about|of)\s+"
                     r"(?:(?:a|his|her|their)\s+time\s+|running\s+)?(?:under|below|around|about|close\s+to|sub-?)\s*"
                     r"|(?:dreamed|dreamt|dreaming|dreams)\s+(?:about|of)\s+(?:(?:a|his|her|their)\s+time\s+(?:of\s+)?|running\s+(?!the\b))"
                     r"(?:(?:under|below|around|about|close\s+to|sub-?)\s*)?)")  # (talked of: a bar or a guess said, not "Afterwards he
# talked about running 2:14:08 in such heat", the time run; dreamed of: a time to run, not "dreamed of running the 2:01:09 world
# record of", nor "Nobody dreamed of 2:00:35")
# the pacemakers, named in the sentence of a pace asked of them: "The hares had order to pass the 10 kilometers in 27:20"
PACERS_WORD = re.compile(rf"\b(?:{_PACERS}|pace\s*setters?)\b", re.IGNORECASE)
# ... not a pace per unit ("at 2:33-2:34 pace", "the pace of 3 minutes 01 seconds per 1km"): no time of a point or a finish
PACE_PER_UNIT = re.compile(r"(?:\s*-\s*\d{1,2}[:.]\d\d)?\s*(?:pace\b|(?:/|per\s+|a\s+|each\s+)(?:1\s?)?(?:km|k|kilomet(?:re|er)|mile|lap)\b)"
                           r"|\s*(?:min(?:ute)?s?\s+)?(?:per|/)\s", re.IGNORECASE)
PACE_OF_BEFORE = re.compile(r"\bpace\s+of\s+$", re.IGNORECASE)
THRESHOLD_BEFORE = re.compile(
    r"(?:inside|under|sub-?|below|broke|broken|break|breaks|breaking|crack(?:s|ed)|faster\s+than|quicker\s+than|slower\s+than|outside|"
    rf"over|beyond|within|(?:barrier|bar)\s+of|dipp(?:ed|ing)\s+(?:under|below)|(?:standard|norm|{_MINIMUM})[\"”’']?\s+of|standard(?:\s+is|\s+was)?|"  # (the "entry standard" of;
    # "the Olympia norm of 2:29:30 hours", German translated)
    rf"(?:standard|{_MINIMUM})\s*\(|"  # translated: "far from the Olympic minimum (2h08'10)"
    r"(?:qualifying|entry|qualification)\s+(?:time|mark)\s+of|(?:(?-i:[A-Z]{2,4})|qualifying|entry|qualification)\s+requirement\s+of|qualifier\s+of|"  # (the
    # "EC requirement of 4:06.50", translated; "inside the BUCS Indoors qualifier of 1:55.50")
    r"(?<=the\s)setting\s+(?:time|record)|asked\s+for|aim(?:ed|ing)?\s+(?:for|at)|target(?:ed|ing)?|(?:target|goal)(?:\s+for(?:\s+[\w’'-]+){1,3}?)?\s+(?:of|is|was|will\s+be)|"  # ("the next target is 53:30")
    # (Japanese copy translated: "cleared the setting time 2 hours 09 minutes 00 seconds", "the setting record 2:23:30")
    r"hop(?:ed|ing|es|e)\s+(?:for|on)\s+(?:something\s+)?(?:(?:around|about|close\s+to|near|under|below)\s+)?|"  # "was hoping for something around 1:40", "was hoping for 15:20"
    r"(?:target|goal|plan|aim)(?:\s+for(?:\s+[\w’'-]+){1,3}?)?\s+(?:had|has)\s+been|(?<=\bI\s)came\s+(?:here\s+)?for|"  # "whose target had been 2:40:00", "I came for 14:05"
    r"on\s+(?:course|track|pace|schedule)\s+for\s+(?:an?\s+(?:(?:end|finish(?:ing)?|final)\s+)?(?:time|finish)\s+of\s+)?(?:(?:around|about)\s+)?|"  # "on course for a time of around 2:05:15"
    rf"{_PACERS_ON_A_TIME}|"  # "the organizers had ordered the pace makers on a final time of 2:03:30" (German translated)
    rf"{_TALKED_OF_A_TIME}|"  # "He had before the race talked about a time under 2:15:00" (Swedish translated)
    rf"{_AT_LEAST_TO_RUN}|"  # "must run at least 28:30 for the men and 32:30 for the women": standards
    r"predict(?:ed|ing|s)|forecast(?:s|ing)?|"  # "Hal Greiner, who predicted 7:40 and ran 7:40.6", "coach Patrick Sang predicted 2:02:30",
    # "Organisers forecast 2:04 for the winner": a guess
    r"(?:shot|crack|go|attempt|tilt|assault)\s+(?:at|on))\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# ... of those, a time someone aimed at (a target, an other time of theirs): "aiming for 2:05", "whose target had been 2:40:00",
# "was hoping for 15:20"; or a pace a race's organisers asked for, or a finish the pace projected, no one's: "has requested the
# passage of the halfway at 1:10:30", "on course for a time of around 2:05:15" (not a bar to break: "inside 3:50", "sub-4")
TARGET_BEFORE = re.compile(
    r"(?:\b(?:aim(?:ed|ing|s)?\s+(?:for|at)|target(?:ed|ing)?|(?:target|goal|aim|plan)(?:\s+for(?:\s+[\w’'-]+){1,3}?)?\s+(?:of|is|was|will\s+be|had\s+been|has\s+been)"
    r"|hop(?:ed|ing|es|e)\s+(?:for|on)(?:\s+something)?(?:\s+(?:around|about|close\s+to|near|under|below))?|(?<=\bI\s)came\s+(?:here\s+)?for"
    # (or one to go under: "his target for next year is to go below 2:14:00", "the objective was to go down of 2:15:00", translated)
    r"|(?:target|goal|aim|objective|dream)(?:\s+for(?:\s+[\w’'-]+){1,3}?)?\s+(?:is|was|will\s+be|had\s+been|has\s+been)\s+to\s+(?:go|get|run|dip|finish|descend|drop|come)\s+"
    r"(?:below|under|inside|sub-?|down\s+(?:of|to|under)))"
    rf"|{_TALKED_OF_A_TIME}|(?P<paced>{_PACERS_ON_A_TIME}|\b(?:on\s+(?:course|track|pace|schedule)\s+for(?:\s+an?\s+(?:(?:end|finish(?:ing)?|final)\s+)?(?:time|finish)\s+of)?(?:\s+(?:around|about))?"
    r"|(?:request(?:ed|s)?|asked\s+for)\s+(?:the\s+)?(?:passage|pace|split|time)\s+(?:[\w’'-]+\s+){0,4}?(?:at|in|of))))\s*(?:the\s+)?$",
    re.IGNORECASE)
TARGET_REACH = 60  # characters before a time searched for its target's cue
# an adverb opening a sentence, glued to the name after it ("Apparently Reid's previous best was 14:06", "Unfortunately Cole"):
# no given name ends so (not "Emily", "Kelly", "Beverly")
SENTENCE_ADVERB = re.compile(r"[a-z]{5,}(?:ntly|tely|ally|ably|ibly|edly|ingly|fully|ously|ssly)"  # (nine letters at least: not "McNally",
    # "Whately", "Grantly", "Natally"; the common shorter ones by name)
    r"|finally|clearly|happily|luckily|quickly|suddenly|frankly|honestly|actually|probably|recently|briefly|notably|oddly|surely|rightly"
    r"|wisely|really|mostly|largely|simply|merely|equally|ideally|usually|hardly|lately|arguably|possibly|famously|visibly|totally"
    r"|silently|smartly|cleverly|bravely|calmly|boldly|firmly|fairly|openly|partly|quietly|safely|slowly|strongly|rarely|truly|sadly"
    r"|gamely|duly|nearly|mainly|newly|only|likely|barely|swiftly|neatly|gladly|kindly|proudly|promptly|shortly|solely|soon")
MY_RIGHT_BEFORE = re.compile(r"\bmy\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # ... the narrator's own: "my next target is 1:42", "My parkrun target"
AIM_NOUN = re.compile(r"(?:target|goal|aim|plan)\b", re.IGNORECASE)  # ... a noun of aiming its cue opens with (not "My husband hoped for")
FOR_THEM_AFTER = re.compile(r"\s+for\s+(?:her|him|them)(?:self|selves)?\b", re.IGNORECASE)  # an aim said to be the sayer's: "is 1:50 for her"
I_SUBJECT_BEFORE = re.compile(r"(?:^|[,;]\s+|\b(?:and|but|so|said|says|thinks|think|reckons|told\s+me)\s+(?:that\s+)?)(?-i:I)(?:['’]m|\s+am|\s+was|\s+had|\s+have|['’]d|['’]ve)?\s+(?:[\w-]+\s+){0,2}$")  # "I am
# hoping for 3:45", "I'm hoping for 9:30"
SAYER_PRONOUN_BEFORE = re.compile(r"\b(he|she|his|her)\b", re.IGNORECASE)  # a pronoun saying an aim or owning its sayer
WHO_AIMED_BEFORE = re.compile(r",\s+(?:who|whose)\b[^,;]*$", re.IGNORECASE)  # a relative clause's runner aiming: "Chebet, who was hoping for"
TOLD_AIM_BEFORE = re.compile(r"\b(?:says|said|thinks|reckons|told\s+(?:me|us))\s+(?:that\s+)?(?:the\s+|my\s+)?(?:next\s+|new\s+)?$",
                             re.IGNORECASE)  # ... or told: "Janelle says the next target is 53:30"
POSSESSIVE_PRONOUN_RIGHT_BEFORE = re.compile(r"\b(his|her)\s+(?:next\s+|new\s+|main\s+|big\s+)?$", re.IGNORECASE)  # "Her goal was 32:59"
HOURS_MINUTES_CLOCK = re.compile(r"\d:[0-5]\d")  # a clock of one colon and no decimals: hours and minutes in a long race
_QUALIFYING_AFTER = r"(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:Olympic\s+|world\s+)?(?:qualifying|entry)\s+"
THRESHOLD_AFTER = re.compile(rf"\s*(?:barrier|mark\s+for\s+the\s+first|{_QUALIFYING_AFTER}(?:standard|mark|time))", re.IGNORECASE)  # "the 27:00.00 Paris qualifying standard"
STANDARD_AFTER = re.compile(rf"\s*{_QUALIFYING_AFTER}standard\b", re.IGNORECASE)  # ... a standard, a time of no race (not "Her
# 4:05.22 qualifying time from the heats", her own)
# ... or named as a mark to reach: "the next barrier to fall is the 8:40 mark"
MARK_TO_REACH_AFTER = re.compile(r"\s*mark\b(?!\s+(?:of|in|at|for|set|by)\b)", re.IGNORECASE)  # (after "the")
# a margin, not a result: "by 0.26 seconds", "a 0.08 margin", "0.2sec clear", "1.5 seconds behind"
MARGIN_BEFORE = re.compile(
    r"(?:\bby(?:\s+(?:just|only|nearly|almost|over|under|more\s+than|less\s+than))?|margin\s+of|\bgap\s+of|\bwon\s+by|"
    r"\b(?:improv|lower|better)(?:ed|es|s|ing)?\s+(?:[\w-]+\s+){0,2}?in)\s*(?:a\s+|an\s+)?$",  # "improved in 29 seconds the 58:01" (translated)
    re.IGNORECASE,
)
MARGIN_AFTER = re.compile(r"\s*(?:seconds?|secs?|s)?\s*(?:margin|clear|ahead|behind|back|adrift|faster|slower|quicker|off\s+(?:the|his|her))", re.IGNORECASE)
# ... any time so, minutes too, with nothing that runs it before: "was 1:50 clear by the top", "2:10 adrift at the bell"
CLEAR_AFTER = re.compile(r"\s*(?:clear|adrift)\b", re.IGNORECASE)
CLEAR_WINNER_AFTER = re.compile(r"\s*clear\s+(?:winner|victory|win)\b", re.IGNORECASE)  # ("59:40 clear winner": the time run)
NAME_RIGHT_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+$")  # (a results line's "Grijalva 7:30 clear of Ahmed": his time)
# a gap to the winner, however it is written: "at 2 minutes and 31 seconds from the winner" (translated)
MARGIN_FROM_AFTER = re.compile(r"\s*(?:seconds?|secs?|s)?\s*from\s+the\s+(?:winner|leader|victor)\b", re.IGNORECASE)

# a preposition or an article before a number whose hundreds after a space are its thousands' ("after 2 400 meters", "through
# 1 200 m", "the 2 400 metres"; not a label's number: "Class 3 800m", "heat 2 400m", "round 1 200m", "lane 2 400m", "#2 400m")
_THOUSANDS_SPACE_BEFORE = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in (
    "after", "through", "at", "to", "of", "the", "past", "first", "last", "final", "over", "for", "until", "and", "by")) + ")"


# ---- events --------------------------------------------------------------------------

# "1,500 metres", "1500 meters", "1500m", "800-metre", "110m hurdles", "3000m steeplechase" (not the legs of
# a relay: "4x100m"); translated: "3000 meters hedges" (siepi) is the steeplechase, "400 metres obstacles" hurdles
EVENT_METRES = re.compile(
    r"(?<![\d,.x×])(?<![x×]\s)(?:(?<![\s(]\d[ \u00a0])(?<![\s(]\d\d[ \u00a0])|(?![05]00(?!\d)))(?P<d>\d{2,3}|\d{1,2}[,.]?\d{3}|(?<![\w.:,])(?:\d{1,2}[ \u00a0][05]00|" + _THOUSANDS_SPACE_BEFORE + r"\d{1,2}[ \u00a0][1-46-9]00))\s?-?(?:m|metres?|meters?|metre|meter)\b"  # ("5 000m": a space
    # for thousands, as South African copy writes them)
    r"(?P<kind>\s+(?:hurdles|steeplechase|steeple|race\s+walk|hedges|(?:with\s+)?obstacles?|with\s+(?:barriers|hurdles)|(?:through|over)\s+(?:the\s+)?hurdles|haies|(?-i:[Hh]s)\b|"
    r"(?-i:hekk|HEKK|häck|HÄCK|Hürden|HÜRDEN|horden|HORDEN|vallas|VALLAS)\b)"  # (not "the 5000m Horden Harriers club race")
    r"|\s?(?-i:SC)\b)?",  # ("3000 meters obstacle", "100 m with hurdles", "100 m through the hurdles", "60 m through hurdles":
    # translated; "the 400m over hurdles"; the hurdles' word a translation leaves as it was: Norwegian "400 meters hekk",
    # Swedish "häck", German "Hürden", Dutch "horden", Spanish "vallas")
    re.IGNORECASE,  # "U17M 1500m SC": a results list's steeplechase
)
# an event without its unit, as US papers write it: "won the women's 1,500", "the 5,000", "the 3,000 steeplechase",
# "the 110 hurdles", and the high schools' "the 1,600", "the 3,200"; Spanish copy translated, with a point: "silver in the 3.000";
# continental copy's abbreviated hurdles, "the 400 hs" (Italian's "ostacoli", "the 400m Hs"; not in capitals: "the 400m HS
# record" is a high school's), and French "haies"
_BARE_EVENT = r"(?P<d>1,500|1,600|3,200|5,000|10,000|3,000|1\.500|3\.000|5\.000|10\.000|1500|1600|3200|5000|10000|3000|800|400|200|110(?=\s+(?:hurdles|(?-i:[Hh]s)\b|haies))|100|60)(?![.,]\d)(?P<kind>\s+(?:steeplechase|hurdles|(?-i:[Hh]s)\b|haies|obstacles))?"
EVENT_BARE = re.compile(
    rf"(?:\bthe\s+(?:(?:boys|girls)['’]?\s+)?|\b(?:men|women)['’]s\s+|\b(?:boys|girls)['’]?\s+|(?<=\d\sand\s)|(?<=\d\sor\s)){_BARE_EVENT}"  # "won the girls 100 in"
    # (the second of two: "swept the 5,000 and 10,000 at the Paris Olympics")
    # (or a verb it is the subject of: "The 3,200 went off at 5:50 p.m.", "the 1,600 was never close"; or the end of its
    # line: a headline's "record of the championships in the 3000"; with its kind, anything: "In the 400 hurdles the Brazilian";
    # its field after it and a colon, as Italian copy translated writes it: "in the 100 women: 11"08 for the azzurra" (not a
    # crowd: "Among the 3,000 women, Obiri was fastest"); the next clause's subject after it, as translated copy writes:
    # "In the 100 the South African Akani Simbine wins", a section's heading "THE 1500 WOMEN.", "in the 1500 female the blue Nadia
    # Battocletti" (translated), "has climbed to the 1500 after years in the 800" (only after "in"
    # or "to": `BARE_EVENT_CLAUSE_AFTER`); its rounds after it: "won his men's 1,500 heat in 3:38.47", "the 800 semi-finals")
    r"(?=(?<=hurdles)|(?<=steeplechase)|(?<=hs)|(?<=haies)|\s*(?:[,.;:)]|in\b|at\b|on\b|the\b|after\b|(?:men|women)(?=\s*:)|(?:men|women|male|female)(?=\s*\.|\s+the\b)|title|final|race|crown|gold|for\b|and\b|(?m:$)|heats?\b|semi-?finals?\b|semis\b|(?:went|was|were|is|started|began|got|turned|saw|"
    r"featured|produced|ended|opened|belonged|proved)\b))",
    re.IGNORECASE,
)
# ... a bare event before "the" or "after" is one only after "in", "into", "to", a win or a take ("In the women's 1500 the Kenyan
# won", "climbed to the 1500 after years in the 800", "took the 3,200 after a duel"; not a crowd: "The 5,000 the stadium
# holds", "Of the 3000 the organisers expected")
# ... or in the plural, as runners write the races of an evening: "Three of the group were in 5000s", "ran two 5000s" (not a
# century, "in the 1500s", nor a session's reps: "a session of 800s")
EVENT_PLURAL = re.compile(r"(?:(?<=\bin\s)|(?<=\btwo\s)|(?<=\bthree\s)|(?<=\bboth\s)|(?<=\btheir\s))"
                          r"(?P<d>5,000|10,000|3,000|5000|10000|3000)(?P<kind>)s\b(?![\'’])")
EVENT_PAIR_GAP = re.compile(r"\s+(?:and|or)\s+")  # between two events: "the 5,000 and 10,000"
BARE_EVENT_CLAUSE_AFTER = re.compile(r"\s+(?:the|after)\b", re.IGNORECASE)
BARE_EVENT_CLAUSE_BEFORE = re.compile(r"\b(?:in|into|to|won|wins|win|took|takes|take)\s+(?:the\s+)?$", re.IGNORECASE)
# ... or a day's, its time maybe in a bracket after it: "fourth in Friday's 5,000 (16:41.30)" (not a best's bracket: "school
# records in the 200 (23.41) and the 400 (52.20)")
EVENT_OF_DAY = re.compile(rf"\b(?-i:[A-Z])[a-z]+day['’]s\s+{_BARE_EVENT}(?=\s*(?:[,.;:)]|\((?=\d)|in\b|at\b|on\b|final|race|(?m:$)))", re.IGNORECASE)
# ... or opening a line of wire agate, its results after: "100: 1. Trayvon Bromell, United States, 9.94. 2. Fred Kerley",
# "3,000 steeplechase: 1. Norah Jeruto", a club's "Open 800: 1. Sam Whitcomb 2:01.4, 2. ..." (not a splits row: "800: 1:52.6")
EVENT_AGATE = re.compile(rf"(?m)^[ \t]*(?:(?:open|masters|men['’]?s|women['’]?s|boys['’]?|girls['’]?)[ \t]+)?{_BARE_EVENT}(?=:[ \t]+1[.)][ \t]+[^\W\d])", re.IGNORECASE)
# ... and as a header line over its results: "MEN'S 1500", "WOMEN'S 800"
# (with what the heading adds of the race: "MEN'S 1500 OPEN (6 sections)", "MEN'S 5000 SECTION 3", "WOMEN'S 800 FINAL")
EVENT_HEADER = re.compile(
    rf"(?m)^[ \t]*(?:men|women)['’]s\s+{_BARE_EVENT}"
    r"(?:[ \t]+(?:open|final|finals|heats?|sections?|invitational|elite|seeded|fast|[ab]|\d{1,2}|\([^)\n]{1,30}\)))*[ \t]*$",
    re.IGNORECASE,
)
# ... or the sex after it and a colon, its list on the line, as Spanish copy translated writes it: "3.000 obstacles masculine:
# 1. Sufian El Bakkali (MAR) 8.05,19; 2. ...", "1.500 feminine:"
EVENT_SEX_HEADER = re.compile(rf"(?m)^[ \t]*{_BARE_EVENT}[ \t]+(?:masculine|feminine|men|women|male|female)[ \t]*:", re.IGNORECASE)
# "the mile", "Bowerman Mile", "the Bowerman-Meile" (left in German by translation), "two miles", "2-mile", "metric mile",
# "marathon", "half-marathon" (translated from Spanish and Italian, "media maratón", "mezza maratona": "average marathon",
# "middle marathon"; or left untranslated in a race's name: "the Maratón Valencia", "Medio Maratón"), "10km", "10K",
# "parkrun" (5 km); a translation's "10 English miles" (Dutch "Engelse mijl", German "englische Meilen")
# a capitalised word of a race's name right before its head: "the Two Oceans Marathon", "Comrades Marathon"
RACE_NAME_WORD_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]+\s+$")
# the opening of a quoted title that ends with an event word, after a word that bills it so: 'bill as "The World's Most
# Beautiful Marathon"', 'had billed as the "Grandstand Mile"' (not 'won the "Fifth Avenue Mile" in 3:47.1', a race's name)
QUOTED_TITLE_BEFORE = re.compile(
    rf"\b(?:bill(?:s|ed|ing)?|dubb(?:ed|ing)?|dubs?|call(?:s|ed)?|known|nicknamed|branded|described|labell?ed|touted|promoted|styled)"
    rf"\s+(?:it\s+|as\s+)?(?:as\s+)?(?:the\s+|an?\s+)?[“\"](?:[{UPPER}]|the\s)[^“”\"\n]*$", re.IGNORECASE)  # ('its billing as "the
# world's most beautiful marathon"')
# a race said only to measure a time by, in a clause of what would have been: "a time that would have won many a standalone
# marathon"
WOULD_HAVE_BEFORE = re.compile(r"\bwould\s+have\s+(?:won|taken|been\s+good\s+for|been\s+enough\s+(?:for|to\s+win))\b[^.;:!?\n]*?"
                               r"\b(?:many\s+an?|any|an?|most)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # (an indefinite race: not "Kiprop would
# have won the 10km had he not been disqualified")
# an ultra's own distance, longer than a marathon: "the 56km", "Two Oceans Ultra Marathon (56km)", "the 87.7-kilometre down run"
# (the race's when a race's word follows: "the 87km down run", not "a 100km week")
ULTRA_DISTANCE = re.compile(r"(?<![\d,.])(?P<d>(?:4[3-9]|[5-9]\d|1\d\d|2\d\d)(?:[.,]\d)?)[\s-]?(?:km|kilomet(?:re|er)s?)\b"
                            r"(?P<race>\)|\s+(?:(?:down|up)\s+run|race|run|course|ultra|event|journey|route)\b)?"
                            r"(?P<other>\s+(?:world|national|record|championships?|best|mark|title|week)\b)?", re.IGNORECASE)
# ... or said the race's length after "run over": "The men's race, run over about 86km from the Durban City Hall"
RUN_OVER_BEFORE = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^)(?-i:The)\s+(?:(?:men|women)['’]s\s+)?race,\s+(?:run|raced|contested|staged)\s+over\s+"
                             r"(?:(?:about|around|roughly|some|approximately|nearly|almost)\s+)?$", re.IGNORECASE)  # (not "won the Two Oceans
# Marathon, run over 56km", nor "He had won the Two Oceans in April; the race, run over 56km": another race's; the sentence opens
# on the race)
# what makes an ultra's word a title or a role, not the race: "the former ultramarathon pacer", "the Ultra Marathon world
# champion Irina Mikitenko", "an ultramarathon and marathon runner", "the ultra-marathon legend Bruce Fordyce"
ULTRA_ROLE_AFTER = re.compile(
    r"\s+(?:and\s+[\w-]+\s+)?(?:(?:world|national|african|european|former|two-time|double)\s+)*(?:champion|champ|pacer|pacemaker|runner|"
    r"legend|specialist|star|great|icon|coach|medall?ist|veteran|king|queen)s?\b|\s+(?:world|national|african|european)\s+record", re.IGNORECASE)
# (not the race's own title or record: "another Two Oceans Ultra Marathon title on Saturday")
# "the 13.1-mile course" (a half marathon), "42.195km" (not a mile: "half a mile", "2 miles from home"; road races are run over a
# few distances only: "from 32km" is a point of a marathon)
# road races known by a name that says no distance, each always run over one: the race's event where the text names it
# ("Sunday's Great North Run, where he finished fourth in 1:03:28": a half marathon)
KNOWN_RACE_EVENTS = {
    "great north run": "half marathon", "great scottish run": "half marathon", "great south run": "10 miles",
    "great manchester run": "10km", "great ethiopian run": "10km", "peachtree road race": "10km", "bolder boulder": "10km",
    "beach to beacon": "10km", "bay to breakers": "12km", "bloomsday": "12km", "boilermaker": "15km",
    "zevenheuvelenloop": "15km", "dam tot damloop": "10 miles", "broad street run": "10 miles", "city2surf": "14km",
    "sao silvestre": "15km", "são silvestre": "15km",
    "western states": "100 miles", "hardrock": "100 miles", "badwater": "135 miles", "spartathlon": "246km",  # (trail and road ultras)
}
KNOWN_RACE = re.compile(
    r"\b(?:" + "|".join(sorted((k.replace(" ", r"[\s-]+") for k in KNOWN_RACE_EVENTS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# a road race named with a bare number of miles after its place, as British and Irish clubs name them: "the 41st Washburn Valley 10
# in 51 minutes 12 seconds", "the Thirsk 10 on 16th April", "the Strathaven 5 last summer" (not "the Fighting Irish 10 crucial
# points", "the Top 10", a number of something else, nor "the Dutch Olympic 5,000m"; nor where the time after it in its sentence is
# too fast for that many miles, `context._too_fast_after`: "the Stockport 10 in 33:30" is a 10km)
BARE_MILES_RACE = re.compile(
    r"(?<=\bthe\s)(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?!(?:Top|Class|Heat|Lap|Race|Grade|Year|Division|Section|Stage|Leg|Round|Group|Wave|Mile|"
    r"Under|Over|Category|Week|Day|Level|Zone|Team|Final|Olympic)\b)(?:[A-Z][a-z]+\s+){1,3}(?P<n>5|10|20)"
    r"(?=\s+(?:in|on|at|last|this|earlier|back|where|when|which|was|is|had|has|and)\b|[ \t]*(?:[,.;:!?)](?!\d)|\n)|[ \t]*$)")
# what makes a number of miles a road race's own: "the Glenmore 5 Mile Road Race", "a four-mile race", "the 5-mile course",
# "the Bix 7 Mile" (a race's name); not "the four-mile marker", "a five-mile run" (a training run), "at five miles"
MILES_RACE_AFTER = re.compile(
    r"(?:,[ \t]*[\d,.]+-(?:foot|feet|metre|meter|m)(?:-(?:gain|climb|vert))?)?"  # (its climb between: "the 50-mile, 10,400-foot-gain
    # course")
    r"[\s-]+(?:road[\s-]+)?(?:race|classic|course|loop|championships?|point-to-point)\b(?!-)"  # ("the 10-mile point-to-point from")
    r"(?![ \t]+(?:simulation|sim|effort|rehearsal|practice|section|climb|stretch|portion|segment|part|leg|descent|pace)\b)", re.IGNORECASE)  # (not "a
# 12-mile race-pace workout", "a 20-mile race simulation", "a 5-mile course section", nor "Five Mile Road", a street)
# ... and after a number of kilometres no standard race's: "the Tugen Hills 21km Road Race", "a 3km fun run" (not "the 21km
# mark", "the 16km loop" of a longer race, "a 21km race simulation", "a first loop of 2 km run with prudence")
# ... or run, right after its verb, when short (`context.MAX_RAN_KM`): "Alfie Mears ran 2k at Temple Newsam juniors in 9:47" (not
# "ran the last 2k in", a stretch)
RAN_DISTANCE_BEFORE = re.compile(r"\b(?:ran|runs|raced|races|racing|won|wins)\s+$", re.IGNORECASE)
RAN_DISTANCE_VENUE_AFTER = re.compile(r"\s+at\s+(?-i:[A-Z])")  # ... at its venue (not "ran 3km alone in 10:30 between 15km and 18km",
# "raced a 1k warm-up")
KM_RACE_AFTER = re.compile(
    r"[\s-]+(?:(?:(?:road|trail|hill|mountain|fell|cross[\s-]country)[\s-]+)?(?:race|classic|challenge)|(?:fun|charity)[\s-]+run|point-to-point)\b(?!-)"
    r"(?![ \t]+(?:simulation|sim|effort|rehearsal|practice|section|pace|workout|session|leaders?|favou?rites?|organi[sz]ers?|"
    r"directors?|officials?|doctors?|number|numbers|bib|village|day|week|weekend|morning|kit)\b)", re.IGNORECASE)  # (not "At 35km race
# leader Kosgei was timed in 1:50:20")
# ... or with the climb of a mountain race after it: "24 kilometers and 1900 meters of positive difference in level" (translated),
# "a 31km course with 2,200m of ascent" (not "24 kilometers to go", a point)
RACE_CLIMB_AFTER = re.compile(r"[ \t]*(?:,|and|with)[ \t]+(?:some[ \t]+|about[ \t]+|nearly[ \t]+|almost[ \t]+)?(?:\d{1,2}[,.]\d{3}|\d{3,4})[ \t]?(?:m|metres|meters)[ \t]+"
                         r"(?:of[ \t]+)?(?:positive[ \t]+)?(?:difference[ \t]+(?:in|of)[ \t]+(?:level|height|altitude)|ascent|climb(?:ing)?|"
                         r"elevation(?:[ \t]+gain)?|vertical(?:[ \t]+gain)?|height[ \t]+gain|altitude[ \t]+gain|denivel\w*)\b", re.IGNORECASE)
RACE_WALK_AFTER = re.compile(r"[\s-]+(?:race[\s-]+)?walk\b", re.IGNORECASE)
# ... or a results line's label: "Men 21km: 1. Edwin Kiplagat Bett (Prisons) 1:03:41"
RESULTS_FOLLOW = re.compile(r"(?:\)?:[ \t]*|\)[ \t]*\n[ \t]*)1[.)]?[ \t]+(?=[^\W\d_])(?!(?:laps?|loops?|km|k|miles?|athletes?|runners?|man|woman|leaders?)\b)"
                            r"(?![a-z]+\s+(?:to\s+go|left|remaining)\b)")  # (not "1 lap to
# go", "1 athlete left")  # (not a live blog's point: "35km: Kiptum goes through in 1:41:03"); a bracket closing a heading
# line, its first row on the next: "Men (10,4 km)\n1. Vincent Langat"
# ... a group's words before it, or in a bracket after them: "Junior girls (3km): 1 Isabel Whitaker (Bedford Girls') 10:58"
RACE_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:open|masters|junior|inter(?:mediate)?|senior|year\s+\d{1,2}|under[\s-]?\d{2}|u\d{2}|men['’]?s?|women['’]?s?|"
                               r"boys['’]?|girls['’]?|ladies['’]?)[ \t]+){0,2}\(?$", re.IGNORECASE)
# ... or a label's capitalised words at the line's start before the bracket holding it, a results list after its colon:
# "Senior Ladies (10km): 1 Jess Gibbon", "Womens (8km): 1 Jess" (not "Shinagawa (15km): Kiptum leads", a place)
LABEL_WORDS_BRACKET_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z0-9][\w'’-]*[ \t]+){1,3}\($")
# ... or after a sex owning it: "the junior girls' 3km, which was won by", "the women's 8km"
SEX_POSSESSIVE_BEFORE = re.compile(r"\b(?:the\s+)?(?:(?:junior|senior|inter(?:mediate)?|masters|under[\s-]?\d{2}|u\d{2})\s+)?"
                                   r"(?:men['’]s|women['’]s|boys['’]s?|girls['’]s?|ladies['’])\s+(?:(?:under[\s-]?\d{2}|u\d{2})\s+)?$",
                                   re.IGNORECASE)  # (its age class after it too: "In the boys' U15 3km")
SEX_POSSESSIVE_MAX_KM = 16  # ... a cross country's or a short road race's (not a marathon's point: "at the women's 37km")
# ... not a label before its colon ("Men's 3km: 1 lap to go", "Women's 13km: Chepngetich pulls clear"), nor a point led or passed at
LED_AT_THE_BEFORE = re.compile(r"\b(?:led|leads|leading|through|passed|reached|was|were|is|are)\s+at\s+the\s+\S+\s+$", re.IGNORECASE)
# a group's word before a number and "Mile": a mile race of that group, no miles race ("the Division 3 Mile title")
MILES_GROUP_BEFORE = re.compile(r"\b(?:Division|Section|Class|Grade|Heat|Flight)\s+$")  # (not "the Region 5 Mile Road Race")
# a numbered mile of a longer race: "Mile one" heading its paragraph, "Mile 2: 11:58"
MILE_NUMBERED_AFTER = re.compile(rf"[ \t]+(?:\d{{1,2}}|{_NUM_WORD})(?:[ \t]*:[ \t]+\d|[ \t]*(?:\n|$))", re.IGNORECASE)
# (a heading alone on its line, or a label before its time with a colon; not "the Wanamaker Mile 3 years after", "Men's Mile
# 3:47.38 Yared Nuguse", "the mile 12 runners broke", a results list's "Girls' Mile 1 – 4:58.30 Ella Smith")
# ... or one said of the race: "6:10 for that mile", "each mile", "per mile"
MILE_OF_A_RACE_BEFORE = re.compile(r"\b(?:that|each|per)\s+$", re.IGNORECASE)
MILE_MARK_AFTER = re.compile(r"\s*(?:mark|marker|point|post|split)s?\b(?!-to-)|[ \t]+(?-i:[A-Z])(?!(?i:ace|oad\s+race|un|lassic)\b)", re.IGNORECASE)
# (nor a name going on with another capitalised word: "Five Mile Road", "Six Mile Creek"; but "5 Mile Race", "7 Mile Run")
EVENT_NAMED_AFTER = re.compile(r"[\s-]+(?:half[\s-]*marathon|marathon|\d[\d.,]*[\s-]?(?:k\b|km\b|m\b|mi\b|kilomet|met(?:re|er)|mile)|mile)", re.IGNORECASE)
EVENT_WORDS = re.compile(
    r"\b(?P<metric>metric\s+mile)\b|(?<![\d.])\b(?P<two>(?:two|2)[\s-]miles?)\b|(?<![\d.])\b(?P<ten>(?:ten|10)[\s-](?:English\s+)?mile(?:s|r)?)\b|"
    # another number of miles, a road race's own only when said so (`MILES_RACE_AFTER`), never "the four-mile marker"'s mile
    # (and an ultra's: "The 100.4-mile loop starts in Buena Vista", "the 50-mile race")
    r"(?<![\d.,])\b(?P<nmiles>(?:three|four|five|six|seven|eight|nine|twelve|fifteen|twenty|[3-9]|1[1-9]|20|(?:30|31|40|50|62|100)(?:\.\d)?)[\s-]mile(?:s|r)?)\b|"
    r"(?<!\d-)(?<!\d[ \t])(?<!\ba\s)\b(?P<mile>mile|(?-i:M)eile)[sn]?\b(?![ \t]+\d{1,3}(?:\.\d|[ \t]*\)))|"  # (not a marker: "Cottonwood
    # Gulch (mile 7.2)", "Finish (mile 50)", "at mile 41.5"; "Men's Mile 1. Yared Nuguse" is the event)
    # (a half marathon named so after a word, with its year: "CPH Half 2024", "the Bath Half 2025")
    r"\b(?P<half>half[\s-]marathon\b|(?<=\w\s)(?-i:Half)(?=\s+(?:19|20)\d\d\b)|(?<=[a-z]\s)(?-i:half)(?=\s+(?:in|on)\s+\d)|(?:average|middle|medium|mean|half-way)\s+marathon\b|(?:medio|media|mezza|meia)\s+marat(?:[oó]n|ona)\b|halbmarathon\b|semi[\s-]marathon\b|13\.1[\s-]miles?\b|21[.,](?:0975|1)\s?(?:km|kilomet(?:re|er)s?)\b)|"
    r"\b(?P<ultra>ultra[\s-]?marathon)\b|"  # "the Two Oceans Ultra Marathon": no marathon (`context`: its distance)
    # (a "mini-marathon", the fun run beside a half marathon, is no marathon)
    r"(?<!\bmini-)(?<!\bmini\s)\b(?P<marathon>marathon\b|marat(?:[oó]n|ona)\b|26\.2[\s-]miles?\b|42[.,](?:195|2)\s?(?:km|kilomet(?:re|er)s?)\b)|"
    r"(?<![\d,.])(?<!\d:)(?P<km>4|5|6|7|8|9|10|12|15|20|25|30|50|100)[\s-]?(?:km|k|kilomet(?:re|er)s?)\b(?P<walk>\s+(?:race\s+)?walk)?|"  # "the 8-kilometre race"
    # (not a time's seconds before a line opening with its kilometre: "Km 7 – 5:30\nKm 8 – 5:32"; but "Men's race:10km.")
    r"(?<![\d,.])(?<!\d:)(?P<kmdec>\d{1,2}[.,]\d)[\s-]?(?:km|kilometres|kilometers|kilometre|kilometer)\b|"  # a cross country's "10,1 kilometres", "9.8km course", "the 10.3-km course"
    # another whole number of kilometres, a road race's own only when said so (`KM_RACE_AFTER`): "the Tugen Hills 21km Road Race"
    r"(?<![\d,.])(?P<kmodd>(?!42)[1-9]\d?)[\s-]?(?:km|k|kilomet(?:re|er)s?)\b|"  # (not 42km: a marathon, "won the 42km race")
    # ... or its number in words, a race's own only when said so (`KM_RACE_AFTER`): "the senior women's eight-kilometre race"
    rf"(?<!-)(?<!\bbecame\sa\s)(?<!\binto\sa\s)(?<!\bwas\sa\s)(?<!\bis\sa\s)\b(?P<kmword>{_NUM_WORD})-kilomet(?:re|er)\b|"  # (not "it became a
    # two-kilometre race between Kerr and Lowe")
    r"\b(?P<steeple>steeplechase|siepi)\b|\b(?P<parkrun>parkrun)\b|"
    r"\b(?P<laps>one|1|two|2|25|twenty-five)[\s-]lap\s+(?:flat\s+)?(?:race|final|event|contest|dash)\b|"  # "the 25-lap race"
    r"\bthe\s+(?P<laps2>two|25|twenty-five)\s+laps\b",  # "imposed himself in the two laps" (translated)
    re.IGNORECASE,
)
# the second word of a field event, after its first ("Long jump", "Pole vault", "Shot put")
FIELD_EVENT_AFTER = re.compile(r"\s+(?:jump|vault|put)\b", re.IGNORECASE)
FIELD_EVENT_FIRST = frozenset("long triple high pole shot".split())  # (not a runner's name before a verb: "Ingebrigtsen put in the turbo")
# "over the" before a distance: the race's whole length ("over the 10,1 kilometres of the circuit")
OVER_THE_BEFORE = re.compile(r"\bover\s+(?:the\s+)?$", re.IGNORECASE)
# ... or what a field had to cover, perhaps the other sex's after it: "The men had to do 10,4 kilometer, five big rounds, the
# ladies 8,1 kilometer" (translated)
HAD_TO_COVER_BEFORE = re.compile(r"\b(?:had|have|has)\s+to\s+(?:do|cover|run|complete)\s+"
                                 r"(?:(?:the\s+)?\d[^.!?\n]{0,60}?,\s*the\s+(?:men|women|ladies|boys|girls|juniors)\s+)?$", re.IGNORECASE)
HAD_TO_COVER_REACH = 100
# "the" before a distance said as the race's, not a point reached ("dominates the 10.200 meters"; not "at the 2.000 meters")
RACE_DISTANCE_THE_BEFORE = re.compile(r"(?<!\bat\s)(?<!\bin\s)(?<!\bto\s)(?<!\bthrough\s)(?<!\bafter\s)(?<!\bpassed\s)(?<!\bof\s)"
                                      r"(?<!\bby\s)(?<!\bon\s)\bthe\s+$", re.IGNORECASE)
# a meeting's name that is only its event's words, and the end of a results heading after it ("Half Marathon (Men):", "Marathon:")
EVENT_ONLY_HEADING = re.compile(r"(?:Half\s+)?Marathon", re.IGNORECASE)
HEADING_LABEL_END = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?:")
# a bracket closed right before a row's time or place: "3. Marcus Feld (unatt.) 7:43.90" (`segment`: no sentence ends there)
FIGURE_AFTER_BRACKET = re.compile(r"\)[ \t]*\d")
# halfway, its distance in a bracket right after it: "went through halfway (1500m) in 4:27.3" (a point, no race)
HALFWAY_BRACKET_BEFORE = re.compile(r"\bhalf[\s-]?way\s*\(\s*$", re.IGNORECASE)
# a best said to be brought to the race, right after its time: "who had a 3:55.48 PB coming in", "a 13:20 SB going into the final"
BEST_BROUGHT_AFTER = re.compile(r"\s+(?:PB|PR|SB|personal\s+best|season['’]?s?\s+best|lifetime\s+best|best)\s+(?:coming|going)\s+in(?:to)?\b"
                                r"(?!\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|home|\d{1,2}(?:st|nd|rd|th))\b)",
                                re.IGNORECASE)  # (not a best set finishing: "ran a 4:08.21 PB coming in third")
# ... had, not run: "who had a 3:55.48 PB coming in" (not "set a 3:58.40 PB coming in")
HAD_A_BEFORE = re.compile(r"\b(?:had|has|having|with|carrying|boasting|held|holding|owned)\s+(?:a|an|the|his|her|their)\s+$", re.IGNORECASE)
# a hill's top and its height after it, the top and no point of that distance: "first to touch the trig point at 893 metres in
# 56:12" (`splits`)
TOP_HEIGHT_BEFORE = re.compile(r"\b(?P<top>trig\s+point|trig|summit|peak|(?<!\bon\s)top|cairn|(?:highest|high)\s+point)\s+at\s+$",
                               re.IGNORECASE)  # (not "the water point at 5000 metres", nor a track's "was on top at 800 metres", leading)
# a target said to be a group's, a pace asked of them: "The target for the pacemakers was 61:30 at halfway" (no runner's)
FOR_A_GROUP_IN_AIM = re.compile(r"\bfor\s+the\s+(?:[\w-]+\s+)?(?:pacemakers?|pacers?|hares?|rabbits?|group|field|pack|leaders)\b", re.IGNORECASE)
# a point passed "in the" distance, as Portuguese copy translated says it: "passed in the 5 kilometers in 13:41", "The passage in the 15
# kilometers, in 41:39" (`context.find_events`: a point, unless a round of a race follows: "passage in the 1500m final")
PASSED_IN_THE_BEFORE = re.compile(r"\b(?:passage|pass|passes|passed|passing)\s+in\s+the\s+$", re.IGNORECASE)
RACE_ROUND_AFTER = re.compile(r"\s+(?:final|semi|heats?|race|title|event)\b", re.IGNORECASE)
# a race's name heading its results' line, its winner after "1": "Ras Bach (juniors): 1 Cai Roberts (Meirionnydd) 24:18." (not a
# member's line of distances: "Tom Bell (Leeds): 1 Mile, 4:45.2")
RESULTS_HEADING_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?:[ \t]*1[.)]?[ \t]+(?!(?:Mile|Miles|Hour|Hours|Lap|Laps|Km|K)\b)"
                                   r"(?-i:[A-Z][a-z]+[ \t]+[A-Z])")
# cities of the sport's meetings, championships and marathons: one of them alone is a place, not a person ("the big
# hopes of USA before Paris, finished fifth"); the names of the registry's athletes (Seville, Sydney) and given
# names (Eugene, Florence) are left out
HOST_CITIES = frozenset(
    """
    paris london tokyo budapest rome berlin boston chicago doha oslo monaco lausanne zurich brussels stockholm rabat
    shanghai xiamen suzhou shenzhen nairobi eldoret iten addis ababa beijing osaka nagoya fukuoka valencia
    barcelona madrid lisbon amsterdam rotterdam hengelo birmingham glasgow manchester gateshead dublin belfast
    edinburgh ostrava turku hamburg frankfurt munich dusseldorf karlsruhe torun lievin belgrade bydgoszcz chorzow
    silesia zagreb nanjing melbourne brisbane auckland dubai istanbul helsinki copenhagen bergen bislett
    prague athens antalya toronto vancouver york boulder flagstaff albuquerque eugene angeles atlanta seoul sapporo
    """.split()
)
# ... and those left out as a registry athlete's surname: alone, the city, where the text never writes the athlete's given
# name nor a name before the word, and tells of no sprint ("Haimanot Alew conquers Seville in 2h05:30", "So Seville was never
# about a time"; `athletes`)
HOST_CITY_SURNAMES = frozenset({"seville"})
# ... in a text with no sign at all of a sprint, where the sprinter might be: a sprint's distance, a relay, the word, a number
# of seconds and hundredths ("Seville won the 100m in 9.86", "clocking 9.79"; any such sign keeps him, as before the rule: a
# narrower sign lost him in sprint copy, "Seville won in 9.81 seconds", "Jamaican 100m champion Seville")
SPRINT_SIGN = re.compile(r"\b(?:(?:60|[1-4]00)\s?(?:m|metres|meters)\b|4\s?[x×]\s?[14]00|sprint)|(?<![\d.:,])(?:[5-9]|[1-4]\d)[.,]\d{2}(?![\d,:]|\.\d)",
                         re.IGNORECASE)
# the city a meeting's venue or name stands for, as a lead names it ("at the Bislett Games": Oslo; "in front of a
# sold-out Letzigrund": Zurich)
VENUE_CITY = {
    "bislett": "oslo", "silesia": "chorzow", "letzigrund": "zurich", "weltklasse": "zurich", "hayward": "eugene",
    "prefontaine": "eugene", "charlety": "paris", "olimpico": "rome", "baudouin": "brussels", "herculis": "monaco",
    "athletissima": "lausanne", "pontaise": "lausanne", "millrose": "york", "armory": "york", "ullevi": "gothenburg",
    "kusocinski": "chorzow", "skolimowska": "chorzow", "damme": "brussels",
}
# the bell of the last lap, opening a sentence: "Bell ringing at the last lap, the clock displayed 13:10" (not Georgia Bell)
# (or shouted: "Bell! Tsegay still leads", a live blog's; or a splits list's label, its leader in a bracket after the time:
# "Bell: 11:57.0 (Kejelcha)"; not a list of surnames, "Bell: 4:05.12")
BELL_RINGS_AFTER = re.compile(r"\s+(?:ring|rings|ringing|rang|lap)\b|!|(?::|[ \t]*\.{3,})[ \t]*\d[\d:.,]*\d[ \t]*\(", re.IGNORECASE)
# ... or a splits list's row label, a time after it (`athletes._bell_row`: with a point's row above or below), and such a row
BELL_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?(?::|[-–—]|\.{3,})?[ \t]*\d")  # ("Bell (4600 m): 11:52,9")
SPLIT_ROW_LINE = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?(?:\d[\d,.]*\s?(?:m|km|k|mi|miles?)|half(?:way)?(?:[ \t]+(?:point|mark))?|finish|lap\s+\d{1,2})\b[ \t]*(?::|[-–—]|\.{3,})?[ \t]*\d",
                            re.IGNORECASE)
# ... not where a row beside it is another name's, a surname then its time: "Bell 15:10.8" over "Shaw 15:22.0" (a list of runners)
NAME_ROW_LINE = re.compile(r"[ \t]*(?!(?i:finish|half(?:way)?|lap|bell)\b)[A-Z][\w'’-]+[ \t]*(?::|[-–—]|\.{3,})?[ \t]*\d{1,2}[:.,]\d")  # (its
# time: not a heading's distance, "WOMEN'S 5000M RESULT")
# the sport's own words, capitalised as a name ("the 'Mr Cross Country' of Kenyan running"): no one's name
# an article about a cross country race: its distances in metres are its course's ("Boys (5,000 meters)": 5km)
CROSS_COUNTRY = re.compile(r"\bcross[\s-]country\b|\bXC\b", re.IGNORECASE)
SPORT_PHRASE = re.compile(r"cross[\s-]country|half[\s-]marathon|marathon|steeplechase|track\s+and\s+field|athletics", re.IGNORECASE)
EVENT_OF_LAPS = {"one": "400m", "1": "400m", "two": "800m", "2": "800m", "25": "10000m", "twenty-five": "10000m"}
# words after a distance that make it a position in a race, not an event: "400m to go", "The 30K to 35K stretch"; or a
# time of year or of life: "since the marathon season", "her marathon training"
# a heading over a splits list, its race's distance after a sex or nothing: "MEN'S 10,000M SPLITS", "Women's 5000m lap times:"
SPLITS_HEADING_AFTER = re.compile(r"\s+(?:splits|lap\s+times|passing\s+times|intermediate\s+times)\s*:?\s*$", re.IGNORECASE)
SEX_LABEL_BEFORE = re.compile(r"\s*(?:(?:men|women|boys|girls)['’]?s?\s+)?", re.IGNORECASE)
DISTANCE_POSITION_AFTER = re.compile(
    r"\s*(?:to\s+go|left|remaining|out\b|onwards?\b|mark\b|point\b(?!-to-)|(?:from|before)\s+(?:home|the\s+(?:finish|line|end))|on\s+(?:the|my|her|his)\s+(?:watch|garmin|clock)\b|"
    r"from\s+\d[\d,.]*\s?(?:km|k|m|kilomet(?:re|er)s?|metres|meters|miles?)\s+to\s+\d|"  # a stretch: "made the 5km from 30km to 35km
    # at 14:48" (translated)
    r"track|oval|straight|banked|lap\b|loop|circuit|course|split|"
    r"stretch|segment|section\s+(?:records?|times?|splits?)\b|"  # ("The 5km section record of the leading group", Korean translated)
    r"(?:units?|intervals|increments)\b|"  # (a splits list's step: "Passing records of leading group (5km units)", Korean translated)
    r"(?:the\s+)?(?:group|leading\s+group|leaders|pack|front\s+group|peloton|head\s+of\s+the\s+race)\s+(?:passed|went\s+through|came\s+through)\b|"  # (a
    # point, the passage told after it, as Spanish copy translated says it: "In the half marathon the group passed in 1:04:55")
    r"to\s+(?:the\s+)?\d[\d,.]*\s?(?:km|k|m|kilomet(?:re|er)s?|metres|meters|miles?)\b|"
    r"(?:and|or)\s+(?:the\s+)?\d[\d,.]*\s?(?:km|k|m|kilomet(?:re|er)s?|metres|meters|miles?)\s+(?:splits|marks|points)\b|"  # ("The 6K
    # and 7K splits were the two slowest": both points)
    r"(?:(?:being|was|were|having\s+been)\s+|(?:they|he|she|we)\s+(?:ha(?:ve|d)\s+)?)?(?:passed|reached|covered)\b|went\s+by\b|came\s+up\b|ticked\s+by\b|"  # ("15 km
    # they passed in 48:41", translated)
    r",\s*(?:passed|reached|covered)\s+(?:in|at)\b|"  # "In the 30 kilometers, reached in 1h26:35" (translated; "won the 15km, covered
    # in 41:05" is the race: `context` takes "covered in" for a point only where the distance opens its sentence)
    # ("the 2000 m being passed in 5 min 29 s 80", "The half marathon passed Kiptschoge after 59:51", translated)
    r"season|training|block|career|group\b|programme|program\b|plan\b|scheme|squad|sessions?\b|pace\b|reps?\b|repetitions?\b|intervals?\b|repeats)",  # "the Couch to 5K group", "at 5K pace", "Each 1000m rep"
    re.IGNORECASE,
)
# a win verb before an event and its medal: "won 800m gold", "defended her 400m hurdles title"
WIN_BEFORE_EVENT = re.compile(
    r"\b(?:won|win|wins|winning|took|takes|take|claimed|claim|clinched|grabbed|earned|defended|defend|retained|retain|retains|defends|"
    r"(?:kick|sprint|storm|surge|race|romp|cruise|power|charge|glide|stride)(?:s|ed)?\s+to|ran\s+to|runs\s+to|strode\s+to)\s+"
    r"(?:the\s+|her\s+|his\s+|a\s+|their\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|"
    r"another|consecutive|straight|successive|[\w-]+-straight|record)\s+){0,2}"  # "won her fourth consecutive Olympic women's 1,500 metres title"
    r"(?:(?:Olympic|world|World|European|Commonwealth|national|(?:men|women)['’]s|"
    r"U\d\d|under-?\d\d|junior|senior|boys['’]?|girls['’]?|indoor|outdoor|(?-i:\d{1,2}A|Class\s+(?:[1-6]|[A-D])|Division\s+(?:I{1,3}|[1-3])))\s+){0,3}$",
    # "took the U20 women's 6km title", "won the world indoor 3,000 metres title", a US state meet's "won the 5A 800m"
    re.IGNORECASE,
)
# a course after a road distance, its whole length: "the 13.1-mile course", "the marathon route"
COURSE_AFTER = re.compile(r"\s*(?:(?:fell|hill|mountain|trail)\s+)?(?:course|route|race)\b", re.IGNORECASE)  # ("the 14.2km fell race")
# ... or in the bracket after a race's title on a heading line of its own, a fell race's category and climb beside it:
# "Crow Hill Horseshoe (AM, 14.2km / 720m)", "Tinto Hill Race (approx. 7.5km)" (not a live blog's point before its colon:
# "Shinagawa (15km): Kiptum leads", nor a bracket in a sentence: "the Wall (3km) took him")
TITLE_BRACKET_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)?:[ \t]+)?"  # (after a label: "RACE REPORT: ")
                                  r"[A-Z][\w'’&.-]*[ \t]+(?:(?:[A-Z][\w'’&.-]*|of|the|on|de|du|la)[ \t]+){0,5}"
                                  r"\((?:[A-Z]{1,3},?[ \t]+|(?:approx\.?|c\.|ca\.|about)[ \t]*)?$")  # ("Tour of Pendle (AL, 27km / 1370m)")
# ... or in the bracket after a race's title in a sentence, "the" or a day's or a year's before it and a race's word its head:
# "the 2025 Meikle Bin Hill Race (7.6km, 420m of climb, category BS)", "Saturday's Kinpurnie Hill Race (Category BM, 11km /
# 520m)" (not a fixtures list's line: "Coniston Fell Race (AM, 14.5km) – Sunday")
RACE_NAME_BRACKET_BEFORE = re.compile(r"\b(?:the|The|[A-Z][a-z]*day['’]s|(?:[Tt]his|[Ll]ast)[ \t]+(?:year|week|weekend)['’]s)[ \t]+(?:(?:19|20)\d\d[ \t]+)?"
                                      r"[A-Z][\w'’-]*[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,4}(?:Race|Run|Trail|Challenge|Horseshoe|Classic)"
                                      r"[ \t]*\((?:approx\.?|c\.|about|(?:[Cc]ategory[ \t]+|[Cc]at\.[ \t]*)?[A-Z]{1,3},?)?[ \t]*$")
# ... or in the bracket right after "the ... race" that names a race of the day by its runners: "The junior race (2.5km, to the
# forest gate and back) was won by", "the women's race (8.4km)" (not a point of it: "the race (2.5km from the finish)")
RACE_WORD_BRACKET_BEFORE = re.compile(r"\b(?:the|The)[ \t]+(?:[\w'’-]+[ \t]+){0,3}(?:race|run)[ \t]*\([ \t]*$")
# ... the line ending there or with its date after a dash or a comma ("(BM, 19km / 1,000m), Sunday 13 April"; not a live blog's
# point told after it: "Heartbreak Hill (32.2km / 20 miles) – Lemma pulls clear")
TITLE_BRACKET_AFTER = re.compile(r"[^\n():.!?]{0,20}\)(?![ \t]*:)(?:[ \t]*[–—,-][ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d{1,2}\b)[^\n]{0,40})?"
                                 r"[ \t]*(?:\n|$)")
TITLE_BRACKET_REACH = 60  # characters before the distance its title's line may start in
TITLE_BRACKET_LINES = 2  # non-blank lines from the top a race's title is looked for in
TITLE_WITH_DISTANCE_LINE = re.compile(r"[ \t]*[A-Z][^\n()]{0,60}\([^\n()]*\d\s?(?:km|k|miles?)\b[^\n()]*\)(?![^\n]*\d[:.]\d\d)",
                                      re.IGNORECASE)  # such a line (not a checkpoint's row, a time after: "CP1 Harter Fell (5.1km) 0:32:10",
# "CP2 Yoke (6.8km) – Ellwood 30:05, Hebblethwaite 30:11")
COURSE_ONLY_AFTER = re.compile(r"[\s-]*(?:course|route)\b", re.IGNORECASE)  # a track has no course: "the 5,000-meter course"
# ... or "the" loop, said of the race itself: "the Great South Run, the 10-mile loop around the dockyard" (not "two
# laps of the 5km loop", "a 2km loop")
LOOP_AFTER = re.compile(r"\s*(?:loop|circuit)\b", re.IGNORECASE)
THE_LOOP_BEFORE = re.compile(r"(?<!\bof\s)\bthe\s+$", re.IGNORECASE)
# a time right after a distance: "10km 28:52", "1000m in 3:00.4", "1000m passed in 2:41.8", "400m in 56.3", "20km (58:44)"
TIME_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:was\s+|were\s+)?(?:passed|reached|covered|hit|came\s+up|went\s+by|ticked\s+by)\s+)?(?:in\s+|at\s+|on\s+|\(|:\s*(?=\d[\d:.,]*\s*[–—]\s))?"  # (a colon only in a line of points: "20 km: 57:38 – ", not a list of bests, "1500m: 3:28.81 (Monaco)")
    r"(?:\d{1,2}:\d{2}|\d{1,2}\.\d{2},\d|\d{2}[.,]\d\b|\d{1,2}['′]\d{2}|\d{2}[\"″]\d|\d{1,2}\s?min\s?\d|\d{2}(?:\.\d+)?\s?secs?\b)"  # translated:
    # "800 meters on 1.51,8", "400 meters on 55,10"; with primes, as Italian copy writes them: "the 800 in 1'52"9", "the 400 in
    # 55"8"; with units, as British papers write them: "through 400m in 57.1sec and 800m in 1min 53.9sec"
)
# what makes a distance with its time right after it the race, not a split point: "the city's flagship 10K in
# 27:49", "a ferociously quick Diamond League 1500m in 3:58.64", "the U15 boys 1500m in 4:21.07", "the under-18 boys' 5 km
# in 14:39", a race's name
# "the Bowerman Mile in 3:43.73", "won the 31st annual 5K in 15:12"
# (or run, a track distance: "Jakub Ingebrigtsen ran 3000 meters in 7:17,55", translated; see `find_events`)
RACE_NAMED_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+(?:(?:[a-z-]+['’]?|U\d\d|under-?\d\d|[MWV]\d\d|\d{1,3}(?:st|nd|rd|th)|\d{1,2}A|Class\s+[1-6A-D])\s+){0,2}$|\bthe\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}$|\ban?\s+(?:[a-z-]+\s+){0,3}(?:[A-Z][\w-]*\s+){0,3}$")
RAN_TRACK_EVENT_BEFORE = re.compile(r"\b(?:ran|runs|won|wins)\s+$", re.IGNORECASE)
# a meeting named as where a mark came from: "Morrow's PR of 4:25.8 from the Oregon Relays", "the No. 2 seed at 3:50.12 from
# the Metro League meet", "came in with a PR of 4:25.8 at the Oregon Relays" (not the meeting reported; not "set a world
# record of 3:49.04 at the Paris Diamond League", "clocked a PB of 4:05.10 at the Morton Games", "won the 5000m with a personal
# best of 12:48.45 at the Bislett Games")
MARK_FROM_MEETING_BEFORE = re.compile(
    r"\b(?:PR|PB|best|record|mark|seed)\s+(?:of|at)\s+\d[\d:.,]*\s+from\s+(?:the\s+)?$"
    r"|\b(?:came\s+in\s+with|arrived\s+with|who\s+(?:has|had|holds|owns))\s+(?:a|an|the|his|her)\s+(?:PR|PB|personal\s+best|season['’]s\s+best|(?:No\.\s*\d+\s+)?seed)"
    r"\s+(?:of|at)\s+\d[\d:.,]*\s+(?:at|in)\s+(?:the\s+)?$",  # "who came in with a PR of 4:25.8 at the Oregon Relays"
    re.IGNORECASE,
)
# a distance labelling a live blog's entry (after its time stamp) or a line of a list of points, with a runner and the time
# there ("5K: Lemma 14:14, with a small gap"), or with the time for a runner ("10K for Lemma in 28:32"; not "for Kenya"): a
# point of a longer road race (`LONGER_ROAD_RACE`) the text names
POINT_LABEL_NAME_TIME_AFTER = re.compile(r"[ \t]*:[ \t]+(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?,?[ \t]+(?:in[ \t]+)?\d{1,2}:\d{2}")
POINT_FOR_NAME_AFTER = re.compile(r"\s+for\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:in|at)\s+\d")
# ... or for a field, its time after ("10km for the women: 32:09", "30km for the women in 1:36:58")
_FIELD = r"the[ \t]+(?:women|men|leaders|lead[ \t]+(?:group|pack)|leading[ \t]+(?:group|pack|women|men)|pack|field)"
POINT_FOR_FIELD_AFTER = re.compile(rf"[ \t]+for[ \t]+{_FIELD}[ \t]*(?::|in\b|at\b)[ \t]*\d{{1,2}}:\d{{2}}", re.IGNORECASE)
LONGER_ROAD_RACE = re.compile(r"\bmarathon\b", re.IGNORECASE)
# ... its half said to be passed, as Chinese copy translated says it: "Alemu from the start runs alone, half marathon passed with
# 1:14:05" (a point of the race, no half marathon)
_HALF_PASSED = r"\s+(?:was\s+)?passed\s+(?:with|in|at)\s+"  # (also `SPLIT_POINT_WORDS`'s half)
HALF_PASSED_AFTER = re.compile(_HALF_PASSED + r"\d", re.IGNORECASE)
# a live blog's time stamp opening a line: "9:52 a.m.", "9:52 a.m. ET", "Updated 9:52 a.m.", "21:06"
BLOG_STAMP_LINE = re.compile(r"[ \t]*(?:updated\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:[ \t]+[A-Z]{2,4})?[ \t]*(?:$|\n|[—–-])", re.IGNORECASE)
# a live blog's entry labelled by the point its runners reached: "7:46 a.m. — 5km. A big men's pack goes through in 14:40"
BLOG_STAMP_BEFORE = re.compile(r"(?m)^[ \t]*(?:updated\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:[ \t]+[A-Z]{2,4})?[ \t]*[—–-][ \t]*$", re.IGNORECASE)
LABEL_END_AFTER = re.compile(r"[ \t]*[.:!](?:\s|$)")
# a time after a dash or colon, of a distance that opens its line: "5km - 14:07 (Kiplimo)" in a splits table,
# "08:48 - 25km: 1:17:31" in a live blog (not a results list's after dot leaders, a name after the time: "5000m ........ 15:02.3 Tom
# Lee"; after a colon or dash a splits list's leader may follow the time: "5K: 14:31 Tamirat Tola leading", "5km: 14:31 Tamirat Tola
# (ETH)")
TIME_AFTER_DASH = re.compile(r"\s*(?:(?:--|[-–—:])\s*(?:\d{1,2}:\d{2}|\d{2}\.\d\b)|\.{3,}\s*(?:\d{1,2}:\d{2}|\d{2}\.\d\b)(?![\d:.,]*[ \t]+(?-i:[A-Z])[a-z]+[ \t]+(?-i:[A-Z])))")  # (or dot leaders: "10K ....... 36:08")
# a distance of a road race opened by "in the" with its clock time in brackets: "In the 30 km (1:27:15) the last hare retired",
# translated from "En el km 30"; a point of a marathon, not a race of its own
IN_THE_BEFORE = re.compile(r"\bin\s+the\s+$", re.IGNORECASE)
BRACKETED_CLOCK_AFTER = re.compile(r"\s*\(\s*(?:\d{1,2}h|\d{1,2}:)?\d{1,2}:\d{2}\s*\)")
# ... not a race of its own told so, its win in the sentence after it: "In the 10 km (31:27), held on the Saturday, Sarah Jones won"
RACE_LISTED_AFTER = re.compile(r"\s*(?:[:(]|results\b|top\s|champion|winner|podium)", re.IGNORECASE)  # ... or listed with its results
RACE_WENT_TO_AFTER = re.compile(r"[^.!?\n]*?\b(?:went\s+to|was\s+taken\s+by|belonged\s+to|fell\s+to)\s+(?-i:[A-Z])", re.IGNORECASE)  # ... or given to its winner
_OWN_RACE_WORDS = r"won|wins|win|winner|victory|first|held|separate"  # (also `SPLIT_POINT_IN_THE_OPENING`'s)
RACE_OF_ITS_OWN_AFTER = re.compile(rf"[^.!?\n]*?\b(?:{_OWN_RACE_WORDS})\b", re.IGNORECASE)
# all that stands before such a distance on its line: nothing, a list's bullet ("- 10K: 31:07 (Chepngetich)"), or a
# live blog's stamp ("08:48 - 25km: 1:17:31")
LINE_OPENING = re.compile(r"\s*(?:[-*•·]\s*)?(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[-–—:|]?\s*)?")
# what joins events listed together: "over the steeplechase barriers and the mile", "the 800m or 1500m"
EVENT_LIST_GAP = re.compile(r"(?:\s+[a-z]+)?\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?")
# an event that names a title, said before it: "world champion at 10,000m", "the record over 2,000 meters", "known for his exploits over the steeplechase",
# "The Olympic champion on 5000 meters" (translated)
# (translated copy puts the world after: "holder of the record of the world of the 10 km on road")
EVENT_TITLE_BEFORE = re.compile(
    r"(?:(?:champions?|records?|holders?|best|medall?ists?|titles?|gold|silver|bronze)(?:\s+of\s+the\s+world)?\s+(?:at|in|over|of|on)|exploits\s+(?:over|in|at)|"
    r"known\s+for|speciali[sz](?:es?|ed|ing)\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the time of a past edition's winner, said with the title: "The winner of the last 20 km of Paris in 59:48" (not "the winner
# of the last heat in 3:35.20")
PAST_EDITION_WIN_BEFORE = re.compile(
    r"\bwinners?\s+of\s+the\s+(?:last|previous)\s+(?![^,.;]*\b(?:heats?|semi\w*|quarter\w*|round|finals?|race|qualif\w*|laps?|section|leg|event)\b)"
    r"(?:[\w’'-]+\s+){1,5}?in\s+$", re.IGNORECASE)
# ... or a past edition's winner: "winner of the 20 km of Paris last October", "The winner of the last 20 km of Paris"
WINNER_OF_THE_BEFORE = re.compile(r"\bwinners?\s+of\s+the\s+(?P<last>(?:last|previous)\s+)?$", re.IGNORECASE)
PAST_EDITION_AFTER = re.compile(r"[^,.;:()\n]{0,30}?\b(?:last|previous|(?:19|20)\d\d)\b", re.IGNORECASE)
# a race of a sex, an age group or a school class said before its distance: a race, no split point ("2nd in the U15
# boys' 1500m in 4:31.20", "won the 5A 800m in 1:50.12", a US state meet's classification)
_SEX_GROUP = r"(?:women['’]s|men['’]s|boys['’]?|girls['’]?|junior|senior|masters|veterans['’]?)"
RACE_OF_GROUP_BEFORE = re.compile(
    rf"\b(?:(?:(?:U|under[\s-]?)\d{{2}}|(?-i:\d{{1,2}}A|Class\s+(?:[1-6]|[A-D])|Division\s+(?:I{{1,3}}|[1-3])))\s+(?:{_SEX_GROUP}\s+)?"
    rf"|{_SEX_GROUP}\s+)$",
    re.IGNORECASE,
)
# ... but a record run right before it names the race: "Gudaf Tsegay's 14:00.21 world record in the 5000m", "to run
# 7:23.63 for a European record in the 3000m", "set a national record in the 800m"
RECORD_RUN_BEFORE = re.compile(
    r"(?:\d(?:[:.,]\d+)+\s+(?:for\s+)?|\b(?:ran|runs|run|set|sets|setting|clocked|clocking|broke|breaks|breaking|smashed|lowered)\s+)"
    r"(?:an?\s+|the\s+|her\s+|his\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:record|best)\s+(?:at|in|over|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or a record of the event with the time right after it, as translated copy writes the record run: "the world
# record of the 3000 m steeple in 7'52''11", "beat the world record of the 3000 m steeple (7'52''11)" (a time right after:
# `TIME_RIGHT_AFTER`; not "the record holder over 1500m in")
RECORD_OF_EVENT_BEFORE = re.compile(r"\brecords?(?:\s+of\s+the\s+world)?\s+(?:at|in|over|of|on)\s+(?:the\s+)?$", re.IGNORECASE)
# ... and so does a medal won right before it ("took silver in the 1500m in 3:54.50")
MEDAL_WON_BEFORE = re.compile(
    r"\b(?:took|takes|taking|won|wins|winning|claimed|claims|claiming|grabbed|earned|collected|snatched|bagged)\s+(?:the\s+|a\s+)?"
    r"(?:gold|silver|bronze)(?:\s+medal)?\s+(?:at|in|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# words before a distance that make it a position: "the first 400m", "By 800m", "at 600m", "managed barely 15 kilometres",
# "the 25th mile", "a 4:34 20th mile", Spanish copy's "a falta de 300 metros" translated: "at the lack of 300 meters"
# "reach" before a distance with its time: "Kiptum and Kipruto reach 21.1km in 1:00:48" (not "Pattison reaches 800m final")
REACH_BEFORE = re.compile(r"\breach(?:es)?\s+$", re.IGNORECASE)
DISTANCE_POSITION_BEFORE = re.compile(
    r"(?:\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|next|middle|final|last|opening|closing|about|around|roughly|approximately|some|nearly|almost|barely|managed|lasted|"
    r"approaching|near|nearing|at|by|through|thru|after|behind|between|within|pass|passes|passed|passing|reached|reaching|hit|hitting|with|past|until|till(?=\s+$)|"
    # (a point a pacemaker or a runner got to: "Kiprotich carried on to 25K", "paced them as far as 30km")
    r"(?:carried|carrying|carries|kept|keeping|went|going|stayed|staying|continued|continuing|pressed|pressing|hung|hanging)\s+on\s+to|as\s+far\s+as|all\s+the\s+way\s+to|"
    # (or a pace held there, translated: "Rotich held the tempo to 25 kilometre")
    r"(?:held|holds|holding|kept|keeps|keeping)\s+(?:the\s+)?(?:tempo|pace|speed)\s+(?:up\s+)?(?:to|until)|"
    # (or the field a pacemaker was to take there: "My job was to take them to 15km", "to bring the men to 30K")
    r"(?:take|takes|took|taking|bring|brings|brought|bringing)\s+(?:them|him|her|us|the\s+(?:field|men|women|group|pack|leaders))\s+to|for\s+(?:each|every)|per|(?<!stepped\s)(?<!stepping\s)(?<!moved\s)(?<!moving\s)(?<!steps\s)(?<!moves\s)up\s+to|from|halfway,?|covering|"
    r"over\s+the\s+(?:final|last|first)|before|inside\s+the\s+(?:final|last)|another|passage\s+(?:of|at|through|to|on)|(?<!\bbooked\s)(?<!\bbooking\s)(?<!\bbooks\s)(?<!\bbook\s)(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)(?<!\ba\s)passage\s+for|(?:then|and)\s+to|"
    r"(?<!from\s)(?<![\d.,])\d{1,2}\s?(?-i:K)\s+to|"  # a stretch's end: "Her 35K to 40K was 21:25", "Our 5K from 25K
    r"(?<=\d[kK]\sfrom\s)\d[\d.,]*\s?(?:k|km|mi|miles?|kilomet(?:re|er)s?)\s+to|(?<=\dkm\sfrom\s)\d[\d.,]*\s?(?:k|km|kilomet(?:re|er)s?)\s+to|"
    # to 30K was 21:43" (a stretch from one point to another, as runners write it; not a move from one distance to another:
    # "Moving up from 5km to 10km on the roads, Orr won", "extended from 5km to 10km", "cut from its usual 15km to 12km")
    r"(?:(?<=at\sthe\s)|(?<=to\sthe\s))lack\s+of)\s+"
    r"(?:to\s+)?(?:the\s+)?(?:first\s+|final\s+|last\s+)?"
    r"(?:(?:half|quarter)[\s-]+)?"  # ("along the last half mile", "the final quarter-mile")
    r")$",
    re.IGNORECASE,
)
# a sentence opening "On" a road race's point, as Polish copy translated does: "On 30 km he had already 9 seconds before Rono" (a
# point of a longer road race only, not a label: "On 10 km: 1. Marek Novy 29:50", nor "On 10 km Eva Dvorak won the national title")
# a race spoken of as "that race", won in the time after it: another race's when its sentence dates it in a year ("in September
# 2021, when he finished second behind Trayvon Bromell, who won that race in 9.76", "the 2022 New York City Marathon champion, who
# won that race in 2:23:23"; not a race just told, "Saint Lucia's Julien Alfred won that race in 22.08", "Krop, who won that race
# in 13:24.60" of Thursday's heat: `results.old_mark`)
WON_THAT_RACE_BEFORE = re.compile(r"\b(?:won|ran|took)\s+that\s+(?:race|one|edition)\s+in\s+$", re.IGNORECASE)
YEAR_WORD = re.compile(r"(?<![\d:.,])(?:19|20)\d\d(?![\d:]|[.,]\d)")
# a record set, or a best from a race, before the date that dates it: "the course record of 2:19:59 set by Ethiopia's Buzunesh
# Deba in 2014", "his personal best from the Hamburg marathon in April" (the mark's date, not the paragraph's nor the time's)
GROUP_RANK_CUE = re.compile(r"\bnational\s+(?:[\w-]+\s+)?(?:championships?|titles?|champions?|crown)\b", re.IGNORECASE)  # (`facts`: a rank within a group)
THAT_RACE = re.compile(r"\b(?:in\s+that\s+(?:race|edition|final)|that\s+(?:day|year|afternoon|morning|evening))\b", re.IGNORECASE)  # ... told on
MARK_TIME_RIGHT_AFTER = re.compile(r"\s*(?:\(|,|:|of\b|was\b|is\b)?\s*\d")  # ... that mark's own time right after its date
# ... or a date right after a mark's time, that mark's: "59:30 from 2016", "13:10.41, set in 2023", "2:19:59 (2014)"
OWN_DATE_GAP = re.compile(r"[ \t]*[,(]?[ \t]*(?:(?:set|run|established|clocked)[ \t]+)?")
RECORD_SET_BEFORE_YEAR = re.compile(r"\b(?:record|best|mark)\b[^.;!?]{0,60}?\b(?:set|established|run|clocked|from)\b[^.;!?\d]{0,50}$",
                                    re.IGNORECASE)
# a course told by its laps and their length, each sex's: "three laps of roughly 3km for the men, two for the women" (9km and
# 6km: `context.find_events`)
LAPS_OF_DISTANCE = re.compile(r"\b(?P<n>two|three|four|five|six|[2-9])\s+(?:big\s+|long\s+|small\s+)?laps?\s+of\s+"
                              r"(?:(?:roughly|about|around|approximately|some|c\.)\s*)?(?P<d>\d{1,2}(?:\.\d)?)\s?(?:km|k|kilomet(?:re|er)s?)\b"
                              r"(?=\s+for\s+the\s+(?:men|women)\b)", re.IGNORECASE)  # (each sex's, said: not a course of a race named,
# "The marathon course consists of two laps of roughly 21km", "three laps of 3km plus a 1km start loop")
LAPS_FOR_THE_OTHER_SEX = re.compile(r"\s+for\s+the\s+(?:men|women),?\s+(?:and\s+)?(?=(?:two|three|four|five|six|[2-9])\s+(?:laps?\s+)?"
                                    r"for\s+the\s+(?:men|women)\b)", re.IGNORECASE)
SEX_AFTER_EVENT = re.compile(r"\s+for\s+the\s+(?:men|women)\b", re.IGNORECASE)  # ... each said after its distance
LAPS_COUNT = re.compile(r"(?P<n>two|three|four|five|six|[2-9])(?:\s+laps?)?", re.IGNORECASE)  # ... its count, where it starts
ON_POINT_OPENING_BEFORE = re.compile(r"(?:(?:^|(?<=[.!?]\s))(?-i:On)|\b(?-i:on)\s+the)\s+$")  # (or in its sentence: "and on the 30 km the
# distance between them was already almost one minute", Russian copy translated)
# a distance opening its sentence, reached at a time right after it, in a text that names a longer race: "2000m came in 7:24.7
# and 3000m in 11:09.1" of a 5000m (a point of the race, not a race of its own)
# ... or a point listed after a dash with its time after "for", as Russian copy translated writes it ("за"): "the first kilometer
# was passed for 2.38, 2000 m – for 5.16"
POINT_DASH_FOR_TIME_AFTER = re.compile(r"[ \t]*[–—-][ \t]*for[ \t]+\d", re.IGNORECASE)
# ("The 1000 m the group passed in 2.28", Russian copy translated)
POINT_OPENING_BEFORE = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))(?:(?-i:The)\s+)?$")  # (or after a colon: "as ordered: 400 metres
# went in 56,0", translated)
POINT_CAME_AFTER = re.compile(r"\s+(?:(?:the\s+)?(?:group|leaders?|field|pack|leading\s+group)\s+|(?:they|he|she)\s+)?"
                              r"(?:came|went(?:\s+by)?|ticked\s+by|(?:was|were)\s+reached|was\s+passed|passed|covered|reached)\s+in\s+\d",
                              re.IGNORECASE)
ON_POINT_NOT_AFTER = re.compile(r"\s*:|[^.!?\n]{0,60}\b(?:won|wins|win|winner|victory|title|fastest)\b", re.IGNORECASE)
# ... but not a meeting's final, named with capitals: "won the Diamond League Final 1500m in 3:29.81", "the Grand Prix
# Final 3000m"
NAMED_FINAL_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w-]*\s+(?-i:Final)\s+$")
# ... nor a distance run by a sex: "At the 400 meters for women won Lieke Klaver in 50,71" (Dutch copy translated)
EVENT_FOR_SEX_AFTER = re.compile(r"\s+(?:for|of\s+the)\s+(?:women|men|ladies|girls|boys)\b(?!['’]s)(?!\s*,)", re.IGNORECASE)  # (not a
# point: "At 30km for women, Assefa led", "At the 25 km of the women's race")
# what lies between a point of the race and the next one listed with it: " in 32:41 and the " of "passed the 10 kilometers
# in 32:41 and the half marathon in 1h08:59", "passed the 400m in 61s2 and the 800m in 2min03s" (translated)
# (or listed with commas and "with", as Chinese copy translated does: "passed 5 kilometers with 14 minutes 58 seconds, 10
# kilometers with 29:53, 15 kilometers with 44:50")
# a point said in words with its time, right before another point: "through the first lap in 62.5 and " (`NEXT_POINT_GAP` after)
_POINT_WORDS = r"\b(?:the\s+(?:first|opening)\s+lap|the\s+bell|halfway|half-way)"
_TIME_THEN_AND = r"\s+(?:in|at)\s+\d[\w:.,'′’\"″]*\s*(?:,\s+(?:and\s+)?|,?\s+and\s+)"
POINT_WORDS_THEN_TIME_BEFORE = re.compile(rf"{_POINT_WORDS}(?P<gap>{_TIME_THEN_AND})$", re.IGNORECASE)
# ... and that next point's own time after it: " in 2:03.4", " in a dawdling 2:03.4" (not "and 800m champion Jemma Reekie")
_OWN_TIME_OPENING = r"\s+(?:in|at)\s+(?:an?\s+[\w-]+\s+)?"
POINT_TIME_AFTER = re.compile(rf"{_OWN_TIME_OPENING}\d", re.IGNORECASE)
NEXT_POINT_GAP = re.compile(
    r"\s+(?:(?:was\s+|were\s+)?(?:passed|reached|covered|went\s+by)\s+)?"  # ("the first 5 km passed at 16 minutes 38 seconds, 10 km at":
    # Japanese copy translated)
    r"(?:in|at|on|with)\s+(?:(?:roughly|about|around|approximately|just\s+(?:over|under))\s+)?"  # ("the first 5km in roughly 15:59 and 10km")
    r"(?:\d[\w:.,'′’\"″]*|\d{1,2}\s+minutes?\s+\d{1,2}\s+seconds?|(?:\d\s?h\s?)?\d{1,2}\s?min\s?\d{1,2}\s?s\b)"  # ("in 14 min 47 s
    r"(?:\s+(?:Std|Min|hrs|mins?)\b\.?)?"  # and the 10 km", French copy translated; "in 1:08:05 Std. and the 30
    r"\s*(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:in\s+(?=the\s))?(?:the\s+)?", re.IGNORECASE)  # kilometres in": German copy translated, its unit
# after; "passed in the 5 kilometers in 13:41 and in the 10 kilometers in", Portuguese)
# the whole race's distance, rough, in brackets after its laps: "The senior men ran three laps (roughly 10km)"
LAPS_BRACKET_BEFORE = re.compile(
    r"(?:\b(?:men|women|juniors?|seniors?|boys|girls|field|course|race)\s+(?:(?:ran|run|runs|raced|races|is|was|are|were|covered|covers)\s+)?(?:[\w-]+\s+)?laps"
    # ... or the laps said first, for whom after: "two big laps for the men (about 9.5km) and one and a half for the women (about 6.8km)"
    r"|\b(?:laps|a\s+half)\s+for\s+the\s+(?:(?:senior|junior|masters?)\s+)?(?:men|women|juniors|seniors|boys|girls))"  # (not "The final lap
    # for the women (about 2.2km)", "at the half for the men (about 4.9km)")
    r"\s*\(\s*(?:(?:roughly|about|around|approximately|approx\.?|some|nearly|almost|just\s+over|just\s+under|c\.|ca\.)\s*)?$", re.IGNORECASE)
# ... the first said as a point or mark, the next a road's km: "pass the 5 km point on 14:22 and the 10 km on 28:44" (not "the
# 5000m mark in 14:40 and the 10,000m in 29:01.03", the race)
NEXT_POINT_AFTER_MARK_GAP = re.compile(
    r"\s+(?:point|mark)\s+(?:in|at|on|with)\s+(?:\d{1,2}\s+minutes?\s+\d{1,2}\s+seconds?|\d[\w:.,'′’\"″]*)\s*(?:,\s+(?:and\s+)?|,?\s+and\s+)"
    r"(?:the\s+)?", re.IGNORECASE)  # ("passed the 5km point in 14 minutes 52 seconds and the 10km in 29:45", Korean copy translated)
# a stretch between two points, the second with no time: "The gap opened between 8km and 9km" (not "moving up from 5km to 10km")
STRETCH_END_BEFORE = re.compile(
    r"\bbetween\s+(?:the\s+)?\d[\d,.]*(?:\s?(?:km|k|m|kilomet(?:re|er)s?|met(?:re|er)s?|miles?))?\s+(?:and|to)\s+(?:the\s+)?$"  # (the
    # first's unit may be left to the second's: "Somewhere between 20 and 25 kilometres she ran")
    r"|(?<![\w:.,])(?:0|\d{3,5}|\d{1,2}(?:km|k))(?:m)?[–—-]$",  # ... or a range told by a dash: a blog's section "THE KICK (1100–1500m)"
    # (not "Under 17 – 800m:", "M35 – 5000m:", "Heat 2 – 800m", a list's label and its event)
    re.IGNORECASE)
# a race to come, not this one: "building towards a spring marathon", "an autumn marathon", "building up for
# the European 10,000m Cup", "will now prepare the marathon of Valencia" (French translated), "Hassan, preparing the marathon of
# Chicago," (not "prepares the 1500m final: she won her heat", "spent the winter preparing the 1500m ..., won it"); or a distance compared, no race: "had never run further than a half marathon"
FUTURE_EVENT_BEFORE = re.compile(
    r"\b(?:spring|autumn|fall|winter|towards\s+(?:a|an|the|his|her|their)(?:\s+[a-z]+)?|(?:further|farther|longer|beyond|more)\s+than\s+(?:a|an|the)|"
    r"(?:building\s+(?:up\s+)?(?:to|towards|for)|will\s+(?:now\s+|then\s+)?prepare(?:\s+for)?|(?:(?:is|are|was|were|now|currently)\s+|,\s*)preparing|preparing\s+for|targeting|eyeing)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"|\b(?:days|weeks|months)\s+(?:before|ahead\s+of)\s+(?:his|her|their)(?:\s+[a-z]+)?"  # "two weeks before his marathon": a race of its own
    # ... or the race one says they will run, in their words: "Now I go to Stockholm and will run 1500 meters" (not a live
    # blog's "the men will race the 400m hurdles", the race it goes on to report)
    r"|\b(?:I|we)\b[^.!?;:]{0,40}?(?:\b(?:will|shall|going\s+to|plan\s+to)|['’]ll)\s+(?:run|race|contest|tackle)(?:\s+(?:the|a|an|my|our))?)\s*$",
    re.IGNORECASE,
)
# ... or told after its name: "the Olympic Games which will hold themselves in the capital" (French translated), "the
# Commonwealth Games, to be held in Glasgow"
FUTURE_MEETING_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+will\s+(?!(?:\w+\s+)?(?:celebrate|mark|remember|remembered|be\s+remembered|"
                                  r"forever|always|long)\b)|(?:still\s+)?to\s+be\s+(?:held|staged|run)\b)", re.IGNORECASE)  # (not "the London
# Marathon, which will celebrate its 45th edition next year", "which will long be remembered")
# a meeting where the sentence tells what was run, after its name: "the World Indoor Championships in Glasgow, where he
# later took silver" (no meeting to come for that time)
WHERE_AFTER_MEETING = re.compile(r"(?:\s+(?:in|of)\s+(?-i:[A-Z])[\w'’-]+)?,?\s+where\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+"
                                 r"(?:later\s+|then\s+|eventually\s+)?(?:took|won|ran|clocked|finished|set|claimed)\b", re.IGNORECASE)  # (not
# "the Olympics, where he will defend his title")
# another meeting said to be run the same day, right after its name: its results are of today ("The Osaka Half Marathon
# held at the same time", "the Berlin half marathon, run on the same day,"; not "run alongside a team of pacemakers")
SAME_DAY_AFTER = re.compile(
    r",?\s+(?:(?:which\s+)?(?:was|were)\s+)?(?:also\s+)?(?:held|run|staged|contested|raced)\s+(?:at\s+the\s+same\s+time|on\s+the\s+same\s+day|"
    r"the\s+same\s+day|simultaneously)\b",
    re.IGNORECASE,
)
# a meeting still to come, named after what looks forward to it: "now turns her attention to the World
# Championships in Tokyo", "will race at the Olympics", "heading to the Worlds", "in the build-up to the Games"
FUTURE_MEETING_BEFORE = re.compile(
    r"(?:\b(?:turns?|turning)\s+(?:her|his|their)\s+(?:attention|focus|thoughts)\s+to|\bwill\s+(?:\w+\s+){0,3}?(?:at|in|for|to)|"
    r"\b(?:heads?|heading|bound)\s+(?:to|for)|\bahead\s+of|\b(?:build-?up|run-?in|preparations?)\s+(?:to|for)|\bpreparing\s+for|"
    r"\b(?:selected|named|picked|entered)\s+for|\bnext\s+(?:month|year|week)['’]?s?|"
    r"\b(?:sharpener|tune-?up|warm-?up|rust-?buster|dress\s+rehearsal)[\"”’']?\s+(?:race\s+)?(?:before|for|ahead\s+of)|"  # 'as a "sharpener" before
    r"\b(?:ambitions?|hopes?|designs?)\s+(?:for|on)|\b(?:sights?|eyes?)\s+(?:set\s+)?on|"  # "notice of his ambitions for the World Indoor Championships"
    r"\b(?:minimum|standard|qualifying\s+(?:time|mark)|ticket)\s+(?:for|to)|"  # "signs the minimum for the World Cup of Tokyo" (not "who qualified for")
    r"\bqualifying\s+(?:time|mark|standard)\s+(?:[\w’'-]+\s+){1,4}?for|"  # "the 2:18:00 qualifying mark he narrowly missed for the 2024 Olympic Trials"
    r"\b(?:trials|selection|qualifiers?)\s+for|\bselection\s+races?\s+(?:for|of)|"  # "the AFN National Trials for the Paris 2024
    # Olympics", "the selection race of the Tokyo World Championships" (Japanese copy translated; not "the qualifiers of the
    # Jamaican Championships", their own rounds)
    r"\b(?:a|one|two|three|four|five|six|\d+|few|several|couple\s+of|just|mere)\s+(?:days?|weeks?|months?)\s+(?:before|ahead\s+of)|"
    r"\bat\s+(?:a|one|two|three|four|five|six|\d+|a\s+few)\s+(?:days?|weeks?|months?)\s+(?:of|from)|"  # French translated: "at four months
    # of the Olympic Games" ("à quatre mois des Jeux")
    r"\b(?:compete|race|run|racing|running)\s+next\s+(?:at|in)|"
    # a team to be picked for it: "now targeting a place in the national team for the World Half Marathon Championships", "a
    # spot on the squad for" (not a target alone: "was targeting the Edinburgh Marathon, and he delivered: he won it")
    r"\b(?:place|spot|berth|seat)\s+(?:in|on)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,2}(?:team|squad)\s+for|"
    # "Toward the World Championships of Tokyo I want", "he aims at the representative of the 10000m in the World
    # Championships" (Japanese translated), "with the final to be run at the Victorian Milers Club meet next Thursday"
    r"\btowards?|\baims?\s+at\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:in|for)|\bto\s+be\s+(?:run|held|staged|raced|decided)\s+(?:at|in)|"
    r"(?:\b(?:is|are|['’]s)\s+(?:\w+ly\s+)?|,\s*)expected\s+to\s+(?:\w+\s+){0,3}?(?:at|in)"
    # ("less than a month before the Olympic Games", "is expected to compete next at the Olympics"; not "Only months
    # before the Paris Olympics, Tebogo lost his mother", "had been expected to win at the European Championships")
    r")\s+(?:(?:the|next|this|year['’]s)\s+)*(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a distance run for a while, not the race: "for 15 kilometres it looked as though", "during more than 30 kilometres" (French
# copy translated) (not "29:05.92 for 10,000m")
DISTANCE_FOR_BEFORE = re.compile(r"\b(?:for|during)\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|almost\s+|nearly\s+)?$", re.IGNORECASE)
# "13.1 seconds for the 100m", and a barrier broken in the race reported: "the first woman under 14 minutes for 5000m"
# (not "he was running 27 minutes for 10k": a stretch of a career)
TIME_FOR_BEFORE = re.compile(r"(?:\d(?:\s*(?:s|secs?|seconds))?|\b(?:under|sub|below|inside|breaking|broke|break)[\s-]+[\w.]+\s*(?:mins?|minutes|hours?|hrs?))\s+for\s+$", re.IGNORECASE)
# a point reached, set off by a comma, as translated copy writes it: "To the 600 m, the chronometer indicated 1:29,5"
POSITION_TO_BEFORE = re.compile(r"(?<!\bup\s)(?<!\bdown\s)(?<!\bback\s)(?<!\bover\s)(?<!\bmoved\s)(?<!\bswitched\s)(?<!\breturned\s)\bto\s+the\s+$", re.IGNORECASE)
# (not an athlete's change of event: "Smith dropped down to the 1500 in 4:12.45", "moved up to the 5000")
# an event of a record or best someone owns: "her 1500m world record from Florence is 3:49.11", "who also holds the
# 5000m world record" (not the race reported)
OWNER_BEFORE_EVENT = re.compile(r"\b(?:her|his|their|(?:holds?|held|holding|owns?|owned|owning)\s+the)\s+$", re.IGNORECASE)
OWNED_RECORD_AFTER_EVENT = re.compile(
    r"\s*(?:(?:world|olympic|european|commonwealth|national|area|continental|british|american|indoor|outdoor|personal|season['’]?s?)\s+)*"
    r"(?:record|best|PB|PR|SB)\b", re.IGNORECASE)
# an event that names an athlete's title, not the race at hand: "the 2022 1500m world champion", the first of two
# ("the Olympic 5,000m and 10,000m champion")
EVENT_TITLE_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+(?:the\s+)?\d[\d,.]*\s?(?:m|km|metres?|meters?)\b)?"
    r"\s*(?:world|olympic|european|commonwealth|national|british|american|u\.?s\.?)?\s*(?:(?:indoor|outdoor)\s+)?"  # "1500m world indoor title"
    r"(?:champion(?!ships?\b)|championships?\s+(?:title|crown|gold|silver|bronze|medal|winner|medall?ist|finalist)|champ(?!ionships?\b)|title|crown|gold|silver|bronze|medal|"
    r"record[- ]holder|record\s+of|best|(?:personal|lifetime|season['’]?s?)\s+(?:best|record)|(?-i:PB|PR|SB)\b|medall?ist|(?:semi-?)?finalist|"
    # (a "10,000m championship" is a race; "whose parkrun PB of 17:58" a credential)
    r"specialist|star|runner|(?:man|woman|ace)\b(?![’']s))",  # ("Olympian and British 10,000m man")
    re.IGNORECASE,
)
STANDARD_DISTANCES = {55, 60, 100, 150, 200, 300, 400, 600, 800, 1000, 1500, 1600, 2000, 3000, 3200, 5000, 10000}
MILE_M = 1609.34
# world records in seconds (the faster of men's and women's), to tell a time impossible for an event
# (1600m and 3200m, run by US high schools, have none: a mile's and two miles' scaled; the 55m and 55m hurdles, US high
# schools' and colleges' indoor sprints, their best marks)
EVENT_RECORD_S = {
    "55m": 5.99, "60m": 6.34, "100m": 9.58, "150m": 14.35, "200m": 19.19, "300m": 30.69, "400m": 43.03, "600m": 72.81,
    "800m": 100.91, "1000m": 131.96, "1500m": 206.0, "1600m": 221.8, "mile": 223.13, "2000m": 284.79, "3000m": 440.67, "3200m": 464.3,
    "2 miles": 467.0, "10 miles": 2664.0, "5000m": 755.36, "10000m": 1571.0, "3000m steeplechase": 472.0, "100m hurdles": 12.12,
    "110m hurdles": 12.80, "400m hurdles": 45.94, "60m hurdles": 7.27, "55m hurdles": 6.89, "300m hurdles": 33.05, "5km": 757.0, "10km": 1604.0, "half marathon": 3451.0,
    "marathon": 7235.0, "20km race walk": 4576.0,
}
# a road distance whose time is given to a fraction of a second was run on the track: road times are whole seconds
# ("winning the 10K in 33:08.44" at a track championships is a 10,000m)
TRACK_OF_ROAD = {"5km": "5000m", "10km": "10000m"}
HUNDREDTHS_END = re.compile(r"\d[.,]\d\d$")  # (tenths are a cross country's hand timing too: "32:15.6")
# bare seconds that may tell a sprint's event when a longer one was carried over: a 60m's, 100m's or 200m's,
# too fast for a lap of a distance race
SPRINT_SECONDS = (6.0, 24.5)
LAP_SECONDS = 60.0  # ... and, after a sprint, a 400m's: no lap of a sprint
SLOWEST_FACTOR = 1.7  # a result slower than 1.7 x the world record is no result of that event
DOTTED_SLOWEST_FACTOR = 4.0  # ... but a time with a dot, impossibly fast as seconds, is minutes up to 4 x the record: a club
# runner's "finishing in 26.03" at a parkrun (26:03, 2.1 x the 5km's record)
FASTEST_FACTOR = 0.97  # nor one faster than 0.97 x the world record
FASTEST_DISTANCE_PACE_MS = 7.0  # ... and over a distance of 3km or more with no record here, none faster than 7 m/s (every such record is under 6.9)
DISTANCE_EVENT_MIN_M = 3000.0
ULTRA_FASTEST_PACE_MS = 5.5  # ... and over an ultra's (longer than a marathon), none faster than 5.5 m/s (the 50km's record is 5.25)
RECORD_PACE_MS = 5.8  # ... and a race carried over with a time slower than 2 x the time at 5.8 m/s is another (every record
CARRIED_SLOWEST_FACTOR = 2.0  # to the marathon's is faster; club runners reach 1.8 x it, a marathon's winner over a 15km 3 x)
FASTEST_PACE_MS = 11.0  # metres a second no one runs over a split's distance (a 100m record is 10.4 on average)
STRETCH_FACTOR = 0.35  # a time under 0.35 x the world record is a stretch of the race, no one's result (`results.stretch_of_race`)
HALFWAY_RIGHT_BEFORE = re.compile(r"\b(?:halfway|half-way|half\s+way|the\s+half(?![\s-]+marathon))\b[^.;:\d]{0,20}$", re.IGNORECASE)  # (a
# halfway time votes for no event: `context.fill_event_from_times`)
# events a race's winning time may tell when the text names none: those whose range [record, 1.25 x record]
# holds it, if only one does (not the road 5km and 10km, which overlap the track 5000m and 10000m)
INFERABLE_EVENTS = ("800m", "1500m", "mile", "3000m", "3000m steeplechase", "5000m", "10000m", "half marathon", "marathon")
WINNER_FACTOR = 1.25
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# a date's words in a post's header: "Sun Sep 10 2023", "Sep 10" (a weekday or month, then a month or day)
DATE_WORDS_AFTER = re.compile(r"\.?\s+(?:\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?\s+\d)", re.IGNORECASE)
WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
EVENT_DISTANCE_M = {
    "mile": MILE_M, "2 miles": 2 * MILE_M, "10 miles": 10 * MILE_M, "half marathon": 21097.5, "marathon": 42195.0,
}

# ---- sex of a race ---------------------------------------------------------------------

# "men's 1500m", "women’s 800 metres", "the men’s mile"
# "feminine", "masculine": translated ("In the feminine sector")
# a wheelchair race, a race of its own: "Marcel Hug won the men's wheelchair race in 1:23:44"
WHEELCHAIR = re.compile(r"\bwheelchair\b", re.IGNORECASE)
# a paragraph opening on a runner's one name as its subject: "Kipruto, who set the course record", "Kipruto had been" (the
# name's race: `context._last_told_sex`; not an owner, often a club's or a place's: "Chesterton's Maya Dubczak", "Warwick captain")
PARAGRAPH_OPENING_NAME = re.compile(
    r"([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=,|\s+(?:was|were|had|has|is|who|which|said|says|won|wins|ran|runs|finished|took|came|crossed|"
    r"led|went|made|set|broke|kicked|pulled|added|moved|surged|stayed|sat|held|ended|clocked|stopped)\b)")
# a sex opening a sentence as a list's label: "Women, Eden Rainbow-Cooper, Great Britain, 1:35:11."
# a line that says only a sex, heading a results block: "Men", "WOMEN", "Senior women:", "Men's results"
SEX_HEADING = re.compile(r"\s*(?:(?:senior|junior|elite|open)\s+)?(?:men|women|boys|girls)(?:['’]s)?(?:\s+results)?\s*:?\s*", re.IGNORECASE)
SEX_LABEL_OPENING = re.compile(r"\s*(?:Men|Women)(?:['’]s)?\s*[,:]")
# (or a results line's letter before its event: "M 1500 sec 2 - D. Reyes 3:51.84", "W 5000 sec 2 - P. Natarajan")
# a race's sex said as won right after a time, translated copy's order: "Genet Hailu with 2 hours 21 minutes 40 seconds won the
# women's champion"
WON_THE_SEX_AFTER = re.compile(r"\s+(?:results?\s+)?(?:won|wins|took|takes|claimed|claims)\s+the\s+(?P<sex>men|women)['’]s\b",
                               re.IGNORECASE)
# the race a time won said right after it, by its sex: "made it a Kenyan sweep with 2:27:14 in the women's race", "ran 2:11:48 to
# win the men's race" (its sex the time's, in a sentence that says both)
SEX_RACE_RIGHT_AFTER_TIME = re.compile(r"[ \t]+(?:to\s+(?:win|take)|in|winning|taking)\s+the\s+(?=(?:men|women|ladies)['’]s?\s+(?:race|title|event)\b)",
                                       re.IGNORECASE)
SEX_CUE = re.compile(
    r"\b(?:(?P<sex>men|women|ladies|boys|girls)(?:['’]s)?|(?P<adj>male|female|masculine|feminine))\b"
    r"(?!\s+(?:pace-?makers?|pacers?|hares?|rabbits?|pacing|coach(?:es)?|training\s+partners?))"  # "with two male pacemakers": theirs
    r"|(?m:^[ \t]*(?P<letter>(?-i:M|W))[ \t]+(?=\d{2,5}m?[ \t]+(?:sec(?:tion)?|heat|final|[-–—:])))",
    re.IGNORECASE,
)
# a sex owning the event right after it: "the men's 10K", "In the women's 6K"
SEX_OWNS_EVENT_BEFORE = re.compile(r"\b(?:(?P<sex>men|women|boys|girls)['’]s|(?P<adj>male|female))\s+(?:race\s+(?:of|over)\s+)?$"
                                   r"|\b(?:between|among)\s+the\s+(?P<among>men|women),?\s+(?:on|over)\s+the\s+$",
                                   re.IGNORECASE)  # (or its race's, translated: "In the men's race of 10 km", "Between the women, on the 8 km")
# a clause of its own opening after a time, what it says of a sex another race's: "... nine seconds as compatriot Sutume
# Asefa Kebede won the women's race", "..., while Hellen Obiri took the women's title"
OTHER_CLAUSE_OPENING = re.compile(r"\b(?:as|while|whereas|whilst)\s+(?:(?:compatriot|countrywoman|countryman|team-?mate)\s+)?(?-i:[A-Z])", re.IGNORECASE)
# ... a race of that sex won in it: "won the women's race", "took the men's title"
RACE_WON_BEFORE_SEX = re.compile(r"\b(?:won|wins|took|takes|claimed|claims|captured|clinched|landed|secured)\s+the\s+$", re.IGNORECASE)
# ... or a clause of its own, ending with the sex its runner rules "at": ", Kébédé reigns at the women" (French "chez les
# femmes" translated; not a country's: "Kamau wins in 2:10:05, Kenya sweeps among the men", the same race)
SEX_RULED_CLAUSE_BEFORE = re.compile(r"(?:,|\b(?:as|while|whereas|whilst))\s+(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
                                     r"(?-i:[a-z]+)\s+(?:at|among|with)\s+the\s+$", re.IGNORECASE)
CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.!?;]|$)", re.MULTILINE)
RACE_AFTER_SEX = re.compile(r"\s+(?:race|title|crown|event|contest|competition|section|marathon|half)\b", re.IGNORECASE)
SEX_OF_CUE = {"men": "men", "male": "men", "boys": "men", "masculine": "men", "m": "men",
              "women": "women", "female": "women", "ladies": "women", "girls": "women", "feminine": "women", "w": "women"}

# ---- meetings --------------------------------------------------------------------------

# synonyms that name one meeting: "Pre Classic" is the Prefontaine Classic
MEETING_SYNONYMS = {
    "millrose": "Millrose Games",
    "athletissima": "Athletissima",
    "pre classic": "Prefontaine Classic",
    "prefontaine": "Prefontaine Classic",
    "bislett": "Bislett Games",
    "weltklasse": "Weltklasse Zurich",
    "weltklasse zürich": "Weltklasse Zurich",
    "van damme": "Memorial Van Damme",
    "herculis": "Herculis",
    "anniversary games": "London Athletics Meet",
    "london diamond league": "London Athletics Meet",
    "olympics": "Olympic Games",
    "olympic": "Olympic Games",
    "olympic games": "Olympic Games",
    "world athletics championships": "World Championships",
    "world championships": "World Championships",
    "world championship": "World Championships",  # translated copy's singular: "the World Championship of Budapest"
    "worlds": "World Championships",
}
# a venue's head word after "Memorial": "the Los Angeles Memorial Coliseum", "Memorial Stadium" are grounds, no meetings (but
# "the Gary Troyer Memorial Track Meet", "the Bill Bowerman Memorial Field Day" are)
MEMORIAL_VENUE = "Coliseum|Stadium|Field|Park|Arena|Hall|Grounds?|Oval|Track|Centre|Center|Gymnasium|Fieldhouse|Bowl"
# "Prefontaine Classic", "the 2023 World Championships", "Millrose Games", "Tokyo 2020",
# "Paris Olympics", "Berlin Marathon", "Oslo Diamond League", "Kip Keino Classic"
MEETING = re.compile(
    rf"(?:(?P<year>(?:19|20)\d\d)\s+)?"
    rf"(?P<name>(?:(?:(?!(?:The|In|At|On|For)\s)[{UPPER}][{LOWER}]+\s+){{1,2}}International\s+(?:Women|Men)['’]s\s+(?=(?:Half\s+)?Marathon\b)"
    rf"|(?<![{UPPER}]\s)[{UPPER}]{{2,6}}\s+(?=(?:Classic|Games|Grand\s+Prix|Invitational|Championships?|Relays|Trials|Memorial|Meeting|Gala|Cup)\b)"
    rf"|(?:(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?|U\.S\.|NCAA|US|Track\s+(?:&|and)\s+Field)(?:\s+|-(?=(?:Half[\s-]+)?Marathon\b))){{0,4}})"  # ("Osaka International Women's Marathon"; not "Boston Women's Marathon")
    # (a double name among its words, "the Fanny Blankers-Koen Games", or a city joined to its marathon, "the Berlin-Marathon"
    # (German copy translated); or an acronym alone, "the FBK Games", "the USATF Championships", never a road race's sponsor:
    # "the EDP Half Marathon", "the TCS London Marathon" are the races of Lisbon and London)
    r"(?:Classic|Games|Grand\s+Prix|Invitational|Championships?|Diamond\s+League(?:\s+(?:Final|meeting))?|"
    rf"Half[\s-]+Marathon|Marathon|Relays|Trials|Olympics|Memorial(?!\s+(?:{MEMORIAL_VENUE})\b(?!\s+(?i:meet|day|run|games|classic|invitational|relays|mile)\b))|Athletics\s+Meet|Meeting|Gala|Weltklasse(?:\s+Z[uü]rich)?|(?<!day\s)Night|Challenge|Cup|"
    r"Worlds|Herculis|Athletissima|Great\s+(?:North|South)\s+Run|Dash|Run|Trot|10K|Road\s+Race|Spike)(?!\w))"  # not "Mourne Runners";
    # a Thanksgiving "Turkey Trot"; Ostrava's "Golden Spike"
    rf"(?:[ \t]+(?P<year_after>(?:19|20)\d\d)\b)?"  # "since the World Championships 2019 in Doha"
    rf"(?:\s+(?:in|at)\s+(?P<city>[{UPPER}][{LOWER}]+))?"
    r"|(?P<olympic_city>Tokyo|Paris|Rio|London|Beijing|Los\s+Angeles|LA)\s+(?P<olympic_year>20(?:08|12|16|20|21|24|28))\b"
    r"|(?P<olympic_event>Olympic)(?=\s+(?:(?:men|women)['’]s\s+)?(?:\d[\d,]*\s?(?:m\b|metres\b|meters\b)|marathon\b|mile\b|steeplechase\b|\d[\d,]*\s+(?:final|title)\b)"
    r"(?![^.,;]{0,25}?\b(?:champion|medall?ist|gold\s+medall?ist|title[- ]?holder|record[- ]?holder)\b))",
)
# a road race named head first, as Spanish or Italian copy translated names it, its place then its sponsors: "the Maratón
# Valencia Trinidad Alfonso EDP", "the Half Marathon Valencia Trinidad Alfonso Zurich" (the Valencia Marathon and Half
# Marathon; the sponsors no athletes)
# (an English head only before a host city, or "of" one, "the Marathon of Paris" as French copy translated names it: not
# "At the Marathon Eliud Kipchoge was never troubled", a heading's capital; nor "the Marathon of Paris 2024", the Games')
OLYMPIC_EDITION = (r"(?:Tokyo\s+(?:202[01]|1964)|Paris\s+2024|Rio\s+2016|London\s+2012|Beijing\s+2008|Athens\s+2004|Sydney\s+2000|Atlanta\s+1996"
                   r"|Barcelona\s+1992|Seoul\s+1988|Los\s+Angeles\s+(?:1984|2028)|Moscow\s+1980|Montreal\s+1976|Munich\s+1972|Mexico\s+1968|Rome\s+1960)\b")
POSSESSIVE_DETERMINER_OPENING = re.compile(r"(?:My|Our|Your|His|Her|Their)\s")  # "My 10K", no meeting's name
MEETING_HEAD_FIRST = re.compile(
    rf"(?:(?<=\bthe\s)|(?<=\bThe\s))(?:(?P<half>(?:Medio|Media|Mezza|Meia)\s+)?(?:Marat[oó]n|Maratona)"
    rf"|(?P<half_en>Half[\s-]+)?Marathon(?=\s+(?:of\s+)?(?:{'|'.join(sorted(c.title() for c in HOST_CITIES))})\b)(?!\s+(?:of\s+)?{OLYMPIC_EDITION}))"
    rf"\s+(?:of\s+)?(?P<place>[{UPPER}][{LOWER}]+)(?:\s+(?:[{UPPER}][{LOWER}]+|[{UPPER}]{{2,5}}))*\b"
)
# a French meeting named head first by its city, as its own name or in translation: "the Meeting de Paris", "Meeting of
# Paris", "Meeting International de Montreuil"
MEETING_OF_CITY = re.compile(
    rf"\bMeeting\s+(?:International\s+)?(?:(?:de|du)\s+(?P<place>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*)\b(?!-)"
    rf"|of\s+(?P<host>(?i:{'|'.join(sorted(HOST_CITIES, key=len, reverse=True))}))\b)"  # (translated "of" only before a host city:
)  # not "the Meeting of Athletes Commission")
# a meeting written in capitals inside a sentence, as press releases write their sponsors' names: "running 1:05:38 at the
# GENERALI BERLIN HALF MARATHON on Sunday" (after a lower-case "the" or "at": not a headline's capitals, "KIPCHOGE WINS
# BERLIN MARATHON")
MEETING_HEAD_WORD = re.compile(r"HALF|MARATHON|GAMES|CHAMPIONSHIPS?|CLASSIC|INVITATIONAL|GRAND|PRIX|RELAYS|MEMORIAL|DIAMOND|LEAGUE|"
                               r"ROAD|RACE|10K|(?:WO)?MEN['’]S|ELITE|OPEN")
ACRONYM_WORD = re.compile(r"[A-Z][B-DF-HJ-NP-TV-Z]{1,3}")  # a word in capitals said letter by letter: "TCS", "NYRR", "EDP" (not "GOLD")
MEETING_IN_CAPITALS = re.compile(
    r"(?:(?<=\bthe\s)|(?<=\bat\s))(?P<name>(?:[A-Z][A-Z'’.&-]+\s+){0,4}(?:HALF[\s-]+MARATHON|MARATHON|GAMES|CHAMPIONSHIPS?|CLASSIC|"
    r"INVITATIONAL|GRAND\s+PRIX|RELAYS|MEMORIAL|DIAMOND\s+LEAGUE|ROAD\s+RACE|10K))\b(?![a-z])"
)
# a memorial meeting named head first after its person, as central European copy and its translations name it: "the
# Memorial of Kamili Skolimowskiej", "Memorial Josef Odložil" (not "Memorial Day")
MEETING_MEMORIAL_OF = re.compile(
    rf"\bMemorial\s+(?:of\s+)?(?P<person>[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+){{1,2}})\b(?!\s+(?-i:[A-Z]))"
)
# ... and an international meeting named head first, as Spanish, French and Italian name them: "the Meeting Internacional
# Mohammed VI", "Meeting International Mohammed VI d'Athlétisme", "the Meeting Internazionale Città di Savona" (its words no
# one's; on one line, its name shaped as a meeting's)
INTERNATIONAL_MEETING_HEAD_FIRST = re.compile(
    rf"\bMeeting[ \t]+(?:Internacional|International|Internazionale)[ \t]+(?:"
    rf"(?:[{UPPER}][\w’'-]*[ \t]+){{1,2}}[IVX]+\b(?:[ \t]+d['’][{UPPER}][\w]+)?"  # a king's name and number: "Mohammed VI d'Athlétisme"
    rf"|(?:de|d['’])[ \t]*(?:Atletismo|Athl[ée]tisme)\b(?:[ \t]+(?:Ciudad|Città)[ \t]+(?:de|di)[ \t]+[{UPPER}][\w’'-]*)?"  # "de Atletismo"
    rf"|(?:Ciudad|Città)[ \t]+(?:de|di)[ \t]+[{UPPER}][\w’'-]*)")  # "Città di Savona" (not a runner named after it: "... Faith Kipyegon won")
NOT_A_MEMORIAL_S_PERSON = frozenset("day monday tuesday wednesday thursday friday saturday sunday".split()) | frozenset(
    MEMORIAL_VENUE.lower().replace("?", "").split("|")) | {"grounds"}
# what makes a nationality and a distance a title won at a race, not a meeting: "the Canadian 10K road championship"
NATIONAL_TITLE_AFTER = re.compile(r"\s+(?:road\s+)?(?:championships?|title|crown)\b", re.IGNORECASE)
# a meeting's head after which a name is the meeting's own, not a person in the sentence: no "Games" is named after a person
MEETING_THEN_PERSON_HEAD = re.compile(r"\b(?:Games|Olympics|Championships?|Worlds|Trials|Marathon|Run|Relays)\s*$")
# meetings often named by one word: "entering Prefontaine", "at Bislett"
KNOWN_MEETING = re.compile(r"\b(?:Prefontaine|Bislett|Weltklasse|Herculis|Millrose|Athletissima|Van\s+Damme)\b")
# ... but a given name before one is its person's: "Ivo Van Damme of Belgium", "Steve Prefontaine" (not "the Memorial Van Damme",
# "At Prefontaine", "Then Bislett erupted", "Young Prefontaine fans"; nor a place or a people, "Oslo Bislett", "Norwegian
# Bislett fans": `context.find_meetings`)
GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w’'-])(?P<word>[{UPPER}][{LOWER}]+)\s+$")
NOT_GIVEN_NAMES = frozenset(
    "the at in on for from to and of memorial meeting since after before then during both young old when while as this that "
    "last next every each all at but so if once until with without league diamond historic packed rainy sunny famous iconic "
    "legendary sold-out home "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september "
    "october november december".split()
)
# ... and the surname alone after a word that makes it the meeting, or before one: "at Prefontaine", "won Bislett", "his third
# Prefontaine", "Prefontaine organisers"
MEETING_CUE_BEFORE = re.compile(r"\b(?:at|in|to|from|for|of|the|since|after|before|won|win|wins|winning|skip|skipped|race|raced|racing|"
                                r"his|her|their|this|next|last|first|second|third|fourth|fifth|every)\s+$", re.IGNORECASE)
MEETING_CUE_AFTER = re.compile(r"\s+(?:organi[sz]ers?|fans|crowd|meeting|stadium|track|record|director|field|promoters?)\b", re.IGNORECASE)
# generic head words that cannot start a meeting name on their own ("Games" alone is no meeting)
MEETING_HEADS_ALONE_OK = {"Olympics", "Worlds", "Herculis", "Athletissima", "Weltklasse"}

# ---- years, dates and cues that a sentence speaks of another race --------------------

# the year of a publication date as sources give it: "2024-07-12T19:05:00Z", "Fri, 12 Jul 2024",
# "20240712" (not a run of digits of another length, such as a Unix time)
PUBLISHED_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\d{4})?(?!\d)")
# a year said as when something happened: "in 2021", "Budapest in 2023", "in the edition of 2020" (translated)
IN_YEAR = re.compile(r"\bin\s+(?:the\s+(?:edition|running)\s+of\s+)?(?P<year>(?:19|20)\d\d)\b")
# an edition opening a sentence, named by its place and year: "Compare London 2012.", "1960 Rome, Peter Snell: 1:46.3"
EDITION_OPENING = re.compile(
    r"\s*(?:(?:(?i:in|at|compare|remember|back\s+in)\s+)?(?-i:[A-Z][a-z]+)\s+(?P<year>(?:19|20)\d\d)|(?P<year2>(?:19|20)\d\d)\s+(?-i:[A-Z][a-z]+))\b(?![-–/:]\d)"
)
# a full date: "May 25, 2024", "30 May 2024", "Sept. 24, 2023" (its year dates the article's race)
FULL_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# a time from an earlier round of the championship reported: "won her semi-final in 10.84"; the heat
# of the weather is none ("a night of great heat", "the heat and humidity")
_WEATHER_BEFORE_HEAT = ("great", "intense", "extreme", "searing", "sweltering", "stifling", "oppressive", "humid", "summer",
                        "midday", "afternoon", "tropical", "blistering", "scorching", "baking", "of",  # "full of heat" (not "winner of heat two")
                        "dead", "up the", "steamy")  # "ended in a dead heat", "turned up the heat", "in Thursday's steamy heat"
ROUND_CUE = re.compile(
    # ("third in his semi", "won the first semi": a bare "semi" after a possessive or an ordinal)
    r"\b(?:semi-?finals?|semis|(?:(?<=his )|(?<=her )|(?<=their )|(?<=first )|(?<=second )|(?<=third )|(?<=fourth )|(?<=other ))semi(?![-‐])|"
    + "".join(rf"(?<!{w} )" for w in _WEATHER_BEFORE_HEAT)
    # (not "the heat of the moment", "the heat of Tokyo"; "his heat of the 1,500m" is one; nor "With no heats necessary")
    + r"(?<!\bno )(?<!\bwithout )heats?(?!\s+(?:and\s+humidity|wave|index|of\s+(?:the\s+)?(?:moment|day|night|battle|summer|afternoon|(?-i:[A-Z]))))|(?<=of )heat\s+(?:\d|one|two|three|four|five|six|seven|eight)\b|prelim(?:inar(?:y|ies))?s?|"
    r"(?<!olympic )(?<!world )qualif(?:ying|ier|ication)\s+(?:round|race)|had\s+qualified|(?<=in the )series|(?<=the )fore-?runs?\b|"  # "had
    # qualified on Thursday with 7:52.34 in the series" (translated: "las series"), "in the forerun already 7,92" (German: "Vorlauf")
    r"(?:fastest|quickest|top)\s+qualifier(?!\s+for\s+the\s+(?:olympic|world|national)\b)|"  # (not "the top qualifier for the Olympic team")
    r"time\s+qualifier|(?:first|opening)\s+round(?!\s+of\s+the\b)|"  # (not "the opening round of the Diamond League")
    # "had only qualified from the series with the eighth time" (translated: French "séries", heats); "eliminated with 8:21.44"
    r"qualified\s+(?:from|through|out\s+of)\s+(?:the\s+)?(?:series|rounds?)|eliminated|"
    # translated Portuguese, Spanish and Italian heats ("bateria", "batería", "batteria", "eliminatórias"): "won the second
    # battery with 1min49s30", "In the morning eliminatories" (not "a battery of tests", "his watch battery died")
    r"(?:" + "|".join(rf"(?<={w} )" for w in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "same",
                                                "other", "their", "his", "her")) + r")batter(?:y|ies)(?!\s+(?:of|died|ran)\b)|"
    r"eliminator(?:y|ies))\b",
    re.IGNORECASE,
)
# the round a cue names: a semi-final, or the heats (the first round, prelims, a qualifying round, the "series" of a
# translation, German's Vorlauf translated "forerun"); "eliminated", "fastest qualifier" name neither
SEMI_ROUND = re.compile(r"\bsemi", re.IGNORECASE)
ROUND_REACHED_BEFORE = re.compile(r"\b(?:for|to|into|reach|reached|reaching)\s+the\s+$", re.IGNORECASE)  # "qualifier for the semi-finals"
HEAT_WORD = re.compile(r"heats?", re.IGNORECASE)
# the semi-finals as the setting of what a sentence tells ("In the semi-finals, Warholm won his heat", "the semifinal
# heats"), not as where a heat led ("won his heat to reach the semi-finals", "the fastest qualifier for the semis")
SEMI_SETTING = re.compile(r"\b(?:in|during|from|through)\s+(?:the\s+|[A-Z][a-z]+['’]s\s+)?semi-?finals?\b|\bsemi-?final\s+heats?\b",
                          re.IGNORECASE)
HEATS_ROUND = re.compile(r"\b(?:heats?|prelim|preliminar|first\s+round|opening\s+round|series|trials|qualif(?:ying|ication)\s+(?:round|race)|fore-?runs?\b)",
                         re.IGNORECASE)
# a win of a round the sentence before named, the round not named again: "Coleman won the first in 6.46", "El Bakkali
# had won his with 8:10.62"
ROUND_WON_AFTER = re.compile(r"\s+(?:the\s+(?:first|second|third|fourth|fifth|sixth|last|other)|his|hers|theirs)\s+(?:in|with)\b", re.IGNORECASE)
# an earlier round a relative clause is about: "in Thursday's semi-final, which she won in a controlled 2:03.64"
ROUND_THEN_WHICH = re.compile(
    r"\b(?:semi-?finals?|semis|heats?|prelims?|preliminar(?:y|ies)|qualif(?:ying|ier)\s+(?:round|race)|first\s+round)\s*,\s*(?:which|where|in\s+which)\b",
    re.IGNORECASE,
)
# a club's name with a number in it, the word after the number no one's name: "Tsegay Kidanu of Mekelle 70 Enderta was third"
NUMBERED_CLUB_BEFORE = re.compile(r"(?:\bof|\()[ \t]*(?-i:[A-Z][\w'’-]+)[ \t]+\d{2,3}[ \t]+$")  # (said of a runner or in a row's bracket: not a
# point of the course, "At Mile 20 Geay still led", "At Km 35 Korir"; no year: "at Tokyo 2020 Kipchoge won")
# a run opening with a capitalised "The" and two words more, written right after a lower-case word (`athletes.find_candidates`)
TITLED_THE_RUN = re.compile(r"The\s+(\S+)\s+\S")
LOWER_WORD_RIGHT_BEFORE = re.compile(r"\b[a-z]+[ \t]+$")
# a number joined to a name by a colon, no space: a race's brand ("the Zatopek:10"), not a person
BRAND_NUMBER_AFTER = re.compile(r":\d")
# ... or a road distance in figures right after a name: a race named after its place ("10k 40:55 (Cardiff Bay 10k '22)",
# "the Tonbridge 10k", "Saturday's Wallowa Divide 50 Mile"), not a person
ROAD_RACE_NAME_AFTER = re.compile(  # (not a runner's mark of the distance: "Beatrice Chebet 10km world record", "Kiplimo 10k debut")
    r"[ \t]+\d{1,3}(?:[.,]\d)?(?:\s?(?:k|K|km)|[ \t]Miler?s?)\b(?!\s+(?i:world|course|record|title|debut|best|personal|PB|PR|win|victory|gold|champion|plans?)\b)"
    r"(?![ \t]*(?:in[ \t]+)?\d{1,2}[:.]\d)")  # (nor a runner's own distance and time in a list: "Jane Smith 10k 34:55")
# a round's own time right after it: "was fourth in 7.93 after a heat time of 7.95", "the heats in 7.83"
ROUND_TIME_AFTER = re.compile(r"(?:\s+(?:time|mark|win|best))?\s+(?:of|in|with)\s+\d")
# an earlier round named right after its time: "10.12 (+0.6) in Friday's heats", "10.08 in his semi", "the fastest time
# of the championships, 10.29, in his heat"
ROUND_AFTER = re.compile(
    r"\s*(?:\([^()]{0,12}\)\s*)?(?:,\s*(?=(?:in|from)\s+[^,.;]{0,30}?\b(?:heats?|semis?|semi-?finals?|prelims?)\s*[.,;)]))?(?:in|from)\s+(?:(?:his|her|their|the|a|[A-Z][a-z]+['’]s)\s+)?(?:first-round\s+)?"
    r"(?:heats?|semis?|semi-?finals?|prelims?|preliminar(?:y|ies)|first\s+round|(?-i:trials))\b",  # "in Friday's trials"
    re.IGNORECASE,
)
# the final named right after its time: "improved to 7.02 in the final"
FINAL_AFTER = re.compile(r"\s+in\s+the\s+(?:[\w,]+\s+){0,2}?final\b", re.IGNORECASE)  # "in the final", "in the 100m final"
# "in the heat" of a sentence that opens a paragraph, which may be the weather ("crawled through halfway in 14:05.33
# in the heat"): no round said of the whole paragraph
WEATHER_HEAT_BEFORE = re.compile(r"\bin\s+the\s+$", re.IGNORECASE)
# the final named after a round, before a time: "7.52 in his heat and improved again in the final, where he placed
# third in 7.50" (the time is the final's), or said as the final's event, its title or its gold: "won her semi in 21.91
# and then took gold in 21.83", "before taking the 200m final in", "captured the 400m hurdles title", "the 200m crown"
FINAL_SAID = re.compile(
    r"\b(?:the|its|her|his|their)\s+(?:[\w'’-]+\s+){0,3}?final\b(?!\s+(?:heats?|rounds?|qualif))|\b(?:title|crown|gold)\b", re.IGNORECASE
)
# a preposition before a distance, capitalised as a sentence opens: a point of the race ("By 10K (41:51) we had settled"),
# not a road race's name ("the Cardiff Bay 10K")
POINT_NOT_RACE_NAME = re.compile(r"(?:By|At|After|Before|Through|Past|Until|From|To|Around|Near)\s+\d")
# words joined to "-Marathon" that name no city: "the Pre-Marathon press conference", "the Olympia-Marathon" (translated)
NOT_A_CITY_BEFORE_MARATHON = frozenset("pre post mini midi maxi semi anti non olympia olympic ultra super".split())
# a relay team opening a sentence as its subject: "The 4x400 relay team of Pierce, Whitlock, Moe and Trey Dahl closed the
# meet by finishing second in 3:15.62" (not a meeting's name: "At the Penn Relays on Saturday, Nuguse won")
RELAY_SUBJECT_OPENING = re.compile(
    r"\s*(?:The|Their|Our|(?-i:[A-Z])[\w.'’-]*['’]s?)\s+(?:(?:men|women)['’]s\s+|(?:boys|girls)['’]?\s+)?(?:\d\s?[x×]\s?\d{3}\s?(?:m|metres?|meters?)?|"
    r"distance\s+medley|DMR|medley)\s+(?:relay\s+)?(?:team|squad|quartet|foursome)\b|\s*(?:The|Their|Our)\s+relay\s+(?:team|squad|quartet|foursome)\b",
    re.IGNORECASE,
)
# a relay, whose time is a team's, not an athlete's: "the 4x100m relay", "4 x 400 metres", "the relay"
# (not a relay named in a title: "the Commonwealth relay champion produced a strong finish to win the final in 7.08")
# a relay team told by its runners: "the team of Seville, Blake, Powell and Thompson had clocked 38.04" (the team's time)
TEAM_OF_RUNNERS = re.compile(r"\b(?:quartet|foursome|team|squad)\s+of\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?,\s+(?-i:[A-Z])", re.IGNORECASE)
# a results list's heading naming a relay ("Women's Distance Medley Relay", "Men's 4x400m"; not a meeting named for its relays,
# "Penn Relays 1500m", "Texas Relays results")
RELAY_HEADING = re.compile(r"[ \t]*(?=[^,:\n]{0,48}$)(?![^\n]*\b(?:splits?|legs?|laps?)\b)[^\n]*?(?:\b\d\s?[x×]\s?\d{3}(?:\s?m)?\b|\bDMR\b|\bdistance\s+medley\b|\bmedley\s+relay\b)",
                           re.IGNORECASE | re.MULTILINE)  # (a short line naming the relay's legs: not "Relay for Life 5K", "Fastest relay
# legs", "Penn Relay Carnival - Men's 1500m", nor a sentence: "The meet closed with the 4x400m relay, but first the mile:")
RELAY = re.compile(r"(?:\b\d\s?[x×]\s?\d{3}\s?(?:m|metres?|meters?)?\b|\brelays?\b|\bDMR\b|\bmedley\b|\b(?:stafett|stafetten|stafetter|stafet|stafette|estafette|staffetta|staffel|estafeta|relevos|relais)\b)"
                   r"(?!\s+(?:(?:world|olympic|european|commonwealth)\s+)?(?:gold\s+|silver\s+|bronze\s+)?(?:champions?|medall?ists?)\b)", re.IGNORECASE)
# a meeting named for its relays, no relay of itself: "won the 100m at the Texas Relays in 10.05", "her PR of 4:25.8 from the
# Oregon Relays"; a relay there is told by its team, legs or distances ("led the American quartet to victory at the World
# Relays in 37.40", "won the 4xMile at the Penn Relays", "anchored Iowa State to victory at the Drake Relays")
RELAY_MEETING = re.compile(r"\b(?-i:[A-Z])[\w'’.-]+\s+(?-i:Relays)\b")
RELAY_AT_RELAYS = re.compile(
    r"\b(?:quartet|foursome|team|squad|legs?|anchor(?:ed|ing|s)?|lead-?off|split|baton)\b|\b\d\s?(?:x|×|-by-)\s?(?:\d{3,4}|mile)", re.IGNORECASE
)
# a results line: "Men's 4x400 USA vs. the World: 1. USA Red ...", "1. Kenny Bednarek 19.95"
START_LIST_BEFORE = re.compile(r"\b(?:start\s*lists?|entry\s+lists?|entries|seedings?|seeded|personal\s+bests\s+shown|line-?ups?)\b", re.IGNORECASE)
ROW_SEPARATOR = re.compile(r"(?<=\d)(?:\s*secs?\b)?[ \t]*[,;][ \t]*(?=[^\W\d])")
RESULTS_LINE = re.compile(r"[ \t]*(?:(?:Men|Women)['’]s\b[^:\n]{0,60}:|\d{1,2}[.)]\s)", re.IGNORECASE)
# a relay's legs, said in a sentence of their own: "Norwood (44.92), Deadmon (44.61) and Bailey (45.02) ran the first three
# legs", "Hall was timed at 43.86 on the anchor", "Holmes split 49.58 on the third leg"
RELAY_LEG = re.compile(r"\b(?:legs?|anchor(?:ed|ing|s)?|baton|lead-?off)\b", re.IGNORECASE)
# a comparison before an event: "treated the downhill start like a 10K", "The 3K was the opposite of the mile" (not the race;
# nor is one a clause then tells of: "the mirror image of the 5000m, which Gidey won in 14:07.94", "Unlike the 1500m, where")
# a time converted to another distance: "a 3:59.41 mile is worth about 3:41 for 1,500 meters", "equivalent to a 3:30 1500m"
# (the distance is no race of the text's)
CONVERSION_BEFORE = re.compile(r"\b(?:worth|equivalent\s+to|equates?\s+to|converts?\s+(?:in)?to)\s+(?:about\s+|roughly\s+|around\s+|some\s+|an?\s+)?"
                               r"\d[\d:.,]*\s+(?:(?:for|over|in)\s+(?:the\s+|a\s+)?)?$", re.IGNORECASE)
# a height climbed or stood at, no race: "the famous climb of more than 300 metres of positive difference in level" (French
# translated), "1,200 metres of climbing", "an ascent of 450m", "at 2,400 metres above sea level", "2,400m altitude"
HEIGHT_AFTER = re.compile(r"\s+(?:of\s+(?:(?:positive|negative|vertical|total)\s+)?(?:climbing|ascent|descent|elevation|vertical|difference\s+in\s+"
                          r"(?:level|height))|(?:of\s+)?(?:altitude|elevation)(?![\w-])|above\s+sea)\b", re.IGNORECASE)  # (not "the 100m
# altitude-assisted race", "the 12km climb to the summit", "the 1500m high school race", "the 200m gaining on")
# ... or a distance in metres (not kilometres: "the 12km climb to the summit" is a race) before a climb's word: "A 300m climb to
# the finish", "a 1500m ascent", "the 1000m vertical", "a 3,000m drop", "1500m high at Chamonix" (not "high school", "high-altitude")
CLIMB_AFTER = re.compile(r"\s+(?:climb|ascent|descent|drop|vertical|high(?![\w-])(?!\s+(?:school|jump|hurdles)))\b", re.IGNORECASE)
# ... or a distance in metres after a fell race's length and a slash, its climb: "KENTMERE HORSESHOE (BM, 19km / 1,000m)"
CLIMB_SLASH_BEFORE = re.compile(r"\d\s?(?:km|miles?)\s*/\s*$", re.IGNORECASE)
HEIGHT_BEFORE = re.compile(r"\b(?:climb|ascent|descent|rise|elevation|altitude|height|drop)\s+of\s+(?:(?:more|less)\s+than\s+|about\s+|some\s+|over\s+|"
                           r"nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE)
SIMILE_BEFORE = re.compile(
    r"\b(?:(?:like|as\s+if\s+it\s+were)\s+(?:a|an)|(?:(?:the|a)\s+)?(?:opposite|reverse|mirror\s+image)\s+of\s+the)\s+$",
    re.IGNORECASE)
CLAUSE_OF_EVENT_AFTER = re.compile(r"\s*,?\s*(?:where|which|in\s+which|when|that)\b", re.IGNORECASE)
# a qualifying standard: kept as a time of no race, not a result ("the Olympic qualifying standard of 3:33.50")
# a standard said in a clause of its own before its time: "the Olympic standard, which is set at a daunting 27:28.00" (not US
# copy's record of a meet or a school: "a new facility standard, which is a blistering 8:45.12")
_STANDARD_WORDS = r"standard|norm|minimum"
STANDARD_WORD = re.compile(_STANDARD_WORDS, re.IGNORECASE)  # the cheap test before `STANDARD_IN_A_CLAUSE_BEFORE`
_STANDARD_IN_A_CLAUSE = (rf"(?<!new\s)(?<!school\s)(?<!facility\s)(?<!meet\s)(?<!course\s)(?<!stadium\s)(?<!track\s)\b(?:{_STANDARD_WORDS})"
                         rf"(?:\s+(?:of|for)\s+(?!the\s+(?:race|field|day)\b)[^.;:!?\n,()]{{1,50}}?)?"  # (a body's or a rank's after it: "the norm of the
                         # master of sport, which is 2:20:00", Russian copy translated)
                         rf"(?:,?\s+(?:which|that)\s+(?:is|was|stands|stood)\s+(?:set\s+)?(?:at\s+)?(?:an?\s+[\w-]+\s+)?"
                         r"|\b[^.;:!?\n]{0,60}?(?:,\s*|\s+(?:which|that)\s+(?:is|was|has\s+been)\s+)(?:already\s+)?fixed\s+(?:at|in)\s+)$")  # (translated: "the standard of Athletics Canada for the
# Universiades, fixed at 32:50", "the minimum of the federation for the European Championship, fixed in 1:01:30", "which was fixed at";
# the participle right after the comma, no runner's clause: not "Well below the minimum for Budapest, Battocletti fixed in 14:41.30
# her new personal best", "Rossi was pegged at")
STANDARD_IN_A_CLAUSE_BEFORE = re.compile(_STANDARD_IN_A_CLAUSE, re.IGNORECASE)
# the second of two standards, an event's each: "the internal standard of 27:40.00 in the 10,000m or 15:05.00 in the women's 5000m"
_STANDARD_PAIR = r"\bstandards?\s+of\s+\d[\d:.,]*\d\s+(?:in|for)\s+the\s+(?:[\w’'-]+\s+){0,2}?[\d,.]+\s?m\s+(?:or|and)\s+$"
STANDARD_PAIR_BEFORE = re.compile(_STANDARD_PAIR, re.IGNORECASE)
# ... or a body's limit said before its verb: "The Hungarian federation (MASZ) limit for the European Championship is 2:31:00"
_BODY_LIMIT = (r"\b(?:federation|association|federal)(?:['’]s)?\s+(?:\([^()\n]{1,12}\)\s+)?(?:norm|minimum|limit)"
               r"(?:(?:\s+(?:of|for)\s+(?!the\s+(?:race|field|day)\b)[^.;:!?\n,()]{1,60}?)?\s+(?:is|was|stands\s+at|remains)|\s+of)\s+$")
# ("The federation's limit remains 2:15:00", "under the federation limit of 2:19:00")
BODY_LIMIT_BEFORE = re.compile(_BODY_LIMIT, re.IGNORECASE)
STANDARD_BEFORE = re.compile(  # (the "entry standard" of; "the Olympic minimum (2h08'10)")
    rf"\b(?:standard|norm|{_MINIMUM}|(?:qualifying|entry|qualification)\s+(?:time|mark)|"
    r"(?:(?-i:[A-Z]{2,4})|qualifying|entry|qualification)\s+requirement|qualifier)[\"”’']?\s*"  # ("the EC requirement of 13.15,00",
    # translated; "the BUCS Indoors qualifier of 1:55.50")
    r"(?:\(\s*|of\s+|is\s+|was\s+)?$"  # (translated: "below the minimum of 2h06:30 demanded by World Athletics")
    r"|\b(?:qualifying|entry|olympic)\s+standard,\s*$"  # "The entry standard, 1:46.00, is" (not "a new school standard, 13:45.22,")
    r"|\bthe\s+(?:(?:(?!(?:new|school|facility|meet|course|stadium|track|state|world|national|club|county)\b)[\w’'-]+\s+){1,3}(?:norm|minimum|limit)"
    r"(?:\s+(?:of|for)\s+(?!the\s+(?:race|field|day)\b)[^.;:!?\n,()]{1,60}?)?"
    r"|(?:norm|minimum|limit)\s+(?:of|for)\s+(?!the\s+(?:race|field|day)\b)[^.;:!?\n,()]{1,60}?),\s*$"  # ... or any body's, its time in apposition,
    # a word before or a body after the noun (not "pushed herself to the limit, 15:01.22, winning")
    # (translated: "the norm of Estonian federation for the European championships, 2:29:00, remains", "The federal minimum, 2:11:00,",
    # "the European Championships limit of the Finnish Athletics Federation, 9.30,00.")
    rf"|{_BODY_LIMIT}"
    rf"|{_STANDARD_PAIR}"
    rf"|{_AT_LEAST_TO_RUN}\s*$"
    r"|\bthe\s+setting\s+(?:time|record)\s+$"  # Japanese copy translated: "cleared the setting record 2 hours 23 minutes 00 seconds"
    rf"|{_STANDARD_IN_A_CLAUSE}"
    r"|\bthe\s+(?:(?:men|women)[’']s\s+)?(?:minimum|(?:qualifying|entry|olympic)\s+standard)\s+(?:(?:demanded|required|needed|set)\s+)?for\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}[\w’'-]+(?:\s*\(|,)\s*$",  # "the minimum for the World of
    re.IGNORECASE)  # Glasgow (3:36.00)" (translated; read over 60 characters before the time; not "raised the standard for the event"),
# "The women's qualifying standard for Tokyo, 30:20.00, remains her next target"
STANDARD_REACH = 80
# ... or a selection's mark told with its event before the verb: "the selection mark for the 10,000m is 32:30"
# ... not one a runner ran or owns: "..., run by Birhanu Legese", "was 13:25.10 by Ali Kaya", "2:06:30, Kipchoge's winning time",
# "which she ran in Nairobi"; "Ivan Petrov's qualifying time for ... is"
SELECTION_MARK_OWNED_AFTER = re.compile(r"\s*,?\s+(?:run\s+by|set\s+by|by)\s+(?-i:[A-Z])|\s*,\s*(?-i:[A-Z])[\w'’-]*['’]s\s|"
                                        r"\s*,?\s+(?:which|that)\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+(?:ran|clocked|set)\b")
SELECTION_MARK_OWNER_BEFORE = re.compile(r"(?:\b(?i:his|her|their)|(?<!Athletics\s)(?<!Federation\s)(?<!Association\s)\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+['’]s)"
                                         r"\s+(?i:selection|qualifying|entry|qualification)\s+(?i:time|mark|standard)\b[^.;!?]*$")  # (a runner's
# full name: not a body's, "Athletics New Zealand's selection mark for the 10,000m is 32:30")
SELECTION_MARK_BEFORE = re.compile(r"\b(?:selection|qualifying|entry|qualification)\s+(?:time|mark|standard)\s+"
                                   r"(?:for\s+(?:the\s+)?[\w,.-]+\s+(?:[\w.-]+\s+)?(?:(?:of|in|at|for)\s+(?:the\s+)?[\w,.-]+\s+(?:[\w.-]+\s+)?){0,3})?"  # ("The qualifying time for the
                                   r"(?:is|was|will\s+be|stands\s+at)\s+$"  # team of Thailand in the SEA Games is 2:30:00", translated)
                                   r"|(?<!ran\s)(?<!clocked\s)\bthe\s+minimum\s+(?:mark|time)\s+of\s+$", re.IGNORECASE)  # ("which gives her the minimum mark of 2:29:30
# that the Federation demands", Spanish translated)
# a standard named around its time: "a long way from the 1:59.00 standard" (after "the"); or standards listed after their
# verb, each sex's: "The World Athletics standards for Tokyo in the metric mile are 3:33.50 for men and 4:01.50 for women",
# "The Tokyo standards are 13:01.00 (men) and 14:50.00 (women)"; the championships' name between: "the 1:44.50 Tokyo standard"
RAN_THE_BEFORE = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)\b(?:ran|clocked)\s+the\s+$", re.IGNORECASE)  # ... one run ("ran the 13:05.00
# Paris standard exactly"; not "dipped under the 13:05 standard", "needs to run the 1:44.50 Tokyo standard", "has run the ...
# standard twice": the standard)
STANDARD_WORD_AFTER = re.compile(r"\s*(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:standard|(?:selection|qualifying|qualification|entry)\s+(?:mark|time))\b"
                                 r"(?!\s+(?:he|she|they)\s+(?:ran|clocked|achieved|hit|recorded)\b)"
                                 r"(?!\s+(?:(?:he|she|they)\s+)?set\b(?!\s+by\s+the\s+(?:(?-i:[A-Z]{2,})\b|(?:[\w'’-]+\s+){0,3}(?:federation|"
                                 r"selectors?|association|governing|organi[sz]ers|committee|union|body)\b)))", re.IGNORECASE)  # ("the 1:45.00 selection mark set
# by the JAAA": a federation's)  # (not "the 3:58 standard he set
# as a high schooler", "The 2:01:09 standard set by Kipchoge")
# ... or a body's standard said after it: "under the 1:47.00 England Athletics have set as the selection mark", "dip under the
# 1:05:00 mark Welsh Athletics has set for selection"
STANDARD_SET_AS_AFTER = re.compile(r"\s+(?:mark\s+|time\s+)?(?:(?:that\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:have|has|had)\s+(?:set|fixed|named)\s+"
                                   r"|(?:set|fixed)\s+by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3})"
                                   r"(?:as\s+(?:the|a|their|its)\s+(?:[\w-]+\s+){0,2}(?:selection|qualifying|qualification|entry)\s+(?:mark|standard|time)\b"
                                   r"|for\s+(?:selection|qualification|qualifying)\b)", re.IGNORECASE)  # ("the 4:04.20 mark set by Scottish
# Athletics for selection", "the 1:47.00 that England Athletics has set as the selection standard")
STANDARDS_LISTED_BEFORE = re.compile(  # (not "The standard of the race was high, and the winning time was 13:05.20")
    # (and "The standard in the men's 5,000m is 13:25.00", a distance's thousands comma no clause's)
    r"\b(?:(?:standards|(?:qualifying|entry|olympic)\s+standard|standard\s+(?:for|in)(?=\s+the\s))\b(?:[^.;:!?\n,]|(?<=\d),(?=\d)){0,60}?|standard(?:\s+(?!of\b)[\w-]+){0,2})"
    r"\s+(?:is|are|was|were)\s+(?:\d[\d:.,]*\s*(?:\((?:for\s+)?(?:the\s+)?(?:men|women)\)|"
    r"for\s+(?:the\s+)?(?:men|women))\s*(?:,\s*(?:and\s+)?|and\s+))*$"
    rf"|{_AT_LEAST_TO_RUN}\s*$", re.IGNORECASE)  # ("must run at least 28:30 for the men and 32:30 for the women")
# "last year" (a forum's "last yr"), "that June", "in 1985", "two years ago", "previously", "back in", "back on June 2", "the previous weekend",
# "had come into the race with": the sentence is about the past
# a season's best said as someone's standing mark: "Rogers, whose season's best is 31:02.51"
SEASON_BEST_IS_BEFORE = re.compile(  # (and "Milkesa, whose personal best in the half marathon is 59:27")
    r"\b(?:whose|his|her|their)\s+(?:season['’]s\s+best|(?:personal|lifetime|career)\s+(?:best|record)|best(?:\s+time)?)"
    r"(?:\s+(?:in|over|at|for)\s+(?:the\s+)?(?:half[\s-]marathon|marathon|mile|steeplechase|\d[\d,.]*\s?(?:m|km|metres?|meters?)))?"
    r"(?:\s+on\s+the\s+(?:track|roads?))?\s+(?:is|was|stands\s+at|of)\s+$",  # ("whose best over 10,000m on the track is 27:18.44")  # ("whose best time over the half marathon stands at 1:11:02", German copy translated)
    re.IGNORECASE,
)
# ... or a best said to have been it until this race, its owner the sentence's subject or the one the text is about: "Until now
# the best result of the Kaunas runner was 2:23:40" (translated)
PRIOR_BEST_WAS_BEFORE = re.compile(
    r"\b(?:until|up\s+to)\s+(?:now|today|this\s+race)\s*,?\s+(?:the|his|her|their)\s+best\s+(?:result|time|mark)"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+(?:was|had\s+been|stood\s+at)\s+$"
    r"|\b(?:his|her|their)\s+(?:personal\s+)?(?:best|record|mark)(?:\s+time)?\s+(?:stood|was|had\s+been)\s+(?:until\s+(?:now|then|today)|"
    r"previously|before)\s+(?:at\s+|on\s+)?$"  # ("His personal record stood until now at 8:09.15", French translated)
    r"|\b(?:earlier|previously|before|until\s+now|so\s+far|up\s+to\s+now)\s+had\s+(?:the|a|his|her|their)\s+best\s+(?:result|time|mark)\s+(?:of\s+)?$"
    # ("who until now had a best time of 2:06:58 from Eindhoven", German translated); a best said to have stood there before, taken
    # up by a pronoun: "improved his personal best by over a minute, it stood before at 2:11:02"
    r"|\b(?:best|record|mark|PB|PR)\b[^.;!?\n]{0,40}?,\s+(?:it|which)\s+(?:had\s+)?(?:stood|was)\s+(?:before|previously)\s+(?:at\s+|on\s+)?$"
    # "Tulegenava earlier
    # had the best result 2:40:31" (Russian copy translated); the best before, in brackets after the new one: "refreshed his personal
    # best result (before was 2:11:48)", "personal mark (before he had 2:08:40)" (Chinese and Spanish translated)
    r"|\b(?:best|mark|record|PB|PR)\b[^()\n]{0,25}\(\s*(?:before|previously|formerly)\b\s*(?:(?:it\s+)?was|(?:he|she|they)\s+had|had|:)?\s*$",
    re.IGNORECASE)
# ... or a sentence of its own after the new best, opened by "Before," (Norwegian translated: "Before, Saele had 15:09.80"), unless a
# round of this meeting follows the time ("Before, she had 15:09.80 in the heats": a result)
BEFORE_SHE_HAD_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:Before|Previously|Until\s+now|Until\s+then),\s+"  # (not "Before that, she had
                                   # 4:05.10 in the 1500m on Friday": the meeting's earlier race)
                                   r"(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?|he|she)\s+had\s+$", re.IGNORECASE)
ROUND_AFTER_TIME = re.compile(r"\s+(?:in|from)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:heats?|semi-?finals?|semis|prelims?|preliminar\w*|"
                              r"qualif\w*|first\s+round|opening\s+round|final)\b"
                              # (not a round of another meeting, dated or named by its place: "in his qualifying heat at the 2022
                              # Europeans", "from the heats at the Tokyo Olympics"; this one's: "in the heats on Friday at the same
                              # championships")
                              r"(?![^.;!?\n]{0,50}\b(?:(?:19|20)\d\d\b|at\s+the\s+(?-i:[A-Z])[a-z]+\s+(?-i:Olympics|Games|Europeans|Worlds)\b))",
                              re.IGNORECASE)
# ... or a best run before, said after "after" ("after a personal best of 1:08:20 at the Inverness Half Marathon in March"; not "won
# with a personal best of 27:12", the race's own), where a race or a past cue follows it (`results.old_mark`)
AFTER_A_BEST_BEFORE = re.compile(r"\b(?:after|following)\s+(?:a|an|his|her|their)\s+(?:new\s+)?(?:personal|season['’]?s?|lifetime|career)[\s-]+"
                                 r"(?:best|record)\s+(?:of\s+)?$", re.IGNORECASE)
# ... or one had "as" a mark, as Spanish copy translated says it: "The Ethiopian winner had as best personal mark 2:05:40" (before
# the time), "who had 2:28:02 as mark" (around it)
HAD_AS_MARK_BEFORE = re.compile(r"\b(?:had|has|having)\s+as\s+(?:(?:his|her|their)\s+)?(?:(?:best|personal|previous)\s+){1,2}(?:mark|time|record)\s+$",
                                re.IGNORECASE)
HAD_RIGHT_BEFORE = re.compile(r"\b(?:had|has|having)\s+$", re.IGNORECASE)
AS_MARK_AFTER = re.compile(r"\s+as\s+(?:(?:his|her|their)\s+)?(?:(?:best|personal|previous)\s+){0,2}(?:mark|best|record)\b", re.IGNORECASE)
# a run's word right after a distance: "a 10km run", "the 10km run" (a run of a race walk's distance, named so)
RUN_WORD_AFTER = re.compile(r"[\s-]+run\b", re.IGNORECASE)
# a sentence that opens on what is still to come: "Next up: the Kirkintilloch Canal 10k on 5 October", "Coming up next weekend:
# the Inter-Counties" (not "Next up was Jonathan Mears in 18:59", the next finisher, nor "Coming up the final hill", "Next up on
# the track, the 5000m was won by", "Next up for the men was the mile")
NEXT_RACE_OPENING = re.compile(r"\s*(?:next\s+up|up\s+next|coming\s+up)(?:\s+(?:next|this|later)(?:\s+\w+){0,2})?\s*:", re.IGNORECASE)
# a day of the last week, dating a relative clause's race before the one told ("Gudaf Tsegay, who won the 10,000m last Sunday in
# 31:27.18, pushed to the front": not this sentence's race; read only in such a clause, where it is an aside's)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
LAST_WEEKDAY = re.compile(rf"\blast\s+{_WEEKDAY}\b", re.IGNORECASE)
# ... of them, a season's or a year's (`context`: not "last weekend", a club weekly's races told)
DISTANT_PAST_CUE = re.compile(r"(?:last|that|the\s+previous|the\s+past)\s+(?:year|yr|season|summer|winter|spring|autumn|fall)\b"
                              r"|(?:years?|seasons?|summers?|winters?|springs?|autumns?)\s+ago\b", re.IGNORECASE)
PAST_CUE = re.compile(
    r"\b(?:(?:last|that|the\s+previous|the\s+past)\s+(?:year|yr|season|summer|winter|spring|autumn|fall|month|weekend|week|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?!['’]s\s+(?:champion|winner|runner-up)\s+(?-i:[A-Z]))|(?:years?|months?|weeks?|fortnights?|days|summers?|winters?|seasons?|springs?|autumns?)\s+ago|previously|"
    r"back\s+(?:in|on)\s+(?:the\s+)?(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|fall|winter|day)|in\s+(?:the\s+year\s+|the\s+(?:edition|running)\s+of\s+|the\s+(?=\d{4},\s+[^\W\d]))?(?:19|20)\d\d|"  # ("in the 1998, Hicham El Guerrouj
    # has run", translated: "nel 1998"; not a distance: "the world record in the 2000, 4'43"13")
    r"earlier\s+(?:this|in\s+the)\s+(?:year|season|month|summer|winter|spring|autumn|fall)|"
    r"(?<=\bon\sthe\strack\s)in\s+the\s+(?:summer|winter|spring|autumn)\b(?=\s*(?:[,.;!?]|and\b|but\b))|"  # a cross country's runner's track
    # season: "Ella ran 4:41 for 1500m on the track in the summer." (not "in the fall", a tumble's too)
    r"entering|coming\s+into|going\s+into|heading\s+into|"
    r"(?:came|come|arrived)\s+(?:in)?to\s+(?:the|this|that)\s+(?:race|final|meeting|meet|championships?|season|contest|competition|event)\s+with|"
    r"(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?)\s+later|"
    # (a week or weeks later, not a race put off: "Two weeks later than planned", "took place a week later", "Staged a week later")
    r"(?<!place\s)(?<!staged\s)(?<!held\s)(?<!moved\s)(?<!postponed\s)(?<!ahead\s)(?:a|one|two|three|\d+)\s+weeks?\s+later(?!\s+than\b)(?!,)|"
    r"later\s+that\s+(?:year|season|summer|winter|month)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d|"  # "In June 2021 she ran"
    r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|seasons?)\s+(?:earlier|before)|"  # "world champion a year earlier in 8:54.29"
    r"\bwho\s+ha(?:s|ve)\s+(?:already\s+)?(?:run|clocked|recorded)|"  # "the Kenyan who has run 3:31.71 for 1500m"
    r"\b(?:has|have)\s+already\s+(?:run|clocked|recorded)\b|"  # "He has already run 7.27 this winter, the world record" (not a live
    # blog's "has already broken clear and wins in")
    r"\bstood\s+as\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}record\b|"  # "whose 7.30 stood as the world record for 27 years until Holloway
    # took it off him" (not "The course record had stood for 15 years until Sunday, when Kibet ran 2:07:44")
    r"set\s+in\s+(?:19|20)\d\d|(?<!stage\swas\s)(?:set|established)\s+(?:at|in|on|during)\s+[^;!?\n]{0,60}?(?:,\s+|\bin\s+|\bof\s+)(?:19|20)\d\d\b|from\s+(?:19|20)\d\d(?!\s+(?-i:[A-Z]))|(?:had|(?<=\w)['’]d)\s+(?:(?:already|only|just|earlier|previously|once)\s+)?(?:won|run|clocked|set(?!\s+(?:the\s+)?(?:tone|stage|scene))|taken|broken|finished|raced|lowered|bettered|smashed)|dat(?:es|ed|ing)\s+(?:back|from)|(?:stood|standing|stands)\s+since|since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d)\b",  # "that since July 2015 belonged to Genzebe Dibaba" (translated); "Masterkova's 4:12.56,
    # set at the Weltklasse meeting on Aug. 14, 1996, had survived"
    re.IGNORECASE,
)
# ... and, said of a whole sentence, the day before it: "ran 18.02 at Victoria Park parkrun the day before" (not "the evening
# before his 7:40 flight", nor a clause's "Having arrived in Oslo only the day before, Faith Kipyegon won the 1500m in 3:50.72")
SENTENCE_PAST_CUE = re.compile(
    PAST_CUE.pattern + r"|(?P<daybefore>\bthe\s+day\s+before\b(?!\s+(?:the|a|an|his|her|their|its|my|our|this|that)\b)"
    r"(?!\s+(?-i:[A-Z]))(?!,))",  # (nor "the day before Christmas")
    re.IGNORECASE)
# a win whose object is another race, not a round: "had already won the 5000m earlier in the week and had strolled through
# his heat" (not "won the 1500m heat", "won the first semi")
OTHER_RACE_WON_AFTER = re.compile(
    r"\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:final|title|crown|gold|\d[\d,.]*\s*(?:m|km|metres|meters|mile)\b"
    r"(?!(?:\s+[\w'’-]+){0,2}?\s+(?:heats?|semi)))",  # (not "won the 3000m steeplechase heat", "the 1500m first-round heat")
    re.IGNORECASE,
)
# a round's win said before its time: "took the second semi in 3:57.40", "topped the second semi-final in 9.86",
# "Benjamin took his in 47.95", "Flanagan took the first heat in a slightly quicker 4:22.18"
ROUND_WIN_BEFORE = re.compile(
    r"\b(?:won|wins|winning|took|takes|taking|taken|topped|tops|topping|claimed|claiming)\s+"
    r"(?:(?:his|her|their)(?:\s+own)?|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|other|opening|fastest))"
    # the round named, then up to the time; or none, the time right after ("took his in", not "took his time in the heats")
    r"(?:\s+(?:first-round\s+)?(?:heat|semi(?:-?final)?|race|one)\b(?![\w-])[^.;!?\d]{0,40}|\s+(?:in|with)\s+(?:a\s+)?(?:[\w-]+\s+)?)$"
    # ... or its number after it: "Kibet took heat three in", "won semi-final 2 in"
    r"|\b(?:won|wins|winning|took|takes|taking|topped|tops|topping)\s+(?:heat|semi(?:-?final)?)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|[1-8])\s+(?:in|with)\s+(?:a\s+)?(?:[\w-]+\s+)?$",  # (not "took heat three out hard but
    # faded to finish in")
    re.IGNORECASE,
)
# which of a round's races, no place: "a brisk 10.03 (+1.9) in the second" (semi-final)
ROUND_NUMBER = re.compile(r"\bin\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|other)\b(?!\s+(?:place|spot|position))",
                          re.IGNORECASE)
# where a clause opens: the final's place said after a round's time is the final's ("2:10.45 in her heat and went on to
# finish fourth in the final")
ROUND_CLAUSE_BREAK = re.compile(r",|\b(?:and|then|before|but|while|whereas)\b", re.IGNORECASE)
# a round of another edition: a year ("his 1983 semi-final", "at the 2022 Commonwealth Games"), or an edition before this
# one ("At the previous Games he won his semi")
ROUND_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
YEAR_OF_ROUND_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+(?:[a-z]+\s+)?$")  # "his 1983 semi-final", "2019 world semi-final"
PREVIOUS_EDITION = re.compile(
    r"\b(?:previous|last|those|that\s+year['’]s)\s+(?:Games|Olympics|Worlds|World\s+Championships|Championships|edition|Trials)\b", re.IGNORECASE
)
# a past cue that is a pluperfect verb ("had won", "she'd run"): an earlier round's time may be told so
PLUPERFECT = re.compile(r"(?:had|\w*['’]d)\s", re.IGNORECASE)
# a sentence opening with a day of the week: "On Friday night she had taken the metric mile in 4:12,48"
WEEKDAY_OPENING = re.compile(r"\s*(?:On|Earlier\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# ... but another meeting's day, or training, where its sentence names a place ("in Stockholm") or training
OTHER_DAY_SAID = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])|\btraining\b|\b(?:days|weeks)\s+(?:before|earlier|ago)\b", re.IGNORECASE)
# a month named alone, without its year: "In June she clocked", "opened at Velocity Fest in April with",
# "in early May" (a month the article's lead does not name is another race's: `Results`)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NAME = re.compile(rf"\b(?:{MONTHS})\b")
PROSE_END = re.compile(r"[.!?…][”\"’')\]]*\s*$")  # a paragraph of prose ends as a sentence does (a headline does not)
MONTH_ALONE = re.compile(
    rf"(?:\b(?i:in|during)|(?<=\d\s)(?i:from))\s+(?:(?i:early|late|mid)[\s-]+)?(?P<month>{MONTHS})\b(?!\s*,?\s*\d)"  # (a time "from September"; not
    # "injury-free from September")
)
# a day of a month without its year: "in Florence on 2 June", "on July 21st" (another race's, where the lead dates the race
# in another month: `Results`)
DAY_MONTH = re.compile(
    rf"\bon\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<month>{MONTHS})|(?P<month_first>{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?)\b(?!\s*,?\s*(?:19|20)\d\d)"
)
# a month in the lead, written out or short: "Published 26 Aug 2023"
LEAD_MONTH = re.compile(rf"\b(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
# what brings a sentence back to the race reported, in a paragraph about the past: "on Thursday night",
# "tonight", "this season", "here"
PRESENT_CUE = re.compile(
    r"\b(?:today|tonight|this\s+(?:week|weekend|evening|afternoon|morning|season|year|summer)|here|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?)\b",
)
# what ends the past a sentence's opening dates, before a later time: "A year ago he was fourth; today he won in
# 3:30.1", and "this time" after an opening with a time of its own: "Crowned in Bathurst in 2023 in 33:48, she imposed
# herself this time in 31:05" (translated), not "Five years later in Tokyo she won again, this time in 3:53.11"
NOW_CUE = re.compile(r"\b(?:(?P<today>today|tonight)|this\s+time)\b", re.IGNORECASE)
# a title after a meeting's name, won there: "the Commonwealth Games winner Oliver Hoare", "the Diamond League champion"
# ... or before it: "The men's marathon champion of Hangzhou Asian Games He Jie ranked the 6th" (a title, not the race)
TITLE_OF_MEETING_BEFORE = re.compile(r"\b(?:champion|winner|medall?ist|titleholder|title-holder)\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
# ... or a year named after it, not a race run there: "at the start of a World Championships year" (not "a World
# Championships season", "team", "squad": the reviews found them said of the championships reported)
MEETING_TITLE_AFTER = re.compile(
    r"[’']?s?\s+(?:(?:gold|silver|bronze)\s+)?(?:winner|champion|medall?ist|finalist|record[\s-]holder|title[\s-]?holder"
    r"|year(?![\s-]+(?:after|on|in|by|opener|round)\b)|cycle|standards?|entry|berth)\b", re.IGNORECASE)  # (not "year after year", "year-opener")
# a medal or title of a championship: "who won Olympic bronze in Paris in 3:52.61" (another race, unless the
# article reports that championship)
CHAMPIONSHIP_MEDAL = re.compile(
    r"\b(?:won|win|winning|took|taking|claimed|earned|collected|landed|bagged|grabbed)\s+(?:the\s+|her\s+|his\s+|an?\s+)?"
    r"(?P<champ>Olympic|[Ww]orld|European|Commonwealth)\s+(?:gold|silver|bronze|title|crown)\b(?!\s*medall?ist)"
)
# "Elsewhere," "In other action," "Meanwhile, at ...": a new race or meeting follows
ELSEWHERE_CUE = re.compile(r"^\W*(?:elsewhere|in\s+other\s+(?:action|news|events?)|away\s+from)\b", re.IGNORECASE)
# ... but not the meeting's other events: "Elsewhere on the programme", "Elsewhere at the meeting", or "Elsewhere in Ostrava"
# when the text has named the meeting's place (`place`); "Elsewhere on the night" (a meeting's one evening; not "on the day",
# which may be another meeting's)
# a medal or title won at a place, right before it: "to take bronze in Paris", "for the title at Eugene"
MEDAL_WON_THERE_BEFORE = re.compile(r"\b(?:gold|silver|bronze|title|crown|medal|victory|win)\s+(?:in|at)\s+$", re.IGNORECASE)
OTHER_PLACE_NAMED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:New\s+)?(?P<place>(?-i:[A-Z])[a-z]+)")  # "at the Eugene Twilight meet"
# where someone lives or trains, before the place: "who trains in Boulder", "who is coached in Bergen by his father"
RESIDENCE_BEFORE = re.compile(
    r"\b(?:trains?|trained|training|lives?|lived|living|based|coached|born|raised|grew\s+up|stud(?:y|ies|ied)|resides?|settled|moved)"
    r"(?:\s+(?:full-time|mostly|now|part-time|there))?\s*$", re.IGNORECASE)
ELSEWHERE_SAME_MEETING = re.compile(
    r"^\W*elsewhere\s+(?:on\s+the\s+(?:programme|program|bill|card|night|evening|afternoon)|at\s+the\s+(?:meet(?:ing)?|stadium|"
    r"championships?|games)|(?:in|at)\s+(?P<place>(?-i:[A-Z])[\w-]+))\b",
    re.IGNORECASE,
)
# "a university race", "at the NCAA": a race outside the main meeting
OTHER_MEETING_CUE = re.compile(r"\b(?:university|college|collegiate|high\s+school|club)\s+(?:race|meet(?:ing)?|competition)\b", re.IGNORECASE)

# ---- record and performance tags -------------------------------------------------------

# each tag with the phrases that give it: "a new British record", "world-leading", "PB"
_NOT_HOLDER_OF = r"(?<!holder of the )(?<!holder of )"  # "the former holder of the world record" names no record set
TAG_PATTERNS: dict[str, re.Pattern[str]] = {
    "world record": re.compile(rf"{_NOT_HOLDER_OF}\bworld\s+records?\b(?![\s-]*holder)|\bWR\b|{_NOT_HOLDER_OF}\brecords?\s+of\s+the\s+world\b", re.IGNORECASE),
    "national record": re.compile(
        rf"{_NOT_HOLDER_OF}\b(?:national|british|american|u\.?s\.?|kenyan|ethiopian|norwegian|jamaican|australian|canadian|"
        r"french|german|italian|spanish|dutch|irish|scottish|english|welsh|japanese|chinese|swedish|belgian|"
        r"polish|swiss|new\s+zealand|south\s+african|ugandan|moroccan|bahraini)\s+(?:(?:men['’]s|women['’]s|mile|all-comers)\s+)*"
        r"(?:records?\b(?![\s-]*holder)|(?:primacy|primate)\s+of(?:\s+\d|\s*$))|\bNR\b|\bAR\b",  # ("Italian primacy of 14:41,30", "his Italian primate of 13:02,26": "primato",
        # translated, its time next or cut off; not "ended the Kenyan primacy in the steeplechase")
        re.IGNORECASE,
    ),
    "area record": re.compile(r"\b(?:european|african|asian|oceanian|area|continental|north\s+american)\s+records?\b", re.IGNORECASE),
    "meeting record": re.compile(r"\b(?:meeting|meet|championship|course|route|stadium|games|event|competition)\s+records?\b|\bMR\b|\bCR\b"
                                r"|\brecords?\s+of\s+the\s+(?:meeting|course|route|championships?|games|stadium|competition)\b",
                                re.IGNORECASE),  # ("the competition record 2:06:19", Chinese translated: 赛会纪录)
    "personal best": re.compile(r"\bpersonal[\s-]bests?\b|\blifetime\s+best\b|\bPBs?\b|\bPR\b|\bpersonal\s+(?:record|primacy|brand)\b|\bself[\s-]bests?\b",
                               re.IGNORECASE),  # ("self-best", Japanese translated: 自己ベスト; "personal primacy", Italian)
    "season's best": re.compile(r"\bseason['’]?s?[\s-]bests?\b|\bSB\b", re.IGNORECASE),
    "world lead": re.compile(
        r"\bworld[\s-]lead(?:ing)?\b|\bfastest\s+(?:time|mark)?\s*in\s+the\s+world\s+this\s+(?:year|season)\b|\bWL\b",
        re.IGNORECASE,
    ),
}

# ---- places ----------------------------------------------------------------------------

# an age class, whose place is not the race's: "first F45", "third V50", "won his age category" (an under-20
# race, "the U20 women's 6km", is a race of its own)
AGE_CLASS = r"[JFMVW]{1,3}\d\d(?:[-–]\d\d)?\+?|(?:age[- ]?(?:group|category|class)|veteran|masters?|(?:(?:wo)?man\s+|lady\s+)?over[\s-]?\d\d)" \
    r"(?:\s+(?:title|prize|award|category))?"  # ("V40", a parkrun's "VW55-59", "JM11-14"; "first over-40 in 55:03", "the first woman over
# 40", "won the over-60 category")


# the words after an ordinal that make it an edition of a race, not a place: "the 20th edition of", "the 20.ª edition"
_EDITION_WORDS = r"edition|anniversary|running\s+of|staging"
# a place past 99 in figures: "212th", "1,140th" (an overall place in a mass race)
# (and a figure with an ordinal indicator, as Portuguese, Spanish and Italian copy translated writes it: "in 11.º place",
# "the 3ª"; the figure alone is matched, the indicator after it)
_ORD_FIGURE = rf"(?:\d{{1,2}},\d{{3}}|[1-9]\d{{2,3}})(?:st|nd|rd|th)|[1-9]\d?(?=\.?[º°ª](?!\s+(?:{_EDITION_WORDS})\b))"


class _Ordinals(dict):
    """Ordinal words and figures to places; a figure past 99 (`_ORD_FIGURE`) is read from its digits."""

    def __missing__(self, key: str) -> int:
        if key.isdigit():
            return int(key)  # "11" of "11.º"
        if re.fullmatch(_ORD_FIGURE, key):
            return int(key[:-2].replace(",", ""))
        raise KeyError(key)


ORDINALS = _Ordinals({
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
    # "14th", "21st", "33rd": places of a large field written in figures
    **{f"{n}{'st' if n % 10 == 1 and n != 11 else 'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}": n
       for n in range(13, 100)},
})
# Italian copy translated leaves its ordinals: "Kibiwot, secondo in 8'06"90", "arrives terza in 14'32"18" (not "primo",
# "prima": "before", nor "quinto", "nono", names too; nor a town's or a lane's: "in Sesto San Giovanni", "in quarta corsia")
ITALIAN_ORDINALS = {"secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4, "quarta": 4, "sesto": 6, "sesta": 6,
                    "settimo": 7, "settima": 7, "ottavo": 8, "ottava": 8, "decimo": 10, "decima": 10}
ORDINALS.update(ITALIAN_ORDINALS)
_ITALIAN_ORD = "(?:" + "|".join(ITALIAN_ORDINALS) + r")(?!\s+(?-i:[A-Z])|\s+corsia)"
# an age class's own race, as masters championships run them: "won the M75 800m", "won the W65 race"
AGE_CLASS_RACE = (r"(?:(?:men|women|boys|girls)['’]?s?\s+)?"
                  r"(?:\d[\d,.]*\s?(?:m|km|k|metres|meters)\b|[a-z]+[\s-]kilomet(?:re|er)\b|race\b|final\b|mile\b|steeplechase\b)")  # ("won
# the women's masters six-kilometre race in 25:12", "won the over-35 women's 5000m": that race's winner)
_ORD = _ORD_FIGURE + "|" + "|".join(sorted(set(ORDINALS) - set(ITALIAN_ORDINALS), key=len, reverse=True)) + "|" + _ITALIAN_ORD
# the words after an ordinal that make it no place in a race: "second lap", "first half", "third round", "fourth time",
# "fastest", "best ever"
# (nor a rank on an all-time list: "becomes the fourth man more fast of the history", translated)
_NOT_A_PLACE = (rf"lap|half|round|race|heat|semi|quarter|leg|section|flight|wave|time|fastest|quickest|best|ever|mile|kilomet(?:re|er)|km|among|{_EDITION_WORDS}|"
                r"(?:(?:man|woman|athlete|runner|performer)\s+)?(?:more|most)\s+(?:fast|quick|rapid)")
# an edition's ordinal before the race's name: "came home third overall in the 43rd Dublin Marathon in 2:12:03" (no place 43)
_EDITION_NAMED = (r"(?:(?<=the\s\d\d(?:st|nd|rd|th)[ \t])|(?<=the\s\d\d\d(?:st|nd|rd|th)[ \t]))(?:annual\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]+){0,4}\s+"
                  r"(?-i:Marathon|Half\s+Marathon|Games|Championships|Classic|Relays|Invitational|Meeting|Memorial|Road\s+Race|Run)")
# (an edition's number has two figures at least, after "the": "finished third Chicago Marathon in 2:04:10", "3rd Dublin Marathon
# finisher", "finished 11th Berlin Marathon" are places; "the 47th annual Millrose Games", "the 46th Bank of America Chicago
# Marathon", "the 35th Great North Run" editions)
# "finished second", "was fifth in", "in third", "fourth place", "placed 3rd", "took third", "the
# third-placed", "has closed sixth" and "Second is arrived Welteji" (translated), "Second was Welteji", "The second
# was Ota Tomoki with",
# "faded to fifth in 3:32.88", "with second in the 1500m in 3:32.1", "the top home finisher, sixth in 2:06:05", "occupied the third position in 53.78",
# "grabbed the third and final spot on the team in 1:44.07", "entered second with 57:37" (translated: "entró segundo")
# (not "in the third semi"); the ordinal is in whichever of the
# groups ord..ord6 matched (`results.place_of`)
# a rank among one country's runners, no place: "was the second Canadian woman in 32:20", "the third Canadian man"
_NATIONAL_RANK = (r"(?:(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i)|Swiss|Dutch|Greek|Czech|Thai|Welsh)"
                  r"(?:\s+(?:man|woman|men|women|finisher|runner|athlete)|(?=\s+(?:in|home|to|across|with)\b|\s*,))"  # "the first American in 2:29:00",
                  # "the first Portuguese, eleventh with"
                  # ... or a people's noun, or the country's own ("the first Briton in 2:08:07", "the first national with 2:24:19",
                  # Spanish copy translated: "la primera nacional")
                  r"|(?!(?-i:Overall|Female|Male|Elite|Open)\b)(?-i:[A-Z][a-z]+)\s+(?:man|woman|men|women|finisher|runner|athlete)\b"
                  # a region's or a club's, not a category's ("first Overall woman", "first Elite woman" are places): "the first Northland
                  # woman home, sixth woman overall", "the first Kamo man"
                  r"|(?-i:Briton|Brit|Spaniard|Kiwi|Aussie|Scot|Swede|Dane|Finn|Pole|(?:French|Dutch|Irish|English|Welsh)(?:man|woman))s?"
                  r"|national(?=\s+(?:in|home|to|across|with)\b)|home\s+(?:runner|athlete|finisher)|local\s+(?:runner|athlete|finisher)"
                  r"|local(?:\s+(?:man|woman))?(?=\s+(?:in|home|to|across|with)\b|\s*,)"  # ("the second local in 2:29:15", "second local woman in")
                  r"|domestic(?:\s+(?:runner|athlete|finisher|man|woman))?(?=\s+(?:in|home|to|across|with)\b|\s*,))")  # Korean copy
# translated: "finished second domestic with 2 hours 13 minutes 19 seconds" (14th overall)
# a note of a club's own results list: a category place or an age grade ("(3rd M50)", "(AG 73.90%)"; not "(PB)", which a
# race's own top three has too)
CLUB_LIST_NOTE = re.compile(r"\(\s*(?:\d{1,3}(?:st|nd|rd|th)\s+(?:[JMFWV]{1,3}\d{2}(?:[-–]\d{2})?|V[MF]\d{0,2}|S[MFW])\b|AG\b|age[\s-]grade)")  # (a
# parkrun's "(1st VW55-59)", "(1st JM11-14)")
# a place in an age category, not the race's: "was first woman in the VW45 category" (not "first in the male category", the
# race's; a place "in her age group" is kept, as gold writers do)
_CATEGORY_PLACE = (r"(?:(?:wo)?man\s+|female\s+|male\s+|lady\s+)?in\s+the\s+(?:[JMFWV]{1,3}\d{2}(?:[-–]\d{2})?|S[MFW]|U\d{2}[MFWBG]?)\s+"
                   r"(?:age\s+)?category")  # ("first in the VW55-59 category"; not "11th in F60-64", a place gold writers keep)
# a rank among the home runners said after its place's word, Korean copy translated: "took the 1st place of the domestic part"
_HOME_RANK_WORD = r"(?:domestic|national)"
_HOME_RANK_OF_REST = r"(?:of|among|in)\s+(?:the\s+)?" + _HOME_RANK_WORD + r"\b(?!\s+(?:championships?|champs|title|trials|race|final)\b)"
_HOME_RANK_OF = r"(?:place|spot|position)\s+" + _HOME_RANK_OF_REST  # (not "the 2nd place of the domestic championships", the race)
# any place's words, a rank among the home runners too: "I was satisfied with the domestic first place" (the sport spoken of)
NTH_PLACE = re.compile(rf"\b(?:{_ORD})\s+place\b", re.IGNORECASE)
# ... or a list of such ranks, the first said "domestic" and the rest going on in the sentence: "The domestic 2nd place was Lee
# Jun-ho (Samsung Electronics) with 2:12:15, and 3rd place Kim Hong-rok" (`results.place_in`)
HOME_RANKS_LISTED_BEFORE = re.compile(rf"\b{_HOME_RANK_WORD}\s+(?:{_ORD})\s+(?:place|spot|position)\b[^.;!?\n]*$", re.IGNORECASE)
# ... or opened by a rank among them and the runner it went to: "Second in domestic part was Lee Jun-seok with 2:13:05, and Shim
# Jong-sub was third in 2:14:48" (no place in the race for either)
HOME_RANKS_OPENING_BEFORE = re.compile(rf"\b(?:{_ORD})\s+(?:place\s+)?(?:in|of|among)\s+(?:the\s+)?{_HOME_RANK_WORD}\s+(?:part|category|ranking|field)\s+"
                                       r"(?:was|is|went\s+to)\b[^.;!?\n]*$", re.IGNORECASE)
PLACE_ORDINAL = re.compile(
    rf"\b(?:finish(?:ed|ing)?|was|were|(?:is|are)(?=\s+(?:{_ORD})\s+in\s+\d{{1,2}}[:.'’′\"″]\d)|being|became|becomes|come|comes|came(?:\s+(?:home|in))?|placed?|placing(?=\s+\w+\s+in\s+(?:the\s+)?(?:[\w'’,]+\s+){{0,5}}in\s+\d)|ranked|ranking(?=\s+the\s+(?:{_ORD})\s*(?:[.,;!]|$))|(?<=to\s)rank|ran(?=\s+(?:{_ORD})\s+place\b)|get|gets|got|took|taking|ended|closed|arrived|entered|end(?:ed)?\s+up|(?:crossed|traversed|reached|hit)\s+the\s+(?:finish(?:ing)?\s+)?line|clocked\s+in|home|in|for)\s+(?:in\s+)?(?:(?:a|an|the)\s+)?(?:(?:distant|close|clear|comfortable|strong|fine|solid|creditable|respectable|surprise|surprising|fast-finishing|well-beaten|lowly|disappointing|excellent|fine)\s+)?(?P<ord>{_ORD})\b(?![-‐])(?!\s+(?:{_NOT_A_PLACE}|world|olympic|major|consecutive|straight|year|season|{AGE_CLASS}|{_NATIONAL_RANK}|{_CATEGORY_PLACE}|{_EDITION_NAMED}|{_HOME_RANK_OF})\b)"
    # ("after placing fourth in the men's 3,000 in 8:11.40": a place with its time after it; not "ran 1:53.40 less than an hour
    # after placing fourth in the 1500", another race's)
    # (translated copy's present, only with the time after it: "is fourth in 8'09"71", not "is the second Italian of all time";
    # nor a rank in a list of all who did something: "became the seventh Hoya in program history to break four minutes";
    # nor a rank of a mark: "is the third-fastest mile in history")
    # ("the seventh in program history"; "to break" after a noun: not "finished third to break 13 minutes", "fifth in her
    # attempt to break four minutes", "in history-making conditions", "fifth in the history of the meeting's fastest race")
    rf"(?!\s+(?:(?!(?:in|at|on|of|with|for|to|behind|by)\b)[\w’'-]+\s+){{0,3}}?in\s+(?!the\b)(?:[\w’'-]+\s+){{0,2}}history(?![\w-]))"
    rf"(?!\s+(?!(?:in|at|on|of|with|for|to|behind|by)\b)(?:[\w’'-]+\s+){{1,3}}?to\s+(?:break|dip|crack|go\s+(?:under|sub))\b)"
    rf"|\b(?<!domestic\s)(?<!national\s)(?P<ord2>{_ORD})(?:\s+and\s+final)?(?:\s+|-(?=place\s+(?:finish\s+in\s+\d|time\s+of\s+\d|\d{{1,2}}[:.,]\d)))(?:place|spot|position|step\s+of\s+(?:the\s+)?podium)\b(?!\s+(?:at|through|after|with|team|squad)\b)"
    rf"(?!\s+{_HOME_RANK_OF_REST})|\bthe\s+(?P<ord3>{_ORD})-placed\b"
    # (a rank among the home runners is no place, Korean copy translated: "The domestic 2nd place was Lee Jun-ho", "took the
    # 1st place of the domestic part (9th overall)")
    rf"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?:the\s+)?(?P<ord4>{_ORD})(?=\s+(?:(?:is|was|has)\s+)?(?:arrived|came|went|finished|crossed|became|becomes)\b|\s+(?:was|is)\s+(?:the\s+)?(?-i:[A-Z]))"
    rf"|\b(?:on|to)\s+(?:rank|place|position)\s+(?P<rank>\d{{1,2}}|{_NUM_WORD})\b"
    r"(?!\s+(?:in|on|among)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:world|all-time|european|rankings?|lists?|history|standings|table)\b"
    r"|\s+(?:of|all-time|this|world)\b)"  # "came on
    # place four", "ran to rank two" (translated: "auf Platz vier", "auf Rang zwei"; not "to rank 12 in the world", "to move to
    # rank 2 in US history", "to place 2 in the season standings")
    rf"|\b(?:faded|dropped|slipped|fell|sank|drifted|climbed|moved|rose)\s+(?:back\s+|up\s+)?to\s+(?P<ord5>{_ORD})(?=\s+(?:place\s+)?in\s+\d)"
    # "11"08 for the azzurra, third behind the Saint Lucian" (the stage drops one behind someone on a list:
    # `BEHIND_ON_A_LIST_AFTER`, "second behind Jakob Ingebrigtsen on the world list")
    rf"|(?:,\s+(?:and\s+)?|\()(?P<ord6>{_ORD}|(?<=\()[1-9]\d?(?=\.\s+place\s+overall\b))(?=(?:\s+(?:wo)?man|\.?\s+place)?\s+overall\s*(?:[,.;)]|$)|\s+(?:overall\s+)?in\s+\d|\s+(?:wo)?man\s+(?:overall\s+)?in\s+\d{{1,2}}(?:[:.h'’′]\d|\s+hours?\b|\s+min)|\s+with\s+\d{{1,2}}(?:[:.,'’h]|m\d)|\s+behind\b|\s+(?:overall\s+)?(?:out\s+)?of\s+\d[\d,]*(?=\s*(?:[,.;)]|$|\s+(?:finishers|runners|starters|entrants|athletes|competitors|in\s+the|at)\b)))"
    # ("in 26:44, 212th out of 587", "was the best with 2:29:19, sixth overall.", "took the 1st place of the domestic part (9th
    # overall)", Hungarian copy translated: "took the silver of the championship in 2:19:31 (11. place overall)", "22:14, 48th of 412, at Bushy parkrun", "First
    # Harrier home, and 4th overall out of 587,
    # was Tom Brierley", translated "the best Portuguese, eleventh with
    # 1h02m31s"; not "second of 3 races", "first of 2 world leads")
    rf"|\bwith\s+(?P<ord7>{_ORD})(?=\s+(?:place\s+)?in\b)",  # "warmed up the crowd with second in the 1500m in 3:32.1"
    re.IGNORECASE,
)
# an ordinal right after a bracketed time: "Gourley (3:47.95) was fifth and Habz (3:48.30) sixth"
ORDINAL_AFTER_BRACKET = re.compile(rf"\)\s*(?:was\s+|came\s+|finished\s+)?(?P<ord>{_ORD})\b", re.IGNORECASE)
# ... or inside it, after the time: "Tom Gatley (34:55, 9th)"
ORDINAL_CLOSING_BRACKET = re.compile(rf",\s*(?P<ord>{_ORD})\s*\)", re.IGNORECASE)
# ... or opening a bracket right after the time: "Luis Ocampo 3:58.12 (11th)", "Kate Sorensen 4:31.07 (7th, section 3)",
# "Tom Hadley – 16:58 (3rd overall)"
ORDINAL_OPENING_BRACKET = re.compile(rf"\s*\((?P<ord>{_ORD}|[1-9]\d?(?=\.[ \t]+(?:place|overall)\b))\b\.?(?:\s+place)?(?:\s+overall\b)?"
                                     rf"(?:\s*[,;]\s*[^()\n]{{0,30}})?\)", re.IGNORECASE)  # (Hungarian copy translated: "(7. place)",
# "(11. overall)")
# ... said overall, the whole field's place, before a medal of a championship run within the race: "took bronze in 2:22:05 (15.
# place overall)" (`results.place_in`)
OVERALL_BRACKET_AFTER = re.compile(rf"\s*\((?P<ord>{_ORD}|[1-9]\d?(?=\.))\.?\s+(?:place\s+)?overall\)", re.IGNORECASE)
# ... or after a dash right after the time, as a forum's list writes it: "Benson Kipruto (KEN) 2:04:02 -- 2nd, defending
# champ", "Daniel Mateiko (KEN) 2:04:24 -- 3rd in his debut" (not "2:04:02 - 2nd half 59:47", "- 3rd fastest ever")
ORDINAL_AFTER_DASH = re.compile(
    rf"[ \t]*(?:--|[–—-])[ \t]*(?P<ord>{_ORD})\b(?![\w-]|\s+(?:{_NOT_A_PLACE})\b)",
    re.IGNORECASE,
)
# ... or after the time, the verb and "in" before it, in the word order of copy translated from German or Dutch:
# "Chepkirui became in 2:17:49 hours second" ("wurde in 2:17:49 Stunden Zweite"), "Peeters became with 54.71 third" ("werd met
# 54.71 derde")
VERB_IN_BEFORE = re.compile(r"\b(?:became|becomes|was|is|finished|finishes|came|comes)\s+in\s+$|\b(?:became|becomes|finished|finishes|came|comes)\s+with\s+$", re.IGNORECASE)
# (not "is with 49.90 third on the world list": a ranking)
# a rank right after a time, as German copy translated says a place ("auf Rang neun"): "ran 2:29:03 hrs. to rank nine"
RANK_AFTER_TIME = re.compile(  # (a rank of the race, the clause ending there: not "to rank 12 in the world", "to rank 4 all-time")
    rf"(?:\s*(?:hrs?|hours?|min|h)\.?)?\s+(?:(?:to|on)\s+rank|(?:and|on|to)\s+place)\s+(?P<n>[1-9]\d{{0,2}}|(?!zero\b)(?:{_NUM_WORD}))\b(?=\s*(?:[.,;:!?)]|and\b|$)|\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)  # ("and place seven at the Berlin
# Marathon")
# ... or "as" an ordinal right after the time, ending its clause: "Chebet came after 2:22:40 hours as second, third became ..."
# (German copy translated: "als Zweite")
AS_ORDINAL_AFTER_TIME = re.compile(rf"(?:\s+(?:hours?|hrs?|minutes?|min|h)\.?)?\s+as\s+(?:the\s+)?(?P<ord>{_ORD})\b(?![-‐])(?=\s*[,.;)]|\s+(?:and|behind|ahead)\b|\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z]))",
                                   re.IGNORECASE)
# ... or in a clause after the time that places its runner: "ran 55:38, which puts him 41st overall", ", which was good for fifth"
WHICH_PLACES_AFTER_TIME = re.compile(rf",?\s+which\s+(?:puts?|placed?|places|left|leaves|earned|earns|got|gets|was\s+good\s+for|is\s+good\s+for)"
                                     rf"\s+(?:(?:him|her|them)\s+)?(?:in\s+)?(?P<ord>{_ORD})\b(?![-‐])(?:\s+(?:overall|place|position)){{0,2}}"
                                     r"(?:\s+among\s+(?:the\s+)?(?:men|women|finishers|runners|starters))?"
                                     r"(?=\s*[,.;)]|\s*$|\s+(?:and|but|behind|ahead|in\s+(?:the\s+)?(?:race|field|final)\b))",
                                     re.IGNORECASE)  # (its clause ends there: not "which places him third on the world list", "which
# placed him second in the M50 category, 120th overall", "in the series standings")
ORDINAL_AFTER_TIME = re.compile(rf"(?:\s+(?:hours?|minutes?|min|h))?\s+(?P<ord>{_ORD})\b(?!\s+(?:{_NOT_A_PLACE})\b)", re.IGNORECASE)
# ... or right after a time that right follows its runner's name, closing the clause, as Chinese copy translated lists them:
# "Kiptanui 2:12:20 second, Da Wei Mekonan 2:13:05 third", "Lin Cheng-hao, 2:23:15 ranking 12th overall"
NAMED_TIME_ORDINAL_AFTER = re.compile(rf"\s+(?:ranking\s+|ranked\s+)?(?P<ord>{_ORD})(?:\s+overall)?(?=\s*[,.;]|\s*$)", re.IGNORECASE)
# (the gap between the name and its time: `NAME_TIME_GAP`)
# a heading over a list of medallists, alone on its line: "GOLD", "Silver medals:", "BRONZE (5)"
MEDAL_HEADING = re.compile(r"[ \t]*(?P<medal>gold|silver|bronze)(?:[ \t]+medals?)?[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*", re.IGNORECASE)
MEDAL_PLACES = {"gold": 1, "silver": 2, "bronze": 3}
# an ordinal right before its time: "second in 8:05.12", "fifth, 3:36.40" (not a fraction: "won by a second in 3:45.34", "edging Scaroni by one second in
# 1:38:12", "by a tenth in")
# (or "on fifth place with the time 11,15", translated)
ORDINAL_RIGHT_BEFORE = re.compile(
    rf"(?<!\ba\s)(?<!\ban\s)(?<!\bone\s)\b(?P<ord>{_ORD})(?:\s+place)?(?:\s+behind\s+(?:him|her))?"  # "with Houser second behind him in"
    rf"(?:\s+in|,|(?<=place)\s+with(?:\s+(?:the|a)\s+time(?:\s+of)?)?)\s+$", re.IGNORECASE)
# ... or set off by commas right after its runner's name, the time later in the sentence: "Mutiso, second, also achieved a
# great mark with 2:03:29" (translated)
APPOSITION_PAST = re.compile(r"\b(?:(?:19|20)\d\d|last|previous|previously|ago|earlier|before|this\s+(?:spring|summer|autumn|winter|year|season))\b",
                             re.IGNORECASE)  # "Mantz, fifth, at last year's trials, ran": that past place, not this race's
ORDINAL_APPOSITION_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<ord>{_ORD})[ \t]*,(?![ \t]*(?:(?:{_ORD})\b|last\s+(?:year|season|time|week|month)\b|"
                                      r"(?:in|at)\s+(?:his|her|their|the)\s+last\b))", re.IGNORECASE)  # (not "Brown, second, fourth and first in his last three starts,", "Nuguse,
# first, last year,")
# ... or opening the time's bracket: "Belgium's Ruben Verheyden (7th in heat 1, 3:39.40) is out", "Kerr (2nd, 3:30.11)"
ORDINAL_OPENING_BRACKET_BEFORE = re.compile(
    rf"\(\s*(?P<ord>{_ORD})(?:\s+(?:in|of)\s+(?:the\s+)?(?:heat|semi(?:-?final)?|section|race|final)(?:\s+\w+)?)?\s*[,;]\s*$", re.IGNORECASE)
# ... or as a number, as Scandinavian copy translated says a place: "Dos Santos was number two on 47,53", "came in as number
# eleven on 13.07,66" (not a bib, "wearing number 12 in", nor a ranking)
NUMBER_PLACE_BEFORE = re.compile(
    rf"(?<!\bbib\s)(?<!\brace\s)(?<!wearing\s)(?<!\bwore\s)(?<!\bworld\s)(?<!ranked\s)(?<!seeded\s)\bnumber\s+"
    rf"(?P<n>[1-9]\d?|(?!zero\b)(?:{_NUM_WORD}))\s+(?:on|in)\s+$"  # (nor a ranking: "the world number three with")
    rf"|\b(?:finished|ended|came|arrived|was)\s+(?:on|in)\s+(?:the\s+)?place\s+(?P<n2>[1-9]\d?)\s+(?:with|in)\s+$",  # "has finished on the
    re.IGNORECASE)  # place 6 with 1:05:42" (translated)
# a relay stage's place, as Japanese ekiden copy translated says it: "was section 3rd place at 23:21", "took the section prize with
# 23:12" (the stage won), before the time; "ran 24:01 and became section 1 place", after it
_SECTION_PLACE = r"section\s+(?:(?P<n>\d{1,2})(?:st|nd|rd|th)?\s+place|(?P<prize>prize|award))"
SECTION_PLACE_BEFORE = re.compile(rf"\b{_SECTION_PLACE}\s+(?:at|with|in)\s+$", re.IGNORECASE)
SECTION_PLACE_AFTER = re.compile(rf"\s+(?:and\s+)?(?:became|was|took)\s+(?:the\s+)?{_SECTION_PLACE}\b", re.IGNORECASE)
# a medal's colour is no place as the first word of a name, capitalised before another after "the", "at", "in" or a quote
# mark: 'Marcel Hug — "the Silver Bullet" to his fans — won', "the Gold Coast Marathon" (not "Silver Medal", "and bronze
# Healy (4:07,80)", a medal table's "Gold Faith Kipyegon (KEN) 3:51.29", nor a headline's capitals)
_NOT_A_NAME_S_WORD = r"(?!(?:(?<=the\s)|(?<=The\s)|(?<=[\"“‘'])|(?<=at\s)|(?<=in\s))(?-i:[A-Z][a-z]+)\s+(?!(?i:medal)\b)(?-i:[A-Z][a-z]))"
# "Runner-up Ingebrigtsen", "won", "to win", "winning in", "victory", "took gold", "silver", "bronze", "completed the
# podium", "the women's race went to",
# "took the 3,000 steeplechase in"
PLACE_WORD = re.compile(
    r"(?<!olympic )(?<!world )(?<!european )(?<!commonwealth )(?<!age-group )(?<!age group )(?<!category )"
    r"(?<!(?:19|20)\d\d\s)(?<!last\syear['’]s\s)"  # (not an edition's: "The 2024 runner-up ran ... 2:05:12 as first", "last year's winner")
    # (not a medallist's title: "The bronze medal winner of the world championships came after 3:32.91")
    rf"(?:\b(?P<p2>runner-up|runners-up|(?<!lost\s)(?<!missed\s)(?<!missing\s){_NOT_A_NAME_S_WORD}silver(?:\s+medal)?(?!\s+(?:winner|medall?ist)))\b|"
    rf"\b(?P<p3>{_NOT_A_NAME_S_WORD}bronze(?:\s+medal)?(?!\s+(?:winner|medall?ist))|(?:completed|completing|rounded\s+out|rounding\s+out|closed|closes|closing)\s+the\s+podium|"
    r"(?:completed|completing|completes|sealed|sealing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?one-two-three)\b|"  # "completed a Kenyan one-two-three in"
    # (and one crowned in the race: "is our new SENIOR MEN'S 5000m COUNTY CHAMPION 🏆 in 15:02.61"; not a win only
    # pretended: "he celebrated as if he had won", "arms up like I'd won something", nor one that would have been: "a top eight that would have won most finals")
    rf"\b(?P<p1>new\s+(?:[\w’'-]+\s+){{0,5}}?(?:champion|champ)\b(?=\W+(?:\w+\W+){{0,2}}?in\s+\d)|(?<!if\she\shad\s)(?<!if\sshe\shad\s)(?<!though\she\shad\s)(?<!though\sshe\shad\s)(?<!if\sthey\shad\s)(?<!would\shave\s)(?<!could\shave\s)(?<!might\shave\s)(?<!like\sI['’]d\s)(?<!as\sif\sI['’]d\s)(?:won|wins|win|winning)(?!\s+(?:(?:his|her|their|the|an?)\s+)?(?:(?:men|women|ladies)['’]s?\s+)?(?:{AGE_CLASS})\b(?!\s+{AGE_CLASS_RACE}))(?!\s+the\s+(?:{_ORD})(?:\s+(?:place|position|spot)\b|\s+and\b|\s*,|\s+with\b|\s+in\s+\d))(?!\s+the\s+best\s+(?:[\w’'-]+\s+){{0,3}}?(?:result|time|mark|finish)\b)|(?<!of\sthe\s)(?<!behind\sthe\s)(?<!to\sthe\s)(?<!games\s)(?<!championships\s)winner|victory|victorious|triumph(?:ed|s)?|prevail(?:ed|s)?(?=\s+(?:in|with|over|on|by|at)\b)|{_NOT_A_NAME_S_WORD}gold(?:\s+medal)?|took\s+the\s+title|claimed\s+the\s+title|"
    r"(?:queen|king)\s+of\s+the|"  # "has confirmed herself queen of the 100 meters with 11,08" (translated)
    r"(?:was|is)\s+(?:the\s+)?fastest(?=\s+in\s+\d{1,2}[:.,]\d)|"  # "Telahun Haile Bekele was the fastest in 13:02.14" (Dutch copy translated)
    # ... or of a category or a race (Indonesian copy translated: "became the fastest in the national category full marathon"), or
    # crowned: "came out as champion with 2:52:37", "became champion with 2:31:47" (not "became world champion")
    r"(?:became|become|becomes|was|is)\s+(?:the\s+)?fastest(?=\s+in\s+the\s+(?:[\w’'-]+\s+){0,3}?(?:category|race|division|field)\b)|"
    r"(?:became|become|becomes|came\s+out\s+as|emerged\s+as)\s+(?:the\s+)?champion\b(?=\s+(?:with|in)\s+(?:a\s+time\s+(?:of\s+)?)?\d)|"
    r"(?:took|takes|taking|claimed|claims|claiming)\s+line\s+honou?rs|"  # "took line honours in 16:02" (Australian and New Zealand copy)
    # (or an event's: "The men's 100m went to Eddie Osei-Nketia", "The 100 metres women has gone to", translated)
    r"(?:race|title|victory|win|crown|event|heat(?:\s+(?:one|two|three|four|five|six|[1-9]))?)\s*,?\s+went\s+to(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z]))|"  # ("The "Dream Mile", the
    # traditional final event, went to Australia's Cameron Myers"; "heat one went to Jamie Paterson of Kilbarchan AAC in 1:52.18")
    r"(?:[\d,]+\s?(?:m|km?)|metres|meters|hurdles|steeplechase|mile|marathon|(?:metres|meters)\s+(?:men|women))\s+(?:went|has\s+gone)\s+to"
    r"(?=\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?-i:[A-Z]))|"  # (a name after: not "the 1500m went to the wire")
    r"(?:breaks?|broke|breaking|cuts?|cutting)\s+the\s+(?:finish(?:ing)?\s+)?tape|victor(?:y|ies)\s+(?:was|were)\s+for|"  # ("cut the
    # finish tape first", Korean copy translated)
    r"(?:title|crown|victory|champion(?:ship)?)\s+(?:was\s+)?(?:seized|taken|claimed|captured|won)\s+by|"  # "champion was seized by" (translated)
    r"(?:imposed|imposes|imposing)\s+(?:himself|herself|themselves)|(?:was|were|is)\s+imposed\s+(?=with|in)|"  # "she imposed herself in 31:05",
    # "Degefa was imposed with 2:15:51" (translated: "s'est imposée", "se impuso")
    r"(?:retain(?:ed|s|ing)?|defend(?:ed|s|ing)?|conserv(?:ed|es|ing)|kept|keeps|keeping|took|takes|taking|claim(?:ed|s|ing)?|secur(?:ed|es|ing)|seal(?:ed|s|ing))\s+"
    rf"(?:(?:this|on)\s+\w+\s+)?(?:her|his|their|the|an?|another)\s+(?:(?!(?:{AGE_CLASS})\s)[\w’',-]+\s+){{0,3}}?(?:title|crown|championship(?=\s+with\s)(?![^.;]{{0,60}}\bas\s+(?:the\s+)?(?:first|best|top)\b))|"  # "takes the national title in 13:24.37", "claimed another national crown", "the national 10,000m title" (not "the M40 title"),
    # "has conserved this Saturday his title of world champion" (translated), "took the men's championship with a result of" (Chinese
    # translated; not "took the men's championship with 2:10:20 as best Spaniard", a nation's inside the race); and not "won the best
    # Chinese men's result", the best of a country's runners
    r"clinch(?:ed|es|ing)\s+(?:the\s+|a\s+)?(?:[\w']+\s+){0,4}?(?:title|victory|win|race|contest|crown)|"
    r"(?:storm|romp|cruis|power|sped|speed|charg|sail)(?:ed|es|s|ing)?\s+to\s+(?:her|his|their|the|a)\s+(?:[\w’'-]+\s+){0,3}?(?:title|crown|victory|win|gold)|"
    r"(?:took|takes|taking)\s+the\s+(?:(?:men|women)['’]s\s+)?(?:\d[\d,]*[\s-]?(?:m|metres?|meters?)?(?:\s+(?:hurdles|steeplechase))?|mile|marathon|steeplechase|race"
    r"|(?:[\w’'-]+\s+){1,2}(?:division|category)(?=\s+in\b(?![^.;!?]{0,60}\boverall\b)))(?=\s+in\b))\b)"  # (or a division: "took the open
    # division in 2:17:08"; not one placed overall after: "took the masters category in 2:27:08, finishing 9th overall")
    r"(?!\s+medall?ist|\s+medal\s+winner)",
    re.IGNORECASE,
)

# the shape of a country's or a nation's adjective before a name, as translated copy writes it: "the Jamaican", "the
# Qatari", "the Scot" (a word of that shape, or one of the short ones)
_DEMONYM_SHAPE = r"(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i)|Scot|Swede|Briton|Swiss|Greek|Dane|Finn|Pole|Kiwi|Czech|Thai)"
# places given in the order of the names before them: "Oukhelfen and Carlos Mayo finished in sixth and twelfth
# position respectively" (`ORDINAL_WORD`: each place said)
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# what lies between times listed in a row, as "respectively" gives them out: "2:06:37 and 2:07:02", "13:05.12, 13:06.40
# and 13:07.01", "2 hours 6 minutes 40 seconds and 2 hours 7 minutes 3 seconds"
TIME_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# ... and between "respectively" and the first, said after it: "respectively with 2:06:40 and", "respectively in"
RESPECTIVELY_TIMES_GAP = re.compile(r"respectively,?\s+(?:with|in|at|on|clocking|recording)\s+", re.IGNORECASE)
ORDINAL_WORD = re.compile(rf"\b({_ORD})\b", re.IGNORECASE)
# places given after "respectively" and the times, by a verb of placing: "respectively with 2:06:40 and 2:07:03 got the second
# and third" (translated)
RESPECTIVE_PLACES_AFTER = re.compile(
    rf"(?-i:[^.;A-Z]){{0,120}}?\b(?:got|took|finished|placed|came|ranked|taking|finishing|to\s+(?:take|finish))\s+(?:in\s+)?(?:the\s+)?"
    rf"(?P<ords>(?:{_ORD})(?:\s*(?:,|and)\s*(?:the\s+)?(?:{_ORD}))+)\b", re.IGNORECASE)
# a verb between a place and the name it places, inverted as translated copy writes it: "on rank three ran Amanal
# Petros", "Second became the Ethiopian Haftu Teklu", "the third position was occupied by Asmar Hadi" (ends where the name starts)
_PLACE_HELD_BY = r"(?:(?:place|position|spot)\s+)?(?:was|is)\s+(?:occupied|taken|claimed|filled|secured)\s+by"
INVERTED_PLACE_AFTER = re.compile(r"\s+(?:ran|became|becomes|went\s+to|goes\s+to|finished|has\s+(?:closed|arrived)|" + _PLACE_HELD_BY + r")\s+(?:the\s+)?(?:"
                                  + _DEMONYM_SHAPE + r"\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE)
INVERTED_PLACE_BEFORE = re.compile(
    # (after "and" only right before "was": "Second was X in 4:24:51 and third was Anna Dudek"; not "Second Strider and first
    # lady was": the club's)
    rf"(?:\b(?:(?<!\band\s)|(?=(?:{_ORD})\s+was\b))(?<!domestic\s)(?<!national\s)(?P<ord>{_ORD})|\bon\s+rank\s+(?P<rank>\d{{1,2}}|{_NUM_WORD}))\s+(?:ran|became|becomes|finished|"
    r"has\s+(?:closed|arrived)|"  # "Third has closed the Kipkemboi in 14'23"55" (translated; not "On the 14th arrived Faith Kipyegon")
    r"(?:(?:place|position|spot)\s+)?(?:went|goes)\s+to|"  # "Third place went to Shropshire's Tom Ashworth"
    r"(?:place|position|spot)(?:\s+(?:instead|then|finally|only))?\s+(?:for|to|at)|"  # "Third place for the Kenyan Jacob Crop", "Second
    # place at the Kenyan Nikolas Kimeli" (translated)
    r"(?:place|position|spot)\s+(?:took|takes|remained|stayed)|"  # "The second place took the Ethiopian Abebe Tadesse with", "on the
    # third place remained the Kenyan Gideon Kiplagat" (translated)
    r"(?:(?:place|position)\s+)?was|place|"  # "2nd place was Tsuchikata Eiwa with 2:06:26, 3rd place Hosoya Kyohei with"
    r"(?:man|woman|lady|male|female|finisher|runner|home)(?:\s+home)?\s+was)\s+"  # "First man home was", "Third woman was" (not "Second Strider and first lady was": the club's)
    r"(?:the\s+)?(?:" + _DEMONYM_SHAPE + r"\s+"
    r"|(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?-i:[A-Z])[\w-]*(?:['’]s|s['’])\s+"  # "was Dundee Hawkhill Harriers' Craig Nicoll"
    r"|(?<=was\s)(?:(?!(?:not|never|only|for|of|to|in|at|by|with|from|after|before)\b)(?-i:[a-z])[\w-]*\s+){1,3})?$",  # "Second was
    # local legend Jackie Merritt" (not "Third was the aim for Jane Doe": a hope, no place)
    re.IGNORECASE,
)
# the winner joined on the podium by the two runners named next, in their order: "was accompanied on the podium by his compatriots
# Elijah Kiprono Serem (2:14:22) and ...", "joined on the podium by"
PODIUM_JOINED_BY = re.compile(r"\b(?:joined|accompanied|flanked)\s+on\s+the\s+podium\s+by\b", re.IGNORECASE)
# what stands between the events of a list: "full marathon, half marathon, 10K and 5K" (`context._lists_a_programme`)
PROGRAMME_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)(?:the\s+)?(?:(?:full|open|elite|fun|kids['’]?)\s+)?", re.IGNORECASE)
# ... or held by the name right after it, its time right after the name: "the third position was occupied by Asmar Hadi with 2:31:02"
# (not "The third position was occupied by Hadi for much of the race, but he faded to sixth in 2:20:02")
PLACE_HELD_BY_BEFORE = re.compile(rf"\b(?P<ord>{_ORD})\s+" + _PLACE_HELD_BY + r"\s+(?:the\s+)?(?:" + _DEMONYM_SHAPE + r"\s+"
                                  r"|(?-i:[A-Z])[\w-]*(?:['’]s|s['’])\s+)?$", re.IGNORECASE)  # (or a country's: "by Kenya's Ruth Chepngetich")
# a place in a bullet or results line: "Matthew Hudson-Smith – 1st, men’s 400m, 44.14"
BULLET_PLACE = re.compile(rf"[–—:-]\s*(?P<ord>{_ORD})\b", re.IGNORECASE)
# a position during the race, not a finishing place: "settled into third at the end of the first lap",
# "was fifth turning into the home straight"
MIDRACE_CUE = re.compile(
    r"\b(?:lap|laps|bell|halfway|straight|bend|turning|settled|stay(?:ed)?\s+back|sitting|sat|tucked|up\s+to|moved\s+(?:up|into)|through|at\s+the\s+end\s+of|"
    r"early|kilometre|kilometer|km\b|metres\s+(?:to\s+go|left)|meters\s+(?:to\s+go|left)|\d+m?\s+(?:to\s+go|left|remaining))",
    re.IGNORECASE,
)
# a subordinate clause about an earlier race, before the time: "Four weeks after taking silver in Paris with ..."
# (or a clause since which it has not happened: "the first Briton on the podium since Kelly Holmes won gold in Athens in")
PAST_CLAUSE_BEFORE = re.compile(
    r"\b(?:\w+\s+)?(?:days?|weeks?|fortnights?|months?|years?)\s+(?:after|before)\b|"
    r"\bsince\s+(?:(?-i:[A-Z])[\w’'-]+\s+){1,3}(?:won|ran|took|set|clocked|claimed|broke|did)\b",
    re.IGNORECASE,
)
# ... or the "when" clause of a time said past right before it, the time in it: "a single medal in Eugene last year, when
# Gidey won in 30:09.94"
# ... or right after it, a clause of a win elsewhere in a time past: "set the championship record of 3:54.86 when she won in
# Nanjing, China, last year" (not "when she won the final on Sunday")
PAST_WIN_AFTER = re.compile(r"\s+when\s+(?:she|he|they|(?-i:[A-Z])[\w'’-]+)\s+(?:won|took\s+(?:the\s+)?(?:title|gold))\s+in\s+"
                            r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?,?\s+"
                            r"(?:last\s+(?:year|season|summer|winter)|(?:a|one|two|three|four|five)\s+years?\s+ago)\b"
                            r"|,\s+then\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}record\b", re.IGNORECASE)  # (or a record at that time: "She won in Tokyo
# in 3:53.11, then an Olympic record")
# (the place, then the time past, nothing between: not "when she won in Leeds, a race she lost last year")
PAST_WHEN_BEFORE = re.compile(
    r"\b(?:(?:last|the\s+previous)\s+(?:year|season|summer|winter|month|week)|(?:years?|months?|weeks?)\s+ago),\s+when\s+"
    r"(?:[\w’'-]+\s+){0,6}$",
    re.IGNORECASE,
)

# those ahead on an all-time list, the times named after it theirs from other races: "lifts Thompson to fourth on the
# Jamaican all-time list behind Usain Bolt (9.58), Yohan Blake (9.69) and Asafa Powell (9.72)"
ALL_TIME_BEHIND = re.compile(r"\ball[- ]time\s+(?:[a-z]+\s+)?(?:lists?|rankings?)\s+(?:only\s+)?behind\b", re.IGNORECASE)

# what may stand between an aside naming a point and the time of that point's passage: ", reached in ", ", went through
# in ", " came through in ", ", split " (not a finish: "clocked 3:29.74 to hold off", "charges through for bronze in")
POINT_PASSED_GAP = re.compile(
    r",?\s*(?:(?:(?:was|were)\s+)?(?:passed|reached|covered|hit|came\s+up|went\s+by|ticked\s+by|went\s+through|came\s+through|got\s+there)"
    r"(?:\s+(?:it|that\s+point|there))?\s+)?(?:in|at)\s+|,?\s*(?:split|was\s+timed\s+at)\s+", re.IGNORECASE)
# what ends a race between a split point and a time: "after 35km to win in 2:04:01", "and he finished in",
# "before halfway, with Tola second in 1:00:31"
SPLIT_BLOCK = re.compile(
    rf"\b(?:to\s+(?:win|finish|take|claim|clinch)|won|wins|finish(?:ed|es)?|crossed\s+the\s+line|winning|stop(?:ped|ping|s)\s+the\s+clock|"
    rf"(?:{_ORD})\s+(?:place\s+)?in|fad(?:ed|ing|es)\s+(?:back\s+)?to|before\s+[a-z]+ing|record\s+of|(?:held|hung)\s+on\s+(?:for|to\s+(?:win|finish))|"
    r"(?:personal|course|meeting|championship|season['’]s)\s+(?:best|mark)\s+of)\b",  # "came through halfway on schedule before fading to
    # 2:56:01", "the pacemakers left at 30km, and the men's course record of 2:03:39" (not "the best of the rest"), "was 34:31 at
    # 10K and held on for 1:12:35"
    re.IGNORECASE,
)
# ... or may end it, when the time could be the race's: "shortly after 30K and ran 2:02:44", "after 30km and came home alone
# in", "dropped from the group after 30km and became 7th place with" (translated), "after the 3000 metres has lost the
# contact (14:51,20)", "eliminated in the half-finals with 2:01,32" (not "reached 30km ... and ran 1:26:31 there")
FINISH_BLOCK = re.compile(
    rf"\b(?:came\s+home|and\s+ran|eliminated|lost\s+(?:the\s+)?(?:contact|touch)|became\s+(?:the\s+)?(?:{_ORD})\s+place\s+with)\b", re.IGNORECASE
)
# ... unless the time is said to be the point's: "had lost contact with the leaders, passing in 2:01:40", "and ran 1:59:50 at
# that point", "came home alone, clocking 56:40 at that point"
AT_THE_POINT_AFTER = re.compile(r"\s*(?:at\s+(?:that|this)\s+(?:point|stage|mark)|there\b)", re.IGNORECASE)
PASSING_RIGHT_BEFORE = re.compile(r"\b(?:passing|passed|going\s+through|went\s+through|through)\s+(?:it\s+|there\s+)?(?:in|at)\s+$", re.IGNORECASE)
# a pronoun opening the clause right after a split's time, its subject: "By 30km (1:26:31) he was alone"
PRONOUN_SUBJECT_AFTER = re.compile(  # (or passing it "when": "The clock at 10K said 30:51 when he came through"; not "when she was still back")
    r"\)?,?\s+(?:when\s+(?=(?:he|she)\s+(?:came|passed|got|went)\s+through\b))?(?P<pron>he|she)\s+"
    r"(?:was|had|is|has|went|led|pulled|moved|broke|surged|kicked|made|(?:came|passed|got)\s+through)\b", re.IGNORECASE)
# a leader named after the time: "went through 3,000m in 9:13.4 with Hassan dawdling at the front"
# a point right before its time in a splits line ("– 600m 1:18.9 Brandt"), and the end of the item after its runner's name
POINT_RIGHT_BEFORE_TIME = re.compile(r"(?:^|[–—;:,]\s*|\s)\d[\d,.]*\s?(?:m|km|k)[ \t]+$", re.IGNORECASE | re.MULTILINE)
ITEM_END_AFTER = re.compile(r"[ \t]*(?:[–—;,]|\.(?:\s|$)|$)", re.MULTILINE)
# ... such an item, set off from the one before, a point, its time and a name: a splits line has two at least (not prose's "Kejelcha
# led at 3000m 7:52.3 Gebrhiwet, sitting third, then struck")
POINT_TIME_NAME_ITEM = re.compile(r"(?:^|[–—;:,]\s*)\d[\d,.]*\s?(?:m|km|k)[ \t]+\d[\d:.,]*\d[ \t]+(?-i:[A-Z])", re.IGNORECASE | re.MULTILINE)
# a stretch of the race right after a name's possessive: "Brandt's last 200m", "Kerr's final lap", "Hassan's opening 1000m"
POSSESSIVE_STRETCH_AFTER = re.compile(r"['’]s?\s+(?:(?:last|final|closing|first|opening|second|unofficial|official)\s+){1,2}"
                                      r"(?:\d[\d,.]*\s?(?:m|metres|meters|km|k)\b|lap|kilomet|mile|half|split)", re.IGNORECASE)
# ... and what may stand between it and its time: "Brandt's last 200m: 27.8", "Kerr's last 200m, 26.0,", "Hassan's last 5km took
# 15:35", "Brandt's last 200m in the semi-final was 27.1" (not another clause's: "..., and the first kilometre took 3:02.0"),
# or the next such stretches' of a list: "Kipyegon's last 1000m: 2:38.36; last 400m: 58.4"
STRETCH_TO_ITS_TIME = re.compile(r"[\w-]*(?:\s+(?:in|at|of)\s+the\s+[\w-]+)?\s*[:,]?\s*"
                                 r"(?:(?:was|took|came\s+in|clocked|timed\s+at|of|in|at|just|only|a|an)\s+){0,3}"
                                 r"(?:\d[\d:.,]*\d\s*[;,]\s+(?:(?:last|final|closing|first|opening)\s+)?(?:\d[\d,.]*\s?(?:m|km|k)|lap|mile)\s*:\s*)*",
                                 re.IGNORECASE)
LEADER_AFTER = re.compile(r"^(?:\s+of\s+(?-i:[A-Z])[\w&’'.-]*(?:\s+(?-i:[A-Z])[\w&’'.-]*){0,3}|\s*\([^()\n]{1,30}\))?"  # (a club between:
                          # "with Likina Amebaw of Federal Police setting the pace")
                          r"\s+(?:[a-z]+\s+){0,2}?(?:at\s+the\s+front|in\s+front|in\s+the\s+lead|leading|ahead|in\s+head|at\s+the\s+head|"
                          r"(?:setting|making|dictating|pushing|forcing)\s+the\s+pace|"  # (or its work: "with Peter Lynch of Kilkenny
                          r"doing\s+(?:(?:most|much|all|the\s+bulk)\s+of\s+)?the\s+(?:work|leading|pacing|donkey\s+work))\b")  # City Harriers
                          # doing most of the work at the front")
# a group as the subject of a time, its members named before: "the two passed the 8 km point together in 22:37 with Tadesse
# at the front" (the leader the "with" phrase names is the group's time's)
GROUP_SUBJECT = re.compile(r"\b(?:the\s+(?:two|three|four|pair|trio|duo|quartet|leaders|leading\s+(?:group|pack|duo|trio))|both|they)\b",
                           re.IGNORECASE)
# a "with" phrase right after a time: "passed in 24:12.5 with Tsegay now leading", "in 61,9, with Oriach in head"
WITH_RIGHT_AFTER = re.compile(r",?\s+with\s+(?=\S)")
LED_BEFORE = re.compile(r"\b(?:led|leading|towed|towing|pulled|pace[ds]?)\b(?:\s+(?:the\s+)?(?:field|pack|group|race))?\s+(?:through\s+)?$", re.IGNORECASE)

# ---- splits ----------------------------------------------------------------------------

LAP_M, INDOOR_LAP_M = 400.0, 200.0  # a track's lap, outdoors and indoors
OUTDOOR = re.compile(r"\boutdoors?\b", re.IGNORECASE)  # a text that says its track is outdoors
SHORT_TRACK_MAX_M = 3000.0  # the longest race a short track's bell is read for from the pace (not a 5000m slowing before it)
# a stretch's time dated after it, of another race: "Kerr's last 800m was timed at 1:46.10 when he raced in Edinburgh in
# May", "Her last 10km was clocked at 30:19 in Valencia in January"
STRETCH_OF_ANOTHER_RACE_AFTER = re.compile(
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:when\s+(?:he|she|they)\s+(?:raced|ran|competed)\s+(?:in|at)\s+(?-i:[A-Z])|in\s+(?:19|20)\d\d\b(?!['’])|"
    r"in\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?=\s*(?:[.,;]|$|(?:19|20)\d\d))"
    r"|last\s+(?:year|season|month|week))",
    re.IGNORECASE)
# a meeting run indoors, on a 200m track: "World Indoor Championships", "Millrose Games"
INDOOR_MEETING = re.compile(r"indoor|millrose|wanamaker|hallen|en\s+salle|\bin\s+sala\b", re.IGNORECASE)
# ... or the race's meeting so named in the sentence of the text's first time, as wire copy writes it in lower case: "won
# the women's 1,500 metres at the world indoor championships on Saturday"
INDOOR_MEETING_AT = re.compile(
    r"\bat\s+the\s+(?:[\w.'’-]+\s+){0,3}indoor\s+(?:championships?|games|meet(?:ing)?|grand\s+prix|tour)\b"
    rf"(?!\s+(?:in|of)\s+(?:{MONTHS}|(?:19|20)\d\d)\b|\s+last\b)",
    re.IGNORECASE)  # (not one dated, "Fresh from gold at the world indoor championships in March, Hull won the 1500m in Eugene";
# nor one in an aside, which the stage leaves out: "Ingebrigtsen, who won the 3000m at the European indoor championships in
# Istanbul, clocked 3:29.10 to win the 1500m in Oslo")
# ... or an indoor race said in the headline: "NCAA Indoors: Gary Martin Wins the Mile", "Nuguse wins indoor mile", "World
# Indoor Championships" (not "the world indoor champion", "After indoor heartbreak", "racing indoors")
# ... or a lap said to be of a track of 200 metres: "the last lap of the 200-meter banked track" (not "had raced on a 200m flat
# track in Boise, but ... he ran the bell lap in 53.1")
SHORT_TRACK = re.compile(r"\blaps?\s+(?:of|on|around)\s+(?:the|a|this)\s+200[\s-]?(?:m|meters?|metres?)[\s-]+(?:(?:banked|flat|indoor|wooden)[\s-]+)?"
                         r"(?:track|oval|circuit)\b", re.IGNORECASE)
INDOOR_HEADLINE = re.compile(  # (a short first line with no "outdoor", the race not a title or record: "the world indoor 3000m
    # champion", "Indoor mile record holder Nuguse wins Bowerman Mile")
    r"\A(?=[^\n]{0,120}(?:\n|\Z))(?![^\n]*\boutdoors?\b)[^\n]*(?:\b(?-i:[A-Z])[\w-]*\s+(?-i:Indoors)\b|\bindoor\s+(?:\d[\d,]*\s?m\b|mile|3K|two[\s-]miles?)"
    r"|(?-i:Indoor)\s+(?-i:Championships?|Games|Grand\s+Prix|Tour|Meeting|Meet|Classic))"
    r"(?![\s,]+(?:[\w-]+\s+)?(?:champions?|record|records|title|best|holder|winner|final)\b)",
    re.IGNORECASE)
# a lap told by its ordinal, its time after it: "the 18th lap goes in 71.3", "the 19th in 70.8" after it, "The laps have settled:
# the third went in 76.4" (laps said before in the sentence, the ordinal after a comma or colon)
_LAP_ORD = r"\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
NTH_LAP_NOT_AFTER = re.compile(r"\s+(?:was|were|for)\b")  # "the second in 61.5 was Berion", "the first went in 45.5 for Vernon Norwood": a
# position or a relay's leg, no lap
NTH_LAP_BEFORE = re.compile(
    rf"\b(?:the|his|her|their)\s+(?P<ord>{_LAP_ORD})\s+lap\s+(?:(?:went|goes|was|is|took|takes|came|comes)\s+)?(?:in\s+)?$"
    rf"|\blaps?\b(?:[^.;!?]|(?<=\d)\.(?=\d)){{0,80}}?[,:]\s+the\s+(?P<ord2>{_LAP_ORD})\s+(?:(?:went|goes|was|is|took|takes|came|comes)\s+)?(?:in\s+)?$",
    re.IGNORECASE)
# a passage of a course's lap told by its ordinal, as translated copy tells a cross country's, the distance there perhaps in a
# bracket after it, the time there after it in the clause: "At the second lap (4 km, 11:50)", "at the fourth passage (23:49)",
# "To the third lap Crippa has passed in head in 17:51" (not "the second round", a championship's heats)
NTH_PASSAGE_BEFORE = re.compile(
    rf"\b(?:at|to|by|through|after|on)\s+the\s+(?:(?P<ord>{_LAP_ORD})(?:\s+(?:lap|passage|passing|loop|circuit)\b|(?=\s*\(\d))"
    r"|(?P<first>first)\s+(?:passage|passing)\b)"  # (a first lap is `SPLIT_POINT_WORDS`' "first")
    r"(?:\s*\((?P<d>\d{1,2}(?:[.,]\d)?)\s?(?P<unit>km|k)\b[,)]?)?[^.,;!?\n]{0,60}$", re.IGNORECASE)  # (the lap's word perhaps left
# out before its bracket: "At the second (4 km, 13:15)"; no comma between: not "having led briefly on the second lap, with Lynch
# fifth in 30:58")
NTH_PASSAGE_SAID = re.compile(rf"\b(?:at|to|by|through|after|on)\s+the\s+(?:first|{_LAP_ORD})\s+(?:lap|passage|passing|loop|circuit)\b",
                              re.IGNORECASE)  # ... said anywhere in a sentence
FINISH_WORD_BETWEEN = re.compile(r"\b(?:won|wins?|winning|finish(?:ed|es|ing)?|crossed|home|tape|victory)\b", re.IGNORECASE)  # ... a finish
# told between it and the time (not "After the second lap Cheptegei broke away to win in 28:40")
# a distance bracketed after a lap's word or its ordinal, no race's ("At the second lap (4 km, 11:50)"), nor a lap's length said
# ("The course was 2 km per lap", "on a lap of 2 km")
LAP_BRACKET_BEFORE = re.compile(rf"\b(?:lap|passage|passing|loop|circuit|(?:at|to|by|through|after|on)\s+the\s+(?:first|{_LAP_ORD}))\s*\(\s*$",
                                re.IGNORECASE)
LAP_LENGTH_AFTER = re.compile(r"\s+(?:for|per|a|each)\s+(?:the\s+)?(?:lap|loop|circuit)\b", re.IGNORECASE)
LAP_OF_BEFORE = re.compile(r"\b(?:lap|loop|circuit)s?\s+of\s+(?:about\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
# a point a runner went on from, its passage then told: "He was alone from 25km, passed in 1:14:12" (not a stretch "from 25km to
# 30km")
FROM_POINT_PASSED_BEFORE = re.compile(r"\bfrom\s+(?P<d>\d{1,3}(?:[.,]\d)?)\s?(?P<unit>km|k|kilomet(?:re|er)s?|miles?)\s*,\s+"
                                      r"(?:which\s+(?:he|she|they)\s+)?(?:reached|passed)\s+in\s+$", re.IGNORECASE)
# a course's lap said long: "The course of 2 km for lap", "2km per lap", "a lap of 2 km"
LAP_LENGTH_SAID = re.compile(r"\b(?P<d>\d{1,2}(?:[.,]\d)?)\s?(?:km|kilomet(?:re|er)s?)\s+(?:for|per|a|each)\s+(?:the\s+)?(?:lap|loop|circuit)\b"
                             r"|\b(?:lap|loop|circuit)\s+of\s+(?P<d2>\d{1,2}(?:[.,]\d)?)\s?(?:km|kilomet(?:re|er)s?)\b", re.IGNORECASE)
# a kilometre told by its ordinal, its own time after it: "the third kilometre (2:50.6) was the slowest", "Chebet's fourth
# kilometre was also her slowest, 2:51.16", "ran the second kilometre in 2:41.8" (the stretch from the km before, a lap of 1000m;
# not "the first", a point: `SPLIT_POINT_WORDS`)
NTH_KM_BEFORE = re.compile(rf"\b(?:the|his|her|their|(?-i:[A-Z])[\w-]+['’]s?)\s+(?P<ord>{_LAP_ORD})\s+(?:kilomet(?:re|er)|km)\b"
                           r"(?:\s*\(\s*|[^.;!?\d()]{0,30}?(?:\bin|,|:|\bpassed|\bwent\s+by)|[^.;!?\d()]{0,45}?\bpassed\s+with)\s*$", re.IGNORECASE)  # (or Finnish
# copy translated: "the second kilometre passed 5:15.0"; Portuguese: "In the fifth kilometer, a pack of ten athletes passed with 14:41")
NTH_KM_S = (140.0, 420.0)  # seconds a kilometre's own time may take (a world record's pace to a club runner's)
PASSED_WORD = re.compile(r"\bpassed\b", re.IGNORECASE)  # ... and the word that makes its time the time there
NTH_KM_PASSED_BEFORE = re.compile(r"\b(?:through|thru|passed|passing|at|reached|reaching|hit|hitting)\s+$", re.IGNORECASE)  # (not
# "led through the second kilometre in 5:58": the time there)
# "passed the first 400m in 55.91", "pass 20 miles in" (a live blog's present), "By 800m", "through 400m", "at 1200m", "30km", "passed 10 miles in", "at 3K in"
SPLIT_POINT_METRES = re.compile(
    r"(?P<pre>\b(?:pass|passes|passed|passing|through|thru|reach|reaches|reached|reaching|hit|hitting|at|by|near|nearing|approaching|after|behind|before|covered|clocking|split\s+(?:at|of)|"
    r"to(?=\s+the\s+passage)|(?<=then\s)to|(?<=and\s)to|(?-i:on|On)(?=\s+the\s+\d{1,2}(?:[.,]\d)?\s?(?:km|kilomet(?:re|er)s?)\b(?![^.;!?]{0,40}\b(?:winner|fastest|won|wins|victory|title)\b))|"  # "and on the 30 km
    # the leader showed there 1:45:50" (Russian copy translated)
    r"(?:passage|pass|passes|passed|passing)\s+in(?=\s+the\s+\d[\d.,]*\s?[a-z]+\b(?!\s+(?:final|semi|heats?|race|title|event)\b))|"  # (Portuguese
    # translated: "passed in the 5 kilometers in 13:41", "The passage in the 15 kilometers, in 41:39"; not "passage in the 1500m final")
    r"(?<![\w,]\s)(?-i:To)(?=\s+the\s+\d)|passage\s+(?:on|at|to)|"  # translated: "to the passage of the
    # 3000m", "then to the 4000m in", "the passage on 1200 meters was", "The passage to the 1000 metres is in 2'34''8", a sentence's
    # opening "To the 30 kilometers, ... the time was"
    r"(?<![A-Za-z,]\s)(?-i:First|The\s+first)(?=\s+\d)|"  # a live blog's "First 5K for the lead men in 14:26", "The first 5 km were made in" (not "her first 10,000m")
    r"(?<=\d\s)(?-i:a|p)\.m\.[ \t]*[-–—]|"  # ... or opening an entry after its hour: "11:41 a.m. - 20 miles in 1:39:40 for the lead group"
    r"(?-i:In)(?=\s+the\s+\d[\d.,]*\s?(?:m|metres|meters)\b,?\s+the\s+chrono(?:meter)?\s+(?:marked|indicated)\b)|"  # translated: "In the
    # 800 meters the chrono marked 2'04''3"
    r"(?:(?-i:In)(?=\s+the\s)|until|till|to)"  # ("Will Ashdown took over to 1000m, passed in 2:27.5")
    r"(?=\s+(?:the\s+)?\d[\d.,]*\s?(?:m|metres|meters|km|kilomet(?:re|er)s?|miles?)\b\s*(?:,\s*(?:reached|passed|covered)\s+in\b|"
    r"passed\s+(?=[^.!?\n]{0,40}?\bin\s+(?:\d|$))(?!the\s)[a-z]+\s+(?:athletes|runners|men|women)\b)))\s+"  # "In the 30
    # kilometers, reached in 1h26:35" (translated), "sat behind the pacemaker until 2,000 meters, passed in 5:34.0", "In the 10
    # kilometres passed eleven athletes together in 31:30" (translated: the group that passed after the point; its time may be
    # where the search ends)
    r"(?:to\s+)?(?:the\s+)?(?:passage\s+of\s+(?:the\s+)?)?(?:first\s+|opening\s+)?(?:(?:about|around|roughly|approximately|nearly|almost)\s+)?)"  # ("at roughly 37km")
    r"(?P<d>(?:(?<![\s(]\d[ \u00a0])(?<![\s(]\d\d[ \u00a0])|(?![05]00(?!\d)))\d{3,5}|\d{1,2}[,.]\d{3}(?=\s?(?:m|metres?|meters?)\b)|(?<![\w.:,])(?:\d{1,2}[ \u00a0][05]00|" + _THOUSANDS_SPACE_BEFORE + r"\d{1,2}[ \u00a0][1-46-9]00)(?=\s?(?:m|metres?|meters?)\b)|\d{1,2}(?:[.,]\d{1,4})?(?=\s?(?:km|kilomet|kilos?\b|miles?\b|k\b)))\s?(?P<unit>m|metres?|meters?|km|kilomet(?:re|er)s?|kilos?|miles?|k)\b"
    # (not a distance still to run: "threw her sprint at 200 m of the line and crossed it in 14 min 05 s 20", translated)
    r"(?!\s+(?:to\s+go|left|remaining|(?:from|of)\s+(?:the\s+)?(?:line|finish|arrival|home)\b))"
    # (nor the singular before a race's word, an adjective: "At the 15 kilometre race in Nijmegen")
    r"(?<!kilometre(?=\s(?:race|run|course|event|loop|route|road|championships?|walk|classic)\b))(?<!kilometer(?=\s(?:race|run|course|event|loop|route|road|championships?|walk|classic)\b))",
    re.IGNORECASE,
)
# the next point of a list of them, its time right after: "went through 400 meters on 55,10 and 800 meters on 1.51,8"
LISTED_POINT_BEFORE = re.compile(  # (or in miles: "through the first mile in 4:33 and two miles in 9:22"; or in km, as translated
    # copy lists them: "passed the 10 kilometers in 31:02 and the 15 kilometers in 46:18", "passed the 400m in 61s2 and the
    # 800m in 2min03s")
    # (and "He went through 5K in 14:30 and 10K in 28:21", "through the first kilometre in 2:32 and two kilometres in 5:05")
    # (and "after an opening 400m of 55.2 and a quick 800m of 1:53.4")
    rf"(?:(?:\band|,)(?:\s+then)?|\bthen)\s+(?:in\s+(?=the\s))?(?:(?:the\s+)?(?P<d>\d{{3,5}}|\d{{1,2}},\d{{3}})\s?(?P<unit>m|metres?|meters?)|(?:the\s+)?(?P<dk>\d{{1,2}}|(?:{_NUM_WORD})(?=\s+kilomet))\s?(?P<kunit>km|k|kilomet(?:re|er)s?|kilos?)\b"
    rf"|(?:the\s+)?(?P<dn>[1-9]\d?00)"  # (a track's point with no unit, as US copy lists them: "reached 1600 in 4:33.2 and 2400 in 6:48.9")
    rf"|(?P<miles>{_NUM_WORD}|\d{{1,2}})\s+miles)\s+(?:on|in|at|with)\s+(?:(?:roughly|about|around|approximately)\s+)?$"  # ("through
    # 10k in 36:10 and 10 miles in 58:31", "the first 5km in roughly 15:59 and 10km in about 32:01")
    rf"|\band\s+an?\s+(?:[a-z]+\s+)?(?P<d_of>\d{{3,5}}|\d{{1,2}},\d{{3}})\s?(?P<unit_of>m|metres?|meters?)\s+of\s+$",
    re.IGNORECASE,
)
# a point reached, set off by a comma, as translated copy writes it: "To the 600 m, the chronometer indicated 1:29,5",
# or its time after "in": "The hares have taken the group to the 400 metres in 1:00.9"
SPLIT_POINT_TO = re.compile(r"\bto\s+the\s+(?P<d>\d{3,5}|\d{1,2},\d{3})\s?(?P<unit>m|metres?|meters?)\b(?=,|\s+in\s+(?:\d|\Z))", re.IGNORECASE)
# a point in miles said in words: "through five miles in 23:22", "hit two miles in 9:47"
SPLIT_POINT_MILES_WORDS = re.compile(
    rf"\b(?:through|thru|pass|passes|passed|passing|at|reach|reaches|reached|reaching|hit|hits|hitting|by|after"
    # (or opening a sentence that says it was passed, as translated copy does: "The eight kilometers was passed in 21:44")
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:The)(?=\s+(?:{_NUM_WORD})\s+(?:miles?|kilomet(?:re|er)s?)(?:\s+(?:mark|point))?\s+(?:was|were)\s+(?:passed|reached|covered)\b))"
    rf"\s+(?P<d>{_NUM_WORD})\s+(?P<unit>miles?|kilomet(?:re|er)s?|km)\b",
    re.IGNORECASE,
)
# a mile marker said by its number, as American copy does: "By mile 20, reached in 1:38:32", "went through mile 22 in 1:48:10"
# (its time right after, where the search for a time's point ends: not "broke away at mile 22 and clocked 2:09:05 to win")
SPLIT_POINT_MILE_NUMBER = re.compile(
    r"\b(?:through|thru|pass|passes|passed|passing|at|reached|reaching|by|after|hit|hitting)\s+(?P<unit>mile)\s+(?P<d>\d{1,2}(?:\.\d)?)\b(?![-–]|\s+of\b)"
    r"(?=,?\s+(?:(?:together|alone|first|clear)\s+)?(?:(?:reached|passed|hit|covered)\s+)?(?:in|at|on)\s+$)",  # ("was alone at mile 10.2 in")
    re.IGNORECASE)
# ... or a distance in kilometres opening its clause, a pronoun passing it, as translated copy writes it: "15 km they passed in
# 48:41", "20 km he reached in 55:37"
SPLIT_POINT_PRONOUN_PASSED = re.compile(r"\b(?P<d>\d{1,2}(?:[.,]\d)?)\s?(?P<unit>km|kilomet(?:re|er)s?)\s+(?:they|he|she|we)\s+"
                                        r"(?:passed|reached|covered)\s+(?:in|at|on|with)\s+$", re.IGNORECASE)
# ... or in the bracket after an aid station's place on a list's row, its time after a colon: "- Cottonwood Gulch (mile 7.2):
# 55:40" (`splits`: under a heading that calls the rows splits, not "Aid-station cutoffs:")
_MARKER_IN_BRACKET = r"\([ \t]*(?:(?P<unit>mile|km)|mi\.?)[ \t]+(?P<d>\d{1,3}(?:\.\d{1,2})?)[ \t]*\)"  # ("(mile 7.2)", "(mi. 16.8)",
# "(km 11.6)"; no unit group for "mi": miles, as `splits` reads a point with none)
SPLIT_POINT_MILE_BRACKET = re.compile(r"(?m)^[ \t]*[-•*–]?[ \t]*(?-i:[A-Z])[^\n():]{0,40}" + _MARKER_IN_BRACKET
                                      + r"[ \t]*[:–—-]?[ \t]*(?:(?-i:[A-Z])[\w'’-]*[ \t]+){0,2}$", re.IGNORECASE)
# a distance's mark, where a split is taken: "the 5000-meter mark passed ... after 15:37,40", "the 800m mark", "hit the
# eight-kilometre mark in 22:30"
SPLIT_POINT_MARK = re.compile(
    rf"(?<![\d,.])(?P<d>\d{{3,5}}|\d{{1,2}}[,.]?\d{{3}}|\d{{1,2}}(?=\s?-?(?:km|k|kilomet))|\b(?:{_NUM_WORD})(?=-(?:kilomet|mile)))"
    r"\s?-?(?P<unit>m|metres?|meters?|metre|meter|km|k|kilomet(?:re|er)s?|miles?|(?<=\d00)(?=\s+mark\b))\s+"  # (a track's "the 1,600 mark")
    r"(?:mark(?:er)?|(?<=mile\s)post|intermediate\s+time|split(?:\s+time)?|checkpoint|check\s+point)\b",
    re.IGNORECASE,  # "the 5000-meter mark", "By the 30-km mark, reached in 1:29:17", "the 40-kilometer intermediate time was",
    # "the ten-mile checkpoint at Sutton Bank in 1:16:40", "the four-mile marker, which he passed in 19:18"
)
# a second time at the point just named, another runner's or group's: "He went through 35km in 1:44:40, 17 seconds clear
# of a chasing group led by Abdi, which passed in 1:44:57"
SAME_POINT_AGAIN_BEFORE = re.compile(
    r"\b(?:which|who|that)\s+(?:also\s+|then\s+)?(?:passed|went\s+through|came\s+through|reached\s+it|passed\s+it|got\s+there)\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
# ... or another runner's, told in a clause joined to the first time's: "At 35 kilo Edesa was 1:56:36, and Kobayashi was
# 1:56:44", "At 35km Edesa was timed in 1:56:36 and Kobayashi in 1:56:44" (what lies between the two times)
SAME_POINT_OTHER_RUNNER_GAP = re.compile(
    r"(?:\s*\([^()\n]{0,30}\))?\s*(?:,\s*(?:and|while)?|and|while)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
    r"\s+(?:was(?:\s+timed)?(?:\s+(?:in|at))?|in|at|on|(?:passed|went\s+through|came\s+through|followed)\s+in)\s+", re.IGNORECASE)
# ... or on a checkpoint's row, its runners listed with a comma between them: "CP2 Yoke (6.8km) – Ellwood 30:05, Hebblethwaite
# 30:11" (only on such a row, the line opening with a point's distance in brackets and a dash: not a sentence's list of times)
ROW_OTHER_RUNNER_GAP = re.compile(r",[ \t]*(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?[ \t]+")
CHECKPOINT_ROW_OPENING = re.compile(r"[ \t]*[^\n()]{0,40}\([ \t]*\d[\d.,]*[ \t]?(?:km|k|m|miles?)[ \t]*\)[ \t]*[–—:-]", re.IGNORECASE)
CLAUSE_CLOSED_AFTER_TIME = re.compile(r"\s*(?:[.;)]|$|\s+with\s+\d)"  # (the clause ends with the time: "and Kobayashi was 1:56:44
                                      # with 8 seconds behind"; not "and Hassan in 3:51.20 was second", "and Kipruto was 2:02:10 as
                                      # runner-up") ... or a row ends, or goes on to another runner's time: "Ellwood 16:48,
                                      # Hebblethwaite 16:49, Gaskell 16:55"
                                      r"|[ \t]*\n|,[ \t]*(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?[ \t]+\d")
# a time run at a point, the time in words right after it: "passed the 5km point in 14 minutes 52 seconds" (not a gap: "a lead
# of", nor a stretch in an aside: "At 10km, having run the first kilometre in 2 minutes 41 seconds")
POINT_THEN_TIME_GAP = re.compile(r"(?:\s+(?:point|mark|marker))?\s+(?:in|at)\s+", re.IGNORECASE)
# ... the name a relative clause saying it opens after: "with Hassan, who went through in 2:04.5"
WHO_CLAUSE_AFTER = re.compile(r",\s+who\b")
# ... and the leader of that group: "a chasing group led by Abdi", "the pack headed by Kipruto"
GROUP_LED_BY_BEFORE = re.compile(r"\b(?:group|pack|bunch|trio|quartet|pair|chasers|field)(?:\s+of\s+(?:[\w-]+\s+){1,2}?(?:athletes|runners|men|women))?"
                                 r"\s+(?:led|headed|driven|pulled)\s+by\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)  # ("a group of eleven athletes led by")
# a place of the course with its distance in a bracket: "passed through Cato Ridge (28.5km) in 1:42:40", "by Pinetown
# (70.5km), which he reached in 4:12:05" (an ultra's or a road race's checkpoints)
_COURSE_PLACE = r"(?-i:(?!(?:Men|Women|Boys|Girls|Senior|Seniors|Junior|Juniors|Masters|Open|Race)\b)[A-Z][a-z][\w'’-]*)"  # not "MEN (10km):"
# (or a feature of the course: "at the turnaround (2.5K) in 8:25")
_COURSE_FEATURE = (r"the\s+(?:turnaround|turn(?:ing\s+point)?|summit(?:\s+cairn)?|cairn|top\s+of\s+the\s+(?:hill|climb|bridge)|bridge|(?:water|feed|drinks)\s+station|trig(?:\s+point)?"
                   r"|top(?=\s+of\s+(?:the\s+)?(?-i:[A-Z]))|top(?=\s+in\s))")  # (the top of a named climb: "reached the top of Constantia Nek in
# 2:29:55"; the top alone, its time right after: "was third to the top in 57:05")
SPLIT_POINT_PLACE = re.compile(
    rf"(?:{_COURSE_PLACE}|{_COURSE_FEATURE})" + r"\s+\((?P<d>\d{1,3}(?:[.,]\d{1,2})?)\s?(?P<unit>km|k|kilomet(?:re|er)s?|miles?)\)", re.IGNORECASE
)
PLACE_BRACKET_BEFORE = re.compile(_COURSE_PLACE + r"\s+\($")
# ... or reached with its time, its distance unsaid: "Wild reached the summit checkpoint in 59 minutes and two seconds", "She
# turned at the summit in 1:09:55", "hit the turnaround in 14:58"
FEATURE_REACHED_BEFORE = re.compile(
    rf"\b(?:reached|reaching|reaches|hit|hitting|turned\s+at|turning\s+at|got\s+to|crested|topped|(?:was|been|went|going|goes)\s+(?:at|through)"
    r"|(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+(?:to\s+touch|to|at|over)"  # ("third to the top in", "first to touch the trig")
    r"|(?:went|go|goes|going|came|come|were|was)\s+over"  # ("A pack of 14 went over the top of Chapman's Peak together in 1:44:10")
    r"|had\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+at)"  # ("the marshal had Gethin at the trig in 26:41")
    rf"\s+(?P<point>{_COURSE_FEATURE})(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:de\s+|du\s+|la\s+)?(?-i:[A-Z])[\w'’-]*){{0,2}})?"
    r"(?:\s+checkpoint)?(?:\s+at\s+\d[\d,]*\s?(?:metres|meters|m|feet|ft)\b)?"  # (its height said: "the trig point at 893 metres in
    # 56:12", "the summit at 4,411 feet in")
    r"(?:\s+(?P<together>together|side\s+by\s+side|level))?\s+in\s+$"  # ("first to the summit in", "at the summit
    # of the Col de Balme in")
    # ... or the feature set off, then reached in a relative clause: "She was already well clear at the summit, which she reached in
    # 24:30"
    rf"|\b(?:at|by|to)\s+(?P<point2>{_COURSE_FEATURE}),\s+which\s+(?:he|she|they|the\s+\w+)\s+(?:reached|hit|crested|topped)\s+in\s+$",
    re.IGNORECASE)
# a course up a hill and back down it, its summit mid-race: "straight up the east ridge to the trig point and straight back down
# the same line", "an up-and-down race", "an out-and-back route" (not "up and down the field", "ups and downs")
# a day other than the one told, said after a summit's time: "... and won the race the next day in 1:20:00", "and on Sunday he
# won the marathon"
ANOTHER_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|week|weekend)|the\s+day\s+after|"
                         rf"on\s+{_WEEKDAY})\b", re.IGNORECASE)
# a race up to the top and back: "the 10-mile race from the Marian up to the summit of Penygadair and back" (its top halfway)
_TO_THE_TOP_AND_BACK = r"\bto\s+the\s+(?:summit|top|trig(?:\s+point)?)\s+(?:of\s+(?:[\w'’-]+\s+){1,3}?)?and\s+back\b"
UP_AND_DOWN = re.compile(r"\b(?:up[\s-]and[\s-]down\s+(?:race|course|route)|out[\s-]and[\s-]back|(?:straight|then|and)\s+back\s+down\s+(?:the\s+same|again|to)"
                         rf"|summit\s+is\s+(?:\w+\s+){{0,3}}(?:at\s+)?half-?way)\b|{_TO_THE_TOP_AND_BACK}", re.IGNORECASE)
# ... and a runner listed after another's time there, in their own: " with Tom 15 seconds back in ", " and Dafydd in "
LISTED_RUNNER_GAP = re.compile(r",?\s+(?:with|and)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
                               r"(?:\s+(?!(?:won|wins|finished|crossed|came|home|clocked|ran|took)\b)[\w-]+){0,4}?\s+in\s+", re.IGNORECASE)
# the distance a feature of the course is said to be at, right after its word: "the summit at 5.5km", "Summit (5.5km)"
FEATURE_DISTANCE_AFTER = r"[ \t]+(?:\(|(?:is[ \t]+)?at[ \t]+)(?P<d>\d{1,3}(?:[.,]\d{1,2})?)[ \t]?(?P<unit>km|k|miles?)\b"
SUMMIT_HALFWAY = re.compile(rf"\bsummit\s+is\s+(?:\w+\s+){{0,3}}(?:at\s+)?half-?way\b|{_TO_THE_TOP_AND_BACK}", re.IGNORECASE)  # "so the
# summit is bang on halfway", "up to the summit and back"
CHECKPOINT_STRETCH_BEFORE = re.compile(r"\b(?:between|from)\s+(?-i:CP)\s?\d{1,2}\s+(?:and|to)\s+$", re.IGNORECASE)  # "from CP2 to CP3
# in 12:10": a stretch between them, no time at either
FINISH_ON_TOP = re.compile(r"\b(?:finish(?:es|ed)?|ends?|ended)\s+(?:on|at)\s+(?:the\s+)?(?:summit|top)\b", re.IGNORECASE)  # "The race finishes
# on the summit"
ANOTHER_RUNNER_TOLD = re.compile(r"\b(?:who|while|whereas|whilst|although|though)\b|\b(?:and|with|as|ahead\s+of|behind|clear\s+of|than|from)\s+(?-i:[A-Z])")  # another runner told
# between two times: "39:10, well ahead of Tom Evans, who got there in 41:05"
TOGETHER_AFTER = re.compile(r"\s+(?:together|side\s+by\s+side|level)\b", re.IGNORECASE)  # "reached the top in 2:29:55 together"
MID_RACE_FEATURE = re.compile(r"\b(?:turned|turning|turnaround|turn|checkpoint|through|together|side\s+by\s+side|level)\b", re.IGNORECASE)  # ... a
# point the race goes on from (or goes through: "he was through the trig in 30.12"; or two runners reached together: "crested the
# summit together in 21:05")
# ... or a checkpoint by its code, never the finish, the words between saying no finish ("She'd already been at CP3 in 45.30",
# "together at the trig (CP2), the marshal reckoned in 27:50"; not "at CP4 and finished in 1:04:32")
CHECKPOINT_CODE_BEFORE = re.compile(
    r"\b(?:at|through|to|reached|reaching|passed|passing|by|and)\s+(?:the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+\(\s*)?(?P<point>(?-i:CP)\s?\d{1,2})\)?"
    r"(?:\s*\([^()\n]{1,30}\)|,\s+[^,.;\n]{1,30},)?"  # ("reached CP3 (Stoodley Pike) in", "At CP3, Stoodley Pike, in")
    r"(?:,?\s+(?:(?!and\b|but\b|then\b|before\b|finish|won\b|win\w*|victory|triumph\w*|title|clock|tape|home\b|crossed\b|line\b|going\b"
    r"|took\b|placed?\b|held\b|ended\b|came\b|was\b|were\b|first\b|second\b|third\b|fourth\b|fifth\b|sixth\b|last\b)"
    r"(?-i:[a-z])[\w'’-]*\s+){0,4}?)?\s*(?:in|at)\s+$",
    re.IGNORECASE)
WIN_OR_RECORD_WORD = re.compile(r"\b(?:won|wins|win|winning|(?<!year['’]s\s)(?<!former\s)(?<!defending\s)(?<!previous\s)winner|victory|record"
                                r"|clear\s+of\s+the\s+field)\b", re.IGNORECASE)  # (not a title: "last year's winner", "the defending winner")
# a relay's stage, its length in brackets after it: "the 1st section (9.5km)", "In 2nd section (11.1km)", "the 5th section of
# mountain climbing (20.8km)", "the third stage (10km)"
RELAY_RACE = re.compile(r"\b(?:ekiden|road\s+relays?|relays?)\b", re.IGNORECASE)  # a text about a relay, its stages races of their own
STAGE_BRACKET_BEFORE = re.compile(  # (its ordinal said: not a course's "final section (2.2km)", "toughest stage (4.5km)")
    r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?<![\d.,:])\d)\s+(?:section|stage|leg)"
    r"(?:\s+(?:of\s+)?[a-z][\w-]*){0,3}\s+\($", re.IGNORECASE)  # (Japanese copy translated counts them: "In 2 section (5.8 km)")
COURSE_WORD = re.compile(r"\b[Cc]ourse\b")  # "LaVern Gibson Championship Course, Terre Haute (": a course named
# a point said by what was left of the race, its time after: "With 400 meters left Ingebrigtsen had the time 11.54,6"
SPLIT_POINT_TO_GO = re.compile(
    r"\bwith\s+(?P<d>\d{3,4})\s?(?P<unit>m|metres?|meters?)\s+(?:to\s+go|left|remaining)\b", re.IGNORECASE)
# ... or after the time: "was at 3:07.6 with a lap to go", "3:52.10 with 200 meters left"
TO_GO_AFTER_TIME = re.compile(r"[ \t]+with[ \t]+(?:(?P<lap>a|one)[ \t]+lap|(?P<d>\d{3,4})[ \t]?(?P<unit>m|metres?|meters?))[ \t]+"
                              r"(?:to[ \t]+go|left|remaining)\b", re.IGNORECASE)
# ... its runner said to be there right before the time: "was at", "went through", "hit"
PASSED_AT_BEFORE = re.compile(r"\b(?:was|were|had\s+been|passed|went\s+through|came\s+through|hit|reached|clocked|timed)\b[^.;:!?\d]{0,12}$",
                              re.IGNORECASE)
# a point the clock is read at, translated Polish and Czech copy's "on 1200 metres the clock showed 3:09,8", Greek's "in the 20
# kilometres the clock showed 1:03:25", Finnish's "and in 2000 metres the clock was 5.30,2"
SPLIT_POINT_CLOCK_READ = re.compile(
    r"\b(?:on|at|in)\s+(?:the\s+)?(?P<d>\d{3,5}|\d{1,2}(?:[.,]\d)?(?=\s?(?:km|kilomet)))\s?(?P<unit>m|metres?|meters?|km|kilomet(?:re|er)s?)\s+"
    r"(?:the\s+)?(?:clock|board|stopwatch|timer|chronometer|display|screen)\s+(?:showed|shows|read|reads|indicated|indicates|displayed|said|stopped\s+at|was)\s+",
    re.IGNORECASE)
# a distance said to be passed, its time after: "the 2000 m being passed in 5 min 29 s 80" (translated), "the 10km was reached in",
# "the 3000 meters passed at 8:31", or, in "kilo" (Japanese copy translated, its kilometre), the time said to be the point's
# right after it: "the 25 kilo was 1:23:50"
SPLIT_POINT_PASSED = re.compile(
    r"(?<![\d,.])(?P<d>(?:(?<![\s(]\d[ \u00a0])(?<![\s(]\d\d[ \u00a0])|(?![05]00(?!\d)))\d{3,5}|(?<![\w.:,])(?:\d{1,2}[ \u00a0][05]00|" + _THOUSANDS_SPACE_BEFORE + r"\d{1,2}[ \u00a0][1-46-9]00)(?=\s?(?:m|metres?|meters?)\b)|\d{1,2}[,.]\d{3}|\d{1,2}(?=\s?(?:km|k\b|kilomet|kilos?\b)))\s?(?P<unit>m|metres?|meters?|km|k|kilomet(?:re|er)s?|kilos?)"
    r"(?:\s+passed\s+(?:in|at)(?=\s*$)|(?<=kilo)s?\s+(?:was|were|passed|went\s+by\s+in)(?=\s*$)"  # ("was" a "kilo"'s only: not "His 400m was 45.00")
    r"|\s+(?:being|was|were|having\s+been|been)\s+(?:passed|reached|covered|crossed)\b"
    r"|,?\s+(?:which|that)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:passed|reached|covered|crossed|went\s+through|hit)\b)",  # "800m, which the leaders passed in"
    re.IGNORECASE,
)
# ... or said to arrive, come up, go by or tick by in its time ("The 25 km went by in 1:13:00", "7000m arrived in 18:57.4", "The
# 10 kilometers arrived in 29:01", translated from Spanish): a point only of a race known to be longer (`splits`), and in a text
# naming a longer road race (`context`: not "The 100 km arrived in 6:05:35 for Sorokin", the race's own)
SPLIT_POINT_ARRIVED = re.compile(
    r"(?<![\d,.:])(?<!\d\s)(?<!\b[Hh]er\s)(?<!\b[Hh]is\s)(?<!\bbest\s)(?P<d>\d{3,5}|\d{1,2}[,. \u00a0]\d{3}(?=\s?(?:m|metres?|meters?)\b)|\d{1,2}(?=\s?(?:km|k\b|kilomet)))\s?"
    r"(?P<unit>m|metres?|meters?|km|k|kilomet(?:re|er)s?)\s+(?:(?:arrived|came|went)\s+in|(?:came\s+up|went\s+by|ticked\s+by)\s+(?:in|at)|were\s+in|marked|"
    r"had\s+been)(?=\s*$)",  # ("(5km had been 14:42, already slower": a point; not "Her 10km had been 31:02", a best, below)
    re.IGNORECASE)  # ("the 3 000 m went by": the 3000m, not "000 m"; translated: "400 metres went in 56,0", "The 20 kilometres were in 1:00:36", "the 20
# kilometres marked 54:52 for Kejelcha", from Spanish "los 20 kilómetros marcaron")
ARRIVED_AFTER = re.compile(r"\s+(?:(?:(?:arrived|came\s+up|went\s+by|ticked\s+by|were)\s+in|was|had\s+been)\s+\d(?![^.;!?\n]{0,12}\b(?:for|(?:won\s+)?by)\s+(?-i:[A-Z]))"
                           r"|(?:marked|used)\s+\d)", re.IGNORECASE)  # (or "The 20km was 1:00:14", translated from Japanese; "10
# kilometers used 30:21", from Chinese; "(5km had been 14:42, already slower than the plan)")
# a road race anyone runs, timed right after it, its times as slow as they come (`context.repair_event`): "completed his 250th
# parkrun in 27:44" (not "backed up her parkrun with 22nd in 29:15", a cross country's)
_CLUB_RUN_THEN_TIME = r"\b(?:parkrun|fun\s+run)\s+(?:in|with)\s+"
CLUB_RUN_TIMED = re.compile(_CLUB_RUN_THEN_TIME + r"(?=\d{1,2}[:.]\d\d)", re.IGNORECASE)  # in a sentence
CLUB_RUN_TIMED_BEFORE = re.compile(_CLUB_RUN_THEN_TIME + r"$", re.IGNORECASE)  # right before a time (`results.fitting_event`)
# a course said to be of a distance: "The route is the usual 11km with 760m of climb", "the course measures 9.6km" (the race's
# odd distance, `context._event_from_words`)
COURSE_IS_BEFORE = re.compile(r"\b(?:route|course)\s+(?:is|was|measures|measured|covers|covered)\s+(?:(?:the|a|an)\s+)?"
                              r"(?:usual|same|traditional|full|standard)?\s*(?:(?:roughly|about|around|approximately|some|just\s+(?:under|over))\s+)?$",
                              re.IGNORECASE)
# ... or a race said to be of it by its name: "For anyone who hasn't done it, Ras Moel Siabod is 8.5km with about 700m of climb",
# "The race is 21km" (not a runner's place in it: "Kiprop was 8.5km into the race", "the race was 10km old", nor a change of the
# course: "Ras Moel Siabod is 2km longer this year")
RACE_NAME_IS_BEFORE = re.compile(r"(?:\brace|\b(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){1,4})\s+(?:is|was)\s+"
                                 r"(?:(?:roughly|about|around|approximately|some|just\s+(?:under|over))\s+)?$", re.IGNORECASE)
RACE_IS_NOT_AFTER = re.compile(r"[\s,]*(?:into|in\b|from|to\s+go|out|away|ahead|behind|clear|old|later|before|after|further|up|down|off|"
                               r"longer|shorter|more|less|too)\b",
                               re.IGNORECASE)
# a category of runners with its race's distance in a bracket, as a programme lists them: "Senior Men (10km), Senior Women
# (10km), Under-20 Men (8km) and Under-20 Women (6km)" (`context.category_distances`); a sentence naming such a category and no
# event is of its race ("In the Senior Men's race, Isaac Chemutai ... won in 29:41", a heading "SENIOR WOMEN")
_RUNNERS_CATEGORY = r"(?:senior|junior|under[\s-]?\d{2}|u\d{2}|masters?|veterans?)\s+(?:men|women|boys|girls)"
CATEGORY_DISTANCE = re.compile(rf"\b(?P<cat>{_RUNNERS_CATEGORY})\s*\(\s*(?P<d>\d{{1,2}}(?:[.,]\d)?)\s?(?:km|k|kilomet(?:re|er)s?)\s*\)",
                               re.IGNORECASE)
CATEGORY_SAID = re.compile(rf"\b(?P<cat>{_RUNNERS_CATEGORY})\b", re.IGNORECASE)
# a race one's next target is (`context.sentence_race`: an event, but not the sentence's race): "said his next target is the
# marathon" (not "Her next target was the 10,000m, and on Saturday she won it")
NEXT_TARGET_BEFORE = re.compile(r"\bnext\s+(?:target|goal|aim|objective)\s+(?:is|will\s+be)\s+(?:the|a|an|his|her|their)\s+$", re.IGNORECASE)
# a distance said "every" or "each", not of a round: "Women's leader, every 5K (leader in brackets):" over a splits table (not
# "Each 1500m heat was won in under 4:05", "Every 5000m final this year")
EVERY_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
HEADING_REST_AFTER = re.compile(r"[^\n]{0,80}?(?<![.!?;,])[ \t]*(?:\n|$)")  # (the heading's line ends with no sentence's stop: not "Every
# 10K she enters, she wins; on Sunday Hellen Obiri clocked 31:40.", "Obiri has won every 10K she has entered this year.")
# ... or ending its clause, a spacing: "water stations were every 5km – but" (not "Every 10K she enters, she wins")
EVERY_SPACING_AFTER = re.compile(r"\s*(?:[–—,;.:)]|$|\s+(?:but|and|along|on|of|throughout)\b)")
ROUND_WORD_AFTER = re.compile(r"\s*(?:heats?|finals?|semi|semi-?finals?|rounds?|races?)\b", re.IGNORECASE)
# a distance where someone read the clock: "when I saw the clock in the 20 kilometres I knew" (translated): a point of the race
# (`context`: not a steeplechase or hurdles race)
CLOCK_AT_POINT_BEFORE = re.compile(r"\b(?:clock|watch|chrono(?:meter)?)\s+(?:in|at)\s+the\s+$", re.IGNORECASE)
# a track distance said without its unit, as American copy does: "took them through 400 in 55.6", "hit 1200 at 2:52",
# "went 400 in 56.1", "took them out, 400 in 54.6", "at the 2000 in 5:06.1", "and to the 800 in 2:03.3" (translated),
# "passing the 800 in 1:59.8 and the 1.200 in 2:55.6" (translated from Spanish, a point for thousands), "reaching 1,200
# together in 3:42"
SPLIT_POINT_NO_UNIT = re.compile(
    r"(?:\b(?:through|thru|pass|passes|passed|passing|hit|hitting|reached|reaching|went|covered|arrived\s+at|(?:at|to)(?=\s+the\s)|"
    r"(?<=\bled\s)at|(?<=\bleading\s)at)\s+(?:the\s+)?"  # "Sandoval led at 1,200 in 3:08.9"
    r"|(?<=,\s)(?:the\s+)?|(?<=\band\s)(?:the\s+)?)"
    r"(?P<d>200|300|400|600|800|1[,.]?000|1[,.]?100|1[,.]?200|1[,.]?300|1[,.]?400|1[,.]?500|1[,.]?600|2[,.]?000|3[,.]?000|4[,.]?000|5[,.]?000)(?P<unit>)"
    r"(?:(?:\s+(?:together|alone|side\s+by\s+side|first|still))?\s+(?:in|at)|,\s+(?:where|when)\s+(?:[\w’'-]+\s+){0,3}?(?:(?:has|had)\s+)?"
    r"(?:passed|went\s+through|came\s+through|reached|hit|was|were)\s+(?:in|at)"  # "At the 1200, where the Kipyegon has passed in 3:05.4" (translated)
    r"|,\s+(?:passed|reached|covered)\s+(?:in|at))\b",  # "At the 3000, passed in 8'39"2, the last hare has stepped aside" (translated)
    re.IGNORECASE,
)
# ... or after "at the", as Italian copy translated says them: "at the 400 the passage was of 55"2, at the 800 of 1'52"9"
SPLIT_POINT_AT_THE_NO_UNIT = re.compile(
    r"(?:\bat\s+the\s+(?P<d>200|300|400|600|800|1[,.]?[0-6]00|2[,.]?000|3[,.]?000|4[,.]?000)\s+the\s+passage\s+was\s+(?:of|in)\b"
    # (its "of" only listed after another point's time: not "She had been the best at the 800 of 1'59"8 in Padova")
    r"|\d[”\"'’]?,\s+at\s+the\s+(?P<d_listed>200|300|400|600|800|1[,.]?[0-6]00|2[,.]?000|3[,.]?000|4[,.]?000)\s+of(?=\s?$))(?P<unit>)",
    re.IGNORECASE,
)
# ... and with its time in a bracket, "At the 1200 (2'49"1) the Kenyan took the head", only after a point that is no event
# ("At the 1500 (4:05.21) she had been only fourth" is a race's; "school records in the 200 (23.41)" no point either), or listed
# after another point's time ("at the 2000 in 5'44"9, at the 3000 (8'37"6) in the head there are still eight")
SPLIT_POINT_AT_THE_BRACKET = re.compile(
    r"(?:\bat\s+the\s+(?P<d>600|700|900|1[,.]?[1-4]00|2[,.]?[4-8]00)|\d[”\"'’]?,\s+at\s+the\s+(?P<d_listed>[1-9]\d?00|\d[,.]\d00))(?P<unit>)\s+\($",
    re.IGNORECASE,
)
# ... or said to go by: "The 800 went by in something like 2:07", "the 1200 passed in 3:10"
SPLIT_POINT_NO_UNIT_PASSED = re.compile(
    r"\bthe\s+(?P<d>200|300|400|600|800|1,?000|1,?200|1,?600|2,?000|3,?000|4,?000|5,?000)(?P<unit>)\s+"
    r"(?:went\s+by|passed|came\s+up|ticked\s+by|was\s+(?:reached|passed))\b",
    re.IGNORECASE,
)
# ... and a road race's kilometre said without its unit, as copy translated from Spanish writes it ("pasó por el 20"):
# "by the 10 in 27:25", "passed by the 20 in 54:33" (read as kilometres only in a road race longer than it)
SPLIT_POINT_KM_NO_UNIT = re.compile(
    r"\b(?:by|through|passed|reached|at|(?<!finished\s)(?<!ended\s)(?<!was\s)(?<!placed\s)(?<!classified\s)in|until)\s+the\s+(?P<d>[1-4]?\d)(?:\s+"
    r"(?:in|the\s+(?:chronometer|clock|watch|timer)\s+(?:marked|showed|read|said|stopped\s+at))\s+"  # "in the 15 the chronometer marked 41:05"
    # (its time in a bracket, "but in the 35 (1:42:20) the advantage of the Ethiopian was already of eight seconds", or the clock
    # read there: "Rotich arrived until the 30, where the clock marked 1:27:41"; not a place in a classification, "finished in the 35
    # (2:15:30) of the general classification")
    r"|\s*\(\s*|,\s+where\s+the\s+(?:chronometer|clock|watch|timer)\s+(?:marked|showed|read|said)\s+)$",
    re.IGNORECASE,
)
# the unit before the number, as translated copy writes a road split: "At kilometre 5, 13:32", "in the kilometre 8"
SPLIT_POINT_KM_FIRST = re.compile(r"\b(?:at|in|by|passed|through|until(?=\s+(?:the\s+)?(?:kilometre|kilometer|km)\s+\d{1,2},\s+(?:reached|passed)\s+in\b))"
                                  r"\s+(?:the\s+)?(?P<unit>kilometre|kilometer|km)\s+(?P<d>\d{1,2})\b", re.IGNORECASE)
# ("Kiguen continued pulling until the kilometre 25, reached in 1:13:02"; not "resisted in her shadow until the kilometre 12 and was
# second with 1:04:18")
# ... or as a distance into the race: "reached the checkpoint at the White Horse car park, roughly six miles in, in 44min 10sec"
SPLIT_POINT_INTO = re.compile(
    rf"\b(?P<d>{_NUM_WORD}|\d{{1,2}})\s+(?P<unit>miles?|km|kilomet(?:re|er)s?)\s+in\b(?=\s*[,;)—–-])", re.IGNORECASE)
# ... or by its ordinal, as French copy translated says it: "At the 30th kilometre, crossed in 1h29'12" ("au 30e kilomètre"),
# or a mile of a road race ("The decisive move came in the 25th mile, which Lokedi covered in 5:02": the mile ending there)
SPLIT_POINT_KM_ORDINAL = re.compile(
    r"\b(?:at|to|by|passed|through|reached|in|until|till)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th|e|º|°)\s+(?P<unit>kilometre|kilometer|km|mile)\b",
    re.IGNORECASE)  # (translated: "waiting behind ... until the 30th kilometer (1:31:22)")
# ... or right after its time: "blew the race apart with a 4:34 20th mile"
# the opening stretch said after its time: "After a 14:08 first 5km he ran the second half alone", "a 2:51 opening kilometre"
# is `ONE_UNIT_POINT`'s (not "his first 5km race", "a 15:10 first 5K of the season")
RAN_A_BEFORE = re.compile(r"\b(?:ran|run|runs|running|raced|clocked)\s+an?\s+$", re.IGNORECASE)  # (then "first 5000m": a debut)
FIRST_STRETCH_AFTER = re.compile(r"\s+(?:opening|first)\s+(?P<d>\d{1,2}(?:[.,]\d)?|\d{3,5})\s?(?P<unit>km|k|kilomet(?:re|er)s?|miles?|m|metres?|meters?)\b"
                                 r"(?!\s+(?:race|run|title|outing|of\s+the\s+(?:year|season)|of\s+\d))", re.IGNORECASE)
NTH_POINT_AFTER = re.compile(r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\s+(?P<unit>kilometre|kilometer|km|mile)\b", re.IGNORECASE)
# the other ways to say a distance reached, each read like "through 400m": "At kilometre 5", "To the 600 m,",
# "through five miles", "the 5000-meter mark", "through 400 in 55.6", "the 2000 m being passed in", "Cato Ridge (28.5km)",
# "The 800 went by in"
# a point labelling a live blog's entry, its time later on the line: "35km: Kiptum goes through in 1:41:03"
# (or after its time stamp, with whose point it is: "9:29 a.m. — 40km for Kipruto: 1:57:51", "9:21 a.m. — Chepngetich 35km: 1:50:10")
SPLIT_POINT_LABEL = re.compile(
    r"(?m)(?:^|(?<=\d[ \t][–—-][ \t])|(?<=\.m\.[ \t][–—-][ \t]))[ \t]*(?:[-*•·][ \t]*)?(?:(?-i:[A-Z][\w'’-]+)[ \t]+)?"
    r"(?P<d>\d{1,2}(?:[.,]\d)?|\d{3,5})\s?(?P<unit>km|k|m|miles?)(?:[ \t]+for[ \t]+(?:(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+))?"
    rf"|(?P<field>{_FIELD})))?"  # (or a field's: "10km for the women: 32:09", "30km for the women in 1:36:58")
    r"[ \t]*(?(field)(?::|in\b)(?=[ \t]+(?:\d|$))|:(?=[ \t]+\S|[ \t]+$))", re.IGNORECASE  # (its time right after: the search ends there)
)
# a lap's line of a splits list, its point in a bracket: "Lap 3 (609m) – 1:25.6 (Sowinski)", "Lap 7 (1409m, bell) – 3:19.3"
SPLIT_POINT_LAP_ROW = re.compile(
    r"(?m)^[ \t]*(?:[-*•·][ \t]*)?Lap\s+\d{1,2}\s*\((?P<d>\d{3,5})\s?(?P<unit>m)\b[^)\n]{0,20}\)[ \t]*[–—:-]", re.IGNORECASE
)
# a marathon's halfway in miles, its unit unsaid, as American copy writes it: "Lemma hits 13.1 in 1:00:19"
SPLIT_POINT_HALF_MILES = re.compile(
    r"\b(?:through|thru|hits?|hitting|pass(?:ed|es|ing)?|at|reach(?:ed|es|ing)?)\s+(?:the\s+)?(?P<d>13\.1)(?:\s?(?P<unit>miles?))?(?=\s+(?:in|at)\s)",
    re.IGNORECASE,
)
# the opening stretch of a race, with its time: "after a first 400m of 55.2", "through a dawdling opening 400m of 62.8
# seconds", "the opening 800m took 1:53.4" (not "her first 800m in 2:01", a first race of the distance, or "the first
# 800m race")
SPLIT_POINT_OPENING = re.compile(
    r"\b(?:the\s+(?:[a-z]+\s+)?(?:opening|first)|(?:an?|his|her|their|its)\s+(?:[a-z]+\s+)?opening)\s+(?P<d>\d{3,5}|\d{1,2},\d{3})\s?"
    r"(?P<unit>m|metres?|meters?|(?<=00)(?=\s+of\s+$)|(?<=opening\s[1-9]00)(?=\s+in\s+$))"  # ("through a quick opening 400 in 61.8";
    # not "won the first 100 in 9.95", a race)
    r"\s+(?:of|in|took|was|passed\s+in|went\s+by\s+in)\s+(?:just\s+|only\s+)?(?=\d|$)",
    re.IGNORECASE,
)
# ... "a first" only with "of" ("after a first 400m of 55.2"; not "ran a first 1500m in 4:11.20", a first race at the distance)
# (the unit of a track's hundreds left out before "of" and its time, as American copy does: "through a pedestrian first 1,600
# of 4:34"; not a race, "she ran a first 1500 of 4:10 after her pregnancy", "a first 1500 of 2025 in Boston")
SPLIT_POINT_A_FIRST = re.compile(
    r"(?<!\bran\s)(?<!\brun\s)(?<!\braced\s)\ban?\s+(?:[a-z]+\s+)?first\s+(?P<d>\d{3,5}|\d{1,2},\d{3})\s?(?P<unit>m|metres?|meters?|(?<=00)(?=\s+of\s+$))\s+of\s+(?:just\s+|only\s+)?(?=\d|$)",
    re.IGNORECASE,
)
# a point passed on the way, said as one's own: "His 1500m en route was 3:32.2", "her 10,000m split along the way of 31:02"
SPLIT_POINT_EN_ROUTE = re.compile(
    r"\b(?:his|her|their|its|(?-i:[A-Z][\w’'-]+)['’]s?)\s+(?:[a-z]+\s+)?(?P<d>\d{3,5}|\d{1,2},\d{3})\s?(?P<unit>m|metres?|meters?|(?<=00)(?=\s))"
    r"\s+(?:split\s+)?(?:en\s+route|along\s+the\s+way|on\s+the\s+way|in\s+passing)\s+(?:was|of|came\s+in|in)\s+(?:just\s+|only\s+|a\s+)?(?=\d|$)",
    re.IGNORECASE)
EN_ROUTE_AFTER = re.compile(r"\s+(?:split\s+)?(?:en\s+route|along\s+the\s+way|on\s+the\s+way|in\s+passing)\b", re.IGNORECASE)  # (its cheap test)
# the next point after a point said in words and its time: "took the field through the first lap in 62.5 and 800 metres in a
# dawdling 2:03.4" (not "won the 1500m in 3:55.12 and 800m in 1:58.40": two races)
SPLIT_POINT_AFTER_A_POINT = re.compile(  # (the same words as `POINT_WORDS_THEN_TIME_BEFORE`, `POINT_TIME_AFTER`)
    rf"{_POINT_WORDS}{_TIME_THEN_AND}(?P<d>\d{{3,5}})\s?(?P<unit>m|metres?|meters?)\b(?={_OWN_TIME_OPENING}(?:\d|$))", re.IGNORECASE)
# a point read off the runner's watch, its time after a colon: "km 5 - 4:43 (5K on the watch: 23:16)" (a blog's)
SPLIT_POINT_ON_WATCH = re.compile(r"\b(?P<d>\d{1,2}(?:\.\d)?)\s?(?P<unit>km|k|miles?)\s+on\s+(?:the|my|her|his)\s+(?:watch|garmin|clock)\s*[:,]?\s*$",
                                  re.IGNORECASE)
# ... or opening its sentence before the runner who passed it, as translated copy orders it: "The 8000 meters Crippa passed
# first in 22:27", "At the 30 kilometres Kiplimo and Aregawi went through together in 1:25:10"
SPLIT_POINT_FRONTED = re.compile(
    r"\b(?-i:At\s+the|The)\s+(?P<d>\d{3,5}|\d{1,2}[,. \u00a0]\d{3}(?=\s?(?:m|metres?|meters?)\b)|\d{1,2}(?=\s?(?:km|k\b|kilomet)))\s?"
    r"(?P<unit>m|metres?|meters?|km|k|kilomet(?:re|er)s?)\s+(?:(?-i:[A-Z])[\w'’-]+\s+(?:(?:and|&)\s+)?){1,4}"
    r"(?:passed|reached|went\s+through|came\s+through|crossed|covered|ran)\s+(?:(?:first|together|in\s+front|at\s+the\s+front|in\s+the\s+lead)\s+)?"
    r"(?:in|with)\s*$", re.IGNORECASE)
# ... or opening its sentence after "In the", a road race's point as translated copy says it: "In the 30 kilometres he was timed
# at 1:29:10", "In the 30 kilometres the Kenyan had already a gap of 22 seconds (1:48:20)" (not a race of its own: "In the 10km
# race Ruto won in 28:40", "In the 10 kilometres, held alongside, ...")
SPLIT_POINT_IN_THE_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:In)\s+the\s+(?P<d>\d{1,2})\s?(?P<unit>km|kilomet(?:re|er)s?)\b"
    rf"(?![^.!?\n]*?\b(?:race|{_OWN_RACE_WORDS})\b)", re.IGNORECASE)
# ... or its first stretch said before its verb, as translated copy orders it: "the leaders group the first 10 kilometers ran in
# 30:41", "He the first 10 km ran in 29:32" (a split at that point)
SPLIT_POINT_FIRST_STRETCH_RAN = re.compile(
    r"\bthe\s+first\s+(?P<d>\d{1,2})\s?(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+(?:ran|run|covered|passed|were\s+(?:run|covered))\s+in\s*$",
    re.IGNORECASE)
OTHER_SPLIT_POINTS = (SPLIT_POINT_IN_THE_OPENING, SPLIT_POINT_FIRST_STRETCH_RAN, SPLIT_POINT_OPENING, SPLIT_POINT_ON_WATCH, SPLIT_POINT_A_FIRST, SPLIT_POINT_AFTER_A_POINT, SPLIT_POINT_EN_ROUTE, SPLIT_POINT_KM_FIRST, SPLIT_POINT_KM_ORDINAL, SPLIT_POINT_INTO, SPLIT_POINT_TO, SPLIT_POINT_MILES_WORDS, SPLIT_POINT_MARK, SPLIT_POINT_NO_UNIT,
                      SPLIT_POINT_AT_THE_NO_UNIT, SPLIT_POINT_AT_THE_BRACKET,
                      SPLIT_POINT_PASSED, SPLIT_POINT_PLACE, SPLIT_POINT_NO_UNIT_PASSED, SPLIT_POINT_LABEL, SPLIT_POINT_LAP_ROW,
                      SPLIT_POINT_HALF_MILES, SPLIT_POINT_CLOCK_READ, SPLIT_POINT_MILE_NUMBER, SPLIT_POINT_FRONTED, SPLIT_POINT_PRONOUN_PASSED)
# a track race's point said after its time without a unit: "roughly 1:17.6 at 600" (`splits`: shorter than the race; a
# passing or rough time before it, `PASSING_TIME_BEFORE`: not a best, "whose best is 1:45.5 at 800", "has run 4:05 at 1600")
# a track's point in bare metres right after "for the first" or "through" ("in 63 for the first 400"), or right after a time
# after "a" ("through a slow 2:27 800", "a 4:35 first 1600": US track copy's splits; not a race, "a 4:35 1600 race", nor a
# mark, "ran a 4:35 1600")
_BARE_TRACK_M = r"(?P<d>[1-9]\d?00)\b(?![\d,.:]\d|\s?(?:m|metres?|meters?|km|k|miles?|yards?|feet|ft|hrs?|hours?)\b)"  # metres said bare
BARE_TRACK_NUMBER = re.compile(_BARE_TRACK_M + r"(?!\s+(?:race|run|title|final|heat|record|runner|specialist|man|woman|PR|PB|best)\b)", re.IGNORECASE)
TIME_THEN_BARE_TRACK_POINT_AFTER = re.compile(r"\s+(?:(?:first|opening)\s+)?" + BARE_TRACK_NUMBER.pattern, re.IGNORECASE)
BARE_TRACK_POINT_BRACKET_BEFORE = re.compile(r"\b(?:by|at|through|thru|passing|past)\s+(?P<d>[1-9]\d?00)\s*\(\s*$", re.IGNORECASE)  # ... or
# before its time in a bracket: "By 1200 (3:09.1) it was a three-man race"
_THROUGH_A = r"\b(?:through|thru|after|behind|following)\s+an?\s+(?:(?-i:[a-z]+)\s+)?"
THROUGH_A_BEFORE = re.compile(_THROUGH_A + "$", re.IGNORECASE)  # (gone through: not
# "doubled back from a 2:11 800 to win the 1600", another race)
BARE_TRACK_POINT_AFTER = re.compile(r"[ \t]+(?:at|(?P<through>through|thru))[ \t]+" + _BARE_TRACK_M)  # (or "56.1 through 400")
# ... or listed with another point's time: "27.9 at 200 and 58.21 at the bell", "78 at 400, 2:39 at 800 and 3:59 at 1200"
BARE_POINT_LISTED_AFTER = re.compile(r"\s*(?:,|,?\s+and)\s+\d[\d:.]*(?:\s*\([^()\n]{1,12}\))?\s+at\s+(?:the\s+)?(?:bell|\d)", re.IGNORECASE)
BARE_POINT_LISTED_BEFORE = re.compile(r"\d\s+at\s+(?:the\s+)?\d{3,4}\s*(?:,|,?\s+and)\s+$", re.IGNORECASE)
# ... never in a sentence of bests or of races run: "Carter, who has run 4:05 at 1600 and 8:50 at 3200", "He owns bests of 1:54
# at 800", "a week after running 14:05 at 5000", "ran around 2:08 at 800 two weeks earlier", "has times of 1:46 at 800"
BESTS_WORD = re.compile(r"\bbests?\b|\bPBs?\b|\bPRs?\b|\bpersonal\b", re.IGNORECASE)  # a best's word: "Her personal bests:"
BESTS_SAID_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:run|clocked)\b|\bbests?\b|\bPBs?\b|\bPRs?\b|\bowns\b|\bpersonal\b"
                               r"|\b(?:ran|run|running|runs|raced|racing|clocked|clocking|times)\b", re.IGNORECASE)
# ... and a list of such points only where the sentence speaks of splits: "gave me his splits: 78 at 400, 2:39 at 800", "took it
# out, 27.9 at 200 and 58.21 at the bell" (not "Grant Fisher (3:33 at 1500, 12:46 at 5000)", "took 1:52.10 at 800 and 48.9 at 400")
# a time said to have been run before, the same as a result of today's ("(prev 2:05.11", "equalling the PB she set")
RUN_BEFORE_CUE = re.compile(r"\b(?:previous|prev|equall?(?:ed|ing))\b", re.IGNORECASE)
RUN_AGAIN_AFTER = re.compile(r"\s+(?:as\s+well|again|too)\b", re.IGNORECASE)  # ... or after it: "he ran 1:53.47 as well"
TIME_CLAUSE_BREAK = re.compile(r"\n|\.\s|\)|;")  # (where a time's clause starts: `facts._clause_start`)
MILE_FASTEST_S = 220.0  # a mile's time at least (the world record is 3:43.13): no cumulative time at n miles is under n times it
SPLITS_SPOKEN_OF = re.compile(r"\bsplits?\b|\btook\s+(?:it|them|the\s+field|the\s+race)\s+out\b|\bthe\s+bell\b|\bhalf-?way\b|\blaps?\b", re.IGNORECASE)
PASSING_TIME_BEFORE = re.compile(
    r"\b(?:roughly|around|about|approximately|some|through|thru|passing|passed|split(?:ting)?|hitting|hit|reached|reaching)\s+(?:in\s+)?$",
    re.IGNORECASE)
LISTED_TIME_END = re.compile(r"\d[\d:.]*$")  # ... a list's time before its point: "26.9" of "26.9 at 200 and"
# ... or "he was" before it, in a sentence of this race ("He was 26.9 at 200, went past the bell in 1:25.3"; not "He was 9.79 at 100 in
# Paris a week earlier", "As a junior she was 11.2 at 100": `PAST_CUE`, `YOUTH_OR_PLACE_CUE`)
SUBJECT_WAS_BEFORE = re.compile(r"\b(?:he|she|(?-i:[A-Z])[\w'’-]+)\s+was\s+$", re.IGNORECASE)  # (or the runner's name: "Mileham was 21.9
# at 200")
YOUTH_OR_PLACE_CUE = re.compile(r"\bas\s+an?\s+(?:junior|teenager|youngster|schoolboy|schoolgirl|student|youth)\b|\b(?:in|at)\s+(?-i:[A-Z])[a-z]+\b",
                                re.IGNORECASE)
# a bare distance after a split time: "58.4 seconds through 400m"
DISTANCE_AT = re.compile(r"(?P<d>(?:(?<![\s(]\d[ \u00a0])(?<![\s(]\d\d[ \u00a0])|(?![05]00(?!\d)))\d{3,5}|(?<![\w.:,])(?:\d{1,2}[ \u00a0][05]00|" + _THOUSANDS_SPACE_BEFORE + r"\d{1,2}[ \u00a0][1-46-9]00)(?=\s?(?:m|metres?|meters?)\b)|\d{1,2},\d{3}|\d{1,2}(?=\s?(?:km|kilomet|k\b)))\s?(?P<unit>m|metres?|meters?|km|kilometres|kilometers|k)\b", re.IGNORECASE)
# "the bell", "halfway", "three-quarters", "the last lap", "the first lap", "the final lap", "the first kilometre",
# "the last round" (translated), "At the clock Kibiwot was still first, in 7.04,0" (Swedish "vid klockan", translated; not "looked at
# the clock"), "the last 1 lap" (Japanese, translated), "Bell – 13:17.8 (Taye)" opening a line of a splits list, "Half"
# opening one ("- Half: 1:05:42"; not "- Half marathon: 59:32 (Lisbon, 2015)" of a list of bests), a forum's "HM 1:00:48", "thru HM in",
# "He ran the second half in 59:45" (the stretch from halfway to the finish)
# the point before a "– half marathon 1:00:22" of a splits line: "10 km 28:38 – " (not a results line's "in 2:03:17 – ")
KM_POINT_THEN_DASH_BEFORE = re.compile(r"\d\s?(?:km|k|kilomet(?:re|er)s?):?\s+\d[\d:.,]*\s*[–—-]\s*$", re.IGNORECASE)
# the laps a cross country course is run in: "(15km, three big laps, 1,012 finishers)", "over four 2km laps" (not "three
# laps to go", "the last two laps", "for two laps", "12.5 laps")
# the end of a course's lap counted, its time right after: "had moved up to second by the end of lap two (20:49)", "reached the
# end of the second lap in 20:49" (a point: that many laps of the course in)
LAP_END_BEFORE = re.compile(r"\b(?:at|by|reached|reaching|passed|through)\s+the\s+end\s+of\s+(?:the\s+)?"
                            r"(?:lap\s+(?P<n>two|three|four|five|[2-5])|(?P<ord>second|third|fourth|fifth)\s+lap)"
                            r"\s*(?:\(\s*|,?\s*(?:in|at|with)\s+)$", re.IGNORECASE)
COURSE_LAPS = re.compile(
    r"(?<!-)(?<!ty\s)(?<![\d./]\s)(?<![\d./])(?<!last\s)(?<!final\s)(?<!first\s)(?<!for\s)(?<!after\s)\b(?P<n>two|three|four|five|six|[2-6])\s+(?:(?:big|long|short|small|hilly|muddy|\d+(?:\.\d)?\s?km)\s+)?laps\b(?!\s+(?:to\s+go|remaining|left|later|in)\b)",
    re.IGNORECASE,
)
# ... or its first of so many, the time after it the first's: "Fitzpatrick went through the first of four laps in 7:40"
COURSE_LAPS_FIRST_OF = re.compile(r"\bfirst\s+of\s+(?:the\s+)?(?P<n>two|three|four|five|six|[2-6])\s+laps\b", re.IGNORECASE)
# ... said of every race of the day, however far before: "Both races were run over five laps of a 2-kilometer loop"
TRACK_WORD = re.compile(r"\btrack\b", re.IGNORECASE)  # ... unless a track race is told between: "In the track 10,000m the next day"
EVERY_RACE_LAPS = re.compile(r"\b(?:both|all|each\s+of\s+the|the\s+two)\s+races\s+(?:were|was|are)\s+(?:run\s+|held\s+|contested\s+)?(?:over|on|across)\s+"
                             r"(?P<n>two|three|four|five|six|[2-6])\s+laps\b", re.IGNORECASE)
# ... or a cross country's first lap said long, its laps' length: "went through the first 2-kilometer lap in 6:18" (not a track
# race's warm-up "2km loop", another race's "five 2km loops", a session's "10 x 1km laps")
COURSE_RACE_MIN_M = 6000.0  # a race this long at least may be a cross country's of laps said long (not a track's 5000m)
FIRST_LAP_SAID_LONG = re.compile(r"\bfirst\s+(?P<d>\d{1,2}(?:\.\d)?|one|two|three|four|five)[\s-]?(?:km|k|kilomet(?:re|er))[\s-]+(?:lap|loop)\b",
                                 re.IGNORECASE)
COURSE_LAP_MIN_M = 1000.0  # a lap of a course at least this long: no track's
# ... or the last lap's length said right after the bell: "when the bell rang for the final two-kilometre lap at 24:32"
BELL_LAP_SAID_LONG_AFTER = re.compile(r"\s+(?:(?:rang|rings|sounded|sounds)\s+)?for\s+(?:the\s+)?(?:final|last)\s+"
                                      r"(?P<d>\d{1,2}(?:\.\d)?|one|two|three|four|five)[\s-]?(?:km|k|kilomet(?:re|er))[\s-]+(?:lap|loop)\b",
                                      re.IGNORECASE)
# ... or the stretch run after it, said in the bell's sentence: "was sixth at the bell in 14:05 before running the last 2km like a
# man possessed" (a cross country's lap)
BELL_LAST_STRETCH_AFTER = re.compile(r"[^.!?;\n]{0,60}?\bbefore\s+(?:running|covering|closing|racing)\s+(?:out\s+)?the\s+(?:final|last|closing)\s+"
                                     r"(?P<d>\d{1,2}(?:\.\d)?|one|two|three|four|five)[\s-]?(?:km|k|kilomet(?:re|er)s?)\b(?!\s+of\b)", re.IGNORECASE)
# (not "then ran the last 2km of the cool-down", "the last 2km of last year's race")
ON_THE_TRACK = re.compile(r"\bon\s+the\s+track\b", re.IGNORECASE)
SPLIT_POINT_WORDS = re.compile(
    r"(?<!from\s)(?<!since\s)\b(?P<bell>the\s+bell|(?<=\ba\s)bell(?=\s+split\b)|(?-i:BELL)|(?-i:Bell)(?=[.:!]|\s+(?:ring|rang))|(?m:^)(?-i:bell)(?=[ \t]+(?:\d|\Z))|(?m:^)(?P<bellrow>(?-i:Bell|BELL))(?=[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?[:–—-][ \t]*(?:\d|\Z))|(?<=(?-i:\bAt)\s)the\s+clock(?=\s+(?-i:[A-Z])[\w'’-]+\s+was\s+(?:still\s+)?(?:first|leading|ahead|in\s+front|in\s+the\s+lead)\b))\b|\b(?P<half>halfway|half-way|mid-race|midrace|the\s+half(?:way)?\s+(?:mark|point)|the\s+(?:middle|midway)\s+point(?!\s+of\s+(?!the\s+(?:race|marathon|half|course|run)\b))|(?m:^)(?-i:Middle)\s+point(?=:?[ \t]+(?:\d|\Z))|(?<!\bwon\s)(?<!\bwins\s)(?<!\bwinning\s)the\s+half\b|the\s+first\s+half\b|(?:(?<=\bpassed\s)|(?<=\bpassing\s))half(?=\s+(?:on|in|at)\b)|the\s+semi[\s-]marathon\b|half[\s-]distance|(?<!last\s)(?<!second\s)(?<!final\s)half\s+of\s+(?:the\s+)?distance\b|half[\s-]?time(?=:?[ \t]+(?:\d|\Z))|half[\s-]marathon\s+(?:split|point)\b|(?<=\d\sand\s)half[\s-]marathon(?=\s+in\s+(?:\d|$))|half[\s-]marathon(?=" + _HALF_PASSED + r"(?:\d|$))|the\s+half[\s-]marathon\s+mark\b|(?m:(?:^|(?<=^-\s)|(?<=^\*\s)|(?<=^•\s))(?-i:Half)(?:[ \t]+(?:point|mark))?(?=:?[ \t]+(?:\d|\Z)))|(?-i:HM)(?=:?\s+(?:(?:in|at)\s+)?(?:\d|\Z)))|"
    # ("half" alone in a list of points, "5 km 14:31; 10 km 29:05; half 1:01:20", or as a label, "Passage women half: 1:08:02", or
    # right after a passing verb, translated copy's article left out: "She passed half on 1:16:30")
    r"(?P<halflisted>(?<=;\s)(?-i:half)(?=:?[ \t]+(?:\d|\Z))|(?-i:half)(?=:[ \t]+(?:\d|\Z)))|"  # (a marathon's only: below)
    # a splits line's "10 km 28:38 – half marathon 1:00:22 –" (`KM_POINT_THEN_DASH_BEFORE`), or one opening its line; (below)
    # Italian's "giro di pista" translated: "the last turn of track in 56,4" (not "the last turn", a bend)
    r"(?P<halfline>(?:(?<=[–—-]\s)|(?m:^))(?:half|(?-i:[Mm]iddle)|semi)[\s-]marathon(?=:?[ \t]+(?:\d|\Z)))|"  # ("Middle marathon: 1:00:56",
    # Spanish "media maratón" translated)
    r"\b(?P<threeq>three-quarters|three\s+quarters|the\s+three-quarter\s+(?:mark|point))\b|(?<=through\s)(?P<quarter>the\s+quarter)\b|"
    r"\b(?P<secondhalf>(?:the|his|her|a)\s+second\s+half|(?-i:2nd)\s+half)\b(?![\s-]+marathon)|"
    r"\b(?P<last>(?:the\s+)?(?:last|final|closing)\s+(?:(?:1|one)\s+(?=lap))?(?:lap|circuit|turn\s+of\s+(?:the\s+)?track|(?-i:tour)(?=\s+(?:in|of)\s+(?:\d|\Z)|\s*:\s*(?:\d|\Z)|\s+(?:was\s+run|covered)\b))|(?:the\s+)?last\s+round)\b|\b(?P<first>(?:the\s+)?(?:first|opening)\s+(?:(?P<lapkm>\d{1,2}(?:\.\d)?|one|two|three|four|five)[\s-]?(?:km|k|kilomet(?:re|er))[\s-]+(?:lap|loop)|lap|quarter|of\s+(?P<laps>two|three|four|five|six|\d)\s+(?:laps|circuits|loops))"
    r")\b|(?<=through\s)(?P<firstround>the\s+first\s+round)\b|"  # (translated: "led the field through the first round in 55,6"; not a heat's "first round")
    r"\b(?P<firstkm>(?:the\s+)?(?:first|opening)\s+(?:kilomet(?:re|er)|km)|(?:(?<=through\s)|(?<=at\s)|(?<=passed\s))the\s+kilomet(?:re|er)"
    r"(?![\s-]*(?:to[\s-]+go|of)\b))\b|"  # (not "the kilometre-to-go banner", "the kilometre of climbing")  # (the first kilometre said as "the kilometre": "the passage at the kilometre was made in")
    r"\b(?P<firstmile>(?:the\s+)?(?:first|opening)\s+mile|(?<=through\s)the\s+mile|(?<=passed\s)the\s+mile|(?<=reached\s)the\s+mile)\b|"
    r"\b(?P<marathonmark>the\s+marathon\s+(?:mark|point|distance|checkpoint))\b",  # an ultra's "reached the marathon mark in 2:39:21"
    re.IGNORECASE,
)
# where the last lap begins: "at the last lap", "into the final lap", "the bell for the last lap", "the start of the last lap"
LAST_LAP_ENTERED = re.compile(
    r"\b(?:at|into|for|entering|entered|enters|(?:start|beginning)\s+of)\s+(?:the\s+)?(?:last|final|closing)\s+(?:lap|round|circuit)$", re.IGNORECASE
)
# "the half" that is a half marathon: "the half marathon", "the half-marathon"
# ... after a point and its time, or a line of passages: "10 km 29:05; half 1:01:20", "Passage women half: 1:08:02" (not a club's
# list: "marathon: Dave Jones 3:05:22; half: 1:32:10 for Amy Lee")
HALF_LISTED_BEFORE = re.compile(r"(?:\d\s?(?:km|k|m)\s+\d[\d:.,h]*;\s|\b(?:passages?|splits?)\s+(?:(?:men|women)\s+)?)$", re.IGNORECASE)
HALF_MARATHON_AFTER = re.compile(r"[\s-]+marathon\b", re.IGNORECASE)
# a time that only comes through, at the point of the sentence before: "Cairess comes through in 1:02:50"
THROUGH_IN_BEFORE = re.compile(r"\b(?:comes|came|goes|went|is|was)\s+through\s+(?:(?:first|second|third|together|alone|clear)\s+)?(?:in|on)\s+"
                               r"(?:(?:about|around|roughly)\s+)?$", re.IGNORECASE)
THE_MILE_MARK = re.compile(r"\bthe\s+(?:first\s+)?mile\s+mark(?:er)?\b", re.IGNORECASE)  # "at the mile marker": one mile in
# a sentence that is only a split point, whose time the next sentence gives, as live blogs write:
# "Bell! Ingebrigtsen hits it in 12:21.0", "BELL! Serem 7:13.0", "Halfway. 1:01:44 for the leaders"
POINT_SENTENCE_BEFORE = re.compile(
    r"(?:^|(?<=[\n.!?–—-])[ \t]*)(?:\d{1,2}[:.]\d{2}[ \t]+)?(?:the\s+)?(?:bell|halfway|half-way|"
    r"(?:(?<=\d[ \t][–—-][ \t])|(?<=\.m\.[ \t][–—-][ \t]))(?P<d>\d{1,2}(?:\.\d)?)[ \t]?(?P<unit>km|k|miles?))[!.:]+[ \t]*$", re.IGNORECASE
    # (a live blog's "8:02 a.m. — 10km. Men 29:18", after its time stamp)
)
# a lap or a stretch of the race, not its result: "He opened with 70.4, followed it with laps of 70.9 and 70.6",
# "a lap of 71.3"; "ran the last kilometre in 2:52.4", "covered the final 200m in 27.9" (`SEGMENT_BEFORE`)
SEGMENT_AFTER = re.compile(  # ... said after the time: "2:35 last K", "13:17.8 for the second half", "13:25.8 / 13:17.8 split"
    r"\s*(?:(?:for|over)\s+the\s+)?(?:last|final|closing|first|opening|second)\s+(?:K\b|kilomet(?:re|er)|km|mile|half|lap)|\s*/\s*\d|\s+split\b",
    re.IGNORECASE,
)
# ... between two points: "the 5 km from 30 km to 35 km in 14:26", "covered the stretch between 35 km and 40 km in 14 minutes,
# 39 seconds", "The 5 km between 35 km and 40 km was 14 minutes 39 seconds" (no split at either point)
# a stretch of a road race between two of its points, in kilometres, its time a split of its own (a lap: its length, no point
# reached): "covered the section from 15km to 20km in 13:35", "Between 30 kilo and 35 kilo her lap was 16:21", "Between the
# kilometre 30 and the 35 the Kenyan made a partial of 14:06", "Her 35K to 40K was 21:25", "a 35K-to-40K segment covered in
# 15:39", "covering the section between 30km (1:26:31) and 35km (1:40:22) in a blistering 13:51"; a unit said at least once
_KM_UNIT = r"(?:km|k|kilo(?:met(?:re|er)s?)?)\b"
_PASSED_AT = r"(?:\s*\([^()\n]{1,12}\))?"  # the time the point was passed in, in brackets
STRETCH_POINTS = re.compile(
    rf"\b(?:from|between)\s+(?:the\s+)?(?:(?:kilomet(?:re|er)|km)\s+(?P<a_word>\d{{1,2}})|(?P<a>\d{{1,2}})\s?(?P<a_unit>{_KM_UNIT})?){_PASSED_AT}"
    rf"\s+(?:to|and)\s+(?:the\s+)?(?:(?:kilomet(?:re|er)|km)\s+)?(?P<b>\d{{1,2}})(?:\s?(?P<b_unit>{_KM_UNIT}))?(?![\d:.,]\d){_PASSED_AT}"
    rf"|\b(?P<a2>\d{{1,2}})\s?{_KM_UNIT}(?:\s*[-–]\s*|\s+to\s+|-to-)(?P<b2>\d{{1,2}})\s?{_KM_UNIT}",
    re.IGNORECASE,
)
# ... then its time, a few words on in the clause: " her lap was ", " the Kenyan made a partial of ", " stretch was a ", " in a blistering "
# (no comma, nor a finish: not "extended from 5km to 10km, and she won in 31:20")
# (nor another clause: "went from 5km to 10km this year and Sean Tobin ran 28:45"; or only a space in a list: "from 10km to
# 15km 16:22")
STRETCH_TIME_GAP = re.compile(r"[ \t]+|(?:(?!\b(?:won|wins?|finish\w*|crossed|line|race|but|while|last|next|year|season|and(?!\s+(?-i:[A-Z]))|"
                              r"winter|summer|spring|autumn)\b)[^.,;!?\d\n]){0,60}?"
                              r"\b(?:in|was|were|of|took|a|an|ran|clocked|needed)\s+(?:(?:a|an|just|only)\s+)?(?:[a-z-]+\s+)?", re.IGNORECASE)
STRETCH_THEN_TIME = re.compile(rf"(?:{STRETCH_TIME_GAP.pattern})(?=\d)", re.IGNORECASE)  # ... the gap with its time after it
# ... or its time first: "a 16:55 stretch from 15K to 20K", "A partial of 14:05 between the kilometer 30 and the 35"
_STRETCH_WORD = r"(?:stretch|section|segment|split|partial|lap|loop|kilomet(?:re|er)|km|5km|5k)"
STRETCH_AFTER_TIME = re.compile(rf"\s+(?:(?:for|the|a|[a-z]+-kilomet(?:re|er)|surge|burst|spell|{_STRETCH_WORD})\s+){{0,3}}(?=(?:from|between)\s)",
                                re.IGNORECASE)  # (not "won in 34:10 after
# stepping up from 5km to 10km")
# a distance "covered in" a time, a point only when it opens its sentence ("The half marathon, covered in 1:01:30, was on record
# pace"; not "won the 15km, covered in 41:05", "ran the 10km, covered in 29:45")
COVERED_AFTER = re.compile(r",\s*covered\s+in\b", re.IGNORECASE)
SENTENCE_THE_BEFORE = re.compile(r"(?:^|[.!?;]\s+|\n\s*)(?-i:The)\s+$")
SENTENCE_IN_THE_BEFORE = re.compile(r"(?:^|[.!?;]\s+|\n\s*)(?-i:In)\s+the\s+$")
TRAINING_WORD = re.compile(r"\b(?:training|session|workout|time\s+trial|goal|target|aim|hop(?:e|es|ed|ing)|would\s+have\s+liked|wants?|wanted)\b",
                           re.IGNORECASE)  # a run of no race, or a time hoped for
# ... not a move between distances: "She stepped up from 5km to 10km and ran 29:50", "moving up from 5km to 10km"
MOVE_UP_BEFORE = re.compile(r"\b(?:step(?:s|ped|ping)?|mov(?:es|ed|ing|e)|switch(?:es|ed|ing)?|went|going|goes|extended|extending|upped|"
                            r"graduat(?:ed|ing))\s+(?:up\s+|down\s+|back\s+)?$", re.IGNORECASE)
# ... nor a past run: a past cue in its clause, not in another clause after a comma with its own subject ("From 35K to 40K she
# was 16:01, last year it took her 17:00")
PAST_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:[\w'’-]+\s+){1,3}?(?:it|he|she|they|I|we)\s+\w+", re.IGNORECASE)
STRETCH_LABEL = re.compile(r"\d+km-\d+km")  # such a stretch's split, as `splits` labels it
TIME_THEN_STRETCH_BEFORE = re.compile(rf"\d(?:[:.,'’]\d+)+['’\"]*\s+(?:(?:for|the|a|[a-z]+-kilomet(?:re|er)|surge|burst|spell|{_STRETCH_WORD})\s+){{0,3}}$",
                                      re.IGNORECASE)
# ... and its length said before it: "Our 5K from 25K to 30K", "the five kilometres from 35km to 40km", "That five-kilometre section from"
STRETCH_LENGTH_GAP = re.compile(r"[\s-]+(?:(?:section|stretch|segment|split|lap|loop|partial)\s+)?", re.IGNORECASE)
_STRETCH = r"\b(?:from|between)\s+\d+\s?(?:km|k|kilo\w*)\s+(?:to|and)\s+\d+\s?(?:km|k|kilo\w*)\s+(?:in|was|were)\s+(?:an?\s+[\w-]+\s+)?$"
STRETCH_BEFORE = re.compile(_STRETCH, re.IGNORECASE)
# a point of the course, its distance unsaid, set off by a comma with the time it was reached in: "by the turn at Ballyfoyle
# Cross, reached in 12:03", "at the foot of the climb, which she passed in 31:10" (not the finish, nor a place or a medal won:
# "to the finish in Central Park, which he reached in", "crossed the line at Grant Park, reached in", "took third place, reached in")
# ... not after an agent's "by" ("led by Tom Ashby, passed in 15:10", "crossed first by Tom Ashby"; nor "surged by Cato Ridge,
# passed in", left unsaid rather than read as a runner's)
AGENT_BY_BEFORE = re.compile(r"(?:[a-z]ed|[a-z]en|first)\s+by\s$", re.IGNORECASE)
POINT_REACHED_BEFORE = re.compile(
    r"\b(?:by|at|to|until|till|through|past|over|near|in|from)\s+(?P<point>(?:the\s+)?[^,.;]{2,50}),\s+(?:which\s+(?:he|she|they|the\s+\w+)\s+)?"
    r"(?:reached|passed)\s+in\s+$", re.IGNORECASE)
# ("He was alone from 25km, passed in 1:14:12")
# ... a cue after a time that it is the finish's, a result: "to win", "for Olympic gold", "in the second heat to reach the final"
RECORD_RIGHT_AFTER_TIME = re.compile(r",?\s+(?:a|an|the)\s+(?:new\s+)?(?:course|race|meeting|event|world|national)?\s*record\b", re.IGNORECASE)  # "in
# 2:18:30, a course record": a finish
FINISH_CUE_AFTER = re.compile(
    r"[ \t,]+(?:to\s+(?:win|retain|defend|clinch|seal|reach\s+the\s+final|(?:take|claim|land|secure)\s+(?:the\s+|a\s+|her\s+|his\s+)?"
    r"(?:win|victory|title|gold|silver|bronze|crown|honou?rs))|for\s+(?:the\s+|a\s+|\w+\s+)?(?:win|victory|title|gold|silver|bronze|crown)"
    r"|in\s+the\s+\w+\s+(?:heat|semi)|and\s+(?:the\s+)?(?:win|victory|title))\b", re.IGNORECASE)  # (not mid-race: "to take the
# lead", "to claim a small gap", "to reach the front", "to finish the first half in second place")
LATER_FINISH = re.compile(r"\b(?:won|wins|win|finished|finishes|crossed\s+the\s+line|clocked|stopped\s+the\s+clock)\b[^.;!?]{0,40}?\d{1,2}:\d{2}",
                          re.IGNORECASE)  # ("..., and won in 2:03:30": the finish told after the point's time)
# ... the point a distance, all of it ("until 20km, reached in", "the kilometer 30, reached in"; not "past 10km to the Rathausplatz")
DISTANCE_NAMED = re.compile(r"(?:the\s+)?(?:\d[\d,.]*\s?(?:km|k|m|metres?|meters?|miles?)|kilomet(?:re|er)s?\s+\d+|half(?:way)?)(?:\s+mark(?:er)?)?\s*",
                            re.IGNORECASE)
# ... what makes it the finish or a result, said in its clause ("to the finish in Central Park, which he reached in", "crossed
# the line at Grant Park, reached in", "took third place, reached in", "His winning time, reached in")
FINISH_OR_RESULT_WORD = re.compile(r"\b(?:finish\w*|line|tape|stadium|arrival|gantry|chute|podium|medal|place|winning|won|wins?|"
                                   r"victory|title|record|final)\b", re.IGNORECASE)
SEGMENT_BEFORE = re.compile(
    r"\b(?:the|her|his|their|a)\s+(?:last|final|closing|first|opening|middle|second|third|fourth|next)\s+(?:(?:two|three|four|five|ten)\s+)?"
    r"(?:kilomet(?:re|er)s?|km|miles?|laps?|(?:100|200|300|400|600|800|1000|1,000)\s?(?:m|metres?|meters?)?)\s+(?:in|of)\s+(?:roughly\s+|about\s+|around\s+|just\s+)?$"
    rf"|{_STRETCH}",
    re.IGNORECASE,
)
# a distance gone up or down, a stretch of a mountain course, no race: "You go up 12km on the murram road ... then you come back
# down the same way" (`context.find_events`; not "You climb 15km to the finish", an uphill race's whole course, nor "The Climb 10K")
UP_OR_DOWN_BEFORE = re.compile(r"\b(?-i:go|goes|went|going)\s+(?-i:up|down)\s+(?:the\s+)?(?:first\s+|last\s+|final\s+)?$")
# ... or a mountain race's climb or descent, timed on its own: "He ran the descent in 41:02", "came down the mountain in 48:32",
# "her descent was 49:58" (a stretch, its length unsaid: `splits`; no result)
COURSE_STRETCH_BEFORE = re.compile(
    r"\b(?:ran|covered|did|took|clocked|raced|managed)\s+the\s+(?P<s1>descent|ascent|climb|downhill|uphill)\s+(?:section\s+)?in\s+$"
    r"|\b(?:came|ran|raced|flew|went|got)\s+(?:back\s+)?(?P<s2>down|up)\s+the\s+(?:mountain|hill|fell|slope|climb)\s+in\s+$"
    r"|\b(?:came|flew)\s+(?:back\s+)?(?P<s4>down)\s+in\s+$"  # ... or "down" alone, of a course up and down only (`splits.course_stretch`):
    # "He came down in 13:50, which is frankly silly on wet rock"
    r"|\b(?:her|his|their|the)\s+(?P<s3>descent|ascent|climb)\s+(?:was|took|lasted|of)\s+$", re.IGNORECASE)
# ... or the turn of an out-and-back course reached: "she turned first in 1:15:58", "he came round the cone in 1:02:40" (a point its
# name only tells: `splits.feature_reached`)
TURNED_IN_BEFORE = re.compile(r"\b(?:turned|turns)(?:\s+(?:first|second|third|together|alone|clear|round))?\s+in\s+$"
                              r"|\bcame\s+(?:round|around)\s+the\s+(?:cone|turn|turning\s+point|turnaround|marker|post)\s+in\s+$", re.IGNORECASE)
# ... or told by its length, its ends named after it: "ran the 14.6-mile stretch from St. Elmo to Mount Princeton in 2:35:42"
STRETCH_BY_LENGTH_BEFORE = re.compile(r"\b(?:the|a|that)\s+\d[\d.,]*[\s-]?(?:miles?|km|k|kilomet(?:re|er)s?)\s+"
                                      r"(?:stretch|section|segment)\b[^;!?\n]{0,60}?\s+in\s+$", re.IGNORECASE)  # (its ends
# may be abbreviated: "St. Elmo"; not a climb raced, "won the 12km climb to the summit of Loon Mountain in 58:40", a leg won, "won
# the 10km leg of the Chiba Ekiden in 28:10", nor one that won, `WON_AFTER_TIME`: "covered the 26.2-mile stretch ... in 2:06:51 to win")
WON_AFTER_TIME = re.compile(r"\s+(?:to\s+(?:win|take|claim)|and\s+won)\b", re.IGNORECASE)
A_LAP_OF_BEFORE = re.compile(r"\b(?:an?|that|this)\s+lap\s+(?:there\s+|then\s+|now\s+)?(?:of|was\s+(?:an?\s+)?)\s*$", re.IGNORECASE)  # "A
# lap there of 68.2", a live text's "That lap was a 64.9"
LAP_TIME_BEFORE = re.compile(
    r"\b(?:laps?\s+of|opened\s+with|opening\s+lap\s+of|first\s+lap\s+of)\s+(?:\d{2}(?:\.\d)?(?:\s*,\s*|\s+and\s+))*$", re.IGNORECASE
)
# a closing lap said without "lap": "closed in 53.6 seconds to win", "a last lap of 52.8"
# a closing stretch of a given length right before its time: "covered the last 300m in 40.1", "her final 200m took 26.9
# seconds", "the closing 1000m in 2:31.9", "the last kilometre in 2:30": a segment ending at the finish, not a point 300m in
CLOSING_STRETCH_BEFORE = re.compile(  # (not where it starts: "going into the last 400m in 56.8")
    r"(?<!\binto\s)(?<!\binto\sthe\s)\b(?:last|final|closing)\s+(?:(?P<d>\d{3,4}|\d,\d{3}|\d{1,2}(?:[.,]\d)?(?=\s?(?:km|k\b)))\s?"
    r"(?P<unit>m|metres?|meters?|km|k)(?:\s+(?:lap|loop)\b)?|"  # (a cross country's lap of its length: "His final 2km lap of 6:12")
    r"(?P<word>kilomet(?:re|er)|km|mile|quarter|half[\s-]mile))\b"
    r"(?:\s+(?:the\s+(?!(?:leaders|leading|pack|field|group|pacemakers?|pacers?|hares?|rabbits?|trio|quartet)\b)[\w’'-]+"
    r"|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s+(?:ran|covered|clocked)(?=\s+in\b))?"  # (its runner after it, as
    # Polish copy translated orders it: "The last 200 m the Frenchwoman ran in 29,6")
    r"(?:,(?=\s+(?:covered|run|clocked|timed|done|completed)\b))?"  # (set off by a comma before its verb: "the last 300 metres,
    # covered in 39"8, make the difference", translated; not "in the last 100m, 22.35 enough only for fourth")
    r"(?:,\s+(?:with|including|up|on)\s+[^,\d]{1,25},)?"  # (an aside on its ground: "the last 1,5 km, with the climb, in around 4min28s")
    r"(?:\s+(?:took|lasted|needed|in|of|just|only|a|an|covered|run|clocked|timed|measured|at|around|about|roughly|some|"
    r"was(?=\s+(?:timed|clocked|measured)\b)))*"
    r"\s*[:(]?\s*$",  # ("the Kenyan's last 200 metres was timed at 26.2"; not "Kerr's last 1500m was in
    # 3:29.38", his latest race)
    re.IGNORECASE,
)
# Italian's lap translated as a turn, its time a lap's: "the final turn in 59"8", "a last turn in 61"6" (English's bend is a
# turn too: "came off the final turn in 11.1", "ran the last turn in 13.2"; `splits` takes a lap's time only, in a race of laps)
LAST_TURN_BEFORE = re.compile(r"(?<!\boff\s)(?<!\bhit\s)(?<!\bran\s)\b(?:a|the)\s+(?:last|final)\s+turn\s+in\s*$", re.IGNORECASE)
CLOSING_LAP_BEFORE = re.compile(
    r"\b(?:clos(?:ed|ing)\s+in|(?:a|her|his)\s+(?:last|final|closing)\s+(?:lap|turn|400m?)\s+of|(?:last|final)\s+lap\s+in|"
    r"(?:her|his|their)\s+(?:last|final|closing)\s+400m?\s+in)\s*$",  # "covering her final 400m in 61.2 seconds", "a last turn of 58"4" (translated)
    re.IGNORECASE,
)
# a split point right before its time, with no verb: "19:09 — 1000m in 3:00.4", "5km 14:25" (or "5 kilo 14:52", as Japanese
# copy translated writes it) in a splits table,
# "through 5km in 14:25 and 10km in 28:52", "1000m passed in 2:41.8", "between 30km (1:26:31) and 35km (1:40:22)" (the stage checks the distance
# is shorter than the race); the unit spelled out, and the time "used" as Chinese copy translated says it: "10 kilometers used 30:21",
# "Women front group 10 kilometers 34:05, 20 kilometers 1:08:02"
SPLIT_POINT_BARE = re.compile(
    r"(?<![\w,.])(?P<d>(?:(?<![\s(]\d[ \u00a0])(?<![\s(]\d\d[ \u00a0])|(?![05]00(?!\d)))\d{3,5}|(?<![\w.:,])(?:\d{1,2}[ \u00a0][05]00|" + _THOUSANDS_SPACE_BEFORE + r"\d{1,2}[ \u00a0][1-46-9]00)(?=\s?(?:m|metres?|meters?)\b)|\d{1,2},\d{3}|\d{1,2}(?=\s?(?:km|kilomet|kilos?\b|k\b))|(?<=,\s)\d{1,2}(?=\s+miles?\b)|(?<=:\s)\d{1,2}(?=\s+miles?\b))\s?"
    r"(?P<unit>m|metres?|meters?|km|kilomet(?:re|er)s?|kilos?|k|miles?)\b(?:\s*(?:--|[-–—:]|\.{3,}))?\s+"
    r"(?:(?:was\s+|were\s+)?(?:passed|reached|covered|hit|came\s+up|went\s+by|ticked\s+by|used)\s+)?(?:in\s+|at\s+|\()?$",  # (miles only in a
    # list after a colon: "Men's leader splits: 1 mile 4:36, 2 miles 9:19")
    re.IGNORECASE,
)
# ... a track's point without its unit, after a word of reaching it, passed or its time in a bracket: "until the 4000, passed in
# 10:22.5", "after the passage at the 800 (2:06.1)" (translated; a point of a track race only, shorter than it: not "ran the 800
# in 2:01")
SPLIT_POINT_UNITLESS_PASSED = re.compile(
    r"(?:\b(?:at|to|until|till|through|past|by)\s+the\s+(?P<d>[2-9]00|[1-9]000|[1-9],000)\s*,?\s+(?:was\s+)?(?:passed|reached)\s+in\s+"
    r"|\b(?:(?:passage|passing)(?:\s+(?:at|through|of|to))?|led\s+at|leading\s+at|through)\s+the\s+(?P<dp>[2-9]00|[1-9]000|[1-9],000)\s*\(\s*)$",
    re.IGNORECASE)  # (not another race's time in a bracket: "third at the 3000 (7:35.4) in Doha")
BRACKET_CLOSES_AFTER = re.compile(r"\s*\)")  # (the bracket holds the time alone: not "led at the 800 (1:55.30 indoors last winter)")
# the next stretch of one said first, its noun left out: "through the first kilometer in 3:01.2 and the second in
# 6:00.8", "the first lap in 61.2 and the second in 62.0" (`splits.next_stretch`)
# the stretch of kilometres after a point said before it in its sentence: "Sawe reached 30 km in 1:25:51, ... but his next 5 km
# took 14:53" (the 30km-35km stretch)
NEXT_KM_STRETCH_BEFORE = re.compile(r"\b(?:his|her|their|the)\s+next\s+(?P<d>\d{1,2})\s?(?:km|k|kilomet(?:re|er)s?)\s+"
                                    r"(?:took|lasted|in|was|were|of|(?:he|she|they)\s+(?:ran|covered|did)\s+in)\s+$", re.IGNORECASE)
KM_POINT = re.compile(r"\b(?:reached|reaching|passed|passing|through|hit|hitting|at|after)\s+(?:the\s+)?(?P<d>\d{1,3})\s?(?:km|k|kilomet(?:re|er)s?)\b"
                      r"(?!\s+(?:to\s+go|remaining|left)\b)", re.IGNORECASE)  # (a point reached, not "With 10 km to go", "a 25 km tempo run")
NEXT_STRETCH_BEFORE = re.compile(r"\band\s+the\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:in|at)\s+$", re.IGNORECASE)
# a splits table under a name: "SAWE'S SPLITS", "Kerr's lap times:", "Kiptum splits:"
SPLITS_HEADER = re.compile(r"^(?:[’']?s)?\s+(?:splits|lap\s+(?:times|splits)|laps|kilometre\s+splits|(?:passage|intermediate|split)\s+times)\b", re.IGNORECASE)
# ... a line of its own over a list, ending in a colon: "Kiptum splits (off the app tracker, somebody correct me if wrong):",
# "Here are Nuguse's cumulative splits (unofficial, from the broadcast timing):"
SPLITS_HEADING_REST = re.compile(r"[^\n]*(?::|\bas\s+follow(?:s|ing)\.)[ \t]*$")  # (translated: "... is as following.")
# ... or the line closed by the name after "for": "Here's how it went for Ostrowski:", "The splits for Jess Hull:"
RACE_TOLD_HEADING = re.compile(r"\b(?:splits?|laps?|how\s+(?:it|the\s+race|the\s+run)\s+(?:went|unfolded|played\s+out))\b",
                               re.IGNORECASE)  # ... a line telling the race (not "Personal bests for Ostrowski:")
FOR_NAME_BEFORE = re.compile(r"\bfor[ \t]+$")
NAME_ENDS_HEADING = re.compile(r"[ \t]*:[ \t]*")
_LOWER_WORD = r"[a-z]+(?:-[a-z]+)*"  # a word in lower case, hyphened or not ("aid-station")
SPLITS_OF_NAME_AFTER = re.compile(r"(?:[’']s?)?\s+(?:" + _LOWER_WORD + r"\s+){0,2}(?:splits|lap\s+times|laps)\b", re.IGNORECASE)  # ("Hawks'
# aid-station splits:")
# ... or a pronoun's: "For the stat nerds, here are his official splits off the FAT feed (first split at 209m):" (the runner the
# pronoun stands for, told before)
SENTENCE_BREAK_IN_LINE = re.compile(r"[.!?][ \t]+(?=(?-i:[A-Z]))")  # a sentence's end within a line, another opening after it
EMPTY_LINE = re.compile(r"[ \t]*(?:\n|$)")  # a line with nothing on it
# a line of prose, a sentence's words (a capitalised word and lower-case ones), not a list's row ("- Wapiti Pass (mile 15.8):")
PROSE_LINE = re.compile(r"[ \t]*(?-i:[A-Z])[\w'’-]*(?:[ \t]+[\w'’,-]+){3,}?[ \t]+(?-i:[a-z]{3,})\b")
SPLITS_OF_PRONOUN = re.compile(r"\b(?P<pron>his|her)\s+(?!(?:planned|target|goal|scheduled)\b)(?:" + _LOWER_WORD + r"\s+){0,2}(?:splits|lap\s+times|laps)\b",
                               re.IGNORECASE)  # (not "his planned splits": a target; "His aid-station splits:")
BOTH_PRONOUNS = re.compile(r"(?=.*\bhis\b)(?=.*\bher\b)", re.IGNORECASE)  # a line naming both ("Here are her splits (his laps were not recorded)")
SPLITS_WORD = re.compile(r"\b(?:splits|lap\s+times|laps)\b", re.IGNORECASE)
# ... or the narrator's, a heading of a blog's own splits ("MY SPLITS (chip, from the results page)", "My splits:")
MY_SPLITS_HEADING = re.compile(r"[ \t]*my[ \t]+(?:(?!(?:planned|target|goal|ideal|dream|predicted|intended|pace|band|plan)\b)[a-z]+[ \t]+){0,2}"
                               r"(?:splits|lap\s+times|laps)\b"
                               r"[^\n]{0,60}$", re.IGNORECASE | re.MULTILINE)  # (not "My planned splits (for a 2:59 finish):", a target)
# a list of points with two columns of times, the men's and the women's, under a heading saying so: "Intermediate times of the
# leading groups (men / women):" over "5 km: 13:58 / 15:40" (`splits.women_column_point`)
TWO_COLUMN_POINT_ROW = re.compile(r"[ \t]*(?P<d>\d{1,2}(?:[.,]\d)?)[ \t]?(?:km|k)\b[ \t]*[:–—-]?[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*/[ \t]*"
                                  r"(?P<second>\d{1,2}:\d{2}(?::\d{2})?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
SEXES_COLUMNS_HEADING = re.compile(r"\b(?:men|male)\s*/\s*(?:women|female)\b", re.IGNORECASE)
# a group's time at a point behind its leader, named right after: "in 6:54 behind the American Dylan Jacobs", "behind Olympic
# champion Joshua Cheptegei"
BEHIND_NAME_AFTER = re.compile(r"\s+behind\s+(?:the\s+)?")
BEHIND_TITLE_GAP = re.compile(r"(?:[\w'’-]+\s+){0,3}")  # ... its words before the name: "the American", "Olympic champion", "Ugandan"
CHASERS = re.compile(r"\bchas", re.IGNORECASE)  # a chasing group's words: "the chasers", "the chasing group"
# a group's time at a point, the group the subject of its clause, no leader's: "At 8km the chasers were at 23:50", "at halfway the
# leading pack passed in 1:10:02", "at 30km the leaders passed in 1:27:40"
SPLIT_GROUP_SUBJECT = re.compile(r"\bthe\s+(?:[\w'’-]+\s+)?(?:chasers|chasing\s+group|leaders|pack|group|bunch|field)(?:\s+of\s+\w+)?\s+"
                                 r"(?:were|was|passed|went|came|reached|had|clocked|crossed)\b", re.IGNORECASE)  # ("the women's pack
# went through", "The group of ten went through")
# ... or in brackets after the word: "Official kilometre splits (Rose Davies, chip timing):"
SPLITS_BRACKET_BEFORE_NAME = re.compile(
    r"[ \t]*(?:[A-Za-z0-9’'-]+[ \t]+){0,3}(?:splits|lap\s+times|(?:passage|passing|split|intermediate|interim)\s+times"
    r"|(?:passages|section\s+(?:records?|times))(?:[ \t]+of[ \t]+(?:[A-Za-z’'-]+[ \t]+){0,5}?(?:race|field|group|leaders?))?)[ \t]*\([ \t]*(?:times?[ \t]+of[ \t]+)?",
    re.IGNORECASE)  # ("The passages of the head of the race (times of Belachew):", Italian copy translated; "The 5km section record
# of the leading group (Kipchumba base) is as following.", Korean)
NAME_BRACKET_CLOSE_AFTER = re.compile(r"[ \t]*(?:\)|[,;][ \t]*(?:chip|gun|official|unofficial|GPS|electronic|hand|timing|splits|watch)\b"
                                      r"|[ \t]+(?:base|basis)\))",  # ("(Kipchumba base)": his times the list's, Korean translated)
                                      re.IGNORECASE)  # (what the splits' timing is; not "(Erik Sowinski, pacing)", "(Steve Smythe, Athletics Weekly)")
# ... or a heading line that names the owner after its word, with no colon: "Passage times Bashir Abdi" (translated),
# "Splits of Bashir Abdi", "Intermediate times for Abdi", "The intermediate times of Kipchoge" (translated), "Checkpoint times –
# Joe Brennan (record run)"
_SPLITS_HEADING_WORDS = (r"(?:splits|between[\s-]times|(?:passage|passing|split|intermediate|interim|checkpoint|lap)\s+(?:times|splits)"
                         r"|times\s+of\s+passage|partials?(?:\s+times)?)")  # (translated: "Times of passage", "Partials", "Partial")
SPLITS_BEFORE_NAME_HEADING = re.compile(
    r"[ \t]*(?:the\s+)?" + _SPLITS_HEADING_WORDS + r"(?:\s+(?:of|for)|[ \t]+[–—-]|:)?[ \t]+$",
    re.IGNORECASE)  # (or a fell race's "Checkpoint times – Joe Brennan (record run)", a note bracketed after: `NAME_NOTE_ENDS_HEADING`)
# ... or the winner's, said so: "Between-times of the winner:" (Polish copy translated)
SPLITS_OF_WINNER_HEADING = re.compile(r"[ \t]*(?:the\s+)?" + _SPLITS_HEADING_WORDS + r"\s+of\s+the\s+(?:race\s+)?(?:winner|leader)"
                                      r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*:?[ \t]*", re.IGNORECASE)  # (or the leader's, the winner's at the
# finish, a bracket after: "Times of passage of the winner (Bonnet)", "Partial of the leader (male category)")
# ... a heading calling the rows under it splits in other words (translated): "Times of passage of the winner (Bonnet)"
SPLITS_HEADING_NAMED = re.compile(r"\b" + _SPLITS_HEADING_WORDS + r"\b", re.IGNORECASE)
NAME_NOTE_ENDS_HEADING = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t:]*")
# a splits table (`stages.tables`): what parts its cells ("|", a tab, a gap of two spaces or more), the
# header over it ("Point | Leader | Time | Lap", "Checkpoint  Yamauchi (JPN)  Šustić (CRO)"), a column of
# single laps ("Lap", "Split"), a row: a distance opening its line, then its cells ("700m    | Cheruiyot")
TABLE_CELL_GAP = re.compile(r"[ \t]*\|[ \t]*|\t[ \t]*| {2,}")
# a line of a list of splits with no header, a distance then its time ("600m - 1:38.7 (66.1)", or after dot leaders: "10K ....... 36:08
# (18:03)"), and the list's finish row
# ("Finish - 13:31.42 (60.7)"), whose time is the run's result
SPLIT_LIST_ROW = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?(?:(?P<d>\d[\d,.]*)\s?(?P<unit>m|km|k|miles?)|half(?:way)?|bell)[ \t]*(?:--|[-–—:|]|\.{3,})[ \t]*(?=\d)",
                            re.IGNORECASE)  # (or a named point's row: "Half – 1:28:28")
# ... or a kilometre by its number, a line each, as a runner's watch lists them: "Km 1 – 5:31 (crowded)", "Km 2 – 5:24"
KM_NUMBER_ROW = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?(?:km|kilomet(?:re|er))[ \t]*(?P<n>\d{1,2})[ \t]*(?:--|[-–—:|]|\.{3,})[ \t]*(?=\d)", re.IGNORECASE)
# ... or a lap by its number, a line each: "Lap 1: 69.8 (1:54.0)", "Lap 2: 70.6 (3:04.6)" (its own time, then the time there)
LAP_NUMBER_ROW = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?lap[ \t]*(?P<n>\d{1,2})[ \t]*(?:--|[-–—:]|\.{3,})[ \t]*(?=\d)", re.IGNORECASE)
# (not a pipe table's row, "Lap 1 | 73.1 | 1:52.9 | 8th": `tables`)
LAP_ROW_THERE = re.compile(r"\d[\d:.,]*\d[ \t]*\([ \t]*(?P<there>\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?|\d{1,3}\.\d+)[ \t]*\)")
# ... the lap that ends at its point, in a bracket after its time: "600m - 1:38.7 (66.1)"
LAP_IN_ROW_BEFORE = re.compile(r"\d[\d:.,]*\d[ \t]*\($")
FINISH_ROW = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?(?:finish|final\s+time)[ \t]*(?:--|[-–—:|]|\.{3,})[ \t]*(?P<time>\d[\d:.,]*\d)", re.IGNORECASE)
CLOCK_OR_DECIMAL_AT = re.compile(r"\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?|\d{1,3}\.\d+")  # a row's time: "1:38.7", "32.6"
TABLE_HEADER = re.compile(r"\b(?:checkpoints?|splits?|points?|laps?|leaders?|passages?|distance|km|mark)\b", re.IGNORECASE)
# ... or one of runners side by side, a dash after each point and a slash between their times: "Checkpoint (km) – Kipngeno /
# Chepngeno" over "Ponchette (7) – 52:10 / 1:01:05", "CHECKPOINT SPLITS (elapsed) – Collison / Verjee" over "Buttermere (42km) –
# 04h31m10s / 05h02m48s", "Aid station (mile) – Holloway / Araya / Kessler" (the header's unit, in a bracket, the rows' where they say none)
SLASH_TABLE_HEADER = re.compile(
    r"[ \t]*(?P<label>[^\n–—/]*?\b(?:checkpoints?|splits?|points?|passages?|distance|km|(?:aid\s+)?stations?|locations?)\b[^\n–—/]*?)[ \t]+[–—-][ \t]+"
    r"(?P<cols>[^\n/–—\d]+(?:/[^\n/–—\d]+)+)", re.IGNORECASE)
# ... and a time told as a finish outside it, what comes right before the time: "won this year's edition in", "crossed the line
# in", "stopped the clock at", a results row's "Men: 1. Patrick Kipngeno (KEN) "
FINISH_TOLD_BEFORE = re.compile(
    r"(?:\b(?:won|wins|winning|winner|finished|finishing|crossed\s+the\s+line|came\s+home|stopped\s+the\s+clock|clocked|victory|"
    r"title|triumph(?:ed|s)?|broke\s+the\s+tape|first\s+(?:woman|man|home|across))\b"
    r"[^.;!?\n]{0,90}|(?:^|(?<!\d):\s*|[;,]\s*)\d{1,3}\.?\s+(?-i:[A-Z])[^\n;:]{1,50})$", re.IGNORECASE | re.MULTILINE)  # (not a
# clock's "2:24:52. At Weisshorn, Kipngeno passed in")
SLASH_TABLE_UNIT = re.compile(r"\((?P<unit>km|k|m|miles?)\)", re.IGNORECASE)
# ... or between bars, the points' column headed with its unit in a bracket, the runners' names after it: "Aid station (mile) |
# Ashdown | Ocampo" over "Cottonwood Lake (13.4) | 2:01:15 | 2:00:58", "Finish (100.4) | 18:02:33 | 18:39:51"
FINISH_WORDS = frozenset({"finish", "finish line", "arrival", "end"})  # ... a last row's place that is the finish
PIPE_POINT_TABLE_HEAD = re.compile(r"[ \t]*\|?[ \t]*(?:aid\s+stations?|checkpoints?|stations?|points?|locations?)[ \t]*\((?:km|k|m|miles?)\)",
                                   re.IGNORECASE)
PIPE_POINT_TABLE_ROW = re.compile(r"(?P<place>[^\n|()\d]+)\((?P<d>\d{1,3}(?:\.\d)?|\d{3,5})[ \t]?(?P<unit>km|k|m|miles?)?\)", re.IGNORECASE)
SLASH_TABLE_ROW = re.compile(
    r"[ \t]*(?:(?P<place>[^\n–—/\d(]*?)[ \t]*\(|[ \t]*)(?P<d>\d{1,3}(?:\.\d)?|\d{3,5})[ \t]?(?P<unit>km|k|m|miles?)?\)?[ \t]+[–—-][ \t]+(?P<times>[^\n–—]+)",
    re.IGNORECASE)
# an event run on a track, laps of 400m (or 200m indoors): "1500m", "3000m steeplechase", "mile", "2 miles" (not "10km", "half
# marathon", "5 miles")
TRACK_EVENT = re.compile(r"\d+m\b|(?:mile|2\s+miles)$")
TABLE_LAP_COLUMN = re.compile(r"(?:last\s+|single\s+)?(?:laps?|splits?|segments?)(?:\s+time)?|(?:\d{1,2}\s?)?(?:km|k|kilomet(?:re|er)|mile)\s+(?:time|split|lap)s?",
                              re.IGNORECASE)  # (or a kilometre's own time: "Km time")
# ... but where a column of laps stands beside it, "Split" is the time there: "Distance | Split | Lap"
TABLE_SPLIT_COLUMN = re.compile(r"splits?", re.IGNORECASE)
TABLE_LAPS_PROPER = re.compile(r"(?:last\s+|single\s+)?laps?(?:\s+time)?|(?:\d{1,2}\s?)?(?:km|k|kilomet(?:re|er)|mile)\s+(?:time|split|lap)s?",
                               re.IGNORECASE)
# ... the length of each lap such a header says: "Km time" 1000, "5km split" 5000, "Mile time" a mile
TABLE_LAP_UNIT = re.compile(r"(?P<n>\d{1,2})?\s?(?P<unit>km|k|kilomet(?:re|er)|mile)\s+(?:time|split|lap)s?", re.IGNORECASE)
# a markdown table's rule under its header: "|---|---|---|", "| :--- | ---: |"
TABLE_MARKDOWN_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")
TABLE_ROW = re.compile(
    r"[ \t]*\|?[ \t]*(?P<d>\d{3,5}|\d{1,2},\d{3}|\d{1,3}(?=\s?(?:km|k)\b))\s?(?P<unit>m|metres?|meters?|km|k)\b(?=[ \t]*\||\t| {2,})",
    re.IGNORECASE,
)
# ... or a named point with its distance in a bracket, a checkpoint table's row: "Forest gate (2.6km)  10:41  12:58", "Summit
# (5.5km)"; or the same point passed again on the way back, "Forest gate (return)", as far from the finish as it is from the
# start on an out-and-back course (its finish row says how far that is: "Finish (11km)")
TABLE_NAMED_POINT_ROW = re.compile(r"(?P<name>[^\W\d_][^()\n]{0,40}?)[ \t]*\((?:(?P<d>\d{1,3}(?:[.,]\d{1,3})?)[ \t]?(?P<unit>km|k|miles?|mi)"
                                   r"|(?P<back>return|on\s+the\s+return|back|way\s+back|return\s+leg))\)", re.IGNORECASE)
# the close of a bracket holding a point's distance, right before the time there: "Lyon Ridge (10.3) 1:41:10" (`times`)
POINT_MARKER_BRACKET_AFTER = re.compile(r"\)[ \t]+\d{1,2}:\d\d")
# a runner's splits on one line, each point named with its time and its distance in a bracket, ";" between: "Caleb Olson: Lyon
# Ridge (10.3) 1:41:10; Robinson Flat (30.3) 4:28:15; Devil's Thumb (47.8) 6:46:20." (`tables._runner_point_lines`)
RUNNER_POINTS_LINE = re.compile(r"[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})[ \t]*:[ \t]*(?P<items>[^\n]+)")
RUNNER_POINT_ITEM = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Za-z][\w'’.-]*){0,3}?)[ \t]*(?:\((?P<d>\d{1,3}(?:\.\d{1,2})?)\)[ \t]*)?"
                               r"(?P<time>\d{1,2}:\d\d(?::\d\d)?)(?=[ \t]*(?:[;.]|$))")
SPLITS_HEADING_WORD = re.compile(r"\bsplits?\b|\bcheckpoints?\b|\bintermediate\s+times\b", re.IGNORECASE)
MILES_SAID = re.compile(r"\bmiles?\b", re.IGNORECASE)  # a text that measures in miles ...
KM_SAID = re.compile(r"\d\s?km\b|\bkilomet(?:re|er)s?\b", re.IGNORECASE)  # ... or in kilometres
# a header counting laps before a column of distances: "Lap | Distance | Lap time | Total" over "1 | 600m | 88.2 | 2:12.1" (the
# rows' distance in their second cell)
TABLE_LAP_COUNT_HEAD = re.compile(r"laps?|no\.?|#", re.IGNORECASE)
TABLE_DISTANCE_HEAD = re.compile(r"distance|point|mark|at|ends\s+at", re.IGNORECASE)  # ("Lap | Ends at | Tom | Ollie")
# a list of runners' times under each point of a course, a heading naming the point, its distance in a bracket: "Cougar Saddle
# (mile 6.8)" over "- Dax Whitaker - 52:40", "Lick Creek (22.9km)" over "Whitaker 1:53:05" (`tables._point_heading_lists`; not a
# race's label, "Women (50K)", "Finish (mile 31.1)", a review's probes)
POINT_HEADING = re.compile(
    r"[ \t]*(?!(?:men|women|boys|girls|seniors?|juniors?|masters|veterans|open|elite|overall|race|finish|results?|category|"
    r"under|ladies|mixed|relay)\b)(?P<place>(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?-i:[A-Z])[\w'’.-]*){0,3})[ \t]*\("
    r"(?:(?P<mu>mile|mi|km)[ \t]*(?P<d>\d{1,3}(?:\.\d{1,2})?)|(?P<d2>\d{1,3}(?:\.\d{1,2})?)[ \t]*(?P<u2>km|k|mi|miles?))\)[ \t]*:?[ \t]*",
    re.IGNORECASE)
POINT_HEADING_ROW = re.compile(r"[ \t]*(?:[-–—•*][ \t]*)?(?-i:[A-Z])[^\d\n]{1,60}?[ \t]*(?:[-–—:,][ \t]*)?(?P<time>\d{1,2}:\d\d(?::\d\d)?)[ \t]*")
TABLE_THERE_SHARE = 0.7  # a column of times there grows with the distance: its last row's at least 0.7 x its first's scaled
# (`tables._grows_with_distance`; a column of laps stays flat: "33.8" at 200m, "68.9" at 1000m)
# a header's first cell that is a unit, the rows under it opening with a bare number of it: "Km  Leader  Cumulative"
# over "1  Aregawi  2:54.21"
# a row at a fraction of a mile, under a header opening on quarters ("Quarter | Cumulative | Split" over "1/4 | 58.9 | 58.9"), or
# saying its mile itself ("1/2 mile | 2:10.1")
TABLE_QUARTERS_HEAD = re.compile(r"quarters?(?:[\s-]miles?)?", re.IGNORECASE)
TABLE_MILE_FRACTION_ROW = re.compile(r"(?:(?P<n>[13])/4|(?P<half>1/2)|(?P<glyph>[¼½¾]))(?:\s*(?P<mile>miles?|mi))?", re.IGNORECASE)
TABLE_UNIT_COLUMN = re.compile(r"(?P<unit>km|k|kilometres|kilometers|m|metres?|meters?|miles?)", re.IGNORECASE)
TABLE_BARE_ROW = re.compile(r"\d{1,2}(?:\.\d{1,3})?|\d{3,5}")
# a splits table with its points as columns: a header cell that is a point ("200", "400m", "5km"), a cell below it
# that is the stretch's time and the time there in a bracket ("25.8 (49.28)", "23.5")
TABLE_POINT_CELL = re.compile(r"(?P<d>(?!(?:19\d\d|20[12]\d)(?!\s?m))\d{3,5})\s?(?P<unit>m)?|(?P<dk>\d{1,2})\s?(?P<uk>km|k)", re.IGNORECASE)
# (not a year's column, "Women's 6K | 2024 | 2025"; a point's "2000" is one)
# ... under a label over the runners' column and with the finish's column last: "Athlete  200m  400m  600m  Finish"
TABLE_RUNNER_HEAD = re.compile(r"athletes?|runners?|names?|athlete\s*/\s*split|"
                               r"(?:(?:senior|junior|masters|u\d{2}|under[\s-]?\d{2})\s+)?(?:men|women|boys|girls)(?:['’]s)?\s+"
                               r"(?:\d{1,2}(?:\.\d)?\s?(?:k|km)|\d{3,5}\s?m|(?:half\s+)?marathon)", re.IGNORECASE)  # (or the race's
# label over its runners: "Women's 6K | 2K | 4K | Finish", "Senior Women 6 km", "U20 Men's 6K", "Women's 5000m")
TABLE_FINISH_HEAD = re.compile(r"finish|final|time|result", re.IGNORECASE)
_TABLE_TIME = r"(?:\d{1,2}:)?\d{1,2}[.:]\d{1,2}"
TABLE_CELL_TIME = re.compile(_TABLE_TIME)
TABLE_STRETCH_CELL = re.compile(rf"{_TABLE_TIME}(?:\s*\({_TABLE_TIME}\))?")
# a closing lap said after its time: "with a 61.2 final lap", "a 53.9 last lap", "a 61.8-second final lap"
LAP_AFTER_TIME = re.compile(r"^[\s-]*(?:seconds?|secs?|s)?\s+(?:final|last|closing)\s+(?:lap|circuit|400m?)\b", re.IGNORECASE)
# a word of a sex: "first woman", "the men"
# a rank within one sex of a mixed field ("the fastest woman", "the second woman", "first female"), or a series' standing ("in
# round four of the series"): the overall place after it is the whole field's, or the series' (an age category's winner's
# overall place is the race's, as the gold has it: "First V40 was Darren Lister in 40:58, 27th overall")
SUBFIELD_RANK = re.compile(rf"\b(?:fastest|quickest|first|top|leading|best|{_ORD})\s+(?:wom[ae]n|female|girl|lady|m[ae]n|male|boy)\b"
                           r"|\b(?:series|league|standings)\b", re.IGNORECASE)
SEX_WORD = re.compile(r"\b(?:wom[ae]n|female|girls?|ladies|m[ae]n|male|boys?|he|his|him|she|her|hers)\b", re.IGNORECASE)
# a place marking a results row's entry: "5) Wilfried Happio", "; 2. Fiamme Oro"
# a comma decimal with a unit that is no time's: "21,50 degrees", "12,50 euros"
UNIT_AFTER_DECIMAL = re.compile(r"\s*(?:degrees|°|euros?|€|kr|kroner|%|points|pts|m\b|metres|meters)", re.IGNORECASE)
ROW_PLACE_MARK = re.compile(r"(?:^|[\s,;:])\d{1,2}[.)]\s+(?-i:[A-Z])")
# a result's verb or time right after a name: "Hall won", "Fox in 28:15.00", "Fox (28:15.00)"
RESULT_VERB_AFTER = re.compile(r"\s+(?:won|wins|ran|runs|finished|clocked|took|set|broke|crossed|beat|edged|held|kicked|led|placed|hit|"
                               r"was\s+(?:first|second|third|\w+th|on\s+top)|in\s+\d)\b|\s*\(\d|\s+\d{1,2}[:.,]\d")  # ("1. Young 1:52.3")
# a lap's time right before its words: "a 61.0 opening lap", "a 51.8-second first lap", "a 58.7 final lap"
TIMED_LAP_WORDS_BEFORE = re.compile(r"(?:\d[.,:]\d+|\d+-seconds?)[ \t]+$")  # (not "In heat 2 the first lap was")
# ... or the first: "led through a 60.8 opening lap", "after a 57-second first lap"
FIRST_LAP_AFTER_TIME = re.compile(r"^[\s-]*(?:seconds?|secs?|s)?\s+(?:opening|first)\s+(?:lap|circuit|400m?)\b", re.IGNORECASE)
# an edition of a race named by its year: "who won the 2022 race in 2:02:40", "who won the 2021 Trials in 1:43.17",
# "Korir, the 2024 winner here in 2:02:44"
# (the past if not this race's year)
# a sentence opening with what its subject did before, not when it speaks of: "Fourth in this race 12 months
# ago, the 25-year-old ran with the leaders"
APPOSITIVE_OPENING = re.compile(rf"\s*(?:(?:{_ORD})\b|winner\b|runner-up\b|champion\b)", re.IGNORECASE)
# a comparison with someone's year, not a date of this time: "the first woman since Tirunesh Dibaba in 2008 to win"
SINCE_COMPARISON = re.compile(r"\bsince\s+(?:[A-Z][\w'’-]*\s+){1,3}in\s+(?:19|20)\d\d\b")
# a meeting after a first "since": a point in the past, not the sentence's race ("racing for the first time since a
# disappointing Paris Olympics, was a close third in 3:38.31"; not where a mark was set: "holds with 14:26,76 since the
# World Championships 2019")
SINCE_BEFORE_MEETING = re.compile(
    r"\b(?:first|debut|return)\b[^.;:,]{0,40}?\bsince\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# ... or an event there, a few words on: "in his first race since finishing fourth in the Olympic marathon" (not the 10K run)
SINCE_BEFORE_EVENT = re.compile(r"\b(?:first|debut|return)\b[^.;:,]{0,40}?\bsince\s+[^.;:,]{0,50}$", re.IGNORECASE)
# ... nor an event a best held is told in, its time before it: "that has a personal record of 13.45,67 in the 5000 metres" (a
# credential's event: the time's, but no race to carry on; not one run today: "Kiplimo ran a personal best of 26:48 in the 10km")
BEST_TIME_IN_BEFORE_EVENT = re.compile(r"(?:\b(?:has|have|had|holds?|held|owns?|owned|whose|with)\s+(?:a|an|the|his|her|their)?\s*|"
                                       r"\b(?:ran|set|clocked)\s+(?:this|last)\s+(?:summer|spring|winter|autumn|season|year|month)\s+(?:a|an|the|his|her)\s+)"
                                       r"(?:personal|lifetime|career|season['’]?s?|previous)[\s-]+(?:best|record|mark)\s+(?:of\s+|is\s+|was\s+)?"
                                       r"\d[\d:.,'’\"hms]*\s+(?:in|over|for|at|on)\s+(?:the\s+)?$"
                                       r"|\bwhose\s+\d[\d:.,]*\d\s+(?:in|over|for|at|on)\s+(?:the\s+)?$", re.IGNORECASE)
# ... or a best run before at a race named, said after "after" ("after a personal best of 1:08:20 at the Inverness Half Marathon in
# March"; not "won with a personal best of 12:48.45 at the Bislett Games", the race reported): neither its event nor its meeting
# the sentence's race
BEST_RUN_AT_BEFORE = re.compile(r"\b(?:after|following)\s+(?:a|an|his|her|their)\s+(?:new\s+)?(?:personal|season['’]?s?|lifetime|career|previous)[\s-]+"
                                r"(?:best|record|mark)\s+(?:of\s+)?\d[\d:.,'’\"hms]*\s+(?:at|in|on)\s+(?:the\s+)?(?:(?-i:[A-Z0-9])[\w'’.-]*\s+){0,3}$",
                                re.IGNORECASE)
# ("whose 16:22.41 in the 5,000m ranks second in program history", a mark of hers; translated: "has a personal record of 32:05.40 on
# the 10.000 meter", "ran this summer a personal record of 13:34.80 on the 5.000 meter in Heusden")
# a first since a year: "became the first European to win the Olympic 1,500 metres since 1992" (dates no time of the sentence)
FIRST_SINCE = re.compile(  # (or the fastest: "was the fastest in Rotterdam since 2021")
    r"\bthe\s+(?:first|fastest|quickest|slowest)\b[^.;:]{0,80}?\bsince\s+(?:19|20)\d\d\b(?!\s*,?\s*when\b)", re.IGNORECASE)  # (not "since
# 2019, when Brigid Kosgei ran 2:18:20": the year dates the clause after it)
# an edition named by its year: "the 2021 Trials", "the 2024 Games", with an adjective or two before a race's own head ("the
# 2012 Olympic final"; not "the 2024 Olympic Games", a meeting `context` dates, nor "The 2022 Commonwealth champion Eilish
# McColgan", a title), or a point-to-point course's run that way that year ("the 2024 up run", "the 1989 down run")
YEAR_EDITION = re.compile(r"\b(?:the|his|her|their)\s+(?P<year>(?:19|20)\d\d)\s+"
                          r"(?:(?P<adj>(?:(?-i:[A-Z])[\w-]+\s+){1,2}?)(?=(?:race|edition|final)\b))?"
                          r"(?:race|edition|final|winner|champion|(?:up|down)\s+run|(?-i:Trials|Games|Olympics|Championships|Worlds))\b", re.IGNORECASE)
# a day of the race reported said in the stretch of a time: the edition it names by its year is this one where the article's
# year is unknown ("Gerda Steyn won the 2024 up run in 5:49:46 on Sunday"; not `PRESENT_CUE`, whose "here" is the place: "the
# 2024 winner here in 2:02:44")
THIS_DAY_CUE = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|tonight|yesterday|this\s+"
                          r"(?:year|morning|afternoon|evening|weekend))\b(?!['’])", re.IGNORECASE)
# a cleft sentence's opening, whose stretch dates the time after its "that": "It was here, in the 2012 Olympic final, that
# David Rudisha ran 1:40.91"
CLEFT_DATING_OPENING = re.compile(r"\s*It\s+was\b[^.;:!?]{0,80}?\bthat\b")
# a bracket right after a time that opens with who ran it: "won in 14:36.79 (Hassan, Tokyo 2021)", "(Kerr)"
BRACKET_OPENING = re.compile(r"[ \t]*\([ \t]*")
# a winner set off after a name: "Julien Alfred, winner in 10"89", "Kerr, the winner,"
WINNER_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:race\s+)?winner\b", re.IGNORECASE)
# an ordinal behind someone on a list, no race's place: "second behind Jakob Ingebrigtsen on the world list this year"
BEHIND_ON_A_LIST_AFTER = re.compile(r"\s+behind\b[^.;]{0,60}?\b(?:lists?|standings|rankings?|table|year|season)\b", re.IGNORECASE)
# ... the ordinal of one behind such a winner, whoever the time's runner: "fourth behind Chebet, winner in 14:05.20"
BEHIND_A_WINNER_AFTER = re.compile(r"\s+behind\b[^.;]{0,60}?,\s+(?:the\s+)?(?:race\s+)?winner\b", re.IGNORECASE)
# a stretch in brackets, an aside: "Paula (who holds the mixed-race mark of 2:15:25, ...): "...""
BRACKETED = re.compile(r"\([^()]*\)")
BRACKET_NAME_END = re.compile(r"[ \t]*(?:[,;)]|[-–—])")
# an edition named by its place and year right after a time: "2:01:09 from Berlin 2022", "47.99 at Helsinki 1983", "whose
# 19,72 of Mexico City 1979" (translated)
# (the past if not this race's year)
# (or set off by a comma inside a bracket: "Brigid Kosgei (2:14:04, Chicago 2019)")
EDITION_AFTER_TIME = re.compile(r"(?:\s+of\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?=\s+in\s))?"  # (its runner first: "the
                                 # legendary 3'28''95 of Fermín Cacho in Zurich 1997")
                                 r"(?:\s+(?:from|at|in|of)\s+(?:the\s+)?|\s*,\s*(?=[^()\n]*\)))(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–:]\d)")
WON_IN_BEFORE = re.compile(r"\b(?:won|wins|winning|to\s+win|took\s+(?:the\s+)?(?:title|victory|win))\b[^.;]{0,40}$", re.IGNORECASE)  # ... not
# of a win: "Jacob Kiplimo won in 2:05:18 in Berlin, Germany, in 2026"
# ... or a place then a year: "broke the 10,000-meter world record with 28:54.14 in Eugene, Oregon, in 2024"
PLACE_THEN_YEAR_AFTER = re.compile(r"\s+in\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?(?:,\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?)?"
                                   r",?\s+(?:back\s+)?in\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–:]\d)")
# ... or "in the" year and a word of no race right after it: "since Des Linden's 2:39:54 in the 2018 monsoon" (not "in the 2000
# meters", "in the 2025 marathon on Sunday")
YEAR_NOUN_AFTER_TIME = re.compile(r"\s+in\s+the\s+(?P<year>(?:19|20)\d\d)\s+(?!(?:m|metres?|meters?|km|kilomet\w*|miles?|steeple\w*|hurdles|"
                                  r"marathon|half|race|races|edition|final|finals|heats?|semis?|championships?|games|meeting|meet|season|"
                                  r"running|event|series|olympics?|relays?|trials?|world|national|indoor|outdoor|men|women|boys|girls)\b)"
                                  r"(?-i:[a-z])[a-z]+\b",
                                  re.IGNORECASE)
# ... or a year right before it or its bracket: "after her wins in 2023 (2:21:38) and 2024 (2:27:37)", "who ran here 2022
# 2:01:09" (German copy translated)
YEAR_RIGHT_BEFORE_TIME = re.compile(r"(?<![\d:.,])(?<!\.\s)(?<![/-])\b(?P<year>(?:19|20)\d\d)(?:\s*\(\s*|(?<=[a-z]\s\d{4})\s+)$")
# (a bare year only after a word: not a results list's year of birth, "Amanal Petros (Germany) 1995 2:06:27")
# ... or in a bracket after it, with who ran it: "won in 14:36.79 (Hassan, Tokyo 2021)"
EDITION_IN_BRACKET_AFTER = re.compile(r"\s*\((?:[^()\n]{0,40}?[\s,])?(?P<year>(?:19|20)\d\d)\)")
# the rest of a bracket a time opens, only where and when it was run: "Alicia Monson (14:19.45, Monaco last year)" (not
# "(12:50.10, his fastest since 2022)", "(14:19.45, last year's winner)": this race's time, set off by a remark)
BRACKET_REST_AFTER = re.compile(r",\s*(?:in\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,?\s+(?:last\s+(?:year|season|summer|winter)|in\s+(?:19|20)\d\d)\)")
# a name's bracketed time, the name's verb after the bracket saying they did not run: "The German record holder Amanal Petros
# (2:04:58 hrs.) had cancelled his start", "Kipchoge (2:01:09) withdrew on Friday": a mark brought, no result
DID_NOT_RUN_AFTER = re.compile(
    r"[ \t]*(?:hrs\.?|h)?[ \t]*\)[ \t]+(?:had\s+|has\s+|was\s+|is\s+)?(?:(?:already|also|then|late|later)\s+)?"
    r"(?:cancel(?:l)?ed\s+(?:his|her|their)\s+start|withdr(?:ew|awn)|pulled\s+out|did\s+not\s+(?:start|run|compete)|scratched|"
    r"(?:was|were)\s+(?:absent|missing|not\s+(?:on\s+the\s+start|in\s+the\s+field))|absent|missing)\b",
    re.IGNORECASE,
)
# a point after its time, listed after a stretch timed the same way: "after a 54.2 first lap and a 1:51.0 800m", "a
# 55.1 opening 400m and a 1:52.3 800m", "a first 400m of 55.2 and a 1:51.0 800m" (not "ran a 1:51.0 800m", a race of its own)
_TIMED_STRETCH_AND = (  # (not a runner's races: "ran a 2:00.10 800m and a 4:15.00 1500m")
    r"\ban?\s+(?:[a-z]+\s+)?(?:\d[\d:.,]*(?:-second)?\s+(?:first|opening)\s+(?:lap|\d{3,5}\s?m)"
    r"|(?:first|opening)\s+(?:lap|\d{3,5}\s?m)\s+(?:of|in)\s+\d[\d:.,]*(?:\s*(?:seconds|secs?|s)\b)?)\s+and\s+an?\s+(?:[a-z]+\s+)?")
LISTED_TIME_THEN_POINT_BEFORE = re.compile(_TIMED_STRETCH_AND + "$", re.IGNORECASE)
# ... the distance after such a time names a point, not a race (`context.find_events`)
# a mark told by its time then its event, a runner's credential: "a woman with a 49.57 400m on her CV", "a 3:29 1500m man"
# (no race of the text); and a distance gone through one at a time: "Let's go through it 200 metres at a time"
MARK_TIME_BEFORE_EVENT = re.compile(r"\b(?:with\s+an?|her|his)\s+\d{1,2}(?::\d{2})?[.,]\d{1,2}\s+$", re.IGNORECASE)  # (not "ran a
# 2:00.10 800m and a 4:15.00 1500m", races)
CREDENTIAL_AFTER = re.compile(r"\s+(?:on\s+(?:his|her|their)\s+(?:CV|résumé|resume|record)|to\s+(?:his|her|their)\s+name|(?:personal\s+)?best|PB|PR)\b")
# (... and said to be held: "on her CV", "to his name"; not "opened her season with a 2:08.45 800m at Lee Valley", a race)
AT_A_TIME_AFTER = re.compile(r"\s+at\s+a\s+time\b", re.IGNORECASE)
LISTED_POINT_TIME_BEFORE = re.compile(_TIMED_STRETCH_AND + r"\d[\d:.,]*\s?$", re.IGNORECASE)
# ... or gone through after "a" and its time: "through a 4:35 first 1600", "through a slow 2:27 800" (`context.find_events`; not
# "won with a 4:35 1600")
_PASSED_TIMED = _THROUGH_A + r"\d[\d:.,]*(?:-second)?\s+(?:(?:first|opening)\s+)?"
PASSED_TIMED_POINT_BEFORE = re.compile(_PASSED_TIMED + "$", re.IGNORECASE)
PASSED_TIMED_POINT = re.compile(_PASSED_TIMED + r"[1-9]\d?00\b", re.IGNORECASE)  # (the whole: a point named)
POINT_AFTER_LISTED_TIME = re.compile(r"\s?(?P<d>\d{3,5})\s?(?P<unit>m|metres?|meters?)\b(?!\s+(?:race|run|final|heat|title|record))", re.IGNORECASE)
# "58.4 seconds through 400m", "through a 13:19 halfway": the time comes first
# ("Dave split 1:48:55 at the half": "the half" is read as the point)
# ... a unit alone, one of it: "3:01.5 for the first kilometre" (not "at kilometre 5")
ONE_UNIT_POINT = re.compile(r"(?<=first\s)(?P<unit>kilomet(?:re|er)|km|mile)\b(?!\s*\d)(?!\s+(?:race|run|of\s+(?:the|his|her|their)))", re.IGNORECASE)
# (not a pace, "2:52 to the km", nor a race: "3:51.30 for the first mile race of his outdoor season")
SPLIT_TIME_THEN_POINT = re.compile(
    r"^\s*(?:seconds?|secs?|s|(?:minutes?|mins?|h(?:ours?|rs?)?)(?=\s+(?:through|thru)\b))?\s*(?:(?:through|thru|at|to|for\s+the\s+first)\s+(?:the\s+(?!half\b|bell\b|kilomet))?(?:passage\s+of\s+(?:the\s+)?)?|(?=half-?way\b))",
    re.IGNORECASE,  # (French copy translated: "1'52''40 at the passage of the 800 m"; German: "in 62:41 minutes through the half
)  # marathon mark")

# ---- names -----------------------------------------------------------------------------

# one name token: "Kerr", "Sha’Carri", "Asher-Smith", "McLaughlin-Levrone", "O'Brien", "Chepng'etich", "KERR", "J.",
# "Tjin-A-Lim" (a lone capital between two parts), "G/Selassie" (Ethiopian copy's "Gebre" abbreviated; not "W/ro", a title)
# (not a contraction: "I've", "Kerr'll")
NAME_TOKEN = rf"(?:[{UPPER}]/[{UPPER}][{LOWER}]+|(?!U\.[SK]\.)(?:[{UPPER}]\.){{1,3}}(?=[ \u00a0])|[{UPPER}][{LOWER}]*(?:[{UPPER}][{LOWER}]+)?(?:(?<=[{LOWER}])[{APOS}](?!(?:s|t|m|d|ve|ll|re)\b)[{LOWER}]+)*(?:[{APOS}][{UPPER}][{LOWER}]+)?(?:[{DASHES}][{UPPER}](?:[{LOWER}]+|(?=[{DASHES}][{UPPER}][{LOWER}])))*|[{UPPER}]{{2,}}(?:[{DASHES}][{UPPER}]{{2,}})?)"
# lowercase particles inside names: "van Niekerk", "dos Santos", "de Grasse"
NAME_PARTICLE = r"(?:van|von|de|der|den|del|della|di|da|das|do|dos|du|la|le|el|al|bin|ibn|ter|ten|St\.|Ste\.)"
# a results line of unnumbered rows in finishing order after its event: "Men's 800m: Chukwuebuka Okafor 1:46.81, Samuel Adeyemi
# 1:47.35" (each row a name, perhaps its club or country in brackets, then its time; `results.row_order_place`)
_ROW = (rf"[{UPPER}][\w'’.-]*(?:[ \t]+(?:[{UPPER}][\w'’.-]*|{NAME_PARTICLE})){{1,3}}(?:[ \t]*\([^()\n]{{1,30}}\))?"  # a name, its club or country
        r"[ \t]+\d[\d:.,]*\d(?:[ \t]*secs?\b)?")  # ... and its time (not "Boys - Brian Kipngetich 29:58; Girls - ...": two races)
ORDERED_ROWS_LINE = re.compile(
    rf"[ \t]*(?:(?:Men|Women|Boys|Girls)['’]s[ \t]+)?(?i:\d[\d,]*[ \t]?(?:m|metres|meters|km|k)\b(?:[ \t]+(?:hurdles|steeplechase|walk))?"
    rf"|mile|marathon|half[ \t]+marathon|steeplechase)(?i:[ \t]*[-–—]?[ \t]*(?:final|a[ \t]+final|results?|(?:heat|section|race)[ \t]+(?:\d{{1,2}}|one|two|three|four|five|six|[A-F])))?[ \t]*:"  # (the event alone: not "Men's
    # 800m heat winners:", "Women's 10,000m pacemakers:")
    rf"[ \t]*(?P<rows>{_ROW}(?:[ \t]*[,;][ \t]*{_ROW})+)[ \t]*\.?[ \t]*$", re.MULTILINE)
# verbs shouted after a name in capitals, no surname: "RUTH CHEPNGETICH WINS in 2:14:18!"
SHOUTED_VERBS = frozenset("wins won takes took claims claimed breaks broke sets smashes smashed storms stormed retains retained defends "
                          "defended does did is".split())
# a name said right after it to be how someone wrote or said another's name: "Mpraian Kipsang, as his name was written in the
# announcements", "Ruth Tzeptsoumba, as the commentator was saying her name" (translated; not "Kipsang, as his name suggests")
NAME_SPELLED_AS_AFTER = re.compile(
    r"\s*,\s*as\s+(?=[^,.;:!?\n]{0,80}?\b(?:his|her)\s+name\b)(?=[^,.;:!?\n]{0,80}?\b(?:writ(?:e|es|ten|ing)|wrote|spel(?:l|ls|led|t|ling)|"
    r"sa(?:y|ys|id|ying)|pronounc(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|print(?:s|ed)?|list(?:s|ed)?|transliterat(?:e|es|ed|ing)|render(?:s|ed))\b)",
    re.IGNORECASE)
# Nordic and German letters as English copy may spell them out: "Nordås" as "Nordaas", "Møller" as "Moeller"
NORDIC_SPELLING = {"å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe",
                   "ü": "ue", "Ü": "Ue"}
NORDIC_LETTERS_SPELLED = re.compile("|".join(NORDIC_SPELLING))
# a Polish surname's case ending, as copy translated from Polish leaves it: "Bukowieckiej" (of Bukowiecka), "Szewińskiej",
# "Lewandowskiego" (of Lewandowski); folded, "-ską" is already "-ska"
POLISH_CASE_ENDING = re.compile(r"(?P<stem>(?:sk|ck|dzk))(?:(?P<fem>iej)|iego|iemu|im)$")
# a section heading's verb after a surname, in title case: "Castellano Takes 1500m", "Brightwater Doubles Up" (present
# forms only: "Won", "Took", "Does" and "Storms" are surnames too)
HEADING_VERBS = frozenset("takes wins claims sets breaks smashes retains defends doubles grabs seizes captures clinches runs shatters clocks"
                           .split())
SHOUTED_VERB_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(w.upper() for w in SHOUTED_VERBS))})\b")
# function words that are given names, or family names written first: "Just Kwaou-Mathey", "He Jie", "May Lee", the Nordic
# "Per Ove Lunde"
UNIT_WORDS = frozenset("kilometre kilometer kilometres kilometers km mile miles lap laps cent hour minute second annum capita metre meter".split())
NUMBER_RIGHT_BEFORE = re.compile(r"\d[:.,]\d+[\s\u00a0]*$")  # a time right before a word: "2:52 Per Kilometre", a rate (not a row's
# place: "1 Will Barnicoat")
INITIALS_RUN = re.compile(r"(?:[A-Z]\.){2,3}")  # initials run together: "R.S." of "R.S. Negi"
INITIALS_OPENING_NAME = re.compile(r"(?:[A-Z]\.){1,3}")  # ... or one, before a given name and a surname: "G." of "G. Iresha Dilhani"
FUNCTION_WORD_NAMES = frozenset("just he will may can do an per".split())
# ... and "The" inside a name, translated copy's "El" of an Arabic name: "Soufiane The Bakkali"
ARTICLE_PARTICLES = frozenset(["the"])
NAME_DOTS = "·・"  # middle dots between the parts of a transliterated name
# a run of capitalised name tokens, with particles between them: "Hicham El Guerrouj", "Wayde van Niekerk", and two as
# Dutch and German names pair them, "Patrizia van der Weken" (not Spanish "de la", more often a place's or a race's:
# "the Cross Internacional de la Constitución", "the Paseo de la Castellana")
# ... after another: a given name of two syllables joined by a hyphen, the second in lower case, as Korean (and Taiwanese)
# names are romanised: "Park Min-ho", "Lee Bong-ju", "Kim Do-yeon", "Choi Kyeong-seon" (not "Kenyan-born", "All-time")
_SYLLABLE_NAME_TOKEN = (rf"(?!(?:One|Two|Co|Sub|Semi|Non|Pre|Post|Mid|Re|Self|Half|Ultra|Anti|Ex|Vice|Multi|Super|Inter|Over|Under|Out|Up|Top|"
                        rf"All|Well|Long|Short|Year|Day|World|Team|Age)-)"  # (English prefixes: "Co-op", "Sub-par", "Semi-pro", "One-two"; not
                        # "Man", a Cantonese given name's syllable: "Ho Man-kit", "Lam Man-wai"; "Man-made" is kept out by its second part)
                        rf"[{UPPER}][{LOWER}]{{1,5}}-(?!(?:born|bred|like|led|run|old|up|out|time|type|man|men|day|year|long|wide|free|made|back|off|"
                        rf"cold|hot|race|way|end|star|fast|slow|top|high|low|new|half|stop|step|size|mile|lap|ish|esque|one|two|op|par|pro|am|ups?|hunt|hour|kind)\b)"
                        rf"(?:[{LOWER}]{{2,4}}|[{LOWER}]{{1,3}}(?:eung|ong|ung))(?!\w)(?![{DASHES}])")  # (Cantonese "Wai-keung",
# "Chi-cheung", "Ka-kwong" too)
SYLLABLE_NAME = re.compile(_SYLLABLE_NAME_TOKEN)
SHORT_SURNAME_BEFORE = re.compile(rf"\b([{UPPER}][{LOWER}]{{1,4}})[ \u00a0]$")  # "Park " of "Park Min-ho"
# a street's word before a particle: "Calle de la Princesa", "Rua da Consolação" (alone, "Calle" and "Rua" may be given names)
STREET_HEADS = frozenset("calle rua".split())
# a particle of two words inside a name: "Jovana de la Cruz", "María de los Ángeles" (Spanish)
TWO_WORD_PARTICLE = re.compile(r"\bde[ \u00a0](?:la|las|los)[ \u00a0]")
NAME_RUN = re.compile(
    rf"(?<![\w{APOS}])(?:(?:St|Ste)\.[ \u00a0])?(?:{NAME_TOKEN})(?:[ \u00a0{NAME_DOTS}](?:{NAME_PARTICLE}[ \u00a0]|(?:van|von)[ \u00a0](?:der|den|de|dem)[ \u00a0]|de[ \u00a0](?:la|las|los)[ \u00a0])?(?:{_SYLLABLE_NAME_TOKEN}|{NAME_TOKEN})){{0,6}}(?![\w])"
)
# the words of a name: Chinese and Japanese copy joins a foreign name's parts with a middle dot ("Sheila·Chepkirui")
NAME_WORD = re.compile(rf"[^\s{NAME_DOTS}]+")
# a nickname in quotation marks between a given name and a surname: 'Dave "Duracell" Hughes', 'Tom "TK" Kowalski' (the
# name is Dave Hughes, not a lone "Hughes" for the registry's one Hughes)
NICKNAMED_NAME = re.compile(rf"\b[{UPPER}][{LOWER}]+[ \t]+[\"“][{UPPER}][^\"”\n]{{0,20}}[\"”][ \t]+[{UPPER}][{LOWER}][\w'’-]*")
# a results row that writes its name surname first, as US college results do ("1. Vollmer, Ethan SR Drake 3:44.81", "4.
# Lund Hagen, Mattias SO Northern Iowa"): the class year after the given name shows the order (not "1. Jakob Ingebrigtsen,
# Norway (NOR) 3:28.42", a name then its country)
_ROW_NAME_WORD = rf"[{UPPER}][{LOWER}][\w'’]*(?:-[{UPPER}][{LOWER}]+)?"
SURNAME_FIRST_ROW_NAME = re.compile(
    rf"(?m)^[ \t]*\d{{1,3}}[.)]?[ \t]+(?P<surname>(?:(?:{_ROW_NAME_WORD}|(?-i:van|von|de|da|del|der|di|le|la|St\.))[ \t])?{_ROW_NAME_WORD}),"
    rf"[ \t]+(?P<given>{_ROW_NAME_WORD}(?:[ \t]{_ROW_NAME_WORD})?)(?=[ \t]+(?:FR|SO|JR|SR|GR|RS-?(?:FR|SO|JR|SR))\b)")
# ... or, as Nordic and continental results do, with the runner's club in a bracket after the given name, the rows on their
# own lines or run together ("Results: 1. Løkken, Sindre (IL Fjordløp) 3:48.62 – 2. Rise, Håkon Moe (Ullensaker/Kisa IL)
# 3:52.70"; a surname of one word or after a particle: not "1. John Smith, Leeds City (M40) 31:20", a name then its club)
SURNAME_FIRST_LIST_NAME = re.compile(
    rf"(?:(?m:^)|(?<=[:;–—,][ \t]))[ \t]*\d{{1,3}}[.)][ \t]+(?P<surname>(?:(?-i:van|von|de|da|del|der|di|le|la)[ \t])?{_ROW_NAME_WORD}),"
    rf"[ \t]+(?P<given>{_ROW_NAME_WORD}(?:[ \t]{_ROW_NAME_WORD})?)(?=[ \t]*\([^()\n]{{2,40}}\)[ \t]*\d)")
# the place a checkpoint's row names after its label: "CP1 Harter Fell (5.1km) 0:32:10", "Checkpoint 3: Refuge Bonatti" (a
# trail or fell race's checkpoints, places wherever the text names them)
CHECKPOINT_ROW_PLACE = re.compile(rf"(?m)^[ \t]*(?:CP|Checkpoint|Check[ \t]point|Aid[ \t]station|Aid|AS)[ \t]?\d{{1,2}}[ \t]*[:.–—-]?[ \t]*"
                                  rf"(?P<place>[{UPPER}][\w'’-]*(?:[ \t]+(?:[{UPPER}][\w'’-]*|de|la|du|des|of|the)){{0,4}})")
# ... or an aid station's row of a list with its mile in brackets and a time after: "- Cottonwood Gulch (mile 7.2): 55:40"
MILE_CHECKPOINT_ROW = re.compile(rf"(?m)^[ \t]*[-•*–]?[ \t]*(?P<place>[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,3}})[ \t]*"
                                 + _MARKER_IN_BRACKET + rf"[ \t]*[:–—-]?[ \t]*(?:[{UPPER}][\w'’-]*[ \t]+){{0,2}}\d", re.IGNORECASE)  # (or its runner
# named before the time: "- Hope Pass (mile 45): Peterman 6:41:02")
BRACKETED_KM_AFTER = re.compile(r"[ \t]*\((?P<d>\d{1,3}(?:[.,]\d)?)[ \t]?km\)")  # ... and its distance after it: " (21.3km)"
# ... said reached right before a time: "She was at Scafell Pike in 3:10:05", "reached Esk Hause in 2:14:40", "passing Esk Hause
# in 2:01:10 and Scafell Pike in 2:58:44" (a place the rows list)
AT_PLACE_IN_BEFORE = re.compile(rf"\b(?:(?i:at)|reached|reaching|through|passing|passed|and|into|hit|hits|hitting|(?:top|summit)[ \t]+of)[ \t]+"
                                rf"(?:[\d,]+-(?:foot|feet|metre|meter)[ \t]+)?(?P<place>[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,3}})"
                                rf"(?:[ \t]*\([^()\n]{{1,12}}\))?(?:[ \t]*,[ \t]*(?:he|she|[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?)[ \t]+"
                                rf"(?:passed|went[ \t]+through|came[ \t]+through|was[ \t]+timed))?"
                                rf"[ \t]+(?:(?:together|alone|first|clear)[ \t]+)?in[ \t]+$")  # ("came into Cougar
# Saddle together in 1:01:18", "was first to the top of 12,100-foot Wapiti Pass in 2:13:31", "came through Barr Camp (mile 7.6)
# together in 1:10:52", "She hit Barr Camp in 1:22:40", or its runner after it: "At Vissoie (km 11), Bonnet passed in 52'10")
# ... and its distance where the text names it with a marker in a bracket after it, after a word of going there: "came through
# Barr Camp (mile 7.6) together" (not "after he passed Tom Barr (mile 7.6)", a runner)
PLACE_MARKER_BRACKET = re.compile(r"\b(?:through|at|into|to|reached|reaching|via|near|from|past|by|over|up|down)\s+(?:the\s+)?"
                                  rf"(?-i:(?P<place>[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,3}}))[ \t]*" + _MARKER_IN_BRACKET,
                                  re.IGNORECASE)
NICKNAME_IN_NAME = re.compile(r"[ \t][\"“][^\"”\n]{1,21}[\"”](?=[ \t])")
# possessive after a name: "Kerr’s", "Nugus's", "Hodgkinson'"
POSSESSIVE = re.compile(rf"^[{APOS}](?:s\b)?")
# the same ending on a word already cut out: "Kerr’s" -> "Kerr"
POSSESSIVE_END = re.compile(rf"[{APOS}]s?$")
# a run of non-space characters, as a name run is cut into words
NONSPACE = re.compile(r"\S+")

# capitalised words that are not names, whatever their position (lower-cased); among them the units German copy
# translated leaves in German, capitalised as its nouns are ("ran 3:48,68 Minuten", "the English Meile")
# a wire's topic slug opening its headline, glued to the first word by a hyphen: "Athletics-El Bakkali reels in Girma" (Reuters)
WIRE_SLUG = re.compile(r"(?:(?<=^)|(?<=\n))(?:Athletics|Sport|Sports|Olympics|Marathon)-(?=[A-Z])")
# a results heading's class, senior or junior and a sex: "Sr M (10km): 1 Will Barnicoat", "Jnr W" (no name: "Pat Kelly Snr")
CLASS_LABEL = re.compile(r"(?:Sr|Snr|Sen|Jr|Jnr|Jun)\.?\s+[MWF]")
NOT_NAME_WORDS = frozenset(
    """
    the a an and or but if so as at by for from in into of on onto to with without than then that this these those
    there here when where while after before during since until because though although however meanwhile elsewhere
    also still yet just only even not no yes oh ah well now today tonight yesterday tomorrow
    he she it they we you i his her its their our your my him them us me who whom whose which what why how
    mr mrs ms miss dr sir dame lord lady
    monday tuesday wednesday thursday friday saturday sunday
    africa europe asia oceania
    january february march april june july august september october november december
    lt gen col maj capt sgt rtd hon rev
    pte spte pvt cpl l/cpl lcpl ssgt s/sgt
    olympic olympics olympian olympians world worlds championship championships champion champions champs
    victory victories triumph defeat podium pacing running ekiden
    games classic diamond league meeting meet grand prix invitational trials relays memorial gala final finals heat heats
    semi semifinal semi-final round race races mile miles marathon half road track field stadium arena park
    record records best time times gold silver bronze medal medals title titles
    men women men's women's mens womens male female
    university college school club team squad federation association athletics sport sports news press
    images photo photos picture pictures getty reuters afp ap pa shutterstock gallery credit
    xinhua dpa kyodo yonhap aap anadolu province prefecture
    bbc nbc cbs espn sky eurosport times guardian telegraph mail independent
    report herald gazette tribune chronicle journal magazine podcast radio bulletin newsletter
    reigning defending former current fellow compatriot compatriots countryman countrymen countrywoman teammate team-mate teammates clubmate club-mate clubmates
    freshman sophomore junior senior redshirt
    rival rivals pacemaker pacemakers pacer pacers tempomacher tempomachern
    runner-up runners-up winner winners leader leaders favourite favorite star superstar legend
    briton brit brits britons britain's british english scottish scot scots welsh irish
    twitter instagram facebook x youtube tiktok
    somebody someone anybody anyone everybody everyone nobody something anything everything nothing dude dudes lol
    organisers organizers spectators fans supporters volunteers viewers readers runners athletes people
    athlete runner sprinter sprinters hurdler hurdlers marathoner marathoners steeplechaser steeplechasers
    start finish having being goal goals target
    police prisons army navy forces indoors outdoors
    defence defense force electric administration municipality corporation commission authority
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last next like
    soldier soldiers veteran veterans teen teenager teenagers youngster youngsters policeman policewoman warder
    click here read full original article more related share comment comments subscribe
    coach coaches agent official officials president director chairman chief ceo minister
    north south east west central new old great little big
    after-all day night week month year season summer winter spring autumn fall
    saturday's sunday's friday's published updated posted class category competition competitions
    halfway history huge home age temperature temperatures federations word
    conference conferences exhibition label net network international national country
    minuten sekunden stunden meter kilometer meile meilen
    commissioner governor god development
    """.split()
)
# ... those of them that are weekdays, a given name too after an honorific, before a surname, as West African names have them:
# "Mr. Sunday Okon" (`athletes.split_run`; not a month: "Dr. August Ruto, the meet medical officer", a role the name then takes)
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# a clause after a name saying its bearer ran this race, whatever role the text gives them first: "Breakfast radio host Jamie
# Tuhoe, who finished the marathon in 3:58:14" (a runner; not another day's race: "who ran it in 2:31:05 in 1998", `PAST_CUE`)
RACED_CLAUSE_AFTER = re.compile(r",\s+who\s+(?:also\s+|then\s+)?(?:(?:ran|clocked)\s+(?=\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?\s*[,.;)])"
                                r"|(?:finished|ran|completed|crossed\s+the\s+line)"
                                r"(?:\s+(?:the|her|his|their|a)\s+(?:[\w'’-]+\s+){0,3}?(?:race|marathon|half(?:[\s-]+marathon)?|course|distance|run|"
                                r"\d+\s?k(?:m)?)|\s+\d{1,5}(?:st|nd|rd|th)(?:\s+overall)?)?\s+in\s+"
                                r"|was\s+\d{1,5}(?:st|nd|rd|th)(?:\s+overall)?\s+in\s+)(?<![\d:.])\d{1,2}:\d\d"
                                r"(?![^,.;!?\n]*\b(?:as\s+a\s+(?:young|junior|student)|at\s+(?:his|her|their)\s+(?:best|peak)|"
                                r"in\s+(?:his|her|their)\s+(?:day|prime|youth|heyday)|once(?!\s+again))\b)")  # (not
# "Timekeeper John Brown, who clocked the winner in 2:14:02", "who ran the marathon in 2:29:30 as a young man"; a time right after
# "ran" only where the clause ends with it: "who ran 3:58:14," not "who ran 2:11:05 in Berlin")
OFFICE_FOR_SAID = re.compile(r"\sfor\s", re.IGNORECASE)  # an office said with its field: "Commissioner for Sports" (`athletes._context_of`)
HON_RIGHT_BEFORE = re.compile(r"\b(?-i:Hon)\.?[ \t]+$")  # a politician's title, "Hon. Moses Okiror Atiku": an official's (`athletes._context_of`)
# (with Amharic "Ato" and "W/ro", Mr and Mrs: "Ato Tesfaye Gudeta", "the Sport Commissioner, W/ro Meseret Ayele")
HONORIFIC_RIGHT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Hon|Prof|Chief|Alhaji|Pastor|Ato|W/ro)\.?[ \t]+$")
# ... Amharic ones, no part of a given name and a surname after them: "Ato Tesfaye Gudeta" (not a Ghanaian given name: "Ato Boldon";
# W/ro is cut off by its slash)
GIVEN_NAME_HONORIFICS = frozenset(("Ato", "Weizero", "Woizero"))
# ... one right before a name, its given name (Ethiopians are called by it: "Ato Bekele explained" of Ato Bekele Mulugeta, not the
# runner Dawit Bekele)
GIVEN_NAME_HONORIFIC_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(GIVEN_NAME_HONORIFICS))})[ \t]+$")
# ... those of them that are surnames too, read so after a given name and before a verb ("James West pushed him to the line")
CONTINENT_WORDS = frozenset("africa america asia europe oceania".split())  # ("America East", a conference)
# ranks in full before a given name and a surname, no part of the name: "Sergeant Wesley Langat", "Lance Corporal Nicholas Kimeli",
# "Warrant Officer Stephen Kibet" (surnames too: "Marcus Sergeant", "Daniel Private", "Amy Major": only so placed; not "General",
# an office's too: "Secretary General Jean de Dieu Habimana")
RANK_WORDS = frozenset("private corporal sergeant lieutenant colonel captain major brigadier warrant officer airman "
                       "constable inspector superintendent".split())
SURNAME_NOT_NAME_WORDS = frozenset("little young long english park january february april june july august september october november "
                                   "december".split())
# a given name of two syllables joined by a hyphen, as Korean names are romanised, after the surname: "Min-ho", "Ye-jin"
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{1,6}")
# (not the compass's: "Lincoln East", "Millard West"; a month's, a surname after a given name too: "Ethan September, doubling up", the
# South African name, not "Berlin September 24")
# first words of a club's name in other languages: "Atletismo Numantino", "Atletica Vicentina", "LG Telis Finanz", the Czech
# and Polish "AK Olomouc", "AZS AWF Warszawa"
# the word after a club's place or name: "Shettleston Harriers", "Central AC", "Edinburgh University Hare & Hounds" (the
# place alone is the club then: "Shettleston were 15 seconds back")
CLUB_NAME_AFTER = (r"\s+(?:Harriers|AC|AAC|Athletic\s+Club|Athletics\s+Club|Running\s+Club|Road\s+Runners|Striders|Hare\s+(?:&|and)\s+Hounds|"
                   r"Track\s+Club|Joggers|Pacers|Runners)\b")
CLUB_NAME_GOES_ON_BEFORE = re.compile(r"(?:&|\band|(?-i:[A-Z])[\w'’-]*)\s+$", re.IGNORECASE)  # a club's name before the word
CLUB_OPENING_WORDS = frozenset("atletismo atletica atlética athlétisme athletisme leichtathletik lg lac tsv sv asd cd ca club ak azs "
                                "ks lks uks mks wks gks".split())  # (Polish clubs: "KS Podlasie Białystok", "UKS Orlik Bydgoszcz")
# the first words of a street's or a place's name, never a given name: "Piazza Santa Croce", "Lungarno della Zecca", "Avenida
# Paulista", "Loch Ness"
PLACE_OPENING_WORDS = frozenset("piazza piazzale viale corso lungarno avenida avenue boulevard praça loch".split())  # (not a given
# name's too: "Calle Pettersson", "Rua Kenana", "Rue Smith", "Largo Williams")
# ... the Welsh hill country's words, in any place of the name: "Ras Moel Siabod", "Pont Cyfyng", "Capel Curig", "Cadair Idris"
# (not "Ras", its word for a race, a Dutch surname too: "Stefan Ras")
WELSH_PLACE_WORDS = frozenset("pont capel cwm moel llyn bwlch carnedd betws mynydd cadair".split())
# ... or a street's word right before it, lower case, as French and Italian copy translated writes it: "along the avenue
# Mohammed VI", "the via Roma"
STREET_WORD_LOWER_BEFORE = re.compile(r"(?-i:\b(?:avenue|boulevard|rue|via|viale|corso|piazza|calle|avenida|street|road))\s+$")  # (not
# Spanish copy's "plaza", a place won: "The second plaza Fatima Diame secured")
# a Nordic club's code, as written (in capitals: not the "-il" of a Korean name, "Pak Chol-il"), opening or closing its name:
# "IL Gular", "SK Vidar", "IK Tjalve", "Stord IL", "Gjøvik FIK"
NORDIC_CLUB_CODES = frozenset("IL IF IK SK FIK BK IFK FK AIK GIF".split())  # ("IFK Lidingö", "Spårvägens FK")
# ... and such a code written as a word of its own right before or after a one-word name: "Jonas Lindqvist, Hälle IF, who was
# ninth", "for IFK Lidingö" (the club's place, no runner)
_NORDIC_CODE = "|".join(sorted(NORDIC_CLUB_CODES, key=lambda code: (-len(code), code)))  # (longest first)
NORDIC_CLUB_CODE_AFTER = re.compile(rf"[ \t]+(?:{_NORDIC_CODE})\b(?![\w'’-])")
NORDIC_CLUB_CODE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_NORDIC_CODE})[ \t]+$")
# a word named as a full name right after it, the name set off: "Flo is Edrick Floréal, who has coached her"
EQUATED_AFTER = re.compile(r"[ \t]+is[ \t]+")
# a nickname given in marks right after a full name, set off: "Dafydd Morgan, known to everyone in Meirionnydd as "Dai Bach",",
# "Wong Kai-lok – known in running circles as "Little Dragon" –", "Tom Reed, nicknamed "Reedy","
NICKNAME_GIVEN_AFTER = re.compile(r"\s*[,(–—-]\s*(?:(?:who\s+is\s+|better\s+|widely\s+|affectionately\s+)?known\s+(?:[^.,;:\"“”«»\n]{0,50}?\s)?as"
                                  r"|nicknamed|dubbed)\s+[\"“«](?P<nick>[^\"”»\n]{2,30}?)[,.]?[\"”»]")
NAME_SET_OFF_AFTER = re.compile(r"\s*(?:[,.;]|$)")
# ... and a saint's, whose name is a race's, a feast's or a place's: "the International Race of Saint Silvester", "São Paulo"
SAINT_WORDS = frozenset("saint sainte são sao santa santo".split())
# head words after which a capitalised run is a place, meeting, organisation or brand, not a person
NON_PERSON_HEADS = frozenset(
    """
    field stadium arena park track centre center university college school institute club house prison barracks
    games classic championships championship league meeting meet grand prix invitational trials relays
    mile marathon run road street avenue city county state island islands republic kingdom
    images photos press media news sport sports times post journal magazine mag network radio tv
    company corporation inc ltd group foundation federation association athletics committee council
    airport hotel bridge square river lake mountain mountains valley hill hills high tour series circuit cup trophy
    drive boulevard promenade embankment esplanade quays wharf dockyard seafront hospice hospital charity trust wire agency desk
    district
    ac tc harriers striders runners joggers athletic aac rc rr nationals indoors outdoors end program programme academy
    course regional regionals sectional sectionals complex fieldhouse falls heights trot town technical boys girls
    body facility cities indoor platz strasse straße atletiek opera theatre theater cathedral museum palace communications racecourse
    corps government electronics bank telecom motors ministry forces army prisons services rescue search catholic prep preparatory stadion stadio
    """.split()
)
# ... and a trail's landmarks after a word of moving to or by a place: "came into Cougar Saddle", "at Lick Creek", "reached Hopper
# Canyon" (not a runner's surname: "Second was Ben Creek in 7:20:44", "with Sam Crossing third")
LANDMARK_HEADS = frozenset("creek saddle canyon summit gorge reservoir trailhead crossing junction quay trail pass ascent descent "
                           "skyrace nek".split())  # (a quay's too, a surname as well: "ran past Mermaid Quay"; not "Emma Quay won"; "up Barr
# Trail", "over Wapiti Pass", "winning the Pikes Peak Ascent", "over Constantia Nek", not "Patrick Pass won",
# "Brian Summit finished second"; "bay" is a surname too: "came past Jane Bay")
# ... a rock, a surname as well, only where nothing but a landmark can be: "in the shadow of Tororo Rock", "past the Tororo Rock",
# "from Fern Rock to the Navy Yard" (not "went to Emily Rock", "passed by Jenna Rock", "pulling away from Emily Rock")
ROCK_LANDMARK_BEFORE = re.compile(r"\b(?:(?:shadow|foot|top|base|slopes?)\s+of\s+(?:the\s+)?|the\s+)$", re.IGNORECASE)
ROCK_LANDMARK_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
ROCK_LANDMARK_TO_AFTER = re.compile(r"\s+to\s+the\s+(?-i:[A-Z])")  # (not "The title passed from Emily Rock to Sarah Jones")
LANDMARK_BEFORE = re.compile(r"\b(?:into|at|to|past|from|near|reached|reaching|through|towards?|up|down|over|across|atop|by|beyond|"
                             r"(?:won|win|wins|winning|ran|run|started|starting|finished)\s+the)\s+$", re.IGNORECASE)  # (a race: "won the
# Pikes Peak Ascent", "1,780 runners started the Ascent")
OF_THE_BEFORE = re.compile(r"\bof\s+the\s+$")  # a runner's club after them: "Pat Deveau of the Road Hammers"
CLUB_PLACE_HEADS = frozenset("road park city county valley harbour harbor district hill hills lake river bay coast forest vale".split())  # ... its
# place's head before the club's last word ("Halifax Road Hammers"; not a race's: "the winner of the Berlin Marathon Kipchoge")
TEAM_OF_WOMEN_WORDS = frozenset("ladies".split())  # a club's women's team after its name: "Essex Ladies"
# ... of them, the heads of a square's, a street's or a ground's name, never a given name: "Potsdamer Platz", "Trafalgar Square"
PLACE_HEADS = frozenset("platz strasse straße square street avenue boulevard stadium stadion arena".split())
# a street's or a square's name written as one word, its head glued on, as Nordic, Dutch and German names are: "the start shot
# went on Lidingövägen" (Swedish translated), "along Karl Johans gate" is two words, "Drottninggatan", "Kurfürstendamm" is none
STREET_COMPOUND = re.compile(r"\w{3,}(?:vägen|gatan|torget|veien|vegen|gaten|gade|vej|straat|strasse|straße|platz|plein)", re.IGNORECASE)  # (not
# "-gata", a Japanese surname's end as often: "Yamagata")
# a road's head word after its name, said as a way along it: "behind the rabbits along Allen Parkway", "up Marine Terrace" (not
# "Dana Parkway won"; not "Lane", a runner's surname as often: "ran down Jess Lane in the final 200m"; its abbreviations too:
# "running away down Fanshawe St to win")
ROAD_HEADS = frozenset("parkway highway freeway expressway boulevard avenue drive road street terrace crescent st rd ave blvd".split())
ALONG_BEFORE = re.compile(r"\b(?:along|down|up|onto|off|across|via|on|the)\s+(?:the\s+)?$", re.IGNORECASE)  # ("The Gardiner Expressway")
# a dateline opening a paragraph, in capitals: "CASTELLÓN. The Ugandan ...", "TORUŃ, 16 February –",
# "ROME –", "EUGENE, Ore. —", "BIRMINGHAM (AFP) -": the place of the report, never a person (not the
# headline: "KERR, HOCKER CLASH"; up to three words: "RAS AL KHAIMAH, United Arab Emirates - "; a paragraph of running text follows; not a live blog's shout: "HALFWAY. Kiptum and ...";
# not a transcript's speaker, a clause after the comma: "BEKELE, asked about retirement: ...")
_SHOUTS = r"HALFWAY|HALF-WAY|FINISH|START|BELL|LAP|SPLITS?|PACE|RECORD|WORLD\s+RECORD|RESULTS?|UPDATE|LIVE|BREAKING|FINAL|GO|GONE|WOW|NEWS"
DATELINE = re.compile(rf"(?m)^(?!(?:{_SHOUTS})\b)(?P<place>[{UPPER}][{UPPER}'’-]+(?:\s[{UPPER}][{UPPER}'’-]+){{0,2}})(?=[.,]\s|\s\(|\s[–—-]\s)(?!,\s+[a-z])(?=.{{60}})")
# a university's campus town set off after its name: "the University of Nigeria, Nsukka, said" (a place; not "at the University
# of Oregon, Hocker turned professional", the clause's subject); a venue's likewise, "at Ulinzi Sports Complex, Lang'ata yesterday"
# (not "at Nyayo Stadium, Kiprono won")
TOWN_SET_OFF_AFTER = re.compile(rf"(?:\bUniversity\s+of\s+(?:[{UPPER}][\w'’-]+\s+){{0,3}}?[{UPPER}][\w'’-]+|"
                         rf"(?-i:\b[{UPPER}][\w'’-]+\s+(?:[{UPPER}][\w'’-]+\s+){{0,2}}(?:Stadium|Complex|Arena|Centre|Center|Grounds?|"
                         rf"Fieldhouse|Velodrome|Oval|Showground|Barracks)))"
                         rf",[ \t]+(?P<place>[{UPPER}][{LOWER}]*['’]?[{LOWER}]+)(?=[,;.)]|[ \t]+(?:yesterday|today|tonight)[,;.]|"
                         r"[ \t]+(?:on|last|earlier)[ \t]+\w+[,;.])")  # (not a runner, the sentence going on: "At Nyayo Stadium, Obiri
# yesterday won the 5000m")
# US states and regions that name universities and teams: "Northern Arizona", "Coastal Carolina"
US_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
    tennessee texas utah vermont virginia washington wisconsin wyoming
    """.split()
)
# an opening bracket right after a name: what follows is its affiliation, "Emil Agyekum (SCC Berlin, 49,20)"
OF_RIGHT_BEFORE = re.compile(r"\bof\s+$")  # ... or an "of" before a name: its club's ("Brian Fay of Raheny Shamrock")
BRACKET_OPENING_AFTER = re.compile(r"^\s*\([^()\n]{1,40}\)")  # a bracket right after a name: its club, age or year
AFFILIATION_BEFORE = re.compile(r"\s*\((?:\d{1,2}\s*[=,]\s*|(?-i:Club|Team|Clube?|Klub)\s+(?:d['’]athl[ée]tisme\s+|de\s+course\s+)?)?$")  # "Suzuki
# Kengo (25 = Fujitsu)": an age first, as Japanese results give it; a club's word first: "Olivier Lavoie (Club Les Vainqueurs)"
# ... or after a name's bracketed age or school year in a results row opening with its place: "1. Mateo Rivera (12)
# Southlake Carroll 4:03.78", "2. DeShawn Little (12) Mansfield Timberview 1:51.36" (the stage checks that a time follows;
# not a list's places: "Final results: Ingebrigtsen (1) Kerr (2) Hocker 3:29.10")
AGE_THEN_AFFILIATION_BEFORE = re.compile(r"(?m)^[ \t]*(?:=|T-?)?\d{1,3}[.)]?[ \t]+(?-i:[A-Z])[^()\n]{0,40}?[ \t]*\(\d{1,2}\)[ \t]+$")
# ... or set off by commas after the name, its school grade or class year between or not, a comma or a dash before the time,
# as local papers' and colleges' rows give them: "9. Devin Alcott, 12, Hudson Ridge, 15:36.2", "3. Tyler Brandvold, SR, Stevens
# Point - 4:08.40", "2. Abigail Tran, Pacific Mesa, 33:55.07" (the name's own words hold no comma; not "1. Caleb Morrow, Luis
# Ortega 15:17.6"; nor, with no grade, a pair's row under a heading of pairs: "Mixed doubles 5K" over "1. Tom Reed, Sarah Kim, 17:40")
PAIRS_HEADING = re.compile(r"\b(?:pairs?|doubles|duos?|tandems?|relays?|couples?|famil(?:y|ies)|partners?)\b", re.IGNORECASE)
# an age category ("SM", "M40", "F45", "U17", "VF"; a fell race's "MSEN", "FSEN", "LSEN", "MV50", "LV40", "FU23"), which may label
# such a row too: "W50: Helen Matagi, Wellington Scottish, 38:15", "U20 Men: Nikau Rangi, Athletics Tauranga, 31:40"
_AGE_CATEGORY = r"(?:S[MFW]|J[MFW]|U\d{2}[MFWBG]?|[MFWV]\d{2}|[MFL]V\d{2}|V[MF]\d{0,2}|[MFWL](?:SEN|JUN|U\d{2}))"
COMMA_AFFILIATION_BEFORE = re.compile(r"(?m)(?:^|;|(?<!\d):)[ \t]*(?:(?:=|T-?)?\d{1,3}[.),]?|(?:" + _AGE_CATEGORY + r"|U\d{2}[ \t]+(?:Men|Women|Boys|Girls)):)"
                                      r"[ \t]+(?-i:[A-Z])[^(),;\n]{1,40},"
                                      r"(?P<grade>[ \t]*(?:\d{1,2}|(?-i:FR|SO|JR|SR|GR|Fr|So|Jr|Sr|Gr)\.?),)?[ \t]*$")
COMMA_TIME_AFTER = re.compile(r"(?:[ \t]+(?-i:[A-Z])[\w'’.-]*){0,2}(?:,|[ \t]+[-–—])[ \t]*\d{1,2}[:.]\d{2}")  # (or a dash: "3. Tyler
# Brandvold, SR, Stevens Point - 4:08.40"; the team's last words may be cut off its run: "Sun Prairie East, 5:01.2")
# words that start the name of a place: "Stade de France", "Estadio Olimpico", "Mount Kenya"
NON_PERSON_FIRST = frozenset(
    "stade stadio estadio stadion olympiastadion mount lake port fort cape ciudad villa northern southern eastern "
    "western central coastal upper lower greater north south east west loch são rio san santa santo los las "
    "tsv tv sv sc lg lc vfl vfb asv ssv tus mtv lac csa csm acs television televisión televisão radio "  # German clubs: "TSV Bayer 04 Leverkusen", "LG Braunschweig"; Romanian: "CSA Steaua"
    "trophy trofeo troféu trofeu copa coupe memorial paseo avenida avinguda plaza praça parque".split()  # a meeting named by its sponsor after its word: "the Brazil Trophy
)  # Loterias Caixa" (Portuguese "Troféu Brasil Loterias Caixa", translated), "Memorial Van Damme" (not "Meeting", a verb as often:
# "Meeting Faith Kipyegon at the finish, Jessica Hull said")
# a word in lower case right after a name: the sentence goes on in ordinary type
LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
# a region after a town: "The 27-year-old from Beed, Maharashtra, finished second"
REGION_AFTER_TOWN = re.compile(r"\bfrom\s+[A-Z][\w'’-]+,\s+(?P<town>[A-Z][\w'’-]+)\b(?=,)")
# the place a meeting is held in, named right after it: "the World Championships in Eugene", "the World Championship of Budapest"
PLACE_AFTER_MEETING = re.compile(r"\s+(?:of|in|at)\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])")
# an award's title after the words that name it: "Cross Country Athlete of the Year"
AWARD_AFTER = re.compile(r"\s+of\s+the\s+(?:Year|Month|Week|Season|Meet|Championships|Decade|Century)\b")
# a race's kind opening its name, as French (and Spanish, Italian) names run, after "the": "the Marathon Beneva de Québec", "the
# Semi-Marathon de Paris", "the Maratona di Roma"
RACE_KIND_FIRST_WORDS = frozenset("Marathon Semi-Marathon Semi-marathon Maratón Maratona Marató Medio-Maratón".split())
PLACE_OF_PARTICLES = frozenset("de du des di del da".split())  # ... its place after a particle: "de Québec", "di Roma"
# a lower-case noun right after a run that makes it a field of study or teaching: "The Level 300 Physical Education student",
# "a Sports Science graduate", "Business Administration major" (no person: a name is not followed by "student")
STUDY_NOUNS = frozenset("student students graduate graduates major majors undergraduate postgraduate lecturer lecturers degree "
                        "department faculty".split())
# a lower-case word after a name that makes the name a place: "King Baudouin stadium"
VENUE_AFTER = frozenset("stadium arena park street road avenue hotel airport university college school track velodrome".split())
# ... or a race's, the run after "the" and a word in lower case or none: "the traditional Danske Bank Vilnius marathon" (a
# sponsor's and a city's name; not "Tom Ruto marathon debut")
RACE_AFTER = re.compile(r"[ \t]+(?:half[\s-]?)?marathon\b")  # (not "race", "run", verbs as often: "the veteran Mary Keitany race away")
CAPITALS_WORD = re.compile(r"[A-Z]{2,6}")
# a heading over a list of a group's or a ranking's, not a race's results: "M40:", "World leading times 2024:" (not a top ten's, the
# race's own as often as a region's: "NORTHLAND TOP FIVES"; nor one that says results: "RESULTS (top five and category winners)")
RESULTS_WORD = re.compile(r"\bresults?\b", re.IGNORECASE)
GROUP_LIST_HEADING = re.compile(r"\b(?:(?:world|season)[\s-]+lead(?:ing|ers)?|rankings?|all[\s-]time|"
                                r"(?-i:[MFVW])\d\d|veterans?|masters|age[\s-]+(?:groups?|categor(?:y|ies)))\b", re.IGNORECASE)
CITY_OF_BEFORE = re.compile(r"\b(?:City|County|Borough)[ \t]+of[ \t]+$")  # ... or a club or place named "City of": "City of Derry Spartans"
# ... or a body's, its acronym first, after "from": "from PASI Jawa Tengah" (not "The commentator of TVP Sport Piotr Wawrzyniak")
AFFILIATION_WORD_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+[ \t]+from[ \t]+$")  # (after a runner's name: not "A strong run from KDF
# Wesley Langat")
INITIALS_BRACKET_AFTER = re.compile(r"[ \t]*\((?-i:([A-Z]{3,6}))\)")  # ... or a place its initials abbreviate: "the Gelora Bung Karno (GBK)"
THE_AND_WORD_BEFORE = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+)?$")
# a parkrun's venue, its name before "parkrun" after a word of going there or running it: "ticked off Bushy parkrun", "at Castle
# Meadow parkrun", "won Newcastle parkrun" (not a runner's name before it in club copy: "Mark Lloyd parkrun first finisher", nor
# one opening a sentence: "Castle Meadow parkrun saw" and "Mark Lloyd parkrun streak continued" look alike)
PARKRUN_VENUE_BEFORE = re.compile(r"(?:\b(?:at|from|the|won|wins|ran|runs|run|did|does|visited|visit|toured|tour|ticked\s+off|"
                                  r"completed|finished)\s+)$", re.IGNORECASE)  # (not "congratulations to Mark Lloyd parkrun ...")
# "the runner of" before a club's name, as translated copy writes it: "The runner of Dukla Praha improved" (not "the athlete of
# Uganda Jacob Kiplimo", a country and a name)
RUNNER_OF_BEFORE = re.compile(r"\b(?:the|a)\s+(?:runner|athlete|sprinter)\s+of\s+$", re.IGNORECASE)
# a venue's or a Spanish meeting's word before "of" and a place, as Spanish and Portuguese copy translated writes them: "the
# Parque de los Deportes of Mar del Plata", "Sudamericano of Mar del Plata" (not "the Games of Ruth Achieng", "the Championships of
# Mara Lindqvist", a person's)
VENUE_OF_BEFORE = re.compile(r"(?-i:\b(?:Park|Parque|Parc|Stadium|Estadio|Stadio|Stade|Arena|Campeonato|Sudamericano|Iberoamericano))"
                             r"(?:\s+(?:de|del|de\s+los|de\s+las|de\s+la)\s+(?-i:[A-Z])[\w'’-]+)?\s+of\s+(?:the\s+)?$")  # (not "the Memorial of
# Josef Odložil", a person's)
# a civic office's "of" before a name: the place it is held in ("set off by the Mayor of Market Hadley, Cllr Janet Pryce", "the
# Governor of Nairobi County")
OFFICE_OF_BEFORE = re.compile(r"(?-i:\b(?:Mayor|Mayoress|Lord\s+Mayor|Governor|Deputy\s+Mayor|Council|Mayor['’]s\s+Office))\s+of\s+(?:the\s+)?$")
# words before a name that make it something other than an athlete mention
ORG_BEFORE = re.compile(
    r"\b(?:website|site|magazine|mag|newspaper|paper|outlet|publication|podcast|channel|network|broadcaster|"
    r"brand|company|firm|sponsor|shoe|kit|apparel|the\s+band|label|station|show|film|documentary|series|app|"
    r"(?:university|college|institute|academy)\s+of|"  # "a former University of Minnesota Duluth coach": a school, no coach named Duluth
    r"the\s+(?:stadium|arena|velodrome|park|venue))\s+$",  # "disputed in the stadium Ícaro de Castro Melo" (translated)
    re.IGNORECASE,
)
# a role's "of" before a single word: the team or company it is held in ("Hayashi Kiyoshi, manager of Daihatsu", "the
# supervisor of Wacoal"; not "the coach of Jakob Ingebrigtsen", two words, nor "the coach of Kipchoge" where the article
# names Eliud Kipchoge)
ROLE_OF_BEFORE = re.compile(
    r"\b(?:manager|supervisor|director|president|chairman|chairwoman|chief|ceo|head\s+coach|coach|founder|owner|sponsor)s?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# roles of people who are not athletes: "coach Brad Stulberg", "his father Gjert", "rapper Drake"
NON_ATHLETE_ROLE = (
    r"coach|trainer|photographer|photo|rapper|singer|musician|artist|actor|actress|comedian|"
    r"president|official|officials|director|directive|chairman|chairwoman|chairperson|chair|chief|ceo|executive\s+officer|founder|minister|commissioner|adviser|advisor|mayoress|mayor|king|queen|prince|"
    r"princess|agent|manager|supervisor|promoter|journalist|reporter|writer|columnist|editor|commentator|broadcaster|telecronist|presenter|pundit|"
    r"analyst|historian|statistician|host|producer|father|mother|dad|mum|mom|parent|parents|husband|wife|son|daughter|uncle|aunt|grandfather|"
    r"grandmother|physio|physiotherapist|physician|doctor|psychologist|nutritionist|spokesman|spokeswoman|spokesperson|referee|"
    r"buddy|pal|umpire|judge|starter|timekeeper|delegate|announcer|organiser|organizer|race\s+director|meet\s+director|run\s+director|governor|senator|prime\s+minister|boss|"
    r"provost|councillor|councilor|alderman|alderwoman|vice(?![\s-]+(?:world|european|olympic|national|continental|champion))|cabinet|"  # (not
    # an athlete's "the vice-world champion")
    r"head|secretary[\s-]+general|general[\s-]+secretary|secretary|treasurer|ambassador|sponsor|pundit|podcaster|biographer|scientist|researcher|dj|deejay|executive|"
    r"teacher|schoolteacher|nurse|engineer|accountant|lawyer|farmer|pastor|priest|volunteer|spectator|supporter|businessman|businesswoman|"
    r"coordinator|co-ordinator|(?:executive|board)\s+member|(?:sports|liaison|welfare|press|media|medical)\s+officer|"
    r"(?:endurance|coaching|performance|team|events?|media|technical)\s+lead(?:er)?|selector|selectors|"
    r"footballer|defender|striker|midfielder|goalkeeper|cricketer|boxer|golfer|jockey|cyclist|swimmer"
)
# titles that may stand between a role and a name: "President, Lt Gen (Rtd) Jackson Tuwei"
HONORIFICS = (r"(?:(?:(?:retired\s+|former\s+)?(?-i:(?:Army|Navy|Air\s+Force|Police)\s+)?(?:Lt|Gen|Col|Maj|Capt|Cpl|L/Cpl|Sgt|S/?Sgt|Snr\s+Sgt|S?Pte|Pvt|PC|WO[12]?|Dr|Prof|Hon|Rev|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|(?-i:Ato|W/ro)|"
              r"\(Rtd\)|Rtd|(?-i:Private|(?:Lance\s+)?Corporal|Sergeant|Lieutenant|Colonel|Captain|Brigadier|Warrant\s+Officer(?:\s+Class\s+(?:One|Two|1|2))?|Constable|"
              r"Inspector)))\.?\s+)*")  # (ranks: "Warrant Officer Stephen Kibet", "Warrant Officer Class Two Edmore Chinyanga", "3. Lance
# Corporal Nicholas Kimeli", "retired Army Col. Teodoro Alcantara")
# a role a possessive owns, right after it: "Vrba's coach", "Kerr's long-time agent" (the role's holder is another person)
ROLE_OF_POSSESSIVE_AFTER = re.compile(rf"(?:['’]s?)?\s*(?:[\w-]+\s+)?(?:{NON_ATHLETE_ROLE})\b", re.IGNORECASE)
# roles that are surnames too, kept as the last word of a name: "Kyree King", "Domenika Mayor"
ROLE_SURNAMES = frozenset("king mayor judge bishop host dean prince chancellor pal farmer priest".split())  # ("Abhishek Pal")
# a single word naming a non-athlete role, or roles, to cut it from a name run: "Singer Ed Sheeran"
# ... of them, the offices and microphones a retired athlete takes on (an athlete still)
OFFICE_ROLE = re.compile(r"\b(?:president|vice-president|chairman|chairwoman|chairperson|chair|commentator|broadcaster|presenter|pundit|journalist|"
                         r"analyst|ambassador|author|ceo|chief\s+executive)\b", re.IGNORECASE)
NON_ATHLETE_ROLE_WORD = re.compile(rf"(?i:(?:{NON_ATHLETE_ROLE})(?:(?<!s)e?s)?)")  # ("Hosts Maya Thornton and Dev Iyer")
# a role set off before the name: "a coach who has guided several European milers, Marta Lindgren,", "Taylor's coach at
# HOKA NAZ Elite, Ben Rosario,", "Her long-time club coach at Ballymore Cobh, Pat Kiely,"
NON_ATHLETE_APPOSITIVE_BEFORE = re.compile(
    rf"\b(?:a|an|the|his|her|their|our|my|(?-i:[A-Z][\w-]*)['’]s)\s+(?:[\w-]+\s+)?(?:(?:club|personal|private|assistant|former)\s+)?(?:{NON_ATHLETE_ROLE})\b[^.;:!?]{{0,90}},\s*"
    r"(?:(?-i:[A-Z]{2,6})['’]s\s+)?$", re.IGNORECASE)  # (the person's club's acronym between: "His coach, MVP's Stephen Francis,";
# a newsletter's "Our run director this week, Sue Pelham,";
# not a country's: "warned about one rival, Kenya's Faith Kipyegon, who won")
# an athlete's past said of someone named in another role (a coach, a commentator, a federation's president): they
# were an athlete, so they are one ("Former world champion Steve Cram, commentating for the BBC", "NOCK President Paul
# Tergat, himself a two-time Olympic 10,000m silver medallist", "Her coach, Patrick Sang, who won steeplechase silver at
# the 1992 Olympics", "her mother and coach Liz, the 1991 world 10,000m champion")
_ATHLETE_PAST_NOUN = (
    r"(?:champion|medall?ist|record[\s-]+holder|world[\s-]+record[\s-]+holder|Olympian|finalist|international|"
    r"(?:middle-distance|long-distance|distance|marathon|800m|1500m|steeplechase)?\s*runner|miler|sprinter|hurdler|"
    r"steeplechaser|marathoner|athlete)s?"
)
_OTHER_SPORT = r"(?!(?:[\w’'-]+\s+){0,4}?(?:football|soccer|rugby|cricket|hockey|basketball|netball|tennis|golf|boxing|hurling|gaelic)\b)"
ATHLETE_PAST_BEFORE = re.compile(
    rf"\b(?:former|ex-|one-time|onetime|two-time|three-time|double|triple|(?:19|20)\d\d)\s+{_OTHER_SPORT}(?:[\w’'-]+\s+){{0,4}}?"
    rf"{_ATHLETE_PAST_NOUN}\s+(?:(?:and|turned)\s+(?:[\w’'-]+\s+){{0,3}})?{HONORIFICS}$",
    re.IGNORECASE,  # (not "Former Ireland football international turned race director John Kearney")
)
ATHLETE_PAST_AFTER = re.compile(
    rf"[,(]?\s*(?:[–—-]\s*)?(?:"
    rf"(?:him|her)self\s+(?:once\s+)?(?:an?\s+|the\s+)?(?!keen\b|avid\b){_OTHER_SPORT}(?:[\w’',-]+\s+){{0,6}}?{_ATHLETE_PAST_NOUN}\b|"
    rf"(?:him|her)self\s+(?:once\s+|also\s+)?(?:won|held|set|ran|broke)\b|"
    # a medal, a championship title or a record of the sport won or held, in the clause ("who took Kipyegon to three world
    # titles", "who won his third coaching title", "who set attendance records", "who held the record for the fastest-growing
    # race": not theirs)
    r"who\s+(?:once\s+|also\s+|himself\s+|herself\s+|still\s+)?(?:had\s+|has\s+)?(?:won|held|holds|set|ran|broke|claimed|raced)\s+"
    r"(?:[^.;:!?,]{0,40}?\b)?(?:gold|silver|bronze|(?:Olympic|world|European|Commonwealth|national|continental)\s+(?:medals?|titles?)|"
    r"(?:world|national|British|American|European|Olympic|area|Commonwealth|Asian|African)\s+records?|Olympics)\b|"
    r"who\s+(?:still\s+)?(?:holds|held)\s+the\s+(?:[\w-]+\s+){0,2}marks?\b|"
    # a title set off after the name, no other's ("meet director John Smith, world champion Noah Lyles", "John Smith, the
    # world champion's long-time mentor"): "a former Olympic marathoner", "the 1991 world 10,000m champion"
    rf"(?:an?\s+|the\s+)?(?:former\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:Olympic|world|European|Commonwealth|Games|national|indoor|"
    rf"[\d,]+\s?m|marathon|steeplechase|hurdles|cross-country)\s+){{1,4}}(?:champion|medall?ist|record[\s-]+holder|finalist)s?\b"
    r"(?![’']s|\s+(?-i:[A-Z]))|"
    rf"an?\s+former\s+{_OTHER_SPORT}(?:[\w’'-]+\s+){{0,3}}?(?!international){_ATHLETE_PAST_NOUN}\b(?![’']s|\s+(?-i:[A-Z]))"
    # (not "her father, Giuliano Battocletti, a former international himself": of what, the text does not say)
    r")",
    re.IGNORECASE,
)
# an athlete's interpreter: "said through team interpreter Aya Kimura", "through her interpreter, Dawit Alemu." (set off
# by a comma only where the name closes the clause: not "Speaking through an interpreter, Nishiyama said")
INTERPRETER_BEFORE = re.compile(rf"(?<!\ban\s)(?<!\ba\s)\b(?:interpreter|translator)(?P<comma>,)?\s+{HONORIFICS}$", re.IGNORECASE)
# (nor one "through an interpreter" before the speaker's name: "Speaking through an interpreter Yuki Kawauchi said")
NAME_CLOSES_CLAUSE = re.compile(r"[ \t]*(?:[.;)]|$)", re.MULTILINE)
# a broadcaster's or agency's person: "NBC's Lewis Johnson", "BBC Sport's Gabby Logan" (not "Kenya's", "BYU's")
# a line opened by a role's label and a colon, of credits or show notes: "Hosts: Marcus Lyle & Dee Okonkwo", "Presenter: Jo Pavey"
LABELLED_LINE = re.compile(r"\s*(?:Hosts?|Co-?hosts?|Presenters?|Producers?)\s*:\s")  # (not "Guests:", athletes often)
MEDIA_BEFORE = re.compile(r"\b(?:NBC|BBC|CBS|ESPN|ITV|CNN|CBC|ABC|Eurosport|Sky\s+Sports|Reuters|AFP|AP|BBC\s+Sport)['’]s\s+$"
                          r"|\b(?:at|to|in\s+front\s+of)\s+the\s+(?:microphone|mic|camera)s?\s+of\s+$")  # "explained the Moroccan at the
# microphone of Nelson Monfort" (French copy translated: "au micro de")
NON_ATHLETE_AFTER = re.compile(
    rf"^,?\s+(?:\d{{1,3}},\s+)?(?:(?:(?:his|her|their|the|a|an|its|who\s+is\s+(?:his|her|the|a)|(?-i:[A-Z][\w&.-]*)[’']s)\s+(?:[a-z’'-]+\s+){{0,2}}?)?"
    rf"(?:{NON_ATHLETE_ROLE})\b"
    rf"(?!(?:(?<=son)|(?<=daughter)|(?<=husband)|(?<=wife)|(?<=father)|(?<=mother)|(?<=brother)|(?<=sister)|"
    rf"(?<=king)|(?<=queen))\s+of\b)|"  # not ", the son of", nor "king of the 3000 hedges" (a winner's figure of speech)
    # (a title's capitalised words before its "of": ", Joint Managing Director of organisers"; a compound role after "who
    # was": ", who was run director for the morning")
    rf"(?-i:(?:[A-Z][a-z]+\s+){{1,3}})(?:{NON_ATHLETE_ROLE})\s+(?:of|at|for)\b|"
    r"who\s+was\s+(?:the\s+|a\s+)?(?:run|race|meet|meeting|event|club|team|course|technical|assistant)\s+"
    r"(?:director|coach|organi[sz]er|manager|official|referee|announcer|starter)\b|"
    r"who\s+(?:(?:has\s+)?attended|attends|coaches|trains(?!\s+(?:in|at|with|under|on|alongside|near|around|out|mostly|full|hard|part|together)\b)|manages|guides|directs|organi[sz]es|runs\s+the|heads|founded|chairs|presents|photographed|"
    r"watched|was\s+watching|watches|cheered|came\s+to\s+watch|travell?ed\s+to\s+watch|"
    r"(?:has|had)\s+(?:long\s+)?(?:coached|trained|managed|guided)|coached\s+(?:(?:him|her|them)\b|(?-i:[A-Z]))|(?:oversees|oversaw)(?!\s+(?:his|her|their)\s+own\b)|"
    r"(?:spent|had\s+spent|has\s+spent)\s+(?:[\w-]+\s+){0,5}?(?:coaching|training\s+(?:athletes|runners))\b)|"  # "who spent a decade coaching at"
    # (the job said without "who": "Wetmore has coached at the University of Colorado since the 1990s")
    r"(?:has\s+(?:long\s+)?coached|has\s+been\s+coaching|coaches)(?=\s+(?:at|in|for|since)\b))",
    re.IGNORECASE,
)
ROLE_WHO_OPENING = re.compile(r"^,?\s+(?:\d{1,3},\s+)?who\b", re.IGNORECASE)  # (a role's relative clause: ", who has coached")
# a volunteer's duty said right after the name: "Lesley Firth did timekeeping", "Ken Nuttall tail-walked", "Colin Pickard was Run
# Director at Roundhay", "Sue Lee marshalled at the bottom of the hill"
VOLUNTEER_DUTY_AFTER = re.compile(
    r"\s+(?:did\s+(?:the\s+)?(?:timekeeping|time-keeping|marshall?ing|token\s+sorting|barcode\s+scanning|funnel\s+duty)\b|tail[\s-]?walked\b|"
    r"marshall?ed\b|was\s+(?:the\s+)?(?:run\s+director|race\s+director|tail\s+walker|timekeeper|marshal)\b)", re.IGNORECASE)
# a reader writing in to a live blog: "A message from Sophie Barnes in Bristol:", "One last email, from Jill Ostrowski in Park Slope"
READER_BEFORE = re.compile(r"\b(?:e-?mails?|messages?|notes?|letters?|texts?|tweets?|comments?|questions?)\s*,?\s+from\s+$", re.IGNORECASE)
# the person an athlete is coached by: "under the guidance of Trevor Painter", "coached by Jerry Schumacher"
COACHED_BY_BEFORE = re.compile(
    r"\b(?:(?:coached|guided|mentored|trained)\s+by|under\s+(?:the\s+)?(?:guidance|tutelage|direction|watchful\s+eye)\s+of)"
    r"\s+(?:(?:his|her|their|our)\s+(?:[\w-]+\s+)?)?$",  # ("coached by our own Ray Sanders", a club's newsletter)
    re.IGNORECASE,
)
# what a team does, said right after its name: "Raheny Shamrock retained the men's team title with 61 points"
# a school's or a club's team, its name between "the" and the team's word: "The Cornell women finished second", "the Cornell
# track and field teams" (not a family: "the Ingebrigtsen brothers"; nor "team", a runner's own as often: "The Waweru team said")
THE_BEFORE_TEAM = re.compile(r"\b(?:the|The)\s+$")
TEAM_WORD_AFTER = re.compile(r"\s+(?:women|men|squad|squads|program|programme|track\s+(?:and|&)\s+field|cross[\s-]country"
                             r"|distance\s+(?:group|squad|crew|runners))\b")
# ... or one of its runners: "The Dalhousie Tigers runner pulled away"
TEAM_RUNNER_AFTER = re.compile(r"\s+(?:runner|athlete|harrier|captain|freshman|sophomore|rookie)s?\b(?!\s+(?-i:[A-Z]))")  # (not "The
# Dalhousie runner Emma Ross": the school describes her, `Athletes._unlinked`)
# a Japanese report's bracket of age, then country or team: "Edwin Kiprop Kosgei (28 = Kenya, Kurosaki Harima)", "Nishikawa Ryota
# (26 = Asahi Kasei)" (translated): a country or a company's team, no runner
AGE_EQUALS_BRACKET_BEFORE = re.compile(r"\(\s*\d{1,2}\s*=\s*(?:[^()\n=]*?,\s*)?$")
TEAM_ITEM_END_AFTER = re.compile(r"\s*[),]")  # (the team's item ends there: not "(24 = Toyota, Nakamura Ken's teammate)")
# a club's words after its name: "of Ethiopian Electric Power (Mebrat Hail) sports club"
CLUB_WORDS_AFTER = re.compile(r"\)?\s+(?:sports|athletics|athletic|running)\s+club\b")
# a prize named after someone, the name its label: "earning a Bill Rowan medal", "the Kathrine Switzer award" (not "Bill Rowan
# medalled")
NAMED_PRIZE_AFTER = re.compile(r"\s+(?:medal|trophy|award|prize|shield|plate|cup)s?\b")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+$", re.IGNORECASE)  # (the prize's article: "a Bill Rowan medal")
PRIZE_CAME_BEFORE = re.compile(r"\b(?:came|comes|come|was|is)\s+(?:a|an)\s+$", re.IGNORECASE)  # (not "Then came a Joyce Akinyi medal: the
# 19-year-old took bronze", a medal for her)
PRIZE_FOR_AFTER = re.compile(r"\s+(?:medal|trophy|award|prize|shield|plate|cup)\s*:")  # ("brought a Joyce Akinyi medal: the 19-year-old")
TEAM_AFTER = re.compile(r"[^.;]{0,40}?\b(?:team\s+(?:title|prize|award|race|event|competition|trophy|standings)|\d+\s+points)\b", re.IGNORECASE)
# a line that names a show's or a page's people: "Hosts: Rachel Okafor & Ben Haskins", "Guest: Dr Priya Menon"
LINE_ROLE_BEFORE = re.compile(
    r"(?m)(?:^|\|)[ \t]*(?P<role>hosts?|co-hosts?|guests?|presenters?|producers?|editors?|reporters?|written\s+by|words)[ \t]*:[ \t]*"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*[ \t]*(?:&|and|,)[ \t]*)*$",
    re.IGNORECASE,
)
# a byline, alone on its line or before the page's stamp: "By Mark Adebayo", "By Tess Marlow | Updated April 15", "Live
# coverage by Tom Aldridge (now) and Priya Menon (earlier)"; `BYLINE_NAME_END` after the name
BYLINE_BEFORE = re.compile(
    # (or a label after a bar in the line under a headline: "Sunday, 13 April 2025, 14:05 | Author: Mihai Georgescu | Photo: ...")
    r"(?m)(?:[|·•][ \t]*(?:(?:author|autor|reporter|writer|text|words)[ \t]*:|by)[ \t]*$|^[ \t]*autor[ \t]*:[ \t]*$|"
    r"^[ \t]*(?:(?:live\s+)?(?:coverage|blog|reporting|words|text|report)[ \t]+by|(?:posted|written|published)[ \t]+by|(?-i:By|BY))[ \t]+"  # (a line wrapped before "by
    # Evans Chebet in 2:06:51" is no byline)
    r"(?:(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+))*[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*(?:&|and|,)[ \t]*)*$)",
    re.IGNORECASE,
)
# a blog post's author, on the line that posts it: "Posted by Becky Harlow, Saturday 8 March 2025", "By Jo Pritchard"
# (`athletes.narrator`: the one who says "I" in a first-person race report)
POSTED_BY = re.compile(  # (or dated before the name: "Posted April 18, 2024 by Dan Reyes", "Published on 3 May 2025 by")
    r"(?m)^[ \t]*(?:(?:Posted|Written|Words|Published)(?:[ \t]+on)?(?:[ \t]+[\w/.,]+){0,3}?[ \t]+by|(?-i:By|BY))[ \t]+(?=(?-i:[A-Z]))", re.IGNORECASE)
POSTED_BY_LINES = 8  # lines from the top a post's author is named in
BY_RIGHT_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
POSTER_WORDS = frozenset("webmaster admin administrator captain moderator harriers ac aac club runners striders joggers athletic athletics "
                         "rc tc".split())  # ... not a person's: "Posted by Harriers Webmaster", "Posted by Hillside Harriers"
# ... and the author's own people, named before the first "I" time with no doubt whose "I" it is: "my club mate Tom Bryant"
OWN_RELATION_BEFORE = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:mate|friend|coach|partner|husband|wife|brother|sister|pacer|buddy|"
                                 r"dad|father|mum|mom|mother|son|daughter|teammate|team-mate|clubmate)\s+$", re.IGNORECASE)
# ... or a line of the name alone and the date it was posted: "Kate Morrow | 25 February 2026" (a newsletter's)
NAME_THEN_DATE_LINE = re.compile(r"[ \t]*[|·•–—,][ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?,?[ \t]+(?:19|20)\d\d"
                                 r"|[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d)[ \t]*$", re.MULTILINE)
# the narrator telling their own race, the clause before its time: "I crossed the line in 26:44", "I finished in", "my PB is
# 26:10", "My watch beeped 5:08" (not "I ran into his coach", "I think he can run 2:01:30", "I went through halfway with him in")
NARRATOR_TIME_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|[,;]\s+|\b(?:and|but|so)\s+|\b(?-i:At|By|Through|On)\s+(?:the\s+)?[\w-]+\s+)"  # (or after a point: "At the bell I saw")
    r"(?:I\s+(?:(?:[a-z]+ly|just|finally|then|eventually)\s+)?(?:crossed(?:\s+the\s+(?:line|finish(?:\s+line)?))?\s+(?:in|at)"
    r"|finished\s+(?:(?!him\b|her\b|them\b)[\w-]+\s+){0,6}?(?:in|with)"  # ("I finished 112th in 38:40", "second in my age group in")
    r"|was\s+(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:\s+(?!him\b|her\b|them\b)[\w-]+){0,4}?\s+in"  # ("As for
    # me, I was 38th in 1:04:12", "I was second woman in")
    r"|(?:ran|clocked|set)\s+(?:a\s+)?(?:new\s+)?(?:PB|PR|personal\s+best|season['’]?s\s+best|time)\s+of"  # ("I ran a new PB of 19:58")
    r"|ran(?:\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z0-9])[\w'’-]*){0,3}\s+in)?|clocked|came\s+(?:home|in|through)(?:\s+(?!in\b|at\b)[\w-]+){0,4}?\s+(?:in|at)|(?:went\s+through|hit|reached|passed)\s+(?:halfway|half-way|the\s+half"
    r"|\d{1,2}\s?(?:k|km|miles?))\s+in|got\s+round\s+in|stopped\s+(?:the|my)\s+watch\s+at)"
    r"|(?-i:My|my)\s+(?:(?:\d{1,2}\s?(?:k|km)|half(?:\s+marathon)?|marathon|mile|parkrun)\s+)?(?:PB|PR|personal\s+best|chip\s+time|official\s+time|finish(?:ing)?\s+time|watch\s+(?:beeped|said|read|showed))"
    r"(?:\s+(?:going|coming|heading)\s+into\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"  # ("my PB going into Sunday was")
    r"(?:\s+(?:was|is|of|had\s+been|stands\s+at))?"
    r"|(?-i:My|my)\s+\d{1,2}\s?(?:k|km)\s+from\s+\d{1,2}\s?(?:k|km)\s+to\s+\d{1,2}\s?(?:k|km)\s+was)"  # ("My 5K from 30K to 35K was")
    r"\s*(?:a\s+)?$", re.IGNORECASE)  # ("my 10K PB was 56:12", "I ran the Ottawa 10K in 54:38", a race named; not "I ran a tempo
# on Tuesday in 25:00", "I ran the first 5K with Sarah in 26:10")
# ... or, of a split, the clock they saw there: "At the bell I saw 15:29 on the clock" (not "At the finish I saw 2:05:41 on the clock
# as Kiprop crossed the line": another's)
NARRATOR_SAW_BEFORE = re.compile(r"\b(?-i:I)\s+saw\s+$")
SOMEONE_ELSE_AFTER = re.compile(r"[^.;!?\n]{0,40}?\b(?:as|when|while)\s+(?-i:[A-Z])")
# ... or a line of the post stating their chip or gun time, in a paragraph of their own words ("I", "my") that names no one else
# before it (`attach.narrated`): "Official chip time: 54:38!!! Gun time was 55:20 but I am choosing not to acknowledge that"
# someone else's race told in a paragraph: "Well done to club captain Sarah Lowe, who ran Chicago", "3:12:40 for Sarah Lowe"
OTHERS_RACE_TOLD = re.compile(r"(?-i:[A-Z][a-z]+)[ \t]+(?-i:[A-Z][a-z]+)(?:,[ \t]+who[ \t]+|[ \t]+)(?:ran|finished|clocked|crossed|came|was|won)\b"
                              r"|\bfor[ \t]+(?-i:[A-Z][a-z]+)[ \t]+(?-i:[A-Z][a-z]+)\b")
NARRATOR_CHIP_TIME_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:(?:(?-i:Official|official)\s+)?(?:chip|gun)\s+time|(?-i:Official|official)\s+(?P<result>result|time))"
                                       r"(?:\s+was|:|(?<=time)(?=\s+$))\s*$", re.IGNORECASE)  # ("Official chip time 2:59:14.", "Official result: 16:48.62.")
# ... and their own words: 'I kept saying "easy, easy"', 'I told her: "..."', '"Go!" I shouted' (`quotes`: the narrator's)
NARRATOR_SAID_BEFORE = re.compile(
    r"\bI\s+(?:(?:just|then|also|still|kept|[a-z]+ly)\s+){0,2}(?:saying|said|say|told\s+(?:her|him|them|everyone)|shouted|yelled"
    r"|screamed|called(?:\s+out)?)\s*[:,]?\s*$")
NARRATOR_SAID_AFTER = re.compile(r"[\s,.!?…—–-]*I\s+(?:(?:then|also|[a-z]+ly)\s+)?(?:said|told\s+(?:her|him|them)|shouted|yelled|screamed)\b")
QA_LINE_OPENING = re.compile(r"[ \t]*(?:Q|A|Question|Answer)[ \t]*:")  # an interview's line: "A: I went through halfway in 4:28"
NARRATOR_REACH = 120  # characters before a time searched for the narrator's clause
# ... or a line of their own splits or finish, a point and a colon before its time: "5K: 24:41.", "Finish: 1:44:52 chip time!!!",
NARRATED_LINE = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d)?\s?(?:km|k|mi|miles?)|\d{3,5}\s?m|halfway|half|finish|lap\s+\d{1,2}|mile\s+\d{1,2})"
                           r"[ \t]*:[ \t]*\d|" + KM_NUMBER_ROW.pattern, re.IGNORECASE)  # (or "Km 3 – 5:29", a kilometre by its number)
BYLINE_NAME_END = re.compile(r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*(?:$|[|,·•–—]|and\b|&|in\s)", re.MULTILINE)
# a preposition of place right before a word: "In Paris Kaczmarek ran" (the city glued to the name after it)
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from)\s+$", re.IGNORECASE)
# a team named in the plural, as college copy calls its own ("The Cougars head to the conference championships"): its
# singular after "fellow" and before a name is a member's title ("Fellow Cougar Caleb Ruiz"; not "SDSU's Jack Smith Jr."
# beside "The Jacks")
TEAM_PLURAL = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)s\b")
FELLOW_BEFORE = re.compile(r"\bfellow\s+$", re.IGNORECASE)
# photo credits: "(Jan Figueroa)" closing a caption, "Stephen Chambers/Getty Images", "Photo: Jane Doe"
# a work in quotation marks right after its owner's possessive (a full name), its words in title case: the owner wrote it
# ("Chris Lear's "Running with the Buffaloes"", "Roger Robinson's “Running in Literature”"), no speech
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|the|of|with|and|a|an|in|on|to|for|at|from)"
WORK_OF_OWNER_AFTER = re.compile(rf"['’]s?\s+[\"“«]\s?[A-Z][\w'’-]*(?:\s+{_TITLE_WORD}){{1,8}}\s?[\"”»]"
                                 # (its title closing the phrase: not "Ben Smith's "Magic Mile" win", "'s "Duracell Bunny" nickname")
                                 r"(?=\s*(?:[,.;:)—–]|\s-\s|$)|\s+(?:is|was|came|appeared|tells|told|details|describes|described)\b)")
CREDIT_AFTER = re.compile(
    r"^\s*(?:/\s*\w[\w .&]*|\s*\((?:getty|afp|reuters|ap|pa|shutterstock|\w+\s+images)\)|,?\s+(?:getty\s+images|afp|reuters|ap\s+photo))",
    re.IGNORECASE,
)
# (its agency may come first: "(photo: Newspix.pl / Marek Zieliński)", "Picture: Gallo Images/Johan Pretorius", "Photo
# West-France / Marc Ollivier:", "(Courtesy of London Marathon Events / Dawit Alemu)")
_AGENCY = r"(?:(?:[\w.&-]+[ \t]+){0,3}[\w.&-]+[ \t]*/[ \t]*)"
CREDIT_BEFORE = re.compile(
    rf"\b(?:photo(?:graph)?s?|pictures?|images?|credit|courtesy(?:\s+of)?)(?:\s+of\s+(?:the\s+)?[\w-]+)?(?:\s+(?:were|are|was|is)\s+(?:taken|shot))?"
    rf"[ \t]*(?:\([ \t]*(?=by\b))?(?:(?P<by>by\b|:)[ \t]*\(?[ \t]*{_AGENCY}?|{_AGENCY})$"  # (or told in a sentence: "The photographs of the race
    # were taken by"; or bracketed: "In the photo (by Giancarlo Colombo)")
    r"|\bphotographed\s+by[ \t]+$"  # ("breaking the tape ... = Nagai, Osaka City, photographed by Shota Inoue")
    r"|\b(?:photo(?:graph)?s?|pictures?|images?)\s+courtesy\s+of\s+[^/\n.]{1,30}/[ \t]*$",  # (or a body's credit, its photographer after a
    # slash: "Photos courtesy of Athletics Alberta / Mark Hollinger")
    re.IGNORECASE,
)
# what ends a credit's name after "Photo:": the line, a slash, an agency ("Photo: Jane Doe / Getty"); a caption goes on
# ("Photo: Regan Yee (right) and Lucia Stafford battle up the hill": the one pictured, not the photographer)
CREDIT_NAME_END = re.compile(r"[ \t]*(?:[).]?[ \t]*$|[/|]|,?\s*(?:Getty|AFP|Reuters|AP|PA|Shutterstock)\b"
                             r"|[–—][ \t]+(?=(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+){1,2}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+[a-z]+s\b))",
                             re.MULTILINE)  # (or a dash, a caption after it whose own subject is named and acts: "[Picture: Denis Byrne –
# Ciarán Fitzpatrick (Portlaoise AC) leads Declan Moore"; not "Photo: Jakob Ingebrigtsen – winner of the 5000m", the one pictured)
# "(Jan Figueroa)" as the whole tail of a line: a caption credit (not on a splits list's line, which opens with its point:
# "1209m: 3:01.35 (Gary Martin)" names the leader there)
CAPTION_CREDIT = re.compile(rf"\((?P<name>{NAME_TOKEN}(?:\s(?:{NAME_TOKEN})){{1,3}})\)\s*$", re.MULTILINE)
SPLITS_LINE_OPENING = re.compile(r"[ \t]*(?:\d{3,5}\s?m|\d{1,2}(?:\.\d)?\s?km|\d{1,2}\s?(?:k|mi|miles?)|lap\s+\d{1,2}|bell|halfway)\s*(?:[:–—-]|\.{3,})\s*"
                                 r"\d[\d:.,]*\s*\(", re.IGNORECASE)  # (its time right after the point: not a results line's "800m: Ben Pattison
# 1:44.80 (Basingstoke & Mid Hants)" nor a live blog's "Halfway: Kiptum through in 1:00:48 (Kevin Morris)")
# "the J. Cole of this": a name used as a type, not a person in the story
ANTONOMASIA_BEFORE = re.compile(r"\b(?:the|a|an|another|their|our)\s+$", re.IGNORECASE)
ANTONOMASIA_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)

# athletics vocabulary: a sentence with one of these speaks of the sport
ATHLETICS_CONTEXT = re.compile(
    r"\b(?:race[ds]?|racing|run|runs|ran|running|runner|runners|sprint(?:s|ed|er|ers)?|won|win|wins|winning|winner|"
    r"finish(?:ed|es|ing)?|lap|laps|lead|leads|led|leading|track|medal(?:s|list|ist)?|gold|silver|bronze|champion(?:s|ship|ships)?|"
    r"record|final|heat|semi-?final|mile|metres|meters|hurdles?|steeplechase|marathon|pace|paced|pacing|pacemaker|pacer|rabbit|kicks?|strides?|"
    r"clocked|clocking|PB|personal\s+best|beat|beats|beating|defeated|olympics?|olympian|title|rival|rivals|competitor|"
    r"competition|compete|competed|athlete|athletes|stumbled|fell|field|bell|straight|podium|diamond\s+league|jump|throw|vault|"
    r"(?:shot|discus|javelin|hammer)\s+(?:putter|thrower)s?|(?:high|long|triple)\s+jumpers?|pole\s+vaulters?|"  # ("the shot putter Konrad Bukowiecki")
    r"marks?|broke|breaking|sprinters?|hurdlers?|milers?|heats?|qualif(?:y|ied|ying)|disqualified|false\s+start|"
    r"photo\s+finish|dead\s+heat|podium|personal\s+best|season['’]s\s+best|DNF|DNS|"
    r"withdr(?:ew|awn?)\s+(?:from\s+the\s+(?:race|final|heats?|meet(?:ing)?|event|championships?)|on\s+the\s+(?:morning|eve|day)\s+of)|"
    r"entered\s+but\s+(?:scratched|withdrew)|dropped\s+out\s+(?:around|at|after|before|with|of\s+the\s+(?:race|final)))\b",
    re.IGNORECASE,
)

# ---- countries and nationality words ----------------------------------------------------

# demonyms of a country's regions, states and provinces, standing before a full name as a country's do: "Victorian Daniel
# Kiprop won the 1500m" (no part of the name, and no country's)
REGION_DEMONYMS = frozenset(
    """
    victorian queenslander tasmanian
    californian texan floridian oregonian coloradan bostonian
    ontarian albertan quebecer quebecker
    bavarian basque andalusian galician sardinian sicilian tuscan corsican
    yorkshireman cornishman glaswegian mancunian liverpudlian
    """.split()
)
# demonyms and country names to World Athletics codes: "Kenyan", "of Kenya", "Britain’s", "(GBR)"
COUNTRY_WORDS: dict[str, str] = {
    "british": "GBR", "briton": "GBR", "brit": "GBR", "britain": "GBR", "great britain": "GBR", "scottish": "GBR",
    "scot": "GBR", "english": "GBR", "welsh": "GBR", "england": "GBR", "scotland": "GBR", "wales": "GBR",
    "united kingdom": "GBR", "uk": "GBR", "gb": "GBR",
    "american": "USA", "united states": "USA", "the united states": "USA", "usa": "USA", "us": "USA", "u.s.": "USA",
    "kenyan": "KEN", "kenya": "KEN", "ethiopian": "ETH", "ethiopia": "ETH", "norwegian": "NOR", "norway": "NOR",
    "jamaican": "JAM", "jamaica": "JAM", "ugandan": "UGA", "uganda": "UGA", "moroccan": "MAR", "morocco": "MAR",
    "canadian": "CAN", "canada": "CAN", "australian": "AUS", "australia": "AUS", "new zealander": "NZL",
    "new zealand": "NZL", "french": "FRA", "frenchman": "FRA", "frenchwoman": "FRA", "france": "FRA",
    "german": "GER", "germany": "GER", "italian": "ITA", "italy": "ITA", "spanish": "ESP", "spaniard": "ESP",
    "spain": "ESP", "dutch": "NED", "netherlands": "NED", "the netherlands": "NED", "belgian": "BEL", "belgium": "BEL",
    "swiss": "SUI", "switzerland": "SUI", "swedish": "SWE", "swede": "SWE", "sweden": "SWE", "polish": "POL",
    "pole": "POL", "poland": "POL", "irish": "IRL", "ireland": "IRL", "portuguese": "POR", "portugal": "POR",
    "japanese": "JPN", "japan": "JPN", "chinese": "CHN", "china": "CHN", "south african": "RSA",
    "south africa": "RSA", "botswanan": "BOT", "botswana": "BOT", "motswana": "BOT", "nigerian": "NGR",
    "nigeria": "NGR", "bahraini": "BRN", "bahrain": "BRN", "algerian": "ALG", "algeria": "ALG",
    "eritrean": "ERI", "eritrea": "ERI", "ukrainian": "UKR", "ukraine": "UKR", "qatari": "QAT", "qatar": "QAT",
    "brazilian": "BRA", "brazil": "BRA", "dominican": "DOM", "bahamian": "BAH", "bahamas": "BAH",
    "the bahamas": "BAH", "united arab emirates": "UAE", "emirati": "UAE", "saudi arabia": "KSA", "saudi": "KSA", "saint lucian": "LCA", "st lucian": "LCA", "saint lucia": "LCA", "st lucia": "LCA",
    "grenadian": "GRN", "grenada": "GRN", "trinidadian": "TTO", "cuban": "CUB", "cuba": "CUB",
    "mexican": "MEX", "mexico": "MEX", "greek": "GRE", "greece": "GRE", "turkish": "TUR", "turkey": "TUR",
    "czech": "CZE", "austrian": "AUT", "austria": "AUT", "danish": "DEN", "dane": "DEN", "denmark": "DEN",
    "finnish": "FIN", "finn": "FIN", "finland": "FIN", "indian": "IND", "india": "IND", "tanzanian": "TAN",
    "tanzania": "TAN", "burundian": "BDI", "burundi": "BDI", "djiboutian": "DJI", "djibouti": "DJI",
    "tunisian": "TUN", "tunisia": "TUN", "puerto rican": "PUR", "puerto rico": "PUR",
    "venezuelan": "VEN", "venezuela": "VEN", "colombian": "COL", "colombia": "COL",
    "dutchwoman": "NED", "dutchman": "NED", "englishman": "GBR", "englishwoman": "GBR", "scotsman": "GBR",
    "scotswoman": "GBR", "irishman": "IRL", "irishwoman": "IRL", "welshman": "GBR", "welshwoman": "GBR",
    "trinidad and tobago": "TTO", "trinidad": "TTO", "tobago": "TTO", "estonian": "EST", "estonia": "EST",
    "slovenian": "SLO", "slovenia": "SLO", "croatian": "CRO", "croatia": "CRO", "serbian": "SRB", "serbia": "SRB",
    "romanian": "ROU", "romania": "ROU", "hungarian": "HUN", "hungary": "HUN", "lithuanian": "LTU",
    "latvian": "LAT", "latvia": "LAT", "icelandic": "ISL", "israeli": "ISR", "israel": "ISR",
    "south korean": "KOR", "korean": "KOR", "filipino": "PHI", "philippines": "PHI", "barbadian": "BAR",
    "barbados": "BAR", "zambian": "ZAM", "zambia": "ZAM", "zimbabwean": "ZIM", "zimbabwe": "ZIM",
    "ivorian": "CIV", "ghanaian": "GHA", "ghana": "GHA", "namibian": "NAM", "namibia": "NAM", "egyptian": "EGY",
    "egypt": "EGY", "chilean": "CHI", "chile": "CHI", "argentine": "ARG", "argentinian": "ARG", "argentina": "ARG",
    "peruvian": "PER", "peru": "PER", "ecuadorian": "ECU", "ecuador": "ECU",
    # the rest of the member federations an athletics report may name (countries that are also given
    # names are left out: Chad, Jordan, Georgia; so is Monaco, a meeting's name)
    "russian": "RUS", "russia": "RUS", "belarusian": "BLR", "belarus": "BLR", "kazakh": "KAZ", "kazakhstan": "KAZ",
    "uzbek": "UZB", "uzbekistan": "UZB", "kyrgyz": "KGZ", "kyrgyzstan": "KGZ", "tajik": "TJK", "tajikistan": "TJK",
    "guatemalan": "GUA", "guatemala": "GUA", "costa rican": "CRC", "costa rica": "CRC", "panamanian": "PAN", "panama": "PAN",
    "honduran": "HON", "honduras": "HON", "salvadoran": "ESA", "el salvador": "ESA", "nicaraguan": "NCA", "nicaragua": "NCA",
    "haitian": "HAI", "haiti": "HAI", "bermudian": "BER", "bermuda": "BER", "guyanese": "GUY", "guyana": "GUY",
    "surinamese": "SUR", "suriname": "SUR", "uruguayan": "URU", "uruguay": "URU", "paraguayan": "PAR", "paraguay": "PAR",
    "bolivian": "BOL", "bolivia": "BOL", "antiguan": "ANT", "vincentian": "VIN", "kittitian": "SKN",
    "slovak": "SVK", "slovakia": "SVK", "czechia": "CZE", "czech republic": "CZE", "bulgarian": "BUL", "bulgaria": "BUL",
    "lithuania": "LTU", "iceland": "ISL", "luxembourger": "LUX", "luxembourg": "LUX", "cypriot": "CYP", "cyprus": "CYP",
    "maltese": "MLT", "montenegrin": "MNE", "montenegro": "MNE", "bosnian": "BIH", "bosnia": "BIH", "albanian": "ALB",
    "albania": "ALB", "macedonian": "MKD", "north macedonia": "MKD", "moldovan": "MDA", "moldova": "MDA",
    "armenian": "ARM", "armenia": "ARM", "azerbaijani": "AZE", "azerbaijan": "AZE",
    "rwandan": "RWA", "rwanda": "RWA", "somali": "SOM", "somalia": "SOM", "sudanese": "SUD", "sudan": "SUD",
    "south sudanese": "SSD", "south sudan": "SSD", "senegalese": "SEN", "senegal": "SEN", "cameroonian": "CMR",
    "cameroon": "CMR", "ivory coast": "CIV", "malian": "MLI", "mali": "MLI", "liberian": "LBR", "liberia": "LBR",
    "sierra leonean": "SLE", "sierra leone": "SLE", "gambian": "GAM", "gambia": "GAM", "guinean": "GUI",
    "beninese": "BEN", "togolese": "TOG", "burkinabe": "BUR", "burkina faso": "BUR", "gabonese": "GAB", "gabon": "GAB",
    "congolese": "COD", "libyan": "LBA", "libya": "LBA", "mauritian": "MRI", "mauritius": "MRI", "malagasy": "MAD",
    "madagascar": "MAD", "mozambican": "MOZ", "mozambique": "MOZ", "malawian": "MAW", "malawi": "MAW",
    "angolan": "ANG", "angola": "ANG", "lesotho": "LES", "basotho": "LES", "mosotho": "LES", "eswatini": "SWZ",
    "cape verdean": "CPV", "cape verde": "CPV", "seychellois": "SEY", "seychelles": "SEY",
    "iranian": "IRI", "iran": "IRI", "iraqi": "IRQ", "iraq": "IRQ", "syrian": "SYR", "syria": "SYR", "lebanese": "LIB",
    "lebanon": "LIB", "kuwaiti": "KUW", "kuwait": "KUW", "omani": "OMA", "oman": "OMA", "yemeni": "YEM", "yemen": "YEM",
    "afghan": "AFG", "afghanistan": "AFG", "pakistani": "PAK", "pakistan": "PAK", "bangladeshi": "BAN",
    "bangladesh": "BAN", "sri lankan": "SRI", "sri lanka": "SRI", "nepalese": "NEP", "nepali": "NEP", "nepal": "NEP",
    "thai": "THA", "thailand": "THA", "vietnamese": "VIE", "vietnam": "VIE", "indonesian": "INA", "indonesia": "INA",
    "malaysian": "MAS", "malaysia": "MAS", "singaporean": "SGP", "singapore": "SGP", "mongolian": "MGL",
    "mongolia": "MGL", "taiwanese": "TPE", "taiwan": "TPE", "chinese taipei": "TPE", "hong kong": "HKG",
    "north korean": "PRK", "north korea": "PRK", "south korea": "KOR", "korea": "KOR",
    "fijian": "FIJ", "fiji": "FIJ", "samoan": "SAM", "samoa": "SAM", "tongan": "TGA", "tonga": "TGA",
    "papua new guinean": "PNG", "papua new guinea": "PNG",
    "british virgin islands": "IVB", "us virgin islands": "ISV", "u.s. virgin islands": "ISV", "cayman islands": "CAY",
    "caymanian": "CAY", "turks and caicos": "TKS", "dominica": "DMA", "st vincent": "VIN", "saint vincent": "VIN",
    "antigua": "ANT", "antigua and barbuda": "ANT", "st kitts": "SKN", "saint kitts": "SKN", "kosovo": "KOS", "kosovar": "KOS",
}
COUNTRY_WORDS.update({w + "s": c for w, c in list(COUNTRY_WORDS.items()) if w.endswith(("an", "er", "ite", "i"))})
COUNTRY_WORDS.update({"zealander": "NZL", "zealanders": "NZL", "kiwi": "NZL", "kiwis": "NZL", "aussie": "AUS", "aussies": "AUS"})  # (and the
# colloquial ones: "The Kiwi ran that last lap in 25.2")
# the first words of countries named in several words ("new" of "New Zealand"): a quick test before looking for them
COUNTRY_FIRST_WORDS = frozenset(w.split()[0] for w in COUNTRY_WORDS if " " in w)
COUNTRY_CODES = frozenset(COUNTRY_WORDS.values()) | frozenset(
    "SUI LCA VIN NZL RSA KSA UAE BRN QAT JPN CHN KOR TPE HKG ISR IRI IND PAK SRI BAN GUY SUR ANT SKN BAR DMA PUR "
    "SCO ENG WAL NIR".split()  # the home nations, as the Commonwealth Games enter them
)
# a number right after a word: "SCO 14:47.31" (a team or country code of a results line)
NUMBER_AFTER = re.compile(r"[ \t]+\d")
# three-letter codes in brackets: "Kerr (GBR)"
COUNTRY_CODE = re.compile(r"^\s*\((?P<code>[A-Z]{3})\)")
# a bare code after a name in a results line: "Ackeem Blake JAM 6.41" (checked against COUNTRY_CODES)
COUNTRY_CODE_BARE = re.compile(r"^\s+(?P<code>[A-Z]{3})(?=\s+\d)")
# ... or in title case after a name, bare, before the time, as translated copy writes a results line: "Azeddine Habz Fra 3.34,02"
TITLED_CODE_BEFORE_TIME = re.compile(r"(?<=[a-z] )([A-Z][a-z]{2})(?=[ \t]+\d)")
# ... or in title case in its bracket before the time, as Dutch and German copy writes it: "Nienke Brinkmann (Ned) 2.24.37"
COUNTRY_CODE_TITLED = re.compile(r"^\s*\((?P<code>[A-Z][a-z]{2})\)(?=\s*\d)")
_COUNTRY_ALT = "|".join(sorted((re.escape(w) for w in COUNTRY_WORDS), key=len, reverse=True))
# a role set off before the name (`NON_ATHLETE_ROLE`, above), with what the role is of: "director of track and field
# Diljeet Taylor", "The president of the FIDAL Stefano May" (not "the coach of Jakob Ingebrigtsen": the name is what
# the role is of); a nationality may stand between: "His coach, Rwandan Gervais Hakizimana", "His coach, the Rwandan Gervais
# Hakizimana", "the Freiburg-born Swiss Laurent Meuwly"
NON_ATHLETE_BEFORE = re.compile(
    rf"\b(?P<role>{NON_ATHLETE_ROLE})(?:(?<!s)e?s:?[ \t]+(?:(?-i:[A-Z][\w'’-]+)[ \t]+){{1,3}}(?:and|&)[ \t]+$|"  # ("Hosts Maya Thornton and Dev
    rf"(?:(?<=host)|(?<=presenter)|(?<=producer))s?:[ \t]+$|"  # ("Hosts: Marcus Lyle & Dee Okonkwo", show notes')
    # Iyer": both, the first after `ROLES_OPENING_BEFORE`; a plural role only so, never "Cheered on by the supporters, Jakob
    # Ingebrigtsen")
    rf"(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?-i:[a-z&]+|[A-Z]{{2,}}|[A-Z][a-z]+)){{1,6}})?(?:\s+\([a-z][\w\s-]{{0,20}}\))?,?\s+(?:and\s+\w+\s+)?"  # (an office
    # "for" its field: "the Lagos State Commissioner for Youth and Social Development, Hon. Adebayo Olatunji"; or its remit in a
    # bracket: "BAA vice president (technical), Lameck Ditshotlo")
    rf"(?:the\s+(?:[\w-]+-born\s+)?(?=(?:{_COUNTRY_ALT})\s))?(?:(?:{_COUNTRY_ALT})\s+)?"
    rf"(?:(?<=,\s)(?-i:[A-Z])[\w-]+[’']s\s+)?{HONORIFICS}$)", re.IGNORECASE  # (a place's possessive set off after the role: "Tapsell's
    # coach, Rotorua's Hemi Walker, said")
)
# plural roles opening the sentence right before a name: "Hosts Maya Thornton and Dev Iyer break down the final"
ROLES_OPENING_BEFORE = re.compile(rf"(?:^|[.!?]\s+|\n)[ \t]*(?P<role>{NON_ATHLETE_ROLE})(?<!s)e?s[ \t]+$", re.IGNORECASE)
# "Kenyan Abel Kipsang", "Britain’s Josh Kerr", "fellow American Hobbs Kessler", "the Norwegian"
# (not a country of origin: "The Swiss of South Sudanese origin Dominic Lobalu" is Swiss, "the Kenyan-born Bahraini" Bahraini)
COUNTRY_BEFORE = re.compile(
    rf"(?i:\b(?P<word>{_COUNTRY_ALT}))(?:[{APOS}]s)?"
    rf"(?:\s+of\s+(?:[A-Z][\w-]*\s+){{1,2}}(?:origin|descent|heritage|extraction)|(?!-born)(?!\s+(?:origin|descent|heritage|extraction)\b))"
    rf"\s+(?:[a-z][a-z-]*\s+){{0,3}}$"
)
# an organisation's words beside a country's, which make it an employer's or a federation's name, no nationality: "the Kenya
# Defence Forces soldier", "the Athletics Kenya official"
ORGANISATION_WORDS = frozenset("defence defense forces police prisons army navy air athletics federation association railways".split())
# words of a company's, a ministry's or a service's name: what follows them in a capitalised run, or holds them, is of the
# organisation, no person ("Fotyen Tesfay of Ethiopian Electric Power", "running for the Mesfin Industrial Engineering club")
ORGANISATION_NAME_WORDS = frozenset(
    "defence defense forces police prison prisons army navy railways electric electricity power industrial engineering "
    "bank insurance airlines construction telecom municipality corporation commission authority administration service "
    "services".split())  # ("Botswana Prison Service", "Kenya Police Service", "Zimbabwe Republic Police")
# ... (a country's name only, with a capital: a people's word before them is a nationality, "the Kenyan Prisons runner")
DEMONYM_END = re.compile(r"(?:an|ese|ish|ch|i|er|ic)$", re.IGNORECASE)
# the home nations of Great Britain, which compete apart at the Commonwealth Games and which British copy tells its
# athletes by ("Wales's Jake Heyward", "the Welshman"): one country (GBR) to `COUNTRY_WORDS`, told apart where a
# description says one ("with the Welshman seventh and the Englishman eighth" after "Wales's Jake Heyward and England's
# George Mills")
HOME_NATIONS = {
    **dict.fromkeys(("england", "english", "englishman", "englishwoman"), "ENG"),
    **dict.fromkeys(("scotland", "scottish", "scot", "scots", "scotsman", "scotswoman"), "SCO"),
    **dict.fromkeys(("wales", "welsh", "welshman", "welshwoman"), "WAL"),
    **dict.fromkeys(("northern irish", "northern ireland"), "NIR"),
}
# ... said right before a name: "Wales's ", "Scottish ", "England's "
HOME_NATION_BEFORE = re.compile(
    rf"\b(?P<word>northern\s+ireland|northern\s+irish|{'|'.join(w for w in HOME_NATIONS if ' ' not in w)})(?:[{APOS}]s)?\s+$", re.IGNORECASE)
# "Abel Kipsang of Kenya", "Yared Nuguse of the United States", ", the Kenyan,"
COUNTRY_AFTER = re.compile(rf"^\s+of\s+(?:the\s+)?(?P<word>{_COUNTRY_ALT})\b", re.IGNORECASE)

# ---- roles of athletes in a race --------------------------------------------------------

# pacemakers taking someone through a point, who is the split's runner: "The pacemakers took her through 400 metres in
# 61.4", "the hares towed him to halfway"
PACED_OBJECT = re.compile(
    r"\b(?:pacemakers?|pace-?makers?|pacers?|hares?|rabbits?|pacing\s+lights?|lights)\s+(?:had\s+)?"
    r"(?:took|taken|towed|led|pulled|brought|dragged|carried|paced|escorted|delivered)\s+(?P<pronoun>her|him)\b",
    re.IGNORECASE,
)
# "pacemaker Abraham Alvarado", "the pacer"
ROLE_PACEMAKER = re.compile(r"\b(?:pacemaker|pace-?maker|pacer|rabbit|tempomacher)s?\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)  # ("Tempomacher",
# German left so by translation)
# the codes of a results line, never a name's word: "Lee Stobbart DNF", "Kerr 3:45.34 PB"
RESULT_CODES = frozenset("DNF DNS DQ DSQ PB SB NR WR CR MR AR ER WL NU20R".split())
# "did not finish", "DNF", "his race over", "stepped off the track", "pulled up"
ROLE_DNF = re.compile(
    r"\b(?:did\s+not\s+finish|DNF|(?:his|her)\s+race\s+over|stepp(?:ed|ing)\s+off\s+the\s+track|pulled\s+up|dropped\s+out)\b",
    re.IGNORECASE,
)

# what makes "the" and a surname no mention of one runner: a race named after one ("the Zatopek:10", "the Zatopek
# 10,000"), a family or what is named after one ("the Mahamed brothers", "the Ingebrigtsen family", "the Bolt era")
SURNAME_AFTER_THE_NOT_A_RUNNER = re.compile(
    r":?\s?\d|\s+(?:brothers|sisters|twins|family|families|siblings|clan|duo|trio|household|era|effect|camp|group|show|way|name)\b"
)

# ---- quotes ----------------------------------------------------------------------------

# verbs that attribute speech: "said", "told", "added", "smiled", "insisted"
SPEECH_VERBS = (
    r"said|says|say|saying|told|tells|telling|added|adds|explained|explains|insisted|insists|admitted|admits|"
    r"declared|declares|revealed|reveals|joked|jokes|laughed|laughs|smiled|smiles|grinned|recalled|recalls|"
    r"noted|notes|continued|continues|stated|states|remarked|remarks|reflected|reflects|confessed|confesses|"
    r"conceded|concedes|acknowledged|acknowledges|wrote|writes|written|posted|tweeted|texted|messaged|shouted|shouts(?!\s+(?:of|from|in|at|for|and|rang|went|echoed)\b)|"
    r"screamed|exclaimed|beamed|quipped|"
    r"gushed|warned|warns|confided|confides|estimated|underlined|underlines|informed|spoke|speaks|talked|talks|"
    r"predicted|predicts|claimed|claims|asked|asks|answered|replied|replies|responded|"
    r"responds|agreed|agrees|promised|promises|vowed|vows|boasted|boasts|stressed|stresses|enthused|"
    r"mused|sighed|cautioned|argued|argues|suggested|suggests|described|describes|called|calls|dismissed|dismisses|"
    r"reckoned|reckons|believes|believed|thought|thinks|felt|feels|hoped|hopes|summed\s+up|went\s+on|"
    r"regretted|lamented|rejoiced|commented|comments|affirmed|assured|expressed|conveyed|uttered|mentioned|observed|disclosed|"
    r"pointed\s+out|looked\s+back|recogni[sz]ed|recogni[sz]es"  # the last, translated copy's "admitted"
)
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
OTHER_QUOTE_OPENS = re.compile(r"[ \t]*[:,]?[ \t]*[\"“«„「『]")  # right after a speech verb: the quote it introduces
CLAUSE_SUBJECT_PRONOUN = re.compile(r"(?<!\bthat\s)\b(?-i:I|he|she|we|they|nobody|no\s+one)\b")  # (not reported speech's "and that she had")  # ... and a clause of someone's own after that quote
# a Japanese name's "senshu" translated, between the name and its speech verb: '"...," Yamashita player said with a relieved face'
PLAYER_AFTER_NAME = re.compile(r"[ \t]+player\b(?=[ \t]+\w)")
# a paragraph quoted with a dash, as Polish, Norwegian, Spanish and Portuguese copy quote: the opening dash, and where the
# words end, a dash before the attribution ("... my friend today – said Kaczor") or a comma before it ("..., he adds.")
# (English copy's dash asides are none: "– Kerr won the 1500m in 3:29.11 – a meeting record.", "– Kerr, said to be injured,
# pulled out"; the attribution must be a speech verb, or after a comma a pronoun's or a name's speech verb ending the paragraph)
DIALOGUE_OPENING = re.compile(r"[–—][ \t]+(?=(?-i:[A-Z]))")
DIALOGUE_DASH_CLOSE = re.compile(
    rf"[,.!?…]?[ \t]+(?P<mark>[–—])[ \t]+(?:(?:he|she|they|[a-z]+ly)[ \t]+)?(?-i:{SPEECH_VERBS})\b(?![ \t]+(?:to|by|about|as)\b)")
# ... and the same speaker's words going on after the attribution, opened by a dash again: "„...” – said Laros to the
# journalists. – The public in Chorzów is fantastic, I will come back here." (to the next attribution's dash, or the paragraph's end)
DIALOGUE_GOES_ON = re.compile(r"(?<=[.!?])[ \t]+[–—][ \t]+(?=(?-i:[A-Z]))")
DIALOGUE_COMMA_CLOSE = re.compile(
    rf"(?P<mark>,)[ \t]+(?:(?:he|she|they)[ \t]+(?-i:{SPEECH_VERBS})\b(?![ \t]+(?:that|he|she|they|it|I|the)\b)[^.!?\n]{{0,30}}"
    rf"|(?-i:{SPEECH_VERBS})[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z-]+[ \t]+){{0,2}}(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+){{0,2}}"  # ("says Gjert
    rf"(?:[ \t]+(?:after|in|to|at|with|on)\b[^.!?\n]{{0,30}}|,[ \t]+who\b[^\n]{{0,160}})?"  # Ingebrigtsen to NTB", "says El
    # Bakkali to SVT Sport", "says Lindholm with tears in the eyes", "says Kipkorir Sang, who came in as second in 2:12:30")
    rf"|(?-i:{SPEECH_VERBS})[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}(?-i:[a-z])[\w'’-]+"  # "..., says the Sandnes boy.", "says the 22-year-old"
    rf"|(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+){{0,2}}[ \t]+(?!(?:writes|wrote|reports|reported)\b)(?-i:{SPEECH_VERBS})\b"
    rf"(?:[ \t]+(?:after|in|to|at|with|on)\b[^.!?\n]{{0,30}}|[ \t]+(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){{0,2}})?)"  # ("Ennaoui told
    # Polsat Sport"; not "Aftenposten wrote": a paper's words)
    # (or the name first: "..., it is what we dream of, Haugen said.")
    r"[.!?]?[ \t]*$"
)
REPORT_WHO_ATTRIBUTION = re.compile(r"\b(?:writes|wrote|reports|reported|notes|noted|reads|read)\b[^,\n]*,[ \t]+who\b", re.IGNORECASE)
# a dash paragraph beside a quoted one is the same speaker's only if it speaks ("– It was crazy. I did not think I had it
# in me"; not "– Ingebrigtsen was second in 3:29.50", nor an interviewer's "— How did the race go?")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my|we|our|us)\b")
# what may stand before the subject of a sentence: nothing, or a role set off by a comma ("His coach, Leif Moreau,")
SUBJECT_OPENING = re.compile(r"(?:(?:his|her|their|the|a|an)\s+[\w’' -]{1,40},)?", re.IGNORECASE)
# the sex a family role says: "Her father and coach, Giuliano Battocletti,"
# the sex a pronoun says: "he" -> "men" (as races are labelled)
PRONOUN_SEX = {"he": "men", "his": "men", "him": "men", "she": "women", "her": "women", "hers": "women"}
# a word for one person that says a sex: "First man home was ...", "she admitted"
PERSON_SEX_WORD = re.compile(r"\b(?:(?P<men>he|his|him|himself|man)|(?P<women>she|her|hers|herself|woman))\b", re.IGNORECASE)
# the sex a description's last word says: "Welshman", "countrywoman", "sportsmen" (not "German", "human")
ITALIAN_INTERNATIONAL = re.compile(r"azzurr[aoie]", re.IGNORECASE)  # "the azzurra", as Italian copy translated leaves the word
FRENCH_INTERNATIONAL = re.compile(r"tricolou?re?", re.IGNORECASE)  # "the tricolour", as French copy translated calls a French runner (le tricolore)
DESCRIPTION_SEX = re.compile(  # (not a college's "freshman"); an Italian international: "the azzurra" a woman (translated)
    r"(?<!ger)(?<!hu)(?<!fresh)(?P<wo>wo)?m[ae]n$|^azzurr(?:(?P<woman>a)|o)$", re.IGNORECASE)
# a description right before a name that says its sex: "the Kenyan woman Sheila Chepkirui", "Welshman Dewi Griffiths",
# "countrywoman Hellen Obiri" (not a title, "Club chairman Sue Patel"; not "German", "Herman": four letters or more before
# a capitalised "man")
SEX_DESCRIPTION_BEFORE = re.compile(r"(?:(?<![\w-])(?P<bare>(?:country)?(?:wo)?m[ae]n)|\b[A-Z][a-z]{3,}?(?<!Fresh)(?P<compound>(?:wo)?m[ae]n))\s+$")
# an age category said of the name right after it, its sex in its letter: "Gareth Lewis was first M40", "Claire Ashworth of
# Running Bath took the F40 title", "Jo Hart (Frome RC) won the W55 race" (not a veterans' bare "V50": either sex)
SEX_CATEGORY_AFTER = re.compile(
    r"^(?:\s+of\s+(?-i:[A-Z])[\w&’'.-]*(?:\s+(?-i:[A-Z])[\w&’'.-]*){0,3}|\s*\([^()\n]{1,30}\))?,?\s+"
    r"(?:was|is|took|won|claimed|took\s+home|finished|came\s+home)\s+(?:as\s+)?(?:the\s+)?(?:first\s+|fastest\s+|top\s+|leading\s+)?"
    r"(?P<cat>(?-i:[MFW]))(?-i:V)?\d{2}\b(?![:.]\d)")
# ... or bracketed right after the name, as a club's results give it: "Elin Morgan (W40)", "Gethin Lloyd (SM)", "Carys Thomas
# (U20W)" (not "(U17)" nor a veterans' "(V50)": either sex)
SEX_CATEGORY_BRACKET_AFTER = re.compile(
    r"\s*\((?-i:(?P<men>[SJ]M|V?M\d{2}|MV\d{2}|U\d{2}[MB]|MSEN|MJUN|SM\d{2}-\d{2})|(?P<women>[SJ][WF]|V?[WF]\d{2}|[FWL]V\d{2}|U\d{2}[WFG]|"
    r"[FWL]SEN|[FWL]JUN|S[WF]\d{2}-\d{2}))\)")  # (and "(VW40)", "(VM45)", a parkrun's "(SW30-34)")
ROLE_SEX = {
    **dict.fromkeys("father husband brother son uncle grandfather dad boyfriend".split(), "men"),
    **dict.fromkeys("mother wife sister daughter aunt grandmother mum mom girlfriend".split(), "women"),
}
# a role set off before the name it is of, after a speech verb: "the technical director of the national team, "
ROLE_THEN_NAME = re.compile(r"(?:the|a|an|his|her|their)\s+[^.;:!?“”\"«»,]{1,80},\s+", re.IGNORECASE)
# what stands between a quote and the ", whose" of its speaker: '," said the 27-year-old' (the attribution, a description)
# a relative clause of a best had, after the one it speaks of: '," declared the Kenyan athlete, that already had a personal best of'
WHO_HAD_BEFORE = re.compile(r",\s+(?:who|that)\s+(?:already\s+|previously\s+|then\s+)?(?:had|has|owned|held)\b[^,;.!?]*$", re.IGNORECASE)
RELATIVE_OPENING = re.compile(r",\s+(?:who|that|which)\b", re.IGNORECASE)  # ... another relative clause before it
ATTRIBUTION_THEN_WHOSE = re.compile(rf"[”\"’'»“,.!?\s]*(?:(?:{SPEECH_VERBS})\s+the\s+[^.;:!?“”\"]{{1,60}}|the\s+[^.;:!?“”\"]{{1,60}}?\s+(?:{SPEECH_VERBS}))",
                                    re.IGNORECASE)
# a mark brought to the race, labelled a best after it, the race's own time after: "Hodgkinson, 19, came in with a 1:58.89 SB and
# ran 1:59.12" (not "came in with a time of 2:10:05", nor "came in with a 4:16.35 PB from the back of the pack", finishes)
CAME_IN_WITH_BEFORE = re.compile(r"\b(?:came|comes|coming|arrived|arrives|arriving)\s+in\s+with\s+(?:a|an|her|his|their)\s+$", re.IGNORECASE)
# a record's abbreviation said old right before its time, as results lines note a broken record: "29:48.62 (MR, old MR 29:58.31)",
# "(CR; previous CR 2:05:10)", "former NR of 13:02.11"
# (or the record said first in the bracket: "(meet record; old: 14:11.52, Sohail Amir, Army, 2010)", not a personal one; or its
# abbreviation before the bracket: "13:48.62  SR (old: 13:52.10, Dan Wexler, 2014)"; not a runner's own "old PB 20:05")
OLD_RECORD_ABBREVIATION_BEFORE = re.compile(r"\b(?:old|previous|prev\.|former)\s+(?-i:MR|CR|NR|AR|WR|ER|GR)\s*(?:of\s+|was\s+|[:=]\s*)?$"
                                            r"|\([^()\n]{0,30}?(?:(?<!personal\s)(?<!season['’]s\s)\brecord|\b(?-i:MR|CR|NR|GR|SR))\s*[;,]\s*(?:old|previous|prev\.|former)"
                                            r"(?:\s+(?:record|mark)(?:\s+(?:of|was))?)?\s*[:=]?\s*$"  # ("(meet record; old record 10:23.66, Anna
                                            # Kowalczyk, Hudson, 2016)")
                                            r"|\b(?-i:MR|CR|NR|AR|WR|ER|GR|SR|FR)\s*\(\s*(?:old|previous|prev\.|former)\s*[:=]\s*$", re.IGNORECASE)
OLD_RECORD_HOLDER_GAP = re.compile(r"(?:\s*,\s*|\s+by\s+)(?:(?-i:[A-Z])[\w'’-]*['’]s\s+)?$")  # ... its holder named right after it in the bracket: "old:
# 14:11.52, Sohail Amir", "old: 14:11.52, Army's Sohail Amir"
# ... or a runner's own old mark so noted: "14:06.38 (personal record; old: 14:11.52, Lahore, 2022)"
OWN_OLD_MARK_BRACKET_BEFORE = re.compile(r"\((?:new\s+)?(?:personal|season['’]?s?|lifetime)\s+(?:record|best)\s*[;,]\s*(?:old|previous|prev\.|former)\s*[:=]\s*$",
                                         re.IGNORECASE)
# ... or labelled before it, brought "into" the meeting: "had come into the Games with a season's best of 13:08.42" (a season's best
# may be this race's own: "ran a season's best of 13:05.22 to win")
BROUGHT_BEST_OF_BEFORE = re.compile(r"\b(?:came|come|comes|coming|arrived|arrives|arriving)\s+(?:in)?to\s+(?:the\s+|this\s+|these\s+)?(?:[\w'’-]+\s+){0,2}?"
                                    r"with\s+(?:an?|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:best|record|PB|SB|PR)\s+(?:of\s+)?$", re.IGNORECASE)
BEST_LABEL_AFTER = re.compile(r"\s+(?:SB|PB|PR|season['’]s\s+best|personal\s+best|seasonal\s+best|best)\b")
RAN_TIME_AFTER = re.compile(r"[^,;.]*?\b(?:and|before)\s+(?:then\s+)?(?:ran|clocked|won\s+in|finished\s+in|stopped\s+the\s+clock\s+at)\s+\d")  # ... the
# race's own, its runner's still (not "came in with a 3:30.10 PB, finishing third, and Kerr then clocked 3:29.10")
# a best of the one a "whose" stands for, its time after: ", whose personal best stands at 26:58.39", ", whose best of 3:50.83"
# a description of a runner set off right before "whose": "a new personal best for the 26-year-old, whose previous best was"
DESCRIPTION_BEFORE_WHOSE = re.compile(r"\b(?:for|of|to)\s+the\s+(?P<desc>\d{1,2}-year-old|(?-i:[A-Z])[a-z]+)\s*,\s*$")
WHOSE_BEST_BEFORE = re.compile(
    r",\s+(?P<whose>whose)\s+(?:(?:half[\s-]marathon|marathon|mile|\d[\d,.]*[\s-]?(?:m|km|k|metres?|meters?|kilomet(?:re|er)s?|miles?))\s+)?"
    r"(?:(?:personal|lifetime|season['’]s|outdoor|indoor)\s+)?(?:best|PB|personal\s+record)\b(?![^.;:!?\d]*\bnow\b)[^.;:!?\d]{0,35}$",
    re.IGNORECASE)  # (not "whose PB is now 14:40.2": the race's new one; its event may come first: "whose 10,000-metre best on the
# track is 28:49.11"; its day between: "whose personal best before Saturday stood at 2:22:31")
# what stands between a mark and its own event named after it: "16:22.41 in the 5,000m" (`context.event_named_after_mark`)
_MARK_EVENT_LEAD = r"\s+(?:in|over|for|at|on)\s+(?:the\s+)?"  # (also `WHOSE_TIME_EVENT_AFTER`'s)
MARK_EVENT_LEAD = re.compile(_MARK_EVENT_LEAD, re.IGNORECASE)
RACE_NAME_WORDS = re.compile(r"(?:(?-i:[A-Z0-9])[\w'’.-]*\s+){1,3}")  # a race's name before its event: "the Inverness Half Marathon"
# ... or a time of hers "whose" owns right before an event named after it: "a two-time all-conference pick whose 16:22.41 in the
# 5,000m ranks second in program history" (`WHOSE_TIME_EVENT_AFTER`)
WHOSE_TIME_BEFORE = re.compile(r"\bwhose\s+$", re.IGNORECASE)
# a time said right after it to have stood for years, a mark: "his 3:49.78 stood for fourteen years" (not "The course record of
# 2:08:30 had stood for 15 years until Sunday, when Kibet ran 2:07:44": the time after is the race's)
STOOD_FOR_YEARS_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?stood\s+for\s+(?:[\w-]+\s+){0,2}(?:years|decades|seasons)\b", re.IGNORECASE)
# ... not where the clause after it says the time won this race: "whose 16:22.41 in the 5,000m on Friday won her the title"
WHOSE_TIME_WON_AFTER = re.compile(r"(?:[^,;.!?]|(?<=\d)[,.](?=\d))*?\b(?:won|wins|earned|clinched|secured|gave|took|brought)\b", re.IGNORECASE)
WHOSE_TIME_EVENT_AFTER = re.compile(_MARK_EVENT_LEAD + r"\d[\d,.]*\s?(?:m|metres|meters|km|k|miles?)\b", re.IGNORECASE)
# ... the one a description speaks of, not the describer: "said the Scot of the win over", "said the club captain of the 19-year-old"
OF_SOMEONE_IN = re.compile(r"\b(?:of|over|about|on)\s+(?:the|his|her|their)\b", re.IGNORECASE)
# a speech verb that goes on from the quote before: '," he added', '," she continued', '," he went on'
CONTINUING_VERB = re.compile(r"added|adds|continued|continues|went\s+on", re.IGNORECASE)
# an attribution set off inside the marks (French copy): ", explained Gressier, the face marked." ("," or "." after the name)
INCISE_BEFORE = re.compile(rf",\s+(?:{SPEECH_VERBS}|regretted|judged|confided|assured|estimated|analysed|analyzed|underlined|stressed)\s+$", re.IGNORECASE)
# ... or a pronoun and its verb set off so, its runner named before the quote: "« Honestly I did not expect it, he confided, the tears
# at the eyes. But the public carries you. »" (French copy translated)
INCISE_PRONOUN = re.compile(rf",\s+(?P<pron>he|she)\s+(?:{SPEECH_VERBS}|regretted|judged|confided|assured|estimated|analysed|analyzed|"
                            r"underlined|stressed)\s*[,.;]", re.IGNORECASE)
INCISE_NAME_END = re.compile(r"\s*(?:(?:at|after|on|in|with|to|from)\s+(?:the\s+|his\s+|her\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*)?[,.;]")  # (or
# a few words of where or how after the name: "« I did not want to panic, said Bonnet at the arrival. I know ... »")
# a question calling its person by name as it opens or ends: "Jess, what about you?", "Coach Dave Smith, how have you seen him
# develop?", "Was it hard, Sifan?" (not "Sha'Carri Richardson, Julien Alfred and you all ran under 22")
CALLED_OPENING = re.compile(
    r"[ \t]*(?:(?:Coach|Dr|Mr|Mrs|Ms|Miss)\.?\s+)?(?P<name>[^\s,?][^,?\n]{0,40}?),\s+(?=(?i:how|what|why|when|where|who|which|did|do|does|is|are|was|"
    r"were|can|could|will|would|should|have|has|had|you|your|tell|talk|take|walk|let's)\b)")
CALLED_CLOSING = re.compile(r",\s+(?P<name>[A-Z][^,?\n]{0,40}?)\?\s*$")
# the rest of a pull quote's line: nothing, or its speaker after a dash or a colon ("'I stopped being scared' – Georgia Hunter
# Bell on ...", "'I thought, that's it, I'm finished': Sifan Hassan on her London Marathon debut")
PULL_QUOTE_REST = re.compile(r"[\s”\"’'»]*(?:[–—:-]\s*[^\n]*)?")
QUESTION_LABEL = re.compile(r"[ \t]*(?:Q|Question)\s*[:.–—-]", re.IGNORECASE)
# words the speaker heard, read or was told, in which they are named: "People write Ingebrigtsen is arrogant", "Sifan is crazy,
# my coach always says", "They always ask if Jakob is tired", "I heard them chanting Kerr"
REPORTING_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|writes?|wrote|written|asks?|asked|ask(?:ing)?|shout\w*|chant\w*|call(?:s|ed|ing)?|hear|heard|"
                            rf"read|reads|saw|see|watch\w*|thinks?|thought|believes?|believed|announc\w*)\b", re.IGNORECASE)
NAME_AS_WORD_BEFORE = re.compile(r"\b(?:Team|Camp|Club|Project)\s+$")  # "Team Kipchoge worked so hard for this"
SENTENCE_OR_QUOTE_END = re.compile(r"[.!?](?:\s|$)|[”\"»]|\n")
SENTENCE_BREAK_IN = re.compile(r"[.!?](?:\s|$)")  # a sentence's end inside a stretch of text
CALLED_TO_AFTER = re.compile(r"[ \t]*(?:,[ \t]+\w|[!?])")  # a name inside a quote called to, not spoken of: "Faith, relax", "Go, Josh!"
THE_BEFORE = re.compile(r"\b(?:the|di)[ \t]+$", re.IGNORECASE)  # a name made a word of a noun: "the Bailey way" (with LOWER_WORD_AFTER)
# an answer of a Q&A, opening its paragraph: "A: “Honestly, I thought ...”", "Answer – “...”"
QA_ANSWER = re.compile(r"[ \t]*(?:A|Answer)\s*[:.–—-]\s*[“\"«„]")
# the source of reported speech: "According to his coach, Desmond Pryce, the turning point came in February"
ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w’'-]+\s+){0,3}?(?:[\w’'-]+,\s+)?$", re.IGNORECASE)
# ... or whose view a sentence opens with: "For the president of the federation, André Giraud, the meeting has made"
VIEWPOINT_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)For\s+(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,7}?[\w’'-]+,\s+$")
# when or where something was said, between a speech verb and its speaker: '" – said after the run the
# Olympic bronze medallist' (translated), '," said afterwards the Kenyan'
SPEECH_ADVERBIAL = r"(?:(?:after\s+(?:the\s+)?\w+|afterwards|later|then|again|today|tonight)\s+)?"
# an auxiliary before a speech verb, as translated copy writes the past: '," has said Kipyegon'
AUXILIARY = r"(?:(?:has|had|have)\s+)?"
# a speech verb after a quote, before its speaker; or "so", as German copy translated writes it ('," so the winner, who
# receives ...': "so die Siegerin")
# verbs that attribute speech only right after the words, before their speaker: '«I am angry, frankly,» breathed Tual' (French
# "souffle"), '", guaranteed the athlete of Campinas' (Portuguese "garantiu"), translated (not "Hassan breathed a sigh of relief",
# "Kipyegon guaranteed her place in the final")
INVERTED_SPEECH_VERBS = r"(?-i:breathed|whispered|murmured|fumed|guaranteed|rued|bemoaned|yelled|hollered)"  # (in lower case: not
# "Whispered rumours"; said only after the words, as an object's verb they take scare quotes as often: 'rued the "sit-and-kick"
# tactics', 'The crowd yelled throughout, and the "Whitaker kick" arrived')
VERB_AFTER_NAME = re.compile(rf"\b(?:(?i:{SPEECH_VERBS})\b|{INVERTED_SPEECH_VERBS}(?=[ \t]*[.,;!]|[ \t]+(?:as|after|when|while|before)\b))")  # a name's
# verb after a quote: '," Gopi rued.' (not 'Hassan breathed a sigh of relief')
# ... or, as Korean and Japanese copy translated puts it, at the clause's end after a few words in lower case: '," Tarusu after
# the race in the interview said.' (the words a clause's, no other name among them; the sentence ending there)
SAID_LAST_AFTER_NAME = re.compile(r"(?:[ \t]+(?!(?:as|while|when|and|but|because|whereas|though|although|if|who|which|that|what|heard|"
                                  r"listened|asked|remembered|recalled|his|her|their)\b)(?-i:[a-z])[\w'’-]*){1,7}[ \t]+(?:said|told|added|explained|expressed)[ \t]*[.;]")  # (not
# another's clause: '"Keep going," Tarusu heard as the coach at the roadside said.')
# a quote's speaker and verb right after it: '" she yelled', '" Pike laughed', '" Kara Hale screamed'
ATTRIBUTION_RIGHT_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:he|she|they|(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?)[ \t]+)?"
                                     r"(?:said|says|told|added|shouted|screamed|yelled|hollered|exclaimed|cried|laughed|joked|quipped|called)\b",
                                     re.IGNORECASE)  # (a verb of speaking aloud: not '"Ha-le! Ha-le!" Hale felt the noise')
VERB_AFTER_QUOTE = rf"(?:{AUXILIARY}(?:{SPEECH_VERBS}|{INVERTED_SPEECH_VERBS})|(?-i:so)(?=\s+(?:the\s|(?-i:[A-Z])|$)))"  # (at the end: the text cut before the name)
# "let" before the speaker's name and "know" after it, as Dutch and German copy translated writes "liet ... weten": "', let
# Geleta know via an interpreter"
LET_BEFORE_NAME = re.compile(r"(?-i:let)\s+")
KNOW_AFTER_NAME = re.compile(  # (not English's "let Kerr know afterwards that he was proud", "let Jakob know it": who hears it)
    r"\s+know\b(?!\s+(?:that|he|she|it|they|him|her|his|what|how|about|of|(?:[a-z]+ly|afterwards|later|then|again)\b))")
# ... but not the English "so" opening a clause, its verb after the name: '," so Moraa started as the favourite'
SO_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|had|has|was|is|will|would|could|can|did|does|began|ran|won|took|went|got|set|made|came|became|knew|felt|saw)\b")
# a few words and a colon opening a paragraph before its quote, naming nobody: "Then, laughing:"
LEAD_IN_OPENING = re.compile(r"\s*[A-Z][a-z]*(?:,?\s+[a-z]+){0,4}\s*:\s*")
# a dash after a closing quote mark, set off by spaces
DASH_AFTER_QUOTE = re.compile(r"[ \t]+[-–—][ \t]+")
# ... before a capital: in a line that opens with the quote, its speaker after it, a headline's "'I'm knackered but I'm
# proud' - McColgan", "“It was the hardest race of my life” – Kipyegon on her world record"
PULL_QUOTE_DASH = re.compile(r"(?:" + DASH_AFTER_QUOTE.pattern + r"|:[ \t]+)(?=[A-Z])")  # (or a colon: '"I was not finished yet": Peruth
# Chemutai on silver in Paris')
# ... a line that may stand before such a quote: nothing, or a section's label and a bar ("FASTLANE Q&A | ")
PULL_QUOTE_LABEL = re.compile(r"(?:[^\n|\"“”‘’']{1,30}\|[ \t]*)?")
PULL_QUOTE_COLON = re.compile(r":[ \t]+")
PULL_QUOTE_COLON_NAME_END = re.compile(r"[ \t]*(?:$|\n|[ \t]+(?:on|to|in|at|after|speaking|talking)\b)")  # (the colon's name ends its line
# or says where or of what: "... on silver in Paris", "... after 1500m gold in Rome"; not "Kelvin Kiptum, 1999-2024", "...,
# asked by reporters")
# ... the name ending its line, or followed by where or to whom it was said (not a headline's own verb or noun: "'A true
# champion' - Kipyegon hailed by rivals", "- Kipchoge's legacy examined"; nor another's words, "- Sifan Hassan, by her coach")
PULL_QUOTE_NAME_END = re.compile(r"[ \t]*(?:$|\n|,(?![ \t]+(?:by|of|about|according)\b)|[ \t]+(?:on|to|in|at|after|speaking|talking|says|said)\b)")
# ... and nobody else on the rest of its line said to say it ("- Ingebrigtsen, Kerr says", "- Kipyegon at her best, say rivals")
SAID_ON_THE_LINE = re.compile(r"\b(?:says?|said|words|per|according|described|rivals)\b")
# a speech verb that ends in a colon before an opening mark: the sentence introduces the quote after it, not the one before
# ('... rest a bit.“ Chelimo Kipkemboi said only: „She is too strong.“')
# a speech verb after a name that only attributes: set off by a comma or a stop ('" Hodgkinson said, calling the crowd')
ATTRIBUTION_END = re.compile(r"\s*[,.;!?]")
INTRODUCES_NEXT_QUOTE = re.compile(r"(?:\s+(?:only|then|later|simply|briefly|afterwards|also|too|[a-z]+ly)){0,2}\s*:\s*[\"“„«‘'”»]")
# a woman's pronoun in the rest of a sentence: '," He said, adding that she would now rest' is "he", not He Jie
SHE_IN_SENTENCE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
# a pronoun and its speech verb right after a quote: '," he said', '», has he confided' (translated)
# "according to" and a name right after a quote: "'The time is not important in June,' according to Laros" (Dutch copy
# translated; not a description, "according to the Swiss", which may be a coach)
ACCORDING_TO_AFTER = re.compile(r"according\s+to\s+", re.IGNORECASE)
WORDS_OF = re.compile(r"the\s+(?:words|expression|phrase|formula)\s+of\s+", re.IGNORECASE)  # "according to the expression of the director"
# a quote owned in the sentence after it: "That was Walcott-Nolan's verdict", "Those were the words of Kerr"
OWNED_WORDS_OPENING = re.compile(r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?", re.IGNORECASE)
OWNED_WORDS_NOUN = r"(?:verdict|view|assessment|take|reaction|words|summary|explanation|analysis|thoughts|message|response|answer|reflection)"
OWNED_WORDS_OF = re.compile(rf"(?:[\w-]+\s+)?{OWNED_WORDS_NOUN}\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "the verdict of", "the honest assessment of"
OWNED_WORDS_AFTER_OWNER = re.compile(rf"\s+(?:[\w-]+\s+)?{OWNED_WORDS_NOUN}\b", re.IGNORECASE)  # "Walcott-Nolan's (blunt) verdict"
# ... or before it, a colon then the quote: "Neil's answer: "Yes, do the boring stuff"", "Tom's closing verdict: "...""
OWNED_WORDS_BEFORE_QUOTE = re.compile(rf"(?:[’']s|(?<=s)[’'])\s+(?:[\w-]+\s+)?{OWNED_WORDS_NOUN}\s*:\s*$", re.IGNORECASE)
PRONOUN_SAID_AFTER = re.compile(rf"[\s,.;:!?…—–-]*(?:ha[sd]\s+)?(?P<pron>he|she|they)\s+{AUXILIARY}(?P<verb>{SPEECH_VERBS})\b", re.IGNORECASE)
# ... or the verb first, as copy translated from Dutch or German keeps it: '," laughed he.', '," said she,' (its clause ended there)
PRONOUN_AFTER_SAID = re.compile(rf"[\s,.;:!?…—–-]*(?P<verb>{SPEECH_VERBS})\s+(?P<pron>he|she)"
                                r"(?=\s*(?:[,.;:!?]|$)|\s+(?:after|afterwards|later|then|to|in|at|on|with|through|via)\b|\s+(?-i:[A-Z]))", re.IGNORECASE)
# words one person says of themselves: a quote "they said" of one speaker (singular they), not of a group ("we")
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b")
FIRST_PERSON_ANY_CASE = re.compile(FIRST_PERSON_SINGULAR.pattern, re.IGNORECASE)  # "My legs are wrecked" too
# a sentence of reported speech opened by a pronoun: "He said Rupp had apologised", "She added that", "He also said he
# had thought about retiring"
PRONOUN_SAID_OPENING = re.compile(rf"\s*(?P<pron>He|She)\s+(?:(?:also|later|then|again|further|[a-z]+ly)\s+)?{AUXILIARY}(?:{SPEECH_VERBS})\b")
# the next topic the last speaker was asked about, before their words: 'And on doubling again after Torun: "..."'
TOPIC_GOES_ON = re.compile(r'\s*And\s+(?:on|about|asked\s+about)\s+[^\n"“«:]{3,120}:\s*', re.IGNORECASE)
# ... the topic a name only: "And on Hocker:" (the one spoken of, not the speaker)
TOPIC_A_NAME = re.compile(r"\s*And\s+(?:on|about|asked\s+about)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}:\s*", re.IGNORECASE)
# a line that introduces someone's words to come: "More from Ingebrigtsen in the mixed zone, on ...:", "Plenty more from Hassan:"
MORE_FROM_OPENING = re.compile(r"\s*(?:(?:and|plenty|lots|much|some)\s+)?more\s+(?:now\s+)?from\s+(?:the\s+)?", re.IGNORECASE)
# a pronoun of each sex anywhere (`attach.previous_athlete`)
PRONOUN_OF_SEX = {"men": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE), "women": SHE_IN_SENTENCE}
# a sentence opened by a pronoun of each sex ("He went through halfway in 1:11:50")
SEX_PRONOUN_OPENING = {"men": re.compile(r"\s*He\b"), "women": re.compile(r"\s*She\b")}
# a speech verb after a name, then its quote opening: ", now a Scottish international, said: "" (`attach._witness_of_another`)
SAID_THEN_QUOTE_AFTER = re.compile(rf"[^.!?\n\"“”«»]{{0,80}}?\b(?:{SPEECH_VERBS})\b\s*[:,]?\s*[\"“«„]")
# a sentence opened by a pronoun and a verb: "He paused.", "She smiled and shook her head."
PRONOUN_OPENING = re.compile(r"\s*(?:(?:Afterwards|Afterward|Later|Earlier|Then|Still|Now|Meanwhile|(?-i:[A-Z])[a-z]+ly"
                             r"|(?:Asked|Questioned|Pressed)\s+(?:about|on|over|whether|if)\s+[^.!?\n,;:\"“”«»„]{1,60}),\s+)?"
                             r"(?P<pron>He|She|(?<=,\s)(?:he|she))\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")  # ("Afterwards, she credited",
# "Asked about the course record, she laughed.")
# ... or by a phrase put first, then the pronoun and its verb, as translated copy keeps a German or Dutch order: "Of her best
# time of 9:03,30 min she is still far away." (a preposition's phrase, with no comma: not "A caller, Margaret, said she had")
PRONOUN_AFTER_FRONTED_PHRASE = re.compile(
    r"\s*(?:Of|In|At|On|With|After|For|From|Over|Since|Despite|Before|Behind|Against|Until|Through|Under|About|Apart\s+from)\s+"
    r"(?:[^.!?\n,;:\"“”«»„]|(?<=\d)[,.:](?=\d)){1,80}?\b(?P<pron>he|she)\s+(?:[a-z]+ly\s+)?(?:is|was|has|had|[a-z]+(?:ed|s))\b")
# ... or by a pronoun and a verb of the sport's past, irregular ones too: "She ran 51.64 in Oordegem" (what tells of the
# person named in the sentence before)
PRONOUN_RACED_OPENING = re.compile(r"\s*(?P<pron>He|She)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|ran|won|took|set|came|broke|beat|led|went|was)\b")
# what may open a sentence before the person it is about: nothing, or a short adverb ("Afterwards, ")
# a participle phrase opening a sentence, set off by its comma: whoever it names is not the subject
# ("Speaking to BBC presenter Jason Mohammad afterwards, Gourley said"; a time's stop or colon ends no phrase: "Asked about
# his two-mile best of 8:00.67 from New York, the 26-year-old laughed:")
SPEAKING_TO_OPENING = re.compile(
    r"\s*(?:Speaking|Talking|Asked|Told|Chatting|Writing|Replying|Responding|Turning)\b(?:[^,.;:!?“”\"«»]|(?<=\d)[.:](?=\d)){1,100},\s+",
    re.IGNORECASE,
)
# (and a nationality before the name: "The Kenyan Kibiwott, world bronze medallist in 2023, was disappointed.")
BOLD_PARAGRAPH = re.compile(r"\s*(?:\*\*|__)[^\n]+(?:\*\*|__)\s*")  # a paragraph set in bold: "**At what point did you know?**"
# ... that asks: its question mark, or spoken to the interviewee ("**Walk us through the final. You were at the front very
# early.**"); not a heading, a name or a label ("**Chebet**", "**Hassan on her race:**", "**Strength work**")
BOLD_LABEL = re.compile(r"\s*(?:\*\*|__)[^\n]*:\s*(?:\*\*|__)\s*")  # a bold label: "**Hassan on her race:**"
BOLD_QUESTION = re.compile(r"(?:[^\n]*\?|[^\n]*\b(?:you|your|yourself)\b[^\n]*|\s*(?:\*\*|__)\s*(?:Walk|Tell|Talk|Take|Describe|Explain)\s+(?:us|me)\b[^\n]*)"
                           r"(?<![:])\s*(?:\*\*|__)\s*", re.IGNORECASE)
# a subordinate clause's subject: "as Jamaica's Tarique Morrison dragged the field through 400m in 62 seconds", its clause not
# closed before the time (`SUBORDINATE_CLAUSE_ENDS`)
SUBORDINATE_SUBJECT_BEFORE = re.compile(r"\b(?:as|while|whereas)\s+(?:(?-i:[A-Z])[\w'’-]*['’]s\s+|the\s+(?:[\w-]+\s+){0,2})?$", re.IGNORECASE)
SUBORDINATE_CLAUSE_ENDS = re.compile(r"[,;:()]|\bbut\b")
SUBORDINATE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|led|ran|took|went|kept|held|set|hit|made|sat|stayed|got|was|were)\b")  # (its verb)
PASSIVE_ANY_AFTER = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b", re.IGNORECASE)  # "was embraced by her coach"
THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
PASSIVE_AGENT_AFTER = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:praised|hailed|lauded|described|congratulated|thanked|"
                                 r"critici[sz]ed|questioned|asked|interviewed|singled\s+out|called)\s+by\b", re.IGNORECASE)  # "was praised by"
# (not "was embraced by her coach", "was cheered by thousands": the subject still speaks)
SENTENCE_OPENING = re.compile(
    r"\s*(?:(?:Afterwards|Later|Then|Still|Now|Meanwhile|Moments later|Asked about it|Speaking afterwards),?\s+"
    r"|(?-i:[A-Z])[a-z]+(?:\s+(?-i:[a-z])[a-z]+){0,2},\s+)?"  # (or a short phrase set off by a comma: "Behind, Sedjadi ...", "For his part,")
    r"(?:The\s+(?-i:[A-Z][a-z]+)\s+)?"
    rf"(?:(?i:{NON_ATHLETE_ROLE})\s+){{0,2}}"  # (or a role before the name: "Race director Selim Karadag evaluated the day.")
)
# the end of a description that stands for a speaker: '," said the Ethiopian.' (not "the Kenyan's coach"), "the athlete of
# the Fiamme Oro" (not "the champion of 2022": a title), '," said the Brazilian and laughed'
DESCRIPTION_END = re.compile(r"\s*(?:[,.;:!?]|$|\s(?:in|at|after|afterwards|later|on|to|with|who|from|when|through|by|via|of(?!\s+(?:19|20)\d\d))\b"
                             r"|\sand\s+(?:[a-z]+ed|[a-z]+s|grinned|smiled|laughed)\b)")
# ... or a participle after it, a description of no one else's ("said the Belgian laughing", translated; not "said the manager
# of the Ethiopian smiling")
DESCRIPTION_PARTICIPLE_END = re.compile(r"\s(?:laughing|smiling|grinning|beaming|shrugging|sighing)\b")
# ... or, after an age, the speaker's job or standing in a word or two ('," said the 31-year-old civil servant, who', '," said the
# 24-year-old physiotherapist.')
AGE_ROLE_END = re.compile(r"(?:\s+[a-z]+){1,2}(?=\s*[,.;:!?]|\s+(?:who|from|of|after)\b)")
# ... unless the job is another's role or the words say whose kin the speaker is: "the 45-year-old race director", "the 70-year-old
# spectator", "the 52-year-old father of the winner" (`quotes._runner_s_own`; not a runner's own day job or children: "the 29-year-old
# nurse", "the 34-year-old mother of two")
AGE_KIN = re.compile(r"\s+(?:(?:grand|step|great-grand)?(?:father|mother|dad|mum|mom|parent)s?|husband|wife|brother|sister|son|daughter|uncle|aunt|"
                     r"partner|boyfriend|girlfriend|fianc[ée]e?)\s+of\s+(?:(?P<children>two|three|four|five|six|seven|eight|\d{1,2})\b)?", re.IGNORECASE)
AGE_ROLE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?P<role>{NON_ATHLETE_ROLE})s?\b", re.IGNORECASE)
RUNNER_DAY_JOB = re.compile(r"teacher|schoolteacher|nurse|engineer|accountant|lawyer|farmer|pastor|priest|businessman|businesswoman|doctor|"
                            r"scientist|researcher|executive")
# a runner's age said with the name: "Laura Neri, 29,", "Tom Mills (31)", "the 29-year-old Laura Neri" (`quotes._aged`)
AGE_AFTER_NAME = re.compile(r"\s*(?:,\s*|\()(?:aged\s+)?(?P<age>1[4-9]|[2-7]\d)\s*[,.)]")
AGE_BEFORE_NAME = re.compile(r"\b(?P<age>1[4-9]|[2-7]\d)-year-old\s+$")
# what he or she called it, right before its quote: the speaker's words, unless a name ("He called it "the Mile of the Century"")
CALLED_IT_BEFORE = re.compile(r"\b(?:he|she)\s+called\s+it(?:\s+(?:a|an|the))?\s*,?\s*$", re.IGNORECASE)
# a name something has a reputation as, had or lived up to: 'The event had developed a reputation, unfairly in our view, as
# "eight minutes of ..."', 'had once again lived up to its reputation as "the UK's most scenic marathon"' (not 'Her reputation grew
# as "nobody could live with her finish," said coach Jama Aden', 'defended her reputation as "..."')
REPUTATION_AS_BEFORE = re.compile(
    r"\b(?:developed|earned|gained|had|has|have|built|acquired|got|carries|carried|enjoys|enjoyed|(?:lived?|lives|living)\s+up\s+to)\s+"
    r"(?:a|the|its|his|her|their)\s+reputation\b[^.!?“”\"«»]{0,40}?\bas\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# a label the thing is known by, in the passive with no one saying it: 'is still described in both countries as "the greatest
# 1500m ever run"', 'a performance still described in these pages as "..."', 'what can only be described as "proper Campsie
# weather"' (not 'was described by Kerr as "...", nor 'as
# "brutal" by Ingebrigtsen', his words: `BY_AFTER_QUOTE`)
BY_AFTER_QUOTE = re.compile(r"[\"”»’']?\s*by\s", re.IGNORECASE)
LABEL_AS_BEFORE = re.compile(
    r"\b(?:(?:is|was|are|were|be|been|being)\s+(?:(?:still|often|widely|long|commonly|now|sometimes|rightly|best|only|fairly)\s+)*"
    r"|(?:still|often|widely|long|commonly|sometimes|rightly)\s+)"
    r"(?:described|billed|hailed|dubbed|known|regarded|remembered)\s+(?:(?!by\b)[^.!?“”\"«»\s]+\s+){0,4}?as\s+$", re.IGNORECASE)
# attribution after a quote: ', Kerr said later.' / ', said an ebullient Kerr' / ', he smiled'
# (the name is checked by the stage against athlete and person spans)
ATTRIBUTION_AFTER = re.compile(
    rf"^[\s,.;:!?…—–-]*(?:(?P<pron>he|she|they)\s+(?:{SPEECH_VERBS})\b|(?P<verb>{SPEECH_VERBS})\b)",
    re.IGNORECASE,
)
# a colon or a speech verb right before an opening mark: 'telling The Times:' / 'Kerr said,'
# a role between two names, the first its owner written without "'s", as translated copy does: "He Jie coach Feng Shuyong say"
OWNER_ROLE_GAP = re.compile(r"[ \t]+(?:coach|trainer|manager|agent|father|mother|husband|wife|physio|training\s+partner)[ \t]+")
SIGNATURE_COLON_AFTER = re.compile(r"\.?:[ \t]")  # a comment's signature before its words: "Ellie M: Absolute scenes"
HEADING_BULLET = re.compile(r"[ \t]*[■□▪▫●•◆◇►▶*#>–—-][ \t]*")  # what may open a heading's line before a name
NAME_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")  # ... the name then a comma right before a quote's mark
ATTRIBUTION_BEFORE = re.compile(rf"(?:(?:{SPEECH_VERBS})\b[^.!?“”\"]{{0,90}}|:)\s*[,:]?\s*$", re.IGNORECASE)
# phrases that make the following quoted words a title or name: 'known as the “Mile of the Century”', 'a philosophy he called
# "Stotan"' (not what he or she called it: 'He called it "the most beautiful night since Tokyo"', the speaker's words)
# a race's name in quotation marks right after its distance: 'the 10km "Run for Fun" which had no timing' (a title only when
# its words are, `quotes.is_title`: not 'took up the 5k "to annoy my grandson"')
# ... or a theme or a name given to something, unless someone is said to say it or it speaks in the first person ('carry the theme
# "Lari untuk Jakarta"', 'has a name for her double – "the Saturday special" –'; not '– "my Saturday special," she told reporters')
NAMED_LABEL_BEFORE = re.compile(r"\b(?:(?:the|a|its|their)\s+(?:theme|tagline)|(?:a|the|its|their|his|her)\s+(?:nick)?name\s+for\s+"
                                r"(?:[\w’'-]+\s+){1,3}?[–—:-])\s+$", re.IGNORECASE)
DISTANCE_TITLE_BEFORE = re.compile(r"\bthe\s+\d+(?:[.,]\d+)?\s?(?:km|k|miles?)\s+$", re.IGNORECASE)
TITLE_SMALL_WORDS = frozenset("a an and at for in of on or the to".split())  # words a title leaves in lower case
TITLE_BEFORE = re.compile(
    r"\b(?:known\s+(?:(?:at\s+home|locally|affectionately|widely|simply|in\s+\w+|to\s+(?:\w+\s+){0,3}\w+)\s+){0,2}as|dubbed|(?<!\bhe\s)(?<!\bshe\s)called|(?:(?<=\bhe\s)|(?<=\bshe\s))called(?!\s+(?:it|that|this|them)(?:\s+(?:a|an|the))?\s*[,:]?\s*$)|nicknamed|nicknames?|named|billed\s+as|branded|so-called|titled|entitled|the\s+term|"
    r"labelled|labeled|termed|the\s+phrase|the\s+word|hashtag|coined|(?:the|a|its|their)\s+(?:motto|slogan|watchword))\s+(?:it\s+|as\s+|the\s+|a\s+|an\s+|him\s+|her\s+)*$"

    # what a sign or a banner says: 'Spotted a sign: "Kipchoge, we came all this way for you."'
    r"|\b(?:sign|banner|placard|poster|t-shirt|shirt)s?(?:\s+(?:that\s+)?(?:read|reads|reading|said|saying))?\s*:?\s+$",
    re.IGNORECASE,
)
# ... or what someone calls someone or something, in a few words: "that the public of Charléty calls now « the eternal second »"
# (translated), 'a philosophy Schumacher calls "the long game"', 'what club runners like to call "the longest mile in running"'
# (a longer stretch is the speaker's own words: 'what Kerr calls "a proper championship race, with tactics and everything in it"')
CALLS_BEFORE = re.compile(r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)\bcalls?\s+"
                          r"(?:now\s+|already\s+|simply\s+|affectionately\s+)?(?:it\s+|him\s+|her\s+|them\s+|the\s+)?(?:of\s+|as\s+)?$", re.IGNORECASE)
# (translated: 'the climb, which the runners call of "wall of the São Silvestre"')
# (after a pronoun its speaker's own words: 'She calls it "brutal, just brutal"', 'He calls it "the perfect race"')
# ... or the title of a programme, a publication or a work, named right after what it is: 'in the SRF-broadcast „sportlive“',
# 'on the podcast "Running Shorts"', 'his book "Mile Men"' (a few words: not 'told the programme "I was ready for it today"')
MEDIUM_BEFORE = re.compile(r"\b(?:broadcast|programme|program|show|podcast|documentary|film|book|magazine|newspaper|column|series|"
                           r"episode|blog|album|song|newsletter|[ée]mission)\s+$", re.IGNORECASE)  # ("the emission « Tout le sport »", French)
MEDIUM_TITLE_WORDS = 4  # words at most of a title so named
SPEECH_TO_MEDIUM_BEFORE = re.compile(r"\b(?:told|tells|said|says|wrote|writes|posted|on)\s+(?:the\s+|her\s+|his\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# ... or a name said right after it to be one: '”Piu”, as dos Santos is called', '"Duracell," as he is known in the club'
NAME_SO_CALLED_AFTER = re.compile(r"[,\s]*as\s+(?:[\w'’.-]+\s+){1,4}(?:is|was|are|were|gets|got)\s+(?:also\s+|often\s+|widely\s+|"
                                  r"affectionately\s+|simply\s+|usually\s+)?(?:called|known|nicknamed|dubbed)\b(?!\s+(?:to|over|onto|on|up|out|for|into|by|as)\b)", re.IGNORECASE)
CALLED_NAME_WORDS = 6  # words at most of a name or a term so called ("the fastest 10K on the planet")
WORD = re.compile(rf"[{UPPER}{LOWER}0-9]+(?:[{APOS}][{LOWER}]+)?")
CAPITAL_WORD = re.compile(rf"\b[{UPPER}][{LOWER}]+")  # a capitalised word
LOWER_WORD = re.compile(rf"\b[{LOWER}]+\b")  # a word in lower case
# the end of a word that says it is spoken, a pronoun's contraction: "We'll", "I'm", "you've" (not a possessive's "'s")
CONTRACTION_END = re.compile(rf"[{APOS}](?:ll|re|ve|m|d)$", re.IGNORECASE)

# ---- sentences and paragraphs -------------------------------------------------------------

PARAGRAPH = re.compile(r"[^\r\n]+")
# a sentence end: '.', '!', '?', '…' (with closing quotes and brackets) followed by space and a capital,
# quote or digit; not after an initial ("J. Cole") or a known abbreviation ("Ore.", "Mr.", "U.S.")
TIME_THEN_DASH_BEFORE = re.compile(r"[.:,]\d\d[ \t]+[–—][ \t]+$")  # the row before's time and a dash: "3:48.62 – " (`segment`)
SENTENCE_END = re.compile(rf"(?<=[.!?…])[”\"’')\]]*(?=\s+[“\"‘'(]?[{UPPER}0-9])")
# an ellipsis for the rows a list run together leaves out, after a row's separator and before the next row's number: "5. Edwin
# Kimutai Koech (KEN) 2:07:55; ... 11. Mathieu Levasseur (FRA) 2:11:47" (no sentence's end: `segment`)
ROWS_LEFT_OUT_BEFORE = re.compile(r"[;,][ \t]*(?:\.{3}|…)$")
ROW_NUMBER_AT = re.compile(r"\d{1,2}\.[ \t]")
# initials run together before a surname, as Indian names write them: "O.P" of "O.P. Jaisha", "P.T" of "P.T. Usha"
RUN_OF_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr st jr sr prof gen sgt capt lt col hon vs etc no nos approx est fig
    ore calif fla mass ariz colo conn ill ind kan minn mich miss mo neb nev okla penn tenn tex va wash wis mont ft mt
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k
    """.split()
)

# ---- single-word names: what makes a lone capitalised word a person --------------------

# words that open sentences and are capitalised only for that: "Past Ingebritsson", "Behind Kerr"
SENTENCE_OPENERS = frozenset(
    """
    past behind beyond despite like unlike among amid ahead following inside outside alongside besides
    having being meanwhile elsewhere later earlier afterwards instead perhaps indeed still today tonight
    yes no so then now well even just only once twice thrice again already finally still asked told speaking talking
    disappointed delighted frustrated exhausted elated relieved encouraged satisfied thrilled buoyed boosted inspired
    determined undeterred unfazed unbeaten undefeated dejected heartbroken beaten fancied favoured favored injured
    teen teenager youngster veteran rookie newcomer pacesetter pacemaker pacer hare rabbit
    remember imagine forget watch meet congrats thanks
    won wins triumphed finished followed
    sadly unfortunately fortunately happily luckily thankfully eventually ultimately surprisingly remarkably
    incredibly inevitably predictably naturally notably interestingly crucially typically similarly understandably
    """.split()
)
PERSON_CLAUSE_AFTER = re.compile(r"\s*,?\s+(?:who|whose)\b|\s+(?:ran|won|clocked|finished|was\s+(?:second|third|fourth|fifth))\b")  # (a person's clause)
TOLD_OUTLET_AFTER = re.compile(r"(?:\s+(?:after|before|following|on|at|during|ahead\s+of)\b|\s*[.;!?]|\s*,(?!\s*(?:who|whose|which|that)\b))")  # (the
# told word's clause ended after it: "told Dawn after receiving", not "told Kipchoge, who won", "told Sambu to push", "told Gidey that")
TOLD_RIGHT_BEFORE = re.compile(r"\b(?!(?:has|had|have|was|is|were|be|been)\b)[A-Za-z][\w'’-]*\s+told\s+$")  # ... nor a paper told by
# one named before: "Naeem told Dawn" (not a speaker after the verb, as translated copy puts one: '," told Smidt', "has told Didà")
# a mark's abbreviation, no one's name: "Saturday night's Night of 10,000m PBs was the usual glorious chaos"
MARK_ABBREVIATIONS = frozenset("PB PBs SB SBs PR PRs WR WRs NR NRs WL WLs".split())
# a word shape that is not a given name: "Approaching", "Surpassing"
OPENER_SHAPE = re.compile(r"^[A-Z][a-z]{3,}ing$")
# what may follow a person's name, not a thing's named after one: punctuation, or a verb ("The Tricolour Agathe Guillemot,
# eighth", "the Boulonnais Jimmy Gressier finished"; not "The Mary Decker Slaney mile record", "The Juan Carlos Higuero record")
PERSON_NAME_ENDS = re.compile(
    r"[’']s\b|\s*[,.;:!?)]|\s+(?:[a-z]+ed|won|ran|was|is|took|set|led|came|had|has|made|said|says|finished|crossed|stayed|kept|held|"
    r"broke|fell|did|got|went|became|finishes|wins|runs|takes|leads|comes|goes|clocked|clocks)\b")
# a post's department glued to the name after it: "Head of Performance Claire Whitmore", "Director of Coaching Tom Smith"
POST_OF_BEFORE = re.compile(r"\b(?:head|director|chief)\s+of\s+$", re.IGNORECASE)  # (not "manager of Soufiane El Bakkali": his)
# a single capitalised word acting as a person: "Kerr said", "Nugus finished third", "said Ingebritsson"
# a subject, a relative clause set off after it (commas of places allowed), then a speech verb: "Mark Wetmore,
# who coaches Hiltz in Boulder, Colorado, said the key had been patience"
RELATIVE_THEN_SAID_AFTER = re.compile(rf"^,\s+who\b[^.;:!?“”\"]{{1,120}}?,\s+(?:{SPEECH_VERBS})\b")
# a bracket after a name naming the club or country: "Mark English (Finn Valley AC)", "English (IRL)"
CLUB_BRACKET_AFTER = re.compile(r" \((?-i:[A-Z])")
# a hometown after a name, with its state or province, set off by commas: " of Markham, Ont.," " of Provo, Utah,"
HOMETOWN_IN_GAP = re.compile(r"\s+of\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2},\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?,")
# a name acting, a verb right after it: "as Jakob Ingebrigtsen swept past to win", "Gidey pushed" (not "pacemaker Patryk
# Sieradzki through a brisk opening lap")
NAME_ACTS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|ran|won|took|swept|went|came|kept|led|held|made|got|hit|set|"
                             r"beat|broke|kicked|moved|surged|pulled|stormed|sprinted|closed|finished|crossed|was|is|had|has)\b")
PERSON_VERB_AFTER = re.compile(
    rf"^(?:[{APOS}]s)?,?\s+(?:(?:also|then|still|again|later|finally|already|never|had|has|have|was|is|would|will|could|can|did|does|somehow|[a-z]+ly)\s+)?"
    rf"(?:{SPEECH_VERBS}|(?:did|does|do|could|would|can|will)\s+not\s+[a-z]+|ran|runs|run|won|wins|finished|finishes|clocked|clocks|led|leads|took|takes|was|is|has|had|beat|beats|"
    r"set|sets|made|makes|will|would|could|can|couldn['’]t|didn['’]t|wasn['’]t|isn['’]t|hasn['’]t|surprised|matched|"
    r"capitali[sz]ed|fought|moved|surged|kicked|passed|overtook|stayed|settled|stumbled|fell|dropped|pulled|"
    r"responded|crossed|came|ended|opened|closed|held|hit|went|broke|equalled|equaled|dipped|returned|raced|competed|"
    r"struggled|faded|launched|sprinted|powered|claimed|earned|secured|added|believes|believed|covered|covers|accelerated|burst|"
    r"(?:got|grabbed|bagged|placed)(?=\s+(?:\d[\d:.,]*\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|gold|silver|bronze)\b)|"
    # ("Kipkoech got 2:07:02 second place", translated, "Josh got silver in 3:27.79": a place won; not "Garmin got 2:01:08 on his watch")
    r"blasted|unleashed|pushed|chased|trailed|(?:drew|forged|stretched|strode|charged|eased)\s+(?:clear|away|ahead)|"
    r"drew\s+(?:level|alongside)|"
    r"puts?\s+it|"  # "Jason Simpson put it more simply. "...," he said"
    r"praised|hailed|lauded|applauded|credited|thanked|congratulated|welcomed|watched|cheered|celebrated|paused|nodded|shrugged|stood)\b",
    re.IGNORECASE,
)
# a speech verb right before a name in its paragraph ("said Ingebritsson", '," said\nOkafor'; not a byline's "9 comments" over a
# blank line and "Short version: 2:59:14")
PERSON_VERB_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})(?:[^\S\n]+(?:an?|the)[^\S\n]+\w+)?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)\Z", re.IGNORECASE)
# an article and lower-case words before a single capitalised word make it a description, not a
# name: "The 23-year-old Dubliner crossed the line", "the Aucklander"
DESCRIPTION_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z\d][\w-]*\s+){0,3}$")
# the rest of a sentence from a point, to its full stop (a decimal's point aside)
SENTENCE_REST = re.compile(r"(?:[^.!?\n]|\.(?=\d))*")
# where a name comes from and an aside set off after it, before its verb: "P U Chithra of Kerala, a two-time Asian champion,
# finished fourth"
NAME_TRAILER_AFTER = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:,\s+[^,;.:!?()]{1,50},)?")
# a place of two or three words after "in", "at" or "near", ending a phrase: "in Santa Pola", "at Glasgow Green."
TOWN_AFTER_IN = re.compile(r"\b(?:in|at|near)\s+(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})(?=\s*[,.;:)!?\"”’|]|\s+[a-z]|\s*$)")
# the town after a venue, set off by a comma: "Stadio Olimpico, Rome, June 7-12", "Hayward Field, Eugene"
TOWN_AFTER_VENUE = re.compile(
    r"\b(?:Stadium|Stadio|Estadio|Stadion|Stade|Arena|Park|Field|Centre|Center|Olimpico|Olympique|Dome)\b[^,\n]{0,30},\s+"
    r"(?P<town>[A-Z][\w’'-]+)(?=\s*[,\n(]|\s*$|\s+[–—-]\s)"
)
# a single capitalised word said as a place: "in Eugene", "to Paris", "on the streets of Seville"
PLACE_WORD_AFTER = re.compile(r"\b(?:in|at|to|from|near|(?:streets|roads|city|town|outskirts|heart)\s+of|(?:(?:Half[\s-]+)?Marathon|Games|Capital)\s+of)"
                              r"\s+([A-Z][\w’'-]+)\b")
# a preposition before a single capitalised word makes it a place: "in Eugene", "to Paris", "the Marathon of Lima" (translated)
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|across|around|outside|inside|into|across|toward|towards|via|since)\s+$", re.IGNORECASE)


# ---- attaching a time or a quote to an athlete ----------------------------------------------

# a mention that is the object of the sentence, not its subject: "beat world champion Mary Moraa",
# "ahead of Ingebrigtsen", "from Kipsang and Ingebrigtsen", "behind Sha’Carri Richardson",
# "won in 53,07 before the Jamaican Rushell Clayton", "holding off New Mexico's Weini Kelati", "beat world
# 5,000 meters record holder Gudaf Tsegay" (not across a verb: "of men the victory took Patryk Sieradzki")
# capitalised words of a title before a name: "Olympic champion", "British record holder"
_TITLE_WORDS = (
    r"Olympic|Olympian|World|European|Commonwealth|British|American|Kenyan|Ethiopian|Norwegian|Jamaican|Dutch|French|Spanish|"
    r"Polish|Irish|Scottish|Swedish|Danish|Italian|German|Belgian|Swiss|Ugandan|Australian|Canadian|Japanese|Chinese|"
    # a competition's word with its title after it: "Commonwealth Games champion", "Diamond League champion" (not "Back from
    # the Commonwealth Games Ollie Hoare won")
    r"(?:Games|Diamond\s+League|League|Indoor|Cup|Championships?|Trials)\s+(?:champion|medall?ist|winner|titleholder)"
)
# ... a rival beaten, said with an age: "held off 17-year-old Cameron Myers" (not "a fine run from 64-year-old Keith Bramhall")
OBJECT_AGE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:ed|s|ing)|held\s+off|holding\s+off|holds?\s+off|ahead\s+of|clear\s+of|edg(?:ed|ing|es)(?:\s+out)?|"
    r"outkick(?:ed|ing|s)?|pipp(?:ed|ing)|caught|overhaul(?:ed|ing|s)?|out-?sprint(?:ed|s|ing)?|in\s+front\s+of)\s+(?:the\s+)?\d{1,2}-year-old\s+$",
    re.IGNORECASE,
)
# a conjunction right before a name after an object's cue, which may open the name's own clause: "ran the third best mark of
# all time and Amane Berisso won in 2:14:58" (when a verb follows the name; not "ahead of Smith and Jones")
CLAUSE_AND_BEFORE = re.compile(r"\b(?:and|but|while|whereas)\s+$", re.IGNORECASE)
OBJECT_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:ed|s|ing)?|takes?\s+down|took\s+down|taking\s+down|broke|breaks|breaking|smash(?:ed|es|ing)|"
    r"eclips(?:ed|es|ing)|eras(?:ed|es|ing)|lower(?:ed|s|ing)|better(?:ed|s|ing)|improv(?:ed|es|ing)\s+on|ahead\s+of|behind|from(?!\s+(?:there|here|now)\b)|past|over|than|since|with(?!\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:distance|margin|gap|lead|ease)\b)|against|(?<=asked\s)about|(?<=question\s)about|(?<=questions\s)about|(?<=talk\s)about|(?<=talked\s)about|(?<=talking\s)about|(?<=spoke\s)about|(?<=speaking\s)about|den(?:y|ied|ies|ying)|"
    r"clear\s+of|down\s+on|up\s+on|(?:metres|meters|seconds|secs|strides|yards|lead|gap|advantage|margin)\s+on|out-kick(?:ed|ing|s)?|caught|catching|catches|overhaul(?:ed|ing|s)?|shak(?:ing|e|es)\s+off|shook\s+off|dropped|dropping|edged\s+out|ran\s+down|runs\s+down|running\s+down|(?<=to\s)run\s+down|reel(?:ed|ing|s)\s+in|chas(?:ed|ing|es)\s+down|holds?\s+off|(?<=\d\s)before|(?<=\d,\s)before|(?<=\d\)\s)before|(?<=seconds\s)before|(?<=minutes\s)before|(?<=hours\s)before|in\s+front\s+of|out-?sprint(?:ed|s|ing)?|overt(?:ook|aking|akes)|edg(?:ed|ing|es)(?:\s+out)?|outkick(?:ed|ing|s)?|out-?leaned|held\s+off|holding\s+off|"
    r"pipp(?:ed|ing)|pass(?:ed|es|ing)?|overt(?:ake|akes|aking|ook|aken)|surpass(?:ed|ing)|join(?:s|ed|ing)?|(?:runner-up|second|third)\s+to|(?:lost|losing|loses|lose|bowed|succumbed)\s+to|(?<![Vv]ictory\s)(?<![Ww]in\s)(?<![Tt]riumph\s)(?<![Vv]ictory\sis\s)(?<![Ww]in\sis\s)(?<![Ll]ap\s)(?<![Ss]plit\s)(?<!City\s)(?<!Borough\s)(?<!County\s)(?<!University\s)(?<!College\s)of(?!\s+the\s+(?:men|women)\s)(?!\s+\d[\d,.]*\s?(?:km|k|m|metres|meters|miles?|kilomet(?:re|er)s?)\s[^,;]*$)|like|alongside)\s+"  # (not "In the 1500 meters of the men the pacemaker X", translated; nor "In the race of 10 km Samuel Chebii won", a race's distance; nor "the victory of Gloria Hooper in 11"41", "the win is of the kenyan Margaret Chepngetich in 26:52": hers; nor
# "the last 1 lap of Gressie was 53 seconds 6"; nor a club's own "of": "City of Derry Spartans' Gary Doherty won")
    # (a conjunction opens another clause, its own subject after it: "placed his attack at 200 m from the arrival but Cheruiyot,
    # author of a last lap in 56''2, resisted")
    rf"(?:(?!(?:took|takes|was|were|is|are|won|wins|ran|runs|finished|came|comes|goes|went|clocked|had|has|but|while|whilst|whereas|yet)\s)(?:[a-z][\w’'-]*|{_TITLE_WORDS}|the|"
    r"(?:[A-Z][a-z]+\s+){0,2}[A-Z](?:[a-z]+|[A-Z&]+)(?:['’]s|s['’])|\d[\d,.]*\d(?:m|km)?|[JFMVW]\d\d(?!\s+(?:category|race|class|age|group|section|title)\b))\s+){0,5}$"  # "holding off Britain's
# world 1,500m champion X", "clear of South London Harriers' X", "clear of UCC's X", "behind the M45 Gareth Lowe", "ahead of the F45 record holder
# Mary Roe" (a masters' age class; not "The champion of the F35 category Anna Bell won")
)
# one let do something, the doer of it but not the sentence's subject a later pronoun stands for: "Chebet ... let Lilian Kasait
# set the pace through 3,000m in 9:12.4 before pulling away. She covered her last 400m in 61.8" (she is Chebet)
LET_BEFORE = re.compile(r"\b(?:let|lets|letting|allow(?:s|ed|ing)?)\s+$", re.IGNORECASE)
# ... or a description of one, a name in apposition after it (set off by commas on both sides, which the caller sees): "pulled
# away from the defending champion, Hellen Obiri, inside the final 800 meters" (not "One of them, Eilidh Rennie, said")
PERSON_HEAD_BEFORE_COMMA = re.compile(r"\b(?:pacemaker|pacer|rabbit|hare|leader|champion|favou?rite|winner|holder|compatriot|team-?mate|"
                                      r"rival|countryman|countrywoman|runner|Kenyan|Ethiopian|Ugandan|Briton|American),\s+$", re.IGNORECASE)
AMONG_THEM_BEFORE = re.compile(r",\s+among\s+(?:them|whom)\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?$", re.IGNORECASE)  # "two rivals,
# among them the Irish Ciara Mageean"
OBJECT_APPOSITION_BEFORE = re.compile(
    r"\b(?:beat(?:s|ing)?|defeat(?:ed|s|ing)?|from|ahead\s+of|behind|past|clear\s+of|in\s+front\s+of|over|edg(?:ed|ing)(?:\s+out)?|"
    r"held\s+off|holding\s+off|outkick(?:ed|ing)|out-?sprint(?:ed|ing)|pipp(?:ed|ing)|overt(?:ook|aking)|pass(?:ed|ing)|caught|"
    r"dropp(?:ed|ing))\s+(?:the|an?|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+$", re.IGNORECASE)
# ... or the one spoken to, after capitalised words at most (an outlet, a title): "speaking to BBC Sport's Gabby Logan",
# "told Athletics Weekly's Euan Crumley" (not "told reporters Kerr had been ill": the name starts a clause of its own; nor
# translated copy's speaker after its verb, '», has told St. Pierre in the mixed zone'; nor the passive's "The crowd was told
# Josh Kerr had won")
SPOKEN_TO_BEFORE = re.compile(
    r"\b(?:(?:speaking|talking|chatting|spoke|talked|speaks|talks|said|says)\s+to|(?<!\bhas\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?:told|telling|tells)|"
    r"interviewed\s+by|asked\s+by)\s+"
    r"(?:(?:the|[A-Z][\w’'.-]*)\s+){0,4}$"
)
# ... or one beaten, a nationality before the name: "kicking clear of Briton George Mills", "in front of the Ukrainian Anna
# Ryzhykova" (not "the property of the Moroccan Hicham El Guerrouj", the "of" of an owner)
OBJECT_DEMONYM_BEFORE = re.compile(
    rf"\b(?:clear\s+of|ahead\s+of|in\s+front\s+of|beat|beats|beating|defeat(?:ed|s|ing)?|past|held\s+off|holding\s+off|edg(?:ed|ing)\s+out|"
    rf"outkick(?:ed|ing)?|overt(?:ook|aking))\s+(?:the\s+)?{_DEMONYM_SHAPE}\s+$",
    re.IGNORECASE,
)
# the second of two objects: "beating Kenya's Timothy Cheruiyot and newly crowned world champion Jake Wightman", "surged past
# the Ethiopian pair of Yomif Kejelcha and Selemon Barega"
# a rival gone by, named right after: "He went by Gagnon on the final bend" (not "The kilometres went by quickly and Kiptum won")
WENT_BY_BEFORE = re.compile(r"\b(?:went|goes|going)\s+by\s+$", re.IGNORECASE)
# a rival named right after the verb with school and class year, as US college copy does: "pulling away from Nebraska senior X"
OBJECT_SCHOOL_BEFORE = re.compile(
    r"\b(?:away\s+from|from|past|ahead\s+of|clear\s+of|in\s+front\s+of|behind|beat|beats|beating|defeated|defeating|edged|edging|outkicked|outkicking|held\s+off|"
    r"holding\s+off|run\s+down|ran\s+down|running\s+down)\s+(?:(?-i:[A-Z][\w’'-]+)\s+){1,2}(?:freshman|sophomore|junior|senior|redshirt)\s+$",
    re.IGNORECASE)
COORDINATED_OBJECT_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:ed|s|ing)?|ahead\s+of|in\s+front\s+of|clear\s+of|hold(?:s|ing)?\s+off|held\s+off|join(?:s|ed|ing)?|"
    r"edg(?:ed|ing|es)\s+out|out-?kick(?:ed|ing|s)?|out-?sprint(?:ed|ing|s)?|past|overt(?:ook|aking|akes)|"
    r"(?:comparisons?|questions?|talk|asked)\s+(?:with|about|on))\s+"  # "laughs off the comparison with Jake Wightman and Josh Kerr"
    r"(?:[\w’'.-]+\s+){1,5}?[\w’'.-]+,?\s+and\s+(?:(?!(?:while|as|but|when|whereas|after|before|although|though)\s)"
    rf"(?:[a-z][\w’'-]*|{_TITLE_WORDS}|[A-Z][a-z]+['’]s)\s+){{0,5}}$"  # "... and Olympic champion Selemon Barega"
)
# a possessive's time after its adjectives: "Yohan Blake's famous 9.75", "Bolt's astonishing 9.58"
# (no verb between: "Mu's halves were 57.15 and 58.06" are splits)
POSSESSIVE_ADJECTIVES_GAP = re.compile(r"[’']s?\s+(?:(?!(?:was|were|is|are|has|had|came|stood|stands|remains|read)\b)(?-i:[a-z][a-z-]*)\s+){1,2}")
# ... or a closing or opening stretch of theirs told before the time: "Beamish's final 200m was measured at 25.9", "Kerr's last
# lap in 53.1"
POSSESSIVE_STRETCH_GAP = re.compile(
    r"[’']s?\s+(?:last|final|closing|opening|first)\s+(?:\d[\d,]*\s?(?:m|metres?|meters?|km|k)|lap|kilomet(?:re|er)|mile|quarter)"
    r"(?:\s+(?:was|took|lasted|needed))?(?:\s+(?:timed|clocked|measured|covered|run))?(?:\s+(?:at|in))?\s*$", re.IGNORECASE)
# a possessive's mark with its time after "of": "Kratochvilova's 41-year-old record of" (a later time is someone else's:
# "with 49.24")
POSSESSIVE_MARK_OF = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,3}?(?:record|mark|best|time)\s+of\s+", re.IGNORECASE)
# ... or, the time after "with", the record's: "who took Paula Radcliffe's British record with 14:28.55" (the taker's time)
TAKING_VERB_BEFORE = re.compile(r"\b(?:took|taken|taking|broke|broken|breaking|claimed|lowered|erased|bettered|smashed|snatched|"
                                r"stole|beat|beaten|improved)\s+$", re.IGNORECASE)  # (the possessive after it: "took Paula Radcliffe's")
RECORD_TAKEN_WITH = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,3}?(?:record|mark|best)\s+with\s+(?:a\s+|an\s+)?", re.IGNORECASE)
WITH_TIME_BEFORE = re.compile(r"\s+with\s+", re.IGNORECASE)  # (fullmatch between the two times)
# the members of a group, named in a list of names: "a chasing group which also contained Benson Kipruto, Emile Cairess and
# Japan's Akira Akasaki" (names only: not "The race included a slow first lap and Kerr won")
GROUP_MEMBERS_BEFORE = re.compile(r"\b(?:contain(?:s|ed|ing)|includ(?:es|ed|ing))\s+(?:(?:[A-Z][\w’'.-]*,?|and|the)\s+){0,10}$")
# a possessive that owns the time: "Kerr’s winning time of", "Nugus’s world-leading time"
TIME_NOUN_AFTER_POSSESSIVE = re.compile(
    r"^[’']s?\s+(?:[\w-]+\s+){0,3}?(?:time|times|mark|record|best|run|effort|clocking|victory|win|PB|split|lap)\b",
    re.IGNORECASE,
)
# what may stand between a name and its own time: "Kerr 3:45.34", "Kerr (GBR) 3:45.34", "Hull, 3:52.56",
# "Megertu Alemu fourth in 2:16:34", "Magdalena Shauri of Tanzania third in", "dos Santos clocking 47.28",
# "Kyron McMaster of the British Virgin Islands, 48,02", "Cole Hocker, Oregon, 3:55.12" (a results line with the athlete's team), "with Swoboda taking bronze in",
# "with Kerr 0.28 seconds behind in", "Blake third (6.56)", "with Gebreselama hanging on for second in",
# "with Jamaica's Kishane Thompson winning in", "and of Abdessamad Oukhelfen, bronze with 28:11,90" (translated) (a club runner unattached: "with Ben Aldous (unattached) second in")
ADJACENT_GAP = re.compile(
    rf"^[’']?s?(?:\s*\([A-Z]{{3}}\)|\s*\((?:unattached|unatt\.?|guest|independent)\)|\s*\(\d{{1,2}}\s*=\s*[^()\n]{{1,40}}\)|\s*\([A-Z]{{3}}(?=,\s*$)|\s*\((?:(?:[A-Z][\w.'’&-]*|&|with|de|du|des|la|le|di|da|del|course)\s?){{1,5}}\)|\s*\((?:(?:[A-Z][\w.'’&-]*|&|with)\s?){{1,5}}(?=,\s*$)|\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){{0,2}}|[A-Z]{{2,3}}\b)|"
    rf",\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}}(?=,\s*\d))?\s*[(,:–-]?\s*"
    rf"(?:(?:was|is|came|finished|placed|took|a|the|(?:came\s+|(?:well\s+|further\s+)?back\s+)?in(?=\s+(?:{_ORD})\b)|(?:hanging|holding)\s+on\s+(?:for|to|in)|settling\s+for)\s+)?"
    rf"(?:(?:a\s+)?(?:distant|close|fine|comfortable|strong|clear)\s+)?"  # ("Reynold Cheruiyot in fourth (3:34.50)", "with
    # Nadia Power back in third in 4:15.80")
    rf"(?P<ord>(?:{_ORD})(?:\s+place)?(?:\s+among\s+(?:the\s+)?(?:men|women))?,?\s+)?"  # ("fifth among men in"; not "third among
    # Quebecers", a rank among home runners)
    rf"(?P<medal>(?:taking|grabbing|claiming|bagging|earning|collecting|winning|(?:hanging|holding)\s+on\s+for)\s+(?:the\s+)?(?:gold|silver|bronze)(?:\s+medal)?\s+|"
    rf"(?<=,\s)(?:gold|silver|bronze)\s+|"  # a bare medal set off after the name
    rf"(?:rounding\s+out|completing)\s+the\s+podium\s+)?"
    rf"(?P<margin>(?:a\s+(?:further|mere)\s+|(?:just|only|barely|some|about|nearly|almost)\s+)?"
    rf"(?:(?:\d+(?:\.\d+)?|{_NUM_WORD})\s*(?:seconds?|secs?|s|strides?)?|(?:a|one)\s+(?:stride|step))\s+"
    r"(?:further\s+)?(?:behind|back|adrift|down)\s+)?"  # ("with Clayton Young two strides behind in 2:09:07", a finish's margin;
    # "a step back"; not metres or steps, a gap during the race: "with Kiplimo 50 metres behind in 1:27:30" is the leader's split)
    rf"(?P<verb>(?:[a-z]+ing\s+(?:them|him|her|the\s+pair|the\s+two)\s+|winning\s+)?(?:in|with|at|on|clocking|clocked|running|ran|timing|timed|posting|recording)\s+)?"
    r"(?:(?:a|an)\s+(?:time\s+of|(?:personal\s+best|season['’]s\s+best|national\s+record|[\w-]+\s+record)(?:\s+of)?)\s+)?\(?$"
)
# a time set off as the last one named's by a possessive pronoun: "with Diribe Welteji a second back in third, her
# 3:53.77 a season's best" (not "beat Ingebrigtsen with his 3:27.79")
PRONOUN_OWNS_TIME_BEFORE = re.compile(r",\s+(?P<pron>her|his)\s+$", re.IGNORECASE)
# two times paired as two rivals' ("Almgren edging Aregawi for bronze, 27:59.70 to 28:00.12", translated "has beaten in a
# sprint El Bakkali: 8'06"44 against 8:07.02"): after the first, before the second
PAIRED_TIME_AFTER = re.compile(r"\s+(?:to|against|versus|vs\.?)\s+(?=\d)")
PAIRED_TIME_BEFORE = re.compile(r"\d\s+(?:to|against|versus|vs\.?)\s+$")
# the rival a runner beat, named right after the verb: the second time of a pair after it is theirs ("outsprinted Sheila
# Chelangat of KDF to win in 31:18.62 against 31:20.05")
# a pair's second time dated after it, an earlier race's: "3:30.21 against 3:31.50 in the same race last year", "in 1:41.11 against
# 1:42.50 in Rome a month ago"; or a best improved before the pair, its owner's own: "improved his best by two seconds, 7:22.91
# against 7:25.47"
EARLIER_RACE_AFTER_PAIR = re.compile(
    r"\s+(?:in\s+the\s+same\s+(?:race|meeting|event|final)\s+)?(?:last\s+(?:year|season|summer|time)\b|a\s+(?:year|month|week)\s+(?:ago|earlier)\b"
    r"|in\s+(?:19|20)\d\d\b|(?:in|at)\s+(?-i:[A-Z])[\w'’-]+\s+(?:last\s+\w+|(?:a|one|two|three|four|five|six)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier))\b)",
    re.IGNORECASE)
IMPROVED_BEFORE_PAIR = re.compile(r"\b(?:improv(?:ed|ing)|lower(?:ed|ing)|better(?:ed|ing))\s+(?:his|her|their)\s+(?:[\w’'-]+\s+)?(?:best|record|PB|PR)\b[^.;]*$",
                                  re.IGNORECASE)
# ... the pair right after the rival's clause, with no other clause between: "... Sheila Chelangat of KDF to win in" (not "held off
# Yomif Kejelcha and improved his best by two seconds, 7:22.91 against 7:25.47", his own)
BEATEN_RIVAL_GAP = re.compile(r"[^,;:.]{0,40}?\b(?:to\s+win\s+)?in\s+"
                              # (or her win's margin, the pair after a comma: "chased down Ethiopia's Gudaf Tsegay in the last 20
                              # meters of the women's 3,000 and won by one hundredth of a second, 8:20.87 to 8:20.88")
                              r"|(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,80}?\band\s+won\s+by\s+[^,;:.]{1,40}?,\s+", re.IGNORECASE)
BEATEN_RIVAL_BEFORE = re.compile(
    r"\b(?:out-?(?:sprinted|kicked|leaned|dipped|lunged|ran|paced)|(?:held|holding)\s+off|edged(?:\s+out)?|pipped|beat|beating|overtook|"
    r"overtaking|(?:chased|chasing|ran|running|hunted|hunting)\s+down|reeled\s+in|overhauled)\s+(?:(?:the|an?)\s+)?(?:[A-Z][\w'’-]*\s+)?$")
# a time right before a bracket holding only another time: "32:05 (32:03)" (gun time, then chip time)
TIME_THEN_BRACKET_BEFORE = re.compile(r"\d[:.]\d\d(?:[.,]\d{1,2})?\s*\(\s*$")
# ... or said by a pronoun: "Nokes came off the final turn and edged him at the line, 14:02.11 to 14:02.50", "held her off"
BEATEN_PRONOUN = re.compile(  # (not negated, "never caught him"; nor a possessive "her", "beat her personal best")
    r"(?<!never\s)(?<!not\s)(?<!n't\s)\b(?:(?:out-?(?:sprinted|kicked|leaned|dipped|lunged|ran)|(?:held|holding)\s+off|edged(?:\s+out)?|pipped|"
    r"beat|beating|overtook|overtaking|caught|passed)\s+|(?:held|holding)\s+(?=(?:him|her)\s+off\b))(?P<pron>him|her)\b"
    r"(?=\s*(?:[,.;:]|$|(?:at|in|on|off|down|out|to|with|by|for|near|close|again|too|there|as|and|before|after|up|over)\b))")
# the rival a pair's second time is of, named after it: "held on, 1:41.19 to 1:41.20, from a fast-finishing Marco Arop"
PAIR_RIVAL_AFTER = re.compile(r",?\s+(?:from|over|ahead\s+of|against)\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,2}")
# what opens a clause of its own after two runners named: "... shoulder to shoulder and Lumb got his chest to the line first",
# "... before Koech dipped first", "..., with Koech getting his chest to the line first"
# ... whose subject wins: "Lumb got his chest to the line first", "Koech dipped first" (not "Mu faded", "with Mu a close second")
WINNING_VERB_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:got|gets|dipped|dips|edged|edges|won|wins|held|holds|pipped|prevailed|leaned|lunged|took|takes|outkicked|"
    r"outleaned|crossed|reached|hit)\b", re.IGNORECASE)
LATER_CLAUSE_OPENER = re.compile(r"\s(?:and|but|before|until|till|as|when|with)\s", re.IGNORECASE)
# what opens a later main clause of a sentence, with a subject of its own: "Lewis won the 100m, and McAvaney described"
LATER_CLAUSE_OPENING = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+", re.IGNORECASE)
# what opens a new clause, whose names the pair's are not: "Messaoudi looked in control, but Nokes edged him"
# a title won again, its earlier win told after it: "clocking 3:54.86 to regain the title she first won in Belgrade three years ago"
TITLE_AGAIN_AFTER = re.compile(r"\bto\s+(?:regain|retain|reclaim|defend|keep)\s+(?:the|her|his|their)\s+(?:[\w-]+\s+){0,2}(?:title|crown)\s+"
                               r"(?:that\s+|which\s+)?(?:she|he|they)\s+(?:had\s+)?(?:first|last|previously)\s+(?:won|held|took|lost|claimed)\b[^,;.]*",
                               re.IGNORECASE)  # (its own clause only: not "to retain her title last year", "to retain the title he had won
# in 2017, at the 2019 championships in Doha")
RECORD_WORD = re.compile(r"\brecords?\b", re.IGNORECASE)
# a month an aside goes on to, past its place: ", Oregon, in July," after "who lowered her own world record to 3:48.68 in Eugene"
ASIDE_DATED_AFTER = re.compile(rf",\s+(?:(?-i:[A-Z][\w.’'-]+)(?:\s+(?-i:[A-Z][\w.’'-]+))?,\s+)?(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?P<month>{MONTHS})\b(?!\s*,?\s*\d)")
CLAUSE_BREAK = re.compile(r";|:|\bbut\b|\bwhile\b|\bwhereas\b|\bas\b", re.IGNORECASE)
# the punctuation that sets a sentence's stretches apart
PUNCTUATION_BREAK = re.compile(r"[;–—]|[,:](?!\d)")  # (not the comma of "10,000", the colon of "3:45.34")
# what opens a later clause of a sentence, whose sex cue is not for the times before it ("won in 58:22, while
# Agnes Ngetich took the women's race", "in which his compatriot Gidey won the female race", "and Guidey dominates between the
# women", its "and" only before a race's sex, `THE_SEX_BEFORE`); not the colon of a clock time
THE_SEX_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # a race's sex: "between the women", "won the female race"
LATER_CLAUSE = re.compile(r";|(?<!\d):(?!\d)|\b(?:but|while|whereas|(?:in|during)\s+which)\b|\band\s+(?=(?-i:[A-Z])[a-z])", re.IGNORECASE)
# a later clause of another race of the same runner: "was 6th in 15:40.12 and then had the nerve to run Winchester parkrun in"
THEN_CLAUSE = re.compile(r"\band\s+then\b|\bthen\s+(?:went|ran|had|backed|doubled|came)\b|;", re.IGNORECASE)
# a time set off after an object's name, its own: "in front of Tiago Lourenço (Sporting), with 3:42,03"
APPENDED_TIME_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,\s*with\s+")
# a club said in brackets between a name and its time: " (Clonliffe Harriers), "
CLUB_IN_GAP = re.compile(r"\s*\((?:[A-Z][\w.'’&-]*\s?){1,4}\)")
# ... or its club and then its time, in the same brackets: " (Desford Striders, " of "(Desford Striders, 36:40)", "(Woodford
# Green with Essex Ladies, 56:20)"
CLUB_OPEN_IN_GAP = re.compile(r"\s*\((?!(?:Gold|Silver|Bronze)\s*,)(?:(?:[A-Z][\w.'’&-]*|&|with)\s?){1,5},\s*$")  # (not a medal: "(Silver, 13:43.10)")
# the country said between a name and its time: " of Kenya (", " from Tanzania in " (translated), " (KEN) "
COUNTRY_IN_GAP = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2}|[A-Z]{2,3}\b)|\s*\([A-Z]{3}\)|\s*\([A-Z]{3},\s*$")
# "behind" and a description between a place and a name with its time in a bracket (`BRACKET_OPENING`): the place is the
# one behind's, not the name's ("second behind the American Masai Russell (12.31)", "third behind two of the Kenyan
# team's stars, Faith Kipyegon (3:49.04)"; not "In second, a stride behind, was Masai Russell", nor "third behind the
# Kenyan pair, Ejgayehu Taye ran", the subject)
BEHIND_NAME_BEFORE = re.compile(
    r"\b(?:behind|(?<=second\s)to|(?<=runner-up\s)to)\s+(?:(?!(?:was|is|were|came|finished|ran|took)\b)[\w’'-]+\s+){0,6}?(?:[\w’'-]+,\s+)?$",
    re.IGNORECASE)  # ("finishing second to Georgetown graduate student Aidan Kowalczyk (3:58.62)": not Kowalczyk's second) (not across
# an inverted verb: "Finishing second behind the world record holder was Australia's Jessica Hull (3:52.19)")
# a nationality standing for a rival in a "with" phrase: "outsprinted Soufiane El Bakkali, with the Moroccan second in", and
# for the next one: "and the Englishman eighth in 3:34.05"
# ... or a people's word with a "who" clause the time is in: "held off the Canadian, who crossed in 1:43.38"
DESCRIPTION_WHO_BEFORE = re.compile(rf"\bthe\s+(?P<word>(?i:{_COUNTRY_ALT})),\s+who\s+[^,;:.!?()]{{0,40}}$")
WITH_DESCRIPTION = re.compile(rf"(?<!\btogether\s)(?<!\balong\s)\b(?:with|and)\s+the\s+(?P<word>(?i:{_COUNTRY_ALT}))\s+")  # (not a
# companion's: "Abebe passed halfway together with the Kenyan in 1:10:48", Abebe's)
# a relative clause that makes the name before it the subject: "Freweyni Hailu, who was second in 8:24.13",
# "Alexander Mutiso Munyao, a 27-year-old Kenyan running only his third marathon, who broke clear", "Molly Scott
# (St Laurence O'Toole AC), who was second in 7.29", "Madeline Kelly of Pickering, Ont., who was second" (a town's
# province or state abbreviated after it), "Addisu Yihune of Mekelakeya sport club, who finished second", "Abdisa Tola of
# Commercial Bank of Ethiopia who clocked 28:44"
RELATIVE_AFTER = re.compile(
    r"^[’']?s?(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,3}(?:\s+(?:sports?\s+|athletics\s+|running\s+)?club)?"
    r"(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.))?"
    r"|\s*\([^()]{1,40}\))?(?:,[^,.;]{1,80})?"
    r"(?:,?\s+whos?e?\b|,?\s+that\s+(?=(?:(?:has|had)\s+)?(?:was|were|been|finished|came|come|ended|took|taken|crossed|clocked|ran|run|"
    r"stopped|closed|arrived)\b))"  # ", that was second" (translated; Italian copy's "Elisa Fantoni (Atletica Castello) that has closed in
    # 2:35:47", no comma)
)
# a time owned by the name after it: "running 9.784 to the 9.789 of Kishane Thompson", "a final won in
# 3:31.08 by Norway's Jakob Ingebrigtsen", "the 42min59s of the compatriot Kibiwott Kandie", "of the Kenyan Daniel Komen"
TIME_OF_AFTER = re.compile(r"^\s+(?:of|by)\s+(?:[A-Z][\w'’-]*['’]s\s+|(?:the|his|her|their)\s+(?:compatriots?|countrym[ae]n|"
                           r"countrywom[ae]n|team-?mates?|" + _DEMONYM_SHAPE + r")\s+)?$")
# ... or "for" the name or a description of its runner: "12.34 for Samba-Mayela", "12.34 for the Frenchwoman" (the
# description ending its clause: not "13:05 for the Kenyan record", "3:28 for the third time"; no possessive: not "2:20:00
# for Obiri's coach")
TIME_FOR_AFTER = re.compile(r"\s+for\s+(?=the\s|[A-Z])")
DESCRIPTION_ALONE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|\s(?:and|who|while|as)\b)")
# a stretch after a time that dates it: ", set in Chicago in 2018", ", run in Berlin in 2009", ", established in 2019", ",
# signed in 2022" (French and Italian copy translated)
SET_AFTER = re.compile(r"^,?\s+(?:(?:set|run|clocked|achieved|established|created)\s+(?:in|at|on|by|over)\b|signed\s+(?:in|at)\s+(?:[^,;.\d]{1,40}\s)?(?:19|20)\d\d\b)",
                       re.IGNORECASE)  # (not a contract's ", signed by On Running in 2023")
# ... and each time of a list before it: "Only El Guerrouj (3:43.13) and Ngeny (3:43.40), both in that Rome race in
# 1999, have run quicker"
LIST_DATED_AFTER = re.compile(r",\s+(?:both|all|each|all\s+three|the\s+(?:two|three|pair))\s+(?:in|at|on|from|set|run)\b", re.IGNORECASE)
# a bare subject pronoun anywhere before the time: "the Olympic record she set in Tokyo, 3:53.11"
ANY_PRONOUN = re.compile(r"\b(?P<pron>he|she)\b", re.IGNORECASE)
# ... the main clause's subject opening right after the clause's comma, and an object pronoun of a sex after it
CLAUSE_SUBJECT_AFTER = re.compile(r"\s*,\s*(?:(?:only|just)\s+)?")
PRONOUN_OBJECT_OF_SEX = {"men": re.compile(r"\b(?:him|himself)\b", re.IGNORECASE), "women": re.compile(r"\bher\b(?!\s+(?:own\s+)?\w+\b)", re.IGNORECASE)}
# a point's relative clause whose pronoun reached it, right before the time: "By 8km, which he reached in 23:29, only Pwajok
# could stay with him" (the pronoun's runner, not the one named after)
PRONOUN_REACHED_BEFORE = re.compile(r"\b(?:which|that)\s+(?P<pron>he|she)\s+(?:reached|passed|hit|covered|went\s+through|came\s+through)"
                                    r"\s+(?:in\s+|at\s+)?$", re.IGNORECASE)
# "According to him," right before a quote (Nigerian copy's idiom): the one the pronoun stands for says it
ACCORDING_TO_PRONOUN_BEFORE = re.compile(r"\baccording\s+to\s+(?P<pron>him|her)\s*[,:]\s*$", re.IGNORECASE)
# ... or, in a sentence naming nobody, "his own" or "her own" mark right after the time: the time's owner ("Third straight
# Olympic 1500m title and an Olympic record of 3:51.29, beating her own 3:53.11 from Tokyo", a live blog's entry; not "13:31.8
# on his own watch", nor "3:49.04 was safe, but she was happy to beat her own Olympic record")
OWN_PRONOUN_AFTER = re.compile(
    r",?\s+(?:[a-z]+ing\s+(?:on\s+)?)?(?P<pron>his|her)\s+own\s+(?=\d|(?:[\w-]+\s+){0,2}(?:record|best|mark|PB|PR)\b)", re.IGNORECASE)
# what stands between a team or place and the athlete it describes: "Oregon's Teare", "Oregon sophomore Cole Hocker"
MODIFIER_GAP = re.compile(
    r"[’']s?\s+|\s+(?:(?:redshirt|true|distance|middle-distance)\s+)?(?:freshman|sophomore|junior|senior|graduate|teammate|team-mate|"
    r"star|standout|runner|miler|sprinter|hurdler|athlete|native|product|alum|alumnus|alumna)\s+"
)
# ... a school's class year, which no person's name is followed by: "Valor Christian senior Jalen Brooks", "The Fossil Ridge
# junior had run 4:58.30" (the school's, whoever its mentions elsewhere seem to be: "Fossil Ridge pushed it all the way")
CLASS_YEAR_GAP = re.compile(r"\s+(?:(?:redshirt|true)\s+)?(?-i:freshman|sophomore|junior|senior)\s+"
                            r"(?!(?:varsity|high|class|night|college|school|prom|year|day|team|squad)\b)", re.IGNORECASE)  # (not "the
# Kennedy junior varsity squad", "The Grant senior class")
SCHOOL_THE_BEFORE = re.compile(r"\b(?-i:[Tt]he)\s+$")
# ... or a team's coach: "Carroll coach Ryan Dunleavy" (a team only when no mention of it is a person: "Kemei coach Renato
# Canova said Kemei had trained well" is Kemei's coach, as headlines write it)
COACH_GAP = re.compile(r"\s+(?:head\s+|assistant\s+)?coach\s+")
# a town before a state, as US copy names where an athlete comes from: "of Provo, Utah,"
TOWN_BEFORE_STATE = re.compile(r"[A-Z][\w.'’-]+,\s$")
# what sets a person off as a subject between commas: a verb after ("His coach, Alnes, said"), not a
# preposition or an article ("her daughter, Alyn, in 2018")
# a person's club or body right after the name, before what they do: "Her coach, Dave Lindquist of Twin Cities Track Club, was"
OF_AFFILIATION_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[\w'’&.-]*(?:[ \t]+(?-i:[A-Z])[\w'’&.-]*){0,4}(?=,)")
APPOSITION_VERB_AFTER = re.compile(r",\s+(?!and\b|or\b|the\b|an?\b|in\b|at\b|of\b|on\b|for\b|from\b|to\b|with\b)[a-z]{2,}")
# what joins a place word to the next time, whose place it gives: "a final won in 3:31.08"
PLACE_WORD_OF_NEXT_TIME = re.compile(r"\s+(?:in|with)\s+")
# a runner opening a clause of their own after a comma, a participle to their time: ", Kipsang crossing in 28:23.10" (a win said
# before the comma is the main clause's: "Langat closed the deal ... to win by a clear margin, Kipsang crossing in")
ABSOLUTE_CLAUSE_TO_TIME = re.compile(r"\s+(?:crossing|finishing|coming|clocking|home)(?:\s+(?:the\s+line|home))?\s+(?:in|at)\s+$")
# a pronoun right after a time that says who ran it: "the 4:16.85 she ran here in 2021"
PRONOUN_RAN_AFTER = re.compile(r"\s+(?:that\s+)?(?P<pron>he|she)\s+(?:ran|run|set|clocked|recorded|produced)\b", re.IGNORECASE)
# a name that opens a clause of its own after a time: "Hall was fourth in 4:20.75, Katie Snowden ran ..."
# (not one that speaks of the time: "The record, 50.65, stood six weeks; Levrone set it in June")
OWN_CLAUSE_BEFORE = re.compile(r",\s*(?:and\s+|while\s+|but\s+)?(?:[A-Z][\w'’-]*\s+)?$")
# ... or by "before": "through 400m in 62.8 before Faith Kipyegon moved to the front"
# ("Soldier clocks 27:33.81 in Kasarani thriller as Kwemoi misses out": "as", "while", "when" the same)
BEFORE_CLAUSE_BEFORE = re.compile(r"\b(?:before|as|while|when)\s+(?:[A-Z][\w'’-]*['’]s\s+)?$")
# the finite verb of such a clause, right after its subject: "misses", "moved", "was"
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+(?:s|ed)|is|was|were|has|had|will|would|could)\b")
# a clause with its own subject and verb before a time ("Hall was fourth in"): a name after the time,
# in a clause of its own, is not its subject ("At the bell, reached in 2:50.70, Ingebrigtsen was" is)
SUBJECT_VERB_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+(?:was|were|is|ran|runs|finished|came|clocked|took|placed|crossed)\b")
REFERS_BACK_AFTER = re.compile(r"^(?:[’']s)?\s+\w+\s+(?:it|that|this)\b", re.IGNORECASE)
# a person's age set off after the name, then where they come from: "Andrew Hanson, 41, of Minneapolis", "of Two Harbors"
AGE_THEN_OF_BEFORE = re.compile(r",\s+(?:aged\s+)?\d{1,2},\s+of\s+(?:[A-Z][a-z]+\s+)?$")
# a demonym is not a surname after its given name ("the SRF commentator Daniel Bolliger called"; not "the New Zealander",
# "The Londoner", "the North Carolinian", "the East Londoner"):
# a lookbehind for each length of the word before
_NOT_AFTER_A_GIVEN_NAME = "".join(
    rf"(?<!\b(?!(?:New|The|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Nova)\s)[A-Z][a-z]{{{n}}}\s)" for n in range(1, 14))
# a definite description standing for the last athlete: "The Kenyan won ...", "The 26-year-old", "The Norwegian",
# a demonym of a region or town: "the Victorian said", "the Aucklander", "the Freiburgerin" (translated German), "the Bordelais" (not a name: "The Wanamaker Mile")
# (no preposition among its words but "born in": "said the Norwegian in English" is the Norwegian, not an Englishman;
# "The athlete born in Burundi"), or, a nationality, right after the event a sentence opens with, as translated copy writes
# it: "In the run on 800 m the Polish was third" (not "In the 800 m the world record holder was only fifth" in a round-up:
# another event's, another runner's), or right after a road race's point: "At 30km the Kenyan was alone", "In the km 35 the
# Kenyan passed alone" (translated)
OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b", re.IGNORECASE)  # ... no pronoun for a runner named before ("I watched him outkick")
FIRST_PERSON_OPENING = re.compile(r"\s*(?:I|We)\s+(?!(?:was|am|were|think|thought|know|knew|guess|hope)\b)[a-z]")  # "I caught Rono ...": the
# writer's own sentence (not a quote's: '"I came here to win," Boudad told Maghreb Sport Today')
# a people's word acting, the subject of a sentence naming nobody: "Then the Kenyan went away." (`attach._described_just_before`)
PEOPLE_WORD_ACTS = re.compile(r"\b[Tt]he\s+(?P<desc>(?-i:[A-Z])[\w’'-]+)\s+(?:[a-z]+ly\s+)?(?:went|pulled|broke|surged|attacked|kicked|"
                              r"moved|pushed|ran|led|took|made|opened|accelerated|sprinted|raced|left|dropped|was|had)\b")
ANAPHOR_SUBJECT = re.compile(
    rf"(?:^|[.;:!?]\s+|,\s+|\band\s+|\bbut\s+|\bas\s+|\bwhile\s+|\bwhen\s+|(?:(?<=\d\sm\s)|(?<=\dm\s))(?=[Tt]he\s+(?-i:[A-Z]))|(?:(?<=\d\skm\s)|(?<=\dkm\s)|(?<=\bkm\s\d\d\s))(?=[Tt]he\s+(?-i:[A-Z])[\w’'-]+\s+(?:was|is|had|has|passed|went|led|ran|pushed|moved|surged|attacked|broke|made|took|kicked|reached|came|crossed|stayed|remained|pulled|opened|held)\b))[Tt]he\s+(?P<desc>(?:(?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+)?,\s+(?-i:[A-Z])[\w.’'-]+(?:\s(?-i:[A-Z])[\w.’'-]+)?,\s+(?=native\b))?(?:(?!(?<!born\s)(?:in|at|to|with|from|after|on|before)\s)[\w’'-]+(?:,\d[\w-]*)?\s+){{0,3}}(?P<noun>(?i:{_COUNTRY_ALT})|champion|winner|star|"
    r"runner|athlete|sprinter|miler|hurdler|favou?rite|veteran|teenager|Scot|Briton|Dutchwoman|Dutchman|Frenchman|Frenchwoman|man|woman|"
    r"medall?ist|(?:semi-?)?finalist|olympian|titleholder|holder|debutant|youngster|newcomer|compatriot|team-?mate|steeplechaser|marathoner|"
    r"flyer|speedster|ace|sensation|prodigy|superstar|talent|great|legend|icon|stalwart|maestro|senior|junior|sophomore|freshman|[\w-]+-year-old|"
    r"standout|alum|alumnus|alumna|graduate|"  # a college's: "The former Iowa State standout broke away"
    r"native|"  # a hometown's: "The Kansas native", "The Eldoret, Kenya, native" (set off with its state or country, as US copy writes it)
    r"azzurr[oa]|"  # an Italian international, as Italian copy translated calls one: "The azzurra of the Blue Flames arrives fifth"
    r"tricolou?re?|"  # ... and a French one, as French copy translated does: "the tricolour has overtaken four Africans"
    r"boy|girl|lad|[\w]+-(?:boy|girl)|"  # "The Ulstein-boy won" (translated), "the Bergen boy"
    r"soldier|officer|policeman|policewoman|warder|corporal|sergeant|"  # "the KDF soldier", "The Police officer" (an employer's athlete)
    rf"{_NOT_AFTER_A_GIVEN_NAME}(?-i:[A-Z][a-z]+(?:ian|an|er|erin|ese|ais|aise|sman|swoman|hman|hwoman))(?!\s+[A-Z])))\b"
)
# capitalised nouns of a description that name no people nor place ("the Olympian")
NOT_PEOPLE_WORDS = frozenset({"olympian", "paralympian"})
# a person's pronoun as a subject or owner: a paragraph that says one before it names anyone goes on about someone named
# before ("She took the lead, well ahead of Laura Muir", "It was her first race since beating Gudaf Tsegay"; not "Behind her")
PERSON_PRONOUN = re.compile(r"\b(?:he|she)\b|\b(?:was|is)\s+(?:his|her)\b|\b(?-i:His|Her)\b", re.IGNORECASE)
# the agent of a win, who did it ("The men's race was won by Tamirat Tola", "Third place was taken by Emile Cairess"; not
# "paced by Chanelle Price", "The early pace was taken by pacemaker Chanelle Price")
WIN_AGENT_BEFORE = re.compile(
    r"(?:\b(?:won|claimed|clinched|captured|secured|annexed)|\b(?:place|title|honours|win|victory|gold|silver|bronze)\s+was\s+taken)"
    r"\s+(?:comfortably\s+|easily\s+)?by\s+(?:[\w’'-]+\s+){0,2}$"  # (not "the lead was taken by", "the pace was taken by")
)
# the verb right after a description opening a sentence: "The defending champion let Brad Mathas do the work"
# (not "The Kenyan, Brad Mathas,", "The Kenyan and Brad Mathas")
FORMER_WORD = re.compile(r"\b(?:former|ex|one-time|onetime)\b", re.IGNORECASE)  # "the former Kenyan junior": a country once run for
# ... one set off by a conjunction as a clause of its own: "as the Kenyan reached the bell in 2:55.4", ", and the Norwegian swung
# wide" (not "and the Kenyan" with no comma before it, one subject of two)
SUBORDINATE_DESCRIPTION = re.compile(r"(?:as|while|when|until|(?<=,\s)and)\s", re.IGNORECASE)
DESCRIPTION_VERB_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+ly|never|still|then|also|again|always|soon)\s+)?(?:(?:had|has)\s+)?(?:[a-z]+ed|let|lets|ran|won|wins|took|takes|held|holds|beat|beats|led|leads|made|went|set|came|kept|left|"
    r"got|gave|saw|put|found|caught|drew|fought|hit|struck|swept|sped|swung|sprang|shot|tore|flew|stole|outkicked|outsprinted|edged|pipped|"
    r"(?<=had\s)broken|(?<=has\s)broken)"  # ("The 24-year-old had broken"; not "broke away from")
    r"\s+(?:(?!(?:but|while|whereas|as|and|before|after|when)\b)[^,;:.!?])*$"  # one clause: "let Brad Mathas", not ", but Nuguse"
    # (not verbs joined by "and": "The Scot faded and watched Faith Kipyegon cover the last lap in 58.1")
)
# ... or, up to its own time, verbs joined by "and" where it names no one else: "but the Kenyan never let a gap open and covered
# her final lap in around 60 seconds" (`attach._described_in_its_own_clause`)
DESCRIPTION_VERBS_JOINED_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+ly|never|still|then|also|again|always|soon)\s+)?(?:[a-z]+ed|let|lets|ran|won|took|held|led|made|went|set|came|kept)"
    r"\s+(?:(?!(?:but|while|whereas|as|before|after|when)\b)[^,;:.!?A-Z])*$")
# a description of the race's winner: "the new champion", "the winner", "the victor"
# a US college runner's class year standing for them ("the senior said"), and the same word right before a name that
# introduces them ("Senior Anna Brekke set a ... record")
CLASS_YEAR_DESCRIPTION = re.compile(r"(?:the\s+)?(?P<year>(?:redshirt\s+)?(?:freshman|sophomore|junior|senior))", re.IGNORECASE)
CLASS_YEAR_RIGHT_BEFORE = re.compile(r"\b(?P<year>(?:redshirt\s+)?(?:freshman|sophomore|junior|senior))\s+$", re.IGNORECASE)
# a description of a past edition's winner: "the last year winner", "last year's champion" (`attach.anaphor_subject`)
PAST_EDITION_DESCRIPTION = re.compile(r"\b(?:last|previous)\s+(?:year['’]?s?|edition['’]?s?)\s+(?:winner|champion|victor)\b", re.IGNORECASE)
WINNER_DESCRIPTION = re.compile(
    r"(?:new\s+|race\s+)?(?:champion|winner|victor)|new\s+(?:[\w-]+\s+){0,2}?record[\s-]?(?:holder|breaker)",  # "The new world record holder"
    re.IGNORECASE,
)
# ... of a race said after it: "The winner of the 20 km of Paris in October", "the winner of the last 20 km of Paris"
WINNER_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<what>[^,.;:()\n]{1,50})")
RACE_DISTANCE_WORD = re.compile(r"\b\d[\d,.]*\s?(?:km|k|m|metres|meters|miles?)\b|\b(?:marathon|half|mile|steeplechase|cross)\b", re.IGNORECASE)
PAST_EDITION_WORD = re.compile(r"\b(?:last|previous|former)\s+(?!(?:heat|semi|race|round|final|lap|section|leg|event|two|three)s?\b)",
                               re.IGNORECASE)  # (a year may be this edition's: "The winner of the 2025 Boston Marathon"; not
# "the winner of the last heat", "of the previous two editions")
# a leader named in the narrative: "Alvarado still led", "Kerr took the opportunity to move into the lead"
LEAD_CUE = re.compile(
    r"\b(?:led|leads|leading|into\s+the\s+lead|in\s+the\s+lead|took\s+the\s+lead|take\s+the\s+lead|hit\s+the\s+front|"
    r"in\s+front|at\s+the\s+front|to\s+the\s+front|out\s+front|pushed\s+the\s+pace|set\s+the\s+pace|front-?runn(?:ing|er)|"
    r"(?:ran|run|runs|running|was|went|go|goes|on)\s+(?:on\s+)?(?:(?:completely|entirely|totally|all)\s+)?alone|broke\s+(?:away|clear)|went\s+clear|"
    r"pulled\s+away|(?:made|makes|make|did|does)\s+(?:the\s+)?race\s+(?:of|at\s+the)\s+head)\b",  # "From then on Kipchoge ran alone", "from
    # there Sawe ran completely alone against the clock"; Italian and French copy translated word for word: "the Negede has made
    # race of head from the first kilometres" ("fare gara di testa", "faire la course en tête")
    re.IGNORECASE,
)
# a rival given the time said before: "to win in 10.99, the same time as Switzerland's Mujinga Kambundji"
SAME_TIME_AS = re.compile(r"(?<!\bat\s)\bthe\s+same\s+time\s+as\s+", re.IGNORECASE)  # (not "at the same time as", a clause's)
# what may stand between it and the rival's name: a country's possessive or a title ("Switzerland's", "the Swiss")
RIVAL_GAP = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}")
# ... and what follows the rival's name: the end of the clause (not "the same time as Wightman ran in Oslo")
RIVAL_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:of|from)\b)")
# an anaphoric time: "Whiteman matched that time", "equalled the same mark"
TIME_ANAPHOR = re.compile(
    r"\b(?:matched|equall?ed|replicated|repeated|mirrored|duplicated)\s+(?:that|this|the\s+same|his|her)\s+(?:time|mark|clocking)\b",
    re.IGNORECASE,
)
# the first of a list of bests after a colon: "Her best marks tell the story of a runner who got better the further she
# went: 4:11.6 for 1500m (a hand time from Meadowbank in 1986), 8:46.21 for 3000m ..."
BESTS_LIST_BEFORE = re.compile(  # (someone's: not "the best times of the day:", "Personal bests tumbled in the 1500m:", results)
    r"\b(?:her|his|their|whose)\s+(?:[\w-]+\s+)?(?:best|personal|career|lifetime)\s+(?:marks|times|bests|performances)\b[^.;:!?]{0,80}:\s*$", re.IGNORECASE)
# a mark of another race named before the time: "Cram’s 39-year-old mark of", "long-time world record of",
# "the previous world lead of"; one still standing: "The Japanese record remains the"; one brought to the
# race: "arrived at the Games with a season's best of"
# a best before this race on a label of its own, as a blog writes it after its result: "Official result: 16:48.62. Old PB:
# 17:05.10"
OLD_BEST_LABEL_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:Old|Previous|Former|Prior)\s+(?:PB|PR|best|personal\s+best)\s*[:–—-]\s*$", re.IGNORECASE)
# a seed or a best the narrator brought, "I" the clause's subject: "I was in Heat C with a seed of 17:02"
NARRATOR_ENTRY_BEFORE = re.compile(r"\b(?-i:I)\s+(?:[\w'’-]+\s+){0,8}?(?:with|had)\s+(?:a|an|my)\s+(?:seed|PB|PR|best)(?:\s+time)?\s+of\s+$",
                                   re.IGNORECASE)
# a past race's winning time told of its runner-up, the winner unnamed: "Deshwal had finished runner-up in 2024 when the winning
# time was 1:05:10" (no one's the text names; not one of today's)
RUNNER_UP_THEN_WINNING_TIME_BEFORE = re.compile(
    r"\b(?:runner-up|second|2nd)\b[^.;!?\n]{0,40}\b(?:in\s+(?:19|20)\d\d|last\s+year|a\s+year\s+ago)\b[^.;!?\n]{0,30}\bthe\s+winning\s+time\s+"
    r"(?:was|had\s+been|of)\s+$", re.IGNORECASE)
TODAY_WORD = re.compile(r"\b(?:today|tonight|this\s+year|this\s+time)\b", re.IGNORECASE)
# a record, its time set off after it, its holder after "belongs to": "The record of the course, of 42:59, belongs to the queniano
# Kibiwott Kandie since 2019", "The Big Sky meet record in the event, 15:44.23, belongs to Northern Arizona's Renata Vasquez"
RECORD_SET_OFF_BEFORE = re.compile(r"\brecord\b[^.;:!?\d\n]{0,40}?,\s*(?:of\s+)?$", re.IGNORECASE)
BELONGS_TO_AFTER = re.compile(r",?\s+(?:still\s+)?belong(?:s|ed)\s+(?:still\s+)?to\s+", re.IGNORECASE)
HOLDER_GAP_BREAK = re.compile(r"[,;]|\b(?:after|when|as|since|until)\b", re.IGNORECASE)  # ... a clause between "belongs to" and a name
# ... or said to belong to its holder, then its time: "The national record continues to belong to Rui Silva, with", "The record of
# the route belongs still to Jacob Kiplimo, that in 2020 has dominated in 28'59"" (translated; a record's: not "The best mark of
# the day belongs to Femke Bol, who ran in 52.30 to win")
RECORD_BELONGS_TO_BEFORE = re.compile(
    r"\b(?:record|mark|best)\s+(?:[\w’']+\s+){0,4}?belong(?:s|ed|ing)?\s+(?:still\s+)?to\s+(?P<holder>(?:[\w’'-]+\s+){0,3}[\w’'-]+),?\s+with\s+$"
    r"|\brecord\s+(?!of\s+the\s+(?:day|meeting|night)\b)(?:[\w’']+\s+){0,4}?belong(?:s|ed|ing)?\s+(?:still\s+)?to\s+"
    r"(?P<holder2>(?:[\w’'-]+\s+){0,3}[\w’'-]+),\s+(?:that|who)\s+(?:in\s+(?:19|20)\d\d\s+)?(?:has\s+|had\s+)?[a-z]+\s+in\s+$", re.IGNORECASE)
OTHER_MARK_BEFORE = re.compile(
    r"\b(?:old|previous|precedent|prior|former|existing|standing|long-standing|long-time|longtime|original|\d+-year-old|(?:19|20)\d\d|"
    r"[a-z]+-year-old)\s+(?:\w+[\s-]+){0,3}?(?:mark|record|best|time|chrono|lead|limit|PR|PB|(?-i:N?IR|[ABEGMNOSWC]R))\s*(?:(?:for|in|over|at|of)\s+(?:the\s+)?[\w,-]+\s+)?"
    r"(?:of\s+|was\s+|being\s+|(?:had|has)\s+been\s+|(?:stood|stands)\s+(?:at|on)\s+|,\s*)?$"  # "His previous best for the mile was 3:53.39",
    # "his previous best time stood at 2:07:07" (German translated), "Her old best time stood on 2:29:03" (Dutch: "stond op"),
    # "her old best being 22:41"
    r"|\b(?:new|fresh)\s+(?:personal\s+)?(?:record|best|PB|PR)\b[^.;!?\n]{0,12}?[–—-]\s*the\s+(?:previous|old)\s+(?:one\s+)?(?:was|stood\s+at)\s+$"
    # ("which is his new personal record – the previous was 1:06:40", translated)
    r"|(?<!\bnew\s)\b(?:mark|record|best|(?<=his\s)personal|(?<=her\s)personal)(?:\s+time)?\s+(?:of\s+the\s+(?!(?:day|night|evening|afternoon)\b)[\w-]+\s+)?(?:still\s+)?"  # ("Her best time
    # stands at"; not "His new best time stands at 2:04:58, set on Sunday")
    r"(?:remains(?:\s+in)?|stands\s+at|is\s+still)\s+(?:the\s+)?$"  # (translated: "The
    # Italian record of the specialty remains the 8:08.57 of Francesco Panetta", "Her personal best remains in 1:09:48")
    r"|\bseed(?:\s+time)?\s+(?:at|of)\s+$|\bseeded\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:at|with)\s+$"  # "came in with the No. 2 seed at 3:50.12": an entry mark
    r"|\b(?:until\s+now|previously|before\s+that|until\s+then|till\s+now)\s+it\s+(?:had\s+)?stood\s+at\s+$"  # "improved her personal best by
    # over a minute, until now it stood at 2:28:34 hours" (German translated)
    r"|\b(?:had|has|holds|held|owns|boasts)\s+(?:(?:until|till|up\s+to)\s+(?:now|today|then)\s+)?(?:(?:a|an|the|his|her)\s+)?"
    r"(?:(?:half[\s-]marathon|marathon|mile|\d[\d,.]*\s?(?:m|km|k)|\d[\d,.]*[\s-](?:metre|meter|kilomet(?:re|er)|mile))\s+)?"  # ("who has a
    # half marathon best of 1:06:12", "has a 5,000-metre best of 13:58.40")
    r"(?:(?:personal|previous|lifetime|career|self|track|road|indoor|outdoor|season['’]s|cross[\s-]country)[\s-]+){0,2}"
    r"(?:mark|best|record|PB|PR|best\s+(?:brand|mark)|(?<=an\s)personal|(?<=a\s)personal)(?:\s+of)?\s+$"
    # ("who has a track best of 32:51 for 10,000m", "has an indoor personal best of 4:12.30", "has a track PB of", "has
    # personal record 2:27:15", translated)
    # ... or run earlier in the season, as translated copy orders it: "ran this summer a personal record of 13:34.80"
    r"|\b(?:ran|set|clocked)\s+(?:this|last)\s+(?:summer|spring|winter|autumn|season|year)\s+(?:a|an|his|her)\s+"
    r"(?:personal|season['’]?s?|lifetime)\s+(?:best|record)\s+(?:of\s+)?$"
    # ("that has a personal of 2:22:58 obtained in Seoul", Italian's "un personale" translated)
    # ("had until now a personal record of 7'58''68", "who before today had a best brand of 2:04:48", "who has personal record
    # of 8min20s31", translated)
    # ("had a personal mark of 58:38, obtained in Prague" (translated), "Ota, 28, has a personal best of 27:12.53", "has the
    # self best of" (Japanese translated: 自己ベスト))
    r"|\brecord[\s-]holder\s*(?:\(|,\s*|with\s+|at\s+)$"
    r"|\brecord\s+of\s+(?:the\s+)?[\w-]+\s+of\s+(?:[A-Z][\w'’-]*\s+){1,3}\($"  # "the record of France of Ismaïl Sghyr (12:54,70)"  # "came in as the American record holder (3:43.97, ...)"
    r"|\b(?:holds?|held|(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)(?<!\bits\s)owns?|owned)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:record|best)\s+"
    r"(?:(?:for|in|over)\s+(?:the\s+)?(?:[\w,-]+\s+){1,2})?(?:at|of|with|in)\s+$"  # (not "broke her own Swiss record with 1:57.48": no verb)
    # ... or the records' labels each with its time in a bracket: "still holds the M75 (3:04:54), M80 (3:15:54) and M85
    # (3:56:34) world records"
    r"|\b(?:holds?|held|owns?|owned)\s+the\s+(?:[\w-]+\s+\(\d[\d:.,]*\),?\s+(?:and\s+)?){0,4}[\w-]+\s+\($"

    # a record said with its holder before its time: "The national record continues to belong to Rui Silva, with"
    r"|\b(?:record|mark|best)\s+(?:[\w’']+\s+){0,4}?belong(?:s|ed|ing)?\s+(?:still\s+)?to\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,?\s+with\s+$"
    r"|\brecord\s+(?:(?!now\b|newly\b)[\w’']+\s+){0,4}?belong(?:s|ed|ing)?\s+to\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*\(\s*$"  # "The record of Poland
    # belongs to Skrzyszowskiej (12,51)" (translated; not "The best mark of the day belongs to Femke Bol (52.30)" nor "The meeting
    # record now belongs to Beatrice Chebet (14:03.10)", results)
    # what an athlete brought to the race: "had arrived at the Games with a season's best of"
    r"|\b(?:arrived|arriving|arrives|came|coming|comes|headed|heading|went|going|entered|entering)\s+(?:[\w’'-]+\s+){0,5}?with\s+"
    r"(?:a|an|her|his|their)\s+(?:[\w’'-]+\s+){0,3}?(?:best|PB|SB|PR|mark|record|(?<=personal\s)brand)\s+of\s+$"
    # ... or "has as" a best, as Portuguese and Spanish copy translated says it ("tem como melhor marca"): "who has as best brand
    # in the marathon the 2h04min51s"
    r"|\b(?:has|had|have)\s+as\s+(?:(?:personal|best)\s+)?(?:best|brand|mark|record)\s+(?:(?:in|over|for)\s+(?:the\s+)?[\w,-]+\s+)?(?:the\s+|of\s+)?$",
    re.IGNORECASE,
)
# a record still standing, said after its time: "whose 3:52.61 for Olympic bronze in Paris remains the British record", "the
# 3'26"00 that is still today the world record" (translated)
STILL_RECORD_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:remains|still\s+stands\s+as|stands\s+as|is\s+still)\s+(?:the|a|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:record|best)\b"
    r"|is\s+still\s+(?:today|now)\s+(?:the|a|her|his|their)\s+(?:[\w-]+\s+){0,3}?record\b)",  # (not "she is still today the best miler")
    re.IGNORECASE,
)
# a record said to be a time, standing ("The current Japan record is 2 hours 4 minutes 56 seconds by Suzuki Kengo", "the
# world record was 26:11.00"; not a new one, `NEW_RECORD_WORD`: "the new course record is 2:03:21")
# ... its holder's possessive between: "the German record is still Amanal Petros' 2:04:58" (what comes before the holder)
RECORD_IS_STILL_BEFORE = re.compile(r"\brecord\s+(?:is|was|remains|stands\s+as)\s+(?:still\s+)?(?:the\s+)?$", re.IGNORECASE)
# a record with its time, its holder and its year in one bracket: "The course record (59:30, Leonard Barsoton, 2019)" (after
# `RECORD_BRACKET_BEFORE`)
HOLDER_YEAR_BRACKET_AFTER = re.compile(r"\s*,\s*(?P<holder>[^,()\n]{3,40}),\s*(?:in\s+)?(?:19|20)\d\d\s*\)")
# a results row's earlier best bracketed after its time: "Gressier 27:44 (PB 27:58)"
BEST_BRACKET_AFTER_TIME_BEFORE = re.compile(r"\d[\d:.,]*\s*\(\s*(?:previous\s+|old\s+|prev\.?\s+)?(?:PB|PR|SB|best)\s*:?\s*$")
RECORD_IS_BEFORE = re.compile(r"\b(?P<head>(?:[\w’'-]+\s+){0,3})record\s+(?:is|was|stands\s+at|stood\s+at)\s+$", re.IGNORECASE)
# ... or a world best so said, of an age group or a surface: "the world M60 indoor best is 4:29.01 by Australia's Ron Halloran"
WORLD_BEST_IS_BEFORE = re.compile(r"(?P<head>\b(?:[\w’'-]+\s+){0,2})world\s+(?:[\w’'-]+\s+){0,3}best\s+(?:is|was|stands\s+at|stood\s+at)\s+$",
                                  re.IGNORECASE)  # (not "The new world M60 indoor best is", `NEW_RECORD_WORD`)
# ... or a sentence's subject, its time set off by dashes: "The route record – 2:11:54 – this year remained untouched" (old, kept
# or broken; not "won in a course record – 2:05:33 –")
RECORD_SUBJECT_DASHED_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?-i:The)\s+(?P<head>(?:[\w’'-]+\s+){0,3})record\s+[–—-]\s+$", re.IGNORECASE)
# ... words that make it this race's: "the new course record is", "Now the world record is", "The brand-new world record is"
NEW_RECORD_WORD = re.compile(r"\b(?:new|brand-new|newly|now|fresh)\b", re.IGNORECASE)
# a record this race broke, named before its time: "taking five seconds off the world record of",
# "improved the mark of", "to take down Alan Webb’s American record of", "inside the New Zealand W60 10km road record of",
# Japanese copy translated: "updated the self best record of" (no "to" nor "in" between: "broke away to win in an Olympic record
# of" is this race's)
RECORD_BROKEN_BEFORE = re.compile(
    r"\b(?:broke|breaks|break|breaking|beat|beats|beating|better(?:ed|ing|s)?|improv(?:ed|ing|es)(?:\s+on)?|lower(?:ed|ing|s)?|updat(?:ed|ing|es)|"
    r"eclips(?:ed|ing|es)|eras(?:ed|ing|es)|surpass(?:ed|ing|es)|smash(?:ed|ing|es)|shatter(?:ed|ing|s)|took\s+down|take\s+down|"
    r"taking\s+down|takes\s+down|wip(?:ed|ing)\s+out|off|under|inside)\s+(?:(?:(?!(?:to|in)\s)[\w’'-]+\s+){0,6}?(?:record|mark|best)\s+(?:of\s+)?"
    r"|(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}(?-i:[A-Z])[\w’'-]*['’]s\s+)$",  # "took five seconds off Faith Kipyegon's 14:05.20", "gets under Whitlock's 2:54:48"
    re.IGNORECASE,
)
# ... or one it missed: "three seconds outside the course record of", "just short of the meeting record of", "shy of
# the world best of" (its holder no one named in the text, unless named after it)
# a record's kind said after it, as translated copy says it ("record du monde": "her record of the world (3'48''68", "the
# record of Italy of 14:41"), right before its time (a meeting's record so said has its own patterns: RECORD_OF_MEETING_BEFORE)
RECORD_OF_WHERE = re.compile(
    r"(?<=\brecord)\s+of\s+(?:the\s+)?(?:(?:world|europe|africa|asia|france|italy|spain|germany)(?=\s*(?:\(|of\s+|,|:)?\s*$)"
    r"|(?:route|course|track|race|event)(?=\s+of\s+$))", re.IGNORECASE)  # (and a course's: "improved the record of the route of
# 2:12:36"; "has not beaten the record of the route, 1:01:36" is `RECORD_MISSED_BEFORE`'s)
# ... the cue of one missed, after a time: "won in 3:55.40, far from her world record", "outside the course record"
_MISSED = (r"\b(?:outside(?:\s+of)?|short\s+of|shy\s+of|far\s+(?:from|off|of)|missed|missing|miss(?:es)?|nowhere\s+near"  # a mark missed: its cue
           r"|(?:did\s+not|didn['’]t|never|failed\s+to|could\s+not|couldn['’]t)\s+(?:get|come|go)\s+(?:close\s+to|near)"  # ("did not get
           r"|(?:did\s+not|didn['’]t|never|not)\s+(?:threaten(?:ed)?|trouble(?:d)?|challenge(?:d)?|approach(?:ed)?|beat(?:en)?|broken?|improved?)"  # close to the course
           r"(?=\s+(?:the|his|her|their|last|this|(?-i:[A-Z])[\w'’-]*['’]s)\b)"  # (its object right after: not "never challenged and set")
           # record of 1:00:47", "never threatened the course record of")
           r"|(?:at|just|only)\s+(?:[\w.,]+\s+)?(?:hundredths?|tenths?|seconds?)\s+(?:from|off)"  # ("at 71 hundredths from his Italian primate")
           r"|(?:seconds?|minutes?|just|only|slightly|narrowly)\s+(?:over|above)(?=\s+(?:the|her|his|their)\s+(?:(?!(?:in|at|with|by|to|for)\b)[\w’'-]+\s+){0,3}(?:record|best|mark)\b))\s+")  # (not a margin
# over a rival: "won by only seconds over Rotich in a course record of 59:44")  # ("stayed only some seconds over the course
# record of 2:19:44", German translated)
RECORD_MISSED_AFTER = re.compile(rf"{_MISSED}(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:records?|best|primate)\b", re.IGNORECASE)
RECORD_MISSED_BEFORE = re.compile(rf"{_MISSED}(?:[\w’'\"“”-]+\s+){{0,4}}?(?:record|mark|best|primacy|primate)"
                                  r"(?:\s+of\s+the\s+(?:course|route|circuit|race|event)\s*,\s*|\s*(?:of\s+|\(\s*)?)$", re.IGNORECASE)  # ("has not
# beaten the record of the route, 1:01:36,", translated; not "well shy of the Division I meet record, 4:03.17 by Westerville Central's
# Jason Whitcomb", its holder after it; a word in quotes between: 'short of the "untouchable" meet record of 10:22.35')
# ... or one a time is compared with: "only 26 seconds slower than the competition record 2:06:19" (its holder may be named
# after it: "a minute slower than the course record of 2:03:36 that Bashir Abdi in 2021 here set")
RECORD_COMPARED_BEFORE = re.compile(r"\b(?:slower|faster|quicker)\s+than\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
                                    r"(?:record|best|mark)\s+(?:of\s+)?$", re.IGNORECASE)
COMPARED_HOLDER_GAP = re.compile(r"\s*,?\s*(?:that|which|set\s+by|held\s+by|by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)  # ("of
# Eliud Kipchoge", Spanish "de" translated)
# ... unless it is its owner's own, said so: "her season's best", "his personal best", "a PB" (not "the British season's best")
OWN_MARK_WORD = re.compile(r"\b(?:her|his|their|own|personal|lifetime|career|PB|PR)\b", re.IGNORECASE)
# whose an old mark was: "... of 2:14:04 set by Kenya's Brigid Kosgei", "... that Faith Kipyegon set"
# (or whose it was: "the mark of 43min12s that belonged to the compatriot Paul Tergat")
# a record named right before its time, its setter after it ("The Japan record 2:19:12 which Noguchi made", "The Japanese
# record is 2:19:12, set by Mizuki Noguchi")
RECORD_RIGHT_BEFORE = re.compile(
    r"\b(?:record|best|mark)(?:\s+(?:of|for|in|over)\s+(?:the|this)\s+(?:event|distance))?(?:\s+(?:is|was|stands\s+at|stood\s+at))?\s+$",
    re.IGNORECASE,  # ("The Japan record of this event is 27:09.80 that Shiojiri Kazuya made")
)
MARK_SETTER_AFTER = re.compile(  # (a record's name between: "erased the 1:04:02 world record set by Kenya's Ruth Chepngetich")
    # (and "the 3:32.07 with which Kenya's Noah Ngeny won in Sydney in 2000")
    # (its unit between, then a which clause that sets it: "The world record of 2:01:39 hours, which Eliud Kiptschoge had set up";
    # not "in a time of 8:36.18 minutes, which means a season's best")
    r"^\s+(?:hours|hrs|minutes|mins|seconds|secs),\s+(?:which|that)\s+(?=(?:(?-i:[A-Z])[\w’'-]+\s+){1,3}(?:had\s+|has\s+)?(?:set|ran|run|clocked|established)\b)|"
    # (translated, a "was" left out: "the old course record 2:12:47 which made by the Ethiopia runner Gebre Mulugeta"; "created by
    # Yang Shaohui", Chinese translated: 创造; its year before the verb, as Dutch copy translated writes it: ", in 2021 set by")
    r"^,?\s+(?:(?P<by>(?:(?:[\w-]+\s+){0,2}(?:record|mark|best)\s+|(?:which|that)\s+(?:was\s+)?|in\s+(?:19|20)\d\d,?\s+)?(?:set|run|clocked|held|owned|established|made|created)\s+by|(?:(?:that|which)\s+)?(?:(?:had|has)\s+belonged|belong(?:ed|s)?)\s+to)|(?P<means>with\s+which\s+)|(?:(?:with|in)\s+)?(?:that|which)\s+)"
    r"|^[ \t]+(?P<contact>)(?=(?-i:[A-Z]))",  # (or its setter right after, the clause's "that" left out: "the meet record of 2:09:02 Ryan Hall set";
    # `results._setter_after` checks a record's word before and a setting verb after: not "With a time of 2:05:10 Eliud Kipchoge won")
    re.IGNORECASE,
)
# a time compared with that someone ran: no threshold but a mark, theirs ("slower than the 2:17:29 Ms. Chepkirui
# ran in Valencia", "outside the 2:08:14 he set")
# ("off the 12:37.35 the Ethiopian ran in Hengelo": a nationality, of the last athlete of it named; "outside the 4:18.9
# PB he set at the BMC meeting", "The 3:47.38 indoor AR he ran at Millrose": the mark's noun between)
RUN_BY_AFTER = re.compile(
    rf"\s+(?:(?:(?:indoor|outdoor|road|track|national|area|continental|world|olympic|european|american|british|meet|meeting|course|championship)\s+)?"
    rf"(?:PB|PR|SB|AR|NR|ER|WR|CR|MR|personal\s+best|best|record|mark)\s+)?(?:that\s+|which\s+)?(?:(?P<pron>he|she)|the\s+(?P<desc>(?-i:[A-Z][a-z]+))|(?:the\s+(?-i:[A-Z][a-z]+)\s+)?{HONORIFICS}(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){{0,2}})"
    r"\s+(?:had\s+)?(?:ran|run|set|clocked|recorded|posted|signed)\b",  # ("the 2:01:53 that the Kenyan Kelvin Kiptum signed", translated)
    re.IGNORECASE,
)
# whose a time compared with is, said after it: "breaking the 7:53.63 set by Qatar's Saif Saaeed Shaheen" (no threshold)
SET_BY_AFTER = re.compile(r"\s+(?:(?:that|which)\s+(?:had\s+|has\s+)?been\s+)?(?:set|run|clocked|held|owned|established|created)\s+by\b", re.IGNORECASE)
# "the" right before a time whose setter follows it, "erasing the 7:28.02 McSweyn ran in Doha", or before an ultra's
# distance that names its race, "ran the 56km for the sixth time" (`context.ultra_distance`)
THE_RIGHT_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# ... broken, its setter after "of", as translated copy writes it: "erasing the 7 min 53 s 63 of the Qatari Saif Saeed
# Shahine", "pulverizing the 7:58,61 of the Kenyan Daniel Komen" (not "the 14:05 of Kipyegon", nor "beating the 14:05.20 of
# Faith Kipyegon": this race's)
ERASING_THE_BEFORE = re.compile(
    r"\b(?:broke|breaking|better(?:ed|ing)|improv(?:ed|ing)(?:\s+on)?|lower(?:ed|ing)|eclips(?:ed|ing)|eras(?:ed|ing)|"
    r"surpass(?:ed|ing)|smash(?:ed|ing)|shatter(?:ed|ing)|pulveri[sz](?:ed|ing)|demolish(?:ed|ing)|wip(?:ed|ing)\s+out)"
    r"\s+(?:(?:from|off)\s+the\s+(?:tablets|books|record\s+books|history\s+books)\s+)?the\s+$",  # ("erasing from the tablets the")
    re.IGNORECASE,
)
# (the setter named after "of", a nation's adjective before the name: shared with `HOLDER_OF_AFTER`)
_OF_NAMED = r"\s+of\s+(?:the\s+)?(?:" + _DEMONYM_SHAPE + r"\s+)?(?=(?-i:[A-Z]))"
MARK_OF_SETTER_AFTER = re.compile(_OF_NAMED, re.IGNORECASE)
# the time right after "the", run at a place named: "the world lead of the season, the 12:36.73 run in Oslo at
# the end of May" (not "the 3:45.34 run in the final")
RUN_AT_PLACE_AFTER = re.compile(r"\s+(?:(?:he|she|they)\s+)?(?:run|ran|set|clocked|recorded|achieved)\s+(?:in|at)\s+(?-i:[A-Z])", re.IGNORECASE)
# the verb after the setter of "which Yavi ran in Doha" (not "which Kandie broke")
# (translated: "firmó"; "the Japan record 2:19:12 which Noguchi Mizuki (at that time Globaly) made", a bracket between; "the
# 58:33 that the Kenyan Samuel Wanjirú, Olympic champion of the marathon in Pequim, had realized", an appositive between)
SETTER_VERB_AFTER = re.compile(
    r"(?:\s+\([^()\n]{1,40}\)|,[^,\n]{1,60},)?\s+(?:had\s+|has\s+)?"
    r"(?:set|ran|run|clocked|established|recorded|produced|achieved|posted|registered|signed|made|reali[sz]ed|owned|held|won|created)\b")
# ... or, the time the means ("with which"), a record broken: "the 14:05.20 with which Kipyegon broke the world record" (not
# "the 7:53.63 that Girma broke", another's)
BROKE_WITH_IT_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:broke|broken|lowered|smashed|improved|bettered)\s+(?:[\w’'-]+\s+){0,3}?"
                                 r"(?:record|mark|best)\b(?=[^.;!?]{0,40}?\bin\s+(?-i:[A-Z]))")  # (a record, then where or when:
# not "the 12.86 with which Holloway broke the tape", nor today's "the 3:49.04 with which Kipyegon broke the world record for
# the third time")
# ... the clause's "that" left out, only a record's, and only with a setting verb: "the meet record of 2:09:02 Ryan Hall set"
# (not "In a personal record of 59:32 Jacob Kiplimo won", "With the world record of 2:00:35 Kiptum achieved his dream")
CONTACT_RECORD_BEFORE = re.compile(r"\b(?:record|mark)\s+of\s+\S+$", re.IGNORECASE)
CONTACT_OPENING_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|With|At|For)\s+(?:an?|the|his|her)\s+[^.!?\n]*$")
CONTACT_SETTER_VERB = re.compile(r"\s+(?:had\s+|has\s+)?(?:set|ran|clocked|established)\b")
# a mark of someone, named before its time, whose setter follows: "the 5,000m mark of 14:05.20 she set"
MARK_OF_BEFORE = re.compile(r"\b(?P<noun>mark|record|best|time)\s+of\s*$", re.IGNORECASE)
# ... or, a record's, mark's or best's (not a time's), its holder after "by" alone, a name right after it: "The world record
# of 1:40.91 by David Rudisha remains", "the old mark of 3:28.32 by Mo Farah" (not "won in a time of 29:12.51 by Beatrice
# Chebet", nor "a meeting record of 12:46.96 by more than a second"), or after a nationality: "the world indoor best of
# 49.59 by the Czech Jarmila Kratochvílová"
BY_NAME_AFTER = re.compile(r"\s+by\s+(?:the\s+(?-i:[A-Z])[\w-]+\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE)
# a record holder's title with the record's time in a bracket: "Tuohy, the national high school record holder at two
# miles (9:33.38), ran the 3,200 first", or after "with": "the sprinter of the Yellow Flames, holder of the Italian record
# with 11,01," (not a name's bracket after the title: "beating world record holder Tigst
# Assefa (2:16:23)" is her result)
RECORD_HOLDER_BRACKET_BEFORE = re.compile(
    r"\brecord[\s-]holder(?:\s+(?:at|over|in|for)\s+(?-i:[a-z0-9][^().;A-Z]{0,30}?))?\s*\(\s*$"
    r"|\bholder\s+of\s+the\s+(?:[\w-]+\s+){0,2}?record\b[^().;]{0,40}\(\s*$"  # "The holder of the world record of the 5 km on road (12:49 ...)" (translated)
    r"|\b(?:holder\s+of\s+the\s+(?:[\w-]+\s+){0,2}?record|record[\s-]holder(?:\s+(?:at|over|in|for)\s+(?-i:[a-z0-9][^().;,A-Z]{0,30}?))?)\s+with\s+$",
    # "holder of the Italian record with 11,01", "the Australian record holder at 1500m with 3:57.29"
    re.IGNORECASE,
)
# what sets a title off after a name: ", " of "Letesenbet Guidey, holder of the world record" (", the " left to the title)
TITLE_SET_OFF_AFTER = re.compile(r",\s*(?:the\s+|a\s+)?")
# a record's time in a bracket, its holder after "of": "He renewed the Japanese record (2:05:29) of Osako Masaru (Nike)" (translated)
RECORD_BRACKET_BEFORE = re.compile(r"\b(?:record|best|mark)\s*\(\s*$", re.IGNORECASE)
THE_RECORD_BRACKET_BEFORE = re.compile(r"\bthe\s+(?:[\w’'-]+\s+){0,3}(?:record|best|mark)\s*\(\s*$", re.IGNORECASE)  # (a standing one, "the
# meet record (4:44.12 by ..."; not "won in 4:43.90, a meet record (4:43.90 by Brown", the race's)
# a record's holder told before its time, the verb before the holder, as German copy translated words it: "The German record of
# the women holds since 2008 Irina Mikitenko with 2:19:19 from Berlin" (the holder the last name before "with"; its "since" said:
# not "Chasing the record, Sifan Hassan held Beatrice Chebet off with 14:07.11", a race's verb)
RECORD_HELD_WITH_BEFORE = re.compile(r"\brecord\b[^.;!?\n]{0,40}?\b(?:holds|held|keeps|kept)\s+since\s+(?:(?:19|20)\d\d|\w+)\s+(?:by\s+)?"
                                     r"(?P<holder>(?-i:[A-Z])[^.;!?,\n]{1,40}?)\s+with\s+$", re.IGNORECASE)
HOLDER_OF_AFTER = re.compile(r"\s*\)" + _OF_NAMED)
# ... or after it, who set it: "the record of the circuit (2:03:27) that his compatriot Deresa Geleta signed last year"
# (`SETTER_VERB_AFTER` after the name)
# ... or one a pronoun set: "holds the women's Korean record (2:25:41) that she set at this competition in 2018"
RECORD_BRACKET_PRONOUN_SET_AFTER = re.compile(r"\s*\)\s*,?\s*(?:that|which)\s+(?:he|she|they)\s+(?:set|ran|clocked|established|signed)\b")
RECORD_BRACKET_THAT_AFTER = re.compile(r"\s*\)\s*,?\s*(?:that|which)\s+(?:(?:his|her|their)\s+)?(?:[a-z]+\s+){0,2}?(?=(?-i:[A-Z]))")
# a mark that came from a race somewhere else, said after the best or the runner's own time: "a best of 2:04:48 from
# Rotterdam", "he improved his 2:07:08 of Valencia" (translated) (the place no athlete's name: the caller checks)
MARK_FROM_PLACE_AFTER = re.compile(
    r"\s+(?:from|of)\s+(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?=\s*(?:[,.;:)]|and\b|in\s+(?:19|20)\d\d|$))"
    # ... or a championship, as wire copy writes it in lower case: "Her European record of 52,03 seconds from the world
    # championships in Eugene"
    r"|\s+(?:seconds?\s+)?from\s+(?P<champs>the\s+(?:(?:19|20)\d\d\s+)?(?:world|european|commonwealth|olympic)\s+(?:indoor\s+)?"
    r"(?:championships|games))\b")
# ... or a runner's own time from a place, the subject of what is said of it: "the Olympic champion's 3:27.65 from Paris came
# from perfect positioning", "Her 14:05.20 from Eugene is still the world lead" (not "set a world lead with her 14:05.20 from
# Eugene", the race's)
POSSESSED_TIME_BEFORE = re.compile(r"(?:\b(?:his|her|their)|\w['’]s)\s+$", re.IGNORECASE)
MARK_FROM_PLACE_SAID_AFTER = re.compile(
    r"\s+from\s+(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:came|was|is|remains|stands|stood|still|had|has|looks)\b")
BEST_OR_OWN_BEFORE = re.compile(
    r"(?:\b(?:best|record|PB|PR|mark|brand)\s+of|\b(?:improve|improved|improving|better|bettered|bettering|lower|lowered|lowering|beat|"
    r"beating|break|broke|breaking)\s+(?:on\s+)?(?:his|her))\s+$",  # (not "set a world lead with her 14:05.20 from Eugene": the race's;
    # "hoping to improve on her 2:44:30 from Valencia": a mark to better, from before)
    re.IGNORECASE,
)
# ... the holder before the bracket: "The world record of Girma (7:52.11), established in Paris"
# (or with a description: "the old best mark of the Kenyan Brigid Kosgey (2:14:04 hours, Chicago 2019)", translated)
# (or set off by commas: "The record of Daniela Komena, 7:20,67, was set in Rieti on 1 September 1996")
RECORD_OF_HOLDER_BEFORE = re.compile(
    r"\b(?:record|best|mark|primacy|primate)\s+(?:of\s+the\s+(?:circuit|course|route|race|event|meeting|championships?|test)\s+|in\s+(?:the\s+)?hall\s+)?"
    r"of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+){0,3}(?-i:[A-Z])[\w’'-]+(?:\s+(?:from|in|of)\s+(?:19|20)\d\d)?"
    r"\s*(?:\(|,\s*(?:the\s+)?|\s(?:is|(?:stands|has\s+stood|stood)(?:\s+since\s+(?:19|20)\d\d)?\s+at)\s+)\s*$", re.IGNORECASE)  # ("the world record of
# Joshua Cheptegei stands since 2020 at 12:35,36", German translated) (Polish translated: "The life record in hall of
# Kazimierskiej is 4:03,17")  # (translated: "The record of the circuit of
# Amane Beriso, 2:14:58, was never in danger", "The world primate of Beatrice Chebet, the 13'58"06 of Eugene": "primato";
# "the course record of Eliud Kipchoge from 2022 (2:01:09)")
# ... or of a meeting, in a bracket, as translated copy names one (no holder, and not one set now): "nor the record of
# the championship (15:18,15), that remains intact since 2009" (not "a new record of the championships (28:02,41)"); its
# "test" is a race ("épreuve", "prueba"): "the record of the test (2h04'21, established by the Kenyan Elisha Rotich in 2021)"
RECORD_OF_MEETING_BEFORE = re.compile(
    r"(?<!new\s)\b(?:record|best)\s+of\s+the\s+(?:[a-z]+\s+){0,2}?(?:championships?|meeting|games|race|course|route|circuit|event|competition|test)\s*\(\s*$",
    re.IGNORECASE,
)
# a record labelled in a list, its holder right after its time: "- Championship record: 14:26.72, Hellen Obiri (KEN), Doha 2019"
RECORD_LABEL_BEFORE = re.compile(r"\b(?:record|best)\s*:\s*$", re.IGNORECASE)
# ... or set off by a comma, its holder after "by": "The world record, 4:13.31 by Ethiopia's Genzebe Dibaba, was never in play"
RECORD_APPOSITION_BEFORE = re.compile(r"\bthe\s+(?!(?:[\w’'-]+\s+){0,3}?(?:new|brand-new)\b)(?:[\w’'-]+\s+){0,3}?record"
                                      r"(?:\s+of\s+the\s+(?:course|route|circuit|meeting|championships?|race|event)"
                                      r"|\s+(?:in|over|for)\s+the\s+(?:(?:half\s+)?marathon|\d[\d,.]*\s?(?:m|km|metres|meters)|mile|steeplechase))?\s*,?\s*$",
                                      re.IGNORECASE)  # ("The Rwandan record in the marathon, 2:13:14, remained intact"; or with no comma: "the
# course record 2:12:43 is not in danger", translated)
# ... or standing since a year, when its holder ran it, the time last: "the course record, which has stood since 1988, when Colin
# Donnelly ran 1:22:58"
RECORD_STOOD_SINCE_WHEN_BEFORE = re.compile(r"\brecord\b[^.;!?]{0,40}?\b(?:has\s+|had\s+)?stood\s+since\s+(?:19|20)\d\d,?\s+when\s+"
                                            r"(?:[\w’'-]+\s+){1,5}?(?:ran|set|clocked|won\s+in)\s+$", re.IGNORECASE)
# ... said to stand after it: "The world record, 3:43.13, has stood since 1999", "The course record, 2:05:10, dates from 2014",
# "The course record of 59:11 therefore stands"
RECORD_STOOD_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:therefore|thus|still|so)\s+|\s+)(?:(?:has|had)\s+stood|(?:has\s+|had\s+)?(?:remained|survived|lasted)|dates\s+(?:back|from)|"
                                r"(?:still\s+)?stands(?!\s+(?:as|at)\b)|remains|continues\s+to\s+stand|"
                                r"(?:which|that)\s+(?:is|has\s+been)\s+standing|"  # ("1:01:36, which is standing from 2019", translated)
                                # (or never in danger: "The course record of 1:01:26 was never under threat")
                                r"(?:was|is)\s+(?:never|not|hardly|rarely)\s+(?:really\s+|seriously\s+)?(?:under\s+threat|in\s+danger|in\s+play|"
                                r"in\s+sight|threatened|challenged|troubled|at\s+risk))\b", re.IGNORECASE)
# ... and its holder said after that: ", when Hicham El Guerrouj ran it", "remains Kenenisa Bekele's", "remains hers"
HOLDER_SET_IT_AFTER = re.compile(r"\s+(?:ran|set|clocked|established|lowered|smashed|broke|improved|bettered)\b", re.IGNORECASE)
HOLDER_AFTER_STOOD = re.compile(r"(?:[^,;.]{0,30}?,?\s+(?P<when>when)\s+|\s+(?=(?-i:[A-Z]))|\s+(?P<pron>hers|his)(?=\s*(?:[,.;]|$)))", re.IGNORECASE)
# (its holder's own "The world record", not "The new world record, 2:00:35 by Kelvin Kiptum", "a championship record, 3:29.38 by"
# nor "The day's best, 3:31.20 by Yared Nuguse")
HOLDER_BY_AFTER = re.compile(r"(?:\s+(?:from|in)\s+(?:19|20)\d\d)?\s+by\s+(?:the\s+(?-i:[A-Z])[\w-]+\s+|(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:[A-Z])[\w-]+[’']s\s+)?"
                             r"(?=(?-i:[A-Z]))", re.IGNORECASE)  # (its year between: "The course record, 2:10:58 from 2011 by the Ethiopian
# Hailu Wondimu"; a place's name of words before the holder: "by Upper Arlington's Lauren Whitfield")
# ... or its holder in a clause after it: "The Swedish record, 8.08,02, has Anders Gärderud held since 1976" (translated word
# order), "..., held by Girma", "..., belongs to Kipyegon", "..., which Per Ove Lunde set in this same hall back in 2009" (dated
# before: not "which Kiptum set today")
HOLDER_CLAUSE_AFTER = re.compile(
    r"\s*,\s+(?:(?:has|had)\s+|(?P<which>which|that)\s+|(?P<held>(?:(?:is|was|has\s+been)\s+)?(?:held|owned)\s+by\s+|belong(?:s|ed)\s+to\s+))"
    r"(?:the\s+(?-i:[A-Z])[\w-]+\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE)
HELD_AFTER_HOLDER = re.compile(r"\s+(?:held|owned|had|set|ran|established)\b")  # ... the verb after the holder, where "has" or
# "which" comes first
HOLDER_GAP = re.compile(r"\s*,\s*|\s+by\s+|\s*\(\s*|\s+[-–—]\s+")
# "... of 14:05.20 she set in Paris": the setter is a pronoun
PRONOUN_SETTER_AFTER = re.compile(r"^,?\s+(?:(?:that\s+|which\s+)?(?P<pron>he|she)\s+(?:himself\s+|herself\s+)?(?:had\s+)?(?:set|ran|clocked)\b"
                                  r"|set\s+(?:when|as|while)\s+(?P<pron2>he|she)\b)", re.IGNORECASE)  # (or "..., set when he crashed into a
# barrier and still won": the one the pronoun stands for)
# ... or before it, with its record: "the quickest he has been since he set the world record of 6.34"
PRONOUN_SET_RECORD_BEFORE = re.compile(
    r"\b(?P<pron>he|she)\s+(?:had\s+|has\s+)?(?:set|broke|ran|clocked)\s+(?:the|a|his|her)\s+(?:[\w-]+\s+){0,3}?(?:record|best|mark)\s+of\s+$"
    r"|\b(?-i:since)\s+(?P<pron2>he|she)\s+(?:clocked|ran)\s+$",  # ... or a time run since: "her fastest run since she clocked 8:58.67 in
    re.IGNORECASE,  # the Olympic final"
)
# ... or a name: "the pace Geoffrey Mutai needed to set the course record of 2:03:02 in 2011" (the name a few words before the verb)
NAME_SET_RECORD_BEFORE = re.compile(
    # (a pluperfect or a verb of need before it: not "ran a personal best of 49.87 to take the title", this race's)
    r"\s+(?:had|needed\s+to|wanted\s+to)\s+(?:set|run|ran|clocked)\s+(?:the|a|his|her)\s+(?:[\w-]+\s+){0,3}?(?:record|best|mark)\s+of\s+$",
    re.IGNORECASE,
)
# ... or in a relative clause, a record set before ("Emily Sisson, who set the former American record of 1:06:52 on this
# course in 2022", "Bol, who set the Australian record of 1:44.11 at the Tokyo Olympics"), unless set today, to win or finish
# (`SET_TODAY_AFTER`: "who set the Australian record of 3:30.10 to finish second"; nor "Yared Nuguse, who ran a personal best
# of 7:26.07 to finish second")
WHO_SET_RECORD_BEFORE = re.compile(r",\s+who\s+(?:had\s+)?set\s+(?:the|an?(?!\s+new\b))\s+(?:(?P<former>former|previous|old|original)\s+)?(?:[\w-]+\s+){0,3}?record\s+of\s+$",
                                   re.IGNORECASE)
SET_TODAY_AFTER = re.compile(r"\s+(?:to\s+(?:win|finish|take|claim|place)|in\s+(?:winning|finishing|taking)|en\s+route|on\s+(?:his|her|their)\s+way)\b",
                             re.IGNORECASE)
# ... not one set in the race told: "who owns a 13:41.22 personal best after today's race", "... set in Heusden tonight"
BEST_SET_TODAY_AFTER = re.compile(r"[^.;:!?]{0,40}?\b(?:today|tonight|this\s+(?:afternoon|evening|morning)|after\s+(?:this|today['’]s|the)\s+race)\b",
                                  re.IGNORECASE)
# a record someone owns, named before the time: "Bolt's world record of", "his American record of", "Cram’s best of",
# "Hassan's 10,000m world record of", "His previous best over the distance was", "Assefa's best time before the race
# was", a Q&A's "Your 10,000m best is" (the interviewee's); a result of the race at hand is "a" record, not someone's
# (with the event and a "set in" aside before the verb: "Kenenisa Bekele's track world record over 5000m, set in Hengelo in
# 2004, is 12:37.35")
# ("Her personal precedent was the 3:50.37 of Monaco 2022": Italian copy translated, "il suo precedente personale"; its owner's
# days before the verb: "Dave's PB from his Gateshead days is 31:52", not "Britain's best from the heats was 3:33.1"; its
# nationality after it, Italian copy translated: "at 45 cents from his record Italian of 3'32"13")
OWNED_RECORD_BEFORE = re.compile(
    r"\b(?P<own>(?:his|her|their)\s+own)\s+$|(?:\b(?P<pron>his|her|their|whose|your)|(?<!season)(?<!year)(?<!world)(?<!career)(?<!life)(?<!day)(?<![Tt]hat)(?<!\b[Ii]t)(?<![Tt]here)(?<![Hh]ere)(?<![Ww]hat)(?<!\b[Hh]e)(?<![Ss]he)[’']s?)\s+(?:own\s+)?(?:(?!season)[\w-]+(?:,\d{3}\w*)?\s+){0,3}?(?:record|mark|(?<=personal\s)brand|best|precedent|primacy|PR|PB|AR|NR|ER|WR|personal(?=\s+of\b))(?:\s+(?:personal\s+)?mark)?(?:\s+time|\s+result\s+of\s+(?:(?:her|his|their)\s+)?life)?(?:\s+(?-i:[A-Z][a-z]{2,}(?:an|ese|ish|ch)(?=\s+of\b)))?(?:\s+(?:from|since)\s+(?:his|her|their)\s+[^,;.:\d]{1,30}?(?:days|years|era)(?=\s+(?:is|was)\s))?(?:\s+(?:over|at|for)\s+(?:the\s+(?:distance|event)|\d[\d,.]*\s?(?:m|km|metres?|meters?)\b|the\s+[^,;.:]{1,60}?(?=,\s*$)))?(?:\s+(?:before|entering|(?:coming|going|heading)\s+into)\s+(?:the|this|that|today['’]s)\s+(?:race|event|final))?(?:,\s+(?:set|run|established|clocked)\s+[^,;.]{1,60},)?,?\s+(?:of\s+|was\s+|is\s+|(?:had|has)\s+been\s+)?(?:an?\s+|(?<=was\s)the\s+)?$"
    # (a pronoun's contraction before it is none: "That's his old PB of 1:55.02")
    # ... or, measured against, its time in a bracket: "not far from her best time (8:39,47)", "far from his world record (45''94)"
    # (translated; "46 seconds slower than his personal best (2:15:58, Sevilla, February)"; not "equalled his personal best
    # (3:32.10)", "ran her personal best (1:56.90)", this race's)
    r"|\b(?:far\s+(?:from|of)|close\s+to|near|outside(?:\s+of)?|off|short\s+of|shy\s+of|within|than)\s+(?:[\w-]+\s+){0,3}?(?P<pron2>his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:record|best|PB|PR)(?:\s+(?:time|personal))?\s*\(\s*$"  # (translated: "far of his record personal (2:09:58)")
    # ... or improved by an amount said ("has improved his personal record (13'05''28) of more than ten seconds", "beating of
    # more than two seconds her personal record (4'16''02)"; not "Hull improved her Australian record (3:52.10) to win": the new
    # one, `IMPROVED_BY_AFTER`)
    r"|\b(?:improv(?:ed|es|ing)|better(?:ed|s|ing)|lower(?:ed|s|ing)|broke|breaking|beat(?:ing|s)?|smash(?:ed|es|ing))\s+(?P<gap>(?:[\w-]+\s+){0,5}?)"
    r"(?P<pron3>his|her|their)\s+(?:[\w-]+\s+){0,2}(?:record|best|PB|PR)(?:\s+time)?"
    r"(?:\s+(?:from|at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s*\(\s*$"  # ("improved his personal best from the Hamburg
    # marathon in April (2:11:40) by almost 50 seconds", German copy translated)
    # ... or said to be held: "Kejelcha has held the world indoor mile record, 3:47.01, since 2019", "who holds the course
    # record of 2:05:11" (not "now holds the world record, 13:58.06", set in the race; nor "owned the final lap and the record,")
    r"|\b(?:(?:has|have|had)\s+held|who\s+(?:still\s+)?(?:holds|held))\s+the\s+(?:[\w-]+\s+){0,4}?record(?:\s+of|,)\s*$"
    # ... or a blog author's best that was: "My 10K PB was 48:10" (not "My PB is 44:05 now!", set today)
    r"|\b(?P<my>my)\s+(?:[\w-]+\s+){0,3}?(?:PB|PR|personal\s+best|best)(?:\s+(?:going|coming|heading)\s+into\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
    r"\s+(?:was|had\s+been)\s+$",  # ("my PB going into Sunday was")
    re.IGNORECASE,
)
# the amount a best was improved by: "of more than ten seconds", "by two tenths" (translated copy's "of")
IMPROVED_BY = re.compile(r"(?:of|by)\s+(?:more\s+than\s+|almost\s+|nearly\s+|over\s+|some\s+|about\s+|just\s+)?(?:[\w.,-]+\s+){0,2}?"
                         r"(?:seconds?|secs?|tenths?|hundredths?|minutes?)\b", re.IGNORECASE)
IMPROVED_BY_AFTER = re.compile(r"[^)]*\)\s*" + IMPROVED_BY.pattern, re.IGNORECASE)
# "own" in such a record ("his own European record of", "her very own best of"): the owner's own, of the sentence's opener
OWN_WORD = re.compile(r"\bown\b", re.IGNORECASE)
# a best improved from one time to another: "lowered her personal best from 51.18 to 50.89" (the first time is
# the old mark, the second this race's)
IMPROVED_FROM_BEFORE = re.compile(r"\b(?:record|best|PB|PR|mark|time)\s+from\s+$", re.IGNORECASE)
IMPROVED_TO_BEFORE = re.compile(r"\b(?:record|best|PB|PR|mark|time)\s+from\s+\d[\d:.,]*\s*(?:s|sec|secs|seconds)?\s+to\s+$", re.IGNORECASE)
TO_TIME_AFTER = re.compile(r"\s*(?:s|sec|secs|seconds)?\s+to\s+\d")
# a best equalled: run again in this race ("Azu equalled his season's best of 6.57 to finish third")
EQUALLED_MARK_BEFORE = re.compile(
    r"\b(?:equall?ed|equall?ing|equals|matched|matching|matches)\s+(?:his|her|their|the|a)\s+(?:own\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:best|record|PB|PR|SB)\s+(?:of\s+)?$", re.IGNORECASE)
# a time before the words of someone's standing best: owned, and measured against ("well outside his 7:38.35 PB", "just
# off her 14:12.23 best") or said to stand ("his 3:51.70 best says he is still the fastest", "Green's 3:51.70 best
# remains"), or brought to the race from another ("came in with a 7:38.35 PB from Boston", "arrived with a 2:05:10 best"):
# a mark of another race (not "Hodgkinson's 1:57.40 season's best was enough for second", "came home with a 3:31.94 PB",
# this race's)
OWN_TIME_BEFORE = re.compile(
    r"(?P<against>\b(?:outside|inside|short\s+of|shy\s+of|off|than|beyond|near|close\s+to|within|improv(?:ed|ing|es)(?:\s+on)?|"
    r"better(?:ed|ing|s)?|lower(?:ed|ing|s)?|broke|breaking|beat(?:ing|s)?)\s+)?"
    r"(?:\b(?P<pron>his|her|their)|(?P<poss>[’']s?)|\b(?P<brought>arrived|arrives|arriving|came\s+in|comes\s+in|came\s+into\s+(?:the\s+)?(?:race|final|meet(?:ing)?)"
    r"|entered\s+(?:the\s+)?(?:race|final))\s+with\s+an?|(?<!\bnow\s)\b(?P<owned>owns|owned|holds|held|boasts|possesses)\s+an?)\s+$",  # ("who owns
    re.IGNORECASE)  # a 13:41.22 personal best for 5,000 meters on the track": a best standing before)
STANDING_BEST_AFTER = re.compile(r"\s*(?:personal[\s-]+(?:best|record)|lifetime\s+best|career\s+best|season['’]s\s+best|PB|PR|SB|best"
                                 r"|(?:[\w-]+\s+){1,3}?record)\b",  # (or a record of one to three words: "18 seconds slower than
                                 re.IGNORECASE)  # Jakob Ingebrigtsen's 3:30.60 world indoor record from Liévin")
# ... said to tell of the runner, or to date from another race, after those words ("his 3:51.70 best says", "a 7:38.35 PB
# from Boston", "a 1:47.05 PB from the German U20 champs", "dates from 2019"; not "from the front", "stands as the fastest", "is
# still the fastest": this race's too)
STANDING_AFTER = re.compile(r"\s+(?:says|suggests|dates\s+(?:from|back)|from\s+(?:(?:19|20)\d\d|(?:the\s+)?(?-i:[A-Z])))", re.IGNORECASE)
# an old record said with "the", its holder unnamed: "The old mark of 28:00", "the previous course record of", French copy
# translated: "the old chrono of 2h25min49s"
# last year's winning time, its winner not named: "68 seconds quicker than last year's winning mark of 36:10" (nobody's)
LAST_YEARS_WINNING_BEFORE = re.compile(r"\blast\s+year['’]s\s+winning\s+(?:mark|time)\s+(?:of\s+|was\s+)$", re.IGNORECASE)
ANONYMOUS_RECORD_BEFORE = re.compile(
    r"\bthe\s+(?:old|previous|prior|former|existing)\s+(?:[\w-]+\s+){0,2}?(?:mark|record|limit|chrono)\s*(?:of\s+|was\s+|,\s*)?$", re.IGNORECASE
)
# its holder named after an old record: "belonged to Britain's Jack Buckner", "held by"; "McLaughlin-Levrone set it"
HOLDER_BEFORE = re.compile(r"\b(?:belong(?:ed|ing|s)?\s+to|held\s+by|owned\s+by|set\s+by|(?:stood|stands|was|is)\s+in\s+the\s+name\s+of)\s+(?:[\w’']+\s+){0,2}$",
                           re.IGNORECASE)  # (translated: "had stood in the name of Army's Sohail Amir")
# an old record's holder named at the opening of the sentence after it: "... off the previous record of 14:06.62.
# That mark belonged to Ethiopia's Letesenbet Gidey"
HOLDER_OPENING = re.compile(
    r"\s*(?:That|This|The)\s+(?:old\s+|previous\s+|former\s+)?(?:[\w-]+\s+){0,2}?(?:mark|record|time|best)\s+(?:had\s+)?"
    r"(?:belonged\s+to|been\s+held\s+by|was\s+(?:held|set|owned)\s+by)\s+(?:[\w’']+\s+){0,2}$"
)
# ... or in a clause right after the mark, the holder its subject: "the meet record of 10:24.15 that Katie Brennan of Holmdel had
# held since 2017", "a record of 8:58.2, which Ann Hill set in 1999"
THAT_HOLDER_GAP = re.compile(r"\s*,?\s*(?:that|which)\s+", re.IGNORECASE)
MARK_CLAUSE_BEFORE_NAME = re.compile(r"\b(?:which|that)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)  # ... "which the Kenyan "
HELD_IT_AFTER = re.compile(r"(?:\s+(?:of|from)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})?(?:\s*\([^()\n]{1,30}\))?\s+"
                           r"(?:had\s+)?(?:held|set|owned|ran|run|clocked)\b", re.IGNORECASE)
SET_IT_AFTER = re.compile(r"\s+(?:had\s+)?(?:set|ran|run|clocked)\s+it\b", re.IGNORECASE)
# a sentence's end right after a quote's closing mark: 'described the race as "my Independence Day". Garba told ...'
SENTENCE_END_AFTER_MARK = re.compile(r"[ \t]*[.!?](?=\s|$)")
PRONOUN_SENTENCE = re.compile(r"(?:^|[.!?]\s+)(?-i:He|She)\b", re.MULTILINE)  # a sentence opening with "He" or "She"
SPEAKER_ONLY_SENTENCE = re.compile(r"\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:said|told|added|explained|admitted|insisted|declared|recalled|noted|tweeted|wrote|posted|conceded|remarked|reflected)"
                                   r"(?!\s+(?:nothing|little|no)\b)(?:\s+(?-i:[a-z])[\w'’-]*){0,4}\s*[.!?]")  # (not "Ingebrigtsen
# said nothing.", "Ruth Chepngetich smiled.", "Coach Trevor Painter agreed.")
# a relative clause set off by commas: ", who won 10,000m silver at the World Championships in Budapest,"
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b(?:[^,;.]|(?<=\d)[,.](?=\d))*")
WHO_OPENING = re.compile(r",\s+who(?:se)?\b")
# a description set off by commas that holds a relative clause: ", the American who had looked so sharp in
# the semi-finals," (what it says is about the athlete, not the time after it)
APPOSITIVE_RELATIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;.]{0,40}?\b(?:who|which|whose)\b(?:[^,;.]|(?<=\d)[,.](?=\d))*(?=,)", re.IGNORECASE)
# a restrictive relative clause about a record or mark: "a course record that had stood since 2011"
RECORD_THAT_CLAUSE = re.compile(r"\b(?:record|mark|best|time)\s+that\s+(?:had\s+|has\s+)?(?:stood|lasted|survived|dated|been)\b[^,;.]*", re.IGNORECASE)
# a title set off by commas after a name: ", the 2024 Boston Marathon champion,", ", the Olympic silver medallist,"
TITLE_APPOSITIVE = re.compile(
    r",\s+(?:the\s+|a\s+)?[^,;.]{0,60}?\b(?:champion|winner|medall?ist|record[\s-]holder|titleholder|runner-up|representative|finalist|semi-?finalist)\b(?:[^,;.]|(?<=\d)[.,](?=\d)){0,60}(?=,)",
    re.IGNORECASE,
)
# ... a name in it as a preposition's object: ", runner-up to Chebet", ", winner ahead of Ngetich" (`attach._in_title_of_another`)
TITLE_OBJECT_BEFORE = re.compile(r"\b(?:to|behind|over|of|by|than|after|against|beating|from|ahead\s+of|whom|when|that)\s+(?:[\w’'-]+\s+){0,2}$",
                                 re.IGNORECASE)
# ... or one a clause of its own is about: "the European medallist Jakob Ingebrigtsen beat in Rome", "the Boston champion Sharon
# Lokedi could not shake"
TITLE_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|beat|took|won|ran|could|had|has|did|outran|caught)\b")
# a preposition right before a name: "After Obiri, Boston champion Lokedi was the next Kenyan home" (no title of Obiri's)
PREPOSITION_RIGHT_BEFORE = re.compile(r"\b(?:after|before|behind|with|without|for|to|of|from|like|unlike|than|beside|besides|about|despite|"
                                      r"against|over|including|alongside|except)\s+$", re.IGNORECASE)
# a place in another race set off by commas after a name: ", fourth in the Olympic marathon in Paris,"
PLACE_APPOSITIVE = re.compile(rf",\s+(?:{_ORD})\s+(?:in|at)\s+[^,;.]{{0,90}}(?=,)", re.IGNORECASE)
# what makes an ordinal a position during the race, said after it: "Beamish was sixth with 150 to go", "third
# at the bell", "fifth through 800m"
POSITION_AFTER = re.compile(
    r"\s+(?:with\s+\d+\s?(?:m|metres?|meters?)?\s+(?:to\s+go|left|remaining)|at\s+the\s+bell|at\s+half-?way|"
    r"(?:at|after|through)\s+\d[\d,]*\s?(?:m|km|metres?|meters?)\b|on\s+the\s+(?:last|final|penultimate)\s+lap|"
    r"(?:into|off)\s+the\s+(?:final|last|home)\s+(?:straight|bend))",
    re.IGNORECASE,
)
# a win said right before its time: "went past Cole Hocker in the last five metres to win in 3:36.54"
# a place or a win dated today right before its time: "was second on Friday in 14:07.94" (whatever past the
# stretch before it tells: "who set it in Valencia in 2020 and was second on Friday in")
PLACED_TODAY_BEFORE = re.compile(
    rf"\b(?:won|wins|(?:{_ORD}))\s+(?:on\s+)?(?:today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:in|with)\s+$",
    re.IGNORECASE,
)
WIN_RIGHT_BEFORE = re.compile(r"\bto\s+win\s+(?:(?:the|her|his)\s+[\w’'-]+\s+)?(?:in|with)\s+$", re.IGNORECASE)
# a race said to be won by the athlete named next: "to finish third in the men's 60m, won by Jamaica's Ackeem Blake in 6.53"
# (or by a club's: "The women's race was won by Wirral AC's Hannah Rowe in 2:44:10")
WON_BY_BEFORE = re.compile(
    r"\b(?:won|taken|claimed)\s+by\s+(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*(?:['’]s|s['’])\s+|(?:the\s+)?(?-i:[A-Z])[\w.-]*\s+)?$",
    re.IGNORECASE)
# ... or a victory said celebrated or taken by the runner, a description between: "Among men the victory was celebrated by the
# representative of Kenya Dominik Kiptu Rutto" (Russian copy translated)
_VICTORY_PASSIVE = r"(?:was|went)\s+(?:celebrated|taken|won|claimed|seized|captured|secured)\s+by"
VICTORY_BY_BEFORE = re.compile(r"\b(?:victory|win|title)\s+" + _VICTORY_PASSIVE + r"\s+"
                               r"(?!(?:the\s+)?(?:fans|crowd|crowds|supporters|spectators|public|people|family|friends|team|home)\b)"  # (not "by fans of")
                               r"(?:(?:the|a|an|of)\s+|(?-i:[a-z])[\w-]*\s+|(?-i:[A-Z])[\w-]*\s+(?=of\b)|(?-i:[A-Z])[\w-]*\s+(?=(?-i:[A-Z])|$)){0,6}$",
                               re.IGNORECASE)
VICTORY_PASSIVE_AFTER = re.compile(r"\s+" + _VICTORY_PASSIVE + r"\b", re.IGNORECASE)  # (the
# race's winner then the runner after it, `attach.race_winners`)
# ... unless a place other than the win is the one taken: "the third place was taken by Kenyan Nicholas Rotich in 2:09:40"
PLACE_TAKEN_BY_BEFORE = re.compile(rf"\b(?P<ord>{_ORD})\s+(?:place|spot|position)\s+(?:was|is|has\s+been)\s+(?:taken|claimed|won)\s+by\s+[^.;:]{{0,40}}$",
                                   re.IGNORECASE)
# ... or the second of two winners, each with their time: "The full marathon was won by Tauranga's Sam Whitfield in 2:21:47 and
# Christchurch's Hannah Ruawai in 2:43:30" (the men's and the women's race)
WON_BY_PAIR_BEFORE = re.compile(
    r"\b(?:won|taken|claimed)\s+by\s+[^.;:]{2,60}?\s+in\s+\d[\d:.,]*\s+and\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:['’]s|s['’])\s+)?$",
    re.IGNORECASE)
# ... or with no verb, opening its clause: "Fifth the blue Pietro Arese in 3:32,74", "third the Jamaican Rasheed Broadbell
# in 13,21", "Third Alessandro Sibillo of the Yellow Flames in 48,15", with an aside: "Twelfth, at the debut on the
# distance, Ludovica Cavalli with 15:08,62", "Only ninth, instead, Freweini Hailu" (translated; not "first", as often an
# adverb: "First Kipchoge went through")
INVERTED_PLACE_BARE = re.compile(
    rf"(?:^|(?<=[.;:!?,]\s)|(?<=[.!?][»”\"]\s)|(?<=\n))(?:only\s+)?(?!(?:first|1st)\b)(?P<ord>{_ORD})(?P<aside>\s*,[^,.;:!?\n]{{1,40}},)?\s+(?:the\s+(?:(?-i:[a-z])[a-z]+\s+)?)?"
    r"(?:" + _DEMONYM_SHAPE + r"\s+)?$",
    re.IGNORECASE,
)
# ... after an aside only with no verb between the name and its time ("Twelfth, at the debut on the distance, Ludovica
# Cavalli with 15:08,62"; not "Second, and perhaps more important, Cole Hocker ran 3:29.50": a list's second point)
NO_VERB_TO_TIME = re.compile(  # (a relative clause between: "Freweini Hailu, that after the 3000 metres has lost the contact (14:51,20)")
    r"(?:\s*\([^()]{0,40}\))?(?:\s*,\s*(?:that|who|which)\b[^.;:!?()]{0,80})?\s*,?\s*(?:(?:with|in|on)\s+)?\(?")
# a medal taken right before its time: "took bronze in 15:29.44", "claimed the silver medal with 1:58.10"
MEDAL_RIGHT_BEFORE = re.compile(
    r"\b(?:took|takes|taking|won|wins|winning|claimed|claims|claiming|grabbed|earned|collected|bagged|snatched)\s+(?:the\s+|a\s+)?"
    r"(?P<medal>gold|silver|bronze)(?:\s+medal)?\s+(?:in|with)\s+$",
    re.IGNORECASE,
)
# an overall place of a mixed field, after its ordinal: "took the women's race in 16:48 and was 19th overall"
OVERALL_AFTER = re.compile(r"\s+overall\b", re.IGNORECASE)
# a place said of a position during the race: "sat in second behind the pacemaker"
POSITION_VERB_BEFORE = re.compile(r"\b(?:sat|sitting|settled|lying|lay|tucked|stayed|moved|moving|running|dropped|slipped|was\s+running)\s+(?:\w+\s+)?$", re.IGNORECASE)
# what joins a name to the one listed before it: "ahead of the Ethiopian Taye (30:02) and the also Kenyan
# Kipkemboi", "beat Kerr, Hocker and Nuguse"
LISTED_AFTER = re.compile(r"\s*(?:\([^()]{0,24}\)\s*)?(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?(?:[\w’'-]+\s+){0,3}")
# the agent of a passive before a name: "a final won by Scotland's Laura Muir", "where she was beaten only by the world
# record holder Sydney McLaughlin" (no antecedent of a later pronoun or description)
# a passage's runner as the agent named right before its time: "After 1200 m, passed by Meshesha in 3.14,8"
TIMED_BY_AGENT_BEFORE = re.compile(r"\b(?:covered|run|ran|passed|reached|clocked|completed|done)\s+by\s+$", re.IGNORECASE)
IN_GAP = re.compile(r"\s+in\s+")  # ... and between the agent named and the time
CLOCKED_AT_GAP = re.compile(r"\s+(?:was\s+|being\s+)?(?:clocked|timed)\s+(?:at|in)\s+")  # ... or the one clocked at it: "with Boudreau
# clocked at 15:49" (not a group's, its leader named after a word of place: "the chase group behind Emma Lowe was clocked at 16:58")
OBJECT_OF_PLACE_BEFORE = re.compile(r"\b(?:behind|ahead\s+of|from|of|than|over|beside)\s+$", re.IGNORECASE)
AGENT_BEFORE = re.compile(r"\b(?:won|taken|claimed|led|set|run|beaten|paced|coached)\s+(?:only\s+|just\s+|[a-z]+ly\s+)?by\s+(?:[\w’'-]+\s+){0,4}$")
# a preposition right before a possessive name: "questions about David Rudisha's world record", "his
# sights on Khannouchi's mark" (the name owns the object of the preposition: no antecedent of a pronoun)
# (or of what a reported clause is about: "Cheptegei said Bekele's 10,000m record ... would be next on his list")
# a name after a preposition and a possessive's relation, someone the sentence's subject is related to: "he succeeds in the
# palmares to his compatriot Josué Cheptegei", "dedicated it to her coach X" (no antecedent of a later pronoun)
RELATION_OF_SUBJECT_BEFORE = re.compile(r"\b(?:to|for|from|of|with|behind|than)\s+(?:his|her|their)\s+(?:[a-z][\w’'-]*\s+){1,2}$")
# demonyms that are given names too ("Finn Reardon", "Dane Bird-Smith"): in a results row, before a surname and a country's
# code, the given name (not a country's name nor another demonym: "2. USA Red USA 38.20", "2. Swiss Kambundji SUI")
GIVEN_NAME_DEMONYMS = frozenset({"finn", "dane"})
ROW_OPENING_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)]?[ \t]+$")
# a country's adjective, never a given name ("Kenyan", "British", "Chinese", "French", "Israeli")
COUNTRY_ADJECTIVE_SHAPE = re.compile(r"(?:an|ish|ese|ch|i)$", re.IGNORECASE)
# a country's name after one of these is the country ("for Kenya Defence Forces", "of Israel Athletics")
COUNTRY_AS_PLACE_BEFORE = re.compile(r"\b(?:of|for|from|in|to|at|with|against|representing|beat|beating|over|across)\s+$", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(
    r"\b(?:about|on|upon|for|to|at|into|onto|toward|towards|under|beyond|near|around|after|inside|outside|within|"
    r"said|says|added|adds|admitted|believes|believed|thinks|thought|felt|knew|knows|hopes|hoped|expects|expected)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# an article before a possessive name, the owner of a mark inside a noun phrase: "to break the late Kelvin Kiptum's world
# record" (no subject, as after a preposition; not "could not follow the Ugandan Joshua Cheptegei's surge. The world record
# holder won", nor "cheered the teenage Jakob Ingebrigtsen's victory. He won": what they did, the next sentence theirs)
ARTICLE_BEFORE_OWNER = re.compile(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
TARGET_COLON_BEFORE = re.compile(r":\s+$")  # ... or one named after a colon: "for one thing: Cam Levins's Canadian record"
# ... or one named right after a verb of aiming at or breaking a mark: "was targeting Morven Gillies' course record of 1:01:47",
# "broke Kiptum's record"
VERB_BEFORE_OWNER = re.compile(r"\b(?:target(?:ing|ed|s)?|chas(?:ing|ed|es)|eye(?:ing|d|s)|attack(?:ing|ed|s)|br(?:oke|eaking|eaks)|beat(?:ing|s)?|"
                               r"better(?:ing|ed|s)|eclips(?:ing|ed|es)|smash(?:ing|ed|es)|lower(?:ing|ed|s)|equal(?:l?ing|l?ed|s)|miss(?:ing|ed|es)|"
                               r"eras(?:ing|ed|es)|surpass(?:ing|ed|es)|rewr(?:ote|iting)|undercut(?:ting)?)\s+$", re.IGNORECASE)  # (a mark
# aimed at or broken; not "confirmed Hodgkinson's winning time", whose owner a later "she" stands for)
OWNED_MARK_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:record|mark|best|time|standard)s?\b", re.IGNORECASE)
# a relative clause before a name, whose subject it makes it: "the record that Genzebe Dibaba had set",
# "the 2:03:36 that his friend and training partner Bashir Abdi ran", "the stretch where Sharon Lokedi ran away"
# (no antecedent of a later pronoun)
RELATIVE_SUBJECT_BEFORE = re.compile(  # (not a demonstrative after a preposition: "After that it was Ingebrigtsen himself who took
    r"(?<![Aa]fter\s)(?<![Bb]efore\s)(?<![Ll]ike\s)\b(?:that|which|whom|where)\s+(?:[\w'’-]+\s+){0,5}$")  # over")
# a contrasting clause before a name: "while Clara Evans gave the home crowd", "while her twin sister Eilish
# Flanagan finished fifth" (its subject yields to the main one's)
CONTRAST_BEFORE = re.compile(r"\b(?:while|whilst|whereas)\s+(?-i:[a-z][\w’'-]*\s+){0,4}$", re.IGNORECASE)
# a subordinate clause before a name: "as Jake crossed the line" (its subject is no antecedent)
# a sentence opening with a clause of its own whose subject is a pronoun, the main clause's subject named after it: "Two days
# after he ran 2:04:43 at the Chicago Marathon ..., Conner Mantz was still walking down stairs sideways"
PRONOUN_CLAUSE_OPENING = re.compile(
    r"\s*(?:(?:\w+\s+){1,2}(?=after|before))?(?:after|before|when|once|although|though|while|since)\s+(?P<pron>he|she)\s+(?!\w+\s+(?:\w+\s+)?said\b)",
    re.IGNORECASE)
SUBORDINATOR_BEFORE = re.compile(r"\b(?:as|when|while|after|before|because|since|until|once|although|though|if)\s+$", re.IGNORECASE)
# the last places of a top few, filled by those just listed: "completed the top five", "rounded out the podium"
WITH_TIME_GAP = re.compile(r"\s+with\s+")  # "... closed the top seven with 46min02s" (translated)
TOP_ROUNDED_OUT = re.compile(
    r"\b(?:completed|completing|rounded\s+out|rounding\s+out|made\s+up|filled\s+out|closed|closing|closes)\s+the\s+"
    r"(?:top\s+(?P<n>three|four|five|six|seven|eight|ten|\d{1,2})|(?P<podium>podium))\b",
    re.IGNORECASE,
)
# a narrow win over a named rival, who then finished one place behind: "held off Zharnel Hughes",
# "edged out the Ethiopian Tigst Assefa", "pipped Kerr", "ran 6.44 to edge Christian Coleman", "won by almost six seconds
# over Miami's Josh Whitaker" (a name after "over": not "won by 12 seconds over the same course")
NARROW_BEAT = re.compile(r"\b(?:held|holding|holds|hold)\s+off|\bto\s+edge\s+(?:out\s+)?|\bedg(?:ed|ing|es)\s+(?:out\s+)?|\bpipp(?:ed|ing)|\bout-?(?:leaned|dipped|lunged)|"
                         r"\b(?:won|wins|winning)\s+by\s+(?:[\w.-]+\s+){1,5}?over\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
# rivals named after a placed athlete, in the order they finished: "won in 3:27.79 ahead of Hocker
# (3:27.80) and Nuguse (3:27.85)", "in front of", "won in 26:31,01 before Aregaui (26:31,13)", "preceding the American
# Tamari Davis, 11,09" (translated),
# "took the 400m hurdles in 46.70 from Samba of Qatar (46.95)" (British; not "breaking away from"), "holding off Battocletti (30:43.35) and Hassan (30:44.12)",
# "became in 2:17:49 hours second, with clear distance followed Magdalena Shauri from Tanzania in 2:18:41" (translated)
# ... and those listed after "behind", who finished just ahead of the placed athlete: "placed third in 7.50
# behind Grant Holloway of the USA (7.38) and Jamaica's Rasheed Broadbell (7.47)"
# the words that put a rival behind the one named before, as a list of followers opens: "ahead of", "before" (translated)
AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+front\s+of|before|preceding)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
FOLLOWERS_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+front\s+of|clear\s+of|before|preceding|(?<!away\s)from|beating|defeating|(?:holding|held)\s+off|edging(?:\s+out)?|followed(?:\s+by)?|"
    r"out-?(?:sprinting|kicking|leaning|dipping)|pipping|"  # ("won in 1:03:18, outsprinting Lesotho's Tebello Ramakongoana (1:03:21)")
    r"(?P<came>(?-i:B)ehind\s+(?:her|him)\s+(?:came|followed|finished))|(?P<behind>behind))\s+",
    re.IGNORECASE,
)  # (a sentence of its own after the win: "... won in 2:23:05 hours. Behind her came the Kenyan Purity Chepkirui (2:23:58) and ...")
# what may stand between the rivals of such a list: times (bracketed or after "in"), commas, "and",
# a country or nationality, a title: ", the Jamaican", " (3:27.80) and Britain's", "world champion", " of Qatar"
# (each piece atomic, the repetition possessive: a long run of digits or capitals that fails at its end
# is given up at once, not split every way)
FOLLOWER_GAP = re.compile(
    r"(?>\s|,|\band\b|\bthe\b|\bin\b|\bon\b|\bof\b|\([^()]{0,24}\)|\d[\d:.,]*|[A-Z][\w'’-]*|"
    r"\b(?:olympic|world|defending|reigning|european|national|compatriots?|team[\s-]?mates?|club[\s-]?mates?|club|colleagues?|country(?:man|men|woman|women)|fellow|champion|"
    r"record[\s-]holder|his|her|their)\b)*+"
)
# ... or the subject of an inverted verb: "Second in 13:05.11, behind Grant Fisher, came Yomif Kejelcha"
# ... or after a time and a verb of taking, as Slavic copy translated puts the subject last: "while the third place with 2:13:57
# has taken the Ugandan Moses Chelangat" (the gap between the time and the name)
INVERTED_TAKER_GAP = re.compile(r",?\s+(?:has|have|had)\s+(?:taken|won|occupied|claimed)\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?",
                                re.IGNORECASE)
INVERTED_SUBJECT_BEFORE = re.compile(r",\s+(?:came|was|finished|ran|followed|crossed\s+the\s+line)\s+(?:home\s+)?$", re.IGNORECASE)
# the agent of a passive win, right before the name: "won in 9.83, ahead of Fred Kerley, by Noah Lyles"
BY_AGENT_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# what follows a rival of such a list: a time, a bracket, the end of the clause or the next rival, after the rival's
# country ("of the British Virgin Islands, 48,02"), or "with" its time ("before Zoë Sedney with 12.88", translated) ("before
# Hocker won the 5000m" is no list)
FOLLOWER_END = re.compile(r"\s*(?:(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*)?(?:[(,.;:]|and\b|(?:in|with|on)\s+\d|$)")
# a stretch of a sentence that opens with "where" or "when", whose place or time the stretch before names
WHERE_OPENING = re.compile(r"\s*(?:where|when)\b", re.IGNORECASE)
# a stretch of a sentence that opens with a participle: ", cruising through in 1:47.88" (what it says goes on from
# the stretch before: "in Friday's heats")
RELATIVE_WORD = re.compile(r"\b(?:where|which|who|whom|whose|that|when|as|like)\b", re.IGNORECASE)
# ... and the result's own ones: "finishing sixth in 2:25:49" (the clause before tells when)
RESULT_PARTICIPLE_OPENING = re.compile(r"\s*(?:winning|finishing|clocking|taking|running|placing|crossing)\b")
PARTICIPLE_OPENING = re.compile(r"\s*(?!(?:winning|finishing|clocking|setting|taking|breaking|running|bringing|improving)\b)[a-z]{3,}ing\b")
# a sentence opening with a past participle's clause, no comma yet: "Crowned in Bathurst in 2023 in 33:48, she ...",
# or with "after" and a verb's -ing: "After clocking 7.12 in her heat, the Commonwealth relay champion ..."
# ... passive, with its agent: "Pulled by Hugo Hay, ...", "Paced by the Kenyan ..." (the main clause's subject after it)
# between a time and a name opening a clause of contrast after it (`attach.subject_for`): "he led in 26:57, but Gressier"
CONTRAST_NAME_GAP = re.compile(r"\s*,?\s*(?:but|while|whereas|whilst|yet)\s+", re.IGNORECASE)
AND_CLAUSE_GAP = re.compile(r"\s*,\s*and\s+", re.IGNORECASE)  # ... or ", and" before a clause of the name's own (a verb after it)
PRONOUN_THEN_VERB = re.compile(r"\b(?P<pron>he|she)\s+(?=[a-z])", re.IGNORECASE)  # ... and a subject pronoun before the time: "he led"
CONTRAST_CLAUSE = re.compile(r"\b(?:while|whereas|whilst|but|as)\s+(?:the\s+|his\s+|her\s+)?(?:[\w’'-]+\s+)?[a-z]+(?:ed|s)?\b", re.IGNORECASE)
AGENT_PARTICIPLE_OPENING = re.compile(r"\s*(?-i:[A-Z])[a-z]{2,}(?:ed|en)\s+by\s")
PAST_PARTICIPLE_OPENING = re.compile(r"\s*(?:(?-i:[A-Z])[a-z]{2,}(?:ed|en)|(?-i:After|Having)\s+[a-z]{2,}(?:ing|ed|en))\b[^,;.]*$")
# ... or with the time itself: "With the time of 3min40s12, the Brazilian surpassed ..." (translated copy's order; not "In
# 3:30.02, the runner-up also set a season's best", nor "With 10:55 on the clock at the bell")
TIME_PHRASE_OPENING = re.compile(r"\s*(?-i:With)\s+(?:a|the|his|her)\s+(?:(?:winning|final|new)\s+)?(?:time|mark)\s+of\s+$")
# a clause of what would have been: "he would have won every previous edition"
UNREAL_VERB = re.compile(r"\b(?:would|could|might)\b")
# a possessive inside a description: "the Scot's teammate Neil Gourley" is no description of the Scot
APOSTROPHE_S = re.compile(r"['’]s\b")
# a cleft sentence's opening, up to its "that": "It was on Bislett that Warholm ..."
CLEFT_OPENING = re.compile(r"\s*(?-i:It)\s+(?:was|is)\b[^.;!?]*\bthat\s+$")
# ... and the pronoun opening the main clause after it
CLAUSE_PRONOUN_OPENING = re.compile(r"\s*(?P<pron>he|she)\b", re.IGNORECASE)
# a stretch of a sentence that opens with "with": ", with the world record 49,29"
WITH_OPENING = re.compile(r"\s*with\b", re.IGNORECASE)
# the -ing verb a name in a "with" phrase does: "with Tom Perkins delighting the home crowd by coming home third"
ING_VERB_AFTER = re.compile(r"\s+[a-z]{2,}ing\b")
# ... or the place it took, all between it and the time: "with Briton Emile Cairess a brave fourth in 2:07:29" (not "with
# Butterworth ninth and last in 57.4", a position on the way), or right behind the one before: "took the second in 1:48.61
# with Heppenstall right behind him in 1:48.97", "with Houser second behind him in 3:40.15", "with St. Pierre right on her
# shoulder in 15:19.40", "with Sarah Khan (SW30-34) not far behind in 21:36", "with Isla Ferguson (Falkirk Victoria) first girl
# in 13:10", "with Ana Cole the first woman home in 33:10", "with Ana Cole first V40 in 36:10", a club's "and Jo Marsh third
# scorer in 33:05", "with Ann Bell last finisher in 41:20"
PLACE_THEN_TIME = re.compile(
    rf"\s+(?:(?:(?:a|an)\s+(?:[a-z-]+\s+)?|the\s+)?(?:{_ORD}|last)(?:\s+place|\s+(?:girl|boy|woman|man|lady|female|male|junior|veteran|master|scorer|counter|finisher|(?-i:[MFVW]\d\d|U\d\d))(?:\s+home)?)?(?:\s+behind\s+(?:him|her))?|(?:right|just|close|hard|not\s+far)\s+behind(?:\s+(?:him|her))?|"
    r"(?:(?:right|just|close|hard)\s+)?on\s+(?:his|her)\s+(?:shoulder|heels)"
    r"|(?:(?:took|taking|won|winning|grabbed|grabbing|claimed|claiming)\s+)?(?:the\s+|an?\s+(?:[a-z-]+\s+)?)?(?:silver|bronze)(?:\s+medal)?)\s+in\s+",  # "and
    # Whitfield bronze in 7:39.15", "and Whitfield took bronze in" (its verb left out after the first runner's or said)
    re.IGNORECASE,
)
# a runner's age set off after the name: ", 44 years young,", ", 31,", ", aged 29,"
# ... or where the name's runner is from and an aside about them, set off by commas: "with Annet Chelangat of Prisons, no
# relation to the winner, a distant third in 33:40.2"
FROM_AND_ASIDE_IN_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?,\s+[^,;:\d()]{1,40},")
AGE_ASIDE = re.compile(r"^,\s*(?:aged\s+)?\d{1,2}(?:\s+years?\s+(?:old|young))?\s*,")
# a "with" phrase before a name: "with dos Santos clocking 47.28 and Estonia’s Rasmus Mägi third"
WITH_PHRASE_BEFORE = re.compile(r"[,;]\s*with\s+[^,;]*$", re.IGNORECASE)
# ... or one right after a time, whose name a time after it is of when it acts or is placed ("took the second in 1:48.61
# with Heppenstall right behind him in 1:48.97"; not an object: "through halfway in 14:09.6 with Kandie at the front")
WITH_PHRASE_AFTER_TIME = re.compile(r"\d\s*with\s+[^,;]*$", re.IGNORECASE)
# a clause of its own opening right before a name: "Chepngetich was forced to settle for second as the Netherlands'
# Sifan Hassan stormed to victory in 2:13:44" (the second is not Hassan's)
CLAUSE_OPENING_BEFORE = re.compile(r"\b(?:as|while|whereas)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
# a line of a ranking list, the time first and where and when it was run after the name: "1. 3:47.63 Yared
# Nuguse (New York, 8 February, indoors)", "3. 3:26.73 Jakob Ingebrigtsen (Monaco 2024)": marks of other races
# (or a bullet: a record's progression; or nothing, the mark opening its line: "1:07:11 – Liz McColgan – Tokyo – 26 January 1992")
RANK_LINE_BEFORE = re.compile(r"^[ \t]*(?:(?:(?:=|T-?)?\d{1,3}[.)]?|[-*•·])[ \t]+)?$")
MARKS_LIST_HEADER = re.compile(r"\b(?:progression|records?|all-time|history|historical|lists?|bests?|fastest)\b", re.IGNORECASE)
# another's mark named right before a past cue after the time: "clocking 7.29 ... to take a hundredth off Colin Jackson's mark
# from 1994" (the year dates Jackson's mark, not the time)
OWNED_MARK_RIGHT_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:mark|record|best)\s+$", re.IGNORECASE)
DASH_AFTER_MARK = re.compile(r"[ \t]+[–—-][ \t]+")
RANK_LINE_AFTER = re.compile(
    r"^[ \t]+[A-Z][^\n(]{2,60}\([^)\n]*(?:\b(?:19|20)\d\d\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2}\b)[^)\n]*\)"
    # ... or without brackets, as a statistician's list writes it: "1. 3:26.00 Hicham El Guerrouj MAR Rome 14.07.1998"
    r"|^[ \t]+[A-Z][^\n]{2,60}?[ \t]\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d[ \t]*$"
    # ... or the place and the year alone ending the line: "3:49.78 Eamonn Coghlan IRL East Rutherford 1983" (not a birth
    # year after a country's code: "14:01.62 Elkanah Kiprono KEN 2001")
    r"|^[ \t]+[A-Z][^\n]{2,60}?[ \t][A-Z][a-z][\w’'.-]*[ \t]+(?P<place_year>(?:19|20)\d\d)[ \t]*$"
    # ... or the country in brackets and the place and the day after it: "3. 13:00.92 George Mills (GBR) London, 19 July"
    rf"|^[ \t]+[A-Z][^\n(]{{2,60}}\([A-Z]{{3}}\)[ \t]+[A-Z][\w .’'-]{{1,30}},[ \t]+(?:\d{{1,2}}[ \t]+(?:{MONTHS})|(?:{MONTHS})[ \t]+\d{{1,2}})\b"
    # ... or a record's progression, a dash before the name and the place and year after it: "- 12:39.74 – Daniel Komen
    # (KEN), Brussels 1997"
    # (or "4:12.33 – Sifan Hassan (NED), Monaco, 2019", a comma before the year; "27:39.4 – Ron Clarke (AUS) – Oslo,
    # 14 July 1965", a dash before the place and the day before the year; "– Tokyo – 26 January 1992", a dash after it too)
    r"|^[ \t]+[–—-][ \t]+[A-Z][^\n]{2,60}?(?:,|[ \t][–—-])[ \t]+[A-Z][\w .’'-]{1,30}?(?:,|[ \t][–—-])?[ \t]"
    rf"(?:\d{{1,2}}[ \t]+(?:{MONTHS})[ \t]+|(?:{MONTHS})[ \t]+\d{{1,2}},?[ \t]+)?(?P<year>(?:19|20)\d\d)[ \t]*$",
    re.MULTILINE,
)
# a line that introduces the results in finishing order, without places: "Top of the result sheet:",
# "Results:", "Finishing order:", "The top five:"
# a colon that opens a list (not the colon of a time)
LIST_COLON = re.compile(r":(?!\d)[ \t]+")
# between a runner named in such a list and her time, and from her time to the next runner
NAME_TIME_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?,?\s+")
LIST_ITEM_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*(?:,|;)\s*(?:and\s+)?|\s+and\s+")
# a heading over the results that closes a report, a line of its own: "RESULTS", "Results (selected)", "CLASSIFICATION - 98ª
# SÃO SILVESTRE (15 km)", "Full results:" (its list is of the race the article is about, not of the side race told last)
RESULTS_HEADING = re.compile(r"[ \t]*(?:(?:full|final|official|selected|leading|top)\s+)?(?:results?|classifications?|standings)\b"
                             r"(?:[ \t]*\([^)\n]{1,30}\)|[ \t]+[-–—:|][^\n]{0,60})?[ \t]*:?[ \t]*", re.IGNORECASE)
RESULTS_HEADER = re.compile(r"\b(?:results?|result\s+sheet|finishing\s+order|top\s+(?:three|five|six|eight|ten)|the\s+order)\b[^\n]*:[ \t]*$", re.IGNORECASE)
# a line that introduces a list of marks run before the race: "Entrants and personal bests:", "The start list (SB):"
# a results list's heading that says the bracketed times are the runners' seeds: "GIRLS 1600 METERS – FINAL (seed time in
# parentheses)", "(seeds in brackets)"
SEED_TIMES_HEADING = re.compile(r"\bseed(?:ed)?(?:\s+(?:times?|marks?))?\s+(?:in\s+)?(?:parenthes[ie]s|brackets)\b", re.IGNORECASE)
ENTRY_HEADER = re.compile(
    r"\b(?:entrants|entries|entry\s+list|start\s*list|the\s+field|personal\s+bests?|PBs?|season['’]?s\s+bests?|SBs?|form\s+guide|"
    r"previous\s+winners|past\s+winners|roll\s+of\s+honou?r)\b",
    re.IGNORECASE,
)
# the decimals a time is written with, at its end: "3:39.17", "1:58,12", "14'24"16", "9.80s"
TIME_FRACTION = re.compile(r"[.,\"″”](\d{1,3})\s*[a-z]*$")
# the place after the time in a results line: "Kambundji Ditaji (SUI) 12.48 2."
LIST_PLACE_AFTER = re.compile(r"^\s+(?P<n>\d{1,2})\.(?=\s*$|\s*\n|\s+[A-Z])")
# the number before a name in a results list: "1. J. Ingebrigtsen (NOR) 3:48.41, 2. A. Habz", a tie
# "=2. Rushell Clayton", "T-3 Kessler", a bulleted line "- 1. Jakob Ingebrigtsen (NOR) 3:30.37", a table's row
# "5 | Heather MacLean | New Balance | 4:05.11", a club's medallists "Senior Men 1500m – 2nd Oliver Grant 3:58.41"
# (a club's list of overall places: "212  Dan Whitlock  58:47", "1,140  Kev Doyle  1:05:51"; not a year; after an ellipsis that
# skips places: "3. Meskerem Assefa (ETH) 2:22:01 ... 6. Katharina Steinruck")
# what may follow a list's place: a dot or a bracket, or an ordinal indicator, as Portuguese, Spanish and Italian
# lists write it ("1º Kibiwott Kandie (QUE) - 42min59s"); Japanese copy's place in brackets ("(7) Hosoya Kyohei 2:07:41")
_PLACE_MARK = r"(?:[.)]|[.]?[º°ª])?"
# ... a place set off by a dash needs its row's dash after the name too: "2 – Muse Gizachew – ETH" (not a listicle's "3 –
# Julien Alfred is the woman to beat")
ROW_DASH_AFTER = re.compile(r"[ \t]+[–—][ \t]|,[ \t]*(?:[A-Z]{3}\b|\d)|[ \t]*\(")  # (or its comma before a country's code or a time, or
# its bracket: "1 – Keely Hodgkinson, GBR, 1:56.72"; not a listicle's "1 – Faith Kipyegon, still the queen:")
LIST_PLACE_BEFORE = re.compile(
    r"(?:^|[,;]\s*|(?<!\d):\s*|:\s+|\n|\s[–—-]\s+|(?:\.\.\.|…)\s+)(?:[-*•·][ \t]+)?(?:=|T-?|(?<![^\n])\((?=\d{1,3}\)))?(?P<n>\d{1,2}|(?!(?:19|20)\d\d\b)\d{3,4}|\d{1,2},\d{3})"
    r"(?:" + _PLACE_MARK + r"|[ \t]*\||(?:st|nd|rd|th)(?:[ \t]+[-–—])?|(?<![:.]\d)(?<![:.]\d\d)[ \t]+(?P<dash>[–—]))\s+$"  # (an ordinal's dash: "1st - Kibiwott Kandie (KEN) - 42:59";
    # not a live blog's time of day: "19:44 — Hodgkinson wins"; a Brazilian list's dash: "2 – Muse Gizachew – ETH – 0h44min36s")
)
# ... and the place of a row of wire agate, which runs its rows together, after the time ending the row before: "1. Trayvon
# Bromell, United States, 9.94. 2. Fred Kerley" (the segmenter ends a sentence after "2."), or with no stop after the time:
# "1. Grant Holloway (U.S.) 7.36 2. Jakub Szymanski"
AGATE_PLACE_BEFORE = re.compile(r"(?:\d\.|[.:,]\d\d)[ \t]+(?P<n>\d{1,2})\.[ \t]+$")
# the label of a list of the home runners only, whose numbers rank them among themselves, no places in the race: "Local men: 1
# Wong Ka-chun 2:27:40; 2 Leung Ka-ho 2:29:15", "Domestic women:", "Best locals:"
HOME_RUNNERS_LIST_LABEL = re.compile(r"[ \t]*(?:(?:best|leading|top)\s+)?(?:(?:local|domestic|home)\s+(?:men|women|runners|athletes|finishers|boys|girls)"
                                     r"|locals)\s*:", re.IGNORECASE)
# the place opening a row of values set off by commas, its line's beginning to its runner's name: "1, " of "1, Callum Whitmore,
# Wellington Scottish, 29:12" (a list pasted from a spreadsheet)
COMMA_ROW_PLACE = re.compile(r"[ \t]*(?P<n>\d{1,3}),[ \t]*")
NUMBER_COLUMN_HEADER = re.compile(r"[ \t]*(?:bib|no\.?|number|#|id)[ \t]*,", re.IGNORECASE)  # ... unless its header's first column is a bib
# the rest of a results row after its runner's name: a club or country in a bracket, then the time ("(Portlaoise) 28:31"),
# its decimals after a comma in continental copy ("2. Lieke Klaver 50,56"; not "10,000")
# (a country or club set off by commas between, as wire agate writes it: "4. Jason Joseph, Switzerland, 7.50"; a time with
# prime marks, as Italian copy translated writes it: "4. O. Zoghlami (Ita) 8'09"71")
LIST_ROW_TIME_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*|,[ \t]*[^\W\d][^,;\n\d]{1,30},|,[ \t]*[^\W\d][^,;\n\d]{1,30}?[ \t]+(?=\d))?[-–—:,]?\s*\d{1,2}(?:[:.]\d{2}|,\d{2}(?!\d)|['′’]\d{2}[\"″”'’])")
# a row's place: "4", "=3", "T-5", "3.", "1º"
_ROW_PLACE = r"(?:=|T-?)?\d{1,3}" + _PLACE_MARK
# the place opening a results row, right before its runner's name: "; 4 M Mulhare", "\n3. Kessler", ". 3. Jarret Eaton" (wire
# agate's rows run on in one line), after the label of the
# line's event: "\n800m: 1. Marit de Boer", "\nMen's mile: 1. " (not a time's last digits at the end of the line before:
# "40km 1:55:43\nFinish 2:02:05"), or after the row before's time on the same line: "1. Grant Holloway (U.S.) 7.36 2. Jakub
# Szymanski (Poland) 7.48" (wire agate's one line an event), or a dash after it: "3:48.62 – 2. Bjørnstad, Even (IL Tyrving)"
ROW_PLACE_BEFORE = re.compile(r"(?:^|[;\n]|\.[ \t]+|…[ \t]+|(?<=[.:,]\d\d)(?=[ \t])|(?<=[.:,]\d\d)[ \t]+[–—](?=[ \t]))[ \t]*(?:[^\W\d][^\n:;]{0,24}:[ \t]+|\d{2,5}\s?m:[ \t]+)?" + _ROW_PLACE + r"[ \t]+"
                              + HONORIFICS + "$")  # (a rank between: "4. L/Cpl Brian Kiptum (Embakasi Garrison) 3:40.11")
# ... and a runner's age or school year right after the row's name: "4. Marcus Hill, 12, Delbarton", "3 Jo Ridge (11) Ramapo"
ROW_AGE_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+\()\d{1,2}\b\)?(?:,|[ \t]+[A-Z])")
# a heading over a list of teams, whose rows name schools and clubs: "Team results", "Boys 4x800m relay", "TEAM SCORES"
TEAM_LIST_HEADING = re.compile(r"\bteams?\b|\brelays?\b|\d\s?x\s?\d|\bscores?\b|\bstandings\b", re.IGNORECASE)
# ... and such a rank right before a name, read past for its place ("4. L/Cpl Brian Kiptum")
RANK_RIGHT_BEFORE = re.compile(r"(?<=\s)" + HONORIFICS + "$")
# a place on a course, after a way to or from it: "the long climb to Constantia Nek", "the descent from Constantia Nek", "the
# top of Constantia Nek", "The road from Haji Ali", "the final stretch to Azad Maidan", "ran together through the Bandra-Worli Sea
# Link", "reached the top of Constantia Nek" (not a person a race was lost to: "lost to Hull", "a late drive from Tom Ashcroft",
# "came over the top of Megan Thirlwell"; nor an owner: "a long way from Nick Willis's national record"); a fell's, after a way
# down or up it or ground below it: "held all the way down Shipman Knotts", "the descent off Kentmere Pike", "a face-plant in the
# bog below Nan Bield" (not "ran down Kipchoge in the last 200m", a runner caught)
ROUTE_PLACE_BEFORE = re.compile(
    r"\b(?:(?:road|climb|descent|route|summit|foot)\s+(?:up\s+|down\s+)?(?:to|from|of|towards?|into|off)|stretch\s+(?:to|into|towards?)"
    r"|all\s+the\s+way\s+(?:up|down)|(?:climbed|descended)\s+(?:up|down)"  # (not "Straight up Mounsey pulled clear")
    r"|(?:bog|beck|ridge|path|slope|flanks?|shoulder|col|valley|tarn|crags?|scree|stile)\s+(?:below|above|beneath|under|beside|off)"
    r"|(?:reach(?:ed|es|ing)?|at|to|from|near|by|on)\s+the\s+(?:top|foot|bottom|summit|crest)\s+of"  # (not "came over the top of Megan
    # Thirlwell", a runner)
    r"|(?:ran|run|runs|running|went|going|raced|racing|passed|passing)\s+(?:together\s+)?(?:through|over|across|under|along)"
    r"|(?:and|then)\s+back\s+(?:through|via)|(?<=\bwhich\s)(?:goes|heads|loops|winds)\s+(?:up\s+|down\s+|back\s+|out\s+)?(?:through|via))"
    r"\s+(?:the\s+)?$",  # (a route's way: "The route, which goes up towards Mexico Square and back through Kazanchis"; not a runner
    # passed: "Kiplimo heads past Kandie")
    re.IGNORECASE)
# a street's or a square's word before a name (Italian, French, Spanish, Portuguese left as written): "from Via dei Fori
# Imperiali", "on the Rue de Rivoli"; or a runner's home after their age, as Italian copy translated writes it: "The 27 years old
# of Bekoji" (places, no runners)
STREET_WORD_BEFORE = re.compile(r"\b(?-i:Via|Viale|Piazza|Piazzale|Corso|Largo|Rue|Calle|Plaza|Praça|Rua|Avenida)\s+"
                                r"(?:(?:de[il]?|della|delle|degli|dello|du|des|de\s+la|do|da|dos|das)\s+)?$")
AGE_OF_PLACE_BEFORE = re.compile(r"\b\d{2}[\s-]years?[\s-]old\s+(?:from|of)\s+$", re.IGNORECASE)
# ... or where a best was run: "whose best is 1:07:02 from Ras Al Khaimah" (not "won in 3:42.18 from Luke McCann", a runner
# beaten; nor "50.95 from Charlotte Moore's home meet", an owner)
BEST_FROM_PLACE_BEFORE = re.compile(r"\b(?:best|record|PB|PR)\s+(?:is\s+|was\s+|of\s+)?\d[\d:.,]*\d\s+from\s+$", re.IGNORECASE)
# a firm's name in a bracket, two names joined by "&": a row's club, "10 Mandla Khoza (Murray & Roberts) 3:19:05" (no runner)
FIRM_BRACKET_BEFORE = re.compile(r"\([ \t]*(?:(?-i:[A-Z])[\w'’.-]*[ \t]+){0,2}(?-i:[A-Z])[\w'’.-]*[ \t]*&[ \t]*$")  # ("(Victoria Park &
# Tower Hamlets)")
FIRM_BRACKET_AFTER = re.compile(r"[ \t]*&[ \t]*(?-i:[A-Z])[\w'’.-]*[ \t]*\)")
# a relay team's row, its runners named in the bracket after it: "2. Cornell (Brennan, Grant, Lindqvist, Moran) 11:12.40"
# (its four runners' surnames, a time after: not a student's "(Arts & Science, Barrie, Ont.)", nor a runner's "(Leeds, Yorkshire,
# England)")
_RUNNERS_BRACKET = r"\((?:(?-i:[A-Z][a-z])[a-z'’-]+,[ \t]*){2}(?-i:[A-Z][a-z])[a-z'’-]+(?:,[ \t]*|,?[ \t]+and[ \t]+)(?-i:[A-Z][a-z])[a-z'’-]+\)"
RUNNERS_BRACKET_AFTER = re.compile(rf"[ \t]*{_RUNNERS_BRACKET}[ \t]*\d{{1,2}}[:.]\d")
# ... its time, a team's: "2. Yale (Ochoa, Lund, Pratt, Ames) 3:39.01"
RUNNERS_BRACKET_BEFORE = re.compile(rf"{_RUNNERS_BRACKET}[ \t]*$")
CLASS_YEAR_BRACKET_BEFORE = re.compile(r"(?:\(\s*(?:Fr|So|Soph|Jr|Sr|Gr)\.?|(?-i:[A-Z]{2}[A-Z'’-]*),[ \t]*(?-i:FR|SO|JR|SR|GR))(?:\s*\d{1,2})?,\s*$")  # "(Sr., Gig
# Harbor)", "(Jr., Mead)", a row's "Declan WHITAKER, SR, Cornell, 4:00.12" (not a name's "Ken Lattimore, Sr., Jonah Brooks")
# ... or a place on the course set off with the time it was reached in: "at Drummond, which she reached in 2:54:12", "through
# Cato Ridge, passed in 3:36:05" (not after "by": "led by Tom Ashby, passed in 15:10" is a runner, and "surged by Cato Ridge" as
# like a place as a runner)
POINT_PLACE_BEFORE = re.compile(r"\b(?:at|through|past|until|till)\s+$", re.IGNORECASE)
POINT_PLACE_REACHED_AFTER = re.compile(r",\s+(?:which\s+(?:he|she|they|the\s+\w+)\s+)?(?:reached|passed)\s+in\s+\d")
HOMETOWN_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'’-]+,\s+(?:from|of)|\b(?:a|the)\s+native\s+of)\s+$")  # "Srinu, from Andhra Pradesh, kicked
# away" (set off by commas on both sides), "The 24-year-old, a native of Khenifra, finished"
# ... or a body's town, one word set off after it: "of the Army Sports Institute, Pune, broke away" (not "Kettering Town Harriers,
# Alex Yee, from the same club")
BODY_TOWN_BEFORE = re.compile(r"(?-i:\b(?:Institute|University|College|Academy|School|Centre|Center|Society)),\s+$")
# a results table whose rows give a club after the name, as a header names it ("Pos Name Club Cat Time") or a row's
# age category before its time tells ("3 Ravi Patel Kettering Town Harriers M40 32:20"): the name is cut before the club
CLUB_COLUMN_HEADER = re.compile(r"(?im)^[ \t|]*(?:pos(?:ition)?|place|pl|no)\.?[ \t|,]+(?:name|athlete|runner)[ \t|,]+"
                                r"(?:(?:cat(?:egory)?|age|yr|year|sex|gender)[ \t|,]+)?"
                                r"(?:club|team|affiliation|school|college|university|country|nation|nat)\b.*$")  # ("Pl  Name  School  Yr  Time",
# "Pos | Name | Cat | Club | Time")
COLUMN_GAP_AFTER = re.compile(r"\t| {2,}|[ \t]*[|,]")  # a table's column gap: a tab or two spaces or more, a bar, a comma
AGE_CATEGORY_LINE = re.compile(rf"[ \t]*(?:{_AGE_CATEGORY}|[MWFV]\d{{2}}[-–/][MWFV]?\d{{2}})[ \t]+\d")  # "W60 3000m: 1 Margaret ...", "M50-54 1500m"
# a veterans' category of fifty or older said in a sentence, whose runners' times may be slower than any the race's
# event allows (`context.repair_event`): "while Jean MacRae ran 1:22:56 to take the F60 category" (not "the M40 winner")
VETERAN_CATEGORY = re.compile(r"\b(?-i:(?:[MFWV]|MV|FV|LV|VF|VM)[5-9][05])\b")
CATEGORY_THEN_TIME_ROW = re.compile(rf"(?m)^[ \t]*\d{{1,4}}\.?[ \t]+[^\n]*?[ \t]{_AGE_CATEGORY}[ \t]+\d{{1,2}}[:.]\d{{2}}[^\n]*$")
# a results row of a place, a run of words and a time, the club glued to the name by one space or not: "4 Joe Marsh Unattached
# 1:54.40 PB", "1 Finn Gallagher Kestrel Park AC U17 1:59.44 CR" (`athletes.club_rows`)
PLACE_RUN_TIME_ROW = re.compile(r"(?m)^[ \t]*\d{1,3}\.?[ \t]+(?P<run>(?-i:[A-Z])[^\d\n()|,;:–—]*?)[ \t]+(?:(?-i:[A-Z])\d{2}[ \t]+)?(?:\d{1,2}:)?\d{1,2}[:.]\d\d\b")
# two words glued by a slash, a letter each side: "Ullensaker/Kisa", a club of two places' names (not "800m/1500m")
SLASH_GLUED = re.compile(r"[^\W\d_]/[^\W\d_]")
INSTITUTION_HEAD = re.compile(r"(?:Univ\.?|University|College|School|High(?:\s+School)?|HS|Academy|Institute|Corp\.?|Corporation)", re.IGNORECASE)
CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])")  # a name going on after a word: "Aoyama Gakuin University"
TABLE_ROW_PLACE = re.compile(r"(?m)^[ \t]*\|?[ \t]*\d{1,4}\.?(?:[ \t]*\|[ \t]*|[ \t]+|,[ \t]*(?=[^\W\d_]))")  # (a pipe table's too: "1 |
# Ross Baird |", and a row of values set off by commas: "1, Callum Whitmore, Wellington Scottish, 29:12")
# a new row of a results list run together in one line, between a name and a time: "2 A Richardson (Kilkenny) 28:02;
# 3 A-M McGlynn (Letterkenny) 28:17" (the time after it is not the name's before it)
LIST_ROW_BREAK = re.compile(r"[;\n]\s*" + _ROW_PLACE + r"\s+(?-i:[A-Z])")
# where a sentence divides into the stretches a time's cues are read in
SEGMENT_BREAK = re.compile(r",(?!\s*\d)|;|\s[–—-]\s|\(|\)|\bwhile\b|\bwhereas\b|\bbut\b")
# a subject pronoun before the time in its sentence: "He ran a time of ..."
# a possessive's words of answer opening the sentence that introduces a quote: "His answer, typically modest:", "Her verdict:"
POSSESSIVE_ANSWER_OPENING = re.compile(r"\s*(?P<pron>His|Her)\s+(?:\w+\s+)?(?:answer|reply|response|verdict|words|explanation|assessment|take)\b")
ASKED_RIGHT_BEFORE = re.compile(r"\b(?:asked|quizzed|questioned|pressed)\s+$", re.IGNORECASE)  # ... the one asked, named right after the verb
SUBJECT_PRONOUN = re.compile(  # (or after the point a sentence opens with: "After 200 m she had 23,4", translated)
    r"(?:^|[.;:!?]\s+|,\s+|\band\s+|\bwhen\s+|\bas\s+|^\s*(?:after|at|by|through)\s+\d[\d,.]*\s?(?:m|km|k|metres|meters|miles?)\s+)"
    r"(?P<pron>he|she)\b",
    re.IGNORECASE,
)
# a sentence opening with a pronoun's mark: "His previous best, 13:07.93, came in Rome"
# a sentence opening with a possessive pronoun: "His unofficial 1,500-meter split was 3:41.2" (whose split)
POSSESSIVE_OPENING = re.compile(r"\s*(?P<pron>His|Her)\b")
POSSESSIVE_MARK_OPENING = re.compile(
    r"\s*(?P<pron>his|her)\s+(?:(?:[\w’'-]+\s+){0,3}?(?P<noun>best|record|mark|time|PB|PR)\b|(?=\d))", re.IGNORECASE  # "His 3:49.46 over the mile"
)
# ... and the time right after it: "His best, 2:08:14, came in London", "Her personal best of 3:52.61"
MARK_THEN_TIME = re.compile(
    r"(?:\s+(?:over|for|in|at)\s+(?:the\s+)?\d[\d,.]*\s?(?:m|km|k|metres|meters|miles?)?(?:\s+(?:on|over)\s+(?:the\s+)?(?:track|road|roads|grass))?)?"
    # ("His personal best over 5000m, 13:25.65", "Her personal best for 1,500 metres on the track, 4:49, was set in August")
    r",?\s*(?:of\s+(?:the\s+)?[A-Z][\w-]+\s+)?(?:(?:of|was|is|(?:remains|stands)(?:\s+at)?)\s+(?:the\s+)?)?\s*", re.IGNORECASE)  # "was the 3:55.22"
# ("Her record of France remains at 7,73", translated)
MARK_FOR_BEFORE = re.compile(r"\b(?:best|record|PB|PR|mark)\s+(?:for|over)\s+(?:the\s+)?(?=\d)", re.IGNORECASE)  # its distance after it

# ---- name variants ---------------------------------------------------------------------------

# given names and their common short forms: "Tom" is "Thomas", "Mo" is "Mohamed"
NICKNAMES: dict[str, set[str]] = {
    "thomas": {"tom", "tommy"}, "mohamed": {"mo", "mohammed", "muhammad"}, "matthew": {"matt"},
    "michael": {"mike", "mick"}, "benjamin": {"ben"}, "samuel": {"sam"}, "joshua": {"josh"},
    "jacob": {"jake", "jakob", "jack"}, "john": {"jack", "johnny"}, "william": {"will", "bill", "billy"},
    "robert": {"rob", "bob", "bobby"}, "daniel": {"dan", "danny"}, "christopher": {"chris"},
    "nicholas": {"nick"}, "alexander": {"alex"}, "oliver": {"olli", "ollie"}, "kenneth": {"kenny"},
    "frederick": {"fred", "freddie"}, "armand": {"mondo"}, "joseph": {"joe"}, "edward": {"ed", "eddie"},
    "andrew": {"andy"}, "anthony": {"tony"}, "richard": {"rich", "dick"}, "james": {"jim", "jimmy"},
    "elizabeth": {"liz", "beth"}, "katherine": {"kate", "katie"}, "jennifer": {"jen", "jenny"},
    "rebecca": {"becky"}, "jessica": {"jess"}, "margaret": {"maggie"}, "abigail": {"abby"},
    "charles": {"charlie"}, "zachary": {"zach"}, "gabrielle": {"gabby"}, "shelly-ann": {"shelly"},
    "stephen": {"steve", "steven"}, "steven": {"steve"}, "timothy": {"tim"}, "geoffrey": {"geoff"},
    "kenneth_": {"ken"}, "peter": {"pete"}, "emmanuel": {"manny"}, "nathaniel": {"nate"}, "nathan": {"nate"},
    "david": {"dave", "davey"}, "patrick": {"pat", "paddy"}, "gregory": {"greg"}, "jonathan": {"jon", "jonny"},
    "raymond": {"ray"}, "ronald": {"ron", "ronnie"}, "philip": {"phil"}, "douglas": {"doug"}, "susan": {"sue"},
}
# spellings that sound alike in names, rewritten to one form before comparing (order matters)
PHONETIC_RULES: tuple[tuple[str, str], ...] = (
    (r"[^a-z]", ""), (r"ph", "f"), (r"gh", ""), (r"ck", "k"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"q", "k"),
    (r"x", "ks"), (r"z", "s"), (r"(?<=.)h", ""), (r"y", "i"), (r"l", "r"),  # l/r: Cole ~ Kerr
    (r"(?<=s)s+", ""), (r"(?<=[a-z])(?:sen|son|sson|ssen)$", "sn"), (r"(.)\1+", r"\1"),
)

# a possessive description owning a mark: "the Norwegian's old Olympic record of"
DESCRIPTION_POSSESSIVE = re.compile(rf"\b[Tt]he\s+(?P<word>(?i:{_COUNTRY_ALT}))[’']s\b")
# ... or a leader's lead: "the Ethiopian's lead had grown to 21 seconds" (who a split in its sentence is of)
LEAD_NOUN_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:lead|advantage|margin|gap)\b", re.IGNORECASE)
