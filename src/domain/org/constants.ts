export const UNIT_KINDS = ['province', 'district', 'commune', 'village', 'agency'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** What kind of body an agency is; named groups in plans select agencies by it. */
export const AGENCY_CATEGORIES = [
  'government', // UBND, Văn phòng UBND, HĐND
  'police', // Công an tỉnh, Công an huyện
  'department', // sở, ban, ngành
  'mass_organization', // đoàn thể: MTTQ, Hội, Đoàn
  'media', // báo, đài, trung tâm thông tin
  'state_enterprise', // doanh nghiệp nhà nước
  'other',
] as const;
export type AgencyCategory = (typeof AGENCY_CATEGORIES)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  province: { vi: 'Tỉnh/Thành phố', en: 'Province' },
  district: { vi: 'Huyện/Quận/Thị xã/Thành phố', en: 'District' },
  commune: { vi: 'Xã/Phường/Thị trấn', en: 'Commune' },
  village: { vi: 'Thôn/Tổ dân phố', en: 'Village' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
};

/** Order in which children of one unit are listed: administrative units first, agencies after. */
export const UNIT_KIND_ORDER: Record<UnitKind, number> = {
  province: 0,
  district: 1,
  commune: 2,
  village: 3,
  agency: 4,
};
