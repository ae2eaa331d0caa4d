"""Duplicate detection: a normalised-content hash for exact copies, word-shingle MinHash for near copies.

A republished wire story differs from the original by a dateline, a byline or
a few edited words. Its word 3-shingles overlap the original's almost wholly
(Jaccard >= NEAR_DUP_JACCARD), while two outlets' own reports of one event
share few 3-word runs. MinHash bands (locality-sensitive hashing) find the
candidates in SQL; the exact Jaccard of the shingle sets decides.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from functools import lru_cache

import numpy as np

#: Words per shingle. Three keeps a one-word edit from touching more than three
#: shingles, so a lightly edited copy stays far above the threshold.
SHINGLE_WORDS = 3
#: Jaccard similarity of the shingle sets from which an article is a near-duplicate (the issue's 0.8).
NEAR_DUP_JACCARD = 0.8
#: MinHash permutations, split into bands of rows: 16 bands of 4 rows make a pair
#: with Jaccard 0.8 a candidate with probability 1 - (1 - 0.8**4)**16 > 0.9999,
#: and one with Jaccard 0.3 with probability ~0.12 (then rejected by the exact check).
MINHASH_BANDS = 16
MINHASH_ROWS = 4
#: Texts with fewer words than this are only compared by their exact hash: a
#: few shingles make Jaccard meaningless.
MIN_WORDS_FOR_NEAR_DUP = 25

_MERSENNE = (1 << 61) - 1
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Lower case, compatibility-folded words joined by single spaces: punctuation, spacing and case do not count."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for copies that differ only in spacing, case or punctuation."""
    return normalised_hash(normalise_text(text))


def normalised_hash(normalised: str) -> str:
    """``content_hash`` of a text already normalised (``normalise_text``), for a caller that keeps it."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def shingles(text: str) -> set[int]:
    """The 64-bit hashes of the text's word 3-shingles (all of its words if it has fewer)."""
    return _shingles_of(normalise_text(text).split())


def _shingles_of(words: list[str]) -> set[int]:
    return set(_shingle_array(words).tolist())


def _shingle_array(words: list[str]) -> np.ndarray:
    """The shingle hashes of ``_shingles_of`` as an array (repeats kept): each gram's 8-byte BLAKE2b
    digest read big-endian, the digests joined and read at once rather than one integer at a time."""
    if len(words) < SHINGLE_WORDS:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]
    blake = hashlib.blake2b
    raw = b"".join([blake(g.encode("utf-8"), digest_size=8).digest() for g in grams])
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64)


def jaccard(a: set[int], b: set[int]) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


@lru_cache(maxsize=1)
def _permutations() -> list[tuple[int, int]]:
    """Fixed (a, b) pairs of the hash family (a*x + b) mod p, derived from a constant seed so they never change."""
    out = []
    for i in range(MINHASH_BANDS * MINHASH_ROWS):
        digest = hashlib.sha256(f"wardesk-minhash-{i}".encode()).digest()
        a, b = struct.unpack(">QQ", digest[:16])
        out.append((a % (_MERSENNE - 1) + 1, b % _MERSENNE))
    return out


def minhash(shingle_set: set[int] | np.ndarray) -> list[int]:
    """The MinHash signature of a shingle set (one minimum per permutation): min over x of (a*x + b) mod p.

    Computed with numpy in 64-bit integers, exactly: x is first reduced mod
    p = 2**61 - 1, and the product is taken in 31-bit halves, using 2**61 = 1
    (mod p). Each partial sum is bounded so that a*x + b (mod p) fits in 64 bits
    before the one reduction at the end (the bounds are in the comments): a third
    of the array passes of a reduction after every step (FA-KES: 0.27 -> 0.12 s
    CPU). The same values as the plain formula (``tests/test_store.py``).
    """
    if not len(shingle_set):
        return [0] * (MINHASH_BANDS * MINHASH_ROWS)
    a_lo, a_hi, b = _permutation_arrays()  # a_lo < 2**31, a_hi < 2**30, b < 2**61 (columns)
    if isinstance(shingle_set, np.ndarray):  # repeats change no minimum
        x = _mod_p(shingle_set.astype(np.uint64, copy=False))
    else:
        x = _mod_p(np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set)))
    x_lo, x_hi = x & _LOW31, x >> _31  # x_lo < 2**31, x_hi < 2**30
    # a*x = a_hi*x_hi*2**62 + mid*2**31 + a_lo*x_lo, with 2**62 = 2 (mod p) and
    # mid*2**31 = (mid >> 30)*2**61 + (mid & (2**30-1))*2**31 = (mid >> 30) + (mid & (2**30-1)) << 31 (mod p)
    mid = a_hi * x_lo
    mid += a_lo * x_hi  # < 2**62
    t = a_hi * x_hi
    t <<= _ONE  # < 2**61
    t += mid >> _30  # < 2**61 + 2**32
    mid &= _LOW30
    mid <<= _31
    t += mid  # < 2**62 + 2**32
    t += a_lo * x_lo  # < 2**63 + 2**32
    t += b  # < 2**63 + 2**61 + 2**32 < 2**64
    # t mod p: (t & p) + (t >> 61) = r < 2p; then r or r - p, whichever is below p, is the
    # smaller of the two as unsigned numbers (r - p wraps round above 2**63 when r < p)
    r = t & _P
    t >>= _61
    r += t
    below = r.min(axis=1)
    r -= _P
    return [int(v) for v in np.minimum(below, r.min(axis=1))]


_P = np.uint64(_MERSENNE)
_LOW31 = np.uint64((1 << 31) - 1)
_LOW30 = np.uint64((1 << 30) - 1)
_31, _30, _61, _ONE = np.uint64(31), np.uint64(30), np.uint64(61), np.uint64(1)


def _mod_p(v: np.ndarray) -> np.ndarray:
    """v mod (2**61 - 1), elementwise, for any 64-bit v."""
    v = (v & _P) + (v >> _61)
    return np.where(v >= _P, v - _P, v)


@lru_cache(maxsize=1)
def _permutation_arrays() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The permutations' a split in 31-bit halves (as columns), and b (a column)."""
    a = np.array([x for x, _ in _permutations()], dtype=np.uint64)
    b = np.array([y for _, y in _permutations()], dtype=np.uint64)
    return (a & _LOW31)[:, None], (a >> _31)[:, None], b[:, None]


def bands(signature: list[int]) -> list[tuple[int, str]]:
    """(band number, hash of the band's rows) for each band of a signature: the LSH keys stored per article."""
    out = []
    for band in range(MINHASH_BANDS):
        rows = signature[band * MINHASH_ROWS : (band + 1) * MINHASH_ROWS]
        key = hashlib.blake2b(struct.pack(f">{len(rows)}Q", *rows), digest_size=8).hexdigest()
        out.append((band, key))
    return out


def near_dup_keys(text: str) -> tuple[set[int], list[tuple[int, str]]]:
    """The shingles and LSH band keys of a text; no keys when it is too short to compare."""
    sh, keys = near_dup_keys_of(normalise_text(text))
    return sh.shingles(), keys


class Shingles:
    """A text's shingle hashes, made into a set only when asked (a text with no candidate never is)."""

    def __init__(self, array: np.ndarray) -> None:
        self.array = array
        self._set: set[int] | None = None

    def shingles(self) -> set[int]:
        if self._set is None:
            self._set = set(self.array.tolist())
        return self._set


def near_dup_keys_of(normalised: str) -> tuple[Shingles, list[tuple[int, str]]]:
    """``near_dup_keys`` of a text already normalised (``normalise_text``)."""
    words = normalised.split()
    sh = _shingle_array(words)
    if len(words) < MIN_WORDS_FOR_NEAR_DUP:
        return Shingles(sh), []
    return Shingles(sh), bands(minhash(sh))
