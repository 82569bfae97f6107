import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { deleteHelpPoint, helpPointToShare, listHelpPoints, receiveHelpPoint, saveHelpPoint } from './help-points';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const cafe = { name: 'Café social Le Pont', address: 'Rue Haute 10, 4000 Liège', hours: 'Mardi 14 h – 17 h', phone: '04 222 33 44', languages: ['fr', 'tr'] };

describe('help points of an office', () => {
  it('are kept on the device, the newest first', async () => {
    await saveHelpPoint(cafe);
    await saveHelpPoint({ ...cafe, name: 'Antenne CPAS Nord' });
    expect((await listHelpPoints()).map((point) => point.name)).toEqual(['Antenne CPAS Nord', 'Café social Le Pont']);
  });

  it('are refused with what is wrong, and nothing is written', async () => {
    expect(await saveHelpPoint({ ...cafe, name: '', phone: 'ask at the desk' })).toMatchObject({ ok: false });
    expect(await listHelpPoints()).toEqual([]);
  });

  it('received from another device are marked so, and a second copy replaces the first', async () => {
    const saved = await saveHelpPoint(cafe);
    if (!saved.ok) throw new Error('not saved');
    const [row] = await listHelpPoints();
    await deleteHelpPoint(saved.id);
    const shared = helpPointToShare(row!);
    expect(shared).not.toHaveProperty('origin');
    await receiveHelpPoint(shared);
    await receiveHelpPoint({ ...shared, hours: 'Mardi et jeudi 14 h – 17 h' });
    expect(await listHelpPoints()).toMatchObject([{ id: saved.id, origin: 'received', hours: 'Mardi et jeudi 14 h – 17 h' }]);
  });

  it('refuses something received that is not a help point', async () => {
    expect(await receiveHelpPoint({ format: 'carnet-profile' })).toMatchObject({ ok: false });
  });
});
