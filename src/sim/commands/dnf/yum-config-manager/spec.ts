// yum-config-manager of yum-utils 4.3.0 (dnf-plugins-core): libexec/dnf-utils runs dnf's main with
// `config-manager` before the words given, so options, help and usage errors are dnf config-manager's
// (its help and errors name `dnf config-manager`; tests/golden/dnf/ycm-*).
import type { CommandSpec } from '../../../spec/types';
import { dnfSpec } from '../spec';

const dnf = dnfSpec('dnf');
const cm = dnf.subcommands!.find((s) => s.name === 'config-manager')!;

export const spec: CommandSpec = {
  ...cm,
  name: 'yum-config-manager',
  aliases: [],
  globalFlags: dnf.globalFlags,
  onError: (e) => dnf.onError!(e, [dnf, cm]),
};
