// Test data for checkout and orders tests: a tiny shop with places, artisans, listings and rules.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import type { ListingStatus } from "~/generated/prisma/enums";
import type { PaymentEvent, PaymentProvider } from "~/modules/payments/provider";
import type { Db } from "~/utils/db.server";
import type { Money } from "~/utils/money";
import type { PlaceOrderInput } from "./types";

export async function seedShop(db: Db) {
  const region = await db.region.create({
    data: { code: "TK", nameUz: "Toshkent", nameRu: "Ташкент", nameEn: "Tashkent" },
  });
  const district = await db.district.create({
    data: { code: "TK-01", regionId: region.id, nameUz: "Chilonzor", nameRu: "Чиланзар", nameEn: "Chilanzar" },
  });
  const branch = await db.branch.create({
    data: {
      districtId: district.id,
      nameUz: "Filial",
      nameRu: "Филиал",
      nameEn: "Branch",
      address: "Bunyodkor 1",
      addressRu: "Бунёдкор 1",
      addressEn: "1 Bunyodkor",
      phone: "+998711234567",
      hours: "9–18",
      hoursRu: "9–18",
      hoursEn: "9–18",
    },
  });
  const category = await db.category.create({
    data: { slug: `doppi-${randomUUID()}`, nameUz: "Doʻppi", nameRu: "Тюбетейки", nameEn: "Skullcaps" },
  });
  const staff = await db.user.create({
    data: { name: "Staff", passwordHash: "x", roles: ["SOCIAL_WORKER", "MODERATOR"] },
  });
  const from2026 = new Date(Date.UTC(2026, 0, 1));
  await db.commissionRule.createMany({
    data: [
      { sellerCategory: "VERIFIED_PWD", basisPoints: 0, effectiveFrom: from2026 },
      { sellerCategory: "UNVERIFIED", basisPoints: 300, effectiveFrom: new Date(Date.UTC(2025, 0, 1)) },
      { sellerCategory: "UNVERIFIED", basisPoints: 500, effectiveFrom: from2026 },
      // Not yet in force: must not be used.
      { sellerCategory: "UNVERIFIED", basisPoints: 900, effectiveFrom: new Date(Date.UTC(2099, 0, 1)) },
    ],
  });
  return { region, district, branch, category, staff };
}

export type Shop = Awaited<ReturnType<typeof seedShop>>;

/** A fresh database with a seeded shop for the calling test file; fields are set before the tests run. */
export function withShopDatabase() {
  const context = {} as { test: TestDatabase; db: Db; shop: Shop };
  beforeAll(async () => {
    context.test = await createTestDatabase();
    context.db = context.test.db;
    context.shop = await seedShop(context.db);
  });
  afterAll(async () => context.test.drop());
  return context;
}

export async function makeArtisan(db: Db, shop: Shop, { verified }: { verified: boolean }) {
  const key = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: {
      name: `Artisan ${key}`,
      email: `artisan-${key}@example.uz`,
      passwordHash: "x",
      roles: ["ARTISAN"],
      locale: "ru",
    },
  });
  const artisan = await db.artisanProfile.create({
    data: {
      userId: user.id,
      handle: `artisan-${key}`,
      displayName: `Artisan ${key}`,
      districtId: shop.district.id,
      status: "ACTIVE",
    },
  });
  if (verified) {
    const evidence = await db.disabilityEvidence.create({
      data: {
        artisanId: artisan.id,
        groupEnc: "x",
        certificateNumberEnc: "x",
        issuedOn: new Date("2024-01-01"),
        attestedById: shop.staff.id,
      },
    });
    await db.badge.create({
      data: {
        artisanId: artisan.id,
        evidenceId: evidence.id,
        status: "GRANTED",
        requestedById: shop.staff.id,
        decidedAt: new Date("2024-02-01"),
      },
    });
    await db.consent.create({
      data: { artisanId: artisan.id, purpose: "PUBLIC_PROFILE_BADGE", recordedById: shop.staff.id },
    });
  }
  return { ...artisan, user };
}

export async function makeListing(
  db: Db,
  shop: Shop,
  artisanId: string,
  { priceMinor = 10_000_000n, stock = 5, status = "APPROVED" as ListingStatus } = {},
) {
  const key = randomUUID();
  return db.listing.create({
    data: {
      slug: `item-${key}`,
      artisanId,
      categoryId: shop.category.id,
      status,
      titleUz: `Doʻppi ${key.slice(0, 4)}`,
      titleRu: `Тюбетейка ${key.slice(0, 4)}`,
      priceMinor,
      stock,
    },
  });
}

export function orderInput(
  shop: Shop,
  lines: PlaceOrderInput["lines"],
  more: Partial<PlaceOrderInput> = {},
): PlaceOrderInput {
  return {
    buyerId: null,
    lines,
    contact: { name: "Malika", email: "malika@example.uz", phone: "90 123 45 67" },
    delivery: { method: "COURIER", regionId: shop.region.id, districtId: shop.district.id, street: "Qatortol 5" },
    paymentMethod: "CARD",
    locale: "uz",
    ...more,
  };
}

/**
 * A PaymentProvider that records calls; `fail` makes createCheckout or refund throw; `paidBeforeClosing`
 * makes closeCheckout answer that the buyer paid this amount just before.
 */
export function fakeProvider(fail: { checkout?: boolean; refund?: boolean } = {}, paidBeforeClosing?: Money) {
  const calls = {
    checkouts: [] as Parameters<PaymentProvider["createCheckout"]>[0][],
    refunds: [] as Parameters<PaymentProvider["refund"]>[0][],
    closed: [] as string[],
  };
  const provider: PaymentProvider = {
    async createCheckout(input) {
      if (fail.checkout) throw new Error("provider unreachable");
      calls.checkouts.push(input);
      return { providerRef: `cs_${randomUUID()}`, url: "https://pay.example/session" };
    },
    async refund(input) {
      if (fail.refund) throw new Error("refund refused");
      calls.refunds.push(input);
      return { refundRef: `re_${randomUUID()}` };
    },
    async closeCheckout(providerRef) {
      calls.closed.push(providerRef);
      return paidBeforeClosing ? { state: "paid" as const, amount: paidBeforeClosing } : { state: "closed" as const };
    },
    async parseWebhook(): Promise<PaymentEvent> {
      throw new Error("not used in tests");
    },
  };
  return { provider, calls };
}
