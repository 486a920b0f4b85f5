// The snapshot commands' texts, as Vagrant 2.4 words them (templates/locales/en.yml: vagrant.actions.vm.snapshot,
// vagrant.commands.snapshot, vagrant.errors.snapshot_force, snapshot_not_found, vm_creation_required).
export const S = {
  saving: "Snapshotting the machine as '%{name}'...",
  saved: 'Snapshot saved! You can restore the snapshot at any time by\nusing `vagrant snapshot restore`. You can delete it using\n`vagrant snapshot delete`.',
  restoring: "Restoring the snapshot '%{name}'...",
  deleting: "Deleting the snapshot '%{name}'...",
  deleted: 'Snapshot deleted!',
  list_none: 'No snapshots have been taken yet!',
  list_none_detail:
    'You can take a snapshot using `vagrant snapshot save`. Note that\nnot all providers support this yet. Once a snapshot is taken, you\ncan list them using this command, and use commands such as\n`vagrant snapshot restore` to go back to a certain snapshot.',
  save_vm_not_created: "Machine '%{name}' has not been created yet, and therefore cannot save snapshots. Skipping...",
  no_push_snapshot: 'No pushed snapshot found!\n\nUse `vagrant snapshot push` to push a snapshot to restore to.',
  force: 'You must include the `--force` option to replace an existing snapshot.',
  not_found: 'The snapshot name `%{snapshot_name}` was not found for the\nvirtual machine `%{machine}`.',
  vm_creation_required: 'VM must be created before running this command. Run `vagrant up` first.',
};

export function t(text: string, vars: Record<string, string>): string {
  return text.replace(/%\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
