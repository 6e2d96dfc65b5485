import mammoth from 'mammoth';
import { AppError } from '../http/errors.ts';
import { sniffFileType, type UploadedFile } from '../http/uploads.ts';

const UNSUPPORTED = {
  vi: 'Chỉ nhận tệp kế hoạch dạng .docx, .md hoặc .txt (UTF-8). Vui lòng lưu lại tệp ở một trong các dạng đó.',
  en: 'Only .docx, .md or .txt (UTF-8) plan files are accepted. Please save the file in one of those formats.',
};

/** The text of an uploaded plan: a Word document read with mammoth, or UTF-8 text; anything else is 415. */
export async function extractPlanText(file: UploadedFile): Promise<string> {
  const type = sniffFileType(file.data);
  if (type === 'text') return file.data.toString('utf8').replace(/^\uFEFF/, '');
  if (type === 'zip') {
    try {
      const { value } = await mammoth.extractRawText({ buffer: file.data });
      if (value.trim()) return value;
    } catch {
      // Not a Word document (another ZIP): fall through to 415.
    }
  }
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', UNSUPPORTED);
}
