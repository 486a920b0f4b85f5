// ssh's usage() and version line of OpenSSH 8.7p1 (ssh.c, version.h), built with Rocky 9.5's OpenSSL 3.2.2.
export const help =
  'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]\n' +
  '           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]\n' +
  '           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]\n' +
  '           [-i identity_file] [-J [user@]host[:port]] [-L address]\n' +
  '           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]\n' +
  '           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]\n' +
  '           [-w local_tun[:remote_tun]] destination [command]\n';

/** SSH_RELEASE ", " OpenSSL_version(OPENSSL_VERSION), printed by -V to stderr. */
export const version = 'OpenSSH_8.7p1, OpenSSL 3.2.2 4 Jun 2024\n';
