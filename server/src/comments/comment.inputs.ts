import type { ReportVisibility } from '@flaskhals/shared';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { ReportVisibilityEnum } from '../reports/report.entity';

@InputType()
export class AddCommentInput {
  @Field(() => ID) objectId: string;
  @Field({ description: 'Markdown (at most 10,000 characters); mention a person as @[Name](user id)' }) body: string;
  @Field(() => ReportVisibilityEnum, { nullable: true, description: 'Who sees it, as for reports; MEMBERS when left out' })
  visibility?: ReportVisibility | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID) commentId: string;
  @Field() body: string;
}

/** A person a comment may mention: someone with a role in the arena who will see it. */
@ObjectType()
export class MentionCandidate {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() organizationName: string;
}
