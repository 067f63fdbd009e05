// Everything the command line writes goes through here: secrets are redacted from every line (the key,
// status header values, anything shaped like a Harness token), progress and problems go to stderr, and
// stdout carries only the verdict, or with --json the one result object.
import type { Logger } from '../ports.js'
import { redactSecrets, registerSecret } from '../report/sanitize.js'

export interface Sink {
  write(text: string): unknown
}

// Harness tokens by shape: redacted even when they were never declared as a secret (a key pasted into
// the wrong flag, say, and echoed back in a usage message).
const TOKEN_SHAPE = /\b(?:pat|sat)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g

/** Secrets shorter than this are not redacted: masking every "ab" would garble the output, not protect it. */
const MIN_SECRET_LENGTH = 4

export const REDACTED = '***'

export class Redactor {
  private readonly secrets = new Set<string>()

  add(secret: string): void {
    const value = secret.trim()
    if (value.length < MIN_SECRET_LENGTH) return
    this.secrets.add(value)
    // As it appears inside a JSON string, too.
    const escaped = JSON.stringify(value).slice(1, -1)
    if (escaped !== value) this.secrets.add(escaped)
  }

  redact(text: string): string {
    // The run's secrets, also one hidden by control sequences inside it, then the shapes and this list.
    let out = redactSecrets(text).replace(TOKEN_SHAPE, REDACTED)
    // Longest first, so a secret containing another is replaced whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED)
    return out
  }
}

/** A Logger writing plain lines: `warning:` / `error:` prefixes, a group as a header line and its body. */
export class TextLogger implements Logger {
  private depth = 0

  constructor(
    private readonly sink: Sink,
    private readonly redactor: Redactor,
    private readonly verbose = false,
  ) {}

  debug(message: string): void {
    if (this.verbose) this.line(`debug: ${message}`)
  }

  info(message: string): void {
    this.line(message)
  }

  warning(message: string, title?: string): void {
    this.line(`warning: ${title ? `${title}: ` : ''}${message}`)
  }

  error(message: string, title?: string): void {
    this.line(`error: ${title ? `${title}: ` : ''}${message}`)
  }

  async group<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.line(name)
    this.depth++
    try {
      return await body()
    } finally {
      this.depth--
    }
  }

  private line(text: string): void {
    const indent = '  '.repeat(this.depth)
    const lines = this.redactor.redact(text).split('\n')
    this.sink.write(`${lines.map((l) => `${indent}${l}`).join('\n')}\n`)
  }
}

/**
 * The mask function the settings parser calls for each secret: redacted from every line printed here,
 * cut out of any text a server echoes back, and, when running in a GitHub workflow step, masked in the
 * runner's log too (the runner reads workflow commands on stderr as well).
 */
export function secretMasker(redactor: Redactor, env: NodeJS.ProcessEnv, stderr: Sink): (secret: string) => void {
  const masked = new Set<string>()
  return (secret) => {
    if (env.GITHUB_ACTIONS === 'true' && secret.trim() !== '' && !masked.has(secret.trim())) {
      masked.add(secret.trim())
      stderr.write(`::add-mask::${secret.trim().replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`)
    }
    redactor.add(secret)
    registerSecret(secret)
  }
}
