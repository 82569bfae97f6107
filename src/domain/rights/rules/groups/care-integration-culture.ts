// Regional integration pathways, allowances for elderly people needing care, and Article 27
// culture tickets.
import type { RightDefinition } from '../../engine/rule';
import { walIntegrationCourse } from '../wal-integration-course';
import { bruIntegrationCourse } from '../bru-integration-course';
import { vlIntegrationCourse } from '../vl-integration-course';
import { walApa } from '../wal-apa';
import { bruApa } from '../bru-apa';
import { vlCareBudgetElderly } from '../vl-care-budget-elderly';
import { dgApa } from '../dg-apa';
import { article27 } from '../fwb-article-27';

export const CARE_INTEGRATION_CULTURE: readonly RightDefinition[] = [
  walIntegrationCourse,
  bruIntegrationCourse,
  vlIntegrationCourse,
  walApa,
  bruApa,
  vlCareBudgetElderly,
  dgApa,
  article27,
];
