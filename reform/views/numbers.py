"""How a figure prints: decimals and short unit from the indicator's metadata.

``data/sources/indicator_meta.csv`` gives every indicator ``decimals`` and ``unit_short`` (built into
``indicators.parquet``). A figure that belongs to an indicator prints with that indicator's format; a
figure known only by its unit (a PL01 target without a series, a comparison row) prints with the format
its unit has in the metadata (every rank 0 decimals, every share 2 and "%", every score 2).
:func:`reform.i18n.fmt.fmt_value` does the formatting; this module only looks the format up.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd

from reform.data import db
from reform.i18n.fmt import fmt_value, rounded

__all__ = ["Format", "number_format", "value_text", "round_to"]

Format = tuple  # (decimals: int | None, unit_short: str)


@db.memo
def _formats() -> tuple[dict[str, Format], dict[str, Format]]:
    """(indicator_id -> format, unit -> the format most indicators of that unit have)."""
    ind = db.run("indicators_catalog")
    ind = ind[~ind["is_heading"].astype(bool)]
    by_id: dict[str, Format] = {}
    by_unit: dict[str, Counter] = {}
    for r in ind.itertuples():
        dec = None if pd.isna(r.decimals) else int(r.decimals)
        fmt = (dec, r.unit_short if isinstance(r.unit_short, str) else "")
        by_id[r.indicator_id] = fmt
        by_unit.setdefault(r.unit, Counter())[fmt] += 1
    return by_id, {unit: c.most_common(1)[0][0] for unit, c in by_unit.items()}


def number_format(unit: object = None, indicator_id: object = None) -> Format:
    """(decimals, unit_short) of an indicator, else of its unit; (None, "") when neither is known."""
    by_id, by_unit = _formats()
    if isinstance(indicator_id, str) and indicator_id in by_id:
        return by_id[indicator_id]
    return by_unit.get(unit, (None, "")) if isinstance(unit, str) else (None, "")


def value_text(value, lang: str, unit: object = None, indicator_id: object = None) -> str:
    """A computed or projected figure with its unit as the metadata says: a rank of 22.5 -> "23",
    a share of 64.871 -> "64,87%"."""
    decimals, short = number_format(unit, indicator_id)
    return fmt_value(value, short, lang, decimals)


def round_to(value, unit: object = None, indicator_id: object = None):
    """The value rounded half-up to the decimals it prints with (for CSV and XLSX cells), or None."""
    decimals, _ = number_format(unit, indicator_id)
    return rounded(value, decimals)
