// `vagrant snapshot push --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant snapshot push [options] [vm-name]

Take a snapshot of the current state of the machine and 'push'
it onto the stack of states. You can use \`vagrant snapshot pop\`
to restore back to this state at any time.

If you use \`vagrant snapshot save\` or restore at any point after
a push, pop will still bring you back to this pushed state.
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
