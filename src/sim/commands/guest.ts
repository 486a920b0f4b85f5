// Everything a Linux guest needs; loaded on first use of a bash shell.
import './linux';
import './system';
export {};
