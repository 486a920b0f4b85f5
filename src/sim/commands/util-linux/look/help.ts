// `look --help` and `look --version` of util-linux 2.37.4, read from its source by scripts/golden/util-linux-specs.ts.
export const help = "\nUsage:\n look [options] <string> [<file>...]\n\nDisplay lines beginning with a specified string.\n\nOptions:\n -a, --alternative        use the alternative dictionary\n -d, --alphanum           compare only blanks and alphanumeric characters\n -f, --ignore-case        ignore case differences when comparing\n -t, --terminate <char>   define the string-termination character\n\n -h, --help               display this help\n -V, --version            display version\n\nFor more details see look(1).\n";

export const version = "look from util-linux 2.37.4\n";
