import { describe, expect, it } from 'vitest';
import seedText from '../../../resources/seeds/ke-hoach-71-KH-UBND-thai-nguyen-2024.md?raw';
import { planDraftSchema, type DraftTask, type Schedule } from './plans.schemas.ts';
import { parsePlan } from './parse-plan.ts';
import { splitUnitList } from './parse-units.ts';

function schedule(fields: Partial<Schedule> & Pick<Schedule, 'kind' | 'text'>): Schedule {
  return {
    date: null,
    year: null,
    quarter: null,
    half: null,
    month: null,
    day: null,
    everyMonths: null,
    ...fields,
  };
}

function task(fields: Partial<DraftTask> & Pick<DraftTask, 'code' | 'title'>): DraftTask {
  return {
    description: null,
    lead: [],
    coordinators: [],
    form: null,
    timeText: null,
    schedule: null,
    children: [],
    ...fields,
  };
}

const SO_TU_PHAP = 'Sở Tư pháp';
const CONG_AN_TINH = 'Công an tỉnh';
const FROM_2024 = {
  timeText: 'Năm 2024 và các năm tiếp theo',
  schedule: schedule({ kind: 'from_year', year: 2024, text: 'Năm 2024 và các năm tiếp theo' }),
};
const QUARTER_II = {
  timeText: 'Hoàn thành trong Quý II/2024',
  schedule: schedule({ kind: 'quarter', year: 2024, quarter: 2, text: 'Hoàn thành trong Quý II/2024' }),
};
const CONTINUOUS = {
  timeText: 'Thường xuyên',
  schedule: schedule({ kind: 'continuous', text: 'Thường xuyên' }),
};
const SECTION_3_COORDINATORS = ['Sở Nội vụ', SO_TU_PHAP, 'các sở, ban, ngành', 'UBND các huyện, thành phố'];

const SEED_TASKS: DraftTask[] = [
  task({
    code: '1',
    title: 'Tổ chức quán triệt, tuyên truyền, phổ biến và tập huấn nội dung Luật',
    children: [
      task({
        code: '1.1',
        title:
          'Tổ chức quán triệt, tuyên truyền, phổ biến Luật tại Hội nghị quán triệt, phổ biến văn bản Luật mới ban hành cho các sở, ban, ngành, đoàn thể cấp tỉnh; UBND các huyện, thành phố, UBND các xã, phường, thị trấn; các doanh nghiệp nhà nước đóng trên địa bàn',
        lead: [SO_TU_PHAP],
        coordinators: [
          'Các sở, ban, ngành, đoàn thể cấp tỉnh',
          'UBND các huyện, thành phố',
          'UBND các xã, phường, thị trấn',
          'cơ quan, đơn vị, tổ chức, cá nhân có liên quan',
        ],
        form: 'Trực tiếp và trực tuyến',
        timeText: 'Quý II năm 2024',
        schedule: schedule({ kind: 'quarter', year: 2024, quarter: 2, text: 'Quý II năm 2024' }),
      }),
      task({
        code: '1.2',
        title:
          'Tổ chức tuyên truyền Luật và các văn bản hướng dẫn thi hành Luật trên các phương tiện thông tin đại chúng và các hình thức khác',
        description:
          'Thông tin, tuyên truyền, phổ biến, giới thiệu về Luật và các văn bản hướng dẫn thi hành; phản ánh kịp thời về tình hình, kết quả triển khai thực hiện Luật trên sóng phát thanh, truyền hình; báo in và báo điện tử.',
        lead: ['Báo Thái Nguyên', 'Đài Phát thanh - Truyền hình tỉnh', 'Trung tâm Thông tin tỉnh'],
        coordinators: ['Sở Thông tin và Truyền thông', CONG_AN_TINH],
        ...CONTINUOUS,
      }),
      task({
        code: '1.3',
        title:
          'Đăng tải, tuyên truyền Luật và các văn bản hướng dẫn thi hành Luật trên Trang thông tin điện tử phổ biến, giáo dục pháp luật tỉnh; Trang thông tin điện tử của cơ quan, đơn vị',
        lead: [SO_TU_PHAP, 'các cơ quan, đơn vị trên địa bàn tỉnh'],
        ...CONTINUOUS,
      }),
      task({
        code: '1.4',
        title: 'Tổ chức tập huấn chuyên sâu Luật và các văn bản quy định chi tiết một số điều của Luật',
        description:
          'Tập huấn cho cho cán bộ, chiến sĩ Công an các đơn vị, địa phương, cán bộ làm công tác tham mưu, quản lý nhà nước có liên quan đến việc triển khai thi hành Luật; biên soạn tài liệu hoặc mời báo cáo viên tập huấn, tuyên truyền phổ biến Luật và các văn bản hướng dẫn thi hành Luật theo quy định.',
        lead: [CONG_AN_TINH],
        coordinators: ['Các cơ quan, đơn vị có liên quan'],
        ...FROM_2024,
      }),
      task({
        code: '1.5',
        title: 'Huấn luyện, bồi dưỡng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
        description:
          'Thường xuyên huấn luyện và bồi dưỡng cho Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở về chính trị, pháp luật, nghiệp vụ, tham gia diễn tập, hội thi theo quy định của Bộ Công an.',
        lead: [CONG_AN_TINH],
        coordinators: ['Các cơ quan, đơn vị, địa phương liên quan'],
        ...FROM_2024,
      }),
    ],
  }),
  task({
    code: '2',
    title:
      'Tổ chức, rà soát văn bản quy phạm pháp luật hiện hành liên quan đến lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ những quy định không còn phù hợp hoặc ban hành văn bản để bảo đảm tính thống nhất, đồng bộ với Luật',
    children: [
      task({
        code: '2.a',
        title:
          'Các sở, ban, ngành, UBND các huyện, thành phố theo chức năng, nhiệm vụ được giao và phạm vi lĩnh vực quản lý thực hiện rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có liên quan đến lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, báo cáo UBND tỉnh (qua Công an tỉnh tổng hợp) trước ngày 30/5/2024',
        lead: ['Các sở, ban, ngành', 'UBND các huyện, thành phố'],
        timeText: 'trước ngày 30/5/2024',
        schedule: schedule({ kind: 'deadline', date: '2024-05-30', text: 'trước ngày 30/5/2024' }),
      }),
      task({
        code: '2.b',
        title:
          'Công an tỉnh chủ trì, tổng hợp kết quả rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có liên quan đến lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở của các cơ quan, đơn vị; tham mưu UBND tỉnh báo cáo Bộ Công an trước ngày 20/6/2024',
        lead: [CONG_AN_TINH],
        timeText: 'trước ngày 20/6/2024',
        schedule: schedule({ kind: 'deadline', date: '2024-06-20', text: 'trước ngày 20/6/2024' }),
      }),
    ],
  }),
  task({
    code: '3',
    title: 'Xây dựng văn bản quy phạm pháp luật quy định chi tiết các nội dung được giao trong Luật',
    children: [
      task({
        code: '3.1',
        title:
          'Xây dựng Nghị quyết của HĐND tỉnh quy định tiêu chí thành lập và số lượng thành viên Tổ bảo vệ an ninh, trật tự; mức hỗ trợ, bồi dưỡng và các khoản chi khác cho người tham gia bảo vệ an ninh, trật tự ở cơ sở',
        lead: [CONG_AN_TINH],
        coordinators: SECTION_3_COORDINATORS,
        ...QUARTER_II,
      }),
      task({
        code: '3.2',
        title:
          'Tham mưu UBND tỉnh quyết định số lượng và thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh',
        lead: [CONG_AN_TINH],
        coordinators: SECTION_3_COORDINATORS,
        ...QUARTER_II,
      }),
    ],
  }),
  task({
    code: '4',
    title:
      'Tổ chức theo dõi, kiểm tra, báo cáo kết quả thi hành Luật và các văn bản quy phạm pháp luật quy định chi tiết thi hành',
    lead: [CONG_AN_TINH],
    coordinators: [SO_TU_PHAP, 'các cơ quan, đơn vị liên quan', 'UBND các huyện, thành phố'],
    ...FROM_2024,
  }),
];

function leaves(tasks: DraftTask[]): DraftTask[] {
  return tasks.flatMap((item) => (item.children.length === 0 ? [item] : leaves(item.children)));
}

describe('parsePlan on the seed (Kế hoạch 71/KH-UBND, Thái Nguyên)', () => {
  const draft = parsePlan(seedText);

  it('is a draft the schema accepts', () => {
    expect(planDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('reads number, issuer, place, date and title', () => {
    expect(draft.number).toBe('71/KH-UBND');
    expect(draft.issuer).toBe('UBND tỉnh Thái Nguyên');
    expect(draft.place).toBe('Thái Nguyên');
    expect(draft.date).toBe('2024-04-15');
    expect(draft.title).toBe('Triển khai thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở');
  });

  it('keeps the legal basis and the sections that are not tasks as text', () => {
    expect(draft.legalBasis).toBe(
      'Thực hiện Quyết định số 176/QĐ-TTg ngày 14/02/2024 của Thủ tướng Chính phủ về ban hành Kế hoạch triển khai thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở (sau đây gọi tắt là Luật); xét đề nghị của Công an tỉnh tại Tờ trình số 1493/TTr-CAT(PTM) ngày 04/4/2024, UBND tỉnh ban hành Kế hoạch triển khai thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Thái Nguyên, cụ thể như sau:',
    );
    expect(draft.purpose).toBe(
      [
        '1. Mục đích',
        '- Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị, tổ chức có liên quan trong việc triển khai thi hành Luật, bảo đảm kịp thời, đồng bộ, thống nhất, hiệu quả; trách nhiệm và cơ chế phối hợp giữa các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn, đảm bảo Luật và các văn bản hướng dẫn thi hành Luật được thực hiện đồng bộ, thống nhất trên phạm vi toàn tỉnh.',
        '- Nâng cao nhận thức về Luật và trách nhiệm của các cơ quan, đơn vị, địa phương; người đứng đầu các cơ quan, đơn vị, địa phương và Nhân dân trong việc thi hành Luật.',
        '2. Yêu cầu',
        '- Bảo đảm sự chỉ đạo thống nhất của UBND tỉnh, sự phối hợp chặt chẽ, thường xuyên, hiệu quả giữa các sở, ban, ngành, UBND các huyện, thành phố, UBND các xã, phường, thị trấn và các cơ quan, đơn vị, tổ chức có liên quan trong việc triển khai thi hành Luật; gắn với vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị chủ trì, người đứng đầu cơ quan, đơn vị phối hợp trong tổ chức triển khai thi hành Luật.',
        '- Thường xuyên kiểm tra, đôn đốc, hướng dẫn, kịp thời phản ánh những khó khăn, vướng mắc trong quá trình tổ chức thực hiện.',
      ].join('\n'),
    );
    expect(draft.funding).toBe(
      [
        '1. Kinh phí bảo đảm thực hiện Kế hoạch này được bố trí từ nguồn ngân sách nhà nước hàng năm của địa phương theo phân cấp quản lý ngân sách và kinh phí do Bộ Công an cấp cho Công an tỉnh theo quy định của Luật Ngân sách nhà nước và các nguồn kinh phí hợp pháp khác theo quy định của pháp luật.',
        '2. Đối với các nhiệm vụ triển khai trong năm 2024 các cơ quan, đơn vị, địa phương chủ động bố trí trong nguồn ngân sách nhà nước được giao năm 2024 để triển khai thực hiện.',
        '3. Hằng năm các cơ quan, đơn vị, tổ chức được phân công thực hiện nhiệm vụ có trách nhiệm chủ động xây dựng dự toán, quản lý, sử dụng, quyết toán nguồn kinh phí được giao và báo cáo cấp có thẩm quyền phê duyệt theo quy định của Luật Ngân sách nhà nước, Luật Đầu tư công, pháp luật có liên quan và các văn bản hướng dẫn thi hành.',
      ].join('\n'),
    );
    expect(draft.organization).toBe(
      [
        '1. Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị, Chủ tịch UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch để triển khai thi hành Luật trong phạm vi quản lý của cơ quan, đơn vị, địa phương và bố trí kinh phí để tổ chức triển khai thực hiện. Hằng năm báo cáo UBND tỉnh (qua Công an tỉnh) kết quả thực hiện trước ngày 15/11 để tổng hợp báo cáo Bộ Công an.',
        'Trong quá trình triển khai thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị, địa phương kịp thời phản ánh về UBND tỉnh (qua Công an tỉnh) để xem xét, chỉ đạo.',
        '2. Công an tỉnh có trách nhiệm tổng hợp, theo dõi, hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương trong việc triển khai thực hiện nhiệm vụ theo Kế hoạch; báo cáo UBND tỉnh, Bộ Công an kết quả thực hiện.',
      ].join('\n'),
    );
  });

  it('reads exactly the task tree, every field', () => {
    expect(draft.tasks).toEqual(SEED_TASKS);
  });

  it('has exactly the ten assignable tasks', () => {
    expect(leaves(draft.tasks).map((item) => item.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '2.a',
      '2.b',
      '3.1',
      '3.2',
      '4',
    ]);
  });

  it('reads the annual reporting duty of section IV', () => {
    expect(draft.reportingDuties).toEqual([
      {
        what: 'kết quả thực hiện',
        to: 'UBND tỉnh (qua Công an tỉnh)',
        deadlineText: 'Hằng năm … trước ngày 15/11',
        schedule: schedule({ kind: 'annual', month: 11, day: 15, text: 'Hằng năm … trước ngày 15/11' }),
      },
    ]);
  });

  it('reads recipients as written and the signer, ignoring the typist and "(Đã ký)"', () => {
    expect(draft.recipients).toEqual([
      'Bộ Công an',
      'Thường trực Tỉnh ủy',
      'Thường trực HĐND tỉnh',
      'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
      'Ủy ban MTTQ tỉnh',
      'Các sở, ban, ngành tỉnh, đoàn thể tỉnh',
      'UBND huyện, thành phố',
      'Báo Thái Nguyên',
      'Đài Phát thanh-Truyền hình tỉnh',
      'Lãnh đạo VP UBND tỉnh',
      'Trung tâm Thông tin tỉnh',
      'Lưu: VT, NC',
    ]);
    expect(draft.signer).toEqual({
      authority: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC',
      name: 'Đặng Xuân Trường',
    });
  });

  it('warns about what it derived rather than read', () => {
    expect(draft.warnings).toEqual([
      'Không thấy cơ quan ban hành ở đầu văn bản: suy ra «UBND tỉnh Thái Nguyên» từ ký hiệu và nội dung, cần kiểm tra.',
      'Nhiệm vụ 2.a (dòng 71): tách từ đoạn gạch đầu dòng, cơ quan chủ trì và thời gian lấy từ câu văn, cần kiểm tra.',
      'Nhiệm vụ 2.b (dòng 73): tách từ đoạn gạch đầu dòng, cơ quan chủ trì và thời gian lấy từ câu văn, cần kiểm tra.',
    ]);
  });

  it('reads the same plan from CRLF line ends, decomposed diacritics and a Word-style table header', () => {
    const variant = seedText
      .replace(
        'Số: 71 /KH-UBND',
        '| UỶ BAN NHÂN DÂN<br>TỈNH THÁI NGUYÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 71 /KH-UBND | |',
      )
      .normalize('NFD')
      .replace(/\n/g, '\r\n');
    const parsed = parsePlan(variant);
    expect(parsed.tasks).toEqual(SEED_TASKS);
    expect(parsed.issuer).toBe('UBND tỉnh Thái Nguyên');
    expect(parsed.number).toBe('71/KH-UBND');
    expect(parsed.warnings).not.toContain(draft.warnings[0]);
  });
});

describe('parsePlan on smaller plans', () => {
  it('reads sections numbered in Arabic, their items "2.1", "2.2" becoming top-level tasks', () => {
    const draft = parsePlan(
      [
        'CÔNG AN TỈNH BẮC NINH',
        'Số: 15/KH-CAT',
        'Bắc Ninh, ngày 3 tháng 3 năm 2025',
        'KẾ HOẠCH',
        'Tuyên truyền Luật Căn cước năm 2025',
        '1. MỤC ĐÍCH, YÊU CẦU',
        'Nâng cao hiểu biết của Nhân dân về Luật Căn cước.',
        '2. NỘI DUNG',
        '2.1. Phát tờ rơi tại các xã, phường',
        '- Đơn vị chủ trì: Phòng Cảnh sát quản lý hành chính về trật tự xã hội.',
        '- Thời gian thực hiện: Quý I/2025.',
        '2.2. Đăng tin trên Trang thông tin điện tử Công an tỉnh',
        '- Đơn vị chủ trì: Phòng Tham mưu.',
        '- Thời gian thực hiện: Thường xuyên.',
      ].join('\n'),
    );
    expect(draft.issuer).toBe('Công an tỉnh Bắc Ninh');
    expect(draft.number).toBe('15/KH-CAT');
    expect(draft.purpose).toBe('Nâng cao hiểu biết của Nhân dân về Luật Căn cước.');
    expect(draft.tasks.map((item) => [item.code, item.lead, item.timeText])).toEqual([
      ['2.1', ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội'], 'Quý I/2025'],
      ['2.2', ['Phòng Tham mưu'], 'Thường xuyên'],
    ]);
    expect(draft.warnings.filter((warning) => warning.includes('mục cha'))).toEqual([]);
  });

  it('turns a numbered list inside a description into text, not tasks', () => {
    const draft = parsePlan(
      [
        'II. NỘI DUNG',
        '1. Tổ chức tập huấn',
        'Nội dung tập huấn gồm:',
        '1. Những điểm mới của Luật;',
        '2. Kỹ năng nghiệp vụ.',
        '- Cơ quan chủ trì: Công an tỉnh.',
        '- Thời gian thực hiện: Quý III/2024.',
        '2. Kiểm tra việc thi hành Luật',
        '- Cơ quan chủ trì: Sở Tư pháp.',
        '- Thời gian thực hiện: Năm 2025.',
      ].join('\n'),
    );
    expect(draft.tasks.map((item) => item.code)).toEqual(['1', '2']);
    expect(draft.tasks[0]?.description).toBe(
      'Nội dung tập huấn gồm:\n1. Những điểm mới của Luật;\n2. Kỹ năng nghiệp vụ.',
    );
  });

  it('never throws on empty or whitespace input and says why the draft is empty', () => {
    for (const text of ['', '   ', '\n\n\n']) {
      const draft = parsePlan(text);
      expect(draft.tasks).toEqual([]);
      expect(draft.warnings).toContain('Không tìm thấy nhiệm vụ nào.');
    }
  });
});

describe('splitUnitList', () => {
  it.each([
    ['Sở Tư pháp.', ['Sở Tư pháp']],
    [
      'Sở Nội vụ, Sở Tư pháp và các sở, ban, ngành, UBND các huyện, thành phố.',
      ['Sở Nội vụ', 'Sở Tư pháp', 'các sở, ban, ngành', 'UBND các huyện, thành phố'],
    ],
    [
      'Các sở, ban, ngành, đoàn thể cấp tỉnh; UBND các xã, phường, thị trấn và cơ quan, đơn vị, tổ chức, cá nhân có liên quan',
      [
        'Các sở, ban, ngành, đoàn thể cấp tỉnh',
        'UBND các xã, phường, thị trấn',
        'cơ quan, đơn vị, tổ chức, cá nhân có liên quan',
      ],
    ],
    [
      'Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình tỉnh',
      ['Sở Thông tin và Truyền thông', 'Đài Phát thanh - Truyền hình tỉnh'],
    ],
    [
      'Sở Văn hóa, Thể thao và Du lịch, Sở Lao động - Thương binh và Xã hội',
      ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Lao động - Thương binh và Xã hội'],
    ],
    [
      'Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội',
      ['Ủy ban MTTQ Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'],
    ],
    ['Báo và Phát thanh, Truyền hình Thái Nguyên', ['Báo và Phát thanh, Truyền hình Thái Nguyên']],
    [
      'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh, Sở Xây dựng',
      ['Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh', 'Sở Xây dựng'],
    ],
    [
      'UBND tỉnh (qua Công an tỉnh, Sở Tư pháp); Bộ Công an',
      ['UBND tỉnh (qua Công an tỉnh, Sở Tư pháp)', 'Bộ Công an'],
    ],
    ['Công an các huyện, thành phố, thị xã', ['Công an các huyện, thành phố, thị xã']],
    ['**Sở Tư pháp**;', ['Sở Tư pháp']],
    ['', []],
  ])('splits "%s"', (text, expected) => {
    expect(splitUnitList(text)).toEqual(expected);
  });
});
