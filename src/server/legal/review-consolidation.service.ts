import type { ReviewConsolidation } from '../../domain/legal/review-consolidation.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError } from '../http/errors.ts';
import { inSentence } from '../reports/consolidation-format.ts';
import { findAllFindings, findCampaignUnits } from './reviews.repo.ts';
import { canExportCampaign, getCampaign, requireVisibleCampaign, toCampaignUnit } from './reviews.service.ts';
import { toFinding } from './findings.service.ts';

export interface ReviewExportQuery {
  signerAuthority?: string;
  signerName?: string;
}

const shortProvinceName = (name: string) => name.replace(/^(Tỉnh|Thành phố) /, '');

/**
 * The issuing-body lines (NĐ 30/2020 Phụ lục I: the direct superior above the issuing body). Công an tỉnh
 * answers to Bộ Công an; any other coordinating body is taken to sit under the province's UBND.
 */
function issuingLines(owner: { name: string; category: string | null }, provinceName: string) {
  const short = shortProvinceName(provinceName);
  if (owner.category === 'police') {
    const issuerName = `${owner.name} ${short}`;
    return { parentBody: 'BỘ CÔNG AN', issuingBody: issuerName.toUpperCase(), issuerName };
  }
  return {
    parentBody: provinceName.replace(/^Tỉnh /, 'UBND tỉnh ').toUpperCase(),
    issuingBody: owner.name.toUpperCase(),
    issuerName: `${owner.name} ${short}`,
  };
}

/** The consolidated result of a campaign, for the coordinating side and the province's leaders. */
export async function buildReviewConsolidation(
  db: Db,
  actor: Actor,
  campaignId: string,
  query: ReviewExportQuery,
): Promise<ReviewConsolidation> {
  requireRole(actor, 'admin', 'coordinator', 'leader');
  const row = await requireVisibleCampaign(db, actor, campaignId);
  if (!canExportCampaign(actor, row)) throw new AppError('FORBIDDEN');
  const [campaign, units, findings, province] = await Promise.all([
    getCampaign(db, actor, campaignId),
    findCampaignUnits(db, actor, [campaignId]),
    findAllFindings(db, actor, campaignId),
    db.selectFrom('unit').select('name').where('id', '=', row.provinceId).executeTakeFirstOrThrow(),
  ]);
  const abbreviation = row.ownerCode.includes('.') ? row.ownerCode.split('.').pop() : undefined;
  const symbol = abbreviation ?? 'CAT';
  return {
    ...issuingLines({ name: row.ownerName, category: row.ownerCategory }, province.name),
    documentNumber: `Số:      /BC-${symbol}`,
    place: shortProvinceName(province.name),
    date: actor.now.slice(0, 10),
    documentType: 'BÁO CÁO',
    summaryLine: `Kết quả ${inSentence(row.title)}`,
    campaign: {
      title: row.title,
      scope: row.scope,
      unitDeadline: row.unitDeadline,
      consolidationDeadline: row.consolidationDeadline,
      plan: row.planId
        ? {
            number: row.planNumber,
            title: row.planTitle ?? '',
            issuer: row.planIssuer,
            date: row.planIssuedOn,
          }
        : null,
      taskCode: row.taskCode,
    },
    documentCount: campaign.documentCount,
    units: units.map((unit) => {
      const item = toCampaignUnit(unit, actor);
      return {
        name: item.unit.name,
        deadline: item.deadline,
        status: item.status,
        findingCount: item.findingCount,
        answeredAt: item.answeredAt,
        nothingFoundNote: item.nothingFoundNote,
        isLate: item.isLate,
      };
    }),
    findings: findings.map(toFinding).map((finding) => ({
      document: finding.document,
      unitName: finding.unit.name,
      outcome: finding.outcome,
      provisions: finding.provisions,
      reason: finding.reason,
      proposal: finding.proposal,
    })),
    recipients: ['Bộ Công an (để báo cáo);', 'UBND tỉnh (để báo cáo);', `Lưu: VT, ${symbol}.`],
    signer: {
      authority: query.signerAuthority || 'GIÁM ĐỐC',
      name: query.signerName || actor.displayName.replace(/\s*\(.*\)\s*$/, ''),
    },
  };
}
