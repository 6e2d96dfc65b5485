import { collapseSpaces, foldInPlace, stripInlineMarkup, trimClosing } from './parse-text.ts';

/**
 * Splits a list of units as plans write them ("Sở Nội vụ, Sở Tư pháp và các sở, ban, ngành, UBND các huyện,
 * thành phố") into one name each, never cutting inside a name that itself holds commas, "và" or hyphens:
 * - ";" always separates;
 * - "," separates, except that a fragment made only of a unit-kind word ("ban", "thành phố", "thị trấn") or
 *   starting in lower case with one ("đoàn thể cấp tỉnh", "cá nhân có liên quan") joins a neighbour that ends
 *   with a kind word ("Các sở", "UBND các huyện"), and a fragment that does not look like a unit at all
 *   ("Thể thao và Du lịch", "trật tự") joins the one before it;
 * - " và " separates only two parts that each look like a unit name ("Sở Tư pháp và các sở, ban, ngành",
 *   but not "Sở Thông tin và Truyền thông");
 * - nothing inside parentheses or inside a known compound phrase is cut; hyphens never separate.
 */

/** Words that open a unit's name (lower case, with diacritics; "uỷ" and "ủy" both). */
const UNIT_HEADS = [
  'ubnd|ủy ban|uỷ ban|hđnd|hội đồng|sở|ban|báo|đài|trung tâm|công an|bộ|cục|chi cục|phòng|văn phòng',
  'thanh tra|kho bạc|ngân hàng|bảo hiểm|tòa án|toà án|viện|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ',
  'thành ủy|thành uỷ|thị ủy|thị uỷ|đảng ủy|đảng uỷ|tỉnh đoàn|đoàn|hội|liên đoàn|liên minh|mặt trận',
  'mttq|chủ tịch|phó chủ tịch|giám đốc|thủ trưởng|người đứng đầu|lãnh đạo|lực lượng|tổ|đội|công ty',
  'tổng công ty|trường|bệnh viện|bộ chỉ huy|ban chỉ huy|bộ đội|cảnh sát|thường trực|cấp ủy|cấp uỷ',
  'chính quyền|cơ quan|đơn vị|tổ chức|cá nhân|địa phương|doanh nghiệp|ngành|đoàn thể|huyện',
  'thành phố|thị xã|quận|xã|phường|thị trấn|tỉnh|thôn|xóm|tổ dân phố|hợp tác xã|ủy ban nhân dân',
  'uỷ ban nhân dân|hội đồng nhân dân|các cấp',
].join('|');
const UNIT_HEAD = new RegExp(`^(?:${UNIT_HEADS})(?![\\p{L}\\p{M}])`, 'u');
/** Words that only say what kind of unit, and so name nothing alone ("ban", "ngành", "thị trấn"). */
const KIND_WORDS = [
  'sở|ban|ngành|đoàn thể|cơ quan|đơn vị|tổ chức|cá nhân|địa phương|doanh nghiệp|huyện|thành phố',
  'thị xã|quận|xã|phường|thị trấn|hội|lực lượng|thôn|xóm|tổ dân phố|khu phố|bản|làng|ấp|buôn',
  'trường học|cơ sở|phòng',
].join('|');
const STARTS_WITH_KIND = new RegExp(`^(?:${KIND_WORDS})(?![\\p{L}\\p{M}])`, 'u');
const ENDS_WITH_KIND = new RegExp(`(?<![\\p{L}\\p{M}])(?:${KIND_WORDS})$`, 'u');
const ONLY_KIND = new RegExp(`^(?:(?:${KIND_WORDS})(?: và | |, )?)+$`, 'u');
const LEADING_QUANTIFIER = /^(?:các|những|toàn thể|tất cả(?: các)?)\s+/u;
/** An abbreviation opens many names: "UBND", "CAT", "MTTQ", "VKSND". */
const ABBREVIATION_HEAD = /^\p{Lu}{2,}(?:[&-]\p{Lu}+)?(?![\p{Ll}])/u;

/** Folded phrases whose commas and "và" belong to one name. */
const COMPOUND_PHRASES = [
  'van hoa, the thao va du lich',
  'van hoa, thong tin, the thao va du lich',
  'lao dong - thuong binh va xa hoi',
  'lao dong, thuong binh va xa hoi',
  'lao dong thuong binh va xa hoi',
  'tai nguyen va moi truong',
  'khoa hoc va cong nghe',
  'ke hoach va dau tu',
  'giao duc va dao tao',
  'nong nghiep va phat trien nong thon',
  'nong nghiep va moi truong',
  'thong tin va truyen thong',
  'dan toc va ton giao',
  'phat thanh va truyen hinh',
  'chinh tri - xa hoi',
  'chinh tri, xa hoi',
  'an ninh, trat tu',
  'phong chay, chua chay',
  'cuu nan, cuu ho',
  'phong chay, chua chay va cuu nan, cuu ho',
  'phong, chong',
  'xa hoi',
];

function isUnitLike(fragment: string): boolean {
  const lower = fragment.trim().replace(/^[("“]+/, '');
  if (ABBREVIATION_HEAD.test(lower)) return true;
  const words = lower.toLowerCase().replace(LEADING_QUANTIFIER, '');
  return UNIT_HEAD.test(words) && !/^xã hội/u.test(words);
}

/** Whether a phrase reads like a unit's name (or a list of them): "Sở Tư pháp", "các cơ quan, đơn vị". */
export function looksLikeUnitName(text: string): boolean {
  return isUnitLike(text);
}

function kindBody(fragment: string): string {
  return fragment.trim().toLowerCase().replace(LEADING_QUANTIFIER, '');
}

function isOnlyKind(fragment: string): boolean {
  return ONLY_KIND.test(kindBody(fragment));
}

/** Positions that no separator may cut: inside parentheses and compound phrases. */
function protectedPositions(text: string, folded: string): Uint8Array {
  const isProtected = new Uint8Array(text.length);
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === '(' || char === '[') depth += 1;
    if (depth > 0) isProtected[index] = 1;
    if ((char === ')' || char === ']') && depth > 0) depth -= 1;
  }
  for (const phrase of COMPOUND_PHRASES) {
    let at = folded.indexOf(phrase);
    while (at >= 0) {
      const isWordStart = at === 0 || !/\p{L}/u.test(folded.charAt(at - 1));
      if (isWordStart) isProtected.fill(1, at, at + phrase.length);
      at = folded.indexOf(phrase, at + phrase.length);
    }
  }
  return isProtected;
}

/** Cuts `text` at every unprotected occurrence of a separator character. */
function cutAt(text: string, offset: number, isProtected: Uint8Array, separator: string): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text.charAt(index) === separator && !isProtected[offset + index]) {
      pieces.push([offset + start, offset + index]);
      start = index + 1;
    }
  }
  pieces.push([offset + start, offset + text.length]);
  return pieces;
}

function joinCommaFragments(fragments: string[]): string[] {
  const groups: string[] = [];
  for (const fragment of fragments) {
    const previous = groups.at(-1);
    const trimmed = fragment.trim();
    if (previous === undefined || trimmed === '') {
      if (trimmed !== '') groups.push(trimmed);
      continue;
    }
    const isKindTail =
      ENDS_WITH_KIND.test(previous.toLowerCase()) &&
      (isOnlyKind(trimmed) || (/^\p{Ll}/u.test(trimmed) && STARTS_WITH_KIND.test(kindBody(trimmed))));
    if (isKindTail || !isUnitLike(trimmed)) groups[groups.length - 1] = `${previous}, ${trimmed}`;
    else groups.push(trimmed);
  }
  return groups;
}

const AND = /(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])/gu;

function splitOnAnd(group: string): string[] {
  const folded = foldInPlace(group);
  const isProtected = protectedPositions(group, folded);
  const parts: string[] = [];
  let start = 0;
  for (const match of group.matchAll(AND)) {
    if (isProtected[match.index]) continue;
    parts.push(group.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(group.slice(start));
  const names: string[] = [];
  for (const part of parts.map((value) => value.trim())) {
    const previous = names.at(-1);
    if (previous !== undefined && !(isUnitLike(part) && isUnitLike(previous))) {
      names[names.length - 1] = `${previous} và ${part}`;
    } else if (part !== '') {
      names.push(part);
    }
  }
  return names;
}

function cleanName(name: string): string {
  return trimClosing(collapseSpaces(name).replace(/^(?:và|,|-|–|\+)\s+/u, ''));
}

/** One name per unit, in the order written, each as written (trimmed, no closing punctuation). */
export function splitUnitList(text: string): string[] {
  const clean = trimClosing(stripInlineMarkup(text));
  if (clean === '') return [];
  const folded = foldInPlace(clean);
  const isProtected = protectedPositions(clean, folded);
  const names: string[] = [];
  for (const [start, end] of cutAt(clean, 0, isProtected, ';')) {
    const piece = clean.slice(start, end);
    const fragments = cutAt(piece, start, isProtected, ',').map(([from, to]) => clean.slice(from, to));
    for (const group of joinCommaFragments(fragments)) {
      names.push(...splitOnAnd(group).map(cleanName));
    }
  }
  return names.filter((name) => name !== '').map((name) => name.slice(0, 300).trim());
}
