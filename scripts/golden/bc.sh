#!/bin/bash
# Records GNU bc 1.07.1 (Debian 12's bc 1.07.1-3; Rocky 9.5's bc-1.07.1-14.el9 packages the same 1.07.1) over
# programs given on standard input, each case as `printf ... | bc [options]`. Output goes to
# tests/golden/bc/NN/{cmd,stdout,stderr,status}. The banner of an interactive bc is recorded through script(1) (a tty).
# Usage: scripts/golden/bc.sh
set -euo pipefail
out=$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/bc
rm -rf "$out" && mkdir -p "$out"
n=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1))
  c=$(printf '%s/%02d' "$out" "$n") && mkdir -p "$c"
  printf '%s\n' "$line" > "$c/cmd"
  set +e
  (cd /tmp && env -u BC_LINE_LENGTH -u BC_ENV_ARGS -u POSIXLY_CORRECT bash -c "$line") > "$c/stdout" 2> "$c/stderr" < /dev/null
  echo $? > "$c/status"
  set -e
done <<'CASES'
echo '1+2' | bc
echo '10/3' | bc
echo 'scale=2; 10/3' | bc
echo '10/3' | bc -l
echo '7%3; -7%3; 7.5%2' | bc
echo 'scale=4; 7.5%2' | bc
echo '2^10; 2^-2; 1.5^3; 0.5*0.5' | bc
echo 'scale=3; 2^-2; 1.5^3; 0.5*0.5; -1/3' | bc
echo '0.5; -0.5; 1.50; 000.100; 0' | bc
echo '2^300' | bc
echo 'scale=100; 1/7' | bc
echo 'sqrt(2); scale=10; sqrt(2); sqrt(16); sqrt(0.25)' | bc
echo 'a=5; b=a*2; b; a++; a; ++a; --a; a--; a' | bc
echo 'x=3; x+=4; x; x*=2; x; x-=1; x; x/=2; x; x%=4; x; x^=3; x' | bc
echo '1<2; 2<1; 3==3; 3!=3; 1<=1; 2>=3; 1&&0; 1||0; !0; !5' | bc
echo 'define f(n) { if (n <= 1) return (1); return (n * f(n-1)); }; f(10); f(25)' | bc
echo 'for (i=1; i<=5; i++) { i^2 }' | bc
echo 'i=0; while (i < 3) { print "i=", i, "\n"; i = i + 1 }' | bc
echo 'define g(x) { auto y; y = x * 2; return (y + 1) }; g(4); y' | bc
echo 'length(123.45); scale(123.45); length(0.001); scale(1/3)' | bc -l
echo 'obase=16; 255; 4096; 10.5' | bc
echo 'obase=2; 10; 255' | bc
echo 'ibase=16; FF; A0' | bc
echo 'scale; ibase; obase' | bc
echo 'scale' | bc -l
echo '"hello"; print "world\n"' | bc
echo '1+' | bc
echo '1 +* 2' | bc
echo '1/0' | bc
echo 'x = 1 /* comment */ + 1; x' | bc
echo 'if (1 > 0) 10 else 20' | bc
echo '3; last; .' | bc
echo 'quit' | bc
echo '1; quit; 2' | bc
echo '-5 + 2; -(3*4)' | bc
echo 'scale=5; 3.14159 * 2; 22/7' | bc
echo '123456789012345678901234567890 * 987654321098765432109876543210' | bc
printf '1+1\n2*3\n' | bc -q
echo 'e(1); l(2); s(1); c(1); a(1); j(0,1); j(1,2.5); 4*a(1)' | bc -l
echo 'e(10); e(-1); e(0.5); l(10); l(0.1); l(0); l(-1)' | bc -l
echo 's(3.14159); c(0); s(-2); c(10); a(0.2); a(5); a(-0.5)' | bc -l
echo 'scale=50; 4*a(1); e(1); l(3)' | bc -l
echo 'scale=5; e(2); l(7); s(0.5); c(0.5); a(2); j(2,3)' | bc -l
echo 'scale=0; e(1); e(3); l(100)' | bc -l
echo 'scale=70; 4*a(1)' | bc -l
echo 'j(-1,1); j(3,10); e(100)' | bc -l
echo 'define s(x) { return (x*2) }; s(3)' | bc -l
echo 'e(1)' | bc
echo '1 @ 2' | bc
echo 'X = 5' | bc
echo 'a[0]=3; a[5]=7; a[0]+a[5]; a[2]' | bc
echo 'obase=20; 1000; obase=100; 123456' | bc
echo 'limits' | bc
echo 'scale=3; x=2/3; x*3; -x' | bc
echo '2^3^2; -2^2; (-2)^3' | bc
echo 'ibase=2; 1010; ibase=1010; 99' | bc
echo '5 == 5.0; 1.10 == 1.1; 0.1+0.2' | bc
echo 'for (i=0; i<3; i++) { if (i==1) continue; i; }; while (1) { break; }; 9' | bc
echo '"unterminated' | bc
echo 'x=7; x' > /tmp/bcfile.b; bc -q /tmp/bcfile.b < /dev/null
echo 'define f(x) { return x*2; }; f(3)' | bc
echo 'scale=2; sqrt(-4); 5' | bc
echo 'print 1, 2, "\n"' | bc
echo '1 /* unterminated' | bc
echo '10 % 0' | bc
echo 'length(0); length(100); scale(0.00); length(.000)' | bc
echo 'define f(x) { auto y; y = 10; return (y / x); }; f(2); f(0); 7' | bc
echo 'x = 3; y = 4; x + y; if (x < y) { z = x / (y - 4) }; 8' | bc
echo 'for (i = 3; i >= 0; i--) { 12 / i }' | bc
echo 'a[2] = 5; i = 0; while (i < 3) { i += 1; a[2] % (2 - i) }' | bc
echo 'print "x=", 1/0, "\n"' | bc
echo 'x = 5; x /= 0; x' | bc
echo 'undefined(1, 2); 3' | bc
echo '1 && 2/0; 0 || 3/0' | bc
echo '"abc"; 12345 / 0' | bc
echo 'define g(n) { return (h(n)); }; g(1)' | bc
bc --version
bc -v
bc --help
bc -h
bc --bogus
echo '1+1' | bc nofile
CASES
# the banner an interactive bc prints before its first prompt (no prompt of its own), then quit
c=$(printf '%s/%02d' "$out" $((n + 1))) && mkdir -p "$c"
printf 'bc  (interactive: quit)\n' > "$c/cmd"
(cd /tmp && printf 'quit\n' | script -qec 'bc' /dev/null) 2>&1 | tr -d '\r' | sed -n '/^bc /,/^For details/p' > "$c/stdout" || true
echo 0 > "$c/status"; : > "$c/stderr"
echo "recorded $((n + 1)) cases in $out"
