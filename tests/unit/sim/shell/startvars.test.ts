// The variables bash 5.1.8 sets for itself on the Rocky guests (UID, EUID, PPID, BASH, BASH_VERSION, BASH_VERSINFO,
// HOSTTYPE, MACHTYPE, OSTYPE, IFS, PS1, SHLVL, BASHOPTS, SHELLOPTS ...) and the dynamic ones (RANDOM, SECONDS,
// EPOCHSECONDS), as `echo`, `set`, `declare -p` and `readonly` show them.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe('bash start-up variables', () => {
  it('names the shell, its version and the machine as Rocky 9 builds bash', async () => {
    const s = await vm();
    expect((await s.exec('echo "$BASH|$BASH_VERSION|${BASH_VERSINFO[*]}|$HOSTTYPE|$MACHTYPE|$OSTYPE|$SHLVL"')).stdout).toBe(
      '/bin/bash|5.1.8(1)-release|5 1 8 1 release x86_64-redhat-linux-gnu|x86_64|x86_64-redhat-linux-gnu|linux-gnu|1\n',
    );
    // a shell started by name finds itself in PATH, one level deeper
    expect((await s.exec('bash -c \'echo "$BASH $SHLVL ${#IFS} [$PS1]"\'')).stdout).toBe('/usr/bin/bash 2 3 []\n');
    expect((await s.exec('echo "$PS1|$PS2|$PS4|$HISTFILE|$HISTFILESIZE|$MAILCHECK|$OPTIND|$OPTERR"')).stdout).toBe(
      '[\\u@\\h \\W]\\$ |> |+ |/home/vagrant/.bash_history|1000|60|1|1\n',
    );
  });

  it('gives UID, EUID and PPID read-only, and GROUPS the user’s groups', async () => {
    const s = await vm();
    const ppid = (await s.exec('ps -o ppid= -p $$')).stdout.trim();
    expect((await s.exec('echo $UID $EUID $PPID')).stdout).toBe(`1000 1000 ${ppid}\n`);
    expect(await s.exec('UID=0')).toMatchObject({ stderr: '-bash: UID: readonly variable\n', exitCode: 1 });
    expect(await s.exec('unset EUID')).toMatchObject({ stderr: '-bash: unset: EUID: cannot unset: readonly variable\n', exitCode: 1 });
    expect((await s.exec('declare -p UID GROUPS')).stdout).toBe('declare -ir UID="1000"\ndeclare -a GROUPS=([0]="1000")\n');
    await s.exec('sudo -i');
    expect((await s.exec('echo $UID $EUID')).stdout).toBe('0 0\n');
  });

  it('lists bash’s read-only variables with readonly, and keeps BASHOPTS and SHELLOPTS in step with shopt and set', async () => {
    const s = await vm();
    const r = (await s.exec('readonly')).stdout.split('\n').map((l) => l.split('=')[0]);
    expect(r).toEqual(['declare -r BASHOPTS', 'declare -ar BASH_VERSINFO', 'declare -ir EUID', 'declare -ir PPID', 'declare -r SHELLOPTS', 'declare -ir UID', '']);
    expect((await s.exec('echo $SHELLOPTS')).stdout).toBe('braceexpand:emacs:hashall:histexpand:history:interactive-comments:monitor\n');
    await s.exec('set -o noclobber; shopt -s dotglob');
    expect((await s.exec('echo $SHELLOPTS')).stdout).toBe('braceexpand:emacs:hashall:histexpand:history:interactive-comments:monitor:noclobber\n');
    expect((await s.exec('echo $BASHOPTS')).stdout).toContain(':dotglob:');
    expect(await s.exec('BASHOPTS=x')).toMatchObject({ stderr: '-bash: BASHOPTS: readonly variable\n', exitCode: 1 });
  });

  it('RANDOM follows bash’s generator once seeded, SECONDS counts from the shell’s start or its last assignment', async () => {
    const s = await vm();
    // as bash prints them (lib/sh/random.c's Park-Miller generator, the same in 5.1 and 5.2)
    expect((await s.exec('RANDOM=42; echo $RANDOM $RANDOM $RANDOM; RANDOM=0; echo $RANDOM')).stdout).toBe('17772 26794 1435\n20814\n');
    const v = (await s.exec('echo $RANDOM')).stdout.trim();
    expect(Number(v)).toBeGreaterThanOrEqual(0);
    expect(Number(v)).toBeLessThan(32768);
    expect((await s.exec('SECONDS=100; sleep 2; echo $SECONDS')).stdout).toBe('102\n');
    expect((await s.exec('echo $(( EPOCHSECONDS - $(date +%s) ))')).stdout).toBe('0\n');
    // unset, RANDOM is an ordinary variable
    expect((await s.exec('unset RANDOM; echo "[$RANDOM]"; RANDOM=7; echo $RANDOM $RANDOM')).stdout).toBe('[]\n7 7\n');
  });

  it('set prints arrays as ( [i]="v" ), control characters as $\'...\', then the functions', async () => {
    const s = await vm();
    const out = (await s.exec('a=(1 "x y"); declare -A m=([k]=v); f(){ echo hi; }; set')).stdout;
    expect(out).toContain('\nBASH_VERSINFO=([0]="5" [1]="1" [2]="8" [3]="1" [4]="release" [5]="x86_64-redhat-linux-gnu")\n');
    expect(out).toContain("\nIFS=$' \\t\\n'\n");
    expect(out).toContain('\na=([0]="1" [1]="x y")\nm=([k]="v" )\n');
    expect(out).toContain('\nf () \n{ \n    echo hi\n}\n');
    expect(out.startsWith('BASH=/bin/bash\nBASHOPTS=')).toBe(true);
  });
});
