"""Number mentions -> quantities: the value, qualifier and meaning of each count in a sentence.

Three steps, each usable alone:

* :func:`parse_number` reads one number phrase ("at least 29", "$1.5 million",
  "dozens", "between 10 and 15") into a :class:`NumberValue`;
* :func:`find_quantities` finds every number phrase of a parsed sentence, drops
  the ones that are not counts (years, ages, times, distances, weapon names...)
  and reads from the dependency tree what each one counts (:class:`Quantity`);
* :func:`reconcile` turns the quantities of one kind reported for an event into
  the schema's ``(low, best, high)`` figure.

The vocabularies live in ``resources/lexicons/number_words.yaml`` and
``resources/lexicons/counted_nouns.yaml`` so they can grow without code changes.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from spacy.tokens import Doc, Span, Token

from wardesk.extract.stamps import in_stamp
from wardesk.nlp.cache import (
    doc_children,
    doc_deps,
    doc_heads,
    doc_lemmas,
    doc_lowers,
    doc_text,
    doc_token_offsets,
    doc_token_texts,
    doc_tree,
    per_doc,
    span_text,
)
from wardesk.resources import load_words, load_yaml

QualifierName = Literal["at_least", "more_than", "up_to", "about"]
Victims = Literal["civilians", "combatants"]

#: One tokenizer for lexicon keys, free text and spaCy tokens, so that a phrase is
#: matched the same way wherever it comes from: numbers keep their commas and
#: decimals, words are letters only, every other character stands alone.
_WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?|\S")
_DIGITS_RE = re.compile(r"^\d+(?:[.,]\d+)*$")

#: spaCy entity labels that mark a number as something other than a count.
_NON_COUNT_ENTS = frozenset({"PERCENT", "ORDINAL", "TIME"})
#: "5 bn": scales written as abbreviations, never inside a spelled-out number.
_ABBREVIATED_SCALES = load_words("lexicons", "number_words.yaml", "abbreviated_scales")
#: "aged 25", "aged twenty": the number is an age.
_AGE_WORDS = load_words("lexicons", "counted_nouns.yaml", "age_words")
#: Words before a year that names an event ("the 2014 massacre", "its 2016 offensive").
_YEAR_DETERMINERS = frozenset({"the", "a", "its", "their", "his", "her", "this", "that"})
#: A year written out: never the first group of a phone number or another digit run.
_YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")
#: A time written with a dot ("05.00", "13.30"): hours and minutes, never a count.
_CLOCK_RE = re.compile(r"^(?:[01]?\d|2[0-4])\.[0-5]\d$")
#: The highest number a day of a month can have ("March 12" is a day, "March 40 soldiers" a count).
_LAST_DAY_OF_MONTH = 31
#: Plain four-digit integers in this span are read as years unless they count a known noun.
_YEAR_RANGE = (1000, 2100)
#: How far (in tokens) the governing verb may sit from the number for the quoted phrase
#: to include it; further away the phrase would swallow unrelated clauses.
_TEXT_WINDOW_TOKENS = 10
#: How many heads to climb from the counted noun to its governing verb.
_MAX_CLIMB = 6


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class NumberValue:
    """A number phrase read as a value.

    ``value`` is the figure to use; for a range ("10 to 15") it is the lower end,
    as ACLED codes the lowest reported figure. ``low``/``high`` bound the figure:
    an exact number has ``low == high == value``; "at least"/"more than" and vague
    plurals ("dozens") set only ``low``; "up to" sets only ``high``; "about" sets
    neither. ``currency`` is an ISO 4217 code when the phrase is money.
    """

    value: float
    low: float | None = None
    high: float | None = None
    qualifier: QualifierName | None = None
    vague: bool = False
    currency: str | None = None


@dataclass(frozen=True)
class Quantity:
    """One count found in a sentence, with what it counts and where it was read.

    ``start_char``/``end_char`` are offsets into the Doc's text of the number
    phrase (qualifier included); ``text`` is the clause fragment that shows what
    is counted ("killed at least 29 civilians"); ``verb_i`` is the Doc index of
    the governing verb. ``part_of_larger`` marks sub-counts ("including 7
    children") that must not be added to, or replace, the headline total.
    """

    value: float
    low: float | None
    high: float | None
    qualifier: QualifierName | None
    what: str
    counted: str | None
    start_char: int
    end_char: int
    text: str
    verb_i: int | None = None
    victims: Victims | None = None
    part_of_larger: bool = False
    vague: bool = False
    currency: str | None = None
    single: bool = False  # one person without a number ("a man was killed"): a count, not a claim
    superseded: bool = False  # an outdated toll ("updating a previous toll of 112")
    aggregate: bool = False  # counted over a period or an area: never one incident's toll
    noun_i: int | None = None  # Doc index of the counted noun
    derived: bool = False  # a sum of per-victim-type counts ("12 soldiers and 3 civilians"): no claim
    parts: tuple[float, ...] = ()  # the counts a derived sum adds up
    restated: bool = False  # a headline's copy of a figure the text gives again: one claim, the text's
    #: counts "the victims" ("the victims included three children"): of kind "other" here, the
    #: event's dead (or wounded) once the event's own toll is known (claims.name_victims)
    of_victims: bool = False
    #: adds to an earlier toll of the event ("another 8 were killed", "three more died")
    increment: bool = False
    #: the event's toll as it now stands ("bringing the toll to 15", "the death toll rose to 31")
    running: bool = False
    #: read in a headline parsed apart from the text (its offsets are the headline's)
    in_title: bool = False


# --------------------------------------------------------------------------- lexicons


def _words(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).lower() for m in _WORD_RE.finditer(text))


def _load_yaml(name: str) -> dict:
    return load_yaml("lexicons", name)


@dataclass(frozen=True)
class _NumberLexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, float]
    money_scales: dict[str, float]
    #: phrase -> (value, vague)
    phrases: dict[tuple[str, ...], tuple[float, bool]]
    qualifiers: dict[tuple[str, ...], QualifierName]
    post_qualifiers: dict[tuple[str, ...], QualifierName]
    currency_signs: dict[tuple[str, ...], str]
    currency_words: dict[tuple[str, ...], str]
    max_phrase: int


@functools.lru_cache(maxsize=1)
def _number_lexicon() -> _NumberLexicon:
    raw = _load_yaml("number_words.yaml")
    phrases: dict[tuple[str, ...], tuple[float, bool]] = {}
    for key, val in raw["fixed"].items():
        phrases[_words(key)] = (float(val), False)
    for key, val in raw["vague"].items():
        phrases[_words(key)] = (float(val), True)

    def by_name(section: dict) -> dict[tuple[str, ...], QualifierName]:
        return {_words(str(p)): name for name, items in section.items() for p in items}

    quals = by_name(raw["qualifiers"])
    posts = by_name(raw["post_qualifiers"])
    signs = {_words(str(k)): v for k, v in raw["currency_signs"].items()}
    cwords = {_words(str(k)): v for k, v in raw["currency_words"].items()}
    longest = max(len(k) for table in (phrases, quals, posts, signs, cwords) for k in table)
    return _NumberLexicon(
        units={str(k): int(v) for k, v in raw["units"].items()},
        tens={str(k): int(v) for k, v in raw["tens"].items()},
        scales={str(k): float(v) for k, v in raw["scales"].items()},
        money_scales={str(k): float(v) for k, v in raw["money_scales"].items()},
        phrases=phrases,
        qualifiers=quals,
        post_qualifiers=posts,
        currency_signs=signs,
        currency_words=cwords,
        max_phrase=longest,
    )


@functools.lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Every word other than digits that a number phrase can begin with:
    a qualifier, "between", a currency sign, a fixed or vague phrase, a unit or a ten."""
    lex = _number_lexicon()
    tables = (lex.qualifiers, lex.currency_signs, lex.phrases)
    return frozenset({"between", *lex.units, *lex.tens}.union(*(_first_words(t) for t in tables)))


def has_number(lowers: Sequence[str], start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` (their lower-cased texts) may hold a number phrase: a
    cheap test before :func:`find_quantities` on sentences that rarely hold one."""
    starters = _starters()
    return any(w[:1].isdigit() or w in starters for w in lowers[start:end])


@dataclass(frozen=True)
class _CountLexicon:
    nouns: dict[str, str]
    #: object noun -> (what, verbs that make it that what)
    objects: dict[str, tuple[str, frozenset[str]]]
    verbs: dict[str, str]
    tolls: dict[str, str]
    toll_verbs: frozenset[str]
    tally_nouns: frozenset[str]
    victims: dict[str, Victims]
    #: "members of a family": nouns whose "of" object tells who the counted are
    membership_nouns: frozenset[str]
    ignore_units: frozenset[str]
    designators: frozenset[str]
    part_markers: frozenset[str]
    calendar: frozenset[str]
    weekdays: frozenset[str]
    month_openers: frozenset[str]
    #: every noun that names people: victims, people counted one by one, hostages and others
    people: frozenset[str]
    taking_verbs: frozenset[str]
    single_victims: frozenset[str]
    single_determiners: frozenset[str]
    event_nouns: frozenset[str]
    superseded_words: frozenset[str]
    containers: frozenset[str]
    #: harm noun -> the kind of count its sufferer is ("injury" -> injured)
    harms: dict[str, str]
    #: verb of undergoing -> the kind its subject is when its object is a harm
    befall_verbs: dict[str, str]
    care_nouns: frozenset[str]
    victim_nouns: frozenset[str]
    care_verbs: frozenset[str]
    superseded_adverbs: frozenset[str]
    loss_verbs: frozenset[str]
    figure_verbs: frozenset[str]
    care_preps: frozenset[str]
    care_places: dict[str, str]
    to_death_exceptions: frozenset[str]
    since_nouns: frozenset[str]
    since_verbs: frozenset[str]
    period_preps: frozenset[str]
    period_units: frozenset[str]
    period_markers: frozenset[str]
    period_determiners: frozenset[str]
    long_period_units: frozenset[str]
    short_period_units: frozenset[str]
    one_fight_nouns: frozenset[str]
    update_verbs: frozenset[str]
    increment_before: frozenset[str]
    increment_after: frozenset[str]
    increment_adverbs: frozenset[str]
    raising_verbs: frozenset[str]
    participle_state_verbs: frozenset[str]
    #: the doers of an attack named as such ("the attacker", "two of the gunmen")
    doers: frozenset[str]


@functools.lru_cache(maxsize=1)
def _count_lexicon() -> _CountLexicon:
    raw = _load_yaml("counted_nouns.yaml")

    def invert(section: dict) -> dict[str, str]:
        return {str(w).lower(): what for what, items in section.items() for w in items}

    objects: dict[str, tuple[str, frozenset[str]]] = {}
    for what, spec in raw["objects"].items():
        verbs = frozenset(str(v).lower() for v in spec["verbs"])
        for noun in spec["nouns"]:
            objects.setdefault(str(noun).lower(), (what, verbs))
    return _CountLexicon(
        nouns=invert(raw["nouns"]),
        objects=objects,
        verbs=invert(raw["verbs"]),
        tolls=invert(raw["tolls"]),
        toll_verbs=frozenset(str(v).lower() for v in raw["toll_verbs"]),
        tally_nouns=frozenset(str(v).lower() for v in raw["tally_nouns"]),
        victims=invert(raw["victims"]),  # type: ignore[arg-type]
        membership_nouns=frozenset(str(w).lower() for w in raw["membership_nouns"]),
        ignore_units=frozenset(str(w).lower() for w in raw["ignore_units"]),
        designators=frozenset(str(w).lower() for w in raw["designators"]),
        part_markers=frozenset(str(w).lower() for w in raw["part_markers"]),
        calendar=frozenset(str(w).lower() for w in raw["calendar"]),
        weekdays=frozenset(str(w).lower() for w in raw["weekdays"]),
        month_openers=frozenset(str(w).lower() for w in raw["month_openers"]),
        people=frozenset(
            str(w).lower()
            for w in (
                *(w for items in raw["victims"].values() for w in items),
                *raw["single_victims"],
                *raw["nouns"]["abducted"],
                *raw["people"],
            )
        ),
        taking_verbs=frozenset(str(w).lower() for w in raw["taking_verbs"]),
        single_victims=frozenset(str(w).lower() for w in raw["single_victims"]),
        single_determiners=frozenset(str(w).lower() for w in raw["single_determiners"]),
        event_nouns=frozenset(str(w).lower() for w in raw["event_nouns"]),
        superseded_words=frozenset(str(w).lower() for w in raw["superseded_words"]),
        containers=frozenset(str(w).lower() for w in raw["container_victims"]),
        harms=invert(raw["harms"]),
        befall_verbs=invert(raw["befall_verbs"]),
        care_nouns=frozenset(str(w).lower() for w in raw["care_nouns"]),
        victim_nouns=frozenset(str(w).lower() for w in raw["victim_nouns"]),
        care_verbs=frozenset(str(w).lower() for w in raw["care_verbs"]),
        superseded_adverbs=frozenset(str(w).lower() for w in raw["superseded_adverbs"]),
        loss_verbs=frozenset(str(w).lower() for w in raw["loss_verbs"]),
        figure_verbs=frozenset(str(w).lower() for w in raw["figure_verbs"]),
        care_preps=frozenset(str(w).lower() for w in raw["care_preps"]),
        care_places={str(w).lower(): "injured" for w in raw["care_places"]},
        to_death_exceptions=frozenset(str(w).lower() for w in raw["to_death_exceptions"]),
        since_nouns=frozenset(str(w).lower() for w in raw["since_nouns"]),
        since_verbs=frozenset(str(w).lower() for w in raw["since_verbs"]),
        period_preps=frozenset(str(w).lower() for w in raw["period_preps"]),
        period_units=frozenset(str(w).lower() for w in raw["period_units"]),
        period_markers=frozenset(str(w).lower() for w in raw["period_markers"]),
        period_determiners=frozenset(str(w).lower() for w in raw["period_determiners"]),
        long_period_units=frozenset(str(w).lower() for w in raw["long_period_units"]),
        short_period_units=frozenset(str(w).lower() for w in raw["short_period_units"]),
        one_fight_nouns=frozenset(str(w).lower() for w in raw["one_fight_nouns"]),
        update_verbs=frozenset(str(w).lower() for w in raw["update_verbs"]),
        increment_before=frozenset(str(w).lower() for w in raw["increment_before"]),
        increment_after=frozenset(str(w).lower() for w in raw["increment_after"]),
        increment_adverbs=frozenset(str(w).lower() for w in raw["increment_adverbs"]),
        raising_verbs=frozenset(str(w).lower() for w in raw["raising_verbs"]),
        participle_state_verbs=frozenset(str(w).lower() for w in raw["participle_state_verbs"]),
        doers=frozenset(str(w).lower() for w in raw["doers"]),
    )


def person_nouns() -> frozenset[str]:
    """Every noun the count tables know as people (victims, fighters, people counted one by one,
    captives): what a verb of taking must take to be an abduction, not a theft or a capture.

    Why: one registry of people, so a word added for counting ("peasant") also lets a captive
    taken by armed men be read (``triggers._taken_by_captors``)."""
    return _count_lexicon().people


# --------------------------------------------------------------------------- phrase grammar


@dataclass
class _Match:
    """A number phrase found in a word list: ``[start, end)`` with its core number words."""

    start: int
    end: int
    core: list[int] = field(default_factory=list)
    value: NumberValue | None = None


def _longest(words: Sequence[str], i: int, table: dict[tuple[str, ...], object]) -> tuple[int, object]:
    """Length and value of the longest key of ``table`` starting at ``words[i]`` (0 when none)."""
    if i >= len(words) or words[i] not in _first_words(table):
        return 0, None  # most words start no key: skip building the candidate tuples
    top = min(_number_lexicon().max_phrase, len(words) - i)
    for n in range(top, 0, -1):
        hit = table.get(tuple(words[i : i + n]))
        if hit is not None:
            return n, hit
    return 0, None


_FIRST_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def _first_words(table: dict[tuple[str, ...], object]) -> frozenset[str]:
    """The words any key of a lexicon table starts with (tables live for the process)."""
    found = _FIRST_WORDS.get(id(table))
    if found is None or found[0] is not table:
        found = _FIRST_WORDS[id(table)] = (table, frozenset(key[0] for key in table if key))
    return found[1]


def _digit_value(word: str) -> float | None:
    if not _DIGITS_RE.match(word):
        return None
    if "," in word:
        groups = word.split(".")[0].split(",")
        if not all(len(g) == 3 for g in groups[1:]):
            return None  # "12,13" is a list, not a number
        word = word.replace(",", "")
    if word.count(".") > 1:
        return None  # "12.10.2015" is a date
    return float(word)


def _cardinal(words: Sequence[str], i: int, money: bool) -> tuple[int, float, bool, list[int]] | None:
    """One cardinal at ``words[i]``: (end, value, vague, core word indices), or None."""
    lex = _number_lexicon()
    n = len(words)
    if i >= n:
        return None
    plen, hit = _longest(words, i, lex.phrases)
    if plen:
        value, vague = hit  # type: ignore[misc]
        j = i + plen
        core = list(range(i, j))
        if not vague:  # "a hundred thousand"
            while j < n and words[j] in lex.scales and words[j] not in ("hundred",):
                value *= lex.scales[words[j]]
                core.append(j)
                j += 1
        return j, value, vague, core
    digit = _digit_value(words[i])
    if digit is not None:
        value, j, core = digit, i + 1, [i]
        while j < n:
            w = words[j]
            if w in lex.scales:
                value *= lex.scales[w]
            elif money and w in lex.money_scales:
                value *= lex.money_scales[w]
            elif w == "dozen":
                value *= 12
            else:
                break
            core.append(j)
            j += 1
        return j, value, False, core
    # number words: "twenty-one", "one hundred and five", "two million"
    total, current, j, core, seen = 0.0, 0.0, i, [], False
    while j < n:
        w = words[j]
        if w in lex.units:
            current += lex.units[w]
        elif w in lex.tens:
            current += lex.tens[w]
        elif w == "dozen" and seen:
            current *= 12
        elif w in lex.scales and seen and w not in _ABBREVIATED_SCALES:
            if w == "hundred":
                current = (current or 1) * 100
            else:
                total += (current or 1) * lex.scales[w]
                current = 0
        elif seen and w == "-" and j + 1 < n and words[j - 1] in lex.tens and words[j + 1] in lex.units:
            pass  # "twenty-one"
        elif (
            seen
            and w == "and"
            and j + 1 < n
            and words[j - 1] in lex.scales
            and (words[j + 1] in lex.units or words[j + 1] in lex.tens)
        ):
            pass  # "one hundred and five"
        else:
            break
        seen = True
        core.append(j)
        j += 1
    if not seen:
        return None
    return j, total + current, False, core


def _match_at(words: Sequence[str], i: int) -> _Match | None:
    """The number phrase that starts exactly at ``words[i]``, if any."""
    lex = _number_lexicon()
    n = len(words)
    j = i
    qlen, qual = _longest(words, j, lex.qualifiers)
    j += qlen
    between = j < n and words[j] == "between"
    if between:
        j += 1
    clen, currency = _longest(words, j, lex.currency_signs)
    j += clen
    first = _cardinal(words, j, money=bool(currency))
    if first is None:
        return None
    j, value, vague, core = first
    high = None
    # ranges: "between 10 and 15", "10 to 15", "10-15", "two or three"; not "from 30 to 45"
    # (a change over time) and not after a vague word ("dozens to hundreds").
    joiners = ("and",) if between else ("to", "-", "–", "—", "or")
    if j + 1 < n and words[j] in joiners and not vague and (i == 0 or words[i - 1] != "from"):
        k = j + 1
        c2len, cur2 = _longest(words, k, lex.currency_signs)
        second = _cardinal(words, k + c2len, money=bool(currency or cur2))
        if second is not None and second[1] > value and not second[2]:
            j, high, _, core2 = second
            core = core + core2
    elif between:
        return None
    if qual is None and j < n:
        plen, post = _longest(words, j, lex.post_qualifiers)
        if plen:
            qual, j = post, j + plen
    if currency is None and j < n:
        wlen, cword = _longest(words, j, lex.currency_words)
        if wlen:
            currency = cword  # the word itself stays outside the phrase: it is the counted noun
    if high is not None:
        nv = NumberValue(value, value, high, qual, vague, currency)  # type: ignore[arg-type]
    else:
        nv = _bounded(value, qual, vague, currency)  # type: ignore[arg-type]
    return _Match(i, j, core, nv)


def _bounded(value: float, qual: QualifierName | None, vague: bool, currency: str | None) -> NumberValue:
    if qual in ("at_least", "more_than"):
        low, high = value, None
    elif qual == "up_to":
        low, high = None, value
    elif qual == "about":
        low = high = None
    elif vague:
        low, high = value, None
    else:
        low = high = value
    return NumberValue(value, low, high, qual, vague, currency)


def parse_number(text: str) -> NumberValue | None:
    """The first number phrase in ``text`` ("at least 29", "$1.5 million", "dozens"), or None.

    Ranges take their lowest figure as ``value`` (ACLED's rule: code the most
    conservative figure) and keep both ends in ``low``/``high``. Vague plurals
    are coded as in ``number_words.yaml`` ("dozens" 12, "several" 3, "hundreds"
    100) and flagged ``vague``. "a number of" and "many" are not numbers: None.
    """
    words = _words(text)
    for i in range(len(words)):
        m = _match_at(words, i)
        if m is not None:
            return m.value
    return None


# --------------------------------------------------------------------------- sentence reading


class _Word(NamedTuple):
    text: str
    tok: int  # Doc token index
    start: int  # Doc char offsets
    end: int


def _sentence_words(sent: Span) -> list[_Word]:
    """The sentence's words, lower-cased, with numbers kept whole ("1,200")
    and punctuation split off; read from the document's cached token texts."""
    doc = sent.doc
    texts = doc_token_texts(doc)
    offsets = doc_token_offsets(doc)
    out: list[_Word] = []
    new = tuple.__new__  # what _Word(...) calls, without its extra Python frame per word
    for i in range(sent.start, sent.end):
        text, idx = texts[i], offsets[i]
        if text.isalpha():  # one plain word: what the regex would give
            out.append(new(_Word, (text.lower(), i, idx, idx + len(text))))
            continue
        for m in _WORD_RE.finditer(text):
            out.append(new(_Word, (m.group(0).lower(), i, idx + m.start(), idx + m.end())))
    return out


@per_doc
def _number_words(doc: Doc) -> list[bool]:
    """For every token, whether one of its words (as ``_sentence_words`` cuts them) can open a
    number phrase: a starter word or digits. A sentence with none holds no number phrase, and
    most sentences with an event word hold none."""
    return list(map(_OPENS_NUMBER.__getitem__, doc_token_texts(doc)))


class _OpensNumber(dict):
    """token text -> whether one of its words is a starter or digits, filled on first ask (token
    texts repeat within and across documents; the column is mapped through it at C speed)."""

    def __missing__(self, text: str) -> bool:
        starters = _starters()
        if text.isalpha():
            found = text.lower() in starters
        else:
            found = any(
                (w := m.group(0).lower()) in starters or _DIGITS_RE.match(w) is not None
                for m in _WORD_RE.finditer(text)
            )
        if len(self) > _OPENS_NUMBER_SIZE:
            self.clear()  # a long run meets unbounded text: keep memory flat
        self[text] = found
        return found


_OPENS_NUMBER_SIZE = 200_000
_OPENS_NUMBER = _OpensNumber()


def _keys(tok: Token) -> list[str]:
    """Lookup keys for a noun, most specific first: "oil depot", "depot", "depots". Read from
    the per-document arrays: asked for several nouns of every number."""
    doc, i = tok.doc, tok.i
    tree, texts = doc_tree(doc), doc_token_texts(doc)
    lemmas, deps = tree.lemmas, tree.deps
    lemma = lemmas[i]
    keys = []
    compounds = [c for c in tree.children[i] if deps[c] in ("compound", "amod") and c < i]
    for c in compounds:
        keys.append(f"{lemmas[c]} {lemma}")
        keys.append(f"{texts[c].lower()} {lemma}")
    keys += [lemma, texts[i].lower()]
    return keys


def _lookup(tok: Token | None, table: dict[str, str]) -> str | None:
    if tok is None:
        return None
    for key in _keys(tok):
        if key in table:
            return table[key]
    return None


def _of_object(tok: Token) -> Token | None:
    """The noun after "of" under ``tok`` ("dozens of people" -> people)."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _anchor(sent: Span, core_toks: set[int]) -> Token:
    """The core token whose head lies outside the number phrase (its syntactic root)."""
    doc = sent.doc
    heads = doc_heads(doc)
    outside = [i for i in sorted(core_toks) if heads[i] not in core_toks or heads[i] == i]
    return doc[outside[-1]] if outside else doc[max(core_toks)]


def _counted_noun(anchor: Token, phrase_toks: set[int]) -> tuple[Token | None, bool]:
    """The noun a number counts, and whether it is a partitive ("six of the dead")."""
    of = _of_object(anchor)
    if of is not None:
        partitive = any(c.dep_ in ("det", "poss") for c in of.children) or of.pos_ == "PRON"
        return of, partitive
    head = anchor.head
    if anchor.dep_ in ("nummod", "compound") and head.pos_ == "NUM" and head.i == anchor.i + 1 < head.head.i:
        head = head.head  # "20 AK-47 rifles": the model name is no count of its own
    if (
        anchor.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod")
        and head.i not in phrase_toks
        and head.pos_ in ("NOUN", "PROPN", "ADJ", "X")
        and head.i > anchor.i
    ):
        return head, False
    # "twelve dead": the parser sometimes hangs the noun on the number instead
    nxt = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if nxt is not None and nxt.head.i == anchor.i and nxt.pos_ in ("NOUN", "ADJ") and nxt.dep_ != "prep":
        return nxt, False
    return None, False


def _governor(node: Token) -> Token | None:
    """The verb (or predicate adjective) that says what happened to ``node``.

    A participle or relative clause on the noun wins ("civilians killed",
    "people who died"); otherwise climb the heads through objects, subjects,
    prepositions and conjuncts to the first verb.
    """
    own = _governor_child(node)
    if own is not None:
        return own
    return _climbed_governor(node)


def _climbed_governor(node: Token) -> Token | None:
    """The first verb above ``node``, climbing through objects, subjects, prepositions and
    conjuncts (``_governor`` without the node's own participle or relative clause)."""
    counts = _count_lexicon()
    tok = node
    for _ in range(_MAX_CLIMB):
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX", "ADJ") else None
        child, tok = tok, tok.head
        if (
            tok.dep_ == "prep"
            or tok.lower_ in counts.part_markers
            or tok.lemma_.lower() in counts.part_markers
        ):
            # "including", "following": prepositions that look like verbs; "(the toll,) which
            # included two policemen": the verb of a toll's parts, whose kind is the toll's
            continue
        if tok.pos_ in ("VERB", "AUX") or tok.lemma_.lower() in counts.verbs:
            if child.dep_ in ("nsubj", "nsubjpass") and _counts_its_own(tok) and tok.head.i != tok.i:
                continue  # "killed 14 people injured 60": a lost comma, 14 are the killed
            later = _clause_after_lost_comma(child, tok)
            return later if later is not None else tok
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "ROOT", "conj"):
            return tok
    return None


def _clause_after_lost_comma(noun: Token, verb: Token) -> Token | None:
    """The verb whose subject the noun is when the parser made it the object of a passive
    participle ("besides those killed 40 people were hurt", its comma lost): such a participle
    takes no object, and the auxiliary right after the noun opens the noun's own clause."""
    if noun.dep_ != "dobj" or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ not in ("aux", "auxpass") or nxt.head.i <= noun.i:
        return None
    return nxt.head if nxt.head.pos_ in ("VERB", "ADJ") else None


def _state_after(anchor: Token, noun: Token | None) -> str | None:
    """The casualty word right after a bare number ("40 Injured", "12 dead"), which headlines
    and texts stripped of their commas leave for the parser to misread."""
    if noun is not None:
        return None
    doc = anchor.doc
    nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in ("VERB", "ADJ", "NOUN", "PROPN"):
        return None
    counts = _count_lexicon()
    what = counts.verbs.get(nxt.lower_) or counts.verbs.get(nxt.lemma_.lower())
    return what if what in _PEOPLE_WHATS else None


#: What can happen to people (not to targets or vehicles).
_PEOPLE_WHATS = frozenset({"killed", "injured", "displaced", "abducted"})


def _governor_child(node: Token) -> Token | None:
    """A participle or state word on the node itself: "civilians killed", "people who died"."""
    counts = _count_lexicon()
    for child in node.children:
        # (an adjective the tagger took for a noun, "the slain villagers", is still one)
        if child.dep_ in ("acl", "relcl", "amod") and (child.pos_ in ("VERB", "ADJ") or child.dep_ == "amod"):
            if (child.lemma_.lower() in counts.verbs or child.lower_ in counts.verbs) and not _counts_its_own(
                child
            ):
                return child
    return None


def _describes_a_count(noun: Token) -> bool:
    """The noun hangs by "of" from a noun that carries its own number ("six members of one
    family", "40 fighters of the 5 brigades"): it says whose they are, it counts nothing."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i == noun.head.i:
        return False
    owner = noun.head.head
    return owner.pos_ in ("NOUN", "PROPN") and any(c.like_num for c in owner.children if c.dep_ == "nummod")


def _counts_its_own(verb: Token) -> bool:
    """A participle with a number of its own starts a new clause, not a modifier of the noun
    before it: "killed 30 people injured 90" (a lost comma) is 30 killed and 90 injured."""
    return any(c.like_num for c in verb.children if c.dep_ in ("dobj", "nummod", "npadvmod", "attr"))


#: The word that makes a verb a phrase of its own ("gun down", "shot dead"): a particle, an object,
#: or a state word the parser hangs on the verb ("a gunman shot dead three people": acomp).
_PHRASAL_DEPS = frozenset({"prt", "dobj", "oprd", "acomp", "advmod"})


def _verb_what(verb: Token | None) -> str | None:
    if verb is None:
        return None
    counts = _count_lexicon()
    lemma = verb.lemma_.lower()
    if lemma not in counts.to_death_exceptions and _to_death(verb):
        return "killed"  # "hacked 12 villagers to death", "were beaten to death"
    for key in (f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in _PHRASAL_DEPS):
        if key in counts.verbs:
            return counts.verbs[key]
    for key in _resultatives(verb, lemma):
        if key in counts.verbs:
            return counts.verbs[key]  # "leaving two others wounded", "shot two men dead"
    state = _stated_state(verb)
    if state is not None:
        return state  # "were confirmed dead", "are feared dead", "were found wounded"
    plain = counts.verbs.get(lemma) or counts.verbs.get(verb.lower_)
    befell = _befallen(verb)
    if befell is None and plain != "killed" and lemma in counts.care_verbs and _to_care(verb):
        befell = "injured"  # "eleven people were taken to hospital"
    return befell or plain or _verb_what(_raised_verb(verb))


def _raised_verb(verb: Token) -> Token | None:
    """The verb of what befell the subject when a verb of belief or report says it of them: "300
    are believed to have died", "dozens are feared to have been killed". Only an infinitive ("to"),
    so that "have been confirmed killed" stays as the verb itself reads it; and only a verb of belief
    or report (counted_nouns.yaml raising_verbs): "20 gunmen tried to kill the governor" are alive."""
    if verb.lemma_.lower() not in _count_lexicon().raising_verbs:
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in c.children):
            return c
    return None


#: The kinds a state word after a verb can give its subject.
_STATE_WHATS = frozenset({"killed", "injured"})
#: How the parser hangs a state word on the verb: "confirmed dead" (oprd), "lay dead" (acomp).
#: xcomp only under a verb of confirming or fearing (``_stated_state``): "were reported killed" is
#: as often an earlier event's toll told in passing.
_STATE_DEPS = frozenset({"oprd", "acomp"})


def _stated_state(verb: Token) -> str | None:
    """The kind of count a state word predicated of the subject gives ("18 people were confirmed
    dead", "dozens are feared dead", "two were found wounded"): whatever the verb of knowing or
    finding, the people are what the word says they are."""
    nouns = _count_lexicon().nouns
    # "have been confirmed killed", "are feared killed": a participle the parser hangs as xcomp on
    # a verb of confirming or fearing (counted_nouns.yaml participle_state_verbs)
    participle = verb.lemma_.lower() in _count_lexicon().participle_state_verbs
    for c in verb.children:
        said = c.dep_ in _STATE_DEPS or (participle and c.dep_ == "xcomp" and c.tag_ == "VBN")
        state = _lookup(c, nouns) if said else None
        if state in _STATE_WHATS:
            return state
    return None


def _to_death(verb: Token) -> bool:
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.dep_ == "pobj" and p.lower_ == "death" for p in c.children)
        for c in verb.children
    )


def _resultatives(verb: Token, lemma: str) -> Iterable[str]:
    """The verb with the state word right after its object ("leaving two others wounded", "shot
    two men dead"), which the parser often hangs elsewhere."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "dobj" and c.i + 1 < len(doc) and c.i + 1 != verb.i:
            yield f"{lemma} {doc[c.i + 1].lower_}"


def _to_care(verb: Token) -> bool:
    """A preposition under the verb, or under its object, that leads to a place of care ("taken to
    hospital", "rushed 12 villagers to a clinic", "remain in hospital")."""
    counts = _count_lexicon()
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep"
        and p.lower_ in counts.care_preps
        and any(o.dep_ == "pobj" and _lookup(o, counts.care_places) for o in p.children)
        for h in heads
        for p in h.children
    )


#: Prepositions that name the harm after a verb of undergoing or a noun of care: "treated for
#: burns", "admitted with wounds", "succumbed to injuries", "recovering from wounds".
_HARM_PREPS = frozenset({"for", "with", "to", "from"})


def _befallen(verb: Token) -> str | None:
    """What a verb of undergoing says befell its subject, read from the harm it names: "sustained
    injuries" and "received treatment for wounds" are the injured, "succumbed to their wounds" and
    "suffered fatal injuries" the dead. None when the verb is no such verb or names no harm."""
    counts = _count_lexicon()
    kind = counts.befall_verbs.get(verb.lemma_.lower())
    if kind is None:
        return None
    for harm in _harm_nouns(verb):
        what = _lookup(harm, counts.harms)
        if what is not None:
            return "killed" if kind == "killed" else what
    return None


def _harm_nouns(verb: Token) -> Iterable[Token]:
    """The nouns under a verb of undergoing that may name a harm: its object, the object of its
    preposition, and the object of its object's preposition ("treatment for wounds", "treated 15
    villagers for burns"), with their conjuncts."""
    for child in verb.children:
        nouns: list[Token] = []
        if child.dep_ == "dobj":
            # "received treatment for wounds", "treated 15 villagers for burns"
            nouns.append(child)
            nouns += [
                p
                for c in child.children
                if c.dep_ == "prep" and c.lower_ in _HARM_PREPS
                for p in c.children
                if p.dep_ == "pobj"
            ]
        elif child.dep_ in ("prep", "dative") and child.lower_ in _HARM_PREPS:
            nouns += [p for p in child.children if p.dep_ == "pobj"]
        for noun in nouns:
            yield noun
            yield from (c for c in noun.children if c.dep_ == "conj")


def _toll_what(node: Token) -> str | None:
    """What a toll-like noun counts: "death toll" -> killed, "number of wounded" -> injured."""
    counts = _count_lexicon()
    keys = _keys(node)
    of = _of_object(node)
    if of is not None:
        keys = [f"{node.lemma_.lower()} of {k}" for k in _keys(of)] + keys
    for key in keys:
        if key in counts.tolls:
            return counts.tolls[key]
    if of is not None and node.lemma_.lower() in counts.tally_nouns:
        # "the number of people killed", "the toll of those who died"
        for child in of.children:
            if child.dep_ in ("acl", "relcl"):
                what = _verb_what(child)
                if what:
                    return what
    return None


def _toll_context(anchor: Token) -> tuple[str | None, Token | None]:
    """A number given as a toll: "a toll of 70", "the death toll rose to 45", "the toll is 45"."""
    counts = _count_lexicon()
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "of":
        what = _toll_what(head.head)
        if what:
            return what, None
    verb = head.head if anchor.dep_ == "pobj" and head.dep_ in ("prep", "dative") else head
    if anchor.dep_ in ("attr", "dobj", "npadvmod", "pobj") and verb.lemma_.lower() in counts.toll_verbs:
        for subj in verb.children:
            if subj.dep_ in ("nsubj", "nsubjpass", "dobj") and subj.i != anchor.i:
                what = _toll_what(subj)
                if what:
                    return what, verb
    return None, None


def _of_head(node: Token) -> Token | None:
    """The noun ``node`` hangs from through "of" or as its owner: "the lives of 30 people",
    "30 people's lives" -> lives."""
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    if node.dep_ == "poss" and head.i > node.i and head.pos_ == "NOUN":
        return head
    return None


def _copula_part(verb: Token | None) -> Token | None:
    """The larger group a number belongs to: "among the dead were 5", "the dead included 7"."""
    if verb is None:
        return None
    if verb.lemma_.lower() == "include":  # "the dead included seven children"
        for child in verb.children:
            if child.dep_ == "nsubj":
                return child
        return None
    if verb.lemma_.lower() != "be":
        return None
    counts = _count_lexicon()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in counts.part_markers:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_.lower() in counts.victim_nouns:
            return child  # "the victims were two women and a boy"
    return None


@dataclass(frozen=True)
class _Reading:
    """What a number counts: ``what`` (None: not a count), the governing verb, and a
    noun that carries the meaning when it is not the counted noun ("a toll of 70")."""

    what: str | None
    verb: Token | None = None
    focus: Token | None = None
    part: bool = False
    running: bool = False  # a toll as it now stands ("the toll rose to 31")


def _classify(anchor: Token, noun: Token | None, currency: str | None) -> _Reading:
    """What a number counts, read from its noun, its toll, its "of" head and its verb."""
    counts = _count_lexicon()
    node = noun if noun is not None else anchor
    verb = _governor(node)
    if verb is not None and verb.dep_ == "relcl" and verb.head.i == node.i:
        # "among the dead were 12 villagers who had fled", "the victims included 25 civilians who
        # were displaced": a relative clause describes people a toll already counts; the count
        # keeps the toll's kind
        climbed = _climbed_governor(node)
        if _copula_part(climbed) is not None or (
            node.dep_ == "dobj" and node.head.lemma_.lower() == "include" and _copula_part(node.head)
        ):
            verb = climbed
    if (
        verb is not None
        and verb.dep_ == "amod"
        and verb.head.i == node.i
        and (
            (node.dep_ == "nsubj" and _verb_what(node.head) == "killed")
            or (node.dep_ == "dobj" and _verb_what(node.head) in ("killed", "injured", "abducted"))
        )
    ):
        # "two wounded soldiers died later": the wounded who died are dead; "killing nine
        # displaced people": a participle before the noun says what the people were, the verb
        # whose object they are says what befell them
        verb = node.head
    if noun is not None and noun.i != anchor.i:
        # "Dozens of children dead": the state word hangs on the number, not on its noun
        own = _governor_child(anchor)
        if own is not None:
            verb = own
    if noun is not None and any(k in counts.ignore_units for k in _keys(noun)):
        return _Reading(None)
    if currency:
        return _Reading("money", verb)
    direct = _lookup(noun, counts.nouns)
    if direct == "injured" and noun is not None and noun.head.lower_ == "of" and _verb_what(verb) == "killed":
        return _Reading("killed", verb)  # "two of the wounded died": the wounded who died are dead
    if direct:
        if direct == "munitions" and verb is not None and verb.lemma_.lower() in counts.taking_verbs:
            return _Reading("other", verb)  # "police recovered 400 rounds": never fired
        return _Reading(direct, verb)
    said = _state_after(anchor, noun)
    if said is not None:  # "12 Villagers Killed 40 Injured": a headline's number keeps its word
        return _Reading(said, verb)
    toll, toll_verb = _toll_context(node)
    if toll:
        focus = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
        running = toll_verb is not None and toll_verb.lemma_.lower() in counts.update_verbs
        return _Reading(toll, toll_verb, focus, running=running)
    of_head = _of_head(node) or _of_head(anchor)
    if of_head is not None:
        what = _lookup(of_head, counts.nouns)
        if what:  # "the lives of 30 people", "the bodies of 12 men"
            return _Reading(what, verb, of_head)
    among = _copula_part(verb)
    if among is None and node.dep_ == "dobj" and node.head.lemma_.lower() == "include":
        # "(rescuers reported that) the toll of the raid included nine women": the climb to the verb
        # passes over "include", a word of parts
        among = _copula_part(node.head)
        verb = node.head if among is not None else verb
    if among is not None:  # "among the dead were 5 children"
        # "the dead", "the death toll included 7", "among the slain civilians"
        what = _lookup(among, counts.nouns) or _toll_what(among) or _verb_what(_governor(among))
        if not what and (among.lemma_.lower() in counts.victim_nouns or among.lower_ in _BACK_PRONOUNS):
            # "the victims included three children", "among the victims were four"; "(11 died.)
            # They included two soldiers", "among them were four women"
            what = _VICTIMS
        if what:
            return _Reading(what, verb, among, part=True)
    if noun is not None:
        obj = None
        for key in _keys(noun):
            if key in counts.objects:
                obj = counts.objects[key]
                break
        if obj is not None:
            what, verbs = obj
            hit = verb is not None and (verb.lemma_.lower() in verbs or verb.lower_ in verbs)
            return _Reading(what if hit else "other", verb)
    if noun is not None and noun.lemma_.lower() in counts.event_nouns:
        return _Reading("other", verb)  # "injured in the two attacks": attacks are counted
    what = _verb_what(verb)
    if what == "abducted" and noun is not None and noun.pos_ == "NOUN" and not _names_people(noun):
        what = None  # "troops seized 20 rifles": only people are abducted
    if what in DOER_STATES and _acts_on_others(node, verb):
        what = None  # "three gunmen killed two people": who kills is not counted among the dead
    if what is None and noun is not None:
        victims = _victims_named(noun, counts)
        if victims is not None:
            return _Reading(_VICTIMS, verb, part=victims)
    return _Reading(what or "other", verb)


#: Pronouns that point back to the people a previous sentence counted.
_BACK_PRONOUNS = frozenset({"they", "them", "those"})


def _victims_named(noun: Token, counts: _CountLexicon) -> bool | None:
    """Whether the counted noun is the event's victims (False: all of them, "the 12 victims"), a
    part of them (True: "four of the victims", "the victims, six farmers"), or neither (None)."""
    if noun.lemma_.lower() in counts.victim_nouns:
        return noun.dep_ == "pobj" and noun.head.lower_ == "of"  # "four of the victims"
    if noun.dep_ == "appos" and noun.head.lemma_.lower() in counts.victim_nouns:
        return True
    return None


#: What a verb does to its object: its subject counted is the doers ('fled their homes' is no such verb).
DOER_STATES = frozenset({"killed", "injured", "abducted"})
#: Objects that befall the subject rather than being acted on: the heads of the harm nouns, and
#: the care given for one ("received treatment for wounds").
OWN_STATE_NOUNS = frozenset(key.split()[-1] for key in _count_lexicon().harms) | _count_lexicon().care_nouns


def _acts_on_others(node: Token, verb: Token | None) -> bool:
    """The counted noun is the doers of the verb: its active subject when the verb has its own
    object, or its passive agent ("killed by four gunmen"), also as the "of" part of a group
    ("a group of five gunmen killed three villagers", "by a band of six attackers")."""
    if verb is None:
        return False
    node = _whole_of(node)
    if node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.i == verb.i:
        return True  # who the passive verb was done by is never among those it was done to
    return (
        node.dep_ == "nsubj"
        and node.head.i == verb.i
        and any(c.dep_ == "dobj" and not c.like_num and not _own_state(c) for c in verb.children)
    )  # a bare number as object is a headline's second toll ('12 Villagers Killed 40 Injured')


#: How many "of" links to climb from a counted noun to the phrase that holds it ("a group of
#: five gunmen", "a unit of about 30 of its fighters").
_MAX_OF_CLIMB = 2


def _whole_of(node: Token) -> Token:
    """The head of the phrase whose "of" part the noun is ("a group of five gunmen" -> group,
    "two of the soldiers" -> two): it, not the part, fills the verb's slot."""
    for _ in range(_MAX_OF_CLIMB):
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            break
        node = prep.head
    return node


def _own_state(obj: Token) -> bool:
    """'lost their lives', 'sustained injuries', 'suffered wounds': the object is what befell the
    subject, who is then the count."""
    return obj.lemma_.lower() in OWN_STATE_NOUNS or any(c.dep_ == "poss" for c in obj.children)


def _names_people(noun: Token) -> bool:
    """Whether a common noun names people ("engineers", "aid workers"), not things."""
    people = _count_lexicon().people
    return any(k in people for k in _keys(noun))


def _victims(noun: Token | None) -> Victims | None:
    if noun is None:
        return None
    counts = _count_lexicon()
    if noun.lemma_.lower() in counts.membership_nouns:
        # "six members of a family": who they belong to tells what they are, before the noun itself
        owner = _victims(_of_object(noun))
        if owner is not None:
            return owner
    if _joined_of_their_own(noun):
        # "a commander and 21 of his men": people of the person they are joined to are of his side
        owner = _victims(noun.head.head.head)
        if owner is not None:
            return owner
    found = _lookup(noun, counts.victims)  # type: ignore[arg-type]
    if found:
        return found  # type: ignore[return-value]
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in counts.victims:
            return counts.victims[child.lemma_.lower()]
    return None


def _is_part(words: Sequence[_Word], m: _Match, anchor: Token, noun: Token | None) -> bool:
    """Is this a sub-count of a larger total ("including 7 children", "among them 5 women")?"""
    markers = _count_lexicon().part_markers
    if _is_the_whole(noun if noun is not None else anchor):
        return False
    heads, lows = doc_heads(anchor.doc), doc_lowers(anchor.doc)
    for node in (anchor, noun):
        if node is None:
            continue
        k = node.i
        for _ in range(2):
            if heads[k] == k:
                break
            k = heads[k]
            if lows[k] in markers:
                return True
    # lexical fallback within the clause: "..., among them 5 women", "of whom 3 were children"
    before = [w.text for w in words[max(0, m.start - 3) : m.start]]
    if any(w in markers for w in before):
        return True
    return "whom" in before or ("which" in before and "of" in before)


def _superseded(anchor: Token, noun: Token | None, reading: _Reading) -> bool:
    """An outdated figure: "a previous toll of 112", "officials had first put the toll at 17"."""
    words = _count_lexicon().superseded_words
    of_heads = [_of_head(t) for t in (noun, anchor) if t is not None]
    doc = anchor.doc
    deps, lows, kids = doc_deps(doc), doc_lowers(doc), doc_children(doc)  # arrays: no Token per child
    for tok in (reading.focus, noun, anchor, reading.verb, *of_heads):
        if tok is not None and any(lows[c] in words for c in kids[tok.i] if deps[c] in ("amod", "advmod")):
            return True
    return _given_first(noun if noun is not None else anchor)


def _given_first(tok: Token) -> bool:
    """A verb that gives the figure, above it, says it was the first word on the toll: "initially,
    residents had reported a toll of 14", "police first said 17 people were killed"."""
    counts = _count_lexicon()
    doc = tok.doc
    heads, deps, lows, lemmas, kids = (
        doc_heads(doc),
        doc_deps(doc),
        doc_lowers(doc),
        doc_lemmas(doc),
        doc_children(doc),
    )
    i = tok.i
    for _ in range(_MAX_CLIMB):
        if heads[i] == i:
            return False
        i = heads[i]
        if lemmas[i].lower() in counts.figure_verbs and any(
            deps[c] == "advmod" and lows[c] in counts.superseded_adverbs for c in kids[i]
        ):
            return True
    return False


def _over_a_period(anchor: Token, noun: Token | None, reading: _Reading) -> bool:
    """The count is told over a period that holds many events: "4,500 civilians have been killed
    since 2023", "since the conflict began", "over the past year", "the number killed in the state
    so far this month" (counted_nouns.yaml, "A count over a period"). Read on the verbs that say
    what befell the counted: the governing verb, and a participle on the noun or on the noun a toll
    counts ("the number of people killed ...")."""
    if reading.what not in _PEOPLE_WHATS:
        return False
    counts = _count_lexicon()
    verbs = [(reading.verb, False)]
    # "(this brings to 200) the number of people killed ...": the toll noun the verb governs
    tolls = [] if reading.verb is None else [c for c in reading.verb.children if c.dep_ in _TOLL_DEPS]
    for tok in (noun, anchor, reading.focus, *tolls):
        if tok is not None:
            verbs.append((_governor_child(tok), False))
            of = _of_object(tok)
            if of is not None:
                # "the number of people killed this month": a tally's own period may be short
                verbs.append((_governor_child(of), tok.lemma_.lower() in counts.tally_nouns - {"toll"}))
    if any(v is not None and _period_under(v, tally) for v, tally in verbs):
        return True
    if reading.verb is None:
        return False
    # "have claimed some 40 lives over two days", "were killed in raids over the past two days": the
    # period hung on the counted noun, or on the acts the dead were killed in
    acts = [
        o for p in reading.verb.children if p.dep_ == "prep" and p.lower_ in ("in", "by") for o in p.children
    ]
    return any(_period_under(tok, doer=reading.verb) for tok in (noun, *acts) if tok is not None)


_TOLL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _period_under(verb: Token, tally: bool = False, doer: Token | None = None) -> bool:
    """A period phrase under the verb: "since" with a year, a month or a war noun; a preposition
    with a long unit of time in the plural or after "past"; "this year" (and "this month", "this
    week" for the verb of a tally noun's people: ``tally``). ``doer``: the verb whose subject may tie
    a count over hours or days to one attack, when ``verb`` is the counted noun itself."""
    counts = _count_lexicon()
    for child in verb.children:
        word = child.lower_
        if word == "since" and child.dep_ == "prep":
            # "since 2023", "since April", "since the start of the war"
            if any(_opens_a_period(o, counts) for o in child.children if o.dep_ == "pobj"):
                return True
        elif child.dep_ == "advcl" and any(c.lower_ == "since" for c in child.children if c.dep_ == "mark"):
            # "since the conflict began"; "since it was launched", "since the bombing started": a
            # campaign under way since then
            if child.lemma_.lower() in counts.since_verbs or any(
                _opens_a_period(o, counts) for o in child.children if o.dep_ in _TOLL_DEPS
            ):
                return True
        elif child.dep_ == "prep" and word in counts.period_preps:
            for unit in child.children:
                if unit.dep_ == "pobj" and _long_span(unit, counts):
                    return True
                if unit.dep_ == "pobj" and _short_span(unit, counts) and _many_acts_did_it(doer or verb):
                    return True  # "60 killed in 24 hours", "strikes killed 40 over two days"
        elif child.dep_ == "npadvmod" and child.lemma_.lower() in counts.period_units:
            if any(c.lower_ in counts.period_determiners for c in child.children if c.dep_ == "det") and (
                tally
                or child.lemma_.lower() in counts.long_period_units
                or any(c.lower_ == "far" for c in (*child.children, *verb.children))
            ):
                return True  # "this year", "so far this month"
    return False


def _opens_a_period(obj: Token, counts: _CountLexicon) -> bool:
    """What follows "since" starts a period: a year, a month, or a war ("the conflict", "the start
    of the uprising"); not one event ("since the attack") or a day ("since Monday")."""
    if _YEAR_WORD.match(obj.text) or obj.lower_ in counts.calendar and obj.lower_ not in counts.weekdays:
        return True
    return obj.lemma_.lower() in counts.since_nouns


def _short_span(unit: Token, counts: _CountLexicon) -> bool:
    """ "24 hours", "the past two days", "the last day": hours or days counted, or looked back on."""
    if unit.lemma_.lower() not in counts.short_period_units:
        return False
    return any(
        c.lower_ in counts.period_markers or (c.dep_ == "nummod" and c.like_num)
        for c in unit.children
        if c.dep_ in ("amod", "det", "nummod")
    )


def _many_acts_did_it(verb: Token) -> bool:
    """The verb's doer, or what the dead were killed in, is many acts: "air strikes killed 60 in 24
    hours", "31 fighters were killed in raids over the past two days". A count over hours or days
    with one doer ("the army killed 70 in two days", a battle) or none ("45 died in the city in the
    last 24 hours") may be one event's, as ACLED codes a fight over a day or two."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            doers = [c]
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "by")):
            doers = [o for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        doers += [j for d in doers for j in d.children if j.dep_ == "conj"]
        if any(d.tag_ in ("NNS", "NNPS") and not _names_people(d) and not _a_time_unit(d) for d in doers):
            return True
    return False


def _a_time_unit(tok: Token) -> bool:
    """A unit of time ("hours"), or a plural word of one fight ("clashes"): not many acts."""
    counts = _count_lexicon()
    lemma = tok.lemma_.lower()
    return (
        lemma in counts.short_period_units or lemma in counts.period_units or lemma in counts.one_fight_nouns
    )


def _long_span(unit: Token, counts: _CountLexicon) -> bool:
    """ "the past year", "recent months", "three weeks", "the last two years": weeks or longer."""
    if unit.lemma_.lower() not in counts.period_units:
        return False
    return unit.tag_ == "NNS" or any(
        c.lower_ in counts.period_markers for c in unit.children if c.dep_ in ("amod", "det")
    )


def _is_the_whole(tok: Token) -> bool:
    """ "68 children were among the 126 people killed": what "among" governs is the total."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "among"


def _counted_after(doc: Doc, i: int) -> Token | None:
    """The noun right after the number at token ``i`` that it counts: people ("14 people",
    "9 Somali soldiers") or a noun that names its count ("12 dead", "20 rockets")."""
    j = i + 1
    if j >= len(doc):
        return None
    tok = doc[j]
    if tok.dep_ in ("amod", "compound", "nmod") and j < tok.head.i <= j + 2:
        tok = tok.head  # "9 Somali soldiers"
    counts = _count_lexicon()
    if _lookup(tok, counts.nouns):
        return tok
    if tok.tag_ in ("NNS", "NNPS") and any(k in counts.people or k in counts.objects for k in _keys(tok)):
        return tok
    return None


def count_after_calendar(doc: Doc, i: int) -> Token | None:
    """The noun counted by the number at token ``i`` when it follows a weekday or a month,
    or None when that number is the day of a date.

    A weekday's day number comes before a month ("Friday 14 March"), so a weekday followed
    by a number and a counted noun is a time and a count ("on Friday 14 people were killed").
    After a month the number is a count when it cannot be a day (above 31, spelled out) or
    the month is the whole month or already has its day ("in March 12 villagers", "on 12
    March 14 people"); "on March 12 gunmen stormed" stays a day. A year is never a count.
    """
    if i < 1:
        return None
    counts = _count_lexicon()
    before = doc[i - 1].lower_
    if before not in counts.calendar:
        return None
    text = doc[i].text
    if _YEAR_WORD.match(text):
        return None  # "in March 2015 people fled": the year of the month
    noun = _counted_after(doc, i)
    if noun is None or before in counts.weekdays:
        return noun
    value = _digit_value(text)
    if value is None or value > _LAST_DAY_OF_MONTH:
        return noun
    opener = doc[i - 2] if i >= 2 else None
    if opener is not None and (opener.like_num or opener.lower_ in counts.month_openers):
        return noun
    return None


def _is_not_count(sent: Span, words: Sequence[_Word], m: _Match, anchor: Token) -> bool:
    """Years, ages, times, dates, distances, percentages, phone numbers, names like Su-24."""
    counts = _count_lexicon()
    doc = sent.doc
    text = doc_text(doc)
    core_words = [words[k] for k in m.core]
    first, last = core_words[0], core_words[-1]
    prev_w = words[m.start - 1].text if m.start > 0 else ""
    next_w = words[m.end].text if m.end < len(words) else ""
    next2_w = words[m.end + 1].text if m.end + 1 < len(words) else ""
    # glued to letters: "Su-24", "KAB-500", "MH17", "1990s", "3rd", "5m" (metres)
    if first.start > 0 and first.text[0].isdigit():
        b1 = text[first.start - 1]
        b2 = text[first.start - 2] if first.start > 1 else ""
        if b1.isalpha() or (b1 in "-/._" and b2.isalpha()):
            return True
    lex = _number_lexicon()
    if last.end < len(text) and text[last.end].isalpha() and last.text[0].isdigit():
        suffix = next_w
        if not (suffix in lex.scales or (m.value and m.value.currency and suffix in lex.money_scales)):
            return True
    # designators and ages before: "Resolution 2254", "Route 5", "aged 25"
    if prev_w in counts.designators and first.text[0].isdigit():
        return True
    if prev_w in _AGE_WORDS:
        return True
    # a label after a capitalised name: "Base 4", "Hill 60", "Brigade 93"; not a count after
    # a day or month ("on Friday 14 people were killed")
    head = anchor.head
    after_calendar = prev_w in counts.calendar and count_after_calendar(doc, first.tok) is not None
    if (
        not after_calendar
        and first.text[0].isdigit()
        and m.start > 0
        and head.i == words[m.start - 1].tok
        and head.text[:1].isupper()
        and head.pos_ in ("PROPN", "NOUN")
    ):
        return True
    # units after: "two weeks", "50 km", "24 hours", "25-year-old", "40 percent", "10:30"
    if next_w in counts.ignore_units or (next_w in ("-", "–") and next2_w in counts.ignore_units):
        return True
    if next_w in (":", "%", "/") or prev_w in (":", "/", "+"):
        return True
    digits = [w.text for w in core_words if w.text[:1].isdigit()]
    if (
        digits
        and all(_CLOCK_RE.match(w) for w in digits)
        and not m.value.currency
        and not any(w.text in lex.scales for w in core_words)
    ):
        return True  # "between 04.00 and 05.30", "at about 13.00": a time; no count has hundredths
    if next_w in counts.calendar:
        return True  # "14 March"
    if prev_w in counts.calendar and m.start == m.core[0] and not after_calendar:
        return True  # "March 12", "Friday 14 March"; "at least 14" after a weekday is a count
    # phone numbers and other digit runs: "11 222 3333", "0944-123-456"; the number itself
    # must touch the other digits ("67 At least 45" is a share count, then a toll), and a
    # publication stamp before it is no part of it ("2 May 2017 At least 24 people")
    before = words[m.core[0] - 1] if m.core[0] > 0 else None
    run_before = (
        before is not None
        and before.text[:1].isdigit()
        and before.tok != words[m.core[0]].tok
        and not _YEAR_WORD.match(before.text)  # "In 2016 30 people were killed"
        and not in_stamp(doc, before.start, before.end)
    )
    if (next_w[:1].isdigit() and not m.value.high) or run_before or (next_w == "-" and next2_w[:1].isdigit()):
        return True
    if in_stamp(doc, first.start, last.end):
        return True  # "(updated 2139 21.05.2017)": when it was printed
    if any(doc[w.tok].ent_type_ in _NON_COUNT_ENTS for w in core_words):
        return True
    # "one of the strikes"; "one" as a pronoun ("the one that")
    if [w.text for w in core_words] == ["one"] and (next_w == "of" or anchor.dep_ != "nummod"):
        return True
    return False


def _is_year(m: _Match, words: Sequence[_Word], noun: Token | None) -> bool:
    core = [words[k].text for k in m.core]
    if len(core) != 1 or not re.fullmatch(r"\d{4}", core[0]) or m.value is None or m.value.currency:
        return False
    if not _YEAR_RANGE[0] <= m.value.value <= _YEAR_RANGE[1]:
        return False
    counts = _count_lexicon()
    if noun is not None and m.start > 0 and words[m.start - 1].text in _YEAR_DETERMINERS:
        # "the 2014 massacre", "its 2016 offensive": a year naming an event, unless people are counted
        return not any(k in counts.victims for k in _keys(noun))
    known = noun is not None and any(
        k in counts.nouns or k in counts.objects or k in counts.victims for k in _keys(noun)
    )
    return not known


def _clause_text(sent: Span, toks: Iterable[int]) -> str:
    idx = sorted(toks)
    return span_text(sent.doc, idx[0], idx[-1] + 1)


def find_quantities(sent: Span) -> list[Quantity]:
    """Every count in a parsed sentence with what it counts (see :class:`Quantity`).

    Numbers that are not counts of anything that happened (years, dates, times,
    ages, durations, distances, percentages, phone numbers, ordinals, labels like
    "Resolution 2254" or "Su-24M", "one of the strikes") yield nothing.
    """
    if not any(_number_words(sent.doc)[sent.start : sent.end]):
        # no word of the sentence can open a number phrase: only people counted one by one
        return _name_victims(_add_up_victim_types(sent, _single_victims(sent)))
    words = _sentence_words(sent)
    texts = [w.text for w in words]
    starters = _starters()
    out: list[Quantity] = []
    i = 0
    while i < len(words):
        if texts[i] not in starters and not _DIGITS_RE.match(texts[i]):
            i += 1  # no number phrase can start here (most words)
            continue
        m = _match_at(texts, i)
        if m is None or m.value is None:
            i += 1
            continue
        i = m.end
        q = _read_match(sent, words, m)
        if q is not None:
            out.append(q)
    out.extend(_single_victims(sent))
    return _name_victims(_add_up_sides(sent, _add_up_victim_types(sent, out)))


#: The kind a count of "the victims" has inside this module, until the event tells what befell them.
_VICTIMS = "victims"


def _name_victims(found: list[Quantity]) -> list[Quantity]:
    """Counts of an event's victims leave as kind "other", marked ``of_victims``: a sentence alone
    does not say whether they were killed or wounded."""
    return [dataclasses.replace(q, what="other", of_victims=True) if q.what == _VICTIMS else q for q in found]


def _disjoint(qs: list[Quantity]) -> bool:
    """Counts of kinds of people that do not hold one another: soldiers and civilians, women
    and a child, a chief and 12 villagers; not "16 civilians and three children" (children may be
    among the civilians)."""
    counts = _count_lexicon()
    classes = [counts.victims.get(q.counted or "") for q in qs]
    if len(set(classes)) == len(classes) and None not in classes:
        return True  # civilians and combatants
    if len(qs) == 2 and any(q.single for q in qs):
        return True  # "a village chief and 12 villagers": one person named apart is not among the others
    return not any((q.counted or "") in counts.containers for q in qs)


def _add_up_sides(sent: Span, found: list[Quantity]) -> list[Quantity]:
    """One side's losses and the dead it inflicted, told by one verb joined to the other, add up to
    the fight's toll (ACLED counts both sides' dead): "the army said it lost three soldiers and
    killed about 20 rebels" is 23 killed; "killed 30 militants while losing four of their own" 34.
    The sum comes first (it is the event's figure); the two counts stay as the claims."""
    counts = _count_lexicon()
    doc = sent.doc
    lemmas, heads, deps = doc_lemmas(doc), doc_heads(doc), doc_deps(doc)

    def side(q: Quantity) -> bool:
        return (
            q.what == "killed"
            and q.verb_i is not None
            and not (q.aggregate or q.derived or q.superseded or q.vague)
            and (not q.part_of_larger or q.counted == "own")
        )

    def lost(q: Quantity) -> bool:
        # the side's men are what it lost ("lost three soldiers", "losing four of their own"), not
        # people who lost their lives
        k = q.noun_i if q.counted != "own" else None
        return (
            side(q)
            and lemmas[q.verb_i].lower() in counts.loss_verbs
            and (q.counted == "own" or (k is not None and deps[k] == "dobj" and heads[k] == q.verb_i))
        )

    out = list(found)
    for loss in (q for q in found if lost(q)):
        lv = loss.verb_i
        assert lv is not None
        for kill in found:
            kv = kill.verb_i
            if kill is loss or not side(kill) or kill.part_of_larger or kv is None:
                continue
            if lemmas[kv].lower() in counts.loss_verbs:
                continue
            linked = (heads[kv] == lv and deps[kv] in _SIDE_LINKS) or (
                heads[lv] == kv and deps[lv] in _SIDE_LINKS
            )
            if not linked:
                continue
            first, last = sorted((loss, kill), key=lambda q: q.start_char)
            total = Quantity(
                value=loss.value + kill.value,
                low=None if loss.low is None or kill.low is None else loss.low + kill.low,
                high=None if loss.high is None or kill.high is None else loss.high + kill.high,
                qualifier=first.qualifier or last.qualifier,
                what="killed",
                counted=None,
                start_char=first.start_char,
                end_char=last.end_char,
                text=doc_text(doc)[first.start_char : last.end_char],
                verb_i=kill.verb_i,
                derived=True,
                parts=(first.value, last.value),
            )
            out.insert(out.index(first), total)
            return out  # one fight's two sides per sentence
    return out


#: How the verb of one side's losses joins the verb of the dead it inflicted: "lost three soldiers
#: and killed 20", "killed 30 while losing four".
_SIDE_LINKS = frozenset({"conj", "advcl"})


def _add_up_victim_types(sent: Span, found: list[Quantity]) -> list[Quantity]:
    """Counts of kinds of people joined in one phrase add up to the toll: "killed 12 soldiers
    and 3 civilians" is 15 killed, "Three policemen, two civilians killed" 5. The sum comes
    first (it is the event's figure); the parts stay, marked as parts, as the claims."""
    doc = sent.doc
    counts = _count_lexicon()
    groups: dict[int, list[int]] = {}
    for k, q in enumerate(found):
        if q.noun_i is None or q.aggregate or q.noun_i in {x.noun_i for x in found[:k]}:
            continue
        noun = doc[q.noun_i]
        root = noun
        if _joined_of_their_own(noun):
            # "two policemen and three of their colleagues": the count joins the phrase by its
            # number; "of their colleagues" names a wider group, not the total of the phrase
            root = noun.head.head
        elif q.part_of_larger:
            continue
        while (
            root.dep_ in ("conj", "appos") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i
        ):
            root = root.head
        root = _subject_before_and(root) or root
        groups.setdefault(root.i, []).append(k)
    out = list(found)
    for members in groups.values():
        if len(members) < 2:
            continue
        qs = [found[k] for k in members]
        whats = {q.what for q in qs} - {"other"}
        if len(whats) != 1 or not whats <= {"killed", "injured", _VICTIMS}:
            continue
        what = next(iter(whats))
        people = all(q.what == what or (q.counted or "") in counts.victims for q in qs)
        if not people or not _disjoint(qs):
            continue
        first = min(qs, key=lambda q: q.start_char)
        end = max(
            max(q.end_char for q in qs), *(doc[q.noun_i].idx + len(doc[q.noun_i]) for q in qs if q.noun_i)
        )
        total = Quantity(
            value=sum(q.value for q in qs),
            low=sum(q.low for q in qs) if all(q.low is not None for q in qs) else None,
            high=sum(q.high for q in qs) if all(q.high is not None for q in qs) else None,
            qualifier=first.qualifier,
            what=what,
            counted=None,
            start_char=first.start_char,
            end_char=end,
            text=doc_text(doc)[first.start_char : end],
            verb_i=next((q.verb_i for q in qs if q.verb_i is not None and q.what == what), None),
            vague=any(q.vague for q in qs),
            derived=True,
            parts=tuple(q.value for q in qs),
        )
        for k in members:
            out[k] = dataclasses.replace(found[k], what=what, part_of_larger=True)
        out.insert(out.index(out[members[0]]), total)
    return out


#: Subjects the parser may split a phrase "A and B" into, hanging both on the verb.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject_before_and(noun: Token) -> Token | None:
    """The first half of "a nurse and three patients were killed" when the parser made both halves
    subjects of the verb instead of conjuncts: an earlier subject of the same verb whose "and" stands
    between the two. The two then name one phrase's people, and their counts add up."""
    if noun.dep_ not in _SUBJECT_DEPS or noun.head.i == noun.i:
        return None
    for other in noun.head.children:
        if other.i >= noun.i or other.dep_ not in _SUBJECT_DEPS:
            continue
        if any(c.dep_ == "cc" and other.i < c.i < noun.i for c in other.children):
            return other
    return None


def _joined_of_their_own(noun: Token) -> bool:
    """``noun`` is the people of a count joined to another ("two policemen and three of their
    colleagues", "a commander and 21 of his men"): "of" + a possessive under a number that is a
    conjunct. Such a count adds to the other; "three of them" or "three of the dead" would not."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    number = noun.head.head
    return number.dep_ == "conj" and any(c.dep_ == "poss" for c in noun.children)


#: What a person counted one by one can have happened to.
_SINGLE_WHATS = frozenset({"killed", "injured", "abducted", _VICTIMS})


def _single_victims(sent: Span) -> list[Quantity]:
    """People counted one by one, without a number: "a man was killed", "killing a soldier",
    "another civilian was wounded", "claimed the life of a woman" each count one."""
    counts = _count_lexicon()
    doc = sent.doc
    tree = doc_tree(doc)
    lowers, heads, tags, lemmas = tree.lowers, tree.heads, tree.tags, tree.lemmas
    out: list[Quantity] = []
    for i in range(sent.start, sent.end):
        if lowers[i] not in counts.single_determiners and lowers[i] not in _DOER_DETERMINERS:
            continue
        h = heads[i]  # the arrays first: a Token only for a determiner of a singular noun
        if h <= i or tags[h] != "NN" or not _names_one_person(lowers[i], lemmas[h]):
            continue
        noun = doc[h]
        if any(c.dep_ == "nummod" or (c.like_num and c.dep_ != "conj") for c in noun.children):
            continue  # "a further 61 people": the number is read as a number
        # ("a commander and 21 of his men": a number joined to the person is a count of its own)
        if not _victim_role(noun):
            continue  # "according to a police officer", "by a gunman": who tells or does it
        reading = _classify(noun, noun, None)
        if reading.what not in _SINGLE_WHATS:
            continue
        verb = reading.verb
        toks = {i, noun.i} | (
            {verb.i} if verb is not None and abs(verb.i - noun.i) <= _TEXT_WINDOW_TOKENS else set()
        )
        out.append(
            Quantity(
                value=1.0,
                low=1.0,
                high=1.0,
                qualifier=None,
                what=reading.what,  # type: ignore[arg-type]
                counted=noun.lemma_.lower(),
                start_char=doc[i].idx,
                end_char=noun.idx + len(noun),
                text=_clause_text(sent, toks),
                verb_i=verb.i if verb is not None and verb.pos_ in ("VERB", "AUX") else None,
                victims=_victims(noun),
                part_of_larger=reading.part or _under_part_marker(noun),
                single=True,
                noun_i=noun.i,
                # "another soldier was wounded", "the attacker was also killed"
                increment=lowers[i] in counts.increment_before or _adds_to_the_dead(noun, reading),
            )
        )
    return out


#: "the bomber", "the gunman": a doer the text has introduced, one person (see counted_nouns.yaml doers).
_DOER_DETERMINERS = frozenset({"the"})


def _names_one_person(determiner: str, lemma: str) -> bool:
    """ "a soldier", "another man", "an attacker": a person counted one by one. With "the" only the
    attack's doer is ("the bomber was killed"): "the soldier" may be one of a count told before."""
    counts = _count_lexicon()
    if determiner in counts.single_determiners:
        return lemma in counts.single_victims or lemma in counts.doers
    return determiner in _DOER_DETERMINERS and lemma in counts.doers


def _adds_to_the_dead(noun: Token | None, reading: _Reading) -> bool:
    """The count adds to the toll told before it, whatever its number says: its verb says so ("two
    policemen were also killed"), or it counts the attack's doers ("two of the attackers died"),
    who are never among the victims they made."""
    verb = reading.verb
    if verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in _count_lexicon().increment_adverbs for c in verb.children
    ):
        return True
    return noun is not None and _counts_doers(noun) and reading.what in ("killed", "injured")


def _counts_doers(noun: Token) -> bool:
    """The counted people are the attack's doers, named as such ("the attacker", "two gunmen")."""
    return noun.lemma_.lower() in _count_lexicon().doers


#: Where a person one thing happened to sits: subject ("a man was killed", "a soldier
#: died"), object ("killing a soldier"), "the life of a woman", or joined to one of these.
_VICTIM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos"})


def _victim_role(noun: Token) -> bool:
    if noun.dep_ in _VICTIM_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "including", "among")


def _under_part_marker(tok: Token) -> bool:
    """ "including a child", "among them a soldier": one of a larger count."""
    markers = _count_lexicon().part_markers
    cur = tok
    for _ in range(2):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in markers:
            return True
    return False


def _read_match(sent: Span, words: Sequence[_Word], m: _Match) -> Quantity | None:
    doc = sent.doc
    assert m.value is not None
    core_toks = {words[k].tok for k in m.core}
    phrase_toks = {words[k].tok for k in range(m.start, m.end)}
    anchor = _anchor(sent, core_toks)
    if _is_not_count(sent, words, m, anchor):
        return None
    noun, partitive = _counted_noun(anchor, phrase_toks)
    if partitive and noun is not None and _counts_doers(noun):
        partitive = False  # "two of the attackers were killed": a count of its own, not part of a toll
    if noun is None and m.start > 0 and words[m.start - 1].text in _count_lexicon().calendar:
        # "on Friday 14 people": the parser hangs the number on the day, not on its noun
        noun = _counted_after(doc, words[m.core[-1]].tok)
    if _is_year(m, words, noun):
        return None
    if any(doc[t].ent_type_ == "DATE" for t in core_toks) and noun is None:
        return None
    if partitive and m.value.value == 1:
        return None  # "one of the strikes"
    if noun is not None and _describes_a_count(noun):
        return None  # "six members of one family": the family is not counted
    reading = _classify(anchor, noun, m.value.currency)
    if reading.what is None:
        return None
    verb = reading.verb
    span_toks = set(phrase_toks)
    for tok in (noun, reading.focus):
        if tok is not None:
            span_toks.add(tok.i)
    if verb is not None and abs(verb.i - anchor.i) <= _TEXT_WINDOW_TOKENS:
        span_toks.add(verb.i)
    v = m.value
    return Quantity(
        value=v.value,
        low=v.low,
        high=v.high,
        qualifier=v.qualifier,
        what=reading.what,
        counted=noun.lemma_.lower() if noun is not None else None,
        noun_i=noun.i if noun is not None else None,
        start_char=words[m.start].start,
        end_char=words[m.end - 1].end,
        text=_clause_text(sent, span_toks),
        verb_i=verb.i if verb is not None and verb.pos_ in ("VERB", "AUX") else None,
        victims=_victims(noun),
        part_of_larger=partitive or reading.part or _is_part(words, m, anchor, noun),
        vague=v.vague,
        currency=v.currency,
        superseded=_superseded(anchor, noun, reading),
        aggregate=_over_a_period(anchor, noun, reading),
        increment=_adds_to_a_toll(words, m) or _adds_to_the_dead(noun, reading),
        running=reading.running,
    )


def _adds_to_a_toll(words: Sequence[_Word], m: _Match) -> bool:
    """The count adds to a toll told before it: "another 8", "a further 10", "three more" (not
    "three more than", nor "two or more", which the number phrase already holds)."""
    counts = _count_lexicon()
    if m.start > 0 and words[m.start - 1].text in counts.increment_before:
        return True
    after = words[m.end].text if m.end < len(words) else ""
    return after in counts.increment_after and (m.end + 1 >= len(words) or words[m.end + 1].text != "than")


# --------------------------------------------------------------------------- reconciliation


def _bounds(q: Quantity) -> tuple[float | None, float | None]:
    """What one figure says about the true count: (lower bound, upper bound)."""
    if q.qualifier in ("at_least", "more_than"):
        return q.value, None
    if q.qualifier == "up_to":
        return None, q.value
    if q.qualifier == "about" or q.vague:
        return None, None
    return (q.low if q.low is not None else q.value), (q.high if q.high is not None else q.value)


def reconcile(
    quantities: list[tuple[Quantity, str | None]], what: str
) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) for one kind of count (``what``) of one event, per the schema.

    ``quantities`` are in article order, each with the source it is attributed to
    (None: the article's own voice). Sub-counts (``part_of_larger``) are ignored
    when any headline figure exists. Each source's figure is its largest headline
    total (later updates and totals beat partial counts; figures are never
    summed). ``best`` is the article's own figure when it states one, else the
    first source's. ``low``/``high`` span the sources: a lower bound ("at least",
    "more than") leaves ``high`` open, "up to" leaves ``low`` open, "about" and
    vague counts bound nothing, and an exact figure bounds both.
    """
    mine = [(q, s) for q, s in quantities if q.what == what]
    if not mine:
        return None, None, None
    heads = [(q, s) for q, s in mine if not q.part_of_larger] or mine
    heads = [(q, s) for q, s in heads if not q.superseded] or heads
    per_source: dict[str | None, Quantity] = {}
    for q, s in heads:
        if s not in per_source or q.value > per_source[s].value:
            per_source[s] = q
    best_q = per_source[None] if None in per_source else next(iter(per_source.values()))
    lows, highs, open_high = [], [], False
    for q in per_source.values():
        lo, hi = _bounds(q)
        if lo is not None:
            lows.append(lo)
        if hi is not None:
            highs.append(hi)
        elif q.qualifier in ("at_least", "more_than") or (q.vague and q.qualifier is None):
            open_high = True
    low = min(lows) if lows else None
    high = None if open_high or not highs else max(highs)
    return _int(low), _int(best_q.value), _int(high)


def _int(x: float | None) -> int | None:
    return None if x is None else int(round(x))
