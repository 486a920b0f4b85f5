// visudo -h of sudo 1.9.5p2 (plugins/sudoers/visudo.c help() and usage()), as the program built from SUDO_1_9_5p2
// prints it.
export const help =
  'visudo - safely edit the sudoers file\n\n' +
  'usage: visudo [-chqsV] [[-f] sudoers ]\n\n' +
  'Options:\n' +
  '  -c, --check              check-only mode\n' +
  '  -f, --file=sudoers       specify sudoers file location\n' +
  '  -h, --help               display help message and exit\n' +
  '  -q, --quiet              less verbose (quiet) syntax error messages\n' +
  '  -s, --strict             strict syntax checking\n' +
  '  -V, --version            display version information and exit\n\n';

export const usage = 'usage: visudo [-chqsV] [[-f] sudoers ]\n';
