// Workspace slugs: readable URL parts derived from names, made unique with a short suffix.

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug || "workspace";
}

export function withSuffix(slug: string, suffix: string): string {
  return `${slug}-${suffix}`;
}
