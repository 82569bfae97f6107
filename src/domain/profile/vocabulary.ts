// The closed lists of the profile interchange format v1 (../shared/contract/profile.md).
// Adding a value here is a contract change: do it only with the contract.

export const PROFILE_FORMAT = 'carnet-profile';
export const PROFILE_VERSION = 1;

export const REGIONS = ['brussels', 'flanders', 'wallonia', 'german-speaking'] as const;
export type Region = (typeof REGIONS)[number];

export const TENURES = ['private-rent', 'social-rent', 'owner', 'hosted', 'homeless', 'other'] as const;
export type Tenure = (typeof TENURES)[number];

export const HEATINGS = [
  'heating-oil',
  'bulk-propane',
  'natural-gas',
  'electricity',
  'wood',
  'district',
  'other',
] as const;
export type Heating = (typeof HEATINGS)[number];

export const RELATIONS = ['self', 'partner', 'child', 'parent', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export const RESIDENCES = ['belgian', 'eu', 'residence-permit', 'asylum-seeker', 'undocumented'] as const;
export type Residence = (typeof RESIDENCES)[number];

export const INCOME_KINDS = [
  'employment',
  'self-employment',
  'unemployment',
  'sickness-invalidity',
  'pension',
  'grapa',
  'integration-income',
  'social-aid',
  'disability-allowance',
  'child-benefit',
  'alimony',
  'rental',
  'student-job',
  'other',
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const INCOME_BASES = ['net', 'gross'] as const;
export type IncomeBasis = (typeof INCOME_BASES)[number];

export const STATUSES = [
  'bim',
  'social-energy-tariff',
  'autonomy-points-7',
  'disability-recognised',
  'jobseeker',
  'student',
  'pregnant',
  'debt-mediation',
  'cohabiting-legal',
  'single-parent',
] as const;
export type Status = (typeof STATUSES)[number];

export const SCHOOL_LEVELS = ['none', 'nursery', 'primary', 'secondary', 'higher'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const SCHOOL_TRACKS = ['full-time', 'alternance'] as const;
export type SchoolTrack = (typeof SCHOOL_TRACKS)[number];

export const SCHOOL_COMMUNITIES = ['fwb', 'vl', 'dg'] as const;
export type SchoolCommunity = (typeof SCHOOL_COMMUNITIES)[number];

/** Sanity limits: generous for any real household, small enough to refuse hostile payloads. */
export const LIMITS = {
  members: 30,
  incomesPerMember: 20,
  taxableIncomeYears: 10,
  idLength: 64,
  money: 10_000_000,
} as const;
