// What `popd /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Changes to the directory stored by the PUSHD command.

POPD


If Command Extensions are enabled the POPD command will delete
any temporary drive letter created by PUSHD when you POPD that
drive off the pushed directory stack.
`;
