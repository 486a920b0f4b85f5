// Prompt strings (PS1, PS2, PS4) as parse.y's decode_prompt_string reads them: the backslash escapes first
// (\u \h \H \w \W \$ \s \v \V \d \t \T \@ \A \D{fmt} \n \j \l \! \# \a \e \r \\ \nnn, \[ \] dropped), then the
// expansions of a double-quoted word (promptvars), which the caller does.
import type { Frame } from '../context';

export interface PromptInfo {
  user: string;
  hostname: string;
  home?: string;
  euid0: boolean;
  /** The local time, for \d \t \T \@ \A \D{} */
  now: Date;
  jobs: number;
  /** The number the next history entry gets */
  histNumber: number;
  commandNumber: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** strftime in the C locale and UTC (the guests' zone), for prompts and printf's %(...)T. */
export function strftime(fmt: string, d: Date): string {
  const h12 = d.getUTCHours() % 12 || 12;
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  return fmt.replace(/%([aAbBhcCdDeFHIjklmMnpsStTuwxXyYzZRr%])/g, (_m, c: string) => {
    switch (c) {
      case 'a': return DAYS[d.getUTCDay()];
      case 'A': return LONG_DAYS[d.getUTCDay()];
      case 'b': case 'h': return MONTHS[d.getUTCMonth()];
      case 'B': return LONG_MONTHS[d.getUTCMonth()];
      case 'c': return strftime('%a %b %e %H:%M:%S %Y', d);
      case 'C': return p2(Math.floor(d.getUTCFullYear() / 100));
      case 'D': case 'x': return strftime('%m/%d/%y', d);
      case 'F': return strftime('%Y-%m-%d', d);
      case 'j': return String(yday).padStart(3, '0');
      case 'k': return String(d.getUTCHours()).padStart(2, ' ');
      case 'l': return String(h12).padStart(2, ' ');
      case 'n': return '\n';
      case 't': return '\t';
      case 's': return String(Math.floor(d.getTime() / 1000));
      case 'u': return String(d.getUTCDay() || 7);
      case 'w': return String(d.getUTCDay());
      case 'z': return '+0000';
      case 'Z': return 'UTC';
      case 'r': return strftime('%I:%M:%S %p', d);
      case 'd': return p2(d.getUTCDate());
      case 'e': return String(d.getUTCDate()).padStart(2, ' ');
      case 'H': return p2(d.getUTCHours());
      case 'I': return p2(h12);
      case 'M': return p2(d.getUTCMinutes());
      case 'S': return p2(d.getUTCSeconds());
      case 'p': return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'Y': return String(d.getUTCFullYear());
      case 'y': return p2(d.getUTCFullYear() % 100);
      case 'm': return p2(d.getUTCMonth() + 1);
      case 'X': case 'T': return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
      case 'R': return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
      case '%': return '%';
      default: return '';
    }
  });
}

/** sh_backslash_quote_for_double_quotes: what the later expansion would otherwise read as special. */
const dq = (s: string) => s.replace(/[$`"\\]/g, (c) => '\\' + c);

/** decode_prompt_string's escapes; the result is to be expanded as the inside of double quotes. */
export function decodePrompt(text: string, frame: Frame, info: PromptInfo): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined) {
      out += '\\';
      continue;
    }
    i++;
    switch (e) {
      case 'a': out += '\x07'; break;
      case 'e': out += '\x1b'; break;
      case 'r': out += '\r'; break;
      case 'n': out += '\n'; break;
      case '\\': out += '\\'; break;
      case 'd': out += strftime('%a %b %d', info.now); break;
      case 't': out += strftime('%H:%M:%S', info.now); break;
      case 'T': out += strftime('%I:%M:%S', info.now); break;
      case '@': out += strftime('%I:%M %p', info.now); break;
      case 'A': out += strftime('%H:%M', info.now); break;
      case 'D': {
        if (text[i + 1] !== '{') {
          out += '\\D';
          break;
        }
        const end = text.indexOf('}', i + 2);
        const fmt = text.slice(i + 2, end < 0 ? text.length : end);
        out += dq(strftime(fmt || '%X', info.now));
        i = end < 0 ? text.length : end;
        break;
      }
      case 's': out += dq('bash'); break;
      case 'v': out += '5.1'; break;
      case 'V': out += '5.1.8'; break;
      case 'w':
      case 'W': {
        let pwd = frame.env.PWD ?? frame.cwd;
        const home = frame.env.HOME;
        if (e === 'W' && (home === undefined || home !== pwd)) {
          if (pwd !== '/' && pwd !== '//') pwd = pwd.slice(pwd.lastIndexOf('/') + 1);
        } else if (home && home !== '/' && (pwd === home || pwd.startsWith(home + '/'))) pwd = '~' + pwd.slice(home.length);
        out += dq(pwd);
        break;
      }
      case 'u': out += info.user; break;
      case 'h': out += dq(info.hostname.split('.')[0]); break;
      case 'H': out += dq(info.hostname); break;
      case '#': out += String(info.commandNumber); break;
      case '!': out += String(info.histNumber); break;
      case '$': out += info.euid0 ? '#' : '\\$'; break;
      case 'j': out += String(info.jobs); break;
      case 'l': out += 'pts/0'.slice(4); break;
      case '[':
      case ']':
        break;
      default:
        if (/[0-7]/.test(e)) {
          const m = /^[0-7]{1,3}/.exec(text.slice(i))![0];
          out += String.fromCharCode(parseInt(m, 8) & 0xff);
          i += m.length - 1;
        } else out += '\\' + e;
    }
  }
  return out;
}
