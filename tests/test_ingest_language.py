"""The English test: function-word share and script, on texts written for these tests."""

from __future__ import annotations

import pytest

from wardesk.ingest.language import function_words, judge_language, looks_english
from wardesk.resources import load_text

ENGLISH = [
    "Ten killed in Aleppo blast.",
    "Bomb kills 5",
    "Russian strikes kill 34 civilians in the eastern province on Sunday",
    "Warplanes struck a market in the northern town on Tuesday, killing at least nine civilians and "
    "wounding more than twenty, a local rescue group said. The group said its volunteers were still "
    "searching the rubble of two buildings that collapsed in the raid.",
    # Punctuation stripped, headline style, as in FA-KES.
    "Fri Apr 29 2016 9 Injured in New Mortar Shell Attacks on City Neighborhood 9 injured including 5 "
    "children in New Mortar Shell Attacks in the neighborhood state TV announced",
]

OTHER = {
    "fr": "Au moins douze civils ont été tués mardi dans une frappe aérienne sur un marché de la ville, selon "
    "une organisation locale. Les secouristes ont cherché des survivants dans les décombres pendant toute la nuit.",
    "de": "Bei einem Luftangriff auf einen Markt in der Stadt sind am Dienstag mindestens zwölf Zivilisten "
    "getötet worden, wie eine örtliche Organisation mitteilte. Rettungskräfte suchten die ganze Nacht.",
    "es": "Al menos doce civiles murieron el martes en un ataque aéreo contra un mercado de la ciudad, según "
    "una organización local. Los rescatistas buscaron sobrevivientes entre los escombros.",
    "it": "Almeno dodici civili sono stati uccisi martedì in un attacco aereo contro un mercato della città, "
    "secondo un'organizzazione locale. I soccorritori hanno cercato sopravvissuti tra le macerie.",
    "ru": "По меньшей мере двенадцать мирных жителей погибли во вторник в результате авиаудара по рынку.",
    "ar": "قتل ما لا يقل عن اثني عشر مدنيا يوم الثلاثاء في غارة جوية على سوق في المدينة",
    "fr-short": "Au moins douze civils ont été tués mardi dans une frappe aérienne.",
}


@pytest.mark.parametrize("text", ENGLISH)
def test_language_accepts_english(text: str) -> None:
    assert looks_english(text), judge_language(text)


@pytest.mark.parametrize("lang", sorted(OTHER))
def test_language_rejects_other_languages(lang: str) -> None:
    verdict = judge_language(OTHER[lang])
    assert not verdict.english
    assert verdict.explain()


def test_language_word_list_has_source_and_licence() -> None:
    text = load_text("lexicons", "english_function_words.txt")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("Source:" in line for line in header) and any("Licence:" in line for line in header)
    words = function_words()
    assert 100 <= len(words) <= 130 and "the" in words and "#" not in "".join(words)
