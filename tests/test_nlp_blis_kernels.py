"""blis's AVX2 kernels replace its generic ones only where that is safe, and change no parse."""

from __future__ import annotations

import ctypes
import platform

import pytest
from spacy.attrs import DEP, HEAD, TAG

from wardesk import settings
from wardesk.nlp import blis_kernels
from wardesk.nlp.loader import load_pipeline

CPUINFO = """processor\t: 0
vendor_id\t: SomeVendor
flags\t\t: fpu sse2 avx avx2 fma bmi2
processor\t: 1
flags\t\t: fpu sse2
"""


@pytest.mark.parametrize(
    ("machine", "arch", "flags", "refused"),
    [
        ("x86_64", "generic", {"avx2", "fma", "sse2"}, None),
        ("AMD64", "generic", {"avx2", "fma"}, None),
        ("aarch64", "generic", {"avx2", "fma"}, "not an x86-64"),
        ("x86_64", "zen3", {"avx2", "fma"}, "already uses its zen3"),
        ("x86_64", "haswell", {"avx2", "fma"}, "already uses its haswell"),
        ("x86_64", "generic", {"avx", "fma"}, "lacks avx2"),
        ("x86_64", "generic", {"avx2"}, "lacks fma"),
        ("x86_64", "generic", set(), "lacks avx2, fma"),
    ],
)
def test_blis_kernels_why_not(machine: str, arch: str, flags: set[str], refused: str | None) -> None:
    why = blis_kernels.why_not(machine, arch, frozenset(flags))
    if refused is None:
        assert why is None
    else:
        assert why is not None and refused in why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CPUINFO, {"fpu", "sse2", "avx", "avx2", "fma", "bmi2"}),
        ("processor\t: 0\nmodel name\t: a chip\n", set()),
        ("", set()),
    ],
)
def test_blis_kernels_cpu_flags_of_first_cpu(text: str, expected: set[str]) -> None:
    assert blis_kernels.cpu_flags(text) == frozenset(expected)


def test_blis_kernels_off_by_setting() -> None:
    assert blis_kernels.use_avx2_kernels(False).startswith("off")
    assert settings.current({"WARDESK_BLIS_AVX2": "0"}).blis_avx2 is False
    assert settings.current({}).blis_avx2 is True


def test_blis_kernels_switched_where_blis_fell_back() -> None:
    """Loading the pipeline switches blis exactly when ``why_not`` allows it, and the products agree."""
    load_pipeline()
    lib = blis_kernels._library()
    arch = lib.bli_arch_string(lib.bli_arch_query_id()).decode()  # the id stays blis's own choice
    why = blis_kernels.why_not(platform.machine(), arch, blis_kernels.cpu_flags())
    assert blis_kernels.use_avx2_kernels(True) == ("zen2" if why is None else why)
    assert blis_kernels.products_agree()


SENTENCES = [
    "Militia fighters shelled two villages north of the river on Tuesday, a local official said.",
    "The ministry denied that its aircraft had struck the market, blaming the rebels instead.",
    "Seven soldiers and a police officer were killed when a roadside bomb hit their convoy.",
]


def test_blis_kernels_parse_unchanged() -> None:
    """The parser's annotation is the same with blis's generic kernels and with the AVX2 ones."""
    nlp = load_pipeline()
    if blis_kernels.use_avx2_kernels(True) != "zen2":
        pytest.skip("blis was not switched on this machine")
    lib = blis_kernels._library()
    cntx = ctypes.c_void_p(lib.bli_gks_query_cntx())

    def parse() -> list[list[list[int]]]:
        return [doc.to_array([TAG, DEP, HEAD]).tolist() for doc in nlp.pipe(SENTENCES)]

    lib.bli_cntx_init_generic(cntx)
    try:
        generic = parse()
    finally:
        lib.bli_cntx_init_zen2(cntx)
    assert parse() == generic
