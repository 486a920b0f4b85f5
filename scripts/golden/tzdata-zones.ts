/**
 * Writes src/sim/data/timezones.ts: the time zone names `timedatectl list-timezones` prints on Rocky 9.5, whose
 * tzdata is 2024b (tzdata-2024b-2.el9, RHEL 9.5's SBOM). systemd 252's get_timezones() (src/basic/time-util.c)
 * lists the names of the Zone lines and the alias of the Link lines of /usr/share/zoneinfo/tzdata.zi, adds UTC,
 * sorts them and drops duplicates; tzdata.zi is zic's digest of the tz sources, so the names are those of the Zone
 * and Link lines of the source files at that tag.
 *
 *   npx tsx scripts/golden/tzdata-zones.ts <git dir of https://github.com/eggert/tz>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TAG = '2024b';
const repo = process.argv[2];
const root = path.resolve(import.meta.dirname, '../..');
// the files the tz Makefile's TDATA and `backward` put into tzdata.zi
const FILES = ['africa', 'antarctica', 'asia', 'australasia', 'europe', 'northamerica', 'southamerica', 'etcetera', 'backward', 'factory'];
const names = new Set<string>(['UTC']);
for (const f of FILES) {
  const src = execSync(`git -C ${repo} show ${TAG}:${f}`, { encoding: 'utf8', maxBuffer: 1 << 26 });
  for (const line of src.split('\n')) {
    const w = line.replace(/#.*/, '').trim().split(/\s+/);
    if (w[0] === 'Zone') names.add(w[1]);
    if (w[0] === 'Link') names.add(w[2]);
  }
}
// strv_sort(): strcmp order
const list = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(
  path.join(root, 'src/sim/data/timezones.ts'),
  `// The time zone names of tzdata ${TAG} (Rocky 9.5's tzdata-2024b-2.el9) as systemd 252 lists them from tzdata.zi: Zone and\n// Link names, UTC, in strcmp order. Written by scripts/golden/tzdata-zones.ts from the tz sources at tag ${TAG}.\nexport const TZDATA_VERSION = '${TAG}';\nexport const TIMEZONES: readonly string[] = ${JSON.stringify(list.join(' '))}.split(' ');\n`,
);
console.log(`${list.length} names from tzdata ${TAG}`);
