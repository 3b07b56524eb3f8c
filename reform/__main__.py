"""Command line: ``python -m reform build | audit | pci-rank --year Y --score S | verdicts [--plan ID] |
report [--plan ID] --format docx|csv --out FILE | add-editor NAME [--password-stdin] [--secrets FILE] |
import FILE --by NAME [--dry-run] [--note TEXT] (figures or a plan) | revisions | rollback ID [--by NAME] |
template --format xlsx|csv [--plan] --out FILE | template --kind KIND --out FILE | package FILE.zip |
peers --year YEAR [--region ID]``."""
from __future__ import annotations

import argparse
import json
import sys

from reform.data import build as build_mod


def _ensure_data() -> None:
    try:
        build_mod.ensure_built()
    except build_mod.BuildError as exc:
        sys.exit(f"build failed: {exc}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reform", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build data/*.parquet from data/sources (only if stale unless --force)")
    b.add_argument("--force", action="store_true")
    a = sub.add_parser("audit", help="print the consistency audit as CSV")
    a.add_argument("--lang", choices=("vi", "en"), default="vi")
    r = sub.add_parser("pci-rank", help="estimate the PCI rank of a composite score in a reference year")
    r.add_argument("--year", type=int, required=True)
    r.add_argument("--score", required=True, help="a PCI composite from 0 to 100 (62.5 or 62,5)")
    ver = sub.add_parser("verdicts", help="print the verdict of every target part as a JSON array")
    ver.add_argument("--plan", default="688",
                     help="the plan to judge against: 688 (Decision 688, the default) or the id of a plan entered")
    rep = sub.add_parser("report", help="write the end-of-scheme report (DOCX or CSV)")
    rep.add_argument("--format", choices=("docx", "csv"), default="docx")
    rep.add_argument("--out", required=True, help="the file to write")
    rep.add_argument("--lang", choices=("vi", "en"), default="vi")
    rep.add_argument("--plan", default="688",
                     help="the plan the report judges against: 688 (Decision 688, the default) or the id of a plan entered")
    ed = sub.add_parser("add-editor", help="set an editor's password (its argon2 hash) in .streamlit/secrets.toml")
    ed.add_argument("name", help="the user name (2-40 of a-z 0-9 . _ -)")
    ed.add_argument("--password-stdin", action="store_true",
                    help="read the password from the first line of standard input (scripts) instead of asking twice")
    ed.add_argument("--secrets", default=None, help="the secrets file (default: .streamlit/secrets.toml of the app)")
    imp = sub.add_parser("import", help="import figures from a CSV or XLSX file as a data revision (JSON summary)")
    imp.add_argument("file")
    imp.add_argument("--by", required=True, help="who enters the figures")
    imp.add_argument("--dry-run", action="store_true", help="validate and compare only; apply nothing")
    imp.add_argument("--note", default="")
    sub.add_parser("revisions", help="print every data revision as a JSON array (newest first)")
    rb = sub.add_parser("rollback", help="roll a data revision back")
    rb.add_argument("id", type=int)
    rb.add_argument("--by", default=None, help="who rolls it back (default: the user running the command)")
    tpl = sub.add_parser("template", help="write the import template (XLSX with the allowed indicators, or CSV)")
    tpl.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    tpl.add_argument("--out", required=True)
    tpl.add_argument("--lang", choices=("vi", "en"), default="vi")
    tpl.add_argument("--plan", action="store_true", help="the template of a plan and its targets")
    tpl.add_argument("--kind", choices=("indicators", "method", "scores", "reference", "regions"), default=None,
                     help="the CSV header of another file kind (indicators, an index method, component scores, "
                          "reference points, a region's membership)")
    pk = sub.add_parser("package", help="write the whole dataset in force as a Frictionless Data Package (ZIP)")
    pk.add_argument("file", help="the ZIP file to write (datapackage.json and data/*.csv)")
    pe = sub.add_parser("peers", help="Lai Châu among its region in a year: a JSON object keyed by measure")
    pe.add_argument("--year", type=int, required=True)
    pe.add_argument("--region", default=None, help="a region's id (default: Lai Châu's first region)")
    args = parser.parse_args(argv)

    if args.command == "add-editor":
        return _add_editor(args)

    if args.command == "build":
        try:
            if args.force or build_mod.is_stale():
                info = build_mod.build()
                print(json.dumps(info["rows"], ensure_ascii=False))
            else:
                print("data is up to date")
        except build_mod.BuildError as exc:
            print(f"build failed: {exc}", file=sys.stderr)
            return 1
        return 0

    _ensure_data()
    if args.command == "audit":
        from reform.data import audit

        sys.stdout.write(audit.to_csv(audit.run_audit(), args.lang))
        return 0
    if args.command == "pci-rank":
        from reform.model import scenario

        try:
            score = scenario.read_pci_score(args.score)
        except ValueError:  # NaN, infinite, off the scale or not a number: a message, never a traceback
            low, high = (f"{x:g}" for x in scenario.PCI_SCORE_RANGE)
            print(json.dumps({"error": "bad_score",
                              "message": f"Điểm PCI tổng hợp phải là một số từ {low} đến {high} "
                                         f"(đã nhập: “{args.score}”).",
                              "message_en": f"A PCI composite must be a number from {low} to {high} "
                                            f"(given: “{args.score}”)."}, ensure_ascii=False, indent=2))
            return 1
        print(json.dumps(scenario.pci_rank_json(args.year, score), ensure_ascii=False))
        return 0
    if args.command == "verdicts":
        # The verdicts depend on the data in force only (the build and the data revisions in the state
        # store under REFORM_STATE_DIR): no timestamp; a store that does not exist is not created.
        from reform.model import verdicts

        if args.plan == verdicts.BUILTIN_PLAN:
            print(json.dumps(verdicts.verdicts(), ensure_ascii=False, indent=2))
            return 0
        try:  # a plan entered by an editor: one verdict per target and horizon year
            print(json.dumps(verdicts.plan_verdicts(args.plan), ensure_ascii=False, indent=2))
        except verdicts.UnknownPlan:
            return _unknown_plan(args.plan)
        return 0
    if args.command == "peers":
        return _peers(args)
    if args.command in ("import", "revisions", "rollback", "template"):
        return _revision_command(args)
    if args.command == "package":
        from reform.data import package

        data = package.package_bytes()  # made before the file is opened: a failure leaves no half-written file
        try:
            with open(args.file, "wb") as f:
                f.write(data)
        except OSError as exc:
            print(json.dumps({"error": "file", "message": f"Không ghi được tệp: {exc.strerror}",
                              "message_en": str(exc)}, ensure_ascii=False))
            return 1
        print(json.dumps({"package": args.file, "bytes": len(data)}, ensure_ascii=False))
        return 0
    if args.command == "report":
        from reform.model import verdicts
        from reform.views import report

        try:  # built before the file is opened: an unknown plan leaves no empty or half-written file behind
            make = report.docx_bytes if args.format == "docx" else report.csv_bytes
            data = make(args.lang, args.plan)
        except verdicts.UnknownPlan:
            return _unknown_plan(args.plan)
        with open(args.out, "wb") as f:
            f.write(data)
        return 0
    return 2


def _peers(args) -> int:
    """Lai Châu among its region in a year (reform.model.peers): the standings keyed by measure (``composite`` and
    each component's id), each with its figures and their basis and sources; a year without data or an unknown
    region: a JSON message (Vietnamese and English) naming the years there are, exit 1."""
    from reform.model import peers

    region = peers.region(args.region)
    if region is None:
        known = ", ".join(r.id for r in peers.own_regions()) or "–"
        print(json.dumps({"error": "unknown_region",
                          "message": f"Không có vùng “{args.region}” chứa tỉnh Lai Châu; các vùng hiện có: {known}.",
                          "message_en": f"No region “{args.region}” with Lai Châu; the regions in force: {known}."},
                         ensure_ascii=False, indent=2))
        return 1
    out = peers.peers_json(args.year, region.id)
    if out is None:
        years = ", ".join(str(y) for y in peers.years(region.id)) or "–"
        print(json.dumps({"error": "no_data", "year": args.year, "region_id": region.id,
                          "message": f"Năm {args.year} không có số liệu để so sánh Lai Châu với các tỉnh trong vùng "
                                     f"{region.name_vi}; các năm có số liệu: {years}.",
                          "message_en": f"No figures to compare Lai Châu with the provinces of the region "
                                        f"{region.name_en} in {args.year}; the years with figures: {years}."},
                         ensure_ascii=False, indent=2))
        return 1
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def _unknown_plan(plan_id: str) -> int:
    """A plan id not in force (verdicts --plan, report --plan): the plans there are, as JSON; exit 1."""
    from reform.model import verdicts

    known = ", ".join(p["id"] for p in verdicts.plans())
    print(json.dumps({"error": "unknown_plan",
                      "message": f"Không có kế hoạch “{plan_id}”; các kế hoạch hiện có: {known}.",
                      "message_en": f"No plan “{plan_id}”; the plans in force: {known}."},
                     ensure_ascii=False, indent=2))
    return 1


def _add_editor(args) -> int:
    """Ask for the password twice without echo (or read it from stdin) and write its hash."""
    import getpass
    from pathlib import Path

    from reform import paths
    from reform.model import editors

    name = editors.normalise_name(args.name)
    if not editors.valid_name(name):
        print(f"invalid name {args.name!r}: 2-40 of a-z 0-9 . _ -, starting with a letter or digit", file=sys.stderr)
        return 2
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass(f"Mật khẩu cho {name} / password for {name}: ")
            again = getpass.getpass("Nhập lại / again: ")
        except (EOFError, KeyboardInterrupt):
            print("cancelled", file=sys.stderr)
            return 1
        if password != again:
            print("the two passwords differ; nothing written", file=sys.stderr)
            return 1
    path = Path(args.secrets) if args.secrets else paths.SECRETS_FILE
    try:
        editors.add_to_secrets_file(path, name, password)
    except editors.SecretsFileError as exc:
        print(f"{exc}; nothing written", file=sys.stderr)
        return 1
    print(f"editor {name} written to {path} (mode 0600); restart the app for it to take effect")
    return 0


def _revision_command(args) -> int:
    """import / revisions / rollback / template: JSON on stdout; a refusal is JSON too, exit 1."""
    from reform.imports import engine as rev

    def out(obj) -> None:
        print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))

    try:
        if args.command == "import":
            code, summary = rev.import_file(args.file, by=args.by, note=args.note, dry_run=args.dry_run)
            out(summary)
            return code
        if args.command == "revisions":
            out(rev.history())
            return 0
        if args.command == "rollback":
            import getpass

            out(rev.rollback(args.id, by=args.by or getpass.getuser()))
            return 0
        from pathlib import Path

        from reform.views import revision_template

        path = Path(args.out)
        if args.kind:
            path.write_bytes(revision_template.kind_csv_bytes(args.kind))
            out({"template": str(path), "kind": args.kind})
            return 0
        if args.format == "xlsx":
            path.write_bytes(revision_template.xlsx_bytes(args.lang, plan=args.plan))
            out({"template": str(path)})
        else:
            path.write_bytes(revision_template.plan_csv_bytes() if args.plan else revision_template.csv_bytes())
            side = path.with_suffix(".indicators.csv")
            side.write_bytes(revision_template.allowed_csv_bytes(args.lang))
            out({"template": str(path), "indicators": str(side)})
        return 0
    except rev.RevisionError as exc:
        out({"error": exc.code, "message": exc.message("vi"), "message_en": exc.message("en")})
        return 1
    except BrokenPipeError:
        raise
    except OSError as exc:  # the FILE to import or the --out to write
        out({"error": "file", "message": f"Không đọc/ghi được tệp: {exc.strerror}", "message_en": str(exc)})
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
