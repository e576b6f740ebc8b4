// Raw bytes -> text. Compilations of this genre arrive as UTF-8 (with or without a BOM) or GB18030/GBK,
// with LF or CRLF line ends. Pure: no file system.
import { InputError } from '#core/model.ts';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
  lineEnds: 'lf' | 'crlf' | 'cr' | 'mixed';
}

const BOMS: [number[], string][] = [
  [[0xff, 0xfe], 'UTF-16 LE'],
  [[0xfe, 0xff], 'UTF-16 BE'],
];

const CJK = /[\u4e00-\u9fff]/g;

/** Decode a raw compilation; an encoding it cannot read gets an error that names what it found. */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  for (const [bom, name] of BOMS) {
    if (bom.every((b, k) => bytes[k] === b)) throw new InputError(file, undefined, `the file is ${name}; save it as UTF-8 or GB18030 and import it again`);
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: SourceEncoding;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    encoding = hasBom ? 'utf-8-bom' : 'utf-8';
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch {
      throw new InputError(file, firstBadLine(bytes), 'the file is neither UTF-8 nor GB18030 (GBK) text; save it in one of them and import it again');
    }
    // Any byte string decodes as something in GB18030's wide range; a real Chinese text is mostly CJK.
    if ((text.match(CJK)?.length ?? 0) < text.replace(/\s/g, '').length / 4)
      throw new InputError(file, firstBadLine(bytes), 'the file is not UTF-8, and read as GB18030 it is not Chinese text; check its encoding');
  }
  if (text.includes('\u0000')) throw new InputError(file, undefined, 'the file contains NUL bytes: is it UTF-16 or a binary file?');
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf && 'crlf', cr && 'cr', lf && 'lf'].filter(Boolean) as DecodedSource['lineEnds'][];
  const lineEnds = kinds.length > 1 ? 'mixed' : (kinds[0] ?? 'lf');
  return { text: text.replace(/\r\n?/g, '\n'), encoding, lineEnds };
}

/** The line of the first byte sequence that is not UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let k = 0; k <= bytes.length; k++) {
    if (k === bytes.length || bytes[k] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, k));
      } catch {
        return line;
      }
      line++;
      start = k + 1;
    }
  }
  return 1;
}
