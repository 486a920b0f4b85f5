// dircolors of coreutils 8.32 with its own built-in database (src/dircolors.hin of v8.32; 9.1's, which the golden
// cases' recorder has, is newer) and the guest's TERM (xterm-256color) and SHELL (/bin/bash).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

describe('dircolors', () => {
  it('-p prints the 8.32 database with blanks squeezed and empty lines left out', async () => {
    const p = (await s.exec('dircolors -p')).stdout.replace(/\n$/, '').split('\n');
    expect(p[0]).toBe('# Configuration file for dircolors, a utility to help you set the');
    expect(p[2]).toBe('# Copyright (C) 1996-2020 Free Software Foundation, Inc.');
    expect(p).toContain('DIR 01;34 # directory');
    expect(p).toContain("LINK 01;36 # symbolic link. (If you set this to 'target' instead of a");
    expect(p).not.toContain('');
    expect(p.filter((l) => l === 'TERM xterm*')).toHaveLength(1);
  });
  it('-b turns it into LS_COLORS for xterm-256color; SHELL picks the syntax', async () => {
    const b = (await s.exec('dircolors')).stdout;
    expect(b).toMatch(/^LS_COLORS='rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01:cd=40;33;01:or=40;31;01:mi=00:su=37;41:sg=30;43:ca=30;41:tw=30;42:ow=34;42:st=37;44:ex=01;32:\*\.tar=01;31:/);
    expect(b).toMatch(/:';\nexport LS_COLORS\n$/);
    expect((await s.exec('SHELL=/bin/csh dircolors')).stdout).toMatch(/^setenv LS_COLORS 'rs=0:di=01;34:[^']*'\n$/);
    expect((await s.exec('TERM=nothing dircolors -b')).stdout).toBe("LS_COLORS='';\nexport LS_COLORS\n");
  });
  it('8.32 words the -p and -b conflict its own way', async () => {
    expect(await s.exec('dircolors -p -b')).toMatchObject({ stderr: "dircolors: the options to output dircolors' internal database and\nto select a shell syntax are mutually exclusive\nTry 'dircolors --help' for more information.\n", exitCode: 1 });
  });
  it('eval of its output gives ls its colours', async () => {
    await s.exec('eval "$(dircolors -b)"');
    expect((await s.exec('echo ${LS_COLORS:0:13}')).stdout).toBe('rs=0:di=01;34\n');
  });
});
