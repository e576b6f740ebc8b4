// Just enough PNG to check share images and to tag them with the hash of what they show (a tEXt chunk),
// so the build redraws only the images whose card changed.
import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
  /** Offset of the chunk's length field, and of the next chunk. */
  start: number;
  end: number;
}

function chunks(png: Buffer, file: string): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error(`${file}: not a PNG file`);
  const out: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`${file}: truncated ${type} chunk at byte ${at}`);
    out.push({ type, data: png.subarray(at + 8, at + 8 + length), start: at, end });
    at = end;
    if (type === 'IEND') break;
  }
  if (out[0]?.type !== 'IHDR') throw new Error(`${file}: the first chunk is not IHDR`);
  return out;
}

export function pngSize(png: Buffer, file = 'png'): { width: number; height: number } {
  const ihdr = chunks(png, file)[0]!.data;
  return { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4) };
}

/** Latin-1 tEXt chunks as keyword -> text. */
export function pngText(png: Buffer, file = 'png'): Record<string, string> {
  const text: Record<string, string> = {};
  for (const c of chunks(png, file)) {
    if (c.type !== 'tEXt') continue;
    const nul = c.data.indexOf(0);
    if (nul > 0) text[c.data.toString('latin1', 0, nul)] = c.data.toString('latin1', nul + 1);
  }
  return text;
}

/** The PNG with a tEXt chunk `keyword`=`text` right after IHDR (replacing one with the same keyword). */
export function withPngText(png: Buffer, keyword: string, text: string, file = 'png'): Buffer {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || !/^[\x20-\x7e]*$/.test(text)) throw new Error('PNG tEXt: keyword and text must be printable ASCII');
  const list = chunks(png, file);
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  const kept = list.filter((c) => !(c.type === 'tEXt' && c.data.toString('latin1', 0, c.data.indexOf(0)) === keyword));
  const ihdr = kept[0]!;
  return Buffer.concat([SIGNATURE, png.subarray(ihdr.start, ihdr.end), chunk, ...kept.slice(1).map((c) => png.subarray(c.start, c.end))]);
}
