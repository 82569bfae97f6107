// Phone lines a person can call, with only the facts read in a source
// (../shared/research/rights-be.md §1). A line the research marks UNVERIFIED is not listed:
// we never give someone a number that may not answer.
import type { Region } from '../profile';

export type HelplineId =
  | 'wallonia-1718'
  | 'wallonia-1719'
  | 'flanders-1700'
  | 'tele-accueil-107'
  | 'tele-onthaal-106'
  | 'samusocial-brussels'
  | 'spf-economie-energy'
  | 'fwb-study-allowance'
  | 'brussels-rent-allowance'
  | 'iriscare';

export interface Helpline {
  id: HelplineId;
  number: string;
  /** Where the line serves; absent for lines serving the whole country. */
  regions?: Region[];
  /** Languages the line answers in, ISO codes. */
  languages: string[];
  free: boolean;
  /** Opening hours as data; absent when the source gives none. */
  hours?: '24/7' | 'weekdays-0830-1700' | 'mon-wed-fri-0900-1200';
  topic: 'regional-info' | 'listening' | 'social-emergency' | 'energy' | 'study-allowance' | 'rent-allowance' | 'elderly-care';
  /** Where the number and its facts were read (research/rights-be.md §1). */
  source: string;
}

export const HELPLINES: readonly Helpline[] = [
  {
    id: 'wallonia-1718',
    number: '1718',
    regions: ['wallonia'],
    languages: ['fr'],
    free: true,
    hours: 'weekdays-0830-1700',
    topic: 'regional-info',
    source: 'https://www.levif.be/belgique/un-nouveau-numero-vert-pour-la-wallonie/',
  },
  {
    id: 'wallonia-1719',
    number: '1719',
    regions: ['wallonia', 'german-speaking'],
    languages: ['de'],
    free: true,
    hours: 'weekdays-0830-1700',
    topic: 'regional-info',
    source: 'https://alliancewalloniefrance.blog/2015/02/04/bon-a-savoir/',
  },
  {
    id: 'flanders-1700',
    number: '1700',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    topic: 'regional-info',
    source: 'https://overheid.vlaanderen.be/personeel/integriteit/1700-meldpunt-burgers-verenigingen-en-bedrijven',
  },
  {
    id: 'tele-accueil-107',
    number: '107',
    regions: ['wallonia', 'brussels'],
    languages: ['fr'],
    free: true,
    hours: '24/7',
    topic: 'listening',
    source: 'https://www.rtbf.be/article/le-centre-tele-accueil-de-liege-a-l-ecoute-depuis-50-ans-11188471',
  },
  {
    id: 'tele-onthaal-106',
    number: '106',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    topic: 'listening',
    source: 'https://focus-wtv.be/nieuws/meer-oproepen-voor-tele-onthaal-vlaanderen-met-extra-geld-vrij',
  },
  {
    id: 'samusocial-brussels',
    number: '0800 99 340',
    regions: ['brussels'],
    languages: ['fr', 'nl'],
    free: true,
    hours: '24/7',
    topic: 'social-emergency',
    source: 'https://samusocial.be/missions/',
  },
  {
    id: 'spf-economie-energy',
    number: '0800 120 33',
    languages: ['fr', 'nl', 'de'],
    free: true,
    topic: 'energy',
    source: 'https://fr.scribd.com/document/684145816/Brochure-Soctar-FR',
  },
  {
    id: 'fwb-study-allowance',
    number: '0800 11 869',
    regions: ['wallonia', 'brussels'],
    languages: ['fr'],
    free: true,
    topic: 'study-allowance',
    source: 'https://www.bruxelles-j.be/etudier-se-former/enseignement-secondaire/comment-obtenir-une-allocation-detudes/',
  },
  {
    id: 'brussels-rent-allowance',
    number: '0800 40 400',
    regions: ['brussels'],
    languages: ['fr', 'nl'],
    free: true,
    hours: 'mon-wed-fri-0900-1200',
    topic: 'rent-allowance',
    source: 'https://koecoon.com/lallocation-loyer/',
  },
  {
    id: 'iriscare',
    number: '0800 35 499',
    regions: ['brussels'],
    languages: ['fr', 'nl'],
    free: true,
    topic: 'elderly-care',
    source: 'https://www.partenamut.be/fr/faq/allocation-pour-personnes-agees',
  },
];

/** The line that answers questions about a right, where there is one. */
const TOPIC_OF_RIGHT: Readonly<Record<string, Helpline['topic']>> = {
  'be-social-energy-tariff': 'energy',
  'fwb-study-allowance': 'study-allowance',
  'bru-rent-allowance': 'rent-allowance',
  'bru-apa': 'elderly-care',
};

/**
 * Lines for a region first (nationwide lines after), or every line when the region is unknown;
 * asked from a right's page, the line for that right's questions comes first of all.
 */
export function helplinesFor(region: Region | undefined, rightId?: string): Helpline[] {
  const lines = region ? [...HELPLINES.filter((line) => line.regions?.includes(region)), ...HELPLINES.filter((line) => !line.regions)] : [...HELPLINES];
  const topic = rightId ? TOPIC_OF_RIGHT[rightId] : undefined;
  return topic ? [...lines.filter((line) => line.topic === topic), ...lines.filter((line) => line.topic !== topic)] : lines;
}

/** The number as a tel: link (digits only, Belgian numbers dialled as written). */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '')}`;
}
