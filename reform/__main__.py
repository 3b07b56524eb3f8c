"""Command line: ``python -m reform build | audit | pci-rank --year Y --score S``."""
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
    args = parser.parse_args(argv)

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
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
