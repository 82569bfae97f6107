// Public API of the rights engine.
export { evaluateRights, type Evaluation, type RightResult, type RightStatus, type Catalogue } from './engine/evaluate';
export { rankMissingFacts, type MissingFact } from './engine/next-questions';
export type { Reason, ReasonValue } from './engine/reason';
export type { Money, Period } from './engine/money';
export { toMonthly, toYearly } from './engine/money';
export type { RightDefinition, Level, Provider } from './engine/rule';
export { CATALOGUE, CATALOGUE_VERSION } from './catalogue/catalogue';
export { RIGHT_IDS, isRightId, type RightId } from './catalogue/right-ids';
