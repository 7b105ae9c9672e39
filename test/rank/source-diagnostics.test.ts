/**
 * Compile errors in a language's own sources (src/rank/source-diagnostics.ts): each language's class matches
 * real lines of at least two projects (the thread each was posted in beside it) and leaves alike lines alone.
 */
import { describe, expect, it } from 'vitest';
import { lineMatches } from '../../src/rank/signatures.js';
import { SOURCE_DIAGNOSTICS } from '../../src/rank/source-diagnostics.js';

const LINES: Record<string, { match: Array<[string, string]>; miss: string[] }> = {
  'zig-diagnostic': {
    match: [
      ["./zek.zig:1607:73: error: no member named 'mode' in struct 'std.fs.file.OpenFlags'", 'drcode/zek#3'],
      ["build.zig:124:18: error: no field named 'root_source_file' in struct 'Build.ExecutableOptions'", 'MoAlyousef/zfltk#40'],
      ["./build.zig:26:12: error: no member named 'addBuildOption' in struct 'std.build.LibExeObjStep'", 'ifreund/rundird#7'],
    ],
    miss: ['zig build -Doptimize=ReleaseFast', 'info: zig version 0.11.0'],
  },
  'nim-diagnostic': {
    match: [
      [
        "/home/parrot/.nimble/pkgs2/winregistry-1.0.0-30462eb902c219db72c018c4c3669ecaee08e107/winregistry.nim(66, 6) Error: undeclared identifier: 'useWinUnicode'",
        'chvancooten/NimPlant#24',
      ],
      [
        "~/.nimble/pkgs/stringinterpolation-0.1.0/stringinterpolation.nim(69, 24) Error: undeclared identifier: 'expr'",
        'bluenote10/HiCS#3',
      ],
      ["/home/cameron/nims/nims/nims.nim(53, 14) Error: undeclared identifier: 'IdGenerator'", 'slangmgh/nims#5'],
    ],
    miss: ["/data/Nim/compiler/astdef.nim(14, 10) Warning: imported and not used: 'strutils' [UnusedImport]", 'Hint: used config file'],
  },
  'rust-diagnostic': {
    match: [
      ['error[E0282]: type annotations needed for `Box<_>`', 'super1207/install_llob#7'],
      ['error[E0282]: type annotations needed for `Box<_>`', 'google/cddlconv#29'],
    ],
    miss: [
      "error[E0463]: can't find crate for `core`",
      'warning: unused variable: `x`',
      'error: could not compile `foo` (lib) due to 1 previous error',
    ],
  },
  'fortran-diagnostic': {
    match: [
      ['Error: Rank mismatch between actual argument at (1) and actual argument at (2) (rank-1 and scalar)', 'adcirc/adcirc#238'],
      ['Error: Rank mismatch between actual argument at (1) and actual argument at (2) (scalar and rank-1)', 'compas/grasp#46'],
    ],
    miss: ['gfortran -c -O2 prep.F', 'Warning: Rank mismatch between actual argument at (1) and actual argument at (2)'],
  },
};

describe('source diagnostics', () => {
  it('every language class has lines from two projects', () => {
    expect(Object.keys(LINES).sort()).toEqual(SOURCE_DIAGNOSTICS.map((s) => s.id).sort());
    for (const { match } of Object.values(LINES)) expect(new Set(match.map(([, source]) => source)).size).toBeGreaterThanOrEqual(2);
  });

  for (const signature of SOURCE_DIAGNOSTICS) {
    const { match, miss } = LINES[signature.id]!;
    it.each(match)(`${signature.id} matches %s`, (line) => expect(lineMatches(signature, line)).toBe(true));
    it.each(miss)(`${signature.id} leaves alone %s`, (line) => expect(lineMatches(signature, line)).toBe(false));
  }
});
