// Feature catalogues are separate i18next namespaces, one file per feature, so features can grow independently.
// Each file exports `<name>Nl` (the source) and `<name>En: Catalogue<typeof <name>Nl>` (must have every key).
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
