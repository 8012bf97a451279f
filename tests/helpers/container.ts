/** Renders Astro components to a DOM for assertions (Container API + linkedom). */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { parseHTML } from 'linkedom';
import type { RuleRenderContext } from '../../src/data/render-context.ts';
import { loadSiteData } from '../../src/data/site-data.ts';

let container: Promise<AstroContainer> | undefined;

export function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

export async function renderDom(
  component: Parameters<AstroContainer['renderToString']>[0],
  options: { props?: Record<string, unknown>; slots?: Record<string, string>; locals?: App.Locals; path?: string } = {},
): Promise<Document> {
  const c = await getContainer();
  const html = await c.renderToString(component, {
    props: options.props ?? {},
    slots: options.slots ?? {},
    locals: options.locals ?? {},
    request: new Request(`http://127.0.0.1${options.path ?? '/test/'}`),
  });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

/** A fresh rendering context for the real rule `id`, as <RuleBody> would set it. */
export async function ruleContext(id: string): Promise<RuleRenderContext> {
  const rule = (await loadSiteData()).rulesById.get(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return { rule, rendered: new Set() };
}
