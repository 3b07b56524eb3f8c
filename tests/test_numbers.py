"""Numbers as people read them: formats from the indicator metadata, ranks whole, no float noise."""
import pandas as pd

from apptest_util import open_page, texts
from reform.paths import DATA_DIR


def test_metadata_carries_decimals_and_short_unit():
    ind = pd.read_parquet(DATA_DIR / "indicators.parquet").set_index("indicator_id")
    # hand-read from indicator_meta.csv: a share has 2 decimals and "%", a count 0, a score 2, a rank 0
    assert (ind.at["pl07_5a_ontime_province", "decimals"], ind.at["pl07_5a_ontime_province", "unit_short"]) == (2, "%")
    assert ind.at["pl07_1_procedures", "decimals"] == 0 and pd.isna(ind.at["pl07_1_procedures", "unit_short"])
    assert ind.at["pci_score", "decimals"] == 2 and ind.at["par_total_score", "decimals"] == 2
    assert ind.at["pci_rank", "decimals"] == 0 and ind.at["par_total_rank", "decimals"] == 0
    assert pd.isna(ind.at["pl07_4_one_stop", "decimals"])  # a heading row prints no figure
    assert ind.at["t_par_steering_rank_2019", "decimals"] == 0  # a text figure keeps its printed decimals


def test_value_text_uses_the_metadata():
    from reform.views import numbers

    assert numbers.value_text(22.5, "vi", "rank") == "23"  # a projected rank is a whole rank, half up
    assert numbers.value_text(54.9, "en", indicator_id="pci_rank") == "55"
    assert numbers.value_text(64.871, "vi", "%") == "64,87%"
    assert numbers.value_text(79.514, "en", indicator_id="pci_score") == "79.51"
    assert numbers.value_text(1543, "vi", indicator_id="pl07_1_procedures") == "1.543"
    assert numbers.round_to(54.93333333, "%") == 54.93 and numbers.round_to(22.5, "rank") == 23


def test_targets_page_ranks_are_whole_numbers():
    at = open_page("targets")
    whatif = next(d.value for d in at.dataframe if "Dự báo 2025" in d.value.columns)
    table = whatif.set_index(whatif.columns[1])
    par = table.loc[[i for i in table.index if i.startswith("Xếp hạng Chỉ số PAR")][0]]
    pci = table.loc[[i for i in table.index if i.startswith("Xếp hạng Chỉ số PCI")][0]]
    # PAR INDEX: 56 in 2024; the 2016-2019 trend (53, 57, 58, 51) is −0.5 a year -> 55.5 in 2025 (reads 56,
    # halves up), 53 in 2030
    assert par["Mới nhất (năm)"] == "56 (2024)" and par["Dự báo 2025"] == "56" and par["Dự báo 2030"] == "53"
    # PCI: 33 in 2024; the 2016-2020 trend (62, 60, 62, 63, 57) is −0.7 a year -> 32.3 in 2025 (32), 28.8 in 2030 (29)
    assert pci["Dự báo 2025"] == "32" and pci["Dự báo 2030"] == "29"
    assert "56,00" not in texts(at) and "55,5" not in table.to_string()


def test_rank_axis_says_its_direction():
    from reform.i18n import targets as text

    # the targets chart's rank axis is horizontal with 63 on the left and 1 on the right
    from reform.views import charts
    df = pd.DataFrame({"name": ["a"], "latest": [57.0], "projected_2025": [54.9], "goal_2025": [55.0],
                       "status_word": ["x"], "unit": ["rank"], "out_of": [63]})
    spec = charts.target_chart(df, lang="vi", title="t", x_title="x", labels={
        "target": "", "latest": "", "projected": "", "goal": "", "status": ""}, rank=True).to_dict()
    x = spec["layer"][0]["encoding"]["x"]
    assert x["scale"]["domain"] == [63, 1]  # left to right: 63 … 1, so further right is better
    assert x["scale"]["nice"] is False and x["axis"]["values"] == [63, 50, 40, 30, 20, 10, 1]  # whole ranks
    assert "phải" in text.TEXT["axis_rank_x"][0] and "right" in text.TEXT["axis_rank_x"][1]
    assert "phải" not in text.TEXT["axis_rank"][0] and "top" in text.TEXT["axis_rank"][1]


def test_overview_latest_rank_has_no_decimals():
    at = open_page("overview")
    body = texts(at) + " ".join(m.value for m in at.metric)
    assert "33/63" in body and "Kết quả mới nhất: hạng 56/63 (2024)" in body
    assert "33,00" not in body and "56,00" not in body


PAGES = ["overview", "pci", "peers", "par_index", "one_stop", "targets", "projects", "statistics", "scenarios",
         "data_sources"]


def _everything_shown(at) -> str:
    parts = [texts(at)] + [m.value for m in at.metric] + [str(m.delta or "") for m in at.metric]
    parts += [d.value.to_string() for d in at.dataframe if hasattr(d.value, "to_string")]
    return "\n".join(parts)


def _published_with_many_decimals(lang: str) -> set[str]:
    """The figures published with 4 or more decimals (DTI, 0-1: 0,7056), as the page prints them, and the
    numbers the sources' own words quote (shown verbatim: "Hà Nội 1st 0,8241"): not noise."""
    import re

    from reform.data import db
    from reform.i18n.fmt import fmt_number

    df = db.run("later_figures")
    many = df[df["decimals"].fillna(0) >= 4]
    out = {fmt_number(v, lang, int(d)) for v, d in zip(many["value"], many["decimals"])}
    for words in list(df["basis_text"].dropna()) + list(df["quote"].dropna()) + list(df["value_text"].dropna()):
        # a figure quoted in the source's words, as it prints there and in the page's language (a translated
        # note writes "0,8241" as "0.8241")
        out |= {f for n in re.findall(r"\d+[.,]\d{4,}", words) for f in (n, n.replace(",", "."), n.replace(".", ","))}
    return out


def test_no_float_noise_and_no_fractional_rank_on_any_page():
    """Nothing on screen has more decimals than its figure is published with (float noise such as
    0,30000000000000004 or 54,933333), in either language, with a scenario that makes fractional projections;
    a figure published with 4 decimals (DTI 0,7056) shows them, and only those figures may."""
    import re

    query = {"pace_factor": "0.85", "pace_online_l34": "2.25", "pci_land": "6.9"}
    # a number standing alone (not a reference such as "PL06.1.2016"): digits, a decimal mark, 4+ digits
    for lang, noise in (("vi", r"(?<![\w.,])\d+,\d{4,}(?![\w.,])"), ("en", r"(?<![\w.,])\d+\.\d{4,}(?![\w.,])")):
        published = _published_with_many_decimals(lang)
        assert {"0,7056", "0.7056"} & published  # DTI 2024, as published
        for name in PAGES:
            at = open_page(name, query={**query, "lang": lang})
            shown = _everything_shown(at)
            found = [n for n in re.findall(noise, shown) if n not in published]
            assert not found, (lang, name, found[:5])
