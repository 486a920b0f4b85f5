// `vagrant upload --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant upload [options] <source> [destination] [name|id]

Options:

    -t, --temporary                  Upload source to temporary directory
    -c, --compress                   Use gzip compression for upload
    -C, --compression-type=TYPE      Type of compression to use (tgz, zip)
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
