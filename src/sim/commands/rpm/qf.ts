// rpm 4.16.1.3's --queryformat (lib/headerfmt.c) for the header tags the simulator keeps of an installed package:
// NAME, VERSION, RELEASE, EPOCH, ARCH and the tags made of them (NEVRA, NVRA, NVR, NEVR, EVR), with popt-style
// field widths (`%-20{NAME}`) and the backslash escapes. A format naming any other tag is not rendered
// (DIFFERENCES.md); malformed ones get headerfmt.c's errors.
import type { InstalledPackage } from '../../types';

const ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

type Part = { text: string } | { tag: string; width: string };

/** The format's parts, or headerfmt.c's error text. */
export function parseQf(fmt: string): Part[] | string {
  const parts: Part[] = [];
  let text = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '\\') {
      i++;
      if (i >= fmt.length) return 'escaped char expected after \\';
      text += ESC[fmt[i]] ?? fmt[i];
      continue;
    }
    if (c === '%') {
      if (fmt[i + 1] === '%') {
        text += '%';
        i++;
        continue;
      }
      const m = /^%(-?\d*)(\{)?/.exec(fmt.slice(i))!;
      if (!m[2]) return 'missing { after %';
      const close = fmt.indexOf('}', i);
      if (close < 0) return 'missing } after %{';
      const body = fmt.slice(i + m[0].length, close);
      if (/[[\]|?:]/.test(body)) return 'unsupported';
      if (!body) return 'empty tag name';
      if (text) parts.push({ text });
      text = '';
      parts.push({ tag: body.replace(/^RPMTAG_/i, '').toUpperCase(), width: m[1] });
      i = close;
      continue;
    }
    if (c === '[' || c === ']' || c === '}') return c === ']' ? 'unexpected ]' : c === '}' ? 'unexpected }' : 'unsupported';
    text += c;
  }
  if (text) parts.push({ text });
  return parts;
}

function tagValue(p: InstalledPackage, tag: string): string | undefined {
  const e = p.epoch ? `${p.epoch}:` : '';
  switch (tag) {
    case 'NAME':
      return p.name;
    case 'VERSION':
      return p.version;
    case 'RELEASE':
      return p.release;
    case 'ARCH':
      return p.arch;
    case 'EPOCH':
      return p.epoch ?? '(none)';
    case 'NEVRA':
      return `${p.name}-${e}${p.version}-${p.release}.${p.arch}`;
    case 'NVRA':
      return `${p.name}-${p.version}-${p.release}.${p.arch}`;
    case 'NVR':
      return `${p.name}-${p.version}-${p.release}`;
    case 'NEVR':
      return `${p.name}-${e}${p.version}-${p.release}`;
    case 'EVR':
      return `${e}${p.version}-${p.release}`;
  }
  return undefined;
}

/** The package through the format; undefined when it names a tag the simulator does not keep. */
export function renderQf(parts: Part[], p: InstalledPackage): string | undefined {
  let out = '';
  for (const part of parts) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    const v = tagValue(p, part.tag);
    if (v === undefined) return undefined;
    const w = Number(part.width.replace('-', '')) || 0;
    out += part.width.startsWith('-') ? v.padEnd(w) : v.padStart(w);
  }
  return out;
}
