// sftp's usage() and the table its help command prints, of OpenSSH 8.7p1 (sftp.c usage() and help()).
export const usage =
  'usage: sftp [-46AaCfNpqrv] [-B buffer_size] [-b batchfile] [-c cipher]\n' +
  '          [-D sftp_server_path] [-F ssh_config] [-i identity_file]\n' +
  '          [-J destination] [-l limit] [-o ssh_option] [-P port]\n' +
  '          [-R num_requests] [-S program] [-s subsystem | sftp_server]\n' +
  '          destination\n';

export const commands =
  'Available commands:\n' +
  'bye                                Quit sftp\n' +
  "cd path                            Change remote directory to 'path'\n" +
  "chgrp [-h] grp path                Change group of file 'path' to 'grp'\n" +
  "chmod [-h] mode path               Change permissions of file 'path' to 'mode'\n" +
  "chown [-h] own path                Change owner of file 'path' to 'own'\n" +
  'df [-hi] [path]                    Display statistics for current directory or\n' +
  "                                   filesystem containing 'path'\n" +
  'exit                               Quit sftp\n' +
  'get [-afpR] remote [local]         Download file\n' +
  'help                               Display this help text\n' +
  "lcd path                           Change local directory to 'path'\n" +
  'lls [ls-options [path]]            Display local directory listing\n' +
  'lmkdir path                        Create local directory\n' +
  'ln [-s] oldpath newpath            Link remote file (-s for symlink)\n' +
  'lpwd                               Print local working directory\n' +
  'ls [-1afhlnrSt] [path]             Display remote directory listing\n' +
  "lumask umask                       Set local umask to 'umask'\n" +
  'mkdir path                         Create remote directory\n' +
  'progress                           Toggle display of progress meter\n' +
  'put [-afpR] local [remote]         Upload file\n' +
  'pwd                                Display remote working directory\n' +
  'quit                               Quit sftp\n' +
  'reget [-fpR] remote [local]        Resume download file\n' +
  'rename oldpath newpath             Rename remote file\n' +
  'reput [-fpR] local [remote]        Resume upload file\n' +
  'rm path                            Delete remote file\n' +
  'rmdir path                         Remove remote directory\n' +
  'symlink oldpath newpath            Symlink remote file\n' +
  'version                            Show SFTP version\n' +
  "!command                           Execute 'command' in local shell\n" +
  '!                                  Escape to local shell\n' +
  '?                                  Synonym for help\n';
