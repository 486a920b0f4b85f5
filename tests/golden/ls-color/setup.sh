mkdir -p t/d/sub t/pub t/ow t/stick t/empty
touch t/a.txt t/b.tar.gz t/c.rpm t/x.JPG t/song.mp3 t/run.sh t/suid t/sgid t/exec.tar t/d/inner.zip t/a-rather-long-file-name-that-crosses-the-eightieth-column.tar.gz
chmod 755 t/run.sh t/exec.tar; chmod 4755 t/suid; chmod 2755 t/sgid; chmod 1777 t/pub; chmod 777 t/ow; chmod 1755 t/stick
ln -s a.txt t/link-file; ln -s d t/link-dir; ln -s nowhere t/dangling; ln -s b.tar.gz t/link-tar; ln -s run.sh t/link-exec
mkfifo t/fifo; chmod 644 t/fifo
