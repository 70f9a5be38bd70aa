/**
 * Settings of the Zalo Official Account channel. src/config.ts reads them from the environment
 * (ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, ZALO_ACCESS_TOKEN, ZALO_REFRESH_TOKEN,
 * ZALO_API_BASE_URL, ZALO_OAUTH_BASE_URL); the channel is off when they are unset.
 */
export interface ZaloConfig {
  /** The Zalo app id (developers.zalo.me); part of the webhook signature and of the OAuth form. */
  readonly appId: string;
  /** The app secret: the `secret_key` header of the OAuth token refresh. */
  readonly appSecret: string;
  /** The OA secret key: signs webhook events. Distinct from the app secret. */
  readonly oaSecretKey: string;
  /** First-run access token; ignored once a token pair is stored. */
  readonly accessToken?: string;
  /** First-run refresh token (single-use); ignored once a token pair is stored. */
  readonly refreshToken?: string;
  /** Default ZALO_DEFAULT_API_BASE_URL; a local stand-in in tests. */
  readonly apiBaseUrl: string;
  /** Default ZALO_DEFAULT_OAUTH_BASE_URL; a local stand-in in tests. */
  readonly oauthBaseUrl: string;
}

export const ZALO_DEFAULT_API_BASE_URL = 'https://openapi.zalo.me';
export const ZALO_DEFAULT_OAUTH_BASE_URL = 'https://oauth.zaloapp.com';
