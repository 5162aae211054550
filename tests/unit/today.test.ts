import { expect, it } from "vitest";
import { isIsoDate, today } from "@/lib/today";

const now = new Date("2026-12-01T23:30:00Z");

it("is the real date in UTC unless SITE_TODAY names a real date", () => {
  expect(today({}, now)).toBe("2026-12-01");
  expect(today({ SITE_TODAY: "2027-05-15" }, now)).toBe("2027-05-15");
  for (const wrong of ["2027-02-30", "2027-5-15", "15-05-2027", "2027-05-15T00:00", " 2027-05-15", ""]) {
    expect(today({ SITE_TODAY: wrong }, now), wrong).toBe("2026-12-01");
  }
  expect(isIsoDate("2028-02-29")).toBe(true);
  expect(isIsoDate("2027-02-29")).toBe(false);
});
