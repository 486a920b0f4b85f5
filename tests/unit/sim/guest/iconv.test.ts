// iconv of glibc 2.34 on the box: the outputs and messages here are those of the host's glibc 2.36 iconv (whose
// iconv_prog.c is 2.34's but for copyright years) for the same input, with the box's basic set of gconv modules.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help, version } from '../../../../src/sim/commands/glibc/iconv/help';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe('iconv', () => {
  it('converts between UTF-8, ISO-8859-1, ASCII and UTF-16 byte for byte', async () => {
    const s = await vm();
    expect((await s.exec('printf "h\\xc3\\xa9llo\\n" | iconv -f UTF-8 -t ISO-8859-1 | od -An -tx1')).stdout).toBe(' 68 e9 6c 6c 6f 0a\n');
    expect((await s.exec('printf "\\xe9t\\xe9\\n" | iconv -f latin1 -t utf-8')).stdout).toBe('été\n');
    expect((await s.exec('printf a | iconv -t UTF-16 | od -An -tx1')).stdout).toBe(' ff fe 61 00\n');
    expect((await s.exec('printf a | iconv -f UTF-8 -t UTF-16BE | od -An -tx1')).stdout).toBe(' 00 61\n');
    expect((await s.exec('printf "\\xff\\xfea\\x00" | iconv -f UTF-16 -t UTF-8')).stdout).toBe('a');
    expect((await s.exec('echo ok | iconv -f US-ASCII -t L1')).stdout).toBe('ok\n');
  });

  it('stops at a character the target cannot hold, with its byte position; -c drops it, //TRANSLIT replaces it', async () => {
    const s = await vm();
    let r = await s.exec('printf "h\\xc3\\xa9llo\\n" | iconv -f UTF-8 -t ASCII');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['h', 'iconv: illegal input sequence at position 1\n', 1]);
    r = await s.exec('printf "h\\xc3\\xa9llo\\n" | iconv -c -f UTF-8 -t ASCII');
    expect([r.stdout, r.exitCode]).toEqual(['hllo\n', 0]);
    expect((await s.exec('printf "h\\xc3\\xa9llo\\n" | iconv -f UTF-8 -t ASCII//TRANSLIT')).stdout).toBe('hello\n');
    r = await s.exec('printf "\\xff\\n" | iconv -f UTF-8 -t ISO-8859-1');
    expect([r.stderr, r.exitCode]).toEqual(['iconv: illegal input sequence at position 0\n', 1]);
    r = await s.exec('printf "ab\\xc3" | iconv -f UTF-8 -t UTF-16LE | od -An -tx1');
    expect([r.stdout, r.stderr]).toEqual([' 61 00 62 00\n', 'iconv: incomplete character or shift sequence at end of buffer\n']);
  });

  it('EUC-KR is glibc-gconv-extra\'s, not on the box; unknown names fail to start the conversion', async () => {
    const s = await vm();
    for (const c of ['echo x | iconv -f EUC-KR -t UTF-8', 'echo x | iconv -f FOO -t BAR']) {
      const r = await s.exec(c);
      expect([r.stderr, r.exitCode]).toEqual(['iconv: failed to start conversion processing: No such file or directory\n', 1]);
    }
    const r = await s.exec('iconv nosuch');
    expect([r.stderr, r.exitCode]).toEqual(["iconv: cannot open input file `nosuch': No such file or directory\n", 1]);
  });

  it('-l lists the known names one a line when not on a terminal; help, version and argp errors', async () => {
    const s = await vm();
    const names = (await s.exec('iconv -l | cat')).stdout.split('\n');
    expect(names.slice(0, 3)).toEqual(['8859_1//', '10646-1:1993//', '10646-1:1993/UCS4/']);
    expect(names).toContain('UTF-8//');
    expect(names).not.toContain('EUCKR//');
    // on the terminal: do_print_human()'s heading and comma-separated names within 77 columns
    const human = (await s.exec('iconv -l')).stdout.split('\n');
    expect(human.slice(0, 5)).toEqual([
      'The following list contains all the coded character sets known.  This does',
      'not necessarily mean that all combinations of these names can be used for',
      'the FROM and TO command line parameters.  One coded character set can be',
      'listed with several different names (aliases).',
      '',
    ]);
    expect(human[5].startsWith('  8859_1, 10646-1:1993, 10646-1:1993/UCS4, ANSI_X3.4-1968,')).toBe(true);
    expect(Math.max(...human.slice(5).map((l) => l.length))).toBeLessThanOrEqual(78);
    expect((await s.exec('iconv --help')).stdout).toBe(help);
    expect((await s.exec('iconv -V')).stdout).toBe(version);
    const r = await s.exec('echo x | iconv -q');
    expect([r.stderr, r.exitCode]).toEqual(["iconv: invalid option -- 'q'\nTry `iconv --help' or `iconv --usage' for more information.\n", 64]);
  });
});
