import pytest


@pytest.fixture(scope="session")
def nlp():
    from wardesk.nlp import load_pipeline

    return load_pipeline()
