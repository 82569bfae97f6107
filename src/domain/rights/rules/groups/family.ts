// Rights of this group are added here as their rules are written.
import type { RightDefinition } from '../../engine/rule';

export const FAMILY: readonly RightDefinition[] = [];
