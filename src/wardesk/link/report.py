"""A report: one article's account of one event, the unit that linking groups into stories."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from wardesk.record import Event


@dataclass(frozen=True)
class Report:
    """One event as one article tells it.

    ``near_dup_of`` names the original (its article id or report id) when the
    article is a republished copy, e.g. the same wire story in a second
    outlet: the copy joins the original's story but is not an independent
    source.
    """

    report_id: str
    article_id: str
    outlet: str | None
    published: dt.date | None
    event: Event
    near_dup_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates as ISO text)."""
        return {
            "report_id": self.report_id,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "event": self.event.model_dump(mode="json"),
            "near_dup_of": self.near_dup_of,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        """Inverse of ``to_dict``; the event is validated by the record model."""
        pub = d.get("published")
        return cls(
            report_id=str(d["report_id"]),
            article_id=str(d["article_id"]),
            outlet=d.get("outlet"),
            published=dt.date.fromisoformat(pub) if pub else None,
            event=Event.model_validate(d["event"]),
            near_dup_of=d.get("near_dup_of"),
        )
