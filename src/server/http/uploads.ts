import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
}

/** Reads the one file of a multipart request (field `file`); the size limit answers 413 on its own. */
export async function readUploadedFile(req: FastifyRequest): Promise<UploadedFile> {
  const part = await req.file();
  if (!part) {
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: '/file', message: 'Chưa chọn tệp' }]);
  }
  const data = await part.toBuffer();
  return { filename: part.filename, mimetype: part.mimetype, data };
}

/** What a file is, by its content (never by its name): ZIP-based Office documents, PDF, images, or text. */
export function sniffFileType(data: Buffer): 'zip' | 'pdf' | 'jpeg' | 'png' | 'text' | 'binary' {
  if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.includes(0)) return 'binary';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return 'text';
  } catch {
    return 'binary';
  }
}
