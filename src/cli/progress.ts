// Progress for long batches: on stderr, only when stderr is a terminal, never with --quiet.

export interface Progress {
  tick(): void;
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

/**
 * Progress is drawn on a terminal's stderr, and never when the output goes to the same terminal:
 * the bar's redrawing would cut into the table.
 */
export function showsProgress(where: { enabled: boolean; stderrIsTerminal: boolean; outputOnTerminal: boolean }): boolean {
  return where.enabled && where.stderrIsTerminal && !where.outputOnTerminal;
}

/**
 * @param total documents expected, when known (files, no JSONL); null shows a running count.
 * The bar's package loads only when it is drawn: loading it (and node's readline) is about a
 * twentieth of a short run's start (docs/PERFORMANCE.md).
 */
export async function createProgress(total: number | null, enabled: boolean): Promise<Progress> {
  if (!enabled) return NONE;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: total ? '{bar} {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}' : '{value} documents | {rate} docs/s',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { rate: '0' });
  let done = 0;
  return {
    tick() {
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}
