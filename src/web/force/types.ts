import type {
  ImportPreview,
  MemberListQuery,
  MemberSummary,
  ProcedureSummary,
  Team,
  TeamListQuery,
  Village,
  VillageListQuery,
} from '../../domain/force/force-api.schemas.ts';

export type SortOrder = 'asc' | 'desc';

export interface Page<T> {
  items: T[];
  total: number;
}

export type VillagePage = Page<Village>;
export type TeamPage = Page<Team>;
/** `totalCapped`: the server counted no further than `total` (more exist). */
export type MemberPage = Page<MemberSummary> & { totalCapped: boolean };
export type ProcedurePage = Page<ProcedureSummary>;

export type VillageSortField = VillageListQuery['sort'];
export type MemberSortField = MemberListQuery['sort'];
export type TeamSortField = TeamListQuery['sort'];

/** The villages list's filter bar; the query adds paging and sorting. */
export type VillageFilters = Partial<Pick<VillageListQuery, 'unitId' | 'q' | 'kind'>> & {
  gapsOnly?: boolean;
};
export type TeamFilters = Partial<Pick<TeamListQuery, 'unitId' | 'villageId' | 'status' | 'q'>>;
export type MemberFilters = Partial<
  Pick<MemberListQuery, 'unitId' | 'teamId' | 'villageId' | 'role' | 'status' | 'origin' | 'q'>
>;

/** One cell the user corrected in an import preview. */
export type ImportCorrections = Record<number, Record<string, string>>;
export type ImportPreviewRow = ImportPreview['rows'][number];

/** A unit picked in a filter: enough to show its name before the list loads. */
export interface UnitOption {
  id: string;
  code: string;
  name: string;
}
