export { ArenaChoice, arenaFor, useDefaultArenaSlug } from './arenaChoice';
export { ArenaPageFrame } from './ArenaPageFrame';
export { type Me, PROFILE_PATH, safeNext, type Session, SessionContext, SIGN_IN_PATH, signInPath, useSession } from './session';
