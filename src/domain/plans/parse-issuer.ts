import { foldInPlace, isUpperCaseText, toSentenceCase, toTitleCase, trimClosing } from './parse-text.ts';

/**
 * Issuer normal form: the people's committee and council abbreviated (UBND, HĐND), the level in lower case,
 * the place in title case: "UỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN" → "UBND tỉnh Thái Nguyên",
 * "CÔNG AN TỈNH NGHỆ AN" → "Công an tỉnh Nghệ An"; a department capitalised as its name is
 * ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch") and, under a superior line, given
 * the superior's place ("UBND TỈNH QUẢNG NINH" / "SỞ TƯ PHÁP" → "Sở Tư pháp tỉnh Quảng Ninh"); any other
 * body in sentence case.
 *
 * The issuer of a plan whose header does not name it (the seed has no issuer line): a people's committee
 * when the symbol ends in "UBND" ("71/KH-UBND") or the text says "UBND tỉnh ban hành"; its level and place
 * from the text ("trên địa bàn tỉnh Thái Nguyên"), else from the place line. Always reported as a warning.
 */

const LEVELS = /(?:ubnd|uy ban nhan dan)\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)(?![a-z])/;
const PROPER_NAME = /^\p{Lu}[\p{Ll}\p{M}']*(?:[ -]\p{Lu}[\p{Ll}\p{M}']*){0,3}/u;

function symbolOrgan(number: string | null): string | null {
  const symbol = number?.split('/').slice(1).join('/') ?? '';
  const organ = symbol.split('-').slice(1).join('-');
  return organ === '' ? null : organ.toUpperCase();
}

/** A capitalised name right after "<level> " in the text: "… địa bàn tỉnh Thái Nguyên" → "Thái Nguyên". */
function findPlaceName(text: string, folded: string, levelFolded: string): string | null {
  const anchors = [`dia ban ${levelFolded} `, `${levelFolded} `];
  for (const anchor of anchors) {
    let at = folded.indexOf(anchor);
    while (at >= 0) {
      const name = PROPER_NAME.exec(text.slice(at + anchor.length, at + anchor.length + 80))?.[0];
      if (name) return name;
      at = folded.indexOf(anchor, at + anchor.length);
    }
  }
  return null;
}

export function deriveIssuer(number: string | null, place: string | null, texts: string[]): string | null {
  const text = texts.join('\n').slice(0, 50_000);
  const folded = foldInPlace(text);
  const level = LEVELS.exec(folded);
  const isPeoplesCommittee =
    symbolOrgan(number) === 'UBND' || (level !== null && folded.includes(' ban hanh'));
  if (!isPeoplesCommittee) return null;
  const levelFolded = level?.[1] ?? 'tinh';
  const levelWords = level
    ? text
        .slice(level.index + level[0].length - levelFolded.length, level.index + level[0].length)
        .toLowerCase()
    : 'tỉnh';
  const name = findPlaceName(text, folded, levelFolded) ?? place;
  return name ? `UBND ${levelWords} ${name}` : null;
}

const LEVEL = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)(?![a-z])\s*/;
const ORGANS: [RegExp, string][] = [
  [/^(?:uy ban nhan dan|ubnd)(?![a-z])\s*/, 'UBND'],
  [/^(?:hoi dong nhan dan|hdnd)(?![a-z])\s*/, 'HĐND'],
  [/^cong an(?![a-z])\s*/, 'Công an'],
];

/** "UỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN" → "UBND tỉnh Thái Nguyên" (see the module comment). */
export function normalizeIssuer(text: string): string {
  const clean = trimClosing(text.replace(/^(?:chủ tịch|chủ tich)\s+/iu, '')).replace(/\s+/g, ' ');
  const folded = foldInPlace(clean);
  for (const [pattern, organ] of ORGANS) {
    const organMatch = pattern.exec(folded);
    if (!organMatch) continue;
    const rest = clean.slice(organMatch[0].length);
    const level = LEVEL.exec(folded.slice(organMatch[0].length));
    if (!level) return rest === '' ? organ : `${organ} ${isUpperCaseText(rest) ? toTitleCase(rest) : rest}`;
    const levelWords = rest.slice(0, level[0].length).trim().toLowerCase();
    const place = rest.slice(level[0].length).trim();
    const placeName = isUpperCaseText(place) ? toTitleCase(place) : place;
    return [organ, levelWords, placeName].filter((part) => part !== '').join(' ');
  }
  const department = DEPARTMENT.exec(folded);
  if (department && isUpperCaseText(clean)) {
    const organ = toSentenceCase(clean.slice(0, department[0].length).trim());
    return `${organ} ${toDepartmentName(clean.slice(department[0].length))}`.trim();
  }
  return isUpperCaseText(clean) ? toSentenceCase(clean) : clean;
}

const DEPARTMENT = /^(?:so|ban|phong|cuc|chi cuc|trung tam|van phong)(?![a-z])\s*/;
const LEVEL_ANYWHERE = /(?<![a-z])(?:tinh|thanh pho|huyen|quan|thi xa|xa(?! hoi)|phuong|thi tran)(?![a-z])/;

export function startsWithLevel(folded: string): boolean {
  return LEVEL.test(folded);
}

/** "VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Văn hóa, Thể thao và Du lịch": each joined part capitalised. */
function toDepartmentName(text: string): string {
  return toSentenceCase(text).replace(
    /(, | và | - )(\p{Ll})/gu,
    (_match, joint: string, letter: string) => joint + letter.toUpperCase(),
  );
}

/** The body the header's capital lines name: the last one, given its superior's place when it has none. */
export function issuerFromHeader(names: string[]): string | null {
  const last = names.at(-1);
  if (last === undefined) return null;
  const issuer = normalizeIssuer(last);
  const superior = names.at(-2);
  if (superior === undefined || LEVEL_ANYWHERE.test(foldInPlace(issuer))) return issuer;
  const superiorName = normalizeIssuer(superior);
  const place = LEVEL_ANYWHERE.exec(foldInPlace(superiorName));
  return place ? `${issuer} ${superiorName.slice(place.index)}` : issuer;
}
