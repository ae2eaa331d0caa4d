"""blis's AVX2/FMA matrix kernels on x86-64 CPUs that blis 1.3 does not recognise.

Why: spaCy's parser multiplies its matrices through blis (thinc's ``CBlas``
holds blis's ``sgemm``), whichever thinc ops are current, and so does
``wardesk.nlp.greedy_ner``. blis picks its kernels by CPU family; the blis
shipped for spaCy 3.8 predates AMD's Zen 4 (family 25) and newer Intel parts,
and on them falls back to its portable ``generic`` kernels, a third of the
speed of the AVX2 ones (34 against 95 GFLOPS measured on a Zen 4 server).
Every x86-64 CPU with AVX2 and FMA runs the Zen 2 kernels, which blis ships
in the same library: this points blis's ``generic`` context at them.

Only when: the machine is x86-64, blis names its choice ``generic``, the CPU
lists ``avx2`` and ``fma``, and the library has the symbols used. Right after
the switch a few products (odd shapes, transposed operands) are checked
against numpy; any mismatch puts the generic kernels back. The ``blis_avx2``
setting (``WARDESK_BLIS_AVX2=0``) turns it off. The parse is the same either
way (``bench/snapshot.py`` gave byte-identical extraction output).
"""

from __future__ import annotations

import ctypes
import functools
import logging
import platform
from pathlib import Path

import numpy as np

log = logging.getLogger("wardesk.nlp")

#: CPU flags the Zen 2 kernels need (``/proc/cpuinfo``).
NEEDED_FLAGS = frozenset({"avx2", "fma"})
#: (m, k, n, transpose a, transpose b) of the products checked after the switch: edges that are
#: not multiples of the kernels' 6x16 block, a parser-sized one, and transposed operands.
CHECKS = (
    (1, 1, 1, False, False),
    (7, 13, 5, False, False),
    (37, 64, 75, False, True),
    (300, 96, 290, True, False),
)


def cpu_flags(cpuinfo: str | None = None) -> frozenset[str]:
    """The flags of the first CPU in ``/proc/cpuinfo`` (or in the text given); empty where there is none."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return frozenset()
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "flags":
            return frozenset(value.split())
    return frozenset()


def why_not(machine: str, arch: str, flags: frozenset[str]) -> str | None:
    """Why the AVX2 kernels must not replace blis's choice, or None when they may."""
    if machine.lower() not in ("x86_64", "amd64"):
        return f"not an x86-64 machine ({machine})"
    if arch != "generic":
        return f"blis already uses its {arch} kernels"
    missing = NEEDED_FLAGS - flags
    if missing:
        return f"the CPU lacks {', '.join(sorted(missing))}"
    return None


def _library() -> ctypes.CDLL:
    """blis as spaCy calls it: the copy linked into ``blis.cy``."""
    import blis.cy

    lib = ctypes.CDLL(blis.cy.__file__)
    lib.bli_arch_query_id.restype = ctypes.c_int
    lib.bli_arch_string.restype = ctypes.c_char_p
    lib.bli_arch_string.argtypes = [ctypes.c_int]
    lib.bli_gks_query_cntx.restype = ctypes.c_void_p
    lib.bli_cntx_init_zen2.argtypes = [ctypes.c_void_p]
    lib.bli_cntx_init_generic.argtypes = [ctypes.c_void_p]
    return lib


def products_agree() -> bool:
    """Whether blis's ``gemm`` gives numpy's products (to float32 rounding) on ``CHECKS``."""
    import blis.py

    rng = np.random.default_rng(0)
    for m, k, n, trans_a, trans_b in CHECKS:
        a = rng.standard_normal((k, m) if trans_a else (m, k)).astype("f")
        b = rng.standard_normal((n, k) if trans_b else (k, n)).astype("f")
        got = blis.py.gemm(a, b, trans1=trans_a, trans2=trans_b)
        want = (a.T if trans_a else a).astype("d") @ (b.T if trans_b else b).astype("d")
        if got.shape != want.shape or not np.allclose(got, want, rtol=1e-4, atol=1e-4 * k):
            return False
    return True


@functools.cache
def use_avx2_kernels(enabled: bool = True) -> str:
    """Switch blis to its AVX2/FMA kernels where it fell back to generic ones (once per process).

    Returns what was done, for the log and the tests: ``"zen2"`` when switched, else why not.
    """
    if not enabled:
        return "off (blis_avx2 setting)"
    try:
        lib = _library()
        lib.bli_init()
        arch = lib.bli_arch_string(lib.bli_arch_query_id()).decode()
    except (ImportError, OSError, AttributeError) as exc:  # no blis, or one without these symbols
        return f"blis not patchable ({exc})"
    why = why_not(platform.machine(), arch, cpu_flags())
    if why is not None:
        return why
    cntx = ctypes.c_void_p(lib.bli_gks_query_cntx())
    lib.bli_cntx_init_zen2(cntx)
    if products_agree():
        log.debug("wardesk: blis uses its AVX2/FMA (zen2) kernels instead of the generic ones")
        return "zen2"
    lib.bli_cntx_init_generic(cntx)
    log.warning(
        "wardesk: blis's AVX2 kernels gave wrong products on this CPU; kept its generic ones (slower)"
    )
    return "generic kept: the AVX2 kernels' products differ from numpy's"
