// An empty ES module: `node bench/empty-module.mjs` measures what starting Node with an ES-module entry costs.
