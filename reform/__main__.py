"""Command line: ``python -m reform build | audit | pci-rank --year Y --score S | verdicts |
report --format docx|csv --out FILE | add-editor NAME [--password-stdin] [--secrets FILE]``."""
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
    r.add_argument("--score", type=float, required=True)
    sub.add_parser("verdicts", help="print the verdict of every target part as a JSON array")
    rep = sub.add_parser("report", help="write the end-of-scheme report (DOCX or CSV)")
    rep.add_argument("--format", choices=("docx", "csv"), default="docx")
    rep.add_argument("--out", required=True, help="the file to write")
    rep.add_argument("--lang", choices=("vi", "en"), default="vi")
    ed = sub.add_parser("add-editor", help="set an editor's password (its argon2 hash) in .streamlit/secrets.toml")
    ed.add_argument("name", help="the user name (2-40 of a-z 0-9 . _ -)")
    ed.add_argument("--password-stdin", action="store_true",
                    help="read the password from the first line of standard input (scripts) instead of asking twice")
    ed.add_argument("--secrets", default=None, help="the secrets file (default: .streamlit/secrets.toml of the app)")
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

        print(json.dumps(scenario.pci_rank_json(args.year, args.score), ensure_ascii=False))
        return 0
    if args.command == "verdicts":
        # The verdicts depend on the data only: no timestamp, nothing read from or written to the
        # state store (REFORM_STATE_DIR is accepted and left alone).
        from reform.model import verdicts

        print(json.dumps(verdicts.verdicts(), ensure_ascii=False, indent=2))
        return 0
    if args.command == "report":
        from reform.views import report

        data = report.docx_bytes(args.lang) if args.format == "docx" else report.csv_bytes(args.lang)
        with open(args.out, "wb") as f:
            f.write(data)
        return 0
    return 2


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


if __name__ == "__main__":
    raise SystemExit(main())
