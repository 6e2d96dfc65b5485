import type { UnitKind } from './constants.ts';

/**
 * The national administrative-unit catalogues (GSO codes; resources/admin-units/README.md):
 * 2024 with the district level, and the one in force from 1/7/2025 without it.
 */
export type CatalogueEdition = '2024' | '2025';

export interface CatalogueUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** Code of the parent unit in the same catalogue; null for provinces. */
  parentCode: string | null;
}

export interface CatalogueParseResult {
  edition: CatalogueEdition;
  units: CatalogueUnit[];
  errors: { line: number; message: string }[];
}

const HEADERS: Record<CatalogueEdition, string[]> = {
  '2024': [
    'province_code',
    'province_name',
    'district_code',
    'district_name',
    'commune_code',
    'commune_name',
    'commune_level',
  ],
  '2025': ['province_code', 'province_name', 'commune_code', 'commune_name', 'commune_level'],
};

/** Default validity of each edition (the 2024 tree holds for the whole of 2024 in Thái Nguyên). */
export const CATALOGUE_VALIDITY: Record<CatalogueEdition, { validFrom: string; validTo: string | null }> = {
  '2024': { validFrom: '2024-01-01', validTo: '2025-06-30' },
  '2025': { validFrom: '2025-07-01', validTo: null },
};

export function detectEdition(header: string[]): CatalogueEdition | undefined {
  const normalized = header.map((h) => h.trim().toLowerCase());
  return (Object.keys(HEADERS) as CatalogueEdition[]).find(
    (edition) =>
      HEADERS[edition].every((column) => normalized.includes(column)) &&
      normalized.length === HEADERS[edition].length,
  );
}

/**
 * Turns catalogue rows (header first) into a list of units, parents before children, each once.
 * `provinceCode` keeps only one province. Never throws: bad rows are reported in `errors`.
 */
export function parseCatalogue(
  rows: string[][],
  provinceCode?: string,
): CatalogueParseResult | { error: string } {
  const [header, ...body] = rows;
  const edition = header ? detectEdition(header) : undefined;
  if (!header || !edition) {
    return {
      error: `Unrecognised header; expected ${HEADERS['2024'].join(',')} or ${HEADERS['2025'].join(',')}`,
    };
  }
  const column = (name: string) => header.map((h) => h.trim().toLowerCase()).indexOf(name);
  const at = {
    provinceCode: column('province_code'),
    provinceName: column('province_name'),
    districtCode: column('district_code'),
    districtName: column('district_name'),
    communeCode: column('commune_code'),
    communeName: column('commune_name'),
  };
  const seen = new Map<string, CatalogueUnit>();
  const units: CatalogueUnit[] = [];
  const errors: { line: number; message: string }[] = [];
  const add = (unit: CatalogueUnit) => {
    const key = `${unit.kind}:${unit.code}`;
    if (seen.has(key)) return;
    seen.set(key, unit);
    units.push(unit);
  };
  body.forEach((row, index) => {
    const line = index + 2;
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    const province = { code: cell(at.provinceCode), name: cell(at.provinceName) };
    if (provinceCode && province.code !== provinceCode) return;
    const commune = { code: cell(at.communeCode), name: cell(at.communeName) };
    const district = { code: cell(at.districtCode), name: cell(at.districtName) };
    if (
      !province.code ||
      !province.name ||
      !commune.code ||
      !commune.name ||
      (edition === '2024' && (!district.code || !district.name))
    ) {
      if (row.some((value) => value.trim() !== '')) errors.push({ line, message: 'missing code or name' });
      return;
    }
    add({ code: province.code, name: province.name, kind: 'province', parentCode: null });
    if (edition === '2024') {
      add({ code: district.code, name: district.name, kind: 'district', parentCode: province.code });
      add({ code: commune.code, name: commune.name, kind: 'commune', parentCode: district.code });
    } else {
      add({ code: commune.code, name: commune.name, kind: 'commune', parentCode: province.code });
    }
  });
  return { edition, units, errors };
}
