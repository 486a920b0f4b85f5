// ssh-keyscan's usage() of OpenSSH 8.7p1 (ssh-keyscan.c).
export const help = 'usage: ssh-keyscan [-46cDHv] [-f file] [-p port] [-T timeout] [-t type]\n\t\t   [host | addrlist namelist]\n';
