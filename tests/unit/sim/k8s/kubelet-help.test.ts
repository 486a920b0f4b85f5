// `kubelet --help` (v1.28): cmd/kubelet/app/server.go's help func prints cmd.Long, "Usage:\n  kubelet [flags]" and
// the clean flag set's FlagUsagesWrapped(2) (spf13/pflag v1.0.5), written to stdout after the flags are parsed. The
// committed fixture tests/golden/kubelet/help-v1.28.15 is that text as src/sim/k8s/kubelet/help-v1-28.ts describes the
// flags (read from the v1.28 sources; kubelet/DIFFERENCES.md says what could not be checked); the pod-infra line is
// checked against a public copy of a real kubelet's `--help` of that time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../golden/kubelet/help-v1.28.15'), 'utf8');

describe('kubelet --help', () => {
  it('prints the long description, the usage line and every visible flag as pflag formats them', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec('kubelet --help');
    expect(r.stdout).toBe(fixture);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect((await s.exec('kubelet -h')).stdout).toBe(fixture);
  });
  it('a real kubelet of v1.28 prints the same pod-infra-container-image line (public copy of `kubelet --help | grep infra`)', () => {
    expect(fixture.split('\n')).toContain(
      '      --pod-infra-container-image string                         Specified image will not be pruned by the image garbage collector. CRI implementations have their own configuration to set this image. (default "registry.k8s.io/pause:3.9") (DEPRECATED: will be removed in a future release. Image garbage collector will get sandbox image information from CRI.)',
    );
  });
  it('one usage column; the feature gates and cipher lists continue 16 spaces in; hidden flags left out', () => {
    const lines = fixture.slice(fixture.indexOf('Flags:\n') + 7).trimEnd().split('\n');
    const flagLines = lines.filter((l) => /^ {2}(-\w, | {4})--/.test(l));
    expect(flagLines.every((l) => l[64] === ' ' && l[65] !== ' ')).toBe(true);
    expect(lines.filter((l) => !flagLines.includes(l)).every((l) => /^ {16}\S/.test(l))).toBe(true);
    expect(lines).toContain('                SidecarContainers=true|false (ALPHA - default=false)');
    expect(lines.some((l) => l.startsWith('                Insecure values: TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, '))).toBe(true);
    expect(fixture).not.toMatch(/--iptables-masquerade-bit|--azure-container-registry-config/);
    expect(fixture).toMatch(/\n {6}--seccomp-default RuntimeDefault +Enable the use of RuntimeDefault as/);
  });
  it('the flags given still count: deprecation lines on stderr, a set map flag shows pflag\'s empty "(default )"', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec('kubelet --fail-swap-on=false --node-labels=a=b -h');
    expect(r.stderr).toBe("Flag --fail-swap-on has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.\n");
    const line = r.stdout.split('\n').find((l) => l.startsWith('      --node-labels '))!;
    expect(line.endsWith('topology.kubernetes.io/zone) (default )')).toBe(true);
    expect(r.exitCode).toBe(0);
  });
  it('a bad flag or a word before -h: the parse error alone, no usage (cli.Run silences it)', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    for (const [line, err] of [
      ['kubelet --nope --help', 'failed to parse kubelet flag: unknown flag: --nope'],
      ['kubelet -h extra', 'unknown command extra'],
    ]) {
      const r = await s.exec(line);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`run\\.go:74\\] "command failed" err="${err}"\\n$`));
      expect(r.exitCode).toBe(1);
    }
  });
});
