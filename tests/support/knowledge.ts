import path from 'node:path';
import { Knowledge } from '../../src/bot/knowledge';
import { createLogger } from '../../src/logger';

let shared: Knowledge | undefined;

/** The real catalogue and recognizer from data/, built once per test worker. */
export function sharedKnowledge(): Knowledge {
  shared ??= new Knowledge(path.resolve(__dirname, '../../data'), createLogger({ level: 'silent', pretty: false }));
  return shared;
}
