// The checks libpwquality 1.4.4 makes of a new password with its default settings (src/check.c pwquality_check and
// password_check; minlen 8, no credits, difok 1, usercheck on), and its words for them (src/error.c), which
// pam_pwquality prints after "BAD PASSWORD: ". The cracklib dictionary check is not made (DIFFERENCES.md).

const MIN_LENGTH = 8;
const MIN_WORD_LENGTH = 4;

const palindrome = (s: string) => [...s].every((c, j) => c === s[s.length - j - 1]);

/** The error message for `pw`, or null when libpwquality takes it. `old` is the current password (non-root). */
export function pwqualityCheck(pw: string, old: string | null, user: string): string | null {
  if (!pw) return 'No password supplied';
  if (old && old === pw) return 'The password is the same as the old one';
  const mono = pw.toLowerCase();
  const oldMono = old ? old.toLowerCase() : null;
  if (palindrome(mono)) return 'The password is a palindrome';
  if (oldMono !== null && oldMono === mono) return 'The password differs with case changes only';
  if (pw.length < MIN_LENGTH) return `The password is shorter than ${MIN_LENGTH} characters`;
  if (oldMono && (oldMono + oldMono).includes(mono)) return 'The password is just rotated old one';
  const u = user.toLowerCase();
  if (u.length >= MIN_WORD_LENGTH && (mono.includes(u) || mono.includes([...u].reverse().join('')))) return 'The password contains the user name in some form';
  return null;
}
