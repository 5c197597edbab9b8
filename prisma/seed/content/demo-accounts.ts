import type { Role, SocialWorkerLevel } from "~/generated/prisma/enums";

// One login per role for demos and end-to-end tests. All share DEMO_PASSWORD and locale uz.
// Never seed these into production: the password and the TOTP secrets below are public.
export const DEMO_PASSWORD = "hunarmand-demo";

/** The two districts where the demo staff work. */
export const DEMO_STAFF_DISTRICTS = ["UZ-TK-chilonzor", "UZ-TK-yunusobod"] as const;

export type DemoAccount = {
  email: string;
  name: string;
  roles: Role[];
  phone?: string;
  socialWorkerLevel?: SocialWorkerLevel;
  /** District codes written as StaffDistrict rows. */
  staffDistricts?: readonly string[];
  /** This account is the user of the seeded artisan with this handle. */
  artisanHandle?: string;
  /** This account is a helper of that artisan (with an ASSISTED_MODE consent). */
  helperOf?: { handle: string; relationship: string };
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "buyer@hunarmand.uz", name: "Malika Yusupova", roles: ["BUYER"] },
  {
    email: "artisan@hunarmand.uz",
    name: "Zulfiya Rahimova",
    roles: ["ARTISAN", "BUYER"],
    phone: "+998901234567",
    artisanHandle: "zulfiya-rahimova",
  },
  {
    email: "helper@hunarmand.uz",
    name: "Madina Rahimova",
    roles: ["HELPER", "BUYER"],
    helperOf: { handle: "zulfiya-rahimova", relationship: "daughter" },
  },
  {
    email: "sw.b@hunarmand.uz",
    name: "Shahlo Mirzayeva",
    roles: ["SOCIAL_WORKER"],
    socialWorkerLevel: "B",
    staffDistricts: DEMO_STAFF_DISTRICTS,
  },
  // A level-A worker (home services, under supervision): her attestations will wait for a D or F countersign.
  {
    email: "sw.a@hunarmand.uz",
    name: "Dildora Hamidova",
    roles: ["SOCIAL_WORKER"],
    socialWorkerLevel: "A",
    staffDistricts: ["UZ-TK-chilonzor"],
  },
  // The branch head (level F): approvals, reporting, the district's personal-data owner.
  {
    email: "sw.f@hunarmand.uz",
    name: "Ravshan Ismoilov",
    roles: ["SOCIAL_WORKER"],
    socialWorkerLevel: "F",
    staffDistricts: DEMO_STAFF_DISTRICTS,
  },
  {
    email: "sw.d@hunarmand.uz",
    name: "Jamshid Sultonov",
    roles: ["SOCIAL_WORKER"],
    socialWorkerLevel: "D",
    staffDistricts: DEMO_STAFF_DISTRICTS,
  },
  {
    email: "moderator@hunarmand.uz",
    name: "Bekzod Umarov",
    roles: ["MODERATOR"],
    staffDistricts: DEMO_STAFF_DISTRICTS,
  },
  { email: "courier@hunarmand.uz", name: "Otabek Karimov", roles: ["COURIER"], staffDistricts: ["UZ-TK-chilonzor"] },
  { email: "admin@hunarmand.uz", name: "Nargiza Alimova", roles: ["ADMIN"] },
  // Another district's moderator: sees none of the first moderator's queue (district scoping).
  {
    email: "moderator2@hunarmand.uz",
    name: "Sherzod Ochilov",
    roles: ["MODERATOR"],
    staffDistricts: ["UZ-TK-mirzo-ulugbek"],
  },
];

/** The accounts the seed's social-worker and moderator steps act as. */
export const SOCIAL_WORKER_EMAIL = "sw.b@hunarmand.uz";
export const MODERATOR_EMAIL = "moderator@hunarmand.uz";
export const ADMIN_EMAIL = "admin@hunarmand.uz";

/**
 * Base32 TOTP secrets (RFC 4648, 20 bytes = 32 characters) of the staff who must use two-factor
 * sign-in. Each is the base32 of a readable 20-byte ASCII text, e.g. "sw-b/hunarmand-demo!", so
 * they are easy to recognise and type into an authenticator app. `npx tsx scripts/demo-totp.ts`
 * prints the current codes.
 */
export const DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  "sw.b@hunarmand.uz": "ON3S2YRPNB2W4YLSNVQW4ZBNMRSW23ZB",
  "sw.d@hunarmand.uz": "ON3S2ZBPNB2W4YLSNVQW4ZBNMRSW23ZB",
  "sw.a@hunarmand.uz": "ON3S2YJPNB2W4YLSNVQW4ZBNMRSW23ZB",
  "sw.f@hunarmand.uz": "ON3S2ZRPNB2W4YLSNVQW4ZBNMRSW23ZB",
  "moderator@hunarmand.uz": "NVXWIIJPNB2W4YLSNVQW4ZBNMRSW23ZB",
  "admin@hunarmand.uz": "MFSG2IJPNB2W4YLSNVQW4ZBNMRSW23ZB",
  "moderator2@hunarmand.uz": "NVXWIMRPNB2W4YLSNVQW4ZBNMRSW23ZB",
};
