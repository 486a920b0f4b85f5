"""What a pseudo-terminal's program writes within `seconds` (the recording scripts that drive bash on a pty)."""
import os, select, time


def read(fd, seconds):
    out = b''
    end = time.time() + seconds
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return out
