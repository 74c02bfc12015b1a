/**
 * Compares a report with committed figures (a Metrics record, see summarizeReport). A score regresses when
 * it drops more than `tolerance` below its baseline; a count (furniture, duplicates) regresses when it
 * rises at all. A metric in the baseline that the report no longer has regresses to 0. Metrics new in the
 * report are not regressions.
 */
import type { Report } from './scoreGraph';
import { LOWER_IS_BETTER, summarizeReport } from './summarizeReport';
import type { Metrics } from './summarizeReport';

export interface Regression {
  metric: string;
  baseline: number;
  actual: number;
}

export function compareToBaseline(report: Report | Metrics, baseline: Metrics, tolerance = 0.02): Regression[] {
  const actual: Metrics = 'entities' in report && typeof report.entities === 'object' ? summarizeReport(report as Report) : (report as Metrics);
  const out: Regression[] = [];
  for (const metric of Object.keys(baseline).sort()) {
    const b = baseline[metric];
    const a = actual[metric] ?? (LOWER_IS_BETTER(metric) ? Number.POSITIVE_INFINITY : 0);
    const regressed = LOWER_IS_BETTER(metric) ? a > b : a < b - tolerance - 1e-9;
    if (regressed) out.push({ metric, baseline: b, actual: a });
  }
  return out;
}

/** One line per regression, for CI logs: `entities.f1: 0.870 < baseline 0.900 (tolerance 0.02)`. */
export function formatRegressions(regressions: Regression[], tolerance = 0.02): string {
  return regressions
    .map((r) =>
      r.metric.endsWith('.count')
        ? `${r.metric}: ${r.actual} > baseline ${r.baseline}`
        : `${r.metric}: ${r.actual.toFixed(3)} < baseline ${r.baseline.toFixed(3)} (tolerance ${tolerance})`,
    )
    .join('\n');
}
