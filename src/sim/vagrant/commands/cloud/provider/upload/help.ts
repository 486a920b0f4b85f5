// `vagrant cloud provider upload --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant cloud provider upload [options] organization/box-name provider-name version architecture box-file

Uploads a box file to Vagrant Cloud for a specific provider

Options:

    -D, --[no-]direct                Upload asset directly to backend storage
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
