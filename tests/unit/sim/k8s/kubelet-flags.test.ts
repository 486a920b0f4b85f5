// `kubelet` with flags: cmd/kubelet/app/server.go parses its clean flag set with pflag v1.0.5 (ContinueOnError) and
// returns `failed to parse kubelet flag: %w`, which component-base cli.Run logs as `"command failed" err=…` (its
// PersistentPreRun has initialized logging); pflag's own words (flag.go: unknown flag, unknown shorthand flag,
// flag needs an argument, invalid argument … for … flag, Flag --… has been deprecated). The flag set and the
// deprecation messages come from kubernetes v1.28 cmd/kubelet/app/options (scripts/golden/kubelet-flags.ts).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';
import { parseKubeletArgs } from '../../../../src/sim/k8s/kubelet/pflag';

const failed = (err: string) => new RegExp(`^E\\d{4} [\\d:.]+ +\\d+ run\\.go:74\\] "command failed" err=${JSON.stringify(err).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`);

describe("kubelet's flags", () => {
  it('pflag errors', () => {
    expect(parseKubeletArgs(['--no-such']).error).toBe('unknown flag: --no-such');
    expect(parseKubeletArgs(['-x']).error).toBe("unknown shorthand flag: 'x' in -x");
    expect(parseKubeletArgs(['--config']).error).toBe('flag needs an argument: --config');
    expect(parseKubeletArgs(['-v']).error).toBe("flag needs an argument: 'v' in -v");
    expect(parseKubeletArgs(['---x']).error).toBe('bad flag syntax: ---x');
    expect(parseKubeletArgs(['--max-pods=lots']).error).toBe('invalid argument "lots" for "--max-pods" flag: strconv.ParseInt: parsing "lots": invalid syntax');
    expect(parseKubeletArgs(['--fail-swap-on=maybe']).error).toBe('invalid argument "maybe" for "--fail-swap-on" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(parseKubeletArgs(['--sync-frequency=soon']).error).toBe('invalid argument "soon" for "--sync-frequency" flag: time: invalid duration "soon"');
    // WordSepNormalizeFunc: "_" is "-"
    expect(parseKubeletArgs(['--fail_swap_on=false', '-v', '2', 'x']).values).toEqual(new Map([['fail-swap-on', 'false'], ['v', '2']]));
  });
  it('KubeletConfiguration flags and MarkDeprecated ones print their deprecation; -v, --config do not', () => {
    const p = parseKubeletArgs(['--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock', '--pod-infra-container-image=registry.k8s.io/pause:3.9', '--config=/var/lib/kubelet/config.yaml', '--v=2']);
    expect(p.warnings).toBe(
      "Flag --container-runtime-endpoint has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.\n" +
        'Flag --pod-infra-container-image has been deprecated, will be removed in a future release. Image garbage collector will get sandbox image information from CRI.\n',
    );
  });
  it('on a node: an unknown flag is logged and exits 1', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec('kubelet --no-such-flag');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(failed('failed to parse kubelet flag: unknown flag: --no-such-flag'));
    expect(r.exitCode).toBe(1);
    const f = await s.exec('kubelet --fail-swap-on=false --version');
    expect(f.stderr).toBe("Flag --fail-swap-on has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.\n");
    expect(f.stdout).toBe('Kubernetes v1.28.15\n');
  });
  it("the service's journal: kubeadm-flags.env's two deprecated flags as the kubelet starts", async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const j = (await s.exec('sudo journalctl -u kubelet --no-pager')).stdout.split('\n');
    const flags = j.filter((l) => / kubelet\[\d+\]: Flag --/.test(l)).map((l) => l.replace(/^.* kubelet\[\d+\]: /, ''));
    expect(flags).toEqual([
      "Flag --container-runtime-endpoint has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.",
      'Flag --pod-infra-container-image has been deprecated, will be removed in a future release. Image garbage collector will get sandbox image information from CRI.',
    ]);
  });
});
