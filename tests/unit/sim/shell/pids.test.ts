// $$, $BASHPID and $PPID against the guest's process table: a new shell (bash -c, a script, sudo, su -c) is a
// process of its own under its parent; a subshell keeps $$ and has its own BASHPID.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

async function session() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  return s;
}

describe('shell PIDs', () => {
  it('bash -c runs as a child of the login shell, and ps inside it agrees', async () => {
    const s = await session();
    const login = (await s.exec('echo $$')).output.trim();
    const r = await s.exec(`bash -c 'echo $$ $PPID; ps -o pid=,ppid=,args='`);
    const [own, parent] = r.output.split('\n')[0].split(' ');
    expect(parent).toBe(login);
    expect(own).not.toBe(login);
    const rows = r.output.split('\n').slice(1).filter(Boolean).map((l) => l.trim().split(/\s+/));
    expect(rows.find((c) => c[0] === own)?.slice(1, 3)).toEqual([login, 'bash']);
    expect(rows.find((c) => c[2] === 'ps')?.[1]).toBe(own);
  });

  it('a subshell keeps $$ and has its own BASHPID; /proc/self is the command run', async () => {
    const s = await session();
    const r = (await s.exec('echo $$ $BASHPID; (echo $$ $BASHPID)')).output.trim().split('\n').map((l) => l.split(' '));
    expect(r[0][0]).toBe(r[0][1]);
    expect(r[1][0]).toBe(r[0][0]);
    expect(r[1][1]).not.toBe(r[0][0]);
    const self = await s.exec(`bash -c 'echo $$; grep PPid /proc/self/status'`);
    const [pid, status] = self.output.split('\n');
    expect(status).toBe(`PPid:\t${pid}`);
  });

  it('sudo and su -c stand between the shells', async () => {
    const s = await session();
    const r = await s.exec(`sudo su -c 'echo $PPID; ps -o pid=,args='`);
    const [ppid, ...rows] = r.output.trim().split('\n');
    expect(rows.find((l) => l.trim().startsWith(ppid))).toMatch(/ su -c /);
    expect(rows.some((l) => / sudo su -c /.test(l))).toBe(true);
  });
});
