// `vagrant cloud search` (plugins/commands/cloud/search.rb and util.rb of Vagrant 2.4.3): the simulated Vagrant
// Cloud answers from the box catalog the world knows (data/boxes.ts), unauthenticated (--no-auth is the default:
// client_login returns nil when quiet). Texts from plugins/commands/cloud/locales/en.yml.
import type { CommandContext } from '../../../../context';
import type { CommandRun } from '../../../../types';
import { BOX_CATALOG } from '../../../../data/boxes';
import { parsed, wait } from '../../../out';

/**
 * Download counts the simulated registry reports. They are the simulator's own figures (the real registry's
 * counts are not recorded anywhere public); only their order matters to the search's default sort.
 */
export const DOWNLOADS: Record<string, number> = {
  'generic/rocky9': 1380512,
  'rockylinux/9': 905126,
  'ubuntu/jammy64': 4312847,
  'hashicorp/bionic64': 8021556,
};

interface Row {
  name: string;
  version: string;
  downloads: string;
  providers: string;
  architectures: string;
}

export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function* search(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const query = p.pos[0];
  const provider = p.flags.get('--provider');
  const arch = p.flags.get('--architecture');
  const limitRaw = p.flags.get('--limit');
  const limit = typeof limitRaw === 'string' ? parseInt(limitRaw, 10) || 25 : 25;
  const page = typeof p.flags.get('--page') === 'string' ? Math.max(1, parseInt(String(p.flags.get('--page')), 10) || 1) : 1;
  const order = p.flags.get('--order') === 'asc' ? 1 : -1;
  yield wait(1500);
  let boxes = BOX_CATALOG.filter((b) => b.name.toLowerCase().includes(query.toLowerCase()));
  const latest = (b: (typeof BOX_CATALOG)[number]) => b.versions[b.versions.length - 1];
  if (typeof provider === 'string') boxes = boxes.filter((b) => latest(b).providers.includes(provider));
  if (typeof arch === 'string') boxes = boxes.filter(() => arch === 'amd64');
  boxes = [...boxes].sort((a, b) => order * ((DOWNLOADS[a.name] ?? 0) - (DOWNLOADS[b.name] ?? 0)));
  boxes = boxes.slice((page - 1) * limit, page * limit);
  if (!boxes.length) {
    ctx.out(`No results found for \`${query}\`\n`);
    return 0;
  }
  const rows: Row[] = boxes.map((b) => {
    const v = latest(b);
    return {
      name: b.name,
      version: v.version,
      downloads: thousands(DOWNLOADS[b.name] ?? 0),
      providers: [...new Set(v.providers)].join(', '),
      architectures: v.providers.map(() => 'amd64').join(', '),
    };
  });
  if (p.flags.has('--short')) {
    for (const r of rows) ctx.out(r.name + '\n');
    return 0;
  }
  if (p.flags.has('--json')) {
    ctx.out(JSON.stringify(rows) + '\n');
    return 0;
  }
  // print_search_table: a header, a divider, the rows (downloads right-aligned), a divider
  const cols = Object.keys(rows[0]) as (keyof Row)[];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => r[c].length))])) as Record<keyof Row, number>;
  const divider = `+-${cols.map((c) => '-'.repeat(width[c])).join('-+-')}-+\n`;
  ctx.out(`| ${cols.map((c) => c.toUpperCase().padEnd(width[c])).join(' | ')} |\n`);
  ctx.out(divider);
  for (const r of rows) ctx.out(`| ${cols.map((c) => (c === 'downloads' ? r[c].padStart(width[c]) : r[c].padEnd(width[c]))).join(' | ')} |\n`);
  ctx.out(divider);
  return 0;
}
