"""The consistency audit: recompute what the decision states twice or derives.

It never corrects the source. Each check reports the printed figure (``found``)
against what the document implies elsewhere (``expected``: a sum of parts, a
recomputed composite, the same figure in another part), their difference and a
status:

* ``ok``: equal within the check's tolerance;
* ``rounding``: off by no more than one unit of the last printed digit per part
  (a sum of rounded parts, a truncated share);
* ``mismatch``: the document disagrees with itself.

``python -m reform audit`` prints the results as CSV.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from reform.data import db
from reform.data.build import RESULT_PREFIX
from reform.data.parse import target_numbers
from reform.data.indices import PAR_AREAS, PCI_WEIGHTS, pci_composite
from reform.i18n import fmt
from reform.i18n import revisions as revision_texts

OK, ROUNDING, MISMATCH, MISSING = "ok", "rounding", "mismatch", "missing"
COLUMNS = ["check_id", "description", "expected", "found", "difference", "status"]


@dataclass(frozen=True)
class Check:
    """One audit result."""

    check_id: str
    description_vi: str
    description_en: str
    expected: float | None
    found: float | None
    tolerance: float = 0.0
    rounding: float = 0.0

    @property
    def difference(self) -> float | None:
        if self.expected is None or self.found is None:
            return None
        return round(self.found - self.expected, 6)

    @property
    def status(self) -> str:
        d = self.difference
        if d is None:
            return MISSING
        if abs(d) <= self.tolerance + 1e-9:
            return OK
        if abs(d) <= self.rounding + 1e-9:
            return ROUNDING
        return MISMATCH

    def row(self, lang: str = "vi") -> dict:
        return {
            "check_id": self.check_id,
            "description": self.description_vi if lang == "vi" else self.description_en,
            "expected": self.expected,
            "found": self.found,
            "difference": self.difference,
            "status": self.status,
        }


class Values:
    """Look-ups of observed values by indicator and year (printed cells, text figures, later figures)."""

    def __init__(self, obs: pd.DataFrame) -> None:
        ok = obs[obs["kind"].isin(["actual", "plan"]) & ~obs["appendix"].isin(["external", "revision"])]
        self._v = {(r.indicator_id, int(r.year)): r.value for r in ok.itertuples()}

    def get(self, ind: str, year: int) -> float | None:
        v = self._v.get((ind, year))
        return None if v is None or pd.isna(v) else float(v)

    def sum(self, inds: Iterable[str], years: Iterable[int]) -> float | None:
        vals = [self.get(i, y) for i in inds for y in years]
        vals = [v for v in vals if v is not None]
        return float(sum(vals)) if vals else None


def _sum_check(values: Values, cid: str, vi: str, en: str, total: str, parts: list[str],
               years: Iterable[int], rounding: float = 0.0) -> list[Check]:
    out = []
    for y in years:
        found = values.get(total, y)
        expected = values.sum(parts, [y])
        if found is None and expected is None:
            continue
        out.append(Check(f"{cid}.{y}", f"{vi} ({y})", f"{en} ({y})", expected, found,
                         rounding=rounding))
    return out


YEARS = range(2016, 2021)


def _appendix_totals(v: Values) -> list[Check]:
    checks: list[Check] = []
    checks += _sum_check(v, "PL02.total", "PL02: Tổng cộng = Vốn sự nghiệp + Vốn đầu tư",
                         "PL02: total = recurrent + investment funds", "pl02_total",
                         ["pl02_recurrent", "pl02_investment"], [2025])
    checks += _sum_check(v, "PL02.recurrent", "PL02: Vốn sự nghiệp = tổng các nhiệm vụ 1-3",
                         "PL02: recurrent funds = tasks 1-3", "pl02_recurrent",
                         ["pl02_r1_digital_commune", "pl02_r2_reporting", "pl02_r3_portal"], [2025])
    checks += _sum_check(v, "PL02.investment", "PL02: Vốn đầu tư = tổng các dự án 1-4",
                         "PL02: investment funds = projects 1-4", "pl02_investment",
                         ["pl02_i1_archive_soc", "pl02_i2_ioc", "pl02_i3_lgsp", "pl02_i4_party_it"], [2025])
    checks += _sum_check(v, "PL04.total", "PL04: Tổng cộng PAR INDEX = tổng điểm 8 lĩnh vực",
                         "PL04: PAR INDEX total = sum of the 8 area scores", "par_total_score",
                         [f"par_{a}_score" for a in PAR_AREAS],
                         range(2016, 2020), rounding=8 * 0.005)
    checks += _sum_check(v, "PL06.1", "PL06 mục 1: tổng VBQPPL = tổng 6 loại văn bản",
                         "PL06 item 1: documents issued = sum of the 6 kinds", "pl06_1_issued",
                         ["pl06_1a_nq_province", "pl06_1b_qd_province", "pl06_1c_nq_district",
                          "pl06_1d_qd_district", "pl06_1e_nq_commune", "pl06_1f_qd_commune"], YEARS)
    checks += _sum_check(v, "PL07.1", "PL07 mục 1: tổng TTHC = cấp tỉnh + cấp huyện + cấp xã",
                         "PL07 item 1: procedures = province + district + commune", "pl07_1_procedures",
                         ["pl07_1a_province", "pl07_1b_district", "pl07_1c_commune"], YEARS)
    checks += _sum_check(v, "PL10.total", "PL10: tổng đơn vị tự chủ = mục 1 + 2 + 3 + 4",
                         "PL10: units under autonomy = items 1 + 2 + 3 + 4", "pl10_total",
                         ["pl10_1", "pl10_2", "pl10_3", "pl10_4_science"], YEARS)
    for n, vi, en in (("1", "thuộc UBND tỉnh", "under the PPC"),
                      ("2", "thuộc cơ quan chuyên môn cấp tỉnh", "under provincial departments"),
                      ("3", "thuộc UBND cấp huyện", "under district PCs")):
        checks += _sum_check(v, f"PL10.{n}", f"PL10 mục {n}: đơn vị {vi} = tổng 4 nhóm tự chủ (ô trống bỏ qua)",
                             f"PL10 item {n}: units {en} = sum of the 4 autonomy groups (empty cells skipped)",
                             f"pl10_{n}", [f"pl10_{n}{s}" for s in "abcd"], YEARS)
    for part_year_i, part_year_iii, label in ((2010, 2010, "2001-2010"), (2020, 2019, "2011-2020")):
        prov = v.get("pl08_prov_service_units", part_year_i)
        prov_parts = v.sum([f"pl08_su_{s}_{o}" for s in ("edu", "health", "culture", "other")
                            for o in ("ppc", "dept")], [part_year_iii])
        checks.append(Check(f"PL08.I-III.province.{label}",
                            f"PL08: đơn vị sự nghiệp cấp tỉnh (phần I) = tổng theo lĩnh vực (phần III), {label}",
                            f"PL08: provincial service units (part I) = sum by sector (part III), {label}",
                            prov_parts, prov))
        dist = v.get("pl08_district_service_units", part_year_i)
        dist_parts = v.sum([f"pl08_su_{s}_district" for s in ("edu", "health", "culture", "other")],
                           [part_year_iii])
        checks.append(Check(f"PL08.II-III.district.{label}",
                            f"PL08: đơn vị sự nghiệp cấp huyện (phần II) = tổng theo lĩnh vực (phần III), {label}",
                            f"PL08: district service units (part II) = sum by sector (part III), {label}",
                            dist_parts, dist))
    for y in range(2017, 2021):
        num, den = v.get("pl11_10_services_used__num", y), v.get("pl11_10_services_used__den", y)
        share = v.get("pl11_10_services_used", y)
        expected = None if num is None or not den else round(100 * num / den, 4)
        checks.append(Check(f"PL11.10.share.{y}",
                            f"PL11 mục 10: tỷ lệ in ra = số DVC có hồ sơ / số DVC ({y})",
                            f"PL11 item 10: printed share = services with dossiers / services ({y})",
                            expected, share, tolerance=0.005, rounding=0.01))
        checks.append(Check(f"PL11.10.den.{y}",
                            f"PL11 mục 10: mẫu số = số DVC mức độ 3, 4 ở mục 9 ({y})",
                            f"PL11 item 10: denominator = level-3/4 services of item 9 ({y})",
                            v.get("pl11_9_online_services", y), den))
    return checks


def _pci_checks(pci: pd.DataFrame) -> list[Check]:
    out = []
    for year, grp in pci.groupby("year"):
        scores = {r.subindex: r.score for r in grp.itertuples() if r.subindex in PCI_WEIGHTS}
        printed = grp.loc[grp["subindex"] == "composite", "score"]
        expected = round(pci_composite(scores), 4) if len(scores) == len(PCI_WEIGHTS) else None
        out.append(Check(f"PL03.composite.{year}",
                         f"PL03: chỉ số PCI {year} tính lại từ 10 chỉ số thành phần với trọng số VCCI (sai số ±0,02)",
                         f"PL03: PCI {year} recomputed from the 10 sub-indices with VCCI weights (±0.02)",
                         expected, float(printed.iloc[0]) if len(printed) else None, tolerance=0.02))
    return out


_RESTATE = re.compile(r"^(?P<ids>[\w+]+)(?:/(?P<den>[\w+]+))?(?:@(?P<y0>\d{4})(?:-(?P<y1>\d{4}))?)?$")


def _section_en(section: str) -> str:
    """“Phần 2, mục I.2.1” → “Part 2, §I.2.1”; “PL01, mục II.2” → “Appendix 01, item II.2”."""
    out = re.sub(r"^Phần (\d+), mục ", r"Part \1, §", section)
    out = re.sub(r"^PL(\d+), mục ", r"Appendix \1, item ", out)
    return out.replace("Chú thích", "Footnote")


def _restates(v: Values, figures: pd.DataFrame, names: dict[str, tuple[str, str]]) -> list[Check]:
    """Every text figure that restates or derives from an appendix cell or another text figure.

    ``names`` gives each indicator's (Vietnamese, English) label for the descriptions.
    """
    def label(ids: list[str], lang: int) -> str:
        return " + ".join(f"“{names.get(i, (i, i))[lang]}”" for i in ids)

    out = []
    for f in figures.itertuples():
        if not _text(f.restates):
            continue
        m = _RESTATE.match(f.restates)
        if m is None:
            raise ValueError(f"{f.indicator_id}: cannot read restates {f.restates!r}")
        ids = m.group("ids").split("+")
        y0 = int(m.group("y0")) if m.group("y0") else int(f.year)
        y1 = int(m.group("y1")) if m.group("y1") else y0
        span = f"{y0}-{y1}" if y1 != y0 else f"{y0}"
        rounding = 0.0
        if f.unit == "ranks gained":
            before, after = v.get(ids[0], y0), v.get(ids[0], y1)
            expected = None if before is None or after is None else before - after
            what_vi = f"hạng {y0} trừ hạng {y1} của {label(ids, 0)}"
            what_en = f"rank {y0} minus rank {y1} of {label(ids, 1)}"
        elif m.group("den"):
            years = range(y0, y1 + 1)
            num = v.sum(ids, years) if m.group("y0") else v.sum(ids, [int(f.year)])
            dens = m.group("den").split("+")
            den = v.sum(dens, years) if m.group("y0") else v.sum(dens, [int(f.year)])
            expected = None if num is None or not den else round(100 * num / den, 4)
            rounding = 10 ** -(fmt.printed_decimals(f.value_text) or 0)
            what_vi = f"{label(ids, 0)} / {label(dens, 0)} × 100 ({span})"
            what_en = f"{label(ids, 1)} / {label(dens, 1)} × 100 ({span})"
        else:
            years = range(y0, y1 + 1) if m.group("y0") else [int(f.year)]
            expected = v.sum(ids, years)
            what_vi, what_en = f"{label(ids, 0)}, {span}", f"{label(ids, 1)}, {span}"
        out.append(Check(f"text.{f.indicator_id}",
                         f"{f.section}: “{f.value_text}” so với {what_vi}",
                         f"{_section_en(f.section)}: “{f.value_text}” against {what_en}",
                         expected, float(f.value), tolerance=0.5 * rounding, rounding=rounding))
    return out


def _short(name: object, limit: int = 70) -> str:
    name = str(name) if isinstance(name, str) else ""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _text(x: object) -> str | None:
    """A string cell, or None for a null (which pandas may hand over as NaN)."""
    return x if isinstance(x, str) and x else None


def _target_checks(v: Values, targets: pd.DataFrame, actuals: pd.DataFrame) -> list[Check]:
    out = []
    for t in targets.itertuples():
        for year in ("2025", "2030"):
            kind = getattr(t, f"kind_{year}")
            a = target_numbers(_text(getattr(t, f"pl01_{year}_text")), kind)
            b = target_numbers(_text(getattr(t, f"text_{year}_text")), kind)
            if a is None or b is None:
                continue
            for i, (x, y) in enumerate(zip(a, b)):
                end = ("", "") if len(a) == 1 else ((" (đầu dưới)", " (lower end)") if i == 0 else (" (đầu trên)", " (upper end)"))
                out.append(Check(f"target.{t.target_id}.{year}{'.' + str(i) if len(a) > 1 else ''}",
                                 f"Chỉ tiêu {year} “{t.name_vi}”{end[0]}: Phụ lục 01 so với Phần 3 mục I.2",
                                 f"{year} target “{t.name_en}”{end[1]}: Appendix 01 against Part 3 §I.2",
                                 x, y))
        if _text(t.indicator_id) and not t.indicator_id.startswith(RESULT_PREFIX):  # a result series: no baseline
            observed = v.get(t.indicator_id, int(t.baseline_year))
            out.append(Check(f"target.{t.target_id}.baseline",
                             f"Mức xuất phát “{t.name_vi}” ({t.baseline_year}) so với phụ lục",
                             f"Baseline “{t.name_en}” ({t.baseline_year}) against the appendix",
                             observed, t.baseline_value))
    return out


def _revision_checks(obs: pd.DataFrame, names: dict[str, tuple[str, str]]) -> list[Check]:
    """Each figure of a data revision in force against the figure the build holds for the same indicator and
    year (the decision's or a published one), where there is one: both are kept and shown, and here the
    difference is listed (``ok`` when they agree). ``expected`` is the build's figure, ``found`` the revision's."""
    actual = obs[obs["kind"].eq("actual") & obs["value"].notna()]
    rev = actual[actual["revision_id"].notna()]
    if rev.empty:
        return []
    base = actual[actual["revision_id"].isna()].sort_values("period", na_position="last", kind="stable")
    first = base.drop_duplicates(["indicator_id", "year"])
    first = {(r.indicator_id, int(r.year)): r for r in first.itertuples()}
    words = revision_texts.AUDIT["revision_vs_build"]
    out = []
    for r in rev.itertuples():
        b = first.get((r.indicator_id, int(r.year)))
        if b is None:
            continue
        when = pd.Timestamp(r.entered_at).strftime("%d/%m/%Y")
        name = names.get(r.indicator_id, (r.indicator_id, r.indicator_id))
        src = _short(b.source, 60)
        out.append(Check(f"revision.{int(r.revision_id)}.{r.indicator_id}.{int(r.year)}",
                         words[0].format(id=int(r.revision_id), who=r.entered_by, when=when, name=name[0],
                                         year=int(r.year), source=src),
                         words[1].format(id=int(r.revision_id), who=r.entered_by, when=when, name=name[1],
                                         year=int(r.year), source=src),
                         float(b.value), float(r.value)))
    return out


def run_audit() -> list[Check]:
    """Run every check on the data in force (the build and the data revisions)."""
    obs = db.run("observations_all")
    values = Values(obs)
    checks = _appendix_totals(values)
    checks += _pci_checks(db.run("pci_subindices"))
    catalog = db.run("indicators_catalog")
    names = {r.indicator_id: (_short(r.name_vi), _short(r.name_en)) for r in catalog.itertuples()}
    checks += _restates(values, db.run("text_figures"), names)
    checks += _target_checks(values, db.run("targets"), db.run("target_actuals"))
    checks += _revision_checks(obs, names)
    return checks


def to_frame(checks: list[Check], lang: str = "vi") -> pd.DataFrame:
    """The results as a table with the CSV's columns."""
    return pd.DataFrame([c.row(lang) for c in checks], columns=COLUMNS)


def to_csv(checks: list[Check], lang: str = "vi") -> str:
    """The results as CSV text."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in checks:
        w.writerow(c.row(lang))
    return buf.getvalue()


def summary(checks: list[Check]) -> dict[str, int]:
    """How many checks ended in each status."""
    out: dict[str, int] = {}
    for c in checks:
        out[c.status] = out.get(c.status, 0) + 1
    return out

