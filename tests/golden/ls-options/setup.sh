mkdir -p t/d/sub t/zdir t/ydir
touch t/a.txt t/b.tar.gz t/c t/run.sh t/file10 t/file9 t/file1 t/x-1.10.rpm t/x-1.9.rpm t/zeta t/.hidden t/d/inner
printf '%5000s' '' > t/big; printf '%100s' '' > t/small
chmod 755 t/run.sh
ln -s a.txt t/link; ln -s zdir t/link-dir; ln -s nowhere t/dangling
mkfifo t/fifo; chmod 644 t/fifo
mkdir q; touch 'q/with space' 'q/quo"te' 'q/back\slash' "$(printf 'q/tab\there')" q/plain
mkdir v; touch v/a10 v/a9 v/a2.tar.gz v/a10.tar.gz v/b-1.2.3 v/b-1.10 v/b-1.2 v/.h2 v/.h10 v/README v/readme v/x~ v/x
