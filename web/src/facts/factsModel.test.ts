import { checkCorrection, checkPlanning, draftFromObject, emptyNetworkRef, type ObjectFactsData, planningDraftOf } from './factsModel';

const OBJECT: ObjectFactsData = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Västerås hamn',
  kind: 'PORT',
  description: null,
  geometry: { type: 'Point', coordinates: [16.58, 59.6] },
  modes: ['SEA'],
  responsibleBody: null,
  municipality: 'Västerås',
  municipalityByHand: false,
  municipalities: [{ code: '1980', name: 'Västerås' }],
  externalRefs: ['Kaj 7'],
  networkRefs: [
    {
      type: 'RAIL_SECTION',
      road: null,
      freightPriority: null,
      section: '211',
      kmFrom: 105.5,
      kmTo: null,
      name: null,
      label: 'bandel 211 km 105.5–',
    },
  ],
  planning: {
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
};

describe('the correction form', () => {
  it('sends what the form holds, with the municipalities only when picked and the geometry only when redrawn', () => {
    const draft = draftFromObject(OBJECT);
    const checked = checkCorrection({ ...draft, externalRefs: 'Kaj 7\n\n Hamnplan 2030 ' }, OBJECT.id);
    expect(checked).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'Västerås hamn', externalRefs: ['Kaj 7', 'Hamnplan 2030'] }),
    });
    expect(checked.ok && 'municipalityCodes' in checked.value).toBe(false);
    expect(checked.ok && 'geometry' in checked.value).toBe(false);
    expect(checked.ok && checked.value.networkRefs).toEqual([{ type: 'RAIL_SECTION', section: '211', kmFrom: 105.5, kmTo: null }]);

    const picked = checkCorrection({ ...draft, municipalityCodes: ['1983'] }, OBJECT.id);
    expect(picked.ok && picked.value.municipalityCodes).toEqual(['1983']);
  });

  it('reads kilometres with a Swedish decimal comma and names the field of a bad road number', () => {
    const draft = draftFromObject(OBJECT);
    draft.networkRefs = [
      { ...draft.networkRefs[0], kmTo: '107,25' },
      { ...emptyNetworkRef('ROAD'), road: 'Storgatan' },
    ];
    const checked = checkCorrection(draft, OBJECT.id);
    expect(checked.ok ? [] : checked.errors).toEqual([expect.objectContaining({ field: 'networkRefs.1.road', code: 'invalidRoadNumber' })]);
    draft.networkRefs = draft.networkRefs.slice(0, 1);
    const fixed = checkCorrection(draft, OBJECT.id);
    expect(fixed.ok && fixed.value.networkRefs).toEqual([{ type: 'RAIL_SECTION', section: '211', kmFrom: 105.5, kmTo: 107.25 }]);
  });
});

describe('the planning form', () => {
  it('reads a cost with spaces and refuses a document without https', () => {
    const draft = { ...planningDraftOf(OBJECT.planning), stage: 'AVS_DONE' as const, costEstimateSek: '45 000 000' };
    const checked = checkPlanning(draft, OBJECT.id);
    expect(checked.ok && checked.value).toMatchObject({ stage: 'AVS_DONE', costEstimateSek: 45_000_000, fourStepClass: null });
    const bad = checkPlanning({ ...draft, documents: [{ title: 'ÅVS', url: 'http://example.se' }] }, OBJECT.id);
    expect(bad.ok ? [] : bad.errors).toEqual([expect.objectContaining({ field: 'documents.0.url', code: 'notHttpsUrl' })]);
  });
});
