"""Link reports of one real-world event across articles into stories, and reconcile them.

Entry point: ``link_reports(reports, existing, texts) -> list[Story]`` over plain
data; the stage knows no database (``wardesk.flows.link`` runs it over the store).
"""

from __future__ import annotations

from wardesk.link.cluster import link_reports
from wardesk.link.report import Report
from wardesk.link.story import Story

__all__ = ["Report", "Story", "link_reports"]
