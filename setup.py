"""Builds repatwatch, with its migrations (db/) inside the package for a regular install; with
REPATWATCH_COMPILE=1, compiles the classifier with mypyc.

The classifier (bot.classify) is pure, typed Python, and the CPU of a first poll is mostly its
reading of the reports on topic. mypyc turns its modules into C extensions that give the same
verdicts (CI compares them over some 50,000 reports) about a third faster. It needs a C compiler
and Python's headers, so it is opt-in, for a regular install (`pip install .`): an editable
install (`pip install -e .`) would leave compiled modules beside the sources, and they, not the
sources you edit, would be imported.
"""

import os
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

COMPILED = sorted(str(p) for p in Path("bot/classify").glob("*.py"))
# mypyc ships with mypy; the rest lets it type-check the classifier as CI does.
BUILD_NEEDS = ["mypy>=1.10", "types-PyYAML", "ahocorasick-rs>=1.0"]


class BuildWithMigrations(build_py):
    """Ships db/ (the Alembic migrations, beside the package in the checkout) as bot/db, so a
    regular install can bring its database schema up to date (bot.store.base.MIGRATIONS_DIR)."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads the checkout's db/
            shipped = Path(self.build_lib) / "bot" / "db"
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree("db", shipped, ignore=ignore, dirs_exist_ok=True)


SHIP = {"build_py": BuildWithMigrations}

if os.environ.get("REPATWATCH_COMPILE") != "1":
    setup(cmdclass=SHIP)
elif "editable_wheel" in sys.argv:
    sys.exit(
        "REPATWATCH_COMPILE=1 needs a regular install (pip install .), not an editable one: "
        "the compiled modules would shadow the sources you edit."
    )
else:
    try:
        from mypyc.build import mypycify
    except ImportError:
        # The first pass of a PEP 517 build asks what the build needs.
        setup(setup_requires=BUILD_NEEDS)
    else:
        jobs = os.cpu_count() or 1  # one C file a module: compile them side by side
        setup(
            cmdclass=SHIP,
            ext_modules=mypycify(COMPILED),
            options={"build_ext": {"parallel": jobs}},
        )
