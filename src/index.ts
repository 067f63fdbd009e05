import './startup.js'
import { run } from './main.js'

// run() reports every failure itself; nothing is left to catch here.
void run()
