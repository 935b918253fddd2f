import { type z } from 'zod';

/** A validation failure in a form the API and the web both speak: a field path and a message code. */
export interface FieldError {
  /** Dotted path from the input's root, e.g. "newObject.geometry.coordinates.0". */
  field: string;
  /** A stable code; the web translates it ("validation.tooLong"), the API explains it in English. */
  code: string;
  params?: Record<string, unknown>;
}

const ENGLISH: Record<string, string> = {
  required: 'is required',
  tooShort: 'is too short (at least {min} characters)',
  tooLong: 'is too long (at most {max} characters)',
  negative: 'must not be negative',
  tooLarge: 'is too large (at most {max})',
  tooSmall: 'is too small (at least {min})',
  tooMany: 'has too many entries (at most {max})',
  notInteger: 'must be a whole number',
  invalidType: 'has the wrong type',
  invalidOption: 'is not one of the allowed values',
  invalidId: 'is not a valid id',
  notFound: 'does not exist',
  longitudeOutOfRange: 'has a longitude outside -180..180',
  latitudeOutOfRange: 'has a latitude outside -90..90',
  positionTooShort: 'needs a longitude and a latitude',
  positionTooLong: 'has more than three numbers in a position',
  lineTooShort: 'needs at least two positions',
  ringTooShort: 'needs a ring of at least four positions',
  ringNotClosed: 'has a ring whose first and last positions differ',
  polygonEmpty: 'needs at least one ring',
  geometryEmpty: 'has no positions',
  geometryTypeNotAllowed: 'must be a GeoJSON Point, LineString, Polygon or their Multi forms',
  tooManyVertices: 'has too many vertices (at most {max})',
  objectOrNewObject: 'give either an existing object or a new one, not both',
  bboxLength: 'must have four numbers: minLng, minLat, maxLng, maxLat',
  bboxOrder: 'must have min before max',
  bboxOutOfRange: 'is outside WGS84 ranges',
  alreadySupported: 'this organization already stands behind the report',
  notMember: 'the organization is not a member of this arena',
  idempotencyKeyReused: 'was used before for a different request',
  invalidCharacters: 'contains characters that cannot be stored (NUL)',
  invalidOrgNumber: 'is not a valid Swedish organisationsnummer (NNNNNN-NNNN)',
  orgNumberTaken: 'belongs to another organization already',
  expired: 'has expired',
  revoked: 'has been revoked',
  alreadyAccepted: 'has been used already',
  otherOrganization: 'this e-mail belongs to a user of another organization',
  roleNotGrantable: 'is a role you may not give',
  ownRole: 'you cannot change your own role',
  withdrawn: 'has been withdrawn',
  wrongCredentials: 'e-mail or password is wrong',
  invalidEmail: 'is not an e-mail address',
  invalidCursor: 'is not a cursor this API gave out',
  ownReport: 'an organization cannot support its own report',
  transitionNotAllowed: 'cannot change the status of "{name}" from {from} to {to}',
  notInactive: 'is not an inactive object',
  merged: 'was merged into another object ({into})',
  duplicateIds: 'names the same object twice',
  allWeightsZero: 'at least one weight must be above 0',
  areaOrMunicipalities: 'draw an area or pick at least one municipality',
  tooManyAlerts: 'you have as many area alerts as allowed ({max})',
  invalidRoadNumber: 'is not a road number (e.g. E18 or väg 56)',
  kmOrder: 'must not be before the start kilometre',
  unknownMunicipality: 'is not a Swedish municipality code',
  municipalityByHandOrPosition: 'give municipalities by hand or ask for them from the position, not both',
  notHttpsUrl: 'is not an https:// address',
  tooManyMentions: 'mentions too many people (at most {max})',
  mentionNotAllowed: 'mentions someone who may not see the comment',
  notAuthor: 'only the author may edit the comment',
  editWindowClosed: 'can only be edited in the first {minutes} minutes',
  commentHidden: 'has been hidden by the secretariat',
  notHidden: 'is not hidden',
  fileTooLarge: 'is too large (at most {max} bytes)',
  fileTypeNotAllowed: 'is not a JPEG, PNG, WebP image or a PDF',
  fileNameMismatch: 'has a name whose extension does not match its content ({detected})',
  fileUnreadable: 'could not be read as the image it claims to be',
  sameObject: 'is the same object as the other one',
  otherArena: 'belongs to another arena',
  alreadyMerged: 'was merged into another object already ({into})',
  alreadyUndone: 'has been undone already',
  newerMerge: 'cannot be undone: one of the objects was merged again since',
  notDuplicate: 'cannot be undone: the merged object is no longer a duplicate of the kept one',
  notViewOwner: 'only the person who saved the view may change it',
  tooManyViews: 'you have as many saved views as allowed ({max})',
  rowsMovedSince: 'cannot be undone: reports or supports it moved have been moved again since',
  invalidDateTime: 'is not a date and time with a time zone (ISO 8601)',
  endsBeforeStart: 'must be after the start',
  meetingTooLong: 'makes the meeting longer than {max} hours',
  placeOrLink: 'give a place, an online link, or both',
  meetingNotEditable: 'belongs to a meeting that is closed or cancelled',
  meetingTransitionNotAllowed: 'cannot change a meeting from {from} to {to}',
  subItemOfSubItem: 'is a sub-item itself: sub-items have no sub-items',
  noUpcomingMeeting: 'has no planned meeting ahead to put it on',
  invalidDate: 'is not a date (YYYY-MM-DD)',
  meetingNotInProgress: 'can only be recorded while the meeting is in progress',
  notOnItem: 'is not one of the objects of this agenda item',
  alreadyRetracted: 'has been retracted already',
  changedSince: 'cannot be retracted: the object has changed since the decision',
  alreadyAttending: 'is on the attendance list already',
  nameOrPerson: 'choose a person or write a name',
  hasDecisions: 'has decisions recorded under it and stays on the agenda',
  registrationClosed: 'takes registrations only while it is planned and has not begun',
  notANumber: 'is not a number',
  fileNotReadable: 'could not be read as a GeoJSON FeatureCollection or a CSV of objects ({reason})',
  tooManyRows: 'has too many rows (at most {max})',
  rowsInvalid: 'has {rows} rows with errors: nothing was written',
  notInRound: 'is not one of the objects of this vote round',
  overObjectCap: 'puts more than {max} points on one object',
  overPointCap: 'hands out more than the {max} points the organization has',
  everyObject: 'must give every object of the round a value',
  samePlace: 'gives two objects the same place',
  voteRoundNotOpen: 'is not open for ballots',
  voteRoundNotDraft: 'can only be changed before the round opens',
  voteRoundClosed: 'is closed and never changes',
  voteTransitionNotAllowed: 'cannot change a vote round from {from} to {to}',
  noVoteForOrganization: 'is not an organization whose ballot you may cast in this round',
  ballotHandedOver: 'has handed its ballot to another organization for this round',
  proxyChain: 'cannot hold a ballot handed over and hand its own away in the same round',
  noObjects: 'needs at least one object',
  crsUnknown: 'has coordinates in neither WGS84 nor SWEREF 99 TM (EPSG:3006): say which',
};

export function describeFieldError(error: FieldError): string {
  const template = ENGLISH[error.code] ?? error.code;
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => String(error.params?.[key] ?? ''));
  return `${error.field || 'input'} ${text}`;
}

/** Turns zod issues into field errors with stable codes. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const known = ENGLISH[issue.message] ? issue.message : undefined;
    if (known) {
      const params: Record<string, unknown> = {};
      if ('minimum' in issue) params.min = issue.minimum;
      if ('maximum' in issue) params.max = issue.maximum;
      if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
      return { field, code: known, params };
    }
    if (issue.code === 'invalid_type')
      return { field, code: issue.input === undefined || issue.input === null ? 'required' : 'invalidType' };
    if (issue.code === 'invalid_union') return { field, code: 'geometryTypeNotAllowed' };
    if (issue.code === 'invalid_value') return { field, code: 'invalidOption' };
    return { field, code: 'invalidType' };
  });
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}
