// The configuration reader of logrotate 3.18.0 (config.c: readAllConfigPaths(), readConfigPath(),
// readConfigFile()), for the directives the guest's files and the usual hand-written ones use: a file's lines are
// global directives, a log file definition (names up to `{`, which are its pattern) with its own directives up to
// `}`, and script blocks up to `endscript`. A directory is read file by file in name order, leaving out the taboo
// extensions; a file inside one is named by its bare name (logrotate changes into the directory first).
import type { Vfs } from '../../../fs';

export type Crit = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'size';

export interface LogSet {
  pattern: string;
  files: string[];
  crit: Crit;
  threshold: number;
  weekday: number;
  minsize: number;
  maxsize: number;
  minage: number;
  maxage: number;
  rotate: number;
  start: number;
  ifempty: boolean;
  missingok: boolean;
  create: boolean;
  createMode?: number;
  createUser?: string;
  createGroup?: string;
  compress: boolean;
  delaycompress: boolean;
  dateext: boolean;
  dateyesterday: boolean;
  sharedscripts: boolean;
  copytruncate: boolean;
  pre?: string;
  post?: string;
  first?: string;
  last?: string;
}

/** config.c's defConfig: rotation by size (1 MiB), no old logs kept, empty logs rotated. */
export function defaults(): LogSet {
  return {
    pattern: '', files: [], crit: 'size', threshold: 1024 * 1024, weekday: 0, minsize: 0, maxsize: 0, minage: 0, maxage: 0,
    rotate: 0, start: -1, ifempty: true, missingok: false, create: false, compress: false, delaycompress: false,
    dateext: false, dateyesterday: false, sharedscripts: false, copytruncate: false,
  };
}

/** defTabooExts[] of config.c. */
const TABOO = [',v', '.bak', '.cfsaved', '.disabled', '.dpkg-bak', '.dpkg-del', '.dpkg-dist', '.dpkg-new', '.dpkg-old', '.dpkg-tmp', '.rhn-cfg-tmp-*', '.rpmnew', '.rpmorig', '.rpmsave', '.swp', '.ucf-dist', '.ucf-new', '.ucf-old', '~'];

const FLAGS: Record<string, [keyof LogSet, boolean]> = {
  compress: ['compress', true], nocompress: ['compress', false], delaycompress: ['delaycompress', true], nodelaycompress: ['delaycompress', false],
  sharedscripts: ['sharedscripts', true], nosharedscripts: ['sharedscripts', false], copytruncate: ['copytruncate', true], nocopytruncate: ['copytruncate', false],
  ifempty: ['ifempty', true], notifempty: ['ifempty', false], dateext: ['dateext', true], nodateext: ['dateext', false], dateyesterday: ['dateyesterday', true],
  missingok: ['missingok', true], nomissingok: ['missingok', false], nocreate: ['create', false],
};
/** Directives config.c knows that the guest does not act on (DIFFERENCES.md): read and kept quiet. */
const QUIET = new Set(['shred', 'noshred', 'renamecopy', 'norenamecopy', 'copy', 'nocopy', 'datehourago', 'dateformat', 'noolddir', 'mailfirst', 'maillast', 'createolddir', 'nocreateolddir', 'shredcycles', 'errors', 'mail', 'nomail', 'preremove', 'tabooext', 'taboopat', 'olddir', 'extension', 'addextension', 'compresscmd', 'uncompresscmd', 'compressoptions', 'compressext', 'su']);
const SCRIPTS: Record<string, 'pre' | 'post' | 'first' | 'last' | null> = { prerotate: 'pre', postrotate: 'post', firstaction: 'first', lastaction: 'last', preremove: null };

export interface ReadResult {
  sets: LogSet[];
  failed: boolean;
}

type Say = (level: 'debug' | 'error', text: string) => void;

function size(v: string): number | null {
  const m = /^(\d+)([kKMG]?)$/.exec(v);
  if (!m) return null;
  return Number(m[1]) * ({ '': 1, k: 1024, K: 1024, M: 1024 * 1024, G: 1024 * 1024 * 1024 } as Record<string, number>)[m[2]];
}

/** Expand a log file name as glob(3) with GLOB_NOCHECK: the matches in order, or the name itself. */
export function expand(fs: Vfs, pattern: string): string[] {
  if (!/[*?[]/.test(pattern)) return [pattern];
  const parts = pattern.split('/').filter(Boolean);
  let paths = [''];
  for (const part of parts) {
    const next: string[] = [];
    if (!/[*?[]/.test(part)) for (const p of paths) next.push(p + '/' + part);
    else {
      const re = new RegExp('^' + part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
      for (const p of paths) {
        const d = fs.get(p || '/');
        if (d?.type !== 'dir') continue;
        for (const name of [...fs.kids(d).keys()].sort()) if (!name.startsWith('.') && re.test(name)) next.push(p + '/' + name);
      }
    }
    paths = next;
  }
  return paths.length && paths.every((p) => fs.exists(p)) ? paths : [pattern];
}

export class ConfigReader {
  sets: LogSet[] = [];
  private def = defaults();
  constructor(private fs: Vfs, private say: Say, private cwd: string) {}

  /** readConfigPath(): a file, or a directory's files; false when the path cannot be read. */
  readPath(path: string, shown = path): boolean {
    const abs = path.startsWith('/') ? path : this.fs.join(this.cwd, path);
    const node = this.fs.get(abs);
    if (!node) {
      this.say('error', `cannot stat ${shown}: No such file or directory\n`);
      return false;
    }
    if (node.type === 'dir') {
      let ok = true;
      const names = [...this.fs.kids(node).keys()].sort();
      for (const name of names) {
        const taboo = TABOO.find((t) => (t.endsWith('*') ? name.includes(t.slice(0, -1)) : name.endsWith(t)));
        if (taboo) {
          this.say('debug', `Ignoring ${name}, because of ${taboo} pattern match\n`);
          continue;
        }
        if (this.fs.get(abs + '/' + name)?.type !== 'file') continue;
        if (!this.readFile(abs + '/' + name, name)) ok = false;
      }
      return ok;
    }
    return this.readFile(abs, shown);
  }

  private readFile(abs: string, shown: string): boolean {
    const node = this.fs.get(abs);
    const text = node?.type === 'file' ? node.content : null;
    if (text === null) {
      this.say('error', `failed to open config file ${shown}: Permission denied\n`);
      return false;
    }
    this.say('debug', `reading config file ${shown}\n`);
    const lines = text.split('\n');
    let cur: LogSet | null = null;
    let script: { key: 'pre' | 'post' | 'first' | 'last' | null; text: string } | null = null;
    let pattern: string | null = null;
    for (let n = 0; n < lines.length; n++) {
      const raw = lines[n];
      const line = raw.trim();
      const at = `${shown}:${n + 1}`;
      if (script) {
        if (line === 'endscript') {
          if (cur && script.key) cur[script.key] = script.text;
          script = null;
        } else script.text += raw + '\n';
        continue;
      }
      if (pattern !== null) {
        const b = raw.indexOf('{');
        pattern += b < 0 ? raw + '\n' : raw.slice(0, b);
        if (b >= 0) {
          cur = this.open(pattern);
          pattern = null;
        }
        continue;
      }
      if (!line || line.startsWith('#')) continue;
      if (/^["'/~]/.test(line)) {
        const b = raw.indexOf('{');
        if (b >= 0) cur = this.open(raw.slice(raw.search(/\S/), b));
        else pattern = raw.slice(raw.search(/\S/)) + '\n';
        continue;
      }
      if (line === '}') {
        if (!cur) this.say('error', `${at} unexpected } (missing previous '{')\n`);
        else {
          this.sets.push(cur);
          cur = null;
        }
        continue;
      }
      const m = /^([A-Za-z]+)\s*(.*)$/.exec(line);
      if (!m) {
        this.say('error', `${at} lines must begin with a keyword or a filename (possibly in double quotes)\n`);
        continue;
      }
      const [, key, rest] = m;
      const args = rest.split(/\s+/).filter(Boolean);
      const t = cur ?? this.def;
      if (key in SCRIPTS) {
        script = { key: SCRIPTS[key], text: '' };
        continue;
      }
      if (key === 'include') {
        this.say('debug', `including ${args[0]}\n`);
        this.readPath(args[0]);
        continue;
      }
      if (key in FLAGS) (t as unknown as Record<string, boolean>)[FLAGS[key][0]] = FLAGS[key][1];
      else if (['hourly', 'daily', 'weekly', 'monthly', 'yearly'].includes(key)) {
        t.crit = key as Crit;
        if (key === 'weekly') t.weekday = args[0] && /^\d$/.test(args[0]) && Number(args[0]) <= 7 ? Number(args[0]) : 0;
      } else if (key === 'rotate' || key === 'start' || key === 'minage' || key === 'maxage') {
        const v = Number(args[0]);
        if (!args[0] || !Number.isInteger(v)) this.say('error', `${at} bad ${key === 'rotate' ? 'rotation count' : key === 'start' ? 'start count' : key === 'minage' ? 'minimum age' : 'maximum age'} '${args[0] ?? ''}'\n`);
        else if (key === 'rotate') t.rotate = v;
        else if (key === 'start') t.start = v;
        else if (key === 'minage') t.minage = v;
        else t.maxage = v;
      } else if (key === 'size' || key === 'minsize' || key === 'maxsize') {
        const v = size(args[0] ?? '');
        if (v === null) this.say('error', `${at} bad size '${args[0] ?? ''}'\n`);
        else if (key === 'size') {
          t.crit = 'size';
          t.threshold = v;
        } else if (key === 'minsize') t.minsize = v;
        else t.maxsize = v;
      } else if (key === 'create') {
        t.create = true;
        if (args[0]) t.createMode = parseInt(args[0], 8);
        if (args[1]) t.createUser = args[1];
        if (args[2]) t.createGroup = args[2];
      } else if (!QUIET.has(key)) this.say('error', `${at} unknown option '${key}' -- ignoring line\n`);
    }
    return true;
  }

  private open(pattern: string): LogSet {
    const s: LogSet = { ...this.def, pattern };
    s.files = pattern
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/^["']|["']$/g, ''))
      .flatMap((w) => expand(this.fs, w));
    return s;
  }
}
