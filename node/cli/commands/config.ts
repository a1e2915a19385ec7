/**
 * `tributary config`: the home's client config (`<home>/config/client.toml`), with the SDK v0.50
 * verbs (`config`, `config get <key>`, `config set <key> <value>`) and the older
 * `config <key> [value]` form.
 */
import { Command } from "commander";
import { addHomeOption, addOutputOption, outputFormat, printLine } from "../common.ts";
import { CLIENT_CONFIG_KEYS, checkKey, clientConfigPath, readClientConfig, setClientConfigValue } from "../config/clientConfig.ts";
import { printValue } from "../output.ts";

interface ConfigOpts {
  home: string;
  output: string;
}

/** The listing follows the file's `output` too, unless -o was given (the hook skips `config`). */
function list(o: ConfigOpts, cmd: Command): void {
  const config = readClientConfig(o.home);
  const output = cmd.getOptionValueSource("output") === "default" ? config.output : o.output;
  printValue(config, outputFormat(output));
}

function get(key: string, o: ConfigOpts): void {
  const k = checkKey(key);
  printLine(readClientConfig(o.home)[k]);
}

function set(key: string, value: string, o: ConfigOpts): void {
  setClientConfigValue(o.home, key, value);
  process.stderr.write(`${key} = ${JSON.stringify(value)} written to ${clientConfigPath(o.home)}\n`);
}

const withOpts = (cmd: Command): Command => addOutputOption(addHomeOption(cmd));

export function configCommand(): Command {
  const cmd = new Command("config")
    .description(`the client config of a home (<home>/config/client.toml): ${CLIENT_CONFIG_KEYS.join(", ")}; flags override it`)
    .argument("[key]", "older form: `config <key>` prints it, `config <key> <value>` sets it")
    .argument("[value]")
    // Its own flags only before a subcommand, so `config set … --home H` reaches `set`.
    .enablePositionalOptions()
    .addCommand(withOpts(new Command("get").description("print one key's value").argument("<key>")).action((key: string, o: ConfigOpts) => get(key, o)))
    .addCommand(
      withOpts(new Command("set").description("set one key (checked; the file is unchanged when the key or value is invalid)").argument("<key>").argument("<value>", 'the value; "" unsets chain-id or node')).action(
        (key: string, value: string, o: ConfigOpts) => set(key, value, o),
      ),
    );
  return withOpts(cmd).action((key: string | undefined, value: string | undefined, o: ConfigOpts, self: Command) => {
    if (key === undefined) return list(o, self);
    if (value === undefined) return get(key, o);
    return set(key, value, o);
  });
}
