// A help point a neighbourhood office adds on its devices (maison sociale, café social, CPAS
// antenna): who they are, where, when, how to reach them, which languages they speak. Shared
// to other devices as a file or a QR code, where it then comes first in the help list.
import * as v from 'valibot';
import { REGIONS, type Region } from '../profile';

export const HELP_POINT_FORMAT = 'carnet-help-point';
export const HELP_POINT_VERSION = 1;

export const HELP_POINT_LIMITS = { name: 120, address: 300, hours: 200, phone: 40, languages: 12, note: 500 } as const;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, 'too-long'));

/** Digits, spaces, dots, slashes and one leading +, as phone numbers are written in Belgium. */
const phone = v.pipe(text(HELP_POINT_LIMITS.phone), v.regex(/^\+?[\d ./-]{3,}$/, 'invalid-phone'));

export const helpPointSchema = v.object({
  format: v.literal(HELP_POINT_FORMAT),
  version: v.literal(HELP_POINT_VERSION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(text(HELP_POINT_LIMITS.name), v.minLength(1, 'required')),
  address: v.optional(text(HELP_POINT_LIMITS.address)),
  hours: v.optional(text(HELP_POINT_LIMITS.hours)),
  phone: v.optional(phone),
  languages: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'invalid-language'))), v.maxLength(HELP_POINT_LIMITS.languages, 'too-many')),
  region: v.optional(v.picklist(REGIONS)),
  note: v.optional(text(HELP_POINT_LIMITS.note)),
});

export type HelpPoint = v.InferOutput<typeof helpPointSchema>;

export interface HelpPointIssue {
  field: string;
  code: string;
}

export type HelpPointRead = { ok: true; point: HelpPoint } | { ok: false; issues: HelpPointIssue[] };

export function readHelpPoint(input: unknown): HelpPointRead {
  const result = v.safeParse(helpPointSchema, input);
  if (result.success) return { ok: true, point: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      field: issue.path?.map((item) => String(item.key)).join('.') ?? '',
      code: issue.message.length < 30 && /^[a-z-]+$/.test(issue.message) ? issue.message : 'invalid',
    })),
  };
}

/** What people and maps call the public social welfare centre in each region. */
const SOCIAL_WELFARE_CENTRE: Record<Region, string> = { wallonia: 'CPAS', brussels: 'CPAS OCMW', flanders: 'OCMW', 'german-speaking': 'ÖSHZ' };

/** A map search for the social welfare centre of a postal code, in the region's own name for it. */
export function socialWelfareCentreSearch(region: Region | undefined, postalCode: string): string {
  return `${SOCIAL_WELFARE_CENTRE[region ?? 'wallonia']} ${postalCode}`;
}

/** A map app's search for the address: the phone's own map app opens it, the app fetches nothing. */
export function directionsHref(address: string): string {
  return `geo:0,0?q=${encodeURIComponent(address)}`;
}

export function smsHref(number: string): string {
  return `sms:${number.replace(/[^\d+]/g, '')}`;
}
