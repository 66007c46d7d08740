// The VS Code side of Marvel's language support: starts the Marvel language server (a Java
// process speaking LSP over stdio) and connects VS Code's language client to it.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function javaExecutable() {
  const configured = vscode.workspace.getConfiguration('marvel').get('java.home');
  const home = configured || process.env.JAVA_HOME;
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  return home ? path.join(home, 'bin', exe) : exe;
}

function serverJar(context) {
  const configured = vscode.workspace.getConfiguration('marvel').get('server.jar');
  return configured || context.asAbsolutePath(path.join('server', 'marvel-language-server.jar'));
}

function activate(context) {
  const jar = serverJar(context);
  if (!fs.existsSync(jar)) {
    vscode.window.showErrorMessage(
      `Marvel: the language server jar is missing at ${jar}. Reinstall the extension, or set "marvel.server.jar".`);
    return;
  }
  const run = { command: javaExecutable(), args: ['-jar', jar], transport: TransportKind.stdio };
  client = new LanguageClient(
    'marvel',
    'Marvel language server',
    { run, debug: run },
    { documentSelector: [{ scheme: 'file', language: 'marvel' }, { scheme: 'untitled', language: 'marvel' }] });
  client.start().catch((e) =>
    vscode.window.showErrorMessage(`Marvel: the language server did not start (${e.message}). Is Java 17 installed?`));
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
