/**
 * A realistic consolidated report for tests and for looking at the exports: Công an tỉnh Thái Nguyên's
 * 2024 report on Kế hoạch 71/KH-UBND (the seed plan), four of its tasks, units late, returned and not yet
 * reported, difficulties (one carried over) and proposals. The figures are made up for the demo.
 */
import type {
  ConsolidatedReport,
  ConsolidatedTask,
  ConsolidatedUnitPart,
  IndicatorValue,
} from '../../domain/reports/consolidation.ts';

type IndicatorSpec = Omit<IndicatorValue, 'value'>;

export const CONFERENCES: IndicatorSpec = { name: 'Hội nghị quán triệt', unit: 'hội nghị', kind: 'count' };
export const ATTENDANCE: IndicatorSpec = { name: 'Lượt người tham dự', unit: 'lượt người', kind: 'count' };
export const ARTICLES: IndicatorSpec = { name: 'Tin, bài đã đăng', unit: 'tin, bài', kind: 'count' };
export const SPENDING: IndicatorSpec = { name: 'Kinh phí đã chi', unit: 'đồng', kind: 'vnd' };
const REVIEWED: IndicatorSpec = { name: 'Văn bản đã rà soát', unit: 'văn bản', kind: 'count' };
const TO_AMEND: IndicatorSpec = { name: 'Văn bản đề nghị sửa đổi', unit: 'văn bản', kind: 'count' };
const INSPECTIONS: IndicatorSpec = { name: 'Cuộc kiểm tra', unit: 'cuộc', kind: 'count' };
const ON_TIME: IndicatorSpec = { name: 'Tỷ lệ báo cáo đúng hạn', unit: '%', kind: 'percent' };

/** Values in the order of `specs`; null where the unit gave none. */
export function figures(
  specs: readonly IndicatorSpec[],
  values: readonly (number | null)[],
): IndicatorValue[] {
  return specs.map((spec, index) => ({ ...spec, value: values[index] ?? null }));
}

/** Sum over units of each indicator; a percent indicator takes the mean (as ConsolidatedTask says). */
export function totalIndicators(specs: readonly IndicatorSpec[], units: readonly ConsolidatedUnitPart[]) {
  return specs.map((spec): IndicatorValue => {
    const values = units.flatMap((part) =>
      part.indicators
        .filter((value) => value.name === spec.name && value.value !== null)
        .map((v) => v.value ?? 0),
    );
    const sum = values.reduce((total, value) => total + value, 0);
    const isMean = spec.kind === 'percent';
    return { ...spec, value: values.length === 0 ? null : isMean ? sum / values.length : sum };
  });
}

/**
 * Plan totals as the consolidation service counts them: over assignments (a unit with two tasks counts
 * twice); sent means submitted or accepted; the mean progress is that of the sent parts.
 */
export function summarise(tasks: readonly ConsolidatedTask[]): ConsolidatedReport['totals'] {
  const parts = tasks.flatMap((task) => task.units);
  const sent = parts.filter((part) => part.status === 'submitted' || part.status === 'accepted');
  const progress = sent.flatMap((part) => (part.progress === null ? [] : [part.progress]));
  return {
    unitsAssigned: parts.length,
    unitsReported: sent.length,
    unitsAccepted: parts.filter((part) => part.status === 'accepted').length,
    unitsLate: parts.filter((part) => part.isLate).length,
    averageProgress: progress.length === 0 ? null : progress.reduce((a, b) => a + b, 0) / progress.length,
  };
}

function part(
  unitName: string,
  fields: Partial<ConsolidatedUnitPart> & Pick<ConsolidatedUnitPart, 'status'>,
): ConsolidatedUnitPart {
  return {
    unitName,
    role: 'coordinator',
    progress: null,
    done: null,
    indicators: [],
    difficulties: null,
    proposals: null,
    submittedAt: null,
    isLate: false,
    ...fields,
  };
}

function task(
  fields: Pick<ConsolidatedTask, 'code' | 'title' | 'dueDate' | 'units'>,
  specs: readonly IndicatorSpec[],
): ConsolidatedTask {
  return { ...fields, indicatorTotals: totalIndicators(specs, fields.units) };
}

const BRIEFING = [CONFERENCES, ATTENDANCE, SPENDING];
const briefing = task(
  {
    code: '1.1',
    title:
      'Tổ chức quán triệt, tuyên truyền, phổ biến Luật tại Hội nghị quán triệt, phổ biến văn bản Luật mới ban hành',
    dueDate: '2024-06-30',
    units: [
      part('Sở Tư pháp', {
        role: 'lead',
        status: 'accepted',
        progress: 100,
        done: 'Tổ chức 03 hội nghị trực tiếp kết hợp trực tuyến đến 09 điểm cầu cấp huyện; phát hành 2.000 tài liệu hỏi - đáp về Luật.',
        indicators: figures(BRIEFING, [3, 1250, 45_000_000]),
        proposals: 'Đề nghị Công an tỉnh cung cấp đề cương giới thiệu Luật để in, phát cho đại biểu cấp xã.',
        submittedAt: '2024-06-20T02:15:00.000Z',
      }),
      part('Công an tỉnh', {
        status: 'accepted',
        progress: 100,
        done: 'Cử báo cáo viên trình bày nội dung cơ bản của Luật tại các hội nghị; quán triệt cho toàn thể cán bộ, chiến sĩ.',
        indicators: figures(BRIEFING, [2, 860, 28_500_000]),
        submittedAt: '2024-06-18T08:40:00.000Z',
      }),
      part('Huyện Đại Từ', {
        status: 'submitted',
        progress: 100,
        done: 'Tổ chức hội nghị quán triệt tại huyện và 31/31 xã, thị trấn; lồng ghép vào sinh hoạt thôn, xóm.',
        indicators: figures(BRIEFING, [32, 4215, 62_300_000]),
        difficulties: 'Đường truyền trực tuyến đến một số xã vùng sâu không ổn định.',
        submittedAt: '2024-07-09T03:05:00.000Z',
        isLate: true,
      }),
      part('Thành phố Thái Nguyên', {
        status: 'returned',
        progress: 80,
        done: 'Đã tổ chức hội nghị cấp thành phố; 27/32 phường, xã đã tổ chức.',
        indicators: figures(BRIEFING, [28, 3120, null]),
        difficulties: 'Kinh phí tổ chức hội nghị chưa được bố trí trong dự toán năm 2024.',
        submittedAt: '2024-06-28T09:30:00.000Z',
      }),
      part('Huyện Phú Bình', { status: 'not_started', isLate: true }),
    ],
  },
  BRIEFING,
);

const MEDIA = [ARTICLES, SPENDING];
const media = task(
  {
    code: '1.2',
    title:
      'Tổ chức tuyên truyền Luật và các văn bản hướng dẫn thi hành Luật trên các phương tiện thông tin đại chúng và các hình thức khác',
    dueDate: '2024-11-15',
    units: [
      part('Báo Thái Nguyên', {
        role: 'lead',
        status: 'accepted',
        progress: 100,
        done: 'Mở chuyên mục "An ninh cơ sở" trên báo in và báo điện tử; đăng tin, bài, ảnh về triển khai Luật.',
        indicators: figures(MEDIA, [86, 51_600_000]),
        proposals: 'Đề nghị bố trí kinh phí nhuận bút cho chuyên mục trong năm 2025.',
        submittedAt: '2024-11-04T01:20:00.000Z',
      }),
      part('Đài Phát thanh - Truyền hình tỉnh', {
        role: 'lead',
        status: 'submitted',
        progress: 90,
        done: 'Phát sóng 124 tin, bài và 12 phóng sự chuyên đề; phối hợp Công an tỉnh xây dựng tọa đàm trực tiếp.',
        indicators: figures(MEDIA, [124, 187_250_000]),
        difficulties: 'Thời lượng phát sóng dành cho chuyên mục pháp luật còn hạn chế.',
        submittedAt: '2024-11-12T07:45:00.000Z',
      }),
      part('Trung tâm Thông tin tỉnh', { role: 'lead', status: 'draft', progress: 60 }),
      part('Công an tỉnh', {
        status: 'accepted',
        progress: 100,
        done: 'Cung cấp thông tin, tài liệu cho cơ quan báo chí; đăng tải trên Trang thông tin điện tử Công an tỉnh.',
        indicators: figures(MEDIA, [57, null]),
        submittedAt: '2024-11-01T02:00:00.000Z',
      }),
    ],
  },
  MEDIA,
);

const REVIEW = [REVIEWED, TO_AMEND];
const review = task(
  {
    code: '2',
    title:
      'Rà soát văn bản quy phạm pháp luật hiện hành liên quan đến lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    dueDate: '2024-05-30',
    units: [
      part('Công an tỉnh', {
        role: 'lead',
        status: 'accepted',
        progress: 100,
        done: 'Tổng hợp kết quả rà soát của các cơ quan, đơn vị; tham mưu UBND tỉnh báo cáo Bộ Công an ngày 18/6/2024.',
        indicators: figures(REVIEW, [14, 3]),
        submittedAt: '2024-05-27T03:00:00.000Z',
      }),
      part('Sở Tư pháp', {
        status: 'accepted',
        progress: 100,
        done: 'Rà soát 09 văn bản do HĐND, UBND tỉnh ban hành; đề nghị bãi bỏ 01 văn bản.',
        indicators: figures(REVIEW, [9, 1]),
        submittedAt: '2024-05-24T04:10:00.000Z',
      }),
      part('Sở Nội vụ', {
        status: 'submitted',
        progress: 100,
        done: 'Rà soát 04 văn bản về tổ chức, hoạt động của lực lượng bảo vệ an ninh, trật tự ở cơ sở.',
        indicators: figures(REVIEW, [4, 2]),
        difficulties:
          'Chưa có hướng dẫn của Bộ Công an về chuyển tiếp chế độ của Công an xã bán chuyên trách.',
        submittedAt: '2024-06-04T09:00:00.000Z',
        isLate: true,
      }),
      part('Sở Tài chính', { status: 'not_started', isLate: true }),
    ],
  },
  REVIEW,
);

const MONITORING = [INSPECTIONS, ON_TIME];
const monitoring = task(
  {
    code: '4',
    title:
      'Tổ chức theo dõi, kiểm tra, báo cáo kết quả thi hành Luật và các văn bản quy phạm pháp luật quy định chi tiết thi hành',
    dueDate: '2024-11-15',
    units: [
      part('Công an tỉnh', {
        role: 'lead',
        status: 'submitted',
        progress: 75,
        done: 'Kiểm tra việc triển khai Luật tại 05 huyện, thành phố; hướng dẫn, đôn đốc các đơn vị báo cáo.',
        indicators: figures(MONITORING, [5, 85.5]),
        submittedAt: '2024-11-13T02:30:00.000Z',
      }),
      part('Huyện Đại Từ', {
        status: 'accepted',
        progress: 100,
        done: 'Kiểm tra 12 xã, thị trấn về thành lập Tổ bảo vệ an ninh, trật tự.',
        indicators: figures(MONITORING, [12, 90]),
        proposals: 'Đề nghị UBND tỉnh sớm ban hành quyết định số lượng Tổ bảo vệ an ninh, trật tự ở cơ sở.',
        submittedAt: '2024-11-08T06:00:00.000Z',
      }),
    ],
  },
  MONITORING,
);

const TASKS = [briefing, media, review, monitoring];

/** Công an tỉnh Thái Nguyên's 2024 report on Kế hoạch 71/KH-UBND. A fresh copy each call. */
export function buildSampleConsolidation(): ConsolidatedReport {
  const tasks = structuredClone(TASKS);
  return {
    parentBody: 'UBND TỈNH THÁI NGUYÊN',
    issuingBody: 'CÔNG AN TỈNH',
    documentNumber: 'Số:         /BC-CAT',
    place: 'Thái Nguyên',
    date: '2024-11-08',
    documentType: 'BÁO CÁO',
    summaryLine:
      'Kết quả thực hiện Kế hoạch số 71/KH-UBND ngày 15/4/2024 của UBND tỉnh về triển khai thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2024',
    plan: {
      number: '71/KH-UBND',
      title: 'Triển khai thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
      issuer: 'UBND tỉnh Thái Nguyên',
      date: '2024-04-15',
    },
    period: { label: 'Năm 2024', from: '2023-12-15', to: '2024-11-14' },
    totals: summarise(tasks),
    tasks,
    difficulties: [
      {
        taskCode: '1.1',
        unitName: 'Thành phố Thái Nguyên',
        text: 'Kinh phí tổ chức hội nghị quán triệt Luật cho các phường, xã chưa được bố trí trong dự toán năm 2024.',
        answer: null,
        state: 'open',
        isCarriedOver: true,
      },
      {
        taskCode: '1.1',
        unitName: 'Huyện Đại Từ',
        text: 'Đường truyền trực tuyến đến các xã Phúc Lương, Minh Tiến không ổn định, chưa tổ chức được hội nghị trực tuyến đến thôn, xóm.',
        answer:
          'Phối hợp Viễn thông Thái Nguyên bảo đảm đường truyền; nơi không bảo đảm thì tổ chức hội nghị trực tiếp tại xã.',
        state: 'answered',
        isCarriedOver: false,
      },
      {
        taskCode: '1.2',
        unitName: 'Đài Phát thanh - Truyền hình tỉnh',
        text: 'Thời lượng phát sóng dành cho chuyên mục pháp luật còn hạn chế.',
        answer: null,
        state: 'open',
        isCarriedOver: false,
      },
      {
        taskCode: '2',
        unitName: 'Sở Nội vụ',
        text: 'Chưa có hướng dẫn của Bộ Công an về chuyển tiếp chế độ của Công an xã bán chuyên trách.',
        answer:
          'Thực hiện theo Thông tư số 14/2024/TT-BCA; Công an tỉnh đã có văn bản hướng dẫn ngày 10/7/2024.',
        state: 'closed',
        isCarriedOver: false,
      },
    ],
    proposals: [
      {
        taskCode: '1.1',
        unitName: 'Sở Tư pháp',
        text: 'Đề nghị Công an tỉnh cung cấp đề cương giới thiệu Luật để in, phát cho đại biểu cấp xã.',
      },
      {
        taskCode: '1.2',
        unitName: 'Báo Thái Nguyên',
        text: 'Đề nghị bố trí kinh phí nhuận bút cho chuyên mục "An ninh cơ sở" trong năm 2025.',
      },
      {
        taskCode: '4',
        unitName: 'Huyện Đại Từ',
        text: 'Đề nghị UBND tỉnh sớm ban hành quyết định số lượng Tổ bảo vệ an ninh, trật tự ở cơ sở.',
      },
    ],
    recipients: ['Bộ Công an (V03)', 'UBND tỉnh', 'Sở Tư pháp', 'Lưu: VT, PV01'],
    signer: { authority: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Đại tá Nguyễn Văn A' },
  };
}
