"""The value a reader yields instead of an Article when one input cannot be read."""

from __future__ import annotations

from dataclasses import dataclass

from wardesk.errors import IngestError


@dataclass(frozen=True)
class IngestFailure:
    """One input (file, line or row) that did not become an Article.

    It is yielded, not raised, so a corpus run can log it, count it and go on
    with the next input.

    where (str): the input, as ``path`` or ``path:line`` (``<stdin>:3``).
    error (IngestError): what went wrong; its message says what to do.
    """

    where: str
    error: IngestError

    def __str__(self) -> str:
        # One line, always: a message built from user data may hold newlines.
        message = " ".join(self.error.message.split())
        return f"{self.where}: [{self.error.code}] {message}"


def fail(where: str, error_class: type[IngestError], message: str) -> IngestFailure:
    """Build a failure and its error in one step, with ``where`` set on both."""
    return IngestFailure(where=where, error=error_class(message, where=where))
