import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { browserSession, chooseOption, screenshot } from './support/harness.ts';

const CAMPAIGN = /Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh/;

describe('the seed plan’s legal-document review: two units answer, the coordinator consolidates', () => {
  const session = browserSession();
  let page: Page;
  async function signIn(username: string) {
    page = await session.signIn(username);
  }

  async function openCampaign() {
    await page.getByRole('menuitem', { name: /Rà soát văn bản/ }).click();
    const link = page.getByRole('link', { name: CAMPAIGN });
    await expect.poll(() => link.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await link.first().click();
    await expect.poll(() => page.url()).toMatch(/\/reviews\/[^/]+$/);
    await expect.poll(() => page.getByText('Nhiệm vụ').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }

  async function recordFinding(finding: {
    number: string;
    outcome: string;
    provisions: string;
    reason: string;
  }) {
    const record = page.getByRole('button', { name: `Ghi kết quả rà soát văn bản ${finding.number}` });
    await expect.poll(() => record.count(), { timeout: 30_000 }).toBe(1);
    await record.click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Kết quả rà soát' }), finding.outcome);
    await dialog.getByLabel('Điều, khoản liên quan').fill(finding.provisions);
    await dialog.getByLabel('Lý do').fill(finding.reason);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const row = page.getByRole('row').filter({ hasText: finding.number });
    await expect.poll(() => row.getByText(finding.outcome).count(), { timeout: 30_000 }).toBe(1);
  }

  it('goes from two units’ answers to the consolidated report', async () => {
    await signIn('sotuphap');
    await openCampaign();
    await expect.poll(() => page.getByText('Kết quả rà soát của đơn vị').count()).toBe(1);
    await recordFinding({
      number: '08/2019/NQ-HĐND',
      outcome: 'Sửa đổi, bổ sung',
      provisions: 'Điều 2, Điều 3',
      reason: 'Lực lượng bảo vệ dân phố được thay bằng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.',
    });
    await recordFinding({
      number: '14/2020/NQ-HĐND',
      outcome: 'Bãi bỏ',
      provisions: 'Toàn văn',
      reason: 'Chức danh Công an xã bán chuyên trách không còn từ 01/7/2024.',
    });
    await screenshot(page, 'legal-review-unit');

    await signIn('ubnd.daitu');
    await openCampaign();
    await page.getByRole('button', { name: 'Báo cáo không có văn bản cần kiến nghị' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Ghi chú (không bắt buộc)')
      .fill('Huyện không ban hành văn bản thuộc phạm vi rà soát.');
    await dialog.getByRole('button', { name: 'Báo cáo không có văn bản cần kiến nghị' }).click();
    await expect
      .poll(() => page.getByText('Đơn vị đã báo cáo không có văn bản cần kiến nghị.').count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await screenshot(page, 'legal-review-nothing-found');

    await signIn('congantinh');
    await openCampaign();
    const rowOf = (name: string) => page.getByRole('row').filter({ hasText: name });
    await expect
      .poll(() => rowOf('Sở Tư pháp').getByText('Đã có kết quả rà soát').count(), { timeout: 30_000 })
      .toBe(1);
    await expect
      .poll(() => rowOf('Huyện Đại Từ').getByText('Không có văn bản cần kiến nghị').count())
      .toBe(1);
    // Every other reviewing unit (20 in all) is still pending, and late: the deadline was 30/5/2024.
    await expect
      .poll(() => page.getByRole('cell').getByText('Chưa trả lời', { exact: true }).count())
      .toBe(18);
    await screenshot(page, 'legal-review-coordinator');
    await page.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
    // The table of the tab (Công an tỉnh's own review, further down, lists the documents too).
    const consolidated = page.getByRole('tabpanel', { name: 'Bảng tổng hợp' });
    await expect
      .poll(() => consolidated.getByRole('row').filter({ hasText: '08/2019/NQ-HĐND' }).count())
      .toBe(1);
    await expect.poll(() => consolidated.getByRole('row').filter({ hasText: 'Sở Tư pháp' }).count()).toBe(2);
    await screenshot(page, 'legal-review-consolidated-table');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải báo cáo tổng hợp (.docx)' }).click();
    const file = await (await download).path();
    const { value: text } = await mammoth.extractRawText({ path: file });
    for (const expected of [
      'BỘ CÔNG AN',
      'CÔNG AN TỈNH THÁI NGUYÊN',
      '/BC-CAT',
      'Đơn vị có kết quả rà soát: Sở Tư pháp.',
      'Đơn vị không phát hiện văn bản cần kiến nghị: Huyện Đại Từ.',
      'Nghị quyết số 08/2019/NQ-HĐND',
      'Chức danh Công an xã bán chuyên trách không còn',
      'Bộ Công an (để báo cáo);',
    ])
      expect(text).toContain(expected);
  });
});
