// `nslookup /?` of nslookup.exe 10.0.22000 as strontic's page records it (on stderr; tests/golden/cmd/SOURCES.md).
export default `Usage:
   nslookup [-opt ...]             # interactive mode using default server
   nslookup [-opt ...] - server    # interactive mode using 'server'
   nslookup [-opt ...] host        # just look up 'host' using default server
   nslookup [-opt ...] host server # just look up 'host' using 'server'
`;
