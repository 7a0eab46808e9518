/** `dunderlint debug facts FILE…`: what the scanner reads from a module, as JSON. */
import * as fs from 'node:fs';
import { scanModule } from './python/facts';
import { decodeSource } from './python/source';

export function debugFacts(files: readonly string[]): string {
  const out = files.map((file) => {
    const decoded = decodeSource(fs.readFileSync(file));
    if (decoded.error) return { file, syntaxError: decoded.error };
    return { file, ...scanModule(decoded.text) };
  });
  return `${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`;
}
