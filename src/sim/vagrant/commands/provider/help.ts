// `vagrant provider --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant provider [options] [args]

This command interacts with the provider for this environment.
With no arguments, it'll output the default provider for this
environment.

Options:

        --install                    Installs the provider if possible
        --usable                     Checks if the named provider is usable
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
