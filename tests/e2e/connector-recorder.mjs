// A transparent recorder between the bot and the Playground's connector mock. Activities the test sends to the bot
// carry its address as their serviceUrl, so the bot's answers (and the proactive posts to a conversation whose stored
// reference came from such an activity) pass through it: each request is forwarded unchanged and kept with the exact
// bytes the bot sent, and the Playground's answer is returned unchanged. This is how a test knows the size of what
// the bot really put on the wire (the Playground's UI only shows the rendered result).
import http from 'node:http';

/** Starts the recorder in front of `connectorUrl` (the Playground's `http://host:port/_connector`). */
export async function startConnectorRecorder(connectorUrl, listenPort = 0) {
  const target = new URL(connectorUrl);
  const requests = [];
  const server = http.createServer(async (request, response) => {
    try {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const body = Buffer.concat(chunks);
      const headers = {};
      for (const name of ['content-type', 'authorization', 'accept']) {
        if (request.headers[name]) headers[name] = request.headers[name];
      }
      const upstream = await fetch(new URL(request.url, target.origin), {
        method: request.method, headers, body: body.length > 0 ? body : undefined,
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      requests.push({
        method: request.method, path: new URL(request.url, target.origin).pathname, body: body.toString('utf8'),
        status: upstream.status, answer: answer.toString('utf8'),
      });
      const answerHeaders = { 'content-length': answer.length };
      const type = upstream.headers.get('content-type');
      if (type) answerHeaders['content-type'] = type;
      response.writeHead(upstream.status, answerHeaders);
      response.end(answer);
    } catch (error) {
      requests.push({ method: request.method, path: request.url, error: String(error) });
      response.writeHead(502).end();
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    serviceUrl: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The size Teams counts for a bot message: UTF-16, i.e. two bytes per UTF-16 code unit of the JSON the bot sent
 * (the same rule as CardSize.Utf16Bytes in BotCommit.Cards).
 */
export function utf16Bytes(text) {
  return 2 * text.length;
}
