// How a failure is described wherever it is reported: the documented cause, in plain words, Harness's own
// message (cleaned), and the fix. Shared by pipeline executions and STO exemptions.

export interface FailureDetails {
  /** The cause's id (e.g. not-authorized), or decision-state-unknown. */
  cause?: string
  title?: string
  message?: string
  fix?: string
  harnessMessage?: string
}

/** For an annotation or a terminal: what happened, what Harness said, then on a line of its own what to do. */
export function failureText(f: FailureDetails): string {
  const said = f.harnessMessage ? ` Harness said: "${f.harnessMessage}".` : ''
  return `${f.message ?? ''}${said}\nFix: ${f.fix ?? ''}`
}
