// How questions name a person: "you", "your partner", "your child (2)" — shared with summaries.
export { personLabel } from '../../i18n/answer-text';
