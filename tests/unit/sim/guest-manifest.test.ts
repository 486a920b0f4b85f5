// The guest manifest (src/sim/commands/guest.ts) names every guest command and the module that brings it, so the
// modules can load on first use. Each module must register exactly what the manifest says, on the same hosts.
import { describe, expect, it } from 'vitest';
import { allCommands, findCommand, type AnyCommandDef } from '../../../src/sim/registry';
import { createSession, loadGuest } from '../../../src/sim/index';
import { isPlaceholder, manifestCommands } from '../../../src/sim/commands/guest';
import type { Host } from '../../../src/sim/types';

describe('the guest command manifest', () => {
  it('registers a placeholder per name until the module loads, and each module replaces its own with the same names and hosts', async () => {
    await loadGuest();
    const listed = manifestCommands();
    // nothing of the modules is loaded yet in this file: every listed name is still a placeholder
    for (const c of listed) expect(isPlaceholder(findCommand('bash', c.name)), c.name).toBe(true);
    // the names registered by others (bash builtins, kubectl, kubeadm, crictl ...) are not in the manifest
    const others = new Set(allCommands('bash').filter((d) => !isPlaceholder(d)).flatMap((d) => [d.name, ...(d.aliases ?? [])]));
    for (const c of listed) expect(others.has(c.name), `${c.name} is registered both by the manifest and elsewhere`).toBe(false);

    const s = await createSession({ lab: 'vm', seed: 5 });
    // the first use goes through the placeholder: the module loads, help and usage errors included
    const r = await s.exec('tac --bogus');
    expect(r.stderr).toBe("tac: unrecognized option '--bogus'\nTry 'tac --help' for more information.\n");
    expect(r.exitCode).toBe(1);
    expect((await s.exec('printf "a\\nb\\n" | tac')).stdout).toBe('b\na\n');
    const guest = s.world.host('default');
    const windows = s.world.host('host');
    const bare: Host = { ...guest, sys: null };
    const withPackages = (names: string[]): Host => ({ ...guest, sys: { ...guest.sys!, extraCommands: new Set(names), packages: new Map(names.map((n) => [n, guest.sys!.packages.values().next().value!])) } });
    const probes: [string, (d: AnyCommandDef) => Host][] = [
      ['the vm guest', () => guest],
      ['a Linux host without a system model', () => bare],
      ['the Windows host', () => windows],
      ['a guest where the command is installed', (d) => withPackages([d.name, 'yum-utils'])],
      ['a guest where nothing extra is installed', () => withPackages([])],
    ];
    const where = (d: AnyCommandDef, h: Host) => (d.available ? d.available(h, s.world) : true);

    for (const c of listed) {
      const placeholder = findCommand('bash', c.name)!;
      await c.load();
      const real = findCommand('bash', c.name);
      expect(real, `${c.name}: its module does not register it`).toBeDefined();
      expect(isPlaceholder(real), `${c.name}: its module does not register it`).toBe(false);
      expect(real!.name, `${c.name} is an alias in its module, list it after its command`).toBe(c.name);
      expect([...(real!.aliases ?? [])].sort(), `${c.name}: aliases`).toEqual([...c.aliases].sort());
      for (const [label, host] of probes) {
        expect(where(placeholder, host(real!)), `${c.name} on ${label}: the manifest's availability differs from the module's`).toBe(where(real!, host(real!)));
      }
    }
    // no module registers a guest command the manifest does not list
    const names = new Set(listed.flatMap((c) => [c.name, ...c.aliases]));
    const unlisted = allCommands('bash')
      .flatMap((d) => [d.name, ...(d.aliases ?? [])])
      .filter((n) => !names.has(n) && !others.has(n));
    expect(unlisted, 'registered by a guest module but missing from the manifest').toEqual([]);
  });

});
