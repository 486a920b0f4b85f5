/**
 * Writes the spec and help of curl 7.76.1 (Rocky 9.5's curl) into src/sim/commands/curl/{spec,help}.ts, from
 * src/tool_help.c at the tag curl-7_76_1 (the options with their help lines and categories).
 *
 *   npx tsx scripts/golden/curl-spec.ts <curl git dir>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TAG = 'curl-7_76_1';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: curl-spec.ts <curl git dir>');
  process.exit(2);
}
const src = execSync(`git -C ${repo} show ${TAG}:src/tool_help.c`, { encoding: 'utf8', maxBuffer: 1 << 26 });

// {"-o, --output <file>", "Write to file instead of stdout", CURLHELP_IMPORTANT | CURLHELP_CURL},
const entries: { opt: string; desc: string; cats: string[] }[] = [];
const body = src.slice(src.indexOf('helptext[] = {'), src.indexOf('{ NULL, NULL, CURLHELP_HIDDEN }') > 0 ? undefined : undefined);
const re = /\{"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)",\s*([A-Z_|\s]+)\}/g;
for (let m = re.exec(body); m; m = re.exec(body)) {
  if (!m[3].includes('CURLHELP_')) continue;
  entries.push({ opt: m[1].replace(/\\"/g, '"'), desc: m[2].replace(/\\"/g, '"'), cats: m[3].split('|').map((s) => s.trim()) });
}
const line = (e: { opt: string; desc: string }) => ` ${e.opt.padEnd(18)}  ${e.desc}\n`;
const important = entries.filter((e) => e.cats.includes('CURLHELP_IMPORTANT'));
const help =
  'Usage: curl [options...] <url>\n' +
  important.map(line).join('') +
  '\nThis is not the full help, this menu is stripped into categories.\nUse "--help category" to get an overview of all categories.\nFor all options use the manual or "--help all".\n';
const all = 'Usage: curl [options...] <url>\n' + entries.filter((e) => !e.cats.includes('CURLHELP_HIDDEN')).map(line).join('');

const flags = entries.map((e) => {
  const m = /^(?:-(.), )?\s*--([\w.-]+)(?: <([^>]+)>)?/.exec(e.opt.trim())!;
  const f: Record<string, string> = {};
  if (m[1]) f.short = m[1];
  f.long = m[2];
  if (m[3]) {
    f.value = 'required';
    f.arg = m[3];
  }
  return f;
});
// -h, --help takes an optional category; -V, --version prints the version
for (const f of flags) {
  if (f.long === 'help') {
    delete f.value;
    f.action = 'help';
  }
  if (f.long === 'version') f.action = 'version';
}
const fl = flags
  .map((f) => `    { ${Object.entries(f).map(([k, v]) => `${k}: ${k === 'value' || k === 'action' ? `'${v}'` : JSON.stringify(v)}`).join(', ')} },`)
  .join('\n');

writeFileSync(
  path.join(root, 'src/sim/commands/curl/help.ts'),
  `// \`curl --help\` and \`curl --help all\` of curl 7.76.1, read from src/tool_help.c by scripts/golden/curl-spec.ts.\n` +
    `export const help = ${JSON.stringify(help)};\n\nexport const helpAll = ${JSON.stringify(all)};\n`,
);
writeFileSync(
  path.join(root, 'src/sim/commands/curl/spec.ts'),
  `// curl 7.76.1 (Rocky 9.5): options from src/tool_help.c, help in help.ts; usage errors in curl's words.
// Written by scripts/golden/curl-spec.ts; edit that script, not this file.
import type { CommandSpec } from '../../spec/types';
export const spec: CommandSpec = {
  name: 'curl',
  style: 'gnu',
  synopsis: 'curl [options...] <url>',
  helpFlags: ['-h', '--help'],
  flags: [
${fl}
  ],
  // src/tool_getparam.c and tool_msgs.c: "curl: option --x: is unknown" and the try line, exit 2 (CURLE_FAILED_INIT)
  onError: (e) => {
    const why = e.code === 'unknown-option' ? 'is unknown' : e.code === 'missing-value' ? 'requires parameter' : e.code === 'ambiguous' ? 'is ambiguous' : 'is badly used here';
    const opt = e.short ? '-' + e.option : e.option;
    return { stderr: \`curl: option \${opt}: \${why}\\ncurl: try 'curl --help' or 'curl --manual' for more information\\n\`, status: 2 };
  },
  help: () => import('./help').then((m) => m.help),
  // curl-minimal, the curl of a Rocky 9.5 minimal install (tool_help.c prints each protocol followed by a space)
  version: 'curl 7.76.1 (x86_64-redhat-linux-gnu) libcurl/7.76.1 OpenSSL/3.2.2 zlib/1.2.11 nghttp2/1.43.0\\nRelease-Date: 2021-04-14\\nProtocols: file ftp ftps http https \\nFeatures: alt-svc AsynchDNS GSS-API HTTP2 HTTPS-proxy IPv6 Kerberos Largefile libz NTLM SPNEGO SSL UnixSockets\\n',
};
`,
);
console.log(`curl: ${flags.length} options, ${important.length} in the default help`);
