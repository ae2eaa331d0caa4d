"""The spaCy components take the batch sizes that suit them, and no annotation depends on the batch."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, SENT_START, TAG

from wardesk.flows.extract import BATCH_ARTICLES, COMPONENT_BATCH, Pipeline, process_pipeline
from wardesk.record import Article

ARTICLES = [
    "Gunmen on motorcycles attacked a checkpoint outside the provincial capital late on Friday.",
    "Two fishermen drowned after their boat was fired on near the coast, the navy said.",
    "The army said it had retaken the border crossing.\n\nResidents fled south as artillery fire continued "
    "through the night, and aid groups said the road to the camps was cut.",
    "A drone strike hit a wedding party in the hills, killing at least eleven guests.",
    "Police in the capital arrested four men suspected of planning attacks on churches and markets "
    "during the holiday, a spokesman for the interior ministry told reporters on Sunday.",
    "Clashes between two militias left the airport closed for a third day.",
    "Medics said the wounded were taken to a hospital run by a charity.",
]
ATTRS = [TAG, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, SENT_START]


@pytest.mark.parametrize("name", sorted(COMPONENT_BATCH))
def test_extract_component_batch_names_a_component(name: str) -> None:
    """A batch size for a component the pipeline does not have would be silently unused."""
    assert name in process_pipeline().nlp.component_names
    assert 0 < COMPONENT_BATCH[name] <= BATCH_ARTICLES


@pytest.mark.parametrize("size", [1, 3, BATCH_ARTICLES])
def test_extract_annotation_does_not_depend_on_batch(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article parsed in a batch of ``size`` is annotated as when it is parsed alone."""
    pipeline: Pipeline = process_pipeline()
    monkeypatch.setattr("wardesk.flows.extract.BATCH_ARTICLES", size)
    articles = [Article(id=str(i), text=text) for i, text in enumerate(ARTICLES)]
    together = []
    for i in range(0, len(articles), size):
        together += [docs[0].to_array(ATTRS).tolist() for docs in pipeline._parse(articles[i : i + size])]
    alone = [pipeline.nlp(text).to_array(ATTRS).tolist() for text in ARTICLES]
    assert together == alone
