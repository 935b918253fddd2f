import { Injectable } from '@nestjs/common';

import type { Actor } from '../access';
import { hasPermission } from '../access';
import { renderMarkdownHtml } from '../common/markdown/markdown';
import { PdfRenderer } from '../common/pdf';
import { VotesService } from '../votes';
import { MeetingProtocolRepository } from './meeting-protocol.repository';
import { MeetingProtocolService, type ProtocolReader } from './meeting-protocol.service';
import { MeetingRecordsRepository } from './meeting-records.repository';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import { chairScriptHtml, type MeetingDocument, protocolHtml, swedishDate } from './protocol-document';

const HIDDEN_OBJECT = 'ett objekt som inte är offentligt';

/** A printed paper: its bytes and the file name it is downloaded under. */
export interface PrintedDocument {
  filename: string;
  pdf: Buffer;
}

/**
 * The meeting's printed papers: the protocol (for whoever may read it; a draft for staff until it
 * is approved) and the chair's script (staff). The public's copy of a published protocol leaves out
 * the online meeting link and names only objects the public sees.
 */
@Injectable()
export class MeetingDocumentsService {
  constructor(
    private readonly protocols: MeetingProtocolService,
    private readonly protocolRows: MeetingProtocolRepository,
    private readonly meetings: MeetingsService,
    private readonly meetingRows: MeetingsRepository,
    private readonly records: MeetingRecordsRepository,
    private readonly pdf: PdfRenderer,
    private readonly votes: VotesService,
  ) {}

  /** The protocol's PDF, or null when the actor may not read it (the same answer as for no meeting). */
  async protocol(actor: Actor, meetingId: string): Promise<PrintedDocument | null> {
    const access = await this.protocols.reader(actor, meetingId);
    if (!access) return null;
    const doc = await this.document(meetingId, access.reader);
    const html = protocolHtml(doc);
    return {
      filename: `protokoll-${dateSlug(doc.startsAt)}.pdf`,
      pdf: await this.pdf.render(html, { footerText: `${doc.arenaName} · Protokoll ${swedishDate(doc.startsAt)}` }),
    };
  }

  /** The chair's script, for staff, before or during the meeting. */
  async chairScript(actor: Actor, meetingId: string): Promise<PrintedDocument | null> {
    const access = await this.protocols.reader(actor, meetingId);
    if (!access || !hasPermission(actor, access.state.arenaId, 'manageMeetings')) return null;
    const doc = await this.document(meetingId, 'staff');
    return {
      filename: `manus-${dateSlug(doc.startsAt)}.pdf`,
      pdf: await this.pdf.render(chairScriptHtml(doc), { footerText: `${doc.arenaName} · Ordförandens manus` }),
    };
  }

  /** Everything the papers print, read once; for the public without what only the arena's people see. */
  async document(meetingId: string, reader: ProtocolReader): Promise<MeetingDocument> {
    const meeting = (await this.meetingRows.byId(meetingId))!;
    const state = (await this.protocolRows.state(meetingId))!;
    const [agenda, attendees, decisions, adjusters, rounds] = await Promise.all([
      this.meetings.agenda(meeting),
      this.records.attendees(meetingId),
      this.records.decisions(meetingId),
      this.protocolRows.adjusters([meetingId]),
      this.votes.shared(meetingId),
    ]);
    const closedRounds = rounds.filter((r) => r.status === 'CLOSED' && r.results);
    const objectIds = [
      ...new Set([
        ...agenda.flatMap((i) => i.objects.map((o) => o.id)),
        ...decisions.flatMap((d) => d.objectId ?? []),
        ...closedRounds.flatMap((r) => r.objects.map((o) => o.id)),
      ]),
    ];
    const shown = reader === 'public' ? await this.protocolRows.publishedObjects(objectIds) : new Set(objectIds);
    const objectName = (id: string | null, name: string | null) => (id && !shown.has(id) ? HIDDEN_OBJECT : name);
    return {
      arenaName: state.arenaName,
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      onlineUrl: reader === 'public' ? null : meeting.onlineUrl,
      status: meeting.status,
      approvedAt: state.approvedAt,
      items: agenda.map((item) => ({
        id: item.id,
        number: item.number,
        title: item.title,
        plannedStart: item.plannedStart,
        durationMinutes: item.durationMinutes,
        minutesHtml: item.minutes ? renderMarkdownHtml(item.minutes) : null,
        descriptionHtml: item.description ? renderMarkdownHtml(item.description) : null,
        objects: item.objects.map((o) => objectName(o.id, o.name)!),
      })),
      attendees,
      decisions: decisions.map((d) => ({ ...d, objectName: objectName(d.objectId, d.objectName) })),
      adjusters,
      votes: closedRounds.map((r) => ({
        itemId: r.itemId,
        title: r.title,
        method: r.method,
        ballots: r.results!.ballots,
        rows: r.results!.rows.map((row) => ({ ...row, objectName: objectName(row.objectId, row.objectName)! })),
      })),
    };
  }
}

function dateSlug(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(d);
}
