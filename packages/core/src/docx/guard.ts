// What keeps a .docx from taking the machine: the refusal type, and the zip-bomb check made
// before anything is inflated.

/** Thrown for a .docx that cannot be read. */
export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxError";
  }
}

/** The most a .docx may inflate to, all parts together (a real report's document.xml is a few MB). */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Compression ratio no real Word part reaches (XML compresses some 10–20 times). */
const MAX_DOCX_RATIO = 1000;

/** One entry of a zip's central directory, as it declares itself. */
interface ZipEntry {
  name: string;
  crc: number;
  compressed: number;
  size: number;
}

/**
 * The entries of a zip's central directory (found from the end-of-central-directory record in
 * the last 22 + 65,535 bytes), in order; `zip64` when the record or an entry uses ZIP64 markers.
 * Null when there is no central directory; the list stops at the first damaged entry.
 */
function centralDirectory(bytes: Uint8Array): { entries: ZipEntry[]; zip64: boolean } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) return { entries: [], zip64: true };
  const utf8 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  const entries: ZipEntry[] = [];
  let zip64 = false;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) break;
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const entry = {
      name: (flags & 0x800 ? utf8 : latin1).decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) zip64 = true;
    entries.push(entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { entries, zip64 };
}

/**
 * Guard against zip bombs before anything is inflated: read the zip's central
 * directory and refuse the file when the declared uncompressed sizes add up to
 * more than MAX_DOCX_UNCOMPRESSED_BYTES, when one entry claims a ratio over
 * MAX_DOCX_RATIO, or when a size is stored in the ZIP64 extra field (no Word
 * file needs ZIP64). A zip whose central directory cannot be found is left to
 * the unzipping, which reports it as unreadable.
 */
export function checkZipSizes(bytes: Uint8Array): void {
  const directory = centralDirectory(bytes);
  if (directory === null) return;
  const refuse = (why: string): never => {
    throw new DocxError(`Word 文件解压后过大或压缩比异常（${why}），疑似压缩炸弹，拒绝处理；请在 Word 中重新另存为 .docx`);
  };
  let total = 0;
  for (const { size, compressed } of directory.entries) {
    if (size === 0xffffffff || compressed === 0xffffffff) refuse("ZIP64");
    total += size;
    if (total > MAX_DOCX_UNCOMPRESSED_BYTES) refuse(`解压后超过 ${MAX_DOCX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
    if (size > 1024 * 1024 && size > compressed * MAX_DOCX_RATIO) refuse(`压缩比超过 ${MAX_DOCX_RATIO}:1`);
  }
  if (directory.zip64) refuse("ZIP64");
}

/** The CRC-32 of each entry as the zip's central directory records it, by name. */
export function zipChecksums(bytes: Uint8Array): Map<string, number> {
  return new Map((centralDirectory(bytes)?.entries ?? []).map((e) => [e.name, e.crc]));
}

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as zip uses it). */
export function crc32(data: Uint8Array): number {
  if (table === null) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
