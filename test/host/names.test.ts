/** How names that are not UTF-8 are shown, in git and outside it. */
import * as fs from 'node:fs';
import { showBytes } from '../../src/host/names';
import { dunderlint, warnings } from '../helpers/run';
import { git, makeTree } from '../helpers/tree';

describe('names that are not UTF-8', () => {
  for (const mode of ['git', 'walk'] as const) {
    it(`are shown with \\x escapes, not decoded as latin-1 (${mode})`, () => {
      const dir = makeTree({ 'ok.py': '' }, mode === 'git' ? 'init' : 'none');
      fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xe9]), Buffer.from('.py')]), '');
      fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf\u00e9`), Buffer.from([0xff]), Buffer.from('.py')]), '');
      if (mode === 'git') git(dir, 'add', '-A');
      const r = dunderlint(dir, ['--no-cache']);
      expect(warnings(r).sort()).toEqual([
        'dunderlint: warning: skipping bad\\xe9.py: name is not UTF-8',
        'dunderlint: warning: skipping caf\u00e9\\xff.py: name is not UTF-8',
      ]);
    });
  }

  it('showBytes keeps valid sequences and escapes every stray byte', () => {
    const b = (...xs: number[]) => Uint8Array.from(xs);
    expect(showBytes(b(0x61, 0xc3, 0xa9, 0xe9, 0x62))).toBe('a\u00e9\\xe9b');
    expect(showBytes(b(0xe2, 0x82))).toBe('\\xe2\\x82'); // a truncated 3-byte sequence
    expect(showBytes(b(0xf0, 0x9f, 0x90, 0x8d, 0xc0, 0x80))).toBe('\u{1f40d}\\xc0\\x80'); // overlong NUL
  });
});
