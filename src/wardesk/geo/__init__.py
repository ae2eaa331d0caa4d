"""Stage geo: an offline gazetteer and the place names of a spaCy Doc.

``Gazetteer`` answers name, country and reverse lookups from a compiled SQLite
index (``python -m wardesk.geo.build``); ``find_places`` lists the place
mentions of a Doc with what their context says (precision, preposition,
admin1), and ``headline_readings`` gives a headline's namesakes the body's
readings; ``focus_countries`` tells which countries an article is about and
``main_country`` whether one of them clearly leads. Which
place an event happened at is the event extractor's choice, not this stage's.
"""

from wardesk.geo.gazetteer import Gazetteer
from wardesk.geo.mentions import find_places, focus_countries, headline_readings, main_country
from wardesk.geo.place import Place, PlaceMention

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceMention",
    "find_places",
    "focus_countries",
    "headline_readings",
    "main_country",
]
