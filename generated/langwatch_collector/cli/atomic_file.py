"""Replace a file's contents so that it is, at every moment, either the old file or the new one.

The new bytes go to a temporary file beside the target (same directory, so the same file
system), are flushed and fsynced, take the target's permission bits, and then `os.replace`
swaps them in: a rename, which POSIX and Windows make atomic. A failure before the rename (a
full disk, `ulimit -f`, Ctrl-C) removes the temporary file and leaves the target untouched.

Hand-written because the well-known library for this (`atomicwrites`) is archived, and the
whole job is these few lines.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path


def replace_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Writes `data` to `path` atomically; a symbolic link is followed, not replaced."""
    target = Path(os.path.realpath(path))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # 0o666 less the umask, as for any new file; an existing target's own bits are copied below.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            with contextlib.suppress(FileNotFoundError):
                os.fchmod(file.fileno(), stat.S_IMODE(target.stat().st_mode))
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:  # Ctrl-C included: the target is still the old file
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_directory(target.parent)


def _sync_directory(folder: Path) -> None:
    """Makes the rename itself durable; best effort, as some file systems refuse it."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
