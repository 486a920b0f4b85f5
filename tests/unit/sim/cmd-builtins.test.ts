// cmd.exe's batch builtins and the rest of its own commands at the prompt: IF, FOR, REM, blocks, move, ren,
// pushd/popd, pause, path, prompt, date/time, vol, verify, call. The messages are cmd.exe's own (its message
// table, see tests/golden/cmd/SOURCES.md).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const host = (files: Record<string, string> = {}) => createSession({ lab: 'host', seed: 1, files });
const SYNTAX = 'The syntax of the command is incorrect.\n';
const NOT_FOUND = 'The system cannot find the file specified.\n';
const DUPLICATE = 'A duplicate file name exists, or the file\ncannot be found.\n';

describe('IF', () => {
  it('EXIST, NOT, DEFINED, == with /I, the comparison operators, ELSE after a block', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'x' });
    expect((await s.exec('if exist a.txt echo yes')).stdout).toBe('yes\n\n');
    expect((await s.exec('if exist *.txt echo yes')).stdout).toBe('yes\n\n');
    expect((await s.exec('if not exist a.txt echo yes')).stdout).toBe('\n');
    expect((await s.exec('if exist nope.txt (echo yes) else (echo no)')).stdout).toBe('no\n\n');
    expect((await s.exec('if exist nope.txt (echo yes) else echo no')).stdout).toBe('no\n\n');
    expect((await s.exec('if defined USERNAME echo set')).stdout).toBe('set\n\n');
    expect((await s.exec('if not defined NOPE echo unset')).stdout).toBe('unset\n\n');
    expect((await s.exec('if A==a echo same')).stdout).toBe('\n');
    expect((await s.exec('if /i A==a echo same')).stdout).toBe('same\n\n');
    expect((await s.exec('if "a b" == "a b" echo quoted')).stdout).toBe('quoted\n\n');
    expect((await s.exec('if 3 GTR 10 (echo bigger) else (echo smaller)')).stdout).toBe('smaller\n\n');
    expect((await s.exec('if 8 EQU 010 echo octal')).stdout).toBe('octal\n\n');
    expect((await s.exec('if abc LSS abd echo strings')).stdout).toBe('strings\n\n');
  });

  it('the command is the rest of the line, & included', async () => {
    const s = await host();
    expect((await s.exec('if 1==2 echo a & echo b')).stdout).toBe('\n');
    expect((await s.exec('if 1==1 echo a& echo b')).stdout).toBe('a\nb\n\n');
  });

  it('ERRORLEVEL n is true for the last exit code n or above; %ERRORLEVEL% reads it', async () => {
    const s = await host();
    await s.exec('nosuchcommand');
    expect((await s.exec('echo %ERRORLEVEL%')).stdout).toBe('9009\n\n');
    await s.exec('nosuchcommand');
    expect((await s.exec('if errorlevel 9009 echo failed')).stdout).toBe('failed\n\n');
    await s.exec('nosuchcommand');
    expect((await s.exec('if errorlevel 9010 echo failed')).stdout).toBe('\n');
    await s.exec('ver');
    expect((await s.exec('if not errorlevel 1 echo fine')).stdout).toBe('fine\n\n');
  });

  it('a condition without a command is a syntax error', async () => {
    const s = await host();
    for (const l of ['if', 'if 1==1', 'if exist', 'if errorlevel x echo a']) {
      const r = await s.exec(l);
      expect({ err: r.stderr, code: r.exitCode }, l).toEqual({ err: SYNTAX, code: 255 });
    }
    expect((await s.exec('if a b echo c')).stderr).toBe('b was unexpected at this time.\n');
  });
});

describe('FOR', () => {
  it('a set of files and words; each command echoed after the prompt unless it starts with @', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'x', [`${DIR}\\b.txt`]: 'y', [`${DIR}\\c.log`]: 'z' });
    expect((await s.exec('for %i in (*.txt) do echo %i')).stdout).toBe(`\n${DIR}>echo a.txt\na.txt\n\n${DIR}>echo b.txt\nb.txt\n\n`);
    expect((await s.exec('for %i in (one,two c.log) do @echo [%i]')).stdout).toBe('[one]\n[two]\n[c.log]\n\n');
    expect((await s.exec('for %f in (a.txt) do @echo %~nf %~xf %~ff %~dpf')).stdout).toBe(`a .txt ${DIR}\\a.txt ${DIR}\\\n\n`);
  });

  it('/L counts, /D matches folders, /R walks down the tree', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'x', [`${DIR}\\sub\\b.txt`]: 'y' });
    expect((await s.exec('for /l %n in (1,2,7) do @echo %n')).stdout).toBe('1\n3\n5\n7\n\n');
    expect((await s.exec('for /l %n in (3,-1,1) do @echo %n')).stdout).toBe('3\n2\n1\n\n');
    expect((await s.exec('for /d %d in (*) do @echo %d')).stdout).toBe('sub\n\n');
    expect((await s.exec('for /r %f in (*.txt) do @echo %f')).stdout).toBe(`${DIR}\\a.txt\n${DIR}\\sub\\b.txt\n\n`);
  });

  it('/F: tokens and delims of a file, a string, a command; eol and skip; a missing file', async () => {
    const s = await host({ [`${DIR}\\list.txt`]: 'name size\n; comment\nalpha 10 big\nbeta,20\n' });
    expect((await s.exec('for /f "skip=1 tokens=1,2" %a in (list.txt) do @echo %a=%b')).stdout).toBe('alpha=10\nbeta,20=\n\n');
    expect((await s.exec('for /f "tokens=1* delims=," %a in (list.txt) do @echo.%b')).stdout).toBe('\n\n20\n\n');
    expect((await s.exec('for /f "tokens=2*" %a in ("x y z w") do @echo %a+%b')).stdout).toBe('y+z w\n\n');
    expect((await s.exec("for /f %a in ('echo hello world') do @echo %a")).stdout).toBe('hello\n\n');
    const r = await s.exec('for /f %a in (nope.txt) do @echo %a');
    expect(r.stderr).toBe('The system cannot find the file nope.txt.\n');
  });

  it('words out of place are cmd.exe\'s "was unexpected at this time."', async () => {
    const s = await host();
    expect((await s.exec('for i in (a) do echo %i')).stderr).toBe('i was unexpected at this time.\n');
    expect((await s.exec('for %i in (a) echo %i')).stderr).toBe('echo was unexpected at this time.\n');
    const r = await s.exec('for %i in (a) do');
    expect({ err: r.stderr, code: r.exitCode }).toEqual({ err: SYNTAX, code: 255 });
  });
});

describe('REM, blocks, More?', () => {
  it('REM runs nothing, & and all; /? only as its first word', async () => {
    const s = await host();
    expect((await s.exec('rem echo a & echo b')).stdout).toBe('\n');
    expect((await s.exec('rem note /?')).stdout).toBe('\n');
    expect((await s.exec('REM /?')).stdout).toBe('Records comments (remarks) in a batch file or CONFIG.SYS.\n\nREM [comment]\n\n');
  });

  it('a label line does nothing at the prompt; a parenthesis inside a command is text', async () => {
    const s = await host();
    expect((await s.exec(':: a remark')).output).toBe('\n');
    expect((await s.exec(':label')).output).toBe('\n');
    expect((await s.exec('echo (one | findstr one')).stdout).toBe('(one \n\n');
    expect((await s.exec('echo (a) & echo b')).stdout).toBe('(a) \nb\n\n');
  });

  it('a block runs its commands with its redirection; an open block asks More?', async () => {
    const s = await host();
    await s.exec('(echo one& echo two) > both.txt');
    expect((await s.exec('type both.txt')).stdout).toBe('one\ntwo\n\n');
    expect((await s.exec('if 1==1 (', { answers: ['echo inside', ')'] })).output).toBe('More? echo inside\nMore? )\ninside\n\n');
  });
});

describe('move and ren', () => {
  it('move: into a folder, to a new name, with wildcards; a missing file; a folder', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'x', [`${DIR}\\b.txt`]: 'y', [`${DIR}\\c.txt`]: 'z' });
    await s.exec('mkdir sub');
    expect((await s.exec('move a.txt sub')).stdout).toBe('        1 file(s) moved.\n\n');
    expect((await s.exec('dir /b sub')).stdout).toBe('a.txt\n\n');
    expect((await s.exec('move b.txt d.txt')).stdout).toBe('        1 file(s) moved.\n\n');
    expect((await s.exec('move *.txt sub')).stdout).toBe(`${DIR}\\c.txt\n${DIR}\\d.txt\n        2 file(s) moved.\n\n`);
    const r = await s.exec('move nope.txt sub');
    expect({ err: r.stderr, code: r.exitCode }).toEqual({ err: NOT_FOUND, code: 1 });
    expect((await s.exec('move sub box')).stdout).toBe('        1 dir(s) moved.\n\n');
    expect((await s.exec('dir /b box')).stdout).toBe('a.txt\nc.txt\nd.txt\n\n');
    expect((await s.exec('move')).stderr).toBe(SYNTAX);
  });

  it('move asks before replacing a file, unless /Y', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'new', [`${DIR}\\b.txt`]: 'old' });
    const r = await s.exec('move a.txt b.txt', { answers: ['n'] });
    expect(r.output).toBe(`Overwrite ${DIR}\\b.txt? (Yes/No/All): n\n        0 file(s) moved.\n\n`);
    expect((await s.exec('move /y a.txt b.txt')).stdout).toBe('        1 file(s) moved.\n\n');
    // a file without a final newline: cmd.exe's one new line before the prompt ends its line, no empty line follows
    expect((await s.exec('type b.txt')).stdout).toBe('new\n');
  });

  it('ren: a new name in place; wildcards; a name taken, a missing file, a path in the new name', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'x', [`${DIR}\\b.txt`]: 'y' });
    expect((await s.exec('ren a.txt c.txt')).stdout).toBe('\n');
    expect((await s.exec('rename *.txt *.bak')).stdout).toBe('\n');
    expect((await s.exec('dir /b')).stdout).toBe('b.bak\nc.bak\n\n');
    expect((await s.exec('ren b.bak c.bak')).stderr).toBe(DUPLICATE);
    expect((await s.exec('ren nope.txt x.txt')).stderr).toBe(NOT_FOUND);
    expect((await s.exec('ren b.bak sub\\x.txt')).stderr).toBe(SYNTAX);
    expect((await s.exec('ren b.bak')).stderr).toBe(SYNTAX);
  });
});

describe('pushd, popd, prompt, path', () => {
  it('pushd saves the folder (across drives) and popd returns; a missing folder', async () => {
    const s = await host();
    await s.exec('mkdir sub');
    await s.exec('pushd sub');
    expect(s.prompt()).toBe(`${DIR}\\sub>`);
    await s.exec('pushd C:\\Users');
    expect(s.prompt()).toBe('C:\\Users>');
    expect((await s.exec('pushd')).stdout).toBe(`${DIR}\\sub\n${DIR}\n\n`);
    await s.exec('popd');
    expect(s.prompt()).toBe(`${DIR}\\sub>`);
    await s.exec('popd');
    expect(s.prompt()).toBe(`${DIR}>`);
    expect((await s.exec('popd')).stderr).toBe('');
    expect((await s.exec('pushd nowhere')).stderr).toBe('The system cannot find the path specified.\n');
  });

  it('prompt sets the $ codes of PROMPT; prompt alone is $P$G again', async () => {
    const s = await host();
    await s.exec('prompt $N$G');
    expect(s.prompt()).toBe('D>');
    await s.exec('prompt [$P]$_$$$S');
    expect(s.prompt()).toBe(`[${DIR}]\n$ `);
    await s.exec('prompt');
    expect(s.prompt()).toBe(`${DIR}>`);
  });

  it('path shows, sets and clears PATH', async () => {
    const s = await host();
    expect((await s.exec('path')).stdout).toMatch(/^PATH=C:\\Windows\\system32;/);
    await s.exec('path ;');
    expect((await s.exec('path')).stdout).toBe('No Path\n\n');
    await s.exec('path C:\\Tools');
    expect((await s.exec('echo %PATH%')).stdout).toBe('C:\\Tools\n\n');
  });
});

describe('pause, date, time, vol, verify, call and the batch-only builtins', () => {
  it('pause waits for a key', async () => {
    const s = await host();
    let out = '';
    s.on('output', ({ text }) => (out += text));
    await s.submit('pause');
    await s.settle();
    expect(out).toBe('Press any key to continue . . . ');
    expect(s.wantsKey).toBe(true);
    await s.pressKey('x');
    await s.settle();
    expect(out).toBe('Press any key to continue . . . \n\n');
    expect(s.prompt()).toBe(`${DIR}>`);
  });

  it('date /t and time /t print; date and time ask, Enter keeps them, a standard user may not set them', async () => {
    const s = await host();
    expect((await s.exec('date /t')).stdout).toMatch(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d\d\/\d\d\/\d{4}\n\n$/);
    expect((await s.exec('time /t')).stdout).toMatch(/^\d\d:\d\d [AP]M\n\n$/);
    const d = await s.exec('date', { answers: [''] });
    expect(d.output).toMatch(/^The current date is: \w{3} \d\d\/\d\d\/\d{4}\nEnter the new date: \(mm-dd-yy\) \n\n$/);
    const t = await s.exec('time', { answers: ['12:00'] });
    expect(t.output).toMatch(/^The current time is: [ \d]\d:\d\d:\d\d\.\d\d\nEnter the new time: 12:00\nA required privilege is not held by the client.\n\n$/);
    expect((await s.exec('date', { answers: ['tomorrow'] })).stderr).toBe('The system cannot accept the date entered.\n');
    expect((await s.exec('echo %DATE%')).stdout).toBe((await s.exec('date /t')).stdout);
  });

  it('vol names the volume as dir does', async () => {
    const s = await host();
    expect((await s.exec('vol')).stdout).toBe(' Volume in drive D is Data\n Volume Serial Number is 3C9D-77A1\n\n');
    expect((await s.exec('vol c:')).stdout).toBe(' Volume in drive C is Windows\n Volume Serial Number is 6A4E-1F2B\n\n');
  });

  it('verify is off until turned on', async () => {
    const s = await host();
    expect((await s.exec('verify')).stdout).toBe('VERIFY is off.\n\n');
    await s.exec('verify on');
    expect((await s.exec('verify')).stdout).toBe('VERIFY is on.\n\n');
  });

  it('call runs a command; a label needs a batch program', async () => {
    const s = await host();
    expect((await s.exec('call echo hi')).stdout).toBe('hi\n\n');
    expect((await s.exec('call :sub')).stderr).toBe('Invalid attempt to call batch label outside of batch script.\n');
  });

  it('title, color, setlocal, endlocal, shift, goto and break print nothing at the prompt', async () => {
    const s = await host();
    for (const l of ['title My window', 'color 0a', 'setlocal', 'endlocal', 'shift', 'goto end', 'break']) {
      const r = await s.exec(l);
      expect({ out: r.stdout, err: r.stderr }, l).toEqual({ out: '\n', err: '' });
    }
    expect((await s.exec('color 77')).exitCode).toBe(1);
  });
});

describe('the NUL device', () => {
  it('reads as empty and swallows writes: type nul > file makes an empty file, copy nul and copy to nul', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'x' });
    expect((await s.exec('type nul > empty.txt')).stdout).toBe('\n');
    expect((await s.exec('type empty.txt')).stdout).toBe('\n');
    expect((await s.exec('if exist empty.txt echo made')).stdout).toBe('made\n\n');
    expect((await s.exec('type NUL')).exitCode).toBe(0);
    expect((await s.exec('copy nul b.txt')).stdout).toBe('        1 file(s) copied.\n\n');
    expect((await s.exec('copy a.txt nul')).stdout).toBe('        1 file(s) copied.\n\n');
    expect((await s.exec('if exist nul.txt echo no')).stdout).toBe('\n');
  });
});
