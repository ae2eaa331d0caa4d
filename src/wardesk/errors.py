"""Numbered error messages, grouped by stage (E1xx ingest, E2xx nlp, E3xx extract, E4xx geo, E9xx cli).

Each message says what was expected, what arrived and what to do next, and
names the input (file, line or article id) so a batch run can report it in one
line and carry on.
"""

from __future__ import annotations


class WardeskError(Exception):
    """The one base of every error wardesk reports to a person."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(self.render())

    def render(self) -> str:
        loc = f"{self.where}: " if self.where else ""
        return f"[{self.code}] {loc}{self.message}"


class IngestError(WardeskError):
    """An input (file, line, record) that cannot be read as an article."""

    code = "E100"


class EmptyArticle(IngestError):
    code = "E101"


class BinaryInput(IngestError):
    code = "E102"


class BadJsonLine(IngestError):
    code = "E103"


class MissingColumns(IngestError):
    code = "E104"


class ArticleTooLarge(IngestError):
    code = "E105"


class UnsupportedInput(IngestError):
    code = "E106"


class NotEnglish(IngestError):
    code = "E107"


class ModelMissing(WardeskError):
    """No English spaCy pipeline is installed."""

    code = "E201"


class ExtractError(WardeskError):
    code = "E300"


class GazetteerError(WardeskError):
    code = "E400"


class UsageError(WardeskError):
    code = "E900"


class InputNotFound(IngestError):
    """A path given as input that does not exist."""

    code = "E108"


class UnreadableInput(IngestError):
    """An input that exists but cannot be opened or parsed as a whole (permissions, broken CSV)."""

    code = "E109"


class FetchError(IngestError):
    """A URL that could not be fetched (network error, bad status, too large, too many redirects).

    transient (bool): whether trying again later may succeed (a time-out, HTTP 503 or 429), as opposed
        to a 404, a malformed URL or a refused address; feed entries are retried only then.
    status (int | None): the HTTP status the server answered, when it answered one.
    """

    code = "E110"
    transient_default = True

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        transient: bool | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message, where=where)
        self.transient = self.transient_default if transient is None else transient
        self.status = status


class BlockedAddress(FetchError):
    """A URL whose host resolves to a private, loopback, link-local or otherwise non-public address (SSRF guard)."""

    code = "E111"
    transient_default = False


class InvalidUrl(FetchError):
    """A URL that is malformed (bad port, broken IPv6 brackets) or not http(s): the input is at fault."""

    code = "E113"
    transient_default = False


class ImpossibleDate(IngestError):
    """A publication date no report can have (before 1900, or in the future)."""

    code = "E114"


class FeedError(IngestError):
    """A feed that could not be read as RSS or Atom."""

    code = "E112"


class StoreError(WardeskError):
    """The database cannot be opened or written."""

    code = "E500"


class FilterError(UsageError):
    """A filter value (API query parameter or export option) that cannot be understood.

    ``param`` names the parameter as the user typed it (``country``, ``type``) and ``valid``
    lists accepted values or suggestions, so the API can answer with both and the CLI can
    print them.
    """

    code = "E901"

    def __init__(self, message: str, *, param: str, valid: tuple[str, ...] = ()) -> None:
        self.param = param
        self.valid = valid
        super().__init__(message)


class ReadOnlyDatabase(StoreError):
    """The database can be read but not written (file or folder permissions, a read-only mount)."""

    code = "E501"


class DatabaseNotFound(UsageError):
    """A command that only reads was given a database that does not exist (or holds no wardesk tables)."""

    code = "E902"
