// gawk's regular expressions: POSIX ERE with GNU operators and awk's escapes, matched leftmost-longest
// (lib/posix-regex).
import { compile as compilePosix, type Rx } from '../lib/posix-regex/index';

export { RegexError } from '../lib/posix-regex/index';

/** The compiled regex (global for scanning, ignoreCase for IGNORECASE); throws RegexError. */
export function compile(src: string, ignoreCase = false, global = false): Rx {
  return compilePosix(src, { kind: 'awk', intervalOrd: true, parenOrd: true, icase: ignoreCase, global });
}
