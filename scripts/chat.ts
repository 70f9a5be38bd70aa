/* Terminal chat with the same bot the server runs: `npm run chat`. Uses REDIS_URL when set. */
import readline from 'node:readline';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { TerminalAdapter } from '../src/channels/terminal';
import { createRedisClient } from '../src/storage/redisClient';

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'error', ...process.env });
  const logger = createLogger({ level: config.logLevel, pretty: false, destination: process.stderr });
  const redis = config.redisUrl ? createRedisClient(config.redisUrl, logger) : undefined;
  if (redis) await redis.connect();
  const app = createApp({ config, logger, redis });
  const adapter = new TerminalAdapter((text) => process.stdout.write(`\n🤖 ${text.replace(/\n/g, '\n   ')}\n`));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '\n🙂 > ' });
  process.stdout.write('Trợ lý Một cửa — trò chuyện trong terminal (gõ "thoát" hoặc Ctrl+D để kết thúc).\n');
  await adapter.start(app.logic);
  rl.prompt();
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      const text = line.trim();
      if (['thoát', 'thoat', 'exit', 'quit'].includes(text.toLowerCase())) {
        rl.close();
        return;
      }
      if (text) await adapter.receiveText(text, app.logic);
      rl.prompt();
    });
  });
  rl.on('close', () => {
    void queue.then(async () => {
      if (redis?.isOpen) await redis.close();
      process.stdout.write('\nTạm biệt!\n');
      process.exit(0);
    });
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
