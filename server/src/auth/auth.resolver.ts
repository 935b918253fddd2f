import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';

import { APP_CONFIG, type AppConfig } from '../common/config/config';
import type { GraphQLContext } from '../graphql-context';
import { AuthService } from './auth.service';
import { Me } from './me.types';
import { PasswordResetService } from './password-reset.service';

export const SESSION_COOKIE = 'flaskhals_session';

@Resolver(() => Me)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordResets: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Me, { nullable: true, description: 'The signed-in user; null for a visitor' })
  me(@Context() ctx: GraphQLContext): Promise<Me | null> {
    return this.auth.me(ctx.actor);
  }

  @Mutation(() => Me, { description: 'Starts a session (an httpOnly cookie)' })
  async signIn(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GraphQLContext): Promise<Me> {
    const session = await this.auth.signIn(email, password, ctx.req.ip ?? 'unknown', ctx.req.headers['user-agent']);
    this.setCookie(ctx.res, session.token, session.expiresAt);
    return (await this.auth.meOf(session.userId))!;
  }

  @Mutation(() => Boolean, { description: 'Ends this session' })
  async signOut(@Context() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.signOut(ctx.actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device' })
  async signOutEverywhere(@Context() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.signOutEverywhere(ctx.actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends the other sessions' })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.changePassword(ctx.actor, currentPassword, newPassword);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Mails a one-hour reset link if the e-mail has an account; always true' })
  async requestPasswordReset(@Args('email') email: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.passwordResets.request(email, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the reset link; ends every session' })
  async resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    await this.passwordResets.reset(token, newPassword);
    return true;
  }

  private setCookie(res: Response, token: string, expires: Date): void {
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/', expires });
  }
}
