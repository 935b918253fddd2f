import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type Browser, chromium } from 'playwright-core';

export interface PdfOptions {
  /** Printed small in the footer of every page, left of the page number. */
  footerText?: string;
}

/** At most this many pages print at once: chromium is the heaviest thing the server runs. */
const MAX_CONCURRENT = 2;

/**
 * HTML printed to PDF by Debian's chromium through playwright-core (STACK.md: the most faithful
 * paper, vector text with embedded fonts). One browser per process, launched when the first PDF is
 * asked for and closed with the app; every document gets its own context, so nothing leaks between
 * readers. The HTML must be self-contained: the page may load nothing from the network.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  private browser: Promise<Browser> | null = null;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async render(html: string, options: PdfOptions = {}): Promise<Buffer> {
    await this.slot();
    try {
      const browser = await this.launch();
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          margin: { top: '20mm', bottom: '22mm', left: '20mm', right: '20mm' },
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer(options.footerText ?? ''),
        });
      } finally {
        await context.close();
      }
    } finally {
      this.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      this.browser = chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      });
      this.browser.then(
        (browser) =>
          browser.on('disconnected', () => {
            this.logger.warn('chromium exited; the next PDF starts a new one');
            this.browser = null;
          }),
        () => {
          this.browser = null;
        },
      );
    }
    return this.browser;
  }

  private async slot(): Promise<void> {
    if (this.running < MAX_CONCURRENT) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/** Chromium fills .pageNumber and .totalPages in the footer template; it has no page styles of its own. */
function footer(text: string): string {
  const escaped = escapeHtml(text);
  return `<div style="font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #555; width: 100%; margin: 0 20mm;
    display: flex; justify-content: space-between;"><span>${escaped}</span>
    <span>Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>`;
}

/** Text into HTML, for the documents the renderer prints. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
