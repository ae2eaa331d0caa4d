"""Claims and their sources across an article: figures outside event sentences, restated figures.

A frame's own figures get their speaker in ``article.draft_of`` (the
attribution whose scope holds them). What is decided here needs the whole
article: a figure in a sentence that reports no event of its own ("The
raid cost the cartel $4 million a week in smuggling revenue, the governor
said.", "Forty remain in hospital.") belongs to the event the paragraph is
telling; a figure the article states twice (a headline's "kills 12", "12 people
were killed, police said") is one claim, whoever the article names for it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from typing import Any

from wardesk.extract.attribution import reporting_lemmas
from wardesk.extract.draft import Draft
from wardesk.record import Claim, Source
from wardesk.resources import load_words

#: A figure in a sentence without an event joins the event told at most this many sentences
#: before it in its paragraph ("Jets destroyed 15 depots. The raids cost the group $2
#: million a day."); further back a figure is more often context than the event's.
ORPHAN_WINDOW_SENTENCES = 3


#: The kinds of figure that set an event's counts (record.Event.fatalities and injuries).
COUNT_WHATS = frozenset({"killed", "injured"})
#: Verbs whose subject speaks: "two residents told AFP" counts the sources, not the event.
SPEAKING = reporting_lemmas()
#: Verbs whose object is what they report ("confirmed 12 deaths", "reported 20 houses burnt").
REPORTING_OBJECTS = load_words("lexicons", "reporting_verbs.yaml", "object_reporting_verbs")


def counts_something(q: Any, doc: Any) -> bool:
    """A figure of no known kind ("other") is worth a claim when it counts something the event
    involved ("about 40 rebels attacked", "51 drones were shot down", "20 houses burnt"): an
    exact figure with a counted noun, not a part of a larger one, not the speakers themselves."""
    if getattr(q, "of_victims", False) and not q.vague:
        return True  # "the victims included three children": the event's victims (name_victims)
    if q.vague or q.counted is None or q.part_of_larger:
        return False
    span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
    noun = span.root.head if span is not None and span.root.dep_ == "nummod" else None
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return True
    verb = noun.head.lemma_.lower()
    if noun.dep_ == "dobj" and verb in REPORTING_OBJECTS:
        return True  # "reported about twenty houses burnt": what is reported
    # "two residents told AFP": who speaks; "tweeted two pictures": what was published
    return verb not in SPEAKING


def elided_counts(quantities: list[Any]) -> list[Any]:
    """A part of a figure that does not repeat its noun counts what the figure counts: "launched
    101 cruise missiles, including 18 fired on Friday" -> 18 missiles (munitions too)."""
    out: list[Any] = []
    for q in quantities:
        if q.what == "other" and q.counted is None and q.part_of_larger:
            whole = next(
                (p for p in reversed(out) if p.what != "other" and p.start_char < q.start_char), None
            )
            if whole is not None:
                q = dataclasses.replace(q, what=whole.what, counted=whole.counted)
        out.append(q)
    return out


@dataclass(frozen=True)
class LooseFigure:
    """A figure read in a sentence that reports no event, with its speaker (None: the article)."""

    sent_i: int
    claim: Claim
    quantity: Any  # numbers.Quantity


def attach_loose_figures(
    drafts: list[Draft], figures: list[LooseFigure], sent_starts: list[int], paragraphs: list[int]
) -> None:
    """Give each loose figure to the event the article tells just before it, in its paragraph.

    The event whose sentence is nearest before the figure (at most
    :data:`ORPHAN_WINDOW_SENTENCES` back, never across a paragraph break)
    takes it; a figure with no such event is dropped, as before.
    """
    told = [(bisect.bisect_right(sent_starts, s) - 1, d) for d in drafts for s, _ in d.evidence]
    for fig in figures:
        best: Draft | None = None
        best_gap = ORPHAN_WINDOW_SENTENCES + 1
        for si, d in told:
            gap = fig.sent_i - si
            if 0 < gap < best_gap and paragraphs[si] == paragraphs[fig.sent_i]:
                best, best_gap = d, gap
        if best is not None:
            best.claims.append((fig.claim, fig.quantity))


def source_restated_figures(
    drafts: list[Draft], headline_ids: Container[int] = (), title_ids: Container[int] = ()
) -> None:
    """A figure stated without a speaker takes the speaker the article names for the same
    figure elsewhere (same kind, same value), when that is one speaker only. A figure of the
    headline or lead (``headline_ids``, by claim id) restates the report the article opens
    with: where several speakers give it, it takes the first of them in the text. The
    headline's own speakers (``title_ids``: "..., activist says") only sum up the text's and
    name no one for it."""
    named: dict[tuple[str, float], list[tuple[int, str]]] = {}
    for d in drafts:
        for c, q in d.claims:
            if c.source and c.value is not None and id(c) not in title_ids:
                named.setdefault((c.what, c.value), []).append((getattr(q, "start_char", 0), c.source))
    for d in drafts:
        out = []
        for c, q in d.claims:
            who = named.get((c.what, c.value)) if c.value is not None and not c.source else None
            if who and (len({s for _, s in who}) == 1 or id(c) in headline_ids):
                c = c.model_copy(update={"source": min(who)[1]})
            out.append((c, q))
        d.claims = out


def mark_restated_headline_figures(drafts: list[Draft], headline_ids: Container[int]) -> None:
    """A headline's figure that the text states again (same kind, same value, anywhere in the
    article) is one claim with the text's: the headline's copy is marked ``restated`` and leaves
    the event's claims (``rank.finish``), which keep the text's speaker and words. It still
    counts where the event's toll is chosen (the headline's figure is the event's). A headline
    figure the text never gives stays."""
    told = {
        (c.what, c.value)
        for d in drafts
        for c, _ in d.claims
        if id(c) not in headline_ids and c.value is not None
    }
    for d in drafts:
        d.claims = [
            (c, dataclasses.replace(q, restated=True))
            if id(c) in headline_ids and (c.what, c.value) in told and dataclasses.is_dataclass(q)
            else (c, q)
            for c, q in d.claims
        ]


#: A relayed report must be named at least this many times to speak for the whole article.
RELAYED_REPORT_MIN_MENTIONS = 2


def relayed_report(attributions: list[Any]) -> str | None:
    """The outlet whose report the article relays, or None: the article opens by citing it
    ("..., the weekly X reported") and names it more often than any other
    source, at least twice. Such an article retells the outlet's report throughout."""
    if not attributions or not attributions[0].carrier:
        return None
    counts = Counter(a.name for a in attributions).most_common(2)
    name, n = counts[0]
    if name != attributions[0].name or n < RELAYED_REPORT_MIN_MENTIONS:
        return None
    return name if len(counts) == 1 or counts[1][1] < n else None


def credit_relayed_report(drafts: list[Draft], outlet: str) -> None:
    """In an article that relays one outlet's report (``relayed_report``), the events and figures
    nobody is quoted on are that report's: they take the outlet as their source."""
    for d in drafts:
        if not d.sources:
            d.sources = [Source(name=outlet, verb="reported")]
        d.claims = [
            (c.model_copy(update={"source": outlet}) if c.value is not None and not c.source else c, q)
            for c, q in d.claims
        ]


def name_victims(drafts: list[Draft]) -> None:
    """A count of an event's victims ("the victims included three children", "four of the victims
    were women") counts its dead when the event has a death toll that can hold it, else its
    wounded when it has only a toll of wounded that can; with no such toll it stays "other"."""
    for d in drafts:
        if not any(getattr(q, "of_victims", False) for _, q in d.claims):
            continue
        tolls: dict[str, float] = {}
        for c, q in d.claims:
            if c.what in COUNT_WHATS and c.value is not None and not getattr(q, "of_victims", False):
                tolls[c.what] = max(tolls.get(c.what, 0.0), c.value)
        out = []
        for c, q in d.claims:
            if getattr(q, "of_victims", False) and c.what == "other" and c.value is not None:
                kind = next((k for k in ("killed", "injured") if c.value <= tolls.get(k, 0.0)), None)
                if kind is not None and (kind == "killed" or "killed" not in tolls):
                    c, q = c.model_copy(update={"what": kind}), dataclasses.replace(q, what=kind)
            out.append((c, q))
        d.claims = out


def prune_vague_figures(drafts: list[Draft]) -> None:
    """A vague word ("kills dozens", "scores were wounded") is no figure beside the exact one the
    article gives for the same count of the same event: it leaves the claims. A vague toll
    stays where it is the only one (it then sets the event's count, as ACLED codes them; the
    record shows it as a count without a claim, see ``rank.finish``); vague tallies ("several strikes", "dozens of
    vehicles") count nothing and leave. Equal figures stay: two statements of one number may
    count different dead."""
    for d in drafts:
        exact = {c.what for c, q in d.claims if c.value is not None and not getattr(q, "vague", False)}
        d.claims = [
            (c, q)
            for c, q in d.claims
            if not (getattr(q, "vague", False) and (c.what in exact or c.what not in COUNT_WHATS))
        ]
