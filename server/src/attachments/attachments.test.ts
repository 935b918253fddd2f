import sharp from 'sharp';

import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let b: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'bilagor', ['Fotobolaget AB', 'Grannbolaget AB']);
  b = await createArena(flaskhals, 'bilagor-b', ['Annan arena AB']);
});
afterAll(() => flaskhals.stop());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const REPORT_ATTACHMENTS = `query($id: ID!) { object(id: $id) { reports { edges { node { id attachments { id filename contentType size url thumbnailUrl } } } } } }`;

/** A small photo carrying a GPS position and a camera in its EXIF, as a phone writes it. */
function photoWithPosition(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: '#3366aa' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Testkamera' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 36/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '16/1 32/1 0/1' },
    })
    .toBuffer();
}

const hasGps = (exif: Buffer | undefined) =>
  !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

async function newReport(client: GraphQLClient, visibility = 'MEMBERS') {
  const res = await client.graphql(REPORT_MUTATION, {
    input: newObjectReport(a, { visibility }, { name: `Bilagehamnen ${Math.random()}`, geometry: point(16.4 + Math.random() / 10, 59.5) }),
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { reportId: res.data!.reportBottleneck.report.id as string, objectId: res.data!.reportBottleneck.object.id as string };
}

async function upload(
  client: GraphQLClient | null,
  target: { reportId?: string; commentId?: string },
  file: { bytes: Buffer; name: string; type?: string },
  options: { csrf?: boolean; keepLocation?: boolean } = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(target)) form.append(key, value);
  if (options.keepLocation) form.append('keepLocation', 'true');
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const headers: Record<string, string> = {};
  if (options.csrf !== false) headers['x-flaskhals-csrf'] = '1';
  if (client?.cookie) headers.cookie = client.cookie;
  const response = await fetch(`${flaskhals.url}/api/attachments`, { method: 'POST', body: form, headers });
  return { status: response.status, body: await response.json() };
}

async function download(client: GraphQLClient | null, path: string): Promise<Response> {
  return fetch(`${flaskhals.url}${path}`, {
    headers: client?.cookie ? { cookie: client.cookie, accept: 'image/*,*/*' } : { accept: 'text/html,*/*' },
  });
}

const attachmentCount = async () => Number((await flaskhals.db.query('SELECT count(*) AS n FROM attachment'))[0].n);

describe('uploads', () => {
  it('stores a photo without its location, with a thumbnail, and serves it with safe headers to those who see the report', async () => {
    const { reportId, objectId } = await newReport(a.asMember[0]);
    const photo = await photoWithPosition();
    expect(hasGps((await sharp(photo).metadata()).exif)).toBe(true);
    const res = await upload(a.asMember[0], { reportId }, { bytes: photo, name: 'hamn "grind".jpg', type: 'image/jpeg' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ filename: 'hamn grind.jpg', contentType: 'image/jpeg' });

    const file = await download(a.asMember[1], res.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(file.headers.get('content-disposition')).toBe(`inline; filename="hamn grind.jpg"; filename*=UTF-8''hamn%20grind.jpg`);
    const stored = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect(stored.exif).toBeUndefined();

    const thumbnail = await download(a.asMember[1], res.body.thumbnailUrl);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 320, height: 240 });

    const listed = (await a.asMember[1].graphql(REPORT_ATTACHMENTS, { id: objectId })).data!.object.reports.edges[0].node.attachments;
    expect(listed).toEqual([{ ...res.body, size: expect.any(Number) }]);
  });

  it('keeps the location when the uploader asks', async () => {
    const { reportId } = await newReport(a.asMember[0]);
    const res = await upload(
      a.asMember[0],
      { reportId },
      { bytes: await photoWithPosition(), name: 'med-position.jpg' },
      { keepLocation: true },
    );
    expect(res.status).toBe(201);
    const file = await download(a.asMember[0], res.body.url);
    expect(hasGps((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).exif)).toBe(true);
  });

  it('stores a PDF as it is and decides the type from the content, refusing a PDF named .jpg and a text file', async () => {
    const { reportId } = await newReport(a.asMember[0]);
    const pdf = await upload(a.asMember[0], { reportId }, { bytes: PDF, name: 'utredning.pdf', type: 'application/pdf' });
    expect(pdf.status).toBe(201);
    expect(pdf.body.thumbnailUrl).toBeNull();
    const served = await download(a.asMember[0], pdf.body.url);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await served.arrayBuffer()).equals(PDF)).toBe(true);

    const before = await attachmentCount();
    const disguised = await upload(a.asMember[0], { reportId }, { bytes: PDF, name: 'foto.jpg', type: 'image/jpeg' });
    expect(disguised.status).toBe(400);
    expect(disguised.body.fieldErrors[0]).toMatchObject({
      field: 'file',
      code: 'fileNameMismatch',
      params: { detected: 'application/pdf' },
    });
    const text = await upload(
      a.asMember[0],
      { reportId },
      { bytes: Buffer.from('bara text\n'), name: 'anteckning.jpg', type: 'image/jpeg' },
    );
    expect(text.status).toBe(400);
    expect(text.body.fieldErrors[0]).toMatchObject({ field: 'file', code: 'fileTypeNotAllowed' });
    const fakeJpeg = await upload(a.asMember[0], { reportId }, { bytes: Buffer.from([0xff, 0xd8, 0xff, 0, 1, 2, 3]), name: 'trasig.jpg' });
    expect(fakeJpeg.body.fieldErrors[0].code).toBe('fileUnreadable');
    expect(await attachmentCount()).toBe(before);
  });

  it('refuses a file over 20 MB while it streams', async () => {
    const { reportId } = await newReport(a.asMember[0]);
    const before = await attachmentCount();
    const big = Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024, 0x20)]);
    const res = await upload(a.asMember[0], { reportId }, { bytes: big, name: 'stor.pdf' });
    expect(res.status).toBe(413);
    expect(res.body.fieldErrors[0]).toMatchObject({ field: 'file', code: 'fileTooLarge' });
    expect(await attachmentCount()).toBe(before);
  });

  it('needs a session and the CSRF header, and the right to attach to the item', async () => {
    const { reportId } = await newReport(a.asMember[0]);
    const before = await attachmentCount();
    const noHeader = await upload(a.asMember[0], { reportId }, { bytes: PDF, name: 'a.pdf' }, { csrf: false });
    expect(noHeader).toMatchObject({ status: 400, body: { error: 'CSRF' } });
    expect((await upload(null, { reportId }, { bytes: PDF, name: 'a.pdf' })).status).toBe(401);
    // Another member organization sees the report but does not own it; another arena does not see it.
    expect((await upload(a.asMember[1], { reportId }, { bytes: PDF, name: 'a.pdf' })).body.error).toBe('FORBIDDEN');
    expect((await upload(b.asMember[0], { reportId }, { bytes: PDF, name: 'a.pdf' })).body.fieldErrors[0].code).toBe('notFound');
    expect(await attachmentCount()).toBe(before);
    expect((await upload(a.asStaff, { reportId }, { bytes: PDF, name: 'kansliet.pdf' })).status).toBe(201);
  });
});

describe('who sees and removes attachments', () => {
  it('answers 404 to a visitor for a members-only report and to a member of another arena', async () => {
    const { reportId } = await newReport(a.asMember[0], 'MEMBERS');
    const res = await upload(a.asMember[0], { reportId }, { bytes: await photoWithPosition(), name: 'intern.jpg' });
    for (const path of [res.body.url, res.body.thumbnailUrl]) {
      expect((await download(null, path)).status).toBe(404);
      const other = await download(b.asMember[0], path);
      expect(other.status).toBe(404);
      expect(other.headers.get('content-type')).toMatch(/json/);
      expect((await download(a.asMember[1], path)).status).toBe(200);
    }
    expect((await download(null, '/api/attachments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(null, '/api/attachments/inte-ett-id')).status).toBe(404);
  });

  it('serves a public report’s attachment to everybody; a confidential one only to its organization and staff', async () => {
    const open = await newReport(a.asMember[0], 'PUBLIC');
    const openFile = await upload(a.asMember[0], { reportId: open.reportId }, { bytes: PDF, name: 'offentlig.pdf' });
    expect((await download(null, openFile.body.url)).status).toBe(200);
    const secret = await newReport(a.asMember[0], 'ORGANIZATION');
    const secretFile = await upload(a.asMember[0], { reportId: secret.reportId }, { bytes: PDF, name: 'hemlig.pdf' });
    expect((await download(a.asMember[1], secretFile.body.url)).status).toBe(404);
    expect((await download(a.asStaff, secretFile.body.url)).status).toBe(200);
  });

  it('attaches to a comment (its author), and the attachment follows the comment’s tier and hiding', async () => {
    const { objectId } = await newReport(a.asMember[0]);
    const created = await a.asMember[0].graphql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, {
      i: { objectId, body: 'Se bilden', visibility: 'ORGANIZATION' },
    });
    const commentId = created.data!.addComment.id;
    expect((await upload(a.asMember[1], { commentId }, { bytes: PDF, name: 'x.pdf' })).body.fieldErrors[0].code).toBe('notFound');
    const res = await upload(a.asMember[0], { commentId }, { bytes: await photoWithPosition(), name: 'bild.jpg' });
    expect(res.status).toBe(201);
    expect((await download(a.asMember[1], res.body.url)).status).toBe(404);
    expect((await download(a.asStaff, res.body.url)).status).toBe(200);
    const listed = await a.asMember[0].graphql(
      `query($id: ID!) { object(id: $id) { comments { edges { node { attachments { id thumbnailUrl } } } } } }`,
      {
        id: objectId,
      },
    );
    expect(listed.data!.object.comments.edges[0].node.attachments).toEqual([{ id: res.body.id, thumbnailUrl: res.body.thumbnailUrl }]);
    await a.asStaff.graphql(`mutation($id: ID!) { hideComment(id: $id, reason: "Fel bild") { id } }`, { id: commentId });
    expect((await download(a.asMember[0], res.body.url)).status).toBe(404);
    expect((await download(a.asStaff, res.body.url)).status).toBe(200);
  });

  it('lets the uploader or staff delete, nobody else', async () => {
    const { reportId } = await newReport(a.asMember[0], 'PUBLIC');
    const DELETE = `mutation($id: ID!) { deleteAttachment(id: $id) }`;
    const first = await upload(a.asMember[0], { reportId }, { bytes: PDF, name: 'ett.pdf' });
    const second = await upload(a.asMember[0], { reportId }, { bytes: PDF, name: 'två.pdf' });
    expect((await a.asMember[1].graphql(DELETE, { id: first.body.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await flaskhals.graphql(DELETE, { id: first.body.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await a.asMember[0].graphql(DELETE, { id: first.body.id })).data!.deleteAttachment).toBe(true);
    expect((await a.asStaff.graphql(DELETE, { id: second.body.id })).data!.deleteAttachment).toBe(true);
    expect((await download(a.asMember[0], first.body.url)).status).toBe(404);
    const audit = await flaskhals.db.query(`SELECT action FROM audit_entry WHERE entity = 'attachment' AND entity_id = $1 ORDER BY at`, [
      first.body.id,
    ]);
    expect(audit.map((r: any) => r.action)).toEqual(['create', 'delete']);
  });
});

describe('rate limit', () => {
  it('counts uploads against the user’s budget of writes: past it, 429 with Retry-After', async () => {
    const limited = await startFlaskhals({ env: { RATE_LIMIT_MUTATIONS: '4' } });
    try {
      const arena = await createArena(limited, 'bilagor-grans', ['Brådskande AB']);
      const res = await arena.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(arena) });
      const reportId = res.data!.reportBottleneck.report.id as string;
      const send = () => {
        const form = new FormData();
        form.append('reportId', reportId);
        form.append('file', new Blob([new Uint8Array(PDF)]), 'snabb.pdf');
        return fetch(`${limited.url}/api/attachments`, {
          method: 'POST',
          body: form,
          headers: { 'x-flaskhals-csrf': '1', cookie: arena.asMember[0].cookie! },
        });
      };
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await send()).status);
      expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await refused.json()) as { error: string }).error).toBe('RATE_LIMITED');
    } finally {
      await limited.stop();
    }
  });
});
