"""Serve a folder of files on 127.0.0.1 for the offline demo (the bundled sample feeds).

A stdlib threading HTTP server on an ephemeral loopback port; quiet, read-only, stopped on exit.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@contextmanager
def serve_directory(folder: Path) -> Iterator[str]:
    """Serve `folder` at http://127.0.0.1:<port>/ for the duration of the block; yields that URL."""
    handler = partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    serve = partial(server.serve_forever, poll_interval=0.05)  # shutdown waits one interval
    thread = threading.Thread(target=serve, name="sample-feeds", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
