// The main input: the files named in ARGV (or standard input) read record by record, with the `name=value`
// operands assigned as they are reached; and the value of such an assignment.
import type { Interp } from './interp';
import { RecordReader } from './records';
import { AwkFatal } from './state';

/** A -v or command-line assignment's value: escape sequences are processed as in a string constant. */
export function unescapeValue(s: string): string {
  return s.replace(/\\(["\\/abfnrtv]|[0-7]{1,3}|.)/g, (_, c: string) => {
    const m: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', '/': '/' };
    if (c in m) return m[c];
    if (/^[0-7]+$/.test(c)) return String.fromCharCode(parseInt(c, 8) & 255);
    return '\\' + c;
  });
}

/** The files of ARGV (or standard input) read one record at a time; `name=value` operands assign as reached. */
export class MainInput {
  private i = 1;
  private reader: RecordReader | null = null;
  private usedFile = false;
  private done = false;

  constructor(private readonly it: Interp) {}

  skipFile(): void {
    this.reader = null;
  }

  nextRecord(): { rec: string } | null {
    const st = this.it.st;
    for (;;) {
      if (this.reader) {
        const r = this.reader.next(st.str('RS'), st.ignoreCase);
        if (r) {
          st.setVar('RT', r.rt);
          return r;
        }
        this.reader = null;
      }
      if (this.done) return null;
      const argc = Math.trunc(st.num('ARGC'));
      const argv = st.cell('ARGV').arr();
      let opened = false;
      while (this.i < argc) {
        const v = argv.get(String(this.i++));
        const arg = v === undefined ? '' : st.toStr(v);
        if (arg === '') continue;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(arg);
        if (m) {
          this.it.assignVar(m[1], m[2]);
          continue;
        }
        this.usedFile = true;
        st.setVar('FILENAME', arg);
        st.setVar('FNR', 0);
        const r = arg === '-' || arg === '/dev/stdin' ? { ok: true as const, text: this.it.sys.stdin } : this.it.sys.readFile(arg);
        if (!r.ok) {
          if (r.errno === 'EISDIR') {
            this.it.io.warn(`command line argument \`${arg}' is a directory: skipped`);
            continue;
          }
          throw new AwkFatal(`cannot open file \`${arg}' for reading: ${r.message}`);
        }
        this.reader = new RecordReader(r.text);
        opened = true;
        break;
      }
      if (!opened) {
        if (this.usedFile) {
          this.done = true;
          return null;
        }
        this.usedFile = true;
        this.done = true;
        st.setVar('FILENAME', '-');
        this.reader = new RecordReader(this.it.sys.stdin);
      }
    }
  }
}
