// What `echo /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Displays messages, or turns command-echoing on or off.

  ECHO [ON | OFF]
  ECHO [message]

Type ECHO without parameters to display the current echo setting.
`;
