// `vagrant cloud box create --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant cloud box create [options] organization/box-name

Creates an empty box entry on Vagrant Cloud

Options:

    -d, --description DESCRIPTION    Full description of the box
    -s DESCRIPTION,                  Short description of the box
        --short-description
    -p, --[no-]private               Makes box private
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
