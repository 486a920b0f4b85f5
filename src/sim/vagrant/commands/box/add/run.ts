// `vagrant box add`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { findBox } from '../../../../data/boxes';
import { fmt, M } from '../../../messages';
import { matchVersion } from '../../../machines';
import { info, detail, fail, wait, parsed } from '../../../out';
import { CLOUD, ensureBox } from '../../../box-add';

export function* run(ctx: CommandContext): CommandRun {
  yield wait(500);
  const world = ctx.world;
  const p = parsed(ctx);
  const name = p.pos[0];
  const constraint = (p.flags.get('--box-version') as string | undefined) ?? null;
  const cat = findBox(name);
  let provider = p.flags.get('--provider') as string | undefined;
  if (cat && !provider) {
    const versions = cat.versions.map((v) => v.version);
    const version = matchVersion(versions, constraint);
    const provs = version ? [...(cat.versions.find((v) => v.version === version)?.providers ?? [])].sort() : [];
    if (version) {
      info(ctx, 'box', fmt('box_loading_metadata', { name }));
      detail(ctx, 'box', fmt('box_expanding_url', { url: `${CLOUD}/api/v2/vagrant/${name}` }));
    }
    if (provs.length > 1) {
      let q = fmt('box_add_choose_provider', { options: provs.map((x, i) => `${i + 1}) ${x}`).join('\n') });
      for (;;) {
        const ans = String(yield { ask: q }).trim();
        const n = Number(ans);
        if (Number.isInteger(n) && n >= 1 && n <= provs.length) {
          provider = provs[n - 1];
          break;
        }
        q = M.box_add_choose_provider_again;
      }
    } else provider = provs[0] ?? 'virtualbox';
    if (provider !== 'virtualbox') {
      // other providers are stored but never used by this host
    }
    const existing = world.boxes.find((b) => b.name === name && version && b.version === version && b.provider === provider);
    if (existing && !p.flags.has('--force')) return fail(ctx, fmt('box_add_exists', { name, provider: provider ?? 'virtualbox', version: existing.version }));
    if (!version) return fail(ctx, fmt('box_add_no_matching_version', { name, url: `${CLOUD}/api/v2/vagrant/${name}`, constraints: constraint ?? '>= 0', versions: [...versions].reverse().join(', ') }));
    info(ctx, 'box', fmt('box_add_with_version', { name, version, providers: `${provider} (amd64)` }));
    detail(ctx, 'box', fmt('box_downloading', { url: `${CLOUD}/${name.split('/')[0]}/boxes/${name.split('/')[1]}/versions/${version}/providers/${provider}/amd64/vagrant.box` }));
    yield wait(20000);
    if (existing) world.boxes.splice(world.boxes.indexOf(existing), 1);
    world.boxes.push({ name, version, provider: provider ?? 'virtualbox', architecture: 'amd64' });
    info(ctx, 'box', fmt('box_added', { name, version, provider: `${provider} (amd64)` }));
    return 0;
  }
  const v = yield* ensureBox(ctx, 'box', name, constraint, false, ctx.frame.cwd);
  return typeof v === 'number' ? v : 0;
}
