// `vagrant box add`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'add',
  style: 'ruby',
  synopsis: 'vagrant box add [options] <name, url, or path>',
  flags: [
    { short: 'c', long: 'clean', description: 'Clean any temporary download files' },
    { short: 'f', long: 'force', description: 'Overwrite an existing box if it exists' },
    { long: 'insecure', description: 'Do not validate SSL certificates' },
    { long: 'cacert', value: 'required', arg: 'FILE', description: 'CA certificate for SSL download' },
    { long: 'capath', value: 'required', arg: 'DIR', description: 'CA certificate directory for SSL download' },
    { long: 'cert', value: 'required', arg: 'FILE', description: 'A client SSL cert, if needed' },
    { long: 'location-trusted', description: 'Trust \'Location\' header from HTTP redirects and use the same credentials for subsequent urls as for the initial one' },
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH', description: 'Architecture the box should satisfy' },
    { long: 'provider', value: 'required', arg: 'PROVIDER', description: 'Provider the box should satisfy' },
    { long: 'box-version', value: 'required', arg: 'VERSION', description: 'Constrain version of the added box' },
    { long: 'checksum', value: 'required', arg: 'CHECKSUM', description: 'Checksum for the box' },
    { long: 'checksum-type', value: 'required', arg: 'TYPE', description: 'Checksum type (md5, sha1, sha256)' },
    { long: 'name', value: 'required', arg: 'BOX', description: 'Name of the box' },
  ],
  // add.rb: CLIInvalidUsage when argv is empty or longer than 2
  operands: { min: 1, max: 2 },
  help: () => import('./help').then((m) => m.default),
};
