import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3141";
const out = "/tmp/vejvalg-shots";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"] });
const sets = {
  resultat: { need: "klart", market: "nej", payment: "delvis", otherValue: "nej", purchase: "senere", benefit: "virksomhed", risk: "middel", competition: "nej", results: "meget", background: "lidt", publication: "delvis", personalData: "ja", scale: "projekt" },
  afklar: { need: "klart", market: "nej", payment: "fuldt", otherValue: "nej", purchase: "senere", benefit: "virksomhed", risk: "middel", competition: "nej", results: "meget", background: "lidt", publication: "delvis", personalData: "nej", scale: "projekt" },
};
async function pieces(page, locator, name) {
  const box = await locator.evaluate((el) => { const r = el.getBoundingClientRect(); return { y: r.top + window.scrollY, height: r.height }; });
  const step = 1000;
  let i = 0;
  for (let y = box.y; y < box.y + box.height; y += step, i++) {
    await page.screenshot({ path: `${out}/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: page.viewportSize().width, height: Math.min(step, box.y + box.height - y) } });
  }
}
const only = process.argv[2];
for (const js of [true, false]) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
    const page = await context.newPage();
    const tag = `${width}-${js ? "js" : "nojs"}`;
    await page.goto(`${base}/vaerktoejer/vejvalg`);
    if (js) await page.locator('[data-tool="vejvalg"][data-hydrated="true"]').waitFor();
    if (!only || only === "questions") await pieces(page, page.locator('[data-tool="vejvalg"]'), `questions-${tag}`);
    for (const [name, answers] of Object.entries(sets)) {
      if (!js) await page.goto(`${base}/vaerktoejer/vejvalg`);
      for (const [q, v] of Object.entries(answers)) await page.locator(`input[name="${q}"][value="${v}"]`).check();
      await page.getByRole("button", { name: "Se anbefalingen" }).click();
      const section = page.locator('section[aria-labelledby="vejvalg-resultat"]');
      await section.waitFor();
      await page.waitForTimeout(300);
      if (!only || only === name) await pieces(page, section, `${name}-${tag}`);
    }
    await context.close();
  }
}
await browser.close();
