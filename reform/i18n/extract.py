"""Which messages the code uses: a Babel extraction method and the check behind ``tests/test_i18n.py``.

The code reads its words by key from a table (``T("title")`` on a page whose ``T`` is
``ui.texts(text.TEXT)``, ``ui.t("source")`` for the shared table, ``tr(common.TEXT, "decision",
lang)``). This module reads the source (never runs it) and finds, per file:

* literal uses: ``(context, key)`` pairs;
* patterns: a key built with an f-string (``T(f"status_{s}")``) matches ``status_.+``;
* whole tables read with computed keys (``text.SERIES[indicator_id]``): every key counts as used;
* string constants of a file equal to a key of a table the file reads (``bars(…, "y_share")``
  later passed to ``T(y_key)``) count as uses of that key.

``babel.cfg`` maps the project's Python files to :func:`extract_keys`, so ``pybabel extract``
writes ``messages.pot`` with every key in use (patterns and computed keys expanded against the
Vietnamese catalog), and ``pybabel update`` keeps each language's ``.po`` in step.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reform.i18n import catalog

#: Where the code that reads texts lives, relative to the project root.
SOURCES = ("app.py", "pages", "reform")
_TEXT_MODULES = None


def text_modules() -> set[str]:
    """The modules of reform/i18n that hold tables (every one but the machinery)."""
    global _TEXT_MODULES
    if _TEXT_MODULES is None:
        here = Path(__file__).resolve().parent
        _TEXT_MODULES = {p.stem for p in here.glob("*.py")} - {"__init__", "catalog", "extract", "fmt", "escape"}
    return _TEXT_MODULES


@dataclass
class Uses:
    """What one or more files use."""

    literal: set[tuple[str, str]] = field(default_factory=set)
    patterns: set[tuple[str, str]] = field(default_factory=set)  # (context, regex)
    whole: set[str] = field(default_factory=set)  # contexts read with computed keys
    constants: dict[str, set[str]] = field(default_factory=dict)  # context -> string constants of its readers
    variable: set[str] = field(default_factory=set)  # contexts read somewhere with a key held in a variable
    strings: set[str] = field(default_factory=set)  # every string constant of the files read
    where: dict[tuple[str, str], str] = field(default_factory=dict)  # (context, key) -> "file:line"

    def update(self, other: "Uses") -> None:
        self.literal |= other.literal
        self.patterns |= other.patterns
        self.whole |= other.whole
        self.variable |= other.variable
        self.strings |= other.strings
        for ctx, consts in other.constants.items():
            self.constants.setdefault(ctx, set()).update(consts)
        for k, v in other.where.items():
            self.where.setdefault(k, v)

    def uses(self, context: str, key: str) -> bool:
        """True when the code reads ``key`` of ``context`` in any of the ways above."""
        return ((context, key) in self.literal or context in self.whole
                or key in self.constants.get(context, ())
                or any(ctx == context and re.fullmatch(rx, key) for ctx, rx in self.patterns))


def _pattern(node: ast.JoinedStr) -> str:
    parts = []
    for v in node.values:
        parts.append(re.escape(v.value) if isinstance(v, ast.Constant) else ".+")
    return "".join(parts)


class _Reader(ast.NodeVisitor):
    """Finds the table each name stands for, then the keys read through it."""

    def __init__(self, filename: str, tree: ast.Module) -> None:
        self.filename = filename
        self.uses = Uses()
        self.aliases: dict[str, str] = {}  # local name -> text module
        self.readers: dict[str, str] = {}  # function name (T, t) -> context
        self.strings: list[str] = []
        self.held: dict[str, set[str]] = {}  # local name -> the tables it may hold
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "reform.i18n":
                for a in node.names:
                    if a.name in text_modules():
                        self.aliases[a.asname or a.name] = a.name
        if filename.replace("\\", "/").endswith("reform/ui/components.py"):
            self.readers["t"] = "common"
        for node in ast.walk(tree):
            self._bind(node)

    def _table(self, node: ast.AST) -> str | None:
        """``text.TEXT`` → "pci"; ``text.SERIES`` → "statistics.SERIES"."""
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.aliases:
            module = self.aliases[node.value.id]
            return module if node.attr == "TEXT" else f"{module}.{node.attr}"
        return None

    def _bind(self, node: ast.AST) -> None:
        # T = ui.texts(text.TEXT)
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call) and node.value.args
                and getattr(node.value.func, "attr", getattr(node.value.func, "id", None)) == "texts"):
            ctx = self._table(node.value.args[0])
            if ctx:
                self.readers[node.targets[0].id] = ctx
        # T = lambda k, **kw: tr(text.TEXT, k, lang, **kw)
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Lambda) and node.value.args.args
                and isinstance(node.value.body, ast.Call) and getattr(node.value.body.func, "id", None) == "tr"
                and len(node.value.body.args) > 1 and isinstance(node.value.body.args[1], ast.Name)
                and node.value.body.args[1].id == node.value.args.args[0].arg):
            ctx = self._table(node.value.body.args[0])
            if ctx:
                self.readers[node.targets[0].id] = ctx
        # def T(key, lang, **kw): return tr(text.TEXT, key, lang, **kw)
        if isinstance(node, ast.FunctionDef) and node.args.args:
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and getattr(inner.func, "id", None) == "tr" and inner.args
                        and isinstance(inner.args[1] if len(inner.args) > 1 else None, ast.Name)
                        and inner.args[1].id == node.args.args[0].arg):
                    ctx = self._table(inner.args[0])
                    if ctx:
                        self.readers[node.name] = ctx

    def _key(self, ctx: str, node: ast.AST) -> None:
        line = f"{self.filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.uses.literal.add((ctx, node.value))
            self.uses.where.setdefault((ctx, node.value), line)
        elif isinstance(node, ast.JoinedStr):
            self.uses.patterns.add((ctx, _pattern(node)))
        elif isinstance(node, ast.IfExp):
            self._key(ctx, node.body)
            self._key(ctx, node.orelse)
        elif (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant)
              and isinstance(node.left.value, str)):  # "short_" + indicator_id
            self.uses.patterns.add((ctx, re.escape(node.left.value) + ".+"))
        else:  # a key held in a variable: its values are among the project's string constants
            self.uses.constants.setdefault(ctx, set())
            self.uses.variable.add(ctx)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
        if name == "tr" and len(node.args) >= 2:
            ctx = self._table(node.args[0])
            if ctx:
                self._key(ctx, node.args[1])
        elif name == "t" and owner == "ui" and node.args:
            self._key("common", node.args[0])
        elif name in self.readers and owner is None and node.args:
            self._key(self.readers[name], node.args[0])
        elif name == "get" and isinstance(func, ast.Attribute) and self._table(func.value) and node.args:
            self._computed(self._table(func.value), node.args[0])
        elif name in ("values", "items", "keys") and isinstance(func, ast.Attribute) and self._table(func.value):
            self.uses.whole.add(self._table(func.value))
        self.generic_visit(node)

    def _computed(self, ctx: str, key: ast.AST) -> None:
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            self._key(ctx, key)
        elif isinstance(key, ast.JoinedStr):
            self.uses.patterns.add((ctx, _pattern(key)))
        else:
            self.uses.whole.add(ctx)

    def visit_Assign(self, node: ast.Assign) -> None:
        tables = {self._table(n) for n in ast.walk(node.value)} - {None}
        if tables and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            self.held[node.targets[0].id] = tables
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        ctx = self._table(node.value)
        if ctx:
            self._computed(ctx, node.slice)
        elif isinstance(node.value, ast.Name) and node.value.id in self.held:
            for held in self.held[node.value.id]:
                self._computed(held, node.slice)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:  # `key in text.TABLE`
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.In, ast.NotIn)) and self._table(right):
                self._computed(self._table(right), node.left)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            self.strings.append(node.value)

    def finish(self) -> Uses:
        for ctx in set(self.readers.values()) | {c for c, _ in self.uses.literal}:
            self.uses.constants.setdefault(ctx, set()).update(self.strings)
        self.uses.strings.update(self.strings)
        return self.uses


def read_source(source: str, filename: str) -> Uses:
    """What one file's source uses."""
    tree = ast.parse(source, filename)
    reader = _Reader(filename, tree)
    reader.visit(tree)
    return reader.finish()


def python_files(root: Path, sources: Iterable[str] = SOURCES) -> Iterator[Path]:
    for name in sources:
        path = root / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def project_uses(root: Path) -> Uses:
    """What the whole project uses."""
    uses = Uses()
    for path in python_files(root):
        uses.update(read_source(path.read_text(encoding="utf-8"), str(path.relative_to(root))))
    return uses


def catalog_keys(lang: str = catalog.LANGS[0]) -> dict[str, list[str]]:
    """Every (context → keys) of a language's catalog."""
    return {ctx: list(keys) for ctx, keys in catalog._load(lang)[1].items()}


def extract_keys(fileobj, keywords, comment_tags, options) -> Iterator[tuple]:
    """Babel extraction method: one ``pgettext(context, key)`` message per key a file uses.

    Patterns, computed keys and constants are expanded against the Vietnamese catalog (the
    source language), so that ``pybabel update`` keeps every key the code can reach.
    """
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    uses = read_source(source, getattr(fileobj, "name", "<source>"))
    known = catalog_keys()
    seen = set()

    def source_words(ctx: str, key: str) -> list[str]:  # the Vietnamese, for translators
        try:
            return [f"vi: {catalog.message(ctx, key, catalog.LANGS[0])}"]
        except catalog.CatalogError:
            return []

    for ctx, key in sorted(uses.literal):
        seen.add((ctx, key))
        line = int(uses.where.get((ctx, key), ":0").rsplit(":", 1)[1])
        yield line, "pgettext", (ctx, key), source_words(ctx, key)
    for ctx, keys in known.items():
        for key in keys:
            if (ctx, key) not in seen and uses.uses(ctx, key):
                seen.add((ctx, key))
                yield 0, "pgettext", (ctx, key), source_words(ctx, key)
