mkdir -p t/sub/deep t/pub t/stick
touch t/a.txt t/b.tar.gz t/c.rpm t/sub/deep/x.jpg t/run.sh t/suid t/sub/.hidden
chmod 755 t/run.sh; chmod 4755 t/suid; chmod 1777 t/pub; chmod 1755 t/stick
ln -s a.txt t/link-file; ln -s sub t/link-dir; ln -s nowhere t/dangling
