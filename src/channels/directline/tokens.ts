import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface DirectLineTokenClaims {
  /** The citizen's stable id on the built-in channel (a later session on the same browser keeps it). */
  userId: string;
  /** Present once the token is bound to one conversation. */
  conversationId?: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/**
 * HMAC-signed bearer tokens for the built-in Direct Line endpoint. The user id comes from the token,
 * never from the posted activity, so nobody can read or write another citizen's conversation.
 */
export class DirectLineTokens {
  private readonly key: Buffer;

  constructor(secret: string | undefined, readonly ttlSeconds = 3600, private readonly now = () => Date.now()) {
    this.key = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  issue(claims: Omit<DirectLineTokenClaims, 'exp'>): { token: string; expires_in: number } {
    const payload: DirectLineTokenClaims = { ...claims, exp: Math.floor(this.now() / 1000) + this.ttlSeconds };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return { token: `dl1.${body}.${this.sign(body)}`, expires_in: this.ttlSeconds };
  }

  verify(token: string): DirectLineTokenClaims {
    const [version, body, signature] = token.split('.');
    if (version !== 'dl1' || !body || !signature) throw new InvalidTokenError('malformed token');
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new InvalidTokenError('bad token signature');
    let claims: DirectLineTokenClaims;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as DirectLineTokenClaims;
    } catch {
      throw new InvalidTokenError('malformed token');
    }
    if (typeof claims.userId !== 'string' || typeof claims.exp !== 'number') throw new InvalidTokenError('malformed token');
    if (claims.exp * 1000 < this.now()) throw new InvalidTokenError('token expired');
    return claims;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
