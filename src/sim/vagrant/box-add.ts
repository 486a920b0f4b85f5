// Adding a box from the catalog (shared by `vagrant up` and `vagrant box add`).
import type { CommandContext } from '../context';
import type { Yield } from '../types';
import { findBox, boxSizeMb } from '../data/boxes';
import { fmt, M } from './messages';
import { boxInstalled, matchVersion, rubyPath } from './machines';
import { info, detail, fail, wait } from './out';

export const CLOUD = 'https://vagrantcloud.com';

/**
 * Make sure a box is installed; prints the auto-add / download lines. Returns the version or an exit code.
 * `name` is the machine name for prefixes ("box" for `vagrant box add`).
 */
export function* ensureBox(ctx: CommandContext, prefix: string, box: string, constraint: string | null, auto: boolean, project: string): Generator<Yield, string | number, unknown> {
  const world = ctx.world;
  const have = boxInstalled(world, box, constraint);
  if (have) return have;
  if (auto) {
    info(ctx, prefix, fmt('box_auto_adding', { name: box }));
    detail(ctx, prefix, 'Box Provider: virtualbox');
    detail(ctx, prefix, `Box Version: ${constraint ?? '>= 0'}`);
    yield wait(600);
  }
  const isShort = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(box);
  const isUrl = /^[a-z]+:\/\//i.test(box);
  if (!isShort) {
    info(ctx, prefix, M.box_adding_direct);
    if (constraint) {
      return fail(ctx, 'You specified a box version constraint with a direct box file\npath. Box version constraints only work with boxes from Vagrant\nCloud or a custom box host. Please remove the version constraint\nand try again.');
    }
    info(ctx, prefix, `Adding box '${box}' (v0) for provider: virtualbox (amd64)`);
    detail(ctx, prefix, fmt('box_downloading', { url: box }));
    yield wait(300);
    const where = isUrl ? box : '/' + rubyPath(project) + '/' + box;
    const message = isUrl ? `Could not resolve host: ${box.replace(/^[a-z]+:\/\//i, '').split('/')[0]}` : `Couldn't open file ${where}`;
    return fail(ctx, fmt('downloader_error', { message }));
  }
  const api = `${CLOUD}/api/v2/vagrant/${box}`;
  const cat = findBox(box);
  if (!cat) {
    yield wait(900);
    return fail(ctx, fmt('box_add_short_not_found', { name: box, url: `["${CLOUD}/${box}"]`, error: 'The requested URL returned error: 404' }));
  }
  info(ctx, prefix, fmt('box_loading_metadata', { name: box }));
  detail(ctx, prefix, fmt('box_expanding_url', { url: api }));
  yield wait(900);
  const versions = cat.versions.filter((v) => v.providers.includes('virtualbox')).map((v) => v.version);
  const version = matchVersion(versions, constraint);
  if (!version) {
    return fail(ctx, fmt('box_add_no_matching_version', { name: box, url: api, constraints: constraint ?? '>= 0', versions: [...versions].reverse().join(', ') }));
  }
  info(ctx, prefix, fmt('box_add_with_version', { name: box, version, providers: 'virtualbox (amd64)' }));
  detail(ctx, prefix, fmt('box_downloading', { url: `${CLOUD}/${box.split('/')[0]}/boxes/${box.split('/')[1]}/versions/${version}/providers/virtualbox/amd64/vagrant.box` }));
  const gone = cat.versions.find((v) => v.version === version)?.downloadError;
  if (gone) {
    yield wait(1200);
    detail(ctx, prefix, 'Progress: 0% (Rate: 0/s, Estimated time remaining: --:--:--)');
    return fail(ctx, fmt('downloader_error', { message: gone }));
  }
  // download progress over ~25 s of world time
  const size = boxSizeMb(box);
  const steps = 10;
  for (let i = 1; i <= steps; i++) {
    yield wait(2500);
    const pct = Math.round((i / steps) * 100);
    const remain = Math.round(((steps - i) * 2.5));
    if (i < steps) ctx.out(`\r${prefix ? `    ${prefix}: ` : ''}Progress: ${pct}% (Rate: ${(size / 25).toFixed(1)}M/s, Estimated time remaining: 0:00:${String(remain).padStart(2, '0')})`);
  }
  ctx.out('\r' + ' '.repeat(80) + '\r');
  world.boxes.push({ name: box, version, provider: 'virtualbox', architecture: 'amd64' });
  info(ctx, prefix, fmt('box_added', { name: box, version, provider: 'virtualbox (amd64)' }));
  return version;
}
