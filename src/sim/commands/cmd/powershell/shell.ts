// The Windows PowerShell 5.1 level of a host session (a frame with `ps`): a small, exact set of cmdlets and their
// aliases on the host's disk, the host's programs run as from cmd.exe, and PowerShell's error record for a name it
// does not know. What is left out is listed in cmd/DIFFERENCES.md ("powershell").
import { isHidden } from '../hidden';
import type { Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import type { IO, Runtime } from '../../../shell/bash';
import { tm, two } from '../../../util';
import { PROGRAMS } from '../programs';
import { notRecognized, pathNotFound, PS_VERSION_TABLE } from './texts';

/** cmd.exe's interpreter, passed in (it loads this module): runs a host program's line. */
export type Native = (rt: Runtime, frame: Frame, line: string, io: IO) => CommandRun;

/** The aliases of a stock Windows PowerShell 5.1 for the cmdlets modelled here. */
const ALIASES: Record<string, string> = {
  pwd: 'Get-Location', gl: 'Get-Location',
  cd: 'Set-Location', chdir: 'Set-Location', sl: 'Set-Location',
  dir: 'Get-ChildItem', ls: 'Get-ChildItem', gci: 'Get-ChildItem',
  cat: 'Get-Content', type: 'Get-Content', gc: 'Get-Content',
  echo: 'Write-Output', write: 'Write-Output',
  cls: 'Clear-Host', clear: 'Clear-Host',
};
const CMDLETS = ['Get-Location', 'Set-Location', 'Get-ChildItem', 'Get-Content', 'Write-Output', 'Clear-Host'];

/** The host's programs by name (`vagrant`, `ipconfig.exe`, ...): PowerShell finds them along PATH. */
function isProgram(name: string): boolean {
  const bare = (f: string) => f.toLowerCase().replace(/\.(exe|com)$/, '');
  // named with its folder (C:\Windows\System32\ipconfig.exe): that folder must hold it
  const m = /^(.*)\\([^\\]+)$/.exec(name);
  const lists = m ? Object.entries(PROGRAMS).filter(([d]) => d.toLowerCase() === m[1].toLowerCase()).map(([, l]) => l) : Object.values(PROGRAMS);
  const n = bare(m ? m[2] : name);
  return lists.some((l) => l.some((f) => bare(f) === n)) && n !== 'cmd';
}

interface Word {
  text: string;
  at: number;
}

/** Split a line into statements on `;` outside quotes, each with its offset. */
function statements(line: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let q = '';
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'") q = c;
    else if (c === ';') {
      out.push({ text: line.slice(start, i), at: start });
      start = i + 1;
    }
  }
  out.push({ text: line.slice(start), at: start });
  return out;
}

/** The words of a statement, quotes removed. */
function words(text: string, base: number): Word[] {
  const out: Word[] = [];
  const re = /"([^"]*)"?|'([^']*)'?|[^\s"']+/g;
  let cur: Word | null = null;
  let end = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const piece = m[1] ?? m[2] ?? m[0];
    if (cur && m.index === end) cur.text += piece;
    else {
      cur = { text: piece, at: base + m.index };
      out.push(cur);
    }
    end = m.index + m[0].length;
  }
  return out;
}

/** `11/22/2024  11:42 AM` as Get-ChildItem's LastWriteTime column writes it for en-US (date to 10, time to 8). */
function stamp(ms: number, offset: number): string {
  const t = tm(ms, offset);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${t.mo + 1}/${t.d}/${t.y}`.padStart(10) + '  ' + `${h12}:${two(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`.padStart(8);
}

export function* runPs(rt: Runtime, frame: Frame, line: string, io: IO, native: Native, inline = false): CommandRun {
  const host = rt.world.host(frame.hostId);
  const fs = host.fs;
  let code = 0;
  const shown = line.trimEnd();
  for (const st of statements(line)) {
    const w = words(st.text, st.at);
    if (w.length === 0) continue;
    const typed = w[0].text;
    const col = w[0].at + 1;
    const span = st.text.trimEnd().length - (w[0].at - st.at);
    const args = w.slice(1).map((x) => x.text);
    const resolve = (p: string) => fs.resolve(frame.cwd, p.replace(/\//g, '\\').replace(/^~(?=\\|$)/, host.users.get(frame.user)?.home ?? '~'));
    if (typed.toLowerCase() === '$psversiontable' && args.length === 0) {
      io.out(PS_VERSION_TABLE);
      continue;
    }
    const cmdlet = ALIASES[typed.toLowerCase()] ?? CMDLETS.find((c) => c.toLowerCase() === typed.toLowerCase());
    if (typed.toLowerCase() === 'exit') {
      if (!inline) rt.hooks.popFrame();
      return code;
    }
    if (!cmdlet) {
      if (isProgram(typed)) {
        code = yield* native(rt, frame, st.text.trim(), io);
        continue;
      }
      io.err(notRecognized(typed, shown, col));
      code = 1;
      continue;
    }
    const path = args.filter((a) => !/^-/.test(a));
    if (cmdlet === 'Get-Location') io.out(`\nPath\n----\n${frame.cwd}\n\n\n`);
    else if (cmdlet === 'Write-Output') io.out(args.map((a) => a + '\n').join(''));
    else if (cmdlet === 'Clear-Host') rt.hooks.clear();
    else if (cmdlet === 'Set-Location') {
      if (path.length === 0) continue;
      const p = resolve(path[0]);
      if (fs.isDir(p)) frame.cwd = p;
      else {
        io.err(pathNotFound(typed, 'Set-Location', fs.exists(p) ? path[0] : p, shown, col, span));
        code = 1;
      }
    } else if (cmdlet === 'Get-Content') {
      for (const a of path) {
        const p = resolve(a);
        const c = fs.read(p);
        if (typeof c !== 'string' || c === 'ENOENT' || c === 'EISDIR') {
          io.err(pathNotFound(typed, 'Get-Content', p, shown, col, span));
          code = 1;
          continue;
        }
        const text = c.replace(/\r\n/g, '\n');
        if (text !== '') io.out(text.endsWith('\n') ? text : text + '\n');
      }
    } else {
      const p = resolve(path[0] ?? '.');
      if (!fs.exists(p)) {
        io.err(pathNotFound(typed, 'Get-ChildItem', p, shown, col, span));
        code = 1;
        continue;
      }
      const dir = fs.isDir(p) ? p : fs.dirname(p);
      const list = fs.list(dir);
      if (typeof list === 'string') continue;
      const up = (s: string) => s.toUpperCase();
      const cmp = (a: { name: string }, b: { name: string }) => (up(a.name) < up(b.name) ? -1 : up(a.name) > up(b.name) ? 1 : 0);
      // Get-ChildItem without -Force leaves hidden items out (AppData, ProgramData)
      const visible = list.filter((e) => !isHidden(fs.join(fs.canonical(dir), e.name)));
      const entries = fs.isDir(p) ? visible : visible.filter((e) => e.name.toLowerCase() === fs.basename(p).toLowerCase());
      const rows = [...entries.filter((e) => e.type === 'dir').sort(cmp), ...entries.filter((e) => e.type !== 'dir').sort(cmp)];
      if (rows.length === 0) continue;
      let out = `\n\n    Directory: ${dir}\n\n\nMode                 LastWriteTime         Length Name\n----                 -------------         ------ ----\n`;
      for (const e of rows) {
        const mode = e.type === 'dir' ? 'd-----' : '-a----';
        out += `${mode.padEnd(7)} ${stamp(e.mtime, rt.world.tzOffsetHours).padStart(26)} ${(e.type === 'dir' ? '' : String(e.size)).padStart(14)} ${e.name}\n`;
      }
      io.out(out + '\n\n');
    }
  }
  frame.lastExit = code;
  return code;
}
