"""Every setting otg reads from its environment, and every path it uses: one leaf module.

A setting comes from its flag first (the command layer passes it in), then its environment
variable, then the default (README "Environment"). Nothing here imports the rest of otg, so any
module may read a setting without pulling in the loader, the cache or Rich.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_FACTS = "OTG_FACTS"
ENV_CACHE_DIR = "OTG_CACHE_DIR"
ENV_NO_CACHE = "OTG_NO_CACHE"
ENV_DEBUG = "OTG_DEBUG"
ENV_FORMAT = "OTG_FORMAT"
ENV_LANG = "OTG_LANG"
ENV_PAGER = "OTG_PAGER"

#: Every OTG_* variable, for the README's table and its test.
VARIABLES = (ENV_FACTS, ENV_CACHE_DIR, ENV_NO_CACHE, ENV_DEBUG, ENV_FORMAT, ENV_LANG, ENV_PAGER)

#: The pager when neither OTG_PAGER nor PAGER names one; LESS=FRX is set for it unless LESS is set
#: (quit when the text fits one screen, keep colours, leave the text on the screen), as gh does.
DEFAULT_PAGER = "less"


def _set(name: str) -> bool:
    return bool(os.environ.get(name))


def debug() -> bool:
    """OTG_DEBUG: show the traceback of an internal error."""
    return _set(ENV_DEBUG)


def cache_disabled() -> bool:
    """OTG_NO_CACHE: read every fact file, never the cache."""
    return _set(ENV_NO_CACHE)


def output_format() -> str | None:
    """OTG_FORMAT, as given (the render layer checks it against the formats it has)."""
    value = os.environ.get(ENV_FORMAT, "").strip().lower()
    return value or None


def pager() -> str | None:
    """OTG_PAGER, else PAGER, else less; None when the one set is empty or `cat` (no pager)."""
    for name in (ENV_PAGER, "PAGER"):
        if name in os.environ and (name == ENV_PAGER or os.environ[name].strip()):
            chosen = os.environ[name].strip()
            return chosen if chosen and chosen != "cat" else None
    return DEFAULT_PAGER


def color_forced() -> bool:
    """CLICOLOR_FORCE (any value but 0): colour even when stdout is not a terminal, unless NO_COLOR
    is set (any value), which always wins. NO_COLOR itself Rich reads: no colours, bold kept."""
    return os.environ.get("CLICOLOR_FORCE", "0") not in ("", "0") and not os.environ.get("NO_COLOR")


def bundled_facts_dir() -> Path:
    """The fact base shipped with otg: inside the installed package, or at the top of a checkout."""
    packaged = Path(__file__).resolve().parent / "facts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "facts"


def user_fact_folders(flag: list[Path] | None) -> list[Path]:
    """`--facts` folders if given, else those in OTG_FACTS (os.pathsep-separated), else none."""
    if flag:
        return list(flag)
    configured = os.environ.get(ENV_FACTS, "")
    return [Path(part) for part in configured.split(os.pathsep) if part.strip()]


def fact_folders(flag: list[Path] | None) -> list[Path]:
    """The bundled base first, then the user's folders on top of it."""
    return [bundled_facts_dir(), *user_fact_folders(flag)]


def _home() -> Path | None:
    """HOME, else the password database's home; None when neither gives an absolute path (HOME set
    to nothing is not "/", as expanduser would make it)."""
    if os.environ.get("HOME") == "":
        return None
    try:
        home = Path("~").expanduser()
    except RuntimeError:
        return None
    return home if home.is_absolute() else None


def cache_dir() -> Path | None:
    """OTG_CACHE_DIR if set, else the platform's user cache directory; None (no cache, not an
    error) when there is none, such as without a home."""
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured:
        return Path(configured)
    if sys.platform == "linux":
        # The XDG rule platformdirs applies on Linux, without its import on every run; a relative
        # XDG_CACHE_HOME is ignored, as the XDG specification says.
        xdg = Path(os.environ.get("XDG_CACHE_HOME", ""))
        home = _home()
        if xdg.is_absolute():
            return xdg / "otg"
        return None if home is None else home / ".cache" / "otg"
    import platformdirs

    try:
        return Path(platformdirs.user_cache_dir("otg", appauthor=False))
    except (RuntimeError, KeyError, OSError):  # pragma: no cover - no home on macOS or Windows
        return None
