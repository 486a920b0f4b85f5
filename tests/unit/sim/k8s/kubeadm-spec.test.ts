// kubeadm on the command spec: 1.28's help and usage texts (tests/golden/kubeadm), cobra's usage errors with
// kubeadm's stack-trace hint, and Tab completion of its commands and flags.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const golden = (name: string) => readFileSync(new URL(`../../../golden/kubeadm/${name}`, import.meta.url), 'utf8');
const HINT = 'To see the stack trace of this error execute with --v=5 or higher\n';

/**
 * A help text of kubeadm 1.23 as 1.28 prints it: the same command texts, with 1.28's global (klog) flags — the
 * `Global Flags` lines of the 1.28.10 transcript — and the command's own inherited flags kept in their place.
 */
function with128Globals(text: string): string {
  const globals = golden('1.28/init_usage').split('Global Flags:\n')[1].split('\n\n')[0].split('\n');
  const [head, rest] = text.split('Global Flags:\n');
  const [block, ...tail] = rest.split('\n\n');
  const klog = new Set(globals.map((l) => l.slice(6).split(' ')[0]));
  const own = block.split('\n').filter((l) => l && !klog.has(l.slice(6).split(' ')[0]));
  const key = (l: string) => l.slice(6).split(' ')[0].replace(/^-+/, '');
  const lines = [...globals, ...own].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return `${head}Global Flags:\n${lines.join('\n')}${tail.length ? '\n\n' + tail.join('\n\n') : '\n'}`;
}

async function root() {
  const { s, sh } = await lab('cluster', 21);
  await sh('sudo -i');
  return { s, sh };
}

describe('kubeadm help', () => {
  it('prints kubeadm’s help for kubeadm, kubeadm -h and kubeadm help', async () => {
    const { sh } = await root();
    const want = golden('1.27/help');
    for (const line of ['kubeadm', 'kubeadm --help', 'kubeadm -h', 'kubeadm help']) {
      const r = await sh(line);
      expect(r.stdout, line).toBe(want);
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
    }
  });
  it('prints init’s help: its phases, then the 1.28 usage with every flag', async () => {
    const { sh } = await root();
    const want = golden('1.27/init_long') + golden('1.28/init_usage');
    for (const line of ['kubeadm init --help', 'kubeadm init -h', 'kubeadm help init', 'kubeadm init --pod-network-cidr=10.244.0.0/16 --help']) {
      const r = await sh(line);
      expect(r.stdout, line).toBe(want);
      expect(r.exitCode).toBe(0);
    }
    // nothing ran
    expect((await sh('ls /etc/kubernetes/manifests')).stdout).toContain('kube-apiserver.yaml');
  });
  it('prints token’s and token create’s help', async () => {
    const { sh } = await root();
    const token = await sh('kubeadm token --help');
    expect(token.stdout).toBe(with128Globals(golden('1.23/token_help')));
    expect(token.stdout).toContain('      --one-output               If true, only write logs to their native severity level (vs also writing to each lower severity level; no effect when -logtostderr=true)\n');
    const create = await sh('kubeadm token create -h');
    expect(create.stdout).toBe(with128Globals(golden('1.23/token_create_help')));
    expect(create.stdout).toContain('Global Flags:\n      --add-dir-header           If true, adds the file directory to the header of the log messages\n      --dry-run                  Whether to enable dry-run mode or not\n');
    const tokens = (await sh('kubeadm token list')).stdout.split('\n').length;
    expect(tokens).toBeGreaterThan(1);
  });
  it('prints version’s help: its summary, its one flag and the global flags', async () => {
    const { sh } = await root();
    const r = await sh('kubeadm version --help');
    expect(r.stdout.split('\n').slice(0, 8)).toEqual([
      'Print the version of kubeadm',
      '',
      'Usage:',
      '  kubeadm version [flags]',
      '',
      'Flags:',
      '  -h, --help            help for version',
      "  -o, --output string   Output format; available options are 'yaml', 'json' and 'short'",
    ]);
    expect(r.stdout.endsWith(golden('1.28/init_usage').split('\n\nGlobal Flags:\n')[1].split('\n\n')[0] + '\n')).toBe(true);
    const extra = await sh('kubeadm version foo');
    expect(extra.stderr).toBe(`unknown command "foo" for "kubeadm version"\n${HINT}`);
    expect(extra.exitCode).toBe(1);
  });
});

describe('kubeadm help of every command', () => {
  /** Each command: the start of its own help (its Long, or its Short where it has none), its usage line and flags it lists. */
  const CASES: [string, string, string, string[]][] = [
    ['join', '\nWhen joining a kubeadm initialized cluster, we need to establish\n', '  kubeadm join [api-server-endpoint] [flags]', ['      --discovery-token-ca-cert-hash strings          For token-based discovery, validate that the root CA public key matches this hash (format: "<type>:<value>").', '      --control-plane                                 Create a new control plane instance on this node', '  -h, --help                                          help for join']],
    ['reset', "Performs a best effort revert of changes made to this host by 'kubeadm init' or 'kubeadm join'\n\nThe \"reset\" command executes the following phases:\n```\npreflight           Run reset pre-flight checks\n", '  kubeadm reset [flags]', ['  -f, --force                             Reset the node without prompting for confirmation.', '      --cleanup-tmp-dir                   Cleanup the "/etc/kubernetes/tmp" directory']],
    ['upgrade', 'Upgrade your cluster smoothly to a newer version with this command\n\nUsage:\n', '  kubeadm upgrade [command]', ['  -h, --help   help for upgrade']],
    ['upgrade plan', 'Check which versions are available to upgrade to and validate whether your current cluster is upgradeable.\nThis command can only run', '  kubeadm upgrade plan [version] [flags]', ['      --print-config                       Specifies whether the configuration file that will be used in the upgrade should be printed or not.', '  -o, --experimental-output string         Output format. One of: text|json|yaml|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file. (default "text")']],
    ['upgrade apply', 'Upgrade your Kubernetes cluster to the specified version\n\nUsage:\n', '  kubeadm upgrade apply [version] [flags]', ['  -y, --yes                                Perform the upgrade and do not prompt for confirmation (non-interactive mode).', '      --etcd-upgrade                       Perform the upgrade of etcd. (default true)']],
    ['upgrade node', 'Upgrade commands for a node in the cluster\n\nThe "node" command executes the following phases:\n```\npreflight       Run upgrade node pre-flight checks\n', '  kubeadm upgrade node [flags]', ['      --certificate-renewal               Perform the renewal of certificates used by component changed during upgrades. (default true)']],
    ['certs', 'Commands related to handling kubernetes certificates\n\nUsage:\n', '  kubeadm certs [command]', ['  -h, --help   help for certs']],
    ['certs check-expiration', 'Checks expiration for the certificates in the local PKI managed by kubeadm.\n\nUsage:\n', '  kubeadm certs check-expiration [flags]', ['      --cert-dir string     The path where to save the certificates (default "/etc/kubernetes/pki")']],
    ['certs renew', 'This command is not meant to be run on its own. See list of available subcommands.\n\nUsage:\n', '  kubeadm certs renew [command]', ['  apiserver                Renew the certificate for serving the Kubernetes API', '  -h, --help   help for renew']],
    ['certs renew apiserver', 'Renew the certificate for serving the Kubernetes API.\n\nRenewals run unconditionally, regardless of certificate expiration date;', '  kubeadm certs renew apiserver [flags]\n', ['      --cert-dir string     The path where to save the certificates (default "/etc/kubernetes/pki")', '  -h, --help                help for apiserver']],
    ['certs renew all', 'Renew all known certificates necessary to run the control plane. Renewals are run unconditionally, regardless\nof expiration date.', '  kubeadm certs renew all [flags]\n', ['      --config string       Path to a kubeadm configuration file.']],
    ['config', '\nThere is a ConfigMap in the kube-system namespace called "kubeadm-config" that kubeadm uses', '  kubeadm config [command]', ['  -h, --help                help for config', '      --kubeconfig string   The kubeconfig file to use when talking to the cluster.']],
    ['config print', '\nThis command prints configurations for subcommands provided.\n', '  kubeadm config print [command]', ['  init-defaults  Print default init configuration, that can be used for \'kubeadm init\'']],
    ['config images list', 'Print a list of images kubeadm will use. The configuration file is used in case any images or image repositories are customized\n\nUsage:\n', '  kubeadm config images list [flags]', ['      --kubernetes-version string     Choose a specific Kubernetes version for the control plane. (default "stable-1")']],
    ['token list', '\nThis command will list all bootstrap tokens for you.\n\nUsage:\n', '  kubeadm token list [flags]', ['      --show-managed-fields           If true, keep the managedFields when printing objects in JSON or YAML format.', '      --dry-run                  Whether to enable dry-run mode or not']],
    ['token delete', '\nThis command will delete a list of bootstrap tokens for you.\n', '  kubeadm token delete [token-value] ...\n', ['  -h, --help   help for delete']],
    ['token generate', '\nThis command will print out a randomly-generated bootstrap token that can be used with\nthe "init" and "join" commands.\n', '  kubeadm token generate [flags]', ['  -h, --help   help for generate']],
    ['completion', '\nOutput shell completion code for the specified shell (bash or zsh).\n', '  kubeadm completion SHELL [flags]\n\nExamples:\n\n# Install bash completion on a Mac using homebrew\n', ['  -h, --help   help for completion']],
    ['kubeconfig', 'Kubeconfig file utilities.\n\nUsage:\n', '  kubeadm kubeconfig [command]', ['  user        Output a kubeconfig file for an additional user']],
  ];

  it('prints each command’s own help: its text, its usage, its flags and the global flags', async () => {
    const { sh } = await root();
    const rootHelp = golden('1.27/help');
    for (const [cmd, head, usage, lines] of CASES) {
      for (const line of [`kubeadm ${cmd} --help`, `kubeadm help ${cmd}`]) {
        const r = await sh(line);
        expect(r.stdout.startsWith(head), line).toBe(true);
        expect(r.stdout, line).toContain(usage);
        for (const l of lines) expect(r.stdout, `${line}: ${l}`).toContain(l);
        expect(r.stdout, line).toContain('\nGlobal Flags:\n');
        expect(r.stdout, line).toContain("      --rootfs string            [EXPERIMENTAL] The path to the 'real' host root filesystem.\n");
        expect(r.stdout, line).not.toBe(rootHelp);
        expect(r.stderr, line).toBe('');
        expect(r.exitCode, line).toBe(0);
      }
    }
  });
  it('lists the sub-commands of a command that has them, with cobra’s closing line', async () => {
    const { sh } = await root();
    const certs = (await sh('kubeadm certs -h')).stdout;
    expect(certs).toContain('\nAliases:\n  certs, certificates\n\nAvailable Commands:\n  certificate-key  Generate certificate keys\n  check-expiration Check certificates expiration for a Kubernetes cluster\n');
    expect(certs.endsWith('\n\nUse "kubeadm certs [command] --help" for more information about a command.\n')).toBe(true);
    const join = (await sh('kubeadm join --help')).stdout;
    expect(join).toContain('provide a file - a subset of the standard kubeconfig file. The\ndiscovery/kubeconfig file supports token, client-go authentication\nplugins ("exec"), "tokenFile", and "authProvider".');
    expect(join).toContain('\n  /update-status         Register the new control-plane node into the ClusterStatus maintained in the kubeadm-config ConfigMap (DEPRECATED)\n');
    expect(join).toContain('\n\nAvailable Commands:\n  phase       Use this command to invoke single phase of the join workflow\n\nFlags:\n');
    const plan = (await sh('kubeadm upgrade plan --help')).stdout;
    // 1.28's output flag is still --experimental-output; check-expiration has no output flags before 1.30
    expect(plan).not.toContain('--output');
    expect((await sh('kubeadm certs check-expiration --help')).stdout).not.toContain('-o, ');
    expect(plan).not.toContain('Available Commands');
    expect(plan).not.toContain('[command] --help');
  });
  it('lists a workflow’s phases under its phase command, and gives each phase its summary and usage', async () => {
    const { sh } = await root();
    const phase = (await sh('kubeadm init phase --help')).stdout;
    expect(phase.startsWith('Use this command to invoke single phase of the init workflow\n\nUsage:\n  kubeadm init phase [command]\n\nAvailable Commands:\n  addon              Install required addons for passing conformance tests\n')).toBe(true);
    expect(phase).toContain('\n  upload-config      Upload the kubeadm and kubelet configuration to a ConfigMap\n\nFlags:\n  -h, --help   help for phase\n');
    expect(phase).not.toContain('```');
    const join = (await sh('kubeadm join phase -h')).stdout;
    expect(join).toContain('Available Commands:\n  control-plane-join    Join a machine as a control plane instance\n  control-plane-prepare Prepare the machine for serving a control plane\n  kubelet-start         Write kubelet settings, certificates and (re)start the kubelet\n  preflight             Run join pre-flight checks\n');
    const one = await sh('kubeadm reset phase cleanup-node --help');
    expect(one.stdout.startsWith('Run cleanup node.\n\nUsage:\n  kubeadm reset phase cleanup-node [flags]\n\nFlags:\n  -h, --help   help for cleanup-node\n\nGlobal Flags:\n')).toBe(true);
    expect(one.exitCode).toBe(0);
  });
  it('answers the help without running the command', async () => {
    const { sh } = await root();
    await sh('kubeadm reset --help');
    await sh('kubeadm reset -f --help');
    expect((await sh('ls /etc/kubernetes/manifests')).stdout).toContain('kube-apiserver.yaml');
  });
});

describe('kubeadm usage errors', () => {
  it('prints the error and the stack-trace hint, not cobra’s usage, and exits 1', async () => {
    const { sh } = await root();
    const r = await sh('kubeadm reset ipvsadm --clear');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(golden('1.27/reset_ipvsadm_--clear.stderr'));
    expect(r.exitCode).toBe(1);
    // the cluster was not reset
    expect((await sh('ls /etc/kubernetes/manifests')).stdout).toContain('kube-apiserver.yaml');
  });
  it('refuses an unknown flag, an unknown shorthand and a flag without its value, before anything runs', async () => {
    const { sh } = await root();
    const cases: [string, string][] = [
      ['kubeadm init --bogus', 'unknown flag: --bogus'],
      ['kubeadm init -z', "unknown shorthand flag: 'z' in -z"],
      ['kubeadm init --pod-network-cidr', 'flag needs an argument: --pod-network-cidr'],
      ['kubeadm init --token-ttl=soon', 'invalid argument "soon" for "--token-ttl" flag: time: invalid duration "soon"'],
      ['kubeadm token list --bogus', 'unknown flag: --bogus'],
      ['kubeadm version --bogus', 'unknown flag: --bogus'],
      ['kubeadm upgrade plan --bogus', 'unknown flag: --bogus'],
      ['kubeadm upgrade apply v1.29.10 --bogus', 'unknown flag: --bogus'],
      ['kubeadm join 192.168.56.10:6443 --bogus', 'unknown flag: --bogus'],
    ];
    for (const [line, msg] of cases) {
      const r = await sh(line);
      expect(r.stdout, line).toBe('');
      expect(r.stderr, line).toBe(`${msg}\n${HINT}`);
      expect(r.exitCode, line).toBe(1);
    }
  });
  it('takes global flags anywhere and keeps the flags the lessons use working', async () => {
    const { sh } = await root();
    const v = await sh('kubeadm version -o short --v=5');
    expect(v.stdout).toMatch(/^v1\.28\.\d+\n$/);
    expect(v.exitCode).toBe(0);
    const t = await sh('kubeadm token create --print-join-command --ttl 2h');
    expect(t.stdout).toMatch(/^kubeadm join 192\.168\.56\.10:6443 --token [a-z0-9]{6}\.[a-z0-9]{16} --discovery-token-ca-cert-hash sha256:[0-9a-f]{64} \n$/);
    expect(t.exitCode).toBe(0);
  });
});

describe('kubeadm Tab completion', () => {
  it('offers the commands, the sub-commands and the flags of the command being typed', async () => {
    const { s, sh } = await root();
    await sh('kubeadm version -o short');
    expect(s.complete('kubeadm ').candidates).toEqual(['certs', 'completion', 'config', 'init', 'join', 'kubeconfig', 'reset', 'token', 'upgrade', 'version']);
    expect(s.complete('kubeadm to').candidates).toEqual(['token']);
    expect(s.complete('kubeadm token ').candidates).toEqual(['create', 'delete', 'generate', 'list']);
    expect(s.complete('kubeadm token create --pr').candidates).toEqual(['--print-join-command']);
    expect(s.complete('kubeadm init --pod').candidates).toEqual(['--pod-network-cidr']);
    expect(s.complete('kubeadm certs renew apiserver-e').candidates).toEqual(['apiserver-etcd-client']);
  });
});

describe('kubeadm alpha and the parent commands', () => {
  it('kubeadm alpha is an empty help topic in 1.28 (alpha.go adds no sub-command): its Short, exit 0', async () => {
    const { s, sh } = await root();
    for (const line of ['kubeadm alpha', 'kubeadm alpha --help', 'kubeadm alpha kubeconfig user']) {
      const r = await sh(line);
      expect([r.stdout, r.stderr, r.exitCode], line).toEqual(['Kubeadm experimental sub-commands\n\n', '', 0]);
    }
    const top = (await sh('kubeadm --help')).stdout;
    expect(top).toContain('\n\nAdditional help topics:\n  kubeadm alpha      Kubeadm experimental sub-commands\n\n');
    expect(top).not.toMatch(/\n {2}alpha +Kubeadm/);
    expect(s.complete('kubeadm al', 10).candidates).toEqual([]);
    expect((await sh('kubeadm alpha --bogus')).stderr).toBe(`unknown flag: --bogus\n${HINT}`);
  });
  it('a parent command without a sub-command prints its help and exits 1 (SubCmdRun, ErrExit)', async () => {
    const { sh } = await root();
    const help = (await sh('kubeadm token --help')).stdout;
    const r = await sh('kubeadm token');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([help, '', 1]);
    expect((await sh('kubeadm upgrade')).exitCode).toBe(1);
    expect((await sh('kubeadm upgrade bogus')).stderr).toBe(`invalid subcommand "bogus"\nSee 'kubeadm upgrade -h' for help and examples\n`);
  });
  it('an unknown command is refused by the front, with cobra’s suggestions', async () => {
    const { sh } = await root();
    const r = await sh('kubeadm tken');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', `unknown command "tken" for "kubeadm"\n\nDid you mean this?\n\ttoken\n\n${HINT}`, 1]);
  });
});

describe('a phase command without a phase it has', () => {
  it("prints the phase command's help, status 0 (cobra: not runnable, flag.ErrHelp)", async () => {
    const { sh } = await root();
    const help = await sh('kubeadm init phase --help');
    for (const line of ['kubeadm init phase', 'kubeadm init phase bogus']) {
      const r = await sh(line);
      expect({ out: r.stdout, err: r.stderr, code: r.exitCode }, line).toEqual({ out: help.stdout, err: '', code: 0 });
    }
  });
});
