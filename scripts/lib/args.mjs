// @ts-check
// Command-line options of the form `--name value`, for the repo's small Node tools (serve, screenshots, the test
// runner, the cross-origin host fixture).

/**
 * The value after `--name` on the command line, else `fallback`.
 * @template {string | number | undefined} T
 * @param {string} name
 * @param {T} fallback
 * @param {readonly string[]} [argv] the arguments to read (default: this process's)
 * @returns {string | T}
 */
export function arg(name, fallback, argv = process.argv) {
  const i = argv.indexOf(`--${name}`);
  return (i > 0 ? argv[i + 1] : undefined) ?? fallback;
}
