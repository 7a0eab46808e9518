/** Text edits turned into byte edits: the bytes written decode to exactly the edited text. */
import fc from 'fast-check';
import { applyEdits } from '../../src/fix/apply';
import { editContent, type FileContent } from '../../src/fix/files';
import { decodeSource, sourceEncoding } from '../../src/python/source';
import type { TextEdit } from '../../src/types';

const chars = fc.constantFrom('a', 'b', ' ', '\n', '\r', '#', '"', '\u00e9', '\u00fc', '\u65e5', '\u{1f600}');
const text = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''));

function content(bytes: Buffer): FileContent {
  return { text: decodeSource(bytes).text, bytes, codec: sourceEncoding(bytes) };
}

/** Edits at code point boundaries (as a scanner reports them), in any order, possibly overlapping. */
function edits(source: string): fc.Arbitrary<TextEdit[]> {
  const bounds = [0];
  for (const c of source) bounds.push(bounds[bounds.length - 1]! + c.length);
  const at = fc.constantFrom(...bounds);
  return fc.array(
    fc.tuple(at, at, text).map(([x, y, t]) => ({ start: Math.min(x, y), end: Math.max(x, y), text: t })),
    { maxLength: 5 },
  );
}

describe('editContent', () => {
  it('writes UTF-8 sources (with or without a BOM) whose decoding is the edited text', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        text.chain((t) => fc.tuple(fc.constant(t), edits(t))),
        (bom, [source, list]) => {
          const bytes = Buffer.concat([bom ? Buffer.of(0xef, 0xbb, 0xbf) : Buffer.alloc(0), Buffer.from(source, 'utf8')]);
          const after = editContent(content(bytes), list, applyEdits)!;
          expect(after.text).toBe(applyEdits(source, list));
          expect(decodeSource(after.bytes).text).toBe(after.text);
          expect(after.bytes.subarray(0, 3).equals(Buffer.of(0xef, 0xbb, 0xbf))).toBe(bom);
        },
      ),
    );
  });

  it('writes latin-1 sources whose decoding is the edited text, or refuses a character latin-1 lacks', () => {
    const latin = fc.array(fc.constantFrom('a', ' ', '\n', '"', '\u00e9', '\u00fc'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(latin.chain((t) => fc.tuple(fc.constant(t), edits(t))), ([body, list]) => {
        const source = `# coding: latin-1\n${body}`;
        const shifted = list.map((e) => ({ ...e, start: e.start + 18, end: e.end + 18 }));
        const before = content(Buffer.from(source, 'latin1'));
        const after = editContent(before, shifted, applyEdits);
        const encodable = shifted.every((e) => /^[\x00-\x7f\u00e9\u00fc]*$/.test(e.text));
        if (!encodable) return expect(after).toBeNull();
        expect(after!.text).toBe(applyEdits(source, shifted));
        expect(after!.bytes).toEqual(Buffer.from(after!.text, 'latin1'));
      }),
    );
  });
});
