import { Injectable } from '@nestjs/common';
import type { VegaLiteSpec } from './domain/charts';
import { arialTextWidth } from './domain/text-width';

type VegaModule = typeof import('vega');
type VegaLiteModule = typeof import('vega-lite');

let modules: Promise<[VegaModule, VegaLiteModule]> | undefined;

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

/** vega and vega-lite are ES modules only: loaded once, on first use, with a dynamic import. */
function loadVega(): Promise<[VegaModule, VegaLiteModule]> {
  // One after the other: both import vega-util, and concurrent imports of a shared module trip some loaders.
  modules ??= (async (): Promise<[VegaModule, VegaLiteModule]> => {
    const vega = (await import('vega')) as VegaModule;
    const vegaLite = (await import('vega-lite')) as VegaLiteModule;
    // Real font metrics instead of Vega's 0.8 em per character (the charts use Arial).
    const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } })
      .textMetrics;
    metrics.width = (item, text) =>
      arialTextWidth(
        Array.isArray(text ?? item.text)
          ? ((text ?? item.text) as unknown[]).join(' ')
          : String(text ?? item.text ?? ''),
        item.fontSize ?? 11,
        item.fontWeight === 'bold' || Number(item.fontWeight) >= 600,
      );
    return [vega, vegaLite];
  })().catch((error: unknown) => {
    modules = undefined;
    throw error;
  });
  return modules;
}

/**
 * Element ids made unique per chart, since several SVG documents share one page (a `clip1` of one
 * chart would otherwise clip another).
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  let scoped = svg;
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    scoped = scoped
      .replace(new RegExp(`\\sid="${escaped}"`, 'g'), ` id="${prefix}-${id}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${prefix}-${id})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${prefix}-${id}"`);
  }
  return scoped;
}

/**
 * Renders Vega-Lite charts to SVG on the server (no browser, no JavaScript on the page): the
 * specification is compiled to Vega, run headless, and serialised. The SVG gets an accessible
 * name and scales down with the page.
 */
@Injectable()
export class ChartRenderer {
  async toSvg(spec: VegaLiteSpec, options: { id: string; label: string }): Promise<string> {
    const [vega, vegaLite] = await loadVega();
    const compiled = vegaLite.compile(spec as unknown as Parameters<VegaLiteModule['compile']>[0]).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
      const svg = await view.toSVG();
      return scopeSvgIds(svg, options.id).replace(
        /^<svg /,
        `<svg role="img" aria-label="${escapeAttribute(options.label)}" focusable="false" style="max-width:100%;height:auto" `,
      );
    } finally {
      view.finalize();
    }
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
