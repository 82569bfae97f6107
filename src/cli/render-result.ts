// The `rights` command's output for one profile, exactly as the contract writes it
// (../shared/contract/profile.md, "The rights command"), with two compatible additions:
// `toConfirm` and `worthAsking`.
import type { Evaluation, RightResult } from '../domain/rights';
import { cents } from '../domain/rights/engine/money';
import { renderReason, type Translate } from '../i18n/render-reason';

export interface CliResult {
  id: string;
  status: RightResult['status'];
  missing: string[];
  reasons: string[];
  estimate?: { monthly: number; yearly?: number } | { once: number };
  receiving: boolean;
  after?: string[];
  automatic: boolean;
  toConfirm: boolean;
  worthAsking: string[];
}

function estimateOf(result: RightResult): CliResult['estimate'] {
  const estimate = result.estimate;
  if (!estimate) return undefined;
  if (estimate.per === 'once') return { once: estimate.amount };
  if (estimate.per === 'month') return { monthly: estimate.amount };
  return { monthly: cents(estimate.amount / 12), yearly: estimate.amount };
}

export function renderEvaluation(evaluation: Evaluation, t: Translate, language: string) {
  return {
    catalogueVersion: evaluation.catalogueVersion,
    asOf: evaluation.asOf,
    results: evaluation.results.map((result): CliResult => {
      const estimate = estimateOf(result);
      return {
        id: result.id,
        status: result.status,
        missing: result.missing,
        reasons: result.reasons.map((reason) => renderReason(reason, t, language)),
        ...(estimate ? { estimate } : {}),
        receiving: result.receiving,
        ...(result.after.length > 0 ? { after: result.after } : {}),
        automatic: result.automatic,
        toConfirm: result.toConfirm,
        worthAsking: result.worthAsking.map((key) => t(`rights:worthAsking.${key}`)),
      };
    }),
  };
}
