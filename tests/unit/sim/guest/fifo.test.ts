// Data through a FIFO (mkfifo): a writer waits for a reader, a reader for the writers to close, and what was
// written is read once (then the FIFO is empty again, size 0).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

describe('a FIFO', () => {
  it('passes a background writer\'s output to cat, which waits for it', async () => {
    const s = await createSession({ lab: 'vm', seed: 5 });
    await s.exec('cd /tmp && mkfifo p');
    const r = await s.exec('echo hi > p & cat p');
    expect(r.stdout).toBe('hi\n');
    expect((await s.exec('stat -c "%F %s" p')).stdout).toBe('fifo 0\n');
  });

  it('keeps a reader waiting until a writer comes, and a writer until a reader does', async () => {
    const s = await createSession({ lab: 'vm', seed: 5 });
    await s.exec('cd /tmp && mkfifo q');
    const t0 = Date.parse((await s.exec('date -u +%FT%TZ')).stdout.trim());
    // the reader (input redirection) waits for the writer that starts 3 seconds later
    expect((await s.exec('(sleep 3; printf "late\\n" > q) & cat < q')).stdout).toBe('late\n');
    const t1 = Date.parse((await s.exec('date -u +%FT%TZ')).stdout.trim());
    expect(t1 - t0).toBeGreaterThanOrEqual(3000);
    // the writer in the foreground waits for wc in the background to open the FIFO
    expect((await s.exec('wc -c < q & echo abc > q; wait')).stdout).toBe('4\n');
  });
});
