// The command table. A new command (or a group of verbs, see commandGroup) is one more entry here.
import type { Command } from './command.js'
import { decideCommand } from './decide.js'
import { exemptionsCommand } from './exemptions.js'

export const COMMANDS: readonly Command[] = [decideCommand('approve'), decideCommand('reject'), exemptionsCommand()]
