#!/usr/bin/env python3
# Records tests/golden/bash/winsize.json: what an interactive bash (bash --norc -i on a pseudo-terminal of 33 rows
# and 101 columns, PS1='$ ') says of LINES and COLUMNS: set as it starts, not exported, changed when the terminal
# is resized at the prompt, bound again after a command that is not a builtin while checkwinsize is on.
# Each step is a command line or "RESIZE rows cols"; the output kept is what the line printed (bracketed-paste
# and CR removed). Bash 5.1 sets them the same way (lib/sh/winsize.c, variables.c sh_set_lines_and_columns).
# The simulator's side: tests/unit/sim/shell/winsize.test.ts.
import fcntl, json, os, pty, re, select, struct, sys, termios, time
from ptyread import read as pty_read

STEPS = [
    'declare -p COLUMNS LINES',
    'env | grep -c -E "^(COLUMNS|LINES)="; bash -c "echo [\\$COLUMNS]"',
    'RESIZE 50 120',
    'echo "$COLUMNS $LINES"',
    'COLUMNS=7; ls >/dev/null; echo $COLUMNS',
    'COLUMNS=7; true; echo $COLUMNS',
    'unset LINES; ls >/dev/null; echo "[$LINES]"',
    'RESIZE 20 60',
    'stty size; echo "$COLUMNS $LINES"',
    'shopt -u checkwinsize; COLUMNS=5; ls >/dev/null; echo $COLUMNS',
]

def main():
    out_path = os.path.join(os.path.dirname(__file__), '../../tests/golden/bash/winsize.json')
    pid, fd = pty.fork()
    if pid == 0:
        env = {k: v for k, v in os.environ.items() if k not in ('COLUMNS', 'LINES')}
        env.update(PS1='$ ', TERM='xterm', LC_ALL='C')
        os.chdir('/')
        os.execvpe('bash', ['bash', '--norc', '-i'], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 33, 101, 0, 0))
    def read(t=0.6):
        buf = pty_read(fd, t)
        return re.sub(r'\x1b\[\?2004[hl]|\r', '', buf.decode())
    read()
    results = []
    for step in STEPS:
        if step.startswith('RESIZE '):
            rows, cols = (int(x) for x in step.split()[1:])
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
            read(0.3)
            results.append([step, ''])
            continue
        os.write(fd, (step + '\n').encode())
        text = read()
        # the echoed line, then the output, then the next prompt
        body = text.split('\n', 1)[1] if '\n' in text else ''
        results.append([step, body[: body.rfind('$ ')] if body.endswith('$ ') else body])
    os.write(fd, b'exit\n')
    read(0.3)
    with open(out_path, 'w') as f:
        json.dump(results, f, indent=1)
        f.write('\n')

main()
