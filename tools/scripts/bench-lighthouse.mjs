// PERF-03: Lighthouse on the public harvest page, mobile (its default: a mid-range phone on a
// slow 4G line, CPU slowed down four times), in Debian's Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export async function lighthouseScores(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { categories, audits } = result.lhr;
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) console.log(`Lighthouse audits not met: ${failing.join(', ')}`);
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      'best practices': Math.round(categories['best-practices'].score * 100),
      'first contentful paint': audits['first-contentful-paint'].displayValue,
      'largest contentful paint': audits['largest-contentful-paint'].displayValue,
      'total blocking time': audits['total-blocking-time'].displayValue,
      'page weight': audits['total-byte-weight'].displayValue,
    };
  } finally {
    await chrome.kill();
  }
}
