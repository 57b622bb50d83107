/**
 * npm run try: a real VS Code in your browser with the built extension and a
 * copy of examples/acme open — nothing to install. Stop it with Ctrl+C.
 */
import * as path from 'node:path';
import { REPO, copyWorkspace, startCodeServer, tools } from './codeServer';

async function main(): Promise<void> {
  const resolved = await tools();
  const folder = copyWorkspace(path.join(REPO, 'examples/acme'));
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({ tools: resolved, folder, installed: true, port });
  console.log(`\nTeam Charter is running in VS Code at:\n\n    ${server.url}/?folder=${encodeURIComponent(folder)}\n`);
  console.log(`The workspace is a copy of examples/acme in ${folder}; edit freely. Ctrl+C stops the server.`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`try: ${(error as Error).message}`);
  process.exitCode = 1;
});
