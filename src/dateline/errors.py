"""One catalogue of coded errors that say what to check next (spaCy's `Errors` habit).

The library raises typed `DatelineError` subclasses and never exits the process; the CLI prints the
message on one line and exits non-zero.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where  # "path:line", "path@byte", or a field name
        super().__init__(self.__str__())

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}[{self.code}] {self.message}"


class InputError(DatelineError):
    """A record that cannot be read: the input is wrong, not dateline."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class EncodingInputError(InputError):
    code = "E103"


class DateHeaderError(InputError):
    code = "E104"


class JsonLineError(InputError):
    code = "E105"


class HtmlNoTextError(InputError):
    code = "E106"


class TooLargeError(InputError):
    code = "E107"


class TimeMLError(InputError):
    code = "E108"


class UnknownFormatError(InputError):
    code = "E109"


class RuleFileError(DatelineError):
    """A temporal rule file that does not load: fails loudly, naming path:line."""

    code = "E200"


class StoreError(DatelineError):
    code = "E300"


class SchemaVersionError(StoreError):
    code = "E301"


class QueryError(DatelineError):
    """A query the user typed that cannot run (for instance FTS5 syntax).

    `field` names the parameter at fault ("q", "limit", "entity") so the API can say where; "" when no parameter
    is (the store lacks the corpus tables), None when the caller's own context tells (an id in the path)."""

    code = "E400"

    def __init__(self, message: str, *, where: str | None = None, field: str | None = None) -> None:
        super().__init__(message, where=where)
        self.field = field


class EvalError(DatelineError):
    code = "E500"


class AnnotationError(DatelineError):
    """The pipeline failed on one document: that document is skipped, the rest of the input goes on."""

    code = "E600"
