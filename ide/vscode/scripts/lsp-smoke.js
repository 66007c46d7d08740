// Starts the language server jar as VS Code does (java -jar, LSP over stdio), sends initialize,
// checks the announced capabilities, then shutdown and exit, and checks the process ends with 0.
// Usage: node lsp-smoke.js path/to/marvel-language-server.jar
'use strict';

const { spawn } = require('child_process');

const jar = process.argv[2];
const server = spawn('java', ['-jar', jar], { stdio: ['pipe', 'pipe', 'inherit'] });
const timeout = setTimeout(() => fail('no answer within 60 s'), 60000);

function fail(message) {
  console.error(`error: ${message}`);
  server.kill();
  process.exit(1);
}

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

// Reads Content-Length framed messages and hands each response to the waiter of its id.
let buffer = Buffer.alloc(0);
const waiting = new Map();
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.slice(headerEnd + 4 + length);
    if (message.id !== undefined && waiting.has(message.id)) {
      waiting.get(message.id)(message);
      waiting.delete(message.id);
    }
  }
});

function request(id, method, params) {
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    send({ id, method, params });
  });
}

async function main() {
  const init = await request(1, 'initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  if (init.error) fail(`initialize failed: ${JSON.stringify(init.error)}`);
  const c = init.result.capabilities;
  const expected = ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider',
    'renameProvider', 'documentFormattingProvider', 'completionProvider', 'textDocumentSync'];
  const missing = expected.filter((k) => !c[k]);
  if (missing.length > 0) fail(`the server does not announce ${missing.join(', ')}`);
  console.log(`server started: ${init.result.serverInfo.name} ${init.result.serverInfo.version}; capabilities ok`);
  send({ method: 'initialized', params: {} });
  const down = await request(2, 'shutdown', null);
  if (down.error) fail(`shutdown failed: ${JSON.stringify(down.error)}`);
  send({ method: 'exit', params: null });
}

server.on('exit', (code) => {
  clearTimeout(timeout);
  if (code !== 0) fail(`the server exited with ${code} after shutdown/exit`);
  console.log('server shut down cleanly (exit code 0)');
});

main().catch((e) => fail(e.message));
