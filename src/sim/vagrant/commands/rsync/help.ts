// `vagrant rsync --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant rsync [vm-name]

This command forces any synced folders with type 'rsync' to sync.
RSync is not an automatic sync so a manual command is used.

Options:

        --[no-]rsync-chown           Use rsync to modify ownership
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
