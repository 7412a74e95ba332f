"""Parse YAML (lexicons, gazetteer, message catalogues, feeds.yaml) with libyaml when it is there.

PyYAML's pure-Python parser takes a quarter of a second over the lexicons, at every start of
every command; libyaml's gives the same documents ten times faster. Both raise yaml.YAMLError.

A key written twice in one mapping is refused: YAML would keep the last silently, so a lexicon
heading or a feed's `url` given twice would lose the first without a word.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml

_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[valid-type,misc]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Hashable] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                continue  # the base constructor refuses it in its own words
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"the key {key!r} is given twice",
                    key_node.start_mark,
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def parse_yaml(text: str) -> Any:
    """The document in `text`, built with safe constructors only."""
    return yaml.load(text, Loader=_Loader)
