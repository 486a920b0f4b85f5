// `systemd-cgtop --help` of systemd 252 (src/cgtop/cgtop.c help(), default depth 3), stdout not a terminal.
export const help =
  'systemd-cgtop [OPTIONS...] [CGROUP]\n\n' +
  'Show top control groups by their resource usage.\n\n' +
  '  -h --help           Show this help\n' +
  '     --version        Show package version\n' +
  '  -p --order=path     Order by path\n' +
  '  -t --order=tasks    Order by number of tasks/processes\n' +
  '  -c --order=cpu      Order by CPU load (default)\n' +
  '  -m --order=memory   Order by memory load\n' +
  '  -i --order=io       Order by IO load\n' +
  '  -r --raw            Provide raw (not human-readable) numbers\n' +
  '     --cpu=percentage Show CPU usage as percentage (default)\n' +
  '     --cpu=time       Show CPU usage as time\n' +
  '  -P                  Count userspace processes instead of tasks (excl. kernel)\n' +
  '  -k                  Count all processes instead of tasks (incl. kernel)\n' +
  '     --recursive=BOOL Sum up process count recursively\n' +
  '  -d --delay=DELAY    Delay between updates\n' +
  '  -n --iterations=N   Run for N iterations before exiting\n' +
  '  -1                  Shortcut for --iterations=1\n' +
  '  -b --batch          Run in batch mode, accepting no input\n' +
  '     --depth=DEPTH    Maximum traversal depth (default: 3)\n' +
  '  -M --machine=       Show container\n' +
  '\nSee the systemd-cgtop(1) man page for details.\n';
