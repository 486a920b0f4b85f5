/** kubectl version: the client build, and the server when it answers. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail } from '../../result';
import type { Parsed } from '../../cli';
import { toYaml } from '../../../format';

/** what `kubectl version` reports about the client builds the lab installs */
export const BUILDS: Record<string, { gitCommit: string; buildDate: string; goVersion: string }> = {
  'v1.28.15': { gitCommit: '841856557ef0f6a399096c42635d114d6f2cf7f4', buildDate: '2024-10-22T20:34:56Z', goVersion: 'go1.22.8' },
  'v1.29.14': { gitCommit: '4f359b2e16764ab5e175195ee6992dfb53b36acf', buildDate: '2025-02-12T21:34:28Z', goVersion: 'go1.22.12' },
  // kubectl 1.29.15's `version --output=yaml` (linux, from the pkgs.k8s.io packages)
  'v1.29.15': { gitCommit: '0d0f172cdf9fd42d6feee3467374b58d3e168df0', buildDate: '2025-03-11T17:48:10Z', goVersion: 'go1.23.6' },
};

export function run(k: Kubectl, p: Parsed): KResult {
  const cv = k.env.clientVersion;
  const fmt = p.flags.output as string | undefined;
  const kustomize = 'v5.0.4-0.20230601165947-6ce0bf390ce3';
  const b = BUILDS[cv] ?? { gitCommit: '', buildDate: '', goVersion: 'go1.22.8' };
  const client = { major: '1', minor: cv.split('.')[1], gitVersion: cv, gitCommit: b.gitCommit, gitTreeState: 'clean', buildDate: b.buildDate, goVersion: b.goVersion, compiler: 'gc', platform: 'linux/amd64' };
  const down = p.flags.client ? null : k.connection();
  if (fmt === 'json' || fmt === 'yaml') {
    const data: any = { clientVersion: client, kustomizeVersion: kustomize };
    if (!down && !p.flags.client) data.serverVersion = { ...client, gitVersion: k.c.version, minor: k.c.version.split('.')[1] };
    return { out: fmt === 'json' ? JSON.stringify(data, null, 2) + '\n' : toYaml(data) + '\n\n', err: down?.err ?? '', code: down ? 1 : 0 };
  }
  if (fmt) return fail(`error: --output must be 'yaml' or 'json'`);
  let out = `Client Version: ${cv}\nKustomize Version: ${kustomize}\n`;
  if (p.flags.client) return ok(out);
  if (down) return { out, err: down.err.split('\n').filter((l) => !l.startsWith('E')).join('\n'), code: 1 };
  k.sync();
  out += `Server Version: ${k.c.version}\n`;
  const cm = Number(cv.split('.')[1]);
  const sm = Number(k.c.version.split('.')[1]);
  const err = Math.abs(cm - sm) > 1 ? `WARNING: version difference between client (1.${cm}) and server (1.${sm}) exceeds the supported minor version skew of +/-1\n` : '';
  return { out, err, code: 0 };
}
