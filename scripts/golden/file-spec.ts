/**
 * file (Rocky 9.5: file-5.39): writes src/sim/commands/file/file/help.ts from the FILE5_39 sources, and records
 * this machine's file (Debian's 5.44) over the fixture files below into tests/golden/file/recorded.json.
 *
 *   npx tsx scripts/golden/file-spec.ts <file/file git dir>
 *
 * help(): file.c prints "Usage: file [OPTION...] [FILE...]", then each OPT()/OPT_LONGONLY() of src/file_opts.h
 * through docprint() (%e: the nv[] test names, five to a line; %P: the pm[] parameters as "%9s %7zu %s"),
 * defprint() (" (default)" for the non-POSIXLY_CORRECT default), and the bug report line. usage() is the USAGE
 * macro of file.c. The recorded runs are compared with the simulator in tests/unit/sim/guest/file.test.ts, after
 * the rewrites for 5.39 that DIFFERENCES.md explains.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TAG = 'FILE5_39';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: file-spec.ts <file/file git dir>');
  process.exit(2);
}
const show = (p: string) => execFileSync('git', ['-C', repo, 'show', `${TAG}:${p}`], { encoding: 'utf8' });

// --- help and usage from the 5.39 sources
const fileC = show('src/file.c');
const opts = show('src/file_opts.h');
const cstr = (s: string) => JSON.parse('"' + s.replace(/\\\\/g, '\\\\').replace(/\\'/g, "'") + '"') as string;
const joinStrings = (s: string) => [...s.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => cstr(m[1])).join('');
const nv = [.../nv\[\] = \{([\s\S]*?)\};/.exec(fileC)![1].matchAll(/\{ "(\w+)",/g)].map((m) => m[1]);
const fileH = show('src/file.h');
const macro = (name: string): number => {
  const m = new RegExp(`#\\s*define\\s+${name}\\s+\\(?([^/\\n]+?)\\)?\\s*(/\\*.*)?$`, 'm').exec(fileH)!;
  return Function(`return ${m[1]}`)() as number;
};
const pm = [...(/pm\[\] = \{([\s\S]*?)\n\};/.exec(fileC)![1].matchAll(/\{ "(\w+)",\s*\w+, 0, 0, (\w+),\s*"([^"]*)" \}/g))].map((m) => ({ name: m[1], def: macro(m[2]), desc: m[3] }));
let help = 'Usage: file [OPTION...] [FILE...]\nDetermine type of FILEs.\n\n';
const entry = /OPT(_LONGONLY)?\(([\s\S]*?)\)\n(?=OPT|#|\s*\{0|\s*$)/g;
const body = opts.replace(/#ifdef[^\n]*\n|#if [^\n]*\n|#endif[^\n]*\n/g, '');
for (const m of body.matchAll(entry)) {
  const args = m[2];
  let optionLabel: string;
  let def: number;
  let doc: string;
  if (m[1]) {
    const a = /^"([^"]+)",\s*(\d+),\s*(\d+),\s*([\s\S]*),\s*\w+$/.exec(args.trim())!;
    optionLabel = `      --${a[1]}`;
    def = Number(a[3]);
    doc = joinStrings(a[4]);
  } else {
    const a = /^'(.)',\s*"([^"]+)",\s*(\d+),\s*(\d+),\s*([\s\S]*)$/.exec(args.trim())!;
    optionLabel = `  -${a[1]}, --${a[2]}`;
    def = Number(a[4]);
    doc = joinStrings(a[5]);
  }
  help += optionLabel;
  const pct = doc.indexOf('%');
  if (pct < 0) {
    help += doc;
    if (def) help += (def & 2 ? ' (default)' : '') + '\n';
    continue;
  }
  let sp = pct - 1;
  while (sp > 0 && doc[sp] === ' ') sp--;
  help += doc.slice(0, pct);
  const pad = pct - sp - 1;
  if (doc[pct + 1] === 'e') {
    let comma = 0;
    nv.forEach((n, i) => {
      help += (comma++ ? ', ' : '') + n;
      if (i && i % 5 === 0 && i !== nv.length - 1) {
        help += ',\n' + ' '.repeat(pad);
        comma = 0;
      }
    });
  } else {
    pm.forEach((p, i) => {
      help += `${p.name.padStart(9)} ${String(p.def).padStart(7)} ${p.desc}`;
      if (i !== pm.length - 1) help += '\n' + ' '.repeat(pad);
    });
  }
  help += doc.slice(pct + 2);
}
help += '\nReport bugs to https://bugs.astron.com/\n';
const usageMacro = /# define USAGE\s*\\\n([\s\S]*?)\n\n/.exec(fileC)![1];
const flags = /#define FILE_FLAGS\s+"(\w+)" IFLNK_h "(\w+)" IFLNK_L "(\w+)"/.exec(fileC)!;
const usage = joinStrings(usageMacro.replace(/"\s*FILE_FLAGS\s*"/, flags[1] + 'h' + flags[2] + 'L' + flags[3]).replace(/\\\n/g, '\n')).replace(/%s/g, 'file');
writeFileSync(
  path.join(root, 'src/sim/commands/file/file/help.ts'),
  `// file 5.39's help() and usage(), from src/file.c and src/file_opts.h at ${TAG}. Written by\n// scripts/golden/file-spec.ts; edit that script, not this file.\nexport const help = ${JSON.stringify(help)};\nexport const usage = ${JSON.stringify(usage)};\n`,
);

// --- fixtures and Debian's file over them
const long = 'x'.repeat(400) + '\n';
const TEXT: Record<string, string> = {
  'ascii.txt': 'hello\n',
  'utf8.txt': 'héllo wörld\n',
  'bom.txt': '\ufeffhello\n',
  'crlf.txt': 'a\r\nb\r\n',
  'mixed.txt': 'a\r\nb\n',
  'cr.txt': 'a\rb\r',
  'noterm.txt': 'abc',
  'long.txt': long,
  'esc.txt': 'x\x1b[1mbold\n',
  'bash.sh': '#!/bin/bash\necho hi\n',
  'bash2.sh': '#! /bin/bash\necho hi\n',
  'envbash.sh': '#!/usr/bin/env bash\necho hi\n',
  'posix.sh': '#!/bin/sh\necho hi\n',
  'crlf.sh': '#!/bin/sh\r\necho\r\n',
  'py': '#!/usr/bin/python3\nprint(1)\n',
  'envpy': '#!/usr/bin/env python3\nprint(1)\n',
  'perl.pl': '#!/usr/bin/perl -w\nprint 1;\n',
  'generic': '#!/usr/bin/foo -x\necho\n',
  'envsh': '#!/usr/bin/env sh\necho\n',
  'data.json': '{"a": 1, "b": [1, 2]}\n',
  'list.json': '[1, 2]\n',
  'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n',
  'rows.csv': 'a,b,c\n1,2,3\n4,5,6\n',
  'doc.xml': '<?xml version="1.0"?>\n<a/>\n',
  'cert.pem': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  'rsa.key': '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n',
  'ec.key': '-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n',
  'pkcs8.key': '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
  'id.pub': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF vagrant\n',
  'empty': '',
  'one': 'x',
};
const BYTES: Record<string, Buffer> = {
  'latin1.txt': Buffer.from('caf\xe9\n', 'latin1'),
  'bin': Buffer.from([0, 1, 2, 0xff, 0x10]),
  'small.gz': gzipHeader(gzipSync('hello\n'), 'small', 1700000000),
  'notes.gz': gzipHeader(gzipSync('line of text number\n'.repeat(10)), 'notes.txt', 1700000000),
  'noname.gz': gzipHeader(gzipSync('line of text number\n'.repeat(10)), null, 0),
};
/** Node's gzip header with FNAME, MTIME and OS 3 as gzip(1) writes them. */
function gzipHeader(gz: Buffer, name: string | null, mtime: number): Buffer {
  const head = Buffer.alloc(10);
  gz.copy(head, 0, 0, 10);
  head[3] = name ? 8 : 0;
  head.writeUInt32LE(mtime, 4);
  head[8] = 0;
  head[9] = 3;
  return Buffer.concat([head, name ? Buffer.from(name + '\0', 'latin1') : Buffer.alloc(0), gz.subarray(10)]);
}
const dir = mkdtempSync(path.join(tmpdir(), 'file-fx-'));
try {
  for (const [n, t] of Object.entries(TEXT)) writeFileSync(path.join(dir, n), t);
  for (const [n, b] of Object.entries(BYTES)) writeFileSync(path.join(dir, n), b);
  // a GNU tar of ascii.txt with fixed owner and time
  execFileSync('tar', ['--format=gnu', '--owner=0', '--group=0', '--mtime=@1700000000', '-cf', 'arch.tar', 'ascii.txt'], { cwd: dir });
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('ascii.txt', path.join(dir, 'link'));
  symlinkSync('nowhere', path.join(dir, 'broken'));
  const names = [...Object.keys(TEXT), ...Object.keys(BYTES), 'arch.tar'].sort();
  const run = (args: string[]) => {
    const r = spawnSync('file', args, { cwd: dir, encoding: 'utf8', env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'POSIXLY_CORRECT')), LC_ALL: 'C.UTF-8' } });
    return { args, stdout: r.stdout, stderr: r.stderr, status: r.status };
  };
  const runs = [
    ...names.map((n) => run([n])),
    ...names.map((n) => run(['-i', n])),
    run(['sub', 'link', 'broken', 'nonexistent']),
    run(['-b', 'ascii.txt', 'sub']),
    run(['-L', 'link', 'broken']),
    run(['-i', 'sub', 'link', 'empty']),
    run(['--mime-type', 'ascii.txt', 'notes.gz', 'data.json']),
    run(['--mime-encoding', 'utf8.txt', 'bin']),
    run(['-z', 'notes.gz']),
    run(['-Z', 'notes.gz']),
  ];
  const tarB64 = execFileSync('base64', ['-w0', path.join(dir, 'arch.tar')], { encoding: 'utf8' });
  const fixtures: Record<string, string> = { 'arch.tar': tarB64 };
  for (const [n, t] of Object.entries(TEXT)) fixtures[n] = Buffer.from(t).toString('base64');
  for (const [n, b] of Object.entries(BYTES)) fixtures[n] = b.toString('base64');
  const version = execFileSync('file', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  writeFileSync(
    path.join(root, 'tests/golden/file/recorded.json'),
    JSON.stringify({ recordedWith: version, fixtures, links: { link: 'ascii.txt', broken: 'nowhere' }, dirs: ['sub'], runs }, null, 1) + '\n',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
