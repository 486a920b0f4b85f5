/**
 * A glob ending in a slash matches directories only, links to directories included (bash's glob.c); the
 * expected text below is what bash 5.2 printed on this machine for the same directory (d1, d2, f1, l1 -> d1, l2 -> f1).
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('glob with a trailing slash', () => {
  it('keeps the directories', async () => {
    const s = await createSession({ lab: 'vm' });
    await s.exec('mkdir -p /tmp/gt/d1 /tmp/gt/d2; cd /tmp/gt; touch f1; ln -s d1 l1; ln -s f1 l2');
    expect((await s.exec('echo */; echo f*/; echo l*/; echo /tmp/g*/d*/')).stdout).toBe('d1/ d2/ l1/\nf*/\nl1/\n/tmp/gt/d1/ /tmp/gt/d2/\n');
  });
});
