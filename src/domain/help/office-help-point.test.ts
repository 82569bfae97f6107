import { describe, expect, it } from 'vitest';
import { directionsHref, readHelpPoint, smsHref, socialWelfareCentreSearch } from './office-help-point';

const point = {
  format: 'carnet-help-point',
  version: 1,
  id: 'hp-1',
  name: '  Maison sociale du Vieux Molenbeek ',
  address: 'Rue de Ribaucourt 1, 1080 Molenbeek',
  hours: 'Lundi et jeudi, 9 h à 12 h',
  phone: '+32 2 123 45 67',
  languages: ['fr', 'ar', 'nl'],
  region: 'brussels',
};

describe('a help point added by an office', () => {
  it('is read with its text trimmed', () => {
    expect(readHelpPoint(point)).toEqual({ ok: true, point: { ...point, name: 'Maison sociale du Vieux Molenbeek' } });
  });

  it('is refused without a name, with a number that is not a phone number, or a made-up language', () => {
    const read = readHelpPoint({ ...point, name: ' ', phone: 'call us', languages: ['arabic'] });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.issues).toEqual(
        expect.arrayContaining([
          { field: 'name', code: 'required' },
          { field: 'phone', code: 'invalid-phone' },
          { field: 'languages.0', code: 'invalid-language' },
        ]),
      );
    }
  });

  it('opens the phone’s map and messages apps, not a web service', () => {
    expect(directionsHref('Rue de Ribaucourt 1, 1080 Molenbeek')).toBe('geo:0,0?q=Rue%20de%20Ribaucourt%201%2C%201080%20Molenbeek');
    expect(smsHref('+32 470 12 34 56')).toBe('sms:+32470123456');
    expect(socialWelfareCentreSearch('flanders', '9000')).toBe('OCMW 9000');
    expect(socialWelfareCentreSearch('german-speaking', '4700')).toBe('ÖSHZ 4700');
  });
});
