#!/usr/bin/env node
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
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// builtin:node:fs
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// src/settings/durations.ts
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
var UNITS, PLAIN_SECONDS, FACTORS, MAX_MS, DURATION_FORMS, WORD_UNITS;
var init_durations = __esm({
  "src/settings/durations.ts"() {
    UNITS = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/;
    PLAIN_SECONDS = /^\d+(?:\.\d+)?$/;
    FACTORS = [36e5, 6e4, 1e3, 1];
    MAX_MS = Number.MAX_SAFE_INTEGER;
    DURATION_FORMS = "a duration such as '500ms', '10s', '5m', '1h', '1h30m', or plain seconds ('30')";
    WORD_UNITS = {
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
  }
});

// builtin:node:util
var require_node_util = __commonJS({
  "builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
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

// src/settings/request-timeout.ts
function parseRequestTimeout(read, problems) {
  return parseDurationInput("requestTimeout", read("requestTimeout"), DEFAULT_REQUEST_TIMEOUT_MS, MIN_REQUEST_TIMEOUT_MS, MAX_REQUEST_TIMEOUT_MS, problems) ?? DEFAULT_REQUEST_TIMEOUT_MS;
}
var DEFAULT_REQUEST_TIMEOUT_MS, MIN_REQUEST_TIMEOUT_MS, MAX_REQUEST_TIMEOUT_MS;
var init_request_timeout = __esm({
  "src/settings/request-timeout.ts"() {
    init_durations();
    DEFAULT_REQUEST_TIMEOUT_MS = 6e4;
    MIN_REQUEST_TIMEOUT_MS = 1e3;
    MAX_REQUEST_TIMEOUT_MS = 6e5;
  }
});

// src/http/transport-types.ts
function hasProxy(env) {
  return Boolean(env.http_proxy || env.HTTP_PROXY || env.https_proxy || env.HTTPS_PROXY);
}
var DEFAULT_TIMEOUTS, KEEP_ALIVE_MS;
var init_transport_types = __esm({
  "src/http/transport-types.ts"() {
    init_request_timeout();
    DEFAULT_TIMEOUTS = { connectMs: 1e4, headersMs: 3e4, bodyMs: 3e4, totalMs: DEFAULT_REQUEST_TIMEOUT_MS };
    KEEP_ALIVE_MS = 3e4;
  }
});

// src/http/wasm-tiering.ts
var import_node_module2, setFlagsFromString;
var init_wasm_tiering = __esm({
  "src/http/wasm-tiering.ts"() {
    import_node_module2 = __toESM(require_node_module());
    ({ setFlagsFromString } = (0, import_node_module2.createRequire)(import.meta.url)("node:v8"));
    setFlagsFromString(Number(process.versions.node.split(".")[0]) < 22 ? "--liftoff-only" : "--wasm-tiering-budget=1000000000");
  }
});

// node_modules/undici/lib/core/errors.js
var require_errors = __commonJS({
  "node_modules/undici/lib/core/errors.js"(exports, module) {
    "use strict";
    var kUndiciError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR");
    var UndiciError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "UndiciError";
        this.code = "UND_ERR";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kUndiciError] === true;
      }
      [kUndiciError] = true;
    };
    var kConnectTimeoutError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_CONNECT_TIMEOUT");
    var ConnectTimeoutError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ConnectTimeoutError";
        this.message = message || "Connect Timeout Error";
        this.code = "UND_ERR_CONNECT_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kConnectTimeoutError] === true;
      }
      [kConnectTimeoutError] = true;
    };
    var kHeadersTimeoutError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_HEADERS_TIMEOUT");
    var HeadersTimeoutError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "HeadersTimeoutError";
        this.message = message || "Headers Timeout Error";
        this.code = "UND_ERR_HEADERS_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHeadersTimeoutError] === true;
      }
      [kHeadersTimeoutError] = true;
    };
    var kHeadersOverflowError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_HEADERS_OVERFLOW");
    var HeadersOverflowError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "HeadersOverflowError";
        this.message = message || "Headers Overflow Error";
        this.code = "UND_ERR_HEADERS_OVERFLOW";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHeadersOverflowError] === true;
      }
      [kHeadersOverflowError] = true;
    };
    var kBodyTimeoutError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_BODY_TIMEOUT");
    var BodyTimeoutError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "BodyTimeoutError";
        this.message = message || "Body Timeout Error";
        this.code = "UND_ERR_BODY_TIMEOUT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kBodyTimeoutError] === true;
      }
      [kBodyTimeoutError] = true;
    };
    var kResponseStatusCodeError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_RESPONSE_STATUS_CODE");
    var ResponseStatusCodeError = class extends UndiciError {
      constructor(message, statusCode, headers, body) {
        super(message);
        this.name = "ResponseStatusCodeError";
        this.message = message || "Response Status Code Error";
        this.code = "UND_ERR_RESPONSE_STATUS_CODE";
        this.body = body;
        this.status = statusCode;
        this.statusCode = statusCode;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseStatusCodeError] === true;
      }
      [kResponseStatusCodeError] = true;
    };
    var kInvalidArgumentError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_INVALID_ARG");
    var InvalidArgumentError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "InvalidArgumentError";
        this.message = message || "Invalid Argument Error";
        this.code = "UND_ERR_INVALID_ARG";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInvalidArgumentError] === true;
      }
      [kInvalidArgumentError] = true;
    };
    var kInvalidReturnValueError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_INVALID_RETURN_VALUE");
    var InvalidReturnValueError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "InvalidReturnValueError";
        this.message = message || "Invalid Return Value Error";
        this.code = "UND_ERR_INVALID_RETURN_VALUE";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInvalidReturnValueError] === true;
      }
      [kInvalidReturnValueError] = true;
    };
    var kAbortError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_ABORT");
    var AbortError2 = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "AbortError";
        this.message = message || "The operation was aborted";
        this.code = "UND_ERR_ABORT";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kAbortError] === true;
      }
      [kAbortError] = true;
    };
    var kRequestAbortedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_ABORTED");
    var RequestAbortedError = class extends AbortError2 {
      constructor(message) {
        super(message);
        this.name = "AbortError";
        this.message = message || "Request aborted";
        this.code = "UND_ERR_ABORTED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestAbortedError] === true;
      }
      [kRequestAbortedError] = true;
    };
    var kInformationalError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_INFO");
    var InformationalError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "InformationalError";
        this.message = message || "Request information";
        this.code = "UND_ERR_INFO";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kInformationalError] === true;
      }
      [kInformationalError] = true;
    };
    var kRequestContentLengthMismatchError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH");
    var RequestContentLengthMismatchError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "RequestContentLengthMismatchError";
        this.message = message || "Request body length does not match content-length header";
        this.code = "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestContentLengthMismatchError] === true;
      }
      [kRequestContentLengthMismatchError] = true;
    };
    var kResponseContentLengthMismatchError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH");
    var ResponseContentLengthMismatchError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ResponseContentLengthMismatchError";
        this.message = message || "Response body length does not match content-length header";
        this.code = "UND_ERR_RES_CONTENT_LENGTH_MISMATCH";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseContentLengthMismatchError] === true;
      }
      [kResponseContentLengthMismatchError] = true;
    };
    var kClientDestroyedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_DESTROYED");
    var ClientDestroyedError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ClientDestroyedError";
        this.message = message || "The client is destroyed";
        this.code = "UND_ERR_DESTROYED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kClientDestroyedError] === true;
      }
      [kClientDestroyedError] = true;
    };
    var kClientClosedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_CLOSED");
    var ClientClosedError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ClientClosedError";
        this.message = message || "The client is closed";
        this.code = "UND_ERR_CLOSED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kClientClosedError] === true;
      }
      [kClientClosedError] = true;
    };
    var kSocketError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_SOCKET");
    var SocketError = class extends UndiciError {
      constructor(message, socket) {
        super(message);
        this.name = "SocketError";
        this.message = message || "Socket error";
        this.code = "UND_ERR_SOCKET";
        this.socket = socket;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kSocketError] === true;
      }
      [kSocketError] = true;
    };
    var kNotSupportedError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_NOT_SUPPORTED");
    var NotSupportedError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "NotSupportedError";
        this.message = message || "Not supported error";
        this.code = "UND_ERR_NOT_SUPPORTED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kNotSupportedError] === true;
      }
      [kNotSupportedError] = true;
    };
    var kBalancedPoolMissingUpstreamError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_BPL_MISSING_UPSTREAM");
    var BalancedPoolMissingUpstreamError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "MissingUpstreamError";
        this.message = message || "No upstream has been added to the BalancedPool";
        this.code = "UND_ERR_BPL_MISSING_UPSTREAM";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kBalancedPoolMissingUpstreamError] === true;
      }
      [kBalancedPoolMissingUpstreamError] = true;
    };
    var kHTTPParserError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_HTTP_PARSER");
    var HTTPParserError = class extends Error {
      constructor(message, code, data) {
        super(message);
        this.name = "HTTPParserError";
        this.code = code ? `HPE_${code}` : void 0;
        this.data = data ? data.toString() : void 0;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kHTTPParserError] === true;
      }
      [kHTTPParserError] = true;
    };
    var kResponseExceededMaxSizeError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE");
    var ResponseExceededMaxSizeError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "ResponseExceededMaxSizeError";
        this.message = message || "Response content exceeded max size";
        this.code = "UND_ERR_RES_EXCEEDED_MAX_SIZE";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseExceededMaxSizeError] === true;
      }
      [kResponseExceededMaxSizeError] = true;
    };
    var kRequestRetryError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_REQ_RETRY");
    var RequestRetryError = class extends UndiciError {
      constructor(message, code, { headers, data }) {
        super(message);
        this.name = "RequestRetryError";
        this.message = message || "Request retry error";
        this.code = "UND_ERR_REQ_RETRY";
        this.statusCode = code;
        this.data = data;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kRequestRetryError] === true;
      }
      [kRequestRetryError] = true;
    };
    var kResponseError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_RESPONSE");
    var ResponseError = class extends UndiciError {
      constructor(message, code, { headers, data }) {
        super(message);
        this.name = "ResponseError";
        this.message = message || "Response error";
        this.code = "UND_ERR_RESPONSE";
        this.statusCode = code;
        this.data = data;
        this.headers = headers;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kResponseError] === true;
      }
      [kResponseError] = true;
    };
    var kSecureProxyConnectionError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_PRX_TLS");
    var SecureProxyConnectionError = class extends UndiciError {
      constructor(cause2, message, options) {
        super(message, { cause: cause2, ...options ?? {} });
        this.name = "SecureProxyConnectionError";
        this.message = message || "Secure Proxy Connection failed";
        this.code = "UND_ERR_PRX_TLS";
        this.cause = cause2;
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kSecureProxyConnectionError] === true;
      }
      [kSecureProxyConnectionError] = true;
    };
    var kMessageSizeExceededError = /* @__PURE__ */ Symbol.for("undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED");
    var MessageSizeExceededError = class extends UndiciError {
      constructor(message) {
        super(message);
        this.name = "MessageSizeExceededError";
        this.message = message || "Max decompressed message size exceeded";
        this.code = "UND_ERR_WS_MESSAGE_SIZE_EXCEEDED";
      }
      static [Symbol.hasInstance](instance) {
        return instance && instance[kMessageSizeExceededError] === true;
      }
      get [kMessageSizeExceededError]() {
        return true;
      }
    };
    module.exports = {
      AbortError: AbortError2,
      HTTPParserError,
      UndiciError,
      HeadersTimeoutError,
      HeadersOverflowError,
      BodyTimeoutError,
      RequestContentLengthMismatchError,
      ConnectTimeoutError,
      ResponseStatusCodeError,
      InvalidArgumentError,
      InvalidReturnValueError,
      RequestAbortedError,
      ClientDestroyedError,
      ClientClosedError,
      InformationalError,
      SocketError,
      NotSupportedError,
      ResponseContentLengthMismatchError,
      BalancedPoolMissingUpstreamError,
      ResponseExceededMaxSizeError,
      RequestRetryError,
      ResponseError,
      SecureProxyConnectionError,
      MessageSizeExceededError
    };
  }
});

// node_modules/undici/lib/core/symbols.js
var require_symbols = __commonJS({
  "node_modules/undici/lib/core/symbols.js"(exports, module) {
    module.exports = {
      kClose: /* @__PURE__ */ Symbol("close"),
      kDestroy: /* @__PURE__ */ Symbol("destroy"),
      kDispatch: /* @__PURE__ */ Symbol("dispatch"),
      kUrl: /* @__PURE__ */ Symbol("url"),
      kWriting: /* @__PURE__ */ Symbol("writing"),
      kResuming: /* @__PURE__ */ Symbol("resuming"),
      kQueue: /* @__PURE__ */ Symbol("queue"),
      kConnect: /* @__PURE__ */ Symbol("connect"),
      kConnecting: /* @__PURE__ */ Symbol("connecting"),
      kKeepAliveDefaultTimeout: /* @__PURE__ */ Symbol("default keep alive timeout"),
      kKeepAliveMaxTimeout: /* @__PURE__ */ Symbol("max keep alive timeout"),
      kKeepAliveTimeoutThreshold: /* @__PURE__ */ Symbol("keep alive timeout threshold"),
      kKeepAliveTimeoutValue: /* @__PURE__ */ Symbol("keep alive timeout"),
      kKeepAlive: /* @__PURE__ */ Symbol("keep alive"),
      kHeadersTimeout: /* @__PURE__ */ Symbol("headers timeout"),
      kBodyTimeout: /* @__PURE__ */ Symbol("body timeout"),
      kServerName: /* @__PURE__ */ Symbol("server name"),
      kLocalAddress: /* @__PURE__ */ Symbol("local address"),
      kHost: /* @__PURE__ */ Symbol("host"),
      kNoRef: /* @__PURE__ */ Symbol("no ref"),
      kBodyUsed: /* @__PURE__ */ Symbol("used"),
      kBody: /* @__PURE__ */ Symbol("abstracted request body"),
      kRunning: /* @__PURE__ */ Symbol("running"),
      kBlocking: /* @__PURE__ */ Symbol("blocking"),
      kPending: /* @__PURE__ */ Symbol("pending"),
      kSize: /* @__PURE__ */ Symbol("size"),
      kBusy: /* @__PURE__ */ Symbol("busy"),
      kQueued: /* @__PURE__ */ Symbol("queued"),
      kFree: /* @__PURE__ */ Symbol("free"),
      kConnected: /* @__PURE__ */ Symbol("connected"),
      kClosed: /* @__PURE__ */ Symbol("closed"),
      kNeedDrain: /* @__PURE__ */ Symbol("need drain"),
      kReset: /* @__PURE__ */ Symbol("reset"),
      kDestroyed: /* @__PURE__ */ Symbol.for("nodejs.stream.destroyed"),
      kResume: /* @__PURE__ */ Symbol("resume"),
      kOnError: /* @__PURE__ */ Symbol("on error"),
      kMaxHeadersSize: /* @__PURE__ */ Symbol("max headers size"),
      kRunningIdx: /* @__PURE__ */ Symbol("running index"),
      kPendingIdx: /* @__PURE__ */ Symbol("pending index"),
      kError: /* @__PURE__ */ Symbol("error"),
      kClients: /* @__PURE__ */ Symbol("clients"),
      kClient: /* @__PURE__ */ Symbol("client"),
      kParser: /* @__PURE__ */ Symbol("parser"),
      kOnDestroyed: /* @__PURE__ */ Symbol("destroy callbacks"),
      kPipelining: /* @__PURE__ */ Symbol("pipelining"),
      kSocket: /* @__PURE__ */ Symbol("socket"),
      kHostHeader: /* @__PURE__ */ Symbol("host header"),
      kConnector: /* @__PURE__ */ Symbol("connector"),
      kStrictContentLength: /* @__PURE__ */ Symbol("strict content length"),
      kMaxRedirections: /* @__PURE__ */ Symbol("maxRedirections"),
      kMaxRequests: /* @__PURE__ */ Symbol("maxRequestsPerClient"),
      kProxy: /* @__PURE__ */ Symbol("proxy agent options"),
      kCounter: /* @__PURE__ */ Symbol("socket request counter"),
      kInterceptors: /* @__PURE__ */ Symbol("dispatch interceptors"),
      kMaxResponseSize: /* @__PURE__ */ Symbol("max response size"),
      kHTTP2Session: /* @__PURE__ */ Symbol("http2Session"),
      kHTTP2SessionState: /* @__PURE__ */ Symbol("http2Session state"),
      kRetryHandlerDefaultRetry: /* @__PURE__ */ Symbol("retry agent default retry"),
      kConstruct: /* @__PURE__ */ Symbol("constructable"),
      kListeners: /* @__PURE__ */ Symbol("listeners"),
      kHTTPContext: /* @__PURE__ */ Symbol("http context"),
      kMaxConcurrentStreams: /* @__PURE__ */ Symbol("max concurrent streams"),
      kNoProxyAgent: /* @__PURE__ */ Symbol("no proxy agent"),
      kHttpProxyAgent: /* @__PURE__ */ Symbol("http proxy agent"),
      kHttpsProxyAgent: /* @__PURE__ */ Symbol("https proxy agent")
    };
  }
});

// node_modules/undici/lib/dispatcher/dispatcher.js
var require_dispatcher = __commonJS({
  "node_modules/undici/lib/dispatcher/dispatcher.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("node:events");
    var Dispatcher = class extends EventEmitter {
      dispatch() {
        throw new Error("not implemented");
      }
      close() {
        throw new Error("not implemented");
      }
      destroy() {
        throw new Error("not implemented");
      }
      compose(...args) {
        const interceptors = Array.isArray(args[0]) ? args[0] : args;
        let dispatch2 = this.dispatch.bind(this);
        for (const interceptor of interceptors) {
          if (interceptor == null) {
            continue;
          }
          if (typeof interceptor !== "function") {
            throw new TypeError(`invalid interceptor, expected function received ${typeof interceptor}`);
          }
          dispatch2 = interceptor(dispatch2);
          if (dispatch2 == null || typeof dispatch2 !== "function" || dispatch2.length !== 2) {
            throw new TypeError("invalid interceptor");
          }
        }
        return new ComposedDispatcher(this, dispatch2);
      }
    };
    var ComposedDispatcher = class extends Dispatcher {
      #dispatcher = null;
      #dispatch = null;
      constructor(dispatcher, dispatch2) {
        super();
        this.#dispatcher = dispatcher;
        this.#dispatch = dispatch2;
      }
      dispatch(...args) {
        this.#dispatch(...args);
      }
      close(...args) {
        return this.#dispatcher.close(...args);
      }
      destroy(...args) {
        return this.#dispatcher.destroy(...args);
      }
    };
    module.exports = Dispatcher;
  }
});

// node_modules/undici/lib/dispatcher/dispatcher-base.js
var require_dispatcher_base = __commonJS({
  "node_modules/undici/lib/dispatcher/dispatcher-base.js"(exports, module) {
    "use strict";
    var buffer = __require("node:buffer");
    var Dispatcher = require_dispatcher();
    var {
      ClientDestroyedError,
      ClientClosedError,
      InvalidArgumentError
    } = require_errors();
    var { kDestroy, kClose, kClosed, kDestroyed, kDispatch, kInterceptors } = require_symbols();
    var kOnDestroyed = /* @__PURE__ */ Symbol("onDestroyed");
    var kOnClosed = /* @__PURE__ */ Symbol("onClosed");
    var kInterceptedDispatch = /* @__PURE__ */ Symbol("Intercepted Dispatch");
    var kWebSocketOptions = /* @__PURE__ */ Symbol("webSocketOptions");
    var kEventSourceOptions = /* @__PURE__ */ Symbol("eventSourceOptions");
    var DispatcherBase = class extends Dispatcher {
      constructor(opts) {
        super();
        this[kDestroyed] = false;
        this[kOnDestroyed] = null;
        this[kClosed] = false;
        this[kOnClosed] = [];
        this[kWebSocketOptions] = opts?.webSocket ?? {};
        this[kEventSourceOptions] = opts?.eventSource ?? {};
      }
      get webSocketOptions() {
        return {
          maxFragments: this[kWebSocketOptions].maxFragments ?? 131072,
          maxPayloadSize: this[kWebSocketOptions].maxPayloadSize ?? 128 * 1024 * 1024
        };
      }
      get eventSourceOptions() {
        return {
          maxEventSize: this[kEventSourceOptions].maxEventSize ?? buffer.kStringMaxLength
        };
      }
      get destroyed() {
        return this[kDestroyed];
      }
      get closed() {
        return this[kClosed];
      }
      get interceptors() {
        return this[kInterceptors];
      }
      set interceptors(newInterceptors) {
        if (newInterceptors) {
          for (let i = newInterceptors.length - 1; i >= 0; i--) {
            const interceptor = this[kInterceptors][i];
            if (typeof interceptor !== "function") {
              throw new InvalidArgumentError("interceptor must be an function");
            }
          }
        }
        this[kInterceptors] = newInterceptors;
      }
      close(callback) {
        if (callback === void 0) {
          return new Promise((resolve, reject) => {
            this.close((err, data) => {
              return err ? reject(err) : resolve(data);
            });
          });
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        if (this[kDestroyed]) {
          queueMicrotask(() => callback(new ClientDestroyedError(), null));
          return;
        }
        if (this[kClosed]) {
          if (this[kOnClosed]) {
            this[kOnClosed].push(callback);
          } else {
            queueMicrotask(() => callback(null, null));
          }
          return;
        }
        this[kClosed] = true;
        this[kOnClosed].push(callback);
        const onClosed = () => {
          const callbacks = this[kOnClosed];
          this[kOnClosed] = null;
          for (let i = 0; i < callbacks.length; i++) {
            callbacks[i](null, null);
          }
        };
        this[kClose]().then(() => this.destroy()).then(() => {
          queueMicrotask(onClosed);
        });
      }
      destroy(err, callback) {
        if (typeof err === "function") {
          callback = err;
          err = null;
        }
        if (callback === void 0) {
          return new Promise((resolve, reject) => {
            this.destroy(err, (err2, data) => {
              return err2 ? (
                /* istanbul ignore next: should never error */
                reject(err2)
              ) : resolve(data);
            });
          });
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        if (this[kDestroyed]) {
          if (this[kOnDestroyed]) {
            this[kOnDestroyed].push(callback);
          } else {
            queueMicrotask(() => callback(null, null));
          }
          return;
        }
        if (!err) {
          err = new ClientDestroyedError();
        }
        this[kDestroyed] = true;
        this[kOnDestroyed] = this[kOnDestroyed] || [];
        this[kOnDestroyed].push(callback);
        const onDestroyed = () => {
          const callbacks = this[kOnDestroyed];
          this[kOnDestroyed] = null;
          for (let i = 0; i < callbacks.length; i++) {
            callbacks[i](null, null);
          }
        };
        this[kDestroy](err).then(() => {
          queueMicrotask(onDestroyed);
        });
      }
      [kInterceptedDispatch](opts, handler) {
        if (!this[kInterceptors] || this[kInterceptors].length === 0) {
          this[kInterceptedDispatch] = this[kDispatch];
          return this[kDispatch](opts, handler);
        }
        let dispatch2 = this[kDispatch].bind(this);
        for (let i = this[kInterceptors].length - 1; i >= 0; i--) {
          dispatch2 = this[kInterceptors][i](dispatch2);
        }
        this[kInterceptedDispatch] = dispatch2;
        return dispatch2(opts, handler);
      }
      dispatch(opts, handler) {
        if (!handler || typeof handler !== "object") {
          throw new InvalidArgumentError("handler must be an object");
        }
        try {
          if (!opts || typeof opts !== "object") {
            throw new InvalidArgumentError("opts must be an object.");
          }
          if (this[kDestroyed] || this[kOnDestroyed]) {
            throw new ClientDestroyedError();
          }
          if (this[kClosed]) {
            throw new ClientClosedError();
          }
          return this[kInterceptedDispatch](opts, handler);
        } catch (err) {
          if (typeof handler.onError !== "function") {
            throw new InvalidArgumentError("invalid onError method");
          }
          handler.onError(err);
          return false;
        }
      }
    };
    module.exports = DispatcherBase;
  }
});

// node_modules/undici/lib/dispatcher/fixed-queue.js
var require_fixed_queue = __commonJS({
  "node_modules/undici/lib/dispatcher/fixed-queue.js"(exports, module) {
    "use strict";
    var kSize = 2048;
    var kMask = kSize - 1;
    var FixedCircularBuffer = class {
      constructor() {
        this.bottom = 0;
        this.top = 0;
        this.list = new Array(kSize);
        this.next = null;
      }
      isEmpty() {
        return this.top === this.bottom;
      }
      isFull() {
        return (this.top + 1 & kMask) === this.bottom;
      }
      push(data) {
        this.list[this.top] = data;
        this.top = this.top + 1 & kMask;
      }
      shift() {
        const nextItem = this.list[this.bottom];
        if (nextItem === void 0)
          return null;
        this.list[this.bottom] = void 0;
        this.bottom = this.bottom + 1 & kMask;
        return nextItem;
      }
    };
    module.exports = class FixedQueue {
      constructor() {
        this.head = this.tail = new FixedCircularBuffer();
      }
      isEmpty() {
        return this.head.isEmpty();
      }
      push(data) {
        if (this.head.isFull()) {
          this.head = this.head.next = new FixedCircularBuffer();
        }
        this.head.push(data);
      }
      shift() {
        const tail = this.tail;
        const next = tail.shift();
        if (tail.isEmpty() && tail.next !== null) {
          this.tail = tail.next;
        }
        return next;
      }
    };
  }
});

// node_modules/undici/lib/dispatcher/pool-stats.js
var require_pool_stats = __commonJS({
  "node_modules/undici/lib/dispatcher/pool-stats.js"(exports, module) {
    var { kFree, kConnected, kPending, kQueued, kRunning, kSize } = require_symbols();
    var kPool = /* @__PURE__ */ Symbol("pool");
    var PoolStats = class {
      constructor(pool) {
        this[kPool] = pool;
      }
      get connected() {
        return this[kPool][kConnected];
      }
      get free() {
        return this[kPool][kFree];
      }
      get pending() {
        return this[kPool][kPending];
      }
      get queued() {
        return this[kPool][kQueued];
      }
      get running() {
        return this[kPool][kRunning];
      }
      get size() {
        return this[kPool][kSize];
      }
    };
    module.exports = PoolStats;
  }
});

// node_modules/undici/lib/dispatcher/pool-base.js
var require_pool_base = __commonJS({
  "node_modules/undici/lib/dispatcher/pool-base.js"(exports, module) {
    "use strict";
    var DispatcherBase = require_dispatcher_base();
    var FixedQueue = require_fixed_queue();
    var { kConnected, kSize, kRunning, kPending, kQueued, kBusy, kFree, kUrl, kClose, kDestroy, kDispatch } = require_symbols();
    var PoolStats = require_pool_stats();
    var kClients = /* @__PURE__ */ Symbol("clients");
    var kNeedDrain = /* @__PURE__ */ Symbol("needDrain");
    var kQueue = /* @__PURE__ */ Symbol("queue");
    var kClosedResolve = /* @__PURE__ */ Symbol("closed resolve");
    var kOnDrain = /* @__PURE__ */ Symbol("onDrain");
    var kOnConnect = /* @__PURE__ */ Symbol("onConnect");
    var kOnDisconnect = /* @__PURE__ */ Symbol("onDisconnect");
    var kOnConnectionError = /* @__PURE__ */ Symbol("onConnectionError");
    var kGetDispatcher = /* @__PURE__ */ Symbol("get dispatcher");
    var kAddClient = /* @__PURE__ */ Symbol("add client");
    var kRemoveClient = /* @__PURE__ */ Symbol("remove client");
    var kStats = /* @__PURE__ */ Symbol("stats");
    var PoolBase = class extends DispatcherBase {
      constructor(opts) {
        super(opts);
        this[kQueue] = new FixedQueue();
        this[kClients] = [];
        this[kQueued] = 0;
        const pool = this;
        this[kOnDrain] = function onDrain(origin, targets) {
          const queue = pool[kQueue];
          let needDrain = false;
          while (!needDrain) {
            const item = queue.shift();
            if (!item) {
              break;
            }
            pool[kQueued]--;
            needDrain = !this.dispatch(item.opts, item.handler);
          }
          this[kNeedDrain] = needDrain;
          if (!this[kNeedDrain] && pool[kNeedDrain]) {
            pool[kNeedDrain] = false;
            pool.emit("drain", origin, [pool, ...targets]);
          }
          if (pool[kClosedResolve] && queue.isEmpty()) {
            Promise.all(pool[kClients].map((c) => c.close())).then(pool[kClosedResolve]);
          }
        };
        this[kOnConnect] = (origin, targets) => {
          pool.emit("connect", origin, [pool, ...targets]);
        };
        this[kOnDisconnect] = (origin, targets, err) => {
          pool.emit("disconnect", origin, [pool, ...targets], err);
        };
        this[kOnConnectionError] = (origin, targets, err) => {
          pool.emit("connectionError", origin, [pool, ...targets], err);
        };
        this[kStats] = new PoolStats(this);
      }
      get [kBusy]() {
        return this[kNeedDrain];
      }
      get [kConnected]() {
        return this[kClients].filter((client) => client[kConnected]).length;
      }
      get [kFree]() {
        return this[kClients].filter((client) => client[kConnected] && !client[kNeedDrain]).length;
      }
      get [kPending]() {
        let ret = this[kQueued];
        for (const { [kPending]: pending } of this[kClients]) {
          ret += pending;
        }
        return ret;
      }
      get [kRunning]() {
        let ret = 0;
        for (const { [kRunning]: running } of this[kClients]) {
          ret += running;
        }
        return ret;
      }
      get [kSize]() {
        let ret = this[kQueued];
        for (const { [kSize]: size } of this[kClients]) {
          ret += size;
        }
        return ret;
      }
      get stats() {
        return this[kStats];
      }
      async [kClose]() {
        if (this[kQueue].isEmpty()) {
          await Promise.all(this[kClients].map((c) => c.close()));
        } else {
          await new Promise((resolve) => {
            this[kClosedResolve] = resolve;
          });
        }
      }
      async [kDestroy](err) {
        while (true) {
          const item = this[kQueue].shift();
          if (!item) {
            break;
          }
          item.handler.onError(err);
        }
        await Promise.all(this[kClients].map((c) => c.destroy(err)));
      }
      [kDispatch](opts, handler) {
        const dispatcher = this[kGetDispatcher]();
        if (!dispatcher) {
          this[kNeedDrain] = true;
          this[kQueue].push({ opts, handler });
          this[kQueued]++;
        } else if (!dispatcher.dispatch(opts, handler)) {
          dispatcher[kNeedDrain] = true;
          this[kNeedDrain] = !this[kGetDispatcher]();
        }
        return !this[kNeedDrain];
      }
      [kAddClient](client) {
        client.on("drain", this[kOnDrain]).on("connect", this[kOnConnect]).on("disconnect", this[kOnDisconnect]).on("connectionError", this[kOnConnectionError]);
        this[kClients].push(client);
        if (this[kNeedDrain]) {
          queueMicrotask(() => {
            if (this[kNeedDrain]) {
              this[kOnDrain](client[kUrl], [this, client]);
            }
          });
        }
        return this;
      }
      [kRemoveClient](client) {
        client.close(() => {
          const idx = this[kClients].indexOf(client);
          if (idx !== -1) {
            this[kClients].splice(idx, 1);
          }
        });
        this[kNeedDrain] = this[kClients].some((dispatcher) => !dispatcher[kNeedDrain] && dispatcher.closed !== true && dispatcher.destroyed !== true);
      }
    };
    module.exports = {
      PoolBase,
      kClients,
      kNeedDrain,
      kAddClient,
      kRemoveClient,
      kGetDispatcher
    };
  }
});

// assert-on-failure:node:assert
var require_node_assert = __commonJS({
  "assert-on-failure:node:assert"(exports, module) {
    var real;
    var load = () => real ??= __require("node:assert");
    function assert(...args) {
      if (!args[0]) load()(...args);
    }
    module.exports = new Proxy(assert, { get: (target, key) => key in target ? Reflect.get(target, key) : Reflect.get(load(), key) });
  }
});

// node_modules/undici/lib/core/constants.js
var require_constants = __commonJS({
  "node_modules/undici/lib/core/constants.js"(exports, module) {
    "use strict";
    var headerNameLowerCasedRecord = {};
    var wellknownHeaderNames = [
      "Accept",
      "Accept-Encoding",
      "Accept-Language",
      "Accept-Ranges",
      "Access-Control-Allow-Credentials",
      "Access-Control-Allow-Headers",
      "Access-Control-Allow-Methods",
      "Access-Control-Allow-Origin",
      "Access-Control-Expose-Headers",
      "Access-Control-Max-Age",
      "Access-Control-Request-Headers",
      "Access-Control-Request-Method",
      "Age",
      "Allow",
      "Alt-Svc",
      "Alt-Used",
      "Authorization",
      "Cache-Control",
      "Clear-Site-Data",
      "Connection",
      "Content-Disposition",
      "Content-Encoding",
      "Content-Language",
      "Content-Length",
      "Content-Location",
      "Content-Range",
      "Content-Security-Policy",
      "Content-Security-Policy-Report-Only",
      "Content-Type",
      "Cookie",
      "Cross-Origin-Embedder-Policy",
      "Cross-Origin-Opener-Policy",
      "Cross-Origin-Resource-Policy",
      "Date",
      "Device-Memory",
      "Downlink",
      "ECT",
      "ETag",
      "Expect",
      "Expect-CT",
      "Expires",
      "Forwarded",
      "From",
      "Host",
      "If-Match",
      "If-Modified-Since",
      "If-None-Match",
      "If-Range",
      "If-Unmodified-Since",
      "Keep-Alive",
      "Last-Modified",
      "Link",
      "Location",
      "Max-Forwards",
      "Origin",
      "Permissions-Policy",
      "Pragma",
      "Proxy-Authenticate",
      "Proxy-Authorization",
      "RTT",
      "Range",
      "Referer",
      "Referrer-Policy",
      "Refresh",
      "Retry-After",
      "Sec-WebSocket-Accept",
      "Sec-WebSocket-Extensions",
      "Sec-WebSocket-Key",
      "Sec-WebSocket-Protocol",
      "Sec-WebSocket-Version",
      "Server",
      "Server-Timing",
      "Service-Worker-Allowed",
      "Service-Worker-Navigation-Preload",
      "Set-Cookie",
      "SourceMap",
      "Strict-Transport-Security",
      "Supports-Loading-Mode",
      "TE",
      "Timing-Allow-Origin",
      "Trailer",
      "Transfer-Encoding",
      "Upgrade",
      "Upgrade-Insecure-Requests",
      "User-Agent",
      "Vary",
      "Via",
      "WWW-Authenticate",
      "X-Content-Type-Options",
      "X-DNS-Prefetch-Control",
      "X-Frame-Options",
      "X-Permitted-Cross-Domain-Policies",
      "X-Powered-By",
      "X-Requested-With",
      "X-XSS-Protection"
    ];
    for (let i = 0; i < wellknownHeaderNames.length; ++i) {
      const key = wellknownHeaderNames[i];
      const lowerCasedKey = key.toLowerCase();
      headerNameLowerCasedRecord[key] = headerNameLowerCasedRecord[lowerCasedKey] = lowerCasedKey;
    }
    Object.setPrototypeOf(headerNameLowerCasedRecord, null);
    module.exports = {
      wellknownHeaderNames,
      headerNameLowerCasedRecord
    };
  }
});

// node_modules/undici/lib/core/tree.js
var require_tree = __commonJS({
  "node_modules/undici/lib/core/tree.js"(exports, module) {
    "use strict";
    var {
      wellknownHeaderNames,
      headerNameLowerCasedRecord
    } = require_constants();
    var TstNode = class _TstNode {
      /** @type {any} */
      value = null;
      /** @type {null | TstNode} */
      left = null;
      /** @type {null | TstNode} */
      middle = null;
      /** @type {null | TstNode} */
      right = null;
      /** @type {number} */
      code;
      /**
       * @param {string} key
       * @param {any} value
       * @param {number} index
       */
      constructor(key, value, index) {
        if (index === void 0 || index >= key.length) {
          throw new TypeError("Unreachable");
        }
        const code = this.code = key.charCodeAt(index);
        if (code > 127) {
          throw new TypeError("key must be ascii string");
        }
        if (key.length !== ++index) {
          this.middle = new _TstNode(key, value, index);
        } else {
          this.value = value;
        }
      }
      /**
       * @param {string} key
       * @param {any} value
       */
      add(key, value) {
        const length = key.length;
        if (length === 0) {
          throw new TypeError("Unreachable");
        }
        let index = 0;
        let node = this;
        while (true) {
          const code = key.charCodeAt(index);
          if (code > 127) {
            throw new TypeError("key must be ascii string");
          }
          if (node.code === code) {
            if (length === ++index) {
              node.value = value;
              break;
            } else if (node.middle !== null) {
              node = node.middle;
            } else {
              node.middle = new _TstNode(key, value, index);
              break;
            }
          } else if (node.code < code) {
            if (node.left !== null) {
              node = node.left;
            } else {
              node.left = new _TstNode(key, value, index);
              break;
            }
          } else if (node.right !== null) {
            node = node.right;
          } else {
            node.right = new _TstNode(key, value, index);
            break;
          }
        }
      }
      /**
       * @param {Uint8Array} key
       * @return {TstNode | null}
       */
      search(key) {
        const keylength = key.length;
        let index = 0;
        let node = this;
        while (node !== null && index < keylength) {
          let code = key[index];
          if (code <= 90 && code >= 65) {
            code |= 32;
          }
          while (node !== null) {
            if (code === node.code) {
              if (keylength === ++index) {
                return node;
              }
              node = node.middle;
              break;
            }
            node = node.code < code ? node.left : node.right;
          }
        }
        return null;
      }
    };
    var TernarySearchTree = class {
      /** @type {TstNode | null} */
      node = null;
      /**
       * @param {string} key
       * @param {any} value
       * */
      insert(key, value) {
        if (this.node === null) {
          this.node = new TstNode(key, value, 0);
        } else {
          this.node.add(key, value);
        }
      }
      /**
       * @param {Uint8Array} key
       * @return {any}
       */
      lookup(key) {
        return this.node?.search(key)?.value ?? null;
      }
    };
    var tree = new TernarySearchTree();
    for (let i = 0; i < wellknownHeaderNames.length; ++i) {
      const key = headerNameLowerCasedRecord[wellknownHeaderNames[i]];
      tree.insert(key, key);
    }
    module.exports = {
      TernarySearchTree,
      tree
    };
  }
});

// node_modules/undici/lib/core/util.js
var require_util = __commonJS({
  "node_modules/undici/lib/core/util.js"(exports, module) {
    "use strict";
    var assert = require_node_assert();
    var { kDestroyed, kBodyUsed, kListeners, kBody } = require_symbols();
    var { IncomingMessage } = __require("node:http");
    var stream = __require("node:stream");
    var net = __require("node:net");
    var { Blob: Blob2 } = __require("node:buffer");
    var nodeUtil = __require("node:util");
    var { stringify } = __require("node:querystring");
    var { EventEmitter: EE } = __require("node:events");
    var { InvalidArgumentError } = require_errors();
    var { headerNameLowerCasedRecord } = require_constants();
    var { tree } = require_tree();
    var [nodeMajor, nodeMinor] = process.versions.node.split(".").map((v) => Number(v));
    var BodyAsyncIterable = class {
      constructor(body) {
        this[kBody] = body;
        this[kBodyUsed] = false;
      }
      async *[Symbol.asyncIterator]() {
        assert(!this[kBodyUsed], "disturbed");
        this[kBodyUsed] = true;
        yield* this[kBody];
      }
    };
    function wrapRequestBody(body) {
      if (isStream(body)) {
        if (bodyLength(body) === 0) {
          body.on("data", function() {
            assert(false);
          });
        }
        if (typeof body.readableDidRead !== "boolean") {
          body[kBodyUsed] = false;
          EE.prototype.on.call(body, "data", function() {
            this[kBodyUsed] = true;
          });
        }
        return body;
      } else if (body && typeof body.pipeTo === "function") {
        return new BodyAsyncIterable(body);
      } else if (body && typeof body !== "string" && !ArrayBuffer.isView(body) && isIterable(body)) {
        return new BodyAsyncIterable(body);
      } else {
        return body;
      }
    }
    function nop() {
    }
    function isStream(obj) {
      return obj && typeof obj === "object" && typeof obj.pipe === "function" && typeof obj.on === "function";
    }
    function isBlobLike(object) {
      if (object === null) {
        return false;
      } else if (object instanceof Blob2) {
        return true;
      } else if (typeof object !== "object") {
        return false;
      } else {
        const sTag = object[Symbol.toStringTag];
        return (sTag === "Blob" || sTag === "File") && ("stream" in object && typeof object.stream === "function" || "arrayBuffer" in object && typeof object.arrayBuffer === "function");
      }
    }
    function buildURL(url, queryParams) {
      if (url.includes("?") || url.includes("#")) {
        throw new Error('Query params cannot be passed when url already contains "?" or "#".');
      }
      const stringified = stringify(queryParams);
      if (stringified) {
        url += "?" + stringified;
      }
      return url;
    }
    function isValidPort(port) {
      const value = parseInt(port, 10);
      return value === Number(port) && value >= 0 && value <= 65535;
    }
    function isHttpOrHttpsPrefixed(value) {
      return value != null && value[0] === "h" && value[1] === "t" && value[2] === "t" && value[3] === "p" && (value[4] === ":" || value[4] === "s" && value[5] === ":");
    }
    function parseURL(url) {
      if (typeof url === "string") {
        url = new URL(url);
        if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
          throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
        }
        return url;
      }
      if (!url || typeof url !== "object") {
        throw new InvalidArgumentError("Invalid URL: The URL argument must be a non-null object.");
      }
      if (!(url instanceof URL)) {
        if (url.port != null && url.port !== "" && isValidPort(url.port) === false) {
          throw new InvalidArgumentError("Invalid URL: port must be a valid integer or a string representation of an integer.");
        }
        if (url.path != null && typeof url.path !== "string") {
          throw new InvalidArgumentError("Invalid URL path: the path must be a string or null/undefined.");
        }
        if (url.pathname != null && typeof url.pathname !== "string") {
          throw new InvalidArgumentError("Invalid URL pathname: the pathname must be a string or null/undefined.");
        }
        if (url.hostname != null && typeof url.hostname !== "string") {
          throw new InvalidArgumentError("Invalid URL hostname: the hostname must be a string or null/undefined.");
        }
        if (url.origin != null && typeof url.origin !== "string") {
          throw new InvalidArgumentError("Invalid URL origin: the origin must be a string or null/undefined.");
        }
        if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
          throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
        }
        const port = url.port != null ? url.port : url.protocol === "https:" ? 443 : 80;
        let origin = url.origin != null ? url.origin : `${url.protocol || ""}//${url.hostname || ""}:${port}`;
        let path = url.path != null ? url.path : `${url.pathname || ""}${url.search || ""}`;
        if (origin[origin.length - 1] === "/") {
          origin = origin.slice(0, origin.length - 1);
        }
        if (path && path[0] !== "/") {
          path = `/${path}`;
        }
        return new URL(`${origin}${path}`);
      }
      if (!isHttpOrHttpsPrefixed(url.origin || url.protocol)) {
        throw new InvalidArgumentError("Invalid URL protocol: the URL must start with `http:` or `https:`.");
      }
      return url;
    }
    function parseOrigin(url) {
      url = parseURL(url);
      if (url.pathname !== "/" || url.search || url.hash) {
        throw new InvalidArgumentError("invalid url");
      }
      return url;
    }
    function getHostname(host) {
      if (host[0] === "[") {
        const idx2 = host.indexOf("]");
        assert(idx2 !== -1);
        return host.substring(1, idx2);
      }
      const idx = host.indexOf(":");
      if (idx === -1) return host;
      return host.substring(0, idx);
    }
    function getServerName(host) {
      if (!host) {
        return null;
      }
      assert(typeof host === "string");
      const servername = getHostname(host);
      if (net.isIP(servername)) {
        return "";
      }
      return servername;
    }
    function deepClone(obj) {
      return JSON.parse(JSON.stringify(obj));
    }
    function isAsyncIterable(obj) {
      return !!(obj != null && typeof obj[Symbol.asyncIterator] === "function");
    }
    function isIterable(obj) {
      return !!(obj != null && (typeof obj[Symbol.iterator] === "function" || typeof obj[Symbol.asyncIterator] === "function"));
    }
    function bodyLength(body) {
      if (body == null) {
        return 0;
      } else if (isStream(body)) {
        const state = body._readableState;
        return state && state.objectMode === false && state.ended === true && Number.isFinite(state.length) ? state.length : null;
      } else if (isBlobLike(body)) {
        return body.size != null ? body.size : null;
      } else if (isBuffer(body)) {
        return body.byteLength;
      }
      return null;
    }
    function isDestroyed(body) {
      return body && !!(body.destroyed || body[kDestroyed] || stream.isDestroyed?.(body));
    }
    function destroy(stream2, err) {
      if (stream2 == null || !isStream(stream2) || isDestroyed(stream2)) {
        return;
      }
      if (typeof stream2.destroy === "function") {
        if (Object.getPrototypeOf(stream2).constructor === IncomingMessage) {
          stream2.socket = null;
        }
        stream2.destroy(err);
      } else if (err) {
        queueMicrotask(() => {
          stream2.emit("error", err);
        });
      }
      if (stream2.destroyed !== true) {
        stream2[kDestroyed] = true;
      }
    }
    var KEEPALIVE_TIMEOUT_EXPR = /timeout=(\d+)/;
    function parseKeepAliveTimeout(val) {
      const m = val.toString().match(KEEPALIVE_TIMEOUT_EXPR);
      return m ? parseInt(m[1], 10) * 1e3 : null;
    }
    function headerNameToString(value) {
      return typeof value === "string" ? headerNameLowerCasedRecord[value] ?? value.toLowerCase() : tree.lookup(value) ?? value.toString("latin1").toLowerCase();
    }
    function bufferToLowerCasedHeaderName(value) {
      return tree.lookup(value) ?? value.toString("latin1").toLowerCase();
    }
    function parseHeaders2(headers, obj) {
      if (obj === void 0) obj = {};
      for (let i = 0; i < headers.length; i += 2) {
        const key = headerNameToString(headers[i]);
        let val = obj[key];
        if (val) {
          if (typeof val === "string") {
            val = [val];
            obj[key] = val;
          }
          val.push(headers[i + 1].toString("utf8"));
        } else {
          const headersValue = headers[i + 1];
          if (typeof headersValue === "string") {
            obj[key] = headersValue;
          } else {
            obj[key] = Array.isArray(headersValue) ? headersValue.map((x) => x.toString("utf8")) : headersValue.toString("utf8");
          }
        }
      }
      if ("content-length" in obj && "content-disposition" in obj) {
        obj["content-disposition"] = Buffer.from(obj["content-disposition"]).toString("latin1");
      }
      return obj;
    }
    function parseRawHeaders(headers) {
      const len = headers.length;
      const ret = new Array(len);
      let hasContentLength = false;
      let contentDispositionIdx = -1;
      let key;
      let val;
      let kLen = 0;
      for (let n = 0; n < headers.length; n += 2) {
        key = headers[n];
        val = headers[n + 1];
        typeof key !== "string" && (key = key.toString());
        typeof val !== "string" && (val = val.toString("utf8"));
        kLen = key.length;
        if (kLen === 14 && key[7] === "-" && (key === "content-length" || key.toLowerCase() === "content-length")) {
          hasContentLength = true;
        } else if (kLen === 19 && key[7] === "-" && (key === "content-disposition" || key.toLowerCase() === "content-disposition")) {
          contentDispositionIdx = n + 1;
        }
        ret[n] = key;
        ret[n + 1] = val;
      }
      if (hasContentLength && contentDispositionIdx !== -1) {
        ret[contentDispositionIdx] = Buffer.from(ret[contentDispositionIdx]).toString("latin1");
      }
      return ret;
    }
    function isBuffer(buffer) {
      return buffer instanceof Uint8Array || Buffer.isBuffer(buffer);
    }
    function validateHandler(handler, method, upgrade) {
      if (!handler || typeof handler !== "object") {
        throw new InvalidArgumentError("handler must be an object");
      }
      if (typeof handler.onConnect !== "function") {
        throw new InvalidArgumentError("invalid onConnect method");
      }
      if (typeof handler.onError !== "function") {
        throw new InvalidArgumentError("invalid onError method");
      }
      if (typeof handler.onBodySent !== "function" && handler.onBodySent !== void 0) {
        throw new InvalidArgumentError("invalid onBodySent method");
      }
      if (upgrade || method === "CONNECT") {
        if (typeof handler.onUpgrade !== "function") {
          throw new InvalidArgumentError("invalid onUpgrade method");
        }
      } else {
        if (typeof handler.onHeaders !== "function") {
          throw new InvalidArgumentError("invalid onHeaders method");
        }
        if (typeof handler.onData !== "function") {
          throw new InvalidArgumentError("invalid onData method");
        }
        if (typeof handler.onComplete !== "function") {
          throw new InvalidArgumentError("invalid onComplete method");
        }
      }
    }
    function isDisturbed(body) {
      return !!(body && (stream.isDisturbed(body) || body[kBodyUsed]));
    }
    function isErrored(body) {
      return !!(body && stream.isErrored(body));
    }
    function isReadable(body) {
      return !!(body && stream.isReadable(body));
    }
    function getSocketInfo(socket) {
      return {
        localAddress: socket.localAddress,
        localPort: socket.localPort,
        remoteAddress: socket.remoteAddress,
        remotePort: socket.remotePort,
        remoteFamily: socket.remoteFamily,
        timeout: socket.timeout,
        bytesWritten: socket.bytesWritten,
        bytesRead: socket.bytesRead
      };
    }
    function ReadableStreamFrom(iterable) {
      let iterator;
      return new ReadableStream(
        {
          async start() {
            iterator = iterable[Symbol.asyncIterator]();
          },
          async pull(controller) {
            const { done, value } = await iterator.next();
            if (done) {
              queueMicrotask(() => {
                controller.close();
                controller.byobRequest?.respond(0);
              });
            } else {
              const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
              if (buf.byteLength) {
                controller.enqueue(new Uint8Array(buf));
              }
            }
            return controller.desiredSize > 0;
          },
          async cancel(reason) {
            await iterator.return();
          },
          type: "bytes"
        }
      );
    }
    function isFormDataLike(object) {
      return object && typeof object === "object" && typeof object.append === "function" && typeof object.delete === "function" && typeof object.get === "function" && typeof object.getAll === "function" && typeof object.has === "function" && typeof object.set === "function" && object[Symbol.toStringTag] === "FormData";
    }
    function addAbortListener(signal, listener) {
      if ("addEventListener" in signal) {
        signal.addEventListener("abort", listener, { once: true });
        return () => signal.removeEventListener("abort", listener);
      }
      signal.addListener("abort", listener);
      return () => signal.removeListener("abort", listener);
    }
    var hasToWellFormed = typeof String.prototype.toWellFormed === "function";
    var hasIsWellFormed = typeof String.prototype.isWellFormed === "function";
    function toUSVString(val) {
      return hasToWellFormed ? `${val}`.toWellFormed() : nodeUtil.toUSVString(val);
    }
    function isUSVString(val) {
      return hasIsWellFormed ? `${val}`.isWellFormed() : toUSVString(val) === `${val}`;
    }
    function isTokenCharCode(c) {
      switch (c) {
        case 34:
        case 40:
        case 41:
        case 44:
        case 47:
        case 58:
        case 59:
        case 60:
        case 61:
        case 62:
        case 63:
        case 64:
        case 91:
        case 92:
        case 93:
        case 123:
        case 125:
          return false;
        default:
          return c >= 33 && c <= 126;
      }
    }
    function isValidHTTPToken(characters) {
      if (characters.length === 0) {
        return false;
      }
      for (let i = 0; i < characters.length; ++i) {
        if (!isTokenCharCode(characters.charCodeAt(i))) {
          return false;
        }
      }
      return true;
    }
    var headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
    function isValidHeaderValue(characters) {
      return !headerCharRegex.test(characters);
    }
    function parseRangeHeader(range) {
      if (range == null || range === "") return { start: 0, end: null, size: null };
      const m = range ? range.match(/^bytes (\d+)-(\d+)\/(\d+)?$/) : null;
      return m ? {
        start: parseInt(m[1]),
        end: m[2] ? parseInt(m[2]) : null,
        size: m[3] ? parseInt(m[3]) : null
      } : null;
    }
    function addListener(obj, name, listener) {
      const listeners = obj[kListeners] ??= [];
      listeners.push([name, listener]);
      obj.on(name, listener);
      return obj;
    }
    function removeAllListeners(obj) {
      for (const [name, listener] of obj[kListeners] ?? []) {
        obj.removeListener(name, listener);
      }
      obj[kListeners] = null;
    }
    function errorRequest(client, request, err) {
      try {
        request.onError(err);
        assert(request.aborted);
      } catch (err2) {
        client.emit("error", err2);
      }
    }
    var kEnumerableProperty = /* @__PURE__ */ Object.create(null);
    kEnumerableProperty.enumerable = true;
    var normalizedMethodRecordsBase = {
      delete: "DELETE",
      DELETE: "DELETE",
      get: "GET",
      GET: "GET",
      head: "HEAD",
      HEAD: "HEAD",
      options: "OPTIONS",
      OPTIONS: "OPTIONS",
      post: "POST",
      POST: "POST",
      put: "PUT",
      PUT: "PUT"
    };
    var normalizedMethodRecords = {
      ...normalizedMethodRecordsBase,
      patch: "patch",
      PATCH: "PATCH"
    };
    Object.setPrototypeOf(normalizedMethodRecordsBase, null);
    Object.setPrototypeOf(normalizedMethodRecords, null);
    module.exports = {
      kEnumerableProperty,
      nop,
      isDisturbed,
      isErrored,
      isReadable,
      toUSVString,
      isUSVString,
      isBlobLike,
      parseOrigin,
      parseURL,
      getServerName,
      isStream,
      isIterable,
      isAsyncIterable,
      isDestroyed,
      headerNameToString,
      bufferToLowerCasedHeaderName,
      addListener,
      removeAllListeners,
      errorRequest,
      parseRawHeaders,
      parseHeaders: parseHeaders2,
      parseKeepAliveTimeout,
      destroy,
      bodyLength,
      deepClone,
      ReadableStreamFrom,
      isBuffer,
      validateHandler,
      getSocketInfo,
      isFormDataLike,
      buildURL,
      addAbortListener,
      isValidHTTPToken,
      isValidHeaderValue,
      isTokenCharCode,
      parseRangeHeader,
      normalizedMethodRecordsBase,
      normalizedMethodRecords,
      isValidPort,
      isHttpOrHttpsPrefixed,
      nodeMajor,
      nodeMinor,
      safeHTTPMethods: ["GET", "HEAD", "OPTIONS", "TRACE"],
      wrapRequestBody
    };
  }
});

// node_modules/undici/lib/core/diagnostics.js
var require_diagnostics = __commonJS({
  "node_modules/undici/lib/core/diagnostics.js"(exports, module) {
    "use strict";
    var diagnosticsChannel = __require("node:diagnostics_channel");
    var util = __require("node:util");
    var undiciDebugLog = util.debuglog("undici");
    var fetchDebuglog = util.debuglog("fetch");
    var websocketDebuglog = util.debuglog("websocket");
    var isClientSet = false;
    var channels = {
      // Client
      beforeConnect: diagnosticsChannel.channel("undici:client:beforeConnect"),
      connected: diagnosticsChannel.channel("undici:client:connected"),
      connectError: diagnosticsChannel.channel("undici:client:connectError"),
      sendHeaders: diagnosticsChannel.channel("undici:client:sendHeaders"),
      // Request
      create: diagnosticsChannel.channel("undici:request:create"),
      bodySent: diagnosticsChannel.channel("undici:request:bodySent"),
      headers: diagnosticsChannel.channel("undici:request:headers"),
      trailers: diagnosticsChannel.channel("undici:request:trailers"),
      error: diagnosticsChannel.channel("undici:request:error"),
      // WebSocket
      open: diagnosticsChannel.channel("undici:websocket:open"),
      close: diagnosticsChannel.channel("undici:websocket:close"),
      socketError: diagnosticsChannel.channel("undici:websocket:socket_error"),
      ping: diagnosticsChannel.channel("undici:websocket:ping"),
      pong: diagnosticsChannel.channel("undici:websocket:pong")
    };
    if (undiciDebugLog.enabled || fetchDebuglog.enabled) {
      const debuglog = fetchDebuglog.enabled ? fetchDebuglog : undiciDebugLog;
      diagnosticsChannel.channel("undici:client:beforeConnect").subscribe((evt) => {
        const {
          connectParams: { version, protocol, port, host }
        } = evt;
        debuglog(
          "connecting to %s using %s%s",
          `${host}${port ? `:${port}` : ""}`,
          protocol,
          version
        );
      });
      diagnosticsChannel.channel("undici:client:connected").subscribe((evt) => {
        const {
          connectParams: { version, protocol, port, host }
        } = evt;
        debuglog(
          "connected to %s using %s%s",
          `${host}${port ? `:${port}` : ""}`,
          protocol,
          version
        );
      });
      diagnosticsChannel.channel("undici:client:connectError").subscribe((evt) => {
        const {
          connectParams: { version, protocol, port, host },
          error
        } = evt;
        debuglog(
          "connection to %s using %s%s errored - %s",
          `${host}${port ? `:${port}` : ""}`,
          protocol,
          version,
          error.message
        );
      });
      diagnosticsChannel.channel("undici:client:sendHeaders").subscribe((evt) => {
        const {
          request: { method, path, origin }
        } = evt;
        debuglog("sending request to %s %s/%s", method, origin, path);
      });
      diagnosticsChannel.channel("undici:request:headers").subscribe((evt) => {
        const {
          request: { method, path, origin },
          response: { statusCode }
        } = evt;
        debuglog(
          "received response to %s %s/%s - HTTP %d",
          method,
          origin,
          path,
          statusCode
        );
      });
      diagnosticsChannel.channel("undici:request:trailers").subscribe((evt) => {
        const {
          request: { method, path, origin }
        } = evt;
        debuglog("trailers received from %s %s/%s", method, origin, path);
      });
      diagnosticsChannel.channel("undici:request:error").subscribe((evt) => {
        const {
          request: { method, path, origin },
          error
        } = evt;
        debuglog(
          "request to %s %s/%s errored - %s",
          method,
          origin,
          path,
          error.message
        );
      });
      isClientSet = true;
    }
    if (websocketDebuglog.enabled) {
      if (!isClientSet) {
        const debuglog = undiciDebugLog.enabled ? undiciDebugLog : websocketDebuglog;
        diagnosticsChannel.channel("undici:client:beforeConnect").subscribe((evt) => {
          const {
            connectParams: { version, protocol, port, host }
          } = evt;
          debuglog(
            "connecting to %s%s using %s%s",
            host,
            port ? `:${port}` : "",
            protocol,
            version
          );
        });
        diagnosticsChannel.channel("undici:client:connected").subscribe((evt) => {
          const {
            connectParams: { version, protocol, port, host }
          } = evt;
          debuglog(
            "connected to %s%s using %s%s",
            host,
            port ? `:${port}` : "",
            protocol,
            version
          );
        });
        diagnosticsChannel.channel("undici:client:connectError").subscribe((evt) => {
          const {
            connectParams: { version, protocol, port, host },
            error
          } = evt;
          debuglog(
            "connection to %s%s using %s%s errored - %s",
            host,
            port ? `:${port}` : "",
            protocol,
            version,
            error.message
          );
        });
        diagnosticsChannel.channel("undici:client:sendHeaders").subscribe((evt) => {
          const {
            request: { method, path, origin }
          } = evt;
          debuglog("sending request to %s %s/%s", method, origin, path);
        });
      }
      diagnosticsChannel.channel("undici:websocket:open").subscribe((evt) => {
        const {
          address: { address, port }
        } = evt;
        websocketDebuglog("connection opened %s%s", address, port ? `:${port}` : "");
      });
      diagnosticsChannel.channel("undici:websocket:close").subscribe((evt) => {
        const { websocket, code, reason } = evt;
        websocketDebuglog(
          "closed connection to %s - %s %s",
          websocket.url,
          code,
          reason
        );
      });
      diagnosticsChannel.channel("undici:websocket:socket_error").subscribe((err) => {
        websocketDebuglog("connection errored - %s", err.message);
      });
      diagnosticsChannel.channel("undici:websocket:ping").subscribe((evt) => {
        websocketDebuglog("ping received");
      });
      diagnosticsChannel.channel("undici:websocket:pong").subscribe((evt) => {
        websocketDebuglog("pong received");
      });
    }
    module.exports = {
      channels
    };
  }
});

// node_modules/undici/lib/core/request.js
var require_request = __commonJS({
  "node_modules/undici/lib/core/request.js"(exports, module) {
    "use strict";
    var {
      InvalidArgumentError,
      NotSupportedError
    } = require_errors();
    var assert = require_node_assert();
    var {
      isValidHTTPToken,
      isValidHeaderValue,
      isStream,
      destroy,
      isBuffer,
      isFormDataLike,
      isIterable,
      isBlobLike,
      buildURL,
      validateHandler,
      getServerName,
      normalizedMethodRecords
    } = require_util();
    var { channels } = require_diagnostics();
    var { headerNameLowerCasedRecord } = require_constants();
    var invalidPathRegex = /[^\u0021-\u00ff]/;
    var kHandler = /* @__PURE__ */ Symbol("handler");
    var Request = class {
      constructor(origin, {
        path,
        method,
        body,
        headers,
        query,
        idempotent,
        blocking,
        upgrade,
        headersTimeout,
        bodyTimeout,
        reset,
        throwOnError,
        expectContinue,
        servername
      }, handler) {
        if (typeof path !== "string") {
          throw new InvalidArgumentError("path must be a string");
        } else if (path[0] !== "/" && !(path.startsWith("http://") || path.startsWith("https://")) && method !== "CONNECT") {
          throw new InvalidArgumentError("path must be an absolute URL or start with a slash");
        } else if (invalidPathRegex.test(path)) {
          throw new InvalidArgumentError("invalid request path");
        }
        if (typeof method !== "string") {
          throw new InvalidArgumentError("method must be a string");
        } else if (normalizedMethodRecords[method] === void 0 && !isValidHTTPToken(method)) {
          throw new InvalidArgumentError("invalid request method");
        }
        if (upgrade && typeof upgrade !== "string") {
          throw new InvalidArgumentError("upgrade must be a string");
        }
        if (upgrade && !isValidHeaderValue(upgrade)) {
          throw new InvalidArgumentError("invalid upgrade header");
        }
        if (headersTimeout != null && (!Number.isFinite(headersTimeout) || headersTimeout < 0)) {
          throw new InvalidArgumentError("invalid headersTimeout");
        }
        if (bodyTimeout != null && (!Number.isFinite(bodyTimeout) || bodyTimeout < 0)) {
          throw new InvalidArgumentError("invalid bodyTimeout");
        }
        if (reset != null && typeof reset !== "boolean") {
          throw new InvalidArgumentError("invalid reset");
        }
        if (expectContinue != null && typeof expectContinue !== "boolean") {
          throw new InvalidArgumentError("invalid expectContinue");
        }
        this.headersTimeout = headersTimeout;
        this.bodyTimeout = bodyTimeout;
        this.throwOnError = throwOnError === true;
        this.method = method;
        this.abort = null;
        if (body == null) {
          this.body = null;
        } else if (isStream(body)) {
          this.body = body;
          const rState = this.body._readableState;
          if (!rState || !rState.autoDestroy) {
            this.endHandler = function autoDestroy() {
              destroy(this);
            };
            this.body.on("end", this.endHandler);
          }
          this.errorHandler = (err) => {
            if (this.abort) {
              this.abort(err);
            } else {
              this.error = err;
            }
          };
          this.body.on("error", this.errorHandler);
        } else if (isBuffer(body)) {
          this.body = body.byteLength ? body : null;
        } else if (ArrayBuffer.isView(body)) {
          this.body = body.buffer.byteLength ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : null;
        } else if (body instanceof ArrayBuffer) {
          this.body = body.byteLength ? Buffer.from(body) : null;
        } else if (typeof body === "string") {
          this.body = body.length ? Buffer.from(body) : null;
        } else if (isFormDataLike(body) || isIterable(body) || isBlobLike(body)) {
          this.body = body;
        } else {
          throw new InvalidArgumentError("body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable");
        }
        this.completed = false;
        this.aborted = false;
        this.upgrade = upgrade || null;
        this.path = query ? buildURL(path, query) : path;
        this.origin = origin;
        this.idempotent = idempotent == null ? method === "HEAD" || method === "GET" : idempotent;
        this.blocking = blocking == null ? false : blocking;
        this.reset = reset == null ? null : reset;
        this.host = null;
        this.contentLength = null;
        this.contentType = null;
        this.headers = [];
        this.expectContinue = expectContinue != null ? expectContinue : false;
        if (Array.isArray(headers)) {
          if (headers.length % 2 !== 0) {
            throw new InvalidArgumentError("headers array must be even");
          }
          for (let i = 0; i < headers.length; i += 2) {
            processHeader(this, headers[i], headers[i + 1]);
          }
        } else if (headers && typeof headers === "object") {
          if (headers[Symbol.iterator]) {
            for (const header of headers) {
              if (!Array.isArray(header) || header.length !== 2) {
                throw new InvalidArgumentError("headers must be in key-value pair format");
              }
              processHeader(this, header[0], header[1]);
            }
          } else {
            const keys = Object.keys(headers);
            for (let i = 0; i < keys.length; ++i) {
              processHeader(this, keys[i], headers[keys[i]]);
            }
          }
        } else if (headers != null) {
          throw new InvalidArgumentError("headers must be an object or an array");
        }
        validateHandler(handler, method, upgrade);
        this.servername = servername || getServerName(this.host);
        this[kHandler] = handler;
        if (channels.create.hasSubscribers) {
          channels.create.publish({ request: this });
        }
      }
      onBodySent(chunk) {
        if (this[kHandler].onBodySent) {
          try {
            return this[kHandler].onBodySent(chunk);
          } catch (err) {
            this.abort(err);
          }
        }
      }
      onRequestSent() {
        if (channels.bodySent.hasSubscribers) {
          channels.bodySent.publish({ request: this });
        }
        if (this[kHandler].onRequestSent) {
          try {
            return this[kHandler].onRequestSent();
          } catch (err) {
            this.abort(err);
          }
        }
      }
      onConnect(abort) {
        assert(!this.aborted);
        assert(!this.completed);
        if (this.error) {
          abort(this.error);
        } else {
          this.abort = abort;
          return this[kHandler].onConnect(abort);
        }
      }
      onResponseStarted() {
        return this[kHandler].onResponseStarted?.();
      }
      onHeaders(statusCode, headers, resume, statusText) {
        assert(!this.aborted);
        assert(!this.completed);
        if (channels.headers.hasSubscribers) {
          channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
        }
        try {
          return this[kHandler].onHeaders(statusCode, headers, resume, statusText);
        } catch (err) {
          this.abort(err);
        }
      }
      onData(chunk) {
        assert(!this.aborted);
        assert(!this.completed);
        try {
          return this[kHandler].onData(chunk);
        } catch (err) {
          this.abort(err);
          return false;
        }
      }
      /**
       * @param {number|null} statusCode
       * @param {Buffer[]|null} headers
       * @param {import('node:stream').Duplex} socket
       * @param {string} [statusText]
       */
      onUpgrade(statusCode, headers, socket, statusText = "") {
        this.onFinally();
        assert(!this.aborted);
        assert(!this.completed);
        if (statusCode !== null) {
          this.#publishUpgradeHeaders(statusCode, headers, statusText);
        }
        const result = this[kHandler].onUpgrade(statusCode, headers, socket);
        if (!this.aborted) {
          this.completed = true;
          if (statusCode !== null) {
            this.#publishUpgradeTrailers();
          }
        }
        return result;
      }
      /**
       * @param {number} statusCode
       * @param {import('node:http2').IncomingHttpHeaders} headers
       * @param {(headers: import('node:http2').IncomingHttpHeaders) => Buffer[]} parseHeaders
       * @param {string} [statusText]
       */
      onUpgradeResponse(statusCode, headers, parseHeaders2, statusText = "") {
        assert(!this.aborted);
        assert(this.completed);
        if (channels.headers.hasSubscribers) {
          this.#publishUpgradeHeaders(statusCode, parseHeaders2(headers), statusText);
        }
        this.#publishUpgradeTrailers();
      }
      /**
       * @param {Error} error
       */
      onUpgradeError(error) {
        assert(!this.aborted);
        assert(this.completed);
        if (channels.error.hasSubscribers) {
          channels.error.publish({ request: this, error });
        }
      }
      /**
       * @param {number} statusCode
       * @param {Buffer[]} headers
       * @param {string} statusText
       */
      #publishUpgradeHeaders(statusCode, headers, statusText) {
        if (channels.headers.hasSubscribers) {
          channels.headers.publish({ request: this, response: { statusCode, headers, statusText } });
        }
      }
      #publishUpgradeTrailers() {
        if (channels.trailers.hasSubscribers) {
          channels.trailers.publish({ request: this, trailers: [] });
        }
      }
      onComplete(trailers) {
        this.onFinally();
        assert(!this.aborted);
        this.completed = true;
        if (channels.trailers.hasSubscribers) {
          channels.trailers.publish({ request: this, trailers });
        }
        try {
          return this[kHandler].onComplete(trailers);
        } catch (err) {
          this.onError(err);
        }
      }
      onError(error) {
        this.onFinally();
        if (channels.error.hasSubscribers) {
          channels.error.publish({ request: this, error });
        }
        if (this.aborted) {
          return;
        }
        this.aborted = true;
        return this[kHandler].onError(error);
      }
      onFinally() {
        if (this.errorHandler) {
          this.body.off("error", this.errorHandler);
          this.errorHandler = null;
        }
        if (this.endHandler) {
          this.body.off("end", this.endHandler);
          this.endHandler = null;
        }
      }
      addHeader(key, value) {
        processHeader(this, key, value);
        return this;
      }
    };
    function processHeader(request, key, val) {
      if (val && (typeof val === "object" && !Array.isArray(val))) {
        throw new InvalidArgumentError(`invalid ${key} header`);
      } else if (val === void 0) {
        return;
      }
      let headerName = headerNameLowerCasedRecord[key];
      if (headerName === void 0) {
        headerName = key.toLowerCase();
        if (headerNameLowerCasedRecord[headerName] === void 0 && !isValidHTTPToken(headerName)) {
          throw new InvalidArgumentError("invalid header key");
        }
      }
      if (Array.isArray(val)) {
        const arr = [];
        for (let i = 0; i < val.length; i++) {
          if (typeof val[i] === "string") {
            if (!isValidHeaderValue(val[i])) {
              throw new InvalidArgumentError(`invalid ${key} header`);
            }
            arr.push(val[i]);
          } else if (val[i] === null) {
            arr.push("");
          } else if (typeof val[i] === "object") {
            throw new InvalidArgumentError(`invalid ${key} header`);
          } else {
            const str = `${val[i]}`;
            if (!isValidHeaderValue(str)) {
              throw new InvalidArgumentError(`invalid ${key} header`);
            }
            arr.push(str);
          }
        }
        val = arr;
      } else if (typeof val === "string") {
        if (!isValidHeaderValue(val)) {
          throw new InvalidArgumentError(`invalid ${key} header`);
        }
      } else if (val === null) {
        val = "";
      } else {
        val = `${val}`;
        if (!isValidHeaderValue(val)) {
          throw new InvalidArgumentError(`invalid ${key} header`);
        }
      }
      if (headerName === "host") {
        if (request.host !== null) {
          throw new InvalidArgumentError("duplicate host header");
        }
        if (typeof val !== "string") {
          throw new InvalidArgumentError("invalid host header");
        }
        request.host = val;
      } else if (headerName === "content-length") {
        if (request.contentLength !== null) {
          throw new InvalidArgumentError("duplicate content-length header");
        }
        request.contentLength = parseInt(val, 10);
        if (!Number.isFinite(request.contentLength)) {
          throw new InvalidArgumentError("invalid content-length header");
        }
      } else if (request.contentType === null && headerName === "content-type") {
        request.contentType = val;
        request.headers.push(key, val);
      } else if (headerName === "transfer-encoding" || headerName === "keep-alive" || headerName === "upgrade") {
        throw new InvalidArgumentError(`invalid ${headerName} header`);
      } else if (headerName === "connection") {
        const value = typeof val === "string" ? val.toLowerCase() : null;
        if (value !== "close" && value !== "keep-alive") {
          throw new InvalidArgumentError("invalid connection header");
        }
        if (value === "close") {
          request.reset = true;
        }
      } else if (headerName === "expect") {
        throw new NotSupportedError("expect header not supported");
      } else {
        request.headers.push(key, val);
      }
    }
    module.exports = Request;
  }
});

// node_modules/undici/lib/util/timers.js
var require_timers = __commonJS({
  "node_modules/undici/lib/util/timers.js"(exports, module) {
    "use strict";
    var fastNow = 0;
    var RESOLUTION_MS = 1e3;
    var TICK_MS = (RESOLUTION_MS >> 1) - 1;
    var fastNowTimeout;
    var kFastTimer = /* @__PURE__ */ Symbol("kFastTimer");
    var fastTimers = [];
    var NOT_IN_LIST = -2;
    var TO_BE_CLEARED = -1;
    var PENDING = 0;
    var ACTIVE = 1;
    function onTick() {
      fastNow += TICK_MS;
      let idx = 0;
      let len = fastTimers.length;
      while (idx < len) {
        const timer = fastTimers[idx];
        if (timer._state === PENDING) {
          timer._idleStart = fastNow - TICK_MS;
          timer._state = ACTIVE;
        } else if (timer._state === ACTIVE && fastNow >= timer._idleStart + timer._idleTimeout) {
          timer._state = TO_BE_CLEARED;
          timer._idleStart = -1;
          timer._onTimeout(timer._timerArg);
        }
        if (timer._state === TO_BE_CLEARED) {
          timer._state = NOT_IN_LIST;
          if (--len !== 0) {
            fastTimers[idx] = fastTimers[len];
          }
        } else {
          ++idx;
        }
      }
      fastTimers.length = len;
      if (fastTimers.length !== 0) {
        refreshTimeout();
      }
    }
    function refreshTimeout() {
      if (fastNowTimeout) {
        fastNowTimeout.refresh();
      } else {
        clearTimeout(fastNowTimeout);
        fastNowTimeout = setTimeout(onTick, TICK_MS);
        if (fastNowTimeout.unref) {
          fastNowTimeout.unref();
        }
      }
    }
    var FastTimer = class {
      [kFastTimer] = true;
      /**
       * The state of the timer, which can be one of the following:
       * - NOT_IN_LIST (-2)
       * - TO_BE_CLEARED (-1)
       * - PENDING (0)
       * - ACTIVE (1)
       *
       * @type {-2|-1|0|1}
       * @private
       */
      _state = NOT_IN_LIST;
      /**
       * The number of milliseconds to wait before calling the callback.
       *
       * @type {number}
       * @private
       */
      _idleTimeout = -1;
      /**
       * The time in milliseconds when the timer was started. This value is used to
       * calculate when the timer should expire.
       *
       * @type {number}
       * @default -1
       * @private
       */
      _idleStart = -1;
      /**
       * The function to be executed when the timer expires.
       * @type {Function}
       * @private
       */
      _onTimeout;
      /**
       * The argument to be passed to the callback when the timer expires.
       *
       * @type {*}
       * @private
       */
      _timerArg;
      /**
       * @constructor
       * @param {Function} callback A function to be executed after the timer
       * expires.
       * @param {number} delay The time, in milliseconds that the timer should wait
       * before the specified function or code is executed.
       * @param {*} arg
       */
      constructor(callback, delay, arg) {
        this._onTimeout = callback;
        this._idleTimeout = delay;
        this._timerArg = arg;
        this.refresh();
      }
      /**
       * Sets the timer's start time to the current time, and reschedules the timer
       * to call its callback at the previously specified duration adjusted to the
       * current time.
       * Using this on a timer that has already called its callback will reactivate
       * the timer.
       *
       * @returns {void}
       */
      refresh() {
        if (this._state === NOT_IN_LIST) {
          fastTimers.push(this);
        }
        if (!fastNowTimeout || fastTimers.length === 1) {
          refreshTimeout();
        }
        this._state = PENDING;
      }
      /**
       * The `clear` method cancels the timer, preventing it from executing.
       *
       * @returns {void}
       * @private
       */
      clear() {
        this._state = TO_BE_CLEARED;
        this._idleStart = -1;
      }
    };
    module.exports = {
      /**
       * The setTimeout() method sets a timer which executes a function once the
       * timer expires.
       * @param {Function} callback A function to be executed after the timer
       * expires.
       * @param {number} delay The time, in milliseconds that the timer should
       * wait before the specified function or code is executed.
       * @param {*} [arg] An optional argument to be passed to the callback function
       * when the timer expires.
       * @returns {NodeJS.Timeout|FastTimer}
       */
      setTimeout(callback, delay, arg) {
        return delay <= RESOLUTION_MS ? setTimeout(callback, delay, arg) : new FastTimer(callback, delay, arg);
      },
      /**
       * The clearTimeout method cancels an instantiated Timer previously created
       * by calling setTimeout.
       *
       * @param {NodeJS.Timeout|FastTimer} timeout
       */
      clearTimeout(timeout) {
        if (timeout[kFastTimer]) {
          timeout.clear();
        } else {
          clearTimeout(timeout);
        }
      },
      /**
       * The setFastTimeout() method sets a fastTimer which executes a function once
       * the timer expires.
       * @param {Function} callback A function to be executed after the timer
       * expires.
       * @param {number} delay The time, in milliseconds that the timer should
       * wait before the specified function or code is executed.
       * @param {*} [arg] An optional argument to be passed to the callback function
       * when the timer expires.
       * @returns {FastTimer}
       */
      setFastTimeout(callback, delay, arg) {
        return new FastTimer(callback, delay, arg);
      },
      /**
       * The clearTimeout method cancels an instantiated FastTimer previously
       * created by calling setFastTimeout.
       *
       * @param {FastTimer} timeout
       */
      clearFastTimeout(timeout) {
        timeout.clear();
      },
      /**
       * The now method returns the value of the internal fast timer clock.
       *
       * @returns {number}
       */
      now() {
        return fastNow;
      },
      /**
       * Trigger the onTick function to process the fastTimers array.
       * Exported for testing purposes only.
       * Marking as deprecated to discourage any use outside of testing.
       * @deprecated
       * @param {number} [delay=0] The delay in milliseconds to add to the now value.
       */
      tick(delay = 0) {
        fastNow += delay - RESOLUTION_MS + 1;
        onTick();
        onTick();
      },
      /**
       * Reset FastTimers.
       * Exported for testing purposes only.
       * Marking as deprecated to discourage any use outside of testing.
       * @deprecated
       */
      reset() {
        fastNow = 0;
        fastTimers.length = 0;
        clearTimeout(fastNowTimeout);
        fastNowTimeout = null;
      },
      /**
       * Exporting for testing purposes only.
       * Marking as deprecated to discourage any use outside of testing.
       * @deprecated
       */
      kFastTimer
    };
  }
});

// node_modules/undici/lib/core/connect.js
var require_connect = __commonJS({
  "node_modules/undici/lib/core/connect.js"(exports, module) {
    "use strict";
    var net = __require("node:net");
    var assert = require_node_assert();
    var util = require_util();
    var { InvalidArgumentError, ConnectTimeoutError } = require_errors();
    var timers = require_timers();
    function noop() {
    }
    var tls;
    var SessionCache;
    if (global.FinalizationRegistry && !(process.env.NODE_V8_COVERAGE || process.env.UNDICI_NO_FG)) {
      SessionCache = class WeakSessionCache {
        constructor(maxCachedSessions) {
          this._maxCachedSessions = maxCachedSessions;
          this._sessionCache = /* @__PURE__ */ new Map();
          this._sessionRegistry = new global.FinalizationRegistry((key) => {
            if (this._sessionCache.size < this._maxCachedSessions) {
              return;
            }
            const ref = this._sessionCache.get(key);
            if (ref !== void 0 && ref.deref() === void 0) {
              this._sessionCache.delete(key);
            }
          });
        }
        get(sessionKey) {
          const ref = this._sessionCache.get(sessionKey);
          return ref ? ref.deref() : null;
        }
        set(sessionKey, session) {
          if (this._maxCachedSessions === 0) {
            return;
          }
          this._sessionCache.set(sessionKey, new WeakRef(session));
          this._sessionRegistry.register(session, sessionKey);
        }
      };
    } else {
      SessionCache = class SimpleSessionCache {
        constructor(maxCachedSessions) {
          this._maxCachedSessions = maxCachedSessions;
          this._sessionCache = /* @__PURE__ */ new Map();
        }
        get(sessionKey) {
          return this._sessionCache.get(sessionKey);
        }
        set(sessionKey, session) {
          if (this._maxCachedSessions === 0) {
            return;
          }
          if (this._sessionCache.size >= this._maxCachedSessions) {
            const { value: oldestKey } = this._sessionCache.keys().next();
            this._sessionCache.delete(oldestKey);
          }
          this._sessionCache.set(sessionKey, session);
        }
      };
    }
    function buildConnector({ allowH2, maxCachedSessions, socketPath, timeout, session: customSession, ...opts }) {
      if (maxCachedSessions != null && (!Number.isInteger(maxCachedSessions) || maxCachedSessions < 0)) {
        throw new InvalidArgumentError("maxCachedSessions must be a positive integer or zero");
      }
      const options = { path: socketPath, ...opts };
      const sessionCache = new SessionCache(maxCachedSessions == null ? 100 : maxCachedSessions);
      timeout = timeout == null ? 1e4 : timeout;
      allowH2 = allowH2 != null ? allowH2 : false;
      return function connect({ hostname, host, protocol, port, servername, localAddress, httpSocket }, callback) {
        let socket;
        if (protocol === "https:") {
          if (!tls) {
            tls = __require("node:tls");
          }
          servername = servername || options.servername || util.getServerName(host) || null;
          const sessionKey = servername || hostname;
          assert(sessionKey);
          const session = customSession || sessionCache.get(sessionKey) || null;
          port = port || 443;
          socket = tls.connect({
            highWaterMark: 16384,
            // TLS in node can't have bigger HWM anyway...
            ...options,
            servername,
            session,
            localAddress,
            // TODO(HTTP/2): Add support for h2c
            ALPNProtocols: allowH2 ? ["http/1.1", "h2"] : ["http/1.1"],
            socket: httpSocket,
            // upgrade socket connection
            port,
            host: hostname
          });
          socket.on("session", function(session2) {
            sessionCache.set(sessionKey, session2);
          });
        } else {
          assert(!httpSocket, "httpSocket can only be sent on TLS update");
          port = port || 80;
          socket = net.connect({
            highWaterMark: 64 * 1024,
            // Same as nodejs fs streams.
            ...options,
            localAddress,
            port,
            host: hostname
          });
        }
        if (options.keepAlive == null || options.keepAlive) {
          const keepAliveInitialDelay = options.keepAliveInitialDelay === void 0 ? 6e4 : options.keepAliveInitialDelay;
          socket.setKeepAlive(true, keepAliveInitialDelay);
        }
        const clearConnectTimeout = setupConnectTimeout(new WeakRef(socket), { timeout, hostname, port });
        socket.setNoDelay(true).once(protocol === "https:" ? "secureConnect" : "connect", function() {
          queueMicrotask(clearConnectTimeout);
          if (callback) {
            const cb = callback;
            callback = null;
            cb(null, this);
          }
        }).on("error", function(err) {
          queueMicrotask(clearConnectTimeout);
          if (callback) {
            const cb = callback;
            callback = null;
            cb(err);
          }
        });
        return socket;
      };
    }
    var setupConnectTimeout = process.platform === "win32" ? (socketWeakRef, opts) => {
      if (!opts.timeout) {
        return noop;
      }
      let s1 = null;
      let s2 = null;
      const fastTimer = timers.setFastTimeout(() => {
        s1 = setImmediate(() => {
          s2 = setImmediate(() => onConnectTimeout(socketWeakRef.deref(), opts));
        });
      }, opts.timeout);
      return () => {
        timers.clearFastTimeout(fastTimer);
        clearImmediate(s1);
        clearImmediate(s2);
      };
    } : (socketWeakRef, opts) => {
      if (!opts.timeout) {
        return noop;
      }
      let s1 = null;
      const fastTimer = timers.setFastTimeout(() => {
        s1 = setImmediate(() => {
          onConnectTimeout(socketWeakRef.deref(), opts);
        });
      }, opts.timeout);
      return () => {
        timers.clearFastTimeout(fastTimer);
        clearImmediate(s1);
      };
    };
    function onConnectTimeout(socket, opts) {
      if (socket == null) {
        return;
      }
      let message = "Connect Timeout Error";
      if (Array.isArray(socket.autoSelectFamilyAttemptedAddresses)) {
        message += ` (attempted addresses: ${socket.autoSelectFamilyAttemptedAddresses.join(", ")},`;
      } else {
        message += ` (attempted address: ${opts.hostname}:${opts.port},`;
      }
      message += ` timeout: ${opts.timeout}ms)`;
      util.destroy(socket, new ConnectTimeoutError(message));
    }
    module.exports = buildConnector;
  }
});

// node_modules/undici/lib/llhttp/utils.js
var require_utils = __commonJS({
  "node_modules/undici/lib/llhttp/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.enumToMap = void 0;
    function enumToMap(obj) {
      const res = {};
      Object.keys(obj).forEach((key) => {
        const value = obj[key];
        if (typeof value === "number") {
          res[key] = value;
        }
      });
      return res;
    }
    exports.enumToMap = enumToMap;
  }
});

// node_modules/undici/lib/llhttp/constants.js
var require_constants2 = __commonJS({
  "node_modules/undici/lib/llhttp/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SPECIAL_HEADERS = exports.HEADER_STATE = exports.MINOR = exports.MAJOR = exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS = exports.TOKEN = exports.STRICT_TOKEN = exports.HEX = exports.URL_CHAR = exports.STRICT_URL_CHAR = exports.USERINFO_CHARS = exports.MARK = exports.ALPHANUM = exports.NUM = exports.HEX_MAP = exports.NUM_MAP = exports.ALPHA = exports.FINISH = exports.H_METHOD_MAP = exports.METHOD_MAP = exports.METHODS_RTSP = exports.METHODS_ICE = exports.METHODS_HTTP = exports.METHODS = exports.LENIENT_FLAGS = exports.FLAGS = exports.TYPE = exports.ERROR = void 0;
    var utils_1 = require_utils();
    var ERROR;
    (function(ERROR2) {
      ERROR2[ERROR2["OK"] = 0] = "OK";
      ERROR2[ERROR2["INTERNAL"] = 1] = "INTERNAL";
      ERROR2[ERROR2["STRICT"] = 2] = "STRICT";
      ERROR2[ERROR2["LF_EXPECTED"] = 3] = "LF_EXPECTED";
      ERROR2[ERROR2["UNEXPECTED_CONTENT_LENGTH"] = 4] = "UNEXPECTED_CONTENT_LENGTH";
      ERROR2[ERROR2["CLOSED_CONNECTION"] = 5] = "CLOSED_CONNECTION";
      ERROR2[ERROR2["INVALID_METHOD"] = 6] = "INVALID_METHOD";
      ERROR2[ERROR2["INVALID_URL"] = 7] = "INVALID_URL";
      ERROR2[ERROR2["INVALID_CONSTANT"] = 8] = "INVALID_CONSTANT";
      ERROR2[ERROR2["INVALID_VERSION"] = 9] = "INVALID_VERSION";
      ERROR2[ERROR2["INVALID_HEADER_TOKEN"] = 10] = "INVALID_HEADER_TOKEN";
      ERROR2[ERROR2["INVALID_CONTENT_LENGTH"] = 11] = "INVALID_CONTENT_LENGTH";
      ERROR2[ERROR2["INVALID_CHUNK_SIZE"] = 12] = "INVALID_CHUNK_SIZE";
      ERROR2[ERROR2["INVALID_STATUS"] = 13] = "INVALID_STATUS";
      ERROR2[ERROR2["INVALID_EOF_STATE"] = 14] = "INVALID_EOF_STATE";
      ERROR2[ERROR2["INVALID_TRANSFER_ENCODING"] = 15] = "INVALID_TRANSFER_ENCODING";
      ERROR2[ERROR2["CB_MESSAGE_BEGIN"] = 16] = "CB_MESSAGE_BEGIN";
      ERROR2[ERROR2["CB_HEADERS_COMPLETE"] = 17] = "CB_HEADERS_COMPLETE";
      ERROR2[ERROR2["CB_MESSAGE_COMPLETE"] = 18] = "CB_MESSAGE_COMPLETE";
      ERROR2[ERROR2["CB_CHUNK_HEADER"] = 19] = "CB_CHUNK_HEADER";
      ERROR2[ERROR2["CB_CHUNK_COMPLETE"] = 20] = "CB_CHUNK_COMPLETE";
      ERROR2[ERROR2["PAUSED"] = 21] = "PAUSED";
      ERROR2[ERROR2["PAUSED_UPGRADE"] = 22] = "PAUSED_UPGRADE";
      ERROR2[ERROR2["PAUSED_H2_UPGRADE"] = 23] = "PAUSED_H2_UPGRADE";
      ERROR2[ERROR2["USER"] = 24] = "USER";
    })(ERROR = exports.ERROR || (exports.ERROR = {}));
    var TYPE;
    (function(TYPE2) {
      TYPE2[TYPE2["BOTH"] = 0] = "BOTH";
      TYPE2[TYPE2["REQUEST"] = 1] = "REQUEST";
      TYPE2[TYPE2["RESPONSE"] = 2] = "RESPONSE";
    })(TYPE = exports.TYPE || (exports.TYPE = {}));
    var FLAGS;
    (function(FLAGS2) {
      FLAGS2[FLAGS2["CONNECTION_KEEP_ALIVE"] = 1] = "CONNECTION_KEEP_ALIVE";
      FLAGS2[FLAGS2["CONNECTION_CLOSE"] = 2] = "CONNECTION_CLOSE";
      FLAGS2[FLAGS2["CONNECTION_UPGRADE"] = 4] = "CONNECTION_UPGRADE";
      FLAGS2[FLAGS2["CHUNKED"] = 8] = "CHUNKED";
      FLAGS2[FLAGS2["UPGRADE"] = 16] = "UPGRADE";
      FLAGS2[FLAGS2["CONTENT_LENGTH"] = 32] = "CONTENT_LENGTH";
      FLAGS2[FLAGS2["SKIPBODY"] = 64] = "SKIPBODY";
      FLAGS2[FLAGS2["TRAILING"] = 128] = "TRAILING";
      FLAGS2[FLAGS2["TRANSFER_ENCODING"] = 512] = "TRANSFER_ENCODING";
    })(FLAGS = exports.FLAGS || (exports.FLAGS = {}));
    var LENIENT_FLAGS;
    (function(LENIENT_FLAGS2) {
      LENIENT_FLAGS2[LENIENT_FLAGS2["HEADERS"] = 1] = "HEADERS";
      LENIENT_FLAGS2[LENIENT_FLAGS2["CHUNKED_LENGTH"] = 2] = "CHUNKED_LENGTH";
      LENIENT_FLAGS2[LENIENT_FLAGS2["KEEP_ALIVE"] = 4] = "KEEP_ALIVE";
    })(LENIENT_FLAGS = exports.LENIENT_FLAGS || (exports.LENIENT_FLAGS = {}));
    var METHODS;
    (function(METHODS2) {
      METHODS2[METHODS2["DELETE"] = 0] = "DELETE";
      METHODS2[METHODS2["GET"] = 1] = "GET";
      METHODS2[METHODS2["HEAD"] = 2] = "HEAD";
      METHODS2[METHODS2["POST"] = 3] = "POST";
      METHODS2[METHODS2["PUT"] = 4] = "PUT";
      METHODS2[METHODS2["CONNECT"] = 5] = "CONNECT";
      METHODS2[METHODS2["OPTIONS"] = 6] = "OPTIONS";
      METHODS2[METHODS2["TRACE"] = 7] = "TRACE";
      METHODS2[METHODS2["COPY"] = 8] = "COPY";
      METHODS2[METHODS2["LOCK"] = 9] = "LOCK";
      METHODS2[METHODS2["MKCOL"] = 10] = "MKCOL";
      METHODS2[METHODS2["MOVE"] = 11] = "MOVE";
      METHODS2[METHODS2["PROPFIND"] = 12] = "PROPFIND";
      METHODS2[METHODS2["PROPPATCH"] = 13] = "PROPPATCH";
      METHODS2[METHODS2["SEARCH"] = 14] = "SEARCH";
      METHODS2[METHODS2["UNLOCK"] = 15] = "UNLOCK";
      METHODS2[METHODS2["BIND"] = 16] = "BIND";
      METHODS2[METHODS2["REBIND"] = 17] = "REBIND";
      METHODS2[METHODS2["UNBIND"] = 18] = "UNBIND";
      METHODS2[METHODS2["ACL"] = 19] = "ACL";
      METHODS2[METHODS2["REPORT"] = 20] = "REPORT";
      METHODS2[METHODS2["MKACTIVITY"] = 21] = "MKACTIVITY";
      METHODS2[METHODS2["CHECKOUT"] = 22] = "CHECKOUT";
      METHODS2[METHODS2["MERGE"] = 23] = "MERGE";
      METHODS2[METHODS2["M-SEARCH"] = 24] = "M-SEARCH";
      METHODS2[METHODS2["NOTIFY"] = 25] = "NOTIFY";
      METHODS2[METHODS2["SUBSCRIBE"] = 26] = "SUBSCRIBE";
      METHODS2[METHODS2["UNSUBSCRIBE"] = 27] = "UNSUBSCRIBE";
      METHODS2[METHODS2["PATCH"] = 28] = "PATCH";
      METHODS2[METHODS2["PURGE"] = 29] = "PURGE";
      METHODS2[METHODS2["MKCALENDAR"] = 30] = "MKCALENDAR";
      METHODS2[METHODS2["LINK"] = 31] = "LINK";
      METHODS2[METHODS2["UNLINK"] = 32] = "UNLINK";
      METHODS2[METHODS2["SOURCE"] = 33] = "SOURCE";
      METHODS2[METHODS2["PRI"] = 34] = "PRI";
      METHODS2[METHODS2["DESCRIBE"] = 35] = "DESCRIBE";
      METHODS2[METHODS2["ANNOUNCE"] = 36] = "ANNOUNCE";
      METHODS2[METHODS2["SETUP"] = 37] = "SETUP";
      METHODS2[METHODS2["PLAY"] = 38] = "PLAY";
      METHODS2[METHODS2["PAUSE"] = 39] = "PAUSE";
      METHODS2[METHODS2["TEARDOWN"] = 40] = "TEARDOWN";
      METHODS2[METHODS2["GET_PARAMETER"] = 41] = "GET_PARAMETER";
      METHODS2[METHODS2["SET_PARAMETER"] = 42] = "SET_PARAMETER";
      METHODS2[METHODS2["REDIRECT"] = 43] = "REDIRECT";
      METHODS2[METHODS2["RECORD"] = 44] = "RECORD";
      METHODS2[METHODS2["FLUSH"] = 45] = "FLUSH";
    })(METHODS = exports.METHODS || (exports.METHODS = {}));
    exports.METHODS_HTTP = [
      METHODS.DELETE,
      METHODS.GET,
      METHODS.HEAD,
      METHODS.POST,
      METHODS.PUT,
      METHODS.CONNECT,
      METHODS.OPTIONS,
      METHODS.TRACE,
      METHODS.COPY,
      METHODS.LOCK,
      METHODS.MKCOL,
      METHODS.MOVE,
      METHODS.PROPFIND,
      METHODS.PROPPATCH,
      METHODS.SEARCH,
      METHODS.UNLOCK,
      METHODS.BIND,
      METHODS.REBIND,
      METHODS.UNBIND,
      METHODS.ACL,
      METHODS.REPORT,
      METHODS.MKACTIVITY,
      METHODS.CHECKOUT,
      METHODS.MERGE,
      METHODS["M-SEARCH"],
      METHODS.NOTIFY,
      METHODS.SUBSCRIBE,
      METHODS.UNSUBSCRIBE,
      METHODS.PATCH,
      METHODS.PURGE,
      METHODS.MKCALENDAR,
      METHODS.LINK,
      METHODS.UNLINK,
      METHODS.PRI,
      // TODO(indutny): should we allow it with HTTP?
      METHODS.SOURCE
    ];
    exports.METHODS_ICE = [
      METHODS.SOURCE
    ];
    exports.METHODS_RTSP = [
      METHODS.OPTIONS,
      METHODS.DESCRIBE,
      METHODS.ANNOUNCE,
      METHODS.SETUP,
      METHODS.PLAY,
      METHODS.PAUSE,
      METHODS.TEARDOWN,
      METHODS.GET_PARAMETER,
      METHODS.SET_PARAMETER,
      METHODS.REDIRECT,
      METHODS.RECORD,
      METHODS.FLUSH,
      // For AirPlay
      METHODS.GET,
      METHODS.POST
    ];
    exports.METHOD_MAP = utils_1.enumToMap(METHODS);
    exports.H_METHOD_MAP = {};
    Object.keys(exports.METHOD_MAP).forEach((key) => {
      if (/^H/.test(key)) {
        exports.H_METHOD_MAP[key] = exports.METHOD_MAP[key];
      }
    });
    var FINISH;
    (function(FINISH2) {
      FINISH2[FINISH2["SAFE"] = 0] = "SAFE";
      FINISH2[FINISH2["SAFE_WITH_CB"] = 1] = "SAFE_WITH_CB";
      FINISH2[FINISH2["UNSAFE"] = 2] = "UNSAFE";
    })(FINISH = exports.FINISH || (exports.FINISH = {}));
    exports.ALPHA = [];
    for (let i = "A".charCodeAt(0); i <= "Z".charCodeAt(0); i++) {
      exports.ALPHA.push(String.fromCharCode(i));
      exports.ALPHA.push(String.fromCharCode(i + 32));
    }
    exports.NUM_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9
    };
    exports.HEX_MAP = {
      0: 0,
      1: 1,
      2: 2,
      3: 3,
      4: 4,
      5: 5,
      6: 6,
      7: 7,
      8: 8,
      9: 9,
      A: 10,
      B: 11,
      C: 12,
      D: 13,
      E: 14,
      F: 15,
      a: 10,
      b: 11,
      c: 12,
      d: 13,
      e: 14,
      f: 15
    };
    exports.NUM = [
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9"
    ];
    exports.ALPHANUM = exports.ALPHA.concat(exports.NUM);
    exports.MARK = ["-", "_", ".", "!", "~", "*", "'", "(", ")"];
    exports.USERINFO_CHARS = exports.ALPHANUM.concat(exports.MARK).concat(["%", ";", ":", "&", "=", "+", "$", ","]);
    exports.STRICT_URL_CHAR = [
      "!",
      '"',
      "$",
      "%",
      "&",
      "'",
      "(",
      ")",
      "*",
      "+",
      ",",
      "-",
      ".",
      "/",
      ":",
      ";",
      "<",
      "=",
      ">",
      "@",
      "[",
      "\\",
      "]",
      "^",
      "_",
      "`",
      "{",
      "|",
      "}",
      "~"
    ].concat(exports.ALPHANUM);
    exports.URL_CHAR = exports.STRICT_URL_CHAR.concat(["	", "\f"]);
    for (let i = 128; i <= 255; i++) {
      exports.URL_CHAR.push(i);
    }
    exports.HEX = exports.NUM.concat(["a", "b", "c", "d", "e", "f", "A", "B", "C", "D", "E", "F"]);
    exports.STRICT_TOKEN = [
      "!",
      "#",
      "$",
      "%",
      "&",
      "'",
      "*",
      "+",
      "-",
      ".",
      "^",
      "_",
      "`",
      "|",
      "~"
    ].concat(exports.ALPHANUM);
    exports.TOKEN = exports.STRICT_TOKEN.concat([" "]);
    exports.HEADER_CHARS = ["	"];
    for (let i = 32; i <= 255; i++) {
      if (i !== 127) {
        exports.HEADER_CHARS.push(i);
      }
    }
    exports.CONNECTION_TOKEN_CHARS = exports.HEADER_CHARS.filter((c) => c !== 44);
    exports.MAJOR = exports.NUM_MAP;
    exports.MINOR = exports.MAJOR;
    var HEADER_STATE;
    (function(HEADER_STATE2) {
      HEADER_STATE2[HEADER_STATE2["GENERAL"] = 0] = "GENERAL";
      HEADER_STATE2[HEADER_STATE2["CONNECTION"] = 1] = "CONNECTION";
      HEADER_STATE2[HEADER_STATE2["CONTENT_LENGTH"] = 2] = "CONTENT_LENGTH";
      HEADER_STATE2[HEADER_STATE2["TRANSFER_ENCODING"] = 3] = "TRANSFER_ENCODING";
      HEADER_STATE2[HEADER_STATE2["UPGRADE"] = 4] = "UPGRADE";
      HEADER_STATE2[HEADER_STATE2["CONNECTION_KEEP_ALIVE"] = 5] = "CONNECTION_KEEP_ALIVE";
      HEADER_STATE2[HEADER_STATE2["CONNECTION_CLOSE"] = 6] = "CONNECTION_CLOSE";
      HEADER_STATE2[HEADER_STATE2["CONNECTION_UPGRADE"] = 7] = "CONNECTION_UPGRADE";
      HEADER_STATE2[HEADER_STATE2["TRANSFER_ENCODING_CHUNKED"] = 8] = "TRANSFER_ENCODING_CHUNKED";
    })(HEADER_STATE = exports.HEADER_STATE || (exports.HEADER_STATE = {}));
    exports.SPECIAL_HEADERS = {
      "connection": HEADER_STATE.CONNECTION,
      "content-length": HEADER_STATE.CONTENT_LENGTH,
      "proxy-connection": HEADER_STATE.CONNECTION,
      "transfer-encoding": HEADER_STATE.TRANSFER_ENCODING,
      "upgrade": HEADER_STATE.UPGRADE
    };
  }
});

// node_modules/undici/lib/llhttp/llhttp-wasm.js
var require_llhttp_wasm = __commonJS({
  "node_modules/undici/lib/llhttp/llhttp-wasm.js"(exports, module) {
    "use strict";
    var { Buffer: Buffer2 } = __require("node:buffer");
    module.exports = Buffer2.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK07MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtXACAAQRhqQgA3AwAgAEIANwMAIABBOGpCADcDACAAQTBqQgA3AwAgAEEoakIANwMAIABBIGpCADcDACAAQRBqQgA3AwAgAEEIakIANwMAIABB3QE2AhwLBgAgABAyC5otAQt/IwBBEGsiCiQAQaTQACgCACIJRQRAQeTTACgCACIFRQRAQfDTAEJ/NwIAQejTAEKAgISAgIDAADcCAEHk0wAgCkEIakFwcUHYqtWqBXMiBTYCAEH40wBBADYCAEHI0wBBADYCAAtBzNMAQYDUBDYCAEGc0ABBgNQENgIAQbDQACAFNgIAQazQAEF/NgIAQdDTAEGArAM2AgADQCABQcjQAGogAUG80ABqIgI2AgAgAiABQbTQAGoiAzYCACABQcDQAGogAzYCACABQdDQAGogAUHE0ABqIgM2AgAgAyACNgIAIAFB2NAAaiABQczQAGoiAjYCACACIAM2AgAgAUHU0ABqIAI2AgAgAUEgaiIBQYACRw0AC0GM1ARBwasDNgIAQajQAEH00wAoAgA2AgBBmNAAQcCrAzYCAEGk0ABBiNQENgIAQcz/B0E4NgIAQYjUBCEJCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB7AFNBEBBjNAAKAIAIgZBECAAQRNqQXBxIABBC0kbIgRBA3YiAHYiAUEDcQRAAkAgAUEBcSAAckEBcyICQQN0IgBBtNAAaiIBIABBvNAAaigCACIAKAIIIgNGBEBBjNAAIAZBfiACd3E2AgAMAQsgASADNgIIIAMgATYCDAsgAEEIaiEBIAAgAkEDdCICQQNyNgIEIAAgAmoiACAAKAIEQQFyNgIEDBELQZTQACgCACIIIARPDQEgAQRAAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIAQQN0IgJBtNAAaiIBIAJBvNAAaigCACICKAIIIgNGBEBBjNAAIAZBfiAAd3EiBjYCAAwBCyABIAM2AgggAyABNgIMCyACIARBA3I2AgQgAEEDdCIAIARrIQUgACACaiAFNgIAIAIgBGoiBCAFQQFyNgIEIAgEQCAIQXhxQbTQAGohAEGg0AAoAgAhAwJ/QQEgCEEDdnQiASAGcUUEQEGM0AAgASAGcjYCACAADAELIAAoAggLIgEgAzYCDCAAIAM2AgggAyAANgIMIAMgATYCCAsgAkEIaiEBQaDQACAENgIAQZTQACAFNgIADBELQZDQACgCACILRQ0BIAtoQQJ0QbzSAGooAgAiACgCBEF4cSAEayEFIAAhAgNAAkAgAigCECIBRQRAIAJBFGooAgAiAUUNAQsgASgCBEF4cSAEayIDIAVJIQIgAyAFIAIbIQUgASAAIAIbIQAgASECDAELCyAAKAIYIQkgACgCDCIDIABHBEBBnNAAKAIAGiADIAAoAggiATYCCCABIAM2AgwMEAsgAEEUaiICKAIAIgFFBEAgACgCECIBRQ0DIABBEGohAgsDQCACIQcgASIDQRRqIgIoAgAiAQ0AIANBEGohAiADKAIQIgENAAsgB0EANgIADA8LQX8hBCAAQb9/Sw0AIABBE2oiAUFwcSEEQZDQACgCACIIRQ0AQQAgBGshBQJAAkACQAJ/QQAgBEGAAkkNABpBHyAEQf///wdLDQAaIARBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmoLIgZBAnRBvNIAaigCACICRQRAQQAhAUEAIQMMAQtBACEBIARBGSAGQQF2a0EAIAZBH0cbdCEAQQAhAwNAAkAgAigCBEF4cSAEayIHIAVPDQAgAiEDIAciBQ0AQQAhBSACIQEMAwsgASACQRRqKAIAIgcgByACIABBHXZBBHFqQRBqKAIAIgJGGyABIAcbIQEgAEEBdCEAIAINAAsLIAEgA3JFBEBBACEDQQIgBnQiAEEAIABrciAIcSIARQ0DIABoQQJ0QbzSAGooAgAhAQsgAUUNAQsDQCABKAIEQXhxIARrIgIgBUkhACACIAUgABshBSABIAMgABshAyABKAIQIgAEfyAABSABQRRqKAIACyIBDQALCyADRQ0AIAVBlNAAKAIAIARrTw0AIAMoAhghByADIAMoAgwiAEcEQEGc0AAoAgAaIAAgAygCCCIBNgIIIAEgADYCDAwOCyADQRRqIgIoAgAiAUUEQCADKAIQIgFFDQMgA0EQaiECCwNAIAIhBiABIgBBFGoiAigCACIBDQAgAEEQaiECIAAoAhAiAQ0ACyAGQQA2AgAMDQtBlNAAKAIAIgMgBE8EQEGg0AAoAgAhAQJAIAMgBGsiAkEQTwRAIAEgBGoiACACQQFyNgIEIAEgA2ogAjYCACABIARBA3I2AgQMAQsgASADQQNyNgIEIAEgA2oiACAAKAIEQQFyNgIEQQAhAEEAIQILQZTQACACNgIAQaDQACAANgIAIAFBCGohAQwPC0GY0AAoAgAiAyAESwRAIAQgCWoiACADIARrIgFBAXI2AgRBpNAAIAA2AgBBmNAAIAE2AgAgCSAEQQNyNgIEIAlBCGohAQwPC0EAIQEgBAJ/QeTTACgCAARAQezTACgCAAwBC0Hw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBDGpBcHFB2KrVqgVzNgIAQfjTAEEANgIAQcjTAEEANgIAQYCABAsiACAEQccAaiIFaiIGQQAgAGsiB3EiAk8EQEH80wBBMDYCAAwPCwJAQcTTACgCACIBRQ0AQbzTACgCACIIIAJqIQAgACABTSAAIAhLcQ0AQQAhAUH80wBBMDYCAAwPC0HI0wAtAABBBHENBAJAAkAgCQRAQczTACEBA0AgASgCACIAIAlNBEAgACABKAIEaiAJSw0DCyABKAIIIgENAAsLQQAQMyIAQX9GDQUgAiEGQejTACgCACIBQQFrIgMgAHEEQCACIABrIAAgA2pBACABa3FqIQYLIAQgBk8NBSAGQf7///8HSw0FQcTTACgCACIDBEBBvNMAKAIAIgcgBmohASABIAdNDQYgASADSw0GCyAGEDMiASAARw0BDAcLIAYgA2sgB3EiBkH+////B0sNBCAGEDMhACAAIAEoAgAgASgCBGpGDQMgACEBCwJAIAYgBEHIAGpPDQAgAUF/Rg0AQezTACgCACIAIAUgBmtqQQAgAGtxIgBB/v///wdLBEAgASEADAcLIAAQM0F/RwRAIAAgBmohBiABIQAMBwtBACAGaxAzGgwECyABIgBBf0cNBQwDC0EAIQMMDAtBACEADAoLIABBf0cNAgtByNMAQcjTACgCAEEEcjYCAAsgAkH+////B0sNASACEDMhAEEAEDMhASAAQX9GDQEgAUF/Rg0BIAAgAU8NASABIABrIgYgBEE4ak0NAQtBvNMAQbzTACgCACAGaiIBNgIAQcDTACgCACABSQRAQcDTACABNgIACwJAAkACQEGk0AAoAgAiAgRAQczTACEBA0AgACABKAIAIgMgASgCBCIFakYNAiABKAIIIgENAAsMAgtBnNAAKAIAIgFBAEcgACABT3FFBEBBnNAAIAA2AgALQQAhAUHQ0wAgBjYCAEHM0wAgADYCAEGs0ABBfzYCAEGw0ABB5NMAKAIANgIAQdjTAEEANgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBeCAAa0EPcSIBIABqIgIgBkE4ayIDIAFrIgFBAXI2AgRBqNAAQfTTACgCADYCAEGY0AAgATYCAEGk0AAgAjYCACAAIANqQTg2AgQMAgsgACACTQ0AIAIgA0kNACABKAIMQQhxDQBBeCACa0EPcSIAIAJqIgNBmNAAKAIAIAZqIgcgAGsiAEEBcjYCBCABIAUgBmo2AgRBqNAAQfTTACgCADYCAEGY0AAgADYCAEGk0AAgAzYCACACIAdqQTg2AgQMAQsgAEGc0AAoAgBJBEBBnNAAIAA2AgALIAAgBmohA0HM0wAhAQJAAkACQANAIAMgASgCAEcEQCABKAIIIgENAQwCCwsgAS0ADEEIcUUNAQtBzNMAIQEDQCABKAIAIgMgAk0EQCADIAEoAgRqIgUgAksNAwsgASgCCCEBDAALAAsgASAANgIAIAEgASgCBCAGajYCBCAAQXggAGtBD3FqIgkgBEEDcjYCBCADQXggA2tBD3FqIgYgBCAJaiIEayEBIAIgBkYEQEGk0AAgBDYCAEGY0ABBmNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEDAgLQaDQACgCACAGRgRAQaDQACAENgIAQZTQAEGU0AAoAgAgAWoiADYCACAEIABBAXI2AgQgACAEaiAANgIADAgLIAYoAgQiBUEDcUEBRw0GIAVBeHEhCCAFQf8BTQRAIAVBA3YhAyAGKAIIIgAgBigCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBwsgAiAANgIIIAAgAjYCDAwGCyAGKAIYIQcgBiAGKAIMIgBHBEAgACAGKAIIIgI2AgggAiAANgIMDAULIAZBFGoiAigCACIFRQRAIAYoAhAiBUUNBCAGQRBqIQILA0AgAiEDIAUiAEEUaiICKAIAIgUNACAAQRBqIQIgACgCECIFDQALIANBADYCAAwEC0F4IABrQQ9xIgEgAGoiByAGQThrIgMgAWsiAUEBcjYCBCAAIANqQTg2AgQgAiAFQTcgBWtBD3FqQT9rIgMgAyACQRBqSRsiA0EjNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAc2AgAgA0EQakHU0wApAgA3AgAgA0HM0wApAgA3AghB1NMAIANBCGo2AgBB0NMAIAY2AgBBzNMAIAA2AgBB2NMAQQA2AgAgA0EkaiEBA0AgAUEHNgIAIAUgAUEEaiIBSw0ACyACIANGDQAgAyADKAIEQX5xNgIEIAMgAyACayIFNgIAIAIgBUEBcjYCBCAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIDcUUEQEGM0AAgASADcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEGQ0AAoAgAiA0EBIAF0IgZxRQRAIAAgAjYCAEGQ0AAgAyAGcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQMCQANAIAMiACgCBEF4cSAFRg0BIAFBHXYhAyABQQF0IQEgACADQQRxakEQaiIGKAIAIgMNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAtBmNAAKAIAIgEgBE0NAEGk0AAoAgAiACAEaiICIAEgBGsiAUEBcjYCBEGY0AAgATYCAEGk0AAgAjYCACAAIARBA3I2AgQgAEEIaiEBDAgLQQAhAUH80wBBMDYCAAwHC0EAIQALIAdFDQACQCAGKAIcIgJBAnRBvNIAaiIDKAIAIAZGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAdBEEEUIAcoAhAgBkYbaiAANgIAIABFDQELIAAgBzYCGCAGKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAGQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAIaiEBIAYgCGoiBigCBCEFCyAGIAVBfnE2AgQgASAEaiABNgIAIAQgAUEBcjYCBCABQf8BTQRAIAFBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASABQQN2dCIBcUUEQEGM0AAgASACcjYCACAADAELIAAoAggLIgEgBDYCDCAAIAQ2AgggBCAANgIMIAQgATYCCAwBC0EfIQUgAUH///8HTQRAIAFBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBQsgBCAFNgIcIARCADcCECAFQQJ0QbzSAGohAEGQ0AAoAgAiAkEBIAV0IgNxRQRAIAAgBDYCAEGQ0AAgAiADcjYCACAEIAA2AhggBCAENgIIIAQgBDYCDAwBCyABQRkgBUEBdmtBACAFQR9HG3QhBSAAKAIAIQACQANAIAAiAigCBEF4cSABRg0BIAVBHXYhACAFQQF0IQUgAiAAQQRxakEQaiIDKAIAIgANAAsgAyAENgIAIAQgAjYCGCAEIAQ2AgwgBCAENgIIDAELIAIoAggiACAENgIMIAIgBDYCCCAEQQA2AhggBCACNgIMIAQgADYCCAsgCUEIaiEBDAILAkAgB0UNAAJAIAMoAhwiAUECdEG80gBqIgIoAgAgA0YEQCACIAA2AgAgAA0BQZDQACAIQX4gAXdxIgg2AgAMAgsgB0EQQRQgBygCECADRhtqIAA2AgAgAEUNAQsgACAHNgIYIAMoAhAiAQRAIAAgATYCECABIAA2AhgLIANBFGooAgAiAUUNACAAQRRqIAE2AgAgASAANgIYCwJAIAVBD00EQCADIAQgBWoiAEEDcjYCBCAAIANqIgAgACgCBEEBcjYCBAwBCyADIARqIgIgBUEBcjYCBCADIARBA3I2AgQgAiAFaiAFNgIAIAVB/wFNBEAgBUF4cUG00ABqIQACf0GM0AAoAgAiAUEBIAVBA3Z0IgVxRQRAQYzQACABIAVyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRBvNIAaiEAQQEgAXQiBCAIcUUEQCAAIAI2AgBBkNAAIAQgCHI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEEAkADQCAEIgAoAgRBeHEgBUYNASABQR12IQQgAUEBdCEBIAAgBEEEcWpBEGoiBigCACIEDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLIANBCGohAQwBCwJAIAlFDQACQCAAKAIcIgFBAnRBvNIAaiICKAIAIABGBEAgAiADNgIAIAMNAUGQ0AAgC0F+IAF3cTYCAAwCCyAJQRBBFCAJKAIQIABGG2ogAzYCACADRQ0BCyADIAk2AhggACgCECIBBEAgAyABNgIQIAEgAzYCGAsgAEEUaigCACIBRQ0AIANBFGogATYCACABIAM2AhgLAkAgBUEPTQRAIAAgBCAFaiIBQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELIAAgBGoiByAFQQFyNgIEIAAgBEEDcjYCBCAFIAdqIAU2AgAgCARAIAhBeHFBtNAAaiEBQaDQACgCACEDAn9BASAIQQN2dCICIAZxRQRAQYzQACACIAZyNgIAIAEMAQsgASgCCAsiAiADNgIMIAEgAzYCCCADIAE2AgwgAyACNgIIC0Gg0AAgBzYCAEGU0AAgBTYCAAsgAEEIaiEBCyAKQRBqJAAgAQtDACAARQRAPwBBEHQPCwJAIABB//8DcQ0AIABBAEgNACAAQRB2QAAiAEF/RgRAQfzTAEEwNgIAQX8PCyAAQRB0DwsACwvcPyIAQYAICwkBAAAAAgAAAAMAQZQICwUEAAAABQBBpAgLCQYAAAAHAAAACABB3AgLii1JbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AFJlc3BvbnNlIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zAFVzZXIgY2FsbGJhY2sgZXJyb3IAYG9uX3Jlc2V0YCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfaGVhZGVyYCBjYWxsYmFjayBlcnJvcgBgb25fbWVzc2FnZV9iZWdpbmAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3N0YXR1c19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3ZlcnNpb25fY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl91cmxfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXRob2RfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfZmllbGRfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fbmFtZWAgY2FsbGJhY2sgZXJyb3IAVW5leHBlY3RlZCBjaGFyIGluIHVybCBzZXJ2ZXIASW52YWxpZCBoZWFkZXIgdmFsdWUgY2hhcgBJbnZhbGlkIGhlYWRlciBmaWVsZCBjaGFyAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdmVyc2lvbgBJbnZhbGlkIG1pbm9yIHZlcnNpb24ASW52YWxpZCBtYWpvciB2ZXJzaW9uAEV4cGVjdGVkIHNwYWNlIGFmdGVyIHZlcnNpb24ARXhwZWN0ZWQgQ1JMRiBhZnRlciB2ZXJzaW9uAEludmFsaWQgSFRUUCB2ZXJzaW9uAEludmFsaWQgaGVhZGVyIHRva2VuAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdXJsAEludmFsaWQgY2hhcmFjdGVycyBpbiB1cmwAVW5leHBlY3RlZCBzdGFydCBjaGFyIGluIHVybABEb3VibGUgQCBpbiB1cmwARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgARHVwbGljYXRlIENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhciBpbiB1cmwgcGF0aABDb250ZW50LUxlbmd0aCBjYW4ndCBiZSBwcmVzZW50IHdpdGggVHJhbnNmZXItRW5jb2RpbmcASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgc2l6ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl92YWx1ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHF1b3RlZCB2YWx1ZQBQYXVzZWQgYnkgb25faGVhZGVyc19jb21wbGV0ZQBJbnZhbGlkIEVPRiBzdGF0ZQBvbl9yZXNldCBwYXVzZQBvbl9jaHVua19oZWFkZXIgcGF1c2UAb25fbWVzc2FnZV9iZWdpbiBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fdmFsdWUgcGF1c2UAb25fc3RhdHVzX2NvbXBsZXRlIHBhdXNlAG9uX3ZlcnNpb25fY29tcGxldGUgcGF1c2UAb25fdXJsX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXNzYWdlX2NvbXBsZXRlIHBhdXNlAG9uX21ldGhvZF9jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfZmllbGRfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUgcGF1c2UAVW5leHBlY3RlZCBzcGFjZSBhZnRlciBzdGFydCBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAFBhdXNlIG9uIENPTk5FQ1QvVXBncmFkZQBQYXVzZSBvbiBQUkkvVXBncmFkZQBFeHBlY3RlZCBIVFRQLzIgQ29ubmVjdGlvbiBQcmVmYWNlAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fbWV0aG9kAEV4cGVjdGVkIHNwYWNlIGFmdGVyIG1ldGhvZABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl9maWVsZABQYXVzZWQASW52YWxpZCB3b3JkIGVuY291bnRlcmVkAEludmFsaWQgbWV0aG9kIGVuY291bnRlcmVkAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2NoZW1hAFJlcXVlc3QgaGFzIGludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYABTV0lUQ0hfUFJPWFkAVVNFX1BST1hZAE1LQUNUSVZJVFkAVU5QUk9DRVNTQUJMRV9FTlRJVFkAQ09QWQBNT1ZFRF9QRVJNQU5FTlRMWQBUT09fRUFSTFkATk9USUZZAEZBSUxFRF9ERVBFTkRFTkNZAEJBRF9HQVRFV0FZAFBMQVkAUFVUAENIRUNLT1VUAEdBVEVXQVlfVElNRU9VVABSRVFVRVNUX1RJTUVPVVQATkVUV09SS19DT05ORUNUX1RJTUVPVVQAQ09OTkVDVElPTl9USU1FT1VUAExPR0lOX1RJTUVPVVQATkVUV09SS19SRUFEX1RJTUVPVVQAUE9TVABNSVNESVJFQ1RFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX0xPQURfQkFMQU5DRURfUkVRVUVTVABCQURfUkVRVUVTVABIVFRQX1JFUVVFU1RfU0VOVF9UT19IVFRQU19QT1JUAFJFUE9SVABJTV9BX1RFQVBPVABSRVNFVF9DT05URU5UAE5PX0NPTlRFTlQAUEFSVElBTF9DT05URU5UAEhQRV9JTlZBTElEX0NPTlNUQU5UAEhQRV9DQl9SRVNFVABHRVQASFBFX1NUUklDVABDT05GTElDVABURU1QT1JBUllfUkVESVJFQ1QAUEVSTUFORU5UX1JFRElSRUNUAENPTk5FQ1QATVVMVElfU1RBVFVTAEhQRV9JTlZBTElEX1NUQVRVUwBUT09fTUFOWV9SRVFVRVNUUwBFQVJMWV9ISU5UUwBVTkFWQUlMQUJMRV9GT1JfTEVHQUxfUkVBU09OUwBPUFRJT05TAFNXSVRDSElOR19QUk9UT0NPTFMAVkFSSUFOVF9BTFNPX05FR09USUFURVMATVVMVElQTEVfQ0hPSUNFUwBJTlRFUk5BTF9TRVJWRVJfRVJST1IAV0VCX1NFUlZFUl9VTktOT1dOX0VSUk9SAFJBSUxHVU5fRVJST1IASURFTlRJVFlfUFJPVklERVJfQVVUSEVOVElDQVRJT05fRVJST1IAU1NMX0NFUlRJRklDQVRFX0VSUk9SAElOVkFMSURfWF9GT1JXQVJERURfRk9SAFNFVF9QQVJBTUVURVIAR0VUX1BBUkFNRVRFUgBIUEVfVVNFUgBTRUVfT1RIRVIASFBFX0NCX0NIVU5LX0hFQURFUgBNS0NBTEVOREFSAFNFVFVQAFdFQl9TRVJWRVJfSVNfRE9XTgBURUFSRE9XTgBIUEVfQ0xPU0VEX0NPTk5FQ1RJT04ASEVVUklTVElDX0VYUElSQVRJT04ARElTQ09OTkVDVEVEX09QRVJBVElPTgBOT05fQVVUSE9SSVRBVElWRV9JTkZPUk1BVElPTgBIUEVfSU5WQUxJRF9WRVJTSU9OAEhQRV9DQl9NRVNTQUdFX0JFR0lOAFNJVEVfSVNfRlJPWkVOAEhQRV9JTlZBTElEX0hFQURFUl9UT0tFTgBJTlZBTElEX1RPS0VOAEZPUkJJRERFTgBFTkhBTkNFX1lPVVJfQ0FMTQBIUEVfSU5WQUxJRF9VUkwAQkxPQ0tFRF9CWV9QQVJFTlRBTF9DT05UUk9MAE1LQ09MAEFDTABIUEVfSU5URVJOQUwAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRV9VTk9GRklDSUFMAEhQRV9PSwBVTkxJTksAVU5MT0NLAFBSSQBSRVRSWV9XSVRIAEhQRV9JTlZBTElEX0NPTlRFTlRfTEVOR1RIAEhQRV9VTkVYUEVDVEVEX0NPTlRFTlRfTEVOR1RIAEZMVVNIAFBST1BQQVRDSABNLVNFQVJDSABVUklfVE9PX0xPTkcAUFJPQ0VTU0lORwBNSVNDRUxMQU5FT1VTX1BFUlNJU1RFTlRfV0FSTklORwBNSVNDRUxMQU5FT1VTX1dBUk5JTkcASFBFX0lOVkFMSURfVFJBTlNGRVJfRU5DT0RJTkcARXhwZWN0ZWQgQ1JMRgBIUEVfSU5WQUxJRF9DSFVOS19TSVpFAE1PVkUAQ09OVElOVUUASFBFX0NCX1NUQVRVU19DT01QTEVURQBIUEVfQ0JfSEVBREVSU19DT01QTEVURQBIUEVfQ0JfVkVSU0lPTl9DT01QTEVURQBIUEVfQ0JfVVJMX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8AAF4TAAAmEwAAMBAAAPAXAACdEwAAFRIAADkXAADwEgAAChAAAHUSAACtEgAAghMAAE8UAAB/EAAAoBUAACMUAACJEgAAixQAAE0VAADUEQAAzxQAABAYAADJFgAA3BYAAMERAADgFwAAuxQAAHQUAAB8FQAA5RQAAAgXAAAfEAAAZRUAAKMUAAAoFQAAAhUAAJkVAAAsEAAAixkAAE8PAADUDgAAahAAAM4QAAACFwAAiQ4AAG4TAAAcEwAAZhQAAFYXAADBEwAAzRMAAGwTAABoFwAAZhcAAF8XAAAiEwAAzg8AAGkOAADYDgAAYxYAAMsTAACqDgAAKBcAACYXAADFEwAAXRYAAOgRAABnEwAAZRMAAPIWAABzEwAAHRcAAPkWAADzEQAAzw4AAM4VAAAMEgAAsxEAAKURAABhEAAAMhcAALsTAEH5NQsBAQBBkDYL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB/TcLAQEAQZE4C14CAwICAgICAAACAgACAgACAgICAgICAgICAAQAAAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEH9OQsBAQBBkToLXgIAAgICAgIAAAICAAICAAICAgICAgICAgIAAwAEAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgIAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgACAAIAQfA7Cw1sb3NlZWVwLWFsaXZlAEGJPAsBAQBBoDwL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBiT4LAQEAQaA+C+cBAQEBAQEBAQEBAQEBAgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFjaHVua2VkAEGwwAALXwEBAAEBAQEBAAABAQABAQABAQEBAQEBAQEBAAAAAAAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAEGQwgALIWVjdGlvbmVudC1sZW5ndGhvbnJveHktY29ubmVjdGlvbgBBwMIACy1yYW5zZmVyLWVuY29kaW5ncGdyYWRlDQoNCg0KU00NCg0KVFRQL0NFL1RTUC8AQfnCAAsFAQIAAQMAQZDDAAvgAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH5xAALBQECAAEDAEGQxQAL4AEEAQEFAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cYACwQBAAABAEGRxwAL3wEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH6yAALBAEAAAIAQZDJAAtfAwQAAAQEBAQEBAQEBAQEBQQEBAQEBAQEBAQEBAAEAAYHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQAQfrKAAsEAQAAAQBBkMsACwEBAEGqywALQQIAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAEH6zAALBAEAAAEAQZDNAAsBAQBBms0ACwYCAAAAAAIAQbHNAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB8M4AC5YBTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRU9SRElSRUNUT1JUUkNIUEFSQU1FVEVSVVJDRUJTQ1JJQkVBUkRPV05BQ0VJTkROS0NLVUJTQ1JJQkVIVFRQL0FEVFAv", "base64");
  }
});

// node_modules/undici/lib/llhttp/llhttp_simd-wasm.js
var require_llhttp_simd_wasm = __commonJS({
  "node_modules/undici/lib/llhttp/llhttp_simd-wasm.js"(exports, module) {
    "use strict";
    var { Buffer: Buffer2 } = __require("node:buffer");
    module.exports = Buffer2.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK77MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtzACAAQRBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAA/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQTBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQSBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQd0BNgIcCwYAIAAQMguaLQELfyMAQRBrIgokAEGk0AAoAgAiCUUEQEHk0wAoAgAiBUUEQEHw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBCGpBcHFB2KrVqgVzIgU2AgBB+NMAQQA2AgBByNMAQQA2AgALQczTAEGA1AQ2AgBBnNAAQYDUBDYCAEGw0AAgBTYCAEGs0ABBfzYCAEHQ0wBBgKwDNgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBjNQEQcGrAzYCAEGo0ABB9NMAKAIANgIAQZjQAEHAqwM2AgBBpNAAQYjUBDYCAEHM/wdBODYCAEGI1AQhCQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQewBTQRAQYzQACgCACIGQRAgAEETakFwcSAAQQtJGyIEQQN2IgB2IgFBA3EEQAJAIAFBAXEgAHJBAXMiAkEDdCIAQbTQAGoiASAAQbzQAGooAgAiACgCCCIDRgRAQYzQACAGQX4gAndxNgIADAELIAEgAzYCCCADIAE2AgwLIABBCGohASAAIAJBA3QiAkEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwRC0GU0AAoAgAiCCAETw0BIAEEQAJAQQIgAHQiAkEAIAJrciABIAB0cWgiAEEDdCICQbTQAGoiASACQbzQAGooAgAiAigCCCIDRgRAQYzQACAGQX4gAHdxIgY2AgAMAQsgASADNgIIIAMgATYCDAsgAiAEQQNyNgIEIABBA3QiACAEayEFIAAgAmogBTYCACACIARqIgQgBUEBcjYCBCAIBEAgCEF4cUG00ABqIQBBoNAAKAIAIQMCf0EBIAhBA3Z0IgEgBnFFBEBBjNAAIAEgBnI2AgAgAAwBCyAAKAIICyIBIAM2AgwgACADNgIIIAMgADYCDCADIAE2AggLIAJBCGohAUGg0AAgBDYCAEGU0AAgBTYCAAwRC0GQ0AAoAgAiC0UNASALaEECdEG80gBqKAIAIgAoAgRBeHEgBGshBSAAIQIDQAJAIAIoAhAiAUUEQCACQRRqKAIAIgFFDQELIAEoAgRBeHEgBGsiAyAFSSECIAMgBSACGyEFIAEgACACGyEAIAEhAgwBCwsgACgCGCEJIAAoAgwiAyAARwRAQZzQACgCABogAyAAKAIIIgE2AgggASADNgIMDBALIABBFGoiAigCACIBRQRAIAAoAhAiAUUNAyAAQRBqIQILA0AgAiEHIAEiA0EUaiICKAIAIgENACADQRBqIQIgAygCECIBDQALIAdBADYCAAwPC0F/IQQgAEG/f0sNACAAQRNqIgFBcHEhBEGQ0AAoAgAiCEUNAEEAIARrIQUCQAJAAkACf0EAIARBgAJJDQAaQR8gBEH///8HSw0AGiAEQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qCyIGQQJ0QbzSAGooAgAiAkUEQEEAIQFBACEDDAELQQAhASAEQRkgBkEBdmtBACAGQR9HG3QhAEEAIQMDQAJAIAIoAgRBeHEgBGsiByAFTw0AIAIhAyAHIgUNAEEAIQUgAiEBDAMLIAEgAkEUaigCACIHIAcgAiAAQR12QQRxakEQaigCACICRhsgASAHGyEBIABBAXQhACACDQALCyABIANyRQRAQQAhA0ECIAZ0IgBBACAAa3IgCHEiAEUNAyAAaEECdEG80gBqKAIAIQELIAFFDQELA0AgASgCBEF4cSAEayICIAVJIQAgAiAFIAAbIQUgASADIAAbIQMgASgCECIABH8gAAUgAUEUaigCAAsiAQ0ACwsgA0UNACAFQZTQACgCACAEa08NACADKAIYIQcgAyADKAIMIgBHBEBBnNAAKAIAGiAAIAMoAggiATYCCCABIAA2AgwMDgsgA0EUaiICKAIAIgFFBEAgAygCECIBRQ0DIANBEGohAgsDQCACIQYgASIAQRRqIgIoAgAiAQ0AIABBEGohAiAAKAIQIgENAAsgBkEANgIADA0LQZTQACgCACIDIARPBEBBoNAAKAIAIQECQCADIARrIgJBEE8EQCABIARqIgAgAkEBcjYCBCABIANqIAI2AgAgASAEQQNyNgIEDAELIAEgA0EDcjYCBCABIANqIgAgACgCBEEBcjYCBEEAIQBBACECC0GU0AAgAjYCAEGg0AAgADYCACABQQhqIQEMDwtBmNAAKAIAIgMgBEsEQCAEIAlqIgAgAyAEayIBQQFyNgIEQaTQACAANgIAQZjQACABNgIAIAkgBEEDcjYCBCAJQQhqIQEMDwtBACEBIAQCf0Hk0wAoAgAEQEHs0wAoAgAMAQtB8NMAQn83AgBB6NMAQoCAhICAgMAANwIAQeTTACAKQQxqQXBxQdiq1aoFczYCAEH40wBBADYCAEHI0wBBADYCAEGAgAQLIgAgBEHHAGoiBWoiBkEAIABrIgdxIgJPBEBB/NMAQTA2AgAMDwsCQEHE0wAoAgAiAUUNAEG80wAoAgAiCCACaiEAIAAgAU0gACAIS3ENAEEAIQFB/NMAQTA2AgAMDwtByNMALQAAQQRxDQQCQAJAIAkEQEHM0wAhAQNAIAEoAgAiACAJTQRAIAAgASgCBGogCUsNAwsgASgCCCIBDQALC0EAEDMiAEF/Rg0FIAIhBkHo0wAoAgAiAUEBayIDIABxBEAgAiAAayAAIANqQQAgAWtxaiEGCyAEIAZPDQUgBkH+////B0sNBUHE0wAoAgAiAwRAQbzTACgCACIHIAZqIQEgASAHTQ0GIAEgA0sNBgsgBhAzIgEgAEcNAQwHCyAGIANrIAdxIgZB/v///wdLDQQgBhAzIQAgACABKAIAIAEoAgRqRg0DIAAhAQsCQCAGIARByABqTw0AIAFBf0YNAEHs0wAoAgAiACAFIAZrakEAIABrcSIAQf7///8HSwRAIAEhAAwHCyAAEDNBf0cEQCAAIAZqIQYgASEADAcLQQAgBmsQMxoMBAsgASIAQX9HDQUMAwtBACEDDAwLQQAhAAwKCyAAQX9HDQILQcjTAEHI0wAoAgBBBHI2AgALIAJB/v///wdLDQEgAhAzIQBBABAzIQEgAEF/Rg0BIAFBf0YNASAAIAFPDQEgASAAayIGIARBOGpNDQELQbzTAEG80wAoAgAgBmoiATYCAEHA0wAoAgAgAUkEQEHA0wAgATYCAAsCQAJAAkBBpNAAKAIAIgIEQEHM0wAhAQNAIAAgASgCACIDIAEoAgQiBWpGDQIgASgCCCIBDQALDAILQZzQACgCACIBQQBHIAAgAU9xRQRAQZzQACAANgIAC0EAIQFB0NMAIAY2AgBBzNMAIAA2AgBBrNAAQX82AgBBsNAAQeTTACgCADYCAEHY0wBBADYCAANAIAFByNAAaiABQbzQAGoiAjYCACACIAFBtNAAaiIDNgIAIAFBwNAAaiADNgIAIAFB0NAAaiABQcTQAGoiAzYCACADIAI2AgAgAUHY0ABqIAFBzNAAaiICNgIAIAIgAzYCACABQdTQAGogAjYCACABQSBqIgFBgAJHDQALQXggAGtBD3EiASAAaiICIAZBOGsiAyABayIBQQFyNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAI2AgAgACADakE4NgIEDAILIAAgAk0NACACIANJDQAgASgCDEEIcQ0AQXggAmtBD3EiACACaiIDQZjQACgCACAGaiIHIABrIgBBAXI2AgQgASAFIAZqNgIEQajQAEH00wAoAgA2AgBBmNAAIAA2AgBBpNAAIAM2AgAgAiAHakE4NgIEDAELIABBnNAAKAIASQRAQZzQACAANgIACyAAIAZqIQNBzNMAIQECQAJAAkADQCADIAEoAgBHBEAgASgCCCIBDQEMAgsLIAEtAAxBCHFFDQELQczTACEBA0AgASgCACIDIAJNBEAgAyABKAIEaiIFIAJLDQMLIAEoAgghAQwACwALIAEgADYCACABIAEoAgQgBmo2AgQgAEF4IABrQQ9xaiIJIARBA3I2AgQgA0F4IANrQQ9xaiIGIAQgCWoiBGshASACIAZGBEBBpNAAIAQ2AgBBmNAAQZjQACgCACABaiIANgIAIAQgAEEBcjYCBAwIC0Gg0AAoAgAgBkYEQEGg0AAgBDYCAEGU0ABBlNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEIAAgBGogADYCAAwICyAGKAIEIgVBA3FBAUcNBiAFQXhxIQggBUH/AU0EQCAFQQN2IQMgBigCCCIAIAYoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAcLIAIgADYCCCAAIAI2AgwMBgsgBigCGCEHIAYgBigCDCIARwRAIAAgBigCCCICNgIIIAIgADYCDAwFCyAGQRRqIgIoAgAiBUUEQCAGKAIQIgVFDQQgBkEQaiECCwNAIAIhAyAFIgBBFGoiAigCACIFDQAgAEEQaiECIAAoAhAiBQ0ACyADQQA2AgAMBAtBeCAAa0EPcSIBIABqIgcgBkE4ayIDIAFrIgFBAXI2AgQgACADakE4NgIEIAIgBUE3IAVrQQ9xakE/ayIDIAMgAkEQakkbIgNBIzYCBEGo0ABB9NMAKAIANgIAQZjQACABNgIAQaTQACAHNgIAIANBEGpB1NMAKQIANwIAIANBzNMAKQIANwIIQdTTACADQQhqNgIAQdDTACAGNgIAQczTACAANgIAQdjTAEEANgIAIANBJGohAQNAIAFBBzYCACAFIAFBBGoiAUsNAAsgAiADRg0AIAMgAygCBEF+cTYCBCADIAMgAmsiBTYCACACIAVBAXI2AgQgBUH/AU0EQCAFQXhxQbTQAGohAAJ/QYzQACgCACIBQQEgBUEDdnQiA3FFBEBBjNAAIAEgA3I2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEG80gBqIQBBkNAAKAIAIgNBASABdCIGcUUEQCAAIAI2AgBBkNAAIAMgBnI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEDAkADQCADIgAoAgRBeHEgBUYNASABQR12IQMgAUEBdCEBIAAgA0EEcWpBEGoiBigCACIDDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLQZjQACgCACIBIARNDQBBpNAAKAIAIgAgBGoiAiABIARrIgFBAXI2AgRBmNAAIAE2AgBBpNAAIAI2AgAgACAEQQNyNgIEIABBCGohAQwIC0EAIQFB/NMAQTA2AgAMBwtBACEACyAHRQ0AAkAgBigCHCICQQJ0QbzSAGoiAygCACAGRgRAIAMgADYCACAADQFBkNAAQZDQACgCAEF+IAJ3cTYCAAwCCyAHQRBBFCAHKAIQIAZGG2ogADYCACAARQ0BCyAAIAc2AhggBigCECICBEAgACACNgIQIAIgADYCGAsgBkEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgCGohASAGIAhqIgYoAgQhBQsgBiAFQX5xNgIEIAEgBGogATYCACAEIAFBAXI2AgQgAUH/AU0EQCABQXhxQbTQAGohAAJ/QYzQACgCACICQQEgAUEDdnQiAXFFBEBBjNAAIAEgAnI2AgAgAAwBCyAAKAIICyIBIAQ2AgwgACAENgIIIAQgADYCDCAEIAE2AggMAQtBHyEFIAFB////B00EQCABQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQULIAQgBTYCHCAEQgA3AhAgBUECdEG80gBqIQBBkNAAKAIAIgJBASAFdCIDcUUEQCAAIAQ2AgBBkNAAIAIgA3I2AgAgBCAANgIYIAQgBDYCCCAEIAQ2AgwMAQsgAUEZIAVBAXZrQQAgBUEfRxt0IQUgACgCACEAAkADQCAAIgIoAgRBeHEgAUYNASAFQR12IQAgBUEBdCEFIAIgAEEEcWpBEGoiAygCACIADQALIAMgBDYCACAEIAI2AhggBCAENgIMIAQgBDYCCAwBCyACKAIIIgAgBDYCDCACIAQ2AgggBEEANgIYIAQgAjYCDCAEIAA2AggLIAlBCGohAQwCCwJAIAdFDQACQCADKAIcIgFBAnRBvNIAaiICKAIAIANGBEAgAiAANgIAIAANAUGQ0AAgCEF+IAF3cSIINgIADAILIAdBEEEUIAcoAhAgA0YbaiAANgIAIABFDQELIAAgBzYCGCADKAIQIgEEQCAAIAE2AhAgASAANgIYCyADQRRqKAIAIgFFDQAgAEEUaiABNgIAIAEgADYCGAsCQCAFQQ9NBEAgAyAEIAVqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQMAQsgAyAEaiICIAVBAXI2AgQgAyAEQQNyNgIEIAIgBWogBTYCACAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIFcUUEQEGM0AAgASAFcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEEBIAF0IgQgCHFFBEAgACACNgIAQZDQACAEIAhyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhBAJAA0AgBCIAKAIEQXhxIAVGDQEgAUEddiEEIAFBAXQhASAAIARBBHFqQRBqIgYoAgAiBA0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIICyADQQhqIQEMAQsCQCAJRQ0AAkAgACgCHCIBQQJ0QbzSAGoiAigCACAARgRAIAIgAzYCACADDQFBkNAAIAtBfiABd3E2AgAMAgsgCUEQQRQgCSgCECAARhtqIAM2AgAgA0UNAQsgAyAJNgIYIAAoAhAiAQRAIAMgATYCECABIAM2AhgLIABBFGooAgAiAUUNACADQRRqIAE2AgAgASADNgIYCwJAIAVBD00EQCAAIAQgBWoiAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBCyAAIARqIgcgBUEBcjYCBCAAIARBA3I2AgQgBSAHaiAFNgIAIAgEQCAIQXhxQbTQAGohAUGg0AAoAgAhAwJ/QQEgCEEDdnQiAiAGcUUEQEGM0AAgAiAGcjYCACABDAELIAEoAggLIgIgAzYCDCABIAM2AgggAyABNgIMIAMgAjYCCAtBoNAAIAc2AgBBlNAAIAU2AgALIABBCGohAQsgCkEQaiQAIAELQwAgAEUEQD8AQRB0DwsCQCAAQf//A3ENACAAQQBIDQAgAEEQdkAAIgBBf0YEQEH80wBBMDYCAEF/DwsgAEEQdA8LAAsL3D8iAEGACAsJAQAAAAIAAAADAEGUCAsFBAAAAAUAQaQICwkGAAAABwAAAAgAQdwIC4otSW52YWxpZCBjaGFyIGluIHVybCBxdWVyeQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2JvZHkAQ29udGVudC1MZW5ndGggb3ZlcmZsb3cAQ2h1bmsgc2l6ZSBvdmVyZmxvdwBSZXNwb25zZSBvdmVyZmxvdwBJbnZhbGlkIG1ldGhvZCBmb3IgSFRUUC94LnggcmVxdWVzdABJbnZhbGlkIG1ldGhvZCBmb3IgUlRTUC94LnggcmVxdWVzdABFeHBlY3RlZCBTT1VSQ0UgbWV0aG9kIGZvciBJQ0UveC54IHJlcXVlc3QASW52YWxpZCBjaGFyIGluIHVybCBmcmFnbWVudCBzdGFydABFeHBlY3RlZCBkb3QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9zdGF0dXMASW52YWxpZCByZXNwb25zZSBzdGF0dXMASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucwBVc2VyIGNhbGxiYWNrIGVycm9yAGBvbl9yZXNldGAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2hlYWRlcmAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfYmVnaW5gIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fdmFsdWVgIGNhbGxiYWNrIGVycm9yAGBvbl9zdGF0dXNfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl92ZXJzaW9uX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdXJsX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAEVtcHR5IENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhcmFjdGVyIGluIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBNaXNzaW5nIGV4cGVjdGVkIExGIGFmdGVyIGhlYWRlciB2YWx1ZQBJbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AgaGVhZGVyIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGUgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZWQgdmFsdWUAUGF1c2VkIGJ5IG9uX2hlYWRlcnNfY29tcGxldGUASW52YWxpZCBFT0Ygc3RhdGUAb25fcmVzZXQgcGF1c2UAb25fY2h1bmtfaGVhZGVyIHBhdXNlAG9uX21lc3NhZ2VfYmVnaW4gcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlIHBhdXNlAG9uX3N0YXR1c19jb21wbGV0ZSBwYXVzZQBvbl92ZXJzaW9uX2NvbXBsZXRlIHBhdXNlAG9uX3VybF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGUgcGF1c2UAb25fbWVzc2FnZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXRob2RfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lIHBhdXNlAFVuZXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgc3RhcnQgbGluZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgbmFtZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AAU1dJVENIX1BST1hZAFVTRV9QUk9YWQBNS0FDVElWSVRZAFVOUFJPQ0VTU0FCTEVfRU5USVRZAENPUFkATU9WRURfUEVSTUFORU5UTFkAVE9PX0VBUkxZAE5PVElGWQBGQUlMRURfREVQRU5ERU5DWQBCQURfR0FURVdBWQBQTEFZAFBVVABDSEVDS09VVABHQVRFV0FZX1RJTUVPVVQAUkVRVUVTVF9USU1FT1VUAE5FVFdPUktfQ09OTkVDVF9USU1FT1VUAENPTk5FQ1RJT05fVElNRU9VVABMT0dJTl9USU1FT1VUAE5FVFdPUktfUkVBRF9USU1FT1VUAFBPU1QATUlTRElSRUNURURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9MT0FEX0JBTEFOQ0VEX1JFUVVFU1QAQkFEX1JFUVVFU1QASFRUUF9SRVFVRVNUX1NFTlRfVE9fSFRUUFNfUE9SVABSRVBPUlQASU1fQV9URUFQT1QAUkVTRVRfQ09OVEVOVABOT19DT05URU5UAFBBUlRJQUxfQ09OVEVOVABIUEVfSU5WQUxJRF9DT05TVEFOVABIUEVfQ0JfUkVTRVQAR0VUAEhQRV9TVFJJQ1QAQ09ORkxJQ1QAVEVNUE9SQVJZX1JFRElSRUNUAFBFUk1BTkVOVF9SRURJUkVDVABDT05ORUNUAE1VTFRJX1NUQVRVUwBIUEVfSU5WQUxJRF9TVEFUVVMAVE9PX01BTllfUkVRVUVTVFMARUFSTFlfSElOVFMAVU5BVkFJTEFCTEVfRk9SX0xFR0FMX1JFQVNPTlMAT1BUSU9OUwBTV0lUQ0hJTkdfUFJPVE9DT0xTAFZBUklBTlRfQUxTT19ORUdPVElBVEVTAE1VTFRJUExFX0NIT0lDRVMASU5URVJOQUxfU0VSVkVSX0VSUk9SAFdFQl9TRVJWRVJfVU5LTk9XTl9FUlJPUgBSQUlMR1VOX0VSUk9SAElERU5USVRZX1BST1ZJREVSX0FVVEhFTlRJQ0FUSU9OX0VSUk9SAFNTTF9DRVJUSUZJQ0FURV9FUlJPUgBJTlZBTElEX1hfRk9SV0FSREVEX0ZPUgBTRVRfUEFSQU1FVEVSAEdFVF9QQVJBTUVURVIASFBFX1VTRVIAU0VFX09USEVSAEhQRV9DQl9DSFVOS19IRUFERVIATUtDQUxFTkRBUgBTRVRVUABXRUJfU0VSVkVSX0lTX0RPV04AVEVBUkRPV04ASFBFX0NMT1NFRF9DT05ORUNUSU9OAEhFVVJJU1RJQ19FWFBJUkFUSU9OAERJU0NPTk5FQ1RFRF9PUEVSQVRJT04ATk9OX0FVVEhPUklUQVRJVkVfSU5GT1JNQVRJT04ASFBFX0lOVkFMSURfVkVSU0lPTgBIUEVfQ0JfTUVTU0FHRV9CRUdJTgBTSVRFX0lTX0ZST1pFTgBIUEVfSU5WQUxJRF9IRUFERVJfVE9LRU4ASU5WQUxJRF9UT0tFTgBGT1JCSURERU4ARU5IQU5DRV9ZT1VSX0NBTE0ASFBFX0lOVkFMSURfVVJMAEJMT0NLRURfQllfUEFSRU5UQUxfQ09OVFJPTABNS0NPTABBQ0wASFBFX0lOVEVSTkFMAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0VfVU5PRkZJQ0lBTABIUEVfT0sAVU5MSU5LAFVOTE9DSwBQUkkAUkVUUllfV0lUSABIUEVfSU5WQUxJRF9DT05URU5UX0xFTkdUSABIUEVfVU5FWFBFQ1RFRF9DT05URU5UX0xFTkdUSABGTFVTSABQUk9QUEFUQ0gATS1TRUFSQ0gAVVJJX1RPT19MT05HAFBST0NFU1NJTkcATUlTQ0VMTEFORU9VU19QRVJTSVNURU5UX1dBUk5JTkcATUlTQ0VMTEFORU9VU19XQVJOSU5HAEhQRV9JTlZBTElEX1RSQU5TRkVSX0VOQ09ESU5HAEV4cGVjdGVkIENSTEYASFBFX0lOVkFMSURfQ0hVTktfU0laRQBNT1ZFAENPTlRJTlVFAEhQRV9DQl9TVEFUVVNfQ09NUExFVEUASFBFX0NCX0hFQURFUlNfQ09NUExFVEUASFBFX0NCX1ZFUlNJT05fQ09NUExFVEUASFBFX0NCX1VSTF9DT01QTEVURQBIUEVfQ0JfQ0hVTktfQ09NUExFVEUASFBFX0NCX0hFQURFUl9WQUxVRV9DT01QTEVURQBIUEVfQ0JfQ0hVTktfRVhURU5TSU9OX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fTkFNRV9DT01QTEVURQBIUEVfQ0JfTUVTU0FHRV9DT01QTEVURQBIUEVfQ0JfTUVUSE9EX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJfRklFTERfQ09NUExFVEUAREVMRVRFAEhQRV9JTlZBTElEX0VPRl9TVEFURQBJTlZBTElEX1NTTF9DRVJUSUZJQ0FURQBQQVVTRQBOT19SRVNQT05TRQBVTlNVUFBPUlRFRF9NRURJQV9UWVBFAEdPTkUATk9UX0FDQ0VQVEFCTEUAU0VSVklDRV9VTkFWQUlMQUJMRQBSQU5HRV9OT1RfU0FUSVNGSUFCTEUAT1JJR0lOX0lTX1VOUkVBQ0hBQkxFAFJFU1BPTlNFX0lTX1NUQUxFAFBVUkdFAE1FUkdFAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0UAUkVRVUVTVF9IRUFERVJfVE9PX0xBUkdFAFBBWUxPQURfVE9PX0xBUkdFAElOU1VGRklDSUVOVF9TVE9SQUdFAEhQRV9QQVVTRURfVVBHUkFERQBIUEVfUEFVU0VEX0gyX1VQR1JBREUAU09VUkNFAEFOTk9VTkNFAFRSQUNFAEhQRV9VTkVYUEVDVEVEX1NQQUNFAERFU0NSSUJFAFVOU1VCU0NSSUJFAFJFQ09SRABIUEVfSU5WQUxJRF9NRVRIT0QATk9UX0ZPVU5EAFBST1BGSU5EAFVOQklORABSRUJJTkQAVU5BVVRIT1JJWkVEAE1FVEhPRF9OT1RfQUxMT1dFRABIVFRQX1ZFUlNJT05fTk9UX1NVUFBPUlRFRABBTFJFQURZX1JFUE9SVEVEAEFDQ0VQVEVEAE5PVF9JTVBMRU1FTlRFRABMT09QX0RFVEVDVEVEAEhQRV9DUl9FWFBFQ1RFRABIUEVfTEZfRVhQRUNURUQAQ1JFQVRFRABJTV9VU0VEAEhQRV9QQVVTRUQAVElNRU9VVF9PQ0NVUkVEAFBBWU1FTlRfUkVRVUlSRUQAUFJFQ09ORElUSU9OX1JFUVVJUkVEAFBST1hZX0FVVEhFTlRJQ0FUSU9OX1JFUVVJUkVEAE5FVFdPUktfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATEVOR1RIX1JFUVVJUkVEAFNTTF9DRVJUSUZJQ0FURV9SRVFVSVJFRABVUEdSQURFX1JFUVVJUkVEAFBBR0VfRVhQSVJFRABQUkVDT05ESVRJT05fRkFJTEVEAEVYUEVDVEFUSU9OX0ZBSUxFRABSRVZBTElEQVRJT05fRkFJTEVEAFNTTF9IQU5EU0hBS0VfRkFJTEVEAExPQ0tFRABUUkFOU0ZPUk1BVElPTl9BUFBMSUVEAE5PVF9NT0RJRklFRABOT1RfRVhURU5ERUQAQkFORFdJRFRIX0xJTUlUX0VYQ0VFREVEAFNJVEVfSVNfT1ZFUkxPQURFRABIRUFEAEV4cGVjdGVkIEhUVFAvAABeEwAAJhMAADAQAADwFwAAnRMAABUSAAA5FwAA8BIAAAoQAAB1EgAArRIAAIITAABPFAAAfxAAAKAVAAAjFAAAiRIAAIsUAABNFQAA1BEAAM8UAAAQGAAAyRYAANwWAADBEQAA4BcAALsUAAB0FAAAfBUAAOUUAAAIFwAAHxAAAGUVAACjFAAAKBUAAAIVAACZFQAALBAAAIsZAABPDwAA1A4AAGoQAADOEAAAAhcAAIkOAABuEwAAHBMAAGYUAABWFwAAwRMAAM0TAABsEwAAaBcAAGYXAABfFwAAIhMAAM4PAABpDgAA2A4AAGMWAADLEwAAqg4AACgXAAAmFwAAxRMAAF0WAADoEQAAZxMAAGUTAADyFgAAcxMAAB0XAAD5FgAA8xEAAM8OAADOFQAADBIAALMRAAClEQAAYRAAADIXAAC7EwBB+TULAQEAQZA2C+ABAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQf03CwEBAEGROAteAgMCAgICAgAAAgIAAgIAAgICAgICAgICAgAEAAAAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAgICAAIAAgBB/TkLAQEAQZE6C14CAAICAgICAAACAgACAgACAgICAgICAgICAAMABAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEHwOwsNbG9zZWVlcC1hbGl2ZQBBiTwLAQEAQaA8C+ABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQYk+CwEBAEGgPgvnAQEBAQEBAQEBAQEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBY2h1bmtlZABBsMAAC18BAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBBkMIACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQcDCAAstcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQoNClNNDQoNClRUUC9DRS9UU1AvAEH5wgALBQECAAEDAEGQwwAL4AEEAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cQACwUBAgABAwBBkMUAC+ABBAEBBQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQfnGAAsEAQAAAQBBkccAC98BAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+sgACwQBAAACAEGQyQALXwMEAAAEBAQEBAQEBAQEBAUEBAQEBAQEBAQEBAQABAAGBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEAEH6ygALBAEAAAEAQZDLAAsBAQBBqssAC0ECAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB+swACwQBAAABAEGQzQALAQEAQZrNAAsGAgAAAAACAEGxzQALOgMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQfDOAAuWAU5PVU5DRUVDS09VVE5FQ1RFVEVDUklCRUxVU0hFVEVBRFNFQVJDSFJHRUNUSVZJVFlMRU5EQVJWRU9USUZZUFRJT05TQ0hTRUFZU1RBVENIR0VPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFSFRUUC9BRFRQLw==", "base64");
  }
});

// unused-undici-module:lib/web/fetch/body.js
var require_body = __commonJS({
  "unused-undici-module:lib/web/fetch/body.js"(exports, module) {
    var unused = () => {
      throw new Error("undici lib/web/fetch/body.js: FormData bodies are not bundled (the transport sends JSON text)");
    };
    module.exports = new Proxy(unused, { get: unused });
  }
});

// node_modules/undici/lib/dispatcher/client-h1.js
var require_client_h1 = __commonJS({
  "node_modules/undici/lib/dispatcher/client-h1.js"(exports, module) {
    "use strict";
    var assert = require_node_assert();
    var util = require_util();
    var { channels } = require_diagnostics();
    var timers = require_timers();
    var {
      RequestContentLengthMismatchError,
      ResponseContentLengthMismatchError,
      RequestAbortedError,
      InvalidArgumentError,
      HeadersTimeoutError,
      HeadersOverflowError,
      SocketError,
      InformationalError,
      BodyTimeoutError,
      HTTPParserError,
      ResponseExceededMaxSizeError
    } = require_errors();
    var {
      kUrl,
      kReset,
      kClient,
      kParser,
      kBlocking,
      kRunning,
      kPending,
      kSize,
      kWriting,
      kQueue,
      kNoRef,
      kKeepAliveDefaultTimeout,
      kHostHeader,
      kPendingIdx,
      kRunningIdx,
      kError,
      kPipelining,
      kSocket,
      kKeepAliveTimeoutValue,
      kMaxHeadersSize,
      kKeepAliveMaxTimeout,
      kKeepAliveTimeoutThreshold,
      kHeadersTimeout,
      kBodyTimeout,
      kStrictContentLength,
      kMaxRequests,
      kCounter,
      kMaxResponseSize,
      kOnError,
      kResume,
      kHTTPContext
    } = require_symbols();
    var constants = require_constants2();
    var EMPTY_BUF = Buffer.alloc(0);
    var FastBuffer = Buffer[Symbol.species];
    var addListener = util.addListener;
    var removeAllListeners = util.removeAllListeners;
    var kIdleSocketValidation = /* @__PURE__ */ Symbol("kIdleSocketValidation");
    var kIdleSocketValidationTimeout = /* @__PURE__ */ Symbol("kIdleSocketValidationTimeout");
    var kSocketUsed = /* @__PURE__ */ Symbol("kSocketUsed");
    var extractBody;
    async function lazyllhttp() {
      const llhttpWasmData = process.env.JEST_WORKER_ID ? require_llhttp_wasm() : void 0;
      let mod;
      try {
        mod = await WebAssembly.compile(require_llhttp_simd_wasm());
      } catch (e) {
        mod = await WebAssembly.compile(llhttpWasmData || require_llhttp_wasm());
      }
      return await WebAssembly.instantiate(mod, {
        env: {
          /* eslint-disable camelcase */
          wasm_on_url: (p, at, len) => {
            return 0;
          },
          wasm_on_status: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onStatus(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_message_begin: (p) => {
            assert(currentParser.ptr === p);
            return currentParser.onMessageBegin() || 0;
          },
          wasm_on_header_field: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderField(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_header_value: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onHeaderValue(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_headers_complete: (p, statusCode, upgrade, shouldKeepAlive) => {
            assert(currentParser.ptr === p);
            return currentParser.onHeadersComplete(statusCode, Boolean(upgrade), Boolean(shouldKeepAlive)) || 0;
          },
          wasm_on_body: (p, at, len) => {
            assert(currentParser.ptr === p);
            const start = at - currentBufferPtr + currentBufferRef.byteOffset;
            return currentParser.onBody(new FastBuffer(currentBufferRef.buffer, start, len)) || 0;
          },
          wasm_on_message_complete: (p) => {
            assert(currentParser.ptr === p);
            return currentParser.onMessageComplete() || 0;
          }
          /* eslint-enable camelcase */
        }
      });
    }
    var llhttpInstance = null;
    var llhttpPromise = lazyllhttp();
    llhttpPromise.catch();
    var currentParser = null;
    var currentBufferRef = null;
    var currentBufferSize = 0;
    var currentBufferPtr = null;
    var USE_NATIVE_TIMER = 0;
    var USE_FAST_TIMER = 1;
    var TIMEOUT_HEADERS = 2 | USE_FAST_TIMER;
    var TIMEOUT_BODY = 4 | USE_FAST_TIMER;
    var TIMEOUT_KEEP_ALIVE = 8 | USE_NATIVE_TIMER;
    var Parser = class {
      constructor(client, socket, { exports: exports2 }) {
        assert(Number.isFinite(client[kMaxHeadersSize]) && client[kMaxHeadersSize] > 0);
        this.llhttp = exports2;
        this.ptr = this.llhttp.llhttp_alloc(constants.TYPE.RESPONSE);
        this.client = client;
        this.socket = socket;
        this.timeout = null;
        this.timeoutValue = null;
        this.timeoutType = null;
        this.statusCode = null;
        this.statusText = "";
        this.upgrade = false;
        this.headers = [];
        this.headersSize = 0;
        this.headersMaxSize = client[kMaxHeadersSize];
        this.shouldKeepAlive = false;
        this.paused = false;
        this.resume = this.resume.bind(this);
        this.bytesRead = 0;
        this.keepAlive = "";
        this.contentLength = "";
        this.connection = "";
        this.maxResponseSize = client[kMaxResponseSize];
      }
      setTimeout(delay, type) {
        if (delay !== this.timeoutValue || type & USE_FAST_TIMER ^ this.timeoutType & USE_FAST_TIMER) {
          if (this.timeout) {
            timers.clearTimeout(this.timeout);
            this.timeout = null;
          }
          if (delay) {
            if (type & USE_FAST_TIMER) {
              this.timeout = timers.setFastTimeout(onParserTimeout, delay, new WeakRef(this));
            } else {
              this.timeout = setTimeout(onParserTimeout, delay, new WeakRef(this));
              this.timeout.unref();
            }
          }
          this.timeoutValue = delay;
        } else if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        this.timeoutType = type;
      }
      resume() {
        if (this.socket.destroyed || !this.paused) {
          return;
        }
        assert(this.ptr != null);
        assert(currentParser == null);
        this.llhttp.llhttp_resume(this.ptr);
        assert(this.timeoutType === TIMEOUT_BODY);
        if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        this.paused = false;
        this.execute(this.socket.read() || EMPTY_BUF);
        this.readMore();
      }
      readMore() {
        while (!this.paused && this.ptr) {
          const chunk = this.socket.read();
          if (chunk === null) {
            break;
          }
          this.execute(chunk);
        }
      }
      execute(data) {
        assert(this.ptr != null);
        assert(currentParser == null);
        assert(!this.paused);
        const { socket, llhttp } = this;
        if (data.length > currentBufferSize) {
          if (currentBufferPtr) {
            llhttp.free(currentBufferPtr);
          }
          currentBufferSize = Math.ceil(data.length / 4096) * 4096;
          currentBufferPtr = llhttp.malloc(currentBufferSize);
        }
        new Uint8Array(llhttp.memory.buffer, currentBufferPtr, currentBufferSize).set(data);
        try {
          let ret;
          try {
            currentBufferRef = data;
            currentParser = this;
            ret = llhttp.llhttp_execute(this.ptr, currentBufferPtr, data.length);
          } catch (err) {
            throw err;
          } finally {
            currentParser = null;
            currentBufferRef = null;
          }
          const offset = llhttp.llhttp_get_error_pos(this.ptr) - currentBufferPtr;
          if (ret !== constants.ERROR.OK) {
            const body = data.subarray(offset);
            if (ret === constants.ERROR.PAUSED_UPGRADE) {
              this.onUpgrade(body);
            } else if (ret === constants.ERROR.PAUSED) {
              this.paused = true;
              socket.unshift(body);
            } else {
              throw this.createError(ret, body);
            }
          }
        } catch (err) {
          util.destroy(socket, err);
        }
      }
      finish() {
        assert(currentParser === null);
        assert(this.ptr != null);
        assert(!this.paused);
        const { llhttp } = this;
        let ret;
        try {
          currentParser = this;
          ret = llhttp.llhttp_finish(this.ptr);
        } finally {
          currentParser = null;
        }
        if (ret === constants.ERROR.OK) {
          return null;
        }
        if (ret === constants.ERROR.PAUSED || ret === constants.ERROR.PAUSED_UPGRADE) {
          this.paused = true;
          return null;
        }
        return this.createError(ret, EMPTY_BUF);
      }
      createError(ret, data) {
        const { llhttp, contentLength, bytesRead } = this;
        if (contentLength && bytesRead !== parseInt(contentLength, 10)) {
          return new ResponseContentLengthMismatchError();
        }
        const ptr = llhttp.llhttp_get_error_reason(this.ptr);
        let message = "";
        if (ptr) {
          const len = new Uint8Array(llhttp.memory.buffer, ptr).indexOf(0);
          message = "Response does not match the HTTP/1.1 protocol (" + Buffer.from(llhttp.memory.buffer, ptr, len).toString() + ")";
        }
        return new HTTPParserError(message, constants.ERROR[ret], data);
      }
      destroy() {
        assert(this.ptr != null);
        assert(currentParser == null);
        this.llhttp.llhttp_free(this.ptr);
        this.ptr = null;
        this.timeout && timers.clearTimeout(this.timeout);
        this.timeout = null;
        this.timeoutValue = null;
        this.timeoutType = null;
        this.paused = false;
      }
      onStatus(buf) {
        this.statusText = buf.toString();
      }
      onMessageBegin() {
        const { socket, client } = this;
        if (socket.destroyed) {
          return -1;
        }
        if (client[kRunning] === 0) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) {
          return -1;
        }
        request.onResponseStarted();
      }
      onHeaderField(buf) {
        const len = this.headers.length;
        if ((len & 1) === 0) {
          this.headers.push(buf);
        } else {
          this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
        }
        this.trackHeader(buf.length);
      }
      onHeaderValue(buf) {
        let len = this.headers.length;
        if ((len & 1) === 1) {
          this.headers.push(buf);
          len += 1;
        } else {
          this.headers[len - 1] = Buffer.concat([this.headers[len - 1], buf]);
        }
        const key = this.headers[len - 2];
        if (key.length === 10) {
          const headerName = util.bufferToLowerCasedHeaderName(key);
          if (headerName === "keep-alive") {
            this.keepAlive += buf.toString();
          } else if (headerName === "connection") {
            this.connection += buf.toString();
          }
        } else if (key.length === 14 && util.bufferToLowerCasedHeaderName(key) === "content-length") {
          this.contentLength += buf.toString();
        }
        this.trackHeader(buf.length);
      }
      trackHeader(len) {
        this.headersSize += len;
        if (this.headersSize >= this.headersMaxSize) {
          util.destroy(this.socket, new HeadersOverflowError());
        }
      }
      onUpgrade(head) {
        const { upgrade, client, socket, headers, statusCode, statusText } = this;
        assert(upgrade);
        assert(client[kSocket] === socket);
        assert(!socket.destroyed);
        assert(!this.paused);
        assert((headers.length & 1) === 0);
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(request.upgrade || request.method === "CONNECT");
        this.statusCode = null;
        this.statusText = "";
        this.shouldKeepAlive = null;
        this.headers = [];
        this.headersSize = 0;
        socket.unshift(head);
        socket[kParser].destroy();
        socket[kParser] = null;
        socket[kClient] = null;
        socket[kError] = null;
        removeAllListeners(socket);
        client[kSocket] = null;
        client[kHTTPContext] = null;
        client[kQueue][client[kRunningIdx]++] = null;
        client.emit("disconnect", client[kUrl], [client], new InformationalError("upgrade"));
        try {
          request.onUpgrade(statusCode, headers, socket, statusText);
        } catch (error) {
          util.errorRequest(client, request, error);
          util.destroy(socket, error);
        }
        client[kResume]();
      }
      onHeadersComplete(statusCode, upgrade, shouldKeepAlive) {
        const { client, socket, headers, statusText } = this;
        if (socket.destroyed) {
          return -1;
        }
        if (client[kRunning] === 0) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        if (!request) {
          return -1;
        }
        assert(!this.upgrade);
        assert(this.statusCode < 200);
        if (statusCode === 100) {
          util.destroy(socket, new SocketError("bad response", util.getSocketInfo(socket)));
          return -1;
        }
        if (upgrade && !request.upgrade) {
          util.destroy(socket, new SocketError("bad upgrade", util.getSocketInfo(socket)));
          return -1;
        }
        assert(this.timeoutType === TIMEOUT_HEADERS);
        this.statusCode = statusCode;
        this.shouldKeepAlive = shouldKeepAlive || // Override llhttp value which does not allow keepAlive for HEAD.
        request.method === "HEAD" && !socket[kReset] && this.connection.toLowerCase() === "keep-alive";
        if (this.statusCode >= 200) {
          const bodyTimeout = request.bodyTimeout != null ? request.bodyTimeout : client[kBodyTimeout];
          this.setTimeout(bodyTimeout, TIMEOUT_BODY);
        } else if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        if (request.method === "CONNECT") {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        if (upgrade) {
          assert(client[kRunning] === 1);
          this.upgrade = true;
          return 2;
        }
        assert((this.headers.length & 1) === 0);
        this.headers = [];
        this.headersSize = 0;
        if (this.shouldKeepAlive && client[kPipelining]) {
          const keepAliveTimeout = this.keepAlive ? util.parseKeepAliveTimeout(this.keepAlive) : null;
          if (keepAliveTimeout != null) {
            const timeout = Math.min(
              keepAliveTimeout - client[kKeepAliveTimeoutThreshold],
              client[kKeepAliveMaxTimeout]
            );
            if (timeout <= 0) {
              socket[kReset] = true;
            } else {
              client[kKeepAliveTimeoutValue] = timeout;
            }
          } else {
            client[kKeepAliveTimeoutValue] = client[kKeepAliveDefaultTimeout];
          }
        } else {
          socket[kReset] = true;
        }
        const pause = request.onHeaders(statusCode, headers, this.resume, statusText) === false;
        if (request.aborted) {
          return -1;
        }
        if (request.method === "HEAD") {
          return 1;
        }
        if (statusCode < 200) {
          return 1;
        }
        if (socket[kBlocking]) {
          socket[kBlocking] = false;
          client[kResume]();
        }
        return pause ? constants.ERROR.PAUSED : 0;
      }
      onBody(buf) {
        const { client, socket, statusCode, maxResponseSize } = this;
        if (socket.destroyed) {
          return -1;
        }
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        assert(this.timeoutType === TIMEOUT_BODY);
        if (this.timeout) {
          if (this.timeout.refresh) {
            this.timeout.refresh();
          }
        }
        assert(statusCode >= 200);
        if (maxResponseSize > -1 && this.bytesRead + buf.length > maxResponseSize) {
          util.destroy(socket, new ResponseExceededMaxSizeError());
          return -1;
        }
        this.bytesRead += buf.length;
        if (request.onData(buf) === false) {
          return constants.ERROR.PAUSED;
        }
      }
      onMessageComplete() {
        const { client, socket, statusCode, upgrade, headers, contentLength, bytesRead, shouldKeepAlive } = this;
        if (socket.destroyed && (!statusCode || shouldKeepAlive)) {
          return -1;
        }
        if (upgrade) {
          return;
        }
        assert(statusCode >= 100);
        assert((this.headers.length & 1) === 0);
        const request = client[kQueue][client[kRunningIdx]];
        assert(request);
        this.statusCode = null;
        this.statusText = "";
        this.bytesRead = 0;
        this.contentLength = "";
        this.keepAlive = "";
        this.connection = "";
        this.headers = [];
        this.headersSize = 0;
        if (statusCode < 200) {
          return;
        }
        if (request.method !== "HEAD" && contentLength && bytesRead !== parseInt(contentLength, 10)) {
          util.destroy(socket, new ResponseContentLengthMismatchError());
          return -1;
        }
        request.onComplete(headers);
        client[kQueue][client[kRunningIdx]++] = null;
        socket[kSocketUsed] = true;
        if (socket[kWriting]) {
          assert(client[kRunning] === 0);
          util.destroy(socket, new InformationalError("reset"));
          return constants.ERROR.PAUSED;
        } else if (!shouldKeepAlive) {
          util.destroy(socket, new InformationalError("reset"));
          return constants.ERROR.PAUSED;
        } else if (socket[kReset] && client[kRunning] === 0) {
          util.destroy(socket, new InformationalError("reset"));
          return constants.ERROR.PAUSED;
        } else if (client[kPipelining] == null || client[kPipelining] === 1) {
          setImmediate(() => client[kResume]());
        } else {
          client[kResume]();
        }
      }
    };
    function onParserTimeout(parser) {
      const { socket, timeoutType, client, paused } = parser.deref();
      if (timeoutType === TIMEOUT_HEADERS) {
        if (!socket[kWriting] || socket.writableNeedDrain || client[kRunning] > 1) {
          assert(!paused, "cannot be paused while waiting for headers");
          util.destroy(socket, new HeadersTimeoutError());
        }
      } else if (timeoutType === TIMEOUT_BODY) {
        if (!paused) {
          util.destroy(socket, new BodyTimeoutError());
        }
      } else if (timeoutType === TIMEOUT_KEEP_ALIVE) {
        assert(client[kRunning] === 0 && client[kKeepAliveTimeoutValue]);
        util.destroy(socket, new InformationalError("socket idle timeout"));
      }
    }
    async function connectH1(client, socket) {
      client[kSocket] = socket;
      if (!llhttpInstance) {
        llhttpInstance = await llhttpPromise;
        llhttpPromise = null;
      }
      socket[kNoRef] = false;
      socket[kWriting] = false;
      socket[kReset] = false;
      socket[kBlocking] = false;
      socket[kIdleSocketValidation] = 0;
      socket[kIdleSocketValidationTimeout] = null;
      socket[kSocketUsed] = false;
      socket[kParser] = new Parser(client, socket, llhttpInstance);
      addListener(socket, "error", function(err) {
        const parser = this[kParser];
        if (err.code === "ECONNRESET" && parser.statusCode && !parser.shouldKeepAlive) {
          const parserErr = parser.finish();
          if (parserErr) {
            this[kError] = parserErr;
            this[kClient][kOnError](parserErr);
          }
          return;
        }
        this[kError] = err;
        this[kClient][kOnError](err);
      });
      addListener(socket, "readable", function() {
        const parser = this[kParser];
        if (parser) {
          parser.readMore();
        }
      });
      addListener(socket, "end", function() {
        const parser = this[kParser];
        if (parser.statusCode && !parser.shouldKeepAlive) {
          const parserErr = parser.finish();
          if (parserErr) {
            util.destroy(this, parserErr);
          }
          return;
        }
        util.destroy(this, new SocketError("other side closed", util.getSocketInfo(this)));
      });
      addListener(socket, "close", function() {
        const client2 = this[kClient];
        const parser = this[kParser];
        clearIdleSocketValidation(this);
        if (parser) {
          if (!this[kError] && parser.statusCode && !parser.shouldKeepAlive) {
            this[kError] = parser.finish() || this[kError];
          }
          this[kParser].destroy();
          this[kParser] = null;
        }
        const err = this[kError] || new SocketError("closed", util.getSocketInfo(this));
        client2[kSocket] = null;
        client2[kHTTPContext] = null;
        if (client2.destroyed) {
          assert(client2[kPending] === 0);
          const requests = client2[kQueue].splice(client2[kRunningIdx]);
          for (let i = 0; i < requests.length; i++) {
            const request = requests[i];
            util.errorRequest(client2, request, err);
          }
        } else if (client2[kRunning] > 0 && err.code !== "UND_ERR_INFO") {
          const request = client2[kQueue][client2[kRunningIdx]];
          client2[kQueue][client2[kRunningIdx]++] = null;
          util.errorRequest(client2, request, err);
        }
        client2[kPendingIdx] = client2[kRunningIdx];
        assert(client2[kRunning] === 0);
        client2.emit("disconnect", client2[kUrl], [client2], err);
        client2[kResume]();
      });
      let closed = false;
      socket.on("close", () => {
        closed = true;
      });
      return {
        version: "h1",
        defaultPipelining: 1,
        write(...args) {
          return writeH1(client, ...args);
        },
        resume() {
          resumeH1(client);
        },
        destroy(err, callback) {
          if (closed) {
            queueMicrotask(callback);
          } else {
            socket.destroy(err).on("close", callback);
          }
        },
        get destroyed() {
          return socket.destroyed;
        },
        busy(request) {
          if (socket[kWriting] || socket[kReset] || socket[kBlocking] || socket[kIdleSocketValidation] === 1) {
            return true;
          }
          if (request) {
            if (client[kRunning] > 0 && !request.idempotent) {
              return true;
            }
            if (client[kRunning] > 0 && (request.upgrade || request.method === "CONNECT")) {
              return true;
            }
            if (client[kRunning] > 0 && util.bodyLength(request.body) !== 0 && (util.isStream(request.body) || util.isAsyncIterable(request.body) || util.isFormDataLike(request.body))) {
              return true;
            }
          }
          return false;
        }
      };
    }
    function clearIdleSocketValidation(socket) {
      if (socket[kIdleSocketValidationTimeout]) {
        clearImmediate(socket[kIdleSocketValidationTimeout]);
        socket[kIdleSocketValidationTimeout] = null;
      }
      socket[kIdleSocketValidation] = 0;
    }
    function scheduleIdleSocketValidation(client, socket) {
      socket[kIdleSocketValidation] = 1;
      socket[kIdleSocketValidationTimeout] = setImmediate(() => {
        socket[kIdleSocketValidationTimeout] = null;
        socket[kIdleSocketValidation] = 2;
        if (client[kSocket] === socket && !socket.destroyed) {
          client[kResume]();
        }
      });
    }
    function resumeH1(client) {
      const socket = client[kSocket];
      if (socket && !socket.destroyed) {
        if (client[kSize] === 0) {
          if (!socket[kNoRef] && socket.unref) {
            socket.unref();
            socket[kNoRef] = true;
          }
        } else if (socket[kNoRef] && socket.ref) {
          socket.ref();
          socket[kNoRef] = false;
        }
        if (client[kRunning] === 0 && client[kPending] > 0 && socket[kSocketUsed]) {
          if (socket[kIdleSocketValidation] === 0) {
            scheduleIdleSocketValidation(client, socket);
            socket[kParser].readMore();
            if (socket.destroyed) {
              return;
            }
            return;
          }
          if (socket[kIdleSocketValidation] === 1) {
            socket[kParser].readMore();
            if (socket.destroyed) {
              return;
            }
            return;
          }
        }
        if (client[kRunning] === 0) {
          socket[kParser].readMore();
          if (socket.destroyed) {
            return;
          }
        }
        if (client[kSize] === 0) {
          if (socket[kParser].timeoutType !== TIMEOUT_KEEP_ALIVE) {
            socket[kParser].setTimeout(client[kKeepAliveTimeoutValue], TIMEOUT_KEEP_ALIVE);
          }
        } else if (client[kRunning] > 0 && socket[kParser].statusCode < 200) {
          if (socket[kParser].timeoutType !== TIMEOUT_HEADERS) {
            const request = client[kQueue][client[kRunningIdx]];
            const headersTimeout = request.headersTimeout != null ? request.headersTimeout : client[kHeadersTimeout];
            socket[kParser].setTimeout(headersTimeout, TIMEOUT_HEADERS);
          }
        }
      }
    }
    function shouldSendContentLength(method) {
      return method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && method !== "TRACE" && method !== "CONNECT";
    }
    function writeH1(client, request) {
      const { method, path, host, upgrade, blocking, reset } = request;
      let { body, headers, contentLength } = request;
      const expectsPayload = method === "PUT" || method === "POST" || method === "PATCH" || method === "QUERY" || method === "PROPFIND" || method === "PROPPATCH";
      if (util.isFormDataLike(body)) {
        if (!extractBody) {
          extractBody = require_body().extractBody;
        }
        const [bodyStream, contentType] = extractBody(body);
        if (request.contentType == null) {
          headers.push("content-type", contentType);
        }
        body = bodyStream.stream;
        contentLength = bodyStream.length;
      } else if (util.isBlobLike(body) && request.contentType == null) {
        const contentType = body.type;
        if (contentType) {
          const contentTypeValue = `${contentType}`;
          if (!util.isValidHeaderValue(contentTypeValue)) {
            util.errorRequest(client, request, new InvalidArgumentError("invalid content-type header"));
            return false;
          }
          headers.push("content-type", contentTypeValue);
        }
      }
      if (body && typeof body.read === "function") {
        body.read(0);
      }
      const bodyLength = util.bodyLength(body);
      contentLength = bodyLength ?? contentLength;
      if (contentLength === null) {
        contentLength = request.contentLength;
      }
      if (contentLength === 0 && !expectsPayload) {
        contentLength = null;
      }
      if (shouldSendContentLength(method) && contentLength > 0 && request.contentLength !== null && request.contentLength !== contentLength) {
        if (client[kStrictContentLength]) {
          util.errorRequest(client, request, new RequestContentLengthMismatchError());
          return false;
        }
        process.emitWarning(new RequestContentLengthMismatchError());
      }
      const socket = client[kSocket];
      clearIdleSocketValidation(socket);
      const abort = (error) => {
        if (request.aborted) {
          return;
        }
        if (request.completed) {
          if (request.upgrade || request.method === "CONNECT") {
            util.destroy(socket, new InformationalError("aborted"));
          }
          return;
        }
        util.errorRequest(client, request, error || new RequestAbortedError());
        util.destroy(body);
        util.destroy(socket, new InformationalError("aborted"));
      };
      try {
        request.onConnect(abort);
      } catch (err) {
        util.errorRequest(client, request, err);
      }
      if (request.aborted) {
        return false;
      }
      if (method === "HEAD") {
        socket[kReset] = true;
      }
      if (upgrade || method === "CONNECT") {
        socket[kReset] = true;
      }
      if (reset != null) {
        socket[kReset] = reset;
      }
      if (client[kMaxRequests] && socket[kCounter]++ >= client[kMaxRequests]) {
        socket[kReset] = true;
      }
      if (blocking) {
        socket[kBlocking] = true;
      }
      let header = `${method} ${path} HTTP/1.1\r
`;
      if (typeof host === "string") {
        header += `host: ${host}\r
`;
      } else {
        header += client[kHostHeader];
      }
      if (upgrade) {
        header += `connection: upgrade\r
upgrade: ${upgrade}\r
`;
      } else if (client[kPipelining] && !socket[kReset]) {
        header += "connection: keep-alive\r\n";
      } else {
        header += "connection: close\r\n";
      }
      if (Array.isArray(headers)) {
        for (let n = 0; n < headers.length; n += 2) {
          const key = headers[n + 0];
          const val = headers[n + 1];
          if (Array.isArray(val)) {
            for (let i = 0; i < val.length; i++) {
              header += `${key}: ${val[i]}\r
`;
            }
          } else {
            header += `${key}: ${val}\r
`;
          }
        }
      }
      if (channels.sendHeaders.hasSubscribers) {
        channels.sendHeaders.publish({ request, headers: header, socket });
      }
      if (!body || bodyLength === 0) {
        writeBuffer(abort, null, client, request, socket, contentLength, header, expectsPayload);
      } else if (util.isBuffer(body)) {
        writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload);
      } else if (util.isBlobLike(body)) {
        if (typeof body.stream === "function") {
          writeIterable(abort, body.stream(), client, request, socket, contentLength, header, expectsPayload);
        } else {
          writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload);
        }
      } else if (util.isStream(body)) {
        writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload);
      } else if (util.isIterable(body)) {
        writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload);
      } else {
        assert(false);
      }
      return true;
    }
    function writeStream(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "stream body cannot be pipelined");
      let finished = false;
      const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });
      const onData = function(chunk) {
        if (finished) {
          return;
        }
        try {
          if (!writer.write(chunk) && this.pause) {
            this.pause();
          }
        } catch (err) {
          util.destroy(this, err);
        }
      };
      const onDrain = function() {
        if (finished) {
          return;
        }
        if (body.resume) {
          body.resume();
        }
      };
      const onClose = function() {
        queueMicrotask(() => {
          body.removeListener("error", onFinished);
        });
        if (!finished) {
          const err = new RequestAbortedError();
          queueMicrotask(() => onFinished(err));
        }
      };
      const onFinished = function(err) {
        if (finished) {
          return;
        }
        finished = true;
        assert(socket.destroyed || socket[kWriting] && client[kRunning] <= 1);
        socket.off("drain", onDrain).off("error", onFinished);
        body.removeListener("data", onData).removeListener("end", onFinished).removeListener("close", onClose);
        if (!err) {
          try {
            writer.end();
          } catch (er) {
            err = er;
          }
        }
        writer.destroy(err);
        if (err && (err.code !== "UND_ERR_INFO" || err.message !== "reset")) {
          util.destroy(body, err);
        } else {
          util.destroy(body);
        }
      };
      body.on("data", onData).on("end", onFinished).on("error", onFinished).on("close", onClose);
      if (body.resume) {
        body.resume();
      }
      socket.on("drain", onDrain).on("error", onFinished);
      if (body.errorEmitted ?? body.errored) {
        setImmediate(() => onFinished(body.errored));
      } else if (body.endEmitted ?? body.readableEnded) {
        setImmediate(() => onFinished(null));
      }
      if (body.closeEmitted ?? body.closed) {
        setImmediate(onClose);
      }
    }
    function writeBuffer(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      try {
        if (!body) {
          if (contentLength === 0) {
            socket.write(`${header}content-length: 0\r
\r
`, "latin1");
          } else {
            assert(contentLength === null, "no body must not have content length");
            socket.write(`${header}\r
`, "latin1");
          }
        } else if (util.isBuffer(body)) {
          assert(contentLength === body.byteLength, "buffer body must have content length");
          socket.cork();
          socket.write(`${header}content-length: ${contentLength}\r
\r
`, "latin1");
          socket.write(body);
          socket.uncork();
          request.onBodySent(body);
          if (!expectsPayload && request.reset !== false) {
            socket[kReset] = true;
          }
        }
        request.onRequestSent();
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeBlob(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength === body.size, "blob body must have content length");
      try {
        if (contentLength != null && contentLength !== body.size) {
          throw new RequestContentLengthMismatchError();
        }
        const buffer = Buffer.from(await body.arrayBuffer());
        socket.cork();
        socket.write(`${header}content-length: ${contentLength}\r
\r
`, "latin1");
        socket.write(buffer);
        socket.uncork();
        request.onBodySent(buffer);
        request.onRequestSent();
        if (!expectsPayload && request.reset !== false) {
          socket[kReset] = true;
        }
        client[kResume]();
      } catch (err) {
        abort(err);
      }
    }
    async function writeIterable(abort, body, client, request, socket, contentLength, header, expectsPayload) {
      assert(contentLength !== 0 || client[kRunning] === 0, "iterator body cannot be pipelined");
      let callback = null;
      function onDrain() {
        if (callback) {
          const cb = callback;
          callback = null;
          cb();
        }
      }
      const waitForDrain = () => new Promise((resolve, reject) => {
        assert(callback === null);
        if (socket[kError]) {
          reject(socket[kError]);
        } else {
          callback = resolve;
        }
      });
      socket.on("close", onDrain).on("drain", onDrain);
      const writer = new AsyncWriter({ abort, socket, request, contentLength, client, expectsPayload, header });
      try {
        for await (const chunk of body) {
          if (socket[kError]) {
            throw socket[kError];
          }
          if (!writer.write(chunk)) {
            await waitForDrain();
          }
        }
        writer.end();
      } catch (err) {
        writer.destroy(err);
      } finally {
        socket.off("close", onDrain).off("drain", onDrain);
      }
    }
    var AsyncWriter = class {
      constructor({ abort, socket, request, contentLength, client, expectsPayload, header }) {
        this.socket = socket;
        this.request = request;
        this.contentLength = contentLength;
        this.client = client;
        this.bytesWritten = 0;
        this.expectsPayload = expectsPayload;
        this.header = header;
        this.abort = abort;
        socket[kWriting] = true;
      }
      write(chunk) {
        const { socket, request, contentLength, client, bytesWritten, expectsPayload, header } = this;
        if (socket[kError]) {
          throw socket[kError];
        }
        if (socket.destroyed) {
          return false;
        }
        const len = Buffer.byteLength(chunk);
        if (!len) {
          return true;
        }
        if (contentLength !== null && bytesWritten + len > contentLength) {
          if (client[kStrictContentLength]) {
            throw new RequestContentLengthMismatchError();
          }
          process.emitWarning(new RequestContentLengthMismatchError());
        }
        socket.cork();
        if (bytesWritten === 0) {
          if (!expectsPayload && request.reset !== false) {
            socket[kReset] = true;
          }
          if (contentLength === null) {
            socket.write(`${header}transfer-encoding: chunked\r
`, "latin1");
          } else {
            socket.write(`${header}content-length: ${contentLength}\r
\r
`, "latin1");
          }
        }
        if (contentLength === null) {
          socket.write(`\r
${len.toString(16)}\r
`, "latin1");
        }
        this.bytesWritten += len;
        const ret = socket.write(chunk);
        socket.uncork();
        request.onBodySent(chunk);
        if (!ret) {
          if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
            if (socket[kParser].timeout.refresh) {
              socket[kParser].timeout.refresh();
            }
          }
        }
        return ret;
      }
      end() {
        const { socket, contentLength, client, bytesWritten, expectsPayload, header, request } = this;
        request.onRequestSent();
        socket[kWriting] = false;
        if (socket[kError]) {
          throw socket[kError];
        }
        if (socket.destroyed) {
          return;
        }
        if (bytesWritten === 0) {
          if (expectsPayload) {
            socket.write(`${header}content-length: 0\r
\r
`, "latin1");
          } else {
            socket.write(`${header}\r
`, "latin1");
          }
        } else if (contentLength === null) {
          socket.write("\r\n0\r\n\r\n", "latin1");
        }
        if (contentLength !== null && bytesWritten !== contentLength) {
          if (client[kStrictContentLength]) {
            throw new RequestContentLengthMismatchError();
          } else {
            process.emitWarning(new RequestContentLengthMismatchError());
          }
        }
        if (socket[kParser].timeout && socket[kParser].timeoutType === TIMEOUT_HEADERS) {
          if (socket[kParser].timeout.refresh) {
            socket[kParser].timeout.refresh();
          }
        }
        client[kResume]();
      }
      destroy(err) {
        const { socket, client, abort } = this;
        socket[kWriting] = false;
        if (err) {
          assert(client[kRunning] <= 1, "pipeline should only contain this request");
          abort(err);
        }
      }
    };
    module.exports = connectH1;
  }
});

// unused-undici-module:lib/dispatcher/client-h2.js
var require_client_h2 = __commonJS({
  "unused-undici-module:lib/dispatcher/client-h2.js"(exports, module) {
    var unused = () => {
      throw new Error("undici lib/dispatcher/client-h2.js: HTTP/2 is not bundled (allowH2 is never set)");
    };
    module.exports = new Proxy(unused, { get: unused });
  }
});

// node_modules/undici/lib/handler/redirect-handler.js
var require_redirect_handler = __commonJS({
  "node_modules/undici/lib/handler/redirect-handler.js"(exports, module) {
    "use strict";
    var util = require_util();
    var { kBodyUsed } = require_symbols();
    var assert = require_node_assert();
    var { InvalidArgumentError } = require_errors();
    var EE = __require("node:events");
    var redirectableStatusCodes = [300, 301, 302, 303, 307, 308];
    var kBody = /* @__PURE__ */ Symbol("body");
    var BodyAsyncIterable = class {
      constructor(body) {
        this[kBody] = body;
        this[kBodyUsed] = false;
      }
      async *[Symbol.asyncIterator]() {
        assert(!this[kBodyUsed], "disturbed");
        this[kBodyUsed] = true;
        yield* this[kBody];
      }
    };
    var RedirectHandler = class {
      constructor(dispatch2, maxRedirections, opts, handler) {
        if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) {
          throw new InvalidArgumentError("maxRedirections must be a positive number");
        }
        util.validateHandler(handler, opts.method, opts.upgrade);
        this.dispatch = dispatch2;
        this.location = null;
        this.abort = null;
        this.opts = { ...opts, maxRedirections: 0 };
        this.maxRedirections = maxRedirections;
        this.handler = handler;
        this.history = [];
        this.redirectionLimitReached = false;
        if (util.isStream(this.opts.body)) {
          if (util.bodyLength(this.opts.body) === 0) {
            this.opts.body.on("data", function() {
              assert(false);
            });
          }
          if (typeof this.opts.body.readableDidRead !== "boolean") {
            this.opts.body[kBodyUsed] = false;
            EE.prototype.on.call(this.opts.body, "data", function() {
              this[kBodyUsed] = true;
            });
          }
        } else if (this.opts.body && typeof this.opts.body.pipeTo === "function") {
          this.opts.body = new BodyAsyncIterable(this.opts.body);
        } else if (this.opts.body && typeof this.opts.body !== "string" && !ArrayBuffer.isView(this.opts.body) && util.isIterable(this.opts.body)) {
          this.opts.body = new BodyAsyncIterable(this.opts.body);
        }
      }
      onConnect(abort) {
        this.abort = abort;
        this.handler.onConnect(abort, { history: this.history });
      }
      onUpgrade(statusCode, headers, socket) {
        this.handler.onUpgrade(statusCode, headers, socket);
      }
      onError(error) {
        this.handler.onError(error);
      }
      onHeaders(statusCode, headers, resume, statusText) {
        this.location = this.history.length >= this.maxRedirections || util.isDisturbed(this.opts.body) ? null : parseLocation(statusCode, headers);
        if (this.opts.throwOnMaxRedirect && this.history.length >= this.maxRedirections) {
          if (this.request) {
            this.request.abort(new Error("max redirects"));
          }
          this.redirectionLimitReached = true;
          this.abort(new Error("max redirects"));
          return;
        }
        if (this.opts.origin) {
          this.history.push(new URL(this.opts.path, this.opts.origin));
        }
        if (!this.location) {
          return this.handler.onHeaders(statusCode, headers, resume, statusText);
        }
        const { origin, pathname, search } = util.parseURL(new URL(this.location, this.opts.origin && new URL(this.opts.path, this.opts.origin)));
        const path = search ? `${pathname}${search}` : pathname;
        this.opts.headers = cleanRequestHeaders(this.opts.headers, statusCode === 303, this.opts.origin !== origin);
        this.opts.path = path;
        this.opts.origin = origin;
        this.opts.maxRedirections = 0;
        this.opts.query = null;
        if (statusCode === 303 && this.opts.method !== "HEAD") {
          this.opts.method = "GET";
          this.opts.body = null;
        }
      }
      onData(chunk) {
        if (this.location) {
        } else {
          return this.handler.onData(chunk);
        }
      }
      onComplete(trailers) {
        if (this.location) {
          this.location = null;
          this.abort = null;
          this.dispatch(this.opts, this);
        } else {
          this.handler.onComplete(trailers);
        }
      }
      onBodySent(chunk) {
        if (this.handler.onBodySent) {
          this.handler.onBodySent(chunk);
        }
      }
    };
    function parseLocation(statusCode, headers) {
      if (redirectableStatusCodes.indexOf(statusCode) === -1) {
        return null;
      }
      for (let i = 0; i < headers.length; i += 2) {
        if (headers[i].length === 8 && util.headerNameToString(headers[i]) === "location") {
          return headers[i + 1];
        }
      }
    }
    function shouldRemoveHeader(header, removeContent, unknownOrigin) {
      if (header.length === 4) {
        return util.headerNameToString(header) === "host";
      }
      if (removeContent && util.headerNameToString(header).startsWith("content-")) {
        return true;
      }
      if (unknownOrigin && (header.length === 13 || header.length === 6 || header.length === 19)) {
        const name = util.headerNameToString(header);
        return name === "authorization" || name === "cookie" || name === "proxy-authorization";
      }
      return false;
    }
    function cleanRequestHeaders(headers, removeContent, unknownOrigin) {
      const ret = [];
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) {
          if (!shouldRemoveHeader(headers[i], removeContent, unknownOrigin)) {
            ret.push(headers[i], headers[i + 1]);
          }
        }
      } else if (headers && typeof headers === "object") {
        for (const key of Object.keys(headers)) {
          if (!shouldRemoveHeader(key, removeContent, unknownOrigin)) {
            ret.push(key, headers[key]);
          }
        }
      } else {
        assert(headers == null, "headers must be an object or an array");
      }
      return ret;
    }
    module.exports = RedirectHandler;
  }
});

// node_modules/undici/lib/interceptor/redirect-interceptor.js
var require_redirect_interceptor = __commonJS({
  "node_modules/undici/lib/interceptor/redirect-interceptor.js"(exports, module) {
    "use strict";
    var RedirectHandler = require_redirect_handler();
    function createRedirectInterceptor({ maxRedirections: defaultMaxRedirections }) {
      return (dispatch2) => {
        return function Intercept(opts, handler) {
          const { maxRedirections = defaultMaxRedirections } = opts;
          if (!maxRedirections) {
            return dispatch2(opts, handler);
          }
          const redirectHandler = new RedirectHandler(dispatch2, maxRedirections, opts, handler);
          opts = { ...opts, maxRedirections: 0 };
          return dispatch2(opts, redirectHandler);
        };
      };
    }
    module.exports = createRedirectInterceptor;
  }
});

// node_modules/undici/lib/dispatcher/client.js
var require_client = __commonJS({
  "node_modules/undici/lib/dispatcher/client.js"(exports, module) {
    "use strict";
    var assert = require_node_assert();
    var net = __require("node:net");
    var http = __require("node:http");
    var util = require_util();
    var { channels } = require_diagnostics();
    var Request = require_request();
    var DispatcherBase = require_dispatcher_base();
    var {
      InvalidArgumentError,
      InformationalError,
      ClientDestroyedError
    } = require_errors();
    var buildConnector = require_connect();
    var {
      kUrl,
      kServerName,
      kClient,
      kBusy,
      kConnect,
      kResuming,
      kRunning,
      kPending,
      kSize,
      kQueue,
      kConnected,
      kConnecting,
      kNeedDrain,
      kKeepAliveDefaultTimeout,
      kHostHeader,
      kPendingIdx,
      kRunningIdx,
      kError,
      kPipelining,
      kKeepAliveTimeoutValue,
      kMaxHeadersSize,
      kKeepAliveMaxTimeout,
      kKeepAliveTimeoutThreshold,
      kHeadersTimeout,
      kBodyTimeout,
      kStrictContentLength,
      kConnector,
      kMaxRedirections,
      kMaxRequests,
      kCounter,
      kClose,
      kDestroy,
      kDispatch,
      kInterceptors,
      kLocalAddress,
      kMaxResponseSize,
      kOnError,
      kHTTPContext,
      kMaxConcurrentStreams,
      kResume
    } = require_symbols();
    var connectH1 = require_client_h1();
    var connectH2 = require_client_h2();
    var deprecatedInterceptorWarned = false;
    var kClosedResolve = /* @__PURE__ */ Symbol("kClosedResolve");
    var noop = () => {
    };
    function getPipelining(client) {
      return client[kPipelining] ?? client[kHTTPContext]?.defaultPipelining ?? 1;
    }
    var Client = class extends DispatcherBase {
      /**
       *
       * @param {string|URL} url
       * @param {import('../../types/client.js').Client.Options} options
       */
      constructor(url, {
        interceptors,
        maxHeaderSize,
        headersTimeout,
        socketTimeout,
        requestTimeout,
        connectTimeout,
        bodyTimeout,
        idleTimeout,
        keepAlive,
        keepAliveTimeout,
        maxKeepAliveTimeout,
        keepAliveMaxTimeout,
        keepAliveTimeoutThreshold,
        socketPath,
        pipelining,
        tls,
        strictContentLength,
        maxCachedSessions,
        maxRedirections,
        connect: connect2,
        maxRequestsPerClient,
        localAddress,
        maxResponseSize,
        autoSelectFamily,
        autoSelectFamilyAttemptTimeout,
        // h2
        maxConcurrentStreams,
        allowH2,
        webSocket,
        eventSource
      } = {}) {
        super({ webSocket, eventSource });
        if (keepAlive !== void 0) {
          throw new InvalidArgumentError("unsupported keepAlive, use pipelining=0 instead");
        }
        if (socketTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported socketTimeout, use headersTimeout & bodyTimeout instead");
        }
        if (requestTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported requestTimeout, use headersTimeout & bodyTimeout instead");
        }
        if (idleTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported idleTimeout, use keepAliveTimeout instead");
        }
        if (maxKeepAliveTimeout !== void 0) {
          throw new InvalidArgumentError("unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead");
        }
        if (maxHeaderSize != null && !Number.isFinite(maxHeaderSize)) {
          throw new InvalidArgumentError("invalid maxHeaderSize");
        }
        if (socketPath != null && typeof socketPath !== "string") {
          throw new InvalidArgumentError("invalid socketPath");
        }
        if (connectTimeout != null && (!Number.isFinite(connectTimeout) || connectTimeout < 0)) {
          throw new InvalidArgumentError("invalid connectTimeout");
        }
        if (keepAliveTimeout != null && (!Number.isFinite(keepAliveTimeout) || keepAliveTimeout <= 0)) {
          throw new InvalidArgumentError("invalid keepAliveTimeout");
        }
        if (keepAliveMaxTimeout != null && (!Number.isFinite(keepAliveMaxTimeout) || keepAliveMaxTimeout <= 0)) {
          throw new InvalidArgumentError("invalid keepAliveMaxTimeout");
        }
        if (keepAliveTimeoutThreshold != null && !Number.isFinite(keepAliveTimeoutThreshold)) {
          throw new InvalidArgumentError("invalid keepAliveTimeoutThreshold");
        }
        if (headersTimeout != null && (!Number.isInteger(headersTimeout) || headersTimeout < 0)) {
          throw new InvalidArgumentError("headersTimeout must be a positive integer or zero");
        }
        if (bodyTimeout != null && (!Number.isInteger(bodyTimeout) || bodyTimeout < 0)) {
          throw new InvalidArgumentError("bodyTimeout must be a positive integer or zero");
        }
        if (connect2 != null && typeof connect2 !== "function" && typeof connect2 !== "object") {
          throw new InvalidArgumentError("connect must be a function or an object");
        }
        if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) {
          throw new InvalidArgumentError("maxRedirections must be a positive number");
        }
        if (maxRequestsPerClient != null && (!Number.isInteger(maxRequestsPerClient) || maxRequestsPerClient < 0)) {
          throw new InvalidArgumentError("maxRequestsPerClient must be a positive number");
        }
        if (localAddress != null && (typeof localAddress !== "string" || net.isIP(localAddress) === 0)) {
          throw new InvalidArgumentError("localAddress must be valid string IP address");
        }
        if (maxResponseSize != null && (!Number.isInteger(maxResponseSize) || maxResponseSize < -1)) {
          throw new InvalidArgumentError("maxResponseSize must be a positive number");
        }
        if (autoSelectFamilyAttemptTimeout != null && (!Number.isInteger(autoSelectFamilyAttemptTimeout) || autoSelectFamilyAttemptTimeout < -1)) {
          throw new InvalidArgumentError("autoSelectFamilyAttemptTimeout must be a positive number");
        }
        if (allowH2 != null && typeof allowH2 !== "boolean") {
          throw new InvalidArgumentError("allowH2 must be a valid boolean value");
        }
        if (maxConcurrentStreams != null && (typeof maxConcurrentStreams !== "number" || maxConcurrentStreams < 1)) {
          throw new InvalidArgumentError("maxConcurrentStreams must be a positive integer, greater than 0");
        }
        if (typeof connect2 !== "function") {
          connect2 = buildConnector({
            ...tls,
            maxCachedSessions,
            allowH2,
            socketPath,
            timeout: connectTimeout,
            ...autoSelectFamily ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : void 0,
            ...connect2
          });
        }
        if (interceptors?.Client && Array.isArray(interceptors.Client)) {
          this[kInterceptors] = interceptors.Client;
          if (!deprecatedInterceptorWarned) {
            deprecatedInterceptorWarned = true;
            process.emitWarning("Client.Options#interceptor is deprecated. Use Dispatcher#compose instead.", {
              code: "UNDICI-CLIENT-INTERCEPTOR-DEPRECATED"
            });
          }
        } else {
          this[kInterceptors] = [createRedirectInterceptor({ maxRedirections })];
        }
        this[kUrl] = util.parseOrigin(url);
        this[kConnector] = connect2;
        this[kPipelining] = pipelining != null ? pipelining : 1;
        this[kMaxHeadersSize] = maxHeaderSize || http.maxHeaderSize;
        this[kKeepAliveDefaultTimeout] = keepAliveTimeout == null ? 4e3 : keepAliveTimeout;
        this[kKeepAliveMaxTimeout] = keepAliveMaxTimeout == null ? 6e5 : keepAliveMaxTimeout;
        this[kKeepAliveTimeoutThreshold] = keepAliveTimeoutThreshold == null ? 2e3 : keepAliveTimeoutThreshold;
        this[kKeepAliveTimeoutValue] = this[kKeepAliveDefaultTimeout];
        this[kServerName] = null;
        this[kLocalAddress] = localAddress != null ? localAddress : null;
        this[kResuming] = 0;
        this[kNeedDrain] = 0;
        this[kHostHeader] = `host: ${this[kUrl].hostname}${this[kUrl].port ? `:${this[kUrl].port}` : ""}\r
`;
        this[kBodyTimeout] = bodyTimeout != null ? bodyTimeout : 3e5;
        this[kHeadersTimeout] = headersTimeout != null ? headersTimeout : 3e5;
        this[kStrictContentLength] = strictContentLength == null ? true : strictContentLength;
        this[kMaxRedirections] = maxRedirections;
        this[kMaxRequests] = maxRequestsPerClient;
        this[kClosedResolve] = null;
        this[kMaxResponseSize] = maxResponseSize > -1 ? maxResponseSize : -1;
        this[kMaxConcurrentStreams] = maxConcurrentStreams != null ? maxConcurrentStreams : 100;
        this[kHTTPContext] = null;
        this[kQueue] = [];
        this[kRunningIdx] = 0;
        this[kPendingIdx] = 0;
        this[kResume] = (sync) => resume(this, sync);
        this[kOnError] = (err) => onError(this, err);
      }
      get pipelining() {
        return this[kPipelining];
      }
      set pipelining(value) {
        this[kPipelining] = value;
        this[kResume](true);
      }
      get [kPending]() {
        return this[kQueue].length - this[kPendingIdx];
      }
      get [kRunning]() {
        return this[kPendingIdx] - this[kRunningIdx];
      }
      get [kSize]() {
        return this[kQueue].length - this[kRunningIdx];
      }
      get [kConnected]() {
        return !!this[kHTTPContext] && !this[kConnecting] && !this[kHTTPContext].destroyed;
      }
      get [kBusy]() {
        return Boolean(
          this[kHTTPContext]?.busy(null) || this[kSize] >= (getPipelining(this) || 1) || this[kPending] > 0
        );
      }
      /* istanbul ignore: only used for test */
      [kConnect](cb) {
        connect(this);
        this.once("connect", cb);
      }
      [kDispatch](opts, handler) {
        const origin = opts.origin || this[kUrl].origin;
        const request = new Request(origin, opts, handler);
        this[kQueue].push(request);
        if (this[kResuming]) {
        } else if (util.bodyLength(request.body) == null && util.isIterable(request.body)) {
          this[kResuming] = 1;
          queueMicrotask(() => resume(this));
        } else {
          this[kResume](true);
        }
        if (this[kResuming] && this[kNeedDrain] !== 2 && this[kBusy]) {
          this[kNeedDrain] = 2;
        }
        return this[kNeedDrain] < 2;
      }
      async [kClose]() {
        return new Promise((resolve) => {
          if (this[kSize]) {
            this[kClosedResolve] = resolve;
          } else {
            resolve(null);
          }
        });
      }
      async [kDestroy](err) {
        return new Promise((resolve) => {
          const requests = this[kQueue].splice(this[kPendingIdx]);
          for (let i = 0; i < requests.length; i++) {
            const request = requests[i];
            util.errorRequest(this, request, err);
          }
          const callback = () => {
            if (this[kClosedResolve]) {
              this[kClosedResolve]();
              this[kClosedResolve] = null;
            }
            resolve(null);
          };
          if (this[kHTTPContext]) {
            this[kHTTPContext].destroy(err, callback);
            this[kHTTPContext] = null;
          } else {
            queueMicrotask(callback);
          }
          this[kResume]();
        });
      }
    };
    var createRedirectInterceptor = require_redirect_interceptor();
    function onError(client, err) {
      if (client[kRunning] === 0 && err.code !== "UND_ERR_INFO" && err.code !== "UND_ERR_SOCKET") {
        assert(client[kPendingIdx] === client[kRunningIdx]);
        const requests = client[kQueue].splice(client[kRunningIdx]);
        for (let i = 0; i < requests.length; i++) {
          const request = requests[i];
          util.errorRequest(client, request, err);
        }
        assert(client[kSize] === 0);
      }
    }
    async function connect(client) {
      assert(!client[kConnecting]);
      assert(!client[kHTTPContext]);
      let { host, hostname, protocol, port } = client[kUrl];
      if (hostname[0] === "[") {
        const idx = hostname.indexOf("]");
        assert(idx !== -1);
        const ip = hostname.substring(1, idx);
        assert(net.isIP(ip));
        hostname = ip;
      }
      client[kConnecting] = true;
      if (channels.beforeConnect.hasSubscribers) {
        channels.beforeConnect.publish({
          connectParams: {
            host,
            hostname,
            protocol,
            port,
            version: client[kHTTPContext]?.version,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          },
          connector: client[kConnector]
        });
      }
      try {
        const socket = await new Promise((resolve, reject) => {
          client[kConnector]({
            host,
            hostname,
            protocol,
            port,
            servername: client[kServerName],
            localAddress: client[kLocalAddress]
          }, (err, socket2) => {
            if (err) {
              reject(err);
            } else {
              resolve(socket2);
            }
          });
        });
        if (client.destroyed) {
          util.destroy(socket.on("error", noop), new ClientDestroyedError());
          return;
        }
        assert(socket);
        try {
          client[kHTTPContext] = socket.alpnProtocol === "h2" ? await connectH2(client, socket) : await connectH1(client, socket);
        } catch (err) {
          socket.destroy().on("error", noop);
          throw err;
        }
        client[kConnecting] = false;
        socket[kCounter] = 0;
        socket[kMaxRequests] = client[kMaxRequests];
        socket[kClient] = client;
        socket[kError] = null;
        if (channels.connected.hasSubscribers) {
          channels.connected.publish({
            connectParams: {
              host,
              hostname,
              protocol,
              port,
              version: client[kHTTPContext]?.version,
              servername: client[kServerName],
              localAddress: client[kLocalAddress]
            },
            connector: client[kConnector],
            socket
          });
        }
        client.emit("connect", client[kUrl], [client]);
      } catch (err) {
        if (client.destroyed) {
          return;
        }
        client[kConnecting] = false;
        if (channels.connectError.hasSubscribers) {
          channels.connectError.publish({
            connectParams: {
              host,
              hostname,
              protocol,
              port,
              version: client[kHTTPContext]?.version,
              servername: client[kServerName],
              localAddress: client[kLocalAddress]
            },
            connector: client[kConnector],
            error: err
          });
        }
        if (err.code === "ERR_TLS_CERT_ALTNAME_INVALID") {
          assert(client[kRunning] === 0);
          while (client[kPending] > 0 && client[kQueue][client[kPendingIdx]].servername === client[kServerName]) {
            const request = client[kQueue][client[kPendingIdx]++];
            util.errorRequest(client, request, err);
          }
        } else {
          onError(client, err);
        }
        client.emit("connectionError", client[kUrl], [client], err);
      }
      client[kResume]();
    }
    function emitDrain(client) {
      client[kNeedDrain] = 0;
      client.emit("drain", client[kUrl], [client]);
    }
    function resume(client, sync) {
      if (client[kResuming] === 2) {
        return;
      }
      client[kResuming] = 2;
      _resume(client, sync);
      client[kResuming] = 0;
      if (client[kRunningIdx] > 256) {
        client[kQueue].splice(0, client[kRunningIdx]);
        client[kPendingIdx] -= client[kRunningIdx];
        client[kRunningIdx] = 0;
      }
    }
    function _resume(client, sync) {
      while (true) {
        if (client.destroyed) {
          assert(client[kPending] === 0);
          return;
        }
        if (client[kClosedResolve] && !client[kSize]) {
          client[kClosedResolve]();
          client[kClosedResolve] = null;
          return;
        }
        if (client[kHTTPContext]) {
          client[kHTTPContext].resume();
        }
        if (client[kBusy]) {
          client[kNeedDrain] = 2;
        } else if (client[kNeedDrain] === 2) {
          if (sync) {
            client[kNeedDrain] = 1;
            queueMicrotask(() => emitDrain(client));
          } else {
            emitDrain(client);
          }
          continue;
        }
        if (client[kPending] === 0) {
          return;
        }
        if (client[kRunning] >= (getPipelining(client) || 1)) {
          return;
        }
        const request = client[kQueue][client[kPendingIdx]];
        if (client[kUrl].protocol === "https:" && client[kServerName] !== request.servername) {
          if (client[kRunning] > 0) {
            return;
          }
          client[kServerName] = request.servername;
          client[kHTTPContext]?.destroy(new InformationalError("servername changed"), () => {
            client[kHTTPContext] = null;
            resume(client);
          });
        }
        if (client[kConnecting]) {
          return;
        }
        if (!client[kHTTPContext]) {
          connect(client);
          return;
        }
        if (client[kHTTPContext].destroyed) {
          return;
        }
        if (client[kHTTPContext].busy(request)) {
          return;
        }
        if (!request.aborted && client[kHTTPContext].write(request)) {
          client[kPendingIdx]++;
        } else {
          client[kQueue].splice(client[kPendingIdx], 1);
        }
      }
    }
    module.exports = Client;
  }
});

// node_modules/undici/lib/dispatcher/pool.js
var require_pool = __commonJS({
  "node_modules/undici/lib/dispatcher/pool.js"(exports, module) {
    "use strict";
    var {
      PoolBase,
      kClients,
      kNeedDrain,
      kAddClient,
      kGetDispatcher
    } = require_pool_base();
    var Client = require_client();
    var {
      InvalidArgumentError
    } = require_errors();
    var util = require_util();
    var { kUrl, kInterceptors } = require_symbols();
    var buildConnector = require_connect();
    var kOptions = /* @__PURE__ */ Symbol("options");
    var kConnections = /* @__PURE__ */ Symbol("connections");
    var kFactory = /* @__PURE__ */ Symbol("factory");
    function defaultFactory(origin, opts) {
      return new Client(origin, opts);
    }
    var Pool2 = class extends PoolBase {
      constructor(origin, {
        connections,
        factory = defaultFactory,
        connect,
        connectTimeout,
        tls,
        maxCachedSessions,
        socketPath,
        autoSelectFamily,
        autoSelectFamilyAttemptTimeout,
        allowH2,
        ...options
      } = {}) {
        if (connections != null && (!Number.isFinite(connections) || connections < 0)) {
          throw new InvalidArgumentError("invalid connections");
        }
        if (typeof factory !== "function") {
          throw new InvalidArgumentError("factory must be a function.");
        }
        if (connect != null && typeof connect !== "function" && typeof connect !== "object") {
          throw new InvalidArgumentError("connect must be a function or an object");
        }
        if (typeof connect !== "function") {
          connect = buildConnector({
            ...tls,
            maxCachedSessions,
            allowH2,
            socketPath,
            timeout: connectTimeout,
            ...autoSelectFamily ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : void 0,
            ...connect
          });
        }
        super(options);
        this[kInterceptors] = options.interceptors?.Pool && Array.isArray(options.interceptors.Pool) ? options.interceptors.Pool : [];
        this[kConnections] = connections || null;
        this[kUrl] = util.parseOrigin(origin);
        this[kOptions] = { ...util.deepClone(options), connect, allowH2 };
        this[kOptions].interceptors = options.interceptors ? { ...options.interceptors } : void 0;
        this[kFactory] = factory;
        this.on("connectionError", (origin2, targets, error) => {
          for (const target of targets) {
            const idx = this[kClients].indexOf(target);
            if (idx !== -1) {
              this[kClients].splice(idx, 1);
            }
          }
        });
      }
      [kGetDispatcher]() {
        for (const client of this[kClients]) {
          if (!client[kNeedDrain]) {
            return client;
          }
        }
        if (!this[kConnections] || this[kClients].length < this[kConnections]) {
          const dispatcher = this[kFactory](this[kUrl], this[kOptions]);
          this[kAddClient](dispatcher);
          return dispatcher;
        }
      }
    };
    module.exports = Pool2;
  }
});

// node_modules/undici/lib/dispatcher/agent.js
var require_agent = __commonJS({
  "node_modules/undici/lib/dispatcher/agent.js"(exports, module) {
    "use strict";
    var { InvalidArgumentError } = require_errors();
    var { kClients, kRunning, kClose, kDestroy, kDispatch, kInterceptors } = require_symbols();
    var DispatcherBase = require_dispatcher_base();
    var Pool2 = require_pool();
    var Client = require_client();
    var util = require_util();
    var createRedirectInterceptor = require_redirect_interceptor();
    var kOnConnect = /* @__PURE__ */ Symbol("onConnect");
    var kOnDisconnect = /* @__PURE__ */ Symbol("onDisconnect");
    var kOnConnectionError = /* @__PURE__ */ Symbol("onConnectionError");
    var kMaxRedirections = /* @__PURE__ */ Symbol("maxRedirections");
    var kOnDrain = /* @__PURE__ */ Symbol("onDrain");
    var kFactory = /* @__PURE__ */ Symbol("factory");
    var kOptions = /* @__PURE__ */ Symbol("options");
    function defaultFactory(origin, opts) {
      return opts && opts.connections === 1 ? new Client(origin, opts) : new Pool2(origin, opts);
    }
    var Agent2 = class extends DispatcherBase {
      constructor({ factory = defaultFactory, maxRedirections = 0, connect, tls, ...options } = {}) {
        if (typeof factory !== "function") {
          throw new InvalidArgumentError("factory must be a function.");
        }
        if (connect != null && typeof connect !== "function" && typeof connect !== "object") {
          throw new InvalidArgumentError("connect must be a function or an object");
        }
        if (!Number.isInteger(maxRedirections) || maxRedirections < 0) {
          throw new InvalidArgumentError("maxRedirections must be a positive number");
        }
        super(options);
        if (connect && typeof connect !== "function") {
          connect = { ...connect };
        }
        if (tls && typeof tls !== "function") {
          tls = { ...tls };
        }
        this[kInterceptors] = options.interceptors?.Agent && Array.isArray(options.interceptors.Agent) ? options.interceptors.Agent : [createRedirectInterceptor({ maxRedirections })];
        this[kOptions] = { ...util.deepClone(options), connect, tls };
        this[kOptions].interceptors = options.interceptors ? { ...options.interceptors } : void 0;
        this[kMaxRedirections] = maxRedirections;
        this[kFactory] = factory;
        this[kClients] = /* @__PURE__ */ new Map();
        this[kOnDrain] = (origin, targets) => {
          this.emit("drain", origin, [this, ...targets]);
        };
        this[kOnConnect] = (origin, targets) => {
          this.emit("connect", origin, [this, ...targets]);
        };
        this[kOnDisconnect] = (origin, targets, err) => {
          this.emit("disconnect", origin, [this, ...targets], err);
        };
        this[kOnConnectionError] = (origin, targets, err) => {
          this.emit("connectionError", origin, [this, ...targets], err);
        };
      }
      get [kRunning]() {
        let ret = 0;
        for (const client of this[kClients].values()) {
          ret += client[kRunning];
        }
        return ret;
      }
      [kDispatch](opts, handler) {
        let key;
        if (opts.origin && (typeof opts.origin === "string" || opts.origin instanceof URL)) {
          key = String(opts.origin);
        } else {
          throw new InvalidArgumentError("opts.origin must be a non-empty string or URL.");
        }
        let dispatcher = this[kClients].get(key);
        if (!dispatcher) {
          dispatcher = this[kFactory](opts.origin, this[kOptions]).on("drain", this[kOnDrain]).on("connect", this[kOnConnect]).on("disconnect", this[kOnDisconnect]).on("connectionError", this[kOnConnectionError]);
          this[kClients].set(key, dispatcher);
        }
        return dispatcher.dispatch(opts, handler);
      }
      async [kClose]() {
        const closePromises = [];
        for (const client of this[kClients].values()) {
          closePromises.push(client.close());
        }
        this[kClients].clear();
        await Promise.all(closePromises);
      }
      async [kDestroy](err) {
        const destroyPromises = [];
        for (const client of this[kClients].values()) {
          destroyPromises.push(client.destroy(err));
        }
        this[kClients].clear();
        await Promise.all(destroyPromises);
      }
    };
    module.exports = Agent2;
  }
});

// node_modules/undici/lib/api/readable.js
var require_readable = __commonJS({
  "node_modules/undici/lib/api/readable.js"(exports, module) {
    "use strict";
    var assert = require_node_assert();
    var { Readable } = __require("node:stream");
    var { RequestAbortedError, NotSupportedError, InvalidArgumentError, AbortError: AbortError2 } = require_errors();
    var util = require_util();
    var { ReadableStreamFrom } = require_util();
    var kConsume = /* @__PURE__ */ Symbol("kConsume");
    var kReading = /* @__PURE__ */ Symbol("kReading");
    var kBody = /* @__PURE__ */ Symbol("kBody");
    var kAbort = /* @__PURE__ */ Symbol("kAbort");
    var kContentType = /* @__PURE__ */ Symbol("kContentType");
    var kContentLength = /* @__PURE__ */ Symbol("kContentLength");
    var noop = () => {
    };
    var BodyReadable = class extends Readable {
      constructor({
        resume,
        abort,
        contentType = "",
        contentLength,
        highWaterMark = 64 * 1024
        // Same as nodejs fs streams.
      }) {
        super({
          autoDestroy: true,
          read: resume,
          highWaterMark
        });
        this._readableState.dataEmitted = false;
        this[kAbort] = abort;
        this[kConsume] = null;
        this[kBody] = null;
        this[kContentType] = contentType;
        this[kContentLength] = contentLength;
        this[kReading] = false;
      }
      destroy(err) {
        if (!err && !this._readableState.endEmitted) {
          err = new RequestAbortedError();
        }
        if (err) {
          this[kAbort]();
        }
        return super.destroy(err);
      }
      _destroy(err, callback) {
        if (!this[kReading]) {
          setImmediate(() => {
            callback(err);
          });
        } else {
          callback(err);
        }
      }
      on(ev, ...args) {
        if (ev === "data" || ev === "readable") {
          this[kReading] = true;
        }
        return super.on(ev, ...args);
      }
      addListener(ev, ...args) {
        return this.on(ev, ...args);
      }
      off(ev, ...args) {
        const ret = super.off(ev, ...args);
        if (ev === "data" || ev === "readable") {
          this[kReading] = this.listenerCount("data") > 0 || this.listenerCount("readable") > 0;
        }
        return ret;
      }
      removeListener(ev, ...args) {
        return this.off(ev, ...args);
      }
      push(chunk) {
        if (this[kConsume] && chunk !== null) {
          consumePush(this[kConsume], chunk);
          return this[kReading] ? super.push(chunk) : true;
        }
        return super.push(chunk);
      }
      // https://fetch.spec.whatwg.org/#dom-body-text
      async text() {
        return consume(this, "text");
      }
      // https://fetch.spec.whatwg.org/#dom-body-json
      async json() {
        return consume(this, "json");
      }
      // https://fetch.spec.whatwg.org/#dom-body-blob
      async blob() {
        return consume(this, "blob");
      }
      // https://fetch.spec.whatwg.org/#dom-body-bytes
      async bytes() {
        return consume(this, "bytes");
      }
      // https://fetch.spec.whatwg.org/#dom-body-arraybuffer
      async arrayBuffer() {
        return consume(this, "arrayBuffer");
      }
      // https://fetch.spec.whatwg.org/#dom-body-formdata
      async formData() {
        throw new NotSupportedError();
      }
      // https://fetch.spec.whatwg.org/#dom-body-bodyused
      get bodyUsed() {
        return util.isDisturbed(this);
      }
      // https://fetch.spec.whatwg.org/#dom-body-body
      get body() {
        if (!this[kBody]) {
          this[kBody] = ReadableStreamFrom(this);
          if (this[kConsume]) {
            this[kBody].getReader();
            assert(this[kBody].locked);
          }
        }
        return this[kBody];
      }
      async dump(opts) {
        let limit = Number.isFinite(opts?.limit) ? opts.limit : 128 * 1024;
        const signal = opts?.signal;
        if (signal != null && (typeof signal !== "object" || !("aborted" in signal))) {
          throw new InvalidArgumentError("signal must be an AbortSignal");
        }
        signal?.throwIfAborted();
        if (this._readableState.closeEmitted) {
          return null;
        }
        return await new Promise((resolve, reject) => {
          if (this[kContentLength] > limit) {
            this.destroy(new AbortError2());
          }
          const onAbort = () => {
            this.destroy(signal.reason ?? new AbortError2());
          };
          signal?.addEventListener("abort", onAbort);
          this.on("close", function() {
            signal?.removeEventListener("abort", onAbort);
            if (signal?.aborted) {
              reject(signal.reason ?? new AbortError2());
            } else {
              resolve(null);
            }
          }).on("error", noop).on("data", function(chunk) {
            limit -= chunk.length;
            if (limit <= 0) {
              this.destroy();
            }
          }).resume();
        });
      }
    };
    function isLocked(self) {
      return self[kBody] && self[kBody].locked === true || self[kConsume];
    }
    function isUnusable(self) {
      return util.isDisturbed(self) || isLocked(self);
    }
    async function consume(stream, type) {
      assert(!stream[kConsume]);
      return new Promise((resolve, reject) => {
        if (isUnusable(stream)) {
          const rState = stream._readableState;
          if (rState.destroyed && rState.closeEmitted === false) {
            stream.on("error", (err) => {
              reject(err);
            }).on("close", () => {
              reject(new TypeError("unusable"));
            });
          } else {
            reject(rState.errored ?? new TypeError("unusable"));
          }
        } else {
          queueMicrotask(() => {
            stream[kConsume] = {
              type,
              stream,
              resolve,
              reject,
              length: 0,
              body: []
            };
            stream.on("error", function(err) {
              consumeFinish(this[kConsume], err);
            }).on("close", function() {
              if (this[kConsume].body !== null) {
                consumeFinish(this[kConsume], new RequestAbortedError());
              }
            });
            consumeStart(stream[kConsume]);
          });
        }
      });
    }
    function consumeStart(consume2) {
      if (consume2.body === null) {
        return;
      }
      const { _readableState: state } = consume2.stream;
      if (state.bufferIndex) {
        const start = state.bufferIndex;
        const end = state.buffer.length;
        for (let n = start; n < end; n++) {
          consumePush(consume2, state.buffer[n]);
        }
      } else {
        for (const chunk of state.buffer) {
          consumePush(consume2, chunk);
        }
      }
      if (state.endEmitted) {
        consumeEnd(this[kConsume]);
      } else {
        consume2.stream.on("end", function() {
          consumeEnd(this[kConsume]);
        });
      }
      consume2.stream.resume();
      while (consume2.stream.read() != null) {
      }
    }
    function chunksDecode(chunks, length) {
      if (chunks.length === 0 || length === 0) {
        return "";
      }
      const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
      const bufferLength = buffer.length;
      const start = bufferLength > 2 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
      return buffer.utf8Slice(start, bufferLength);
    }
    function chunksConcat(chunks, length) {
      if (chunks.length === 0 || length === 0) {
        return new Uint8Array(0);
      }
      if (chunks.length === 1) {
        return new Uint8Array(chunks[0]);
      }
      const buffer = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);
      let offset = 0;
      for (let i = 0; i < chunks.length; ++i) {
        const chunk = chunks[i];
        buffer.set(chunk, offset);
        offset += chunk.length;
      }
      return buffer;
    }
    function consumeEnd(consume2) {
      const { type, body, resolve, stream, length } = consume2;
      try {
        if (type === "text") {
          resolve(chunksDecode(body, length));
        } else if (type === "json") {
          resolve(JSON.parse(chunksDecode(body, length)));
        } else if (type === "arrayBuffer") {
          resolve(chunksConcat(body, length).buffer);
        } else if (type === "blob") {
          resolve(new Blob(body, { type: stream[kContentType] }));
        } else if (type === "bytes") {
          resolve(chunksConcat(body, length));
        }
        consumeFinish(consume2);
      } catch (err) {
        stream.destroy(err);
      }
    }
    function consumePush(consume2, chunk) {
      consume2.length += chunk.length;
      consume2.body.push(chunk);
    }
    function consumeFinish(consume2, err) {
      if (consume2.body === null) {
        return;
      }
      if (err) {
        consume2.reject(err);
      } else {
        consume2.resolve();
      }
      consume2.type = null;
      consume2.stream = null;
      consume2.resolve = null;
      consume2.reject = null;
      consume2.length = 0;
      consume2.body = null;
    }
    module.exports = { Readable: BodyReadable, chunksDecode };
  }
});

// node_modules/undici/lib/api/util.js
var require_util2 = __commonJS({
  "node_modules/undici/lib/api/util.js"(exports, module) {
    var assert = require_node_assert();
    var {
      ResponseStatusCodeError
    } = require_errors();
    var { chunksDecode } = require_readable();
    var CHUNK_LIMIT = 128 * 1024;
    async function getResolveErrorBodyCallback({ callback, body, contentType, statusCode, statusMessage, headers }) {
      assert(body);
      let chunks = [];
      let length = 0;
      try {
        for await (const chunk of body) {
          chunks.push(chunk);
          length += chunk.length;
          if (length > CHUNK_LIMIT) {
            chunks = [];
            length = 0;
            break;
          }
        }
      } catch {
        chunks = [];
        length = 0;
      }
      const message = `Response status code ${statusCode}${statusMessage ? `: ${statusMessage}` : ""}`;
      if (statusCode === 204 || !contentType || !length) {
        queueMicrotask(() => callback(new ResponseStatusCodeError(message, statusCode, headers)));
        return;
      }
      const stackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      let payload;
      try {
        if (isContentTypeApplicationJson(contentType)) {
          payload = JSON.parse(chunksDecode(chunks, length));
        } else if (isContentTypeText(contentType)) {
          payload = chunksDecode(chunks, length);
        }
      } catch {
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
      queueMicrotask(() => callback(new ResponseStatusCodeError(message, statusCode, headers, payload)));
    }
    var isContentTypeApplicationJson = (contentType) => {
      return contentType.length > 15 && contentType[11] === "/" && contentType[0] === "a" && contentType[1] === "p" && contentType[2] === "p" && contentType[3] === "l" && contentType[4] === "i" && contentType[5] === "c" && contentType[6] === "a" && contentType[7] === "t" && contentType[8] === "i" && contentType[9] === "o" && contentType[10] === "n" && contentType[12] === "j" && contentType[13] === "s" && contentType[14] === "o" && contentType[15] === "n";
    };
    var isContentTypeText = (contentType) => {
      return contentType.length > 4 && contentType[4] === "/" && contentType[0] === "t" && contentType[1] === "e" && contentType[2] === "x" && contentType[3] === "t";
    };
    module.exports = {
      getResolveErrorBodyCallback,
      isContentTypeApplicationJson,
      isContentTypeText
    };
  }
});

// node_modules/undici/lib/api/api-request.js
var require_api_request = __commonJS({
  "node_modules/undici/lib/api/api-request.js"(exports, module) {
    "use strict";
    var assert = require_node_assert();
    var { Readable } = require_readable();
    var { InvalidArgumentError, RequestAbortedError } = require_errors();
    var util = require_util();
    var { getResolveErrorBodyCallback } = require_util2();
    var { AsyncResource } = __require("node:async_hooks");
    var RequestHandler = class extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        const { signal, method, opaque, body, onInfo, responseHeaders, throwOnError, highWaterMark } = opts;
        try {
          if (typeof callback !== "function") {
            throw new InvalidArgumentError("invalid callback");
          }
          if (highWaterMark && (typeof highWaterMark !== "number" || highWaterMark < 0)) {
            throw new InvalidArgumentError("invalid highWaterMark");
          }
          if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
            throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
          }
          if (method === "CONNECT") {
            throw new InvalidArgumentError("invalid method");
          }
          if (onInfo && typeof onInfo !== "function") {
            throw new InvalidArgumentError("invalid onInfo callback");
          }
          super("UNDICI_REQUEST");
        } catch (err) {
          if (util.isStream(body)) {
            util.destroy(body.on("error", util.nop), err);
          }
          throw err;
        }
        this.method = method;
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.body = body;
        this.trailers = {};
        this.context = null;
        this.onInfo = onInfo || null;
        this.throwOnError = throwOnError;
        this.highWaterMark = highWaterMark;
        this.signal = signal;
        this.reason = null;
        this.removeAbortListener = null;
        if (util.isStream(body)) {
          body.on("error", (err) => {
            this.onError(err);
          });
        }
        if (this.signal) {
          if (this.signal.aborted) {
            this.reason = this.signal.reason ?? new RequestAbortedError();
          } else {
            this.removeAbortListener = util.addAbortListener(this.signal, () => {
              this.reason = this.signal.reason ?? new RequestAbortedError();
              if (this.res) {
                util.destroy(this.res.on("error", util.nop), this.reason);
              } else if (this.abort) {
                this.abort(this.reason);
              }
              if (this.removeAbortListener) {
                this.res?.off("close", this.removeAbortListener);
                this.removeAbortListener();
                this.removeAbortListener = null;
              }
            });
          }
        }
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const { callback, opaque, abort, context, responseHeaders, highWaterMark } = this;
        const headers = responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        if (statusCode < 200) {
          if (this.onInfo) {
            this.onInfo({ statusCode, headers });
          }
          return;
        }
        const parsedHeaders = responseHeaders === "raw" ? util.parseHeaders(rawHeaders) : headers;
        const contentType = parsedHeaders["content-type"];
        const contentLength = parsedHeaders["content-length"];
        const res = new Readable({
          resume,
          abort,
          contentType,
          contentLength: this.method !== "HEAD" && contentLength ? Number(contentLength) : null,
          highWaterMark
        });
        if (this.removeAbortListener) {
          res.on("close", this.removeAbortListener);
        }
        this.callback = null;
        this.res = res;
        if (callback !== null) {
          if (this.throwOnError && statusCode >= 400) {
            this.runInAsyncScope(
              getResolveErrorBodyCallback,
              null,
              { callback, body: res, contentType, statusCode, statusMessage, headers }
            );
          } else {
            this.runInAsyncScope(callback, null, null, {
              statusCode,
              headers,
              trailers: this.trailers,
              opaque,
              body: res,
              context
            });
          }
        }
      }
      onData(chunk) {
        return this.res.push(chunk);
      }
      onComplete(trailers) {
        util.parseHeaders(trailers, this.trailers);
        this.res.push(null);
      }
      onError(err) {
        const { res, callback, body, opaque } = this;
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
        if (res) {
          this.res = null;
          queueMicrotask(() => {
            util.destroy(res, err);
          });
        }
        if (body) {
          this.body = null;
          util.destroy(body, err);
        }
        if (this.removeAbortListener) {
          res?.off("close", this.removeAbortListener);
          this.removeAbortListener();
          this.removeAbortListener = null;
        }
      }
    };
    function request(opts, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          request.call(this, opts, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        this.dispatch(opts, new RequestHandler(opts, callback));
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = request;
    module.exports.RequestHandler = RequestHandler;
  }
});

// node_modules/undici/lib/api/abort-signal.js
var require_abort_signal = __commonJS({
  "node_modules/undici/lib/api/abort-signal.js"(exports, module) {
    var { addAbortListener } = require_util();
    var { RequestAbortedError } = require_errors();
    var kListener = /* @__PURE__ */ Symbol("kListener");
    var kSignal = /* @__PURE__ */ Symbol("kSignal");
    function abort(self) {
      if (self.abort) {
        self.abort(self[kSignal]?.reason);
      } else {
        self.reason = self[kSignal]?.reason ?? new RequestAbortedError();
      }
      removeSignal(self);
    }
    function addSignal(self, signal) {
      self.reason = null;
      self[kSignal] = null;
      self[kListener] = null;
      if (!signal) {
        return;
      }
      if (signal.aborted) {
        abort(self);
        return;
      }
      self[kSignal] = signal;
      self[kListener] = () => {
        abort(self);
      };
      addAbortListener(self[kSignal], self[kListener]);
    }
    function removeSignal(self) {
      if (!self[kSignal]) {
        return;
      }
      if ("removeEventListener" in self[kSignal]) {
        self[kSignal].removeEventListener("abort", self[kListener]);
      } else {
        self[kSignal].removeListener("abort", self[kListener]);
      }
      self[kSignal] = null;
      self[kListener] = null;
    }
    module.exports = {
      addSignal,
      removeSignal
    };
  }
});

// node_modules/undici/lib/api/api-stream.js
var require_api_stream = __commonJS({
  "node_modules/undici/lib/api/api-stream.js"(exports, module) {
    "use strict";
    var assert = require_node_assert();
    var { finished, PassThrough } = __require("node:stream");
    var { InvalidArgumentError, InvalidReturnValueError } = require_errors();
    var util = require_util();
    var { getResolveErrorBodyCallback } = require_util2();
    var { AsyncResource } = __require("node:async_hooks");
    var { addSignal, removeSignal } = require_abort_signal();
    var StreamHandler = class extends AsyncResource {
      constructor(opts, factory, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        const { signal, method, opaque, body, onInfo, responseHeaders, throwOnError } = opts;
        try {
          if (typeof callback !== "function") {
            throw new InvalidArgumentError("invalid callback");
          }
          if (typeof factory !== "function") {
            throw new InvalidArgumentError("invalid factory");
          }
          if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
            throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
          }
          if (method === "CONNECT") {
            throw new InvalidArgumentError("invalid method");
          }
          if (onInfo && typeof onInfo !== "function") {
            throw new InvalidArgumentError("invalid onInfo callback");
          }
          super("UNDICI_STREAM");
        } catch (err) {
          if (util.isStream(body)) {
            util.destroy(body.on("error", util.nop), err);
          }
          throw err;
        }
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.factory = factory;
        this.callback = callback;
        this.res = null;
        this.abort = null;
        this.context = null;
        this.trailers = null;
        this.body = body;
        this.onInfo = onInfo || null;
        this.throwOnError = throwOnError || false;
        if (util.isStream(body)) {
          body.on("error", (err) => {
            this.onError(err);
          });
        }
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume, statusMessage) {
        const { factory, opaque, context, callback, responseHeaders } = this;
        const headers = responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        if (statusCode < 200) {
          if (this.onInfo) {
            this.onInfo({ statusCode, headers });
          }
          return;
        }
        this.factory = null;
        let res;
        if (this.throwOnError && statusCode >= 400) {
          const parsedHeaders = responseHeaders === "raw" ? util.parseHeaders(rawHeaders) : headers;
          const contentType = parsedHeaders["content-type"];
          res = new PassThrough();
          this.callback = null;
          this.runInAsyncScope(
            getResolveErrorBodyCallback,
            null,
            { callback, body: res, contentType, statusCode, statusMessage, headers }
          );
        } else {
          if (factory === null) {
            return;
          }
          res = this.runInAsyncScope(factory, null, {
            statusCode,
            headers,
            opaque,
            context
          });
          if (!res || typeof res.write !== "function" || typeof res.end !== "function" || typeof res.on !== "function") {
            throw new InvalidReturnValueError("expected Writable");
          }
          finished(res, { readable: false }, (err) => {
            const { callback: callback2, res: res2, opaque: opaque2, trailers, abort } = this;
            this.res = null;
            if (err || !res2.readable) {
              util.destroy(res2, err);
            }
            this.callback = null;
            this.runInAsyncScope(callback2, null, err || null, { opaque: opaque2, trailers });
            if (err) {
              abort();
            }
          });
        }
        res.on("drain", resume);
        this.res = res;
        const needDrain = res.writableNeedDrain !== void 0 ? res.writableNeedDrain : res._writableState?.needDrain;
        return needDrain !== true;
      }
      onData(chunk) {
        const { res } = this;
        return res ? res.write(chunk) : true;
      }
      onComplete(trailers) {
        const { res } = this;
        removeSignal(this);
        if (!res) {
          return;
        }
        this.trailers = util.parseHeaders(trailers);
        res.end();
      }
      onError(err) {
        const { res, callback, opaque, body } = this;
        removeSignal(this);
        this.factory = null;
        if (res) {
          this.res = null;
          util.destroy(res, err);
        } else if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
        if (body) {
          this.body = null;
          util.destroy(body, err);
        }
      }
    };
    function stream(opts, factory, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          stream.call(this, opts, factory, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        this.dispatch(opts, new StreamHandler(opts, factory, callback));
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = stream;
  }
});

// node_modules/undici/lib/api/api-pipeline.js
var require_api_pipeline = __commonJS({
  "node_modules/undici/lib/api/api-pipeline.js"(exports, module) {
    "use strict";
    var {
      Readable,
      Duplex,
      PassThrough
    } = __require("node:stream");
    var {
      InvalidArgumentError,
      InvalidReturnValueError,
      RequestAbortedError
    } = require_errors();
    var util = require_util();
    var { AsyncResource } = __require("node:async_hooks");
    var { addSignal, removeSignal } = require_abort_signal();
    var assert = require_node_assert();
    var kResume = /* @__PURE__ */ Symbol("resume");
    var PipelineRequest = class extends Readable {
      constructor() {
        super({ autoDestroy: true });
        this[kResume] = null;
      }
      _read() {
        const { [kResume]: resume } = this;
        if (resume) {
          this[kResume] = null;
          resume();
        }
      }
      _destroy(err, callback) {
        this._read();
        callback(err);
      }
    };
    var PipelineResponse = class extends Readable {
      constructor(resume) {
        super({ autoDestroy: true });
        this[kResume] = resume;
      }
      _read() {
        this[kResume]();
      }
      _destroy(err, callback) {
        if (!err && !this._readableState.endEmitted) {
          err = new RequestAbortedError();
        }
        callback(err);
      }
    };
    var PipelineHandler = class extends AsyncResource {
      constructor(opts, handler) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        if (typeof handler !== "function") {
          throw new InvalidArgumentError("invalid handler");
        }
        const { signal, method, opaque, onInfo, responseHeaders } = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
          throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        }
        if (method === "CONNECT") {
          throw new InvalidArgumentError("invalid method");
        }
        if (onInfo && typeof onInfo !== "function") {
          throw new InvalidArgumentError("invalid onInfo callback");
        }
        super("UNDICI_PIPELINE");
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.handler = handler;
        this.abort = null;
        this.context = null;
        this.onInfo = onInfo || null;
        this.req = new PipelineRequest().on("error", util.nop);
        this.ret = new Duplex({
          readableObjectMode: opts.objectMode,
          autoDestroy: true,
          read: () => {
            const { body } = this;
            if (body?.resume) {
              body.resume();
            }
          },
          write: (chunk, encoding, callback) => {
            const { req } = this;
            if (req.push(chunk, encoding) || req._readableState.destroyed) {
              callback();
            } else {
              req[kResume] = callback;
            }
          },
          destroy: (err, callback) => {
            const { body, req, res, ret, abort } = this;
            if (!err && !ret._readableState.endEmitted) {
              err = new RequestAbortedError();
            }
            if (abort && err) {
              abort();
            }
            util.destroy(body, err);
            util.destroy(req, err);
            util.destroy(res, err);
            removeSignal(this);
            callback(err);
          }
        }).on("prefinish", () => {
          const { req } = this;
          req.push(null);
        });
        this.res = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        const { ret, res } = this;
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(!res, "pipeline cannot be retried");
        assert(!ret.destroyed);
        this.abort = abort;
        this.context = context;
      }
      onHeaders(statusCode, rawHeaders, resume) {
        const { opaque, handler, context } = this;
        if (statusCode < 200) {
          if (this.onInfo) {
            const headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
            this.onInfo({ statusCode, headers });
          }
          return;
        }
        this.res = new PipelineResponse(resume);
        let body;
        try {
          this.handler = null;
          const headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
          body = this.runInAsyncScope(handler, null, {
            statusCode,
            headers,
            opaque,
            body: this.res,
            context
          });
        } catch (err) {
          this.res.on("error", util.nop);
          throw err;
        }
        if (!body || typeof body.on !== "function") {
          throw new InvalidReturnValueError("expected Readable");
        }
        body.on("data", (chunk) => {
          const { ret, body: body2 } = this;
          if (!ret.push(chunk) && body2.pause) {
            body2.pause();
          }
        }).on("error", (err) => {
          const { ret } = this;
          util.destroy(ret, err);
        }).on("end", () => {
          const { ret } = this;
          ret.push(null);
        }).on("close", () => {
          const { ret } = this;
          if (!ret._readableState.ended) {
            util.destroy(ret, new RequestAbortedError());
          }
        });
        this.body = body;
      }
      onData(chunk) {
        const { res } = this;
        return res.push(chunk);
      }
      onComplete(trailers) {
        const { res } = this;
        res.push(null);
      }
      onError(err) {
        const { ret } = this;
        this.handler = null;
        util.destroy(ret, err);
      }
    };
    function pipeline(opts, handler) {
      try {
        const pipelineHandler = new PipelineHandler(opts, handler);
        this.dispatch({ ...opts, body: pipelineHandler.req }, pipelineHandler);
        return pipelineHandler.ret;
      } catch (err) {
        return new PassThrough().destroy(err);
      }
    }
    module.exports = pipeline;
  }
});

// node_modules/undici/lib/api/api-upgrade.js
var require_api_upgrade = __commonJS({
  "node_modules/undici/lib/api/api-upgrade.js"(exports, module) {
    "use strict";
    var { InvalidArgumentError, SocketError } = require_errors();
    var { AsyncResource } = __require("node:async_hooks");
    var util = require_util();
    var { addSignal, removeSignal } = require_abort_signal();
    var assert = require_node_assert();
    var UpgradeHandler = class extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        const { signal, opaque, responseHeaders } = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
          throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        }
        super("UNDICI_UPGRADE");
        this.responseHeaders = responseHeaders || null;
        this.opaque = opaque || null;
        this.callback = callback;
        this.abort = null;
        this.context = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = null;
      }
      onHeaders() {
        throw new SocketError("bad upgrade", null);
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        assert(statusCode === 101);
        const { callback, opaque, context } = this;
        removeSignal(this);
        this.callback = null;
        const headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        this.runInAsyncScope(callback, null, null, {
          headers,
          socket,
          opaque,
          context
        });
      }
      onError(err) {
        const { callback, opaque } = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
      }
    };
    function upgrade(opts, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          upgrade.call(this, opts, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        const upgradeHandler = new UpgradeHandler(opts, callback);
        this.dispatch({
          ...opts,
          method: opts.method || "GET",
          upgrade: opts.protocol || "Websocket"
        }, upgradeHandler);
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = upgrade;
  }
});

// node_modules/undici/lib/api/api-connect.js
var require_api_connect = __commonJS({
  "node_modules/undici/lib/api/api-connect.js"(exports, module) {
    "use strict";
    var assert = require_node_assert();
    var { AsyncResource } = __require("node:async_hooks");
    var { InvalidArgumentError, SocketError } = require_errors();
    var util = require_util();
    var { addSignal, removeSignal } = require_abort_signal();
    var ConnectHandler = class extends AsyncResource {
      constructor(opts, callback) {
        if (!opts || typeof opts !== "object") {
          throw new InvalidArgumentError("invalid opts");
        }
        if (typeof callback !== "function") {
          throw new InvalidArgumentError("invalid callback");
        }
        const { signal, opaque, responseHeaders } = opts;
        if (signal && typeof signal.on !== "function" && typeof signal.addEventListener !== "function") {
          throw new InvalidArgumentError("signal must be an EventEmitter or EventTarget");
        }
        super("UNDICI_CONNECT");
        this.opaque = opaque || null;
        this.responseHeaders = responseHeaders || null;
        this.callback = callback;
        this.abort = null;
        addSignal(this, signal);
      }
      onConnect(abort, context) {
        if (this.reason) {
          abort(this.reason);
          return;
        }
        assert(this.callback);
        this.abort = abort;
        this.context = context;
      }
      onHeaders() {
        throw new SocketError("bad connect", null);
      }
      onUpgrade(statusCode, rawHeaders, socket) {
        const { callback, opaque, context } = this;
        removeSignal(this);
        this.callback = null;
        let headers = rawHeaders;
        if (headers != null) {
          headers = this.responseHeaders === "raw" ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
        }
        this.runInAsyncScope(callback, null, null, {
          statusCode,
          headers,
          socket,
          opaque,
          context
        });
      }
      onError(err) {
        const { callback, opaque } = this;
        removeSignal(this);
        if (callback) {
          this.callback = null;
          queueMicrotask(() => {
            this.runInAsyncScope(callback, null, err, { opaque });
          });
        }
      }
    };
    function connect(opts, callback) {
      if (callback === void 0) {
        return new Promise((resolve, reject) => {
          connect.call(this, opts, (err, data) => {
            return err ? reject(err) : resolve(data);
          });
        });
      }
      try {
        const connectHandler = new ConnectHandler(opts, callback);
        this.dispatch({ ...opts, method: "CONNECT" }, connectHandler);
      } catch (err) {
        if (typeof callback !== "function") {
          throw err;
        }
        const opaque = opts?.opaque;
        queueMicrotask(() => callback(err, { opaque }));
      }
    }
    module.exports = connect;
  }
});

// node_modules/undici/lib/api/index.js
var require_api = __commonJS({
  "node_modules/undici/lib/api/index.js"(exports, module) {
    "use strict";
    module.exports.request = require_api_request();
    module.exports.stream = require_api_stream();
    module.exports.pipeline = require_api_pipeline();
    module.exports.upgrade = require_api_upgrade();
    module.exports.connect = require_api_connect();
  }
});

// node_modules/undici/lib/dispatcher/proxy-agent.js
var require_proxy_agent = __commonJS({
  "node_modules/undici/lib/dispatcher/proxy-agent.js"(exports, module) {
    "use strict";
    var { kProxy, kClose, kDestroy, kDispatch, kInterceptors } = require_symbols();
    var { URL: URL2 } = __require("node:url");
    var Agent2 = require_agent();
    var Pool2 = require_pool();
    var DispatcherBase = require_dispatcher_base();
    var { InvalidArgumentError, RequestAbortedError, SecureProxyConnectionError } = require_errors();
    var buildConnector = require_connect();
    var Client = require_client();
    var kAgent = /* @__PURE__ */ Symbol("proxy agent");
    var kClient = /* @__PURE__ */ Symbol("proxy client");
    var kProxyHeaders = /* @__PURE__ */ Symbol("proxy headers");
    var kRequestTls = /* @__PURE__ */ Symbol("request tls settings");
    var kProxyTls = /* @__PURE__ */ Symbol("proxy tls settings");
    var kConnectEndpoint = /* @__PURE__ */ Symbol("connect endpoint function");
    var kTunnelProxy = /* @__PURE__ */ Symbol("tunnel proxy");
    function defaultProtocolPort(protocol) {
      return protocol === "https:" ? 443 : 80;
    }
    function defaultFactory(origin, opts) {
      return new Pool2(origin, opts);
    }
    var noop = () => {
    };
    function defaultAgentFactory(origin, opts) {
      if (opts.connections === 1) {
        return new Client(origin, opts);
      }
      return new Pool2(origin, opts);
    }
    var Http1ProxyWrapper = class extends DispatcherBase {
      #client;
      constructor(proxyUrl, { headers = {}, connect, factory }) {
        super();
        if (!proxyUrl) {
          throw new InvalidArgumentError("Proxy URL is mandatory");
        }
        this[kProxyHeaders] = headers;
        if (factory) {
          this.#client = factory(proxyUrl, { connect });
        } else {
          this.#client = new Client(proxyUrl, { connect });
        }
      }
      [kDispatch](opts, handler) {
        const onHeaders = handler.onHeaders;
        handler.onHeaders = function(statusCode, data, resume) {
          if (statusCode === 407) {
            if (typeof handler.onError === "function") {
              handler.onError(new InvalidArgumentError("Proxy Authentication Required (407)"));
            }
            return;
          }
          if (onHeaders) onHeaders.call(this, statusCode, data, resume);
        };
        const {
          origin,
          path = "/",
          headers = {}
        } = opts;
        opts.path = origin + path;
        if (!("host" in headers) && !("Host" in headers)) {
          const { host } = new URL2(origin);
          headers.host = host;
        }
        opts.headers = { ...this[kProxyHeaders], ...headers };
        return this.#client[kDispatch](opts, handler);
      }
      async [kClose]() {
        return this.#client.close();
      }
      async [kDestroy](err) {
        return this.#client.destroy(err);
      }
    };
    var ProxyAgent = class extends DispatcherBase {
      constructor(opts) {
        super();
        if (!opts || typeof opts === "object" && !(opts instanceof URL2) && !opts.uri) {
          throw new InvalidArgumentError("Proxy uri is mandatory");
        }
        const { clientFactory = defaultFactory } = opts;
        if (typeof clientFactory !== "function") {
          throw new InvalidArgumentError("Proxy opts.clientFactory must be a function.");
        }
        const { proxyTunnel = true } = opts;
        const url = this.#getUrl(opts);
        const { href, origin, port, protocol, username, password, hostname: proxyHostname } = url;
        this[kProxy] = { uri: href, protocol };
        this[kInterceptors] = opts.interceptors?.ProxyAgent && Array.isArray(opts.interceptors.ProxyAgent) ? opts.interceptors.ProxyAgent : [];
        this[kRequestTls] = opts.requestTls;
        this[kProxyTls] = opts.proxyTls;
        this[kProxyHeaders] = opts.headers || {};
        this[kTunnelProxy] = proxyTunnel;
        if (opts.auth && opts.token) {
          throw new InvalidArgumentError("opts.auth cannot be used in combination with opts.token");
        } else if (opts.auth) {
          this[kProxyHeaders]["proxy-authorization"] = `Basic ${opts.auth}`;
        } else if (opts.token) {
          this[kProxyHeaders]["proxy-authorization"] = opts.token;
        } else if (username && password) {
          this[kProxyHeaders]["proxy-authorization"] = `Basic ${Buffer.from(`${decodeURIComponent(username)}:${decodeURIComponent(password)}`).toString("base64")}`;
        }
        const connect = buildConnector({ ...opts.proxyTls });
        this[kConnectEndpoint] = buildConnector({ ...opts.requestTls });
        const agentFactory = opts.factory || defaultAgentFactory;
        const factory = (origin2, options) => {
          const { protocol: protocol2 } = new URL2(origin2);
          if (!this[kTunnelProxy] && protocol2 === "http:" && this[kProxy].protocol === "http:") {
            return new Http1ProxyWrapper(this[kProxy].uri, {
              headers: this[kProxyHeaders],
              connect,
              factory: agentFactory
            });
          }
          return agentFactory(origin2, options);
        };
        this[kClient] = clientFactory(url, { connect });
        this[kAgent] = new Agent2({
          ...opts,
          factory,
          connect: async (opts2, callback) => {
            let requestedPath = opts2.host;
            if (!opts2.port) {
              requestedPath += `:${defaultProtocolPort(opts2.protocol)}`;
            }
            try {
              const { socket, statusCode } = await this[kClient].connect({
                origin,
                port,
                path: requestedPath,
                signal: opts2.signal,
                headers: {
                  ...this[kProxyHeaders],
                  host: opts2.host
                },
                servername: this[kProxyTls]?.servername || proxyHostname
              });
              if (statusCode !== 200) {
                socket.on("error", noop).destroy();
                callback(new RequestAbortedError(`Proxy response (${statusCode}) !== 200 when HTTP Tunneling`));
              }
              if (opts2.protocol !== "https:") {
                callback(null, socket);
                return;
              }
              let servername;
              if (this[kRequestTls]) {
                servername = this[kRequestTls].servername;
              } else {
                servername = opts2.servername;
              }
              this[kConnectEndpoint]({ ...opts2, servername, httpSocket: socket }, callback);
            } catch (err) {
              if (err.code === "ERR_TLS_CERT_ALTNAME_INVALID") {
                callback(new SecureProxyConnectionError(err));
              } else {
                callback(err);
              }
            }
          }
        });
      }
      dispatch(opts, handler) {
        const headers = buildHeaders(opts.headers);
        throwIfProxyAuthIsSent(headers);
        if (headers && !("host" in headers) && !("Host" in headers)) {
          const { host } = new URL2(opts.origin);
          headers.host = host;
        }
        return this[kAgent].dispatch(
          {
            ...opts,
            headers
          },
          handler
        );
      }
      /**
       * @param {import('../types/proxy-agent').ProxyAgent.Options | string | URL} opts
       * @returns {URL}
       */
      #getUrl(opts) {
        if (typeof opts === "string") {
          return new URL2(opts);
        } else if (opts instanceof URL2) {
          return opts;
        } else {
          return new URL2(opts.uri);
        }
      }
      async [kClose]() {
        await this[kAgent].close();
        await this[kClient].close();
      }
      async [kDestroy]() {
        await this[kAgent].destroy();
        await this[kClient].destroy();
      }
    };
    function buildHeaders(headers) {
      if (Array.isArray(headers)) {
        const headersPair = {};
        for (let i = 0; i < headers.length; i += 2) {
          headersPair[headers[i]] = headers[i + 1];
        }
        return headersPair;
      }
      return headers;
    }
    function throwIfProxyAuthIsSent(headers) {
      const existProxyAuth = headers && Object.keys(headers).find((key) => key.toLowerCase() === "proxy-authorization");
      if (existProxyAuth) {
        throw new InvalidArgumentError("Proxy-Authorization should be sent in ProxyAgent constructor");
      }
    }
    module.exports = ProxyAgent;
  }
});

// node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var require_env_http_proxy_agent = __commonJS({
  "node_modules/undici/lib/dispatcher/env-http-proxy-agent.js"(exports, module) {
    "use strict";
    var DispatcherBase = require_dispatcher_base();
    var { kClose, kDestroy, kClosed, kDestroyed, kDispatch, kNoProxyAgent, kHttpProxyAgent, kHttpsProxyAgent } = require_symbols();
    var ProxyAgent = require_proxy_agent();
    var Agent2 = require_agent();
    var DEFAULT_PORTS = {
      "http:": 80,
      "https:": 443
    };
    var experimentalWarned = false;
    var EnvHttpProxyAgent = class extends DispatcherBase {
      #noProxyValue = null;
      #noProxyEntries = null;
      #opts = null;
      constructor(opts = {}) {
        super();
        this.#opts = opts;
        if (!experimentalWarned) {
          experimentalWarned = true;
          process.emitWarning("EnvHttpProxyAgent is experimental, expect them to change at any time.", {
            code: "UNDICI-EHPA"
          });
        }
        const { httpProxy, httpsProxy, noProxy, ...agentOpts } = opts;
        this[kNoProxyAgent] = new Agent2(agentOpts);
        const HTTP_PROXY = httpProxy ?? process.env.http_proxy ?? process.env.HTTP_PROXY;
        if (HTTP_PROXY) {
          this[kHttpProxyAgent] = new ProxyAgent({ ...agentOpts, uri: HTTP_PROXY });
        } else {
          this[kHttpProxyAgent] = this[kNoProxyAgent];
        }
        const HTTPS_PROXY = httpsProxy ?? process.env.https_proxy ?? process.env.HTTPS_PROXY;
        if (HTTPS_PROXY) {
          this[kHttpsProxyAgent] = new ProxyAgent({ ...agentOpts, uri: HTTPS_PROXY });
        } else {
          this[kHttpsProxyAgent] = this[kHttpProxyAgent];
        }
        this.#parseNoProxy();
      }
      [kDispatch](opts, handler) {
        const url = new URL(opts.origin);
        const agent = this.#getProxyAgentForUrl(url);
        return agent.dispatch(opts, handler);
      }
      async [kClose]() {
        await this[kNoProxyAgent].close();
        if (!this[kHttpProxyAgent][kClosed]) {
          await this[kHttpProxyAgent].close();
        }
        if (!this[kHttpsProxyAgent][kClosed]) {
          await this[kHttpsProxyAgent].close();
        }
      }
      async [kDestroy](err) {
        await this[kNoProxyAgent].destroy(err);
        if (!this[kHttpProxyAgent][kDestroyed]) {
          await this[kHttpProxyAgent].destroy(err);
        }
        if (!this[kHttpsProxyAgent][kDestroyed]) {
          await this[kHttpsProxyAgent].destroy(err);
        }
      }
      #getProxyAgentForUrl(url) {
        let { protocol, host: hostname, port } = url;
        hostname = hostname.replace(/:\d*$/, "").toLowerCase();
        port = Number.parseInt(port, 10) || DEFAULT_PORTS[protocol] || 0;
        if (!this.#shouldProxy(hostname, port)) {
          return this[kNoProxyAgent];
        }
        if (protocol === "https:") {
          return this[kHttpsProxyAgent];
        }
        return this[kHttpProxyAgent];
      }
      #shouldProxy(hostname, port) {
        if (this.#noProxyChanged) {
          this.#parseNoProxy();
        }
        if (this.#noProxyEntries.length === 0) {
          return true;
        }
        if (this.#noProxyValue === "*") {
          return false;
        }
        for (let i = 0; i < this.#noProxyEntries.length; i++) {
          const entry2 = this.#noProxyEntries[i];
          if (entry2.port && entry2.port !== port) {
            continue;
          }
          if (!/^[.*]/.test(entry2.hostname)) {
            if (hostname === entry2.hostname) {
              return false;
            }
          } else {
            if (hostname.endsWith(entry2.hostname.replace(/^\*/, ""))) {
              return false;
            }
          }
        }
        return true;
      }
      #parseNoProxy() {
        const noProxyValue = this.#opts.noProxy ?? this.#noProxyEnv;
        const noProxySplit = noProxyValue.split(/[,\s]/);
        const noProxyEntries = [];
        for (let i = 0; i < noProxySplit.length; i++) {
          const entry2 = noProxySplit[i];
          if (!entry2) {
            continue;
          }
          const parsed = entry2.match(/^(.+):(\d+)$/);
          noProxyEntries.push({
            hostname: (parsed ? parsed[1] : entry2).toLowerCase(),
            port: parsed ? Number.parseInt(parsed[2], 10) : 0
          });
        }
        this.#noProxyValue = noProxyValue;
        this.#noProxyEntries = noProxyEntries;
      }
      get #noProxyChanged() {
        if (this.#opts.noProxy !== void 0) {
          return false;
        }
        return this.#noProxyValue !== this.#noProxyEnv;
      }
      get #noProxyEnv() {
        return process.env.no_proxy ?? process.env.NO_PROXY ?? "";
      }
    };
    module.exports = EnvHttpProxyAgent;
  }
});

// src/http/undici-transport.ts
var undici_transport_exports = {};
__export(undici_transport_exports, {
  createUndiciSender: () => createUndiciSender,
  trustedCas: () => trustedCas
});
async function createUndiciSender(timeouts, caCert, env) {
  const dispatcher = await createDispatcher(timeouts, caCert, env);
  return {
    async request(raw) {
      const response = await import_api_request.default.call(dispatcher, {
        origin: raw.url.origin,
        path: `${raw.url.pathname}${raw.url.search}`,
        method: raw.method,
        headers: raw.headers,
        body: raw.body,
        signal: raw.signal,
        headersTimeout: timeouts.headersMs,
        bodyTimeout: timeouts.bodyMs,
        maxRedirections: 0
      });
      const flat = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== void 0) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
      }
      return { status: response.statusCode, headers: flat, read: (maxBytes) => readBounded2(response.body, maxBytes) };
    },
    close: () => dispatcher.close(),
    destroy: () => dispatcher.destroy()
  };
}
async function readBounded2(body, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    const buf = chunk;
    if (size + buf.length > maxBytes) {
      chunks.push(buf.subarray(0, maxBytes - size));
      body.destroy();
      return { body: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(buf);
    size += buf.length;
  }
  return { body: Buffer.concat(chunks), truncated: false };
}
function trustedCas(caCert, env) {
  const { rootCertificates } = loadBuiltin2("node:tls");
  const cas = [...rootCertificates];
  const extraPath = env.NODE_EXTRA_CA_CERTS;
  if (extraPath) {
    try {
      cas.push((0, import_node_fs.readFileSync)(extraPath, "utf8"));
    } catch {
    }
  }
  cas.push(caCert);
  return cas;
}
async function createDispatcher(timeouts, caCert, env) {
  const tls = { timeout: timeouts.connectMs, ...caCert ? { ca: trustedCas(caCert, env) } : {} };
  const common = { connect: tls, keepAliveTimeout: KEEP_ALIVE_MS };
  if (hasProxy(env)) return createProxyAgent(timeouts, common, env);
  return new import_agent.default(common);
}
async function createProxyAgent(timeouts, common, env) {
  const [{ default: DispatcherClass }, { default: api }, { default: EnvAgent }] = await Promise.all([
    Promise.resolve().then(() => __toESM(require_dispatcher())),
    Promise.resolve().then(() => __toESM(require_api())),
    Promise.resolve().then(() => __toESM(require_env_http_proxy_agent()))
  ]);
  Object.assign(DispatcherClass.prototype, api);
  const tls = common.connect;
  return new EnvAgent({
    ...common,
    requestTls: tls,
    proxyTls: tls,
    // The proxy settings come from the same environment that decided a proxy is needed (undici would
    // read process.env itself); '' means none.
    httpProxy: env.http_proxy || env.HTTP_PROXY || "",
    httpsProxy: env.https_proxy || env.HTTPS_PROXY || "",
    noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
    // The proxy's answer to CONNECT is part of connecting: without this, a proxy that accepts the
    // connection and then says nothing holds the request for undici's default of five minutes.
    clientFactory: (origin, opts) => new import_pool.default(origin, { ...opts, headersTimeout: timeouts.connectMs })
  });
}
var import_node_fs, import_node_module3, import_agent, import_pool, import_api_request, loadBuiltin2;
var init_undici_transport = __esm({
  "src/http/undici-transport.ts"() {
    init_wasm_tiering();
    import_node_fs = __toESM(require_node_fs());
    import_node_module3 = __toESM(require_node_module());
    import_agent = __toESM(require_agent());
    import_pool = __toESM(require_pool());
    import_api_request = __toESM(require_api_request());
    init_transport_types();
    loadBuiltin2 = (0, import_node_module3.createRequire)(import.meta.url);
  }
});

// src/cli/main.ts
var import_node_fs4 = __toESM(require_node_fs());

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

// src/cli/output.ts
var TOKEN_SHAPE = /\b(?:pat|sat)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
var MIN_SECRET_LENGTH2 = 4;
var REDACTED = "***";
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH2) return;
    this.secrets.add(value);
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) this.secrets.add(escaped);
  }
  redact(text) {
    let out = redactSecrets(text).replace(TOKEN_SHAPE, REDACTED);
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
    return out;
  }
};
var TextLogger = class {
  constructor(sink, redactor, verbose = false) {
    this.sink = sink;
    this.redactor = redactor;
    this.verbose = verbose;
  }
  sink;
  redactor;
  verbose;
  depth = 0;
  debug(message) {
    if (this.verbose) this.line(`debug: ${message}`);
  }
  info(message) {
    this.line(message);
  }
  warning(message, title) {
    this.line(`warning: ${title ? `${title}: ` : ""}${message}`);
  }
  error(message, title) {
    this.line(`error: ${title ? `${title}: ` : ""}${message}`);
  }
  async group(name, body) {
    this.line(name);
    this.depth++;
    try {
      return await body();
    } finally {
      this.depth--;
    }
  }
  line(text) {
    const indent = "  ".repeat(this.depth);
    const lines = this.redactor.redact(text).split("\n");
    this.sink.write(`${lines.map((l) => `${indent}${l}`).join("\n")}
`);
  }
};
function secretMasker(redactor, env, stderr) {
  const masked = /* @__PURE__ */ new Set();
  return (secret) => {
    if (env.GITHUB_ACTIONS === "true" && secret.trim() !== "" && !masked.has(secret.trim())) {
      masked.add(secret.trim());
      stderr.write(`::add-mask::${secret.trim().replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
    }
    redactor.add(secret);
    registerSecret(secret);
  };
}

// src/gate/settings.ts
init_durations();

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
function parseGateSettings(read, problems, maskSecret) {
  const problemsBefore = problems.list.length;
  const rawUrl = read("statusUrl").trim();
  const rawHeaders = read("statusHeaders");
  const headers = parseHeaders(rawHeaders, problems, maskSecret);
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
  const statusUrl = parseStatusUrl(rawUrl, headers, problems, maskSecret);
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
function parseStatusUrl(raw, headers, problems, maskSecret) {
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
    maskSecret(url.password);
    if (password !== url.password) maskSecret(password);
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
    maskSecret(basic);
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
function parseHeaders(raw, problems, maskSecret) {
  const headers = {};
  let ok = true;
  for (const [index, line] of raw.split("\n").entries()) {
    const where = `line ${index + 1}`;
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    if (colon < 0) {
      maskValue(line.trim(), maskSecret);
      problems.add("statusHeaders", line, `'Name: value' on each line (${where} has no ':')`, { secret: true });
      ok = false;
      continue;
    }
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).replace(/\r$/, "").trim();
    maskValue(value, maskSecret);
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
function maskValue(value, maskSecret) {
  if (value === "") return;
  maskSecret(value);
  const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1];
  if (credential && credential !== value) maskSecret(credential);
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

// src/cli/options.ts
var INPUT_OPTIONS = [
  // Where Harness is and who acts.
  {
    flag: "api-key",
    label: "API key",
    input: "apiKey",
    extraEnv: ["HARNESS_API_KEY"],
    secret: true,
    value: "KEY",
    group: "harness",
    required: "always",
    help: "Harness API key (pat.\u2026 or sat.\u2026). Prefer the HARNESS_API_KEY environment variable: a flag shows up in the process list and shell history."
  },
  {
    flag: "account-id",
    input: "accountId",
    extraEnv: ["HARNESS_ACCOUNT_ID"],
    value: "ID",
    group: "harness",
    help: "Harness account id. Default: read from the key (pat.<accountId>.\u2026)."
  },
  {
    flag: "org-id",
    input: "orgId",
    extraEnv: ["HARNESS_ORG_ID", "HARNESS_DEFAULT_ORG"],
    value: "ID",
    group: "harness",
    required: "decide",
    help: "Harness organization identifier."
  },
  {
    flag: "project-id",
    input: "projectId",
    extraEnv: ["HARNESS_PROJECT_ID", "HARNESS_DEFAULT_PROJECT"],
    value: "ID",
    group: "harness",
    required: "decide",
    help: "Harness project identifier."
  },
  {
    flag: "base-url",
    label: "base URL",
    input: "baseUrl",
    extraEnv: ["HARNESS_API_URL", "HARNESS_URL"],
    value: "URL",
    group: "harness",
    help: "Harness API base URL. Default https://app.harness.io/gateway; self-managed installs use their own domain."
  },
  {
    flag: "ca-cert",
    label: "CA certificate",
    input: "caCert",
    file: true,
    value: "FILE",
    group: "harness",
    help: "PEM file of extra trusted CA certificate(s), for a private CA (PLUGIN_CA_CERT may hold the PEM itself or a file path). NODE_EXTRA_CA_CERTS is honoured too."
  },
  // What to decide.
  {
    flag: "execution-id",
    input: "executionId",
    repeatable: true,
    value: "ID",
    group: "decision",
    required: "decide",
    help: "Harness pipeline execution id (<+pipeline.executionId>); repeat it (or separate by commas) to decide several, each on its own."
  },
  {
    flag: "callback-id",
    input: "callbackId",
    value: "ID",
    group: "decision",
    help: "Callback id of the Harness Approval step; needed when several approval steps may wait at once."
  },
  {
    flag: "stage",
    input: "stage",
    value: "STAGE",
    group: "decision",
    help: "The stage (identifier or name) whose approval to decide: when another stage waits, fail naming both and post nothing."
  },
  {
    flag: "approver-input",
    input: "approverInputs",
    repeatable: true,
    value: "NAME=VALUE",
    group: "decision",
    help: "An approver input (or one JSON object of them). Inputs not given take the step's default."
  },
  {
    flag: "comments",
    input: "comments",
    value: "TEXT",
    group: "decision",
    help: "Comments recorded with the decision (--comment is accepted too). Default: a line naming where it was decided (a Jenkins BUILD_URL, a GitHub run)."
  },
  {
    flag: "wait-for-approval",
    input: "waitForApproval",
    value: "DURATION",
    group: "decision",
    help: "How long to wait for the approval step to start waiting when it has not yet (5m by default; 0 does not wait)."
  },
  {
    flag: "dry-run",
    input: "dryRun",
    boolean: true,
    value: "",
    group: "decision",
    help: "Check everything (inputs, the status gate, the execution, the waiting step, the merged approver inputs) and print what would be posted (nothing, for a step already decided as asked); post nothing. Exit code 0 when a real run would succeed."
  },
  // The optional status gate.
  {
    flag: "status-url",
    label: "status URL",
    input: "statusUrl",
    value: "URL",
    group: "gate",
    help: "Poll this URL until the external job succeeds or fails, then decide (success: the command; failure: see --on-failure)."
  },
  {
    flag: "status-header",
    input: "statusHeaders",
    repeatable: true,
    secret: true,
    value: "'NAME: VALUE'",
    group: "gate",
    help: "A header sent with every poll. Values are treated as secrets."
  },
  {
    flag: "status-field",
    input: "statusField",
    value: "PATH",
    group: "gate",
    help: "Dot path of the status in the JSON answer (status, build.result, items.0.state). Empty: the HTTP status decides."
  },
  {
    flag: "success-values",
    input: "successValues",
    value: "LIST",
    group: "gate",
    help: `Comma-separated status values meaning success (case-insensitive). Default: ${DEFAULT_SUCCESS_VALUES.join(", ")}.`
  },
  {
    flag: "failure-values",
    input: "failureValues",
    value: "LIST",
    group: "gate",
    help: `Comma-separated status values meaning failure (case-insensitive). Default: ${DEFAULT_FAILURE_VALUES.join(", ")}.`
  },
  {
    flag: "poll-interval",
    input: "pollInterval",
    value: "DURATION",
    group: "gate",
    help: "First wait between polls (10s by default); it grows with back-off."
  },
  {
    flag: "max-poll-interval",
    input: "maxPollInterval",
    value: "DURATION",
    group: "gate",
    help: "Longest wait between polls (60s by default)."
  },
  {
    flag: "timeout",
    input: "timeout",
    value: "DURATION",
    group: "gate",
    help: "How long the status gate polls before giving up (30m by default)."
  },
  {
    flag: "on-failure",
    input: "onFailure",
    value: "reject|fail",
    group: "gate",
    help: "When the job fails: reject the approval (default), or fail without deciding."
  },
  {
    flag: "on-timeout",
    input: "onTimeout",
    value: "fail|reject",
    group: "gate",
    help: "When the gate times out: fail without deciding (default), or reject."
  },
  // Following the pipeline after the decision.
  {
    flag: "wait-for-pipeline",
    input: "waitForPipeline",
    value: "DURATION",
    group: "follow",
    help: "After deciding, follow the pipeline for at most this long (e.g. 30m; off by default). Fails when it ends Failed, Errored, Aborted, Expired or ApprovalRejected (after an approve), or when the wait runs out."
  },
  {
    flag: "wait-for-pipeline-until",
    input: "waitForPipelineUntil",
    value: "past-approval|finished",
    group: "follow",
    help: "How far to follow: past-approval (default) until the pipeline has left the approval step; finished until it has ended."
  },
  // Limits: batches, request rate and time.
  {
    flag: "concurrency",
    input: "concurrency",
    value: "N",
    group: "tuning",
    help: "How many executions are decided at the same time (4 by default, at most 32)."
  },
  {
    flag: "max-requests-per-minute",
    input: "maxRequestsPerMinute",
    value: "N",
    group: "tuning",
    help: "Client-side cap on Harness requests per minute (300 by default); keeps a batch clear of Harness rate limits."
  },
  {
    flag: "request-timeout",
    input: "requestTimeout",
    value: "DURATION",
    group: "tuning",
    help: "The longest one request (to Harness, STO or the status URL) may take, connecting to the last byte of the answer (60s by default, from 1s to 10m); a failed read is retried for as long."
  }
];
var ACTION_INPUT = "action";
function upperSnake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}
function envNames(option) {
  return [`PLUGIN_${upperSnake(option.input)}`, ...option.extraEnv ?? []];
}
var FLAG_ALIASES = { org: "org-id", project: "project-id", comment: "comments" };
var DASH_ID = /^-[A-Za-z0-9_-]{21}$/;
function normaliseAliases(args, optionType) {
  const given2 = [];
  let rest;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      rest = args.slice(i + 1);
      break;
    }
    const match = /^--([^=]+)(=[\s\S]*)?$/.exec(arg);
    if (!match || match[2] === void 0 && DASH_ID.test(arg) && !FLAG_ALIASES[match[1]] && !optionType(match[1])) {
      given2.push({ text: arg, positional: !arg.startsWith("-") || arg === "-" || DASH_ID.test(arg) });
      continue;
    }
    const flag = FLAG_ALIASES[match[1]] ?? match[1];
    given2.push({ text: `--${flag}${match[2] ?? ""}`, positional: false });
    if (match[2] === void 0 && optionType(flag) === "string" && i + 1 < args.length) given2.push({ text: args[++i], positional: false });
  }
  const texts = (positional) => given2.filter((g) => g.positional === positional).map((g) => g.text);
  if (!given2.some((g) => g.positional && DASH_ID.test(g.text))) return [...given2.map((g) => g.text), ...rest ? ["--", ...rest] : []];
  return [...texts(false), "--", ...texts(true), ...rest ?? []];
}
var GENERAL_FLAGS = [
  { flag: "json", help: "Print exactly one JSON result object on stdout (progress still goes to stderr)." },
  { flag: "verbose", help: "Also print debug lines on stderr." },
  { flag: "help", short: "h", help: "Show this help." },
  { flag: "version", short: "V", help: "Print the version." }
];

// src/cli/render.ts
var PROGRAM = "harness-approval-gate";
var EXIT = {
  /** Every execution decided. */
  decided: 0,
  /** A decision failed, the gate failed, or the state is unknown. */
  failed: 1,
  /** Bad usage or invalid settings: nothing was sent. */
  usage: 2,
  /** The gate failed (or timed out) and the approval was rejected for it: recorded, but not what was asked. */
  rejectedByGate: 3,
  /** SIGINT/SIGTERM: everything was aborted, nothing was posted after. */
  cancelled: 130
};
function exitCodeFor(result) {
  switch (result.outcome) {
    case "decided":
    case "dry-run":
      return EXIT.decided;
    case "invalid-settings":
      return EXIT.usage;
    case "gate-rejected":
      return EXIT.rejectedByGate;
    case "cancelled":
      return EXIT.cancelled;
    default:
      return EXIT.failed;
  }
}
var GROUP_TITLES = {
  decision: "What to decide",
  harness: "Harness",
  gate: "Status gate (optional: decide only once an external job has finished)",
  follow: "Following the pipeline (optional: after the decision)",
  tuning: "Limits"
};
var FLAG_COLUMN = 34;
var COMMAND_COLUMN = 18;
var DEFAULT_HELP_WIDTH = 100;
var MIN_HELP_WIDTH = 60;
function helpWidth(columns) {
  return columns && columns > 0 ? Math.max(MIN_HELP_WIDTH, columns) : DEFAULT_HELP_WIDTH;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
var MIN_COLUMN_TEXT = 36;
var UNDER_COLUMN = 6;
function entry(left, help, width, column = FLAG_COLUMN) {
  if (width - column < MIN_COLUMN_TEXT) column = Math.min(column, UNDER_COLUMN);
  const body = wrap(help, width - column);
  const pad = " ".repeat(column);
  const first = left.length + 2 < column ? `  ${left.padEnd(column - 2)}${body[0] ?? ""}` : `  ${left}
${pad}${body[0] ?? ""}`;
  return [first, ...body.slice(1).map((l) => `${pad}${l}`)].join("\n");
}
function usage(command, width) {
  const indent = " ".repeat("Usage: ".length);
  return wrap(command, width - indent.length).map((l, i) => i === 0 ? `Usage: ${l}` : `${indent}${l}`);
}
function heading(title, width) {
  return wrap(`${title}:`, width);
}
function paragraph(text, width, indent = "") {
  return wrap(text, width - indent.length).map((l) => `${indent}${l}`);
}
function example(command, width, indent = "  ") {
  const [first = "", ...parts] = command.split(/ (?=--)/);
  const lines = [];
  let line = `${indent}${first}`;
  for (const part of parts) {
    if (line.length + part.length + 3 > width) {
      lines.push(`${line} \\`);
      line = `${indent}    ${part}`;
    } else line += ` ${part}`;
  }
  return [...lines, line];
}
var REQUIRED_MARK = "Required.";
function optionHelp(option, width) {
  const env = envNames(option).join(", ");
  const repeat = option.repeatable ? " Repeatable." : "";
  const required = option.required ? `${REQUIRED_MARK} ` : "";
  return entry(`--${option.flag}${option.value ? ` ${option.value}` : ""}`, `${required}${option.help}${repeat} Env: ${env}.`, width);
}
function generalHelp(commands, width = DEFAULT_HELP_WIDTH) {
  return [
    ...usage(`${PROGRAM} <command> [options]`, width),
    "",
    ...paragraph(
      "Approves or rejects a waiting Harness pipeline approval, exactly once: from a terminal, Jenkins, a Harness Run step or any CI. The same checks and messages as the GitHub Action.",
      width
    ),
    "",
    "Commands:",
    ...commands.map((c) => entry(c.name, c.summary, width, COMMAND_COLUMN)),
    entry("help [command]", "Show help (for one command).", width, COMMAND_COLUMN),
    "",
    ...paragraph(`Run '${PROGRAM} <command> --help' for the options of a command.`, width),
    "",
    ...exitCodes(width)
  ].join("\n");
}
function decideHelp(command, width = DEFAULT_HELP_WIDTH) {
  const groups = ["decision", "harness", "gate", "follow", "tuning"];
  const sections = groups.flatMap((group) => ["", ...heading(GROUP_TITLES[group], width), ...INPUT_OPTIONS.filter((o) => o.group === group).map((o) => optionHelp(o, width))]);
  return [
    ...usage(`${PROGRAM} ${command} --execution-id ID [options]`, width),
    "",
    ...paragraph(
      `${command === "approve" ? "Approves" : "Rejects"} the waiting Harness Approval step of one or more pipeline executions, each exactly once. With --status-url, first waits for an external job to finish.`,
      width
    ),
    ...sections,
    "",
    "Output:",
    ...GENERAL_FLAGS.map((f) => entry(f.short ? `-${f.short}, --${f.flag}` : `--${f.flag}`, f.help, width)),
    "",
    "Environment:",
    ...paragraph(
      "Each option can come from the environment instead: PLUGIN_<NAME> (the upper snake case of the input, as Harness and Drone plugin steps pass settings) or the HARNESS_* variables listed. A flag wins over the environment; PLUGIN_* wins over HARNESS_*; empty variables count as unset. PLUGIN_ACTION (approve or reject) stands in for a missing command.",
      width,
      "  "
    ),
    "",
    ...exitCodes(width),
    "",
    "Examples:",
    "  export HARNESS_API_KEY=pat.\u2026   # from your secret store",
    ...example(`${PROGRAM} ${command} --execution-id Kq3x9 --org-id default --project-id payments`, width),
    ...example(
      `${PROGRAM} approve --execution-id Kq3x9 --callback-id deploy-gate --approver-input ticket=CHG-1042 --comments 'Smoke tests passed' --org-id default --project-id payments --json`,
      width
    ),
    ...example(
      `${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments --timeout 20m --status-url https://ci.example.com/job/42/api/json --status-field result --status-header "Authorization: Bearer $CI_TOKEN"`,
      width
    ),
    ...example(`${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments --dry-run`, width),
    ...example(`${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments --wait-for-pipeline 30m --wait-for-pipeline-until finished`, width)
  ].join("\n");
}
function exitCodes(width) {
  return [
    "Exit codes:",
    entry(
      String(EXIT.decided),
      "Decided as asked (every execution; with --wait-for-pipeline, each pipeline got as far as awaited). With --dry-run: a real run would succeed.",
      width,
      COMMAND_COLUMN
    ),
    entry(
      String(EXIT.failed),
      "Not decided: a decision failed, the status gate failed, or the state is unknown; or a followed pipeline failed or the wait ran out.",
      width,
      COMMAND_COLUMN
    ),
    entry(String(EXIT.usage), "Bad usage or invalid settings; nothing was sent to Harness.", width, COMMAND_COLUMN),
    entry(
      String(EXIT.rejectedByGate),
      "Rejected because the status gate reported failure (or timed out with --on-timeout reject): recorded in Harness, but not the decision asked for.",
      width,
      COMMAND_COLUMN
    ),
    entry(String(EXIT.cancelled), "Cancelled (SIGINT/SIGTERM); nothing was posted after.", width, COMMAND_COLUMN)
  ];
}

// src/cli/suggest.ts
init_durations();
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function nearest(name, candidates) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
function durationMeant(args, word, durationFlags) {
  const at = args.indexOf(word);
  const flag = at >= 2 ? /^--(.+)$/.exec(args[at - 2])?.[1] : void 0;
  if (!flag || !durationFlags.has(flag)) return void 0;
  const meant = durationInWords(`${args[at - 1]} ${word}`);
  return meant ? `--${flag} ${meant}` : void 0;
}
function oneDashWord(args, letter) {
  const end = args.indexOf("--");
  for (const arg of end === -1 ? args : args.slice(0, end)) {
    const word = /^-([A-Za-z][A-Za-z0-9_-]+)(?:=|$)/.exec(arg)?.[1];
    if (word?.includes(letter)) return word;
  }
  return void 0;
}
function explainParseError(error, args, flags, durationFlags = /* @__PURE__ */ new Set()) {
  const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(error.message);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    let [, dashes = "", name = ""] = unknown;
    const word = dashes === "-" ? oneDashWord(args, name) : void 0;
    if (word) name = word;
    const kebab = name.replace(/_/g, "-").replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
    const match = flags.includes(kebab) ? kebab : nearest(kebab, flags);
    return `Unknown option '${dashes}${name}'.${match ? ` Did you mean --${match}?` : ""}`;
  }
  const positional = /^Unexpected argument '([^']*)'/.exec(error.message);
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" && positional) {
    const meant = durationMeant(args, positional[1], durationFlags);
    if (meant) return `Unexpected argument '${positional[1]}': a duration is one word. Did you mean ${meant}?`;
    return `Unexpected argument '${positional[1]}': this command takes options only (quote a value that has spaces).`;
  }
  return /[.?!]$/.test(error.message) ? error.message : `${error.message}.`;
}

// src/cli/command.ts
function commandGroup(name, summary, verbs) {
  return { name, summary, run: (args, io) => dispatch(verbs, args, io, `${PROGRAM} ${name}`) };
}
async function dispatch(commands, args, io, prefix, options = {}) {
  const [first, ...rest] = args;
  const width = helpWidth(io.columns);
  const listing = () => options.help ? options.help(commands, width) : commandList(prefix, commands, width);
  if (first === "help") {
    const named = rest[0] === void 0 ? void 0 : commands.find((c) => c.name === rest[0]);
    if (rest[0] !== void 0 && !named) return usageError(io, `Unknown command '${rest[0]}'.`, { json: false, prefix });
    if (named) return named.run(["--help", ...rest.slice(1)], io);
    io.stdout.write(`${listing()}
`);
    return EXIT.decided;
  }
  if (first !== void 0 && !first.startsWith("-")) {
    const command = commands.find((c) => c.name === first);
    if (!command) {
      const meant = nearest(first, commands.map((c) => c.name));
      const hint = meant ? ` Did you mean '${meant}'?` : "";
      return usageError(io, `Unknown command '${first}'; expected ${commands.map((c) => c.name).join(", ")}.${hint}`, { json: args.includes("--json"), prefix });
    }
    return command.run(rest, io);
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(`${listing()}
`);
    return EXIT.decided;
  }
  if (options.fallback) return options.fallback.run(args, io);
  if (first === void 0) {
    io.stderr.write(`${listing()}
`);
    return EXIT.usage;
  }
  return usageError(io, `Missing command: ${commands.map((c) => c.name).join(", ")}.`, { json: args.includes("--json"), prefix });
}
function commandList(prefix, commands, width) {
  const column = Math.max(...commands.map((c) => c.name.length), 4) + 6;
  return [
    ...usage(`${prefix} <command> [options]`, width),
    "",
    "Commands:",
    ...commands.map((c) => entry(c.name, c.summary, width, column)),
    "",
    ...paragraph(`Run '${prefix} <command> --help' for the options of a command.`, width)
  ].join("\n");
}
function usageError(io, message, options) {
  const redactor = options.redactor ?? new Redactor();
  io.stderr.write(`${redactor.redact(`error: ${message}`)}
Run '${options.prefix} --help' for usage.
`);
  if (options.json) {
    const result = { outcome: "invalid-settings", executions: [], problems: [message] };
    io.stdout.write(`${redactor.redact(JSON.stringify(result))}
`);
  }
  return EXIT.usage;
}

// src/cli/decide.ts
var import_node_util = __toESM(require_node_util());

// src/http/transport.ts
init_durations();

// src/http/node-transport.ts
var import_node_http = __toESM(require_node_http());
var import_node_module = __toESM(require_node_module());

// src/http/transport-errors.ts
var TransportError = class extends Error {
  constructor(failure2, maybeDelivered, message, options) {
    super(message, options);
    this.failure = failure2;
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
function errorCode(error) {
  let current = error;
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
function toTransportError(error, req) {
  if (error instanceof TransportError) return error;
  const where = `${req.method} ${req.url.origin}${req.url.pathname}`;
  if (req.signal?.aborted) return new TransportError("aborted", true, `${where} was cancelled`, { cause: error });
  const code = errorCode(error) ?? error?.name ?? "unknown";
  if (CERTIFICATE_CODES.has(code)) {
    return new TransportError("certificate", false, `${where}: could not connect, the server's certificate is not trusted (${code})`, { cause: error });
  }
  if (CONNECT_CODES.has(code)) {
    return new TransportError("connect", false, `${where}: could not connect, ${CONNECT_PROBLEMS[code] ?? "the network failed"} (${code})`, { cause: error, code });
  }
  if (code === HEADERS_TIMEOUT || code === BODY_TIMEOUT) {
    return new TransportError("timeout", true, `${where}: no answer in time (${code})`, { cause: error });
  }
  if (code === TOTAL_TIMEOUT || code === CALLER_DEADLINE) {
    return new TransportError("timeout", true, `${where}: ${error.message}`, { cause: error, code });
  }
  if (RESET_CODES.has(code)) {
    return new TransportError("reset", true, `${where}: the connection was dropped (${code})`, { cause: error });
  }
  return new TransportError("other", true, `${where}: ${code}`, { cause: error });
}

// src/http/node-transport.ts
init_transport_types();
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
function asUndiciCode(error) {
  const e = error;
  if (e?.code === "ECONNRESET" && (e.message === "socket hang up" || e.message === "aborted")) {
    return codedError(SOCKET_CLOSED, `other side closed (${e.message})`);
  }
  return error;
}
function exchange(request, agent, secure, raw, timeouts, done) {
  return new Promise((resolve, reject) => {
    const headers = { ...raw.headers };
    if (raw.body !== void 0) headers["content-length"] = String(Buffer.byteLength(raw.body));
    let req;
    try {
      req = request(raw.url, { method: raw.method, headers, agent });
    } catch (error) {
      done();
      return reject(error);
    }
    let response;
    let timer;
    const stop = (error) => response ? response.destroy(error) : req.destroy(error);
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
    req.on("error", (error) => {
      reject(asUndiciCode(error));
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
    res.once("error", (error) => reject(asUndiciCode(error)));
    res.once("close", () => reject(codedError(SOCKET_CLOSED, "other side closed")));
  });
}

// src/http/transport.ts
init_transport_types();
var DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
function createHttpClient(options = {}) {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  timeouts.connectMs = Math.min(timeouts.connectMs, Math.max(timeouts.totalMs / 2 - 500, timeouts.totalMs / 4));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const env = options.env ?? process.env;
  let made;
  if (options.transport === "undici" || options.caCert || hasProxy(env)) {
    made = Promise.resolve().then(() => (init_undici_transport(), undici_transport_exports)).then((m) => m.createUndiciSender(timeouts, options.caCert, env));
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
  const fail = (error) => {
    const expired = controller.signal.aborted && !req.signal?.aborted;
    return toTransportError(expired ? controller.signal.reason : error, req);
  };
  try {
    let response;
    try {
      response = await sender.request({ method: req.method, url: req.url, headers, body, signal: controller.signal });
    } catch (error) {
      throw fail(error);
    }
    let read;
    try {
      read = await response.read(maxBodyBytes);
    } catch (error) {
      throw fail(error);
    }
    await new Promise((resolve) => setImmediate(resolve));
    return { status: response.status, headers: response.headers, text: read.body.toString("utf8"), truncated: read.truncated };
  } finally {
    clearTimeout(deadline);
    req.signal?.removeEventListener("abort", cancel);
  }
}

// src/gate/status-gate.ts
init_durations();

// src/gate/verdict.ts
init_durations();
var EXCERPT_LENGTH = 200;
var VALUE_LENGTH = 100;
function readField(data, path) {
  let current = data;
  const segments = path.split(".");
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
var MIN_SECRET_LENGTH3 = 4;
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
    } catch (error) {
      if (signal?.aborted || error instanceof CancelledError) {
        logger.info(`cancelled during attempt ${attempts}`);
        return finish("cancelled", `cancelled after ${spent()}${last ? `; last answer: ${describePoll(last)}` : ""}`);
      }
      throw error;
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
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError();
      if (!(error instanceof TransportError)) throw error;
      const failure2 = error.failure === "aborted" ? "other" : error.failure;
      const detail = cleanRemoteText(redact(error.message), 200);
      if (error.failure === "certificate") return { status: failure2, result: { kind: "error", detail: `${detail}; trust its CA with caCert or NODE_EXTRA_CA_CERTS` } };
      return { status: failure2, result: { kind: "transient", detail }, requestTimeout: error.code === TOTAL_TIMEOUT };
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
  const list = [...secrets2].filter((s) => s.length >= MIN_SECRET_LENGTH3).sort((a, b) => b.length - a.length);
  return (text) => list.reduce((clean3, secret) => clean3.split(secret).join("***"), text);
}
var Timeline = class {
  head = [];
  tail = [];
  omitted = 0;
  add(entry2) {
    if (this.head.length < TIMELINE_HEAD) {
      this.head.push(entry2);
      return;
    }
    this.tail.push(entry2);
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
function unreachableCause(error, service) {
  const slow = error.code === TOTAL_TIMEOUT;
  const fix = slow ? `Raise {requestTimeout} if ${service} answers this slowly; else check proxies (HTTPS_PROXY, NO_PROXY) and the network in between.` : error.failure === "certificate" ? "Trust the server's CA (NODE_EXTRA_CA_CERTS, or {caCert} with the PEM); check {baseUrl} and any proxy that intercepts TLS (HTTPS_PROXY, NO_PROXY)." : "Check {baseUrl} (a mistyped host name?), proxies (HTTPS_PROXY, NO_PROXY) and whether the runner's network reaches that host.";
  return { id: "unreachable", title: slow ? `${service} answered too slowly` : `Could not reach ${service}`, explanation: `${error.message}.`, fix, status: 0, harnessMessage: "" };
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
        } catch (error) {
          if (!(error instanceof TransportError) || error.failure !== "connect" || req.signal?.aborted) throw error;
          const wait = retry.waitsMs[tries - 1];
          const giveUp = error.code === NAME_UNKNOWN || error.code === NAME_LOOKUP_FAILED && tries >= 2 || wait === void 0 || clock.now() + wait - started > retry.budgetMs;
          if (giveUp) throw tries === 1 ? error : afterTries(error, tries, clock.now() - started);
          if (tries === 1 && !announced) logger.info(`${error.message}; trying again for up to ${Math.round(retry.budgetMs / 1e3)}s.`);
          announced = true;
          await clock.sleep(wait, req.signal);
        }
      }
    },
    close: () => http.close(),
    destroy: () => http.destroy()
  };
}
function afterTries(error, tries, elapsedMs) {
  const seconds = Math.round(elapsedMs / 100) / 10;
  return new TransportError(error.failure, error.maybeDelivered, `${error.message}; ${tries} tries in ${seconds}s`, {
    cause: error,
    ...error.code ? { code: error.code } : {}
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
function isNetworkError(error) {
  const isValid = error && isError(error) && error.name === "TypeError" && typeof error.message === "string";
  if (!isValid) {
    return false;
  }
  const { message, stack } = error;
  if (message === "Load failed" || message.startsWith("Load failed (") && message.endsWith(")")) {
    return stack === void 0 || "__sentry_captured__" in error;
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
async function onAttemptFailure({ error, attemptNumber, retriesConsumed, startTime, options }) {
  const normalizedError = error instanceof Error ? error : new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);
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
    } catch (error) {
      if (await onAttemptFailure({
        error,
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
function isTransient(error) {
  if (error instanceof TransportError) return error.failure !== "aborted" && error.failure !== "certificate" && error.failure !== "connect";
  if (error instanceof HarnessApiError) {
    const status = error.harnessCause.status;
    return status === 429 || status === 408 || status >= 500;
  }
  return error instanceof UnexpectedBodyError;
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
      } catch (error) {
        if (ctx.signal?.aborted || !isTransient(error)) throw new AbortError(error);
        throw error;
      }
    },
    {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 0,
      // p-retry's own timer stays idle: the clock below does the waiting
      signal: ctx.signal,
      shouldRetry: async ({ error, attemptNumber }) => {
        const wait = backoffDelay(attemptNumber, backoff, ctx.random);
        if (ctx.clock.now() + wait > deadline) return false;
        if (error.message === previous) repeats++;
        else {
          flush();
          previous = error.message;
          ctx.logger.info(`${what} failed (attempt ${attemptNumber}: ${error.message}); trying again in ${Math.round(wait / 100) / 10}s.`);
        }
        await ctx.clock.sleep(wait, ctx.signal);
        return true;
      }
    }
  ).finally(flush).catch((error) => {
    throw error instanceof AbortError && "originalError" in error ? error.originalError : error;
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
var STO_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
var MAX_IDENTIFIER_LENGTH = 128;
var MAX_TEXT_LENGTH = 1024;
var MAX_PAGE_SIZE = 100;
var MAX_DURATION_DAYS = 3650;
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
function checkIdentifier(problems, field2, value) {
  if (STO_IDENTIFIER.test(value) && value.length <= MAX_IDENTIFIER_LENGTH) return true;
  problems.add(field2, value, IDENTIFIER_RULE);
  return false;
}
function checkText(problems, field2, value, max = MAX_TEXT_LENGTH) {
  const length = codePointLength(value);
  if (length <= max) return true;
  problems.add(field2, value, `at most ${max} characters (it has ${length})`);
  return false;
}
var wordsOf = (text) => text.trim().toLowerCase().split(/[\s_-]+/).filter(Boolean).join(" ");
function normaliseExemptionType(text) {
  const words = wordsOf(text);
  return EXEMPTION_TYPES.find((t) => t.toLowerCase() === words);
}
function parseExemptionType(problems, field2, text) {
  const type = normaliseExemptionType(text);
  if (!type) problems.add(field2, text, TYPE_RULE);
  return type;
}
function normaliseExemptionStatus(text) {
  const lower = text.trim().toLowerCase();
  const wanted = lower === "cancelled" ? "canceled" : lower;
  return EXEMPTION_STATUSES.find((s) => s.toLowerCase() === wanted);
}
function parseStatusFilter(problems, field2, text) {
  const status = normaliseExemptionStatus(text);
  if (!status) problems.add(field2, text, STATUS_RULE);
  return status;
}
function parseWholeNumber(problems, field2, text, min, max) {
  const shown = String(text).trim();
  const value = Number(shown);
  if (!/^\d+$/.test(shown) || value < min || value > max) {
    problems.add(field2, shown, `a whole number from ${min} to ${max}`);
    return void 0;
  }
  return value;
}
function parsePageSize(problems, field2, text, fallback = MAX_PAGE_SIZE) {
  if (text === void 0 || String(text).trim() === "") return fallback;
  return parseWholeNumber(problems, field2, text, 1, MAX_PAGE_SIZE) ?? fallback;
}
function parseExpiration(problems, field2, text, nowMs) {
  const shown = String(text).trim();
  let seconds;
  if (/^\d{1,12}$/.test(shown)) seconds = Number(shown);
  else if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) {
    const ms = Date.parse(`${shown}T23:59:59Z`);
    if (Number.isFinite(ms) && new Date(ms).toISOString().startsWith(shown)) seconds = Math.floor(ms / 1e3);
  } else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(shown)) {
    const ms = Date.parse(shown);
    if (Number.isFinite(ms)) seconds = Math.floor(ms / 1e3);
  }
  if (seconds === void 0) {
    problems.add(field2, shown, "a date (2025-12-31, the end of that day in UTC), an ISO date-time with a zone (2025-12-31T18:00:00Z), or unix seconds");
    return void 0;
  }
  if (seconds * 1e3 <= nowMs) {
    problems.add(field2, shown, `a moment in the future (it is ${new Date(seconds * 1e3).toISOString()})`);
    return void 0;
  }
  return seconds;
}
function checkScopeRules(problems, where) {
  if (where.projectId !== void 0 && where.orgId === void 0) {
    problems.add("projectId", where.projectId, "to come with {orgId} (a project lives in an organization)");
  }
  if (where.targetId !== void 0 && (where.projectId !== void 0 || where.pipelineId !== void 0)) {
    const other = where.pipelineId !== void 0 ? "pipelineId" : "projectId";
    problems.add("targetId", where.targetId, `no {${other}} with it: an exemption applies to a target, or to a project or pipeline, not both`);
  }
  if (where.pipelineId !== void 0 && (where.orgId === void 0 || where.projectId === void 0)) {
    problems.add("pipelineId", where.pipelineId, "{orgId} and {projectId} with it (a pipeline lives in a project)");
  }
}
function parseScope(problems, orgId, projectId) {
  const scope = {};
  const org = orgId?.trim() ?? "";
  const project = projectId?.trim() ?? "";
  if (org !== "" && checkIdentifier(problems, "orgId", org)) scope.orgId = org;
  if (project !== "" && checkIdentifier(problems, "projectId", project)) scope.projectId = project;
  if (project !== "" && org === "") problems.add("projectId", project, "to come with {orgId} (a project lives in an organization)");
  return scope;
}
var given = (value) => value !== void 0 && String(value).trim() !== "";
function parseExemptionFields(problems, input, nowMs) {
  const fields = {};
  if (given(input.type)) {
    const type = parseExemptionType(problems, "type", String(input.type));
    if (type) fields.type = type;
  }
  if (input.reason !== void 0) {
    const reason = input.reason.trim();
    if (reason === "") problems.add("reason", input.reason, "a reason for the exemption (not empty), at most 1024 characters");
    else if (checkText(problems, "reason", reason)) fields.reason = reason;
  }
  if (given(input.durationDays)) {
    const days = parseWholeNumber(problems, "durationDays", input.durationDays, 1, MAX_DURATION_DAYS);
    if (days !== void 0) fields.pendingChanges = { durationDays: days };
  }
  if (given(input.expiration)) {
    const expiration = parseExpiration(problems, "expiration", input.expiration, nowMs);
    if (expiration !== void 0) fields.expiration = expiration;
  }
  if (given(input.link)) {
    const link = String(input.link).trim();
    if (checkText(problems, "link", link)) fields.link = link;
  }
  if (given(input.pipelineId)) {
    const id = String(input.pipelineId).trim();
    if (checkIdentifier(problems, "pipelineId", id)) fields.pipelineId = id;
  }
  if (given(input.targetId)) {
    const id = String(input.targetId).trim();
    if (checkStoId(problems, "targetId", id)) fields.targetId = id;
  }
  if (given(input.requesterId)) {
    const id = String(input.requesterId).trim();
    if (checkStoId(problems, "requesterId", id)) fields.requesterId = id;
  }
  return fields;
}
function validateCreateExemption(input, nowMs) {
  const problems = new Problems();
  const issueId = input.issueId?.trim() ?? "";
  if (issueId === "") problems.add("issueId", issueId, `the STO issue id to exempt: ${ID_RULE}`);
  else checkStoId(problems, "issueId", issueId);
  if (!given(input.type)) problems.add("type", "", TYPE_RULE);
  if (input.reason === void 0) problems.add("reason", "", "a reason for the exemption (not empty), at most 1024 characters");
  const scope = parseScope(problems, input.orgId, input.projectId);
  const fields = parseExemptionFields(problems, input, nowMs);
  checkScopeRules(problems, { ...scope, pipelineId: fields.pipelineId, targetId: fields.targetId });
  problems.throwIfAny();
  return {
    scope,
    body: {
      issueId,
      type: fields.type,
      reason: fields.reason,
      // STO wants the object even when it is empty.
      pendingChanges: fields.pendingChanges ?? {},
      ...fields.expiration !== void 0 ? { expiration: fields.expiration } : {},
      ...fields.link !== void 0 ? { link: fields.link } : {},
      ...fields.pipelineId !== void 0 ? { pipelineId: fields.pipelineId } : {},
      ...fields.targetId !== void 0 ? { targetId: fields.targetId } : {},
      ...fields.requesterId !== void 0 ? { requesterId: fields.requesterId } : {}
    }
  };
}
function validateUpdateExemption(input, nowMs) {
  const problems = new Problems();
  const id = input.id?.trim() ?? "";
  checkStoId(problems, "id", id);
  const scope = parseScope(problems, input.orgId, input.projectId);
  const changes = parseExemptionFields(problems, input, nowMs);
  if (Object.keys(changes).length === 0 && problems.list.length === 0) {
    problems.add("changes", "", "at least one change: {type}, {reason}, {durationDays}, {expiration}, {link}, {pipelineId}, {targetId} or {requesterId}");
  }
  problems.throwIfAny();
  return { id, scope, changes };
}
function mergedUpdateProblems(scope, body) {
  const problems = new Problems();
  checkScopeRules(problems, { ...scope, pipelineId: body.pipelineId, targetId: body.targetId });
  if (!EXEMPTION_TYPES.includes(body.type)) problems.add("type", body.type, TYPE_RULE);
  if (body.requesterId !== void 0) checkStoId(problems, "requesterId", body.requesterId);
  return problems.list;
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
  } catch (error) {
    const scoped = scope.orgId !== void 0 || scope.projectId !== void 0;
    if (!scoped || !(error instanceof HarnessApiError) || error.harnessCause.status !== 404) throw error;
    try {
      return await client.find(id, {}, signal);
    } catch (wider) {
      if (isTransient(wider)) throw wider;
      throw error;
    }
  }
}
async function decideExemption(req, deps) {
  const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING;
  const ctx = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal };
  const base = { exemptionId: req.exemptionId, decision: req.action };
  const wanted = wantedStatus(req.action);
  const path = req.action === "APPROVE" ? "approve" : "reject";
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
    const approverId = req.approverId ?? await ownUserId2();
    if (typeof approverId !== "string") return failed(approverId);
    const scope = scopeOfExemption(exemption);
    const read1 = exemption;
    exemption = await read(`Reading exemption ${req.exemptionId} again before the ${path}`, scope);
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
        const after = await deps.client.decide(req.exemptionId, path, scope, body, deps.signal);
        if (after.id !== req.exemptionId) return await answerAboutAnother(after, approverId, scope, before);
        exemption = after;
        return settled(after, approverId, false, before);
      } catch (error) {
        if (deps.signal?.aborted) throw new CancelledError();
        last = error instanceof Error ? error.message : String(error);
        if (error instanceof TransportError && error.failure === "connect") return failed(unreachableCause(error, "STO"));
        if (error instanceof HarnessApiError && error.harnessCause.status === 429) {
          deps.logger.warning(`Exemption ${req.exemptionId}: ${last}; the ${path} was not processed.`, "Rate limited");
          if (puts < timing.maxPuts) await deps.clock.sleep(backoffDelay(puts, timing.reads, ctx.random), deps.signal);
          continue;
        }
        const definite = error instanceof HarnessApiError && !isTransient(error);
        if (definite && !mayHaveArrived) return await changedMeanwhile(from, scope) ?? failed(error.harnessCause);
        mayHaveArrived = true;
        deps.logger.warning(`Exemption ${req.exemptionId}: the ${path}'s outcome is unclear (${last}); reading the exemption back.`, "Unclear answer from STO");
        await deps.clock.sleep(timing.settleMs, deps.signal);
        let now;
        try {
          now = await read(`Reading back exemption ${req.exemptionId}`, scope);
        } catch (readError) {
          if (deps.signal?.aborted) throw new CancelledError();
          const reason = readError instanceof Error ? readError.message : String(readError);
          return { kind: "unknown", ...base, message: `Decision state unknown for exemption ${req.exemptionId}: the ${path} may or may not have been recorded (${last}), and the exemption could not be read back (${reason}). Check it in Harness before running this again.`, puts, ...known() };
        }
        exemption = now;
        if (now.status === wanted) return settled(now, approverId, true, before);
        if (now.status !== from) return failed(changedCause(now, from));
        if (definite) return failed(error.harnessCause);
      }
    }
    if (!mayHaveArrived) return failed(cause("rate-limited", "Harness rate limit reached", `${last}.`, "Lower {maxRequestsPerMinute} or {concurrency}, or spread runs out."));
    return { kind: "unknown", ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${puts} attempts gave no clear answer (last: ${last}), and it still shows ${cleanRemoteText(from, 40)}. Check it in Harness.`, puts, ...known() };
  } catch (error) {
    if (deps.signal?.aborted || error instanceof CancelledError) return { kind: "cancelled", ...base, puts, ...known() };
    if (error instanceof HarnessApiError) return failed(error.harnessCause);
    if (puts > 0) return { kind: "unknown", ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${error.message}. Check it in Harness.`, puts, ...known() };
    return failed(describeReadFailure(error));
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
      return { kind: "unknown", ...base, message: `STO accepted the ${path} of exemption ${req.exemptionId} but still shows it ${cleanRemoteText(after.status, 40)}. Check it in Harness.`, puts, exemption: after };
    }
    return failed(cause("already-finished", "Exemption ended otherwise", `After this ${path}, STO reports exemption ${req.exemptionId} as ${cleanRemoteText(after.status, 40)}.`, VIEW_IN_HARNESS));
  }
  async function answerAboutAnother(other, approverId, scope, before) {
    const said = `STO answered the ${path} of exemption ${req.exemptionId} with another exemption ('${cleanRemoteText(other.id, 60)}')`;
    let now;
    try {
      now = await deps.client.find(req.exemptionId, scope, deps.signal);
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError();
      return { kind: "unknown", ...base, message: `${said}, and the exemption could not be read back (${error.message}). Check it in Harness.`, puts, ...known() };
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
  async function ownUserId2() {
    try {
      const user = await retryRead("Reading the API key's user", () => deps.client.currentUser(deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
      if (!STO_ID.test(user.uuid)) {
        return cause("invalid-inputs", "Key's user id not usable", `Harness gave the key's user id as '${cleanRemoteText(user.uuid, 60)}', which is not an STO user id (22 letters, digits, - or _).`, "Set {approverId} to the approving user's id.");
      }
      deps.logger.info(`${req.action === "REJECT" ? "Rejecting" : "Approving"} as the key's own user ${user.uuid}${user.email ? ` (${cleanRemoteText(user.email, 100)})` : ""}.`);
      return user.uuid;
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError();
      if (error instanceof HarnessApiError && SERVICE_ACCOUNT_HAS_NO_USER.test(error.harnessCause.harnessMessage)) return error.harnessCause;
      const why = error instanceof HarnessApiError ? error.harnessCause : describeReadFailure(error);
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
function describeReadFailure(error) {
  if (error instanceof TransportError) return unreachableCause(error, "STO");
  if (error instanceof UnexpectedBodyError) {
    return cause("not-json", "Unexpected answer from STO", `${error.message}.`, "Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).");
  }
  return cause("unknown", "Unexpected failure", error?.message ?? String(error), "Report this with the log of the run.");
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
var import_node_module4 = __toESM(require_node_module());
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
var loadBuiltin3 = (0, import_node_module4.createRequire)(import.meta.url);
function runInWorker(pattern, value, budgetMs, signal) {
  const { Worker } = loadBuiltin3("node:worker_threads");
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
    worker.once("error", (error) => finish(() => resolve({ kind: "unchecked", why: `the check failed (${error.message})` })));
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
function mergeApproverInputs(step, given2, activities = [], judge = inlineJudge) {
  const stepNames = step.map((s) => s.name);
  const listed = stepNames.length > 0 ? `the step's inputs are: ${stepNames.join(", ")}` : "the step has no approver inputs";
  const unknown = given2.filter((g) => !stepNames.includes(g.name)).map((g) => g.name);
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
    const mine = given2.find((g) => g.name === s.name);
    const value = valueFor(s, given2);
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
    return { reason: "Value was required but not provided", hint: (given2) => given2 ? " (the value given is empty)" : " (neither approverInputs nor the step's default gives one)" };
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
function valueFor(step, given2) {
  return given2.find((g) => g.name === step.name)?.value ?? step.defaultValue ?? "";
}
function patternChecks(step, given2) {
  return step.map((s) => ({ name: s.name, pattern: s.regex ?? "", value: valueFor(s, given2) })).filter((c) => c.pattern !== "" && c.value !== "");
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
    } catch (error) {
      if (signal?.aborted) throw error;
    }
    return fallbackExecutionUrl(this.target, summary);
  }
  /** {base}/pipeline/api/pipelines/{path} with the scope query the pipeline service wants. */
  url(...path) {
    const { baseUrl, accountId, orgId, projectId } = this.target;
    const url = harnessUrl(baseUrl, "pipeline", "api", "pipelines", ...path);
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
    const all = await listing.catch((error) => {
      throw withViewPermission(error, req.executionId);
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
function withViewPermission(error, executionId) {
  if (!(error instanceof HarnessApiError) || error.harnessCause.id !== "forbidden") return error;
  return new HarnessApiError({
    ...error.harnessCause,
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
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError();
      return { kind: "unreadable", reason: error instanceof Error ? error.message : String(error) };
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
      } catch (error) {
        if (deps.signal?.aborted) {
          if (!(error instanceof TransportError && error.failure === "connect")) mayBeRecorded = true;
          throw new CancelledError();
        }
        const notSent = error instanceof TransportError && (error.failure === "certificate" || error.failure === "connect");
        if (notSent && !mayBeRecorded) return failed(describeReadFailure2(error), inputs);
        const definite = error instanceof HarnessApiError && !isTransient(error);
        const leftWaiting = definite && error.harnessCause.id === "already-finished";
        if (definite && !mayBeRecorded && !leftWaiting) return failed(error.harnessCause, inputs);
        if (!notSent && !definite && !(error instanceof HarnessApiError && error.harnessCause.id === "rate-limited")) allProvenNotApplied = false;
        if (!notSent && !definite) mayBeRecorded = true;
        unclear = error instanceof Error ? error.message : String(error);
        if (!leftWaiting) deps.logger.warning(`Execution ${req.executionId}: the decision's outcome is unclear (${unclear}); reading the approval state back instead of posting again.`, "Unclear answer from Harness");
        const state = await readBack({ ...req, posts, instanceId }, deps, ctx, timing);
        if (state.kind === "ours") return decided(state.instance, true);
        if (state.kind === "matches") return decided(state.instance, true, "The approval shows the requested decision, but not this run's activity: it may have been decided by someone else.");
        if (state.kind === "finished") return failed(finishedOtherwise(req.executionId, state.instance, mayBeRecorded), inputs);
        if (state.kind === "unreadable") {
          return { kind: "unknown", ...base, message: `Decision state unknown for execution ${req.executionId}: the decision may or may not have been recorded (${unclear}), and the approval state could not be read back (${state.reason}). Check the execution in Harness before running this again.`, posts, waitedMs: waited(), inputsSent: inputs, ...withPipeline2() };
        }
        if (definite) return failed(error.harnessCause, inputs);
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
  } catch (error) {
    if (deps.signal?.aborted || error instanceof CancelledError) return { kind: "cancelled", ...base, posts, waitedMs: waited(), ...mayBeRecorded ? { mayBeRecorded: true } : {}, ...stage ? { stage } : {} };
    if (error instanceof HarnessApiError) return failed(error.harnessCause);
    if (posts > 0) {
      return { kind: "unknown", ...base, message: `Decision state unknown for execution ${req.executionId}: ${error.message}. Check the execution in Harness.`, posts, waitedMs: waited(), ...withPipeline2() };
    }
    return failed(describeReadFailure2(error));
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
function describeReadFailure2(error) {
  if (error instanceof TransportError) return unreachableCause(error, "Harness");
  if (error instanceof UnexpectedBodyError) {
    return localCause("not-json", "Unexpected answer from Harness", `${error.message}.`, "Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).");
  }
  return localCause("unknown", "Unexpected failure", error?.message ?? String(error), "Report this with the log of the run.");
}

// src/approvals/follow-pipeline.ts
init_durations();
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
      } catch (error) {
        if (deps.signal?.aborted || error instanceof CancelledError) throw error;
        const cause2 = error instanceof HarnessApiError ? error.harnessCause : void 0;
        const why = error instanceof Error ? error.message : String(error);
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
  } catch (error) {
    if (deps.signal?.aborted || error instanceof CancelledError) {
      return end("cancelled", true, `Following the pipeline was cancelled: ${reported()}.`);
    }
    throw error;
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

// src/run/before-wait.ts
init_durations();

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
  url(path) {
    const { baseUrl, accountId } = this.target;
    const url = new URL(`${baseUrl.pathname.replace(/\/+$/, "")}${path}`, baseUrl.origin);
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
    } catch (error) {
      if (deps.signal?.aborted) throw error;
      deps.logger.debug(`${what} failed (${error instanceof Error ? error.message : String(error)}); going on without it.`);
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
function causeOf(error) {
  return error instanceof HarnessApiError ? error.harnessCause : describeReadFailure2(error);
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
  } catch (error) {
    if (deps.signal.aborted || error instanceof CancelledError) return false;
    throw error;
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
  } catch (error) {
    if (deps.signal.aborted) throw new CancelledError();
    deps.logger.debug(`Watching execution ${w.executionId}: the read failed (${error instanceof Error ? error.message : String(error)}); reading again in ${Math.round(deps.intervalMs / 1e3)}s.`);
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
async function runApprovalGate(settings, given2) {
  const deps = { ...given2, timing: given2.timing ?? { ...DEFAULT_TIMING, readBudgetMs: settings.requestTimeoutMs } };
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
var import_node_fs2 = __toESM(require_node_fs());
function readWorkflowRun(env = process.env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt } = env;
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed = JSON.parse((0, import_node_fs2.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
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
function withRequestLog(http, clock, debug) {
  return {
    send: async (req) => {
      const started = clock.now();
      const took = () => `${Math.round(clock.now() - started)} ms`;
      const what = `${req.method} ${loggableUrl(req.url)}`;
      try {
        const response = await http.send(req);
        debug(`${what} -> ${response.status} in ${took()}`);
        return response;
      } catch (error) {
        debug(`${what} -> ${error instanceof TransportError ? `${error.failure}${error.code ? ` (${error.code})` : ""}` : "failed"} after ${took()}`);
        throw error;
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
var import_node_fs3 = __toESM(require_node_fs());
var EOL = process.platform === "win32" ? "\r\n" : "\n";

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

// src/gate/summary.ts
init_durations();
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
function settingsErrorJson(error, phrasing = ACTION_PHRASING) {
  return { outcome: "invalid-settings", executions: [], problems: error.problems.map((p) => phrasing.problem(p)) };
}

// src/harness/target.ts
var ACCOUNT_FROM_KEY = { input: "apiKey", what: "account id" };
var DEFAULT_BASE_URL = "https://app.harness.io/gateway";
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
var OPAQUE_ID = /^[A-Za-z0-9_-]{1,128}$/;
var ACCOUNT_ID_RULE = "a Harness account id: letters, digits, - and _ (at most 128)";
var TOKEN = /^(pat|sat)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
function parseHarnessTarget(read, problems, maskSecret, options = {}) {
  const apiKey = read("apiKey").trim();
  if (apiKey) maskSecret(apiKey);
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
  const path = pathname.replace(/\/+$/, "");
  return path.split("/").slice(1).every((segment) => segment !== "") && !/%2f|%5c/i.test(path);
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

// src/approvals/settings.ts
init_durations();

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
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${error.message})` };
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
  const given2 = text.trim() || fallback?.trim() || "";
  if (given2 === "") {
    problems.add("executionId", given2, "the Harness pipeline execution id (<+pipeline.executionId>), or several, one per line (or {exemptionId}, to decide an STO exemption)");
    return [];
  }
  const ids = [];
  for (const id of given2.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)) {
    if (!OPAQUE_ID.test(id)) {
      problems.add("executionId", id, "a Harness pipeline execution id: letters, digits, - and _ (no '/', '?', '#', '..' or spaces)");
    } else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

// src/run/settings.ts
init_request_timeout();
var DEFAULT_MAX_REQUESTS_PER_MINUTE = 300;
var MAX_COMMENTS = 4e3;
function parseSettings(read, maskSecret, defaults = {}) {
  const problems = new Problems();
  const harness = parseHarnessTarget(read, problems, maskSecret);
  const { accountId } = harness;
  const comments = read("comments").trim() || defaults.comments || "";
  if (comments.length > MAX_COMMENTS) problems.add("comments", comments, `at most ${MAX_COMMENTS} characters`);
  const accountFrom = harness.accountFromKey ? { accountFrom: ACCOUNT_FROM_KEY } : {};
  const exemption = parseExemptionSettings(read, problems, { accountId, ...accountFrom, comments, apiKey: harness.apiKey });
  const approvals = parseApprovalSettings(read, problems, defaults, { exemptionMode: exemption !== void 0 });
  const actionText = read("action").trim() || "APPROVE";
  const action = actionText.toUpperCase();
  if (action !== "APPROVE" && action !== "REJECT") problems.add("action", actionText, "APPROVE or REJECT (any case)");
  const gate = parseGateSettings(read, problems, maskSecret);
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

// src/cli/phrasing.ts
var OTHER_TERMS = { action: "the command (approve or reject)", exemptionId: "an exemption id ('exemptions approve|reject <ID>')" };
function cliPhrasing(sources = {}, extraTerms = {}, options = INPUT_OPTIONS) {
  const optionFor = (name) => options.find((o) => o.input === name);
  const input = (name) => {
    const option = optionFor(name);
    if (option) return option.secret ? preferredEnv(option) : `--${option.flag}`;
    return extraTerms[name] ?? OTHER_TERMS[name] ?? name;
  };
  const phrasing = {
    input,
    // A flag is a switch on the command line: added, not set (`--dry-run true` is a usage error).
    switchOn: (name) => {
      const term = input(name);
      return term.startsWith("--") ? `add ${term}` : `set ${term} to true`;
    },
    problem: (p) => {
      const option = optionFor(p.input);
      const expected = phrase(p.expected, phrasing);
      const term = input(p.input);
      const label = option ? labelOf(option) : term;
      if (p.value === "''" && option) return `missing ${label}: set ${ways(option)}; expected ${expected}.`;
      if (p.value === "''" && term.startsWith("--")) return `missing ${term.slice(2).replace(/-/g, " ")}: set ${term}; expected ${expected}.`;
      if (p.value === "''") return `missing ${label}: expected ${expected}.`;
      if (p.from) {
        const source = optionFor(p.from.input);
        const where = sources[p.from.input] ?? input(p.from.input);
        return `invalid ${p.from.what} ${p.value}, read from the ${source ? labelOf(source) : p.from.input} in ${where} (${term} is not set): expected ${expected}.`;
      }
      const from = sources[p.input] ? ` (from ${sources[p.input]})` : "";
      return `invalid ${label} ${p.value}${from}: expected ${expected}.`;
    }
  };
  return phrasing;
}
function preferredEnv(option) {
  return option.extraEnv?.[0] ?? envNames(option)[0];
}
function ways(option) {
  const env = envNames(option);
  const all = option.secret ? [preferredEnv(option), ...env.filter((e) => e !== preferredEnv(option)), `--${option.flag}`] : [`--${option.flag}`, ...env];
  return `${all[0]} (or ${all.slice(1).join(", ")})`;
}
function labelOf(option) {
  return option.label ?? option.flag.replace(/-/g, " ");
}

// src/cli/inputs.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function resolveInputs(flags, env, readFile, options = INPUT_OPTIONS) {
  const values = {};
  const sources = {};
  const secrets2 = [];
  for (const option of options) {
    const given2 = flags[option.flag];
    let text;
    if (typeof given2 === "boolean") {
      text = String(given2);
      sources[option.input] = `--${option.flag}`;
    } else if (given2 !== void 0) {
      const list = Array.isArray(given2) ? given2 : [given2];
      text = option.file ? list.map((path) => readInputFile(option, `--${option.flag}`, path, readFile)).join("\n") : list.join("\n");
      sources[option.input] = `--${option.flag}`;
    } else {
      for (const name of envNames(option)) {
        const fromEnv = env[name];
        if (fromEnv === void 0 || fromEnv.trim() === "") continue;
        text = option.file && !fromEnv.includes("-----BEGIN") ? readInputFile(option, name, fromEnv.trim(), readFile) : fromEnv;
        sources[option.input] = name;
        break;
      }
    }
    if (text === void 0) continue;
    values[option.input] = text;
    if (option.secret) secrets2.push(...secretParts(option, text));
  }
  return { values, sources, secrets: secrets2 };
}
function readInputFile(option, where, path, readFile) {
  if (path.trim() === "") throw new UsageError(`${where} needs a file name.`);
  try {
    return readFile(path);
  } catch (error) {
    const code = error.code;
    throw new UsageError(`Cannot read the ${labelOf(option)} file '${path}' given by ${where}${code ? ` (${code})` : ""}.`);
  }
}
function secretParts(option, text) {
  const parts = [text.trim()];
  if (option.input === "statusHeaders") {
    for (const line of text.split("\n")) {
      const colon = line.indexOf(":");
      parts.push((colon >= 0 ? line.slice(colon + 1) : line).trim());
    }
  }
  return parts.filter((p) => p !== "");
}

// src/cli/repeats.ts
function refuseRepeatedFlags(tokens, options) {
  const seen = /* @__PURE__ */ new Set();
  for (const token of tokens ?? []) {
    if (token.kind !== "option" || options[token.name]?.multiple || options[token.name]?.type === "boolean") continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; it takes one value.`);
    seen.add(token.name);
  }
}

// src/run/verdict.ts
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

// src/cli/version.ts
function cliVersion() {
  return true ? "1.0.0" : "unknown";
}

// src/cli/decide.ts
function decideCommand(verb) {
  return {
    name: verb,
    summary: verb === "approve" ? "Approve the waiting Harness Approval step of one or more executions (optionally after a status gate)." : "Reject the waiting Harness Approval step of one or more executions.",
    run: (args, io) => runDecide(verb, args, io)
  };
}
function decideArgsConfig() {
  const options = {};
  for (const o of INPUT_OPTIONS) options[o.flag] = { type: o.boolean ? "boolean" : "string", ...o.repeatable ? { multiple: true } : {} };
  for (const f of GENERAL_FLAGS) options[f.flag] = { type: "boolean", ...f.short ? { short: f.short } : {} };
  return options;
}
var DURATION_FLAGS = new Set(INPUT_OPTIONS.filter((o) => o.value === "DURATION").map((o) => o.flag));
function parseDecideArgs(args) {
  let parsed;
  const options = decideArgsConfig();
  try {
    const normalised = normaliseAliases(args, (flag) => options[flag]?.type);
    parsed = (0, import_node_util.parseArgs)({ args: normalised, options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new UsageError(explainParseError(error, args, Object.keys(options), DURATION_FLAGS));
  }
  refuseRepeatedFlags(parsed.tokens, options);
  const values = parsed.values;
  return {
    values,
    json: values.json === true,
    verbose: values.verbose === true,
    help: values.help === true,
    version: values.version === true
  };
}
async function runDecide(verb, args, io) {
  const redactor = new Redactor();
  const prefix = `${PROGRAM} ${verb}`;
  let flags;
  try {
    flags = parseDecideArgs(args);
  } catch (error) {
    return usageError(io, error.message, { json: args.includes("--json"), prefix, redactor });
  }
  if (flags.help) {
    io.stdout.write(`${decideHelp(verb, helpWidth(io.columns))}
`);
    return EXIT.decided;
  }
  if (flags.version) {
    io.stdout.write(`${cliVersion()}
`);
    return EXIT.decided;
  }
  const logger = new TextLogger(io.stderr, redactor, flags.verbose);
  const finish = (result2) => {
    announceResult(result2, logger);
    io.stdout.write(`${redactor.redact(flags.json ? redactedJson(result2) : verdictLine(result2))}
`);
    if (io.signal.aborted && result2.outcome !== "decided") return EXIT.cancelled;
    return exitCodeFor(result2);
  };
  let settings;
  let sources = {};
  try {
    const resolved = resolveInputs(flags.values, io.env, io.readFile);
    const mask = secretMasker(redactor, io.env, io.stderr);
    for (const secret of resolved.secrets) mask(secret);
    sources = resolved.sources;
    const read = (name) => name === ACTION_INPUT ? verb.toUpperCase() : resolved.values[name] ?? "";
    settings = parseSettings(read, mask, cliDefaults(io.env));
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message, { json: flags.json, prefix, redactor });
    if (error instanceof SettingsError) return finish(settingsErrorJson(error, cliPhrasing(sources)));
    throw error;
  }
  logger.info(describeRun(settings, sources));
  let http;
  let result;
  try {
    http = withRequestLog(createHttpClient({ timeouts: { totalMs: settings.requestTimeoutMs }, ...settings.caCert ? { caCert: settings.caCert } : {}, env: io.env }), systemClock, (line) => logger.debug(line));
    const outcome = await runApprovalGate(settings, { http, clock: systemClock, logger, signal: io.signal, marker: cliMarker(io.env) });
    result = toResultJson(outcome, cliPhrasing(sources));
  } catch (error) {
    result = { outcome: "error", executions: [], message: cleanRemoteText(error instanceof Error ? error.message : String(error), 500) };
  } finally {
    if (io.signal.aborted) await http?.destroy();
    else await http?.close();
  }
  return finish(result);
}
function cliDefaults(env) {
  if (env.GITHUB_ACTIONS === "true") return runDefaults(readWorkflowRun(env));
  const buildUrl = env.BUILD_URL?.trim();
  if (buildUrl && /^https?:\/\/\S+$/.test(buildUrl)) return { comments: `Decided by build ${buildUrl}` };
  return { comments: `Decided with the ${PROGRAM} command line.` };
}
function cliMarker(env) {
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_RUN_ID) return runMarker(env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.GITHUB_ACTION);
  return `hag-cli.${Date.now().toString(36)}-${Math.floor(Math.random() * 16777216).toString(16).padStart(6, "0")}`;
}
function describeRun(settings, sources) {
  const { baseUrl, accountId, orgId, projectId } = settings.harness;
  const ids = settings.executionIds;
  const what = ids.length === 1 ? `execution ${ids[0]}` : `${ids.length} executions`;
  const keyFrom = sources.apiKey ? ` (API key from ${sources.apiKey})` : "";
  const gate = settings.gate ? `, after the status gate at ${settings.gate.statusUrl.origin}` : "";
  return `${settings.dryRun ? "Dry run (nothing will be posted)" : "Deciding"}: ${settings.action} ${what} in ${accountId}/${orgId}/${projectId} at ${baseUrl.href}${gate}${keyFrom}.`;
}

// src/cli/exemptions.ts
var import_node_util2 = __toESM(require_node_util());
init_request_timeout();

// src/exemptions/admin-client.ts
var LIST_BOUNDS = { pages: 1e3, items: 2e4, chars: 32 * 1024 * 1024 };
var ListBoundError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ListBoundError";
  }
};
var ExemptionsAdminClient = class extends ExemptionsClient {
  /** GET /api/v2/exemptions: one page (pages count from 0). */
  async listPage(scope, page, pageSize, signal) {
    const url = this.url(scope);
    url.searchParams.set("page", String(page));
    url.searchParams.set("pageSize", String(pageSize));
    const response = await this.http.send({ method: "GET", url, headers: { "x-api-key": this.target.apiKey }, signal });
    const body = parseSuccess2(response, { accountId: this.target.accountId, operation: "list exemptions", ...scope });
    if (!isPage(body)) throw new UnexpectedBodyError("STO answered the exemption list, but not with {pagination, results}");
    return { ...body, results: body.results.map(toExemption), chars: response.text.length };
  }
  /**
   * Every page, in order, each read through `readPage` (a retrying wrapper, say). Exemptions that shift
   * between pages while reading (one created meanwhile) are kept once. Stops with a ListBoundError past
   * LIST_BOUNDS, or when the page count grows by more than one page over what the first page said (one
   * created meanwhile may add a page; a count that keeps growing is not an answer).
   */
  async listAll(scope, pageSize, signal, readPage = (read) => read()) {
    const seen = /* @__PURE__ */ new Set();
    const all = [];
    let chars = 0;
    let firstTotal;
    for (let page = 0; ; page++) {
      const answer = await readPage(() => this.listPage(scope, page, pageSize, signal), page);
      const total = answer.pagination.totalPages;
      firstTotal ??= total;
      if (total > LIST_BOUNDS.pages) throw new ListBoundError(`STO says the exemptions fill ${total} pages of ${pageSize}, more than this client reads (${LIST_BOUNDS.pages})`);
      if (total > firstTotal + 1) throw new ListBoundError(`STO's page count kept growing while reading (${firstTotal} pages at first, ${total} at page ${page + 1})`);
      chars += answer.chars ?? 0;
      if (chars > LIST_BOUNDS.chars) throw new ListBoundError(`STO's exemption pages came to more than ${LIST_BOUNDS.chars / 1024 / 1024} MB after ${page + 1} pages`);
      for (const exemption of answer.results) {
        if (seen.has(exemption.id)) continue;
        seen.add(exemption.id);
        all.push(exemption);
      }
      if (all.length > LIST_BOUNDS.items) throw new ListBoundError(`STO listed more than ${LIST_BOUNDS.items} exemptions`);
      if (answer.results.length === 0 || page + 1 >= total) return all;
    }
  }
  /** POST /api/v2/exemptions: the new exemption's id. Not idempotent. */
  async create(scope, body, signal) {
    const answer = await this.send({ method: "POST", url: this.url(scope), json: body, signal }, { operation: "create the exemption", ...scope });
    const id = answer && typeof answer === "object" ? answer.id : void 0;
    if (typeof id !== "string") throw new UnexpectedBodyError("STO answered the exemption creation, but not with {id}");
    return id;
  }
  /** PUT /api/v2/exemptions/{id}: the updated exemption. */
  async update(id, scope, body, signal) {
    const url = this.url(scope, id);
    const answer = await this.send({ method: "PUT", url, json: body, signal }, { operation: "update the exemption", exemptionId: id, ...scope });
    if (!isExemption(answer)) throw new UnexpectedBodyError("STO answered the exemption update, but not with an exemption");
    return toExemption(answer);
  }
};
function isPage(value) {
  if (!value || typeof value !== "object") return false;
  const { pagination, results } = value;
  if (!Array.isArray(results) || !results.every(isExemption)) return false;
  if (!pagination || typeof pagination !== "object") return false;
  const p = pagination;
  return Number.isInteger(p.totalPages) && Number.isInteger(p.page);
}

// src/exemptions/scope-exists.ts
async function missingScope(client, scope, operation, signal) {
  if (!scope.orgId && !scope.projectId) return void 0;
  const { status, text } = await client.readScope(scope, signal);
  if (status === 200 || status === 403) return void 0;
  const { message, code } = harnessMessage(text);
  const notFound = (status === 404 || status === 400) && !isUnknownPathAnswer(status, message, code) && /^(project|organization) with .*\bnot found\b/i.test(message ?? "");
  if (!notFound) {
    throw new HarnessApiError(classifyStoFailure(status, text, { operation, ...scope }));
  }
  const what = scope.projectId ? `project '${scope.projectId}' in org '${scope.orgId ?? "default"}'` : `org '${scope.orgId}'`;
  return {
    id: "wrong-scope",
    title: scope.projectId ? "Project not found" : "Organization not found",
    explanation: `Harness has no ${cleanRemoteText(what, 300)} in account ${client.accountId}; nothing was listed or changed.`,
    fix: scope.projectId ? "Check {projectId} and {orgId}: identifiers, not display names, and case matters." : "Check {orgId}: an identifier, not a display name, and case matters.",
    status,
    harnessMessage: cleanRemoteText(message ?? "", 300)
  };
}

// src/exemptions/commands.ts
async function listExemptions(deps, options) {
  const problems = new Problems();
  const scope = parseScope(problems, options.org, options.project);
  const status = options.status !== void 0 && options.status.trim() !== "" ? parseStatusFilter(problems, "status", options.status) : void 0;
  const pageSize = parsePageSize(problems, "pageSize", options.pageSize);
  problems.throwIfAny();
  return guarded(deps, options, async () => {
    const ctx = retryContext(deps);
    const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING;
    const missing = await retryRead("Reading the org and project", () => missingScope(deps.client, scope, "list exemptions", deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
    if (missing) return failure(deps, options, toError(missing));
    const all = await deps.client.listAll(
      scope,
      pageSize,
      deps.signal,
      (read, page) => retryRead(`Reading page ${page + 1} of the exemptions`, read, deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)
    );
    const chosen = status ? all.filter((e) => e.status === status) : all;
    const data = { ...status ? { status } : {}, scope, total: all.length, exemptions: chosen.map(exemptionFacts) };
    return { ok: true, data, text: options.json ? toJson(data) : renderList(data) };
  });
}
function renderList(data) {
  const where = [data.scope.orgId && `org ${data.scope.orgId}`, data.scope.projectId && `project ${data.scope.projectId}`].filter(Boolean).join(", ") || "the account";
  const filter = data.status ? ` ${data.status}` : "";
  if (data.exemptions.length === 0) return `No${filter.toLowerCase()} exemptions in ${where} (${data.total} read).`;
  const table = renderTable(
    ["ID", "STATUS", "TYPE", "ISSUE", "SCOPE", "EXPIRES", "REASON"],
    data.exemptions.map((e) => [e.id, e.status, e.type ?? "", e.issueId ?? "", e.scope ?? "", e.expiration?.slice(0, 10) ?? "", shorten(e.reason ?? "", 50)])
  );
  const count = data.exemptions.length;
  return `${table}
${count}${filter.toLowerCase()} exemption${count === 1 ? "" : "s"} in ${where}${data.status ? ` (of ${data.total})` : ""}.`;
}
async function getExemption(deps, options) {
  const problems = new Problems();
  const id = options.id?.trim() ?? "";
  checkStoId(problems, "id", id);
  const scope = parseScope(problems, options.org, options.project);
  problems.throwIfAny();
  return guarded(deps, options, async () => {
    const exemption = await readExemption(deps, id, scope);
    const wrongScope = scopeMismatch(exemption, scope);
    if (wrongScope) return failure(deps, options, toError(wrongScope));
    const facts = exemptionFacts(exemption);
    return { ok: true, data: facts, text: options.json ? toJson(facts) : renderFacts(facts) };
  });
}
function renderFacts(facts) {
  return renderTable(["FIELD", "VALUE"], exemptionRows(facts));
}
async function createExemption(deps, options) {
  const valid = validateCreateExemption({ ...options, orgId: options.org, projectId: options.project }, deps.clock.now());
  if (valid.body.requesterId === void 0 && !deps.client.keyHasUser) {
    const problems = new Problems();
    requireUserIdForServiceAccount(problems, "requesterId");
    problems.throwIfAny();
  }
  return guarded(deps, options, async () => {
    const requesterId = valid.body.requesterId ?? await ownUserId(deps);
    let id;
    try {
      id = await deps.client.create(valid.scope, { ...valid.body, requesterId }, deps.signal);
    } catch (error) {
      if (error instanceof TransportError && error.failure !== "connect" && error.failure !== "aborted") {
        return failure(deps, options, {
          cause: "decision-state-unknown",
          title: "Creation state unknown",
          message: `${error.message}: the exemption may or may not have been created.`,
          fix: `List the exemptions (exemptions list --status Pending) before creating it again.`
        });
      }
      throw error;
    }
    if (!STO_ID.test(id)) {
      return failure(deps, options, {
        cause: "not-json",
        title: "Unexpected answer from STO",
        message: `STO answered the creation with an id that is not an STO id ('${cleanRemoteText(id, 60)}'): the exemption may have been created, but cannot be named.`,
        fix: "List the exemptions (exemptions list --status Pending) before creating it again."
      });
    }
    const data = { id };
    try {
      data.exemption = exemptionFacts(await readExemption(deps, id, valid.scope));
    } catch (error) {
      if (deps.signal?.aborted) throw error;
      deps.logger.warning(`Created exemption ${data.id}, but could not read it back: ${error.message}`);
    }
    const text = options.json ? toJson(data) : `Created exemption ${data.id}${data.exemption ? ` (${data.exemption.status}).
${renderFacts(data.exemption)}` : "."}`;
    return { ok: true, data, text };
  });
}
async function updateExemption(deps, options) {
  const valid = validateUpdateExemption({ ...options, orgId: options.org, projectId: options.project }, deps.clock.now());
  return guarded(deps, options, async () => {
    const current = await readExemption(deps, valid.id, valid.scope);
    const wrongScope = scopeMismatch(current, valid.scope);
    if (wrongScope) return failure(deps, options, toError(wrongScope));
    const merged = {
      type: valid.changes.type ?? current.type ?? "Other",
      reason: valid.changes.reason ?? current.reason ?? "",
      pendingChanges: valid.changes.pendingChanges ?? current.pendingChanges ?? {},
      ...pick2("requesterId", valid.changes.requesterId ?? current.requesterId),
      ...pick2("expiration", valid.changes.expiration ?? current.expiration),
      ...pick2("link", valid.changes.link ?? current.link),
      ...pick2("pipelineId", valid.changes.pipelineId ?? current.pipelineId),
      ...pick2("targetId", valid.changes.targetId ?? current.targetId)
    };
    const scope = current.orgId ? { orgId: current.orgId, ...current.projectId ? { projectId: current.projectId } : {} } : valid.scope;
    const unfit = mergedUpdateProblems(scope, merged);
    if (unfit.length > 0) return failure(deps, options, updateUnfit(deps, valid.id, unfit, /* @__PURE__ */ new Set([...Object.keys(valid.changes), ...Object.keys(valid.scope)])));
    const ctx = retryContext(deps);
    const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING;
    const updated = await retryRead(`Updating exemption ${valid.id}`, () => deps.client.update(valid.id, scope, merged, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx);
    const facts = exemptionFacts(updated);
    return { ok: true, data: facts, text: options.json ? toJson(facts) : `Updated exemption ${facts.id}.
${renderFacts(facts)}` };
  });
}
function updateUnfit(deps, id, problems, given2) {
  const phrasing = deps.phrasing ?? ACTION_PHRASING;
  const expected = (p) => phrase(p.expected, phrasing);
  const told = problems.map(
    (p) => given2.has(p.input) ? `${phrasing.input(p.input)} ${cleanRemoteText(p.value, 200)} does not fit the exemption as STO has it: expected ${expected(p)}.` : `STO's current ${p.input} of exemption ${id}, ${cleanRemoteText(p.value, 200)}, cannot be sent back: expected ${expected(p)}.`
  );
  const ours = problems.filter((p) => given2.has(p.input)).map((p) => phrasing.input(p.input));
  const theirs = problems.filter((p) => !given2.has(p.input)).map((p) => phrasing.input(p.input));
  const fixes = [ours.length ? `Change or leave out ${ours.join(", ")}.` : "", theirs.length ? `Give ${theirs.join(", ")} with the update, or correct the exemption in Harness (Security Tests > Exemptions).` : ""];
  return { cause: "invalid-inputs", title: "Update does not fit the exemption", message: `${told.join(" ")} Nothing was changed.`, fix: fixes.filter(Boolean).join(" ") };
}
function pick2(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function approveExemption(deps, options) {
  return decide(deps, options, "APPROVE");
}
function rejectExemption(deps, options) {
  return decide(deps, options, "REJECT");
}
async function decide(deps, options, action) {
  const problems = new Problems();
  const id = options.id?.trim() ?? "";
  checkStoId(problems, "id", id);
  const approverId = options.approverId?.trim() || void 0;
  if (approverId !== void 0) checkStoId(problems, "approverId", approverId);
  const comment = options.comment?.trim() ?? "";
  checkText(problems, "comment", comment);
  const scope = parseScope(problems, options.org, options.project);
  if (approverId === void 0 && !deps.client.keyHasUser) requireUserIdForServiceAccount(problems, "approverId");
  problems.throwIfAny();
  const result = await decideExemption(
    { exemptionId: id, action, comment, scope, ...approverId ? { approverId } : {}, ...options.reapproveRejected ? { reapproveRejected: true } : {} },
    { client: deps.client, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random, timing: deps.timing }
  );
  const data = exemptionResultJson(result, deps.phrasing);
  const text = options.json ? toJson(data) : renderDecision(data);
  if (result.kind === "decided") return { ok: true, data, text };
  return { ok: false, data, text, error: { cause: data.cause ?? result.kind, title: data.title ?? "Cancelled", message: data.message ?? "", fix: data.fix ?? "", ...data.harnessMessage ? { harnessMessage: data.harnessMessage } : {} } };
}
function renderDecision(data) {
  const verb = data.decision === "APPROVE" ? "approved" : "rejected";
  const lines = [];
  if (data.outcome === "decided") {
    const where = data.decidedIn ? ` in ${data.decidedIn}` : "";
    const by = data.exemption?.approverId ? ` by ${data.exemption.approverId}` : "";
    lines.push(data.alreadyInState ? `Exemption ${data.exemptionId}${where} was already ${verb}${by}; nothing was sent.` : `Exemption ${data.exemptionId} ${verb}${where}.`);
    if (data.note && !data.alreadyInState) lines.push(`Note: ${data.note}`);
  } else {
    lines.push(`${data.title ?? (data.outcome === "cancelled" ? "Cancelled" : "Failed")}: ${data.message ?? ""}`);
    if (data.harnessMessage) lines.push(`Harness said: "${data.harnessMessage}"`);
    if (data.fix) lines.push(`Fix: ${data.fix}`);
  }
  if (data.exemption) lines.push(renderFacts(data.exemption));
  return lines.join("\n");
}
function retryContext(deps) {
  return { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal };
}
async function readExemption(deps, id, scope) {
  const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING;
  return retryRead(`Reading exemption ${id}`, () => findExemption(deps.client, id, scope, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, retryContext(deps));
}
async function ownUserId(deps) {
  const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING;
  const user = await retryRead("Reading the API key's user", () => deps.client.currentUser(deps.signal, "requesterId"), deps.clock.now() + timing.readBudgetMs, timing.reads, retryContext(deps));
  if (!STO_ID.test(user.uuid)) {
    const shown = cleanRemoteText(user.uuid, 60);
    throw new HarnessApiError(cause("invalid-inputs", "Key's user id not usable", `Harness gave the key's user id as '${shown}', which is not an STO user id (22 letters, digits, - or _).`, "Set {requesterId} to the requester's user id."));
  }
  return user.uuid;
}
function toError(cause2) {
  return { cause: cause2.id, title: cause2.title, message: cause2.explanation, fix: cause2.fix, ...cause2.harnessMessage ? { harnessMessage: cause2.harnessMessage } : {}, ...cause2.status ? { status: cause2.status } : {} };
}
function failure(deps, options, unphrased) {
  const error = { ...unphrased, fix: phrase(unphrased.fix, deps.phrasing ?? ACTION_PHRASING) };
  const text = options.json ? toJson({ error }) : [`${error.title}: ${error.message}`, error.harnessMessage ? `Harness said: "${error.harnessMessage}"` : "", `Fix: ${error.fix}`].filter(Boolean).join("\n");
  return { ok: false, error, text };
}
async function guarded(deps, options, body) {
  try {
    return await body();
  } catch (error) {
    if (error instanceof HarnessApiError) return failure(deps, options, toError(error.harnessCause));
    if (error instanceof TransportError) {
      if (error.failure === "aborted") return failure(deps, options, { cause: "cancelled", title: "Cancelled", message: "The command was cancelled.", fix: "Run it again." });
      return failure(deps, options, toError(unreachableCause(error, "Harness")));
    }
    if (error instanceof ListBoundError) {
      return failure(deps, options, { cause: "list-bound", title: "Listing stopped", message: `${error.message}; nothing is listed.`, fix: "Narrow the list with {orgId} and {projectId}, and check that {baseUrl} leads to Harness." });
    }
    if (error instanceof UnexpectedBodyError) {
      return failure(deps, options, { cause: "not-json", title: "Unexpected answer from STO", message: `${error.message}.`, fix: "Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise)." });
    }
    if (error instanceof CancelledError) return failure(deps, options, { cause: "cancelled", title: "Cancelled", message: "The command was cancelled.", fix: "Run it again." });
    throw error;
  }
}
function toJson(value) {
  return JSON.stringify(value, (_key, v) => typeof v === "string" ? redactSecrets(v) : v, 2);
}
var shorten = shortenText;
function renderTable(headers, rows) {
  const all = [headers, ...rows].map((row) => row.map((cell) => cleanRemoteText(cell, 1024)));
  const widths = headers.map((_, i) => Math.max(...all.map((row) => Array.from(row[i] ?? "").length)));
  return all.map((row) => row.map((cell, i) => i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - Array.from(cell).length)).join("  ").trimEnd()).join("\n");
}

// src/cli/exemptions.ts
var FIELDS = [
  { flag: "type", key: "type", value: "TYPE", help: `One of: ${EXEMPTION_TYPES.join(", ")} (any case).` },
  { flag: "reason", key: "reason", value: "TEXT", help: "Why the exemption is needed (at most 1024 characters)." },
  { flag: "duration-days", key: "durationDays", value: "N", help: "How many days it lasts once approved." },
  { flag: "expiration", key: "expiration", value: "DATE", help: "Expiry: YYYY-MM-DD, an ISO date-time, or unix seconds." },
  { flag: "link", key: "link", value: "URL", help: "A link to the justification (at most 1024 characters)." },
  { flag: "pipeline-id", key: "pipelineId", value: "ID", help: "Limit it to one pipeline (needs org and project)." },
  { flag: "target-id", key: "targetId", value: "ID", help: "Limit it to one target (not with project or pipeline)." },
  { flag: "requester-id", key: "requesterId", value: "ID", help: "The requester's user id (default: the key's user)." }
];
var VERBS = [
  {
    name: "list",
    summary: "List exemptions (every page), optionally only those with one status.",
    takesId: false,
    scoped: true,
    flags: [{ flag: "status", key: "status", value: "STATUS", help: `One of: ${EXEMPTION_STATUSES.join(", ")}.` }, { flag: "page-size", key: "pageSize", value: "N", help: "Page size while reading (1-100)." }],
    run: listExemptions,
    example: "exemptions list --status Pending --org default --project payments"
  },
  { name: "get", summary: "Show one exemption.", takesId: true, scoped: true, flags: [], run: getExemption, example: "exemptions get <ID>" },
  {
    name: "create",
    summary: "Request an exemption for a security issue.",
    takesId: false,
    scoped: true,
    // A request names the issue, the type and the reason; the rest is optional, as for an update.
    flags: [{ flag: "issue-id", key: "issueId", value: "ID", help: "The STO issue to exempt (22 characters).", required: true }, ...FIELDS.map((f) => f.flag === "type" || f.flag === "reason" ? { ...f, required: true } : f)],
    run: createExemption,
    example: "exemptions create --issue-id <ID> --type 'Acceptable Risk' --reason 'Not reachable' --duration-days 30"
  },
  { name: "update", summary: "Change an exemption.", takesId: true, scoped: true, flags: [...FIELDS], run: updateExemption, example: 'exemptions update <ID> --reason "Mitigated by WAF rule 12"' },
  {
    name: "approve",
    summary: "Approve a pending exemption, or renew an expired one.",
    takesId: true,
    scoped: true,
    flags: [
      { flag: "approver-id", key: "approverId", value: "ID", help: "The approver's user id (default: the key's user; required with a service account key, sat.\u2026)." },
      { flag: "comments", key: "comment", value: "TEXT", help: "Comments recorded with the decision (--comment is accepted too)." },
      {
        flag: "reapprove-rejected",
        key: "reapproveRejected",
        value: "",
        help: "Approve the exemption even if it was rejected, where STO allows the key to (canReApprove). Without it a rejected exemption is refused and nothing is sent."
      }
    ],
    run: approveExemption,
    example: "exemptions approve <ID> --comments 'Accepted by security review'"
  },
  {
    name: "reject",
    summary: "Reject a pending exemption.",
    takesId: true,
    scoped: true,
    flags: [
      { flag: "approver-id", key: "approverId", value: "ID", help: "The approver's user id (default: the key's user; required with a service account key, sat.\u2026)." },
      { flag: "comments", key: "comment", value: "TEXT", help: "Comments recorded with the decision (--comment is accepted too)." }
    ],
    run: rejectExemption,
    example: "exemptions reject <ID> --comments 'Fix is available'"
  }
];
var CONNECTION = INPUT_OPTIONS.filter((o) => o.group === "harness");
var TUNING = INPUT_OPTIONS.filter((o) => o.input === "maxRequestsPerMinute" || o.input === "requestTimeout");
var DURATION_FLAGS2 = new Set(TUNING.filter((o) => o.value === "DURATION").map((o) => o.flag));
function exemptionsCommand() {
  return commandGroup(
    "exemptions",
    "Harness STO exemptions: list, get, create, update, approve, reject.",
    VERBS.map((verb) => ({ name: verb.name, summary: verb.summary, run: (args, io) => runVerb(verb, args, io) }))
  );
}
function verbHelp(verb, width) {
  const line = (flag, value, help, required = false) => entry(`--${flag}${value ? ` ${value}` : ""}`, `${required ? `${REQUIRED_MARK} ` : ""}${help}`, width);
  return [
    ...usage(`${PROGRAM} exemptions ${verb.name}${verb.takesId ? " <ID>" : ""} [options]`, width),
    "",
    ...paragraph(verb.summary, width),
    "",
    ...verb.flags.length ? ["Options:", ...verb.flags.map((f) => line(f.flag, f.value, f.help, f.required)), ""] : [],
    "Connection:",
    // Only the key is needed by every verb; an org and project, when given, are where the verb works.
    ...CONNECTION.map((o) => line(o.flag, o.value, `${o.help}${verb.scoped || !["orgId", "projectId"].includes(o.input) ? "" : " Not needed here."} Env: ${envNames(o).join(", ")}.`, o.required === "always")),
    ...TUNING.map((o) => line(o.flag, o.value, `${o.help} Env: ${envNames(o).join(", ")}.`)),
    "",
    line("json", "", "Print the data as JSON on stdout."),
    line("verbose", "", "Also print debug lines on stderr: each request's method, URL (without query values), status and time."),
    "",
    "Example:",
    ...example(`${PROGRAM} ${verb.example}`, width)
  ].join("\n");
}
function verbTerms(verb) {
  return { id: "exemption id", ...Object.fromEntries(verb.flags.map((f) => [f.key, `--${f.flag}`])), org: "--org-id", project: "--project-id" };
}
async function runVerb(verb, args, io) {
  const redactor = new Redactor();
  const prefix = `${PROGRAM} exemptions ${verb.name}`;
  const options = { json: { type: "boolean" }, verbose: { type: "boolean" }, help: { type: "boolean", short: "h" } };
  for (const f of verb.flags) options[f.flag] = { type: f.value === "" ? "boolean" : "string" };
  for (const o of [...CONNECTION, ...TUNING]) options[o.flag] = { type: "string" };
  let values;
  let positionals;
  try {
    const normalised = normaliseAliases(args, (flag) => options[flag]?.type);
    const parsed = (0, import_node_util2.parseArgs)({ args: normalised, options, strict: true, allowPositionals: true, tokens: true });
    refuseRepeatedFlags(parsed.tokens, options);
    values = parsed.values;
    positionals = parsed.positionals;
    if (values.help) {
      io.stdout.write(`${verbHelp(verb, helpWidth(io.columns))}
`);
      return EXIT.decided;
    }
    for (const word of positionals) {
      const meant = durationMeant(args, word, DURATION_FLAGS2);
      if (meant) throw new UsageError(`Unexpected argument '${word}': a duration is one word. Did you mean ${meant}?`);
    }
    if (verb.takesId && positionals.length !== 1) throw new UsageError(`exemptions ${verb.name} takes one exemption id.`);
    if (!verb.takesId && positionals.length > 0) throw new UsageError(`exemptions ${verb.name} takes no positional argument (got '${positionals[0]}').`);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : explainParseError(error, args, Object.keys(options), DURATION_FLAGS2);
    return usageError(io, message, { json: args.includes("--json"), prefix, redactor });
  }
  const json = values.json === true;
  const logger = new TextLogger(io.stderr, redactor, values.verbose === true);
  let http;
  let phrasing = cliPhrasing({}, verbTerms(verb));
  try {
    const resolved = resolveInputs(values, io.env, io.readFile, [...CONNECTION, ...TUNING]);
    phrasing = cliPhrasing(resolved.sources, verbTerms(verb));
    const mask = secretMasker(redactor, io.env, io.stderr);
    resolved.secrets.forEach(mask);
    const problems = new Problems();
    const target = parseHarnessTarget((name) => resolved.values[name] ?? "", problems, mask, { scopeRequired: false });
    if (target.accountId) checkStoId(problems, "accountId", target.accountId, target.accountFromKey ? ACCOUNT_FROM_KEY : void 0);
    const perMinute = parseCount(problems, (name) => resolved.values[name] ?? "", "maxRequestsPerMinute", DEFAULT_MAX_REQUESTS_PER_MINUTE, 1, 5e3);
    const requestTimeoutMs = parseRequestTimeout((name) => resolved.values[name] ?? "", problems);
    problems.throwIfAny();
    const commandOptions = { json };
    if (verb.takesId) commandOptions.id = positionals[0];
    for (const f of verb.flags) if (typeof values[f.flag] === "string" || values[f.flag] === true) commandOptions[f.key] = values[f.flag];
    if (verb.scoped) {
      commandOptions.org = target.orgId || void 0;
      commandOptions.project = target.projectId || void 0;
    }
    http = withRequestLog(createHttpClient({ timeouts: { totalMs: requestTimeoutMs }, ...resolved.values.caCert ? { caCert: resolved.values.caCert } : {}, env: io.env }), systemClock, (line) => logger.debug(line));
    const client = new ExemptionsAdminClient(withRateLimit(withConnectRetry(http, systemClock, logger), new RateLimiter(perMinute, systemClock)), target);
    const result = await verb.run({ client, clock: systemClock, logger, signal: io.signal, phrasing, timing: { ...DEFAULT_EXEMPTION_TIMING, readBudgetMs: requestTimeoutMs } }, commandOptions);
    if (result.ok || json) io.stdout.write(`${redactor.redact(result.text)}
`);
    else logger.error(result.text);
    if (io.signal.aborted && !result.ok) return EXIT.cancelled;
    return result.ok ? EXIT.decided : EXIT.failed;
  } catch (error) {
    if (error instanceof SettingsError) {
      const problems = error.problems.map((p) => phrasing.problem(p));
      for (const problem of problems) logger.error(problem);
      if (json) io.stdout.write(`${redactor.redact(JSON.stringify({ outcome: "invalid-settings", problems }))}
`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) return usageError(io, error.message, { json, prefix, redactor });
    if (io.signal.aborted || error instanceof CancelledError) return EXIT.cancelled;
    throw error;
  } finally {
    if (io.signal.aborted) await http?.destroy();
    else await http?.close();
  }
}

// src/cli/commands.ts
var COMMANDS = [decideCommand("approve"), decideCommand("reject"), exemptionsCommand()];

// src/cli/plugin-exemption.ts
var pluginName = (input) => `PLUGIN_${upperSnake(input)}`;
function pluginExemption(action, env, exemptions) {
  if (!env.PLUGIN_EXEMPTION_ID?.trim() || action !== "approve" && action !== "reject") return void 0;
  return {
    name: action,
    summary: "",
    run: async (args, io) => {
      const problems = new Problems();
      const read = (input) => env[pluginName(input)]?.trim() ?? "";
      const settings = parseExemptionSettings(read, problems);
      if (action === "reject" && settings?.reapproveRejected) problems.add("reapproveRejected", read("reapproveRejected"), "false (or unset) with PLUGIN_ACTION reject: it applies to approving");
      if (!settings || problems.list.length > 0) {
        const told = problems.list.map((p) => `invalid ${pluginName(p.input)} ${p.value}: expected ${phrase(p.expected, { input: pluginName })}.`);
        return usageError(io, `${told.join(" ")} Nothing was sent.`, { json: args.includes("--json"), prefix: `${PROGRAM} exemptions ${action}` });
      }
      const comment = read("comments") || read("comment");
      const verbArgs = [
        action,
        ...settings.approverId ? ["--approver-id", settings.approverId] : [],
        ...comment ? ["--comment", comment] : [],
        ...settings.reapproveRejected ? ["--reapprove-rejected"] : [],
        ...args,
        "--",
        settings.exemptionId
      ];
      return exemptions.run(verbArgs, io);
    }
  };
}

// src/cli/main.ts
async function main(argv, io = {}) {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal) => {
    signals++;
    if (signals > 1) process.exit(EXIT.cancelled);
    controller.abort(new CancelledError(`Cancelled by ${signal}.`));
  };
  const listen = io.signal === void 0;
  if (listen) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  const full = {
    env: io.env ?? process.env,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    readFile: io.readFile ?? ((path) => (0, import_node_fs4.readFileSync)(path, "utf8")),
    signal: io.signal ?? controller.signal,
    columns: io.columns ?? terminalColumns(io.env ?? process.env)
  };
  try {
    return await run(argv, full);
  } finally {
    if (listen) {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
    }
  }
}
async function run(argv, io) {
  const first = argv[0];
  if ((first === void 0 || first.startsWith("-")) && (argv.includes("--version") || argv.includes("-V"))) {
    io.stdout.write(`${cliVersion()}
`);
    return EXIT.decided;
  }
  return dispatch(COMMANDS, argv, io, PROGRAM, {
    fallback: pluginAction(io.env, COMMANDS),
    help: (commands, width) => generalHelp(commands, width)
  });
}
function terminalColumns(env) {
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : void 0;
}
function pluginAction(env, commands) {
  const action = env.PLUGIN_ACTION?.trim().toLowerCase();
  if (!action) return void 0;
  const exemptions = commands.find((c) => c.name === "exemptions");
  const exemption = exemptions && pluginExemption(action, env, exemptions);
  if (exemption) return exemption;
  return commands.find((c) => c.name === action) ?? {
    name: action,
    summary: "",
    run: async (_args, cio) => {
      cio.stderr.write(`error: PLUGIN_ACTION must be approve or reject, not '${action.slice(0, 40)}'.
`);
      return EXIT.usage;
    }
  };
}

// src/cli.ts
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`error: unexpected failure: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 1;
  }
);
