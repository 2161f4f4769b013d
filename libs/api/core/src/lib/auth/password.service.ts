import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id parameters (SEC-08): m = 19 MiB, t = 2, p = 1. */
export const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /**
   * Verifies a password. Without a stored hash it still does the work of a verification, so
   * that response times do not reveal whether an account exists.
   */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (!storedHash) {
      this.dummy ??= this.hash('kijkje-timing-equaliser');
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return verify(storedHash, password).catch(() => false);
  }
}
