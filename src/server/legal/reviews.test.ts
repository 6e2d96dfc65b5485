import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LegalDocument } from '../../domain/legal/documents.schemas.ts';
import type { Campaign, CampaignSummary, CampaignUnit, Finding } from '../../domain/legal/reviews.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

describe.each(inject('testDialects'))('legal-document review campaigns on %s', (dialect) => {
  let t: TestContext;
  let campaign: CampaignSummary;
  let documents: LegalDocument[];
  let stp: string;
  let daitu: string;
  const findings: Finding[] = [];
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      // 5/6/2024: after the units' deadline (30/5), before the consolidation's (20/6).
      clock: () => new Date('2024-06-05T03:00:00.000Z'),
    });
    [stp, daitu] = await Promise.all([t.unitId('19.STP'), t.unitId('171')]);
  });
  afterAll(() => t.close());

  it('comes with the seed plan: task 2.a’s units, due 30/5/2024, consolidated by 20/6/2024', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({ method: 'GET', url: '/api/review-campaigns' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    campaign = res.json().items[0];
    expect(campaign).toMatchObject({
      state: 'open',
      unitDeadline: '2024-05-30',
      consolidationDeadline: '2024-06-20',
      task: { code: '2.a' },
      plan: { number: '71/KH-UBND' },
      ownerUnit: { name: 'Công an tỉnh' },
      counts: { units: 20, answered: 0, nothingFound: 0, pending: 20 },
    });
    const detail = (
      await coordinator({ method: 'GET', url: `/api/review-campaigns/${campaign.id}` })
    ).json<Campaign>();
    expect(detail).toMatchObject({ canManage: true, consolidationTask: { code: '2.b' }, documentCount: 6 });
    documents = (
      await coordinator({
        method: 'GET',
        url: `/api/review-campaigns/${campaign.id}/documents?sort=issuedOn&order=asc`,
      })
    ).json().items;
    expect(documents.map((d) => d.number)).toContain('08/2019/NQ-HĐND');
    expect(documents.every((d) => d.isDemo)).toBe(true);
  });

  it('shows a reviewing unit the campaign with only itself; others outside it get 404', async () => {
    const agency = await t.as('sotuphap');
    const detail = await agency({ method: 'GET', url: `/api/review-campaigns/${campaign.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      canManage: false,
      myUnit: { unitId: stp, status: 'pending', deadline: '2024-05-30' },
      counts: { units: 1 },
    });
    const commune = await t.as('ca.hungson');
    expect((await commune({ method: 'GET', url: '/api/review-campaigns' })).json().items).toEqual([]);
    expect((await commune({ method: 'GET', url: `/api/review-campaigns/${campaign.id}` })).statusCode).toBe(
      404,
    );
  });

  it('records Sở Tư pháp’s findings, refusing bad input, duplicates and documents outside the set', async () => {
    const agency = await t.as('sotuphap');
    const url = `/api/review-campaigns/${campaign.id}/units/${stp}/findings`;
    const [first, second] = documents;
    if (!first || !second) throw new Error('demo documents missing');
    const amend = await agency({
      method: 'POST',
      url,
      payload: {
        documentId: first.id,
        outcome: 'amend',
        provisions: 'Điều 2, Điều 3',
        reason:
          'Lực lượng bảo vệ dân phố được thay bằng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở từ 01/7/2024.',
        proposal: 'Ban hành Nghị quyết mới về mức hỗ trợ theo Điều 23 Luật 30/2023/QH15.',
      },
    });
    expect(amend.statusCode).toBe(201);
    findings.push(amend.json());
    const repeal = await agency({
      method: 'POST',
      url,
      payload: {
        documentId: second.id,
        outcome: 'repeal',
        reason: 'Chức danh Công an xã bán chuyên trách không còn.',
      },
    });
    expect(repeal.statusCode).toBe(201);
    findings.push(repeal.json());
    expect(findings[0]).toMatchObject({
      outcome: 'amend',
      unit: { id: stp },
      document: { number: first.number },
    });

    const duplicate = await agency({
      method: 'POST',
      url,
      payload: { documentId: first.id, outcome: 'keep', reason: 'x' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].path).toBe('/documentId');
    const noReason = await agency({
      method: 'POST',
      url,
      payload: { documentId: first.id, outcome: 'keep' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((e: { path: string }) => e.path)).toEqual(['/reason']);
    const noDocument = await agency({ method: 'POST', url, payload: { outcome: 'amend', reason: 'x' } });
    expect(noDocument.statusCode).toBe(400);
    const unknown = await agency({
      method: 'POST',
      url,
      payload: { documentId: 'nope', outcome: 'keep', reason: 'x' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: '/documentId' });
    expect((await auditRowsFor(t.db, 'review_finding', findings[0]?.id)).map((row) => row.action)).toEqual([
      'create',
    ]);
  });

  it('answers 404 to a unit outside the campaign or recording for another unit; 403 to the coordinator and leaders', async () => {
    const payload = { outcome: 'new_document', proposal: 'Quy chế phối hợp', reason: 'Chưa có' };
    const commune = await t.as('ca.hungson');
    const hungson = await t.unitId('05761');
    const outside = await commune({
      method: 'POST',
      url: `/api/review-campaigns/${campaign.id}/units/${hungson}/findings`,
      payload,
    });
    expect(outside.statusCode).toBe(404);
    const agency = await t.as('sotuphap');
    const forOther = await agency({
      method: 'POST',
      url: `/api/review-campaigns/${campaign.id}/units/${daitu}/findings`,
      payload,
    });
    expect(forOther.statusCode).toBe(404);
    const otherFinding = await (
      await t.as('ubnd.daitu')
    )({
      method: 'PATCH',
      url: `/api/review-findings/${findings[0]?.id}`,
      payload: { version: 1, reason: 'y' },
    });
    expect(otherFinding.statusCode).toBe(404);
    const coordinator = await t.as('congantinh');
    const asCoordinator = await coordinator({
      method: 'POST',
      url: `/api/review-campaigns/${campaign.id}/units/${stp}/findings`,
      payload,
    });
    expect(asCoordinator.statusCode).toBe(403);
    const leader = await t.as('ubndtinh');
    const asLeader = await leader({
      method: 'POST',
      url: `/api/review-campaigns/${campaign.id}/units/${stp}/findings`,
      payload,
    });
    expect(asLeader.statusCode).toBe(403);
  });

  it('takes a unit’s statement that it found nothing, which excludes findings until withdrawn', async () => {
    const district = await t.as('ubnd.daitu');
    const base = `/api/review-campaigns/${campaign.id}/units/${daitu}`;
    const stated = await district({
      method: 'PUT',
      url: `${base}/nothing-found`,
      payload: { note: 'Không có văn bản thuộc lĩnh vực của huyện cần kiến nghị.' },
    });
    expect(stated.statusCode).toBe(204);
    const finding = await district({
      method: 'POST',
      url: `${base}/findings`,
      payload: { outcome: 'new_document', proposal: 'X', reason: 'Y' },
    });
    expect(finding.statusCode).toBe(422);
    const agency = await t.as('sotuphap');
    const withFindings = await agency({
      method: 'PUT',
      url: `/api/review-campaigns/${campaign.id}/units/${stp}/nothing-found`,
      payload: {},
    });
    expect(withFindings.statusCode).toBe(422);
  });

  it('shows the coordinator who answered and who is late, and each unit only its own findings', async () => {
    const coordinator = await t.as('congantinh');
    const units = (
      await coordinator({ method: 'GET', url: `/api/review-campaigns/${campaign.id}/units` })
    ).json().items as CampaignUnit[];
    const byName = new Map(units.map((unit) => [unit.unit.name, unit]));
    expect(byName.get('Sở Tư pháp')).toMatchObject({ status: 'answered', findingCount: 2, isLate: false });
    expect(byName.get('Huyện Đại Từ')).toMatchObject({
      status: 'nothing_found',
      nothingFoundNote: expect.stringContaining('Không có văn bản'),
    });
    const pending = units.filter((unit) => unit.status === 'pending');
    expect(pending).toHaveLength(18);
    expect(pending.every((unit) => unit.isLate)).toBe(true);
    const pendingOnly = await coordinator({
      method: 'GET',
      url: `/api/review-campaigns/${campaign.id}/units?status=pending`,
    });
    expect(pendingOnly.json().items).toHaveLength(18);
    expect(
      (await coordinator({ method: 'GET', url: `/api/review-campaigns/${campaign.id}/findings` })).json()
        .total,
    ).toBe(2);
    const district = await t.as('ubnd.daitu');
    expect(
      (await district({ method: 'GET', url: `/api/review-campaigns/${campaign.id}/findings` })).json().total,
    ).toBe(0);
  });

  it('exports the consolidation as a report of Công an tỉnh to Bộ Công an (.docx) and as .xlsx', async () => {
    const coordinator = await t.as('congantinh');
    const docx = await coordinator({
      method: 'GET',
      url: `/api/review-campaigns/${campaign.id}/consolidation.docx?signerName=Nguyễn Văn Điều`,
    });
    expect(docx.statusCode).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    for (const expected of [
      'BỘ CÔNG AN',
      'CÔNG AN TỈNH THÁI NGUYÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số:      /BC-CAT',
      'Thái Nguyên, ngày 05 tháng 6 năm 2024',
      'Kế hoạch số 71/KH-UBND',
      'Có 20 cơ quan, đơn vị được giao rà soát',
      'Đơn vị không phát hiện văn bản cần kiến nghị: Huyện Đại Từ.',
      'Nghị quyết số 08/2019/NQ-HĐND',
      'Lực lượng bảo vệ dân phố được thay bằng',
      'Bãi bỏ:',
      'Bộ Công an (để báo cáo);',
      'GIÁM ĐỐC',
      'Nguyễn Văn Điều',
    ])
      expect(text).toContain(expected);
    const xlsx = await coordinator({
      method: 'GET',
      url: `/api/review-campaigns/${campaign.id}/consolidation.xlsx`,
    });
    expect(xlsx.statusCode).toBe(200);
    const book = await readWorkbook(xlsx.rawPayload);
    const [findingsSheet, unitsSheet] = book.worksheets;
    expect(findingsSheet?.getRow(3).getCell(2).value).toBe('Số, ký hiệu');
    expect(findingsSheet?.getRow(4).getCell(8).value).toBe('Sửa đổi, bổ sung');
    expect(findingsSheet?.getRow(5).getCell(8).value).toBe('Bãi bỏ');
    expect(unitsSheet?.rowCount).toBe(3 + 20);
    expect(
      (
        await (
          await t.as('sotuphap')
        )({ method: 'GET', url: `/api/review-campaigns/${campaign.id}/consolidation.docx` })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await (
          await t.as('ubndtinh')
        )({ method: 'GET', url: `/api/review-campaigns/${campaign.id}/consolidation.xlsx` })
      ).statusCode,
    ).toBe(200);
  });

  it('edits a finding with its version (409 when stale); a closed campaign takes no more changes (409)', async () => {
    const agency = await t.as('sotuphap');
    const finding = findings[0];
    if (!finding) throw new Error('no finding');
    const edited = await agency({
      method: 'PATCH',
      url: `/api/review-findings/${finding.id}`,
      payload: { version: finding.version, provisions: 'Điều 2, khoản 1 Điều 3' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ provisions: 'Điều 2, khoản 1 Điều 3', version: 2 });
    const stale = await agency({
      method: 'PATCH',
      url: `/api/review-findings/${finding.id}`,
      payload: { version: finding.version, provisions: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await agency({
          method: 'PATCH',
          url: `/api/review-campaigns/${campaign.id}`,
          payload: { version: 1, state: 'closed' },
        })
      ).statusCode,
    ).toBe(403);

    const coordinator = await t.as('congantinh');
    const closed = await coordinator({
      method: 'PATCH',
      url: `/api/review-campaigns/${campaign.id}`,
      payload: { version: campaign.version, state: 'closed' },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'closed', closedAt: '2024-06-05T03:00:00.000Z' });
    const late = await agency({
      method: 'POST',
      url: `/api/review-campaigns/${campaign.id}/units/${stp}/findings`,
      payload: { documentId: documents[2]?.id, outcome: 'keep', reason: 'Phù hợp' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('đã kết thúc');
    expect((await agency({ method: 'DELETE', url: `/api/review-findings/${finding.id}` })).statusCode).toBe(
      409,
    );
    const district = await t.as('ubnd.daitu');
    expect(
      (
        await district({
          method: 'DELETE',
          url: `/api/review-campaigns/${campaign.id}/units/${daitu}/nothing-found`,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('lets the coordinator open a campaign from a plan task, with its units; not agencies', async () => {
    const coordinator = await t.as('congantinh');
    const task = await t.db
      .selectFrom('task')
      .select('id')
      .where('code', '=', '2.a')
      .executeTakeFirstOrThrow();
    const body = {
      title: 'Rà soát bổ sung',
      scope: 'Các chỉ thị của UBND tỉnh',
      documentFilter: { kind: 'directive' },
      taskId: task.id,
      unitDeadline: '2024-08-30',
      consolidationDeadline: '2024-09-15',
    };
    const created = await coordinator({ method: 'POST', url: '/api/review-campaigns', payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ documentCount: 1, counts: { units: 20 }, task: { code: '2.a' } });
    const id = created.json().id as string;
    const resolution = documents.find((d) => d.kind === 'resolution');
    const outsideSet = await (
      await t.as('sotuphap')
    )({
      method: 'POST',
      url: `/api/review-campaigns/${id}/units/${stp}/findings`,
      payload: { documentId: resolution?.id, outcome: 'keep', reason: 'x' },
    });
    expect(outsideSet.statusCode).toBe(400);
    const badDates = await coordinator({
      method: 'POST',
      url: '/api/review-campaigns',
      payload: { ...body, consolidationDeadline: '2024-08-01' },
    });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().errors[0].path).toBe('/consolidationDeadline');
    expect(
      (await (await t.as('sotuphap'))({ method: 'POST', url: '/api/review-campaigns', payload: body }))
        .statusCode,
    ).toBe(403);
  });

  it('sorts the campaigns by deadline on the server and exports them in that order', async () => {
    const coordinator = await t.as('congantinh');
    const titlesOf = async (query: string) => {
      const res = await coordinator({ method: 'GET', url: `/api/review-campaigns${query}` });
      expect(res.statusCode).toBe(200);
      return res.json<{ items: CampaignSummary[] }>().items.map((item) => item.title);
    };
    const oldestFirst = await titlesOf('?sort=unitDeadline&order=asc');
    expect(oldestFirst).toEqual([campaign.title, 'Rà soát bổ sung']);
    expect(await titlesOf('')).toEqual([...oldestFirst].reverse());
    expect(await titlesOf('?sort=consolidationDeadline&order=asc&limit=1')).toEqual([campaign.title]);
    const bad = await coordinator({ method: 'GET', url: '/api/review-campaigns?sort=colour' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('sort');

    const exported = await coordinator({
      method: 'GET',
      url: '/api/review-campaigns/export.xlsx?sort=unitDeadline&order=asc&state=open',
    });
    expect(exported.statusCode).toBe(200);
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Đợt rà soát');
    expect(sheet?.getRow(2).getCell(1).value).toBe('Rà soát bổ sung');
    expect(sheet?.rowCount).toBe(2);
    const commune = await t.as('ca.hungson');
    const outside = await commune({ method: 'GET', url: '/api/review-campaigns/export.xlsx' });
    expect((await readWorkbook(outside.rawPayload)).worksheets[0]?.rowCount).toBe(1);
  });

  it('refuses a blank title when a campaign is edited (400, nothing written); 404 to units outside it', async () => {
    const coordinator = await t.as('congantinh');
    const current = (
      await coordinator({ method: 'GET', url: `/api/review-campaigns/${campaign.id}` })
    ).json<Campaign>();
    const blank = await coordinator({
      method: 'PATCH',
      url: `/api/review-campaigns/${campaign.id}`,
      payload: { version: current.version, title: ' ' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0].path).toBe('/title');
    const after = (
      await coordinator({ method: 'GET', url: `/api/review-campaigns/${campaign.id}` })
    ).json<Campaign>();
    expect(after).toMatchObject({ title: current.title, version: current.version });
    const commune = await t.as('ca.hungson');
    const hidden = await commune({
      method: 'PATCH',
      url: `/api/review-campaigns/${campaign.id}`,
      payload: { version: current.version, title: 'Đổi tên' },
    });
    expect(hidden.statusCode).toBe(404);
  });
});
