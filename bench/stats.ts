// Percentiles and number formatting for the report.
import type { FigureUnit, Target } from './types.ts';

/** Nearest-rank percentile of an ascending array (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarise(latencies: readonly number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatValue(value: number, unit: FigureUnit): string {
  if (unit === 'ms') return formatMs(value);
  if (!Number.isFinite(value)) return 'n/a';
  const text = Math.round(value).toLocaleString('en-US');
  return unit === 'req/s' ? `${text} req/s` : text;
}

export function formatTarget(target: Target | undefined, unit: FigureUnit): string {
  if (!target) return '—';
  const parts: string[] = [];
  if (target.max !== undefined) parts.push(`< ${formatValue(target.max, unit)}`);
  if (target.min !== undefined) parts.push(`≥ ${formatValue(target.min, unit)}`);
  return parts.join(' and ');
}

export function meetsTarget(value: number, target: Target): boolean {
  if (!Number.isFinite(value)) return false;
  if (target.max !== undefined && !(value < target.max)) return false;
  if (target.min !== undefined && !(value >= target.min)) return false;
  return true;
}
