"""Check (or update) the Qt Linguist catalogues in translations/.

    python tools/check_translations.py            # CI: exit 1 and list every problem
    python tools/check_translations.py --update   # translators: refresh the .ts files from the code

Problems found:
- a `tr()` / `QT_TRANSLATE_NOOP` string without a `#:` translator comment right above it;
- an entry that is unfinished, vanished or obsolete, or has an empty translation (any plural form);
- a translation whose `{placeholders}` differ from the source text's, or a plural without `%n`;
- a `.ts` file that `pyside6-lupdate` would change (strings added, removed or edited in the code);
- a string literal passed to a translating helper lupdate cannot see (`_tr("...")`, `tr("...")`);
- a `#:` comment with no translating call below it (lupdate would glue it onto the next string's comment).

Locations are not stored (`-locations none`) so moving code does not churn the catalogues.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
SOURCE_DIR = ROOT / "a11y_bank"
LANGUAGES = ("en", "zh_CN")
LUPDATE_OPTIONS = ("-locations", "none", "-no-obsolete", "-silent")


@dataclass(frozen=True, slots=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    translation_type: str  # "" when finished
    forms: tuple[str, ...]

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def ts_path(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"a11y_bank_{lang}.ts"


def source_files(source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Every Python file of the package that git tracks (what CI sees), sorted so lupdate is stable.

    Outside a git checkout, every Python file under `source_dir`.
    """
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", "*.py"],
            cwd=source_dir,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return sorted(p for p in source_dir.rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(source_dir / name for name in listed.split("\0") if name)


def lupdate_command() -> str:
    """pyside6-lupdate next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else "pyside6-lupdate"


def run_lupdate(ts_files: list[Path], sources: list[Path]) -> None:
    """Merge the strings of `sources` into each .ts file (created when missing)."""
    for ts in ts_files:
        lang = ts.stem.removeprefix("a11y_bank_")
        command = [lupdate_command(), *LUPDATE_OPTIONS, "-target-language", lang]
        subprocess.run([*command, *map(str, sources), "-ts", str(ts)], check=True, capture_output=True)


def read_entries(ts: Path) -> list[Entry]:
    entries: list[Entry] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            kind = "missing"
            if translation is not None:
                kind = translation.get("type", "")
                numerus_forms = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus_forms) or (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=(message.findtext("extracomment") or "").strip(),
                    numerus=message.get("numerus") == "yes",
                    translation_type=kind,
                    forms=forms,
                )
            )
    return entries


def placeholders(text: str) -> frozenset[str]:
    """The `{name}` fields of a str.format text (empty for text that is not a format string)."""
    try:
        return frozenset(field for _, field, _, _ in string.Formatter().parse(text) if field)
    except ValueError:
        return frozenset()


def entry_problems(entry: Entry, lang: str) -> list[str]:
    problems: list[str] = []
    if not entry.context:
        # tr passed around as a plain function: lupdate cannot tell the class, Qt will never match it.
        problems.append(f"no context for {entry.source!r}: use QCoreApplication.translate('Class', ...)")
    if not entry.comment:
        problems.append(f"no translator comment (#:) for {entry.where()}")
    if entry.translation_type:
        problems.append(f"{lang}: {entry.translation_type} entry {entry.where()}")
        return problems  # nothing to compare yet
    if not entry.forms or not all(form.strip() for form in entry.forms):
        problems.append(f"{lang}: empty translation for {entry.where()}")
    for form in entry.forms:
        if placeholders(form) != placeholders(entry.source):
            problems.append(f"{lang}: placeholders differ in {entry.where()}: {form!r}")
        if entry.numerus and "%n" not in form and "%Ln" not in form:
            problems.append(f"{lang}: plural form without %n in {entry.where()}: {form!r}")
    return problems


def stale_files(langs: tuple[str, ...], ts_dir: Path, sources: list[Path]) -> list[str]:
    """Names of the .ts files that lupdate would change (run on copies; originals untouched)."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in langs:
            original = ts_path(lang, ts_dir)
            if not original.exists():
                continue
            copies.append(Path(shutil.copy2(original, Path(tmp) / original.name)))
        run_lupdate(copies, sources)
        return [
            c.name
            for c in copies
            if not filecmp.cmp(c, ts_path(c.stem.removeprefix("a11y_bank_"), ts_dir), shallow=False)
        ]


#: Calls lupdate extracts: `self.tr(...)`, `X.translate("Ctx", ...)` and the no-op markers.
LUPDATE_CALLS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP"})


def hidden_strings(path: Path) -> list[str]:
    """Literal strings handed to a translating helper that lupdate does not know (they never translate)."""
    problems: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        seen_by_lupdate = isinstance(func, ast.Attribute) or name in LUPDATE_CALLS - {"tr", "translate"}
        if name.lstrip("_").lower() in {"tr", "translate"} and not seen_by_lupdate:
            where = f"{path.name}:{node.lineno}"
            problems.append(
                f"{where}: {name}({first.value!r}) is hidden from lupdate; call self.tr() or translate()"
            )
    return problems


#: How far below a `#:` comment its translating call may start (a call's arguments may wrap).
COMMENT_REACH = 4
TRANSLATING = ("tr(", "translate(", "QT_TRANSLATE_NOOP")


def stray_comments(path: Path) -> list[str]:
    """`#:` comments with no translating call below them: lupdate glues each onto the next `tr()` of the
    class, where a translator reads code notes as if they were about that string (use `#` there)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    problems: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("#:"):
            continue
        below = number
        while below < len(lines) and lines[below].lstrip().startswith("#"):
            below += 1
        code_lines = []
        for text in lines[below : below + COMMENT_REACH]:
            if not text.strip() or text.lstrip().startswith("#"):
                break  # the statement under the comment ended
            code_lines.append(text)
        code = " ".join(code_lines)
        if not any(call in code for call in TRANSLATING):
            problems.append(f"{path.name}:{number}: a translator comment (#:) with no tr() below it; use #")
    return problems


def check(
    langs: tuple[str, ...] = LANGUAGES, ts_dir: Path = TS_DIR, sources: list[Path] | None = None
) -> list[str]:
    """Every problem of the catalogues, as one sentence each; empty when all is well."""
    sources = source_files() if sources is None else sources
    problems: list[str] = [problem for source in sources for problem in hidden_strings(source)]
    problems += [problem for source in sources for problem in stray_comments(source)]
    for lang in langs:
        ts = ts_path(lang, ts_dir)
        if not ts.exists():
            problems.append(f"{ts.name} is missing")
            continue
        for entry in read_entries(ts):
            problems.extend(entry_problems(entry, lang))
    problems.extend(
        f"{name} is out of date: run python tools/check_translations.py --update"
        for name in stale_files(langs, ts_dir, sources)
    )
    return list(dict.fromkeys(problems))  # a missing comment shows once, not once per language


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the code first")
    args = parser.parse_args(argv)
    if args.update:
        run_lupdate([ts_path(lang) for lang in LANGUAGES], source_files())
    problems = check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s)", file=sys.stderr)
        return 1
    count = len(read_entries(ts_path(LANGUAGES[0])))
    print(f"translations OK: {count} messages in {', '.join(LANGUAGES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
