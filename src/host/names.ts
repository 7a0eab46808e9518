/** File names as bytes, shown to people. */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A name whose bytes are not all UTF-8, with each byte that is not part of a valid sequence shown
 * as `\xNN` (as Python's `repr` of a bytes path does): `bad\xe9.py`, never a latin-1 guess.
 */
export function showBytes(name: Uint8Array): string {
  let out = '';
  for (let i = 0; i < name.length; ) {
    const b = name[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 1) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    if (size > 1 && i + size <= name.length) {
      try {
        out += strictUtf8.decode(name.subarray(i, i + size));
        i += size;
        continue;
      } catch {
        // not a valid sequence: the lead byte is shown escaped
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i++;
  }
  return out;
}
