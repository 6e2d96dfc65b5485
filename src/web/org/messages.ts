import type { AgencyCategory } from '../../domain/org/constants.ts';
import type { Text } from '../lib/i18n.ts';

export const orgText = {
  title: { vi: 'Cơ cấu tổ chức', en: 'Organisation structure' },
  description: {
    vi: 'Cây đơn vị hành chính và cơ quan: tỉnh, huyện, xã, thôn và các sở, ban, ngành.',
    en: 'Administrative units and agencies: province, districts, communes, villages and departments.',
  },
  treeTitle: { vi: 'Cây đơn vị', en: 'Unit tree' },
  searchPlaceholder: {
    vi: 'Tên hoặc mã đơn vị, gõ không dấu cũng được',
    en: 'Unit name or code, diacritics optional',
  },
  searchLabel: { vi: 'Tìm đơn vị', en: 'Search units' },
  kindFilter: { vi: 'Loại đơn vị', en: 'Unit kind' },
  allKinds: { vi: 'Mọi loại', en: 'All kinds' },
  found: { vi: 'Tìm thấy {total} đơn vị', en: '{total} units found' },
  noResults: { vi: 'Không tìm thấy đơn vị phù hợp', en: 'No matching unit' },
  noUnits: {
    vi: 'Chưa có đơn vị nào. Hãy nhập danh mục đơn vị hành chính.',
    en: 'No units yet. Import the catalogue.',
  },
  selectHint: {
    vi: 'Chọn một đơn vị trên cây hoặc trong kết quả tìm kiếm để xem chi tiết.',
    en: 'Select a unit in the tree or in the search results to see its details.',
  },
  name: { vi: 'Tên đơn vị', en: 'Name' },
  code: { vi: 'Mã', en: 'Code' },
  kind: { vi: 'Loại', en: 'Kind' },
  category: { vi: 'Nhóm cơ quan', en: 'Agency category' },
  parent: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
  validFrom: { vi: 'Hiệu lực từ', en: 'Valid from' },
  validTo: { vi: 'Hiệu lực đến', en: 'Valid until' },
  inForce: { vi: 'Đang hiệu lực', en: 'In force' },
  ended: { vi: 'Đã hết hiệu lực', en: 'No longer in force' },
  notRecorded: { vi: 'Không ghi nhận', en: 'Not recorded' },
  topLevel: { vi: 'Cấp cao nhất', en: 'Top level' },
  predecessors: {
    vi: 'Đơn vị tiền thân (trước sáp nhập, chia tách)',
    en: 'Predecessors (before merger or split)',
  },
  successors: { vi: 'Đơn vị kế thừa (sau sáp nhập, chia tách)', en: 'Successors (after merger or split)' },
  effectiveDate: { vi: 'Ngày hiệu lực', en: 'Effective date' },
  children: { vi: 'Đơn vị trực thuộc ({count})', en: 'Subordinate units ({count})' },
  noChildren: { vi: 'Không có đơn vị trực thuộc', en: 'No subordinate units' },
  loadFailed: { vi: 'Không tải được dữ liệu đơn vị.', en: 'Could not load unit data.' },
  retry: { vi: 'Thử lại', en: 'Try again' },
} satisfies Record<string, Text>;

export const AGENCY_CATEGORY_LABELS: Record<AgencyCategory, Text> = {
  government: { vi: 'Chính quyền (UBND, HĐND)', en: 'Government (People’s Committee, Council)' },
  police: { vi: 'Công an', en: 'Police' },
  department: { vi: 'Sở, ban, ngành', en: 'Department' },
  mass_organization: { vi: 'Đoàn thể, tổ chức chính trị - xã hội', en: 'Mass organisation' },
  media: { vi: 'Báo chí, phát thanh, truyền hình', en: 'Press and broadcasting' },
  state_enterprise: { vi: 'Doanh nghiệp nhà nước', en: 'State enterprise' },
  other: { vi: 'Khác', en: 'Other' },
};
