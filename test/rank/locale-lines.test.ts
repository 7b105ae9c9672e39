/**
 * The locale class (signature `locale-encoding`) on real lines of tools that check
 * the locale up front and name the encoding they found, each from its public
 * thread; and lines that only look alike.
 */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { scanMentions } from '../../src/rank/mentions.js';
import { lineMatches, SIGNATURES } from '../../src/rank/signatures.js';

const locale = SIGNATURES.find((s) => s.id === 'locale-encoding')!;
const matches = (line: string) => lineMatches(locale, parseBuildLog(line).lines[0]?.body ?? '');

const REAL: Array<[string, string]> = [
  [
    'RuntimeError: Click will abort further execution because Python 3 was configured to use ASCII as encoding for the environment.  Consult http://click.pocoo.org/python3/for mitigation steps.',
    'drivendataorg/concept-to-clinic#152',
  ],
  [
    'RuntimeError: Click will abort further execution because Python was configured to use ASCII as encoding for the environment. Consult https://click.palletsprojects.com/unicode-support/ for mitigation steps.',
    'gcovr/gcovr#487',
  ],
  ['    WARNING: CocoaPods requires your terminal to be using UTF-8 encoding.', 'CocoaPods/CocoaPods#10939'],
  [
    "/usr/local/Cellar/ruby/3.2.2/lib/ruby/3.2.0/unicode_normalize/normalize.rb:141:in `normalize': Unicode Normalization not appropriate for ASCII-8BIT (Encoding::CompatibilityError)",
    'CocoaPods/CocoaPods#11891',
  ],
  [
    'warning: the VM is running with native name encoding of latin1 which may cause Elixir to malfunction as it expects utf8.',
    'evercam/evercam-devops#27',
  ],
  [
    ' warning: the VM is running with native name encoding of latin1 which may cause Elixir to malfunction as it expects utf8. Please ensure your locale is set to UTF-8',
    'batteries-included/batteries-included#108',
  ],
  ['    file.encoding = ANSI_X3.4-1968', 'adoptium/adoptium-support#739'],
  ['ANSI_X3.4-1968', 'stg-tud/MUBench#177'],
  // GHC's runtime writing or reading a handle in the locale's encoding.
  [
    "skema  | [2026-01-17 20:33:20] [ERROR] [scanner.error] Exception during scan: recoverEncode: invalid argument (cannot encode character '\\8217')",
    'rembo10/skema#53',
  ],
  ['Store.set: invalid argument (cannot decode byte sequence starting from 197)', 'jaspervdj/hakyll#1027'],
];

const LOOKALIKE = [
  'export LANG=en_US.UTF-8',
  'Setting up locales (2.36-9+deb12u4) ...',
  'Running ExplorerWeb.Endpoint with Cowboy using http://:::4000',
  'Encoding: UTF-8; Content-Type: text/plain',
  'file.txt: ASCII text',
];

describe('locale class: tools that name the encoding they found', () => {
  it("a GHC program's encoding error is not the program refusing its arguments (berberman/nvfetcher#133)", () => {
    const log = parseBuildLog("git: recoverEncode: invalid argument (cannot encode character '\\8594')");
    expect([...scanMentions(log).rejectedBy.keys()]).toEqual([]);
    expect(matches(log.lines[0]!.body)).toBe(true);
  });

  it.each(REAL)('matches %s (%s)', (line) => {
    expect(matches(line)).toBe(true);
  });
  it.each(LOOKALIKE)('leaves alone %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
