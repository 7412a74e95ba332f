"""Placeholder for the service subcommands (filled in by its owner)."""

import argparse
from typing import Any


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    del subparsers
