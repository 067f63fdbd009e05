import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __monotonicNow = () => process.uptime() * 1000;

var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// builtin:node:os
var require_node_os = __commonJS({
  "builtin:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// crypto-on-use:node:crypto
var require_node_crypto = __commonJS({
  "crypto-on-use:node:crypto"(exports, module) {
    var real;
    var load = () => real ??= __require("node:crypto");
    module.exports = { randomUUID: (...args) => load().randomUUID(...args) };
  }
});

// builtin:node:fs
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:path
var require_node_path = __commonJS({
  "builtin:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:http
var require_node_http = __commonJS({
  "builtin:node:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin:node:module
var require_node_module = __commonJS({
  "builtin:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require_node_os());

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require_node_crypto());
var fs = __toESM(require_node_fs());
var os2 = __toESM(require_node_os());
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
var os3 = __toESM(require_node_os());
var path = __toESM(require_node_path());
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/settings/durations.ts
var UNITS = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/;
var PLAIN_SECONDS = /^\d+(?:\.\d+)?$/;
var FACTORS = [36e5, 6e4, 1e3, 1];
var MAX_MS = Number.MAX_SAFE_INTEGER;
var DURATION_FORMS = "a duration such as '500ms', '10s', '5m', '1h', '1h30m', or plain seconds ('30')";
function parseDuration(text) {
  const compact = text.trim().toLowerCase().replace(/\s+/g, "");
  if (compact === "" || compact.length > 40) return void 0;
  let ms;
  if (PLAIN_SECONDS.test(compact)) {
    ms = Number(compact) * 1e3;
  } else {
    const match = UNITS.exec(compact);
    if (!match || match.slice(1).every((part) => part === void 0)) return void 0;
    ms = 0;
    for (const [index, factor] of FACTORS.entries()) {
      const part = match[index + 1];
      if (part !== void 0) ms += Number(part) * factor;
    }
  }
  ms = Math.round(ms);
  return Number.isFinite(ms) && ms <= MAX_MS ? ms : void 0;
}
var WORD_UNITS = {
  ms: "ms",
  millisecond: "ms",
  milliseconds: "ms",
  s: "s",
  sec: "s",
  secs: "s",
  second: "s",
  seconds: "s",
  m: "m",
  min: "m",
  mins: "m",
  minute: "m",
  minutes: "m",
  h: "h",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h"
};
function durationInWords(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text);
  const unit = match ? WORD_UNITS[match[2].toLowerCase()] : void 0;
  return match && unit ? `${match[1]}${unit}` : void 0;
}
function durationExpected(text, forms) {
  const meant = durationInWords(text);
  return meant && parseDuration(text) === void 0 ? `${forms} (write '${meant}')` : forms;
}
function formatDuration(ms) {
  const rounded = Number.isFinite(ms) ? Math.max(0, Math.round(ms)) : 0;
  if (rounded < 1e3) return `${rounded}ms`;
  if (rounded < 9950 && rounded % 1e3 !== 0) return `${(rounded / 1e3).toFixed(1).replace(/\.0$/, "")}s`;
  const totalSeconds = Math.round(rounded / 1e3);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds % 3600 / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours}h`);
  if (minutes > 0) parts.push(`${minutes}m`);
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds}s`);
  return parts.join(" ");
}
function parseDurationInput(input, raw, fallback, min, max, problems) {
  if (raw.trim() === "") return fallback;
  const ms = parseDuration(raw);
  if (ms === void 0 || ms < min || ms > max) {
    problems.add(input, raw, durationExpected(raw, `${DURATION_FORMS}, between ${formatDuration(min)} and ${formatDuration(max)}`));
    return void 0;
  }
  return ms;
}

// src/http/node-transport.ts
var import_node_http = __toESM(require_node_http());
var import_node_module = __toESM(require_node_module());

// src/http/transport-errors.ts
var TransportError = class extends Error {
  constructor(failure, maybeDelivered, message, options) {
    super(message, options);
    this.failure = failure;
    this.maybeDelivered = maybeDelivered;
    this.name = "TransportError";
    this.code = options?.code;
  }
  failure;
  maybeDelivered;
  /** The system or undici error code behind it (ECONNREFUSED, ENOTFOUND, \u2026), when there was one. */
  code;
};
var CONNECT_TIMEOUT = "UND_ERR_CONNECT_TIMEOUT";
var HEADERS_TIMEOUT = "UND_ERR_HEADERS_TIMEOUT";
var BODY_TIMEOUT = "UND_ERR_BODY_TIMEOUT";
var TOTAL_TIMEOUT = "TOTAL_DEADLINE";
var CALLER_DEADLINE = "CALLER_DEADLINE";
var SOCKET_CLOSED = "UND_ERR_SOCKET";
var CONNECT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", CONNECT_TIMEOUT]);
var CONNECT_PROBLEMS = {
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name could not be looked up just now",
  ECONNREFUSED: "the connection was refused",
  EHOSTUNREACH: "the host cannot be reached",
  ENETUNREACH: "the network cannot be reached",
  [CONNECT_TIMEOUT]: "no answer in time"
};
var CERTIFICATE_CODES = /* @__PURE__ */ new Set([
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
var RESET_CODES = /* @__PURE__ */ new Set(["ECONNRESET", SOCKET_CLOSED, "EPIPE", "UND_ERR_CLOSED"]);
function errorCode(error2) {
  let current = error2;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}
function codedError(code, message) {
  return Object.assign(new Error(message), { code });
}
function toTransportError(error2, req) {
  if (error2 instanceof TransportError) return error2;
  const where = `${req.method} ${req.url.origin}${req.url.pathname}`;
  if (req.signal?.aborted) return new TransportError("aborted", true, `${where} was cancelled`, { cause: error2 });
  const code = errorCode(error2) ?? error2?.name ?? "unknown";
  if (CERTIFICATE_CODES.has(code)) {
    return new TransportError("certificate", false, `${where}: could not connect, the server's certificate is not trusted (${code})`, { cause: error2 });
  }
  if (CONNECT_CODES.has(code)) {
    return new TransportError("connect", false, `${where}: could not connect, ${CONNECT_PROBLEMS[code] ?? "the network failed"} (${code})`, { cause: error2, code });
  }
  if (code === HEADERS_TIMEOUT || code === BODY_TIMEOUT) {
    return new TransportError("timeout", true, `${where}: no answer in time (${code})`, { cause: error2 });
  }
  if (code === TOTAL_TIMEOUT || code === CALLER_DEADLINE) {
    return new TransportError("timeout", true, `${where}: ${error2.message}`, { cause: error2, code });
  }
  if (RESET_CODES.has(code)) {
    return new TransportError("reset", true, `${where}: the connection was dropped (${code})`, { cause: error2 });
  }
  return new TransportError("other", true, `${where}: ${code}`, { cause: error2 });
}

// src/settings/request-timeout.ts
var DEFAULT_REQUEST_TIMEOUT_MS = 6e4;
var MIN_REQUEST_TIMEOUT_MS = 1e3;
var MAX_REQUEST_TIMEOUT_MS = 6e5;
function parseRequestTimeout(read, problems) {
  return parseDurationInput("requestTimeout", read("requestTimeout"), DEFAULT_REQUEST_TIMEOUT_MS, MIN_REQUEST_TIMEOUT_MS, MAX_REQUEST_TIMEOUT_MS, problems) ?? DEFAULT_REQUEST_TIMEOUT_MS;
}

// src/http/transport-types.ts
var DEFAULT_TIMEOUTS = { connectMs: 1e4, headersMs: 3e4, bodyMs: 3e4, totalMs: DEFAULT_REQUEST_TIMEOUT_MS };
var KEEP_ALIVE_MS = 3e4;
function hasProxy(env) {
  return Boolean(env.http_proxy || env.HTTP_PROXY || env.https_proxy || env.HTTPS_PROXY);
}

// src/http/node-transport.ts
var loadBuiltin = (0, import_node_module.createRequire)(import.meta.url);
function createNodeSender(timeouts) {
  const agents = /* @__PURE__ */ new Map();
  const inFlight = /* @__PURE__ */ new Set();
  function agentFor(scheme) {
    let made = agents.get(scheme);
    if (!made) {
      const options = { keepAlive: true, timeout: KEEP_ALIVE_MS };
      if (scheme === "https:") {
        const https = loadBuiltin("node:https");
        made = { agent: new https.Agent(options), request: https.request };
      } else {
        made = { agent: new import_node_http.Agent(options), request: import_node_http.request };
      }
      agents.set(scheme, made);
    }
    return made;
  }
  const destroyAll = () => {
    for (const { agent } of agents.values()) agent.destroy();
  };
  return {
    request(raw) {
      const scheme = raw.url.protocol;
      if (scheme !== "http:" && scheme !== "https:") return Promise.reject(codedError("ERR_INVALID_PROTOCOL", `${scheme} is not http or https`));
      const { agent, request } = agentFor(scheme);
      let done;
      const finished = new Promise((resolve) => done = resolve);
      inFlight.add(finished);
      void finished.then(() => inFlight.delete(finished));
      return exchange(request, agent, scheme === "https:", raw, timeouts, done);
    },
    async close() {
      await Promise.allSettled([...inFlight]);
      destroyAll();
    },
    async destroy() {
      destroyAll();
    }
  };
}
function asUndiciCode(error2) {
  const e = error2;
  if (e?.code === "ECONNRESET" && (e.message === "socket hang up" || e.message === "aborted")) {
    return codedError(SOCKET_CLOSED, `other side closed (${e.message})`);
  }
  return error2;
}
function exchange(request, agent, secure, raw, timeouts, done) {
  return new Promise((resolve, reject) => {
    const headers = { ...raw.headers };
    if (raw.body !== void 0) headers["content-length"] = String(Buffer.byteLength(raw.body));
    let req;
    try {
      req = request(raw.url, { method: raw.method, headers, agent });
    } catch (error2) {
      done();
      return reject(error2);
    }
    let response;
    let timer;
    const stop = (error2) => response ? response.destroy(error2) : req.destroy(error2);
    const bound = (ms, code, what) => {
      clearTimeout(timer);
      timer = setTimeout(() => stop(codedError(code, `${what} after ${ms} ms`)), ms);
    };
    const onAbort = () => stop(raw.signal.reason instanceof Error ? raw.signal.reason : codedError("ABORT_ERR", "aborted"));
    const settle2 = () => {
      clearTimeout(timer);
      raw.signal.removeEventListener("abort", onAbort);
      done();
    };
    raw.signal.addEventListener("abort", onAbort, { once: true });
    req.once("close", () => {
      if (!response) settle2();
    });
    req.on("error", (error2) => {
      reject(asUndiciCode(error2));
    });
    req.once("socket", (socket) => {
      const headersBound = () => bound(timeouts.headersMs, HEADERS_TIMEOUT, "headers timeout");
      if (req.reusedSocket) return headersBound();
      bound(timeouts.connectMs, CONNECT_TIMEOUT, "connect timeout");
      socket.once(secure ? "secureConnect" : "connect", headersBound);
    });
    req.once("response", (res) => {
      response = res;
      bound(timeouts.bodyMs, BODY_TIMEOUT, "body timeout");
      res.once("close", settle2);
      resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res), read: (maxBytes) => readBounded(res, maxBytes, () => timer?.refresh()) });
    });
    if (raw.signal.aborted) onAbort();
    req.end(raw.body);
  });
}
function flatHeaders(res) {
  const flat = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== void 0) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
function readBounded(res, maxBytes, chunkArrived) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    res.on("data", (chunk) => {
      chunkArrived();
      if (size + chunk.length > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - size));
        res.destroy();
        resolve({ body: Buffer.concat(chunks), truncated: true });
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
    });
    res.once("end", () => resolve({ body: Buffer.concat(chunks), truncated: false }));
    res.once("error", (error2) => reject(asUndiciCode(error2)));
    res.once("close", () => reject(codedError(SOCKET_CLOSED, "other side closed")));
  });
}

// src/http/transport.ts
var DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
function createHttpClient(options = {}) {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  timeouts.connectMs = Math.min(timeouts.connectMs, Math.max(timeouts.totalMs / 2 - 500, timeouts.totalMs / 4));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const env = options.env ?? process.env;
  let made;
  if (options.transport === "undici" || options.caCert || hasProxy(env)) {
    made = import("./undici.js").then((m) => m.createUndiciSender(timeouts, options.caCert, env));
    made.catch(() => {
    });
  } else {
    made = createNodeSender(timeouts);
  }
  const sender = async () => made;
  return {
    send: async (req) => send(await sender(), req, timeouts.totalMs, maxBodyBytes),
    close: async () => (await sender()).close(),
    destroy: async () => (await sender()).destroy()
  };
}
async function send(sender, req, clientTotalMs, maxBodyBytes) {
  const totalMs = Math.max(0, Math.min(req.totalMs ?? clientTotalMs, clientTotalMs));
  const headers = { accept: "application/json", ...req.headers };
  let body;
  if (req.json !== void 0) {
    body = JSON.stringify(req.json);
    headers["content-type"] = "application/json";
  }
  const controller = new AbortController();
  const cancel = () => controller.abort(req.signal?.reason);
  if (req.signal?.aborted) cancel();
  req.signal?.addEventListener("abort", cancel, { once: true });
  const [code, within] = req.totalMs !== void 0 && req.totalMs < clientTotalMs ? [CALLER_DEADLINE, `in the ${formatDuration(totalMs)} left`] : [TOTAL_TIMEOUT, `within the request timeout (${formatDuration(totalMs)})`];
  const deadline = setTimeout(() => controller.abort(codedError(code, `no complete answer ${within}`)), totalMs);
  const fail = (error2) => {
    const expired = controller.signal.aborted && !req.signal?.aborted;
    return toTransportError(expired ? controller.signal.reason : error2, req);
  };
  try {
    let response;
    try {
      response = await sender.request({ method: req.method, url: req.url, headers, body, signal: controller.signal });
    } catch (error2) {
      throw fail(error2);
    }
    let read;
    try {
      read = await response.read(maxBodyBytes);
    } catch (error2) {
      throw fail(error2);
    }
    await new Promise((resolve) => setImmediate(resolve));
    return { status: response.status, headers: response.headers, text: read.body.toString("utf8"), truncated: read.truncated };
  } finally {
    clearTimeout(deadline);
    req.signal?.removeEventListener("abort", cancel);
  }
}

// src/ports.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};
var CancelledError = class extends Error {
  constructor(message = "cancelled") {
    super(message);
    this.name = "CancelledError";
  }
};

// src/settings/text-length.ts
function codePointLength(text) {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
var segmenter;
function shortenText(text, max, ellipsis = "\u2026") {
  if (codePointLength(text) <= max) return text;
  const room = max - codePointLength(ellipsis);
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  let kept = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = codePointLength(segment);
    if (used + size > room) break;
    kept += segment;
    used += size;
  }
  return `${kept}${ellipsis}`;
}

// src/report/sanitize.ts
var DEFAULT_MAX_LENGTH = 300;
var ESCAPE_SEQUENCES = (
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/gu
);
var INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
var BREAKS = /[\t\n\u000b\u000c\r\u0085\u2028\u2029]/gu;
function stripControls(text) {
  return text.replace(ESCAPE_SEQUENCES, "").replace(INVISIBLE, "").replace(BREAKS, " ");
}
function squeeze(text) {
  return text.replace(ESCAPE_SEQUENCES, "").replace(INVISIBLE, "").replace(BREAKS, "");
}
var secrets = /* @__PURE__ */ new Set();
var MIN_SECRET_LENGTH = 6;
function registerSecret(secret) {
  if (secret.length >= MIN_SECRET_LENGTH) secrets.add(secret);
}
function replaceSecrets(text) {
  let redacted = text;
  for (const secret of secrets) redacted = redacted.split(secret).join("***");
  return redacted;
}
function redactSecrets(text) {
  const plain = replaceSecrets(text);
  const squeezed = squeeze(plain);
  if (squeezed === plain) return plain;
  const revealed = replaceSecrets(squeezed);
  return revealed === squeezed ? plain : revealed;
}
function redactedJson(value) {
  return JSON.stringify(value, (_key, v) => typeof v === "string" ? redactSecrets(v) : v);
}
function isoTime(ms) {
  return typeof ms === "number" && Math.abs(ms) <= 864e13 ? new Date(ms).toISOString() : void 0;
}
function redactSecretsInUrl(url) {
  const redacted = redactSecrets(url);
  let decoded = redacted;
  for (let round = 0; round < 3; round++) {
    let next;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      break;
    }
    if (next === decoded) break;
    decoded = next;
    if (redactSecrets(decoded) !== decoded) return "";
  }
  return redacted;
}
function cleanRemoteText(text, maxLength = DEFAULT_MAX_LENGTH) {
  let clean3 = replaceSecrets(stripControls(redactSecrets(text)));
  let previous;
  do {
    previous = clean3;
    clean3 = clean3.replace(/::/g, ": :").replace(/##\[/g, "# #[");
  } while (clean3 !== previous);
  clean3 = clean3.replace(/ {2,}/g, " ").trim();
  return shortenText(clean3, maxLength);
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/settings/urls.ts
function isLoopbackHost(hostname) {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host === "[::1]") return true;
  const octets = host.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}
function isAllowedScheme(url) {
  return url.protocol === "https:" || url.protocol === "http:" && isLoopbackHost(url.hostname);
}
function hasUnsafeUrlText(text) {
  return /[\u0000-\u0020\u007f-\u009f]/.test(text) || text.length > 2048;
}

// src/gate/settings.ts
var DEFAULT_SUCCESS_VALUES = [
  "success",
  "succeeded",
  "successful",
  "passed",
  "pass",
  "ok",
  "approved",
  "green"
];
var DEFAULT_FAILURE_VALUES = [
  "failure",
  "failed",
  "fail",
  "error",
  "errored",
  "cancelled",
  "canceled",
  "aborted",
  "rejected",
  "timed_out",
  "timedout",
  "expired",
  "startup_failure",
  "unstable",
  "red"
];
var ENDED_WITHOUT_OUTCOME = ["completed", "complete", "done", "finished", "ended"];
var GATE_DEFAULTS = {
  pollIntervalMs: 1e4,
  maxPollIntervalMs: 6e4,
  timeoutMs: 30 * 6e4,
  onFailure: "reject",
  onTimeout: "fail"
};
var MIN_POLL_MS = 100;
var MAX_POLL_MS = 60 * 6e4;
var MIN_TIMEOUT_MS = 1e3;
var MAX_TIMEOUT_MS = 24 * 60 * 6e4;
var HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var RESERVED_HEADERS = /* @__PURE__ */ new Set([
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "upgrade",
  "te",
  "trailer",
  "expect",
  "proxy-connection"
]);
var BAD_VALUE_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f]/;
var GATE_INPUTS = [
  "statusHeaders",
  "statusField",
  "successValues",
  "failureValues",
  "pollInterval",
  "maxPollInterval",
  "timeout",
  "onFailure",
  "onTimeout"
];
function parseGateSettings(read, problems, maskSecret2) {
  const problemsBefore = problems.list.length;
  const rawUrl = read("statusUrl").trim();
  const rawHeaders = read("statusHeaders");
  const headers = parseHeaders(rawHeaders, problems, maskSecret2);
  if (rawUrl === "") {
    for (const input of GATE_INPUTS) {
      const value = read(input);
      if (value.trim() !== "" && !isDefault(input, value)) {
        problems.add(input, value, "no value unless {statusUrl} is set (it only configures the status gate)", {
          secret: input === "statusHeaders"
        });
      }
    }
    return void 0;
  }
  const statusUrl = parseStatusUrl(rawUrl, headers, problems, maskSecret2);
  const statusField = parseField(read("statusField"), problems);
  const successValues = parseValues("successValues", read("successValues"), DEFAULT_SUCCESS_VALUES, problems);
  const failureValues = parseValues("failureValues", read("failureValues"), DEFAULT_FAILURE_VALUES, problems);
  const overlap = successValues.filter((v) => failureValues.includes(v));
  if (overlap.length > 0) {
    const input = read("failureValues").trim() !== "" ? "failureValues" : "successValues";
    problems.add(input, read(input), `no value that is in both {successValues} and {failureValues} (${overlap.join(", ")})`);
  }
  const pollIntervalMs = parseDurationInput("pollInterval", read("pollInterval"), GATE_DEFAULTS.pollIntervalMs, MIN_POLL_MS, MAX_POLL_MS, problems);
  const rawMax = read("maxPollInterval");
  let maxPollIntervalMs = parseDurationInput("maxPollInterval", rawMax, GATE_DEFAULTS.maxPollIntervalMs, MIN_POLL_MS, MAX_POLL_MS, problems);
  const timeoutMs = parseDurationInput("timeout", read("timeout"), GATE_DEFAULTS.timeoutMs, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, problems);
  if (pollIntervalMs !== void 0 && maxPollIntervalMs !== void 0 && maxPollIntervalMs < pollIntervalMs) {
    if (rawMax.trim() === "") {
      maxPollIntervalMs = pollIntervalMs;
    } else {
      problems.add("maxPollInterval", rawMax, `a duration of at least {pollInterval} (${formatDuration(pollIntervalMs)})`);
    }
  }
  if (pollIntervalMs !== void 0 && timeoutMs !== void 0 && timeoutMs < pollIntervalMs) {
    problems.add("timeout", read("timeout"), `a duration of at least {pollInterval} (${formatDuration(pollIntervalMs)})`);
  }
  const onFailure = parseChoice("onFailure", read("onFailure"), ["reject", "fail"], GATE_DEFAULTS.onFailure, problems);
  const onTimeout = parseChoice("onTimeout", read("onTimeout"), ["fail", "reject"], GATE_DEFAULTS.onTimeout, problems);
  if (problems.list.length > problemsBefore || !statusUrl || !headers || statusField === void 0 || pollIntervalMs === void 0 || maxPollIntervalMs === void 0 || timeoutMs === void 0 || !onFailure || !onTimeout) {
    return void 0;
  }
  return {
    statusUrl,
    statusHeaders: headers,
    statusField,
    successValues,
    failureValues,
    pollIntervalMs,
    maxPollIntervalMs,
    timeoutMs,
    onFailure,
    onTimeout
  };
}
function isDefault(input, value) {
  switch (input) {
    case "pollInterval":
      return parseDuration(value) === GATE_DEFAULTS.pollIntervalMs;
    case "maxPollInterval":
      return parseDuration(value) === GATE_DEFAULTS.maxPollIntervalMs;
    case "timeout":
      return parseDuration(value) === GATE_DEFAULTS.timeoutMs;
    case "onFailure":
      return value.trim().toLowerCase() === GATE_DEFAULTS.onFailure;
    case "onTimeout":
      return value.trim().toLowerCase() === GATE_DEFAULTS.onTimeout;
    case "successValues":
      return sameList(splitList(value), DEFAULT_SUCCESS_VALUES);
    case "failureValues":
      return sameList(splitList(value), DEFAULT_FAILURE_VALUES);
    default:
      return false;
  }
}
function sameList(a, b) {
  return a.length === b.length && a.every((v) => b.includes(v));
}
function parseStatusUrl(raw, headers, problems, maskSecret2) {
  const expected = "an https URL (http only for 127.0.0.1, ::1 or localhost)";
  let url;
  try {
    if (hasUnsafeUrlText(raw)) throw new Error("unsafe");
    url = new URL(raw);
  } catch {
    problems.add("statusUrl", raw, expected, { secret: raw.includes("@") });
    return void 0;
  }
  const user = safeDecode(url.username);
  const password = safeDecode(url.password);
  if (url.password !== "") {
    maskSecret2(url.password);
    if (password !== url.password) maskSecret2(password);
  }
  const hasUserinfo = url.username !== "" || url.password !== "";
  if (!isAllowedScheme(url)) {
    problems.add("statusUrl", `${url.protocol}//${url.host}${url.pathname}${url.search ? "?\u2026" : ""}`, expected, {
      secret: hasUserinfo
    });
    return void 0;
  }
  if (hasUserinfo) {
    if (headers && "authorization" in headers) {
      problems.add("statusUrl", raw, "credentials either in the URL or in an Authorization status header, not both", {
        secret: true
      });
      return void 0;
    }
    const basic = Buffer.from(`${user}:${password}`, "utf8").toString("base64");
    maskSecret2(basic);
    if (headers) headers.authorization = `Basic ${basic}`;
    url.username = "";
    url.password = "";
  }
  url.hash = "";
  return url;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function parseHeaders(raw, problems, maskSecret2) {
  const headers = {};
  let ok = true;
  for (const [index, line] of raw.split("\n").entries()) {
    const where = `line ${index + 1}`;
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    if (colon < 0) {
      maskValue(line.trim(), maskSecret2);
      problems.add("statusHeaders", line, `'Name: value' on each line (${where} has no ':')`, { secret: true });
      ok = false;
      continue;
    }
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).replace(/\r$/, "").trim();
    maskValue(value, maskSecret2);
    if (!HEADER_NAME.test(name)) {
      problems.add("statusHeaders", name, `a header name made of letters, digits and !#$%&'*+-.^_\`|~ (${where})`, {
        secret: true
      });
      ok = false;
      continue;
    }
    const key = name.toLowerCase();
    if (RESERVED_HEADERS.has(key)) {
      problems.add("statusHeaders", name, `a header other than ${[...RESERVED_HEADERS].join(", ")}, which the HTTP layer sets (${where})`);
      ok = false;
      continue;
    }
    if (BAD_VALUE_CHARS.test(value)) {
      problems.add("statusHeaders", value, `a value of ${name} without line breaks or control characters (${where})`, {
        secret: true
      });
      ok = false;
      continue;
    }
    if (key in headers) {
      problems.add("statusHeaders", name, `each header at most once (${name} is repeated on ${where})`);
      ok = false;
      continue;
    }
    headers[key] = value;
  }
  return ok ? headers : void 0;
}
function maskValue(value, maskSecret2) {
  if (value === "") return;
  maskSecret2(value);
  const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1];
  if (credential && credential !== value) maskSecret2(credential);
}
function parseField(raw, problems) {
  const field2 = raw.trim();
  if (field2 === "") return "";
  const segments = field2.split(".");
  if (segments.some((s) => s.trim() === "" || s.trim() !== s || s.length > 128) || segments.length > 32) {
    problems.add("statusField", raw, "a dot path into the JSON body such as 'status', 'build.result' or 'items.0.state'");
    return void 0;
  }
  return field2;
}
function splitList(raw) {
  return raw.split(/[,\n]/).map((v) => v.trim().toLowerCase()).filter((v) => v !== "");
}
function parseValues(input, raw, defaults, problems) {
  if (raw.trim() === "") return [...defaults];
  const values = splitList(raw);
  if (values.length === 0 || values.length > 100 || values.some((v) => v.length > 100)) {
    problems.add(input, raw, "a comma-separated list of status values (at most 100, each at most 100 characters)");
    return [...defaults];
  }
  return [...new Set(values)];
}
function parseChoice(input, raw, choices, fallback, problems) {
  const value = raw.trim().toLowerCase();
  if (value === "") return fallback;
  const choice = choices.find((c) => c === value);
  if (!choice) problems.add(input, raw, choices.map((c) => `'${c}'`).join(" or "));
  return choice;
}

// src/gate/verdict.ts
var EXCERPT_LENGTH = 200;
var VALUE_LENGTH = 100;
function readField(data, path2) {
  let current = data;
  const segments = path2.split(".");
  for (const [index, segment] of segments.entries()) {
    const parent = segments.slice(0, index).join(".") || "the body";
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return { found: false, detail: `'${parent}' is an array and '${segment}' is not an index` };
      const position = Number(segment);
      if (position >= current.length) {
        return { found: false, detail: `'${parent}' has ${current.length} item(s), no index ${position}` };
      }
      current = current[position];
    } else if (current !== null && typeof current === "object") {
      if (!Object.prototype.hasOwnProperty.call(current, segment)) {
        return { found: false, detail: `${parent === "the body" ? "the body" : `'${parent}'`} has no '${segment}'` };
      }
      current = current[segment];
    } else {
      return { found: false, detail: `'${parent}' is ${describeJsonType(current)}, not an object` };
    }
  }
  return { found: true, value: current };
}
function describeJsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
function bodyExcerpt(answer, maxLength = EXCERPT_LENGTH) {
  if (/^\s*<(!doctype\s+html|html|head|body)\b/i.test(answer.text)) {
    const title = cleanRemoteText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(answer.text)?.[1]?.replace(/\s+/g, " ").trim() ?? "", Math.min(maxLength, 100));
    return title === "" ? "an HTML page" : `an HTML page titled '${title}'`;
  }
  const text = cleanRemoteText(answer.text, maxLength);
  if (text === "") return answer.truncated ? "(cut off)" : "(empty body)";
  return `'${text}'${answer.truncated ? " (cut off)" : ""}`;
}
function isRedirect(status) {
  return status >= 300 && status < 400;
}
function isTransientStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status <= 599;
}
function classifyAnswer(answer, rules, nowMs) {
  const { status } = answer;
  if (status >= 200 && status < 300) return classifyBody(answer, rules);
  if (isTransientStatus(status)) {
    const retryAfter = status === 429 || status === 503 ? parseRetryAfter(answer.headers["retry-after"], nowMs) : void 0;
    const detail = `HTTP ${status}${retryAfter !== void 0 ? ` (Retry-After ${formatDuration(retryAfter)})` : ""}: ${bodyExcerpt(answer, 80)}`;
    return retryAfter === void 0 ? { kind: "transient", detail } : { kind: "transient", detail, retryAfterMs: retryAfter };
  }
  if (isRedirect(status)) {
    return { kind: "error", detail: `HTTP ${status} redirect${answer.headers.location ? "" : " without a Location"}` };
  }
  return { kind: "error", detail: `HTTP ${status}: ${bodyExcerpt(answer)}` };
}
function classifyBody(answer, rules) {
  if (rules.statusField === "") {
    return { kind: "success", value: `HTTP ${answer.status}`, detail: `HTTP ${answer.status}` };
  }
  let data;
  try {
    if (answer.truncated) throw new Error("cut off");
    data = JSON.parse(answer.text);
  } catch {
    const why = answer.truncated ? "a JSON body, which was cut off at the size limit" : "a JSON body";
    return {
      kind: "transient",
      problem: "not-json",
      detail: `expected ${why} with field '${rules.statusField}', got ${bodyExcerpt(answer, 120)}`
    };
  }
  const lookup = readField(data, rules.statusField);
  if (!lookup.found) {
    return {
      kind: "transient",
      problem: "missing-field",
      detail: `expected field '${rules.statusField}' in the JSON body, but ${lookup.detail}; got ${bodyExcerpt(answer, 120)}`
    };
  }
  const raw = lookup.value;
  if (raw !== null && typeof raw === "object") {
    const value2 = cleanRemoteText(JSON.stringify(raw), VALUE_LENGTH);
    return {
      kind: "transient",
      problem: "not-scalar",
      value: value2,
      detail: `expected field '${rules.statusField}' to be a string, number or boolean, got ${describeJsonType(raw)}: '${value2}'`
    };
  }
  const text = raw === null ? "null" : String(raw);
  const value = cleanRemoteText(text, VALUE_LENGTH);
  const normalized = text.trim().toLowerCase();
  const described = `status field '${rules.statusField}' was '${value}'`;
  if (raw !== null && rules.successValues.includes(normalized)) return { kind: "success", value, detail: described };
  if (raw !== null && rules.failureValues.includes(normalized)) return { kind: "failure", value, detail: described };
  return { kind: "pending", value, detail: described };
}
function parseRetryAfter(header, nowMs) {
  if (header === void 0) return void 0;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  if (!/[a-z]/i.test(text)) return void 0;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, at - nowMs);
}
function resolveRedirect(current, original, location) {
  if (location === void 0 || location.trim() === "") return { ok: false, detail: "a redirect without a Location" };
  let target;
  try {
    target = new URL(location.trim(), current);
  } catch {
    return { ok: false, detail: `a redirect to an invalid URL '${cleanRemoteText(location, 80)}'` };
  }
  const loopbackHttp = target.protocol === "http:" && isLoopbackHost(target.hostname);
  const originalLoopbackHttp = original.protocol === "http:" && isLoopbackHost(original.hostname);
  if (target.protocol !== "https:" && !(loopbackHttp && originalLoopbackHttp)) {
    return { ok: false, detail: `a redirect to ${describeUrl(target)}, which is not https` };
  }
  if (target.username !== "" || target.password !== "") {
    return { ok: false, detail: `a redirect to a URL with credentials (${describeUrl(target)})` };
  }
  target.hash = "";
  return { ok: true, url: target, sameOrigin: target.origin === original.origin };
}
function describeUrl(url) {
  return cleanRemoteText(`${url.protocol}//${url.host}${url.pathname}${url.search ? "?\u2026" : ""}`, 200);
}
var BACKOFF_FACTOR = 1.5;
var JITTER = 0.2;
function nextWait(plan) {
  const { pollIntervalMs: low, maxPollIntervalMs: high } = plan;
  const base = Math.min(high, low * BACKOFF_FACTOR ** Math.max(0, plan.attempt - 1));
  const from = Math.max(low, base * (1 - JITTER));
  const to = Math.min(high, base * (1 + JITTER));
  const r = Math.min(Math.max(plan.random(), 0), 1);
  let wait = from + (to - from) * r;
  if (plan.retryAfterMs !== void 0) wait = Math.min(Math.max(wait, plan.retryAfterMs), high);
  return Math.max(0, Math.round(Math.min(wait, plan.remainingMs)));
}

// src/gate/fix.ts
function gateFix(verdict, last, bodyProblem) {
  if (verdict === "error") {
    const status = last?.status;
    if (status === 401 || status === 403) return "Check {statusHeaders}: the status URL refused the request; give the credentials it needs (such as Authorization: Bearer <token>).";
    if (status === 404 || status === 410) return "Check {statusUrl}: the server has no such page. It must be the job's status address, as your CI's API gives it.";
    if (status === "certificate") return "Trust the status URL's CA with {caCert} or NODE_EXTRA_CA_CERTS.";
    if (typeof status === "number" && status >= 300 && status < 400) return "Check {statusUrl}: give the final address (redirects are followed at most 3 times, only to https).";
    return "Check {statusUrl} and {statusHeaders}: the status URL refused the request.";
  }
  if (verdict === "timeout") {
    if (bodyProblem === "not-json") return "Check {statusUrl}: it answered with something that is not JSON (a login or error page?); it must be the job's JSON status address.";
    if (bodyProblem) return "Check {statusField}: the dot path of the status in the JSON answer (such as status or build.result).";
    if (last?.requestTimeout) return "Raise {requestTimeout} (each poll) or {timeout} (the whole gate): the status URL did not answer in time.";
    return "Raise {timeout}, or check that the job ends with a status among {successValues} or {failureValues}.";
  }
  return void 0;
}

// src/gate/status-gate.ts
var MAX_REDIRECTS = 3;
var TIMELINE_HEAD = 5;
var TIMELINE_TAIL = 5;
var LAST_POLL_MS = 5e3;
var MIN_LAST_POLL_MS = 1e3;
var MIN_SECRET_LENGTH2 = 4;
async function runGate(settings, deps) {
  const { clock, logger, signal } = deps;
  const random = deps.random ?? Math.random;
  const start = clock.now();
  const deadline = start + settings.timeoutMs;
  const lastPollAt = deadline - Math.min(LAST_POLL_MS, Math.max(settings.pollIntervalMs, MIN_LAST_POLL_MS), settings.timeoutMs);
  const shownUrl = describeUrl(settings.statusUrl);
  const redact = secretRedactor(settings.statusHeaders);
  const timeline = new Timeline();
  let attempts = 0;
  let lastValue;
  let last;
  let cutByRequestTimeout = false;
  let warned = false;
  let bodyProblem;
  let hinted = false;
  const finish = (verdict, reason) => {
    const fix = gateFix(verdict, last ? { status: last.status, requestTimeout: cutByRequestTimeout } : void 0, bodyProblem);
    return {
      verdict,
      ...lastValue !== void 0 ? { value: lastValue } : {},
      attempts,
      elapsedMs: clock.now() - start,
      timeline: timeline.entries(),
      timelineOmitted: timeline.omitted,
      reason,
      statusUrl: shownUrl,
      ...fix ? { fix } : {}
    };
  };
  const spent = () => `${attempts} attempt${attempts === 1 ? "" : "s"} (${formatDuration(clock.now() - start)})`;
  const title = `Status gate: polling ${shownUrl} for up to ${formatDuration(settings.timeoutMs)}`;
  const outcome = await logger.group(title, async () => {
    try {
      for (; ; ) {
        if (signal?.aborted) throw new CancelledError();
        attempts++;
        const poll = await pollOnce(settings, deps, redact, deadline);
        last = poll;
        cutByRequestTimeout ||= poll.requestTimeout === true;
        const { result } = poll;
        if (result.value !== void 0) lastValue = result.value;
        timeline.add({
          at: clock.now() - start,
          status: poll.status,
          ...result.value !== void 0 ? { value: result.value } : {}
        });
        const line = `attempt ${attempts}: ${describePoll(poll)}`;
        if (result.kind === "success" || result.kind === "failure") {
          logger.info(`${line}; done`);
          const what = settings.statusField === "" ? `the status URL answered ${result.detail}` : result.detail;
          return finish(result.kind, `${what} after ${spent()}`);
        }
        if (result.kind === "error") {
          logger.info(`attempt ${attempts}: ${typeof poll.status === "number" ? `HTTP ${poll.status}` : `no answer (${poll.status})`}; giving up`);
          return finish("error", `the status URL ${shownUrl} answered ${describePoll(poll)}`);
        }
        if (result.kind === "transient" && result.problem) bodyProblem = result.problem;
        if (result.kind === "transient" && result.problem && !warned) {
          warned = true;
          logger.warning(
            `The status URL's answer could not be read: ${result.detail}. Polling on until the ${formatDuration(settings.timeoutMs)} timeout.`,
            "Status gate"
          );
        }
        if (result.kind === "pending" && !hinted && ENDED_WITHOUT_OUTCOME.includes(result.value.trim().toLowerCase())) {
          hinted = true;
          logger.warning(
            `The status field '${settings.statusField}' is '${result.value}', which says the job ended but not how. Point statusField at the field that says how (GitHub: conclusion), or list the value in successValues or failureValues. Polling on until the ${formatDuration(settings.timeoutMs)} timeout.`,
            "Status gate"
          );
        }
        const remaining = lastPollAt - clock.now();
        if (remaining <= 0) {
          logger.info(`${line}; no time left`);
          const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
          return finish("timeout", `no final status within ${formatDuration(settings.timeoutMs)} (${tries}); last answer: ${describePoll(poll)}`);
        }
        const wait = nextWait({
          attempt: attempts,
          pollIntervalMs: settings.pollIntervalMs,
          maxPollIntervalMs: settings.maxPollIntervalMs,
          remainingMs: remaining,
          random,
          ...result.kind === "transient" && result.retryAfterMs !== void 0 ? { retryAfterMs: result.retryAfterMs } : {}
        });
        logger.info(`${line}; next poll in ${formatDuration(wait)}`);
        await clock.sleep(wait, signal);
      }
    } catch (error2) {
      if (signal?.aborted || error2 instanceof CancelledError) {
        logger.info(`cancelled during attempt ${attempts}`);
        return finish("cancelled", `cancelled after ${spent()}${last ? `; last answer: ${describePoll(last)}` : ""}`);
      }
      throw error2;
    }
  });
  if (outcome.verdict === "success" || outcome.verdict === "failure") logger.info(`Status gate: ${outcome.verdict}: ${outcome.reason}`);
  return outcome;
}
async function pollOnce(settings, deps, redact, until) {
  let url = settings.statusUrl;
  let headers = settings.statusHeaders;
  for (let hop = 0; ; hop++) {
    let answer;
    try {
      answer = await deps.http.send({ method: "GET", url, headers, signal: deps.signal, totalMs: Math.max(1, until - deps.clock.now()) });
    } catch (error2) {
      if (deps.signal?.aborted) throw new CancelledError();
      if (!(error2 instanceof TransportError)) throw error2;
      const failure = error2.failure === "aborted" ? "other" : error2.failure;
      const detail = cleanRemoteText(redact(error2.message), 200);
      if (error2.failure === "certificate") return { status: failure, result: { kind: "error", detail: `${detail}; trust its CA with caCert or NODE_EXTRA_CA_CERTS` } };
      return { status: failure, result: { kind: "transient", detail }, requestTimeout: error2.code === TOTAL_TIMEOUT };
    }
    answer = {
      ...answer,
      text: redact(answer.text),
      headers: { ...answer.headers, ...answer.headers.location ? { location: redact(answer.headers.location) } : {} }
    };
    const isRedirect2 = answer.status >= 300 && answer.status < 400 && answer.headers.location !== void 0;
    if (!isRedirect2) return { status: answer.status, result: classifyAnswer(answer, settings, deps.clock.now()) };
    if (hop >= MAX_REDIRECTS) {
      const detail = `HTTP ${answer.status}: more than ${MAX_REDIRECTS} redirects (the last from ${describeUrl(url)})`;
      return { status: answer.status, result: { kind: "error", detail } };
    }
    const target = resolveRedirect(url, settings.statusUrl, answer.headers.location);
    if (!target.ok) return { status: answer.status, result: { kind: "error", detail: `HTTP ${answer.status} with ${target.detail}` } };
    if (!target.sameOrigin) headers = {};
    url = target.url;
  }
}
function describePoll(poll) {
  const { detail } = poll.result;
  if (typeof poll.status !== "number") return `no answer (${poll.status}): ${detail}`;
  return detail.startsWith("HTTP ") ? detail : `HTTP ${poll.status}, ${detail}`;
}
function secretRedactor(headers) {
  const secrets2 = /* @__PURE__ */ new Set();
  for (const value of Object.values(headers)) {
    secrets2.add(value);
    const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1];
    if (credential) secrets2.add(credential);
  }
  const list = [...secrets2].filter((s) => s.length >= MIN_SECRET_LENGTH2).sort((a, b) => b.length - a.length);
  return (text) => list.reduce((clean3, secret) => clean3.split(secret).join("***"), text);
}
var Timeline = class {
  head = [];
  tail = [];
  omitted = 0;
  add(entry) {
    if (this.head.length < TIMELINE_HEAD) {
      this.head.push(entry);
      return;
    }
    this.tail.push(entry);
    if (this.tail.length > TIMELINE_TAIL) {
      this.tail.shift();
      this.omitted++;
    }
  }
  entries() {
    return [...this.head, ...this.tail];
  }
};

// src/harness/api-url.ts
function harnessUrl(baseUrl, ...segments) {
  const url = new URL(baseUrl.href);
  url.search = "";
  url.hash = "";
  const encoded = segments.map((segment) => {
    if (segment === "" || segment === "." || segment === "..") throw new Error(`A Harness request path cannot hold the segment '${segment}'`);
    return encodeURIComponent(segment);
  });
  url.pathname = `${baseUrl.pathname.replace(/\/+$/, "")}/${encoded.join("/")}`;
  return url;
}
function keyStaysAtOrigin(http, baseUrl) {
  return {
    send: async (req) => {
      const carriesKey = Object.keys(req.headers ?? {}).some((name) => name.toLowerCase() === "x-api-key");
      if (carriesKey && req.url.origin !== baseUrl.origin) {
        throw new Error(`Refused to send the API key to ${req.url.origin}: Harness requests go to ${baseUrl.origin} only`);
      }
      return http.send(req);
    },
    close: () => http.close(),
    destroy: () => http.destroy()
  };
}

// src/harness/errors.ts
function harnessMessage(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { json: false };
  }
  if (body && typeof body === "object") {
    const record = body;
    const code = typeof record.code === "string" && record.code !== "" ? { code: record.code } : {};
    for (const key of ["message", "detailedMessage", "error"]) {
      if (typeof record[key] === "string" && record[key] !== "") return { message: record[key], ...code, json: true };
    }
    return { ...code, json: true };
  }
  return { json: true };
}
var BASE_URL_FIX = "Check {baseUrl}: Harness SaaS is https://app.harness.io/gateway (some accounts are on another cluster, such as https://app3.harness.io/gateway or https://accounts.eu.harness.io/gateway); a self-managed install is your own domain, usually without /gateway.";
function isUnknownPathAnswer(status, message, code) {
  return code === "RESOURCE_NOT_FOUND_EXCEPTION" || status === 400 && /^HTTP 40[45] /.test(message ?? "");
}
function wrongBaseUrlCause(status, harnessMessage2) {
  return {
    id: "wrong-base-url",
    title: "Harness API not found at this base URL",
    explanation: "Harness answered that it has no such path: the base URL does not lead to the Harness API.",
    fix: BASE_URL_FIX,
    status,
    harnessMessage: harnessMessage2
  };
}
var HarnessApiError = class extends Error {
  constructor(harnessCause) {
    const cause2 = harnessCause;
    super(`${cause2.title}: ${cause2.explanation}${cause2.harnessMessage ? ` Harness said: "${cause2.harnessMessage}"` : ""}`);
    this.harnessCause = harnessCause;
    this.name = "HarnessApiError";
  }
  harnessCause;
};
var UnexpectedBodyError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UnexpectedBodyError";
  }
};
function unreachableCause(error2, service) {
  const slow = error2.code === TOTAL_TIMEOUT;
  const fix = slow ? `Raise {requestTimeout} if ${service} answers this slowly; else check proxies (HTTPS_PROXY, NO_PROXY) and the network in between.` : error2.failure === "certificate" ? "Trust the server's CA (NODE_EXTRA_CA_CERTS, or {caCert} with the PEM); check {baseUrl} and any proxy that intercepts TLS (HTTPS_PROXY, NO_PROXY)." : "Check {baseUrl} (a mistyped host name?), proxies (HTTPS_PROXY, NO_PROXY) and whether the runner's network reaches that host.";
  return { id: "unreachable", title: slow ? `${service} answered too slowly` : `Could not reach ${service}`, explanation: `${error2.message}.`, fix, status: 0, harnessMessage: "" };
}

// src/approvals/causes.ts
function keyKindOf(apiKey) {
  if (apiKey.startsWith("sat.")) return "service-account";
  if (apiKey.startsWith("pat.")) return "user";
  return void 0;
}
var has = (...needles) => (message) => needles.some((n) => message.toLowerCase().includes(n.toLowerCase()));
var RULES = [
  {
    id: "missing-account",
    match: has("harnessAccount param value is required"),
    title: "Harness account missing",
    explanation: "Harness did not receive the account id header.",
    fix: "Set {accountId} (or use a pat./sat. key, from which it is read)."
  },
  {
    id: "wrong-scope",
    match: has("doesn't belong to Account", "does not belong to Account"),
    title: "Execution not found in this account, org and project",
    explanation: "The execution id does not belong to the given account, organization and project, or its pipeline was deleted.",
    fix: "Check {executionId} (<+pipeline.executionId>), {accountId}, {orgId} and {projectId} against the pipeline run in Harness."
  },
  {
    id: "execution-check-failed",
    match: has("An unexpected error occurred while validating execution_id"),
    title: "Harness could not check the execution id",
    explanation: "Harness failed while looking up the execution id: it is not an id Harness knows in this form, or Harness had a passing fault.",
    fix: "Check {executionId} (<+pipeline.executionId>, the execution's id, not the pipeline's identifier); if it is right, try again later."
  },
  {
    id: "several-waiting",
    match: has("Found more than 1 Harness Approval Instance waiting"),
    title: "More than one approval step is waiting",
    explanation: "Several Harness Approval steps of this execution are waiting, so Harness cannot tell which one to decide.",
    fix: "Set {callbackId} to the callback id configured on the approval step you mean."
  },
  {
    id: "nothing-waiting",
    match: has("Found no Harness Approval Instance waiting"),
    title: "No approval step is waiting",
    explanation: "No Harness Approval step of this execution is waiting (for this callback id): the step has not started yet, was already decided, or the callback id is wrong.",
    fix: "Check that the pipeline is paused at the Harness Approval step and that {callbackId} matches the step; set {waitForApproval} if the step starts after this job."
  },
  {
    id: "already-finished",
    match: has("has already expired", "has already completed", "already been approved", "already been rejected"),
    title: "Approval step already finished",
    explanation: "The approval step completed or expired before this decision arrived.",
    fix: "Look at the pipeline execution in Harness: someone else decided, or the approval timed out. Start a new run if needed."
  },
  {
    id: "invalid-inputs",
    match: has("Invalid approver inputs", "Approval inputs validation failed", "approver inputs"),
    title: "Approver inputs rejected",
    explanation: "Harness refused the approver inputs: it demands exactly the inputs configured on the step, each valid.",
    fix: "Give {approverInputs} with the step's input names and allowed values; omitted ones take the step's defaults."
  },
  {
    id: "service-account-unsupported",
    match: has("SERVICE_ACCOUNT is not supported for Harness Approval Step"),
    title: "Service account keys cannot approve on this Harness",
    explanation: "This Harness version does not let a service account (a sat. key) decide a Harness Approval step.",
    fix: "Use a user's key (pat.) whose user is in one of the step's approver user groups, or a newer Harness, where the step's approvers.serviceAccounts may list the service account."
  },
  {
    id: "key-owner-missing",
    match: (message) => has("Invalid user:")(message) || /service account \[[^\]]*\] does not exist/i.test(message),
    title: "The key's user or service account does not exist",
    explanation: "Harness knows the key, but not the user or service account it belongs to any more (deleted or removed from the account).",
    fix: "Create a new token for a user or service account that exists and may approve this step, and update the secret given as {apiKey}."
  },
  {
    id: "service-account-not-approver",
    match: (message, _status, _code, context) => has("service account configured in the request is not authorized")(message) || context.keyKind === "service-account" && has("not authorized to approve")(message),
    title: "Service account not an approver of this step",
    explanation: "The key is a service account's (sat.), and the approval step does not list that service account among its approvers.",
    fix: "List the service account in the step's approvers.serviceAccounts (Harness does not consult user groups for a service account), or use the key of a user in one of the step's approver user groups."
  },
  {
    id: "disallowed-user",
    match: has("disallowed user list"),
    title: "Key's user is disallowed on this step",
    explanation: "The approval step's disallowed users include the key's user (emails are compared ignoring case).",
    fix: "Use the key of another approver, or remove the user from the step's disallowed users (approvers.disallowedUserEmails)."
  },
  // Newer servers name the reason; it stays the same cause id for scripts, with words that fit it.
  {
    id: "not-authorized",
    match: has("already approved/rejected"),
    title: "Key's user already acted on this step",
    explanation: "Harness lets each user approve or reject a step once, and this key's user already did.",
    fix: "A step that needs more approvals (approvers.minimumCount) needs the key of another approver for each of them."
  },
  {
    id: "not-authorized",
    match: has("Pipeline executor is not allowed"),
    title: "Key's user ran the pipeline",
    explanation: "The approval step forbids the user who ran the pipeline to decide it (approvers.disallowPipelineExecutor), and that is the key's user.",
    fix: "Use the key of another approver (a service account key suits automation), or allow the executor on the step."
  },
  {
    id: "not-authorized",
    match: has("not authorized to approve"),
    title: "Key not allowed to approve this step",
    explanation: "The API key's user or service account is not allowed to decide this approval step.",
    fix: "Add the key's user to one of the step's approver user groups; for a service account key (sat.), list the service account in the step's approvers.serviceAccounts (user groups are not consulted for it). A key can act only once, and not for the pipeline's own executor when the step forbids it."
  },
  {
    id: "bad-action",
    match: has("action in request body should be one of"),
    title: "Harness refused the action",
    explanation: "The decision was not APPROVE or REJECT as Harness expects.",
    fix: "Set {action} to APPROVE or REJECT."
  },
  {
    id: "token-expired",
    match: (message, status, code) => status === 401 && (code === "EXPIRED_TOKEN" || has("Token expired")(message)),
    title: "Harness API key expired",
    explanation: "Harness refused the API key because it has expired.",
    fix: "Create a new token in Harness (Profile or service account > API keys; choose a longer expiry) and update the secret given as {apiKey}."
  },
  {
    id: "bad-key",
    match: (_m, status) => status === 401,
    title: "Harness API key refused",
    explanation: "Harness did not accept the API key: it is wrong, expired or revoked.",
    fix: "Create a new token in Harness (a service account token is best for automation) and update the secret given as {apiKey}."
  },
  {
    id: "forbidden",
    match: (_m, status) => status === 403,
    title: "Harness permission missing",
    explanation: "The key's user or service account lacks a permission on this pipeline.",
    fix: "Grant View (core_pipeline_view) on the pipeline to the key's user or service account, and make it one of the step's approvers."
  },
  {
    id: "not-found",
    match: (_m, status) => status === 404,
    title: "Harness endpoint not found",
    explanation: "Harness answered 404: the base URL does not lead to the Harness API.",
    fix: BASE_URL_FIX
  },
  {
    id: "rate-limited",
    match: (_m, status) => status === 429,
    title: "Harness rate limit reached",
    explanation: "Harness refused the request for too many calls with this key or from this address.",
    fix: "Lower {maxRequestsPerMinute} or {concurrency}, or spread runs out; Harness documents about 1000 requests per key per minute."
  },
  {
    id: "server-error",
    match: (_m, status) => status >= 500,
    title: "Harness server error",
    explanation: "Harness (or a proxy in front of it) failed to answer properly.",
    fix: "Check Harness status and try again; the decision state is read back before any retry."
  }
];
function classifyHarnessFailure(status, text, context = {}) {
  const { message, code, json } = harnessMessage(text);
  const quoted = cleanRemoteText(message ?? (json ? "" : text), 400);
  if (status >= 300 && status < 400) {
    return {
      id: "redirect",
      title: "Harness answered with a redirect",
      explanation: `Harness answered ${status}, a redirect; it is not followed, because the API key would go with it.`,
      fix: "Set {baseUrl} to the final Harness API address (for self-managed installs, your own domain).",
      status,
      harnessMessage: ""
    };
  }
  if (isUnknownPathAnswer(status, message, code)) return wrongBaseUrlCause(status, quoted);
  for (const rule of RULES) {
    if (rule.match(message ?? "", status, code, context)) {
      return { id: rule.id, title: rule.title, explanation: rule.explanation, fix: rule.fix, status, harnessMessage: quoted };
    }
  }
  if (!json) {
    return {
      id: "not-json",
      title: "Unexpected answer from Harness",
      explanation: `Harness answered ${status} with a body that is not JSON (a proxy or gateway page?).`,
      fix: "Check {baseUrl} and any proxy between this runner and Harness (HTTPS_PROXY, NO_PROXY).",
      status,
      harnessMessage: quoted
    };
  }
  return {
    id: "unknown",
    title: "Harness refused the decision",
    explanation: `Harness answered ${status}.`,
    fix: "Read Harness's message below and check the pipeline execution in Harness.",
    status,
    harnessMessage: quoted
  };
}
function classifyExecutionReadFailure(status, text, context) {
  const cause2 = classifyHarnessFailure(status, text);
  const { code } = harnessMessage(text);
  const where = `org ${context.orgId}, project ${context.projectId}`;
  if (status === 404 && code === "ENTITY_NOT_FOUND") {
    return {
      ...cause2,
      id: "execution-not-found",
      title: "Execution not found",
      explanation: `Harness has no pipeline execution ${context.executionId} (looked up in ${where}): the id is wrong, or the execution was deleted.`,
      fix: "Check {executionId} (<+pipeline.executionId> in the pipeline), {accountId}, and {orgId}/{projectId} (older Harness servers look the execution up there)."
    };
  }
  if (status === 403) {
    return {
      ...cause2,
      id: "forbidden",
      title: "Execution not viewable with this key",
      explanation: `The key may not view pipeline execution ${context.executionId} in ${where}, so its org and project cannot be checked before deciding (or the execution belongs to another project).`,
      fix: "Check {orgId} and {projectId}; grant View (core_pipeline_view) on the pipeline to the key's user or service account."
    };
  }
  return cause2;
}

// src/approvals/client.ts
var ApprovalsClient = class {
  constructor(http, target) {
    this.target = target;
    this.http = keyStaysAtOrigin(http, target.baseUrl);
  }
  target;
  http;
  /** GET \u2026/approvals/execution/{id}: a bare JSON array of instances. */
  async list(executionId, filter, signal) {
    const url = this.url(executionId);
    if (filter.status) url.searchParams.set("approval_status", filter.status);
    if (filter.type) url.searchParams.set("approval_type", filter.type);
    if (filter.callbackId) url.searchParams.set("callback_id", filter.callbackId);
    const response = await this.http.send({ method: "GET", url, headers: this.headers(), signal });
    const body = parseSuccess(response, this.target.apiKey);
    if (!Array.isArray(body) || !body.every(isInstance)) {
      throw new UnexpectedBodyError(`Harness answered ${response.status} to the approval read, but not with a list of approval instances`);
    }
    return body;
  }
  /** GET \u2026/pipeline/api/approvals/{instanceId}: one instance, in the NG envelope. */
  async read(instanceId, signal) {
    const response = await this.http.send({ method: "GET", url: this.instanceUrl(instanceId), headers: this.headers(), signal });
    const instance = fromInstanceDto(envelopeData(parseSuccess(response, this.target.apiKey)));
    if (!instance) throw new UnexpectedBodyError(`Harness answered ${response.status} to the approval instance read, but not with an approval instance`);
    return instance;
  }
  /**
   * POST \u2026/pipeline/api/approvals/{instanceId}/harness/activity: the decision on exactly that instance
   * (Harness checks approver membership there, not core_pipeline_execute). Not idempotent: callers must
   * never blindly repeat it.
   */
  async decide(instanceId, body, signal) {
    const url = this.instanceUrl(instanceId, "/harness/activity");
    const response = await this.http.send({ method: "POST", url, headers: this.headers(), json: body, signal });
    const instance = fromInstanceDto(envelopeData(parseSuccess(response, this.target.apiKey)));
    if (!instance) throw new UnexpectedBodyError(`Harness answered ${response.status} to the decision, but not with an approval instance`);
    return instance;
  }
  instanceUrl(instanceId, suffix = "") {
    const { baseUrl, accountId } = this.target;
    const base = baseUrl.pathname.replace(/\/+$/, "");
    const url = new URL(`${base}/pipeline/api/approvals/${encodeURIComponent(instanceId)}${suffix}`, baseUrl.origin);
    url.searchParams.set("accountIdentifier", accountId);
    return url;
  }
  url(executionId) {
    const { baseUrl, orgId, projectId } = this.target;
    return harnessUrl(baseUrl, "pipeline", "api", "v1", "orgs", orgId, "projects", projectId, "approvals", "execution", executionId);
  }
  headers() {
    return { "x-api-key": this.target.apiKey, "Harness-Account": this.target.accountId };
  }
};
function parseSuccess(response, apiKey) {
  if (response.status !== 200) throw new HarnessApiError(classifyHarnessFailure(response.status, response.text, { keyKind: keyKindOf(apiKey) }));
  if (response.truncated) throw new UnexpectedBodyError("Harness answered with a body larger than this client accepts");
  try {
    return JSON.parse(response.text);
  } catch {
    throw new UnexpectedBodyError(`Harness answered ${response.status} with a body that is not JSON`);
  }
}
function envelopeData(body) {
  return body && typeof body === "object" && !Array.isArray(body) ? body.data : void 0;
}
function fromInstanceDto(value) {
  if (!isInstance(value)) return void 0;
  const v = value;
  const created = typeof v.created === "number" ? v.created : typeof v.createdAt === "number" ? v.createdAt : void 0;
  const updated = typeof v.updated === "number" ? v.updated : typeof v.lastModifiedAt === "number" ? v.lastModifiedAt : void 0;
  return { ...v, ...created !== void 0 ? { created } : {}, ...updated !== void 0 ? { updated } : {} };
}
function isInstance(value) {
  if (!value || typeof value !== "object") return false;
  const v = value;
  return typeof v.id === "string" && typeof v.status === "string";
}

// src/http/rate-limit.ts
var WINDOW_MS = 6e4;
var RateLimiter = class {
  constructor(perMinute, clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }
  perMinute;
  clock;
  starts = [];
  queue = Promise.resolve();
  /** Resolves when one more request may start; callers are served in order. */
  take(signal) {
    const turn = this.queue.then(() => this.waitForSlot(signal));
    this.queue = turn.catch(() => void 0);
    return turn;
  }
  async waitForSlot(signal) {
    for (; ; ) {
      const now = this.clock.now();
      while (this.starts.length > 0 && this.starts[0] <= now - WINDOW_MS) this.starts.shift();
      if (this.starts.length < this.perMinute) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(this.starts[0] + WINDOW_MS - now, signal);
    }
  }
};
function withRateLimit(http, limiter) {
  return {
    send: async (req) => {
      await limiter.take(req.signal);
      return http.send(req);
    },
    close: () => http.close(),
    destroy: () => http.destroy()
  };
}

// src/http/connect-retry.ts
var DEFAULT_CONNECT_RETRY = { waitsMs: [500, 1e3, 2e3, 4e3], budgetMs: 1e4 };
var NAME_UNKNOWN = "ENOTFOUND";
var NAME_LOOKUP_FAILED = "EAI_AGAIN";
function withConnectRetry(http, clock, logger, retry = DEFAULT_CONNECT_RETRY) {
  let announced = false;
  return {
    send: async (req) => {
      const started = clock.now();
      for (let tries = 1; ; tries++) {
        try {
          const response = await http.send(req);
          announced = false;
          return response;
        } catch (error2) {
          if (!(error2 instanceof TransportError) || error2.failure !== "connect" || req.signal?.aborted) throw error2;
          const wait = retry.waitsMs[tries - 1];
          const giveUp = error2.code === NAME_UNKNOWN || error2.code === NAME_LOOKUP_FAILED && tries >= 2 || wait === void 0 || clock.now() + wait - started > retry.budgetMs;
          if (giveUp) throw tries === 1 ? error2 : afterTries(error2, tries, clock.now() - started);
          if (tries === 1 && !announced) logger.info(`${error2.message}; trying again for up to ${Math.round(retry.budgetMs / 1e3)}s.`);
          announced = true;
          await clock.sleep(wait, req.signal);
        }
      }
    },
    close: () => http.close(),
    destroy: () => http.destroy()
  };
}
function afterTries(error2, tries, elapsedMs) {
  const seconds = Math.round(elapsedMs / 100) / 10;
  return new TransportError(error2.failure, error2.maybeDelivered, `${error2.message}; ${tries} tries in ${seconds}s`, {
    cause: error2,
    ...error2.code ? { code: error2.code } : {}
  });
}

// node_modules/is-network-error/index.js
var objectToString = Object.prototype.toString;
var isError = (value) => objectToString.call(value) === "[object Error]";
var errorMessages = /* @__PURE__ */ new Set([
  "network error",
  // Chrome
  "NetworkError when attempting to fetch resource.",
  // Firefox
  "The Internet connection appears to be offline.",
  // Safari 16
  "Network request failed",
  // `cross-fetch`
  "fetch failed",
  // Undici (Node.js)
  "terminated",
  // Undici (Node.js)
  " A network error occurred.",
  // Bun (WebKit)
  "Network connection lost"
  // Cloudflare Workers (fetch)
]);
function isNetworkError(error2) {
  const isValid = error2 && isError(error2) && error2.name === "TypeError" && typeof error2.message === "string";
  if (!isValid) {
    return false;
  }
  const { message, stack } = error2;
  if (message === "Load failed" || message.startsWith("Load failed (") && message.endsWith(")")) {
    return stack === void 0 || "__sentry_captured__" in error2;
  }
  if (message.startsWith("error sending request for url")) {
    return true;
  }
  if (message === "Failed to fetch" || message.startsWith("Failed to fetch (") && message.endsWith(")")) {
    return true;
  }
  return errorMessages.has(message);
}

// node_modules/p-retry/index.js
function validateRetries(retries) {
  if (typeof retries === "number") {
    if (retries < 0) {
      throw new TypeError("Expected `retries` to be a non-negative number.");
    }
    if (Number.isNaN(retries)) {
      throw new TypeError("Expected `retries` to be a valid number or Infinity, got NaN.");
    }
  } else if (retries !== void 0) {
    throw new TypeError("Expected `retries` to be a number or Infinity.");
  }
}
function validateNumberOption(name, value, { min = 0, allowInfinity = false } = {}) {
  if (value === void 0) {
    return;
  }
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? " or Infinity" : ""}.`);
  }
  if (!allowInfinity && !Number.isFinite(value)) {
    throw new TypeError(`Expected \`${name}\` to be a finite number.`);
  }
  if (value < min) {
    throw new TypeError(`Expected \`${name}\` to be \u2265 ${min}.`);
  }
}
var AbortError = class extends Error {
  constructor(message) {
    super();
    if (message instanceof Error) {
      this.originalError = message;
      ({ message } = message);
    } else {
      this.originalError = new Error(message);
      this.originalError.stack = this.stack;
    }
    this.name = "AbortError";
    this.message = message;
  }
};
function calculateDelay(retriesConsumed, options) {
  const attempt = Math.max(1, retriesConsumed + 1);
  const random = options.randomize ? Math.random() + 1 : 1;
  let timeout = Math.round(random * options.minTimeout * options.factor ** (attempt - 1));
  timeout = Math.min(timeout, options.maxTimeout);
  return timeout;
}
function calculateRemainingTime(start, max) {
  if (!Number.isFinite(max)) {
    return max;
  }
  return max - (__monotonicNow() - start);
}
async function onAttemptFailure({ error: error2, attemptNumber, retriesConsumed, startTime, options }) {
  const normalizedError = error2 instanceof Error ? error2 : new TypeError(`Non-error was thrown: "${error2}". You should only throw errors.`);
  if (normalizedError instanceof AbortError) {
    throw normalizedError.originalError;
  }
  const retriesLeft = Number.isFinite(options.retries) ? Math.max(0, options.retries - retriesConsumed) : options.retries;
  const maxRetryTime = options.maxRetryTime ?? Number.POSITIVE_INFINITY;
  const context = Object.freeze({
    error: normalizedError,
    attemptNumber,
    retriesLeft,
    retriesConsumed
  });
  await options.onFailedAttempt(context);
  if (calculateRemainingTime(startTime, maxRetryTime) <= 0) {
    throw normalizedError;
  }
  const consumeRetry = await options.shouldConsumeRetry(context);
  const remainingTime = calculateRemainingTime(startTime, maxRetryTime);
  if (remainingTime <= 0 || retriesLeft <= 0) {
    throw normalizedError;
  }
  if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
    if (consumeRetry) {
      throw normalizedError;
    }
    options.signal?.throwIfAborted();
    return false;
  }
  if (!await options.shouldRetry(context)) {
    throw normalizedError;
  }
  if (!consumeRetry) {
    options.signal?.throwIfAborted();
    return false;
  }
  const delayTime = calculateDelay(retriesConsumed, options);
  const finalDelay = Math.min(delayTime, remainingTime);
  options.signal?.throwIfAborted();
  if (finalDelay > 0) {
    await new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timeoutToken);
        options.signal?.removeEventListener("abort", onAbort);
        reject(options.signal.reason);
      };
      const timeoutToken = setTimeout(() => {
        options.signal?.removeEventListener("abort", onAbort);
        resolve();
      }, finalDelay);
      if (options.unref) {
        timeoutToken.unref?.();
      }
      options.signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  options.signal?.throwIfAborted();
  return true;
}
async function pRetry(input, options = {}) {
  options = { ...options };
  validateRetries(options.retries);
  if (Object.hasOwn(options, "forever")) {
    throw new Error("The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.");
  }
  options.retries ??= 10;
  options.factor ??= 2;
  options.minTimeout ??= 1e3;
  options.maxTimeout ??= Number.POSITIVE_INFINITY;
  options.maxRetryTime ??= Number.POSITIVE_INFINITY;
  options.randomize ??= false;
  options.onFailedAttempt ??= () => {
  };
  options.shouldRetry ??= () => true;
  options.shouldConsumeRetry ??= () => true;
  validateNumberOption("factor", options.factor, { min: 0, allowInfinity: false });
  validateNumberOption("minTimeout", options.minTimeout, { min: 0, allowInfinity: false });
  validateNumberOption("maxTimeout", options.maxTimeout, { min: 0, allowInfinity: true });
  validateNumberOption("maxRetryTime", options.maxRetryTime, { min: 0, allowInfinity: true });
  if (!(options.factor > 0)) {
    options.factor = 1;
  }
  options.signal?.throwIfAborted();
  let attemptNumber = 0;
  let retriesConsumed = 0;
  const startTime = __monotonicNow();
  while (Number.isFinite(options.retries) ? retriesConsumed <= options.retries : true) {
    attemptNumber++;
    try {
      options.signal?.throwIfAborted();
      const result = await input(attemptNumber);
      options.signal?.throwIfAborted();
      return result;
    } catch (error2) {
      if (await onAttemptFailure({
        error: error2,
        attemptNumber,
        retriesConsumed,
        startTime,
        options
      })) {
        retriesConsumed++;
      }
    }
  }
  throw new Error("Retry attempts exhausted without throwing an error.");
}

// src/http/retry-reads.ts
function backoffDelay(attempt, backoff, random) {
  const exponential = Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}
function isTransient(error2) {
  if (error2 instanceof TransportError) return error2.failure !== "aborted" && error2.failure !== "certificate" && error2.failure !== "connect";
  if (error2 instanceof HarnessApiError) {
    const status = error2.harnessCause.status;
    return status === 429 || status === 408 || status >= 500;
  }
  return error2 instanceof UnexpectedBodyError;
}
async function retryRead(what, read, deadline, backoff, ctx) {
  let previous;
  let repeats = 0;
  const flush = () => {
    if (repeats > 0) ctx.logger.info(`${what}: the same failure ${repeats} more time${repeats === 1 ? "" : "s"}.`);
    repeats = 0;
  };
  return pRetry(
    async () => {
      try {
        return await read();
      } catch (error2) {
        if (ctx.signal?.aborted || !isTransient(error2)) throw new AbortError(error2);
        throw error2;
      }
    },
    {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 0,
      // p-retry's own timer stays idle: the clock below does the waiting
      signal: ctx.signal,
      shouldRetry: async ({ error: error2, attemptNumber }) => {
        const wait = backoffDelay(attemptNumber, backoff, ctx.random);
        if (ctx.clock.now() + wait > deadline) return false;
        if (error2.message === previous) repeats++;
        else {
          flush();
          previous = error2.message;
          ctx.logger.info(`${what} failed (attempt ${attemptNumber}: ${error2.message}); trying again in ${Math.round(wait / 100) / 10}s.`);
        }
        await ctx.clock.sleep(wait, ctx.signal);
        return true;
      }
    }
  ).finally(flush).catch((error2) => {
    throw error2 instanceof AbortError && "originalError" in error2 ? error2.originalError : error2;
  });
}

// src/exemptions/causes.ts
function stoMessage(text) {
  const dto = harnessMessage(text);
  if (dto.json) return dto;
  const trimmed = text.trim();
  if (trimmed === "") return { json: false };
  if (/^<(!doctype|html|head|body|\?xml)/i.test(trimmed)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1];
    const plain = (title ?? trimmed.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, " ").replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
    return plain === "" ? { json: false } : { message: plain, json: false };
  }
  return { message: trimmed, json: false };
}
var mentions = (message, ...needles) => needles.some((n) => message.toLowerCase().includes(n.toLowerCase()));
function scopeText(context) {
  const parts = [context.accountId && `account ${context.accountId}`, context.orgId && `org ${context.orgId}`, context.projectId && `project ${context.projectId}`];
  return parts.filter(Boolean).join(", ") || "this account";
}
function classifyStoFailure(status, text, context = {}) {
  const { message, code, json } = stoMessage(text);
  const harnessMessage2 = cleanRemoteText(message ?? "", 400);
  const what = context.operation ?? "handle the request";
  const exemption = context.exemptionId ? `exemption ${context.exemptionId}` : "the exemption";
  const cause2 = (id, title, explanation, fix) => ({ id, title, explanation, fix, status, harnessMessage: harnessMessage2 });
  const m = message ?? "";
  if (status >= 300 && status < 400) {
    return { ...cause2("redirect", "STO answered with a redirect", `STO answered ${status}, a redirect; it is not followed, because the API key would go with it.`, "Set {baseUrl} to the final Harness API address (for self-managed installs, your own domain)."), harnessMessage: "" };
  }
  if (!json && status !== 429 && status < 500) {
    if (status === 404) {
      return cause2("not-found", "STO endpoint not found", `The server answered 404 with a page that is not STO's when asked to ${what}: the base URL does not lead to the Harness API, or STO is not enabled there.`, "Check {baseUrl} (SaaS: https://app.harness.io/gateway; self-managed: your domain) and that the STO module is enabled for the account.");
    }
    return cause2("not-json", "Unexpected answer from STO", `STO answered ${status} with a body that is not JSON (a proxy or gateway page?).`, "Check {baseUrl} and any proxy between this runner and Harness (HTTPS_PROXY, NO_PROXY).");
  }
  if (json && (isUnknownPathAnswer(status, message, code) || [404, 405].includes(status) && /^HTTP 40[45] /.test(m))) {
    return cause2("wrong-base-url", "STO API not found at this base URL", `The server has no such path when asked to ${what}: the base URL does not lead to the Harness API.`, BASE_URL_FIX);
  }
  switch (true) {
    case (status === 400 && mentions(m, "accountId parameter is required", "harnessAccount param value is required")):
      return cause2("missing-account", "Harness account missing", "STO did not receive the account id.", "Set {accountId} (or use a pat./sat. key, from which it is read).");
    case (status === 400 && SERVICE_ACCOUNT_HAS_NO_USER.test(m)):
      return serviceAccountKeyCause(context.userIdInput ?? "approverId", status, harnessMessage2);
    case (status === 400 && mentions(m, "expired")):
      return cause2("already-finished", "Exemption expired", `${capital(exemption)} has expired, so it can no longer be approved or rejected.`, "Ask the requester to create a new exemption (or extend it in Harness) if it is still needed.");
    case (status === 400 && mentions(m, "canceled", "cancelled")):
      return cause2("already-finished", "Exemption canceled", `${capital(exemption)} was canceled, so it can no longer be approved or rejected.`, "Ask the requester to create a new exemption if it is still needed.");
    case (status === 400 && mentions(m, "already")):
      return cause2("already-finished", "Exemption already decided", `STO says ${exemption} is already in that state.`, "Look at the exemption in Harness (Security Tests > Exemptions).");
    case status === 400:
      return cause2("invalid-inputs", "STO refused a value", `STO refused to ${what}: a value in the request is invalid (its message names it).`, "Correct the value STO names below; ids are 22 characters (letters, digits, - and _), org/project/pipeline are Harness identifiers.");
    case status === 401:
      return cause2("bad-key", "Harness API key refused", "STO did not accept the API key: it is wrong, expired or revoked, or belongs to another account.", "Create a new token in Harness for this account and update the secret given as {apiKey}; check {accountId}.");
    case status === 403:
      return cause2("forbidden", "STO permission missing", `The key's user or service account may not ${what} in ${scopeText(context)}.`, "Grant a role with the STO exemption permissions at the exemption's scope: View (sto_exemption_view) to read, Create/Edit (sto_exemption_create) to create or update, Approve (sto_exemption_approve) to approve or reject.");
    case status === 404:
      return cause2("not-found", "Exemption not found in this scope", `STO has no ${exemption === "the exemption" ? "such exemption" : exemption} in ${scopeText(context)}: the id is wrong, it was deleted, or it belongs to another org or project.`, "Check the exemption id (Security Tests > Exemptions in Harness) and {accountId}, {orgId} and {projectId}.");
    case status === 429:
      return cause2("rate-limited", "Harness rate limit reached", "STO refused the request for too many calls with this key or from this address.", "Wait a minute and try again, or spread runs out; Harness documents about 1000 requests per key per minute.");
    case status >= 500:
      return cause2("server-error", "STO server error", `STO (or a proxy in front of it) failed when asked to ${what} (HTTP ${status}).`, "Check Harness status and try again; the exemption is read back before any decision is repeated.");
    default:
      return cause2("unknown", "STO refused the request", `STO answered ${status} when asked to ${what}.`, "Read STO's message below and check the exemption in Harness.");
  }
}
var SERVICE_ACCOUNT_HAS_NO_USER = /only by 'USER' principal type/i;
function serviceAccountKeyCause(userIdInput, status = 0, harnessMessage2 = "") {
  return {
    id: "invalid-inputs",
    title: "Service account key has no user",
    explanation: `The API key is a service account key, which has no user of its own, so the user id cannot be read from it; nothing was changed in STO.`,
    fix: `Set {${userIdInput}} to the user's Harness id: exactly 22 characters: letters, digits, '-' and '_'.`,
    status,
    harnessMessage: harnessMessage2
  };
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/settings/problems.ts
var MAX_SHOWN = 80;
function showValue(value, secret = false) {
  if (secret) return value === "" ? "''" : "(redacted)";
  let shown = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (codePointLength(shown) > MAX_SHOWN) shown = `${shortenText(shown, MAX_SHOWN, "")}\u2026 (${codePointLength(value)} characters)`;
  return `'${shown}'`;
}
function phrase(text, phrasing) {
  return text.replace(/\{([a-z][A-Za-z]*)(=true)?\}/g, (_, name, on) => {
    if (!on) return phrasing.input(name);
    return phrasing.switchOn ? phrasing.switchOn(name) : `set ${phrasing.input(name)} to true`;
  });
}
var ACTION_PHRASING = {
  input: (name) => name,
  problem: (p) => {
    const expected = phrase(p.expected, ACTION_PHRASING);
    if (p.from) return `Input ${p.input} is not set, and the ${p.from.what} read from input ${p.from.input} (${p.value}) is not valid: expected ${expected}.`;
    return p.value === "''" ? `Input ${p.input} is not set: expected ${expected}.` : `Input ${p.input} ${p.value} is not valid: expected ${expected}.`;
  }
};
function describeProblem(p) {
  const from = p.from ? ` (the ${p.from.what} read from ${p.from.input}; ${p.input} is not set)` : "";
  return `Invalid ${p.input} ${p.value}${from}: expected ${phrase(p.expected, ACTION_PHRASING)}.`;
}
var SettingsError = class extends Error {
  constructor(problems) {
    super(problems.map(describeProblem).join("\n"));
    this.problems = problems;
    this.name = "SettingsError";
  }
  problems;
};
var Problems = class {
  list = [];
  /** `from`: the value was read from another input (see InputProblem.from); `value` is the part read. */
  add(input, value, expected, options = {}) {
    const problem = { input, value: showValue(value, options.secret), expected, ...options.from ? { from: options.from } : {} };
    if (this.list.some((p) => p.input === problem.input && p.value === problem.value && p.expected === problem.expected)) return;
    this.list.push(problem);
  }
  /** Throws when anything was added; call once every input has been looked at. */
  throwIfAny() {
    if (this.list.length > 0) throw new SettingsError(this.list);
  }
};

// src/exemptions/types.ts
var EXEMPTION_STATUSES = ["Pending", "Approved", "Rejected", "Expired", "Canceled"];
var EXEMPTION_TYPES = ["Compensating Controls", "Acceptable Use", "Acceptable Risk", "False Positive", "Fix Unavailable", "Other"];

// src/exemptions/exemption-settings.ts
var STO_ID = /^[a-zA-Z0-9_-]{22}$/;
var MAX_IDENTIFIER_LENGTH = 128;
var MAX_TEXT_LENGTH = 1024;
var ID_RULE = "exactly 22 characters: letters, digits, '-' and '_' (^[a-zA-Z0-9_-]{22}$)";
var IDENTIFIER_RULE = `a Harness identifier: a letter or '_', then letters, digits and '_' (^[A-Za-z_][A-Za-z0-9_]*$), at most ${MAX_IDENTIFIER_LENGTH} characters`;
var TYPE_RULE = `one of ${EXEMPTION_TYPES.join(" | ")} (any case; '-', '_' or spaces between words)`;
var STATUS_RULE = `one of ${EXEMPTION_STATUSES.join(" | ")} (any case)`;
function isServiceAccountKey(apiKey) {
  return apiKey.startsWith("sat.");
}
function requireUserIdForServiceAccount(problems, field2) {
  problems.add(field2, "", `the user's Harness id, because {apiKey} is a service account key (sat.\u2026), which has no user of its own to default to: ${ID_RULE}`);
}
function checkStoId(problems, field2, value, from) {
  if (STO_ID.test(value)) return true;
  problems.add(field2, value, ID_RULE, from ? { from } : {});
  return false;
}
function checkText(problems, field2, value, max = MAX_TEXT_LENGTH) {
  const length = codePointLength(value);
  if (length <= max) return true;
  problems.add(field2, value, `at most ${max} characters (it has ${length})`);
  return false;
}
function parseExemptionSettings(read, problems, context = {}) {
  const exemptionId = read("exemptionId").trim();
  const approverId = read("approverId").trim();
  const reapproveText = read("reapproveRejected").trim();
  const reapproveRejected = reapproveText.toLowerCase() === "true";
  if (reapproveText !== "" && !["true", "false"].includes(reapproveText.toLowerCase())) {
    problems.add("reapproveRejected", reapproveText, "true (approve an exemption that was rejected, where STO allows it) or false");
  }
  if (exemptionId === "") {
    if (approverId !== "") problems.add("approverId", approverId, "to be set only with {exemptionId} (it names the approver of an STO exemption)");
    if (reapproveRejected) problems.add("reapproveRejected", reapproveText, "false (or unset) without {exemptionId}: it applies to STO exemptions only");
    return void 0;
  }
  checkStoId(problems, "exemptionId", exemptionId);
  const executionId = read("executionId").trim();
  if (executionId !== "") {
    problems.add("executionId", executionId, "empty when {exemptionId} is set: {exemptionId} and {executionId} are mutually exclusive");
  }
  for (const name of ["callbackId", "approverInputs"]) {
    const value = read(name).trim();
    if (value !== "") problems.add(name, value, "empty when {exemptionId} is set: it applies to pipeline approvals only");
  }
  if (approverId !== "") checkStoId(problems, "approverId", approverId);
  else if (context.apiKey !== void 0 && isServiceAccountKey(context.apiKey)) requireUserIdForServiceAccount(problems, "approverId");
  if (context.accountId !== void 0 && context.accountId !== "") checkStoId(problems, "accountId", context.accountId, context.accountFrom);
  const comments = context.comments ?? read("comments").trim();
  checkText(problems, "comments", comments);
  return { exemptionId, ...approverId !== "" ? { approverId } : {}, reapproveRejected };
}

// src/exemptions/refusals.ts
function cause(id, title, explanation, fix, harnessMessage2 = "") {
  return { id, title, explanation, fix, status: 0, harnessMessage: harnessMessage2 };
}
var VIEW_IN_HARNESS = "Look at the exemption in Harness (Security Tests > Exemptions).";
function refusalFor(exemption, action, options = {}) {
  const id = cleanRemoteText(exemption.id, 60);
  const status = cleanRemoteText(exemption.status, 40);
  const verb = action === "APPROVE" ? "approved" : "rejected";
  const by = exemption.approverId ? ` (by ${cleanRemoteText(exemption.approverId, 40)})` : "";
  const notReApprovable = () => cause(
    "forbidden",
    `Exemption ${status.toLowerCase()}: may not be approved again`,
    `Exemption ${id} is ${status.toLowerCase()}${by}, and STO says this key may not approve it again (canReApprove is false); nothing was sent.`,
    "Approve it again in Harness (Security Tests > Exemptions) as a user allowed to at the exemption's scope, or give the key a role with the Approve permission (sto_exemption_approve) there."
  );
  switch (exemption.status) {
    case "Pending":
      return void 0;
    case "Expired":
      if (action === "APPROVE") return exemption.canReApprove === false ? notReApprovable() : void 0;
      return cause("already-finished", "Exemption expired", `Exemption ${id} has expired, so it can no longer be rejected; nothing was sent.`, "Nothing to do: an expired exemption no longer applies. Approve it to renew it.");
    case "Canceled":
      return cause("already-finished", "Exemption canceled", `Exemption ${id} was canceled, so it can no longer be ${verb}; nothing was sent.`, "Ask the requester to create a new exemption if it is still needed.");
    case "Rejected":
      if (action === "APPROVE" && options.reapproveRejected) return exemption.canReApprove === false ? notReApprovable() : void 0;
      return cause(
        "already-finished",
        "Exemption already rejected",
        `Exemption ${id} was already rejected${by}; this run does not overturn a recorded decision unless told to, so it was not approved and nothing was sent.`,
        "If it should be approved after all, {reapproveRejected=true}, or approve it in Harness (Security Tests > Exemptions), where the history shows who decided."
      );
    case "Approved":
      return cause(
        "already-finished",
        "Exemption already approved",
        `Exemption ${id} was already approved${by}; this run does not overturn a recorded decision, so it was not rejected and nothing was sent.`,
        "If the earlier decision should change, change it in Harness (Security Tests > Exemptions), where the history shows who decided."
      );
    default:
      return cause("unknown", "Exemption status not understood", `Exemption ${id} has status '${status}', which is none of Pending, Approved, Rejected, Expired or Canceled; nothing was sent.`, VIEW_IN_HARNESS);
  }
}
function scopeOfExemption(exemption) {
  return exemption.orgId ? { orgId: exemption.orgId, ...exemption.projectId ? { projectId: exemption.projectId } : {} } : {};
}
function scopeMismatch(exemption, scope) {
  const clash = ["orgId", "projectId"].find((f) => scope[f] !== void 0 && exemption[f] !== scope[f]);
  if (!clash) return void 0;
  const id = cleanRemoteText(exemption.id, 60);
  const configured = `${scope.orgId ?? "\u2013"}/${scope.projectId ?? "\u2013"}`;
  const wider = exemption[clash] === void 0 || exemption[clash] === "";
  if (wider) {
    const level = exemption.orgId ? `an org-level exemption (org ${cleanRemoteText(exemption.orgId, 130)}, no project)` : "an account-level exemption (no org, no project)";
    return cause(
      "wrong-scope",
      "Exemption is wider than the configured scope",
      `Exemption ${id} is ${level}, wider than ${configured} as configured: deciding it would apply beyond that scope, so nothing was sent.`,
      "Check {exemptionId}. An org-level exemption is decided only with {orgId} alone, an account-level one with neither {orgId} nor {projectId}: the command line allows both, the action always decides in one project. Or decide it in Harness (Security Tests > Exemptions)."
    );
  }
  const where = `${exemption.orgId ?? "\u2013"}/${exemption.projectId ?? "\u2013"}`;
  return cause(
    "wrong-scope",
    "Exemption belongs to another project",
    `Exemption ${id} belongs to org/project ${cleanRemoteText(where, 260)}, not ${configured} as configured; nothing was sent.`,
    "Check {exemptionId}, or set {orgId} and {projectId} to those of the exemption."
  );
}

// src/exemptions/decide-exemption.ts
var DEFAULT_EXEMPTION_TIMING = {
  reads: { initialMs: 1e3, maxMs: 1e4, factor: 2 },
  readBudgetMs: 6e4,
  settleMs: 2e3,
  maxPuts: 3
};
function wantedStatus(action) {
  return action === "APPROVE" ? "Approved" : "Rejected";
}
async function findExemption(client, id, scope, signal) {
  try {
    return await client.find(id, scope, signal);
  } catch (error2) {
    const scoped = scope.orgId !== void 0 || scope.projectId !== void 0;
    if (!scoped || !(error2 instanceof HarnessApiError) || error2.harnessCause.status !== 404) throw error2;
    try {
      return await client.find(id, {}, signal);
    } catch (wider) {
      if (isTransient(wider)) throw wider;
      throw error2;
    }
  }
}
async function decideExemption(req, deps) {
  const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING;
  const ctx = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal };
  const base = { exemptionId: req.exemptionId, decision: req.action };
  const wanted = wantedStatus(req.action);
  const path2 = req.action === "APPROVE" ? "approve" : "reject";
  let puts = 0;
  let exemption;
  const known = () => exemption ? { exemption } : {};
  const failed = (c) => ({ kind: "failed", ...base, cause: c, puts, ...known() });
  const read = (what, scope) => retryRead(what, () => findExemption(deps.client, req.exemptionId, scope, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
  if (req.approverId === void 0 && !deps.client.keyHasUser) return failed(serviceAccountKeyCause("approverId"));
  try {
    exemption = await read(`Reading exemption ${req.exemptionId}`, req.scope);
    const wrongScope = scopeMismatch(exemption, req.scope);
    if (wrongScope) return failed(wrongScope);
    if (exemption.status === wanted) return alreadyInState(exemption);
    const refusal = refusalFor(exemption, req.action, { reapproveRejected: req.reapproveRejected });
    if (refusal) return failed(refusal);
    const approverId = req.approverId ?? await ownUserId();
    if (typeof approverId !== "string") return failed(approverId);
    const scope = scopeOfExemption(exemption);
    const read1 = exemption;
    exemption = await read(`Reading exemption ${req.exemptionId} again before the ${path2}`, scope);
    const movedScope = scopeMismatch(exemption, req.scope);
    if (movedScope) return failed(movedScope);
    if (exemption.status !== read1.status) {
      if (exemption.status === wanted) return alreadyInState(exemption);
      const now = refusalFor(exemption, req.action, { reapproveRejected: req.reapproveRejected });
      if (now) return failed(changedCause(exemption, read1.status));
    }
    const from = exemption.status;
    const before = exemption;
    const body = { approverId, ...req.comment ? { comment: req.comment } : {} };
    let mayHaveArrived = false;
    let last = "";
    while (puts < timing.maxPuts) {
      if (deps.signal?.aborted) throw new CancelledError();
      puts++;
      try {
        const after = await deps.client.decide(req.exemptionId, path2, scope, body, deps.signal);
        if (after.id !== req.exemptionId) return await answerAboutAnother(after, approverId, scope, before);
        exemption = after;
        return settled(after, approverId, false, before);
      } catch (error2) {
        if (deps.signal?.aborted) throw new CancelledError();
        last = error2 instanceof Error ? error2.message : String(error2);
        if (error2 instanceof TransportError && error2.failure === "connect") return failed(unreachableCause(error2, "STO"));
        if (error2 instanceof HarnessApiError && error2.harnessCause.status === 429) {
          deps.logger.warning(`Exemption ${req.exemptionId}: ${last}; the ${path2} was not processed.`, "Rate limited");
          if (puts < timing.maxPuts) await deps.clock.sleep(backoffDelay(puts, timing.reads, ctx.random), deps.signal);
          continue;
        }
        const definite = error2 instanceof HarnessApiError && !isTransient(error2);
        if (definite && !mayHaveArrived) return await changedMeanwhile(from, scope) ?? failed(error2.harnessCause);
        mayHaveArrived = true;
        deps.logger.warning(`Exemption ${req.exemptionId}: the ${path2}'s outcome is unclear (${last}); reading the exemption back.`, "Unclear answer from STO");
        await deps.clock.sleep(timing.settleMs, deps.signal);
        let now;
        try {
          now = await read(`Reading back exemption ${req.exemptionId}`, scope);
        } catch (readError) {
          if (deps.signal?.aborted) throw new CancelledError();
          const reason = readError instanceof Error ? readError.message : String(readError);
          return { kind: "unknown", ...base, message: `Decision state unknown for exemption ${req.exemptionId}: the ${path2} may or may not have been recorded (${last}), and the exemption could not be read back (${reason}). Check it in Harness before running this again.`, puts, ...known() };
        }
        exemption = now;
        if (now.status === wanted) return settled(now, approverId, true, before);
        if (now.status !== from) return failed(changedCause(now, from));
        if (definite) return failed(error2.harnessCause);
      }
    }
    if (!mayHaveArrived) return failed(cause("rate-limited", "Harness rate limit reached", `${last}.`, "Lower {maxRequestsPerMinute} or {concurrency}, or spread runs out."));
    return { kind: "unknown", ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${puts} attempts gave no clear answer (last: ${last}), and it still shows ${cleanRemoteText(from, 40)}. Check it in Harness.`, puts, ...known() };
  } catch (error2) {
    if (deps.signal?.aborted || error2 instanceof CancelledError) return { kind: "cancelled", ...base, puts, ...known() };
    if (error2 instanceof HarnessApiError) return failed(error2.harnessCause);
    if (puts > 0) return { kind: "unknown", ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${error2.message}. Check it in Harness.`, puts, ...known() };
    return failed(describeReadFailure(error2));
  }
  function settled(after, approverId, confirmedByReadBack, before) {
    if (after.status === wanted) {
      const other = confirmedByReadBack && after.approverId !== void 0 && after.approverId !== approverId;
      const notes = [
        againNote(before, after),
        other ? `The exemption shows ${wanted.toLowerCase()} by ${cleanRemoteText(after.approverId ?? "", 40)}, not ${approverId}: someone else may have decided it meanwhile.` : ""
      ].filter(Boolean);
      return {
        kind: "decided",
        ...base,
        status: wanted,
        exemption: after,
        alreadyInState: false,
        approverId,
        puts,
        confirmedByReadBack,
        ...notes.length ? { note: notes.join(" ") } : {}
      };
    }
    if (after.status === before.status) {
      return { kind: "unknown", ...base, message: `STO accepted the ${path2} of exemption ${req.exemptionId} but still shows it ${cleanRemoteText(after.status, 40)}. Check it in Harness.`, puts, exemption: after };
    }
    return failed(cause("already-finished", "Exemption ended otherwise", `After this ${path2}, STO reports exemption ${req.exemptionId} as ${cleanRemoteText(after.status, 40)}.`, VIEW_IN_HARNESS));
  }
  async function answerAboutAnother(other, approverId, scope, before) {
    const said = `STO answered the ${path2} of exemption ${req.exemptionId} with another exemption ('${cleanRemoteText(other.id, 60)}')`;
    let now;
    try {
      now = await deps.client.find(req.exemptionId, scope, deps.signal);
    } catch (error2) {
      if (deps.signal?.aborted) throw new CancelledError();
      return { kind: "unknown", ...base, message: `${said}, and the exemption could not be read back (${error2.message}). Check it in Harness.`, puts, ...known() };
    }
    exemption = now;
    if (now.status === wanted) return settled(now, approverId, true, before);
    return failed(cause("not-json", "Unexpected answer from STO", `${said}; read back, it shows ${cleanRemoteText(now.status, 40)}, not ${wanted}.`, VIEW_IN_HARNESS));
  }
  function alreadyInState(now) {
    const by = now.approverId ? ` by ${cleanRemoteText(now.approverId, 40)}` : "";
    return {
      kind: "decided",
      ...base,
      status: wanted,
      exemption: now,
      alreadyInState: true,
      puts,
      confirmedByReadBack: false,
      note: `Exemption ${req.exemptionId} was already ${wanted.toLowerCase()}${by}; nothing was sent.`
    };
  }
  async function changedMeanwhile(from, scope) {
    let now;
    try {
      now = await deps.client.find(req.exemptionId, scope, deps.signal);
    } catch {
      if (deps.signal?.aborted) throw new CancelledError();
      return void 0;
    }
    if (now.status === from) return void 0;
    exemption = now;
    if (now.status === wanted) return alreadyInState(now);
    return failed(changedCause(now, from));
  }
  function changedCause(now, from) {
    const refusal = now.status === "Pending" ? void 0 : refusalFor(now, req.action, { reapproveRejected: req.reapproveRejected });
    const changed = `Exemption ${req.exemptionId} changed meanwhile: it was ${cleanRemoteText(from, 40)} when read, and is now ${cleanRemoteText(now.status, 40)}.`;
    return refusal ? { ...refusal, title: "Exemption changed meanwhile", explanation: `${changed} ${refusal.explanation}` } : cause("already-finished", "Exemption changed meanwhile", changed, VIEW_IN_HARNESS);
  }
  async function ownUserId() {
    try {
      const user = await retryRead("Reading the API key's user", () => deps.client.currentUser(deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
      if (!STO_ID.test(user.uuid)) {
        return cause("invalid-inputs", "Key's user id not usable", `Harness gave the key's user id as '${cleanRemoteText(user.uuid, 60)}', which is not an STO user id (22 letters, digits, - or _).`, "Set {approverId} to the approving user's id.");
      }
      deps.logger.info(`${req.action === "REJECT" ? "Rejecting" : "Approving"} as the key's own user ${user.uuid}${user.email ? ` (${cleanRemoteText(user.email, 100)})` : ""}.`);
      return user.uuid;
    } catch (error2) {
      if (deps.signal?.aborted) throw new CancelledError();
      if (error2 instanceof HarnessApiError && SERVICE_ACCOUNT_HAS_NO_USER.test(error2.harnessCause.harnessMessage)) return error2.harnessCause;
      const why = error2 instanceof HarnessApiError ? error2.harnessCause : describeReadFailure(error2);
      return { ...why, title: `Could not read the key's user: ${why.title}`, fix: `${why.fix} Or set {approverId} (a service account key has no user of its own).` };
    }
  }
}
function expirationDate(seconds) {
  if (typeof seconds !== "number" || !(seconds > 0)) return void 0;
  return isoTime(seconds * 1e3)?.replace(/\.000Z$/, "Z");
}
function againNote(before, after) {
  const date = expirationDate(after.expiration);
  const until = date ? ` until ${date}` : "";
  const id = cleanRemoteText(before.id, 60);
  if (before.status === "Expired") return `Exemption ${id} had expired; approving it renewed it${until}.`;
  if (before.status === "Rejected") {
    const by = before.approverId ? ` by ${cleanRemoteText(before.approverId, 40)}` : "";
    return `Exemption ${id} had been rejected${by}; it was approved again, as this run was told to.`;
  }
  return "";
}
function describeReadFailure(error2) {
  if (error2 instanceof TransportError) return unreachableCause(error2, "STO");
  if (error2 instanceof UnexpectedBodyError) {
    return cause("not-json", "Unexpected answer from STO", `${error2.message}.`, "Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).");
  }
  return cause("unknown", "Unexpected failure", error2?.message ?? String(error2), "Report this with the log of the run.");
}

// src/exemptions/exemptions-client.ts
var ExemptionsClient = class {
  constructor(http, target) {
    this.target = target;
    this.http = keyStaysAtOrigin(http, target.baseUrl);
  }
  target;
  http;
  get accountId() {
    return this.target.accountId;
  }
  /** False for a service account key (sat.\u2026): Harness has no user for it, so `currentUser` cannot answer. */
  get keyHasUser() {
    return !isServiceAccountKey(this.target.apiKey);
  }
  /**
   * GET /api/v2/exemptions/{id}?accountId&orgId&projectId. STO checks the key's permission in the scope the
   * query names, so a key whose STO role is in one project can read only with that project given; without
   * a scope the read is account-wide.
   */
  async find(id, scope, signal) {
    const url = this.url(scope, id);
    const body = await this.send({ method: "GET", url, signal }, { operation: "read the exemption", exemptionId: id, ...scope });
    if (!isExemption(body)) throw new UnexpectedBodyError("STO answered the exemption read, but not with an exemption");
    return toExemption(body);
  }
  /** PUT /api/v2/exemptions/{id}/approve|reject: the exemption after the decision. */
  async decide(id, action, scope, body, signal) {
    const url = this.url(scope, id, action);
    const answer = await this.send({ method: "PUT", url, json: body, signal }, { operation: `${action} the exemption`, exemptionId: id, ...scope });
    if (!isExemption(answer)) throw new UnexpectedBodyError(`STO answered the ${action}, but not with an exemption`);
    return toExemption(answer);
  }
  /**
   * GET {base}/ng/api/user/currentUser: the key's own user. A service account has none: `userIdInput` names
   * the input that must then give the id, for the cause.
   */
  async currentUser(signal, userIdInput = "approverId") {
    const url = harnessUrl(this.target.baseUrl, "ng", "api", "user", "currentUser");
    url.searchParams.set("accountIdentifier", this.target.accountId);
    const headers = { "x-api-key": this.target.apiKey, "Harness-Account": this.target.accountId };
    const body = await this.send({ method: "GET", url, headers, signal }, { operation: "read the key's user", userIdInput });
    const data = body && typeof body === "object" ? body.data : void 0;
    const uuid = data && typeof data === "object" ? data.uuid : void 0;
    if (typeof uuid !== "string") throw new UnexpectedBodyError("Harness answered the current-user read, but without the user's id (data.uuid)");
    const { email, name } = data;
    return { uuid, ...typeof email === "string" ? { email } : {}, ...typeof name === "string" ? { name } : {} };
  }
  /**
   * GET {base}/ng/api/projects/{project}?orgIdentifier (or /ng/api/organizations/{org} for an org alone): whether
   * the scope exists. The answer as it came, for scope-exists.ts to read; STO lists nothing for a scope that
   * does not exist rather than saying so.
   */
  async readScope(scope, signal) {
    const url = scope.projectId ? harnessUrl(this.target.baseUrl, "ng", "api", "projects", scope.projectId) : harnessUrl(this.target.baseUrl, "ng", "api", "organizations", scope.orgId ?? "");
    url.searchParams.set("accountIdentifier", this.target.accountId);
    if (scope.projectId && scope.orgId) url.searchParams.set("orgIdentifier", scope.orgId);
    const response = await this.http.send({ method: "GET", url, headers: { "x-api-key": this.target.apiKey, "Harness-Account": this.target.accountId }, signal });
    return { status: response.status, text: response.truncated ? "" : response.text };
  }
  url(scope, ...rest) {
    const url = harnessUrl(this.target.baseUrl, "sto", "api", "v2", "exemptions", ...rest);
    url.searchParams.set("accountId", this.target.accountId);
    if (scope.orgId) url.searchParams.set("orgId", scope.orgId);
    if (scope.projectId) url.searchParams.set("projectId", scope.projectId);
    return url;
  }
  async send(req, context) {
    const response = await this.http.send({ ...req, headers: req.headers ?? { "x-api-key": this.target.apiKey } });
    return parseSuccess2(response, { accountId: this.target.accountId, ...context });
  }
};
function parseSuccess2(response, context) {
  if (response.status !== 200) throw new HarnessApiError(classifyStoFailure(response.status, response.text, context));
  if (response.truncated) throw new UnexpectedBodyError("STO answered with a body larger than this client accepts");
  try {
    return JSON.parse(response.text);
  } catch {
    throw new UnexpectedBodyError(`STO answered ${response.status} with a body that is not JSON`);
  }
}
function isExemption(value) {
  if (!value || typeof value !== "object") return false;
  const v = value;
  return typeof v.id === "string" && typeof v.status === "string";
}
var TEXT_FIELDS = ["issueId", "type", "reason", "requesterId", "approverId", "orgId", "projectId", "pipelineId", "targetId", "link", "comment", "scope"];
var TIME_FIELDS = ["expiration", "created", "lastModified"];
function toExemption(value) {
  const v = value;
  const e = { id: value.id, status: value.status };
  for (const key of TEXT_FIELDS) {
    const field2 = v[key];
    if (typeof field2 === "string") e[key] = field2;
    else if (typeof field2 === "number" && Number.isFinite(field2) || typeof field2 === "boolean") e[key] = String(field2);
  }
  for (const key of TIME_FIELDS) if (typeof v[key] === "number" && Number.isFinite(v[key])) e[key] = v[key];
  if (typeof v.canReApprove === "boolean") e.canReApprove = v.canReApprove;
  const pending = v.pendingChanges;
  if (pending && typeof pending === "object" && !Array.isArray(pending)) {
    const days = pending.durationDays;
    e.pendingChanges = typeof days === "number" && Number.isFinite(days) ? { durationDays: days } : {};
  }
  return e;
}

// src/http/concurrency.ts
async function mapConcurrently(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/approvals/pattern-check.ts
var import_node_module2 = __toESM(require_node_module());
var PATTERN_BUDGET_MS = 1e3;
var INLINE_VALUE_LIMIT = 1e3;
var MAX_INLINE_QUANTIFIERS = 2;
function javaOnlySyntax(pattern) {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (next === "Q") return "\\Q\u2026\\E quoting";
      if ("AZzG".includes(next) && !inClass) return `the anchor \\${next}`;
      if (next === "p" || next === "P") return `the character class \\${next}{\u2026}`;
      if ("hHRXVea".includes(next)) return `the escape \\${next}`;
      if (next === "x" && pattern[i + 2] === "{") return "the escape \\x{\u2026}";
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      else if (c === "[") return "a character class inside a class ([a-z[0-9]])";
      else if (c === "&" && pattern[i + 1] === "&") return "class intersection (&&)";
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (pattern[i + 1] === "]" || pattern[i + 1] === "^" && pattern[i + 2] === "]") return "a ']' first in a class";
      continue;
    }
    if (c === "(" && pattern[i + 1] === "?") {
      const kind = pattern[i + 2] ?? "";
      if (kind === ">") return "an atomic group (?>\u2026)";
      if (/[a-zA-Z-]/.test(kind)) return "inline flags such as (?i)";
      continue;
    }
    if ((c === "*" || c === "+" || c === "?" || c === "}") && pattern[i + 1] === "+") return `a possessive quantifier (${c}+)`;
  }
  return void 0;
}
function isSimplePattern(pattern) {
  let inClass = false;
  let quantifiers = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass && (/[1-9]/.test(next) || next === "k")) return false;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(" && pattern[i + 1] === "?" && /[=!<]/.test(pattern[i + 2] ?? "") && !/^\?<[a-zA-Z]/.test(pattern.slice(i + 1, i + 4))) return false;
    else if (c === ")" && /^[*+?{]/.test(pattern[i + 1] ?? "")) return false;
    else if (c === "*" || c === "+" || c === "?") {
      if (!(c === "?" && pattern[i - 1] === "(")) quantifiers++;
    } else if (c === "{" && /^\{\d+,\d*\}/.test(pattern.slice(i))) {
      quantifiers++;
    }
  }
  return quantifiers <= MAX_INLINE_QUANTIFIERS;
}
function runInline(pattern, value) {
  let regex;
  try {
    regex = new RegExp(`^(?:${pattern})$`);
  } catch {
    return { kind: "unchecked", why: "JavaScript cannot compile it" };
  }
  return regex.test(value) ? { kind: "match" } : { kind: "no-match" };
}
function judgeInline(pattern, value) {
  const java = javaOnlySyntax(pattern);
  if (java) return { kind: "unchecked", why: `it uses ${java}, which JavaScript reads differently` };
  if (isSimplePattern(pattern) && value.length <= INLINE_VALUE_LIMIT) return runInline(pattern, value);
  return void 0;
}
var inlineJudge = (pattern, value) => judgeInline(pattern, value) ?? { kind: "unchecked", why: "it needs the bounded check" };
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let result = null
try { result = new RegExp('^(?:' + workerData.pattern + ')$').test(workerData.value) } catch {}
parentPort.postMessage(result)
`;
var loadBuiltin2 = (0, import_node_module2.createRequire)(import.meta.url);
function runInWorker(pattern, value, budgetMs, signal) {
  const { Worker } = loadBuiltin2("node:worker_threads");
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pattern, value } });
    worker.unref();
    let timer;
    const finish = (outcome) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(new CancelledError()));
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.once("online", () => {
      timer = setTimeout(() => finish(() => resolve({ kind: "unchecked", why: `it was not decided within ${budgetMs / 1e3}s (a pattern that backtracks)` })), budgetMs);
    });
    worker.once(
      "message",
      (result) => finish(() => resolve(result === null ? { kind: "unchecked", why: "JavaScript cannot compile it" } : { kind: result ? "match" : "no-match" }))
    );
    worker.once("error", (error2) => finish(() => resolve({ kind: "unchecked", why: `the check failed (${error2.message})` })));
  });
}
var verdicts = /* @__PURE__ */ new Map();
async function checkPatterns(checks, options = {}) {
  const budgetMs = options.budgetMs ?? PATTERN_BUDGET_MS;
  const known = /* @__PURE__ */ new Map();
  for (const { pattern, value } of checks) {
    if (judgeInline(pattern, value)) continue;
    const key = `${pattern}\0${value}`;
    let pending = verdicts.get(key);
    if (!pending) {
      pending = runInWorker(pattern, value, budgetMs, options.signal);
      verdicts.set(key, pending);
      pending.catch(() => verdicts.delete(key));
    }
    known.set(key, await pending);
  }
  return (pattern, value) => judgeInline(pattern, value) ?? known.get(`${pattern}\0${value}`) ?? { kind: "unchecked", why: "it was not checked" };
}

// src/approvals/merge-inputs.ts
function mergeApproverInputs(step, given, activities = [], judge = inlineJudge) {
  const stepNames = step.map((s) => s.name);
  const listed = stepNames.length > 0 ? `the step's inputs are: ${stepNames.join(", ")}` : "the step has no approver inputs";
  const unknown = given.filter((g) => !stepNames.includes(g.name)).map((g) => g.name);
  if (unknown.length > 0) {
    return { ok: false, problem: `The approver inputs given include ${unknown.join(", ")}, which the approval step does not have; ${listed}`, failures: [] };
  }
  const previous = previousApproverValues(activities);
  const inputs = [];
  const defaulted = [];
  const fromPreviousApprover = [];
  const failures = [];
  const explained = [];
  for (const s of step) {
    const mine = given.find((g) => g.name === s.name);
    const value = valueFor(s, given);
    if (!mine) {
      if (isPreviousApproverValue(s, value, previous)) fromPreviousApprover.push(s.name);
      else defaulted.push(s.name);
    }
    const refusal = valueRefusal(s, value, judge);
    if (refusal) {
      failures.push(`${s.name}=${refusal.reason}`);
      explained.push(`${s.name}=${refusal.reason}${refusal.hint(mine !== void 0)}`);
    }
    inputs.push({ name: s.name, value });
  }
  if (failures.length > 0) {
    return { ok: false, problem: `Harness would refuse these approver inputs: ${explained.join("; ")}; ${listed}`, failures };
  }
  return { ok: true, inputs, defaulted, fromPreviousApprover };
}
function valueRefusal(step, value, judge = inlineJudge) {
  if (value === "") {
    if (!step.required) return void 0;
    return { reason: "Value was required but not provided", hint: (given) => given ? " (the value given is empty)" : " (neither approverInputs nor the step's default gives one)" };
  }
  if (step.regex !== void 0 && step.regex !== "") {
    return judge(step.regex, value).kind !== "no-match" ? void 0 : { reason: `${value} does not match the regex pattern ${step.regex}`, hint: () => "" };
  }
  if (step.allowedValues !== void 0 && step.allowedValues.length > 0) {
    const allowed = step.allowedValues;
    return everyItemAllowed(value, allowed) ? void 0 : { reason: `${value} is not among allowed values`, hint: () => ` (the step allows: ${quoteList(allowed)}; several may be given, comma-separated)` };
  }
  if (step.selectOneFrom !== void 0 && step.selectOneFrom.length > 0) {
    const options = step.selectOneFrom;
    return options.includes(value) ? void 0 : { reason: `${value} is not among allowed values`, hint: () => ` (give exactly one of: ${quoteList(options)})` };
  }
  if (step.selectManyFrom !== void 0 && step.selectManyFrom.length > 0) {
    const options = step.selectManyFrom;
    return everyItemAllowed(value, options) ? void 0 : { reason: `${value} is not among allowed values`, hint: () => ` (give one or more of: ${quoteList(options)}, comma-separated)` };
  }
  return void 0;
}
function valueFor(step, given) {
  return given.find((g) => g.name === step.name)?.value ?? step.defaultValue ?? "";
}
function patternChecks(step, given) {
  return step.map((s) => ({ name: s.name, pattern: s.regex ?? "", value: valueFor(s, given) })).filter((c) => c.pattern !== "" && c.value !== "");
}
function everyItemAllowed(value, allowed) {
  return value.split(",").every((item) => allowed.includes(item) || allowed.includes(item.trim()) || item.trim() === "");
}
function quoteList(values) {
  return values.map((v) => v === "" ? "(empty)" : v).join(", ");
}
function previousApproverValues(activities) {
  const approvals = activities.filter((a) => a.action === "APPROVE");
  const latest = approvals.at(-1);
  if (!latest) return void 0;
  return new Map((latest.approverInputs ?? []).map((i) => [i.name, i.value]));
}
function isPreviousApproverValue(step, value, previous) {
  if (!previous) return false;
  const hasRule = step.required === true || (step.regex ?? "") !== "" || (step.allowedValues ?? []).length > 0 || (step.selectOneFrom ?? []).length > 0 || (step.selectManyFrom ?? []).length > 0;
  if (hasRule) return false;
  return previous.size === 0 || previous.get(step.name) === value;
}

// src/approvals/progress.ts
function approvalProgress(instance, ours) {
  const details = instance.details ?? {};
  const activities = Array.isArray(details.approvalActivities) ? details.approvalActivities : [];
  const approving = activities.filter((a) => a && typeof a === "object" && String(a.action ?? "").toUpperCase() === "APPROVE");
  const others = approving.filter((a) => !ours(a.comments)).map((a) => cleanRemoteText(String(a.user?.name || a.user?.email || "someone"), 80));
  const minimumCount = details.approvers?.minimumCount;
  return {
    ...typeof details.approvalMessage === "string" && details.approvalMessage.trim() ? { message: cleanRemoteText(details.approvalMessage, 500) } : {},
    approvals: approving.length,
    ...typeof minimumCount === "number" && Number.isInteger(minimumCount) && minimumCount > 0 ? { minimumCount } : {},
    others
  };
}

// src/approvals/dry-run.ts
function wouldPostJson(plan) {
  const clean3 = (text) => cleanRemoteText(text, 1e3);
  return {
    ...plan,
    ...plan.instanceId ? { instanceId: clean3(plan.instanceId) } : {},
    // Line by line, so the marker keeps its own line as in the body.
    comments: plan.comments.split("\n").map((line) => cleanRemoteText(line, 5e3)).join("\n"),
    approverInputs: plan.approverInputs.map((i) => ({ ...i, name: clean3(i.name), value: clean3(i.value) }))
  };
}
function parseDryRun(read, problems) {
  const text = read("dryRun").trim();
  const value = text.toLowerCase();
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  problems.add("dryRun", text, "true (check everything, post nothing) or false");
  return false;
}
function decisionPlan(action, callbackId, instance, inputs, defaulted, comments, fromPreviousApprover = []) {
  return {
    action,
    ...callbackId ? { callbackId } : {},
    ...instance ? { instanceId: instance.id } : {},
    comments,
    approverInputs: inputs.map((i) => ({ name: i.name, value: i.value, source: inputSource(i.name, defaulted, fromPreviousApprover) })),
    autoReject: action === "APPROVE" && instance?.details?.autoRejectEnabled === true,
    checked: instance !== void 0
  };
}
function inputSource(name, defaulted, fromPreviousApprover) {
  if (fromPreviousApprover.includes(name)) return "previous-approver";
  return defaulted.includes(name) ? "default" : "given";
}
var DryRunWriteError = class extends Error {
  constructor(method, url) {
    super(`A dry run sends only reads; ${method} ${url.origin}${url.pathname} was not sent`);
    this.name = "DryRunWriteError";
  }
};
function readOnlyHttp(http) {
  return {
    send: async (req) => {
      if (req.method !== "GET") throw new DryRunWriteError(req.method, req.url);
      return http.send(req);
    },
    close: () => http.close(),
    destroy: () => http.destroy()
  };
}

// src/approvals/execution-client.ts
var TERMINAL_EXECUTION_STATUSES = [
  "Skipped",
  "IgnoreFailed",
  "Aborted",
  "Errored",
  "Failed",
  "Expired",
  "Suspended",
  "Success",
  "ApprovalRejected",
  "AbortedByFreeze",
  "PassedWithWarning"
];
var TERMINAL = new Set(TERMINAL_EXECUTION_STATUSES.map((s) => s.toLowerCase()));
function isTerminalExecutionStatus(status) {
  return TERMINAL.has(status.toLowerCase());
}
var ExecutionClient = class {
  constructor(http, target) {
    this.target = target;
    this.http = keyStaysAtOrigin(http, target.baseUrl);
  }
  target;
  http;
  /**
   * GET \u2026/pipeline/api/pipelines/execution/v2/{id}. Throws HarnessApiError with `execution-not-found`
   * (404), `forbidden` naming core_pipeline_view (403) or another documented cause.
   */
  async summary(executionId, signal) {
    const url = this.url("execution", "v2", executionId);
    const response = await this.http.send({ method: "GET", url, headers: this.headers(), signal });
    if (response.status !== 200) {
      throw new HarnessApiError(classifyExecutionReadFailure(response.status, response.text, { executionId, orgId: this.target.orgId, projectId: this.target.projectId }));
    }
    const summary = readSummary(parseJson(response));
    if (!summary) throw new UnexpectedBodyError(`Harness answered ${response.status} to the execution read, but not with a pipeline execution summary`);
    return summary;
  }
  /**
   * The execution's page in the Harness UI: Harness's own link (POST \u2026/pipelines/execution/url, which knows
   * vanity and self-managed hosts), else one built from baseUrl. Never fails, except on cancellation.
   */
  async uiUrl(summary, signal) {
    const url = this.url("execution", "url");
    url.searchParams.set("pipelineIdentifier", summary.pipelineIdentifier);
    url.searchParams.set("planExecutionId", summary.planExecutionId);
    try {
      const response = await this.http.send({ method: "POST", url, headers: this.headers(), signal });
      if (response.status === 200 && !response.truncated) {
        const link = webLink(JSON.parse(response.text)?.data);
        if (link) return link;
      }
    } catch (error2) {
      if (signal?.aborted) throw error2;
    }
    return fallbackExecutionUrl(this.target, summary);
  }
  /** {base}/pipeline/api/pipelines/{path} with the scope query the pipeline service wants. */
  url(...path2) {
    const { baseUrl, accountId, orgId, projectId } = this.target;
    const url = harnessUrl(baseUrl, "pipeline", "api", "pipelines", ...path2);
    url.searchParams.set("accountIdentifier", accountId);
    url.searchParams.set("orgIdentifier", orgId);
    url.searchParams.set("projectIdentifier", projectId);
    return url;
  }
  headers() {
    return { "x-api-key": this.target.apiKey, "Harness-Account": this.target.accountId };
  }
};
function fallbackExecutionUrl(target, summary) {
  const root = new URL(target.baseUrl.href);
  root.pathname = root.pathname.replace(/\/+$/, "").replace(/\/gateway$/, "");
  const { accountId } = target;
  const { orgIdentifier: org, projectIdentifier: project, pipelineIdentifier: pipeline, planExecutionId: id } = summary;
  try {
    return harnessUrl(root, "ng", "account", accountId, "all", "orgs", org, "projects", project, "pipelines", pipeline, "executions", id, "pipeline").href;
  } catch {
    return root.href;
  }
}
function parseJson(response) {
  if (response.truncated) throw new UnexpectedBodyError("Harness answered with a body larger than this client accepts");
  try {
    return JSON.parse(response.text);
  } catch {
    throw new UnexpectedBodyError(`Harness answered ${response.status} with a body that is not JSON`);
  }
}
function readSummary(body) {
  const data = field(body, "data");
  const s = field(data, "pipelineExecutionSummary");
  if (!s) return void 0;
  const text = (key) => typeof s[key] === "string" ? s[key] : void 0;
  const number = (key) => typeof s[key] === "number" && Number.isFinite(s[key]) ? s[key] : void 0;
  const pipelineIdentifier = text("pipelineIdentifier");
  const orgIdentifier = text("orgIdentifier");
  const projectIdentifier = text("projectIdentifier");
  const planExecutionId = text("planExecutionId");
  const status = text("status");
  if (!pipelineIdentifier || !orgIdentifier || !projectIdentifier || !planExecutionId || !status) return void 0;
  const triggeredBy = field(field(s, "executionTriggerInfo"), "triggeredBy");
  const executorUuid = typeof triggeredBy?.uuid === "string" && triggeredBy.uuid !== "" ? triggeredBy.uuid : void 0;
  const optional = { runSequence: number("runSequence"), startTs: number("startTs"), endTs: number("endTs"), executorUuid };
  const stages = stagesOf(s.layoutNodeMap);
  return {
    pipelineIdentifier,
    ...stages.length > 0 ? { stages } : {},
    name: text("name") || pipelineIdentifier,
    orgIdentifier,
    projectIdentifier,
    planExecutionId,
    status,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== void 0))
  };
}
function stagesOf(map) {
  if (!map || typeof map !== "object" || Array.isArray(map)) return [];
  const stages = [];
  for (const node of Object.values(map)) {
    if (!node || typeof node !== "object") continue;
    const n = node;
    if (n.nodeGroup !== void 0 && n.nodeGroup !== "STAGE") continue;
    if (typeof n.nodeIdentifier !== "string" || typeof n.status !== "string") continue;
    stages.push({ identifier: n.nodeIdentifier, name: typeof n.name === "string" && n.name ? n.name : n.nodeIdentifier, status: n.status });
  }
  return stages;
}
function field(value, key) {
  if (!value || typeof value !== "object") return void 0;
  const inner = value[key];
  return inner && typeof inner === "object" && !Array.isArray(inner) ? inner : void 0;
}
function webLink(value) {
  if (typeof value !== "string" || value.length > 2048 || /[\s\u0000-\u001f\u007f-\u009f]|::|##\[/u.test(value)) return void 0;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password ? url.href : void 0;
  } catch {
    return void 0;
  }
}

// src/approvals/scope-check.ts
function scopeMismatch2(executionId, summary, expected) {
  if (summary.orgIdentifier === expected.orgId && summary.projectIdentifier === expected.projectId) return void 0;
  const org = cleanRemoteText(summary.orgIdentifier, 200).replace(/[{}]/g, "");
  const project = cleanRemoteText(summary.projectIdentifier, 200).replace(/[{}]/g, "");
  return {
    id: "wrong-scope",
    title: "Execution belongs to another project",
    explanation: `Execution ${executionId} belongs to org ${org} / project ${project}, not org ${expected.orgId} / project ${expected.projectId} as given. Nothing was posted.`,
    fix: `Check {executionId}; if that execution is the one meant, set {orgId} to ${org} and {projectId} to ${project}.`,
    status: 0,
    harnessMessage: ""
  };
}
function executionFinished(executionId, summary) {
  if (!isTerminalExecutionStatus(summary.status)) return void 0;
  const status = cleanRemoteText(summary.status, 60);
  return {
    id: "execution-finished",
    title: "Execution has already ended",
    explanation: `Execution ${executionId} has already ended (${status}): it will never wait for an approval again. Nothing was posted.`,
    fix: "Check {executionId} (<+pipeline.executionId> of the run that waits); start a new pipeline run if it should go ahead.",
    status: 0,
    harnessMessage: ""
  };
}
function pipelineRunOf(summary, target) {
  return {
    name: cleanRemoteText(summary.name, 200),
    identifier: cleanRemoteText(summary.pipelineIdentifier, 200),
    ...summary.runSequence !== void 0 ? { runSequence: summary.runSequence } : {},
    url: fallbackExecutionUrl(target, summary),
    status: cleanRemoteText(summary.status, 60)
  };
}

// src/approvals/known-step.ts
function workflowAttemptOf(marker) {
  const match = /^hag-(\d+)\.(\d+)(?:\.([0-9a-f]{8}))?-[0-9a-f]+$/.exec(marker);
  if (!match) return void 0;
  const attempt = Number(match[2]);
  if (!Number.isSafeInteger(attempt)) return void 0;
  return { runId: match[1], attempt, ...match[3] ? { step: match[3] } : {} };
}
function stepTag(job, action) {
  if (!job) return void 0;
  let hash = 2166136261;
  for (const char of `${job}
${action ?? ""}`) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
function byEarlierAttempt(comments, current) {
  if (!current || typeof comments !== "string") return false;
  for (const match of comments.matchAll(/\[hag-(\d+)\.(\d+)(?:\.([0-9a-f]{8}))?-[0-9a-f]+-\d+\]/g)) {
    const sameStep = !match[3] || !current.step || match[3] === current.step;
    if (match[1] === current.runId && Number(match[2]) < current.attempt && sameStep) return true;
  }
  return false;
}
function earlierAttemptActivity(instance, current) {
  if (!current) return void 0;
  const activities = instance.details?.approvalActivities ?? [];
  return [...activities].reverse().find((a) => a && typeof a === "object" && byEarlierAttempt(a.comments, current));
}
function findKnownStep(instances, callbackId, current) {
  const decided = instances.filter((i) => !i.type || i.type === "HarnessApproval").filter((i) => i.status === "APPROVED" || i.status === "REJECTED").sort(newestFirst);
  const byThisRun = decided.find((i) => earlierAttemptActivity(i, current));
  const instance = byThisRun ?? (callbackId ? decided[0] : void 0);
  if (!instance) return void 0;
  return knownStep(instance, instance.status, current);
}
function stepDecidedByEarlierAttempt(instances, current) {
  if (!current) return void 0;
  for (const instance of [...instances].filter((i) => !i.type || i.type === "HarnessApproval").sort(newestFirst)) {
    const earlier = earlierAttemptActivity(instance, current);
    if (!earlier) continue;
    if (instance.status === "APPROVED" || instance.status === "REJECTED") return knownStep(instance, instance.status, current);
    if (instance.status === "WAITING" && String(earlier.action ?? "").toUpperCase() === "APPROVE") return knownStep(instance, "WAITING", current);
  }
  return void 0;
}
function newestFirst(a, b) {
  return (b.created ?? 0) - (a.created ?? 0) || (b.updated ?? 0) - (a.updated ?? 0);
}
function knownStep(instance, status, current) {
  const action = status === "REJECTED" ? "REJECT" : "APPROVE";
  const activities = instance.details?.approvalActivities ?? [];
  const earlier = earlierAttemptActivity(instance, current);
  const activity = status === "WAITING" ? earlier : [...activities].reverse().find((a) => a && typeof a === "object" && String(a.action ?? "").toUpperCase() === action);
  return { instance, status, ...activity ? { activity } : {}, ...earlier ? { earlier } : {} };
}
function endedAsAsked(step, decision) {
  return decision === "APPROVE" === (step.status !== "REJECTED");
}
function decidedBy(step) {
  const verb = step.status === "REJECTED" ? "rejected" : "approved";
  const by = `${verb} by ${whoAndWhen(step.activity)}`;
  if (!step.earlier) return by;
  if (step.earlier === step.activity) return `${by} (an earlier attempt of this workflow run)`;
  const earlierVerb = String(step.earlier.action ?? "").toUpperCase() === "REJECT" ? "rejected" : "approved";
  return `${by}, after an earlier attempt of this workflow run had ${earlierVerb} it (${whoAndWhen(step.earlier)})`;
}
function whoAndWhen(activity) {
  const when = whenActed(activity);
  return `${whoActed(activity)}${when ? ` at ${when}` : ""}`;
}
function whoActed(activity) {
  const user = activity?.user;
  const name = user?.name ? cleanRemoteText(String(user.name), 100) : "";
  const email = user?.email ? cleanRemoteText(String(user.email), 200) : "";
  return name && email ? `${name} (${email})` : name || email || "someone the step does not name";
}
function whenActed(activity) {
  return isoTime(activity?.approvedAt);
}
function alreadyDecided(step) {
  const at = whenActed(step.activity);
  return {
    approvalStatus: step.status,
    approvalInstanceId: cleanRemoteText(step.instance.id, 200),
    decidedBy: whoActed(step.activity),
    ...at ? { decidedAt: at } : {},
    ...step.earlier && step.earlier === step.activity ? { byEarlierAttempt: true } : {}
  };
}

// src/approvals/find-step.ts
async function findWaitingInstance(req, deps, ctx, summary, firstRead) {
  const started = deps.clock.now();
  const cb = req.callbackId ?? "null";
  const cbText = req.callbackId === void 0 ? "no callback id given" : `callback id: ${req.callbackId}`;
  let pending = firstRead;
  const appearDeadline = started + req.waitForApprovalMs;
  const read = async () => {
    const listing = pending ?? readApprovals(req, deps, ctx, appearDeadline);
    pending = void 0;
    const all = await listing.catch((error2) => {
      throw withViewPermission(error2, req.executionId);
    });
    return all.filter((i) => !i.type || i.type === "HarnessApproval");
  };
  const ended = async (current2) => {
    const finished = executionFinished(req.executionId, current2);
    if (!finished) return void 0;
    if (!req.callbackId && !req.workflowAttempt) return { kind: "failed", cause: finished };
    const all = await read();
    const step = stepDecidedByEarlierAttempt(all, req.workflowAttempt) ?? findKnownStep(all, req.callbackId, req.workflowAttempt);
    return step ? { kind: "known", step } : { kind: "failed", cause: finished };
  };
  const endedAtStart = await ended(summary);
  if (endedAtStart) return endedAtStart;
  let current = summary;
  let reads = 0;
  let decidedByOthers;
  for (; ; ) {
    const all = await read();
    reads++;
    const waiting = all.filter((i) => i.status === "WAITING").sort(newestFirst);
    if (!req.callbackId) {
      const mine = stepDecidedByEarlierAttempt(all, req.workflowAttempt);
      if (mine) return { kind: "known", step: mine };
    }
    if (waiting.length === 1) {
      const instance = waiting[0];
      const earlier = earlierAttemptActivity(instance, req.workflowAttempt);
      if (earlier && String(earlier.action ?? "").toUpperCase() === "APPROVE") return { kind: "known", step: knownStep(instance, "WAITING", req.workflowAttempt) };
      return { kind: "instance", instance, summary: current };
    }
    if (waiting.length > 1) {
      return { kind: "failed", cause: detectedCause(`Found more than 1 Harness Approval Instance waiting for pipeline execution id: ${req.executionId} and callback id: ${cb}`, `${waiting.length} Harness Approval steps of execution ${req.executionId} are waiting (${cbText}), so it is not clear which one to decide.`) };
    }
    const step = findKnownStep(all, req.callbackId, req.workflowAttempt);
    if (step && (step.earlier !== void 0 || req.waitForApprovalMs === 0)) return { kind: "known", step };
    if (step && !decidedByOthers) {
      deps.logger.info(`Execution ${req.executionId}: the step callback id ${req.callbackId} names was already ${decidedBy(step)}; waiting up to ${Math.round(req.waitForApprovalMs / 1e3)}s for a newer run of it (a retry or a loop) before taking that as the answer.`);
    }
    decidedByOthers = step;
    const wait = backoffDelay(reads, deps.appear, ctx.random);
    if (deps.clock.now() + wait > appearDeadline) {
      if (decidedByOthers) return { kind: "known", step: decidedByOthers };
      const waitedNote = req.waitForApprovalMs > 0 ? `; waited ${Math.round((deps.clock.now() - started) / 1e3)}s` : "";
      const causes = req.callbackId === void 0 ? "the step has not started yet, or was already decided" : "the step has not started yet, was already decided, or the callback id is wrong";
      const text = `Found no Harness Approval Instance waiting for pipeline execution id: ${req.executionId} and callback id: ${cb}`;
      const cause2 = detectedCause(text, "");
      return { kind: "failed", cause: { ...cause2, explanation: `No Harness Approval step of execution ${req.executionId} is waiting (${cbText}${waitedNote}): ${causes}.` } };
    }
    if (reads === 1 && !decidedByOthers) deps.logger.info(`Execution ${req.executionId}: no approval step is waiting yet; waiting up to ${Math.round(req.waitForApprovalMs / 1e3)}s for one.`);
    await deps.clock.sleep(wait, deps.signal);
    current = await deps.readExecution();
    const endedNow = await ended(current);
    if (endedNow) return endedNow;
  }
}
function approvalsFilter(req) {
  return { type: "HarnessApproval", ...req.callbackId ? { callbackId: req.callbackId } : {} };
}
function readApprovals(req, deps, ctx, appearDeadline) {
  const deadline = Math.max(appearDeadline, deps.clock.now() + deps.readBudgetMs);
  return retryRead(`Reading the approvals of execution ${req.executionId}`, () => deps.client.list(req.executionId, approvalsFilter(req), deps.signal), deadline, deps.reads, ctx);
}
function startApprovalsRead(req, deps, ctx) {
  const own = new AbortController();
  const onAbort = () => own.abort(deps.signal?.reason);
  if (deps.signal?.aborted) onAbort();
  else deps.signal?.addEventListener("abort", onAbort, { once: true });
  const read = readApprovals(req, { ...deps, signal: own.signal }, { ...ctx, signal: own.signal }, deps.clock.now() + req.waitForApprovalMs);
  read.catch(() => void 0);
  return {
    read,
    stop: () => {
      deps.signal?.removeEventListener("abort", onAbort);
      own.abort(new CancelledError("The decision no longer needs this read."));
    }
  };
}
function withViewPermission(error2, executionId) {
  if (!(error2 instanceof HarnessApiError) || error2.harnessCause.id !== "forbidden") return error2;
  return new HarnessApiError({
    ...error2.harnessCause,
    title: "Approvals not readable with this key",
    explanation: `The key may not read the approvals of execution ${executionId}, so what waits cannot be checked before deciding; nothing is posted without that check.`,
    fix: "Grant View (core_pipeline_view) on the pipeline to the key's user or service account, and make it one of the step's approvers."
  });
}
function detectedCause(documentedText, explanation) {
  const cause2 = classifyHarnessFailure(400, JSON.stringify({ message: documentedText }));
  return { ...cause2, status: 0, harnessMessage: "", ...explanation ? { explanation } : {} };
}

// src/approvals/read-back.ts
async function readBack(req, deps, ctx, timing) {
  const { posts, instanceId } = req;
  const markers = Array.from({ length: posts }, (_, i) => `[${req.marker}-${i + 1}]`);
  for (let look = 0; look < 2; look++) {
    let instance;
    try {
      instance = await retryRead(`Reading back approval ${instanceId} of execution ${req.executionId}`, () => deps.client.read(instanceId, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
    } catch (error2) {
      if (deps.signal?.aborted) throw new CancelledError();
      return { kind: "unreadable", reason: error2 instanceof Error ? error2.message : String(error2) };
    }
    if ((instance.details?.approvalActivities ?? []).some((a) => markers.some((m) => typeof a?.comments === "string" && a.comments.includes(m)))) return { kind: "ours", instance };
    if (instance.status !== "WAITING") {
      const wanted = req.action === "APPROVE" ? "APPROVED" : "REJECTED";
      const attributable = (instance.details?.approvalActivities ?? []).length > 0;
      return instance.status === wanted && !attributable ? { kind: "matches", instance } : { kind: "finished", instance };
    }
    if (look === 0) await deps.clock.sleep(timing.settleMs, deps.signal);
  }
  return { kind: "waiting" };
}
function finishedOtherwise(executionId, instance, mayBeRecorded) {
  const status = cleanRemoteText(instance.status, 40);
  const how = instance.status === "APPROVED" || instance.status === "REJECTED" ? decidedBy(knownStep(instance, instance.status, void 0)) : `${status.toLowerCase()}`;
  const sent = mayBeRecorded ? " This run's request was not applied: Harness adds no activity to a step that is no longer waiting." : "";
  return {
    id: "already-finished",
    title: "Approval step decided by someone else",
    explanation: `The approval step of execution ${executionId} that this run checked (approval instance ${cleanRemoteText(instance.id, 200)}) was ${how} before this run's decision reached it, and is now ${status}. Nothing was posted to any other step.${sent}`,
    fix: "Look at the pipeline execution in Harness: the decision there stands; any step waiting now is another step, for its own approver.",
    status: 0,
    harnessMessage: ""
  };
}

// src/approvals/stages.ts
function waitingStage(summary) {
  const waiting = (summary.stages ?? []).filter((s) => s.status === "ApprovalWaiting");
  return waiting.length === 1 ? stageRef(waiting[0]) : void 0;
}
function stageRef(stage) {
  return { identifier: cleanRemoteText(stage.identifier, 128), name: cleanRemoteText(stage.name, 200) };
}
function stageText(stage) {
  return stage.name === stage.identifier ? stage.identifier : `${stage.name} (${stage.identifier})`;
}
function stageLine(stage) {
  return `Stage: ${stage.name} (${stage.identifier})`;
}
function stageFromComments(comments) {
  if (typeof comments !== "string") return void 0;
  const match = /(?:^|\n)Stage: ([^\n]{1,330}) \(([^()\n]{1,128})\)\n\[hag-/.exec(comments);
  return match ? { name: cleanRemoteText(match[1], 200), identifier: cleanRemoteText(match[2], 128) } : void 0;
}
function stageMismatch(executionId, wanted, reads) {
  const seen = reads.map(waitingStage);
  const first = seen[0];
  const matches = (s) => s !== void 0 && (s.identifier === wanted || s.name.toLowerCase() === wanted.toLowerCase());
  if (seen.every(matches)) return void 0;
  const other = seen.find((s) => s !== void 0 && !matches(s)) ?? first;
  const cause2 = (explanation, fix) => ({ id: "wrong-stage", title: "Approval waiting in another stage", explanation, fix, status: 0, harnessMessage: "" });
  if (other) {
    return cause2(
      `The approval step waiting in execution ${executionId} belongs to stage ${stageText(other)}, not to stage ${cleanRemoteText(wanted, 128)} as given. Nothing was posted.`,
      "Run this step when its stage waits (or set {stage} to the stage it is meant to approve)."
    );
  }
  const stages = reads[reads.length - 1]?.stages ?? [];
  const why = stages.length === 0 ? "the execution read names no stages" : "no single stage of the execution shows ApprovalWaiting";
  return cause2(
    `The stage of the waiting approval step of execution ${executionId} cannot be told (${why}), so it cannot be checked against stage ${cleanRemoteText(wanted, 128)} as given. Nothing was posted.`,
    "Check the execution in Harness; name the step with {callbackId} instead of {stage} if its stages run in parallel."
  );
}

// src/approvals/decide-execution.ts
var DEFAULT_TIMING = {
  appear: { initialMs: 2e3, maxMs: 15e3, factor: 1.5 },
  reads: { initialMs: 1e3, maxMs: 1e4, factor: 2 },
  readBudgetMs: 6e4,
  settleMs: 3e3,
  maxPosts: 2
};
function localCause(id, title, explanation, fix, harnessMessage2 = "") {
  return { id, title, explanation, fix, status: 0, harnessMessage: harnessMessage2 };
}
async function decideExecution(req, deps) {
  const timing = deps.timing ?? DEFAULT_TIMING;
  const ctx = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal };
  const started = deps.clock.now();
  let posts = 0;
  const waited = () => deps.clock.now() - started;
  const base = { executionId: req.executionId, decision: req.action };
  let pipeline;
  let stage;
  let mayBeRecorded = false;
  const withPipeline2 = () => ({ ...pipeline ? { pipeline } : {}, ...stage ? { stage } : {} });
  const failed = (cause2, inputsSent) => ({ kind: "failed", ...base, cause: cause2, posts, waitedMs: waited(), ...inputsSent ? { inputsSent } : {}, ...withPipeline2() });
  const ours = (comments) => typeof comments === "string" && (comments.includes(`[${req.marker}-`) || byEarlierAttempt(comments, req.workflowAttempt));
  const findDeps = { ...timing, client: deps.client, clock: deps.clock, logger: deps.logger, signal: deps.signal, readExecution: () => readExecution(req, deps, ctx, timing) };
  let beside;
  try {
    let decided = function(instance, confirmedByReadBack, note) {
      const status = normaliseStatus(instance.status);
      if (!status) {
        return { kind: "unknown", ...base, message: `Harness answered with approval status '${cleanRemoteText(instance.status, 40)}', which says neither approved, rejected nor waiting. Check the execution in Harness.`, posts, waitedMs: waited(), inputsSent: inputs, ...withPipeline2() };
      }
      if (req.action === "APPROVE" && status === "REJECTED" || req.action === "REJECT" && status !== "REJECTED") {
        return failed(localCause("already-finished", "Approval ended otherwise", `After this ${req.action}, Harness reports the approval as ${status}.`, "Look at the pipeline execution in Harness."), inputs);
      }
      return {
        kind: "decided",
        ...base,
        status,
        instanceId: instance.id,
        inputsSent: inputs,
        defaulted,
        ...fromPreviousApprover.length > 0 ? { fromPreviousApprover } : {},
        posts,
        waitedMs,
        confirmedByReadBack,
        ...note ? { note } : {},
        progress: approvalProgress(instance, ours),
        ...withPipeline2(),
        ...autoRejectsOlder ? { autoRejectsOlder: true } : {}
      };
    };
    const reading = req.summary ? Promise.resolve(req.summary) : readExecution(req, deps, ctx, timing);
    if (!req.instances && !req.summary && !req.oneReadAtATime) beside = startApprovalsRead(req, findDeps, ctx);
    const summary = await reading;
    const mismatch = scopeMismatch2(req.executionId, summary, deps.target);
    if (mismatch) return failed(mismatch);
    pipeline = pipelineRunOf(summary, deps.target);
    const found = await findWaitingInstance(req, findDeps, ctx, summary, req.instances ? Promise.resolve(req.instances) : beside?.read);
    if (found.kind === "failed") return failed(found.cause);
    if (found.kind === "known") return knownStepResult(found.step);
    const waitedMs = waited();
    if (waitedMs > 1e3) deps.logger.info(`Execution ${req.executionId}: the approval step started waiting after ${Math.round(waitedMs / 1e3)}s.`);
    stage = waitingStage(found.summary);
    if (req.stage !== void 0) {
      const mismatch2 = stageMismatch(req.executionId, req.stage, [found.summary, await readExecution(req, deps, ctx, timing)]);
      if (mismatch2) return failed(mismatch2);
    }
    let inputs = req.approverInputs;
    let defaulted = [];
    let fromPreviousApprover = [];
    if (found.kind === "instance" && req.action === "APPROVE") {
      const stepInputs = found.instance.details?.approverInputs ?? [];
      const checks = patternChecks(stepInputs, req.approverInputs);
      const judge = await checkPatterns(checks, { ...deps.signal ? { signal: deps.signal } : {} });
      for (const check of checks) {
        const verdict = judge(check.pattern, check.value);
        if (verdict.kind === "unchecked") {
          deps.logger.warning(`Execution ${req.executionId}: the pattern of approver input '${cleanRemoteText(check.name, 80)}' was not checked here: ${verdict.why}. Harness checks the value when the decision is posted.`, "Approver input left to Harness");
        }
      }
      const merged = mergeApproverInputs(stepInputs, req.approverInputs, found.instance.details?.approvalActivities, judge);
      if (!merged.ok) {
        return failed(localCause("invalid-inputs", "Approver inputs do not fit the approval step", merged.problem, "Give {approverInputs} with the step's input names; omitted ones take the step's defaults."));
      }
      inputs = merged.inputs;
      defaulted = merged.defaulted;
      fromPreviousApprover = merged.fromPreviousApprover;
    }
    if (req.dryRun) {
      const plan = decisionPlan(req.action, req.callbackId, found.instance, inputs, defaulted, commentsWithMarker(req.comments, `${req.marker}-1`, stage), fromPreviousApprover);
      return { kind: "dry-run", ...base, plan, posts: 0, waitedMs, ...withPipeline2() };
    }
    const autoRejectsOlder = req.action === "APPROVE" && found.instance.details?.autoRejectEnabled === true;
    if (autoRejectsOlder) {
      deps.logger.warning(
        `Execution ${req.executionId}: approving also rejects older waiting runs of pipeline ${pipeline.name} at this step (the step has auto-reject on).`,
        "Auto-reject"
      );
      if (deps.beforePost) await deps.beforePost(found.instance, found.summary);
    }
    const instanceId = found.instance.id;
    let unclear;
    let allProvenNotApplied = true;
    while (posts < timing.maxPosts) {
      if (deps.signal?.aborted) throw new CancelledError();
      posts++;
      const marker = `${req.marker}-${posts}`;
      const body = {
        action: req.action,
        comments: commentsWithMarker(req.comments, marker, stage),
        approverInputs: inputs
      };
      try {
        const instance = await deps.client.decide(instanceId, body, deps.signal);
        return decided(instance, false);
      } catch (error2) {
        if (deps.signal?.aborted) {
          if (!(error2 instanceof TransportError && error2.failure === "connect")) mayBeRecorded = true;
          throw new CancelledError();
        }
        const notSent = error2 instanceof TransportError && (error2.failure === "certificate" || error2.failure === "connect");
        if (notSent && !mayBeRecorded) return failed(describeReadFailure2(error2), inputs);
        const definite = error2 instanceof HarnessApiError && !isTransient(error2);
        const leftWaiting = definite && error2.harnessCause.id === "already-finished";
        if (definite && !mayBeRecorded && !leftWaiting) return failed(error2.harnessCause, inputs);
        if (!notSent && !definite && !(error2 instanceof HarnessApiError && error2.harnessCause.id === "rate-limited")) allProvenNotApplied = false;
        if (!notSent && !definite) mayBeRecorded = true;
        unclear = error2 instanceof Error ? error2.message : String(error2);
        if (!leftWaiting) deps.logger.warning(`Execution ${req.executionId}: the decision's outcome is unclear (${unclear}); reading the approval state back instead of posting again.`, "Unclear answer from Harness");
        const state = await readBack({ ...req, posts, instanceId }, deps, ctx, timing);
        if (state.kind === "ours") return decided(state.instance, true);
        if (state.kind === "matches") return decided(state.instance, true, "The approval shows the requested decision, but not this run's activity: it may have been decided by someone else.");
        if (state.kind === "finished") return failed(finishedOtherwise(req.executionId, state.instance, mayBeRecorded), inputs);
        if (state.kind === "unreadable") {
          return { kind: "unknown", ...base, message: `Decision state unknown for execution ${req.executionId}: the decision may or may not have been recorded (${unclear}), and the approval state could not be read back (${state.reason}). Check the execution in Harness before running this again.`, posts, waitedMs: waited(), inputsSent: inputs, ...withPipeline2() };
        }
        if (definite) return failed(error2.harnessCause, inputs);
      }
    }
    if (allProvenNotApplied) {
      return failed(localCause("not-recorded", "Decision not recorded", `Execution ${req.executionId}: ${posts} attempts were refused before reaching Harness's approval service (last: ${unclear}), and the approval step is still waiting with no decision from this run.`, "Nothing was recorded, so it is safe to run this again; if it keeps happening, check Harness status and any proxy in between."), inputs);
    }
    return {
      kind: "unknown",
      ...base,
      message: `Decision state unknown for execution ${req.executionId}: ${posts} attempts gave no clear answer (last: ${unclear}); the approval step still waits with no decision from this run, but a request that was sent may still be applied by Harness. Check the approval in Harness before running this again.`,
      posts,
      waitedMs: waited(),
      inputsSent: inputs,
      ...withPipeline2()
    };
  } catch (error2) {
    if (deps.signal?.aborted || error2 instanceof CancelledError) return { kind: "cancelled", ...base, posts, waitedMs: waited(), ...mayBeRecorded ? { mayBeRecorded: true } : {}, ...stage ? { stage } : {} };
    if (error2 instanceof HarnessApiError) return failed(error2.harnessCause);
    if (posts > 0) {
      return { kind: "unknown", ...base, message: `Decision state unknown for execution ${req.executionId}: ${error2.message}. Check the execution in Harness.`, posts, waitedMs: waited(), ...withPipeline2() };
    }
    return failed(describeReadFailure2(error2));
  } finally {
    beside?.stop();
  }
  function knownStepResult(step) {
    stage = stageFromComments(step.earlier?.comments);
    const by = `${decidedBy(step)}${stage ? ` (stage ${stageText(stage)})` : ""}`;
    if (step.status === "WAITING") {
      const progress = approvalProgress(step.instance, ours);
      const count = progress.minimumCount ? `${progress.approvals} of ${progress.minimumCount} approvals` : `${progress.approvals} approval${progress.approvals === 1 ? "" : "s"} so far`;
      const waiting = `and is waiting for more approvers (${count})`;
      if (!endedAsAsked(step, req.action)) {
        return failed(
          localCause(
            "already-finished",
            "Approval step already approved by this workflow run",
            `The approval step of execution ${req.executionId} was already ${by}, ${waiting}; this run does not decide it a second time, so it cannot be rejected by this run any more. Nothing was posted.`,
            "Look at the pipeline execution in Harness: another approver can reject it there; start a new pipeline run if the decision should be different."
          )
        );
      }
      if (req.dryRun) return knownInDryRun(step, `The approval step was already ${by}, ${waiting}; a real run would post nothing and succeed, the step still waiting.`, progress);
      return {
        ...known(step),
        note: `The approval step was already ${by}, ${waiting}; nothing was posted.`,
        progress
      };
    }
    const verb = step.status === "APPROVED" ? "approved" : "rejected";
    if (!endedAsAsked(step, req.action)) {
      return failed(
        localCause(
          "already-finished",
          `Approval step already ${verb}`,
          `The approval step of execution ${req.executionId} was already ${by}, so it cannot be ${req.action === "APPROVE" ? "approved" : "rejected"} any more. Nothing was posted.`,
          "Look at the pipeline execution in Harness; start a new pipeline run if the decision should be different."
        )
      );
    }
    if (req.dryRun) return knownInDryRun(step, `The approval step was already ${by}; a real run would post nothing and succeed.`);
    return { ...known(step), note: `The approval step was already ${by}; nothing was posted.` };
  }
  function knownInDryRun(step, note, progress) {
    return { kind: "dry-run", ...base, alreadyDecided: alreadyDecided(step), note, ...progress ? { progress } : {}, posts: 0, waitedMs: waited(), ...withPipeline2() };
  }
  function known(step) {
    return {
      kind: "decided",
      ...base,
      status: step.status,
      instanceId: step.instance.id,
      inputsSent: [],
      defaulted: [],
      posts: 0,
      waitedMs: waited(),
      confirmedByReadBack: false,
      ...withPipeline2()
    };
  }
}
function readExecution(req, deps, ctx, timing) {
  return retryRead(`Reading execution ${req.executionId}`, () => deps.executions.summary(req.executionId, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
}
function commentsWithMarker(comments, marker, stage) {
  return [comments, stage ? stageLine(stage) : "", `[${marker}]`].filter(Boolean).join("\n");
}
function normaliseStatus(status) {
  const upper = status.toUpperCase();
  return upper === "APPROVED" || upper === "REJECTED" || upper === "WAITING" ? upper : void 0;
}
function describeReadFailure2(error2) {
  if (error2 instanceof TransportError) return unreachableCause(error2, "Harness");
  if (error2 instanceof UnexpectedBodyError) {
    return localCause("not-json", "Unexpected answer from Harness", `${error2.message}.`, "Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).");
  }
  return localCause("unknown", "Unexpected failure", error2?.message ?? String(error2), "Report this with the log of the run.");
}

// src/approvals/follow-pipeline.ts
var FOLLOW_UNTIL_VALUES = ["past-approval", "finished"];
var MAX_FOLLOW_MS = 24 * 36e5;
var FOLLOW_BACKOFF = { initialMs: 3e3, maxMs: 3e4, factor: 1.5 };
var FAILING_PIPELINE_STATUSES = ["Failed", "Errored", "Aborted", "AbortedByFreeze", "Expired", "ApprovalRejected"];
var FAILING = new Set(FAILING_PIPELINE_STATUSES.map((s) => s.toLowerCase()));
var APPROVAL_WAITING = "approvalwaiting";
function parseFollowSettings(read, problems) {
  const waitText = read("waitForPipeline").trim();
  const untilText = read("waitForPipelineUntil").trim();
  const parsed = waitText === "" ? 0 : parseDuration(waitText);
  const waitValid = parsed !== void 0 && parsed <= MAX_FOLLOW_MS;
  if (!waitValid) problems.add("waitForPipeline", waitText, "a duration such as 30m, 90s or 0 (do not follow the pipeline), at most 24h");
  const timeoutMs = waitValid ? parsed : 0;
  let until = "past-approval";
  if (untilText !== "") {
    const value = untilText.toLowerCase();
    if (!FOLLOW_UNTIL_VALUES.includes(value)) {
      problems.add("waitForPipelineUntil", untilText, "past-approval (until the pipeline has left the approval step) or finished (until it has ended)");
    } else until = value;
    if (timeoutMs === 0 && waitValid && value !== "past-approval") {
      problems.add("waitForPipelineUntil", untilText, "to be given together with a {waitForPipeline} above 0 (how long to follow, such as 30m); without it the pipeline is not followed");
    }
  }
  return timeoutMs > 0 ? { timeoutMs, until } : void 0;
}
function isFarEnough(status, until) {
  if (isTerminalExecutionStatus(status)) return true;
  return until === "past-approval" && status.toLowerCase() !== APPROVAL_WAITING;
}
function isFailingStatus(status, decision) {
  const lower = status.toLowerCase();
  if (lower === "approvalrejected" && decision === "REJECT") return false;
  return FAILING.has(lower);
}
async function followPipeline(req, deps) {
  const { executionId, settings } = req;
  const ctx = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal };
  const started = deps.clock.now();
  const deadline = started + settings.timeoutMs;
  const goal = settings.until === "finished" ? "finish" : "leave the approval step";
  let reads = 0;
  let last;
  let previous;
  let url;
  const end = (kind, failed, message, cause2) => ({
    executionId,
    until: settings.until,
    end: kind,
    ...last ? { status: cleanRemoteText(last.status, 60), pipelineName: cleanRemoteText(last.name, 200) } : {},
    ...last?.runSequence !== void 0 ? { runSequence: last.runSequence } : {},
    ...url ? { url } : {},
    failed,
    message,
    ...cause2 ? { cause: cause2 } : {},
    reads,
    waitedMs: deps.clock.now() - started
  });
  const reported = () => last ? `Harness reports it as ${cleanRemoteText(last.status, 60)}` : "Harness reported no status";
  deps.logger.info(`Execution ${executionId}: ${req.decision} recorded; following the pipeline until it has ${settings.until === "finished" ? "finished" : "left the approval step"}, for at most ${formatDuration(settings.timeoutMs)}.`);
  try {
    for (; ; ) {
      try {
        last = await retryRead(`Reading execution ${executionId}`, () => deps.executions.summary(executionId, deps.signal), Math.max(deadline, deps.clock.now()), DEFAULT_TIMING.reads, ctx);
      } catch (error2) {
        if (deps.signal?.aborted || error2 instanceof CancelledError) throw error2;
        const cause2 = error2 instanceof HarnessApiError ? error2.harnessCause : void 0;
        const why = error2 instanceof Error ? error2.message : String(error2);
        return end("unreadable", true, `The pipeline of execution ${executionId} could not be read while following it (${cleanRemoteText(why, 300)}); the decision was recorded, but how the pipeline went on is unknown.`, cause2);
      }
      reads++;
      url ??= await deps.executions.uiUrl(last, deps.signal);
      const status = cleanRemoteText(last.status, 60);
      if (status !== previous) deps.logger.info(`Execution ${executionId}: the pipeline is ${status}.`);
      else deps.logger.debug(`Execution ${executionId}: the pipeline is still ${status} (read ${reads}).`);
      previous = status;
      if (isFarEnough(last.status, settings.until)) {
        const failed = isFailingStatus(last.status, req.decision);
        const ended = isTerminalExecutionStatus(last.status);
        const message = ended ? `The pipeline has ended: Harness reports it as ${status}.` : `The pipeline has left the approval step: Harness reports it as ${status}.`;
        return end("reached", failed, message);
      }
      const now = deps.clock.now();
      if (now >= deadline) {
        return end("timed-out", true, `The pipeline did not ${goal} within ${formatDuration(settings.timeoutMs)}: ${reported()}.`);
      }
      await deps.clock.sleep(Math.min(backoffDelay(reads, FOLLOW_BACKOFF, () => 1), deadline - now), deps.signal);
    }
  } catch (error2) {
    if (deps.signal?.aborted || error2 instanceof CancelledError) {
      return end("cancelled", true, `Following the pipeline was cancelled: ${reported()}.`);
    }
    throw error2;
  }
}

// src/approvals/batch-order.ts
function startOf(member) {
  return member.summary?.startTs ?? member.summary?.runSequence ?? Number.MAX_SAFE_INTEGER;
}
function oldestFirst(members) {
  return members.map((m, i) => ({ m, i })).sort((a, b) => startOf(a.m) - startOf(b.m) || a.i - b.i).map(({ m }) => m);
}
var BatchOrder = class {
  settled = /* @__PURE__ */ new Map();
  settle = /* @__PURE__ */ new Map();
  /** The members oldest first: the order they start in, and the order auto-rejecting approvals go in. */
  ordered;
  constructor(members) {
    this.ordered = oldestFirst(members);
    for (const m of members) this.settled.set(m.executionId, new Promise((resolve) => this.settle.set(m.executionId, resolve)));
  }
  /**
   * Resolves when `executionId` may post: at once, unless the APPROVE auto-rejects, then once every older
   * member of the same pipeline is decided. Members start oldest first, so an older one never waits on this.
   */
  beforePost(executionId, instance, summary) {
    if (instance.details?.autoRejectEnabled !== true) return Promise.resolve();
    const position = this.ordered.findIndex((m) => m.executionId === executionId);
    const older = this.ordered.slice(0, Math.max(position, 0)).filter((m) => m.summary?.pipelineIdentifier === summary.pipelineIdentifier);
    return Promise.all(older.map((m) => this.settled.get(m.executionId))).then(() => void 0);
  }
  /** The member's decision is over (whatever its outcome). */
  done(executionId) {
    this.settle.get(executionId)?.();
  }
};
function explainAutoRejected(results, members) {
  const member = (id) => members.find((m) => m.executionId === id);
  return results.map((r) => {
    if (r.kind !== "failed") return r;
    const mine = member(r.executionId);
    if (!mine?.summary) return r;
    const by = results.find((o) => {
      const other = member(o.executionId);
      return o.kind === "decided" && o.autoRejectsOlder === true && other?.summary?.pipelineIdentifier === mine.summary.pipelineIdentifier && startOf(other) > startOf(mine);
    });
    if (!by) return r;
    const note = ` Execution ${by.executionId} of this batch was approved after it, and the step has auto-reject on: that approval rejected this execution's approval step if it was waiting by then.`;
    return { ...r, cause: { ...r.cause, explanation: `${r.cause.explanation}${note}` } };
  });
}

// src/approvals/authorization-client.ts
var AuthorizationClient = class {
  constructor(http, target) {
    this.http = http;
    this.target = target;
  }
  http;
  target;
  /**
   * GET \u2026/pipeline/api/approvals/{id}/harness/authorization. The oldest servers answer `authorized: true`
   * always; newer ones run the check a decision runs, and name its reason.
   */
  async authorization(instanceId, signal) {
    const url = this.url(`/pipeline/api/approvals/${encodeURIComponent(instanceId)}/harness/authorization`);
    const data = this.data(await this.http.send({ method: "GET", url, headers: this.headers(), signal }));
    const authorized = data?.authorized;
    if (typeof authorized !== "boolean") throw new UnexpectedBodyError("Harness answered the authorization read, but without data.authorized");
    const reason = data?.reason;
    return { authorized, ...typeof reason === "string" && reason !== "" ? { reason } : {} };
  }
  /** GET {base}/ng/api/user/currentUser. A service account's key has no user: Harness answers 400. */
  async currentUser(signal) {
    const data = this.data(await this.http.send({ method: "GET", url: this.url("/ng/api/user/currentUser"), headers: this.headers(), signal }));
    const uuid = data?.uuid;
    if (typeof uuid !== "string") throw new UnexpectedBodyError("Harness answered the current-user read, but without the user's id (data.uuid)");
    const { email, name } = data;
    return { uuid, ...typeof email === "string" ? { email } : {}, ...typeof name === "string" ? { name } : {} };
  }
  url(path2) {
    const { baseUrl, accountId } = this.target;
    const url = new URL(`${baseUrl.pathname.replace(/\/+$/, "")}${path2}`, baseUrl.origin);
    url.searchParams.set("accountIdentifier", accountId);
    return url;
  }
  headers() {
    return { "x-api-key": this.target.apiKey, "Harness-Account": this.target.accountId };
  }
  /** The `data` object of a `{status: SUCCESS, data}` answer, or the cause of a failure. */
  data(response) {
    if (response.status !== 200) throw new HarnessApiError(classifyHarnessFailure(response.status, response.text, { keyKind: keyKindOf(this.target.apiKey) }));
    if (response.truncated) throw new UnexpectedBodyError("Harness answered with a body larger than this client accepts");
    let body;
    try {
      body = JSON.parse(response.text);
    } catch {
      throw new UnexpectedBodyError(`Harness answered ${response.status} with a body that is not JSON`);
    }
    const data = body && typeof body === "object" ? body.data : void 0;
    return data && typeof data === "object" && !Array.isArray(data) ? data : void 0;
  }
};

// src/approvals/preflight.ts
function serverRefusal(instance, facts) {
  if (facts.authorization && !facts.authorization.authorized) return facts.authorization.reason ?? "User not authorized to approve/reject";
  const approvers = instance.details?.approvers;
  const me = facts.me;
  const same = (a, b) => a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
  if (me && (instance.details?.approvalActivities ?? []).some((a) => same(a.user?.email, me.email) && (a.user?.name === void 0 || me.name === void 0 || a.user.name === me.name))) {
    return "You have already approved/rejected the pipeline";
  }
  if (me && approvers?.disallowPipelineExecutor === true && facts.executorUuid !== void 0 && facts.executorUuid === me.uuid) {
    return "Pipeline executor is not allowed to approve/reject";
  }
  if (me?.email !== void 0 && (approvers?.disallowedUserEmails ?? []).some((e) => same(e, me.email))) {
    return `Action not permitted: You [${me.email}] are on the disallowed user list and do not have permission to approve or reject.`;
  }
  if (facts.keyKind === "service-account" && approvers !== void 0 && (approvers.serviceAccounts ?? []).length === 0) {
    return "The service account configured in the request is not authorized to approve/reject";
  }
  if (typeof instance.deadline === "number" && instance.deadline > 0 && instance.deadline <= facts.now) {
    return "Unable to add Harness Approval Activity : Harness approval instance has already expired";
  }
  return void 0;
}
async function preflight(req, deps) {
  const timing = deps.timing ?? DEFAULT_TIMING;
  const ctx = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal };
  const read = (what, fn) => retryRead(what, fn, deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
  const readApprovals2 = () => settle(read(`Reading the approvals of execution ${req.executionId}`, () => deps.client.list(req.executionId, approvalsFilter(req), deps.signal)));
  const summaryReading = settle(read(`Reading execution ${req.executionId}`, () => deps.executions.summary(req.executionId, deps.signal)));
  const [summaryRead, approvalsReadTogether] = await Promise.all([summaryReading, req.oneAtATime ? void 0 : readApprovals2()]);
  if (summaryRead.status === "rejected") return { kind: "failed", cause: causeOf(summaryRead.reason) };
  const summary = summaryRead.value;
  const mismatch = scopeMismatch2(req.executionId, summary, deps.target);
  if (mismatch) return { kind: "failed", cause: mismatch };
  const pipeline = pipelineRunOf(summary, deps.target);
  const approvalsRead = approvalsReadTogether ?? await readApprovals2();
  if (approvalsRead.status === "rejected") return { kind: "failed", cause: causeOf(approvalsRead.reason), pipeline };
  const instances = approvalsRead.value;
  const finished = executionFinished(req.executionId, summary);
  if (finished) {
    return findKnownStep(instances, req.callbackId, req.workflowAttempt) ? { kind: "ok", summary, instances } : { kind: "failed", cause: finished, pipeline };
  }
  const waiting = instances.filter((i) => i.status === "WAITING" && (!i.type || i.type === "HarnessApproval"));
  if (waiting.length !== 1) return { kind: "ok", summary, instances };
  const instance = waiting[0];
  if (earlierAttemptActivity(instance, req.workflowAttempt)) return { kind: "ok", summary, instances, waiting: instance };
  const facts = await refusalFacts(req, deps, instance, summary);
  const refusal = serverRefusal(instance, facts);
  if (!refusal) return { kind: "ok", summary, instances, waiting: instance };
  const saidByHarness = facts.authorization?.authorized === false;
  return { kind: "failed", cause: refusalCause(req, refusal, saidByHarness), pipeline };
}
async function refusalFacts(req, deps, instance, summary) {
  const optional = async (what, fn) => {
    try {
      return await fn();
    } catch (error2) {
      if (deps.signal?.aborted) throw error2;
      deps.logger.debug(`${what} failed (${error2 instanceof Error ? error2.message : String(error2)}); going on without it.`);
      return void 0;
    }
  };
  const [authorization, me] = await both(
    () => optional(`Asking whether this key may decide execution ${req.executionId}`, () => deps.who.authorization(instance.id, deps.signal)),
    () => req.keyKind === "service-account" ? Promise.resolve(void 0) : optional("Reading the key's user", () => deps.who.currentUser(deps.signal)),
    req.oneAtATime
  );
  return {
    ...req.keyKind ? { keyKind: req.keyKind } : {},
    ...authorization ? { authorization } : {},
    ...me ? { me } : {},
    ...summary.executorUuid ? { executorUuid: summary.executorUuid } : {},
    now: deps.clock.now()
  };
}
function refusalCause(req, refusal, saidByHarness) {
  const cause2 = classifyHarnessFailure(400, JSON.stringify({ message: refusal }), { ...req.keyKind ? { keyKind: req.keyKind } : {} });
  return {
    ...cause2,
    explanation: `${cause2.explanation} Found before waiting, for execution ${req.executionId}: a ${req.action} would be refused; nothing was posted.`,
    status: 0,
    harnessMessage: saidByHarness ? cleanRemoteText(refusal, 400) : ""
  };
}
async function both(a, b, oneAtATime = false) {
  if (!oneAtATime) return Promise.all([a(), b()]);
  const first = await a();
  return [first, await b()];
}
function settle(read) {
  return read.then(
    (value) => ({ status: "fulfilled", value }),
    (reason) => ({ status: "rejected", reason })
  );
}
function causeOf(error2) {
  return error2 instanceof HarnessApiError ? error2.harnessCause : describeReadFailure2(error2);
}

// src/approvals/watch.ts
var DEFAULT_WATCH_INTERVAL_MS = 3e4;
async function watchExecutions(watched, deps) {
  const live = new Map(watched.map((w) => [w.executionId, w]));
  try {
    while (live.size > 0) {
      await deps.clock.sleep(deps.intervalMs, deps.signal);
      for (const w of [...live.values()]) {
        if (deps.signal.aborted) return false;
        const cause2 = await endedCause(w, deps);
        if (cause2) {
          live.delete(w.executionId);
          deps.onEnded(w.executionId, cause2);
        }
      }
    }
    return true;
  } catch (error2) {
    if (deps.signal.aborted || error2 instanceof CancelledError) return false;
    throw error2;
  }
}
async function endedCause(w, deps) {
  try {
    const summary = await deps.executions.summary(w.executionId, deps.signal);
    if (isTerminalExecutionStatus(summary.status)) return executionEndedCause(w.executionId, cleanRemoteText(summary.status, 60));
    if (!w.instanceId || summary.status.toLowerCase() === "approvalwaiting") return void 0;
    const instances = await deps.client.list(w.executionId, { type: "HarnessApproval", ...w.callbackId ? { callbackId: w.callbackId } : {} }, deps.signal);
    const step = instances.find((i) => i.id === w.instanceId);
    if (!step || step.status === "WAITING") return void 0;
    return stepFinishedCause(w.executionId, cleanRemoteText(step.status, 40));
  } catch (error2) {
    if (deps.signal.aborted) throw new CancelledError();
    deps.logger.debug(`Watching execution ${w.executionId}: the read failed (${error2 instanceof Error ? error2.message : String(error2)}); reading again in ${Math.round(deps.intervalMs / 1e3)}s.`);
    return void 0;
  }
}
function executionEndedCause(executionId, status) {
  return {
    id: "execution-finished",
    title: "Execution ended during the wait",
    explanation: `Harness reports execution ${executionId} as ${status}: it ended while this run waited, so the wait was cut short. It will never wait for an approval again. Nothing was posted.`,
    fix: "Look at the pipeline execution in Harness (someone aborted it, or it failed or expired); start a new pipeline run if it should go ahead.",
    status: 0,
    harnessMessage: ""
  };
}
function stepFinishedCause(executionId, status) {
  return {
    id: "already-finished",
    title: "Approval step finished during the wait",
    explanation: `Harness reports the approval step of execution ${executionId} as ${status}: someone else decided it, or it expired, while this run waited, so the wait was cut short. Nothing was posted.`,
    fix: "Look at the pipeline execution in Harness; start a new pipeline run if the decision should be different.",
    status: 0,
    harnessMessage: ""
  };
}

// src/run/before-wait.ts
async function checkBeforeWaiting(settings, deps, clients) {
  const who = new AuthorizationClient(clients.http, settings.harness);
  const workflowAttempt = workflowAttemptOf(deps.marker);
  const keyKind = keyKindOf(settings.harness.apiKey);
  const checks = await mapConcurrently(
    settings.executionIds,
    settings.concurrency,
    (executionId) => preflight(
      // Before a gate, latency is not at stake: one request at a time keeps the run on one connection.
      { executionId, action: settings.action, ...settings.callbackId ? { callbackId: settings.callbackId } : {}, ...workflowAttempt ? { workflowAttempt } : {}, ...keyKind ? { keyKind } : {}, ...settings.gate ? { oneAtATime: true } : {} },
      { client: clients.client, executions: clients.executions, who, target: settings.harness, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random, timing: deps.timing }
    )
  );
  const result = { failed: [], passed: [], reads: /* @__PURE__ */ new Map() };
  checks.forEach((check, i) => {
    const executionId = settings.executionIds[i];
    if (check.kind === "failed") {
      deps.logger.info(`Execution ${executionId}: checked with Harness before waiting: ${check.cause.title}; nothing will be posted for it.`);
      result.failed.push({ kind: "failed", executionId, decision: settings.action, cause: check.cause, posts: 0, waitedMs: 0, ...check.pipeline ? { pipeline: check.pipeline } : {} });
      return;
    }
    const step = check.waiting ? "its approval step waits, and nothing Harness says refuses this key" : "no approval step waits yet";
    deps.logger.info(`Execution ${executionId}: checked with Harness before waiting (${check.summary.status}): ${step}.`);
    result.passed.push({ executionId, ...settings.callbackId ? { callbackId: settings.callbackId } : {}, ...check.waiting ? { instanceId: check.waiting.id } : {} });
    result.reads.set(executionId, { summary: check.summary, instances: check.instances });
  });
  return result;
}
async function runWatchedGate(gateSettings, watched, deps, clients) {
  const stopGate = new AbortController();
  const stopWatch = new AbortController();
  const either = (own) => eitherSignal(deps.signal, own);
  const ended = /* @__PURE__ */ new Map();
  const intervalMs = deps.watchIntervalMs ?? Math.min(DEFAULT_WATCH_INTERVAL_MS, Math.max(1e3, gateSettings.maxPollIntervalMs));
  const watching = watched.length === 0 ? Promise.resolve(false) : watchExecutions(watched, {
    executions: clients.executions,
    client: clients.client,
    clock: deps.clock,
    logger: deps.logger,
    intervalMs,
    signal: either(stopWatch),
    onEnded: (executionId, cause2) => {
      ended.set(executionId, cause2);
      deps.logger.warning(cause2.explanation, cause2.title);
    }
  }).then((all) => {
    if (all) stopGate.abort(new CancelledError("Every execution ended during the status gate."));
    return all;
  });
  let gate = await runGate(gateSettings, { http: deps.http, clock: deps.clock, logger: deps.logger, signal: either(stopGate), random: deps.random });
  stopWatch.abort(new CancelledError("The status gate ended."));
  const cutShort = await watching.catch(() => false) && !deps.signal?.aborted;
  if (cutShort) {
    const which = ended.size === 1 ? `Harness reports execution ${[...ended.keys()][0]} ended` : `Harness reports all ${ended.size} executions ended`;
    gate = { ...gate, reason: `cut short after ${gate.attempts} attempt${gate.attempts === 1 ? "" : "s"} (${formatDuration(gate.elapsedMs)}): ${which}` };
  }
  return { gate, ended, cutShort };
}
function eitherSignal(run2, own) {
  if (!run2) return own.signal;
  if (run2.aborted) own.abort(run2.reason);
  else run2.addEventListener("abort", () => own.abort(run2.reason), { once: true });
  return own.signal;
}

// src/run/run.ts
function decisionForVerdict(settings, verdict) {
  switch (verdict) {
    case "success":
      return settings.action;
    case "failure":
      return settings.gate?.onFailure === "reject" ? "REJECT" : void 0;
    case "timeout":
      return settings.gate?.onTimeout === "reject" ? "REJECT" : void 0;
    default:
      return void 0;
  }
}
async function runApprovalGate(settings, given) {
  const deps = { ...given, timing: given.timing ?? { ...DEFAULT_TIMING, readBudgetMs: settings.requestTimeoutMs } };
  const scope = { orgId: settings.harness.orgId, projectId: settings.harness.projectId };
  const reachable = withConnectRetry(deps.http, deps.clock, deps.logger, deps.connectRetry);
  const harness = withRateLimit(settings.dryRun ? readOnlyHttp(reachable) : reachable, new RateLimiter(settings.maxRequestsPerMinute, deps.clock));
  if (settings.exemption) return runExemption(settings, deps, harness);
  const clients = { http: harness, client: new ApprovalsClient(harness, settings.harness), executions: new ExecutionClient(harness, settings.harness) };
  let early = [];
  let toDecide = settings.executionIds;
  let watched = settings.executionIds.map((executionId) => ({ executionId }));
  let read = /* @__PURE__ */ new Map();
  if (settings.gate || settings.dryRun) {
    const checked = await checkBeforeWaiting(settings, deps, clients);
    if (deps.signal?.aborted) return { outcome: "cancelled", executions: [], scope };
    early = checked.failed;
    watched = checked.passed;
    toDecide = watched.map((w) => w.executionId);
    if (!settings.gate) read = checked.reads;
  }
  const dry = settings.dryRun ? { dryRun: true } : {};
  const ordered = (results) => settings.executionIds.map((id) => results.find((r) => r.executionId === id)).filter(Boolean);
  if (toDecide.length === 0) return { outcome: overallOutcome(early), executions: ordered(early), scope, ...dry };
  let decision = settings.action;
  let comments = settings.comments;
  let gate;
  if (settings.gate) {
    const watchedGate = await runWatchedGate(settings.gate, watched, deps, clients);
    gate = watchedGate.gate;
    early = [...early, ...[...watchedGate.ended].map(([executionId, cause2]) => ({ kind: "failed", executionId, decision, cause: cause2, posts: 0, waitedMs: gate.elapsedMs }))];
    toDecide = toDecide.filter((id) => !watchedGate.ended.has(id));
    if (watchedGate.cutShort) return { outcome: overallOutcome(early), gate, executions: ordered(early), scope, ...dry };
    if (gate.verdict === "cancelled" || deps.signal?.aborted) return { outcome: "cancelled", gate, executions: [], scope };
    const chosen = decisionForVerdict(settings, gate.verdict);
    if (!chosen) return { outcome: "gate-failed", gate, executions: [], scope };
    decision = chosen;
    if (gate.verdict !== "success") comments = [`Rejected: ${gate.reason}.`, comments].filter(Boolean).join(" ");
  }
  const workflowAttempt = workflowAttemptOf(deps.marker);
  const batch = toDecide.length > 1 ? await readBatch(toDecide, settings, clients.executions, read, deps.signal) : void 0;
  const order = batch ? new BatchOrder(batch) : void 0;
  const members = batch ? oldestFirst(batch) : toDecide.map((executionId) => ({ executionId, ...read.has(executionId) ? { summary: read.get(executionId).summary } : {} }));
  const decided = await mapConcurrently(
    members,
    settings.concurrency,
    ({ executionId, summary }) => decideExecution(
      {
        executionId,
        ...summary ? { summary } : {},
        ...read.has(executionId) ? { instances: read.get(executionId).instances } : {},
        // After the check before a wait, its connection is open: one read at a time keeps the run on it.
        ...settings.gate ? { oneReadAtATime: true } : {},
        callbackId: settings.callbackId,
        ...settings.stage ? { stage: settings.stage } : {},
        action: decision,
        approverInputs: settings.approverInputs,
        comments,
        marker: deps.marker,
        ...workflowAttempt ? { workflowAttempt } : {},
        waitForApprovalMs: settings.waitForApprovalMs,
        ...settings.dryRun ? { dryRun: true } : {}
      },
      {
        client: clients.client,
        executions: clients.executions,
        target: settings.harness,
        clock: deps.clock,
        logger: deps.logger,
        signal: deps.signal,
        random: deps.random,
        timing: deps.timing,
        ...order ? { beforePost: (instance, current) => order.beforePost(executionId, instance, current) } : {}
      }
    ).finally(() => order?.done(executionId))
  );
  const inOrder = ordered([...early, ...decided]);
  const executions = batch ? explainAutoRejected(inOrder, batch) : inOrder;
  if (settings.dryRun) return { outcome: forGate(overallOutcome(executions), gate), decision, ...gate ? { gate } : {}, executions, scope, dryRun: true };
  const follows = settings.follow ? await followDecided(executions, settings, { ...deps, executions: clients.executions }) : void 0;
  return { outcome: forGate(overallOutcome(executions, follows), gate), decision, ...gate ? { gate } : {}, executions, scope, ...follows ? { follows } : {} };
}
async function runExemption(settings, deps, harness) {
  const exemptionSettings = settings.exemption;
  const scope = { orgId: settings.harness.orgId, projectId: settings.harness.projectId };
  let decision = settings.action;
  let comments = settings.comments;
  let gate;
  if (settings.gate) {
    gate = await runGate(settings.gate, { http: deps.http, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random });
    if (gate.verdict === "cancelled" || deps.signal?.aborted) return { outcome: "cancelled", gate, executions: [], scope };
    const chosen = decisionForVerdict(settings, gate.verdict);
    if (!chosen) return { outcome: "gate-failed", gate, executions: [], scope };
    decision = chosen;
    if (gate.verdict !== "success") comments = [`Rejected: ${gate.reason}.`, comments].filter(Boolean).join(" ");
  }
  const exemption = await decideExemption(
    {
      exemptionId: exemptionSettings.exemptionId,
      action: decision,
      ...exemptionSettings.approverId ? { approverId: exemptionSettings.approverId } : {},
      reapproveRejected: exemptionSettings.reapproveRejected,
      // STO takes at most 1024 characters; a gate's rejection reason may have lengthened the comment.
      comment: shortenText(comments, 1024),
      scope
    },
    { client: new ExemptionsClient(harness, settings.harness), clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random, timing: { ...DEFAULT_EXEMPTION_TIMING, readBudgetMs: settings.requestTimeoutMs } }
  );
  const outcome = forGate(exemption.kind, gate);
  return { outcome, decision, ...gate ? { gate } : {}, executions: [], exemption, scope };
}
function readBatch(executionIds, settings, executions, read, signal) {
  return mapConcurrently(executionIds, settings.concurrency, async (executionId) => {
    const known = read.get(executionId);
    if (known) return { executionId, summary: known.summary };
    try {
      return { executionId, summary: await executions.summary(executionId, signal) };
    } catch {
      return { executionId };
    }
  });
}
function forGate(outcome, gate) {
  return (outcome === "decided" || outcome === "dry-run") && gate && gate.verdict !== "success" ? "gate-rejected" : outcome;
}
async function followDecided(executions, settings, deps) {
  const follow = settings.follow;
  const decided = executions.filter((e) => e.kind === "decided");
  return mapConcurrently(
    decided,
    settings.concurrency,
    (e) => followPipeline(
      { executionId: e.executionId, decision: e.decision, settings: follow },
      { executions: deps.executions, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random }
    )
  );
}
function overallOutcome(executions, follows = []) {
  if (executions.some((e) => e.kind === "cancelled")) return "cancelled";
  if (executions.some((e) => e.kind === "failed")) return "failed";
  if (executions.some((e) => e.kind === "unknown")) return "unknown";
  if (executions.some((e) => e.kind === "dry-run")) return "dry-run";
  if (follows.some((f) => f.failed)) return "pipeline-failed";
  return "decided";
}

// src/run/github-context.ts
var import_node_fs = __toESM(require_node_fs());
function readWorkflowRun(env = process.env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt } = env;
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed = JSON.parse((0, import_node_fs.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
      if (parsed && typeof parsed === "object") payload = parsed;
    } catch {
    }
  }
  const url = server && repo && runId ? `${server}/${repo}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ""}` : void 0;
  return { url, runId, runAttempt, job: env.GITHUB_JOB, step: env.GITHUB_ACTION, eventName: env.GITHUB_EVENT_NAME, payload };
}
function runMarker(runId, runAttempt, job, step) {
  const tag = stepTag(job, step);
  return `hag-${runId ?? "local"}.${runAttempt ?? "1"}${tag ? `.${tag}` : ""}-${Math.floor(Math.random() * 16777216).toString(16).padStart(6, "0")}`;
}
function pick(source, ...names) {
  if (!source || typeof source !== "object") return void 0;
  for (const name of names) {
    const value = source[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return void 0;
}
function runDefaults(run2) {
  const source = run2.eventName === "repository_dispatch" ? run2.payload.client_payload : run2.eventName === "workflow_dispatch" ? run2.payload.inputs : void 0;
  const executionId = pick(source, "executionId", "execution_id");
  const callbackId = pick(source, "callback_id", "callbackId");
  return {
    ...run2.url ? { comments: `Decided by GitHub workflow run ${run2.url}` } : {},
    ...executionId ? { executionId } : {},
    ...callbackId ? { callbackId } : {}
  };
}

// src/http/request-log.ts
function loggableUrl(url) {
  const names = [...new Set(url.searchParams.keys())];
  return `${url.origin}${url.pathname}${names.length ? `?${names.map((n) => `${n}=\u2026`).join("&")}` : ""}`;
}
function withRequestLog(http, clock, debug2) {
  return {
    send: async (req) => {
      const started = clock.now();
      const took = () => `${Math.round(clock.now() - started)} ms`;
      const what = `${req.method} ${loggableUrl(req.url)}`;
      try {
        const response = await http.send(req);
        debug2(`${what} -> ${response.status} in ${took()}`);
        return response;
      } catch (error2) {
        debug2(`${what} -> ${error2 instanceof TransportError ? `${error2.failure}${error2.code ? ` (${error2.code})` : ""}` : "failed"} after ${took()}`);
        throw error2;
      }
    },
    close: () => http.close(),
    destroy: () => http.destroy()
  };
}

// src/report/failure.ts
function failureText(f) {
  const said = f.harnessMessage ? ` Harness said: "${f.harnessMessage}".` : "";
  return `${f.message ?? ""}${said}
Fix: ${f.fix ?? ""}`;
}

// src/report/summary.ts
var import_node_fs2 = __toESM(require_node_fs());
var EOL4 = process.platform === "win32" ? "\r\n" : "\n";
var HEADINGS = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5", "6"]);
function element(tag, content, attrs = {}) {
  const attributes = Object.entries(attrs).map(([name, value]) => ` ${name}="${value}"`).join("");
  return content ? `<${tag}${attributes}>${content}</${tag}>` : `<${tag}${attributes}>`;
}
var JobSummary = class {
  html = "";
  addRaw(text, addEOL = false) {
    this.html += text;
    return addEOL ? this.addEOL() : this;
  }
  addEOL() {
    return this.addRaw(EOL4);
  }
  addHeading(text, level = 1) {
    return this.addRaw(element(HEADINGS.has(String(level)) ? `h${level}` : "h1", text), true);
  }
  addList(items, ordered = false) {
    return this.addRaw(element(ordered ? "ol" : "ul", items.map((item) => element("li", item)).join("")), true);
  }
  addTable(rows) {
    const cells = (row) => row.map((cell) => {
      if (typeof cell === "string") return element("td", cell);
      const spans = {};
      if (cell.colspan) spans.colspan = cell.colspan;
      if (cell.rowspan) spans.rowspan = cell.rowspan;
      return element(cell.header ? "th" : "td", cell.data, spans);
    }).join("");
    return this.addRaw(element("table", rows.map((row) => element("tr", cells(row))).join("")), true);
  }
  addDetails(label, content) {
    return this.addRaw(element("details", element("summary", label) + content), true);
  }
  stringify() {
    return this.html;
  }
  /** Appends the summary to the file GITHUB_STEP_SUMMARY names; throws when it names none or cannot be written. */
  write(env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file) throw new Error("GITHUB_STEP_SUMMARY is not set (not on a GitHub runner?)");
    (0, import_node_fs2.appendFileSync)(file, redactSecrets(this.html), "utf8");
    this.html = "";
  }
};
function closedCells(rows) {
  return rows.map((row) => row.map((cell) => typeof cell === "string" ? cell || "\u2013" : { ...cell, data: cell.data || "\u2013" }));
}

// src/approvals/summary.ts
var clean = (text) => cleanRemoteText(text, 1e3);
var CANCELLED_AFTER_POST = "Cancelled while the decision was being posted, before its outcome was known: it may have been recorded. Check the execution in Harness before running this again.";
function executionRow(e, phrasing = ACTION_PHRASING) {
  const row = {
    executionId: e.executionId,
    outcome: e.kind,
    decision: e.decision,
    posts: e.posts,
    waitedSeconds: Math.round(e.waitedMs / 1e3),
    ...e.kind !== "cancelled" && e.pipeline ? { pipeline: pipelineRun(e.pipeline) } : {},
    ...e.kind !== "dry-run" && e.stage ? { stage: e.stage } : {}
  };
  const inputs = (list) => list.map((i) => ({ name: clean(i.name), value: clean(i.value) }));
  switch (e.kind) {
    case "decided":
      return {
        ...row,
        approvalStatus: e.status,
        approvalInstanceId: clean(e.instanceId),
        approverInputs: inputs(e.inputsSent),
        ...e.note ? { note: clean(e.note) } : {},
        ...progressFields(e.progress),
        ...e.autoRejectsOlder ? { autoRejectsOlder: true } : {}
      };
    case "failed":
      return {
        ...row,
        cause: e.cause.id,
        title: e.cause.title,
        message: clean(e.cause.explanation),
        fix: phrase(e.cause.fix, phrasing),
        ...e.cause.harnessMessage ? { harnessMessage: clean(e.cause.harnessMessage) } : {},
        ...e.inputsSent ? { approverInputs: inputs(e.inputsSent) } : {}
      };
    case "unknown":
      return { ...row, cause: "decision-state-unknown", title: "Decision state unknown", message: clean(e.message), fix: "Check the execution in Harness before running this again." };
    case "cancelled":
      return e.mayBeRecorded ? { ...row, mayBeRecorded: true, message: CANCELLED_AFTER_POST } : { ...row, message: "Cancelled before a decision was posted." };
    case "dry-run":
      return {
        ...row,
        ...e.plan ? { wouldPost: wouldPostJson(e.plan) } : {},
        ...e.alreadyDecided ? { alreadyDecided: e.alreadyDecided } : {},
        ...e.note ? { note: clean(e.note) } : {},
        ...progressFields(e.progress)
      };
  }
}
function progressFields(p) {
  return {
    ...p?.message ? { approvalMessage: p.message } : {},
    ...p && p.approvals > 0 ? { approvals: p.approvals } : {},
    ...p?.minimumCount ? { minimumCount: p.minimumCount } : {},
    ...p?.others.length ? { otherApprovers: p.others } : {}
  };
}
function commonStatus(rows) {
  const statuses = new Set(rows.map((r) => r.approvalStatus ?? "NONE"));
  if (statuses.size === 1) return rows[0]?.approvalStatus;
  return rows.length > 0 ? "MIXED" : void 0;
}
function approvalFields(decision, executions) {
  const first = executions.length === 1 ? executions[0] : void 0;
  return {
    // The decision is reported only when one was recorded (or found in place), never merely sent or intended.
    ...decision && executions.some((e) => e.outcome === "decided") ? { decision } : {},
    ...decision && executions.some((e) => e.outcome === "decided" || e.posts > 0) ? { requestedDecision: decision } : {},
    ...first?.stage ? { stage: first.stage.identifier } : {},
    ...commonStatus(executions) ? { approvalStatus: commonStatus(executions) } : {},
    ...first?.approvalInstanceId ? { approvalInstanceId: first.approvalInstanceId } : {}
  };
}
function pipelineRun(run2) {
  const url = /^https?:\/\/[^\s"'<>]+$/.test(run2.url) ? redactSecretsInUrl(run2.url) : "";
  return {
    name: clean(run2.name),
    ...run2.identifier ? { identifier: clean(run2.identifier) } : {},
    ...run2.runSequence !== void 0 ? { runSequence: run2.runSequence } : {},
    url,
    ...run2.status ? { status: cleanRemoteText(run2.status, 60) } : {}
  };
}
function runLabel(run2, separator) {
  return run2.runSequence !== void 0 ? `${run2.name}${separator}${run2.runSequence}` : run2.name;
}
function progressText(row) {
  if (row.approvals === void 0) return "";
  const of = row.minimumCount ? ` of ${row.minimumCount}` : "";
  const also = row.otherApprovers?.length ? ` (also: ${row.otherApprovers.join(", ")})` : "";
  return `${row.approvals}${of} approval${(row.minimumCount ?? row.approvals) === 1 ? "" : "s"}${also}`;
}
function describeExecution(row, scope) {
  const where = scope.orgId && scope.projectId ? ` in ${scope.orgId}/${scope.projectId}` : "";
  const pipeline = row.pipeline ? `, pipeline ${runLabel({ ...row.pipeline, name: `"${row.pipeline.name}"` }, " run ")}` : "";
  const stage = row.stage ? `, stage ${stageText(row.stage)}` : "";
  return `execution ${row.executionId}${where}${pipeline}${stage}`;
}
function announceExecutions(rows, logger, scope = {}) {
  for (const row of rows) {
    const stage = row.stage ? `stage ${stageText(row.stage)}` : "";
    const where = rows.length > 1 ? `Execution ${row.executionId}${stage ? `, ${stage}` : ""}: ` : stage ? `${stage[0].toUpperCase()}${stage.slice(1)}: ` : "";
    if (row.outcome === "failed" || row.outcome === "unknown") {
      logger.error(`${where}${failureText(row)}`, row.title);
    } else if (row.outcome === "decided") {
      const progress = progressText(row);
      if (row.approvalStatus === "WAITING") {
        logger.warning(
          `${where}the approval was recorded${progress ? ` (${progress})` : ""}, but the step needs more approvers (its minimum count is not reached yet), so the pipeline keeps waiting. This key cannot approve twice: another approver must act.`,
          "Recorded but not released"
        );
      } else {
        const verb = row.approvalStatus === "APPROVED" ? "Approved" : "Rejected";
        const what = `${describeExecution(row, scope)} (approval instance ${row.approvalInstanceId}${progress ? `; ${progress}` : ""}).`;
        logger.info(row.posts === 0 ? `Already ${verb.toLowerCase()}: ${what}` : `${verb} ${what}`);
      }
      if (row.autoRejectsOlder) logger.warning(`${where}${autoRejectedText(row)}`, "Auto-reject");
      if (row.note && row.posts === 0) logger.info(`${where}${row.note}`);
      else if (row.note) logger.warning(`${where}${row.note}`, "Check the approval");
    }
  }
}
function autoRejectedText(row) {
  return `The approval step has auto-reject on: this approval also rejected older waiting runs of pipeline ${row.pipeline?.name || "this pipeline"} at this step.`;
}
function executionCell(row) {
  const id = `<code>${escapeHtml(row.executionId)}</code>`;
  const stage = row.stage ? `<br>Stage: ${escapeHtml(stageText(row.stage))}` : "";
  if (!row.pipeline) return `${id}${stage}`;
  const label = escapeHtml(runLabel(row.pipeline, " #"));
  return `${id}<br>${row.pipeline.url ? `<a href="${escapeHtml(row.pipeline.url)}">${label}</a>` : label}${stage}`;
}
function detailsCell(row) {
  return [
    row.title ? `<strong>${escapeHtml(row.title)}</strong>` : "",
    row.message ? escapeHtml(row.message) : "",
    row.harnessMessage ? `Harness said: <q>${escapeHtml(row.harnessMessage)}</q>` : "",
    row.fix ? `Fix: ${escapeHtml(row.fix)}` : "",
    row.approvalMessage ? `Step message: <q>${escapeHtml(row.approvalMessage)}</q>` : "",
    row.note ? escapeHtml(row.note) : "",
    row.autoRejectsOlder ? `\u26A0\uFE0F ${escapeHtml(autoRejectedText(row))}` : ""
  ].filter(Boolean).join("<br>");
}
function addExecutionsToSummary(summary, rows, context = {}) {
  if (rows.length === 0) return summary;
  const where = context.orgId && context.projectId ? ` in ${context.orgId}/${context.projectId}` : "";
  summary.addHeading(`${rows.length === 1 ? "Execution" : `Executions (${rows.length})`}${escapeHtml(where)}`, 3);
  const cells = rows.map((e) => [
    executionCell(e),
    escapeHtml(context.callbackId ?? ""),
    escapeHtml(e.decision),
    escapeHtml(e.approvalStatus ?? e.outcome),
    escapeHtml(progressText(e)),
    escapeHtml((e.approverInputs ?? []).map((i) => `${i.name}=${i.value}`).join(", ")),
    detailsCell(e)
  ]);
  summary.addTable(
    closedCells([
      [
        { data: "Execution", header: true },
        { data: "Callback id", header: true },
        { data: "Decision", header: true },
        { data: "Status", header: true },
        { data: "Approvals", header: true },
        { data: "Approver inputs sent", header: true },
        { data: "Details", header: true }
      ],
      ...cells
    ])
  );
  return summary;
}

// src/approvals/dry-run-summary.ts
var AUTO_REJECT = "the approval step has auto-reject on: approving it also rejects the older waiting approvals of the same pipeline, step and service in other executions.";
function inputsText(plan) {
  if (plan.approverInputs.length === 0) return "none";
  return plan.approverInputs.map((i) => `${i.name}=${i.value} (${SOURCE_TEXT[i.source]})`).join(", ");
}
var SOURCE_TEXT = {
  given: "given",
  default: "step's default",
  "previous-approver": "previous approver's value"
};
function pipelineText(row) {
  return row.pipeline?.name ? ` of pipeline ${row.pipeline.name}${row.pipeline.status ? ` (${row.pipeline.status})` : ""}` : "";
}
function announceDryRun(rows, logger) {
  for (const row of rows) {
    const plan = row.wouldPost;
    if (!plan) continue;
    const target = plan.instanceId ? `approval instance ${plan.instanceId}` : "the execution, without checking what waits (the key may not read approvals)";
    logger.info(
      [
        `Dry run, execution ${row.executionId}${pipelineText(row)}: a real run would post ${plan.action} to ${target}${plan.callbackId ? ` (callback id ${plan.callbackId})` : ""}.`,
        `  approver inputs: ${inputsText(plan)}`,
        ...plan.comments.split("\n").map((line, i) => `  ${i === 0 ? "comments:" : "         "} ${line}`),
        ...row.pipeline?.url ? [`  pipeline: ${row.pipeline.url}`] : []
      ].join("\n")
    );
    if (plan.autoReject) logger.warning(`Execution ${row.executionId}: ${AUTO_REJECT}`, "Auto-reject");
  }
  for (const row of rows) {
    if (!row.alreadyDecided) continue;
    logger.info(`Dry run, execution ${row.executionId}${pipelineText(row)}: ${lowerFirst(row.note ?? alreadyText(row.alreadyDecided))}`);
  }
  if (rows.some((r) => r.wouldPost || r.alreadyDecided)) logger.info("Dry run: nothing was posted to Harness.");
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function alreadyText(found) {
  const verb = found.approvalStatus === "REJECTED" ? "rejected" : "approved";
  const waiting = found.approvalStatus === "WAITING" ? ", waiting for more approvers" : "";
  return `already ${verb} by ${found.decidedBy}${found.decidedAt ? ` at ${found.decidedAt}` : ""}${found.byEarlierAttempt ? " (an earlier attempt of this workflow run)" : ""}${waiting}`;
}
function wouldPostOutput(rows) {
  const plans = rows.filter((r) => r.wouldPost).map((r) => ({ executionId: r.executionId, ...r.wouldPost }));
  return plans.length > 0 ? redactedJson(plans) : void 0;
}
function addDryRunToSummary(summary, rows) {
  const planned = rows.filter((r) => r.wouldPost || r.alreadyDecided);
  if (planned.length === 0) return summary;
  summary.addHeading("Dry run: what would be posted", 3);
  summary.addTable(
    closedCells([
      [
        { data: "Execution", header: true },
        { data: "Pipeline", header: true },
        { data: "Action", header: true },
        { data: "Approver inputs", header: true },
        { data: "Comments", header: true }
      ],
      ...planned.map((r) => {
        const plan = r.wouldPost;
        const pipeline = r.pipeline?.name ? `${escapeHtml(r.pipeline.name)}${r.pipeline.status ? ` (${escapeHtml(r.pipeline.status)})` : ""}` : "\u2013";
        const cells = [`<code>${escapeHtml(r.executionId)}</code>`, r.pipeline?.url ? `<a href="${escapeHtml(r.pipeline.url)}">${pipeline}</a>` : pipeline];
        if (!plan) return [...cells, `Nothing: ${escapeHtml(alreadyText(r.alreadyDecided))}`, "\u2013", "\u2013"];
        return [
          ...cells,
          escapeHtml(plan.action) + (plan.autoReject ? ` \u26A0\uFE0F ${escapeHtml(AUTO_REJECT)}` : ""),
          escapeHtml(inputsText(plan)),
          plan.comments.split("\n").map(escapeHtml).join("<br>")
        ];
      })
    ])
  );
  summary.addRaw("<p>Nothing was posted to Harness.</p>", true);
  return summary;
}

// src/approvals/follow-summary.ts
function withPipeline(row, follow) {
  const known = row.pipeline;
  const name = follow?.pipelineName ?? known?.name;
  const url = follow?.url ?? known?.url;
  const runSequence = follow?.runSequence ?? known?.runSequence;
  const status = follow?.status ?? known?.status;
  const identifier = known?.identifier;
  const pipeline = name !== void 0 || url !== void 0 ? pipelineRun({
    name: name ?? "",
    ...identifier ? { identifier } : {},
    url: url ?? "",
    ...runSequence !== void 0 ? { runSequence } : {},
    ...status ? { status } : {}
  }) : void 0;
  return {
    ...row,
    ...pipeline ? { pipeline } : {},
    ...follow ? {
      follow: {
        until: follow.until,
        end: follow.end,
        failed: follow.failed,
        message: follow.message,
        reads: follow.reads,
        waitedSeconds: Math.round(follow.waitedMs / 1e3),
        ...follow.cause ? { cause: follow.cause.id } : {}
      }
    } : {}
  };
}
var statusIsCurrent = (row) => row.follow !== void 0 || row.posts === 0;
function pipelineFields(rows) {
  const statuses = new Set(rows.map((r) => r.pipeline?.status).filter((s) => s !== void 0));
  const allRead = rows.every((r) => r.pipeline?.status !== void 0);
  const first = rows[0]?.pipeline;
  return {
    ...statuses.size > 0 && rows.every(statusIsCurrent) ? { pipelineStatus: statuses.size === 1 && allRead ? [...statuses][0] : "MIXED" } : {},
    ...first?.name ? { pipelineName: first.name } : {},
    ...first?.url ? { pipelineUrl: first.url } : {}
  };
}
function announcePipelines(rows, logger) {
  for (const row of rows) {
    if (!row.follow) continue;
    const where = rows.length > 1 ? `Execution ${row.executionId}: ` : "";
    const link = row.pipeline?.url ? ` ${row.pipeline.url}` : "";
    if (row.follow.failed) logger.error(`${where}${row.follow.message}${link}`, followTitle(row));
    else logger.info(`${where}${row.follow.message}${link}`);
  }
}
function followTitle(row) {
  switch (row.follow?.end) {
    case "timed-out":
      return "Pipeline wait ran out";
    case "unreadable":
      return "Pipeline not readable";
    case "cancelled":
      return "Following cancelled";
    default:
      return `Pipeline ${row.pipeline?.status ?? "ended"}`;
  }
}
function addPipelinesToSummary(summary, rows) {
  const followed = rows.filter((r) => r.follow);
  if (followed.length === 0) return summary;
  summary.addHeading(followed.length === 1 ? "Pipeline" : `Pipelines (${followed.length})`, 3);
  summary.addTable(
    closedCells([
      [
        { data: "Execution", header: true },
        { data: "Pipeline", header: true },
        { data: "Status", header: true },
        { data: "What Harness reports", header: true }
      ],
      ...followed.map((r) => [
        `<code>${escapeHtml(r.executionId)}</code>`,
        r.pipeline?.url ? `<a href="${escapeHtml(r.pipeline.url)}">${escapeHtml(r.pipeline.name || "Open in Harness")}</a>` : escapeHtml(r.pipeline?.name || "\u2013"),
        `${r.follow.failed ? "\u274C" : "\u2705"} ${escapeHtml(r.pipeline?.status ?? "unknown")}`,
        escapeHtml(r.follow.message)
      ])
    ])
  );
  return summary;
}

// src/exemptions/summary.ts
var clean2 = (text, max = 300) => text === void 0 ? void 0 : cleanRemoteText(text, max);
function scopeOf(e) {
  const parts = [e.orgId && `org ${e.orgId}`, e.projectId && `project ${e.projectId}`, e.pipelineId && `pipeline ${e.pipelineId}`, e.targetId && `target ${e.targetId}`].filter(Boolean);
  if (parts.length > 0) return clean2(parts.join(", "), 400);
  return e.scope ? clean2(e.scope, 40) : void 0;
}
function exemptionFacts(e) {
  const facts = { id: cleanRemoteText(e.id, 60), status: cleanRemoteText(e.status, 40) };
  const put = (key, value) => {
    if (value !== void 0 && value !== "") facts[key] = value;
  };
  put("issueId", clean2(e.issueId, 60));
  put("type", clean2(e.type, 60));
  put("reason", clean2(e.reason, 1024));
  put("requesterId", clean2(e.requesterId, 60));
  put("approverId", clean2(e.approverId, 60));
  const days = e.pendingChanges?.durationDays;
  if (typeof days === "number" && Number.isFinite(days)) facts.durationDays = days;
  put("expiration", expirationDate(e.expiration));
  put("link", clean2(e.link, 1024));
  put("scope", scopeOf(e));
  put("comment", clean2(e.comment, 1024));
  return facts;
}
function exemptionResultJson(result, phrasing = ACTION_PHRASING) {
  const json = { outcome: result.kind, exemptionId: cleanRemoteText(result.exemptionId, 60), decision: result.decision, puts: result.puts };
  if (result.exemption) {
    json.exemptionStatus = cleanRemoteText(result.exemption.status, 40);
    json.exemption = exemptionFacts(result.exemption);
  }
  switch (result.kind) {
    case "decided":
      json.alreadyInState = result.alreadyInState;
      json.confirmedByReadBack = result.confirmedByReadBack;
      json.decidedIn = scopeWords(result.exemption);
      if (result.approverId) json.approverId = result.approverId;
      if (result.note) json.note = clean2(result.note, 1e3);
      break;
    case "failed":
      Object.assign(json, {
        cause: result.cause.id,
        title: result.cause.title,
        message: clean2(result.cause.explanation, 1e3),
        fix: phrase(result.cause.fix, phrasing),
        ...result.cause.harnessMessage ? { harnessMessage: result.cause.harnessMessage } : {}
      });
      break;
    case "unknown":
      Object.assign(json, { cause: "decision-state-unknown", title: "Decision state unknown", message: clean2(result.message, 1e3), fix: "Check the exemption in Harness before running this again." });
      break;
    case "cancelled":
      json.message = result.puts > 0 ? "Cancelled after the decision was sent, before its outcome was known: it may have been recorded. Check the exemption in Harness before running this again." : "Cancelled before a decision was recorded.";
      break;
  }
  return json;
}
function scopeWords(e) {
  const { orgId, projectId } = scopeOfExemption(e);
  return orgId ? clean2([`org ${orgId}`, projectId && `project ${projectId}`].filter(Boolean).join(", "), 300) : "the account";
}
function exemptionFields(result, phrasing = ACTION_PHRASING) {
  const json = exemptionResultJson(result, phrasing);
  return {
    ...result.kind === "decided" || result.puts > 0 ? { decision: result.decision } : {},
    ...json.exemptionStatus ? { exemptionStatus: json.exemptionStatus } : {},
    exemption: json
  };
}
function announceExemptionResult(json, logger) {
  switch (json.outcome) {
    case "decided":
      logger.info(
        json.alreadyInState ? json.note ?? `Exemption ${json.exemptionId} was already ${json.exemptionStatus?.toLowerCase()}; nothing was sent.` : `Exemption ${json.exemptionId} ${json.exemptionStatus?.toLowerCase()}${json.confirmedByReadBack ? " (confirmed by reading it back)" : ""}.`
      );
      if (json.note && !json.alreadyInState) logger.warning(json.note, "Check the exemption");
      break;
    case "failed":
    case "unknown": {
      logger.error(failureText(json), json.title);
      break;
    }
    case "cancelled":
      logger.error(json.puts > 0 && json.message ? json.message : "The run was cancelled; no decision was sent after that.", "Cancelled");
      break;
  }
}
var HEADLINE = {
  decided: "decision recorded",
  failed: "decision failed",
  unknown: "decision state unknown",
  cancelled: "cancelled"
};
var LABELS = [
  ["id", "Exemption"],
  ["status", "Status"],
  ["issueId", "Issue"],
  ["type", "Type"],
  ["reason", "Reason"],
  ["requesterId", "Requester"],
  ["approverId", "Approver"],
  ["durationDays", "Duration"],
  ["expiration", "Expires"],
  ["link", "Link"],
  ["scope", "Scope"],
  ["comment", "Comment"]
];
function exemptionRows(facts) {
  const rows = [];
  for (const [key, label] of LABELS) {
    const value = facts[key];
    if (value === void 0) continue;
    rows.push([label, key === "durationDays" ? `${value} day${value === 1 ? "" : "s"}` : String(value)]);
  }
  return rows;
}
function addExemptionToSummary(summary, json) {
  const already = json.outcome === "decided" && json.alreadyInState ? " (already in that state, nothing sent)" : "";
  summary.addHeading(`STO exemption: ${HEADLINE[json.outcome]}${already}`, 3);
  const lines = [
    json.title ? `<strong>${escapeHtml(json.title)}</strong>` : "",
    json.message ? escapeHtml(json.message) : "",
    json.harnessMessage ? `Harness said: <q>${escapeHtml(json.harnessMessage)}</q>` : "",
    json.fix ? `Fix: ${escapeHtml(json.fix)}` : "",
    json.note ? escapeHtml(json.note) : ""
  ].filter(Boolean);
  if (lines.length > 0) summary.addRaw(`<p>${lines.join("<br>")}</p>`, true);
  const facts = json.exemption ?? { id: json.exemptionId, status: "not read" };
  summary.addTable(
    closedCells([
      [
        { data: "Field", header: true },
        { data: "Value", header: true }
      ],
      ...exemptionRows(facts).map(([label, value]) => [escapeHtml(label), label === "Exemption" || label === "Issue" ? `<code>${escapeHtml(value)}</code>` : escapeHtml(value)])
    ])
  );
  return summary;
}

// src/gate/summary.ts
function gateResultJson(gate, phrasing = ACTION_PHRASING) {
  return {
    statusVerdict: gate.verdict,
    ...gate.value !== void 0 ? { statusValue: cleanRemoteText(gate.value, 100) } : {},
    attempts: gate.attempts,
    gateReason: cleanRemoteText(gate.reason, 300),
    timeline: gate.timeline.map((t) => `+${formatDuration(t.at)} ${t.status}${t.value !== void 0 ? ` ${cleanRemoteText(t.value, 100)}` : ""}`),
    ...gate.fix ? { gateFix: phrase(gate.fix, phrasing) } : {}
  };
}
function announceGateFailure(json, logger) {
  const fix = json.gateFix ? `
Fix: ${json.gateFix}` : "";
  logger.error(`${json.gateReason ?? "The status gate did not pass"}. No decision was posted; the Harness approval is still waiting.${fix}`, `Status gate: ${json.statusVerdict}`);
}
function addGateToSummary(summary, json) {
  if (!json.statusVerdict) return summary;
  summary.addHeading("Status gate", 3);
  summary.addTable(
    closedCells([
      [
        { data: "Verdict", header: true },
        { data: "Last value", header: true },
        { data: "Attempts", header: true },
        { data: "Why", header: true }
      ],
      [escapeHtml(json.statusVerdict), escapeHtml(json.statusValue ?? ""), String(json.attempts ?? 0), escapeHtml(json.gateReason ?? "")]
    ])
  );
  if (json.timeline?.length) summary.addDetails("Timeline", `<pre>${escapeHtml(json.timeline.join("\n"))}</pre>`);
  return summary;
}

// src/run/annotations.ts
function announceResult(result, logger) {
  for (const problem of result.problems ?? []) logger.error(problem);
  if (result.outcome === "gate-failed") announceGateFailure(result, logger);
  if (result.exemption) return announceExemptionResult(result.exemption, logger);
  if (result.outcome === "cancelled") {
    const mayBe = result.executions.filter((e) => e.mayBeRecorded);
    if (mayBe.length === 0) logger.error("The run was cancelled; no decision was posted after that.", "Cancelled");
    else {
      const which = mayBe.map((e) => e.executionId).join(", ");
      logger.error(`The run was cancelled while a decision was being posted (execution ${which}): it may have been recorded. Check the execution in Harness before running this again.`, "Decision may have been recorded");
    }
  }
  announceExecutions(result.executions, logger, result);
  announceDryRun(result.executions, logger);
  announcePipelines(result.executions, logger);
}

// src/run/result.ts
function toResultJson(result, phrasing = ACTION_PHRASING) {
  const executions = result.executions.map(
    (e) => withPipeline(
      executionRow(e, phrasing),
      result.follows?.find((f) => f.executionId === e.executionId)
    )
  );
  return {
    outcome: result.outcome,
    ...result.dryRun ? { dryRun: true } : {},
    ...result.scope.orgId ? { orgId: result.scope.orgId } : {},
    ...result.scope.projectId ? { projectId: result.scope.projectId } : {},
    ...approvalFields(result.decision, executions),
    ...pipelineFields(executions),
    ...result.gate ? gateResultJson(result.gate, phrasing) : {},
    executions,
    ...result.exemption ? exemptionFields(result.exemption, phrasing) : {}
  };
}
function settingsErrorJson(error2, phrasing = ACTION_PHRASING) {
  return { outcome: "invalid-settings", executions: [], problems: error2.problems.map((p) => phrasing.problem(p)) };
}

// src/run/summary.ts
var HEADLINE2 = {
  decided: "Decision recorded",
  "gate-rejected": "Rejected, because the status gate did not pass",
  "gate-failed": "No decision: the status gate did not pass",
  failed: "Decision failed",
  unknown: "Decision state unknown",
  cancelled: "Cancelled: no decision posted",
  "invalid-settings": "Invalid settings: nothing was sent",
  error: "Failed",
  "dry-run": "Dry run: the decision would be posted; nothing was sent",
  "pipeline-failed": "Decision recorded, then the pipeline did not get as far as awaited"
};
function pipelineHeadline(result) {
  const ends = new Set(result.executions.filter((e) => e.follow?.failed).map((e) => e.follow.end));
  const what = [];
  if (ends.has("reached")) {
    const statuses = [...new Set(result.executions.filter((e) => e.follow?.failed && e.follow.end === "reached").map((e) => e.pipeline?.status ?? "failed"))];
    what.push(statuses.length === 1 ? `the pipeline ended ${statuses[0]}` : "pipelines failed");
  }
  if (ends.has("timed-out")) what.push("the pipeline wait ran out");
  if (ends.has("unreadable")) what.push("the pipeline could not be read");
  if (ends.has("cancelled")) what.push("following the pipeline was cancelled");
  return what.length > 0 ? `Decision recorded, then ${what.join(", and ")}` : HEADLINE2["pipeline-failed"];
}
function dryRunHeadline(result) {
  const posting = result.executions.some((e) => e.wouldPost);
  const already = result.executions.some((e) => e.alreadyDecided);
  if (already && !posting) return "Dry run: already as asked, a real run would post nothing; nothing was sent";
  if (already) return "Dry run: a real run would post some decisions (the other steps are already as asked); nothing was sent";
  return HEADLINE2["dry-run"];
}
function addResultToSummary(summary, result, context = {}) {
  const mayBeRecorded = result.outcome === "cancelled" && result.executions.some((e) => e.mayBeRecorded);
  const headline = result.outcome === "dry-run" ? dryRunHeadline(result) : mayBeRecorded ? "Cancelled: a decision may have been recorded" : result.dryRun && result.outcome === "gate-rejected" ? "Dry run: a real run would reject, because the status gate did not pass; nothing was sent" : result.outcome === "pipeline-failed" ? pipelineHeadline(result) : `${result.dryRun ? "Dry run: " : ""}${HEADLINE2[result.outcome]}`;
  summary.addHeading(`Harness approval: ${headline}`, 2);
  if (result.problems?.length) {
    summary.addList(result.problems.map(escapeHtml));
  }
  if (result.message) summary.addRaw(`<p>${escapeHtml(result.message)}</p>`, true);
  addGateToSummary(summary, result);
  if (result.exemption) addExemptionToSummary(summary, result.exemption);
  addExecutionsToSummary(summary, result.executions, { ...context, ...result.orgId ? { orgId: result.orgId } : {}, ...result.projectId ? { projectId: result.projectId } : {} });
  addDryRunToSummary(summary, result.executions);
  addPipelinesToSummary(summary, result.executions);
  return summary;
}

// src/run/verdict.ts
function succeeded(result) {
  return result.outcome === "decided" || result.outcome === "dry-run";
}
function verdictLine(result) {
  const rows = result.executions;
  const which = result.exemption ? `exemption ${result.exemption.exemptionId}` : rows.length === 1 ? `execution ${rows[0].executionId}` : `${rows.length} executions`;
  switch (result.outcome) {
    case "decided": {
      if (result.exemption) {
        const already2 = result.exemption.alreadyInState ? " (already so; nothing was sent)" : "";
        return `Decided: ${result.exemption.decision} on ${which}; exemption status ${result.exemptionStatus ?? "unknown"}${already2}.`;
      }
      if (result.approvalStatus === "WAITING") return `Recorded: ${result.decision} on ${which}; the step waits for more approvers.`;
      const instance = result.approvalInstanceId ? ` (approval instance ${result.approvalInstanceId})` : "";
      const already = rows.length > 0 && rows.every((r) => r.posts === 0) ? " (already so; nothing was posted)" : "";
      return `Decided: ${result.decision} on ${which}${instance}; approval status ${result.approvalStatus ?? "unknown"}${already}.`;
    }
    case "gate-rejected": {
      const why = result.statusVerdict === "timeout" ? "The job did not report success in time" : "The job reported failure";
      if (result.dryRun) return `Dry run: ${why.charAt(0).toLowerCase()}${why.slice(1)}, so a real run would reject the Harness approval (${which}); nothing was posted.`;
      const what = result.exemption ? "the STO exemption was rejected" : "the Harness approval was rejected";
      return `${why}, so ${what} (${which}).`;
    }
    case "dry-run": {
      const posting = rows.filter((r) => r.wouldPost);
      const already = rows.filter((r) => r.alreadyDecided);
      if (posting.length === 0 && already.length === 1 && rows.length === 1) {
        return `Dry run: the approval step of ${which} was ${alreadyText(already[0].alreadyDecided)}, so a real run would post nothing and succeed; nothing was posted.`;
      }
      if (posting.length === 0) return `Dry run: the approval steps of ${which} are already as asked, so a real run would post nothing and succeed; nothing was posted.`;
      const plan = posting[0].wouldPost;
      const instance = rows.length === 1 && plan.instanceId ? ` (approval instance ${plan.instanceId})` : "";
      const on = already.length > 0 ? `${posting.length} of ${rows.length} executions (the other ${already.length} already as asked: nothing to post)` : which;
      return `Dry run: a real run would post ${plan.action} on ${on}${instance}; nothing was posted.`;
    }
    case "pipeline-failed": {
      const failed = rows.filter((r) => r.follow?.failed);
      const one = failed.length === 1 ? failed[0] : void 0;
      const what = one ? `${rows.length > 1 ? `execution ${one.executionId}: ` : ""}${one.follow.message}` : `${failed.length} of ${rows.length} pipelines failed or were not followed to the end.`;
      const why = result.statusVerdict && result.statusVerdict !== "success" ? " because the status gate did not pass" : "";
      return `Decided: ${result.decision}${why} on ${which}, but then: ${what}`;
    }
    case "gate-failed":
      return `Not decided: the status gate ended with '${result.statusVerdict}'; the Harness approval is still waiting.`;
    case "failed": {
      if (result.exemption) return `Failed: ${which} could not be decided${result.exemption.cause ? ` (${result.exemption.cause})` : ""}.`;
      const failed = rows.filter((r) => r.outcome !== "decided" && r.outcome !== "dry-run");
      const byCause = /* @__PURE__ */ new Map();
      for (const r of failed) byCause.set(r.cause ?? r.outcome, (byCause.get(r.cause ?? r.outcome) ?? 0) + 1);
      const causes = [...byCause].map(([cause2, n]) => `${n} ${cause2}`).join(", ");
      const ok = rows.length - failed.length;
      const done = ok > 0 ? `; ${ok} ${result.dryRun ? "would be posted" : "decided"}` : "";
      return `Failed: ${failed.length} of ${rows.length} execution(s) could not be decided (${causes})${done}${result.dryRun ? " (dry run: nothing was posted)" : ""}.`;
    }
    case "unknown":
      return `Unknown: the decision state of ${result.exemption ? which : "at least one execution"} is unknown; check Harness before running again.`;
    case "cancelled":
      if (result.exemption && result.exemption.puts > 0) return `Cancelled after the decision on ${which} was sent: it may have been recorded; check it in Harness before running again.`;
      if (rows.some((r) => r.mayBeRecorded)) return `Cancelled while a decision was being posted: it may have been recorded on ${which}; check Harness before running again.`;
      return "Cancelled: no decision was posted after the cancellation.";
    case "invalid-settings":
      return `Invalid settings (${result.problems?.length ?? 0} problem(s)); nothing was sent to Harness.`;
    default:
      return `Error: ${result.message ?? "the run failed"}.`;
  }
}

// src/harness/target.ts
var ACCOUNT_FROM_KEY = { input: "apiKey", what: "account id" };
var DEFAULT_BASE_URL = "https://app.harness.io/gateway";
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
var OPAQUE_ID = /^[A-Za-z0-9_-]{1,128}$/;
var ACCOUNT_ID_RULE = "a Harness account id: letters, digits, - and _ (at most 128)";
var TOKEN = /^(pat|sat)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
function parseHarnessTarget(read, problems, maskSecret2, options = {}) {
  const apiKey = read("apiKey").trim();
  if (apiKey) maskSecret2(apiKey);
  const keyUsable = /^[\x21-\x7e]{1,512}$/.test(apiKey);
  if (apiKey === "") problems.add("apiKey", apiKey, "a Harness API key (pat.<accountId>.<tokenId>.<secret> or sat.\u2026)");
  else if (!keyUsable) {
    problems.add("apiKey", apiKey, "at most 512 characters of printable ASCII without spaces or line breaks (as Harness issues keys)", { secret: true });
  }
  const keyAccount = TOKEN.exec(apiKey)?.[2];
  let accountId = read("accountId").trim();
  const accountFromKey = accountId === "" && keyAccount !== void 0;
  if (accountId === "") {
    if (keyAccount) accountId = keyAccount;
    else if (keyUsable) problems.add("accountId", accountId, "your Harness account id (it cannot be read from this key, which is not pat.<accountId>.\u2026 or sat.<accountId>.\u2026)");
    if (keyAccount && !OPAQUE_ID.test(keyAccount)) problems.add("accountId", keyAccount, ACCOUNT_ID_RULE, { from: ACCOUNT_FROM_KEY });
  } else if (!OPAQUE_ID.test(accountId)) {
    problems.add("accountId", accountId, ACCOUNT_ID_RULE);
  } else if (keyAccount && keyAccount !== accountId) {
    problems.add("accountId", accountId, `the account the {apiKey} belongs to (the key names another account); leave {accountId} empty to use the key's`);
  }
  const required = options.scopeRequired ?? true;
  const orgId = readIdentifier(problems, read, "orgId", required, "a Harness organization identifier: a letter or _, then letters, digits and _ (at most 128)");
  const projectId = readIdentifier(problems, read, "projectId", required, "a Harness project identifier: a letter or _, then letters, digits and _ (at most 128)");
  const baseUrl = parseBaseUrl(problems, read("baseUrl").trim() || DEFAULT_BASE_URL);
  return { baseUrl: baseUrl ?? new URL(DEFAULT_BASE_URL), accountId, orgId, projectId, apiKey, ...accountFromKey ? { accountFromKey: true } : {} };
}
function readIdentifier(problems, read, name, required, expected) {
  const value = read(name).trim();
  if ((required || value !== "") && !IDENTIFIER.test(value)) problems.add(name, value, expected);
  return value;
}
function parseBaseUrl(problems, text) {
  const expected = "an https URL such as https://app.harness.io/gateway (http only for a loopback test server), without credentials, query or fragment, backslashes or empty path segments (//)";
  let url;
  try {
    if (hasUnsafeUrlText(text) || text.includes("\\")) throw new Error("unsafe");
    url = new URL(text);
  } catch {
    problems.add("baseUrl", text, expected);
    return void 0;
  }
  const userinfo = /^[^:]*:\/*[^/]*@/.test(text);
  if (!isAllowedScheme(url) || userinfo || url.search || url.hash || text.includes("?") || text.includes("#") || !isPlainApiPath(url.pathname)) {
    problems.add("baseUrl", userinfo ? `${url.protocol}//(credentials)@${url.host}` : text, expected);
    return void 0;
  }
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}
function isPlainApiPath(pathname) {
  const path2 = pathname.replace(/\/+$/, "");
  return path2.split("/").slice(1).every((segment) => segment !== "") && !/%2f|%5c/i.test(path2);
}

// src/settings/count.ts
function parseCount(problems, read, name, fallback, min, max) {
  const text = read(name).trim();
  if (text === "") return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    problems.add(name, text, `a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

// src/approvals/approver-inputs.ts
var APPROVER_INPUTS_FORMS = 'a JSON object {"name": "value"}, a JSON array [{"name": "...", "value": "..."}], or one name=value per line';
var NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;
function parseApproverInputs(text) {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, inputs: [] };
  const parsed = trimmed.startsWith("{") || trimmed.startsWith("[") ? fromJson(trimmed) : fromLines(trimmed);
  if (!parsed.ok) return parsed;
  const seen = /* @__PURE__ */ new Set();
  for (const { name, value } of parsed.inputs) {
    if (!NAME.test(name)) return { ok: false, reason: `input name '${name}' is not a valid name (letters, digits, '_', '-', '.')` };
    if (seen.has(name)) return { ok: false, reason: `input '${name}' is given twice` };
    if (/[\r\n\u0000]/.test(value)) return { ok: false, reason: `the value of '${name}' contains a line break or NUL` };
    seen.add(name);
  }
  return parsed;
}
function fromJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error2) {
    return { ok: false, reason: `not valid JSON (${error2.message})` };
  }
  const inputs = [];
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      if (!item || typeof item !== "object" || Array.isArray(item)) return { ok: false, reason: `item ${index} is not an object` };
      const { name, value } = item;
      if (typeof name !== "string") return { ok: false, reason: `item ${index} has no string "name"` };
      const scalar = asScalar(value);
      if (scalar === void 0) return { ok: false, reason: `item ${index} ("${name}") has no string, number or boolean "value"` };
      inputs.push({ name, value: scalar });
    }
    return { ok: true, inputs };
  }
  if (data && typeof data === "object") {
    for (const [name, value] of Object.entries(data)) {
      const scalar = asScalar(value);
      if (scalar === void 0) return { ok: false, reason: `the value of "${name}" is not a string, number or boolean` };
      inputs.push({ name, value: scalar });
    }
    return { ok: true, inputs };
  }
  return { ok: false, reason: "JSON that is neither an object nor an array" };
}
function asScalar(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function fromLines(text) {
  const inputs = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) return { ok: false, reason: `line ${index + 1} is not name=value` };
    inputs.push({ name: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return { ok: true, inputs };
}

// src/approvals/settings.ts
var DEFAULT_WAIT_FOR_APPROVAL_MS = 5 * 6e4;
var DEFAULT_CONCURRENCY = 4;
var CALLBACK_ID = /^[A-Za-z0-9_.:@+=-]{1,256}$/;
function parseApprovalSettings(read, problems, defaults, options) {
  const executionIds = options.exemptionMode ? [] : parseExecutionIds(problems, read("executionId"), defaults.executionId);
  const callbackText = read("callbackId").trim() || defaults.callbackId?.trim() || "";
  let callbackId;
  if (callbackText !== "") {
    if (!CALLBACK_ID.test(callbackText) || callbackText.includes("..")) {
      problems.add("callbackId", callbackText, "the callback id of the Harness Approval step: letters, digits and . _ - : @ + = (no '/', '?', '#', '..' or spaces)");
    } else callbackId = callbackText;
  }
  const stageText2 = read("stage").trim();
  let stage;
  if (stageText2 !== "") {
    if (stageText2.length > 128 || /[\u0000-\u001f\u007f-\u009f]/u.test(stageText2)) problems.add("stage", stageText2, "the stage's identifier or name as Harness shows it, at most 128 characters on one line");
    else stage = stageText2;
  }
  const inputs = parseApproverInputs(read("approverInputs"));
  if (!inputs.ok) problems.add("approverInputs", read("approverInputs"), `${APPROVER_INPUTS_FORMS}; ${inputs.reason}`);
  const waitText = read("waitForApproval").trim();
  let waitForApprovalMs = DEFAULT_WAIT_FOR_APPROVAL_MS;
  if (waitText !== "") {
    const parsed = parseDuration(waitText);
    if (parsed === void 0 || parsed > 24 * 36e5) problems.add("waitForApproval", waitText, durationExpected(waitText, "a duration such as 5m, 90s or 0 (do not wait), at most 24h"));
    else waitForApprovalMs = parsed;
  }
  const concurrency = parseCount(problems, read, "concurrency", DEFAULT_CONCURRENCY, 1, 32);
  return {
    executionIds,
    ...callbackId ? { callbackId } : {},
    ...stage ? { stage } : {},
    approverInputs: inputs.ok ? inputs.inputs : [],
    waitForApprovalMs,
    concurrency
  };
}
function parseExecutionIds(problems, text, fallback) {
  const given = text.trim() || fallback?.trim() || "";
  if (given === "") {
    problems.add("executionId", given, "the Harness pipeline execution id (<+pipeline.executionId>), or several, one per line (or {exemptionId}, to decide an STO exemption)");
    return [];
  }
  const ids = [];
  for (const id of given.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)) {
    if (!OPAQUE_ID.test(id)) {
      problems.add("executionId", id, "a Harness pipeline execution id: letters, digits, - and _ (no '/', '?', '#', '..' or spaces)");
    } else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

// src/run/settings.ts
var DEFAULT_MAX_REQUESTS_PER_MINUTE = 300;
var MAX_COMMENTS = 4e3;
function parseSettings(read, maskSecret2, defaults = {}) {
  const problems = new Problems();
  const harness = parseHarnessTarget(read, problems, maskSecret2);
  const { accountId } = harness;
  const comments = read("comments").trim() || defaults.comments || "";
  if (comments.length > MAX_COMMENTS) problems.add("comments", comments, `at most ${MAX_COMMENTS} characters`);
  const accountFrom = harness.accountFromKey ? { accountFrom: ACCOUNT_FROM_KEY } : {};
  const exemption = parseExemptionSettings(read, problems, { accountId, ...accountFrom, comments, apiKey: harness.apiKey });
  const approvals = parseApprovalSettings(read, problems, defaults, { exemptionMode: exemption !== void 0 });
  const actionText = read("action").trim() || "APPROVE";
  const action = actionText.toUpperCase();
  if (action !== "APPROVE" && action !== "REJECT") problems.add("action", actionText, "APPROVE or REJECT (any case)");
  const gate = parseGateSettings(read, problems, maskSecret2);
  const maxRequestsPerMinute = parseCount(problems, read, "maxRequestsPerMinute", DEFAULT_MAX_REQUESTS_PER_MINUTE, 1, 5e3);
  const requestTimeoutMs = parseRequestTimeout(read, problems);
  const caCert = read("caCert").trim();
  if (caCert !== "" && !/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(caCert)) {
    const privateKey = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(caCert);
    problems.add("caCert", caCert, `one or more PEM certificates (-----BEGIN CERTIFICATE----- \u2026)${privateKey ? ", not a private key" : ""}`, { secret: privateKey });
  }
  const dryRun = parseDryRun(read, problems);
  const follow = parseFollowSettings(read, problems);
  if (exemption && dryRun) problems.add("dryRun", read("dryRun"), "false (or unset) with {exemptionId}: a dry run covers pipeline approvals");
  if (exemption && follow) problems.add("waitForPipeline", read("waitForPipeline"), "0 (or unset) with {exemptionId}: an exemption has no pipeline to follow");
  problems.throwIfAny();
  const { executionIds, callbackId, stage, approverInputs, waitForApprovalMs, concurrency } = approvals;
  return {
    harness,
    executionIds,
    ...exemption ? { exemption } : {},
    ...callbackId ? { callbackId } : {},
    ...stage ? { stage } : {},
    action,
    approverInputs,
    comments,
    ...gate ? { gate } : {},
    waitForApprovalMs,
    concurrency,
    maxRequestsPerMinute,
    requestTimeoutMs,
    ...caCert ? { caCert } : {},
    dryRun,
    ...follow ? { follow } : {}
  };
}

// src/action/step-outputs.ts
var import_node_fs3 = __toESM(require_node_fs());
var import_node_os = __toESM(require_node_os());
function outputFileText(outputs) {
  const texts = outputs.flat();
  let n = 0;
  while (texts.some((text) => text.includes(`HAG_OUTPUT_END_${n}`))) n++;
  const delimiter2 = `HAG_OUTPUT_END_${n}`;
  return outputs.map(([name, value]) => `${name}<<${delimiter2}${import_node_os.EOL}${value}${import_node_os.EOL}${delimiter2}${import_node_os.EOL}`).join("");
}
function writeStepOutputs(outputs, env = process.env) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return false;
  (0, import_node_fs3.appendFileSync)(file, outputFileText(outputs), "utf8");
  return true;
}

// src/action/main.ts
var actionsLogger = {
  debug: (message) => debug(redactSecrets(message)),
  info: (message) => info(redactSecrets(message)),
  warning: (message, title) => warning(redactSecrets(message), title ? { title: redactSecrets(title) } : {}),
  error: (message, title) => error(redactSecrets(message), title ? { title: redactSecrets(title) } : {}),
  group: (name, body) => group(redactSecrets(name), body)
};
function maskSecret(secret) {
  setSecret(secret);
  registerSecret(secret);
}
async function run() {
  const controller = new AbortController();
  const cancel = () => controller.abort(new CancelledError("The run was cancelled."));
  process.once("SIGINT", cancel);
  process.once("SIGTERM", cancel);
  let http;
  let settings;
  let result;
  try {
    const workflow = readWorkflowRun();
    settings = parseSettings((name) => getInput(name), maskSecret, runDefaults(workflow));
    const transport = createHttpClient({ timeouts: { totalMs: settings.requestTimeoutMs }, ...settings.caCert ? { caCert: settings.caCert } : {} });
    http = isDebug() ? withRequestLog(transport, systemClock, (line) => debug(line)) : transport;
    const outcome = await runApprovalGate(settings, {
      http,
      clock: systemClock,
      logger: actionsLogger,
      signal: controller.signal,
      marker: runMarker(workflow.runId, workflow.runAttempt, workflow.job, workflow.step)
    });
    result = toResultJson(outcome);
  } catch (error2) {
    result = error2 instanceof SettingsError ? settingsErrorJson(error2) : { outcome: "error", executions: [], message: cleanRemoteText(error2 instanceof Error ? error2.message : String(error2), 500) };
  } finally {
    if (controller.signal.aborted) await http?.destroy();
    else await http?.close();
    process.removeListener("SIGINT", cancel);
    process.removeListener("SIGTERM", cancel);
  }
  setOutputs(result);
  announceResult(result, actionsLogger);
  if (!succeeded(result)) setFailed(redactSecrets(verdictLine(result)));
  try {
    const summary = new JobSummary();
    addResultToSummary(summary, result, { ...settings?.callbackId ? { callbackId: settings.callbackId } : {} });
    summary.write();
  } catch (error2) {
    warning(`Could not write the job summary: ${error2.message}`);
  }
}
function setOutputs(result) {
  const outputs = [];
  if (result.decision) outputs.push(["decision", result.decision]);
  if (result.requestedDecision) outputs.push(["requestedDecision", result.requestedDecision]);
  if (result.stage) outputs.push(["stage", result.stage]);
  if (result.approvalStatus) outputs.push(["approvalStatus", result.approvalStatus]);
  if (result.approvalInstanceId) outputs.push(["approvalInstanceId", result.approvalInstanceId]);
  if (result.statusVerdict) outputs.push(["statusVerdict", result.statusVerdict]);
  if (result.statusValue !== void 0) outputs.push(["statusValue", result.statusValue]);
  if (result.attempts !== void 0) outputs.push(["attempts", String(result.attempts)]);
  if (result.exemptionStatus) outputs.push(["exemptionStatus", result.exemptionStatus]);
  if (result.pipelineStatus) outputs.push(["pipelineStatus", result.pipelineStatus]);
  if (result.pipelineName) outputs.push(["pipelineName", result.pipelineName]);
  if (result.pipelineUrl) outputs.push(["pipelineUrl", result.pipelineUrl]);
  const wouldPost = wouldPostOutput(result.executions);
  if (wouldPost) outputs.push(["wouldPost", wouldPost]);
  outputs.push(["result", redactedJson(result)]);
  const redacted = outputs.map(([name, value]) => [name, redactSecrets(value)]);
  if (!writeStepOutputs(redacted)) for (const [name, value] of redacted) setOutput(name, value);
}

// src/index.ts
void run();
