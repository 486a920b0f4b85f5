// scp's usage() of OpenSSH 8.7p1 (scp.c).
export const help =
  'usage: scp [-346ABCOpqRrsTv] [-c cipher] [-D sftp_server_path] [-F ssh_config]\n' +
  '           [-i identity_file] [-J destination] [-l limit]\n' +
  '           [-o ssh_option] [-P port] [-S program] source ... target\n';
