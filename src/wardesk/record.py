"""The event record: the only definition in code of ``docs/event-schema.md``.

Every stage after ``extract`` speaks these models; ``wardesk extract`` writes
them and validates its own output with them, so the contract cannot drift from
the code that fulfils it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

EventType = Literal[
    "air_strike",
    "missile_artillery",
    "remote_explosive",
    "suicide_bomb",
    "chemical_weapon",
    "armed_clash",
    "territory_change",
    "attack_on_civilians",
    "abduction",
    "other",
]
Kind = Literal["incident", "aggregate"]
DatePrecision = Literal["day", "range", "week", "month", "year", "unknown"]
PlacePrecision = Literal["exact", "near", "admin1", "country"]
ActorType = Literal["state_forces", "rebel_group", "militia", "civilians", "external_forces", "unknown"]
ClaimWhat = Literal[
    "killed",
    "injured",
    "displaced",
    "abducted",
    "sorties",
    "strikes",
    "targets_hit",
    "munitions",
    "vehicles_destroyed",
    "facilities_destroyed",
    "money",
    "other",
    "responsibility",
]
#: Who says what about who did it (``what: "responsibility"``): the source accuses the
#: actor, the actor claims the act itself, or the source denies that the actor did it.
Stance = Literal["accuses", "claims", "denies"]
Qualifier = Literal["at_least", "more_than", "up_to", "about"]
SourceVerb = Literal["said", "claimed", "reported", "confirmed", "denied", "according_to"]
PublishedFrom = Literal["input", "dateline", "html", "option", "none"]

#: ``DateSpan.text`` of a date the text does not give, assumed from the publication date (news tells
#: what happened since the last edition: the day before publication or that day).
NO_DAY_GIVEN = "(no day given)"

#: ACLED's event type (the "family") of each wardesk event type.
FAMILY: dict[str, str] = {
    "air_strike": "explosions_remote_violence",
    "missile_artillery": "explosions_remote_violence",
    "remote_explosive": "explosions_remote_violence",
    "suicide_bomb": "explosions_remote_violence",
    "chemical_weapon": "explosions_remote_violence",
    "armed_clash": "battles",
    "territory_change": "battles",
    "attack_on_civilians": "violence_against_civilians",
    "abduction": "violence_against_civilians",
    "other": "other",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


_SURROGATE = re.compile("[\ud800-\udfff]")


class Article(_Model):
    """One article as it enters the pipeline (the schema's input record)."""

    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    text: str = ""
    html: str | None = None
    published_from: PublishedFrom = "none"

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: object) -> str:
        return str(v)

    @field_validator("id", "url", "title", "source", "text", "html", mode="after")
    @classmethod
    def _encodable(cls, v: str | None) -> str | None:
        """A lone UTF-16 surrogate (JSON allows ``"\\ud800"``) becomes U+FFFD, one character
        for one so offsets hold: no UTF-8 tokenizer, database or output file can take it."""
        if v is None or v.isascii() or not _SURROGATE.search(v):
            return v
        return _SURROGATE.sub("\ufffd", v)


class DateSpan(_Model):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision = "unknown"
    text: str | None = None


class Location(_Model):
    name: str
    admin1: str | None = None
    country: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    precision: PlacePrecision = "exact"
    text: str | None = None
    #: Where lat/lon come from: "gazetteer" (the place's own entry), "user_gazetteer" (an entry of
    #: the user's additions), or, for a place no gazetteer has, the containing place they are
    #: borrowed from: "town:<name>", "admin1:<name>" or "country:<code>". None: no coordinates.
    coords_from: str | None = None


class Actor(_Model):
    name: str
    type: ActorType = "unknown"
    text: str | None = None


class Count(_Model):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Claim(_Model):
    """A number the article gives, or a claim of responsibility, with who gave it.

    A number (``what`` other than ``responsibility``) has a ``value``. A claim
    of responsibility has no value; it names the ``actor`` said to have done
    it and the ``stance`` of the ``source`` towards that (docs/event-schema.md).
    """

    what: ClaimWhat
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier | None = None
    source: str | None = None
    text: str | None = None
    actor: str | None = None
    stance: Stance | None = None

    @model_validator(mode="after")
    def _shape(self) -> Claim:
        """A claim is either a number or a claim of responsibility, never half of each."""
        if self.what == "responsibility":
            if not self.actor or self.stance is None:
                raise ValueError(
                    "a responsibility claim needs an actor and a stance (accuses, claims, denies)"
                )
            if self.value is not None:
                raise ValueError("a responsibility claim has no value")
        else:
            if self.value is None:
                raise ValueError(f"a '{self.what}' claim needs a value")
            if self.stance is not None:
                raise ValueError(f"only a responsibility claim has a stance, not a '{self.what}' claim")
        return self


class Source(_Model):
    name: str
    organization: str | None = None
    verb: SourceVerb = "said"
    via: str | None = None
    text: str | None = None


class Evidence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(_Model):
    kind: Kind = "incident"
    event_type: EventType = "other"
    date: DateSpan = Field(default_factory=DateSpan)
    locations: list[Location] = Field(default_factory=list)
    initiators: list[Actor] = Field(default_factory=list)
    targets: list[Actor] = Field(default_factory=list)
    weapons: list[str] = Field(default_factory=list)
    fatalities: Count = Field(default_factory=Count)
    injuries: Count = Field(default_factory=Count)
    claims: list[Claim] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    background: bool = False
    confidence: float = Field(default=0.5, ge=0, le=1)
    # no word of the event's own names its kind (no weapon, no means): ``event_type`` was filled
    # from the article's other events or by default (civilians killed by armed men: an attack on
    # civilians); linking takes such a type as untold, not as a kind that excludes another report's
    type_filled: bool = False


class ArticleEvents(_Model):
    """One output line: the events of one article, main event first."""

    article_id: str
    published: dt.date | None = None
    published_from: PublishedFrom = "none"
    events: list[Event] = Field(default_factory=list)
