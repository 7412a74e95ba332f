"""Parse the bundled YAML (lexicons, gazetteer, message catalogues) with libyaml when it is there.

PyYAML's pure-Python parser takes a quarter of a second over the lexicons, at every start of
every command; libyaml's gives the same documents ten times faster. Both raise yaml.YAMLError.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The document in `text`, built with safe constructors only."""
    return yaml.load(text, Loader=_LOADER)
