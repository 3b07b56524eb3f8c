"""One verdict per target part: what the 2025 targets came to, and the outlook for 2030, from evidence.

No assumed pace enters a verdict. For each of the 14 target parts of the decision (``targets.parquet``):

* the results after the baseline: one figure per year (the query assembles them so: a data revision's
  figure supersedes the one it revises; two figures for one year are refused here, never both used).
  The baseline itself is never a result after it. The latest of them is reported (year, value, out_of,
  basis, source) whatever its year.
* ``verdict_2025``: ``met`` / ``not_met``, judged on the 2025 result where one is published, else on the
  latest result before 2026, and then ``provisional`` with that result's year
  ("tạm tính theo kết quả năm 2024"); a result of 2026 or later never judges 2025. ``no_data`` where no
  result after the baseline is of 2025 or before. ``verdict_2025_year``, ``verdict_2025_value`` and
  ``verdict_2025_out_of`` are the judged result, and every 2025 field (the bands' ``position`` and
  ``equivalent_out_of``) reads it. A year that has passed is never "on track". ``baseline_meets_2025``
  says when the baseline already met the target (the page may say "2020 đã đạt; chưa có số liệu sau
  2020"); it does not make a verdict.
* ``outlook_2030``: while the results are all before 2030, ``met`` where the latest result already meets the
  2030 target; otherwise the observed pace (least-squares slope over the baseline and the results after
  it, :func:`whatif.slope`) against the pace required from the latest result to the 2030 target, with the
  SDG-Index trend rule (:func:`whatif.status`): ``on_track``, ``moderately_improving``, ``stagnating``,
  ``decreasing``; ``no_data`` with fewer than two points; ``not_applicable`` where the level that carries
  the target no longer exists. Once a result of 2030 or later is known, 2030 has passed: the outlook is
  judged as the 2025 verdict is (``met`` / ``not_met`` on the 2030 result, or provisionally on the latest
  before 2031; "not met in 2030", never a trend word). ``outlook_2030_year`` is the year of the result it
  reads, ``outlook_2030_provisional`` says when that is not 2030 after 2030 has passed.

Ranks out of different numbers of provinces are compared by position (:mod:`reform.model.ranks`): a
result out of N against a band of the decision (out of 63) and in the pace, where each rank is first put
at the same position out of the band's number.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd

from reform.data import db
from reform.data.parse import target_numbers
from reform.model import ranks, whatif

#: Levels of government that no longer exist, with when they ended and the act that ended them.
#: The district level ended on 1/7/2025 (Nghị quyết 203/2025/QH15 amending the Constitution);
#: district series stop at 30/6/2025 and a district target has no successor level of its own.
LEVELS_ENDED: dict[str, dict[str, str]] = {
    "district": {
        "ended": "2025-07-01",
        "series_end": "2025-06-30",
        "note_vi": "Cấp huyện chấm dứt hoạt động từ 1/7/2025 (Nghị quyết 203/2025/QH15); số liệu cấp huyện "
                   "dừng ở 30/6/2025, chỉ tiêu 2030 của cấp huyện không còn cấp thực hiện.",
        "note_en": "The district level ended on 1 July 2025 (Resolution 203/2025/QH15); district series end on "
                   "30 June 2025, and the 2030 district target has no level left to carry it.",
    },
}

VERDICTS_2025 = ("met", "not_met", "no_data")
OUTLOOKS_2030 = ("met", "on_track", "moderately_improving", "stagnating", "decreasing", "not_met", "no_data",
                 "not_applicable")
#: whatif.status's words -> the outlook's words.
_OUTLOOK_WORD = {"met": "met", "on_track": "on_track", "moderate": "moderately_improving",
                 "stagnating": "stagnating", "decreasing": "decreasing"}
JUDGED_YEAR = 2025
OUTLOOK_YEAR = 2030


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA or x is pd.NaT


def _clean(x):
    """A JSON-ready scalar: None for a missing value, int for a whole-number float where it is a year or
    count, plain Python types otherwise."""
    if _missing(x):
        return None
    if hasattr(x, "item"):
        x = x.item()
    return x


def _results_after(results: Sequence[Mapping], base_year: int) -> list[Mapping]:
    """The results after the baseline year that carry a value, by year. One per year is the contract (the
    queries read the view ``figures``, where a revision supersedes what it revises): two figures for one
    year raise ValueError rather than both entering a verdict or a pace."""
    after = sorted((r for r in results if int(r["year"]) > base_year and not _missing(r.get("value"))),
                   key=lambda r: int(r["year"]))
    years = [int(r["year"]) for r in after]
    twice = sorted({y for y in years if years.count(y) > 1})
    if twice:
        raise ValueError(f"several results for the year(s) {', '.join(map(str, twice))}: one figure per year")
    return after


def judged_result(after: Sequence[Mapping], year: int) -> Mapping | None:
    """The result that judges a target year: that year's result, else (provisionally) the latest one
    before it; None when there is none up to that year. A later year's result never judges an earlier
    year. ``after`` is ordered by year (:func:`_results_after`)."""
    upto = [r for r in after if int(r["year"]) <= year]
    return upto[-1] if upto else None


def _out_of(r: Mapping | None) -> int | None:
    return None if r is None or _missing(r.get("out_of")) else int(r["out_of"])


def _is_rank(target: Mapping) -> bool:
    return target.get("unit") == "rank"


def _meets(value: float, out_of: int | None, goal: float, target: Mapping) -> bool:
    """Does a result meet a goal? A rank is compared by position with the band's worst rank (out of the
    band's number); anything else with :func:`whatif.meets`."""
    if _is_rank(target):
        band_n = int(target["band_out_of"])
        return ranks.within_or_better(value, int(out_of or band_n), goal, band_n)
    return whatif.meets(float(value), float(goal), bool(target["higher_is_better"]))


def _on_band_scale(value: float, out_of: int | None, target: Mapping) -> float:
    """A value on the target's own scale: a rank out of N put at the same position out of the band's
    number (63 for the decision's bands); other values unchanged."""
    if _is_rank(target) and out_of:
        return ranks.on_scale(value, int(out_of), int(target["band_out_of"]))
    return float(value)


def _bands(target: Mapping, year: int, result: Mapping | None) -> list[dict]:
    """The rank bands of a year (2025: Appendix 01 and, where it differs, Part 3 §I.2), each with its
    equivalent band out of the number ranked in ``result`` (the result the year is judged or looked at
    on; the dashboard's equivalence, not an official conversion) and where that result falls against it
    (``position``: "better" / "in" / "worse", None without a result; ``position_year``: its year)."""
    if target.get(f"kind_{year}") != "rank_band":
        return []
    band_n = int(target["band_out_of"])
    found = [("PL01", (float(target[f"low_{year}"]), float(target[f"high_{year}"])))]
    text = target_numbers(target.get(f"text_{year}_text"), "rank_band")
    if text and tuple(text) != found[0][1]:
        found.append(("Phần 3 mục I.2", tuple(text)))
    n = _out_of(result) or band_n
    out = []
    for where, (low, high) in found:
        eq = ranks.equivalent_band(low, high, band_n, n)
        out.append({"source": where, "low": int(low), "high": int(high), "out_of": band_n,
                    "equivalent_low": eq[0], "equivalent_high": eq[1], "equivalent_out_of": n,
                    "position": None if result is None
                    else ranks.band_position(float(result["value"]), n, low, high, band_n),
                    "position_year": None if result is None else int(result["year"])})
    return out


def judge(target: Mapping, results: Sequence[Mapping], level_ended: Mapping | None = None) -> dict:
    """The verdict of one target part from its results (pure: no data access).

    ``target`` is a row of ``targets.parquet`` (as a mapping); ``results`` are observations of its series
    (year, value, out_of, basis, basis_text, value_text, source, quote, scale_note), of any year, one per
    year (ValueError otherwise): the baseline and anything before it are ignored; ``level_ended`` is an
    entry of :data:`LEVELS_ENDED` when the target's level no longer exists.
    """
    hib = bool(target["higher_is_better"])
    base_year, base_value = int(target["baseline_year"]), float(target["baseline_value"])
    band_n = None if _missing(target.get("band_out_of")) else int(target["band_out_of"])
    after = _results_after(results, base_year)
    latest = after[-1] if after else None
    judged = judged_result(after, JUDGED_YEAR)
    # once a result of 2030 or later is known, 2030 has passed: judged like 2025, never a trend
    passed_2030 = latest is not None and int(latest["year"]) >= OUTLOOK_YEAR
    seen_2030 = judged_result(after, OUTLOOK_YEAR) if passed_2030 else latest
    goal_2025, goal_2030 = float(target["goal_2025"]), float(target["goal_2030"])

    out = {
        "target_id": target["target_id"],
        "indicator_id": _clean(target.get("indicator_id")),
        "item": target.get("item"), "part": _clean(target.get("part")),
        "name_vi": target.get("name_vi"), "name_en": target.get("name_en"),
        "short_vi": target.get("short_vi"), "short_en": target.get("short_en"),
        "unit": target.get("unit"), "level": _clean(target.get("level")), "higher_is_better": hib,
        "baseline_year": base_year, "baseline_value": base_value,
        "baseline_text": target.get("baseline_text"), "baseline_out_of": band_n if _is_rank(target) else None,
        "kind_2025": target.get("kind_2025"), "low_2025": _clean(target.get("low_2025")),
        "high_2025": _clean(target.get("high_2025")), "goal_2025": goal_2025,
        "kind_2030": target.get("kind_2030"), "low_2030": _clean(target.get("low_2030")),
        "high_2030": _clean(target.get("high_2030")), "goal_2030": goal_2030,
        "band_out_of": band_n,
        "baseline_meets_2025": _meets(base_value, band_n, goal_2025, target),
        "baseline_meets_2030": _meets(base_value, band_n, goal_2030, target),
        "latest_year": None, "latest_value": None, "latest_value_text": None, "latest_out_of": None,
        "basis": None, "basis_text": None, "source": None, "quote": None, "scale_note": None,
        "latest_revision_id": None, "latest_entered_by": None, "latest_entered_at": None,
        "results_after_baseline": [
            {"year": int(r["year"]), "value": float(r["value"]), "out_of": _out_of(r), "basis": _clean(r.get("basis"))}
            for r in after],
        "verdict_2025": "no_data", "verdict_2025_year": None, "verdict_2025_value": None,
        "verdict_2025_out_of": None, "provisional": False,
        "outlook_2030": "no_data", "outlook_2030_year": None, "outlook_2030_provisional": False,
        "observed_pace": None, "required_pace_2030": None,
        "pace_points": 1 + len(after),
        "bands_2025": _bands(target, 2025, judged),
        "bands_2030": _bands(target, 2030, seen_2030),
        "level_ended": None, "note_vi": _clean(target.get("note_vi")), "note_en": _clean(target.get("note_en")),
        "source_target": _clean(target.get("source")),
    }
    if latest is not None:
        out.update({
            "latest_year": int(latest["year"]), "latest_value": float(latest["value"]),
            "latest_value_text": _clean(latest.get("value_text")), "latest_out_of": _out_of(latest),
            "basis": _clean(latest.get("basis")), "basis_text": _clean(latest.get("basis_text")),
            "source": _clean(latest.get("source")), "quote": _clean(latest.get("quote")),
            "scale_note": _clean(latest.get("scale_note")),
            # a figure from a data revision: which, who entered it and when (ISO, UTC); None for the build's
            "latest_revision_id": None if _missing(latest.get("revision_id")) else int(latest["revision_id"]),
            "latest_entered_by": _clean(latest.get("entered_by")),
            "latest_entered_at": None if _missing(latest.get("entered_at"))
            else pd.Timestamp(latest["entered_at"]).isoformat(),
        })
    if judged is not None:
        met = _meets(float(judged["value"]), _out_of(judged), goal_2025, target)
        out.update({"verdict_2025": "met" if met else "not_met", "verdict_2025_year": int(judged["year"]),
                    "verdict_2025_value": float(judged["value"]), "verdict_2025_out_of": _out_of(judged),
                    "provisional": int(judged["year"]) != JUDGED_YEAR})

    if level_ended:
        out["level_ended"] = level_ended.get("ended")
        out["outlook_2030"] = "not_applicable"
        out["note_vi"], out["note_en"] = level_ended["note_vi"], level_ended["note_en"]
        return out
    if seen_2030 is None:
        return out  # fewer than two points (or nothing up to 2030): no outlook
    seen_year = int(seen_2030["year"])
    out["outlook_2030_year"] = seen_year
    meets_2030 = _meets(float(seen_2030["value"]), _out_of(seen_2030), goal_2030, target)
    if passed_2030:  # 2030 has passed: met or not met in 2030 (provisionally on an earlier result)
        out["outlook_2030"] = "met" if meets_2030 else "not_met"
        out["outlook_2030_provisional"] = seen_year != OUTLOOK_YEAR
        return out
    if meets_2030:
        out["outlook_2030"] = "met"
        return out
    points = [(base_year, base_value)] + [
        (int(r["year"]), _on_band_scale(float(r["value"]), _out_of(r), target)) for r in after]
    pace = whatif.slope(points)
    now_year, now_value = points[-1]
    out["observed_pace"] = round(pace, 4)
    out["required_pace_2030"] = round(whatif.required_pace(now_value, now_year, goal_2030, OUTLOOK_YEAR), 4)
    out["outlook_2030"] = _OUTLOOK_WORD[whatif.status(now_value, now_year, pace, goal_2030, OUTLOOK_YEAR, hib)]
    return out


def judge_all(targets: pd.DataFrame, observations: pd.DataFrame,
              levels_ended: Mapping[str, Mapping] | None = None) -> list[dict]:
    """Every target part's verdict, in the order of ``targets`` (pure over the two frames)."""
    levels_ended = LEVELS_ENDED if levels_ended is None else levels_ended
    out = []
    for t in targets.to_dict("records"):
        ind = t.get("indicator_id")
        rows = [] if _missing(ind) else observations[observations["indicator_id"] == ind].to_dict("records")
        out.append(judge(t, rows, levels_ended.get(t.get("level")) if not _missing(t.get("level")) else None))
    return out


@db.memo
def _verdicts() -> tuple[dict, ...]:
    return tuple(judge_all(db.run("targets"), db.run("target_actuals")))


def verdicts() -> list[dict]:
    """One verdict per target part (all 14), computed once per data version. A fresh list of copies."""
    import copy

    return copy.deepcopy(list(_verdicts()))


def verdict(target_id: str) -> dict:
    """The verdict of one target part."""
    for v in verdicts():
        if v["target_id"] == target_id:
            return v
    raise KeyError(target_id)


def counts(items: Sequence[Mapping] | None = None) -> dict[str, int]:
    """How many target parts are met / not_met / no_data for 2025, and how many have no result after
    their baseline (``no_result``)."""
    items = verdicts() if items is None else items
    out = {k: 0 for k in VERDICTS_2025}
    for v in items:
        out[v["verdict_2025"]] += 1
    out["no_result"] = sum(1 for v in items if v["latest_year"] is None)
    return out


# --- later plans: the targets of a plan entered by an editor (reform/data/plans.py) ------------------------

#: The built-in plan: Decision 688 (the 14 target parts above); the default of every choice of plan.
BUILTIN_PLAN = "688"
BUILTIN_PLAN_NAME = "Quyết định 688/QĐ-UBND"
PLAN_VERDICTS = ("met", "not_met", "no_data")


class UnknownPlan(KeyError):
    """A plan id that is neither Decision 688 nor a plan in force."""


def plans() -> list[dict]:
    """The plans to judge against: Decision 688 first (``builtin``), then the plans entered by editors and
    in force, by date then id (id, name, date, period_from, period_to, source, revision_id, entered_by,
    entered_at, targets)."""
    from reform.data import plans as plan_data

    entered = sorted(plan_data.in_force().values(), key=lambda p: (p["date"] or "", p["id"]))
    builtin = {"id": BUILTIN_PLAN, "name": BUILTIN_PLAN_NAME, "date": "2021-06-11", "period_from": 2021,
               "period_to": 2025, "source": BUILTIN_PLAN_NAME, "builtin": True, "revision_id": None,
               "entered_by": None, "entered_at": None, "targets": []}
    return [builtin] + [{**p, "builtin": False} for p in entered]


def plan(plan_id: str) -> dict:
    """One plan by id; :class:`UnknownPlan` for an id not in :func:`plans`."""
    for p in plans():
        if p["id"] == str(plan_id):
            return p
    raise UnknownPlan(str(plan_id))


def _plan_meets(value: float, out_of: int | None, h: Mapping, kind: str, hib: bool) -> bool:
    if kind == "rank_band":
        n = int(h["out_of"])
        return ranks.within_or_better(value, int(out_of or n), float(h["worst"]), n)
    if kind == "at_most":
        return whatif.meets(value, float(h["value"]), False)
    if kind == "maintain":
        return whatif.meets(value, float(h["value"]), hib)
    return whatif.meets(value, float(h["value"]), True)


def judge_plan_target(target: Mapping, results: Sequence[Mapping], higher_is_better: bool = True) -> list[dict]:
    """The verdicts of one plan target, one per horizon year (pure): the latest result after the plan's
    baseline; ``met`` / ``not_met`` on the horizon year's result where one is published, else on the latest
    result before the horizon year (``provisional``, with its year; a later year's result never judges an
    earlier horizon); ``no_data`` where no result after the baseline is of the horizon year or before.
    ``verdict_year``, ``verdict_value`` and ``verdict_out_of`` are the judged result. A rank against a band
    out of N is compared by position (:mod:`reform.model.ranks`). One result per year (ValueError otherwise)."""
    base_year = int(target["baseline_year"])
    after = _results_after(results, base_year)
    latest = after[-1] if after else None
    common = {k: target.get(k) for k in ("target_id", "name_vi", "name_en", "indicator_id", "kind", "unit",
                                         "baseline_year", "baseline_value", "baseline_out_of")}
    out = []
    for h in target["horizons"]:
        item = {**common, "year": int(h["year"]), "value": h.get("value"), "best": h.get("best"),
                "worst": h.get("worst"), "out_of": h.get("out_of"),
                "latest_year": None, "latest_value": None, "latest_out_of": None, "source": None, "basis": None,
                "latest_revision_id": None, "latest_entered_by": None, "latest_entered_at": None,
                "verdict": "no_data", "verdict_year": None, "verdict_value": None, "verdict_out_of": None,
                "provisional": False}
        if latest is not None:
            item.update({
                "latest_year": int(latest["year"]), "latest_value": float(latest["value"]),
                "latest_out_of": _out_of(latest),
                "source": _clean(latest.get("source")), "basis": _clean(latest.get("basis")),
                "latest_revision_id": None if _missing(latest.get("revision_id")) else int(latest["revision_id"]),
                "latest_entered_by": _clean(latest.get("entered_by")),
                "latest_entered_at": None if _missing(latest.get("entered_at"))
                else pd.Timestamp(latest["entered_at"]).isoformat(),
            })
        judged = judged_result(after, int(h["year"]))
        if judged is not None:
            met = _plan_meets(float(judged["value"]), _out_of(judged), h, target["kind"], higher_is_better)
            item.update({"verdict": "met" if met else "not_met", "verdict_year": int(judged["year"]),
                         "verdict_value": float(judged["value"]), "verdict_out_of": _out_of(judged),
                         "provisional": int(judged["year"]) != int(h["year"])})
        out.append(item)
    return out


@db.memo
def _plan_verdicts(plan_id: str) -> tuple[dict, ...]:
    return tuple(judge_plan(plan(plan_id)))


def judge_plan(p: Mapping) -> list[dict]:
    """Every verdict of a plan (a plan in force, or one being previewed): one per target and horizon year."""
    ids = sorted({t["indicator_id"] for t in p["targets"]})
    obs = db.run("plan_actuals", ids=ids) if ids else pd.DataFrame(columns=["indicator_id"])
    cat = db.run("indicators_catalog")
    hib = {i: (True if _missing(h) else bool(h)) for i, h in zip(cat["indicator_id"], cat["higher_is_better"])}
    out = []
    for t in p["targets"]:
        rows = obs[obs["indicator_id"] == t["indicator_id"]].to_dict("records")
        for v in judge_plan_target(t, rows, hib.get(t["indicator_id"], True)):
            out.append({"plan_id": p["id"], **v})
    return out


def plan_verdicts(plan_id: str) -> list[dict]:
    """The verdicts of a plan entered by an editor: one per target and horizon year, in the plan's order.
    :class:`UnknownPlan` for an unknown id; Decision 688's own verdicts are :func:`verdicts`."""
    import copy

    if str(plan_id) == BUILTIN_PLAN:
        raise UnknownPlan("688 is judged by verdicts()")
    return copy.deepcopy(list(_plan_verdicts(str(plan_id))))


def plan_counts(items: Sequence[Mapping]) -> dict[str, int]:
    """How many of a plan's (target, horizon) verdicts are met / not_met / no_data."""
    out = {k: 0 for k in PLAN_VERDICTS}
    for v in items:
        out[v["verdict"]] += 1
    return out
