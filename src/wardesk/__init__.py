"""wardesk: news reports of armed conflict -> a verified, geolocated event database."""

from wardesk import settings as _settings

# Before numpy loads: OpenBLAS then starts no thread pool at all. spaCy's
# small matrices gain nothing from a second BLAS thread, and a process with
# any extra thread pays for locking in every malloc: the NER's transition
# loop ran 25% slower (FA-KES, 150 articles: 6.5 s against 5.0 s). Worker
# processes inherit the setting. An explicit OPENBLAS_NUM_THREADS or
# WARDESK_BLAS_THREADS wins; wardesk.nlp.loader also limits a pool that an
# earlier numpy import already started.
_settings.limit_blas_threads()

__version__ = "0.1.0"

#: The Python API (see ``wardesk.desk``), loaded on first use so ``import wardesk`` stays cheap.
__all__ = ["Desk", "extract_article", "open"]


def __getattr__(name: str):  # noqa: ANN202 - module attribute hook
    if name in __all__:
        from wardesk import desk

        return getattr(desk, name)
    raise AttributeError(f"module 'wardesk' has no attribute {name!r}")
