import { foldInPlace } from './parse-text.ts';

/**
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
