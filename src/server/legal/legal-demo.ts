/**
 * Demo content for the legal-document review (SPEC §10): a few documents of the kind HĐND and UBND tỉnh
 * issue — made up, flagged `is_demo` and noted as such — and the seed plan's review campaign of section II.2
 * (units by 30/5/2024, Công an tỉnh's consolidation by 20/6/2024), linked to its tasks 2.a and 2.b.
 */
import type { LegalDocumentInput } from '../../domain/legal/documents.schemas.ts';
import type { Db } from '../db/database.ts';
import type { SystemActor } from '../http/actor.ts';
import { insertDocuments } from './documents.service.ts';
import { findTaskUnitIds } from './reviews.repo.ts';
import { insertCampaign } from './reviews.service.ts';

const DEMO_NOTE = 'Văn bản mẫu để trình diễn hệ thống, không phải văn bản thật.';

export const DEMO_DOCUMENTS: LegalDocumentInput[] = (
  [
    {
      number: '08/2019/NQ-HĐND',
      kind: 'resolution',
      issuer: 'hdnd',
      issuedOn: '2019-07-12',
      title:
        'Quy định mức hỗ trợ hằng tháng, mức bồi dưỡng đối với lực lượng bảo vệ dân phố trên địa bàn tỉnh',
      field: 'An ninh, trật tự',
      validity: 'in_force',
    },
    {
      number: '14/2020/NQ-HĐND',
      kind: 'resolution',
      issuer: 'hdnd',
      issuedOn: '2020-12-10',
      title:
        'Quy định chức danh, mức phụ cấp của Công an xã bán chuyên trách và Đội trưởng, Đội phó dân phòng',
      field: 'An ninh, trật tự',
      validity: 'in_force',
    },
    {
      number: '22/2018/NQ-HĐND',
      kind: 'resolution',
      issuer: 'hdnd',
      issuedOn: '2018-07-20',
      title:
        'Quy định nội dung, mức chi bảo đảm cho công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở',
      field: 'Tư pháp',
      validity: 'in_force',
    },
    {
      number: '25/2021/QĐ-UBND',
      kind: 'decision',
      issuer: 'ubnd',
      issuedOn: '2021-09-15',
      title: 'Ban hành Quy chế tổ chức và hoạt động của lực lượng bảo vệ dân phố trên địa bàn tỉnh',
      field: 'An ninh, trật tự',
      validity: 'in_force',
    },
    {
      number: '31/2022/QĐ-UBND',
      kind: 'decision',
      issuer: 'ubnd',
      issuedOn: '2022-11-04',
      title: 'Quy định trang bị phương tiện, công cụ hỗ trợ cho lực lượng dân phòng',
      field: 'Phòng cháy, chữa cháy',
      validity: 'partly_expired',
    },
    {
      number: '05/CT-UBND',
      kind: 'directive',
      issuer: 'ubnd',
      issuedOn: '2023-03-06',
      title: 'Về tăng cường công tác bảo đảm an ninh, trật tự ở cơ sở trong tình hình mới',
      field: 'An ninh, trật tự',
      validity: 'in_force',
    },
  ] satisfies LegalDocumentInput[]
).map((document) => ({ ...document, note: DEMO_NOTE }));

/** Loads the demo documents and the seed plan's review campaign; returns the campaign's id. */
export async function loadDemoLegal(db: Db, actor: SystemActor, planId: string, provinceId: string) {
  await insertDocuments(db, actor, provinceId, DEMO_DOCUMENTS, { isDemo: true });
  const tasks = await db.selectFrom('task').select(['id', 'code']).where('planId', '=', planId).execute();
  const review = tasks.find((task) => task.code === '2.a') ?? tasks.find((task) => task.code === '2');
  const consolidation = tasks.find((task) => task.code === '2.b');
  const owner = await db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', '19.CAT')
    .executeTakeFirstOrThrow();
  const unitIds = review ? await findTaskUnitIds(db, review.id) : [];
  return insertCampaign(db, actor, {
    title:
      'Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành liên quan đến lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    scope:
      'Các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có liên quan đến lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, theo chức năng, nhiệm vụ và lĩnh vực quản lý của từng cơ quan, đơn vị',
    documentFilter: {},
    taskId: review?.id ?? null,
    consolidationTaskId: consolidation?.id ?? null,
    unitIds,
    unitDeadline: '2024-05-30',
    consolidationDeadline: '2024-06-20',
    ownerUnitId: owner.id,
    provinceId,
    planId,
  });
}
