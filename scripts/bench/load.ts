import autocannon from "autocannon";

export type LoadResult = { rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

/**
 * Drives `url` with autocannon at `connections` for `seconds` (after a short warm-up). autocannon's
 * own histogram has no 95th percentile, so every response time is kept and the percentiles computed here.
 */
export async function measure(url: string, connections = 32, seconds = 10): Promise<LoadResult> {
  await autocannon({ url, connections, duration: 2 });
  const samples: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    samples.push(responseTime);
  });
  const result = await instance;
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? NaN;
  return {
    rps: result.requests.average,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
