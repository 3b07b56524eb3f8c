"""The one registry of file kinds: what a file of each kind looks like, how its rows are validated, what
importing it would change, and what still uses it when it is rolled back.

A file's kind is told by its header: the kind whose :attr:`Kind.signature` columns are all there (the most
one of highest priority where several are); a header that matches none is read as figures (and refused for its missing
columns); where several match, the one of highest :attr:`Kind.priority`. Every kind module (:mod:`.figures`, :mod:`.plans`, :mod:`.indicators`, :mod:`.methods`,
:mod:`.scores`, :mod:`.reference`, :mod:`.regions`) registers one :class:`Kind` when it is imported; :mod:`.engine` imports them
all.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reform.imports.files import Problem

#: (row number, {column: cell}) → (clean rows, problems, warnings)
Validator = Callable[[list[tuple[int, dict]]], tuple[list[dict], list[Problem], list[Problem]]]


@dataclass(frozen=True)
class Kind:
    """One file kind of the import engine.

    ``id`` is the revision's ``kind`` in the store; ``columns`` the file's columns (the template's header),
    ``required`` the ones the header must have, ``signature`` the ones that tell the kind; ``validate`` checks
    every row; ``compare`` says what importing the clean rows would change against the data in force (a dict
    with ``can_apply``: False when nothing is new); ``preview`` adds what the preview shows beside it (the
    verdicts that would change); ``uses`` lists what in force still needs a revision of this kind
    (rollback is refused while it does); ``summary`` the fields the ``import`` command adds to its summary.
    """

    id: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    signature: frozenset[str]
    validate: Validator
    compare: Callable[[list[dict]], dict]
    row_keys: tuple[str, ...]
    preview: Callable[[list[dict], dict], dict] | None = None
    uses: Callable[[object, Sequence], list[str]] | None = None
    summary: Callable[[dict], dict] = field(default=lambda p: {})
    #: Of two kinds whose signatures a header has, the higher priority wins (a plan file also has
    #: ``indicator_id``, ``year`` and ``value``, the signature of figures).
    priority: int = 0


REGISTRY: dict[str, Kind] = {}
DEFAULT = "figures"


def register(kind: Kind) -> Kind:
    REGISTRY[kind.id] = kind
    return kind


def get(kind_id: str) -> Kind:
    return REGISTRY[kind_id]


def detect(heads: Sequence[str]) -> Kind:
    """The kind of a file with this header (lower-case column names)."""
    found = [k for k in REGISTRY.values() if k.signature <= set(heads)]
    if not found:
        return REGISTRY[DEFAULT]
    return max(found, key=lambda k: (k.priority, len(k.signature)))
