"""Stage nlp: an Article's text -> a spaCy Doc with sentences, entities and dependencies."""

from wardesk.nlp.loader import load_pipeline

__all__ = ["load_pipeline"]
