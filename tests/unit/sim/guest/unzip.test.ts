// UnZip 6.0 on the guest: what zip archived comes back byte for byte, with its mode and time; the replace question
// answered at the terminal (y, n, A, N) and from a redirected standard input.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
let out = '';
let err = '';
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 7 });
  expect((await s.exec('sudo dnf install -y zip unzip')).exitCode).toBe(0);
  s.on('output', ({ text, stream }) => (stream === 'stderr' ? (err += text) : (out += text)));
  await s.exec('mkdir -p ~/u/src && cd ~/u && seq 1 3000 > src/big.txt && printf "x\\n" > src/x.sh && chmod 755 src/x.sh && zip -qr s.zip src');
}, 60_000);

describe('round trip', () => {
  it('extracts the same bytes, the mode and the time zip stored', async () => {
    const r = await s.exec('cd ~/u && unzip -q s.zip -d back && cmp src/big.txt back/src/big.txt && stat -c "%a %Y" src/x.sh back/src/x.sh');
    expect(r.exitCode).toBe(0);
    const [a, b] = r.stdout.trim().split('\n');
    expect(b).toBe(a);
    expect(b.startsWith('755 ')).toBe(true);
  });
});

describe('the replace question', () => {
  it('y replaces one, N none of the rest; the question goes to standard error', async () => {
    out = '';
    err = '';
    await s.submit('cd ~/u && unzip s.zip');
    expect(err).toBe('replace src/big.txt? [y]es, [n]o, [A]ll, [N]one, [r]ename: ');
    await s.submit('y');
    expect(out).toContain('  inflating: src/big.txt             \n');
    await s.submit('N');
    expect(out).not.toContain('src/x.sh');
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });
  it('A replaces all without asking again', async () => {
    out = '';
    err = '';
    await s.submit('unzip s.zip');
    await s.submit('A');
    expect(out).toContain(' extracting: src/x.sh                \n');
    expect(err.match(/replace/g)).toHaveLength(1);
  });
  it('answers from a redirected standard input', async () => {
    const r = await s.exec('printf "n\\ny\\n" | unzip s.zip');
    expect(r.stderr).toBe('replace src/big.txt? [y]es, [n]o, [A]ll, [N]one, [r]ename: replace src/x.sh? [y]es, [n]o, [A]ll, [N]one, [r]ename: ');
    expect(r.stdout).toBe('Archive:  s.zip\n extracting: src/x.sh                \n');
  });
});
