/**
 * SVG → PNG with resvg (no browser on the server), for pictures Word and Excel embed.
 * Text is set in the bundled serif only: a fresh server has no system fonts, and looking them up
 * would make the same chart render differently from one machine to the next.
 */
import { Resvg } from '@resvg/resvg-js';
import { SERIF_FAMILY, SERIF_FILES } from './fonts.ts';

export function svgToPng(svg: string, widthPx?: number): Buffer {
  const resvg = new Resvg(svg, {
    background: 'white',
    ...(widthPx ? { fitTo: { mode: 'width' as const, value: widthPx } } : {}),
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(SERIF_FILES),
      defaultFontFamily: SERIF_FAMILY,
      serifFamily: SERIF_FAMILY,
      sansSerifFamily: SERIF_FAMILY,
    },
  });
  return resvg.render().asPng();
}
