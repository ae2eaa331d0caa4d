"""The event record: claims are either numbers or claims of responsibility (docs/event-schema.md)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from wardesk.record import Claim


@pytest.mark.parametrize(
    "data",
    [
        {"what": "killed", "value": 12, "source": "the health ministry"},
        {"what": "responsibility", "actor": "Islamic State", "stance": "claims", "source": "Amaq"},
        {"what": "responsibility", "actor": "Rebels", "stance": "accuses", "source": "the army"},
        {"what": "responsibility", "actor": "Syria", "stance": "denies", "source": None},
    ],
)
def test_record_claim_valid_shapes(data: dict) -> None:
    assert Claim.model_validate(data).what == data["what"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"what": "killed"}, "needs a value"),
        ({"what": "responsibility", "stance": "accuses"}, "needs an actor and a stance"),
        ({"what": "responsibility", "actor": "Houthis"}, "needs an actor and a stance"),
        ({"what": "responsibility", "actor": "Houthis", "stance": "blames"}, "stance"),
        ({"what": "responsibility", "actor": "Houthis", "stance": "denies", "value": 3}, "has no value"),
        ({"what": "killed", "value": 3, "stance": "denies"}, "only a responsibility claim"),
    ],
)
def test_record_claim_malformed_is_refused_with_reason(data: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Claim.model_validate(data)
