/**
 * Compile errors in a language's own source files (`zek.zig:1607:73: error:`, `app.nim(12, 5) Error:`,
 * `error[E0599]:`, gfortran's `Error: … at (1)`): the compiler rejected code another version of it accepted. One
 * class per language, each implicating that language's compiler; C and C++ have their own (cxx-diagnostic in
 * classes.ts). A language joins when real lines of two projects show its compiler's shape.
 */
import type { Signature } from './signature-types.js';

interface Language {
  id: string;
  name: string;
  /** Lower-case text every matching line contains (the file extension and the diagnostic's shape). */
  anchors: string[];
  patterns: RegExp[];
  exclude?: RegExp[];
  /** The compiler's toolchain keys; packages of the same names count a little less. */
  compilers: RegExp;
}

/** `path/file.<ext>:12:5: error:` (GCC's and LLVM's shape, which most newer compilers copy). */
function located(ext: string): RegExp {
  return new RegExp(`[\\w./-]\\.(?:${ext}):\\d+:\\d+: (?:fatal )?error\\b`);
}

const LANGUAGES: Language[] = [
  { id: 'zig', name: 'Zig', anchors: ['.zig:'], patterns: [located('zig')], compilers: /^zig$/ },
  // Nim prints the position in brackets: "app.nim(12, 5) Error: undeclared identifier: 'expr'".
  { id: 'nim', name: 'Nim', anchors: ['.nim('], patterns: [/[\w./-]\.nim(?:s|ble)?\(\d+, \d+\) Error: /], compilers: /^(?:nim|nimble)$/ },
  {
    id: 'rust',
    name: 'Rust',
    anchors: ['error[e'],
    // rustc numbers its errors; a missing item or a changed signature is another compiler or another edition.
    patterns: [/^\s*error\[E\d{4}\]: /],
    // "can't find crate for `core`": a target or crate B lacks, not code the compiler rejects.
    exclude: [/error\[E0463\]/],
    compilers: /^(?:rustc|rust|cargo)$/,
  },
  {
    id: 'fortran',
    name: 'Fortran',
    anchors: ['.f', 'at (1)'],
    // gfortran puts "Error: … at (1)" a few lines below the position, whose line ends in a colon.
    patterns: [located('f90|f95|f03|f08|for|f'), /^\s*Error: .*\bat \(1\)/],
    compilers: /^(?:gfortran|gcc-gfortran|ifort|ifx|flang(?:-new)?)$/,
  },
];

export const SOURCE_DIAGNOSTICS: Signature[] = LANGUAGES.map(({ id, name, anchors, patterns, exclude, compilers }) => ({
  id: `${id}-diagnostic`,
  anchors,
  patterns,
  ...(exclude ? { exclude } : {}),
  implicates: [
    {
      facet: 'toolchains',
      key: compilers,
      weight: 0.6,
      anyDirection: true,
      why: `the ${name} compiler rejected code another version of it accepted (a removed or renamed API, a stricter check)`,
    },
    { facet: 'packages', key: compilers, weight: 0.5, anyDirection: true },
    { facet: 'images', weight: 0.3 },
  ],
  tokens: ['path'],
  meaning: `the ${name} compiler rejected the source`,
}));
