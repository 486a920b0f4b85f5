// bind in the guest's interactive shell (readline on): -p and -v are readline 8.1's defaults in emacs mode
// (src/sim/shell/builtins/bind/data.ts, written by scripts/golden/bash-bind.sh from the real bind); -P, -q and
// -V are checked here against the lines the real bind prints for the same functions and variables.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('bind', () => {
  it('-P and -q list at most five key sequences, as rl_function_dumper and query_bindings do', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const P = (await s.exec('bind -P')).stdout.split('\n');
    expect(P[0]).toBe('');
    expect(P).toContain('abort can be found on "\\C-g", "\\C-x\\C-g", "\\e\\C-g".');
    expect(P).toContain('alias-expand-line is not bound to any keys');
    expect(P).toContain('digit-argument can be found on "\\e-", "\\e0", "\\e1", "\\e2", "\\e3", ...');
    expect((await s.exec('bind -q forward-word; bind -q magic-space')).stdout).toBe('forward-word can be invoked via "\\e[1;3C", "\\e[1;5C", "\\ef".\nmagic-space is not bound to any keys.\n');
  });

  it('-v and -V give history-size from HISTSIZE (1000 in Rocky\'s /etc/profile)', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('bind -v')).stdout).toContain('set emacs-mode-string @\nset history-size 1000\nset keymap emacs\n');
    expect((await s.exec('bind -V')).stdout).toContain("bell-style is set to `audible'\n");
  });
});
