// crictl on the shared spec engine (style urfave): Go's flag package at each level, global flags before the command,
// the Before hook's config file, and the endpoint errors of cri-tools v1.28.0 (main.go, the kubelet's remote client,
// util_unix.go), read from the sources.
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { parseArgv } from '../../../../src/sim/spec/parse';
import { crictlSpec } from '../../../../src/sim/k8s/crictl/spec';
import { readConfig, writeConfig } from '../../../../src/sim/k8s/crictl/run';

const SOCK = 'unix:///run/containerd/containerd.sock';
const DEFAULTS = '[unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]';
const dial = (svc: string, ep: string, why: string) =>
  `validate service connection: validate CRI v1 ${svc} API for endpoint "${ep}": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: ${why}"`;

async function root() {
  const { s, sh } = await lab('cluster', 9);
  await sh('sudo -i');
  return { s, sh };
}

describe('crictl argv (urfave/cli over Go flag)', () => {
  const spec = crictlSpec();
  it('global flags before the command, one dash or two, = or the next word', () => {
    const r = parseArgv(spec, ['-runtime-endpoint=unix:///x.sock', '--timeout', '5s', '-D', 'ps', '-a']);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.path.map((p) => p.name)).toEqual(['crictl', 'ps']);
    expect(r.opts.str('g.runtime-endpoint')).toBe('unix:///x.sock');
    expect(r.opts.str('g.timeout')).toBe('5s');
    expect(r.opts.bool('g.debug')).toBe(true);
    expect(r.opts.bool('all')).toBe(true);
  });
  it("a command's flags end at its first argument (no reordering)", () => {
    const r = parseArgv(spec, ['ps', 'x', '-a']);
    expect(r.kind === 'ok' && r.operands).toEqual(['x', '-a']);
  });
  it('usage errors in Go flag words', () => {
    const msg = (argv: string[]) => {
      const r = parseArgv(spec, argv);
      return r.kind === 'error' ? r.error.message ?? r.error.code : r.kind;
    };
    expect(msg(['--bogus=3', 'ps'])).toBe('flag provided but not defined: -bogus');
    expect(msg(['ps', '-aZ'])).toBe('flag provided but not defined: -aZ');
    expect(msg(['ps', '-an'])).toBe('flag needs an argument: -n');
    expect(msg(['--timeout=soon', 'ps'])).toBe('invalid value "soon" for flag -timeout: parse error');
    expect(msg(['ps', '--last', '08'])).toBe('invalid value "08" for flag -last: parse error');
    expect(msg(['ps', '--all=maybe'])).toBe('invalid boolean value "maybe" for -all: parse error');
    expect(msg(['ps', '-q', '--quiet'])).toBe('Cannot use two forms of the same flag: q quiet');
    expect(msg(['ps', '---x'])).toBe('bad flag syntax: ---x');
    expect(msg(['--version'])).toBe('version');
    expect(msg(['help', 'img'])).toBe('help');
    expect(msg(['-r', 'ps'])).toBe('help');
  });
});

describe('crictl usage errors and help', () => {
  it('a bad global flag prints Incorrect Usage with the app help, then the fatal line', async () => {
    const { sh } = await root();
    const help = (await sh('crictl --help')).stdout;
    const r = await sh('crictl --timeout x ps');
    expect(r.stdout).toBe(`Incorrect Usage: invalid value "x" for flag -timeout: parse error\n\n${help}`);
    expect(r.stderr).toBe('FATA[0000] invalid value "x" for flag -timeout: parse error \n');
    expect(r.exitCode).toBe(1);
    expect((await sh('crictl')).stdout).toBe(help);
    expect((await sh('crictl -v')).stdout).toBe('crictl version v1.28.0\n');
  });
  it('the combined output puts the help before the fatal line', async () => {
    const { s } = await root();
    await s.exec('sudo -i');
    const r = await s.exec('crictl ps --bogus');
    expect(r.output.startsWith('Incorrect Usage: flag provided but not defined: -bogus\n\nNAME:\n   crictl ps - List containers\n')).toBe(true);
    expect(r.output.endsWith('   --help, -h                       show help\nFATA[0000] flag provided but not defined: -bogus \n')).toBe(true);
  });
  it('help for an alias and an unknown topic', async () => {
    const { sh } = await root();
    expect((await sh('crictl h img')).stdout).toBe((await sh('crictl images --help')).stdout);
    expect(await sh('crictl help nope')).toMatchObject({ stdout: '', stderr: "No help topic for 'nope'\n", exitCode: 3 });
  });
});

describe('crictl endpoints', () => {
  it('--runtime-endpoint and -r reach containerd without the default-endpoint warnings', async () => {
    const { sh } = await root();
    for (const line of [`crictl --runtime-endpoint ${SOCK} ps`, `crictl -r ${SOCK} images`, `crictl -r=${SOCK} --timeout 10s --debug=false pods`]) {
      const r = await sh(line);
      expect(r.stderr, line).toBe('');
      expect(r.exitCode, line).toBe(0);
      expect(r.stdout.split('\n')[0], line).toMatch(/^(CONTAINER|IMAGE|POD ID) /);
    }
  });
  it('without an endpoint crictl tries the deprecated defaults, for each service it opens (ps opens both)', async () => {
    const { sh } = await root();
    await sh('rm -f /etc/crictl.yaml');
    const r = await sh('crictl ps');
    expect(r.exitCode).toBe(0);
    const lines = r.stderr.split('\n').slice(0, -1);
    expect(lines).toEqual([
      `WARN[0000] runtime connect using default endpoints: ${DEFAULTS}. As the default settings are now deprecated, you should set the endpoint instead. `,
      `ERRO[0000] ${dial('runtime', 'unix:///var/run/dockershim.sock', 'dial unix /var/run/dockershim.sock: connect: no such file or directory')} `,
      `WARN[0000] image connect using default endpoints: ${DEFAULTS}. As the default settings are now deprecated, you should set the endpoint instead. `,
      `ERRO[0000] ${dial('image', 'unix:///var/run/dockershim.sock', 'dial unix /var/run/dockershim.sock: connect: no such file or directory')} `,
    ]);
  });
  it('a bad endpoint gives the connection error and exit 1', async () => {
    const { sh } = await root();
    const bad = await sh('crictl -r unix:///run/nothing.sock ps');
    expect(bad.stderr).toBe(`FATA[0000] ${dial('runtime', 'unix:///run/nothing.sock', 'dial unix /run/nothing.sock: connect: no such file or directory')} \n`);
    expect(bad.exitCode).toBe(1);
    expect((await sh('crictl -r unix:///etc/hosts version')).stderr).toBe(`FATA[0000] ${dial('runtime', 'unix:///etc/hosts', 'dial unix /etc/hosts: connect: connection refused')} \n`);
    expect((await sh('crictl -r tcp://10.0.0.1:1234 ps')).stderr).toBe('FATA[0000] only support unix socket endpoint \n');
    expect((await sh('crictl -r http://x ps')).stderr).toBe('FATA[0000] protocol "http" not supported \n');
    expect((await sh('crictl -r "" ps')).stderr).toBe('FATA[0000] --runtime-endpoint is not set \n');
    const legacy = await sh('crictl -r /run/containerd/containerd.sock version');
    expect(legacy.exitCode).toBe(0);
    expect(legacy.stderr).toMatch(/^I\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ util_unix\.go:103\] "Using this endpoint is deprecated, please consider using full URL format" endpoint="\/run\/containerd\/containerd\.sock" URL="unix:\/\/\/run\/containerd\/containerd\.sock"\n$/);
  });
  it('a stopped containerd and a user without access fail on the configured endpoint', async () => {
    const { sh } = await root();
    await sh(`crictl config --set runtime-endpoint=${SOCK}`);
    await sh('systemctl stop containerd');
    expect((await sh('crictl ps')).stderr).toBe(`FATA[0000] ${dial('runtime', SOCK, 'dial unix /run/containerd/containerd.sock: connect: no such file or directory')} \n`);
    await sh('systemctl start containerd');
    const user = await sh('sudo -u vagrant crictl ps');
    expect(user.stderr).toBe(`FATA[0000] ${dial('runtime', SOCK, 'dial unix /run/containerd/containerd.sock: connect: permission denied')} \n`);
  });
  it('--config names the file; a missing one is fatal only when named', async () => {
    const { sh } = await root();
    const r = await sh('crictl --config /etc/nope.yaml ps');
    expect(r).toMatchObject({ stdout: '', stderr: 'FATA[0000] load config file: stat /usr/bin/crictl.yaml: no such file or directory \n', exitCode: 1 });
    await sh(`printf 'runtime-endpoint: ${SOCK}\\nimage-endpoint: ${SOCK}\\n' > /root/crictl.yaml`);
    const ok = await sh('crictl --config /root/crictl.yaml images');
    expect(ok.stderr).toBe('');
    expect(ok.stdout.startsWith('IMAGE ')).toBe(true);
    await sh("printf 'colour: blue\\n' > /root/bad.yaml");
    expect((await sh('crictl -c /root/bad.yaml ps')).stderr).toBe("FATA[0000] load config file: Config option 'colour' is not valid \n");
    expect((await sh('CRI_CONFIG_FILE=/root/bad.yaml crictl ps')).stderr).toBe("FATA[0000] load config file: Config option 'colour' is not valid \n");
  });
  it('--debug logs the connection steps', async () => {
    const { sh } = await root();
    const r = await sh(`crictl --debug -r ${SOCK} version`);
    expect(r.stderr).toBe('DEBU[0000] get runtime connection \n');
    expect(r.stdout).toContain('RuntimeName:  containerd\n');
  });
});

describe('crictl config', () => {
  it('--set writes every option, --get and --list read them back', async () => {
    const { sh } = await root();
    await sh('rm -f /etc/crictl.yaml');
    expect((await sh(`crictl config --set runtime-endpoint=${SOCK},timeout=10`)).exitCode).toBe(0);
    expect((await sh('cat /etc/crictl.yaml')).stdout).toBe(`runtime-endpoint: ${SOCK}\nimage-endpoint: ""\ntimeout: 10\ndebug: false\npull-image-on-create: false\ndisable-pull-on-run: false\n`);
    expect((await sh('crictl config --get timeout')).stdout).toBe('10\n');
    expect((await sh('crictl config --list')).stdout.split('\n')[1]).toBe(`runtime-endpoint       ${SOCK}`);
    expect((await sh('crictl config --set colour=blue')).stderr).toBe('FATA[0000] no configuration option named colour \n');
    expect((await sh('crictl config --set timeout')).stderr).toBe('FATA[0000] incorrectly specified option: timeout \n');
    expect((await sh('crictl config debug yes')).stderr).toBe(`FATA[0000] parse debug value 'yes': strconv.ParseBool: parsing "yes": invalid syntax \n`);
  });
  it('reads and writes the yaml as common.ReadConfig / WriteConfig do', () => {
    expect(readConfig('timeout: soon\n')).toBe(`parsing config option 'timeout': strconv.Atoi: parsing "soon": invalid syntax`);
    expect(readConfig('debug: true\nruntime-endpoint: "unix:///a"\n')).toEqual({ debug: 'true', 'runtime-endpoint': 'unix:///a' });
    expect(writeConfig({ debug: 'true' }, 'debug: false\n')).toBe('debug: true\nruntime-endpoint: ""\nimage-endpoint: ""\ntimeout: 0\npull-image-on-create: false\ndisable-pull-on-run: false\n');
  });
});

describe('crictl Tab', () => {
  it('completes commands, global flags before them and the command flags after', async () => {
    const { s } = await root();
    await s.exec('crictl --version');
    expect(s.complete('crictl p', 8).candidates).toEqual(['pods', 'port-forward', 'ps', 'pull']);
    expect(s.complete('crictl --r', 10).candidates).toEqual(['--runtime-endpoint']);
    expect(s.complete('crictl ps --n', 13).candidates).toEqual(['--name', '--no-trunc']);
    expect(s.complete('crictl -r x im', 14).candidates).toEqual(['imagefsinfo', 'images']);
  });
});
