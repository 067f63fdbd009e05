import { run } from './action/main.js'

// run() reports every failure itself; nothing is left to catch here.
void run()
