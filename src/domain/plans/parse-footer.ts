import type { SourceLine } from './parse-lines.ts';
import { foldInPlace, isUpperCaseText, trimClosing, trimOpening } from './parse-text.ts';

/**
 * The end of a plan: "Nơi nhận:" and its list, and the signature block.
 * - Recipients are kept as written, without the list dash and the closing ";" or "."; notes such as
 *   "(b/c)" and the archive line "Lưu: VT, NC" stay, since they are part of the list the reviewer checks.
 * - The signer's authority keeps its lines ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH THƯỜNG TRỰC") joined with a
 *   line break, as they are printed; the name is the next line that reads like a person's name, as written.
 *   "(Đã ký)", seals and typist's initials are noise.
 */

export interface Footer {
  recipients: string[];
  authority: string | null;
  name: string | null;
}

const RECIPIENTS_LABEL = /^noi nhan\s*:?\s*/;
const AUTHORITY_PREFIX = /^(?:t\/?m|k\/?t|t\/?l|tuq|q)\s*\.\s*\S/;
const AUTHORITY_WORDS =
  /(?<![a-z])(?:chu tich|giam doc|truong ban|truong phong|bo truong|thu truong|chanh van phong|bi thu|thuong truc|uy ban|ubnd|hoi dong|nhan dan|cong an|ban chi dao|chi huy truong)(?![a-z])/;

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "GIÁM ĐỐC". */
export function isAuthorityLine(text: string): boolean {
  if (text.length > 80) return false;
  const folded = foldInPlace(text);
  if (AUTHORITY_PREFIX.test(folded) && isUpperCaseText(text)) return true;
  return (
    isUpperCaseText(text) &&
    /^(?:pho |q\. )?(?:chu tich|giam doc|truong ban|bo truong|chanh van phong|pho giam doc|pho chu tich)/.test(
      folded,
    )
  );
}

export function isRecipientsLabel(text: string): boolean {
  return RECIPIENTS_LABEL.test(foldInPlace(text.slice(0, 20)));
}

/** "Đặng Xuân Trường": two to seven capitalised words, no digits. */
function isPersonName(text: string): boolean {
  if (text.length > 60 || /\d|[:;()]/.test(text)) return false;
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 7 && words.every((word) => /^\p{Lu}/u.test(word));
}

function cleanRecipient(text: string): string {
  return trimClosing(trimOpening(text));
}

function readAuthority(lines: SourceLine[], from: number): { authority: string; next: number } {
  const parts: string[] = [];
  let index = from;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) break;
    const folded = foldInPlace(line.text);
    const isPart =
      parts.length === 0 ||
      (isUpperCaseText(line.text) && AUTHORITY_WORDS.test(folded) && line.text.length <= 80);
    if (!isPart) break;
    parts.push(trimClosing(line.text));
  }
  return { authority: parts.join('\n'), next: index };
}

/** Reads recipients and signer from the lines after the body (blank lines and noise already dropped). */
export function readFooter(lines: SourceLine[]): Footer {
  const footer: Footer = { recipients: [], authority: null, name: null };
  let isInRecipients = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) break;
    const folded = foldInPlace(line.text.slice(0, 20));
    if (RECIPIENTS_LABEL.test(folded)) {
      isInRecipients = true;
      const rest = cleanRecipient(line.text.slice((RECIPIENTS_LABEL.exec(folded)?.[0] ?? '').length));
      if (rest !== '') footer.recipients.push(rest);
      continue;
    }
    if (footer.authority === null && isAuthorityLine(line.text)) {
      const { authority, next } = readAuthority(lines, index);
      footer.authority = authority;
      index = next - 1;
      isInRecipients = false;
      continue;
    }
    if (footer.authority !== null && footer.name === null && isPersonName(line.text)) {
      footer.name = line.text;
      continue;
    }
    if (isInRecipients && (line.isBullet || /[;.]$/.test(line.text) || /^\+/.test(line.text))) {
      const recipient = cleanRecipient(line.text);
      if (recipient !== '') footer.recipients.push(recipient);
    }
  }
  return footer;
}
