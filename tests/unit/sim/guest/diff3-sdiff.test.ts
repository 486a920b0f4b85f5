// diff3 and sdiff of diffutils 3.7 where 3.8 (the recorded tool, tests/golden/linux/diff3-*, sdiff-*) differs or no
// fixture can be taken: the 3.7 version texts, -X (3.7 falls through to -E's flagging: src/diff3.c main()), the
// ed-script modes and the interactive merge at a terminal.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const FILES = "printf 'a\\nb\\nc\\nd\\ne\\nf\\ng\\n' > old && printf 'a\\nB\\nc\\nd\\ne\\nF\\ng\\nh\\n' > mine && printf 'a\\nb\\nc\\nD\\ne\\nF2\\ng\\n' > yours";

describe('diff3 and sdiff (diffutils 3.7)', () => {
  it('diff3 -m -X brackets the overlaps as -E does in 3.7', async () => {
    const s = await vm();
    await s.exec('cd /tmp && ' + FILES);
    expect(await s.exec('cd /tmp && diff3 -m -X mine old yours')).toMatchObject({ stdout: 'a\nB\nc\nd\ne\n<<<<<<< mine\nF\n=======\nF2\n>>>>>>> yours\ng\nh\n', exitCode: 1 });
    // 3.7 counts the options: the same one twice is already two
    expect(await s.exec('cd /tmp && diff3 -m -A -A mine old yours')).toMatchObject({ stderr: "diff3: incompatible options\ndiff3: Try 'diff3 --help' for more information.\n", exitCode: 2 });
  });

  it('print 3.7 versions', async () => {
    const s = await vm();
    expect((await s.exec('diff3 --version')).stdout).toMatch(/^diff3 \(GNU diffutils\) 3\.7\nCopyright \(C\) 2018 Free Software Foundation, Inc\.\n[^]*\nWritten by Randy Smith\.\n$/);
    expect((await s.exec('sdiff -v')).stdout).toMatch(/^sdiff \(GNU diffutils\) 3\.7\n[^]*\nWritten by Thomas Lord\.\n$/);
  });

  it('diff3 writes output_diff3_edscript()\'s ed scripts, as Debian\'s diff3 prints them', async () => {
    const s = await vm();
    await s.exec('cd /tmp && printf "a\\nb\\nc\\nd\\n" > o && printf "a\\nB\\nc\\nd\\n" > m && printf "a\\nb\\nc\\nD\\n" > y && printf "a\\nX\\nc\\nd\\n" > y2 && printf ".x\\nb\\nc\\nd\\n" > dot');
    expect(await s.exec('cd /tmp && diff3 -e m o y')).toMatchObject({ stdout: '4c\nD\n.\n', exitCode: 0 });
    expect(await s.exec('cd /tmp && diff3 -e -i m o y')).toMatchObject({ stdout: '4c\nD\n.\nw\nq\n', exitCode: 0 });
    expect(await s.exec('cd /tmp && diff3 -E m o y2')).toMatchObject({ stdout: '2a\n=======\nX\n>>>>>>> y2\n.\n1a\n<<<<<<< m\n.\n', exitCode: 1 });
    expect(await s.exec('cd /tmp && diff3 -x m o y2')).toMatchObject({ stdout: '2c\nX\n.\n', exitCode: 0 });
    expect((await s.exec('cd /tmp && diff3 -A m o dot')).stdout).toBe('2a\n||||||| o\na\nb\n=======\n..x\nb\n>>>>>>> dot\n.\n4,8s/^\\.//\n0a\n<<<<<<< m\n.\n');
    expect((await s.exec('cd /tmp && diff3 -e m o dot')).stdout).toBe('1,2c\n..x\nb\n.\n1,2s/^\\.//\n');
  });

  it('sdiff -o asks at the % prompt on the terminal and writes the chosen lines', async () => {
    const s = await vm();
    await s.exec("cd /tmp && printf 'a\\nb b\\nc\\n' > x && printf 'a\\nB b\\nc\\ne\\n' > y");
    const r = await s.exec('cd /tmp && sdiff -w 40 -o out x y', { answers: ['zz', 'r', '1'] });
    // the terminal echoes each answer after the % prompt; give_help() goes to standard error
    expect(r.stdout).toBe('a\t\t\ta\nb b\t\t   |\tB b\n%zz\n%r\nc\t\t\tc\n\t\t   >\te\n%1\n');
    expect(r.stderr).toContain('l or 1:\tUse the left version.\n');
    expect(r.exitCode).toBe(1);
    expect(s.world.host('default').fs.read('/tmp/out')).toBe('a\nB b\nc\n');
  });

  it('sdiff -o: Ctrl+D at the prompt quits with status 2, eb without an editor names it', async () => {
    const s = await vm();
    await s.exec("cd /tmp && printf 'a\\nb\\n' > x && printf 'a\\nc\\n' > y");
    expect(await s.exec('cd /tmp && sdiff -o out x y < /dev/null')).toMatchObject({ exitCode: 2 });
    expect(s.world.host('default').fs.read('/tmp/out')).toBe('a\n');
    expect(await s.exec("cd /tmp && echo eb | sdiff -o out x y")).toMatchObject({ stderr: "sdiff: subsidiary program 'ed' not found\n", exitCode: 2 });
  });
});
