// Loopback servers for the network-trust integration tests (tests/pester/Network.Integration.Tests.ps1).
// Node only, no packages. Every server listens on 127.0.0.1 on a port the system picks; one JSON line
// on stdout says which ({"ready":true,"ports":{...}}). Exits by itself when the process that started
// it is gone (argument --parent PID), so a crashed test run leaves nothing behind.
//   https-rsa   genuine-looking RSA chain (leaf + intermediate)      https-ecc  ECC chain (leaf + intermediate)
//   https-leaf  leaf only (an incomplete chain, not interception)   http       plain HTTP (absolute URIs too)
//   hang1..3    accept and never answer
// (The closed port is picked by TestNetwork.psm1, below the system's ephemeral range.)
// Any request with ?skew=SECONDS gets a Date header that many seconds ahead.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const https = require('node:https');
const net = require('node:net');

const args = process.argv.slice(2);
const pki = args[0];
const parentAt = args.indexOf('--parent');
const parent = parentAt >= 0 ? Number(args[parentAt + 1]) : 0;
const read = (name) => fs.readFileSync(path.join(pki, name));

function answer(req, res) {
  const url = new URL(req.url, 'http://placeholder');
  const skew = Number(url.searchParams.get('skew') || '0');
  res.setHeader('Date', new Date(Date.now() + skew * 1000).toUTCString());
  res.setHeader('Content-Type', 'text/plain');
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : 'WuTrust test server\n');
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function main() {
  const ports = {};
  const tls = (cert, key) => https.createServer({ cert, key }, answer);
  ports['https-rsa'] = await listen(
    tls(Buffer.concat([read('leaf-rsa.crt'), read('int-rsa.crt')]), read('leaf-rsa.key')),
  );
  ports['https-ecc'] = await listen(
    tls(Buffer.concat([read('leaf-ecc.crt'), read('int-ecc.crt')]), read('leaf-ecc.key')),
  );
  ports['https-leaf'] = await listen(tls(read('leaf-rsa.crt'), read('leaf-rsa.key')));
  ports['http'] = await listen(http.createServer(answer));
  const held = [];
  for (const name of ['hang1', 'hang2', 'hang3']) {
    ports[name] = await listen(net.createServer((socket) => held.push(socket)));
  }
  process.stdout.write(JSON.stringify({ ready: true, pid: process.pid, ports }) + '\n');
  if (parent > 0) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        process.exit(0);
      }
    }, 1000).unref();
    setInterval(() => {}, 60000);
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
