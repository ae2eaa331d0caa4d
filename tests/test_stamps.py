"""Publication stamps and datelines: when an outlet printed a story, not when anything in it happened."""

from __future__ import annotations

import pytest

from wardesk.extract.stamps import _stamp_spans, in_stamp

CASES = [
    (
        "Published 09:12 GMT, 14 March 2019\nGunmen killed seven villagers.",
        ["Published 09:12 GMT, 14 March 2019"],
    ),
    ("Last updated: 11:40, Mar 14, 2019\nGunmen killed seven.", ["Last updated: 11:40, Mar 14, 2019"]),
    (
        "14.03.2019 (updated 1140 14.03.2019) At least 12 people died.",
        ["14.03.2019", "updated 1140 14.03.2019"],
    ),
    ("14.03.2019 Get short URL 0 67 At least 12 people died.", ["14.03.2019", "Get short URL 0 67"]),
    ("Posted on March 14 2019 by Staff Gunmen killed seven.", ["Posted on March 14 2019"]),
    ("Thu 14 Mar 2019 Gunmen kill seven in Kaduna. Gunmen killed seven.", ["Thu 14 Mar 2019"]),
    ("14-03-2019 12 Villagers Killed in Kaduna.", ["14-03-2019"]),
    ("Gunmen kill seven in Kaduna Police AFP Thursday 14 Mar 2019 Gunmen killed", ["Thursday 14 Mar 2019"]),
    ("KADUNA, March 14 (Reuters) - Gunmen killed seven villagers.", ["March 14"]),
    ("KADUNA (Daily Trust / 14 March) — Gunmen killed seven villagers.", ["14 March"]),
    ("Lagos, Mar 14 (AFP) Gunmen killed seven villagers.", ["Mar 14"]),
    (
        "Kaduna attack leaves seven dead\nMarch 14, 2019 / 6:02 PM / 3 years ago\nGunmen killed",
        ["March 14, 2019 / 6:02 PM / 3 years ago"],
    ),
    # a story's own dates come with a preposition, or lower down
    ("Gunmen attacked the village on 12 March 2019 and killed seven.", []),
    ("The clashes began on the 3rd of March 2019 near the border.", []),
    ("Since the 1st of March 2019 the army has lost 40 soldiers.", []),
    ("Gunmen killed seven villagers late on Tuesday, police said.", []),
    # a photo caption's date is the day of what the photo shows
    (
        "Gunmen kill seven\nResidents inspect a burnt house in Kajuru, Nigeria March 12, 2019. REUTERS/Staff",
        [],
    ),
]


@pytest.mark.parametrize(("text", "stamps"), CASES)
def test_stamps_found_in_the_opening(text, stamps):
    assert [text[a:b] for a, b in _stamp_spans(text)] == stamps


def test_stamps_in_stamp_overlaps(nlp):
    doc = nlp("KADUNA, March 14 (Reuters) - Gunmen killed seven villagers on Tuesday.")
    start = doc.text.index("March")
    assert in_stamp(doc, start, start + len("March 14"))
    tuesday = doc.text.index("Tuesday")
    assert not in_stamp(doc, tuesday, tuesday + len("Tuesday"))
