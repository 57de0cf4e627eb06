// A minimal zip writer for the .docx tests of core and the CLI (zip bombs, bad sizes).
import { crc32, deflateRawSync } from "node:zlib";

/** A one-entry zip (stored sizes as given by the real data unless `declared` overrides the uncompressed size). */
export function zipOf(name: string, data: Buffer, declared?: number): Buffer {
  const deflated = deflateRawSync(data, { level: 9 });
  const nameBytes = Buffer.from(name, "utf8");
  const crc = crc32(data);
  const size = declared ?? data.length;
  // The local header and the central directory entry carry the same run of fields
  // (method, CRC-32, compressed size, uncompressed size, name length), at `at` and `at + 2`.
  const header = (signature: number, length: number, at: number): Buffer => {
    const b = Buffer.alloc(length);
    b.writeUInt32LE(signature, 0);
    b.writeUInt16LE(20, 4);
    b.writeUInt16LE(8, at - 6);
    b.writeUInt32LE(crc, at);
    b.writeUInt32LE(deflated.length, at + 4);
    b.writeUInt32LE(size, at + 8);
    b.writeUInt16LE(nameBytes.length, at + 12);
    return b;
  };
  const local = header(0x04034b50, 30, 14);
  const central = header(0x02014b50, 46, 16);
  central.writeUInt16LE(20, 6); // version needed to extract (after "version made by")
  central.writeUInt32LE(0, 42); // the local header's offset
  const cdOffset = local.length + nameBytes.length + deflated.length;
  const cdSize = central.length + nameBytes.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, eocd]);
}
