export { PROFILE_PATH, safeNext, SessionContext, SIGN_IN_PATH, signInPath, useSession, type Me, type Session } from './session';
export { ArenaChoice, arenaFor, useDefaultArenaSlug } from './arenaChoice';
