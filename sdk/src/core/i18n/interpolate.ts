// The one interpolator: every surface (the core's t() and format(), the widget, the extension, the help site,
// the inbox's forwarded messages) finds a key's words in its catalog layers and fills `{name}` here. No
// imports, so the widget's first-open chunk words its shell with it before the core's catalog, zod or the
// Intl formatters are loaded. How a param's value is worded (times, money, other keys) is the caller's:
// the core's conventions are format() in t.ts.
export type Catalog = Readonly<Record<string, string>>;
/** One catalog, or layers of them top first (the widget over the core, ...): the first that has a key words it. */
export type Layers = Catalog | readonly (Catalog | undefined)[] | undefined;
export type Params = Readonly<Record<string, string | number>>;

/**
 * A catalog layer's own copy, in the locale that is the source of its keys (zh-CN): a key a layer below
 * already has does not compile ("not assignable to 'defined below: <key>'"), so each layer adds only its
 * own keys (`as const satisfies Layer<Below>`).
 */
export type Layer<Below extends string> = Catalog & { readonly [K in Below]?: `defined below: ${K}` };

/** A key's template from the first layer that has it; a key none has (a catalog not loaded yet, a key of
 *  another build in a stored ticket) is its own template. */
export function template(layers: Layers, key: string): string {
  for (const catalog of Array.isArray(layers) ? layers : [layers]) {
    const text = (catalog as Catalog | undefined)?.[key];
    if (typeof text === 'string' && text) return text;
  }
  return key;
}

/** `{name}` filled with word(name, value); a param not given stays visible as `{name}`. */
export function fill(
  text: string,
  params: Params | undefined,
  word: (name: string, value: string | number) => string = (_, value) => `${value}`,
): string {
  return params
    ? text.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : word(name, value);
      })
    : text;
}
