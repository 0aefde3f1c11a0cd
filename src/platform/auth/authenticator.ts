import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config/config';
import { grants, highestRole, isRole, Role, type Principal } from './roles';

/** A credential was sent but does not hold: the whole request is refused (HTTP 401). */
export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

type JwtKey = { kind: 'secret'; key: Uint8Array } | { kind: 'jwks'; keys: JWTVerifyGetKey };

/**
 * Turns a request's credential into a principal: an API key (`X-API-Key`, compared by its SHA-256,
 * the only form the configuration holds) or a JWT (`Authorization: Bearer`, HS256 with a shared secret
 * or signed by a key from a JWKS file). No credential gives the anonymous principal.
 */
export class Authenticator {
  private readonly keysByHash: Map<string, { name: string; role: Role }>;
  private readonly jwtKey: JwtKey | undefined;

  constructor(private readonly config: AuthConfig) {
    this.keysByHash = new Map(config.apiKeys.map((entry) => [entry.sha256, { name: entry.name, role: entry.role }]));
    if (config.jwt.secret !== undefined) this.jwtKey = { kind: 'secret', key: new TextEncoder().encode(config.jwt.secret) };
    else if (config.jwt.jwksFile !== undefined) this.jwtKey = { kind: 'jwks', keys: createLocalJWKSet(JSON.parse(fs.readFileSync(config.jwt.jwksFile, 'utf8'))) };
  }

  /** Anonymous readers, no keys, no JWTs: what tests and a fresh `npm start` get. */
  static openReadOnly(): Authenticator {
    return new Authenticator({ anonymousRole: Role.READER, apiKeys: [], jwt: { secret: undefined, jwksFile: undefined, issuer: undefined, audience: undefined, rolesClaim: 'roles' } });
  }

  /** Whether some credential this configuration accepts could carry `role` (a JWT could carry any). */
  mayGrant(role: Role): boolean {
    return this.jwtKey !== undefined || this.config.apiKeys.some((entry) => grants({ id: entry.name, authenticated: true, role: entry.role }, role));
  }

  anonymous(): Principal {
    return { id: 'anonymous', authenticated: false, role: this.config.anonymousRole === 'none' ? undefined : this.config.anonymousRole };
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Principal> {
    const apiKey = headers['x-api-key'];
    const authorization = headers.authorization;
    if (apiKey !== undefined && authorization !== undefined) throw new AuthenticationError('Send one credential: an X-API-Key header or an Authorization header, not both.');
    if (apiKey !== undefined) return this.fromApiKey(Array.isArray(apiKey) ? apiKey.join(',') : apiKey);
    if (authorization !== undefined) {
      const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
      if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) throw new AuthenticationError('The Authorization header must be "Bearer <JWT>".');
      return this.fromJwt(token);
    }
    return this.anonymous();
  }

  private fromApiKey(key: string): Principal {
    const entry = this.keysByHash.get(sha256Hex(key));
    if (!entry) throw new AuthenticationError('The API key is not valid.');
    return { id: `api-key:${entry.name}`, authenticated: true, role: entry.role };
  }

  private async fromJwt(token: string): Promise<Principal> {
    if (!this.jwtKey) throw new AuthenticationError('This server does not accept JWTs.');
    const options = { issuer: this.config.jwt.issuer, audience: this.config.jwt.audience, requiredClaims: ['sub', 'exp'] };
    let payload: JWTPayload;
    try {
      payload =
        this.jwtKey.kind === 'secret'
          ? (await jwtVerify(token, this.jwtKey.key, { ...options, algorithms: ['HS256'] })).payload
          : (await jwtVerify(token, this.jwtKey.keys, { ...options, algorithms: ASYMMETRIC_ALGORITHMS })).payload;
    } catch (error) {
      const reason = error instanceof joseErrors.JWTExpired ? 'has expired' : error instanceof joseErrors.JOSEError ? 'is not valid' : 'cannot be read';
      throw new AuthenticationError(`The JWT ${reason}.`);
    }
    const claimed = payload[this.config.jwt.rolesClaim];
    const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter(isRole);
    return { id: `jwt:${payload.sub}`, authenticated: true, role: highestRole(roles) ?? Role.READER };
  }
}
