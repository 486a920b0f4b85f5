// `vagrant cloud auth login --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant cloud auth login [options]

Options:

    -c, --check                      Checks if currently logged in
    -d, --description DESCRIPTION    Set description for the Vagrant Cloud token
    -t, --token TOKEN                Set the Vagrant Cloud token
    -u, --username USERNAME_OR_EMAIL Vagrant Cloud username or email address
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
