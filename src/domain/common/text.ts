/**
 * Folds Vietnamese text for search: lower case, diacritics removed, đ → d, whitespace collapsed.
 * "Công an tỉnh" → "cong an tinh"; "Huyện Đại Từ" → "huyen dai tu".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
