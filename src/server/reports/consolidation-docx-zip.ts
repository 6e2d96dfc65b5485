/**
 * Reads one file out of the .docx that docx's Packer wrote, and writes the archive again with that file
 * replaced: just enough of the zip format (APPNOTE 6.3) for Packer's own output — stored or deflated files,
 * sizes in the headers, no zip64, no encryption. Anything else is refused, not guessed at.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag bit 3: sizes in a trailing data descriptor (not in Packer's output). */
const HAS_DATA_DESCRIPTOR = 0x0008;
const UTF8_NAMES = 0x0800;

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  compressed: Buffer;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 65_535); offset -= 1) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('Not a zip file: no end of central directory');
}

function readEntries(zip: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error('Corrupt zip: bad central directory');
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if ((method !== STORED && method !== DEFLATED) || flags & HAS_DATA_DESCRIPTOR) {
      throw new Error(`Unsupported zip entry ${name}: method ${method}, flags ${flags}`);
    }
    if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER)
      throw new Error(`Corrupt zip: bad local header ${name}`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    entries.push({
      name,
      method,
      flags,
      time: zip.readUInt16LE(offset + 12),
      date: zip.readUInt16LE(offset + 14),
      crc: zip.readUInt32LE(offset + 16),
      size: zip.readUInt32LE(offset + 24),
      compressed: zip.subarray(dataStart, dataStart + compressedSize),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function contentOf(entry: ZipEntry): Buffer {
  return entry.method === STORED ? Buffer.from(entry.compressed) : inflateRawSync(entry.compressed);
}

type Field = readonly [bytes: 2 | 4, value: number];

/** A local file header (30 bytes) or, given the local header's offset, a central directory header (46). */
function header(signature: number, entry: ZipEntry, name: Buffer, localOffset: number | null): Buffer {
  const madeBy: Field[] = localOffset === null ? [] : [[2, 20]]; // version made by: 2.0
  // Comment length, disk number, internal and external attributes, offset of the local header.
  const centralOnly: Field[] =
    localOffset === null
      ? []
      : [
          [2, 0],
          [2, 0],
          [2, 0],
          [4, 0],
          [4, localOffset],
        ];
  const fields: Field[] = [
    [4, signature],
    ...madeBy,
    [2, 20], // version needed to extract: 2.0 (deflate)
    [2, (entry.flags & ~HAS_DATA_DESCRIPTOR) | UTF8_NAMES],
    [2, entry.method],
    [2, entry.time],
    [2, entry.date],
    [4, entry.crc],
    [4, entry.compressed.length],
    [4, entry.size],
    [2, name.length],
    [2, 0], // extra field length
    ...centralOnly,
  ];
  const record = Buffer.alloc(fields.reduce((sum, [bytes]) => sum + bytes, 0));
  let offset = 0;
  for (const [bytes, value] of fields) {
    offset = bytes === 2 ? record.writeUInt16LE(value, offset) : record.writeUInt32LE(value, offset);
  }
  return record;
}

function writeEntries(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = [header(LOCAL_HEADER, entry, name, null), name, entry.compressed];
    centrals.push(header(CENTRAL_HEADER, entry, name, offset), name);
    locals.push(...local);
    offset += local.reduce((sum, part) => sum + part.length, 0);
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The content of the file at `path` in the archive. */
export function readZipEntry(zip: Buffer, path: string): Buffer {
  const entry = readEntries(zip).find((candidate) => candidate.name === path);
  if (!entry) throw new Error(`No ${path} in the zip file`);
  return contentOf(entry);
}

/** The archive again, its other files copied as they are and the one at `path` holding `content`. */
export function replaceZipEntry(zip: Buffer, path: string, content: Buffer): Buffer {
  const entries = readEntries(zip).map((entry): ZipEntry => {
    if (entry.name !== path) return entry;
    return {
      ...entry,
      method: DEFLATED,
      crc: crc32(content),
      size: content.length,
      compressed: deflateRawSync(content),
    };
  });
  return writeEntries(entries);
}
