// Minimal echo bot on the official Bot Framework SDK for JavaScript (botbuilder 4.23.3), the baseline the
// benchmark compares BenefitsBot against and the bot the Playground driver test talks to.
// Usage: node echo-bot.mjs [port]   (or PORT=...; default 3979). Listens on 127.0.0.1 only, anonymous (no app id).
import http from 'node:http';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
} from 'botbuilder';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3979);
const maxBodyBytes = 256 * 1024;

// No MicrosoftAppId: inbound tokens are not required and no token is sent to the connector.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error?.stack ?? error}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const bot = new EchoBot();

// CloudAdapter.process wants an express/restify-like request (parsed `body`) and response (status/header/send/end).
// Wrapping node's own http objects keeps the baseline free of a web framework's overhead.
function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function wrapResponse(res) {
  return {
    socket: res.socket,
    status(code) {
      res.statusCode = code;
    },
    header(name, value) {
      res.setHeader(name, value);
    },
    send(body) {
      if (body === undefined || body === null) {
        return;
      }
      if (typeof body === 'object' && !Buffer.isBuffer(body)) {
        res.setHeader('Content-Type', 'application/json');
        res.write(JSON.stringify(body));
      } else {
        res.write(body);
      }
    },
    end() {
      res.end();
    },
  };
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/api/messages' && req.method === 'HEAD') {
    res.statusCode = 200; // the Playground probes the endpoint with HEAD before it starts
    res.end();
    return;
  }
  if (req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  try {
    req.body = req.method === 'POST' ? await readJson(req) : undefined;
  } catch (error) {
    res.statusCode = 400;
    res.end(String(error.message ?? error));
    return;
  }
  await adapter.process(req, wrapResponse(res), (context) => bot.run(context));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`echo bot listening on http://127.0.0.1:${port}/api/messages`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
