"""The HTTP layer of the fake Bot API: a threaded server that routes /bot<token>/<method> to the API.

Keep-alive connections are tracked so that stopping the server closes them (no thread or socket
outlives a test). Parameters are read the way Telegram accepts them: form-encoded, multipart (with
uploaded files, also via attach://) or JSON.
"""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

if TYPE_CHECKING:
    from .server import FakeBotAPI

JSON = dict[str, Any]


class Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True  # a fake restarted on the same port (an outage) binds at once

    def __init__(self, address: tuple[str, int], handler: type[Handler], api: FakeBotAPI) -> None:
        self.api = api
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (a killed sender) is not an error of the server."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def close_connections(self) -> None:
        with self.connections_lock:
            for conn in list(self.connections):
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms ACK stalls
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self._dispatch(self._read_params())

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path.startswith("/file/bot"):
            self._send_file(path)
            return
        self._dispatch(dict(parse_qsl(query)))

    def _dispatch(self, raw: dict[str, Any]) -> None:
        parts = self.path.partition("?")[0].split("/")
        if len(parts) != 3 or not parts[1].startswith("bot"):
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        status, body = self.server.api.handle(parts[1][3:], parts[2], raw)
        self._reply(status, body)

    def _read_params(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        ctype = self.headers.get("Content-Type", "")
        if ctype.startswith("application/json"):
            return dict(json.loads(body or b"{}"))
        if ctype.startswith("multipart/form-data"):
            return _multipart(ctype, body)
        return dict(parse_qsl(body.decode(), keep_blank_values=True))

    def _send_file(self, path: str) -> None:
        data = self.server.api.files.get(path.split("/", 3)[-1])
        if data is None:
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _reply(self, status: int, body: JSON | bytes) -> None:
        page = isinstance(body, bytes)  # a gateway's HTML page rather than the Bot API's JSON
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html" if page else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Upload(bytes):
    """An uploaded file's bytes, with the name and media type its multipart part gave."""

    filename: str = ""
    content_type: str = "application/octet-stream"


def _upload(data: bytes, filename: str, content_type: str) -> Upload:
    upload = Upload(data)
    upload.filename, upload.content_type = filename, content_type
    return upload


def _multipart(ctype: str, body: bytes) -> dict[str, Any]:
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + body)
    fields: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        filename = part.get_filename()
        if filename is not None:
            files[str(name)] = _upload(bytes(payload), filename, part.get_content_type())
        else:
            fields[str(name)] = bytes(payload).decode()
    for key, value in list(fields.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            fields[key] = files.get(value[len("attach://") :], b"")
    for key, data in files.items():
        fields.setdefault(key, data)
    return fields
