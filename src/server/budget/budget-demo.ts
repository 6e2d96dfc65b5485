import type { BudgetKind, BudgetSource } from '../../domain/budget/budget.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { SystemActor } from '../http/actor.ts';
import { insertEntry } from './budget.repo.ts';

interface DemoEntry {
  unit: string;
  year: number;
  source: BudgetSource;
  kind: BudgetKind;
  amount: number;
  date: string;
  document: string | null;
  note: string;
  /** A task code of the seed plan (Kế hoạch 71/KH-UBND), when the money is that task's. */
  task?: string;
}

const EXAMPLE = ' (số liệu minh họa)';

/**
 * Example figures (SPEC §10: made up for the demo, labelled so): the province's budget, Công an tỉnh's
 * funds from Bộ Công an, Huyện Đại Từ and Thị trấn Hùng Sơn, for 2025 (settled) and 2026 (in progress).
 */
const DEMO_ENTRIES: DemoEntry[] = [
  // Tỉnh Thái Nguyên (ngân sách tỉnh)
  {
    unit: '19',
    year: 2025,
    source: 'local_budget',
    kind: 'estimate',
    amount: 2_400_000_000,
    date: '2024-11-25',
    document: 'Tờ trình 210/TTr-STC',
    note: 'Dự toán kinh phí triển khai Luật năm 2025',
  },
  {
    unit: '19',
    year: 2025,
    source: 'local_budget',
    kind: 'allocation',
    amount: 2_150_000_000,
    date: '2024-12-12',
    document: '3456/QĐ-UBND',
    note: 'Giao dự toán ngân sách năm 2025',
  },
  {
    unit: '19',
    year: 2025,
    source: 'local_budget',
    kind: 'spending',
    amount: 1_320_000_000,
    date: '2025-06-30',
    document: null,
    note: 'Chi hỗ trợ trang phục, huy hiệu, thẻ cho lực lượng',
    task: '1.1',
  },
  {
    unit: '19',
    year: 2025,
    source: 'local_budget',
    kind: 'spending',
    amount: 610_000_000,
    date: '2025-12-20',
    document: null,
    note: 'Chi tập huấn, tuyên truyền Luật',
  },
  {
    unit: '19',
    year: 2025,
    source: 'local_budget',
    kind: 'settlement',
    amount: 1_905_000_000,
    date: '2026-04-15',
    document: '512/QĐ-STC',
    note: 'Quyết toán kinh phí năm 2025',
  },
  {
    unit: '19',
    year: 2026,
    source: 'local_budget',
    kind: 'estimate',
    amount: 2_600_000_000,
    date: '2025-11-20',
    document: 'Tờ trình 198/TTr-STC',
    note: 'Dự toán kinh phí năm 2026',
  },
  {
    unit: '19',
    year: 2026,
    source: 'local_budget',
    kind: 'allocation',
    amount: 2_500_000_000,
    date: '2025-12-10',
    document: '3321/QĐ-UBND',
    note: 'Giao dự toán ngân sách năm 2026',
  },
  {
    unit: '19',
    year: 2026,
    source: 'local_budget',
    kind: 'spending',
    amount: 1_480_000_000,
    date: '2026-09-30',
    document: null,
    note: 'Chi 9 tháng đầu năm 2026',
  },
  // Công an tỉnh (kinh phí Bộ Công an cấp)
  {
    unit: '19.CAT',
    year: 2025,
    source: 'ministry_police',
    kind: 'allocation',
    amount: 850_000_000,
    date: '2025-02-20',
    document: '1021/QĐ-BCA-H01',
    note: 'Bộ Công an cấp kinh phí bảo đảm trang bị cho lực lượng',
  },
  {
    unit: '19.CAT',
    year: 2025,
    source: 'ministry_police',
    kind: 'spending',
    amount: 812_000_000,
    date: '2025-10-31',
    document: null,
    note: 'Mua sắm công cụ hỗ trợ, trang bị',
    task: '1.1',
  },
  {
    unit: '19.CAT',
    year: 2025,
    source: 'ministry_police',
    kind: 'settlement',
    amount: 812_000_000,
    date: '2026-03-20',
    document: '87/QĐ-CAT-PH10',
    note: 'Quyết toán kinh phí Bộ Công an cấp năm 2025',
  },
  {
    unit: '19.CAT',
    year: 2026,
    source: 'ministry_police',
    kind: 'allocation',
    amount: 900_000_000,
    date: '2026-02-25',
    document: '998/QĐ-BCA-H01',
    note: 'Bộ Công an cấp kinh phí năm 2026',
  },
  {
    unit: '19.CAT',
    year: 2026,
    source: 'ministry_police',
    kind: 'spending',
    amount: 355_000_000,
    date: '2026-08-15',
    document: null,
    note: 'Tập huấn nghiệp vụ cho Tổ trưởng, Tổ phó',
  },
  // Huyện Đại Từ
  {
    unit: '171',
    year: 2025,
    source: 'local_budget',
    kind: 'estimate',
    amount: 620_000_000,
    date: '2024-10-30',
    document: 'Tờ trình 85/TTr-UBND',
    note: 'Dự toán của huyện năm 2025',
  },
  {
    unit: '171',
    year: 2025,
    source: 'local_budget',
    kind: 'allocation',
    amount: 580_000_000,
    date: '2024-12-25',
    document: '4120/QĐ-UBND',
    note: 'HĐND huyện giao dự toán năm 2025',
  },
  {
    unit: '171',
    year: 2025,
    source: 'local_budget',
    kind: 'spending',
    amount: 545_000_000,
    date: '2025-12-28',
    document: null,
    note: 'Chi hỗ trợ các xã, thị trấn và tuyên truyền',
  },
  {
    unit: '171',
    year: 2025,
    source: 'other',
    kind: 'allocation',
    amount: 40_000_000,
    date: '2025-08-25',
    document: '2870/QĐ-UBND',
    note: 'Tiếp nhận tài trợ của doanh nghiệp trên địa bàn (bộ đàm cho các Tổ)',
  },
  {
    unit: '171',
    year: 2025,
    source: 'other',
    kind: 'spending',
    amount: 40_000_000,
    date: '2025-09-10',
    document: null,
    note: 'Mua bộ đàm cho các Tổ từ nguồn tài trợ',
  },
  {
    unit: '171',
    year: 2025,
    source: 'other',
    kind: 'settlement',
    amount: 40_000_000,
    date: '2026-05-12',
    document: '1502/QĐ-UBND',
    note: 'Quyết toán nguồn tài trợ năm 2025',
  },
  {
    unit: '171',
    year: 2025,
    source: 'local_budget',
    kind: 'settlement',
    amount: 545_000_000,
    date: '2026-05-12',
    document: '1502/QĐ-UBND',
    note: 'Quyết toán năm 2025',
  },
  {
    unit: '171',
    year: 2026,
    source: 'local_budget',
    kind: 'estimate',
    amount: 650_000_000,
    date: '2025-10-28',
    document: 'Tờ trình 92/TTr-UBND',
    note: 'Dự toán của huyện năm 2026',
  },
  {
    unit: '171',
    year: 2026,
    source: 'local_budget',
    kind: 'allocation',
    amount: 600_000_000,
    date: '2025-12-22',
    document: '4388/QĐ-UBND',
    note: 'HĐND huyện giao dự toán năm 2026',
  },
  {
    unit: '171',
    year: 2026,
    source: 'local_budget',
    kind: 'spending',
    amount: 312_000_000,
    date: '2026-06-30',
    document: null,
    note: 'Chi 6 tháng đầu năm 2026',
  },
  // Thị trấn Hùng Sơn
  {
    unit: '05761',
    year: 2025,
    source: 'local_budget',
    kind: 'estimate',
    amount: 96_000_000,
    date: '2024-11-05',
    document: 'Tờ trình 41/TTr-UBND',
    note: 'Dự toán hoạt động của các Tổ bảo vệ ANTT năm 2025',
  },
  {
    unit: '05761',
    year: 2025,
    source: 'local_budget',
    kind: 'allocation',
    amount: 90_000_000,
    date: '2025-01-08',
    document: '12/QĐ-UBND',
    note: 'Giao dự toán năm 2025',
  },
  {
    unit: '05761',
    year: 2025,
    source: 'local_budget',
    kind: 'spending',
    amount: 18_500_000,
    date: '2025-08-20',
    document: 'PC 45/2025',
    note: 'Mua sổ sách, biển tên, đèn pin cho các Tổ',
  },
  {
    unit: '05761',
    year: 2025,
    source: 'local_budget',
    kind: 'spending',
    amount: 7_200_000,
    date: '2025-10-15',
    document: 'PC 61/2025',
    note: 'Hội nghị sơ kết hoạt động của lực lượng',
  },
  {
    unit: '05761',
    year: 2025,
    source: 'local_budget',
    kind: 'settlement',
    amount: 25_700_000,
    date: '2026-02-26',
    document: '08/QĐ-UBND',
    note: 'Quyết toán năm 2025',
  },
  {
    unit: '05761',
    year: 2026,
    source: 'local_budget',
    kind: 'estimate',
    amount: 104_000_000,
    date: '2025-11-03',
    document: 'Tờ trình 38/TTr-UBND',
    note: 'Dự toán năm 2026',
  },
  {
    unit: '05761',
    year: 2026,
    source: 'local_budget',
    kind: 'allocation',
    amount: 100_000_000,
    date: '2026-01-06',
    document: '05/QĐ-UBND',
    note: 'Giao dự toán năm 2026',
  },
  {
    unit: '05761',
    year: 2026,
    source: 'local_budget',
    kind: 'spending',
    amount: 12_400_000,
    date: '2026-07-10',
    document: 'PC 33/2026',
    note: 'Huấn luyện, diễn tập phương án tuần tra',
    task: '1.1',
  },
];

/** Loads the example figures into an empty budget; answers how many entries it wrote. */
export async function loadDemoBudget(db: Db, actor: SystemActor, planId: string): Promise<number> {
  const units = await db
    .selectFrom('unit')
    .select(['id', 'code'])
    .where('code', 'in', [...new Set(DEMO_ENTRIES.map((e) => e.unit))])
    .execute();
  const unitId = new Map(units.map((u) => [u.code, u.id]));
  const tasks = await db.selectFrom('task').select(['id', 'code']).where('planId', '=', planId).execute();
  const taskId = new Map(tasks.map((task) => [task.code, task.id]));
  let written = 0;
  await db.transaction().execute(async (trx) => {
    for (const entry of DEMO_ENTRIES) {
      const unit = unitId.get(entry.unit);
      if (!unit) continue;
      const fields = {
        unitId: unit,
        fiscalYear: entry.year,
        source: entry.source,
        kind: entry.kind,
        amount: entry.amount,
        entryDate: entry.date,
        documentNumber: entry.document,
        note: `${entry.note}${EXAMPLE}`,
        taskId: (entry.task && taskId.get(entry.task)) || null,
      };
      const id = await insertEntry(trx, {
        ...fields,
        origin: 'manual',
        payrollId: null,
        payrollMonth: null,
        createdBy: null,
        updatedBy: null,
        createdAt: actor.now,
        updatedAt: actor.now,
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'budget_entry',
        entityId: id,
        after: fields,
      });
      written += 1;
    }
  });
  return written;
}
