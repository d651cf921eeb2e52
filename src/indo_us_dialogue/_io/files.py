"""Opening input files without surprises: regular files only, never read without a limit.

A path given to the validator may be a directory, a FIFO that nobody writes to
(opening it for reading would block for ever) or a device such as
``/dev/zero`` (reading it whole would never finish). :func:`open_regular_file`
opens without blocking and refuses everything but a regular file, so every
such path becomes a clear :class:`OSError` instead of a hang.
"""

import errno
import os
import stat
from typing import BinaryIO

__all__ = ["open_regular_file"]


def open_regular_file(path: "str | os.PathLike[str]") -> BinaryIO:
    """Open ``path`` for reading bytes, refusing anything that is not a regular file.

    Raises:
        OSError: the path is missing, unreadable, a directory or not a regular
            file (``strerror`` says which, for people).
    """
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", os.fspath(path))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "is not a regular file (a device, FIFO or socket)", os.fspath(path))
        if nonblocking:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")
