// `vagrant cloud box show` (plugins/commands/cloud/box/show.rb and util.rb of Vagrant 2.4.3; texts from
// plugins/commands/cloud/locales/en.yml). Unauthenticated (--no-auth is the default): the simulated registry
// answers from the box catalog the world knows (data/boxes.ts), every provider built for amd64, versions newest
// first. The registry's descriptions and dates are not known to the world, so the Description, Created and
// Updated rows are left out (tests/golden/vagrant/2.4/DIFFERENCES.md); the downloads are search's figures.
import type { CommandContext } from '../../../../../context';
import type { CommandRun } from '../../../../../types';
import { BOX_CATALOG } from '../../../../../data/boxes';
import { parsed, wait } from '../../../../out';
import { DOWNLOADS, thousands } from '../../search/run';

type Info = [key: string, value: string | null][];

/** format_box_results: keys padded to the widest key (rows the world cannot fill count for the width too). */
function print(ctx: CommandContext, info: Info): void {
  const width = Math.max(...info.map(([k]) => k.length));
  for (const [k, v] of info) {
    if (v === null) continue;
    v.split('\n').forEach((line, i) => ctx.out(i === 0 ? `${k}: ${' '.repeat(width - k.length)}${line}\n` : `${' '.repeat(width + 2)}${line}\n`));
  }
}

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const all = (flag: string) => (ctx.opts?.list ?? []).filter((o) => o.key === flag && typeof o.value === 'string').map((o) => String(o.value));
  const [versionsF, providersF, archF] = [all('versions'), all('providers'), all('architectures')];
  const [org, name = ''] = p.pos[0].split(/\/(.*)/s);
  yield wait(1200);
  const box = BOX_CATALOG.find((b) => b.name === `${org}/${name}`);
  if (!box) {
    ctx.err(`Failed to locate requested box: ${org}/${name}\n`);
    return 1;
  }
  const newest = [...box.versions].reverse();
  const fits = (providers: string[]) => (!providersF.length || providers.some((x) => providersF.includes(x))) && (!archF.length || archF.includes('amd64'));
  if (versionsF.length) {
    const list = newest.filter((v) => versionsF.includes(v.version) && fits(v.providers));
    for (const v of list) {
      print(ctx, [
        ['Box', box.name], ['Version', v.version], ['Description', null], ['Status', 'active'],
        ['Providers', [...new Set(v.providers)].sort().map((x) => `${x} (amd64)`).join('\n')], ['Created', null], ['Updated', null],
      ]);
      ctx.out('\n');
    }
    if (list.length) return 0;
  } else if (newest.some((v) => fits(v.providers))) {
    const versions = newest.filter((v) => fits(v.providers));
    const current = fits(newest[0].providers) ? newest[0].version : 'N/A';
    print(ctx, [
      ['Box', box.name], ['Description', null], ['Private', 'no'], ['Created', null], ['Updated', null], ['Current Version', current],
      ['Versions', versions.slice(0, 5).map((v) => v.version).join(', ') + (box.versions.length > 5 ? ' ...' : '')],
      ['Downloads', thousands(DOWNLOADS[box.name] ?? 0)],
    ]);
    ctx.out('\n');
    return 0;
  }
  const na = (l: string[]) => (l.length ? l.join(', ') : 'N/A');
  ctx.err(`No matches found for ${org}/${name}\nFilters applied:\n  Architectures: ${na(archF)}\n  Providers:     ${na(providersF)}\n  Versions:      ${na(versionsF)}\n`);
  return 1;
}
