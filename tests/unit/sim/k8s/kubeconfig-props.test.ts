// kubectl config set/unset property names (verbs/config/props.ts) as navigation_step_parser.go and set.go of 1.28
// walk them; the recorded cases are tests/golden/kubectl/*/config_set_* and config_unset_*.
import { describe, expect, it } from 'vitest';
import { modify } from '../../../../src/sim/k8s/kubectl/verbs/config/props';
import type { KubeConfig } from '../../../../src/sim/k8s/kubectl/verbs/config/kubeconfig';

const cfg = (): KubeConfig => ({
  clusters: [{ name: 'kubernetes', cluster: { server: 'https://192.168.56.10:6443' } }],
  users: [{ name: 'admin', user: { token: 'x' } }],
  contexts: [{ name: 'admin@kubernetes', context: { cluster: 'kubernetes', user: 'admin' } }],
  'current-context': 'admin@kubernetes',
});

describe('config set and unset property names', () => {
  it('takes a map key up to the next field name, so names may hold dots', () => {
    const c = cfg();
    expect(modify(c, 'clusters.10.0.0.1.server', 'https://10.0.0.1:6443', false, false)).toBeNull();
    expect(c.clusters.find((x) => x.name === '10.0.0.1')?.cluster).toEqual({ server: 'https://10.0.0.1:6443' });
  });

  it("words errors as kubectl does: unknown fields, Go's ParseBool and base64, missing keys, slices", () => {
    const c = cfg();
    expect(modify(c, 'bogus.x', 'y', false, false)).toBe('unable to parse bogus.x after [] at api.Config');
    expect(modify(c, 'users.admin.token.x', 'y', false, false)).toBe('unable to parse one or more field values of users.admin.token.x');
    expect(modify(c, 'clusters.kubernetes.insecure-skip-tls-verify', 'maybe', false, false)).toBe('strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(modify(c, 'users.admin.client-key-data', 'notbase64', false, false)).toBe('error decoding input value: illegal base64 data at input byte 8');
    expect(modify(c, 'users.admin.client-key-data', 'ab$d', false, false)).toBe('error decoding input value: illegal base64 data at input byte 2');
    expect(modify(c, 'contexts.nope.cluster', '', true, true)).toBe('current map key `nope` is invalid');
    expect(modify(c, 'users.admin.as-groups', 'a', false, false)).toBe('unrecognized slice type. string');
  });

  it('unset puts the zero value: server and a context\'s cluster stay as "", other fields go', () => {
    const c = cfg();
    expect(modify(c, 'clusters.kubernetes.server', '', true, true)).toBeNull();
    expect(modify(c, 'users.admin.token', '', true, true)).toBeNull();
    expect(modify(c, 'contexts.admin@kubernetes.cluster', '', true, true)).toBeNull();
    expect(c.clusters[0].cluster).toEqual({ server: '' });
    expect(c.users[0].user).toEqual({});
    expect(c.contexts[0].context).toEqual({ cluster: '', user: 'admin' });
  });
});
