import pytest


@pytest.fixture(scope="session")
def nlp():
    from wardesk.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def pipeline():
    """The whole extractor, one per test module (the tests that run short articles through it)."""
    from wardesk.flows.extract import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def gaz():
    """The default gazetteer index, opened once for the tests that read places."""
    from wardesk.geo import Gazetteer

    return Gazetteer.default()
