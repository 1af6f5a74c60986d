"""Seeded generator of synthetic athletics articles with exactly matching gold.

Facts first, text second: for every article the generator draws the races (registry athletes of
the right sex and event, times plausible for the event, places, record tags, splits), the old
marks, the quotes and the people who are not athletes, and then renders text from those facts.
A race's facts depend only on its identity (meeting, year, sex, event; `race_truth`), so two
articles about the same race agree, as real sources do; what an article shows of it and how is
its own. Every fact the rendered text states is recorded in the gold at the moment it is written, so the
gold (format: corpus/gold/README.md, validated by `pipeline.evaluate.GoldArticle`) says exactly
what the text says: the surface forms as written, places only where the text gives or clearly
implies them, quote openings as written.

Ten article templates, each with several variants per sentence:

    wire       news-agency race report with dateline, margin and sign-off
    results    bare results lists ("1. J. Kerr (GBR) 3:45.34, 2. ...") in several layouts
    roundup    meeting round-up of 2-3 races with "Elsewhere," transitions and a field event
    marathon   city marathon or half, both races, splits at 10km-35km and halfway, course record
    feature    quote-heavy feature: interrupted quotes, pronoun speakers, coach, partial quotes
    mt         machine-translation-like text ("became third", "the hare", decimal commas)
    liveblog   timestamped live blog (the timestamps look like race times and are not)
    splits     distance race report: pacemaker, 400m/800m/1000m splits, the bell, the last lap
    release    federation press release with bullet lines ("Name – 1st, women's 800m, 1:57.21")
    recap      then-and-now: last year's results and personal bests (other times) and today's race

Name noise: surname-only mentions, possessives, initials in results lists, first names in
features, and (mostly in mt/liveblog articles) misspellings of the surname (a dropped letter, a
doubled letter, -sen/-son swapped). Distractors that are not results: ages, dates, clock times,
thresholds ("inside 3:50"), margins ("by 0.26 seconds"), wind readings, temperatures, crowds.

    python benchmarks/generate_corpus.py --seed 1 --n 100 --out /tmp/gen          # .txt + gold/
    python benchmarks/generate_corpus.py --seed 1 --n 10000 --out /tmp/gen --jsonl

Without --jsonl: OUT/articles/<name>.txt and OUT/gold/<name>.json (gold `file` = "<name>.txt").
With --jsonl: OUT/corpus.jsonl (one {"id", "text", "published"} a line: the race day, as an
archive's metadata gives it) and OUT/gold/<name>.json, whose `file` is "corpus.jsonl#<name>":
the base name of the path `pipeline` gives a JSONL article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGISTRY_PATH = ROOT / "corpus" / "athletes.jsonl"
JSONL_NAME = "corpus.jsonl"

# ---- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventSpec:
    name: str  # the registry's (and gold's) event name
    distance_m: float
    men: tuple[float, float]  # winning time range in seconds
    women: tuple[float, float]
    gap: tuple[float, float]  # gap between consecutive places, seconds
    decimals: int  # 2 on the track, 0 on the road
    texts: tuple[str, ...]  # ways to write the event
    mt_text: str  # how a machine translation writes it
    split_points: tuple[float, ...] = ()  # metres where splits may be given (bell handled apart)
    lap: tuple[float, float] | None = None  # last-lap time range for men (women +5 s)


EVENTS: dict[str, EventSpec] = {
    e.name: e
    for e in (
        EventSpec("100m", 100, (9.78, 10.06), (10.70, 11.06), (0.01, 0.09), 2, ("100m", "100 metres", "100m dash"), "100 meter"),
        EventSpec("200m", 200, (19.62, 20.25), (21.80, 22.55), (0.03, 0.20), 2, ("200m", "200 metres"), "200 meter"),
        EventSpec("400m", 400, (43.80, 45.00), (48.70, 50.30), (0.05, 0.40), 2, ("400m", "400 metres"), "400 meter"),
        EventSpec("800m", 800, (102.40, 105.00), (115.50, 119.00), (0.10, 0.60), 2, ("800m", "800 metres"), "800 meter",
                  (400,)),
        EventSpec("1500m", 1500, (208.0, 214.0), (230.0, 239.0), (0.10, 1.00), 2, ("1500m", "1,500m", "1500 metres", "1,500 metres", "metric mile"),
                  "1500 meter", (400, 800, 1000, 1200), (52.5, 56.0)),
        EventSpec("mile", 1609.34, (226.0, 232.0), (248.0, 258.0), (0.15, 1.20), 2, ("mile",), "English mile", (400, 800), (53.0, 57.0)),
        EventSpec("3000m steeplechase", 3000, (484.0, 500.0), (535.0, 560.0), (0.30, 3.00), 2,
                  ("3000m steeplechase", "3,000m steeplechase", "steeplechase"), "3000 meter steeplechase", (1000, 2000), (58.0, 62.0)),
        EventSpec("5000m", 5000, (765.0, 800.0), (850.0, 880.0), (0.20, 4.00), 2, ("5000m", "5,000m", "5000 metres", "5,000 metres"),
                  "5000 meter", (1000, 2000, 3000, 4000), (53.0, 58.0)),
        EventSpec("10000m", 10000, (1595.0, 1650.0), (1760.0, 1830.0), (0.30, 6.00), 2, ("10,000m", "10000m", "10,000 metres"),
                  "10,000 meter", (5000,), (54.0, 59.0)),
        EventSpec("100m hurdles", 100, (12.30, 12.70), (12.30, 12.70), (0.02, 0.12), 2, ("100m hurdles", "100 metres hurdles"), "100 meter hurdles"),
        EventSpec("110m hurdles", 110, (12.90, 13.30), (12.90, 13.30), (0.02, 0.12), 2, ("110m hurdles", "110 metres hurdles"), "110 meter hurdles"),
        EventSpec("400m hurdles", 400, (46.40, 48.20), (51.50, 53.90), (0.10, 0.60), 2, ("400m hurdles", "400 metres hurdles"), "400 meter hurdles"),
        EventSpec("marathon", 42195, (7370, 7560), (8100, 8450), (4, 60), 0, ("marathon",), "marathon",
                  (10000, 15000, 20000, 25000, 30000, 35000)),
        EventSpec("half marathon", 21097.5, (3470, 3600), (3850, 4000), (2, 30), 0, ("half marathon", "half-marathon"), "half marathon",
                  (5000, 10000, 15000)),
        EventSpec("10km", 10000, (1610, 1680), (1790, 1860), (1, 10), 0, ("10km", "10K"), "10 kilometer"),
    )
}
TRACK = ("100m", "200m", "400m", "800m", "1500m", "mile", "3000m steeplechase", "5000m", "10000m",
         "100m hurdles", "110m hurdles", "400m hurdles")
DISTANCE = ("800m", "1500m", "mile", "3000m steeplechase", "5000m", "10000m")
SPRINTS = ("100m", "200m", "100m hurdles", "110m hurdles")
# events whose athletes may fill a field that the registry leaves short
NEIGHBOURS = {
    "100m": ("200m",), "200m": ("100m", "400m"), "400m": ("200m", "800m"),
    "800m": ("1500m", "400m"), "1500m": ("mile", "800m", "5000m"), "mile": ("1500m", "800m"),
    "3000m steeplechase": ("5000m", "1500m"), "5000m": ("10000m", "1500m", "3000m steeplechase"),
    "10000m": ("5000m", "half marathon"), "marathon": ("half marathon", "10000m"), "half marathon": ("marathon", "10000m", "10km"),
    "10km": ("half marathon", "10000m", "5000m"),
}
FIELD_EVENTS = {  # (event, unit marks for men, women) for field-event distractor lines
    "pole vault": ((5.70, 6.10), (4.60, 4.90), "cleared"), "high jump": ((2.25, 2.37), (1.93, 2.03), "cleared"),
    "long jump": ((8.05, 8.45), (6.75, 7.10), "jumped"), "triple jump": ((17.0, 17.8), (14.4, 15.2), "bounded"),
    "shot put": ((21.5, 23.2), (19.0, 20.4), "threw"), "discus": ((66.0, 71.0), (64.0, 69.0), "threw"),
    "javelin": ((84.0, 90.0), (62.0, 67.0), "threw"), "hammer": ((78.0, 82.5), (73.0, 78.0), "threw"),
}

# ---- countries ------------------------------------------------------------------------------

# code -> (country as a name, demonym adjective, federation)
COUNTRIES: dict[str, tuple[str, str, str | None]] = {
    "ALG": ("Algeria", "Algerian", None), "AUS": ("Australia", "Australian", "Athletics Australia"),
    "BAH": ("the Bahamas", "Bahamian", None), "BAR": ("Barbados", "Barbadian", None), "BDI": ("Burundi", "Burundian", None),
    "BEL": ("Belgium", "Belgian", "the Royal Belgian Athletics League"), "BOT": ("Botswana", "Botswanan", None),
    "BRA": ("Brazil", "Brazilian", None), "BRN": ("Bahrain", "Bahraini", None), "BUR": ("Burkina Faso", "Burkinabe", None),
    "CAN": ("Canada", "Canadian", "Athletics Canada"), "CHN": ("China", "Chinese", None), "CIV": ("Ivory Coast", "Ivorian", None),
    "CRO": ("Croatia", "Croatian", None), "CUB": ("Cuba", "Cuban", None), "CZE": ("the Czech Republic", "Czech", None),
    "DMA": ("Dominica", "Dominican", None), "DOM": ("the Dominican Republic", "Dominican", None), "ECU": ("Ecuador", "Ecuadorian", None),
    "ESP": ("Spain", "Spanish", "the Royal Spanish Athletics Federation"), "ETH": ("Ethiopia", "Ethiopian", "the Ethiopian Athletics Federation"),
    "FIN": ("Finland", "Finnish", None), "FRA": ("France", "French", "the French Athletics Federation"),
    "GBR": ("Britain", "British", "British Athletics"), "GER": ("Germany", "German", "the German Athletics Association"),
    "GRE": ("Greece", "Greek", None), "GRN": ("Grenada", "Grenadian", None), "GUA": ("Guatemala", "Guatemalan", None),
    "IND": ("India", "Indian", None), "IRL": ("Ireland", "Irish", "Athletics Ireland"), "ISR": ("Israel", "Israeli", None),
    "ITA": ("Italy", "Italian", "the Italian Athletics Federation"), "IVB": ("the British Virgin Islands", "", None),
    "JAM": ("Jamaica", "Jamaican", "the Jamaica Athletics Administrative Association"), "JPN": ("Japan", "Japanese", None),
    "KAZ": ("Kazakhstan", "Kazakh", None), "KEN": ("Kenya", "Kenyan", "Athletics Kenya"), "LBR": ("Liberia", "Liberian", None),
    "LCA": ("Saint Lucia", "Saint Lucian", None), "LTU": ("Lithuania", "Lithuanian", None), "MAR": ("Morocco", "Moroccan", None),
    "NED": ("the Netherlands", "Dutch", "the Royal Dutch Athletics Federation"), "NGR": ("Nigeria", "Nigerian", None),
    "NOR": ("Norway", "Norwegian", "the Norwegian Athletics Federation"), "NZL": ("New Zealand", "New Zealand", None),
    "PAK": ("Pakistan", "Pakistani", None), "PER": ("Peru", "Peruvian", None), "PHI": ("the Philippines", "Filipino", None),
    "POL": ("Poland", "Polish", "the Polish Athletics Association"), "POR": ("Portugal", "Portuguese", None),
    "PUR": ("Puerto Rico", "Puerto Rican", None), "QAT": ("Qatar", "Qatari", None), "RSA": ("South Africa", "South African", None),
    "SLO": ("Slovenia", "Slovenian", None), "SRB": ("Serbia", "Serbian", None), "SUI": ("Switzerland", "Swiss", "Swiss Athletics"),
    "SWE": ("Sweden", "Swedish", None), "TTO": ("Trinidad and Tobago", "Trinidadian", None), "UGA": ("Uganda", "Ugandan", "Uganda Athletics Federation"),
    "UKR": ("Ukraine", "Ukrainian", None), "USA": ("the United States", "American", "USA Track & Field"),
    "VEN": ("Venezuela", "Venezuelan", None), "ZAM": ("Zambia", "Zambian", None),
}

# nouns for a person of that country where the adjective will not do ("the Briton Josh Kerr")
DEMONYM_NOUNS: dict[str, str | tuple[str, str]] = {
    "GBR": "Briton", "NED": ("Dutchman", "Dutchwoman"), "FRA": ("Frenchman", "Frenchwoman"), "ESP": "Spaniard",
    "POL": "Pole", "IRL": ("Irishman", "Irishwoman"), "SWE": "Swede", "FIN": "Finn", "NZL": "New Zealander",
}
# a lower-case letter that starts a sentence: at the text's start, after a full stop and space, or a line break
SENTENCE_START = re.compile(r"(^|(?<!\b[A-Z])(?<!\bSt)[.!?][”\"’]?[ ]+|\n)([a-z])")

# ---- meetings -------------------------------------------------------------------------------

TRACK_MEETINGS = (  # (name, city, month, stadium)
    ("Bislett Games", "Oslo", 6, "Bislett Stadium"), ("Prefontaine Classic", "Eugene", 7, "Hayward Field"),
    ("Weltklasse Zurich", "Zurich", 9, "Letzigrund"), ("Memorial Van Damme", "Brussels", 9, "King Baudouin Stadium"),
    ("Herculis", "Monaco", 7, "Stade Louis II"), ("Athletissima", "Lausanne", 8, "Stade Olympique de la Pontaise"),
    ("London Athletics Meet", "London", 7, "London Stadium"), ("Golden Gala", "Rome", 6, "Stadio Olimpico"),
    ("Kamila Skolimowska Memorial", "Chorzow", 8, "Silesian Stadium"), ("Doha Diamond League", "Doha", 5, "Suheim bin Hamad Stadium"),
    ("FBK Games", "Hengelo", 6, "FBK Stadium"), ("Kip Keino Classic", "Nairobi", 4, "Nyayo Stadium"),
    ("Bauhaus-Galan", "Stockholm", 6, "Stockholm Olympic Stadium"), ("Golden Spike", "Ostrava", 6, "Mestsky Stadium"),
    ("Meeting de Paris", "Paris", 6, "Stade Charlety"), ("Rabat Diamond League", "Rabat", 5, "Prince Moulay Abdellah Stadium"),
)
ROAD_MEETINGS = {
    "marathon": (("Berlin Marathon", "Berlin", 9), ("London Marathon", "London", 4), ("Chicago Marathon", "Chicago", 10),
                 ("Tokyo Marathon", "Tokyo", 3), ("Valencia Marathon", "Valencia", 12), ("Amsterdam Marathon", "Amsterdam", 10),
                 ("Rotterdam Marathon", "Rotterdam", 4), ("Boston Marathon", "Boston", 4)),
    "half marathon": (("Valencia Half Marathon", "Valencia", 10), ("Great North Run", "Newcastle", 9),
                      ("Copenhagen Half Marathon", "Copenhagen", 9), ("Berlin Half Marathon", "Berlin", 4)),
    "10km": (("Valencia 10K", "Valencia", 1), ("Castellon 10K", "Castellon", 2), ("Herzogenaurach 10K", "Herzogenaurach", 4)),
}
BROADCASTERS = ("NOS", "NRK", "SRF", "RTBF", "Rai", "TV2", "ZDF")
AGENCIES = ("Getty Images", "AFP", "Reuters", "AP", "PA", "ANP", "EPA")

# ---- people who are not athletes ---------------------------------------------------------------

GIVEN_M = ("Leif", "Mark", "Peter", "Wouter", "Jonas", "Stefan", "Marco", "Pierre", "Hans", "Michael", "David",
           "Thomas", "Anders", "Paolo", "Simon", "Andrew", "Henrik", "Luca", "Martin", "Bruno")
GIVEN_F = ("Lena", "Anna", "Ingrid", "Sophie", "Claire", "Maria", "Helen", "Karin", "Julia", "Sarah",
           "Elena", "Nina", "Laura", "Marta", "Kirsten")
FAMILY = ("Forsberg", "Alnes", "Milde", "Kessling", "Rutherford", "Jansen", "Lindqvist", "Brennan", "Okafor",
          "Vermeulen", "Castellano", "Duval", "Hartmann", "Novak", "Sorensen", "Whitfield", "Marchetti", "Ostrowski",
          "Gallagher", "Bergstrom", "Laurent", "Keane", "Moreau", "Fischer", "Holloway", "Pellegrini", "Dunmore",
          "Ashworth", "Kowalczyk", "Ferreira", "Lambert", "Sutcliffe", "Haugen", "Rasmussen", "Delgado")

# ---- quotes ---------------------------------------------------------------------------------

WIN_QUOTES = (
    "It was a tough race, but I knew I had the strength to finish it.",
    "I felt good from the start and I wanted to push the pace.",
    "The crowd here is amazing and they carried me home.",
    "I am very happy with the time, but the win matters more.",
    "My coach told me to stay patient, and that is what I did.",
    "Honestly, I did not expect to run that fast today.",
    "I have been training well, so this is not a surprise for me.",
    "When I saw the clock I could not believe it.",
    "This is for my family and everyone back home.",
    "We had a plan and we executed it perfectly.",
    "I wanted to win here more than anything.",
    "I just tried to stay relaxed and trust my finish.",
    "To beat such a strong field means a lot to me.",
    "It hurt a lot at the end, but I kept going.",
    "I love racing in this stadium, the atmosphere is special.",
    "Everything came together tonight.",
    "I knew that if I was in front at the bell nobody could pass me.",
    "The plan was simple: sit, wait and kick.",
    "I came here to win, and I did it.",
    "My body feels fresh, and the work in the winter is paying off.",
)
LOSE_QUOTES = (
    "I made a small mistake at the bell, and I paid for it.",
    "I am disappointed, but I will learn from this.",
    "Second place is fine, but I came here to win.",
    "It is only the start of the season, so I am not worried.",
    "My legs were heavy after the travel, but I am satisfied.",
    "The last lap was really hard and I had nothing left.",
    "I gave everything today and it was not enough.",
    "Next time I want to be closer to the front when it matters.",
    "I was boxed in for a while and lost my rhythm.",
    "There is more to come from me this summer.",
)
ANY_QUOTES = (
    "The conditions were difficult with the wind in the home straight.",
    "There is still a lot of work to do before the championships.",
    "Next year I want to come back and run even faster.",
    "I think a fast time is possible if the weather is good.",
    "We will see what happens at the championships.",
    "I am just enjoying my running at the moment.",
    "Racing against the best is the only way to improve.",
    "It is never easy, but that is why we love this sport.",
)
STAFF_QUOTES = (
    "There are things to fix in the second half of the race.",
    "We will look at the video and go back to work on Monday.",
    "The plan was to be patient, and the athletes executed it.",
    "It was a great night for the meeting and for the sport.",
    "We had perfect conditions and a fantastic crowd.",
    "We are proud of the whole team and of what they achieved.",
    "This is what years of hard work look like.",
    "The young athletes showed that the future is bright.",
)
# second sentences that tie a quote to its article, so that quotes differ between articles (a
# reconciler clusters equal quotes of different articles as one)
QUOTE_TAILS = (
    "{city} is always special for me.", "Running here in {city} means a lot.", "The {meeting} is one of my favourite meetings.",
    "I will take {n} days off before the next race.", "This was my {nth} race of the season.",
    "I have been in {city} for {n} days and I feel at home.", "My family watched from home, {n} hours ahead of {city}.",
    "The crowd in {city} was incredible.", "Now I go back to training for {n} weeks.", "I have raced at the {meeting} {n} times now.",
)
STAFF_TAILS = (
    "{city} showed again why it loves athletics.", "The {meeting} will be back next year.",
    "We start planning the next edition in {n} weeks.", "Thanks to the {n} volunteers who made it possible.",
)
PARTIAL_PHRASES = ("a good opening", "a perfect evening", "the best race of my life", "a step in the right direction",
                   "a dream come true", "a very special place")
TITLE_PHRASES = (("billed as the", "Race of the Year"), ("dubbed the", "Duel in the Sun"), ("known as the", "Dream Mile"),
                 ("what organisers called the", "Night of Speed"), ("the so-called", "super shoes"),
                 ("nicknamed the", "Battle of the Giants"))

ORDINAL = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth")
ORDINAL_NUM = ("", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th")
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TAG_ABBR = {"world lead": "WL", "meeting record": "MR", "national record": "NR", "personal best": "PB", "season's best": "SB"}

# ---- the registry ---------------------------------------------------------------------------


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


SURNAME_PARTICLES = {"van", "von", "de", "der", "den", "del", "di", "da", "das", "dos", "du", "la", "le", "el", "st."}
SURNAME_EXCEPTIONS = {  # family names of more than one word that no particle marks
    "Marie-Josée Ta Lou": "Ta Lou", "Leyanis Pérez Hernández": "Pérez Hernández", "Mario García Romo": "García Romo",
}


@dataclass(frozen=True)
class RegAthlete:
    id: str
    name: str
    country: str
    sex: str
    events: tuple[str, ...]
    first: str
    surname: str


def split_name(name: str, country: str) -> tuple[str, str]:
    if name in SURNAME_EXCEPTIONS:
        sur = SURNAME_EXCEPTIONS[name]
        return name[: -len(sur)].strip(), sur
    parts = name.split()
    if country == "CHN":  # family name first
        return parts[-1], parts[0]
    if len(parts) >= 3 and parts[-2].casefold() in SURNAME_PARTICLES:
        return " ".join(parts[:-2]), " ".join(parts[-2:])
    return " ".join(parts[:-1]), parts[-1]


@lru_cache(maxsize=4)
def load_registry(path: str = str(REGISTRY_PATH)) -> tuple[RegAthlete, ...]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = json.loads(line)
        first, sur = split_name(row["name"], row["country"])
        out.append(RegAthlete(row["id"], row["name"], row["country"], row["sex"], tuple(row["events"]), first, sur))
    return tuple(out)


@lru_cache(maxsize=4)
def _indexes(path: str = str(REGISTRY_PATH)):
    reg = load_registry(path)
    by_event: dict[tuple[str, str], list[RegAthlete]] = {}
    for a in reg:
        for e in a.events:
            by_event.setdefault((e, a.sex), []).append(a)
    words = {fold(w) for a in reg for w in a.name.replace("-", " ").split()}
    staff = [(g, f) for f in FAMILY if fold(f) not in words for g in GIVEN_M + GIVEN_F]
    return by_event, words, staff


# ---- times ----------------------------------------------------------------------------------


def fmt_time(cs: int, decimals: int, comma: bool = False) -> str:
    """Hundredths of a second as written: '9.84', '3:45.34', '55.9', '2:05:41', '27:15'."""
    if decimals == 0:
        total = cs // 100
        h, rem = divmod(total, 3600)
        m, s = divmod(rem, 60)
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    whole, frac = divmod(cs, 100)
    digits = f"{frac:02d}" if decimals == 2 else f"{frac // 10}"
    sep = "," if comma else "."
    if whole < 60:
        return f"{whole}{sep}{digits}"
    m, s = divmod(whole, 60)
    if m >= 60:
        h, m = divmod(m, 60)
        return f"{h}:{m:02d}:{s:02d}{sep}{digits}"
    return f"{m}:{s:02d}{sep}{digits}"


def quantise(cs: float, decimals: int) -> int:
    step = {0: 100, 1: 10, 2: 1}[decimals]
    return round(cs / step) * step


def threshold_text(cs: int, decimals: int) -> str:
    """A round time just above `cs`: '3:50', '14:40', '2:06', '10 seconds'."""
    s = cs / 100
    if s < 60:
        return f"{math.ceil(s + 0.01)} seconds"
    if s < 3600:
        step = 5 if s < 600 else 10
        t = int(math.ceil((s + 0.01) / step) * step)
        m, sec = divmod(t, 60)
        return f"{m}:{sec:02d}"
    t = int(math.ceil((s + 1) / 60) * 60)
    h, rem = divmod(t, 3600)
    return f"{h}:{rem // 60:02d}"


# ---- facts ----------------------------------------------------------------------------------


@dataclass(eq=False)
class Person:
    reg: RegAthlete
    misspelt: str | None = None
    introduced: bool = False
    main: bool = False
    role: str | None = None

    @property
    def name(self) -> str:
        return self.reg.name

    @property
    def surname(self) -> str:
        return self.reg.surname

    @property
    def he(self) -> str:
        return "he" if self.reg.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.reg.sex == "M" else "her"

    @property
    def him(self) -> str:
        return "him" if self.reg.sex == "M" else "her"


@dataclass
class Result:
    person: Person
    place: int
    cs: int
    tags: list[str] = field(default_factory=list)


@dataclass
class Split:
    at: str  # "400m", "bell", "halfway", "30km", "last lap"
    distance_m: float
    cs: int
    leader: Person | None
    decimals: int


@dataclass
class Race:
    event: EventSpec
    sex: str  # "men" / "women"
    results: list[Result]
    label: str
    event_text: str
    pacemaker: Person | None = None
    splits: list[Split] = field(default_factory=list)
    truth: RaceTruth | None = None

    @property
    def winner(self) -> Person:
        return self.results[0].person

    def margin_cs(self) -> int:
        return self.results[1].cs - self.results[0].cs


# ---- the writer: renders text and records gold at the same time --------------------------------


class Writer:
    def __init__(self, rng: random.Random, name: str, template: str, *, noise: float = 0.0, comma: bool = False):
        self.rng = rng
        self.name = name
        self.template = template
        self.noise = noise  # chance that a later mention uses the misspelt surname
        self.comma = comma  # decimal commas
        self.curly = rng.random() < 0.7
        self.apos = "’" if self.curly else "'"
        self.oq, self.cq = ("“", "”") if self.curly else ('"', '"')
        self.paras: list[str] = []
        self._forms: dict[str, list[str]] = {}
        self._people: dict[str, Person] = {}
        self._perfs: dict[tuple[str, str], dict] = {}
        self._others: list[dict] = []
        self._splits: list[dict] = []
        self._quotes: list[dict] = []
        self._not_quotes: list[str] = []
        self._non_athletes: list[str] = []
        self._used_quotes: set[str] = set()
        self.race_title: str | None = None
        self.date: str | None = None
        self._text: str | None = None
        self.city: str | None = None
        self.meeting: str | None = None

    # -- text

    def para(self, *sentences: str) -> None:
        text = " ".join(s for s in sentences if s)
        if text:
            self.paras.append(text)

    def text(self) -> str:
        """The article: paragraphs one a line (or blank-line separated), sentence starts capitalised."""
        if self._text is None:
            sep = "\n\n" if self.rng.random() < 0.5 else "\n"
            self._text = SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), sep.join(self.paras) + "\n")
        return self._text

    def men(self, sex: str) -> str:
        return f"{sex}{self.apos}s"

    def t(self, cs: int, decimals: int) -> str:
        return fmt_time(cs, decimals, self.comma)

    # -- names

    def _record(self, p: Person, form: str) -> str:
        forms = self._forms.setdefault(p.reg.id, [])
        self._people[p.reg.id] = p
        if form not in forms:
            forms.append(form)
        return form

    def full(self, p: Person) -> str:
        p.introduced = True
        return self._record(p, p.name)

    def sur(self, p: Person) -> str:
        """A later mention: the surname (sometimes misspelt); the full name if not yet introduced."""
        if not p.introduced:
            return self.full(p)
        if p.misspelt and self.rng.random() < self.noise:
            return self._record(p, p.misspelt)
        return self._record(p, p.surname)

    def poss(self, p: Person) -> str:
        base = self.sur(p)
        return base + (self.apos if base.endswith("s") and self.rng.random() < 0.5 else self.apos + "s")

    def initial(self, p: Person) -> str:
        return self._record(p, f"{p.reg.first[0]}. {p.surname}")

    def first(self, p: Person) -> str:
        return self._record(p, p.reg.first)

    def intro(self, p: Person) -> str:
        """First mention with a nationality: "Kenya's Faith Kipyegon", "Faith Kipyegon of Kenya"."""
        if p.introduced:
            return self.sur(p)
        country, demonym, _ = COUNTRIES.get(p.reg.country, (None, None, None))
        name = self.full(p)
        if country is None:
            return f"{name} ({p.reg.country})"
        r = self.rng.random()
        if r < 0.3 and not country.startswith("the "):
            return f"{country}{self.apos}s {name}"
        if r < 0.5 or (r < 0.7 and not demonym):
            return f"{name} of {country}"
        if r < 0.7:
            noun = DEMONYM_NOUNS.get(p.reg.country, demonym)
            if isinstance(noun, tuple):
                noun = noun[0] if p.reg.sex == "M" else noun[1]
            return f"the {noun} {name}"
        return name

    def ref(self, p: Person) -> str:
        return self.intro(p) if not p.introduced else self.sur(p)

    def staff(self) -> str:
        """A person who is not an athlete (coach, reporter, official): recorded in non_athletes."""
        _, _, staff = _indexes()
        taken = {n.split()[-1] for n in self._non_athletes}
        g, f = self.rng.choice(staff)
        while f in taken:
            g, f = self.rng.choice(staff)
        name = f"{g} {f}"
        self._non_athletes.append(name)
        return name

    def staff_pronoun(self, name: str) -> str:
        return "she" if name.split()[0] in GIVEN_F else "he"

    # -- facts

    def perf(self, race: Race, r: Result, placed: bool = True) -> str:
        """Record a result and return its time as written."""
        text = self.t(r.cs, race.event.decimals)
        key = (r.person.reg.id, race.label)
        if key not in self._perfs:
            self._perfs[key] = {"athlete": r.person.name, "event": race.event.name, "time": text,
                                "seconds": round(r.cs / 100, 2), "place": None, "race": race.label}
        if placed:
            self._perfs[key]["place"] = r.place
        return text

    def other(self, p: Person | None, event: str, cs: int, decimals: int, context: str) -> str:
        text = self.t(cs, decimals)
        self._others.append({"athlete": p.name if p else None, "event": event, "time": text,
                             "seconds": round(cs / 100, 2), "context": context})
        return text

    def split(self, s: Split) -> str:
        text = self.t(s.cs, s.decimals)
        self._splits.append({"athlete": s.leader.name if s.leader else None, "at": s.at,
                             "distance_m": s.distance_m, "time": text, "seconds": round(s.cs / 100, 2)})
        return text

    def pick_quote(self, bank: Sequence[str]) -> str:
        choices = [q for q in bank if q not in self._used_quotes] or list(bank)
        q = self.rng.choice(choices)
        self._used_quotes.add(q)
        if self.city and self.rng.random() < 0.85:
            tails = STAFF_TAILS if bank is STAFF_QUOTES else QUOTE_TAILS
            tail = self.rng.choice(tails).format(city=self.city, meeting=self.meeting, n=self.rng.randint(2, 12),
                                                       nth=ORDINAL[self.rng.randint(2, 9)])
            q = f"{q} {tail}"
        if not self.curly:
            q = q.replace("’", "'")
        return q

    def quote(self, speaker: Person | None, words: str) -> str:
        """Record quoted words (as they appear between the marks) and return them in marks."""
        first = words.split()[:5]
        starts = " ".join(first).rstrip(",.;:!?")
        self._quotes.append({"speaker": speaker.name if speaker else None, "starts_with": starts})
        return f"{self.oq}{words}{self.cq}"

    def not_quote(self, phrase: str) -> str:
        self._not_quotes.append(phrase)
        return f"{self.oq}{phrase}{self.cq}"

    # -- gold

    def gold(self) -> dict:
        """The gold of the text as rendered: a name written at the start of a sentence
        ("dos Santos" -> "Dos Santos") is listed as written."""
        text = self.text()
        athletes = []
        for aid, recorded in self._forms.items():
            p = self._people[aid]
            forms: list[str] = []
            for f in recorded:
                for variant in (f, f[:1].upper() + f[1:]):
                    if variant in text and variant not in forms:
                        forms.append(variant)
            entry = {"canonical": p.name, "country": p.reg.country, "surface_forms": forms,
                     "competed_in_main_race": p.main}
            if p.role:
                entry["role"] = p.role
            athletes.append(entry)
        gold = {
            "file": self.name,
            "race": self.race_title,
            "date": self.date,
            "note": f"generated by benchmarks/generate_corpus.py: template={self.template}"
                    + ("; decimal commas" if self.comma else ""),
            "athletes": athletes,
            "non_athletes": self._non_athletes,
            "performances": list(self._perfs.values()),
            "other_times": self._others,
            "splits": self._splits,
            "quotes": self._quotes,
            "not_quotes": self._not_quotes,
        }
        return gold


# ---- drawing facts --------------------------------------------------------------------------


def misspell(surname: str, rng: random.Random, known: set[str]) -> str | None:
    """A misspelling of the kinds real copy has: a dropped or doubled letter, -sen/-son swapped."""
    if " " in surname or "-" in surname or len(surname) < 5:
        return None
    low = surname.lower()
    options = []
    for a, b in (("ssen", "sen"), ("sson", "son"), ("sen", "son"), ("son", "sen")):
        if low.endswith(a):
            options.append(surname[: -len(a)] + b)
            break
    inner = [i for i in range(1, len(surname) - 1) if surname[i].isalpha() and surname[i] != surname[i - 1]]
    if inner:
        i = rng.choice(inner)
        options.append(surname[:i] + surname[i + 1 :])  # dropped letter
        j = rng.choice(inner)
        options.append(surname[: j + 1] + surname[j] + surname[j + 1 :])  # doubled letter
    options = [o for o in options if fold(o) not in known and o != surname]
    return rng.choice(options) if options else None


def _code(sex: str) -> str:
    return "M" if sex == "men" else "F"


class Drawer:
    """Draws athletes and races for one article without reusing an athlete or a name word."""

    def __init__(self, rng: random.Random, misspell_rate: float):
        self.rng = rng
        self.by_event, self.words, _ = _indexes()
        self.used: set[str] = set()
        self.name_words: set[str] = set()
        self.firsts: dict[str, int] = {}
        self.misspell_rate = misspell_rate

    def person(self, a: RegAthlete) -> Person:
        self.used.add(a.id)
        for word in a.name.replace("-", " ").split():
            self.name_words.add(fold(word))
        self.firsts[a.first] = self.firsts.get(a.first, 0) + 1
        mis = misspell(a.surname, self.rng, self.words) if self.rng.random() < self.misspell_rate else None
        return Person(a, mis)

    def free(self, a: RegAthlete) -> bool:
        """Not drawn yet, and shares no name word with anyone drawn (no two Ingebrigtsens, no Bol and
        Peter Bol): surname-only mentions stay unambiguous, as the gold says they are."""
        if a.id in self.used:
            return False
        return all(fold(word) not in self.name_words for word in a.name.replace("-", " ").split())

    def athletes(self, event: str, sex: str, n: int) -> list[Person]:
        """Up to n athletes of this sex for the event, topped up from neighbouring events."""
        code = _code(sex)
        pool = [a for a in self.by_event.get((event, code), []) if self.free(a)]
        self.rng.shuffle(pool)
        for other in NEIGHBOURS.get(event, ()):
            if len(pool) >= 2 * n:
                break
            extra = [a for a in self.by_event.get((other, code), []) if self.free(a) and a not in pool]
            self.rng.shuffle(extra)
            pool += extra
        chosen: list[Person] = []
        for a in pool:
            if len(chosen) == n:
                break
            if self.free(a):
                chosen.append(self.person(a))
        return chosen

    def race(self, event: str, sex: str, n: int, title: str, *, pacemaker: bool = False,
             splits: int = 0, split_decimals: int = 2) -> Race | None:
        """The top `n` of the race `title` (what `race_truth` says happened), or None when one of
        them shares a name word with an athlete the article already names."""
        truth = race_truth(title, event, sex)
        if truth is None:
            return None
        shown = truth.field[: min(n, len(truth.field))]
        if not all(self.free(a) for a in shown):
            return None
        spec = EVENTS[event]
        results = [Result(self.person(a), place, truth.cs[place - 1], list(truth.tags[place - 1]))
                   for place, a in enumerate(shown, 1)]
        race = Race(spec, sex, results, f"{title} {sex}'s {event}", self.rng.choice(spec.texts), truth=truth)
        if pacemaker and truth.pacemaker is not None and self.free(truth.pacemaker):
            race.pacemaker = self.person(truth.pacemaker)
            race.pacemaker.role = "pacemaker"
        if splits:
            race.splits = self.splits(race, splits, split_decimals)
        return race

    def splits(self, race: Race, n: int, decimals: int) -> list[Split]:
        """Up to `n` of the race's splits, as this article rounds them (tenths or hundredths). A
        leader the article does not name leaves the split without an athlete."""
        truth, rng = race.truth, self.rng
        assert truth is not None
        if race.event.decimals == 0:
            decimals = 0
        points = [s for s in truth.splits if s[0] not in ("bell", "last lap")]
        rng.shuffle(points)
        chosen = [s for s in truth.splits if s[0] == "bell" and rng.random() < 0.8]
        chosen += [s for s in truth.splits if s[0] == "last lap" and rng.random() < 0.6]
        chosen += points[: max(1, n - len(chosen))]
        out: list[Split] = []
        for at, distance, cs, leader in chosen:
            if leader == -1:
                who = race.pacemaker
            elif leader is not None and leader < len(race.results):
                who = race.results[leader].person
            else:
                who = None
            out.append(Split(at, distance, quantise(cs, decimals), who, decimals))
        laps = [s for s in out if s.at == "last lap"]
        clean: list[Split] = []
        last = 0
        for s in sorted((s for s in out if s.at != "last lap"), key=lambda s: s.distance_m):
            if last < s.cs < race.results[0].cs:
                clean.append(s)
                last = s.cs
        return clean + laps


@dataclass(frozen=True)
class RaceTruth:
    """What happened in one race: the same in every article that reports it, as real sources agree."""

    field: tuple[RegAthlete, ...]
    cs: tuple[int, ...]
    tags: tuple[tuple[str, ...], ...]
    pacemaker: RegAthlete | None
    splits: tuple[tuple[str, float, int, int | None], ...]  # (at, distance_m, hundredths, leader: place-1, -1 pacemaker, None)
    record: tuple[RegAthlete | None, int, int]  # the meeting (course) record before the race: holder, hundredths, year


def _words(a: RegAthlete) -> set[str]:
    return {fold(w) for w in a.name.replace("-", " ").split()}


def _draw_field(rng: random.Random, event: str, sex: str, n: int, taken: set[str]) -> list[RegAthlete]:
    """Up to n athletes of the sex for the event (topped up from neighbouring events), no two sharing a name word."""
    by_event, _, _ = _indexes()
    code = _code(sex)
    pool = list(by_event.get((event, code), []))
    rng.shuffle(pool)
    for other in NEIGHBOURS.get(event, ()):
        if len(pool) >= 2 * n:
            break
        extra = [a for a in by_event.get((other, code), []) if a not in pool]
        rng.shuffle(extra)
        pool += extra
    chosen: list[RegAthlete] = []
    for a in pool:
        if len(chosen) == n:
            break
        if not _words(a) & taken:
            chosen.append(a)
            taken |= _words(a)
    return chosen


@cache
def race_truth(title: str, event: str, sex: str) -> RaceTruth | None:
    """The facts of the race `title` (e.g. "2021 Bislett Games") `sex`'s `event`, drawn from a seed
    made of those three only: field, times, tags, pacemaker, splits and the record before it."""
    rng = random.Random(f"race|{title}|{sex}|{event}")
    spec = EVENTS[event]
    taken: set[str] = set()
    field = _draw_field(rng, event, sex, 8, taken)
    if len(field) < 2:
        return None
    lo, hi = spec.men if sex == "men" else spec.women
    step = {0: 100, 1: 10, 2: 1}[spec.decimals]
    cs = [quantise(rng.uniform(lo, hi) * 100, spec.decimals)]
    for _ in field[1:]:
        cs.append(max(cs[-1] + step, quantise(cs[-1] + rng.uniform(*spec.gap) * 100, spec.decimals)))
    tags: list[tuple[str, ...]] = []
    for place in range(1, len(field) + 1):
        if place == 1 and rng.random() < 0.45:
            tags.append((rng.choice(("world lead", "meeting record", "personal best", "season's best", "national record")),))
        elif place > 1 and rng.random() < 0.2:
            tags.append((rng.choice(("personal best", "season's best", "national record")),))
        else:
            tags.append(())
    pm = _draw_field(rng, "800m" if event in ("800m", "1500m", "mile") else "1500m", sex, 1, taken)
    pacemaker = pm[0] if pm else None
    # splits at hundredths (an article may round them to tenths); the bell is the winner's time less the last lap
    splits: list[tuple[str, float, int, int | None]] = []
    win = cs[0]
    if spec.lap:
        lap_lo, lap_hi = spec.lap if sex == "men" else (spec.lap[0] + 5, spec.lap[1] + 5)
        lap = quantise(rng.uniform(lap_lo, lap_hi) * 100, 1)
        splits.append(("bell", round(spec.distance_m - 400, 2), win - lap, 0))
        splits.append(("last lap", spec.distance_m, lap, 0))
    points = list(spec.split_points) + ([spec.distance_m / 2] if spec.decimals == 0 else [])
    last = 0
    for d in sorted(points):
        t = quantise(win * d / spec.distance_m * rng.uniform(0.985, 1.04), spec.decimals)
        if not last < t < win:
            continue
        last = t
        at = "halfway" if spec.decimals == 0 and d == spec.distance_m / 2 else (f"{int(d // 1000)}km" if spec.decimals == 0 else f"{int(d)}m")
        leaders: list[int | None] = ([-1] if pacemaker else []) + [0, 1, 2, None]
        splits.append((at, d, t, rng.choice(leaders) if d < spec.distance_m * 0.6 else rng.choice([0, 0, None])))
    year = int(title.split()[0])
    holder = _draw_field(rng, event, sex, 1, set(taken))
    delta = max({0: 100, 2: 5}[spec.decimals], quantise(rng.uniform(0.2, 2.5) * 100 * (spec.distance_m / 1500) ** 0.7, spec.decimals))
    record = (holder[0] if holder else None, win - delta, rng.randint(2008, year - 1))
    return RaceTruth(tuple(field), tuple(cs), tuple(tags), pacemaker, tuple(splits), record)


def draw_date(rng: random.Random, meeting: str, month: int) -> dt.date:
    """A year for the article; the day is the meeting's in that year, the same in every article."""
    year = rng.randint(2016, 2025)
    return dt.date(year, month, random.Random(f"date|{meeting}|{year}").randint(1, 28))


def date_text(d: dt.date, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return f"{d.day} {MONTHS[d.month]} {d.year}"
    if r < 0.7:
        return f"{MONTHS[d.month]} {d.day}, {d.year}"
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month]}"


# ---- sentence variants ----------------------------------------------------------------------


def pick(rng: random.Random, *options: Callable[[], str]) -> str:
    """Render one of the variants. Variants are callables so that only the chosen one records
    names and facts in the gold (an f-string would run every variant's side effects)."""
    return rng.choice(options)()


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def tag_phrase(w: Writer, p: Person, tag: str) -> str:
    if tag == "national record":
        demonym = COUNTRIES.get(p.reg.country, (None, None))[1]
        return f"{demonym} record" if demonym and w.rng.random() < 0.7 else "national record"
    if tag == "season's best":
        return f"season{w.apos}s best"
    if tag == "world lead":
        return w.rng.choice(("world-leading time", "world lead"))
    return tag


def ev(w: Writer, race: Race) -> str:
    """ "the women's 1500m", "the men's mile" """
    return f"the {w.men(race.sex)} {race.event_text}"


def win_sentence(w: Writer, race: Race) -> str:
    """The winner's sentence: the race, the winner (introduced if new) and the winning time."""
    r = race.results[0]
    name = w.ref(r.person)
    t = w.perf(race, r)
    rng = w.rng
    e = ev(w, race)
    if r.tags and rng.random() < 0.6:
        tp = tag_phrase(w, r.person, r.tags[0])
        a = article(tp)
        return cap(rng.choice((
            f"{name} won {e} in {a} {tp} of {t}.",
            f"{name} took {e} in {t}, {a} {tp}.",
            f"{name} clocked {a} {tp} of {t} to win {e}.",
        )))
    margin = race.margin_cs()
    variants = [
        f"{name} won {e} in {t}.",
        f"{name} took {e} in {t}.",
        f"{name} claimed victory in {e} in {t}.",
        f"{name} won {e}, clocking {t}.",
        f"{name} ran {t} to win {e}.",
        f"{name} stormed to victory in {e} in {t}.",
        f"{name} clocked {t} to take {e} title.",
    ]
    if 0 < margin < 100 and race.event.decimals == 2:
        variants.append(f"{name} won {e} by {margin / 100:.2f} seconds in {t}.")
    elif race.event.decimals == 0 and margin >= 100:
        variants.append(f"{name} won {e} in {t}, {margin // 100} seconds clear.")
    return cap(rng.choice(variants))


def place_sentence(w: Writer, race: Race, r: Result) -> str:
    """A finisher with the place stated."""
    name = w.ref(r.person)
    t = w.perf(race, r)
    o = ORDINAL[r.place]
    rng = w.rng
    if r.tags and rng.random() < 0.6:
        tp = tag_phrase(w, r.person, r.tags[0])
        return cap(rng.choice((f"{name} finished {o} in {article(tp)} {tp} of {t}.", f"{name} was {o} in {t}, {article(tp)} {tp}.")))
    return cap(rng.choice((
        f"{name} was {o} in {t}.",
        f"{name} finished {o} in {t}.",
        f"{name} took {o} in {t}.",
        f"{name} came home {o} in {t}.",
        f"{name} held on for {o} in {t}.",
        f"{name} clocked {t} for {o} place.",
        f"{name} was a distant {o} in {t}." if r.place > 2 else f"{name} was a close {o} in {t}.",
    )))


def pair_sentence(w: Writer, race: Race, a: Result, b: Result) -> str:
    """Two finishers, places stated, in one sentence."""
    na, ta = w.ref(a.person), w.perf(race, a)
    nb, tb = w.ref(b.person), w.perf(race, b)
    oa, ob = ORDINAL[a.place], ORDINAL[b.place]
    return cap(w.rng.choice((
        f"{na} was {oa} in {ta} and {nb} {ob} in {tb}.",
        f"{na} finished {oa} in {ta}, with {nb} {ob} in {tb}.",
        f"{cap(oa)} place went to {na} in {ta}, while {nb} was {ob} in {tb}.",
    )))


def ahead_sentence(w: Writer, race: Race) -> str:
    """The winner with the next two in brackets: their places follow from the order."""
    r1, r2, r3 = race.results[:3]
    n1, t1 = w.ref(r1.person), w.perf(race, r1)
    n2, t2 = w.ref(r2.person), w.perf(race, r2)
    n3, t3 = w.ref(r3.person), w.perf(race, r3)
    e = ev(w, race)
    return cap(w.rng.choice((
        f"{n1} won {e} in {t1}, ahead of {n2} ({t2}) and {n3} ({t3}).",
        f"{n1} took {e} in {t1} from {n2} ({t2}) and {n3} ({t3}).",
        f"In {e}, {n1} won in {t1} before {n2} ({t2}) and {n3} ({t3}).",
    )))


def _comma_end(words: str) -> str:
    return words[:-1] + "," if words.endswith(".") else words


def quote_after(w: Writer, p: Person | None, words: str, pronoun: str | None = None) -> str:
    """ “...,” Kerr said.  /  “...,” said Kerr.  /  “...,” she said.  (pronoun: that pronoun speaks) """
    q = w.quote(p, _comma_end(words))
    verb = w.rng.choice(("said", "said", "added", "explained", "admitted", "smiled"))
    if pronoun is not None:
        return f"{q} {pronoun} {verb}."
    who = w.sur(p)
    return pick(w.rng, lambda: f"{q} {who} {verb}.", lambda: f"{q} said {who}.", lambda: f"{q} {who} told reporters.")


def quote_before(w: Writer, p: Person, words: str) -> str:
    who = w.sur(p)
    lead = w.rng.choice((f"{who} said:", f"Afterwards {who} told reporters:", f"{who} said afterwards:",
                         f"Speaking after the race, {who} said:"))
    return f"{lead} {w.quote(p, words)}"


def quote_split(w: Writer, p: Person, a: str, b: str) -> str:
    """ “A,” Kerr said. “B.”  or  “A,” Kerr said, “and b...”: two quoted spans. """
    qa = w.quote(p, _comma_end(a))
    who = w.sur(p)
    if w.rng.random() < 0.5:
        return f"{qa} {who} said. {w.quote(p, b)}"
    first = b.split()[0]
    keep = first == "I" or first.startswith(("I'", "I’"))
    return f"{qa} {who} said, {w.quote(p, 'and ' + (b if keep else b[0].lower() + b[1:]))}"


# ---- distractors (no facts) ---------------------------------------------------------------


def clock_of_day(rng: random.Random, evening: bool = True) -> str:
    if evening:
        h, m = rng.randint(18, 21), rng.choice((0, 5, 10, 15, 20, 30, 35, 40, 45, 50))
        return rng.choice((f"{h}.{m:02d}", f"{h}:{m:02d}", f"{h - 12}.{m:02d}pm"))
    h, m = rng.randint(7, 9), rng.choice((0, 15, 30, 45))
    return rng.choice((f"{h}.{m:02d}am", f"{h}:{m:02d}am", f"{h}.{m:02d} local time"))


def weather(rng: random.Random) -> str:
    return rng.choice((
        f"It was {rng.randint(12, 29)} degrees at the start, with almost no wind.",
        f"The temperature was {rng.randint(12, 29)} degrees and the wind dropped as the evening went on.",
        f"A crowd of {rng.randint(8, 60)},{rng.choice(('000', '500'))} watched in {rng.randint(14, 31)} degrees.",
        f"More than {rng.randint(10, 50)},000 spectators were in the stadium.",
    ))


def wind_text(rng: random.Random) -> str:
    v = rng.uniform(-0.9, 1.9)
    return rng.choice((f"(wind {v:+.1f}m/s)", f"(wind: {v:+.1f})"))


def field_line(w: Writer, d: Drawer, sex: str) -> str | None:
    """A field-event winner and mark: a named athlete, no time."""
    event = w.rng.choice(sorted(FIELD_EVENTS))
    men, women, verb = FIELD_EVENTS[event]
    people = d.athletes(event, sex, 1)
    if not people:
        return None
    p = people[0]
    lo, hi = men if sex == "men" else women
    mark = round(w.rng.uniform(lo, hi), 2)
    name = w.ref(p)
    e = f"{w.men(sex)} {event}"
    return cap(w.rng.choice((
        f"In the {e}, {name} {verb} {mark:.2f}m to win.",
        f"{name} won the {e} with {mark:.2f}m.",
        f"The {e} went to {name}, who {verb} {mark:.2f} metres.",
    )))


# ---- templates ------------------------------------------------------------------------------

Template = Callable[[Writer, Drawer], None]


def _sex(rng: random.Random) -> str:
    return rng.choice(("men", "women"))


def _track_race(w: Writer, d: Drawer, title: str, n: int, events: Sequence[str] = TRACK, **kw) -> Race:
    for _ in range(20):
        race = d.race(w.rng.choice(events), _sex(w.rng), n, title, **kw)
        if race is not None and len(race.results) >= min(n, 3):
            return race
    raise RuntimeError("registry too small to draw a race")


def _races(w: Writer, d: Drawer, title: str, k: int, n: tuple[int, int]) -> list[Race]:
    races: list[Race] = []
    for _ in range(k * 3):
        if len(races) == k:
            break
        race = _track_race(w, d, title, w.rng.randint(*n))
        if all(r.label != race.label for r in races):
            races.append(race)
    return races


def _meeting(w: Writer) -> tuple[str, str, dt.date, str]:
    name, city, month, stadium = w.rng.choice(TRACK_MEETINGS)
    day = draw_date(w.rng, name, month)
    w.date = day.isoformat()
    w.city, w.meeting = city, name
    return name, city, day, stadium


def _main(w: Writer, race: Race) -> None:
    w.race_title = race.label
    for r in race.results:
        r.person.main = True
    if race.pacemaker:
        race.pacemaker.main = True


def _scale(race: Race) -> float:
    return (race.event.distance_m / 1500) ** 0.7


def _other_pb(w: Writer, race: Race, r: Result) -> str:
    """This athlete's best before the race, slower than the race's time: an other time (the same
    in every article about the race)."""
    spec = race.event
    rng = random.Random(f"pb|{r.person.reg.id}|{race.label}")
    pb = r.cs + max({0: 100, 2: 5}[spec.decimals], quantise(rng.uniform(0.2, 2.5) * 100 * _scale(race), spec.decimals))
    p = r.person
    t = w.other(p, spec.name, pb, spec.decimals, "previous personal best")
    return pick(w.rng,
                lambda: f"{w.poss(p)} previous best had been {t}.",
                lambda: f"{w.sur(p)} took a chunk off {p.his} previous best of {t}.",
                lambda: f"Before this race {p.his} personal best stood at {t}, set last season.")


def _other_record(w: Writer, d: Drawer, race: Race, year: int, what: str = "meeting record") -> str:
    """The meeting (course) record before the race, set by another athlete in an earlier year."""
    assert race.truth is not None
    spec = race.event
    holder, rec, when = race.truth.record
    if holder is None or not d.free(holder):
        t = w.other(None, spec.name, rec, spec.decimals, f"{what}, {when}")
        return f"The {what} of {t} from {when} was never under threat."
    h = d.person(holder)
    h.role = f"set the {what}"
    t = w.other(h, spec.name, rec, spec.decimals, f"{what}, {when}")
    return pick(w.rng,
                lambda: f"The {what} of {t}, set by {w.ref(h)} in {when}, survived.",
                lambda: f"It was still outside the {what} of {t} that {w.ref(h)} set in {when}.")


def tpl_wire(w: Writer, d: Drawer) -> None:
    """News-agency report: headline, dateline, winner, places, age, quote, sign-off."""
    rng = w.rng
    meeting, city, day, _ = _meeting(w)
    race = _track_race(w, d, f"{day.year} {meeting}", rng.randint(3, 5))
    _main(w, race)
    win = race.results[0]
    p = win.person
    w.para(pick(rng,
                lambda: f"{w.full(p)} wins {w.men(race.sex)} {race.event_text} at {meeting}",
                lambda: f"{meeting}: {w.full(p)} takes {race.event_text} in {city}",
                lambda: f"{cap(race.event_text)} win for {w.full(p)} in {city}"))
    p.introduced = False  # the body introduces the winner again, with a nationality
    agency = rng.choice(("Reuters", "AFP", "AP"))
    w.para(f"{city.upper()}, {MONTHS[day.month][:3]} {day.day} ({agency}) -", win_sentence(w, race))
    r2, r3 = race.results[1], race.results[2]
    sents = [pair_sentence(w, race, r2, r3)] if rng.random() < 0.5 else [place_sentence(w, race, r2), place_sentence(w, race, r3)]
    if race.event.decimals == 2 and rng.random() < 0.6:
        m = race.margin_cs()
        sents.append(f"The winning margin was {m / 100:.2f} seconds.")
    w.para(*sents)
    age = rng.randint(19, 36)
    w.para(pick(rng,
                lambda: f"{w.sur(p)}, {age}, had not raced since {MONTHS[max(1, day.month - 2)]}.",
                lambda: f"The {age}-year-old was racing for the first time since {MONTHS[max(1, day.month - 1)]} {rng.randint(1, 28)}."),
           pick(rng, lambda: "", lambda: weather(rng), lambda: _other_pb(w, race, win) if not win.tags else ""))
    w.para(quote_after(w, p, w.pick_quote(WIN_QUOTES)))
    for r in race.results[3:]:
        w.para(place_sentence(w, race, r))
    if rng.random() < 0.5:
        w.para(f"The race went off at {clock_of_day(rng)} local time" + rng.choice((".", ", in front of a full stadium.")))
    w.para(f"(Reporting by {w.staff()}; Editing by {w.staff()})")


def tpl_results(w: Writer, d: Drawer) -> None:
    """Results lists only, in one of four layouts; initials, codes and tag abbreviations."""
    rng = w.rng
    meeting, city, day, _ = _meeting(w)
    races = _races(w, d, f"{day.year} {meeting}", rng.randint(2, 4), (3, 8))
    _main(w, races[0])
    w.para(rng.choice((f"{meeting} {day.year}: results", f"RESULTS – {meeting}, {city}", f"{city} results")))
    intro = rng.choice((f"Leading results from the {meeting} in {city} on {date_text(day, rng)}:", f"{city}, {date_text(day, rng)}", ""))
    w.para(intro)
    layout = rng.choice(("inline", "lines", "nodot", "dash"))
    dash = rng.choice(("–", "-"))
    for race in races:
        head = f"{cap(w.men(race.sex))} {race.event.name}"
        if race.event.name in SPRINTS and rng.random() < 0.5:
            head += " " + wind_text(rng)
        items = []
        for r in race.results:
            p = r.person
            name = w.initial(p) if layout == "inline" or rng.random() < 0.3 else w.full(p)
            t = w.perf(race, r)
            tag = f" {TAG_ABBR[r.tags[0]]}" if r.tags and rng.random() < 0.7 else ""
            items.append({
                "inline": f"{r.place}. {name} ({p.reg.country}) {t}{tag}",
                "lines": f"{r.place}. {name} ({p.reg.country}) {t}{tag}",
                "nodot": f"{r.place} {name} {p.reg.country} {t}{tag}",
                "dash": f"{r.place}. {name} ({p.reg.country}) {dash} {t}{tag}",
            }[layout])
        if layout == "inline":
            w.para(f"{head}: " + ", ".join(items))
        else:
            w.para(f"{head}:" if rng.random() < 0.6 else head)
            for item in items:
                w.para(item)
    if rng.random() < 0.5:
        w.para(f"Next meeting: {rng.choice(TRACK_MEETINGS)[0]}, first event at {clock_of_day(rng)}.")


def tpl_roundup(w: Writer, d: Drawer) -> None:
    """Meeting round-up: 2-3 races, transitions, a record of an earlier year, a field event."""
    rng = w.rng
    meeting, city, day, _ = _meeting(w)
    races = _races(w, d, f"{day.year} {meeting}", rng.randint(2, 3), (3, 4))
    r0 = races[0]
    _main(w, r0)
    w0 = r0.winner
    w.para(pick(rng,
                lambda: f"{w.full(w0)} headlines a fast night at the {meeting}",
                lambda: f"Records and upsets in {city}",
                lambda: f"{meeting} round-up: {w.full(w0)} leads the winners"))
    w0.introduced = False
    w.para(f"{city}, {date_text(day, rng)} –", win_sentence(w, r0), rng.choice(("", weather(rng))))
    if len(r0.results) >= 3:
        w.para(pick(rng, lambda: pair_sentence(w, r0, r0.results[1], r0.results[2]),
                    lambda: place_sentence(w, r0, r0.results[1]) + " " + place_sentence(w, r0, r0.results[2])))
    if rng.random() < 0.5:
        w.para(_other_record(w, d, r0, day.year))
    w.para(quote_after(w, w0, w.pick_quote(WIN_QUOTES)))
    for race in races[1:]:
        op = rng.choice(("Elsewhere,", "In other action,", "Meanwhile,", "Later in the evening,", ""))
        if len(race.results) >= 3 and rng.random() < 0.4:
            s = ahead_sentence(w, race)
        else:
            s = win_sentence(w, race) + " " + place_sentence(w, race, race.results[1])
        if op:
            s = f"{op} {s[0].lower() + s[1:] if s.startswith(('The ', 'In ')) else s}"
        w.para(s)
        if race.event.name in DISTANCE and rng.random() < 0.4:
            k = len(race.results)
            w.para(f"{cap(NUMBER_WORDS[k])} {race.sex} finished inside {threshold_text(race.results[-1].cs, 2)}.")
        if rng.random() < 0.5:
            loser = race.results[1].person
            w.para(quote_after(w, loser, w.pick_quote(LOSE_QUOTES)))
    if rng.random() < 0.6:
        line = field_line(w, d, _sex(rng))
        if line:
            w.para(line)


def tpl_marathon(w: Writer, d: Drawer) -> None:
    """City marathon (or half): both races, splits with leaders, course record, start time."""
    rng = w.rng
    event = rng.choice(("marathon", "marathon", "marathon", "half marathon"))
    meeting, city, month = rng.choice(ROAD_MEETINGS[event])
    day = draw_date(rng, meeting, month)
    w.date = day.isoformat()
    w.city, w.meeting = city, meeting
    title = f"{day.year} {meeting}"
    first_sex = _sex(rng)
    race = d.race(event, first_sex, rng.randint(3, 4), title, splits=rng.randint(2, 4))
    other = d.race(event, "women" if first_sex == "men" else "men", 3, title)
    assert race is not None
    _main(w, race)
    p = race.winner
    w.para(pick(rng, lambda: f"{w.full(p)} wins {meeting}", lambda: f"{w.full(p)} takes {city} title",
                lambda: f"Fast times in {city} as {w.full(p)} wins"))
    p.introduced = False
    start = f"The race started at {clock_of_day(rng, evening=False)}." if rng.random() < 0.5 else ""
    w.para(f"{city.upper()}, {MONTHS[day.month][:3]} {day.day} -", win_sentence(w, race), start)
    sents = []
    for s in race.splits:
        t = w.split(s)
        if s.leader is None:
            sents.append(rng.choice((f"The leading group passed {s.at} in {t}.", f"The leaders went through {s.at} in {t}.",
                                     f"A big pack reached {s.at} in {t}.")))
        else:
            n = w.ref(s.leader)
            sents.append(rng.choice((f"{n} went through {s.at} in {t}.", f"{n} reached {s.at} in {t}.",
                                     f"{n} passed {s.at} in {t} with a small lead.")))
    w.para(*sents)
    w.para(*[place_sentence(w, race, r) for r in race.results[1:]])
    if rng.random() < 0.6:
        w.para(_other_record(w, d, race, day.year, "course record"))
    w.para(quote_after(w, p, w.pick_quote(WIN_QUOTES)))
    if other is not None and len(other.results) >= 3:
        s = win_sentence(w, other)
        w.para(f"In the {w.men(other.sex)} race, {s[0].lower() + s[1:] if s.startswith('The ') else s}")
        w.para(place_sentence(w, other, other.results[1]), place_sentence(w, other, other.results[2]))
        if rng.random() < 0.5:
            w.para(quote_after(w, other.winner, w.pick_quote(WIN_QUOTES)))
    w.para(pick(rng, lambda: f"More than {rng.randint(15, 50)},000 runners finished the race.", lambda: weather(rng),
                lambda: f"Race director {w.staff()} praised the organisation."))


TITLE_SENTENCES = (
    "The organisers had billed it as the {q}.", "Local papers had dubbed it the {q}.",
    "It was a race already known as the {q}.", "Some in the crowd called it the {q}.",
)
TITLES = ("Race of the Year", "Duel in the Sun", "Dream Mile", "Night of Speed", "Battle of the Giants")


def tpl_feature(w: Writer, d: Drawer) -> None:
    """Quote-heavy feature: interrupted quote, pronoun speaker, coach, partial quote, title in marks."""
    rng = w.rng
    meeting, city, day, _ = _meeting(w)
    race = _track_race(w, d, f"{day.year} {meeting}", 3)
    _main(w, race)
    p = race.winner
    w.para(pick(rng, lambda: f"The quiet confidence of {w.full(p)}", lambda: f"How {w.full(p)} learned to win in {city}"))
    age = rng.randint(19, 36)
    w.para(f"{w.sur(p)} does not like to talk about times.", f"At {age}, {p.he} has learned to let the racing speak.")
    w.para(win_sentence(w, race), place_sentence(w, race, race.results[1]))
    w.para(quote_split(w, p, w.pick_quote(ANY_QUOTES), w.pick_quote(WIN_QUOTES)))
    # a pronoun speaker: the subject of the sentence before
    w.para(f"{w.sur(p)} was asked about the last lap.", quote_after(w, p, w.pick_quote(ANY_QUOTES + WIN_QUOTES), pronoun=p.he))
    # the coach speaks: a non-athlete, so no speaker in the gold
    coach = w.staff()
    w.para(f"{cap(p.his)} coach, {coach}, was more cautious.",
           quote_after(w, None, w.pick_quote(STAFF_QUOTES), pronoun=w.staff_pronoun(coach)))
    # a partial quote in reported speech
    w.para(f"{w.sur(p)} spoke of {w.quote(p, rng.choice(PARTIAL_PHRASES))} and refused to look further ahead.")
    if rng.random() < 0.6:
        w.para(rng.choice(TITLE_SENTENCES).format(q=w.not_quote(rng.choice(TITLES))))
    r3 = race.results[2]
    w.para(place_sentence(w, race, r3), quote_before(w, r3.person, w.pick_quote(LOSE_QUOTES)))
    if rng.random() < 0.4 and d.firsts.get(p.reg.first, 0) == 1 and " " not in p.reg.first and len(p.reg.first) > 2:
        w.para(f"{w.first(p)} smiled when the championships came up.", quote_after(w, p, w.pick_quote(ANY_QUOTES), pronoun=p.he))


def tpl_mt(w: Writer, d: Drawer) -> None:
    """Machine-translation-like: word order, 'became third', 'the hare', misspellings, decimal commas."""
    rng = w.rng
    meeting, city, day, stadium = _meeting(w)
    race = _track_race(w, d, f"{day.year} {meeting}", 3)
    race.event_text = race.event.mt_text
    _main(w, race)
    r1, r2, r3 = race.results[:3]
    p = r1.person
    w.para(f"{meeting}: {w.full(p)} wins the {race.event.mt_text} convincing")
    demonym = COUNTRIES.get(p.reg.country, ("", "foreign", None))[1]
    t1 = w.perf(race, r1)
    w.para(f"{city.upper()} – {w.full(p)} has on {WEEKDAYS[day.weekday()]} evening in the {stadium} won the "
           f"{race.event.mt_text} of the {race.sex} in {t1}.",
           f"The {rng.randint(19, 36)}-year-old {demonym} gave the public exactly what it came for.")
    d2 = COUNTRIES.get(r2.person.reg.country, ("", "", None))[1]
    d3 = COUNTRIES.get(r3.person.reg.country, ("", "", None))[1]
    t2, t3 = w.perf(race, r2), w.perf(race, r3)
    if r2.person.misspelt and rng.random() < 0.5:  # misspelt from the first mention on
        n2 = w._record(r2.person, f"{r2.person.reg.first} {r2.person.misspelt}")
        r2.person.introduced = True
    else:
        n2 = w.full(r2.person)
    w.para(f"Behind the hare {w.sur(p)} ran long time in the middle of the group.",
           f"In the last round {p.he} walked away from the {d2} {n2}, who came in second in {t2}.",
           f"The {d3} {w.full(r3.person)} became third in {t3}.")
    q = _comma_end(w.pick_quote(WIN_QUOTES))
    w.para(f"{w.quote(p, q)} said {w.sur(p)} after the race to the {rng.choice(BROADCASTERS)}.",
           w.quote(p, w.pick_quote(ANY_QUOTES)))
    w.para(f"{w.sur(p)}, who this year also runs on the championships, did not want to say which distances {p.he} will finally run.",
           f"{w.quote(p, 'That we see later,')} laughed {p.he}.")
    other = _track_race(w, d, f"{day.year} {meeting}", 2)
    o1, o2 = other.results[:2]
    other.event_text = other.event.mt_text
    na, ta = w.ref(o1.person), w.perf(other, o1)
    nb, tb = w.ref(o2.person), w.perf(other, o2)
    w.para(f"Also on the {other.event.mt_text} of the {other.sex} there was a strong winning.",
           f"{na} won in {ta} before {nb} ({tb}).",
           f"{w.sur(o1.person)} spoke of {w.quote(o1.person, rng.choice(PARTIAL_PHRASES))} of the outdoor season.")
    w.para(f"Meeting director {w.staff()} spoke of a successful edition with "
           f"{rng.randint(5, 20)},000 spectators and good weather: {rng.randint(14, 26)} degrees and almost no wind.")


def tpl_liveblog(w: Writer, d: Drawer) -> None:
    """Live blog: timestamps that look like race times, results as they come, trackside quotes."""
    rng = w.rng
    meeting, city, day, stadium = _meeting(w)
    races = _races(w, d, f"{day.year} {meeting}", rng.randint(2, 3), (3, 3))
    _main(w, races[0])
    w.para(f"LIVE: {meeting} {day.year} – as it happened")
    clock = [rng.randint(18, 20), rng.randint(0, 20)]

    def stamp() -> str:
        clock[1] += rng.randint(3, 14)
        if clock[1] >= 60:
            clock[0], clock[1] = clock[0] + 1, clock[1] - 60
        return f"{clock[0]}:{clock[1]:02d}"

    w.para(f"{stamp()} – Welcome to our live coverage from the {stadium} in {city}. The first track final starts in about ten minutes.")
    for race in races:
        w.para(f"{stamp()} – Next up: {ev(w, race)}. {rng.choice(('Big field tonight.', 'This should be fast.', 'Here we go.'))}")
        r1, r2, r3 = race.results[:3]
        s = pick(rng, lambda race=race: ahead_sentence(w, race),
                 lambda race=race, r2=r2, r3=r3: " ".join((win_sentence(w, race), place_sentence(w, race, r2),
                                                          place_sentence(w, race, r3))))
        w.para(f"{stamp()} – {s}")
        if race.event.decimals == 2 and rng.random() < 0.5:
            w.para(f"{stamp()} – Replays show {w.sur(r1.person)} won by {race.margin_cs() / 100:.2f} seconds.")
        if rng.random() < 0.7:
            w.para(f"{stamp()} – {w.sur(r1.person)} speaks to the trackside reporter: " + w.quote(r1.person, w.pick_quote(WIN_QUOTES)))
    w.para(f"{stamp()} – That is all from {city} tonight. Thanks for following.")


def tpl_splits(w: Writer, d: Drawer) -> None:
    """Distance race: pacemaker and leaders at 400m/800m/1000m..., the bell, the last lap."""
    rng = w.rng
    meeting, city, day, _ = _meeting(w)
    race = _track_race(w, d, f"{day.year} {meeting}", rng.randint(3, 5), events=DISTANCE, pacemaker=True,
                       splits=rng.randint(2, 4), split_decimals=rng.choice((1, 2, 2)))
    _main(w, race)
    p = race.winner
    w.para(pick(rng, lambda: f"{w.full(p)} kicks to {race.event_text} win in {city}",
                lambda: f"{w.full(p)} wins {ev(w, race)} at {meeting}"))
    p.introduced = False
    w.para(win_sentence(w, race), f"It was {w.poss(p)} {rng.choice(('second', 'third', 'fourth'))} win of the season.")
    sents = []
    for s in race.splits:
        t = w.split(s)
        if s.at == "last lap":
            n = w.sur(p)
            sents.append(rng.choice((f"{n} covered the last lap in {t}.", f"{n} ran the last lap in {t}.")))
        elif s.at == "bell":
            n = w.sur(s.leader)
            sents.append(rng.choice((f"{n} led at the bell in {t}.", f"{n} reached the bell in {t}, already in front.")))
        elif s.leader is None:
            sents.append(rng.choice((f"The field went through {s.at} in {t}.", f"The leaders passed {s.at} in {t}.")))
        elif s.leader is race.pacemaker:
            n = w.sur(s.leader) if s.leader.introduced else f"the pacemaker, {w.full(s.leader)},"
            sents.append(rng.choice((f"{cap(n)} passed {s.at} in {t}.", f"{cap(n)} took the field through {s.at} in {t}.")))
        else:
            n = w.ref(s.leader)
            sents.append(rng.choice((f"{n} passed {s.at} in {t}.", f"{n} went through {s.at} in {t}.")))
    last_lap = [x for x in sents if "last lap" in x]
    sents = [x for x in sents if "last lap" not in x] + last_lap
    w.para(*sents)
    sents = [place_sentence(w, race, r) for r in race.results[1:]]
    if race.event.name in ("1500m", "mile", "5000m") and rng.random() < 0.5:
        sents.append(f"{cap(NUMBER_WORDS[len(race.results)])} {race.sex} finished inside {threshold_text(race.results[-1].cs, 2)}.")
    w.para(*sents)
    w.para(quote_after(w, p, w.pick_quote(WIN_QUOTES)))
    if rng.random() < 0.5:
        w.para(f"The race started at {clock_of_day(rng)}, and the wind had dropped by then.")


def tpl_release(w: Writer, d: Drawer) -> None:
    """Federation press release: bullet lines 'Name – 1st, women's 800m, 1:57.21 (PB)', a president's quote."""
    rng = w.rng
    codes = [c for c, v in COUNTRIES.items() if v[2]]
    lines: list[tuple[Race, Result]] = []
    for _ in range(20):  # a meeting where some federation had two athletes or more
        meeting, city, day, _ = _meeting(w)
        title = f"{day.year} {meeting}"
        rng.shuffle(codes)
        for code in codes:
            found: list[tuple[str, str, int]] = []
            taken: set[str] = set()
            for event in TRACK:
                for sex in ("men", "women"):
                    truth = race_truth(title, event, sex)
                    for i, a in enumerate(truth.field[:8] if truth else ()):
                        if a.country == code and not _words(a) & taken:
                            found.append((event, sex, i))
                            taken |= _words(a)
            if len(found) >= 2:
                break
        if len(found) >= 2:
            break
    rng.shuffle(found)
    for event, sex, i in found[:4]:
        truth = race_truth(title, event, sex)
        a = truth.field[i]
        res = Result(d.person(a), i + 1, truth.cs[i], list(truth.tags[i]))
        race = Race(EVENTS[event], sex, [res], f"{title} {sex}'s {event}", event, truth=truth)
        lines.append((race, res))
    _, demonym, fed = COUNTRIES[code]
    assert fed is not None
    for race, res in lines:
        res.person.main = True
    w.race_title = lines[0][0].label
    w.para(f"{cap(fed)} congratulates athletes on {meeting} performances")
    w.para(f"{city.upper()}, {date_text(day, rng)} – {cap(fed)} is proud to congratulate the {demonym} athletes "
           f"on their performances at the {meeting} in {city}:")
    dash = rng.choice(("–", "-", "—"))
    for race, res in lines:
        t = w.perf(race, res)
        tag = f" ({TAG_ABBR[res.tags[0]]})" if res.tags and rng.random() < 0.6 else ""
        w.para(f"{w.full(res.person)} {dash} {ORDINAL_NUM[res.place]}, {w.men(race.sex)} {race.event.name}, {t}{tag}")
    star = lines[0][1].person
    w.para(f"The federation{w.apos}s president, {w.staff()}, said:", w.quote(None, w.pick_quote(STAFF_QUOTES)))
    if rng.random() < 0.6:
        w.para(f"{w.sur(star)} added:", w.quote(star, w.pick_quote(ANY_QUOTES)))
    w.para(f"The team travels to the next meeting on {date_text(day + dt.timedelta(days=rng.randint(5, 12)), rng)}.")


def tpl_recap(w: Writer, d: Drawer) -> None:
    """Then and now: last year's winning time and a previous best (other times), then the race."""
    rng = w.rng
    meeting, city, day, _ = _meeting(w)
    race = _track_race(w, d, f"{day.year} {meeting}", rng.randint(3, 4))
    _main(w, race)
    p = race.winner
    spec = race.event
    w.para(pick(rng, lambda: f"{w.full(p)}: one year on in {city}", lambda: f"Then and now: {ev(w, race)} in {city}"))
    p.introduced = False
    # last year's race, as race_truth has it: its winner and winning time
    before = race_truth(f"{day.year - 1} {meeting}", spec.name, race.sex)
    prev: Person | None = None
    if before is not None:
        prev = next((r.person for r in race.results if r.person.reg.id == before.field[0].id), None)
        if prev is None and d.free(before.field[0]):
            prev = d.person(before.field[0])
    if before is not None and prev is not None:
        t_prev = w.other(prev, spec.name, before.cs[0], spec.decimals, f"won this race in {day.year - 1}")
        w.para(f"Last year {w.ref(prev)} won this race in {t_prev}.",
               f"{cap(prev.he)} had only turned professional in {day.year - rng.randint(2, 5)}.")
    elif before is not None:
        t_prev = w.other(None, spec.name, before.cs[0], spec.decimals, f"winning time in {day.year - 1}")
        w.para(f"Last year{w.apos}s race was won in {t_prev}.")
    w.para(f"On {WEEKDAYS[day.weekday()]} it was a different story.", win_sentence(w, race))
    for r in race.results[1:]:
        w.para(place_sentence(w, race, r))
    if not race.results[0].tags and rng.random() < 0.6:
        w.para(_other_pb(w, race, race.results[0]))
    if spec.decimals == 2 and rng.random() < 0.5:
        w.para(f"{w.sur(p)} won by {race.margin_cs() / 100:.2f} seconds, having been {ORDINAL[rng.randint(3, 6)]} with 200m to go.")
    w.para(quote_after(w, p, w.pick_quote(WIN_QUOTES)))


TEMPLATES: dict[str, Template] = {
    "wire": tpl_wire, "results": tpl_results, "roundup": tpl_roundup, "marathon": tpl_marathon,
    "feature": tpl_feature, "mt": tpl_mt, "liveblog": tpl_liveblog, "splits": tpl_splits,
    "release": tpl_release, "recap": tpl_recap,
}
NOISE = {  # template: (chance an athlete has a misspelt variant, chance a later mention uses it)
    "mt": (0.5, 0.6), "liveblog": (0.3, 0.4), "feature": (0.15, 0.3),
}
DEFAULT_NOISE = (0.08, 0.3)


# ---- the corpus -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    name: str  # file name "<id>.txt"
    id: str
    template: str
    text: str
    gold: dict
    published: str | None = None  # the race day (ISO date), as an archive's metadata gives it


def generate_one(seed: int, index: int, template: str | None = None, *, jsonl: bool = False) -> Article:
    rng = random.Random(f"{seed}:{index}")
    names = sorted(TEMPLATES)
    tpl = template or rng.choice(names)
    aid = f"g{index:06d}_{tpl}"
    name = f"{JSONL_NAME}#{aid}" if jsonl else f"{aid}.txt"
    rate, noise = NOISE.get(tpl, DEFAULT_NOISE)
    w = Writer(rng, name, tpl, noise=noise, comma=tpl == "mt" and rng.random() < 0.5)
    d = Drawer(rng, rate)
    TEMPLATES[tpl](w, d)
    return Article(name=name, id=aid, template=tpl, text=w.text(), gold=w.gold(), published=w.date)


def generate(n: int, seed: int = 0, *, templates: Sequence[str] | None = None, jsonl: bool = False) -> Iterator[Article]:
    """`n` articles; article i depends on (seed, i) only, so any prefix of a corpus is the same."""
    for i in range(n):
        tpl = templates[i % len(templates)] if templates else None
        yield generate_one(seed, i, tpl, jsonl=jsonl)


def jsonl_record(art: Article, *, dated: bool = True) -> dict:
    """One JSONL line: id, text and (`dated`, where the article has one) its publication date."""
    return {"id": art.id, "text": art.text, **({"published": art.published} if dated and art.published else {})}


def write_corpus(out: Path, n: int, seed: int, *, jsonl: bool = False, templates: Sequence[str] | None = None,
                 gold: bool = True, dated: bool = True) -> Path:
    """Write the corpus (and its gold unless `gold` is False); returns the path to give
    `pipeline run`: the .jsonl file or the articles directory."""
    out = Path(out)
    gold_dir = out / "gold"
    if gold:
        gold_dir.mkdir(parents=True, exist_ok=True)

    def write_gold(art: Article) -> None:
        if gold:
            text = json.dumps(art.gold, ensure_ascii=False, indent=1) + "\n"
            (gold_dir / f"{art.id}.json").write_text(text, encoding="utf-8")

    if jsonl:
        out.mkdir(parents=True, exist_ok=True)
        target = out / JSONL_NAME
        with target.open("w", encoding="utf-8") as fh:
            for art in generate(n, seed, templates=templates, jsonl=True):
                fh.write(json.dumps(jsonl_record(art, dated=dated), ensure_ascii=False) + "\n")
                write_gold(art)
        return target
    art_dir = out / "articles"
    art_dir.mkdir(parents=True, exist_ok=True)
    for art in generate(n, seed, templates=templates):
        (art_dir / art.name).write_text(art.text, encoding="utf-8")
        write_gold(art)
    return art_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Generate synthetic athletics articles with exactly matching gold files "
        "(facts drawn first from the athlete registry, text rendered from them).",
        epilog=f"Templates: {', '.join(sorted(TEMPLATES))}.",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0); article i depends on (seed, i) only")
    parser.add_argument("--n", type=int, default=100, help="number of articles (default: 100)")
    parser.add_argument("--out", type=Path, required=True, help="output directory (articles/ and gold/, or corpus.jsonl and gold/)")
    parser.add_argument("--jsonl", action="store_true", help=f"write one {JSONL_NAME} instead of one .txt per article")
    parser.add_argument("--no-gold", action="store_true", help="write the articles only (for load tests)")
    parser.add_argument("--template", action="append", choices=sorted(TEMPLATES), help="only these templates (repeatable; default: all, drawn at random)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    target = write_corpus(args.out, args.n, args.seed, jsonl=args.jsonl, templates=args.template, gold=not args.no_gold)
    gold = "no gold" if args.no_gold else f"gold: {args.out / 'gold'}"
    print(f"{args.n} articles -> {target} ({gold}) in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
