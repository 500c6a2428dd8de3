"""Regenerate the example outputs in README.md from the real `otg` (never edit them by hand).

Each example is a block that starts with a line `<!-- example: otg ARGS -->` and is followed by a
fenced code block; this script replaces the code block with what `otg ARGS` prints today, at a
fixed width and without colour.

The examples run in order, through bash, in one scratch folder that looks like the top of a
checkout (it holds a copy of `facts/`): an example may make files for the ones after it (`otg init
my-facts`, then `otg source add ... --facts my-facts`), and none writes into the checkout.

    python scripts/readme_examples.py          # rewrite README.md
    python scripts/readme_examples.py --check  # exit 1 if README.md is out of date
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"(<!-- example: (?P<command>[^\n]*?) -->\n)```(?P<lang>\w*)\n.*?```", re.DOTALL)
WIDTH = "100"


def run_example(command: str, cwd: Path) -> str:
    """What `command` prints when pasted into bash in `cwd`, with `otg` being this checkout's."""
    assert shlex.split(command)[0] == "otg", command
    # OTG_FORMAT=table: show what a person sees on a terminal (a pipe would get TSV).
    env = {**os.environ, "COLUMNS": WIDTH, "NO_COLOR": "1", "OTG_FORMAT": "table"}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        env.pop(name, None)
    # Through a real shell, so that quoting in the README is tested as a reader would paste it.
    script = f'otg() {{ "{sys.executable}" -m otg_cli "$@"; }}\n{command}'
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, env=env, cwd=cwd, check=False
    )
    lines = [line.rstrip() for line in (result.stdout + result.stderr).splitlines()]
    if result.returncode:
        lines.append(f"[exit code {result.returncode}]")
    return "\n".join(lines)


def render(text: str) -> str:
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="otg-readme-") as scratch:
        shutil.copytree(README.parent / "facts", Path(scratch) / "facts")

        def replace(match: re.Match[str]) -> str:
            output = run_example(match["command"], Path(scratch))
            return f"{match[1]}```{match['lang']}\n$ {match['command']}\n{output}\n```"

        return BLOCK.sub(replace, text)


def main() -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in sys.argv:
        if fresh != current:
            print(
                "README.md examples are out of date: run python scripts/readme_examples.py", file=sys.stderr
            )
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
