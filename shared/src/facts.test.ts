import { correctObjectSchema, networkRefLabel, networkRefSchema, normalizeRoadNumber, objectPlanningSchema } from './facts';
import { validate } from './validation';

describe('road numbers', () => {
  it.each([
    ['E18', 'E18'],
    ['e 18', 'E18'],
    ['E4', 'E4'],
    ['56', 'väg 56'],
    ['väg 56', 'väg 56'],
    ['Väg 56', 'väg 56'],
    ['rv 70', 'väg 70'],
    ['länsväg 250', 'väg 250'],
  ])('reads "%s" as %s', (text, road) => expect(normalizeRoadNumber(text)).toBe(road));

  it.each(['Storgatan', 'E', 'väg', '12345', 'E18a'])('refuses "%s"', (text) => expect(normalizeRoadNumber(text)).toBeNull());
});

describe('network references', () => {
  it('labels each type as lists and the search read it', () => {
    const parse = (input: unknown) => networkRefSchema.parse(input);
    expect(networkRefLabel(parse({ type: 'ROAD', road: 'e18', freightPriority: true }))).toBe('E18');
    expect(networkRefLabel(parse({ type: 'RAIL_SECTION', section: '211', kmFrom: 12, kmTo: 34 }))).toBe('bandel 211 km 12–34');
    expect(networkRefLabel(parse({ type: 'RAIL_SECTION', section: '211' }))).toBe('bandel 211');
    expect(networkRefLabel(parse({ type: 'PORT', name: ' Köpings hamn ' }))).toBe('Köpings hamn');
  });

  it('names the field of a bad reference', () => {
    const result = validate(correctObjectSchema, {
      objectId: '00000000-0000-4000-8000-000000000001',
      networkRefs: [{ type: 'ROAD', road: 'E18' }, { type: 'RAIL_SECTION', section: '211', kmFrom: 5, kmTo: 2 }, { type: 'CANAL' }],
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ['networkRefs.1.kmTo', 'kmOrder'],
      ['networkRefs.2.type', 'invalidOption'],
    ]);
  });
});

describe('a correction', () => {
  it('leaves out what is not given and refuses municipalities both by hand and from the position', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const only = validate(correctObjectSchema, { objectId: id, name: ' Ny bro ' });
    expect(only).toEqual({ ok: true, value: { objectId: id, name: 'Ny bro', municipalityFromPosition: false } });
    const both = validate(correctObjectSchema, { objectId: id, municipalityCodes: ['1980'], municipalityFromPosition: true });
    expect(both.ok ? null : both.errors[0]).toMatchObject({ field: 'municipalityCodes', code: 'municipalityByHandOrPosition' });
  });
});

describe('planning', () => {
  it('fills in the defaults and wants https documents', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(validate(objectPlanningSchema, { objectId: id, stage: 'NONE' })).toEqual({
      ok: true,
      value: {
        objectId: id,
        stage: 'NONE',
        fourStepClass: null,
        stepsOneTwoExamined: false,
        severity: null,
        strategicFit: null,
        avsReference: null,
        planName: null,
        planObjectId: null,
        costEstimateSek: null,
        documents: [],
      },
    });
    const bad = validate(objectPlanningSchema, { objectId: id, stage: 'NONE', documents: [{ title: 'x', url: 'javascript:alert(1)' }] });
    expect(bad.ok ? null : bad.errors[0]).toMatchObject({ field: 'documents.0.url', code: 'notHttpsUrl' });
  });
});
