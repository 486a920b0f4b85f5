// openssl of OpenSSL 3.2.2 (Rocky 9.5's openssl-3.2.2-6.el9_5): the program reads its own words (a command, then
// that command's options in apps/lib/opt.c's style), so the spec only names it and offers the commands on Tab.
import type { CommandSpec } from '../../spec/types';

export const COMMANDS = ['base64', 'dgst', 'ecparam', 'enc', 'genpkey', 'genrsa', 'help', 'list', 'md5', 'pkey', 'rand', 'req', 'rsa', 's_client', 'sha1', 'sha256', 'sha512', 'verify', 'version', 'x509'];

export const spec: CommandSpec = {
  name: 'openssl',
  style: 'gnu',
  synopsis: 'openssl command [ options ... ] [ parameters ... ]',
  rawArgs: true,
  helpFlags: [],
  complete: (operands) => (operands.length ? [] : COMMANDS),
};
