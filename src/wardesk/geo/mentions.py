"""Find the place names in a spaCy Doc: gazetteer phrases, news patterns, NER.

spaCy's small model misses or mislabels many Arabic place names ('Jisr
al-Shughur' comes out as a PERSON), so capitalised spans are matched against the
gazetteer too, and the wording around a name ("the village of X", "X
province", "near X", "east of X") both admits names no gazetteer has and says
how precise the place is. Person names, demonyms, organisations named after a
town ("the Hama Brigade") and a dateline city are kept out or marked.
Transliterated names keep their apostrophes' parts together however the tokeniser cut
them: an article, elision or ayn mark glued to a name ("al-'Ain", "d'Eau", "ʿAmran"), an
ayn mark split off ("Tall 'Afar") and a title word's "'s" ("Ra's Lanuf") are one name.

An article's places are read coherently: a name several states or countries have is the one in
the division the article states unambiguously ("the Chhattisgarh police said"), a village anchored
to such a district ("near V in X district") or listed with a placed one follows it, a country
named across a border ("near the border with Chad") gives its country to no place, and a story
filed from a hub that names no country tells of the hub's neighbours' towns. The seat a side speaks from ('a rebel spokesman in Lisbon said', 'the military
command in X said') is a venue, as a ministry's is, not a place of the fighting it tells of.

Names the gazetteer lacks are kept as places of the story's country when the words say they are
settlements or scenes: a settlement noun before or after them ("the village X", "villages A and B",
"X village"), a way they end ("the road between X and Y"), a site's preposition ("their position at
X", "camps around X"), "at" on an event verb that has its object ("shot dead a trader at X"), or a
verb that strikes places ("a shell hit X"). A look-alike spelling never carries a name to a country
the text neither names nor borders when the story's focus is clear. A name set inside a known place
is kept as a part of it, in its division: "X, a quarter of Y", "X, a poor neighbourhood in Y", and in
running text "in X in Y" with Y a town or province of the story's countries.

A hyphenated word the gazetteer knows whole ("Kurgan-Tyube") or whose parts a glued particle links
("Jabal-us-Siraj") is never cut into parts that spell namesakes elsewhere, and a sentence's capitalised
preposition ("Around X, ...") is no word of a name. A name made of a class word and a name ("Camp X",
"Point X", "X Town", "X barracks") is read whole, never as its pieces; one the gazetteer lacks is kept
as written, tied to the place the text sets it in, and a feature or site named after the story's own
town stays that town. A piece of a run of proper nouns read in a country the story is not about is
no place ("Mountain" of "Mountain View").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from spacy.attrs import SPACY
from spacy.tokens import Doc, Span, Token

from wardesk.geo.capitals import capital_mentions, capital_of, generic_name
from wardesk.geo.gazetteer import ADMIN1_WORDS, BASE_SUFFIX, DISTRICT_WORDS, Gazetteer, transliterated
from wardesk.geo.homes import actor_named, home_country, homes_in
from wardesk.geo.place import Place, PlaceMention
from wardesk.names import APOSTROPHES, ARTICLES, fold
from wardesk.nlp.cache import (
    doc_children,
    doc_deps,
    doc_ents,
    doc_heads,
    doc_lemmas,
    doc_lowers,
    doc_opens_sentence,
    doc_pos,
    doc_text,
    doc_text_parts,
    doc_token_offsets,
    doc_token_texts,
    doc_tree,
    per_doc,
    span_root,
)
from wardesk.nlp.headline import is_title_case
from wardesk.resources import load_list, load_words, load_yaml

#: Lower-case tokens that may sit inside a multi-word name ('Deir ez-Zor', 'Bab al-Nairab').
_WORDS = "place_words.yaml"
NAME_PARTICLES = load_words("lexicons", _WORDS, "name_particles")
NAME_OPENERS = load_words("lexicons", _WORDS, "name_openers")
#: A name made of a class word and a name ('Camp X', 'X Town', 'X barracks'): read whole, never as its
#: pieces (``_class_name_end``); the settlement words among them give precision 'exact'.
CLASS_OPENERS = load_words("lexicons", _WORDS, "class_openers")
CLASS_TAILS = load_words("lexicons", _WORDS, "class_tails")
CLASS_TAILS_LOWER = load_words("lexicons", _WORDS, "class_tails_lower")
CLASS_SETTLEMENT_WORDS = load_words("lexicons", _WORDS, "class_settlement_words")
CLASS_FEATURE_WORDS = load_words("lexicons", _WORDS, "class_feature_words")
#: Labels of an entity that makes a run with a class word no place ('New Year', 'Ban Ki-moon' as a
#: PERSON opening at the class word is checked apart).
CLASS_NOT_LABELS = frozenset(("DATE", "TIME", "NORP", "MONEY", "PERCENT", "LAW", "WORK_OF_ART", "EVENT"))
#: Dependencies through which a name with a class word stands where a place stands (the object of a
#: verb or preposition, a conjunct or apposition of one, the subject of a passive): not a speaker's.
CLASS_PLACE_DEPS = frozenset(("dobj", "pobj", "conj", "appos", "nsubjpass", "npadvmod"))
CONNECTORS = ARTICLES | {"-"} | NAME_PARTICLES
EZAFE_PARTICLES = load_words("lexicons", _WORDS, "ezafe_particles")
#: "Gulf of Aden", "Sea of Azov": heads whose name runs on over "of".
OF_NAME_HEADS = load_words("lexicons", _WORDS, "of_name_heads")
MAX_NAME_TOKENS = 6
#: Longer runs of capitals after "the village of" are headlines or lists, not one name.
MAX_UNKNOWN_TOKENS = 3
#: "the town of X": nouns that introduce a settlement by name.
TOWN_NOUNS = load_words("lexicons", _WORDS, "town_nouns")
#: "X village", "X camp": the name is a settlement.
SETTLEMENT_NOUNS = load_words("lexicons", _WORDS, "settlement_nouns")
#: "the X neighbourhood", "the Z district of X": parts of a town (precision 'near').
PART_NOUNS = load_words("lexicons", _WORDS, "part_nouns")
#: "X, a quarter of Y", "in X in Y": the words after which the place holding X is named.
CONTAINER_PREPS = load_words("lexicons", _WORDS, "container_preps")
CONTAINED_PREPS = load_words("lexicons", _WORDS, "contained_preps")
RIVER_NOUNS = load_words("lexicons", _WORDS, "river_nouns")
#: 'the Thai border', 'the border with Chad': the country named lies across the line from the place.
BORDER_NOUNS = load_words("lexicons", _WORDS, "border_nouns")
#: (territory, holder): a town the gazetteer files under the holder is the territory's when the
#: text puts it there ('near Smara in Western Sahara').
TERRITORY_HOLDERS = frozenset(tuple(p.split()) for p in load_list("lexicons", _WORDS, "territory_holders"))
TERRITORY_WORDS = load_words("lexicons", _WORDS, "territory_words")
#: Tokens a territory's name may take after its town's ('in the occupied West Bank').
TERRITORY_REACH = 4
#: "Boylston Street", "Massoud Square", "Rue Victor Hugo": a street or square is a part of its
#: town (precision 'near'), taken whole, so "Oxford Street" in Belfast is not Oxford.
STREET_NOUNS = load_words("lexicons", _WORDS, "street_nouns")
STREET_PREFIXES = load_words("lexicons", _WORDS, "street_prefixes")
#: Roads between towns are named after them ("the Aleppo road", "Damascus-Homs highway"): one
#: that names a town of the article's countries stays that town, as before.
INTERCITY_NOUNS = load_words("lexicons", _WORDS, "intercity_nouns")
#: Title words of place names ('Sheikh', 'Deir') by each spelling, mapped to one spelling.
PLACE_TITLE_WORDS: dict[str, str] = {
    v: canon for canon, vs in load_yaml("lexicons", _WORDS)["place_title_words"].items() for v in (canon, *vs)
}
ROAD_JOINERS = load_words("lexicons", _WORDS, "road_joiners")
ROAD_OPENERS = load_words("lexicons", _WORDS, "road_openers")
ADMIN1_AFTER = ADMIN1_WORDS
PLURAL_DIVISION_WORDS = load_words("lexicons", _WORDS, "plural_division_words")
#: Nouns of "the province of X": a first-level division.
ADMIN1_BEFORE = load_words("lexicons", _WORDS, "admin1_before")
DIRECTIONS = load_words("lexicons", _WORDS, "directions")
NEAR_NOUNS = load_words("lexicons", _WORDS, "near_nouns")
DISTANCE_UNITS = load_words("lexicons", _WORDS, "distance_units")
APPROXIMATE_WORDS = load_words("lexicons", _WORDS, "approximate_words")
NEAR_PREPS = load_words("lexicons", _WORDS, "near_preps")
#: "the Sambisa forest", "the Kerio Valley": a natural feature named by the noun after its name.
FEATURE_NOUNS = load_words("lexicons", _WORDS, "feature_nouns")
#: "several villages, including X and Y": words that open a list of a plural settlement noun's members.
LIST_OPENERS = tuple(tuple(w.split()) for w in load_list("lexicons", _WORDS, "list_openers"))
#: Words back from a list opener to its settlement noun ('several villages in Borno state on Sunday,
#: including X'): about a clause, set on our own sentences (place19_sweep.tsv).
LIST_NOUN_REACH_TOKENS = 12
LOCATIVE_PREPS = load_words("lexicons", _WORDS, "locative_preps")
VENUE_NOUNS = load_words("lexicons", _WORDS, "venue_nouns")
#: Speakers whose seat, placed by a preposition, is a venue ('a rebel spokesman in Lisbon said').
SPEAKER_SEAT_NOUNS = load_words("lexicons", _WORDS, "speaker_seat_nouns")
VENUE_VERBS = load_words("lexicons", _WORDS, "venue_verbs")
PLATFORM_NOUNS = load_words("lexicons", _WORDS, "platform_nouns")
FACILITY_NOUNS = load_words("lexicons", _WORDS, "facility_nouns")
#: "Kyiv-controlled", "UK-based", "Iran-backed", "Russian-made": a place joined to these by a hyphen
#: describes someone or something (compounds.yaml), it is not where an event happened.
DESCRIBING_SUFFIXES = tuple(
    dict.fromkeys(
        s[1:]
        for part in ("describing_suffixes", "actor_suffixes", "supplier_suffixes")
        for s in load_list("lexicons", "compounds.yaml", part)
    )
)
#: 'Pakistan-administered Kashmir': the participles after a country's name that make it the holder
#: of the part of the region named next (``compounds.yaml``).
HOLDER_WORDS = frozenset(s.lstrip("-") for s in load_list("lexicons", "compounds.yaml", "holder_suffixes"))
#: Titles before a person's name ("Mayor Artem Kobzar", "Governor Oleh ..."): what follows is a name.
PERSON_TITLES = load_words("lexicons", "reporting_verbs.yaml", "titles")
#: A site's name holds no faith or people ('the Shia shrine'); known words are checked apart.
SITE_NOT_LABELS = frozenset(("NORP",))
COUNTRY_PLACE_PREPS = load_words("lexicons", _WORDS, "country_place_preps")
GOVERNMENT_VERBS = load_words("lexicons", _WORDS, "government_verbs")
#: "Syria's Idlib province", "the Syria border": heads a country's name modifies as a place.
POSSESSIVE_HEADS = load_words("lexicons", _WORDS, "possessive_place_heads")
GOVERNMENT_OBJECT_VERBS = load_words("lexicons", _WORDS, "government_object_verbs")
#: Prepositions that put a place under a noun or verb of speech or diplomacy as its venue.
VENUE_PREPS = load_words("lexicons", _WORDS, "venue_preps")
AUDIENCE_NOUNS = load_words("lexicons", _WORDS, "audience_nouns")
#: Words of a violent event (``triggers.yaml`` lemmas: attack, clash, kill, wound...): a name in
#: one of ``SCENE_PREPS`` on one is where it happened ('killed in X', 'attacks near X').
EVENT_LEMMAS = frozenset(load_yaml("lexicons", "triggers.yaml")["lemmas"])
SCENE_PREPS = load_words("lexicons", _WORDS, "scene_preps")
#: 'their position at X', 'cattle camps around X': sites whose preposition names where they stand.
SITE_NOUNS = load_words("lexicons", _WORDS, "site_nouns")
#: 'shot at X', 'fired at X': verbs whose 'at' takes a target, not a scene.
TARGET_AT_VERBS = load_words("lexicons", _WORDS, "target_at_verbs")
#: 'the road between X and Y', 'the stretch between X and Y': ways named by the places they join.
WAY_NOUNS = load_words("lexicons", _WORDS, "way_nouns")
#: 'the village X', 'villages A and B': settlement nouns that introduce a name without 'of'.
BARE_SETTLEMENT_NOUNS = load_words("lexicons", _WORDS, "bare_settlement_nouns")
#: 'a shell hit X', 'troops stormed X': verbs whose place-tagged object is the place struck.
PLACE_STRIKE_VERBS = load_words("lexicons", _WORDS, "place_strike_verbs")
#: 'the village of X in Y district', 'X near Y': an unlisted place said to lie in or by a town
#: takes that town's coordinates (precision 'near'), not only its province's.
WITHIN_PREPS = load_words("lexicons", _WORDS, "within_preps")
#: 'in Y district, X': a town's second-level division, whose towns are named in apposition to it.
DISTRICT_NOUNS = load_words("lexicons", _WORDS, "district_nouns")
#: 'X, located in Y province': participles between a place and the admin1 it lies in.
LOCATED_WORDS = load_words("lexicons", _WORDS, "located_words")
#: 'Chechen' of Chechnya: a gazetteer alias shaped like a people's adjective (``place_words.yaml``).
DEMONYM_ENDINGS = tuple(sorted(load_words("lexicons", _WORDS, "demonym_endings"), key=len, reverse=True))
DEMONYM_STEM_TAILS = frozenset(load_list("lexicons", _WORDS, "demonym_stem_tails"))
#: A demonym's stem is at least this long ('Chechen' -> 'chech'): shorter ones are any word's start.
DEMONYM_MIN_STEM = 4
#: 'Siestan-o-Baluchistan': joining words between the two names of a division called 'A and B'.
AND_PARTICLES = load_words("lexicons", _WORDS, "and_particles")
#: 'al-Baghdadi', 'el-Masri': the Arabic adjective endings of a place's name (a nisba).
NISBA_ENDINGS = tuple(sorted(load_words("lexicons", _WORDS, "nisba_endings"), key=len, reverse=True))
#: A nisba's stem names a place when it is a country, a division, a town of the story's countries,
#: or a town this big elsewhere ('Halab' of Aleppo in a story about Iraq).
NISBA_MIN_POPULATION = 100_000
#: 'rural Idlib', 'eastern Kano': a part of a region; a town and division of one name is the division.
REGION_PART_WORDS = load_words("lexicons", _WORDS, "region_part_words")
#: '...districts of eastern Aleppo', 'besieged eastern Aleppo', 'the city': the part is the town's.
CITY_PART_OWNERS = load_words("lexicons", _WORDS, "city_part_owners")
CITY_PART_ADJECTIVES = load_words("lexicons", _WORDS, "city_part_adjectives")
CITY_PART_WORDS = load_words("lexicons", _WORDS, "city_part_words")
#: Capitalised words after a town's name that make the phrase an organisation.
ORG_HEADS = load_words("lexicons", "institutions.yaml", "place_org_heads")
#: 'a United Nations camp', 'an MSF hospital': bodies whose name says whose a site is, not where.
SITE_OWNER_KEYS = frozenset(
    fold(n, place=True) for n in load_list("lexicons", "institutions.yaml", "site_owner_names")
)
#: A town as subject or object of these speaks or is spoken to (``reporting_verbs.yaml``).
SPEECH_VERBS = load_words("lexicons", "reporting_verbs.yaml", "place_speech_verbs")
#: Gazetteer-only towns outside the focus countries must be this big to count without support.
MIN_POPULATION_UNSUPPORTED = 50_000
#: A town of a country the article never names is taken only when at least this big ('Geneva' is
#: kept, a Jordanian 'Al Mastabah' in a Yemen story is not); below, the name becomes the focus
#: country's (gazetteer variant or unknown place).
FOREIGN_MIN_POPULATION = 150_000
FOREIGN_MIN_POPULATION_ALIAS = 1_000_000
#: A skeleton-key match must also look this much like the place's name (difflib ratio of folded
#: names): 'Kafr Zita' ~ 'Kafr Zayta' is 0.84, 'Zabadiyeh' ~ 'Al Bayda' 0.4; set on our test table.
LOOSE_MIN_SIMILARITY = 0.7
#: ... in a country whose names are printed as it writes them (Latin script), only a typo's distance:
#: the scorer's and annotators' own bar for one name (difflib 0.8; 'Noshki' ~ 'Nushki' 0.83, while
#: 'Timba' ~ 'Timbio' 0.73 are two villages).
LATIN_LOOSE_MIN_SIMILARITY = 0.8
#: ... and in a text that names no country to hold the place, only a typo's distance from a name
#: written in another script, where spellings vary ('Saraqeeb' ~ 'Saraqib' 0.8): never a Latin-script
#: look-alike abroad ('Boralo' ~ Australia's 'Bowral' 0.83).
NO_COUNTRY_MIN_SIMILARITY = LATIN_LOOSE_MIN_SIMILARITY
NER_PLACE = frozenset(("GPE", "LOC", "FAC"))
#: A town counts for its country's focus only when spelled much like its name ('Tank' is
#: an alias of India's Tonk, but a story naming al-Tank is not about India).
FOCUS_MIN_SIMILARITY = 0.8
#: Division words after a name ('Kani township', 'Cordoba department') that make it a division for
#: the story's focus; not 'countryside', which a town has too ('the Saraqib countryside').
DIVISION_AFTER = (ADMIN1_WORDS | DISTRICT_WORDS | PLURAL_DIVISION_WORDS) - {"countryside"}
#: Where ``focus_countries`` leaves its result on the Doc, for ``find_places`` to know how clear it is.
FOCUS_KEY = "wardesk.geo.focus"
#: 'MOSCOW, Oct 12 (Reuters) -', 'ALEPPO, Syria (AP) —', 'Moscow – ': where a story was filed.
DATELINE = re.compile(
    r"^\s*\(?(?P<head>[A-Z][A-Za-z'’.\- ]{1,40}?(?:/[A-Z][A-Za-z'’.\- ]{1,40}?)*)\)?(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)*"
    # its date, month first or day first ('Jan 3', '3 Jan', 'June 8, 2023')
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"
    r"\s*(?P<agency>\([A-Za-z .&'-]{2,40}\))?"
    # a dash after it, or straight after the agency: 'Lahore, Jun 3 (PTI) Gunmen ...'; Spanish and
    # Portuguese agencies put a full stop before the dash: 'Caracas, 6 abr (EFE).- ...'
    r"(?:\s*(?:(?<=\))\.)?(?P<sep>--|[-–—:])\s|(?<=\))\s)"
)
#: A dateline later in the opening: ALL-CAPS city (', Country'), then '(Agency) -' or a dash.
LATE_DATELINE = re.compile(
    r"(?:^|(?<=\s))(?P<head>[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]{1,}){0,2}(?:/[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]{1,}){0,2})*)"
    r"(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)?"
    # its date, the month perhaps in capitals as the town is ('TIRANA, MARCH 6 -')
    r"(?:,\s*[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([A-Za-z .&'-]{2,40}\)\s*(?:--|[-–—])?|(?:--|[–—])|-(?=\s))\s"
)
LATE_DATELINE_CHARS = 400
#: A bare participle on a statement noun ('a statement issued in X') and what a clause of its own
#: has that such a participle lacks ('a statement that fighters had shot ...': ``_made_venue``).
#: The tagger gives a participle whose form is its past tense the past tense's tag ('a communique,
#: read in X by its spokesman, said'), which the parse still hangs on the noun as a bare ``acl``.
PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})
CLAUSE_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
#: Words a dateline's town may have: a headline's opening words look like one ('Gunmen Kill Four
#: -'), so a mixed-case head stays short; a head in capitals is a dateline's own way of writing,
#: and a town's name may run long ('SAN CRISTOBAL DE LAS CASAS', 'BANDAR SERI BEGAWAN').
DATELINE_WORDS = 4
DATELINE_CAPS_WORDS = 6
#: A dateline opening a later paragraph, as syndicated copy pasted into a page repeats it:
#: a town, perhaps a date, its country or agency in brackets, then a colon or dash
#: ('Sidon (Lebanon): An Israeli drone ...', 'GAO, March 3 (AFP) - ...').
PARAGRAPH_DATELINE = re.compile(
    r"\n\s*(?P<head>[A-Z][A-Za-z'’.\-]{1,30}(?: [A-Z][A-Za-z'’.\-]{1,30}){0,2})"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*\([A-Za-z .&'/-]{2,40}\)\s*(?:--|[-–—:])\s"
)
#: ALL-CAPS words before '(Reuters) -' that are not a city: the agency itself, a section name.
LATE_DATELINE_NOT = load_words("lexicons", _WORDS, "dateline_not_places")
#: Short all-capital country names taken as written without further support.
CAPITAL_COUNTRY_CODES = load_words("lexicons", _WORDS, "capital_country_codes")


def _cap(tok: Token) -> bool:
    return _is_cap(tok.text)


def _is_cap(text: str) -> bool:
    """Written like a name: capitalised, or in Arabic script, which has no capitals; or a name
    that a lower-case article, elision or ayn mark glued to it opens ('al-'Ain', 'd'Eau',
    'ʿAmran'), which the tokeniser keeps one token."""
    first = text[:1]
    if first.isupper() or "\u0600" <= first <= "\u06ff":
        return any(c.isalpha() for c in text)
    lead = GLUED_NAME_LEAD.match(text)
    rest = text[lead.end() :] if lead else ""
    # a capital and one more letter at least: the possessive 'S of a headline in capitals is none
    return rest[:1].isupper() and rest[1:2].isalpha()


#: What the tokeniser leaves glued to the front of a capitalised name: an Arabic article with a
#: hyphen (also the Unicode and non-breaking hyphens, which it never splits) or an ayn/hamza mark
#: ('al-'Ain', 'al-ʿAyn', 'al‘Ain', 'al‑Shughur'), a French elided article ('d'Eau', 'l'Estère'),
#: or a bare ayn/hamza mark ('ʿAmran', 'Ras al 'Ain' split after the space).
_MARK = f"[{re.escape(APOSTROPHES)}]"
#: French articles elided before a vowel inside place names ('Saut-d'Eau', 'L'Artibonite').
ELIDED_ARTICLES = load_words("lexicons", _WORDS, "elided_articles")
GLUED_NAME_LEAD = re.compile(
    rf"(?:(?:{'|'.join(sorted(ARTICLES, key=len, reverse=True))})(?:[-\u2010\u2011]{_MARK}?|{_MARK})"
    rf"|(?:{'|'.join(sorted(ELIDED_ARTICLES))}){_MARK}"
    rf"|{_MARK})"
)


class _CapsOf(dict):
    """token text -> ``_is_cap(text)``, filled on first ask: token texts repeat within and across
    documents, and a document's column is then mapped through it at C speed (a Python call per
    token was a tenth of the focus count's time)."""

    def __missing__(self, text: str) -> bool:
        if len(self) >= _CAPS_OF_SIZE:
            self.clear()  # a long run meets unbounded text: keep memory flat
        value = self[text] = _is_cap(text)
        return value


_CAPS_OF_SIZE = 200_000
_CAPS_OF = _CapsOf()


def _division_holding(gaz: Gazetteer, town: str, name: str, country: Place | None) -> Place | None:
    """The town of ``town`` that lies in a first-level division called ``name`` ('Atlanta, Georgia'),
    when ``name`` is also a country that has no such town: a country's name that is also a
    division's elsewhere (Georgia, a US state) names the division after a town of that division."""
    if country is None:
        return None
    found = gaz.lookup(town, loose=False)
    if not found or any(p.country == country.country for p in found):
        return None
    key = fold(name, place=True)
    return next((p for p in found if p.admin1 and fold(p.admin1, place=True) == key), None)


def _part_word_names(doc: Doc, low: list[str], k: int, gaz: Gazetteer) -> bool:
    """doc[k] ('Northern', 'South') opens a name the gazetteer knows whole ('Northern Ireland',
    'South Sudan'): it is no part of the shorter name after it ('X, Northern Ireland' is no 'X,
    northern Ireland', which would put X in another country)."""
    if not doc[k].text[:1].isupper():
        return False
    caps, e = _caps(doc), k + 1
    while e < len(doc) and e - k < MAX_NAME_TOKENS and (caps[e] or (low[e] in CONNECTORS and e > k + 1)):
        e += 1
    return any(gaz.lookup(doc[k:end].text, loose=False) for end in range(e, k + 1, -1))


@per_doc
def _caps(doc: Doc) -> list[bool]:
    """Whether each token is capitalised (the finders ask per token)."""
    return list(map(_CAPS_OF.__getitem__, doc_token_texts(doc)))


def _span_text(doc: Doc, i: int, j: int) -> str:
    """``doc[i:j].text`` cut from the cached document text (a Span rebuilds it token by token)."""
    text, offsets, texts = doc_text_parts(doc)
    return text[offsets[i] : offsets[j - 1] + len(texts[j - 1])]


@per_doc
def _match_arrays(doc: Doc) -> tuple[list[bool], list[str], list[str], list[bool]]:
    """(capitalised, lower-cased text, part of speech, opens a sentence) of every token:
    what ``_match`` reads for every candidate name, through one cache look-up."""
    return _caps(doc), doc_lowers(doc), doc_pos(doc), doc_opens_sentence(doc)


@per_doc
def _span_keys(doc: Doc) -> dict[tuple[int, int], tuple[str, str]]:
    """(start, end) -> (text, place key), filled by ``_span_key``."""
    return {}


def _span_key(doc: Doc, i: int, j: int) -> tuple[str, str]:
    """(``doc[i:j]`` text, its ``fold(place=True)`` key), once per document and range:
    find_places and focus_countries cut and fold the same candidate ranges."""
    keys = _span_keys(doc)
    value = keys.get((i, j))
    if value is None:
        text = _span_text(doc, i, j)
        value = keys[i, j] = (text, fold(text, place=True))
    return value


@per_doc
def _spaces(doc: Doc) -> list[str]:
    """``token.whitespace_`` of every token, read as one array."""
    return [" " if space else "" for space in (doc.to_array(SPACY).tolist() if len(doc) else [])]


#: Lower-case Arabic articles that may open a name with a space ('al Bab'); the others
#: ('as', 'an', 'at', 'ad') are English words too and open a name only with a hyphen.
ARTICLES_SPACED = frozenset(("al", "el"))


def _article_start_in(low: list[str], texts: list[str], spaces: list[str], caps: list[bool], i: int) -> bool:
    """Token i is a lower-case article that opens a name: 'the town of al-Bab', 'el Arish'.
    Takes the per-document arrays (lowers, texts, spaces, caps) the caller read once: it runs
    for every token."""
    low = low[i]
    if low not in ARTICLES:
        return False
    if not texts[i].islower():
        return False
    if spaces[i] == "" and i + 2 < len(texts) and texts[i + 1] in ("-", "‐"):
        return spaces[i + 1] == "" and caps[i + 2]
    return low in ARTICLES_SPACED and i + 1 < len(texts) and caps[i + 1]


def _division_name_cut(doc: Doc, j: int, gaz: Gazetteer) -> bool:
    """A name ending at j is only the first words of a longer capitalised name that a lower-case
    division word closes ('Intan' of 'Intan Jaya regency'): the division's whole name is the place,
    and its first word alone is no town abroad that an alias spells so. Not when a word after j is
    known on its own ('Azaz Aleppo province', 'Deir al-Zor Syrias SANA state news agency' in texts
    stripped of commas), nor before a capitalised word ('the Islamic State')."""
    low, caps, texts = doc_lowers(doc), _caps(doc), doc_token_texts(doc)
    e = j
    while e < len(low) and caps[e] and low[e] not in DIVISION_AFTER:
        e += 1
    if not (e > j and e < len(low) and low[e] in DIVISION_AFTER and not caps[e]):
        return False
    if low[e] in PLURAL_DIVISION_WORDS or any(_known_word(texts[k], gaz) for k in range(j, e)):
        return False
    return not gaz.lookup(doc[j:e].text, loose=False)


def _alias_of_first_words(doc: Doc, j: int, key: str, place: Place, gaz: Gazetteer) -> bool:
    """The name ending at j opens a longer capitalised name whose next word is known on its own as
    nothing ('Intan' of 'also in Intan Jaya'), and matches ``place`` only as an alias: the first
    words of a name the gazetteer lacks are not a town that lists them among its other spellings
    ('Intan' for China's Yingtan)."""
    if j >= len(doc) or not _caps(doc)[j] or fold(place.name, place=True) == key:
        return False
    return not _known_word(doc_token_texts(doc)[j], gaz)


def _ezafe_at(low: list[str], spaces: list[str], caps: list[bool], k: int) -> bool:
    """low[k] is a Persian linking vowel glued between two hyphens ('Mazar-i-Sharif'), or glued
    after one and spaced before the name's next capitalised word ('Sar-e Pul', 'Pul-e Khumri'):
    it joins the name's parts, as 'al' joins Arabic ones; spaced before, 'i' or 'e' is no part
    of any name."""
    return (
        low[k] in EZAFE_PARTICLES
        and 0 < k < len(low) - 1
        and low[k - 1] == "-"
        and spaces[k - 1] == ""
        and ((low[k + 1] == "-" and spaces[k] == "") or (spaces[k] != "" and caps[k + 1]))
    )


def _marked_name(text: str) -> bool:
    """A capitalised token with an apostrophe mark among its letters ('Turmus'ayya', 'Ta'izz',
    'al-'Ain'): a transliterated name's ayn, hamza or elision, whatever part of speech the tagger
    gave it; English words keep no such mark once the tokeniser has split off "'s" and "n't"."""
    return any(c in APOSTROPHES for c in text[1:-1])


#: A French elided article that opens a name ('L'Artibonite', 'd’Ivoire').
ELIDED_LEAD = re.compile(rf"(?i:{'|'.join(sorted(ELIDED_ARTICLES))}){_MARK}(?=[^\W\d_])")


def _unelided(text: str) -> str | None:
    """``text`` without the French elided article that opens it ('Artibonite' of 'L'Artibonite'),
    None when none does: gazetteers list such names bare, as English writes them ('the
    Artibonite'), and keep the article only where it is part of the name ('L'Aquila', found first)."""
    m = ELIDED_LEAD.match(text)
    return text[m.end() :] if m and m.end() < len(text) else None


def _inner_mark(texts: list[str], spaces: list[str], caps: list[bool], k: int) -> bool:
    """texts[k] is an apostrophe the tokeniser split off inside one name: an ayn mark glued to the
    capitalised word after it ('Tall 'Afar', 'Wadi 'Ara'), unless a like mark closes that word
    as a quotation ('the 'Tiger' unit'); or the "'s" of a title word spelled with an apostrophe
    ('Ra's Lanuf'), which no possessor is."""
    t = texts[k]
    if not 0 < k < len(texts) - 1:
        return False
    if t in APOSTROPHES and spaces[k - 1] and not spaces[k] and caps[k + 1]:
        e = k + 1
        while e < len(texts) and caps[e]:
            e += 1
        return not (e < len(texts) and texts[e] in CLOSE_QUOTES and not spaces[e - 1])
    return (
        len(t) == 2
        and t[0] in APOSTROPHES
        and t[1] == "s"
        and not spaces[k - 1]
        and fold(texts[k - 1] + t, place=True) in PLACE_TITLE_WORDS
    )


def _known_compounds(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Token spans of hyphen-joined words the gazetteer knows whole ('Kurgan-Tyube', 'Buco-Zau'), or
    whose parts a glued particle links ('Jabal-us-Siraj', 'Mazar-i-Sharif'), known or not.

    A name written as one hyphenated word is one place; its parts may each spell some other town
    ('Kurgan' in Russia), so a part is never read alone when the whole is a known name, whether or
    not the whole is then kept (a namesake abroad dropped by its spelling takes no part along). A
    linking particle marks one name even where the gazetteer lacks it: its first part alone ('Jabal')
    is no place of the text."""
    caps, texts, n = _caps(doc), doc_token_texts(doc), len(doc)
    out, i = [], 0
    while i < n:
        if i + 1 >= n or texts[i + 1] != "-":
            i += 1  # no hyphen follows: a one-token word (the common case, kept cheap)
            continue
        e, linked = _hyphen_word_end(doc, i)
        if e > i + 1 and caps[i] and (linked or gaz.lookup(_span_text(doc, i, e), loose=False)):
            out.append((i, e))
        i = e
    return out


def _hyphen_word_end(doc: Doc, i: int) -> tuple[int, bool]:
    """End of the hyphen-glued word that starts at token ``i`` ('Kurgan-Tyube', 'Jabal-us-Siraj';
    ``i + 1`` for a word with no glued hyphen), and whether a glued particle links its parts."""
    texts, spaces, caps, low, n = doc_token_texts(doc), _spaces(doc), _caps(doc), doc_lowers(doc), len(doc)
    e, linked = i + 1, False
    while e + 1 < n and texts[e] == "-" and not spaces[e - 1] and not spaces[e]:
        if caps[e + 1]:
            e += 2
        elif _ezafe_at(low, spaces, caps, e + 1) and e + 3 < n and caps[e + 3]:
            e, linked = e + 4, True  # 'Jabal-us-Siraj': a glued particle links one name's parts
        else:
            break
    return e, linked


def _cuts_compound(compounds: Sequence[tuple[int, int]], chunk: tuple[int, int], i: int, j: int) -> bool:
    """doc[i:j] starts or ends inside one of ``compounds`` (``_known_compounds``) that its capitalised
    run ``chunk`` holds whole (a run cut at the hyphen, 'Mrauk-U', still reads its first part)."""
    return any(chunk[0] <= s and e <= chunk[1] and (s < i < e or s < j < e) for s, e in compounds)


@per_doc
def _chunks(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined over 'al'/'ez'/hyphens ('Deir ez-Zor'); a run
    may open with a lower-case article ('al-Bab')."""
    caps, low, texts, spaces = _caps(doc), doc_lowers(doc), doc_token_texts(doc), _spaces(doc)
    out, i, n = [], 0, len(doc)
    while i < n:
        if not caps[i] and not _article_start_in(low, texts, spaces, caps, i):
            i += 1
            continue
        j = i + 1
        while j < n:
            if caps[j]:
                j += 1
                continue
            k = j
            while (
                k < n
                and (
                    low[k] in CONNECTORS
                    or _ezafe_at(low, spaces, caps, k)
                    or _inner_mark(texts, spaces, caps, k)
                    or (low[k] in AND_PARTICLES and low[k - 1] == "-" and not spaces[k - 1])
                )
                and k - j < 3
            ):
                k += 1
            if k > j and k < n and caps[k]:
                j = k + 1
                continue
            if low[j] == "of" and j + 1 < n and caps[j + 1] and j - 1 == i and low[i] in OF_NAME_HEADS:
                j += 2  # 'Gulf of Aden': one name, not a gulf and the city of Aden
                continue
            break
        out.append((i, j))
        i = j
    return out


#: Quotation marks that open and close a quoted name.
OPEN_QUOTES = frozenset("\"“‘'«")
CLOSE_QUOTES = frozenset("\"”’'»")


def _quoted_in(texts: list[str], i: int, j: int) -> bool:
    """Tokens i:j (of the document's token ``texts``) stand alone between quotation marks: a
    title (“Savana”, a weekly; "Operation Dawn"), not a place. News quote what they name by a
    title, and leave places bare."""
    return i > 0 and j < len(texts) and texts[i - 1] in OPEN_QUOTES and texts[j] in CLOSE_QUOTES


def _dateline_span(doc: Doc) -> tuple[int, int]:
    """Character range of the dateline city: at the very start, or an ALL-CAPS city after a
    headline or a clock time ('... 1 Min Read BEIRUT (Reuters) -', '5:20 pm SANAA – ')."""
    end = _dateline_end(doc)
    text = doc_text(doc)
    if end >= 0 and not _agency_opening(text, end):
        return 0, end
    m = LATE_DATELINE.search(text[:LATE_DATELINE_CHARS])
    if m and m.group("head").strip() not in LATE_DATELINE_NOT:
        return m.start("head"), m.end("head")
    return (0, end) if end >= 0 else (-1, -1)  # '(Maputo) -': a town in brackets, no agency


def _agency_opening(text: str, end: int) -> bool:
    """The opening before ``end`` is a bracketed name alone ("(ANSA) - TIRANA, MARCH 6 -",
    "(Xinhua) -- NAIROBI, June 2 --"): the agency, which some wires put before their town; the
    dateline is the capitals after it."""
    head = text[:end].strip()
    return head.startswith("(") and head.endswith(")")


@per_doc
def dateline_range(doc: Doc) -> tuple[int, int]:
    """Character range of the city of the article's dateline ("Nairobi (AFP) -", "BEIRUT, May 2
    (Reuters) -"), (-1, -1) when it has none: where the story was filed, which other stages must
    not read as a party ("Nairobi" for Kenya's government) or as the event's place. Kept per
    document: the actor finder asks it of every candidate name (two regex searches each)."""
    return _dateline_span(doc)


@per_doc
def _paragraph_datelines(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of datelines that open later paragraphs (``PARAGRAPH_DATELINE``)."""
    return [m.span("head") for m in PARAGRAPH_DATELINE.finditer(doc_text(doc))]


def _dateline_end(doc: Doc) -> int:
    m = DATELINE.match(doc_text(doc)[:160])
    if not m:
        return -1
    head, sep = m.group("head").strip(), m.group("sep")
    if sep is None:
        # no dash: only a dateline with its date and agency ('Lahore, Jun 3 (PTI)') is one
        return (
            m.start("agency")
            if m.group("agency") and re.search(r"\d", m.group(0)) and len(head.split()) <= 4
            else -1
        )
    if sep == ":" and not head.isupper():
        return -1
    if not (head.isupper() or m.group("agency") or sep in "–—--"):
        return -1
    if len(head.split()) > (DATELINE_CAPS_WORDS if head.isupper() else DATELINE_WORDS):
        return -1
    return m.start("sep")


@per_doc
def _ent_at(doc: Doc) -> list[Span | None]:
    """The entity of every token, or None (read by both focus_countries and find_places)."""
    ents: list[Span | None] = [None] * len(doc)
    for e in doc_ents(doc):
        for t in range(e.start, e.end):
            ents[t] = e
    return ents


#: Entity labels whose longer names hold town names that are no places ('Riad Hijab'); ORG is
#: checked apart ('the Wall Street Journal', 'the Syrian Network for Human Rights'), as the small
#: model also calls a headline's run of capitals one ('Syrias Deir Ezzor Monitor AFP'), or a
#: work of art ('Rocket Attacks on Aleppo Two'), which are therefore left out.
NAME_LABELS = frozenset(("PERSON",))


def _names_someone(
    doc: Doc, i: int, j: int, ents: list[Span | None], gaz: Gazetteer, place: Place | None = None
) -> bool:
    """doc[i:j] is part of a longer name of a person or a body ('Riad Hijab', 'the World Heath
    Organization'), speaks ('Winfield says'), or is a person's name that only an alias of the
    town found spells, with no preposition of place before it ('a witness named Ahmad' is no Al
    Ahmadi). The small model calls many Arabic and Ukrainian towns persons ('Jisr al-Shughur'):
    a town's own name stays a place, and so does a division's name it calls an organisation."""
    e = ents[i]
    if e is not None and e is ents[j - 1] and (e.start < i or e.end > j):
        low = doc_lowers(doc)
        if e.label_ in NAME_LABELS:
            # "Syrias Aleppo Kills 23": a headline's capitals, after whose town it is
            return low[e.end - 1] not in ADMIN1_AFTER and _possessor_country(doc, i, gaz) is None
        if e.label_ == "ORG":
            # inside an organisation's name: after a capitalised word that is not whose it is
            # ('the Syrian Network for Human Rights'), or before an organisation's noun
            inner = any(_caps(doc)[k] for k in range(e.start, i)) and _possessor_country(doc, i, gaz) is None
            return inner or any(low[k] in ORG_HEADS for k in range(j, e.end))
    if e is not None and e.start == i and e.end == j and e.label_ == "PERSON" and place is not None:
        alias = fold(_span_text(doc, i, j), place=True) != fold(place.name, place=True)
        if alias and _governing_prep(doc, i, j) not in LOCATIVE_PREPS:
            return True
    small = place is None or place.population < FOREIGN_MIN_POPULATION  # 'Washington said': a capital
    return small and _speaks(doc, i, j)


def _after_title(doc: Doc, i: int, j: int) -> bool:
    """doc[i:j] follows a person's title and is followed by another capitalised name ('Sumy Mayor
    Artem Kobzar', 'General Salim Idris'): the first name of a person, whatever town it spells."""
    if i == 0 or j >= len(doc) or doc[i - 1].lower_ not in PERSON_TITLES:
        return False
    nxt = doc[j]
    return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start


#: Titles before a surname alone ('Secretary Austin', 'Gen. Mattis'): the name is a person's.
SURNAME_TITLES = load_words("lexicons", _WORDS, "surname_titles")
#: Heads of an apposition that make the name a person's ('X, a UN spokesman, said').
PERSON_NOUNS = load_words("lexicons", _WORDS, "person_nouns")
#: Verbs whose subject or 'by'-agent is a person or a government, never a town where things happen.
PERSON_VERBS = SPEECH_VERBS | GOVERNMENT_VERBS | load_words("lexicons", _WORDS, "person_verbs")


def _person_surnames(doc: Doc, gaz: Gazetteer) -> frozenset[str]:
    """Folded names the text shows to be a person's anywhere in it: the surname of a full name the
    tagger calls a person ('George W. Bush' -> 'bush'), a lone name after a title ('Secretary
    Austin') or beside a person's noun ('Santos, a UN spokesman'). News name a person so once,
    then by surname alone, which the tagger may not call a person again and which many towns
    abroad share ('Bush' in Egypt, 'Austin' in Texas). A full name is two to four capitalised
    words or initials with no particle or hyphen, so that an Arabic town the small model calls a
    person ('Jisr al-Shughur') gives no surname, nor one with a word the text uses as a place or
    a country's ('Reuters Mosul', "Syrias Qamishli")."""
    cached = doc.user_data.get(_SURNAMES_KEY)
    if cached is not None:
        return cached
    texts, low, caps = doc_token_texts(doc), doc_lowers(doc), _caps(doc)
    out: set[str] = set()
    placed = _placed_words(doc)
    for e in doc_ents(doc):
        if e.label_ != "PERSON" or not 2 <= e.end - e.start <= 4:
            continue
        words = texts[e.start : e.end]
        if any(
            w in placed or low[k] in ADMIN1_AFTER for k, w in zip(range(e.start, e.end), words, strict=True)
        ):
            continue  # 'Reuters Mosul', 'Nineveh Governorate': a town the text places elsewhere
        if any(_country_word(w, gaz) or w.lower() in CONNECTORS for w in words):
            continue  # "Syrias Qamishli": a headline's town after whose it is; 'Al Bab' a town
        if all(w[:1].isupper() and (w.isalpha() or (len(w) == 2 and w[1] == ".")) for w in words):
            if len(words[-1]) > 2:
                out.add(fold(words[-1], place=True))
    n = len(doc)
    for i in range(1, n):
        if caps[i] and texts[i].isalpha() and not (i + 1 < n and caps[i + 1]) and _lone_person(doc, i):
            out.add(fold(texts[i], place=True))
    found = doc.user_data[_SURNAMES_KEY] = frozenset(out)
    return found


#: Where ``_person_surnames`` keeps its result on the Doc (it needs the gazetteer: no ``per_doc``).
_SURNAMES_KEY = "wardesk.geo.person_surnames"


def _country_word(word: str, gaz: Gazetteer) -> bool:
    """``word`` names a country or its people, possessive or not ('Syria', 'Syrias', 'Syrian')."""
    return bool(
        gaz.country(word)
        or gaz.demonym(word)
        or (word.endswith("s") and len(word) > 4 and gaz.country(word[:-1]))
    )


def _placed_words(doc: Doc) -> frozenset[str]:
    """Words the text itself uses as places somewhere: in a span the tagger calls a place, or as
    the object of a preposition of a scene ('in Mosul', not 'from'). A word so used is no surname,
    whatever run of capitals the tagger calls a person ('Reuters Mosul')."""
    texts, low, heads, deps = doc_token_texts(doc), doc_lowers(doc), doc_heads(doc), doc_deps(doc)
    out = {texts[k] for e in doc_ents(doc) if e.label_ in NER_PLACE for k in range(e.start, e.end)}
    out.update(texts[k] for k in range(len(doc)) if deps[k] == "pobj" and low[heads[k]] in SCENE_PREPS)
    return frozenset(out)


def _lone_person(doc: Doc, i: int) -> bool:
    """doc[i], a lone capitalised word, is a person's name by its title ('Gen. Mattis') or by a
    person's noun in apposition ('Santos, a UN spokesman')."""
    if _titled(doc, i):
        return True
    tree = doc_tree(doc)
    heads, deps, lemmas = tree.heads, tree.deps, tree.lemmas
    if heads[i] != i and _speaker_inserted(doc, i, heads[i]):
        return False  # 'Palmyra, a commander said, ...': the commander speaks about the town
    return any(
        heads[k] == i and deps[k] == "appos" and lemmas[k] in PERSON_NOUNS
        for k in range(i + 1, min(len(doc), i + 8))
    )


def _titled(doc: Doc, i: int) -> bool:
    """doc[i] follows a person's title: a capitalised one ('Major', 'Gen.'), or one that is a
    person's noun in lower case too ('spokesman'); 'a major offensive' has no Major."""
    title = doc_token_texts(doc)[i - 1]
    key = title.lower().rstrip(".")
    return key in SURNAME_TITLES and (title[:1].isupper() or key in PERSON_NOUNS)


def _person_name(doc: Doc, i: int, j: int, gaz: Gazetteer) -> str | None:
    """How doc[i:j], a single name, is shown to be a person's, or None: by a title right before it
    ("title": 'Secretary Austin', always a person), as a name the text gives a person elsewhere
    ("named": see ``_person_surnames``), or as a name the tagger calls a person that acts as one,
    the subject or 'by'-agent of a verb only a person does ("acts": 'condemned by Santos', not
    'Belgorod came under fire'; ``PERSON_VERBS``). The
    tagger often misses a lone surname, and many are towns somewhere."""
    if j - i != 1:
        return None
    low = doc_lowers(doc)
    if i > 0 and _titled(doc, i):
        return "title"
    if fold(doc_token_texts(doc)[i], place=True) in _person_surnames(doc, gaz):
        return "named"
    e = _ent_at(doc)[i]
    if e is not None and e.label_ == "PERSON" and e.start == i and e.end == j:
        deps, heads, lemmas = doc_deps(doc), doc_heads(doc), doc_lemmas(doc)
        verb = heads[i]
        if deps[i] == "pobj" and low[verb] == "by" and heads[verb] != verb:
            verb = heads[verb]  # 'condemned by Santos'
        elif deps[i] != "nsubj" or _another_subject(doc, i):
            return None
        if lemmas[verb] in PERSON_VERBS:
            return "acts"
    return None


def _person_counted_out(doc: Doc, i: int, j: int, gaz: Gazetteer) -> bool:
    """doc[i:j] is a person's name and says nothing of the article's country: 'Secretary Austin'
    does not make a story American, nor 'Santos, a UN spokesman' Brazilian; a name the text gives
    a person elsewhere may still be a town after a preposition of place ('fighting in Graham').
    (A name only the tagger calls a person is left to ``_names_someone``: it also calls towns so.)"""
    person = _person_name(doc, i, j, gaz)
    if person == "title":
        return True
    return person == "named" and _governing_prep(doc, i, j) not in LOCATIVE_PREPS


def _placed_anyway(person: str, place: Place | None, ctx: _Context, countries: Sequence[str]) -> bool:
    """A name shown to be a person's (``_person_name``) is a place all the same where its words
    make it one ('the village of Graham'); a name the text gives a person elsewhere also after a
    preposition of place when the gazetteer has a town of that name in the article's main country
    ('shelling in Graham'); a name only the tagger calls a person when it names a town there at
    all, as the small model calls many towns persons ('Goma fell'). A town abroad of a person's
    name is the person ('talks with Austin'). A name after a title is a person's whatever follows
    ('President Bush, Kabul ...' reads like 'X, <province>')."""
    if person == "title":
        return False
    if ctx.pattern is not None:
        return True
    home = place is not None and bool(countries) and place.country == countries[0]
    if person == "named":
        return home and ctx.prep in LOCATIVE_PREPS
    return person == "acts" and (place is None or home)


def _time_zone(doc: Doc, i: int, j: int) -> bool:
    """doc[i:j] names a clock: followed by 'time' and opened by a bracket or a clock reading
    ('at 6 a.m. (Kabul time)', 'at 14:00 Moscow time'). Such a town says nothing of where the
    event was."""
    if j >= len(doc) or doc[j].lower_ != "time" or i == 0:
        return False
    before = doc[i - 1]
    return (
        before.text == "("
        or before.like_num
        or _CLOCK.fullmatch(before.text) is not None
        or before.lower_ in ("a.m.", "p.m.", "am", "pm", "hrs", "gmt", "utc")
    )


#: A clock reading as one token: '23:00', '6.30', '1400hrs'.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\d{3,4}(?:h|hrs)?")


def _another_subject(doc: Doc, t: int) -> bool:
    """The verb whose subject the parser made doc[t] has a subject besides it: in 'Kramatorsk, the
    governor said, was hit' the small model hangs the town on the inserted 'the governor said' as
    a second subject; the one who speaks is the governor, and the town is what the sentence is
    about, so the name neither speaks nor acts there."""
    heads, deps = doc_heads(doc), doc_deps(doc)
    verb = heads[t]
    if verb == t:
        return False
    if _speaker_inserted(doc, t, verb):
        return True
    lo, hi = min(t, verb), max(t, verb)
    return any(
        heads[k] == verb and deps[k] in ("nsubj", "nsubjpass") and k != t
        for k in range(max(0, lo - MAX_NAME_TOKENS), min(len(doc), hi + MAX_NAME_TOKENS))
    )


def _speaker_inserted(doc: Doc, t: int, verb: int) -> bool:
    """'Palmyra, a commander said on Sunday, is ...': the parser hangs 'a commander' on the name as
    an apposition and makes the name the subject of 'said'; with no comma between the noun and the
    verb, the noun phrase is who says, inserted into the sentence about the name ('Santos, a UN
    spokesman, said' keeps its comma and its person)."""
    tree = doc_tree(doc)
    heads, deps = tree.heads, tree.deps
    return any(
        heads[k] == t and deps[k] == "appos" and k + 1 == verb and verb > t
        for k in range(t + 1, min(len(doc), verb))
    )


def _speaks(doc: Doc, i: int, j: int) -> bool:
    """doc[i:j] speaks or acts as a government: the subject of a verb of saying ('Moscow says',
    'Winfield said') or demanding ('Moscow demanded'), the object of an accusation ('accused
    Moscow')."""
    tree = doc_tree(doc)
    heads, deps = tree.heads, tree.deps
    root = span_root(doc, i, j)
    for _ in range(3):
        if deps[root] == "conj" and heads[root] != root:
            root = heads[root]  # 'Moscow and Damascus say'
    verb = tree.lemmas[heads[root]]
    if deps[root] == "nsubj":
        return (verb in SPEECH_VERBS or verb in GOVERNMENT_VERBS) and not _another_subject(doc, root)
    return deps[root] == "dobj" and verb in GOVERNMENT_OBJECT_VERBS


def _role(doc: Doc, i: int, j: int) -> str:
    """What the sentence makes of doc[i:j] (see ``PlaceMention.role``): a "venue" when it names
    a meeting, a ministry or a statement ('the Geneva talks') or is where one was held or made
    ('talks in Geneva', 'the ministry in Moscow said', 'a monitor based in Britain'); an
    "attribute" when it names a type of weapon or vehicle ('Blackjack bombers'); else "place"."""
    if _speaks(doc, i, j):
        return "venue"  # 'Moscow and Damascus say': its government speaks, from where it sits
    tree = doc_tree(doc)
    heads, deps, low, lemmas = tree.heads, tree.deps, tree.lowers, tree.lemmas
    t = span_root(doc, i, j)
    for _ in range(3):
        if deps[t] in ("appos", "conj") and heads[t] != t:
            t = heads[t]  # 'the Kazakh capital Astana', 'Geneva and Vienna'
        else:
            break
    head = heads[t]
    if head != t and head >= j and deps[t] in ("compound", "nmod", "amod"):
        if lemmas[head] in VENUE_NOUNS:
            return "venue"
        if low[head] in PLATFORM_NOUNS:
            return "attribute"
    if deps[t] == "pobj" and low[head] == "of" and heads[head] != head and low[heads[head]] in TOWN_NOUNS:
        t = heads[head]  # 'told reporters in the town of X': the town noun is where the name stands
        head = heads[t]
    if deps[t] == "pobj" and low[head] in VENUE_PREPS and heads[head] != head:
        h = _speaker_of_body(doc, heads[head])
        if (
            lemmas[h] in VENUE_NOUNS
            or lemmas[h] in SPEAKER_SEAT_NOUNS
            or (doc_pos(doc)[h] in ("VERB", "AUX") and lemmas[h] in VENUE_VERBS)
        ):
            return "venue"
        if _made_venue(doc, h):
            return "venue"  # 'a statement issued in X', 'a video posted from X': where it was made
        if lemmas[h] in AUDIENCE_NOUNS and low[head] != "from" and _spoken_to(doc, h):
            return "venue"  # 'speaking to journalists in X': where the words were said
    return "place"


#: 'a spokesman for the army in X', 'the office of the front in Y': prepositions joining a body to the
#: one who speaks for it, so that the body's seat is the speaker's.
BODY_PREPS = frozenset(("for", "of"))


def _speaker_of_body(doc: Doc, h: int) -> int:
    """The noun that speaks for the body doc[h] ('a spokesman for the intervention force in Pretoria':
    'force' -> 'spokesman'), so that a place on the body is read as the speaker's seat; doc[h] itself
    when it hangs on no "for"/"of" phrase."""
    heads, deps, low = doc_heads(doc), doc_deps(doc), doc_lowers(doc)
    if deps[h] == "pobj" and low[heads[h]] in BODY_PREPS and heads[heads[h]] != heads[h]:
        speaker = heads[heads[h]]
        # a noun only: 'spoke of a massacre in X' tells of the place, it was not said there
        return speaker if doc_pos(doc)[speaker] in ("NOUN", "PROPN") else h
    return h


def _made_venue(doc: Doc, h: int) -> bool:
    """doc[h] is a participle that describes a statement, a briefing or a meeting ('a statement
    issued in X', 'a communique circulated in X', 'a video posted from X'): whatever its verb, a
    clause on such a noun tells where the words were made or given out, not where an event was.
    Read from the parse (a bare participle, ``acl``, on a venue noun), so no list of such verbs is
    kept. A clause with its own subject, auxiliary or 'that' ('a statement that fighters had shot 30
    men in X') is what the statement says, and its places are the event's."""
    heads, deps, lemmas = doc_heads(doc), doc_deps(doc), doc_lemmas(doc)
    if deps[h] != "acl" or heads[h] == h or lemmas[heads[h]] not in VENUE_NOUNS:
        return False
    if doc[h].tag_ not in PARTICIPLE_TAGS:
        return False
    return not any(deps[c] in CLAUSE_OWN_DEPS for c in doc_children(doc)[h])


def _spoken_to(doc: Doc, h: int) -> bool:
    """doc[h] is whom someone speaks to: the object of a verb of saying ('told reporters') or of
    its 'to' ('speaking to journalists'). ('A correspondent in X saw the damage' is a witness.)"""
    heads, deps, low, lemmas = doc_heads(doc), doc_deps(doc), doc_lowers(doc), doc_lemmas(doc)
    v = heads[h]
    if deps[h] == "pobj" and low[v] in ("to", "with") and heads[v] != v:
        v = heads[v]
    elif deps[h] not in ("dobj", "dative"):
        return False
    return lemmas[v] in VENUE_VERBS or lemmas[v] in SPEECH_VERBS


@per_doc
def _prep_arrays(doc: Doc) -> tuple[list[int], list[str], list[str], list[str]]:
    """(heads, deps, pos, lowers) for ``_governing_prep``: one cache look-up, not four."""
    return doc_heads(doc), doc_deps(doc), doc_pos(doc), doc_lowers(doc)


def _governing_prep(doc: Doc, i: int, j: int) -> str | None:
    """The preposition whose object the name is ('in', 'near', 'from'), following compounds.
    Read from the cached arrays: this runs for every candidate name."""
    heads, deps, pos, low = _prep_arrays(doc)
    t = span_root(doc, i, j)
    for _ in range(5):
        if deps[t] == "pobj":
            h = heads[t]
            return low[h] if pos[h] in ("ADP", "SCONJ", "ADV") else None
        if deps[t] in ("compound", "appos", "conj", "poss", "nmod", "amod", "npadvmod"):
            t = heads[t]
        else:
            break
    k = i - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    if k >= 0 and pos[k] == "ADP":
        return low[k]
    return None


#: Tokens a name of several words spans after its first ('Al - Qarqour', 'Tunga Bakwai').
NAME_REACH = 3


def _name_root(deps: Sequence[str], heads: Sequence[int], i: int) -> int:
    """The token that stands for the name opening at doc[i] in the parse: doc[i] itself, or the
    last word of a name of several words that the parser hangs its first words on ('Al-Qarqour'
    of 'the villages of A and Al-Qarqour': the conjunct is 'Qarqour')."""
    h = i
    for _ in range(NAME_REACH):
        if deps[h] not in ("compound", "punct") or not h < heads[h] <= i + NAME_REACH:
            break
        h = heads[h]
    return h


#: Names a list may hold before its first, where a preposition's phrase is looked for.
LIST_REACH = 4


def _list_head(deps: Sequence[str], heads: Sequence[int], t: int) -> int:
    """The first name of the list token t closes ('in A and B': B hangs on A, whose head is the
    preposition the whole list is under), or t itself."""
    for _ in range(LIST_REACH):
        if deps[t] != "conj" or heads[t] == t:
            break
        t = heads[t]
    return t


def _first_conjunct_start(doc: Doc, i: int) -> int:
    """Where the first name of the list doc[i] closes starts ('the villages of A, B and C': A's
    first token for B and C), or ``i`` when doc[i] opens no such list."""
    deps = doc_deps(doc)
    if i == 0 or deps[i] not in ("conj", "compound", "punct"):
        return i  # (most names: the other arrays are not read)
    heads, low = doc_heads(doc), doc_lowers(doc)
    if low[i - 1] not in ("and", ",", "or"):
        return i
    h = _name_root(deps, heads, i)
    if deps[h] != "conj":
        return i
    several_words = h != i
    for _ in range(6):
        if deps[h] != "conj" or heads[h] == h:
            break
        h = heads[h]
    if h >= i:
        return i
    k = h
    while k > 0 and (_caps(doc)[k - 1] or low[k - 1] in CONNECTORS):
        k -= 1
    if several_words and not (k >= 2 and low[k - 1] == "of" and low[k - 2] in TOWN_NOUNS):
        # a last name of several words is read as introduced only by a settlement noun ('the
        # villages of A and Al-B'); 'the neighbourhoods of A and al-B' keeps its old reading
        return i
    return k


#: Words that join names into a list ('X, Y and Z provinces').
LIST_JOINERS = frozenset({",", "and", "or"})


def _division_after_list(doc: Doc, j: int) -> str | None:
    """The division noun in the singular ('province') when the list of names that goes on at
    doc[j] ends in a plural one ('X and Y provinces', 'X, Y and Z states'), else None."""
    low, caps, n = doc_lowers(doc), _caps(doc), len(doc)
    k = j
    for _ in range(6):
        if k >= n or low[k] not in LIST_JOINERS:
            break
        while k < n and low[k] in LIST_JOINERS:
            k += 1
        if k >= n or not caps[k]:
            return None  # 'X and the hills': not a list of names
        while k < n and (caps[k] or low[k] in CONNECTORS):
            k += 1
    if k == j or k >= n or low[k] not in PLURAL_DIVISION_WORDS:
        return None
    return SINGULAR_DIVISIONS.get(low[k])


#: The singular of each plural division noun ('provinces' -> 'province').
SINGULAR_DIVISIONS = {w: (w[:-3] + "y" if w.endswith("ies") else w[:-1]) for w in PLURAL_DIVISION_WORDS}


class _Context:
    """What the words around doc[i:j] say: precision, kind preferred, admin1 named nearby."""

    def __init__(self, doc: Doc, i: int, j: int, gaz: Gazetteer, countries: Sequence[str]) -> None:
        self.pattern: str | None = None
        self.hint: str | None = None
        self.prefer: str | None = None
        self._prep: str | None = None  # the pattern's own preposition ('north of'); see ``prep``
        self._prep_known = False
        self._where = (doc, i, j)
        self.doc = doc
        self.admin1: str | None = None
        self.country: str | None = None
        self.parent: tuple[int, int] | None = None  # the town of "X's Z neighbourhood"
        self.loose = False  # the place was found by a loose spelling (set by _match)
        self.measured = False  # '25 km north of X': X is what a distance is measured from
        #: 'the road between X and Y' (a way noun: the names are places, whatever the tagger says)
        self.way = False
        #: "Chad's X": only the owner country made the name a place, no settlement noun ('town of')
        self.by_owner = False
        #: 'X, northern Mali', 'X in northern Burkina Faso': the text puts X in that country
        self.told_country = False
        self._told_by: str | None = None  # the word after the name through which it is told
        low = doc_lowers(doc)
        first = _first_conjunct_start(doc, i)  # 'the villages of A and B': B is introduced as A is
        prev1 = low[first - 1] if first >= 1 else ""
        #: 'In X, gunmen killed ...': an opening 'in' sets the scene of the sentence (see _opening)
        self.opening = prev1 in SCENE_PREPS and _comma_after_day(doc, j) and _opening(doc, first - 1)
        self.part_word = prev1 if prev1 in REGION_PART_WORDS else None  # 'rural Idlib', 'eastern Kano'
        prev2 = low[first - 2] if first >= 2 else ""
        nxt = low[j] if j < len(doc) else ""
        if nxt in LIST_JOINERS and (shared := _division_after_list(doc, j)) is not None:
            nxt = shared  # 'X and Y provinces': the plural noun after the list names X as it names Y
        #: 'X, a village in northern Y': the apposition introduces X as a settlement, and where
        #: it lies is read after its noun
        self._appos_end = _settlement_apposition_end(doc, j)
        self.appositive = self._appos_end is not None
        if nxt in DISTRICT_WORDS:
            self.pattern, self.hint, self.prefer = "district", "near", "region"
        elif nxt in ADMIN1_AFTER:
            self.pattern, self.hint, self.prefer = "admin1", "admin1", "admin1"
        elif nxt in PART_NOUNS:
            self.pattern, self.hint, self.prefer = "part", "near", "city"
        elif nxt in SETTLEMENT_NOUNS:
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
        #: the division noun after the name ('territory' of 'Beni territory'), if any
        self.division_word = nxt if self.pattern in ("admin1", "district") else None
        #: 'the village of Mon Taing Pin': the noun introduces all the capitals after it as one
        #: settlement's name, though its first word alone names a division (Mon state)
        self.introduced = False
        if prev1 == "of" and prev2 in TOWN_NOUNS:
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
            self.country = _country_before_noun(doc, i - 2, gaz)
            self.introduced = first == i and prev2 in SETTLEMENT_NOUNS
        elif prev1 == "of" and prev2 in ADMIN1_BEFORE:
            self.pattern, self.hint, self.prefer = "admin1", "admin1", "admin1"
        elif prev1 == "of" and prev2 in DISTRICT_WORDS and i >= 3 and low[i - 3] == "the":
            # 'in the district of Y': Y is a district (or where the text calls its provinces so,
            # a province), not a town of that name
            self.pattern, self.hint, self.prefer = "district", "near", "region"
        elif prev1 == "of" and prev2 in PART_NOUNS - {
            "outskirts",
            "sector",
        }:  # not "the sector of Syria's ..."
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
        elif prev1 == "of" and prev2 in DIRECTIONS:
            self.pattern, self.hint, self._prep = "near", "near", f"{prev2} of"
            self.measured = _measured_before(low, first - 2)
        elif prev1 in ("from", "outside") and _measured_before(low, first - 1):
            # '30 km from X', '20 km outside X': a distance from the town, as '30 km north of X'
            self.pattern, self.hint, self._prep, self.measured = "near", "near", prev1, True
        elif prev1 == "of" and prev2 in NEAR_NOUNS:
            self.pattern, self.hint, self._prep = "near", "near", f"{prev2} of"
        elif prev1 in NEAR_PREPS or (prev1 == "to" and prev2 == "close"):
            self.pattern, self.hint = "near", "near"
            self._prep = "near" if prev1 in ("nearby", "close") else prev1
        elif (noun := _bare_settlement_noun(doc, i)) is not None:
            # 'the village Kelumbu', 'the neighbouring villages A and B': the noun names the
            # settlement right before its name, as 'the village of X' does with 'of'
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
            self.country = _country_before_noun(doc, noun, gaz)
            self.introduced = noun == i - 1 and low[noun] in SETTLEMENT_NOUNS
        elif prev1 == "between" and (way := _between_places(doc, first - 1)) is not None:
            # 'on the road between X and Y', 'ambushed between X and Y': the places a way joins
            self.pattern, self.hint, self._prep = "near", "near", prev1
            self.way = way
        if nxt in PART_NOUNS and j + 2 < len(doc) and low[j + 1] == "of" and _caps(doc)[j + 2]:
            e = j + 3
            while e < len(doc) and e - j - 2 < MAX_NAME_TOKENS and (_caps(doc)[e] or low[e] in CONNECTORS):
                e += 1
            self.parent = (j + 2, e)
        if prev1 == "'s" and nxt in PART_NOUNS:
            k = i - 1
            s = k
            while s > 0 and (_caps(doc)[s - 1] or low[s - 1] in CONNECTORS) and k - s < MAX_NAME_TOKENS:
                s -= 1
            if s < k:
                self.parent = (s, k)
        if (
            self.pattern is None
            and prev1 == ","
            and prev2 in DISTRICT_NOUNS
            and first >= 3
            and _caps(doc)[first - 3]
            and nxt in (",", ".", "")
        ):
            # 'in Y district, X, ...': X is a town of the district, named in apposition to it
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
        if self.pattern is None and _listed_settlement(doc, first):
            # 'attacks on several villages, including X and Y': the list names those villages
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
        if self.pattern is None and self._appos_end is not None:
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
            if low[self._appos_end - 1] in PART_NOUNS - TOWN_NOUNS:
                # 'X, a quarter of Y': a part of Y, which holds it (its admin1 and country)
                self.pattern, self.hint = "part", "near"
                self.parent = self.parent or _name_span_at(doc, self._appos_end + 1)
        if self.pattern is None and (held := _contained_in(doc, first, j, gaz, countries)) is not None:
            # 'killed six people in X in Y': a name the gazetteer lacks, set inside a town or
            # province it knows, is a place of that container, not a word to drop
            container, span = held
            if container.kind == "admin1":
                self.pattern, self.hint, self.prefer = "town", "exact", "city"
                self.admin1, self.country = container.name, container.country
            else:
                self.pattern, self.hint, self.prefer = "part", "near", "city"
                self.parent = span
        if self.pattern is None and prev1 in ("'s", "’s") and self.prep in LOCATIVE_PREPS:
            owner = _possessive_country(doc, i - 1, gaz)
            if owner is not None:
                # "a raid in Chad's Kaiga Kindjiria": the text presents the name as a place
                # of that country, known to the gazetteer or not
                self.pattern, self.hint, self.prefer, self.country = "town", "exact", "city", owner
                self.by_owner = True
        self._admin1_after(doc, low, j, gaz, countries)
        #: the name's own words say in which division or country it lies ('X, northern Y', 'X in
        #: Y province'; not 'a Christian area of Y province', where the name describes the area),
        #: or how far from another place ('X, 40 km north of Y', 'X, 30 km from Y')
        self.told = (
            (self.admin1 is not None or self.told_country) and self._told_by != "of"
        ) or _located_after(doc, j)
        if self.parent is not None and self.country is None:
            p = _parent_town(
                gaz.best(doc[self.parent[0] : self.parent[1]].text, countries, "city"), countries
            )
            if p is not None and p.kind in ("city", "admin1"):
                self.country = p.country
                self.admin1 = self.admin1 or (p.name if p.kind == "admin1" else p.admin1)

    @property
    def prep(self) -> str | None:
        """The preposition of the name: the pattern's own ('north of', 'near'), else the one whose
        object the name is (``_governing_prep``), found on first ask: most candidate names are
        dropped before anything asks."""
        if not self._prep_known:
            self._prep = self._prep or _governing_prep(*self._where)
            self._prep_known = True
        return self._prep

    def _admin1_after(
        self, doc: Doc, low: list[str], j: int, gaz: Gazetteer, countries: Sequence[str]
    ) -> None:
        """'in X, Y province' / 'X in the Y countryside': Y is X's admin1."""
        k = self._appos_end or j
        part_in = False  # 'X in northern Y' read for a name the gazetteer lacks (below)
        noun = low[k] if k < len(doc) else ""
        if noun in PART_NOUNS | SETTLEMENT_NOUNS | DISTRICT_WORDS:
            k += 1  # 'X village in Y', 'Kani township in Y region': the noun says what X is
        if k < len(doc) and low[k] in (",", "in", "of"):
            k += 1
            self._told_by = low[k - 1]
            if self._told_by == "of" and (noun in SETTLEMENT_NOUNS | DISTRICT_WORDS or self._appos_end):
                # 'X village of Y county' tells where the village lies, as 'X village in Y' does;
                # not so 'a Christian area of Y province', where the name describes the area
                self._told_by = "noun of"
            if (
                low[k - 1] == ","
                and k + 1 < len(doc)
                and low[k] in REGION_PART_WORDS
                and _caps(doc)[k + 1]
                and not _part_word_names(doc, low, k, gaz)
            ):
                k += 1  # 'X, northern Y': the part of Y says no less that X lies in Y
            if k < len(doc) and low[k] in LOCATED_WORDS and k + 1 < len(doc) and low[k + 1] == "in":
                k += 1  # 'X, located in the province of Y'
            if k < len(doc) and low[k] == "in":
                k += 1
            if k < len(doc) and low[k] == "the":
                k += 1
            if (
                low[k - 1] in ("in", "the")
                and k + 1 < len(doc)
                and low[k] in REGION_PART_WORDS
                and low[k] != "rural"  # 'X in rural Y' is in Y's countryside, a division of its own
                and _caps(doc)[k + 1]
                and not gaz.lookup(doc[self._where[1] : j].text, loose=False)
            ):
                # 'X in northern Y' says X lies in Y as 'X, northern Y' does; read so only for a
                # name the gazetteer lacks ('troops from Kano in northern Borno' stay Kano's)
                k += 1
                part_in = True
            owner = _country_possessive_end(doc, k, gaz)
            if owner is not None:
                # 'X, in Chad's Lac province': the division is read after its country's possessive
                k, self.country = owner
            if self._held_division(doc, k, gaz):
                return  # 'the X sector of Pakistan-administered Kashmir'
            if (
                k + 2 < len(doc)
                and low[k] in ADMIN1_BEFORE | DISTRICT_WORDS
                and low[k + 1] == "of"
                and _caps(doc)[k + 2]
            ):
                # 'X in the province of Y': Y is X's admin1 when the gazetteer knows it as one
                e = k + 2
                while (
                    e < len(doc)
                    and e - k - 2 < MAX_NAME_TOKENS
                    and (_caps(doc)[e] or (low[e] in CONNECTORS and e > k + 2))
                ):
                    e += 1
                name = doc[k + 2 : e].text
                if low[k] in DISTRICT_WORDS:
                    # 'X in the district of Y': X lies in district Y, as in 'X in Y district'
                    self._district_named(name, low[k], gaz, countries)
                    return
                a = (
                    gaz.admin1(name, countries[0] if countries else None)
                    or gaz.admin1(name)
                    or _joined_admin1(name, gaz)
                )
                if a is not None:
                    self.admin1, self.country = a.name, a.country
                    if self.pattern is None:
                        self.pattern, self.hint = "in_admin1", self.hint or "exact"
                return
            s = k
            while (
                k < len(doc)
                and k - s < MAX_NAME_TOKENS
                and (
                    _caps(doc)[k]
                    or (low[k] in CONNECTORS and k > s)
                    or (low[k] in AND_PARTICLES and low[k - 1] == "-")  # 'Siestan-o-Baluchistan'
                )
            ):
                k += 1
            if k > s and k < len(doc) and low[k] in ADMIN1_AFTER:
                a = None
                for s2 in range(s, k):  # "Syrias Idlib province": the division is the last words
                    name = doc[s2:k].text
                    if s2 == s:
                        a = (
                            gaz.admin1(name, countries[0] if countries else None)
                            or gaz.admin1(name)
                            or _joined_admin1(name, gaz)
                        )
                    else:
                        # a tail of the name is looked for in the article's countries only: the
                        # 'North' of 'the Centre-North region' is no other country's North
                        a = next((x for c in countries if (x := gaz.admin1(name, c)) is not None), None)
                    if a is not None:
                        break
                if a is None and part_in:
                    return  # 'X, in the southern Ruritanian province of Y': no division named here
                self.admin1 = a.name if a else doc[s:k].text
                self.country = a.country if a else self.country
                if self.pattern is None:
                    self.pattern, self.hint = "in_admin1", self.hint or "exact"
            elif k > s and k < len(doc) and low[k] in DISTRICT_WORDS:
                self._district_named(doc[s:k].text, low[k], gaz, countries)
            elif k > s and (low[s - 1] == "," or low[s - 1] in REGION_PART_WORDS) and k == s + 1:
                c = gaz.country(doc[s:k].text)
                held = _division_holding(gaz, doc[self._where[1] : j].text, doc[s:k].text, c)
                if held is not None:
                    # 'Atlanta, Georgia': a division of that name holds the town, the country does not
                    self.admin1, self.country = held.admin1, held.country
                    if self.pattern is None:
                        self.pattern, self.hint = "in_admin1", self.hint or "exact"
                elif c is not None and not gaz.demonym(doc[s:k].text):
                    self.country = c.country
                    self.told_country = not self._in_list(doc, low, j, k)
                elif countries and not self._in_list(doc, low, j, k):
                    self._admin1_named(doc[s:k].text, gaz, countries[0])
            elif (
                k > s
                and k <= s + 3
                and (low[s - 1] == "," or low[s - 1] in REGION_PART_WORDS)
                and (c := gaz.country(doc[s:k].text)) is not None
                and c.kind == "country"
                and not self._in_list(doc, low, j, k)
            ):
                # 'X, northern Burkina Faso': a country's name of several words
                self.country, self.told_country = c.country, True
            elif (
                k > s
                and (low[s - 1] == "," or low[s - 1] in REGION_PART_WORDS)
                and k <= s + 3
                and countries
                and not self._in_list(doc, low, j, k)
            ):
                self._admin1_named(doc[s:k].text, gaz, countries[0])

    def _held_division(self, doc: Doc, k: int, gaz: Gazetteer) -> bool:
        """'X of / in Pakistan-administered Kashmir' from doc[k]: X lies in the holder's division of
        the region's name (``_holder_country``); True when one was found and set as X's admin1."""
        n = len(doc)
        if k + 3 >= n or not _caps(doc)[k + 3] or (holder := _holder_country(doc, k + 3, gaz)) is None:
            return False
        e = k + 4
        while e < n and e - k - 3 < MAX_NAME_TOKENS and _caps(doc)[e]:
            e += 1
        held = gaz.admin1_with_word(doc[k + 3 : e].text, holder)
        if held is None:
            return False
        self.admin1, self.country = held.name, held.country
        if self.pattern is None:
            self.pattern, self.hint = "in_admin1", self.hint or "exact"
        return True

    def _district_named(self, name: str, word: str, gaz: Gazetteer, countries: Sequence[str]) -> None:
        """'X in Y district', 'X near Y in Y township': a district of the story's countries the
        gazetteer knows holds X, so X lies in that district's admin1 and country, whether or not
        the gazetteer has X (an unlisted village is not dropped for its district)."""
        for p in gaz.lookup(f"{name} {word}", countries, "region", loose=False):
            if p.kind == "region" and p.admin1 and (not countries or p.country in countries):
                self.admin1, self.country = p.admin1, p.country
                if self.pattern is None:
                    self.pattern, self.hint = "in_admin1", self.hint or "exact"
                return
        if countries:
            # where the first-level divisions are what the text calls districts or regions
            # ('X in the district of Y' with Y a province of a small country), Y is X's admin1
            self._admin1_named(name, gaz, countries[0])

    def _admin1_named(self, name: str, gaz: Gazetteer, country: str) -> None:
        """'X, Y' with Y a province of the story's country: Y is X's admin1, as with 'X, Y province'."""
        a = gaz.admin1(name, country)
        if a is not None and a.kind == "admin1":
            self.admin1, self.country = a.name, a.country
            if self.pattern is None:
                self.pattern, self.hint = "in_admin1", self.hint or "exact"

    @staticmethod
    def _in_list(doc: Doc, low: list[str], j: int, k: int) -> bool:
        """'A, B and C', 'A, B, C': names in a list, not a town and its province; nor "Y's"."""
        i = j - 1
        while i > 0 and _caps(doc)[i - 1]:
            i -= 1
        before = low[i - 1] if i >= 1 else ""
        after = low[k] if k < len(doc) else ""
        nxt_cap = k + 1 < len(doc) and _caps(doc)[k + 1]
        return (
            before in (",", "and", "or") or after in ("'s", "’s", "and", "or") or (after == "," and nxt_cap)
        )


def _name_span_at(doc: Doc, k: int) -> tuple[int, int] | None:
    """The capitalised name that starts at doc[k] (after a 'the'), as (start, end), or None."""
    low, caps, n = doc_lowers(doc), _caps(doc), len(doc)
    if k < n and low[k] == "the":
        k += 1
    e = k
    while e < n and e - k < MAX_NAME_TOKENS and (caps[e] or (low[e] in CONNECTORS and e > k)):
        e += 1
    while e > k and not caps[e - 1]:
        e -= 1  # 'Y al' at a sentence's end: the name stops at its last capital
    return (k, e) if e > k else None


def _contained_in(
    doc: Doc, first: int, j: int, gaz: Gazetteer, countries: Sequence[str]
) -> tuple[Place, tuple[int, int]] | None:
    """The known town or province that holds doc[first:j] in 'in X in Y' (Y after the name, X after
    a scene's preposition), with Y's span, when the gazetteer lacks X; else None. The text sets X
    inside Y as 'X, a village of Y' does: X is the scene, in Y's division."""
    low, n, caps, pos = doc_lowers(doc), len(doc), _caps(doc), doc_pos(doc)
    if first < 1 or low[first - 1] not in CONTAINED_PREPS or j + 1 >= n or low[j] != "in":
        return None
    if first >= 2 and caps[first - 2] and not doc_opens_sentence(doc)[first - 2]:
        return None  # 'Forces at Risk in Strikes': a title-case headline, whose every word is capitalised
    span = _name_span_at(doc, j + 1)
    if span is None or gaz.lookup(doc[first:j].text, countries, "city", loose=False):
        return None
    if low[j - 1] in FACILITY_NOUNS or any(
        pos[k] != "PROPN" for k in (*range(first, j), *range(*span)) if caps[k]
    ):
        return (
            None  # 'the Salem Mosque in Y' is a site of Y (read as such elsewhere); 'Advances in Y' no name
        )
    container = gaz.best(doc[span[0] : span[1]].text, countries, "city")
    if container is None or container.kind not in ("city", "admin1"):
        return None
    if countries and container.country not in countries:
        return None  # 'in X in Y' with Y a namesake abroad says nothing of X
    return container, span


#: Words of a time that may stand between an opening 'In X' and its comma ('In X on Sunday,').
DAY_WORDS = frozenset(("on", "last", "this", "early", "late", "overnight", "at"))
#: Words between 'X, a' and the settlement noun of its apposition ('X, a small farming village').
APPOSITION_REACH = 3


def _listed_settlement(doc: Doc, first: int) -> bool:
    """doc[first] opens a list after 'including' (``LIST_OPENERS``) whose plural settlement noun
    stands earlier in the clause ('raided several villages in Borno, including X and Y'): the names
    listed are settlements, whether or not the gazetteer knows them."""
    low = doc_lowers(doc)
    opener = next((o for o in LIST_OPENERS if tuple(low[max(0, first - len(o)) : first]) == o), None)
    if opener is None:
        return False
    k = first - len(opener) - 1
    stop = max(0, k - LIST_NOUN_REACH_TOKENS)
    while k >= stop and low[k] not in (".", ";", ":"):
        if low[k] in TOWN_NOUNS and low[k].endswith("s"):
            return True
        k -= 1
    return False


#: Names a list after a bare settlement noun may hold before doc[i] ('villages A, B and C').
BARE_LIST_NAMES = 5


def _bare_settlement_noun(doc: Doc, i: int) -> int | None:
    """The lower-case settlement noun right before the name at doc[i], or before the list of names
    it ends ('the village Kelumbu', 'villages A, B and C', 'barangay X'), else None: the noun
    introduces the names as 'the village of X' does. Read on the words, not the parse, which often
    hangs such a list on the noun before ('houses in villages A and B'). Not a time ('the camp
    Saturday'), a title ('the village Chief') or a common noun."""
    texts, pos, low, caps = doc_token_texts(doc), doc_pos(doc), doc_lowers(doc), _caps(doc)
    k = i - 1
    for _ in range(BARE_LIST_NAMES):
        if k < 1 or low[k] not in (",", "and"):
            break
        k -= 1
        while k >= 1 and (caps[k] or low[k] in CONNECTORS) and pos[k] == "PROPN":
            k -= 1
    if k < 0 or low[k] not in BARE_SETTLEMENT_NOUNS or texts[k] != low[k] or pos[k] != "NOUN":
        return None
    name = doc[k + 1]
    if (
        _speaker_name(doc, i)
        or _agency_named(doc, i, _caps_end(doc, i))
        or not caps[k + 1]
        or pos[k + 1] != "PROPN"
        or name.ent_type_ in ("DATE", "TIME", "NORP")
        or name.lower_ in PERSON_TITLES
        or name.lower_ in ORG_HEADS
    ):
        return None
    return k


def _caps_end(doc: Doc, i: int) -> int:
    """Where the run of capitals (and the small words inside names) from doc[i] ends."""
    caps, low = _caps(doc), doc_lowers(doc)
    k = i
    while k < len(doc) and (caps[k] or low[k] in CONNECTORS):
        k += 1
    return k


def _speaker_name(doc: Doc, i: int) -> bool:
    """The run of capitals from doc[i] is followed by a verb of speech ('... camps Samira said',
    'the city Jandalai told AFP'): a speaker named where the text's commas were lost, no place."""
    k = _caps_end(doc, i)
    return k < len(doc) and doc_lemmas(doc)[k] in SPEECH_VERBS


def _one_entity(doc: Doc, ents: list[Span | None], i: int, j: int) -> bool:
    """doc[i:j] is no part of a longer entity's name ('Need' of 'Aid to the Church in Need'); an
    entity the tagger ran on over small words ('Sakaldih in') does not count."""
    caps = _caps(doc)
    return all(
        e is None or not any(caps[k] for k in (*range(e.start, i), *range(j, e.end))) for e in ents[i:j]
    )


def _between_places(doc: Doc, k: int) -> bool | None:
    """doc[k] is 'between' on a way noun ('the road between X and Y': True) or on a word of a
    violent event ('ambushed between X and Y': False); None otherwise ('talks between A and B').
    The names it joins are the places the way runs between (the event is near the first)."""
    h = doc_heads(doc)[k]
    if h == k:
        return None
    lemma = doc_lemmas(doc)[h]
    if doc_lowers(doc)[h] in WAY_NOUNS or lemma in WAY_NOUNS:
        return True
    return False if lemma in EVENT_LEMMAS else None


def _site_head(doc: Doc, prep: int) -> int | None:
    """The word a preposition hangs on, through a 'located'/'situated' participle ('a base
    located at X': the base), or None for a root preposition."""
    heads, lemmas = doc_heads(doc), doc_lemmas(doc)
    h = heads[prep]
    if h == prep:
        return None
    if (lemmas[h] in LOCATED_WORDS or doc_lowers(doc)[h] in LOCATED_WORDS) and heads[h] != h:
        h = heads[h]
    return h


def _site_scene(doc: Doc, i: int, j: int, ents: list[Span | None]) -> bool:
    """doc[i:j], a name of proper nouns, is the object of a preposition on a site ('their position at
    X', 'a bar at X', 'cattle camps around X', 'the base located at X') or of 'at' on a word of a
    violent event that takes no target through it ('killed at X', not 'shot at X'): where the site
    stands or the event happened, whatever the tagger took the name for (a person, nothing)."""
    if any(e is not None and e.label_ in ("NORP", "DATE", "TIME", "MONEY", "PERCENT") for e in ents[i:j]):
        return False
    if not _one_entity(doc, ents, i, j) or _speaker_name(doc, i) or _agency_named(doc, i, j):
        return False
    if actor_named(_span_key(doc, i, j)[1]):
        return False  # 'positions at Hezbollah': who holds the site
    heads, deps, low, lemmas = doc_heads(doc), doc_deps(doc), doc_lowers(doc), doc_lemmas(doc)
    pos, texts, caps = doc_pos(doc), doc_token_texts(doc), _caps(doc)
    if any(pos[k] != "PROPN" or low[k] in ORG_HEADS for k in range(i, j) if caps[k]):
        return False
    if (i > 0 and caps[i - 1]) or (j < len(doc) and (caps[j] or low[j] in ("'s", "’s"))):
        return False  # part of a longer run of capitals, or an owner ('at Ahmed's house')
    t = _list_head(deps, heads, span_root(doc, i, j))
    prep = heads[t]
    if deps[t] != "pobj" or texts[prep] != low[prep] or low[prep] not in SCENE_PREPS | {"at"}:
        return False
    if ((e := ents[t]) is not None and e.label_ == "NORP") or (j < len(doc) and pos[j] == "NOUN"):
        return False  # 'in the Georgian and Abkhaz villages': peoples' words before a noun
    h = _site_head(doc, prep)
    if h is None:
        return False
    if low[h] in SITE_NOUNS or low[h] in FACILITY_NOUNS or low[h] in TOWN_NOUNS:
        return True
    if deps[h] == "dobj" and heads[h] != h and lemmas[heads[h]] in EVENT_LEMMAS:
        h = heads[h]  # 'shot dead a robber at X': the parser hangs 'at' on the victim
    if low[prep] != "at" or lemmas[h] not in EVENT_LEMMAS:
        return False
    # 'shot at X' aims at X; 'shot dead a shopkeeper at X', 'fired rockets at X' name the scene
    return lemmas[h] not in TARGET_AT_VERBS or any(
        deps[k] == "dobj" and heads[k] == h for k in range(max(0, h - 8), prep)
    )


def _story_place_word(doc: Doc, i: int, j: int, gaz: Gazetteer, countries: Sequence[str]) -> bool:
    """A capitalised word of doc[i:j] is a country's name, a direction or a place of the story's
    countries ('Eastern Ghouta Douma', 'Idlib Syria'): words run together, not one name."""
    caps, low = _caps(doc), doc_lowers(doc)
    for k, t in enumerate(doc_token_texts(doc)[i:j], start=i):
        if not caps[k]:
            continue
        if low[k] in REGION_PART_WORDS or low[k] in DIRECTIONS or gaz.country(t) is not None:
            return True
        if t.endswith("s") and gaz.country(t[:-1]) is not None:
            return True  # 'Syrias Damascus': a possessive whose apostrophe was lost
        if any(p.country in countries for p in gaz.lookup(t, countries, "city", loose=False)[:1]):
            return True
    return False


def _agency_named(doc: Doc, i: int, j: int) -> bool:
    """A word of doc[i:j] is a news agency's or a section's ('Monitor Reuters' of a headline run on
    into its credit line): no place's name."""
    return any(t.upper() in LATE_DATELINE_NOT for t in doc_token_texts(doc)[i:j])


def _struck_object(doc: Doc, i: int, j: int) -> bool:
    """doc[i:j] is the direct object of a verb that strikes a place ('a shell hit X', 'gunmen
    raided X'; ``PLACE_STRIKE_VERBS``): with a place's entity label, it is the place struck. Not a
    speaker run on ('fighting the PKK Khalil said') nor an armed group's name ('hit Qaeda')."""
    t = span_root(doc, i, j)
    h = doc_heads(doc)[t]
    if doc_deps(doc)[t] != "dobj" or h == t or doc_lemmas(doc)[h] not in PLACE_STRIKE_VERBS:
        return False
    text, key = _span_key(doc, i, j)
    return not _speaker_name(doc, i) and not _agency_named(doc, i, j) and not actor_named(key)


def _comma_after_day(doc: Doc, j: int) -> bool:
    """A comma follows doc[:j], at once or after a time ('In X on Sunday,', 'In X last week,')."""
    low, n = doc_lowers(doc), len(doc)
    k = j
    while (
        k < n
        and k - j <= 5
        and low[k] != ","
        and (low[k] in DAY_WORDS or doc[k].ent_type_ in ("DATE", "TIME"))
    ):
        k += 1
    return k < n and low[k] == ","


def _settlement_apposition_end(doc: Doc, j: int) -> int | None:
    """Index after the settlement noun of an apposition to doc[:j] ('X, a village in ...', 'X, a
    small farming town ...', 'X, the main town of Y'), or None."""
    low, n = doc_lowers(doc), len(doc)
    if j + 2 >= n or low[j] != "," or low[j + 1] not in ("a", "an", "the"):
        return None
    for k in range(j + 2, min(n, j + 2 + APPOSITION_REACH)):
        if low[k] in TOWN_NOUNS:
            # 'X, the main town of Y district': with 'the', only a settlement of a named place
            # says what X is ('X, the town' alone may point back to another place)
            return k + 1 if low[j + 1] != "the" or (k + 1 < n and low[k + 1] == "of") else None
        if low[k] in PART_NOUNS and k + 2 < n and low[k + 1] in CONTAINER_PREPS and _caps(doc)[k + 2]:
            # 'X, a quarter of Y', 'X, a poor neighbourhood in Y': a part of a named place is a
            # place as a village is; not 'Ali, a district official', where no place follows
            return k + 1
        if not doc[k].is_alpha:
            return None
    return None


def _located_after(doc: Doc, j: int) -> bool:
    """A comma after doc[:j] opens a distance or a direction from another place ('X, about 40 km
    north of Y', 'X, 30 km from Y', 'X, just south of Y'): the name before it is a place."""
    return locator_end(doc, j) is not None


def locator_end(doc: Doc, j: int, *, measured: bool = False) -> int | None:
    """Where the reference place's name may start when a comma after doc[:j] opens a distance or a
    direction from it ('X, about 40 km north of Y', 'X, 30 km from Y', 'X, south of Y'), else None;
    with ``measured`` only a distance in numbers counts. Y only says where X lies: the event
    extractor reads X as the scene, never Y, when the text gives how far Y is."""
    low, n = doc_lowers(doc), len(doc)
    k = j
    if k + 2 >= n or low[k] != ",":
        return None
    k += 1
    if low[k] in APPROXIMATE_WORDS:
        k += 1
    if k + 1 < n and doc[k].like_num and low[k + 1] in DISTANCE_UNITS:
        k += 2
        if k < n and low[k] == "(":
            while k < n and low[k] != ")" and k - j < DIRECTION_REACH:
                k += 1
            k += 1
        if k < n and low[k] in ("from", "outside"):
            return k + 1
    elif measured:
        return None
    return k + 2 if k + 1 < n and low[k] in DIRECTIONS and low[k + 1] == "of" else None


def _opening(doc: Doc, k: int) -> bool:
    """doc[k] opens its sentence, or follows only a linking adverb that does ('Elsewhere, in X,',
    'Meanwhile in X,', 'And in X,'): a phrase there sets the scene of what the sentence tells."""
    opens, pos, low = doc_opens_sentence(doc), doc_pos(doc), doc_lowers(doc)
    if opens[k]:
        return True
    a = k - 1 if k >= 1 and low[k - 1] == "," else k
    return a >= 1 and opens[a - 1] and pos[a - 1] in ("ADV", "CCONJ")


def _measured_before(low: list[str], d: int) -> bool:
    """A distance ends just before the direction word low[d] ('25 km north', '40 kilometres (25
    miles) north'): a number in digits, then a unit of length."""
    k = d - 1
    if k >= 0 and low[k] == ")":
        while k >= 0 and low[k] != "(":
            k -= 1
        k -= 1
    return k >= 1 and low[k] in DISTANCE_UNITS and any(c.isdigit() for c in low[k - 1])


#: How far back from "town of X" a country may describe the town ("the northern Mozambique
#: border town of X"); the noun phrase ends there anyway.
TOWN_PHRASE_TOKENS = 5
_DETERMINERS = frozenset(("the", "a", "an", "this", "that"))
#: Parts of speech of a capitalised word that opens no unknown place's name.
COMMON_POS = frozenset(("ADJ", "DET", "NUM", "PRON", "ADV", "VERB", "AUX"))
_NOT_IN_PHRASE = frozenset(("ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "PART"))


def _country_before_noun(doc: Doc, noun: int, gaz: Gazetteer) -> str | None:
    """The country named inside the noun phrase of 'the Syrian town of X', 'the northern Mozambique
    town of X', "Mali's border town of X": where X is, whatever other country has an X."""
    low, texts = doc_lowers(doc), doc_token_texts(doc)
    start = noun
    pos = doc_pos(doc)
    while start > 0 and noun - start < TOWN_PHRASE_TOKENS and low[start - 1] not in _DETERMINERS:
        if texts[start - 1] in (",", ";", ":", "(", ")", ".") or pos[start - 1] in _NOT_IN_PHRASE:
            break  # 'by Russian Air Force in Town of X': the phrase starts after 'in'
        start -= 1
    for k in range(start, noun):
        if not _caps(doc)[k]:
            continue
        for e in (k + 2, k + 1):
            if e > noun:
                continue
            text = _span_text(doc, k, e)
            for t in (text, text[:-1] if text.endswith("s") and len(text) > 4 else None):
                if not t:
                    continue  # "Syrias northern town of X": copies that drop the apostrophe
                cc = gaz.demonym(t)
                if cc is None:
                    c = gaz.country(t)
                    cc = c.country if c is not None else None
                if cc is not None:
                    return cc
    return None


def _town_phrase_country(doc: Doc, i: int, gaz: Gazetteer) -> str | None:
    """The country of 'the <country> town of doc[i]...', if that is how it is introduced."""
    low = doc_lowers(doc)
    if i >= 2 and low[i - 1] == "of" and low[i - 2] in TOWN_NOUNS:
        return _country_before_noun(doc, i - 2, gaz)
    return None


def _divisions_first(
    cands: Sequence[Place], countries: Sequence[str], district_word: bool = False
) -> list[Place]:
    """'the X region', 'the province of X', 'X territory': the words name a division, so a
    division called X comes before any town called X, a focus country's division first (a
    first-level one before a district of the same country), then in the gazetteer's order. The
    lookup ranks country before kind ('Borno' stays Nigeria's), which put a small town of the
    focus country ('Donetsk' of Rostov in a story told from Moscow) before the neighbouring
    country's division the words name; and 'territory' or 'county' names a district in some
    countries ('Beni territory' of the DRC, not Bolivia's Beni department): after such a word
    (``district_word``) a focus country's district comes before a province abroad, after a province
    word ('the Donetsk region' in a story told from Moscow) after it. With no division of that
    name, the order stays."""
    order = {c: n for n, c in enumerate(countries)}
    provinces = [p for p in cands if p.kind == "admin1"]
    districts = [p for p in cands if _district(p) and p.country in order]
    home = [p for p in provinces if p.country in order]
    divisions = (home or districts or provinces) if district_word else (provinces or districts)
    if not divisions:
        return list(cands)
    first = min(divisions, key=lambda p: order.get(p.country, len(order)))
    return [first, *(p for p in cands if p is not first)]


def _division_not_country(
    text: str, country: Place, countries: Sequence[str], gaz: Gazetteer
) -> Place | None:
    """The first-level division of another country spelled like the country ``text`` names, for a
    name its division word calls a division ('Niger state' of Nigeria), the story's countries first."""
    for p in gaz.lookup(text, countries, "admin1", loose=False):
        if p.kind == "admin1" and p.country != country.country:
            return p
    return None


def _shared_by_divisions(
    text: str, cands: Sequence[Place], countries: Sequence[str], gaz: Gazetteer
) -> list[Place]:
    """What 'the X regions' names: a curated area or division called X ('the Darfur states'), else the
    first division of the story's countries whose name holds X ('the Juba regions': Middle Juba);
    never a town called X."""
    areas = [p for p in cands if p.kind != "city" and not _district(p)]
    if areas:
        return areas
    for c in countries:
        if (held := gaz.admin1_with_word(text, c)) is not None:
            return [held]
    return []


def _holder_country(doc: Doc, i: int, gaz: Gazetteer) -> str | None:
    """The country of "Pakistan-administered X", "Indian-controlled X" before doc[i], or None: the
    country that holds part of a divided region, whose division of that name is meant."""
    texts, lows = doc_token_texts(doc), doc_lowers(doc)
    if i < 3 or lows[i - 1] not in HOLDER_WORDS or texts[i - 2] != "-" or not _is_cap(texts[i - 3]):
        return None
    name = texts[i - 3]
    code = gaz.demonym(name)
    if code is None and (c := gaz.country(name)) is not None and c.kind == "country":
        code = c.country
    return code


#: A first-level division this many times more populous than the biggest town of its name in its
#: country is what a bare name means, unless the text calls it a town: state names that small
#: villages also bear (Mexico's Tabasco, 200x; Colombia's Narino, 300x; Bihar and Bihar Sharif,
#: 40x) against province seats news name bare (Kherson 9x, Tillaberi 10x, Magway 8x). Set by hand
#: between those two groups.
DIVISION_OVER_TOWN_RATIO = 20


def _division_over_village(cands: Sequence[Place], countries: Sequence[str]) -> Sequence[Place]:
    """A well-known division before a small homonym locality of its country ('fighting in
    Tamaulipas' is the state, not a Chiapas hamlet of that name): the caller's default preference
    for towns is no evidence the text means the hamlet. The division goes first when it is over
    ``DIVISION_OVER_TOWN_RATIO`` times bigger than every town of the name in its country; towns of
    unknown size (curated, population 0) keep their place; so do names outside the story's main
    country ('Daily Sabah' in a Syria story names no Malaysian state)."""
    if not cands or cands[0].kind != "city" or not countries or cands[0].country != countries[0]:
        return cands
    home = cands[0].country
    division = next((p for p in cands if p.kind == "admin1" and p.country == home), None)
    biggest = max((p.population or 0 for p in cands if p.kind == "city" and p.country == home), default=0)
    if division is None or biggest <= 0 or (division.population or 0) < DIVISION_OVER_TOWN_RATIO * biggest:
        return cands
    return [division, *(p for p in cands if p is not division)]


def _pick(cands: Sequence[Place], admin1: str | None, country: str | None) -> Place | None:
    if not cands:
        return None
    if admin1:
        for p in cands:
            if p.admin1 and fold(p.admin1, place=True) == fold(admin1, place=True) and p.kind != "admin1":
                return p
    if country:
        for p in cands:
            if p.country == country:
                return p
    return cands[0]


def _elsewhere(place: Place, ctx: _Context, gaz: Gazetteer) -> bool:
    """The text puts the name in a first-level division the gazetteer knows, and the town found
    lies in another: a homonym, while the place meant is one the gazetteer lacks."""
    if not ctx.admin1 or not place.admin1:
        return False
    if fold(place.admin1, place=True) == fold(ctx.admin1, place=True):
        return False
    return gaz.admin1(ctx.admin1, ctx.country or place.country) is not None


def _possessor_country(doc: Doc, i: int, gaz: Gazetteer) -> str | None:
    """The country of "Syria's Aleppo" (or "Syrias Aleppo", as some copies drop apostrophes)."""
    lows, texts = doc_lowers(doc), doc_token_texts(doc)
    if i >= 2 and lows[i - 1] in ("'s", "’s"):
        name = texts[i - 2]
    elif i >= 1 and texts[i - 1].endswith("s") and _caps(doc)[i - 1] and len(texts[i - 1]) > 4:
        name = texts[i - 1][:-1]
    else:
        return None
    c = gaz.country(name) if not gaz.demonym(name) else None
    return c.country if c is not None else None


def _possessive_country(doc: Doc, k: int, gaz: Gazetteer) -> str | None:
    """The country whose name (one to three capitalised words) ends before the possessive doc[k]
    ("Sierra Leone's"), not a demonym; None otherwise."""
    texts, caps = doc_token_texts(doc), _caps(doc)
    for s in range(k - 1, max(k - 4, -1), -1):
        if not caps[s]:
            return None
        name = " ".join(texts[s:k])
        if gaz.demonym(name):
            return None
        c = gaz.country(name)
        if c is not None and c.kind == "country":
            return c.country
    return None


def _country_possessive_end(doc: Doc, k: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """(index after the possessive, ISO code) when a country's possessive opens doc[k:] and one of
    its first-level divisions follows it with its division word ("Chad's Lac province", "Burkina
    Faso's Sahel region"): the division that tells where a place lies is named after its
    country's possessive, which the caller reads past; None otherwise."""
    low, caps = doc_lowers(doc), _caps(doc)
    for e in range(k + 1, min(k + 4, len(doc) - 1)):
        if low[e] in ("'s", "’s"):
            code = _possessive_country(doc, e, gaz)
            if code is None or not all(caps[s] for s in range(k, e)):
                return None
            end = e + 1
            while end < len(doc) and end - e <= MAX_NAME_TOKENS and (caps[end] or low[end] in CONNECTORS):
                end += 1
            # only a first-level division of that country: 'Burkina Faso's Yagha province' names a
            # province below its region, which must not stand for the place's admin1
            if end == e + 1 or end >= len(doc) or low[end] not in ADMIN1_AFTER:
                return None
            return (e + 1, code) if gaz.admin1(doc[e + 1 : end].text, code) is not None else None
    return None


def _based(doc: Doc, j: int) -> bool:
    """doc[:j] ends a '<Place>-based' or '<Place>-controlled' adjective ('UK-based', 'London - based',
    'Kyiv-controlled', 'Tehran-backed'): it says who controls or backs something, not where."""
    lows, n = doc_lowers(doc), len(doc)
    if j < n and lows[j].startswith(("-", "–")) and lows[j][1:] in DESCRIBING_SUFFIXES:
        return True
    if j < n and lows[j] == "based":
        return _spaces(doc)[j - 1] == ""
    # (a dash's lower case is the dash: read from the same array)
    return j + 1 < n and lows[j] in ("-", "–") and lows[j + 1] in DESCRIBING_SUFFIXES


def _known_word(text: str, gaz: Gazetteer) -> bool:
    """A token's text that is on its own a stop word, country, demonym or division ('Syrias' too)."""
    for t in (text, text[:-1] if text.endswith("s") and len(text) > 4 else text):
        if fold(t, place=True) in gaz.stopwords or gaz.demonym(t) or gaz.country(t):
            return True
        if _country_adjective(t, gaz):
            return True
        if any(p.kind == "admin1" for p in gaz.lookup(t, loose=False)[:1]):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _country_adjective_key(key: str, gaz: Gazetteer) -> bool:
    """``_country_adjective`` on a folded one-word key (cached: asked of every capitalised word
    before a facility noun)."""
    if " " in key or gaz.lookup(key, loose=False):
        return False  # a place of that very name ('Gabiley') is a place
    for end in DEMONYM_ENDINGS:
        stem = key[: -len(end)]
        if not key.endswith(end) or len(stem) < DEMONYM_MIN_STEM:
            continue
        if any(gaz.country(stem + tail) for tail in ("", *DEMONYM_STEM_TAILS)):
            return True
    return False


def _country_adjective(text: str, gaz: Gazetteer) -> bool:
    """Whether ``text`` is shaped as the adjective of a country's people ('Ugandan' of Uganda,
    'Senegalese', 'Haitian'): a country's name, or its stem before one of ``DEMONYM_STEM_TAILS``,
    plus one of ``DEMONYM_ENDINGS``. The demonym table names only some countries' people (a
    demonym there also renames bare organs, 'police' -> 'Ugandan police'); the form alone says the
    word describes people or things of a country, so 'at Ugandan school' has no place 'Ugandan'."""
    return _country_adjective_key(fold(text, place=True), gaz)


def _city_part(doc: Doc, i: int, j: int) -> bool:
    """The part word before doc[i:j] ('eastern Aleppo') divides the town, not the division of its
    name: the town's word follows ('eastern Aleppo city') or the sentence names a city without
    naming which ('the city's hospitals'), unnamed parts or a siege own the phrase ('districts of
    eastern Aleppo', 'the siege of eastern Aleppo'), or a word before it fits only a town
    ('besieged eastern Aleppo')."""
    low = doc_lowers(doc)
    first = _first_conjunct_start(doc, i)
    if first >= 2 and low[first - 2] in CITY_PART_ADJECTIVES:
        return True
    if first >= 3 and low[first - 2] == "of" and low[first - 3] in CITY_PART_OWNERS:
        return True
    if j < len(doc) and low[j] in CITY_PART_WORDS:
        return True
    sent = doc[i].sent
    return any(
        low[k] in CITY_PART_WORDS and (k + 1 >= sent.end or low[k + 1] != "of")
        for k in range(sent.start, sent.end)
    )


@functools.lru_cache(maxsize=1 << 16)
def _region_of_town(text: str, town: Place, part_word: str, gaz: Gazetteer) -> Place:
    """The first-level division a part word before a town's name speaks of: 'rural Damascus' is
    the Damascus countryside (a division of its own where the gazetteer has one), and 'eastern
    Idlib', 'rural Kano' the province or state of the town's name that the town lies in. A town
    with no division of its name stays the town ('eastern Mosul')."""
    if part_word == "rural":
        countryside = gaz.admin1(f"{text} countryside", town.country)
        if countryside is not None:
            return countryside
    region = gaz.admin1(text, town.country)
    if region is None or not town.admin1 or fold(town.admin1, place=True) != fold(region.name, place=True):
        return town
    return region


def _demonym_of(key: str, place: Place) -> bool:
    """Is the folded one-word name ``key`` an adjective of ``place``'s people rather than one of its
    names: 'chechen' of Chechnya (stem 'chech' + 'en'; 'chech' + 'nya'), 'kashmiri' of Kashmir?
    A nationality or regional adjective describes someone; it is never where an event happened."""
    if " " in key:
        return False
    words = fold(place.name, place=True).split()
    if key in words:
        return False
    for end in DEMONYM_ENDINGS:
        stem = key[: -len(end)]
        if key.endswith(end) and len(stem) >= DEMONYM_MIN_STEM:
            if any(w == stem or (w.startswith(stem) and w[len(stem) :] in DEMONYM_STEM_TAILS) for w in words):
                return True
    return False


def _titled_place(doc: Doc, i: int, j: int, ctx: _Context) -> bool:
    """Whether doc[i:j] is a place name of two or more words opened by a title word ('Sheikh
    Zuweid', 'Deir Hafer') after a locative preposition. Such names are transliterated many
    ways, so only their spelling skeleton finds them, and the tagger often calls them persons;
    the title word and the preposition are the support a tagger's place label gives others.
    Tried only in a story with a focus country (whose places alone a loose match may take): a
    text that names none would take a namesake anywhere ('Kafr X' of Egypt for one of Syria)."""
    return j - i > 1 and doc_lowers(doc)[i] in PLACE_TITLE_WORDS and ctx.prep in LOCATIVE_PREPS


def _before_town_noun(doc: Doc, j: int) -> bool:
    """Whether a town noun follows the capitalised name ending at ``j`` ('areas of Aleppo city',
    'Gao town') or a division word ('Sagaing region', which the tagger reads as a verb): the small
    tagger often takes such a name for an adjective of the noun, but the noun says it is a place's name."""
    return j < len(doc) and (doc_lowers(doc)[j] in TOWN_NOUNS or doc_lowers(doc)[j] in DIVISION_AFTER)


def _describes(doc: Doc, i: int, j: int) -> bool:
    """Whether doc[i:j] is used as an adjective or a noun of people: tagged ADJ, before the
    common noun it qualifies ('Chechen fighters') or after an article ('the Kashmiri said').
    A name that merely ends like a demonym of a place is that place where it stands alone as a
    proper noun ('struck Shushi with artillery': Shushi is Shusha, not its people)."""
    pos = doc_pos(doc)
    if pos[i] == "ADJ" or (i > 0 and pos[i - 1] == "DET"):
        return True
    return j < len(doc) and pos[j] == "NOUN"


def _nisba(text: str, key: str, gaz: Gazetteer, countries: Sequence[str]) -> bool:
    """Is ``text`` an Arabic article, then a place's name with an adjective ending ('al-Baghdadi',
    'el-Masri', 'al-Halabi')? Such a nisba is a person's name (Abu Bakr al-Baghdadi) or an
    adjective, never the place: the loose spelling key, which drops vowels, otherwise read it as
    the town. A town of the story's country spelled exactly so stays a town, and the caller
    leaves names in a place pattern ('the village of al-X') alone."""
    parts = re.split(r"[-\s]+", text.lower(), maxsplit=1)
    if len(parts) != 2 or parts[0] not in ARTICLES or " " in key:
        return False
    own = gaz.lookup(text, countries, "city", loose=False)
    if own and countries and own[0].country in countries and fold(own[0].name, place=True) == key:
        return False
    for end in NISBA_ENDINGS:
        stem = key[: -len(end)]
        if not key.endswith(end) or len(stem) < DEMONYM_MIN_STEM:
            continue
        if gaz.country(stem) is not None:
            return True
        found = gaz.lookup(stem, countries, "city", loose=False)
        if found and (
            found[0].kind in ("admin1", "country")
            or found[0].country in countries
            or found[0].population >= NISBA_MIN_POPULATION
        ):
            return True
    return False


@functools.lru_cache(maxsize=1 << 16)
def _similarity(a: str, b: str) -> float:
    """difflib's ratio of two name keys; the same pairs recur across an article's mentions
    (and across articles: kept per process)."""
    return SequenceMatcher(None, a, b).ratio()


_REPEATS = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouyw]")
_FINAL_VOWEL_H = re.compile(r"([aeiou])h\b")
#: Letter pairs one sound spells in transliteration (as geo.fold's skeleton maps them).
_ONE_SOUND = (("dh", "z"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ph", "f"), ("ch", "k"))


@functools.lru_cache(maxsize=1 << 16)
def _consonant_frame(key: str) -> str:
    """A folded name's consonants in order, letters doubled in the spelling written once but
    consonants a vowel separates kept apart: 'Umm Kadada' = 'Um Kaddadah' (umkdd), while
    'Kyaukmyaung' (kkmng) is no 'Kha Maung' (kmng), whose skeleton it shares only because the
    skeleton drops the vowel between its two k's before merging them."""
    s = _FINAL_VOWEL_H.sub(r"\1", " ".join(w for w in key.split() if w not in ARTICLES)).replace(" ", "")
    s = _REPEATS.sub(r"\1", s)
    for a, b in _ONE_SOUND:
        s = s.replace(a, b)
    s = s.replace("q", "k").replace("c", "k")
    return s[:1] + _VOWELS.sub("", s[1:])


def _close(key: str, place: Place, ctx: _Context) -> bool:
    """A skeleton match that also looks like the name, keeps apart the consonants a vowel separates
    in it (``_consonant_frame``) and fits the admin1/country the text gives."""
    if ctx.admin1 and place.admin1 and fold(place.admin1, place=True) != fold(ctx.admin1, place=True):
        return False
    if ctx.country and place.country and place.country != ctx.country:
        return False
    asked, found = (
        _consonant_frame(_one_title(key)),
        _consonant_frame(_one_title(fold(place.name, place=True))),
    )
    if asked != found and _REPEATS.sub(r"\1", asked) == _REPEATS.sub(r"\1", found):
        return False  # they differ only by a consonant the skeleton merged across a vowel
    floor = LOOSE_MIN_SIMILARITY if transliterated(place.country) else LATIN_LOOSE_MIN_SIMILARITY
    return _similarity(_one_title(key), _one_title(fold(place.name, place=True))) >= floor


def _one_title(key: str) -> str:
    """A folded name with its opening title word in one spelling ('shaykh zuwayd' -> 'sheikh
    zuwayd'): the title's spelling says nothing of which place is meant, and its vowels
    would otherwise weigh as much as the name's own in the similarity."""
    head, _, rest = key.partition(" ")
    canon = PLACE_TITLE_WORDS.get(head)
    return f"{canon} {rest}" if canon and rest else key


def _hyphen_tail(doc: Doc, i: int) -> bool:
    """doc[i] ends a hyphenated word ('Centre-North'): a hyphen glued to it and to a capitalised
    word before. ('Damascus-Aleppo highway' joins two names: its tail is a place when the article's
    countries have it.)"""
    if i < 2 or doc_token_texts(doc)[i - 1] not in ("-", "\u2010", "\u2011"):
        return False
    spaces = _spaces(doc)
    return not spaces[i - 2] and not spaces[i - 1] and _caps(doc)[i - 2]


def _admin1_in_after(doc: Doc, j: int, gaz: Gazetteer, countries: Sequence[str]) -> str | None:
    """The folded first-level division of "X in Y" when the name Y right after "in" is one the
    gazetteer knows as a division of the article's main country ('Tambu in Cauca'), else None."""
    low, caps = doc_lowers(doc), _caps(doc)
    if not countries or j + 1 >= len(doc) or low[j] != "in" or not caps[j + 1]:
        return None
    e = j + 1
    while e < len(doc) and e - j - 1 < MAX_NAME_TOKENS and caps[e]:
        e += 1
    a = gaz.admin1(doc[j + 1 : e].text, countries[0])
    return fold(a.name, place=True) if a is not None else None


def _division_named_after(doc: Doc, j: int, gaz: Gazetteer) -> str | None:
    """The first-level division of "X in Y" when the name Y right after "in" is one the gazetteer
    knows as a division of any country ('outside Beni in North Kivu'): of two namesakes, the town
    in Y is meant, not a division of that name abroad, whatever the article's countries."""
    low, caps = doc_lowers(doc), _caps(doc)
    if j + 1 >= len(doc) or low[j] != "in" or not caps[j + 1]:
        return None
    e = j + 1
    while e < len(doc) and e - j - 1 < MAX_NAME_TOKENS and caps[e]:
        e += 1
    a = gaz.admin1(doc[j + 1 : e].text)
    return a.name if a is not None else None


def _focus_placed(doc: Doc, countries: Sequence[str]) -> bool:
    """The main focus country is named otherwise than by a nationality adjective (a town, a province,
    its own name), or was handed over by a caller that knows it."""
    stored = doc.user_data.get(FOCUS_KEY)
    if stored is None or stored[0][:1] != tuple(countries[:1]):
        return True
    return countries[0] in stored[3]


def _far_homonym(
    text: str, place: Place, ctx: _Context, countries: Sequence[str], clear: bool, gaz: Gazetteer
) -> bool:
    """A town the context puts elsewhere ('the Arish district of Aden'); a settlement a pattern
    introduces ('the village of X') outside the article's country and its neighbours; or a town
    of a country the article never names not big enough to be news on its name (when the
    article's focus is unsure, only one that an alias spells)."""
    if not countries:
        return False
    if ctx.country is not None and place.kind in ("city", "admin1"):
        # 'Tripoli, Lebanon' stays Lebanese; 'the Ruritanian town of Victoria' is no Australian state
        return ctx.country != place.country
    if place.kind != "city":
        return False
    if ctx.pattern in ("town", "part", "district", "admin1") and place.country not in gaz.neighbours(
        countries[0]
    ):
        # 'the village of al-Sabha' in a Syria story is no Libyan town; 'Kani township' in a Myanmar
        # story no Japanese city: a division word names a division of the story's country
        return True
    if place.country in countries:
        return False
    if (
        not clear
        and fold(text, place=True) == fold(place.name, place=True)
        and (place.country in gaz.neighbours(countries[0]) or not _focus_placed(ctx.doc, countries))
    ):
        # a town's own name in a story whose focus is unsure: kept across the border, or when only
        # a nationality adjective made the focus ('Russian jets struck X'); a homonym farther away
        # loses to an unknown place of a country the story places things in ('Sultanpur' of a story
        # that names Jalalabad is no town of India)
        return False
    if gaz.across_border(text, countries[0]) == place.country:
        return False  # the other side's spelling of a frontline town ('Nikolaev' for Mykolaiv)
    if fold(text, place=True) != fold(
        place.name, place=True
    ):  # an alias ('Tank' of India's Tonk): weaker evidence
        if (
            clear
            and not _country_named(ctx.doc, place.country)
            and place.country not in gaz.neighbours(countries[0])
            and capital_of(place.country or "", gaz) != place
        ):
            # 'Danan' in a clear Ethiopia story is no Da Nang: a look-alike spelling carries no event to
            # a country the text never names, however big the town abroad (its capital aside)
            return True
        return place.population < FOREIGN_MIN_POPULATION_ALIAS
    return place.population < FOREIGN_MIN_POPULATION


def _near_named(country: str | None, named: set[str], gaz: Gazetteer) -> bool:
    """``country`` is one the text names, or borders one it names ('Khan Younis' spelled so in a
    story that names only Israel), or the text names none: a look-alike spelling of a town there
    may say where the story is; one of a country far from all it names ('Danan' of Da Nang in an
    Ethiopia story) may not."""
    return not named or country in named or any(country in gaz.neighbours(c) for c in named)


def _country_named(doc: Doc, country: str | None) -> bool:
    """The text names ``country`` itself (its name, its people, a border with it, an armed group of
    it), as ``focus_countries`` found; True when that was not worked out for this Doc."""
    stored = doc.user_data.get(FOCUS_KEY)
    if stored is None or len(stored) < 5:
        return True
    return country in stored[4]


def _province_named(doc: Doc, place: Place) -> bool:
    """The text names the province ``place`` lies in: a district the index lacks is read as a
    look-alike district only there ('Al-Ferdous district' is Aleppo's Al-Fardous in an Aleppo
    story), else it keeps the text's name ('Al-Arish district' of Aden is no district of Al Bayda)."""
    return (
        bool(place.admin1) and f" {fold(place.admin1, place=True)} " in f" {fold(doc_text(doc), place=True)} "
    )


def _settlement_said(ctx: _Context) -> bool:
    """A settlement noun introduces the name ('the village of X') or stands in apposition to it ('X,
    the main town of Y'): the text says it is a place, whatever entity the tagger took it for."""
    return ctx.introduced or ctx.appositive or ctx.way is True


def _district(place: Place) -> bool:
    """A GeoNames district (second-level division) in its province: a 'region' with an id and an
    admin1; the curated news regions ('Donbas', 'Eastern Ghouta') have no id."""
    return place.kind == "region" and place.geonameid is not None and place.admin1 is not None


def _town_or_district(place: Place) -> bool:
    """A place an unlisted village named with it lies in or by, whose coordinates it may borrow
    ('the village of X in Y district'): a town, or a district (placed at its towns or its seat)."""
    return place.kind == "city" or _district(place)


def _hint_for(place: Place | None, ctx_hint: str | None) -> str:
    if place is not None and place.kind == "country":
        return "country"
    if place is not None and place.kind == "admin1":
        return "admin1"
    if place is not None and place.kind == "region" and ctx_hint == "admin1":
        return "near"  # 'Beni territory': a district, smaller than the province the word suggests
    if ctx_hint:
        return ctx_hint
    if place is not None and place.kind in ("region", "water"):
        return "near"
    return "exact"


def find_places(doc: Doc, gazetteer: Gazetteer, countries: Sequence[str] = ()) -> list[PlaceMention]:
    """Every place name in ``doc``, in text order.

    ``countries`` are the article's focus countries (ISO alpha-2, most central
    first); they settle homonyms (Tripoli in Lebanon or Libya). When empty they
    are worked out with ``focus_countries``.
    """
    gaz = gazetteer
    countries = tuple(countries) or tuple(focus_countries(doc, gaz))
    clear = _focus_is_clear(doc, countries)
    ents = _ent_at(doc)
    dl_start, dl_end = _dateline_span(doc)
    out: list[PlaceMention] = []
    taken: set[int] = set()
    told: set[int] = set()  # mentions whose own words say where they are ('X, Y province')
    offsets, texts, caps, lows, pos = (
        doc_token_offsets(doc),
        doc_token_texts(doc),
        _caps(doc),
        doc_lowers(doc),
        doc_pos(doc),
    )  # read per token below: a Span or Token per test was most of this function's time
    spaces = _spaces(doc)
    filed = None if countries else _dateline_town_country(doc, gaz, (dl_start, dl_end))
    compounds = _known_compounds(doc, gaz)  # 'Kurgan-Tyube' is not read as 'Kurgan' and 'Tyube'

    def emit(i: int, j: int, place: Place | None, ctx: _Context, source: str) -> None:
        if place is None and ctx.pattern == "district" and j < len(doc) and lows[j] in DISTRICT_WORDS:
            j += 1  # a district the gazetteer lacks keeps its word: 'Tabayin Township' is its name
        start_char, end_char = offsets[i], offsets[j - 1] + len(texts[j - 1])
        admin1 = ctx.admin1
        if place is not None and place.kind in ("city", "base", "region") and place.admin1:
            admin1 = admin1 or place.admin1
        out.append(
            PlaceMention(
                start_char=start_char,
                end_char=end_char,
                text=_span_text(doc, i, j),
                token_start=i,
                token_end=j,
                place=place,
                precision_hint=_hint_for(place, ctx.hint),
                preposition=ctx.prep,
                admin1_context=ctx.admin1,
                # An unknown name is taken to lie in the article's main focus country, else (a
                # story that names none) in the country of the town it was filed from.
                country_context=ctx.country
                or (place.country if place else (countries[0] if countries else filed)),
                dateline=(dl_start <= start_char and end_char <= dl_end)
                or any(a <= start_char and end_char <= b for a, b in _paragraph_datelines(doc)),
                source=source,
                role="border"
                if place is not None and place.kind == "country" and _border_named(lows, i, j)
                else _role(doc, i, j),
                loose=ctx.loose and place is not None,
            )
        )
        if ctx.admin1 is not None or ctx.country is not None:
            told.add(start_char)
        taken.update(range(i, j))

    for c0, c1 in _and_named(doc, _chunks(doc), gaz):
        i = c0
        while i < c1:
            if not (caps[i] or _article_start_in(lows, texts, spaces, caps, i)) or lows[i] == "the":
                i += 1
                continue
            j = _street_end(doc, i, c1)
            if j is not None and not _road_to_town(doc, i, j, gaz, countries, ents):
                ctx = _Context(doc, i, j, gaz, countries)
                ctx.pattern, ctx.hint, ctx.prefer = "part", "near", "city"
                emit(i, j, None, ctx, "pattern")
                i = j
                continue
            if (j := _told_site_end(doc, i, c1, gaz, countries, ents, (dl_start, dl_end), clear)) is not None:
                # 'Zari Market, southern Kunar': a site the gazetteer lacks whose own words say in
                # which division it lies; its name is the place (its town), part of that division
                ctx = _Context(doc, i, c1, gaz, countries)
                ctx.pattern, ctx.hint, ctx.prefer = "part", "near", "city"
                emit(i, j, None, ctx, "pattern")
                i = c1
                continue
            if (
                c1 < len(doc)
                and lows[c1] in FACILITY_NOUNS
                and not caps[c1]
                and all(pos[k] == "PROPN" for k in range(i, c1) if caps[k])
                and not any(_known_word(texts[k], gaz) for k in range(i, c1) if caps[k])
                and not any((e := ents[k]) is not None and e.label_ in SITE_NOT_LABELS for k in range(i, c1))
                and _match(doc, i, c1, gaz, countries, ents, (dl_start, dl_end), clear) is None
            ):
                # 'the El Tobogan restaurant': a site the gazetteer lacks, part of its town
                ctx = _Context(doc, i, c1 + 1, gaz, countries)
                ctx.pattern, ctx.hint, ctx.prefer = "part", "near", "city"
                emit(i, c1, None, ctx, "pattern")
                i = c1
                continue
            if (
                i == c0
                and _named_site_end(doc, i, c1, gaz, countries, ents)
                and not isinstance(_match(doc, i, c1, gaz, countries, ents, (dl_start, dl_end), clear), tuple)
            ):
                # 'X refugee camp', 'the X border crossing': a site the gazetteer lacks named before
                # its noun, where the noun's phrase places something, and that no other reading finds
                # (a known place, a loose spelling of one, or its own words: 'X tehsil of Y'); the name
                # is the place (a settlement's noun makes it one: precision 'exact')
                ctx = _Context(doc, i, c1, gaz, countries)
                settled = (
                    doc_lowers(doc)[_site_noun(doc, c1) or c1] in SETTLEMENT_NOUNS | BARE_SETTLEMENT_NOUNS
                )
                ctx.pattern, ctx.hint, ctx.prefer = (
                    ("town", "exact", "city") if settled else ("part", "near", "city")
                )
                emit(i, c1, None, ctx, "pattern")
                i = c1
                continue
            j = _feature_end(doc, i, c1)
            if j is not None and (
                feature := _unknown_feature(doc, i, j, gaz, countries, ents, (dl_start, dl_end), clear)
            ):
                # 'the Sambisa forest' the gazetteer lacks is that forest, not a town spelled near it;
                # 'the Kodori gorge' lies where its namesake village does
                ctx = _Context(doc, i, j, gaz, countries)
                ctx.pattern, ctx.hint, ctx.prefer = "part", "near", "city"
                if isinstance(feature, Place):
                    ctx.country, ctx.admin1 = feature.country, ctx.admin1 or feature.admin1
                emit(i, j, None, ctx, "pattern")
                i = max(j, c1)
                continue
            j = _base_end(doc, i, c1)
            if j is not None:
                res = _match(doc, i, j, gaz, countries, ents, (dl_start, dl_end), clear)
                if res is None or (res != "skip" and (res[0] is None or res[0].kind != "base")):
                    # 'Bagram Air Base' the gazetteer lacks is that base, not a town like 'Bagram'
                    ctx = _Context(doc, i, j, gaz, countries)
                    ctx.pattern, ctx.hint, ctx.prefer = "part", "near", "base"
                    emit(i, j, None, ctx, "pattern")
                    i = j
                    continue
            j = _class_name_end(doc, i, c1)
            if (
                j is not None
                and _class_name_placed(doc, i, j, ents)
                and (
                    _class_name_known(doc, i, j, gaz, countries) is not None
                    or not _named_after_town(doc, i, j, gaz, countries, ents, (dl_start, dl_end), clear)
                )
            ):
                # 'Point Salines', 'Logan Town', 'Giwa barracks': the class word is a word of the
                # name, read whole; its pieces are never looked up alone (each may spell a namesake
                # far away), and a whole the gazetteer lacks is a place of its own, as written
                res = _match(doc, i, j, gaz, countries, ents, (dl_start, dl_end), clear)
                if res != "skip":
                    if res is not None and res[0] is not None and not _class_word_dropped(doc, i, j, res[0]):
                        emit(i, j, res[0], res[1], res[2])
                    else:
                        ctx = (
                            res[1]
                            if res is not None and res[0] is None
                            else _Context(doc, i, j, gaz, countries)
                        )
                        whole = _class_name_known(doc, i, j, gaz, countries)
                        if whole is None and (ctx.pattern is None or ctx.pattern == "near"):
                            ctx.pattern, ctx.prefer = "part", "city"
                            ctx.hint = ctx.hint or _class_hint(doc, i, j)
                        emit(i, j, whole, ctx, "pattern" if whole is None else "gazetteer")
                i = j
                continue
            matched = False
            for j in range(min(c1, i + MAX_NAME_TOKENS), i, -1):
                if not caps[j - 1] or _cuts_compound(compounds, (c0, c1), i, j):
                    continue
                if _quoted_in(texts, i, j):
                    i, matched = j, True
                    break
                res = _match(doc, i, j, gaz, countries, ents, (dl_start, dl_end), clear)
                if res is None:
                    continue
                if res == "skip":
                    i, matched = j, True
                    break
                place, ctx, source = res
                if _piece_abroad(doc, i, j, (c0, c1), place, gaz, countries):
                    # 'Mountain' of 'Mountain View' is no province abroad: the run is one name,
                    # kept whole where it stands as a place, as a class-word name the index lacks
                    whole = _Context(doc, c0, c1, gaz, countries)
                    if whole.prep in LOCATIVE_PREPS:
                        whole.pattern, whole.hint, whole.prefer = "part", "exact", "city"
                        emit(c0, c1, None, whole, "pattern")
                    i, matched = c1, True
                    break
                emit(i, j, place, ctx, source)
                if ctx.parent is not None:
                    _attach_parent(out, doc, ctx.parent, gaz, countries)
                i, matched = j, True
                break
            if not matched:
                i += 1
    out.sort(key=lambda m: m.start_char)
    out = _one_sense(out, told)
    out = _list_shares_place(doc, out, told)
    out = _territory_named(doc, out, gaz)
    # the article's places read with its own division first; a name repeated takes its first told
    # mention's reading again once that one's district has been re-read ('the Gangaloor area')
    out = _one_sense(_by_region(doc, out, told, gaz, countries), told)
    out = _road_ends(doc, _tie_unknown(doc, out, gaz))
    return capital_mentions(doc, out, gaz, countries, clear, lambda i, j: _role(doc, i, j))


def _territory_named(doc: Doc, out: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """'near Smara in Western Sahara': a town the gazetteer files under the country holding a
    disputed territory (``TERRITORY_HOLDERS``) is the territory's when the text names the territory
    right after it; its coordinates and division stay."""
    low, caps, n = doc_lowers(doc), _caps(doc), len(doc)
    result = list(out)
    for k, m in enumerate(out):
        if m.place is None or m.dateline or m.place.kind not in ("city", "region"):
            continue
        e = m.token_end
        while e < n and e - m.token_end < TERRITORY_REACH and low[e] in TERRITORY_WORDS:
            e += 1
        if e == m.token_end or e >= n or not caps[e]:
            continue
        end = e
        while end < n and end - e < 3 and caps[end]:
            end += 1
        territory = gaz.country(doc[e:end].text)
        if territory is None or (territory.country, m.place.country) not in TERRITORY_HOLDERS:
            continue
        result[k] = replace(
            m, place=replace(m.place, country=territory.country), country_context=territory.country
        )
    return result


#: Words that join the names of one list ('the villages of A and B in Y', 'A, B and C').
LIST_JOINERS = frozenset((",", "and", "or", "&"))


def _list_shares_place(doc: Doc, out: list[PlaceMention], told: set[int]) -> list[PlaceMention]:
    """'between the villages of A and B in Y department': the words after the last name of a list say
    where all of them lie, so an unlisted A with no place of its own takes B's division and country
    (not the story's main country: a village of Benin in a story that also tells of Niger)."""
    low = doc_lowers(doc)
    result = list(out)
    for k in range(len(out) - 2, -1, -1):
        m, o = result[k], result[k + 1]
        if m.place is not None or m.admin1_context is not None or m.start_char in told or m.dateline:
            continue
        gap = low[m.token_end : o.token_start]
        if not gap or len(gap) > 2 or not all(w in LIST_JOINERS for w in gap):
            continue
        if (
            o.start_char not in told
            or o.admin1_context is None
            or (o.place is not None and o.place.kind != "city")
        ):
            continue
        result[k] = replace(m, admin1_context=o.admin1_context, country_context=o.country_context)
        told.add(m.start_char)
    return result


def headline_readings(title: list[PlaceMention], body: list[PlaceMention]) -> list[PlaceMention]:
    """A headline is too short to say which namesake it means, and its article's body says: a name
    the body also reads takes the body's first reading ('Bijapur' of a headline over a story of
    Chhattisgarh's Bijapur district, not Karnataka's bigger Bijapur)."""
    readings: dict[str, PlaceMention] = {}
    for b in body:
        if b.place is not None and not b.dateline and b.place.kind in ("city", "region"):
            readings.setdefault(fold(b.text, place=True), b)
    out = []
    for m in title:
        b = readings.get(fold(m.text, place=True))
        if (
            b is None
            or m.place is None
            or m.place.kind not in ("city", "region")
            or b.place is None
            or b.place.country != m.place.country
            or b.place.admin1 == m.place.admin1
        ):
            out.append(m)
            continue
        out.append(
            replace(m, place=b.place, admin1_context=b.admin1_context, country_context=b.country_context)
        )
    return out


def _road_pair(doc: Doc, a: PlaceMention, b: PlaceMention) -> bool:
    """Whether mentions ``a`` and ``b`` are the two towns a road is named after: 'the Gao-Ansongo
    road' (one joiner between them, a road noun right after) or 'the road from Kabul to
    Jalalabad' (a road noun and an opener before the first, one joiner between them)."""
    low = doc_lowers(doc)
    between = low[a.token_end : b.token_start]
    if len(between) != 1 or between[0] not in ROAD_JOINERS:
        return False
    if b.token_end < len(doc) and low[b.token_end] in INTERCITY_NOUNS and between[0] != "and":
        return True
    s = a.token_start
    return s >= 2 and low[s - 1] in ROAD_OPENERS and low[s - 2] in INTERCITY_NOUNS


def _road_ends(doc: Doc, out: list[PlaceMention]) -> list[PlaceMention]:
    """A road named after two towns is neither town: an event 'on the Gao-Ansongo road' is on
    the road, somewhere between them. It is placed near the first town (the one the road is
    named from, usually the nearer: precision 'near'); the second only says where the road
    leads, so it names no scene (role 'attribute'). Placing it at the second town, as a plain
    reading of the last name before 'road' did, put such events a whole road's length away."""
    res = list(out)
    for k in range(len(res) - 1):
        a, b = res[k], res[k + 1]
        if a.role != "place" or not _road_pair(doc, a, b):
            continue
        hint = "near" if a.precision_hint == "exact" else a.precision_hint
        # 'on the road from X to Y': X stands where the road does, not where someone came from
        road = a.token_start - 2
        opened = road >= 0 and doc_lowers(doc)[road] in INTERCITY_NOUNS
        prep = (_governing_prep(doc, road, road + 1) if opened else None) or a.preposition
        res[k] = replace(a, precision_hint=hint, preposition=prep)
        res[k + 1] = replace(b, role="attribute")
    return res


def _told_site_end(
    doc: Doc,
    i: int,
    c1: int,
    gaz: Gazetteer,
    countries: Sequence[str],
    ents: list[Span | None],
    dateline: tuple[int, int],
    clear: bool,
) -> int | None:
    """End of the name in a capitalised run doc[i:c1] closed by a facility noun ('Zari Market',
    'Bakol Mosque') that the gazetteer lacks and that a comma and a division follow ('..., northern
    Kunar'): the text presents the name as a place of that division. None otherwise."""
    end = c1 - 1
    low = doc_lowers(doc)
    if end <= i or low[end] not in FACILITY_NOUNS or c1 >= len(doc) or low[c1] != ",":
        return None
    caps, pos, texts = _caps(doc), doc_pos(doc), doc_token_texts(doc)
    if not all(pos[k] == "PROPN" for k in range(i, end) if caps[k]):
        return None
    if any(_known_word(texts[k], gaz) for k in range(i, end) if caps[k]):
        return None
    if any((e := ents[k]) is not None and e.label_ in SITE_NOT_LABELS for k in range(i, end)):
        return None
    told = _Context(doc, i, c1, gaz, countries).admin1
    if told is None:
        return None
    res = _match(doc, i, end, gaz, countries, ents, dateline, clear)
    if (
        isinstance(res, tuple)
        and res[0] is not None
        and (res[0].admin1 in (None, told) or res[0].name == told)
    ):
        return None  # a known place of that division: read as before
    # a name taken for a person's is no person's here, and a town of that name in another
    # division is not the one the text places in this one
    return end


def _feature_end(doc: Doc, i: int, end: int) -> int | None:
    """End of a natural feature's name starting at token ``i``, its noun included: 'Kerio Valley'
    (the noun capitalised, inside the run that ends at ``end``) or 'Sambisa forest' (the noun
    right after it); None when no feature noun (``FEATURE_NOUNS``) closes the name."""
    low = doc_lowers(doc)
    if end - i > 1 and low[end - 1] in FEATURE_NOUNS:
        return end
    if end < len(doc) and low[end] in FEATURE_NOUNS and not _caps(doc)[end]:
        return end + 1
    return None


def _unknown_feature(
    doc: Doc,
    i: int,
    j: int,
    gaz: Gazetteer,
    countries: Sequence[str],
    ents: list[Span | None],
    dl: tuple[int, int],
    clear: bool,
) -> bool | Place:
    """Whether the feature doc[i:j] is a place of its own: the gazetteer has neither the whole
    name nor its bare name as a division or water ('the Panjshir valley' stays the province), and
    the bare name is no person, organisation or country (the match of the name says so). A town
    its bare name matches in the story's countries (or in a story that names none) is returned:
    the feature is named after it and lies by it ('the Kodori gorge')."""
    name_end = j - 1
    if gaz.lookup(_span_text(doc, i, j), countries, loose=False):
        return False
    res = _match(doc, i, name_end, gaz, countries, ents, dl, clear)
    if res == "skip":
        return False
    if res is None:
        pos = doc_pos(doc)
        return all(pos[k] == "PROPN" for k in range(i, name_end) if _caps(doc)[k])  # not 'Government forest'

    place = res[0]
    if place is None:
        return True
    if place.kind != "city":
        return False
    return place if not countries or place.country in countries else True


def _base_end(doc: Doc, i: int, end: int) -> int | None:
    """End of a named base or airfield starting at token ``i`` ('Bagram Air Base', 'Hmeimim
    Airbase'): capitalised words closed by a base suffix, or None."""
    for j in range(min(end, i + MAX_NAME_TOKENS), i + 1, -1):
        key = _span_key(doc, i, j)[1]
        m = BASE_SUFFIX.search(key)
        if m is not None and m.start() > 0:
            return j
    return None


def _class_name_end(doc: Doc, i: int, end: int) -> int | None:
    """End of a name made of a class word and a name, from token ``i`` of the capitalised run that
    ends at ``end``: opened by a class word ('Camp Simba', 'Gornje Obrinje') or closed by one ('Logan
    Town', 'Bushrod Island'), the run's end; or followed by a lower-case one ('Giwa barracks'), the
    end after it; or a hyphenated word whose parts a glued particle links ('Jabal-us-Siraj'), its end.
    None otherwise. The class word (or the particle) says the words are one place's name, so neither
    it nor the bare name is a place of its own."""
    low, caps, texts, spaces = doc_lowers(doc), _caps(doc), doc_token_texts(doc), _spaces(doc)
    linked_end, linked = _hyphen_word_end(doc, i)
    if linked and linked_end <= end and caps[i]:
        return linked_end  # 'Jabal-us-Siraj': a particle glued between hyphens makes one name
    k = i + 1
    while k < end and (caps[k] or low[k] in NAME_PARTICLES or (low[k] in CONNECTORS and not spaces[k])):
        k += 1  # 'Camp Simba at Manda Bay': a spaced 'at' is English, no article inside the name
    end = k
    if end - i < 1 or end - i > MAX_UNKNOWN_TOKENS + 1:
        return None
    if end - i >= 2 and low[i] in CLASS_OPENERS and caps[i + 1] and texts[i + 1] != "-":
        return end
    if end - i >= 2 and low[end - 1] in CLASS_TAILS and caps[end - 1]:
        return end  # 'Murray Town barracks': the barracks are a site in the place 'Murray Town'
    if end < len(doc) and low[end] in CLASS_TAILS_LOWER and not caps[end]:
        return end + 1
    return None


def _class_name_placed(doc: Doc, i: int, j: int, ents: list[Span | None]) -> bool:
    """Whether the class-word name doc[i:j] (``_class_name_end``) stands where a place stands: its
    capitalised words are proper nouns, no date or people is named by them, no title makes them a
    person's name ('Secretary-General Ban Ki-moon'; the tagger's PERSON is no guide here: it takes
    'Vila Kennedy' and 'Kampung Sri Jaya' for people), and the name is the object of a verb or
    preposition (or a conjunct or apposition of one), not a speaker ('the Port Authority said')."""
    caps, pos, texts, deps = _caps(doc), doc_pos(doc), doc_token_texts(doc), doc_deps(doc)
    if _quoted_in(texts, i, j) or generic_name(_span_text(doc, i, j)):
        return False  # 'the Old Town of Mosul': generic words name a part of the town, read elsewhere
    if any(caps[k] and pos[k] not in ("PROPN", "NOUN") for k in range(i, j)):
        return False  # 'Gunmen Kill Four In Logan Town': a title-case line, no one name
    if any((e := ents[k]) is not None and e.label_ in CLASS_NOT_LABELS for k in range(i, j)):
        return False
    if i > 0 and doc_lowers(doc)[i - 1] in PERSON_TITLES | SURNAME_TITLES:
        return False  # 'Secretary-General Ban Ki-moon': a title names a person
    heads, root = doc_heads(doc), span_root(doc, i, j)
    while deps[root] in ("compound", "nmod") and heads[root] != root:
        root = heads[root]  # 'near the Murray Town barracks': the name is a word of its site's noun
    return deps[root] in CLASS_PLACE_DEPS


def _class_word(doc: Doc, i: int, j: int) -> str | None:
    """The class word of the class-word name doc[i:j]: its opener ('camp' of 'Camp X'), else its
    last word ('town' of 'X Town', 'barracks' of 'X barracks'); None for a name linked by a particle
    ('Jabal-us-Siraj'), which has none."""
    low = doc_lowers(doc)
    if low[i] in CLASS_OPENERS:
        return low[i]
    return low[j - 1] if low[j - 1] in CLASS_TAILS | CLASS_TAILS_LOWER else None


def _class_word_dropped(doc: Doc, i: int, j: int, place: Place) -> bool:
    """The gazetteer read the class-word name doc[i:j] without its class word: 'Congo Town' as the
    Congo, 'Murray Town' as a town Murray (the index drops a trailing 'town'). The place it found is
    some namesake of the bare name, not the place so named; a country opened by its class word
    ('Cape Verde', 'Port Stanley') stays."""
    word = _class_word(doc, i, j)
    if word is None or word in CLASS_OPENERS:
        return False  # the index drops no leading word: 'Port Stanley' it has is Stanley's other name
    return place.kind == "country" or word not in fold(place.name, place=True).split()


def _class_name_known(doc: Doc, i: int, j: int, gaz: Gazetteer, countries: Sequence[str]) -> Place | None:
    """The place the gazetteer has by the whole class-word name doc[i:j], class word included
    ('Point Pedro'), in the story's countries (any, when it names none): the whole name spelled out is
    that place even where the tagger took it for a person or the story's country went unread."""
    for p in gaz.lookup(_span_text(doc, i, j), countries, "city", loose=False):
        if not _class_word_dropped(doc, i, j, p) and (not countries or p.country in countries):
            return p
    return None


def _named_after_town(
    doc: Doc,
    i: int,
    j: int,
    gaz: Gazetteer,
    countries: Sequence[str],
    ents: list[Span | None],
    dl: tuple[int, int],
    clear: bool,
) -> bool:
    """Whether the class-word name doc[i:j] is a feature or site named after a town of the story
    that its bare name reads as ('Jessore cantonment', 'Port X' of the town X, 'X Island' of the
    municipality X): then the town is the place, as news and gazetteers name it. Only natural
    features and lower-case sites are read so, and not when the text sets the name inside another
    known place ('Giwa barracks in Maiduguri': a Giwa elsewhere is a namesake)."""
    low = doc_lowers(doc)
    opener = low[i] in CLASS_OPENERS
    word = low[i] if opener else low[j - 1]
    if word not in CLASS_FEATURE_WORDS and word not in CLASS_TAILS_LOWER:
        return False
    res = _match(doc, i + 1, j, gaz, countries, ents, dl, clear) if opener else None
    if not opener:
        res = _match(doc, i, j - 1, gaz, countries, ents, dl, clear)
    if not isinstance(res, tuple) or res[0] is None or (countries and res[0].country not in countries):
        return False
    town = res[0]
    if j + 1 < len(doc) and low[j] in CONTAINED_PREPS | {","} and (span := _name_span_at(doc, j + 1)):
        held = gaz.best(_span_text(doc, *span), countries, "city")
        if held is not None and held.kind in ("city", "admin1") and held != town:
            return (held.name if held.kind == "admin1" else held.admin1) == town.admin1
    return True


def _piece_abroad(
    doc: Doc,
    i: int,
    j: int,
    run: tuple[int, int],
    place: Place | None,
    gaz: Gazetteer,
    countries: Sequence[str],
) -> bool:
    """Whether doc[i:j], a piece of the capitalised run ``run`` of proper nouns ('Mountain' of
    'Mountain View'), was read as a place in a country the story is not about: the piece spells a
    namesake, and the run, no other word of which names a country or is a place of its own words,
    is one name. A piece in the story's countries is read as before ('Kuala' of a longer name)."""
    c0, c1 = run
    if place is None or not countries or place.country in countries or place.kind == "country":
        return False
    if (i, j) == run or not c0 <= i < j <= c1 or c1 - c0 > MAX_UNKNOWN_TOKENS:
        return False
    caps, pos, texts = _caps(doc), doc_pos(doc), doc_token_texts(doc)
    if any(not caps[k] or pos[k] != "PROPN" for k in range(c0, c1)):
        return False
    return not any(gaz.country(texts[k]) is not None for k in (*range(c0, i), *range(j, c1)))


def _class_hint(doc: Doc, i: int, j: int) -> str:
    """The precision of a class-word name the gazetteer lacks: 'exact' for a settlement's class word
    ('Kampung X', 'X Town'), 'near' for a part or site of a town ('X Market', 'Camp X')."""
    low = doc_lowers(doc)
    return "exact" if low[i] in CLASS_SETTLEMENT_WORDS or low[j - 1] in CLASS_SETTLEMENT_WORDS else "near"


def _street_end(doc: Doc, i: int, end: int) -> int | None:
    """End of a street or square name starting at token ``i`` ("Boylston Street", "Rue Victor
    Hugo"), or None: capitalised words closed by a street noun, or opened by a street prefix."""
    low, caps = doc_lowers(doc), _caps(doc)
    if low[i] in STREET_PREFIXES and i + 1 < end and caps[i + 1]:
        j = i + 1
        while j < end and j - i <= MAX_NAME_TOKENS and (caps[j] or low[j] in CONNECTORS):
            j += 1
        return j
    for j in range(i + 1, min(end, i + MAX_NAME_TOKENS)):
        if not caps[j] and low[j] not in CONNECTORS:
            return None
        if low[j] in STREET_NOUNS and caps[j]:
            return j + 1
    return None


def _road_to_town(
    doc: Doc, i: int, j: int, gaz: Gazetteer, countries: Sequence[str], ents: list[Span | None]
) -> bool:
    """Whether the street-like name doc[i:j] is rather a person ("Alan Lane") or a road named
    after a town of the article's countries ("Key Aleppo Road")."""
    if any((e := ents[k]) is not None and e.label_ == "PERSON" for k in range(i, j)):
        return True
    if doc_lowers(doc)[j - 1] not in INTERCITY_NOUNS:
        return False
    texts = doc_token_texts(doc)
    for k in range(i, j - 1):
        place = gaz.best(texts[k], countries, "city") if texts[k][:1].isupper() else None
        if place is not None and place.kind in ("city", "admin1") and place.country in countries:
            return True
    return False


#: Tokens between an unknown place and the "south of X" that locates it ("Nairab refugee camp south of",
#: "X, 30 km north of"; a distance in parentheses, "X, 30 km (18 miles) north of", needs eight).
DIRECTION_REACH = 8


def _one_sense(out: list[PlaceMention], told: set[int]) -> list[PlaceMention]:
    """A town named several times is one town: where one mention's own words say where it lies
    ('Lichinga, located in the province of Niassa'), its other mentions take that reading,
    known or unknown to the gazetteer. Divisions and countries keep their own readings ('Idlib'
    the province beside 'Idlib' the city)."""
    by_key: dict[str, PlaceMention] = {}
    for m in out:
        if m.start_char in told and not m.dateline and (m.place is None or m.place.kind == "city"):
            key = fold(m.text, place=True)
            if key not in by_key or (by_key[key].admin1_context is None and m.admin1_context is not None):
                by_key[key] = m  # the mention that says most: its admin1, else its country
    if not by_key:
        return out
    result = []
    for m in out:
        ref = by_key.get(fold(m.text, place=True))
        if ref is not None and m.start_char in told and m.admin1_context is None and ref.admin1_context:
            told_country = m.country_context == ref.country_context
            ref = ref if told_country else None  # 'the Mozambique town of Lichinga' ... 'Lichinga, Niassa'
        elif m.start_char in told:
            ref = None
        if ref is None or m is ref or m.dateline:
            result.append(m)
            continue
        if m.place is not None and m.place.kind != "city":
            result.append(m)
            continue
        result.append(
            replace(
                m,
                place=ref.place,
                admin1_context=ref.admin1_context,
                country_context=ref.country_context,
                precision_hint=ref.precision_hint
                if m.place is None or ref.place is None
                else m.precision_hint,
            )
        )
    return result


#: A homonym this big is the town meant whatever the article's region ('Donetsk' the city), unless
#: the region has a namesake district or a town of ``REGION_NAMESAKE_MIN_POPULATION`` (below).
REGION_OVERRIDE_MAX_POPULATION = 100_000
#: A town this big in the article's own division is the one meant even over a bigger namesake in
#: another ('Aurangabad' of a Bihar story; set on the round-20 namesake sweep).
REGION_NAMESAKE_MIN_POPULATION = 10_000
#: How far the article's division must outweigh a second one it also states to be the one its
#: namesakes are read in (set on the own event sets: a story of two provinces has no one region).
REGION_LEAD_RATIO = 2
#: Tokens between an unlisted village and the district it is anchored to ('near V in X district').
ANCHOR_REACH = 4


def _namesake_elsewhere(gaz: Gazetteer, text: str, place: Place, countries: Sequence[str]) -> bool:
    """The country has a place of this name and kind in another first-level division: the reading
    found says nothing on its own of the article's division ('Bijapur' in Karnataka or Chhattisgarh)."""
    key = fold(place.admin1 or "", place=True)
    return any(
        h.kind == place.kind and h.country == place.country and fold(h.admin1 or "", place=True) != key
        for h in gaz.lookup(text, countries, place.kind, loose=False)
    )


def _article_region(
    out: list[PlaceMention], told: set[int], gaz: Gazetteer, doc: Doc, countries: Sequence[str]
) -> str | None:
    """The first-level division the article is about: the one it states most, at least twice. A
    division named as such, or in the words of a place ('X, Kherson region', a division the text
    spells) counts 2; a town named like its division ('Zacatecas') too; any other town 1, unless
    its name has namesakes in other divisions (its first reading states nothing), as does a
    division read off such a namesake ('X in Bijapur district' given Karnataka's Bijapur)."""
    weight: Counter[str] = Counter()
    text = f" {fold(doc_text(doc), place=True)} "
    for m in out:
        if m.dateline:
            continue
        if m.place is not None and m.place.kind == "admin1":
            weight[m.place.name] += 2
        elif m.start_char in told and m.admin1_context:
            spelled = f" {fold(m.admin1_context, place=True)} " in text
            weight[m.admin1_context] += 2 if spelled else 1
        elif m.place is not None and m.place.kind == "city" and m.place.admin1:
            if fold(m.place.name, place=True) == fold(m.place.admin1, place=True):
                weight[m.place.admin1] += 2
            elif not _namesake_elsewhere(gaz, m.text, m.place, countries):
                weight[m.place.admin1] += 1
    top = weight.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    if len(top) > 1 and top[1][1] >= 2 and top[0][1] < REGION_LEAD_RATIO * top[1][1]:
        return None  # two divisions stated ('the heights of Kurdistan and West Azerbaijan'): no one region
    return top[0][0]


def _region_reading(
    gaz: Gazetteer, m: PlaceMention, key: str, countries: Sequence[str]
) -> tuple[list[Place], Place | None]:
    """The mention's namesakes of its own kind and country, and the one in the division ``key``."""
    p = m.place
    assert p is not None
    homonyms = [
        h
        for h in gaz.lookup(m.text, countries, p.kind, loose=False)
        if h.kind == p.kind and h.country == p.country
    ]
    here = next((h for h in homonyms if fold(h.admin1 or "", place=True) == key), None)
    return homonyms, here


def _region_beats_size(gaz: Gazetteer, m: PlaceMention, here: Place, countries: Sequence[str]) -> bool:
    """A big namesake elsewhere still loses to the article's division's own when that is a town of
    some size or the seat of a district of the name ('Bijapur' district of Chhattisgarh)."""
    if here.kind != "city" or here.population >= REGION_NAMESAKE_MIN_POPULATION:
        return True
    return any(
        h.kind == "region" and h.country == here.country and h.admin1 == here.admin1
        for h in gaz.lookup(m.text, countries, "region", loose=False)
    )


def _by_region(
    doc: Doc, out: list[PlaceMention], told: set[int], gaz: Gazetteer, countries: Sequence[str]
) -> list[PlaceMention]:
    """The article's places read coherently with the division it states (``_article_region``): a
    town or district name the country has several of ('Vesele', 'Bijapur') is the one in that
    division; when the gazetteer has no small town there, it is a village it lacks, tied to that
    division. A village anchored to such a district ('near V in X district') follows the district's
    reading, not the district's first one."""
    region = _article_region(out, told, gaz, doc, countries)
    if region is None:
        return out
    key = fold(region, place=True)
    result = []
    moved: dict[int, str] = {}  # token start of a re-read mention -> the division it was read in
    for m in out:
        p = m.place
        if (
            p is None
            or p.kind not in ("city", "region")
            or (p.kind == "region" and not _district(p))
            or m.dateline
            or m.start_char in told
            or fold(p.admin1 or "", place=True) == key
        ):
            result.append(m)
            continue
        homonyms, here = _region_reading(gaz, m, key, countries)
        region_place = gaz.admin1(region, p.country)
        big = p.population >= REGION_OVERRIDE_MAX_POPULATION
        if (
            len(homonyms) < 2
            or region_place is None
            or (big and (here is None or not _region_beats_size(gaz, m, here, countries)))
        ):
            result.append(m)
            continue
        moved[m.token_start] = p.admin1 or ""
        if here is not None:
            result.append(replace(m, place=here, admin1_context=here.admin1))
        elif p.kind == "city":
            # found by its name in the gazetteer, even where the entity recogniser also saw it
            result.append(
                replace(
                    m,
                    place=None,
                    admin1_context=region_place.name,
                    country_context=p.country,
                    source="gazetteer",
                )
            )
        else:
            result.append(m)
            moved.pop(m.token_start)
    return _anchors_follow(doc, result, moved, region, gaz, countries) if moved else result


def _anchors_follow(
    doc: Doc,
    out: list[PlaceMention],
    moved: dict[int, str],
    region: str,
    gaz: Gazetteer,
    countries: Sequence[str],
) -> list[PlaceMention]:
    """'near V in X district': V took X's first reading's division while it was read; X is now read
    in the article's division, so V lies there too (its namesake there, else a village unlisted)."""
    low = doc_lowers(doc)
    key = fold(region, place=True)
    result = list(out)
    for k, m in enumerate(out):
        if not m.admin1_context or fold(m.admin1_context, place=True) == key or m.dateline:
            continue
        anchor = next(
            (
                o
                for o in out[k + 1 :]
                if 0 <= o.token_start - m.token_end <= ANCHOR_REACH
                and o.token_start in moved
                and fold(moved[o.token_start], place=True) == fold(m.admin1_context, place=True)
                and any(w in ("in", "of", ",") for w in low[m.token_end : o.token_start])
            ),
            None,
        )
        if anchor is None or anchor.place is None:
            continue
        place = m.place
        if place is None or fold(place.admin1 or "", place=True) != key:
            place = next(
                (
                    h
                    for h in gaz.lookup(m.text, (anchor.place.country,), "city", loose=False)
                    if h.kind == "city"
                    and h.country == anchor.place.country
                    and fold(h.admin1 or "", place=True) == key
                ),
                None,
            )
        result[k] = replace(
            m, place=place, admin1_context=anchor.place.admin1, country_context=anchor.place.country
        )
    return result


#: Entity labels of a name that an opening 'In X,' may still make a place: a tagger's guess at
#: a person, organisation or people for a village it never saw ('In Ramadan,' is a DATE, 'In
#: English,' a LANGUAGE).
SCENE_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"))
#: Prepositions of an opening scene phrase: 'In X,', and 'Near X,', 'Around X,', 'Outside X,' (whose
#: place is then 'near' X).
SCENE_PREPS = frozenset({"in"} | NEAR_PREPS)
#: Prepositions whose object in an event's phrase is where it happened, whatever the tagger took the
#: name for ('killed at X', 'hideouts above X'; place_words.yaml ``event_scene_preps``).
EVENT_SCENE_PREPS = load_words("lexicons", _WORDS, "event_scene_preps")
#: What closes a sentence of a body's text (a headline has none).
SENTENCE_ENDS = frozenset((".", "!", "?"))
#: Lower-case nouns of a site or area a name the gazetteer lacks may name ('X refugee camp').
NAMED_SITE_HEADS = load_words("lexicons", _WORDS, "named_site_heads")
#: Lower-case words a named site's noun may stand after its name by ('X refugee camp', 'the X border
#: crossing'): more is a phrase of its own, not the site's name.
NAMED_SITE_GAP = 2
#: Entity labels that no site noun after the name overrules (a people: 'the Bedouin hamlet of X'; a
#: time, a sum, a work or a law).
NOT_SITE_LABELS = frozenset(
    (
        "NORP",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "CARDINAL",
        "ORDINAL",
        "QUANTITY",
        "LAW",
        "WORK_OF_ART",
        "LANGUAGE",
    )
)
#: Entity labels the tagger gives a village it never saw (or none at all): not a people, a time,
#: a sum or a work, which no scene preposition makes a place.
UNSEEN_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "FAC"))
#: Words climbed from a scene preposition's head to its event ('fired at a vehicle near X': near ->
#: vehicle -> at -> fired; 'positions of the army at X' two more). Set by hand on our sweep: four
#: reach an event through two prepositional phrases, five began to reach the saying verb's clause.
SCENE_CLIMB_STEPS = 4
#: Relations climbed on the way: a noun in a prepositional phrase, an object, a conjunct.
SCENE_CLIMB_DEPS = frozenset(("pobj", "prep", "dobj", "conj", "appos"))


def _scene_name(doc: Doc, i: int, j: int, ents: list[Span | None]) -> bool:
    """doc[i:j], in an opening 'In X,' on a word of a violent event, names a place, not a time, a
    language or an institution ('In Ramadan,', 'In English,', 'In Parliament,'): proper nouns only,
    none an organisation's or a venue's word, no acronym."""
    if any(e is not None and e.label_ not in SCENE_LABELS for e in ents[i:j]):
        return False
    pos, low, lemmas, texts = doc_pos(doc), doc_lowers(doc), doc_lemmas(doc), doc_token_texts(doc)
    # the scene of an event the sentence tells ('In X, gunmen killed ...'), not of a saying or a
    # rule ('In Islam, killing civilians is forbidden', 'In X, residents said ...')
    k = _first_conjunct_start(doc, i) - 1
    head = doc_heads(doc)[k]
    if low[k] not in SCENE_PREPS or head == k or lemmas[head] not in EVENT_LEMMAS:
        return False
    return all(
        pos[k] == "PROPN"
        and low[k] not in ORG_HEADS
        and lemmas[k] not in VENUE_NOUNS
        and not texts[k].isupper()
        for k in range(i, j)
        if _caps(doc)[k]
    )


def _event_scene(doc: Doc, i: int, j: int, ents: list[Span | None]) -> bool:
    """doc[i:j], a name of proper nouns (no acronym) that the tagger took for a person's, an
    organisation's or nothing, is the object of 'in', 'near', 'at', 'above' ... in the phrase of a
    violent event ('killed in X', 'clashes near X', 'fired at a vehicle near X', 'killed in an
    encounter with the police at X'): where it happened. People are killed by, with or beside
    someone, not near or above them; 'at' names a scene unless it is the target of a verb of aim
    ('shot at X').

    Why: the small tagger labels a village it never saw as a person or an organisation about as
    often as a place (round 27: over all our event sets, most unknown names missed after 'near' or
    'at' were so labelled), so the label must not outweigh the phrase the name stands in."""
    if any(e is not None and e.label_ not in UNSEEN_NAME_LABELS for e in ents[i:j]):
        return False
    heads, deps, low, lemmas = doc_heads(doc), doc_deps(doc), doc_lowers(doc), doc_lemmas(doc)
    pos, texts, caps = doc_pos(doc), doc_token_texts(doc), _caps(doc)
    # the phrase first: most names stand in no 'in/near/at' phrase, and the checks below cost more
    t = _list_head(deps, heads, span_root(doc, i, j))
    prep = heads[t]
    if deps[t] != "pobj" or low[prep] not in EVENT_SCENE_PREPS or texts[prep] != low[prep]:
        return False  # (a capitalised 'In' is a headline's, whose every word is capitalised)
    h = heads[prep]
    if h == prep or (low[prep] == "at" and lemmas[h] in TARGET_AT_VERBS):
        return False
    if not _one_entity(doc, ents, i, j) or _speaker_name(doc, i) or _agency_named(doc, i, j):
        return False
    if actor_named(_span_key(doc, i, j)[1]):
        return False  # 'clashes near Hezbollah positions' names who holds them
    if any(
        pos[k] != "PROPN" or texts[k].isupper() or low[k] in ORG_HEADS or _event_word(low[k])
        for k in range(i, j)
        if caps[k]
    ):
        return False  # an acronym, a body's word, or a headline's capitals ('in Terrorist Rocket Attacks')
    sent = doc[i].sent
    if is_title_case(doc[sent.start : j].text):
        return False  # a Title Case headline run into the text capitalises every word, names or not
    if not any(t in SENTENCE_ENDS for t in texts):
        return False  # a headline (a text with no full stop): its places are read in the body
    if j < len(doc) and pos[j] == "NOUN":
        return False  # 'in Alawite villages', 'near X positions': the name describes a noun after it
    if (i > 0 and caps[i - 1]) or (j < len(doc) and (caps[j] or low[j] in ("'s", "’s"))):
        return False  # a part of a longer run of capitals ('died in Sheikh Mustafa'), or an owner
    if caps[h] and pos[h] == "PROPN":
        return False  # 'at X in Y': Y only says where the place X lies, no scene of its own
    return _in_event_phrase(doc, h)


def _site_noun(doc: Doc, end: int) -> int | None:
    """The lower-case noun of a site or area (``NAMED_SITE_HEADS``) within ``NAMED_SITE_GAP`` words
    after doc[end], or None."""
    low, caps = doc_lowers(doc), _caps(doc)
    return next(
        (
            k
            for k in range(end, min(len(doc), end + NAMED_SITE_GAP + 1))
            if low[k] in NAMED_SITE_HEADS and not caps[k]
        ),
        None,
    )


def _named_site_end(
    doc: Doc, i: int, end: int, gaz: Gazetteer, countries: Sequence[str], ents: list[Span | None]
) -> bool:
    """doc[i:end], a run of proper nouns the gazetteer lacks, names the site or area of the lower-case
    noun after it ('armed men raided X refugee camp', 'guarding the X border crossing', 'a bomb in the
    X industrial zone', 'in X tehsil'), and that noun's phrase stands where a place does: the object
    of a place preposition, or what a violent act is done to. The name is then a place, whatever the
    tagger took it for.

    Why: the tagger reads a village it never saw before a noun as a person, a people or an
    organisation (round 27: a third of the unknown names missed over our event sets stood before
    such a noun); the parse, which makes the name a modifier of the site's noun, does not."""
    low, lemmas, deps, heads = doc_lowers(doc), doc_lemmas(doc), doc_deps(doc), doc_heads(doc)
    pos, texts, caps = doc_pos(doc), doc_token_texts(doc), _caps(doc)
    h = _site_noun(doc, end)
    if h is None or any(caps[k] or pos[k] not in ("NOUN", "ADJ") for k in range(end, h)):
        return False
    t, hops = span_root(doc, i, end), 0
    while t != h and hops <= NAMED_SITE_GAP and deps[t] in ("compound", "amod", "nmod") and heads[t] != t:
        t, hops = heads[t], hops + 1
    if t != h:
        return False  # the name modifies no such noun: 'X area residents', 'X said the camp ...'
    if any(deps[k] == "poss" and heads[k] == h for k in range(max(0, i - 3), i)):
        return False  # 'its X radio station', 'their X base': whose it is, a medium or a unit's
    if deps[h] == "pobj":
        slot = low[heads[h]] in LOCATIVE_PREPS | EVENT_SCENE_PREPS
    else:
        slot = deps[h] in ("dobj", "nsubjpass") and lemmas[heads[h]] in EVENT_LEMMAS | PLACE_STRIKE_VERBS
    if not slot:
        return False
    text, key = _span_key(doc, i, end)
    if any(e is not None and e.label_ in NOT_SITE_LABELS for e in ents[i:end]) or not _one_entity(
        doc, ents, i, end
    ):
        return False
    if any(
        pos[k] != "PROPN"
        or (texts[k].isupper() and len(texts[k]) <= 4)
        or low[k] in ORG_HEADS
        or _known_word(texts[k], gaz)
        for k in range(i, end)
        if caps[k]
    ):
        return False  # 'the UN camp', 'the Syrian army post', 'Government area': no name of a place
    if (
        actor_named(key)
        or _agency_named(doc, i, end)
        or _speaker_name(doc, i)
        or _person_name(doc, i, end, gaz)
    ):
        return False
    if key in SITE_OWNER_KEYS or (i > 0 and low[i - 1] in ("a", "an")):
        return False  # 'a United Nations camp', 'an army post': whose the site is, not its name
    # a place of the story's countries is read as before; a namesake abroad is no reason to drop a
    # site the noun names ('the Bel Air neighbourhood' of a Haitian story)
    return not any(not countries or p.country in countries for p in gaz.lookup(text, countries, loose=False))


def _known_lead(doc: Doc, i: int, j: int, gaz: Gazetteer, countries: Sequence[str]) -> bool:
    """The first words of doc[i:j], a name of several words, are a place of the story's countries
    the gazetteer knows ('Korangi' of 'in Korangi Sector 31-G'): the known place, with a word of its
    parts after it, is what the text names, not an unknown place spelled by the whole run."""
    return any(
        p.country in countries
        for k in range(i + 1, j)
        for p in gaz.lookup(_span_text(doc, i, k), countries, loose=False)[:1]
    )


def _event_word(low: str) -> bool:
    """A word of a violent event, singular or plural ('Airstrikes' of a capitalised run): the
    tagger does not lemmatise a proper noun, so the plural is read here."""
    return low in EVENT_LEMMAS or (low.endswith("s") and low[:-1] in EVENT_LEMMAS)


def _in_event_phrase(doc: Doc, h: int) -> bool:
    """doc[h], the word a preposition hangs on, is a word of a violent event or lies in one's
    phrase: the parse is climbed through nouns of prepositions, objects and conjuncts ('a vehicle'
    of 'fired at a vehicle', 'a team' of 'killed in an encounter with a team'), never past a clause."""
    heads, deps, lemmas = doc_heads(doc), doc_deps(doc), doc_lemmas(doc)
    for _ in range(SCENE_CLIMB_STEPS):
        if lemmas[h] in EVENT_LEMMAS:
            return True
        if deps[h] not in SCENE_CLIMB_DEPS or heads[h] == h:
            return False
        h = heads[h]
    return lemmas[h] in EVENT_LEMMAS


def _government_speaks(doc: Doc, m: PlaceMention, gaz: Gazetteer) -> bool:
    """'Ankara said its jets struck X', 'Moscow accused Kyiv': a country's capital that speaks or
    acts stands for its government, not for a place of the story; an unlisted village in its
    sentence is not in the capital's division."""
    if m.role != "venue" or m.place is None or m.place.kind != "city":
        return False
    capital = capital_of(m.place.country, gaz)
    return capital is not None and capital.name == m.place.name and _speaks(doc, m.token_start, m.token_end)


def _tie_unknown(doc: Doc, out: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """Tie each place no gazetteer has to the best containing place the text gives, for its admin1
    and its coordinates (``anchor``): the town its own direction phrase names ('Nairab camp south of
    Aleppo', 'X, 30 km north of Y'), else the admin1 the text names for it, else the admin1 of the
    nearest known place of its country in its sentence, else of the last one before it ('Bab Touma'
    after 'Damascus'), else its country."""
    known = [
        (k, m)
        for k, m in enumerate(out)
        if m.place is not None
        and not m.dateline
        and m.place.kind in ("city", "admin1", "region", "base")
        and not _government_speaks(doc, m, gaz)
    ]
    for k, m in enumerate(out):
        if m.place is not None or m.dateline:
            continue
        sent = doc[m.token_start].sent
        if m.country_context is None:
            m = out[k] = replace(m, country_context=_country_told_after(doc, m, known))
        same = [
            (abs(o.start_char - m.start_char), o)
            for _, o in known
            if o.place.country == m.country_context and sent.start_char <= o.start_char < sent.end_char
        ]
        before = [o for kk, o in known if kk < k and o.place.country == m.country_context]
        # "Nairab camp south of Aleppo": the town its own direction phrase names comes first
        located = [
            o
            for _, o in same
            if _district_town_before(doc, o, m)
            or 0 <= o.token_start - m.token_end <= DIRECTION_REACH
            and (
                (o.preposition or "").endswith(" of")
                # 'the village of X in Y district': X lies in the town Y's district, near Y
                or (o.preposition in WITHIN_PREPS and _town_or_district(o.place) and not o.dateline)
            )
        ]
        src = (
            located[0]
            if located
            else min(same, key=lambda x: x[0])[1]
            if same
            else (before[-1] if before else None)
        )
        admin1 = m.admin1_context
        if admin1 is None and src is not None:
            admin1 = src.place.name if src.place.kind == "admin1" else src.place.admin1
        anchor: Place | None = None
        if located and located[0].place.kind != "admin1":
            anchor = located[0].place
        elif admin1:
            anchor = gaz.admin1(admin1, m.country_context)
        if anchor is None and m.country_context:
            anchor = gaz.country_by_code(m.country_context)
        if admin1 != m.admin1_context or anchor is not None:
            out[k] = replace(m, admin1_context=admin1, anchor=anchor)
    return out


def _country_told_after(doc: Doc, m: PlaceMention, known: list[tuple[int, PlaceMention]]) -> str | None:
    """The country of the known place that the words right after an unknown place in no country
    tie it to ('X, the main town of Y area', 'X village in the Y area'): X lies where Y does."""
    low = doc_lowers(doc)
    for _, o in known:
        gap = o.token_start - m.token_end
        if 0 <= gap <= DIRECTION_REACH and any(w in ("of", "in") for w in low[m.token_end : o.token_start]):
            return o.place.country
    return None


def _district_town_before(doc: Doc, o: PlaceMention, m: PlaceMention) -> bool:
    """'in Y district, X': the known town Y, whose district the text names, right before X in
    apposition; X lies in it and takes its coordinates rather than its province's."""
    if o.place is None or not _town_or_district(o.place) or o.dateline:
        return False
    low = doc_lowers(doc)
    k = o.token_end
    return k + 2 == m.token_start and low[k] in DISTRICT_NOUNS and low[k + 1] == ","


def _parent_town(town: Place | None, countries: Sequence[str]) -> Place | None:
    """The town of "X's Z neighbourhood", unless the name finds only a town abroad too small to be
    news on its name (``FOREIGN_MIN_POPULATION``) in a story of known countries: 'Sultanpur's Qala
    neighbourhood' in an Afghan story takes no province of India."""
    if (
        town is not None
        and countries
        and town.kind == "city"
        and town.country not in countries
        and town.population < FOREIGN_MIN_POPULATION
    ):
        return None
    return town


def _attach_parent(
    out: list[PlaceMention], doc: Doc, parent: tuple[int, int], gaz: Gazetteer, countries
) -> None:
    """'Aleppo's Sukkari neighbourhood': Sukkari takes Aleppo's admin1 as its context."""
    p = _parent_town(gaz.best(doc[parent[0] : parent[1]].text, countries, "city"), countries)
    if p is None or not out:
        return
    last = out[-1]
    out[-1] = replace(
        last,
        admin1_context=last.admin1_context or p.admin1,
        country_context=last.country_context or p.country,
        precision_hint="near" if last.precision_hint == "exact" else last.precision_hint,
    )


def _and_joined(text: str) -> str | None:
    """'Sistan-Baluchistan', 'Siestan-o-Baluchistan', 'Sistan-va-Baluchestan' -> 'Sistan and
    Baluchistan': two capitalised names joined by hyphens, with or without a joining word
    (``AND_PARTICLES``: Persian 'o', 'va', Arabic 'wa'), spell a division the gazetteer names 'A and
    B'. Read piece by piece, each half is taken for a place of its own, or for a neighbour's division
    ('Baluchistan' of Pakistan). A name already written 'A and B' is returned as it is; None for any
    other text."""
    if " and " in text and "-" not in text:
        return text  # 'Sistan and Baluchistan': a loose spelling of such a division, written so
    parts = [p for p in re.split(r"\s*-\s*", text) if p]
    names = [p for p in parts if p.lower() not in AND_PARTICLES]
    if len(names) != 2 or len(parts) - len(names) > 1 or not all(_is_cap(n) for n in names):
        return None
    return f"{names[0]} and {names[1]}"


def _joined_divisions(cands: Sequence[Place]) -> list[Place]:
    """The divisions among a loose look-up of 'A and B' whose own name joins two names: a loose
    spelling match of a joined name is trusted only when it is itself such a name."""
    return [p for p in cands if p.kind == "admin1" and " and " in p.name.lower()]


def _and_named(doc: Doc, chunks: list[tuple[int, int]], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Two runs of capitals joined by 'and' that together name a division the gazetteer calls 'A
    and B' ('Sistan and Baluchestan province') are one run: read apart, the first half is a region
    and the second a loose spelling of a neighbour's division (Pakistan's Balochistan)."""
    low, out, k = doc_lowers(doc), [], 0
    while k < len(chunks):
        c0, c1 = chunks[k]
        if k + 1 < len(chunks) and chunks[k + 1][0] == c1 + 1 and c1 < len(doc) and low[c1] == "and":
            e = chunks[k + 1][1]
            if e - c0 <= MAX_NAME_TOKENS and _joined_divisions(
                gaz.lookup(_span_text(doc, c0, e), (), "admin1", loose=True)
            ):
                out.append((c0, e))
                k += 2
                continue
        out.append((c0, c1))
        k += 1
    return out


def _joined_admin1(name: str, gaz: Gazetteer) -> Place | None:
    """The division 'A and B' that ``name`` spells joined ('Sistan-Baluchistan'), or None."""
    joined = _and_joined(name)
    if joined is None:
        return None
    return next(iter(_joined_divisions(gaz.lookup(joined, (), "admin1", loose=True))), None)


def _match(
    doc: Doc,
    i: int,
    j: int,
    gaz: Gazetteer,
    countries: tuple[str, ...],
    ents,
    dl: tuple[int, int],
    clear: bool,
):
    """(place, context, source) for doc[i:j], 'skip' for a demonym or organisation, None for no name.

    Reads the per-document arrays, not a Span and its Tokens: this runs for every candidate name."""
    text, key = _span_key(doc, i, j)
    if not key:
        return None
    if j - i > 1 and doc_opens_sentence(doc)[i] and doc_lowers(doc)[i] in LOCATIVE_PREPS | NEAR_PREPS:
        return None  # 'Around X, ...', 'Near X, ...': a sentence's capitalised preposition, not a name's word
    ent = ents[i] if ents[i] is not None and ents[i] is ents[j - 1] else None
    ent_exact = ent is not None and ent.start == i and ent.end == j
    ner_place = ent is not None and ent.label_ in NER_PLACE and ent.start >= i - 1 and ent.end <= j + 1
    caps, lows, pos, opens = _match_arrays(doc)
    has_next = j < len(doc)
    # Organisations named after a town: 'the Hama Brigade', 'the Aleppo Media Center'.
    if has_next and caps[j] and lows[j] in ORG_HEADS:
        return "skip"
    if (
        has_next
        and lows[j] in RIVER_NOUNS
        and not any(p.kind == "water" for p in gaz.lookup(text, loose=False))
    ):
        return None  # 'along the Juba river': a river, not the town Juba hundreds of km away
    if key in SITE_OWNER_KEYS:
        return "skip"  # 'a United Nations camp in X', 'an MSF clinic': whose the site is, not where
    if _based(doc, j):
        return "skip"  # 'UK-based monitor', 'Douma-based activists': where someone works, no event place
    if j - i > 1 and (lows[j - 1] in ADMIN1_AFTER or lows[j - 1] in DISTRICT_WORDS):
        return None  # 'Borno State', 'Maru LGA': the name is 'Borno', the word after it says what it is
    # Part of a longer person or organisation name: 'Salma Hayek', 'the Aleppo Media Center';
    # but not a town of the country whose it is said to be ('Syria's Aleppo Kills 23').
    if (
        ent is not None
        and ent.label_ == "PERSON"
        and (ent.start < i or ent.end > j)
        and not (
            (owner := _possessor_country(doc, i, gaz))
            and any(p.country == owner for p in gaz.lookup(text, (owner,), "city", loose=False)[:1])
        )
    ):
        return "skip" if ent.end <= j + 3 else None
    if ent is not None and ent.label_ == "ORG" and ent.end > j and caps[j]:
        # 'the Aleppo Media Center'; but the small model also calls a headline's run of
        # capitals an ORG ('Syrias Deir Ezzor Monitor AFP'), so an organisation word must follow.
        if any(lows[k] in ORG_HEADS for k in range(j, ent.end)):
            return "skip"
    if ent is not None and ent.label_ == "ORG" and ent.start < i and lows[i - 1] == "of":
        # 'the Department of Homeland Security', 'the Ministry of Justice'
        if any(lows[k] in ORG_HEADS for k in range(ent.start, i - 1)):
            return "skip"
    if (
        ent is not None
        and ent.label_ == "ORG"
        and ent.start < i
        and caps[ent.start]
        and lows[ent.start] in ORG_HEADS
    ):
        return "skip"  # 'Radio Moto Oicha', 'Radio Kalima Bunia': a station named after its town
    country = gaz.country(text)
    if key in ADMIN1_AFTER or key in TOWN_NOUNS or key in DISTRICT_WORDS:
        return None  # 'Region', 'Province' alone name no place (aliases of some division)
    if len(key) < 3 and country is None:
        return None  # 'Dr', 'St': abbreviations that some village spells the same
    demonym = gaz.demonym(text)
    if demonym and (country is None or fold(country.name, place=True) != key):
        if country is None or key not in {fold(n, place=True) for n in (country.name,)}:
            return "skip"  # 'Syrian', 'Russian': not places
    if not demonym and country is None and j - i == 1 and _country_adjective(text, gaz):
        return "skip"  # 'Ugandan', 'Haitian': a people's adjective the demonym table lacks
    ctx = _Context(doc, i, j, gaz, countries)
    if ctx.pattern is None and _nisba(text, key, gaz, countries):
        return "skip"  # 'Abu Bakr al-Baghdadi', 'the al-Halabi family': a person's name, not Baghdad
    if country is not None and ctx.division_word in ADMIN1_WORDS and doc_deps(doc)[j] != "compound":
        # 'Niger state' is Nigeria's province, not the country its name spells; not 'Russia state TV'
        country = _division_not_country(text, country, countries, gaz) or country
    if (
        country is not None
        and not demonym
        and not (text.isupper() and len(text) <= 3 and text not in CAPITAL_COUNTRY_CODES)
    ):
        return country, ctx, "ner" if ner_place else "gazetteer"
    if _division_name_cut(doc, j, gaz):
        return None  # 'Intan' of 'Intan Jaya regency' (a country's name was read above)
    cands = gaz.lookup(text, countries, ctx.prefer or "city", loose=False)
    if not cands and (bare := _unelided(text)) is not None:
        cands = gaz.lookup(bare, countries, ctx.prefer or "city", loose=False)
    if not cands and (joined := _and_joined(text)) is not None:
        # 'Sistan-Baluchistan', 'Siestan-o-Baluchistan': the division named 'A and B', whatever the
        # story's countries (its towns may be told by a neighbour's army)
        cands = _joined_divisions(gaz.lookup(joined, (), "admin1", loose=True))
    if ctx.prefer is None or ctx.by_owner:
        cands = _division_over_village(cands, countries)
    if not cands and ctx.division_word:
        # 'West Shewa zone': some divisions are indexed by their name with its division word
        cands = gaz.lookup(f"{text} {ctx.division_word}", countries, ctx.prefer, loose=False)
    if not cands and (
        ner_place
        or ctx.pattern
        or (countries and _titled_place(doc, i, j, ctx))
        # 'stormed Um Kadada in North Darfur': the division the text puts it in supports a variant
        # spelling, which must then lie in that division (below)
        or _admin1_in_after(doc, j, gaz, countries) is not None
    ):
        cands = gaz.lookup(text, countries, ctx.prefer or "city", loose=True)
        cands = [p for p in cands if _close(key, p, ctx)]
        named = None if ctx.admin1 else _admin1_in_after(doc, j, gaz, countries)
        if named is not None:
            # 'Tambu in Cauca': a spelling variant must lie in the division the text puts it in
            cands = [p for p in cands if p.kind == "city" and fold(p.admin1 or "", place=True) == named]
        ctx.loose = bool(cands)
        if cands and countries and cands[0].country != countries[0]:
            cands = []  # a loose spelling match far from the story is more likely a miss
        if not countries:
            # nor does a text that names no country hold a look-alike town anywhere: only a near
            # spelling of a transliterated name is one ('Boralo' is not Australia's Bowral)
            cands = [
                p
                for p in cands
                if transliterated(p.country)
                and _similarity(key, fold(p.name, place=True)) >= NO_COUNTRY_MIN_SIMILARITY
            ]
            filed = _dateline_town_country(doc, gaz, dl)
            if filed is not None:
                # a story filed from a known town ('KUMASI (Reuters) -') tells of its country or
                # that country's neighbours: a look-alike of a village there is no town farther off
                cands = [p for p in cands if p.country in gaz.neighbours(filed)]
    if has_next and lows[j] in PLURAL_DIVISION_WORDS:
        cands = _shared_by_divisions(text, cands, countries, gaz)
        if not cands:
            return None  # 'the Juba regions' of a story abroad: no town Juba
    holder = _holder_country(doc, i, gaz)
    if holder is not None and not any(p.country == holder for p in cands[:1]):
        held = gaz.admin1_with_word(text, holder)
        if held is not None:
            cands, ctx.country = [held], holder
    if ctx.pattern == "admin1" and countries and (not cands or cands[0].country != countries[0]):
        # 'Northwest region' of a Cameroon story is its North-West, not Iceland's Northwest
        home = gaz.admin1(text, countries[0])
        if home is not None:
            cands = [home, *cands]
    if ctx.pattern == "admin1":
        cands = _divisions_first(cands, countries, ctx.division_word in DISTRICT_NOUNS)
    place = _pick(cands, ctx.admin1 or _division_named_after(doc, j, gaz), ctx.country)
    if (
        place is not None
        and place.kind == "city"
        and place.country not in countries
        and _alias_of_first_words(doc, j, key, place, gaz)
    ):
        return None  # 'Intan' of 'in Intan Jaya' is no alias of a town abroad
    person = _person_name(doc, i, j, gaz)
    if person is not None and not _placed_anyway(person, place, ctx, countries):
        return None  # 'Secretary Austin', 'Graham urged' after 'Lindsey Graham': a person, no town
    if place is not None and _demonym_of(key, place) and _describes(doc, i, j):
        return "skip"  # 'Chechen fighters', 'the Chechen commander': people, not Chechnya
    if place is not None and ctx.part_word and ctx.pattern is None and place.kind == "city":
        region = _region_of_town(text, place, ctx.part_word, gaz)
        if region is not place and ctx.part_word != "rural" and _city_part(doc, i, j):
            ctx.hint = "near"  # a part of the town ('besieged eastern Aleppo'), not its province
        else:
            place = region
    if has_next and lows[j] == "countryside":
        place = gaz.admin1(f"{text} countryside") or place  # 'Damascus countryside' = Rif Dimashq
    offsets = doc_token_offsets(doc)
    is_dateline = dl[0] <= offsets[i] and offsets[j - 1] + len(doc_token_texts(doc)[j - 1]) <= dl[1]
    if place is not None and not is_dateline and _far_homonym(text, place, ctx, countries, clear, gaz):
        # A small town of a country the article never names: the article's own country
        # probably has a place of that name, or a village the gazetteer lacks.
        home = ctx.country or countries[0]
        local = [
            p
            for p in gaz.variants(text, home, ctx.prefer or "city")
            if _close(key, p, ctx) and (ctx.pattern != "district" or _province_named(doc, p))
        ]
        place = local[0] if local else None
        ctx.loose = ctx.loose or (place is not None and fold(place.name, place=True) != key)
    if place is not None and _town_or_district(place) and _elsewhere(place, ctx, gaz):
        # 'Pervomaiske, Kherson region': not the gazetteer's Pervomaiske of Crimea; a district the
        # text puts in another province was moved or is a namesake: the text's province holds
        place = None
    if place is not None and countries and place.country not in countries and _hyphen_tail(doc, i):
        return None  # the 'North' of 'the Centre-North region' is no other country's North
    if place is not None and _district(place) and place.country not in countries:
        place = None  # news abroad name towns: a district of a country the story never names is a homonym
    supported = ner_place or ctx.pattern is not None
    if place is None:
        # the text's own words place the name ('X, northern Mali') or set a scene with it
        # ('In X, gunmen ...'): whatever the tagger took it for, it is a place
        told = (
            ctx.told
            or (ctx.opening and _scene_name(doc, i, j, ents))
            or (ent is not None and ent.label_ == "PERSON" and _event_scene(doc, i, j, ents))
        )
        site = not told and _site_scene(doc, i, j, ents) and not _story_place_word(doc, i, j, gaz, countries)
        # a name the tagger took for an organisation or nothing is read the same way, after the site
        # ('hideouts in Mount X' stays the site's name with its class word)
        # ('killed in Syrias ...': a country's word run on is no place of its own)
        told = (
            told
            or site
            or (
                _event_scene(doc, i, j, ents)
                and not _known_lead(doc, i, j, gaz, countries)
                and not (j - i == 1 and _known_word(doc_token_texts(doc)[i], gaz))
            )
        )
        if (
            ctx.pattern is None
            and not told
            and not (ent is not None and ent.label_ == "GPE" and ent_exact and ctx.prep in LOCATIVE_PREPS)
            and not (
                ent is not None and ent.label_ in ("GPE", "LOC") and ent_exact and _struck_object(doc, i, j)
            )
        ):
            return None
        if ctx.pattern == "admin1" and has_next and caps[j]:
            return None  # 'Islamic State' names no state
        if (
            j - i > 1
            and any(
                _known_word(t, gaz)
                for k, (t, cap) in enumerate(zip(doc_token_texts(doc)[i:j], caps[i:j], strict=True))
                if cap
                and not (k == 0 and (lows[i] in NAME_OPENERS or ctx.introduced))  # 'Abu Shouk': one name
            )
            and not any(low in NAME_PARTICLES for low in lows[i:j])
            # 'the market at Godey Bari': a site's place the tagger reads as one name is one, unless
            # a word of it is a country or a place of the story's ('in Eastern Homs', 'Idlib Syria')
            and not (site and ent_exact)
        ):
            # 'Aleppo Syrian', 'Qamishli Hasaka': words run together, not one name; a particle
            # joins one name ('Agusan del Sur province' is not a town 'Agusan' and a place 'Sur')
            return None
        if ent is not None and ent.label_ in ("DATE", "TIME") and not told and not _settlement_said(ctx):
            return None  # 'Around Christmas,', 'near midnight': a time, not a place the index lacks
        if ent is not None and ent.label_ == "NORP" and not told and not _settlement_said(ctx):
            return None  # 'Yazidi' is a people; not 'the village of Bilogai', 'Sugapa, the main town of Y'
        if told and ent is not None and ent.label_ == "ORG" and lows[j - 1] in ORG_HEADS:
            return None  # 'the Hamza Brigade, northern Y': a unit named, not a place
        if pos[i] in COMMON_POS and opens[i]:
            return None  # 'Residential areas', 'Several villages': a capitalised word, not a name
        if (
            sum(caps[i:j]) > MAX_UNKNOWN_TOKENS
            or key in gaz.stopwords
            or (
                ent is not None
                and ent.label_ in ("PERSON", "ORG", "NORP")
                and ctx.pattern in ("near", None)
                and not ctx.measured
                and not ctx.way
                and not told
            )
        ):
            return None
        return None, ctx, "pattern" if ctx.pattern else "ner"
    if key in gaz.stopwords and ctx.pattern is None:
        return None
    if ctx.pattern is None and _after_title(doc, i, j):
        return None  # 'Mayor Artem Kobzar': a first name after a title, not a town
    if _time_zone(doc, i, j):
        return None  # '9 p.m. (Kabul time)': a clock, not where anything happened
    if (
        ctx.pattern is None
        and place.kind == "city"
        and (not countries or place.country != countries[0])
        and _names_someone(doc, i, j, ents, gaz, place)
    ):
        return None  # 'Riad Hijab', 'a witness named Ahmad', 'Winfield says': people, not towns abroad
    if countries and place.country != countries[0] and place.kind not in ("country", "water", "region"):
        # Outside the main focus country a town must be spelled like its name, not one of its
        # aliases ('White House' is an alias of Casablanca), unless it is a big city.
        if (
            place.population < 1_000_000
            and _similarity(key, fold(place.name, place=True)) < 0.7
            and gaz.across_border(text, countries[0]) != place.country
        ):
            return None
    if text.isupper() and len(text) <= 4 and not is_dateline and not ner_place and place.kind == "city":
        return None  # acronyms ('ISIS', 'SDF') that some village spells the same
    if not supported and not is_dateline:
        in_focus = place.country in countries
        big = place.kind != "city" or place.population >= MIN_POPULATION_UNSUPPORTED
        texts = doc_token_texts(doc)
        # an ayn mark split off inside the span ('Tall 'Afar') marks it a transliterated name too
        marked = any(texts[k] in APOSTROPHES for k in range(i + 1, j - 1))
        if (
            not marked
            and any(pos[k] != "PROPN" and not _marked_name(texts[k]) for k in range(i, j) if caps[k])
            and not (in_focus and big and not opens[i])
        ):
            return None  # 'Most of the strikes', 'Along the road'

        # The small model often calls Arabic town names persons ('Jisr al-Shughur'): a
        # multi-word exact gazetteer name that is the object of a verb or preposition stays.
        person = ent is not None and ent.label_ == "PERSON"
        object_name = j - i > 1 and doc_deps(doc)[span_root(doc, i, j)] in ("dobj", "pobj")
        if person and not (in_focus or object_name or (big and ctx.prep in LOCATIVE_PREPS)):
            return None
        if person and object_name:
            in_focus = True
        if not in_focus and not (big and (place.kind != "city" or ctx.prep in LOCATIVE_PREPS)):
            return None
    if ent is not None and ent.label_ == "PERSON" and ent_exact and ctx.pattern is None:
        root = span_root(doc, i, j)
        if (
            doc_deps(doc)[root] in ("nsubj", "nsubjpass")
            and doc[doc_heads(doc)[root]].lemma_ in SPEECH_VERBS
            and not _another_subject(doc, root)
        ):
            return None  # 'Salma said'; not 'Kramatorsk, the governor said, was hit'
    return place, ctx, "pattern" if ctx.pattern else ("ner" if ner_place else "gazetteer")


#: How much one mention says about where an article is: a province or town names where
#: things happen; a country's name less; a demonym mostly describes an actor ("Saudi jets",
#: "American bombs"). Set on FA-KES and the dev articles' focus errors.
FOCUS_WEIGHT = {"place": 2.0, "country": 1.0, "demonym": 0.5}


def focus_countries(doc: Doc, gazetteer: Gazetteer) -> list[str]:
    """The article's focus countries, most mentioned first.

    Counts country names and demonyms, first-level divisions and towns of
    100,000 people or more (by their most likely country), and smaller towns
    spelled exactly like their name for a country the article names otherwise.
    """
    gaz = gazetteer
    ents = _ent_at(doc)
    dl_start, dl_end = _dateline_span(doc)  # where the story was filed says little of what it is about
    counts: Counter[str] = Counter()
    told_country: dict[str, str] = {}  # towns their phrase puts in a country
    where: Counter[str] = Counter()  # what says things happen there: its towns, 'in <country>'
    small: Counter[str] = Counter()
    first: dict[str, int] = {}
    named: set[str] = set()  # countries named by name or demonym
    across: set[str] = set()  # countries named as the far side of a border ('the border with Chad')
    homes = homes_in(doc_text(doc))  # home countries of the armed groups named, at their first mention
    placed: set[str] = set()  # countries named otherwise than by a nationality adjective
    towns: list[tuple[list[Place], str, float, int, bool]] = []
    caps, offsets, pos, lows = _caps(doc), doc_token_offsets(doc), doc_pos(doc), doc_lowers(doc)  # per token
    full, _, texts = doc_text_parts(doc)
    keys, stopwords = _span_keys(doc), gaz.stopwords  # read per candidate below
    n = len(doc)
    compounds = _known_compounds(doc, gaz)  # as ``find_places``: a known hyphenated name is not cut
    for c0, c1 in _chunks(doc):
        i = c0
        while i < c1:
            hit = None
            in_dateline = dl_start <= offsets[i]
            opened = i > 0 and texts[i - 1] in OPEN_QUOTES  # (``_quoted_in``, asked of every candidate)
            for j in range(min(c1, i + MAX_NAME_TOKENS), i, -1):
                if not caps[j - 1] or _cuts_compound(compounds, (c0, c1), i, j):
                    continue
                got = keys.get((i, j))
                if got is None:  # ``_span_key``, without a call per candidate
                    t = full[offsets[i] : offsets[j - 1] + len(texts[j - 1])]
                    got = keys[i, j] = (t, fold(t, place=True))
                text, key = got
                if not key or (opened and j < n and texts[j] in CLOSE_QUOTES):
                    continue
                if key in stopwords and not (i == c0 and j < n and lows[j] in ADMIN1_AFTER):
                    # a word, unless a division word after the whole run makes it a name ('Plateau
                    # state', as ``_match`` reads it; not the 'North' of 'Centre-North region')
                    continue
                if in_dateline and offsets[j - 1] < dl_end:
                    continue
                cc = gaz.demonym(text)
                weight = FOCUS_WEIGHT["demonym"]
                if cc is None:
                    c = gaz.country(text)
                    if c is not None and j < n and lows[j] in ADMIN1_WORDS and doc_deps(doc)[j] != "compound":
                        c = _division_not_country(text, c, (), gaz) or c  # 'Niger state' is Nigeria's
                    cc = c.country if c else None
                    weight = _country_weight(doc, i, j) if cc else FOCUS_WEIGHT["country"]
                if cc is None and j - i > 1 and lows[j - 1] in DIVISION_AFTER:
                    # 'Maru LGA' is read as 'Maru' before its division word, as ``_match`` reads it; a
                    # country's name stays whole ('the United States')
                    continue
                home = home_country(text, key) if cc is None else None
                if home is not None:  # 'ELN rebels' names who fights (``homes``), no place
                    hit = (None, j, 0.0)
                    break
                acronym = text.isupper() and len(text) <= 4  # 'SANA' the agency is no Sanaa
                found = (
                    gaz.lookup(text, loose=False)
                    if cc is None
                    and (pos[i] == "PROPN" or _before_town_noun(doc, j))
                    and not acronym
                    and not _division_name_cut(doc, j, gaz)
                    else []
                )
                if found and j < n and lows[j] in DIVISION_AFTER:
                    # 'Kani township', 'Cordoba department': a division of that name, not a town
                    # abroad spelled so, says where the story is
                    plural = lows[j] in PLURAL_DIVISION_WORDS  # 'the Juba regions': no district either
                    found = [p for p in found if p.kind != "city" and not (plural and _district(p))]
                if (
                    found
                    and (holder := _holder_country(doc, i, gaz)) is not None
                    and found[0].country != holder
                ):
                    # 'Pakistan-administered Kashmir' is Pakistan's Azad Kashmir, not India's Kashmir
                    found = [held] if (held := gaz.admin1_with_word(text, holder)) is not None else found
                elif found and j < n and lows[j] in RIVER_NOUNS:
                    found = [p for p in found if p.kind == "water"]  # 'the Juba river' is no South Sudan
                if found and found[0].kind == "city" and _alias_of_first_words(doc, j, key, found[0], gaz):
                    found = []  # 'Intan' of 'Intan Jaya' counts for no country (``_match``)
                if found and (
                    _names_someone(doc, i, j, ents, gaz, found[0])
                    or _demonym_of(key, found[0])
                    or _person_counted_out(doc, i, j, gaz)
                ):
                    continue
                if found:
                    p = found[0]
                    told = told_country.get(key) or _town_phrase_country(doc, i, gaz)
                    if told is None and _division_told_country(doc, i, j, p, gaz) is not None:
                        # 'Sultanpur, Nangarhar': the words put the name in another country's
                        # division, so the town abroad spelled so says nothing of the story's country
                        hit = (None, j, 0.0)
                        break
                    if told is not None and told != p.country:
                        # 'the Mozambique town of Palma' is no Palma of Spain, here or later
                        told_country[key] = told
                        placed.add(told)
                        hit = (told, j, FOCUS_WEIGHT["place"])
                        break
                    weight = FOCUS_WEIGHT["place"] if _role(doc, i, j) == "place" else FOCUS_WEIGHT["demonym"]
                    # counted once the named countries are known; 'Kupwara district' says its country as a
                    # province would, the bare district name no more than a village would
                    divided = j < n and lows[j] in DIVISION_AFTER
                    towns.append((found, key, weight, i, divided))
                    hit = (None, j, weight)
                    break
                if cc and _border_named(lows, i, j):
                    across.add(cc)
                    if not (j < n and lows[j] in RIVER_NOUNS):
                        # 'a village on the border with Chad' is not in Chad: the line says nothing
                        # of the story's own country (a river named so may well run through it)
                        hit = (None, j, 0.0)
                        break
                if cc:
                    if _actor_compound(doc, j):
                        weight = FOCUS_WEIGHT["demonym"]  # 'US-led strikes' says who, not where
                    hit = (cc, j, weight)
                    named.add(cc)
                    if not gaz.demonym(text):
                        placed.add(cc)
                    break
            if hit:
                if hit[0]:
                    counts[hit[0]] += hit[2]
                    if hit[2] >= FOCUS_WEIGHT["place"]:
                        where[hit[0]] += hit[2]
                    first.setdefault(hit[0], i)
                i = hit[1]
            else:
                i += 1
    dl_country = _dateline_country(doc, gaz, dl_start, dl_end) if not named else None
    if dl_country is not None:
        named.add(dl_country)  # 'JAYAPURA, Indonesia -': a story that names no other country is its
    beside = _beside_countries(doc, gaz, across, named, (dl_start, dl_end))
    for found, key, weight, i, divided in towns:
        # A name several countries have is the named country's: 'Beni' in a story that names the
        # DRC is its town, not Bolivia's department; else the country of an armed group it names:
        # 'Córdoba' in a story of the ELN is Colombia's.
        p = found[0]
        for told in (named, homes, beside):
            if p.country not in named and p.country not in homes and p.country not in beside:
                p = next(
                    (q for q in found if q.country in told and q.kind in ("city", "admin1", "region")), p
                )
        if dl_country is not None and p.country != dl_country and _district(p):
            continue  # a district abroad in a story its dateline places ('Dang' filed from Nepal)
        big = (
            p.kind == "admin1"
            or (p.kind == "region" and (divided or not _district(p)))
            or (
                p.kind == "city"
                and p.population >= _focus_town_floor(p, named | beside, homes, gaz)
                and _similarity(key, fold(p.name, place=True)) >= FOCUS_MIN_SIMILARITY
                # a look-alike spelling ('Danan' of Da Nang) says which country a story is about only
                # when the text names that country otherwise; its own name always does
                and (
                    key == fold(p.name, place=True)
                    or _near_named(p.country, named | beside | set(homes), gaz)
                )
            )
        )
        if not big and p.kind == "city" and p.country and key == fold(p.name, place=True):
            small[p.country] += FOCUS_WEIGHT["place"]
        if big and p.country:
            placed.add(p.country)
            if _namesake_abroad(found, p, key):
                weight *= AMBIGUOUS_TOWN_FOCUS_SHARE
            counts[p.country] += weight
            if weight >= FOCUS_WEIGHT["place"]:
                where[p.country] += weight
            first[p.country] = min(first.get(p.country, i), i)
    # A smaller town spelled exactly like its name counts only for a country the article also
    # names otherwise: 'Manbij' five times makes a Syria story that names the US seven times
    # Syria's, while a lone homonym village cannot pull the focus abroad.
    for c, w in small.items():
        if c in counts or c in beside:
            first.setdefault(c, n)
            counts[c] += w
            placed.add(c)
    if dl_country is not None and not counts:
        counts[dl_country] = FOCUS_WEIGHT["country"]  # the dateline's country, when nothing else is told
        first[dl_country] = 0
    # Where things happen leads: a story of strikes in Syria that names Russia and the US as the
    # actors and speakers more often is still a Syria story.
    ranked = sorted(counts, key=lambda c: (-where[c], -counts[c], first[c]))
    leads = bool(ranked) and (
        len(ranked) == 1 or (where[ranked[0]], counts[ranked[0]]) > (where[ranked[1]], counts[ranked[1]])
    )
    doc.user_data[FOCUS_KEY] = (
        tuple(ranked),
        _clear(ranked, counts),
        leads,
        frozenset(placed),
        frozenset(named | beside | set(homes)),  # countries the text names (or borders, or arms) itself
    )
    return ranked


def _dateline_town_country(doc: Doc, gaz: Gazetteer, dl: tuple[int, int]) -> str | None:
    """The country of the town a dateline opens with ('KUMASI (Reuters) -' -> 'GH'), when the
    gazetteer knows that town by its exact name, else None."""
    start, end = dl
    if start < 0 or end <= start:
        return None
    head = re.split(r"[,(/]", doc_text(doc)[start:end], maxsplit=1)[0].strip(" -–—:")
    town = next(iter(gaz.lookup(head, (), "city", loose=False)), None) if head else None
    return town.country if town is not None and town.kind == "city" else None


def _dateline_country(doc: Doc, gaz: Gazetteer, start: int, end: int) -> str | None:
    """The country a dateline names after its town ('JAYAPURA, Indonesia (AP) -' -> 'ID'), or None.
    Where the story was filed is not what it is about, but when the story names no other country the
    dateline's own says which namesake its towns are ('Dang' of Nepal, not India's 'The Dangs')."""
    if start < 0 or end <= start:
        return None
    head = re.sub(r"\([^)]*\)", " ", doc_text(doc)[start:end])
    for part in head.split(",")[1:]:
        c = gaz.country(part.strip())
        if c is not None and c.country and not gaz.demonym(part.strip()):
            return c.country
    return None


#: What a big town's name counts for its country's focus when another country has a big town of that
#: exact name ('Concepcion' of Chile or of the Philippines): the text's unambiguous names decide.
AMBIGUOUS_TOWN_FOCUS_SHARE = 0.5
#: ... but only a namesake at least this fraction as big (inverted) counts: Gaza's Mozambican province
#: is no rival to the Gaza Strip's.
NAMESAKE_SIZE_RATIO = 2


def _namesake_abroad(found: Sequence[Place], p: Place, key: str) -> bool:
    """Another country has a town or province spelled exactly ``key`` of ``FOCUS_TOWN_POPULATION`` or
    more and half ``p``'s size or more: the reading ``p`` found first is no better evidence of the
    story's country than that one."""
    return any(
        q.country != p.country
        and q.kind in ("city", "admin1")
        and q.population >= FOCUS_TOWN_POPULATION
        and q.population * NAMESAKE_SIZE_RATIO >= p.population
        and fold(q.name, place=True) == key
        for q in found
    )


def _border_named(lows: Sequence[str], i: int, j: int) -> bool:
    """The country's name or demonym doc[i:j] names the far side of a line, not where the place
    described lies: 'near the Thai border', 'on the border with Chad', "on Chad's border", 'the
    Niger river' (a river called after a country runs through others too)."""
    n = len(lows)
    if j < n and lows[j] in BORDER_NOUNS | RIVER_NOUNS:
        return True
    if j + 1 < n and lows[j] in ("'s", "’s") and lows[j + 1] in BORDER_NOUNS:
        return True
    return i >= 2 and lows[i - 1] in ("with", "of") and lows[i - 2] in BORDER_NOUNS


#: A dateline town this big is a filing hub ('NAIROBI', 'BEIRUT') whose neighbours' towns its
#: stories tell of (people).
HUB_DATELINE_POPULATION = 500_000


def _beside_countries(
    doc: Doc, gaz: Gazetteer, across: set[str], named: set[str], dl: tuple[int, int]
) -> set[str]:
    """Countries the text puts its places in without naming them: the neighbours of a country named
    across a border ('Myawaddy, on the border with Thailand' lies in one of Thailand's neighbours),
    and, in a story that names no country, the dateline hub's country and its neighbours
    ('BEIRUT - Warplanes bombed Saraqeb': a Syrian town, not news only when it is big)."""
    beside: set[str] = set()
    for c in across:
        beside |= gaz.neighbours(c) - {c}
    start, end = dl
    if not named and 0 <= start < end:
        head = re.split(r"[(,]", doc_text(doc)[start:end])[0].strip()
        hub = next(iter(gaz.lookup(head, loose=False)), None) if head else None
        if hub is not None and hub.kind in ("city", "admin1") and hub.population >= HUB_DATELINE_POPULATION:
            beside |= gaz.neighbours(hub.country)
    return beside


def _squeezed(name: str) -> str:
    """A folded name without spaces ('North-West' = 'Northwest')."""
    return fold(name, place=True).replace(" ", "")


#: A town this big says on its own where a story is (people).
FOCUS_TOWN_POPULATION = 100_000


def _focus_town_floor(town: Place, named: set[str], homes: Sequence[str], gaz: Gazetteer) -> int:
    """How big a town must be to count for the focus by its name alone: ``FOCUS_TOWN_POPULATION`` in a
    country the text names, a neighbour of one, or whose armed group it names, or in a text naming
    none, else as big as a town abroad must be to
    be news on its name (``FOREIGN_MIN_POPULATION``, as ``_far_homonym`` reads it): a homonym of the
    story's village in a country never named ('Sultanpur' of India in an Afghan story, 'Kani' of
    Japan in a Myanmar one) would otherwise pull the focus abroad."""
    if (
        not named
        or town.country in named
        or town.country in homes
        or any(town.country in gaz.neighbours(c) for c in named)
    ):
        # a text naming no country is told where it is by its towns; a neighbour's town is a
        # frontline one ('Russian forces shelled Nikopol')
        return FOCUS_TOWN_POPULATION
    return FOREIGN_MIN_POPULATION


def _division_told_country(doc: Doc, i: int, j: int, town: Place, gaz: Gazetteer) -> str | None:
    """The country of the division the name's own words put it in ('X village of Y province', 'X in
    Y province', 'X, Y' with Y a province's exact name) when that is not the country of the town
    abroad the gazetteer knows by the name: 'Sultanpur, Nangarhar' names Afghanistan, not India's
    Sultanpur. None when the words name no division or the town's own country's."""
    if town.kind != "city":
        return None
    ctx = _Context(doc, i, j, gaz, ())
    if ctx.admin1 and town.admin1 and _squeezed(ctx.admin1) == _squeezed(town.admin1):
        return None  # 'Bamenda, Northwest region': the town's own province (North-West), by its spelling
    told = ctx.country
    low, caps = doc_lowers(doc), _caps(doc)
    if told is None and j + 1 < len(doc) and low[j] == "," and caps[j + 1]:
        e = j + 1
        while e < len(doc) and caps[e] and e - j <= MAX_UNKNOWN_TOKENS:
            e += 1
        named = gaz.lookup(doc[j + 1 : e].text, loose=False)
        if named and named[0].kind == "admin1" and e < len(doc) and low[e] in (",", ".", "on", "in"):
            told = named[0].country
    return told if told is not None and told != town.country else None


#: Dependencies through which a country's name acts or describes ('Russia bombed', 'US officials',
#: "Syria's government"), rather than saying where things happen.
ACTOR_DEPS = frozenset(("nsubj", "nsubjpass", "compound", "amod", "poss", "nmod", "dobj"))


def _country_weight(doc: Doc, i: int, j: int) -> float:
    """How much a country's name says the article is about it: as where things happen ('in
    Syria') as much as a town; as an actor or an attribute ('Russia bombed', 'US officials') as
    little as a demonym; otherwise as a country."""
    root = span_root(doc, i, j)
    if (
        doc_deps(doc)[root] in ("compound", "amod")
        and doc_lowers(doc)[doc_heads(doc)[root]] not in POSSESSIVE_HEADS
    ):
        return FOCUS_WEIGHT["demonym"]  # 'in US warplanes' names whose warplanes, not where
    prep = _governing_prep(doc, i, j)
    if prep in COUNTRY_PLACE_PREPS:
        return FOCUS_WEIGHT["place"]
    if prep is None and doc_deps(doc)[root] in ACTOR_DEPS:
        return FOCUS_WEIGHT["demonym"]
    return FOCUS_WEIGHT["country"]


def main_country(doc: Doc) -> str | None:
    """The article's country when one leads all others in ``focus_countries`` (run first);
    None when several tie ('Turkish, Iraqi and Iranian officials said'), as then an event
    that names no place of its own cannot be put in any one of them, and None when the
    article names it only by nationality adjectives: 'Afghan refugees', 'Israeli jets' say
    whose people, not where an event happened."""
    stored = doc.user_data.get(FOCUS_KEY)
    if not stored or not stored[0] or not stored[2] or stored[0][0] not in stored[3]:
        return None
    return stored[0][0]


#: '<Country>-led coalition', 'Iran-backed militia': the country describes an actor.
ACTOR_COMPOUNDS = load_list("lexicons", "compounds.yaml", "actor_suffixes")


def _actor_compound(doc: Doc, j: int) -> bool:
    """doc[:j] ends a '<Country>-led' adjective."""
    return doc_text(doc)[doc[j - 1].idx + len(doc[j - 1]) :][:12].lower().startswith(ACTOR_COMPOUNDS)


def _clear(ranked: Sequence[str], counts: Counter[str]) -> bool:
    """The main focus country is named at least twice and more often than any other."""
    if not ranked:
        return False
    top = counts[ranked[0]]
    return top >= 2 and (len(ranked) == 1 or top > counts[ranked[1]])


def _focus_is_clear(doc: Doc, countries: tuple[str, ...]) -> bool:
    """Whether ``countries`` are this Doc's clearly worked-out focus, or were given by a caller
    that knows (the article's focus handed to its headline)."""
    if not countries:
        return False
    stored = doc.user_data.get(FOCUS_KEY)
    if stored is None or stored[0][:1] != countries[:1]:
        return True
    return stored[1]
