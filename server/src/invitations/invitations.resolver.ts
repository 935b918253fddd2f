import type { ArenaRole } from '@flaskhals/shared';
import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ArenaRoleEnum } from '../access';
import { Arena } from '../arenas/arena.entity';
import { AuthService, Me, SESSION_COOKIE } from '../auth';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { Organization } from '../organizations/organization.entity';
import { Invitation, InvitationState } from './invitation.entity';
import { InvitationsService } from './invitations.service';

const InvitationConnection = ConnectionType(Invitation, 'Invitation');

@InputType()
class InviteMemberInput {
  @Field(() => ID) arenaId: string;
  @Field(() => ID, { description: 'A member organization of the arena' }) organizationId: string;
  @Field() email: string;
  @Field(() => ArenaRoleEnum) role: ArenaRole;
}

@ObjectType({ description: 'What the invitation link shows before it is accepted' })
class InvitationPreview {
  @Field() email: string;
  @Field(() => ArenaRoleEnum) role: ArenaRole;
  @Field() arenaName: string;
  @Field() organizationName: string;
  @Field(() => InvitationState) state: InvitationState;
  @Field() expiresAt: Date;
  @Field({ description: 'True when the e-mail has an account already: accepting asks for its password' }) hasAccount: boolean;
}

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Invitation, { description: 'Staff invite a person by e-mail to a member organization and a role' })
  inviteMember(
    @Args('input', { type: () => InviteMemberInput }) input: InviteMemberInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Invitation> {
    return this.invitationsService.invite(ctx.actor, input);
  }

  @Mutation(() => Invitation)
  revokeInvitation(@Args('invitationId', { type: () => ID }) invitationId: string, @Context() ctx: GraphQLContext): Promise<Invitation> {
    return this.invitationsService.revoke(ctx.actor, invitationId);
  }

  @Query(() => InvitationConnection, { description: "The arena's invitations, newest first (staff)" })
  invitations(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Invitation>> {
    return this.invitationsService.list(ctx.actor, arenaId, first, after);
  }

  @Query(() => InvitationPreview, { nullable: true, description: 'The invitation behind a link; null for an unknown token' })
  async invitationByToken(@Args('token') token: string): Promise<InvitationPreview | null> {
    const invitation = await this.invitationsService.findByToken(token);
    if (!invitation) return null;
    return {
      email: invitation.email,
      role: invitation.role,
      arenaName: invitation.arena!.name,
      organizationName: invitation.organization!.name,
      state: invitation.state,
      expiresAt: invitation.expiresAt,
      hasAccount: await this.auth.hasAccount(invitation.email),
    };
  }

  @Mutation(() => Me, { description: 'Accept an invitation: a new account (name, password) or an existing one (its password); signs in' })
  async acceptInvitation(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context() ctx: GraphQLContext,
    @Args('name', { type: () => String, nullable: true }) name?: string | null,
  ): Promise<Me> {
    const session = await this.invitationsService.accept(token, name, password, ctx.req.headers['user-agent']);
    ctx.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
    return (await this.auth.meOf(session.userId))!;
  }

  @ResolveField(() => Arena)
  arena(@Parent() invitation: Invitation, @Context() ctx: GraphQLContext): Promise<Arena> {
    return ctx.loaders.arena.load(invitation.arenaId);
  }

  @ResolveField(() => Organization)
  organization(@Parent() invitation: Invitation, @Context() ctx: GraphQLContext): Promise<Organization> {
    return ctx.loaders.organization.load(invitation.organizationId);
  }
}
