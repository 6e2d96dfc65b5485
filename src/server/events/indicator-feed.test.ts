import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PeriodSummary, Report } from '../../domain/reports/reports.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { suggestIndicatorValues } from './indicator-feed.service.ts';

describe.each(inject('testDialects'))(
  'indicator values offered from events, media and findings on %s',
  (dialect) => {
    let t: TestContext;
    let planId: string;
    const taskIds = new Map<string, string>();
    beforeAll(async () => {
      t = await createTestContext(dialect, inject('postgresUrl'), {
        clock: () => new Date('2024-07-05T03:00:00.000Z'),
      });
      planId = (await t.db.selectFrom('plan').select('id').executeTakeFirstOrThrow()).id;
      for (const task of await t.db.selectFrom('task').select(['id', 'code']).execute())
        taskIds.set(task.code, task.id);
      const coordinator = await t.as('congantinh');
      await coordinator({
        method: 'POST',
        url: `/api/plans/${planId}/periods`,
        payload: { until: '2024-12-31' },
      });
    });
    afterAll(() => t.close());

    async function indicator(taskCode: string, name: string, source: string) {
      const coordinator = await t.as('congantinh');
      const created = await coordinator({
        method: 'POST',
        url: `/api/tasks/${taskIds.get(taskCode)}/indicators`,
        payload: { name, unitLabel: 'lượt', kind: 'count' },
      });
      expect(created.statusCode).toBe(201);
      const linked = await coordinator({
        method: 'PUT',
        url: `/api/indicators/${created.json().id}/source`,
        payload: { source },
      });
      expect(linked.statusCode).toBe(200);
      return created.json().id as string;
    }

    async function periodOf(username: string, taskCode: string): Promise<PeriodSummary> {
      const user = await t.as(username);
      const res = await user({
        method: 'GET',
        url: `/api/periods?planId=${planId}&taskId=${taskIds.get(taskCode)}&limit=50`,
      });
      const period = (res.json().items as PeriodSummary[]).find((p) => p.dueDate <= '2024-06-30');
      if (!period) throw new Error(`no period of ${taskCode} for ${username}`);
      return period;
    }

    it('lets only those who edit the plan say where an indicator comes from', async () => {
      const coordinator = await t.as('congantinh');
      const created = await coordinator({
        method: 'POST',
        url: `/api/tasks/${taskIds.get('1.4')}/indicators`,
        payload: { name: 'Lớp tập huấn', unitLabel: 'lớp', kind: 'count' },
      });
      const agency = await t.as('sotuphap');
      const refused = await agency({
        method: 'PUT',
        url: `/api/indicators/${created.json().id}/source`,
        payload: { source: 'event_count' },
      });
      expect(refused.statusCode).toBe(403);
      const bad = await coordinator({
        method: 'PUT',
        url: `/api/indicators/${created.json().id}/source`,
        payload: { source: 'weather' },
      });
      expect(bad.statusCode).toBe(400);
      const missing = await coordinator({
        method: 'PUT',
        url: '/api/indicators/nope/source',
        payload: { source: null },
      });
      expect(missing.statusCode).toBe(404);
      const list = await agency({ method: 'GET', url: `/api/tasks/${taskIds.get('1.4')}/indicator-sources` });
      expect(list.json().items).toEqual([]);
    });

    it('offers Sở Tư pháp its conferences and participants of the quarter in its task 1.1 report', async () => {
      const conferences = await indicator('1.1', 'Hội nghị quán triệt', 'event_count');
      const participants = await indicator('1.1', 'Lượt người tham dự', 'event_participants');
      const agency = await t.as('sotuphap');
      const period = await periodOf('sotuphap', '1.1');
      // Quarter II, from the plan's date (15/4/2024).
      expect(period).toMatchObject({ periodStart: '2024-04-15', periodEnd: '2024-06-30' });
      // The demo's conference of 16/5/2024 (260 people); one more now, and one outside the quarter.
      for (const [startsOn, participantCount] of [
        ['2024-06-20', 90],
        ['2024-07-02', 500],
      ] as const) {
        const res = await agency({
          method: 'POST',
          url: '/api/events',
          payload: {
            kind: 'briefing',
            title: `Hội nghị phổ biến Luật ${startsOn}`,
            taskId: taskIds.get('1.1'),
            form: 'online',
            startsOn,
            endsOn: startsOn,
            participantCount,
          },
        });
        expect(res.statusCode).toBe(201);
      }
      const report = (
        await agency({ method: 'GET', url: `/api/periods/${period.periodId}/report` })
      ).json<Report>();
      const byId = new Map(report.indicators.map((item) => [item.id, item]));
      expect(byId.get(conferences)).toMatchObject({
        value: null,
        suggested: { value: 2, source: { vi: 'Tự động từ 2 hội nghị, lớp, cuộc đã ghi nhận trong kỳ' } },
      });
      expect(byId.get(participants)?.suggested?.value).toBe(350);

      const saved = await agency({
        method: 'PUT',
        url: `/api/periods/${period.periodId}/report`,
        payload: {
          version: 0,
          progress: 100,
          indicatorValues: [
            { indicatorId: conferences, value: 2 },
            { indicatorId: participants, value: 350 },
          ],
        },
      });
      expect(saved.json<Report>().indicators.map((item) => item.value)).toEqual([2, 350]);
      const coordinator = await t.as('congantinh');
      const asReviewer = (
        await coordinator({ method: 'GET', url: `/api/periods/${period.periodId}/report` })
      ).json<Report>();
      expect(asReviewer.indicators.every((item) => item.suggested === null)).toBe(true);
    });

    it('offers media counts to the outlets of task 1.2', async () => {
      const items = await indicator('1.2', 'Tin, bài đã đăng, phát', 'media_count');
      const coordinator = await t.as('congantinh');
      const period = (
        await coordinator({
          method: 'GET',
          url: `/api/periods?planId=${planId}&taskId=${taskIds.get('1.2')}&limit=50`,
        })
      )
        .json()
        .items.find((p: PeriodSummary) => p.unit.name === 'Báo Thái Nguyên' && p.dueDate === '2024-06-30');
      // Báo Thái Nguyên has no user of its own in the demo: the value the service offers is read directly.
      const suggestions = await suggestIndicatorValues(t.db, {
        taskId: taskIds.get('1.2') ?? '',
        unitId: await t.unitId('19.BTN'),
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
      });
      expect(suggestions.get(items)).toMatchObject({
        value: 3,
        source: { vi: 'Tự động từ 3 tin, bài đã ghi nhận trong kỳ' },
      });
    });

    it('offers review findings to the units of task 2.a, and zero to a unit that found nothing', async () => {
      const reviewed = await indicator('2.a', 'Văn bản đã rà soát', 'finding_count');
      const changes = await indicator('2.a', 'Văn bản đề nghị sửa đổi', 'finding_change_count');
      const coordinator = await t.as('congantinh');
      const campaign = (await coordinator({ method: 'GET', url: '/api/review-campaigns' })).json().items[0];
      const documents = (
        await coordinator({ method: 'GET', url: `/api/review-campaigns/${campaign.id}/documents` })
      ).json().items;
      const agency = await t.as('sotuphap');
      const stp = await t.unitId('19.STP');
      for (const [index, outcome] of ['keep', 'repeal', 'amend'].entries()) {
        const res = await agency({
          method: 'POST',
          url: `/api/review-campaigns/${campaign.id}/units/${stp}/findings`,
          payload: { documentId: documents[index].id, outcome, reason: 'Theo Luật 30/2023/QH15' },
        });
        expect(res.statusCode).toBe(201);
      }
      const stpPeriod = await periodOf('sotuphap', '2.a');
      const stpReport = (
        await agency({ method: 'GET', url: `/api/periods/${stpPeriod.periodId}/report` })
      ).json<Report>();
      const values = new Map(stpReport.indicators.map((item) => [item.id, item.suggested?.value]));
      expect([values.get(reviewed), values.get(changes)]).toEqual([3, 2]);

      const district = await t.as('ubnd.daitu');
      const daituPeriod = await periodOf('ubnd.daitu', '2.a');
      const before = (
        await district({ method: 'GET', url: `/api/periods/${daituPeriod.periodId}/report` })
      ).json<Report>();
      expect(before.indicators.every((item) => item.suggested === null)).toBe(true);
      await district({
        method: 'PUT',
        url: `/api/review-campaigns/${campaign.id}/units/${await t.unitId('171')}/nothing-found`,
        payload: {},
      });
      const after = (
        await district({ method: 'GET', url: `/api/periods/${daituPeriod.periodId}/report` })
      ).json<Report>();
      expect(after.indicators.find((item) => item.id === changes)?.suggested).toMatchObject({ value: 0 });
    });

    it("exports a task's indicators and their sources to .xlsx under the page's filters", async () => {
      await indicator('1.4', 'Số hội nghị đã tổ chức', 'event_count');
      const coordinator = await t.as('congantinh');
      const url = `/api/tasks/${taskIds.get('1.4')}/indicator-sources/export.xlsx`;
      const rowsOf = async (query: string) => {
        const res = await coordinator({ method: 'GET', url: `${url}${query}` });
        expect(res.statusCode).toBe(200);
        const sheet = (await readWorkbook(res.rawPayload)).worksheets[0]!;
        return sheet
          .getSheetValues()
          .slice(1)
          .map((row) => (row as unknown[]).slice(1));
      };
      const all = await rowsOf('');
      expect(all[0]).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Lấy số liệu từ']);
      expect(all.slice(1)).toEqual([
        ['Lớp tập huấn', 'lớp', 'Nhập tay'],
        ['Số hội nghị đã tổ chức', 'lượt', 'Số hội nghị, lớp, cuộc đã tổ chức'],
      ]);
      expect((await rowsOf('?only=manual')).slice(1)).toEqual([['Lớp tập huấn', 'lớp', 'Nhập tay']]);
      expect((await rowsOf('?q=hoi nghi')).slice(1).map((row) => row[0])).toEqual(['Số hội nghị đã tổ chức']);

      const bad = await coordinator({ method: 'GET', url: `${url}?only=everything` });
      expect(bad.statusCode).toBe(400);

      // A district's own plan is out of sight of a ward in another district.
      const district = await t.as('ubnd.daitu');
      const plan = await district({
        method: 'POST',
        url: '/api/plans',
        payload: {
          title: 'Kế hoạch tuyên truyền Luật 30/2023/QH15 huyện Đại Từ',
          tasks: [{ code: '1', title: 'Tuyên truyền', assignments: [], children: [] }],
        },
      });
      const districtTask = plan.json().tasks[0].id as string;
      const outsider = await t.as('ca.quantrieu');
      for (const path of ['indicator-sources', 'indicator-sources/export.xlsx']) {
        const res = await outsider({ method: 'GET', url: `/api/tasks/${districtTask}/${path}` });
        expect(res.statusCode).toBe(404);
      }
      expect(
        (await district({ method: 'GET', url: `/api/tasks/${districtTask}/indicator-sources/export.xlsx` }))
          .statusCode,
      ).toBe(200);
    });
  },
);
