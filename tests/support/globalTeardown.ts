export default async function globalTeardown(): Promise<void> {
  await globalThis.__ONESTOP_REDIS__?.dispose();
}
