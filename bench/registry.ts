// Every benchmark `npm run bench` knows, in the order they run. To add one, write a `Benchmark` (see
// types.ts) in bench/benchmarks/ and list it here; BENCH_ONLY selects by name.
import { apiBaselineBenchmark } from './benchmarks/api-baseline.ts';
import { catalogueImportBenchmark } from './benchmarks/catalogue-import.ts';
import { consolidationExportBenchmark } from './benchmarks/consolidation-export.ts';
import { dashboardCommuneBenchmark, dashboardProvinceBenchmark } from './benchmarks/dashboard.ts';
import {
  forceCommuneSearchBenchmark,
  forceGapViewBenchmark,
  forceImportBenchmark,
  forceMemberSearchBenchmark,
} from './benchmarks/force.ts';
import { payrollNationalBenchmark } from './benchmarks/payroll.ts';
import { planParseBenchmark } from './benchmarks/plan-parse.ts';
import { unitsSearchBenchmark } from './benchmarks/units-search.ts';
import type { Benchmark } from './types.ts';

export const BENCHMARKS: readonly Benchmark[] = [
  catalogueImportBenchmark('2025'),
  catalogueImportBenchmark('2024'),
  unitsSearchBenchmark,
  apiBaselineBenchmark,
  planParseBenchmark,
  consolidationExportBenchmark,
  dashboardProvinceBenchmark,
  dashboardCommuneBenchmark,
  forceImportBenchmark,
  forceMemberSearchBenchmark,
  forceCommuneSearchBenchmark,
  forceGapViewBenchmark,
  payrollNationalBenchmark,
];
