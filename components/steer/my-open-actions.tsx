// SLOT: "My open actions" on the home page. Meeting actions (owner, due date, status) are being
// built on another branch; when they land, the lead wires this component to them. Until then it
// renders nothing, so the home page shows no empty or fake section.
export function MyOpenActions(_props: { workspaceId: string; slug: string }) {
  return null;
}
