// A Harness Plugin step passes its settings only as PLUGIN_*: with PLUGIN_EXEMPTION_ID, PLUGIN_ACTION decides
// that STO exemption, as the action's `exemptionId` does, instead of being ignored (an execution approved
// when PLUGIN_EXECUTION_ID was set too). The action's rules hold: no execution id, callback id or approver
// inputs beside it. The connection settings (PLUGIN_API_KEY, PLUGIN_ORG_ID, …) are read by the verb itself.
import { parseExemptionSettings } from '../exemptions/exemption-settings.js'
import { phrase, Problems } from '../settings/problems.js'
import { usageError, type Command } from './command.js'
import { upperSnake } from './options.js'
import { PROGRAM } from './render.js'

const pluginName = (input: string) => `PLUGIN_${upperSnake(input)}`

/** The `exemptions approve|reject` run a plugin step's settings ask for; undefined without PLUGIN_EXEMPTION_ID. */
export function pluginExemption(action: string, env: NodeJS.ProcessEnv, exemptions: Command): Command | undefined {
  if (!env.PLUGIN_EXEMPTION_ID?.trim() || (action !== 'approve' && action !== 'reject')) return undefined
  return {
    name: action,
    summary: '',
    run: async (args, io) => {
      const problems = new Problems()
      const read = (input: string) => env[pluginName(input)]?.trim() ?? ''
      const settings = parseExemptionSettings(read, problems)
      if (action === 'reject' && settings?.reapproveRejected) problems.add('reapproveRejected', read('reapproveRejected'), 'false (or unset) with PLUGIN_ACTION reject: it applies to approving')
      if (!settings || problems.list.length > 0) {
        const told = problems.list.map((p) => `invalid ${pluginName(p.input)} ${p.value}: expected ${phrase(p.expected, { input: pluginName })}.`)
        return usageError(io, `${told.join(' ')} Nothing was sent.`, { json: args.includes('--json'), prefix: `${PROGRAM} exemptions ${action}` })
      }
      const comment = read('comments') || read('comment')
      const verbArgs = [
        action,
        ...(settings.approverId ? ['--approver-id', settings.approverId] : []),
        ...(comment ? ['--comment', comment] : []),
        ...(settings.reapproveRejected ? ['--reapprove-rejected'] : []),
        ...args,
        '--',
        settings.exemptionId,
      ]
      return exemptions.run(verbArgs, io)
    },
  }
}
