import { PROTOCOL_STAGES, type ProtocolStage } from '@flaskhals/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionType } from '../common/graphql/pagination';

export const ProtocolStageEnum = Object.fromEntries(PROTOCOL_STAGES.map((s) => [s, s])) as { [K in ProtocolStage]: K };
registerEnumType(ProtocolStageEnum, {
  name: 'ProtocolStage',
  description: "DRAFT until every named adjuster has approved the closed meeting's protocol; then APPROVED and frozen",
});

@ObjectType()
export class ProtocolAdjuster {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => Date, { nullable: true, description: 'When this adjuster approved the protocol' }) approvedAt: Date | null;
}

@ObjectType({ description: "A meeting's protocol: its adjusters (justerare), their approval and its publication" })
export class MeetingProtocol {
  @Field(() => ProtocolStageEnum) stage: ProtocolStage;
  @Field(() => Date, { nullable: true, description: 'When the last adjuster approved: from then on the protocol is frozen' })
  approvedAt: Date | null;
  @Field({ description: 'Staff published the approved protocol to the public too' }) public: boolean;
  @Field(() => [ProtocolAdjuster]) adjusters: ProtocolAdjuster[];
  @Field({ description: 'The reader is a named adjuster who may approve now (the meeting is closed, not yet approved by them)' })
  canApprove: boolean;
  @Field(() => String, {
    nullable: true,
    description: "The PDF, for a reader who may read it: staff always (a draft before approval), the arena's people once approved",
  })
  pdfUrl: string | null;
}

@ObjectType({ description: "An approved protocol in the arena's archive" })
export class ArchivedProtocol {
  @Field(() => ID) meetingId: string;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field() approvedAt: Date;
  @Field() public: boolean;
  @Field() pdfUrl: string;
}

export const ArchivedProtocolConnection = ConnectionType(ArchivedProtocol, 'ArchivedProtocol');
