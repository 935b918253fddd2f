/** What the account feature (session, sign-in, profile, password reset) offers the app. */
export { ForgotPasswordPage, ResetPasswordPage } from './PasswordResetPages';
export { ProfilePage } from './ProfilePage';
export { SessionProvider } from './session';
export { SignInPage } from './SignInPage';
