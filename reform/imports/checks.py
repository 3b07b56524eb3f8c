"""Checks shared by the file kinds: a row's errors and warnings, years (a result only up to the current year),
"out of how many" against the number of provinces ranked that year, a value within its indicator's range and
plausible for its unit, and texts (length, no formula)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from reform.data import catalog
from reform.imports import files
from reform.imports.files import Problem

#: The years a result or a plan may name.
YEAR_LOW, YEAR_HIGH = 2016, 2035
MAX_SOURCE, MAX_VALUE_TEXT, MAX_NAME, MAX_NOTE = 500, 200, 200, 300
#: A value this many times the last figure in force (or this many times smaller) looks like another unit.
UNIT_RATIO = 50.0


def current_year() -> int:
    """The year now in Vietnam (UTC+7)."""
    return datetime.now(timezone(timedelta(hours=7))).year


class Row:
    """The problems and warnings of one row of a file."""

    def __init__(self, n: int, rec: dict) -> None:
        self.n, self.rec = n, rec
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def err(self, col: str, code: str, **params) -> None:
        self.problems.append(Problem(self.n, col, code, params))

    def warn(self, col: str, code: str, **params) -> None:
        self.warnings.append(Problem(self.n, col, code, params, warning=True))

    def cell(self, col: str):
        return self.rec.get(col)

    def blank(self, col: str) -> bool:
        return files.blank(self.rec.get(col))

    def text(self, col: str, limit: int = MAX_NAME, required: bool = False) -> str:
        """A text cell: required, at most ``limit`` characters, never starting like a formula (= or @)."""
        t = files.text(self.rec.get(col))
        if not t:
            if required:
                self.err(col, "required")
        elif len(t) > limit:
            self.err(col, "too_long", length=len(t), limit=limit)
        elif t[:1] in ("=", "@"):
            self.err(col, "formula_text", char=t[0])
        return t

    def year(self, col: str, low: int = YEAR_LOW, high: int | None = YEAR_HIGH, result: bool = False,
             required: bool = True) -> int | None:
        """A whole year in ``low``..``high``; with ``result`` not after the current year (a result is known only
        once its year has come; a plan's horizon may be future)."""
        if self.blank(col):
            if required:
                self.err(col, "required")
            return None
        y = files.whole(self.cell(col))
        if y is None or y < low or (high is not None and y > high):
            self.err(col, "bad_year", value=files.text(self.cell(col))[:20], low=low, high=high or "…")
            return None
        if result and y > current_year():
            self.err(col, "future_year", value=y, current=current_year())
            return None
        return y

    def out_of(self, col: str, year: int | None, note_col: str = "out_of_note", required: bool = True) -> int | None:
        """How many provinces a rank is among: a whole number 1..the largest field; it must be the number
        ranked in ``year`` (:func:`reform.data.catalog.field_of`) unless the row documents the exception in
        ``note_col`` (then a warning says so)."""
        if self.blank(col):
            if required:
                self.err(col, "out_of_required")
            return None
        n = files.whole(self.cell(col))
        high = catalog.max_field()
        if n is None or not 1 <= n <= high:
            self.err(col, "bad_out_of", value=files.text(self.cell(col))[:20], high=high)
            return None
        expected = catalog.field_of(year) if year is not None else None
        if expected is not None and n != expected:
            note = self.text(note_col, MAX_NOTE)
            if note:
                self.warn(col, "out_of_exception", value=n, year=year, field=expected, note=note)
            else:
                self.err(col, "out_of_field", value=n, year=year, field=expected, note_col=note_col)
                return None
        return n

    def value(self, col: str, ind: dict | None, out_of: int | None = None, last: float | None = None,
              required: bool = True) -> float | None:
        """A number within its indicator's range (a rank whole and within 1..``out_of``; a count at most
        :data:`reform.data.catalog.COUNT_MAX`); warnings for a value that looks like another unit: a share under
        1 where the series is in percent, or 50 times the last figure in force (or 50 times smaller)."""
        if self.blank(col):
            if required:
                self.err(col, "required")
            return None
        value = files.number(self.cell(col))
        if value is None:
            self.err(col, "bad_number", value=files.text(self.cell(col))[:40])
            return None
        if ind is not None and not self.in_range(col, value, ind, out_of):
            return None
        if ind is not None and not ind["is_rank"]:
            if ind.get("unit") == "%" and 0 < value < 1:
                self.warn(col, "fraction_for_percent", value=float(value), percent=round(value * 100, 6))
            elif last is not None and last > 0 and value > 0 and max(value / last, last / value) >= UNIT_RATIO:
                self.warn(col, "far_from_last", value=float(value), last=float(last))
        return value

    def in_range(self, col: str, value: float, ind: dict, out_of: int | None = None) -> bool:
        """``value`` within ``ind``'s range, else an error on ``col`` (False)."""
        from reform.i18n import revisions as T

        low, high, scale = catalog.value_range(ind)
        words = T.SCALES[scale][0] if scale in T.SCALES else scale
        if ind["is_rank"]:
            if not float(value).is_integer():
                self.err(col, "rank_not_whole", value=files.fmt(value))
            elif value < 1:
                self.err(col, "out_of_range", value=files.fmt(value), low=1, high=out_of or "out_of", scale=words)
            elif out_of is not None and value > out_of:
                self.err(col, "rank_above_out_of", value=files.fmt(value), out_of=out_of)
            else:
                return True
            return False
        if (low is not None and value < low) or (high is not None and value > high) or (
                scale == "yes_no" and not float(value).is_integer()):
            self.err(col, "out_of_range", value=files.fmt(value), low=files.fmt(low) if low is not None else "−∞",
                     high="∞" if high is None else files.fmt(high), scale=words)
            return False
        if high is None and scale == "count" and abs(value) > catalog.COUNT_MAX:
            self.err(col, "implausible_count", value=files.fmt(value), limit=files.fmt(catalog.COUNT_MAX))
            return False
        return True

    def method(self, col: str, year: int | None, year_col: str):
        """The method in force named in ``col`` (:mod:`reform.model.methods`), which must apply to ``year``
        (a year's figures are of its own method, never another's: the error goes on ``year_col``); None
        where it is missing, unknown or of another year."""
        from reform.model import methods

        mid = files.text(self.cell(col))
        m = methods.method(mid) if mid else None
        if not mid:
            self.err(col, "required")
        elif m is None:
            self.err(col, "unknown_method", value=mid[:60], known=", ".join(x.id for x in methods.methods()))
        elif year is not None and not m.applies_to(year):
            other = methods.method_of_year(year, m.index_id)
            self.err(year_col, "method_not_of_year", method=m.id, year=year, other=other.id if other else "—")
            return None
        return m

    def keep(self, problems: list[Problem], warnings: list[Problem]) -> bool:
        """Add this row's problems and warnings to the file's; True when the row is clean (kept)."""
        warnings.extend(self.warnings)
        problems.extend(self.problems)
        return not self.problems
