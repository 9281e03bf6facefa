#!/usr/bin/env node
// Checks a Microsoft 365 Agents Toolkit project file (m365agents.yml) offline with the toolkit's own code, the way
// `atk provision` / `atk deploy` / `atk publish` load it: the YAML schema of its version, then every action resolved to
// a driver the toolkit has. Prints one JSON line {"version","lifecycles":{name:[actions]}} or the error; exit 0 valid, 1 not.
// usage: node check-project.mjs path/to/m365agents.yml
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
process.on('uncaughtException', e => { console.error(`internal error: ${e?.stack ?? e}`); process.exit(2); });

const file = process.argv[2];
if (!file) { console.error('usage: check-project.mjs m365agents.yml'); process.exit(2); }

// The core's entry point registers every action driver (typedi container), as the CLI does at start.
const core = require.resolve('@microsoft/teamsfx-core'); // the CLI's own copy (its dependency, hoisted)
require(core);
const coreRequire = createRequire(core);
const { yamlParser } = coreRequire('./component/configManager/parser');
const { LifecycleNames } = coreRequire('./component/configManager/interface');
const { Validator } = coreRequire('./component/configManager/validator');
const { load } = coreRequire('js-yaml');
const { readFileSync } = require('node:fs');

// The parser says only "unable to parse"; the same schema validator, asked again, says where.
function schemaErrors() {
  try {
    const value = load(readFileSync(file, 'utf8'));
    const validator = new Validator();
    if (!validator.isVersionSupported(value?.version)) return [`version ${value?.version} is not one of ${validator.supportedVersions().join(', ')}`];
    const compiled = validator.impl.get(value.version).validator;
    compiled(value);
    return (compiled.errors ?? []).slice(0, 20).map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  } catch (e) {
    return [String(e?.message ?? e)];
  }
}

const parsed = await yamlParser.parse(file, true);
if (parsed.isErr()) {
  console.log(JSON.stringify({ error: `${parsed.error.name}: ${parsed.error.message}`, details: schemaErrors() }));
  process.exit(1);
}

const log = { debug() {}, verbose() {}, info() {}, warning() {}, error() {} };
const lifecycles = {};
for (const name of LifecycleNames) {
  const lifecycle = parsed.value[name];
  if (!lifecycle) continue;
  const drivers = lifecycle.resolveDriverInstances(log);
  if (drivers.isErr()) {
    console.log(JSON.stringify({ error: `${name}: ${drivers.error.name}: ${drivers.error.message}` }));
    process.exit(1);
  }
  lifecycles[name] = drivers.value.map(d => d.uses);
}
console.log(JSON.stringify({ version: parsed.value.version, lifecycles }));
