// `vagrant cloud provider delete --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant cloud provider delete [options] organization/box-name provider-name version [architecture]

Deletes a provider entry on Vagrant Cloud

Options:

    -f, --[no-]force                 Force deletion of box version provider without confirmation
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
