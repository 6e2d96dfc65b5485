/**
 * A province-wide consolidated report for timing the exports (SPEC §9: .docx and .xlsx under 2 s): 177
 * communes, 9 districts and 20 agencies of Thái Nguyên (2024), every one assigned each of 10 tasks, so
 * 2,060 unit rows. Deterministic: the same report on every call. Commune names are made up.
 */
import type {
  ConsolidatedDifficulty,
  ConsolidatedReport,
  ConsolidatedTask,
  ConsolidatedUnitPart,
  ReportStatus,
} from '../../domain/reports/consolidation.ts';
import {
  ARTICLES,
  ATTENDANCE,
  CONFERENCES,
  SPENDING,
  buildSampleConsolidation,
  figures,
  summarise,
  totalIndicators,
} from './consolidation-sample.ts';

const DISTRICTS = [
  'Thành phố Thái Nguyên',
  'Thành phố Sông Công',
  'Thành phố Phổ Yên',
  'Huyện Định Hóa',
  'Huyện Phú Lương',
  'Huyện Đồng Hỷ',
  'Huyện Võ Nhai',
  'Huyện Đại Từ',
  'Huyện Phú Bình',
];
const AGENCY_NAMES = [
  'Công an tỉnh',
  'Sở Tư pháp',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Thông tin và Truyền thông',
  'Sở Kế hoạch và Đầu tư',
  'Sở Giáo dục và Đào tạo',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Y tế',
  'Báo Thái Nguyên',
  'Đài Phát thanh - Truyền hình tỉnh',
  'Trung tâm Thông tin tỉnh',
  'Ủy ban MTTQ tỉnh',
  'Tỉnh đoàn Thái Nguyên',
  'Hội Liên hiệp Phụ nữ tỉnh',
  'Hội Nông dân tỉnh',
  'Hội Cựu chiến binh tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Văn phòng UBND tỉnh',
];
const COMMUNE_STEMS = ['Tân Lập', 'Hòa Bình', 'Quyết Thắng', 'Phúc Xuân', 'Minh Đức', 'Yên Lạc', 'Cổ Lũng'];
const TASK_TITLES = [
  'Tổ chức quán triệt, tuyên truyền, phổ biến Luật tại hội nghị',
  'Tuyên truyền Luật trên các phương tiện thông tin đại chúng',
  'Đăng tải Luật trên trang thông tin điện tử của cơ quan, đơn vị',
  'Tập huấn chuyên sâu Luật và các văn bản quy định chi tiết',
  'Huấn luyện, bồi dưỡng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Rà soát văn bản quy phạm pháp luật liên quan',
  'Xây dựng Nghị quyết của HĐND tỉnh về tiêu chí, mức hỗ trợ',
  'Tham mưu quyết định số lượng Tổ bảo vệ an ninh, trật tự',
  'Theo dõi, kiểm tra việc thi hành Luật',
  'Sơ kết, báo cáo kết quả thi hành Luật',
];
const TASK_CODES = ['1.1', '1.2', '1.3', '1.4', '1.5', '2', '3.1', '3.2', '4.1', '4.2'];
const STATUSES: ReportStatus[] = [
  'accepted',
  'accepted',
  'submitted',
  'submitted',
  'returned',
  'draft',
  'not_started',
];
const INDICATORS = [CONFERENCES, ATTENDANCE, ARTICLES, SPENDING];

/** A small linear congruential generator: the same "random" figures on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function unitNames(): string[] {
  const communes = Array.from({ length: 177 }, (_, index) => {
    const kind = index % 6 === 0 ? 'Phường' : index % 11 === 0 ? 'Thị trấn' : 'Xã';
    return `${kind} ${COMMUNE_STEMS[index % COMMUNE_STEMS.length] ?? ''} ${Math.floor(index / 7) + 1}`;
  });
  return [...AGENCY_NAMES, ...DISTRICTS, ...communes];
}

function unitPart(name: string, taskIndex: number, random: () => number): ConsolidatedUnitPart {
  const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'not_started';
  const isSent = status === 'accepted' || status === 'submitted' || status === 'returned';
  const values = [
    Math.floor(random() * 5) + 1,
    Math.floor(random() * 800) + 40,
    Math.floor(random() * 30),
    Math.floor(random() * 40) * 500_000,
  ];
  return {
    unitName: name,
    role: name === 'Công an tỉnh' ? 'lead' : 'coordinator',
    status,
    progress: isSent || status === 'draft' ? Math.round(random() * 20) * 5 : null,
    done: isSent
      ? `Đã triển khai nhiệm vụ ${TASK_CODES[taskIndex] ?? ''}: tổ chức hội nghị, tuyên truyền trên hệ thống loa truyền thanh, sinh hoạt thôn, tổ dân phố; lồng ghép với phong trào toàn dân bảo vệ an ninh Tổ quốc.`
      : null,
    indicators: isSent ? figures(INDICATORS, values) : [],
    difficulties: random() < 0.1 ? 'Kinh phí còn hạn chế; lực lượng mỏng, kiêm nhiệm nhiều việc.' : null,
    proposals: random() < 0.05 ? 'Đề nghị bổ sung kinh phí và tài liệu tuyên truyền.' : null,
    submittedAt: isSent ? new Date(Date.UTC(2024, 10, 1 + Math.floor(random() * 14), 2)).toISOString() : null,
    isLate: random() < 0.15,
  };
}

/** Every unit assigned every task; about one in ten reporting a difficulty. */
export function buildProvinceConsolidation(): ConsolidatedReport {
  const random = sequence(71);
  const names = unitNames();
  const tasks: ConsolidatedTask[] = TASK_TITLES.map((title, taskIndex) => {
    const units = names.map((name) => unitPart(name, taskIndex, random));
    return {
      code: TASK_CODES[taskIndex] ?? String(taskIndex + 1),
      title,
      dueDate: '2024-11-15',
      units,
      indicatorTotals: totalIndicators(INDICATORS, units),
    };
  });
  const difficulties: ConsolidatedDifficulty[] = tasks.flatMap((task) =>
    task.units.flatMap((part, index) =>
      part.difficulties
        ? [
            {
              taskCode: task.code,
              unitName: part.unitName,
              text: part.difficulties,
              answer: index % 2 === 0 ? 'Đề nghị đơn vị chủ động bố trí trong dự toán được giao.' : null,
              state: index % 2 === 0 ? 'answered' : 'open',
              isCarriedOver: index % 3 === 0,
            },
          ]
        : [],
    ),
  );
  const proposals = tasks.flatMap((task) =>
    task.units.flatMap((part) =>
      part.proposals ? [{ taskCode: task.code, unitName: part.unitName, text: part.proposals }] : [],
    ),
  );
  return { ...buildSampleConsolidation(), tasks, totals: summarise(tasks), difficulties, proposals };
}
