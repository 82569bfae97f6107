import { describe, expect, it } from 'vitest';
import { sentencesOf, wordCount } from './sentences';

describe('sentences of a text', () => {
  it('end at a full stop, a question or exclamation mark, in Latin and Arabic script', () => {
    expect(sentencesOf('Vous y avez droit. Demandez-le ! Et après ?')).toHaveLength(3);
    expect(sentencesOf('هل لديك أطفال؟ اسأل صندوقك.')).toHaveLength(2);
  });

  it('go on after an ordinal number', () => {
    expect(sentencesOf('BIM ile tren 2. sınıfta daha ucuzdur. Otobüs şirketlerine de sorun.')).toHaveLength(2);
    expect(sentencesOf('Mit BIM fahren Sie in der 2. Klasse günstiger.')).toHaveLength(1);
  });

  it('count a placeholder as one word and leave tags out', () => {
    expect(wordCount(sentencesOf('Environ {{amount}} par <strong>mois</strong>.')[0]!)).toBe(4);
  });
});
