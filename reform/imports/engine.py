"""The import engine: one way in for every file kind (figures, a plan, indicators, an index method, component
scores, national reference points, a region's membership): read, tell the kind, validate, preview, apply as a revision, roll back,
list the history.

Used by the data-updates page and the ``import`` / ``revisions`` / ``rollback`` / ``template`` commands. No
Streamlit; persistence through :mod:`reform.store.revisions`; what the revisions in force add to the data is
:mod:`reform.data.entered` (loaded by :mod:`reform.data.db`). This package sits between the views and the model
(``pyproject.toml``'s layers contract): the preview judges a file with the model's verdicts, and the model never
imports it.

* :func:`read_file` never raises for bad input: every problem is a :class:`Problem` with its row and column, and
  a file with any problem is never applied; warnings (a value that looks like another unit, a documented
  exception to the number of provinces ranked) are shown in the preview and do not stop it.
* :func:`preview` applies nothing; :func:`apply` applies a clean file as one revision against the ``stamp`` its
  preview was made on (``stale`` if another revision came in between); :func:`rollback` marks a revision rolled
  back, refused (``in_use``) while something in force still needs it (an indicator a figure or plan uses, a
  method scores or reference points use).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from reform.data import catalog, db
from reform.i18n import revisions as T
from reform.imports import figures, files, kinds
from reform.imports import indicators as _indicators  # noqa: F401 - registers its kind
from reform.imports import methods as _methods  # noqa: F401
from reform.imports import plans as _plans  # noqa: F401
from reform.imports import reference as _reference  # noqa: F401
from reform.imports import regions as _regions  # noqa: F401
from reform.imports import scores as _scores  # noqa: F401
from reform.imports.files import MAX_BYTES, MAX_ROWS, Parsed, Problem, file_problem, size_text
from reform.store import revisions as store
from reform.store.base import StoreError

__all__ = ["read_file", "read_path", "preview", "apply", "rollback", "history", "revision_rows", "stamp",
           "import_file", "RevisionError", "Parsed", "Problem", "COLUMNS", "MAX_BYTES", "MAX_ROWS",
           "allowed_indicators"]

#: The columns of a file of figures (the template's).
COLUMNS = figures.COLUMNS
allowed_indicators = catalog.allowed_indicators


class RevisionError(Exception):
    """An import or rollback that was not done; ``code`` a key of ``ACTION_ERRORS``; nothing changed."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "vi") -> str:
        return T.ACTION_ERRORS[self.code][0 if lang == "vi" else 1].format(**self.params)


def read_file(name: str, data: bytes) -> Parsed:
    """Read and validate an import file (its name and bytes) of any kind; never raises for bad input."""
    name = Path(str(name)).name or "upload"
    sha = hashlib.sha256(data).hexdigest()
    heads, body, problem = files.read_table(name, data)
    if problem is not None:
        return Parsed(name, sha, [], [problem])
    kind = kinds.detect(heads)
    missing = [c for c in kind.required if c not in heads]
    known = kind.columns + tuple(c for c in ("out_of_note",) if c not in kind.columns)
    dup = sorted({h for h in heads if h in known and heads.count(h) > 1})
    if missing:
        return Parsed(name, sha, [], [file_problem("missing_columns", columns=", ".join(missing),
                                                  required=", ".join(kind.columns))], kind.id)
    if dup:
        return Parsed(name, sha, [], [file_problem("duplicate_columns", columns=", ".join(dup))], kind.id)
    if not body:
        return Parsed(name, sha, [], [file_problem("empty_file")], kind.id)
    if len(body) > MAX_ROWS:
        return Parsed(name, sha, [], [file_problem("too_many_rows", rows=len(body), limit=MAX_ROWS)], kind.id)
    where = {c: heads.index(c) for c in known if c in heads}
    records = [(n, {c: (r[i] if i < len(r) else None) for c, i in where.items()}) for n, r in body]
    rows, problems, warnings = kind.validate(records)
    return Parsed(name, sha, rows, problems, kind.id, warnings)


def read_path(path: str | Path) -> Parsed:
    """:func:`read_file` of a file on disk; a file over the limit is not read whole."""
    path = Path(path)
    with open(path, "rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        size = path.stat().st_size
        return Parsed(path.name, "", [], [file_problem("too_large", size=size_text(size), limit=size_text(MAX_BYTES))])
    return read_file(path.name, data)


def stamp() -> int:
    """The stamp of the revisions in force (pass it back to :func:`apply` as ``expect_stamp``)."""
    try:
        return store.stamp()
    except StoreError as exc:
        raise RevisionError("store", detail=exc.code) from exc


def preview(parsed: Parsed) -> dict:
    """What applying ``parsed`` would do, applying nothing.

    ``{"file_name", "sha256", "kind", "rows": n, "errors": [{row, column, code, message, message_en}],
    "warnings": [...], "new": [...], "changed": [...], "unchanged": [...], "verdicts_changed": [...],
    "stamp": int, "can_apply": bool}`` and what the kind adds (a plan: ``plan``, ``plan_status``,
    ``plan_verdicts`` …; a method: ``method``, ``old``, ``status``, ``can_recompute``). With errors, the
    comparison is empty and ``can_apply`` is False.
    """
    out = {"file_name": parsed.file_name, "sha256": parsed.sha256, "kind": parsed.kind, "rows": len(parsed.rows),
           "errors": parsed.errors(), "warnings": [w.as_dict() for w in parsed.warnings], "new": [], "changed": [],
           "unchanged": [], "verdicts_changed": [], "stamp": stamp(), "can_apply": False}
    if parsed.problems or not parsed.rows:
        return out
    kind = kinds.get(parsed.kind)
    diff = kind.compare(parsed.rows)
    out.update(diff)
    if kind.preview is not None:
        out.update(kind.preview(parsed.rows, diff))
    out["can_apply"] = bool(diff["can_apply"])
    return out


def _store_error(exc: StoreError, **params) -> RevisionError:
    if exc.code in T.ACTION_ERRORS:
        return RevisionError(exc.code, **params)
    return RevisionError("store", detail=exc.code, **params)


def apply(parsed: Parsed, *, by: str, note: str = "", expect_stamp: int | None = None) -> dict:
    """Apply a validated file as one revision; its summary (:meth:`Revision.summary` plus, for figures, the
    ``added``, ``changed``, ``unchanged`` counts, for a plan ``plan_id``, ``plan_status``, ``targets``).
    :class:`RevisionError` and nothing changed: ``has_errors`` (any problem), ``nothing_new`` (nothing new or
    changed), ``stale`` (the store moved past ``expect_stamp``), ``empty_name`` / ``long_name`` / ``long_note``,
    ``store`` (cannot write)."""
    if parsed.problems or not parsed.rows:
        raise RevisionError("has_errors")
    kind = kinds.get(parsed.kind)
    diff = kind.compare(parsed.rows)
    if not diff["can_apply"]:
        raise RevisionError("nothing_new")
    try:
        rev = store.add(parsed.rows, entered_by=by, file_name=parsed.file_name, sha256=parsed.sha256, note=note,
                        expect_stamp=expect_stamp, kind=kind.id, row_keys=kind.row_keys)
    except StoreError as exc:
        raise _store_error(exc) from exc
    db.refresh_revisions()
    out = {**rev.summary(), **kind.summary(diff)}
    if kind.id == store.FIGURES:
        out.update(added=len(diff["new"]), changed=len(diff["changed"]), unchanged=len(diff["unchanged"]))
    elif kind.id == store.PLAN:
        out.update(plan_id=diff["plan"]["id"], plan_status=diff["status"], targets=len(diff["plan"]["targets"]))
    return out


def rollback(revision_id: int, *, by: str) -> dict:
    """Roll a revision back (recorded: who, when); its summary. :class:`RevisionError`: ``not_found``,
    ``already_rolled_back``, ``in_use`` (something in force still needs what it entered: an indicator a
    figure or a plan uses, a method scores or reference points use; roll those back first), ``empty_name``,
    ``store``."""
    try:
        target = store.get(int(revision_id))
        seen, in_force = store.in_force()
    except StoreError as exc:
        raise _store_error(exc, id=revision_id) from exc
    kind = kinds.REGISTRY.get(target.kind)
    if target.status == "applied" and kind is not None and kind.uses is not None:
        users = kind.uses(target, in_force)
        if users:
            raise RevisionError("in_use", id=revision_id, uses="; ".join(users))
    try:
        # against the revisions the check saw: one applied meanwhile (a figure of this indicator …) makes it stale
        rev = store.rollback(int(revision_id), by=by, expect_stamp=seen)
    except StoreError as exc:
        raise _store_error(exc, id=revision_id) from exc
    db.refresh_revisions()
    return rev.summary()


def history() -> list[dict]:
    """Every revision, newest first: :meth:`Revision.summary` each (without rows)."""
    try:
        return [r.summary() for r in store.list_all()]
    except StoreError as exc:
        raise RevisionError("store", detail=exc.code) from exc


def revision_rows(revision_id: int) -> list[dict]:
    """The rows a revision carried."""
    try:
        return store.get(int(revision_id)).rows
    except StoreError as exc:
        raise RevisionError(exc.code if exc.code == "not_found" else "store", id=revision_id,
                            detail=exc.code) from exc


def import_file(path: str | Path, *, by: str, note: str = "", dry_run: bool = False) -> tuple[int, dict]:
    """The ``import`` command: (exit code, JSON summary). 0 when applied or a clean dry run; 1 when any row
    fails (nothing applied) or the import is refused (``refused``: a code and message)."""
    parsed = read_path(path)
    p = preview(parsed)
    summary = {"file": p["file_name"], "sha256": p["sha256"], "kind": parsed.kind, "dry_run": dry_run,
               "rows": p["rows"], "added": len(p["new"]), "changed": len(p["changed"]),
               "unchanged": len(p["unchanged"]), "errors": p["errors"], "warnings": p["warnings"],
               "changes": p["changed"], "verdicts_changed": p["verdicts_changed"], "revision_id": None,
               "applied": False}
    if parsed.ok:
        summary.update(kinds.get(parsed.kind).summary(p))
    if p["errors"]:
        return 1, summary
    if dry_run:
        return 0, summary
    try:
        # no expect_stamp: two imports at the same moment are both applied, one after the other
        done = apply(parsed, by=by, note=note)
    except RevisionError as exc:
        summary["refused"] = {"code": exc.code, "message": exc.message("vi"), "message_en": exc.message("en")}
        return 1, summary
    summary.update(revision_id=done["id"], applied=True)
    if parsed.kind == store.FIGURES:
        summary.update(added=done["added"], changed=done["changed"], unchanged=done["unchanged"])
    return 0, summary
