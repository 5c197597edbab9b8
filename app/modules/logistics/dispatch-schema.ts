import { z } from "zod";

/** The dispatcher's choice: a courier and at least one of the open requests shown. */
export const BuildSchema = z.object({
  districtId: z.string().min(1),
  day: z.string().min(1),
  courierId: z.string({ error: "logistics.errors.courierRequired" }).min(1, "logistics.errors.courierRequired"),
  pickupId: z.array(z.string(), { error: "logistics.errors.noPickups" }).min(1, "logistics.errors.noPickups"),
});
