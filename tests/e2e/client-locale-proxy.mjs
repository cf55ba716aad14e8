// Stands between the Agents Playground and the bot as a Teams client in another language would. The Playground (0.2.28)
// writes `locale: "en-US"` into every activity it generates (its activity generators hard-code it; nothing in its
// configuration changes it) and the clientInfo zone of its own process. Real Teams sends the user's language and zone:
// this proxy rewrites `locale`, `localTimezone` and the `clientInfo` entity of the activities passing through to what a
// client set to that language and zone sends, and leaves everything else byte for byte. Until a test sets a client
// (POST /_client {"locale","timezone"}) it only forwards; DELETE /_client goes back to forwarding.
// Usage: node client-locale-proxy.mjs PORT BOT_URL
import http from 'node:http';

const [port, botUrl] = [Number(process.argv[2]), process.argv[3]];
let client = null;

http.createServer(async (request, response) => {
  try {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    let body = Buffer.concat(chunks);
    if (request.url === '/_client') {
      client = request.method === 'POST' ? JSON.parse(body.toString('utf8')) : null;
      response.writeHead(204).end();
      return;
    }
    if (client && body.length > 0 && (request.headers['content-type'] ?? '').includes('json')) {
      body = Buffer.from(JSON.stringify(asClient(JSON.parse(body.toString('utf8')))), 'utf8');
    }
    const headers = {};
    for (const name of ['content-type', 'authorization', 'accept']) {
      if (request.headers[name]) headers[name] = request.headers[name];
    }
    const upstream = await fetch(new URL(request.url, botUrl), { method: request.method, headers, body: body.length > 0 ? body : undefined });
    const answer = Buffer.from(await upstream.arrayBuffer());
    const answerHeaders = { 'content-length': answer.length };
    const type = upstream.headers.get('content-type');
    if (type) answerHeaders['content-type'] = type;
    response.writeHead(upstream.status, answerHeaders).end(answer);
  } catch (error) {
    response.writeHead(502).end(String(error));
  }
}).listen(port, '127.0.0.1');

function asClient(activity) {
  if (!activity || typeof activity !== 'object' || !activity.type) return activity;
  activity.locale = client.locale;
  activity.localTimezone = client.timezone;
  const others = (activity.entities ?? []).filter((entity) => entity?.type !== 'clientInfo');
  activity.entities = [...others, { type: 'clientInfo', locale: client.locale, country: client.locale.slice(-2), platform: 'Web', timezone: client.timezone }];
  return activity;
}
