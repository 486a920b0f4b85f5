// The plugins `vagrant plugin` installs into the lab's Vagrant (~/.vagrant.d on the Windows host), and the gems the
// public RubyGems index serves for them as of the lab's date (2025-12). A plugin's gems are fetched in RubyGems'
// install order (a gem's dependencies before it); the gems the Vagrant 2.4.3 installer already carries (i18n,
// log4r, ... : vagrant.gemspec's runtime dependencies) are not fetched again.
import { defineSlot } from '../../../world';

export interface InstalledPlugin {
  name: string;
  /** installed_gem_version */
  version: string;
  /** gem_version: the constraint given with --plugin-version ('' for none) */
  constraint: string;
  /** require: the entry point given with --entry-point ('' for none) */
  entry: string;
}

export const PLUGINS = defineSlot('vagrant-plugins', () => ({ installed: [] as InstalledPlugin[] }));

/**
 * vagrant-vbguest's releases (the stable tags of dotless-de/vagrant-vbguest from v0.10.0; v0.32.0 of 2023-12-17 is
 * its last, the project is archived) and the micromachine each needs, from the gemspec at that tag: "~> 1.1.0"
 * (0.10.0 - 0.11.0), "~> 2.0.0" (0.12.0 - 0.18.0), ">= 2", "< 4" (0.19.0 on). i18n and log4r, its other
 * dependencies, ship with Vagrant. micromachine (soveran/micromachine): 1.0.0 ... 3.0.0 (2017-08-20, its newest).
 */
const VBGUEST = ['0.10.0', '0.10.1', '0.11.0', '0.12.0', '0.13.0', '0.14.0', '0.14.1', '0.14.2', '0.15.0', '0.15.1', '0.15.2', '0.16.0', '0.17.0', '0.17.1', '0.17.2', '0.18.0', '0.19.0', '0.20.0', '0.21.0', '0.22.0', '0.22.1', '0.23.0', '0.24.0', '0.25.0', '0.26.0', '0.27.0', '0.28.0', '0.29.0', '0.30.0', '0.31.0', '0.32.0'];

const cmp = (a: string, b: string) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** Whether `v` satisfies a RubyGems requirement list ("> 0", "= 1.2", "~> 0.31", ">= 2, < 4"). */
export function satisfies(v: string, req: string): boolean {
  return req.split(',').every((part) => {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*([0-9][0-9A-Za-z.]*)\s*$/.exec(part);
    if (!m) return false;
    const [, op = '=', want] = m;
    const c = cmp(v, want);
    if (op === '~>') {
      const segs = want.split('.');
      const upper = segs.length > 1 ? [...segs.slice(0, -2), String(Number(segs[segs.length - 2]) + 1)].join('.') : String(Number(segs[0]) + 1);
      return c >= 0 && cmp(v, upper) < 0;
    }
    return { '=': c === 0, '!=': c !== 0, '>': c > 0, '<': c < 0, '>=': c >= 0, '<=': c <= 0 }[op]!;
  });
}

/** A requirement as RubyGems writes it (Gem::Requirement#to_s): a bare version is "= v". */
export const requirement = (req: string) => req.split(',').map((r) => (/^\s*[0-9]/.test(r) ? `= ${r.trim()}` : r.trim().replace(/^(~>|>=|<=|!=|=|>|<)\s*/, '$1 '))).join(', ');

/**
 * The gems `plugin install NAME` fetches for `req`, dependencies first (RubyGems' sorted requests), as
 * [name, version]; null when no release of NAME satisfies it (or the index has no such gem).
 */
export function resolve(name: string, req: string): [string, string][] | null {
  if (name !== 'vagrant-vbguest') return null;
  const v = [...VBGUEST].reverse().find((x) => satisfies(x, req));
  if (!v) return null;
  const mm = cmp(v, '0.12.0') < 0 ? '1.1.0' : cmp(v, '0.19.0') < 0 ? '2.0.0' : '3.0.0';
  return [['micromachine', mm], ['vagrant-vbguest', v]];
}
