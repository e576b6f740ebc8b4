// The importer reads the encodings and line ends compilations of this genre arrive in, and names the ones it cannot.
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/importer/decode.ts';

const TEXT = '上海市示例区2022年政府有关工作情况和2023年主要工作汇编\n2023年1月8日\n目录\n';
describe('decodeSource', () => {
  it('reads UTF-8, with and without a byte-order mark, and reports the line ends', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeSource(utf8, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8', lineEnds: 'lf' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT.replaceAll('\n', '\r\n'))]);
    expect(decodeSource(bom, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8-bom', lineEnds: 'crlf' });
  });

  it('reads GB18030 with CRLF line ends as the same text', () => {
    const bytes = encodeGb18030(TEXT.replaceAll('\n', '\r\n'));
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(TEXT.replaceAll('\n', '\r\n'));
    expect(decodeSource(bytes, 'b.txt')).toEqual({ text: TEXT, encoding: 'gb18030', lineEnds: 'crlf' });
  });

  it('names UTF-16 and unreadable bytes instead of failing later on structure', () => {
    expect(() => decodeSource(Uint8Array.from([0xff, 0xfe, 0x0a, 0x4e]), 'c.txt')).toThrow(/c\.txt: the file is UTF-16 LE; save it as UTF-8 or GB18030/);
    const latin = Uint8Array.from([...new TextEncoder().encode('Title\n'), 0x80, 0x81, 0x20, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46]);
    expect(() => decodeSource(latin, 'd.txt')).toThrow(/d\.txt:2: the file is neither UTF-8 nor GB18030 \(GBK\) text/);
  });
});

/** GB18030 bytes of a string (Node's TextEncoder writes only UTF-8): each character's two-byte code, found with the decoder. */
function encodeGb18030(s: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else out.push(...twoByteCode(decoder, ch));
  }
  return Uint8Array.from(out);
}

function twoByteCode(decoder: TextDecoder, ch: string): [number, number] {
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) if (decoder.decode(Uint8Array.from([hi, lo])) === ch) return [hi, lo];
  }
  throw new Error(`no two-byte GB18030 code for ${ch}`);
}
