#!/usr/bin/env python3
"""Records how bash's readline lists completions on a second Tab (the column layout), from the real bash on this
machine, driven through a pseudo-terminal of a given width:
    python3 scripts/golden/record-readline.py      (writes tests/golden/readline/<case>.json)
Each case: the files in a scratch directory, the terminal width, the typed line; recorded: the lines readline prints
between the typed line and the prompt it draws again. The simulator's side is tests/unit/sim/complete-list.test.ts."""
import fcntl, json, os, signal, pty, select, shutil, struct, tempfile, termios, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'tests', 'golden', 'readline')
GREEK = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu']
CASES = [
    # name, width, files (a trailing / makes a directory), typed
    ('down-columns-40', 40, ['f_' + g for g in GREEK], 'ls f_'),
    ('down-columns-80', 80, ['f_' + g for g in GREEK], 'ls f_'),
    # 8 names of 8 characters: max 10, 80 / 10 = 8 columns would fill the line exactly: readline keeps one fewer
    ('exact-fit-80', 80, ['n%07d' % i for i in range(8)], 'ls n000000'),
    ('directories-marked', 80, ['d_one/', 'd_two/', 'd_three.txt'], 'ls d_'),
    ('after-a-slash', 80, ['sub/', 'sub/x_one', 'sub/x_two', 'sub/x_three'], 'cat sub/x_'),
    ('one-column', 20, ['long_name_number_one', 'long_name_number_two'], 'ls long_name_number_'),
]


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


def record(width, files, typed):
    work = tempfile.mkdtemp()
    try:
        for f in files:
            p = os.path.join(work, f)
            if f.endswith('/'):
                os.makedirs(p, exist_ok=True)
            else:
                os.makedirs(os.path.dirname(p), exist_ok=True)
                open(p, 'w').close()
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(work)
            os.execvpe('bash', ['bash', '--norc', '--noprofile'], {'PS1': '$ ', 'TERM': 'dumb', 'PATH': '/usr/bin:/bin', 'HOME': work, 'LC_ALL': 'C.UTF-8'})
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, width, 0, 0))
        read(fd, 0.5)
        os.write(fd, typed.encode() + b'\t\t')
        raw = read(fd, 1.0).decode()
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
        lines = raw.replace('\r\n', '\n').split('\n')
        # the typed line (with what the first Tab added), then the list, then the prompt again
        return [l.rstrip('\r') for l in lines[1:-1]]
    finally:
        shutil.rmtree(work)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, width, files, typed in CASES:
        listing = record(width, files, typed)
        with open(os.path.join(OUT, name + '.json'), 'w') as f:
            json.dump({'width': width, 'files': files, 'typed': typed, 'listing': listing}, f, indent=1)
            f.write('\n')
        print(name, json.dumps(listing))
