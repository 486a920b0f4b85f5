// What `mkdir /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Creates a directory.

MKDIR [drive:]path
MD [drive:]path

If Command Extensions are enabled MKDIR changes as follows:

MKDIR creates any intermediate directories in the path, if needed.
For example, assume \\a does not exist then:

    mkdir \\a\\b\\c\\d

is the same as:

    mkdir \\a
    chdir \\a
    mkdir b
    chdir b
    mkdir c
    chdir c
    mkdir d

which is what you would have to type if extensions were disabled.
`;
