"""Reference data every part of repatwatch shares: countries, places and organisations.

`gazetteer()` is the bundled gazetteer (`gazetteer.yaml`); `country_name` names a country in a
language of the interface, `offered_countries` lists those subscribers can filter by; `orgs()` is
the bundled organisations (`orgs.yaml`) by canonical name.
"""

from bot.reference.countries import country_code, country_name, offered_countries
from bot.reference.gazetteer import Country, Gazetteer, Place, gazetteer, load_gazetteer
from bot.reference.orgs import Org, load_orgs, orgs

__all__ = [
    "Country",
    "Gazetteer",
    "Org",
    "Place",
    "country_code",
    "country_name",
    "gazetteer",
    "load_gazetteer",
    "load_orgs",
    "offered_countries",
    "orgs",
]
