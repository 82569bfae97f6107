// Rights read for several members of the household: one who qualifies is enough, and a
// reason that holds for each of them ("Belgian", "not 65 yet") is said once.
import { any, type Check } from '../engine/check';
import type { MemberFacts } from '../engine/facts';
import type { Reason } from '../engine/reason';

/** One member who qualifies is enough; reasons repeated for each member are said once. */
export function anyMember(members: readonly MemberFacts[], check: (member: MemberFacts) => Check): Check {
  return distinctReasons(any(...members.map((member) => () => check(member))));
}

export function distinctReasons(check: Check): Check {
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const item of check.reasons) {
    const signature = JSON.stringify([item.key, item.values ?? {}]);
    if (!seen.has(signature)) {
      seen.add(signature);
      reasons.push(item);
    }
  }
  return { ...check, reasons };
}
