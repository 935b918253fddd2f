/**
 * A meeting's protocol (issue 17): after the meeting is closed its named adjusters (justerare)
 * approve it; when every one of them has, it is frozen and published to the arena's members, and to
 * the public if staff chose so. Before that only staff read the draft.
 */
export const PROTOCOL_LIMITS = { adjustersMax: 2 } as const;

export const PROTOCOL_STAGES = ['DRAFT', 'APPROVED'] as const;
export type ProtocolStage = (typeof PROTOCOL_STAGES)[number];

export interface ProtocolAdjusterLike {
  approvedAt: Date | string | null;
}

/** Approved when at least one adjuster is named and every named one has approved. */
export function allAdjustersApproved(adjusters: readonly ProtocolAdjusterLike[]): boolean {
  return adjusters.length > 0 && adjusters.every((a) => a.approvedAt !== null);
}

/** Who reads the protocol: staff always (the draft too); the arena's people once approved; anyone once approved and public. */
export function canReadProtocol(reader: { manages: boolean; member: boolean }, protocol: { approved: boolean; public: boolean }): boolean {
  if (reader.manages) return true;
  if (!protocol.approved) return false;
  return reader.member || protocol.public;
}

/** Where the server serves the PDFs (a REST route next to the API). */
export const protocolPdfPath = (meetingId: string) => `/api/meetings/${meetingId}/protocol.pdf`;
export const chairScriptPdfPath = (meetingId: string) => `/api/meetings/${meetingId}/chair-script.pdf`;
