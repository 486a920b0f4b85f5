// ssh-add's usage() of OpenSSH 8.7p1 (ssh-add.c; Rocky's build has no XMSS, so no -M/-m line).
export const help =
  'usage: ssh-add [-cDdKkLlqvXx] [-E fingerprint_hash] [-S provider] [-t life]\n' +
  '               [file ...]\n' +
  '       ssh-add -s pkcs11\n' +
  '       ssh-add -e pkcs11\n' +
  '       ssh-add -T pubkey ...\n';
