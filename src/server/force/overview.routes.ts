import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import {
  overviewQuerySchema,
  overviewSchema,
  type ForceTotals,
} from '../../domain/force/force-api.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { sendXlsx, type XlsxColumn } from '../http/xlsx.ts';
import { getOverview } from './overview.service.ts';

type Line = ForceTotals & { label: string };

const COLUMNS: XlsxColumn<Line>[] = [
  { header: 'Đơn vị', width: 36, value: (l) => l.label },
  { header: 'Số thôn, tổ dân phố', width: 12, value: (l) => l.villages },
  { header: 'Số Tổ hiện có', width: 10, value: (l) => l.teams },
  { header: 'Số Tổ theo tiêu chí', width: 10, value: (l) => l.requiredTeams },
  { header: 'Thành viên hiện có', width: 12, value: (l) => l.members },
  { header: 'Thành viên theo tiêu chí', width: 12, value: (l) => l.requiredMembers },
  { header: 'Còn thiếu', width: 10, value: (l) => l.shortfall },
  { header: 'Số thôn thiếu thành viên', width: 12, value: (l) => l.villagesShort },
  { header: 'Số thôn chưa có Tổ', width: 12, value: (l) => l.villagesWithoutTeam },
  { header: 'Tổ trưởng', width: 10, value: (l) => l.byRole.to_truong },
  { header: 'Tổ phó', width: 10, value: (l) => l.byRole.to_pho },
  { header: 'Tổ viên', width: 10, value: (l) => l.byRole.to_vien },
  { header: 'Nguồn: Bảo vệ dân phố', width: 12, value: (l) => l.byOrigin.bao_ve_dan_pho },
  {
    header: 'Nguồn: Công an xã bán chuyên trách',
    width: 14,
    value: (l) => l.byOrigin.cong_an_xa_ban_chuyen_trach,
  },
  { header: 'Nguồn: Dân phòng', width: 12, value: (l) => l.byOrigin.dan_phong },
  { header: 'Nguồn: Tuyển chọn mới', width: 12, value: (l) => l.byOrigin.new },
  { header: 'Đã qua huấn luyện, bồi dưỡng', width: 14, value: (l) => l.trained },
];

export const overviewRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/force/overview',
    {
      schema: {
        tags: ['force'],
        description:
          'Totals by district and commune under a unit in scope (default: the actor’s): teams, members by role and origin, trained, required vs in post, gaps.',
        querystring: overviewQuerySchema,
        response: { 200: overviewSchema },
      },
    },
    async (req) => getOverview(db, actorOf(req), req.query),
  );
  app.get(
    '/force/overview/export.xlsx',
    { schema: { tags: ['force'], querystring: overviewQuerySchema } },
    async (req, reply) => {
      const overview = await getOverview(db, actorOf(req), req.query);
      const lines: Line[] = [];
      for (const district of overview.districts) {
        lines.push({ ...district, label: district.unit.name });
        for (const commune of district.communes)
          lines.push({ ...commune, label: `    ${commune.unit.name}` });
      }
      for (const commune of overview.communes) lines.push({ ...commune, label: commune.unit.name });
      lines.push({
        ...overview.totals,
        label: `Tổng cộng ${overview.root.name} (${formatVietnameseDate(overview.asOf)})`,
      });
      return sendXlsx(reply, {
        filename: `luc-luong-co-so-${overview.asOf}.xlsx`,
        sheetName: 'Tổng hợp lực lượng',
        columns: COLUMNS,
        rows: (async function* () {
          yield* lines;
        })(),
      });
    },
  );
};
