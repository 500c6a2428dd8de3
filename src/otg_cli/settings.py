"""Settings and where they come from: a flag, then an environment variable, then the default."""

from __future__ import annotations

import os
from pathlib import Path

from otg_cli.loader import bundled_facts_dir

ENV_FACTS = "OTG_FACTS"


def user_fact_folders(flag: list[Path] | None) -> list[Path]:
    """`--facts` folders if given, else those in OTG_FACTS (os.pathsep-separated), else none."""
    if flag:
        return list(flag)
    configured = os.environ.get(ENV_FACTS, "")
    return [Path(part) for part in configured.split(os.pathsep) if part.strip()]


def fact_folders(flag: list[Path] | None) -> list[Path]:
    """The bundled base first, then the user's folders on top of it."""
    return [bundled_facts_dir(), *user_fact_folders(flag)]
