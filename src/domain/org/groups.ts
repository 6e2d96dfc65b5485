import { foldText } from '../common/text.ts';
import type { AgencyCategory, UnitKind } from './constants.ts';

/**
 * Named groups that plans assign tasks to ("các sở, ban, ngành", "UBND các huyện, thành phố" …).
 * A group resolves, under one province, to the units whose kind (and, for agencies, category) match.
 */
export interface UnitGroup {
  key: string;
  name: string;
  /** Folded phrases that name the group in plan texts, longest first. */
  aliases: string[];
  kinds: UnitKind[];
  categories?: AgencyCategory[];
  /** Only direct children of the province (provincial level), not agencies of districts. */
  provincialOnly?: boolean;
}

export const UNIT_GROUPS: UnitGroup[] = [
  {
    key: 'provincial_departments',
    name: 'Các sở, ban, ngành',
    aliases: [
      'cac so, ban, nganh, doan the cap tinh',
      'cac so, ban, nganh cap tinh',
      'cac so, ban, nganh',
      'so, ban, nganh',
    ],
    kinds: ['agency'],
    categories: ['department', 'police', 'government', 'mass_organization', 'media'],
    provincialOnly: true,
  },
  {
    key: 'district_people_committees',
    name: 'UBND các huyện, thành phố',
    aliases: [
      'uy ban nhan dan cac huyen, thanh pho, thi xa',
      'uy ban nhan dan cac huyen, thanh pho',
      'ubnd cac huyen, thanh pho, thi xa',
      'ubnd cac huyen, thanh pho',
    ],
    kinds: ['district'],
  },
  {
    key: 'commune_people_committees',
    name: 'UBND các xã, phường, thị trấn',
    aliases: [
      'uy ban nhan dan cac xa, phuong, thi tran',
      'ubnd cac xa, phuong, thi tran',
      'uy ban nhan dan cac xa, phuong',
      'ubnd cac xa, phuong',
    ],
    kinds: ['commune'],
  },
  {
    key: 'state_enterprises',
    name: 'Các doanh nghiệp nhà nước',
    aliases: [
      'cac doanh nghiep nha nuoc dong tren dia ban',
      'cac doanh nghiep nha nuoc',
      'doanh nghiep nha nuoc',
    ],
    kinds: ['agency'],
    categories: ['state_enterprise'],
  },
];

/** Finds the group a phrase names, ignoring case and diacritics. */
export function findUnitGroup(phrase: string): UnitGroup | undefined {
  const folded = foldText(phrase).replace(/[.;:]+$/, '');
  return UNIT_GROUPS.find((group) => group.aliases.includes(folded) || foldText(group.name) === folded);
}
