import { describe, expect, it } from 'vitest';
import { all, any, no, toConfirm, unknown, yes } from './check';
import { reason } from './reason';

const chained = { ...yes(reason('via')), after: ['be-bim'] };

describe('three-valued combinators', () => {
  it('all: a single "no" decides, and is the reason why not', () => {
    expect(all(yes(reason('a')), no(reason('b')), unknown(['x']))).toMatchObject({ verdict: 'no', reasons: [{ key: 'b' }] });
  });

  it('all: does not evaluate what follows a "no"', () => {
    let evaluated = false;
    all(no(), () => {
      evaluated = true;
      return yes();
    });
    expect(evaluated).toBe(false);
  });

  it('all: collects every missing fact of the unknown conditions at once', () => {
    expect(all(unknown(['a']), yes(), unknown(['b', 'a']))).toMatchObject({ verdict: 'unknown', missing: ['a', 'b'] });
  });

  it('all: is "to confirm" only when every unknown is', () => {
    expect(all(toConfirm(), yes()).unverified).toBe(true);
    expect(all(toConfirm(), unknown(['a'])).unverified).toBeUndefined();
  });

  it('any: a direct "yes" wins over a "yes" through another right', () => {
    expect(any(chained, yes(reason('direct')))).toMatchObject({ verdict: 'yes', after: [] });
    expect(any(chained, no())).toMatchObject({ verdict: 'yes', after: ['be-bim'] });
  });

  it('any: unknown when nothing holds and something is unknown; all the "no" reasons otherwise', () => {
    expect(any(no(), unknown(['a']))).toMatchObject({ verdict: 'unknown', missing: ['a'] });
    expect(any(no(reason('x')), no(reason('y')))).toMatchObject({ verdict: 'no', reasons: [{ key: 'x' }, { key: 'y' }] });
  });

  it('all: carries the rights to obtain first from its conditions', () => {
    expect(all(chained, yes())).toMatchObject({ verdict: 'yes', after: ['be-bim'] });
  });
});
