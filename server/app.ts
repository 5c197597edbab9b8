import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { imageOrigins, uploadsDir } from "../app/modules/media/storage-instance.server";
import type { Env } from "../app/utils/env.server";
import { mediaFiles } from "./media-files";
import { originCheck } from "./origin-check";
import { securityHeaders } from "./security-headers";

/** The Express app around Remix: security headers, origin check, static files, then the routes. */
export async function createApp(env: Env) {
  const isDev = env.NODE_ENV === "development";
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);
  app.use(compression());
  // Checkout sends the buyer on to the payment page (Chrome checks form-action on that redirect too).
  const paymentOrigin = env.STRIPE_API_URL ?? "https://checkout.stripe.com";
  app.use(
    securityHeaders({ isDev, https: env.APP_URL.startsWith("https:"), formActionOrigins: [paymentOrigin], imageOrigins: imageOrigins(env) }),
  );
  app.use(originCheck({ allowedOrigins: [env.APP_URL], exemptPaths: ["/webhooks/stripe"] }));
  app.use("/media", mediaFiles(uploadsDir()));

  let build: () => Promise<ServerBuild>;
  if (isDev) {
    const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
    app.use(express.static("build/client", { maxAge: "1h" }));
    const serverBuild = (await import(new URL("../build/server/index.js", import.meta.url).href)) as ServerBuild;
    build = async () => serverBuild;
  }
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: isDev ? "development" : "production",
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? "" }),
    }),
  );
  return app;
}
