#!/usr/bin/env python3
"""Records how bash's readline lists completions on a second Tab (the column layout), from the real bash on this
machine, driven through a pseudo-terminal of a given width:
    python3 scripts/golden/record-readline.py      (writes tests/golden/readline/<case>.json)
Each case: the files in a scratch directory, the terminal width, the typed line; recorded: the lines readline prints
between the typed line and the prompt it draws again. The simulator's side is tests/unit/sim/complete-list.test.ts.

The keyed cases (tests/golden/readline/keys/<case>.json) answer what readline asks after the second Tab: its
"Display all N possibilities? (y or n)" (completion-query-items, 100) and its --More-- pager (page-completions on)
on a terminal of the given height. Recorded per step: the keys sent and what came back, with the typed line (the
first line) and the prompt drawn again at the end taken off as above (after a newline, or after the carriage return
that ends the pager's erase) ("prompt": true when it was drawn). TERM is
xterm-256color there, as under the lab's terminal, so the pager's erase is the terminal's own. A case with "path"
completes an empty line on a PATH of that many scratch commands; "candidates" holds bash's own list for it
(compgen -c in the same shell, sorted and unique). The simulator's side is tests/unit/sim/complete-pager.test.ts."""
import fcntl, json, os, signal, pty, select, shutil, struct, tempfile, termios, time
from ptyread import read

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
    # Hangul takes two columns on the terminal: the columns are as wide as the widest name's columns, not characters
    ('wide-characters', 40, ['k_가나다라', 'k_마바', 'k_사아자', 'k_x', 'k_차카타파하', 'k_yz'], 'ls k_'),
]

def names(n):
    """n names that share no prefix beyond their first letter, so the first Tab inserts nothing."""
    return ['%s%03d' % (chr(97 + i % 26), i) for i in range(n)]


# name, rows, cols, files in d/, typed, keys after the second Tab ('path': that many commands on PATH instead)
KEYED = [
    ('query-y-24x80', 24, 80, {'files': 120}, 'ls d/', ['y']),
    ('query-space-24x80', 24, 80, {'files': 120}, 'ls d/', [' ']),
    ('query-n-24x80', 24, 80, {'files': 120}, 'ls d/', ['n']),
    ('query-rubout-24x80', 24, 80, {'files': 120}, 'ls d/', ['\x7f']),
    ('query-invalid-24x80', 24, 80, {'files': 120}, 'ls d/', ['x', '\r', '\t', 'N']),
    ('query-invalid-then-Y-24x80', 24, 80, {'files': 120}, 'ls d/', ['q', 'Y']),
    ('query-99-24x80', 24, 80, {'files': 99}, 'ls d/', []),
    ('query-100-24x80', 24, 80, {'files': 100}, 'ls d/', ['y']),
    ('empty-line-y-24x80', 24, 80, {'path': 150}, '', ['y', ' ']),
    ('empty-line-n-24x80', 24, 80, {'path': 150}, '', ['n']),
    ('empty-line-invalid-24x80', 24, 80, {'path': 150}, '', ['a', '\r', 'n']),
    ('pager-space-24x80', 24, 80, {'files': 400}, 'ls d/', ['y', ' ']),
    ('pager-return-24x80', 24, 80, {'files': 400}, 'ls d/', ['y', '\r', '\r', 'y']),
    ('pager-q-24x80', 24, 80, {'files': 400}, 'ls d/', ['y', 'q']),
    ('pager-keys-24x80', 24, 80, {'files': 400}, 'ls d/', ['y', 'x', '\x7f']),
    ('pager-Q-24x80', 24, 80, {'files': 400}, 'ls d/', ['y', 'Q']),
    ('pager-n-8x80', 8, 80, {'files': 150}, 'ls d/', ['y', 'n']),
    ('pager-small-8x80', 8, 80, {'files': 150}, 'ls d/', ['y', '\r', 'Y']),
    ('pager-no-query-6x20', 6, 20, {'files': 40}, 'ls d/', [' ', '\r', 'N']),
    ('pager-exact-6x20', 6, 20, {'files': 15}, 'ls d/', []),
    # Ctrl+G (ABORT_CHAR): _rl_abort_internal rings and goes back to the line; what is typed next shows after the question
    ('query-ctrl-g-24x80', 24, 80, {'files': 120}, 'ls d/', ['\x07', 'x']),
    ('pager-ctrl-g-24x80', 24, 80, {'files': 400}, 'ls d/', ['y', '\x07', 'x']),
]

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


def record_keys(rows, cols, setup, typed, keys):
    work = tempfile.mkdtemp()
    try:
        env = {'PS1': '$ ', 'TERM': 'xterm-256color', 'PATH': '/usr/bin:/bin', 'HOME': work, 'LC_ALL': 'C.UTF-8'}
        os.makedirs(os.path.join(work, 'd'))
        for f in names(setup.get('files', 0)):
            open(os.path.join(work, 'd', f), 'w').close()
        candidates = None
        if 'path' in setup:
            os.makedirs(os.path.join(work, 'bin'))
            for f in names(setup['path']):
                p = os.path.join(work, 'bin', 'c' + f)
                open(p, 'w').close()
                os.chmod(p, 0o755)
            env['PATH'] = os.path.join(work, 'bin')
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(work)
            os.execvpe('/bin/bash', ['bash', '--norc', '--noprofile'], env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
        read(fd, 0.5)
        if 'path' in setup:
            # bash's own candidates for an empty command word, in the same shell
            os.write(fd, b'compgen -c | LC_ALL=C.UTF-8 /usr/bin/sort -u > /tmp/rl-cands\r')
            read(fd, 1.0)
            with open('/tmp/rl-cands') as f:
                candidates = f.read().split()
            os.unlink('/tmp/rl-cands')
        steps = []
        prompt = '$ ' + typed
        for i, k in enumerate(['\t\t'] + keys):
            os.write(fd, (typed if i == 0 else '').encode() + k.encode())
            out = read(fd, 1.0).decode()
            if i == 0:
                out = out.split('\r\n', 1)[1]
            step = {'keys': k, 'out': out.replace('\r\n', '\n')}
            if step['out'].endswith(prompt) and step['out'][:-len(prompt)][-1:] in ('\n', '\r'):
                step['out'] = step['out'][:-len(prompt)]
                step['prompt'] = True
            steps.append(step)
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
        return steps, candidates
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
    os.makedirs(os.path.join(OUT, 'keys'), exist_ok=True)
    for name, rows, cols, setup, typed, keys in KEYED:
        steps, candidates = record_keys(rows, cols, setup, typed, keys)
        case = {'rows': rows, 'cols': cols, **setup, 'typed': typed, 'steps': steps}
        if candidates is not None:
            case['candidates'] = candidates
        with open(os.path.join(OUT, 'keys', name + '.json'), 'w') as f:
            json.dump(case, f, indent=1)
            f.write('\n')
        print(name, json.dumps(steps)[:300])
