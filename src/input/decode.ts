// Bytes → text: UTF-8 with invalid sequences replaced (and a warning); binary files refused.
import type { Warning } from '../schema.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** How much of a file is inspected to tell binary from text. */
const SNIFF_BYTES = 8192;

/** A file whose first bytes hold NULs or mostly control bytes is not an article. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export const INVALID_UTF8: Warning = { code: 'invalid-utf8', message: 'invalid UTF-8 bytes were replaced with U+FFFD' };

export function decodeText(bytes: Uint8Array): { text: string; warnings: Warning[] } {
  try {
    return { text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    return { text: lenientUtf8.decode(bytes), warnings: [INVALID_UTF8] };
  }
}
