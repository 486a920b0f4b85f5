// ssh-copy-id's usage() in OpenSSH 8.7p1 (contrib/ssh-copy-id, a /bin/sh script: $0 is its path).
export const help =
  'Usage: /usr/bin/ssh-copy-id [-h|-?|-f|-n|-s] [-i [identity_file]] [-p port] [-F alternative ssh_config file] [[-o <ssh -o options>] ...] [user@]hostname\n' +
  '\t-f: force mode -- copy keys without trying to check if they are already installed\n' +
  '\t-n: dry run    -- no keys are actually copied\n' +
  '\t-s: use sftp   -- use sftp instead of executing remote-commands. Can be useful if the remote only allows sftp\n' +
  '\t-h|-?: print this help\n';
