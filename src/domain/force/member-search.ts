import { foldText } from '../common/text.ts';

/**
 * The keys a member is found by in the name search: the folded full name from each word on. "Nguyễn Thị Thu
 * Trang" → "nguyen thi thu trang", "thi thu trang", "thu trang", "trang". A search text matches a member when
 * it starts one of the keys: the beginning of any word of the name, and the words after it as typed
 * ("nguyen van", "thu tr", "trang"). Each key is a b-tree range (`key >= text and key < text + MAX`) on both
 * engines, where `LIKE '%text%'` reads every name of the scope.
 */
export function nameKeys(fullName: string): string[] {
  const folded = foldText(fullName);
  const keys = new Set<string>();
  for (let start = 0; start < folded.length;) {
    keys.add(folded.slice(start));
    const space = folded.indexOf(' ', start);
    if (space < 0) break;
    start = space + 1;
  }
  return [...keys];
}

/** Sorts after every folded text: the end of a prefix range. */
export const KEY_RANGE_END = '\uffff';
