// How GNU coreutils quote names in messages (gnulib quotearg): quotef() for file names (shell-escape style, a
// colon quoted too) and quote() for other words (‘x’ in the guest's UTF-8 locale).

/** quotef: the name as is when the shell would read it back unchanged, else in single quotes. */
export function quotef(name: string): string {
  if (name !== '' && !/[\s!"#$&'()*;<=>?[\\\]^`{|}~:]/.test(name)) return name;
  if (/[\x00-\x1f\x7f]/.test(name)) {
    // control characters leave the quotes as $'\n' pieces
    return (
      "'" +
      name.replace(/'/g, "'\\''").replace(/[\x00-\x1f\x7f]+/g, (m) => "'$'" + [...m].map((c) => ({ '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] ?? '\\' + c.charCodeAt(0).toString(8).padStart(3, '0')).join('') + "''") +
      "'"
    ).replace(/^''|''$/g, '');
  }
  return "'" + name.replace(/'/g, "'\\''") + "'";
}

/** quoteaf (shell-escape-always): in single quotes even when the shell would not need them. */
export const quoteAlways = (name: string) => (/[\x00-\x1f\x7f]/.test(name) ? quotef(name) : "'" + name.replace(/'/g, "'\\''") + "'");

/** quote(): the word between ‘ and ’ (locale_quoting_style in a UTF-8 locale). */
export const quote = (word: string) => `‘${word}’`;
