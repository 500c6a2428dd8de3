"""Turning what a user types (KZ, KAZ, Kazakhstan, Казахстан, Қазақстан, OTS, ТМҰ) into party codes.

The fact base's own names and aliases are tried first, so the common case never imports pycountry;
ISO 3166 codes and the English, Russian and Kazakh ISO names come from pycountry after that.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache, lru_cache

from otg_cli.errors import OtgError
from otg_cli.models import Country, FactBase, Group
from otg_cli.text import normalize

PARTY_FORMS = (
    "an ISO 3166-1 code (KZ, KAZ), a country name in English, Russian or Kazakh "
    "(Uzbekistan, Узбекистан, Өзбекстан), or a group (OTS, ОТГ, ТМҰ, 'Turkic states')"
)


def party_names(base: FactBase, *, with_codes: bool) -> Iterator[tuple[str, str]]:
    """(name, code) for every name and alias the fact base gives a country or group, in order;
    with `with_codes`, each code or group id also names itself, just before its names."""
    named: list[tuple[str, Country | Group]] = [*base.countries.items(), *base.groups.items()]
    for code, record in named:
        if with_codes:
            yield code, code
        for name in (*record.name.all(), *record.aliases):
            yield name, code


@lru_cache(maxsize=4)  # a command resolves two or three parties against one base
def _base_index(base: FactBase) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, code in party_names(base, with_codes=True):
        index.setdefault(normalize(name), code)
    return index


def iso_index(base: FactBase | None = None) -> Mapping[str, str]:
    """ISO names and codes to alpha-2 codes: kept with a cached base, else from pycountry."""
    if base is not None and base.iso_names is not None:
        return base.iso_names
    return _iso_index()


@cache
def _iso_index() -> dict[str, str]:
    """Every ISO 3166-1 code and name, in English, Russian and Kazakh, to its alpha-2 code."""
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("ru", "kk")
    ]
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [country.alpha_2, country.alpha_3]
        names += [getattr(country, attr, None) or "" for attr in ("name", "common_name", "official_name")]
        names += [t.gettext(name) for t in translations for name in names[2:] if name]
        for name in names:
            if name:
                index.setdefault(normalize(name), code)
    return index


def resolve_party(text: str, base: FactBase) -> str:
    """The party code (alpha-2 or group id) for what a user typed, or OtgError saying what is accepted."""
    key = normalize(text)
    if not key:
        raise OtgError(f"empty country or group; accepted: {PARTY_FORMS}")
    found = _base_index(base).get(key) or iso_index(base).get(key)
    if found is None:
        raise OtgError(f"unknown country or group {text!r}; accepted: {PARTY_FORMS}")
    return found


def party_name(code: str, base: FactBase, language: str | None = None) -> str:
    """How to show a party in the current language: the fact base's name (as the sources spell
    it), else the ISO name from pycountry, else the code itself."""
    from otg_cli import i18n

    language = language or i18n.current()
    if code in base.groups:
        return base.groups[code].name.get(language)
    if code in base.countries:
        return base.countries[code].name.get(language)
    return i18n.country_name(code) or code


def short_party(code: str, base: FactBase) -> str:
    """Compact label for tables: the ISO code for a country, the first alias or name for a group."""
    if code in base.groups:
        group = base.groups[code]
        return group.aliases[0] if group.aliases and len(group.aliases[0]) <= 6 else group.name.en
    return code
