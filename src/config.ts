/** Environment -> typed configuration, with the defaults documented in the README. */
import { z } from 'zod';

const envSchema = z.object({
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATA_DIR: z.string().min(1).default('data/articles'),
  CORS_ORIGIN: z.string().min(1).default('*'),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  /** "*" allows every origin; otherwise a comma-separated list of allowed origins. */
  corsOrigins: string[] | '*';
  /** Largest request body accepted, in bytes; larger ones get 413. */
  maxBodyBytes: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const { HOST, PORT, DATA_DIR, CORS_ORIGIN, MAX_BODY_BYTES } = parsed.data;
  return {
    host: HOST,
    port: PORT,
    dataDir: DATA_DIR,
    corsOrigins: CORS_ORIGIN === '*' ? '*' : CORS_ORIGIN.split(',').map((o) => o.trim()),
    maxBodyBytes: MAX_BODY_BYTES,
  };
}
