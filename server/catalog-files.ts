import type { RequestHandler } from "express";
import { catalogFileAt } from "../app/utils/i18n/catalog-files.server";

/** The languages' text files (named by their content, so cached for good); any other name is not found. */
export function catalogFiles(): RequestHandler {
  return (req, res) => {
    const file = catalogFileAt(req.path);
    if (!file) return void res.status(404).type("text/plain").send("Not found");
    res.set("Cache-Control", "public, max-age=31536000, immutable").type("application/json").send(file.body);
  };
}
