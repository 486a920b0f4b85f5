import { describe, expect, it } from 'vitest';
import { parseArgv } from '../../../../src/sim/spec/parse';
import { renderError } from '../../../../src/sim/spec/errors';
import { completeSpec } from '../../../../src/sim/spec/complete';
import type { CommandSpec, ParseResult } from '../../../../src/sim/spec/types';

const ls: CommandSpec = {
  name: 'ls',
  style: 'gnu',
  usageStatus: 2,
  flags: [
    { short: 'a', long: 'all' },
    { short: 'A', long: 'almost-all' },
    { long: 'author' },
    { short: 'l' },
    { long: 'format', value: 'required', arg: 'WORD' },
    { long: 'color', value: 'optional', arg: 'WHEN', choices: ['always', 'auto', 'never'] },
    { short: 'w', long: 'width', value: 'required', arg: 'COLS' },
  ],
  help: 'Usage: ls [OPTION]... [FILE]...\n',
};

const ok = (r: ParseResult) => {
  if (r.kind !== 'ok') throw new Error('expected ok, got ' + JSON.stringify(r));
  return r;
};
const errText = (spec: CommandSpec, argv: string[]) => {
  const r = parseArgv(spec, argv);
  if (r.kind !== 'error') throw new Error('expected an error, got ' + r.kind);
  return renderError(spec.name, r.path, r.error);
};

describe('GNU getopt_long style', () => {
  it('reads bundled short flags, attached and separate values, and permutes operands', () => {
    const r = ok(parseArgv(ls, ['x', '-la', '-w80', 'y', '--width', '100', '--format=long', '--', '-z']));
    expect(r.operands).toEqual(['x', 'y', '-z']);
    expect(r.opts.has('l') && r.opts.has('all')).toBe(true);
    expect(r.opts.all('width')).toEqual(['80', '100']);
    expect(r.opts.str('format')).toBe('long');
  });
  it('accepts unique prefixes of long options and names the ambiguous ones', () => {
    expect(ok(parseArgv(ls, ['--form=long'])).opts.str('format')).toBe('long');
    expect(errText(ls, ['--a']).stderr).toBe("ls: option '--a' is ambiguous; possibilities: '--all' '--almost-all' '--author'\nTry 'ls --help' for more information.\n");
  });
  it('an optional value only attaches with =', () => {
    const r = ok(parseArgv(ls, ['--color', 'auto']));
    expect(r.opts.get('color')).toBe(true);
    expect(r.operands).toEqual(['auto']);
  });
  it("words its errors like glibc and exits with the tool's status", () => {
    expect(errText(ls, ['--bogus'])).toEqual({ stderr: "ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n", status: 2 });
    expect(errText(ls, ['--bogus=3']).stderr).toMatch(/^ls: unrecognized option '--bogus=3'\n/);
    expect(errText(ls, ['-lz']).stderr).toMatch(/^ls: invalid option -- 'z'\n/);
    expect(errText(ls, ['--form']).stderr).toMatch(/^ls: option '--format' requires an argument\n/);
    expect(errText(ls, ['-w']).stderr).toMatch(/^ls: option requires an argument -- 'w'\n/);
    expect(errText(ls, ['--all=3']).stderr).toMatch(/^ls: option '--all' doesn't allow an argument\n/);
  });
  it('--help answers in order: an earlier error wins, a later one does not', () => {
    expect(parseArgv(ls, ['--all', '--hel', '--bogus']).kind).toBe('help');
    expect(parseArgv(ls, ['--bogus', '--help']).kind).toBe('error');
  });
  it('reports missing and extra operands', () => {
    const cp: CommandSpec = { name: 'cp', style: 'gnu', operands: { min: 1, missing: 'missing file operand' } };
    expect(errText(cp, [])).toEqual({ stderr: "cp: missing file operand\nTry 'cp --help' for more information.\n", status: 1 });
    const uname: CommandSpec = { name: 'uname', style: 'gnu', operands: { max: 0 } };
    expect(errText(uname, ['x']).stderr).toBe("uname: extra operand ‘x’\nTry 'uname --help' for more information.\n");
  });
  it('-5 as a number flag (head, tail) and a first operand that ends options (sudo)', () => {
    const head: CommandSpec = { name: 'head', style: 'gnu', numberFlag: 'lines', flags: [{ short: 'n', long: 'lines', value: 'required' }] };
    expect(ok(parseArgv(head, ['-5', 'f'])).opts.str('lines')).toBe('5');
    const sudo: CommandSpec = { name: 'sudo', style: 'gnu', permute: false, flags: [{ short: 'u', long: 'user', value: 'required' }] };
    const r = ok(parseArgv(sudo, ['-u', 'root', 'ls', '-l']));
    expect(r.operands).toEqual(['ls', '-l']);
  });
});

const kubectl: CommandSpec = {
  name: 'kubectl',
  style: 'cobra',
  helpCommand: true,
  globalFlags: [{ short: 'n', long: 'namespace', type: 'string' }],
  subcommands: [
    {
      name: 'get',
      style: 'cobra',
      operands: {},
      flags: [
        { short: 'A', long: 'all-namespaces', type: 'bool' },
        { short: 'o', long: 'output', type: 'string', choices: ['json', 'yaml', 'wide'] },
      ],
      help: 'Display one or many resources.\n',
    },
  ],
};

describe('pflag/cobra style', () => {
  it('finds the verb among flags and reads -n v, -nv, --x=false', () => {
    const r = ok(parseArgv(kubectl, ['-n', 'kube-system', 'get', 'pods', '-owide', '--all-namespaces=false']));
    expect(r.path.map((s) => s.name)).toEqual(['kubectl', 'get']);
    expect(r.operands).toEqual(['pods']);
    expect(r.opts.str('namespace')).toBe('kube-system');
    expect(r.opts.str('output')).toBe('wide');
    expect(r.opts.bool('all-namespaces')).toBe(false);
  });
  it('does not take prefixes and words errors like cobra', () => {
    expect(errText(kubectl, ['get', '--out=yaml'])).toEqual({ stderr: "error: unknown flag: --out\nSee 'kubectl get --help' for usage.\n", status: 1 });
    expect(errText(kubectl, ['get', '-z']).stderr).toBe("error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n");
    expect(errText(kubectl, ['get', '-n']).stderr).toBe("error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n");
    expect(errText(kubectl, ['get', '--all-namespaces=x']).stderr).toMatch(/^error: invalid argument "x" for "-A, --all-namespaces" flag: strconv.ParseBool: parsing "x": invalid syntax\n/);
  });
  it('help: -h anywhere, help <verb>; an unknown flag still wins over -h', () => {
    expect(parseArgv(kubectl, ['get', 'pods', '-h'])).toMatchObject({ kind: 'help' });
    const r = parseArgv(kubectl, ['help', 'get']);
    expect(r.kind).toBe('help');
    expect(r.path.map((s) => s.name)).toEqual(['kubectl', 'get']);
    expect(parseArgv(kubectl, ['get', '-h', '--bogus']).kind).toBe('error');
  });
  it('completes verbs, flags and flag values', () => {
    const ctx = {} as never;
    expect(completeSpec(kubectl, [], '', ctx)).toEqual(['get']);
    expect(completeSpec(kubectl, ['get'], '-', ctx)).toEqual(expect.arrayContaining(['--all-namespaces', '-A', '--output', '-o', '--namespace', '-n', '-h', '--help']));
    expect(completeSpec(kubectl, ['get', '-o'], '', ctx)).toEqual(['json', 'yaml', 'wide']);
  });
});

describe('Ruby OptionParser style', () => {
  const up: CommandSpec = {
    name: 'up',
    style: 'ruby',
    flags: [
      { long: 'provision', negatable: true },
      { long: 'provider', value: 'required', arg: 'PROVIDER' },
      { long: 'parallel', negatable: true },
    ],
  };
  it('reads --[no-]x, unique prefixes, values', () => {
    const r = ok(parseArgv(up, ['--no-provision', '--provider', 'virtualbox', 'default']));
    expect(r.opts.has('provision')).toBe(false);
    expect(r.opts.get('provision')).toBe('false');
    expect(r.opts.str('provider')).toBe('virtualbox');
    expect(r.operands).toEqual(['default']);
    expect(ok(parseArgv(up, ['--provis'])).opts.has('provision')).toBe(true);
  });
  it("reports OptionParser's errors", () => {
    expect(errText(up, ['--bogus']).stderr).toBe('invalid option: --bogus\n');
    expect(errText(up, ['--provider']).stderr).toBe('missing argument: --provider\n');
    expect(errText(up, ['--pro']).stderr).toBe('ambiguous option: --pro\n');
    expect(parseArgv(up, ['-h']).kind).toBe('help');
  });
});

describe('cmd.exe style', () => {
  const dir: CommandSpec = {
    name: 'dir',
    style: 'cmd',
    flags: [{ short: 'W' }, { short: 'B' }, { short: 'A', value: 'optional' }, { short: 'O', value: 'optional' }],
  };
  it('reads /W, /w/b, /A:D, /AD, /-W case-insensitively', () => {
    const r = ok(parseArgv(dir, ['/w/b', '/A:D', '/on', 'x', '/-W']));
    expect(r.opts.list.map((o) => [o.key, o.value])).toEqual([
      ['W', true],
      ['B', true],
      ['A', 'D'],
      ['O', 'n'],
      ['W', 'false'],
    ]);
    expect(r.operands).toEqual(['x']);
  });
  it('/? is help and an unknown switch is refused', () => {
    expect(parseArgv(dir, ['/?']).kind).toBe('help');
    expect(errText(dir, ['/Z'])).toEqual({ stderr: 'Invalid switch - "Z".\n', status: 1 });
  });
});

describe('bash builtin style', () => {
  const cd: CommandSpec = { name: 'cd', style: 'builtin', synopsis: 'cd [-L|[-P [-e]] [-@]] [dir]', flags: [{ short: 'L' }, { short: 'P' }, { short: 'e' }, { short: '@' }] };
  it('--help first asks for help; other long words and unknown letters are invalid options', () => {
    expect(parseArgv(cd, ['--help']).kind).toBe('help');
    expect(errText(cd, ['--bogus'])).toEqual({ stderr: '-bash: cd: --: invalid option\ncd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n', status: 2 });
    expect(errText(cd, ['-z']).stderr).toBe('-bash: cd: -z: invalid option\ncd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n');
  });
  it('stops at the first operand', () => {
    expect(ok(parseArgv(cd, ['dir', '-L'])).operands).toEqual(['dir', '-L']);
  });
});
