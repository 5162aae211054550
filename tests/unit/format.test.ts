import { expect, it } from "vitest";
import { formatDate } from "@/lib/format";

it("writes a date in Danish as precisely as it is given: day, month or year", () => {
  expect(formatDate("2026-11-23")).toBe("23. november 2026");
  expect(formatDate("2018-02")).toBe("februar 2018");
  expect(formatDate("2019")).toBe("2019");
  // Anything else is shown as written, never as a made-up date.
  expect(formatDate("2018-13")).toBe("2018-13");
  expect(formatDate("ukendt")).toBe("ukendt");
});
