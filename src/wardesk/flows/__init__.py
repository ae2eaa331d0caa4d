"""Flows: the only place that puts the stages in order; the CLI, the API and ``scale`` call these.

- ``extract``: inputs -> articles (``ingest``) -> Docs (``nlp``) -> events (``extract``);
  ``Pipeline`` for articles already read, ``extract_inputs`` for a whole run.
- ``ingest``: the ``wardesk ingest`` run: inputs, URLs and feeds -> deduplicated
  articles and their events in the store (``Ingester``), then the link run.
- ``link``: stored events of some articles -> stories in the store (``link_events``).
- ``console``: what the ingest, stats and failures commands show (progress, summary, tables).

A stage never imports a flow; flows import stages and each other, never the CLI, API or ``scale``.
"""

from __future__ import annotations
