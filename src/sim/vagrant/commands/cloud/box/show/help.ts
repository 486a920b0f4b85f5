// `vagrant cloud box show --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant cloud box show [options] organization/box-name

Displays a boxes attributes on Vagrant Cloud

Options:

        --architectures ARCH         Filter results by architecture support (can be defined multiple times)
        --versions VERSION           Display box information for a specific version (can be defined multiple times)
        --providers PROVIDER         Filter results by provider support (can be defined multiple times)
        --[no-]auth                  Authenticate with Vagrant Cloud if required before searching
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
