"""Reference data every part of repatwatch shares: countries and places in every script.

`gazetteer()` is the bundled gazetteer (`gazetteer.yaml`); `country_name` names a country in a
language of the interface, `offered_countries` lists those subscribers can filter by.
"""

from bot.reference.countries import country_code, country_name, offered_countries
from bot.reference.gazetteer import Country, Gazetteer, Place, gazetteer, load_gazetteer

__all__ = [
    "Country",
    "Gazetteer",
    "Place",
    "country_code",
    "country_name",
    "gazetteer",
    "load_gazetteer",
    "offered_countries",
]
