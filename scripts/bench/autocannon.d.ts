// The parts of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Result = {
    requests: { average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  type Instance = Promise<Result> & {
    on(
      event: "response",
      listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
    ): void;
  };
  function autocannon(options: { url: string; connections?: number; duration?: number }): Instance;
  export default autocannon;
}
