"""Is this text English? A cheap test on the share of English function words.

A language identifier model would be more exact, but wardesk only needs to
turn away what its English pipeline cannot read, and function words are the
most language-specific tokens there are: English prose has about a third of
its words in the list, other Latin-script languages a few percent.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from wardesk.resources import load_lines

#: How much of a text is looked at. The opening of an article is enough to
#: tell its language, and the test stays cheap on long articles.
LANGUAGE_SAMPLE_CHARS = 2000

#: Minimum share of sampled words that are English function words.
#: Calibrated on FA-KES (804 English articles, punctuation partly stripped):
#: among texts of 20 words or more the lowest share is 0.22, the median 0.36;
#: French, German, Spanish, Italian and Portuguese paragraphs written for the
#: tests score 0.00 to 0.05. Rerun both after editing the word list.
MIN_FUNCTION_WORD_SHARE = 0.12

#: Below this many words the share is too noisy to judge (a headline, a
#: one-line wire flash): such a text needs only one function word, and one
#: of fewer than ``MIN_WORDS_TO_JUDGE`` words passes on the script test alone.
MIN_WORDS_FOR_SHARE = 20
MIN_WORDS_TO_JUDGE = 6

#: Minimum share of letters that are Latin script (A-Z and accented Latin).
#: Below it the text is Arabic, Cyrillic, CJK ... whatever its function words.
MIN_LATIN_LETTER_SHARE = 0.7

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageVerdict:
    """Whether a text reads as English, with the figures the verdict rests on."""

    english: bool
    words: int
    function_word_share: float
    latin_letter_share: float

    def explain(self) -> str:
        """One clause saying why the text was judged not English."""
        if self.latin_letter_share < MIN_LATIN_LETTER_SHARE:
            return f"only {self.latin_letter_share:.0%} of its letters are Latin script"
        if self.words < MIN_WORDS_FOR_SHARE:
            return f"none of its {self.words} words is a common English word (the, of, in, ...)"
        return (
            f"only {self.function_word_share:.0%} of its first {self.words} words are common English "
            f"words (English text has {MIN_FUNCTION_WORD_SHARE:.0%} or more)"
        )


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The English function words, from ``resources/lexicons/english_function_words.txt``."""
    return frozenset(w.lower() for w in load_lines("lexicons", "english_function_words.txt"))


def _is_latin(char: str) -> bool:
    # Basic Latin, Latin-1 letters and Latin Extended-A/B: below U+0250.
    return ord(char) < 0x250


def judge_language(text: str, *, sample_chars: int = LANGUAGE_SAMPLE_CHARS) -> LanguageVerdict:
    """Measure the opening of ``text`` and say whether it reads as English."""
    sample = text[:sample_chars]
    letters = [c for c in sample if c.isalpha()]
    latin = sum(1 for c in letters if _is_latin(c)) / len(letters) if letters else 1.0
    words = [w.lower() for w in _WORD.findall(sample)]
    vocab = function_words()
    share = sum(1 for w in words if w in vocab) / len(words) if words else 0.0
    if len(words) < MIN_WORDS_TO_JUDGE:
        needed = 0.0
    elif len(words) < MIN_WORDS_FOR_SHARE:
        needed = 1e-9  # at least one function word
    else:
        needed = MIN_FUNCTION_WORD_SHARE
    english = latin >= MIN_LATIN_LETTER_SHARE and share >= needed
    return LanguageVerdict(english, len(words), share, latin)


def looks_english(text: str) -> bool:
    """True when ``text`` reads as English by the function-word test."""
    return judge_language(text).english
