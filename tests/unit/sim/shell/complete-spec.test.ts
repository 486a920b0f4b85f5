// The complete builtin against the real bash (tests/golden/complete, recorded by scripts/golden/complete-record.sh
// with bash --norc -c): specifications kept and printed by complete -p in bash's format and in the order of its
// progcomp hash table, complete -r, and the errors. Each case runs in `bash -c` on the guest.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/complete');
const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

beforeAll(async () => {
  await loadGuest();
});

describe('complete', () => {
  it('has its recorded cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', async (name) => {
    const read = (f: string) => readFileSync(path.join(DIR, name, f), 'utf8');
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec(`cat > /tmp/cmd <<'EOF'\n${read('cmd')}EOF`);
    const r = await s.exec('bash -c "$(cat /tmp/cmd)"');
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ stdout: read('stdout'), stderr: read('stderr'), status: Number(read('status')) });
  });

  it('walks bash 5.1’s 256 buckets (pcomplib.c COMPLETE_HASH_BUCKETS; 5.2 has 512): zz (bucket 133) before kill (149)', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec(`bash -c "complete -F _k kill; complete -W 'x y' zz; complete -p"`);
    expect(r.stdout).toBe("complete -W 'x y' zz\ncomplete -F _k kill\n");
  });

  it('keeps a specification in the interactive shell, where bash-completion made the table', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('_foo() { :; }; complete -o default -F _foo foo');
    expect((await s.exec('complete -p foo')).stdout).toBe('complete -o default -F _foo foo\n');
    expect(await s.exec('complete -r foo; complete -p foo')).toMatchObject({ stderr: '-bash: complete: foo: no completion specification\n', exitCode: 1 });
    expect(await s.exec('complete -r foo')).toMatchObject({ stderr: '-bash: complete: foo: no completion specification\n', exitCode: 1 });
  });
});
