import { describe, expect, it } from 'vitest';
import { UNIT_GROUPS } from '../org/groups.ts';
import { matchUnitName, type UnitCandidate } from './match-units.ts';

/** The demo agencies (src/server/demo/demo-data.ts), the province and two of its districts. */
const CANDIDATES: UnitCandidate[] = [
  { id: 'u-cat', code: '19.CAT', name: 'Công an tỉnh', kind: 'agency' },
  { id: 'u-ubnd', code: '19.UBND', name: 'UBND tỉnh', kind: 'agency' },
  { id: 'u-vpubnd', code: '19.VPUBND', name: 'Văn phòng UBND tỉnh', kind: 'agency' },
  { id: 'u-stp', code: '19.STP', name: 'Sở Tư pháp', kind: 'agency' },
  { id: 'u-snv', code: '19.SNV', name: 'Sở Nội vụ', kind: 'agency' },
  { id: 'u-stttt', code: '19.STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'agency' },
  { id: 'u-stc', code: '19.STC', name: 'Sở Tài chính', kind: 'agency' },
  { id: 'u-btn', code: '19.BTN', name: 'Báo Thái Nguyên', kind: 'agency' },
  { id: 'u-ptth', code: '19.PTTH', name: 'Đài Phát thanh - Truyền hình tỉnh', kind: 'agency' },
  { id: 'u-tttt', code: '19.TTTT', name: 'Trung tâm Thông tin tỉnh', kind: 'agency' },
  { id: 'u-mttq', code: '19.MTTQ', name: 'Ủy ban MTTQ tỉnh', kind: 'agency' },
  { id: 'u-19', code: '19', name: 'Tỉnh Thái Nguyên', kind: 'province' },
  { id: 'u-171', code: '171', name: 'Huyện Đại Từ', kind: 'district' },
  { id: 'u-164', code: '164', name: 'Thành phố Thái Nguyên', kind: 'district' },
];
const GROUPS = UNIT_GROUPS.map(({ key, name, aliases }) => ({ key, name, aliases }));

function match(name: string) {
  return matchUnitName(name, CANDIDATES, GROUPS);
}

describe('matchUnitName', () => {
  it.each([
    ['Sở Tư pháp', 'u-stp'],
    ['Báo Thái Nguyên', 'u-btn'],
    ['Đài Phát thanh - Truyền hình tỉnh', 'u-ptth'],
    ['Trung tâm Thông tin tỉnh', 'u-tttt'],
    ['Sở Thông tin và Truyền thông', 'u-stttt'],
    ['Công an tỉnh', 'u-cat'],
    ['Sở Nội vụ', 'u-snv'],
    ['Sở  Nội   vụ', 'u-snv'],
  ])('matches the seed unit "%s" exactly', (name, unitId) => {
    expect(match(name)).toEqual({ kind: 'unit', unitId, confidence: 'exact' });
  });

  it('ignores markup, surrounding spaces and closing punctuation for an exact match', () => {
    expect(match('  **Sở Tư pháp.** ')).toEqual({ kind: 'unit', unitId: 'u-stp', confidence: 'exact' });
  });

  it.each([
    ['sở tư pháp', 'u-stp'],
    ['SO TU PHAP', 'u-stp'],
    ['CÔNG AN TỈNH', 'u-cat'],
    ['Uỷ ban MTTQ tỉnh', 'u-mttq'],
  ])('matches "%s" ignoring case, diacritics, spaces and Uỷ/Ủy', (name, unitId) => {
    expect(match(name)).toEqual({ kind: 'unit', unitId, confidence: 'folded' });
  });

  it.each([
    ['Sở TT&TT', 'u-stttt'],
    ['Sở TTTT', 'u-stttt'],
    ['Sở TT & TT tỉnh', 'u-stttt'],
    ['Sở Thông tin và Truyền thông tỉnh Thái Nguyên', 'u-stttt'],
    ['CAT', 'u-cat'],
    ['Công an tỉnh Thái Nguyên', 'u-cat'],
    ['Đài PT-TH tỉnh', 'u-ptth'],
    ['Đài Phát thanh-Truyền hình tỉnh', 'u-ptth'],
    ['Đài Phát thanh - Truyền hình', 'u-ptth'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'u-mttq'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'u-mttq'],
    ['Ủy ban nhân dân tỉnh', 'u-ubnd'],
    ['UBND tỉnh Thái Nguyên', 'u-ubnd'],
    ['Văn phòng Ủy ban nhân dân tỉnh', 'u-vpubnd'],
    ['VP UBND tỉnh', 'u-vpubnd'],
    ['Các cơ quan: Sở Tư pháp tỉnh', 'u-stp'],
    ['Trung tâm Thông tin', 'u-tttt'],
  ])('matches "%s" through abbreviations and optional words', (name, unitId) => {
    expect(match(name)).toEqual({ kind: 'unit', unitId, confidence: 'abbreviation' });
  });

  it('spells abbreviations out the other way too: a plan in full words against a tree in abbreviations', () => {
    const tree: UnitCandidate[] = [{ id: 'x', code: 'X', name: 'Sở TT&TT', kind: 'agency' }];
    expect(matchUnitName('Sở Thông tin và Truyền thông', tree, GROUPS)).toEqual({
      kind: 'unit',
      unitId: 'x',
      confidence: 'abbreviation',
    });
  });

  it.each([
    ['Các sở, ban, ngành, đoàn thể cấp tỉnh', 'provincial_departments'],
    ['các sở, ban, ngành', 'provincial_departments'],
    ['UBND các huyện, thành phố', 'district_people_committees'],
    ['Ủy ban nhân dân các huyện, thành phố', 'district_people_committees'],
    ['UBND huyện, thành phố', 'district_people_committees'],
    ['UBND các xã, phường, thị trấn', 'commune_people_committees'],
    ['các doanh nghiệp nhà nước đóng trên địa bàn', 'state_enterprises'],
  ])('matches "%s" to a named group', (name, groupKey) => {
    expect(match(name)).toEqual({ kind: 'group', groupKey });
  });

  it('leaves a generic phrase unmatched', () => {
    expect(match('cơ quan, đơn vị, tổ chức, cá nhân có liên quan')).toEqual({
      kind: 'unmatched',
      suggestions: [],
    });
  });

  it('suggests up to three candidates by shared words, best first', () => {
    const result = match('Sở Tư pháp và Nội vụ');
    expect(result.kind).toBe('unmatched');
    if (result.kind !== 'unmatched') return;
    expect(result.suggestions.slice(0, 2).sort()).toEqual(['u-snv', 'u-stp']);
    const media = match('Trung tâm Văn hóa Thông tin');
    expect(media.kind === 'unmatched' && media.suggestions.slice(0, 2)).toEqual(['u-tttt', 'u-stttt']);
    expect(match('Báo Nhân dân')).toEqual({ kind: 'unmatched', suggestions: ['u-btn'] });
  });

  it('matches nothing for an empty name and works with no candidates', () => {
    expect(match('')).toEqual({ kind: 'unmatched', suggestions: [] });
    expect(matchUnitName('Sở Tư pháp', [], [])).toEqual({ kind: 'unmatched', suggestions: [] });
  });
});
