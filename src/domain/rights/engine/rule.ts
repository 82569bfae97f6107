// What a right is to the engine: a rule over the household's facts, plus what the app must
// know to explain and claim it. Texts (name, summary, steps) live in locales/<lang>/rights.json.
import type { IsoDate } from '../../calendar/iso-date';
import type { RightId } from '../catalogue/right-ids';
import type { Parameter, ValueInForce } from '../parameters/parameter';
import type { Check } from './check';
import type { HouseholdFacts } from './facts';
import type { Money } from './money';

export type Level = 'federal' | 'wallonia' | 'brussels' | 'flanders' | 'german-speaking' | 'fwb';

/** Who decides and pays; each has a text in locales/<lang>/rights.json under "provider". */
export type Provider =
  | 'mutuality'
  | 'cpas'
  | 'spf-economie'
  | 'pension-service'
  | 'dg-han'
  | 'legal-aid-office'
  | 'telecom-operator'
  | 'debt-mediation-service'
  | 'railways'
  | 'payment-body'
  | 'family-allowance-fund'
  | 'dg-ministry'
  | 'fwb-study-allowances'
  | 'social-housing-company'
  | 'regional-housing-administration'
  | 'integration-office'
  | 'regional-care-administration'
  | 'care-fund'
  | 'article-27-partner'
  | 'regional-tax-administration'
  | 'water-company';

export interface RuleContext {
  facts: HouseholdFacts;
  asOf: IsoDate;
  /**
   * Another right as a condition: "yes" when the household receives it, "yes" with the right
   * in `after` when it is eligible but not yet received, "unknown" when it is a maybe.
   */
  right: (id: RightId) => Check;
  /** The value of a parameter in force on the evaluation day. */
  valueOf: (parameter: Parameter) => ValueInForce | undefined;
}

export interface RuleOutcome {
  check: Check;
  /** What the right is worth, when it pays an amount we can estimate. */
  estimate?: Money;
  /** Overrides the right's default when the route found is automatic (or not). */
  automatic?: boolean;
}

export interface RightDefinition {
  id: RightId;
  level: Level;
  provider: Provider;
  /** Granted without a request (for the usual route); a route may override it. */
  automatic: boolean;
  /** The official names, as the offices use them, in their own languages. */
  officialNames: { fr?: string; nl?: string; de?: string };
  /** Conditions the app cannot check; listed with the right, never dropped. Keys under "worthAsking". */
  worthAsking: readonly string[];
  claim: {
    /** Documents to bring; keys under "document". */
    documents: readonly string[];
    /** Number of steps in locales (`right.<id>.steps.1`…), in order. */
    steps: number;
    phone?: string;
    website?: string;
  };
  /** Where the facts were read (URLs) and the research section. */
  sources: readonly string[];
  research: string;
  /** Last day these rules were compared with their sources. */
  checkedOn: IsoDate;
  /** Whether the profile says the household already has it (never guessed). */
  receiving: (facts: HouseholdFacts) => boolean;
  evaluate: (context: RuleContext) => RuleOutcome;
}
