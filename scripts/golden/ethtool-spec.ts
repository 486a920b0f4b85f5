/**
 * Writes `ethtool -h` of ethtool 6.2 (Rocky 9.5 ships ethtool-6.2-1.el9, built with netlink) into
 * src/sim/commands/ethtool/ethtool/help.ts: show_usage() of ethtool.c over its args[] table (opts, no_dev, help,
 * xhelp), with nl_monitor_usage() of netlink/monitor.c over monitor_opts[], and the list of args[] switches the
 * command line is matched against.
 *
 *   npx tsx scripts/golden/ethtool-spec.ts <ethtool git dir> [rev]
 *
 * The git dir is a clone of ethtool (git.kernel.org network/ethtool, or a mirror); rev is the "Release version 6.2."
 * commit when the clone has no tags.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [repo, rev = 'v6.2'] = process.argv.slice(2);
if (!repo) throw new Error('usage: ethtool-spec.ts <ethtool git dir> [rev]');
const show = (f: string) => execFileSync('git', ['-C', repo, 'show', `${rev}:${f}`], { encoding: 'utf8', maxBuffer: 1 << 26 });

/** The concatenated C string literals of `s`. */
const lits = (s: string) => [...s.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1].replace(/\t/g, '\\t')}"`)).join('');

/** The `{ .field = ... }` blocks of a static array initializer. */
function entries(src: string, decl: string): Record<string, string>[] {
  const start = src.indexOf(decl);
  const body = src.slice(src.indexOf('{', start) + 1, src.indexOf('\n};', start));
  const out: Record<string, string>[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if (ch === '{') {
      if (depth++ === 0) { cur = ''; continue; }
    } else if (ch === '}') {
      if (--depth === 0) {
        const e: Record<string, string> = {};
        for (const m of cur.matchAll(/\.(\w+)\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*)+|[\w]+)/g)) e[m[1]] = m[2];
        out.push(e);
        continue;
      }
    }
    if (depth > 0) cur += ch;
  }
  return out;
}

const src = show('ethtool.c');
const args = entries(src, 'static const struct option args[] =').filter((a) => a.opts !== undefined);
let help = 'ethtool version 6.2\nUsage:\n';
for (const a of args) {
  help += `        ethtool [ FLAGS ] ${lits(a.opts)} ${a.no_dev === 'true' ? '\t' : 'DEVNAME'}\t${lits(a.help)}\n`;
  if (a.xhelp) help += lits(a.xhelp);
}
const mon = entries(show('netlink/monitor.c'), 'static struct monitor_option monitor_opts[] =').map((m) => lits(m.pattern));
help += '        ethtool --monitor               Show kernel notifications\n                ( [ --all ]';
for (let i = 1; i < mon.length; i++) if (mon[i] !== mon[i - 1]) help += '\n                  | ' + mon[i].replace(/\|/g, ' | ');
help += ' )\n                [ DEVNAME | * ]\n';
help += '\nFLAGS:\n\t--debug MASK\tturn on debugging messages\n\t--json\t\tenable JSON output format (not supported by all commands)\n\t-I|--include-statistics\t\trequest device statistics related to the command (not supported by all commands)\n';
// the body of show_usage() must still print exactly these FLAGS lines
const usage = src.slice(src.indexOf('static int show_usage(struct cmd_context *ctx __maybe_unused)'));
if (!usage.includes('"	--debug MASK	turn on debugging messages\\n"') || !usage.includes('"	-I|--include-statistics		request device statistics')) throw new Error('show_usage() changed');
const switches = args.map((a) => lits(a.opts)).filter(Boolean);
writeFileSync(
  path.resolve(import.meta.dirname, '../../src/sim/commands/ethtool/ethtool/help.ts'),
  `// \`ethtool -h\` of ethtool 6.2 (show_usage() over args[] of ethtool.c, nl_monitor_usage() of netlink/monitor.c) and\n// the switches of args[]. Written by scripts/golden/ethtool-spec.ts.\nexport const help = ${JSON.stringify(help)};\nexport const switches = ${JSON.stringify(switches)};\n`,
);
console.log(help);
