#!/bin/bash
# Records GNU dc 1.4.1 from bc 1.07.1 (Debian 12's dc 1.07.1-3; Rocky 9.5's bc-1.07.1-14.el9 packages the same
# 1.07.1 release and its dc) over programs on standard input, -e and -f, each case a shell line run in a scratch
# directory holding prog.dc. Output goes to tests/golden/dc/NN/{cmd,stdout,stderr,status}.
# Usage: scripts/golden/dc.sh
set -euo pipefail
out=$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/dc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '[Hello from a file]p\n2 3*p\n' > "$work/prog.dc"
mkdir "$work/sub"
rm -rf "$out" && mkdir -p "$out"
n=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1))
  c=$(printf '%s/%02d' "$out" "$n") && mkdir -p "$c"
  printf '%s\n' "$line" > "$c/cmd"
  set +e
  (cd "$work" && env -u DC_LINE_LENGTH -u POSIXLY_CORRECT bash -c "$line") > "$c/stdout" 2> "$c/stderr" < /dev/null
  echo $? > "$c/status"
  set -e
done <<'CASES'
dc --help
dc -h
dc --version
dc -V
dc -x
dc --bogus
dc --expr
dc -e
dc --help=1
dc -e '1p' -h
echo '1 2 + p' | dc
echo '2 3 * p 10 3 / p 10 3 % p 2 10 ^ p' | dc
echo '1 2 3 f' | dc
echo '5 3 - p _5 3 / p 5 _3 % p' | dc
echo '3k 10 3 / p 1 3 / p 2 v p 16 v p 1 v p 0 v p' | dc
echo '3k 7 3 ~ f' | dc
echo '20k 2v p 1 7 / p' | dc
echo '2 500 ^ p' | dc
echo '2 _2 ^ p 3k 2 _3 ^ p 1.5 3 ^ p 0.5 0.5 * p' | dc
echo '2 3.5 ^ p 2 3.0 ^ p' | dc
echo '.5 p _.5 p 1.50 p 000.100 p 0 p _0 p 1.2.3 f' | dc
echo '16o 255 p 4096 p 10.5 p 2o 10 p 255 p 20o 1000 p' | dc
echo '16i FF p A0 p 1.8 p A p 10i 1A p Ip' | dc
echo 'A p 16o F p' | dc
echo 'K p O p I p 5k K p' | dc
echo '6 7 8 3 | p 4 2 0 | f' | dc
echo '4 _2 5 | f' | dc
echo '2.5 3 5 |p 2 3.5 5|p 2 3 5.5|p 2k 4 3 5|p 4 0 5|p 4 3 1|p 0k 7 1000 13|p' | dc
echo 'p' | dc
echo '+' | dc
echo 'd' | dc
echo 'x' | dc
echo '1 0 / f' | dc
echo '1 0 % f' | dc
echo '1 0 ~ f' | dc
echo '_4 v f' | dc
echo '[a] 1 + f' | dc
echo '[a] v' | dc
echo '1 2 3 z p c z p' | dc
echo '1 d f' | dc
echo '1 2 r f' | dc
echo '1 r f' | dc
echo '1 2 3 4 5 3 R f' | dc
echo '1 2 3 4 5 _3 R f' | dc
echo '1 2 3 9 R f' | dc
echo '1 sa 2 Sa la p La p La p la p' | dc
echo 'Lx p' | dc
echo 'lx p' | dc
echo '5 0:a 7 1:a 0;a p 1;a p 2;a p' | dc
echo '5 _1:a' | dc
echo '3 _1;a' | dc
echo '5 3:b lb p' | dc
echo '[hello] p [world] n [!] P 10 P' | dc
echo '[hello] Z p 123.45 Z p 123.45 X p 0.001 Z p 0 Z p .000 X p [x] X p' | dc
echo '65 a p [xyz] a p 321 a P 1701733408 P' | dc
echo '[[nested] p] x [1 2 + p] sm lm x lm x' | dc
echo '[la 1 + d sa 5 >b] sb 0 sa lb x la p' | dc
echo '[[yes]p] sa 1 2 <a 2 1 <a 1 1 =a 1 2 >a 2 1 !>a 1 1 !=a 3 2 !<a' | dc
echo '1 =a' | dc
echo '= f' | dc
echo '1 2 !<a f' | dc
echo '5 [q] x 4 p' | dc
echo '[[q] x 5 p] x 6 p' | dc
echo '[1 p 3 Q 2 p] x 9 p' | dc
echo '[[[1 p 2 Q 2 p] x 3 p] x 4 p] x 5 p' | dc
echo '0 Q 1 p' | dc
echo '[2 Q] x [next] p' | dc
echo 'q 1 p' | dc
echo '1 i' | dc
echo '17 i' | dc
echo '_1 k' | dc
echo '1 o' | dc
echo '[x] i [x] k [x] o' | dc
echo '99999999999999999999 k' | dc
echo '5k 1 3 / 2 * p 2 3 / 3 * p _1.5 2 ^ p 0.1 0.1 * p 1.23456 100 * p' | dc
echo '10k 2 v p 3 v p 0.04 v p 100 v p 1.21 v p 2 0.5 ^ p' | dc
echo '7 _2 / p _7 2 % p 7.5 2 % p 2k 7.5 2 % p _7.5 2 ~ f' | dc
echo '8o 64 p 100 p _9 p 0.5 p 3k 1 3 / p' | dc
echo '3o 5 p 16o 3k 1 3 / p 1000000 p' | dc
echo '36o 1000 p 100o 123456789 p 1000o 1 p' | dc
echo '2i 1010 p 111.1 p 8i 777 p 17 p 10i' | dc
echo '16i 1F.A p FFFF p A.BC p 10 p' | dc
echo '1 2 3 4 5 6 7 8 9 10 11 12 f 4R f _4R f 0R f 1R f' | dc
echo '[first]sa [second]Sa la p La p la p' | dc
echo '1 2 3 sa sb sc la lb lc f' | dc
echo '100 Z p 0.0001 Z p 1000.0001 Z p _12.5 Z p _12.5 X p' | dc
echo '[ab]P [cd]n 10 P 72 a n 105 a n 10 a n' | dc
echo '1 2 3 c f z p' | dc
echo '[3 4 +]x p [p]x' | dc
echo '[[inner]p]sx lxx lxx' | dc
echo '2 k 1 3 / d * p' | dc
echo '_0.5 v' | dc
echo '1 0 ^ p 0 0 ^ p 0 5 ^ p 0 _1 ^ p' | dc
echo '10 20 30 40 50 3 R 2 R f' | dc
echo '99999999999999999999 99999999999999999999 * p' | dc
echo '123456789.123456789 987654321.987654321 * p' | dc
echo '5 sx [lx p lx 1 - d sx 0 <m] sm lm x' | dc
echo '10 [d p 1 - d 0 <a] sa la x' | dc
echo '0 0 =z 1 2 >z' | dc
echo '1 2 3 ;a p' | dc
echo '1 2:a 3 4:a 2;a p 4;a p Sa 2;a p La 2;a p' | dc
echo '2 20 ^ 3 10 ^ 12345 | p' | dc
echo '_5 3 % p 5 _3 % p _5 _3 % p' | dc
echo '1 _3 / p 3k 1 _3 / p _1 3 / p' | dc
echo '.1 .2 + p 1.005 1.1 - p _.1 .1 + p' | dc
echo '0.5 o' | dc
echo '2.5 i I p 2.9 k K p' | dc
echo '[hello]d f' | dc
echo '[x]1 r f' | dc
echo '0.5 o' | dc
echo '_0.5 k' | dc
echo '0.9 i' | dc
echo '0.3 Q' | dc
echo '0.5 R' | dc
echo '5 0.5 :a' | dc
echo 'y' | dc
echo '1 p y 2 p' | dc 2>&1
printf '# a comment p\n1 p # more\n2 p\n' | dc
printf '[line\none]p\n[two\n]n\n' | dc
echo '16o 2 300 ^ p _2 200 ^ p' | dc
echo '2 64 ^ 1 - P 3.9 P' | dc | od -An -c
printf '1 s' | dc
printf '1 2 <' | dc
printf '[abc' | dc
printf '[1 2 +' | dc
echo '[1 s] x 2 p' | dc
printf '1 2 +p\n? 3 p\n4 5 p\n' | dc
dc -e '1 2 + p'
dc -e '1 2' -e 'f'
dc -e 'q' -e '5p'
dc -e '[' -e 'p'
dc -e '1 p q 2 p'
dc -e '[2 Q] x 3 p'
dc prog.dc
dc -f prog.dc -e '7 p'
dc prog.dc -e '3 p' nope.dc
dc sub
dc -f nope.dc; echo "status $?"
echo '9 p' | dc prog.dc -
echo '5 p q' > q.dc; dc q.dc prog.dc
dc --expression='4 4 * p' --file=prog.dc
dc -e '[s] x'
CASES
