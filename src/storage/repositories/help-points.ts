// Help points of neighbourhood offices kept on this device: added here, or received from
// another device. They come first in the help list.
import { HELP_POINT_FORMAT, HELP_POINT_VERSION, readHelpPoint, type HelpPoint, type HelpPointIssue } from '../../domain/help/office-help-point';
import { db } from '../db';
import { helpPointRowSchema, readRows, type HelpPointRow } from '../records';
import { guard } from '../storage-errors';

export type HelpPointDraft = Omit<HelpPoint, 'format' | 'version' | 'id'> & { id?: string };

export type HelpPointSaved = { ok: true; id: string } | { ok: false; issues: HelpPointIssue[] };

export async function listHelpPoints(): Promise<HelpPointRow[]> {
  const rows = await guard(() => db.helpPoints.orderBy('addedAt').reverse().toArray());
  return readRows(helpPointRowSchema, rows);
}

/** Adds or changes a help point; an invalid one is refused with what is wrong, nothing written. */
export async function saveHelpPoint(draft: HelpPointDraft, origin: HelpPointRow['origin'] = 'this-device'): Promise<HelpPointSaved> {
  const read = readHelpPoint({ ...draft, format: HELP_POINT_FORMAT, version: HELP_POINT_VERSION, id: draft.id ?? crypto.randomUUID() });
  if (!read.ok) return read;
  const row: HelpPointRow = { ...read.point, addedAt: new Date().toISOString(), origin };
  await guard(() => db.helpPoints.put(row));
  return { ok: true, id: row.id };
}

/** A help point received from another device: the same point (same id) is updated, not doubled. */
export async function receiveHelpPoint(value: unknown): Promise<HelpPointSaved> {
  const read = readHelpPoint(value);
  if (!read.ok) return read;
  return saveHelpPoint(read.point, 'received');
}

export async function deleteHelpPoint(id: string): Promise<void> {
  await guard(() => db.helpPoints.delete(id));
}

/** The help point as it travels to another device. */
export function helpPointToShare(row: HelpPointRow): HelpPoint {
  const { addedAt: _addedAt, origin: _origin, ...point } = row;
  return point;
}
