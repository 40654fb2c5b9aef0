"""A minimal keep-alive HTTP sink for benchmarks: reads each request, answers 200 with a fixed body.

Runs in its own process (so it does not share the client's GIL) and prints its port.
"""

from __future__ import annotations

import asyncio
import sys

BODY = (
    b'{"message":"Trace received successfully.",'
    b'"partialSuccess":{"rejectedSpans":0,"rejectedEvaluations":0,"errorMessage":""}}'
)
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)


def content_length(head: bytes) -> int:
    """The Content-Length of a request head (0 without one): the benchmarks' servers read bodies by it."""
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            await reader.readexactly(content_length(head))
            writer.write(RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionResetError):
        pass
    finally:
        writer.close()


async def _main() -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(_main())
    except KeyboardInterrupt:
        sys.exit(0)
