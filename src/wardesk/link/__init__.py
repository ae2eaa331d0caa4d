"""Link reports of one real-world event across articles into stories, and reconcile them.

Entry point: ``link_reports(reports, existing, texts) -> list[Story]`` over plain
data (no database); ``link_events(db, article_ids)`` runs it over the store.
"""

from __future__ import annotations

from wardesk.link.cluster import link_reports
from wardesk.link.report import Report
from wardesk.link.store_adapter import link_events
from wardesk.link.story import Story

__all__ = ["Report", "Story", "link_events", "link_reports"]
