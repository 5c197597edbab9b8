import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { imageOrigins, uploadsDir } from "../app/modules/media/storage-instance.server";
import type { Env } from "../app/utils/env.server";
import { builtAssets } from "./built-assets";
import { hostCheck } from "./host-check";
import { catalogFiles } from "./catalog-files";
import { mediaFiles } from "./media-files";
import { originCheck } from "./origin-check";
import { remixHandler } from "./remix-handler";
import { securityHeaders } from "./security-headers";
import { fromThisMachine, thisMachineOnly } from "./this-machine";

export type AppOptions = {
  /** Local mode (the embedded database): the /dev outbox exists, and localhost names are served. */
  local: boolean;
  /** The server build to serve in production (default: build/server/index.js). */
  build?: ServerBuild;
};

/** The Express app around Remix: host and origin checks, security headers, static files, then the routes. */
export async function createApp(env: Env, { local, build: givenBuild }: AppOptions) {
  const isDev = env.NODE_ENV === "development";
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);
  app.use(hostCheck({ appUrl: env.APP_URL, local, port: env.PORT, exemptPaths: ["/healthz"] }));
  app.use(compression());
  // Checkout sends the buyer on to the payment page (Chrome checks form-action on that redirect too).
  const paymentOrigin = env.STRIPE_API_URL ?? "https://checkout.stripe.com";
  app.use(
    securityHeaders({
      isDev,
      https: env.APP_URL.startsWith("https:"),
      formActionOrigins: [paymentOrigin],
      imageOrigins: imageOrigins(env),
    }),
  );
  app.use(originCheck({ allowedOrigins: [env.APP_URL], exemptPaths: ["/webhooks/stripe"] }));
  app.use("/media", mediaFiles(uploadsDir()));
  app.get("/i18n/:file", catalogFiles());
  app.use("/dev", thisMachineOnly(local));

  let build: () => Promise<ServerBuild>;
  if (isDev) {
    const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    app.use("/assets", builtAssets("build/client/assets"));
    app.use(express.static("build/client", { maxAge: "1h" }));
    const serverBuild =
      givenBuild ?? ((await import(new URL("../build/server/index.js", import.meta.url).href)) as ServerBuild);
    build = async () => serverBuild;
  }
  app.all(
    "*",
    remixHandler({
      build,
      mode: isDev ? "development" : "production",
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce,
        clientIp: req.ip ?? "",
        fromThisMachine: fromThisMachine(req),
      }),
      rawBodyPaths: ["/webhooks/stripe"],
    }),
  );
  return app;
}
