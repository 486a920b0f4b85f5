// `vagrant help serve` (serve itself starts the server whatever follows it), as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant serve

Options:

        --bind ADDR                  Bind to specific address. Default: localhost
        --min-port PORT              Minimum port number to use. Default: 40000
        --max-port PORT              Maximum port number to use. Default: 50000
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
