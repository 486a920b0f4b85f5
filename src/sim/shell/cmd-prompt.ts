// cmd.exe's prompt from PROMPT's $ codes (`prompt /?`): $P the drive and folder, $G >, $_ a new line, ...
import type { Frame } from '../context';
import type { World } from '../world';
import { cmdDate, cmdTime } from '../commands/cmd/clock';
import { WINDOWS_VERSION } from '../commands/cmd/shared';

export function cmdPrompt(frame: Frame, world: World): string {
  // Windows PowerShell's prompt function: `PS ` and the location
  if (frame.ps) return `PS ${frame.cwd}> `;
  const k = Object.keys(frame.env).find((x) => x.toLowerCase() === 'prompt');
  const spec = k === undefined ? '$P$G' : frame.env[k];
  let out = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c !== '$' || i + 1 >= spec.length) {
      out += c;
      continue;
    }
    const code = spec[++i].toUpperCase();
    const map: Record<string, () => string> = {
      A: () => '&',
      B: () => '|',
      C: () => '(',
      D: () => cmdDate(world),
      E: () => '\x1b',
      F: () => ')',
      G: () => '>',
      H: () => {
        out = out.slice(0, -1);
        return '';
      },
      L: () => '<',
      N: () => frame.cwd.slice(0, 1).toUpperCase(),
      P: () => frame.cwd,
      Q: () => '=',
      S: () => ' ',
      T: () => cmdTime(world),
      V: () => WINDOWS_VERSION,
      _: () => '\n',
      $: () => '$',
      '+': () => '+'.repeat(frame.dirstack?.length ?? 0),
      M: () => '',
    };
    out += map[code]?.() ?? '';
  }
  return out;
}
