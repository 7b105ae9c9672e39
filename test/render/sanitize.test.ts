import { describe, expect, it } from 'vitest';
import { escapeMarkdown, hasUnsafeCharacters, sanitize } from '../../src/render/sanitize.js';

describe('sanitize', () => {
  it.each([
    ['OSC title', '\x1b]0;pwned\x07', '␛]0;pwned␇'],
    ['CSI colour', '\x1b[31mred\x1b[0m', '␛[31mred␛[0m'],
    ['CSI clear screen', '\x1b[2J\x1b[H', '␛[2J␛[H'],
    ['C1 CSI', 'a\u009b31mb', 'a\\u009b31mb'],
    ['C1 OSC', '\u009d0;x\u009c', '\\u009d0;x\\u009c'],
    ['bidi override', 'user\u202Egnp.exe', 'user\\u202egnp.exe'],
    ['bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['newline and CR', 'a\nb\rc', 'a␊b␍c'],
    ['NUL and DEL', 'a\u0000b\u007f', 'a␀b␡'],
    ['backspace', 'ok\b\b\bno', 'ok␈␈␈no'],
    ['plain text', 'libfuse3.so.4 => not found', 'libfuse3.so.4 => not found'],
    ['unicode text', 'Grüße → ✓ 日本', 'Grüße → ✓ 日本'],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
    expect(sanitize(input)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps newlines and tabs in multi-line mode only', () => {
    expect(sanitize('a\n\tb\x1b', { multiline: true })).toBe('a\n\tb␛');
    expect(sanitize('a\n\tb')).toBe('a␊␉b');
  });

  it('detects unsafe characters', () => {
    expect(hasUnsafeCharacters('\x1b[0m')).toBe(true);
    expect(hasUnsafeCharacters('fine')).toBe(false);
    expect(hasUnsafeCharacters('fine')).toBe(false); // no lastIndex carry-over between calls
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['table pipe', 'a|b', 'a\\|b'],
    ['html', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['link', '[click](http://evil)', '\\[click\\](http://evil)'],
    ['emphasis and code', '*x* _y_ `z`', '\\*x\\* \\_y\\_ \\`z\\`'],
    ['heading', '# title', '\\# title'],
    ['entity', '&amp;', '&amp;amp;'],
    ['escape sequence', '\x1b]8;;http://x\x07link', '␛\\]8;;http://x␇link'],
  ])('%s', (_name, input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});
