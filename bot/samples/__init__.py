"""The bundled sample feeds: where they live and how to point their URLs at a local server.

The XML files and feeds.yaml in this folder are data (labelled samples written in the project's own
words from publicly reported incidents); this module only locates them and fills in the `{port}`
placeholder of feeds.yaml's URLs, so the demo can serve the folder from 127.0.0.1 on any free port.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
FEEDS_FILE = SAMPLES_DIR / "feeds.yaml"
SAMPLE_FILES = ("samples-en.xml", "samples-ko.xml", "samples-digest.xml")
PORT_PLACEHOLDER = "{port}"


def sample_feeds_yaml(port: int) -> str:
    """The text of the sample feeds.yaml with every URL pointing at 127.0.0.1:`port`."""
    return FEEDS_FILE.read_text(encoding="utf-8").replace(PORT_PLACEHOLDER, str(port))
