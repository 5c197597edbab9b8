import { createRandom, type Random } from "../../prisma/seed/random";

export type { Random };

/** HOSTILE_SEED=<n> replays a run; otherwise each run tries new inputs. */
export const RUN_SEED = Number(process.env.HOSTILE_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** The run's inputs for one route: its own stream, so adding a route does not change the others'. */
export const randomFor = (routeId: string) => createRandom(String(RUN_SEED)).fork(routeId);

/** One to `max` items drawn (with repeats: a field twice is one of the hostile cases). */
export const some = <T>(r: Random, items: readonly T[], max: number): T[] =>
  Array.from({ length: r.int(1, max) }, () => r.pick(items));
